"""The processes of one run (``--jobs N``), shared by reading and rendering.

A run's workers are started once, before the command's own threads (the progress bar) exist.
The work of each stage (the forms read, the documents rendered) is handed out in parts.

A run that only reads (``kesu parse``, ``validate``: ``share``) is N processes: the command's own
and N - 1 workers. The workers take the parts from the front and the command, whenever it waits
for them, does the parts no worker has from the back (see :meth:`SharedParts.result`): it is
never idle while there is work, and no third process competes with the two on two cores. A
worker that dies costs the file it was reading, said so, and is replaced (:class:`_Share`).
Filing (``kesu render``) keeps N workers beside the command: the command numbers and logs
every document, which leaves it no time for parts of its own (with it doing parts, two jobs
rendered 1,000 documents slower, dev7-jobs). Its workers have a queue each
(:mod:`kesu_docs.worker_queues`): worker k reads part k of every chunk and keeps the records
it read, and each document is rendered by the worker that holds its record — the command
sends it the number, not the record (:func:`kesu_docs.filing._render_routed`). On Linux the workers are forked from the command's process (when it runs no
other thread: a program calling :func:`~kesu_docs.filing.render_paths` from a thread spawns them): they start with
kesu already imported and nothing to compile twice that the command compiled before. Elsewhere
(Windows has no fork; macOS' system libraries do not survive one) they are spawned: each
imports kesu once, in parallel with the command opening its register. Either way a worker
compiles a template once, on first use, and keeps it for every chunk it is given. The command
of ``kesu render`` renders nothing itself: it forks its workers without the renderer (Jinja2)
imported or a template compiled, and each worker loads them after its first forms are read,
while the command opens its register (the workers had nothing to do then: no document is
numbered yet; the command, the run's longest process, does less) — an existing SQLite
register through ``sqlite3`` alone, SQLAlchemy imported only for a new one or a server
(register/lite_writer.py).

``KESU_START_METHOD=spawn`` runs the workers as a Windows PC does, on any system (tests).

>>> with Workers(2) as workers:                                   # doctest: +SKIP
...     workers.parts(sorted, [3, 1, 2, 5, 4]).result()           # [3, 1, 2] and [5, 4]
[1, 2, 3, 4, 5]
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")


def start_method() -> str:
    """``fork`` on Linux in a process running no other thread (a thread's locks would be copied
    held), ``spawn`` otherwise (Windows' only method); ``$KESU_START_METHOD`` overrides."""
    chosen = os.environ.get("KESU_START_METHOD", "")
    if chosen:
        import multiprocessing  # (only then: imported late, a one-job command never loads it)

        if chosen in multiprocessing.get_all_start_methods():
            return chosen
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _start_worker() -> None:
    """A worker leaves Ctrl-C and SIGTERM (sent to the whole group: a terminal, a service
    manager) to the main process, which stops the batch, lets the workers finish the document
    each is writing, and says what was done."""
    import signal

    from . import language
    from .config import said_by_the_command
    from .entry import STOPS

    for stop in STOPS:
        signal.signal(stop, signal.SIG_IGN)
    said_by_the_command()  # (KESU_CONFIG=none: said once a command, by the command)
    language.said_by_the_command()  # (KESU_LANG=fr: the same)
    _end_with_the_command()
    _own_share()
    if gc.get_freeze_count():  # forked from a frozen command (Workers): frozen for good here
        from .parse.reading import keep_frozen

        keep_frozen()
        _FORKED_FROZEN[0] = True


_FORKED_FROZEN = [False]
"""In a worker forked from a frozen command: what :func:`_warm` imports here is frozen too."""


AUTOGROUPS = "/proc/sys/kernel/sched_autogroup_enabled"


def _own_share() -> None:
    """On Linux, a worker starts a session of its own when the kernel shares the processor
    between sessions (``sched_autogroup_enabled``, on in most distributions' kernels): then the
    processes of one session, however many, get one session's share of a busy machine, so the
    command and its workers took what one job takes — with any other session busy, ``--jobs 2``
    rendered 1,000 documents no faster than one job (0.68–0.99x in bench/jobs_bench.py, where
    the CPU time allowed 1.4–1.9x). In a session of its own each worker gets its share, as a
    second command in a second terminal would. Not when the command was started with ``nice``
    (its user asked it to yield: its workers stay in its session). The worker is still the
    command's child: it ends when the command ends (:func:`_end_with_the_command`, a kill of
    the command's process group included), and it ignores the terminal's Ctrl-C as before; the
    terminal's Ctrl-Z stops the command alone (a worker makes the calls it was handed, then waits)."""
    if not sys.platform.startswith("linux") or os.nice(0) > 0:
        return
    try:
        with open(AUTOGROUPS, encoding="ascii") as setting:
            if setting.read().strip() != "1":
                return
        os.setsid()
    except OSError:  # no such setting (another kernel), or a session leader already
        return


def _end_with_the_command() -> None:
    """End this worker when the command's process is gone (killed by SIGKILL, the task manager,
    a crash): waiting on the pool's queue it would wait for ever, an orphan holding the
    caller's pipes and its memory. ``parent_process().sentinel`` is multiprocessing's handle
    that becomes ready when the parent ends (fork and spawn alike); what this worker was
    writing is a ``.part`` file the next run removes, as after any kill."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="kesu-parent-watch", daemon=True).start()


def _warm(layouts: bool = True, rendering: bool = True, renderer: bool = True) -> int:
    """What every worker needs, imported while the command does its own start-up.

    Forked, the command imports it once before the workers exist (what two workers would
    each import on their first file, a one-job run imports once too): the forms' index (a
    form's module is imported when a form of its kind is read or rendered, as in a one-job
    run: ``kesu parse`` reads its first file before the fork), the readers of JSON and, unless the batch has no file
    but JSON (``layouts`` False: the command itself would import them for nothing), of Excel,
    and the layout profiles' reader when there are profiles (a tenth of the reader's code:
    ≈ 32 M instructions from its bytecode, 2.5 % of a two-job parse's start-up before the fork,
    and ≈ 370 M where the bytecode is not written; one job without profiles never loads it); the
    renderer and filing, unless the run only reads
    (``rendering`` False: ``kesu parse``, ``kesu validate``), where they would be imported
    before the fork for nothing, while nothing runs beside the command.

    Every form's module (``forms.all_specs()``, ≈ 116 M instructions) only for a batch with
    a layout (the Excel and PDF readers look at every form's labels, in each worker else): a
    batch of JSON records filed in one job loads no form but its own since the twentieth
    round, and with every form loaded here two jobs cost that much more CPU than one.

    ``renderer`` False (the command of ``kesu render``, before it forks workers that each have
    a queue: it numbers and logs, they render): the renderer and Jinja2 are left to each
    worker, which imports them as its first call (:class:`Workers`) and compiles its first
    template after its first part of reading (``filing._read_part``), while the command
    imports SQLAlchemy and opens its register — time the workers otherwise sat idle, with
    nothing numbered to render (twenty-fifth round: the command was the longest process)."""
    from . import forms, parse  # noqa: F401
    from .parse import jsonfile  # noqa: F401

    if rendering:
        from . import filing  # noqa: F401

        if renderer:
            from .render import renderer as _renderer  # noqa: F401
    if layouts:
        from .config import has_profiles
        from .parse import excel  # noqa: F401

        if has_profiles():  # (read_by_profile's: a one-job run without profiles never loads it)
            from .parse import profile  # noqa: F401
        if rendering:
            forms.all_specs()
    if _FORKED_FROZEN[0]:  # (the renderer, imported here after the fork: out of the collector's
        gc.freeze()  # passes, as what the command imported before it is)
    return os.getpid()


READ_PART = 4
"""Files a part of ``kesu parse`` / ``validate`` at most (a filled Excel form takes ≈ 3 ms to
read: the two processes' last parts differ by a few of them, at 200 forms as at 1,000)."""

RENDER_PART = 32
"""Documents a part of filing's rendering at most (≈ 0.5 ms to render one: a part is worth more
than what handing it over costs, and the batch's last parts leave one worker waiting for the
other a few milliseconds at most)."""


def split(items: Sequence[T], parts: int) -> list[Sequence[T]]:
    """``items`` in at most ``parts`` runs of nearly equal length, in order."""
    size = max(1, -(-len(items) // max(1, parts)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def tapered(items: Sequence[T], parts: int) -> list[Sequence[T]]:
    """``items`` cut for workers that take parts from the front while the command takes them
    from the back (``share``): the front half as :func:`split` cuts the whole into ``parts``,
    the back half one item a part. The two meet in the back half (the command, which also
    starts the run and takes in every result, reads less than half), so the last part a worker
    holds when the command finds none left is one item, not ``READ_PART``: at 200 forms the
    command waited ≈ 1.5 parts of 4 forms for the worker at the end (twenty-sixth round)."""
    front = len(items) // 2
    size = max(1, -(-len(items) // max(1, parts)))
    return [items[i : min(i + size, front)] for i in range(0, front, size)] + [
        items[i : i + 1] for i in range(front, len(items))
    ]


class Parts(Generic[R]):
    """Work handed to workers with a queue each (``kesu render``: :meth:`Workers.parts`,
    :meth:`Workers.gathered`); :meth:`result` is every part's results joined, in order."""

    def __init__(
        self,
        futures: list[Future],
        on_part: Callable[[list[R]], None] | None = None,
        order: list[int] | None = None,
        again: Callable[[int], list[R]] | None = None,
    ) -> None:
        self.futures = futures
        self.order = order  # where each item of the parts joined goes (Workers.gathered)
        self.on_part = on_part
        self.again = again  # a part whose worker died: done again (Workers.again), else raised

    def result(self) -> list[R]:
        """Every part's results, in order, once all are done; ``on_part`` called once per part.
        A part whose worker died is done again by ``again(index)`` when given."""
        from concurrent.futures import wait

        wait(self.futures)
        out: list[R] = []
        for index, future in enumerate(self.futures):
            try:
                part = future.result()
            except Exception as exc:
                if self.again is None or not _Share._died(exc):
                    raise
                part = self.again(index)
            if self.on_part is not None:
                self.on_part(part)
            out += part
        if self.order is None:
            return out
        placed: list[Any] = [None] * len(out)
        for item, place in zip(out, self.order):
            placed[place] = item
        return placed


AHEAD = 2
"""Parts a worker of ``kesu parse`` / ``validate`` holds at most: the one it reads and the next,
already in its pipe (it never waits for a hand-over between two parts). The others wait in the
command for a worker that has finished one, or for the command itself, which does them from the
back (:meth:`SharedParts.result`): at the batch's end no worker holds more than it can finish
while the command finishes its own last part."""

RETRIES = 3
"""How often a part is handed out again after its worker died at it but not at one of its items
(sending its results): then each of its items is lost (:func:`after_death`)."""

DEATHS = 16
"""Workers that may die in one run before no more is started in their place: the parts they held
are then lost (a part that kills every worker before it begins, say as its call is read)."""


Said = tuple[tuple[str, str], bool]
"""Why an item of a part was not done: how its worker ended (zh, en), and whether it was tried
(False: no worker was left to try it, ``worker_none_left``)."""


def ended_at(code: int | None) -> Said:
    """An item its worker died at: how that worker ended."""
    from .worker_queues import how_it_ended

    return how_it_ended(code), True


def after_death(skipped: dict[int, Said], retries: int, blamed: tuple[int, int | None] | None) -> int | None:
    """The one rule for a part whose worker died, ``kesu parse``'s and ``kesu render``'s alike
    (:meth:`_Share._again`, :meth:`Workers.again`). ``blamed``: (the item the worker said it
    was at, how it ended) when it died at this part's call; that item is lost (``skipped``) and
    the others are done again, in one call, by a worker in its place — a death costs the one
    item, never a second death to find it (each item tried again alone killed a second worker
    for a file that always kills one, and spent one hand-over an item). At item -1 (sending its
    results, or reading the call before its first item: no item to blame) the part is done
    again whole, :data:`RETRIES` times at most. ``blamed`` None: the worker died at another
    part's call (``kesu parse``'s shared parts: it held this one too, not begun): done again as
    it was. The part's retries now; None: given up (its items not done lost)."""
    if blamed is None:
        return retries
    item, end = blamed
    if item >= 0:
        skipped[item] = ended_at(end)
        return retries
    return None if retries + 1 > RETRIES else retries + 1


def _said_lost(lost: Callable[..., list[R]], item: Any, said: Said) -> list[R]:
    """``lost(item, how)`` for an item tried, ``lost(item, how, False)`` for one no worker was
    left to try (``worker_none_left``)."""
    how, tried = said
    return lost(item, how) if tried else lost(item, how, False)


def _items(
    call: int,
    fn: Callable[..., list[R]],
    piece: Sequence[Any],
    args: tuple,
    skip: frozenset,
    per_part: Callable[[], contextlib.AbstractContextManager[Any]] | None,
) -> list:
    """In a worker: ``fn([item], *args)`` for each item of ``piece`` but those in ``skip`` (None in
    their place), each item said begun first (:func:`~kesu_docs.worker_queues.at_item`): if this
    worker dies, the command knows which item it was on, says that one could not be done and has
    the others done again. ``fn`` must give for a part what it gives for each item, joined.
    ``per_part()``: a context the items are done in, entered once for the part (what ``fn`` sets
    up for the items it is given, looked up once a part rather than once an item)."""
    from .worker_queues import at_item

    out: list = []
    with per_part() if per_part is not None else contextlib.nullcontext():
        for i, item in enumerate(piece):
            if i in skip:
                out.append(None)
                continue
            at_item(call, i)
            out.append(fn([item], *args))
    at_item(call, -1)  # (dying now, sending the results: no item is to blame)
    return out


class Deaths:
    """The deaths of a run's workers, each counted once, by whichever of the run's parts comes
    to it first (:meth:`Workers.alive`, ``kesu render``'s; :meth:`_Share._again`, ``kesu
    parse``'s): how the last one ended, how many died, which could not be replaced."""

    def __init__(self, own: Any) -> None:
        self.own = own
        self.gone = [False] * len(own.processes)  # died and not replaced: DEATHS reached, or none started
        self.deaths = 0
        self.last_end: int | None = None  # how the last worker to die ended

    def seen(self, worker: int) -> bool:
        """If ``worker`` has ended and its death is not counted yet: counted, how it ended kept,
        a new process started in its place (:meth:`OwnQueues.replace`), :data:`DEATHS` at
        most in a run; True then."""
        if not self.own.ended[worker] or self.gone[worker]:
            return False
        self.last_end = self.own.exit_code(worker)
        self.deaths += 1
        self.gone[worker] = self.deaths > DEATHS or not self.own.replace(worker)
        return True


class _Share:
    """How the parts of ``kesu parse`` / ``validate`` are handed out (``share``): each worker has
    :data:`AHEAD` parts at most, the rest wait here; a worker's finished part brings it the next.

    A worker that dies (killed by the system for lack of memory, a crash in a library's C code,
    ``os._exit``) loses only the item it was reading: that one is said lost (its worker's exit
    code or signal), a new worker is started in its place, and the parts it held go to a worker
    again, that item skipped — never to the command, which would die of it too."""

    def __init__(self, own: Any, dead: Deaths, calls: Iterator[int]) -> None:
        from collections import deque

        self.own = own
        self.dead = dead
        self.lock = threading.Condition(threading.RLock())
        self.pending: deque[tuple[SharedParts[Any], int]] = deque()  # no worker has them, oldest first
        self.held = [0] * len(own.processes)
        self.calls = calls  # the pool's numbers of the calls whose items are said (at_item)
        self.died_at: dict[int, tuple[int, int | None]] = {}  # a dead worker's call: its item, its end

    def add(self, parts: SharedParts[Any]) -> None:
        with self.lock:
            self.pending.extend((parts, index) for index in range(len(parts.pieces)))
            self._feed()

    def _feed(self) -> None:
        """Each worker alive given parts from the front up to :data:`AHEAD` (lock held).

        The count of parts a worker holds is read from :attr:`held` at each turn, and each
        call's handling (:meth:`_done`) is attached once every worker has been given its parts:
        a call may fail as it is handed over (its worker died since the look at ``ended``), and
        its handling then runs at once, here — it hands the part to the new worker (a
        :meth:`_feed` of its own), which a count kept across it would overwrite."""
        handed: list[tuple[Future, Callable[[Future], None]]] = []
        for worker in range(len(self.held)):
            while self.held[worker] < AHEAD and self.pending and not self.own.ended[worker]:
                parts, index = self.pending.popleft()
                call = next(self.calls)
                self.held[worker] += 1
                future = self.own.submit(
                    worker,
                    _items,
                    call,
                    parts.fn,
                    parts.pieces[index],
                    parts.args,
                    frozenset(parts.skipped[index]),
                    parts.per_part,
                )
                handed.append((future, functools.partial(self._done, worker, parts, index, call)))
        for future, done in handed:
            future.add_done_callback(done)
        if all(self.dead.gone):  # no worker left to give a part that killed one: its items are lost
            for parts, index in [entry for entry in self.pending if entry[1] in entry[0].suspect]:
                self.pending.remove((parts, index))
                parts.give_up(index, (none_left(self.dead.deaths), False))

    def _done(self, worker: int, parts: SharedParts[Any], index: int, call: int, future: Future) -> None:
        with self.lock:
            self.held[worker] -= 1
            exc = future.exception()
            if exc is not None and self._died(exc):
                self._again(worker, parts, index, call)
            else:
                parts.done[index] = future
            self._feed()
            self.lock.notify_all()

    @staticmethod
    def _died(exc: BaseException) -> bool:
        from concurrent.futures.process import BrokenProcessPool  # (a death's only: imported then)

        return isinstance(exc, BrokenProcessPool)

    def _again(self, worker: int, parts: SharedParts[Any], index: int, call: int) -> None:
        """``worker`` died holding this part: the item it was reading is lost, the rest go to a
        worker again (the first part of a death to come here starts the new worker)."""
        at, item = self.own.last_at(worker)  # (read before a new worker takes its place)
        if self.dead.seen(worker):
            # at an item of a call (said by at_item): that call's item is to blame, whichever of
            # the dead worker's calls comes here first (their failures come in no set order);
            # at none (between calls: reading the next, a record that kills its worker as it is
            # unpickled): no item to blame, this part is tried again counted against RETRIES, as
            # render's (Workers.again) — not handed out until no worker is left for any other part
            if item >= 0:
                self.died_at[at] = (item, self.dead.last_end)
            else:
                self.died_at[call] = (-1, self.dead.last_end)
        retries = after_death(parts.skipped[index], parts.retries[index], self.died_at.pop(call, None))
        if retries is None:
            parts.give_up(index, ended_at(self.dead.last_end))
            return
        parts.retries[index] = retries
        parts.suspect.add(index)
        self.pending.appendleft((parts, index))

    def take_last(self, parts: SharedParts[Any]) -> int | None:
        """The last part of ``parts`` no worker has, taken for the command (not one a worker
        died holding); None if there is none."""
        with self.lock:
            for at in range(len(self.pending) - 1, -1, -1):
                held, index = self.pending[at]
                if held is parts and index not in parts.suspect:
                    del self.pending[at]
                    return index
        return None

    def close(self) -> None:
        with self.lock:
            self.pending.clear()


class SharedParts(Generic[R]):
    """The parts of ``kesu parse`` / ``validate`` (:class:`_Share`); :meth:`result` is every
    part's results joined, in order, an item that killed its worker given by ``lost``."""

    def __init__(
        self,
        share: _Share,
        fn: Callable[..., list[R]],
        pieces: list[Sequence[Any]],
        args: tuple,
        on_part: Callable[[list[R]], None] | None,
        others: list[Any],
        lost: Callable[..., list[R]] | None,
        per_part: Callable[[], contextlib.AbstractContextManager[Any]] | None = None,
    ) -> None:
        self.share, self.fn, self.pieces, self.args = share, fn, pieces, args
        self.on_part, self.lost, self.per_part = on_part, lost, per_part
        self.done: dict[int, Future] = {}  # each part's results, as it is done
        self.skipped: list[dict[int, Said]] = [{} for _ in pieces]  # items lost: why each
        self.retries = [0] * len(pieces)
        self.suspect: set[int] = set()  # parts a worker died holding: for workers only
        self.others = others
        others.append(self)
        share.add(self)

    def give_up(self, index: int, said: Said) -> None:
        """Every item of part ``index`` not done is lost, ``said`` why (lock held); an item its
        worker died at keeps its own words."""
        from concurrent.futures import Future

        for i in range(len(self.pieces[index])):
            self.skipped[index].setdefault(i, said)
        done: Future = Future()
        done.set_result([None] * len(self.pieces[index]))
        self.done[index] = done

    def _take_last(self) -> bool:
        """Do here the last part no worker has; False when there is none."""
        from concurrent.futures import Future

        index = self.share.take_last(self)
        if index is None:
            return False
        done: Future = Future()
        try:
            done.set_result([self.fn(self.pieces[index], *self.args)])  # (one item's worth: the part)
        except Exception as exc:  # raised by result(), as a worker's part would be
            done.set_exception(exc)
        with self.share.lock:
            self.done[index] = done
        return True

    def result(self) -> list[R]:
        """Every part's results, in order; ``on_part`` called once per part.

        While it waits, this process does the parts no worker has, from the last one back (the
        workers take them from the first), then those of the run's other work handed out,
        newest first; it never does a part a worker died holding."""
        try:
            while True:
                if self._take_last() or any(
                    other._take_last() for other in reversed(self.others) if other is not self
                ):
                    continue
                with self.share.lock:
                    if len(self.done) == len(self.pieces):
                        break
                    self.share.lock.wait(0.5)  # a part done, or one handed back
        finally:
            if self in self.others:
                self.others.remove(self)
        out: list[R] = []
        for index in range(len(self.pieces)):
            part: list[R] = []
            for i, made in enumerate(self.done[index].result()):
                part += self._lost(self.pieces[index][i], self.skipped[index][i]) if made is None else made
            if self.on_part is not None:
                self.on_part(part)
            out += part
        return out

    def _lost(self, item: Any, said: Said) -> list[R]:
        from concurrent.futures.process import BrokenProcessPool

        if self.lost is None:
            raise BrokenProcessPool(f"the worker doing {item!r} ended ({said[0][1]})")
        return _said_lost(self.lost, item, said)


HAND_OVER_S = 0.0005
"""The interpreter's switch interval while a pool is open (Python's default: 5 ms).

A call handed to a worker is written to its pipe by a thread of the command (the pool's feeder,
:mod:`kesu_docs.worker_queues`), and a result is taken
in by another: each needs the interpreter's lock, which the command's own thread, busy numbering
the next chunk (``kesu render``) or reading a part itself (``kesu parse``), gives up only when
forced, after the switch interval. So the workers waited for their next calls while the command
worked: a call's hand-over took a median 25–44 ms with the command busy (5 ms at best on an idle
machine, as often as calls are handed out), 4–5 ms at 0.5 ms (load 16, two runs each way:
``python bench/hand_over_bench.py``). A forced switch costs a few microseconds, and
only when another thread is waiting for the lock."""

_INTERVALS = threading.Lock()
_OPEN_POOLS: list[float] = []  # the interval before the first pool still open (one per open pool)


def _quick_hand_over() -> None:
    """While any pool is open, the switch interval is :data:`HAND_OVER_S` at most."""
    with _INTERVALS:
        before = _OPEN_POOLS[0] if _OPEN_POOLS else sys.getswitchinterval()
        _OPEN_POOLS.append(before)
        sys.setswitchinterval(min(before, HAND_OVER_S))


def _usual_hand_over() -> None:
    """A pool closed: the interval as it was once the last pool open is closed."""
    with _INTERVALS:
        if _OPEN_POOLS:
            before = _OPEN_POOLS.pop()
            if not _OPEN_POOLS:
                sys.setswitchinterval(before)


def none_left(deaths: int) -> tuple[str, str]:
    """Why an item was not done, zh and en, when no worker was left to do it."""
    return (
        f"工作进程已停止 {deaths} 次，不再启动新的进程",
        f"after {deaths} worker deaths no more are started",
    )


class Workers:
    """A pool of workers for one run, started at once, closed on exit, each with its own queue
    (:mod:`kesu_docs.worker_queues`): ``jobs - 1`` of them when this process does its ``share``
    of the parts (:class:`SharedParts`: handed to whichever worker has finished its own), else
    ``jobs`` (:meth:`to`: part k to worker k).

    On an exception (Ctrl-C) the parts not started are dropped and the ones under way are
    finished (a document being written is written whole), then the exception goes on.
    """

    def __init__(
        self,
        jobs: int,
        *,
        layouts: bool = True,
        rendering: bool = True,
        share: bool = False,
        before_fork: Callable[[], object] | None = None,
    ) -> None:
        import multiprocessing

        from .config import say_no_settings_once

        self.jobs = jobs
        self.share = share
        self.ahead: Any = None  # work begun before its caller was ready for it (filing.read_ahead)
        self.handed_out: list[SharedParts[Any]] = []  # the work not yet collected (SharedParts.result)
        method = start_method()
        say_no_settings_once()  # (KESU_CONFIG=none said by the command now, its workers never say it)
        if method == "fork":  # imported once, here, rather than once in each worker
            _warm(layouts, rendering, renderer=share)  # (a command that renders nothing: not the renderer)
            if before_fork is not None:  # what else every worker would do once (a template compiled)
                before_fork()
            gc.freeze()  # what is imported stays shared with the workers (no copy on collection)
        helpers = max(1, jobs - 1) if share else jobs  # sharing, this process does parts too
        context = multiprocessing.get_context(method)
        self.own: Any = None  # worker_queues.OwnQueues: a queue each
        self.shares: _Share | None = None  # share: the parts handed out as workers finish theirs
        try:
            from .worker_queues import OwnQueues

            self.own = OwnQueues(helpers, context)  # every worker started before its threads
            self.dead = Deaths(self.own)
            self.calls = itertools.count()  # each call whose items are said (_items), numbered
            for k in range(helpers):  # (its result, the worker's pid, is not needed)
                self.own.submit(k, _warm, layouts, rendering)
            if share:
                self.shares = _Share(self.own, self.dead, self.calls)
        finally:
            if method == "fork":
                gc.unfreeze()  # this process collects as before; the workers keep their frozen copy
        self._open = True
        _quick_hand_over()

    @property
    def deaths(self) -> int:
        """How many of the run's workers died (:class:`Deaths`), and once the pool is closed,
        those that died as it closed (Ctrl-C: each finishing the document it was writing), whose
        death no part came to: what they left (a ``.part`` file) is cleaned as after any death
        (``filing._Batch._after_deaths``)."""
        if self._open or self.own is None:
            return self.dead.deaths
        late = [
            k
            for k in range(len(self.own.processes))
            if self.own.exit_code(k) not in (0, None) and not self.dead.gone[k]
        ]
        return self.dead.deaths + len(late)

    @property
    def routes(self) -> bool:
        """Whether the parts of a worker are its own to keep (:meth:`to`, filing's reading and
        rendering), rather than handed to whichever worker is free (``share``)."""
        return self.shares is None

    def to(self, worker: int, fn: Callable[..., R], *args: Any) -> Future:
        """``fn(*args)`` in worker ``worker`` (0 … ``jobs`` - 1), after the calls sent to it before."""
        return self.own.submit(worker, fn, *args)

    def worker_of(self, held: tuple[int, str, int]) -> int | None:
        """The worker that keeps the record ``held`` names (``filing.worker_token``: its process's id
        and name, a key), None when no worker alive does: no worker of this pool, or one that
        died (what it kept died with it). The name tells a worker started in a dead one's place
        from the dead one even when the system gave it the same pid."""
        pid, name = held[0], held[1]
        for k, process in enumerate(self.own.processes):  # (a replaced worker's new process too)
            if process.pid == pid and process.name == name:
                return None if self.own.ended[k] else k
        return None

    def gathered(
        self,
        futures: list[Future],
        order: list[int],
        on_part: Callable[[list[R]], None] | None = None,
        again: Callable[[int], list[R]] | None = None,
    ) -> Parts[R]:
        """The results of ``futures`` (each a list), item ``j`` of them all joined being item
        ``order[j]`` of :meth:`Parts.result`; ``again(index)``: future ``index``'s part done
        again when its worker died (:meth:`again`)."""
        return Parts(futures, on_part, order, again)

    def alive(self, worker: int) -> int | None:
        """A worker to hand work to after ``worker`` died (``kesu render``'s workers, each with
        its queue): ``worker`` itself, replaced by a new process (:meth:`OwnQueues.replace`,
        once a death, :data:`DEATHS` at most in a run), else another worker still alive; None
        when none is. Its death is counted once (:class:`Deaths`)."""
        own = self.own
        self.dead.seen(worker)
        if not own.ended[worker]:
            return worker
        return next((k for k in range(len(own.processes)) if not own.ended[k]), None)

    def again(
        self,
        worker: int,
        fn: Callable[..., list[R]],
        items: Sequence[Any],
        args: tuple,
        lost: Callable[..., list[R]],
    ) -> list[R]:
        """A part ``fn(items, *args)`` whose worker died (``kesu render``'s reading or
        rendering), done again by the worker in its place (:meth:`alive`) under the rule of
        every part whose worker died (:func:`after_death`): in one call, each item said as it
        is begun (:func:`_items`), so that a worker dying at it loses that item alone,
        ``lost(item, (zh, en), True)`` with how it ended, and the others are done again. When
        no worker is left (:data:`DEATHS` reached, or none could be started), the items not done
        are ``lost(item, (zh, en), False)``, the words saying after how many deaths: not the
        kill of an earlier item, which nothing says they caused. The command does not do them
        itself: one of them may be what killed the workers, and the command's death would end
        the whole batch."""
        skipped: dict[int, Said] = {}
        retries = 0
        made: list[Any] = [None] * len(items)
        while True:
            target = self.alive(worker)
            if target is None:
                for i in range(len(items)):
                    skipped.setdefault(i, (none_left(self.dead.deaths), False))
                break
            worker, call = target, next(self.calls)
            try:
                made = self.to(target, _items, call, fn, items, args, frozenset(skipped), None).result()
                break
            except Exception as exc:
                if not _Share._died(exc):
                    raise
            at, item = self.own.last_at(target)  # (read before a new worker takes its place)
            self.alive(target)  # (counted, its place taken: how it ended is known)
            # died before it said this call's first item (reading the call: a record that kills
            # its worker as it is unpickled): no item to blame, the part is tried again, counted
            # against RETRIES — not again and again until no worker is left for any other part
            now = after_death(skipped, retries, (item if at == call else -1, self.dead.last_end))
            if now is None:
                for i in range(len(items)):
                    skipped.setdefault(i, ended_at(self.dead.last_end))
                break
            retries = now
        out: list[R] = []
        for i, done in enumerate(made):
            out += _said_lost(lost, items[i], skipped[i]) if done is None else done
        return out

    def parts(
        self,
        fn: Callable[..., list[R]],
        items: Sequence[Any],
        *args: Any,
        on_part: Callable[[list[R]], None] | None = None,
        per_worker: int = 1,
        most: int = 0,
        lost: Callable[..., list[R]] | None = None,
        per_part: Callable[[], contextlib.AbstractContextManager[Any]] | None = None,
    ) -> Parts[R] | SharedParts[R]:
        """``fn(part, *args)`` for ``items`` cut into ``jobs * per_worker`` parts (more, if
        needed, so that none has more than ``most`` items), handed to the workers now; those
        none has when this process waits are done here, sharing (:meth:`SharedParts.result`).

        Small parts keep the two processes' shares even: a worker holds :data:`AHEAD` parts at
        most, so the last parts decide who waits (sharing, the back half is cut one item a
        part: :func:`tapered`).
        Workers with a queue each (not ``share``) are given part k by worker k % ``jobs``; given
        ``lost``, a part whose worker died is done again (:meth:`again`, :func:`after_death`).
        Sharing, a worker reads each item of a part by itself (``fn([item], *args)``): an item
        that kills its worker is given by ``lost(item, (zh, en))``, the words of how the worker
        ended (:class:`_Share`); without ``lost``, :meth:`SharedParts.result` raises
        ``BrokenProcessPool``. ``per_part`` (sharing): a context a worker enters once around the
        items of a part, for what ``fn`` would set up again for each item
        (:func:`~kesu_docs.parse.reading.reading_batch`: the settings and the profiles folder
        looked up once a part)."""
        parts = max(self.jobs * per_worker, -(-len(items) // most) if most else 0)
        if self.shares is not None:
            pieces = tapered(items, parts)
            return SharedParts(self.shares, fn, pieces, args, on_part, self.handed_out, lost, per_part)
        pieces = split(items, parts)
        # part k to worker k (filing's reading: see filing._read_part)
        futures = [self.to(k % self.jobs, fn, piece, *args) for k, piece in enumerate(pieces)]
        again = None
        if lost is not None:  # a part whose worker died: done again (again)

            def again(index: int) -> list[R]:
                return self.again(index % self.jobs, fn, pieces[index], args, lost)

        return Parts(futures, on_part, again=again)

    def finish(self) -> None:
        """No more work will be handed out: the workers end as soon as theirs is done, while
        this process goes on (the checks of ``kesu parse``); :meth:`close` then waits for them."""
        self.own.finish()

    def close(self, *, cancel: bool = False) -> None:
        try:
            if self.shares is not None:
                self.shares.close()  # (the parts no worker has: dropped)
            self.own.close(cancel=cancel)
        finally:
            if self._open:
                self._open = False
                _usual_hand_over()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        self.close(cancel=kind is not None)


@contextlib.contextmanager
def pool_for_run(
    jobs: int,
    *,
    worth_it: bool = True,
    layouts: bool = True,
    rendering: bool = True,
    share: bool = False,
    before_fork: Callable[[], object] | None = None,
) -> Iterator[Workers | None]:
    """The run's :class:`Workers` while the ``with`` block runs, or None for a one-job run (or
    one not ``worth_it``: too few files to share); closed on leaving, the parts not started
    dropped when the block ends in an exception (Ctrl-C, a register that cannot be opened).
    ``layouts`` False: the batch has no file but JSON; ``rendering`` False: the run only reads
    (see :func:`_warm`); ``share``: this process does parts too (see :class:`Workers`);
    ``before_fork``: called here once the imports are done, when the workers are forked (not
    when spawned): what it leaves in memory (a compiled template) every worker starts with.

    The pool is started on entering: before the register's connections and the progress bar's
    thread exist, so that the workers are forked from a process that holds neither."""
    if jobs <= 1 or not worth_it:
        yield None
        return
    with Workers(jobs, layouts=layouts, rendering=rendering, share=share, before_fork=before_fork) as workers:
        yield workers
