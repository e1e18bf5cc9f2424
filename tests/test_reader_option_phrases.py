"""Requests and dispositions typed in the clerk's own words: several in one cell separated by
commas (``退货，补发同等数量``), each an option whose word leads its part (``换货12件``,
``补发`` for 补货); a part naming two options (``退货或换货``) is no guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def request(tmp_path: Path, text: str) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "客户投诉处理单"
    ws["A1"] = "客户投诉处理单"
    rows = [
        ("投诉编号", "TS-2610-11"),
        ("受理日期", "2026/10/3"),
        ("客户名称", "宁波东力电机"),
        ("客户诉求", text),
    ]
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    path = tmp_path / "request.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("退货，补发同等数量", ["return", "resupply"]),
        ("换货12件", ["replacement"]),
        ("退货、折让", ["return", "allowance"]),
    ],
)
def test_requests_in_the_clerks_words_are_read_as_the_options_they_lead_with(tmp_path, text, meant):
    assert request(tmp_path, text)["record"]["customer_request"] == meant


def test_a_part_naming_two_options_is_not_guessed(tmp_path):
    doc = request(tmp_path, "退货或换货")
    assert doc["record"]["customer_request"] is None
    assert "customer_request" in {p["field"] for p in doc["errors"] + doc["warnings"]}
