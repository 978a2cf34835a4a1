"""Planned against held, and the dates of events (accords.extract.event_status and the date
rules of accords.extract.events): a 'when' clause under a modal, a verb joined to a future one,
a beginning 'later on' a day, groundwork for talks, 'may re-enter talks', two dates joined
('in May or June', 'tomorrow and Friday', 'on Monday and Tuesday'), a month ahead with no
year, and no day borrowed from the lead of an undated article. Sentences are invented."""
from __future__ import annotations

import pytest

from accords.extract.event_status import event_status
from accords.vocab import EventKind, EventStatus


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    # a present-tense verb of beginning with a later time of the day or week: still ahead
    ("Three days of talks on the river border open at the envoy's residence later on "
     "Thursday.", EventKind.TALKS, EventStatus.PLANNED),
    # preparing the ground for a gathering: it is ahead
    ("A team of clerks is in Quito laying the groundwork for talks between the two trade "
     "ministers.", EventKind.TALKS, EventStatus.PLANNED),
    ("Diplomats met in Lima in preparation for the summit of Andean leaders.", EventKind.SUMMIT,
     EventStatus.PLANNED),
])
def test_planned_cues(sentence: str, kind: EventKind, status: EventStatus) -> None:
    assert event_status(sentence, kind) == status


def test_began_later_is_not_ahead() -> None:
    # past tense: the talks took place
    assert event_status("The ministers held talks in Oslo that began later than planned.",
                        EventKind.TALKS) == EventStatus.HELD


def test_talks_a_state_may_re_enter_are_not_held() -> None:
    assert event_status("The Nigerien oil minister said his country may re-enter talks.",
                        EventKind.TALKS) is None
    # the month, not the modal
    assert event_status("In May talks resumed in Dakar between the two ministers.",
                        EventKind.TALKS) == EventStatus.HELD


def test_when_clause_under_a_modal_is_planned(extract) -> None:
    ex = extract("GENEVA, March 3, 2026 - A deal on fishing rights could be struck in October, "
                 "when the ministers of the 40 member states gather for a summit in Lisbon.")
    summits = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert summits and all(e.status == EventStatus.PLANNED for e in summits)
    assert all(e.start == "2026-10" for e in summits)


def test_verb_joined_to_a_future_one_is_planned_and_its_month_ahead(extract) -> None:
    # "June" with no year, said in March of a summit still ahead: June of the same year
    ex = extract("OSLO, March 20, 2026 - Officials said Prime Minister Lars Vik would try to "
                 "settle the fishing dispute and discuss the June Reykjavik summit of Nordic "
                 "leaders with President Anna Berg of Finland.")
    summits = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert summits and all(e.status == EventStatus.PLANNED for e in summits)
    assert all(e.start == "2026-06" and e.end == "2026-06" for e in summits)


def test_planned_meeting_in_one_of_two_months_spans_both(extract) -> None:
    ex = extract("LONDON, April 8, 2026 - Chile has until the next meeting of senior trade "
                 "officials of Chile and Finland in May or June to respond to the Finnish "
                 "offer, Finnish Trade Minister Anna Berg said.")
    meetings = [e for e in ex.events if e.status == EventStatus.PLANNED]
    assert meetings and all((e.start, e.end) == ("2026-05", "2026-06") for e in meetings)


def test_planned_talks_tomorrow_and_friday(extract) -> None:
    # Wednesday 8 April 2026: tomorrow is the 9th, Friday the 10th
    ex = extract("TOKYO, April 8, 2026 - Trade Minister Kenji Ota of Japan will hold talks "
                 "tomorrow and Friday in Canberra with Australian Trade Minister Ruth Hale.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks and all(e.status == EventStatus.PLANNED for e in talks)
    assert all((e.start, e.end) == ("2026-04-09", "2026-04-10") for e in talks)


def test_held_meeting_on_two_weekdays_spans_both(extract) -> None:
    # Monday 14 September 2026: "Tuesday" is the day after, not the week before
    ex = extract("COPENHAGEN, September 14, 2026 - Health ministers of the 30 member states "
                 "of the Nordic Council are holding an online meeting on Monday and Tuesday "
                 "with Danish Health Minister Mette Lund.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and all((e.start, e.end) == ("2026-09-14", "2026-09-15")
                            for e in meetings)


def test_undated_article_does_not_date_its_events_by_a_lead_day(extract) -> None:
    # no publication date: "on 16 March" in the lead dates the budget, not the visit
    ex = extract("The finance minister will present the budget on 16 March, his aide said.\n\n"
                 "Kenyan Finance Minister John Oduya met Ghanaian President Kwame Asante in "
                 "Accra during a visit to Ghana, the aide told the BBC.", name="bbc-undated.txt")
    visits = [e for e in ex.events if e.kind in (EventKind.VISIT, EventKind.MEETING)]
    assert visits and all(e.start is None and e.end is None for e in visits)
