"""Folder walking that accounts for every entry.

A folder yields its regular files (depth first, sorted by name, so runs are repeatable) and a
`Rejected` for every entry that is not one: a folder that cannot be listed, a symbolic link to
nothing, a link loop, a named pipe, a socket, a device. Entries are classified by `lstat`/`stat`
alone: nothing is ever opened here, so a FIFO cannot block the run. Hidden entries (names that
start with a dot: `.git`, `.DS_Store`) are skipped, as `ls` and shells do.
"""
from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from accords.errors import DANGLING_LINK, LINK_LOOP, NOT_A_FILE, UNREADABLE
from accords.records import Rejected

__all__ = ["classify", "walk"]
log = logging.getLogger(__name__)

_SPECIAL = ((stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISSOCK, "socket"),
            (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))


def _oserror(label: str, exc: OSError, what: str = "") -> Rejected:
    if isinstance(exc, FileNotFoundError):
        return Rejected(label, "no such file or folder", UNREADABLE)
    if exc.errno == errno.ELOOP:
        return Rejected(label, "symbolic link loop (the link leads back to itself)", LINK_LOOP)
    return Rejected(label, f"{what}cannot be read: {exc.strerror or exc}", UNREADABLE)


def classify(path: Path) -> tuple[str, os.stat_result] | Rejected:
    """('file' | 'dir', the target's stat) for a path, or the Rejected saying what else it
    is. Links are followed; a link to nothing, a loop, a pipe, a socket or a device is a
    Rejected."""
    label = str(path)
    try:
        own = os.lstat(path)
    except OSError as exc:
        return _oserror(label, exc)
    st = own
    if stat.S_ISLNK(own.st_mode):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            return Rejected(label, f"symbolic link to '{target}', which does not exist",
                            DANGLING_LINK)
        except OSError as exc:
            return _oserror(label, exc, "link target ")
    if stat.S_ISDIR(st.st_mode):
        return "dir", st
    if stat.S_ISREG(st.st_mode):
        return "file", st
    kind = next((name for test, name in _SPECIAL if test(st.st_mode)), "special file")
    return Rejected(label, f"{kind}, not a regular file: not read", NOT_A_FILE)


def walk(root: Path) -> Iterator[Path | Rejected]:
    """Regular files under `root` and a Rejected for every other entry; never raises for
    what it finds on disk. Each folder is read once, even when links lead to it again."""
    first = classify(root)
    if isinstance(first, Rejected):
        yield first
        return
    kind, st = first
    if kind == "file":
        yield root
        return
    seen = {(st.st_dev, st.st_ino)}
    # An explicit stack, not recursion: any depth of nesting is walked.
    stack: list[Iterator[Path]] = []
    listed = _list(root)
    if isinstance(listed, Rejected):
        yield listed
        return
    stack.append(iter(listed))
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        found = classify(entry)
        if isinstance(found, Rejected):
            yield found
            continue
        kind, st = found
        if kind == "file":
            yield entry
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield Rejected(str(entry), "a link to a folder already read (a loop, or the same "
                           "folder twice): not read again", LINK_LOOP)
            continue
        seen.add(key)
        listed = _list(entry)
        if isinstance(listed, Rejected):
            yield listed
        else:
            stack.append(iter(listed))


def _list(folder: Path) -> list[Path] | Rejected:
    """The folder's visible entries sorted by name, or why it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries)
    except OSError as exc:
        return _oserror(str(folder), exc, "folder ")
    hidden = [n for n in names if n.startswith(".")]
    if hidden:
        log.debug("%s: hidden entries skipped: %s", folder, ", ".join(hidden))
    return [folder / name for name in names if not name.startswith(".")]
