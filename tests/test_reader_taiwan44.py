"""Taiwan's statutory allowance certificate (營業人銷貨退回進貨退出或折讓證明單: the ancestor of our
allowance certificate, issue 10 item 8), read as it is printed:

- **its totals row**: 合計 stands in the row's first cell, under the invoice date's column — a
  column the reader does not take as one of the lines' (the invoice date is a field of the
  certificate) — and the row is the totals line, never a third line of the lines (which doubled
  the totals: 41,250 for 20,625);
- **its currency**: the form prints none, but its 營業人 / 營業稅 with 統一編號 are only Taiwan's: its
  amounts are 新臺幣, the total in words is derived in 新臺幣, never in 人民币, and the company's
  13 % renminbi rate is never assumed;
- **its tax to the whole 元**: a 統一發票's 營業稅 is rounded to the whole dollar (8,325 × 5 % = 416.25
  printed 416): the 5 % fits, no line is in error, the totals add up. On a renminbi form a tax
  rounded to the whole yuan is still the line's error (the procedure's tax is to the cent).

Workbooks built here with openpyxl, and the certificate printed through LibreOffice one page
wide (silent45): its lines' names each on its own line — a CJK font's tall glyph box under the
first line's figures no longer gathers the second line into the first (:func:`.boxes.printed_rows`)
— and 合計 ends the lines on the print as on the sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows, soffice_convert

WIDTH = 14

STATUTORY: list[list[Any]] = [
    ["營業人銷貨退回進貨退出或折讓證明單"],
    ["原銷貨營業人名稱", "嘉義光電股份有限公司", "統一編號", "86211453"],
    ["進貨營業人名稱", "桃園精機有限公司", "統一編號", "70365512"],
    ["填報日期", "中華民國115年11月24日"],
    ["發票日期", "發票號碼", "品名", "數量", "單價", "金額(不含稅之進貨額)", "營業稅額"],
    ["115/10/07", "QK50318826", "光纖跳線 LC-LC 3M", 1200, 18.5, 22200, 1110],
    ["115/10/19", "QK50318911", "轉接盒 FB-12", 45, 185, 8325, 416],
    ["合計", "", "", "", "", 30525, 1526],
]


def _read(folder: Path, rows: list[list[Any]], name: str = "form.xlsx") -> dict[str, Any]:
    return read_doc(sheet_from_rows(folder, rows, name, width=WIDTH), None)


def _codes(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(p["code"], p.get("field") or "") for p in doc["errors"] + doc["warnings"]}


def _statutory_read_right(doc: dict[str, Any]) -> None:
    record = doc["record"]
    assert doc["kind"] == "allowance"
    assert [line["name"] for line in record["items"]] == ["光纖跳線 LC-LC 3M", "轉接盒 FB-12"]
    assert (record["total_excl_tax"], record["total_tax"]) == ("30525.00", "1526.00")
    assert record["tax_rate"] == "0.05"
    assert record["total"] == "32051.00"
    assert record["total_in_words"].startswith("新臺幣"), record["total_in_words"]
    codes = _codes(doc)
    assert not {c for c in codes if c[0] in ("line_tax_mismatch", "total_mismatch", "total_not_read")}, codes


def test_the_statutory_certificate_is_read_in_new_taiwan_dollars_at_5_percent(tmp_path: Path) -> None:
    _statutory_read_right(_read(tmp_path, STATUTORY))


def test_the_printed_certificate_reads_each_lines_name_and_its_totals(tmp_path: Path) -> None:
    """Printed one page wide, the names' glyph boxes (a CJK font's ascent: 22 pt on 15 pt rows)
    reach up into the line above: 轉接盒 FB-12 is still the second line's name, never joined to
    光纖跳線 LC-LC 3M, and the 合計 row is the totals (30,525 / 1,526), never a third line that
    doubles them."""
    book = sheet_from_rows(tmp_path, STATUTORY, "statutory.xlsx", width=WIDTH, printed_one_page_wide=True)
    doc = read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), None)
    record = doc["record"]
    assert doc["kind"] == "allowance"
    assert [line["name"] for line in record["items"]] == ["光纖跳線 LC-LC 3M", "轉接盒 FB-12"]
    assert [line["qty"] for line in record["items"]] == [1200, 45]
    assert (record["total_excl_tax"], record["total_tax"]) == ("30525.00", "1526.00")
    assert not [p for p in doc["errors"] if p["code"] == "total_mismatch"], doc["errors"]


def test_a_tax_a_cent_off_the_whole_dollar_is_still_an_error(tmp_path: Path) -> None:
    """Rounding to the whole 元 is a rounding, not a tolerance: 417 for 416.25 is wrong — said at
    the 5 % Taiwan's law puts on the statutory form (no rate fits every line to tell another)."""
    rows = [list(r) for r in STATUTORY]
    rows[6][6] = 417
    rows[7][6] = 1527
    doc = _read(tmp_path, rows)
    assert ("line_tax_mismatch", "items[1].tax") in _codes(doc)


MAINLAND: list[list[Any]] = [
    ["销货折让证明单"],
    ["客诉编号", "KS-2611-388"],
    ["销方名称", "苏州恒达电子有限公司", "纳税人识别号", "91320505MA1X7Q2K32"],
    ["购方名称", "杭州森联科技有限公司"],
    ["开具日期", "2026-11-24"],
    ["品名", "数量", "单价", "金额", "税额"],
    ["连接器 CN-220", 2500, 3.33, 8325, 1082],
    ["合计", "", "", 8325, 1082],
]


def test_a_renminbi_tax_rounded_to_the_whole_yuan_is_the_lines_error(tmp_path: Path) -> None:
    doc = _read(tmp_path, MAINLAND)
    record = doc["record"]
    assert doc["kind"] == "allowance"
    assert record["tax_rate"] == "0.13"
    assert record["total_in_words"] is None or record["total_in_words"].startswith("人民币")
    assert ("line_tax_mismatch", "items[0].tax") in _codes(doc)


@pytest.mark.parametrize(
    "words",
    [
        ["纳税人识别号", "91320505MA1X7Q2K32"],  # a mainland seller's id: renminbi
        ["營業稅", "已繳"],  # 營業稅 without a 統一編號: not enough to place the form
    ],
)
def test_a_form_without_taiwans_pair_of_words_stays_in_renminbi(tmp_path: Path, words: list[str]) -> None:
    rows = [list(r) for r in MAINLAND]
    rows[6][4] = 1082.25
    rows[7][4] = 1082.25
    rows.insert(5, words)
    record = _read(tmp_path, rows)["record"]
    assert record["tax_rate"] == "0.13"
    assert (record["total_in_words"] or "人民币").startswith("人民币")
