"""The buyer's stamp typed as what the clerk sees on the paper: the seal's imprint
(``（印）全譽自動化科技有限公司 發票專用章``) or ``已盖章 2026.9.5`` is a yes under a stamp label;
a text saying no stamp is never one."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def stamped(tmp_path: Path, label: str, text: str) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "折讓單"
    ws["A1"] = "銷貨折讓證明單"
    rows = [
        ("折讓單號", "AL-2609-0071"),
        ("開單日期", "2026/9/8"),
        ("買受人", "全譽自動化科技有限公司"),
        ("原發票號碼", "QK58830271"),
        ("原發票日期", "2026/8/26"),
        (label, text),
    ]
    for r, (lab, value) in enumerate(rows, start=2):
        ws.cell(r, 1, lab).fill = SHADE
        ws.cell(r, 2, value)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 44
    path = tmp_path / "stamp.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    return result.to_dict("en")


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("簽收人蓋章", "（印）全譽自動化科技有限公司 發票專用章"),
        ("购买方确认（盖章）", "已盖章 2026.9.5"),
        ("Stamped by the buyer", "Stamped on 5 Sep 2026"),
    ],
)
def test_a_seals_imprint_or_stamped_with_its_date_under_a_stamp_label_is_yes(tmp_path, label, text):
    assert stamped(tmp_path, label, text)["record"]["buyer_stamped"] is True


@pytest.mark.parametrize("text", ["未盖公章", "无公章"])
def test_a_text_saying_no_stamp_is_never_a_yes(tmp_path, text):
    doc = stamped(tmp_path, "簽收人蓋章", text)
    assert doc["record"]["buyer_stamped"] is not True
