"""An amount typed with a currency that is no renminbi is never read as renminbi without a word
(issue 10, never silent; the fifty-fifth held-out set's ``Claim Amount EUR 4,320.00``).

The amount's own reading (values.py) leaves out the yuan's marks (``¥``, ``RMB``, ``人民币``, ``元``)
and, before this round, the euro's code and sign and the dollar's sign as well: ``EUR 4,320.00``,
``€ 1.200,50`` and ``$ 980`` were read as 4320.00, 1200.50 and 980.00 yuan with no warning, where
``USD 500`` or ``JPY 120,000`` were said (``amount_in_currency``). The rule is one now: every amount
field of every form (a complaint's claim and allowance, a return note's and an allowance's lines and
totals) reads such a figure and says its currency; a form with a currency of its own (the allowance)
takes it from the figures, and ``€ 1.200,50`` (a decimal comma) is 1200.50, never 1.2005 or 120050.
``¥`` stays the yuan's on our forms (the yen's sign too, but ``JPY`` / ``円`` / ``日元`` name the yen).
The same for a figure typed in an amount cell whose number format prints another currency
(``"€"#,##0.00``: Excel shows ``€4,320.00``, as its PDF print does) on a form with no currency of its
own, read directly or by a layout profile; the allowance takes such a format as its currency.

Workbooks built here with openpyxl, a PDF drawn with fpdf2.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import field_codes, read_doc, return_note_prices, run_cli, sheet_from_rows, titled_lines_pdf

from kesu_docs.values import other_currency

WIDTH = 20


def _complaint(tmp_path, amount: str) -> dict[str, Any]:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉编号", "KS-2609-043", "受理日期", "2026-09-01"],
        ["客户名称", "苏州恒远电子有限公司", "料号", "HY-2210-07"],
        ["不良描述", "外壳边缘毛刺，装配划手。"],
        ["索赔金额", amount],
    ]
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint", lang="zh")


def _said(doc: dict[str, Any], field: str) -> list[str]:
    return [
        p["message"] for p in doc["warnings"] if p["code"] == "amount_in_currency" and p["field"] == field
    ]


@pytest.mark.parametrize(
    ("typed", "read", "currency"),
    [
        ("EUR 4,320.00", "4320.00", "EUR"),
        ("4,320.00 EUR", "4320.00", "EUR"),
        ("€ 1.200,50", "1200.50", "€"),  # a decimal comma: never 1.2005, never 120050
        ("1.200,50 €", "1200.50", "€"),
        ("€1,200.50", "1200.50", "€"),
        ("$ 980", "980.00", "$"),  # which dollar the sign does not say: none is the yuan
        ("US$1,234.50", "1234.50", "US$"),
        ("JPY 120,000", "120000.00", "JPY"),
        ("HK$ 3,400", "3400.00", "HK$"),
        ("NT$ 18,500", "18500.00", "NT$"),
    ],
)
def test_an_amount_in_another_currency_is_read_and_its_currency_said(tmp_path, typed, read, currency) -> None:
    doc = _complaint(tmp_path, typed)
    assert doc["record"]["loss_amount"] == read
    [message] = _said(doc, "loss_amount")
    assert f"（{currency}）" in message and read in message


@pytest.mark.parametrize(
    "typed", ["¥ 2,300.00", "￥2,300.00", "RMB 2,300.00", "人民币 2,300元", "2,300.00元"]
)
def test_an_amount_in_yuan_is_read_without_a_word(tmp_path, typed) -> None:
    doc = _complaint(tmp_path, typed)
    assert doc["record"]["loss_amount"] == "2300.00"
    assert "amount_in_currency" not in field_codes(doc, "loss_amount")


def test_a_printed_complaint_says_the_euro_too(tmp_path) -> None:
    path = titled_lines_pdf(
        tmp_path / "claim.pdf",
        "客户投诉单",
        [
            ("投诉编号：", "KS-2609-044"),
            ("受理日期：", "2026-09-03"),
            ("客户名称：", "苏州恒远电子有限公司"),
            ("不良描述：", "外壳边缘毛刺。"),
            ("索赔金额：", "€ 1.200,50"),
        ],
    )
    doc = read_doc(path, "complaint", lang="zh")
    assert doc["record"]["loss_amount"] == "1200.50"
    assert _said(doc, "loss_amount")


def test_a_return_notes_lines_in_euros_and_dollars_are_said_line_by_line(tmp_path) -> None:
    doc, prices = return_note_prices(
        tmp_path,
        "xlsx",
        [
            ["HY-2210-07", "Housing", 10, 10, "€ 12,50", "€ 125,00"],
            ["HY-2210-08", "Cover", 4, 4, "$ 5.00", "$ 20.00"],
        ],
        customer="苏州恒远电子有限公司",
    )
    assert prices == [("12.50", "125.00"), ("5.00", "20.00")]
    for field in ("items[0].unit_price", "items[0].amount", "items[1].unit_price", "items[1].amount"):
        assert _said(doc, field), field


def test_an_allowance_in_euros_is_in_euros_its_figures_not_said_one_by_one(tmp_path) -> None:
    """(mends44: was each figure said "not the form's currency") the allowance's figures are all in
    euros: the form is in euros, said once (no amount in renminbi words made for it), its own
    currency's figures not said one by one as another's."""
    rows: list[list[Any]] = [
        ["折让证明单"],
        ["折让单号", "ZR-2609-043", "开具日期", "2026-09-02"],
        ["客户名称", "苏州恒远电子有限公司", "原发票号码", "04471203"],
        ["品名", "数量", "单价", "折让金额", "税额"],
        ["外壳", 10, "EUR 12.00", "EUR 120.00", "EUR 15.60"],
        ["合计", "", "", "EUR 120.00", "EUR 15.60"],
        ["价税合计", "EUR 135.60"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=16), "allowance")
    record = doc["record"]
    assert record["items"][0]["allowance_amount"] == "120.00"
    assert (record["total_excl_tax"], record["total"]) == ("120.00", "135.60")
    assert not [p for p in doc["warnings"] if p["code"] == "amount_in_currency"], doc["warnings"]
    # the form is in euros: no amount in renminbi words is made for it
    assert record.get("total_in_words") in (None, "")
    assert "amount_words_not_derived" in field_codes(doc, "total_in_words")


def test_an_allowance_in_two_currencies_says_each_figure(tmp_path) -> None:
    """(mends44) Renminbi named on the form and figures typed in euros: two currencies, the form's
    one not known — every euro figure said."""
    rows: list[list[Any]] = [
        ["折让证明单"],
        ["折让单号", "ZR-2609-044", "开具日期", "2026-09-02"],
        ["客户名称", "苏州恒远电子有限公司", "原发票号码", "04471204"],
        ["币别", "人民币"],
        ["品名", "数量", "单价", "折让金额", "税额"],
        ["外壳", 10, "EUR 12.00", "EUR 120.00", "EUR 15.60"],
        ["价税合计", "EUR 135.60"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=16), "allowance")
    assert "amount_in_currency" in field_codes(doc, "items[0].allowance_amount"), doc["warnings"]
    assert "amount_in_currency" in field_codes(doc, "total")


def test_a_dollar_sign_on_a_taiwanese_allowance_is_its_own_new_taiwan_dollar(tmp_path) -> None:
    """(mends44) ``$`` on a form in 新臺幣 is the NT$ (every dollar's country writes $): not said as
    another currency; the same figures on a form in renminbi are."""
    head: list[list[Any]] = [
        ["銷貨折讓證明單"],
        ["折讓單號", "ZR-2609-045", "開具日期", "2026-09-02"],
        ["客戶名稱", "台灣恆遠電子股份有限公司", "原發票號碼", "AB04471203"],
    ]
    lines: list[list[Any]] = [
        ["品名", "數量", "單價", "折讓金額", "稅額"],
        ["外殼", 10, "$ 12", "$ 120", "$ 6"],
    ]
    taiwan = read_doc(sheet_from_rows(tmp_path, [*head, ["幣別", "新臺幣"], *lines], width=16), "allowance")
    assert taiwan["record"]["items"][0]["allowance_amount"] == "120.00"
    assert not [p for p in taiwan["warnings"] if p["code"] == "amount_in_currency"], taiwan["warnings"]
    (tmp_path / "yuan").mkdir()
    yuan = read_doc(
        sheet_from_rows(tmp_path / "yuan", [*head, ["幣別", "人民幣"], *lines], width=16), "allowance"
    )
    assert "amount_in_currency" in field_codes(yuan, "items[0].allowance_amount"), yuan["warnings"]


def test_the_marks_the_amount_leaves_out_that_name_no_renminbi() -> None:
    assert [other_currency(t) for t in ("EUR 4,320.00", "4.320,00 eur", "€ 1.200,50", "$ 980")] == [
        "EUR",
        "EUR",
        "€",
        "$",
    ]
    assert [other_currency(t) for t in ("¥1,200", "RMB 500", "1,200元", "Europe", "EURO-PAL", 12.5)] == [
        ""
    ] * 6


def _formatted_complaint(path, amount: float, number_format: str):
    """A complaint whose 索赔金额 is the figure ``amount`` in a cell formatted ``number_format``."""
    from openpyxl import load_workbook

    book = sheet_from_rows(
        path.parent, [["客户投诉单"], *_COMPLAINT_ROWS, ["索赔金额", amount]], path.name, width=WIDTH
    )
    wb = load_workbook(book)
    wb.active["B5"].number_format = number_format
    wb.save(book)
    return book


_COMPLAINT_ROWS: list[list[Any]] = [
    ["投诉编号", "KS-2609-045", "受理日期", "2026-09-04"],
    ["客户名称", "苏州恒远电子有限公司", "料号", "HY-2210-07"],
    ["不良描述", "外壳边缘毛刺。"],
]


@pytest.mark.parametrize(
    ("number_format", "currency"),
    [
        ('"€"#,##0.00', "EUR"),
        ("#,##0.00 [$€-407]", "EUR"),
        ("[$USD] #,##0.00", "USD"),
        ('"NT$"#,##0', "TWD"),
        # (mends44) a bare $ with a Windows locale id: that country's dollar (409 en-US, 1009 en-CA)
        ("[$$-409]#,##0.00", "USD"),
        ("[$$-1009]#,##0.00", "CAD"),
    ],
)
def test_a_figure_formatted_in_another_currency_is_said(tmp_path, number_format, currency) -> None:
    doc = read_doc(_formatted_complaint(tmp_path / "cc.xlsx", 4320, number_format), "complaint", lang="zh")
    assert doc["record"]["loss_amount"] == "4320.00"
    [message] = _said(doc, "loss_amount")
    assert f"（{currency}）" in message


@pytest.mark.parametrize("number_format", ['"¥"#,##0.00', "#,##0.00", '#,##0.00"元"'])
def test_a_figure_formatted_in_yuan_or_plain_is_read_without_a_word(tmp_path, number_format) -> None:
    doc = read_doc(_formatted_complaint(tmp_path / "cc.xlsx", 4320, number_format), "complaint")
    assert doc["record"]["loss_amount"] == "4320.00"
    assert "amount_in_currency" not in field_codes(doc, "loss_amount")


def test_an_allowance_formatted_in_dollars_is_in_dollars_its_figures_not_said_one_by_one(tmp_path) -> None:
    from openpyxl import load_workbook

    rows: list[list[Any]] = [
        ["折让证明单"],
        ["折让单号", "ZR-2609-046", "开具日期", "2026-09-05"],
        ["客户名称", "苏州恒远电子有限公司", "原发票号码", "04471205"],
        ["品名", "数量", "单价", "折让金额", "税额"],
        ["外壳", 10, 12, 120, 15.6],
        ["价税合计", 135.6],
    ]
    book = sheet_from_rows(tmp_path, rows, width=16)
    wb = load_workbook(book)
    for ref in ("C5", "D5", "E5", "B6"):
        wb.active[ref].number_format = "[$USD] #,##0.00"
    wb.save(book)
    doc = read_doc(book, "allowance")
    assert doc["record"]["total"] == "135.60"
    assert not [p for p in doc["warnings"] if p["code"] == "amount_in_currency"]
    assert "amount_words_not_derived" in field_codes(doc, "total_in_words")  # the form's currency: USD


def test_a_layout_profile_says_a_figure_formatted_in_euros(office) -> None:
    first = _formatted_complaint(office / "first.xlsx", 1200, "#,##0.00")
    assert run_cli("learn", first, "--kind", "complaint", "--name", "claims")[0] == 0
    second = _formatted_complaint(office / "second.xlsx", 4320, '"€"#,##0.00')
    doc = read_doc(second, "complaint")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["loss_amount"] == "4320.00"
    assert "amount_in_currency" in field_codes(doc, "loss_amount")


@pytest.mark.parametrize("typed", ["USD 0.004", "$0.004", "€ 0.0025"])
def test_an_amount_past_the_cent_in_another_currency_is_left_unread_never_rounded(tmp_path, typed) -> None:
    doc = _complaint(tmp_path, typed)
    assert doc["record"]["loss_amount"] is None  # never 0.00
    assert {"amount_in_currency", "money_beyond_cents"} <= field_codes(doc, "loss_amount")
