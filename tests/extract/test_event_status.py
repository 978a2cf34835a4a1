"""Whether a sentence's event took place (accords.extract.event_status), and what the event
rules make of planned, cancelled, negated, imagined, sport and domestic meetings."""
from __future__ import annotations

import pytest

from accords.extract.event_status import event_status
from accords.vocab import EventKind, EventStatus


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("The two foreign ministers held talks in Quito on Monday.", EventKind.TALKS,
     EventStatus.HELD),
    ("The premier will travel to Hanoi next week for talks.", EventKind.VISIT,
     EventStatus.PLANNED),
    ("Leaders are due to gather for a summit in Accra in June.", EventKind.SUMMIT,
     EventStatus.PLANNED),
    ("A summit of the two presidents has been called off after the border clash.",
     EventKind.SUMMIT, EventStatus.CANCELLED),
    ("The minister cancelled his visit to Rabat.", EventKind.VISIT, EventStatus.CANCELLED),
    ("She met the envoy on Friday and will fly to Lisbon next month.", EventKind.MEETING,
     EventStatus.HELD),
    # the predicate after a long modifier of the noun: the rest of its clause is read
    ("The regional trade conference planned for early March in Dakar has been cancelled.",
     EventKind.CONFERENCE, EventStatus.CANCELLED),
    # a cancellation in another clause is another event's
    ("The envoys' conference scheduled for May in Lusaka went ahead, but a summit was "
     "cancelled.", EventKind.CONFERENCE, EventStatus.PLANNED),
])
def test_status_of_the_event_word(sentence: str, kind: EventKind, status: EventStatus) -> None:
    assert event_status(sentence, kind) == status


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The president did not meet the visiting delegation.", EventKind.MEETING),
    ("The two leaders could meet in Geneva later this year.", EventKind.MEETING),
    ("Officials will decide in May whether to open talks with Minsk.", EventKind.TALKS),
    ("He invited the king to visit Oslo.", EventKind.VISIT),
    ("The minister said he hoped to visit Dakar soon.", EventKind.VISIT),
    # talks still ahead, on a condition, only attempted, or put at risk: none took place
    ("Talks on a new fisheries deal have yet to begin, the envoy said.", EventKind.TALKS),
    ("Talks will open only if the rebels lay down their arms.", EventKind.TALKS),
    ("Assuming the border talks fail, both sides will lose.", EventKind.TALKS),
    ("Aides were trying to arrange a meeting with the Peruvian president.", EventKind.MEETING),
    ("The dispute could risk derailing the trade talks.", EventKind.TALKS),
])
def test_negated_or_imagined_event_is_none(sentence: str, kind: EventKind) -> None:
    assert event_status(sentence, kind) is None


def test_planned_visit_is_recorded_as_planned_with_its_week(extract) -> None:
    ex = extract("HANOI, March 4, 2026 - Finnish Prime Minister Ilkka Rautio will travel to "
                 "Hanoi next week for talks with Vietnamese Prime Minister Tran Van Long.")
    assert ex.events
    assert {e.status for e in ex.events} == {EventStatus.PLANNED}
    assert all(e.start == "2026-03-09" and e.end == "2026-03-15" for e in ex.events)


def test_cancelled_visit_is_recorded_as_cancelled(extract) -> None:
    ex = extract("RABAT, May 12, 2026 - Chilean Foreign Minister Alberto Vargas cancelled his "
                 "visit to Morocco on Monday.")
    assert [(e.kind, e.status) for e in ex.events] == [(EventKind.VISIT, EventStatus.CANCELLED)]


def test_negated_meeting_is_not_recorded(extract) -> None:
    ex = extract("OSLO, June 2, 2026 - Norwegian Prime Minister Lars Haugen did not meet Polish "
                 "Prime Minister Piotr Nowak during the forum.")
    assert ex.events == []


def test_team_tour_is_not_a_visit(extract) -> None:
    ex = extract("The national rugby squad will play three tests on its tour of Argentina, "
                 "coach Mark Ellison said after the team's win over the champions. The striker "
                 "and the goalkeeper were injured in the last match of the season, and fans "
                 "hope the team wins the cup.")
    assert ex.events == []


def test_two_ministers_of_one_government_do_not_make_an_event(extract) -> None:
    ex = extract("CANBERRA, May 6, 2026 - Australian Treasurer Ruth Malley met Australian Trade "
                 "Minister Colin Barrow on Tuesday to discuss the budget.")
    assert ex.events == []


def test_a_day_named_without_year_in_a_future_sentence_is_ahead(extract) -> None:
    ex = extract("KIGALI, November 20, 2026 - Trade ministers of the East African countries will "
                 "meet in Kigali on January 14 to review tariffs, officials said.")
    assert [(e.status, e.start) for e in ex.events] == [(EventStatus.PLANNED, "2027-01-14")]


def test_a_gathering_dated_after_its_report_is_planned(extract) -> None:
    ex = extract("LIMA, June 2, 2026 - Trade tops the agenda of the regional summit in Quito on "
                 "June 10, 2026, Andean officials say.")
    summits = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert [(e.status, e.start) for e in summits] == [(EventStatus.PLANNED, "2026-06-10")]


def test_a_gathering_is_titled_as_the_text_names_it(extract) -> None:
    ex = extract("BRUSSELS, March 3, 2026 - European Union farm ministers failed to agree on "
                 "milk quotas at a meeting of the Agriculture Council in Brussels on Monday.")
    assert [e.title for e in ex.events] == ["Meeting of the Agriculture Council in Brussels"]


def test_the_summit_after_a_named_summit_is_that_summit(extract) -> None:
    ex = extract("ACCRA, May 4, 2026 - Ghanaian President Kwame Mensah attended the West African "
                 "summit in Abuja on Saturday, officials said. Trade dominated the summit, "
                 "where leaders also discussed security.")
    assert [e.kind for e in ex.events].count(EventKind.SUMMIT) == 1


def test_meeting_commitments_is_no_meeting(extract) -> None:
    ex = extract("CARACAS, March 2, 2026 - Venezuela will lend Peru 20,000 barrels a day of oil "
                 "to help it meet its export commitments, Energy Minister Luis Mora said.")
    assert ex.events == []


def test_an_athletics_meeting_is_not_an_event(extract) -> None:
    ex = extract("Britain's Jane Hollis won the 60m hurdles at Sunday's indoor meeting in Glasgow, "
                 "beating the world champion. Hollis, who took the relay title at the European "
                 "championships, said the meeting record was in reach. The sprinter will race "
                 "again at the athletics meeting in Birmingham next week.")
    assert ex.events == []


def test_a_company_meeting_is_not_an_event(extract) -> None:
    ex = extract("FRANKFURT, March 3, 2026 - The chief executives of the Frankfurt and Milan "
                 "stock exchanges held a meeting in Frankfurt on Monday to discuss a merger.")
    assert ex.events == []


def test_no_conference_is_no_event() -> None:
    from accords.pipeline import extract_batch
    from accords.records import Document
    (ex,) = extract_batch([Document.from_text(
        "x.txt", "ACCRA, March 3 - Ghana's oil minister said no extraordinary ECOWAS summit "
        "was planned for this month.")])
    assert ex.events == []


def test_talks_agreed_to_be_opened_are_planned() -> None:
    from accords.extract.event_status import event_status
    from accords.vocab import EventKind, EventStatus
    assert event_status("Ghana and Togo agreed on Friday to open talks on a customs union.",
                        EventKind.TALKS) == EventStatus.PLANNED


def test_talks_as_a_negotiation_over_months_are_no_event(extract):
    for text in ("BRUSSELS, June 3, 2025 - The EU said it will start accession talks with "
                 "Moldova in October.",
                 "BRUSSELS, June 3, 2025 - The bloc's decision to open formal talks with Kyiv "
                 "came despite objections from Hungary.",
                 "ASTANA, June 3, 2025 - The border treaty was initialled by the heads of the two "
                 "countries' government delegations in Astana after more than 150 rounds of "
                 "talks.",
                 "GENEVA, June 3, 2025 - Both governments suspended their complaints at the WTO "
                 "to allow bilateral talks to continue."):
        assert not [e for e in extract(text).events if e.kind == EventKind.TALKS], text


def test_a_session_of_a_states_own_body_or_of_a_market_is_no_event(extract):
    for text in ("CARACAS, May 2, 2025 - Speaking last night at a new session of congress, the "
                 "Peruvian finance minister said the debt deal with Chile reflected better credit.",
                 "CHICAGO, May 2, 2025 - Given our night trading session, we could list Japanese "
                 "and Korean contracts, a CBT official said."):
        assert not [e for e in extract(text).events], text


def test_a_meeting_a_state_is_seeking_is_not_recorded(extract) -> None:
    ex = extract("RIYADH, April 3 (Reuters) - Saudi Arabia is seeking an urgent meeting of "
                 "OPEC+ producers with Russia, officials said.", published="2020-04-03")
    assert ex.events == []


def test_the_run_up_to_a_summit_says_it_is_ahead(extract) -> None:
    from accords.extract.event_status import event_status
    from accords.vocab import EventKind, EventStatus
    assert event_status("Ministers met in the run-up to the G8 summit of leaders of France and "
                        "Germany.", EventKind.SUMMIT) == EventStatus.PLANNED


def test_an_event_that_hangs_from_a_future_verb_is_ahead(extract) -> None:
    ex = extract("LONDON, Jan 3, 2005 - July's summit of the leaders of Britain, France and "
                 "Germany in Gleneagles - chaired by the prime minister - will use the report "
                 "as the basis of talks.", published="2005-01-03")
    assert ex.events and all(e.status == EventStatus.PLANNED for e in ex.events)
    ex = extract("TOKYO, May 4, 2026 - Japanese Prime Minister Kenji Sato met South Korean "
                 "President Lee Jae-won in Tokyo on Monday.", published="2026-05-04")
    assert [e.status for e in ex.events] == [EventStatus.HELD]


def test_a_meeting_with_no_date_set_is_ahead_and_undated(extract) -> None:
    ex = extract("VIENNA, May 14, 2025 - Austria wants a meeting of Danube states with "
                 "Slovakia, but no date has been set for such a meeting.")
    assert [(e.status, e.start) for e in ex.events] == [(EventStatus.PLANNED, None)]


@pytest.mark.parametrize("sentence", [
    "Producers are trying to avoid an emergency cartel meeting, analysts said.",
    "The minister said there are no plans for an emergency meeting of the council.",
    "Reacting to efforts to call a Security Council meeting on the islands, Oslo protested.",
])
def test_a_meeting_avoided_ruled_out_or_only_sought_is_no_event(sentence: str) -> None:
    assert event_status(sentence, EventKind.MEETING) is None


def test_an_event_after_a_long_condition_is_only_imagined() -> None:
    from accords.extract.event_status import event_status
    from accords.vocab import EventKind
    assert event_status("But if any member of the fishing council objected to the new quota "
                        "rules, a meeting would be called, he said.", EventKind.MEETING) is None
    # a condition inside the sentence, not leading to the event's word
    assert event_status("He said that if the quota rules were changed, fishing towns would "
                        "suffer; the ministers' meeting on Monday went well.",
                        EventKind.MEETING) is not None


def test_a_meeting_of_a_governments_emergency_committee_is_no_event(extract) -> None:
    ex = extract("OSLO, May 4 - The prime minister chaired a meeting of the emergency committee "
                 "of ministers on Monday.", published="2026-05-04")
    assert ex.events == []


def test_a_predicate_after_the_nouns_long_of_phrase_tells_the_status() -> None:
    # (the window after the noun reaches past its of-phrase, which is kept in it)
    text = ("The seventh plenary session of the Chilean-Peruvian trade commission is scheduled "
            "for November in Arica.")
    assert event_status(text, EventKind.MEETING) == EventStatus.PLANNED
    assert event_status("The annual session of the national assembly next week was to have "
                        "discussed a draft law.", EventKind.MEETING) == EventStatus.PLANNED


def test_period_of_a_planned_instrument_does_not_date_the_meeting(extract) -> None:
    # "a programme ... for 2025-2027": the programme's years, not the council's meeting day
    ex = extract("RIGA, May 6, 2024 - Latvian President Edgars Rinkevics and Estonian "
                 "President Alar Karis held talks in Riga on Monday. The two sides agreed to "
                 "draft a programme on digital cooperation for 2025-2027, which is to be "
                 "signed at the next meeting of the intergovernmental commission in Tallinn.")
    planned = [e for e in ex.events if e.status == EventStatus.PLANNED]
    assert all(e.start != "2027" for e in planned)
