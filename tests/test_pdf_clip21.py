"""Texts the print cut at their cell's edge, read short: never without a word (issue 10, dev21-clip).

A long text in a narrow cell (wrapping off, as Excel leaves it), the next cell to its right
filled, is printed by LibreOffice cut at the cell's edge: its glyphs past the edge are drawn
under a clip, or dropped. On an unbordered sheet no border says where the cell ends, and the
PDF reader read ``灯板色温偏差，客户来料检验发现`` of ``…发现 36 片。`` with no warning. The clip
says it: each text running past its clip's side carries ``value_cut_off`` on its field
(Chinese and English), in a label-value row and in a table's column; the rest is never
guessed. A text that runs on over empty cells and shows whole is not warned; with the
workbook beside the PDF the whole text is read from it.

Also: a date cell holding a serial Excel cannot show as a date (−1: Excel prints ``####``)
is said as what the clerk sees, not as ``not a valid date: 00:00:00``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from helpers import needs_soffice, sheet_from_rows, soffice_convert
from openpyxl import Workbook

from kesu_docs.parse.pdf import words_of
from kesu_docs.parse.reading import extract_file

ZH = "灯板色温偏差，客户来料检验发现 36 片。"
EN = "Colour temperature off on the LED boards, found at incoming inspection: 36 pcs."


def _rows(text: str, filled: bool, lang: str) -> list[list[object]]:
    """A complaint sheet of our own, unbordered: the description ``text`` in B5, the cell C5
    right of it ``filled`` (another label and value) or empty."""
    if lang == "zh":
        return [
            ["客户抱怨处理单"],
            ["客诉编号", "CS-2611-0042", "受理日期", dt.datetime(2026, 11, 3)],
            ["客户名称", "华东精密", "料号", "DX-LED-0330"],
            ["品名", "LED 灯板", "不良数量", 36],
            ["异常描述", text, *(["客户要求", "换货"] if filled else [])],
        ]
    return [
        ["Customer Complaint Form"],
        ["Complaint No.", "CS-2611-0042", "Received", dt.datetime(2026, 11, 3)],
        ["Customer", "Huadong Precision", "Part No.", "DX-LED-0330"],
        ["Product", "LED board", "Defect Qty", 36],
        ["Description", text, *(["Request", "Replacement"] if filled else [])],
    ]


def _printed(folder: Path, rows: list[list[object]]) -> Path:
    """The sheet (columns 14 wide) printed by LibreOffice, apart from its workbook."""
    folder.mkdir(parents=True, exist_ok=True)
    book = sheet_from_rows(folder, rows, name="form.xlsx", width=14)
    return soffice_convert(book, "pdf", folder / "printed")


def _read(pdf: Path, kind: str = "complaint"):
    (found,), _ = extract_file(pdf, kind)
    return found


def _cut_fields(found) -> list[str]:
    return [p.field for p in found.problems if p.code == "value_cut_off"]


@needs_soffice
@pytest.mark.libreoffice
@pytest.mark.parametrize(("lang", "text"), [("zh", ZH), ("en", EN)])
def test_a_text_cut_by_its_filled_neighbour_on_an_unbordered_sheet_is_warned(tmp_path, lang, text):
    found = _read(_printed(tmp_path, _rows(text, True, lang)))
    read = found.values["description"]
    assert text.startswith(read) and len(read) < len(text)  # what shows, nothing guessed
    assert "description" in _cut_fields(found)
    # (the English customer prints cut too, ``Huadong Precisio``: said so since round 25)
    customer = found.values["customer"]
    assert customer in ("华东精密", "Huadong Precision") or "customer" in _cut_fields(found), customer
    [warning] = [p for p in found.problems if p.code == "value_cut_off" and p.field == "description"]
    zh, en = warning.message("zh"), warning.message("en")
    assert "截断" in zh and read[:6] in zh
    assert "cut off" in en and read[:6] in en


@needs_soffice
@pytest.mark.libreoffice
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_text_shown_whole_over_empty_cells_is_not_warned(tmp_path, lang):
    text = "灯板色温偏差，客户来料检验发现" if lang == "zh" else "Colour temperature off on the boards"
    found = _read(_printed(tmp_path, _rows(text, False, lang)))
    assert found.values["description"] == text
    # (the English customer ``Huadong Precisio`` prints cut by its filled neighbour: said, round 25)
    assert _cut_fields(found) == ([] if lang == "zh" else ["customer"])


@needs_soffice
@pytest.mark.libreoffice
def test_the_clip_of_a_cut_text_is_found_and_a_whole_texts_is_not(tmp_path):
    """The reader's evidence: the page's texts past their clip's side (Paper.clipped)."""
    cut = _printed(tmp_path / "cut", _rows(ZH, True, "zh"))
    papers: dict = {}
    words_of(cut.read_bytes(), papers=papers)
    assert len(papers[1].clipped) == 1
    whole = _printed(tmp_path / "whole", _rows("灯板色温偏差", True, "zh"))
    papers = {}
    words_of(whole.read_bytes(), papers=papers)
    assert papers[1].clipped == []


def _return_note(path: Path, name: str) -> Path:
    """A return note whose second line's product name (wrapping off) is ``name``, the
    quantity beside it filled: a table column too narrow for it."""
    wb = Workbook()
    ws = wb.active
    for col, width in zip("ABCDE", (14, 14, 10, 10, 12)):
        ws.column_dimensions[col].width = width
    ws["A1"] = "成品退货单"
    ws["A2"], ws["B2"] = "退货单号", "TH-2612-004"
    ws["A3"], ws["B3"] = "客户名称", "苏州恒达电子有限公司"
    ws["A4"], ws["B4"] = "退货日期", "2026-12-01"
    for col, text in zip("ABCDE", ("料号", "品名", "实退量", "单价", "金额")):
        ws[f"{col}6"] = text
    lines = (("C-0402", "贴片电容", 10000, 0.004, 40), ("R-0603", name, 5000, 0.002, 10))
    for row, line in enumerate(lines, start=7):
        for col, value in zip("ABCDE", line):
            ws[f"{col}{row}"] = value
    wb.save(path)
    return path


@needs_soffice
@pytest.mark.libreoffice
def test_a_name_cut_in_a_table_column_is_warned_on_its_line(tmp_path):
    name = "贴片电阻 0603 1% 10kΩ 编带包装"
    book = _return_note(tmp_path / "return.xlsx", name)
    pdf = soffice_convert(book, "pdf", tmp_path / "printed")
    found = _read(pdf, "return")
    items = found.values["items"]
    assert [i["part_no"] for i in items] == ["C-0402", "R-0603"]
    assert name.startswith(items[1]["part_name"]) and items[1]["part_name"] != name
    assert _cut_fields(found) == ["items[1].part_name"]


@needs_soffice
@pytest.mark.libreoffice
def test_the_workbook_beside_the_print_still_gives_the_whole_text(tmp_path):
    rows = _rows(ZH, True, "zh")
    book = sheet_from_rows(tmp_path, rows, name="客诉单.xlsx", width=14)
    pdf = soffice_convert(book, "pdf", tmp_path / "printed")
    beside = tmp_path / pdf.name
    shutil.move(pdf, beside)
    found = _read(beside)
    assert found.values["description"] == ZH


# ---------------------------------------------------------------------------------- dates shown as ####
def _dated_book(path: Path, serial: float) -> Path:
    """A complaint sheet whose received date (a date-formatted cell) holds ``serial``."""
    wb = Workbook()
    ws = wb.active
    for row in (
        ["客户抱怨处理单"],
        ["客诉编号", "CS-2611-0042"],
        ["受理日期", serial],
        ["客户名称", "华东精密"],
        ["料号", "DX-LED-0330"],
        ["不良数量", 36],
    ):
        ws.append(row)
    ws["B3"].number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def _date_problems(path: Path) -> list:
    from kesu_docs.parse import parse_paths

    [doc] = parse_paths([path], kind="complaint")
    assert doc.to_dict()["record"].get("received_date") is None  # never a date guessed
    return [p for p in doc.errors + doc.warnings if p.field == "received_date"]


@pytest.mark.parametrize("serial", [-1, -0.5])
def test_a_negative_date_is_said_as_the_hashes_excel_shows(tmp_path, serial):
    """calamine gives -1 in a date cell as the time 00:00:00: the error said ``not a valid
    date: 00:00:00``, which the clerk never sees; Excel shows ``####``."""
    problems = _date_problems(_dated_book(tmp_path / "form.xlsx", serial))
    assert [p.code for p in problems] == ["invalid_date_hashes"]
    zh, en = problems[0].message("zh"), problems[0].message("en")
    assert "####" in zh and "负数" in zh and "受理日期" in zh
    assert "####" in en and "negative date" in en
    assert "00:00" not in zh + en and "12:00" not in zh + en


@needs_soffice
@pytest.mark.libreoffice
def test_a_negative_date_in_an_xls_is_said_as_the_hashes_excel_shows(tmp_path):
    book = soffice_convert(_dated_book(tmp_path / "form.xlsx", -1), "xls", tmp_path / "xls")
    problems = _date_problems(book)
    assert [p.code for p in problems] == ["invalid_date_hashes"]
    assert "-1" not in problems[0].message("en") and "####" in problems[0].message("en")


def test_a_date_cell_holding_a_date_is_read_as_before(tmp_path):
    from kesu_docs.parse import parse_paths

    [doc] = parse_paths([_dated_book(tmp_path / "form.xlsx", 46000)], kind="complaint")
    assert doc.to_dict()["record"]["received_date"] == "2025-12-09"
    assert not [p for p in doc.errors + doc.warnings if p.field == "received_date"]
