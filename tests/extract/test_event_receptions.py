"""Audiences and receptions (branch evreceive), sentences of our own: an office-holder who
receives, hosts or welcomes an office-holder of another state meets them (a meeting dated and
placed by its own clause); "the visiting Y" tells Y's visit as well; things received are
none. A plain "X received Y in <city>" stays Y's visit (one record)."""
from accords.vocab import EventKind


def _kinds(ex) -> list[str]:
    return sorted(e.kind.value for e in ex.events)


def test_received_the_visiting_leader_is_a_meeting_and_a_visit(extract) -> None:
    ex = extract("LUSAKA, May 9, 2026 - Zambian President Mwila Banda received the visiting "
                 "Malawian Vice President Grace Phiri in Lusaka on Friday.", published="2026-05-09")
    assert _kinds(ex) == ["meeting", "visit"]
    meeting = next(e for e in ex.events if e.kind == EventKind.MEETING)
    assert meeting.start == "2026-05-08" and meeting.place == "Lusaka"
    assert {p.name for p in meeting.participants} == {"Mwila Banda", "Grace Phiri"}
    assert meeting.host_country == "ZMB" and meeting.visiting_country == "MWI"


def test_hosted_a_reception_for_a_foreign_premier(extract) -> None:
    ex = extract("ACCRA, May 9, 2026 - Ghanaian President Kofi Mensah hosted a reception for "
                 "Togolese Prime Minister Ama Dogbe in Accra on Friday.", published="2026-05-09")
    assert _kinds(ex) == ["meeting"]  # one record: no "visiting" word


def test_received_in_audience_and_granted_an_audience(extract) -> None:
    ex = extract("LISBON, May 9, 2026 - Portuguese President Rui Matos received Spanish Foreign "
                 "Minister Lucia Ortega in audience on Friday.", published="2026-05-09")
    assert "meeting" in _kinds(ex)


def test_passive_received_by_the_host(extract) -> None:
    ex = extract("NAIROBI, May 9, 2026 - Ugandan President Peter Okello was received by Kenyan "
                 "President Daniel Kamau at State House on Friday.", published="2026-05-09")
    meeting = next(e for e in ex.events if e.kind == EventKind.MEETING)
    assert meeting.host_country == "KEN" and meeting.visiting_country == "UGA"


def test_courtesy_call_on_the_host(extract) -> None:
    ex = extract("BERLIN, May 9, 2026 - Polish Prime Minister Jan Nowicki paid a courtesy call on "
                 "German President Eva Schulte on Friday.", published="2026-05-09")
    meeting = next(e for e in ex.events if e.kind == EventKind.MEETING)
    assert meeting.host_country == "DEU" and meeting.visiting_country == "POL"


def test_things_received_are_no_audience(extract) -> None:
    for text in ("TOKYO, May 9, 2026 - Japanese Prime Minister Kenji Sato received a letter from "
                 "Chinese President Li Wei on Friday.",
                 "THE HAGUE, May 9, 2026 - Dutch Finance Minister Pieter de Wit welcomed "
                 "President Anna Berg's decision on Friday.",
                 "BRUSSELS, May 9, 2026 - Belgian Finance Minister Luc Peeters, who hosted the "
                 "talks, said French Finance Minister Marc Duval's proposals were useful."):
        assert not any(e.kind == EventKind.MEETING and "Meeting of" in e.title
                       for e in extract(text, published="2026-05-09").events), text


def test_plain_received_stays_the_guests_visit(extract) -> None:
    ex = extract("LUSAKA, May 9, 2026 - Zambian President Mwila Banda received Malawian Vice "
                 "President Grace Phiri in Lusaka on Friday.", published="2026-05-09")
    assert _kinds(ex) == ["visit"]


def test_an_audience_with_its_place_and_day_before_the_guest(extract) -> None:
    # agency style: "received in Jeddah on Thursday the Prime Minister of X"
    ex = extract("Saudi king receives Pakistani PM\nJEDDAH, May 5, 2031 (SPA) - The Custodian of "
                 "the Two Holy Mosques King Salman received in Jeddah on Thursday the Prime "
                 "Minister of Pakistan Shehbaz Sharif.", published="2031-05-05")
    assert any(e.kind.value in ("meeting", "visit") and len(e.participants) == 2
               for e in ex.events)
