"""The ``kesu`` command ends without the collector's passes over what it leaves alive
(issue 15: ≈ 0.1 s of a 1,000-document ``kesu render``), and with everything it left to
``atexit`` still done."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT

_WATCH = """
import atexit, gc, sys
seen = []
def last():  # registered before the command's own: run after them
    sys.stdout.write(f"frozen={gc.get_freeze_count() > 0} handler_ran={seen == ['ran']}\\n")
    sys.stdout.flush()
atexit.register(last)
from kesu_docs.cli import main
atexit.register(lambda: seen.append("ran"))  # a handler the command registers before main()
sys.argv = ["kesu", *sys.argv[1:]]
main()
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _WATCH, *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_the_command_leaves_its_objects_to_no_collection_at_exit_and_runs_every_handler():
    done = _run("--version")
    assert done.returncode == 0, done.stderr
    assert "kesu" in done.stdout
    assert done.stdout.strip().endswith("frozen=True handler_ran=True")


def test_a_failing_command_exits_with_its_code_and_message_as_before(tmp_path):
    done = _run("render", "-o", str(tmp_path / "out"))  # no input given: a usage error
    assert done.returncode == 2
    assert done.stderr.strip()
    assert done.stdout.strip().endswith("frozen=True handler_ran=True")
