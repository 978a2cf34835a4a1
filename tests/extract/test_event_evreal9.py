"""False events of the round-25 audit's domestic class (branch evreal9): office-holders named
with bare titles and no state, in a report from their own capital whose sentence names no other
state, no organization of states and no guest, are one government among itself (French
ministers on a company's sale, a minister after a ministers' meeting with her president, a
farm board meeting two officials of its own government). Articles invented. Counterparts (the
same title twice), a visiting side, a visitor whose state another sentence gives and a foreign
ambassador keep the meeting; an ambassador the article calls "the <state>'s ambassador to
<another>" is of the state that sends him."""


def test_three_ministers_of_the_capital_meeting_on_a_sale_are_domestic(extract):
    ex = extract("PARIS, May 4 - Finance Minister Jean Dorat, Industry Minister\nPaul Veran and "
                 "Transport Minister Marc Sollier met for two\nhours today to discuss the sale "
                 "of the state shipyard group,\na spokesman for Veran said.\n REUTER")
    assert ex.events == []


def test_a_minister_after_a_ministers_meeting_with_her_president_is_domestic(extract):
    ex = extract("LIMA, June 2 (Reuters) - Peru will close its borders to all foreign "
                 "visitors from Friday.\n\n\"We have decided that all flights from abroad "
                 "will be suspended,\" Foreign Minister Rosa Quilca told reporters after a "
                 "virtual ministers' meeting with President Hugo Tamayo on Tuesday (June 2).",
                 published="2020-06-02")
    assert ex.events == []


def test_a_farm_board_meeting_two_officials_of_its_government_is_domestic(extract):
    ex = extract("WASHINGTON, March 3 - The board of the national potato\ngrowers' council is "
                 "scheduled to meet Secretary of Agriculture\nDale Corwin and Undersecretary of "
                 "Agriculture Ruth Amsel to\ndiscuss the department's export programs, the "
                 "council said.\n REUTER")
    assert ex.events == []


def test_two_finance_ministers_are_counterparts_and_stay(extract):
    ex = extract("PARIS, May 4 - Finance Minister Jean Dorat met Finance\nMinister Kenji Sato "
                 "for two hours today to discuss exchange\nrates before the summit, a spokesman "
                 "said.\n REUTER")
    assert len(ex.events) == 1


def test_a_meeting_with_a_visiting_minister_stays(extract):
    ex = extract("PARIS, May 4 - Finance Minister Jean Dorat met visiting\nTrade Minister Kenji "
                 "Sato for two hours today to discuss\ntariffs on steel, a spokesman said.\n REUTER")
    assert len(ex.events) == 1


def test_a_visitor_named_with_his_state_before_keeps_his_meeting(extract):
    ex = extract("ACCRA, June 11 - The loan was signed by Finance Minister\nKofi Mensah and "
                 "Swedish Aid Minister Lars Holm, who arrived\nyesterday for a three-day visit.\n"
                 "Holm is due to meet President John Owusu tomorrow.\n REUTER")
    assert any("John Owusu" in {p.name for p in e.participants} for e in ex.events)


def test_an_ambassador_meeting_his_own_president_is_domestic(extract):
    ex = extract("SEOUL, May 2 - The South Korean ambassador to Canada\nsuggested that South Korean "
                 "President Park Min-soo make new offers on\nbeef imports when he visits Ottawa next month."
                 "\nAmbassador Lee Jae-ho made the suggestion at a meeting with\nPark, Yonhap "
                 "news agency said.\n REUTER")
    assert not any("Lee Jae-ho" in {p.name for p in e.participants} for e in ex.events)


def test_a_foreign_ambassador_meeting_the_president_stays(extract):
    ex = extract("SEOUL, May 2 - The Canadian ambassador to South Korea\nsuggested that President "
                 "Park Min-soo make new offers on\nbeef imports when he visits Ottawa next month."
                 "\nAmbassador John Reid made the suggestion at a meeting with\nPark, Yonhap "
                 "news agency said.\n REUTER")
    assert any("John Reid" in {p.name for p in e.participants} for e in ex.events)
