"""The reader's leftovers of the twentieth round (issue 10), each on a form of our own:

1. a printed line ``D4 Escape: <text>`` — the D number and the caption on one line — is the
   escape cause, like ``D4 Root cause: <text>`` over it is the occurrence's; a caption after a D
   number that names nothing of ours is reported unread, never lost inside its heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from helpers import soffice_convert
from openpyxl import Workbook
from test_reader_guards import parse, warned

from kesu_docs.parse.anchor import _split_line
from kesu_docs.parse.vocab import d_number_named


# ---------------------------------------------------------------------------------- 1. D4 Escape:
def _steps_pdf(path: Path, steps: list[tuple[str, str]]) -> Path:
    """An 8D printed by a quality system: each step's line its bold ``Dn Caption:`` and its text."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(70, 16, "8D REPORT")
    pdf.set_font("helvetica", size=10)
    pdf.text(20, 28, "8D No.:")
    pdf.text(45, 28, "8D-AB-26-0001")
    pdf.text(20, 40, "Customer:")
    pdf.text(48, 40, "Acme Corp")
    y = 70
    for lab, val in steps:
        pdf.set_font("helvetica", "B", 10)
        pdf.text(20, y, lab + ":")
        pdf.set_font("helvetica", size=10)
        pdf.text(62, y, val)
        pdf.line(18, y + 3, 192, y + 3)
        y += 10
    pdf.output(str(path))
    return path


_OCCURRED = "Mould temperature too low."
_ESCAPED = "Final check did not cover the rib."


def _causes(result) -> dict[str, str]:
    return {c.type.value: c.cause for c in result.record.root_cause or []}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("D4 Root cause", "D4 Escape"),
        ("D4 Root cause", "D4 Escape point"),
        ("D4 Occurrence", "D4 Escape"),
        ("D4: Root cause", "D4: Escape"),
    ],
)
def test_a_d_numbered_escape_line_is_the_escape_cause(tmp_path, first, second):
    steps = [
        ("D2 Problem", "Cracks on housing seen at incoming."),
        ("D3 Containment", "Sort 500 pcs in stock."),
        (first, _OCCURRED),
        (second, _ESCAPED),
        ("D5 Corrective action", "Raise mould temperature to 80 C."),
    ]
    result = parse(_steps_pdf(tmp_path / "d4.pdf", steps), "8d")
    assert _causes(result) == {"occurrence": _OCCURRED, "escape": _ESCAPED}
    assert result.record.corrective_actions[0].action == "Raise mould temperature to 80 C."
    assert not any(p.code == "unread_label" for p in result.warnings)
    if "Root cause" in first:  # the occurrence is what is left of two: a guess, shown
        assert warned(result, "root_cause[0].type")


def test_a_caption_after_a_d_number_naming_nothing_is_reported(tmp_path):
    steps = [
        ("D2 Problem", "Cracks on housing seen at incoming."),
        ("D4 Root cause", _OCCURRED),
        ("D4 Sidenote", "Tool was changed on night shift."),
        ("D5 Corrective action", "Raise mould temperature to 80 C."),
    ]
    result = parse(_steps_pdf(tmp_path / "d4.pdf", steps), "8d")
    unread = [p for p in result.warnings if p.code == "unread_label"]
    assert any("Sidenote" in p.message() for p in unread)


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("D4 Escape: AOI tolerance", [("D4", False), ("Escape:", True), ("AOI tolerance", False)]),
        ("D4: Occurrence:", [("D4:", False), ("Occurrence:", True)]),
        ("D2 Problem:", [("D2", False), ("Problem:", True)]),
    ],
)
def test_the_d_number_is_told_from_its_caption(line, pieces):
    assert _split_line(line) == pieces


@pytest.mark.parametrize(
    ("text", "at"),
    [("D4 Escape", 3), ("D4: Escape", 4), ("8D No", None), ("D4", None), ("D4 40,000 prints", None)],
)
def test_d_number_named(text, at):
    assert d_number_named(text) == at


# ---------------------------------------------------------------------------------- 2. tax column
def _credit_note(tmp_path: Path, tax_head: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Gutschrift"
    for row in [
        ("GUTSCHRIFT / CREDIT NOTE",),
        ("Gutschrift Nr. / No.", "GS-2026-0412", "Datum / Date", "2026-04-02"),
        ("Kunde / Buyer", "Bosch Rexroth AG", "USt-IdNr. / VAT ID", "DE811128135"),
        ("Rechnung / Invoice No.", "RE-26-07731", None, None),
        ("Artikel / Item", "Menge / Qty", "Preis / Unit price", "Netto / Net", tax_head),
        ("Ventilblock VB-2210", "40 pcs", "25.00", "1,000.00", "190.00"),
        ("Fracht / Freight", "1 pcs", "300.00", "300.00", "57.00"),
        ("Summe / Total", None, None, "1,300.00", "247.00"),
        ("Gutschrift gesamt / Total credit", "1,547.00", "Genehmigt / Approved", "Klaus Weber"),
    ]:
        ws.append(list(row))
    for col, width in zip("ABCDE", (30, 22, 22, 16, 18)):
        ws.column_dimensions[col].width = width
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # printed on one page
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
    path = tmp_path / "credit.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("tax_head", ["MwSt 19 % / VAT", "VAT 19 %", "USt 19,0 % / VAT"])
def test_a_tax_column_headed_with_its_rate_is_a_column_not_a_tax_line(tmp_path, tax_head):
    result = parse(_credit_note(tmp_path, tax_head), "allowance")
    record = result.record
    assert [str(i.tax) for i in record.items] == ["190.00", "57.00"]
    assert str(record.total_tax) == "247.00"
    assert str(record.total_excl_tax) == "1300.00"
    assert str(record.total) == "1547.00"
    assert warned(result, "total_excl_tax", "total_read_as_net")
    assert not any(p.code in ("label_lost", "total_mismatch") for p in [*result.warnings, *result.errors])


def test_its_print_reads_the_same_totals(tmp_path):
    pdf = soffice_convert(_credit_note(tmp_path, "MwSt 19 % / VAT"), "pdf", tmp_path / "pdf")
    record = parse(pdf, "allowance").record
    assert (str(record.total_excl_tax), str(record.total_tax), str(record.total)) == (
        "1300.00",
        "247.00",
        "1547.00",
    )


def test_a_total_that_is_the_gross_stays_the_total(tmp_path):
    """The move is made only when the figure is the lines' amounts added up: a ``Total`` equal to
    net plus tax is left where it was read."""
    path = _credit_note(tmp_path, "VAT 19 %")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    ws["D8"], ws["E8"] = None, None
    ws["A8"], ws["B8"] = "Total", "1,547.00"
    ws.delete_rows(9)
    wb.save(path)
    result = parse(path, "allowance")
    assert str(result.record.total) == "1547.00"
    assert not warned(result, "total_excl_tax", "total_read_as_net")


# ---------------------------------------------------------------------------------- 3. struck, right to left
def test_a_struck_correction_on_a_right_to_left_print_is_said_on_its_own_field(tmp_path):
    from openpyxl import load_workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from test_reader_held20 import _rtl_book

    book = _rtl_book(tmp_path)
    wb = load_workbook(book)
    ws = wb.active
    ws["B2"] = CellRichText([TextBlock(InlineFont(strike=True), "RTN-DXB-26-0116"), " RTN-DXB-26-0117"])
    ws["B8"] = CellRichText([TextBlock(InlineFont(strike=True), "Ali Saleh"), " Rashid Khan"])
    wb.save(book)
    for path in (book, soffice_convert(book, "pdf", tmp_path / "pdf")):
        result = parse(path, "return")
        struck = {
            p.field: p.message("en")
            for p in result.warnings
            if p.code in ("value_struck_corrected", "struck_text_left_out", "value_struck")
        }
        assert set(struck) == {"number", "warehouse_receiver"}, path
        assert "RTN-DXB-26-0116" in struck["number"] and "Ali Saleh" in struck["warehouse_receiver"], path
        assert result.record.number == "RTN-DXB-26-0117" and result.record.warehouse_receiver == "Rashid Khan"


def test_the_struck_letters_turn_with_the_cells():
    from test_reader_held20 import _row

    from kesu_docs.parse.pdf_strike import Struck
    from kesu_docs.parse.rtl import mirror_edges, mirrored_on

    cells = [*_row(0, "RTN-1", "رقم / No."), *_row(20, "ACME", "العميل / Customer"), *_row(40, "x", "السبب")]
    edges = mirror_edges(cells)
    assert edges == {1: (0.0, 190.0)}
    [gone] = mirrored_on([Struck("RTN-0", 1, 10.0, 0.0, 40.0, 10.0)], edges)
    assert (gone.x0, gone.x1) == (150.0, 180.0)  # inside the turned cell of RTN-1 (100–190)
    assert mirrored_on(cells, {}) is cells


# ---------------------------------------------------------------------------------- 4. ".No"
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("رقم القطعة / Part .No", "رقم القطعة / Part No."),
        (".No", "No."),
        ("Return No.", "Return No."),
        ("AED 8.50", "AED 8.50"),
        ("x .5", "x .5"),
    ],
)
def test_a_turned_stop_goes_back_after_its_word(text, folded):
    from kesu_docs.parse.rtl import unturned_stops

    assert unturned_stops(text) == folded


def test_a_stop_word_parted_from_its_cell_on_a_right_to_left_page_is_put_back():
    from dataclasses import replace

    from test_reader_held20 import _row

    from kesu_docs.parse.rtl import reordered_and_mirrored

    # (the Arabic as the PDF gives it, in its glyphs' order: رقم القطعة is ةعطقلا مقر)
    rows = [*_row(0, "RTN-1", "مقر / No."), *_row(20, "ACME", "ليمعلا / Customer"), *_row(40, "x", "ببسلا")]
    # the header cell "رقم القطعة / Part .No" (100–190) parted at its last word: two pieces
    head = _row(60, "AF-FLT-3301", "ةعطقلا مقر / Part")
    pieces = [head[0], replace(head[1], x1=180.0), replace(head[1], text=".No", x0=180.0)]
    turned = reordered_and_mirrored([*rows, *pieces])
    texts = [c.text for c in turned if c.top == 60]
    assert sorted(texts) == sorted(["AF-FLT-3301", "رقم القطعة / Part No."])
    [label] = [c for c in turned if c.top == 60 and "Part" in c.text]
    assert (label.x0, label.x1) == (0.0, 90.0)  # the whole cell, turned to the left


# ---------------------------------------------------------------------------------- 5. after 接下頁
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def _continued(path: Path, first: str, head: bool, header_again: bool) -> Path:
    """A 折讓證明單 whose lines run on to page 2 after ``（接下頁）``: page 2 opens with its head
    (title, number, page) or not, the header printed again or not, then a line named ``first``."""
    pdf = FPDF()
    pdf.add_font("cjk", "", str(CJK))
    columns = ((20, "品名"), (80, "數量"), (110, "單價"), (140, "金額"), (170, "營業稅額"))

    def header(y: float) -> None:
        for x, name in columns:
            pdf.text(x, y, name)

    def line(y: float, name: str, n: int) -> None:
        qty, price = 10 * n, 3 + n
        texts = (name, str(qty), f"{price:.2f}", f"{qty * price:,}", f"{qty * price // 20:,}")
        for (x, _), text in zip(columns, texts, strict=True):
            pdf.text(x, y, text)

    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(60, 20, "營業人銷貨折讓證明單")
    pdf.set_font("cjk", size=10)
    pdf.text(20, 32, "折讓單號： ZR-TP-2604-11")
    pdf.text(110, 32, "開立日期： 115年4月8日")
    pdf.text(20, 40, "買受人： 廣達電腦股份有限公司")
    pdf.text(110, 40, "統一編號： 22099131")
    header(54)
    for n in range(1, 9):
        line(54 + 8 * n, f"端子{n:02d}", n)
    pdf.text(140, 54 + 8 * 9, "（接下頁）")
    pdf.add_page()
    y = 20
    if head:
        pdf.set_font("cjk", size=14)
        pdf.text(55, y, "營業人銷貨折讓證明單（續）")
        pdf.set_font("cjk", size=10)
        pdf.text(20, y + 10, "折讓單號：ZR-TP-2604-11")
        pdf.text(60, y + 10, "第 2 頁 / 共 2 頁")
        y += 22
    pdf.set_font("cjk", size=10)
    if header_again:
        header(y)
        y += 8
    line(y, first, 9)
    line(y + 8, "端子10", 10)
    pdf.text(20, y + 24, "經理： 翁世昌")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(("head", "header_again"), [(True, False), (False, False), (True, True)])
@pytest.mark.parametrize("first", ["折讓金額", "備註", "端子09"])
def test_the_first_line_after_the_page_break_is_read_even_when_it_looks_like_a_label(
    tmp_path, first, head, header_again
):
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    result = parse(_continued(tmp_path / "two.pdf", first, head, header_again), "allowance")
    names = [i.name for i in result.record.items]
    assert names == [*(f"端子{n:02d}" for n in range(1, 9)), first, "端子10"]


# ---------------------------------------------------------------------------------- 6. letterhead
def _debit_memo(path: Path, title_above: float) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.text(130, 24 - title_above, "DEBIT MEMO")
    pdf.set_font("helvetica", "B", 11)
    pdf.text(20, 24, "HARLAND TOOLS INC.")
    pdf.set_font("helvetica", size=9)
    pdf.text(20, 29, "410 Mill Road, Dayton, OH 45402")
    pdf.text(20, 34, "FEIN 31-0876154")
    pdf.set_font("helvetica", size=10)
    rows = [
        (130, 36, "Debit Memo #", "DM-26-1104"),
        (130, 44, "Date", "2026-04-03"),
        (20, 56, "Vendor:", "Suzhou Brightway Castings Co., Ltd."),
        (20, 64, "Invoice #:", "SBC-26-0318"),
    ]
    for x, y, lab, val in rows:
        pdf.text(x, y, lab)
        pdf.text(x + 28, y, val)
    for x, name in ((20, "Description"), (100, "Qty"), (125, "Unit Price"), (160, "Amount")):
        pdf.text(x, 80, name)
    for x, text in ((20, "Pump housing PH-30, porosity"), (100, "200"), (125, "$12.50"), (160, "$2,500.00")):
        pdf.text(x, 88, text)
    pdf.text(125, 100, "TOTAL DEBIT")
    pdf.text(160, 100, "$2,500.00")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("title_above", [0.0, 2.0])
def test_a_letterhead_beside_a_title_printed_a_little_higher_is_the_buyer_s(tmp_path, title_above):
    result = parse(_debit_memo(tmp_path / "dm.pdf", title_above), "allowance")
    assert result.record.buyer == "HARLAND TOOLS INC."
    assert result.record.buyer_tax_id == "31-0876154"
    assert warned(result, "buyer")  # a letterhead's name: shown for checking


# ---------------------------------------------------------------------------------- 7. 原進貨 / 人
def _tw_allowance(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=14)
    pdf.text(45, 18, "營業人銷貨退回進貨退出或折讓證明單")
    pdf.set_font("cjk", size=10)

    def party(y: float, who: str, name: str, tax_id: str) -> None:
        pdf.set_xy(15, y)
        pdf.cell(16, 8, who, border=1)
        pdf.cell(28, 8, "營業人名稱", border=1)
        pdf.cell(80, 8, name, border=1)
        pdf.set_xy(15, y + 8)
        pdf.cell(16, 8, "人", border=1)
        pdf.cell(28, 8, "統一編號", border=1)
        pdf.cell(80, 8, tax_id, border=1)

    party(28, "原銷貨", "宏碩電子股份有限公司", "53102687")
    pdf.set_xy(15, 50)
    for text, w in (("品名", 50), ("數量", 20), ("單價", 20), ("金額(不含稅)", 30), ("營業稅額", 24)):
        pdf.cell(w, 8, text, border=1)
    pdf.set_xy(15, 58)
    for text, w in (("無線充電模組 WQ-15", 50), ("400", 20), ("25", 20), ("10,000", 30), ("500", 24)):
        pdf.cell(w, 8, text, border=1)
    party(74, "原進貨", "瑞昌電腦股份有限公司", "28413567")
    pdf.output(str(path))
    return path


def test_a_party_caption_wrapped_over_its_two_rows_names_the_buyer(tmp_path):
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    record = parse(_tw_allowance(tmp_path / "tw.pdf"), "allowance").record
    assert record.buyer == "瑞昌電腦股份有限公司"
    assert record.buyer_tax_id == "28413567"
    assert (record.seller.name, record.seller.tax_id) == ("宏碩電子股份有限公司", "53102687")
