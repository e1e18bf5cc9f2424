"""A figure typed as approximate (``约500 pcs``, ``approx. 2,000``) is read as that figure and
said to be approximate — never an invalid quantity, never silently exact."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


@pytest.mark.parametrize(("label", "text"), [("9. 交货数量", "约500 pcs"), ("Delivered Qty", "approx. 500")])
def test_an_approximate_quantity_is_read_as_its_figure_and_said(tmp_path: Path, label, text):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户抱怨处理单"
    rows = [
        ("1. 抱怨单号", "KS-2609-031"),
        ("2. 抱怨日期", "2026-09-03"),
        (label, text),
        ("10. 不良数量", 12),
    ]
    for r, (lab, value) in enumerate(rows, start=2):
        ws.cell(r, 1, lab).fill = SHADE
        ws.cell(r, 2, value)
    path = tmp_path / "approx.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    doc = result.to_dict("en")
    assert doc["record"]["ship_qty"] == 500
    assert doc["record"]["received_date"] == "2026-09-03"  # 抱怨日期: the complaint's date
    assert "value_approximate" in [w["code"] for w in doc["warnings"] if w["field"] == "ship_qty"]
