"""Stopping ``kesu serve`` with a request in flight (:func:`kesu_docs.web.close_server`): the
request threads end and nothing in waitress is left writing to a closed pipe — a traceback in a
service's log at every stop that caught a browser mid-download."""

from __future__ import annotations

import logging
import socket
import threading
import time

from waitress import create_server
from web_helpers import ServerLoop, idle

from kesu_docs.web import close_server

CHUNK = b"x" * 65536


def _slow_reader_download(release: threading.Event):
    def app(environ, start_response):
        start_response("200 OK", [("Content-Type", "application/octet-stream")])
        release.set()
        for _ in range(600):  # ~39 MB: far more than the sockets hold for a client not reading
            yield CHUNK

    return app


def test_a_download_in_flight_at_stop_ends_its_thread_and_logs_no_traceback(caplog):
    started = threading.Event()
    channels: dict = {}
    server = create_server(
        _slow_reader_download(started),
        map=channels,
        host="127.0.0.1",
        port=0,
        threads=2,
        outbuf_high_watermark=65536,
    )
    loop = ServerLoop(channels)
    idle(server)
    client = socket.create_connection(("127.0.0.1", server.effective_port), timeout=30)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")  # and never reads the answer
    assert started.wait(30)
    loop.stop()
    with caplog.at_level(logging.INFO, logger="waitress"):
        close_server(server, channels)
    client.close()
    assert not server.task_dispatcher.threads, "a request thread still waits to flush its answer"
    assert not channels
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert not problems, [r.getMessage() for r in problems]


def test_the_wake_up_pipe_outlives_every_request_thread():
    """The race CI caught: a request thread ends its answer and wakes the server through its
    pipe, which the stop had already closed. Held here: while a request is still running the
    connections are closed but the pipe is open; it closes once the thread has ended."""
    entered, release = threading.Event(), threading.Event()

    def app(environ, start_response):
        entered.set()
        release.wait(30)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"done"]

    channels: dict = {}
    server = create_server(app, map=channels, host="127.0.0.1", port=0, threads=2)
    loop = ServerLoop(channels)
    idle(server)
    client = socket.create_connection(("127.0.0.1", server.effective_port), timeout=30)
    client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert entered.wait(30)
    loop.stop()
    stopping = threading.Thread(target=close_server, args=(server, channels))
    stopping.start()
    # until the connections are closed, or the stop is over (its own 5 s for the request
    # threads, then the pipe): no shorter time of the test's than the stop's
    give_up = time.monotonic() + 60
    while list(channels.values()) != [server.trigger] and stopping.is_alive() and time.monotonic() < give_up:
        stopping.join(0.01)
    try:
        assert list(channels.values()) == [server.trigger], "the pipe closed under a running request"
        assert stopping.is_alive()
    finally:
        release.set()
        stopping.join(30)
        client.close()
    assert not channels and not server.task_dispatcher.threads
