"""Silent misreads of round 44 mended (issue 10: a wrong value always carries a warning on its field).

- **A slash label's names, in whichever order**: a label of two names over a value of two parts
  (``发货数量／实收数量`` over ``500／480``) gives the field the part under its own name — the order is
  proven by the label when one name alone names the field (``实收数量／发货数量`` over ``480／500``
  is still 500, no warning needed). When both names name it (``Qty received`` is the customer's
  word for our quantity shipped, as ``Qty shipped`` is), the label's order proves nothing: the
  best name's part is read and said (``two_values_one_cell``), never the first part unsaid
  (``Qty received / Qty shipped`` over ``960 / 1,000`` was 960 without a word).
- **A tax id beside a party guessed by its head word**: ``税号`` (a label naming no party) in the row of
  ``扣款单位`` (no field knows it: read as the seller's by its last word 单位, where a 外协扣款单's 扣款单位
  is the buyer) — the id read as the seller's is said (``tax_id_party_guessed``), never silently.

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


def _ship_qty(folder: Path, rows: list[list[str]]) -> tuple[object, set[str]]:
    """ship_qty of a complaint of ``rows`` (a workbook) and the codes said on it."""
    doc = read_doc(sheet_from_rows(folder, rows, "form.xlsx", width=24), "complaint")
    return doc["record"]["ship_qty"], field_codes(doc, "ship_qty")


@pytest.mark.parametrize(
    ("label", "typed"),
    [("发货数量／实收数量", "500／480"), ("实收数量／发货数量", "480／500")],
)
def test_the_fields_own_name_in_the_label_proves_the_order(tmp_path: Path, label: str, typed: str) -> None:
    read, said = _ship_qty(tmp_path, [*_ZH, [label, typed], ["不良数量", "60"], ["问题描述", "闭门器漏油。"]])
    assert read == 500
    assert "two_values_one_cell" not in said


@pytest.mark.parametrize(
    ("label", "typed"),
    [("Qty shipped / Qty received", "1,000 / 960"), ("Qty received / Qty shipped", "960 / 1,000")],
)
def test_two_names_both_naming_the_field_are_said(tmp_path: Path, label: str, typed: str) -> None:
    read, said = _ship_qty(
        tmp_path, [*_EN, [label, typed], ["Defect qty", "60"], ["Description", "Closers leak oil."]]
    )
    assert read == 1000  # (Qty shipped names it best)
    assert "two_values_one_cell" in said


# ------------------------------------------------------------- a tax id beside a guessed party
_DEBIT_HEAD = [["外协扣款单"], ["扣款单号", "KK-2612-008", "", "开单日期", "2026-12-03"]]
_DEBIT_TAIL = [
    ["对应发票号", "32002600000041290001"],
    ["扣款项目", "返工工时", "工时单价", "扣款金额", "税额"],
    ["焊缝返修", 20, 90, 1800, 234],
    ["不含税合计", "", "", 1800],
    ["税额", "", "", 234],
    ["扣款总额", "", "", 2034],
]


def _debit(folder: Path, party_label: str, id_label: str) -> dict:
    row = [party_label, "宁波瑞丰精密机械有限公司", "", id_label, "91330206MA2H8KQ417"]
    rows = [*_DEBIT_HEAD, row, *_DEBIT_TAIL]
    return read_doc(sheet_from_rows(folder, rows, "debit.xlsx", width=16), "allowance")


def test_a_bare_tax_id_beside_a_party_guessed_by_its_head_word_is_said(tmp_path: Path) -> None:
    """罚款单位 (no field's label: 单位 taken for the seller's) | 宁波… | 税号 | 9133…: the id read as
    the seller's is as much a guess as the name, said on it."""
    doc = _debit(tmp_path, "罚款单位", "税号")
    assert "label_by_head_word" in field_codes(doc, "seller.name")
    assert doc["record"]["seller"]["tax_id"] == "91330206MA2H8KQ417"
    assert "tax_id_party_guessed" in field_codes(doc, "seller.tax_id")


@pytest.mark.parametrize(("party_label", "id_label"), [("销售方名称", "税号"), ("罚款单位", "销方税号")])
def test_a_party_named_surely_or_an_id_label_naming_its_party_is_not_doubted(
    tmp_path: Path, party_label: str, id_label: str
) -> None:
    doc = _debit(tmp_path, party_label, id_label)
    assert doc["record"]["seller"]["tax_id"] == "91330206MA2H8KQ417"
    assert "tax_id_party_guessed" not in field_codes(doc, "seller.tax_id")


# --------------------------------------------- a profile learned on the cell of a prefixed number
def _nonconformance(office: Path, name: str, ncr: str, po: str) -> Path:
    rows: list[list[object]] = [
        ["Supplier Nonconformance Report"],
        ["NCR No.", ncr, "Date Issued", "2026-11-06"],
        ["Supplier", "Wuxi Hongda Casting Co., Ltd.", "Customer", "Keystone Hydraulics Inc."],
        ["P.O. No.", po, "Part No.", "KH-4410-07"],
        ["Qty rejected", 36, "Qty received", 480],
        ["Description", "Bore oversize after finish machining."],
    ]
    return sheet_from_rows(office, rows, name, width=26)


def test_a_profile_learned_on_a_cell_keeps_the_numbers_own_letters(office: Path) -> None:
    """``P.O. No. | PO 770412`` (a label no field knows), the clerk pointing at the cell the reader read nothing in:
    the label left of it labels it, and its first letters spelling one of the field's labels (PO)
    are the number's own — the next copy reads ``PO 770588`` whole, never ``770588`` unsaid (the
    profile had learned PO as a label inside the cell)."""
    from helpers import keep_profile

    from kesu_docs.parse.profile import learn

    first = _nonconformance(office, "first.xlsx", "NCR-26-0388", "PO 770412")
    keep_profile(office, learn(first, "complaint", {"order_no": "Sheet!B4"}), "ncr")
    second = _nonconformance(office, "second.xlsx", "NCR-26-0412", "PO 770588")
    doc = read_doc(second, "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["order_no"] == "PO 770588"
