"""evparts26: the subject of a verb of saying whose clausal complement tells a meeting by its
verb, with a subject of its own ("X noted that A met with B", "X told reporters A would meet B
next week"), reports the meeting and is no participant of it; one named in the meeting's clause
by a pronoun ("X said he met B", "X said B would meet him") stays one."""
from __future__ import annotations


def _names(event) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in event.participants if p.type == "person")


def _meetings(ex):  # type: ignore[no-untyped-def]
    return [e for e in ex.events if e.kind.value == "meeting"]


_LEAD = "LIMA, May 5 - Peruvian President Alan Garcia spoke on the economy on Tuesday. "


def test_one_who_notes_that_others_met_is_not_at_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Garcia noted that Finance Minister Luis Alva Castro met with Bolivian "
                    "Finance Minister Juan Cariaga on Monday.")
    ex = extract(text, published="1987-05-05")
    (meeting,) = _meetings(ex)
    assert _names(meeting) == ["Juan Cariaga", "Luis Alva Castro"]


def test_one_who_tells_reporters_of_a_planned_meeting_is_not_at_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Garcia told reporters Finance Minister Luis Alva Castro would meet "
                    "Bolivian Finance Minister Juan Cariaga next week.")
    ex = extract(text, published="1987-05-05")
    assert all("Alan Garcia" not in _names(e) for e in _meetings(ex))
    assert any("Juan Cariaga" in _names(e) for e in _meetings(ex))


def test_one_who_says_he_met_is_at_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "Garcia said he met Bolivian President Victor Paz Estenssoro on Monday."
    ex = extract(text, published="1987-05-05")
    assert any("Alan Garcia" in _names(e) for e in _meetings(ex))


def test_one_whom_the_other_will_meet_is_at_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Garcia said Bolivian President Victor Paz Estenssoro would meet him "
                    "next week.")
    ex = extract(text, published="1987-05-05")
    assert any("Alan Garcia" in _names(e) for e in _meetings(ex))



_CALL_AFTER_MEETING = (
    "WASHINGTON, Oct 20 - President Reagan said the United States remains committed to the "
    "accord. \"The United States remains committed to the accord,\" Reagan said in a statement "
    "following a meeting with his top economic advisers. Reagan said Japanese {office} Kenji "
    "Tanaka said in a telephone conversation Tuesday morning that his top priority was stable "
    "relations with the United States.")


def test_a_call_is_not_folded_into_a_meeting_told_as_a_new_one(extract) -> None:  # type: ignore[no-untyped-def]
    # "a meeting with his top economic advisers" is another occasion than the call of the next
    # sentence, though both name Reagan (folded in, the call went with that domestic meeting)
    ex = extract(_CALL_AFTER_MEETING.format(office="Prime Minister"), published="1987-10-20")
    calls = [e for e in ex.events if e.kind.value == "call"]
    assert len(calls) == 1 and _names(calls[0]) == ["Kenji Tanaka", "Ronald Reagan"]


def test_the_designate_of_an_office_is_one_of_the_call(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(_CALL_AFTER_MEETING.format(office="Prime Minister-designate"),
                 published="1987-10-20")
    calls = [e for e in ex.events if e.kind.value == "call"]
    assert len(calls) == 1 and "Kenji Tanaka" in _names(calls[0])
