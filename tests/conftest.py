"""Fixtures shared by the test modules; helpers to import are in helpers.py."""

from __future__ import annotations

import contextlib
import gc
import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import NO_SETTINGS, SUITE_COLUMNS, clean_environment, free_port, process_gone


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


def _seed_said(config) -> str | None:
    """pytest-randomly's seed of this run, as the option that orders a run the same way."""
    seed = getattr(config.option, "randomly_seed", None)
    if not config.pluginmanager.hasplugin("randomly") or not isinstance(seed, int):
        return None  # (-p no:randomly: the files' order)
    return (
        f"tests in random order, seed {seed}: make test PYTEST_ARGS=--randomly-seed={seed} runs them so again"
    )


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session):
    """The seed said at the start even under ``-q`` (pytest-randomly says it in the header ``-q``
    hides): a run cut short by CI's time limit has it too."""
    said, terminal = _seed_said(session.config), session.config.pluginmanager.get_plugin("terminalreporter")
    if said and terminal is not None:
        terminal.write_line(said)


def pytest_terminal_summary(terminalreporter, config):
    """… and again at the end, beside the failures it orders."""
    said = _seed_said(config)
    if said:
        terminalreporter.write_line(said)


def pytest_generate_tests(metafunc):
    """``held``: each held-out set of tests/holdout_sets.py (``SETS``), module-scoped so that a
    set's tests run together (tests/test_reader_holdouts*.py)."""
    if "held" in metafunc.fixturenames:
        from holdout_sets import SETS

        metafunc.parametrize("held", SETS, ids=[held.name for held in SETS], scope="module")


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


@pytest.fixture
def cold_memos() -> Callable[[], int]:
    """kesu's per-text memos emptied before the test, as ``bench/pdf_bench.py``'s cold rounds
    empty them (``kesu_docs.memos.forget``: every memo declared there, the per-text ``lru_cache``
    memos, a dict keyed by id, the labels of all forms, a vocabulary's answers); the fixture is that
    function, for a test to empty them again between two reads. A test that counts what is
    computed, converted or asked on a first read uses it: the suite runs in a random order, each
    xdist worker many modules, and another test of the worker may have read the same texts
    first (round 36's CI: a held-out set's test had folded a print's texts, 0 conversions
    counted). Those built once per form or field type stay (kept whatever read first)."""
    from kesu_docs.memos import forget

    forget()
    return forget


@pytest.fixture(autouse=True)
def _no_language_left_by_a_command():
    """``--lang`` of an in-process command (CliRunner) is remembered by the process for what is
    said once the command ended (``kesu_docs.cli.common._CHOSEN``): no test finds the one an
    earlier test chose (the suite runs in one process, in any order)."""
    yield
    common = sys.modules.get("kesu_docs.cli.common")  # imported by the test, or not at all
    if common is not None:
        common.forget_lang()


# ---- what a test leaves behind in pytest's process --------------------------------------------
# The suite runs in one process, in any order: a thread, a child process, a setting, a signal
# handler, a working directory or an open file one test leaves changes what every later test
# sees. A thread left running made every later ``Workers`` pool spawn its workers instead of
# forking them (``workers.start_method``: round 29's CI failure, test_render_worker_fixb27, and
# test_speed_guards' forked-worker test skipped). Each test is checked after it ended, and each
# module after its module-wide fixtures (a PostgreSQL server) are gone: a test that leaves any of
# these fails, named, at its teardown.

THREADS_KEPT: dict[str, str] = {}
"""A library's own thread, started once for the process and kept, that changes nothing a later
test sees: its name's start → why it is harmless."""

PROCESSES_KEPT: dict[str, str] = {
    "multiprocessing.resource_tracker": "multiprocessing's resource tracker: started once by the "
    "first spawned pool and kept for the process (it removes what a pool left when pytest ends)",
}
"""A process started once for pytest's process and kept: a word of its command line → why."""

ENDING = 15.0
"""Seconds a thread or process that is ending (a server's thread after its shutdown, a worker
after its pool closed) is given to be gone before it counts as left behind."""

RUN_MARK = "PYTEST_KESU_RUN"
"""Set in this process: every process the suite starts inherits it (clean_environment keeps it),
which finds a process left behind even when its parent has gone (LibreOffice's soffice.bin,
Chromium, a daemon such as PostgreSQL's server). Under pytest-xdist each worker has its own: the
other worker's LibreOffice or server, running beside this one's tests, is not this one's leftover
(the workers inherit the controller's environment, its mark with it)."""
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ[RUN_MARK] = uuid.uuid4().hex
else:
    os.environ.setdefault(RUN_MARK, uuid.uuid4().hex)


@pytest.hookimpl(specname="pytest_configure", trylast=True)
def pytest_configure_kesu_width(config):  # (a second pytest_configure, after the terminal reporter's)
    """Every kesu of the suite prints at :data:`helpers.SUITE_COLUMNS` (``COLUMNS``), in pytest's
    process and in each xdist worker — a worker is started with ``COLUMNS=80 LINES=24`` added
    (kesu printed blocks, not tables, there: 17 tests failed so under ``-n 2`` in round 34), the
    shell's ``COLUMNS`` is a developer's and the run's temporary folder as long as it happens to
    be (round 35: a path in a table wrapped at 200 columns, 19 tests failed). A test of a width
    sets its own. pytest's own report keeps the shell's width: its writer's is settled first
    (trylast: the terminal reporter is there), as it reads ``COLUMNS`` at every line."""
    terminal = config.pluginmanager.get_plugin("terminalreporter")
    if terminal is not None:
        writer = config.get_terminal_writer()
        writer.fullwidth = writer.fullwidth
    os.environ["COLUMNS"] = SUITE_COLUMNS


COMMAND_PID = "PYTEST_COMMAND_PID"
"""pytest's own process id, set before any test module is imported: a test whose workers must
tell themselves from the command (``_die_at`` dies in a worker only) reads it — a *spawned*
worker imports the test module afresh, its own ``os.getpid()`` no guide (round 29's CI failure).
Set here once, not by each module as it is imported: a module imported first inside a test (one
test module importing another's helpers) would set it then, and the check below take it for a
test's leftover."""
os.environ[COMMAND_PID] = str(os.getpid())


def _children() -> set[int]:
    """This process' child processes (a zombie included: ended, never waited for)."""
    found: set[int] = set()
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/children", encoding="ascii") as listed:
                found.update(int(pid) for pid in listed.read().split())
        except OSError:
            continue
    return found


PR_SET_CHILD_SUBREAPER = 36
"""prctl(2)'s option (linux/prctl.h): this process adopts its orphaned descendants."""


def _adopt_orphans() -> None:
    """Make pytest's process the *subreaper* of what the suite starts (Linux): a process whose
    parent ended (LibreOffice's ``soffice.bin`` after its launcher, a killed command's workers,
    a daemon) becomes this process' child, not init's, whatever environment it was started with.
    :data:`RUN_MARK` finds only the processes that inherited it: one started with an environment
    not built from ``os.environ`` (``env={"PATH": …}``) was invisible to the check (flake30)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print(f"kesu tests: orphans not adopted: {os.strerror(ctypes.get_errno())}", file=sys.stderr)


_adopt_orphans()


def _started_here() -> set[int]:
    """The processes this process started and answers for (a ``subprocess.Popen`` or a
    ``multiprocessing`` process not waited for yet, or one subprocess keeps to reap later): any
    other child is an orphan this process adopted (:func:`_adopt_orphans`)."""
    kinds: list[type] = [subprocess.Popen]
    for name in ("multiprocessing.popen_fork", "multiprocessing.popen_spawn_posix"):
        module = sys.modules.get(name)
        if module is not None:
            kinds.append(module.Popen)
    pids = {popen.pid for popen in getattr(subprocess, "_active", None) or ()}
    pids.update(
        getattr(found, "pid", None)
        for found in gc.get_objects()
        if isinstance(found, tuple(kinds)) and getattr(found, "returncode", 0) is None
    )
    return {pid for pid in pids if isinstance(pid, int)}


def _reap_orphans() -> None:
    """Reap the adopted orphans that have ended (nobody else will): a zombie this process
    started itself is left, for the check to say it was never waited for."""
    ended = {pid for pid in _children() if process_gone(pid)}
    for pid in ended - _started_here() if ended else ():
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def _started_children(old: set[int]) -> set[int]:
    """This process' children not among ``old`` that it started itself, adopted orphans left
    out (a running one is the module's check's: a module's PostgreSQL server started again by
    a test is one). The objects are looked through only when there is a new child."""
    _reap_orphans()
    new = _children() - old
    return new & _started_here() if new else new


def _run_processes() -> set[int]:
    """Every process of this run still there: inheriting :data:`RUN_MARK`, or this process'
    child (adopted orphans included, whatever their environment)."""
    _reap_orphans()
    return _marked() | _children()


def _marked() -> set[int]:
    """The processes started by this run (inheriting :data:`RUN_MARK`), wherever they are now."""
    mark = f"{RUN_MARK}={os.environ[RUN_MARK]}".encode() + b"\0"
    found: set[int] = set()
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == os.getpid():
            continue
        try:
            with open(f"/proc/{name}/environ", "rb") as environ:
                if mark in environ.read():
                    found.add(int(name))
        except OSError:
            continue
    return found


def _command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as line:
            return line.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def _open_files() -> dict[int, str]:
    found = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            found[int(fd)] = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the listing's own descriptor, closed since
            continue
    return found


def _files_kept() -> set[str]:
    """What multiprocessing opens once for the process and keeps (a spawned pool's first use):
    the pipe to its resource tracker, and its shared-memory heap's arenas (a spawned worker's
    shared array is allocated there; the heap keeps an arena for the next one)."""
    kept: set[str] = set()
    tracker = sys.modules.get("multiprocessing.resource_tracker")
    heap = sys.modules.get("multiprocessing.heap")
    fds = [getattr(getattr(tracker, "_resource_tracker", None), "_fd", None)]
    fds += (
        [arena.fd for arena in getattr(getattr(heap, "BufferWrapper", None), "_heap", None)._arenas]
        if heap
        else []
    )
    for fd in fds:
        if fd is not None:
            with contextlib.suppress(OSError):
                kept.add(os.readlink(f"/proc/self/fd/{fd}"))
    return kept


_SIGNALS = sorted(set(signal.valid_signals()) - {signal.SIGKILL, signal.SIGSTOP, signal.SIGALRM})
"""The signals whose handlers are compared (SIGALRM: pytest-timeout's, each test its own)."""


def _handlers() -> dict[int, object]:
    import _signal  # (signal.getsignal's own, without its enum: a fifth of the time)

    return {sig: _signal.getsignal(sig) for sig in _SIGNALS}


def _signal_name(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:  # a real-time signal Python does not name
        return f"signal {sig}"


def _cwd() -> str:
    try:
        return os.getcwd()
    except FileNotFoundError:  # a folder removed while the process stood in it
        return "(a removed folder)"


def _state() -> dict[str, object]:
    from kesu_docs import config

    return {
        "threads": set(threading.enumerate()),
        "children": _children(),
        "environ": dict(os.environ),
        "cwd": _cwd(),
        "handlers": _handlers(),
        "files": _open_files(),
        "settings held": config._HELD.get(),
    }


def _left(before: dict[str, object], processes: Callable[[], set[int]]) -> list[str]:
    """What differs from ``before``, each said as a line."""
    said: list[str] = []
    until = time.monotonic() + ENDING
    old_threads = before["threads"]
    assert isinstance(old_threads, set)
    threads = [  # (a thread started from C, a _DummyThread, cannot be joined: said if left)
        t for t in threading.enumerate() if t not in old_threads and not isinstance(t, threading._DummyThread)
    ]
    for thread in threads:
        thread.join(max(0.0, until - time.monotonic()))
    said += [
        f"a thread left running: {t.name!r} ({getattr(t, '_target', None)!r}, daemon={t.daemon})"
        for t in threads
        if t.is_alive() and not any(t.name.startswith(kept) for kept in THREADS_KEPT)
    ]
    old_children = before["children"]
    assert isinstance(old_children, set)

    def left_processes() -> list[int]:
        return sorted(
            pid
            for pid in processes() - old_children
            if not any(kept in _command(pid) for kept in PROCESSES_KEPT)
        )

    while left_processes() and time.monotonic() < until:
        if all(process_gone(pid) for pid in left_processes()):
            break  # zombies: waiting longer reaps none
        time.sleep(0.05)
    for pid in left_processes():
        what = "ended, never waited for (a zombie)" if process_gone(pid) else "running"
        said.append(f"a process left {what}: {pid} {_command(pid)[:200]!r}")
    now = _state()
    old_env = before["environ"]
    assert isinstance(old_env, dict)
    new_env = now["environ"]
    assert isinstance(new_env, dict)
    for name in sorted((set(old_env) | set(new_env)) - {"PYTEST_CURRENT_TEST"}):  # (pytest's own)
        if old_env.get(name) != new_env.get(name):
            said.append(f"os.environ[{name!r}] was {old_env.get(name)!r}, left {new_env.get(name)!r}")
    if now["cwd"] != before["cwd"]:
        said.append(f"cwd was {before['cwd']!r}, left {now['cwd']!r}")
    if now["settings held"] is not before["settings held"]:  # (a held_settings block never left)
        said.append(f"settings held was {before['settings held']!r:.40}, left {now['settings held']!r:.40}…")
    old_handlers = before["handlers"]
    new_handlers = now["handlers"]
    assert isinstance(old_handlers, dict) and isinstance(new_handlers, dict)
    said += [
        f"the handler of {_signal_name(sig)} was {old_handlers[sig]!r}, left {new_handlers[sig]!r}"
        for sig in old_handlers
        if new_handlers[sig] != old_handlers[sig]
    ]
    old_files = before["files"]
    assert isinstance(old_files, dict)

    def opened() -> list[tuple[int, str]]:  # (0–2: pytest's capture, on or off)
        kept = _files_kept()
        return [
            (fd, to)
            for fd, to in sorted(_open_files().items())
            if fd > 2 and old_files.get(fd) != to and to not in kept
        ]

    if opened():  # an object in a reference cycle closes its file once the collector finds it
        gc.collect()  # (a pool's worker processes and their pipes): only then is it left open
    said += [f"a file left open: descriptor {fd} → {target}" for fd, target in opened()]
    return said


@pytest.fixture(autouse=True)
def _nothing_left_by_a_test(request):
    """A test leaves no thread, child process, environment variable, working directory, signal
    handler, open file or held settings behind it (see above)."""
    before = _state()
    yield
    old = before["children"]
    assert isinstance(old, set)
    said = _left(before, lambda: _started_children(old))
    if said:
        pytest.fail(f"{request.node.nodeid} left behind:\n  " + "\n  ".join(said), pytrace=False)


@pytest.fixture(autouse=True, scope="module")
def _nothing_left_by_a_module(request):
    """A module's fixtures leave nothing behind either, nor any process the module's tests
    started, even one whose parent has ended (LibreOffice, Chromium, PostgreSQL's server): it
    carries the run's mark, or it was adopted by this process (:func:`_adopt_orphans`)."""
    before = _state()
    before["children"] = _run_processes()
    yield
    said = _left(before, _run_processes)
    if said:
        pytest.fail(f"{request.node.nodeid} left behind:\n  " + "\n  ".join(said), pytrace=False)
