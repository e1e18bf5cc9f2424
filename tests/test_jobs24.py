"""``--jobs N`` (issue 15), the twenty-fourth round.

- On Linux, where the kernel shares the processor between sessions (autogroups), each worker
  runs in a session of its own, so that the run gets more than one session's share of a busy
  machine; not when the command was started with ``nice``. The workers still end with the
  command, killed with its process group or alone, and still leave Ctrl-C to it.
- ``kesu render --jobs N`` walks each folder it is given once before its workers are forked
  (the run's serial start-up: the names' note and the batch's list come from one walk), and
  lists, notes, numbers and writes what one job does — with the output folder inside the
  inbox, a folder given twice, a file given beside its folder, two names in two Unicode forms.
- bench/jobs_same.py, the check that goes with bench/jobs_bench.py, says "same" on a small batch.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from helpers import child_processes, ended_with_its_group, process_gone
from hostile import complaint, write_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def _autogroups() -> bool:
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


SESSIONS = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not _autogroups() or os.nice(0) > 0,
    reason="the kernel shares the processor between sessions on Linux with autogroups only",
)


@SESSIONS
def test_each_worker_runs_in_a_session_of_its_own_where_the_kernel_shares_by_session():
    import kesu_docs.workers as workers

    for share in (False, True):
        with workers.Workers(2, layouts=False, rendering=False, share=share) as pool:
            pids = {process.pid for process in pool.own.processes}
            if share:  # kesu parse: the command and one worker
                sids = {pool.to(0, os.getsid, 0).result()}
            else:  # kesu render: two workers, each with its own queue
                sids = {pool.to(k, os.getsid, 0).result() for k in range(2)}
        assert sids == pids, (sids, pids)  # each worker leads its own session
        assert os.getsid(0) not in sids


@SESSIONS
def test_a_command_started_with_nice_keeps_its_workers_in_its_session():
    code = (
        "import os\n"
        "from kesu_docs.workers import Workers\n"
        "with Workers(2, layouts=False, rendering=False) as pool:\n"
        "    print(os.getsid(0), *[pool.to(k, os.getsid, 0).result() for k in range(2)])\n"
    )
    done = subprocess.run(["nice", "-n", "5", sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    mine, *theirs = done.stdout.split()
    assert theirs == [mine, mine]


@SESSIONS
def test_workers_in_their_own_sessions_end_when_the_commands_group_is_killed(tmp_path):
    """A kill of the command's process group (a terminal closed, ``kill -9 -PGID``) reaches the
    command alone now; its workers end with it all the same, and a second run leaves nothing."""
    inbox = _inbox(tmp_path / "inbox", 300)
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    args = ["render", str(inbox), "-o", str(out), "--db", str(db), "--jobs", "2"]
    started = subprocess.Popen(
        [sys.executable, "-m", "kesu_docs", *args],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    with ended_with_its_group(started) as batch:  # (killed, waited for, whatever happens)
        workers: list[int] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (out.is_dir() and any(out.glob("*.docx"))):
            workers = child_processes(batch.pid) or workers
            time.sleep(0.02)
        workers = child_processes(batch.pid) or workers
        assert workers and all(os.getsid(pid) == pid for pid in workers if not process_gone(pid))
        os.killpg(batch.pid, signal.SIGKILL)
        batch.wait(timeout=60)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not all(process_gone(pid) for pid in workers):
        time.sleep(0.02)
    assert all(process_gone(pid) for pid in workers)
    again = subprocess.run([sys.executable, "-m", "kesu_docs", *args], cwd=tmp_path, capture_output=True)
    assert again.returncode == 0, again.stderr
    assert sum(1 for _ in out.glob("*.docx")) == 300
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


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
        env=dict(os.environ, KESU_LANG="en"),
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
