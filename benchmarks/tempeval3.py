"""Time expressions scored as TempEval-3 (SemEval-2013 Task 1) scores them, on two TimeML sets:
TimeBank 1.2 (TBAQ-cleaned, 183 documents, 1,243 TIMEX3: the development set) and the TE3
platinum test set (20 documents, 138 TIMEX3), side by side with HeidelTime's figures.

For each TimeML file in /work/shared/benchmarks/{timebank,te3-platinum} the plain text of
<TEXT> (tags removed, entities unescaped) and its gold TIMEX3 (start, end, type, value)
are rebuilt and checked, then `find(text, published=DCT)` is run on every document and:

1. value accuracy on gold spans: the value of the system expression overlapping each gold span
   most (else of `find()` on the span text alone; nothing at all counts as wrong), per type;
2. end to end, one-to-one matching: span P/R/F1 strict (same offsets) and relaxed (overlap),
   value F1 (overlapping and equal value; precision over system, recall over gold), type
   accuracy on matched pairs, and per gold type counts;
3. the misses: gold not found, found with a wrong value, spurious system expressions;
4. the comparison with HeidelTime; 5. with --speed, the time find() takes.

    .venv/bin/python benchmarks/tempeval3.py [--set timebank|platinum]... [--misses]
                                             [--json OUT] [--speed]

Misses are listed for TimeBank only unless asked for (--misses-on platinum): platinum is the
test set, looked at rarely.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accords.annotate.dates import TimeExpression, find

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
SETS = {"timebank": (BENCHMARKS / "timebank", 1243), "platinum": (BENCHMARKS / "te3-platinum", 138)}
TYPES = ("DATE", "TIME", "DURATION", "SET")
# HeidelTime 2.2.1 (type news, DCT as reference): on platinum the SemEval-2013 paper's Table 3
# (relaxed / strict / value F1) and value F1 run here with this scorer; on TimeBank run here.
HEIDELTIME = {"platinum": {"relaxed_f1": 90.30, "strict_f1": 81.34, "value_f1": 77.61,
                           "value_f1_run_here": 78.07},
              "timebank": {"value_f1": 79.72, "value_f1_run_here": 79.72}}
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    name: str
    dct: str
    text: str
    gold: list[Gold]


def load(path: Path) -> Doc:
    """Plain <TEXT> and gold TIMEX3 offsets, from the raw file; cross-checked with ElementTree."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]*)"', raw)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    assert dct and body, path
    parts, gold, content = list[str](), list[Gold](), body.group(1)
    pos, n, open_at, attrs = 0, 0, -1, dict[str, str]()
    for m in _TAG.finditer(content):
        parts.append(piece := html.unescape(content[pos:m.start()]))
        n, pos = n + len(piece), m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_at, attrs = n, dict(_ATTR.findall(m.group(3)))
        else:
            gold.append(Gold(open_at, n, "".join(parts)[open_at:n], attrs["type"], attrs["value"]))
    parts.append(html.unescape(content[pos:]))
    text = "".join(parts)
    node = ET.parse(path).getroot().find("TEXT")
    assert node is not None and "".join(node.itertext()) == text, f"{path.name}: text differs"
    spans = ["".join(t.itertext()) for t in node.iter("TIMEX3")]
    assert spans == [text[g.start:g.end] for g in gold], f"{path.name}: spans differ"
    return Doc(path.name, dct.group(1), text, gold)


def overlap(a: Gold | TimeExpression, b: Gold | TimeExpression) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: list[Gold], system: list[TimeExpression], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index): largest overlap first, then equal value."""
    pairs = sorted((-overlap(g, s), s.value != g.value, i, j) for i, g in enumerate(gold)
                   for j, s in enumerate(system)
                   if (g.start, g.end) == (s.start, s.end) or (not strict and overlap(g, s)))
    used_g, used_s, out = set[int](), set[int](), list[tuple[int, int]]()
    for *_, i, j in pairs:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            out.append((i, j))
    return out


def prf(correct: int, n_system: int, n_gold: int) -> dict[str, float]:
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    return {"precision": 100 * p, "recall": 100 * r, "f1": 200 * p * r / (p + r) if p + r else 0.0}


def gold_span_value(doc: Doc, g: Gold, system: list[TimeExpression]) -> str | None:
    """The value the component gives this gold span: context first, then the span alone."""
    best = max(system, key=lambda s: overlap(g, s), default=None)
    if best is not None and overlap(g, best):
        return best.value
    alone = find(g.text, doc.dct)
    return max(alone, key=lambda s: s.end - s.start).value if alone else None


def evaluate(docs: list[Doc], name: str = "platinum") -> dict[str, Any]:
    n_gold = n_sys = n_strict = n_relaxed = n_value = n_type = 0
    per_type = {t: {"gold": 0, "strict": 0, "matched": 0, "value_correct": 0,
                    "value_on_gold_span": 0} for t in TYPES}
    misses: dict[str, list[dict[str, Any]]] = {"not_found": [], "wrong_value": [], "spurious": []}
    for doc in docs:
        system = find(doc.text, doc.dct)
        n_gold += len(doc.gold)
        n_sys += len(system)
        n_strict += len(strict := match(doc.gold, system, strict=True))
        for i, _ in strict:
            per_type[doc.gold[i].type]["strict"] += 1
        relaxed = match(doc.gold, system, strict=False)
        n_relaxed += len(relaxed)
        for i, j in relaxed:
            g, s = doc.gold[i], system[j]
            per_type[g.type]["matched"] += 1
            n_type += g.type == s.type
            if s.value == g.value:
                n_value += 1
                per_type[g.type]["value_correct"] += 1
            else:
                misses["wrong_value"].append({"file": doc.name, "text": g.text, "type": g.type,
                                              "gold": g.value, "system": s.value,
                                              "system_text": s.text, "system_type": s.type})
        for g in doc.gold:
            per_type[g.type]["gold"] += 1
            per_type[g.type]["value_on_gold_span"] += gold_span_value(doc, g, system) == g.value
        found_g, found_s = {i for i, _ in relaxed}, {j for _, j in relaxed}
        misses["not_found"] += [{"file": doc.name, "text": g.text, "type": g.type,
                                 "gold": g.value, "system": None}
                                for i, g in enumerate(doc.gold) if i not in found_g]
        misses["spurious"] += [{"file": doc.name, "text": s.text, "type": s.type, "gold": None,
                                "system": s.value}
                               for j, s in enumerate(system) if j not in found_s]
    on_span = sum(t["value_on_gold_span"] for t in per_type.values())
    scores = {"strict": prf(n_strict, n_sys, n_gold), "relaxed": prf(n_relaxed, n_sys, n_gold),
              "value": prf(n_value, n_sys, n_gold)}
    ours = {"relaxed_f1": scores["relaxed"]["f1"], "strict_f1": scores["strict"]["f1"],
            "value_f1": scores["value"]["f1"]}
    return {"documents": len(docs), "gold": n_gold, "system": n_sys, **scores,
            "type_accuracy": 100 * n_type / n_relaxed if n_relaxed else 0.0,
            "value_accuracy_on_gold_spans": 100 * on_span / n_gold, "per_type": per_type,
            "heideltime": HEIDELTIME[name],
            "beats_heideltime": {k: ours[k] > v for k, v in HEIDELTIME[name].items()
                                 if k in ours},
            "misses": misses}


def speed(docs: list[Doc], repeat: int = 5) -> dict[str, float]:
    find(docs[0].text, docs[0].dct)  # warm the word lists and patterns
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc in docs:
            find(doc.text, doc.dct)
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(d.text) for d in docs)
    return {f"seconds_best_of_{repeat}": best, "ms_per_doc": 1000 * best / len(docs),
            "chars_per_second": chars / best}


def report(results: dict[str, dict[str, Any]], show_misses: tuple[str, ...]) -> None:
    names = list(results)
    print("value F1 end to end, HeidelTime 2.2.1 alongside (same scorer):")
    print(f"{'':34}" + "".join(f"{n:>22}" for n in names))
    rows = [("documents / gold TIMEX3", lambda r: f"{r['documents']} / {r['gold']}"),
            ("system expressions", lambda r: f"{r['system']}"),
            ("value accuracy on gold spans", lambda r: f"{r['value_accuracy_on_gold_spans']:.2f}")]
    for key in ("relaxed", "strict", "value"):
        rows.append((f"{key} P / R / F1", lambda r, k=key: f"{r[k]['precision']:.2f} / "
                     f"{r[k]['recall']:.2f} / {r[k]['f1']:.2f}"))
    rows.append(("HeidelTime value F1 (run here)",
                 lambda r: f"{r['heideltime']['value_f1_run_here']:.2f}"))
    rows.append(("type accuracy on matched pairs", lambda r: f"{r['type_accuracy']:.2f}"))
    for label, cell in rows:
        print(f"{label:34}" + "".join(f"{cell(results[n]):>22}" for n in names))
    if "platinum" in results:
        h = HEIDELTIME["platinum"]
        print(f"HeidelTime on platinum, published: relaxed / strict / value F1 {h['relaxed_f1']:.2f}"
              f" / {h['strict_f1']:.2f} / {h['value_f1']:.2f}")
    for n in names:
        r = results[n]
        print(f"{n}: {'type':10}{'gold':>6}{'strict':>8}{'matched':>9}{'value ok':>10}")
        for t, c in r["per_type"].items():
            print(f"{n}: {t:10}{c['gold']:6}{c['strict']:8}{c['matched']:9}{c['value_correct']:10}")
        m = r["misses"]
        print(f"{n}: misses: {len(m['not_found'])} not found, {len(m['wrong_value'])} wrong value, "
              f"{len(m['spurious'])} spurious")
        if n not in show_misses:
            continue
        for kind, rows_ in m.items():
            for row in rows_:
                other = row.get("system_text", row["text"])
                shown = f"{row['system']} {other!r}" if other != row["text"] else row["system"]
                print(f"  {kind:12} {row['file']:34} {row['type']:9} {row['text']!r:28} "
                      f"gold={row['gold']} system={shown}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", dest="sets", action="append", choices=list(SETS),
                    help="one set only (repeatable); default both")
    ap.add_argument("--misses", action=argparse.BooleanOptionalAction, default=True,
                    help="list the misses on the sets named by --misses-on")
    ap.add_argument("--misses-on", action="append", choices=list(SETS),
                    help="default: timebank (platinum is the test set)")
    ap.add_argument("--json", type=Path, metavar="OUT")
    ap.add_argument("--speed", action="store_true")
    args = ap.parse_args()
    results: dict[str, dict[str, Any]] = {}
    for name in args.sets or list(SETS):
        folder, expected = SETS[name]
        docs = [load(p) for p in sorted(folder.glob("*.tml"))]
        assert sum(len(d.gold) for d in docs) == expected, f"expected {expected} gold TIMEX3"
        results[name] = evaluate(docs, name)
        if args.speed:
            results[name]["speed"] = speed(docs)
    report(results, tuple(args.misses_on or ["timebank"]) if args.misses else ())
    for name, r in results.items():
        if "speed" in r:
            print(f"{name} speed: " + ", ".join(f"{k} {v:,.3f}" for k, v in r["speed"].items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
