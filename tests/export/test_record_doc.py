"""The accords/1 contract in docs/ is the shared one, versioned with the code."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "spec" / "record.md"


def test_docs_record_md_holds_the_shared_contract_unchanged() -> None:
    if not SHARED.is_file():
        pytest.skip("../shared/spec/record.md is not beside this checkout")
    ours = (REPO / "docs" / "record.md").read_text(encoding="utf-8")
    assert ours.startswith(SHARED.read_text(encoding="utf-8"))
