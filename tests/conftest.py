"""Fixtures shared across the test tree."""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = 65534


@contextlib.contextmanager
def _unprivileged() -> Iterator[None]:
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def unprivileged() -> contextlib.AbstractContextManager[None]:
    """File permissions as an ordinary user sees them. Tests run as root, for whom chmod 000
    changes nothing; dropping the effective uid (and getting it back, since the saved uid
    stays 0) makes the kernel refuse for real, so the code path under test is the real one."""
    return _unprivileged()


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder an ordinary user can enter and write (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="accords-test-"))
    folder.chmod(0o777)
    yield folder
    for p in folder.rglob("*"):
        if not p.is_symlink():
            p.chmod(0o777)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def exported(tmp_path_factory) -> tuple[Path, dict]:  # type: ignore[no-untyped-def,type-arg]
    """A database of three invented articles (a memorandum, a visit with an agreement, a
    treaty) and its accords/1 export (for the export and store tests)."""
    from accords import Corpus
    db = tmp_path_factory.mktemp("export") / "x.db"
    with Corpus(db) as corpus:
        corpus.add(Path(__file__).resolve().parent / "fixtures" / "cli")
        data = corpus.export_dict()
    return db, data
