"""Event precision after the eleventh audit (branch evprec8): a company's talks and meetings
(a firm's suffix, its president and chief executive, buyers, managers), talks negated as "not
conducting", trade rounds and ongoing negotiations as processes, an untold number of meetings,
a habit told by "when they met", an organization's own board, one state's talks of no one
named. Invented sentences."""
from accords.extract.event_sides import named_as_company
from accords.pipeline import extract_batch
from accords.records import Document


def _events(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return ex.events


def test_talks_of_two_states_stay() -> None:
    assert _events("Chilean Foreign Minister Rosa Vidal held talks with Peruvian Foreign "
                   "Minister Hugo Paredes in Lima on Tuesday.")


def test_firm_suffix_names_a_company() -> None:
    text = "The four lender banks of timber exporter <Lim Kheng and Co Pte Ltd> met on Friday."
    assert named_as_company(text, "Lim Kheng")
    assert not named_as_company("Minister Lim Kheng met his Thai counterpart.", "Lim Kheng")
    assert not _events(text)


def test_company_president_and_chief_executive_is_no_office() -> None:
    assert not _events("Norvane Mills said Paul Rennick will stay as president and chief "
                       "executive officer and that it has concluded talks for a new 20 mln "
                       "dlr credit line.")


def test_not_conducting_talks_is_negated() -> None:
    assert not _events("A spokesman said Kalder Steel was not conducting talks with any other "
                       "possible buyer of its mining unit.")


def test_managers_talks_are_a_company_s() -> None:
    assert not _events("The general manager of the Lisbon branch of a lender to the utility "
                       "said there would be little progress in the rescheduling talks until "
                       "the new tariffs were known.")


def test_trade_round_is_a_process() -> None:
    assert not _events("The farm report said taking part in the next round of General "
                       "Agreement on Tariffs and Trade (GATT) talks would help open markets.")
    assert not _events("A deal in the Doha development talks could help poorer countries "
                       "export more, the minister argued.")


def test_trade_round_sitting_stays() -> None:
    assert _events("Trade ministers of 30 countries met in Geneva on Monday for the GATT "
                   "round, the chairman said.")


def test_ongoing_negotiations_are_a_process() -> None:
    assert not _events("The ministry on Friday said the drills put in doubt ongoing "
                       "negotiations for a code of conduct between Vietnam and Malaysia.")


def test_several_meetings_are_no_one_event() -> None:
    assert not _events("After several meetings, Chile and Canada have made no progress in "
                       "their fisheries dispute, which has lasted two years.")


def test_habit_when_they_met() -> None:
    assert not _events("Historians say President Anna Kowal and President Ivo Tamm often "
                       "sent their aides away when they met or spoke.")


def test_organization_board_is_its_own() -> None:
    assert not _events("The Asian Development Bank is expected to approve a 200 mln dlr loan "
                       "for Nepal at a meeting of its executive board today in Manila.")


def test_one_state_talks_of_no_one() -> None:
    assert not _events("Talks in Ottawa about more aid for farmers broke down this week "
                       "without a deal.")
