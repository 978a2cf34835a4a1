"""Agreement status, round-19 audit classes (agstatus4), each on sentences of our own:
- an act done under an instrument already made, told after its verb, tells it is being applied
  (implemented, on the report's day): "relief goods were sent under the agreement signed in
  June"; not "under" before its verb (the instrument's terms), an act still to come, or a verb
  of founding ("a venture set up under a 1949 accord");
- a later stage coordinated with the signing: "signed in 2004 and implemented since 2009";
- a deal "was struck" / "was clinched" (agreed) like one that "was reached";
- a stage noun between two instruments ("..., saying negotiation of other accords would help")
  is the later one's alone: the instrument before does not take it; one a past day owns ("last
  week's agreement") was reached."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2022-09-14")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _history(text: str) -> list[tuple[str, str | None]]:
    return [(h["status"], h.get("date")) for r in _records(text) for h in r["history"]]


@pytest.mark.parametrize("text", [
    "LIMA, Sept 14 - Medical supplies were sent to Quito under the health cooperation agreement "
    "that Peru and Ecuador signed in Lima in May.",
    "LIMA, Sept 14 - Peruvian assistance is being provided under the bilateral security pact the "
    "two countries signed in Quito in May, which covers flood relief.",
    "LIMA, Sept 14 - The dance festival is organised under the cultural exchange programme signed "
    "by the governments of Peru and Ecuador in May, organisers said.",
])
def test_an_act_done_under_an_instrument_tells_it_is_implemented(text: str) -> None:
    (rec,) = _records(text)
    assert rec["status"] == "implemented"
    assert [(h["status"], h.get("date")) for h in rec["history"]] == [
        ("signed", "2022-05"), ("implemented", "2022-09-14")]


@pytest.mark.parametrize("text", [
    # an act still to come
    "LIMA, Sept 14 - Peru will import 50,000 tonnes of wheat from Argentina under a barter "
    "agreement signed here in May, officials said.",
    # the instrument's terms: "under" before its verb
    "LIMA, Sept 14 - Under the barter agreement Peru and Argentina signed in May, Peru buys "
    "50,000 tonnes of wheat a year.",
    # an act still to come, told in the present with a date after the report's
    "LIMA, Sept 14 - The islands revert to Ecuadorean rule in 2030 under a border treaty "
    "Peru and Ecuador signed in 2019.",
    # what the instrument set up
    "LIMA, Sept 14 - Peru and Ecuador run a fisheries joint venture set up under a 1978 agreement "
    "between the two countries.",
    # a challenge brought under it, still to come
    "LIMA, Sept 14 - Ecuador said it would challenge the Peruvian tariffs under the trade "
    "agreement the two countries signed in 2015.",
])
def test_no_act_under_the_instrument_keeps_its_stage(text: str) -> None:
    assert "implemented" not in [s for s, _ in _history(text)]


def test_an_implementation_coordinated_with_the_signing_is_a_later_stage() -> None:
    assert _history("QUITO, Sept 14 - Under the original accord, signed in 2004 and implemented "
                    "since 2009, Peru supplies gas to Ecuador in exchange for electricity.") == [
        ("signed", "2004"), ("implemented", "2009")]
    assert _history("QUITO, Sept 14 - Peru and Ecuador signed a gas supply accord in 2004 and "
                    "implemented it in 2009.") == [("signed", "2004"), ("implemented", "2009")]


@pytest.mark.parametrize("verb", ["was struck", "was clinched", "was hammered out"])
def test_a_deal_struck_or_clinched_was_agreed(verb: str) -> None:
    text = (f"MANILA, Sept 14 - The negotiating team refined the proposal three times before the "
            f"final rescheduling agreement between the Philippines and its creditor banks {verb} "
            f"last Friday, the minister said.")
    assert [s for s, _ in _history(text)] == ["agreed"]


def test_a_stage_noun_before_a_later_instrument_is_not_the_earlier_ones() -> None:
    recs = _records("LIMA, Sept 14 - Peru welcomed Friday's fisheries accord with Chile, adding "
                    "that talks on a new trade pact with Ecuador would start in June.")
    status = {r["title"].split()[0].lower(): r["status"] for r in recs}
    assert status["fisheries"] == "agreed"
    assert status["trade"] == "negotiating"


def test_an_agreement_a_past_week_owns_was_reached() -> None:
    recs = _records("ABIDJAN, Sept 14 - The minister applauded last week's agreement between "
                    "Ivory Coast and Ghana on cocoa marketing, saying negotiation of other "
                    "commodity accords would benefit West African countries.")
    assert [r["status"] for r in recs if "cocoa" in r["title"].lower()] == ["agreed"]
