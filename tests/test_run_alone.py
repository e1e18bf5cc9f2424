"""leftovers.run_alone: a launcher cut short takes its children with it (LibreOffice's
``soffice`` starts ``soffice.bin``; Chromium its renderers), on POSIX and on Windows."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from kesu_docs.leftovers import alive, own_group, run_alone, tree_kill_command

# a launcher that starts a worker (as soffice starts soffice.bin), says the worker's pid, and waits
LAUNCHER = (
    "import os, subprocess, sys, time\n"
    "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])\n"
    "print(child.pid, flush=True)\n"
    "open(sys.argv[1] + '.part', 'w').write(str(child.pid))\n"
    "os.replace(sys.argv[1] + '.part', sys.argv[1])  # whole or not there\n"
    "time.sleep(120)\n"
)


def test_a_launcher_cut_short_by_its_timeout_takes_its_worker_with_it(tmp_path):
    said = tmp_path / "worker.pid"
    # cut short before it started its worker (two Pythons starting on a loaded machine can take
    # longer than a timeout of 5 s), there is no worker to look for: cut it again, later
    for timeout in (5, 20, 60, 180):
        with pytest.raises(subprocess.TimeoutExpired):
            run_alone([sys.executable, "-c", LAUNCHER, str(said)], timeout=timeout)
        if said.exists():
            break
    else:
        raise AssertionError("the launcher never started its worker")
    worker = int(said.read_text())
    give_up = time.monotonic() + 30  # the kill is sent; the system may take a moment to reap
    while alive(worker) and time.monotonic() < give_up:
        time.sleep(0.1)
    assert not alive(worker)


def test_windows_ends_the_whole_tree_with_taskkill_and_a_group_of_its_own():
    # what Windows is given: no POSIX session (Popen refuses start_new_session's meaning
    # there), a new process group, and taskkill over the tree (/T) by force (/F)
    assert own_group("win32") == {"creationflags": 0x00000200}  # CREATE_NEW_PROCESS_GROUP
    if sys.platform == "win32":
        assert own_group()["creationflags"] == subprocess.CREATE_NEW_PROCESS_GROUP
    assert tree_kill_command(4711) == ["taskkill", "/T", "/F", "/PID", "4711"]
    assert own_group("linux") == {"start_new_session": True}


def test_what_this_platform_is_given_starts_a_real_process():
    done = run_alone([sys.executable, "-c", "print('ok')"], timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "ok"
