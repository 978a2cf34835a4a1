"""The folder walker accounts for every entry and never opens, blocks on or crashes at one."""
from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accords.read.files import iter_inputs
from accords.read.walk import classify, walk
from accords.records import Document, Rejected


def _names(items: list[Path | Rejected]) -> list[str]:
    return [i.name if isinstance(i, Rejected) else str(i) for i in items]


def test_regular_files_are_walked_depth_first_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "c.txt").write_text("c")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    assert list(walk(tmp_path)) == [tmp_path / "a.txt", tmp_path / "b" / "z.txt",
                                    tmp_path / "c.txt"]


def test_dangling_link_is_rejected_with_its_target(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (r,) = walk(tmp_path)
    assert isinstance(r, Rejected) and r.code == "E113"
    assert r.name == str(tmp_path / "gone.txt")
    assert "nowhere.txt" in r.reason and "does not exist" in r.reason


def test_fifo_is_rejected_without_being_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    # Opening a FIFO with no writer would block this test forever.
    (r,) = walk(tmp_path)
    assert isinstance(r, Rejected) and r.code == "E112"
    assert r.reason.startswith("named pipe (FIFO)")


def test_socket_and_device_are_rejected(tmp_path: Path) -> None:
    short = Path(tempfile.mkdtemp())  # a socket path must be short
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(short / "s.txt"))
        (short / "null.txt").symlink_to("/dev/null")
        found = {Path(r.name).name: r for r in walk(short) if isinstance(r, Rejected)}
        sock.close()
    finally:
        shutil.rmtree(short)
    assert found["s.txt"].code == found["null.txt"].code == "E112"
    assert found["s.txt"].reason.startswith("socket")
    assert found["null.txt"].reason.startswith("character device")


def test_link_loops_are_rejected_and_each_folder_read_once(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "sub" / "x.txt").write_text("x")
    items = list(walk(tmp_path))
    rejected = {Path(r.name).name: r for r in items if isinstance(r, Rejected)}
    assert set(rejected) == {"a", "b", "up"}
    assert {r.code for r in rejected.values()} == {"E114"}
    assert [p for p in items if isinstance(p, Path)] == [tmp_path / "sub" / "x.txt"]


def test_a_link_to_a_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("x")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    assert list(walk(tmp_path)) == [tmp_path / "alias.txt", tmp_path / "real.txt"]


def test_unreadable_folder_is_rejected_and_the_rest_walked(shared_dir: Path,
                                                           unprivileged) -> None:
    (shared_dir / "closed").mkdir()
    (shared_dir / "closed" / "secret.txt").write_text("x")
    (shared_dir / "closed").chmod(0)
    (shared_dir / "open.txt").write_text("x")
    with unprivileged:
        items = list(walk(shared_dir))
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert (r.name, r.code) == (str(shared_dir / "closed"), "E101")
    assert r.reason == "folder cannot be read: Permission denied"
    assert shared_dir / "open.txt" in items


def test_unreadable_file_is_rejected_by_the_reader(shared_dir: Path, unprivileged) -> None:
    (shared_dir / "secret.txt").write_text("Kenya and Ethiopia signed a memorandum.")
    (shared_dir / "secret.txt").chmod(0)
    with unprivileged:
        (r,) = iter_inputs([shared_dir])
    assert isinstance(r, Rejected)
    assert (r.name, r.code) == (str(shared_dir / "secret.txt"), "E101")
    assert "Permission denied" in r.reason


def test_special_entries_named_directly_are_rejected(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "dangling").symlink_to(tmp_path / "none")
    items = list(iter_inputs([tmp_path / "pipe", tmp_path / "dangling", tmp_path / "missing"]))
    assert [(i.code, i.reason) for i in items if isinstance(i, Rejected)] == [
        ("E112", "named pipe (FIFO), not a regular file: not read"),
        ("E113", f"symbolic link to '{tmp_path / 'none'}', which does not exist"),
        ("E101", "no such file or folder")]


def test_file_names_that_are_not_utf8_are_reported_printably(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.pdf"
    with open(raw, "wb") as fh:
        fh.write(b"%PDF")
    (r,) = iter_inputs([tmp_path])
    assert isinstance(r, Rejected) and r.code == "E104"
    assert r.name.endswith("caf\ufffd.pdf")
    r.name.encode("utf-8")  # storable and printable


def test_classify_tells_files_from_folders(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    assert classify(tmp_path)[0] == "dir"  # type: ignore[index]
    assert classify(tmp_path / "f")[0] == "file"  # type: ignore[index]


# ---------------------------------------------------------------- properties
# Any name a Linux file system takes: text, or raw bytes that are not UTF-8 (Python sees
# those as lone surrogates).
NAME = st.one_of(
    st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
            min_size=1, max_size=12),
    st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b)
    .map(os.fsdecode),
).filter(lambda n: n not in {".", ".."} and len(os.fsencode(n)) <= 200)
TREE = st.recursive(st.just("file") | st.sampled_from(["fifo", "dangling"]),
                    lambda sub: st.dictionaries(NAME, sub, max_size=4), max_leaves=12)


def _build(folder: Path, tree: object, expected: dict[str, str]) -> None:
    assert isinstance(tree, dict)
    for name, node in tree.items():
        path = folder / name
        if isinstance(node, dict):
            path.mkdir()
            _build(path, node, expected)
            continue
        if node == "file":
            path.write_bytes(b"x")
        elif node == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to(folder / (name + "-missing"))
        expected[str(path)] = node


def _visible(root: Path, expected: dict[str, str]) -> dict[str, str]:
    """Entries under a hidden folder are not walked."""
    out = {}
    for p, kind in expected.items():
        rel = Path(p).relative_to(root)
        if not any(part.startswith(".") for part in rel.parts):
            out[p] = kind
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(NAME, TREE, max_size=5))
def test_walk_accounts_for_every_visible_entry_exactly_once(tree: dict[str, object]) -> None:
    root = Path(tempfile.mkdtemp())
    try:
        expected: dict[str, str] = {}
        _build(root, tree, expected)
        expected = _visible(root, expected)
        items = list(walk(root))
        names = _names(items)
        assert sorted(names) == sorted(expected)  # each entry once, nothing else
        for item in items:
            if isinstance(item, Path):
                assert expected[str(item)] == "file"
                assert stat.S_ISREG(item.stat().st_mode)
            else:
                assert item.code == {"fifo": "E112", "dangling": "E113"}[expected[item.name]]
        assert list(walk(root)) == items  # repeatable order
    finally:
        shutil.rmtree(root)


@settings(max_examples=20, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=40))
def test_any_depth_of_nesting_is_walked(names: list[str]) -> None:
    root = Path(tempfile.mkdtemp())
    try:
        deepest = root
        for name in names:
            deepest = deepest / name.lstrip(".").replace(".", "_")[:8] if name.lstrip(".") \
                else deepest / "d"
        deepest.mkdir(parents=True)
        (deepest / "a.txt").write_text("Chile and Peru signed a treaty.")
        items = list(iter_inputs([root]))
        assert [type(i) for i in items] == [Document]
    finally:
        shutil.rmtree(root)


def test_readers_called_directly_never_open_a_fifo(tmp_path: Path) -> None:
    from accords.read.files import read_file, read_path
    os.mkfifo(tmp_path / "pipe.txt")
    assert read_file(tmp_path / "pipe.txt").code == "E112"
    (r,) = read_path(tmp_path / "pipe.txt")
    assert r.code == "E112"


SUFFIXES = st.sampled_from(["", ".txt", ".md", ".html", ".jsonl", ".rss", ".warc", ".pdf",
                            ".jsonl.gz"])
FILES = st.dictionaries(st.tuples(NAME, SUFFIXES).map("".join).filter(
    lambda n: not n.startswith(".") and len(os.fsencode(n)) <= 200),
    st.binary(max_size=400), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FILES, st.integers(min_value=0, max_value=3))
def test_every_file_of_any_bytes_is_accounted_for(files: dict[str, bytes], depth: int) -> None:
    root = Path(tempfile.mkdtemp())
    try:
        folder = root.joinpath(*["sub"] * depth)
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        items = list(iter_inputs([root]))
        for name in files:
            shown = str(folder / name).encode("utf-8", "surrogateescape").decode(
                "utf-8", "replace")
            assert any((isinstance(i, Document) and i.path == shown)
                       or (isinstance(i, Rejected) and i.name.startswith(shown))
                       for i in items), (name, items)
        for i in items:
            (i.name + (i.path or "" if isinstance(i, Document) else "")).encode("utf-8")
    finally:
        shutil.rmtree(root)
