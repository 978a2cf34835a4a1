"""What the dependency parse, the pairs of names and the stage words of this round do, each on
a sentence of our own (none copied from an annotated article)."""
from __future__ import annotations

from accords.annotate.context import nlp
from accords.annotate.gazetteer import gazetteer
from accords.annotate.published import document_dates
from accords.annotate.syntax import Parse
from accords.consolidate.run import consolidate
from accords.extract.instruments import find_phrases, trim_to_parse
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _trimmed(sentence: str) -> list[tuple[str, str]]:
    parse = Parse.of(nlp()(sentence))
    return [(p.modifiers, p.complement)
            for p in trim_to_parse(sentence, find_phrases(sentence), parse)]


def test_a_complement_ends_where_another_clause_begins() -> None:
    ((_, complement),) = _trimmed('"We stand by the Lusaka declaration on regional water use," '
                                  "the envoy told reporters.")
    assert complement == "on regional water use"


def test_a_main_verb_after_the_instrument_is_not_its_complement() -> None:
    ((_, complement),) = _trimmed("Fishermen seeking a fairer deal from the regional council "
                                  "blocked the harbour on Monday.")
    assert complement == "from the regional council"


def test_words_before_the_head_that_do_not_depend_on_it_are_not_its_modifiers() -> None:
    ((modifiers, _),) = _trimmed("The envoy told the Gazette he expected agreement with several "
                                 "neighbours could be reached.")
    assert modifiers == ""


def test_names_in_a_hyphenated_pair_are_found_but_not_after_a_prefix() -> None:
    codes = [p.code for p in gazetteer().find("the Chile-Peru pact and a Sino-Indian accord")]
    assert codes == ["CHL", "PER", "CHN", "IND"]
    assert gazetteer().find("anti-American protests and non-EU states") == []


def test_a_hyphenated_pair_names_both_parties() -> None:
    (rec,) = _records("LIMA, May 4 - The Chile-Peru fisheries agreement was signed on Monday.",
                      published="2021-05-04")
    assert set(rec["countries"]) == {"CHL", "PER"}


def test_no_movement_on_an_agreement_does_not_deny_it() -> None:
    recs = _records("ACCRA, May 5 - There was no movement on the Ghana-Togo border agreement, "
                    "which was finalised in 2019 but has yet to be signed.",
                    published="2024-05-05")
    assert len(recs) == 1


def test_renewed_instruments_are_signed_stages() -> None:
    recs = _records("NAIROBI, June 3 - Kenya and Uganda renewed the MoU on cultural exchange, "
                    "the agreement on fisheries cooperation and the MoU on disaster management.",
                    published="2022-06-03")
    assert len(recs) == 3 and {r["status"] for r in recs} == {"signed"}


def test_instruments_listed_by_field_after_a_count_take_the_parties_before() -> None:
    recs = _records("DAKAR, March 2 - Senegal and Mali on Tuesday signed five agreements.\n\n"
                    "Among the agreements signed were those on road transport, customs and "
                    "livestock.", published="2021-03-02")
    fields = sorted(r["title"] for r in recs if "between" not in r["title"].lower())
    assert any("road transport" in t for t in fields)
    assert all(set(r["countries"]) == {"MLI", "SEN"} for r in recs)


def test_a_capitalized_complement_names_a_treaty_in_passing() -> None:
    recs = _records("QUITO, July 1 - Both sides invoked the Treaty of Friendship and Navigation "
                    "between Ecuador and Colombia during the talks.", published="2020-07-01")
    assert any("Friendship" in r["title"] for r in recs)


def test_a_relative_clause_gives_the_stage() -> None:
    (rec,) = _records("RABAT, July 9 - Morocco and Tunisia are linked by a transport agreement "
                      "that entered into force in 2011.", published="2023-07-09")
    assert rec["status"] == "in_force"


def test_a_header_date_after_an_agency_dateline_is_the_publication_date() -> None:
    text = "Title\n\nQUITO, Ecuador (AP) — Published: 2019-02-03\n\nThe body."
    assert document_dates(text).published == "2019-02-03"


def test_a_title_case_place_before_a_full_date_is_a_dateline() -> None:
    assert document_dates("Title\n\nLusaka, March 4, 2021 (ZNBC) – Zambia and Malawi signed "
                          "a trade deal.").published == "2021-03-04"
    assert document_dates("Title\n\nAMMAN, May 5, 2020. /Petra/. Jordan said.").published \
        == "2020-05-05"


def test_a_sentence_ending_in_a_yearless_date_is_no_dateline() -> None:
    text = "Tablet ready to go\n\nAcme's Portable Tablet (APT) will go on sale on 12 December."
    assert document_dates(text).published is None


def test_an_instrument_word_used_as_a_verb_is_no_instrument() -> None:
    assert _records("NAIROBI, May 2 - Kenya and Uganda said the new plans deal with aid and "
                    "trade between the two countries.", published="2021-05-02") == []


def test_the_current_instrument_and_the_new_one_are_two() -> None:
    recs = _records("ACCRA, May 5 - Ghana's current $1.2bn loan agreement with the IMF expires in "
                    "June and the new deal would run until 2027.\n\nThe finance minister said the "
                    "two sides had reached agreement on a new three-year programme.",
                    published="2024-05-05")
    assert len(recs) == 2


def test_a_country_named_as_the_venue_is_no_party() -> None:
    (rec,) = _records("BRUSSELS, April 26 - European Community ministers meeting in Luxembourg "
                      "reached a farm price agreement with Hungary.", published="1987-04-26")
    assert "LUX" not in rec["countries"]


def test_wire_datelines_of_many_agencies_name_no_party() -> None:
    for line in ("BANGKOK, Jan. 9, 2024 (Xinhua) -- ", "MOSCOW, March 10, 2018. /TASS/. ",
                 "NAIROBI (AFP) - ", "Lima, June 2, 2021 (Andina) – "):
        (rec,) = _records(line + "Ghana and Togo signed a new border protocol on Monday.",
                          published="2021-06-04")
        assert set(rec["countries"]) == {"GHA", "TGO"}, line


def test_a_company_signing_is_no_state_instrument() -> None:
    assert _records("CARACAS, March 3 - Petroleos de Venezuela signed a 25-year agreement with "
                    "Union Pacific to supply crude oil to its refinery in Texas, the United "
                    "States.", published="1987-03-03") == []


def test_two_loans_of_different_sums_stay_two_across_articles() -> None:
    from accords.naming import amounts
    (ex1, ex2) = extract_batch([
        Document.from_text("a.txt", "BEIJING, March 2 - China signed a 130 mln dlr loan "
                           "agreement with the World Bank for a port.", published="1987-03-02"),
        Document.from_text("b.txt", "BEIJING, March 7 - China signed a 70 mln dlr loan "
                           "agreement with the World Bank for machine tools.",
                           published="1987-03-07")])
    assert amounts(ex1.agreements[0]) == {130e6} and amounts(ex2.agreements[0]) == {70e6}
    records = consolidate(ex1.agreements + ex2.agreements, [], []).agreements
    assert len(records) == 2


def test_hoping_to_strike_a_deal_is_not_done_and_reaching_one_is_not_done() -> None:
    # (hoping to strike a deal is still negotiating, not a signing both sides scheduled: the
    # round-15 audit judged "planned" wrong on this very construction; agstatus)
    (rec,) = _records("LUXEMBOURG, May 3 - The Luxembourg presidency is hoping to strike a deal "
                      "on the EU budget at a June summit.", published="2005-05-03")
    assert rec["status"] == "negotiating"
    (rec,) = _records("BRUSSELS, Aug 22 - Reaching a trade deal between the EU and Britain "
                      "will be tough, both sides said.", published="2020-08-22")
    assert rec["status"] != "agreed"


def test_general_cooperation_instruments_have_their_topics() -> None:
    from accords.extract.cues import topics_in
    assert "comprehensive_cooperation" in topics_in("a Treaty of Amity and Cooperation")
    assert "diplomatic_relations" in topics_in("an agreement on the normalisation of relations")
    assert "environment" in topics_in("a water-sharing agreement on the river")
    assert "labour_migration" in topics_in("a memorandum on mobility and migration")
    assert "peace_security" in topics_in("a bilateral security treaty")


def test_a_recent_agreement_named_without_a_verb_is_one_that_exists() -> None:
    (rec,) = _records("GENEVA, May 2 - The recent Chile-Peru agreement on fishing quotas provided "
                      "a model for others, the official said.", published="2021-05-02")
    assert rec["status"] == "agreed" and set(rec["countries"]) == {"CHL", "PER"}


def test_two_instruments_joined_by_and_stay_two() -> None:
    recs = _records("LIMA, May 2 - The minister recalled that the IMF approved a 1.3 billion dlr "
                    "stand-by loan and a longer-term credit for Peru in February.",
                    published="1987-05-02")
    assert len(recs) == 2


def test_a_relative_clause_announcing_an_instrument_says_it_was_agreed() -> None:
    from accords.extract.cues import status_after
    from accords.vocab import Status
    assert status_after(", which was announced by the banks on Wednesday") == Status.AGREED


def test_deportation_is_readmission_and_fiscal_rules_are_finance() -> None:
    from accords.extract.cues import topics_in
    assert "readmission" in topics_in("memorandums of understanding on deportation assurances")
    assert "finance" in topics_in("the stability and growth pact")


def test_a_commodity_pact_is_trade_and_its_crop_agriculture() -> None:
    from accords.extract.cues import topics_in
    assert {"trade", "agriculture"} <= set(topics_in("the new International Cocoa Agreement on commodity prices"))
    assert "agriculture" in topics_in("an international natural rubber agreement")
    assert "agriculture" not in topics_in("Rice and Lavrov signed a treaty")


def test_supply_and_partnership_deals_are_trade_but_commercial_banks_are_not() -> None:
    from accords.extract.cues import topics_in
    assert "trade" in topics_in("a long-term gas supply contract")
    assert "trade" in topics_in("a Comprehensive Economic Partnership Agreement")
    assert "trade" not in topics_in("a loan from commercial banks")
    assert "trade" not in topics_in("loans from the Export-Import Bank of Japan")


def test_a_singular_instrument_keeps_both_coordinated_modifiers() -> None:
    from accords.extract.instruments import find_phrases
    assert [(p.modifiers, p.head) for p in find_phrases(
        "They signed a trade and investment agreement.")] == [("trade and investment", "agreement")]
    assert [p.modifiers for p in find_phrases("They signed trade and investment agreements.")] \
        == ["trade", "investment"]


def test_a_numbered_consensus_is_a_declaration() -> None:
    from accords.extract.instruments import find_phrases
    from accords.vocab import Kind
    (p,) = find_phrases("The leaders reaffirmed the six-point consensus reached in Beijing.")
    assert p.kind == Kind.DECLARATION
    assert find_phrases("There is a broad consensus among economists.") == []


def test_a_decision_on_accession_is_an_instrument() -> None:
    from accords.extract.instruments import find_phrases
    from accords.vocab import Kind
    (p,) = find_phrases("The heads of state signed a decision on its accession to the bloc.")
    assert p.kind == Kind.OTHER
    assert find_phrases("The court's decision on the case was final.") == []


def test_a_rail_link_or_a_government_of_national_accord_is_no_instrument() -> None:
    from accords.extract.instruments import find_phrases
    assert find_phrases("Uganda has a direct rail link with the Kenyan port of Mombasa.") == []
    assert find_phrases("Migrants are held in centres run by the U.N.-backed Government of "
                        "National Accord in Libya.") == []
    # the link a government agrees to open is still an arrangement
    assert [p.head for p in find_phrases("The two countries agreed to open a bus link.")]


def test_trying_to_strike_a_deal_is_negotiating_and_hoping_to_sign_is_planned() -> None:
    from accords.extract.cues import status_before
    from accords.vocab import Status
    assert status_before("Peru is also trying to strike a similar ")[0] == Status.NEGOTIATING
    assert status_before("Oslo has said it would like to agree a ")[0] == Status.NEGOTIATING
    assert status_before("the minister hopes to sign the new ")[0] == Status.PLANNED


def test_no_deal_is_the_absence_of_an_instrument() -> None:
    from accords.extract.instruments import find_phrases
    assert find_phrases("The minister said a no-deal exit would hurt farmers.") == []
    assert find_phrases("He warned of a No- deal outcome.") == []
    assert [p.head for p in find_phrases("Oslo and Bern signed a deal on fishing.")] == ["deal"]


def test_an_instrument_that_governs_or_is_due_to_end_is_in_force() -> None:
    from accords.extract.cues import status_after
    from accords.vocab import Status
    assert status_after(" is due to end on 31 December") == Status.IN_FORCE
    assert status_after(" has helped poorer members sell more cloth") == Status.IN_FORCE
    assert status_after(" requires member states to keep deficits low") == Status.IN_FORCE
    assert status_after(" will be signed next week") == Status.PLANNED


def test_trade_covered_by_agreements_is_in_force_and_a_deal_in_the_can_finalized() -> None:
    from accords.extract.cues import status_after, status_before
    from accords.vocab import Status
    assert status_before("most of Peru's trade is covered by ")[0] == Status.IN_FORCE
    assert status_after(" is all but in the can, officials said.") == Status.FINALIZED


def test_access_and_water_treaties_and_new_partnerships_have_their_topics() -> None:
    from accords.extract.cues import topics_in
    assert "defence" in topics_in("a reciprocal access agreement")
    assert "environment" in topics_in("the Indus Water Treaty")
    assert "comprehensive_cooperation" in topics_in("a declaration on a new Peru-Chile partnership")
    assert "environment" not in topics_in("a water concession")


def test_an_instrument_the_main_verb_is_about_takes_its_stage_from_the_tense() -> None:
    # no stage verb: the instrument is the main verb's subject, with a topic and two parties
    (rec,) = _records("The fisheries accord between Norway and Iceland allows boats to fish "
                      "in both zones.")
    assert rec["status"] == "in_force"
    (rec,) = _records("A fisheries accord between Norway and Iceland ended the dispute over "
                      "cod quotas.")
    assert rec["status"] == "agreed"
    # a linking verb says what it would be; a subordinate clause is not about it
    assert _records("An agreement between Norway and Iceland on fisheries seems unlikely.") == []
    assert _records("Officials said the fisheries accord between Norway and Iceland would "
                    "help the fleets.") == []


def test_fishing_is_agriculture_and_a_fishman_is_not() -> None:
    from accords.extract.cues import topics_in
    assert "agriculture" in topics_in("an agreement on fishing quotas in the Pacific")
    assert "agriculture" in topics_in("a deal on fish exports")
    assert "agriculture" not in topics_in("a deal named after Fishman")


def test_each_field_of_a_plural_list_with_a_topic_word_is_an_instrument() -> None:
    # "vocational training" is a field of education (data/topics.json), so it is an item too
    titles = {r["title"] for r in _records(
        "RABAT, Oct. 28, 2022 (MAP) - Morocco and Guinea-Bissau signed agreements on fisheries, "
        "vocational training and visa exemption for holders of ordinary passports.",
        published="2022-10-28")}
    assert any("vocational training" in t for t in titles) and len(titles) == 3


def test_vaccines_are_a_health_topic() -> None:
    (rec,) = _records("ACCRA, May 2, 2021 (GNA) - Ghana and India signed a memorandum of "
                      "understanding on the supply of COVID-19 vaccines on Monday.",
                      published="2021-05-02")
    assert rec["topics"] == ["health"]


def test_another_of_the_same_kind_with_its_own_subject_is_a_second_instrument() -> None:
    titles = sorted(r["title"] for r in _records(
        "ACCRA, Oct. 28, 2022 (GNA) - Ghana and Togo signed an agreement on trade and another "
        "on tourism in Accra on Monday.", published="2022-10-28"))
    assert len(titles) == 2 and "tourism" in titles[0] and "trade" in titles[1]


def test_one_on_each_field_after_a_counted_plural_is_an_instrument_each() -> None:
    titles = sorted(r["title"] for r in _records(
        "ACCRA, Oct. 28, 2022 (GNA) - Ghana and Togo signed three memorandums of understanding, "
        "one on health, another on education and a third on road transport, officials said.",
        published="2022-10-28"))
    assert [t.rsplit(" ", 1)[-1] for t in titles] == ["education", "health", "transport"]


def test_power_and_mining_agreements_have_topics() -> None:
    topics = sorted(r["topics"][0] for r in _records(
        "ACCRA, Oct. 28, 2022 (GNA) - Ghana and Togo signed a power agreement and a mining "
        "agreement on Monday.", published="2022-10-28"))
    assert topics == ["energy", "industry"]


def test_a_noun_compound_the_tagger_reads_as_subject_and_verb_is_an_instrument() -> None:
    # the small model reads "fisheries pact" as a subject and its verb: after an article the
    # phrase is a noun phrase ("help the country deal with" stays a verb with its own "with").
    # (When it hangs "fisheries" on the verb instead, "signed a fisheries pact", the modifier is
    # still cut: keeping modifiers after an article let "a massive restructuring programme" of
    # a firm through at scale.)
    for text in ("OSLO, May 2, 2024 (NTB) - The fisheries pact between Norway and Russia was "
                 "signed on Monday.",):
        (rec,) = _records(text, published="2024-05-02")
        assert rec["title"].startswith("Fisheries pact") and sorted(rec["countries"]) == [
            "NOR", "RUS"]
    assert not any("deal" in r["title"].lower() for r in _records(
        "NAIROBI, May 2, 2024 - The aid will help the country deal with the drought, Kenya "
        "said.", published="2024-05-02"))
