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

RETRY = 0.1


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
    active = [True]

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if active[0]:
            raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    # The timer fires again every RETRY seconds after the budget: an exception raised where
    # Python cannot propagate it (a garbage-collector callback, a __del__) is dropped, and
    # the next one stops the work all the same.
    signal.setitimer(signal.ITIMER_REAL, seconds, RETRY)
    try:
        yield
    finally:
        try:
            active[0] = False
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
