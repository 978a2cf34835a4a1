"""A database of the seed articles, built once; tests that write get their own copy."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from accords.api import Corpus  # noqa: E402
from accords.serve import create_app  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"
TOKEN = "s3cret-token"

HOSTILE = """Chile and Peru sign fisheries treaty <script>alert('owned')</script>

LIMA, May 5, 2025 - Chile and Peru signed a treaty on fisheries cooperation <b onclick="x()">in Lima</b> on Monday, the Peruvian foreign ministry said. <img src=x onerror=alert(1)>
"""


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS}")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Corpus(db) as corpus:
        corpus.add([SEEDS])
    return db


@pytest.fixture(scope="session")
def seeds_count(seeds_db: Path) -> int:
    """How many agreement records the seeds yield (at least the gold's 16), as exported."""
    with Corpus(seeds_db) as corpus:
        return len(corpus.export_dict()["agreements"])


@pytest.fixture
def db_copy(seeds_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.db"
    shutil.copy(seeds_db, db)
    return db


@pytest.fixture
def client(seeds_db: Path) -> TestClient:
    """Read-only: no token configured."""
    return TestClient(create_app(str(seeds_db)))


@pytest.fixture
def curator(db_copy: Path) -> TestClient:
    return TestClient(create_app(str(db_copy), TOKEN))


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "hostile.db"
    with Corpus(db) as corpus:
        corpus.add([folder])
    return db
