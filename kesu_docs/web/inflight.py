"""The page's requests under way, counted, so that a stop closes the register only after the
last one has ended: waitress lets a stop wait 5 s for its request threads, and a request still
running after that (a monthly export of a large register, a big zip) used the register the stop
had closed — SQLAlchemy opens it again unasked, and the connection is left to the process's end."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class InFlight:
    """Wraps the application (:meth:`wrap`); :meth:`refuse` as the server starts to stop (a
    request that comes then is answered "server stopping", :attr:`stopping`), :meth:`after_last`
    to run the register's close once the last request under way has ended."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._last: Callable[[], Any] | None = None
        self.stopping = False
        self.ended = threading.Event()  # set once the work :meth:`after_last` was given has run

    def wrap(self, wsgi: Callable[..., Any]) -> Callable[..., Any]:
        def counted(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
            with self._lock:
                self._count += 1
            try:
                body = wsgi(environ, start_response)
            except BaseException:
                self._left()
                raise
            return _Body(body, self._left)

        return counted

    def refuse(self) -> None:
        """No new request is served (each is answered "server stopping" by the page)."""
        with self._lock:
            self.stopping = True

    def under_way(self) -> int:
        with self._lock:
            return self._count

    def after_last(self, work: Callable[[], Any]) -> int:
        """``work`` run now when no request is under way, else by the last one as it ends;
        how many were under way."""
        with self._lock:
            count = self._count
            if count:
                self._last = work
                return count
        self._run(work)
        return 0

    def _left(self) -> None:
        with self._lock:
            self._count -= 1
            work = self._last if self._count == 0 else None
            if work is not None:
                self._last = None
        if work is not None:
            self._run(work)

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            work()
        finally:
            self.ended.set()


class _Body:
    """A response's body, its request under way until the server closes it: a download
    (``send_file``) is sent after the view has returned — the WSGI server closes the body once
    it is sent, or the browser has gone (waitress closes it either way). ``left`` runs once."""

    def __init__(self, body: Iterable[bytes], left: Callable[[], None]) -> None:
        self._body = body
        self._left: Callable[[], None] | None = left
        self._once = threading.Lock()

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._body)

    def close(self) -> None:
        try:
            close = getattr(self._body, "close", None)
            if close is not None:
                close()
        finally:
            with self._once:
                left, self._left = self._left, None
            if left is not None:
                left()
