"""Small debts of the thirty-fifth round (debts35): one rule of "kesu dated this PDF" for a
document and an older monthly print; the monthly mark's append catching pypdf's errors only;
each character's angle asked of PDFium once; ``kesu render``'s listing opening no file (a
folder's check report passed over by the reading, as ``kesu parse`` does)."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT

SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


# -------------------------------------------------------- one rule: is this PDF dated by kesu?
@pytest.mark.parametrize(
    ("created", "modified", "kesus"),
    [
        ("D:19800101000000Z", "D:19800101000000Z", True),
        ("D:19800101000000+00'00'", "", True),
        ("D:19800101000000", "D:19800101000000", True),  # (no offset: UTC, as the standard reads it)
        ("D:19800101000000-00'00'", "D:19800101000000-00'00'", False),  # (kesu writes + or Z)
        ("D:19800101000000Z", "D:20260703101500+08'00'", False),  # saved again by another program
        ("D:20260703101500+08'00'", "D:20260703101500+08'00'", False),
        ("D:19800101080000+08'00'", "", False),
    ],
)
def test_a_document_and_an_older_monthly_print_are_kesus_by_the_same_dates(
    tmp_path: Path, created: str, modified: str, kesus: bool
) -> None:
    """Before: the documents' rule (``dated_by_kesu``, the file's bytes) and the round-32
    monthly print's (``_older_print``, its metadata) were written apart, and a print dated
    with no offset (``D:19800101000000``) was kesu's for one and not for the other."""
    from kesu_docs.render.pdf import dated_by_kesu
    from kesu_docs.reports.monthly import _older_print

    dates = f"/CreationDate ({created})" + (f" /ModDate ({modified})" if modified else "")
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Producer (Skia/PDF m120) " + dates.encode() + b" >>\nendobj\n%%EOF\n"
    )
    meta = {"Title": "客诉案件统计表 2026-09", "Producer": "Skia/PDF m120", "CreationDate": created}
    meta |= {"ModDate": modified} if modified else {}
    assert dated_by_kesu(pdf) is kesus
    assert _older_print(meta) is kesus
    assert not _older_print(meta | {"Producer": "Microsoft: Print To PDF"})


# ------------------------------------------------ the monthly mark appended: pypdf's errors only
@pytest.fixture(scope="module")
def a_print() -> bytes:
    """A print with no ``/Creator`` to write the mark over in place (another browser's)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Complaint statistics 2026-09")
    return bytes(pdf.output())


def test_the_mark_is_appended_to_a_whole_print_and_a_print_cut_short_is_left_as_it_is(a_print: bytes) -> None:
    import io

    import pypdf

    from kesu_docs.reports.monthly import REPORT_MARK, _mark_appended

    marked = _mark_appended(a_print)
    assert (
        marked.startswith(a_print) and pypdf.PdfReader(io.BytesIO(marked)).metadata["/Creator"] == REPORT_MARK
    )
    for cut in (0, 40, len(a_print) // 2):  # (pypdf: EmptyFileError, PdfStreamError, PdfReadError)
        assert _mark_appended(a_print[:cut]) == a_print[:cut]


def test_an_error_of_the_code_appending_the_mark_is_raised_not_taken_for_a_foreign_file() -> None:
    """Before: ``except Exception`` — any bug (here a text given for the bytes) left the print
    unmarked with no word, as if pypdf could not read it."""
    from kesu_docs.reports.monthly import _mark_appended

    with pytest.raises(TypeError):
        _mark_appended("%PDF-1.4 not bytes")  # type: ignore[arg-type]


# ------------------------------------------------------ a character's angle asked of PDFium once
def test_a_run_cut_at_a_slant_asks_each_characters_angle_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name with a void stamp set aslant right after it (one run for PDFium: GongVOID, as
    龚雪作废 in a form's print): cut at the slant, each character's angle asked once (before:
    twice a character, and the run's ends once more)."""
    import pypdfium2
    from fpdf import FPDF

    from kesu_docs.parse import pdf_text, pdfium_calls

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.text(20, 40, "Reporter:Gong")
    end = 20 + pdf.get_string_width("Reporter:Gong")
    pdf.set_font("helvetica", size=20)
    with pdf.rotation(20, x=end, y=40):
        pdf.text(end, 40, "VOID")
    path = tmp_path / "void.pdf"
    pdf.output(str(path))
    asked: list[int] = []
    real = pdfium_calls.FPDFText_GetCharAngle

    def counted(raw, index):
        asked.append(index)
        return real(raw, index)

    doc = pypdfium2.PdfDocument(path)
    try:
        textpage = doc[0].get_textpage()
        text = textpage.get_text_range()
        [glued] = pdf_text._TOKEN.finditer(text)  # (one run: Reporter:GongVOID)
        monkeypatch.setattr(pdfium_calls, "FPDFText_GetCharAngle", counted)
        kept: dict[int, float] = {}
        cut = pdf_text.split_at_slant(textpage.raw, [(glued, None)], kept)
    finally:
        doc.close()
    assert [piece.group() for piece, _ in cut] == ["Reporter:Gong", "VOID"]
    assert sorted(asked) == sorted(set(asked)) == sorted(kept) == list(range(*glued.span()))


# ------------------------------------ kesu render's listing opens no file, as kesu parse's
@pytest.fixture(scope="module")
def reported_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a form and the JSON and Excel check reports kesu wrote into it, the
    JSON report sorting before the form."""
    from openpyxl import Workbook

    from kesu_docs.reports.marks import JSON_MARK, REPORT_MARK

    folder = tmp_path_factory.mktemp("reported") / "forms"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "客诉单.xlsx")
    (folder / "a-report.json").write_bytes(JSON_MARK + b' "rows": []\n}\n')
    book = Workbook()
    book.properties.identifier = REPORT_MARK
    book.save(folder / "z-report.xlsx")
    return folder


def test_the_render_listing_opens_no_file_of_the_folder(
    reported_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: ``kesu render`` (and ``render_paths``) opened each JSON and Excel file of the
    folder to look for a check report's mark before its workers forked (``without_reports``)."""
    from kesu_docs.filing import list_inputs
    from kesu_docs.parse.reading import InFolder

    opened: list[str] = []
    real_open, real_zip = os.open, zipfile.ZipFile.__init__

    def counted_open(path, *args, **kwargs):
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    def counted_zip(self, file, *args, **kwargs):
        opened.append(str(file))
        real_zip(self, file, *args, **kwargs)

    monkeypatch.setattr(os, "open", counted_open)
    monkeypatch.setattr(zipfile.ZipFile, "__init__", counted_zip)
    listed = list_inputs([reported_folder], tmp_path / "out")
    assert opened == []
    assert [p.name for p in listed] == ["a-report.json", "z-report.xlsx", "客诉单.xlsx"]
    assert all(isinstance(p, InFolder) for p in listed)


def test_a_render_workers_reading_passes_the_check_reports_over(
    reported_folder: Path, tmp_path: Path
) -> None:
    """The part a ``--jobs`` worker reads (run here, in this process): the folder's files sent as
    listed, the reports told by the bytes read (before: sent as text, read as forms)."""
    from kesu_docs.filing import _read_part, list_inputs
    from kesu_docs.parse.reading import as_sent, is_passed_over

    sent = [as_sent(p) for p in list_inputs([reported_folder], tmp_path / "out")]
    [(results, _frozen)] = _read_part(sent, None)
    assert [is_passed_over(r) for r in results] == [True, True, False]
    assert results[2].kind == "complaint" and not results[2].fatal and not results[2].errors


def test_a_render_worker_never_reads_a_link_out_of_the_folder(tmp_path: Path) -> None:
    """A link in the folder to a form outside it: listed as ``LinkOut`` and never read, in a
    ``--jobs`` worker too (before: sent as text, the worker read the form it leads to)."""
    from kesu_docs.filing import _read_part, list_inputs
    from kesu_docs.parse.reading import LinkOut, as_sent

    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "elsewhere.xlsx").symlink_to(SAMPLE)
    [link] = list_inputs([folder], tmp_path / "out")
    assert isinstance(link, LinkOut)
    [(results, _frozen)] = _read_part([as_sent(link)], None)
    assert [r.fatal for r in results] == [True]
    assert "outside the folder given" in str(results[0].errors[0].params["reason"].en)


def test_kesu_render_passes_a_folders_check_reports_over_and_says_so(
    reported_folder: Path, tmp_path: Path
) -> None:
    from kesu_docs.cli import cli

    out = tmp_path / "out"
    args = ["--lang", "en", "render", str(reported_folder), "-o", str(out), "--db", str(tmp_path / "k.db")]
    done = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert done.exit_code == 0, done.output
    assert [p.name for p in out.glob("*.docx")] == ["complaint-202609001.docx"]
    assert not [p for p in out.iterdir() if "report" in p.name]
    assert done.stderr.count("it is a check report kesu wrote, not a form") == 2, done.stderr
    assert "report.json" not in done.stdout and "report.xlsx" not in done.stdout
