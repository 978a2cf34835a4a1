"""How well record titles say what the gold titles say: the referee's token-set similarity
between each gold item and the record the referee pairs it with, averaged per section.

    python benchmarks/title_similarity.py GOLD.json EXPORT.json [GOLD.json EXPORT.json ...]

The referee weighs a title 0.25 of an agreement match and 0.15 of an event match; a title that
names the wrong thing (a template of states, a cut phrase) also fails a reader. The last line is
JSON: {"agreements": mean, "events": mean, "pairs": [n_agreements, n_events]}.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import _common  # noqa: F401  (the checkout's package on the path)
from accords.evaluate import scorer


def _names(export: dict) -> dict[str, str]:  # type: ignore[type-arg]
    """Document ids to the names gold files use (the referee's: a file's base name, or the id
    after "#" for a record of a JSON Lines dump)."""
    out = {}
    for d in export.get("documents", []):
        name = d.get("name") or ""
        out[d.get("id")] = name.rsplit("#", 1)[1] if "#" in name else os.path.basename(name)
    return out


def title_similarities(gold: dict, export: dict) -> tuple[list[float], list[float]]:  # type: ignore[type-arg]
    names = _names(export)
    out: list[list[float]] = []
    for key, sim, threshold in (("agreements", scorer._agreement_sim, 0.45),
                                ("events", scorer._event_sim, 0.4)):
        golds, preds = gold.get(key, []), export.get(key, [])
        pairs = scorer.greedy(golds, preds, lambda g, p, s=sim: s(g, p, names), threshold)
        out.append([scorer._tsr(scorer._norm(golds[gi].get("title")),
                                scorer._norm(preds[pi].get("title"))) for gi, pi, _ in pairs])
    return out[0], out[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", help="pairs of gold file and export file")
    args = ap.parse_args()
    if len(args.files) % 2:
        sys.exit("title_similarity: give gold and export files in pairs")
    agreements: list[float] = []
    events: list[float] = []
    for gold_path, export_path in zip(args.files[::2], args.files[1::2], strict=True):
        with open(gold_path, encoding="utf-8") as g, open(export_path, encoding="utf-8") as e:
            a, v = title_similarities(json.load(g), json.load(e))
        agreements += a
        events += v
    mean = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
    print(json.dumps({"agreements": mean(agreements), "events": mean(events),
                      "pairs": [len(agreements), len(events)]}))


if __name__ == "__main__":
    main()
