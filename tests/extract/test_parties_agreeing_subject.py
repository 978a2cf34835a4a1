"""The sides an article gives an instrument in its agreeing sentence: the states and
organizations the subject of an agreeing verb names ("Opec and its allies led by Russia agreed on
Thursday to cut output") are sides of the instrument that clause tells of, beside those its
other mentions gave; and a debt told by its holders ("commercial bank debt") has those banks as
its other side (agparties23, round-28 audit). Sentences invented for these tests."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str = "2021-05-02") -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


_DEAL = ("Oil producers seal output deal\nLONDON, May 2 - Iraq and Kuwait reached an oil deal "
         "to support prices, officials said. ")


def test_an_organization_in_the_agreeing_subject_is_a_side_of_the_deal() -> None:
    recs = _records(_DEAL + "OPEC and its partners led by Iraq agreed on Thursday to cut their "
                    "crude output by a tenth from June.")
    assert len(recs) == 1
    assert {"IRQ", "KWT", "IGO:OPEC"} <= set(recs[0]["countries"])


def test_a_subject_of_the_deals_own_sides_adds_none() -> None:
    # (guard: the subject names only the sides the deal already has)
    recs = _records(_DEAL + "Iraq and Kuwait agreed on Thursday to cut their crude output by a "
                    "tenth from June.")
    assert len(recs) == 1
    assert set(recs[0]["countries"]) == {"IRQ", "KWT"}


def test_a_venue_inside_the_subject_is_no_side() -> None:
    # ("ministers meeting in Vienna": where they met, not who agreed)
    recs = _records(_DEAL + "Iraqi and Kuwaiti ministers meeting in Vienna agreed on Thursday to "
                    "cut their crude output by a tenth from June.")
    assert "AUT" not in {c for r in recs for c in r["countries"]}


def _parties(text: str) -> list[set[str]]:
    return [{p["name"] for p in r["parties"]} for r in _records(text, "1987-03-12")]


def test_commercial_bank_debt_has_the_commercial_banks_as_its_other_side() -> None:
    text = ("Ghana debt\nACCRA, March 12 - Ghana's finance minister said the economy grew. "
            "That followed an agreement late last year to reschedule 900 mln dlrs of commercial "
            "bank debt.")
    assert any({"Ghana", "commercial banks"} <= p for p in _parties(text))


def test_a_rescheduling_with_no_holder_told_takes_no_banks() -> None:
    # (guard: a debt whose holders the text does not tell keeps its one side)
    text = ("Ghana debt\nACCRA, March 12 - Ghana's finance minister said the economy grew. "
            "That followed an agreement late last year to reschedule 900 mln dlrs of debt.")
    assert not any("commercial banks" in p for p in _parties(text))


def test_another_articles_report_of_the_same_states_joins_the_record_with_the_organization() -> None:
    # (the organization the agreeing subject adds does not keep another article's report of
    # the same two states' deal apart)
    one = Document.from_text("a.txt", _DEAL + "OPEC and its partners led by Iraq agreed on "
                             "Thursday to cut their crude output by a tenth from June.",
                             published="2021-05-02")
    two = Document.from_text("b.txt", "Oil glut\nKuwait and Iraq announced a week ago a historic "
                             "pact to reduce crude production by a tenth from June, traders said.",
                             published="2021-05-06")
    exs = extract_batch([one, two])
    recs = [a.to_dict() for a in consolidate([m for e in exs for m in e.agreements],
                                             [v for e in exs for v in e.events],
                                             [p for e in exs for p in e.people]).agreements]
    assert len(recs) == 1
    assert {"IRQ", "KWT", "IGO:OPEC"} <= set(recs[0]["countries"])
