"""States, peoples, capitals and cities from the package-derived data; names that are also
common words or personal names are not taken for states."""
import csv

import pytest

from accords.annotate.gazetteer import gazetteer, person_key
from accords.data import data_path, load_tsv


def _found(text):
    return [(p.text, p.code, p.form) for p in gazetteer().find(text)]


def _codes(text):
    return [p.code for p in gazetteer().find(text)]


def test_demonyms_from_the_packages_name_their_state():
    # Neither is in the hand file: countryinfo gives the demonyms, the plural is derived.
    assert ("Arubans", "ABW", "demonym") in _found("Two Arubans and a Guamanian were arrested.")
    assert ("Guamanian", "GUM", "demonym") in _found("Two Arubans and a Guamanian were arrested.")


def test_official_names_from_pycountry_are_aliases():
    assert _codes("The Plurinational State of Bolivia and the Kyrgyz Republic signed.") == [
        "BOL", "KGZ"]
    assert _codes("the Republic of Korea") == ["KOR"]


def test_historic_states_keep_their_own_code_or_go_to_their_successor():
    assert _codes("The Soviet Union and the German Democratic Republic met.") == ["SUN", "DDR"]
    # pycountry's historic countries with a successor: Dahomey is Benin, Upper Volta Burkina.
    assert _codes("Dahomey and the Republic of Upper Volta signed a trade pact.") == [
        "BEN", "BFA"]
    assert _codes("Burma and Zaire") == ["MMR", "COD"]


def test_a_common_noun_in_lower_case_is_not_a_state():
    assert _codes("Exports of china clay rose; we had turkey for dinner.") == []
    assert _codes("Turkey and China signed a trade agreement.") == ["TUR", "CHN"]


def test_a_state_name_before_a_word_that_makes_it_a_thing_is_not_a_state():
    assert _codes("Guinea pigs were tested.") == []
    assert _codes("Guinea signed the accord.") == ["GIN"]


def test_a_state_name_that_is_a_personal_name_is_not_a_state():
    assert _codes("Michael Jordan visited the factory.") == []
    assert _codes("Chad Smith said the talks went well.") == []
    assert _codes("King Hussein of Jordan met the Chadian leader in Chad.") == ["JOR", "TCD", "TCD"]


def test_a_us_state_is_not_the_country_of_its_name():
    assert _codes("The talks were held in Atlanta, Georgia, last week.") == []
    assert "GEO" not in _codes("the state of Georgia and New Jersey")
    assert _codes("He flew to Tbilisi, Georgia.") == ["GEO", "GEO"]


def test_a_city_gives_the_country_of_a_place_but_is_never_found_as_a_party():
    gaz = gazetteer()
    assert gaz.places["Kanazawa"] == "JPN"  # GeoNames, not in the hand file
    assert gaz.lookup["Kanazawa"] == ("JPN", "city")
    assert _codes("Talks in Kanazawa ended on Friday.") == []


def test_a_city_name_that_is_a_frequent_word_or_a_politician_is_left_out():
    places = gazetteer().places
    for word in ("Nice", "Reading", "March", "Obama"):
        assert word not in places


def test_loaded_knowledge_cannot_be_changed():
    gaz = gazetteer()
    with pytest.raises(TypeError):
        gaz.places["Atlantis"] = "GRC"  # type: ignore[index]
    with pytest.raises(TypeError):
        gaz.lookup["Atlantis"] = ("GRC", "city")  # type: ignore[index]


def test_igo_codes_stay_stable():
    codes = {row["code"] for row in load_tsv("igos.tsv")}
    assert {"EU", "EC", "NATO", "UN", "OPEC", "G7", "IMF", "GATT", "OECD", "ParisClub",
            "WB"} <= codes


def test_hand_file_keeps_only_what_the_packages_lack():
    with open(data_path("countries_extra.tsv"), encoding="utf-8") as fh:
        hand = {r["code"]: r for r in csv.DictReader(fh, delimiter="\t",
                                                     quoting=csv.QUOTE_NONE)}
    # "Afghan" comes from countryinfo; the hand file adds only the news forms it lacks.
    assert "Afghan" not in hand["AFG"]["demonyms"].split("|")
    assert "Afghani" in hand["AFG"]["demonyms"].split("|")


def test_person_key_ignores_initials_and_transliterates():
    assert person_key("George P. Shultz") == person_key("GEORGE SHULTZ") == "george shultz"
    assert person_key("Lech Wałęsa") == "lech walesa"


def test_talks_in_a_city_are_hosted_by_its_country_and_the_city_is_no_party():
    from accords.pipeline import extract_batch
    from accords.records import Document

    text = ("Japanese Prime Minister Taro Aso held talks with Canadian Prime Minister John Smith "
            "in Kanazawa on Monday. Japan and Canada signed a trade agreement in Kanazawa.")
    (ex,) = extract_batch([Document.from_text("k.txt", text, published="2026-05-04")])
    (talks,) = ex.events
    assert (talks.place, talks.host_country, talks.visiting_country) == ("Kanazawa", "JPN", "CAN")
    (deal,) = ex.agreements
    assert deal.place == "Kanazawa"
    assert [p.country for p in deal.parties] == ["JPN", "CAN"]


def test_an_arrival_in_a_city_is_a_visit_to_its_country():
    from accords.pipeline import extract_batch
    from accords.records import Document

    text = "Canadian Prime Minister John Smith arrived in Kanazawa on Monday for talks."
    (ex,) = extract_batch([Document.from_text("v.txt", text, published="2026-05-04")])
    (visit,) = ex.events
    assert (visit.place, visit.host_country, visit.visiting_country) == ("Kanazawa", "JPN", "CAN")


def test_acronyms_in_house_style_title_case_are_organizations():
    # British papers write "Nato", "Opec", "Apec"
    for text, code in (("the Nato summit", "IGO:NATO"), ("an Opec meeting", "IGO:OPEC"),
                       ("the Asia Pacific Economic Co-operation (Apec) summit", "IGO:APEC")):
        assert code in [c for _, c, _ in _found(text)], text


def test_a_city_named_as_another_states_region_or_a_sight_is_not_that_capital() -> None:
    from accords.annotate.gazetteer import gazetteer
    codes = lambda t: [p.code for p in gazetteer().find(t)]  # noqa: E731
    assert "SYC" not in codes("China and Australia's Victoria state signed a contract")
    assert codes("a ferry across Victoria Harbour") == []
    assert codes("talks in Victoria, Seychelles") == ["SYC", "SYC"]
    assert "JPN" in codes("the Tokyo summit")


def test_a_region_or_a_firm_named_with_america_is_no_state() -> None:
    assert _codes("Debtors in Latin America met creditors.") == []
    assert _codes("Gas will go to North America and Europe.") == []
    assert _codes("South American exporters protested.") == []
    assert _codes("Bank of America led the loan.") == []
    assert _codes("America and Japan signed the accord.") == ["USA", "JPN"]
