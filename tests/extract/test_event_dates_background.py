"""Dates of undated gatherings (accords.extract.event_dates._dates): a gathering the text before
sets years back in the past ('As the spring of 1961 began ... That April, envoys met here')
takes that year, not the day the article was filed; an undated 'the meeting' takes the day
an earlier sentence gave 'yesterday's meeting'. Sentences are invented."""
from __future__ import annotations

from accords.vocab import EventKind


def test_background_gathering_takes_the_year_told_before(extract) -> None:
    ex = extract("LISBON, May 6, 2026 - The old riverside palace is now a museum of tiles. "
                 "As the spring of 1961 began, the two governments were already planning "
                 "a common trade zone. That April, the foreign ministers of Portugal and "
                 "Spain secretly met here at the palace to draft its rules.")
    dated = [e.start for e in ex.events if e.kind == EventKind.MEETING]
    assert dated == ["1961-04"]  # "That April": the month of the year told before


def test_recent_year_before_is_not_background(extract) -> None:
    # last year's signing told before does not carry today's news back a year
    ex = extract("LISBON, May 6, 2026 - The two states signed a fishing pact in 2025. "
                 "Foreign ministers of Portugal and Spain met in Lisbon to review the pact.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and all(e.start == "2026-05-06" for e in meetings)
    # nor a year followed by a word of the report's own time
    ex = extract("LISBON, May 6, 2026 - The two states signed a fishing pact in 1998. "
                 "It was revised this week, officials said. "
                 "Foreign ministers of Portugal and Spain met in Lisbon to review the pact.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and all(e.start == "2026-05-06" for e in meetings)


def test_the_meeting_takes_the_day_of_yesterdays_meeting(extract) -> None:
    ex = extract("ROME, May 6, 2026 - European Community finance ministers agreed on the need "
                 "for closer ties, officials said. Greek Finance Minister Nikos Pappas told "
                 "reporters yesterday's meeting agreed on a joint bond plan. The Italian "
                 "minister, whose country holds the presidency of the community, made clear "
                 "the meeting had not produced any agreement on a common currency.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and all(e.start == "2026-05-05" for e in meetings)


def test_a_named_subjects_relative_clause_dates_its_own_thing(extract) -> None:
    # ", which Kenya joined in January": the initiative's date, not the meeting's
    ex = extract("NAIROBI, Oct 14, 2020 (Xinhua) -- Kenyan Treasury Secretary Ukur Yatani met "
                 "Chinese Ambassador Zhou Pingjian on Tuesday to discuss the debt initiative, "
                 "which Kenya joined in January.")
    assert [e.start for e in ex.events if e.kind == EventKind.MEETING] == ["2020-10-13"]
    ex = extract("NEW DELHI, Oct 14, 2020 (PTI) - Indian Foreign Minister S. Jaishankar met "
                 "Japanese Foreign Minister Toshimitsu Motegi to discuss the Quad, which "
                 "Australia rejoined in July.")
    assert [e.start for e in ex.events if e.kind == EventKind.MEETING] == ["2020-10-14"]


def test_year_of_an_instrument_aside_is_not_background(extract) -> None:
    # a news story gives an old instrument's years in passing ("the 2009 treaty, which took
    # effect in 2010") and goes on with today's visit: the visit is today's, not 2010's
    ex = extract("VILNIUS, May 6, 2026 - The presidents of Lithuania and Poland signed a "
                 "defence declaration on Tuesday. The declaration builds on the 2009 Treaty on "
                 "Good Neighbourliness, which took effect in 2010. The Polish president, who "
                 "arrived in Lithuania on a two-day visit, also toured the old town.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and all(e.start and e.start.startswith("2026") for e in visits)


def test_a_gathering_told_in_the_present_after_history_is_not_of_its_year(extract) -> None:
    # a paragraph of history, then the story's present: "are attending the conference" and
    # "is determined to see X take part in the meetings" are today's news, not that year's
    ex = extract("QUITO, May 6, 2026 - The group of Andean oil exporters was founded in 1991 "
                 "after a long dispute over quotas and prices. Ministers from Ecuador, Peru and "
                 "Bolivia are attending the two-day conference in Quito this week.")
    dated = [e.start for e in ex.events if e.kind == EventKind.CONFERENCE]
    assert dated and "1991" not in dated
    ex = extract("GENEVA, May 6, 2026 - Relations soured after the border clashes of 2019 "
                 "and never recovered. The Dutch government is determined to see Norway "
                 "take part in the annual meetings of the assembly in Geneva.")
    assert [e.start for e in ex.events] and all(e.start != "2019" for e in ex.events)

