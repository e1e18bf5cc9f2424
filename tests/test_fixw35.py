"""fixw35: the round's writes mended — a file taken from its staging folder by that folder's
descriptor, held open since its check (a folder swapped for a link in between never makes
another's file the clerk's document); a register held past the wait refused after one wait, not
two; a staging folder gone mid-batch drawn anew, private. Real folders, a real SQLite register;
the swaps are done at the very system call by an audit hook, in a process of their own (a hook
stays for the life of its process)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time

import pytest

from kesu_docs.register import Register
from kesu_docs.register.errors import RegisterError

_SWAPPED_AT = """\
import sys
from pathlib import Path
from kesu_docs import leftovers

event_name, how, base = sys.argv[1], sys.argv[2], Path(sys.argv[3])
out, outside = base / "out", base / "outside"
armed = [True]

def swap(event, args):
    # at the rename (the link): the staging folder moved away, a link to another's folder put
    # under its name, in it a file under the staged file's name
    if event == event_name and armed[0]:
        armed[0] = False
        [stage] = [p for p in out.iterdir() if p.name.startswith(".kesu-stage-")]
        name = Path(args[0]).name
        (outside / name).write_bytes(b"NOT OURS")
        stage.rename(base / "moved")
        stage.symlink_to(outside, target_is_directory=True)

sys.addaudithook(swap)
target = out / "report.html"
if how == "aside":
    leftovers.written_aside(target, lambda made: Path(made).write_bytes(b"kesu's report"), lambda: None)
else:
    leftovers.write_file(target, b"kesu's report", new=how == "new")
print("swapped" if not armed[0] else "not swapped")
"""


@pytest.mark.parametrize(
    ("event", "how"), [("os.rename", "replace"), ("os.link", "new"), ("os.rename", "aside")]
)
def test_a_staging_folder_swapped_for_a_link_at_the_rename_never_makes_another_file_the_document(
    tmp_path, event, how
):
    """The staging folder was checked, then the file renamed (or linked) by its path: a folder
    swapped for a link in between made the file the link led to the clerk's document. The
    file is taken from the folder checked (its descriptor, held open): the clerk's document is
    kesu's, the other's file is left where it is."""
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _SWAPPED_AT, event, how, str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.strip() == "swapped", done.stderr
    assert (out / "report.html").read_bytes() == b"kesu's report"
    assert [p.read_bytes() for p in outside.iterdir()] == [b"NOT OURS"]
    assert [p.name for p in out.iterdir()] == ["report.html"]  # (the link put there removed)


_GONE_AT_OPEN = """\
import shutil, stat, sys
from pathlib import Path
from kesu_docs import leftovers

out = Path(sys.argv[1])
armed = [False]

def gone(event, args):
    # between the temporary name drawn and the file made: the batch's staging folder removed
    if event == "open" and armed[0] and Path(str(args[0])).name.startswith(".kesu-stage-"):
        armed[0] = False
        shutil.rmtree(args[0])

sys.addaudithook(gone)
with leftovers.staged_aside():
    leftovers.write_file(out / "a.docx", b"a", synced=False)
    armed[0] = True
    leftovers.write_file(out / "b.docx", b"b", synced=False)
    leftovers.write_file(out / "c.docx", b"c", synced=False)
    stages = [p for p in out.iterdir() if p.name.startswith(".kesu-stage-")]
    print(len(stages), oct(stat.S_IMODE(stages[0].stat().st_mode)), armed[0])
"""


def test_a_staging_folder_gone_between_its_name_and_the_file_is_drawn_again_private(tmp_path):
    """The batch's staging folder removed between the temporary name drawn and the file made
    (a clerk emptying hidden folders): it was made again by a plain mkdir, then refused as a
    folder put in its place — every later write of the batch stopped, wrongly said. Now a
    private folder (0700) is drawn anew, the batch's later files staged there, and it is
    removed as the batch ends."""
    done = subprocess.run(
        [sys.executable, "-c", _GONE_AT_OPEN, str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "0o700", "False"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx", "c.docx"]
    assert (tmp_path / "b.docx").read_bytes() == b"b"


def test_a_register_held_past_the_wait_is_refused_on_the_driver_after_one_wait(tmp_path, monkeypatch):
    """``Register.open(on_driver=True)``'s probe waited the busy timeout, then fell back to
    SQLAlchemy, which waited it again — two minutes before the clerk was told "locked", the
    note saying one. The probe still refused past its wait is the refusal: once, saying how
    long kesu waited (all of it) and what held the register."""
    from kesu_docs.register import database

    wait_ms = 600
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", wait_ms)
    db = tmp_path / "kesu.db"
    with Register.open(db):
        pass
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")  # (the file held alone until the connection closes)
    try:
        started = time.monotonic()
        with pytest.raises(RegisterError) as found:
            Register.open(db, on_driver=True).close()
        took = time.monotonic() - started
    finally:
        holder.close()
    said = found.value.message("en")
    assert found.value.code == "register_unreachable" and "database is locked" in said, said
    assert wait_ms / 1000 <= took < 2 * wait_ms / 1000 - 0.05, took  # (one wait, not two)
    waited = re.search(r"kesu waited ([0-9.]+) seconds", said)
    assert waited is not None and float(waited[1]) >= wait_ms / 1000 - 0.05, said
    with Register.open(db, on_driver=True):  # (let go: opened)
        pass
