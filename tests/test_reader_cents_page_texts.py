"""Three of holdout12's patterns on files of our own (twelfth round, dev12-rh12c):

- an amount written past the cent (a unit price of ``$0.004`` a piece) is never rounded to
  0.00 silently: it is left unread with a ``money_beyond_cents`` warning — in a General or
  ``0.000`` cell, in a text cell and on a print; a figure whose ``0.00`` format prints it in
  cents (a formula's 160.485 shown 160.49) is read as printed, with no warning;
- a value in the sheet's page header or footer (``&R投诉单号：KS-260305``) is read as the label
  and value it prints; a blank's bare label there (``投诉单号：``) reads nothing;
- a date-time as a Chinese Windows locale writes it (``2026/3/9 下午 02:15:00``) is a date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side

from kesu_docs.parse.xlsx_parts import page_texts, shown_decimals
from kesu_docs.values import beyond_cents, parse_date


def record(path: Path) -> dict:
    code, [doc] = parse_cli(path)
    return doc


def warnings_of(doc: dict, code: str) -> set[str]:
    return {p["field"] for p in doc["warnings"] if p["code"] == code}


# ------------------------------------------------------------------------------- sub-cent amounts
def return_book(path: Path, prices: tuple[object, object], price_format: str = "General") -> Path:
    """A return note of our own whose two lines' unit prices are ``prices`` in ``price_format``."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    for col, width in zip("ABCDEF", (14, 24, 10, 10, 12, 12)):
        ws.column_dimensions[col].width = width
    ws["A1"] = "成品退货单"
    ws["A2"], ws["B2"] = "退货单号", "TH-2612-004"
    ws["A3"], ws["B3"] = "客户名称", "苏州恒达电子有限公司"
    ws["A4"], ws["B4"] = "退货日期", "2026-12-01"
    for col, text in zip("ABCDE", ("料号", "品名", "实退量", "单价", "金额")):
        ws[f"{col}6"] = text
    lines = (
        ("C-0402", "贴片电容 0402", 10000, prices[0], 40),
        ("R-0603", "贴片电阻 0603", 5000, prices[1], 10),
    )
    for row, line in enumerate(lines, start=7):
        for col, value in zip("ABCDE", line):
            ws[f"{col}{row}"] = value
        ws[f"D{row}"].number_format = price_format
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # printed one page wide, as forms are
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


@pytest.mark.parametrize("fmt", ["General", '"$"#,##0.000'])
def test_a_sub_cent_unit_price_in_a_workbook_is_never_read_as_cents(tmp_path, fmt):
    doc = record(return_book(tmp_path / "return.xlsx", (0.004, 0.002), fmt))
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == ["C-0402", "R-0603"]
    assert [i["unit_price"] for i in items] == [None, None]  # never "0.00"
    assert warnings_of(doc, "money_beyond_cents") == {"items[0].unit_price", "items[1].unit_price"}


def test_a_sub_cent_price_typed_as_text_is_warned_too(tmp_path):
    doc = record(return_book(tmp_path / "return.xlsx", ("$0.004", "¥0.0025")))
    assert [i["unit_price"] for i in doc["record"]["items"]] == [None, None]
    assert warnings_of(doc, "money_beyond_cents") == {"items[0].unit_price", "items[1].unit_price"}


def test_a_figure_its_cents_format_prints_rounded_is_read_as_printed(tmp_path):
    # a formula's amount 40.425 under 0.00 prints 40.43: the record holds what the paper shows;
    # a unit price is not (dev12-mpage): its sub-cent part counts on every piece
    from openpyxl import load_workbook

    path = return_book(tmp_path / "return.xlsx", (0.425, 0.2), "0.00")
    wb = load_workbook(path)
    wb.active["E7"], wb.active["E7"].number_format = 40.425, "0.00"
    wb.save(path)
    doc = record(path)
    assert [i["amount"] for i in doc["record"]["items"]][0] == "40.43"
    assert [i["unit_price"] for i in doc["record"]["items"]] == [None, "0.20"]
    assert warnings_of(doc, "money_beyond_cents") == {"items[0].unit_price"}


def test_a_sub_cent_price_on_a_print_is_never_read_as_cents(tmp_path):
    book = return_book(tmp_path / "return.xlsx", (0.004, 0.25), "0.000")
    doc = record(soffice_convert(book, "pdf", tmp_path / "pdf"))
    items = doc["record"]["items"]
    assert [i["unit_price"] for i in items] == [None, "0.25"]  # 0.250 is a quarter, exactly
    assert warnings_of(doc, "money_beyond_cents") == {"items[0].unit_price"}


def test_beyond_cents_reads_a_figure_as_written():
    assert beyond_cents("0.004") and beyond_cents("$0.0025") and beyond_cents(160.485)
    assert not beyond_cents("0.250") and not beyond_cents(0.1 + 0.2) and not beyond_cents(12)
    assert not beyond_cents("about 5") and not beyond_cents(None)


def test_the_decimals_a_number_format_prints():
    assert shown_decimals("#,##0.00") == 2 and shown_decimals('"$"#,##0.000') == 3
    assert shown_decimals("[$¥-804]#,##0.00;[Red]-#,##0.00") == 2 and shown_decimals("0") == 0
    assert shown_decimals('_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)') == 2
    for code in ("General", "0%", "yyyy/m/d", "0.00E+00", "@", ""):
        assert shown_decimals(code) is None, code


# ------------------------------------------------------------------------------- page header and footer
def header_book(path: Path, header: str, footer: str, ruled: bool = False) -> Path:
    """A complaint sheet whose number is in the page header and date received in the footer
    (``ruled``: its label and value cells bordered, as a form's boxes are)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉单"
    ws["A1"] = "客户投诉单"
    rows = (("客户名称", "广汽本田汽车有限公司", "订单编号", "PO-2612-07"),
            ("料号", "YZ-HSG-7731", "交运日期", "2026-11-20"),
            ("交运数量", 2400, "不良数量", 37),
            ("异常描述", "壳体砂眼渗漏", "填表人", "周敏"))  # fmt: skip
    for r, (la, va, lb, vb) in enumerate(rows, start=2):
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = la, va, lb, vb
    if header or footer:
        ws.oddHeader.right.text = header
        ws.oddFooter.left.text = footer
        ws.oddFooter.right.text = "第 &P 页"
    if ruled:
        thin = Side(style="thin")
        for line in ws["A2:D5"]:
            for cell in line:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.save(path)
    return path


def test_values_in_the_page_header_and_footer_are_read(tmp_path):
    doc = record(header_book(tmp_path / "complaint.xlsx", "投诉单号：KS-YZ-261201", "受理日期：2026-12-01"))
    assert doc["kind"] == "complaint"
    assert doc["record"]["number"] == "KS-YZ-261201"
    assert doc["record"]["received_date"] == "2026-12-01"
    assert doc["record"]["customer"] == "广汽本田汽车有限公司"


def test_values_in_a_prints_running_header_and_footer_are_warned_as_on_the_sheet(tmp_path):
    # the print of the sheet: the header's and footer's lines stand above every ruled line in the
    # page's top margin and below every one in its bottom margin — read, and warned the same
    book = header_book(
        tmp_path / "complaint.xlsx", "投诉单号：KS-YZ-261201", "受理日期：2026-12-01", ruled=True
    )
    for src in (book, soffice_convert(book, "pdf", tmp_path / "pdf")):
        doc = record(src)
        assert (doc["record"]["number"], doc["record"]["received_date"]) == ("KS-YZ-261201", "2026-12-01")
        assert warnings_of(doc, "value_from_page_margin") == {"number", "received_date"}, src.suffix


def test_a_blanks_bare_label_in_the_header_reads_nothing(tmp_path):
    doc = record(header_book(tmp_path / "complaint.xlsx", "投诉单号：", "受理日期："))
    assert doc["record"]["number"] is None and doc["record"]["received_date"] is None


def test_page_texts_strip_the_codes():
    xml = (
        '<worksheet><headerFooter><oddHeader>&amp;L&amp;"SimSun,Bold"&amp;12编号：A&amp;&amp;B'
        "&amp;R&amp;B日期：2026/3/5&amp;B</oddHeader><oddFooter>第 &amp;P 页，共 &amp;N 页</oddFooter>"
        "</headerFooter></worksheet>"
    ).encode()
    assert page_texts(xml) == {
        "header": [("left", "编号：A&B"), ("right", "日期：2026/3/5")],
        "footer": [("center", "第  页，共  页")],
    }


# ------------------------------------------------------------------------------- 上午/下午 date-times
@pytest.mark.parametrize(
    "text",
    ["2026/3/9 下午 02:15:00", "2026/3/9 上午 09:40:00", "2026/3/9下午2:15", "2026/3/9 02:15:00 下午"],
)
def test_a_chinese_locales_date_time_is_a_date(text):
    assert parse_date(text) == dt.date(2026, 3, 9)


def test_am_pm_date_times_typed_in_a_workbook_are_read(tmp_path):
    path = header_book(tmp_path / "complaint.xlsx", "", "")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    ws["C3"], ws["D3"] = "交運日期", "2026/11/20 上午 09:40:00"
    ws["A6"], ws["B6"] = "受理日期", "2026/12/1 下午 02:15:00"
    wb.save(path)
    doc = record(path)
    assert doc["record"]["ship_date"] == "2026-11-20"
    assert doc["record"]["received_date"] == "2026-12-01"


# ------------------------------------------------------------------------------- a profile learned on a print
def test_a_profile_learned_on_a_print_places_a_date_printed_d_mmm_yy(tmp_path):
    """A Mac workbook's date cell prints ``11-Mar-26`` (``d-mmm-yy``): told the date as typed
    (2026/3/11), ``learn`` on the print finds the box that printed it."""
    from openpyxl import load_workbook

    from kesu_docs.parse.profile import learn

    path = header_book(tmp_path / "complaint.xlsx", "", "")
    wb = load_workbook(path)
    ws = wb.active
    ws["A6"], ws["B6"] = "受理日期", dt.date(2026, 3, 11)
    ws["B6"].number_format = "d-mmm-yy"
    wb.save(path)
    pdf = soffice_convert(path, "pdf", tmp_path / "pdf")
    profile = learn(pdf, "complaint", {"received_date": '"2026/3/11"'}, {}, name="mac")
    assert profile.fields["received_date"].label == "受理日期"
