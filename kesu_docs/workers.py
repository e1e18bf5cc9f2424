"""The processes of one run (``--jobs N``), shared by reading and rendering.

A run starts its workers once, before its own threads (the progress bar) exist, and gives them every stage: the forms are read in them, the documents
rendered in them. On Linux the workers are forked from the command's process (when it runs no
other thread: a program calling :func:`~kesu_docs.filing.render_paths` from a thread spawns them): they start with
kesu already imported and nothing to compile twice that the command compiled before. Elsewhere
(Windows has no fork; macOS' system libraries do not survive one) they are spawned: each
imports kesu once, in parallel with the command opening its register. Either way a worker
compiles a template once, on first use, and keeps it for every chunk it is given.

``KESU_START_METHOD=spawn`` runs the workers as a Windows PC does, on any system (tests).

>>> with Workers(2) as workers:                                   # doctest: +SKIP
...     workers.parts(sorted, [3, 1, 2, 5, 4]).result()           # [3, 1, 2] and [5, 4]
[1, 2, 3, 4, 5]
"""

from __future__ import annotations

import contextlib
import gc
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
    """A worker leaves Ctrl-C to the main process, which stops the batch and says what was done."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm(layouts: bool = True, rendering: bool = True) -> int:
    """What every worker needs, imported while the command does its own start-up.

    Forked, the command imports it once before the workers exist (what two workers would
    each import on their first file, a one-job run imports once too): the forms, the readers
    of JSON and, unless the batch has no file but JSON (``layouts`` False: the command
    itself would import them for nothing), of Excel through the layout profiles; the renderer
    and filing, unless the run only reads (``rendering`` False: ``kesu parse``, ``kesu
    validate``), where they would be imported before the fork for nothing, while nothing runs
    beside the command."""
    from . import forms, parse  # noqa: F401
    from .parse import jsonfile  # noqa: F401

    if rendering:
        from . import filing, render  # noqa: F401
        from .render import renderer  # noqa: F401
    forms.all_specs()  # every form's module (the command loads them too, to check and number)
    if layouts:
        from .parse import excel, profile  # noqa: F401
    return os.getpid()


def split(items: Sequence[T], parts: int) -> list[Sequence[T]]:
    """``items`` in at most ``parts`` runs of nearly equal length, in order."""
    size = max(1, -(-len(items) // max(1, parts)))
    return [items[i : i + size] for i in range(0, len(items), size)]


class Parts(Generic[R]):
    """Work handed out in parts; :meth:`result` is every part's results joined, in order."""

    def __init__(self, futures: list[Future], on_part: Callable[[list[R]], None] | None = None) -> None:
        self.futures = futures
        self.on_part = on_part

    def result(self) -> list[R]:
        out: list[R] = []
        for future in self.futures:
            part = future.result()
            out += part
            if self.on_part is not None:
                self.on_part(part)
        return out


class Workers:
    """A pool of ``jobs`` worker processes for one run; started at once, closed on exit.

    On an exception (Ctrl-C) the parts not started are dropped and the ones under way are
    finished (a document being written is written whole), then the exception goes on.
    """

    def __init__(self, jobs: int, *, layouts: bool = True, rendering: bool = True) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.jobs = jobs
        self.ahead: Any = None  # work begun before its caller was ready for it (filing.read_ahead)
        method = start_method()
        if method == "fork":  # imported once, here, rather than once in each worker
            _warm(layouts, rendering)
            gc.freeze()  # what is imported stays shared with the workers (no copy on collection)
        self.pool = ProcessPoolExecutor(
            max_workers=jobs, initializer=_start_worker, mp_context=multiprocessing.get_context(method)
        )
        try:
            # the first submit starts every worker (forked here and now, before any thread of ours)
            self._warm = [self.pool.submit(_warm, layouts, rendering) for _ in range(jobs)]
        finally:
            if method == "fork":
                gc.unfreeze()  # this process collects as before; the workers keep their frozen copy

    def parts(
        self,
        fn: Callable[..., list[R]],
        items: Sequence[Any],
        *args: Any,
        on_part: Callable[[list[R]], None] | None = None,
        per_worker: int = 1,
    ) -> Parts[R]:
        """``fn(part, *args)`` for ``items`` cut into ``jobs * per_worker`` parts, started now."""
        futures = [self.pool.submit(fn, part, *args) for part in split(items, self.jobs * per_worker)]
        return Parts(futures, on_part)

    def close(self, *, cancel: bool = False) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        self.close(cancel=kind is not None)


@contextlib.contextmanager
def pool_for_run(
    jobs: int, *, worth_it: bool = True, layouts: bool = True, rendering: bool = True
) -> Iterator[Workers | None]:
    """The run's :class:`Workers` while the ``with`` block runs, or None for a one-job run (or
    one not ``worth_it``: too few files to share); closed on leaving, the parts not started
    dropped when the block ends in an exception (Ctrl-C, a register that cannot be opened).
    ``layouts`` False: the batch has no file but JSON; ``rendering`` False: the run only reads
    (see :func:`_warm`).

    The pool is started on entering: before the register's connections and the progress bar's
    thread exist, so that the workers are forked from a process that holds neither."""
    if jobs <= 1 or not worth_it:
        yield None
        return
    with Workers(jobs, layouts=layouts, rendering=rendering) as workers:
        yield workers
