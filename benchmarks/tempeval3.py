"""TempEval-3 (SemEval-2013 Task 1) platinum test set: `accords.annotate.dates.find`, scored as
the task scores time expressions.

For each of the 20 TimeML files in /work/shared/benchmarks/te3-platinum the plain text of
<TEXT> (tags removed, entities unescaped) and its 138 gold TIMEX3 (start, end, type, value)
are rebuilt and checked, then `find(text, published=DCT)` is run on every document and:

1. value accuracy on gold spans: the value of the system expression overlapping each gold span
   most (else of `find()` on the span text alone; nothing at all counts as wrong), per type;
2. end to end, one-to-one matching: span P/R/F1 strict (same offsets) and relaxed (overlap),
   value F1 (overlapping and equal value; precision over system, recall over gold), type
   accuracy on matched pairs, and per gold type counts;
3. the misses: gold not found, found with a wrong value, spurious system expressions;
4. the comparison with HeidelTime (paper, Table 3); 5. with --speed, the time find() takes.

    .venv/bin/python benchmarks/tempeval3.py [--no-misses] [--json OUT] [--speed]
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

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "te3-platinum"
TYPES = ("DATE", "TIME", "DURATION", "SET")
HEIDELTIME = {"relaxed_f1": 90.30, "strict_f1": 81.34, "value_f1": 77.61}
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


def evaluate(docs: list[Doc]) -> dict[str, Any]:
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
            "heideltime": HEIDELTIME, "beats_heideltime": {k: ours[k] > v
                                                           for k, v in HEIDELTIME.items()},
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


def report(r: dict[str, Any], show_misses: bool) -> None:
    print(f"TempEval-3 platinum: {r['documents']} documents, {r['gold']} gold TIMEX3, "
          f"{r['system']} system expressions")
    print(f"value accuracy on gold spans: {r['value_accuracy_on_gold_spans']:.2f}%  " + "  ".join(
        f"{t} {100 * c['value_on_gold_span'] / c['gold']:.1f}% ({c['value_on_gold_span']}"
        f"/{c['gold']})" for t, c in r["per_type"].items() if c["gold"]))
    print(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}   HeidelTime F1")
    for key in ("relaxed", "strict", "value"):
        s, ref = r[key], HEIDELTIME[f"{key}_f1"]
        verdict = "beaten" if r["beats_heideltime"][f"{key}_f1"] else "not beaten"
        print(f"{key:10}{s['precision']:8.2f}{s['recall']:8.2f}{s['f1']:8.2f}   {ref:.2f} "
              f"({verdict})")
    print(f"type accuracy on matched pairs: {r['type_accuracy']:.2f}%")
    print(f"{'type':10}{'gold':>6}{'strict':>8}{'matched':>9}{'value ok':>10}")
    for t, c in r["per_type"].items():
        print(f"{t:10}{c['gold']:6}{c['strict']:8}{c['matched']:9}{c['value_correct']:10}")
    m = r["misses"]
    print(f"misses: {len(m['not_found'])} not found, {len(m['wrong_value'])} wrong value, "
          f"{len(m['spurious'])} spurious")
    if show_misses:
        for kind, rows in m.items():
            for row in rows:
                other = row.get("system_text", row["text"])
                shown = f"{row['system']} {other!r}" if other != row["text"] else row["system"]
                print(f"  {kind:12} {row['file']:34} {row['type']:9} {row['text']!r:28} "
                      f"gold={row['gold']} system={shown}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--json", type=Path, metavar="OUT")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    docs = [load(p) for p in sorted(args.data.glob("*.tml"))]
    assert sum(len(d.gold) for d in docs) == 138, "expected 138 gold TIMEX3"
    result = evaluate(docs)
    report(result, args.misses)
    if args.speed:
        result["speed"] = speed(docs)
        print("speed: " + ", ".join(f"{k} {v:,.3f}" for k, v in result["speed"].items()))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
