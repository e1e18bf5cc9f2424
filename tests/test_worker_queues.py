"""Filing's workers have a queue each (kesu_docs/worker_queues.py): a call runs in the worker it
is sent to; a worker's death fails the calls it held (and later ones) without touching the
other worker; closing on Ctrl-C finishes the call under way and drops the ones not begun."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool

import pytest

from kesu_docs.workers import Workers


def _pid() -> int:
    return os.getpid()


def _die() -> None:
    os._exit(3)


def _slow(begun: str, seconds: float) -> str:
    with open(begun, "a", encoding="utf-8") as mark:
        mark.write("x")
    time.sleep(seconds)
    return "done"


def test_a_call_runs_in_the_worker_it_is_sent_to():
    with Workers(2) as workers:
        pids = [workers.to(k, _pid).result(timeout=60) for k in (0, 1, 0, 1)]
        assert pids[0] == pids[2] and pids[1] == pids[3] and pids[0] != pids[1]
        assert [workers.worker_of(pid) for pid in pids[:2]] == [0, 1]
        assert workers.worker_of(os.getpid()) is None


def test_a_dead_worker_fails_its_calls_and_the_other_goes_on():
    with Workers(2) as workers:
        with pytest.raises(BrokenProcessPool):
            workers.to(0, _die).result(timeout=60)
        assert workers.to(1, _pid).result(timeout=60) > 0
        with pytest.raises(BrokenProcessPool):
            workers.to(0, _pid).result(timeout=60)


def test_closing_on_an_interrupt_finishes_the_call_under_way_and_drops_the_rest(tmp_path):
    begun = tmp_path / "begun"
    workers = Workers(2)
    calls = [workers.to(0, _slow, str(begun), 1.0) for _ in range(3)]
    deadline = time.monotonic() + 60
    while not begun.exists() and time.monotonic() < deadline:  # the first call under way
        time.sleep(0.01)
    workers.close(cancel=True)
    assert calls[0].result() == "done"
    assert begun.read_text(encoding="utf-8") == "x"  # the two others never began
    for call in calls[1:]:
        with pytest.raises(CancelledError):
            call.result()


class _TwoArguments(Exception):
    """An exception whose ``__init__`` takes other arguments than it passes on: pickled in the
    worker, it cannot be unpickled in the command."""

    def __init__(self, a: int, b: int) -> None:
        super().__init__(f"{a}/{b}")


def _unpicklable_failure() -> None:
    raise _TwoArguments(1, 2)


def _size(data: bytes) -> int:
    return len(data)


def _large() -> bytes:
    return b"x" * 200_000  # more than a pipe holds: the worker blocks until it is read


def _closes_in_time(workers: Workers, *, cancel: bool, seconds: float = 60) -> bool:
    """``close()`` run in a thread: a hang fails the test instead of stopping the suite."""
    closing = threading.Thread(target=workers.close, kwargs={"cancel": cancel}, daemon=True)
    closing.start()
    closing.join(seconds)
    return not closing.is_alive()


def test_a_dead_worker_with_large_calls_still_queued_does_not_hang_close():
    workers = Workers(2)
    calls = [workers.to(0, _die)] + [workers.to(0, _size, b"y" * 100_000) for _ in range(5)]
    for call in calls:  # over 64 KB left in the queue of a worker that reads no more
        with pytest.raises(BrokenProcessPool):
            call.result(timeout=60)
    assert _closes_in_time(workers, cancel=True)


def test_a_result_that_cannot_be_unpickled_ends_its_worker_and_says_why():
    workers = Workers(2)
    calls = [workers.to(0, _unpicklable_failure)] + [workers.to(0, _large) for _ in range(3)]
    for call in calls:
        with pytest.raises(BrokenProcessPool, match="could not be unpickled"):
            call.result(timeout=60)
    with pytest.raises(BrokenProcessPool, match="could not be unpickled"):
        workers.to(0, _pid).result(timeout=60)
    assert workers.to(1, _large).result(timeout=60) == b"x" * 200_000  # the other goes on
    assert _closes_in_time(workers, cancel=False)
