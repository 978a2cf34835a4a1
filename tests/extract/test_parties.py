"""The parties of an organization's own instruments, on sentences of our own: an instrument
named by the organization (possessor, founding clause, its known name) is the organization's,
and one its members make among themselves takes the members the article names."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_treaty_establishing_an_organizations_constitution_is_the_organizations() -> None:
    (rec,) = _records('Voters will be asked: "Should Portugal approve the treaty establishing a '
                      'constitution for the European Union?"')
    assert set(rec["countries"]) == {"IGO:EU", "PRT"}


def test_an_instrument_known_by_name_belongs_to_its_organization() -> None:
    (rec,) = _records("DHAKA, May 4 - Trade between Nepal and Bhutan will grow once the South "
                      "Asian Free Trade Area Agreement takes effect in 2026.")
    assert "IGO:SAARC" in rec["countries"]
    (rec,) = _records("GENEVA, May 4 - Forty textile trading nations adopted a new Multi-Fibre "
                      "Arrangement protocol, Peru said.")
    assert "IGO:GATT" in rec["countries"]


def test_an_instrument_named_as_the_organization_has_it_as_party() -> None:
    (rec,) = _records("WASHINGTON, May 4 - The United States decided to consult the General "
                      "Agreement on Tariff and Trade to see whether Embraer is subsidised.")
    assert "IGO:GATT" in rec["countries"]


def test_members_named_in_the_article_join_their_organizations_instrument() -> None:
    (rec,) = _records("MUSCAT, May 4 - Ministers of the Gulf Cooperation Council will discuss "
                      "their customs union agreement next week. The six states - Bahrain, Kuwait, "
                      "Oman, Qatar, Saudi Arabia and the UAE - agreed in 1981 to integrate their "
                      "economies.")
    assert set(rec["countries"]) == {"IGO:GCC", "ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}
    (rec,) = _records("VIENNA, May 4 - Kuwait's oil minister said OPEC's current output agreement "
                      "would hold, although Iran and Venezuela want a review.")
    assert {"IGO:OPEC", "KWT", "IRN", "VEN"} <= set(rec["countries"])


def test_members_do_not_join_an_instrument_with_the_organization() -> None:
    recs = _records("LONDON, May 4 - Britain wants to agree a trade deal with the EU by October, "
                    "while France and Ireland insist on fishing rights.")
    assert recs and all("FRA" not in r["countries"] for r in recs)
    (rec,) = _records("JAKARTA, May 4 - Timor-Leste signed the Treaty of Amity and Cooperation in "
                      "Southeast Asia as a step towards membership, Indonesia and Malaysia said.")
    assert set(rec["countries"]) == {"IGO:ASEAN", "TLS"}


def test_a_closing_quotation_mark_is_not_part_of_a_party_name() -> None:
    (rec,) = _records('QUITO, May 4 - The minister said Ecuador would "sign a loan agreement with '
                      'the International Monetary Fund".')
    assert {p["name"] for p in rec["parties"]} == {"Ecuador", "International Monetary Fund"}


def test_an_organization_subject_of_the_instruments_relative_clause_makes_it() -> None:
    (rec,) = _records("VIENNA, May 4 - Venezuela refused to sign the accord, by which OPEC kept "
                      "its output ceiling unchanged, while Nigeria backed it.")
    assert {"IGO:OPEC", "VEN", "NGA"} <= set(rec["countries"])


def test_the_official_who_signs_with_a_state_stands_for_his_own() -> None:
    # Only the counterpart is a place; the subject is a person whose office and state the
    # article gives.
    (rec,) = _records("ROME, March 3, 2027 - Italian Finance Minister Carla Romano has signed a "
                      "debt relief deal with Malawi, the ministry said.")
    assert set(rec["countries"]) == {"ITA", "MWI"}


def test_the_articles_state_outside_the_organization_is_no_party_of_its_own_instrument() -> None:
    # The story is about Canada (named outright twice); the OPEC communique is OPEC's, among its
    # members, and Canada is none of them.
    text = ("OTTAWA, May 4 - Canada will keep its own oil output, Canadian officials said. The "
            "OPEC communique on oil output quotas was signed in Vienna on Friday.")
    recs = [r for r in _records(text) if "IGO:OPEC" in r["countries"]]
    assert recs and all("CAN" not in r["countries"] for r in recs)
