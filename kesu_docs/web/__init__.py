"""The page for clerks: ``kesu serve`` — check, file, print, the register and the manager's
view in a browser on the clerk's PC (or one PC on the office LAN).

>>> from kesu_docs.web import WebConfig, create_app          # doctest: +SKIP
>>> app = create_app(WebConfig(db="kesu.db", work=Path("kesu-web")))  # doctest: +SKIP

Flask for the pages, waitress as the server (pure Python, runs on Windows as a service),
argon2 for passwords, Flask-WTF for CSRF tokens. Every asset is served from this package.
"""

from __future__ import annotations

from .app import WebConfig, create_app, is_loopback

__all__ = ["WebConfig", "create_app", "is_loopback", "serve"]


def serve(config: WebConfig, *, threads: int = 8, ready=None) -> None:
    """Run the server until it is stopped (Ctrl+C, or the service manager)."""
    from waitress import create_server

    app = create_app(config)
    server = create_server(app, host=config.host, port=config.port, threads=threads, ident="kesu")
    if ready is not None:
        ready(server)
    try:
        server.run()
    finally:
        app.extensions["kesu"]["batches"].shutdown()
        app.extensions["kesu"]["register"].close()
