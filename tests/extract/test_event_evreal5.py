"""False events of the round-20 audit's classes (branch evreal5): a firm's deal talks (a stake,
a restructuring), meetings in general called off, and a government's own meeting told by what
it decided about other states. Articles invented; each gave an event before."""


def test_talks_about_a_stake_in_a_firm_are_business(extract):
    ex = extract("SAS TO TAKE 20 PCT STAKE IN AIR IRELAND\nSTOCKHOLM, March 3 - SAS Scandinavian "
                 "Airlines <SAS.ST> said\nit agreed to take a 20 pct stake in Air Ireland Ltd, a "
                 "subsidiary\nof Celtic and Western Shipping Plc <CWS.L>, in a\ndeal worth "
                 "around three mln stg.\n   An SAS spokesman said SAS already worked closely "
                 "with Air\nIreland, which runs 90 flights a week to Stockholm's Arlanda\nairport "
                 "from six Irish cities.\n   Celtic and Western Shipping said last week it held\n"
                 "preliminary talks about an SAS minority stake in Air Ireland. But\ngave no "
                 "further details. SAS said it hoped the move would\nattract more Irish feeder "
                 "traffic to Stockholm.\n REUTER")
    assert ex.events == []


def test_restructuring_talks_of_a_firm_are_business(extract):
    ex = extract("## Virgin Fiji, partly owned by Air NZ, collapses as virus grounds flights\n\n"
                 "SUVA (BLOOMBERG) - Virgin Fiji Holdings, 25 per cent-owned by Air New Zealand, "
                 "became the region's second airline to fall to the coronavirus after the "
                 "outbreak deprived the debt-laden company of almost all income.\n\n"
                 "Administrators at KPMG will take control of the Nadi-based carrier, it said in "
                 "a statement on Tuesday (April 21).\n\nVirgin Fiji's stock was suspended earlier "
                 "this month while restructuring talks continued.\n\nAir New Zealand said it "
                 "would not put in more money.")
    assert ex.events == []


def test_meetings_called_off_in_general_are_no_gathering(extract):
    ex = extract("Coronavirus: ILO says jobs crisis worse than 2009  The International Labour "
                 "Organization says the pandemic will destroy more jobs than the 2009 crisis. Its "
                 "director told reporters in Geneva that Italy, Spain and France were hit "
                 "hardest. The body has called off face-to-face meetings at its Geneva "
                 "headquarters since reporting a coronavirus case earlier this month and also "
                 "scrapped its annual conference, due to be held in Chile in June. Switzerland "
                 "has closed its borders.")
    assert ex.events == []


def test_a_called_off_meeting_with_a_counterpart_stays(extract):
    ex = extract("ANKARA, June 3, 2025 - Turkish Foreign Minister Hakan Fidan called off "
                 "meetings with Greek Foreign Minister Giorgos Gerapetritis in Athens on "
                 "Tuesday.")
    assert len(ex.events) == 1


def test_a_meeting_deciding_about_other_states_citizens_is_the_governments_own(extract):
    ex = extract("Coronavirus: Vietnam bars entry from Laos, Cambodia and Thailand  Vietnam will "
                 "bar entry to long-term visa holders from Laos, Cambodia and Thailand from "
                 "Monday, its deputy prime minister said. \"The special committee is aware of "
                 "the rise in cases in the three countries,\" he told reporters in Hanoi. \"The "
                 "meeting today decided to impose restrictions on citizens of Laos, Cambodia and "
                 "Thailand entering the country,\" he said.")
    assert ex.events == []


def test_a_meeting_of_two_states_that_decided_stays(extract):
    ex = extract("HANOI, June 3, 2025 - The meeting of Vietnamese and Lao ministers today "
                 "decided to reopen the border crossing at Cau Treo, officials said.")
    assert len(ex.events) == 1


def test_the_start_of_accession_talks_is_a_process_not_a_sitting(extract):
    ex = extract("Serbia launches new dinar\n\nSerbia has launched a new dinar, knocking three "
                 "zeros off the old currency.\n\nThe government hopes that the new currency will "
                 "cement the country's economic progress, two weeks after EU leaders set a date "
                 "for the start of Serbia's accession talks.\n\nInflation has fallen to 8%.")
    assert ex.events == []
