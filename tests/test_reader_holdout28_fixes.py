"""What the twenty-eighth held-out set showed the reader lacked (issue 10), each rule read on
forms of our own, as Excel and as LibreOffice's PDF print of it.

- **A header's row of units** (``箱 | 箱 | USD/箱 | USD`` under the column names, a header of
  group, name and unit rows): no item line — it was read as line 1 and every line shifted down
  one without a word (silent).
- **Dates** in Igbo (``9 Ọgọọst 2026``; dateparser's ``Eprel``), Xhosa (``Matshi``), Oromo
  (``Bitootessa``; glibc's ``Elba``), Tajik (``11 июни 2026``: the izafe ``-и``), Fijian
  (``Okotova``), Hawaiian (``ʻOkakopa``) and Cebuano (``ika-7 sa Hunyo 2026``: the ordinal
  ``ika-``, ``sa`` before the month); **a weekday** of those languages before the date
  (``Mvulo, 9 Novemba 2026``: checked against the date).
- **Counts** in ``mpempe`` (Igbo), ``iziqwenga`` (Xhosa), ``meeshaa`` (Oromo), ``tiki`` (Fijian),
  ``ʻāpana`` (Hawaiian), ``ka buok`` (Cebuano: the linker ``ka`` before the word).
- **The birr and the somoni after the figure** (``2,150.00 Birr``, ``18 400,00 сомонӣ``).
- **A code and its legend**: ``C`` beside ``客户要求（代码）`` is what the legend's ``C=特采`` says.
- **Labels** ``销售经理`` (a complaint's), ``緊急處置``, ``销售方负责人`` (a credit note's manager).

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import assert_counted_complaint, book_as, cjk_pdf, field_codes, landscape_book, read_doc
from openpyxl.styles import Border, Side

FORMS = ["xlsx", "pdf"]


# ----------------------------------------------------------------------- a row of units
@pytest.mark.parametrize("form", FORMS)
def test_a_headers_row_of_units_is_no_item_line(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-NB-2607-031", "退货日期", dt.datetime(2026, 7, 14)],
        ["客户", "宁波拓普集团股份有限公司", "客诉单号", "TP-QA-260709"],
        ["物料", None, "数量", None, "金额（美元）", None],
        ["物料编码", "物料名称", "核准数量", "退回数量", "单价", "金额"],
        [None, None, "箱", "箱", "USD/箱", "USD"],
        ["TP-ALU-7101", "铝锭", 250, 240, 2.5, 600],
        ["TP-CU-7102", "铜排", 80, 80, 9.75, 780],
        ["退货原因", "成分超标。"],
    ]
    widths = {"A": 18, "B": 30, "C": 16, "D": 16, "E": 16, "F": 16}
    path = landscape_book(tmp_path / "rt.xlsx", rows, widths)
    book = openpyxl.load_workbook(path)
    thin = Side(style="thin")
    for row in book.active["A4:F8"]:  # the table ruled, as a form prints it
        for cell in row:
            cell.border = Border(thin, thin, thin, thin)
    for group in ("A4:B4", "C4:D4", "E4:F4"):  # the group row's names over their columns
        book.active.merge_cells(group)
    book.save(path)
    doc = read_doc(book_as(path, form), "return")
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == ["TP-ALU-7101", "TP-CU-7102"]
    assert [(i["qty_approved"], i["qty_returned"]) for i in items] == [(250, 240), (80, 80)]
    assert [(i["unit_price"], i["amount"]) for i in items] == [("2.50", "600.00"), ("9.75", "780.00")]


@pytest.mark.parametrize(
    ("texts", "units"),
    [
        (["PCS", "PCS", "元/PCS", "元"], True),
        (["kg", "USD/kg"], True),
        (["pcs"], False),  # (one cell: a line's unit column)
        (["PCS", "500"], False),
        (["铝锭", "KG"], False),
    ],
)
def test_what_a_row_of_units_is(texts: list[str], units: bool) -> None:
    from kesu_docs.parse.units import units_row

    assert units_row(texts) is units


# ------------------------------------------------------------------------ dates and counts
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("9 Ọgọọst 2026", "2026-08-09"),  # Igbo
        ("21 Eprel 2026", "2026-04-21"),  # (dateparser's spelling)
        ("17 Matshi 2026", "2026-03-17"),  # Xhosa
        ("30 Bitootessa 2026", "2026-03-30"),  # Oromo (the CLDR)
        ("2 Elba 2026", "2026-04-02"),  # (glibc's om_ET)
        ("11 июни 2026", "2026-06-11"),  # Tajik: the izafe
        ("9 апрели 2026", "2026-04-09"),  # (April's)
        ("14 Okotova 2026", "2026-10-14"),  # Fijian
        ("14 ʻOkakopa 2026", "2026-10-14"),  # Hawaiian
        ("ika-7 sa Hunyo 2026", "2026-06-07"),  # Cebuano
        ("Mvulo, 9 Novemba 2026", "2026-11-09"),  # a Xhosa Monday
        ("Poʻakahi, 9 Nowemapa 2026", "2026-11-09"),  # a Hawaiian Monday
    ],
)
def test_dates_of_more_languages(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize("text", ["Lwesine, 9 Novemba 2026", "ika- sa Hunyo 2026", "Mvulo, 2026"])
def test_no_date_where_the_weekday_disagrees_or_no_day_is_written(text: str) -> None:
    """9 November 2026 is a Monday, not a Thursday (Lwesine): no date to guess between."""
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("received", "delivered", "defective", "date", "counts"),
    [
        ("9 Ọktoba 2026", "2,400 mpempe", "60 mpempe", "2026-10-09", [2400, 60]),
        ("Mvulo, 9 Novemba 2026", "3 600 iziqwenga", "72 iziqwenga", "2026-11-09", [3600, 72]),
        ("2 Elba 2026", "5,000 meeshaa", "125 meeshaa", "2026-04-02", [5000, 125]),
        ("14 Okotova 2026", "8,000 tiki", "40 tiki", "2026-10-14", [8000, 40]),
        ("14 ʻOkakopa 2026", "1,800 ʻāpana", "18 ʻāpana", "2026-10-14", [1800, 18]),
        ("ika-7 sa Hunyo 2026", "900 ka buok", "27 ka buok", "2026-06-07", [900, 27]),
    ],
)
def test_a_complaint_in_the_languages_dates_and_counts(
    tmp_path: Path, form: str, received: str, delivered: str, defective: str, date: str, counts: list[int]
) -> None:
    about = ("CC-26-1109", "Addis Cable Works", "AC-LUG-5507", "Lugs crack when crimped.")
    assert_counted_complaint(tmp_path, form, (received, delivered, defective), (date, counts), about)


# -------------------------------------------------------------------- birr and somoni
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sign", "price", "amount"), [("Birr", "215.00", "2,150.00"), ("сомонӣ", "1 840,00", "18 400,00")]
)
def test_the_birr_and_the_somoni_after_the_figure(
    tmp_path: Path, form: str, sign: str, price: str, amount: str
) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-26-0714", "Date", "2026-07-14"],
        ["Customer", "Awash Motors", "Complaint No.", "AM-QA-2607"],
        ["Part No.", "Part name", "Approved", "Returned", "Unit price", "Amount"],
        ["AW-FLT-3301", "Oil filter", 10, 10, f"{price} {sign}", f"{amount} {sign}"],
        ["Reason", "Filters leak at the seal."],
    ]
    widths = {"A": 16, "B": 16, "C": 12, "D": 12, "E": 18, "F": 20}
    doc = read_doc(book_as(landscape_book(tmp_path / "rn.xlsx", rows, widths), form), "return")
    [item] = doc["record"]["items"]
    read = "1840.00" if sign == "сомонӣ" else "215.00"
    assert (item["unit_price"], item["amount"]) == (read, f"{float(read) * 10:.2f}")


# ---------------------------------------------------------------------- a code's legend
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("code", "asked"), [("C", "concession"), ("D", "rework")])
def test_a_code_is_what_the_legend_says(tmp_path: Path, form: str, code: str, asked: str) -> None:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉编号", "TS-2607-019", "收到日期", "2026-07-08"],
        ["客户", "长城汽车股份有限公司", "产品编号", "GW-HSG-2204"],
        ["交付数量", 4000, "不合格数", 60],
        ["客户要求（代码）", code, "销售经理", "钱志远"],
        ["不良描述", "壳体砂眼，气密测试泄漏。"],
        ["代码说明\n客户要求：A=退货  B=换货  C=特采  D=返工"],
    ]
    path = landscape_book(tmp_path / "ks.xlsx", rows, {"A": 18, "B": 30, "C": 14, "D": 30})
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"]["customer_request"] == [asked]
    assert doc["record"]["sales_supervisor"] == "钱志远"
    # the legend itself no value (no invalid request); the value said with the legend it came through
    assert field_codes(doc, "customer_request") == {"read_through_legend"}
    [note] = [p for p in doc["warnings"] if p["code"] == "read_through_legend"]
    assert f"'{code}'" in note["message"] and "A=退货 B=换货 C=特采 D=返工" in note["message"]


def _coded_complaint(title: str, number: str, code: str, legend: str) -> list[list[Any]]:
    return [
        [title],
        ["投诉编号", number, "收到日期", "2026-07-08"],
        ["客户", "长城汽车股份有限公司", "产品编号", "GW-HSG-2204"],
        ["客户要求（代码）", code, "销售经理", "钱志远"],
        ["不良描述", "壳体砂眼，气密测试泄漏。"],
        [legend],
    ]


def test_last_months_legend_above_the_form_is_not_the_forms_own(tmp_path: Path) -> None:
    """Last month's closed form copied above the new one, its legend giving the codes other words:
    the new form's code is read through the new form's legend (the old one's read it as 退货,
    silently, before), and said with it."""
    old = _coded_complaint("客户投诉单（已结案）", "TS-2606-011", "A", "代码说明\n客户要求：A=换货  B=退货")
    new = _coded_complaint("客户投诉单", "TS-2607-019", "B", "代码说明\n客户要求：A=退货  B=换货")
    path = landscape_book(tmp_path / "ks.xlsx", [*old, [], *new], {"A": 18, "B": 30, "C": 14, "D": 30})
    doc = read_doc(path, "complaint")
    assert doc["record"]["number"] == "TS-2607-019"
    assert doc["record"]["customer_request"] == ["replacement"]
    [note] = [p for p in doc["warnings"] if p["code"] == "read_through_legend"]
    assert "A=退货 B=换货" in note["message"]


@pytest.mark.parametrize("form", FORMS)
def test_two_legends_of_one_caption_that_disagree_leave_the_code_unread_and_said(
    tmp_path: Path, form: str
) -> None:
    rows = _coded_complaint("客户投诉单", "TS-2607-021", "B", "客户要求：A=退货  B=换货")
    rows.append(["客户要求：A=换货  B=退货  C=特采"])  # another legend line of the same caption
    path = landscape_book(tmp_path / "ks.xlsx", rows, {"A": 18, "B": 30, "C": 14, "D": 30})
    doc = read_doc(book_as(path, form), "complaint")
    assert not doc["record"]["customer_request"]  # neither legend's word
    assert "legends_disagree" in field_codes(doc, "customer_request")
    [said] = [p for p in doc["warnings"] if p["code"] == "legends_disagree"]
    assert "A=退货 B=换货" in said["message"] and "A=换货 B=退货 C=特采" in said["message"]


def test_a_lowercase_code_is_the_legends_capital_and_said(tmp_path: Path) -> None:
    rows = _coded_complaint("客户投诉单", "TS-2607-022", "b", "代码说明\n客户要求：A=退货  B=换货")
    path = landscape_book(tmp_path / "ks.xlsx", rows, {"A": 18, "B": 30, "C": 14, "D": 30})
    doc = read_doc(path, "complaint")
    assert doc["record"]["customer_request"] == ["replacement"]
    assert field_codes(doc, "customer_request") == {"read_through_legend"}


def test_a_legend_on_another_sheet_leaves_the_code_said(tmp_path: Path) -> None:
    """The legend on the workbook's second sheet (another page of the form): the code is not read
    through it, and never passed silently (an invalid request)."""
    rows = _coded_complaint("客户投诉单", "TS-2607-023", "B", "")[:-1]
    path = landscape_book(tmp_path / "ks.xlsx", rows, {"A": 18, "B": 30, "C": 14, "D": 30})
    book = openpyxl.load_workbook(path)
    book.create_sheet("代码说明").append(["客户要求：A=退货  B=换货"])
    book.save(path)
    doc = read_doc(path, "complaint")
    assert doc["record"]["customer_request"] != ["return"]
    assert field_codes(doc, "customer_request") & {"invalid_choice", "read_through_legend"}


def test_no_code_is_read_without_its_legend(tmp_path: Path) -> None:
    """A code with no legend on the form stays what it is: not a request (said, never guessed)."""
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉编号", "TS-2607-020", "收到日期", "2026-07-08"],
        ["客户", "长城汽车股份有限公司", "产品编号", "GW-HSG-2204"],
        ["客户要求（代码）", "C", "不良描述", "壳体砂眼。"],
    ]
    path = landscape_book(tmp_path / "ks.xlsx", rows, {"A": 18, "B": 30, "C": 14, "D": 30})
    doc = read_doc(path, "complaint")
    assert doc["record"]["customer_request"] is None
    assert "invalid_choice" in field_codes(doc, "customer_request")  # 'C' is no request: said


# ---------------------------------------------------------------------------------- labels
@pytest.mark.parametrize("form", FORMS)
def test_a_taiwanese_complaints_urgent_action(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["客訴處理單"],
        ["客訴編號", "KS-TW-2607-004", "收件日期", "2026/07/03"],
        ["客戶名稱", "仁寶電腦工業股份有限公司", "料號", "CP-HNG-3302"],
        ["出貨量", 5000, "不良數", 45],
        ["問題描述", "轉軸扭力不足。"],
        ["緊急處置", "庫存 1,500 PCS 全數重測。"],
    ]
    path = landscape_book(tmp_path / "kt.xlsx", rows, {"A": 14, "B": 30, "C": 14, "D": 30})
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"]["short_term_action"] == "庫存 1,500 PCS 全數重測。"


@pytest.mark.parametrize("form", FORMS)
def test_the_sellers_person_in_charge_signs_a_credit_note(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["证明单号", "ZR-HZ-2607-011", "开具日期", dt.datetime(2026, 7, 9)],
        ["购买方", "杭州老板电器股份有限公司", "纳税人识别号", "913301007042065364"],
        ["货物名称", "数量", "单价", "金额", "税额"],
        ["温控器", 500, 2, 1000, 130],
        ["合计", None, None, 1000, 130],
        ["经办人", "孙倩", "销售方负责人", "欧阳明"],
    ]
    widths = {"A": 16, "B": 14, "C": 14, "D": 16, "E": 14}
    doc = read_doc(book_as(landscape_book(tmp_path / "zr.xlsx", rows, widths), form), "allowance")
    assert doc["record"]["approved_by_manager"] == "欧阳明"


# --------------------------------------------------------- a table over pages with subtotals
def _erp_return(path: Path) -> Path:
    """A 退貨單 an ERP prints over two pages: three lines and 本頁小計 on page 1; on page 2 the
    title and header again, 承上頁 with page 1's sum, two lines, 本頁小計, 合計, the reason."""
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=10)
    widths = (34, 34, 26, 26, 26, 34)
    head = ("料號", "品名", "核准數量", "退回數量", "單價", "金額")

    def row(cells: tuple[str, ...]) -> None:
        for w, text in zip(widths, cells):
            pdf.cell(w, 8, text, border=1)
        pdf.ln()

    pages = (
        [("HT-SW-0101", "微動開關", "500", "500", "2.40", "1,200.00"),
         ("HT-SW-0102", "撥動開關", "200", "196", "5.50", "1,078.00"),
         ("HT-SW-0103", "按鍵帽", "1,000", "1,000", "0.30", "300.00")],
        [("HT-SW-0104", "彈片", "2,000", "1,980", "0.15", "297.00"),
         ("HT-SW-0105", "外殼", "100", "100", "12.00", "1,200.00")],
    )  # fmt: skip
    for n, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.cell(0, 10, f"退 貨 單　　第 {n} 頁 / 共 2 頁", align="C")
        pdf.ln()
        if n == 1:
            for text in (
                "退貨單號： RT-HT-2607-012",
                "退貨日期： 2026/07/16",
                "客戶名稱： 光寶科技股份有限公司",
            ):
                pdf.cell(0, 8, text)
                pdf.ln()
            pdf.ln()
        row(head)
        if n == 2:
            row(("承上頁", "", "", "", "", "2,578.00"))
        for line in lines:
            row(line)
        row(("本頁小計", "", "", "", "", "2,578.00" if n == 1 else "1,497.00"))
    row(("合計", "", "", "", "", "4,075.00"))
    pdf.ln()
    pdf.cell(0, 8, "退貨原因： 開關手感不良。")
    pdf.output(str(path))
    return path


def test_a_table_goes_on_after_its_page_subtotal(tmp_path: Path) -> None:
    doc = read_doc(_erp_return(tmp_path / "rt.pdf"), "return")
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"HT-SW-010{n}" for n in range(1, 6)]
    assert [i["amount"] for i in items][3:] == ["297.00", "1200.00"]


@pytest.mark.parametrize(
    ("cells", "pause"),
    [
        (["承上頁", "36,252.80"], True),
        (["Brought forward", "1,234.50"], True),
        (["承上頁"], True),
        (["承上頁", "GT-LED-2307"], False),  # (a line's code beside it: no sum carried)
    ],
)
def test_a_brought_forward_row_is_no_line(cells: list[str], pause: bool) -> None:
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import pause_line

    band = [Box(text, text, 40.0 * i, 0, 40.0 * i + 30, 10, f"p1 ({i},0)") for i, text in enumerate(cells)]
    assert pause_line(band) is pause


def _wide_line_over_pages(path: Path, pause: str, again: bool) -> Path:
    """A 退貨單 over two pages whose page 1 ends with ``pause`` (a note across the table, or
    本頁小計) and whose page 2 (with the title and header printed again when ``again``) begins
    with a line whose name cell is merged over the empty 單位 column beside it."""
    pdf = cjk_pdf()
    pdf.set_font("cjk", size=10)
    widths = (34, 34, 34, 26, 26, 34)
    head = ("料號", "品名", "單位", "退回數量", "單價", "金額")

    def row(cells: tuple[str, ...], spans: tuple[int, ...] = ()) -> None:
        spans = spans or (1,) * len(cells)
        at = 0
        for text, span in zip(cells, spans):
            pdf.cell(sum(widths[at : at + span]), 8, text, border=1)
            at += span
        pdf.ln()

    pdf.add_page()
    pdf.cell(0, 10, "退 貨 單", align="C")
    pdf.ln()
    for text in ("退貨單號： RT-HT-2607-031", "退貨日期： 2026/07/21", "客戶名稱： 光寶科技股份有限公司"):
        pdf.cell(0, 8, text)
        pdf.ln()
    pdf.ln()
    row(head)
    row(("HT-SW-0101", "微動開關", "PCS", "500", "2.40", "1,200.00"))
    row(("HT-SW-0102", "撥動開關", "PCS", "196", "5.50", "1,078.00"))
    row((pause, "", "", "", "", "2,278.00" if "計" in pause else ""), (1, 1, 1, 1, 1, 1))
    pdf.add_page()
    if again:
        pdf.cell(0, 10, "退 貨 單（續）", align="C")
        pdf.ln()
        row(head)
    row(("HT-SW-0103", "彈片（不鏽鋼加長型附絕緣套）", "1,980", "0.15", "297.00"), (1, 2, 1, 1, 1))
    row(("HT-SW-0104", "外殼", "PCS", "100", "12.00", "1,200.00"))
    row(("合計", "", "", "", "", "3,775.00"))
    pdf.ln()
    pdf.cell(0, 8, "退貨原因： 開關手感不良。")
    pdf.output(str(path))
    return path


def _lines_or_said(doc: dict[str, Any]) -> None:
    """Page 2's first line (HT-SW-0103, its name wide over two columns) read, or its loss said."""
    parts = [i["part_no"] for i in doc["record"]["items"]]
    assert parts[:2] == ["HT-SW-0101", "HT-SW-0102"]
    if "HT-SW-0103" not in parts:
        said = [p for p in doc["warnings"] if p["field"] == "items" and "HT-SW-0103" in p["message"]]
        said += [p for p in doc["warnings"] if p["field"] == "items" and "彈片" in p["message"]]
        assert said, doc["warnings"]


def test_a_wide_first_line_on_the_next_page_after_a_note_is_never_lost_silently(tmp_path: Path) -> None:
    """Page 1 ends with a note across the table (no page subtotal): page 2's first line, its name
    cell wide over two columns, was passed as the next page's title, and the table's lines after
    it lost — silently. A note turns no page: the line is the table's, said as one not read apart."""
    doc = read_doc(_wide_line_over_pages(tmp_path / "rt.pdf", "註：第 2 項為補發品", False), "return")
    _lines_or_said(doc)


def test_a_wide_line_passed_after_a_page_subtotal_is_said(tmp_path: Path) -> None:
    """After 本頁小計, page 2's title and header printed again are passed; a line with a wide cell
    right under them was passed with them, silently: now said."""
    doc = read_doc(_wide_line_over_pages(tmp_path / "rt.pdf", "本頁小計", True), "return")
    _lines_or_said(doc)


@pytest.mark.parametrize(
    ("cells", "turn"),
    [
        (["本頁小計", "2,578.00"], True),
        (["Page total", "1,234.50"], True),
        (["本页合计", "", "980.00"], True),
        (["承上頁", "36,252.80"], True),
        (["轉下頁", "36,252.80"], True),
        (["小计", "1,960", "7,088.00"], False),  # a group's subtotal: the lines go on, no page turned
        (["以下空白"], False),
        (["註：第 2 項為補發品"], False),
    ],
)
def test_which_pause_turns_the_page(cells: list[str], turn: bool) -> None:
    """Only a page's subtotal or a sum carried forward makes the reader pass the next page's
    title and header (and a line with a wide cell with them, said); another pause does not."""
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import page_turn_line

    band = [Box(text, text, 40.0 * i, 0, 40.0 * i + 30, 10, f"p1 ({i},0)") for i, text in enumerate(cells)]
    assert page_turn_line(band) is turn
