"""Rejection codes live in one module and are all documented."""
from __future__ import annotations

import re
from pathlib import Path

from accords.errors import REJECTION_CODES

REPO = Path(__file__).resolve().parents[1]


def test_every_rejection_code_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert [c for c in REJECTION_CODES if c not in readme] == []


def test_no_reader_writes_a_code_of_its_own() -> None:
    literal = re.compile(r'"E1(?!00)\d\d"')  # E100 is the generic default
    found = [f"{p.relative_to(REPO)}:{i}" for p in (REPO / "src" / "accords").rglob("*.py")
             if p.name != "errors.py"
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if literal.search(line)]
    assert found == []


def test_rejections_only_carry_known_codes(tmp_path: Path) -> None:
    from accords.read.files import iter_inputs
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").symlink_to(tmp_path / "none")
    assert {r.code for r in iter_inputs([tmp_path])} <= set(REJECTION_CODES)
