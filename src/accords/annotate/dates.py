"""Time expressions in news, resolved the way a careful reader does.

`find(text, published)` returns every date-like expression with a TIMEX3-style value:
`2025-04-11`, `2025-04`, `2025`, `XXXX-04-11` (year unknown), with a `range` for spans such as
"April 10–11" or "2025–2027". Relative expressions ("on Wednesday", "yesterday", "last
year") are resolved against the publication date by the tense of their sentence; with no
publication date their value is None and `reason` says why. Word lists live in
data/time_words.json.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from accords.annotate.timex import find_extra
from accords.data import load_json


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    type: str  # DATE | DURATION | SET | TIME
    value: str | None
    range: tuple[str, str] | None = None
    reason: str | None = None
    relative: bool = False  # resolved against the publication date

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"start": self.start, "end": self.end, "text": self.text,
                                  "type": self.type, "value": self.value}
        if self.range:
            out["range"] = {"start": self.range[0], "end": self.range[1]}
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    tense: re.Pattern[str]  # one named group per tense (future, past, present)
    headline_future: re.Pattern[str]
    undecided: re.Pattern[str]  # "planned for Saturday was cancelled": the nearest day
    weekday_names: frozenset[str]  # "Good", "Black": "Good Friday Agreement" is a name


@cache
def _words() -> _Words:
    raw = load_json("time_words.json")
    months = {k: v for k, v in raw["months"].items()}
    tense = "|".join(rf"(?P<{name}>\b(?:" + "|".join(raw["tense"][name]) + r")\b)"
                     for name in ("neutral", "perfect", "future", "past", "present"))
    return _Words(months, raw["weekdays"],
                  raw["relative_days"],
                  {k: (v[0], v[1]) for k, v in raw["relative_periods"].items()},
                  re.compile(tense, re.I), re.compile(raw["headline_future"], re.I),
                  re.compile(r"\b(?:" + "|".join(raw["tense"]["undecided"]) + r")\b", re.I),
                  frozenset(raw["weekday_name_words"]))


FUTURE, PAST, PRESENT, UNDECIDED, UNKNOWN = "future", "past", "present", "undecided", ""


def tense_at(text: str, i: int, j: int | None = None) -> str:
    """The tense that decides which way an expression at text[i:j] points: the nearest tense
    word before it in its clause ("will meet on Friday", "said it would ... on Friday",
    "was signed on Jan. 14"), else the first after it ("On Friday the ministers met");
    UNDECIDED where the event was called off ("planned for Saturday was cancelled"), UNKNOWN
    where nothing tells. Word lists: data/time_words.json "tense"."""
    words = _words()
    before = _clause_before(text, i)
    end = i if j is None else j
    after = text[end:end + 80]
    cut = re.search(r"[.;:!?\n\"“”]", after)
    after = after[:cut.start()] if cut else after
    if words.undecided.search(before) or words.undecided.search(after):
        return UNDECIDED
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    if len(line) < 120 and not line.endswith((".", "!", "?", '"', "”")) \
            and words.headline_future.search(line):
        return FUTURE  # a headline: "Chile, Peru to sign accord on Friday"
    last = None
    for m in words.tense.finditer(before):
        if m.lastgroup != "neutral":
            last = m
    if last is None:
        last = next((m for m in words.tense.finditer(after) if m.lastgroup != "neutral"), None)
    if last is not None and last.lastgroup == "perfect":
        return UNKNOWN  # "has set Nov. 10 as the deadline", "has raised rates in June"
    return (last.lastgroup or UNKNOWN) if last else UNKNOWN


_MONTH = (r"(?P<{n}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
          r"June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|"
          r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DASH = r"\s*(?:-|–|—|to|and|/)\s*"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:1[89]|20)\d\d)"


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "nineteen ninety-six", "nineteen oh five", "two thousand", "two thousand and three": years
# as transcripts of broadcasts spell them.
_SPOKEN_YEAR = (rf"(?:nineteen|eighteen)[\s-]+(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS}|"
                rf"(?:oh|o)[\s-]+(?:{_UNITS}))|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?"
                rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS}|{_UNITS}))?")
_SPOKEN = {w: i + 1 for i, w in enumerate(_UNITS.split("|"))} | {
    w: i + 10 for i, w in enumerate(_TEENS.split("|"))} | {
    w: 20 + 10 * i for i, w in enumerate(_TENS.split("|"))} | {"oh": 0, "o": 0}


def spoken_year(words: str) -> int | None:
    """1996 for 'nineteen ninety-six', 2003 for 'two thousand and three'."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if tokens[:2] == ["two", "thousand"]:
        return 2000 + sum(_SPOKEN[t] for t in tokens[2:])
    if tokens and tokens[0] in ("nineteen", "eighteen"):
        return _SPOKEN[tokens[0]] * 100 + sum(_SPOKEN[t] for t in tokens[1:])
    return None


# "Saturday, April 25": a weekday before a date is part of it
_WEEKDAY_BEFORE = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                   r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+(?:the\s+)?)?")


def _p(template: str, **names: str) -> str:
    out = template.replace("{W}", _WEEKDAY_BEFORE)
    for key, value in names.items():
        out = out.replace("{" + key + "}", value)
    return out


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # (and a time stamp's day: "2019-03-12T10:32:00Z")
    ("iso", re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:\b|(?=T\d\d:))")),
    ("wire", re.compile(r"\b(?P<d>[0-3]?\d)-(?P<mon>[A-Z]{3})-(?P<y>(?:19|20)\d\d)\b")),
    ("mdy", re.compile(_p(r"\b{W}{M}\s+{D}(?:{DASH}{D2})?,?\s+{Y}\b", M=_MONTH.format(n="mon"),
                          D=_DAY.format(n="d"), D2=_DAY.format(n="d2"), DASH=_DASH,
                          Y=_YEAR.format(n="y")))),
    ("dmy", re.compile(_p(r"\b{W}{D}(?:{DASH}{D2})?\s+(?:of\s+)?{M},?\s+{Y}\b",
                          D=_DAY.format(n="d"), D2=_DAY.format(n="d2"), DASH=_DASH,
                          M=_MONTH.format(n="mon"), Y=_YEAR.format(n="y")))),
    # A span across two months: "March 31-April 2", "from April 26 to May 1", "30 June -
    # 2 July" (a bare "to"/"until"/"through" only after "from": "moved from March 3 to
    # April 5" is two days as often as a span; the span's length is checked in _resolve)
    ("md_md", re.compile(_p(r"\b(?:(?P<from>from)\s+)?{M}\s+{D}(?:\s*[-–—]\s*|"
                            r"\s+(?:to|until|through|till)\s+){M2}\s+{D2}\b(?:,?\s+{Y})?"
                            r"(?!\s*(?:mln|billion|pct|%|dlrs))",
                            M=_MONTH.format(n="mon"), D=_DAY.format(n="d"),
                            M2=_MONTH.format(n="mon2"), D2=_DAY.format(n="d2"),
                            Y=_YEAR.format(n="y")))),
    ("dm_dm", re.compile(_p(r"\b(?:(?P<from>from)\s+)?{D}\s+{M}(?:\s*[-–—]\s*|"
                            r"\s+(?:to|until|through|till)\s+){D2}\s+{M2}\b(?:,?\s+{Y})?",
                            M=_MONTH.format(n="mon"), D=_DAY.format(n="d"),
                            M2=_MONTH.format(n="mon2"), D2=_DAY.format(n="d2"),
                            Y=_YEAR.format(n="y")))),
    ("md", re.compile(_p(r"\b{W}{M}\s+{D}(?:{DASH}{D2})?\b(?!\s*(?:mln|billion|pct|%|dlrs))",
                         M=_MONTH.format(n="mon"), D=_DAY.format(n="d"),
                         D2=_DAY.format(n="d2"), DASH=_DASH))),
    ("dm", re.compile(_p(r"\b{W}{D}(?:{DASH}{D2})?\s+(?:of\s+)?{M}\b", D=_DAY.format(n="d"),
                         D2=_DAY.format(n="d2"), DASH=_DASH, M=_MONTH.format(n="mon")))),
    ("my", re.compile(_p(r"\b{M},?\s+{Y}\b", M=_MONTH.format(n="mon"), Y=_YEAR.format(n="y")))),
    # "signed on the 14th": a day of the month the story is told in (or the one before or
    # after it, by tense); not "the 14th of March" (dm), "the 14th session", "the 20th century"
    ("ordinal_day", re.compile(r"\b(?P<cue>on|by|since|until|till|from)\s+the\s+(?P<d>[1-3]?\d)"
                               r"(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z])")),
    # "in april": a month name in lower case, only after a word that introduces a month (not
    # "may" and "march", which are verbs too)
    ("month_lc", re.compile(r"\b(?P<cue>(?i:in|since|by|until|till|from|early|late|mid|last|"
                            r"next|this|during|before|after|through))[\s-]+(?P<mon>january|"
                            r"february|april|june|july|august|september|october|november|"
                            r"december)\b(?!\s+\d)")),
    ("year_range", re.compile(_p(r"\b(?:between\s+|from\s+)?{Y}\s*(?:-|–|—|to|and|/)\s*{Y2}\b",
                                 Y=_YEAR.format(n="y"), Y2=r"(?P<y2>(?:1[89]|20)?\d\d)"))),
    ("month", re.compile(_p(r"(?:\b(?P<cue>(?i:in|on|since|by|until|till|from|early|late|mid|"
                            r"last|next|this|that|of|during|before|after|through))[\s-]+"
                            r"(?:early\s+|late\s+)?)?"
                            r"{M}\b(?!\s+\d)(?!\.\s*\d)", M=_MONTH.format(n="mon")))),
    # A year after a word that introduces one ("in 1984", "his 2007 campaign"); the word is
    # checked in _resolve, which is much faster than a chain of lookbehinds.
    ("year", re.compile(r"\b(?P<pre>[A-Za-z]+)\s+(?P<y>(?:1[5-9]|20)\d\d)\b"
                        r"(?!\s*(?:mln|billion|pct|%|dlrs|tonnes|bpd))")),
    ("weekday", re.compile(r"\b(?:(?P<cue>last|next|this|on|since|by|until|till|the\s+previous|"
                           r"the\s+preceding)\s+)?"
                           r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("month_rel", re.compile(_p(r"\b{M}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b",
                                M=_MONTH.format(n="mon")))),
    ("spoken_year", re.compile(_p(r"\b(?:(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+of\s+|"
                                  r"{M}\s+|the\s+year\s+)?(?P<sy>{SY})\b",
                                  M=_MONTH.format(n="mon"), SY=_SPOKEN_YEAR), re.I)),
    ("season_year", re.compile(r"\b(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
                               r"(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("relday", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight)\b", re.I)),
    ("relperiod", re.compile(r"\b(?P<rel>(?:earlier|later) this (?:week|month|year)|"
                             r"(?:last|this|next|past) (?:week|month|year))\b", re.I)),
]


# A sitting broken off until a day: the day it resumes ("adjourned until Thursday").
_PAUSED = re.compile(r"\b(?:adjourned|recessed|suspended|put\s+off|put\s+back|deferred|"
                     r"delayed|postponed)\s+$", re.I)
_THIS_YEAR_TO = re.compile(r"\bthis\s+year\s+(?:through|to|until|till)\s+(?:early\s+|late\s+)?$",
                           re.I)
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_NO_ANCHOR_WEEKDAY = "weekday with no publication date"


def _weekday_in_name(text: str, start: int, end: int, words: _Words) -> bool:
    """A weekday that is part of a name, not a day of the story's week: after a capitalised
    word that makes such names ("the Good Friday Agreement", "Black Monday", "Super
    Tuesday"; a holiday the calendar knows, "on Good Friday", is read whole before this), or
    between "the" and a capitalised word ("the Sunday Times"). A capitalised word alone
    before it says nothing: "told Reuters Friday", "Ecuador Tuesday" are days."""
    before = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, start - 20):start])
    if before and before.group(1).lower() in words.weekday_names:
        return True
    return bool(re.search(r"\b[Tt]he\s+$", text[max(0, start - 5):start])
                and re.match(r"\s+[A-Z][a-z]", text[end:end + 3]))
_YEAR_INTRODUCERS = frozenset("""in since by until of a the from end for his her its their during
after before and early late through into to due s fiscal calendar that this our my your both
either""".split())
# A year used as a modifier ("predicting 1990 earnings") is a date; a number before a count
# noun ("killed 1990 people", "at 2000 metres") is not.
_NOT_AFTER_A_YEAR = frozenset("""people persons men women children troops soldiers workers jobs
shares votes tons tonnes metres meters miles feet kilometres kilometers km yards barrels units
cars homes houses pounds dollars euros acres hectares points and or to at in on of for""".split())
_NOT_BEFORE_A_YEAR = frozenset("""about nearly almost some over under than more less around only
just approximately roughly at least""".split())
# Words a pattern cannot match without: tested once per sentence, so that each pattern only
# runs where it can find something.
_NEEDS = {
    "iso": re.compile(r"\d{4}-\d"), "wire": re.compile(r"\d-[A-Za-z]{3}-\d"),
    "year_range": re.compile(r"\d{4}\s*(?:-|–|—|/|to\b|and\b)", re.I),
    "year": re.compile(r"\b(?:1[5-9]|20)\d\d\b"),
    "spoken_year": re.compile(r"nineteen|eighteen|thousand", re.I),
    "season_year": re.compile(r"(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?\d", re.I),
    "weekday": re.compile(r"day\b"), "relday": re.compile(r"to(?:day|night|morrow)|yesterday", re.I),
    "relperiod": re.compile(r"\b(?:week|month|year)\b", re.I),
}
_MONTH_NEEDED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _month(words: _Words, token: str) -> int:
    return words.months[token.lower().rstrip(".")[:3]]


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


def _iso(y: int | None, m: int, d: int | None = None) -> str:
    year = f"{y:04d}" if y else "XXXX"
    return f"{year}-{m:02d}" + (f"-{d:02d}" if d else "")


_CALENDAR = re.compile(r"^(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?$")


def is_calendar(value: str | None) -> bool:
    """A year, month or day ("2025", "2025-04", "XXXX-04-11"), not a duration, set or ref."""
    return bool(value and _CALENDAR.match(value))


def is_day(value: str | None) -> bool:
    return is_calendar(value) and len(value or "") == 10


def parse_iso(value: str | None) -> date | None:
    """The day of an ISO date or date-time ("2025-08-27", "1990-08-15T13:37")."""
    if not value or "X" in value[:10]:
        return None
    parts = value[:10].split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


_WEEK_AFTER_WEEKDAY = re.compile(r",?\s+(?:of\s+)?(last|previous|next)\s+week\b", re.I)


def _day_of_the_month(day: int, anchor: date | None, tense: str,
                      expr: Callable[..., TimeExpression]) -> TimeExpression | None:
    """"On the 14th": that day of the publication month; of the month before when the story
    tells it as past and the day is still to come, of the next when future and gone by."""
    if anchor is None or not 1 <= day <= 31:
        return None
    y, mo = anchor.year, anchor.month
    if tense == PAST and day > anchor.day:
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    elif tense == FUTURE and day < anchor.day:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    if not _valid(y, mo, day):
        return None
    return expr(_iso(y, mo, day), relative=True)


def _year_for(month: int, day: int | None, anchor: date | None, tense: str) -> int | None:
    """Year of a date written without one: of the dates with that month (and day) near
    publication, one not before it in a future clause ("must be returned by Jan. 14"), not
    after it in a past one ("was signed on Dec. 30"), else the nearest."""
    if anchor is None:
        return None

    def span(y: int) -> tuple[date, date]:
        if day:
            d = date(y, month, min(day, calendar.monthrange(y, month)[1]))
            return d, d
        return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])

    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    if tense == FUTURE:
        fits = [y for y in years if span(y)[1] >= anchor - timedelta(days=14)]
        return fits[0]
    if tense == PAST:
        fits = [y for y in years if span(y)[0] <= anchor + timedelta(days=7)]
        return fits[-1]

    def distance(y: int) -> int:
        first, last = span(y)
        return 0 if first <= anchor <= last else min(abs((first - anchor).days),
                                                     abs((last - anchor).days))
    nearest = min(years, key=distance)
    # (also where a verb of calling off is near: "In August, the junta suspended ...")
    if tense in (UNKNOWN, UNDECIDED) and span(nearest)[0] > anchor + timedelta(days=60) \
            and distance(nearest - 1) < 300:
        return nearest - 1  # news tells the past more than the future: a near past wins
    return nearest


# Any of these words or a digit: a sentence without one holds no time expression, and the
# patterns (which are many) never run over it. Most of an article is such sentences.
_TRIGGER = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tonight|yesterday|tomorrow|now|currently|nowadays|present|ago|year|month|week|day|"
    r"decade|centur|hour|minute|second|season|spring|summer|autumn|fall|winter|annual|daily|"
    r"weekly|monthly|quarter|morning|afternoon|evening|night|past|time|recent|future|former|"
    r"fiscal|weekend|soon|previous|near|short term|later date|nineteen|thousand|noon|midnight|someday|"
    r"half|period|christmas|easter|halloween|thanksgiving|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", re.I)
_BREAK = re.compile(r"[.!?]+[\"”’)]*\s+|\n")  # a full stop followed by space, or a line end
_ABSOLUTE = ("iso", "wire", "mdy", "dmy", "md", "dm")
_YEARLESS = ("md", "dm", "md_md", "dm_dm", "month", "month_lc")
_TENSED = frozenset({"md", "dm", "md_md", "dm_dm", "month", "month_lc", "weekday", "ordinal_day"})  # kinds whose value depends on tense


_CALENDAR_TRIGGER = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|"
    r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\d{4}-\d\d-\d\d|\d-[A-Za-z]{3}-\d{4}", re.I)


def _chunks(text: str, trigger: re.Pattern[str] = _TRIGGER,
            within: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence-sized spans around each time word (one scan for the words, then the sentence
    bounds around each), merged when they touch; with `within`, those spans that hold one."""
    if within is not None:
        return [(a, b) for a, b in sorted(within) if trigger.search(text, a, b)]
    spans: list[tuple[int, int]] = []
    for m in trigger.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        floor = max(0, m.start() - 300)  # a sentence is not longer; do not scan back further
        left = max(max(text.rfind(c, floor, m.start()) for c in ".!?\n") + 1, floor)
        nxt = _BREAK.search(text, m.end())
        right = nxt.end() if nxt else len(text)
        if spans and left <= spans[-1][1]:
            spans[-1] = (spans[-1][0], right)
        else:
            spans.append((left, right))
    return spans


def find(text: str, published: str | None = None, kinds: tuple[str, ...] | None = None,
         spans: list[tuple[int, int]] | None = None,
         news_date: str | None = None) -> list[TimeExpression]:
    """Every time expression in `text`: the longest wins where two overlap; spans are trimmed
    of leading prepositions ("on Friday" -> "Friday"), as TimeML marks them. `kinds` limits
    the search to some calendar patterns (and skips the others); `spans` to parts of the text.
    `news_date`, when there is no publication date, is the day the text itself gives its news
    (see document_dates): it supplies the year of yearless dates ("in April"), nothing else."""
    words = _words()
    anchor = parse_iso(published)
    year_anchor = anchor or parse_iso(news_date)
    if spans is not None and not spans:
        return []

    def future_at(i: int) -> bool:
        return tense_at(text, i) == FUTURE

    candidates: list[TimeExpression] = []
    trigger = _CALENDAR_TRIGGER if kinds is not None else _TRIGGER
    for a, b in _chunks(text, trigger, spans):
        has_month = bool(_MONTH_NEEDED.search(text, a, b))
        for kind, pattern in _PATTERNS:
            if kinds is not None and kind not in kinds:
                continue
            need = _NEEDS.get(kind)
            if (need.search(text, a, b) is None) if need else not has_month:
                continue
            for m in pattern.finditer(text, a, b):
                tense = tense_at(text, m.start(), m.end()) if kind in _TENSED else UNKNOWN
                expr = _resolve(kind, m, words, year_anchor if kind in _YEARLESS else anchor,
                                tense)
                if expr is not None and kind in ("md_md", "dm_dm"):
                    candidates.extend(_split_month_span(kind, m, expr))
                elif expr is not None:
                    candidates.extend(_split_year_pair(expr))
        if kinds is None:
            for c in find_extra(text, anchor, future_at, a, b):
                candidates.append(TimeExpression(c.start, c.end, text[c.start:c.end], c.type,
                                                 c.value, None, c.reason, c.relative))
    taken: list[tuple[int, int]] = []
    out: list[TimeExpression] = []
    for expr in sorted(candidates, key=lambda e: (-(e.end - e.start), e.type == "DURATION",
                                                  e.start)):
        if any(expr.start < y and x < expr.end for x, y in taken):
            continue
        taken.append((expr.start, expr.end))
        if _is_quoted_title(text, expr):
            continue
        out.append(_trim_preposition(expr))
    out.sort(key=lambda e: e.start)
    if kinds is not None:
        return out
    return _times_on_their_day(text, _year_ago_quarters(text, _counted_later(
        text, _anaphoric(text, out, spans))))


def _is_quoted_title(text: str, expr: TimeExpression) -> bool:
    """A name in title case that opens a quotation is a title, not a time: ABC's "This Week,"
    "This Week With David Brinkley"."""
    words = expr.text.split()
    if len(words) < 2 or not all(w[0].isupper() for w in words) or \
            text[max(0, expr.start - 1):expr.start] not in ('"', "“"):
        return False
    return bool(_TITLE_GOES_ON.match(text, expr.end))


_TITLE_GOES_ON = re.compile(r"[,.!?]?[\"”]|\s+[A-Z][a-z]+")


_ANAPHOR = re.compile(r"\b(?P<det>that|the\s+(?:following|same|previous|preceding|prior))\s+"
                      r"(?P<u>year|month|quarter)\b(?![-’'])(?!\s+(?:of|ago|earlier|later|before|"
                      r"after|ended|ending|end|in|to|that|when|as|which|where)\b)|"
                      # "the previous day", "the following week", "the day before": a day or
                      # a week from the latest full day told before ("arrived on Monday ...
                      # had signed it the day before"); "the day before the vote" points to
                      # the vote, so a bare "before"/"after" must end the clause
                      r"\b(?P<det2>the\s+(?:following|same|previous|preceding|prior|next))\s+"
                      r"(?P<u2>day|week)\b(?![-’'])(?!\s+(?:of|ago|earlier|later|before|after|"
                      r"ended|ending|end|in|to|that|when|as|which|where)\b)|"
                      r"\bthe\s+(?P<u3>day)\s+(?P<det3>before|after)(?=\s*[.,;:!?)]|\s*$)",
                      re.I)
# "the same month last year": that month a year before
_YEAR_BEFORE_TAIL = re.compile(r"\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b|"
                               r"\s+(?:a|one)\s+year\s+(?:earlier|ago|before)\b", re.I)
_ANTECEDENT = {"year": re.compile(r"(\d{4})(?:-(?:\d\d|Q[1-4]|H[12]|SP|SU|FA|WI)\b.*)?"),
               "month": re.compile(r"(\d{4})-(\d\d)(?:-\d\d.*)?"),
               "quarter": re.compile(r"(\d{4})-Q([1-4])"),
               "day": re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?"),
               "week": re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?")}
_ANAPHOR_REACH = 2000  # characters back to the expression the phrase points to


def _anaphoric(text: str, found: list[TimeExpression],
               spans: list[tuple[int, int]] | None) -> list[TimeExpression]:
    """'that year', 'the following month', 'the previous quarter': the period of the latest
    date the story gave before it, moved as the word says ('On May 22, 1995, he was promoted,
    and the following year ...' is 1996). With no such date before, no expression."""
    if not _ANAPHOR_NEEDED.search(text):
        return found
    added: list[TimeExpression] = []
    for m in _ANAPHOR.finditer(text):
        if spans is not None and not any(a <= m.start() < b for a, b in spans):
            continue
        if any(e.start < m.end() and m.start() < e.end for e in found):
            continue
        unit = (m.group("u") or m.group("u2") or m.group("u3")).lower()
        det = (m.group("det") or m.group("det2") or m.group("det3")).lower()
        shift = 1 if det.split()[-1] in ("following", "next", "after") else -1 if det.split()[-1] in (
            "previous", "preceding", "prior", "before") else 0
        before = [e for e in found if e.end <= m.start() and m.start() - e.end < _ANAPHOR_REACH
                  and e.type in ("DATE", "TIME") and e.value]
        for e in reversed(before):
            got = _ANTECEDENT[unit].fullmatch(e.value or "")
            if got is None:
                continue
            y = int(got.group(1))
            tail = _YEAR_BEFORE_TAIL.match(text, m.end()) if unit in ("month", "quarter") else None
            if tail:
                shift -= 12 if unit == "month" else 4
            if unit in ("day", "week"):
                try:
                    told = date(y, int(got.group(2)), int(got.group(3)))
                except ValueError:
                    continue
                if unit == "day":
                    value = (told + timedelta(days=shift)).isoformat()
                else:
                    iso = (told + timedelta(weeks=shift)).isocalendar()
                    value = f"{iso[0]:04d}-W{iso[1]:02d}"
            elif unit == "year":
                value = f"{y + shift:04d}"
            elif unit == "month":
                index = y * 12 + int(got.group(2)) - 1 + shift
                value = f"{index // 12:04d}-{index % 12 + 1:02d}"
            else:
                index = y * 4 + int(got.group(2)) - 1 + shift
                value = f"{index // 4:04d}-Q{index % 4 + 1}"
            end = tail.end() if tail else m.end()
            added.append(TimeExpression(m.start(), end, text[m.start():end], "DATE", value,
                                        relative=True))
            break
    if not added:
        return found
    kept = [e for e in found if not any(a.start <= e.start and e.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda e: e.start)


# "two months later", "a year later", "three days later": an amount of time after the latest
# date told before it ("signed in February 2006, was suspended two months later" is 2006-04)
_COUNTED_LATER = re.compile(r"\s+(?:later|afterwards?)\b(?!\s+than\b)", re.I)
_COUNTED = re.compile(r"P(\d+)([YMWD])")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n\s*\n")


def _counted_later(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """A duration followed by "later" is a date: the latest calendar date the text gave before
    it, moved on by that amount, as precise as both allow (a month after a year is no month:
    nothing is added). TimeML marks "two months later" as a DATE anchored to that time."""
    out: list[TimeExpression] = []
    for e in found:
        m = _COUNTED.fullmatch(e.value or "") if e.type == "DURATION" else None
        later = _COUNTED_LATER.match(text, e.end) if m else None
        if m is None or later is None:
            out.append(e)
            continue
        n, unit = int(m.group(1)), m.group(2)
        # (only a date of its own sentence: "A day later, the ministry said ..." opening a
        # sentence points to a time the sentences before told, often not by a date at all)
        before = [x for x in out if x.type == "DATE" and x.end <= e.start
                  and e.start - x.end < _ANAPHOR_REACH and is_calendar(x.value)
                  and not x.range and not _SENTENCE_BREAK.search(text, x.end, e.start + 1)]
        value = None
        if before:
            told = before[-1].value or ""
            day = parse_iso(told) if len(told) == 10 else None
            if unit == "Y":
                value = f"{int(told[:4]) + n:04d}"
            elif unit == "M" and len(told) >= 7:
                index = int(told[:4]) * 12 + int(told[5:7]) - 1 + n
                value = f"{index // 12:04d}-{index % 12 + 1:02d}"
            elif unit == "W" and day:
                iso = (day + timedelta(weeks=n)).isocalendar()
                value = f"{iso[0]:04d}-W{iso[1]:02d}"
            elif unit == "D" and day:
                value = (day + timedelta(days=n)).isoformat()
        if value is None:
            out.append(e)
            continue
        end = later.end()
        out.append(TimeExpression(e.start, end, text[e.start:end], "DATE", value, relative=True))
    return out


_ANAPHOR_NEEDED = re.compile(r"\b(?:that|following|same|previous|preceding|prior|next)\s+"
                             r"(?:year|month|quarter|day|week)\b|\bday\s+(?:before|after)\b", re.I)


_BARE_CLOCK = re.compile(r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d\d:\d\d|noon|midnight)"
                         r"(?:\s*(?:GMT|UTC|EST|EDT|ET|local time))?", re.I)


def _times_on_their_day(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """A bare time ("at about 10:35 a.m.") is on the day its sentence names ("... Friday"),
    not on the publication day."""
    out = list(found)
    for k, e in enumerate(found):
        if e.type != "TIME" or not e.value or "T" not in e.value or \
                not _BARE_CLOCK.fullmatch(e.text):
            continue
        left = max(text.rfind(c, 0, e.start) for c in ".!?\n") + 1
        nxt = _BREAK.search(text, e.end)
        right = nxt.start() if nxt else len(text)
        days = [d for d in found if d.type == "DATE" and left <= d.start < right and is_day(d.value)
                and "X" not in (d.value or "")]
        if len(days) == 1:
            out[k] = TimeExpression(e.start, e.end, e.text, e.type,
                                    f"{days[0].value}T{e.value.split('T', 1)[1]}", e.range,
                                    e.reason, True)
    return out


_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_YEAR_BACK = re.compile(r"(?:a|one)\s+year(?:\s+(?:ago|earlier))?|year[- ](?:ago|earlier)", re.I)
_YEAR_QUARTER = re.compile(r"(?:the|its|a)\s+((?:19|20)\d\d)\s+(?:fiscal\s+)?(?:quarter|period)",
                           re.I)
_YEAR_BACK_PERIOD = re.compile(r"the\s+(?:comparable\s+)?year[- ](?:ago|earlier)\s+period", re.I)
_SAME_PERIOD_BEFORE = re.compile(r"\bthe\s+(?:corresponding|comparable|same)\s+(?:period|"
                                 r"quarter)\s+(?:of\s+)?$", re.I)
_SAME_PERIOD_AFTER = re.compile(r"['’]s\s+(?:(?:corresponding|comparable|same)\s+)?(?:quarter|"
                                r"period)\b", re.I)
_FOCUS_REACH = 1500  # characters: about a paragraph or two of a results story


def _year_ago_quarters(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """In a comparison of quarterly results, 'a year ago', 'a year earlier' and 'year-earlier'
    mean the same quarter a year before the quarter under discussion (TimeML gives an
    expression the granularity of its reference): after 'third-quarter profit' of 2025,
    'from $2 million a year earlier' is 2024-Q3."""
    focus: tuple[int, int, int] | None = None  # year, quarter, where it was said
    months: tuple[str, int] | None = None  # "the nine months" reported, where it was said
    out: list[TimeExpression] = []
    for e in found:
        q = _QUARTER.fullmatch(e.value or "")
        of_year = _YEAR_QUARTER.fullmatch(e.text)
        if e.type == "DURATION" and e.value in ("P6M", "P9M"):
            # "For the nine months, net rose from $3 million a year earlier": the comparison
            # is now of the half or nine months, so a year back is the year before
            focus, months = None, (e.value, e.end)
        elif q and months and e.start - months[1] < _FOCUS_REACH and \
                _YEAR_BACK_PERIOD.fullmatch(e.text):
            e = TimeExpression(e.start, e.end, e.text, "DURATION", months[0])
        elif q:
            months = None
            # "the year-ago quarter" is the one before the quarter under discussion
            back = _YEAR_BACK.search(e.text) is not None
            focus = (int(q.group(1)) + back, int(q.group(2)), e.end)
        elif of_year:  # "the 1988 quarter", "in the 1989 period": that year's such quarter
            if focus and e.start - focus[2] < _FOCUS_REACH:
                e = TimeExpression(e.start, e.end, e.text, "DATE",
                                   f"{of_year.group(1)}-Q{focus[1]}", None, None, True)
        elif focus and e.start - focus[2] < _FOCUS_REACH and e.text.lower() == "last year" and (
                (lead := _SAME_PERIOD_BEFORE.search(text, max(0, e.start - 40), e.start)) or
                (tail := _SAME_PERIOD_AFTER.match(text, e.end))):
            # "the corresponding period last year", "last year's quarter": that quarter
            start = lead.start() if lead else e.start
            end = e.end if lead or tail is None else tail.end()
            e = TimeExpression(start, end, text[start:end], "DATE",
                               f"{focus[0] - 1:04d}-Q{focus[1]}", None, None, True)
        elif focus and e.start - focus[2] < _FOCUS_REACH and _YEAR_BACK.fullmatch(e.text):
            end = e.end
            earlier = re.match(r"\s+earlier\b", text[end:end + 10])
            if e.type == "DURATION" and not earlier:
                out.append(e)
                continue
            end += earlier.end() if earlier and e.type == "DURATION" else 0
            e = TimeExpression(e.start, end, text[e.start:end], "DATE",
                               f"{focus[0] - 1:04d}-Q{focus[1]}", None, None, True)
        out.append(e)
    return out


_LEADING = re.compile(r"^(?:on|in|since|by|until|till|from|during|before|after|of|between|at|"
                      r"for)\s+", re.I)


_SPAN_DAYS = 62  # the longest span two months' days are read as (a gathering, a round)


def _month_span(m: re.Match[str], words: _Words, anchor: date | None, tense: str,
                expr: Callable[..., TimeExpression]) -> TimeExpression | None:
    """"March 31-April 2", "from 30 June to 2 July": the first day, with the span as its range
    (the second month's year is the first's, or the next one across a new year). A bare "to"
    with no "from" before it, or days further apart than `_SPAN_DAYS`, is no span (None: the
    two days are read one by one)."""
    g = m.groupdict()
    if not g.get("from") and not re.search(r"[-–—]", m.group(0)):
        return None
    mo, mo2 = _month(words, g["mon"]), _month(words, g["mon2"])
    d1, d2 = int(g["d"]), int(g["d2"])
    if not mo or not mo2 or mo == mo2:
        return None
    y = int(g["y"]) if g.get("y") else _year_for(mo, d1, anchor, tense)
    if not y or not _valid(y, mo, d1):
        return None
    y2 = y + 1 if mo2 < mo else y
    if not _valid(y2, mo2, d2):
        return None
    first, last = date(y, mo, d1), date(y2, mo2, d2)
    if not 0 < (last - first).days <= _SPAN_DAYS:
        return None
    return expr(first.isoformat(), (first.isoformat(), last.isoformat()), relative=not g.get("y"))


def _trim_preposition(expr: TimeExpression) -> TimeExpression:
    m = _LEADING.match(expr.text)
    if not m or expr.type == "DURATION" or (expr.value or "").endswith("_REF"):
        return expr
    return TimeExpression(expr.start + m.end(), expr.end, expr.text[m.end():], expr.type,
                          expr.value, expr.range, expr.reason, expr.relative)


def _split_month_span(kind: str, m: re.Match[str], expr: TimeExpression
                      ) -> list[TimeExpression]:
    """"March 31-April 2" is two days in TimeML, as a pair of years is: the first day keeps
    the span as its range, the second is the last day."""
    if not expr.range:
        return [expr]
    a, b = (m.start("mon"), m.end("d")) if kind == "md_md" else (m.start("d"), m.end("mon"))
    c = m.start("mon2") if kind == "md_md" else m.start("d2")
    text = m.string
    return [TimeExpression(a, b, text[a:b], "DATE", expr.range[0], expr.range,
                           relative=expr.relative),
            TimeExpression(c, m.end(), text[c:m.end()], "DATE", expr.range[1],
                           relative=expr.relative)]


def _split_year_pair(expr: TimeExpression) -> list[TimeExpression]:
    """'2009-2010', 'between 1982 and 1992' are two years in TimeML; the range is kept on
    the first, which the pipeline reads as a period ("for 2025-2027")."""
    pair = re.fullmatch(r"(?P<lead>(?:between|from)\s+)?(?P<a>(?:1[5-9]|20)\d\d)(?P<sep>\s*"
                        r"(?:[-–—/]|to|and)\s*)(?P<b>(?:1[5-9]|20)\d\d)", expr.text, re.I)
    if not expr.range or len(expr.range[0]) != 4 or not pair:
        return [expr]
    a = expr.start + pair.start("a")
    b = expr.start + pair.start("b")
    return [TimeExpression(a, a + 4, pair.group("a"), "DATE", expr.range[0], expr.range),
            TimeExpression(b, b + 4, pair.group("b"), "DATE", expr.range[1])]


def _clause_before(text: str, i: int, width: int = 80) -> str:
    """The words before an expression in its own clause: where its tense is decided. A line
    break is a cut only where it ends a paragraph or a line that is no running text: not the
    hard wrap of a wire text ("he hoped for wide-ranging talks on the future of\nthe EMS at
    the weekend meeting"), a break after a word that goes on with a word on the next line."""
    left = text[max(0, i - width):i]
    left = _SOFT_WRAP.sub(" ", left)
    cut = max(left.rfind(c) for c in ";:\n\"“”")
    for m in _STOP.finditer(left, cut + 1):
        cut = m.start()
    return left[cut + 1:]


# A line break inside running text: after a letter, digit or comma, before a word in lower case
# with no indent (a wire text's hard wrap; a new paragraph is indented or follows a stop).
_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,])\n(?=[a-z])")


# A full stop that ends a clause: not the one of an abbreviation ("Jan. 3", "Daniel P.
# Davison", "Mr.", "U.S.", "Corp."), which leaves the clause running on.
_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\bSept)(?<!\bCorp)"
                   r"(?<!\bMrs)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bNo)(?<!\bvs)\.")



# A dash after a day that opens a line: the day heads an entry of a timeline.
_TIMELINE = re.compile(r"[ \t]*[-–—:][ \t]")


# Words before "May" or "March" that make it the month (both are verbs too, and "May" a name):
# those that take a month ("in May", "since March", "the end of March", "from March to June",
# "during May", "That March, ...").
_MAY_MARCH_CUES = frozenset({"in", "since", "by", "until", "early", "late", "mid", "last", "next",
                             "this"})
_MAY_MARCH_MORE_CUES = frozenset({"till", "from", "of", "during", "before", "after", "through",
                                  "that"})


def _may_march_month(m: re.Match[str], cue: str) -> bool:
    """Whether a "May" or "March" after `cue` is the month. The first cues always take one; after
    the others (which also come before names and clauses) it is the month unless a name's "'s" or
    a capitalised word follows ("from May Department Stores", "of May's debt"), and after "that"
    only before punctuation ("That March, ..."; "that May would resign" is a person)."""
    if cue in _MAY_MARCH_CUES:
        return True
    if cue not in _MAY_MARCH_MORE_CUES:
        return False  # "on May one" is a day told in words; no cue, a verb or a name
    after = m.string[m.end("mon"):m.end("mon") + 40]
    if re.match(r"['’]s\b|[ \t]+[A-Z]", after):
        return False
    return cue != "that" or re.match(r"\s*[,.;:)]", after) is not None


def _resolve(kind: str, m: re.Match[str], words: _Words, anchor: date | None,
             tense: str) -> TimeExpression | None:
    future = tense == FUTURE
    g = m.groupdict()
    a, b, surface = m.start(), m.end(), m.group(0)

    def expr(value: str | None, rng: tuple[str, str] | None = None, reason: str | None = None,
             relative: bool = False, type_: str = "DATE") -> TimeExpression:
        return TimeExpression(a, b, surface, type_, value, rng, reason, relative)

    if kind in ("iso", "wire"):
        year, d = int(g["y"]), int(g["d"])
        mo = int(g["m"]) if kind == "iso" else words.months.get(g["mon"].lower()[:3], 0)
        if kind == "wire" and not mo:
            return expr(None, reason=f"unknown month '{g['mon']}'")
        return expr(_iso(year, mo, d)) if _valid(year, mo, d) else expr(None, reason="impossible date")
    if kind in ("mdy", "dmy", "md", "dm"):
        mo = _month(words, g["mon"])
        d1 = int(g["d"])
        d2 = int(g["d2"]) if g.get("d2") else None
        if kind in ("md", "dm") and g["mon"].lower() == "may" and kind == "md" and d1 > 31:
            return None
        if tense == PAST and re.search(r"\b(?:to|until|till|through|by|effective)\s+$",
                                       m.string[max(0, a - 12):a], re.I):
            tense = UNKNOWN  # "extended to Nov. 20": a new deadline, nearest not past
        if re.search(r"\bsince\s+(?:the\s+)?$", m.string[max(0, a - 12):a], re.I):
            tense = PAST  # "the highest since 13 July": a day gone by
        if _TIMELINE.match(m.string, b) and re.search(r"(?:^|\n)[\s*•-]*$", m.string[max(0, a - 8):a]):
            tense = UNKNOWN  # a timeline's line, "28 January - X meets Y": the nearest such day
        y = int(g["y"]) if g.get("y") else _year_for(mo, d1, anchor, tense)
        if not _valid(y or 2000, mo, d1) or (d2 is not None and not _valid(y or 2000, mo, d2)):
            return expr(None, reason="impossible date")
        if d2 is not None and d2 > d1:
            return expr(_iso(y, mo, d1), (_iso(y, mo, d1), _iso(y, mo, d2)),
                        relative=not g.get("y"))
        reason = None if y else "no year and no publication date"
        return expr(_iso(y, mo, d1), reason=reason, relative=not g.get("y"))
    if kind in ("md_md", "dm_dm"):
        return _month_span(m, words, anchor, tense, expr)
    if kind == "ordinal_day":
        return _day_of_the_month(int(g["d"]), anchor, tense, expr)
    if kind == "my":
        return expr(_iso(int(g["y"]), _month(words, g["mon"])))
    if kind in ("month", "month_lc"):
        if g["mon"] in ("May", "March") and not _may_march_month(m, (g.get("cue") or "").lower()):
            return None  # "may" and "march" are verbs too
        if kind == "month" and g["mon"][0].islower() or g["mon"].endswith(".") or len(g["mon"]) < 4 and (
                not g.get("cue") or g["cue"].lower() == "that" and g["mon"] != "May"):
            return None  # "said that Jan Smith ...": a name
        mo = _month(words, g["mon"])
        cue = (g.get("cue") or "").lower()
        # "next June", "until June", "through June": a month still to come
        ahead = cue in ("next", "until", "till", "through", "by")
        yr = _year_for(mo, None, anchor, FUTURE if ahead else PAST if cue == "since" else tense)
        if anchor and _THIS_YEAR_TO.search(m.string, max(0, a - 30), m.start("mon")):
            yr = anchor.year  # "this year through August": a month of this year
        if (g.get("cue") or "").lower() == "last" and anchor and yr == anchor.year and mo >= anchor.month:
            yr -= 1
        if cue == "this" and anchor:
            yr = anchor.year  # "this September"
        return TimeExpression(a + m.start("mon") - m.start(), b, m.group("mon"), "DATE",
                              _iso(yr, mo), None, None if yr else "no year and no publication date",
                              True)
    if kind == "year_range":
        y1 = int(g["y"])
        y2s: str = g["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not (y1 < y2 <= y1 + 50):
            return None
        return expr(f"{y1}", (f"{y1}", f"{y2}"))
    if kind == "year":
        after = re.match(r"\s+([a-z]+)", m.string[m.end():m.end() + 30])
        noun_after = after is not None and after.group(1) not in _NOT_AFTER_A_YEAR  # "his 1996 bid"
        if g["pre"].lower() not in _YEAR_INTRODUCERS and not (
                noun_after and g["pre"][0].islower() and g["pre"].lower() not in _NOT_BEFORE_A_YEAR):
            return None
        return TimeExpression(m.start("y"), m.end("y"), g["y"], "DATE", g["y"])
    if kind == "weekday":
        target = words.weekdays[g["wd"].lower()]
        cue = " ".join((g.get("cue") or "").lower().split())
        if not cue and _weekday_in_name(m.string, m.start("wd"), m.end("wd"), words):
            return None  # "the Good Friday Agreement", "Black Monday", "the Sunday Times"
        if anchor is None:
            return expr(None, reason=_NO_ANCHOR_WEEKDAY, relative=True)
        if cue.startswith("the "):  # "the previous Friday": the one before the latest
            back = (anchor.weekday() - target) % 7
            return expr((anchor - timedelta(days=back + 7)).isoformat(), relative=True)
        week = _WEEK_AFTER_WEEKDAY.match(m.string, b)
        if week and cue in ("", "on"):
            # "on Tuesday last week", "Friday of next week": that weekday of the week before
            # or after the story's own (weeks starting on Monday)
            monday = anchor - timedelta(days=anchor.weekday())
            shift = -7 if week.group(1).lower() in ("last", "previous") else 7
            return expr((monday + timedelta(days=shift + target)).isoformat(), relative=True)
        delta = (target - anchor.weekday()) % 7
        if delta == 0 and cue not in ("next", "last"):
            day = anchor  # "on Friday" in a Friday story is that day, whatever the tense
        elif cue == "next" or (future and cue != "last") or cue in ("until", "till") and (
                tense in (PRESENT, UNKNOWN) or _PAUSED.search(m.string, max(0, a - 30), a)):
            # ("is in Tokyo until Friday", "was adjourned until Thursday": the day it resumes
            # is to come; "talks went on until Thursday" keeps the past one)
            day = anchor + timedelta(days=delta or 7)
        elif tense == UNDECIDED and not cue and delta <= 3:
            day = anchor + timedelta(days=delta)  # called off: the nearest such day
        else:
            back = (anchor.weekday() - target) % 7
            if cue == "last" and back == 0:
                back = 7
            day = anchor - timedelta(days=back)
        return expr(day.isoformat(), relative=True)
    if kind == "month_rel":
        if anchor is None:
            return expr(None, reason="relative year with no publication date", relative=True)
        shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        return expr(_iso(anchor.year + shift, _month(words, g["mon"])), relative=True)
    if kind == "spoken_year":
        spoken = spoken_year(g["sy"])
        after = re.match(r"[\s-]+([a-z]+)\b", m.string[b:b + 20])
        if spoken is None or (after and not surface.lower().startswith("the year") and (
                after.group(1) == "year" or after.group(1).endswith("s") and after.group(1) not in
                ("has", "was", "is", "does", "as", "this", "its", "his", "was"))):
            return None  # "two thousand years", "two thousand troops": a number
        year = spoken
        if g.get("s"):
            return expr(f"{year:04d}-{_SEASON_CODES[g['s'].lower()]}")
        if g.get("mon"):
            return expr(_iso(year, _month(words, g["mon"])))
        return expr(f"{year:04d}")
    if kind == "season_year":
        return expr(f"{g['y']}-{_SEASON_CODES[g['s'].lower()]}")
    if kind == "relday":
        if g["rel"][0].isupper() and re.search(r"\b[A-Z][A-Za-z]*\s+$", m.string[max(0, a - 20):a]) \
                and not re.search(r"[.!?\"“”]\s*[A-Z][A-Za-z]*\s+$", m.string[max(0, a - 22):a]):
            return None  # "USA Today", "VOA Today": a name, not a day
        if anchor is None:
            return expr(None, reason="relative day with no publication date", relative=True)
        shift = words.relative_days[g["rel"].lower()]
        return expr((anchor + timedelta(days=shift)).isoformat(), relative=True)
    if kind == "relperiod":
        if anchor is None:
            return expr(None, reason="relative period with no publication date", relative=True)
        unit, shift = words.relative_periods[" ".join(g["rel"].lower().split())]
        return expr(_shift_period(anchor, unit, shift), relative=True)
    return None


def _shift_period(anchor: date, unit: str, shift: int) -> str:
    if unit == "year":
        return f"{anchor.year + shift:04d}"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    iso = (anchor + timedelta(weeks=shift)).isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


# All-numeric calendar days as web pages and press releases print them in their header lines:
# "14.05.2019", "14/05/2019", "2019/05/14", "2019.05.14". `find` does not read them in running
# text (scores, versions and ratios look the same); `numeric_days` is for date lines only.
_NUMERIC_DAY = re.compile(r"(?<![\d./])(?:(?P<y>(?:19|20)\d\d)(?P<s1>[./])(?P<m>[01]?\d)(?P=s1)"
                          r"(?P<d>[0-3]?\d)|(?P<a>[0-3]?\d)(?P<s2>[./])(?P<b>[0-3]?\d)(?P=s2)"
                          r"(?P<y2>(?:19|20)\d\d))(?![\d]|[./]\d)")


def numeric_days(text: str) -> list[TimeExpression]:
    """The all-numeric days in `text`. Year first is always year/month/day. Day first: the
    number above 12 is the day; with dots and both numbers 12 or less it is day.month (the
    European order that writes dots); with slashes and both 12 or less the order is unknown
    (03/04/2019) and the date is left out, unless both numbers are the same."""
    out: list[TimeExpression] = []
    for m in _NUMERIC_DAY.finditer(text):
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y2"))
            if a > 12 or (m.group("s2") == "." and b <= 12) or a == b:
                d, mo = a, b
            elif b > 12:
                d, mo = b, a
            else:
                continue
        if _valid(y, mo, d):
            out.append(TimeExpression(m.start(), m.end(), m.group(0), "DATE", _iso(y, mo, d)))
    return out


# A day with a part of it ("last night": 2026-03-24TNI, "this morning": ...TMO)
_DAY_PART_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(?:NI|MO|AF|EV|DT)")


# A weekend of an ISO week ("last weekend", "at the weekend": 1987-W11-WE)
_WEEKEND_VALUE = re.compile(r"(\d{4})-W(\d\d)-WE")


# A season that lies within one calendar year ("last autumn": 2019-FA); a winter spans two
_SEASON_IN_ONE_YEAR_VALUE = re.compile(r"(\d{4})-(?:SP|SU|FA)")


def day_of(e: TimeExpression) -> TimeExpression:
    """The expression dated to its day: "signed last night" was signed the day before the
    article's, not on the article's own day (a part of a day is no calendar date); "reached
    agreement last weekend" by that weekend's Sunday (a period is dated by its end, as "on
    April 10-11" is; an undated weekend had left the stage the article's own day)."""
    m = _DAY_PART_VALUE.fullmatch(e.value or "")
    if m:
        return replace(e, value=m.group(1))
    w = _WEEKEND_VALUE.fullmatch(e.value or "")
    if w:
        try:
            return replace(e, value=date.fromisocalendar(int(w[1]), int(w[2]), 7).isoformat())
        except ValueError:
            return e
    # "agreed ... last autumn" by that year: a season is no calendar value, so the stage had
    # fallen back to the article's day (a winter, across two years, stays unread)
    s = _SEASON_IN_ONE_YEAR_VALUE.fullmatch(e.value or "")
    if s:
        return replace(e, value=s.group(1))
    return e
