"""A document's publication date, and the day of the news it reports.

The publication date comes only from the input's metadata (a dump's date field, a page's or a
feed entry's date), from `--published`, or from the article's own date line ("LIMA, April 2
-", a wire header "13-APR-1987 10:00:00.00", "Published: June 4, 2025"): never from a date
the body mentions. `document_dates` then finds the time expressions against it
(`accords.annotate.dates.find`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from accords.annotate.dates import (
    _ABSOLUTE,
    _NO_ANCHOR_WEEKDAY,
    TimeExpression,
    _valid,
    _words,
    find,
    is_day,
    numeric_days,
    parse_iso,
)

# An agency's credit in brackets closing a dateline, with a dash, or straight before the story's
# first word: "(AKP) --", "(dpa) -", "(Prensa Latina) Cuba and ...". Running text does not
# follow a date with a bracketed name and then a capitalised word or a dash.
_AGENCY_CREDIT = r"\([A-Za-z][\w.&/-]*(?: [A-Za-z][\w.&/-]*){0,3}\)\s*(?:--|[-–—:]|(?=[A-Z\"“‘']))"
_CREDIT_END = re.compile(r"[ \t]*" + _AGENCY_CREDIT)
# A date on an article's own date line, within its first lines, is one of:
# - at the start of a line, followed by nothing (if it has a year), a time, or a short
#   capitalised source ("13-APR-1987 10:00:00.00", "April 11, Pozirk. ..."); a line that is
#   only "Saturday, 26 February" is a fixture's date, not the article's;
# - after a header word, with only capitalised words before it ("Published: June 4, 2025",
#   "date 2025-04-11", "Jane Doe | Updated June 4, 2025");
# - in a dateline: a capitalised place (and agency), then the date, then a dash or a closing
#   parenthesis ("LIMA, April 2 -", "MINSK, (APP - News - 11th Apr, 2025)").
_CAPS = r"(?:[A-Z][\w.'’/-]*|\([A-Z][\w.'’-]*\)|\d{1,2}|[|•·,:–—-])"  # "SANTIAGO, Chile (AP) — Published:"
# (a web page sets the date off from a reading time or a clock time with "·", "•" or "/":
# "Mar 3, 2024 · 4 min read", "March 3, 2024 / 10:12 AM / Updated")
_LINE_START_AFTER = re.compile(r"[ \t]*(?:$|\n|[|·•/–—-]|\(|,?[ \t]*\d{1,2}[:.]\d\d|,?\s*[A-Z][\w-]*"
                               r"(?:\s+[A-Z][\w-]*){0,3}\s*(?:[.:|–—-]|$))")
# (the header word may come with "last" and a clock time before the date: "Page last updated
# at 09:31 GMT, Friday, 14 March 2008")
_HEADER_PREFIX = re.compile(rf"^\W*(?:{_CAPS}\s*){{0,8}}(?i:(?:last\s+)?(?:published|updated|posted)|"
                            r"date(?:\s+of\s+publication)?|publication\s+date|publish\s+date|"
                            r"dated|last modified|press release)\b"
                            # "Posted by Admin on March 3, 2024": the poster's name between
                            r"(?:\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?=\s+on\b))?"
                            r"\W*(?i:on\b\W*|at\s+\d{1,2}[:.]\d\d"
                            r"(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\W*|"
                            # "Published 10:32 GMT 12 Mar 2019": a clock time right before the date
                            r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\W*)?$")
_PLACE_PREFIX = re.compile(r"^\W*[A-Z][A-Z.'/-]+(?:\s+[A-Z][A-Z.'/-]+){0,3}\s*[,:(–—-]"
                           r"(?:\s*[A-Z][a-z]+,)?[^\n.;]{0,60}?$")
# ... a dash or a closing bracket ("LIMA, April 2 -"), an agency between slashes ("MOSCOW,
# March 10, 2018. /TASS/."), or the end of the line ("NEW DELHI, June 22, 2024")
_DATELINE_END = re.compile(r"[\s,\d:.]*(?:(?:\(?[A-Z][A-Za-z]*\)?\s*)?[-–—)]|/[A-Z][\w-]*/)"
                           # (a credit of any case or of two words, with its dash or straight
                           # before the story: "BERLIN, Apr 9, 2023 (dpa) -", "HAVANA, Feb 14
                           # (Prensa Latina) Cuba ...")
                           r"|[\s,\d:.]*" + _AGENCY_CREDIT)
# A place in title case right before a full date that ends its line or is followed by an
# agency: "Hanoi, January 8, 2024 (VNA) –", "NEW DELHI, June 22, 2024".
# A title-case place may come with its country ("Nairobi, Kenya, March 3, 2023 (KNA) -"); with a
# date without its year it must be followed by an agency's credit ("Phnom Penh, March 3 (AKP)
# --"): "Monday, March 3" alone heads a fixture or a diary entry.
_TITLE_PLACE_PREFIX = re.compile(r"^\W*[A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+){0,2},"
                                 r"(?:\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?,)?\s*$")
# - after an issuer's name in title case and a spaced dash, on a line of its own below the
#   headline, a full date ending the line ("Ministry of Foreign Affairs - 03 March 2024"): a
#   press release's header; the headline itself is left out, where a date is the news's
_ISSUER_DASH_PREFIX = re.compile(r"^\W*[A-Z][\w.'’&-]*(?:\s+(?:(?:of|and|for|the|on|in|at|to|&)\s+){0,2}"
                                 r"[A-Z][\w.'’&-]*){0,7}\s+[–—-]\s*$")
_LINE_END = re.compile(r"[ \t]*\.?[ \t]*(?:\n|$)")
# - after a field separator on a header line, ending the line or followed by a time or another
#   separator ("PRESS RELEASE | Ministry of Foreign Affairs of Estonia | 14.05.2019", "News • 14
#   May 2019 | 10:32"): web pages and press releases set their date off this way, and running
#   text does not put "|" or "•" before a date.
_SEPARATOR_PREFIX = re.compile(r"^[^\n]{0,160}[|•·][ \t]*$")
_SEPARATED_END = re.compile(r"[ \t]*(?:$|\n|[|•·]|,?[ \t]*\d{1,2}[:.]\d\d\b)")
_DATELINE_LINES = 8


@dataclass
class DocumentDates:
    published: str | None  # the publication date, as precise as known (may be XXXX-MM-DD)
    event_date: str | None  # the date of the reported news: dateline date, else published
    expressions: list[TimeExpression] = field(default_factory=list)
    # "metadata", "dateline", "given" or None: never a date the body mentions
    published_source: str | None = None


def document_dates(text: str, lead_end: int = 400, spans: list[tuple[int, int]] | None = None,
                   published: str | None = None,
                   published_source: str | None = None) -> DocumentDates:
    """The publication date from the input's metadata (`published`, with its source), else
    from the article's own date line: a header date ("Published: June 4, 2025"), a wire date
    line, or the date of a dateline ("LIMA, April 2 -"; XXXX-04-02 when it gives no year). A date the body merely mentions is never taken: with no
    date line the publication date is None and relative expressions keep no value. The
    dateline's day is also the event date (the news it reports). `expressions` are then all
    time expressions, or with `spans` only those in the spans."""
    if published and parse_iso(published) is None and not re.match(r"^\d{4}", published):
        published = None
    if published:
        source = published_source or "metadata"
        dated = _dateline_dates(text, lead_end, parse_iso(published))
        line_day = _day_of(dated[-1]) if dated else None
        event = line_day if line_day and "X" not in line_day else published[:10]
        return DocumentDates(published[:10], event, find(text, _speaks_from(published[:10], event),
                                                         spans=spans), source)
    calendar = find(text[:2 * lead_end], kinds=_ABSOLUTE)
    lead = _dateline_dates(text, lead_end, calendar=calendar)
    if not lead:
        # The news the lead reports happened on the day the lead gives without a year
        # ("held on April 10–11": XXXX-04-11), or on a weekday the article pins down (see
        # _weekdays_named); that dates the news, never the publication. A full date in the
        # lead is often history ("who was born on 5 April 1920") and dates nothing.
        days = _ArticleDays(text)
        news = _lead_news_date(text, 2 * lead_end, days, calendar)
        found = _weekdays_named(find(text, None, spans=spans, news_date=news), days)
        return DocumentDates(None, news, found, None)
    # The first date line with its year ("PARIS, June 19 (AFP) - Published: 2023-06-19")
    full = [d for d in (_day_of(e) for e in lead) if d and "X" not in d]
    header = full[0] if full else _day_of(lead[0])
    dateline = _day_of(lead[-1])
    if dateline and "X" in dateline and header and "X" not in header:
        # "13-APR-1987 ... LIMA, April 12 -": the dateline's day is the one nearest the header's
        dateline = _nearest_year(dateline, date.fromisoformat(header))
    # A date line without its year ("NAIROBI, March 5 -") dates the publication without one:
    # the body's dates do not lend it theirs, and relative expressions keep no value. The news
    # it reports is dated, for the records, to the first such day not before any full date the
    # article gives ("Earlier ... on February 10, 2024": 2024-03-05), a lower bound the text
    # itself sets.
    news = dateline if dateline and "X" not in dateline else header
    if news and "X" in news:
        news = _after_every_date(news, _ArticleDays(text).all())
    anchor = _speaks_from(header, news) if header and "X" not in header else None
    return DocumentDates(header, news, find(text, anchor, spans=spans), "dateline")


def _speaks_from(stamp: str, dateline: str | None) -> str:
    """The day the story's words are written from: its dateline's day when the wire's time
    stamp is a day off ('28-APR-1987 18:47 ... LUXEMBOURG, April 29 - ... met late last night':
    the 28th), else the stamp."""
    a, b = parse_iso(stamp), parse_iso(dateline)
    return dateline if a and b and dateline and abs((b - a).days) == 1 else stamp


class _ArticleDays:
    """The full calendar days an article gives, found once and only when asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._latest: tuple[date | None, bool] | None = None

    def all(self) -> set[str]:
        return {e.value for e in find(self.text, kinds=_ABSOLUTE)
                if e.value and is_day(e.value) and "X" not in e.value}

    def latest(self) -> tuple[date | None, bool]:
        """The latest full day, and whether it is the only day given on its weekday."""
        if self._latest is None:
            days = self.all()
            latest = parse_iso(max(days, default=None))
            alone = latest is not None and sum(
                1 for d in days if (p := parse_iso(d)) and p.weekday() == latest.weekday()) == 1
            self._latest = (latest, alone)
        return self._latest

    def weekday(self, name: str) -> date | None:
        """The day a bare weekday names when the article's latest full day is that weekday
        and the only day it gives on that weekday; else None."""
        latest, alone = self.latest()
        if latest is None or not alone or _words().weekdays.get(name.lower()) != latest.weekday():
            return None
        return latest


_BARE_WEEKDAY = re.compile(r"(?<!\blast )(?<!\bnext )(?<!\bthis )\b(?:Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday)\b")


# Words that make the day after them a bound of a span or a deadline, not the day something
# happened: a preposition of a span's end or start right before it, or the word of an end or a
# deadline earlier in its clause ("the end of the Brexit transition period on 31 December").
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|from|by|before|since|through|ahead\s+of)\s+(?:the\s+)?$|"
    r"\b(?:deadline|end|expiry|expires?|due)\b[^,;:.!?\n]*$", re.I)


def _clause_start(text: str, at: int) -> str:
    """The text of the clause before `at`: back to the last comma, sentence stop or line."""
    before = text[max(0, at - 120):at]
    cut = max(before.rfind(c) for c in ",;:.!?\n")
    return before[cut + 1:]


def _lead_news_date(text: str, lead_end: int, days: _ArticleDays,
                    calendar: list[TimeExpression]) -> str | None:
    """The first day the lead gives: a calendar day without its year, or a bare weekday the
    article's own latest date pins down. `calendar`: the lead's calendar expressions."""
    lead = text[:lead_end]
    found: list[tuple[int, str]] = []
    for e in calendar:
        day = _day_of(e)
        if day and is_day(day) and day.startswith("XXXX"):
            if _BOUND_BEFORE.search(_clause_start(lead, e.start)):
                break  # "the end of the transition period on 31 December", "until 25 April":
                # a deadline or a bound is no day of the news, and the lead's first day is
                # the one it would give
            found.append((e.start, day))
            break
    for m in _BARE_WEEKDAY.finditer(lead):
        if found and m.start() > found[0][0]:
            break
        pinned = days.weekday(m.group(0))
        if pinned is not None:
            found.append((m.start(), pinned.isoformat()))
            break
    return min(found)[1] if found else None


def _weekdays_named(found: list[TimeExpression], days: _ArticleDays) -> list[TimeExpression]:
    """With no publication date, a bare weekday stays unresolved unless the article itself
    names that day: its latest full date falls on that weekday and is the only full date it
    gives on that weekday ("... finalized the treaty on Wednesday" with a caption "in Islamabad
    on August 27, 2025", a Wednesday). The date is the text's, not a guessed publication date;
    `reason` says where the value came from."""
    out = []
    for e in found:
        if e.reason == _NO_ANCHOR_WEEKDAY and (pinned := days.weekday(e.text)) is not None:
            e = TimeExpression(e.start, e.end, e.text, e.type, pinned.isoformat(), None,
                               f"the weekday of {pinned.isoformat()}, a date the article gives",
                               True)
        out.append(e)
    return out


def _dateline_dates(text: str, lead_end: int, anchor: date | None = None,
                    calendar: list[TimeExpression] | None = None) -> list[TimeExpression]:
    """Calendar days on the article's own date lines (see _DATELINE_PREFIX), in text order;
    `calendar`: the calendar expressions of a longer lead, already found without anchor."""
    end = 0
    for _ in range(_DATELINE_LINES):
        nxt = text.find("\n", end)
        if nxt < 0 or nxt >= lead_end:
            end = min(len(text), max(end, lead_end))
            break
        end = nxt + 1
    anchor_iso = anchor.isoformat() if anchor else None
    out: list[TimeExpression] = []
    found = ([e for e in calendar if e.end <= end] if calendar is not None and anchor is None
             else find(text[:end], anchor_iso, kinds=_ABSOLUTE))
    # all-numeric days ("14.05.2019") are read on date lines only (see numeric_days)
    found = sorted(found + [n for n in numeric_days(text[:end])
                            if not any(n.start < e.end and e.start < n.end for e in found)],
                   key=lambda e: e.start)
    for e in found:
        if not is_day(e.value) and not (e.range and is_day(e.range[0])):
            continue
        prefix = text[text.rfind("\n", 0, e.start) + 1:e.start]
        yearless_alone = (e.value or "").startswith("XXXX") and \
            re.match(r"[ \t]*(?:\n|$)", text[e.end:e.end + 3]) is not None
        if (not prefix.strip() and not yearless_alone and _LINE_START_AFTER.match(text, e.end)) \
                or _HEADER_PREFIX.match(prefix) \
                or (_SEPARATOR_PREFIX.match(prefix) and _SEPARATED_END.match(text, e.end)) \
                or (_PLACE_PREFIX.match(prefix) and _DATELINE_END.match(text, e.end)) \
                or ((_PLACE_PREFIX.match(prefix) or _TITLE_PLACE_PREFIX.match(prefix))
                    and not (e.value or "").startswith("XXXX")
                    and (_LINE_END.match(text, e.end) or _DATELINE_END.match(text, e.end))) \
                or (_TITLE_PLACE_PREFIX.match(prefix) and _CREDIT_END.match(text, e.end)) \
                or (_ISSUER_DASH_PREFIX.match(prefix) and "\n" in text[:e.start].strip()
                    and is_day(e.value) and "X" not in (e.value or "")
                    and _LINE_END.match(text, e.end)):
            out.append(e)
    return out


def _nearest_year(yearless: str, near: date) -> str:
    """XXXX-MM-DD with the year that puts it nearest `near` (the wire's date and its
    dateline's day may lie on either side of a New Year)."""
    month, day = int(yearless[5:7]), int(yearless[8:10])
    years = [y for y in (near.year - 1, near.year, near.year + 1) if _valid(y, month, day)]
    if not years:
        return yearless
    best = min(years, key=lambda y: abs((date(y, month, day) - near).days))
    return f"{best:04d}" + yearless[4:]


def _day_of(expr: TimeExpression) -> str | None:
    """The day a report is about: the last day of a range ("April 10–11"), else the day."""
    if expr.range and len(expr.range[1]) == 10:
        return expr.range[1]
    return expr.value


def _after_every_date(yearless: str, full_dates: set[str]) -> str:
    """XXXX-MM-DD in the first year that puts it on or after every full date given; itself
    when there is none."""
    latest = parse_iso(max(full_dates, default=None))
    if latest is None:
        return yearless
    month, day = int(yearless[5:7]), int(yearless[8:10])
    for year in (latest.year, latest.year + 1):
        if _valid(year, month, day) and date(year, month, day) >= latest:
            return f"{year:04d}" + yearless[4:]
    return yearless
