"""A definite noun that is the head of an organization's name a recent sentence gave ("the
bank" after "the Asian Development Bank", "the forum" after "the Pacific Islands Forum") is
that organization when it is the subject of an instrument's clause or the possessor of the
instrument ("the forum's 2050 strategy"). Not when a nearer name of another kind has the same
head ("Chase Manhattan Bank"), nor for the words for any group ("the group" is as often a
firm). Sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Regional lenders meet\nMANILA, March 7, 1987 (Reuters) - "


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _summary(recs: list[dict]) -> list[tuple]:
    return [(r["kind"], r["status"], r["title"], sorted(r["countries"])) for r in recs]


def test_the_bank_as_subject_is_the_bank_named_before() -> None:
    recs = _records("The Asian Development Bank held its annual meeting in Manila on Monday. "
                    "The bank approved a 100 mln dlr loan to Nepal for irrigation.")
    assert [sorted(r["countries"]) for r in recs] == [["IGO:ADB", "NPL"]], _summary(recs)


def test_the_forums_strategy_is_the_forums_own() -> None:
    recs = _records("Leaders of the Pacific Islands Forum met in Suva on Friday. The forum's "
                    "2050 Strategy, adopted in 2022, promised regional solutions to regional "
                    "problems.")
    assert [sorted(r["countries"]) for r in recs] == [["IGO:PIF"]], _summary(recs)


def test_the_forum_as_subject_adopts_its_strategy() -> None:
    recs = _records("Leaders of the Pacific Islands Forum met in Suva on Friday. The forum "
                    "adopted a new fisheries strategy.")
    assert [sorted(r["countries"]) for r in recs] == [["IGO:PIF"]], _summary(recs)


def test_a_nearer_firm_with_the_same_head_is_not_the_organization() -> None:
    recs = _records("The Asian Development Bank held its annual meeting in Manila on Monday. "
                    "Chase Manhattan Bank opened an office in the city. The bank approved a "
                    "100 mln dlr loan to Nepal for irrigation.")
    assert not any("IGO:ADB" in r["countries"] for r in recs), _summary(recs)


def test_an_organization_named_long_before_is_not_taken() -> None:
    recs = _records("The Asian Development Bank held its annual meeting in Manila on Monday. "
                    "Delegates discussed the debt of poor states. Nepal asked for more aid. "
                    "India wants more roads. Officials spoke of irrigation. The bank approved "
                    "a 100 mln dlr loan to Nepal for irrigation.")
    assert not any("IGO:ADB" in r["countries"] for r in recs), _summary(recs)
