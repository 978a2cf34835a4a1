"""False events of the round-24/25 audits read from the parse (branch evreal10): "meet" whose
object is a thing to satisfy wherever the parse puts it (the subject of "difficult to meet",
of a passive, the noun a relative clause modifies); a gathering of no named body told only in
an "if" / "unless" clause; an indefinite gathering whose clause's subject is the generic
"you"; bare plural talks whose only side is "other nations"; "a meeting point", a place.
Articles invented; the guards (a meeting with a person, a named gathering in a condition, a
dated one, "you" in a quote about a sitting with a named side, talks with named states) keep
their event."""
from accords.annotate.context import nlp
from accords.annotate.syntax import Parse
from accords.extract.event_senses import (
    generic_gathering,
    met_as_satisfied,
    talks_with_others,
    unnamed_in_condition,
)
from accords.vocab import EventKind


def _parse(text: str) -> Parse:
    return Parse.of(nlp()(text))


def test_a_requirement_difficult_to_meet_is_no_meeting(extract):
    ex = extract("WASHINGTON, April 8 - The United States will ship 50,000 tonnes of wheat to "
                 "Egypt and Tunisia under the food aid program, officials said.\nAnn Porter, "
                 "administrator of the Agriculture Department's Foreign Trade Service, said "
                 "yesterday the requirement that more food aid cargoes be carried on U.S. ships "
                 "has been difficult to meet.\n REUTER")
    assert ex.events == []


def test_a_deadline_the_government_failed_to_meet_is_no_meeting(extract):
    ex = extract("OTTAWA, June 3 - Trade Minister Paul Leduc conceded on Tuesday that the "
                 "March deadline, which the government failed to meet, had been too "
                 "ambitious.\n REUTER")
    assert ex.events == []


def test_the_parse_finds_the_thing_met_before_the_verb():
    text = "The minister said the export quota would be hard to meet this season."
    assert met_as_satisfied(text, _parse(text))
    text = "The finance ministry said the targets set by the fund were met last year."
    assert met_as_satisfied(text, _parse(text))


def test_meeting_a_person_and_a_group_meeting_today_are_sittings():
    for text in ("The minister said the trade targets were met, and he met President Smith.",
                 "The working group on quota rules which is meeting today will report on Friday.",
                 "The president, whom the minister met on Friday, was pleased."):
        assert not met_as_satisfied(text, _parse(text))


def test_a_meeting_of_one_of_the_councils_in_a_condition_is_imagined(extract):
    ex = extract("European ministers want a common rule on software patents, the Commission "
                 "said.\nYet if the new software rule is nodded through at the next meeting of "
                 "one of the EU's ministerial councils, as seems likely, it will let firms patent "
                 "programs in Europe as they can in Japan.")
    assert ex.events == []


def test_a_named_or_dated_gathering_in_a_condition_stays():
    for text in ("If the Group of Seven meeting in Rome on Friday fails, the dollar will fall.",
                 "Prices could rise if a meeting of producers in Vienna next week agrees to cut "
                 "output.",
                 "Unless something surprising comes out of the Smith-Jones talks, the dollar "
                 "will stay weak."):
        kind = EventKind.TALKS if "talks" in text else EventKind.MEETING
        assert not unnamed_in_condition(text, kind, _parse(text))
    text = "Unless the next meeting of one of the committees approves the budget, it will stop."
    assert unnamed_in_condition(text, EventKind.MEETING, _parse(text))


def test_you_in_a_quote_beside_a_named_meeting_stays():
    text = ('"You cannot win without rain," the president told reporters during a meeting '
            "with President Duarte in March.")
    assert not generic_gathering(text, EventKind.MEETING, _parse(text))
    text = "It is not a city where you can walk into a meeting late."
    assert generic_gathering(text, EventKind.MEETING, _parse(text))


def test_talks_with_other_nations_are_talks_of_a_kind(extract):
    ex = extract("TOKYO, May 5 - A Finance Ministry official who took part in trade talks "
                 "with other nations also said the country would not change its tariff "
                 "policy.\n REUTER")
    assert ex.events == []


def test_talks_with_named_states_or_the_other_members_stay():
    for text in ("An official who took part in trade talks with France and other nations said "
                 "no deal was near.",
                 "An official who took part in the talks with other nations said no deal was "
                 "near."):
        assert not talks_with_others(text, EventKind.TALKS, _parse(text))
    text = "An official who took part in trade talks with other nations said no deal was near."
    assert talks_with_others(text, EventKind.TALKS, _parse(text))


def test_a_meeting_point_is_a_place(extract):
    ex = extract("Ghent is all business. But in Ghent, you are never more than ten minutes "
                 "away by bike from a central meeting point, as in Belgium's other cities near "
                 "France.", published="2020-05-02")
    assert ex.events == []
