"""Turning records into what a page shows: quotes inside their paragraph, an article with
its facts marked, a country's agreements over time, who signed with whom. Pure functions over
plain data; the templates escape every string they are given."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

_PARA = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"\n")
MAX_CONTEXT = 400


@dataclass
class Segment:
    text: str
    marks: list[dict[str, Any]] = field(default_factory=list)
    ends: list[dict[str, Any]] = field(default_factory=list)  # mentions that end here


def in_paragraph(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, quote, after) within the paragraph that holds text[start:end]: text between
    blank lines, or between line breaks when that is too long to read as one paragraph;
    shortened to about MAX_CONTEXT characters on each side."""
    a, b = _around(text, start, end, _PARA)
    if b - a > 2 * MAX_CONTEXT + (end - start):
        a, b = _around(text, start, end, _LINE)
    before, after = text[a:start], text[end:b]
    if len(before) > MAX_CONTEXT:
        before = "… " + before[-MAX_CONTEXT:].split(" ", 1)[-1]
    if len(after) > MAX_CONTEXT:
        after = after[:MAX_CONTEXT].rsplit(" ", 1)[0] + " …"
    return before, text[start:end], after


def _around(text: str, start: int, end: int, gap: re.Pattern[str]) -> tuple[int, int]:
    para_start = 0
    for m in gap.finditer(text, 0, start):
        para_start = m.end()
    found = gap.search(text, end)
    return para_start, (found.start() if found else len(text))


def highlight(text: str, mentions: list[dict[str, Any]]) -> list[Segment]:
    """The text cut at every mention boundary; each piece lists the mentions covering it."""
    cuts = {0, len(text)}
    spans = [m for m in mentions if 0 <= m["start"] < m["end"] <= len(text)]
    for m in spans:
        cuts.update((m["start"], m["end"]))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        covering = [m for m in spans if m["start"] <= a and b <= m["end"]]
        if out and not covering and not out[-1].marks:
            out[-1].text += text[a:b]
        else:
            ending = {m["record"]: m for m in covering if m["end"] == b}
            out.append(Segment(text[a:b], covering, list(ending.values())))
    return out


# ---------------------------------------------------------------- charts (inline SVG)
@dataclass
class Chart:
    width: int
    height: int
    rows: list[dict[str, Any]]
    ticks: list[dict[str, Any]]
    dots: list[dict[str, Any]]


def partner_chart(code: str, agreements: list[dict[str, Any]],
                  names: dict[str, str]) -> Chart | None:
    """One row per partner, one dot per agreement at the date of its latest stage."""
    items = []
    for a in agreements:
        dates = sorted(h["date"] for h in a["history"] if h["date"])
        if not dates:
            continue
        year = _year_fraction(dates[-1])
        for partner in a["countries"]:
            if partner != code:
                items.append((partner, year, a))
    if not items:
        return None
    partners = sorted({p for p, _, _ in items}, key=lambda p: (-sum(i[0] == p for i in items), p))
    lo = math.floor(min(y for _, y, _ in items))
    hi = math.floor(max(y for _, y, _ in items)) + 1
    left, right, top, row_h = 150, 20, 24, 26
    width = 640
    span = max(hi - lo, 1)

    def x(year: float) -> float:
        return left + (width - left - right) * (year - lo) / span

    rows = [{"label": names.get(p, p), "code": p, "y": top + i * row_h + row_h / 2}
            for i, p in enumerate(partners)]
    row_y = {r["code"]: r["y"] for r in rows}
    height = top + len(partners) * row_h + 10
    step = max(1, span // 8)
    ticks = [{"x": round(x(y), 1), "label": str(y)} for y in range(lo, hi + 1, step)]
    same: dict[tuple[str, float], list[dict[str, Any]]] = {}
    for p, y, a in items:  # agreements of one partner on one date make one larger dot
        same.setdefault((p, y), []).append(a)
    dots = []
    for (p, y), group in same.items():
        date = sorted(h["date"] for h in group[0]["history"] if h["date"])[-1]
        dots.append({"x": round(x(y), 1), "y": row_y[p], "n": len(group),
                     "r": round(5 + 2.5 * math.sqrt(len(group) - 1), 1),
                     "href": f"/agreements/{group[0]['id']}" if len(group) == 1 else
                     f"/?country={p}&since={date}&until={date}",
                     "label": "; ".join(f"{a['title']} ({a['status']})" for a in group),
                     "status": group[0]["status"]})
    return Chart(width, height, rows, ticks, dots)


def _year_fraction(date: str) -> float:
    parts = date.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else 15
    except ValueError:
        return 0.0
    return year + (month - 1) / 12 + (day - 1) / 365


@dataclass
class Network:
    size: int
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def network(pairs: list[tuple[str, str, int]], names: dict[str, str],
            max_nodes: int = 60) -> Network:
    """Countries on a circle, a line between two that signed together (wider for more)."""
    weight: dict[str, int] = {}
    for a, b, n in pairs:
        weight[a] = weight.get(a, 0) + n
        weight[b] = weight.get(b, 0) + n
    codes = sorted(weight, key=lambda c: (-weight[c], c))[:max_nodes]
    codes.sort()
    size = 640
    radius = size / 2 - 90
    centre = size / 2
    pos = {}
    nodes = []
    for i, code in enumerate(codes):
        angle = 2 * math.pi * i / max(len(codes), 1) - math.pi / 2
        px, py = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        pos[code] = (round(px, 1), round(py, 1))
        lx, ly = centre + (radius + 14) * math.cos(angle), centre + (radius + 14) * math.sin(angle)
        nodes.append({"code": code, "label": names.get(code, code), "x": pos[code][0],
                      "y": pos[code][1], "lx": round(lx, 1), "ly": round(ly, 1),
                      "anchor": "start" if math.cos(angle) >= 0 else "end",
                      "r": round(3 + 2 * math.sqrt(weight[code]), 1), "weight": weight[code]})
    edges = [{"a": a, "b": b, "n": n, "x1": pos[a][0], "y1": pos[a][1], "x2": pos[b][0],
              "y2": pos[b][1], "w": round(min(1 + n, 8), 1)}
             for a, b, n in pairs if a in pos and b in pos]
    return Network(size, nodes, edges)
