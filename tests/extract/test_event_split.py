"""One sentence naming several bilateral meetings of one person gives one event per pair."""
from accords.vocab import EventKind


def test_his_meetings_with_leaders_of_two_states_are_two_meetings(extract):
    ex = extract("Ms Lindqvist often accompanied her brother, Swedish Prime Minister Erik "
                 "Lindqvist, including at his meetings with Finnish President Matti Koskinen and "
                 "Norwegian Prime Minister Ola Haugen.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert sorted(sorted(p.name for p in m.participants) for m in meetings) == [
        ["Erik Lindqvist", "Matti Koskinen"], ["Erik Lindqvist", "Ola Haugen"]]
    assert len({m.id for m in meetings}) == 2


def test_a_meeting_of_three_named_together_stays_one(extract):
    ex = extract("Swedish Prime Minister Erik Lindqvist met Finnish President Matti Koskinen "
                 "and Norwegian Prime Minister Ola Haugen in Oslo on Monday.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1 and len(meetings[0].participants) == 3
