"""What the twentieth blind set (tests/holdout20) found read wrong WITHOUT a warning, each on a
form of our own built here as a real workbook (and its LibreOffice print):

- a part or order number a clerk typed with leading zeros into a cell Excel holds as a number,
  shown by a ``0000000`` format: the number is what the sheet shows (``0045120``), as on its print;
- the option a clerk highlighted (its cell filled yellow among printed options) is the choice,
  and a profile learned where the clerk pointed at that copy's highlight follows the next copy's;
- a form laid out right to left (an Arabic–English return note, the sheet's ``rightToLeft``):
  printed, each label stands RIGHT of its value; the print reads as the workbook does, never
  the next label's value beside a label (``Approved by`` took the receiver's name).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, PatternFill, Side
from test_reader_guards import parse, value, warned

from kesu_docs.parse import parse_paths
from kesu_docs.parse.profile import learn
from kesu_docs.parse.rtl import reordered_and_mirrored, right_to_left


# ---------------------------------------------------------------------------------- 1. leading zeros
def _zeros_book(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    rows = [
        ("客戶抱怨處理單",),
        ("客戶名稱", "台灣精密電子股份有限公司", "接獲日期", "2026-03-05"),
        ("品名", "控制板", "料號", 45120),
        ("交貨數量", 1200, "訂單號碼", 781234),
        ("不良數量", 36, "客戶要求", "重工"),
        ("異常描述", "焊點虛焊，客戶產線功能測試不良。"),
        ("填表人", "王曉燕", "主管", "李建國"),
    ]
    for row in rows:
        ws.append(list(row))
    ws["D3"].number_format = "0000000"
    ws["D4"].number_format = "000000000"
    ws["B4"].number_format = "0000"  # a count padded to its width: no zero added, stays 1200
    for col in "ABCD":
        ws.column_dimensions[col].width = 24
    path = tmp_path / "zeros.xlsx"
    wb.save(path)
    return path


def test_a_number_shown_with_leading_zeros_keeps_them_as_the_sheet_shows_it(tmp_path):
    result = parse(_zeros_book(tmp_path), "complaint")
    assert value(result, "part_no") == "0045120"
    assert value(result, "order_no") == "000781234"
    assert value(result, "ship_qty") == 1200


def test_its_print_reads_the_same_numbers(tmp_path):
    pdf = soffice_convert(_zeros_book(tmp_path), "pdf", tmp_path / "pdf")
    result = parse(pdf, "complaint")
    assert value(result, "part_no") == "0045120"
    assert value(result, "order_no") == "000781234"


# ---------------------------------------------------------------------------------- 2. right to left
_THIN = Side(style="thin")
_RTL_ROWS = [
    ("إشعار إرجاع بضاعة / GOODS RETURN NOTE",),
    ("رقم الإرجاع / Return No.", "RTN-DXB-26-0117", "التاريخ / Date", "2026-03-05"),
    ("العميل / Customer", "Al Futtaim Auto Parts LLC", "رقم الشكوى / Complaint No.", "AF-QC-26-0208"),
    ("رقم القطعة / Part No.", "الوصف / Description", "المرتجع / Returned", "المعتمد / Approved"),
    ("AF-FLT-3301", "Oil filter", 1200, 1200),
    ("سبب الإرجاع / Reason", "Gasket not seated; oil leak at assembly."),
    ("الإجراء / Disposition", "إتلاف / Scrap"),
    ("استلمه / Received by", "Rashid Khan", "اعتمده / Approved by", "Omar Haddad"),
]


def _rtl_book(tmp_path: Path, right_to_left_sheet: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    for row in _RTL_ROWS:
        ws.append(list(row))
    ws.sheet_view.rightToLeft = right_to_left_sheet
    for row in ws.iter_rows(min_row=2, max_row=len(_RTL_ROWS), max_col=4):
        for cell in row:
            cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    for col in "ABCD":
        ws.column_dimensions[col].width = 30
    path = tmp_path / "rtl.xlsx"
    wb.save(path)
    return path


def test_a_right_to_left_form_printed_reads_each_label_s_own_value(tmp_path):
    book = _rtl_book(tmp_path)
    pdf = soffice_convert(book, "pdf", tmp_path / "pdf")
    for path in (book, pdf):
        result = parse(path, "return")
        assert value(result, "approved_by") == "Omar Haddad", path
        assert value(result, "warehouse_receiver") == "Rashid Khan", path
        assert value(result, "customer") == "Al Futtaim Auto Parts LLC", path
        assert value(result, "complaint_number") == "AF-QC-26-0208", path
        assert not warned(result, "approved_by"), path


def test_the_same_form_laid_out_left_to_right_is_not_turned(tmp_path):
    pdf = soffice_convert(_rtl_book(tmp_path, right_to_left_sheet=False), "pdf", tmp_path / "pdf")
    result = parse(pdf, "return")
    assert value(result, "approved_by") == "Omar Haddad"
    assert value(result, "warehouse_receiver") == "Rashid Khan"


@dataclass(frozen=True)
class _Cell:
    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


def _row(top: float, *texts: str) -> list[_Cell]:
    return [_Cell(t, 1, 100.0 * i, top, 100.0 * i + 90, top + 10) for i, t in enumerate(texts)]


def test_a_page_is_right_to_left_only_when_its_rows_end_in_that_script():
    # (the Arabic as a PDF gives it, in its glyphs' order: رقم is مقر)
    rtl = [*_row(0, "RTN-1", "مقر / No."), *_row(20, "ACME", "ليمعلا / Customer"), *_row(40, "x", "ببسلا")]
    assert right_to_left(rtl) == {1}
    turned = reordered_and_mirrored(rtl)
    assert [c.text for c in sorted(turned, key=lambda c: (c.top, c.x0))][:2] == ["رقم / No.", "RTN-1"]
    assert turned[1].x1 - turned[1].x0 == 90  # each cell keeps its size
    # labels with their Arabic gloss at the row's start: a left-to-right bilingual form
    ltr = [*_row(0, "No. / مقر", "RTN-1"), *_row(20, "ليمعلا", "ACME"), *_row(40, "ببسلا", "x")]
    assert right_to_left(ltr) == set()
    kept = reordered_and_mirrored(ltr)  # not turned about, only read in order
    assert [(c.text, c.x0) for c in kept][:3] == [("No. / رقم", 0.0), ("RTN-1", 100.0), ("العميل", 0.0)]
    latin = [*_row(0, "No.", "RTN-1"), *_row(20, "Customer", "ACME")]
    assert reordered_and_mirrored(latin) is latin
    # an English form with one Arabic name in it: too few rows say so
    one = [*_row(0, "Customer", "شركة الفطيم"), *_row(20, "No.", "RTN-1"), *_row(40, "Reason", "x")]
    assert right_to_left(one) == set()


# ---------------------------------------------------------------------------------- 3. highlighted option
_GREY = PatternFill("solid", fgColor="D9D9D9")
_YELLOW = PatternFill("solid", fgColor="FFFF00")


def _highlight_book(path: Path, chosen: str, *, all_filled: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    rows = [
        ("客户抱怨处理单",),
        ("编号", "KS-NB-2603-017", "受理日期", "2026-03-10", ""),
        ("客户名称", "宁波均胜电子股份有限公司", "", "", ""),
        ("产品编号", "NB-SW-2210", "产品名称", "方向盘开关", ""),
        ("出货数量", 5000, "不良数量", 45, ""),
        ("不良描述", "按键无回弹，手感发涩。", "", "", ""),
        ("客户要求", "退货", "换货", "折让", "其他"),
        ("填表", "孙丽华", "业务主管", "邵建明", ""),
    ]
    for row in rows:
        ws.append(list(row))
    for row in ws.iter_rows(min_row=2, max_row=len(rows), max_col=1):
        row[0].fill = _GREY
    for cell in ws[7][1:5]:
        if cell.value == chosen or all_filled:
            cell.fill = _YELLOW
    for row in ws.iter_rows(min_row=2, max_row=len(rows), max_col=5):
        for cell in row:
            cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    for col, width in zip("ABCDE", (12, 26, 12, 16, 10), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


@pytest.mark.parametrize(("chosen", "want"), [("换货", ["replacement"]), ("折让", ["allowance"])])
def test_the_option_a_clerk_highlighted_is_the_choice_in_the_sheet_and_its_print(tmp_path, chosen, want):
    book = _highlight_book(tmp_path / "hl.xlsx", chosen)
    pdf = soffice_convert(book, "pdf", tmp_path / "pdf")
    for path in (book, pdf):
        result = parse(path, "complaint")
        assert value(result, "customer_request") == want, path
        # a fill is less sure than a mark (a template may shade one option): said
        assert warned(result, "customer_request", "low_confidence"), path


def test_options_all_filled_alike_are_no_choice(tmp_path):
    result = parse(_highlight_book(tmp_path / "hl.xlsx", "", all_filled=True), "complaint")
    assert not result.record or value(result, "customer_request") in (None, [])
    assert warned(result, "customer_request") or not value(result, "customer_request")


def test_a_profile_learned_where_the_clerk_highlighted_reads_the_next_copy_s_highlight(office):
    first = _highlight_book(office / "first.xlsx", "换货")
    # the clerk says where the request is: the cell highlighted on this copy
    profile = learn(first, "complaint", {"customer_request": "客诉!C7"})
    (office / "profiles" / "hl.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = _highlight_book(office / "second.xlsx", "折让")
    doc = parse_paths([second], kind="complaint")[0].to_dict("en")
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    assert doc["record"]["customer_request"] == ["allowance"]


# ---------------------------------------------------------------------------------- 4. two pages
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def _two_page_allowance(path: Path, title_marked: bool) -> Path:
    """An allowance certificate whose lines run on over the page break: ``（接下頁）`` under page
    1's lines, page 2 opening with the title again (marked ``（續）`` or not), the number and
    ``第 2 頁 / 共 2 頁``, then the header repeated over the last lines and the totals."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", "", str(CJK))
    columns = ((20, "品名"), (80, "數量"), (110, "單價"), (140, "金額"), (170, "營業稅額"))

    def header(y: float) -> None:
        for x, name in columns:
            pdf.text(x, y, name)

    def line(y: float, n: int) -> None:
        qty, price = 100 + 10 * n, 2 + n
        for (x, _), text in zip(
            columns,
            (f"零件{n:02d}", str(qty), f"{price:.2f}", f"{qty * price:,}", f"{qty * price // 20:,}"),
            strict=True,
        ):
            pdf.text(x, y, text)

    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(60, 20, "營業人銷貨折讓證明單")
    pdf.set_font("cjk", size=10)
    pdf.text(20, 32, "折讓單號： ZR-HC-2603-07")
    pdf.text(110, 32, "開立日期： 115年3月27日")
    pdf.text(20, 40, "買受人： 緯創資通股份有限公司")
    pdf.text(110, 40, "統一編號： 70729591")
    pdf.text(20, 48, "原發票號碼： HC-51230987")
    pdf.text(110, 48, "發票日期： 115年3月2日")
    header(60)
    for n in range(1, 10):
        line(60 + 8 * n, n)
    pdf.text(140, 60 + 8 * 10, "（接下頁）")
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(55, 20, "營業人銷貨折讓證明單" + ("（續）" if title_marked else ""))
    pdf.set_font("cjk", size=10)
    pdf.text(20, 30, "折讓單號：ZR-HC-2603-07")
    pdf.text(60, 30, "第 2 頁 / 共 2 頁")
    header(42)
    for n in range(10, 13):
        line(42 + 8 * (n - 9), n)
    pdf.text(20, 80, "經理： 翁世昌")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("title_marked", [True, False])
def test_lines_go_on_under_the_header_repeated_after_the_page_break(tmp_path, title_marked):
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    result = parse(_two_page_allowance(tmp_path / "two.pdf", title_marked), "allowance")
    items = value(result, "items")
    assert [i["name"] for i in items] == [f"零件{n:02d}" for n in range(1, 13)]
    assert items[-1]["qty"] == 220 and items[-1]["unit_price"] == "14.00"


# ---------------------------------------------------------------------------------- 5. 问题数量
def test_an_8d_s_problem_quantity_is_the_quantity_complained(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in [
        ("8D 问题解决报告",),
        ("报告编号", "8D-WH-2603-022", "发起日期", "2026-03-16"),
        ("客户", "东风汽车零部件（集团）有限公司", "客诉编号", "DF-CS-260314"),
        ("零件号", "WH-GSK-7102", "问题数量", 320),
        ("D2 问题描述", "密封垫压缩永久变形超标，渗油 320 件。"),
    ]:
        ws.append(list(row))
    for col in "ABCD":
        ws.column_dimensions[col].width = 24
    wb.save(tmp_path / "8d.xlsx")
    assert value(parse(tmp_path / "8d.xlsx", "8d"), "problem.qty_complained") == 320
