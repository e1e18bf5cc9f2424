"""The eighteenth round's review: rules of the round that fired on forms they were not written
for (each form built here, read through the reader)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import read_doc
from openpyxl import Workbook


def _book(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_count_of_boards_in_kuai_is_no_amount(tmp_path: Path):
    # 块 is a count's measure word (1200块 PCB boards) as well as money's (块钱): a quantity
    # typed with it is read as its figure, not warned as money typed in the quantity's place
    path = _book(
        tmp_path / "ks.xlsx",
        [
            ["客户抱怨处理单"],
            ["客诉单号", "KS-2605-0051"],
            ["受理日期", "2026-05-21"],
            ["客户名称", "宁波奥克斯电气股份有限公司"],
            ["出货数量", "1200块"],
            ["不良数量", "36块钱"],
            ["不良描述", "PCB板开裂"],
        ],
    )
    doc = read_doc(path)
    codes = {(w["code"], w["field"]) for w in doc["warnings"]}
    assert doc["record"]["ship_qty"] == 1200
    assert ("qty_in_currency", "ship_qty") not in codes
    assert ("qty_in_currency", "defect_qty") in codes  # 块钱 is money still
    assert doc["record"]["defect_qty"] == 36


def test_step_headings_of_another_form_make_no_8d(tmp_path: Path):
    # a form numbering its parts "Step 1 … Step 4" (no title) is no 8D: `Step n` reads as an 8D
    # step under an 8D's title, but four of them alone no longer make a layout an 8D
    rows = [
        ["Step 1 Customer information"],
        ["Customer", "Ningbo AUX Electric Co., Ltd."],
        ["Complaint no.", "KS-2605-0052"],
        ["Date received", "2026-05-21"],
        ["Step 2 Problem description"],
        ["Part no.", "AB-1203-X"],
        ["Delivered qty", "1200"],
        ["Defect qty", "36"],
        ["Defect description", "Housing cracked"],
        ["Step 3 Customer request"],
        ["Request", "Replacement"],
        ["Step 4 Approval"],
        ["Approved by", "Li Wei"],
    ]
    doc = read_doc(_book(tmp_path / "steps.xlsx", rows))
    assert doc["kind"] != "8d"
    # the same layout without the word Step is read as the same kind
    plain = [[r[0].split(" ", 2)[2]] if r[0].startswith("Step") else r for r in rows]
    assert read_doc(_book(tmp_path / "plain.xlsx", plain))["kind"] == doc["kind"]


def test_d_numbered_headings_still_make_an_untitled_8d(tmp_path: Path):
    rows = [
        ["D1 Team"],
        ["Leader", "Li Wei"],
        ["D2 Problem description"],
        ["Problem", "Housing cracked at the snap fit"],
        ["D3 Containment actions"],
        ["Action", "Sorted 1,200 pcs at the warehouse"],
        ["D4 Root cause"],
        ["Root cause", "Mould temperature too low"],
    ]
    assert read_doc(_book(tmp_path / "d.xlsx", rows))["kind"] == "8d"


def test_a_count_with_a_currency_and_thousands_by_a_space_is_warned(tmp_path: Path):
    # `1 200 RMB` (thousands parted by a space, the French way) was read 1200 without a word,
    # where `1,200 RMB` and `1200 RMB` are warned
    path = _book(
        tmp_path / "ks.xlsx",
        [
            ["客户抱怨处理单"],
            ["客诉单号", "KS-2605-0051"],
            ["受理日期", "2026-05-21"],
            ["客户名称", "宁波奥克斯电气股份有限公司"],
            ["出货数量", "1 200 RMB"],
            ["不良数量", 36],
            ["不良描述", "外壳开裂"],
        ],
    )
    doc = read_doc(path)
    assert doc["record"]["ship_qty"] == 1200
    assert "qty_in_currency" in {w["code"] for w in doc["warnings"] if w["field"] == "ship_qty"}
