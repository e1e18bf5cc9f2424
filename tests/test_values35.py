"""Values the reader misread or said twice (issue 10: never silent), each rule read on a small
workbook made here with openpyxl (and, for the sign-headed column, its LibreOffice print).

- **The word joining a day to its month**: a word the CLDR's date formats write there (``5 de
  marzo de 2026``, ``d 'di' MMMM``) is sure; any other short word (``12 до марта 2026``, until
  March; ``5 bis März 2026``) reads the date and says it, naming the word (``date_link_unsure``).
- **One warning per fact**: ``1.2万`` under ``不良数量(K)`` is read in its own unit and said once
  (``unit_conflict``, with the figure read), never again as a scale word (``qty_scaled``).
- **A grouped count before a scale word**: ``1.000 Tausend`` is 1000 × 1000, said (``qty_scaled``).
- **A column headed by a currency sign alone** (``¥``, ``NT$``) beside the table's other headers is
  an allowance line's amount; a sign followed by digits one a box on its row is a figure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, landscape_book, read_doc, sheet_from_rows, soffice_convert


def _complaint(date: Any = "2026-04-21", qty_label: str = "不良数量", qty: Any = 48) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-HZ-2604-031", "接收日期", date],
        ["客户名称", "杭州临安汽配有限公司", "订单号", "LA-PO-2604-118"],
        ["料号", "HZ-BRK-3302"],
        [qty_label, qty, "交货数量", 2_400_000],
        ["不良描述", "支架焊点开裂，客户来料检验发现。"],
    ]


def _warning(doc: dict[str, Any], field: str, code: str) -> dict[str, Any]:
    [found] = [p for p in doc["warnings"] if p.get("field") == field and p["code"] == code]
    return found


# ------------------------------------------------------------ the word joining a day to a month
@pytest.mark.parametrize(
    ("written", "word", "date"),
    [("12 до марта 2026", "до", "2026-03-12"), ("5 bis März 2026", "bis", "2026-03-05")],
)
def test_a_day_joined_to_its_month_by_an_unknown_word_is_read_and_said(
    tmp_path: Path, written: str, word: str, date: str
) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _complaint(written), "link.xlsx", width=18), "complaint")
    assert doc["record"]["received_date"] == date
    assert f"'{word}'" in _warning(doc, "received_date", "date_link_unsure")["message"]


def test_a_joining_word_of_the_cldrs_date_formats_is_sure(tmp_path: Path) -> None:
    doc = read_doc(
        sheet_from_rows(tmp_path, _complaint("5 de marzo de 2026"), "de.xlsx", width=18), "complaint"
    )
    assert doc["record"]["received_date"] == "2026-03-05"
    assert not field_codes(doc, "received_date")


def test_the_sure_links_are_the_cldrs_less_its_range_words() -> None:
    from kesu_docs.month_names import day_month_links
    from kesu_docs.values import unsure_link

    assert {"de", "di"} <= day_month_links()  # d 'de' MMMM (es, pt …), d 'di' MMMM (it's neighbours)
    assert "a" not in day_month_links()  # Portuguese's range (5 a 7 de março), never a sure link
    assert unsure_link("5 di marzo 2026") is None
    assert unsure_link("5 to March 2026") == "to"
    assert unsure_link("12 до марта 2026") == "до"


# ------------------------------------------------------------------ one warning per fact
def test_a_value_in_its_own_unit_under_a_scaled_label_is_said_once(tmp_path: Path) -> None:
    rows = _complaint(qty_label="不良数量(K)", qty="1.2万")
    doc = read_doc(sheet_from_rows(tmp_path, rows, "own.xlsx", width=18), "complaint")
    assert doc["record"]["defect_qty"] == 12000
    assert field_codes(doc, "defect_qty") == {"unit_conflict"}  # never qty_scaled beside it
    assert "12000" in _warning(doc, "defect_qty", "unit_conflict")["message"]


# ------------------------------------------------------- a grouped count before a scale word
@pytest.mark.parametrize(
    ("written", "read"),
    [("1.000 Tausend", 1_000_000), ("1,5 Tausend", 1500), ("1.5 thousand", 1500)],
)
def test_a_grouped_or_decimal_count_before_a_scale_word(tmp_path: Path, written: str, read: int) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _complaint(qty=written), "scale.xlsx", width=18), "complaint")
    assert doc["record"]["defect_qty"] == read
    assert "qty_scaled" in field_codes(doc, "defect_qty")


# ------------------------------------------------------------ a column headed by a sign alone
def _allowance(sign: str) -> list[list[Any]]:
    return [
        ["销售折让单"],
        ["折让单号", "ZR-HZ-2604-012", "开具日期", "2026-04-28"],
        ["购买方", "杭州临安汽配有限公司", "客诉编号", "LA-QA-260421"],
        ["货物名称", "数量", "单价", sign, "税额"],
        ["支架", 1200, 3.5, 4200, 546],
        ["垫片", 800, 0.75, 600, 78],
        ["合计", None, None, 4800, 624],
    ]


@pytest.mark.parametrize("sign", ["¥", "NT$", "€"])
def test_a_column_headed_by_a_currency_sign_alone_is_the_amount(tmp_path: Path, sign: str) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _allowance(sign), "sign.xlsx", width=16), "allowance")
    assert [i["allowance_amount"] for i in doc["record"]["items"]] == ["4200.00", "600.00"]


def test_a_column_headed_by_a_sign_is_the_amount_on_the_print(tmp_path: Path) -> None:
    book = sheet_from_rows(tmp_path, _allowance("¥"), "sign.xlsx", width=16)
    doc = read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "allowance")
    assert [i["allowance_amount"] for i in doc["record"]["items"]] == ["4200.00", "600.00"]


def test_a_sign_before_digits_one_a_box_is_a_figure_no_header(tmp_path: Path) -> None:
    """``合计 | ¥ | 4 | 8 | 0 | 0 | 0 | 0`` under the table: the total written out, never a header."""
    rows = _allowance("¥")
    rows[-1] = ["合计", "¥", 4, 8, 0, 0, 0, 0]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "boxes.xlsx", width=16), "allowance")
    assert [i["allowance_amount"] for i in doc["record"]["items"]] == ["4200.00", "600.00"]


def test_a_sign_before_digits_one_a_box_beside_a_column_name_is_no_header(tmp_path: Path) -> None:
    """``税额 | ¥ | 6 | 2 | 4 | 0 | 0 | 0`` under its places: a column's name on the row, but the
    sign goes on in digits one a box — a figure written out, never a header row nor a label with
    its value (827640 read into a line, silently)."""
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["证明单号", "ZR-HZ-2604-019", None, "开具日期", "2026-04-28"],
        ["购买方", "杭州临安汽配有限公司", None, "原发票号码", "33107465"],
        [None, "十万", "万", "千", "百", "十", "元", "角", "分"],
        ["税额", "", "¥", "6", "2", "4", "0", "0", "0"],
    ]
    widths = {"A": 20, **{chr(ord("B") + i): 6 for i in range(8)}}
    doc = read_doc(landscape_book(tmp_path / "tax.xlsx", rows, widths, grid=True), "allowance")
    assert doc["record"]["items"] is None


def test_a_figure_after_its_sign_in_a_line_is_no_header_of_the_amount(tmp_path: Path) -> None:
    """``US$ (1,250.00)`` in the first line (the credit in brackets): the sign alone's key matched
    it (0.87, the bracket read as a gloss), the line became a header and the next line the first,
    silently (holdout7's credit memo, at the merge). A sign heads a column only when it stands alone."""
    rows: list[list[Any]] = [
        ["CREDIT MEMO"],
        ["Credit Memo #", "CM-260320-07", "Memo Date", "2026-03-20"],
        ["Bill To", "Foxlink Interconnect Technology"],
        ["Original Invoice #", "INV-88120", "Invoice Date", "2026-02-26"],
        ["Description", "Qty", "Unit Price", "Credit Amount", "Reason"],
        ["Hex standoff M3x10 brass", 5000, "US$ 0.25", "US$ (1,250.00)", "Plating defect"],
        ["Cable tie 200 mm UV", 20000, "US$ 0.03", "US$ (600.00)", "Price adjustment"],
        [None, None, "Total Credit", "US$ (1,850.00)"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "memo.xlsx", width=24), "allowance")
    items = doc["record"]["items"]
    assert [i["name"] for i in items][:2] == ["Hex standoff M3x10 brass", "Cable tie 200 mm UV"]
    assert items[0]["qty"] == 5000
