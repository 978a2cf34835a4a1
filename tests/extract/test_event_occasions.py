"""A gathering word that tells no occasion of states: only the venue of a speaker's words, a
gathering an existential "there be" denies, a side only disposed to talk. Sentences invented
(evreal15, round-29 audit)."""


def test_a_meeting_that_only_places_remarks_is_no_event(extract):
    ex = extract("MANILA, June 3, 2025 - At a meeting in Cebu, Asian Development Bank president "
                 "Ana Cruz said she was confident the islands could rebuild on their own.")
    assert ex.events == []


def test_told_reporters_at_a_conference_is_no_event(extract):
    ex = extract("LIMA, June 3, 2025 - The Peruvian mines minister told reporters at a mining "
                 "conference in Cusco that OPEC had kept its price unchanged.")
    assert ex.events == []


def test_said_at_a_meeting_with_a_foreign_leader_stays(extract):
    ex = extract("LIMA, June 3, 2025 - Peruvian President Ana Flores said at a meeting with "
                 "Chilean President Jorge Soto in Lima on Monday that trade was growing.")
    assert len(ex.events) == 1


def test_talks_there_will_not_be_are_no_event(extract):
    ex = extract("LONDON, June 3, 2025 - Traders said there will probably not be new ICO cocoa "
                 "price talks between producers and consumers until October.")
    assert ex.events == []


def test_there_was_no_meeting_is_no_event(extract):
    ex = extract("CAIRO, June 3, 2025 - There was no meeting on Monday between Egyptian Foreign "
                 "Minister Sami Adel and Sudanese Foreign Minister Omar Bashir, officials said.")
    assert ex.events == []


def test_there_will_be_talks_stays(extract):
    ex = extract("CAIRO, June 3, 2025 - There will be talks between the Egyptian and Sudanese "
                 "foreign ministers in Cairo on Monday, officials said.")
    assert len(ex.events) == 1


def test_only_willing_to_negotiate_in_talks_is_no_event(extract):
    ex = extract("OTTAWA, June 3, 2025 - A Canadian trade official said while Canada is willing "
                 "to negotiate about dairy in a new round of trade talks with the EU, it will "
                 "not give ground on quotas.")
    assert ex.events == []


def test_ready_for_talks_with_a_day_stays(extract):
    ex = extract("OTTAWA, June 3, 2025 - Canada is ready to hold trade talks with the EU in "
                 "Brussels on Monday, Canadian Trade Minister Paul Roy said.")
    assert len(ex.events) == 1


def test_said_at_a_conference_hosted_by_a_foreign_minister_stays(extract):
    ex = extract("LONDON, June 3, 2025 - Indian Finance Minister Ravi Rao is attending the G7 "
                 "meeting in London.\n\nAt a conference on developing enterprise hosted by UK "
                 "finance minister Tom Gray on Friday, he said that he was in favour of floating "
                 "exchange rates.")
    assert any(e.title.startswith("Conference") for e in ex.events)


def test_two_sides_speaking_at_a_meeting_stay(extract):
    ex = extract("OSLO, June 3, 2025 - At a meeting in Bergen last January Norwegian and "
                 "Icelandic fisheries ministers said they would share the cod quotas.")
    assert len(ex.events) == 1


def test_a_gathering_only_timing_a_disposition_stays(extract):
    ex = extract("TOKYO, June 3, 2025 - Dealers seem unwilling to hold large positions ahead of "
                 "the G-7 finance ministers' meeting in Washington, a Japanese banker said.")
    assert len(ex.events) == 1
