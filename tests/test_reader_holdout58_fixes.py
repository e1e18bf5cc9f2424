"""What the fifty-eighth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A SCAR No. on the supplier's 8D is the request it answers**: on the customer's SCAR form itself
  (titled ``Supplier Corrective Action Request``) the SCAR No. is the report's own number; on an 8D titled as
  the supplier's answer (``8D Report``, ``SCAR Response``) whose own number's label we do not know, it is the
  complaint's number, and the report's number is left for the register — never the customer's number taken
  silently for ours.
- **The words of a request sent again and of a rework in the process trades**: ``重新供货`` / ``重新发货`` /
  ``补寄`` (the goods supplied, shipped, mailed again: resupply, 补货) and ``再加工`` (processed again: rework,
  重工), so that ``退货并重新供货`` is return and resupply, not return with a remark lost, and ``回收再加工`` a rework.
- **Packages typed with what each holds by weight** (``6 桶 × 200 kg``, ``800 bags x 25 kg``) are a count of the
  packages, read and said (``qty_in_packages``) as ``3箱`` is — never the product, never unread; a size times a size
  (``20cm × 500mm``) is no count at all.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _eightd(title: str, own_label: str) -> list[list[Any]]:
    return [
        [title],
        [own_label, "CA-7731-02", "Opened", "2026-09-03"],
        ["Customer", "Westmark Paints Ltd.", "SCAR No.", "SC-4410-19"],
        ["Part No.", "EP-RES-220", "Qty affected", 40],
        ["D2 Problem description", "Resin viscosity above the limit in 4 drums."],
    ]


@pytest.mark.parametrize("title", ["SCAR Reply — 8D Report", "8D REPORT", "Corrective action report (8D)"])
def test_a_scar_number_on_the_suppliers_answer_is_the_complaints(tmp_path, title: str) -> None:
    record = _read(tmp_path, _eightd(title, "Vendor CA Ref."), "8d")["record"]
    assert record["complaint_number"] == "SC-4410-19"
    assert record["number"] != "SC-4410-19"  # the customer's number is never the report's own


@pytest.mark.parametrize(
    "title",
    ["SUPPLIER CORRECTIVE ACTION REQUEST (SCAR) — 8D", "Supplier Corrective Action Request — 8D Response"],
)
def test_a_scar_number_on_the_scar_form_itself_stays_the_reports_own(tmp_path, title: str) -> None:
    rows = _eightd(title, "Vendor CA Ref.")
    rows[1] = ["Supplier", "Hengda Resins Co.", "Opened", "2026-09-03"]
    record = _read(tmp_path, rows, "8d")["record"]
    assert record["number"] == "SC-4410-19"


def test_a_scar_number_beside_the_8ds_own_number_is_unchanged(tmp_path) -> None:
    record = _read(tmp_path, _eightd("8D REPORT", "8D No."), "8d")["record"]
    assert (record["number"], record["complaint_number"]) == ("CA-7731-02", "SC-4410-19")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("退货并重新供货", ["return", "resupply"]),
        ("退貨並重新發貨", ["return", "resupply"]),
        ("補寄短少數量", ["resupply"]),
    ],
)
def test_goods_supplied_again_are_a_resupply(tmp_path, typed: str, expected: list[str]) -> None:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉单号", "TS-0903-11", "投诉日期", "2026-09-03"],
        ["客户名称", "佛山华彩涂料有限公司", "产品型号", "EP-RES-220"],
        ["发货数量", "3,000 kg", "不良数量", "600 kg"],
        ["问题描述", "粘度超标，无法施工。"],
        ["客户要求", typed],
    ]
    record = _read(tmp_path, rows, "complaint")["record"]
    assert record["customer_request"] == expected


def test_a_resin_processed_again_is_a_rework(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "TH-0905-02", "退货日期", "2026-09-05"],
        ["客户", "佛山华彩涂料有限公司", "客诉单号", "TS-0903-11"],
        ["物料编码", "品名", "核准数量", "实退数量", "单价", "金额"],
        ["EP-RES-220", "环氧树脂", 600, 600, 24.5, 14700],
        ["退货原因", "粘度超标"],
        ["处理方式", "回收再加工"],
    ]
    record = _read(tmp_path, rows, "return")["record"]
    assert record["handling"] == ["rework"]


def _drums_return(approved: str, returned: str, heads: tuple[str, str]) -> list[list[Any]]:
    return [
        ["退货单"],
        ["退货单号", "TH-0906-04", "退货日期", "2026-09-06"],
        ["客户", "佛山华彩涂料有限公司", "客诉单号", "TS-0903-11"],
        ["物料编码", "品名", *heads, "单价", "金额"],
        ["EP-RES-220", "环氧树脂", approved, returned, 4900.0, 19600.0],
        ["退货原因", "粘度超标"],
        ["处理方式", "退回"],
    ]


def test_drums_typed_with_their_weight_are_the_drums_counted(tmp_path) -> None:
    doc = _read(tmp_path, _drums_return("4 桶 × 200 kg", "4 桶 × 200 kg", ("核准桶数", "退货桶数")), "return")
    line = doc["record"]["items"][0]
    assert (line["qty_approved"], line["qty_returned"]) == (4, 4)  # the drums, never 800 or 4200
    assert "qty_in_packages" in {p["code"] for p in doc["warnings"] if p["field"] == "items[0].qty_returned"}


def test_a_size_times_a_size_is_no_count_of_packages(tmp_path) -> None:
    doc = _read(tmp_path, _drums_return("20cm × 500mm", "20cm × 500mm", ("核准数量", "实退数量")), "return")
    assert doc["record"]["items"][0]["qty_returned"] is None  # never 20: reported, not read
