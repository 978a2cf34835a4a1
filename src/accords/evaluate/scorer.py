"""Score an accords/1 export against a gold record, by the rules of ../shared/eval/README.md
(the referee): greedy one-to-one matching, best pairs first, then per-field accuracy."""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from rapidfuzz import fuzz

from accords.vocab import LIFECYCLE

Item = dict[str, Any]
_LIFE = [s.value for s in LIFECYCLE]
_KIND_GROUPS = [{"treaty", "agreement"}, {"memorandum"}, {"protocol"},
                {"roadmap", "programme", "action_plan"}, {"arrangement"}, {"declaration"},
                {"contract"}, {"other"}]
_EVENT_GROUPS = [{"visit"}, {"meeting", "talks", "call", "summit", "conference", "ceremony"}]
MAX_QUOTE = 400


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("’", "'").split())


def _tsr(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a, b) / 100.0


def _name_match(pred: str, golds: list[str], threshold: float = 0.85) -> bool:
    p = _norm(pred)
    return bool(p) and any(g and _tsr(p, _norm(g)) >= threshold for g in golds)


def _jaccard(a: Any, b: Any) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0


def _kind_sim(a: str, b: str | None) -> float:
    if a == b:
        return 1.0
    return 0.5 if any(a in g and b in g for g in _KIND_GROUPS) else 0.0


def _doc_sources(item: Item, names: dict[str, str]) -> set[str]:
    out = set()
    refs = list(item.get("sources") or [])
    for h in item.get("history") or []:
        refs += h.get("sources") or []
    for s in refs:
        d = s if isinstance(s, str) else s.get("document")
        out.add(names.get(d, os.path.basename(d or "")))
    return out


def _party_names(p: Item) -> list[str]:
    return [p.get("name", "")] + list(p.get("aliases", []))


def _agreement_sim(g: Item, p: Item, names: dict[str, str]) -> float:
    gs = set(g["sources"]) | set(g.get("optional_sources", []))
    if not gs & _doc_sources(p, names):
        return 0.0
    gc, pc = set(g.get("countries", [])), set(p.get("countries", []))
    if gc and pc and not gc & pc:
        return 0.0
    psim = 0.0
    if p.get("parties"):
        gnames = [n for gp in g.get("parties", []) for n in _party_names(gp)]
        psim = sum(_name_match(x.get("name", ""), gnames) for x in p["parties"]) / len(p["parties"])
    return (0.35 * _jaccard(g.get("topics", []), p.get("topics", []))
            + 0.2 * _kind_sim(g["kind"], p.get("kind"))
            + 0.25 * _tsr(_norm(g.get("title")), _norm(p.get("title")))
            + 0.1 * _jaccard(gc, pc) + 0.1 * psim)


def greedy(golds: list[Item], preds: list[Item], sim: Callable[[Item, Item], float],
           threshold: float) -> list[tuple[int, int, float]]:
    pairs = sorted(((sim(g, p), gi, pi) for gi, g in enumerate(golds)
                    for pi, p in enumerate(preds)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, gi, pi in pairs:
        if s < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, s))
    return out


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _latest(history: list[Item]) -> Item:
    history = [h for h in history if not h.get("future")] or history
    dated = [h for h in history if h.get("date")]
    return max(dated, key=lambda h: h["date"]) if dated else (history[-1] if history else {})


def _date_ok(pred: str, gold: str | None, precision: str | None) -> bool:
    if not gold or not pred:
        return False
    if precision == "on_or_before":
        return pred[:len(gold)] <= gold and pred[:7] == gold[:7]
    return pred[:len(gold)] == gold


def _mean(xs: list[float] | list[bool]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def score_agreements(gold: Item, export: Item, names: dict[str, str]) -> dict[str, Any]:
    golds, preds = gold["agreements"], export.get("agreements", [])
    match = greedy(golds, preds, lambda g, p: _agreement_sim(g, p, names), 0.45)
    optional = {i for i, g in enumerate(golds) if g.get("optional")}
    required = [i for i in range(len(golds)) if i not in optional]
    tp = sum(1 for gi, _, _ in match if gi not in optional)
    npred = len(preds) - sum(1 for gi, _, _ in match if gi in optional)
    P, R, F = _prf(tp, npred, len(required))
    f: dict[str, list[float]] = {k: [] for k in (
        "kind", "topics", "status", "date", "place", "parties_p", "parties_r", "signatories_p",
        "signatories_r", "sources_p", "sources_r", "conflict")}
    for gi, pi, _ in match:
        if gi in optional:
            continue
        g, p = golds[gi], preds[pi]
        f["kind"].append(g["kind"] == p.get("kind"))
        f["topics"].append(bool(set(g["topics"]) & set(p.get("topics", []))))
        lg = _latest(g["history"])
        accept = {lg.get("status"), max((h["status"] for h in g["history"]), key=_LIFE.index)}
        f["status"].append(p.get("status") in accept)
        pdates = [h.get("date") for h in p.get("history", []) if h.get("date")]
        f["date"].append(any(_date_ok(d, lg.get("date"), lg.get("date_precision")) for d in pdates)
                         if lg.get("date") else True)
        if lg.get("place"):
            places = [_norm(h.get("place")) for h in p.get("history", []) if h.get("place")]
            gp = _norm(lg["place"])
            f["place"].append(any(gp in x or x in gp for x in places))
        gnames = [_party_names(x) for x in g.get("parties", [])]
        pnames = [x.get("name", "") for x in p.get("parties", [])]
        flat = [n for ns in gnames for n in ns]
        f["parties_p"].append(sum(_name_match(n, flat) for n in pnames) / len(pnames) if pnames else 0.0)
        f["parties_r"].append(sum(any(_name_match(n, ns) for n in pnames) for ns in gnames)
                              / len(gnames) if gnames else 1.0)
        signers = [s.get("name", "") for s in p.get("signatories", [])]
        signers = [x for x in signers if not _name_match(x, g.get("inferable_signatories", []))]
        if signers:
            f["signatories_p"].append(sum(_name_match(x, g.get("signatories", [])) for x in signers)
                                      / len(signers))
        if g.get("signatories"):
            f["signatories_r"].append(sum(_name_match(x, signers) for x in g["signatories"])
                                      / len(g["signatories"]))
        ps = _doc_sources(p, names) - set(g.get("optional_sources", []))
        gs = set(g["sources"])
        f["sources_p"].append(len(ps & gs) / len(ps) if ps else 0.0)
        f["sources_r"].append(len(ps & gs) / len(gs))
        if g.get("expect_conflict"):
            dates = {h.get("date") for h in p.get("history", []) if h.get("date")}
            f["conflict"].append(bool(p.get("conflicts")) or len(dates) >= 2)
    matched_g = {gi for gi, _, _ in match}
    matched_p = {pi for _, pi, _ in match}
    return {"precision": P, "recall": R, "f1": F, "gold": len(required), "pred": len(preds),
            "matched": tp, **{k: _mean(v) for k, v in f.items()},
            "missed": [f"{golds[i].get('id')}: {golds[i]['title']}" for i in required
                       if i not in matched_g],
            "extra": [f"{p.get('kind')}: {p.get('title')}  {sorted(_doc_sources(p, names))}"
                      for i, p in enumerate(preds) if i not in matched_p]}


def _date_le(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def _event_sim(g: Item, p: Item, names: dict[str, str]) -> float:
    if not set(g["sources"]) & _doc_sources(p, names):
        return 0.0
    kind = p.get("kind")
    ks = 1.0 if g["kind"] == kind else (
        0.5 if any(g["kind"] in x and kind in x for x in _EVENT_GROUPS) else 0.0)
    gd, pd = g.get("date") or {}, p.get("date") or {}
    ds = 1.0 if gd.get("start") and pd.get("start") and (
        _date_le(pd["start"], gd.get("end") or gd["start"])
        and _date_le(gd["start"], pd.get("end") or pd["start"])) else 0.0
    people = [x.get("name", "") if isinstance(x, dict) else x for x in p.get("participants", [])]
    ns = sum(_name_match(n, g.get("participants", [])) for n in people) / len(people) if people else 0.0
    return 0.25 * ks + 0.35 * ds + 0.25 * ns + 0.15 * _tsr(_norm(g.get("title")), _norm(p.get("title")))


def score_events(gold: Item, export: Item, names: dict[str, str]) -> dict[str, Any]:
    golds, preds = gold.get("events", []), export.get("events", [])
    match = greedy(golds, preds, lambda g, p: _event_sim(g, p, names), 0.4)
    optional = {i for i, g in enumerate(golds) if g.get("optional")}
    tp = sum(1 for gi, _, _ in match if gi not in optional)
    P, R, F = _prf(tp, len(preds) - (len(match) - tp), len(golds) - len(optional))
    dates, places, parts = [], [], []
    for gi, pi, _ in match:
        g, p = golds[gi], preds[pi]
        ps, gs = (p.get("date") or {}).get("start") or "", g["date"]["start"] or ""
        dates.append(bool(ps and gs) and ps[:len(gs)] == gs)
        if g.get("place"):
            pp = _norm(p.get("place"))
            places.append(_norm(g["place"]) in pp or (bool(pp) and pp in _norm(g["place"])))
        people = [x.get("name", "") if isinstance(x, dict) else x for x in p.get("participants", [])]
        gold_people = g.get("participants", [])
        parts.append(sum(_name_match(x, people) for x in gold_people) / len(gold_people)
                     if gold_people else 1.0)
    matched_g = {gi for gi, _, _ in match}
    matched_p = {pi for _, pi, _ in match}
    return {"precision": P, "recall": R, "f1": F, "gold": len(golds) - len(optional),
            "pred": len(preds), "date": _mean(dates), "place": _mean(places),
            "participants_r": _mean(parts),
            "missed": [g["id"] for i, g in enumerate(golds) if i not in matched_g and i not in optional],
            "extra": [f"{p.get('kind')}: {p.get('title')}" for i, p in enumerate(preds)
                      if i not in matched_p]}


def check_quotes(export: Item, texts: dict[str, str | None],
                 names: dict[str, str]) -> tuple[float, float]:
    ok = n = focused = 0
    for item in export.get("agreements", []) + export.get("events", []):
        refs = [s for s in item.get("sources") or [] if isinstance(s, dict)]
        for h in item.get("history") or []:
            refs += [s for s in h.get("sources") or [] if isinstance(s, dict)]
        for s in refs:
            text = texts.get(names.get(str(s.get("document")), ""))
            n += 1
            ok += bool(text is not None and text[s["start"]:s["end"]] == s.get("quote"))
            focused += len(s.get("quote") or "") <= MAX_QUOTE
    return (ok / n if n else 0.0), (focused / n if n else 0.0)
