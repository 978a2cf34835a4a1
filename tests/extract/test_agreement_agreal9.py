"""False agreements of the round-24 audit (branch agreal9): a declaration of a state of things
one state proclaims ("the declaration of martial law") is a unilateral act, and an instrument
told only by a model another holds ("an arrangement with the EU like Australia's") is a kind,
not one instrument. Guards: a joint declaration of two states, and a deal "like" nothing named,
stay. Invented sentences."""
from accords.pipeline import extract_batch, propose_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="1988-06-02")])
    return ex.agreements


def _candidates(text: str) -> list:
    (proposal,) = propose_batch([Document.from_text("a.txt", text, published="1988-06-02")])
    return proposal.extraction.agreements


def test_declaration_of_martial_law_is_a_home_act() -> None:
    found = _candidates(
        "OTTAWA, June 2 - Along with other western lenders, Canada has withheld new official "
        "credits to Myanmar since March 1990, following the 1989 declaration of martial law in "
        "Myanmar.")
    (declaration,) = [m for m in found if m.kind.value == "declaration"]
    assert "domestic" in declaration.missing


def test_declaration_of_a_state_of_emergency_is_no_instrument() -> None:
    found = _agreements(
        "ROME, June 2 - Italy and Greece discussed the crisis a week after the declaration of "
        "a state of emergency in Greece, diplomats said.")
    assert not any(a.kind.value == "declaration" for a in found)


def test_arrangement_like_another_states_is_a_model() -> None:
    found = _agreements(
        "LONDON, June 2 - Britain has said it wants a deal with the EU that resembles "
        "Switzerland's. But the minister will argue that failure means a \"customs arrangement "
        "with the EU like Turkey's\", relying on rules set by the World Trade Organisation.")
    assert not any("TUR" in {p.country for p in a.parties} for a in found)
    assert any({"GBR", "IGO:EU"} <= {p.country for p in a.parties} for a in found)


def test_joint_declaration_of_two_states_stays() -> None:
    found = _agreements(
        "PARIS, June 2 - France and Germany signed a joint declaration on energy cooperation "
        "on Tuesday, officials said.")
    assert any(a.kind.value == "declaration" and {"FRA", "DEU"} <= {p.country for p in a.parties}
               for a in found)


def test_declaration_of_intent_between_states_stays() -> None:
    found = _agreements(
        "MADRID, June 2 - Spain and Portugal signed a declaration of intent on water sharing on "
        "Tuesday, officials said.")
    assert any({"ESP", "PRT"} <= {p.country for p in a.parties} for a in found)


def test_tentative_accord_after_a_home_deal_is_that_deal() -> None:
    found = _candidates(
        "WASHINGTON, June 2 - Congressional investigators of the Panama arms affair have "
        "tentatively agreed to grant immunity to a former aide, congressional sources said.\n"
        "Sources said the lawyers of the two committees probing the affair that has hurt the "
        "White House plan to take their preliminary accord to the special prosecutor this "
        "week.\nThe tentative accord follows weeks of talks with committee members.\n"
        "The aide would be the most senior official to be granted immunity in the inquiry into "
        "U.S. arms sales to Panama.")
    (tentative,) = [m for m in found if m.name == "tentative accord"]
    assert "domestic" in tentative.missing


def test_treaty_told_after_a_home_deal_stays() -> None:
    found = _agreements(
        "BERLIN, June 2 - Lawmakers of the ruling coalition reached a budget deal on Monday.\n"
        "Germany and Poland signed a border treaty on Tuesday, officials said.\n"
        "The treaty settles the line along the Oder river.")
    assert any({"DEU", "POL"} <= {p.country for p in a.parties} for a in found)
