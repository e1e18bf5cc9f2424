"""Attacks on the ninth round's reader rules (issue 10, "never silent"), each on a form of our
own a clerk could send: the failure seen first, then the rule that says it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side

from kesu_docs.parse.guards import a_place

THIN = Side(style="thin")


def return_note(path: Path, store: str) -> Path:
    """A return note whose sign-off row names the store the goods went to under a bare 仓库
    (``核准 | 王芳 | 仓库 | 成品仓``): a place, not the warehouse's signature."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    for col, width in zip("ABCD", (14, 30, 14, 30)):
        ws.column_dimensions[col].width = width
    cells = {
        "A1": "成品退货单",
        "A2": "退货单号",
        "B2": "TH-2609-031",
        "C2": "客户名称",
        "D2": "苏州恒达电子有限公司",
        "A3": "退货日期",
        "B3": "2026-09-14",
        "C3": "处理方式",
        "D3": "重工",
        "A5": "料号",
        "B5": "退货数量",
        "C5": "单价",
        "D5": "金额",
        "A6": "PN-4471",
        "B6": 500,
        "C6": 2.5,
        "D6": 1250,
        "A8": "核准",
        "B8": "王芳",
        "C8": "仓库",
        "D8": store,
    }
    for ref, value in cells.items():
        ws[ref] = value
    for row in ws["A1:D8"]:
        for cell in row:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


def said(doc: dict, field: str) -> set[str]:
    return {p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field}


@pytest.mark.parametrize("store", ["成品仓", "A区3号库"])
def test_a_store_under_a_bare_warehouse_word_is_said(tmp_path: Path, store: str) -> None:
    """Was silent: ``warehouse_receiver`` = the store's name, no word on the field."""
    book = return_note(tmp_path / "return.xlsx", store)
    for path in (book, soffice_convert(book, "pdf", tmp_path / "pdf")):
        _, [doc] = parse_cli(path)
        got = doc["record"].get("warehouse_receiver")
        assert got in (None, store), path
        if got == store:
            assert "value_is_a_place" in said(doc, "warehouse_receiver"), path


def test_a_person_under_a_bare_warehouse_word_is_read_unflagged(tmp_path: Path) -> None:
    """The rule's own case stays read, and no place is seen in a name."""
    _, [doc] = parse_cli(return_note(tmp_path / "return.xlsx", "陈刚"))
    assert doc["record"]["warehouse_receiver"] == "陈刚"
    assert "value_is_a_place" not in said(doc, "warehouse_receiver")


def test_places_and_names_told_apart() -> None:
    for place in ("成品仓", "原料库", "二车间", "A区3号库", "3号线"):
        assert a_place(place), place
    for name in ("王芳", "陈刚", "李仓", "区伟", "Zhou Lin", "欧阳明", "填表人内容3"):
        assert not a_place(name), name


# ------------------------------------------------------------------- a column header turned 45°
def turned_header_note(path: Path, turned: tuple[str, ...], bordered: bool = True) -> Path:
    """A return note whose items table has header cells turned 45° (a narrow column's caption,
    as clerks set it in Excel); printed, Excel and LibreOffice slant those cells' borders too."""
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    for col, width in zip("ABCDE", (14, 24, 10, 10, 12)):
        ws.column_dimensions[col].width = width
    rows = [
        ("成品退货单",),
        ("退货单号", "TH-2609-031", "客户名称", "苏州恒达电子有限公司"),
        ("退货日期", "2026-09-14", "处理方式", "重工"),
        (),
        ("料号", "品名", "数量", "单价", "金额"),
        ("PN-4471", "外壳", 500, 2.5, 1250),
        ("PN-4472", "底座", 300, 1.5, 450),
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            ws.cell(r, c + 1, value)
    for ref in turned:
        ws[ref].alignment = Alignment(textRotation=45)
    ws.row_dimensions[5].height = 40
    if bordered:
        for line in ws["A1:E7"]:
            for cell in line:
                cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "turned, bordered",
    [(("C5",), True), (("C5",), False), (("C5", "E5"), True), (("A5", "B5", "C5", "D5", "E5"), True)],
)
def test_a_header_turned_45_degrees_is_read_as_its_column(tmp_path: Path, turned, bordered) -> None:
    """Was: a lone turned ``数量`` taken for a seal's letter and dropped, its figures glued to
    the part name (``外壳 500``, silently) or, with the slanted borders taken for shading, the
    whole table lost."""
    book = turned_header_note(tmp_path / "return.xlsx", turned, bordered)
    _, [doc] = parse_cli(soffice_convert(book, "pdf", tmp_path / "pdf"))
    items = doc["record"].get("items") or []
    got = [(i["part_no"], i["part_name"], i["qty_returned"], i["amount"]) for i in items]
    assert got == [("PN-4471", "外壳", 500, "1250.00"), ("PN-4472", "底座", 300, "450.00")]


# ------------------------------------------------------------------- a root cause line over its whys
def test_a_root_cause_line_over_its_why_lines_is_the_cause(tmp_path: Path) -> None:
    """``Root cause: pin worn`` then ``Why 1: …`` / ``Why 2: …`` under ``4. Root cause`` (the
    conclusion written first). Was: the label with its value in its own cell taken for a column
    header, the why lines read as two causes at full confidence and the real cause dropped."""
    from test_reader_guards import parse, value, workbook
    from test_reader_unanchored_labels import SECTIONS_8D

    cells = {
        **SECTIONS_8D,
        "A10": "Root cause: fixture locating pin worn 0.3 mm.",
        "A11": "Why 1: weld bead too short",
        "A12": "Why 2: robot path offset after fixture swap",
    }
    result = parse(workbook(tmp_path, {"8D": cells}), "8d")
    causes = value(result, "root_cause") or []
    assert [c["cause"] for c in causes][:1] == ["fixture locating pin worn 0.3 mm."]
    assert not any("Why" in (c["cause"] or "") for c in causes)


# ------------------------------------------------------------------- one line on its side, units beside
def test_a_line_on_its_side_with_its_units_in_the_next_column_is_one_line(tmp_path: Path) -> None:
    """``料号 | PN-4471`` · ``退货数量 | 500 | pcs`` · ``单价 | 2.5 | 元`` · ``金额 | 1250 | 元``: the
    units' column is no second line (was: a line 2 of pcs / 元 / 元, its three fields in error)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    rows = [
        ("成品退货单",),
        ("退货单号", "TH-2609-031", "客户名称", "苏州恒达电子有限公司"),
        ("退货日期", "2026-09-14", "处理方式", "重工"),
        (),
        ("料号", "PN-4471"),
        ("品名", "外壳"),
        ("退货数量", 500, "pcs"),
        ("单价", 2.5, "元"),
        ("金额", 1250, "元"),
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            ws.cell(r, c + 1, value)
    book = tmp_path / "return.xlsx"
    wb.save(book)
    _, [doc] = parse_cli(book)
    items = doc["record"]["items"]
    assert [(i["part_no"], i["qty_returned"], i["amount"]) for i in items] == [("PN-4471", 500, "1250.00")]
    assert not any(p["field"].startswith("items[1]") for p in doc["errors"] + doc["warnings"])
