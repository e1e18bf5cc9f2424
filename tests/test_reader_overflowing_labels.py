"""Labels wrapped in rows too short for them, on a print (tests/holdout14 complaint-en-sg.pdf's
``Immediate Action``, issue 10).

A shaded label column, font 10, rows 15.5 pt high: ``Nature of Complaint`` and ``Immediate
Action`` wrap onto two lines centred on their rows, so each label's first line pokes a little
over its row's top border and is printed over the last line of the label above. Two things
went wrong: the ``I`` of ``Immediate``, printed over the ``C`` of ``Complaint``, was taken for a
letter before ``Complaint`` (a page read right to left: ``IComplaint`` / ``mmediate``); and a
line poking a quarter of its height over its row's top border was given both rows. A piece
printed over a run's start is no piece before it, and such a line is its own row's — as a
last line overhanging its row's bottom border already was.
"""

from __future__ import annotations

from pathlib import Path

from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from test_reader_guards import parse, value

from kesu_docs.parse.pdf_cells import cells
from kesu_docs.parse.pdf_text import Rule, Word, group_words

THIN = Side(style="thin")
SHADE = PatternFill("solid", fgColor="D9D9D9")


def _complaint_form(path: Path) -> Path:
    """A customer complaint form with shaded labels wrapped in 15.5 pt rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "CCF"
    for col, width in zip("ABCD", (12, 26, 12, 24)):
        ws.column_dimensions[col].width = width
    rows = [
        ("CCF No.", "CCF/SG/26/0307", "Part No.", "SG-HSG-7410"),
        ("Customer", "Venture Corporation Ltd", "NG Qty", 132),
        ("Nature of Complaint", "Sink marks on the boss; 132 pcs rejected at IQC.", None, None),
        ("Immediate Action", "100% sort of 2,600 pcs in the Jurong hub.", None, None),
        ("Raised by", "Tan Wei Ming", "Sales Manager", "Nur Aisyah"),
    ]
    ws["A1"] = "CUSTOMER COMPLAINT FORM"
    for r, row in enumerate(rows, start=2):
        ws.row_dimensions[r].height = 15.5
        for col, text in zip("ABCD", row):
            cell = ws[f"{col}{r}"]
            cell.value = text
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            if col == "A" or (col == "C" and text is not None):
                cell.font, cell.fill = Font(size=10), SHADE
                cell.alignment = Alignment(vertical="center", wrap_text=True)
            else:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
        if row[2] is None:
            ws.merge_cells(f"B{r}:D{r}")
    wb.save(path)
    return path


def test_labels_wrapped_in_rows_too_short_for_them_are_read_on_the_print(tmp_path):
    pdf = soffice_convert(_complaint_form(tmp_path / "ccf.xlsx"), "pdf", tmp_path / "out")
    result = parse(pdf)
    assert value(result, "short_term_action") == "100% sort of 2,600 pcs in the Jurong hub."
    assert value(result, "description") == "Sink marks on the boss; 132 pcs rejected at IQC."
    assert value(result, "reporter") == "Tan Wei Ming"


def test_a_letter_printed_over_a_words_start_is_not_read_before_it():
    # ``Complaint`` drawn first, then ``I`` and ``mmediate`` over it, 1.6 pt lower: the ``I``
    # starts where ``Complaint`` starts, so it is no letter of a line read right to left
    pieces = [
        ("Complaint", 54.9, 165.3, 104.1, 174.6, False, False),
        ("I", 54.9, 168.5, 58.6, 177.1, False, False),
        ("mmediate", 58.6, 168.5, 106.0, 177.1, False, False),
    ]
    assert [w.text for w in group_words(pieces, 1)] == ["Complaint", "Immediate"]
    # a page turned upside down still reads right to left: ``tnialpmoC`` glyph by glyph
    backwards = [
        ("nt", 80.0, 10.0, 90.0, 19.0, False, False),
        ("Complai", 40.0, 10.0, 80.0, 19.0, False, False),
    ]
    assert [w.text for w in group_words(backwards, 1)] == ["Complaint"]


def test_a_lines_top_poking_over_its_rows_border_is_that_rows():
    # | Nature of  |      row 156.5..170.6: the two lines centred, ``Nature of`` 2 pt over the top
    # | Complaint  |
    # | Immediate  |      row 170.6..184.7: ``Immediate`` 2.1 pt over the border above
    # | Action     |
    xs, ys = (53.9, 132.9, 540.8), (142.4, 156.5, 170.6, 184.7)
    rules = [Rule(1, x, ys[0], x, ys[-1]) for x in xs] + [Rule(1, xs[0], y, xs[-1], y) for y in ys]
    words = [
        Word("Nature of", 1, 54.9, 154.5, 101.3, 163.0),
        Word("Complaint", 1, 54.9, 165.3, 104.1, 170.6),
        Word("Immediate", 1, 54.9, 168.5, 106.0, 177.1),
        Word("Action", 1, 54.8, 179.6, 85.3, 184.7),
    ]
    found = {c.text: (c.top, c.bottom) for c in cells(words, rules)}
    assert found["Nature of Complaint"] == (156.5, 170.6)
    assert found["Immediate Action"] == (170.6, 184.7)


def test_a_label_inside_its_row_over_one_spilling_out_of_the_next_is_a_label_of_its_own():
    # | สาเหตุ / Reason |  Solderability failure…   row 176.0..189.4: the label inside it
    # | การดำเนินการ /   |  □Rework □Scrap ■Replace   row 189.4..202.7: two lines centred,
    # | Disposition     |                            spilling both ways (tall Thai glyphs)
    # (tests/holdout15 return-en-thai.pdf: the three lines were one label of the lower row, the
    # reason's row left without one and read as an item line run together)
    xs, ys = (53.9, 153.6, 539.8), (162.7, 176.0, 189.4, 202.7, 216.1)
    rules = [Rule(1, x, ys[0], x, ys[-1]) for x in xs] + [Rule(1, xs[0], y, xs[-1], y) for y in ys]
    words = [
        Word("สาเหตุ / Reason", 1, 55.2, 179.3, 128.5, 187.4),
        Word("การดำเนินการ /", 1, 55.2, 187.4, 130.1, 195.5),
        Word("Disposition", 1, 54.8, 197.8, 105.2, 205.9),
        Word("ผู้รับ / Received by", 1, 55.2, 205.7, 150.1, 214.5),
    ]
    found = {c.text: (c.top, c.bottom) for c in cells(words, rules)}
    assert found["สาเหตุ / Reason"] == (176.0, 189.4)
    assert found["การดำเนินการ / Disposition"] == (189.4, 202.7)
