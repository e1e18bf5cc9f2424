"""Two copies of one form side by side, and two parties' blocks side by side.

- The Taiwanese 折讓證明單 prints 第一聯 and 第二聯 on one sheet: the same title, the same labels
  at the same places a copy's width apart. Each copy's fields come from its own column range
  (read as one form, the second copy's 統一編號 answered the first copy's buyer); the first
  copy is read, and where another copy says otherwise the field is warned about.
- A 销货折让证明单 captions each party's block with a merged vertical cell (购货方 / 销货方,
  買方 / 賣方) before ``名称：…`` / ``纳税人识别号：…`` cells: the caption tells whose they are.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def copies(tmp_path: Path, second_buyer_id: str = "24556813") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "證明單"
    one = [
        ("營業人銷貨退回進貨退出或折讓證明單", None, None, None, None, None),
        ("編號", "AL-115-1101", None, "日期", dt.datetime(2026, 11, 2), None),
        ("原銷貨營業人", "宏達精機股份有限公司", None, "統一編號", "53012877", None),
        ("原買受人", "中興電工股份有限公司", None, "統一編號", "24556813", None),
        ("原發票號碼", "QX 11223344", None, "原發票日期", dt.datetime(2026, 10, 5), None),
        ("品名", "數量", "單價", "折讓金額", "營業稅額", None),
        ("軸承座 B2", 100, 30, 3000, 150, None),
        ("合計", None, None, 3000, 150, None),
    ]
    for r, row in enumerate(one, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            ws.cell(r, 1 + c, value)
            twin = second_buyer_id if value == "24556813" else value
            ws.cell(r, 8 + c, twin)  # the second copy, seven columns to the right
    path = tmp_path / "copies.xlsx"
    wb.save(path)
    return path


def parsed(path: Path, kind: str = "allowance") -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def test_copies_side_by_side_each_party_reads_its_own_copys_row(tmp_path):
    doc = parsed(copies(tmp_path))
    rec = doc["record"]
    assert rec["seller"]["tax_id"] == "53012877"
    assert rec["buyer"] == "中興電工股份有限公司"
    assert rec["buyer_tax_id"] == "24556813"
    # the second copy's labels are the same form's, not labels nobody read
    unread = [p for p in doc["warnings"] if p["code"] == "unread_label"]
    assert not any(p["location"].startswith("證明單!") and p["location"][4] >= "H" for p in unread)


def test_a_copy_that_says_otherwise_than_the_first_is_warned(tmp_path):
    doc = parsed(copies(tmp_path, second_buyer_id="24556818"))
    assert doc["record"]["buyer_tax_id"] == "24556813"
    differs = [p for p in doc["warnings"] if p["code"] == "copy_differs"]
    assert [p["field"] for p in differs] == ["buyer_tax_id"]
    assert "24556818" in differs[0]["message"]


def party_blocks(tmp_path: Path, buyer: str, seller: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "折让"
    ws["A1"] = "销售折让证明单"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "单号", "ZR-2611-02", "开具日期", dt.datetime(2026, 11, 3)
    ws["A3"], ws["B3"] = buyer, "名称：苏州汇川电气有限公司"
    ws["B4"] = "纳税人识别号：91320500MA1N6Q2K30"
    ws["C3"], ws["D3"] = seller, "名称：无锡宏盛铝业有限公司"
    ws["D4"] = "纳税人识别号：91320200747153820U"
    ws.merge_cells("A3:A4")
    ws.merge_cells("C3:C4")
    for r, row in enumerate(
        [("货物名称", "数量", "折让金额", "税额"), ("铝型材 6063", 200, 1200, 156)], start=6
    ):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    ws["A9"], ws["B9"] = "原发票号码", "32001122 / 00451190"
    path = tmp_path / "parties.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(("buyer", "seller"), [("购货方", "销货方"), ("買方", "賣方"), ("购买方", "销售方")])
def test_a_party_caption_owns_the_name_and_tax_id_cells_of_its_block(tmp_path, buyer, seller):
    rec = parsed(party_blocks(tmp_path, buyer, seller))["record"]
    assert rec["buyer"] == "苏州汇川电气有限公司"
    assert rec["buyer_tax_id"] == "91320500MA1N6Q2K30"
    assert rec["seller"]["name"] == "无锡宏盛铝业有限公司"
    assert rec["seller"]["tax_id"] == "91320200747153820U"
