"""What the suite starts is found wherever it goes, and the order of the tests is random (flake31).

flake30's check found a process a test left behind by the mark every process of the run
inherits (``PYTEST_KESU_RUN``): a process started with an environment not built from
``os.environ`` (``env={"PATH": …}``) had no mark, and once its parent ended (an orphan, as
LibreOffice's ``soffice.bin`` or a killed command's workers are) nothing found it. pytest's
process now adopts the orphans of what it started (Linux's child subreaper). Each bad case is a
test of a small suite run by pytest in a process of its own with the suite's conftest.
"""

from __future__ import annotations

import os
import signal

from helpers import pytest_on_suite

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
