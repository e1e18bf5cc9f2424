"""fixd32: the review of debts32 — a re-print whose staged file was replaced, a staged file's
identity and private folder, the folders a batch syncs, an interrupt during those syncs."""

from __future__ import annotations

import os
import signal
import stat
from pathlib import Path

import pytest
from helpers import chromium_print, complaint, kesu, needs_chromium

from kesu_docs import filing, leftovers
from kesu_docs.register import Register


def _registered(db: Path) -> str:
    with Register.open(db) as reg:
        reg.issue_many([(complaint("客户甲"), "h0", "c0.xlsx")])
    return "202609001"


def _planting(monkeypatch, times: int) -> list[Path]:
    """Another user's file put under the re-print's staged name, the first ``times`` times it
    is staged (what a shared folder allowed between the check and the rename)."""
    real, planted = leftovers.stage_file, []

    def stage_file(target, data):
        staged = real(target, data)
        if len(planted) < times:
            theirs = staged.path.with_name("theirs")
            theirs.write_bytes(b"theirs")
            os.replace(theirs, staged.path)
            planted.append(staged.path)
        return staged

    monkeypatch.setattr(filing, "stage_file", stage_file)
    return planted


def test_a_reprint_whose_staged_file_was_replaced_is_staged_again_once(tmp_path, monkeypatch):
    """The refused rename after the register counted the re-print ended in a raw
    ``FileExistsError`` (a traceback, exit 1); it is staged again under the counted name."""
    number = _registered(tmp_path / "kesu.db")
    planted = _planting(monkeypatch, 1)
    done = kesu("render", "--reprint", number, "-o", tmp_path / "out", "--db", tmp_path / "kesu.db")
    assert done.exit_code == 0, done.output
    assert len(planted) == 1
    [copy] = (tmp_path / "out").iterdir()
    assert copy.name == f"complaint-{number}-补印1.docx" and copy.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", "登记册已计入补印 1"), ("en", "the register counted re-print 1")]
)
def test_a_reprint_refused_twice_says_which_reprint_was_counted(tmp_path, monkeypatch, lang, words):
    number = _registered(tmp_path / "kesu.db")
    _planting(monkeypatch, 2)
    refused = kesu(
        "render", "--reprint", number, "-o", tmp_path / "out", "--db", tmp_path / "kesu.db", "--lang", lang
    )
    assert refused.exit_code == 2, refused.output
    assert words in refused.output and f"complaint-{number}-补印1.docx" in refused.output
    assert "Traceback" not in refused.output and "FileExistsError" not in refused.output
    out = tmp_path / "out"  # nothing half-written, no staging folder left (the folder made: removed)
    assert not out.exists() or list(out.iterdir()) == []
    with Register.open(tmp_path / "kesu.db", read_only=True) as reg:
        assert reg.get(number).reprints == 1


def test_a_staged_file_is_written_in_a_private_folder_and_known_by_its_open_file(tmp_path, monkeypatch):
    """The staged file's identity was taken by ``lstat`` of its name once closed (the name could
    lead elsewhere by then); it is the open file's own (``fstat``). It is written in a 0700
    folder of its own inside the output folder: nobody else can put a file under its name."""
    lstats: list[str] = []
    real_lstat = os.lstat
    monkeypatch.setattr(os, "lstat", lambda p, *a, **k: lstats.append(os.fspath(p)) or real_lstat(p, *a, **k))
    target = tmp_path / "out" / "complaint-202609001-补印1.docx"
    staged = leftovers.stage_file(target, b"ours")
    folder = staged.path.parent
    assert folder.parent == target.parent and folder.name.startswith(leftovers.own_prefix(".kesu-stage-"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    opened = os.stat(staged.path)
    assert staged.identity == (opened.st_dev, opened.st_ino)
    assert lstats.count(staged.path.name) == 1  # the one check of the name (in its folder), against fstat
    leftovers.put_in_place(staged, target)
    assert target.read_bytes() == b"ours" and sorted(p.name for p in target.parent.iterdir()) == [target.name]
    staged = leftovers.stage_file(target, b"dropped")
    staged.unlink()
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def _folder_syncs(monkeypatch, then=None) -> list[str]:
    seen: list[str] = []
    real = os.fsync

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            seen.append(os.readlink(f"/proc/self/fd/{fd}"))
            if then is not None:
                then()
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a descriptor's folder by /proc")
def test_a_folder_named_two_ways_is_synced_once(tmp_path, monkeypatch):
    """The PDF conversion named the output folder as given, the batch by its full path: the
    same folder synced twice."""
    seen = _folder_syncs(monkeypatch)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    with leftovers.folders_synced():
        leftovers.renamed_into("out")
        leftovers.renamed_into(tmp_path / "out")
        leftovers.renamed_into("./out/")
    assert seen == [str(tmp_path / "out")]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a descriptor's folder by /proc")
def test_ctrl_c_while_a_finished_batch_is_synced_keeps_its_result(tmp_path, monkeypatch):
    """Ctrl-C or SIGTERM during the end-of-batch syncs raised ``Interrupted`` out of ``finally``:
    the finished batch's result was lost and the later folders not synced. Every folder is
    synced and the batch's result stands."""
    from kesu_docs.entry import catch_stops

    before = {stop: signal.getsignal(stop) for stop in (signal.SIGINT, signal.SIGTERM)}
    catch_stops()
    try:
        seen = _folder_syncs(monkeypatch, then=lambda: os.kill(os.getpid(), signal.SIGTERM))
        folders = [tmp_path / "a", tmp_path / "b"]
        for folder in folders:
            folder.mkdir()

        @leftovers.folders_synced(*folders)
        def batch() -> str:
            return "finished"

        assert batch() == "finished"
        assert seen[-2:] == [str(f) for f in folders]  # (the first again: its sync was cut)
    finally:
        for stop, handler in before.items():
            signal.signal(stop, handler)


def _monthly(tmp_path: Path, output: Path, *more):
    from test_debts32 import _register_of_closed_cases

    db = tmp_path / "kesu.db"
    if not db.exists():
        _register_of_closed_cases(db)
    return kesu("report", "monthly", "2026-09", "--db", db, "-o", output, *more)


@needs_chromium
def test_a_pdf_chrome_saved_under_the_reports_title_is_not_taken_for_kesu_s(tmp_path):
    """A PDF was taken for the monthly report by its title and Chromium's producer: any page of
    that title saved from Chrome passed, and was replaced. kesu's print carries its own mark
    (``/Creator``, written over in place) and only that is written over."""
    import pypdfium2

    from kesu_docs.reports.monthly import REPORT_MARK

    page = tmp_path / "saved" / "page.html"
    page.parent.mkdir()
    page.write_text("<html><head><title>客诉案件统计表 2026-09</title></head><body>会议纪要</body></html>")
    theirs = chromium_print(page, tmp_path / "theirs.pdf")
    kept = theirs.read_bytes()
    refused = _monthly(tmp_path, theirs)
    assert refused.exit_code == 2 and "--force" in refused.output and theirs.read_bytes() == kept
    ours = tmp_path / "m.pdf"
    assert _monthly(tmp_path, ours).exit_code == 0
    pdf = pypdfium2.PdfDocument(str(ours))
    try:
        assert pdf.get_metadata_dict()["Creator"].rstrip() == REPORT_MARK
    finally:
        pdf.close()
    again = _monthly(tmp_path, ours)
    assert again.exit_code == 0, again.output


def _unmarked(path: Path) -> None:
    """``path``, a report of this round, as rounds before 32 wrote it: without its mark."""
    import re
    import zipfile

    from kesu_docs.reports.monthly import PAGE_MARK, REPORT_MARK

    if path.suffix == ".html":
        path.write_bytes(path.read_bytes().replace(PAGE_MARK, b""))
        return
    with zipfile.ZipFile(path) as book:
        parts = [(info, book.read(info)) for info in book.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for info, data in parts:
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dc:identifier[^>]*>" + REPORT_MARK.encode() + rb"</dc:identifier>", b"", data
                )
            book.writestr(info, data)


@pytest.mark.parametrize("name", ["m.xlsx", "m.html"])
def test_a_monthly_report_written_before_its_mark_is_written_over(tmp_path, name):
    """A monthly .xlsx / .html of an earlier round carries no mark and was refused as "no
    monthly report kesu wrote"; it is known by what it holds (the statistics sheet and its
    title in A1; the page's ``<title>``)."""
    from kesu_docs.reports.monthly import is_monthly_report

    report = tmp_path / name
    assert _monthly(tmp_path, report, "--lang", "en").exit_code == 0
    _unmarked(report)
    assert _mark_absent(report)
    again = _monthly(tmp_path, report)
    assert again.exit_code == 0, again.output
    assert is_monthly_report(report)


def _mark_absent(path: Path) -> bool:
    from kesu_docs.reports.monthly import REPORT_MARK
    from kesu_docs.xlsxsave import marked

    if path.suffix == ".html":
        return REPORT_MARK.encode() not in path.read_bytes()
    return marked(path) is None


def test_a_file_put_at_the_output_while_the_report_is_made_is_not_replaced(tmp_path, monkeypatch):
    """The output was checked once, before the report was made: a form another clerk saved
    under that name meanwhile was replaced. Checked again right before the rename."""
    import shutil

    from helpers import ROOT

    from kesu_docs.reports import monthly

    output = tmp_path / "m.xlsx"
    real = monthly.write_xlsx

    def write_xlsx(report, path):  # another clerk saves a form as m.xlsx while the report is made
        shutil.copy(ROOT / "samples" / "complaint-valid.xlsx", output)
        return real(report, path)

    monkeypatch.setattr(monthly, "write_xlsx", write_xlsx)
    refused = _monthly(tmp_path, output)
    assert refused.exit_code == 2 and "--force" in refused.output, refused.output
    assert output.read_bytes() == (ROOT / "samples" / "complaint-valid.xlsx").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kesu.db", "m.xlsx"]
