"""Events across documents: a visit planned in one report and held in a later one is one event,
held; one called off stays cancelled."""
from __future__ import annotations

from accords.consolidate.events import _matches
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document, EventMention, Source
from accords.vocab import EventKind, EventStatus

PLANNED = ("HANOI, March 4, 2026 - Finnish Prime Minister Ilkka Rautio will visit Hanoi next "
           "week, officials said.")
HELD = ("HANOI, March 10, 2026 - Finnish Prime Minister Ilkka Rautio arrived in Hanoi on "
        "Tuesday for a three-day official visit to Vietnam.")


def _events(*texts: str) -> list[dict]:  # type: ignore[type-arg]
    docs = [Document.from_text(f"{i}.txt", t) for i, t in enumerate(texts)]
    ex = extract_batch(docs)
    result = consolidate([m for e in ex for m in e.agreements], [m for e in ex for m in e.events],
                         [p for e in ex for p in e.people])
    return [e.to_dict() for e in result.events]


def test_held_report_outranks_the_announcement() -> None:
    events = _events(PLANNED, HELD)
    assert len(events) == 1
    assert events[0]["status"] == EventStatus.HELD.value
    assert events[0]["date"]["start"] == "2026-03-10"
    assert len({s["document"] for s in events[0]["sources"]}) == 2


def test_announcement_alone_is_planned_and_exported_so() -> None:
    (event,) = _events(PLANNED)
    assert event["status"] == "planned"
    assert event["kind"] == "visit"


def _events_named(*docs: tuple[str, str, str | None]) -> list[dict]:  # type: ignore[type-arg]
    ex = extract_batch([Document.from_text(name, text, published=published)
                        for name, text, published in docs])
    result = consolidate([m for e in ex for m in e.agreements], [m for e in ex for m in e.events],
                         [p for e in ex for p in e.people])
    return [e.to_dict() for e in result.events]


TALKS = ("Finnish Trade Minister Ilkka Rautio held talks with Vietnamese Trade Minister Tran "
         "Van Long on rice imports, officials said.")


def test_undated_reports_of_articles_decades_apart_stay_apart() -> None:
    events = _events_named(("old.txt", TALKS, "1988-03-02"),
                           ("news/2021/08/20/finland-vietnam", TALKS, None))
    assert len([e for e in events if e["kind"] == "talks"]) == 2


def test_a_day_without_a_year_takes_no_year_from_the_articles_address() -> None:
    # (reversed by evdate28, round-30 audit: an article with no publication date is of no
    # known year; its address keeps eras apart but lends no year to "7 September")
    events = _events_named(("news/2021/08/20/finland-vietnam",
                            "The next round of talks between Finnish Trade Minister Ilkka Rautio "
                            "and Vietnamese Trade Minister Tran Van Long is due to begin on 7 "
                            "September in Hanoi.", None))
    assert [e["date"]["start"] for e in events] == [None]


def test_those_who_signed_at_a_visit_take_part_in_it() -> None:
    text = ("Estonian President Mart Kask, on his first state visit to Latvia in ten years, "
            "praised the new treaty.\n\nThe presidents of Latvia and Estonia, Juris Ozols and "
            "Mart Kask, signed a treaty on the state border in Riga.")
    visits = [e for e in _events(text) if e["kind"] == "visit"]
    assert len(visits) == 1
    assert {"Mart Kask", "Juris Ozols"} <= {p["name"] for p in visits[0]["participants"]}


def test_a_gathering_of_an_organizations_members_has_no_visiting_side() -> None:
    text = ("VIENNA, June 27, 2025 (Reuters) - OPEC oil ministers met in Vienna on Friday for a "
            "conference on output quotas.\n\nNigeria and Kuwait both want higher quotas, "
            "delegates said, and Nigeria and Kuwait have argued for weeks.")
    events = [e for e in _events(text) if e["kind"] in ("meeting", "conference")]
    assert events and all(e["visiting_country"] is None for e in events)



def _mention(doc: str, kind: EventKind, start: str | None, era: str | None) -> EventMention:
    return EventMention(doc, kind, f"{kind.value} in Oslo", Source(doc, "...", 0, 3), start,
                        start, "Oslo", "NOR", None, [], era=era)


def test_one_undated_report_does_not_chain_gatherings_of_other_stories() -> None:
    # An undated conference in Oslo in a story of no known year, then a meeting there of 1987
    # and a meeting there of 2026: the second matched the cluster on the undated report's days
    # and another member's place, and all became one record.
    cluster = [_mention("c", EventKind.CONFERENCE, None, None),
               _mention("a", EventKind.MEETING, "1987-03-03", "1987")]
    assert not _matches(_mention("b", EventKind.MEETING, "2026-04-20", "2026"), cluster)
    # ... while a later report of the same conference still joins it
    assert _matches(_mention("d", EventKind.CONFERENCE, None, None), cluster)


def test_an_event_record_does_not_stretch_over_months_through_undated_reports() -> None:
    # Talks in Oslo in March, an undated report of talks there, then talks there in July: each
    # matches the undated one, but one round of talks does not last four months.
    cluster = [_mention("a", EventKind.TALKS, "1987-03-03", "1987"),
               _mention("c", EventKind.TALKS, None, "1987")]
    assert not _matches(_mention("b", EventKind.TALKS, "1987-07-20", "1987"), cluster)
    assert _matches(_mention("d", EventKind.TALKS, "1987-03-05", "1987"), cluster)


def test_a_dated_report_joins_through_an_undated_one_only_on_a_day_of_the_cluster() -> None:
    # Talks in Oslo on 3 March and an undated report of talks there: talks there on 12 March
    # overlap the undated report but none of the cluster's days, so they are other talks.
    cluster = [_mention("a", EventKind.TALKS, "1987-03-03", "1987"),
               _mention("c", EventKind.TALKS, None, "1987")]
    assert not _matches(_mention("b", EventKind.TALKS, "1987-03-12", "1987"), cluster)
    assert _matches(_mention("d", EventKind.TALKS, "1987-03-03", "1987"), cluster)


def test_a_city_given_only_by_the_dateline_does_not_join_another_storys_gathering() -> None:
    # Two undated meetings of two stories filed from Oslo: the dateline says where the story
    # was written, not where its meeting was
    a = _mention("a", EventKind.MEETING, None, "1987")
    b = _mention("b", EventKind.MEETING, None, "1987")
    a.place_stated = b.place_stated = False
    assert not _matches(b, [a])
    b.place_stated = a.place_stated = True
    assert _matches(b, [a])


def test_an_event_record_spans_at_most_two_weeks() -> None:
    cluster = [_mention("a", EventKind.TALKS, "1987-03-03", "1987"),
               _mention("c", EventKind.TALKS, None, "1987")]
    cluster[1].participants = []
    late = _mention("b", EventKind.TALKS, "1987-03-25", "1987")
    assert not _matches(late, cluster)


def test_an_undated_articles_day_takes_a_year_only_from_reports_of_its_own_sides() -> None:
    dated = ("LIMA, March 3, 1987 - Peruvian Foreign Minister Ana Prado met Chilean Foreign "
             "Minister Jorge Vial in Lima on Monday.")
    undated = ("Ghanaian President Kofi Mensah held talks with Togolese President Ama Lawson "
               "in Lome on 12 March.")
    also = ("Chilean Foreign Minister Jorge Vial held talks with Bolivian Foreign Minister "
            "Rosa Quispe in La Paz on 12 March.")
    events = {tuple(sorted(p["name"] for p in e["participants"])): e["date"]
              for e in _events(dated, undated, also)}
    assert events[("Ama Lawson", "Kofi Mensah")]["start"] is None  # no report of its sides
    assert events[("Jorge Vial", "Rosa Quispe")]["start"] == "1987-03-12"  # Vial's, of 1987


def test_a_visit_to_a_person_is_titled_by_the_person() -> None:
    (ev,) = _events("LONDON - Officials confirmed that trade was discussed when Chilean Senator "
                    "Rodrigo Valdivia recently visited Mr Lindqvist. Swedish Prime Minister Lars "
                    "Lindqvist wants a new pact.")
    assert ev["title"] == "Rodrigo Valdivia's visit to Lars Lindqvist"


def test_host_and_guest_agencies_telling_one_meeting_give_one_event() -> None:
    # The guest's agency files from home; its dateline made the guest's capital the host.
    events = _events(
        "Lula in Tokyo\nTOKYO, May 12, 2026 (Kyodo) - Japanese Prime Minister Shigeru Ishiba "
        "held talks with Brazilian President Luiz Inacio Lula da Silva in Tokyo on Tuesday.",
        "Lula meets Ishiba\nBRASILIA, May 12, 2026 (Agencia Brasil) - Brazilian President Luiz "
        "Inacio Lula da Silva met Japanese Prime Minister Shigeru Ishiba on Tuesday.")
    assert len(events) == 1


def _said(doc: str, quote: str, status: EventStatus, start: str | None) -> EventMention:
    return EventMention(doc, EventKind.MEETING, "meeting in Lisbon", Source(doc, quote, 0, 3),
                        start, start, "Lisbon", None, None, [], group=True, status=status,
                        place_stated=False, era="2023")


def test_one_article_keeps_a_gathering_to_come_apart_from_the_one_held() -> None:
    # Invented: an article reporting a ministers' meeting held and another set for later in
    # the week; the dateline's city, given to both, joined them into one record.
    held = _said("a", "Fisheries ministers failed to agree at the end of the group's last "
                 "meeting, diplomats said.", EventStatus.HELD, "2023-05")
    later = _said("a", "The chairman will hold bilateral meetings with each minister on "
                  "Thursday.", EventStatus.PLANNED, "2023-05-04")
    assert not _matches(later, [held])
    upcoming = _said("a", "They agreed to convene another meeting on June 20.",
                     EventStatus.PLANNED, "2023-06-20")
    held_day = _said("a", "ASEAN foreign ministers held a meeting here on Monday.",
                     EventStatus.HELD, "2023-06-12")
    assert not _matches(upcoming, [held_day])


def test_a_sentence_read_as_planned_stays_with_the_gathering_reported() -> None:
    # Near-misses: no other occasion named ("They declined to disclose details of the
    # talks"), or a gathering to come with no day ("before the next round"), which stays in
    # the record rather than making one of its own.
    held = _said("a", "Ministers of the two states held separate meetings on Tuesday.",
                 EventStatus.HELD, "2023-05-02")
    plain = _said("a", "They declined to disclose details of the meetings.",
                  EventStatus.PLANNED, "2023-05-02")
    assert _matches(plain, [held])
    undated = _said("a", "The envoys will stay in contact before the next round of meetings.",
                    EventStatus.PLANNED, None)
    assert _matches(undated, [held])
