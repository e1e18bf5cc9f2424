"""Corrections a clerk leaves on a form and amounts written the Swiss way (holdout10 patterns 3, 4).

- A value struck through with the new one typed after it, in ONE cell's rich text: the struck
  run is no value, wherever the cell is read (a table's quantity, a date, a free text), and the
  field says what was left out.
- ``1'255.50`` / ``1’255.50``: thousands apart by apostrophes; ``'000451`` (a code typed with
  Excel's text apostrophe) is no grouped number.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import needs_soffice, parse_cli, soffice_convert
from pydantic_core import PydanticCustomError

from kesu_docs.parse.pdf_strike import Struck, struck_warnings, without_struck
from kesu_docs.parse.pdf_text import LetterBoxes, Rule, Word, pdfium_words
from kesu_docs.values import to_decimal, without_apostrophe_groups


def _struck(old: str, new: str) -> Any:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    return CellRichText([TextBlock(InlineFont(strike=True, color="FF0000"), old), " " + new])


def _allowance(tmp_path: Path) -> Path:
    """A credit note of our own layout: a struck quantity in its table, a struck date, Swiss amounts."""
    from openpyxl import Workbook

    wb = Workbook()
    s = wb.active
    s["A1"] = "销货折让证明单"
    s["A2"], s["B2"], s["C2"], s["D2"] = (
        "折让单号",
        "ZR-2026-07",
        "开单日期",
        _struck("2026/3/20", "2026/3/27"),
    )
    s["A3"], s["B3"], s["C3"], s["D3"] = "买受人", "华东电子有限公司", "原发票号码", "FP-1188"
    for col, head in zip("ABCDE", ["品名", "数量", "单价", "金额", "税额"], strict=True):
        s[f"{col}5"] = head
    s["A6"], s["B6"], s["C6"], s["D6"], s["E6"] = (
        "电容 0402",
        _struck("20,000", "20,800"),
        0.6,
        "12'480.00",
        "1’622.40",
    )
    s["A7"], s["B7"], s["C7"], s["D7"], s["E7"] = "电阻 0603", 50000, 0.1, 5000, 650
    s["C9"], s["D9"] = "合计", "17'480.00"
    _ruled(s)
    path = tmp_path / "credit.xlsx"
    wb.save(path)
    return path


def _ruled(sheet: Any) -> None:
    """Wide columns and thin borders, as a form has: its print shows every value whole."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    for col in "ABCDE":
        sheet.column_dimensions[col].width = 16
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # one page wide
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    for row in sheet.iter_rows(min_row=2, max_row=9, max_col=5):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)


def _read(path: Path) -> dict[str, Any]:
    _code, [result] = parse_cli(path, "--lang", "en")
    return result


def _said(result: dict[str, Any], code: str) -> dict[str, str]:
    return {p["field"]: p["message"] for p in result["warnings"] if p["code"] == code}


def test_a_struck_run_in_a_table_cell_or_a_date_cell_leaves_the_correction_as_the_value(tmp_path):
    result = _read(_allowance(tmp_path))
    record = result["record"]
    assert record["items"][0]["qty"] == 20800
    assert record["issue_date"] == "2026-03-27"
    corrected = _said(result, "value_struck_corrected")
    assert "20,000" in corrected["items[0].qty"] and "2026/3/20" in corrected["issue_date"]


def test_amounts_with_swiss_thousands_apostrophes_are_read(tmp_path):
    record = _read(_allowance(tmp_path))["record"]
    assert record["items"][0]["allowance_amount"] == "12480.00"
    assert record["items"][0]["tax"] == "1622.40"  # a typographic apostrophe
    assert record["total_excl_tax"] == "17480.00"


def test_a_struck_sentence_in_a_free_text_is_left_out(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    s = wb.active
    s["A1"] = "客户抱怨处理单"
    s["A2"], s["B2"], s["C2"], s["D2"] = "客户名称", "华东电子", "投诉日期", "2026-03-05"
    s["A3"], s["B3"] = "问题描述", _struck("外观划伤。", "端子卡勾断裂，插拔力不足。")
    path = tmp_path / "complaint.xlsx"
    wb.save(path)
    result = _read(path)
    assert result["record"]["description"] == "端子卡勾断裂，插拔力不足。"
    assert "外观划伤" in _said(result, "value_struck_corrected")["description"]


@pytest.mark.parametrize(
    ("typed", "number"),
    [("1'255.50", "1255.50"), ("1’255.50", "1255.50"), ("12'000", "12000"), ("-1'000'000.5", "-1000000.5")],
)
def test_swiss_grouped_numbers(typed, number):
    assert to_decimal(typed) == Decimal(number)


@pytest.mark.parametrize("typed", ["'000451", "1'25.5", "1'2345", "A1'000", "'2000"])
def test_an_apostrophe_that_groups_no_thousands_is_left_alone(typed):
    assert without_apostrophe_groups(typed) == typed


def test_a_code_typed_with_a_text_apostrophe_is_no_number():
    with pytest.raises(PydanticCustomError):
        to_decimal("'000451")


# ---------------------------------------------------------------------------------- PDF
def _drawn(lines: list[tuple[str, list[tuple[float, float]]]]) -> bytes:
    """A PDF drawn by fpdf2 in proportional Helvetica: each text (``~~struck~~`` runs drawn
    with fpdf2's own strike-through) at y 100, 130, ..., with extra lines through its middle
    (5.75 pt under its top, where fpdf2 strikes) given as (from, to) in points from the text's left."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.c_margin = 0  # the text starts where it is put
    for n, (text, extra) in enumerate(lines):
        y = 100 + 30 * n
        pdf.set_xy(100, y)
        pdf.cell(text=text, markdown=True)
        for a, b in extra:
            pdf.line(100 + a, y + 5.75, 100 + b, y + 5.75)
    return bytes(pdf.output())


def _strike(data: bytes) -> tuple[list[Word], list[Rule], list[Struck]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        words, rules = pdfium_words(pdf)
    finally:
        pdf.close()
    with LetterBoxes(data) as letters:
        return without_struck(words, rules, letters)


def _width(text: str) -> float:
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=10)
    return pdf.get_string_width(text)


def test_a_strike_through_proportional_letters_takes_out_those_letters_only():
    """Letters are as wide as their glyphs: ``Illinois`` (narrow letters) struck before
    ``Wire`` was read ``s Wire`` when the word's width was shared out equally among letters,
    and ``Li Ming Wang Qiang`` kept its struck name, unsaid."""
    data = _drawn([("~~Illinois~~ Wire", []), ("~~Li Ming~~ Wang Qiang", []), ("~~Fan~~ Connector", [])])
    kept, rules, struck = _strike(data)
    assert [w.text for w in kept] == ["Wire", "Wang Qiang", "Connector"]
    assert [(s.text, s.sure) for s in struck] == [("Illinois", True), ("Li Ming", True), ("Fan", True)]
    assert rules == []


def test_a_line_ending_inside_a_letter_strikes_nothing_and_is_said():
    """A border piece from before the text to the middle of the ``W`` (text spilling across a
    cell): no whole letters struck. It was taken for a strike of ``Illinois `` (its end within
    0.45 of a guessed letter's width from a guessed edge); now the text is read whole and the
    line is said."""
    middle_of_w = _width("Illinois ") + _width("W") / 2
    data = _drawn([("Illinois Wire", [(-0.5, middle_of_w)]), ("Wilmington Mill", [(-0.5, 6.0)])])
    kept, rules, struck = _strike(data)
    assert [w.text for w in kept] == ["Illinois Wire", "Wilmington Mill"]
    assert [(s.text, s.sure) for s in struck] == [("Illinois Wire", False), ("Wilmington Mill", False)]
    assert len(rules) == 2  # left as they are: no strike, maybe a border


def test_a_strike_takes_out_no_border_further_along_its_line():
    """A struck ``48`` and a border drawn on the same line further right: the border stays (it
    was removed with the strike, which could join two cells)."""
    start = _width("48 52") + 40
    kept, rules, struck = _strike(_drawn([("~~48~~ 52", [(start, start + 200)])]))
    assert [w.text for w in kept] == ["52"] and [s.text for s in struck] == ["48"]
    [border] = rules
    assert abs(border.x0 - (100 + start)) < 1 and abs(border.x1 - (300 + start)) < 1


@pytest.mark.parametrize(
    "line",
    [
        (0.0, 30.0, 9.5),  # an underline, at the baseline
        (0.0, 30.0, 1.0),  # a border just over the letters
        (-60.0, 300.0, 4.8),  # a ruled line the text was printed over (out of register)
    ],
)
def test_a_line_that_is_no_strike_leaves_the_word_whole_and_unsaid(line):
    from fpdf import FPDF

    a, b, dy = line
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.c_margin = 0
    pdf.set_xy(100, 100)
    pdf.cell(text="48 52")
    pdf.line(100 + a, 100 + dy, 100 + b, 100 + dy)
    kept, rules, struck = _strike(bytes(pdf.output()))
    assert [w.text for w in kept] == ["48 52"] and len(rules) == 1 and struck == []


def test_without_letter_positions_a_line_through_letters_is_a_doubt_never_a_guess():
    words = [Word("48 52", 1, 200.0, 100.0, 225.0, 110.0)]
    line = Rule(1, 199.8, 105.0, 210.2, 105.0)
    kept, rules, struck = without_struck(words, [line])
    assert kept == words and rules == [line]
    assert [(s.text, s.sure) for s in struck] == [("48 52", False)]


@needs_soffice
@pytest.mark.libreoffice
def test_struck_latin_words_in_a_workbook_are_left_out_of_its_print(tmp_path):
    """Six struck corrections in Latin text printed by LibreOffice: three were read with the
    crossed-out value and no warning (``Acme Bosch GmbH``, ``Fan Connector``)."""
    from openpyxl import Workbook

    wb = Workbook()
    s = wb.active
    s["A1"] = "Customer Complaint Form"
    pairs = [
        ("Customer", "customer", "Acme", "Bosch GmbH"),
        ("Part name", "part_name", "Fan", "Connector"),
        ("Part no.", "part_no", "PN-1221", "PN-1231"),
        ("Order no.", "order_no", "PO-771", "PO-778"),
        ("Reported by", "reporter", "Li Ming", "Wang Qiang"),
    ]
    for row, (label, _, old, new) in enumerate(pairs, 2):
        s.cell(row, 1, label)
        s.cell(row, 2, _struck(old, new))
    s["A9"], s["B9"] = "Description", "Housing scratched"
    _ruled(s)
    path = tmp_path / "complaint.xlsx"
    wb.save(path)
    for source in (path, soffice_convert(path, "pdf", tmp_path / "pdf")):
        result = _read(source)
        corrected = _said(result, "value_struck_corrected")
        for _, key, old, new in pairs:
            assert result["record"][key] == new, source.suffix
            assert old in corrected[key], source.suffix


@needs_soffice
@pytest.mark.libreoffice
def test_a_value_struck_in_the_workbook_is_left_out_of_its_print_with_a_warning(tmp_path):
    """LibreOffice prints a struck run as a line through it: the PDF reads as the workbook does."""
    pdf = soffice_convert(_allowance(tmp_path), "pdf", tmp_path / "pdf")
    result = _read(pdf)
    assert result["record"]["items"][0]["qty"] == 20800
    assert result["record"]["issue_date"] == "2026-03-27"
    corrected = _said(result, "value_struck_corrected")
    assert "20,000" in corrected["items[0].qty"] and "2026/3/20" in corrected["issue_date"]


def test_struck_text_no_field_was_read_from_is_still_said_on_its_page():
    from kesu_docs import forms
    from kesu_docs.parse.pdf_strike import Struck, struck_warnings

    gone = Struck("2026/2/26", 1, 100.0, 100.0, 145.0, 110.0)
    [said] = struck_warnings(forms.get("complaint"), {}, {}, [], [gone])
    assert said.code == "struck_text_left_out" and said.severity == "warning"
    assert "2026/2/26" in said.message("en") and "p1" in said.message("en")


def test_a_line_through_letters_that_strikes_none_whole_is_said_on_its_field_or_page():
    from kesu_docs import forms
    from kesu_docs.parse.boxes import Box

    doubt = Struck("Illinois Wire", 1, 100.0, 100.0, 160.0, 110.0, sure=False)
    box = Box("Illinois Wire", "Illinois Wire", 95.0, 95.0, 200.0, 115.0, "p1#3")
    [on_field] = struck_warnings(
        forms.get("complaint"), {"customer": "Illinois Wire"}, {"customer": "p1#3"}, [box], [doubt]
    )
    assert on_field.code == "value_struck" and on_field.field == "customer"
    [on_page] = struck_warnings(forms.get("complaint"), {}, {}, [], [doubt])
    assert on_page.code == "line_through_text" and "Illinois Wire" in on_page.message("en")
