"""Domain knowledge as data files: gazetteers, titles, trigger words, noise rules."""
from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str) -> str:
    return str(resources.files("accords.data").joinpath(name))


@cache
def load_json(name: str) -> Any:
    with open(data_path(name), encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    with open(data_path(name), encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
