"""register35: writes and the register — a single file (a blank, an export, a report) staged in
a private folder rather than beside the clerk's file, that folder naming its PC (a shared output
folder: another PC's left until a day old), a link put in the folder's place refused, and a
register held a moment by another clerk opened on the driver after the wait, not through
SQLAlchemy. Real folders, real processes killed, real SQLite files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import complaint

from kesu_docs import leftovers
from kesu_docs.problems import KesuError
from kesu_docs.register import Register
from kesu_docs.register.lite_writer import LiteEngine


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


# ------------------------------------------------------------------ a single file killed before its rename
_KILLED_BEFORE_RENAME = """\
import sys, time
from pathlib import Path
from kesu_docs import leftovers

def held(event, args):
    if event == "os.rename":  # (os.replace: the staged file about to get the clerk's name)
        print("staged", flush=True)
        time.sleep(120)

sys.addaudithook(held)
leftovers.write_file(Path(sys.argv[1]), b"PK a whole export")
"""


def test_a_single_write_killed_before_its_rename_leaves_no_file_named_like_it_and_the_next_cleans(tmp_path):
    """A write of one file (a blank, an export, the check report, a report's page) was staged
    beside its target as ``.登记簿导出.xlsx.PID.THREAD.part``: a kill -9 between the write and the
    rename left it there for good, named like the clerk's file. Now it is staged in a private
    folder naming its process and PC (``.kesu-stage-PID@HOST.…``), and the next write into that
    folder removes it (its process gone) before it writes."""
    import signal

    out = tmp_path / "out"
    out.mkdir()
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_BEFORE_RENAME, str(out / "登记簿导出.xlsx")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "staged\n"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        writer.stdout.close()  # type: ignore[union-attr]
    [stage] = out.iterdir()
    assert stage.is_dir() and stage.name.startswith(f".kesu-stage-{writer.pid}@{leftovers.host_name()}.")
    [part] = stage.iterdir()
    assert part.read_bytes() == b"PK a whole export"

    leftovers.write_file(out / "月报.html", b"<html></html>")  # (the next run, whatever it writes)
    assert sorted(p.name for p in out.iterdir()) == ["月报.html"]


# ------------------------------------------------------------------ a folder two PCs share
def test_a_staging_folder_of_another_pc_is_left_until_it_is_a_day_old(tmp_path):
    """On a network share, a process id is this PC's to look up only: a folder of a process that
    runs on the other PC was taken for a dead one's and removed under its feet. A folder naming
    this PC is removed when its process is gone; one naming another PC only past a day."""
    dead, here = _dead_pid(), leftovers.host_name()
    assert here != "OTHER-PC"
    names = {
        "mine_dead": f".kesu-stage-{dead}@{here}.0a1b2c3d",
        "other_young": f".kesu-stage-{dead}@OTHER-PC.0a1b2c3d",
        "other_young_pdf": f".kesu-pdf-{dead}@OTHER-PC.x1y2z3",
        "other_old": f".kesu-stage-{os.getpid()}@OTHER-PC.4e5f6a7b",  # (its id runs here: not the point)
        "mine_alive": f".kesu-stage-{os.getpid()}@{here}.8c9d0e1f",
    }
    for name in names.values():
        (tmp_path / name).mkdir()
        (tmp_path / name / ".complaint-1.docx.1.2.part").write_bytes(b"PK half")
    old = time.time() - leftovers.FOREIGN_AGE - 3600
    os.utime(tmp_path / names["other_old"], (old, old))

    removed = leftovers.clean(tmp_path)

    assert sorted(p.name for p in removed) == sorted([names["mine_dead"], names["other_old"]])
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == sorted([names["other_young"], names["other_young_pdf"], names["mine_alive"]])


@pytest.fixture
def named_pc(monkeypatch):
    """``named_pc(name)``: this PC named so for the test (platform.node, as the operating system
    gives it); the name kesu keeps for the process is looked up again before and after."""
    import platform

    def name(node: str) -> None:
        monkeypatch.setattr(platform, "node", lambda: node)
        leftovers.host_name.cache_clear()

    yield name
    monkeypatch.undo()
    leftovers.host_name.cache_clear()


@pytest.mark.parametrize("node", ["finance-pc01", "财务一", "pc01.corp.example", "x" * 60, ""])
def test_the_pcs_name_in_a_temporary_name_is_letters_digits_and_dashes(named_pc, node):
    """A PC named in Chinese or with dots (an FQDN) still gives a name the cleaning reads back
    (the PC's name as the operating system gives it: platform.node)."""
    named_pc(node)
    host = leftovers.host_name()
    assert host and all(c.isascii() and (c.isalnum() or c in "-_") for c in host)
    prefix = leftovers.own_prefix(".kesu-stage-")
    assert leftovers._owner(prefix + "abcd") == (os.getpid(), host)


def test_two_pcs_named_in_chinese_are_told_apart(named_pc):
    names = []
    for node in ("财务一", "财务二"):
        named_pc(node)
        names.append(leftovers.host_name())
    assert names[0] != names[1]


# ------------------------------------------------------------------ a link in the staging folder's place
def test_a_link_put_in_place_of_a_batchs_staging_folder_is_refused_nothing_written_through_it(tmp_path):
    """Someone with write access to a shared output folder moves a batch's staging folder away
    and puts a link to another folder under its name: the next document was written in a new
    folder — and a link put there between the look and the write led it outside. Now the
    folder is opened never through a link and checked to be the one kesu made: refused, in
    words, and the link gone when the batch ends; nothing is written outside."""
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    with pytest.raises(KesuError) as refused:
        with leftovers.staged_aside():
            leftovers.write_file(out / "complaint-202609001.docx", b"PK one", synced=False)
            [stage] = [p for p in out.iterdir() if p.is_dir()]
            stage.rename(tmp_path / "moved")
            stage.symlink_to(outside, target_is_directory=True)
            leftovers.write_file(out / "complaint-202609002.docx", b"PK two", synced=False)
    assert refused.value.code == "output_unusable"
    assert "临时文件夹" in refused.value.message("zh") and "temporary folder" in refused.value.message("en")
    assert list(outside.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx"]


def test_a_link_planted_under_the_staging_folders_next_name_is_never_entered(tmp_path, monkeypatch):
    """The staging folder's name is made by ``os.mkdir``, which fails where anything stands:
    a link planted under the very name kesu draws (its process id and PC are no secret; the
    draw made known here) is left as it is and another name drawn; nothing goes through it."""
    import secrets

    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    planted = out / f"{leftovers.own_prefix('.kesu-stage-')}0000aaaa"
    planted.symlink_to(outside, target_is_directory=True)
    draws = iter(["0000aaaa", "0000bbbb"])
    monkeypatch.setattr(secrets, "token_hex", lambda _n: next(draws))
    leftovers.write_file(out / "blank.xlsx", b"PK blank")
    assert list(outside.iterdir()) == [] and planted.is_symlink()
    assert sorted(p.name for p in out.iterdir()) == sorted(["blank.xlsx", planted.name])


def test_a_reports_staging_folder_turned_into_a_link_before_the_rename_is_refused(tmp_path):
    """A report is written by a writer given a path in its private folder, then renamed: the
    folder swapped for a link meanwhile had the rename take the file the link leads to (someone
    else's, outside the output folder) and make it the report. Refused now; nothing taken."""
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (outside / "月报.xlsx").write_bytes(b"not ours")

    def write_then_swapped(made: Path) -> None:
        made.write_bytes(b"PK report")
        made.parent.rename(tmp_path / "moved")
        made.parent.symlink_to(outside, target_is_directory=True)

    with pytest.raises(KesuError):
        leftovers.written_aside(out / "月报.xlsx", write_then_swapped, lambda: None)
    assert (outside / "月报.xlsx").read_bytes() == b"not ours"
    assert list(out.iterdir()) == []


# ------------------------------------------------------------------ the driver path under a lock
def test_a_register_held_a_moment_by_another_connection_is_opened_on_the_driver_after_the_wait(tmp_path):
    """``Register.open(on_driver=True)`` looked at the register with no wait at all: another
    clerk's kesu holding the file alone a moment (its last close checkpointing the log, its
    first open recovering it) answered "database is locked", and the open took SQLAlchemy's
    engine — seen in test_render33's two clerks under load. It waits as every connection of
    the register waits now (the busy timeout), and is on the driver."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint("起"), source_hash="first")
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")  # (the file held alone until the connection closes)
    release = threading.Timer(0.3, holder.close)
    release.start()
    try:
        with Register.open(db, on_driver=True) as reg:
            assert isinstance(reg._engine, LiteEngine)
            assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"
    finally:
        release.join()
