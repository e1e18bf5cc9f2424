"""Tick lines as other companies print them (what the third held-out set showed): ``[V]`` for a
ticked box, ``■是 □否`` in a table cell beside its question, a yes with the clerk's remark in
brackets, the everyday name of an option (退货证明单). Real workbooks (openpyxl), one printed
through LibreOffice; the rules are in ``kesu_docs/values.py`` and ``kesu_docs/parse/compound.py``.
"""

from __future__ import annotations

import pytest
from helpers import soffice_convert
from test_reader_guards import parse, value, workbook
from test_reader_table_lines import _wide

from kesu_docs.values import checked_options


def test_a_v_in_square_brackets_is_a_ticked_box():
    assert checked_options("[ ]重工 [ ]報廢 [V]換貨 [ ]降級") == ["換貨"]
    assert checked_options("[v] Replace [ ] Repair") == ["Replace"]
    assert checked_options("额定电压(V) 220") is None  # a unit in brackets is no box


RETURN_TICKS = {
    "A1": "銷貨退回單",
    "A2": "退貨單號",
    "B2": "RT-2610-0042",
    "A3": "客戶名稱",
    "B3": "大成精密股份有限公司",
    "A5": "處理方式",
    "B5": "[ ]重工 [ ]報廢 [V]換貨 [ ]降級",
    "A6": "退貨憑證",
    "B6": "☑退货证明单  ☐发票原件  ☐发票复印件（注明）",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_v_marks_and_the_everyday_name_of_the_return_certificate_are_read(tmp_path, fmt):
    path = workbook(tmp_path, {"Sheet1": RETURN_TICKS})
    _wide(path, {"A": 12, "B": 50})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "return")
    assert value(result, "handling") == ["replace"]
    assert value(result, "proof") == "return_certificate"


COMPLAINT_CELLS = {
    "A1": "客户投诉单",
    "A3": "投诉编号",
    "B3": "TS261003-05",
    "C3": "客户名称",
    "D3": "苏宁易购集团股份有限公司",
    "A4": "投诉性质",
    "B4": "■质量问题 □服务问题 □物流问题",
    "C4": "是否寄回样品",
    "D4": "■是 □否",
    "A5": "涉及安規",
    "B5": "□是 ■否",
    "C5": "受理人",
    "D5": "方琳",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_ticked_boxes_in_the_cell_beside_a_question_are_read(tmp_path, fmt):
    path = workbook(tmp_path, {"Sheet1": COMPLAINT_CELLS})
    _wide(path, {"A": 12, "B": 34, "C": 14, "D": 26})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "complaint")
    assert value(result, "complaint_type") == "quality"
    assert value(result, "sample_received") is True
    assert value(result, "safety_related") is False
    assert value(result, "reporter") == "方琳"


@pytest.mark.parametrize(("typed", "read"), [("有（已寄回5件）", True), ("无 (客户未寄回)", False)])
def test_a_yes_or_no_with_a_remark_in_brackets_is_that_yes_or_no(tmp_path, typed, read):
    cells = {"A1": "客户投诉处理单", "A3": "客户名称", "B3": "宏达电子", "A4": "是否有样品", "B4": typed}
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "complaint")
    assert value(result, "sample_received") is read
