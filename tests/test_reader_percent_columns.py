"""A bare number under a label or column head that names its unit ``%`` (``Effective %``,
``有效性(%)``): 100 is 100 %, 95 is 95 % — never the 1 % a bare 1 would read as."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def test_a_bare_number_in_a_percent_column_is_that_many_percent(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SCAR"
    ws["A1"] = "SUPPLIER CORRECTIVE ACTION REQUEST (8D)"
    ws["A2"], ws["B2"] = "SCAR No.", "SCAR-26-0311"
    ws["A3"], ws["B3"] = "Customer", "Norvale Appliances Ltd"
    ws["A5"] = "D3 – Containment Actions"
    for c, head in enumerate(["Action", "Owner", "Due Date", "Effective %"], start=1):
        ws.cell(6, c, head).fill = SHADE
    ws.append(["Sort all stock in house and in transit", "Li Wei", "2026-09-05", 100])
    ws.append(["Third-party sorting at customer plant", "Wang Fang", "2026-09-06", 95])
    ws.column_dimensions["A"].width = 40
    path = tmp_path / "scar.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    rows = result.to_dict("en")["record"]["containment"]
    assert [r["effectiveness_pct"] for r in rows[:2]] == ["1", "0.95"]


def _causes(tmp_path: Path, shares: list) -> dict:
    """Root causes as one line per cause type (發生原因 / 流出原因 | cause | share), the shares
    in a column nobody captioned."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "8D 矯正預防報告"
    ws["B2"], ws["C2"] = "報告編號", "8D-PCB-2207"
    ws["B3"], ws["C3"] = "客戶", "仁寶電腦工業股份有限公司"
    ws["A5"] = "根本原因"
    ws["B5"], ws["C5"], ws["G5"] = "發生原因", "電鍍槽銅濃度偏低，孔銅不足。", shares[0]
    ws["B6"], ws["C6"], ws["G6"] = "流出原因", "切片抽驗頻率不足。", shares[1]
    ws.merge_cells("C5:F5")
    ws.merge_cells("C6:F6")
    ws["A8"], ws["B8"] = "永久對策", "銅濃度改每 2 小時量測。"
    path = tmp_path / "causes.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")["record"]


def test_a_percentage_closing_a_cause_line_without_a_caption_is_its_share(tmp_path: Path):
    record = _causes(tmp_path, ["60%", "40%"])
    assert [(c["type"], c["contribution_pct"]) for c in record["root_cause"]] == [
        ("occurrence", "0.6"),
        ("escape", "0.4"),
    ]


def test_a_bare_figure_closing_a_cause_line_is_not_taken_for_a_share(tmp_path: Path):
    # 60 without % may be a count or a code: no column names it, so it is not read as a share
    record = _causes(tmp_path, [60, 40])
    assert all(c["contribution_pct"] is None for c in record["root_cause"])
