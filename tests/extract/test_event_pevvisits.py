"""Visits under way, audiences told in the passive, and calls (branch pevvisits), sentences of
our own: 'X is in <city> on an official visit from 4 to 6 May', 'Y was received on Thursday by
X', 'Y was granted an audience by X', 'X spoke with Y by telephone', 'X called Y on Tuesday to
discuss', 'X took a call from Y'; and what must stay no event."""
from accords.vocab import EventKind, EventStatus


def test_a_visit_under_way_told_by_where_the_visitor_is(extract) -> None:
    ex = extract("VILNIUS, May 5, 2025 (BNS) - Portuguese Foreign Minister Rui Matos is in "
                 "Vilnius on an official visit from 4 to 6 May.", published="2025-05-05")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(visits) == 1
    assert visits[0].host_country == "LTU" and visits[0].visiting_country == "PRT"
    assert visits[0].status == EventStatus.HELD
    assert (visits[0].start, visits[0].end) == ("2025-05-04", "2025-05-06")


def test_a_domestic_official_in_his_capital_on_a_working_visit_is_no_visit(extract) -> None:
    ex = extract("ABUJA, May 5, 2025 (NAN) - Kano State Governor Musa Bello is in Abuja on a "
                 "working visit that ends on Friday.", published="2025-05-05")
    assert not [e for e in ex.events if e.kind == EventKind.VISIT]


def test_an_audience_told_in_the_passive_with_the_day_before_the_agent(extract) -> None:
    ex = extract("BISHKEK, May 9, 2025 (Kabar) - Latvian Foreign Minister Ilze Ozola was received "
                 "on Thursday by Kyrgyz President Almaz Temirov.", published="2025-05-09")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"Almaz Temirov", "Ilze Ozola"}
    assert meetings[0].start == "2025-05-08"


def test_an_audience_granted_in_the_passive(extract) -> None:
    ex = extract("RABAT, May 9, 2025 (MAP) - Senegalese Foreign Minister Awa Diop was granted an "
                 "audience by Moroccan Prime Minister Karim Alaoui on Thursday.",
                 published="2025-05-09")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"Karim Alaoui", "Awa Diop"}


def test_a_call_with_the_phone_told_after_the_one_spoken_with(extract) -> None:
    ex = extract("RIGA, May 12, 2025 (LETA) - Latvian Prime Minister Ilze Berzina spoke with "
                 "Uruguayan President Martin Sosa by telephone on Sunday.", published="2025-05-12")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert len(calls) == 1
    assert {p.name for p in calls[0].participants} == {"Ilze Berzina", "Martin Sosa"}


def test_a_leader_called_another_on_a_day(extract) -> None:
    ex = extract("MADRID, May 12, 2025 (EFE) - Spanish Prime Minister Luis Herrero called "
                 "Argentine President Tomas de la Vega on Tuesday to discuss the trade pact.",
                 published="2025-05-14")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert len(calls) == 1
    assert calls[0].start == "2025-05-13"


def test_a_call_taken_from_another_leader(extract) -> None:
    ex = extract("OSLO, May 12, 2025 (NTB) - Norwegian Prime Minister Erik Lunde took a call from "
                 "Canadian Prime Minister Anne Gagnon on Monday.", published="2025-05-12")
    assert [e.kind for e in ex.events] == [EventKind.CALL]


def test_called_a_name_or_a_company_called_is_no_call(extract) -> None:
    for text in ("WASHINGTON, May 12, 2025 (Reuters) - U.S. President Tom Reed called Russian "
                 "President Ivan Petrov a liar on Wednesday.",
                 "NEW YORK, May 12, 2025 (Reuters) - Acme Holdings formed a unit called Acme "
                 "Direct Inc to offer services in Canada and Mexico.",
                 "PARIS, May 12, 2025 (AFP) - French President Paul Marchand called on Chinese "
                 "President Li Wei on Tuesday to press Russia to end the war."):
        assert not [e for e in extract(text, published="2025-05-12").events
                    if e.kind == EventKind.CALL], text
