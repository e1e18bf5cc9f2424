"""A sentence under a choice's label (``处理意见`` — the same words as 处理方式, the
disposition — over ``同意退回不良品，赔款按实际上门单据核算。``) is an opinion written out,
not a choice ticked: it is read as the decision's one text area (交涉结果), said with low
confidence, never an invalid disposition and a blank result. Options written in words
(``退货，赔款``) stay the disposition."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def _sheet(path: Path, opinion: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉"
    ws["A1"] = "客户投诉单"
    rows = [
        ("投诉单号", "TS-GL-260309"),
        ("投诉日期", "2026-03-09"),
        ("客户名称", "北京京东世纪贸易有限公司"),
        ("产品型号", "GL-KFR-35GW"),
        ("问题描述", "用户安装后运行 2 小时出风口凝露滴水"),
        ("处理意见", opinion),
    ]
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 50
    wb.save(path)
    return path


def _read(path: Path) -> dict:
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


def test_an_opinion_written_out_under_a_choice_label_is_the_decisions_text(tmp_path):
    doc = _read(_sheet(tmp_path / "a.xlsx", "同意退回不良品，赔款按实际上门单据核算。"))
    assert doc["record"]["negotiation_result"] == "同意退回不良品，赔款按实际上门单据核算。"
    assert not doc["record"]["disposition"]
    assert "negotiation_result" in {w["field"] for w in doc["warnings"] if w["code"] == "low_confidence"}


def test_options_written_in_words_stay_the_choice(tmp_path):
    doc = _read(_sheet(tmp_path / "b.xlsx", "退货，赔款"))
    assert doc["record"]["disposition"] == ["return", "compensation"]
    assert doc["record"]["negotiation_result"] is None
