"""A totals line with a figure under each column of the line table (合计 | 3600.00 | 468.00): each
figure is the total of the column it stands in — the tax total is read as written (and checked
against the lines), never replaced without a word by the sum of the lines."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def test_the_figure_under_the_tax_column_of_a_totals_line_is_the_total_tax_as_written(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "折让证明单"
    ws["A1"] = "销货折让证明单"
    for r, (label, value) in enumerate(
        [
            ("编号", "ZR-2609-018"),
            ("开具日期", "2026-09-12"),
            ("购买方", "江苏恒泰钢管有限公司"),
            ("原发票号码", "04418827"),
        ],
        start=2,
    ):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    for c, head in enumerate(["货物名称", "数量", "单价", "折让金额", "税额"], start=1):
        ws.cell(7, c, head)
    ws.append(["焊管", 20, 100, "2000.00", "260.00"])
    ws.append(["方管", 12, 150, "1800.00", "234.00"])
    ws.append(["合计", None, None, "3800.00", "468.00"])  # the clerk's tax total: not the lines' 494.00
    path = tmp_path / "mismatch.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    doc = result.to_dict("en")
    assert doc["record"]["total_tax"] == "468.00"
    said = {p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == "total_tax"}
    assert "total_mismatch" in said  # 468.00 against the lines' 494.00
