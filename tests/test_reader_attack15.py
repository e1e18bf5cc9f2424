"""Attacks on the reader's rules of the fifteenth round: forms a clerk could plausibly send on
which a new rule read a wrong value with no word on its field (a silent misread), each made a
real file here, each now read right, or not read, or warned.

- A unit note (``单位：万元``) over another block of the sheet, under the form's own amounts in
  yuan (a summary of the year's claims under the allowance): the amounts above it were scaled
  × 10,000 in silence. A note is over the amounts it names: only those below it are scaled
  (``anchor._in_noted_unit``).
"""

from __future__ import annotations

import pytest
from test_reader_guards import parse, value, warned, workbook


def _allowance_in_yuan(note_row: int | None, note: str = "单位：万元") -> dict[str, object]:
    """A 折让申请单 in yuan; below it (or above, ``note_row``) a block with its own unit note."""
    cells: dict[str, object] = {
        "A1": "销售折让申请单",
        "A3": "单据编号",
        "B3": "ZS-2611-008",
        "C3": "申请日期",
        "D3": "2026-11-20",
        "A4": "客户名称",
        "B4": "格力电器（合肥）有限公司",
        "C4": "原发票号码",
        "D4": "34009921",
        "A5": "品名",
        "B5": "折让金额",
        "C5": "税额",
        "A6": "压缩机支架",
        "B6": 4800,
        "C6": 624,
        "A7": "合计",
        "B7": 4800,
        "C7": 624,
    }
    if note_row is not None:
        cells.update(
            {
                f"A{note_row}": "附：本客户年度索赔汇总",
                f"D{note_row}": note,
                f"A{note_row + 1}": "季度",
                f"B{note_row + 1}": "索赔",
                f"A{note_row + 2}": "Q3",
                f"B{note_row + 2}": 3.6,
            }
        )
    return cells


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_unit_note_over_a_block_below_the_form_scales_none_of_the_forms_amounts(tmp_path, fmt):
    path = workbook(tmp_path, {"折让": _allowance_in_yuan(10)})
    if fmt == "pdf":
        from helpers import soffice_convert

        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "allowance")
    item = value(result, "items")[0]
    assert item["allowance_amount"] == "4800.00" or warned(result, "items[0].allowance_amount")
    assert item["tax"] == "624.00" or warned(result, "items[0].tax")


def test_the_same_note_over_the_form_still_scales_its_amounts(tmp_path):
    cells = _allowance_in_yuan(None)
    cells["A2"] = "单位：万元"
    cells.update({"B6": 0.48, "C6": 0.0624, "B7": 0.48, "C7": 0.0624})
    result = parse(workbook(tmp_path, {"折让": cells}), "allowance")
    item = value(result, "items")[0]
    assert (item["allowance_amount"], item["tax"]) == ("4800.00", "624.00")
