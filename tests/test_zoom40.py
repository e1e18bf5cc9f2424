"""A form printed shrunk or enlarged reads as at ×1 (issue 10, zoom40).

A sheet printed "fit to page" (×0.7) or enlarged (×1.5) has every distance of its page shrunk or
enlarged alike: its borders, its paddings, its glyph boxes' overhangs over their borders. The cell
reader's distances (:mod:`kesu_docs.parse.pdf_cells`: how near a border still encloses a word, a
cell's padding, how alike two lines stand in their rows) are shares of the page's line height, so
they grow and shrink with the print; in points they were another share of a row at each zoom
(a fieldset's legend 1.37 pt below its border at ×1 stood on it, at ×1.5 2.06 pt inside it).

Real prints scaled as ``bench/zoom_reads.py`` does (pypdf's ``scale_by``: content and boxes, each
zoom a copy in one scratch folder) read to the same record at ×0.7, ×1 and ×1.5.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kesu_docs.parse.pdf_cells import cells, line_height
from kesu_docs.parse.pdf_text import Rule, Word

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/filled")
sys.path.insert(0, str(ROOT / "bench"))

from zoom_reads import record, scaled  # noqa: E402

ZOOMS = (0.7, 1.5)


def _fieldset(zoom: float) -> tuple[list[Word], list[Rule]]:
    """A portal's fieldset printed at ``zoom``: its legend ``D1 Team`` standing on the frame's top
    border, its middle 1.37 pt (× zoom) below it (as the portal's print at ×1), two names inside."""

    def word(text: str, x0: float, top: float, x1: float) -> Word:
        return Word(text, 1, x0 * zoom, top * zoom, x1 * zoom, (top + 10) * zoom)

    def rule(x0: float, top: float, x1: float, bottom: float) -> Rule:
        return Rule(1, x0 * zoom, top * zoom, x1 * zoom, bottom * zoom)

    words = [
        word("D1 Team", 60, 96.37, 100),
        word("Alice Wang", 60, 125, 110),
        word("Bob Li", 60, 160, 90),
        word("Title", 60, 40, 90),
    ]
    rules = [
        rule(50, 100, 300, 100),
        rule(50, 200, 300, 200),
        rule(50, 100, 50, 200),
        rule(300, 100, 300, 200),
    ]
    return words, rules


def _read(zoom: float) -> list[tuple[str, tuple[float, ...]]]:
    words, rules = _fieldset(zoom)
    return sorted(
        (c.text, tuple(round(v / zoom, 1) for v in (c.x0, c.top, c.x1, c.bottom)))
        for c in cells(words, rules)
    )


@pytest.mark.parametrize("zoom", [0.7, 1.5])
def test_a_legend_on_its_fieldsets_border_stands_alone_at_any_zoom(zoom):
    at_one = _read(1.0)
    assert ("D1 Team", (60.0, 96.4, 100.0, 106.4)) in at_one  # alone: the word's own box
    assert _read(zoom) == at_one


def test_the_line_height_grows_with_the_print():
    words, _ = _fieldset(1.0)
    heights = [w.bottom - w.top for w in words]
    assert line_height([1.5 * h for h in heights]) == pytest.approx(1.5 * line_height(heights))
    assert line_height(heights) == pytest.approx(10.0)


# real prints: the corpus's (read at test time, never copied) and the held-out sets'
# (each read differently at ×1.5 or ×0.7 before: the portal's legend inside its fieldset at ×1.5,
# 8d-tr-generated's 1.75 pt borders 2.6 pt thick at ×1.5 and no rules, 8d-ko-a3's D5 rows at ×0.7)
PRINTS = [
    ROOT / "tests" / "holdout5" / "filled" / "8d-en-portal-fieldsets.pdf",
    CORPUS / "8d-tr-generated.pdf",
    CORPUS / "8d-ko-a3.pdf",
]


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PRINTS, ids=lambda p: p.stem)
def test_a_real_print_reads_the_same_record_at_every_zoom(tmp_path, pdf):
    if not pdf.exists():
        pytest.skip(f"{pdf} not on this machine")
    kinds = {"8d", "complaint", "return", "allowance"}
    kind = pdf.name.split("-")[0] if pdf.name.split("-")[0] in kinds else None
    at_one = record(scaled(pdf, 1.0, tmp_path / f"1-{pdf.name}"), kind)
    assert len(at_one) > 10
    for zoom in ZOOMS:
        got = record(scaled(pdf, zoom, tmp_path / f"{zoom}-{pdf.name}"), kind)
        differ = {k: (at_one.get(k), got.get(k)) for k in {*at_one, *got} if at_one.get(k) != got.get(k)}
        assert not differ, f"×{zoom}: {differ}"


@pytest.mark.parametrize("width", [0.75, 1.75, 2.6, 3.6])
def test_a_border_drawn_as_one_straight_stroke_is_a_rule_at_any_pen_width(tmp_path, width):
    # a 1.75 pt border printed at ×1.5 is 2.6 pt thick: its box is as thick as the pen, past
    # RULE_THICKNESS, and it was no rule (8d-tr-generated's D-step rows lost at ×1.5)
    import pypdfium2 as pdfium
    from fpdf import FPDF

    from kesu_docs.parse.pdf_text import pdfium_words

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(60, 95, "Customer")
    pdf.set_line_width(width)
    pdf.line(50, 100, 300, 100)
    pdf.line(50, 100, 50, 130)
    path = tmp_path / "stroke.pdf"
    pdf.output(str(path))
    with pdfium.PdfDocument(str(path)) as doc:
        _words, rules = pdfium_words(doc)
    assert any(r.horizontal and abs(r.top - 100) < 0.01 and r.x1 - r.x0 > 200 for r in rules), rules
    assert any(not r.horizontal and abs(r.x0 - 50) < 0.01 for r in rules), rules
