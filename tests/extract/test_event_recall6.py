"""Event recall for gatherings told in passing (branch evrecall6), sentences of our own: talks
told before a visit in one sentence are talks of their own, and the traveller, not the talks'
partner, is the visitor."""
from accords.vocab import EventKind, EventStatus

_TRIP = ("PARIS, May 14 - A fire broke out at a French naval base last night, hours after "
         "Spanish Prime Minister Carlos Ortega left the French capital. Officials said nobody "
         "was hurt. Ortega left Paris early yesterday evening after talks with President Jean "
         "Moreau ahead of his visit to Warsaw next week.")


def test_talks_before_a_visit_are_talks_of_the_traveller(extract) -> None:
    ex = extract(_TRIP, published="2025-05-14")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert len(talks) == 1
    t = talks[0]
    assert [p.name for p in t.participants] == ["Carlos Ortega", "Jean Moreau"]
    assert (t.place, t.host_country, t.visiting_country) == ("Paris", "FRA", "ESP")
    assert t.status == EventStatus.HELD and t.start == "2025-05-13"


def test_the_traveller_not_the_talks_partner_visits(extract) -> None:
    ex = extract(_TRIP, published="2025-05-14")
    (visit,) = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert [p.name for p in visit.participants] == ["Carlos Ortega"]
    assert (visit.host_country, visit.visiting_country) == ("POL", "ESP")
    assert visit.status == EventStatus.PLANNED


def test_talks_at_home_before_a_visit_are_not_read_so(extract) -> None:
    ex = extract("MADRID, May 14 - Spanish Prime Minister Carlos Ortega chaired the cabinet. "
                 "Ortega left Madrid early yesterday evening after talks with Finance Minister "
                 "Ana Ruiz ahead of his visit to Warsaw next week.", published="2025-05-14")
    assert not [e for e in ex.events if e.kind == EventKind.TALKS]
