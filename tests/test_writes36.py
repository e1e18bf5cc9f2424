"""writes36: the last writes by path — a staged file removed, a failed write's temporary file
removed, a private folder removed and a re-print put in place, each through the descriptor of
the folder checked, never by its name again: a folder swapped for a link (or for another
folder) between the check and the act never makes kesu remove, or take, a file elsewhere. Real
folders; the swaps are done at the very system call by an audit hook, in a process of its own
(a hook stays for the life of its process)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kesu_docs import leftovers

_SWAPPED_AT = """\
import errno, sys
from pathlib import Path
from kesu_docs import leftovers
from kesu_docs.problems import KesuError

how, base = sys.argv[1], Path(sys.argv[2])
out, outside, theirs = base / "out", base / "outside", base / "theirs"
events = {
    "unlink": ("os.remove", "os.scandir"),
    "failed": ("os.remove",),
    "removed": ("shutil.rmtree", "os.scandir"),
    "put": ("os.rename",),
    "cleared": ("os.remove",),
}[how]
armed = [how == "cleared"]  # (the others: armed right before the act, below)
planted = [how != "cleared"]

def stage():
    [found] = [p for p in out.iterdir() if p.name.startswith(".kesu-stage-")]
    return found

def swap(event, args):
    if event == "open" and not planted[0] and str(args[0]).endswith(".part"):
        # (a file put under the temporary name kesu is about to make: O_EXCL refuses it)
        planted[0] = True
        (stage() / Path(args[0]).name).write_bytes(b"planted")
        return
    if event not in events or not armed[0] or not planted[0]:
        return
    armed[0] = False
    folder = stage()
    folder.rename(base / "moved")
    if how == "removed":  # another folder (the clerk's own, with a file) put under its name
        theirs.rename(folder)
        return
    # a link to another's folder, in it a file under the name of each file kesu made there
    for p in (base / "moved").iterdir():
        (outside / p.name).write_bytes(b"NOT OURS")
    folder.symlink_to(outside, target_is_directory=True)

sys.addaudithook(swap)
target = out / "complaint-202609001-补印1.docx"
said = "done"
try:
    if how == "unlink":
        staged = leftovers.stage_file(target, b"ours")
        armed[0] = True
        staged.unlink()
    elif how == "failed":
        def half_then_full(file):
            file.write(b"half")
            armed[0] = True
            raise OSError(errno.ENOSPC, "No space left on device")
        leftovers.written_whole(target, half_then_full)
    elif how == "removed":
        with leftovers.staged_aside():
            leftovers.write_file(target, b"ours", synced=False)
            armed[0] = True
    elif how == "put":
        staged = leftovers.stage_file(target, b"ours")
        armed[0] = True
        leftovers.put_in_place(staged, target)
    else:
        leftovers.write_file(target, b"ours")
except OSError as exc:
    said = f"refused {type(exc).__name__}"
except KesuError as exc:
    said = f"refused {exc.code}"
print("swapped" if not armed[0] else "not swapped", said)
"""


def _swapped_at(tmp_path, how: str) -> list[str]:
    for folder in ("out", "outside", "theirs"):
        (tmp_path / folder).mkdir()
    (tmp_path / "theirs" / "keep.docx").write_bytes(b"the clerk's")
    done = subprocess.run(
        [sys.executable, "-c", _SWAPPED_AT, how, str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _outside_untouched(tmp_path) -> None:
    found = {p.name: p.read_bytes() for p in (tmp_path / "outside").iterdir()}
    assert found and set(found.values()) == {b"NOT OURS"}, found


@pytest.mark.parametrize("how", ["unlink", "failed", "cleared"])
def test_a_staged_file_removed_while_its_folder_is_swapped_for_a_link_removes_nothing_elsewhere(
    tmp_path, how
):
    """A staged file dropped (a re-print's, ``Staged.unlink``), a write failed half-way (a full
    disk: the temporary file removed), a file standing under the temporary name kesu is about
    to make (removed first): each was removed by its path, and the private folder swapped for a
    link to another's folder at that very moment had kesu remove the file there under the same
    name. Each is removed through the folder's descriptor: the other's file stays, kesu's own
    is gone from the folder it was made in, and the link put in the output folder is removed."""
    said = _swapped_at(tmp_path, how)
    assert said[0] == "swapped", said
    _outside_untouched(tmp_path)
    assert list((tmp_path / "moved").iterdir()) == []  # (kesu's own file: removed where it was)
    assert list((tmp_path / "out").iterdir()) == []
    if how == "failed":
        assert said[1:] == ["refused", "OSError"]
    elif how == "cleared":
        assert said[1:] == ["refused", "output_unusable"]  # (nothing written through the link)


def test_a_private_folder_swapped_for_another_folder_at_its_removal_leaves_that_folder_whole(tmp_path):
    """A batch's private folder was looked at by its name, then removed by it
    (``shutil.rmtree``): another folder put under its name in between (the clerk's own, moved
    there by someone with write access to the shared output folder) was removed whole. It is
    opened, checked to be the folder kesu made, emptied through its descriptor, and its name
    removed only if empty: the other folder stays whole."""
    said = _swapped_at(tmp_path, "removed")
    assert said == ["swapped", "done"], said
    out = tmp_path / "out"
    [document] = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert document.read_bytes() == b"ours"
    [kept] = [p for p in out.iterdir() if p.name.startswith(".kesu-stage-")]
    assert [(p.name, p.read_bytes()) for p in kept.iterdir()] == [("keep.docx", b"the clerk's")]
    assert list((tmp_path / "moved").iterdir()) == []


def test_a_reprint_put_in_place_while_its_folder_is_swapped_for_a_link_is_kesus_own(tmp_path):
    """``put_in_place`` checked the staged file by its path, then renamed it by its path: the
    folder swapped for a link at the rename made the file the link led to (another's) the
    clerk's re-print. Checked and renamed through the folder's descriptor now: the re-print is
    the one kesu wrote, the other's file is left where it is, the link is removed."""
    said = _swapped_at(tmp_path, "put")
    assert said == ["swapped", "done"], said
    out = tmp_path / "out"
    assert [(p.name, p.read_bytes()) for p in out.iterdir()] == [("complaint-202609001-补印1.docx", b"ours")]
    _outside_untouched(tmp_path)


def test_a_reprint_whose_folder_was_swapped_before_it_is_put_in_place_is_refused_as_replaced(tmp_path):
    """The staged re-print's folder swapped for a link before ``put_in_place``: refused as a
    replaced staged file (``FileExistsError``: the re-print is staged again once,
    test_fixd32), not a missing one — and nothing taken or removed through the link."""
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    target = out / "complaint-202609001-补印1.docx"
    staged = leftovers.stage_file(target, b"ours")
    staged.path.parent.rename(tmp_path / "moved")
    staged.path.parent.symlink_to(outside, target_is_directory=True)
    with pytest.raises(FileExistsError):
        leftovers.put_in_place(staged, target)
    assert list(outside.iterdir()) == [] and list(out.iterdir()) == []


def test_a_staged_file_dropped_twice_never_touches_what_came_under_its_name_since(tmp_path):
    """A re-print refused at its rename is dropped by ``put_in_place`` and again by its caller:
    the second drop looked its name up anew and removed whatever stood there (another folder,
    with a file under the staged file's name). A folder this process removed already is not
    looked at again."""
    target = tmp_path / "complaint-202609001-补印1.docx"
    staged = leftovers.stage_file(target, b"ours")
    staged.unlink()
    staged.path.parent.mkdir()
    staged.path.write_bytes(b"theirs")
    staged.unlink()
    assert staged.path.read_bytes() == b"theirs"
