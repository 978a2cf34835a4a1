"""The failure patterns of rules tuned to a few articles, each on a sentence of our own:
named accords in passing, negation and refusal, deals told by verbs, the dateline's city,
a weekday against the dateline's day, and the other party named in the next sentence."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_named_accord_in_passing_is_a_record_in_force() -> None:
    (rec,) = _records("OSLO, May 3 - The minister said the Bergen accord was still operative "
                      "and that Norway would keep working with Sweden on fish quotas.")
    assert "Bergen accord" in rec["title"] and rec["status"] == "in_force"


def test_refusal_to_sign_is_a_rejection() -> None:
    (rec,) = _records("ROME, June 2 - The minister criticised Brazil's refusal to sign up to "
                      "the Minamata convention on mercury.")
    assert rec["status"] == "rejected"


def test_yet_to_be_finalised_is_still_negotiating() -> None:
    (rec,) = _records("LIMA, Oct 20 - The fisheries agreement between Peru and Ecuador has yet "
                      "to be finalised, officials said.")
    assert rec["status"] == "negotiating"


def test_no_declaration_is_no_instrument() -> None:
    assert _records("ACCRA, May 5 - No joint declaration on trade between Ghana and Togo is "
                    "expected at the end of the visit, diplomats said.") == []


def test_a_loan_told_by_a_verb_has_both_parties() -> None:
    (rec,) = _records("MANILA, March 10 - Japan will lend the Philippines 300 mln dlrs to "
                      "rebuild roads after the typhoon, the finance minister said.")
    assert rec["status"] == "planned" and set(rec["countries"]) == {"JPN", "PHL"}
    assert "finance" in rec["topics"]


def test_agreeing_to_open_a_link_is_an_arrangement() -> None:
    (rec,) = _records("HANOI, Feb 17 - Vietnam and Laos agreed on Thursday to open a rail link "
                      "between Vientiane and Hanoi.")
    assert rec["kind"] == "arrangement" and rec["status"] == "agreed"
    assert set(rec["countries"]) == {"LAO", "VNM"} and "transport" in rec["topics"]


def test_the_dateline_city_is_not_a_party() -> None:
    recs = _records("PARIS, March 6 - The Louvre accord was still operative, central bankers "
                    "from Japan and Canada said.")
    assert recs and all("FRA" not in r["countries"] for r in recs)


def test_a_weekday_in_the_sentence_beats_the_datelines_day() -> None:
    (rec,) = _records("ACCRA, Tuesday, June 9, 2026 - Ghana and Togo signed a customs agreement "
                      "on Friday, officials said.", published="2026-06-09")
    assert [h["date"] for h in rec["history"]] == ["2026-06-05"]


def test_the_other_party_named_in_the_next_sentence_joins() -> None:
    (rec,) = _records("ACCRA, June 9 - Ghana signed a defence cooperation agreement on Monday.\n"
                      "The agreement was signed with Togo's defence minister in the capital.")
    assert set(rec["countries"]) == {"GHA", "TGO"}


def test_a_bare_loan_with_one_state_is_a_word_not_an_instrument() -> None:
    assert _records("JAKARTA, May 4 - Indonesia said on Monday that loans had helped its "
                    "farmers, and that it had signed loans worth 300 mln dlrs last year.") == []
    (rec,) = _records("JAKARTA, May 4 - Indonesia and Japan signed a 300 mln dlr loan "
                      "agreement on Monday, officials said.")
    assert set(rec["countries"]) == {"IDN", "JPN"}


def test_states_listed_with_their_creditors_have_one_agreement_each() -> None:
    recs = _records("LIMA, May 4 - Peru, Bolivia and Ecuador have all reached agreement with "
                    "commercial banks on debt rescheduling, the minister said.")
    assert sorted(r["countries"] for r in recs) == [["BOL"], ["ECU"], ["PER"]]
    assert all(r["status"] == "agreed" for r in recs)


def test_a_pact_at_home_is_no_instrument() -> None:
    assert _records("LONDON, July 25 - Britain's Labour party agreed the Warwick agreement "
                    "with the trade unions on pensions on Sunday.") == []
    assert _records("WASHINGTON, March 25 - The United States Congress approved a rescue "
                    "package for the airlines on Wednesday.") == []


def test_hoping_to_strike_a_pact_is_a_record_to_come() -> None:
    (rec,) = _records("NAIROBI, May 4 - Kenya hopes to strike a similar debt relief pact with "
                      "its Paris Club creditors next month, the finance minister said.")
    # (a hoped-for deal is still negotiated: round-15 audit, agstatus)
    assert rec["status"] in ("planned", "proposed", "negotiating")
    assert set(rec["countries"]) == {"KEN", "IGO:ParisClub"}


def test_words_that_only_look_like_instruments_or_meetings() -> None:
    for text in ("LIMA, May 4 - The World Bank said Peru did not accord high priority to the "
                 "deal with its creditors.",
                 "LONDON, May 4 - The North Atlantic Treaty Organisation said Britain and France "
                 "would send troops.",
                 "CHICAGO, May 4 - The U.S. Treasury bond contract fell as Japan sold dollars.",
                 "WASHINGTON, Aug 27 - The Republican National Convention cheered the President "
                 "as Mexico watched."):
        assert _records(text) == [], text
    (ex,) = extract_batch([Document.from_text(
        "a.txt", "BRUSSELS, May 4 - Portugal and Spain are far from meeting the Lisbon targets, "
        "the report said.")])
    assert ex.events == []


def test_the_end_of_a_period_is_not_a_stage_date() -> None:
    (rec,) = _records("MINSK, April 11, 2025 - Belarus and Pakistan signed a roadmap on "
                      "cooperation in agriculture for 2025–2027 on Friday, officials said.",
                      published="2025-04-11")
    assert [h["date"] for h in rec["history"]] == ["2025-04-11"] and not rec["conflicts"]


def test_plural_instruments_with_two_counterparts_are_one_with_each() -> None:
    records = _records("OSLO, May 3 - Norway signed a fisheries agreement with Iceland on "
                       "Tuesday. Norway has similar agreements with Denmark and Sweden, which "
                       "took effect in 2021.")
    pairs = {tuple(r["countries"]) for r in records}
    assert {("DNK", "NOR"), ("NOR", "SWE"), ("ISL", "NOR")} <= pairs
    similar = [r for r in records if "DNK" in r["countries"]]
    assert similar[0]["topics"] == [r for r in records if "ISL" in r["countries"]][0]["topics"]


def test_an_instrument_a_state_holds_is_in_force_with_the_body_it_holds_it_with() -> None:
    (rec,) = _records("LIMA, May 3 (Reuters) - Peru also holds a currency swap line with the "
                      "Bank of Korea, which it has tapped to pay for imports.")
    assert rec["status"] == "in_force" and "PER" in rec["countries"]


def test_wanting_to_have_an_instrument_is_not_having_it() -> None:
    records = _records("LIMA, May 3 (Reuters) - Peru and Chile are pushing to have a fisheries "
                       "deal in place by the end of the year.")
    assert all(r["status"] != "in_force" for r in records)


def test_one_state_s_instruments_with_two_others_stay_two() -> None:
    records = _records("LIMA, May 3 (Reuters) - Peru and Ecuador renewed a currency swap "
                       "agreement for three more years. Peru also holds a swap line with "
                       "Chile, the central bank said.")
    assert {tuple(r["countries"]) for r in records} == {("ECU", "PER"), ("CHL", "PER")}


def test_the_conclusion_of_negotiations_on_an_instrument_finalizes_it() -> None:
    (rec,) = _records("SANTIAGO, May 3 (Reuters) - Chile and Peru announced the conclusion of "
                      "negotiations on a fisheries agreement on Tuesday.")
    assert rec["status"] == "finalized"


def test_a_state_and_the_organization_it_deals_with_are_the_two_sides() -> None:
    records = _records(
        "NEW DELHI, May 3 (Reuters) - India and the European Union announced a trade deal. "
        "The European Union will open an office in Mumbai, the European Union said. "
        "Negotiations on a separate investment protection agreement are continuing, "
        "the minister said.")
    investment = [r for r in records if "investment" in r["title"].lower()]
    assert investment and investment[0]["countries"] == ["IGO:EU", "IND"]


def test_counterparts_listed_after_such_as_each_have_their_own() -> None:
    records = _records("OSLO, Aug 3 (Reuters) - Norway is also considering fisheries "
                       "arrangements with other coastal countries, such as Iceland and Canada.")
    assert {tuple(r["countries"]) for r in records} == {("ISL", "NOR"), ("CAN", "NOR")}


def test_a_joint_venture_is_investment_and_business_travel_is_visa() -> None:
    from accords.extract.cues import topics_in
    assert "investment" in topics_in("agreement on a joint venture for an alumina plant")
    assert "visa" in topics_in("an arrangement to facilitate essential business travel")


def test_the_agents_of_a_passive_signing_are_the_parties() -> None:
    (rec,) = _records("VIENNA, Aug 21 (Reuters) - The nuclear accord, signed in 2015 by Iran, "
                      "China, France and Germany, is under strain, diplomats said.")
    assert set(rec["countries"]) == {"IRN", "CHN", "FRA", "DEU"}


def test_reached_by_a_deadline_names_no_party() -> None:
    from accords.extract.parties import _BY_AGENTS
    assert _BY_AGENTS.match(" can be reached by 15 October") is None
    assert _BY_AGENTS.match(" reached by the end of the year") is None


def test_the_instrument_s_own_relative_clause_tells_its_stage() -> None:
    (rec,) = _records("LIMA, May 3 (Reuters) - The minister praised the committee for its work "
                      "in the latest negotiations and said the "
                      "fisheries agreement between Peru and Chile, which was announced on "
                      "Wednesday, would help both fleets.")
    assert rec["status"] == "agreed"


def test_a_loan_of_one_state_with_no_one_abroad_is_business_at_home() -> None:
    assert _records("PARIS, May 3 (Reuters) - The government has still to sign off on a loan "
                    "to Renault, so there will be hard bargaining with the unions.") == []


def test_a_state_s_credit_to_another_and_its_rescheduling_with_its_banks_are_kept() -> None:
    assert _records("HAVANA, March 22 - Spain has granted Cuba a 25 mln dlr credit line for "
                    "the purchase of Spanish goods.")
    (rec,) = _records("CARACAS, March 22 - Venezuela signed a rescheduling agreement with its "
                      "bank advisory committee on Friday.")
    assert rec["countries"] == ["VEN"]


def test_people_who_signed_stand_for_their_states() -> None:
    (rec,) = _records("SUVA, May 3 (Reuters) - The Ocean Union treaty was signed by Australian "
                      "Prime Minister Anthony Albanese and Fijian Prime Minister Sitiveni Rabuka.")
    assert set(rec["countries"]) == {"AUS", "FJI"}
    assert all(p["type"] == "state" for p in rec["parties"])


def test_a_communique_that_says_something_is_a_press_release() -> None:
    assert _records("QUITO, May 3 (Reuters) - Ecuador and Peru will cut petrol sales, an "
                    "Energy Ministry communique said.") == []


def test_opposition_leaders_statement_is_politics_at_home() -> None:
    from accords.extract.instruments import find_phrases
    from accords.extract.parties import domestic_subject
    text = "Top opposition leaders signed a joint statement on Sunday."
    (p,) = find_phrases(text)
    assert domestic_subject(text, p, text.index("signed"))
    text = "Both parties signed a joint statement on Sunday."
    (p,) = find_phrases(text)
    assert not domestic_subject(text, p, text.index("signed"))


def test_a_budget_accord_of_one_state_is_politics_at_home() -> None:
    assert _records("BRUSSELS, March 2 (Reuters) - The Belgian government reached an accord on "
                    "budgetary economies on Sunday.") == []


def test_an_accord_of_one_state_naming_its_counterpart_is_kept() -> None:
    (rec,) = _records("NIAMEY, May 3 (Reuters) - The junta also suspended a 2022 defence "
                      "cooperation agreement with neighbouring Benin.")
    assert "BEN" in rec["countries"]


def test_the_place_after_the_signers_is_not_a_party() -> None:
    (rec,) = _records("SUVA, May 3 (Reuters) - The Ocean Union treaty was signed by Australian "
                      "Prime Minister Anthony Albanese and then Fijian Prime Minister Sitiveni "
                      "Rabuka on the sidelines of a summit in Rarotonga, in the Cook Islands.")
    assert set(rec["countries"]) == {"AUS", "FJI"}


def test_the_named_members_of_a_list_after_a_dash_are_parties() -> None:
    (rec,) = _records("DUBAI, Aug 20 (Reuters) - Iran signed the 2015 accord on nuclear energy "
                      "between Iran and six major powers - Britain, China, France, Germany, "
                      "Russia and the United States - in Vienna.")
    assert set(rec["countries"]) == {"IRN", "GBR", "CHN", "FRA", "DEU", "RUS", "USA"}


def test_anglo_is_british_in_a_pair_of_names() -> None:
    from accords.annotate.gazetteer import gazetteer
    assert [p.code for p in gazetteer().find("the Anglo-Irish Agreement")] == ["GBR", "IRL"]
    assert [p.code for p in gazetteer().find("Anglo American said")] == ["USA"]


def test_stage_words_of_plans_deadlines_and_withdrawals() -> None:
    from accords.extract.cues import status_after, status_before
    from accords.vocab import Status
    assert status_after(" are due to be agreed at a summit in March") == Status.PLANNED
    assert status_before("Johnson now has roughly five weeks to agree ")[0] == Status.NEGOTIATING
    assert status_before("key decisions such as the US withdrawal from the ")[0] == \
        Status.TERMINATED


def test_the_venue_s_state_is_not_a_party_of_an_organization_s_pact() -> None:
    records = _records("LAGOS, June 19 - OPEC ministers meeting in Vienna next week will keep the "
                       "price and production agreement signed in December. OPEC ministers meet "
                       "in Vienna twice a year. The ministers in Vienna will also discuss quotas.")
    assert records and all("AUT" not in r["countries"] for r in records)


def test_two_differently_named_instruments_of_one_article_stay_two() -> None:
    records = _records(
        "NEW DELHI, Jan 27 (Reuters) - India and the European Union on Tuesday concluded a free "
        "trade agreement. Negotiations on a separate agreement on geographical indications "
        "between India and the European Union are continuing, the minister said.")
    assert len(records) == 2


def test_an_arrangement_between_two_states_needs_no_topic() -> None:
    (rec,) = _records("LIMA, May 3 (Reuters) - The port has been run since 1992 under an interim "
                      "arrangement between Lima and Santiago, officials said.")
    assert set(rec["countries"]) == {"PER", "CHL"}


def test_a_named_working_group_of_one_state_is_no_mechanism_between_states() -> None:
    assert _records("WASHINGTON, May 3 (Reuters) - The White House agreed to set up a Pandemic "
                    "Supply Working Group on testing, the U.S. official said.") == []


def test_a_relative_clause_with_its_own_subject_tells_the_stage() -> None:
    from accords.extract.cues import status_after
    from accords.vocab import Status
    assert status_after(" that the two governments adopted in 2006") == Status.SIGNED
    assert status_after(" that Chile and Bolivia signed in 2006") == Status.SIGNED
    assert status_after(" that experts expect") is None


def test_a_numbered_agenda_between_two_states_needs_no_topic() -> None:
    (rec,) = _records("SANTIAGO, May 3 (Reuters) - The foreign ministers of Chile and Peru met for "
                      "two days as part of a 13-point agenda that the two governments adopted "
                      "in 2006.")
    assert rec["kind"] == "roadmap" and rec["status"] == "signed"


def test_a_ceasefire_rebels_sign_with_the_government_is_kept() -> None:
    records = _records("BOGOTA, May 3 (Reuters) - The rebels signed a ceasefire agreement with "
                       "Colombia on Tuesday, officials said.")
    assert records and records[0]["countries"] == ["COL"]


def test_background_word_yields_to_the_instruments_own_verb() -> None:
    # "under" says the pact exists; "reached" tells its stage
    (rec,) = _records("DHAKA, May 4 - Under a trade pact with Bangladesh reached last March, "
                      "India was to open its market to cloth.")
    assert rec["status"] == "agreed"


def test_current_or_existing_instrument_is_in_force() -> None:
    (rec,) = _records("MANILA, May 4 - Under the existing pact, Vietnam and the Philippines can "
                      "borrow from regional banks to fund rice reserves.")
    assert rec["status"] == "in_force"


def test_verb_of_the_current_deal_is_not_the_new_deals() -> None:
    recs = _records("ACCRA, May 4 - Ghana's current loan agreement with the World Bank expires "
                    "in June and the new deal would give it more support for schools.")
    assert [r["status"] for r in recs] == ["in_force"]


def test_no_shared_verb_across_a_semicolon() -> None:
    recs = _records("NAIROBI, May 4 - Kenya and Uganda signed a transport protocol; a customs "
                    "deal between the two countries remains elusive.")
    assert all("customs" not in r["title"].lower() or r["status"] != "signed" for r in recs)


def test_a_stage_reached_is_not_undone_by_a_verb_of_discussion() -> None:
    recs = _records("NAIROBI, May 4 - The ministers will discuss the trade accord reached by "
                    "Kenya and Tanzania last May.")
    assert [r["status"] for r in recs] == ["agreed"]


def test_a_later_stage_before_a_reduced_relative_holds() -> None:
    (rec,) = _records("NAIROBI, May 4 - Kenya accused Tanzania of violating the trade accord "
                      "signed by the two countries in 1990.")
    assert rec["status"] == "in_force"


def test_awaiting_approval_is_a_plan_and_the_previous_clause_keeps_its_verb() -> None:
    recs = _records("VIENTIANE, May 4 - The package includes a credit from Japan, which its "
                    "cabinet approved in May, and a loan from the Asian Development Bank to Laos "
                    "that is still awaiting approval.")
    by = {("loan" if "Loan" in r["title"] else "credit"): r["status"] for r in recs}
    assert by == {"loan": "planned", "credit": "signed"}


def test_not_honouring_a_pact_is_a_breach_of_one_in_force() -> None:
    (rec,) = _records("LIMA, May 4 - Peru said Chile did not honour the fisheries agreement "
                      "between the two countries.")
    assert rec["status"] == "in_force"


def test_agreeing_to_extend_is_an_agreement() -> None:
    (rec,) = _records("ACCRA, May 4 - Ghana and Togo agreed to extend their power supply "
                      "agreement.")
    assert rec["status"] == "agreed"


def test_a_rush_to_strike_a_deal_is_a_negotiation() -> None:
    (rec,) = _records("NAIROBI, May 4 - Kenya faces a rush to strike a trade deal with Britain "
                      "before the end of the year.")
    assert rec["status"] == "negotiating"


def test_first_proposed_in_the_passive_is_a_proposal() -> None:
    (rec,) = _records("LUSAKA, May 4 - A debt rescheduling agreement between Zambia and the Paris "
                      "Club was first proposed in March.")
    assert rec["status"] == "proposed"


def test_time_for_a_state_to_strike_a_deal_is_a_negotiation() -> None:
    (rec,) = _records("NAIROBI, May 4 - The next challenge is the rush for Kenya to strike a "
                      "trade deal with Britain.")
    assert rec["status"] == "negotiating"


def test_an_instrument_to_be_revised_is_in_force() -> None:
    (rec,) = _records("OSLO, May 3 - The Bergen Fisheries Agreement between Norway and Sweden "
                      "will be revised, a ministry official said.")
    assert rec["status"] == "in_force"


def test_rejecting_accusations_is_not_rejecting_the_instrument() -> None:
    # the rejection is of the accusations; breaking the pact says it is in force
    (rec,) = _records("LIMA, May 4 - Peruvian officials rejected accusations that Peru had "
                      "broken the fisheries agreement with Ecuador.")
    assert rec["status"] == "in_force"


def test_how_to_apply_an_instrument_is_one_in_force() -> None:
    (rec,) = _records("LIMA, May 4 - Peru and Ecuador met to discuss how to apply the "
                      "fisheries agreement between the two states.")
    assert rec["status"] == "in_force"


def test_an_instrument_an_object_dates_back_to_is_not_replaced() -> None:
    # "replaces" governs "arrangements"; the treaty is only where they come from
    (rec,) = _records("LIMA, May 4 - The pact replaces arrangements dating back to the 1977 "
                      "Treaty of Friendship between Peru and Ecuador.")
    assert "Treaty of Friendship" in rec["title"] and rec["status"] == "signed"


def test_when_an_instrument_starts_is_a_start_to_come() -> None:
    (rec,) = _records("LIMA, May 4 - Trade between Peru and Ecuador is expected to grow from "
                      "2012 when the Andean Customs Union Agreement starts.", "2010-05-04")
    assert rec["status"] == "planned"


def test_an_instrument_that_has_produced_results_is_implemented() -> None:
    recs = _records("LIMA, May 4 - The minister said the Cusco accord between Peru and Ecuador "
                    "had produced stability in fish prices.")
    assert [r["status"] for r in recs] == ["implemented"]
    recs = _records("LIMA, May 4 - Any hard border would threaten the Cusco Agreement that "
                    "ended decades of violence between Peru and Ecuador.")
    assert [r["status"] for r in recs] == ["implemented"]


def test_a_clause_starting_later_does_not_undo_a_signing() -> None:
    (rec,) = _records("LIMA, May 4 - Peru and Ecuador signed a trade agreement, which starts "
                      "in June.", "2010-05-04")
    assert rec["status"] == "signed"


def test_what_an_ended_instrument_does_does_not_undo_its_ending() -> None:
    (rec,) = _records("BRUSSELS, May 4 - Last year, Norway terminated an agreement with the EU "
                      "which limits the aid states can give to shipyards.")
    assert rec["status"] == "terminated"


def test_a_past_year_before_the_noun_tells_an_instrument_made_then() -> None:
    # a year before the noun, and a debt verb of the instrument's own clause for its topic
    (rec,) = _records("QUITO, May 4 - Ecuador also wants to add another 2.1 billion dlrs, "
                      "rescheduled in a 1984 accord, to the new package, officials said.",
                      "1986-05-04")
    # (signed: an accord of a past year was concluded then, as the gold sets read it)
    assert rec["status"] == "signed" and rec["history"][-1]["date"] == "1984"
    assert "finance" in rec["topics"] and rec["title"].startswith("1984 accord")
    (rec,) = _records("SANTIAGO, May 4 - Lawyers said the ruling went against the 1929 "
                      "Chile-Peru border treaty.", "2010-05-04")
    assert rec["status"] == "signed" and rec["history"][-1]["date"] == "1929"
    # a year still to come names a plan, not a stage
    assert _records("SANTIAGO, May 4 - Lawyers said the ruling went against the 2030 "
                    "Chile-Peru border treaty.", "2010-05-04") == []


def test_an_instruments_age_says_it_is_in_force_undated() -> None:
    (rec,) = _records("SANTIAGO, May 4 - Ministers of Chile and Peru will review their "
                      "two-year-old fisheries pact in Lima next month, officials said.",
                      "2010-05-04")
    assert rec["status"] == "in_force" and rec["history"][-1]["date"] is None


def test_an_instrument_that_did_something_in_a_past_clause_was_agreed() -> None:
    (rec,) = _records("SANTIAGO, May 4 - The coast was calm until 1990, when a pact between "
                      "Chile and Peru ended the quarrel over fishing grounds.", "2010-05-04")
    assert rec["status"] == "agreed" and rec["history"][-1]["date"] == "1990"
    assert _records("SANTIAGO, May 4 - Officials said that if a pact between Chile and Peru "
                    "ended the quarrel over fishing grounds, exports would rise.",
                    "2010-05-04") == []


def test_an_instrument_that_has_ended_is_over_one_that_ended_a_war_works() -> None:
    (ended,) = _records("MONROVIA, May 4, 2027 - The ceasefire agreement between Liberia and "
                        "Guinea has ended, officials said.")
    assert ended["status"] == "terminated"
    (working,) = _records("BELFAST, May 4, 2027 - The peace agreement between Britain and "
                          "Ireland, which ended decades of violence, is under strain.")
    assert working["status"] == "implemented"
