"""What the suite starts is found wherever it goes, and the order of the tests is random (flake31).

flake30's check found a process a test left behind by the mark every process of the run
inherits (``PYTEST_KESU_RUN``): a process started with an environment not built from
``os.environ`` (``env={"PATH": …}``) had no mark, and once its parent ended (an orphan, as
LibreOffice's ``soffice.bin`` or a killed command's workers are) nothing found it. pytest's
process now adopts the orphans of what it started (Linux's child subreaper). Each bad case is a
test of a small suite run by pytest in a process of its own with the suite's conftest.
"""

from __future__ import annotations

import ast
import contextlib
import gc
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT, child_processes, ended_with_its_group, process_gone, pytest_on_suite, sqlite_open

_UNMARKED_ORPHAN = """
import os, subprocess, sys
from pathlib import Path

# a process of this run started with an environment of its own (no PYTEST_KESU_RUN), whose
# parent ends at once: it is nobody's child in this run any more
CODE = "import subprocess as s; print(s.Popen(['sleep', '120'], stdout=s.DEVNULL, stderr=s.DEVNULL).pid)"


def test_leaves_an_orphan_without_the_mark():
    done = subprocess.run(
        [sys.executable, "-c", CODE], env={"PATH": os.environ["PATH"]}, capture_output=True, text=True, check=True
    )
    (Path(__file__).parent / "orphan.pid").write_text(done.stdout)
"""

_ENDED = """
import os, subprocess, sys, time

import pytest

CODE = "import subprocess; subprocess.Popen(['sleep', '0.2'])"


def test_an_orphan_that_ended_is_no_leftover():
    subprocess.run([sys.executable, "-c", CODE], env={"PATH": os.environ["PATH"]}, check=True)
    time.sleep(2)  # ended: adopted by pytest's process, a zombie until reaped


def test_leaves_a_zombie():
    test_leaves_a_zombie.kept = subprocess.Popen(["true"])
    time.sleep(2)  # ended, never waited for: the check must not reap it for the test


@pytest.fixture(autouse=True, scope="module")
def _put_back():
    yield
    test_leaves_a_zombie.kept.wait()
"""


def test_an_orphan_started_without_the_run_mark_is_found(tmp_path):
    suite = tmp_path / "suite"
    returncode, said = pytest_on_suite(
        suite, {"test_unmarked.py": _UNMARKED_ORPHAN, "test_ended.py": _ENDED}, "-rE"
    )
    pid = int((suite / "orphan.pid").read_text())
    try:
        os.kill(pid, signal.SIGKILL)  # (adopted by this process now: its check reaps it)
    except ProcessLookupError:
        pass
    assert returncode == 1, said
    errors = {line.split("::")[1].split()[0] for line in said.splitlines() if line.startswith("ERROR ")}
    assert errors == {"test_leaves_an_orphan_without_the_mark", "test_leaves_a_zombie"}, said
    assert f"test_unmarked.py left behind:\n  a process left running: {pid} 'sleep 120'" in said, said
    assert "test_leaves_a_zombie left behind:\n  a process left ended, never waited for (a zombie)" in said, (
        said
    )
    assert "test_ended.py left behind" not in said, said
    assert "3 passed, 2 errors" in said, said


_TWO = """
def test_one():
    pass


def test_two():
    pass
"""


def test_the_order_is_random_and_its_seed_said_at_the_start_and_the_end(tmp_path):
    returncode, said = pytest_on_suite(tmp_path / "suite", {"test_two.py": _TWO}, seed=7)
    assert returncode == 0, said
    line = "tests in random order, seed 7: make test PYTEST_ARGS=--randomly-seed=7 runs them so again"
    assert said.count(line) == 2 and said.index(line) < said.index("2 passed"), said
    returncode, said = pytest_on_suite(tmp_path / "files-order", {"test_two.py": _TWO})
    assert returncode == 0 and "random order" not in said, said


def _descriptors() -> dict[int, str]:
    found = {}
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # (the listing's own, closed since)
            found[int(fd)] = os.readlink(f"/proc/self/fd/{fd}")
    return found


def _dies() -> None:
    os._exit(3)


def test_a_closed_pool_lets_go_of_its_workers_pipes(monkeypatch):
    """A ``Workers`` pool closed kept two pipes to each worker process (multiprocessing's
    handles) until the collector found the pool, a reference cycle: in pytest's process, the
    next test's check took them for its own leftovers. Closed with the pool now, its deaths
    still counted from the exit codes kept."""
    from kesu_docs.workers import Workers

    monkeypatch.setenv("KESU_START_METHOD", "fork")
    before = _descriptors()
    gc.disable()  # (the collector must not be what closes them)
    try:
        with Workers(2, layouts=False, rendering=False) as pool:
            assert pool.to(0, os.getpid).result() != pool.to(1, os.getpid).result()
            pool.to(1, _dies)
            pool.own.processes[1].join(60)
        left = {fd: to for fd, to in _descriptors().items() if before.get(fd) != to}
        assert left == {}, left
        assert pool.deaths == 1 and pool.own.exit_code(1) == 3
    finally:
        gc.enable()


def test_a_command_a_failed_test_started_in_its_own_group_is_ended_with_it():
    """test_jobs24's sessions test killed its ``kesu render`` only when its assertions held: one
    failing left the render running into the next tests. ``ended_with_its_group`` kills the
    group and waits, whatever happens in the block."""
    code = "import subprocess, time; subprocess.Popen(['sleep', '60']); time.sleep(60)"
    started = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
    with pytest.raises(AssertionError), ended_with_its_group(started) as command:
        deadline = time.monotonic() + 30
        while not child_processes(command.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        [child] = child_processes(command.pid)
        raise AssertionError("a test's assertion failed")
    assert command.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 30
    while not process_gone(child) and time.monotonic() < deadline:  # (the group's kill reached it)
        time.sleep(0.02)
    assert process_gone(child)


def _with_sqlite3_connect(root: Path) -> list[str]:
    """Each ``with sqlite3.connect(…)`` in the Python files under ``root``, as ``path:line``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found += [
            f"{path.relative_to(root)}:{item.context_expr.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, (ast.With, ast.AsyncWith))
            for item in node.items
            if isinstance(call := item.context_expr, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "connect"
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == "sqlite3"
        ]
    return found


def test_no_with_sqlite3_connect_which_leaves_the_connection_open(tmp_path):
    """``with sqlite3.connect(…) as conn`` commits at the block's end but does not close the
    connection: the file stays open until the collector finds it (52 tests did it).
    ``helpers.sqlite_open`` commits and closes; ``contextlib.closing`` where nothing is written."""
    (tmp_path / "bad.py").write_text("import sqlite3\nwith sqlite3.connect('k.db') as conn:\n    pass\n")
    assert _with_sqlite3_connect(tmp_path) == ["bad.py:2"]
    found = {part: _with_sqlite3_connect(ROOT / part) for part in ("tests", "kesu_docs", "bench")}
    assert found == {"tests": [], "kesu_docs": [], "bench": []}


def test_sqlite_open_commits_and_closes(tmp_path):
    with sqlite_open(tmp_path / "k.db") as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        conn.execute("SELECT 1")
    with pytest.raises(ZeroDivisionError), sqlite_open(tmp_path / "k.db") as conn:
        conn.execute("INSERT INTO t VALUES (2)")
        raise ZeroDivisionError  # rolled back
    with contextlib.closing(sqlite3.connect(tmp_path / "k.db")) as conn:
        assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]
