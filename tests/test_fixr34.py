"""fixr34: the review of register34 mended — a rerun after ``document_name_taken`` writing over
the stranger's file left in place (a file as new as its document taken for kesu's own by its
time alone). Real SQLite registers, real DOCX/PDF files (zipfile, fpdf2), in-process runs."""

from __future__ import annotations

import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import complaint
from hostile import complaint as sample_record
from hostile import write_json

from kesu_docs import filing
from kesu_docs.register import Register

DOCUMENT = "complaint-202609001.docx"


def _filed_then_taken(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A form filed (a real register), left as ``document_name_taken`` leaves it: its number
    issued, its print never logged, and under its name a file another program saved since."""
    inbox, out, db = tmp_path / "in", tmp_path / "out", tmp_path / "kesu.db"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record(customer="one"))
    with Register.open(db) as reg:
        [filed] = filing.render_paths([inbox], out, register=reg)
    assert filed.outcome != "failed", filed
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM prints")
        conn.execute("DELETE FROM events WHERE event = 'printed'")
    conn.close()
    return inbox, out, db


def _stranger_docx(path: Path) -> bytes:
    """A DOCX another program saved (Python's zipfile, as python-docx or a script writes: its
    entries dated now)."""
    path.unlink(missing_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document>the other clerk's letter</w:document>")
    return path.read_bytes()


def _stranger_pdf(path: Path) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica")
    pdf.cell(text="the other clerk's scan")
    pdf.output(str(path))
    return path.read_bytes()


@pytest.mark.parametrize("stranger", ["docx", "pdf"])
def test_a_rerun_after_a_name_taken_keeps_the_strangers_file_left_in_place(tmp_path, stranger):
    """register34 said ``document_name_taken`` (a file saved under the document's name right
    before its rename: kept; move it and run again) — but a rerun with the file not moved took
    it for the document's own (no older than its issue: a run that wrote it and could not log
    its print) and wrote over it. Now a file as new as its document is its own only when kesu
    wrote it (a DOCX by its zip's entries, a PDF by kesu's fixed dates): the stranger's is
    refused again, kept, said as a file kesu did not write; moved away, the rerun writes the
    document and logs its print."""
    inbox, out, db = _filed_then_taken(tmp_path)
    document = out / DOCUMENT
    if stranger == "docx":
        taken = document
        theirs = _stranger_docx(document)
    else:  # (its DOCX gone; a PDF under its name, another program's, that --pdf would replace)
        taken = document.with_suffix(".pdf")
        theirs = _stranger_pdf(taken)
        document.unlink()
    for _ in range(2):
        with Register.open(db) as reg:
            [again] = filing.render_paths([inbox], out, register=reg)
        assert again.outcome == "failed" and taken.read_bytes() == theirs, again
        reason = again.problems[0].params["reason"]
        assert f"{taken} has the name of the file of number 202609001" in reason.en, reason.en
        assert f"输出文件夹中的文件 {taken} 占用了编号 202609001 的文件名" in reason.zh, reason.zh
        assert "lost its latest records" not in reason.en
    taken.rename(tmp_path / f"theirs{taken.suffix}")  # (moved elsewhere, as the message asks)
    with Register.open(db) as reg:
        [done] = filing.render_paths([inbox], out, register=reg)
        assert [p.mark for p in reg.printed("202609001", kind="complaint")] == ["original"]
    assert done.outcome != "failed" and document.read_bytes()[:2] == b"PK", done
    assert (tmp_path / f"theirs{taken.suffix}").read_bytes() == theirs


def test_kesus_own_document_is_told_from_a_zip_and_a_pdf_another_program_wrote(tmp_path):
    """The marks the rerun judges by: a DOCX kesu renders (its package writer) and a PDF given
    kesu's fixed dates are kesu's; the same zip rewritten by Python's zipfile, a PDF dated as it
    was made, a file that is neither, are not."""
    from kesu_docs.render import Renderer
    from kesu_docs.render.package import written_here
    from kesu_docs.render.pdf import dated_by_kesu, without_moment

    ours = tmp_path / "ours.docx"
    Renderer().render_to(ours, complaint(), number="202609001")
    assert written_here(ours)
    again = tmp_path / "again.docx"
    with zipfile.ZipFile(ours) as source, zipfile.ZipFile(again, "w", zipfile.ZIP_DEFLATED) as copy:
        for name in source.namelist():
            copy.writestr(name, source.read(name))
    assert not written_here(again)
    (tmp_path / "text.docx").write_bytes(b"not a zip")
    assert not written_here(tmp_path / "text.docx") and not written_here(tmp_path / "none.docx")

    pdf = tmp_path / "scan.pdf"
    _stranger_pdf(pdf)
    assert not dated_by_kesu(pdf)
    without_moment(pdf)
    assert dated_by_kesu(pdf)


# ------------------------------------------------------------------ the batch's private folder
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and links")
def test_a_batchs_private_folder_removed_meanwhile_is_made_anew_private(tmp_path):
    """register34 stages a batch's documents in one private folder (0700) the whole chunk long.
    An older kesu on another PC cleaning the shared output folder takes it for a dead process's
    (its process id unknown there) and removes it: the next document's file was written in a
    plain folder ``_new_file`` made again (0777 less the umask: anybody's to enter). Now a private
    folder is made anew. (A link put in its place is refused since register35:
    test_register35.)"""
    import shutil
    import stat

    from kesu_docs import leftovers

    out = tmp_path / "out"
    with leftovers.staged_aside():
        leftovers.write_file(out / "a.docx", b"PK a", synced=False)
        [stage] = [p for p in out.iterdir() if p.is_dir()]
        shutil.rmtree(stage)
        leftovers.write_file(out / "b.docx", b"PK b", synced=False)
        [again] = [p for p in out.iterdir() if p.is_dir() and not p.is_symlink()]
        assert again.name.startswith(".kesu-stage-") and stat.S_IMODE(again.stat().st_mode) == 0o700
    assert (out / "b.docx").read_bytes() == b"PK b"
    assert not again.exists()  # (removed as the block ends)
