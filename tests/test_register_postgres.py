"""The same register on a real PostgreSQL server: a throwaway cluster started for these tests.

The cluster is made with initdb and pg_ctl from /usr/lib/postgresql/*/bin (as the
``postgres`` user when the tests run as root), listens on a free port, and is stopped and
removed at the end. Without those binaries the tests skip and say why.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from test_register import assert_gapless_series, complaint, issue_from_processes

from kesu_docs.register import NumberTaken, Register, RegisterError

pytestmark = pytest.mark.postgres


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_server():
    """``postgresql://postgres@127.0.0.1:PORT``: a fresh cluster for this module."""
    bindir = _pg_bin()
    if bindir is None or not (bindir / "pg_ctl").exists():
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed: pip install 'kesu-docs[postgres]'")
    as_user: list[str] = []
    owner = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server")
        as_user = ["runuser", "-u", "postgres", "--"]
    # not under tmp_path: pytest's folders are private to root, the server runs as postgres
    data = Path(tempfile.mkdtemp(prefix="kesu-pg-"))
    if owner is not None:
        os.chown(data, owner.pw_uid, owner.pw_gid)
    cluster = data / "cluster"
    port = _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}\n{done.stderr}")

    try:
        run(
            str(bindir / "initdb"),
            "-D",
            str(cluster),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        run(
            str(bindir / "pg_ctl"),
            "-D",
            str(cluster),
            "-l",
            str(data / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50",
            "start",
        )
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(data, ignore_errors=True)
        pytest.skip(f"could not start a throwaway PostgreSQL server: {exc}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(cluster), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the throwaway server for one test."""
    import psycopg

    name = f"kesu_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{pg_server}/{name}"


def test_postgres_register_numbers_like_sqlite(pg_url):
    with Register.open(pg_url) as reg:
        assert reg.issue(complaint("甲"), source_hash="a").number == "202609001"
        assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"
        assert reg.issue(complaint("丙", received="2026-10-01"), source_hash="c").number == "202610001"
        assert reg.issue(complaint("甲"), source_hash="a").created is False
        reg.issue(complaint("预编号", number="202609003"), source_hash="pre")
        assert reg.issue(complaint("丁"), source_hash="d").number == "202609004"  # skips the taken 003
        with pytest.raises(NumberTaken):
            reg.issue(complaint("戊", number="202609003"), source_hash="e")
        reg.void("202609001", "重复登记")
        reg.reprint("202609002")
        assert reg.get("202609001").void_reason == "重复登记"
        assert reg.get("202609002").reprints == 1
        assert reg.find("complaint", "202609002")["customer"] == "乙"
        assert list(reg.get("202609002").record)[:3] == ["number", "received_date", "customer"]  # form order
        assert [e.event for e in reg.events("202609002")] == ["issued", "re-printed"]


def test_several_processes_numbering_at_once_on_postgres_get_one_gapless_series(pg_url):
    results = issue_from_processes(pg_url, processes=4, each=50)
    assert_gapless_series(results, {"202609": 200})


def test_several_processes_filing_batches_on_postgres_never_deadlock_nor_leave_gaps(pg_url):
    results = issue_from_processes(pg_url, processes=4, each=60, batch=10)
    assert_gapless_series(results, {"202609": 120, "202610": 120})


def test_an_unreachable_postgres_server_is_a_clear_error():
    port = _free_port()  # nothing listens there
    with pytest.raises(RegisterError) as unreachable:
        Register.open(f"postgresql://clerk:secret@127.0.0.1:{port}/kesu")
    message = unreachable.value.message("en")
    assert unreachable.value.code == "register_unreachable"
    assert f"127.0.0.1:{port}" in message and "secret" not in message
