"""A profile learned on a copy with two lines reads a second copy with one: the row under the
one line holds the form's foot (``退货原因 | 喷油色差``), its label in a column no field of the
table reads (the line numbers' 行号). That row ends the lines — before, its value was read as a
second line's part number, unwarned. Files built here."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, run_cli
from openpyxl import Workbook

LINES_1 = [("3.01.0221", "前壳组件", "PCS", 210), ("3.01.0222", "卡扣垫片", "PCS", 400)]
LINES_2 = [("3.01.0235", "后盖组件", "PCS", 75)]


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    return tmp_path


def _return_note(path: Path, number: str, lines: list[tuple[str, str, str, int]], reason: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    ws["A1"] = "退货单"
    ws["A2"], ws["B2"], ws["D2"], ws["E2"] = "退货单号", number, "退货日期", "2026-11-12"
    ws["A3"], ws["B3"], ws["D3"], ws["E3"] = (
        "客户名称",
        "深圳华启智能科技有限公司",
        "客诉单号",
        "KS-2611-0318",
    )
    for c, head in enumerate(("行号", "料号", "品名", "单位", "退货数量"), start=1):
        ws.cell(4, c, head)
    r = 5
    for n, line in enumerate(lines, start=1):
        ws.cell(r, 1, n)
        for c, value in enumerate(line, start=2):
            ws.cell(r, c, value)
        r += 1
    ws.cell(r, 1, "退货原因")
    ws.cell(r, 2, reason)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.cell(r + 1, 1, "仓管员")
    ws.cell(r + 1, 2, "江涛")
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_copy_with_fewer_lines_ends_them_at_the_foot_label(office):
    first = _return_note(office / "a" / "first.xlsx", "TH-2611-0001", LINES_1, "卡扣缩水、披锋，无法扣合")
    code, out = run_cli("learn", first, "--kind", "return")
    assert code == 0, out
    second = _return_note(office / "b" / "second.xlsx", "TH-2611-0002", LINES_2, "喷油色差")
    _, (doc,) = parse_cli(second)
    assert any(w["code"] == "profile_used" for w in doc["warnings"]), doc["warnings"]
    items = doc["record"]["items"]
    assert [(i["part_no"], i["part_name"]) for i in items] == [("3.01.0235", "后盖组件")], items
    assert doc["record"]["reason"] == "喷油色差"
