"""What the fifty-sixth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A date and a code typed with one bare slash under a label naming both** (``批号/生产日期`` over
  ``L2607C/2026-07-21``): each field its share, the date the date's and the code the code's — never the whole
  text kept as the lot, silently. A slash with no spaces is cut only where one part is a date and the other a
  code with a letter, in the label's order; a date written with slashes, a code with a slash, two codes are
  kept whole.
- **A deduction and a consumer's statutory compensation are compensation**: a retailer's request written as the
  verb (``从下期货款中扣除``, ``Deduct from the next remittance``) and the consumer laws' ``退一赔十`` / ``退一赔三``
  read as compensation (赔款), as ``扣款`` and ``Chargeback`` already were; ``不扣除`` names none.

Workbooks built here with openpyxl, a PDF drawn with fpdf2.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows

WIDTH = 26


def _complaint(rows: list[list[Any]]) -> list[list[Any]]:
    return [
        ["投诉编号", "TS-0721-33", "投诉日期", "2026-07-23"],
        ["客户名称", "杭州联华华商集团有限公司", "商品名称", "蜂蜜柚子茶 1kg"],
        *rows,
        ["投诉内容", "瓶盖密封不良，有渗漏。"],
    ]


def test_a_lot_and_a_date_with_one_bare_slash_each_to_its_field(tmp_path) -> None:
    rows = _complaint([["批号/生产日期", "L2607C/2026-07-21", "涉及瓶数", "6 瓶"]])
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["lot_no"] == "L2607C"
    assert record["production_date"] == "2026-07-21"


def test_the_date_first_then_the_lot(tmp_path) -> None:
    rows = _complaint([["生产日期/批号", "2026-07-21/L2607C"]])
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["lot_no"], record["production_date"]) == ("L2607C", "2026-07-21")


def test_a_date_with_slashes_under_such_a_label_is_not_cut(tmp_path) -> None:
    rows = _complaint([["生产日期/批号", "2026/07/21"]])
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["lot_no"] != "07"
    assert record["production_date"] in (None, "2026-07-21")


def _request(tmp_path, typed: str) -> Any:
    rows = _complaint([["客户要求", typed]])
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]["customer_request"]


def test_a_deduction_worded_as_the_verb_is_compensation(tmp_path) -> None:
    assert _request(tmp_path, "从下期货款中扣除（货值及处理费）") == ["compensation"]
    assert _request(tmp_path, "Deduct from the next remittance") == ["compensation"]


def test_the_consumer_laws_compensation_is_compensation(tmp_path) -> None:
    assert _request(tmp_path, "退一赔三") == ["compensation"]
    assert _request(tmp_path, "不扣除") is None
