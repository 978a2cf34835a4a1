"""A meeting or signing ceremony held on a visit, of the visit's own sides and people, is part
of the visit; a trip to a signing held abroad is part of the ceremony; a call on someone the
visit does not name stays apart (sentences of our own)."""
from accords.vocab import EventKind


def test_the_border_meeting_of_a_visit_folds_into_it_and_dates_it(extract) -> None:
    ex = extract("Ghana to fund rail link to Togo as leaders meet\n\nLome (AFP) - Ghana will pay "
                 "for a 300-kilometre railway to Togo, the two countries said after their "
                 "presidents met at the border on Tuesday.\n\nTogolese President Marc Dossou "
                 "travelled to Aflao to meet Ghanaian President Kofi Asante for the ceremony.",
                 published="2025-06-04")
    assert [e.kind for e in ex.events] == [EventKind.VISIT]
    visit = ex.events[0]
    assert visit.start == "2025-06-03"  # the meeting's day, not the day the story was filed
    assert {"Marc Dossou", "Kofi Asante"} <= {p.name for p in visit.participants}


def test_a_trip_to_a_signing_abroad_folds_into_the_ceremony(extract) -> None:
    ex = extract("BRUSSELS, May 12, 2025 - Moldovan President Ion Rusu flew to Brussels on "
                 "Monday for the signing. The partnership agreement was signed in Brussels on "
                 "Monday by Moldovan Foreign Minister Petru Ceban and EU Commissioner Anna Keller "
                 "in the presence of Slovenian Foreign Minister Marko Zupan.",
                 published="2025-05-12")
    assert [e.kind for e in ex.events] == [EventKind.CEREMONY]
    assert "Ion Rusu" in {p.name for p in ex.events[0].participants}


def test_a_call_on_someone_the_visit_does_not_name_stays_apart() -> None:
    from accords.extract.event_merge import _inside_visit
    from accords.records import Actor, EventMention, Source
    from accords.vocab import EventStatus

    def mention(kind, people, host="GHA", visitor="TGO", quote="q"):
        return EventMention(document="a", kind=kind, title="t", source=Source("a", quote, 0, 1),
                            start="2025-06-03", end="2025-06-03", host_country=host,
                            visiting_country=visitor, status=EventStatus.HELD,
                            participants=[Actor(name=n, country=c) for n, c in people])
    visit = mention(EventKind.VISIT, [("Marc Dossou", "TGO"), ("Kofi Asante", "GHA")],
                    quote="Dossou flew to Accra to meet Asante.")
    call = mention(EventKind.VISIT, [("Marc Dossou", "TGO"), ("Kofi Asante", "GHA")],
                   quote="Dossou, on a visit to Accra, met Asante.")
    same = mention(EventKind.MEETING, [("Marc Dossou", "TGO"), ("Kofi Asante", "GHA")])
    other = mention(EventKind.MEETING, [("Marc Dossou", "TGO"), ("Ama Owusu", "GHA")])
    third = mention(EventKind.CEREMONY, [("Marc Dossou", "TGO"), ("Jean Bako", "BEN")])

    class Ctx:
        event_date = "2025-06-04"
        news_day = "2025-06-04"  # (no lead day: the report's)
        sentences: list = []
    assert _inside_visit(Ctx(), same, [visit, same])
    assert not _inside_visit(Ctx(), same, [call, same])  # met on the visit: its own event
    assert not _inside_visit(Ctx(), other, [visit, other])
    assert not _inside_visit(Ctx(), third, [visit, third])
