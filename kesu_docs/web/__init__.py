"""The page for clerks: ``kesu serve`` — check, file, print, the register and the manager's
view in a browser on the clerk's PC (or one PC on the office LAN).

>>> from kesu_docs.web import WebConfig, create_app          # doctest: +SKIP
>>> app = create_app(WebConfig(db="kesu.db", work=Path("kesu-web")))  # doctest: +SKIP

Flask for the pages, waitress as the server (pure Python, runs on Windows as a service),
argon2 for passwords, Flask-WTF for CSRF tokens. Every asset is served from this package.
"""

from __future__ import annotations

import functools
import logging
import time
from typing import Any

from ..entry import Interrupted
from .app import PER_ADDRESS, WebConfig, body_limit, create_app, is_loopback, too_large_said
from .jobs import say

log = logging.getLogger(__name__)

__all__ = ["PER_ADDRESS", "STOP_WAIT_S", "WebConfig", "create_app", "is_loopback", "serve"]


STOP_WAIT_S = 20.0
"""How long a stop lets the batch under way finish before it stops at its next whole file:
well inside what a service manager waits before it kills (systemd 90 s, Windows 20 s + hints)."""


def serve(config: WebConfig, *, threads: int = 8, ready=None, stop_wait: float = STOP_WAIT_S) -> bool:
    """Run the server until it is stopped (Ctrl+C, or the service manager); then stop it
    whole (:func:`stop`). True when no batch was cut short by the stop."""
    from waitress import create_server

    app = create_app(config)
    channels: dict = {}  # the listening socket and every connection, keep-alive ones too
    server = create_server(
        app,
        map=channels,
        host=config.host,
        port=config.port,
        threads=threads,
        ident="kesu",
        connection_limit=CONNECTIONS,
        channel_timeout=IDLE_S,
        cleanup_interval=CLEANUP_S,
        max_request_body_size=body_limit(config) * 5 // 4 + BODY_SLACK,
    )
    bound_connections(server, channels, config.per_address, too_large_page(config))
    if ready is not None:
        ready(server)
    try:
        _run(server, channels)
    except Interrupted:  # Ctrl+C or SIGTERM as kesu takes them: a server's normal end
        pass
    finally:
        whole = stop(app, server, channels, stop_wait)
    return whole


CONNECTIONS = 500
"""Connections the server keeps open at once (waitress's own limit is 100)."""

HEAD_S = 10.0
"""Seconds a request's head (its request line and headers, a few hundred bytes a browser sends
in one packet) may take from its first byte: a connection still sending it then is closed,
whether it sends nothing more or a byte now and then (slowloris). waitress itself only closes a
connection silent for its ``channel_timeout`` (120 s by default), and a byte every few seconds
kept one open for ever."""

IDLE_S = 30
"""waitress's ``channel_timeout``: a connection with no request under way, silent this long (a
browser's keep-alive one between two pages, a head cut off), is closed (waitress: 120 s). A
browser opens another for its next page at once; a request being answered (a batch's page, a
download, :data:`PAUSED_S`) is never cut by it."""

BODY_SLACK = 1 * 1024 * 1024
"""A request body is taken up to a quarter past ``--max-upload-mb`` and this (the form's
fields, the multipart boundaries): an upload somewhat too large gets the page's "upload too
large" in the clerk's words. A body declared longer is refused as its head is read, before a
byte of it is kept (waitress's plain 413, the connection closed): waitress keeps a body whole
(in a temporary file past 512 kB) before the page sees the request, and took 1 GB of anyone's
— a stranger's on the LAN too, before his sign-in was asked for — by default."""

CLEANUP_S = 5
"""waitress's ``cleanup_interval``: how often it looks for connections silent past
:data:`IDLE_S` (waitress: 30 s, so one was held up to 150 s)."""


PAUSED_S = 120
"""Seconds a connection whose answer is still being sent (a download whose browser stopped
reading: a Save dialog left open) may stay silent before it is closed: waitress's own
``channel_timeout``. (waitress 3.0.2 drops a request from its connection's list before its
buffered answer is sent, so its idle check took such a download for an idle connection and cut
it after :data:`IDLE_S`.)"""


def too_large_page(config: Any) -> bytes:
    """The page a body declared over waitress's limit gets (:data:`BODY_SLACK`), in both
    languages (no session is read before the body): the page's own "upload too large"."""
    return _error_page(413, *too_large_said(config))


def _error_page(code: int, zh: str, en: str) -> bytes:
    """A small page saying waitress's error ``code`` in both languages."""
    import html

    return (
        f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{code}</title></head><body>'
        f'<h1>{code}</h1><p>{html.escape(zh)}</p><p lang="en">{html.escape(en)}</p></body></html>'
    ).encode()


# what waitress answers itself, before the application sees the request (a head it cannot read,
# headers over its limit, a transfer coding it does not take, its own failure): in both
# languages, as the 413 page — its own answer is English only, with its parser's words
SERVER_ERRORS: dict[int, tuple[str, str]] = {
    400: (
        "请求无法读懂（格式不对，或被中途改动）：请刷新页面再试；仍不行请找 IT 人员",
        "The request could not be understood (malformed, or changed on its way): reload the page "
        "and try again; if it persists, ask your IT person",
    ),
    431: (
        "请求头太大（多半是浏览器为本站存的 cookie 太多）：请清除本站的 cookie 后再试",
        "The request's headers are too large (most often too many cookies for this site): clear "
        "this site's cookies and try again",
    ),
    501: (
        "服务器不接受这种传输方式（Transfer-Encoding）：请用浏览器上传",
        "The server does not take this transfer encoding (Transfer-Encoding): upload with a browser",
    ),
    500: (
        "服务器处理这个请求时出错：请稍后再试；仍不行请找 IT 人员",
        "The server failed on this request: try again later; if it persists, ask your IT person",
    ),
}


def bound_connections(server: Any, channels: dict, per_address: int, too_large: bytes = b"") -> None:
    """waitress's ``server`` (listening on the sockets of ``channels``) made to bound its
    connections: its connection class :func:`_bounded`, its idle check :func:`_idle_check`;
    ``too_large``: the page a body over its limit gets (:func:`too_large_page`) for waitress's
    plain English."""
    for listening in {id(s): s for s in (server, *channels.values())}.values():
        if hasattr(listening, "channel_class"):  # (one server an address)
            listening.channel_class = _bounded(listening.channel_class, per_address, too_large)
            listening.maintenance = functools.partial(_idle_check, listening)


def _idle_check(server: Any, now: float) -> None:
    """waitress's ``maintenance`` of ``server`` (every :data:`CLEANUP_S`): a connection with no
    request under way closed once silent :data:`IDLE_S` — or :data:`PAUSED_S` while an answer
    is still buffered to be sent, which is a download under way, not an idle connection."""
    for channel in list(server.active_channels.values()):
        if channel.requests:
            continue
        bound = PAUSED_S if channel.total_outbufs_len else server.adj.channel_timeout
        if now - channel.last_activity > bound:
            channel.will_close = True


_WARNED: dict[str, float] = {}


def _bounded(channel: type, most: int, too_large: bytes = b"") -> type:
    """waitress's connection class (its documented ``channel_class`` of a server): a request
    head taking more than :data:`HEAD_S` closes its connection, and, ``most`` given (not 0), a
    connection is closed as it opens when its address holds ``most`` already
    (:data:`PER_ADDRESS`, ``kesu serve --per-address``); a body over the limit answered with
    ``too_large`` (given) rather than waitress's plain English, its other errors with the words
    of :data:`SERVER_ERRORS` in both languages."""
    from waitress.task import ErrorTask

    class Said(ErrorTask):
        def execute(self) -> None:
            error = self.request.error
            code = getattr(error, "code", 500)
            if code == 413 and too_large:
                page = too_large
            elif code in SERVER_ERRORS or code >= 500:
                page = _error_page(code, *SERVER_ERRORS.get(code, SERVER_ERRORS[500]))
            else:
                return super().execute()
            self.status = f"{code} {getattr(error, 'reason', '')}".strip()
            self.response_headers.append(("Content-Type", "text/html; charset=utf-8"))
            self.set_close_on_finish()
            self.content_length = len(page)
            self.write(page)
            return None

    class Bounded(channel):
        head_began: float | None = None  # when the head of the request being received began
        error_task_class = Said

        def received(self, data: bytes) -> bool:
            if self.request is None and data:  # the first bytes of a request
                self.head_began = time.monotonic()
            taken = super().received(data)
            if self.request is None or self.request.headers_finished:  # (its body may come slowly)
                self.head_began = None
            return taken

        def readable(self) -> bool:
            # looked at by waitress's loop each turn (once a second at most): a head under way
            # past its time closes the connection as waitress closes its own (will_close)
            began = self.head_began
            if began is not None and time.monotonic() - began > HEAD_S:
                self.head_began = None
                self.will_close = True
            return super().readable()

        def __init__(self, server, sock, addr, adj, map=None) -> None:
            super().__init__(server, sock, addr, adj, map)
            if not most:
                return
            host = addr[0] if isinstance(addr, tuple) else None
            held = sum(
                1
                for other in (map or {}).values()
                if other is not self and isinstance(other, Bounded) and other.addr[0] == host
            )
            if host is not None and held >= most:
                now = time.monotonic()
                if now - _WARNED.get(host, -60.0) >= 60:  # (said once a minute an address)
                    _WARNED[host] = now
                    log.warning(
                        "%s holds %d connections: its new ones are closed (kesu serve --per-address)",
                        host,
                        held,
                    )
                self.handle_close()

    return Bounded


def _run(server, channels: dict) -> None:
    """Waitress's loop (``server.run()``) until a stop signal: one that came while a connection's
    handler ran raised :class:`Interrupted` there, and waitress took it for that connection's
    failure (logged it, closed the connection, went on serving: the stop lost, seen as a server
    that a service manager had to kill). So the loop turns once a second at most
    (``asyncore_loop_timeout``) and ends when a signal was taken since it began."""
    from waitress import wasyncore

    from .. import entry

    taken = len(entry.SIGNALLED)
    try:
        while len(entry.SIGNALLED) == taken and channels:
            wasyncore.loop(
                timeout=server.adj.asyncore_loop_timeout,
                map=channels,
                use_poll=server.adj.asyncore_use_poll,
                count=1,
            )
    except (SystemExit, KeyboardInterrupt):  # as server.run() takes them
        server.close()


def stop(app, server, channels: dict, wait: float) -> bool:
    """Serve no new request (each is answered "server stopping"), listen no more and close every
    connection (a browser's keep-alive one held the request threads), let the requests under way
    end (5 s), then the batches (:meth:`Batches.stop`); the register is closed once the last
    request under way has ended — now, or by that request as it ends (a register closed under a
    request is opened again by it, unasked). True when no batch was cut short."""
    state = app.extensions["kesu"]
    requests = state["requests"]
    requests.refuse()
    close_server(server, channels)
    try:
        return state["batches"].stop(wait)
    finally:
        running = requests.after_last(state["register"].close)
        if running:
            log.warning(
                say(
                    state["batches"].lang,
                    f"kesu serve：停止时仍有 {running} 个请求未处理完：登记簿在其结束后关闭",
                    f"kesu serve: {running} request(s) still running at the stop: the register is "
                    "closed once they end",
                )
            )


def close_server(server, channels: dict) -> None:
    """Close the listening socket and every connection, let the request threads end (5 s),
    and only then the server's wake-up pipe: a request thread ending its answer wakes the
    server through that pipe, and a pipe closed under it is a traceback in the log
    (``OSError: Bad file descriptor``) at every stop that catches a request in flight."""
    from waitress import wasyncore
    from waitress.channel import HTTPChannel

    for channel in list(channels.values()):
        if channel is server.trigger:
            continue
        if isinstance(channel, HTTPChannel):
            channel.handle_close()  # also wakes a request thread waiting to flush its answer
        else:  # the listening socket: the server's own close() would close the pipe too
            wasyncore.dispatcher.close(channel)
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
    wasyncore.close_all(channels)
