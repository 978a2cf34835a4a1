"""Consolidation: one record per instrument, and two instruments stay two."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(*texts: str) -> list[str]:
    exs = extract_batch([Document.from_text(f"{i}.txt", t) for i, t in enumerate(texts)])
    result = consolidate([m for e in exs for m in e.agreements], [m for e in exs for m in e.events],
                         [p for e in exs for p in e.people])
    return sorted(a.title for a in result.agreements)


def test_two_joint_commissions_on_different_topics_stay_apart() -> None:
    titles = _records(
        "ACCRA, May 2, 2026 - Ghana and Togo agreed to set up a joint commission on trade.",
        "LOME, May 9, 2026 - Ghana and Togo agreed to set up a joint commission on tourism.")
    assert len(titles) == 2


def test_one_instrument_reported_by_two_outlets_is_one_record() -> None:
    titles = _records(
        "HANOI, June 3, 2026 - Vietnam and Japan signed an agreement on visa exemption on "
        "Wednesday.",
        "TOKYO, June 4, 2026 - Japan and Vietnam inked a visa exemption accord in Hanoi "
        "on Wednesday, officials said.")
    assert len(titles) == 1


def test_its_stages_months_apart_stay_one_record() -> None:
    from accords.consolidate.run import consolidate as run
    texts = ["OSLO, January 12, 2026 - Norway and Poland decided to soon sign a memorandum of "
             "understanding on offshore wind cooperation.",
             "WARSAW, June 30, 2026 - Norway and Poland signed a memorandum of understanding on "
             "offshore wind cooperation on Tuesday."]
    exs = extract_batch([Document.from_text(f"{i}.txt", t) for i, t in enumerate(texts)])
    result = run([m for e in exs for m in e.agreements], [], [])
    assert len(result.agreements) == 1
    record = result.agreements[0]
    assert [h.status.value for h in record.history] == ["planned", "signed"]
    assert record.status.value == "signed"


def test_two_instruments_named_in_one_coordination_stay_two() -> None:
    titles = _records("QUITO, May 4, 2026 - Ecuador and Spain signed two technical and "
                      "financial cooperation treaties on Monday.")
    assert len(titles) == 2 and any("echnical" in t for t in titles) and any(
        "inancial" in t for t in titles)


def test_a_later_lower_stage_in_one_article_is_another_instrument() -> None:
    titles = _records(
        "CAIRO, March 2, 2027 - Egypt has secured agreement to defer payments on a syndicated "
        "loan from creditor banks, officials said. The country's only other eurocredit, a "
        "300 mln dlr syndicated loan from the same banks, was signed in October 2024.")
    assert len(titles) == 2


def test_one_articles_bare_deal_told_three_times_is_one_record() -> None:
    from accords.consolidate.agreements import consolidate_agreements
    from accords.consolidate.people import PeopleIndex
    from accords.records import Actor, AgreementMention, Source
    from accords.vocab import Kind, Status

    def deal(sentence: int, status: Status, date: str | None) -> AgreementMention:
        title = "Deal between European Union and Serbia"
        return AgreementMention(
            document="d1", kind=Kind.AGREEMENT, title=title, topics=["other"],
            countries=["IGO:EU", "SRB"], parties=[Actor("Serbia", "SRB", "state")],
            status=status, source=Source("d1", "a deal", sentence * 100, sentence * 100 + 6),
            sentence=sentence, date=date, explicit_date=date is not None)
    records = consolidate_agreements([deal(3, Status.AGREED, "2026-10"),
                                      deal(8, Status.NEGOTIATING, None),
                                      deal(12, Status.PROPOSED, None)], PeopleIndex())
    assert len(records) == 1 and len(records[0].history) == 3


def test_another_articles_bare_deal_of_the_same_parties_and_weeks_is_that_instrument() -> None:
    titles = _records(
        "BELGRADE, May 4, 2026 - Serbia and the European Union are negotiating a trade "
        "agreement, officials said.",
        "BRUSSELS, May 6, 2026 - Both sides insist they want a deal, the Serbian and EU "
        "negotiators said after talks.")
    assert len(titles) == 1


def test_a_bare_deal_that_could_be_either_of_two_instruments_stays_its_own() -> None:
    titles = _records(
        "BELGRADE, May 4, 2026 - Serbia and the European Union are negotiating a trade "
        "agreement and a visa agreement, officials said.",
        "BRUSSELS, May 6, 2026 - Both sides insist they want a deal, the Serbian and EU "
        "negotiators said after talks.")
    assert len(titles) == 3


def test_a_state_only_one_of_many_reports_names_is_no_party() -> None:
    from accords.consolidate.agreements import consolidate_agreements
    from accords.consolidate.people import PeopleIndex
    from accords.records import Actor, AgreementMention, Source
    from accords.vocab import Kind, Status

    def accord(doc: str, countries: list[str]) -> AgreementMention:
        return AgreementMention(
            document=doc, kind=Kind.AGREEMENT, title="Oslo accord on exchange rates",
            topics=["finance"], countries=countries,
            parties=[Actor(c, c, "state") for c in countries], status=Status.AGREED,
            source=Source(doc, "the Oslo accord", 0, 15), sentence=1, name="Oslo accord")
    (record,) = consolidate_agreements(
        [accord("d1", ["JPN", "USA"]), accord("d2", ["JPN", "USA", "CHE"]),
         accord("d3", ["JPN", "USA"])], PeopleIndex())
    assert record.countries == ["JPN", "USA"]



_FISHING_2027 = ("LIMA, March 3, 2027 - Peru said Chile had failed to honour a 2026 agreement "
                 "between the two countries on fishing quotas.")


def _fishing_later(year: int) -> str:
    return (f"SANTIAGO, June 20, 2027 - Chile and Peru disagree over the {year} agreement "
            "between the two countries on fishing quotas, which remains in force, officials said.")


def test_a_pact_two_articles_date_to_one_year_months_later_is_one_record() -> None:
    # Background references months apart: the texts date the instrument to one year, so the
    # reports' own days say nothing about whether it is the same pact.
    assert len(_records(_FISHING_2027, _fishing_later(2026))) == 1


def test_pacts_of_one_pair_dated_to_different_years_stay_two() -> None:
    assert len(_records(_FISHING_2027, _fishing_later(2019))) == 2


def test_an_old_instrument_dated_by_its_clause_and_its_undated_successor_stay_two() -> None:
    # The trade deal under negotiation now (no date of its own) and the one "reached in 2011"
    # that Peru ended: coreference names both after the pair, but one is dated by its own
    # clause and at a further stage, so they are the old instrument and its successor.
    from dataclasses import replace

    from accords.consolidate.agreements import consolidate_agreements
    from accords.consolidate.people import PeopleIndex
    text = ("LIMA, May 6, 2027 - Peru and Chile are negotiating a new trade deal to cut tariffs "
            "on copper, officials said.\nLast year, Peru terminated an agreement with Chile, "
            "reached in 2011, which limits the tariffs each can set on copper.")
    mentions = extract_batch([Document.from_text("0.txt", text)])[0].agreements
    # (the old one's "reached in 2011" is a stage of its own beside its termination)
    assert len(mentions) == 3 and len({m.title for m in mentions}) == 1
    undated = [replace(m, date=None) if not m.explicit_date else m for m in mentions]
    assert len(consolidate_agreements(undated, PeopleIndex())) == 2



def test_an_ended_instrument_and_the_one_under_negotiation_stay_two() -> None:
    # Coreference names both after the deal under negotiation; with no dates to tell them
    # apart, what Peru terminated is still the old deal.
    from dataclasses import replace

    from accords.consolidate.agreements import consolidate_agreements
    from accords.consolidate.people import PeopleIndex
    text = ("LIMA, May 6, 2027 - Peru and Chile are negotiating a new trade deal to cut tariffs "
            "on copper, officials said.\nTwo years ago, Peru terminated an agreement with Chile "
            "on copper tariffs.")
    mentions = extract_batch([Document.from_text("0.txt", text)])[0].agreements
    undated = [replace(m, date=None) for m in mentions]
    records = consolidate_agreements(undated, PeopleIndex())
    assert sorted(r.status.value for r in records) == ["negotiating", "terminated"]



def test_names_compare_in_the_singular_and_without_their_year() -> None:
    # "the 1986 semiconductor pact" (one state named) and "the agreement to end dumping
    # semiconductors" (both): one name for the comparison across articles
    from accords.consolidate.agreements import _singular
    assert _singular("1986 semiconductor") == "semiconductor"
    assert _singular("end dumping semiconductors") == "end dumping semiconductor"
    assert _singular("gas") == "gas"  # too short to be a plural


def test_two_named_treaties_of_one_pair_in_the_same_weeks_stay_two() -> None:
    titles = _records(
        "OSLO, May 4, 2027 - Norway and Sweden extended the Skagerrak Arms Control Treaty "
        "on Monday.",
        "STOCKHOLM, May 20, 2027 - Sweden and Norway extended the Kattegat Weapons Convention "
        "on Tuesday.")
    assert len(titles) == 2


def test_the_predecessor_a_new_instrument_replaces_is_its_own_record() -> None:
    # "It will replace the agreement ... signed in 2001": the old instrument, dated by its own
    # clause, is not the one the article reports signed today (undated text, no dateline).
    titles = _records("Chile and Peru signed an agreement on fisheries control in the Pacific "
                      "today.\nChilean and Peruvian ministers praised it. It will replace the "
                      "agreement on co-operation in fisheries inspection signed by the two "
                      "countries in 2001.")
    assert len(titles) == 2 and any("inspection" in t for t in titles)


def test_a_bare_instrument_of_other_states_does_not_join_an_articles_pair() -> None:
    # A generic agreement with its own three parties is not the pair's working group.
    titles = _records("Chile and Peru agreed today to set up a joint working group on a "
                      "railway link.\nChilean and Peruvian ministers also discussed the "
                      "railway under the intergovernmental agreement signed by Bolivia, "
                      "Argentina and Paraguay in 2015.")
    assert len(titles) == 2


def test_two_sums_signed_on_two_days_of_one_month_are_two_loans() -> None:
    titles = _records(
        "Development bank loans\nNIAMEY, June 28, 2026 (ANP) - The African Development Bank and "
        "Niger signed a $60 million loan for irrigation on June 4. On June 22, the African "
        "Development Bank and Niger signed a $90 million loan for rural electricity.")
    assert len(titles) == 2


def test_two_sums_on_one_day_stay_for_coreference_to_judge() -> None:
    # (a package and a loan inside it, told on one day, are not split by their sums alone)
    titles = _records(
        "Debt accord\nLIMA, June 28, 2026 - The accord, agreed on June 4, restructured 4.2 "
        "billion dlrs of Peruvian debt. The banks also agreed on June 4 a 300 mln dlr loan.")
    assert len(titles) <= 2


def test_one_signing_told_with_two_close_sums_by_two_outlets_is_one_record() -> None:
    titles = _records(
        "Chad gets Saudi loan\nNDJAMENA, June 3, 2026 (ATP) - Saudi Arabia and Chad signed a "
        "$120 million loan agreement on Tuesday.",
        "Saudi fund lends Chad\nRIYADH, June 3, 2026 (SPA) - Saudi Arabia and Chad signed a "
        "$110 million loan agreement on Tuesday.")
    assert len(titles) == 1


def test_one_sum_signed_on_two_days_weeks_apart_by_two_outlets_is_two_loans() -> None:
    records = _records(
        "Bank lends Kiribati\nTARAWA, May 2, 2023 (Wire) - Kiribati and the Asian Development "
        "Bank signed a 40 million dollar loan for ports on Tuesday.",
        "Kiribati gets loan\nTARAWA, May 30, 2023 (Wire) - Kiribati and the Asian Development "
        "Bank signed a 40 million dollar loan for clinics on Tuesday.")
    assert len(records) == 2


def test_an_instrument_named_by_an_old_year_is_not_this_weeks_signing() -> None:
    records = _records(
        "Two states sign accord\nASUNCION, March 13, 2023 (Wire) - Paraguay and Uruguay signed "
        "a defence accord on Monday.",
        "Old pact holds\nMONTEVIDEO, March 10, 2023 (Wire) - Officials said the 1979 defence "
        "cooperation agreement with Paraguay remains in force.")
    assert len(records) == 2


def test_a_signing_dated_to_its_month_joins_the_days_report() -> None:
    records = _records(
        "Cable memorandum\nBAKU, May 2, 2023 (Wire) - Azerbaijan and Bulgaria signed a "
        "memorandum on an undersea power cable on Tuesday.",
        "Cabinet backs cable\nSOFIA, May 9, 2023 (Wire) - Bulgaria's cabinet approved the "
        "memorandum with Azerbaijan on laying an undersea electricity cable, signed last week.")
    assert len(records) == 1


def _histories(*texts: str) -> list[list[tuple[str, str | None]]]:
    exs = extract_batch([Document.from_text(f"{i}.txt", t) for i, t in enumerate(texts)])
    result = consolidate([m for e in exs for m in e.agreements], [], [])
    return [[(h.status.value, h.date) for h in a.history] for a in result.agreements]


def test_a_later_articles_news_of_the_day_keeps_the_earlier_reports_date() -> None:
    # The second wire reports the same reached agreement a day later, dated only by its own
    # publication date: the stage happened by the first report.
    assert _histories(
        "OSLO, May 4, 2026 - Norway and Iceland reached an agreement on fishing quotas in the "
        "North Atlantic, officials said.",
        "REYKJAVIK, May 5, 2026 - Iceland and Norway have reached an agreement on fishing "
        "quotas in the North Atlantic, the ministry said.") == [[("agreed", "2026-05-04")]]


def test_a_stage_the_later_article_dates_itself_keeps_its_own_date() -> None:
    hist = _histories(
        "OSLO, May 4, 2026 - Norway and Iceland reached an agreement on fishing quotas in the "
        "North Atlantic, officials said.",
        "REYKJAVIK, May 9, 2026 - Iceland and Norway reached an agreement on fishing quotas "
        "in the North Atlantic on Friday, the ministry said.")
    assert hist == [[("agreed", "2026-05-04"), ("agreed", "2026-05-08")]]


def test_talks_reported_again_later_keep_the_later_day() -> None:
    # Talks under way are as true on the later day: that report keeps its own date.
    hist = _histories(
        "OSLO, May 4, 2026 - Norway and Iceland are negotiating an agreement on fishing quotas "
        "in the North Atlantic, officials said.",
        "REYKJAVIK, May 11, 2026 - Iceland and Norway are negotiating an agreement on fishing "
        "quotas in the North Atlantic, the ministry said.")
    assert [h for h in hist if h] == [[("negotiating", "2026-05-04"), ("negotiating", "2026-05-11")]]


def test_an_end_told_again_undated_is_the_end_the_article_dates() -> None:
    # (agdate4) one instrument, ended once: the undated "had abandoned" is the end told again
    hist = _histories(
        "LIMA, May 20, 2026 - Peru imposed tariffs on Chilean fruit on Thursday, arguing Chile "
        "was in violation of a trade deal it signed with Lima in 2015 even though Peru itself "
        "abandoned that agreement two years ago.\n\nChile said Peru had no right to impose "
        "them because it had abandoned the trade deal, officials said.")
    assert len(hist) == 1
    assert max(d for _, d in hist[0] if d) == "2024"


def test_a_making_told_again_below_the_lead_is_not_the_articles_day() -> None:
    # (agdate10) a feature that tells a signing undated deep in the text, and its ratification
    # in an earlier year: one instrument; the signing happened before the ratification, on a
    # day the text does not give, not on the article's day
    hist = _histories(
        "GENEVA, May 20, 2026 - The old observatory above the lake reopened to visitors this "
        "spring.\n\nIts halls still hold the maps of the survey.\n\nTourists now walk its "
        "gardens.\n\nAfter weeks of argument over the border line, Kazakhstan and Uzbekistan "
        "signed the Lake Aral Convention.\n\nThe parliaments of Kazakhstan and Uzbekistan "
        "ratified the convention in 1961, after a long quarrel.")
    assert hist == [[("ratified", "1961"), ("signed", None)]]


def test_a_making_told_again_takes_the_year_the_article_gives_it() -> None:
    # (agdate10) the same stage told again undated in a later paragraph is the one dated
    hist = _histories(
        "OTTAWA, May 20, 2026 - Canada and Norway agreed on an Arctic fisheries accord in 2019, "
        "the ministry recalled on Wednesday.\n\nThe two navies held drills on Tuesday.\n\nThe "
        "ships sailed north.\n\nCritics say the Arctic fisheries accord agreed by Canada and "
        "Norway left the smaller boats out.")
    assert [d for h in hist for _, d in h] == ["2019"]


def test_a_new_making_in_the_lead_stays_the_days_news() -> None:
    # (agdate10) guard: the lead's undated signing is the news of the day, whatever year the
    # article gives an older stage below
    hist = _histories(
        "OSLO, May 20, 2026 - Norway and Iceland signed the Svalbard Fisheries Protocol, "
        "officials said.\n\nThe two countries had agreed on its text in 2024.")
    assert ("signed", "2026-05-20") in [s for h in hist for s in h]
