"""The workbook beside a PDF whose print cut a text at its cell's border (``value_cut_off``) is
read whole only when it may hold more of that text (issue 15, dev21-pdfspeed): its boxes are
made first (:func:`kesu_docs.parse.excel.read_workbook`, about a quarter of reading its form), and the
form is read when a box holds the print's last line with more after it, when the line is found
in no box, or in any doubt (hidden rows or columns, a print area, a ``###``). The results are
the ones the whole read gave: a workbook that holds no more changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side

from kesu_docs.parse import parse_paths, print_notes

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DEFECT = "Burr 0.3-0.5 mm on the mounting hole of every bracket in the lot; the M8 bolt cannot pass through"


def _sheet(path: Path, statement: str = DEFECT, *, more: str = "", hide: bool = False) -> Path:
    """An 8D sheet whose problem text sits in a narrow cell with the next cell filled (the
    print clips it at the cell's rule); ``more``: a text in a cell further down; ``hide``: a
    row hidden under the form."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for col, width in zip("ABCD", (22, 30, 14, 14), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "8D Report"
    rows = [
        ("8D No.", "8D-2609-014", "Customer", "Huaxing Auto"),
        ("Part Number", "HX-BRK-3307", "Open Date", "2026-09-02"),
        ("Problem Description", statement, "Close Date", "2026-09-30"),
        ("Root Cause", "Worn punch, no burr check at packing", "Owner", "Sun Hong"),
    ]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value).border = BOX
    if more:
        ws["A12"] = more
    if hide:
        ws["A14"] = "old"
        ws.row_dimensions[14].hidden = True
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[bytes, str]:
    """The sheet printed by LibreOffice (its problem text clipped), and the text it shows."""
    folder = tmp_path_factory.mktemp("print")
    pdf = soffice_convert(_sheet(folder / "8d.xlsx"), "pdf", folder / "out")
    (result,) = parse_paths([pdf], kind="8d")
    shown = result.record.problem.statement if result.record else None
    assert shown and len(shown) < len(DEFECT) and DEFECT.startswith(shown.strip())  # clipped
    assert "value_cut_off" in {w.code for w in result.warnings if w.field == "problem.statement"}
    return pdf.read_bytes(), shown


def _read_beside(tmp_path: Path, pdf: bytes, book: Path, monkeypatch) -> tuple[dict, int]:
    """The PDF read with ``book`` beside it: its whole output, and how often the workbook's form
    was read whole (the real reading, counted)."""
    (tmp_path / "8d.pdf").write_bytes(pdf)
    if book != tmp_path / "8d.xlsx":
        (tmp_path / "8d.xlsx").write_bytes(book.read_bytes())
    reads = []
    real = print_notes._workbook_form

    def counted(read):
        reads.append(read)
        return real(read)

    monkeypatch.setattr(print_notes, "_workbook_form", counted)
    (result,) = parse_paths([tmp_path / "8d.pdf"], kind="8d")
    return result.to_dict("en"), len(reads)


def _alone(tmp_path: Path, pdf: bytes) -> dict:
    (tmp_path / "alone").mkdir()
    (tmp_path / "alone" / "8d.pdf").write_bytes(pdf)
    (result,) = parse_paths([tmp_path / "alone" / "8d.pdf"], kind="8d")
    out = result.to_dict("en")
    out["source"] = str(tmp_path / "8d.pdf")
    return out


def test_a_workbook_holding_the_text_as_printed_is_not_read_and_changes_nothing(
    tmp_path, printed, monkeypatch
):
    pdf, shown = printed
    book = _sheet(tmp_path / "8d.xlsx", shown.strip())  # the cell holds what the print shows
    doc, reads = _read_beside(tmp_path, pdf, book, monkeypatch)
    assert reads == 0
    assert doc == _alone(tmp_path, pdf)  # the warning stays: value_cut_off
    assert "value_cut_off" in {w["code"] for w in doc["warnings"] if w["field"] == "problem.statement"}


def test_a_workbook_holding_more_of_the_text_is_read_and_the_whole_taken(tmp_path, printed, monkeypatch):
    pdf, _shown = printed
    doc, reads = _read_beside(tmp_path, pdf, _sheet(tmp_path / "8d.xlsx"), monkeypatch)
    assert reads == 1
    assert doc["record"]["problem"]["statement"] == DEFECT
    codes = {w["code"] for w in doc["warnings"] if w["field"] == "problem.statement"}
    assert "value_clipped_in_print" in codes and "value_cut_off" not in codes


@pytest.mark.parametrize("doubt", ["more elsewhere", "hidden row"])
def test_in_doubt_the_workbook_is_read_whole(tmp_path, printed, monkeypatch, doubt):
    """The line printed found with more after it in another cell (the form is read), or a row
    hidden in the workbook holding nothing longer: it holds no more here, the print's reading stands."""
    pdf, shown = printed
    more = shown.strip() + " and more" if doubt == "more elsewhere" else ""
    book = _sheet(tmp_path / "8d.xlsx", shown.strip(), more=more, hide=doubt == "hidden row")
    doc, reads = _read_beside(tmp_path, pdf, book, monkeypatch)
    assert reads == (1 if doubt == "more elsewhere" else 0)
    assert doc["record"]["problem"]["statement"] == shown
    assert "value_cut_off" in {w["code"] for w in doc["warnings"] if w["field"] == "problem.statement"}


def test_a_text_the_workbook_writes_otherwise_leaves_the_print_as_read(tmp_path, printed, monkeypatch):
    """The printed line in no cell of the workbook (another wording): nothing there begins with
    it, so the workbook gives no whole; the print's cut value keeps its warning."""
    pdf, _shown = printed
    book = _sheet(tmp_path / "8d.xlsx", "Burr on the mounting hole")
    doc, reads = _read_beside(tmp_path, pdf, book, monkeypatch)
    assert reads == 0
    assert "value_cut_off" in {w["code"] for w in doc["warnings"] if w["field"] == "problem.statement"}


def _notes_renamed(book: Path) -> None:
    """The workbook's comments part moved to a name without "comments" (its relationship and
    content type say what it is; a spreadsheet program may name it as it likes)."""
    import zipfile

    parts = {}
    with zipfile.ZipFile(book) as archive:
        for name in archive.namelist():
            parts[name] = archive.read(name)
    moves = ((b"comments/comment1.xml", b"remarks/remark1.xml"), (b"commentsDrawing1.vml", b"remarks1.vml"))
    renamed = {}
    for name, data in parts.items():
        for old, new in moves:
            if name.endswith((".rels", ".xml")):
                data = data.replace(old, new)
            name = name.replace(old.decode(), new.decode())
        renamed[name] = data
    assert "xl/remarks/remark1.xml" in renamed and not any("comments" in n.lower() for n in renamed)
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in renamed.items():
            archive.writestr(name, data)


def test_a_note_in_a_workbook_holding_the_text_as_printed_is_still_said(tmp_path, printed, monkeypatch):
    """The workbook holds no more of the cut text, but a note on a value the print shows (its
    comments part not named so): the form is read for the note, as before."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    pdf, shown = printed
    book = _sheet(tmp_path / "8d.xlsx", shown.strip())
    wb = load_workbook(book)
    wb.active["D3"].comment = Comment("更正：应为 Huaxing Motors", "QA")
    wb.save(book)
    _notes_renamed(book)
    doc, reads = _read_beside(tmp_path, pdf, book, monkeypatch)
    assert reads == 1
    noted = [w for w in doc["warnings"] if w["code"] == "value_noted_in_workbook"]
    assert noted and noted[0]["field"] == "customer" and "Huaxing Motors" in noted[0]["message"]
    assert "value_cut_off" in {w["code"] for w in doc["warnings"] if w["field"] == "problem.statement"}


def _stored(book: Path, marker: str, stored: str) -> Path:
    """The workbook with ``marker`` written as ``stored`` in its XML parts (an ``_xHHHH_`` escape
    Excel writes, openpyxl never does)."""
    import zipfile

    with zipfile.ZipFile(book) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    assert any(marker.encode() in data for data in parts.values())
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data.replace(marker.encode(), stored.encode()))
    return book


def test_a_text_stored_with_a_windows_line_break_is_read_whole(tmp_path, printed, monkeypatch):
    """Text pasted from Outlook: Excel stores its carriage return as ``_x000D_``, inside the part
    the print shows; the stored text is read as the reader reads it and the whole is taken."""
    pdf, shown = printed
    assert len(shown.strip()) > len("Burr 0.3-0.5 mm")
    statement = DEFECT.replace("Burr 0.3-0.5 mm ", "Burr 0.3-0.5 mm@CR@\n", 1)
    book = _stored(_sheet(tmp_path / "8d.xlsx", statement), "@CR@", "_x000D_")
    assert not print_notes._longer(shown.strip(), " ".join(statement.replace("@CR@", "_x000D_").split()))
    doc, reads = _read_beside(tmp_path, pdf, book, monkeypatch)
    assert reads == 1
    assert " ".join(doc["record"]["problem"]["statement"].split()) == DEFECT
    codes = {w["code"] for w in doc["warnings"] if w["field"] == "problem.statement"}
    assert "value_clipped_in_print" in codes and "value_cut_off" not in codes


def test_a_cell_holding_a_label_before_the_cut_text_may_give_more(printed) -> None:
    """``问题描述：⏎Burr…`` in one cell: it does not begin with the print's text, but holds it
    with more after it; a cell holding the text as printed after its label gives nothing."""
    _pdf, shown = printed
    cut = " ".join(shown.split())
    assert print_notes._longer(cut, "问题描述： " + DEFECT)
    assert not print_notes._longer(cut, "问题描述： " + cut)


@pytest.mark.parametrize("cell", ["B", "1", "Bur"])
def test_a_cell_of_a_character_or_three_is_no_beginning_of_the_cut_text(cell: str) -> None:
    assert not print_notes._longer(DEFECT[:40], cell)
    assert print_notes._longer(DEFECT[:40], DEFECT[:12])


def test_stored_escapes_are_read_as_excel_reads_them() -> None:
    from kesu_docs.parse.xlsx_parts import decode_xstring

    assert decode_xstring("lot;_x000D_\nthe M8") == "lot;\r\nthe M8"
    assert decode_xstring("a_x005F_x000D_b") == "a_x000D_b"  # a literal ``_x000D_``, escaped
    assert decode_xstring("_x4E2D__x6587_ x_1") == "中文 x_1"


def test_each_sheet_part_is_inflated_once_for_the_cut_texts_check(tmp_path, printed, monkeypatch):
    """The check reads each sheet's cell references and their texts from one inflation."""
    import zipfile
    from collections import Counter

    from kesu_docs.parse.reading import extract_file

    pdf, _shown = printed
    (tmp_path / "alone").mkdir()
    (tmp_path / "alone" / "8d.pdf").write_bytes(pdf)
    read = extract_file(tmp_path / "alone" / "8d.pdf", "8d")
    assert isinstance(read, tuple)
    (extraction,) = read[0]
    book = _sheet(tmp_path / "8d.xlsx")
    reads: Counter[str] = Counter()
    real = zipfile.ZipFile.read

    def counted(self, name, pwd=None):
        reads[name if isinstance(name, str) else name.filename] += 1
        return real(self, name, pwd)

    monkeypatch.setattr(zipfile.ZipFile, "read", counted)
    assert print_notes._may_extend(book, extraction)
    assert reads["xl/worksheets/sheet1.xml"] == 1
