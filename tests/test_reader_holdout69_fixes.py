"""What the sixty-ninth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A contract's number yields to the order's own label**: a trading company's 客诉处理单 prints its
  ``合同号`` (and PI号) beside the buyer's ``客户订单号``, a buyer's claim note ``Contract No.`` beside ``PO No.``,
  a Russian рекламация ``Контракт № / 合同号`` beside ``Спецификация № / 订单号``; the contract's number, a label
  of the order as strong as the order's own and printed first, was read for the order — silently where the
  order's label was unknown (``客户订单号``). A contract covers many of the buyer's orders: 合同号 / Contract No.
  now name the order only loosely (still sure, alone on a mill's form), below any label naming the order
  itself; ``客户订单号`` / ``Customer order No.`` are the order's labels.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _claim(contract: str, order: str) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉编号", "TS-2026-0412"],
        ["投诉日期", "2026-10-09"],
        ["客户名称", "Atlas Home Goods BV"],
        [contract, "KY-ATL-2026-017"],
        [order, "PO-88341"],
        ["产品型号", "AT-LP-220"],
        ["出货数量", "1500 只"],
        ["不良数量", "64 只"],
        ["问题描述", "灯罩卡扣断裂。"],
    ]


def test_the_buyers_order_wins_over_the_trading_companys_contract(tmp_path) -> None:
    doc = _read(tmp_path, _claim("合同号", "客户订单号"), "complaint")
    assert doc["record"]["order_no"] == "PO-88341"


def test_a_po_number_wins_over_a_contract_number_printed_before_it(tmp_path) -> None:
    rows = _claim("Contract No.", "PO No.")
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["order_no"] == "PO-88341"


def test_a_contract_number_alone_is_still_the_order(tmp_path) -> None:
    rows = [r for r in _claim("合同号", "客户订单号") if r[0] != "客户订单号"]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["order_no"] == "KY-ATL-2026-017"
