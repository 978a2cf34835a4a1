"""Event mentions: visits, talks, and what is not an event (invitations, plans)."""
from accords.vocab import EventKind, EventStatus


def test_arrival_for_a_state_visit_is_a_visit(extract):
    ex = extract("ADDIS ABABA, March 3, 2025 - Kenyan President Daniel Mwangi arrived in Addis "
                 "Ababa on Monday for a two-day state visit to Ethiopia.")
    assert len(ex.events) == 1
    e = ex.events[0]
    assert e.kind == EventKind.VISIT
    assert e.host_country == "ETH"
    assert e.visiting_country == "KEN"
    assert e.place == "Addis Ababa"
    assert e.start == "2025-03-03"
    assert [(p.name, p.country) for p in e.participants] == [("Daniel Mwangi", "KEN")]


def test_held_talks_with_gives_talks_with_both_participants(extract):
    ex = extract("LIMA, May 5, 2025 - Chilean Foreign Minister Alberto Vargas held talks with "
                 "Peruvian Foreign Minister Jorge Salazar in Lima on Monday.")
    assert len(ex.events) == 1
    e = ex.events[0]
    assert e.kind == EventKind.TALKS
    assert [(p.name, p.country) for p in e.participants] == [
        ("Alberto Vargas", "CHL"), ("Jorge Salazar", "PER")]
    assert e.place == "Lima"
    assert e.host_country == "PER"
    assert e.visiting_country == "CHL"
    assert e.start == e.end == "2025-05-05"


def test_talks_with_a_counterpart(extract):
    ex = extract("LIMA, May 5, 2025 - Chilean Foreign Minister Alberto Vargas held talks with "
                 "his Peruvian counterpart Jorge Salazar in Lima on Monday.")
    assert [e.kind for e in ex.events] == [EventKind.TALKS]
    assert {p.name for p in ex.events[0].participants} == {"Alberto Vargas", "Jorge Salazar"}


def test_invitation_to_visit_is_not_an_event(extract):
    ex = extract("LIMA, May 5, 2025 - Peruvian President Jorge Salazar invited Chilean "
                 "President Alberto Vargas to visit Lima.")
    assert ex.events == []


def test_planned_meeting_is_recorded_as_planned_for_its_month(extract):
    ex = extract("OSLO, June 2, 2025 - Norwegian Prime Minister Lars Haugen will meet Polish "
                 "Prime Minister Piotr Nowak next month.")
    assert [(e.kind, e.status, e.start) for e in ex.events] == [
        (EventKind.MEETING, EventStatus.PLANNED, "2025-07")]


def test_event_quote_matches_the_original_text(extract):
    text = ("Kenya, Ethiopia leaders meet\n\n"
            "ADDIS ABABA, March 3, 2025 - Kenyan President Daniel Mwangi arrived in Addis "
            "Ababa on Monday for a two-day state visit to Ethiopia.\n")
    ex = extract(text)
    assert ex.events
    for e in ex.events:
        assert text[e.source.start:e.source.end] == e.source.quote
        assert "arrived in Addis Ababa" in e.source.quote


def test_ministers_meeting_named_by_its_noun(extract) -> None:
    ex = extract("NAIROBI, May 20, 2026 - The trade ministers of five East African countries "
                 "met today to review customs rules, officials said.")
    assert [(e.kind.value, e.place, e.start) for e in ex.events] == [
        ("meeting", "Nairobi", "2026-05-20")]


def test_conference_dates_from_began_and_ended(extract) -> None:
    ex = extract("VIENNA, July 6, 2026 - OPEC oil ministers said the conference, which began "
                 "Wednesday and ended Friday, had agreed to keep output steady.")
    assert [(e.kind.value, e.start, e.end) for e in ex.events] == [
        ("conference", "2026-07-01", "2026-07-03")]


def test_earlier_summit_keeps_its_own_year(extract) -> None:
    ex = extract("BRASILIA, May 2, 2027 - Ministers said they had implemented the plan agreed "
                 "at the 2025 Lima summit of the heads of state of the region.")
    summits = [e for e in ex.events if e.kind.value == "summit"]
    assert summits and summits[0].start == "2025" and summits[0].place == "Lima"


def test_a_headline_does_not_make_a_meeting_of_its_own(extract) -> None:
    ex = extract("Leaders of Chile and Peru meet\n\nLIMA, June 3, 2026 - Chilean President "
                 "Gabriel Boric arrived in Lima on Tuesday for a two-day state visit.")
    assert [e.kind.value for e in ex.events] == ["visit"]


def test_labour_union_talks_are_not_a_meeting_of_governments(extract) -> None:
    ex = extract("LA PAZ, May 3, 2026 - Union leaders of 9,000 miners held talks with the "
                 "management of a tin company on Monday over wages.")
    assert ex.events == []


def test_flying_to_a_capital_is_a_visit(extract) -> None:
    ex = extract("LONDON, May 2, 2026 - British Foreign Secretary Jane Ellis flew to Nairobi on "
                 "Monday for talks with Kenyan officials.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert [(e.host_country, e.visiting_country, e.status) for e in visits] == [
        ("KEN", "GBR", EventStatus.HELD)]


def test_going_to_a_capital_later_is_a_planned_visit(extract) -> None:
    ex = extract("LISBON, March 25, 2026 - Portuguese Prime Minister Rui Almeida said he would "
                 "go to Luanda next month to sign the accord.")
    assert [(e.kind, e.status, e.start) for e in ex.events] == [
        (EventKind.VISIT, EventStatus.PLANNED, "2026-04")]


def test_money_going_to_a_country_is_no_visit(extract) -> None:
    ex = extract("LISBON, March 25, 2026 - Most of the 40 mln dlr credit went to Angola last year, "
                 "Portuguese officials said.")
    assert ex.events == []
