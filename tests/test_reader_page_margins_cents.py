"""Mends after the twelfth round's second attack (dev12-mpage), on files of our own:

- the page header and footer print the same on every copy of a template: a value read there
  carries ``value_from_page_margin``; the template's own lines — a document-control date
  (``发行日期：2026-03-01``, ``Effective date: …``) and its sign-off (``核准：张三 | 审核：李四``,
  ``Approved by: …``) — are never read as the complaint's date or people;
- a sub-cent figure is never read as what its cents format prints when that hides it: a unit
  price (its sub-cent part counts on every piece) or a figure rounded to nothing (0.004 under
  ``0.00``); a format with conditions (``[>=1]0.00;0.0000``) prints no known decimals.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side

from kesu_docs.parse.rows import template_caption
from kesu_docs.parse.xlsx_parts import shown_decimals

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def record(path: Path) -> dict:
    code, [doc] = parse_cli(path)
    return doc


def warned(doc: dict, code: str) -> set[str]:
    return {p["field"] for p in doc["warnings"] if p["code"] == code}


def complaint_book(path: Path, header: dict[str, str], footer: dict[str, str], received: str | None) -> Path:
    """A ruled complaint sheet of our own whose page header/footer sections are given."""
    wb = Workbook()
    ws = wb.active
    ws.title = "抱怨单"
    rows = (("客诉单号", "KS-2611-014", "接收日期", received),
            ("客户名称", "宁波海天精工有限公司", "料号", "HT-3307-B"),
            ("出货日期", "2026-10-28", "出货数量", 1200),
            ("不良数量", 18, "客户要求", "换货"),
            ("问题描述", "端子氧化发黑", None, None),
            ("业务", "陈立", None, None))  # fmt: skip
    ws["A1"] = "客户抱怨处理单"
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value).border = _BOX
    for col, width in zip("ABCD", (14, 26, 14, 26)):
        ws.column_dimensions[col].width = width
    for side, text in header.items():
        getattr(ws.oddHeader, side).text = text
    for side, text in footer.items():
        getattr(ws.oddFooter, side).text = text
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "footer",
    [
        {"right": "发行日期：2026-03-01"},
        {"left": "Effective date: 2026-03-01"},
        {"right": "修订日期：2026-03-01"},
    ],
)
def test_a_templates_document_control_date_is_never_the_date_received(tmp_path, footer):
    doc = record(complaint_book(tmp_path / "c.xlsx", {}, footer, None))
    assert doc["record"]["received_date"] is None
    assert doc["record"]["number"] == "KS-2611-014"


def test_a_templates_sign_off_in_the_footer_names_nobody(tmp_path):
    footer = {"left": "核准：张三", "center": "审核：李四", "right": "制表：王五"}
    doc = record(complaint_book(tmp_path / "c.xlsx", {}, footer, "2026-11-03"))
    rec = doc["record"]
    assert "张三" not in str(rec) and "李四" not in str(rec) and "王五" not in str(rec)
    assert rec["sales_supervisor"] == "陈立" and rec["received_date"] == "2026-11-03"  # 业务: the sales side


def test_a_value_read_from_the_page_margin_is_warned(tmp_path):
    doc = record(complaint_book(tmp_path / "c.xlsx", {"right": "接收日期：2026-11-03"}, {}, None))
    assert doc["record"]["received_date"] == "2026-11-03"
    assert warned(doc, "value_from_page_margin") == {"received_date"}
    assert not warned(
        record(complaint_book(tmp_path / "d.xlsx", {}, {}, "2026-11-03")), "value_from_page_margin"
    )


def test_template_captions():
    for label in (
        "发行日期",
        "生效日期",
        "Effective date",
        "Issue date",
        "核准",
        "审核",
        "制表",
        "Approved by",
    ):
        assert template_caption(label), label
    for label in ("接收日期", "客诉单号", "Date received", "客户名称"):
        assert not template_caption(label), label


# ------------------------------------------------------------------------------- sub-cent under cents
def allowance_like_return(path: Path, price: float, price_format: str, amount_format: str = "0.00") -> Path:
    """A return note of our own with one line: 5000 pieces at ``price`` in ``price_format``."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    for col, width in zip("ABCDE", (14, 24, 10, 12, 12)):
        ws.column_dimensions[col].width = width
    ws["A1"] = "成品退货单"
    ws["A2"], ws["B2"] = "退货单号", "TH-2611-031"
    ws["A3"], ws["B3"] = "客户名称", "厦门宏发电声股份有限公司"
    ws["A4"], ws["B4"] = "退货日期", "2026-11-20"
    for col, text in zip("ABCDE", ("料号", "品名", "实退量", "单价", "金额")):
        ws[f"{col}6"] = text
    for col, value in zip("ABCDE", ("K-12", "继电器触点", 5000, price, 20)):
        ws[f"{col}7"] = value
    ws["D7"].number_format = price_format
    ws["E7"].number_format = amount_format
    wb.save(path)
    return path


@pytest.mark.parametrize("fmt", ["0.00", "#,##0.00", "[>=1]0.00;0.0000"])
def test_a_sub_cent_unit_price_under_a_cents_format_is_warned(tmp_path, fmt):
    doc = record(allowance_like_return(tmp_path / "r.xlsx", 0.004, fmt))
    assert doc["record"]["items"][0]["unit_price"] is None  # never "0.00"
    assert warned(doc, "money_beyond_cents") == {"items[0].unit_price"}


def test_a_conditional_format_has_no_known_decimals():
    assert shown_decimals("[>=1]0.00;0.0000") is None and shown_decimals("[<0.01]0.0000;0.00") is None
    assert shown_decimals("[Red]#,##0.00") == 2


def test_a_running_footers_template_lines_on_a_print_are_never_read(tmp_path):
    """The print of a two-page sheet repeats the footer on each page: its issue date and its
    sign-off are the template's, read neither as the date received nor as the approvers."""
    from openpyxl import load_workbook
    from openpyxl.worksheet.pagebreak import Break

    footer = {"left": "核准：张三", "center": "发行日期：2026-03-01", "right": "审核：李四"}
    path = complaint_book(tmp_path / "c.xlsx", {}, footer, None)
    wb = load_workbook(path)
    wb.active.row_breaks.append(Break(id=4))  # printed on two pages: the footer runs on both
    wb.save(path)
    doc = record(soffice_convert(path, "pdf", tmp_path / "pdf"))
    rec = doc["record"]
    assert rec["number"] == "KS-2611-014" and rec["sales_supervisor"] == "陈立"
    assert rec["received_date"] is None and rec["approver"] is None
    assert "张三" not in str(rec) and "李四" not in str(rec)
