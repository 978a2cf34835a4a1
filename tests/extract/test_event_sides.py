"""A meeting with a private side (banks, executives, the opposition) is not one between states
(accords.extract.event_sides, applied in accords.extract.events)."""
from __future__ import annotations

import pytest

from accords.extract.event_sides import private_side


@pytest.mark.parametrize(("sentence", "private"), [
    ("The finance minister spoke after a meeting with bankers in Lima.", True),
    ("Progress in talks between commercial banks and Ecuador was slow.", True),
    ("He held talks with investors and executives of the mining firms.", True),
    ("The minister held talks with his Kenyan counterpart on Monday.", False),
    ("She met business leaders and Foreign Minister Alvarez in Quito.", False),
    ("Talks between Peru and Chile on the border ended on Friday.", False),
])
def test_a_side_of_no_state_without_a_parse(sentence: str, private: bool) -> None:
    assert private_side(sentence) is private


def test_talks_between_a_government_and_its_opposition_are_no_event(extract) -> None:
    ex = extract("QUITO, May 4 - Norway is mediating in talks between the Ecuadorean government "
                 "and the opposition, which resumed in Oslo on Monday.", published="2026-05-04")
    assert ex.events == []


def test_a_ministers_meeting_with_executives_is_no_event(extract) -> None:
    ex = extract("LIMA, May 4 - Peruvian Finance Minister Ana Quispe met executives of "
                 "three Canadian mining companies in Toronto on Monday.", published="2026-05-04")
    assert ex.events == []


def test_talks_with_a_foreign_counterpart_stay(extract) -> None:
    ex = extract("LIMA, May 4 - Peruvian Foreign Minister Ana Quispe held talks with her "
                 "Chilean counterpart Jorge Soto in Santiago on Monday.", published="2026-05-04")
    assert len(ex.events) == 1


def test_debt_talks_with_a_bank_advisory_committee_are_no_event_between_states(extract) -> None:
    ex = extract("LIMA, May 4 - Peru resumed debt rescheduling talks with its bank advisory "
                 "committee in New York on Monday, Finance Minister Ana Quispe said.",
                 published="2026-05-04")
    assert ex.events == []


def test_strikers_talks_with_their_minister_are_no_event_between_states(extract) -> None:
    ex = extract("BRASILIA, May 4 - Striking Brazilian dockers held pay talks with Labour "
                 "Minister Paulo Souza on Monday.", published="2026-05-04")
    assert ex.events == []


def test_union_leaders_of_a_state_firms_workers_in_talks_are_no_event(extract) -> None:
    # "leaders of" names heads of states, not union leaders of a company's workers
    ex = extract("LIMA, May 4 - Union leaders of 4,000 dockers employed by the state port "
                 "company Enapu began talks with the government today on their strike over "
                 "pay, a ministry spokesman said.", published="2026-05-04")
    assert ex.events == []


def test_a_firm_in_talks_with_a_government_is_no_event_between_states(extract) -> None:
    # the talks hang from "in", whose verb has the private subject
    ex = extract("MADRID, May 4 - The struggling carmaker, a listed firm, is currently in talks "
                 "with the Spanish government over an emergency loan.", published="2026-05-04")
    assert ex.events == []


def test_a_state_in_talks_with_another_government_stays(extract) -> None:
    ex = extract("OSLO, May 4 - Norway is currently in talks with the Swedish government "
                 "over a new border crossing, Foreign Minister Ana Berg said.",
                 published="2026-05-04")
    assert len(ex.events) == 1


@pytest.mark.parametrize(("sentence", "private"), [
    ("Officials arranged a meeting between him and an intelligence agent in Tallinn.", True),
    ("The transport minister said he regularly met with the haulage association.", True),
    ("The minister met the agent of the company on Friday.", False),
    ("The minister met the Sri Lankan trade delegation on Friday.", False),
])
def test_spies_and_trade_associations_are_no_side_of_a_state(sentence: str,
                                                             private: bool) -> None:
    assert private_side(sentence) is private
