"""Figures an allowance derives when the form leaves them blank, on other companies' layouts:
the amount in words is written in the currency the form shows (新臺幣 on a Taiwanese form),
never made up in 人民币 for one it is not in (US dollars: not derived, said); a tax rate left
blank on a print read through a profile, which every line's tax confirms, is one note — not
an unread field that puts every total in doubt."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import needs_soffice, parse_cli, run_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, PatternFill, Side

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")
THIN = Side(style="thin")


def allowance(
    path: Path, money: str, header: list[tuple[str, object]], lines: list[tuple], heads: tuple[str, ...]
) -> Path:
    """An allowance sheet: a title, header fields, a line table; no totals, no amount in words."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Allowance"
    ws["A1"] = money
    for r, (label, value) in enumerate(header, start=2):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    top = len(header) + 3
    for c, head in enumerate(heads, start=1):
        ws.cell(top, c, head).fill = SHADE
    for r, line in enumerate(lines, start=top + 1):
        for c, value in enumerate(line, start=1):
            ws.cell(r, c, value)
    for col, width in zip("ABCDE", (12, 18, 8, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2, max_row=top + len(lines), max_col=len(heads)):
        for cell in row:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    wb.save(path)
    return path


TAIWAN = [
    ("折讓單號", "AL-2609-0061"),
    ("客訴單號", "CQ-26-0940"),
    ("開單日期", "2026/9/8"),
    ("買受人", "瑞昌電腦股份有限公司"),
    ("買受人統一編號", "04541302"),
    ("原發票號碼", "ZX40119301"),
    ("發票日期", "2026/8/28"),
]


def test_the_derived_amount_in_words_is_in_the_new_taiwan_dollars_the_form_shows(tmp_path):
    path = allowance(
        tmp_path / "tw.xlsx",
        "銷貨折讓證明單",
        TAIWAN,
        [("連接器 24P", 20000, "0.80", "16,000", "800")],
        ("品名", "數量", "單價", "折讓金額(新臺幣)", "營業稅"),
    )
    [result] = parse_paths([path], kind="allowance")
    record = result.to_dict("en")["record"]
    assert record["total"] == "16800.00"
    assert record["total_in_words"] == "新臺幣壹萬陸仟捌佰元整"


def test_no_amount_in_words_is_made_up_for_a_form_in_us_dollars_and_that_is_said(tmp_path):
    path = allowance(
        tmp_path / "usd.xlsx",
        "CREDIT MEMO",
        [
            ("Credit Memo No.", "CM-26-0101"),
            ("Date", "2026-09-03"),
            ("Bill To", "Kessler Antriebstechnik GmbH"),
            ("VAT No.", "DE 287 445 190"),
            ("Ref. Invoice", "INV-26-1901"),
            ("Invoice Date", "2026-08-26"),
        ],
        [("BLDC motor 57BL-60", 2000, "0.85", "1,700.00", "221.00")],
        ("Description", "Qty", "Unit Price (USD)", "Credit Amount", "VAT"),
    )
    [result] = parse_paths([path], kind="allowance")
    doc = result.to_dict("en")
    assert doc["record"]["total"] == "1921.00"
    assert doc["record"]["total_in_words"] is None  # never 人民币壹仟玖佰贰拾壹元整
    (said,) = [w for w in doc["warnings"] if w["code"] == "amount_words_not_derived"]
    assert said["field"] == "total_in_words" and "USD" in said["message"]


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    return tmp_path


@needs_soffice
def test_a_blank_tax_rate_every_lines_tax_confirms_is_one_note_not_every_total_in_doubt(office):
    def sheet(path: Path, rate: object) -> Path:
        header = [
            ("编号", "ZR-2609-004"),
            ("客诉编号", "CC-2609-012"),
            ("开单日期", "2026-09-08"),
            ("销货人", "宏碩電子股份有限公司"),
            ("买受人", "瑞昌電腦股份有限公司"),
            ("原发票号码", "QK38715521"),
            ("原发票日期", "2026-08-28"),
            ("税率", rate),
        ]
        lines = [("充电模组", 100, "5.00", "500.00", "25.00"), ("线材", 20, "3.00", "60.00", "3.00")]
        return allowance(path, "销货折让证明单", header, lines, ("品名", "数量", "单价", "折让金额", "税额"))

    first = sheet(office / "first.xlsx", "5%")
    assert run_cli("learn", first, "--kind", "allowance", "--set", "tax_rate=B9")[0] == 0
    (office / "copy").mkdir()
    second = sheet(office / "copy" / "second.xlsx", None)
    _, (doc,) = parse_cli(soffice_convert(second, "pdf", office / "copy"))
    assert doc["record"]["tax_rate"] == "0.05" and doc["record"]["total"] == "588.00"
    on_rate = [w["code"] for w in doc["warnings"] if w["field"] == "tax_rate"]
    assert on_rate == ["tax_rate_from_lines"]
    assert not [w for w in doc["warnings"] if w["code"] == "derived_value_in_doubt"]


def test_a_blank_rate_is_the_one_the_stated_total_tax_was_computed_at_when_lines_carry_no_tax(tmp_path):
    """``Subtotal 3,850.00 / Sales Tax 6% 231.00``: the rate is 6 %, not the company's 13 %
    (which would make the stated tax and total wrong)."""
    path = allowance(
        tmp_path / "debit.xlsx",
        "DEBIT MEMO",
        [
            ("Debit Memo No.", "DM-26-1044"),
            ("Date", "2026-09-14"),
            ("Vendor:", "Ningbo Hengda Fan Motor Co., Ltd."),
            ("Buyer:", "Lakeside Air Systems Inc."),
            ("Invoice No.", "HD-26-08871"),
            ("Invoice Date", "2026-08-27"),
        ],
        [("Fan motor FM-120", 2000, "1.40", "2,800.00"), ("Fan motor FM-160", 500, "2.10", "1,050.00")],
        ("Description", "Qty", "Unit Price", "Amount"),
    )
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    for r, (label, value) in enumerate(
        [("Subtotal", "3,850.00"), ("Sales Tax 6%", "231.00"), ("Total", "4,081.00")], start=14
    ):
        ws.cell(r, 3, label)
        ws.cell(r, 4, value)
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    doc = result.to_dict("en")
    assert doc["record"]["tax_rate"] == "0.06"
    assert not [e for e in doc["errors"] if e["code"] in ("total_mismatch", "line_tax_mismatch")]
