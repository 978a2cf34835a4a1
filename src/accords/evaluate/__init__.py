"""`accords eval`: run the pipeline on a gold's articles and score the export."""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accords.errors import EvalError
from accords.evaluate.scorer import check_quotes, score_agreements, score_events


@dataclass
class Report:
    agreements: dict[str, Any]
    events: dict[str, Any]
    quotes_valid: float
    quotes_focused: float

    def render(self, verbose: bool = True) -> str:
        def fmt(v: Any) -> str:
            return "-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))
        lines = []
        for name, sec in (("agreements", self.agreements), ("events", self.events)):
            if verbose:
                lines += [f"  MISSED {name[:-1]}: {m}" for m in sec["missed"]]
                lines += [f"  EXTRA {name[:-1]}:  {m}" for m in sec["extra"]]
        for name, sec in (("agreements", self.agreements), ("events", self.events)):
            lines.append(name + ": " + "  ".join(f"{k}={fmt(v)}" for k, v in sec.items()
                                                  if k not in ("missed", "extra")))
        a, e = self.agreements, self.events
        lines.append(f"quotes_valid: {fmt(self.quotes_valid)}  quotes_focused (<= 400 chars): "
                     f"{fmt(self.quotes_focused)}")
        lines.append(f"agreement F1 {a['f1']:.3f} (P {a['precision']:.3f} R {a['recall']:.3f}); "
                     f"fields kind {fmt(a['kind'])} status {fmt(a['status'])} date {fmt(a['date'])} "
                     f"parties_r {fmt(a['parties_r'])} sources_r {fmt(a['sources_r'])}; "
                     f"event F1 {e['f1']:.3f}")
        return "\n".join(lines)


def score(gold: dict[str, Any], export: dict[str, Any], docs: Path) -> Report:
    names = {d["id"]: Path(d["name"]).name for d in export.get("documents", [])}
    texts: dict[str, str | None] = {}
    for name in set(names.values()):
        try:
            with open(docs / name, encoding="utf-8", newline="") as fh:
                texts[name] = fh.read()
        except OSError:
            texts[name] = None
    valid, focused = check_quotes(export, texts, names)
    return Report(score_agreements(gold, export, names), score_events(gold, export, names),
                  valid, focused)


def evaluate(gold_path: Path, docs: Path, out: Path | None = None) -> Report:
    from accords.api import Corpus
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read the gold file: {exc}", str(gold_path)) from exc
    if not docs.is_dir():
        raise EvalError(f"no folder of articles at {docs}; pass --docs", str(gold_path))
    files = [docs / d["name"] for d in gold.get("documents", [])] or [docs]
    with tempfile.TemporaryDirectory() as tmp:
        with Corpus(Path(tmp) / "eval.db") as corpus:
            corpus.add([str(f) for f in files])
            export = corpus.export_dict()
    if out:
        out.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return score(gold, export, docs)
