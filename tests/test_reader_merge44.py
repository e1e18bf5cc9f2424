"""What the forty-fourth round's merge joined: a count typed in a weight of the zh-Hant and the
mainland's words (``12,500 公斤``, ``3 噸``, ``2 吨``) is read as its figure and said to be no count of
pieces (``qty_in_measure``, holdout57's rule) — values44's rule leaves a weight after a figure
unread, and holdout58's forms (chemicals, plastics: quantities are weights) wrote their
quantities so. Workbooks built here with openpyxl."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, read_doc, sheet_from_rows


@pytest.mark.parametrize(
    ("typed", "read"), [("12,500 公斤", 12500), ("3 噸", 3), ("2 吨", 2), ("480 kgs", 480)]
)
def test_a_count_typed_in_a_weight_is_read_and_said(tmp_path: Path, typed: str, read: int) -> None:
    rows = [
        ["客訴處理單"],
        ["客訴編號", "CS-1151-0077"],
        ["受理日期", "2026-11-05"],
        ["客戶名稱", "新竹塑膠工業股份有限公司"],
        ["料號", "PP-H2210"],
        ["出貨數量", typed],
        ["不良描述", "粒子含水率超標，射出後表面銀紋。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=16), None)
    assert doc["record"]["ship_qty"] == read
    assert "qty_in_measure" in field_codes(doc, "ship_qty")
