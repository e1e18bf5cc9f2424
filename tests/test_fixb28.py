"""The round-28 review's findings in settings, the web page and the tests (fixb28): real ``kesu``
processes, each in a folder of its own."""

from __future__ import annotations

import re
import time
from pathlib import Path

import web_helpers

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "complaint-from-system.json"
REFUSED = "[limits]\nfile_mb = -5\n"  # a kesu.toml that stops any command that reads it


def test_web_helpers_kesu_without_a_folder_reads_no_kesu_toml_where_the_suite_runs(tmp_path, monkeypatch):
    """``web_helpers.kesu(…)`` without ``cwd`` runs where the suite runs (the checkout): a stray
    kesu.toml there (an IT person's settings) changed what the web tests' commands did (exit 2
    here, before: ``clean_environment`` dropped conftest's switch). With ``cwd`` the folder's
    kesu.toml is in force, as a clerk's."""
    (tmp_path / "kesu.toml").write_text(REFUSED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the folder the suite runs in, holding a stray kesu.toml
    done = web_helpers.kesu("parse", str(SAMPLE))
    assert done.returncode in (0, 1) and "file_mb" not in done.stderr, done.stderr
    in_folder = web_helpers.kesu("parse", str(SAMPLE), cwd=tmp_path)
    assert in_folder.returncode == 2 and "file_mb" in in_folder.stderr, in_folder.stderr


# ------------------------------------------------------------------ kesu serve --per-address
def _answered(server, count: int) -> int:
    """``count`` connections opened at once from one address (127.0.0.2: a PC, or the reverse
    proxy every browser comes through), then a request sent on each: how many were answered."""
    import contextlib
    import socket

    port = int(server.url.rsplit(":", 1)[1])
    held = []
    try:
        for _ in range(count):
            conn = socket.socket()
            conn.bind(("127.0.0.2", 0))
            conn.settimeout(10)
            conn.connect(("127.0.0.1", port))
            held.append(conn)
        time.sleep(0.5)  # each taken by the server (or closed by it)
        answered = 0
        for conn in held:
            with contextlib.suppress(OSError):
                conn.sendall(b"GET /login HTTP/1.1\r\nHost: kesu\r\nConnection: close\r\n\r\n")
                answered += conn.recv(12).startswith(b"HTTP/1.1 ")
        return answered
    finally:
        for conn in held:
            conn.close()


def test_the_connections_one_address_may_hold_are_a_setting_and_0_is_no_limit(tmp_path):
    """attack28's cap (32 connections an address) was fixed: behind the HTTPS reverse proxy the
    README recommends, every browser has the proxy's address and the whole site had 32
    connections. ``kesu serve --per-address N`` (0: no limit): 40 connections from one address
    answered with 0 (before: an unknown option, exit 2), 5 of 8 with 5."""
    from web_helpers import running_server

    (tmp_path / "open").mkdir()
    with running_server(tmp_path / "open", "--per-address", "0") as server:
        assert _answered(server, 40) == 40
        assert "holds" not in server.log.read_text(encoding="utf-8")
    (tmp_path / "five").mkdir()
    with running_server(tmp_path / "five", "--per-address", "5") as server:
        assert _answered(server, 8) == 5
        said = server.log.read_text(encoding="utf-8")
        assert "127.0.0.2 holds 5 connections" in said and "--per-address" in said, said


def test_serve_says_per_address_in_both_languages_and_keeps_the_webs_defaults():
    from kesu_docs.cli import serve_cmds
    from kesu_docs.web import CONNECTIONS, PER_ADDRESS

    assert (serve_cmds.PER_ADDRESS, serve_cmds.CONNECTIONS) == (PER_ADDRESS, CONNECTIONS)
    zh = re.sub(r"\s+", "", web_helpers.kesu("serve", "--help").stdout)
    en = " ".join(web_helpers.kesu("serve", "--help", "--lang", "en").stdout.split())
    assert "--per-address" in zh and "反向代理" in zh and "设为0" in zh, zh
    assert "reverse proxy" in en and "0: no limit" in en, en
