import json, re, os, collections
b = json.load(open("batch_Q.json"))
bad = 0
for f in b["files"]:
    t = open("docs/" + f["file"], encoding="utf-8").read()
    for a in f["agreements"]:
        for h in a["history"]:
            if h["quote"] not in t: print("AQ", f["file"], a["key"], h["quote"][:60]); bad += 1
        for c in a["countries"]:
            if c not in a["key"]: print("KEYC", f["file"], a["key"], c)
        ks = "-".join(a["countries"])
        if not a["key"].startswith(ks): print("KEYORDER", a["key"], ks)
    for e in f["events"]:
        if e["quote"] not in t: print("EQ", f["file"], e["key"], e["quote"][:60]); bad += 1
        for p in e["participants"]:
            if p not in t: print("PART", f["file"], e["key"], p)
        for k in e["agreement_keys"]:
            if k not in [a["key"] for a in f["agreements"]]: print("AK", f["file"], k)
    for a in f["agreements"]:
        for s in a["signatories"]:
            if s not in t: print("SIG", f["file"], s)
    # published matches doc
    m = re.search(r"Published: (\d{4}-\d\d-\d\d)", t)
    print(f["file"], f["published"], m.group(1) if m else "-", len(t.split()), "words", len(f["agreements"]), len(f["events"])) if (m and m.group(1) != f["published"]) else None
print("bad", bad)
