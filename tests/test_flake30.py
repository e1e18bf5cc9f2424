"""What one test leaves in pytest's process fails that test, named (flake30).

Round 29's CI failed on a test whose ``Workers`` pool spawned its workers rather than forking
them: ``workers.start_method`` forks only in a process running no other thread, and a test run
earlier had left waitress's request threads running in pytest's process. tests/conftest.py now
checks, after each test and each module, what was left behind: each kind of leftover is left
here by a test of a small suite run by pytest in a process of its own, with the suite's own
conftest, and must fail that test at its teardown, saying what it left.
"""

from __future__ import annotations

from helpers import pytest_on_suite

_LEAVING = """
import os, signal, subprocess, sys, threading, time

import pytest

STOP = threading.Event()


def test_leaves_a_thread():
    threading.Thread(target=STOP.wait, name="left-running", daemon=True).start()


def test_leaves_a_setting():
    os.environ["KESU_LANG"] = "en"


def test_leaves_a_working_directory(tmp_path):
    os.chdir(tmp_path)


def test_leaves_a_signal_handler():
    signal.signal(signal.SIGUSR1, lambda *_: None)


def test_leaves_a_file_open(tmp_path):
    test_leaves_a_file_open.kept = open(tmp_path / "kept", "w")


def test_leaves_a_process_running():
    test_leaves_a_process_running.kept = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


def test_leaves_settings_held():
    from kesu_docs.config import held_settings

    test_leaves_settings_held.kept = held_settings()
    test_leaves_settings_held.kept.__enter__()


def test_leaves_nothing_with_monkeypatch(monkeypatch, tmp_path):
    monkeypatch.setenv("KESU_LANG", "en")
    monkeypatch.chdir(tmp_path)
    done = threading.Thread(target=lambda: None)
    done.start()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    with open(tmp_path / "closed", "w") as f:
        f.write("x")


@pytest.fixture(autouse=True, scope="module")
def _put_back():  # after the module's tests, before conftest's check of the module
    yield
    STOP.set()
    os.environ.pop("KESU_LANG", None)
    os.chdir(os.path.dirname(__file__))
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    test_leaves_a_file_open.kept.close()
    test_leaves_a_process_running.kept.kill()
    test_leaves_a_process_running.kept.wait()
    test_leaves_settings_held.kept.__exit__(None, None, None)
"""

# a process whose parent has ended (LibreOffice's soffice.bin, a daemon) is no child of pytest's:
# the check of the module finds it by the mark every process the suite starts inherits; it ends
# on its own (7 s: past the check's wait, ended before the test running this suite checks)
_ORPHAN = """
import subprocess, sys


def test_leaves_an_orphan():
    code = "import subprocess; subprocess.Popen(['sleep', '25'])"
    subprocess.run([sys.executable, "-c", code], check=True)
"""


def test_each_thing_a_test_leaves_behind_fails_that_test_and_says_what(tmp_path):
    returncode, said = pytest_on_suite(
        tmp_path / "suite", {"test_leaving.py": _LEAVING, "test_orphan.py": _ORPHAN}, "-rE"
    )
    assert returncode == 1, said
    errors = {line.split("::")[1].split()[0] for line in said.splitlines() if line.startswith("ERROR ")}
    assert errors == {
        "test_leaves_a_thread",
        "test_leaves_a_setting",
        "test_leaves_a_working_directory",
        "test_leaves_a_signal_handler",
        "test_leaves_a_file_open",
        "test_leaves_a_process_running",
        "test_leaves_settings_held",
        "test_leaves_an_orphan",  # (by its module's check: "test_orphan.py left behind")
    }, said
    for words in (
        "a thread left running: 'left-running'",
        "os.environ['KESU_LANG'] was None, left 'en'",
        "cwd was",
        "the handler of SIGUSR1 was",
        "a file left open: descriptor",
        "a process left running:",
        "settings held was None",
        "test_orphan.py left behind:\n  a process left running: ",
    ):
        assert words in said, (words, said)
    assert "9 passed, 8 errors" in said and "test_leaving.py left behind" not in said, said
