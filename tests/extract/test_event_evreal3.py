"""Event records that are no diplomatic event, by class (round-17 audit and 60 records of the
round-12 full runs, branch evreal3): a firms' gathering, a gathering said to be unneeded, a
class of sittings named by a bare or "recent" plural, a farm lobby's meeting with ministers, a
leader with her own cabinet ministers.
Each removal was kept before the change; each guard is a real event of the same shape.
Articles invented."""

import pytest

NOT_EVENTS = [
    # firms' own talks: the sentence names a firm the gazetteer does not know and no state
    "MADRID, June 2 - Spanish utility Lumex said it would ask its creditors for more time. A "
    "committee of Lumex's foreign bondholders is due to meet Lumex directors in Lyon on "
    "Thursday for talks on extending the group's loans. Lumex owes 1.2 billion dlrs to foreign "
    "banks.",
    # a gathering said to be unneeded
    "DUBAI, March 3 - Kuwait's oil minister said Opec output was within its ceiling and prices "
    "would recover in the third quarter. He said there was no need for an emergency Opec "
    "meeting. He told reporters after meeting the Emir that the market was calm.",
    # a class of sittings: "recent meetings", a bare plural after a verb of attending
    "WASHINGTON, April 20 - The dollar fell again on Monday and dealers said the Federal Reserve "
    "would have to raise interest rates. The dollar's slide this month has raised questions "
    "about the usefulness of recent meetings of the Group of Seven. But a Treasury official "
    "said the meetings had helped coordination.",
    "LONDON - Britain has also not been joining conference calls involving European health "
    "ministers, including non-EU Norway, coordinating a response to the pandemic. A discussion "
    "between the prime minister and the Irish taoiseach took place on Thursday.",
    # a farm lobby's meeting with one state's ministers: its of-phrase names who holds it
    "COPENHAGEN, Oct 20 - European farmers will fight any cut in cereal prices, the head of "
    "the Copa farm lobby, Lars Holm, said. He was speaking after a meeting of farm leaders with "
    "the Danish foreign and agriculture ministers, who currently chair meetings of their EC "
    "colleagues.",
    # a leader with her own cabinet ministers, in a story that names other states
    "COPENHAGEN - Denmark will reopen its primary schools next week, the government said on "
    "Tuesday. Neighbouring Norway said it would follow in May. In Berlin, Chancellor Anna Weber "
    "held talks with cabinet ministers on Wednesday before discussing an easing of measures "
    "with the country's 16 states.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_diplomatic_event_is_recorded(extract, text):
    assert [e.title for e in extract(text).events] == []


def test_a_firms_name_beside_a_meeting_of_states_keeps_it(extract):
    ex = extract("CAIRO, March 2 - Representatives of nine African countries will meet here "
                 "on March 11 to discuss the continent's debt, Egypt's Minister of State for "
                 "Foreign Affairs Amr Sabry said. Creditor banks led by Lumex Bank will not "
                 "attend.")
    assert [e.kind.value for e in ex.events] == ["meeting"]


def test_meetings_with_a_place_and_time_are_one_series_kept(extract):
    ex = extract("LONDON, April 7 - The dollar was steady in quiet trading, with dealers "
                 "reluctant to take positions ahead of the International Monetary Fund and "
                 "World Bank meetings in Washington this week, dealers said.")
    assert len(ex.events) == 1


def test_a_meeting_of_ministers_with_a_foreign_minister_stays(extract):
    ex = extract("BRUSSELS, Oct 20 - A meeting of EC farm ministers with the U.S. Agriculture "
                 "Secretary ended without agreement on Tuesday, diplomats said.")
    assert [e.kind.value for e in ex.events] == ["meeting"]


def test_cabinet_ministers_of_two_states_are_no_leaders_own(extract):
    ex = extract("BERLIN - German Chancellor Anna Weber met visiting French President Paul "
                 "Marchand on Wednesday. Marchand also held talks with cabinet ministers from "
                 "both countries before flying home.")
    assert any({p.country for p in e.participants} == {"DEU", "FRA"} for e in ex.events)


def test_a_summit_of_a_body_the_gazetteer_does_not_know_stays(extract):
    # a summit is a gathering of leaders, whatever the acronym of the body that holds it
    ex = extract("Leaders meet\nBAKU, June 3, 2024 - Leaders of the Caspian Littoral Council "
                 "adopted a joint declaration on Friday. The next CLC summit will be held in "
                 "Ashgabat next year.", published="2024-06-03")
    assert any(e.kind.value == "summit" and e.status.value == "planned" for e in ex.events), \
        [(e.title, e.status) for e in ex.events]
