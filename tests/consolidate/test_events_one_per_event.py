"""One record per real event: gatherings of other bodies, days and people in the same city stay
apart, while one gathering reported by several wires stays one record."""
from __future__ import annotations

from accords.consolidate.events import _matches
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind


def _group(doc: str, title: str, start: str | None, people: tuple[str, ...] = (),
           kind: EventKind = EventKind.MEETING) -> EventMention:
    e = EventMention(doc, kind, title, Source(doc, "...", 0, 3), start, start, "Lisbon", "PRT",
                     None, [Actor(p) for p in people], era="2031")
    e.group = True
    return e


def test_a_gathering_of_one_body_does_not_take_in_another_bodys_in_the_same_city() -> None:
    # The Group of Ten and the IMF committee both sat in Lisbon that week: two gatherings
    cluster = [_group("a", "Group of Ten meeting in Lisbon", "2031-05-06")]
    assert not _matches(_group("b", "IMF Interim Committee meeting", "2031-05-06"), cluster)
    # ... while a second wire's report of the Group of Ten, or one naming no body, joins it
    assert _matches(_group("c", "G-10 meeting", "2031-05-07"), cluster)
    assert _matches(_group("d", "Meeting in Lisbon", "2031-05-06"), cluster)


def test_a_body_must_agree_with_every_member_not_one_chained_member() -> None:
    cluster = [_group("a", "Group of Ten meeting in Lisbon", "2031-05-06"),
               _group("d", "Meeting in Lisbon", "2031-05-06")]
    assert not _matches(_group("b", "IMF meeting in Lisbon", "2031-05-06"), cluster)


def test_a_month_dated_report_does_not_bridge_reports_of_other_days() -> None:
    # 'talks in Lisbon in May' overlaps every day of May; talks there on the 2nd and on the
    # 9th are still two rounds
    cluster = [_group("a", "Talks in Lisbon", "2031-05-02", kind=EventKind.TALKS),
               _group("c", "Talks in Lisbon", "2031-05", kind=EventKind.TALKS)]
    assert not _matches(_group("b", "Talks in Lisbon", "2031-05-09", kind=EventKind.TALKS),
                        cluster)
    assert _matches(_group("d", "Talks in Lisbon", "2031-05-02", kind=EventKind.TALKS), cluster)


def test_a_meeting_a_day_apart_joins_only_when_its_people_do_not_conflict() -> None:
    # a committee of the 6th naming no one is not two presidents' talks of the 7th ...
    cluster = [_group("a", "Committee meeting", "2031-05-06")]
    talks = _group("b", "Talks in Lisbon", "2031-05-07", ("Ana Vilar", "Piet Oorschot"),
                   EventKind.TALKS)
    assert not _matches(talks, cluster)
    # ... but two wires dating one meeting a day apart, one by the surname alone, are one
    cluster = [_group("c", "Meeting of foreign ministers", "2031-05-06", ("Rui de Almeida",))]
    assert _matches(_group("d", "Ministers' meeting", "2031-05-07", ("de Almeida",)), cluster)
