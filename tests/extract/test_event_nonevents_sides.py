"""Candidates that report no gathering of states, read from the sitting's sides, its modality
and who holds it: one state's cabinet, parties or coalition; a sitting only wished for; former
leaders or a private host. Sentences invented; each gave an event before."""


def test_a_cabinet_meeting_with_the_president_is_one_governments_own(extract):
    ex = extract("LIMA, June 3, 2025 - The health minister rejected the report during a Cabinet "
                 "meeting with President Ana Flores on Tuesday.")
    assert ex.events == []


def test_a_meeting_with_party_leaders_is_domestic(extract):
    ex = extract("MANILA, June 3, 2025 - The senator presented the new slogan at a meeting with "
                 "party leaders in the province on Saturday, aides said.")
    assert ex.events == []


def test_a_meeting_that_should_be_held_is_no_event(extract):
    ex = extract("OSLO, June 3, 2025 - Trade ministers from the Nordic states should hold an "
                 "urgent meeting to settle the fishing dispute with Canada, a union leader said.")
    assert ex.events == []


def test_talks_only_hoped_for_are_no_event(extract):
    ex = extract("DAVOS, June 3, 2025 - The organisers hope that the Kenyan president, William "
                 "Ruto, will use the forum for talks with Ethiopian Prime Minister Abiy Ahmed.")
    assert ex.events == []


def test_a_wished_for_meeting_with_a_day_stays(extract):
    ex = extract("OSLO, June 3, 2025 - The fisheries ministers of Norway and Canada should meet "
                 "on June 12 in Oslo to settle the dispute, officials said.")
    assert len(ex.events) == 1


def test_a_meeting_of_former_leaders_is_not_official(extract):
    ex = extract("ROME, June 3, 2025 - A meeting of the Elders Circle - a group of former "
                 "presidents and prime ministers - will be held in Rome in July.")
    assert ex.events == []


def test_a_summit_chaired_by_a_professor_is_private(extract):
    ex = extract("BOSTON, June 3, 2025 - Anna Berg, an economist and professor who recently "
                 "chaired the fourth US-Brazil climate summit in Recife, wrote the report.")
    assert ex.events == []


def test_meeting_outside_pressure_is_no_meeting(extract):
    ex = extract("BRUSSELS, June 3, 2025 - The EU has its own limits in meeting outside "
                 "pressure from Washington and Beijing, the Dutch envoy said.")
    assert ex.events == []


def test_a_person_who_talks_about_something_is_no_talks(extract):
    ex = extract("SACRAMENTO, June 3, 2025 - Governor Lee listens as Fire Chief Omar Haddad "
                 "talks about the flood damage to the Canadian park.")
    assert ex.events == []


def test_a_domestic_summit_is_one_states_own(extract):
    ex = extract("QUITO, June 3, 2025 - A senator from the coast said a domestic energy summit "
                 "was urgently needed before the winter, his office said.")
    assert ex.events == []


def test_talks_of_city_mayors_are_no_states(extract):
    ex = extract("LISBON, June 3, 2025 - Mayors and senior officials from nine major cities "
                 "worldwide held talks on Friday to coordinate flood defences, organisers said.")
    assert ex.events == []


def test_a_mayor_meeting_an_ambassador_stays(extract):
    ex = extract("LISBON, June 3, 2025 - The mayor of Lisbon met the Chinese ambassador, Li Wei, "
                 "on Friday to discuss a sister-city agreement.")
    assert len(ex.events) == 1



# A state's talks with its commercial bank creditors (round-15 audit of the Reuters run)
def test_debt_talks_of_a_state_and_its_bank_creditors_are_no_event(extract):
    ex = extract("QUITO, May 4, 1987 - Ecuador and its bank creditors failed to reach any "
                 "agreement in debt talks in New York last night, officials said.")
    assert ex.events == []


def test_talks_with_foreign_bank_creditors_are_no_event(extract):
    ex = extract("NAIROBI, May 4, 1987 - Kenya's finance secretary said he was confident of "
                 "reaching agreement with foreign bank creditors in debt talks scheduled to begin "
                 "next month.")
    assert ex.events == []


def test_agreement_with_the_bank_advisory_committee_after_talks_is_no_event(extract):
    ex = extract("LIMA, May 4, 1987 - Peru reached agreement with its bank advisory committee on "
                 "a new loan after five weeks of talks, a source close to the delegation said.")
    assert ex.events == []


def test_talks_with_creditor_governments_stay(extract):
    ex = extract("PARIS, May 4, 1987 - Peru held talks with its Paris Club creditor governments "
                 "here today on rescheduling 800 mln dlrs of official debt.")
    assert len(ex.events) == 1


def test_a_meeting_with_a_minister_after_bank_talks_stays(extract):
    ex = extract("MEXICO CITY, May 4, 1987 - Mexico has been negotiating with its creditor banks "
                 "for months.\nFinance Minister Jose Silva met U.S. Treasury Secretary James Baker "
                 "in Washington on Friday for talks on trade.")
    assert len(ex.events) == 1


# A second state told only as the banks' nationality or as another debtor with its own banks
# (round-24 audit, evreal8)
def test_meeting_with_banks_of_another_nationality_is_no_event(extract):
    ex = extract("ACCRA, May 4, 1987 - A delegation of Ghanaian officials will meet with British "
                 "creditor banks in London on Tuesday to seek support for a refinancing, a "
                 "spokesman said.")
    assert ex.events == []


def test_talks_told_with_the_banks_nationality_as_subject_are_no_event(extract):
    ex = extract("LONDON, May 4, 1987 - British banks are likely to give Ghanaian debt "
                 "negotiators a frosty reception when they arrive here on Tuesday for talks, "
                 "banking sources said.")
    assert ex.events == []


def test_a_states_talks_beside_another_debtors_bank_pact_are_no_event(extract):
    ex = extract("NEW YORK, May 4, 1987 - Ecuador and its bank advisory committee have agreed in "
                 "principle on new repayment terms, bankers said.\nThe progress in the Ecuadorean "
                 "talks, under way for several months, follows a debt pact signed yesterday "
                 "between Peru and its bank advisory panel.")
    assert ex.events == []


def test_talks_with_another_states_ministers_beside_its_banks_stay(extract):
    ex = extract("LONDON, May 4, 1987 - Ghana's finance minister held talks with British "
                 "ministers here today on aid, while British banks looked on, officials said.")
    assert len(ex.events) == 1


def test_talks_with_foreign_lenders_beside_a_states_banks_are_no_event(extract):
    ex = extract("CARACAS, May 4, 1987 - Slow progress in talks between Peru and its major "
                 "foreign lenders has made it more likely that U.S. banks will write down their "
                 "loans, bankers said.")
    assert ex.events == []
