"""A date typed over three columns captioned 年 / 月 / 日 (the Taiwanese 折讓證明單's lines give
the original invoice's date so: ``年 | 月 | 日 | 字軌號碼 | 品名 …`` over ``115 | 08 | 20 |
KT 30871145 | …``): beside the column of the invoice's number it is the invoice's date, a
three-digit year being the Republic's. Lines giving different dates are shown for checking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def certificate(tmp_path: Path, dates: list[tuple[str, str, str]]) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "折讓"
    ws.append(("營業人銷貨退回進貨退出或折讓證明單",))
    ws.append(("編號", "AL-115-1107", None, "日期", dt.datetime(2026, 11, 7)))
    ws.append(("原銷貨營業人", "宏達精機股份有限公司", None, "統一編號", "53012877"))
    ws.append(("原買受人", "中興電工股份有限公司", None, "統一編號", "24556813"))
    ws.append(("年", "月", "日", "字軌號碼", "品名", "數量", "單價", "折讓金額", "營業稅額"))
    for k, (y, m, d) in enumerate(dates):
        ws.append((y, m, d, "RT 55120983", f"軸承座 B{k + 1}", 100, 30, 3000, 150))
    ws.append(("合計", None, None, None, None, None, None, 3000 * len(dates), 150 * len(dates)))
    path = tmp_path / "certificate.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    return result.to_dict("en")


def flagged(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


def test_a_date_over_year_month_day_columns_beside_the_invoice_number_is_the_invoice_date(tmp_path):
    doc = certificate(tmp_path, [("115", "10", "05"), ("115", "10", "05")])
    assert doc["record"]["invoice_date"] == "2026-10-05"
    assert doc["record"]["invoice_no"] == "RT 55120983"
    assert doc["record"]["items"][0]["name"] == "軸承座 B1"  # the lines are read as before


def test_lines_giving_different_invoice_dates_are_shown_for_checking(tmp_path):
    doc = certificate(tmp_path, [("115", "10", "05"), ("115", "10", "12")])
    assert doc["record"]["invoice_date"] == "2026-10-05"
    assert "invoice_date" in flagged(doc)
