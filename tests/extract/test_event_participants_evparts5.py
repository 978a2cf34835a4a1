"""Event participants of the round-20 audit's classes (branch evparts5), probed with invented
sentences: the speaker of a main clause opened by "Speaking (to reporters) at <a gathering>",
and one who "told the meetings" (a plural gathering noun) of a gathering told before. Near
misses: "Speaking at a news conference", a shareholders' meeting."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex):
    return [e for e in ex.events if e.kind.value != "visit"]


def test_the_speaker_to_reporters_at_an_annual_meeting_took_part(extract) -> None:
    ex = extract("LIMA, May 4 - Peru's central bank governor Ramon Quispe said the bond swap "
                 "would go ahead. Speaking to reporters at the annual meeting of the Asian "
                 "Development Bank, Quispe said the creditor banks backed the plan.",
                 published="1988-05-04")
    found = _gatherings(ex)
    assert found and all("Ramon Quispe" in _names(e) for e in found)


def test_the_speaker_at_a_gathering_with_a_long_name_took_part(extract) -> None:
    ex = extract("LIMA, May 4 - Peru's Finance Minister Ramon Quispe said the bond swap would go "
                 "ahead. Speaking to reporters at the Asian Development Bank and African Union "
                 "annual meeting, Quispe said the creditor banks backed the plan.",
                 published="1988-05-04")
    found = _gatherings(ex)
    assert found and all("Ramon Quispe" in _names(e) for e in found)


def test_one_who_told_the_meetings_took_part_in_them(extract) -> None:
    ex = extract("OSLO, June 2 - Nordic finance ministers pledged to keep budgets tight. Nor was "
                 "there support at last week's spring meetings of the IMF and the World Bank for "
                 "higher interest rates. Central bank chief Eva Lund said inflation was the main "
                 "risk. Bond markets fell sharply on the news. \"We are committed to stable "
                 "currencies,\" Norwegian Finance Minister Lars Hovland told the meetings.",
                 published="1988-06-02")
    found = _gatherings(ex)
    assert found and any("Lars Hovland" in _names(e) for e in found)
    assert not any("Eva Lund" in _names(e) for e in found)


def test_one_who_told_the_sessions_took_part_in_the_talks(extract) -> None:
    ex = extract("OSLO, June 2 - Ministers of the Nordic states held talks in Bergen last week on "
                 "fishing quotas. Norway's budget will stay tight, analysts said. \"We are "
                 "committed to stable currencies,\" Norwegian Finance Minister Lars Hovland told "
                 "the sessions.", published="1988-06-02")
    found = _gatherings(ex)
    assert found and any("Lars Hovland" in _names(e) for e in found)


def test_speaking_at_a_news_conference_makes_no_gathering(extract) -> None:
    ex = extract("LIMA, May 4 - Peru's Finance Minister Ramon Quispe said the bond swap would go "
                 "ahead. Speaking at a news conference, Quispe said the creditor banks backed the "
                 "plan.", published="1988-05-04")
    assert not _gatherings(ex)


def test_speaking_at_a_shareholders_meeting_makes_no_gathering(extract) -> None:
    ex = extract("LIMA, May 4 - Peru's Finance Minister Ramon Quispe said the bond swap would go "
                 "ahead. Speaking at the annual shareholders meeting of Banco Andino, Quispe said "
                 "the creditor banks backed the plan.", published="1988-05-04")
    assert not _gatherings(ex)
