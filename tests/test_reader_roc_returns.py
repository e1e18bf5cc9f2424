"""A Taiwanese 銷貨退回單: its number is a 退回單號, its date a 退回日期, and the date is written
in the ROC calendar with dots or slashes (``115.09.11``, ``115/9/11``, ``民國115.9.11``): year
115 of the Republic is 2026. A date whose year cannot be told (``99.09.11``: ROC 99 or 1999?)
is never taken silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def return_note(tmp_path: Path, date: str) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "單頭"
    rows = [
        ("銷 貨 退 回 單", None, None, None),
        ("退回單號", "SR-1151020-008", "退回日期", date),
        ("客戶", "台灣精密工具股份有限公司", "客訴單號", "CC-115-1002"),
        ("退回原因", "刀柄電鍍剝落。", None, None),
    ]
    for r in rows:
        ws.append(r)
    ws.append(())
    for r in [("品號", "品名規格", "退回數量", "單位"), ("HT-08", "刀柄 8mm", "300", "支")]:
        ws.append(r)
    path = tmp_path / "return.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="return")
    return result.to_dict("en")


@pytest.mark.parametrize("written", ["115.10.20", "115/10/20", "民國115.10.20", "民國115年10月20日"])
def test_a_roc_date_with_dots_or_slashes_under_a_return_date_label_is_read(tmp_path, written):
    doc = return_note(tmp_path, written)
    assert doc["record"]["issue_date"] == "2026-10-20"
    assert doc["record"]["number"] == "SR-1151020-008"  # 退回單號: the note's own number


def test_a_date_whose_calendar_cannot_be_told_is_never_read_silently(tmp_path):
    doc = return_note(tmp_path, "99.10.20")  # ROC 99 (2010)? 1999? 20 Oct 2099?
    assert "issue_date" in {p["field"] for p in doc["errors"] + doc["warnings"]}
