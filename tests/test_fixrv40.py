"""Two silent misreads of round 40's review mended (fixrv40a, issue 10: 0 silent misreads).

- **F2, a condition is no choice of both**: ``退货，不能换货就折让`` ("return; if a replacement is
  impossible, an allowance") names three options, one denied and one only a fallback. A conditional
  (如果, 若, 否则, unless, if not) between options' words, or a connective (就, 则, 便 …) after an option
  denied, makes the phrase a condition (``compound._between`` classes it ``clause``): no reading, the
  value left as typed and reported (``invalid_choice``), never ``[return, allowance]`` valid.
- **F5, masks with X or one asterisk**: ``5530XXXXXXXX8812``, ``139XXXX0071``, ``7712*8845`` are
  masked as ``5530********8812`` is (``guards.masked``): warned ``value_masked``; a size ``10*20``, a
  code ``XX-100`` are no mask.

Real workbooks (openpyxl) read end to end, and in-process calls of the rules themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.parse.compound import phrase_options, phrase_remarks
from kesu_docs.parse.guards import _MASK
from kesu_docs.terms import Request

WIDTH = 24


# a plain complaint sheet of a customer's own layout (the review's probes; test_review41 reads it too)
COMPLAINT_ROWS: list[list[object]] = [
    ["客户投诉单"],
    ["投诉编号", "KS-2026-0415", "投诉日期", "2026-11-20"],
    ["客户名称", "华辰五金有限公司", "市场", "内销"],
    ["订单号", "PO-2611-088", "料号", "C-2231-07"],
    ["品名", "弹簧垫片", "出货日期", "2026-11-02"],
    ["出货数量", "20000", "不良数量", "360"],
    ["投诉类别", "质量异常"],
    ["问题描述", "电镀发黑"],
    ["客户要求", "退货"],
    ["要求数量", "360"],
]


def _complaint(tmp_path: Path, request: str) -> dict:
    rows = [row if row[:1] != ["客户要求"] else ["客户要求", request] for row in COMPLAINT_ROWS]
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")


@pytest.mark.parametrize(
    "phrase",
    [
        "退货，不能换货就折让",
        "退货，如无法换货则折让",
        "退货，若不能换货就折让",
        "换货，如果不能换货就退货",
        "退货，无法换货时折让",
    ],
)
def test_a_conditional_fallback_is_no_choice_of_both(phrase: str) -> None:
    assert phrase_options(Request, [phrase]) is None


@pytest.mark.parametrize(
    ("phrase", "options", "remarks"),
    [
        ("退货，不需要换货", [Request.RETURN], []),
        ("退货，请尽快处理", [Request.RETURN], ["请尽快处理"]),
        ("退货更换", [Request.RETURN, Request.REPLACEMENT], []),
        ("换货3件", [Request.REPLACEMENT], ["3件"]),
    ],
)
def test_phrases_without_a_condition_read_as_before(phrase: str, options: list, remarks: list) -> None:
    assert phrase_options(Request, [phrase]) == options
    assert phrase_remarks(Request, [phrase]) == remarks


def test_a_conditional_request_in_a_workbook_is_reported_not_valid(tmp_path: Path) -> None:
    doc = _complaint(tmp_path, "退货，不能换货就折让")
    assert doc["record"]["customer_request"] != ["return", "allowance"]
    assert field_codes(doc, "customer_request")  # reported on the field, never silent
    assert not doc["valid"]


@pytest.mark.parametrize(
    "value", ["5530XXXXXXXX8812", "139XXXX0071", "4101xxxxxxxx1234", "7712*8845", "138●●●●5678", "张**"]
)
def test_masks_with_x_or_one_asterisk_are_masks(value: str) -> None:
    assert _MASK.search(value)


@pytest.mark.parametrize("value", ["M6*20", "100*200", "XX-100", "C-2231-07", "KT-15X01", "1200*800"])
def test_sizes_and_codes_are_no_masks(value: str) -> None:
    assert not _MASK.search(value)


@pytest.mark.parametrize("order", ["5530XXXXXXXX8812", "7712*8845"])
def test_an_order_number_masked_with_x_or_one_asterisk_is_warned(tmp_path: Path, order: str) -> None:
    rows: list[list[object]] = [
        ["天猫售后工单"],
        ["售后单号", "20261120-0088", "申请时间", "2026-11-20"],
        ["店铺名称", "绿源厨电天猫旗舰店", "订单编号", order],
        ["买家", "王*", "手机号", "139XXXX0071"],
        ["商品名称", "电热水壶", "问题数量", "1"],
        ["问题描述", "壶底漏水"],
        ["售后类型", "换新"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["order_no"] == order  # kept as written
    assert "value_masked" in field_codes(doc, "order_no")
    assert "value_masked" not in field_codes(doc, "customer")  # the store's name is no mask
