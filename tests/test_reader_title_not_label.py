"""The form's title is a lesser label: ``退货申请单 (RMA)`` reads loosely like 退货申请单号
(the note's number), but it names the form — the line under it (a portal's ``打印视图``
subtitle) is no number, and the number is the one under ``RMA单号`` in the header band.
A label that only begins with the form's name (``客户抱怨处理单编号``) stays a label."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.captions import form_title as _form_title


def _portal_note(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "RMA"
    rows = [
        ("退货申请单 (RMA)",),
        ("供应商协同平台 · 打印视图",),
        ("RMA单号", "申请日期", "客户", "质量问题单号"),
        ("RMA-HX-261104-07", "2026-11-04", "合肥华星汽车电子有限公司", "QP-26-11042"),
        ("零件号", "零件名称", "退货数量", "单价"),
        ("HX-2201-015", "线束总成", 60, 18.5),
        ("退货原因", "端子压接不良"),
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    for col in "ABCD":
        ws.column_dimensions[col].width = 24
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_title_is_told_from_a_label_that_begins_with_the_forms_name():
    assert _form_title("退货申请单 (RMA)", "return")
    assert not _form_title("RMA单号", "return")


@pytest.mark.parametrize("printed", [False, True])
def test_the_number_is_read_under_its_label_not_under_the_title(tmp_path, printed):
    path = _portal_note(tmp_path / "rma.xlsx")
    if printed:
        path = soffice_convert(path, "pdf", tmp_path / "print")
    [result] = parse_paths([path], kind="return")
    doc = result.to_dict("en")
    assert doc["record"]["number"] == "RMA-HX-261104-07", doc["provenance"].get("number")
    assert doc["record"]["customer"] == "合肥华星汽车电子有限公司"
