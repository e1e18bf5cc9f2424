"""A sheet printed too wide: its columns continued on the next page (``parse/pdf_across.py``).

Real workbooks written with openpyxl and printed by LibreOffice: a return note whose columns
C–E do not fit the A4 width (no fit-to-width) prints them on page 2. With its grid drawn, page
2 is read beside page 1 (each item keeps its part number); without a grid, the reader does not
guess but warns (``printed_across_pages``) on what it read from page 2. A normal two-page form
of same-height rows printed downwards is never joined sideways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Border, Side

from kesu_docs.parse.pdf_across import Page, continues_sideways, join_across
from kesu_docs.parse.pdf_text import Rule, Word
from tests.helpers import parse_cli, soffice_convert

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _return_note(
    path: Path, rows: int, widths: tuple[int, ...], grid: bool = True, boxed_head: bool = False
) -> Path:
    """A return note: header labels in A–B, an item table A–E; A4 portrait, no fit-to-width.
    ``boxed_head``: the header labels and values drawn in boxes too (the grid starts above the
    table)."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "成品退货单"
    for r, (label, value) in enumerate(
        [("退货单号", "TH202611007"), ("客户名称", "华东电子有限公司"), ("退货日期", "2026-11-20")], start=2
    ):
        ws.cell(r, 1, label).border = BOX if boxed_head else Border()
        ws.cell(r, 2, value).border = BOX if boxed_head else Border()
    for j, head in enumerate(["料号", "品名", "数量", "单价", "金额"], start=1):
        ws.cell(6, j, head).border = BOX if grid else Border()
    for i in range(rows):
        for j, v in enumerate([f"PN-{1000 + i}", f"端子{i}", 10 + i, 2.5, (10 + i) * 2.5], start=1):
            ws.cell(7 + i, j, v).border = BOX if grid else Border()
    for col, w in zip("ABCDE", widths):
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    wb.save(path)
    return path


WIDE = (30, 32, 21, 21, 21)  # A–B fit the A4 width, C–E go to a page of their own


def _read(tmp_path: Path, xlsx: Path) -> dict:
    pdf = soffice_convert(xlsx, "pdf", tmp_path)
    code, out = parse_cli(pdf)
    assert out, code
    return out[0]


def _codes(doc: dict) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"]]


def test_columns_printed_on_the_next_page_are_read_beside_their_rows(tmp_path: Path) -> None:
    doc = _read(tmp_path, _return_note(tmp_path / "wide.xlsx", 6, WIDE))
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"PN-{1000 + i}" for i in range(6)]
    assert [i["qty_returned"] for i in items] == [10 + i for i in range(6)]
    assert [i["amount"] for i in items] == [f"{(10 + i) * 2.5:.2f}" for i in range(6)]
    assert "printed_across_pages" not in _codes(doc)


@pytest.mark.parametrize("heading_row", [6, 5])
def test_columns_on_the_next_page_continue_the_heading_under_boxed_header_labels(
    tmp_path: Path, heading_row: int
) -> None:
    # the header labels drawn in boxes: page 1's grid starts at row 2, page 2's at the table's
    # heading row (数量 单价 金额 continue 料号 品名): page 2 is joined to the heading, each line
    # keeps its part number beside its quantity and amount
    xlsx = _return_note(tmp_path / "boxed.xlsx", 6, WIDE, boxed_head=True)
    if heading_row != 6:  # the table right under the header boxes, no blank row between
        from openpyxl import load_workbook

        wb = load_workbook(xlsx)
        wb.active.delete_rows(5)
        wb.save(xlsx)
    doc = _read(tmp_path, xlsx)
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"PN-{1000 + i}" for i in range(6)]
    assert [i["qty_returned"] for i in items] == [10 + i for i in range(6)]
    assert [i["amount"] for i in items] == [f"{(10 + i) * 2.5:.2f}" for i in range(6)]
    assert "printed_across_pages" not in _codes(doc)


def test_a_form_with_boxed_header_labels_printed_downwards_is_not_joined_sideways(tmp_path: Path) -> None:
    doc = _read(tmp_path, _return_note(tmp_path / "long.xlsx", 80, (16, 16, 10, 10, 10), boxed_head=True))
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"PN-{1000 + i}" for i in range(80)]
    assert "printed_across_pages" not in _codes(doc)


def test_columns_on_the_next_page_without_a_grid_warn_instead_of_guessing(tmp_path: Path) -> None:
    doc = _read(tmp_path, _return_note(tmp_path / "wide.xlsx", 6, WIDE, grid=False))
    warned = [w for w in doc["warnings"] if w["code"] == "printed_across_pages"]
    assert len(warned) == 1, warned  # one warning for the document, not one a page or a field
    assert warned[0]["location"] == "p2" and "第 2 页" in warned[0]["message"]
    assert "缩放到一页宽" in warned[0]["message"]
    # every value read from the page stays flagged: the warning names its fields
    on_p2 = {path for path, where in doc["provenance"].items() if where["location"].startswith("p2 ")}
    assert on_p2 and on_p2 <= set(warned[0]["fields"])
    assert "退货明细第1行 实退量" in warned[0]["message"] and " 等" in warned[0]["message"]


def test_a_two_page_form_printed_downwards_is_not_joined_sideways(tmp_path: Path) -> None:
    # same-height rows, a drawn grid, 80 items: page 2 continues the table downwards
    doc = _read(tmp_path, _return_note(tmp_path / "long.xlsx", 80, (16, 16, 10, 10, 10)))
    items = doc["record"]["items"]
    assert len(items) == 80
    assert [i["part_no"] for i in items] == [f"PN-{1000 + i}" for i in range(80)]
    assert "printed_across_pages" not in _codes(doc)


def _page(n: int, lines: list[float], rules: list[float]) -> Page:
    words = [Word(f"w{y}", n, 60, y - 5, 90, y + 5) for y in lines]
    return Page(n, (595.0, 842.0), words, [Rule(n, 50, y, 300, y) for y in rules])


@pytest.mark.parametrize(
    ("lines", "rules", "verdict"),
    [
        ([120, 135, 150], [112.5, 127.5, 142.5, 157.5], "join"),  # below the title, on the grid
        ([120, 135, 150], [], "doubt"),  # on the text lines, nothing drawn to confirm
        ([60, 75, 90], [52.5, 67.5, 82.5], None),  # starts at the top: continues downwards
        ([121.5, 137, 152], [112.5, 127.5], None),  # rows of other heights
        ([120, 135, 150], [113.5, 129, 144], "doubt"),  # rules off the first page's grid
    ],
)
def test_the_verdict_needs_the_same_rows_below_the_first_pages_top(
    lines: list[float], rules: list[float], verdict: str | None
) -> None:
    first = _page(1, [60, 75, 90, 105, 120, 135, 150], [112.5, 127.5, 142.5, 157.5])
    assert continues_sideways(first, _page(2, lines, rules)) == verdict


def test_a_joined_page_keeps_its_rows_and_moves_right() -> None:
    first = _page(1, [60, 120, 135], [112.5, 127.5, 142.5])
    second = _page(2, [120, 135], [112.5, 127.5, 142.5])
    words = first.words + [Word(w.text, 2, w.x0, w.top + 842, w.x1, w.bottom + 842) for w in second.words]
    rules = first.rules + [Rule(2, r.x0, r.top + 842, r.x1, r.bottom + 842) for r in second.rules]
    out, _, widths = join_across(words, rules, [(595.0, 842.0)] * 2)
    moved = [w for w in out if w.x0 > 300]
    assert {w.page for w in out} == {1} and len(moved) == 2
    assert sorted(w.top for w in moved) == [115, 130]  # the same rows as page 1's
    assert widths[1] > 595


def test_down_then_over_joins_each_pages_columns(tmp_path: Path) -> None:
    # too wide and too long: pages 1–2 run down columns A–D, pages 3–4 hold column E
    doc = _read(tmp_path, _return_note(tmp_path / "both.xlsx", 80, (20, 20, 12, 12, 12)))
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"PN-{1000 + i}" for i in range(80)]
    assert [i["amount"] for i in items] == [f"{(10 + i) * 2.5:.2f}" for i in range(80)]
    assert "printed_across_pages" not in _codes(doc)


def test_a_page_on_the_same_rows_but_its_own_table_top_is_not_joined() -> None:
    # rows of one height coincide on any two pages of a print: the table must start on the same rule
    first = _page(1, [60, 75, 90, 105, 120, 135, 150], [52.5, 67.5, 82.5, 97.5, 112.5, 127.5, 142.5, 157.5])
    assert continues_sideways(first, _page(2, [120, 135, 150], [112.5, 127.5, 142.5, 157.5])) == "doubt"


def _texts(n: int, rows: list[tuple[float, list[str]]], rules: list[float]) -> Page:
    words = [Word(t, n, 60 + 40 * i, y - 5, 90 + 40 * i, y + 5) for y, ts in rows for i, t in enumerate(ts)]
    return Page(n, (595.0, 842.0), words, [Rule(n, 50, y, 300, y) for y in rules])


FIRST = _texts(
    1,
    [(60, ["成品退货单"]), (75, ["退货单号", "TH2611"]), (90, ["客户", "华东"]), (120, ["料号", "品名"])]
    + [(135 + 15 * i, [f"PN-{i}", "端子"]) for i in range(3)],
    [67.5, 82.5, 97.5, 112.5, 127.5, 142.5, 157.5, 172.5],
)


@pytest.mark.parametrize(
    ("rows", "verdict"),
    [
        # the item table's heading continued: words alone beside page 1's heading, figures under it
        ([(120, ["数量", "金额"]), (135, ["10", "25.00"]), (150, ["11", "27.50"])], "join"),
        (
            [(120, ["数量", "金额"]), (135, ["十", "整"]), (150, ["十一", "整"])],
            "doubt",
        ),  # no figure under it
        ([(120, ["10", "25.00"]), (135, ["11", "27.50"]), (150, ["12", "30.00"])], "doubt"),  # no heading
        ([(135, ["数量", "金额"]), (150, ["10", "25.00"])], "doubt"),  # page 1 writes figures in that row
    ],
)
def test_a_page_starting_on_the_item_tables_heading_row_below_boxed_labels_is_joined(
    rows: list[tuple[float, list[str]]], verdict: str
) -> None:
    top = rows[0][0] - 7.5
    rules = [y for y in [112.5, 127.5, 142.5, 157.5, 172.5] if y >= top]
    assert continues_sideways(FIRST, _texts(2, rows, rules)) == verdict


def test_pages_printed_across_in_doubt_give_one_warning_naming_them_all() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.pdf import _across_doubts

    where = {
        "": "p1",
        "customer": "p1 · 客户名称",
        "items[0].qty_returned": "p2 · 实退量",
        "items[0].amount": "p3 · 金额",
        "items[1].amount": "p5 · 金额",
    }
    warned = _across_doubts(forms.get("return"), where, {2, 3, 4})
    assert len(warned) == 1
    assert warned[0].location == "p2" and warned[0].params["fields"] == [
        "items[0].qty_returned",
        "items[0].amount",
    ]
    assert "第 2、3、4 页" in warned[0].message("zh") and "Page(s) 2, 3, 4" in warned[0].message("en")
    assert "实退量" in warned[0].message("zh") and "customer" not in warned[0].to_dict()["fields"]
    assert _across_doubts(forms.get("return"), where, set()) == []


REPO = Path(__file__).resolve().parent.parent
TWO_PAGES = sorted(REPO.glob("tests/holdout*/filled/*twopage*.pdf"))


def _read_pages(path: Path) -> tuple[list[Word], list[Rule], list[tuple[float, float]]]:
    """A real print's stacked words and rules (PDFium, as the parse reads them) and page sizes."""
    import pypdfium2 as pdfium

    from kesu_docs.parse.pdf_text import pdfium_words

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        words, rules = pdfium_words(pdf)
        sizes = [pdf.get_page_size(n) for n in range(len(pdf))]
    finally:
        pdf.close()
    return words, rules, sizes


@pytest.mark.parametrize("path", TWO_PAGES, ids=lambda p: p.name)
def test_a_page_measured_from_its_lift_is_its_copy_moved_to_the_top(path: Path) -> None:
    # issue 15: a page's lines and grid are worked out from the stacked boxes and the page's
    # lift, without copying its words and rules; they must be those of the copy moved up
    from dataclasses import replace

    from kesu_docs.parse.pdf_across import _pages

    words, rules, sizes = _read_pages(path)
    pages = _pages(words, rules, sizes)
    assert len(pages) >= 2 and all(p.words for p in pages)
    for page in pages:
        lift = page.lift
        moved = Page(
            page.number,
            page.size,
            [replace(w, top=w.top - lift, bottom=w.bottom - lift) for w in page.words],
            [replace(r, top=r.top - lift, bottom=r.bottom - lift) for r in page.rules],
        )
        assert page.lines() == moved.lines() and page.grid() == moved.grid()
        assert page.borders() == moved.borders() and page.borders()


def test_the_two_page_prints_are_there() -> None:
    assert len(TWO_PAGES) >= 3  # (the test above is parametrised by them)


def _joined_with_calls(path: Path) -> tuple[list[Word], list[Rule], tuple, set[str]]:
    """join_across on a real print, and the functions of pdf_across it called (watched with
    sys.setprofile: nothing of it replaced)."""
    import sys

    from kesu_docs.parse import pdf_across

    words, rules, sizes = _read_pages(path)
    called: set[str] = set()

    def watch(frame, event, _arg) -> None:
        if event == "call" and frame.f_code.co_filename == pdf_across.__file__:
            called.add(frame.f_code.co_name)

    sys.setprofile(watch)
    try:
        joined = join_across(words, rules, sizes)
    finally:
        sys.setprofile(None)
    return words, rules, joined, called


def test_a_one_page_print_is_handed_back_as_it_is() -> None:
    """The shortcut's promise: the very word and rule objects back, and no page built (no
    page cut out, no page compared) — a two-page print, the same way watched, builds them."""
    one = next(p for p in sorted(REPO.glob("tests/holdout*/filled/*.pdf")) if _read_pages(p)[2][1:] == [])
    words, rules, (joined, joined_rules, widths), called = _joined_with_calls(one)
    assert len(joined) == len(words) and all(a is b for a, b in zip(joined, words))
    assert len(joined_rules) == len(rules) and all(a is b for a, b in zip(joined_rules, rules))
    assert joined.across == set() and widths == {}
    assert "join_across" in called and not called & {"_pages", "_continued", "_moved"}
    *_, two_called = _joined_with_calls(TWO_PAGES[0])
    assert {"join_across", "_pages", "_continued"} <= two_called


GRID = [72.0, 87.0, 102.0, 117.0, 132.0]  # rows of 15 points from the top margin


def test_a_page_starting_in_the_second_row_needs_the_first_pages_title_in_the_first() -> None:
    # the page's first row empty, its first line in the second: joined when the first page's
    # title stands in that first row (the title's text in the first page's columns only)
    page = _page(2, [94.5, 109.5, 124.5], GRID)
    titled = _page(1, [79.5, 94.5, 109.5, 124.5], GRID)
    assert continues_sideways(titled, page) == "join"
    # a first page with nothing in its first row (its text above the table): the rules bounding
    # that row are no title, rows of one height coincide on any two pages: not surely across
    untitled = _page(1, [50.0, 94.5, 109.5, 124.5], GRID)
    assert continues_sideways(untitled, page) == "doubt"


def test_a_joined_page_leaves_out_the_text_spilling_over_from_the_page_before() -> None:
    # a long cell cut at page 1's right edge goes on on page 2, drawn from left of its edge:
    # read whole on page 1, it is not put back a second time beside it
    first = [Word(f"w{y}", 1, 60, y - 5, 200, y + 5) for y in [79.5, 94.5, 109.5, 124.5]]
    lift = 842.0
    own = [Word(f"d{y}", 2, 60, lift + y - 5, 90, lift + y + 5) for y in [94.5, 109.5]]
    spill = Word("ter applicator change;", 2, -127.0, lift + 124.5 - 5, 120.0, lift + 124.5 + 5)
    rules = [Rule(n, 50, (n - 1) * lift + y, 300, (n - 1) * lift + y) for n in (1, 2) for y in GRID]
    out, _, widths = join_across([*first, *own, spill], rules, [(595.0, 842.0)] * 2)
    assert widths and {w.page for w in out} == {1}
    assert [w.text for w in out if w.text.startswith("d")] == ["d94.5", "d109.5"]
    assert "ter applicator change;" not in [w.text for w in out]


def _shifted_note(path: Path, note: bool = False) -> Path:
    """The wide return note, its right-hand columns set otherwise than A–B: a heading wrapped
    onto two lines (数量 / (PCS)), the figures in a larger font (bottom-aligned in rows of a
    fixed height, their middles a point or two above page 1's texts); ``note``: a note under the
    table in column E only (a row page 1 leaves empty)."""
    from openpyxl.styles import Alignment, Font

    xlsx = _return_note(path, 6, WIDE)
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    ws = wb.active
    ws["C6"] = "数量\n(PCS)"
    ws["C6"].alignment = Alignment(wrap_text=True, vertical="center")
    for r in range(1, 14):
        ws.row_dimensions[r].height = 30
    for r in range(7, 13):
        for c in "CDE":
            ws[f"{c}{r}"].font = Font(size=15)
    ws["E15"] = "下一页 >>>" if note else None
    wb.save(xlsx)
    return xlsx


def test_columns_on_the_next_page_a_point_or_two_off_their_rows_still_join(tmp_path: Path) -> None:
    """Page 2's texts stand a point or two off page 1's in the same ruled rows (another font
    size, a wrapped heading): the rows are the drawn grid's, shared by both pages — joined."""
    doc = _read(tmp_path, _shifted_note(tmp_path / "shifted.xlsx"))
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"PN-{1000 + i}" for i in range(6)]
    assert [i["qty_returned"] for i in items] == [10 + i for i in range(6)]
    assert [i["amount"] for i in items] == [f"{(10 + i) * 2.5:.2f}" for i in range(6)]
    assert "printed_across_pages" not in _codes(doc)


@pytest.mark.parametrize(
    ("lines", "rules", "verdict"),
    [
        ([121.8, 134, 150.5, 152.3], [112.5, 127.5, 142.5, 157.5], "join"),  # in page 1's ruled rows
        ([121.8, 134, 150.5, 180], [112.5, 127.5, 142.5, 157.5, 185], "join"),  # a line below page 1's print
        ([121.8, 134, 150.5, 152.3], [112.5, 127.5], None),  # rows not ruled on this page
        ([121.8, 134, 150.5, 165], [112.5, 127.5, 142.5, 157.5, 172.5], None),  # a row page 1 leaves empty
    ],
)
def test_lines_off_page_ones_by_a_point_or_two_sit_in_its_ruled_rows(
    lines: list[float], rules: list[float], verdict: str | None
) -> None:
    first = _page(1, [60, 75, 90, 105, 120, 135, 150], [112.5, 127.5, 142.5, 157.5, 172.5])
    assert continues_sideways(first, _page(2, lines, rules)) == verdict


def test_a_page_whose_table_lies_below_a_text_only_first_page_is_not_joined(tmp_path: Path) -> None:
    # page 1 holds text lines only (no rule); page 2 has two lines on page 1's rows and a ruled
    # table lower down than anything page 1 prints: no rule of it to compare, no crash
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    for y in (60, 75, 90, 105, 120, 135, 150):
        pdf.text(60, y, f"line {y}")
    pdf.add_page()
    for y in (120, 135):
        pdf.text(60, y, f"more {y}")
    for y in (200, 215, 230, 245):
        pdf.line(50, y, 300, y)
    for y in (211, 226, 241):
        pdf.text(60, y, f"row {y}")
    path = tmp_path / "text_then_table.pdf"
    pdf.output(str(path))
    words, rules, sizes = _read_pages(path)
    from kesu_docs.parse.pdf_across import _pages

    pages = _pages(words, rules, sizes)
    assert not pages[0].grid() and len(pages[1].grid()) >= 3 and min(pages[1].grid()) > pages[0].lines()[-1]
    assert continues_sideways(pages[0], pages[1]) == "doubt"
    out, _, widths = join_across(words, rules, sizes)
    assert widths == {} and out.across == {2}
