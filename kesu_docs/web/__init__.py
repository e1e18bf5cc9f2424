"""The page for clerks: ``kesu serve`` — check, file, print, the register and the manager's
view in a browser on the clerk's PC (or one PC on the office LAN).

>>> from kesu_docs.web import WebConfig, create_app          # doctest: +SKIP
>>> app = create_app(WebConfig(db="kesu.db", work=Path("kesu-web")))  # doctest: +SKIP

Flask for the pages, waitress as the server (pure Python, runs on Windows as a service),
argon2 for passwords, Flask-WTF for CSRF tokens. Every asset is served from this package.
"""

from __future__ import annotations

from ..entry import Interrupted
from .app import WebConfig, create_app, is_loopback

__all__ = ["STOP_WAIT_S", "WebConfig", "create_app", "is_loopback", "serve"]


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
        app, map=channels, host=config.host, port=config.port, threads=threads, ident="kesu"
    )
    if ready is not None:
        ready(server)
    try:
        server.run()  # returns on a KeyboardInterrupt (waitress takes it)
    except Interrupted:  # Ctrl+C or SIGTERM as kesu takes them: a server's normal end
        pass
    finally:
        whole = stop(app, server, channels, stop_wait)
    return whole


def stop(app, server, channels: dict, wait: float) -> bool:
    """Listen no more and close every connection (a browser's keep-alive one held the request
    threads), let the requests under way end (5 s), then the batches (:meth:`Batches.stop`),
    then close the register. True when no batch was cut short."""
    from waitress import wasyncore

    wasyncore.close_all(channels)
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
    state = app.extensions["kesu"]
    try:
        return state["batches"].stop(wait)
    finally:
        state["register"].close()
