from __future__ import annotations

from pathlib import Path

import pytest

from accords import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cli"


@pytest.fixture(scope="session")
def exported(tmp_path_factory) -> tuple[Path, dict]:
    """A database of three invented articles (a memorandum, a visit with an agreement, a
    treaty) and its accords/1 export."""
    db = tmp_path_factory.mktemp("export") / "x.db"
    with Corpus(db) as corpus:
        corpus.add(FIXTURES)
        data = corpus.export_dict()
    return db, data
