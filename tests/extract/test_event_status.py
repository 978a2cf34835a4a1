"""Whether a sentence's event took place (accords.extract.event_status), and what the event
rules make of planned, cancelled, negated, imagined, sport and domestic meetings."""
from __future__ import annotations

import pytest

from accords.extract.event_status import event_status
from accords.vocab import EventKind, EventStatus


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("The two foreign ministers held talks in Quito on Monday.", EventKind.TALKS,
     EventStatus.HELD),
    ("The premier will travel to Hanoi next week for talks.", EventKind.VISIT,
     EventStatus.PLANNED),
    ("Leaders are due to gather for a summit in Accra in June.", EventKind.SUMMIT,
     EventStatus.PLANNED),
    ("A summit of the two presidents has been called off after the border clash.",
     EventKind.SUMMIT, EventStatus.CANCELLED),
    ("The minister cancelled his visit to Rabat.", EventKind.VISIT, EventStatus.CANCELLED),
    ("She met the envoy on Friday and will fly to Lisbon next month.", EventKind.MEETING,
     EventStatus.HELD),
])
def test_status_of_the_event_word(sentence: str, kind: EventKind, status: EventStatus) -> None:
    assert event_status(sentence, kind) == status


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The president did not meet the visiting delegation.", EventKind.MEETING),
    ("The two leaders could meet in Geneva later this year.", EventKind.MEETING),
    ("Officials will decide in May whether to open talks with Minsk.", EventKind.TALKS),
    ("He invited the king to visit Oslo.", EventKind.VISIT),
    ("The minister said he hoped to visit Dakar soon.", EventKind.VISIT),
])
def test_negated_or_imagined_event_is_none(sentence: str, kind: EventKind) -> None:
    assert event_status(sentence, kind) is None


def test_planned_visit_is_recorded_as_planned_with_its_week(extract) -> None:
    ex = extract("HANOI, March 4, 2026 - Finnish Prime Minister Ilkka Rautio will travel to "
                 "Hanoi next week for talks with Vietnamese Prime Minister Tran Van Long.")
    assert ex.events
    assert {e.status for e in ex.events} == {EventStatus.PLANNED}
    assert all(e.start == "2026-03-09" and e.end == "2026-03-15" for e in ex.events)


def test_cancelled_visit_is_recorded_as_cancelled(extract) -> None:
    ex = extract("RABAT, May 12, 2026 - Chilean Foreign Minister Alberto Vargas cancelled his "
                 "visit to Morocco on Monday.")
    assert [(e.kind, e.status) for e in ex.events] == [(EventKind.VISIT, EventStatus.CANCELLED)]


def test_negated_meeting_is_not_recorded(extract) -> None:
    ex = extract("OSLO, June 2, 2026 - Norwegian Prime Minister Lars Haugen did not meet Polish "
                 "Prime Minister Piotr Nowak during the forum.")
    assert ex.events == []


def test_team_tour_is_not_a_visit(extract) -> None:
    ex = extract("The national rugby squad will play three tests on its tour of Argentina, "
                 "coach Mark Ellison said after the team's win over the champions. The striker "
                 "and the goalkeeper were injured in the last match of the season, and fans "
                 "hope the team wins the cup.")
    assert ex.events == []


def test_two_ministers_of_one_government_do_not_make_an_event(extract) -> None:
    ex = extract("CANBERRA, May 6, 2026 - Australian Treasurer Ruth Malley met Australian Trade "
                 "Minister Colin Barrow on Tuesday to discuss the budget.")
    assert ex.events == []
