"""The PDF text layer as words with positions: the extraction layer below label anchoring.

A *word* here is what a clerk sees as one entry: the text of one table cell or one label,
kept together across font switches (LibreOffice writes ``2026`` and ``年`` with different
fonts) and split where the gap is wider than a space. Coordinates are in points with the
origin at the top left of the first page, pages stacked downwards, so "below" means the same
thing on every page and anchoring needs no page logic.

Two extractors give the same :class:`Word` and :class:`Rule` lists: :func:`pdfium_words`
(PDFium through pypdfium2, the default: about 10× faster) and :func:`pdfplumber_words`
(pdfminer, the second opinion). Both

- drop the doubled characters that fake bold leaves (the same glyph drawn twice a fraction
  of a point apart), where PDFium has not already;
- drop page numbers in headers and footers (``第 1 页 / 共 2 页``), which would otherwise be
  read into the table above them;
- return the ruling lines (cell borders) that :mod:`.pdf_cells` groups words by.

Measured on a two-page printed form: PDFium's own text extraction 2.3 ms a page, the whole
``kesu parse`` about 2.8× that (``bench/pdf_bench.py``); pdfplumber alone takes ~36 ms a page.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A gap wider than this share of the line height ends a word unless a real space bridges it.
WORD_GAP = 0.3
# A real space bridges at most this many line heights (beyond that it is layout, not text).
SPACE_GAP = 1.2
# The same glyph this close to the previous one is fake bold: within this share of its width,
# or of the line height for narrow glyphs (a "/" drawn twice 1.5 pt apart; "ii" is 2 pt apart).
DUPLICATE_OFFSET = 0.35
DUPLICATE_NUDGE = 0.15


@dataclass(frozen=True, slots=True)
class Word:
    """A run of text on one line, with its box (points; top-left origin; pages stacked)."""

    text: str
    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line (a cell border): horizontal when ``y0 == y1``, vertical when ``x0 == x1``."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top <= self.x1 - self.x0


# A path this thin (points) is a ruling line; anything wider is a fill, not a border.
RULE_THICKNESS = 2.5


def as_rule(page: int, x0: float, top: float, x1: float, bottom: float) -> Rule | None:
    """A thin path's bounding box as a horizontal or vertical rule through its middle, else None."""
    w, h = x1 - x0, bottom - top
    if h <= RULE_THICKNESS and w > 2 * RULE_THICKNESS:
        y = (top + bottom) / 2
        return Rule(page, x0, y, x1, y)
    if w <= RULE_THICKNESS and h > 2 * RULE_THICKNESS:
        x = (x0 + x1) / 2
        return Rule(page, x, top, x, bottom)
    return None


# A piece of text with its box: a character, or a run of characters PDFium put together.
# (text, x0, top, x1, bottom, a real space before it) — a tuple: there are thousands a page.
Piece = tuple[str, float, float, float, float, bool]


def group_words(pieces: list[Piece], page: int) -> list[Word]:
    """Pieces in reading order → words: split at line changes and wide gaps, drop fake-bold doubles."""
    words: list[Word] = []
    run: list[Piece] = []

    def flush() -> None:
        text = "".join((" " + p[0]) if p[5] and i else p[0] for i, p in enumerate(run))
        _texts, x0s, tops, x1s, bottoms, _spaces = zip(*run)
        words.append(Word(text, page, min(x0s), min(tops), max(x1s), max(bottoms)))
        run.clear()

    for piece in pieces:
        if run:
            text, x0, top, _x1, bottom, space = piece
            last = run[-1]
            height = max(last[4] - last[2], bottom - top, 1.0)
            middle = (top + bottom) / 2
            same_line = last[2] - height * 0.3 < middle < last[4] + height * 0.3
            if (
                same_line
                and text == last[0]
                and abs(top - last[2]) < height * 0.3
                and abs(x0 - last[1]) < max((last[3] - last[1]) * DUPLICATE_OFFSET, height * DUPLICATE_NUDGE)
            ):
                continue  # fake bold: the same glyph again, a hair's breadth away
            gap = x0 - last[3]
            if not same_line or gap > height * (SPACE_GAP if space else WORD_GAP) or gap < -height * 0.5:
                first = run[0]
                back = first[1] - piece[3]
                if same_line and -height * 0.5 <= back <= height * (SPACE_GAP if space else WORD_GAP):
                    # right to left (a page turned upside down): the piece goes before the run;
                    # the space that came before the old first piece now stands after this one
                    run[0] = (*first[:5], space)
                    run.insert(0, (*piece[:5], False))
                    continue
                flush()
        run.append(piece)
    if run:
        flush()
    return _drop_doubled_words(words)


_DIGITS = re.compile(r"\d+")


def without_page_numbers(words: list[Word], offsets: list[float]) -> list[Word]:
    """Drop page furniture that numbers the pages (``第 1 页 / 共 2 页``, ``Page 2``).

    A text standing at the same place on several pages, the same but for its numbers, is a
    header or footer: read into the form it would land in the table above it. Text repeated
    identically (a title, a form code on every page) stays.
    """
    if len(offsets) < 2:
        return words
    groups: dict[tuple[int, int, str], list[Word]] = {}
    for w in words:
        if any(ch.isdigit() for ch in w.text):
            key = (round(w.x0 / 4), round((w.top - offsets[w.page - 1]) / 4), _DIGITS.sub("#", w.text))
            groups.setdefault(key, []).append(w)
    furniture = {
        id(w)
        for group in groups.values()
        if len({w.page for w in group}) > 1 and len({w.text for w in group}) > 1
        for w in group
    }
    return [w for w in words if id(w) not in furniture] if furniture else words


def _drop_doubled_words(words: list[Word]) -> list[Word]:
    """Fake bold drawn as a second pass over a whole string: drop the copy lying on its original."""
    kept: list[Word] = []
    seen: dict[str, list[Word]] = {}
    for w in words:
        twins = seen.setdefault(w.text, [])
        if any(abs(w.x0 - t.x0) < 2 and abs(w.top - t.top) < 2 and t.page == w.page for t in twins):
            continue
        twins.append(w)
        kept.append(w)
    return kept


# ------------------------------------------------------------------------------ PDFium
def _pdfium_rules(page: pdfium.PdfPage, number: int, offset: float, height: float) -> list[Rule]:
    """The page's cell borders as rules: thin paths (LibreOffice, Excel), the sides of stroked
    rectangles (one per cell) and the straight strokes of a grid drawn as one path.

    Raw calls: PDFium's object wrappers cost ten times as much, and a form has hundreds.
    """
    raw = page.raw
    box = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(b) for b in box]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    get_object, get_type, get_bounds = (
        pdfium_c.FPDFPage_GetObject,
        pdfium_c.FPDFPageObj_GetType,
        pdfium_c.FPDFPageObj_GetBounds,
    )
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    base = offset + height
    rules = []
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = get_object(raw, i)
        if get_type(obj) != path or not get_bounds(obj, *refs):
            continue
        left, bottom, right, top = box[0].value, box[1].value, box[2].value, box[3].value
        rule = as_rule(number, left, base - top, right, base - bottom)
        if rule is not None:
            rules.append(rule)
            continue
        # wider than a line: a border only when stroked (a filled box is a shading)
        if (
            not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
            or not stroke.value
        ):
            continue
        segments = pdfium_c.FPDFPath_CountSegments(obj)
        if segments in (4, 5):  # a rectangle (re, or four lines closing): its four sides
            y0, y1 = base - top, base - bottom
            rules += [
                Rule(number, left, y0, right, y0),
                Rule(number, left, y1, right, y1),
                Rule(number, left, y0, left, y1),
                Rule(number, right, y0, right, y1),
            ]
        elif segments > 5:
            rules += _path_lines(obj, segments, number, base)
    return rules


def _path_lines(obj: Any, segments: int, number: int, base: float) -> list[Rule]:
    """The horizontal and vertical strokes of a path (a grid drawn in one go), on the page."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return []
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[Rule] = []
    last: tuple[float, float] | None = None
    for k in range(segments):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        if not seg or not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            last = None
            continue
        point = (a * x.value + c * y.value + e, base - (b * x.value + d * y.value + f))
        if pdfium_c.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
            rule = as_rule(
                number,
                min(last[0], point[0]),
                min(last[1], point[1]),
                max(last[0], point[0]),
                max(last[1], point[1]),
            )
            if rule is not None:
                out.append(rule)
        last = point
    return out


# PDFium reports a hyphen that ends a line as U+FFFE and drops the line end: a run ends there.
_TOKEN = re.compile(r"[^\s\x00\ufffe]+\ufffe?|\ufffe")


_TWICE = re.compile(r"(.)\1", re.S)


def _doubled(token: str) -> bool:
    """Adjacent equal characters: maybe fake bold drawn glyph by glyph (or just 谢谢, 1100)."""
    return _TWICE.search(token) is not None


def _page_pieces(textpage: pdfium.PdfTextPage, offset: float, height: float) -> list[Piece]:
    """The runs of non-space characters PDFium reports, each with its box.

    Two box look-ups per run (its first and last character) instead of one per character:
    PDFium already breaks its text at lines and gaps (generated spaces and line ends), and
    :func:`group_words` joins runs it split too eagerly. Runs with doubled characters are
    taken character by character, so fake bold can be told from 谢谢.
    """
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters beyond the BMP: ask one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    is_generated = pdfium_c.FPDFText_IsGenerated
    base = offset + height
    pieces: list[Piece] = []
    end = 0
    for m in _TOKEN.finditer(text):
        start, stop = m.span()
        between = text[end:start]
        # a real space (not PDFium's guess at a gap) may join words; a line end never does
        space = (
            " " in between
            and "\n" not in between
            and "\r" not in between
            and any(text[k] == " " and not is_generated(raw, k) for k in range(end, start))
        )
        end = stop
        token = m.group().replace("\ufffe", "-")
        if len(token) == 1 or not _doubled(token):
            loose_box(raw, start, ref)
            x0, top, bottom = box.left, base - box.top, base - box.bottom
            if stop - start > 1:
                loose_box(raw, stop - 1, ref)
                top, bottom = min(top, base - box.top), max(bottom, base - box.bottom)
            if box.right > x0:
                pieces.append((token, x0, top, box.right, bottom, space))
                continue
            # the run ends left of where it starts: a page turned upside down, read right to left
        for k in range(start, stop):
            loose_box(raw, k, ref)
            pieces.append(
                (
                    token[k - start],
                    box.left,
                    base - box.top,
                    box.right,
                    base - box.bottom,
                    space and k == start,
                )
            )
    return pieces


def pdfium_words(pdf: pdfium.PdfDocument) -> tuple[list[Word], list[Rule]]:
    """Words and ruling lines of every page of an open PDFium document (the fast extractor)."""
    words: list[Word] = []
    rules: list[Rule] = []
    offset = 0.0
    offsets: list[float] = []
    for number in range(len(pdf)):
        offsets.append(offset)
        page = pdf[number]
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            page_words = group_words(_page_pieces(textpage, offset, height), number + 1)
            words.extend(page_words)
            if page_words:
                rules.extend(_pdfium_rules(page, number + 1, offset, height))
        finally:
            textpage.close()
            page.close()
        offset += height
    return without_page_numbers(words, offsets), rules


# ------------------------------------------------------------------------------ pdfplumber
def pdfplumber_words(data: bytes) -> tuple[list[Word], list[Rule]]:
    """Words and rules through pdfplumber/pdfminer: slower, a second opinion on odd files."""
    import io

    import pdfplumber

    words: list[Word] = []
    rules: list[Rule] = []
    offset = 0.0
    offsets: list[float] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            offsets.append(offset)
            page = page.dedupe_chars()
            pieces: list[Piece] = []
            space = False
            for c in page.chars:
                if c["text"].isspace():
                    space = True
                    continue
                pieces.append((c["text"], c["x0"], offset + c["top"], c["x1"], offset + c["bottom"], space))
                space = False
            words.extend(group_words(pieces, page.page_number))
            for shape in (*page.lines, *page.rects):
                n, x0, x1 = page.page_number, shape["x0"], shape["x1"]
                top, bottom = offset + shape["top"], offset + shape["bottom"]
                rule = as_rule(n, x0, top, x1, bottom)
                if rule is not None:
                    rules.append(rule)
                elif shape.get("stroke") and shape.get("object_type") == "rect":  # a cell's frame
                    rules += [
                        Rule(n, x0, top, x1, top),
                        Rule(n, x0, bottom, x1, bottom),
                        Rule(n, x0, top, x0, bottom),
                        Rule(n, x1, top, x1, bottom),
                    ]
            offset += float(page.height)
    return without_page_numbers(words, offsets), rules
