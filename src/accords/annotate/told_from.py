"""The state an article is told from: the country of its wire dateline's city ("SEOUL, Oct. 17
-"), else of the national news agency that filed it ("(Yonhap)", "/TASS/").

A national agency names its own officials by office alone ("Trade Minister X and Turkmen
Deputy Prime Minister Y signed ..."): the office without a nationality is the home state's.
The agencies are in data/news_agencies.tsv (state agencies only: an international wire such
as Reuters or AFP tells from wherever its dateline is).
"""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.context import WIRE_DATELINE, DocContext
from accords.data import load_tsv

# "(Yonhap)", "(VNA)", "/TASS/", "(Xinhua News Agency)" inside a dateline
_AGENCY_IN_LINE = re.compile(r"\(([A-Za-z][\w .&-]{0,30})\)|/([A-Z][\w-]*)/")


@cache
def news_agency_states() -> dict[str, str]:
    return {row["agency"].lower(): row["country"] for row in load_tsv("news_agencies.tsv")}


def told_from_state(ctx: DocContext) -> str | None:
    """The country of the article's dateline city, else of its national news agency."""
    for info in ctx.sentences[:4]:
        line = WIRE_DATELINE.match(info.sentence.text)
        if not line:
            continue
        head = line.group(0)
        city = re.match(r"[A-Z][\w.'’ -]*?(?=\s*(?:,|\(|/|--|[-–—:]\s|\s\d))", head)
        if city:
            name = city.group(0).strip()
            code = ctx.country_of(name.title() if name.isupper() else name)
            if code and not code.startswith("IGO:"):
                return code
        for m in _AGENCY_IN_LINE.finditer(head):
            code = news_agency_states().get((m.group(1) or m.group(2)).strip().lower())
            if code:
                return code
        return None
    return None
