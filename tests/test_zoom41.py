"""A form printed at any scale reads as at ×1: the text reader's distances too (issue 10, zoom41).

zoom40 made the cell reader's distances shares of the page's line height; the text reader's were
still in points: how thin a path is to be a ruling line rather than a shaded band (a 3.3 pt header
band over 2.2 pt lines, 2.3 pt at ×0.7, was read as a border through its row: holdout40's
return-en-formrow lost its item row), how far apart two cells' texts stand at a border
(``WALL_GAP``), how far a glyph may reach over it (``WALL_SLACK``), how near a text starts to a
column's start (``COLUMN_SLACK``). Each is now a share of the line height, so each decides alike
at every zoom. And a label turned a quarter up its merged cell that PDFium gives in one run with
the upright value beside it (``問題描述六層板…``, so at ×1 and not at ×1.5: PDFium's line breaks
are its own, in points) is cut where its letters turn (holdout8's 8d-zht-rotated read its value
letter by letter, ``六 層 板``, at ×1).

PDFs built here with fpdf2 at two scales, and two real prints scaled as ``bench/zoom_reads.py``
does (pypdf's ``scale_by``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kesu_docs.parse.pdf_text import (
    COLUMN_SLACK,
    RULE_SHARE,
    WALL_GAP,
    WALL_SLACK,
    Rule,
    Walls,
    _starts_a_column,
    as_rule,
    page_line,
    pdfium_words,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from zoom_reads import record, scaled  # noqa: E402

ZOOMS = (0.5, 1.5)


def _banded(path: Path, zoom: float) -> Path:
    """A small-print form (4 pt text) at ``zoom``: a grey header band 1.5 lines high over its
    column names, a thin filled border (a tenth of a line) under the row, its values."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595 * zoom, 300 * zoom))
    pdf.add_page()
    pdf.set_font("Helvetica", size=4 * zoom)
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(50 * zoom, 60 * zoom, 400 * zoom, 6.6 * zoom, style="F")  # the band
    pdf.set_fill_color(0, 0, 0)
    pdf.rect(50 * zoom, 80 * zoom, 400 * zoom, 0.45 * zoom, style="F")  # a border drawn filled
    for x, text in ((60, "Part No."), (160, "Part name"), (260, "Qty")):
        pdf.text(x * zoom, 64.5 * zoom, text)
    for x, text in ((60, "ST-BLD-880"), (160, "Saw blade 185 mm"), (260, "472")):
        pdf.text(x * zoom, 76 * zoom, text)
    pdf.output(str(path))
    return path


def _rules(path: Path) -> list[Rule]:
    with pdfium.PdfDocument(str(path)) as doc:
        _words, rules = pdfium_words(doc)
    return rules


@pytest.mark.parametrize("zoom", ZOOMS)
def test_a_band_is_a_band_and_a_thin_filled_border_a_rule_at_any_zoom(tmp_path, zoom):
    # (in points, the band's 6.6 pt at ×0.5 were 3.3 pt — past 2.5, a shade; at ×0.35 a rule
    # through the header row. As a share of the 4 pt print's line: a band at every zoom.)
    for z in (1.0, zoom, 0.35):
        rules = _rules(_banded(tmp_path / f"{z}.pdf", z))
        bands = [r for r in rules if r.fill and r.x1 - r.x0 > 300 * z]
        assert len(bands) == 1 and bands[0].bottom - bands[0].top == pytest.approx(6.6 * z, abs=0.05), rules
        lines = [r for r in rules if not r.fill and r.horizontal and r.x1 - r.x0 > 300 * z]
        assert [round(r.top / z, 1) for r in lines] == [80.2], (z, rules)


def test_the_page_line_grows_with_the_print(tmp_path):
    heights = {}
    for z in (1.0, 1.5, 0.5):
        with pdfium.PdfDocument(str(_banded(tmp_path / f"{z}.pdf", z))) as doc:
            page = doc[0]
            text = page.get_textpage()
            heights[z] = page_line(text.raw, text.count_chars())
            text.close()
            page.close()
    assert 3 < heights[1.0] < 6  # (a 4 pt font's loose boxes)
    assert heights[1.5] == pytest.approx(1.5 * heights[1.0], rel=0.02)
    assert heights[0.5] == pytest.approx(0.5 * heights[1.0], rel=0.02)


@pytest.mark.parametrize("line", [2.2, 8.2, 15.0])
def test_a_path_is_a_rule_up_to_its_share_of_the_line(line):
    thin, thick = 0.9 * RULE_SHARE * line, 1.1 * RULE_SHARE * line
    assert as_rule(1, 50, 100, 300, 100 + thin, line) is not None
    assert as_rule(1, 50, 100, 300, 100 + thick, line) is None
    assert as_rule(1, 50, 100, 50 + thin, 300, line) is not None


@pytest.mark.parametrize("line", [2.2, 8.2, 15.0])
def test_a_border_parts_two_cells_texts_at_its_share_of_the_line(line):
    # a border at x=100 down the line 10..20 (× line / 10)
    unit = line / 10
    walls = Walls([Rule(1, 100, 0, 100, 40 * unit)], line)
    top, bottom = 10 * unit, 20 * unit
    apart = 1.5 * WALL_GAP * line  # two cells' texts, each at its padding
    touching = 0.5 * WALL_GAP * line  # one text's glyphs running over the border
    assert walls.between(100 - apart / 2, 100 + apart / 2, top, bottom)
    assert not walls.between(100 - touching / 2, 100 + touching / 2, top, bottom)
    # a glyph's box reaching over the border it stops at, by less than the slack's share
    reach = 0.5 * WALL_SLACK * line
    assert walls.between(100 + reach, 100 + reach + apart, top, bottom)
    assert not walls.between(100 + 2 * WALL_SLACK * line, 100 + 2 * WALL_SLACK * line + apart, top, bottom)


@pytest.mark.parametrize("height", [3.0, 8.0, 15.0])
def test_a_text_starts_a_column_within_its_share_of_the_line(height):
    # a column's text starts at x=100 two lines above
    starts = [(100.0, 10.0)]
    xs = [100.0]
    middle = 10.0 + 2 * height

    def piece(x0: float) -> tuple[str, float, float, float, float, bool]:
        return ("Pioneer", x0, middle - height / 2, x0 + 30, middle + height / 2, False)

    assert _starts_a_column(piece(100 + 0.8 * COLUMN_SLACK * height), height, starts, xs)
    assert not _starts_a_column(piece(100 + 1.5 * COLUMN_SLACK * height), height, starts, xs)


# real prints that read differently at ×0.7 or ×1.5 before zoom41 (zoom40's report)
PRINTS = [
    ROOT / "tests" / "holdout40" / "filled" / "return-en-formrow.pdf",
    ROOT / "tests" / "holdout8" / "filled" / "8d-zht-rotated.pdf",
]


@pytest.mark.slow
@pytest.mark.parametrize("pdf", PRINTS, ids=lambda p: p.stem)
def test_a_real_print_reads_the_same_record_at_every_zoom(tmp_path, pdf):
    kind = pdf.name.split("-")[0]
    at_one = record(scaled(pdf, 1.0, tmp_path / f"1-{pdf.name}"), kind)
    assert len(at_one) > 10
    for zoom in (0.7, 1.5):
        got = record(scaled(pdf, zoom, tmp_path / f"{zoom}-{pdf.name}"), kind)
        differ = {k: (at_one.get(k), got.get(k)) for k in {*at_one, *got} if at_one.get(k) != got.get(k)}
        assert not differ, f"×{zoom}: {differ}"


def test_a_turned_label_run_on_into_its_value_leaves_the_value_upright(tmp_path):
    # 8d-zht-rotated at ×1: PDFium gives ``問題描述`` (turned a quarter) and ``六層板 …`` in one run
    pdf = ROOT / "tests" / "holdout8" / "filled" / "8d-zht-rotated.pdf"
    expected = json.loads(
        (ROOT / "tests" / "holdout8" / "expected" / "8d-zht-rotated.json").read_text("utf-8")
    )
    want = next(f["expect"] for f in expected["fields"] if f.get("path") == "problem.statement")
    got = record(scaled(pdf, 1.0, tmp_path / pdf.name), "8d")
    assert got["problem.statement"] == want == "六層板 BGA 區域微短路，客戶 ICT 不良 64 片。"


@pytest.mark.parametrize("height", [3.0, 8.0, 15.0])
def test_a_text_past_its_clips_side_is_cut_from_its_share_of_the_line(height):
    # a cell's clip 100..200 wide, its line ``height`` high; a glyph box overhanging the side by
    # a hair is whole on paper, one reaching a third of a line past it is cut (in points, a 1 pt
    # floor took the 3 pt line's third, 1.0 pt, for a hair: a print at ×0.4 read it whole)
    from kesu_docs.parse.pdf_clip import _SIDE_SHARE, past_clip_sides

    rect = (50.0, 50.0 + 2 * height, 100.0, 200.0)
    top = 50.0 + height / 2

    def cut(reach: float) -> list:
        pieces = [("Saw blade 185 mm", 110.0, top, 200.0 + reach, top + height, False, False)]
        boxes, _unseen = past_clip_sides(pieces, [(0, 1, rect)])
        return boxes

    assert cut(0.5 * _SIDE_SHARE * height) == []
    assert cut(1.6 * _SIDE_SHARE * height) == [(110.0, top, 200.0 + 1.6 * _SIDE_SHARE * height, top + height)]
