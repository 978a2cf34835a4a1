"""Event recall (branch evrecall7), sentences of our own: an organization's council or
ministers acting on a day or at a place is a sitting of its member states, though no meeting
word is told."""
from accords.vocab import EventKind, EventStatus


def test_a_council_adopting_a_report_yesterday_sat(extract) -> None:
    ex = extract("GENEVA, March 12 - The ruling WTO Council yesterday adopted a dispute panel's "
                 "report on steel tariffs, a trade official said. The ruling backed complaints "
                 "by Brazil and Chile.", published="2025-03-12")
    (e,) = ex.events
    assert e.kind == EventKind.MEETING and "WTO Council" in e.title
    assert e.status == EventStatus.HELD and e.start == "2025-03-11"


def test_ministers_at_a_place_endorsing_a_package_sat_there(extract) -> None:
    ex = extract("WASHINGTON, May 20 - U.S. Trade Representative Ann Porter said she was pleased "
                 "with the European plan. Porter's comment came after EU farm ministers in "
                 "Brussels endorsed a subsidy reform package drafted by the EU Commission.",
                 published="2025-05-20")
    (e,) = ex.events
    assert e.kind == EventKind.MEETING and e.place == "Brussels" and e.host_country == "BEL"
    assert e.status == EventStatus.HELD


def test_ministers_agreeing_with_no_day_or_place_is_no_sitting(extract) -> None:
    ex = extract("BRUSSELS, May 20 - EU farm ministers agreed that subsidies should fall, "
                 "officials said. The Commission will draft a plan.", published="2025-05-20")
    assert not ex.events


def test_a_national_council_is_none(extract) -> None:
    ex = extract("PARIS, May 20 - The city council yesterday approved a budget for the "
                 "French capital's museums.", published="2025-05-20")
    assert not ex.events


_ASIDE = ("MADRID, March 3 - Spanish Prime Minister Carlos Ortega announced a new fisheries fund "
          "on Monday. Officials saw it as a gesture ahead of his annual meeting, on May 3-4 in "
          "Lisbon, with Portuguese Prime Minister Rui Costa.")


def test_a_meeting_and_its_partner_apart_across_an_aside(extract) -> None:
    ex = extract(_ASIDE, published="2025-03-03")
    (e,) = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert [p.name for p in e.participants] == ["Carlos Ortega", "Rui Costa"]
    assert (e.place, e.host_country, e.visiting_country) == ("Lisbon", "PRT", "ESP")
    assert e.status == EventStatus.PLANNED and (e.start, e.end) == ("2025-05-03", "2025-05-04")


def test_a_leader_leaving_for_a_summit_named_by_its_city(extract) -> None:
    ex = extract("WASHINGTON, May 4 - The White House said President Ann Harper had made no "
                 "choice on the central bank post. Asked if Harper would see the bank's chief "
                 "before leaving for the Oslo summit on Thursday, a spokesman said he did not "
                 "know.", published="2025-05-04")
    (e,) = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert (e.place, e.host_country) == ("Oslo", "NOR") and e.status == EventStatus.PLANNED
