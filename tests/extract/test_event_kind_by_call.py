"""A call told as the means of the verb that says what was discussed ("X discussed the deal
with President Y in a phone call on Wednesday") is a call, not a meeting (branch evplace24:
the gathering's own noun decides the kind). Sentences are invented; 13 May 2026 is a
Wednesday."""
from accords.vocab import EventKind


def test_discussed_in_a_phone_call_is_a_call(extract) -> None:
    ex = extract("Greek Prime Minister Nikos Pappas discussed the maritime deal with Egyptian "
                 "President Omar Fathy in a phone call on Wednesday, the government said.",
                 published="2026-05-14")
    assert [e.kind for e in ex.events] == [EventKind.CALL]


def test_a_call_in_another_clause_leaves_the_talks(extract) -> None:
    # guard: "held talks with X ... and later, in a phone call, thanked Y": the talks stay talks
    ex = extract("LONDON, May 12, 2026 - Foreign Minister Tom Hale held talks with his French "
                 "counterpart Marie Dubois on Monday and later, in a phone call, thanked Italian "
                 "Prime Minister Luca Bruni.")
    assert EventKind.TALKS in {e.kind for e in ex.events}
