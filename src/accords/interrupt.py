"""Stopping a run cleanly on SIGINT (Ctrl-C) or SIGTERM.

The first signal only asks the run to stop: the document being stored is finished (each is
one transaction), reading stops, and the run reports what it stored and how to resume. A
second Ctrl-C stops at once (KeyboardInterrupt); that too is safe, since nothing is ever
half-stored, but the run cannot report.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["StopRequest", "stop_on_signals"]


class StopRequest:
    """Callable: whether a stop was asked for; `signal` names the signal that asked."""

    def __init__(self) -> None:
        self.signal: str | None = None

    def __call__(self) -> bool:
        return self.signal is not None


@contextmanager
def stop_on_signals(notice: Callable[[str], None] | None = None) -> Iterator[StopRequest]:
    """Within the block, SIGINT and SIGTERM set the StopRequest instead of killing the
    process; `notice` is told the signal's name the first time. Only the main thread can
    receive signals: elsewhere the block runs with the handlers as they were."""
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.signal is not None and signum == signal.SIGINT:
            raise KeyboardInterrupt  # asked twice: stop now
        if stop.signal is None:
            stop.signal = signal.Signals(signum).name
            if notice:
                notice(stop.signal)

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for s, old in previous.items():
            signal.signal(s, old)
