"""``kesu parse --jobs 2`` (issue 15, twenty-second round): the command's start-up before the
fork, the serial part of a two-job run, loads what a one-job run loads — not the layout
profiles' reader when there is no profile to read by (a tenth of the reader's code, which one
job without profiles never imports) — and the lines, the exit code and the order of the
messages stay those of one job, broken and hostile files among good ones."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from helpers import python_process

# a fresh interpreter in the clerk's folder: the pool started as ``kesu parse --jobs 2`` starts
# it (the command and one worker, forked on Linux), then whether each holds the profiles' reader
PROBE = """
import json, sys
from kesu_docs.workers import pool_for_run

def loaded():
    import sys
    return "kesu_docs.parse.profile" in sys.modules

with pool_for_run(2, rendering=False, share=True) as workers:
    here = loaded()
    there = workers.to(0, loaded).result()
print(json.dumps({"here": here, "there": there}))
"""


@pytest.mark.parametrize("profiles", [False, True])
def test_the_profiles_reader_is_loaded_before_the_fork_only_with_profiles(tmp_path, profiles):
    if profiles:
        (tmp_path / "profiles").mkdir()
        (tmp_path / "profiles" / "华兴投诉单.toml").write_text("", encoding="utf-8")
    done = python_process("-c", PROBE, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen == {"here": profiles, "there": profiles}


def _kesu(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return python_process("-m", "kesu_docs", *args, cwd=folder, text=False)


def test_two_jobs_write_what_one_job_writes_to_both_streams_with_its_exit_code(tmp_path):
    """The real command, as a clerk runs it: the JSON lines, the messages on stderr (an empty
    folder noted) and the exit code of two jobs are one job's, byte for byte, with broken and
    hostile files among good Excel, PDF and JSON forms."""
    import shutil

    from test_jobs import LAYOUTS, SAMPLES, _inbox

    inbox = _inbox(tmp_path / "inbox")
    shutil.copyfile(SAMPLES / "8d-broken.xlsx", inbox / "c05-8d.xlsx")
    for path in sorted(LAYOUTS.glob("complaint-*.pdf"))[:2]:
        shutil.copyfile(path, inbox / path.name)
    (tmp_path / "空文件夹").mkdir()  # (given beside the inbox: said on stderr, before the lines)
    one = _kesu(tmp_path, "parse", "inbox", "空文件夹")
    two = _kesu(tmp_path, "parse", "--jobs", "2", "inbox", "空文件夹")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert len(one.stdout.splitlines()) == 19
    assert "空文件夹" in one.stderr.decode()
