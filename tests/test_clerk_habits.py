"""What clerks really do to the blanks kesu gives them (and what arrives from outside): the
values typed their own way, cells left with a word for "nothing", a stray cell far away, a
workbook saved by another program. Each one is read as meant, or refused with a clear message
on its field — never read wrong in silence — and the rest of the batch is read.

Every form here is our own blank filled by ``fill_blank`` and then edited by openpyxl as a
clerk types into it (text typed into a cell is text, as Excel keeps it in a text-formatted cell).
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers import named_cell, needs_soffice, parse_cli, problem, run_cli, soffice_convert
from hostile import excel_form
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parents[1]


def typed(tmp_path: Path, name: str = "form.xlsx", **cells: Any) -> Path:
    """The complaint sample filled into our blank, then ``field=value`` typed over its cells
    as text (a clerk's cell formatted as text, or a value typed with its unit)."""
    path = excel_form(tmp_path / name)
    where = {field: named_cell(path, f"kesu.{field}") for field in cells}
    wb = load_workbook(path)
    for field, value in cells.items():
        sheet, ref = where[field].split("!")
        cell = wb[sheet][ref]
        cell.value = value
        if isinstance(value, str):
            cell.number_format = "@"
    wb.save(path)
    return path


def read(path: Path, *args: str) -> dict[str, Any]:
    _code, [result] = parse_cli(path, *args)
    return result


def on_field(result: dict[str, Any], field: str) -> list[str]:
    return [p["code"] for p in result["errors"] + result["warnings"] if p["field"] == field]


# ---------------------------------------------------------------------------------- values typed
@pytest.mark.parametrize(
    "text",
    ["2026.9.8", "2026/09/08", "20260908", "2026年9月8日", "115/9/8", "民国115年9月8日", " 2026-09-08 \n"],
)
def test_a_date_typed_as_text_in_any_common_way_is_read(tmp_path, text):
    result = read(typed(tmp_path, received_date=text))
    assert result["record"]["received_date"] == "2026-09-08"
    assert on_field(result, "received_date") == []


@pytest.mark.parametrize("text", ["26.9.8", "09/08/2026x"])
def test_an_unreadable_date_is_an_error_on_its_field(tmp_path, text):
    result = read(typed(tmp_path, received_date=text))
    assert result["record"]["received_date"] is None
    assert problem(result, "invalid_date")["field"] == "received_date"


@pytest.mark.parametrize("text", ["9月8日", "9/8", "９月８日"])
def test_a_date_without_its_year_takes_the_year_of_the_forms_other_dates_with_a_warning(tmp_path, text):
    """The same rule as on any other layout (test_reader_rows): the year that puts it nearest
    the form's other dates (here 2026-08-20 … 2026-09-18), shown for checking."""
    result = read(typed(tmp_path, received_date=text))
    assert result["record"]["received_date"] == "2026-09-08"
    assert on_field(result, "received_date") == ["date_year_inferred"]


def test_a_date_without_its_year_on_a_form_with_no_other_date_is_an_error(tmp_path):
    others = dict.fromkeys(["ship_date", "production_date", "approved_date", "closed_date"], None)
    result = read(typed(tmp_path, received_date="9月8日", **others))
    assert result["record"]["received_date"] is None
    assert problem(result, "invalid_date")["field"] == "received_date"


@pytest.mark.parametrize(
    "text", ["2,000", "２０００", "2000pcs", "2000件", " 2000 PCS", "2 000", "２，０００"]
)
def test_a_quantity_typed_with_separators_full_width_digits_or_its_unit_is_read(tmp_path, text):
    result = read(typed(tmp_path, ship_qty=text))
    assert result["record"]["ship_qty"] == 2000
    assert on_field(result, "ship_qty") == []


@pytest.mark.parametrize("text", ["3000 2000", "2000,00", "1.234,50", "2,0000"])
def test_digits_split_other_than_by_thousands_are_no_one_number_and_an_error(tmp_path, text):
    """A correction typed beside the old value ("3000 2000") or a decimal comma is never read
    as one number glued together (30002000)."""
    result = read(typed(tmp_path, ship_qty=text))
    assert result["record"]["ship_qty"] is None
    assert problem(result, "invalid_qty")["field"] == "ship_qty"


@pytest.mark.parametrize("text", ["3,680.00元", "RMB 3680", "￥3,680", "３６８０．００"])
def test_an_amount_typed_with_its_currency_is_read(tmp_path, text):
    result = read(typed(tmp_path, loss_amount=text))
    assert result["record"]["loss_amount"] == "3680.00"


@pytest.mark.parametrize("text", ["3680,00", "3.680,00", "3 680,00"])
def test_an_amount_written_the_european_way_is_read_not_a_hundred_times_more(tmp_path, text):
    # fifth round: a decimal comma before two digits at the end is unambiguous (was an error)
    result = read(typed(tmp_path, loss_amount=text))
    assert result["record"]["loss_amount"] == "3680.00"


@pytest.mark.parametrize("text", ["3 680 00", "3.68,00", "3,680,00"])
def test_an_amount_with_a_decimal_comma_is_an_error_not_a_hundred_times_more(tmp_path, text):
    result = read(typed(tmp_path, loss_amount=text))
    assert result["record"]["loss_amount"] is None
    assert problem(result, "invalid_money")["field"] == "loss_amount"


@pytest.mark.parametrize("text", ["无", "N/A", "n/a", "不适用", "/", "—", "NA"])
def test_a_word_for_nothing_in_an_optional_field_leaves_it_empty(tmp_path, text):
    result = read(typed(tmp_path, lot_no=text))
    assert result["record"]["lot_no"] is None
    assert result["valid"], result["errors"]


@pytest.mark.parametrize("text", ["无", "N/A", "不适用"])
def test_a_word_for_nothing_in_a_required_field_is_a_missing_value(tmp_path, text):
    result = read(typed(tmp_path, order_no=text))
    assert result["record"]["order_no"] is None
    assert problem(result, "required")["field"] == "order_no"


@pytest.mark.parametrize(("text", "meant"), [("无", False), ("没有", False), ("有", True)])
def test_a_word_for_nothing_in_a_yes_no_field_is_the_answer_no(tmp_path, text, meant):
    result = read(typed(tmp_path, sample_received=text))
    assert result["record"]["sample_received"] is meant


@pytest.mark.parametrize("mark", ["✓", "√", "☑", "■", "X", "x", "V", "v", "Y", "是"])
def test_a_tick_in_any_of_the_marks_clerks_use_is_yes(tmp_path, mark):
    result = read(typed(tmp_path, sample_received=mark))
    assert result["record"]["sample_received"] is True
    assert on_field(result, "sample_received") == []


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("内销", "domestic"),
        ("外销", "foreign"),
        ("出口", "foreign"),
        ("國內", "domestic"),
        ("國外", "foreign"),
    ],
)
def test_the_market_typed_as_sales_people_say_it_or_in_traditional_script_is_read(tmp_path, text, meant):
    result = read(typed(tmp_path, market=text))
    assert result["record"]["market"] == meant
    assert on_field(result, "market") == []


def test_a_choice_typed_in_traditional_script_is_its_simplified_term(tmp_path):
    result = read(typed(tmp_path, complaint_type="品質異常", cause_category="工程/工藝"))
    assert result["record"]["complaint_type"] == "quality"
    assert result["record"]["cause_category"] == "process"


@pytest.mark.parametrize(("typed_rate", "fmt"), [("2.3%", "@"), (0.023, "0.0%"), (2.3, "General")])
def test_a_defect_rate_typed_as_percent_fraction_or_bare_number_is_one_rate(tmp_path, typed_rate, fmt):
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.defect_rate").split("!")
    wb = load_workbook(path)
    wb[sheet][ref].value = typed_rate
    wb[sheet][ref].number_format = fmt
    wb.save(path)
    result = read(path)
    assert result["record"]["defect_rate"] == "0.023"
    assert on_field(result, "defect_rate") == []


def test_a_name_with_a_line_break_or_spaces_around_is_trimmed(tmp_path):
    result = read(typed(tmp_path, reporter=" 王丽\n"))
    assert result["record"]["reporter"] == "王丽"


# ---------------------------------------------------------------------------------- the workbook
def test_a_stray_character_at_the_last_cell_of_the_sheet_is_refused_naming_the_cell(tmp_path):
    """One space typed at XFD1048576 makes a used range of 17 billion cells: the reader must not
    try to make that grid (it aborted the whole process, and the batch with it)."""
    path = typed(tmp_path, "stray.xlsx")
    wb = load_workbook(path)
    wb.worksheets[0]["XFD1048576"] = " "
    wb.save(path)
    good = typed(tmp_path, "good.xlsx")
    code, results = parse_cli(path, good)
    assert code == 2
    stray, fine = results
    assert stray["errors"][0]["code"] == "stray_cell"
    assert "XFD1048576" in stray["errors"][0]["message"]
    assert fine["valid"] and fine["record"]["customer"] == "华东精密机械有限公司"
    _code, out = run_cli("--lang", "en", "parse", str(path))
    assert "far outside the form" in json.loads(out.splitlines()[0])["errors"][0]["message"]


def test_a_value_typed_far_down_a_column_is_refused_and_one_a_little_outside_is_not(tmp_path):
    far = typed(tmp_path, "far.xlsx")
    wb = load_workbook(far)
    wb.worksheets[0]["A1048576"] = "x"
    wb.save(far)
    near = typed(tmp_path, "near.xlsx")
    wb = load_workbook(near)
    wb.worksheets[0]["Z300"] = "备注：客户来电催促"
    wb.save(near)
    _code, (far_result, near_result) = parse_cli(far, near)
    assert far_result["errors"][0]["code"] == "stray_cell"
    assert "A1048576" in far_result["errors"][0]["message"]
    assert near_result["valid"], near_result["errors"]


def test_formatting_a_whole_column_is_not_a_stray_cell(tmp_path):
    """Cells with a style but nothing in them (a clerk formats column Z to the bottom) are no grid."""
    from openpyxl.styles import Font

    path = typed(tmp_path)
    wb = load_workbook(path)
    wb.worksheets[0]["Z1048576"].font = Font(bold=True)
    wb.save(path)
    assert read(path)["valid"]


def test_an_instructions_sheet_before_the_form_is_passed_over(tmp_path):
    path = typed(tmp_path)
    wb = load_workbook(path)
    notes = wb.create_sheet("填写说明", 0)
    notes["A1"], notes["A2"] = "填写说明", "带 * 的栏位必须填写；日期格式 2026-09-08"
    wb.save(path)
    result = read(path)
    assert result["valid"] and result["record"]["customer"] == "华东精密机械有限公司"


def test_two_forms_on_two_sheets_of_one_workbook_are_both_read(tmp_path):
    path = typed(tmp_path)
    wb = load_workbook(path)
    second = wb.copy_worksheet(wb.worksheets[0])
    second.title = "第二份"
    second["B6"] = "华南电子有限公司"
    wb.save(path)
    _code, results = parse_cli(path)
    assert sorted(r["record"]["customer"] for r in results) == ["华东精密机械有限公司", "华南电子有限公司"]
    assert len({r["source"] for r in results}) == 2


def test_an_opendocument_spreadsheet_named_xlsx_is_told_to_be_saved_as_xlsx(tmp_path):
    path = tmp_path / "form.xlsx"
    with zipfile.ZipFile(path, "w") as odf:
        odf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        odf.writestr("content.xml", "<office:document-content/>")
    result = read(path)
    assert result["errors"][0]["code"] == "not_a_spreadsheet"
    assert "OpenDocument" in result["errors"][0]["message"] and ".xlsx" in result["errors"][0]["message"]


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", ("二进制", ".xlsb", ".xlsx")), ("en", ("binary", ".xlsb", ".xlsx"))]
)
def test_an_excel_binary_workbook_named_xlsx_is_told_to_be_saved_as_xlsx(tmp_path, lang, words):
    """An .xlsb (its parts are xl/workbook.bin, xl/worksheets/*.bin) renamed .xlsx: it is an Excel
    workbook, of the binary kind: the clerk is told so and to save it as .xlsx, not "a Word file?",
    nor first "not an Excel workbook" (its own message, never the catalogue's generic sentence)."""
    path = tmp_path / "客诉登记.xlsx"
    with zipfile.ZipFile(path, "w") as xlsb:
        xlsb.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        xlsb.writestr("xl/workbook.bin", b"\x83\x01\x00\x80\x01\x00")
        xlsb.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    _code, out = run_cli("--lang", lang, "parse", str(path))
    [result] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert result["record"] is None
    [error] = result["errors"]
    assert error["code"] == "binary_workbook"
    assert all(w in error["message"] for w in words), error["message"]
    assert "Word" not in error["message"]
    assert "不是 Excel" not in error["message"] and "Not an Excel" not in error["message"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [("zh", ("Apple Numbers", "导出", ".xlsx")), ("en", ("Apple Numbers", "Export", ".xlsx"))],
)
def test_an_apple_numbers_document_named_xlsx_is_told_to_be_exported_as_xlsx(tmp_path, lang, words):
    """A Numbers document (a zip of Index/*.iwa archives, a preview, a plist) renamed .xlsx by a
    colleague on a Mac: named as Numbers and the way out said (export to Excel), not "a Word file?"."""
    path = tmp_path / "退货通知.xlsx"
    with zipfile.ZipFile(path, "w") as numbers:
        numbers.writestr("Index/Document.iwa", b"\x00\x1b\x00\x00\x08\x01")
        numbers.writestr("Index/Tables/DataList.iwa", b"\x00\x05\x00\x00\x08\x02")
        numbers.writestr("Metadata/DocumentIdentifier", "5F1C0A2E-0000-4000-8000-000000000001")
    _code, out = run_cli("--lang", lang, "parse", str(path))
    [result] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert result["record"] is None
    [error] = result["errors"]
    assert error["code"] == "numbers_document"
    assert all(w in error["message"] for w in words), error["message"]
    assert "不是 Excel" not in error["message"] and "Not an Excel" not in error["message"]
    assert "Word" not in error["message"]


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", ("没有", "客诉", "汇总")), ("en", ("no cell", "客诉", "汇总"))]
)
def test_a_workbook_whose_sheets_hold_no_cell_is_told_it_is_empty(tmp_path, lang, words):
    """Two sheets cleared before sending (a column width and a fill left, no value): the workbook
    holds nothing, said so with the sheets' names, not "none of the form's labels were found";
    no record, with --kind as without."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    wb.active.title = "客诉"
    wb.active.column_dimensions["B"].width = 30
    wb.active["C4"].fill = PatternFill("solid", fgColor="FFFF00")  # a styled cell, still empty
    wb.active["D5"] = "   "  # a space the clear left behind
    wb.create_sheet("汇总")
    path = tmp_path / "客诉单.xlsx"
    wb.save(path)
    for kind in ([], ["--kind", "complaint"]):
        _code, out = run_cli("--lang", lang, "parse", *kind, str(path))
        [result] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert result["record"] is None
        [error] = result["errors"]
        assert error["code"] == "empty_workbook"
        assert all(w in error["message"] for w in words), error["message"]


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", ("图表", "每月退货")), ("en", ("chart sheet", "每月退货"))]
)
def test_a_workbook_of_a_chart_sheet_only_is_told_it_holds_a_chart_not_no_sheet(tmp_path, lang, words):
    """The clerk sent the chart (a chart sheet, visible, with no cells) instead of the form: said
    so, not "no visible sheet"; no record. A hidden worksheet beside it changes nothing."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    data = wb.active
    data.title = "数据"
    for row in (("月份", "退货数量"), ("1月", 120), ("2月", 85)):
        data.append(row)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    sheet = wb.create_chartsheet("每月退货")
    sheet.add_chart(chart)
    data.sheet_state = "hidden"
    wb.active = 1
    path = tmp_path / "退货.xlsx"
    wb.save(path)
    _code, out = run_cli("--lang", lang, "parse", str(path))
    [result] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert result["record"] is None
    [error] = result["errors"]
    assert error["code"] == "chart_sheet_only"
    assert all(w in error["message"] for w in words), error["message"]


def test_a_pdf_named_xlsx_is_told_to_get_its_pdf_suffix_back(tmp_path):
    path = tmp_path / "form.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    result = read(path)
    assert result["errors"][0]["code"] == "not_a_spreadsheet"
    assert ".pdf" in result["errors"][0]["message"]


def test_a_spreadsheet_kesu_cannot_read_in_a_folder_is_listed_not_passed_over(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    typed(folder, "good.xlsx")
    shutil.copy(folder / "good.xlsx", folder / "wps.et")
    (folder / "from-libreoffice.ods").write_bytes(b"PK\x03\x04")
    _code, results = parse_cli(folder)
    by_name = {Path(r["source"]).name: r for r in results}
    assert set(by_name) == {"good.xlsx", "wps.et", "from-libreoffice.ods"}
    assert by_name["good.xlsx"]["valid"]
    for name in ("wps.et", "from-libreoffice.ods"):
        assert by_name[name]["errors"][0]["code"] == "unsupported_file"
        assert ".xlsx" in by_name[name]["errors"][0]["message"]


# ---------------------------------------------------------------------------------- formulas
def test_a_formula_saved_without_its_result_is_said_to_be_one_not_only_missing(tmp_path):
    """A workbook written by a program (never opened in Excel) carries ``=1000+1000`` and no
    result: the clerk is told the cell is a formula to calculate, on its field."""
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.ship_qty").split("!")
    wb = load_workbook(path)
    wb[sheet][ref] = '=IF(A1="",1000,2000)'  # a condition: not the arithmetic kesu works out
    wb.save(path)
    result = read(path)
    found = problem(result, "formula_without_value")
    assert found["field"] == "ship_qty" and ref in found["message"]
    assert result["record"]["ship_qty"] is None
    _code, out = run_cli("--lang", "en", "parse", str(path))
    english = [p for p in json.loads(out.splitlines()[0])["errors"] if p["code"] == "formula_without_value"]
    assert "formula" in english[0]["message"]


@needs_soffice
@pytest.mark.libreoffice
def test_the_same_formula_once_calculated_and_saved_is_read_as_its_result(tmp_path):
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.ship_qty").split("!")
    wb = load_workbook(path)
    wb[sheet][ref] = '=IF(A1="",1000,2000)'  # a condition: not the arithmetic kesu works out
    wb.save(path)
    saved = soffice_convert(path, "xlsx", tmp_path / "saved")
    result = read(saved)
    assert result["record"]["ship_qty"] == 2000
    assert on_field(result, "ship_qty") == []


# ---------------------------------------------------------------------------------- one cell off
def test_a_value_typed_after_the_colon_in_the_labels_cell_is_read_with_a_warning(tmp_path):
    path = typed(tmp_path, received_date=None)
    sheet, ref = named_cell(path, "kesu.received_date").split("!")
    wb = load_workbook(path)
    cell = wb[sheet][ref]
    label = wb[sheet].cell(row=cell.row, column=cell.column - 1)
    label.value = f"{label.value}：2026-09-08"
    wb.save(path)
    result = read(path)
    assert result["record"]["received_date"] == "2026-09-08"
    warned = problem(result, "value_beside_its_cell")
    assert warned["field"] == "received_date" and warned["location"].endswith(label.coordinate)
    assert result["record"]["number"] is None  # the empty field before it does not take it


def test_a_value_typed_in_the_second_half_of_an_unmerged_cell_is_read_with_a_warning(tmp_path):
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.customer").split("!")
    wb = load_workbook(path)
    ws = wb[sheet]
    merged = next(m for m in ws.merged_cells.ranges if ref in m)
    ws.unmerge_cells(str(merged))
    ws[ref] = None
    beside = ws.cell(row=ws[ref].row, column=ws[ref].column + 1)
    beside.value = "华东精密机械有限公司"
    wb.save(path)
    result = read(path)
    assert result["record"]["customer"] == "华东精密机械有限公司"
    assert problem(result, "value_beside_its_cell")["location"].endswith(beside.coordinate)


def test_an_empty_field_never_takes_the_next_fields_value_on_its_row(tmp_path):
    """The number is left empty (kesu gives it): the date typed right of it stays the date's."""
    result = read(typed(tmp_path, number=None))
    assert result["record"]["number"] is None
    assert result["record"]["received_date"] == "2026-09-08"
    assert result["valid"] and result["warnings"] == []


# ---------------------------------------------------------------------------------- kesu learn
def _scan(tmp_path: Path) -> Path:
    """A scanned form: one page that is only a picture."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (595, 842), "white")
    ImageDraw.Draw(page).rectangle((40, 40, 555, 120), outline="black", width=3)
    path = tmp_path / "scan.pdf"
    page.save(path)
    return path


def _far_cell(tmp_path: Path) -> Path:
    path = typed(tmp_path, "far.xlsx")
    wb = load_workbook(path)
    wb.worksheets[0]["XFD1048576"] = " "
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("make", "code_word"), [(_scan, ("扫描件", "a scan")), (_far_cell, ("XFD1048576", "XFD1048576"))]
)
@pytest.mark.parametrize("kind", [[], ["--kind", "complaint"]])
def test_learn_on_a_file_it_cannot_read_says_why_not_to_name_the_kind(tmp_path, make, code_word, kind):
    source = make(tmp_path)
    profiles = tmp_path / "profiles"
    code, out = run_cli("learn", source, *kind, "--profiles", profiles)
    assert code == 2 and code_word[0] in out and "--kind" not in out
    assert "Traceback" not in out and "{" not in out
    code, out = run_cli("--lang", "en", "learn", source, *kind, "--profiles", profiles)
    assert code == 2 and code_word[1] in out
    assert not profiles.exists()


# ---------------------------------------------------------------------------------- struck through
def _struck(tmp_path: Path) -> Path:
    """The old quantity struck through and the new one typed after it, in one cell; the lot
    number struck through as a whole."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    path = typed(tmp_path)
    wb = load_workbook(path)
    for field, value in (("ship_qty", None), ("lot_no", None)):
        sheet, ref = named_cell(path, f"kesu.{field}").split("!")
        cell = wb[sheet][ref]
        if field == "ship_qty":
            cell.value = CellRichText([TextBlock(InlineFont(strike=True), "3000"), " 2000"])
        else:
            cell.font = Font(strike=True)
    wb.save(path)
    return path


def _check_struck(result: dict[str, Any]) -> None:
    assert result["record"]["ship_qty"] == 2000
    corrected = problem(result, "value_struck_corrected")
    assert corrected["field"] == "ship_qty" and "3000" in corrected["message"]
    assert result["record"]["lot_no"] == "L260812-03"  # nothing lost: read, and said to be struck
    assert problem(result, "value_struck")["field"] == "lot_no"


def test_a_struck_through_value_is_read_with_a_warning_and_a_correction_after_it_is_the_value(tmp_path):
    _check_struck(read(_struck(tmp_path)))


@needs_soffice
@pytest.mark.libreoffice
def test_struck_through_text_is_seen_once_excel_keeps_it_among_the_shared_strings(tmp_path):
    """Excel and LibreOffice keep rich text in the shared strings (openpyxl writes it in the cell)."""
    saved = soffice_convert(_struck(tmp_path), "xlsx", tmp_path / "saved")
    _check_struck(read(saved))


def test_a_form_with_nothing_struck_through_has_no_such_warning(tmp_path):
    result = read(typed(tmp_path))
    assert not [p for p in result["warnings"] if p["code"].startswith("value_struck")]


def test_a_long_number_typed_into_a_number_cell_is_an_error_not_its_rounded_digits(tmp_path):
    """Excel keeps 15 significant digits: an 18-digit lot number typed into a General cell
    comes back with zeros (or float noise) at its end."""
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.lot_no").split("!")
    wb = load_workbook(path)
    wb[sheet][ref].value = 260812030000012345
    wb[sheet][ref].number_format = "General"
    wb.save(path)
    result = read(path)
    assert result["record"]["lot_no"] is None
    assert problem(result, "invalid_long_number")["field"] == "lot_no"


def test_a_number_cell_of_fifteen_digits_or_fewer_is_its_digits(tmp_path):
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.order_no").split("!")
    wb = load_workbook(path)
    wb[sheet][ref].value = 450012398712345
    wb[sheet][ref].number_format = "General"
    wb.save(path)
    assert read(path)["record"]["order_no"] == "450012398712345"


# ---------------------------------------------------------------------------------- hidden rows
def test_a_table_row_hidden_rather_than_deleted_is_read_and_warned_once(tmp_path):
    """The clerk hides the old penalty row instead of deleting it: paper no longer shows it,
    the file still holds it — read (nothing lost), with one warning on that row."""
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.penalties.target", row=1).split("!")
    wb = load_workbook(path)
    ws = wb[sheet]
    row = ws[ref].row
    first = ws[named_cell(path, "kesu.penalties.target").split("!")[1]].row
    for col in range(1, 9):
        if type(ws.cell(row=row, column=col)).__name__ != "MergedCell":
            ws.cell(row=row, column=col).value = ws.cell(row=first, column=col).value
    ws.cell(row=row, column=1).value = "品保课"
    ws.row_dimensions[row].hidden = True
    wb.save(path)
    result = read(path)
    assert [p["target"] for p in result["record"]["penalties"]] == ["SMT 二线", "品保课"]
    hidden = [p for p in result["warnings"] if p["code"] == "value_hidden"]
    assert [p["field"] for p in hidden] == ["penalties[1]"]
    assert f"A{row}" in hidden[0]["message"]


def test_a_value_in_a_hidden_column_is_warned_on_its_field(tmp_path):
    path = typed(tmp_path)
    sheet, ref = named_cell(path, "kesu.lot_no").split("!")
    wb = load_workbook(path)
    ws = wb[sheet]
    # every column of the cell's merged range (F8:H8): a merged value shows while one of them does
    merged = next((r for r in ws.merged_cells.ranges if ref in r), None)
    first, last = (merged.min_col, merged.max_col) if merged else (ws[ref].column, ws[ref].column)
    for column in range(first, last + 1):
        ws.column_dimensions[get_column_letter(column)].hidden = True
    wb.save(path)
    result = read(path)
    assert result["record"]["lot_no"] == "L260812-03"
    assert "lot_no" in [p["field"] for p in result["warnings"] if p["code"] == "value_hidden"]


@needs_soffice
@pytest.mark.libreoffice
def test_a_legacy_xls_with_a_cell_at_its_last_corner_is_read_in_bounded_memory(tmp_path):
    """.xls holds at most 65,536 × 256 cells: a value typed at IV65536 made every row 256
    cells wide (350 MB); rows are now read as long as their own cells."""
    from test_hostile_inputs import kesu_process

    path = typed(tmp_path, "far.xlsx")
    wb = load_workbook(path)
    wb.worksheets[0]["IV65536"] = "x"
    wb.save(path)
    legacy = soffice_convert(path, "xls", tmp_path / "xls")
    code, out, _err, peak_kb = kesu_process("parse", str(legacy), cwd=tmp_path)
    [result] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert result["record"]["customer"] == "华东精密机械有限公司"
    assert peak_kb < 250 * 1024, f"{peak_kb // 1024} MB"


def test_a_word_for_nothing_in_a_yes_no_member_of_a_group_stays_the_answer_no():
    """An 8D's 客户接受 (closure.customer_accepted) marked 无 is "not accepted", not left out."""
    from kesu_docs import forms
    from kesu_docs.validation import build

    record, _problems = build(
        forms.get("8d"), {"closure.customer_accepted": "无", "closure.approved_by": "无"}
    )
    assert record.closure is not None and record.closure.customer_accepted is False
    assert record.closure.approved_by is None
