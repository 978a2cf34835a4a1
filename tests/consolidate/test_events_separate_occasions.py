"""Separate occasions stay separate records across articles: gatherings of ministers of other
ministries in one city, and a call beside another article's undated talks of the same people
(round-30 audit: EC foreign, farm and budget ministers' meetings in Luxembourg as one record;
a Trump-Putin call, a conference call and talks with Kim Jong-un as one)."""
from __future__ import annotations

from accords.consolidate.events import _matches, _portfolios, consolidate_events
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _ministers(doc: str, quote: str, start: str | None = None,
               status: EventStatus = EventStatus.HELD, at: int = 0) -> EventMention:
    return EventMention(doc, EventKind.MEETING, "Meeting in Tallinn",
                        Source(doc, quote, at, at + len(quote)), start, start, "Tallinn", "EST",
                        None, [], group=True, multilateral=True, era="2031", status=status)


def test_the_ministries_of_the_ministers_a_sentence_first_names() -> None:
    def of(quote: str) -> frozenset[str]:
        return _portfolios(_ministers("a", quote))
    assert of("at a meeting of Nordic foreign ministers, which") == {"foreign"}
    assert of("Nordic farm ministers are to meet") == {"agriculture"}
    assert of("Nordic trade and agriculture ministers met") == {"trade", "agriculture"}
    assert of("a meeting of foreign affairs ministers") == {"foreign"}
    # (economy and finance ministers meet as one formation)
    assert of("EC economy ministers met") == of("EC finance ministers met") == {"finance"}
    # near-misses: ministers named by no portfolio, or prime ministers
    assert of("Nordic ministers met in Tallinn") == frozenset()
    assert of("The prime ministers met") == frozenset()


def test_ministers_of_other_ministries_in_one_city_meet_apart() -> None:
    # Invented: one article's foreign ministers and another's budget ministers, both in
    # Tallinn with no day given: two gatherings
    foreign = _ministers("a", "Lind spoke at a meeting of Nordic foreign ministers in Tallinn.")
    budget = _ministers("b", "A plea for cash is likely to be rejected at a meeting of Nordic "
                             "budget ministers in Tallinn.")
    assert not _matches(budget, [foreign])
    assert len(consolidate_events([foreign, budget], PeopleIndex(), [])) == 2
    # near-misses: ministers named by no portfolio, or of one ministry by another word
    assert _matches(_ministers("c", "Nordic ministers met in Tallinn."), [foreign])
    assert _matches(_ministers("d", "The foreign affairs ministers met in Tallinn."), [foreign])


def test_a_report_naming_no_ministry_takes_its_articles() -> None:
    # Invented: "a meeting today of Nordic budget ministers ... The ministers were meeting for
    # the first time since ..." beside another article's farm ministers' meeting
    told = _ministers("b", "at a meeting today of Nordic budget ministers, diplomats said.",
                      status=EventStatus.PLANNED)
    bare = _ministers("b", "The ministers were meeting for the first time since May.",
                      "2031-06-02", at=200)
    farm = _ministers("a", "Nordic farm ministers are to decide it at a meeting in Tallinn.",
                      status=EventStatus.PLANNED)
    records = consolidate_events([told, bare, farm], PeopleIndex(), [])
    assert sorted(len(r.mention_ids) for r in records) == [1, 2]
    # near-miss: without the budget ministers' sentence the bare report may be any ministers'
    assert len(consolidate_events([bare, farm], PeopleIndex(), [])) == 1


def _two(doc: str, kind: EventKind, quote: str, start: str | None,
         people: tuple[str, ...] = ("Ana Ferri", "Paul Borg")) -> EventMention:
    return EventMention(doc, kind, "Talks", Source(doc, quote, 0, len(quote)), start, start,
                        None, None, "MLT", [Actor(p, None, "person") for p in people],
                        era="2031")


def test_a_call_is_not_another_articles_undated_talks() -> None:
    # Invented: "Ferri's talks with Borg had collapsed" in one article and "In a phone
    # conversation with Borg on Monday, Ferri said" in another, neither dated
    talks = _two("a", EventKind.TALKS, "after Ferri's talks with Borg had collapsed", None)
    call = _two("b", EventKind.CALL, "In a phone conversation with Borg, Ferri said", None)
    assert not _matches(call, [talks])
    # near-misses: both dated to one day, or talks told as held by phone
    assert _matches(_two("c", EventKind.CALL, "Ferri spoke by phone with Borg", "2031-05-04"),
                    [_two("d", EventKind.TALKS, "Ferri and Borg held talks", "2031-05-04")])
    assert _matches(call, [_two("e", EventKind.TALKS, "Ferri and Borg held talks by phone",
                                None)])


def test_a_dated_call_does_not_join_another_blocks_undated_talks_by_its_people() -> None:
    # Invented: the undated talks (no host) and, in another article, a conference call of
    # 9 April filed from Rome with the same two and a third
    talks = _two("a", EventKind.TALKS, "after Ferri's talks with Borg had collapsed", None)
    call = EventMention("b", EventKind.CALL, "Call",
                        Source("b", "Ferri is holding a conference call with Borg and Conti",
                               0, 54), "2031-04-09", "2031-04-09", "Rome", "ITA", "MLT",
                        [Actor(p, None, "person") for p in ("Ana Ferri", "Paul Borg", "Luca Conti")],
                        era="2031", place_stated=False)
    assert len(consolidate_events([talks, call], PeopleIndex(), [])) == 2
    # near-miss: talks of that day join it
    dated = _two("a", EventKind.TALKS, "Ferri held talks with Borg by phone", "2031-04-09")
    assert len(consolidate_events([dated, call], PeopleIndex(), [])) == 1
