"""Mends after the attack on the twelfth round's label rules (issue 10).

1. A label with the clerk's "nothing" under it in one cell (``订单号\\n/``) is a label over an
   empty value, never the bare label (a bare label takes its neighbour's value: silent).
2. Two labels stacked in one cell beside a value cell of as many lines (``客户\\n料号`` |
   ``华为\\nPA-65W-01``) are two labels, each with its line, not one joined label.
3. A bare ``Part`` on an 8D report names the part's number only when its value reads as a code;
   a part's name beside it is left unread with a warning.

Files of our own: workbooks written here, one printed through LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

from kesu_docs.parse.vocab import known_label


def _read(path: Path, kind: str) -> dict:
    _code, [doc] = parse_cli(path, "--kind", kind)
    assert doc["record"] is not None, doc["errors"]
    return doc


def _warned(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


def _sheet(path: Path, rows: list[list], widths: dict[str, float]) -> Path:
    """A bordered sheet, every cell wrapping its lines (as a clerk's workbook shows them)."""
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in range(2, ws.max_row + 1):
        ws.row_dimensions[r].height = 32
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


# ------------------------------------------------------------ 1. the clerk's "nothing" in a label cell
@pytest.mark.parametrize("nothing", ["/", "—", "-", "N/A", "无", "12"])
def test_a_line_that_says_nothing_is_no_part_of_a_label(nothing):
    assert not known_label(f"订单号\n{nothing}")
    assert not known_label(f"Order No.\n{nothing}")


def test_a_label_broken_on_two_lines_is_still_one_label():
    assert known_label("客户\n名称")
    assert known_label("D4 根本\n原因")


def _nothing_in_label_cells(path: Path, labels: dict[str, str], nothing: str) -> Path:
    """Each cell a label over its value; two of them hold the clerk's ``nothing``."""
    rows = [
        [labels["title"]],
        [
            f"{labels['number']}\nKS-2026-7701",
            f"{labels['customer']}\n立讯精密",
            f"{labels['part_name']}\n充电座",
        ],
        [
            f"{labels['order_no']}\n{nothing}",
            f"{labels['part_no']}\nLX-CH-0330",
            f"{labels['lot_no']}\nL260402",
        ],
        [
            f"{labels['ship_qty']}\n{nothing}",
            f"{labels['defect_qty']}\n37",
            f"{labels['ship_date']}\n2026-10-09",
        ],
    ]
    return _sheet(path, rows, {"A": 20, "B": 20, "C": 20})


_ZH = {
    "title": "客户抱怨处理单",
    "number": "客诉单号",
    "customer": "客户",
    "part_name": "品名",
    "order_no": "订单号",
    "part_no": "料号",
    "lot_no": "批号",
    "ship_qty": "出货数量",
    "defect_qty": "不良数量",
    "ship_date": "出货日期",
}
_EN = {
    "title": "Customer Complaint Form",
    "number": "Complaint No.",
    "customer": "Customer",
    "part_name": "Part name",
    "order_no": "Order No.",
    "part_no": "Part No.",
    "lot_no": "Lot No.",
    "ship_qty": "Shipped qty",
    "defect_qty": "Defect qty",
    "ship_date": "Ship date",
}


@pytest.mark.parametrize("labels", [_ZH, _EN], ids=["zh", "en"])
@pytest.mark.parametrize("nothing", ["/", "—", "N/A"])
def test_nothing_under_a_label_in_its_cell_leaves_the_field_empty(tmp_path, labels, nothing):
    doc = _read(_nothing_in_label_cells(tmp_path / "c.xlsx", labels, nothing), "complaint")
    record = doc["record"]
    assert record["order_no"] is None  # not the part no. beside it
    assert record["ship_qty"] is None  # not the defect qty beside it
    assert (record["part_no"], record["defect_qty"], record["lot_no"]) == ("LX-CH-0330", 37, "L260402")


def test_the_print_of_nothing_under_a_label_leaves_the_field_empty(tmp_path):
    xlsx = _nothing_in_label_cells(tmp_path / "c.xlsx", _ZH, "/")
    doc = _read(soffice_convert(xlsx, "pdf", tmp_path / "out"), "complaint")
    record = doc["record"]
    assert record["order_no"] is None
    assert record["ship_qty"] is None
    assert (record["part_no"], record["defect_qty"]) == ("LX-CH-0330", 37)


# ------------------------------------------------------------ 2. two labels stacked in one cell
def _stacked_labels(path: Path, labels: str, values: str) -> Path:
    rows = [
        ["客户抱怨处理单"],
        ["客诉单号", "KS-2026-0522", "客诉日期", "2026-11-03"],
        [labels, values, "品名", "充电座"],
        ["不良数量", "9", "不良描述", "外壳划伤"],
    ]
    return _sheet(path, rows, {"A": 12, "B": 24, "C": 12, "D": 24})


def test_two_labels_stacked_in_a_cell_each_take_their_line(tmp_path):
    doc = _read(_stacked_labels(tmp_path / "c.xlsx", "客户\n料号", "歌尔股份\nGE-CH-0117"), "complaint")
    record = doc["record"]
    assert (record["customer"], record["part_no"]) == ("歌尔股份", "GE-CH-0117")
    assert (record["part_name"], record["defect_qty"]) == ("充电座", 9)


def test_the_print_of_two_labels_stacked_in_a_cell(tmp_path):
    xlsx = _stacked_labels(tmp_path / "c.xlsx", "客户\n料号", "歌尔股份\nGE-CH-0117")
    doc = _read(soffice_convert(xlsx, "pdf", tmp_path / "out"), "complaint")
    record = doc["record"]
    assert (record["customer"], record["part_no"]) == ("歌尔股份", "GE-CH-0117")


def test_a_label_broken_in_its_cell_beside_one_value_stays_one_label(tmp_path):
    doc = _read(_stacked_labels(tmp_path / "c.xlsx", "客户\n名称", "歌尔股份"), "complaint")
    assert doc["record"]["customer"] == "歌尔股份"
    assert doc["record"]["part_no"] is None


# ------------------------------------------------------------ 3. a bare Part on an 8D
def _eightd_part(path: Path, part: str) -> Path:
    rows = [
        ["8D Report"],
        ["8D No.", "8D-2026-0611", "Customer", "Valeo"],
        ["Part", part, "Open date", "2026-10-12"],
        ["D1 Team", "Chen Hao"],
        ["D2 Problem description", "Latch spring missing"],
        ["D4 Root cause", "Feeder jam not detected"],
        ["D5 Corrective action", "Add presence sensor"],
    ]
    return _sheet(path, rows, {"A": 22, "B": 30, "C": 14, "D": 18})


def test_a_bare_part_beside_a_name_is_not_the_part_number(tmp_path):
    doc = _read(_eightd_part(tmp_path / "8d.xlsx", "Door latch assembly (grey)"), "8d")
    assert doc["record"]["part_no"] is None
    assert any(p["code"] == "value_not_a_code" and p["field"] == "part_no" for p in doc["warnings"])
    assert doc["record"]["customer"] == "Valeo"


def test_a_bare_part_beside_a_code_is_the_part_number(tmp_path):
    doc = _read(_eightd_part(tmp_path / "8d.xlsx", "VL-LATCH-330"), "8d")
    assert doc["record"]["part_no"] == "VL-LATCH-330"
    assert "part_no" not in _warned(doc)


def test_a_caption_in_two_scripts_beside_two_lines_stays_one_label(tmp_path):
    """``Bill to\n买方`` is one label printed twice: its value's lines are the buyer's name and
    its tax number, not one line per label."""
    rows = [
        ["Credit Note 销货折让证明单"],
        ["Credit note No.", "CN-2026-0318", "Date", "2026-11-05"],
        ["Bill to\n买方", "Marlow Kitchen Goods Ltd.\nVAT No. GB 391 2276 40", None, None],
    ]
    doc = _read(_sheet(tmp_path / "a.xlsx", rows, {"A": 16, "B": 30, "C": 16, "D": 16}), "allowance")
    record = doc["record"]
    assert record["buyer_tax_id"] == "GB391227640"  # stored compact (python-stdnum)
