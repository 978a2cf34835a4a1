#!/usr/bin/env python3
"""Turns probesU.json (with the event quotes of batch_U.json) into an accords/1 export, to score the gold against itself:
python3 selfscore_export.py > /tmp/probesU_self.json; python3 /work/shared/eval/score.py probesU.json /tmp/probesU_self.json --docs docs"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
g = json.load(open(os.path.join(HERE, "probesU.json"), encoding="utf-8"))
b = json.load(open(os.path.join(HERE, "batch_U.json"), encoding="utf-8"))
T = {f: open(os.path.join(HERE, "docs", f), encoding="utf-8", newline="").read() for f in os.listdir(os.path.join(HERE, "docs"))}
def src(doc, quote):
    i = T[doc].find(quote)
    return {"document": doc, "quote": quote, "start": i, "end": i + len(quote)} if i >= 0 else None
equotes = {}
for f in b["files"]:
    for e in f["events"]: equotes.setdefault(e["key"], []).append((f["file"], e["quote"]))
out = {"schema": "accords/1", "documents": [{"id": d["name"], "name": d["name"], "title": T[d["name"]].split("\n")[0], "published": d["published"],
        "published_source": "dateline" if d["published"] else None, "dateline": None, "languages": ["en"]} for d in g["documents"]],
       "agreements": [], "events": [], "entities": []}
for a in g["agreements"]:
    hist = []
    for h in a["history"]:
        ss = [s for s in (src(d, h["quote"]) for d in h["sources"]) if s]
        hist.append({"status": h["status"], "date": h["date"], "place": h.get("place"), "sources": ss})
    out["agreements"].append({"id": a["id"], "kind": a["kind"], "title": a["title"], "topics": a["topics"], "countries": a["countries"],
        "parties": [{"name": p["name"], "country": p.get("country"), "type": p.get("type")} for p in a["parties"]],
        "signatories": [{"name": s, "country": None, "role": None} for s in a["signatories"]],
        "status": a["status"], "history": hist, "valid_period": None, "sources": list(a["sources"]), "conflicts": [], "confidence": 1.0})
for e in g["events"]:
    out["events"].append({"id": e["id"], "kind": e["kind"], "title": e["title"], "status": "held", "date": e["date"], "place": e.get("place"),
        "host_country": e.get("host_country"), "visiting_country": e.get("visiting_country"),
        "participants": [{"name": p, "country": None, "role": None} for p in e["participants"]], "agreements": e.get("agreement_ids", []),
        "sources": [s for s in (src(d, q) for d, q in equotes[e["id"]]) if s]})
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
