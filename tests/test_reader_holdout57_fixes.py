"""holdout57's fixes (a factory's subcontractors and incoming inspection), each on a small file built here:

- **A count of pieces written as a weight or a length** (``86 kg`` of castings, ``1,250 千克``, ``500 m`` of cable)
  under a count of pieces: the figure is read and said (``qty_in_measure``), never taken for the pieces silently;
  a label naming its own unit (``数量(kg)``) or a count in pieces (``86 件``) says nothing.
- **A disposition read on a form that holds no customer request** (a customer's 处理意见 on its notice to a
  subcontractor): kept and said (``disposition_without_request``); beside a customer request nothing is said.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 22


def _notice(rows: list[list[Any]]) -> list[list[Any]]:
    """A subcontractor's quality notice (外协质量问题通知单) with ``rows`` added under its head."""
    return [
        ["外协质量问题通知单"],
        ["通知单号", "WX-ZL-2611-090", "发出日期", "2026-11-09"],
        ["客户名称", "江苏恒拓重型机械有限公司", "订单编号", "WX-HT-2610-088"],
        ["图号", "HT-ZJ-2031-05", "零件名称", "泵体铸件"],
        *rows,
        ["问题描述", "铸件气孔，机加工后暴露。"],
    ]


@pytest.mark.parametrize(
    ("ship", "defect", "figure"),
    [
        ("1,250 kg", "86 kg", 86),
        ("2000千克", "150 千克", 150),
        ("3000 m", "500 m", 500),
        ("600 米", "30米", 30),
    ],
)
def test_a_count_written_as_a_weight_or_a_length_is_read_and_said(
    tmp_path: Path, ship: str, defect: str, figure: int
) -> None:
    doc = read_doc(
        sheet_from_rows(tmp_path, _notice([["送货数量", ship, "不良数量", defect]]), width=WIDTH), "complaint"
    )
    assert doc["record"]["defect_qty"] == figure
    assert "qty_in_measure" in field_codes(doc, "defect_qty")
    assert "qty_in_measure" in field_codes(doc, "ship_qty")
    assert field_codes(doc, "defect_rate")  # the rate worked out from them as doubtful as they are


@pytest.mark.parametrize("defect", ["86", "86 件", "86 pcs", "86支"])
def test_a_count_of_pieces_says_no_measure(tmp_path: Path, defect: str) -> None:
    doc = read_doc(
        sheet_from_rows(tmp_path, _notice([["送货数量", "320 件", "不良数量", defect]]), width=WIDTH),
        "complaint",
    )
    assert doc["record"]["defect_qty"] == 86
    assert "qty_in_measure" not in field_codes(doc, "defect_qty")


def test_a_label_naming_its_unit_says_nothing_of_it(tmp_path: Path) -> None:
    """``不良数量(kg)`` over ``86 kg``: the label names what is counted, nothing to say of the measure."""
    doc = read_doc(
        sheet_from_rows(tmp_path, _notice([["送货数量(kg)", "1250", "不良数量(kg)", "86 kg"]]), width=WIDTH),
        "complaint",
    )
    assert doc["record"]["defect_qty"] == 86
    assert "qty_in_measure" not in field_codes(doc, "defect_qty")


# ------------------------------------------------------------------ a disposition on a form with no customer request
def test_a_disposition_on_a_form_with_no_customer_request_is_said(tmp_path: Path) -> None:
    """A customer's notice to its subcontractor: its 处理意见 read as the disposition, and said (it may be the
    customer's request); the value kept."""
    rows = _notice([["送货数量", "320 件", "不良数量", "27 件"], ["处理意见", "☑退货  ☐返修  ☐让步接收"]])
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["disposition"] == ["return"]
    assert "disposition_without_request" in field_codes(doc, "disposition")


def test_a_disposition_beside_the_customers_request_says_nothing(tmp_path: Path) -> None:
    """Our own sheet: 客户要求 and 处理方式 both filled, the disposition ours, nothing said of it."""
    rows = _notice([["送货数量", "320 件", "不良数量", "27 件"], ["客户要求", "退货"], ["处理方式", "重工"]])
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["customer_request"] == ["return"]
    assert doc["record"]["disposition"] == ["rework"]
    assert "disposition_without_request" not in field_codes(doc, "disposition")
