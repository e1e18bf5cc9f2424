"""Fixtures shared by the test modules; helpers to import are in helpers.py."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import NO_SETTINGS, clean_environment, free_port


def pytest_configure(config):
    """The suite as on CI whatever shell runs it: the clerk's settings a developer's shell may
    set (``KESU_LANG=en``, ``KESU_DB``, ``KESU_CONFIG``, ``KESU_USER``…) left out of this process,
    so that in-process commands (CliRunner) and every process a test starts see none of them,
    as :func:`helpers.clean_environment` leaves them out (where LibreOffice and the browser are
    kept). With ``KESU_LANG=en`` set, 15 tests of test_clerk_language failed before."""
    kept = clean_environment()
    for name in [n for n in os.environ if n.startswith("KESU_") and n not in kept]:
        del os.environ[name]
    # a kesu.toml where the suite runs (the checkout: tests read samples/ from there) would be the
    # settings of every in-process command: another company, language or serial width made 17
    # tests of test_register_cli and test_cli_render fail. KESU_CONFIG=none is kesu's
    # own switch for "no settings file, not even ./kesu.toml" (config.settings_file): the suite's
    # commands run under the defaults wherever they run. A test of a folder's kesu.toml runs kesu
    # there as a clerk does: helpers.kesu(cwd=…), helpers.python_process (clean_environment), or
    # in-process after monkeypatch.delenv("KESU_CONFIG"); one that names its file sets it (``office``).
    os.environ["KESU_CONFIG"] = NO_SETTINGS  # (config.NO_SETTINGS)
    from kesu_docs import config as kesu_config

    kesu_config.settings_file()  # the switch said once here, not in whichever command runs first
    stray = Path.cwd() / "kesu.toml"
    if os.path.lexists(stray):
        print(f"kesu: {stray} is ignored by the tests (KESU_CONFIG=none)", file=sys.stderr)


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A clerk's folder whose kesu.toml names profiles/ (where ``kesu learn`` writes). A module
    whose clerk works in the folder itself (its working directory, the company named) keeps its
    own ``office``."""
    (tmp_path / "profiles").mkdir()
    (tmp_path / "kesu.toml").write_text('profiles = "profiles"\n', encoding="utf-8")
    monkeypatch.setenv("KESU_CONFIG", str(tmp_path / "kesu.toml"))
    return tmp_path


class PgServer(str):
    """The throwaway server's URL, with ``stop()`` and ``start()`` (again, at the same port)."""

    stop: Callable[[], None]
    start: Callable[[], None]


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
    port = free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}\n{done.stderr}")

    def start(port: int) -> None:
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
        for _ in range(5):  # a free port is only free when looked at: another process may take it
            (data / "server.log").unlink(missing_ok=True)  # this attempt's words only
            try:
                start(port)
                break
            except RuntimeError:
                if "Address already in use" not in (data / "server.log").read_text(errors="replace"):
                    raise
                port = free_port()  # taken between the look and the server's bind: another one
        else:
            raise RuntimeError(
                f"no free port for PostgreSQL: {(data / 'server.log').read_text(errors='replace')}"
            )
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        # on CI a failure, never a skip: the binaries are there (.ci/run installs them), and a
        # server that would not start skipped every PostgreSQL test while CI stayed green. On
        # another machine with the binaries (AppArmor, no runuser…) a skip, saying why
        log = data / "server.log"
        said = log.read_text(errors="replace").splitlines()[-5:] if log.is_file() else []
        shutil.rmtree(data, ignore_errors=True)
        reason = "\n".join([f"could not start a throwaway PostgreSQL server: {exc}", *said])
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    server = PgServer(f"postgresql://postgres@127.0.0.1:{port}")
    # a test of a server going away mid-batch stops it and starts it again (at the same port)
    server.stop = lambda: run(str(bindir / "pg_ctl"), "-D", str(cluster), "-m", "fast", "-w", "stop")
    server.start = lambda: start(port)
    try:
        yield server
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


@pytest.fixture(autouse=True)
def _no_language_left_by_a_command():
    """``--lang`` of an in-process command (CliRunner) is remembered by the process for what is
    said once the command ended (``kesu_docs.cli.common._CHOSEN``): no test finds the one an
    earlier test chose (the suite runs in one process, in any order)."""
    yield
    common = sys.modules.get("kesu_docs.cli.common")  # imported by the test, or not at all
    if common is not None:
        common.forget_lang()
