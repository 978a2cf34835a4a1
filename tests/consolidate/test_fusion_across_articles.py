"""Records that fuse different instruments or gatherings across articles (blind audit round
11): another debtor's accord with the same organization, a one-state report joined on its
topic alone, a gathering told by a dateline's place or by one name without dates. Mentions
and sentences are our own."""
from __future__ import annotations

from dataclasses import replace

from accords.consolidate.agreements import consolidate_agreements
from accords.consolidate.events import _matches
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, AgreementMention, EventMention, Source
from accords.vocab import EventKind, Kind, Status


def _a(doc: str, name: str, quote: str, countries: tuple[str, ...], date: str | None = None,
       topics: tuple[str, ...] = ("finance",)) -> AgreementMention:
    return AgreementMention(
        document=doc, kind=Kind.AGREEMENT, title=name, topics=list(topics),
        countries=list(countries), parties=[Actor(c, c) for c in countries],
        status=Status.AGREED, source=Source(doc, quote, 0, len(quote)), at=quote.find(name),
        name=name, date=date, explicit_date=date is not None)


def test_another_debtors_accord_with_the_same_organization_is_another_instrument() -> None:
    peru = _a("d1", "accord with the Paris Club", "Peru reached an accord with the Paris Club "
              "to reschedule official debt.", ("PER", "IGO:ParisClub"), "2031-05")
    ghana = _a("d2", "accord with the Paris Club", "Ghana reached an accord with the Paris "
               "Club to reschedule official debt.", ("GHA", "IGO:ParisClub"), "2031-05")
    peru2 = _a("d3", "accord with the Paris Club", "Peru's accord with the Paris Club was "
               "welcomed.", ("PER", "IGO:ParisClub"), "2031-05")
    records = consolidate_agreements([peru, ghana, peru2], PeopleIndex())
    assert sorted(len(r.sources) for r in records) == [1, 2]


def test_a_one_state_report_does_not_join_another_on_its_topic_alone() -> None:
    plan = _a("d1", "outline agreement on reflation", "The ruling party of Freedonia announced "
              "an outline agreement on reflation.", ("FRD",), "2031-04-07",
              ("economic_cooperation",))
    other = _a("d2", "recent accord to speed growth", "Freedonia must honour a recent accord "
               "to speed growth.", ("FRD",), None, ("economic_cooperation",))
    assert len(consolidate_agreements([plan, other], PeopleIndex())) == 2
    # ... while another article naming the same instrument's words still joins it
    again = _a("d3", "outline agreement on reflation", "Freedonia's outline agreement on "
               "reflation was criticised.", ("FRD",), "2031-04-08", ("economic_cooperation",))
    assert len(consolidate_agreements([plan, again], PeopleIndex())) == 1


def _e(doc: str, title: str, start: str | None, people: tuple[str, ...] = (),
       place: str | None = None, stated: bool = True, group: bool = False) -> EventMention:
    e = EventMention(doc, EventKind.TALKS, title, Source(doc, "...", 0, 3), start, start, place,
                     None, "RUS", [Actor(p) for p in people], era="2031", place_stated=stated)
    e.group = group
    return e


def test_one_shared_name_without_dates_does_not_join_two_articles_gatherings() -> None:
    summit = [_e("a", "Summit of two presidents", "2031-04-18", ("Ivan Petrov", "Ann Lee"))]
    # another article's undated, placeless talks of one of them with a third leader
    assert not _matches(_e("b", "Talks of Ivan Petrov", None, ("Ivan Petrov",)), summit)
    # ... a dated report of the same day with one of them still joins
    assert _matches(_e("c", "Talks of Ivan Petrov", "2031-04-18", ("Ivan Petrov",)), summit)


def test_a_datelines_place_does_not_join_a_named_bodys_talks_to_another_gathering() -> None:
    mission = [_e("a", "Talks in Kampala", "2031-03-03", place="Kampala", group=True)]
    # coffee council talks in London, filed from Kampala, the day before
    coffee = _e("b", "International Coffee Organization talks", "2031-03-02", place="Kampala",
                stated=False, group=True)
    assert not _matches(coffee, mission)
    # two wires' reports of talks both filed from Kampala, naming no body, stay one
    assert _matches(_e("c", "Talks in Kampala", "2031-03-03", place="Kampala", stated=False,
                       group=True), mission)


def _vague(doc: str, name: str, quote: str, countries: tuple[str, ...], date: str,
           topics: tuple[str, ...]) -> AgreementMention:
    from dataclasses import replace
    return replace(_a(doc, name, quote, countries, date, topics), vague=True,
                   kind=Kind.ARRANGEMENT, explicit_date=False)


def test_another_articles_one_sided_vague_item_does_not_join_on_its_topic_alone() -> None:
    # (blind audit round 18: a state's stopgap arrangement with its bank creditors had joined
    # the export-quota accord it was negotiating with a neighbour that week)
    quotas = _a("d1", "accord on export quotas", "Ghana and Peru are negotiating an accord on "
                "export quotas.", ("GHA", "PER"), "2031-05-02", ("trade",))
    stopgap = _vague("d2", "stopgap arrangement on short-term trade", "Ghana and its creditor "
                     "banks reached a stopgap arrangement on short-term trade.", ("GHA",),
                     "2031-05-05", ("trade",))
    records = consolidate_agreements([quotas, stopgap], PeopleIndex())
    assert [r.sources for r in records] == [["d1"]]  # and no record of its own
    # ... while a vague item of the very same sides still joins
    same = _vague("d3", "arrangement on export quotas", "Ghana and Peru reached an "
                  "arrangement on export quotas.", ("GHA", "PER"), "2031-05-06", ("trade",))
    assert len(consolidate_agreements([quotas, same], PeopleIndex())) == 1


def test_an_instrument_signed_a_year_before_is_not_a_later_reports_new_accord() -> None:
    """A rescheduling signed in February one year and a rescheduling package agreed in March of
    the next, both between the same sides: an instrument does not go back from signed to
    agreed, so the later report tells another instrument, even less than two years on."""
    old = _a("d1", "rescheduling accord", "Freedonia signed a rescheduling accord with its "
             "creditor banks in February 2030.", ("FRD", "IGO:Banks"), "2030-02")
    old.status = Status.SIGNED
    new = _a("d2", "debt rescheduling package", "Freedonia agreed a debt rescheduling package "
             "with its creditor banks today.", ("FRD", "IGO:Banks"), "2031-03-27")
    assert len(consolidate_agreements([old, new], PeopleIndex())) == 2
    # ... while a signing a few months before a report of its agreement stays one instrument
    soon = _a("d3", "debt rescheduling package", "Freedonia's debt rescheduling package with "
              "its creditor banks was agreed.", ("FRD", "IGO:Banks"), "2030-06-02")
    assert len(consolidate_agreements([old, soon], PeopleIndex())) == 1


def test_a_report_joins_a_record_only_if_most_of_its_articles_fit_it() -> None:
    """A record two articles tell (a rescheduling signed in February, and in force that June) is
    one instrument: a third article's package agreed the next March goes back from the
    signing a year before, so it is another instrument, although it could follow the June
    report alone."""
    signed = _a("d1", "rescheduling accord", "Freedonia signed a rescheduling accord with its "
                "creditor banks in February 2030.", ("FRD", "IGO:Banks"), "2030-02")
    signed.status = Status.SIGNED
    in_force = _a("d2", "rescheduling accord", "Freedonia's rescheduling accord with its "
                  "creditor banks was in force in June 2030.", ("FRD", "IGO:Banks"), "2030-06")
    in_force.status = Status.IN_FORCE
    package = _a("d3", "rescheduling package", "Freedonia agreed a rescheduling package with "
                 "its creditor banks in March 2031.", ("FRD", "IGO:Banks"), "2031-03")
    records = consolidate_agreements([signed, in_force, package], PeopleIndex())
    assert sorted(len(r.sources) for r in records) == [1, 2]


def test_a_deal_with_a_bank_committee_is_not_another_articles_club_accord() -> None:
    # round-28 audit: a rescheduling "agreed in principle with its bank advisory committee"
    # joined another article's accord "reached with the Paris Club"
    club = _a("d1", "rescheduling agreement", "Freedonia said the rescheduling agreement "
              "reached with the Paris Club covers its official debt.", ("FRD", "IGO:ParisClub"),
              "2031-03-05")
    quote = ("Freedonia agreed in principle with its bank advisory committee on a rescheduling "
             "agreement for its commercial bank debt.")
    banks = AgreementMention(
        document="d2", kind=Kind.AGREEMENT, title="rescheduling agreement",
        topics=["finance"], countries=["FRD"],
        parties=[Actor("Freedonia", "FRD", "state"),
                 Actor("bank advisory committee", None, "organization")],
        status=Status.AGREED, source=Source("d2", quote, 0, len(quote)),
        at=quote.find("rescheduling"), name="rescheduling agreement", date="2031-03-10")
    assert len(consolidate_agreements([club, banks], PeopleIndex())) == 2
    # ... while another article's report of the club accord naming Freedonia alone still joins
    again = _a("d3", "rescheduling agreement", "Freedonia's rescheduling agreement covers its "
               "official debt.", ("FRD",), "2031-03-06")
    assert len(consolidate_agreements([club, again], PeopleIndex())) == 1


def test_a_call_and_a_meeting_told_by_met_in_one_article_are_two() -> None:
    from accords.consolidate.events import called_and_met_told
    call = EventMention("a", EventKind.CALL, "Call of Ivan Petrov",
                        Source("a", "Petrov said Lee told him in a telephone conversation on "
                               "Tuesday that ties were stable.", 0, 10), "2031-04-18",
                        "2031-04-18", None, None, "RUS", [Actor("Ivan Petrov")], era="2031")
    quote = "Petrov noted that his finance minister Ann Roe met with German officials."
    meeting = EventMention("a", EventKind.MEETING, "Ann Roe meets Ivan Petrov",
                           Source("a", quote, 100, 100 + len(quote)), "2031-04-18",
                           "2031-04-18", None, None, "RUS",
                           [Actor("Ann Roe"), Actor("Ivan Petrov")], era="2031")
    assert called_and_met_told(call, meeting) and called_and_met_told(meeting, call)
    # ... another article's meeting is for the rules across articles; talks by phone are the call
    assert not called_and_met_told(call, replace(meeting, document="b"))
    phone = replace(meeting, source=Source("a", "Petrov met Lee by phone.", 100, 124))
    assert not called_and_met_told(call, phone)
