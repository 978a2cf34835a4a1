"""Event participants (ninth audit): officials of neighbouring sentences that tell of no
gathering are not a gathering's people; a monarch named by title and one name takes part."""
from accords.vocab import EventKind


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_a_neighbour_that_tells_of_no_gathering_lends_no_one(extract) -> None:
    ex = extract("OSLO, May 4, 2026 - Farm Minister Lars Holm and Trade Minister Eva Berg will "
                 "discuss fish quotas during a trip to Chile starting next week.\n"
                 "The ministerial meeting of the Nordic Council in June will take up the quota "
                 "question, officials said.", published="2026-05-04")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and not _names(meetings[0]) & {"Lars Holm", "Eva Berg"}


def test_a_neighbour_that_tells_of_the_gathering_lends_its_officials(extract) -> None:
    ex = extract("OSLO, May 4, 2026 - The ministerial meeting of the Nordic Council ended on "
                 "Sunday with a call for new fish quotas.\n"
                 "A statement by the meeting's chairman, Danish Fisheries Minister Karen Dahl, "
                 "said talks would go on.", published="2026-05-04")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and "Karen Dahl" in _names(meetings[0])


def test_a_king_named_by_title_and_one_name_is_on_the_call(extract) -> None:
    ex = extract("WASHINGTON, May 4, 2026 - President Ann Ross is holding a conference call with "
                 "Brazilian President Joao Lima and Saudi Arabia's King Faisal discussing oil "
                 "prices, an aide said on Thursday.", published="2026-05-04")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and {"Ann Ross", "Joao Lima", "King Faisal"} <= _names(calls[0])
