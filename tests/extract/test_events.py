"""Event mentions: visits, talks, and what is not an event (invitations, plans)."""
from accords.vocab import EventKind, EventStatus


def test_arrival_for_a_state_visit_is_a_visit(extract):
    ex = extract("ADDIS ABABA, March 3, 2025 - Kenyan President Daniel Mwangi arrived in Addis "
                 "Ababa on Monday for a two-day state visit to Ethiopia.")
    assert len(ex.events) == 1
    e = ex.events[0]
    assert e.kind == EventKind.VISIT
    assert e.host_country == "ETH"
    assert e.visiting_country == "KEN"
    assert e.place == "Addis Ababa"
    assert e.start == "2025-03-03"
    assert [(p.name, p.country) for p in e.participants] == [("Daniel Mwangi", "KEN")]


def test_held_talks_with_gives_talks_with_both_participants(extract):
    ex = extract("LIMA, May 5, 2025 - Chilean Foreign Minister Alberto Vargas held talks with "
                 "Peruvian Foreign Minister Jorge Salazar in Lima on Monday.")
    assert len(ex.events) == 1
    e = ex.events[0]
    assert e.kind == EventKind.TALKS
    assert [(p.name, p.country) for p in e.participants] == [
        ("Alberto Vargas", "CHL"), ("Jorge Salazar", "PER")]
    assert e.place == "Lima"
    assert e.host_country == "PER"
    assert e.visiting_country == "CHL"
    assert e.start == e.end == "2025-05-05"


def test_talks_with_a_counterpart(extract):
    ex = extract("LIMA, May 5, 2025 - Chilean Foreign Minister Alberto Vargas held talks with "
                 "his Peruvian counterpart Jorge Salazar in Lima on Monday.")
    assert [e.kind for e in ex.events] == [EventKind.TALKS]
    assert {p.name for p in ex.events[0].participants} == {"Alberto Vargas", "Jorge Salazar"}


def test_invitation_to_visit_is_not_an_event(extract):
    ex = extract("LIMA, May 5, 2025 - Peruvian President Jorge Salazar invited Chilean "
                 "President Alberto Vargas to visit Lima.")
    assert ex.events == []


def test_planned_meeting_is_recorded_as_planned_for_its_month(extract):
    ex = extract("OSLO, June 2, 2025 - Norwegian Prime Minister Lars Haugen will meet Polish "
                 "Prime Minister Piotr Nowak next month.")
    assert [(e.kind, e.status, e.start) for e in ex.events] == [
        (EventKind.MEETING, EventStatus.PLANNED, "2025-07")]


def test_event_quote_matches_the_original_text(extract):
    text = ("Kenya, Ethiopia leaders meet\n\n"
            "ADDIS ABABA, March 3, 2025 - Kenyan President Daniel Mwangi arrived in Addis "
            "Ababa on Monday for a two-day state visit to Ethiopia.\n")
    ex = extract(text)
    assert ex.events
    for e in ex.events:
        assert text[e.source.start:e.source.end] == e.source.quote
        assert "arrived in Addis Ababa" in e.source.quote


def test_ministers_meeting_named_by_its_noun(extract) -> None:
    ex = extract("NAIROBI, May 20, 2026 - The trade ministers of five East African countries "
                 "met today to review customs rules, officials said.")
    assert [(e.kind.value, e.place, e.start) for e in ex.events] == [
        ("meeting", "Nairobi", "2026-05-20")]


def test_conference_dates_from_began_and_ended(extract) -> None:
    ex = extract("VIENNA, July 6, 2026 - OPEC oil ministers said the conference, which began "
                 "Wednesday and ended Friday, had agreed to keep output steady.")
    assert [(e.kind.value, e.start, e.end) for e in ex.events] == [
        ("conference", "2026-07-01", "2026-07-03")]


def test_earlier_summit_keeps_its_own_year(extract) -> None:
    ex = extract("BRASILIA, May 2, 2027 - Ministers said they had implemented the plan agreed "
                 "at the 2025 Lima summit of the heads of state of the region.")
    summits = [e for e in ex.events if e.kind.value == "summit"]
    assert summits and summits[0].start == "2025" and summits[0].place == "Lima"


def test_a_headline_does_not_make_a_meeting_of_its_own(extract) -> None:
    ex = extract("Leaders of Chile and Peru meet\n\nLIMA, June 3, 2026 - Chilean President "
                 "Gabriel Boric arrived in Lima on Tuesday for a two-day state visit.")
    assert [e.kind.value for e in ex.events] == ["visit"]


def test_labour_union_talks_are_not_a_meeting_of_governments(extract) -> None:
    ex = extract("LA PAZ, May 3, 2026 - Union leaders of 9,000 miners held talks with the "
                 "management of a tin company on Monday over wages.")
    assert ex.events == []


def test_flying_to_a_capital_is_a_visit(extract) -> None:
    ex = extract("LONDON, May 2, 2026 - British Foreign Secretary Jane Ellis flew to Nairobi on "
                 "Monday for talks with Kenyan officials.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert [(e.host_country, e.visiting_country, e.status) for e in visits] == [
        ("KEN", "GBR", EventStatus.HELD)]


def test_going_to_a_capital_later_is_a_planned_visit(extract) -> None:
    ex = extract("LISBON, March 25, 2026 - Portuguese Prime Minister Rui Almeida said he would "
                 "go to Luanda next month to sign the accord.")
    assert [(e.kind, e.status, e.start) for e in ex.events] == [
        (EventKind.VISIT, EventStatus.PLANNED, "2026-04")]


def test_money_going_to_a_country_is_no_visit(extract) -> None:
    ex = extract("LISBON, March 25, 2026 - Most of the 40 mln dlr credit went to Angola last year, "
                 "Portuguese officials said.")
    assert ex.events == []


def _candidates(text: str, published: str | None = None):
    """Every event candidate of the rules, with the names of the rules it failed."""
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published=published)])
    return extract_events(ctx, lenient=True)


def test_the_subject_of_meet_takes_part_by_surname(extract) -> None:
    ex = extract("OTTAWA, April 3, 2026 - Canadian Trade Minister Paul Lemieux leaves on Saturday "
                 "for a ten-day trip to Asia, officials said.\n\nLemieux will meet Japanese Prime "
                 "Minister Kenji Sato in Tokyo on Monday to discuss car exports.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and [p.name for p in meetings[0].participants][:2] == [
        "Paul Lemieux", "Kenji Sato"]


def test_he_who_meets_is_the_one_of_the_previous_event(extract) -> None:
    ex = extract("OTTAWA, April 3, 2026 - Canadian Trade Minister Paul Lemieux will meet Japanese "
                 "Prime Minister Kenji Sato in Tokyo on Monday.\n\nHe will also meet Finance "
                 "Minister Hiro Tanaka on Tuesday.")
    names = {p.name for e in ex.events for p in e.participants}
    assert {"Paul Lemieux", "Kenji Sato", "Hiro Tanaka"} <= names
    tanaka = next(e for e in ex.events if "Hiro Tanaka" in {p.name for p in e.participants})
    assert "Paul Lemieux" in {p.name for p in tanaka.participants}


def test_the_visitor_named_after_the_visit_word(extract) -> None:
    ex = extract("Before visiting Peru, Chilean President Alberto Vargas stopped in Bolivia for "
                 "talks on gas exports, officials in Santiago said.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT and e.host_country == "PER"]
    assert visits and visits[0].visiting_country == "CHL"
    assert visits[0].participants[0].name == "Alberto Vargas"


def test_a_visit_takes_only_people_of_its_two_states() -> None:
    visits = [e for e in _candidates(
        "Chilean President Alberto Vargas made a surprise visit to Bolivia, the BBC's Mark "
        "Lewis reported, and Peruvian President Jorge Salazar said he welcomed it.")
        if e.kind == EventKind.VISIT]
    assert visits and [p.name for p in visits[0].participants] == ["Alberto Vargas"]


def test_a_visit_with_no_one_named_as_visitor_is_a_candidate_only() -> None:
    visits = [e for e in _candidates(
        "KUALA LUMPUR, March 23, 2026 - A special flight carrying 120 Malaysians from Iran "
        "arrived in Kuala Lumpur on Sunday, Malaysia's government said.")
        if e.kind == EventKind.VISIT]
    assert all(e.missing for e in visits)


def test_a_reporters_trip_is_no_official_visit() -> None:
    visits = [e for e in _candidates(
        "As the government eased the lockdown, our correspondent Anna Berg arrived in Athens "
        "to see the reopened beaches.") if e.kind == EventKind.VISIT]
    assert all("official" in e.missing for e in visits)


def test_a_one_state_gathering_is_a_candidate_only() -> None:
    groups = [e for e in _candidates(
        "FRANKFURT, May 5, 2026 - German officials said the council meeting on Thursday left "
        "interest rates unchanged.") if e.group]
    # (branch evreal: flagged `international` with no sign of several states in its sentence,
    # it is no longer proposed at all - the learned decision kept such ones, mostly a state's own)
    assert all("international" in e.missing for e in groups)
    assert not groups


def test_a_gathering_of_several_states_is_international() -> None:
    groups = [e for e in _candidates(
        "NAIROBI, May 20, 2026 - The trade ministers of five African countries met today to "
        "review customs rules.") if e.group]
    assert groups and not any("international" in e.missing for e in groups)


def test_the_datelines_city_is_not_the_place_of_a_meeting_elsewhere_or_later(extract) -> None:
    ex = extract("WASHINGTON, April 17, 2026 - U.S. Commerce Secretary Mary Holt will meet South "
                 "Korean President Lee Jun-ho on Monday to discuss car imports.")
    assert ex.events and all(not e.place_stated for e in ex.events)


def test_the_datelines_city_places_a_meeting_held_today(extract) -> None:
    ex = extract("LIMA, May 5, 2026 - Chilean Foreign Minister Alberto Vargas met Peruvian "
                 "Foreign Minister Jorge Salazar today.")
    assert [(e.place, e.place_stated) for e in ex.events] == [("Lima", True)]


def test_a_cabinet_meeting_is_no_event_between_states() -> None:
    assert not [e for e in _candidates(
        "NEW DELHI, May 5, 2026 - The commerce minister announced the decision to cut tariffs on "
        "Japanese cars after a cabinet meeting on Thursday.") if e.group]


def test_the_government_s_own_meeting_is_no_event_between_states() -> None:
    assert not [e for e in _candidates(
        "Mr Hale arrived at the ministry on Tuesday and will later chair the government's daily "
        "flood meeting.") if e.group]


def test_the_visitor_named_after_the_trip(extract) -> None:
    ex = extract("LONDON, April 3, 2026 - Britain and Japan remained deadlocked today over trade, "
                 "and officials said the trip to Tokyo next week by British Trade Minister Alan Marsh "
                 "would focus on cars.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and visits[0].host_country == "JPN"
    assert [p.name for p in visits[0].participants] == ["Alan Marsh"]


def test_a_surname_with_a_title_is_the_officeholder_of_that_name(extract) -> None:
    ex = extract("President Musharraf of Pakistan said during a visit to Britain that he hoped "
                 "for peace.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and visits[0].participants[0].name == "Pervez Musharraf"
    assert visits[0].visiting_country == "PAK"


def test_meeting_payments_is_no_meeting() -> None:
    assert not [e for e in _candidates(
        "WARSAW, March 5, 2026 - The key to meeting payments on a 30 billion dlr foreign debt "
        "lay in exports to Germany and France, the minister said.") if e.group]


def test_a_meeting_on_debt_is_a_meeting() -> None:
    assert [e for e in _candidates(
        "PARIS, March 5, 2026 - Finance ministers of Brazil and Argentina held a meeting on debt "
        "relief with their creditors today.")]


def test_a_company_annual_meeting_is_no_event() -> None:
    assert not [e for e in _candidates(
        "MUNICH, March 5, 2026 - He told the annual meeting that most sales came from products "
        "made in the United States.") if e.group]


def test_a_title_anywhere_in_the_article_makes_the_visitor_an_official() -> None:
    from accords.annotate.context import build_contexts
    from accords.extract.event_merge import _titled
    from accords.records import Actor, Document
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "LISBON, March 25, 2026 - Portuguese Prime Minister Rui Almeida\nCosta said "
        "the treaty was fair.\n\nAlmeida Costa said he would go to Luanda next month.")])
    assert _titled(ctx, Actor("Almeida Costa", None, "person", None))
    assert not _titled(ctx, Actor("Maria Lopes", None, "person", None))


def test_one_group_meeting_named_three_times_is_one(extract) -> None:
    ex = extract("India attended the G7 meeting as a guest. The G7 meeting in London discussed "
                 "debt relief for Africa and Asia. Brazil and China also attended the G7 meeting "
                 "of finance ministers.")
    assert len([e for e in ex.events if e.group]) <= 1


def test_a_capital_as_subject_is_no_person(extract) -> None:
    ex = extract("KYIV, May 5, 2026 - Ukrainian Foreign Minister Olena Bondar said Warsaw will meet "
                 "Polish Prime Minister Piotr Nowak's demands, officials said.")
    assert all("Warsaw" not in p.name for e in ex.events for p in e.participants)


def test_travelling_to_a_capital_is_read(extract) -> None:
    ex = extract("ACCRA, May 5, 2026 - Ghanaian Foreign Minister Ama Boateng will travel to Abuja "
                 "next week, officials said.")
    assert [(e.kind, e.status, e.host_country) for e in ex.events] == [
        (EventKind.VISIT, EventStatus.PLANNED, "NGA")]


def test_his_meetings_with_several_leaders_are_read() -> None:
    found = _candidates(
        "Kenyan President Daniel Mwangi has led the talks on the dam for years.\n\nHe attended "
        "regional summits, including his meetings with Ethiopian Prime Minister Abiy Tesfaye "
        "and Egyptian President Omar Hassan.")
    names = {p.name for e in found for p in e.participants}
    assert {"Abiy Tesfaye", "Omar Hassan"} <= names


def test_a_groups_summit_is_not_the_meeting_that_prepares_it(extract) -> None:
    ex = extract("ROME, April 27, 2026 - G7 finance ministers met in Porto Cervo today to "
                 "prepare the agenda. The G7 summit in Venice was held in June last year.")
    assert len([e for e in ex.events if e.group]) == 2


def test_a_trip_this_evening_is_planned(extract):
    ex = extract("ROME, March 3 - Peruvian Finance Minister Ana Ruiz, who travels to Italy this "
                 "evening, will discuss debt with Italian Treasury Minister Marco Bini.",
                 published="2021-03-03")
    assert [e.status for e in ex.events if e.kind == EventKind.VISIT] == [EventStatus.PLANNED]


def test_a_day_before_a_meeting_it_is_still_planned(extract):
    ex = extract("LONDON, April 7 - The report comes a day before a meeting of the G20 finance "
                 "ministers in Riyadh, officials said.", published="2021-04-07")
    assert [e.status for e in ex.events] == [EventStatus.PLANNED]


def test_one_visit_across_two_cities_is_one_visit(extract):
    ex = extract("NAIROBI, May 3, 2023 (KNA) - Ghanaian President Kwame Asante arrived in "
                 "Nairobi on Monday for a four-day state visit to Kenya.\n\nAsante will travel to "
                 "Mombasa on Thursday before returning home.", published="2023-05-03")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(visits) == 1 and visits[0].status == EventStatus.HELD


def test_during_the_visit_of_x_to_a_state_is_a_visit_there_not_at_the_dateline(extract):
    ex = extract("MOSCOW, March 10, 2018. /TASS/. Accra and Lome signed a border treaty during "
                 "the state visit of Ghanaian President Kwame Asante to Togo, which began on "
                 "Friday.", published="2018-03-10")
    (visit,) = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visit.host_country == "TGO"


def test_the_summit_someone_chaired_is_the_summit_named_before() -> None:
    # "who chaired the summit" refers back: one summit, with its chair, not a summit of one
    summits = [e for e in _candidates(
        "DOHA, January 6, 2027 - Leaders of the Gulf states signed a security pact at their "
        "annual summit in Doha on Tuesday. Saudi Crown Prince Mohammed bin Salman, who chaired "
        "the summit, said the pact ended years of division.") if e.kind == EventKind.SUMMIT]
    assert len(summits) == 1
    assert any("Salman" in p.name for p in summits[0].participants)


def test_one_leader_speaking_of_a_named_summit_gives_that_summit() -> None:
    (summit,) = [e for e in _candidates(
        "NAIROBI, March 5, 2026 - Kenyan President William Ruto said the border dispute "
        "would top the agenda at next week's IGAD summit in Addis Ababa.") if not e.missing]
    assert summit.group and "IGAD" in summit.title


def test_a_year_in_a_clause_about_an_earlier_plan_does_not_date_the_meeting() -> None:
    # "a plan that the two governments adopted in 2019": the plan's year, not the meeting's
    (meeting,) = [e for e in _candidates(
        "LIMA, May 4, 2026 - Foreign Ministers Ana Quispe of Peru and Jorge Soto of Chile met "
        "for two days in Lima under a plan that the two governments adopted in 2019.",
        published="2026-05-04") if e.kind == EventKind.MEETING]
    assert meeting.start and not meeting.start.startswith("2019")


def test_visit_in_an_aside_is_the_visit_of_the_one_named_before_it() -> None:
    # "Mwangi, on a one-day visit to Kampala, held talks": the subject before the aside
    from accords.extract.event_roles import _SUBJECT
    m = _SUBJECT.search("Mwangi, on a one-day ")
    assert m is not None and m.group("who") == "Mwangi"


def test_a_clause_with_its_own_subject_does_not_date_the_event() -> None:
    # "... talks on the community, which the country joined in 2016": 2016 dates the joining
    from accords.extract.event_common import _RELATIVE_ASIDE
    text = "Mwangi also held talks with Okello on the community, which the country joined in 2016."
    m = _RELATIVE_ASIDE.search(text)
    assert m is not None and "2016" in m.group(0)
    # the event as the clause's subject dates the event: "the conference, which began Monday"
    assert _RELATIVE_ASIDE.search("the conference, which began on Monday, ended") is None

def test_visitor_of_a_state_named_before_the_visit(extract):
    ex = extract("DAKAR, May 5, 2025 - Senegal has strengthened ties with Brazil, whose deputy "
                 "defence minister Paulo Andrade Ferreira visited Dakar in April.")
    (v,) = ex.events
    assert v.kind == EventKind.VISIT
    assert (v.host_country, v.visiting_country) == ("SEN", "BRA")


SUMMIT_STORY = ("NAIROBI, May 5, 2025 (Reuters) - Leaders of the East African Community held a "
                "summit in Nairobi on Monday.\n\nKenyan President Daniel Mwangi, Ugandan "
                "President Joseph Okello and Rwandan President Paul Habimana took part.\n\n"
                "On the sidelines of the summit, Ugandan President Joseph Okello and Rwandan "
                "President Paul Habimana held a bilateral meeting, their first this year.")


def test_those_who_took_part_join_the_summit(extract):
    summits = [e for e in extract(SUMMIT_STORY).events if e.kind == EventKind.SUMMIT]
    assert len(summits) == 1
    assert {"Daniel Mwangi", "Joseph Okello", "Paul Habimana"} <= {
        p.name for p in summits[0].participants}


def test_a_bilateral_meeting_on_the_sidelines_of_a_summit_is_its_own(extract):
    meetings = [e for e in extract(SUMMIT_STORY).events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"Joseph Okello", "Paul Habimana"}


def test_talks_between_two_states_named_as_the_sides(extract):
    ex = extract("Analysts say the failure of talks between Ecuador and Peru on the river "
                 "border has not led to new tensions.")
    assert [e.kind for e in ex.events] == [EventKind.TALKS]


def test_a_clause_telling_of_the_arrival_dates_the_visit(extract):
    ex = extract("KAMPALA, June 8, 2025 (Reuters) - Kenyan President Daniel Mwangi, who arrived "
                 "in Kampala on Friday for a three-day state visit, addressed the Ugandan "
                 "parliament on Saturday.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(visits) == 1 and visits[0].start == "2025-06-06"


def test_the_chair_of_a_meeting_takes_part_in_it(extract):
    ex = extract("LIMA, May 5, 2025 (Reuters) - The plan was adopted at a meeting of the Andean "
                 "Community foreign ministers in Lima on Monday.\n\nThe plan sets targets for "
                 "2030.\n\nIt will be reviewed every year.\n\nIt covers trade and "
                 "energy.\n\nPeruvian Foreign Minister "
                 "Jorge Salazar, who chaired the meeting, said the bloc would help Bolivia.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    assert "Jorge Salazar" in {p.name for p in meetings[0].participants}


def test_a_person_named_in_a_later_clause_is_not_the_visitor(extract):
    ex = extract("In Berlin, he was scolded for threatening a Czech senator for visiting Taiwan, "
                 "and never got to meet German Chancellor Klara Hoffmann, a diplomat said.")
    assert not [e for e in ex.events if e.kind == EventKind.VISIT
                and any(p.name == "Klara Hoffmann" for p in e.participants)]


def test_the_subject_after_an_opening_clause_is_the_visitor(extract):
    ex = extract("Before visiting Chile, Peruvian President Jorge Salazar made a surprise trip "
                 "to Bolivia, officials said.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and all(v.participants[0].name == "Jorge Salazar" for v in visits)


def test_an_analyst_quoted_about_talks_does_not_take_part(extract) -> None:
    ex = extract("VIENNA, May 14, 2025 - Slovak Prime Minister Peter Kovac met Austrian "
                 "Chancellor Karl Huber on Tuesday, a meeting that Eva Lind, a professor of "
                 "economics at Vienna University, called overdue.")
    assert [{p.name for p in e.participants} for e in ex.events] == [{"Peter Kovac", "Karl Huber"}]


def test_days_of_talks_held_by_a_delegation_led_by_someone(extract) -> None:
    ex = extract("VIENNA, May 14, 2025 - A Slovak delegation, led by Deputy Finance Minister "
                 "Jana Novakova, held three days of talks in Vienna this week with Austrian "
                 "officials.")
    assert [(e.kind, [p.name for p in e.participants]) for e in ex.events] == [
        (EventKind.TALKS, ["Jana Novakova"])]


def test_two_visits_in_one_sentence_are_two_visits(extract) -> None:
    # Two visit words, two travellers, two destinations: each visit has its own clause's people
    ex = extract("Chilean trade minister Alberto Vargas raised the copper plan during a trip to "
                 "Lima last year, and it was discussed again during Peruvian president Jorge "
                 "Salazar's recent visit to Santiago.")
    visits = sorted((e.host_country, e.visiting_country, [p.name for p in e.participants])
                    for e in ex.events if e.kind == EventKind.VISIT)
    assert visits == [("CHL", "PER", ["Jorge Salazar"]), ("PER", "CHL", ["Alberto Vargas"])]


def test_one_visit_named_twice_in_a_sentence_stays_one(extract) -> None:
    ex = extract("LIMA, May 5, 2025 - Chilean President Alberto Vargas arrived in Lima on Monday "
                 "for a two-day state visit to Peru.")
    assert [e.kind for e in ex.events] == [EventKind.VISIT]


def test_an_envoy_due_to_arrive_visits_the_state_of_the_story(extract) -> None:
    ex = extract("Peru's president appealed for calm after the floods.\n\nPresident Jorge Salazar "
                 "said the army would help. Chile's peace negotiator Alberto Vargas is due to "
                 "arrive on Thursday to try to restart talks with the rebels in Peru.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and (visits[0].host_country, visits[0].visiting_country) == ("PER", "CHL")
    assert visits[0].status == EventStatus.PLANNED
    assert [p.name for p in visits[0].participants] == ["Alberto Vargas"]


def test_an_official_who_arrived_here_visits_the_dateline_city(extract) -> None:
    ex = extract("LIMA, March 11, 2026 - Chile's deputy energy minister Alberto Vargas arrived "
                 "here last night for talks on gas supplies, officials said.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and (visits[0].host_country, visits[0].visiting_country) == ("PER", "CHL")
    assert visits[0].participants[0].name == "Alberto Vargas"


def test_his_talks_are_of_the_one_named_by_surname_before(extract) -> None:
    # "Vargas gave no details." names him by surname only, in a sentence of no event
    ex = extract("LIMA, May 5, 2025 - Chilean Foreign Minister Alberto Vargas told a news "
                 "conference that copper exports would rise.\n\nThe mines reopened in March. Prices "
                 "fell. Output doubled.\n\nVargas gave no details of the plan.\n\nIn his talks with Peruvian Trade Minister Jorge Salazar, he said, he "
                 "raised the question of port fees.")
    talks = [e for e in ex.events if "Jorge Salazar" in {p.name for p in e.participants}]
    assert talks and {p.name for p in talks[0].participants} == {"Alberto Vargas",
                                                                 "Jorge Salazar"}


def test_the_states_office_holder_named_by_description_meets(extract) -> None:
    ex = extract("Chilean President Alberto Vargas has called for more trade in the Pacific.\n\n"
                 "On Monday the Chilean president met Prime Minister Jorge Salazar of Peru in "
                 "Lima to discuss port fees.")
    meetings = [e for e in ex.events if e.kind != EventKind.VISIT]
    assert meetings and {p.name for p in meetings[0].participants} == {"Alberto Vargas",
                                                                       "Jorge Salazar"}


def test_a_call_told_by_its_verb_is_a_call(extract):
    # "spoke by telephone", "phoned", "talked by phone": the call with no noun "call" in it
    for verb in ("spoke by telephone with", "phoned", "talked by phone with"):
        ex = extract("QUITO, May 5, 2025 - Ecuadorean President Ana Ruiz "
                     f"{verb} Colombian President Mario Lema on Sunday about border crossings.")
        assert [(e.kind, e.status) for e in ex.events] == [(EventKind.CALL, EventStatus.HELD)], verb
        assert {p.name for p in ex.events[0].participants} == {"Ana Ruiz", "Mario Lema"}

def test_day_a_report_was_made_does_not_date_a_called_off_visit(extract):
    # "his office said Friday" dates the report; the visit was to be next week
    ex = extract("LIMA, May 9, 2025 - Chilean President Alberto Vargas has cancelled a visit "
                 "to Peru that had been planned for next week, his office said Friday.",
                 published="2025-05-09")
    (e,) = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert e.status == EventStatus.CANCELLED
    assert e.start == "2025-05-12" and e.end == "2025-05-18"


def test_one_who_says_what_two_leaders_discussed_is_no_participant(extract):
    ex = extract("LIMA, May 9, 2025 - Chilean President Alberto Vargas met Peruvian President "
                 "Jorge Salazar in Lima on Friday, and Chilean economy minister Ana Ruiz said "
                 "the two men discussed trade.", published="2025-05-09")
    (e,) = ex.events
    assert [p.name for p in e.participants] == ["Alberto Vargas", "Jorge Salazar"]


def test_one_who_met_and_then_speaks_stays_a_participant(extract):
    ex = extract("LIMA, May 9, 2025 - Chilean President Alberto Vargas met Peruvian President "
                 "Jorge Salazar in Lima on Friday, and Salazar said the two men discussed trade.",
                 published="2025-05-09")
    (e,) = ex.events
    assert {p.name for p in e.participants} == {"Alberto Vargas", "Jorge Salazar"}


def test_the_source_of_the_sentence_is_no_participant(extract):
    ex = extract("RIGA, May 5, 2025 - Latvia will raise energy security at the Nordic-Baltic "
                 "ministerial meeting in Oslo in June, Latvian Foreign Minister Baiba Kalnina "
                 "said.")
    assert [e.kind for e in ex.events] == [EventKind.MEETING]
    assert "Baiba Kalnina" not in {p.name for p in ex.events[0].participants}


def test_a_source_who_was_there_or_speaks_of_himself_stays(extract):
    ex = extract("RIGA, May 5, 2025 - The fisheries accord will be renegotiated, Nordic "
                 "Council official Baiba Kalnina told reporters after a special session of the "
                 "council.")
    assert all("Baiba Kalnina" in {p.name for p in e.participants} for e in ex.events)
    ex = extract("RIGA, May 5, 2025 - He will visit Oslo in June to meet Norwegian Prime Minister "
                 "Jonas Store, Latvian Foreign Minister Baiba Kalnina said.")
    assert ex.events and "Jonas Store" in {p.name for p in ex.events[0].participants}


def test_telephone_talks_and_a_telephone_summit_are_calls(extract):
    for noun in ("held telephone talks with", "in a telephone summit with"):
        ex = extract("VILNIUS, May 5, 2025 - Lithuanian President Ona Vaitkus "
                     f"{noun} Polish President Marek Nowak on Sunday.")
        assert [e.kind for e in ex.events] == [EventKind.CALL], noun
    ex = extract("VILNIUS, May 5, 2025 - Lithuanian President Ona Vaitkus held talks with Polish "
                 "President Marek Nowak on Sunday, and later phoned the Latvian president.")
    assert EventKind.TALKS in [e.kind for e in ex.events]


def test_a_new_gathering_after_one_told_before_is_read(extract) -> None:
    # The first noun refers back to the meeting of the first sentence; the summit is new.
    ex = extract("LONDON, March 3, 2026 - Prime Minister Ana Ruiz of Spain met Prime Minister "
                 "Tom Hale of Britain on Monday. The Downing Street talks covered fishing ahead "
                 "of a NATO summit in Oslo next month.")
    summits = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert [(e.place, e.status, e.start) for e in summits] == [
        ("Oslo", EventStatus.PLANNED, "2026-04")]


def test_meetings_in_general_after_one_told_before_are_no_event(extract) -> None:
    ex = extract("ROME, March 3, 2026 - Finance ministers of five states met in Paris on "
                 "Monday. Italy said its exclusion from the meeting broke a promise to let it "
                 "attend meetings held by the five.")
    assert [e.kind for e in ex.events] == [EventKind.MEETING]


def test_a_bargaining_session_is_no_meeting_of_governments(extract) -> None:
    ex = extract("DETROIT, March 3, 2026 - The talks broke off on Monday, union officials said, "
                 "and a bargaining session has been set for Friday in Toledo.")
    assert ex.events == []


def test_a_meeting_and_a_summit_of_one_article_stay_two() -> None:
    # Both are given the office-holder of the sentences nearby; that does not make them one.
    from dataclasses import replace

    from accords.annotate.context import build_contexts
    from accords.consolidate.run import consolidate
    from accords.extract.events import extract_events
    from accords.records import Actor, Document
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "Austrian Chancellor Hans Berg has called for reform of the EU's deficit "
        "rules. Mr Berg said changes to the rules are due to be agreed at an economic summit "
        "in June. The issue will also be discussed at Friday's Ecofin meeting of the finance "
        "ministers of all EU members.")])
    mentions = extract_events(ctx)
    assert sorted(e.kind.value for e in mentions) == ["meeting", "summit"]
    berg = Actor("Hans Berg", "AUT", "person", "Chancellor")
    events = consolidate([], [replace(e, participants=[berg]) for e in mentions], []).events
    assert sorted(e.kind.value for e in events) == ["meeting", "summit"]


def test_ministers_joint_session_is_a_meeting() -> None:
    found = _candidates("ROME, June 15, 2026 - EU finance and farm ministers held a joint "
                        "session in Luxembourg today on farm financing.")
    assert [(e.kind, e.place, e.start, e.missing) for e in found] == [
        (EventKind.MEETING, "Luxembourg", "2026-06-15", ())]


def test_a_joint_session_of_congress_is_no_meeting_of_states() -> None:
    found = _candidates("WASHINGTON, June 15, 2026 - The president addressed a joint session "
                        "of Congress today on the budget.")
    assert all(e.missing for e in found)


def test_a_week_the_year_does_not_have_dates_nothing():
    from accords.extract.event_dates import _past_week
    assert _past_week("2027-W18", "2027-05-12") == ("2027-05-03", "2027-05-09")
    assert _past_week("2027-W53", "2028-01-10") is None  # 2027 has 52 ISO weeks: no crash


def test_a_video_conference_held_with_a_counterpart_is_a_call(extract):
    ex = extract("ROME, May 6, 2025 - Italian Foreign Minister Marco Bellini held a video "
                 "conference with his Tunisian counterpart Karim Haddad on Monday.")
    assert [e.kind for e in ex.events] == [EventKind.CALL]
    assert {p.name for p in ex.events[0].participants} == {"Marco Bellini", "Karim Haddad"}


def test_consultations_between_deputy_ministers_are_talks(extract):
    ex = extract("MOSCOW, March 5, 2025 - Russian Deputy Foreign Minister Oleg Petrov held "
                 "consultations with Kazakh Deputy Foreign Minister Aidos Sarsenov in Moscow "
                 "on Tuesday.")
    assert [e.kind for e in ex.events] == [EventKind.TALKS]
    assert ex.events[0].place == "Moscow"


def test_a_visit_the_host_will_host_is_planned(extract):
    ex = extract("PARIS, March 5, 2025 - French President Luc Moreau will host German Chancellor "
                 "Klaus Weber at the Elysee Palace on Wednesday.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(visits) == 1
    assert visits[0].status == EventStatus.PLANNED
    assert visits[0].visiting_country == "DEU"


def test_a_courtesy_call_received_from_a_minister_is_a_meeting(extract):
    ex = extract("JAKARTA, March 5, 2025 - Indonesian Foreign Minister Dewi Lestari received a "
                 "courtesy call from Australian Trade Minister Tom Baxter in Jakarta on Friday.")
    assert EventKind.MEETING in [e.kind for e in ex.events]
    meeting = next(e for e in ex.events if e.kind == EventKind.MEETING)
    assert {p.name for p in meeting.participants} == {"Dewi Lestari", "Tom Baxter"}


def test_a_place_the_gazetteer_lacks_after_held_in_is_no_participant(extract):
    ex = extract("JAKARTA, May 2, 2025 - The ASEAN summit will be held in Tanjung Kelayang from "
                 "May 9 to 11, the foreign ministry said.")
    summits = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert summits
    assert all(p.name != "Tanjung Kelayang" for p in summits[0].participants)
