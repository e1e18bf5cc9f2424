"""A stop signal that comes while the server is inside a connection's handler (CI, fifteenth
round: `kesu serve` went on serving after SIGTERM, one run in five). Waitress takes any
exception a connection's handler raises — kesu's :class:`~kesu_docs.entry.Interrupted` too — as
that connection's failure: it logs it, closes the connection and goes on. The server must stop
all the same. A real ``kesu serve`` in its own process, the signal taken inside a handler on
purpose (the handler calls kesu's own signal handler, as a signal arriving there would)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from helpers import free_port

# the server, its first request's handler taking the stop as a SIGTERM there would
_SERVER = """
import signal, sys
from waitress.channel import HTTPChannel
from kesu_docs import entry

received = HTTPChannel.received
def received_once(self, data):
    if data and not getattr(HTTPChannel, "stopped", False):
        HTTPChannel.stopped = True
        entry.on_interrupt(signal.SIGTERM, None)  # raises Interrupted inside the handler
    return received(self, data)
HTTPChannel.received = received_once
sys.argv = ["kesu", *sys.argv[1:]]
entry.main()
"""


def _listening(log: Path, proc: subprocess.Popen) -> bool:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        said = log.read_text(encoding="utf-8", errors="replace")
        if "kesu page running" in said:
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.1)
    return False


def test_a_stop_taken_inside_a_connections_handler_still_stops_the_server(tmp_path):
    log = tmp_path / "server.log"
    for _ in range(5):  # another port when the one picked was taken before the server bound it
        port = free_port()
        args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(tmp_path / "kesu.db")]
        args += ["--work", str(tmp_path / "work"), "--lang", "en"]
        with log.open("w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-c", _SERVER, *args], stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path
            )
        if _listening(log, proc):
            break
        proc.wait(timeout=30)
    else:
        raise AssertionError(log.read_text(encoding="utf-8"))
    try:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read()
        except (urllib.error.URLError, ConnectionError, OSError):
            pass  # the connection the stop came in is closed unanswered
        code = proc.wait(timeout=60)  # before: still serving after the stop, never returned
    finally:
        if proc.poll() is None:
            proc.kill()
    said = log.read_text(encoding="utf-8")
    assert code == 0, said  # a server stopping is its normal end, as for a stop taken anywhere else
    assert said.rstrip().endswith("kesu page stopped."), said
