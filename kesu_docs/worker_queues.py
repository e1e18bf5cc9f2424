"""Worker processes with one queue each: a call is made by the worker it is handed to.

``concurrent.futures.ProcessPoolExecutor`` has one queue for all its workers: a call goes to
whichever worker is free, so what a worker keeps between two calls (the records it read) is
of no use to the next call. Filing (``kesu render --jobs N``) reads each form in a worker and
renders it there afterwards: the records stay in the worker that read them and only numbers
cross between the processes (see :mod:`kesu_docs.filing`). That needs calls sent to a chosen
worker, which this pool does, with what the executor gives besides: futures, a worker's
death said to every call it held (``BrokenProcessPool``), the calls not begun dropped on
Ctrl-C while a call under way finishes — and what the executor does not: a dead worker's place
taken by a new one (:meth:`OwnQueues.replace`), what it was doing when it died (:func:`at_item`),
and no other worker ended with it. ``kesu parse`` / ``validate`` use it too (``workers._Share``).

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
from typing import Any

_SKIPPED = "skipped"  # a call dropped by close(cancel=True) before its worker began it


_AT: list[Any] = []  # in a worker: its board (_board)


def _serve(calls: Any, results: Any, board: Any) -> None:
    """A worker: make the calls of its own pipe in order until ``None``; each result (or the
    exception) goes back with the call's number. ``board`` (:func:`_board`): where it says which
    item of which call it is at (:func:`at_item`), and which says when the calls not begun are
    dropped."""
    from . import workers

    _AT[:] = [board]
    workers._start_worker()  # looked up now: bench/_cpu_probe.py wraps it
    while True:
        try:
            call = calls.recv()
        except EOFError:  # the command closed the pipe: nothing more will come
            return
        if call is None:
            return
        ident, fn, args = call
        if board[2]:  # (cancelled)
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


def _ended(reason: str) -> Exception:
    """The exception of a call whose worker ended: the standard library's for a pool's worker
    that died (its module imported only then: ≈ 5–8 ms of the command's start-up otherwise)."""
    from concurrent.futures.process import BrokenProcessPool

    return BrokenProcessPool(reason)


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


def _board(context: Any) -> Any:
    """Three numbers shared by the command and one worker, written without a lock (one writer
    each): the call and the item the worker is at (:func:`at_item`), read by the command only
    once the worker is dead, and 1 once the calls not begun are dropped (``close(cancel=True)``).
    Forked, an anonymous shared page (a lock or an array of ``multiprocessing`` costs the
    command's start-up ≈ 3 ms); spawned (a replaced worker), the context's shared array."""
    if context.get_start_method() == "fork":
        import mmap

        board: Any = memoryview(mmap.mmap(-1, 24)).cast("q")
        board[0], board[1], board[2] = -1, -1, 0
        return board
    return context.RawArray("q", [-1, -1, 0])


def at_item(call: int, item: int) -> None:
    """Said by a worker as it begins ``item`` of ``call`` (numbers its caller chose): if the
    worker dies now, its pool knows what it was doing (:meth:`OwnQueues.last_at`)."""
    if _AT:
        _AT[0][0] = call
        _AT[0][1] = item


def how_it_ended(code: int | None) -> tuple[str, str]:
    """A worker's end in words, zh and en: the signal that ended it (its name, and what sends
    it most often) or its exit code."""
    import signal

    if code is None or code >= 0:
        return f"退出码 {code}", f"exit code {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = str(-code)
    if name == "SIGKILL":
        return (
            f"被信号 {name} 结束，常是系统内存不足（OOM）时结束进程",
            f"ended by signal {name}, most often the system ending it for lack of memory",
        )
    if name in ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL", "SIGFPE"):
        return (f"崩溃，信号 {name}", f"crashed, signal {name}")
    return f"被信号 {name} 结束", f"ended by signal {name}"


class OwnQueues:
    """``size`` worker processes of ``context`` (a multiprocessing context), each with its own
    queue of calls: :meth:`submit` to worker ``k``. A worker that died can be replaced
    (:meth:`replace`); :meth:`last_at` says what it was doing when it died."""

    def __init__(self, size: int, context: Any) -> None:
        self.boards: list[Any] = [None] * size  # what each worker is at (_board)
        self.calls: list[Any] = [None] * size  # each worker's reading end, kept: emptied here if it dies
        self.results: list[Any] = [None] * size
        self.processes: list[Any] = [None] * size
        writers = [self._process(k, context) for k in range(size)]
        for process in self.processes:
            process.start()
        for _, writer in writers:
            writer.close()  # the workers' ends
        self.lock = threading.Lock()
        self.waiting: list[dict[int, Future]] = [{} for _ in range(size)]  # each worker's calls
        self.ended = [False] * size
        self.reasons = [""] * size  # why each ended worker ended, said to its calls
        self.numbers = itertools.count()
        self.closed = False
        self.finished = False  # (finish(): the workers told to end once their calls are done)
        self.feeders = [self._feeder(k, call_writer) for k, (call_writer, _) in enumerate(writers)]
        self.retired: list[tuple[Any, _Feeder]] = []  # replaced workers' call pipes and feeders
        self.replaced: list[Any] = []  # replaced workers' processes (ended), closed with the pool
        self.exit_codes: list[int | None] | None = None  # each worker's, once the pool is closed
        wake: tuple[Any, Any] = context.Pipe(duplex=False)  # a worker replaced: look again
        self.wake_reader, self.wake = wake
        self.collector = threading.Thread(target=self._collect, name="kesu-worker-results", daemon=True)
        self.collector.start()

    def _process(self, k: int, context: Any) -> tuple[Any, Any]:
        """Worker ``k``'s process (not started) and pipes: (its calls' writing end, its results'
        writing end, to be closed here once it has started)."""
        reader, call_writer = context.Pipe(duplex=False)
        results, writer = context.Pipe(duplex=False)
        self.calls[k], self.results[k] = reader, results
        self.boards[k] = _board(context)
        self.processes[k] = context.Process(target=_serve, args=(reader, writer, self.boards[k]), daemon=True)
        return call_writer, writer

    def _feeder(self, k: int, writer: Any) -> _Feeder:
        return _Feeder(k, writer, functools.partial(self._unsent, k))

    def submit(self, worker: int, fn: Callable[..., Any], *args: Any) -> Future:
        """``fn(*args)`` in worker ``worker``, after the calls handed to it before."""
        future: Future = Future()
        future.set_running_or_notify_cancel()  # a call handed out is not taken back
        with self.lock:
            if self.finished:
                raise RuntimeError("no call is handed out after finish()")
            if self.ended[worker]:
                future.set_exception(_ended(self.reasons[worker]))
                return future
            ident = next(self.numbers)
            self.waiting[worker][ident] = future
            feeder = self.feeders[worker]
        feeder.put((ident, fn, args))
        return future

    @property
    def cancelled(self) -> bool:
        """Whether the calls not begun are being dropped (``close(cancel=True)``)."""
        return bool(self.boards[0][2])

    def last_at(self, worker: int) -> tuple[int, int]:
        """(call, item) that ``worker`` last said it began (:func:`at_item`); (-1, -1) if none."""
        return self.boards[worker][0], self.boards[worker][1]

    def exit_code(self, worker: int) -> int | None:
        """How ``worker``'s process ended: its exit code, minus the signal that ended it (its
        pipes close a moment before it can be waited for: waited for up to 5 s)."""
        if self.exit_codes is not None:  # (closed: the processes' handles let go)
            return self.exit_codes[worker]
        self.processes[worker].join(5)
        return self.processes[worker].exitcode

    def replace(self, worker: int) -> bool:
        """Start a new process in the place of ``worker``, which has ended: spawned (this
        process runs threads now: a fork would copy their held locks). False if it cannot be
        started (the calls then keep failing as before)."""
        import multiprocessing

        with self.lock:
            if self.finished or not self.ended[worker]:  # (closing: told to end, none to replace)
                return False
        context = multiprocessing.get_context("spawn")
        old = self.calls[worker], self.results[worker], self.processes[worker], self.boards[worker]
        old_feeder = self.feeders[worker]
        try:
            call_writer, writer = self._process(worker, context)
            self.processes[worker].start()
        except Exception:  # no process to be had (no memory, no more processes): go on without
            self.calls[worker], self.results[worker], self.processes[worker], self.boards[worker] = old
            return False
        writer.close()
        old_results = old[1]
        old_feeder.stop()
        self.retired.append((old[0], old_feeder))
        self.replaced.append(old[2])
        old_results.close()
        with self.lock:
            self.feeders[worker] = self._feeder(worker, call_writer)
            self.ended[worker] = False
            self.reasons[worker] = ""
        self.wake.send_bytes(b"")
        return True

    def _unsent(self, worker: int, ident: int, exc: BaseException) -> None:
        """A call to ``worker`` that could not be pickled fails with the cause."""
        with self.lock:
            future = self.waiting[worker].pop(ident, None)
        if future is not None:
            future.set_exception(exc)

    def _collect(self) -> None:
        """Set each call's future as its result comes; a worker gone, the calls it held fail.
        (A worker's end is its process's sentinel: a forked worker holds copies of the other
        workers' pipes, so no pipe ends with the worker that wrote to it.) A worker replaced
        (:meth:`replace`, the wake pipe says so) is waited for in its turn."""
        from multiprocessing.connection import wait

        ends: dict[Any, int] = {}
        readers: dict[Any, int] = {}
        while True:
            with self.lock:
                for k, process in enumerate(self.processes):  # those started (or replaced) since
                    if not self.ended[k] and process.sentinel not in ends:
                        ends[process.sentinel] = k
                        readers[self.results[k]] = k
                if not ends and self.closed:
                    return
            for ready in wait([*readers, *ends, self.wake_reader]):
                if ready is self.wake_reader:
                    self._woken()
                elif ready in readers:
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

    def _woken(self) -> None:
        self.wake_reader.recv_bytes()

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
            future.set_exception(_ended(reason))

    def finish(self) -> None:
        """Tell every worker to end once the calls handed to it are done, without waiting for
        it (:meth:`close` waits): the command goes on with its own work while they end."""
        with self.lock:
            if self.finished:
                return
            self.finished = True
        for feeder in self.feeders:
            feeder.stop()

    def close(self, *, cancel: bool = False) -> None:
        """End the workers once the calls handed to them are done (``cancel``: those not begun
        are dropped, their futures cancelled; the calls under way finish)."""
        with self.lock:
            if self.closed:
                return
            self.closed = True  # (no worker replaced from now on)
        if cancel:
            for board in self.boards:
                board[2] = 1
        self.finish()
        for process in self.processes:
            process.join()
        self.wake.send_bytes(b"")  # the collector, once it has seen every worker end, ends
        self.collector.join()  # after it, every worker that ended is marked ended
        pipes = [
            *self.retired,
            *((r, f) for r, f, ended in zip(self.calls, self.feeders, self.ended) if ended),
        ]
        for reader, feeder in pipes:  # calls left unread: its feeder would wait for ever on a full pipe
            _empty(reader, feeder)
        for feeder in self.feeders:
            feeder.thread.join()
        for reader, feeder in [*self.retired, *zip(self.calls, self.feeders)]:
            feeder.writer.close()
            reader.close()
        for reader in self.results:
            reader.close()
        self.wake.close()
        self.wake_reader.close()
        self.exit_codes = [process.exitcode for process in self.processes]
        for process in [*self.replaced, *self.processes]:  # each holds two pipes to its process
            process.join()  # until the collector found the pool (a reference cycle): closed now
            process.close()
