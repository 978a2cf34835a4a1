"""A company's own sitting, private parties' talks, a deal whose makers are firms: none is a
record of states. Sentences invented (real17, round-30 audit)."""


def test_a_company_general_meeting_is_no_event(extract):
    ex = extract("COPENHAGEN, June 3, 2025 - The brewer will list its shares in London, said the "
                 "statement issued after yesterday's ordinary general meeting in Copenhagen.")
    assert ex.events == []


def test_shareholders_meeting_is_no_event(extract):
    ex = extract("OSLO, June 3, 2025 - The shipping group said the split would be put to an "
                 "extraordinary general meeting in Oslo on June 20.")
    assert ex.events == []


def test_an_igo_annual_general_meeting_stays(extract):
    ex = extract("CAIRO, June 3, 2025 - Egyptian Finance Minister Sami Adel met Kenyan Finance "
                 "Minister Joseph Mbai at the African Development Bank annual general meeting "
                 "in Cairo on Monday.")
    assert len(ex.events) == 1


def test_banks_in_talks_with_states_are_no_event(extract):
    ex = extract("WASHINGTON, June 3, 2025 - Treasury Under Secretary Mark Dale said that some "
                 "European banks have been too slow in talks with developing countries on "
                 "debt relief.")
    assert ex.events == []


def test_ministers_in_talks_stay(extract):
    ex = extract("WASHINGTON, June 3, 2025 - Treasury Under Secretary Mark Dale said that the "
                 "French and German finance ministers have been too slow in talks with "
                 "Mexican Finance Minister Luis Ortega in Paris on Monday.")
    assert len(ex.events) == 1


def test_a_deal_reached_by_two_firms_is_no_agreement(extract):
    ex = extract("NEW YORK, June 3, 2025 - Harlow Brothers Inc said an agreement was reached "
                 "by Harlow and Tokai Trust providing for a joint venture in London. The deal "
                 "needs the approval of the Japanese ministry of finance.")
    assert ex.agreements == []


def test_a_deal_reached_by_two_states_stays(extract):
    ex = extract("TOKYO, June 3, 2025 - Officials said an agreement was reached by Japan and "
                 "Australia providing for a joint venture in coal research.")
    assert len(ex.agreements) == 1


def test_lending_serviced_as_debt_is_no_agreement(extract):
    ex = extract("QUITO, June 3, 2025 - Ecuador's short-term foreign trade credit lines fell to "
                 "400 mln dlrs in May from 520 mln a year earlier, the central bank said. "
                 "Central bank manager Luis Vera told reporters Ecuador was current on interest "
                 "payments on short-term debt, including trade credit lines and about 300 mln "
                 "dlrs in working capital credits. Trade credit lines were 700 mln dlrs in 2019, "
                 "but fell in 2021 when Ecuador stopped some payments to private foreign banks.")
    assert ex.agreements == []


def test_loans_extended_in_another_clause_after_payments_stay(extract):
    ex = extract("LIMA, June 3, 2025 - Peru resumed interest payments on its debt after Japan "
                 "extended loans of 500 mln dlrs to Peru on Monday.")
    assert len(ex.agreements) == 1


def test_company_sitting_reads_a_general_meeting_and_spares_an_igo():
    from accords.annotate.gazetteer import gazetteer
    from accords.extract.event_firms import company_sitting

    firm = ("The aim is to widen interest in the stock, said the statement issued after "
            "yesterday's ordinary general meeting in Copenhagen.")
    igo = "The Asian Development Bank will hold its annual general meeting in Manila."
    talks = "The ministers of Egypt and Kenya met in Cairo on Monday."
    assert company_sitting(firm, gazetteer().find(firm))
    assert not company_sitting(igo, gazetteer().find(igo))
    assert not company_sitting(talks, gazetteer().find(talks))


def test_a_later_bare_agreement_keeps_the_firms_deal_out(extract):
    # the bare "the agreement" of the next sentence is the firms' deal; "Nippon" inside a firm's
    # name is no side (fails without _firms_deal / _firm_agents)
    ex = extract("TOKYO, March 23, 2025 - An agreement was reached by Harlow Securities Inc "
                 "and Nippon Mutual Life Co providing for a joint venture, the U.S. firm said. "
                 "Under the agreement, Nippon Mutual will receive a 13 pct stake, the Japanese "
                 "Finance Ministry said.")
    assert ex.agreements == []
