"""A figure and its own unit drawn as two texts a little apart stay one value (issue 10, fixrd39b).

Word sets a Latin-font figure and the East Asian character after it as two text objects, 0.8 pt
apart: silent40's rule (:func:`.pdf_text._apart_objects`) parted them as two cells' texts — the
quantity ``1.2`` + ``万`` read 1.2 (was 12000), ``40`` + ``箱`` read 40 with 箱 dropped. A piece
starting with the figure's own unit or scale is never parted from it
(:func:`.pdf_text._own_unit_after`); silent40's ``472│6.25`` and ``36│Due`` still part.

PDFs drawn with fpdf2 (Helvetica for the figures, a CJK font for one character), each text its
own object.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kesu_docs.parse.pdf_text import pdfium_words

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")

# the gap Word leaves between a Latin figure and the East Asian character after it (points)
GAP = 0.8

PAIRS = [
    ("1.2", "万"),
    ("40", "箱"),
    ("1,200", "pcs"),
    ("¥", "6.25"),
    ("472", "6.25"),
    ("36", "Due"),
    ("5", "M8"),
]


@pytest.fixture(scope="module")
def words(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The words of one print: each pair a line, its two texts :data:`GAP` apart."""
    if not CJK_FONT.exists():
        pytest.skip("no CJK font")
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("cjk", fname=str(CJK_FONT))
    pdf.add_page()
    for n, (left, right) in enumerate(PAIRS):
        y = 80 + 18 * n
        pdf.set_font("Helvetica", size=10.5)
        pdf.text(100, y, left)
        x = 100 + pdf.get_string_width(left) + GAP
        pdf.set_font("cjk" if not right.isascii() else "Helvetica", size=10.5)
        pdf.text(x, y, right)
    path = tmp_path_factory.mktemp("fixrd39b") / "units.pdf"
    pdf.output(str(path))
    with pdfium.PdfDocument(str(path)) as doc:
        return [w.text for w in pdfium_words(doc)[0]]


@pytest.mark.parametrize("joined", ["1.2万", "40箱", "1,200pcs", "¥6.25"])
def test_a_figure_and_its_own_unit_drawn_apart_stay_one_word(words, joined):
    assert joined in words, words


def test_a_figure_and_the_next_cells_figure_or_word_still_part(words):
    assert "472" in words and "6.25" in words, words
    assert "36" in words and "Due" in words, words
    assert "5" in words and "M8" in words, words  # (a code's letter before its digits: no unit)
    assert not any(w.startswith("4726") or w in ("36Due", "5M8") for w in words), words
