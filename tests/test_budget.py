"""The time limit interrupts work that would never end, and only that."""
from __future__ import annotations

import threading
import time

import pytest

from accords.budget import OverBudget, time_limit


def test_endless_work_is_interrupted() -> None:
    started = time.monotonic()
    with pytest.raises(OverBudget), time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - started < 2


def test_endless_regular_expression_is_interrupted() -> None:
    import re
    with pytest.raises(OverBudget), time_limit(0.2):
        re.match(r"(a+)+$", "a" * 40 + "b")  # catastrophic backtracking


def test_work_within_the_budget_is_not_disturbed() -> None:
    with time_limit(5):
        total = sum(range(1000))
    assert total == 499500
    time.sleep(0.05)  # the timer is off: no late signal


def test_no_limit_outside_the_main_thread() -> None:
    done = []

    def work() -> None:
        with time_limit(0.01):
            time.sleep(0.05)
        done.append(True)
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_an_alarm_lost_in_a_garbage_collector_callback_fires_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc
    import sys
    seen = []
    # The lost exception goes to sys.unraisablehook; pytest's hook formats its traceback, and
    # on a loaded machine the next alarm could go off inside that formatting. The hook is
    # silenced here: what is tested is that the work stops, not how a lost exception is shown.
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: None)

    def callback(phase: str, info: dict) -> None:
        if phase == "start" and not seen:
            seen.append(True)
            time.sleep(0.3)  # the alarm goes off here, where its exception is dropped
    gc.callbacks.append(callback)
    try:
        with pytest.raises(OverBudget), time_limit(0.1):
            gc.collect()
            deadline = time.monotonic() + 5  # a lost alarm would leave the loop unbroken
            while time.monotonic() < deadline:
                pass
    finally:
        gc.callbacks.remove(callback)
    assert seen
