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


def test_in_a_row_of_a_table_too(tmp_path):
    """Our own 8D blank whose D3 table says 见附件 for a containment action and TBD for its
    verification: neither is read as the row's text; each is said on its own cell."""
    from openpyxl import load_workbook

    samples = Path(__file__).resolve().parents[1] / "samples"
    wb = load_workbook(samples / "8d-valid.xlsx")
    ws = wb.active
    assert ws["A34"].value.endswith("围堵措施") and ws["H34"].value == "验证"
    ws["A35"], ws["H35"] = "见附件", "TBD"
    path = tmp_path / "8D-见附件.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    doc = result.to_dict("en")
    row = doc["record"]["containment"][0]
    assert row["action"] is None and row["verification"] is None
    assert row["owner"] == "李强"  # the rest of the row as written
    said = {w["field"]: w for w in doc["warnings"] if w["code"] == "value_not_given"}
    assert set(said) == {"containment[0].action", "containment[0].verification"}
    assert "见附件" in said["containment[0].action"]["message"] and said["containment[0].action"]["location"]
    assert "TBD" in said["containment[0].verification"]["message"]
    assert doc["record"]["containment"][1]["action"] == "客户端在线品派员挑选"
