"""What a review of the ninth round's reader rules found, each on a small form of our own:
a count under a bare act word (``Shipped``) read as a 1913 date, a sentence cut at ``wrong
date:``, label | value pairs side by side taken for lines laid out as columns, and a
``kesu.toml`` saved by Notepad as "UTF-8 with BOM"."""

from __future__ import annotations

from openpyxl import load_workbook
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.config import load_settings

COMPLAINT = {
    "A1": "Customer Complaint Form",
    "A2": "Complaint No.",
    "B2": "CC-2611-101",
    "C2": "Date received",
    "D2": "2026-11-05",
    "A3": "Customer",
    "B3": "Nordlys Marine AS",
    "C3": "Part No.",
    "D3": "PX-220",
    "A4": "Part name",
    "B4": "Pump housing",
    "C4": "Defect qty",
    "D4": 38,
}


def test_a_count_in_a_date_formatted_cell_under_a_bare_act_word_is_never_a_sure_date(tmp_path):
    """``Shipped`` heads a quantity on many forms; a count in a date-formatted cell (5000 →
    1913-09-08) is no complaint's date: read, it is said for checking."""
    path = workbook(tmp_path, {"Complaint": {**COMPLAINT, "E4": "Shipped", "F4": 5000}})
    book = load_workbook(path)
    book["Complaint"]["F4"].number_format = "yyyy-mm-dd"
    book.save(path)
    result = parse(path, kind="complaint")
    assert value(result, "ship_date") in (None, "") or warned(result, "ship_date")


def test_a_sentence_with_a_date_word_before_a_colon_stays_whole(tmp_path):
    """``Approved: Zhou Lin Date: …`` ends a name at ``Date``; a description that says ``the
    wrong date:`` is one sentence, not a value cut before a label."""
    text = "Description: Carton label shows the wrong date: 2026-03-01 instead of 2026-03-15"
    path = workbook(tmp_path, {"Complaint": {**COMPLAINT, "A6": text}})
    result = parse(path, kind="complaint")
    assert value(result, "description") == text.removeprefix("Description: ")


def test_label_value_pairs_side_by_side_are_one_line_not_lines_as_columns(tmp_path):
    """``Part No. | HS-1133 | Description | Heat sink`` over ``Qty | 150 | Unit Price | 2.60``:
    one line printed as pairs (each label one cell), not two lines turned on their side."""
    cells = {
        "A1": "RMA — Return Material Authorization",
        "A2": "RMA No.",
        "B2": "RMA-2611-044",
        "C2": "Date",
        "D2": "2026-11-06",
        "A3": "Customer",
        "B3": "Brightwave Audio Ltd",
        "A5": "Part No.",
        "B5": "HS-1133",
        "C5": "Description",
        "D5": "Heat sink 60x60",
        "A6": "Qty",
        "B6": 150,
        "C6": "Unit Price",
        "D6": 2.6,
        "A8": "Reason",
        "B8": "Fins bent in transit",
    }
    result = parse(workbook(tmp_path, {"RMA": cells}), kind="return")
    items = value(result, "items")
    assert len(items) == 1, items
    assert items[0]["part_no"] == "HS-1133" and items[0]["qty_returned"] == 150


def test_a_kesu_toml_saved_with_a_byte_order_mark_is_read(tmp_path):
    """Notepad's "UTF-8 with BOM" is still UTF-8: the settings are read, not refused."""
    config = tmp_path / "kesu.toml"
    config.write_bytes("\ufeffserial_width = 4\n".encode())
    assert load_settings(config).serial_width == 4


def test_an_example_line_in_white_letters_is_not_read_as_in_the_print(tmp_path):
    """A template's example line kept in white letters on no fill is on neither the screen nor
    the paper: the workbook reads as its print does (the PDF reader skips white text too);
    white letters on a dark band stay a heading."""
    from openpyxl.styles import Font, PatternFill

    cells = {
        "A1": "退货单",
        "A2": "退货单号",
        "B2": "RT-2611-021",
        "C2": "退货日期",
        "D2": "2026-11-09",
        "A3": "客户名称",
        "B3": "华南精密五金有限公司",
        "A5": "料号",
        "B5": "品名",
        "C5": "退货数量",
        "D5": "单价",
        "A6": "例：XX-000",
        "B6": "例：示例品名",
        "C6": 999,
        "D6": 9.99,
        "A7": "SP-210",
        "B7": "弹簧片 210",
        "C7": 400,
        "D7": 0.35,
        "A9": "退货原因",
        "B9": "弹力不足",
    }
    path = workbook(tmp_path, {"退货单": cells})
    book = load_workbook(path)
    sheet = book["退货单"]
    for ref in ("A6", "B6", "C6", "D6"):
        sheet[ref].font = Font(color="FFFFFFFF")
    for ref in ("A5", "B5", "C5", "D5"):  # the header: white on a dark band, printed
        sheet[ref].font = Font(color="FFFFFFFF", bold=True)
        sheet[ref].fill = PatternFill("solid", fgColor="FF1F3864")
    book.save(path)
    result = parse(path, kind="return")
    items = value(result, "items")
    assert [i["part_no"] for i in items] == ["SP-210"], items
    assert items[0]["qty_returned"] == 400


def test_white_letters_a_conditional_format_shows_on_a_dark_fill_are_read(tmp_path):
    """A rule's fill (conditional formatting) may put white letters on a dark band: on screen
    and on paper they show, so they are values as ever."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill

    path = workbook(
        tmp_path, {"客户抱怨处理单": {"A1": "客户名称", "B1": "华星电子", "A2": "不良数量", "B2": 120}}
    )
    book = load_workbook(path)
    sheet = book["客户抱怨处理单"]
    for ref in ("B1", "B2"):
        sheet[ref].font = Font(color="FFFFFFFF", bold=True)
    dark = PatternFill(start_color="FF1F4E79", end_color="FF1F4E79", fill_type="solid")
    sheet.conditional_formatting.add("B1:B2", FormulaRule(formula=["LEN(B1)>0"], fill=dark))
    book.save(path)
    result = parse(path, kind="complaint")
    assert value(result, "customer") == "华星电子" and value(result, "defect_qty") == 120


def test_a_d6_action_naming_a_material_grade_stays_the_action(tmp_path):
    """``PP 30% GF`` is polypropylene, not a process capability: the text is what was done."""
    cells = {
        "A1": "8D Report",
        "A2": "Customer",
        "B2": "Huaxing Auto",
        "A3": "Part No.",
        "B3": "HX-BRK-3307",
        "A5": "D4 Root cause",
        "A6": "Resin too brittle at low temperature",
        "A7": "D5 Permanent corrective actions",
        "A8": "Housing resin to be changed to a tougher grade",
        "A9": "D6 Implementation and verification",
        "A10": "Switched housing material to PP 30% GF on line 3",
    }
    result = parse(workbook(tmp_path, {"8D": cells}), kind="8d")
    assert value(result, "implementation[0].action").startswith("Switched housing material")


def test_a_name_typed_in_lower_case_still_ends_at_its_date_label(tmp_path):
    """``Approved by: zhou lin Date: 2026-10-09``: the label ``Date`` is printed capitalised."""
    path = workbook(tmp_path, {"Complaint": {**COMPLAINT, "A8": "Approved by: zhou lin Date: 2026-10-09"}})
    result = parse(path, kind="complaint")
    assert value(result, "approver") == "zhou lin"
    assert value(result, "approved_date") == "2026-10-09"
