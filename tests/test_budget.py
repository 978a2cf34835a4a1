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


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the lost one
def test_an_alarm_lost_in_a_garbage_collector_callback_fires_again() -> None:
    import gc
    seen = []

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
