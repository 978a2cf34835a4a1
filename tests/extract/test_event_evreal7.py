"""False events of the round-22 audit's domestic class (branch evreal7): a national leader's
meeting with his own country's provincial premiers or regional chiefs is one state's own
business, not a meeting of states; and a meeting whose sides are of one state is domestic
whatever other state or body the sentence names only as its topic. Articles invented; the
province premiers, the 16 federal states and the bankers gave an event on main be9975a; the
state governors and the three guards (a foreign side named) pass on both."""


def test_a_prime_ministers_talks_with_his_provincial_premiers_are_domestic(extract):
    ex = extract("CANBERRA, May 4 - Prime Minister John Doyle said he held\n\"candid\" "
                 "discussions with the Australian province premiers on\nthe pace of tariff "
                 "talks with Japan, but the old dispute over\nwater rights was not settled.\n "
                 "REUTER")
    assert ex.events == []


def test_a_presidents_meeting_with_state_governors_is_domestic(extract):
    ex = extract("LAGOS, June 9 - Nigerian President Musa Bello met the\nstate governors on "
                 "Monday to discuss the oil revenue formula and\nthe loan talks with the World "
                 "Bank, officials said.\n REUTER")
    assert ex.events == []


def test_a_chancellors_meeting_with_the_regional_leaders_is_domestic(extract):
    ex = extract("BERLIN, April 2 - Chancellor Anna Krug held a video conference with the "
                 "leaders of Germany's 16 federal states on Wednesday to agree on border checks "
                 "with Poland and the Czech Republic.")
    assert ex.events == []


def test_a_foreign_presidents_meeting_with_state_governors_stays(extract):
    ex = extract("BEIJING, June 9 - Chinese President Wang Hai met a delegation\nof U.S. state "
                 "governors led by Iowa Governor Tom Beck on Monday\nto discuss farm trade, "
                 "Chinese officials said.\n REUTER")
    assert len(ex.events) == 1


def test_talks_with_a_foreign_prime_minister_after_the_premiers_stay(extract):
    ex = extract("OTTAWA, May 4 - Prime Minister John Doyle met Australian\nPrime Minister Bob "
                 "Hart in Ottawa on Tuesday to discuss wheat\nexports, a day after his talks with "
                 "the provincial premiers.\n REUTER")
    assert len(ex.events) == 1



def test_a_presidents_meeting_with_his_bankers_on_an_imf_loan_is_domestic(extract):
    # the IMF is what they talk about, not a side at the table
    ex = extract("MEXICO CITY, April 3 - Mexican bankers attending a\nmeeting with President "
                 "Miguel de la Madrid on Saturday urged the\ngovernment to seek a new loan from "
                 "the International Monetary Fund.\n REUTER", published="1987-04-03")
    assert ex.events == []


def test_a_minister_with_a_foreign_minister_stays(extract):
    ex = extract("WASHINGTON, May 6 - Secretary of State Condoleezza Rice held\ntalks with "
                 "Iranian Foreign Minister Kamal Kharrazi on Iran's nuclear\nprogramme on "
                 "Friday, officials said.\n REUTER", published="2005-05-06")
    assert len(ex.events) == 1
