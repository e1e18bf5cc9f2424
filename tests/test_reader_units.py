"""Units and empty marks in line tables, boxes with their caption on top (what the sixth
held-out set showed, each laid out here the way another company might).

Each test writes a small form with openpyxl (printed through LibreOffice where the rule is
about prints) and reads it back as ``kesu parse`` does. The rules are in
``kesu_docs/parse/units.py`` and ``table_lines.py``; none knows a form.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import soffice_convert
from openpyxl import load_workbook
from openpyxl.styles import Border, Side
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.parse.profile import learn, read_by_profile

# a return note whose quantities are in thousands, said once over a two-row header
RETURN_IN_THOUSANDS = {
    "A1": "RETURN GOODS NOTE",
    "A2": "Return No.",
    "B2": "RG-2611-07",
    "D2": "Date",
    "E2": "2026-11-03",
    "A3": "Customer",
    "B3": "Nordwind Fasteners GmbH",
    "A4": "Part No.",
    "B4": "Description",
    "C4": "Qty (K pcs)",
    "E4": "Unit Price (per K)",
    "F4": "Amount",
    "C5": "Authorized",
    "D5": "Received",
    "A6": "BLT-M6-20",
    "B6": "Hex bolt M6x20",
    "C6": 4,
    "D6": 3,
    "E6": "120.00",
    "F6": "360.00",
    "A7": "NUT-M6",
    "B7": "Hex nut M6",
    "C7": 2.5,
    "D7": 2.5,
    "E7": "33.30",
    "F7": "83.25",
    "A8": "/",
    "B8": "/",
    "C8": "/",
    "D8": "/",
    "E8": "/",
    "F8": "/",
    "A9": "—",
    "B9": "—",
    "C9": "—",
    "D9": "—",
    "E9": "—",
    "F9": "—",
    "A10": "Reason",
    "B10": "Zinc plating peeled off after the salt spray test.",
}
_MERGED = ("A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5", "B10:F10")


def _one_page(ws):
    """Printed one page wide, as forms are set up (a print cut into pages reads as two forms)."""
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0


def _return_form(tmp_path, fmt, cells=RETURN_IN_THOUSANDS, name="form.xlsx"):
    path = workbook(
        tmp_path, {"Return": cells}, bold=tuple(k for k in ("A4", "B4", "C4", "E4", "F4", "C5", "D5"))
    )
    wb = load_workbook(path)
    ws = wb["Return"]
    thin = Side(style="thin")
    for row in ws["A4:F9"]:
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)  # a ruled table
    for rng in _MERGED:
        ws.merge_cells(rng)
    for col, width in {"A": 14, "B": 24, "C": 12, "D": 12, "E": 18, "F": 12}.items():
        ws.column_dimensions[col].width = width
    _one_page(ws)
    wb.save(path)
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    return path


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_unit_over_a_two_row_headers_group_applies_to_every_column_under_it(tmp_path, fmt):
    result = parse(_return_form(tmp_path, fmt), "return")
    items = value(result, "items")
    assert [(r["qty_approved"], r["qty_returned"]) for r in items[:2]] == [(4000, 3000), (2500, 2500)]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_unused_lines_struck_through_with_slashes_or_dashes_are_no_lines(tmp_path, fmt):
    result = parse(_return_form(tmp_path, fmt), "return")
    assert [r["part_no"] for r in value(result, "items")] == ["BLT-M6-20", "NUT-M6"]


def test_a_price_per_thousand_beside_quantities_in_pieces_is_a_price_per_piece_or_said_unread(tmp_path):
    result = parse(_return_form(tmp_path, "xlsx"), "return")
    # 120.00 per thousand is 0.12 a piece; 33.30 per thousand is no whole cent a piece: left
    # empty with a warning, never a price per piece that the line's amount would contradict
    assert value(result, "items[0].unit_price") == "0.12"
    assert value(result, "items[1].unit_price") is None
    assert warned(result, "items[1].unit_price", "unit_price_per_thousand")
    assert not [e for e in result.errors if e.code == "line_amount_mismatch"]


def test_a_profile_learns_the_unit_of_a_two_row_headers_group(tmp_path):
    path = _return_form(tmp_path, "xlsx")
    profile = learn(path, "return")
    columns = profile.tables["items"].columns
    assert columns["qty_approved"].scale == 1000 and columns["qty_returned"].scale == 1000
    assert columns["unit_price"].scale is None  # per K: a price per thousand, never × 1000
    # read back with the profile (another copy: other figures), the same rules hold
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "rg.toml").write_text(profile.to_toml(), encoding="utf-8")
    cells = dict(RETURN_IN_THOUSANDS, C6=7, D6=6.5, E6="60.00", F6="390.00")
    (tmp_path / "copy2").mkdir()
    other = _return_form(tmp_path / "copy2", "xlsx", cells)
    found = read_by_profile(other, other.read_bytes(), "return", tmp_path / "profiles")
    assert found
    read = found[0]
    items = read.values["items"]
    assert (items[0]["qty_approved"], items[0]["qty_returned"], items[0]["unit_price"]) == (
        7000,
        6500,
        Decimal("0.06"),
    )
    assert items[1].get("unit_price") is None  # 33.30 per thousand: no whole cent a piece
    assert any(
        p.code == "unit_price_per_thousand" and p.field == "items[1].unit_price" for p in read.problems
    )


CONTAINMENT = {
    "A1": "8D REPORT",
    "A2": "8D No.",
    "B2": "8D-2611-004",
    "A3": "Customer",
    "B3": "Helios Lighting",
    "A5": "D3 Interim containment",
    "A6": "Action",
    "C6": "Owner",
    "D6": "Date",
    "A7": "Sorted all finished goods in stock, 1 240 pcs, 3 rejects.",
    "C7": "M. Chen",
    "D7": "2026-11-04",
    "A8": "Customer site: rework team sent, lots tagged with a yellow label.",
    "C8": "L. Wu",
    "D8": "2026-11-05",
    "A10": "D4 Root cause",
    "B10": "Solder paste expired on line 3.",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_table_lines_text_with_a_colon_is_the_lines_text_not_a_label(tmp_path, fmt):
    path = workbook(tmp_path, {"8D": CONTAINMENT}, bold=("A6", "C6", "D6"))
    wb = load_workbook(path)
    ws = wb["8D"]
    for r in (6, 7, 8):
        ws.merge_cells(f"A{r}:B{r}")
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 40, 30
    ws.column_dimensions["C"].width, ws.column_dimensions["D"].width = 12, 14
    _one_page(ws)
    wb.save(path)
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "8d")
    actions = [r["action"] for r in value(result, "containment")]
    assert actions == [
        "Sorted all finished goods in stock, 1 240 pcs, 3 rejects.",
        "Customer site: rework team sent, lots tagged with a yellow label.",
    ]
    assert not any(w.code == "unread_label" and "Customer site" in str(w) for w in result.warnings)


# a credit note of boxes: each box its caption on top, its value under it (one cell, two lines)
BOXED = {
    "A1": "CREDIT NOTE",
    "A3": "Credit Note No.\nCN-2611-015",
    "B3": "Date\n2026-11-06",
    "A4": "Customer\nOrion Optics (Suzhou) Co., Ltd.",
    "B4": "Account Ref\nORI-SZ-0042",
}


def test_a_boxs_caption_takes_the_value_under_it_in_its_own_box_never_the_next_box(tmp_path):
    path = workbook(tmp_path, {"Credit Note": BOXED})
    result = parse(path, "allowance")
    assert value(result, "buyer") == "Orion Optics (Suzhou) Co., Ltd."


@pytest.mark.parametrize(
    ("typed", "count"),
    [("3.6千個", 3600), ("180個", 180), ("24個", 24), ("1,200 pcs", 1200), ("1.2萬", 12000)],
)
def test_a_count_with_a_unit_word_after_it_is_the_count_in_pieces(typed, count):
    from pydantic import TypeAdapter

    from kesu_docs.values import Qty

    assert TypeAdapter(Qty).validate_python(typed) == count


STOCK = {
    "A1": "8D报告",
    "A2": "报告编号",
    "B2": "8D-2611-019",
    "A3": "客户名称",
    "B3": "常州星宇车灯股份有限公司",
    "A5": "D3 临时措施 / 库存排查",
    "A6": "库存位置",
    "B6": "数量",
    "D6": "处理结果",
    "B7": "排查数",
    "C7": "不良数",
    "A8": "成品仓",
    "B8": 900,
    "C8": 7,
    "D8": "隔离返工",
    "A9": "在途",
    "B9": 400,
    "C9": 2,
    "D9": "拦截",
    "A11": "D4 根本原因",
    "B11": "注塑保压时间不足。",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_two_row_header_under_a_heading_naming_two_blocks_is_read_as_the_named_table(tmp_path, fmt):
    path = workbook(tmp_path, {"8D": STOCK}, bold=("A6", "B6", "D6", "B7", "C7"))
    wb = load_workbook(path)
    ws = wb["8D"]
    thin = Side(style="thin")
    for row in ws["A6:D9"]:
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for rng in ("A5:D5", "A6:A7", "B6:C6", "D6:D7"):
        ws.merge_cells(rng)
    for col, width in {"A": 16, "B": 12, "C": 12, "D": 16}.items():
        ws.column_dimensions[col].width = width
    _one_page(ws)
    wb.save(path)
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    rows = value(parse(path, "8d"), "stock_sorting")
    assert [(r["location"], r["qty_checked"], r["qty_defective"]) for r in rows] == [
        ("in_house", 900, 7),
        ("in_transit", 400, 2),
    ]


def test_a_bare_date_beside_a_signers_name_is_the_date_of_that_signers_act(tmp_path):
    cells = {k: v for k, v in RETURN_IN_THOUSANDS.items() if not k.endswith(("8", "9"))}
    cells.update({"A12": "Received by", "B12": "Jonas Weber", "C12": "Date", "D12": "2026-11-07"})
    result = parse(_return_form(tmp_path, "xlsx", cells), "return")
    assert value(result, "warehouse_receiver") == "Jonas Weber"
    assert value(result, "received_date") == "2026-11-07"
    assert value(result, "issue_date") == "2026-11-03"  # the header's own Date stays the note's


@pytest.mark.parametrize("line", ["◉ Rework   ○ Scrap   ○ Replace", "○ Scrap ⦿ Rework ○ Replace"])
def test_a_chosen_radio_button_is_the_choice_and_the_empty_ones_are_not(tmp_path, line):
    cells = {k: v for k, v in RETURN_IN_THOUSANDS.items() if not k.endswith(("8", "9"))}
    cells.update({"A12": "Disposition", "B12": line})
    result = parse(_return_form(tmp_path, "xlsx", cells), "return")
    assert value(result, "handling") == ["rework"]


def test_a_lines_unit_in_thousands_becomes_pieces_once_its_quantities_are_read_in_pieces():
    from kesu_docs.parse.units import unit_in_pieces

    assert [unit_in_pieces(u) for u in ("千个", "K pcs", "千個", "kg", "箱", None)] == [
        "个",
        "pcs",
        "個",
        "kg",
        "箱",
        None,
    ]
