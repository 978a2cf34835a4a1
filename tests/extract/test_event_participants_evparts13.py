"""Event participants of the round-23 audit (branch evparts13), probed with invented articles:
a gathering named by its noun takes no officials from a neighbour sentence that tells of
another gathering (a conference one of them hosted, talks to begin tomorrow with them, a
domestic committee's meeting they spoke after), while a neighbour that points back at it ("after
the meeting") still lends its speaker; one the article names as a commentator ("X, economist
with a bank") is no participant where it names him by surname alone."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("meeting", "talks", "summit", "conference")]


def test_the_host_of_another_conference_is_not_lent(extract) -> None:
    ex = extract("Brazil seeks fair trade rules\n\nBrazil, which attends the G7 meeting of "
                 "leading industrial nations on Friday, wants fairer farm trade. Finance "
                 "Minister Joao Lemos of Brazil is attending the G7 meeting as part of the G20 "
                 "group of nations. At a conference on small business hosted by British "
                 "finance minister Peter Hale on Thursday, he said he was in favour of floating "
                 "exchange rates.")
    for e in _gatherings(ex):
        if "G7" in e.title:
            assert "Peter Hale" not in _names(e), (e.title, _names(e))


def test_people_of_talks_to_begin_tomorrow_are_not_lent(extract) -> None:
    ex = extract("MANILA, June 16 - Foreign ministers of the Association of South-east Asian "
                 "Nations (ASEAN) said they expect closer ties with Canada.\n    A communique "
                 "issued at the end of a two-day ministerial meeting said Asean hoped for "
                 "greater Canadian investment in the region.\n    The ministers are due to "
                 "start three days of talks tomorrow with officials of Canada, Australia and "
                 "New Zealand, including Canadian Foreign Minister Paul Dorval and Australian "
                 "Foreign Minister Ian Garrick.", published="1988-06-16")
    found = [e for e in _gatherings(ex) if "ministerial" in e.title.lower()]
    for e in found:
        assert not {"Paul Dorval", "Ian Garrick"} & _names(e), _names(e)


def test_a_minister_at_a_domestic_committee_is_not_lent(extract) -> None:
    ex = extract("ACCRA, March 26 - Ghana does not expect decisions at the next cocoa "
                 "meeting.\n    Earlier this month, talks in Geneva between producers and "
                 "consumers to restore export quotas ended in failure.\n    Ghanaian finance "
                 "minister Kofi Mensah, also talking to reporters at the end of the weekly "
                 "National Cocoa Board meeting, said the positions of the producers were too "
                 "far apart.", published="1988-03-26")
    for e in _gatherings(ex):
        if "Geneva" in e.title or e.place == "Geneva":
            assert "Kofi Mensah" not in _names(e), (e.title, _names(e))


def test_a_neighbour_that_points_back_at_the_meeting_still_lends(extract) -> None:
    ex = extract("PARIS, May 4 - The G7 meeting of finance ministers in Paris ended on "
                 "Wednesday with a call for stable currencies.\n    French Finance Minister "
                 "Pierre Durand told reporters after the meeting that the group would meet "
                 "again in September.", published="1988-05-04")
    assert any("Pierre Durand" in _names(e) for e in _gatherings(ex)), \
        [(e.title, _names(e)) for e in _gatherings(ex)]


def test_a_commentator_named_again_by_surname_is_no_participant(extract) -> None:
    ex = extract("MADRID, Oct 20 - Oil prices rose on Tuesday.\n    Lena Ortiz, economist "
                 "with Banco Norte in Madrid, said \"The cartel has won a battle but not the "
                 "war, as prices are still higher than before the OPEC meeting last month.\"\n"
                 "    Before the OPEC meeting of oil ministers last month in Vienna, "
                 "the price of crude was 18 dlrs a barrel, Ortiz noted.",
                 published="1988-10-20")
    for e in _gatherings(ex):
        assert "Lena Ortiz" not in _names(e), (e.title, _names(e))


def test_one_who_calls_it_a_good_meeting_is_still_lent(extract) -> None:
    ex = extract("WASHINGTON, April 9 - Finance ministers of the Group of Seven met at the "
                 "U.S. Treasury.\n    In a communique issued after a four-hour meeting at the "
                 "U.S. Treasury, the ministers said currencies were stable.\n    West German "
                 "Finance Minister Hans Keller called it a \"good meeting\" and other ministers "
                 "seemed pleased.", published="1988-04-09")
    found = [e for e in _gatherings(ex) if e.participants]
    assert not found or any("Hans Keller" in _names(e) for e in found), \
        [(e.title, _names(e)) for e in _gatherings(ex)]
