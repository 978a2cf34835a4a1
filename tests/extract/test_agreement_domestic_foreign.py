"""Approvals and ratifications at home of instruments with another state, and lenders'
approvals (branch agdomestic). Invented sentences."""
from accords.pipeline import extract_batch
from accords.records import Document
from accords.vocab import Status


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return ex.agreements


def test_lawmakers_ratifying_a_treaty_with_another_state_keep_it() -> None:
    found = _agreements("Danish lawmakers on Tuesday ratified a fisheries agreement with Norway "
                        "covering the Skagerrak, with 120 votes in favour.")
    assert found
    assert found[0].status == Status.RATIFIED
    assert {"DNK", "NOR"} <= {a.country for a in found[0].parties}


def test_lawmakers_passing_their_own_budget_stay_out() -> None:
    assert not _agreements("Opposition lawmakers on Monday passed a budget deal with sweeping "
                           "tax cuts for pensioners.")


def test_opposition_joint_statement_stays_out() -> None:
    assert not _agreements("Opposition leaders and trade unions issued a joint statement "
                           "against the new pension law on Sunday.")


def test_loan_a_development_bank_approved_is_signed_with_the_lender() -> None:
    found = _agreements("The peso firmed on a $400 million infrastructure loan the World Bank "
                        "approved for Bolivia in March, traders said.")
    assert found
    assert found[0].status == Status.SIGNED
    assert {"BOL", "IGO:WB"} <= {a.country for a in found[0].parties}


def test_pact_two_states_signed_names_them() -> None:
    found = _agreements("Analysts recalled the border pact Ghana and Togo signed in 2019.")
    assert found
    assert {"GHA", "TGO"} <= {a.country for a in found[0].parties}
