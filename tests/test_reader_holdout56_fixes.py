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
- **罐 (a can, a jar) is a count word**, a container as 箱 and 袋 are: ``9 罐`` is 9, said to count packages.
- **A retailer's complaint titled by the money it takes, and a receiving discrepancy report, are complaints**:
  ``扣款通知单`` (``XX超市供应商扣款通知单``), ``质量扣款单``, ``Chargeback Notice``, ``验收差异单``, ``收货差异单``,
  ``Receiving Discrepancy Report`` found as the complaint's title without ``--kind`` (was: no kind, or a return
  note for an English chargeback notice).

Workbooks built here with openpyxl, a PDF drawn with fpdf2.
"""

from __future__ import annotations

from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows

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


def test_a_count_in_cans_is_read_and_said_to_count_packages(tmp_path) -> None:
    rows = _complaint([["投诉数量", "9 罐", "发货数量", "1,200 罐"]])
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert (doc["record"]["defect_qty"], doc["record"]["ship_qty"]) == (9, 1200)
    assert "qty_in_packages" in field_codes(doc, "defect_qty")


def _titled(tmp_path, title: str, rows: list[list[Any]]) -> dict:
    doc = read_doc(sheet_from_rows(tmp_path, [[title], *rows], width=WIDTH))
    assert "kind_guessed" not in {p["code"] for p in doc["warnings"]}  # found by its title, not guessed
    return doc


def test_a_deduction_notice_and_a_chargeback_notice_are_complaints(tmp_path) -> None:
    rows = [
        ["单号", "KK-0719-08", "日期", "2026-07-19"],
        ["客户名称", "联华超市股份有限公司", "商品名称", "蜂蜜柚子茶 1kg"],
        ["数量", "6 瓶", "说明", "瓶盖渗漏。"],
    ]
    assert _titled(tmp_path, "联华超市质量扣款单", rows)["kind"] == "complaint"
    english = [
        ["Notice No.", "CB-0719-2", "Date", "2026-07-19"],
        ["Customer", "Harbor Mart LLC", "Item", "Bamboo cutting board"],
        ["Qty", "40 units", "Reason", "Cracks along the grain."],
    ]
    assert _titled(tmp_path, "Chargeback Notice", english)["kind"] == "complaint"


def test_a_receiving_discrepancy_report_is_a_complaint(tmp_path) -> None:
    rows = [
        ["单号", "CY-0719-3", "日期", "2026-07-19"],
        ["收货仓", "华东配送中心", "商品名称", "蜂蜜柚子茶 1kg"],
        ["实收", "118 箱", "拒收", "2 箱"],
    ]
    assert _titled(tmp_path, "收货差异单", rows)["kind"] == "complaint"
