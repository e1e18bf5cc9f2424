"""Silent misreads of round 44 mended (issue 10: a wrong value always carries a warning on its field).

- **A slash label's names, in whichever order**: a label of two names over a value of two parts
  (``发货数量／实收数量`` over ``500／480``) gives the field the part under its own name — the order is
  proven by the label when one name alone names the field (``实收数量／发货数量`` over ``480／500``
  is still 500, no warning needed). When both names name it (``Qty received`` is the customer's
  word for our quantity shipped, as ``Qty shipped`` is), the label's order proves nothing: the
  best name's part is read and said (``two_values_one_cell``), never the first part unsaid
  (``Qty received / Qty shipped`` over ``960 / 1,000`` was 960 without a word).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

_ZH = [
    ["客户投诉单"],
    ["投诉编号", "KS-2612-047"],
    ["客户名称", "嘉兴永固门业有限公司"],
    ["产品名称", "防火门闭门器"],
]
_EN = [["Customer Complaint"], ["Complaint No.", "CC-2612-047"], ["Customer", "Harbourside Fittings Ltd"]]


@pytest.mark.parametrize(
    ("label", "typed"),
    [("发货数量／实收数量", "500／480"), ("实收数量／发货数量", "480／500")],
)
def test_the_fields_own_name_in_the_label_proves_the_order(tmp_path: Path, label: str, typed: str) -> None:
    rows = [*_ZH, [label, typed], ["不良数量", "60"], ["问题描述", "闭门器漏油。"]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "form.xlsx", width=24), "complaint")
    assert doc["record"]["ship_qty"] == 500
    assert "two_values_one_cell" not in field_codes(doc, "ship_qty")


@pytest.mark.parametrize(
    ("label", "typed"),
    [("Qty shipped / Qty received", "1,000 / 960"), ("Qty received / Qty shipped", "960 / 1,000")],
)
def test_two_names_both_naming_the_field_are_said(tmp_path: Path, label: str, typed: str) -> None:
    rows = [*_EN, [label, typed], ["Defect qty", "60"], ["Description", "Closers leak oil."]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "form.xlsx", width=24), "complaint")
    assert doc["record"]["ship_qty"] == 1000  # (Qty shipped names it best)
    assert "two_values_one_cell" in field_codes(doc, "ship_qty")
