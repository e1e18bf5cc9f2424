"""A word standing in for a value — a reference to elsewhere (``见附件``, ``See attached``) or a
value not decided yet (``TBD``, ``待定``) — is no value: the field stays empty and the clerk is
told what stood there, on another company's layout and on our own blank alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from clerk_forms import typed_blank
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def complaint(tmp_path: Path, text: str) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "客户抱怨处理单"
    ws["A1"] = "客户抱怨处理单"
    rows = [
        ("1. 抱怨单号", "KS-2609-031"),
        ("2. 客户名称", "宁波东力电机"),
        ("3. 受理日期", "2026-09-03"),
        ("4. 不良现象描述", "支架安装孔位置度超差 0.15，12 件无法装配"),
        ("5. 临时措施", text),
    ]
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    ws.column_dimensions["B"].width = 50
    path = tmp_path / "numbered.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


@pytest.mark.parametrize("text", ["见附件", "詳見附件", "See attached", "TBD", "待定"])
def test_a_reference_or_an_undecided_value_is_no_value_and_is_said(tmp_path, text):
    doc = complaint(tmp_path, text)
    assert doc["record"]["short_term_action"] is None
    assert "value_not_given" in [w["code"] for w in doc["warnings"] if w["field"] == "short_term_action"]


def test_a_real_action_mentioning_an_attachment_is_read(tmp_path):
    text = "库存 488 件全检，结果见附件"
    assert complaint(tmp_path, text)["record"]["short_term_action"] == text


def test_on_our_own_blank_too(tmp_path):
    result = parse_paths([typed_blank(tmp_path, short_term_action="见附件")])[0].to_dict("en")
    assert result["record"]["short_term_action"] is None
    assert "value_not_given" in [w["code"] for w in result["warnings"]]
