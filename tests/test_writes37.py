"""writes37: the last writes by path writes36 left — a run's leftovers cleaned, a new document's
PDF put in place — each through the descriptor of the folder checked, never by its name again: a
folder swapped for a link between the look and the act never makes kesu remove, or write, a file
elsewhere. Real folders; the swaps are done at the very system call by an audit hook, in a
process of its own (a hook stays for the life of its process)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import clean_environment

_CLEANED_WHILE_SWAPPED = """\
import sys
from pathlib import Path
from kesu_docs import leftovers

base, dead = Path(sys.argv[1]), sys.argv[2]
out, outside = base / "out", base / "outside"
armed = [True]

def swap(event, args):
    if event not in ("os.remove", "os.rmdir", "shutil.rmtree") or not armed[0] or dead not in str(args[0]):
        return  # (the first removal of a leftover's, none before: tempfile's probe of /tmp)
    armed[0] = False
    out.rename(base / "moved")
    out.symlink_to(outside, target_is_directory=True)

sys.addaudithook(swap)
removed = leftovers.clean(out)
print("swapped" if not armed[0] else "not swapped", len(removed))
"""


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def _leftovers_of(folder, dead: int, said: bytes) -> None:
    """What a killed kesu of process ``dead`` leaves in an output folder: a staged file beside
    a document, a private folder with its staged file, a PDF batch's folder."""
    folder.mkdir()
    (folder / f".complaint-202609001.docx.{dead}.140234.part").write_bytes(said)
    for name in (f".kesu-stage-{dead}-a1b2c3d4", f".kesu-pdf-{dead}-x9y8"):
        (folder / name).mkdir()
        (folder / name / "complaint-202609001.docx").write_bytes(said)


def test_leftovers_cleaned_while_the_output_folder_is_swapped_for_a_link_remove_nothing_elsewhere(tmp_path):
    """``leftovers.clean`` (a rerun's, a render whose worker died) listed the output folder, then
    removed each dead process's file and folder by its path: the output folder swapped for a link
    to another's folder at the first removal had kesu remove the files and folders of the same
    names there. Listed and removed through the folder's descriptor now: the other folder stays
    whole, and the leftovers are gone from the folder that was listed."""
    dead = _dead_pid()
    _leftovers_of(tmp_path / "out", dead, b"left by a dead kesu")
    _leftovers_of(tmp_path / "outside", dead, b"NOT OURS")
    done = subprocess.run(
        [sys.executable, "-c", _CLEANED_WHILE_SWAPPED, str(tmp_path), str(dead)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["swapped", "3"], done.stdout
    outside = sorted(
        p.relative_to(tmp_path / "outside").as_posix() for p in (tmp_path / "outside").rglob("*")
    )
    assert len(outside) == 5, outside
    assert {p.read_bytes() for p in (tmp_path / "outside").rglob("*") if p.is_file()} == {b"NOT OURS"}
    assert list((tmp_path / "moved").iterdir()) == []


def test_clean_leaves_a_live_process_leftovers_and_removes_a_dead_ones_folder_tree(tmp_path):
    """Through the folder's descriptor, ``clean`` keeps its rules: a running process's staged file
    stays, a dead one's folder goes with the folders inside it (a LibreOffice profile's tree),
    a link under a dead process's name is removed itself, never what it leads to."""
    import os

    from kesu_docs import leftovers

    dead = _dead_pid()
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.docx").write_bytes(b"keep")
    out.mkdir()
    live = out / f".complaint-202609002.docx.{os.getpid()}.1.part"
    live.write_bytes(b"running")
    tree = out / f".kesu-pdf-{dead}-tree"
    (tree / "user" / "config").mkdir(parents=True)
    (tree / "user" / "config" / "registrymodifications.xcu").write_bytes(b"<x/>")
    link = out / f".kesu-stage-{dead}-link"
    link.symlink_to(elsewhere, target_is_directory=True)
    removed = leftovers.clean(out)
    assert sorted(p.name for p in removed) == sorted([tree.name, link.name])
    assert sorted(p.name for p in out.iterdir()) == [live.name]
    assert (elsewhere / "keep.docx").read_bytes() == b"keep"


_PDF_PUT_WHILE_SWAPPED = """\
import sys
from pathlib import Path
from kesu_docs.render.pdf import to_pdf

base, how = Path(sys.argv[1]), sys.argv[2]
out, outside = base / "out", base / "outside"
armed = [True]

def swap(event, args):
    if event not in ("os.rename", "os.link") or not armed[0] or not str(args[1]).endswith(".pdf"):
        return
    armed[0] = False
    [staging] = [p for p in out.iterdir() if p.name.startswith(".kesu-pdf-")]
    staging.rename(base / "moved")
    staging.symlink_to(outside, target_is_directory=True)

sys.addaudithook(swap)
source = out / "complaint-202609001.docx"
to_pdf([source], out, new=[source] if how == "new" else [])
print("swapped" if not armed[0] else "not swapped")
"""

_STAND_IN_OFFICE = """\
import sys
from pathlib import Path

args = sys.argv[1:]
outdir = Path(args[args.index("--outdir") + 1])
for source in args[args.index("--outdir") + 2 :]:
    (outdir / (Path(source).stem + ".pdf")).write_bytes(b"%PDF-1.4 converted by the stand-in office")
"""


def _stand_in_office(folder) -> str:
    """A LibreOffice that writes a small PDF for each document into ``--outdir``: the test is of
    what kesu does with the PDFs once made, not of the conversion (seconds a start under load)."""
    script = folder / "soffice"
    script.write_text(f"#!{sys.executable}\n{_STAND_IN_OFFICE}", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize("how", ["replace", "new"])
def test_a_pdf_put_in_place_while_its_folder_is_swapped_for_a_link_is_the_one_converted(tmp_path, how):
    """``to_pdf`` renamed each PDF from its staging folder by path (``os.replace``; a new
    document's by ``put_new`` without the folder's descriptor): the folder swapped for a link to
    another's folder at that rename made the file of the same name there the clerk's PDF, and
    took it from its owner. Checked once and taken through the folder's descriptor now: the PDF
    in the output folder is the one converted, the other's file stays where it was."""
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (out / "complaint-202609001.docx").write_bytes(b"not a zip: its PDF's pages are not settled")
    (outside / "complaint-202609001.pdf").write_bytes(b"NOT OURS")
    done = subprocess.run(
        [sys.executable, "-c", _PDF_PUT_WHILE_SWAPPED, str(tmp_path), how],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_environment(KESU_SOFFICE=_stand_in_office(tmp_path)),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["swapped"], done.stdout
    made = (out / "complaint-202609001.pdf").read_bytes()
    assert made.startswith(b"%PDF-1.4 converted by the stand-in office"), made
    assert [(p.name, p.read_bytes()) for p in outside.iterdir()] == [("complaint-202609001.pdf", b"NOT OURS")]
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx", "complaint-202609001.pdf"]
