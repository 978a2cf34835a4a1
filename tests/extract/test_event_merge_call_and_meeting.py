"""A call and a meeting the article places somewhere are two occasions, though they share a
person: the meeting's place is where people sat together, and a call has none (blind audits
rounds 24 and 25: a meeting at a palace and a phone conversation with a third leader made one
record of a meeting of the caller and the third leader at that palace). Articles invented for
this test."""
from __future__ import annotations

from accords.vocab import EventKind

ARTICLE = (
    "Chile offers Portugal a trade deal\n\n"
    "Chile said on Tuesday it would lift tariffs on Portuguese cork if the two sides agreed on "
    "a new customs regime.\n"
    "Image caption Mr Tavares met with Mrs Morales in Santiago last month.\n"
    "In a telephone conversation with Finnish President Mikko Aalto on Monday, President Ana "
    "Morales said both countries wanted stable copper prices.\n"
)


def _people(e) -> set[str]:
    return {p.name for p in e.participants}


def test_a_call_stays_apart_from_a_meeting_at_a_named_place(extract) -> None:
    # (no day of publication: "last month" and "on Monday" do not tell the two apart)
    ex = extract(ARTICLE)
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and _people(calls[0]) == {"Ana Morales", "Mikko Aalto"}, \
        [(e.kind, _people(e)) for e in ex.events]
    # the meeting in Santiago does not get the man on the other end of the phone
    assert not any(e.kind != EventKind.CALL and "Mikko Aalto" in _people(e)
                   for e in ex.events), [(e.kind, e.place, _people(e)) for e in ex.events]
