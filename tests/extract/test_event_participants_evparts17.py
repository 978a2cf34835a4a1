"""evparts17: the sentence right after a gathering's that opens on "His/Her ... counterpart X"
names the other side of that gathering."""
from __future__ import annotations

_TALKS = "Swedish Foreign Minister Anders Holmqvist held talks in Oslo on Thursday. "


def _people(ex) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [sorted(p.name for p in e.participants if p.type == "person") for e in ex.events]


def test_his_counterpart_in_the_next_sentence_joins_the_talks(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(_TALKS + "His Norwegian counterpart Erik Solbakken said gaps remained over quotas.",
                 published="2026-03-14")
    assert ["Anders Holmqvist", "Erik Solbakken"] in _people(ex)


def test_a_next_sentence_opening_on_another_adds_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    for opener in ("Analyst", "His deputy"):
        ex = extract(_TALKS + f"{opener} Erik Solbakken said gaps remained over quotas.",
                     published="2026-03-14")
        assert all("Erik Solbakken" not in names for names in _people(ex))
