"""Agreement mentions from invented sentences about countries other than the seed corpus."""

from accords.vocab import Kind, Status


def _only(ex):
    assert len(ex.agreements) == 1, [a.title for a in ex.agreements]
    return ex.agreements[0]


def test_decided_to_soon_sign_is_planned(extract):
    a = _only(extract("NAIROBI, March 3, 2025 - Kenya and Ethiopia decided to soon sign a "
                      "memorandum of understanding on fisheries, officials said on Monday."))
    assert a.kind == Kind.MEMORANDUM
    assert a.status == Status.PLANNED
    assert a.countries == ["ETH", "KEN"]
    assert [(p.name, p.country, p.type) for p in a.parties] == [
        ("Kenya", "KEN", "state"), ("Ethiopia", "ETH", "state")]


def test_finalized_treaty_is_finalized(extract):
    a = _only(extract("LIMA, May 5, 2025 - Chile and Peru finalized a treaty on mutual legal "
                      "assistance, the Peruvian foreign ministry said."))
    assert a.kind == Kind.TREATY
    assert a.status == Status.FINALIZED
    assert a.topics == ["legal_assistance"]
    assert a.countries == ["CHL", "PER"]


def test_inked_agreement_is_signed(extract):
    a = _only(extract("HANOI, June 2, 2025 - Vietnam and Japan inked an agreement on visa "
                      "exemption on Monday."))
    assert a.kind == Kind.AGREEMENT
    assert a.status == Status.SIGNED
    assert a.topics == ["visa"]
    assert a.countries == ["JPN", "VNM"]
    assert a.date == "2025-06-02"
    assert a.place == "Hanoi"


def test_title_leaves_out_the_time_adverbial(extract):
    a = _only(extract("HANOI, June 2, 2025 - Vietnam and Japan inked an agreement on visa "
                      "exemption on Monday."))
    assert a.title == "Agreement on visa exemption between Vietnam and Japan"


def test_agreed_to_establish_is_agreed(extract):
    a = _only(extract("WARSAW, June 2, 2025 - Norway and Poland agreed to establish a joint "
                      "commission on energy cooperation."))
    assert a.status == Status.AGREED
    assert a.topics == ["energy"]
    assert a.countries == ["NOR", "POL"]


def test_enumeration_yields_one_mention_per_item(extract):
    ex = extract("OSLO, June 2, 2025 - Norway and Poland signed an agreement on energy "
                 "cooperation on Monday. Also signed were an action plan on tourism, a customs "
                 "agreement between Norway and Poland and a memorandum on health.")
    enumerated = [a for a in ex.agreements if a.source.quote.startswith("Also signed")]
    assert [(a.kind, a.topics) for a in enumerated] == [
        (Kind.ACTION_PLAN, ["tourism"]), (Kind.AGREEMENT, ["customs"]),
        (Kind.MEMORANDUM, ["health"])]
    assert {a.status for a in enumerated} == {Status.SIGNED}
    assert all(a.countries == ["NOR", "POL"] for a in enumerated)


ANAPHORA = """Vietnam and Japan deepen ties

HANOI, June 2, 2025 - Vietnamese Prime Minister Tran Van Long and Japanese Prime Minister Kenji Sato held talks in Hanoi on Sunday.

Vietnam and Japan signed an agreement on trade in Hanoi on June 1. They included a roadmap for defence cooperation and an extradition deal.

Japan is Vietnam's third largest trading partner, and Japanese investment in Vietnam grew last year.
"""


def test_anaphoric_sentence_inherits_status_and_date(extract):
    ex = extract(ANAPHORA)
    roadmap = [a for a in ex.agreements if a.kind == Kind.ROADMAP]
    assert len(roadmap) == 1
    assert roadmap[0].status == Status.SIGNED
    assert roadmap[0].date == "2025-06-01"
    assert roadmap[0].topics == ["defence"]
    assert roadmap[0].countries == ["JPN", "VNM"]


def test_anaphoric_enumeration_keeps_the_weak_deal(extract):
    ex = extract(ANAPHORA)
    deals = [a for a in ex.agreements if "extradition" in a.topics]
    assert len(deals) == 1
    assert deals[0].status == Status.SIGNED
    assert deals[0].date == "2025-06-01"


def test_signatories_from_exchanged_documents(extract):
    a = _only(extract("LIMA, May 5, 2025 - Chile and Peru signed an agreement on trade "
                      "cooperation on Monday. The documents were exchanged by Chilean Foreign "
                      "Minister Alberto Vargas and Peruvian Foreign Minister Jorge Salazar."))
    assert a.status == Status.SIGNED
    assert [(s.name, s.country, s.role) for s in a.signatories] == [
        ("Alberto Vargas", "CHL", "Foreign Minister"),
        ("Jorge Salazar", "PER", "Foreign Minister")]


def test_signatory_whose_surname_is_a_place_name(extract):
    a = _only(extract("LIMA, May 5, 2025 - Chile and Peru signed an agreement on trade "
                      "cooperation on Monday. The documents were exchanged by Chilean Foreign "
                      "Minister Alberto Vargas and Peruvian Foreign Minister Rosa Mendoza."))
    assert [s.name for s in a.signatories] == ["Alberto Vargas", "Rosa Mendoza"]


def test_company_only_deal_yields_nothing(extract):
    ex = extract("SANTIAGO, May 5, 2025 - Club Deportivo Andes signed a sponsorship deal with "
                 "Company Cobre Rojo on Monday, the football club said.\n\n"
                 "The club finished third in the Chilean league last season.")
    assert ex.agreements == []


def test_business_deal_between_firms_yields_nothing(extract):
    ex = extract("MADRID, May 5, 2025 - Real Sociedad signed a sponsorship deal with Telefonica "
                 "on Monday, the football club said.")
    assert ex.agreements == []


def test_every_source_quote_is_the_original_text_at_its_offsets(extract):
    text = ("Norway, Poland sign energy pact\n"
            "Short Url\n"
            "OSLO, June 2, 2025 - Norway and Poland signed an agreement on energy\n"
            "cooperation on Monday.  Also signed were an action plan on tourism, a customs "
            "agreement between Norway and Poland and a memorandum on health.\n\n"
            "The documents were exchanged by Norwegian Foreign Minister Lars Haugen and Polish "
            "Foreign Minister Piotr Nowak.\n")
    ex = extract(text)
    assert len(ex.agreements) >= 4
    for a in ex.agreements:
        assert text[a.source.start:a.source.end] == a.source.quote
        assert a.source.quote.strip() == a.source.quote
        assert a.source.document == ex.document.id


def test_compound_head_is_one_instrument(extract) -> None:
    mentions = extract("ANKARA, January 10, 2026 - Turkey's current loan agreement with the IMF "
                       "expires in February, officials said on Tuesday.").agreements
    assert len(mentions) == 1 and mentions[0].title.lower().startswith("loan agreement")


def test_verb_inside_the_previous_phrase_gives_the_status(extract) -> None:
    mentions = extract("ACCRA, March 10, 2026 - That accord followed the International Monetary "
                       "Fund's approval on March 5 of a 90 mln dlr standby arrangement for "
                       "Ghana.").agreements
    standby = [m for m in mentions if m.kind.value == "arrangement"]
    assert standby and standby[0].status.value == "signed"
    assert "IGO:IMF" in standby[0].countries


def test_company_deal_without_a_state_party_is_not_an_agreement(extract) -> None:
    ex = extract("SEOUL, May 3, 2026 - KOREA, JAPAN FIRMS SIGN LOAN AGREEMENT\n"
                 "Hanwha Ocean Co Ltd <HAN.KS> said it signed a loan agreement with a unit of "
                 "Mitsui & Co on Monday.")
    assert ex.agreements == []


def test_a_stock_ticker_is_not_an_international_organization(extract) -> None:
    ex = extract("DALLAS, May 3, 2026 - InterState Corp <IFC> and Regional Bancorp agreed a deal "
                 "on Monday, the companies said.")
    assert all(not c.startswith("IGO:") for m in ex.agreements for c in m.countries)


def test_company_agreement_with_a_state_is_kept(extract) -> None:
    ex = extract("PARIS, May 3, 2026 - French bank Societe Generale said it signed a protocol of "
                 "agreement with Vietnam to set up a joint finance company.")
    assert [sorted(m.countries) for m in ex.agreements] == [["VNM"]]


def test_a_state_named_as_a_yardstick_is_not_a_party(extract) -> None:
    ex = extract("LIMA, June 9, 2026 - As a result, bankers agreed to give Peru the same "
                 "interest margin as Colombia on the rescheduling of 8 billion dlrs of debt.")
    assert ex.agreements and all("COL" not in m.countries and "PER" in m.countries
                                 for m in ex.agreements)


def test_the_borrower_of_a_loan_made_to_it_is_a_party(extract) -> None:
    ex = extract("WASHINGTON, June 9, 2026 - Senators criticised a 200 mln dlr World Bank loan "
                 "made to Uruguay last year to expand its beef exports.")
    assert [sorted(m.countries) for m in ex.agreements] == [["IGO:WB", "URY"]]


def test_a_pact_between_one_states_parties_in_an_election_story_is_not_an_instrument(extract) -> None:
    ex = extract("KUALA LUMPUR, June 9, 2026 - The Rakyat Baru pact will name its candidates "
                 "for the state election on Thursday.\nThe coalition partners have quarrelled "
                 "over seats for weeks.\nThe polls are due on June 30, and the candidates "
                 "have begun campaigning.\nLeaders of the Rakyat Baru pact said they would "
                 "announce their manifesto at the weekend.")
    assert ex.agreements == []


def test_a_treaty_in_force_told_in_passing_takes_no_date_of_the_news(extract) -> None:
    ex = extract("LONDON, September 10, 2026 - Ministers said Norway had breached the fisheries "
                 "treaty with Iceland, officials said.")
    assert ex.agreements and all(m.date is None for m in ex.agreements)
    ex = extract("LONDON, September 10, 2026 - The fisheries treaty between Norway and Iceland "
                 "came into force on Tuesday, officials said.")
    assert [m.date for m in ex.agreements] == ["2026-09-08"]


# Staged heads (extract/instruments.py, staged_phrases): a plan, programme or framework is an
# instrument when a stage verb acts on it and states act.
def test_plan_signed_by_two_states_is_an_instrument(extract):
    a = _only(extract("ACCRA, May 6, 2025 - Ghana and Senegal signed a plan for cultural "
                      "cooperation on Tuesday."))
    assert a.kind == Kind.ACTION_PLAN
    assert a.status == Status.SIGNED
    assert a.countries == ["GHA", "SEN"]


def test_programme_signed_by_participle_is_an_instrument(extract):
    a = _only(extract("QUITO, May 6, 2025 - The festival is part of the programme of artistic "
                      "and academic cooperation for 2024-2026 signed by the governments of "
                      "Ecuador and Portugal."))
    assert a.kind == Kind.PROGRAMME
    assert a.status == Status.SIGNED
    assert "signed by" not in a.title
    assert a.countries == ["ECU", "PRT"]


def test_plan_signed_by_companies_or_at_home_is_not(extract):
    assert not extract("OSLO, May 6, 2025 - Several clothing firms signed a UN plan for "
                       "cleaner shipping, pledging to cut waste.").agreements
    assert not extract("LONDON, May 6, 2025 - The club signed the striker on a five-year "
                       "plan.").agreements


def test_the_other_counted_instruments_take_the_set_s_stage_and_parties(extract):
    # "The other two pacts were ...": a counted set told with its stage in the sentence before
    ex = extract("SANTIAGO, March 4, 2025 - Chile and Vietnam today signed three agreements, "
                 "including a pact on copper trade, during a state visit. The other two pacts "
                 "were a memorandum of understanding on fisheries and an agreement on "
                 "cooperation in higher education.")
    listed = [a for a in ex.agreements if "fisheries" in a.title or "education" in a.title]
    assert len(listed) == 2, [a.title for a in ex.agreements]
    for a in listed:
        assert a.status == Status.SIGNED
        assert a.countries == ["CHL", "VNM"]


def test_documents_signed_include_inherits_a_set_told_only_by_its_count(extract):
    # the sentence before names no instrument, only "five documents": still the antecedent
    ex = extract("HANOI, March 4, 2025 - Chile and Vietnam signed five documents in Hanoi on "
                 "Tuesday. The documents signed include an MoU on tourism, a protocol on "
                 "customs cooperation and an agreement on scientific research.")
    assert len(ex.agreements) == 3, [a.title for a in ex.agreements]
    for a in ex.agreements:
        assert a.status == Status.SIGNED
        assert a.countries == ["CHL", "VNM"]
        assert a.date == "2025-03-04"


def test_one_on_a_topic_is_a_member_of_the_set_the_subject_names(extract):
    # "one on X" stands for "an agreement on X"; a set that only "covers" topics has no members
    ex = extract("HANOI, March 4, 2025 - Chile and Vietnam signed four agreements on Tuesday. "
                 "The agreements include one on civil aviation and one on visa exemption.")
    titles = sorted(a.title for a in ex.agreements if a.status == Status.SIGNED)
    assert any("civil aviation" in t for t in titles), titles
    assert any("visa exemption" in t for t in titles), titles
    covered = extract("HANOI, March 4, 2025 - Chile and Vietnam signed four agreements on "
                      "Tuesday. The deals cover energy, mining and tourism.")
    assert not [a for a in covered.agreements if "mining" in a.title.lower()]


def test_a_second_infinitive_after_the_instruments_complement_is_another_verb_phrase(extract):
    # "to set up X on Y and to hold ...": the title stops before "and to"; but an agreement's
    # own two infinitives ("to end X and to open Y") stay in its title
    a = _only(extract("DAKAR, May 4, 2025 - Senegal and Gambia agreed on Sunday to set up a "
                      "framework agreement on river transport and to review its terms in 2026."))
    assert "review" not in a.title.lower() and "river transport" in a.title.lower()
    b = _only(extract("ROME, May 4, 2025 - Italy said Tunisia had broken an agreement with "
                      "Italy to end illegal fishing and to open its ports to inspectors."))
    assert "open its ports" in b.title.lower()


def test_here_places_a_stage_under_a_title_case_dateline(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("Rail deal\nLilongwe, May 2 (MANA) - Zambia and Malawi signed an agreement "
                 "on rail transport here on Tuesday.")
    assert [a.place for a in ex.agreements] == ["Lilongwe"]
