"""debts32: the round-31 final read's small debts (one state, one import, one query, the folder
synced after its renames, a report that replaces no other file, one stored form of a moment,
reports byte-identical between runs, a deterministic SIGTERM test)."""

from __future__ import annotations

import dis
import shutil
from pathlib import Path

import pytest
from helpers import CHROMIUM, ROOT, kesu, needs_chromium, needs_soffice

from kesu_docs.render import template_file


def _imports(fn) -> list[str]:
    return [i.argval for i in dis.get_instructions(fn) if i.opname == "IMPORT_NAME"]


def test_a_document_s_look_at_its_template_imports_nothing():
    """``_stamp`` runs once a document: its messages' module is imported with the module, not
    by an import statement run at each call."""
    assert _imports(template_file._stamp) == []


def test_a_moment_stored_either_way_reads_the_same_through_both_readers(tmp_path, monkeypatch):
    """A register written before debts32 holds a batch's moments as ``…03`` (no fraction on a
    whole second) beside ``…03.000000`` (every other write): both read as the same moment, by
    the register and by the reader without SQLAlchemy; what is written now has the fraction,
    on a whole second too (the batch written under a clock at one: fixd32 — at the clock's own
    microseconds the old form had its fraction as well, and the test could not fail)."""
    import datetime as dt
    import re

    from helpers import complaint, sqlite_open

    from kesu_docs.register import Register
    from kesu_docs.register import register as register_module
    from kesu_docs.register.lite import LiteRegister

    whole = dt.datetime(2026, 9, 3, 1, 2, 3, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(register_module, "_now", lambda: whole)
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue_many([(complaint(f"客户{i}"), f"h{i}", f"c{i}.xlsx") for i in range(2)])
    with sqlite_open(db) as conn:
        stored = [at for (at,) in conn.execute("SELECT issued_at FROM documents")]
        stored += [at for (at,) in conn.execute("SELECT at FROM events")]
        assert stored and all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", at) for at in stored)
        assert "2026-09-03 01:02:03.000000" in stored, stored
        for text, serial in (("2026-09-03 01:02:03", 1), ("2026-09-03 01:02:03.000000", 2)):
            conn.execute("UPDATE documents SET issued_at = ? WHERE serial = ?", (text, serial))
            conn.execute(
                "UPDATE events SET at = ? WHERE document_id = (SELECT id FROM documents WHERE serial = ?)",
                (text, serial),
            )
    moment = dt.datetime(2026, 9, 3, 1, 2, 3, tzinfo=dt.timezone.utc)
    logs = []
    for opened in (lambda: Register.open(db, read_only=True), lambda: LiteRegister.open(db)):
        with opened() as reg:
            for number in ("202609001", "202609002"):
                doc = reg.entry("complaint", number)
                assert doc is not None and doc.issued_at == moment, (type(reg).__name__, number)
            logs.append([(e.number, e.at, e.event) for e in reg.case_log()])
    assert logs[0] == logs[1]
    assert {at for _, at, _ in logs[0]} == {moment}


def _register_of_closed_cases(db):
    """A register of 12 complaints, some closed in 2026-09 (a monthly report with cases)."""
    from test_register_lite import _complaint

    from kesu_docs.register import Register

    with Register.open(db) as reg:
        reg.issue_many([(_complaint(i), f"h{i}", f"c{i}.xlsx") for i in range(12)])
    return db


def _across_a_second(write) -> tuple[bytes, bytes]:
    """``write()``'s bytes, then again once the clock has passed into another second."""
    import time

    first = write()
    time.sleep(1.05 - time.time() % 1)  # the next second begun, whatever this one's fraction
    return first, write()


@needs_chromium
def test_the_monthly_report_and_the_export_are_the_same_bytes_a_second_later(tmp_path):
    """Written again a second later, by the other reader, each report is the same file: the
    xlsx (zip entries and workbook properties dated by the month, not the clock), the page, the
    export, and the PDF Chromium prints (its creation and modification dates were the moment of
    printing: two runs differed in 4 bytes)."""
    import datetime as dt

    from kesu_docs.register import Register
    from kesu_docs.register.lite import LiteRegister
    from kesu_docs.reports import monthly, monthly_html
    from kesu_docs.reports.tracking import export

    db = _register_of_closed_cases(tmp_path / "kesu.db")
    readers = iter([lambda: Register.open(db, read_only=True), lambda: LiteRegister.open(db)])

    def write() -> dict[str, bytes]:
        with next(readers)() as reg:
            report = monthly.monthly_report(reg, "2026-09")
            out = tmp_path / type(reg).__name__
            out.mkdir()
            monthly.write_xlsx(report, out / "m.xlsx")
            monthly_html.write_html(report, out / "m.html")
            monthly_html.write_pdf(report, out / "m.pdf")
            export(reg, out / "r.xlsx", as_of=dt.date(2026, 10, 15))
        assert report.cases
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}

    first, second = _across_a_second(write)
    assert list(first) == ["m.html", "m.pdf", "m.xlsx", "r.xlsx"]
    for name in first:
        assert first[name] == second[name], name


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh", ("已存在，且不是 kesu 写出的月报", "--force")),
        ("en", ("exists and is no monthly report", "--force")),
    ],
)
def test_report_monthly_replaces_no_file_of_the_clerks_unless_forced(tmp_path, lang, words):
    """``report monthly -o X`` wrote over any X: a filled form named by mistake was lost. A file
    that is no monthly report kesu wrote is refused (usage, exit 2, nothing written) unless
    ``--force``; its own report, of any format, is written over as before."""
    db = _register_of_closed_cases(tmp_path / "kesu.db")
    form = tmp_path / "客诉-填好的.xlsx"
    shutil.copy(ROOT / "samples" / "complaint-valid.xlsx", form)
    kept = form.read_bytes()
    month = ("report", "monthly", "2026-09", "--db", db, "--lang", lang)
    refused = kesu(*month, "-o", form)
    assert refused.exit_code == 2, refused.output
    for word in words:
        assert word in refused.output
    assert "Traceback" not in refused.output
    assert form.read_bytes() == kept and {p.name for p in tmp_path.iterdir()} == {form.name, "kesu.db"}
    forced = kesu(*month, "-o", form, "--force")
    assert forced.exit_code == 0, forced.output
    assert form.read_bytes() != kept
    for name in ("m.xlsx", "m.html", *(["m.pdf"] if CHROMIUM else [])):
        first = kesu(*month, "-o", tmp_path / name)
        again = kesu(*month, "-o", tmp_path / name)  # its own report: written over
        assert (first.exit_code, again.exit_code) == (0, 0), again.output
    page = tmp_path / "m.html"
    page.write_text("<html><body>会议纪要</body></html>", encoding="utf-8")  # no longer the report
    assert kesu(*month, "-o", page).exit_code == 2


def _folder_syncs(monkeypatch) -> list[str]:
    """The folders ``os.fsync`` is given from now on (files' syncs left out), each as a path."""
    import os
    import stat

    seen: list[str] = []
    real = os.fsync

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            seen.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a descriptor's folder by /proc")
@pytest.mark.parametrize(
    ("jobs", "pdf"), [(1, False), (2, False), pytest.param(1, True, marks=needs_soffice)]
)
def test_a_batch_syncs_its_output_folder_once_after_its_renames(tmp_path, monkeypatch, jobs, pdf):
    """Each document is renamed into the output folder; the folder (its names) reached the disk
    whenever the system liked: a power cut after the batch could lose documents the register
    holds as printed. Synced now once the batch ends (3–9 ms a sync: never once a document),
    its workers' renames too; a command writing one file syncs its folder after the rename.
    With PDFs the conversion's renames name the folder as given (here relative: fixd32), the
    batch too: still one sync."""
    from test_filing_chunks import _file, _inbox

    from kesu_docs.leftovers import write_file

    inbox = _inbox(tmp_path / "inbox")
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    seen = _folder_syncs(monkeypatch)
    filed = _file(inbox, Path("out") if pdf else out, tmp_path / "kesu.db", jobs=jobs, pdf=pdf)
    assert sum(f.outcome == "rendered" for f in filed) >= 5
    assert not pdf or sum(f.pdf is not None for f in filed) >= 5
    assert seen == [str(out)]
    seen.clear()
    write_file(tmp_path / "one" / "blank.xlsx", b"data")
    assert seen == [str(tmp_path / "one")]


def test_a_staged_file_is_renamed_only_while_its_name_leads_to_it(tmp_path):
    """A re-print stages its copy, has the register count it, then renames it: the temporary
    name is checked again right before the rename (debts31 checked it once written): a file or
    a link put under it meanwhile is never made the document."""
    import os

    from kesu_docs.leftovers import put_in_place, stage_file

    target = tmp_path / "complaint-202609001-补印1.docx"
    staged = stage_file(target, b"ours")
    put_in_place(staged, target)
    assert target.read_bytes() == b"ours" and not staged.path.exists()
    elsewhere = tmp_path / "elsewhere.docx"
    elsewhere.write_bytes(b"theirs")
    for make in (lambda p: p.write_bytes(b"theirs"), lambda p: p.symlink_to(elsewhere)):
        staged = stage_file(target, b"ours again")
        make(tmp_path / "planted")
        os.replace(tmp_path / "planted", staged.path)  # another user's file or link put in its place
        with pytest.raises(FileExistsError):
            put_in_place(staged, target)
        assert target.read_bytes() == b"ours" and not os.path.lexists(staged.path)
    assert elsewhere.read_bytes() == b"theirs"
