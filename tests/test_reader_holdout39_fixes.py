"""What the thirty-ninth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A handling phrase holding one option's whole word and another's beginning** (``退回重工``: sent
  back to be reworked) is the option named whole (rework), never the one whose word it only begins
  (退回供应商, a return to the supplier).
- **New Taiwan dollar amounts by the currency's Chinese name**: ``新臺幣 12,600 元``, ``台幣 45 元``
  read as the figure (``元`` closing a figure is the currency only after such a name).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import read_doc, sheet_from_rows

WIDTH = 22


def _return_note(tmp_path: Path, handling: str, price: str, amount: str) -> Path:
    rows: list[list[object]] = [
        ["退貨單"],
        ["退貨單號", "RN-7781-02", "退貨日期", "2026-05-14"],
        ["客戶名稱", "高雄精密機械股份有限公司", "客訴單號", "KH-QA-7781"],
        ["料號", "品名", "核准數量", "實退數量", "單價", "金額"],
        ["KH-SHF-310", "傳動軸", "150", "150", price, amount],
        ["退貨原因", "軸徑超差。"],
        ["處理方式", handling],
    ]
    return sheet_from_rows(tmp_path, rows, width=WIDTH)


@pytest.fixture(scope="module")
def twd_note(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = _return_note(tmp_path_factory.mktemp("twd"), "退回重工", "新臺幣 42 元", "新臺幣 6,300 元")
    return read_doc(path, "return")


def test_a_phrase_naming_one_option_whole_is_that_option(twd_note: dict) -> None:
    assert twd_note["record"]["handling"] == ["rework"]


def test_new_taiwan_dollars_by_their_chinese_name(twd_note: dict) -> None:
    [line] = twd_note["record"]["items"]
    assert (line["unit_price"], line["amount"]) == ("42.00", "6300.00")


@pytest.mark.parametrize(
    ("typed", "figure"),
    [("新臺幣 16,800 元", "16,800"), ("台幣 45 元", "45"), ("NT$ 1.35 元", "1.35"), ("新台币 900", "900")],
)
def test_a_figure_after_the_dollar_s_chinese_name(typed: str, figure: str) -> None:
    from kesu_docs.parse.typed import signed_figure

    assert signed_figure(typed) == figure


@pytest.mark.parametrize("typed", ["1,200元", "USD 5 元", "28 元"])
def test_yuan_after_a_figure_names_no_foreign_currency(typed: str) -> None:
    from kesu_docs.parse.typed import signed_figure

    assert signed_figure(typed) is None


def test_a_phrase_naming_two_options_by_their_beginnings_only_is_left_as_typed() -> None:
    from kesu_docs.forms.return_note import ReturnHandling
    from kesu_docs.parse.compound import _option

    assert _option(ReturnHandling, "退回厂商重工") is None  # 退回厂商 (a return) and 重工 both whole
    assert _option(ReturnHandling, "退回供应商处理") == ReturnHandling.RETURN
