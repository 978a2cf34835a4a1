"""Dates of a gathering named again with "the" and no time of its own, right after a sentence
that dates a gathering of the same noun (accords.extract.event_dates._named_again): the day the
parse hangs from that noun is the re-mentioned gathering's. Sentences are invented."""
from __future__ import annotations

from accords.vocab import EventKind


def _dated(ex, sentence):
    return [(e.start, e.end) for e in ex.events
            if e.kind == EventKind.MEETING and e.sentence == sentence]


def test_the_joint_meeting_takes_the_day_of_the_meeting_just_told(extract) -> None:
    # published Thursday 2026-05-07; the meeting of the sentence before was on Tuesday (May 5)
    ex = extract("Chile and Peru will open a trade office in Lima next month. The two agreed "
                 "on the office following a video conference meeting between Chile's deputy "
                 "foreign minister Ana Ruiz and Peru's trade minister Jorge Soto on Tuesday "
                 "(May 5). The third Chile-Peru Joint Meeting on Trade was also attended by "
                 "customs and transport officials from both sides.", published="2026-05-07")
    assert _dated(ex, 2) == [("2026-05-05", "2026-05-05")]


def test_the_talks_take_the_day_hung_from_talks_before(extract) -> None:
    ex = extract("Kenya and Ethiopia will reopen their border crossing at Moyale. The decision "
                 "followed talks between Kenyan foreign minister Amina Odhiambo and Ethiopian "
                 "foreign minister Tesfaye Bekele on May 4 in Nairobi. The border talks also "
                 "covered cattle trade and the rail link.", published="2026-05-07")
    assert [(e.start, e.end) for e in ex.events if e.sentence == 2] == [
        ("2026-05-04", "2026-05-04")]


def test_a_day_hung_from_a_verb_does_not_date_the_noun_named_after_it(extract) -> None:
    # "on Monday" is the ministers' meeting's, not the summit's
    ex = extract("Foreign ministers of Chile and Peru met in Lima on Monday to prepare the "
                 "regional summit. The regional summit will be attended by the presidents of "
                 "both countries.", published="2026-05-07")
    assert ("2026-05-04", "2026-05-04") not in [
        (e.start, e.end) for e in ex.events if e.sentence == 1]


def test_another_noun_takes_no_day_from_the_sentence_before(extract) -> None:
    ex = extract("Chile and Peru will open a trade office in Lima next month. The two agreed "
                 "on the office following a video conference meeting between Chile's deputy "
                 "foreign minister Ana Ruiz and Peru's trade minister Jorge Soto on Tuesday "
                 "(May 5). The regional conference on trade was also attended by customs "
                 "and transport officials from both countries.", published="2026-05-07")
    assert ("2026-05-05", "2026-05-05") not in [
        (e.start, e.end) for e in ex.events if e.sentence == 2]
