"""Draw the blind-audit sample from full runs of the three corpora (fixed seed).

    for c in reuters21578 bbc news2020; do
      .venv/bin/accords run ../shared/corpus/$c.jsonl.gz --db /tmp/audit/$c.db -q
      .venv/bin/accords export --format json --out /tmp/audit/$c.json --db /tmp/audit/$c.db
    done
    .venv/bin/python docs/audit/sample.py /tmp/audit [SEED] > docs/audit/sample.jsonl

Each line: one record (agreement or event) as exported, its corpus, the first article that
reports it (`article`, its id in the corpus, so the text can be read from ../shared/corpus) and
every article it cites (`articles`, first one first). A record merged from several articles
carries facts from each of them, so from round 9 on the reviewer reads all of them; the draw
itself is unchanged, so an older seed gives the same records.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 20261205
PER_CORPUS = {"agreements": {"reuters21578": 20, "bbc": 15, "news2020": 15},
              "events": {"reuters21578": 20, "bbc": 15, "news2020": 15}}


def _cited(record: dict) -> list[str]:
    """Document ids of every source of a record, in the order the record lists them."""
    found: list[str] = []
    for source in record.get("sources") or []:
        found.append(source if isinstance(source, str) else source["document"])
    for stage in record.get("history") or []:
        found.extend(source["document"] for source in stage.get("sources") or [])
    return found


def main() -> None:
    folder = Path(sys.argv[1])
    rng = random.Random(SEED)
    for section, quota in PER_CORPUS.items():
        for corpus, n in quota.items():
            export = json.loads((folder / f"{corpus}.json").read_text(encoding="utf-8"))
            names = {d["id"]: d["name"] for d in export["documents"]}
            items = sorted(export[section], key=lambda r: r["id"])
            for record in rng.sample(items, min(n, len(items))):
                sources = record.get("sources") or []
                first = sources[0] if sources and isinstance(sources[0], str) else (
                    sources[0]["document"] if sources else None)
                if section == "agreements":
                    first = record["history"][0]["sources"][0]["document"]
                name = names.get(first, "")
                cited = [names.get(d, "").rsplit("#", 1)[-1] for d in _cited(record)]
                print(json.dumps({"section": section, "corpus": corpus,
                                  "article": name.rsplit("#", 1)[-1],
                                  "articles": list(dict.fromkeys([name.rsplit("#", 1)[-1], *cited])),
                                  "record": record},
                                 ensure_ascii=False))


if __name__ == "__main__":
    main()
