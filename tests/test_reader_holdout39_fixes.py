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


# ------------------------------------------------ a wrapped value's last line over its border
def _grid(xs: tuple[float, ...], ys: tuple[float, ...]) -> list:
    from kesu_docs.parse.pdf_text import Rule

    return [Rule(1, xs[0], y, xs[-1], y) for y in ys] + [Rule(1, x, ys[0], x, ys[-1]) for x in xs]


def test_a_wrapped_value_keeps_its_last_line() -> None:
    """``杭州…齿轮`` / ``有限公司`` in a row 18 points high, the words' boxes as a print's CJK font
    gives them (taller than the glyphs, each line's box over the next): the last line reaches
    more below the row's border than above it, the next row's value right under it — the line is
    the customer's, never the part number's (a silent misread of the customer before)."""
    from kesu_docs.parse.pdf_cells import cells
    from kesu_docs.parse.pdf_text import Word

    words = [
        Word("客户", 1, 54.6, 96.4, 66.8, 108.0),
        Word("杭州前进齿轮箱集团股份", 1, 131.4, 93.0, 197.6, 105.7),
        Word("有限公司", 1, 131.4, 103.1, 158.2, 115.5),
        Word("零件号", 1, 54.6, 110.0, 72.9, 121.3),
        Word("HZ-GR-3107", 1, 131.4, 109.5, 171.6, 115.7),
    ]
    found = {c.text: (c.top, c.bottom) for c in cells(words, _grid((54, 131, 199), (90, 108, 117)))}
    assert found["杭州前进齿轮箱集团股份有限公司"] == (90, 108)
    assert found["HZ-GR-3107"] == (108, 117)


# ------------------------------------------------------------- 改善小組: an 8D's team
def test_the_improvement_team_is_the_8d_team(tmp_path: Path) -> None:
    """``D1 成立改善小组`` (an 8D's improvement team), 改善小組 on a Taiwanese 改善報告書: its members."""
    rows: list[list[object]] = [
        ["改善報告書"],
        ["報告編號", "IR-2611-018", "發行日期", "2026-11-05"],
        ["客戶", "新竹光電股份有限公司", "零件號", "HC-LNS-880"],
        ["改善小組", "陳志明、黃淑芬、張家豪"],
        ["不具合內容", "鏡片表面刮傷 40 PCS。"],
        ["暫定對策", "在庫 1,200 PCS 全數檢查。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")
    assert [m["name"] for m in doc["record"]["team"]] == ["陳志明", "黃淑芬", "張家豪"]
