"""The same article reached twice: a wire story republished by two sites, a page saved twice
with different furniture. MinHash over word shingles (datasketch) finds near duplicates
without comparing every pair; the first copy is kept, later ones are linked to it and never
counted as another source of a fact."""
from __future__ import annotations

import re

from anyascii import anyascii
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
MIN_WORDS = 30  # shorter texts are compared by exact identity only


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"[a-z0-9]+", anyascii(text).lower())
    if len(words) < MIN_WORDS:
        return set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash | None:
    shingles = _shingles(text)
    if not shingles:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(shingles))
    return mh


class NearDuplicates:
    """An index of the documents kept so far."""

    def __init__(self) -> None:
        # 8 bands of 8 rows: the S-curve turns at (1/8)**(1/8) ~ 0.77, just under THRESHOLD;
        # given explicitly, so datasketch does not re-derive it by numerical integration.
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, params=(8, 8))
        self.signatures: dict[str, MinHash] = {}

    def add(self, doc_id: str, sig: MinHash | None) -> None:
        if sig is not None and doc_id not in self.signatures:
            self.lsh.insert(doc_id, sig)
            self.signatures[doc_id] = sig

    def match(self, sig: MinHash | None) -> tuple[str, float] | None:
        """The kept document this one nearly repeats, with the estimated similarity."""
        if sig is None:
            return None
        best = max(((d, self.signatures[d].jaccard(sig)) for d in self.lsh.query(sig)),
                   key=lambda x: x[1], default=None)
        return best if best and best[1] >= THRESHOLD else None


def to_bytes(sig: MinHash) -> bytes:
    return sig.hashvalues.astype("uint64").tobytes()


def from_bytes(data: bytes) -> MinHash:
    import numpy as np
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(data, dtype="uint64"))
