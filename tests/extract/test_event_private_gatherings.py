"""Gatherings of experts, of an industry or of one state's officials with companies, and a
company chief's meeting with an official, are no events between states (blind audit round 6:
'said at a conference', 'a paper presented at the International Conference on AIDS', a
minister's meeting with grain firms, a bank chief meeting a Treasury Secretary)."""
from __future__ import annotations

import pytest

from accords.extract.event_sides import company_chief


def test_an_economist_speaking_at_a_conference_is_no_event(extract) -> None:
    ex = extract("LISBON, May 4 - Ana Ruiz, a senior economist at a Madrid consultancy, said at "
                 "a conference that Portuguese growth would slow this year.",
                 published="2026-05-04")
    assert ex.events == []


def _candidates(text: str):
    """Every event candidate of the rules, kept or flagged, before a learned decision."""
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-05-04")])
    return extract_events(ctx, lenient=True)


@pytest.mark.parametrize("text", [
    "Lars Holm, a researcher at Oslo University, was on stage at a medical conference in "
    "Geneva, Switzerland, when the results came in.",
    "A report on the vaccine, presented at the Fifth International Conference on Tropical "
    "Diseases by Oslo University researcher Lars Holm, said, \"we find the vaccine safe.\"",
    "MIAMI, May 4 - Leaders of the major U.S. shipping exchanges and their federal regulators "
    "begin a two-day meeting here tomorrow, satisfied with the industry's growth.",
])
def test_an_expert_or_industry_or_domestic_gathering_is_no_candidate(text: str) -> None:
    assert _candidates(text) == []


def _gathering(quote: str, *people: tuple[str, str | None, str | None]):
    from accords.records import Actor, EventMention, Source
    from accords.vocab import EventKind
    e = EventMention("d", EventKind.MEETING, "Meeting", Source("d", quote, 0, len(quote)),
                     None, None, None, None, None,
                     [Actor(n, c, "person", r) for n, c, r in people], 0)
    e.group, e.missing = True, ("governmental",)
    return e


def test_one_states_officials_at_a_meeting_naming_no_other_state_is_private() -> None:
    from accords.extract.events import _private_gathering
    quote = "A participant in the meeting said Hale was unmoved by the group's request."
    assert _private_gathering(_gathering(quote, ("Tom Hale", "USA", "Farm Secretary"),
                                         ("Ann Bell", None, "Deputy Farm Secretary")))
    # officials of two states, or a second state named, make it one between states
    assert not _private_gathering(_gathering(quote, ("Tom Hale", "USA", "Farm Secretary"),
                                             ("Ana Ruiz", "MEX", "Farm Minister")))
    assert not _private_gathering(_gathering(quote + " Mexico sent no one.",
                                             ("Tom Hale", "USA", "Farm Secretary"),
                                             ("Ann Bell", None, "Deputy Farm Secretary")))


def test_a_bank_chiefs_meeting_with_a_minister_is_no_event(extract) -> None:
    ex = extract("MADRID, May 4 - Banco Iberico SA chief executive Luis Moreno said the peseta "
                 "was stable.\nLuis Moreno told reporters he met U.S. Treasury Secretary John Carter "
                 "last week.", published="2026-05-04")
    assert ex.events == []


@pytest.mark.parametrize(("text", "name", "chief"), [
    ("Banco Iberico SA chief executive Luis Moreno said", "Luis Moreno", True),
    ("Luis Moreno, chairman of Andes Copper Corp, said", "Luis Moreno", True),
    ("Bank of Spain Governor Luis Moreno said", "Luis Moreno", False),
    ("World Bank President Luis Moreno said", "Luis Moreno", False),
    ("Reserve Bank governor Luis Moreno said", "Luis Moreno", False),
])
def test_a_company_chief_is_named_by_title_and_firm(text: str, name: str, chief: bool) -> None:
    assert company_chief(text, name) is chief


def test_a_statement_met_with_caution_is_no_meeting() -> None:
    text = ("MOSCOW, May 4 - President Ivan Petrov said last week that Russia had approved a new "
            "drug, though the announcement was met with caution from doctors.")
    assert [e for e in _candidates(text) if e.kind.value == "meeting"] == []


_TENNIS = ("Kovac into Perth final\n\nCroatian Ivo Kovac reached the final in Perth with a "
           "6-2 6-3 win over Dane Lars Berg.\n\nKovac will meet Swiss Marc Frei on Sunday after "
           "the top seed survived a tie-break to beat Spain's Pablo Ruiz 6-4 7-6 (7/4).\n\n"
           "\"It was a hard match,\" said Frei.\n\nRuiz was leading 5-3 in the second set before "
           "the match slipped away.")

_RUGBY = ("Smith named team adviser\n\nFormer government press chief John Smith will advise the "
          "national rugby team on its tour to South Africa.\n\nThe coach said the players and fans "
          "expect a hard season.\n\nThe coach's decision to hire President Mark Jones's former "
          "press secretary follows bad press on the last team tour of Argentina in 2003, when "
          "the squad lost every match.\n\nThe first match of the tour is on 2 June.")


@pytest.mark.parametrize("text", [_TENNIS, _RUGBY])
def test_a_match_or_a_teams_tour_on_a_sport_page_is_no_event(extract, text: str) -> None:
    assert extract(text).events == []
    # (the rules themselves keep no candidate of it for a learned decision either)
    assert [e for e in _candidates(text) if not set(e.missing) <= {"domain"}
            or e.kind.value == "visit"] == []
