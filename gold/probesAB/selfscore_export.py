#!/usr/bin/env python3
"""Format sanity check: turn batch_AB.json (merged by key, as probesAB.json is) into an accords/1 export
with exact quote offsets, to be scored against probesAB.json:
    python3 /work/shared/eval/score.py probesAB.json selfscore_export.json --docs docs"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
b = json.load(open(os.path.join(HERE, "batch_AB.json"), encoding="utf-8"))
LIFE = ["proposed", "planned", "negotiating", "agreed", "finalized", "signed", "ratified", "in_force", "implemented", "suspended", "terminated", "rejected"]
docs, ags, evs, exp_conf = [], {}, {}, {}
def src(f, quote):
    t = open(os.path.join(HERE, "docs", f), encoding="utf-8").read()
    i = t.index(quote)
    return {"document": f, "quote": quote, "start": i, "end": i + len(quote)}
for f in b["files"]:
    t = open(os.path.join(HERE, "docs", f["file"]), encoding="utf-8").read()
    docs.append({"id": f["file"], "name": f["file"], "title": t.split("\n")[0], "published": f["published"],
                 "published_source": "given" if f["published"] else None, "dateline": None, "languages": ["en"]})
    for a in f["agreements"]:
        if a.get("expect_conflict"): exp_conf.setdefault(a["key"], []).append(f["file"])
        r = ags.setdefault(a["key"], {"id": a["key"], "kind": a["kind"], "title": a["title"], "topics": [], "countries": [],
                                      "parties": [], "signatories": [], "history": [], "valid_period": a.get("valid_period"),
                                      "sources": [], "conflicts": [], "confidence": 1.0})
        r["topics"] = sorted(set(r["topics"]) | set(a["topics"])); r["countries"] = sorted(set(r["countries"]) | set(a["countries"]))
        for p in a["parties"]:
            if p["name"] not in [x["name"] for x in r["parties"]]:
                r["parties"].append({"name": p["name"], "country": p["country"], "type": p["type"]})
        for s in a["signatories"]:
            if s not in [x["name"] for x in r["signatories"]]: r["signatories"].append({"name": s, "country": None, "role": None})
        if f["file"] not in r["sources"]: r["sources"].append(f["file"])
        for h in a["history"]:
            old = next((x for x in r["history"] if x["status"] == h["status"] and x["date"] == h["date"]), None)
            if old is None:
                r["history"].append({"status": h["status"], "date": h["date"], "place": h["place"], "sources": [src(f["file"], h["quote"])]})
            else:
                old["sources"].append(src(f["file"], h["quote"])); old["place"] = old["place"] or h["place"]
    for e in f["events"]:
        r = evs.setdefault(e["key"], {"id": e["key"], "kind": e["kind"], "title": e["title"], "status": e["status"], "date": e["date"],
                                      "place": e["place"], "host_country": e["host_country"], "visiting_country": e["visiting_country"],
                                      "participants": [], "agreements": [], "sources": []})
        if not r["date"].get("start") and e["date"].get("start"): r["date"] = e["date"]
        for p in e["participants"]:
            if p not in [x["name"] for x in r["participants"]]: r["participants"].append({"name": p, "country": None, "role": None})
        for k in e["agreement_keys"]:
            if k not in r["agreements"]: r["agreements"].append(k)
        r["sources"].append(src(f["file"], e["quote"]))
for r in ags.values():
    dated = [h for h in r["history"] if h["date"] and h["status"] != "planned"]
    r["status"] = max(dated, key=lambda h: (h["date"], LIFE.index(h["status"])))["status"] if dated else max(r["history"], key=lambda h: LIFE.index(h["status"]))["status"]
    ds = sorted({h["date"] for h in r["history"] if h["date"] and h["status"] == "signed"})
    if len(ds) > 1:
        r["conflicts"].append({"field": "signed_date", "values": [{"value": d, "sources": [s for h in r["history"] if h["date"] == d for s in h["sources"]]} for d in ds]})
for k, fs in exp_conf.items():  # the sources disagree (figures, dates or stages): list the reporting files as a conflict
    if not ags[k]["conflicts"]:
        ags[k]["conflicts"].append({"field": "reported_values", "values": [{"value": f, "sources": [s for h in ags[k]["history"] for s in h["sources"] if s["document"] == f]} for f in fs]})
out = {"schema": "accords/1", "documents": docs, "agreements": list(ags.values()), "events": list(evs.values()), "entities": []}
json.dump(out, open(os.path.join(HERE, "selfscore_export.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(ags), "agreements", len(evs), "events")
