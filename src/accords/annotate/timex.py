"""Time expressions beyond calendar dates, in TIMEX3 form: durations ("the past two years" ->
P2Y), sets ("every morning", "annually"), references ("now" -> PRESENT_REF), seasons, decades,
centuries, quarters, "N years ago", and times of day. Used by `accords.annotate.dates.find`.

Each rule is a pattern and a small function; the words it needs (numbers, units) are data in
data/time_words.json.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from accords.data import load_json


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: str
    value: str | None
    reason: str | None = None
    relative: bool = False


@dataclass(frozen=True)
class _Vocab:
    numbers: dict[str, int]
    units: dict[str, str]
    number: str
    unit: str
    references: dict[str, str]  # "now" -> PRESENT_REF
    holidays: dict[str, list[int | str]]  # "thanksgiving" -> [11, 3, 4]


@cache
def _vocab() -> _Vocab:
    raw = load_json("time_words.json")
    numbers = raw["numbers"]
    units = raw["units"]
    tens = "|".join(w for w, n in numbers.items() if 20 <= n <= 90 and n % 10 == 0)
    ones = "|".join(w for w, n in numbers.items() if 1 <= n <= 9 and w not in ("a", "an"))
    number = (rf"(?:(?:{tens})[\s-](?:{ones})\b|\d+(?:,\d{{3}})*|" + "|".join(
        sorted(map(re.escape, numbers), key=len, reverse=True)) + ")")
    unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    holidays = {k: v for k, v in raw["holidays"].items() if not k.startswith("_")}
    return _Vocab(numbers, units, number, unit, raw["references"], holidays)


def _num(token: str) -> str:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return token
    parts = re.split(r"[\s-]+", token)
    numbers = _vocab().numbers
    if len(parts) == 2 and 20 <= numbers.get(parts[0], 0) <= 90 \
            and 1 <= numbers.get(parts[1], 0) <= 9:  # "twenty-four"
        return str(numbers[parts[0]] + numbers[parts[1]])
    n = _vocab().numbers.get(token)
    return "X" if n is None or n < 0 else str(n)


def _unit_code(unit: str) -> tuple[str, str]:
    """('T', 'H') for hours: TIMEX3 puts time units after a T."""
    code = _vocab().units[unit.lower().rstrip("s") if unit.lower() not in _vocab().units
                          else unit.lower()]
    return ("T", code) if code in ("H", "MIN", "S") else ("", code)


def _duration(n: str, unit: str) -> str:
    t, code = _unit_code(unit)
    code = "M" if code == "MIN" else code
    if code == "DE" and n != "X":
        return f"P{int(n) * 10}Y"
    if code == "CE" and n != "X":
        return f"P{int(n) * 100}Y"
    return f"P{t}{n}{code}"


Rule = Callable[[re.Match[str], date | None, bool], Candidate | None]


def _rules() -> list[tuple[re.Pattern[str], Rule]]:
    v = _vocab()
    n, u = v.number, v.unit
    return [
        # "four years ago", "a month ago"
        (re.compile(rf"\b(?P<n>{n})\s+(?P<u>{u})s?\s+ago\b", re.I), _ago),
        # "the past two years", "almost seven years", "90 days", "five years'"
        (re.compile(rf"\b(?P<mod>(?:the\s+)?(?:past|last|next|coming|following|previous|first|"
                    rf"final|latest)\s+)?(?P<q>(?:almost|nearly|about|around|more than|over|"
                    rf"some|just|a mere|only|at least|up to)\s+)?(?P<n>{n})(?P<half>\s+(?:and\s+a\s+"
                    rf"half|1/2|½))?[\s-]+(?:(?:more|additional|further|full|straight|consecutive|"
                    rf"successive|trading|business|working|extra)[\s-]+)?(?P<u>{u})s?\b"
                    rf"(?P<half2>\s+and\s+a\s+half\b)?"
                    rf"(?:['’](?=\s))?(?![\s-]+(?:ago|old)\b)", re.I),
         _amount),
        # "the next decade", "the past century": a number-less span of one unit
        (re.compile(r"\b(?P<mod>the\s+(?:next|past|last|following|previous|coming))\s+"
                    r"(?P<u>decade|century)\b", re.I), _one_unit),
        # race and flight times: "3:07:35"
        (re.compile(r"(?<![:\d])(?<!\d\s)(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![:\d])"),
         _clock_duration),
        # "recent weeks", "for years", "the next few months"
        # "coming weeks", "the months ahead"; "future quarters" is a reference
        (re.compile(r"\b(?P<lead>recent|(?:the\s+)?coming|the\s+(?:past|next|last|coming)\s+"
                    r"(?:few|several)|(?:for|over|within)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:few|"
                    r"several)?|(?P<ref>future)|(?P<ahead>the))\s*(?P<u>seconds|minutes|hours|days|"
                    r"weeks|months|quarters|years|decades)\b(?(ahead)\s+ahead\b)", re.I),
         _vague_amount),
        # "take weeks", "lasted hours", "minutes before"
        (re.compile(r"(?:(?<=\btake )|(?<=\btakes )|(?<=\btook )|(?<=\btaking )|"
                    r"(?<=\blasted )|(?<=\blast )|(?<=\bspent )|(?<=\bspend ))?"
                    r"\b(?P<u>seconds|minutes|hours|days|weeks|months|years|decades)\b"
                    r"(?=\s+(?:before|after|earlier|later)\b)|(?:(?<=\btake )|(?<=\btakes )|"
                    r"(?<=\btook )|(?<=\btaking )|(?<=\blasted )|(?<=\bspent ))"
                    r"(?P<u2>seconds|minutes|hours|days|weeks|months|years|decades)\b|"
                    # "after months of talks", "the first time in years"
                    r"(?:(?<=\bafter )|(?<=\bfollows )|(?<=\bfollowing )|(?<=\bfollowed )|"
                    r"(?<=\bending ))(?P<u3>days|weeks|months|years|decades)(?=\s+of\b)|"
                    r"(?<=\bin )(?P<u4>weeks|months|years|decades)(?=\s*[.,;:!?]|\s+(?:and|but)\b)",
                    re.I),
         _bare_units),
        # "now", "currently", "the past", "at the time"
        (re.compile(r"\b(?P<ref>" + "|".join(sorted((k.replace(" ", r"\s+") for k in v.references),
                                                     key=len, reverse=True)) + r")\b", re.I),
         _reference),
        # "will one day be", "hopes to one day lead", "someday": an unnamed day to come
        (re.compile(r"(?:(?<=\bwill )|(?<=\bwould )|(?<=\bcould )|(?<=\bmight )|(?<=\bmay )|"
                    r"(?<=\bcan )|(?<=\bshall )|(?<=\bshould )|(?<=\bto ))(?:one|some)\s+day\b"
                    r"(?!\s+(?:after|before|later|earlier|of|ago)\b)|\bsomeday\b", re.I),
         _some_day),
        # seasons: "last summer", "this winter"
        (re.compile(r"\b(?:(?P<cue>last|this\s+past|past|this|next|early|late)\s+)?"
                    r"(?P<s>spring|summer|autumn|"
                    r"fall|winter)\b(?!\s+(?:of\s+)?\d)", re.I), _season),
        # decades and centuries: "the 1990s", "the 20th century"
        (re.compile(r"\b(?:the\s+)?(?:(?P<dec>(?:1[5-9]|20)\d0)['’]?s|(?P<c>\d{1,2})(?:st|nd|rd|th)"
                    r"\s+[Cc]entury)\b|\bthe\s+(?:early\s+|late\s+|mid[- ])?['’](?P<dec2>[0-9]0)s\b"),
         _era),
        # quarters: "the fourth quarter (of 2012)"
        (re.compile(r"\b(?:the\s+)?(?:(?P<ago>year[- ](?:earlier|ago))\s+|(?P<y0>(?:19|20)\d\d)"
                    r"\s+|(?P<next>next\s+year's)\s+|fiscal\s+)?(?P<q>first|second|third|fourth|"
                    r"1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<y>(?:19|20)\d\d))?\b", re.I),
         _quarter),
        # "the latest quarter", "the current quarter", "in the quarter": a quarter of results
        (re.compile(r"\b(?:(?P<which>the\s+(?:latest|most\s+recent|past|current|(?:comparable\s+)?"
                    r"year[- ](?:ago|earlier))|this)\s+|"
                    r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bfrom\s)|"
                    r"(?<=\bof\s))the\s+)(?:fiscal\s+)?quarter\b(?P<yback>\s+(?:a|one)\s+year\s+"
                    r"(?:ago|earlier)\b)?|\b(?P<period>(?:the\s+)?(?:latest|"
                    r"(?:comparable\s+)?year[- ](?:ago|earlier))\s+period)\b"
                    r"(?!\s+(?:of|century|mile|point|percent)\b)", re.I), _this_quarter),
        # "the 1988 quarter", "the 1989 period": which quarter, the story's focus tells
        (re.compile(r"\b(?:the|its|a)\s+(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?P<p>quarter|"
                    r"period)\b", re.I), _year_period),
        # "the first half of 1990", "the last half of 1989"
        (re.compile(r"\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+"
                    r"of\s+(?P<y>(?:19|20)\d\d)\b", re.I), _half),
        # sets: "every morning", "each season", "annually"
        (re.compile(r"\b(?:(?:every|each)\s+(?P<u>day|week|month|year|morning|evening|night|"
                    r"season|summer|winter|spring|autumn)|(?P<adv>daily|weekly|monthly|"
                    r"annually|yearly|quarterly|hourly))\b", re.I), _set),
        # "every Thursday", "on Mondays", "Tuesday nights", "each July": sets
        (re.compile(r"\b(?:(?:every|each)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday)(?:\s+(?P<part>morning|afternoon|evening|night))?|"
                    r"(?P<wds>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s\b|"
                    r"(?P<wdp>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                    r"(?P<parts>mornings|afternoons|evenings|nights)|(?:every|each)\s+"
                    r"(?P<mon>January|February|March|April|May|June|July|August|September|"
                    r"October|November|December))\b"), _calendar_set),
        # times: "8 PM", "15:00 GMT", "Friday afternoon", "this morning"
        (re.compile(r"\b(?:(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)"
                    r"(?!\w)|(?<![:\d])(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?!:\d)|"
                    # "1530 GMT", "at 1900 hours": four digits only with a zone after, or
                    # "hours" after and a preposition of time before (not "1200 hours of work")
                    r"(?<![:\d.,])(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s*(?:GMT|UTC|EST|EDT|"
                    r"BST|CET|local\s+time)\b)|"
                    r"(?:(?<=\bat )|(?<=\bby )|(?<=\bfor )|(?<=\buntil )|(?<=\btill )|"
                    r"(?<=\bbefore )|(?<=\bafter )|(?<=\bfrom ))(?P<h4h>[01]\d|2[0-3])"
                    r"(?P<m4h>[0-5]\d)(?=\s*(?:hours|hrs)\b(?!\s+of\b))|"
                    r"(?P<named>noon|midnight))(?:\s*(?:hours|hrs)(?:\s+local(?!\s+time))?)?"
                    r"(?:\s*(?:GMT|UTC|EST|EDT|ET|BST|CET|local time))?"
                    r"(?:,?\s+(?:on\s+)?(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday|today|yesterday|tomorrow)|(?P<mon>Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|"
                    r"Oct|Nov|Dec)[a-z]*\.?\s+(?P<md>[0-3]?\d)\b))?", re.I), _clock),
        # "year-earlier", "year-ago" as modifiers ("year-earlier profit"): the year before
        (re.compile(r"(?:\byear-|(?<!\ba\s)(?<!\bone\s)\byear\s)(?:earlier|ago)\b"
                    r"(?!\s+(?:quarter|period|(?:\w+[\s-]+)?months?)\b)", re.I),
         _year_before),
        # holidays: "Thanksgiving Day", "last Christmas", "Easter 2013"
        (re.compile(r"\b(?:(?P<cue>last|next|this)\s+)?(?P<h>" + "|".join(
            sorted((re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]?")
                    for k in v.holidays), key=len, reverse=True)) +
            r")\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.I), _holiday),
        # "the weekend", "last weekend", "this weekend"
        # ("this past weekend" and "past weekend" are "last weekend")
        (re.compile(r"\b(?P<cue>this\s+past|last|next|this|the\s+past|past|the)\s+weekend\b",
                    re.I), _weekend),
        # "Friday night", "yesterday morning", "mid-afternoon yesterday", "by mid-morning"
        # (the part of the day in lower case: "Saturday Night Takeaway" is a show)
        # ("last Thursday evening", "next Tuesday morning": the cue picks the week as it does
        # for a bare weekday, see _day_part)
        (re.compile(r"\b(?:(?:(?:(?P<wcue>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Pp]ast|[Tt]his|[Cc]oming)\s+)?"
                    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                    r"(?P<rel>[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast))\s+(?P<part>morning|"
                    r"afternoon|evening|night)|(?:[Mm]id[- ]?|[Ee]arly\s+|[Ll]ate\s+)?"
                    r"(?P<part2>morning|afternoon|evening)\s+(?P<rel2>yesterday|today|tomorrow)|"
                    r"[Mm]id[- ]?(?P<part3>morning|afternoon))\b"), _day_part),
        # "early 2011", "late 2012", "mid-2013"
        (re.compile(r"\b(?P<mod>early|late|mid-?|the end of|the beginning of|the start of)\s*"
                    r"(?P<y>(?:19|20)\d\d)\b", re.I), _modified_year),
        # "this fiscal year", "the current year"
        # "the latest fiscal year": the last one completed, as "the latest quarter"
        (re.compile(r"\b(?:(?P<cue>this|last|next|the current|the latest|the most recent)\s+"
                    r"(?:fiscal|financial|calendar)\s+year|(?P<cue2>the current)\s+year)\b", re.I),
         _fiscal_year),
        # "by year end", "the end of the year", "earlier in the year": this year
        (re.compile(r"\b(?:(?:the\s+)?end\s+of\s+the\s+year|year[- ]end|year['’]s\s+end|"
                    r"(?:earlier|later)\s+in\s+the\s+year)\b", re.I), _this_year),
        # "later in the day", "earlier in the month": the publication's day, week or month
        (re.compile(r"\b(?:earlier|later)\s+in\s+the\s+(?P<u>day|week|month)\b", re.I), _this_period),
        # "today is the eighth day of the blockade": the publication's day
        (re.compile(r"\b(?P<rel>today\s+is|it['’]s|it\s+is|this\s+is|yesterday\s+was)\s+"
                    r"(?P<e>(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                    r"tenth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day)\b", re.I),
         _nth_day),
        # "for the year", "in the fiscal year ended June 30", "the first nine months of the
        # year": results periods of the publication year (a year ending on a date: a duration)
        (re.compile(r"(?:\b(?:for|in|during|throughout)\s+|(?:months|half|part|rest|remainder|"
                    r"balance|quarters|weeks)\s+of\s+)(?P<e>the\s+(?:(?:full|whole|entire)\s+)?"
                    r"(?:fiscal\s+)?year)\b(?![-’'])(?!\s*\d)(?!\s+(?:two\s+thousand|nineteen|"
                    r"of|before|after|earlier|later|ago|since|to\s+come|ahead|in\s+which|when|he|she|"
                    r"they|it|we|I|you|which|that(?!\s+end))\b)"
                    r"(?P<ended>\s+(?:that\s+)?(?:ended|ending|ends|beginning|starting|(?:to|through)"
                    r"(?=\s+(?:\d|the\s+end|[A-Z][a-z]+\s+\d|January|February|March|April|May|June|"
                    r"July|August|September|October|November|December)))\b)?", re.I),
         _the_year),
        # "the nineties", "the twenties": decades in words, of the 20th century
        (re.compile(r"\bthe\s+(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|"
                    r"eighties|nineties)\b", re.I), _decade_word),
    ]


_UNIT_WORD = r"(?:second|minute|hour|day|week|month|year|decade|centur|fortnight|quarter)"
# Words each rule cannot match without: tested once per sentence before the rule's pattern.
_NEEDS = {
    "_ago": r"\bago\b", "_amount": _UNIT_WORD, "_one_unit": r"decade|century",
    "_clock_duration": r"\d:\d\d:\d", "_vague_amount": r"(?:second|minute|hour|day|week|month|"
    r"quarter|year|decade)s\b", "_bare_units": r"(?:second|minute|hour|day|week|month|year|decade)s\b",
    "_reference": r"\b(?:now|current|nowaday|present|moment|past|time|former|recent|future|"
    r"these days|previous|near|short term|soon|later date)",
    "_season": r"spring|summer|autumn|fall|winter", "_era": r"\d0['’]?s\b|century",
    "_quarter": r"quarter", "_year_period": r"\d\d\s+(?:fiscal\s+)?(?:quarter|period)", "_this_quarter": r"quarter|period", "_half": r"(?:half|quarters)\s+of", "_set": r"every|each|daily|weekly|monthly|annual|yearly|quarterly|"
    r"hourly", "_clock": r"\d:\d|\d\s*(?:am|pm|a\.m|p\.m)|noon|midnight|"
    r"\d{4}\s*(?:hours|hrs|GMT|UTC|EST|EDT|BST|CET|local time)", "_day_part":
    r"morning|afternoon|evening|night", "_modified_year": r"early|late|mid|end of|beginning|start",
    "_fiscal_year": r"fiscal|financial|calendar|current year", "_weekend": r"weekend", "_holiday": r"day\b|christmas|easter|halloween|thanksgiving|"
    r"good friday", "_decade_word": r"ties\b", "_this_year": r"year", "_calendar_set": r"every|each|days\b|(?:ing|night|noon)s\b", "_year_before": r"year[- ](?:earlier|ago)", "_some_day": r"(?:one|some)\s*day", "_this_period": r"in\s+the\s+(?:day|week|month)",
    "_nth_day": r"\S\s+day\b", "_the_year": r"the\s+(?:\w+\s+)?(?:fiscal\s+)?year\b",
}
# Rules whose value depends on the tense of the clause (the others never read `future`).
_TENSED = frozenset({"_season", "_quarter", "_clock", "_day_part", "_weekend", "_holiday"})
_NEEDS_RE = {k: re.compile(v, re.I) for k, v in _NEEDS.items()}


def find_extra(text: str, anchor: date | None, future_at: Callable[[int], bool],
               start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    stop = len(text) if end is None else end
    for pattern, rule in _compiled():
        need = _NEEDS_RE.get(rule.__name__)
        if need is not None and need.search(text, start, stop) is None:
            continue
        tensed = rule.__name__ in _TENSED
        for m in pattern.finditer(text, start, stop):
            cand = rule(m, anchor, future_at(m.start()) if tensed and anchor else False)
            if cand is not None:
                yield cand


@cache
def _compiled() -> list[tuple[re.Pattern[str], Rule]]:
    return _rules()


def _c(m: re.Match[str], type_: str, value: str | None, reason: str | None = None,
       relative: bool = False) -> Candidate:
    return Candidate(m.start(), m.end(), type_, value, reason, relative)


def _ago(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    n, unit = _num(m.group("n")), m.group("u").lower()
    if anchor is None:
        return _c(m, "DATE", None, "relative date with no publication date", True)
    if n == "X":
        return _c(m, "DATE", "PAST_REF", relative=True)
    k = int(n)
    code = _unit_code(unit)[1]
    if code == "Y":
        return _c(m, "DATE", f"{anchor.year - k:04d}", relative=True)
    if code == "DE":
        return _c(m, "DATE", f"{anchor.year - 10 * k:04d}"[:3], relative=True)
    if code == "M":
        index = anchor.year * 12 + anchor.month - 1 - k
        return _c(m, "DATE", f"{index // 12:04d}-{index % 12 + 1:02d}", relative=True)
    if code == "W":
        iso = (anchor - timedelta(weeks=k)).isocalendar()
        return _c(m, "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", relative=True)
    if code == "D":
        return _c(m, "DATE", (anchor - timedelta(days=k)).isoformat(), relative=True)
    return _c(m, "DATE", "PAST_REF", relative=True)


def _amount(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    n = _num(m.group("n"))
    if m.group("n").isdigit() and len(m.group("n")) == 4 and not m.group("mod"):
        return None  # "2010 years" is not how news writes a year; leave years to dates.py
    if m.group("u").lower().startswith("quarter") and re.match(r"\s+of\b", m.string[m.end():]):
        return None  # "three-quarters of the vote" is a share, not a time
    if m.group("n").lower() in ("a", "an") and not m.group("mod") and not m.group("q") and \
            _RATE.search(m.string, max(0, m.start() - 40), m.start()) and \
            not re.match(r"\s+(?:earlier|ago|before|later)\b", m.string[m.end():m.end() + 9]):
        return None  # "$2 million a year", "four flights a week": a rate, not a duration
    if n == "1" and not m.group("mod") and not m.group("q") and \
            _unit_code(m.group("u"))[1] == "Y":
        earlier = _EARLIER.match(m.string, m.end())
        if earlier:  # "profit of $4 million a year earlier": the year before, a date
            if anchor is None:
                return Candidate(m.start(), earlier.end(), "DATE", None,
                                 "relative year with no publication date", True)
            return Candidate(m.start(), earlier.end(), "DATE", f"{anchor.year - 1:04d}",
                             relative=True)
    if (m.group("half") or m.group("half2")) and n != "X":
        return _c(m, "DURATION", _and_a_half(int(n), m.group("u")))
    return _c(m, "DURATION", _duration(n, m.group("u")))


# Half of each unit in the next smaller one: "2 1/2 years" is P2Y6M, "a minute and a half"
# PT1M30S; units with no exact smaller one take a decimal ("P1.5W"), as ISO 8601 allows.
_HALF = {"Y": ("", "6M"), "DE": ("", "5Y"), "CE": ("", "50Y"), "D": ("T", "12H"),
         "H": ("T", "30M"), "MIN": ("T", "30S")}


def _and_a_half(n: int, unit: str) -> str:
    t, code = _unit_code(unit)
    if code not in _HALF:
        return f"P{t}{n}.5{'M' if code == 'MIN' else code}"
    whole = _duration(str(n), unit)
    if code in ("DE", "CE"):
        return f"P{int(whole[1:-1]) + int(_HALF[code][1][:-1])}Y"
    sep = "T" if _HALF[code][0] == "T" and "T" not in whole else ""
    return whole + sep + _HALF[code][1]


_EARLIER = re.compile(r"\s+earlier\b(?!\s+than\b)", re.I)
# An amount just before "a year" makes it a rate: a number, perhaps with a unit or a noun.
_RATE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
                   r"hundred|thousand|million|billion))[\d,.%]*(?:\s+[A-Za-z$]+){0,2}\s+$")


def _vague_amount(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    unit = m.group("u")
    if m.group("ref"):
        return _c(m, "DATE", "FUTURE_REF")
    lead = m.group("lead").lower()
    if unit.lower() == "quarters" and not lead.startswith(("recent", "the", "coming")):
        return None  # "for quarters" is rare; "over quarters of the vote" is a share
    start = m.start("lead") if lead.startswith(("recent", "the", "coming")) else m.start("u")
    return Candidate(start, m.end(), "DURATION", _duration("X", unit))


def _bare_units(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    return _c(m, "DURATION", _duration("X", m.group("u") or m.group("u2") or m.group("u3") or
                                       m.group("u4")))


def _reference(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    ref = " ".join(m.group("ref").lower().split())
    if ref in ("the future", "the past") and re.match(r"\s+of\b", m.string[m.end():m.end() + 4]):
        return None  # "the future of the alliance": what becomes of it, not a time
    return _c(m, "DATE", _vocab().references[ref])


_SEASON_INTRO = re.compile(r"\b(?:in|during|by|until|through|over)\s+the\s+$", re.I)
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


# A capitalised season right before a capitalised gathering or games noun is part of a name:
# "next week's IMF and World Bank Spring Meetings" is that week, not next spring.
_GATHERING_NAMED_AFTER_SEASON = re.compile(
    r"\s+(?:Meetings?|Session|Summit|Conference|Forum|Olympics|Games|School|Davos)\b")


def _season(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    """'last summer' is the latest one already over; 'next winter' the first not begun."""
    code = _SEASONS[m.group("s").lower()]
    cue = " ".join((m.group("cue") or "").lower().split())
    if not cue and m.group("s")[0].isupper() and _GATHERING_NAMED_AFTER_SEASON.match(
            m.string, m.end()):
        return None  # "the Spring Meetings", "the Winter Olympics": a name, not a time
    cue = "last" if cue in ("past", "this past") else cue
    if m.group("s").lower() == "fall" and not cue and not (
            _SEASON_INTRO.search(m.string, max(0, m.start() - 20), m.start())
            and not re.match(r"\s+(?:of|in|from|to|on)\b", m.string[m.end():m.end() + 6])):
        return None  # "the fall in prices", "the fall of the Berlin Wall"; not "in the fall"
    if anchor is None:
        return _c(m, "DATE", f"XXXX-{code}", relative=True)
    begins = {y: date(y, _SEASON_START[code], 1) for y in range(anchor.year - 2, anchor.year + 2)}
    ends = {y: date(y + (1 if code == "WI" else 0), (_SEASON_START[code] + 2) % 12 + 1, 1)
            for y in begins}
    if cue == "last" or (not cue and not future and begins[anchor.year] > anchor):
        year = max(y for y in begins if ends[y] <= anchor)
    elif cue == "next" or future:
        year = min(y for y in begins if begins[y] > anchor)
        under_way = [y for y in begins if begins[y] <= anchor < ends[y]]
        if cue != "next" and under_way:
            year = under_way[0]  # "will meet in the spring", told in April: this spring
    else:  # "this winter": the one under way or nearest
        year = min(begins, key=lambda y: abs((begins[y] - anchor).days))
    return _c(m, "DATE", f"{year:04d}-{code}", relative=True)


def _era(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    if m.group("dec2"):  # "the '80s": of the century before the publication's, or of its own
        if anchor is None:
            return _c(m, "DATE", None, "decade with no century and no publication date", True)
        century = anchor.year // 100 - (int(m.group("dec2")) > anchor.year % 100)
        return _c(m, "DATE", f"{century:02d}{m.group('dec2')[0]}", relative=True)
    if m.group("dec"):
        return _c(m, "DATE", m.group("dec")[:3])
    return _c(m, "DATE", f"{int(m.group('c')) - 1:02d}")


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    q = _ORD[m.group("q").lower()]
    if m.group("y") or m.group("y0"):
        return _c(m, "DATE", f"{m.group('y') or m.group('y0')}-Q{q}")
    if anchor is None:
        return _c(m, "DATE", f"XXXX-Q{q}", relative=True)
    current = (anchor.month - 1) // 3 + 1
    year = anchor.year - 1 if q > current and not future else anchor.year
    if m.group("ago"):  # "the year-earlier third quarter"
        year = anchor.year - 1
    if m.group("next"):
        year = anchor.year + 1
    return _c(m, "DATE", f"{year:04d}-Q{q}", relative=True)


def _this_quarter(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    """'the current quarter' is the one under way; 'the latest quarter' and results 'in the
    quarter' the last one completed (reported after it ends)."""
    if anchor is None:
        return _c(m, "DATE", None, "relative quarter with no publication date", True)
    which = (m.group("which") or m.group("period") or "").lower()
    index = anchor.year * 4 + (anchor.month - 1) // 3
    if not any(w in which for w in ("current", "this")):
        index -= 1
    if "year" in which or m.group("yback"):  # "the year-ago quarter", "the quarter a year ago"
        index -= 4
    return _c(m, "DATE", f"{index // 4:04d}-Q{index % 4 + 1}", relative=True)


def _year_period(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    """A quarter or period of a named year, the quarter left open until the story's focus
    names it (dates._year_ago_quarters)."""
    if m.group("p").lower() == "quarter":
        return _c(m, "DATE", f"{m.group('y')}-QX")
    return _c(m, "DATE", m.group("y"))


def _half(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    return _c(m, "DATE", f"{m.group('y')}-H{1 if m.group('h').lower() == 'first' else 2}")


# "every week" is a period (P1W); the adverbs of calendar units take the unit's calendar
# form, as TimeBank and the TempEval-3 platinum set mark them ("annually" XXXX, "daily"
# XXXX-XX-XX).
_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y",
              "daily": "XXXX-XX-XX", "weekly": "XXXX-WXX", "monthly": "XXXX-XX",
              "annually": "XXXX", "yearly": "XXXX",
              "quarterly": "P3M", "hourly": "PT1H", "morning": "XXXX-XX-XXTMO",
              "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI", "season": "XXXX-XX",
              "summer": "XXXX-SU", "winter": "XXXX-WI", "spring": "XXXX-SP",
              "autumn": "XXXX-FA"}


_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "yearly", "quarterly", "hourly"})
_NOT_A_NOUN = frozenset("""in at on by and or to for from since until the a an but of as with
through after before this that than""".split())


def _set(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    key = (m.group("u") or m.group("adv")).lower()
    after = re.match(r"\s+([a-z]+)", m.string[m.end():m.end() + 30])
    if key in _ADJECTIVES and after and after.group(1) not in _NOT_A_NOUN:
        return None  # an adjective ("a quarterly dividend", "daily newspapers"), not a set
    if m.group(0)[0].isupper() and re.match(r"\s+[A-Z]", m.string[m.end():m.end() + 3]):
        return None  # a name: the Daily Mail, Weekly Standard
    return _c(m, "SET", _SET_UNITS[key])


def _calendar_set(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    if m.group("mon"):
        month = _MONTHS.index(m.group("mon").lower()[:3]) + 1
        return _c(m, "SET", f"XXXX-{month:02d}")
    wd = m.group("wd") or m.group("wds") or m.group("wdp")
    part = m.group("part") or (m.group("parts") or "").rstrip("s")
    value = f"XXXX-WXX-{_WEEKDAYS.index(wd.lower()) + 1}"
    return _c(m, "SET", value + (f"T{_PARTS[part.lower()]}" if part else ""))


def _clock(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    if m.group("named"):
        h, minute = (12, 0) if m.group("named").lower() == "noon" else (24, 0)
        if not m.group("wd") and not anchor:
            return _c(m, "TIME", "XXXX-XX-XXT" + f"{h:02d}:00")
    elif m.group("h24") or m.group("h4") or m.group("h4h"):
        h = int(m.group("h24") or m.group("h4") or m.group("h4h"))
        minute = int(m.group("m24") or m.group("m4") or m.group("m4h"))
    else:
        h, minute = int(m.group("h")), int(m.group("m") or 0)
        ap = m.group("ap").lower().replace(".", "")
        if not 1 <= h <= 12:
            return _c(m, "TIME", None, "impossible time")
        h = h % 12 + (12 if ap == "pm" else 0)
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    wd = (m.group("wd") or "").lower()
    if m.group("mon"):  # "5 p.m. EST Nov. 9": the day nearest publication
        month = _MONTHS.index(m.group("mon").lower()[:3]) + 1
        day = (_nearest_day(anchor, month, int(m.group("md"))) if anchor
               else f"XXXX-{month:02d}-{int(m.group('md')):02d}")
    elif anchor and wd in _RELATIVE_DAYS:
        day = (anchor + timedelta(days=_RELATIVE_DAYS[wd])).isoformat()
    elif anchor and wd:
        # a time on a weekday is mostly a schedule: the next day counts as near
        shift = (_WEEKDAYS.index(wd) - anchor.weekday()) % 7
        day = (anchor + timedelta(days=shift if future or shift <= 1 else shift - 7)).isoformat()
    return _c(m, "TIME", f"{day}T{h:02d}:{minute:02d}", relative=anchor is not None)


_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _nearest_day(anchor: date, month: int, day: int) -> str:
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(y, month, day))
        except ValueError:
            continue
    if not options:
        return f"XXXX-{month:02d}-{day:02d}"
    return min(options, key=lambda d: abs((d - anchor).days)).isoformat()


def _weekday_day(anchor: date, target: int, future: bool) -> date:
    """The weekday nearest publication on the side the tense points to (the same day if
    publication falls on it)."""
    if future:
        return anchor + timedelta(days=(target - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - target) % 7)


def _year_before(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    if anchor is None:
        return _c(m, "DATE", None, "relative year with no publication date", True)
    return _c(m, "DATE", f"{anchor.year - 1:04d}", relative=True)


def _this_period(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    if anchor is None:
        return _c(m, "DATE", None, "relative date with no publication date", True)
    unit = m.group("u").lower()
    if unit == "day":
        return _c(m, "DATE", anchor.isoformat(), relative=True)
    if unit == "month":
        return _c(m, "DATE", f"{anchor.year:04d}-{anchor.month:02d}", relative=True)
    iso = anchor.isocalendar()
    return _c(m, "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", relative=True)


def _nth_day(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    start, end = m.start("e"), m.end("e")
    if anchor is None:
        return Candidate(start, end, "DATE", None, "relative day with no publication date", True)
    day = anchor - timedelta(days=1) if m.group("rel").lower().startswith("yesterday") else anchor
    return Candidate(start, end, "DATE", day.isoformat(), relative=True)


def _this_year(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    if anchor is None:
        return _c(m, "DATE", None, "relative year with no publication date", True)
    return _c(m, "DATE", f"{anchor.year:04d}", relative=True)


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")


def _the_year(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    """'for the year' in a results story is the publication year; 'the year ended March 31'
    is a twelve-month period, a duration in TimeML."""
    start, end = m.start("e"), m.end("e")
    if m.group("ended"):
        return Candidate(start, end, "DURATION", "P1Y")
    if anchor is None:
        return Candidate(start, end, "DATE", None, "relative year with no publication date",
                         True)
    return Candidate(start, end, "DATE", f"{anchor.year:04d}", relative=True)


def _some_day(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    return _c(m, "DATE", "FUTURE_REF")


def _decade_word(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    return _c(m, "DATE", f"19{_DECADE_WORDS.index(m.group('dw').lower()) + 2}")


def _holiday_day(rule: list[int | str], year: int) -> date:
    if rule[0] == "easter":  # anonymous Gregorian algorithm
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        leap = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * leap) // 451
        month = (h + leap - 7 * m + 114) // 31
        day = (h + leap - 7 * m + 114) % 31 + 1
        return date(year, month, day) + timedelta(days=int(rule[1]))
    month = int(rule[0])
    if len(rule) == 2:
        return date(year, month, int(rule[1]))
    weekday, n = int(rule[1]), int(rule[2])
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# An instrument's head right after a holiday: the holiday names the instrument.
_INSTRUMENT_NAMED_AFTER_HOLIDAY = re.compile(
    r"\s+(?:peace\s+)?(?:agreements?|accords?|treat(?:y|ies)|declarations?|protocols?|pacts?)\b",
    re.I)


def _holiday(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    """A holiday's date in the year given, else the occurrence the tense points to (the
    nearest when nothing tells)."""
    key = " ".join(m.group("h").lower().replace("’", "'").split())
    rule = _vocab().holidays.get(key) or _vocab().holidays.get(key.replace("'", ""))
    if rule is None:
        key = next((k for k in _vocab().holidays if k.replace("'", "") == key.replace("'", "")),
                   "")
        rule = _vocab().holidays.get(key)
    if rule is None:
        return None
    if not m.group("y") and not m.group("cue") and _INSTRUMENT_NAMED_AFTER_HOLIDAY.match(
            m.string, m.end()):
        return None  # "the Good Friday Agreement", "the Christmas accord": a name, not a day
    if m.group("y"):
        return _c(m, "DATE", _holiday_day(rule, int(m.group("y"))).isoformat())
    if anchor is None:
        return _c(m, "DATE", None, "holiday with no year and no publication date", True)
    cue = (m.group("cue") or "").lower()
    days = [_holiday_day(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if cue == "this":
        day = days[1]
    elif cue == "last" or (not future and not cue and days[1] <= anchor + timedelta(days=1)):
        day = max(d for d in days if d <= anchor) if cue == "last" else days[1]
    elif cue == "next" or future:
        day = min(d for d in days if d >= anchor)
    else:
        day = min(days, key=lambda d: abs((d - anchor).days))
    return _c(m, "DATE", day.isoformat(), relative=True)


def _weekend(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    """The ISO week whose weekend is meant: the one under way or to come in a future clause
    ("this weekend"), the latest one over otherwise ("the weekend", "last weekend")."""
    if anchor is None:
        return _c(m, "DATE", None, "relative weekend with no publication date", True)
    cue = " ".join(m.group("cue").lower().split())
    in_weekend = anchor.weekday() >= 5
    week = anchor
    if cue == "next":
        week = anchor + timedelta(weeks=1)
    elif cue in ("last", "the past", "this past", "past") or (cue == "the" and not future):
        week = anchor if in_weekend and cue == "the" else anchor - timedelta(weeks=1)
        if in_weekend and cue != "the":
            week = anchor - timedelta(weeks=1)
    iso = week.isocalendar()
    return _c(m, "DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", relative=True)


def _clock_duration(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    h, mi, s = int(m.group("h")), int(m.group("m")), int(m.group("s"))
    value = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{s}S" if s else "")
    return _c(m, "DURATION", value)


def _one_unit(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    return _c(m, "DURATION", _duration("1", m.group("u")))


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day_part(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    part = _PARTS[(m.group("part") or m.group("part2") or m.group("part3")).lower()]
    if anchor is None:
        return _c(m, "TIME", None, "relative time with no publication date", True)
    if m.group("wd"):
        target = _WEEKDAYS.index(m.group("wd").lower())
        cue = " ".join((m.group("wcue") or "").lower().split())
        if cue in ("last", "this past", "past"):
            # "last Thursday evening" told on a Thursday is a week back, as "last Thursday"
            day = anchor - timedelta(days=(anchor.weekday() - target) % 7 or 7)
        elif cue in ("next", "coming"):
            day = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
        else:
            day = _weekday_day(anchor, target, future)
    else:
        rel = (m.group("rel") or m.group("rel2") or "this").lower()
        if rel == "last" and part != "NI":
            return None  # "last evening" is rare; "last night" is yesterday's
        shift = {"this": 0, "today": 0, "yesterday": -1, "tomorrow": 1, "last": -1}[rel]
        day = anchor + timedelta(days=shift)
    return _c(m, "TIME", f"{day.isoformat()}T{part}", relative=True)


def _modified_year(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    return _c(m, "DATE", m.group("y"))


def _fiscal_year(m: re.Match[str], anchor: date | None, future: bool) -> Candidate | None:
    if anchor is None:
        return _c(m, "DATE", None, "relative year with no publication date", True)
    shift = {"this": 0, "the current": 0, "last": -1, "next": 1, "the latest": -1,
             "the most recent": -1}[" ".join(
        (m.group("cue") or m.group("cue2")).lower().split())]
    return _c(m, "DATE", f"{anchor.year + shift:04d}", relative=True)
