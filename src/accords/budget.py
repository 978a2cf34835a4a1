"""A time limit on a piece of work, so that one pathological document cannot hang a run.

The limit is a real-time interval timer whose signal raises `OverBudget` in the main thread,
between two Python bytecodes (regular expressions also stop for signals), so it interrupts
work that would otherwise never end. Signals only reach the main thread: elsewhere (a web
server's worker thread) the work runs unlimited.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["OverBudget", "time_limit"]


class OverBudget(BaseException):
    """The work took longer than its budget. A BaseException, like KeyboardInterrupt, so
    that code which catches Exception on the way does not swallow it."""


def _can_limit() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget in the block once `seconds` have passed (None or 0: no limit)."""
    if not seconds or seconds <= 0 or not _can_limit():
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
