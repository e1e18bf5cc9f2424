"""fixrv40b: two aliases of round 40 withdrawn, each read a wrong part number silently (review40).

- F1: a return note's bare ``Item`` column. A WMS receipt prints the part's code under it, SAP the
  line numbers (000010, 000030 — with a gap on a partial return, which the line-numbering test did
  not know): ``000010`` was read as the part number and the ``Material`` column beside it dropped.
- F7: a complaint's / 8D's bare ``物料``: over a code-shaped value it is a material's grade
  (PA66-GF30) as often as SAP's MATNR; ``PA66-GF30`` was read as the part number, valid.
No safe rule tells the meanings apart, so the field is missing (reported) instead of wrong.
- F4: a column header heads a cell only over rows that all have a value in its column
  (:func:`.table_lines.column_head`): a D5 action typed over two cells is no longer cut at the second
  one by the header block's row six rows up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import field_codes, read_doc, sheet_from_rows

_RETURN_HEAD: list[list[object]] = [
    ["Return Note"],
    ["RMA No.", "RMA-26-0917", "Date", "2026-11-21"],
    ["Customer", "Legrand France SA", "Complaint No.", "CC-26-0388"],
    [],
]


def test_a_partial_sap_return_reads_the_material_column(tmp_path: Path) -> None:
    rows = [
        *_RETURN_HEAD,
        ["Item", "Material", "Description", "Qty", "Reason"],
        ["000010", "TB-4G", "Terminal block 4mm grey", "300", "Cracked housing"],
        ["000030", "TB-6G", "Terminal block 6mm grey", "120", "Cracked housing"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "item5.xlsx", width=24), "return")
    assert [i["part_no"] for i in doc["record"]["items"]] == ["TB-4G", "TB-6G"]


@pytest.mark.parametrize("numbers", [("000010", "000030"), ("1", "3"), ("1.1", "1.2"), ("L1", "L2")])
def test_line_numbers_under_item_are_no_part_numbers(tmp_path: Path, numbers: tuple[str, str]) -> None:
    rows = [
        *_RETURN_HEAD,
        ["Item", "Description", "Qty", "Reason"],
        [numbers[0], "Terminal block 4mm grey", "300", "Cracked housing"],
        [numbers[1], "Terminal block 6mm grey", "120", "Cracked housing"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "item6.xlsx", width=24), "return")
    for i, item in enumerate(doc["record"]["items"]):
        assert item["part_no"] is None
        assert "required" in field_codes(doc, f"items[{i}].part_no")


def test_a_material_grade_under_wuliao_is_no_part_number(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["客户投诉单"],
        ["投诉编号", "KS-2026-0419", "投诉日期", "2026-11-20"],
        ["客户名称", "美的集团", "市场", "内销"],
        ["订单号", "PO-2611-088", "品名", "风扇外壳"],
        ["物料", "PA66-GF30", "批号", "L261103"],
        ["出货日期", "2026-11-02", "出货数量", "20000"],
        ["不良数量", "360", "投诉类别", "质量异常"],
        ["问题描述", "外壳缩水"],
        ["客户要求", "退货"],
        ["要求数量", "360"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "wl1.xlsx", width=24), "complaint")
    assert doc["record"]["part_no"] is None
    assert "required" in field_codes(doc, "part_no")


def test_a_material_grade_on_an_8d_is_no_part_number(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["8D Report"],
        ["Report No.", "8D-26-0412", "Complaint No.", "CC-26-0412"],
        ["Customer", "Valeo Wuhan", "物料", "PA66-GF30"],
        ["D2 Problem description", "Terminal back-out on 36 pcs"],
        ["D4 Root cause", "Crimp die worn past its life"],
        ["D5 Corrective action", "Replace crimp die every 500k hits"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "wl8d.xlsx", width=24), "8d")
    assert doc["record"]["part_no"] != "PA66-GF30" or field_codes(doc, "part_no")


def test_a_d5_action_over_two_cells_is_not_cut_by_a_header_rows_above(tmp_path: Path) -> None:
    # F4: the header block's ``Customer | Part No. | Lot No. | Qty`` row six rows up headed B and C
    # as "two columns" and the action ended at C, silently; a header heads only the rows under it
    # with a value in its column all the way down (the D1–D4 rows have none under Lot No.)
    rows: list[list[object]] = [
        ["8D Report"],
        ["Report No.", "8D-26-0412", "Complaint No.", "CC-26-0412"],
        ["Opened", "2026-11-20"],
        ["Customer", "Part No.", "Lot No.", "Qty"],
        ["Valeo Wuhan", "C-2231-07", "L261103", "20000"],
        ["D1 Team", "Li Wei (leader), Zhang Min"],
        ["D2 Problem description", "Terminal back-out on 36 pcs"],
        ["D3 Containment", "Sorted 20,000 pcs in stock"],
        ["D4 Root cause", "Crimp die worn past its life,", "PM interval not enforced"],
        ["D4 Escape point", "Pull test sample too small"],
        ["D5 Corrective action", "Replace crimp die every 500k hits,", "add a 2-hourly pull test"],
        ["D6 Verification", "3 lots OK"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "unc1.xlsx", width=24), "8d")
    actions = doc["record"]["corrective_actions"]
    assert actions and actions[0]["action"] == "Replace crimp die every 500k hits, add a 2-hourly pull test"
