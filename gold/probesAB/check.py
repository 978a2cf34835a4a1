#!/usr/bin/env python3
"""Checks batch_AB.json against docs/: quotes verbatim (quote in text), participants and signatories as written,
key country order, agreement_keys present in the file, published dates against the article header. Run from /tmp/probesAB."""
import json, re, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
b = json.load(open(os.path.join(HERE, "batch_AB.json"), encoding="utf-8"))
bad = 0
def err(*a):
    global bad; bad += 1; print(*a)
LIFE = ["proposed", "planned", "negotiating", "agreed", "finalized", "signed", "ratified", "in_force", "implemented", "suspended", "terminated", "rejected"]
KINDS = {"treaty", "agreement", "memorandum", "protocol", "roadmap", "action_plan", "programme", "arrangement", "declaration", "contract", "other"}
EKINDS = {"visit", "meeting", "talks", "summit", "call", "ceremony", "conference"}
TOPICS = set("""comprehensive_cooperation diplomatic_relations alliance peace_security extradition legal_assistance readmission
labour_migration visa law_enforcement police_training counter_terrorism counter_narcotics border_security cybersecurity defence
military_technical trade investment economic_cooperation sme finance development_aid customs taxation transport aviation maritime
infrastructure energy agriculture industry environment health education science_technology space telecommunications postal culture
tourism media sports other""".split())
names = [f["file"] for f in b["files"]]
assert len(names) == 30 and len(set(names)) == 30, names
assert sorted(names) == sorted(os.listdir(os.path.join(HERE, "docs"))), "files vs docs"
seen = collections.defaultdict(list)
eseen = collections.defaultdict(list)
for f in b["files"]:
    t = open(os.path.join(HERE, "docs", f["file"]), encoding="utf-8").read()
    for a in f["agreements"]:
        seen[a["key"]].append(f["file"])
        if a["kind"] not in KINDS: err("KIND", f["file"], a["key"])
        if not a["topics"] or set(a["topics"]) - TOPICS or len(a["topics"]) > 3: err("TOPIC", f["file"], a["key"], a["topics"])
        for h in a["history"]:
            if h["quote"] not in t: err("AQ", f["file"], a["key"], h["quote"][:60])
            if h["status"] not in LIFE: err("STATUS", f["file"], a["key"], h["status"])
            if (h["date"] is None) != (h["date_precision"] == "unknown"): err("PREC", f["file"], a["key"], h)
            if h["date"] and f["published"] and h["date"] > f["published"] and h["status"] != "planned": err("FUTURE", f["file"], a["key"], h["date"])
            if h["date_precision"] == "on_or_before" and h["date"] != f["published"]: err("OOB", f["file"], a["key"])
            L = {"day": 10, "month": 7, "year": 4, "on_or_before": 10, "unknown": None}.get(h["date_precision"], -1)
            if (len(h["date"]) if h["date"] else None) != L: err("PRECLEN", f["file"], a["key"], h["date"], h["date_precision"])
            if f["published"] is None and h["date"] and not re.search(r"\b" + h["date"][:4] + r"\b", t): err("UNDATED-DATE", f["file"], a["key"], h["date"])
            if h["place"] and h["place"].lower() not in t.lower() and h["place"] not in ("Bogotá",): err("PLACE", f["file"], a["key"], h["place"])
        for c in a["countries"]:
            if c not in a["key"]: err("KEYC", f["file"], a["key"], c)
        ks = "-".join(sorted(a["countries"]))
        if not a["key"].startswith(ks + "-"): err("KEYORDER", a["key"], ks)
        for s in a["signatories"]:
            if s not in t: err("SIG", f["file"], s)
        for p in a["parties"]:
            for al in p["aliases"]:
                if al not in t: err("ALIAS", f["file"], a["key"], al)
    for e in f["events"]:
        if e["kind"] not in EKINDS: err("EKIND", f["file"], e["key"])
        if e["status"] not in ("held", "planned", "cancelled"): err("ESTATUS", f["file"], e["key"])
        if e["quote"] not in t: err("EQ", f["file"], e["key"], e["quote"][:60])
        for p in e["participants"]:
            if p not in t: err("PART", f["file"], e["key"], p)
        for k in e["agreement_keys"]:
            if k not in [a["key"] for a in f["agreements"]]: err("AK", f["file"], k)
        ks = "-".join(sorted(e["countries"]))
        if not e["key"].startswith(ks + "-"): err("EKEYORDER", e["key"], ks)
        if f["published"] is None and e["date"]["start"]: err("UNDATED-EDATE", f["file"], e["key"])
        if e["status"] == "held" and e["date"]["start"] and f["published"] and e["date"]["start"] > f["published"]: err("EFUTURE", f["file"], e["key"])
        if e["status"] == "planned" and e["date"]["end"] and f["published"] and e["date"]["end"] < f["published"][:len(e["date"]["end"])]: err("EPAST-PLAN", f["file"], e["key"])
        if e["place"] and e["place"].lower() not in t.lower(): err("EPLACE", f["file"], e["key"], e["place"])
        eseen[e["key"]].append(f["file"])
    # published against the header (second line)
    head = t.split("\n")[1] if "\n" in t else ""
    m = re.search(r"(\d{4}-\d\d-\d\d)", head)
    m2 = re.search(r"(\d\d)\.(\d\d)\.(\d{4})", head)
    m3 = re.search(r"(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})", head)
    MON = {m: i for i, m in enumerate("January February March April May June July August September October November December".split(), 1)}
    got = m.group(1) if m else (f"{m2.group(3)}-{m2.group(2)}-{m2.group(1)}" if m2 else (f"{m3.group(3)}-{MON[m3.group(2)]:02d}-{int(m3.group(1)):02d}" if m3 else None))
    if got != f["published"]: err("PUB", f["file"], f["published"], got)
multi = {k: v for k, v in seen.items() if len(v) > 1}
print("keys in several files:", json.dumps(multi, indent=0))
print("event keys in several files:", {k: v for k, v in eseen.items() if len(v) > 1})
print("bad", bad)
