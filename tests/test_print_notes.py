"""A PDF printed from a workbook whose cell carries a note (issue 10: the eleventh held-out set's
one silent misread, ``complaint-zht-clipped.pdf``'s 不良數).

The print never shows a note. With the workbook of the same name saved beside the PDF, each
value the PDF shows that the workbook reads from a noted cell is warned of, the note quoted; a
note correcting a figure is offered, never taken (the PDF is read as it prints). A workbook of
another form, another value or none at all says nothing.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from helpers import parse_cli, sheet_from_rows, soffice_convert


def _rows(number: str = "CS-2611-0042", defect: int = 36) -> list[list[object]]:
    return [
        ["客户抱怨处理单"],
        ["客诉编号", number, "受理日期", dt.datetime(2026, 11, 3)],
        ["客户名称", "华东精密", "料号", "DX-LED-0330"],
        ["品名", "LED 灯板", "不良数量", defect],
        ["异常描述", "灯板色温偏差，客户来料检验发现 36 片。"],
    ]


def _printed(tmp_path: Path, rows: list[list[object]], notes: dict[str, str]) -> tuple[Path, Path]:
    """(the workbook, its print saved beside it under the same name)."""
    book = sheet_from_rows(tmp_path, rows, name="客诉单.xlsx", width=24, notes=notes)
    pdf = soffice_convert(book, "pdf", tmp_path / "print")
    beside = tmp_path / pdf.name
    shutil.move(pdf, beside)
    return book, beside


@pytest.fixture(scope="module")
def corrected(tmp_path_factory) -> tuple[Path, Path]:
    """A workbook whose 不良数量 36 carries the note ``更正：應為 56``, and its print (made once)."""
    return _printed(
        tmp_path_factory.mktemp("corrected"), _rows(), {"D4": "更正：應為 56（3/10 客戶追加 4 條）"}
    )


def _copied(pair: tuple[Path, Path], folder: Path) -> tuple[Path, Path]:
    """The workbook and its print, copied into ``folder`` (a test may change them)."""
    folder.mkdir(exist_ok=True)
    return shutil.copy(pair[0], folder / pair[0].name), shutil.copy(pair[1], folder / pair[1].name)


def _doc(path: Path, *lang: str) -> dict:
    _code, [doc] = parse_cli(path, *lang)
    assert doc["record"] is not None, doc["errors"]
    return doc


def _warned(doc: dict, code: str) -> list[dict]:
    return [w for w in doc["warnings"] if w["code"] == code]


def test_a_correction_in_the_workbooks_note_is_offered_on_its_print(corrected):
    _book, pdf = corrected
    doc = _doc(pdf, "--lang", "en")
    assert doc["record"]["defect_qty"] == 36  # as the PDF prints it: never replaced
    [said] = _warned(doc, "value_corrected_in_workbook")
    assert said["field"] == "defect_qty"
    assert "客诉单.xlsx" in said["message"] and "D4" in said["message"]
    assert "corrects it to 56" in said["message"] and "應為 56" in said["message"]
    zh = _warned(_doc(pdf), "value_corrected_in_workbook")[0]["message"]
    assert "批注更正为 56" in zh and "仍按 PDF 读作 36" in zh


def test_a_note_that_corrects_nothing_plainly_is_quoted_on_the_print(tmp_path):
    _book, pdf = _printed(tmp_path, _rows(), {"B3": "客户说是苏州厂，待确认", "D4": "应为 56？待确认"})
    doc = _doc(pdf, "--lang", "en")
    assert doc["record"]["defect_qty"] == 36 and doc["record"]["customer"] == "华东精密"
    said = {w["field"]: w["message"] for w in _warned(doc, "value_noted_in_workbook")}
    assert set(said) == {"customer", "defect_qty"}
    assert "待确认" in said["customer"] and "read as the PDF shows, '华东精密'" in said["customer"]
    assert not _warned(doc, "value_corrected_in_workbook")


def test_a_print_alone_or_beside_another_form_says_nothing_of_notes(tmp_path, corrected):
    book, pdf = _copied(corrected, tmp_path / "both")
    alone = tmp_path / "alone"
    alone.mkdir()
    moved = alone / pdf.name
    shutil.copy(pdf, moved)
    assert not [w for w in _doc(moved)["warnings"] if "workbook" in w["code"]]
    # the workbook beside it is another complaint now (another number): not the one printed
    again = {"D4": "更正：應為 56"}
    sheet_from_rows(book.parent, _rows(number="CS-2611-0043"), name=book.name, width=24, notes=again)
    assert not [w for w in _doc(pdf)["warnings"] if "workbook" in w["code"]]
    # the same complaint, its figure since changed to what the note said: the note is on 56, not 36
    sheet_from_rows(book.parent, _rows(defect=56), name=book.name, width=24, notes=again)
    assert not [w for w in _doc(pdf)["warnings"] if "workbook" in w["code"]]


@pytest.mark.parametrize("broken", [b"", b"PK\x03\x04 not a zip"])
def test_a_workbook_beside_that_cannot_be_opened_is_passed_over(tmp_path, corrected, broken):
    book, pdf = _copied(corrected, tmp_path / "both")
    book.write_bytes(broken)
    doc = _doc(pdf)
    assert doc["record"]["defect_qty"] == 36
    assert not [w for w in doc["warnings"] if "workbook" in w["code"]]
