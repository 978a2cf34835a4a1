"""A fitted linear decision, applied with numpy: named sparse features plus, optionally, a
sentence embedding. Stored as JSON (no pickle: a model file is data anyone can read)."""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from accords.learn.features import Features

MODELS = "models"


@dataclass(frozen=True)
class LinearDecision:
    """p(real) = sigmoid(w·features + v·embedding + b); a candidate the rules accept is kept
    when p >= rule_threshold, one they reject when p >= threshold."""

    weights: dict[str, float]
    embedding_weights: tuple[float, ...] | None
    bias: float
    threshold: float
    meta: dict[str, Any]
    rule_threshold: float = 0.0
    # The rules the decision may overrule; a candidate failing any other is not kept.
    overrules: tuple[str, ...] | None = None

    def may_keep(self, missing: tuple[str, ...]) -> bool:
        """Whether a candidate failing these rules can be kept at all (else it is not scored)."""
        return self.overrules is None or set(missing) <= set(self.overrules)

    def keeps(self, p: float, rules_accept: bool, missing: tuple[str, ...] = ()) -> bool:
        if not self.may_keep(missing):
            return False
        return p >= (self.rule_threshold if rules_accept else self.threshold)

    def probability(self, features: Features, embedding: np.ndarray | None = None) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        if self.embedding_weights is not None and embedding is not None:
            z += float(np.dot(np.asarray(self.embedding_weights, dtype=np.float32), embedding))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probabilities(self, rows: Sequence[Features],
                      embeddings: np.ndarray | None = None) -> list[float]:
        return [self.probability(f, None if embeddings is None else embeddings[i])
                for i, f in enumerate(rows)]

    def to_dict(self) -> dict[str, Any]:
        return {"weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v},
                "embedding_weights": (None if self.embedding_weights is None else
                                      [round(v, 6) for v in self.embedding_weights]),
                "bias": self.bias, "threshold": self.threshold,
                "rule_threshold": self.rule_threshold,
                "overrules": None if self.overrules is None else list(self.overrules),
                "meta": self.meta}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LinearDecision:
        emb = d.get("embedding_weights")
        return cls(dict(d["weights"]), tuple(emb) if emb is not None else None,
                   float(d["bias"]), float(d["threshold"]), dict(d.get("meta", {})),
                   float(d.get("rule_threshold", 0.0)),
                   None if d.get("overrules") is None else tuple(d["overrules"]))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=0, sort_keys=True) + "\n",
                              encoding="utf-8")


@dataclass(frozen=True)
class Decisions:
    """The learned decisions the pipeline applies, loaded once and passed in."""

    agreement: LinearDecision | None
    event: LinearDecision | None

    @property
    def uses_embeddings(self) -> bool:
        return any(m is not None and m.embedding_weights is not None
                   for m in (self.agreement, self.event))


def _load(name: str) -> LinearDecision | None:
    ref = resources.files("accords.data").joinpath(MODELS, name)
    if not ref.is_file():
        return None
    return LinearDecision.from_dict(json.loads(ref.read_text(encoding="utf-8")))


@cache
def decisions() -> Decisions:
    """The committed models (src/accords/data/models/*.json); a missing one means the rules
    alone decide, as before learning."""
    return Decisions(_load("agreement.json"), _load("event.json"))


NO_DECISIONS = Decisions(None, None)
