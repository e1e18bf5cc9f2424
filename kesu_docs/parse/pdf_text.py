"""The PDF text layer as words with positions: the extraction layer below label anchoring.

A *word* here is what a clerk sees as one entry: the text of one table cell or one label,
kept together across font switches (LibreOffice writes ``2026`` and ``年`` with different
fonts) and split where the gap is wider than a space. Coordinates are in points with the
origin at the top left of the first page, pages stacked downwards, so "below" means the same
thing on every page and anchoring needs no page logic.

Two extractors give the same :class:`Word` list: :func:`pdfium_words` (PDFium through
pypdfium2, the default: about 10× faster) and :func:`pdfplumber_words` (pdfminer, the
second opinion). Both drop the doubled characters that fake bold leaves (the same glyph
drawn twice a fraction of a point apart).
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any, Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A gap wider than this share of the line height ends a word unless a real space bridges it.
WORD_GAP = 0.3
# A real space bridges at most this many line heights (beyond that it is layout, not text).
SPACE_GAP = 1.2
# The same glyph this close (share of its width) to the previous one is fake bold.
DUPLICATE_OFFSET = 0.35


@dataclass(frozen=True, slots=True)
class Word:
    """A run of text on one line, with its box (points; top-left origin; pages stacked)."""

    text: str
    page: int          # 1-based
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


@dataclass(frozen=True, slots=True)
class _Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    space_before: bool   # a real (not generated) space stood before it


def group_words(chars: list[_Char], page: int) -> list[Word]:
    """Characters in reading order → words: split at line changes and wide gaps, drop fake-bold doubles."""
    words: list[Word] = []
    run: list[_Char] = []

    def flush() -> None:
        if run:
            text = "".join((" " + c.text) if c.space_before and i else c.text for i, c in enumerate(run))
            words.append(Word(text, page, min(c.x0 for c in run), min(c.top for c in run),
                              max(c.x1 for c in run), max(c.bottom for c in run)))
            run.clear()

    for ch in chars:
        if run:
            last = run[-1]
            height = max(last.bottom - last.top, ch.bottom - ch.top, 1.0)
            width = max(last.x1 - last.x0, 0.1)
            same_line = last.top - height * 0.3 < (ch.top + ch.bottom) / 2 < last.bottom + height * 0.3
            if (same_line and ch.text == last.text and abs(ch.x0 - last.x0) < width * DUPLICATE_OFFSET
                    and abs(ch.top - last.top) < height * 0.3):
                continue  # fake bold: the same glyph again, a hair's breadth away
            gap = ch.x0 - last.x1
            limit = height * (SPACE_GAP if ch.space_before else WORD_GAP)
            if not same_line or gap > limit or gap < -height * 0.5:
                flush()
        run.append(ch if run or not ch.space_before else _Char(ch.text, ch.x0, ch.top, ch.x1, ch.bottom, False))
    flush()
    return _drop_doubled_words(words)


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
    """The page's thin path objects (cell borders) as rules; raw calls, as wrappers cost 10×."""
    raw = page.raw
    box = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(b) for b in box]
    get_object, get_type, get_bounds = (pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType,
                                        pdfium_c.FPDFPageObj_GetBounds)
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    rules = []
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = get_object(raw, i)
        if get_type(obj) != path or not get_bounds(obj, *refs):
            continue
        left, bottom, right, top = (b.value for b in box)
        rule = as_rule(number, left, offset + height - top, right, offset + height - bottom)
        if rule is not None:
            rules.append(rule)
    return rules


def pdfium_words(pdf: pdfium.PdfDocument) -> tuple[list[Word], list[Rule]]:
    """Words and ruling lines of every page of an open PDFium document (the fast extractor)."""
    words: list[Word] = []
    rules: list[Rule] = []
    offset = 0.0
    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    is_generated = pdfium_c.FPDFText_IsGenerated
    for number in range(len(pdf)):
        page = pdf[number]
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            raw = textpage.raw
            if len(text) != count:  # characters beyond the BMP: ask one by one
                text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
            chars: list[_Char] = []
            space = False
            for i, ch in enumerate(text):
                if ch.isspace() or ch == "\x00":
                    # a generated space is PDFium's guess at a gap, not the clerk's text
                    if ch == " " and not is_generated(raw, i):
                        space = True
                    continue
                loose_box(raw, i, box_ref)
                top = offset + height - box.top
                chars.append(_Char(ch, box.left, top, box.right, offset + height - box.bottom, space))
                space = False
            page_words = group_words(chars, number + 1)
            words.extend(page_words)
            if page_words:
                rules.extend(_pdfium_rules(page, number + 1, offset, height))
        finally:
            textpage.close()
            page.close()
        offset += height
    return words, rules


# ------------------------------------------------------------------------------ pdfplumber
def pdfplumber_words(data: bytes) -> tuple[list[Word], list[Rule]]:
    """Words and rules through pdfplumber/pdfminer: slower, a second opinion on odd files."""
    import io

    import pdfplumber

    words: list[Word] = []
    rules: list[Rule] = []
    offset = 0.0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page = page.dedupe_chars()
            chars: list[_Char] = []
            space = False
            for c in page.chars:
                if c["text"].isspace():
                    space = True
                    continue
                chars.append(_Char(c["text"], c["x0"], offset + c["top"], c["x1"], offset + c["bottom"], space))
                space = False
            words.extend(group_words(chars, page.page_number))
            for shape in (*page.lines, *page.rects):
                rule = as_rule(page.page_number, shape["x0"], offset + shape["top"], shape["x1"],
                               offset + shape["bottom"])
                if rule is not None:
                    rules.append(rule)
            offset += float(page.height)
    return words, rules
