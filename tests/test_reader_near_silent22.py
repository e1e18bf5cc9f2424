"""The reader's near-silent risks of the twenty-first round's closing note (issue 10: never
silent), each on a form of our own:

1. a sheet printed across pages (its columns C–E on page 2, as Excel prints them): a long text
   stopped at page 1's last printed column carries ``value_cut_off`` on its field, and the
   workbook beside the PDF gives its whole;
2. a right-aligned text too long for its cell, its left neighbour filled, prints its right end
   only (LibreOffice leaves out the glyphs past the left border): the value carries
   ``value_cut_off``, and the workbook beside the PDF gives its whole;
3. a right-to-left print's cut text ending in ``Part .No`` keeps its cut line through the
   mirroring, folded as its text is (``Part No.``), so the value keeps its ``value_cut_off``;
4. a totals line whose caption names the total with tax (``Grand total | 3200 | 800`` under
   ``Net | VAT``) is never read as the columns' sums: its figure stays the caption's;
5. a figure typed with ``kr`` is in the krone the form's own texts name (a CVR number, an MVA,
   a Swedish VAT id, an IBAN, the country in an address); when they name none, its warning says
   which kroner it may be;
6. a sign-off block's ``Dato / Date`` (beside Underskrift / Υπογραφή at the form's foot) never
   wins an 8D's opened date over a header date, and read alone it carries a low confidence;
7. a label's dot leaders (``批准……``, ``客户名称・・・・``) are left out of every label text the
   clerk is shown (provenance, low-confidence and unread-label warnings);
8. a date cell Excel shows as ``####`` (a serial past 9999-12-31) or as ``1900-01-00`` (0, or a
   time of day alone, under a day-only format) is said as the clerk sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import kroner_credit_note
from openpyxl import Workbook

from kesu_docs.forms import get
from kesu_docs.parse import parse_paths


def _complaint(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["客户投诉处理单"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------- 1. across pages
_HARBOUR = "Baltic Harbour Logistics and Marine Supply Services International Holding Company Gdansk"
_TABLE = [("Part No.", "Description"), ("BH-220", "Deck winch motor"), ("BH-221", "Brake pad set")]
_RIGHT = [("Qty", "Unit price", "Amount"), (2, 410, 820), (4, 55, 220)]


def _printed_across(path: Path, grid: bool) -> str:
    """A return note printed as Excel prints a sheet too wide: columns A–B on page 1, C–E on
    page 2 at the same rows; the customer's long text, running over the empty columns, printed
    up to page 1's last column only (the glyphs that fit, no clip). ``grid``: page 2's table
    ruled (joined beside page 1) or not (in doubt). Answers the text page 1 shows."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=10)
    pdf.set_line_width(0.5)

    def top(row: int) -> float:
        return 40 + 16 * (row - 1)

    edge = 330
    shown = _HARBOUR
    while 152 + pdf.get_string_width(shown) > edge:
        shown = shown[:-1]
    pdf.add_page()
    pdf.text(42, top(1) + 11, "RETURN NOTE")
    for row, (label, value) in enumerate([("Return No.", "RN-26-0451"), ("Customer", shown)], start=2):
        pdf.text(42, top(row) + 11, label)
        pdf.text(152, top(row) + 11, value)
    for i, (a, b) in enumerate(_TABLE):
        pdf.text(42, top(6 + i) + 11, a)
        pdf.text(152, top(6 + i) + 11, b)
    for row in range(6, 7 + len(_TABLE)):
        pdf.line(40, top(row), edge, top(row))
    for x in (40, 150, edge):
        pdf.line(x, top(6), x, top(6 + len(_TABLE)))
    pdf.add_page()
    for i, cells in enumerate(_RIGHT):
        for x, text in zip((42, 122, 202), cells, strict=True):
            pdf.text(x, top(6 + i) + 11, f"{text:.2f}" if isinstance(text, int) and x > 42 else str(text))
    if grid:
        for row in range(6, 7 + len(_RIGHT)):
            pdf.line(40, top(row), 280, top(row))
        for x in (40, 120, 200, 280):
            pdf.line(x, top(6), x, top(6 + len(_RIGHT)))
    pdf.output(str(path))
    return shown


@pytest.mark.parametrize("grid", [True, False])
def test_a_text_stopped_at_the_edge_of_a_page_printed_across_is_warned_on_its_field(tmp_path, grid):
    pdf = tmp_path / "across.pdf"
    shown = _printed_across(pdf, grid)
    [result] = parse_paths([pdf], kind="return")
    assert result.record.customer == shown
    assert "value_cut_off" in {p.code for p in result.warnings if p.field == "customer"}
    assert "value_cut_off" not in {p.code for p in result.warnings if p.field != "customer"}


def test_the_workbook_beside_a_print_across_pages_gives_the_whole_text(tmp_path):
    pdf = tmp_path / "across.pdf"
    _printed_across(pdf, True)
    wb = Workbook()
    ws = wb.active
    ws.append(["RETURN NOTE"])
    ws.append(["Return No.", "RN-26-0451"])
    ws.append(["Customer", _HARBOUR])
    ws.append([])
    ws.append([])
    for left, right in zip(_TABLE, _RIGHT, strict=True):
        ws.append([*left, *right])
    wb.save(tmp_path / "across.xlsx")
    [result] = parse_paths([pdf], kind="return")
    assert result.record.customer == _HARBOUR
    assert [p.code for p in result.warnings if p.field == "customer"] == ["value_clipped_in_print"]


# ---------------------------------------------------------------------------------- 2. cut on the left
_LONG_NAME = "Guangzhou Hengtai Automotive Lighting Components Co Ltd"


def _right_aligned(path: Path, name: str = _LONG_NAME) -> Path:
    from openpyxl.styles import Alignment, Border, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    for row in (
        ["客户投诉处理单", ""],
        ["投诉编号", "KS-2026-0301"],
        ["客户名称", name],
        ["投诉日期", "2026-06-02"],
        ["问题描述", "Lens fogged inside after the humidity soak"],
    ):
        ws.append(row)
    for row in ws.iter_rows(min_row=2, max_row=5, max_col=2):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["B3"].alignment = Alignment(horizontal="right")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 30
    wb.save(path)
    return path


def test_a_right_aligned_text_cut_on_its_left_is_warned_and_read_whole_beside_its_workbook(tmp_path):
    import shutil

    from helpers import soffice_convert

    book = _right_aligned(tmp_path / "lamps.xlsx")
    pdf = soffice_convert(book, "pdf", tmp_path / "pdf")
    [result] = parse_paths([pdf], kind="complaint")
    shown = result.record.customer
    assert shown != _LONG_NAME and _LONG_NAME.endswith(shown), shown  # the print shows its end only
    assert [p.code for p in result.warnings if p.field == "customer"] == ["value_cut_off"]
    assert not [p for p in result.warnings if p.field == "description"]  # a left-aligned text: whole
    shutil.copy(book, pdf.with_suffix(".xlsx"))
    [result] = parse_paths([pdf], kind="complaint")
    assert result.record.customer == _LONG_NAME
    assert [p.code for p in result.warnings if p.field == "customer"] == ["value_clipped_in_print"]


# ---------------------------------------------------------------------------------- 3. RTL cut
def test_a_cut_line_on_a_right_to_left_page_is_folded_with_its_text():
    from test_reader_held20 import _row

    from kesu_docs.parse.pdf import _cut_off
    from kesu_docs.parse.pdf_cells import Cell
    from kesu_docs.parse.rtl import reordered_and_mirrored
    from kesu_docs.validation import Locations

    rows = [*_row(0, "RTN-1", "رقم / No."), *_row(20, "ACME", "العميل / Customer"), *_row(40, "x", "السبب")]
    # the print stopped the description in its cell: its last line, as extracted, ``… Part .No``
    cut = Cell("Filter housing for Part .No", 1, 0.0, 60.0, 90.0, 70.0, cut="housing for Part .No")
    label = Cell("الوصف / Description", 1, 100.0, 60.0, 190.0, 70.0)
    turned = reordered_and_mirrored(
        [*(Cell(c.text, c.page, c.x0, c.top, c.x1, c.bottom) for c in rows), cut, label]
    )
    [value] = [c for c in turned if c.text.startswith("Filter")]
    assert value.text == "Filter housing for Part No." and value.cut == "housing for Part No."
    where = Locations({"description": "p1"})  # (a print's value is located by its page)
    problems = _cut_off(get("return"), {"description": value.text}, where, {"p1": {value.cut}})
    assert [p.code for p in problems] == ["value_cut_off"]


def test_a_cut_stop_word_parted_from_its_cell_carries_its_cut_to_the_joined_line():
    from dataclasses import replace

    from test_reader_held20 import _row

    from kesu_docs.parse.pdf_cells import Cell
    from kesu_docs.parse.rtl import reordered_and_mirrored

    rows = [
        Cell(c.text, c.page, c.x0, c.top, c.x1, c.bottom)
        for c in [
            *_row(0, "RTN-1", "رقم / No."),
            *_row(20, "ACME", "العميل / Customer"),
            *_row(40, "x", "السبب"),
        ]
    ]
    head = Cell("Seal kit for Part", 1, 0.0, 60.0, 80.0, 70.0)
    pieces = [head, replace(head, text=".No", x0=80.0, x1=90.0, cut=".No")]
    turned = reordered_and_mirrored(
        [*rows, *pieces, Cell("الوصف / Description", 1, 100.0, 60.0, 190.0, 70.0)]
    )
    [value] = [c for c in turned if c.text.startswith("Seal")]
    assert value.text == "Seal kit for Part No." and value.cut and value.text.endswith(value.cut)


# ---------------------------------------------------------------------------------- 4. gross caption
def _credit_note(path: Path, caption: str) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in (
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0777", "Date", "2026-04-20"],
        ["Customer", "Nordwind GmbH"],
        ["Invoice No.", "INV-26-3301"],
        ["Item", "Qty", "Unit price", "Net", "VAT"],
        ["Bracket NW-BR-10", 20, 150, 3000, 750],
        ["Gasket NW-GS-11", 100, 2, 200, 50],
        [caption, None, None, 3200, 800],
        ["Approved", "K. Brandt"],
    ):
        ws.append(row)
    for col in "ABCDE":
        ws.column_dimensions[col].width = 24
    wb.save(path)
    return path


@pytest.mark.parametrize("caption", ["Grand total", "Total incl. VAT", "价税合计"])
def test_a_caption_naming_the_total_with_tax_is_no_line_of_column_sums(tmp_path, caption):
    [result] = parse_paths([_credit_note(tmp_path / "credit.xlsx", caption)], kind="allowance")
    how = {k: p.how for k, p in result.provenance.items()}
    assert how.get("total_excl_tax") != "column-total", result.provenance
    assert result.provenance["total"].label == caption
    assert result.provenance["total"].location == "Sheet!D8"
    # (a bare ``I alt / Total`` is still read as the columns' sums:
    # test_reader_foreign_words21.test_a_totals_line_summing_each_column_is_no_grand_total)


@pytest.mark.parametrize("caption", ["总计", "總計", "Total"])
def test_a_bare_chinese_total_word_heads_the_column_sums_as_total_does(tmp_path, caption):
    """``总计 | 3200 | 800`` under ``Net | VAT``: the column-sums rule kept a second list of words
    for the total with tax that named 总计 while gross_total's bare words did not, so 3200 was the
    total with tax at full confidence (and a total_mismatch). One list now, 总计 / 總計 bare total
    words: the 3200 is the net total, read with low confidence, as ``Total`` is."""
    [result] = parse_paths([_credit_note(tmp_path / "credit.xlsx", caption)], kind="allowance")
    net = result.provenance["total_excl_tax"]
    assert net.location == "Sheet!D8" and net.confidence < 0.8, result.provenance
    assert result.provenance.get("total") is None or result.provenance["total"].location != "Sheet!D8"
    assert "total" not in [p.field for p in result.errors if p.code == "total_mismatch"]


def test_no_bare_total_word_is_a_word_for_the_total_with_tax():
    """The column-sums rule's words for the total with tax and gross_total's bare total words are
    two lists: they must never disagree (总计 was in both, read as each)."""
    from kesu_docs.parse.guards import _GROSS_CAPTION
    from kesu_docs.terms import TOTAL_WORDS

    assert not [word for word in TOTAL_WORDS if _GROSS_CAPTION.search(word.casefold())]


def test_a_right_aligned_text_ending_in_a_space_cut_on_its_left_is_warned_and_one_that_fits_is_not(tmp_path):
    """``Guangzhou Hengtai Lighting Components `` (a space at its end) right-aligned in a cell
    too narrow: its last letter prints a space short of the padding, so the print's
    ``gzhou Hengtai Lighting Components`` passed unwarned (and unmended beside its workbook).
    ``Guangzhou Hengtai Lighting Compone`` just fits (its G over the left border): it was
    warned cut. Now the first is warned and read whole beside its workbook, the second read
    whole without a warning."""
    import shutil

    from helpers import soffice_convert

    spaced = "Guangzhou Hengtai Lighting Components "
    book = _right_aligned(tmp_path / "spaced.xlsx", spaced)
    pdf = soffice_convert(book, "pdf", tmp_path / "pdf")
    [result] = parse_paths([pdf], kind="complaint")
    shown = result.record.customer
    assert shown != spaced.strip() and spaced.strip().endswith(shown), shown
    assert [p.code for p in result.warnings if p.field == "customer"] == ["value_cut_off"]
    shutil.copy(book, pdf.with_suffix(".xlsx"))
    [result] = parse_paths([pdf], kind="complaint")
    assert result.record.customer == spaced.strip()
    assert [p.code for p in result.warnings if p.field == "customer"] == ["value_clipped_in_print"]

    fits = "Guangzhou Hengtai Lighting Compone"
    pdf = soffice_convert(_right_aligned(tmp_path / "fits.xlsx", fits), "pdf", tmp_path / "pdf")
    [result] = parse_paths([pdf], kind="complaint")
    assert result.record.customer == fits
    assert not [p for p in result.warnings if p.field == "customer"], result.warnings


# ---------------------------------------------------------------------------------- 5. kr
@pytest.mark.parametrize(
    ("evidence", "said"),
    [
        (["CVR-nr. / Reg. No.", "31 22 44 55"], "kr: DKK"),
        (["Org.nr. / Org. No.", "974 760 673 MVA"], "kr: NOK"),
        (["Momsreg.nr / VAT No.", "SE556677889901"], "kr: SEK"),
        (["IBAN", "NO93 8601 1117 947"], "kr: NOK"),
        (["Adresse / Address", "Kungsgatan 4, 111 43 Stockholm, Sverige"], "kr: SEK"),
        ([], "kr: DKK / ISK / NOK / SEK"),
        # moms alone is Danish and Swedish both; 40 MVA a transformer's rating; Asa a street
        (["Bemærk / Note", "Priser ekskl. moms 25 %"], "kr: DKK / ISK / NOK / SEK"),
        (["Vare / Item", "Transformer 40 MVA"], "kr: DKK / ISK / NOK / SEK"),
        (["Kunde adresse / Address", "Calle del Asa 4, Madrid"], "kr: DKK / ISK / NOK / SEK"),
    ],
)
def test_a_kr_figure_is_in_the_krone_the_form_names_or_says_which_it_may_be(tmp_path, evidence, said):
    [result] = parse_paths([kroner_credit_note(tmp_path / "kr.xlsx", evidence)], kind="allowance")
    shown = [
        p.message("en") for p in result.warnings if p.code == "amount_in_currency" and p.field == "total"
    ]
    assert len(shown) == 1 and f"({said})" in shown[0], shown


def test_two_kroner_named_tell_none():
    from kesu_docs.parse.currency import krone_of

    assert krone_of(["CVR 31224455", "Kunde: Volvo, Göteborg, Sweden"]) == ""
    assert krone_of(["moms 25 %"]) == "" and krone_of(["Org.nr 556677-8899", "moms 25 %"]) == "SEK"


def test_a_company_suffix_or_mva_tells_a_krone_only_as_written():
    """``ApS`` / ``ASA`` in capitals as a company writes them, MVA after the 9-digit organisation
    number: ``APS sensor``, ``Calle del Asa``, ``40 MVA`` name no country."""
    from kesu_docs.parse.currency import krone_of

    assert krone_of(["Nordisk Lampe ApS"]) == "DKK" and krone_of(["Fjordlys ASA"]) == "NOK"
    assert krone_of(["Org.nr 974 760 673 MVA"]) == "NOK" and krone_of(["NO 974760673 MVA"]) == "NOK"
    assert krone_of(["APS sensor"]) == krone_of(["Calle del Asa 4"]) == krone_of(["Transformer 40 MVA"]) == ""


# ---------------------------------------------------------------------------------- 6. sign-off date
def _eightd(path: Path, header: list[str], foot: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in (
        ["8D REPORT"],
        ["8D No.", "8D-HM-26-0117"],
        *([header] if header else []),
        ["Customer", "Helmsman Marine"],
        ["Part No.", "HM-VLV-0330"],
        ["D2 Problem description", "Check valve sticks open after 200 cycles"],
        ["D4 Root cause", "Spring wire below the drawing's diameter"],
        ["D5 Corrective action", "Incoming gauge check on every spring lot"],
        [],
        foot,
    ):
        ws.append(row)
    for col in "ABCD":
        ws.column_dimensions[col].width = 30
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "foot",
    [
        ["Underskrift / Signature", "Jens Krog", "Dato / Date", "2026-07-15"],
        ["Υπογραφή / Signature", "Nikos Pappas", "Ημερομηνία / Date", "2026-07-15"],
    ],
)
def test_a_sign_off_block_s_date_is_no_sure_opened_date(tmp_path, foot):
    [alone] = parse_paths([_eightd(tmp_path / "alone.xlsx", [], foot)], kind="8d")
    assert str(alone.record.opened_date) == "2026-07-15"  # read from the block alone: doubted, and said
    assert alone.provenance["opened_date"].confidence < 0.8
    assert "opened_date" in {p.field for p in alone.warnings if p.code == "low_confidence"}
    header = ["Dato", "2026-05-11"] if foot[0].startswith("Under") else ["Ημερομηνία", "2026-05-11"]
    [both] = parse_paths([_eightd(tmp_path / "both.xlsx", header, foot)], kind="8d")
    assert str(both.record.opened_date) == "2026-05-11"
    assert both.provenance["opened_date"].location == "Sheet!B3"


@pytest.mark.parametrize(
    "header",
    [
        ["Opened date", "2026-05-11", "Customer signature required", "Yes"],
        ["Opened date", "2026-05-11", "Signature of the supplier needed", "No"],
    ],
)
def test_a_header_row_that_speaks_of_a_signature_is_no_sign_off_block(tmp_path, header):
    """A header row saying a signature is needed (``Customer signature required | Yes``) beside
    the opened date: any box holding "signature" made the row a sign-off block, the opened
    date doubted as a sign-off day. Only a signature's caption (short, the signature word at
    its end) makes one now; the date is read sure, unwarned."""
    [result] = parse_paths([_eightd(tmp_path / "header.xlsx", header, [])], kind="8d")
    assert str(result.record.opened_date) == "2026-05-11"
    assert result.provenance["opened_date"].confidence >= 0.8, result.provenance["opened_date"]
    assert "opened_date" not in {p.field for p in result.warnings if p.code == "low_confidence"}


# ---------------------------------------------------------------------------------- 7. leaders
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("批准……", "批准"),
        ("客户名称・・・・", "客户名称"),
        ("审核＿＿＿＿", "审核"),
        ("Approved by . . . . :", "Approved by:"),
        ("Checked by........", "Checked by"),
        ("Part No.", "Part No."),
        ("签收…", "签收"),
        ("……", "……"),
    ],
)
def test_leader_runs_are_left_out_of_a_label_shown(text, shown):
    from kesu_docs.parse.boxes import shown_label

    assert shown_label(text) == shown


def test_a_label_s_leader_is_not_shown_in_its_provenance_or_warning(tmp_path):
    path = _complaint(
        tmp_path / "leaders.xlsx",
        [["投诉编号……", "KS-2026-0101"], ["客户名称・・・・", "南方精密"], ["投诉日期", "2026-04-07"]],
    )
    [result] = parse_paths([path], kind="complaint")
    doc = result.to_dict("zh")
    labels = {p["label"] for p in doc["provenance"].values()}
    assert {"投诉编号", "客户名称"} <= labels, labels
    shown = " ".join(w["message"] for w in doc["warnings"])
    assert "・" not in shown and "…" not in shown, shown


# ---------------------------------------------------------------------------------- 8. dates
@pytest.mark.parametrize(
    ("value", "fmt", "code", "shown"),
    [
        (3_000_000, "yyyy-mm-dd", "invalid_date_hashes", "####"),
        (2_958_466, "d/m/yyyy", "invalid_date_hashes", "####"),
        (0, "yyyy-mm-dd", "invalid_date_zero", "1900-01-00"),
        (0.375, 'yyyy"年"m"月"d"日"', "invalid_date_zero", "1900年1月0日"),  # as Excel shows it (dev23-dates)
    ],
)
def test_a_date_cell_excel_cannot_show_as_a_day_is_said_as_it_shows(tmp_path, value, fmt, code, shown):
    path = _complaint(tmp_path / "date.xlsx", [["投诉编号", "KS-2026-0102"], ["投诉日期", value]])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["B3"].number_format = fmt
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    [problem] = [p for p in result.errors if p.field == "received_date"]
    assert problem.code == code
    for lang in ("zh", "en"):
        assert shown in problem.message(lang) and "00:00" not in problem.message(lang)
    assert "9:00" not in problem.message("en")


def test_a_time_under_a_date_and_time_format_is_still_no_date(tmp_path):
    """A day and its time shown (``1900-01-00 09:00``): not a zero day alone, a time without
    a date (dev23-dates: it was "not a valid date: 09:00:00")."""
    path = _complaint(tmp_path / "date.xlsx", [["投诉编号", "KS-2026-0103"], ["投诉日期", 0.375]])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["B3"].number_format = "yyyy-mm-dd hh:mm"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    assert [p.code for p in result.errors if p.field == "received_date"] == ["invalid_date_time_only"]


@pytest.mark.parametrize("value", [0, 0.375])
def test_a_zero_day_in_a_legacy_xls_is_said_as_it_shows(tmp_path, value):
    """The same cell saved as .xls (xlrd gives it as a date cell): ``1900-01-00`` too."""
    from helpers import soffice_convert
    from openpyxl import load_workbook

    path = _complaint(tmp_path / "date.xlsx", [["投诉编号", "KS-2026-0104"], ["投诉日期", value]])
    wb = load_workbook(path)
    wb.active["B3"].number_format = "yyyy/m/d"
    wb.save(path)
    xls = soffice_convert(path, "xls", tmp_path / "xls")
    [result] = parse_paths([xls], kind="complaint")
    [problem] = [p for p in result.errors if p.field == "received_date"]
    assert problem.code == "invalid_date_zero" and "1900/1/0" in problem.message("zh")  # as Excel shows it
