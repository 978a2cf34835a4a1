#!/usr/bin/env python3
"""Turn probesW.json (plus quotes from batch_W.json) into an accords/1 export, to score the gold against itself:
python3 gold/probesW/selfscore_export.py && python3 /work/shared/eval/score.py gold/probesW/probesW.json gold/probesW/selfscore_export.json --docs gold/probesW/docs"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LIFE = ["proposed", "planned", "negotiating", "agreed", "finalized", "signed", "ratified", "in_force", "implemented", "suspended", "terminated", "rejected"]
g = json.load(open(os.path.join(HERE, "probesW.json"), encoding="utf-8"))
b = json.load(open(os.path.join(HERE, "batch_W.json"), encoding="utf-8"))
texts = {f: open(os.path.join(HERE, "docs", f), encoding="utf-8").read() for f in os.listdir(os.path.join(HERE, "docs"))}
def src(doc, quote):
    s = texts[doc].find(quote); assert s >= 0, (doc, quote[:50])
    return {"document": doc, "quote": quote, "start": s, "end": s + len(quote)}
equotes, aquotes = {}, {}
for f in b["files"]:
    for a in f["agreements"]:
        for h in a["history"]: aquotes[(a["key"], h["status"], h["date"], f["file"])] = h["quote"]
for f in b["files"]:
    for e in f["events"]: equotes.setdefault(e["key"], []).append(src(f["file"], e["quote"]))
def latest(h):
    hh = [x for x in h if not x.get("future")] or h
    d = [x for x in hh if x.get("date")]
    return (max(d, key=lambda x: x["date"]) if d else hh[-1])["status"]
out = {"schema": "accords/1",
       "documents": [{"id": d["name"], "name": d["name"], "title": texts[d["name"]].split("\n")[0], "published": d["published"],
                      "published_source": "given", "dateline": None, "languages": ["en"]} for d in g["documents"]],
       "agreements": [], "events": [], "entities": []}
for a in g["agreements"]:
    out["agreements"].append({"id": a["id"], "kind": a["kind"], "title": a["title"], "topics": a["topics"], "countries": a["countries"],
        "parties": [{"name": p["name"], "country": p["country"], "type": p["type"]} for p in a["parties"]],
        "signatories": [{"name": s, "country": None, "role": None} for s in a["signatories"]],
        "status": latest(a["history"]),
        "history": [{"status": h["status"], "date": h["date"], "place": h["place"], "sources": [src(s, aquotes[(a["id"], h["status"], h["date"], s)]) for s in h["sources"]]} for h in a["history"]],
        "valid_period": a.get("valid_period"), "sources": sorted(set(a["sources"]) | set(a.get("optional_sources", []))), "conflicts": [], "confidence": 1.0})
for e in g["events"]:
    out["events"].append({"id": e["id"], "kind": e["kind"], "title": e["title"], "status": e.get("status", "held"), "date": e["date"], "place": e["place"],
        "host_country": e["host_country"], "visiting_country": e["visiting_country"],
        "participants": [{"name": p, "country": None, "role": None} for p in e["participants"]],
        "agreements": e.get("agreement_ids", []), "sources": equotes[e["id"]]})
json.dump(out, open(os.path.join(HERE, "selfscore_export.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(out["agreements"]), "agreements", len(out["events"]), "events")
