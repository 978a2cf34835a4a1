"""The stage an agreement record takes from the verb, tense and modality around its instrument
(round 8 audit causes), each on a sentence of our own: a modal or doubted signing is still to
come, a scheduled start of force is not force, "is to end its" pact and "under the" pact tell
one in force, and a year before the head (or a bare "under the deal") keeps the signature."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _status(text: str) -> str:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    (rec,) = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return str(rec["status"])


def test_could_sign_is_a_plan_not_a_signature() -> None:
    assert _status("LIMA, May 2 - Peru and Chile could sign a fisheries accord as early as "
                   "next week, officials said.") == "planned"


def test_a_signing_a_dispute_would_affect_has_not_happened() -> None:
    assert _status("PARIS, May 2 - Any border dispute would affect the signing of a trade deal "
                   "between Chile and Peru.") == "planned"


def test_a_signing_that_is_not_going_to_be_possible_is_still_negotiated() -> None:
    assert _status("LONDON, May 2 - Signing a free trade agreement with Canada is not going to "
                   "be possible by the end of the year, Britain's trade minister said.") \
        == "negotiating"


def test_due_to_come_into_effect_is_not_yet_in_force() -> None:
    assert _status("RIGA, May 2 - The new protocol between Chile and Peru, which is due to come "
                   "into effect on June 15, was agreed on Monday.") == "agreed"


def test_a_pact_that_is_to_end_is_in_force() -> None:
    assert _status("GENEVA, May 2 - The WTO is to end its Cotton Textiles Agreement at "
                   "midnight on 31 December.") == "in_force"


def test_what_a_pact_governs_tells_it_is_in_force() -> None:
    assert _status("OTTAWA, May 2 - Under the fishing accord covering 1990-95 between Canada "
                   "and Norway, Norway agreed to buy fish.") == "in_force"


def test_under_a_pact_with_a_year_keeps_its_signature() -> None:
    assert _status("CAIRO, May 2 - Under the 1995 Desert Locust Convention, Egypt and Sudan "
                   "committed themselves to spraying.") == "signed"


def test_reaching_and_signing_keep_their_stages() -> None:
    assert _status("LIMA, May 2 - Peru and Chile reached a fisheries accord on Monday.") \
        == "agreed"
    assert _status("LIMA, May 2 - Peru and Chile signed a fisheries accord on Monday.") \
        == "signed"
    assert _status("LIMA, May 2 - Peru and Chile are expected to sign a fisheries accord "
                   "next month.") == "planned"


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [(h["status"], h.get("date")) for r in recs for h in r["history"]]


def test_a_contact_clause_tells_the_stage_and_its_date() -> None:
    # "the accord Peru and Chile signed in March": a relative clause with no "which"
    assert _history("LIMA, May 2 - Peru gave aid under the fisheries accord Peru and Chile "
                    "signed in Lima in March.") == [("signed", "2021-03"),
                                                    ("implemented", "2021-05-02")]


def test_a_verb_across_a_clause_boundary_is_the_clause_before() -> None:
    text = ("QUITO, May 2 - A memorandum on fisheries between Peru and Chile was also signed, "
            "officials said, while a joint commission on water between Peru and Chile was "
            "agreed.")
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    got = {a.to_dict()["title"].split()[0]: a.to_dict()["status"]
           for a in consolidate(ex.agreements, ex.events, ex.people).agreements}
    assert got.get("Joint") == "agreed" and got.get("Memorandum") == "signed"


def test_pushing_for_the_conclusion_of_a_pact_is_negotiating() -> None:
    assert _status("LIMA, May 2 - Peru and Chile are working towards the signing of a "
                   "fisheries accord, officials said.") == "negotiating"
    assert _status("LIMA, May 2 - Peru and Chile pressed for the speedy conclusion of a "
                   "fisheries accord on Monday.") == "negotiating"


def test_they_included_takes_the_stage_of_the_documents_just_told() -> None:
    text = ("LIMA, May 2 - Peru and Chile agreed to speed up talks on a free trade agreement, as "
            "the two sides signed a series of cooperation documents. They included a memorandum "
            "of understanding on fisheries and an agreement on visa exemption.")
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    got = {a.to_dict()["title"].split()[0]: a.to_dict()["status"]
           for a in consolidate(ex.agreements, ex.events, ex.people).agreements}
    assert got.get("Memorandum") == "signed" and got.get("Free") == "negotiating"


# ---- ninth audit (branch agstatus5) ----

def test_an_accord_of_a_past_year_told_in_passing_was_signed_then() -> None:
    # "a 1985 accord", "a 1985 World Bank loan": made that year, as a treaty of a past year is
    assert _status("QUITO, May 2 - Ecuador also hopes to add 1.2 billion dlrs, rescheduled in "
                   "a 2016 accord, to the new package, officials said.") == "signed"


def test_a_loan_already_lent_was_made() -> None:
    # the money was handed over: the loan was carried out (agstatus10: implemented, as
    # "disbursed"; it was signed before)
    assert _status("MOSCOW, May 2 - China lent Russia six billion dlrs for the pipeline, the "
                   "ministry said.") == "implemented"


def test_a_hyphenated_implemented_is_no_stage() -> None:
    # "Computer-Implemented Inventions" is a name, not the treaty being carried out
    from accords.extract.cues import status_before
    found = status_before("The rules on Computer-Implemented Inventions amend Article 9 of ")
    assert found is None or found[0].value != "implemented"
    assert status_before("Both states have implemented ")[0].value == "implemented"


def test_an_agreement_that_was_sealed_was_signed() -> None:
    assert _status("LIMA, May 2 - The fisheries agreement between Chile and Peru was sealed on "
                   "Friday, officials said.") == "signed"


# Tenth audit (agstatus6): a past "negotiated", "implementation of" and a signing ceremony
# still to be held.
def test_a_past_negotiated_tells_talks_that_ended_in_the_deal() -> None:
    assert _status("LIMA, May 2 - The minister, who negotiated the fisheries accord between "
                   "Peru and Chile, said it was working well.") == "agreed"
    assert _status("LIMA, May 2 - The context differs from when the fisheries accord between "
                   "Peru and Chile was negotiated, a report said.") == "agreed"


def test_being_negotiated_is_still_negotiating() -> None:
    assert _status("LIMA, May 2 - The fisheries accord between Peru and Chile is still being "
                   "negotiated, a report said.") == "negotiating"


def test_discussing_the_implementation_of_an_agreement_means_it_was_agreed() -> None:
    assert _status("DOHA, May 2 - Officials of Peru and Chile will be discussing implementation "
                   "of last week's fisheries agreement, the agency said.") == "agreed"


def test_hoping_to_hold_a_signing_ceremony_is_a_plan() -> None:
    assert _status("LIMA, May 2 - Chile hopes to hold a signing ceremony in Santiago for the "
                   "fisheries accord with Peru by mid-June, a minister said.") == "planned"


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


# round 11 audit causes: a goal or a future start is not a stage reached; keeping a pact and
# breaking it tell it is in force; a denial of what others do is no rejection of the deal


def test_a_deadline_or_purpose_to_finalise_is_still_negotiated() -> None:
    assert _status('BRUSSELS, May 2 - The bloc\'s negotiator called June a "firm deadline" to '
                   "finalise a fisheries accord with Chile.") == "negotiating"
    assert _status("LIMA, May 2 - Peru and Chile met in Lima to conclude a fisheries "
                   "accord.") == "negotiating"
    assert _status("LIMA, May 2 - Peru and Chile decided to conclude a fisheries "
                   "accord.") == "planned"


def test_talks_that_will_start_are_planned() -> None:
    assert _status("ZAGREB, May 2 - The EU announced that it will start accession talks with "
                   "Serbia in June.") == "planned"


def test_a_denial_of_what_others_do_is_no_rejection() -> None:
    assert _records("LIMA, May 2 - PERU DENIES CHILEAN BANKS BALKING AT FISHERIES DEAL "
                    "WITH BOLIVIA") == []
    assert _status("LIMA, May 2 - The Peruvian congress denied the fisheries accord with "
                   "Chile.") == "rejected"


def test_keeping_to_or_contravening_a_pact_tells_it_is_in_force() -> None:
    assert _status("LIMA, May 2 - Even with Peru and Chile keeping to the fisheries accord, "
                   "stocks fell.") == "in_force"
    assert _status("LIMA, May 2 - The levy contravened the fisheries accord between Peru and "
                   "Chile, he said.") == "in_force"
    assert _status("LIMA, May 2 - Chile did not keep to the fisheries accord with Peru.") \
        == "in_force"


def test_a_pledge_to_keep_a_pact_is_no_fact_of_force() -> None:
    # a modal or an infinitive tells an intention: the stage is the one the name gives
    assert _status("TOKYO, May 2 - Japan would adhere to the 1978 Treaty of Peace between "
                   "Japan and China, he said.") == "signed"


def test_not_up_for_renegotiation_says_the_pact_stands() -> None:
    assert _status("MADRID, May 2 - Spain's EU rebate is not up for renegotiation at next "
                   "week's summit.") == "in_force"


def test_a_clause_on_the_subject_dates_the_subject_not_the_protocol() -> None:
    # (the protocol of the Brexit deal: named so that its sides are known, the UK and the EU)
    (rec,) = _records("LONDON, May 2 - Critics in Dublin say the Customs Bill, published on "
                      "Wednesday, is designed to undo part of the Northern Ireland Protocol of "
                      "the Brexit deal.")
    assert [h["date"] for h in rec["history"]] == [None]


def test_a_named_pact_in_passing_takes_no_future_date() -> None:
    (rec,) = _records("Travel is back. To meet the Paris Agreement's target of limiting "
                      "warming by 2030, we need to change how we fly.")
    assert [h["date"] for h in rec["history"]] == [None]


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    (rec,) = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [(str(h["status"]), h.get("date")) for h in rec["history"]]


def test_a_coordinated_later_stage_keeps_its_own_date() -> None:
    # "signed ... and entered into force ...": the second verb shares the instrument as subject
    assert _history("OSLO, May 2 - The border treaty between Peru and Chile was signed in 2001 "
                    "and entered into force in 2004.") == [("signed", "2001"), ("in_force", "2004")]


def test_a_coordinated_suspension_is_a_stage_of_its_own() -> None:
    assert _history("OSLO, May 2 - The fisheries accord between Peru and Chile was signed in "
                    "January and was suspended in March.") == [("signed", "2021-01"),
                                                                ("suspended", "2021-03")]


def test_a_second_clause_with_its_own_subject_is_not_a_stage_of_the_first() -> None:
    text = ("OSLO, May 2 - The fisheries accord between Peru and Chile was signed in January "
            "and Peru ratified a trade treaty with Chile in March.")
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    fish = next(r for r in recs if "isheries" in r["title"])
    assert [h["status"] for h in fish["history"]] == ["signed"]


def test_has_been_in_force_since_is_in_force() -> None:
    assert _status("OSLO, May 2 - Norway and Chile reviewed the implementation of the fisheries "
                   "agreement between the two countries, which has been in force since 2015.") \
        == "in_force"


def test_a_whose_clause_between_the_instrument_and_its_verb_is_skipped() -> None:
    # the clause tells something of the instrument's; the main verb after it tells its stage
    assert _status("OSLO, May 2 - The fisheries accord between Peru and Chile, whose quotas were "
                   "cut in 2012, expired last June.") == "terminated"


def test_a_second_relative_clause_tells_a_later_stage() -> None:
    assert _history("OSLO, May 2 - The settlement follows the fisheries agreement between Peru and "
                    "Chile, which the two countries signed in 2001 and which took effect in 2004.") \
        == [("signed", "2001"), ("in_force", "2004")]


def test_the_main_verb_after_a_participial_aside_is_a_later_stage() -> None:
    assert _history("OSLO, May 2 - The Lima accord between Peru and Chile, signed in the Peruvian "
                    "capital in March 2001, was suspended by Chile in May 2001.") \
        == [("signed", "2001-03"), ("suspended", "2001-05")]


def test_a_later_stage_in_the_instruments_own_relative_clause_after_its_date() -> None:
    # "signed a pact in 2019, which took effect in 2021": the relative clause after the pact's
    # own date tells a later stage of it, with its own date
    assert _history("NAIROBI, May 2 - Kenya and Ethiopia signed a defence agreement in 2019, "
                    "which took effect in 2021.") == [("signed", "2019"), ("in_force", "2021")]


def test_a_pact_that_remains_in_force_is_in_force_on_the_reports_day() -> None:
    assert _history("ACCRA, May 2 - The ministry said the Ghana-Togo agreement on the road "
                    "transport of goods, signed in 2015, remains in force.") == [
        ("signed", "2015"), ("in_force", "2021-05-02")]


def test_a_credit_that_has_been_disbursed_is_implemented() -> None:
    assert _history("PARIS, May 2 - France last year signed a structural adjustment credit with "
                    "Ivory Coast, which has been fully disbursed, the ministry added.") == [
        ("signed", "2020"), ("implemented", "2021-05-02")]


def test_the_year_in_a_name_is_not_the_date_of_a_later_stage_told_after_it() -> None:
    # "the 1965 fisheries agreement ... was terminated in January": made in 1965, ended in January
    assert _history("TOKYO, May 2 - Japan said the 1965 fisheries agreement with South Korea "
                    "was terminated in January.") == [("terminated", "2021-01")]


def test_a_date_still_to_come_does_not_take_the_years_place_in_a_name() -> None:
    # "the 1996 Ganga Water Treaty, which expires in 2026": the end of its period is no stage
    assert ("in_force", "1996") in _history(
        "DHAKA, May 2 - Talks on renewal of the 1996 Ganga Water Treaty between India and "
        "Bangladesh, which expires in 2026, would begin soon.")


def test_a_ratification_still_to_come_is_not_a_ratification() -> None:
    # "will ratify", "is expected to ratify": the future verb, not the bare "ratify", tells it
    assert _status("SOFIA, May 2 - Bulgaria will ratify the trade agreement with North "
                   "Macedonia next month.") == "planned"
    assert _status("NAIROBI, May 2 - Kenya is expected to ratify the trade agreement with "
                   "Uganda in June.") == "planned"


def test_a_time_adverbial_between_agreed_and_its_infinitive() -> None:
    # "agreed on Tuesday to extend": still their agreement, not a proposal to extend
    assert _status("DUBLIN, May 2 - Ireland and Britain agreed on Tuesday to extend the "
                   "fisheries agreement until 2025.") == "agreed"


def test_the_rest_of_the_sides_stands_between_the_instrument_and_its_verb() -> None:
    # the phrase ends at its first side; the enumeration goes on before the verb
    assert _status("MEXICO CITY, May 2 - The trade agreement between Mexico, Canada and the "
                   "United States came into force on Wednesday.") == "in_force"


def test_a_later_stage_sharing_the_auxiliary_of_the_first() -> None:
    # "was signed in 2020 and ratified last year": the "was" serves both participles
    assert _status("TUNIS, May 2 - The trade accord between Tunisia and Algeria was signed in "
                   "2020 and ratified last year.") == "ratified"
    assert _status("TUNIS, May 2 - The trade accord between Tunisia and Algeria, signed in "
                   "2020 and suspended in January, was later revived.") == "suspended"


def test_a_truce_that_collapsed_has_ended(extract):
    text = ("GENEVA, May 4, 2025 - Armenia accused Azerbaijan of breaking the ceasefire "
            "agreement, which collapsed last week.")
    assert [a.status.value for a in extract(text).agreements] == ["terminated"]


def test_a_wish_to_leave_leaves_the_pact_in_force(extract):
    text = ("ABUJA, May 4, 2025 - Nigeria wants to pull out of the OPEC quota agreement, the "
            "oil minister said.")
    assert [a.status.value for a in extract(text).agreements] == ["in_force"]


def test_a_truce_abandoned_has_ended_not_in_the_year_of_its_name(extract):
    text = ("GENEVA, May 4, 2025 - The 2019 ceasefire agreement between Armenia and Azerbaijan "
            "was abandoned after fighting resumed.")
    assert [(a.status.value, a.date) for a in extract(text).agreements] == [
        ("terminated", "2025-05-04")]


def test_a_treaty_no_longer_valid_has_ended(extract):
    text = ("CAIRO, May 4, 2025 - Sudan said its 1959 water treaty with Egypt was no longer "
            "valid.")
    assert [a.status.value for a in extract(text).agreements] == ["terminated"]


def test_speculation_that_an_accord_is_no_longer_valid_leaves_it_in_force(extract):
    text = ("TOKYO, May 4, 2025 - The yen rose on speculation that the currency accord between "
            "Japan and South Korea was no longer valid.")
    assert [a.status.value for a in extract(text).agreements] == ["in_force"]


# A lender's approval still to come (round 16 scale check: "is likely / expected to approve",
# "will probably approve", "is to be approved") is planned; the bare verb reads as approval given.
@pytest.mark.parametrize("text", [
    "ACCRA, May 2 - The African Development Bank is likely to approve a 50 mln dlr loan to "
    "Ghana later this year, an official said.",
    "ACCRA, May 2 - The World Bank is expected to approve a 100 mln dlr loan to Ghana next "
    "month, officials said.",
    "ACCRA, May 2 - The IMF will probably approve a 600 mln dlr loan to Ghana in June, "
    "officials said.",
    "ACCRA, May 2 - The IMF board is due to approve a 600 mln dlr loan to Ghana on Friday, "
    "officials said.",
])
def test_an_approval_still_to_come_is_planned(text: str) -> None:
    assert _status(text) == "planned"


@pytest.mark.parametrize("text", [
    "ACCRA, May 2 - The World Bank approved a 100 mln dlr loan to Ghana on Friday, officials "
    "said.",
    "ACCRA, May 2 - The World Bank said it has approved a 100 mln dlr loan to Ghana.",
])
def test_an_approval_given_stays_signed(text: str) -> None:
    assert _status(text) == "signed"


# A deal still to be struck ("will strike", "could clinch") is still being negotiated; a deal
# struck, even one that will do something, stays agreed.
@pytest.mark.parametrize("text,status", [
    ("ACCRA, May 2 - The minister said Ghana will strike a trade deal with Togo.",
     "negotiating"),
    ("ACCRA, May 2 - Ghana could clinch a defence pact with Togo, the minister said.",
     "negotiating"),
    ("ACCRA, May 2 - Ghana struck a trade deal with Togo on Friday, the minister said.", "agreed"),
    ("ACCRA, May 2 - Ghana and Togo reached a trade deal that will cut tariffs, the minister "
     "said.", "agreed"),
])
def test_a_deal_still_to_be_struck_is_negotiated(text: str, status: str) -> None:
    assert _status(text) == status


def test_the_clause_of_the_one_a_new_pact_replaces_is_not_its_stage() -> None:
    assert _status("ACCRA, May 2 - Ghana and Togo agreed on Saturday on the basic elements of "
                   "a new trade pact to replace the current one, which expires in October.") \
        == "agreed"
    assert _status("ACCRA, May 2 - Ghana and Togo are negotiating a new trade accord to "
                   "replace the existing one, which expires at the end of the year.") \
        == "negotiating"


# round 17 (agstatus): a signing put off is still to come; an instrument that ceases to apply
# has ended; a stage told in reported speech ("was being implemented, the minister said")


def test_a_postponed_signing_is_still_planned() -> None:
    assert _status("QUITO, May 2 - Ecuador and Peru postponed the signing of a border trade "
                   "accord.") == "planned"
    assert _status("QUITO, May 2 - Ecuador and Peru have again put off the formal signing of "
                   "their border trade accord.") == "planned"


def test_an_accord_that_ceases_to_apply_has_ended() -> None:
    assert _status("QUITO, May 2 - The 1998 border trade accord between Ecuador and Peru ceases "
                   "to apply under the new treaty.") == "terminated"


def test_an_accord_reported_as_being_implemented_is_implemented() -> None:
    assert _history("QUITO, May 2 - The border trade accord between Ecuador and Peru, signed in "
                    "March last year, was being implemented, the minister said.") == [
        ("signed", "2020-03"), ("implemented", "2021-05-02")]


def test_hoping_to_strike_a_deal_is_still_negotiating() -> None:
    assert _status("BRUSSELS, May 2 - The EU is bracing for hard talks on its budget, with the "
                   "Maltese presidency hoping to strike a deal with Britain at a June "
                   "summit.") == "negotiating"
    assert _status("QUITO, May 2 - Ecuador aims to clinch a border trade accord with Peru this "
                   "year.") == "negotiating"
    assert _status("QUITO, May 2 - Ecuador and Peru hope to sign a border trade accord next "
                   "month.") == "planned"
