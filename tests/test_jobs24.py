"""``kesu render --jobs N`` walks each folder it is given once before its workers are forked
(the run's serial start-up: the names' note and the batch's list come from one walk), and
lists, notes, numbers and writes what one job does — with the output folder inside the inbox,
a folder given twice, a file given beside its folder, two names in two Unicode forms.
bench/jobs_same.py, the check that goes with bench/jobs_bench.py, says "same" on a small batch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hostile import complaint, write_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

# Counts the entries every walk of the inbox yields (pathlib's rglob, which ``expand`` and
# ``holds_forms`` use) in the command's process up to the fork, then stops there: what the
# serial start-up of a two-job run does, and no more.
_WALKS = """
import os, pathlib, sys
seen = []
walk = pathlib.Path.rglob
def counted(self, pattern):
    for entry in walk(self, pattern):
        seen.append(entry)
        yield entry
pathlib.Path.rglob = counted
from kesu_docs import workers
def forked(self, *args, **kwargs):
    print(len(seen), file=sys.stderr)
    sys.stderr.flush()
    os._exit(0)
workers.Workers.__init__ = forked
from kesu_docs.cli import main
sys.argv = ["kesu", *sys.argv[1:]]
main()
"""


def _inbox(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        write_json(folder / f"c{i:03d}.json", complaint(order_no=f"SO-{i}"))
    return folder


def test_two_jobs_walk_the_inbox_once_before_the_workers_are_forked(tmp_path):
    inbox = _inbox(tmp_path / "inbox", 40)
    done = subprocess.run(
        [sys.executable, "-c", _WALKS, "render", str(inbox), "-o", str(tmp_path / "out"), "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=dict(os.environ, KESU_LANG="en"),
    )
    assert done.returncode == 0, done.stderr
    entries = int(done.stderr.split()[-1])
    # one whole walk (40 entries) and the empty-folder check's first entry; before, a second
    # whole walk for the batch's own list (81)
    assert 40 <= entries <= 41, entries


def _kesu(args: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "kesu_docs", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ, KESU_LANG="en", COLUMNS="400"),
    )
    return done.returncode, done.stdout, done.stderr


def _made(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_jobs_list_note_and_write_what_one_job_does_with_odd_paths(tmp_path):
    """The output folder inside the inbox (its documents are not filed again), the inbox given
    twice and one of its files given beside it, two names that differ in their Unicode form
    (noted on stderr): the same stderr, stdout, exit code and files with one and two jobs."""
    inbox = _inbox(tmp_path / "inbox", 12)
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "c005-excel.xlsx")
    for form in ("NFC", "NFD"):
        write_json(inbox / unicodedata.normalize(form, "café-客诉.json"), complaint(order_no=f"SO-{form}"))
    if len(list(inbox.glob("caf*"))) < 2:
        pytest.skip("this file system keeps one Unicode form of a name")
    seen = {}
    for jobs in ("1", "2"):
        work = tmp_path / f"jobs{jobs}"
        work.mkdir()
        shutil.copytree(inbox, work / "inbox")
        args = ["render", "inbox", "inbox", "inbox/c003.json", "-o", "inbox/out", "--db", "kesu.db"]
        first = _kesu([*args, "--jobs", jobs], work)
        assert first[0] == 0, first[2]
        again = _kesu([*args, "--jobs", jobs], work)  # inbox/out is inside the inbox now
        seen[jobs] = (first, again, _made(work / "inbox" / "out"))
    assert seen["2"] == seen["1"]
    (first, again, made) = seen["1"]
    assert "differ only in their Unicode form" in first[2] and "U+0301" in first[2]
    assert sum(name.endswith(".docx") for name in made) == 15, sorted(made)
    assert again[0] == 0, again[2]


def test_the_jobs_same_check_says_same_on_a_small_batch(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "jobs_same.py"), "-n", "24", "--keep", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "same:" in done.stdout, done.stdout
