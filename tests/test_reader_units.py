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
    [
        ("3.6千個", 3600),
        ("180個", 180),
        ("24個", 24),
        ("1,200 pcs", 1200),
        ("1.2萬", 12000),
        ("36瓶", 36),
        ("2千瓶", 2000),  # one list of count words: a unit the label rule knows, the value type too
        ("12 kg", 12),
    ],
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


# ------------------------------------------------------------------ one rule for units and scale
# (units.scale_of: the generic reader, a layout profile and the value types all ask it)


def _lines_form(tmp_path, header, lines, fmt="xlsx", name="lines.xlsx", top=None):
    """A return note in traditional script whose line table has a one-row header (``header``:
    column letter → text, on row 4) and ``lines`` under it (rows 5…), ruled and printed one
    page wide; ``top`` replaces the header rows above the table (a two-row group header)."""
    cells = {
        "A1": "成品退貨單",
        "A2": "退貨單號",
        "B2": "RG-2611-21",
        "D2": "日期",
        "E2": "2026-11-10",
        "A3": "客戶名稱",
        "B3": "台灣精密工業股份有限公司",
    }
    cells.update({f"{c}4": t for c, t in header.items()})
    cells.update(top or {})
    for r, line in enumerate(lines, start=5):
        cells.update({f"{c}{r}": v for c, v in zip(header, line, strict=True)})
    last = 4 + len(lines)
    cells.update({f"A{last + 2}": "退貨原因", f"B{last + 2}": "鍍層剝落，鹽霧試驗不合格。"})
    path = workbook(tmp_path, {"退貨單": cells}, bold=tuple(f"{c}4" for c in header), name=name)
    wb = load_workbook(path)
    ws = wb["退貨單"]
    thin = Side(style="thin")
    first = min((int(k[1:]) for k in top or ()), default=4)
    for row in ws[f"A{first}:{max(header)}{last}"]:
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col in header:
        ws.column_dimensions[col].width = 16
    ws.column_dimensions["B"].width = 26
    _one_page(ws)
    wb.save(path)
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    return path


THOUSANDS_ONE_ROW = {
    "A": "料號",
    "B": "品名",
    "C": "核定數量(千個)",
    "D": "實退數量(千個)",
    "E": "單價(元/千個)",
    "F": "金額",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_unit_in_a_one_row_header_over_the_figures_scales_them(tmp_path, fmt):
    lines = [["BLT-M6-20", "六角螺栓 M6x20", 4, 3.5, "120.00", "420.00"]]
    result = parse(_lines_form(tmp_path, THOUSANDS_ONE_ROW, lines, fmt), "return")
    line = value(result, "items")[0]
    assert (line["qty_approved"], line["qty_returned"], line["unit_price"]) == (4000, 3500, "0.12")
    assert not [e for e in result.errors if e.code == "line_amount_mismatch"]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize("unit", ["千克", "kg", "KG", "公斤"])
def test_kilograms_are_never_read_as_thousands(tmp_path, fmt, unit):
    header = {
        "A": "料號",
        "B": "品名",
        "C": f"核定數量({unit})",
        "D": f"實退數量({unit})",
        "E": "單價",
        "F": "金額",
    }
    lines = [["RES-PELLET-PA66", "PA66 粒料", 25, 20, "18.50", "370.00"]]
    result = parse(_lines_form(tmp_path, header, lines, fmt), "return")
    line = value(result, "items")[0]
    assert (line["qty_approved"], line["qty_returned"], line["unit_price"]) == (25, 20, "18.50")


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_ten_thousands_in_traditional_script_or_as_w_are_scaled(tmp_path, fmt):
    header = {"A": "料號", "B": "品名", "C": "核定數量(萬)", "D": "實退數量", "E": "單價", "F": "金額"}
    lines = [["CAP-0402-104", "貼片電容 0402", 1.2, "1.2w", "0.02", "240.00"]]
    result = parse(_lines_form(tmp_path, header, lines, fmt), "return")
    line = value(result, "items")[0]
    assert (line["qty_approved"], line["qty_returned"]) == (12000, 12000)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_group_header_in_thousands_over_two_columns_scales_both(tmp_path, fmt):
    header = {"A": "料號", "B": "品名", "C": "核准", "D": "實收", "E": "單價", "F": "金額"}
    top = {"A3": "料號", "B3": "品名", "C3": "數量(千個)", "E3": "單價", "F3": "金額"}
    lines = [["NUT-M6", "六角螺母 M6", 2, 1.5, "0.05", "75.00"]]
    path = _lines_form(tmp_path, header, lines, "xlsx", top=top)
    wb = load_workbook(path)
    ws = wb["退貨單"]
    # the customer moves up to row 2 beside the number; the header takes rows 3 and 4
    ws["D2"], ws["E2"], ws["G2"], ws["H2"] = "客戶名稱", "台灣精密工業股份有限公司", "日期", "2026-11-10"
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"):
        ws.merge_cells(rng)
    wb.save(path)
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    line = value(parse(path, "return"), "items")[0]
    assert (line["qty_approved"], line["qty_returned"]) == (2000, 1500)


UNIT_COLUMN = {
    "A": "料号",
    "B": "品名",
    "C": "单位",
    "D": "核定退货量",
    "E": "实退量",
    "F": "单价",
    "G": "金额",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_unit_written_in_the_unit_column_is_recorded_with_the_quantity_not_applied(tmp_path, fmt):
    lines = [["SPR-0.8-12", "压缩弹簧", "千个", 25, 25, "120.00", "3000.00"]]
    line = value(parse(_lines_form(tmp_path, UNIT_COLUMN, lines, fmt), "return"), "items")[0]
    assert (line["unit"], line["qty_approved"], line["qty_returned"]) == ("千个", 25, 25)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_value_with_its_own_unit_is_scaled_once_and_a_different_unit_is_warned(tmp_path, fmt):
    lines = [
        ["BLT-M6-20", "六角螺栓 M6x20", "4K", "3.5千個", "/", "/"],
        ["NUT-M6", "六角螺母 M6", 2, "1.2萬", "/", "/"],
    ]
    result = parse(_lines_form(tmp_path, THOUSANDS_ONE_ROW, lines, fmt), "return")
    items = value(result, "items")
    assert (items[0]["qty_approved"], items[0]["qty_returned"]) == (4000, 3500)  # once, never 4 000 000
    assert not warned(result, "items[0].qty_returned", "unit_conflict")
    # 1.2萬 under 數量(千個): read in its own unit (12 000), and said
    assert items[1]["qty_returned"] == 12000
    assert warned(result, "items[1].qty_returned", "unit_conflict")


def _read_with_profile(tmp_path, header, first, second):
    """Learn the layout from one filled copy, read another copy of it with the profile."""
    path = _lines_form(tmp_path, header, first)
    profile = learn(path, "return")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "tw.toml").write_text(profile.to_toml(), encoding="utf-8")
    (tmp_path / "copy2").mkdir()
    other = _lines_form(tmp_path / "copy2", header, second)
    found = read_by_profile(other, other.read_bytes(), "return", tmp_path / "profiles")
    assert found
    return profile, found[0]


def test_a_profile_reads_units_by_the_same_rule(tmp_path):
    first = [["BLT-M6-20", "六角螺栓 M6x20", 4, 3.5, "120.00", "420.00"]]
    second = [
        ["BLT-M8-25", "六角螺栓 M8x25", 6, 5.5, "180.00", "990.00"],
        ["NUT-M6", "螺母", 2, "1.2萬", "/", "/"],
    ]
    profile, read = _read_with_profile(tmp_path, THOUSANDS_ONE_ROW, first, second)
    assert profile.tables["items"].columns["qty_returned"].scale == 1000  # 數量(千個), one-row header
    items = read.values["items"]
    assert (items[0]["qty_approved"], items[0]["qty_returned"], items[0]["unit_price"]) == (
        6000,
        5500,
        Decimal("0.18"),
    )
    assert items[1]["qty_returned"] == "1.2萬"  # its own unit: the value type reads 12 000, once
    assert any(p.code == "unit_conflict" and p.field == "items[1].qty_returned" for p in read.problems)


# a return note's lines weighed in kilograms (千克, kg), its unit column in 千个: header, two copies' lines
KILOGRAMS = (
    {
        "A": "料號",
        "B": "品名",
        "C": "單位",
        "D": "核定數量(千克)",
        "E": "實退數量(kg)",
        "F": "單價",
        "G": "金額",
    },
    [["RES-PA66", "PA66 粒料", "千个", 25, 20, "18.50", "370.00"]],
    [["RES-PA6", "PA6 粒料", "千个", 30, 24, "16.00", "384.00"]],
)


def test_a_profile_never_scales_kilograms_and_keeps_the_unit_columns_unit(tmp_path):
    profile, read = _read_with_profile(tmp_path, *KILOGRAMS)
    columns = profile.tables["items"].columns
    assert columns["qty_approved"].scale is None and columns["qty_returned"].scale is None
    line = read.values["items"][0]
    assert (line["unit"], line["qty_approved"], line["qty_returned"]) == ("千个", 30, 24)


@pytest.mark.parametrize(
    ("label", "kind", "factor"),
    [
        ("數量(千個)", "qty", 1000),
        ("Qty (K pcs)", "qty", 1000),
        ("Qty (Kpcs)", "qty", 1000),
        ("数量千件", "qty", 1000),
        ("數量(萬)", "qty", 10000),
        ("数量(千瓶)", "qty", 1000),  # the count words of the quantity value type (瓶, 袋, 桶, 册)
        ("Qty (K bags)", "qty", None),  # a word it does not know as a count: no multiplier
        ("Qty (W)", "qty", 10000),
        ("金额(万元)", "money", 10000),
        ("金額(千元)", "money", 1000),
        ("Amount (K RMB)", "money", 1000),
        ("不良率(%)", "ratio", Decimal("0.01")),
        ("不良百分比", "ratio", Decimal("0.01")),
        # not multipliers of this field
        ("金额(万元)", "qty", None),  # money words scale no count
        ("数量(千个)", "money", None),  # a count's unit scales no amount
        ("单价(元/千个)", "money", None),  # a price per thousand: see per_unit_factor
        ("重量(千克)", "qty", None),
        ("Qty (kg)", "qty", None),
        ("距離(km)", "qty", None),
        ("功率(kW)", "number", None),
        ("数量(pcs)", "qty", None),
        ("Network", "qty", None),
        # a value above a header is no unit: a tax id ending in K, a figure in thousands
        ("91320400MA1N2Q7X3K", "qty", None),
        ("3千", "qty", None),
    ],
)
def test_the_one_rule_for_a_labels_unit(label, kind, factor):
    from kesu_docs.parse.units import per_unit_factor, scale_for

    assert scale_for(kind, label) == factor
    if label.startswith("单价"):
        assert per_unit_factor("money", label) == 1000 and per_unit_factor("qty", label) is None


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("unit", "typed", "read"), [("千個", 2.5, 2500), ("千克", 25, 25), ("w", 1.2, 12000)]
)
def test_a_single_labels_unit_follows_the_same_rule(tmp_path, fmt, unit, typed, read):
    cells = {
        "A1": "客戶抱怨處理單",
        "A2": "客戶名稱",
        "B2": "台灣精密工業股份有限公司",
        "A3": "抱怨日期",
        "B3": "2026-11-12",
        "A4": f"要求退換數量({unit})",
        "B4": typed,
        "A5": "不良描述",
        "B5": "螺紋滑牙，無法鎖付。",
    }
    path = workbook(tmp_path, {"客訴": cells}, bold=("A2", "A3", "A4", "A5"))
    wb = load_workbook(path)
    ws = wb["客訴"]
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 24, 40
    _one_page(ws)
    wb.save(path)
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    assert value(parse(path, "complaint"), "requested_qty") == read


def test_a_profile_compares_a_count_in_thousands_by_the_one_unit_rule():
    """The profile's second opinion compares two readings by the value type's unit rule: 12K and
    12,000 pcs are one count; 12 kg and 12,000 are not (kilograms are no thousands)."""
    from kesu_docs.parse.profile import _agree

    assert _agree("12K", "12,000 pcs") and _agree("3.6千個", 3600) and _agree("1.2萬", "12000")
    assert not _agree("12kg", "12000")


def test_a_profile_kept_from_before_kilograms_were_known_is_warned_and_re_learning_advised(
    tmp_path, monkeypatch
):
    """A profile learned under the old rule keeps ``scale = 1000`` for ``核定數量(千克)``: read
    as written (a scale may be set by hand), but the clerk is told on that field, in Chinese or
    in English, that the label names no such multiplier and that the layout wants learning again.
    A profile whose scales agree with the rule (``數量(千個)``: 1000) says nothing of the kind."""
    import json
    import re

    from helpers import kesu

    _profile, fresh = _read_with_profile(tmp_path, *KILOGRAMS)
    assert not any(p.code == "profile_scale_unlike_label" for p in fresh.problems)
    saved = tmp_path / "profiles" / "tw.toml"
    text = saved.read_text(encoding="utf-8")
    old, n = re.subn(r'(qty_approved = \{ col = "D",)', r"\1 scale = 1000,", text)
    assert n == 1
    saved.write_text(old, encoding="utf-8")

    monkeypatch.delenv("KESU_CONFIG", raising=False)  # profiles/ beside this folder's (absent) kesu.toml
    out = {}
    for lang in ("zh", "en"):
        result = kesu("parse", tmp_path / "copy2" / "lines.xlsx", "--lang", lang, cwd=tmp_path)
        doc = json.loads(result.output.splitlines()[0])
        [warning] = [w for w in doc["warnings"] if w["code"] == "profile_scale_unlike_label"]
        assert warning["field"] == "items[0].qty_approved"
        out[lang] = warning["message"]
        assert doc["record"]["items"][0]["qty_approved"] == 30000  # as the profile says, and said
    assert (
        "核定數量(千克)" in out["zh"]
        and "1000" in out["zh"]
        and "kesu learn" in out["zh"]
        and "重新学习" in out["zh"]
    )
    assert "kilograms" in out["en"] and "learn the layout again" in out["en"]

    (tmp_path / "k").mkdir()
    _profile, thousands = _read_with_profile(
        tmp_path / "k",
        THOUSANDS_ONE_ROW,
        [["BLT", "螺栓", 4, 3.5, "120.00", "420.00"]],
        [["BLT", "螺栓", 6, 5.5, "180.00", "990.00"]],
    )
    assert not any(p.code == "profile_scale_unlike_label" for p in thousands.problems)
