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


def _token() -> tuple[int, str]:
    from kesu_docs.filing import worker_token

    return worker_token()


def _die() -> None:
    os._exit(3)


def _gated(begun: str, gate: str) -> str:
    """A call that marks itself begun and is under way until the test opens ``gate`` (a file):
    held by an event, not by a time a loaded machine may outlast."""
    with open(begun, "a", encoding="utf-8") as mark:
        mark.write("x")
    give_up = time.monotonic() + 120
    while not os.path.exists(gate) and time.monotonic() < give_up:
        time.sleep(0.01)
    return "done"


def test_a_call_runs_in_the_worker_it_is_sent_to():
    with Workers(2) as workers:
        tokens = [workers.to(k, _token).result(timeout=60) for k in (0, 1, 0, 1)]
        assert tokens[0] == tokens[2] and tokens[1] == tokens[3] and tokens[0] != tokens[1]
        assert [workers.worker_of((*token, 0)) for token in tokens[:2]] == [0, 1]
        assert workers.worker_of((os.getpid(), "MainProcess", 0)) is None


def test_a_dead_worker_fails_its_calls_and_the_other_goes_on():
    with Workers(2) as workers:
        with pytest.raises(BrokenProcessPool):
            workers.to(0, _die).result(timeout=60)
        assert workers.to(1, _pid).result(timeout=60) > 0
        with pytest.raises(BrokenProcessPool):
            workers.to(0, _pid).result(timeout=60)


def test_closing_on_an_interrupt_finishes_the_call_under_way_and_drops_the_rest(tmp_path):
    begun, gate = tmp_path / "begun", tmp_path / "gate"
    workers = Workers(2)
    try:
        calls = [workers.to(0, _gated, str(begun), str(gate)) for _ in range(3)]
        deadline = time.monotonic() + 60
        while not begun.exists() and time.monotonic() < deadline:  # the first call under way
            time.sleep(0.01)
        # the first call held until the close has been asked for: were it to end first (a test
        # thread not scheduled for the second it slept), the next call would begin before the close
        closing = threading.Thread(target=workers.close, kwargs={"cancel": True}, daemon=True)
        closing.start()
        while not workers.own.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        gate.touch()
        closing.join(60)
        assert not closing.is_alive()
        assert calls[0].result() == "done"
        assert begun.read_text(encoding="utf-8") == "x"  # the two others never began
        for call in calls[1:]:
            with pytest.raises(CancelledError):
                call.result()
    finally:  # a failure above leaves no call held nor worker to hold the test run at its exit
        gate.touch()
        _closes_in_time(workers, cancel=True)


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
    try:
        calls = [workers.to(0, _die)] + [workers.to(0, _size, b"y" * 100_000) for _ in range(5)]
        for call in calls:  # over 64 KB left in the queue of a worker that reads no more
            with pytest.raises(BrokenProcessPool):
                call.result(timeout=60)
        assert _closes_in_time(workers, cancel=True)
    finally:  # a failure above leaves no worker nor thread to hold the test run at its exit
        _closes_in_time(workers, cancel=True)


def test_a_result_that_cannot_be_unpickled_ends_its_worker_and_says_why():
    workers = Workers(2)
    try:
        calls = [workers.to(0, _unpicklable_failure)] + [workers.to(0, _large) for _ in range(3)]
        for call in calls:
            with pytest.raises(BrokenProcessPool, match="could not be unpickled"):
                call.result(timeout=60)
        with pytest.raises(BrokenProcessPool, match="could not be unpickled"):
            workers.to(0, _pid).result(timeout=60)
        assert workers.to(1, _large).result(timeout=60) == b"x" * 200_000  # the other goes on
        assert _closes_in_time(workers, cancel=False)
    finally:
        _closes_in_time(workers, cancel=True)


def _document(begun: str, n: int) -> int:
    """A document's part of a batch: marked as begun, then a moment's work."""
    with open(begun, "a", encoding="utf-8") as mark:
        mark.write(f"{os.getpid()}\n")
    time.sleep(0.05)
    return n


def test_a_worker_killed_mid_batch_loses_its_calls_plainly_and_the_pool_ends_whole(tmp_path):
    """SIGKILL (the OOM killer) on a worker with calls queued, large ones among them (more than
    its pipe holds): its calls fail saying the worker ended, the other worker's are done, and
    closing the pool ends every thread it started (a feeder left writing to the dead worker's
    pipe would stay blocked for the process's life: a server would gather them)."""
    import signal

    begun, held, gate = tmp_path / "begun", tmp_path / "held", tmp_path / "never-opened"
    before = set(threading.enumerate())
    workers = Workers(2)
    try:
        victim = workers.to(0, _pid).result(timeout=60)
        # its first document under way until the kill: held by an event, not by a time (a
        # test put off for 0.3 s between seeing it begun and the kill saw the third done)
        lost = [workers.to(0, _gated, str(held), str(gate))]
        lost += [workers.to(0, _document, str(begun), n) for n in range(1, 20)]
        lost += [workers.to(0, _size, b"y" * 100_000) for _ in range(5)]
        kept = [workers.to(1, _document, str(begun), n) for n in range(20)]
        deadline = time.monotonic() + 60
        while not held.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(victim, signal.SIGKILL)  # mid-batch: its first document under way
        for call in lost[2:]:
            with pytest.raises(BrokenProcessPool, match="worker 0 ended before its call was done"):
                call.result(timeout=60)
        assert [call.result(timeout=60) for call in kept] == list(range(20))
        # ends, and ends whole: no hang (a bound of 10 s more is a time a loaded machine may outlast)
        assert _closes_in_time(workers, cancel=False)
        assert [t.name for t in set(threading.enumerate()) - before] == []
    finally:  # a failure above leaves no worker nor thread to hold the test run at its exit
        _closes_in_time(workers, cancel=True)


def test_a_call_that_cannot_be_pickled_fails_alone():
    """A call whose function or arguments cannot be pickled (a lambda, a lock) fails with the
    cause; nothing of it reaches the worker, which goes on with the next calls."""
    with Workers(2) as workers:
        with pytest.raises(Exception, match="pickle|lambda"):
            workers.to(0, _size, threading.Lock()).result(timeout=60)
        assert workers.to(0, _size, b"abc").result(timeout=60) == 3


def test_the_switch_interval_is_short_while_a_pool_is_open_and_put_back_after():
    """The pool's feeder and collector threads get the interpreter's lock soon while the
    command's thread works (kesu_docs.workers.HAND_OVER_S); two pools open at once (two
    batches of a server) put back the interval as it was only when the last one closes."""
    import sys

    from kesu_docs.workers import HAND_OVER_S

    usual = sys.getswitchinterval()
    assert usual > HAND_OVER_S
    first = Workers(2)
    second = None
    try:
        assert sys.getswitchinterval() == HAND_OVER_S
        second = Workers(2, rendering=False, share=True)
        first.close()
        assert sys.getswitchinterval() == HAND_OVER_S  # the second batch still under way
        second.close()
        second.close()  # closed twice (an exception after close): put back once
        assert sys.getswitchinterval() == usual
    finally:  # a failure above leaves neither a pool open nor the process's interval changed
        for pool in (first, second):
            if pool is not None:
                _closes_in_time(pool, cancel=True)
        sys.setswitchinterval(usual)
