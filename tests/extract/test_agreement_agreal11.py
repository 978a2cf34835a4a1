"""False agreements of the round-25 audit (branch agreal11): instruments with a counterpart told
only as a class ("framework agreements with each Andean country", "loans to its member
countries") are a kind of instruments or a sum of them, not one; a declaration a crowd of
protest adopts is no state's. Guards: "each other" and a named body's members keep their
instrument, a singular measure for a membership stays, and a state's declaration with another
stays. Invented sentences."""
from accords.pipeline import extract_batch, propose_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="1989-05-04")])
    return ex.agreements


def _candidates(text: str) -> list:
    (proposal,) = propose_batch([Document.from_text("a.txt", text, published="1989-05-04")])
    return proposal.extraction.agreements


def test_agreements_with_each_member_of_a_class_are_no_instrument() -> None:
    text = ("WASHINGTON, May 4 - A Senate panel said lenders \"should conclude, through the "
            "International Monetary Fund, framework agreements with each Andean country to "
            "support reform programs.\"")
    cands = [c for c in _candidates(text) if "each" in c.title]
    assert cands and all("generic" in c.missing for c in cands)
    assert not [a for a in _agreements(text) if "each" in a.title]


def test_a_banks_loans_to_its_members_are_no_instrument() -> None:
    text = ("ADB APPROVES TRADE, PROJECT LOANS TO MEMBERS\n"
            "MANILA, May 4 - The Asian Development Bank's board approved two loans for Nepal this "
            "week, a bank statement said.")
    cands = _candidates(text)
    members = [c for c in cands if "members" in c.title.lower()]
    assert members and all("generic" in c.missing for c in members)
    # the loans to the one member the article names stay
    assert any("generic" not in c.missing and "NPL" in c.countries for c in cands)
    assert not [a for a in _agreements(text) if "members" in a.title.lower()]


def test_a_declaration_the_demonstrators_adopted_is_no_states() -> None:
    text = ("TOKYO, May 4 - Thousands of rice growers rallied in central Tokyo on Thursday, "
            "organisers said.\n    The United States wants Japan to open its rice market to "
            "imports.\n    Under a banner reading \"The government must not betray growers,\" the "
            "demonstrators adopted a declaration saying they would resist any such move.\n    "
            "Japan and the United States are expected to hold talks on rice imports in July, an "
            "official said.")
    cands = [c for c in _candidates(text) if c.kind == "declaration"]
    assert cands and all("domestic" in c.missing for c in cands)
    assert not [a for a in _agreements(text) if a.kind == "declaration"]


def test_a_treaty_with_each_other_keeps_its_sides() -> None:
    (treaty,) = _candidates(
        "QUITO, May 4 - Ecuador and Peru signed a border treaty with each other on Thursday, "
        "officials said.")
    assert "generic" not in treaty.missing


def test_agreements_with_members_of_a_named_club_stay() -> None:
    cands = _candidates(
        "LAGOS, May 4 - Nigeria is negotiating bilateral rescheduling agreements with members of "
        "the Paris Club, the finance ministry said.")
    assert cands and all("generic" not in c.missing for c in cands)


def test_a_states_joint_declaration_stays() -> None:
    (declaration,) = _candidates(
        "TOKYO, May 4 - Japan and Australia adopted a joint declaration on security cooperation "
        "on Thursday, officials said.")
    assert "domestic" not in declaration.missing
    assert "generic" not in declaration.missing
