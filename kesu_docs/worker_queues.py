"""Worker processes with one queue each: a call is made by the worker it is handed to.

``concurrent.futures.ProcessPoolExecutor`` has one queue for all its workers: a call goes to
whichever worker is free, so what a worker keeps between two calls (the records it read) is
of no use to the next call. Filing (``kesu render --jobs N``) reads each form in a worker and
renders it there afterwards: the records stay in the worker that read them and only numbers
cross between the processes (see :mod:`kesu_docs.filing`). That needs calls sent to a chosen
worker, which this pool does, with what the executor gives besides: futures, a worker's
death said to every call it held (``BrokenProcessPool``), the calls not begun dropped on
Ctrl-C while a call under way finishes.

Every worker is started in the constructor, before any thread of this pool exists (a fork
copies no thread's held lock); the threads come after: each worker's feeder (:class:`_Feeder`:
it pickles the calls and writes them to the worker's pipe, so a large call never blocks the
caller) and one collector, which receives the results as they come (a worker never waits on
a full pipe while the caller is busy).

A worker's calls go through a pipe of its own rather than a ``multiprocessing.Queue``: after a
worker died with calls queued, a queue's feeder thread stays blocked writing to a pipe nobody
reads (every forked worker holds a copy of its reading end, so the write never fails), and the
queue gives no public way to empty it (its reading lock may have died held by the worker). Here
:meth:`OwnQueues.close` empties the dead worker's pipe through its public reading end until its
feeder has written everything, so the pool ends whole: no thread left behind.
"""

from __future__ import annotations

import functools
import itertools
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any

_SKIPPED = "skipped"  # a call dropped by close(cancel=True) before its worker began it


def _serve(calls: Any, results: Any, cancelled: Any) -> None:
    """A worker: make the calls of its own pipe in order until ``None``; each result (or the
    exception) goes back with the call's number."""
    from . import workers

    workers._start_worker()  # looked up now: bench/_cpu_probe.py wraps it
    while True:
        try:
            call = calls.recv()
        except EOFError:  # the command closed the pipe: nothing more will come
            return
        if call is None:
            return
        ident, fn, args = call
        if cancelled.is_set():
            results.send((ident, _SKIPPED, None))
            continue
        try:
            value = fn(*args)
        except BaseException as exc:  # said to the caller, as the executor does
            _send_failure(results, ident, exc)
            continue
        results.send((ident, "done", value))


def _send_failure(results: Any, ident: int, exc: BaseException) -> None:
    try:
        results.send((ident, "failed", exc))
    except Exception:  # an exception that cannot be pickled: its words at least
        results.send((ident, "failed", RuntimeError(f"{type(exc).__name__}: {exc}")))


def _unreadable_reason(worker: int, exc: Exception) -> str:
    return (
        f"a result of worker {worker} could not be unpickled ({type(exc).__name__}: {exc}); "
        "the worker was ended"
    )


_STOP = object()  # a feeder's last item: it sends ``None`` (the worker's end) and stops


class _Feeder:
    """A thread writing a worker's calls, pickled, to the worker's pipe in the order given.

    ``failed(ident, exc)`` is told of a call that cannot be pickled (a lambda, an open file):
    that call fails alone, nothing of it written."""

    def __init__(self, worker: int, writer: Any, failed: Callable[[int, BaseException], None]) -> None:
        self.writer = writer
        self.failed = failed
        self.pending: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._run, name=f"kesu-worker-feeder-{worker}", daemon=True)
        self.thread.start()

    def put(self, call: tuple[int, Callable[..., Any], tuple[Any, ...]]) -> None:
        self.pending.put(call)

    def stop(self) -> None:
        """The worker ends once it has made the calls put before."""
        self.pending.put(_STOP)

    def _run(self) -> None:
        while True:
            call = self.pending.get()
            try:
                if call is _STOP:
                    self.writer.send(None)
                    return
                self._send(call)
            except OSError:  # the pipe closed under it (the command ending): nothing more to send
                return

    def _send(self, call: tuple[int, Callable[..., Any], tuple[Any, ...]]) -> None:
        from multiprocessing.reduction import ForkingPickler

        try:
            data = ForkingPickler.dumps(call)  # as Connection.send pickles it
        except Exception as exc:  # said to that call only; nothing of it is written
            self.failed(call[0], exc)
            return
        self.writer.send_bytes(data)


def _empty(reader: Any, feeder: _Feeder) -> None:
    """Read and drop what ``feeder`` writes to the pipe of a worker that reads no more, until
    it has written its last call (raw bytes: the worker may have died half-way through one)."""
    while feeder.thread.is_alive():
        if reader.poll(0.05):
            os.read(reader.fileno(), 1 << 16)
    feeder.thread.join()


class OwnQueues:
    """``size`` worker processes of ``context`` (a multiprocessing context), each with its own
    queue of calls: :meth:`submit` to worker ``k``."""

    def __init__(self, size: int, context: Any) -> None:
        self.cancelled = context.Event()
        calls = [context.Pipe(duplex=False) for _ in range(size)]
        self.calls = [reader for reader, _ in calls]  # kept here: a dead worker's is emptied here
        pipes = [context.Pipe(duplex=False) for _ in range(size)]
        self.results = [reader for reader, _ in pipes]
        self.processes = [
            context.Process(target=_serve, args=(reader, writer, self.cancelled), daemon=True)
            for (reader, _), (_, writer) in zip(calls, pipes)
        ]
        for process in self.processes:
            process.start()
        for _, writer in pipes:
            writer.close()  # the workers' ends
        self.lock = threading.Lock()
        self.waiting: list[dict[int, Future]] = [{} for _ in range(size)]  # each worker's calls
        self.ended = [False] * size
        self.reasons = [""] * size  # why each ended worker ended, said to its calls
        self.numbers = itertools.count()
        self.closed = False
        self.feeders = [
            _Feeder(k, writer, functools.partial(self._unsent, k)) for k, (_, writer) in enumerate(calls)
        ]
        self.collector = threading.Thread(target=self._collect, name="kesu-worker-results", daemon=True)
        self.collector.start()

    def submit(self, worker: int, fn: Callable[..., Any], *args: Any) -> Future:
        """``fn(*args)`` in worker ``worker``, after the calls handed to it before."""
        future: Future = Future()
        future.set_running_or_notify_cancel()  # a call handed out is not taken back
        with self.lock:
            if self.ended[worker]:
                future.set_exception(BrokenProcessPool(self.reasons[worker]))
                return future
            ident = next(self.numbers)
            self.waiting[worker][ident] = future
        self.feeders[worker].put((ident, fn, args))
        return future

    def _unsent(self, worker: int, ident: int, exc: BaseException) -> None:
        """A call to ``worker`` that could not be pickled fails with the cause."""
        with self.lock:
            future = self.waiting[worker].pop(ident, None)
        if future is not None:
            future.set_exception(exc)

    def _collect(self) -> None:
        """Set each call's future as its result comes; a worker gone, the calls it held fail.
        (A worker's end is its process's sentinel: a forked worker holds copies of the other
        workers' pipes, so no pipe ends with the worker that wrote to it.)"""
        from multiprocessing.connection import wait

        ends = {process.sentinel: k for k, process in enumerate(self.processes)}
        readers = {reader: k for k, reader in enumerate(self.results)}
        while ends:
            for ready in wait([*readers, *ends]):
                if ready in readers:
                    try:
                        self._receive(readers[ready])
                    except (EOFError, OSError):  # the pipe's end: the sentinel says the rest
                        readers.pop(ready)
                    except Exception as exc:  # a result that cannot be unpickled
                        self._unreadable(readers.pop(ready), exc)
                elif ready in ends:
                    worker = ends.pop(ready)
                    if readers.pop(self.results[worker], None) is not None:
                        self._drain(worker)
                    self._broken(worker, f"worker {worker} ended before its call was done")

    def _drain(self, worker: int) -> None:
        """What an ended worker sent before it ended (its pipe then ends with the last one)."""
        try:
            while self.results[worker].poll():
                self._receive(worker)
        except (EOFError, OSError):
            return
        except Exception as exc:  # a result that cannot be unpickled: the rest fail with it
            self._broken(worker, _unreadable_reason(worker, exc))

    def _unreadable(self, worker: int, exc: Exception) -> None:
        """A result of ``worker`` that cannot be unpickled (an exception whose ``__init__``
        takes other arguments than it passes on, say): the pipe is out of step, so nothing
        more can be read from it, and the worker, still alive, would block sending its next
        results (``close()`` then waiting for it for ever). It is ended; its calls fail with
        the cause."""
        self._broken(worker, _unreadable_reason(worker, exc))
        self.processes[worker].kill()  # SIGKILL: a worker leaves SIGTERM to the command

    def _receive(self, worker: int) -> None:
        ident, how, value = self.results[worker].recv()
        with self.lock:
            future = self.waiting[worker].pop(ident, None)
        if future is None:
            return
        if how == "done":
            future.set_result(value)
        elif how == "failed":
            future.set_exception(value)
        else:  # dropped unmade by close(cancel=True)
            future.set_exception(CancelledError())

    def _broken(self, worker: int, reason: str) -> None:
        """``worker`` is ended: its calls fail with ``reason`` (the first said is kept for the
        calls submitted later)."""
        with self.lock:
            if not self.ended[worker]:
                self.ended[worker] = True
                self.reasons[worker] = reason
            held, self.waiting[worker] = self.waiting[worker], {}
        for future in held.values():
            future.set_exception(BrokenProcessPool(reason))

    def close(self, *, cancel: bool = False) -> None:
        """End the workers once the calls handed to them are done (``cancel``: those not begun
        are dropped, their futures cancelled; the calls under way finish)."""
        if self.closed:
            return
        self.closed = True
        if cancel:
            self.cancelled.set()
        for feeder in self.feeders:
            feeder.stop()
        for process in self.processes:
            process.join()
        self.collector.join()  # after it, every worker that ended is marked ended
        for reader, feeder, ended in zip(self.calls, self.feeders, self.ended):
            if ended:  # calls left unread: its feeder would wait for ever on a full pipe
                _empty(reader, feeder)
            else:
                feeder.thread.join()
            feeder.writer.close()
            reader.close()
        for reader in self.results:
            reader.close()
