"""Filter values checked before any query runs: a value that can match nothing because it is
misspelt is a usage error naming the allowed values, never an empty result.

Kinds, statuses and topics come from the vocabulary enums (accords.vocab), countries from the
gazetteer's ISO 3166-1 alpha-3 codes and IGO acronyms, dates are ISO 8601 (YYYY, YYYY-MM or
YYYY-MM-DD).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from accords.data import load_tsv
from accords.errors import REJECTION_CODES, UsageError
from accords.vocab import TOPICS, EntityType, EventKind, Kind, Status

__all__ = ["Page", "check_choice", "check_code", "check_country", "check_date",
           "check_event_kind", "check_kind", "check_page", "check_status", "check_topic"]

_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True)
class Page:
    """Which slice of a listing: at most `limit` rows (None: all) after skipping `offset`."""

    limit: int | None = None
    offset: int = 0


def check_choice(what: str, value: str | None, allowed: Iterable[str]) -> str | None:
    if value is None:
        return None
    options = list(allowed)
    if not isinstance(value, str) or value not in options:
        raise UsageError(f"unknown {what} '{value}'; one of: " + ", ".join(options))
    return value


def check_kind(value: str | None) -> str | None:
    return check_choice("kind", value, (k.value for k in Kind))


def check_event_kind(value: str | None) -> str | None:
    return check_choice("event kind", value, (k.value for k in EventKind))


def check_status(value: str | None) -> str | None:
    return check_choice("status", value, (s.value for s in Status))


def check_topic(value: str | None) -> str | None:
    return check_choice("topic", value, TOPICS)


def check_entity_type(value: str | None) -> str | None:
    return check_choice("entity type", value, (t.value for t in EntityType))


def check_code(value: str | None) -> str | None:
    if value is not None and isinstance(value, str):
        value = value.upper()
    return check_choice("rejection code", value, REJECTION_CODES)


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(ISO code -> name, lower-cased name or alias -> code), IGOs as IGO:X."""
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in load_tsv("countries.tsv"):
        codes[row["code"]] = row["name"]
        for name in [row["name"], *(row.get("aliases") or "").split("|")]:
            if name:
                names.setdefault(name.lower(), row["code"])
    for row in load_tsv("igos.tsv"):
        code = "IGO:" + row["code"]
        codes[code] = row["name"]
        for name in [row["name"], row["code"]]:
            names.setdefault(name.lower(), code)
    return codes, names


def check_country(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 code (any case) or IGO:X; a country's name is refused with the
    code it has."""
    if value is None:
        return None
    codes, names = _countries()
    if not isinstance(value, str):
        raise UsageError(f"a country is a string code, not {type(value).__name__}")
    code = value.strip().upper()
    if code.startswith("IGO:"):
        code = "IGO:" + code[4:]
    if code in codes:
        return code
    hint = names.get(value.strip().lower())
    igos = sorted(c[4:] for c in codes if c.startswith("IGO:"))
    raise UsageError(f"unknown country '{value}'"
                     + (f" (did you mean {hint}?)" if hint else "")
                     + "; use an ISO 3166-1 alpha-3 code (PAK, BLR, ...; "
                     + f"{sum(1 for c in codes if ':' not in c)} known) or IGO:X with X one of: "
                     + ", ".join(igos))


def check_date(what: str, value: str | None) -> str | None:
    """An ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, and a real one."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        parts = [int(p) for p in value.strip().split("-")]
        try:
            date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))
            return value.strip()
        except ValueError:
            pass
    raise UsageError(f"{what} '{value}' is not an ISO date; use YYYY-MM-DD (or YYYY-MM, YYYY), "
                     "e.g. 2025-08-27")


def check_page(limit: int | None, offset: int | None) -> Page:
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                  or value < 0):
            raise UsageError(f"{name} must be a whole number of rows, 0 or more, not {value!r}")
    return Page(limit, offset or 0)
