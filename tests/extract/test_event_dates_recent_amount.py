"""Event dates of sentences of our own (evdate16): a gathering whose own noun is "recent" ("at a
recent meeting in ...") is background with no day, as one told "recently"; a year that is the
time of an amount in the sentences before ("compared with 12 billion in 1979") is a statistic's
year, not the year of history an undated gathering belongs to."""


def test_a_recent_meeting_takes_no_news_day(extract) -> None:
    ex = extract("OSLO, April 2, 2031 - At a recent meeting in Bergen of Nordic fishing states, "
                 "Iceland and Denmark said they were willing to share the quotas, Norwegian "
                 "Fisheries Minister Kari Dahl told reporters on Tuesday.",
                 published="2031-04-02")
    assert ex.events
    assert all(e.start is None for e in ex.events)


def test_a_meeting_with_no_recent_keeps_the_news_day(extract) -> None:
    # near miss: the same sentence without "recent" is the article's news of the day
    ex = extract("OSLO, April 2, 2031 - At a meeting in Bergen of Nordic fishing states, "
                 "Iceland and Denmark said they were willing to share the quotas.",
                 published="2031-04-02")
    assert ex.events
    assert any(e.start == "2031-04-02" for e in ex.events)


def test_a_recent_meeting_after_a_run_of_names_takes_no_news_day(extract) -> None:
    ex = extract("OSLO, April 2, 2031 - Delegates heard a briefing by the Icelandic delegate "
                 "Jon Olafsson on a recent Nordic fishing states meeting in Bergen, officials "
                 "said.", published="2031-04-02")
    assert ex.events
    assert all(e.start is None for e in ex.events)


def test_a_recent_call_for_talks_does_not_undate_them(extract) -> None:
    # near miss: "recent" is the call's, and a preposition stands before the talks
    ex = extract("SEOUL, April 2, 2031 - Defence Minister Kim Min-jun held talks with Japanese "
                 "Defence Minister Taro Sato in Seoul today, after a recent call for closer "
                 "ties.", published="2031-04-02")
    assert any(e.start == "2031-04-02" for e in ex.events)


_FIGURES = ("LISBON, June 5, 2031 - Portugal's bond market has grown fast, with new issues "
            "totalling 310 billion euros in 2030, compared with 12 billion in 2009.\n"
            "Trading was valued at 900 billion euros last year against 40 billion in 2009, "
            "Finance Minister Rui Costa said.\n")


def test_a_year_of_an_amount_is_no_background_year(extract) -> None:
    ex = extract(_FIGURES + "Costa, who also held private talks with Spanish Finance Minister "
                 "Elena Ruiz, said his government was preparing a bill on insurance.",
                 published="2031-06-05")
    assert ex.events
    assert all(e.start != "2009" for e in ex.events)
    assert any(e.start == "2031-06-05" for e in ex.events)


def test_a_year_of_history_still_dates_the_gathering(extract) -> None:
    # near miss: a year told as the time of the narrative, with no amount, still dates it
    ex = extract("LISBON, June 5, 2031 - The two countries signed their first fishing accord "
                 "in 2009 after years of dispute.\nThe talks that led to it were held in "
                 "Lisbon by Portuguese and Spanish ministers.",
                 published="2031-06-05")
    assert any(e.start == "2009" for e in ex.events)

