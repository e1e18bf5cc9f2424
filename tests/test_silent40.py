"""Two cells' texts a shrunk print sets closer than a word gap (issue 10, silent40).

A sheet printed shrunk to fit its page sets a quantity right-aligned in its cell and the unit
price typed as text left-aligned in the next ``472│6.25`` a fraction of a point apart, no border
drawn between: PDFium gives them as one run and the price was read ``4726.25``, silently. Each
text is its own text object, its letters touching (their loose boxes are their advances): where
a run passes from one object to the next in a gap wider than its letters' spacing — a share of
its line, so at any zoom — a figure parts from what follows (:func:`.pdf_text._apart_objects`),
and the gap is the two cells' border (:meth:`.pdf_text.Walls.add`, ``narrow``).

PDFs drawn with fpdf2 (Helvetica: Latin text shows the rule), each text its own object.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kesu_docs.parse.pdf_text import pdfium_words

# the padding (points at ×1) each of two cells leaves between its border and its text
PAD = 0.35


def _cells_print(path: Path, zoom: float, pairs: list[tuple[str, str]]) -> Path:
    """A borderless table printed at ``zoom``: a header row, then under it each pair's figure
    right-aligned in a narrow cell (its right side at x=150) and the next cell's text
    left-aligned (from x=150), each cell padding its text :data:`PAD` — one row a pair."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9 * zoom)

    def put(x: float, y: float, text: str, *, right: bool = False) -> None:
        x *= zoom
        pdf.text(x - pdf.get_string_width(text) if right else x, y * zoom, text)

    put(150 - PAD, 60, "Qty", right=True)
    put(150 + PAD + 20, 60, "Price")
    for n, (figure, text) in enumerate(pairs):
        y = 80 + 15 * n
        put(150 - PAD, y, figure, right=True)
        put(150 + PAD, y, text)
    pdf.output(str(path))
    return path


def _words(path: Path) -> list[str]:
    with pdfium.PdfDocument(str(path)) as pdf:
        return [w.text for w in pdfium_words(pdf)[0]]


@pytest.mark.parametrize("zoom", [0.6, 0.8, 1.0])
def test_a_figure_and_the_next_cells_figure_drawn_apart_are_two_words_at_any_zoom(tmp_path, zoom):
    words = _words(_cells_print(tmp_path / "cells.pdf", zoom, [("472", "6.25"), ("36", "Due")]))
    assert "472" in words and "6.25" in words, words
    assert "36" in words and "Due" in words, words
    assert not any(t.startswith("4726") for t in words)


def test_a_figures_own_texts_drawn_touching_stay_one_word(tmp_path):
    # one figure's thousands drawn as two objects touching (no gap: one text), and the thousands
    # of a figure drawn apart (``1 250``): never parted
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    x = 100.0
    for part in ("12", "600.00"):
        pdf.text(x, 80, part)
        x += pdf.get_string_width(part)
    pdf.text(100, 95, "1")
    pdf.text(100 + pdf.get_string_width("1") + 2 * PAD, 95, "250")
    path = tmp_path / "figures.pdf"
    pdf.output(str(path))
    words = _words(path)
    assert "12600.00" in words, words
    assert "250" not in words, words
