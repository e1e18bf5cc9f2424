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

import bisect
import ctypes
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..lazy_re import lazy_re
from ..memos import memo
from ..values import DITTO_MARKS, DITTO_MARKS_APART, PAGE_NUMBER, without_fill_in_lines
from . import pdfium_calls
from .ink import OPAQUE, Rgb, device_rgb, faint, shading, unprinted, white
from .limits import AnnotTally, check_pdf_page_chars
from .pdf_clip import (
    Clips,
    cut_sides,
    cut_to_centred_clips,
    end_at_clip_sides,
    join_hidden_lines,
    past_clip_sides,
    piece_of,
    split_at_clips,
)
from .rtl import NO_TEXT, has_right_to_left, lost_letters, mixed_directions
from .symbol_fonts import MARK_CHARS, as_marks, symbol_font
from .units import own_unit, unit_word

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
    bold: bool = False  # printed in a bold face (a layout cue: labels often are)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line (a cell border): horizontal when ``y0 == y1``, vertical when ``x0 == x1``.

    With ``fill``, a shaded rectangle instead (a cell's background colour), not a border; with
    ``framed`` too, a box drawn filled and stroked at once (an input box a form tints): a shade
    white letters are printed on (:func:`on_shade`), not a caption's shading (a filled, framed
    box is as often the box a clerk types into as a caption's).
    """

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    fill: bool = False
    framed: bool = False

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top <= self.x1 - self.x0


# A path this thin is a ruling line; anything thicker is a fill, not a border: a share of the
# page's line height (:func:`page_line`), so a band printed at ×0.7 stays a band (a 3.3 pt
# header band over 2.2 pt lines, 2.3 pt at ×0.7, was read as a border through the row's
# middle: return-en-formrow's item row became a second item, zoom41). Measured at ×1 over
# 768 PDFs (bench/zoom_shares.py, rule and band): the paths read as rules are 0–0.23 of a line
# thick, the bands 0.35 and more; three corpus prints draw borders 0.38–0.50 of their small
# lines thick (8d-tr-generated, 8d-en-workbook, 8d-ko-a3), each a straight stroke, which
# :func:`_pdfium_rules` reads by its points whatever its pen.
RULE_SHARE = 0.3
RULE_THICKNESS = 2.5  # points: the same at the median line (8.2 pt), for a page of no text


def as_rule(page: int, x0: float, top: float, x1: float, bottom: float, line: float) -> Rule | None:
    """A thin path's bounding box as a horizontal or vertical rule through its middle, else None
    (thin: :data:`RULE_SHARE` of ``line``, its page's line height)."""
    thin = RULE_SHARE * line
    w, h = x1 - x0, bottom - top
    if h <= thin and w > 2 * thin:
        y = (top + bottom) / 2
        return Rule(page, x0, y, x1, y)
    if w <= thin and h > 2 * thin:
        x = (x0 + x1) / 2
        return Rule(page, x, top, x, bottom)
    return None


def page_line(raw: Any, count: int, sample: int = 101) -> float:
    """A page's line height before its words are read (for :func:`as_rule`: its rules are read
    first): the median height of the loose boxes of up to ``sample`` of its characters, spread
    evenly over the page's text (spaces left out) — the measure of
    :func:`.pdf_cells.line_height`, which takes the median of its words' boxes. A page of no
    letters: :data:`RULE_THICKNESS` over :data:`RULE_SHARE` (the points as before)."""
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    heights = []
    for i in range(0, count, max(1, count // sample)):
        if chr(pdfium_calls.FPDFText_GetUnicode(raw, i)).isspace():
            continue
        if pdfium_calls.FPDFText_GetLooseCharBox(raw, i, ref):
            heights.append(box.top - box.bottom)
    heights.sort()
    return heights[len(heights) // 2] if heights else RULE_THICKNESS / RULE_SHARE


# A piece of text with its box: a character, or a run of characters PDFium put together.
# (text, x0, top, x1, bottom, a real space before it[, bold]) — a tuple: there are thousands a page.
# (text, x0, top, x1, bottom, a space before it (True, or GENERATED: PDFium's), bold)
@dataclass(slots=True)
class Paper:
    """What of a printed page shows, laid out as the words (pages stacked): the page's visible
    box (its MediaBox cut by its CropBox; a text running over any of its sides is cut off on
    paper), and the boxes of the lines its cells' clips hide wholly, drawn back into their
    cells (:func:`.pdf_clip.join_hidden_lines`: the paper does not show them)."""

    x0: float
    top: float
    x1: float
    bottom: float
    hidden: list[tuple[float, float, float, float]] = field(default_factory=list)
    # the boxes of the texts running past their clip's left or right side: cut at their cell's
    # edge by the print (:func:`.pdf_clip.past_clip_sides`)
    clipped: list[tuple[float, float, float, float]] = field(default_factory=list)
    # the boxes painted in white over texts drawn before them (:class:`Covers`): those not read
    covered: list[tuple[float, float, float, float]] = field(default_factory=list)
    # the words of a stamp saying the form is void, set aslant across it (:func:`void_stamp`)
    void: list[str] = field(default_factory=list)

    def cuts(self, x0: float, top: float, x1: float, bottom: float) -> bool:
        """Does a text's box run over a side of the paper (by more than a glyph box's slack)?"""
        hair = 1.5
        return (
            x0 < self.x0 - hair or x1 > self.x1 + hair or top < self.top - hair or bottom > self.bottom + hair
        )


Piece = (
    tuple[str, float, float, float, float, bool | str]
    | tuple[str, float, float, float, float, bool | str, bool]
)

# Text of two cells either side of a border stands at least this far apart (line heights, the
# page's: :class:`Walls`' ``line``; 0.5 pt before zoom41): each cell pads its text; the glyphs
# of one text running over a border (clipped) touch. Measured at ×1 over 768 PDFs
# (bench/zoom_shares.py, gap): touching 0–0.04 of a line, two cells' texts 0.10 and more.
WALL_GAP = 0.06
# (line heights) how far a glyph's loose box may reach over the border it stops at (0.3 pt
# before zoom41): the box is the glyph's advance, as wide as the print's letters. Weakly
# measured (slack: 35 borders outside their gap over 768 PDFs, 0–0.18 of a line, most on one
# print, 8d-en-workbook): the points' 0.3 at the median line.
WALL_SLACK = 0.04


class Walls:
    """A page's vertical borders: two pieces of text with one between them are two cells' text.

    A label right-aligned in its cell and the value left-aligned in the next stand closer than
    a word gap (``Customer:│Suzhou``); the border drawn between them tells they are two texts.
    """

    def __init__(self, rules: list[Rule], line: float = RULE_THICKNESS / RULE_SHARE) -> None:
        # (the page's line height, :func:`page_line`: the gap and slack grow with the print)
        self.gap, self.slack = WALL_GAP * line, WALL_SLACK * line
        vertical = sorted((r for r in rules if not r.horizontal and not r.fill), key=lambda r: r.x0)
        self.x = [r.x0 for r in vertical]
        self.span = [(r.top, r.bottom) for r in vertical]
        # a side found in a gap narrower than WALL_GAP (:func:`_apart_objects`: two texts drawn
        # apart, a shrunk print's cell padding): it parts the texts however narrow the gap
        self.narrow = [False] * len(self.x)
        self.any_narrow = False  # (asked at every gap: one flag, not a look down the list)

    def add(self, sides: list[tuple[float, float, float]], *, narrow: bool = False) -> None:
        """Borders known otherwise than by a ruling line (x, top, bottom): a cell's clip side a text
        was cut at (:func:`.pdf_clip.cut_sides`); with ``narrow``, the edge between two texts
        drawn apart in a gap of any width (:func:`_apart_objects`)."""
        for x, top, bottom in sides:
            i = bisect.bisect_left(self.x, x)
            self.x.insert(i, x)
            self.span.insert(i, (top, bottom))
            self.narrow.insert(i, narrow)
            self.any_narrow = self.any_narrow or narrow

    def between(self, left: float, right: float, top: float, bottom: float) -> bool:
        """A border runs between ``left`` and ``right`` (a gap, not through a glyph) at this line."""
        if not self.x:
            return False
        wide = right - left >= self.gap
        if not wide and (right <= left or not self.any_narrow):
            return False
        middle = (top + bottom) / 2
        slack = self.slack if wide else 0.0
        i = bisect.bisect_left(self.x, left - slack)
        while i < len(self.x) and self.x[i] <= right + slack:
            first, last = self.span[i]
            if first <= middle <= last and (wide or self.narrow[i]):
                return True
            i += 1
        return False

    def inside(self, left: float, right: float, top: float, bottom: float) -> bool:
        """A border runs through ``left..right`` at this line: the run may hold two cells' text."""
        middle = (top + bottom) / 2
        i = bisect.bisect_right(self.x, left)
        while i < len(self.x) and self.x[i] < right:
            first, last = self.span[i]
            if first <= middle <= last:
                return True
            i += 1
        return False


# PDFium's own space between two Latin words set apart with no space character (Chromium prints
# a page so): falsy, so the words join only as close as any two runs do, but with a space
GENERATED = ""
SPACED = 0.12  # line heights: a gap this wide between two words PDFium spaced is a word space
# (and Arabic-Indic digits: ``on ٠٤/٠٣/٢٠٢٦ at``, a date among Latin words, keeps its spaces);
# Latin letters with marks too (Latin-1 to Latin Extended-B, Latin Extended Additional):
# Turkmen ``2026 ý.`` (the year's abbreviation), ``Şikaýat №``, Vietnamese, Polish words
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_END = lazy_re(rf"[{_LATIN_LETTERS}0-9.,;:%)\]\u0660-\u0669\u06f0-\u06f9]")
_LATIN_START = lazy_re(rf"[{_LATIN_LETTERS}0-9(\[#№€$£¥\u0660-\u0669\u06f0-\u06f9]")


def _spaced(last: Piece, piece: Piece, height: float) -> bool:
    """A space PDFium made between two words a browser set apart (a word space wide, not a
    letter's kerning), on a line ``height`` high (its letters' middle height), as a letter's box
    may be its ink alone (Maltese ``ċċ`` from a fallback font, 0.8 pt apart in ``biċċa``: no
    space)."""
    return piece[5] is GENERATED and piece[1] - last[3] >= SPACED * max(piece[4] - piece[2], height, 1.0)


def _latin_gap(text: str, start: int) -> bool:
    """Is the one character before ``start`` a space PDFium made between two Latin words?"""
    return start >= 2 and bool(_LATIN_END.match(text[start - 2])) and bool(_LATIN_START.match(text[start]))


def group_words(pieces: list[Piece], page: int, walls: Walls | None = None) -> list[Word]:
    """Pieces in reading order → words: split at line changes, wide gaps and cell borders
    (``walls``), drop fake-bold doubles."""
    runs: list[list[Piece]] = []
    run: list[Piece] = []

    def flush() -> None:
        runs.append(run[:])
        run.clear()

    for piece in pieces:
        if run:
            text, x0, top, x1, bottom, space = piece[:6]
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
            if (
                not same_line
                or gap > height * (SPACE_GAP if space else WORD_GAP)
                or gap < -height * 0.5
                # a border in the gap parts two cells' texts; a typed space there is one text
                # overflowing into the next (empty) cell
                or (not space and walls is not None and walls.between(last[3], x0, top, bottom))
                # a text clipped by its cell's border ends on it (its cut glyph ended there,
                # pdf_clip.end_at_clip_sides): what follows past the border, spaced or not, is
                # the next cell's
                or (space and walls is not None and _ends_on_wall(last, x0, walls))
            ):
                first = run[0]
                back = first[1] - piece[3]
                if (
                    same_line
                    and -height * 0.5 <= back <= height * (SPACE_GAP if space else WORD_GAP)
                    # (a piece whose middle is past the run's start is printed over it — a label
                    # overflowing its short row onto the next one's — not before it)
                    and x0 + x1 < 2 * first[1]
                    and not (
                        not space and walls is not None and walls.between(piece[3], first[1], top, bottom)
                    )
                ):
                    # right to left (a page turned upside down): the piece goes before the run;
                    # the space that came before the old first piece now stands after this one
                    run[0] = (*first[:5], space, *first[6:])
                    run.insert(0, (*piece[:5], False, *piece[6:]))
                    continue
                flush()
        run.append(piece)
    if run:
        flush()
    runs = _set_back(runs, walls)
    words = [_run_word(r, page) for r in _apart_at_columns(_across_glyph_spaces(runs, walls))]
    return _ticks_on_their_words(_letter_spaced(_drop_doubled_words(words), walls))


# two runs touch when the gap between them is under this share of the line height (no space),
# or they overlap by less than half of it (PDFium's loose boxes of letters set close)
TOUCHING = 0.1


def _set_back(runs: list[list[Piece]], walls: Walls | None) -> list[list[Piece]]:
    """A run that ends where the run before it begins, on its line (touching: no space, no border
    between): one run, the later first. Chromium gives a right-to-left cell's Latin runs in that
    order (``-2026-0342`` then ``TL``, printed ``TL-2026-0342``): read apart, a code would be
    read ``TL -2026-0342``. Only on a page with right-to-left letters (asked once a pair is found)."""
    out: list[list[Piece]] = []
    rtl: bool | None = None
    for run in runs:
        if out and len(run) and len(out[-1]):
            head, last = out[-1][0], run[-1]
            height = max(head[4] - head[2], last[4] - last[2], 1.0)
            if (
                -0.5 * height <= head[1] - last[3] <= TOUCHING * height  # (loose boxes overlap)
                and abs((head[2] + head[4]) - (last[2] + last[4])) < height * 0.6
                and (walls is None or not walls.between(last[3] - 0.5, head[1] + 0.5, head[2], head[4]))
                and (rtl := rtl if rtl is not None else any(has_right_to_left(p[0]) for r in runs for p in r))
            ):
                out[-1] = [*run, (*head[:5], False, *head[6:]), *out[-1][1:]]
                continue
        out.append(run)
    return out


ON_WALL = 0.05  # points: a piece ending this near a border was ended there by its clip


def _ends_on_wall(last: Piece, x0: float, walls: Walls) -> bool:
    """Does ``last`` end right on a border, the next piece standing past it?"""
    return (
        x0 > last[3] + ON_WALL
        and walls.inside(last[3] - ON_WALL, last[3] + ON_WALL, last[2], last[4])
        and not walls.inside(last[3] + ON_WALL, x0, last[2], last[4])
    )


def _run_word(run: list[Piece], page: int) -> Word:
    """The pieces of one run as one word (a space where one was printed or PDFium spaced)."""
    if len(run) == 1:  # the common case: PDFium's run is the word (issue 15)
        p = run[0]
        return Word(without_fill_in_lines(p[0]), page, p[1], p[2], p[3], p[4], bool(len(p) > 6 and p[6]))
    height = sorted(p[4] - p[2] for p in run)[len(run) // 2]  # the line's (its middle letter's)
    text = "".join(
        (" " + p[0]) if i and (p[5] or _spaced(run[i - 1], p, height)) else p[0] for i, p in enumerate(run)
    )
    return Word(
        without_fill_in_lines(text),
        page,
        min(p[1] for p in run),
        min(p[2] for p in run),
        max(p[3] for p in run),
        max(p[4] for p in run),
        all(len(p) > 6 and p[6] for p in run),
    )


# A page drawn glyph by glyph (an old driver: every character its own positioned run) has no
# space character: a space is a gap of one space's advance plus the tracking, wider than
# WORD_GAP. Up to this many line heights between two runs of one baseline it is a space.
GLYPH_SPACE = 0.45
# One baseline: tops and bottoms within this share of the line height (one font size).
BASELINE_SLACK = 0.1


def _across_glyph_spaces(runs: list[list[Piece]], walls: Walls | None) -> list[list[Piece]]:
    """Runs parted only by a gap one space wide (``軟板 FPC-156`` drawn a glyph at a time) →
    one run with a space: the text of one cell, not two columns. Only when both stand on one
    baseline in one face (a label and its value differ in size or weight more often than not),
    no border runs between them, and the right run does not start where a column's text starts
    on a nearby line (:func:`_starts_a_column`: a header or a label set apart)."""
    if len(runs) < 2:
        return runs
    starts = _column_starts(runs)
    xs = [s[0] for s in starts]
    out: list[list[Piece]] = [runs[0]]
    for run in runs[1:]:
        last, piece = out[-1][-1], run[0]
        if _one_space_apart(last, piece, walls) and not _starts_a_column(
            piece, max(piece[4] - piece[2], 1.0), starts, xs
        ):
            out[-1] = [*out[-1], (*piece[:5], GENERATED, *piece[6:]), *run[1:]]
        else:
            out.append(run)
    return out


def _one_space_apart(last: Piece, piece: Piece, walls: Walls | None) -> bool:
    """Two pieces of one baseline and face with a space's width between them, no border."""
    height = max(last[4] - last[2], piece[4] - piece[2], 1.0)
    gap = piece[1] - last[3]
    return (
        WORD_GAP * height < gap <= GLYPH_SPACE * height
        and abs(piece[2] - last[2]) <= BASELINE_SLACK * height
        and abs(piece[4] - last[4]) <= BASELINE_SLACK * height
        and bool(len(last) > 6 and last[6]) == bool(len(piece) > 6 and piece[6])
        and not (walls is not None and walls.between(last[3], piece[1], piece[2], piece[4]))
    )


# A piece starting this close (its line heights; 0.6 pt before zoom41) to where a column's text
# starts on a nearby line starts there. Measured at ×1 over 768 PDFs (bench/zoom_shares.py,
# column: 33 look-ups): 0–0.10 of a line, then 0.18 on; in points 0.033 and 0.088 were in,
# 0.063 (0.66 pt on a 10.6 pt line) and 0.10 out — no share parts them as the points did.
COLUMN_SLACK = 0.09
# Nearby: within this many line heights above or below.
COLUMN_REACH = 4.0


def _apart_at_columns(runs: list[list[Piece]]) -> list[list[Piece]]:
    """Runs split where a figure right-aligned in one cell meets the text left-aligned in the
    next with no border drawn between (``75│Due``, ``400│件``): the two stand closer than a
    word space, so the gap alone does not part them. A run is split before a piece when no
    space was printed there, the gap is visible and wider than the run's other gaps (a word
    spaced or tracked evenly stays whole: ``2026 03 05``), and the piece starts where a
    column's text starts on a nearby line (a text set well apart from what stands left of it
    on its own line: a label, a header). Text typed with a space (``Seat harness 5-pin``)
    and a run of one font (``12,600.00``, a Chinese sentence) are never split — but for a
    space wider than the line's others by a border's gap (:func:`_past_a_cut`: a label cut at
    its cramped cell's border, the next cell's value after it)."""
    starts = _column_starts(runs)
    if not starts:
        return runs
    xs = [s[0] for s in starts]
    out: list[list[Piece]] = []
    for run in runs:
        if len(run) == 1:
            out.append(run)
            continue
        gaps = [p[1] - q[3] for q, p in zip(run, run[1:])]
        cut = 0
        for i, piece in enumerate(run[1:], 1):
            height = max(piece[4] - piece[2], run[i - 1][4] - run[i - 1][2], 1.0)
            gap = gaps[i - 1]
            if (
                (
                    piece[5] is not True  # (no space printed; PDFium's guess at one may part them)
                    and _figure_meets_text(run[i - 1][0], piece[0])
                    and gap >= SPACED * height
                    and all(gap >= SPACED * height + g for k, g in enumerate(gaps) if k != i - 1)
                )
                or (piece[5] is True and _past_a_cut(run, gaps, i))
                or (piece[5] is not True and gap >= SPACED * height and _spaces_printed(run))
            ) and _starts_a_column(piece, height, starts, xs):
                out.append(run[cut:i])
                cut = i
                # (a column's start found so is one for the lines under it: ``300│〃`` then ``96│〃``
                # more than COLUMN_REACH lines under the header)
                at = bisect.bisect_left(xs, piece[1])
                xs.insert(at, piece[1])
                starts.insert(at, (piece[1], (piece[2] + piece[4]) / 2))
        out.append(run[cut:])
    return out


def _past_a_cut(run: list[Piece], gaps: list[float], i: int) -> bool:
    """Is the space before ``run[i]`` wider than every other space the run's line prints, by a
    border's gap or more? A label cut at its cramped cell's border keeps its last space (``Customer
    company␣``, ``name`` wholly past the border, dropped) and the next cell's value starts past the
    border and its padding (``Pioneer Fixings``): one space and a cell's padding apart, where the
    line's own spaces are one space wide (a text running on into an empty cell keeps them all
    alike). Asked with :func:`_starts_a_column`: the value starts where its column's texts do."""
    others = [g for k, g in enumerate(gaps) if k != i - 1 and run[k + 1][5] is True]
    height = max(run[i][4] - run[i][2], 1.0)  # (the line's: a border's gap is a share of it)
    return bool(others) and gaps[i - 1] >= max(others) + WALL_GAP * height


def _spaces_printed(run: list[Piece]) -> bool:
    """Does the run's line print its spaces (a space character between two of its words)? Then
    a visible gap with none is no space of its text: two cells' texts, the first filling its cell
    to the border (``… / Root cause│Conveyor guide rail``, 2.4 points apart, closer than a word
    space). A browser's print has no space characters (PDFium makes them): never parted so."""
    return any(p[5] is True for p in run[1:])


def _figure_meets_text(left: str, right: str) -> bool:
    """A right-aligned figure and the next column's text (``75│Due``, ``400│件``): the left piece
    ends in a digit, the right one starts with a letter — or is a figure typed as text, left-aligned
    in its column (``36│12.50``: a count right-aligned, a price typed as text), never the next
    thousands of one figure (``1 250``, ``12 000.00`` with a no-break space between thousands), or
    a ditto mark (``300│〃``, ``300│ʺ`` alone: the price of the line above; never ``3〝…〟``, a
    quotation, nor ``40ʺ…``). A word never parts from a word."""
    if not (left and right and left[-1].isdigit()):
        return False
    return (
        (right[0].isalpha() and right[0] not in DITTO_MARKS)  # (ʺ is a modifier letter)
        or right[0] in DITTO_MARKS_APART
        or (len(right) == 1 and right in DITTO_MARKS)
        or (right[0].isdigit() and _THOUSANDS_AFTER.match(right) is None)
    )


# what follows a figure's thousands separator: three digits, then its decimals or nothing
_THOUSANDS_AFTER = lazy_re(r"^\d{3}(?:[.,]\d+)?(?:\s|$)")


def _column_starts(runs: list[list[Piece]]) -> list[tuple[float, float]]:
    """Where texts start well apart from the text left of them on their line (x0, middle),
    sorted by x0: the left edges of a page's columns."""
    starts: list[tuple[float, float]] = []
    last: Piece | None = None
    for run in runs:
        first = run[0]
        height = max(first[4] - first[2], 1.0)
        middle = (first[2] + first[4]) / 2
        if last is None or not (last[2] < middle < last[4]) or first[1] - last[3] >= height:
            starts.append((first[1], middle))
        last = run[-1]
    starts.sort()
    return starts


def _starts_a_column(piece: Piece, height: float, starts: list[tuple[float, float]], xs: list[float]) -> bool:
    middle = (piece[2] + piece[4]) / 2
    slack = COLUMN_SLACK * height
    i = bisect.bisect_left(xs, piece[1] - slack)
    while i < len(xs) and xs[i] <= piece[1] + slack:
        if 0.5 * height < abs(starts[i][1] - middle) <= COLUMN_REACH * height:
            return True
        i += 1
    return False


_TICK_GLYPH = lazy_re("^[☑☐□■✓√✔☒▣○●◻]$")


def with_marks(words: list[Word], marks: list[tuple[int, float, float, float, float, bool]]) -> list[Word]:
    """Words with a box mark (``☑`` ticked, ``☐`` not) where each check box of a form stands
    (page, x0, top, x1, bottom, ticked; points, pages stacked as the words'), each joined to the
    caption right of it as a typed mark is: a form-control check box prints as a widget, not as
    text, and its caption alone would read as the answer."""
    if not marks:
        return words
    added = [
        Word("☑" if ticked else "☐", page, x0, top, x1, bottom) for page, x0, top, x1, bottom, ticked in marks
    ]
    return _ticks_on_their_words(words + added)


def _ticks_on_their_words(words: list[Word]) -> list[Word]:
    """A tick box drawn in a symbol font comes out of the text layer apart from its word, often
    after the whole line: ``☑`` touching ``退货证明单`` on its right is one word ``☑退货证明单``."""
    marks = [w for w in words if _TICK_GLYPH.match(w.text)]
    if not marks:
        return words
    joined: dict[int, Word] = {}  # id of the word → the word with its box before it
    gone: set[int] = set()
    for mark in marks:
        height = max(mark.bottom - mark.top, 1.0)
        beside = [
            w
            for w in words
            if w is not mark
            and w.page == mark.page
            and id(w) not in gone
            and not _TICK_GLYPH.match(w.text)
            and abs(w.middle - mark.middle) < 0.5 * height
            and -0.2 * height <= w.x0 - mark.x1 <= 0.6 * height
        ]
        if not beside:
            continue
        word = min(beside, key=lambda w: w.x0 - mark.x1)
        now = joined.get(id(word), word)
        joined[id(word)] = Word(
            mark.text + now.text,
            now.page,
            mark.x0,
            min(mark.top, now.top),
            now.x1,
            max(mark.bottom, now.bottom),
            now.bold,
        )
        gone.add(id(mark))
    return [joined.get(id(w), w) for w in words if id(w) not in gone]


_SPREAD_CHAR = lazy_re(r"^[\u2e80-\u9fff\uf900-\ufaff:：]$")
# a spread label's last character with its colon after it (``號：`` of ``單　　號：``): two characters spread
# and a colon are a label as surely as three spread characters are one text
_SPREAD_LABEL_END = lazy_re(r"^[\u2e80-\u9fff\uf900-\ufaff][:：]$")


def _letter_spaced(words: list[Word], walls: Walls | None) -> list[Word]:
    """Characters spread evenly across a cell (``營  利  事  業  統  一  編  號 :``, Excel's
    distributed alignment) → one word. Three or more single characters in a row, at one
    pitch no wider than three characters, with no border between, are one text spread out.
    """
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = i + 1
        if _SPREAD_CHAR.match(words[i].text):
            while j < len(words) and _spread_next(words[j - 1], words[j], words[i], walls):
                j += 1
            if j < len(words) and _SPREAD_LABEL_END.match(words[j].text):
                # the label's last character with its colon (``單　　號：``, ``買 受 人：``): the run's end
                j += _spread_next(words[j - 1], words[j], words[i], walls, last_of_label=True)
        run = words[i:j]
        pitches = [b.x0 - a.x0 for a, b in zip(run, run[1:])]
        ends_label = len(run) == 2 and bool(_SPREAD_LABEL_END.match(run[-1].text))
        if (len(run) >= 3 or ends_label) and max(pitches) <= 1.25 * min(pitches):
            out.append(
                Word(
                    "".join(w.text for w in run),
                    run[0].page,
                    run[0].x0,
                    min(w.top for w in run),
                    run[-1].x1,
                    max(w.bottom for w in run),
                    all(w.bold for w in run),
                )
            )
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


def _spread_next(last: Word, w: Word, first: Word, walls: Walls | None, last_of_label: bool = False) -> bool:
    size = max(first.bottom - first.top, 1.0)
    return (
        bool((_SPREAD_LABEL_END if last_of_label else _SPREAD_CHAR).match(w.text))
        and w.page == last.page
        and abs(w.middle - last.middle) < 0.3 * size
        and 0 < w.x0 - last.x0 <= 3 * size
        and not (walls is not None and walls.between(last.x1, w.x0, w.top, w.bottom))
    )


_DIGITS = lazy_re(r"\d+")


def without_page_numbers(words: list[Word], offsets: list[float], end: float | None = None) -> list[Word]:
    """Drop page furniture that numbers the pages (``第 1 页 / 共 2 页``, ``Page 2``).

    A text standing at the same place on several pages, the same but for its numbers, is a
    header or footer: read into the form it would land in the table above it. Text repeated
    identically (a title, a form code on every page) stays.
    """
    if end is not None:  # (the last page's bottom known: a 2-up sheet may be the only page)
        words = _side_by_side_page_numbers(words, offsets, end)
    if len(offsets) < 2:
        return words
    heights = [b - a for a, b in zip(offsets, offsets[1:])]
    heights.append(heights[-1])  # (the last page: as tall as the one before)
    groups: dict[tuple[int, int, str], list[Word]] = {}
    for w in words:
        if any(ch.isdigit() for ch in w.text) and _in_margin(w, offsets, heights):
            key = (round(w.x0 / 4), round((w.top - offsets[w.page - 1]) / 4), _DIGITS.sub("#", w.text))
            groups.setdefault(key, []).append(w)
    furniture = {
        id(w)
        for group in groups.values()
        if len({w.page for w in group}) > 1 and len({w.text for w in group}) > 1
        for w in group
    }
    return [w for w in words if id(w) not in furniture] if furniture else words


def _side_by_side_page_numbers(words: list[Word], offsets: list[float], end: float) -> list[Word]:
    """Pages printed side by side on one sheet (2-up): each page's number stands in the sheet's
    margin at the same height (``Page 1 of 2`` … ``Page 2 of 2``) — furniture, never a line of
    the table above it. Only page numbers, two or more different on one line of one sheet."""
    if not offsets:
        return words
    heights = [b - a for a, b in zip(offsets, [*offsets[1:], end])]
    groups: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        if PAGE_NUMBER.match(w.text) and w.page <= len(offsets) and _in_margin(w, offsets, heights):
            groups.setdefault((w.page, round((w.top - offsets[w.page - 1]) / 4)), []).append(w)
    furniture = {id(w) for group in groups.values() if len({w.text for w in group}) > 1 for w in group}
    return [w for w in words if id(w) not in furniture] if furniture else words


# a sheet's printed headings (Page Setup → Sheet → Print: Row and column headings): the row
# numbers down the left edge, the column letters along the top
_ROW_NUMBER = lazy_re(r"^\d{1,7}$")
_COLUMN_LETTERS = lazy_re(r"^[A-Z]{1,3}$")


def without_print_headings(words: list[Word]) -> list[Word]:
    """Drop the frame a sheet printed with its row and column headings carries: the row numbers
    (``1 2 3 …``, one a row, left of everything else on the page, from the page's first line
    on) and the column letters (``A B C …`` in order along the top, above everything else).
    Read into the form, a row's number would stand before its label, and a column letter
    over the first row would be read as its text. Only a run of at least three consecutive
    numbers is a frame; the letters only go with the numbers (Excel prints both together)."""
    pages: dict[int, list[Word]] = {}
    for w in words:
        pages.setdefault(w.page, []).append(w)
    frame: set[int] = set()
    for page_words in pages.values():
        numbers = [w for w in page_words if _ROW_NUMBER.match(w.text)]
        if len(numbers) < 3:
            continue
        others = [w for w in page_words if not _ROW_NUMBER.match(w.text)]
        left = min((w.x0 for w in others), default=math.inf)
        column = sorted((w for w in numbers if w.x1 <= left), key=lambda w: w.top)
        run: list[Word] = column[:1]
        for w in column[1:]:
            if int(w.text) == int(run[-1].text) + 1 and w.top >= run[-1].bottom - 1:
                run.append(w)
            elif len(run) < 3:
                run = [w]
        ids = {id(w) for w in run}
        rest = [w for w in page_words if id(w) not in ids]
        body = (w.top for w in rest if not _COLUMN_LETTERS.match(w.text))  # (the letters stand above)
        if len(run) < 3 or run[0].top > min(body, default=math.inf) + 2:
            continue
        frame.update(id(w) for w in run)
        # the column letters: one line above the first row number, letters only, in order
        above = [w for w in rest if w.bottom <= run[0].top + 1]
        letters = sorted(above, key=lambda w: w.x0)
        if letters and all(_COLUMN_LETTERS.match(w.text) for w in letters):
            from .xlsx_parts import (
                column_number,
            )  # (a sheet's frame printed: rare, and no import on every PDF)

            order = [column_number(w.text) for w in letters]
            if all(b > a for a, b in zip(order, order[1:])):
                frame.update(id(w) for w in letters)
    return [w for w in words if id(w) not in frame] if frame else words


# a line that gives a label and its value (``发行日期：2026-03-01``, ``核准：张三``)
_LABELLED = lazy_re(r"^([^:：]{1,30})[:：]\s*\S")


def without_template_lines(words: list[Word], offsets: list[float]) -> list[Word]:
    """Drop the running header's or footer's lines the template prints for itself: a label and
    its value (``发行日期：2026-03-01``, ``核准：张三``) standing the same in the margin of
    several pages, its label a document-control word or a sign-off role
    (:func:`.rows.template_caption`) — the form's issue date and approvers, on every copy,
    never the complaint's date or people. (A form's own sign-off row is printed once.)"""
    if len(offsets) < 2:
        return words
    from .rows import template_caption

    heights = [b - a for a, b in zip(offsets, offsets[1:])]
    heights.append(heights[-1])
    groups: dict[tuple[int, str], list[Word]] = {}
    for w in words:
        m = _LABELLED.match(w.text)
        if m and template_caption(m[1].strip()) and _in_margin(w, offsets, heights):
            groups.setdefault((round((w.top - offsets[w.page - 1]) / 4), w.text), []).append(w)
    running = {id(w) for group in groups.values() if len({w.page for w in group}) > 1 for w in group}
    return [w for w in words if id(w) not in running] if running else words


def _in_margin(w: Word, offsets: list[float], heights: list[float]) -> bool:
    """Is ``w`` in the top or bottom eighth of its page, where headers and footers stand? A
    table's line that happens to sit where the next page's line sits (``GX-300`` / ``GX-305``
    under a repeated header) is the form's text, not furniture."""
    top = w.top - offsets[w.page - 1]
    height = heights[w.page - 1]
    return top < height / 8 or top > height * 7 / 8


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
def _pdfium_rules(
    page: pdfium.PdfPage, number: int, offset: float, height: float, line: float, covers: Covers | None = None
) -> list[Rule]:
    """The page's cell borders as rules: thin paths (LibreOffice, Excel; thin for a page of lines
    ``line`` high, :func:`as_rule`), the sides of stroked rectangles (one per cell) and the
    straight strokes of a grid drawn as one path. ``covers``, when given, receives the boxes
    drawn over text (:class:`Covers`).

    Raw calls: PDFium's object wrappers cost ten times as much, and a form has hundreds.
    """
    raw = page.raw
    box = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(b) for b in box]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    get_object, get_type, get_bounds = (
        pdfium_calls.FPDFPage_GetObject,
        pdfium_calls.FPDFPageObj_GetType,
        pdfium_calls.FPDFPageObj_GetBounds,
    )
    path, text = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_TEXT
    base = offset + height
    rules = []
    texts_before = False  # (a box drawn before any text covers none)
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = get_object(raw, i)
        kind = get_type(obj)
        if kind == text:
            texts_before = True
        if kind != path or not get_bounds(obj, *refs):
            continue
        left, bottom, right, top = box[0].value, box[1].value, box[2].value, box[3].value
        rule = as_rule(number, left, base - top, right, base - bottom, line)
        if rule is not None:
            rules.append(rule)
            continue
        # wider than a line: a border only when stroked (a filled box is a shading)
        if not pdfium_calls.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
            continue
        if covers is not None and texts_before and fill.value and _paper_box(obj):
            covers.add(i, (left, base - top, right, base - bottom))
        if not stroke.value:
            wall = _slanted_border(obj, number, base, line) if fill.value else None
            if wall is not None:
                rules.append(wall)
            elif fill.value and _shaded(obj):
                rules.append(Rule(number, left, base - top, right, base - bottom, fill=True))
            continue
        if fill.value and _shaded(obj):  # a framed shaded box: a shade for the ink, no caption cue
            rules.append(Rule(number, left, base - top, right, base - bottom, fill=True, framed=True))
        segments = pdfium_calls.FPDFPath_CountSegments(obj)
        if segments in (4, 5):  # a rectangle (re, or four lines closing): its four sides
            y0, y1 = base - top, base - bottom
            rules += [
                Rule(number, left, y0, right, y0),
                Rule(number, left, y1, right, y1),
                Rule(number, left, y0, left, y1),
                Rule(number, right, y0, right, y1),
            ]
        elif segments > 5 or segments == 2:
            # (one straight stroke, moveto + lineto: a line at any width — its box is as thick
            # as its pen, and a 1.75 pt border printed at ×1.5 is 2.6 pt thick, past
            # RULE_THICKNESS; the stroke's own points say where it runs, zoom40)
            rules += _path_lines(obj, segments, number, base, line)
    return rules


def _slanted_border(obj: Any, number: int, base: float, line: float) -> Rule | None:
    """A thin filled four-sided path set aslant: the side border of a cell whose text is turned
    45° (Excel and LibreOffice slant it with the text) → the upright border at its foot, where
    the column's own border runs on under it. Its bounding box is no shading: taken for one, it
    walled the header row's cells together (``品名 数量 单价`` became one cell, the table lost).
    None for anything else (an upright box has three level or upright sides or more)."""
    segments = pdfium_calls.FPDFPath_CountSegments(obj)
    if segments not in (4, 5) or len(_path_lines(obj, segments, number, base, line)) >= 3:
        return None
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_calls.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    points = []
    for k in range(segments):
        seg = pdfium_calls.FPDFPath_GetPathSegment(obj, k)
        if seg and pdfium_calls.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            m = matrix
            points.append((m.a * x.value + m.c * y.value + m.e, base - (m.b * x.value + m.d * y.value + m.f)))
    if len(points) < 4:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    top, bottom = min(ys), max(ys)
    thin = RULE_SHARE * line
    foot = [p[0] for p in points if p[1] >= bottom - thin]
    if bottom - top <= 2 * thin or max(foot) - min(foot) > thin:
        return None  # not a thin stroke
    slant = (max(xs) - min(xs)) / (bottom - top)
    if not 0.2 <= slant <= 5:
        return None
    at = (min(foot) + max(foot)) / 2
    return Rule(number, at, top, at, bottom)


def _paper_box(obj: Any) -> bool:
    """A filled path painted opaque in the paper's white (:func:`.ink.white`): what it is drawn
    over does not show."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_calls.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in (r, g, b, a))):
        return False
    return a.value >= OPAQUE and white((r.value, g.value, b.value))


class Covers:
    """The boxes painted in the paper's white over text drawn before them (a sender blanking a
    filled form's values with white rectangles, the text left under them): a viewer and the
    paper show the box, not the text. Each box with its place in the page's drawing order, the
    text objects' places asked of PDFium only on a page that has such a box; ``covered``
    receives the boxes that hid a text, once each (said by :mod:`.pdf`)."""

    def __init__(self, page: Any) -> None:
        self.page = page  # (the raw page: its objects' order asked of it)
        self.boxes: list[tuple[int, tuple[float, float, float, float]]] = []
        self._order: dict[int, int] | None = None
        self.covered: list[tuple[float, float, float, float]] = []
        # the words of a stamp set aslant across the values saying the form is void (作废 VOID,
        # :func:`void_stamp`): left out of the words, said by :mod:`.pdf`
        self.void: list[str] = []

    def add(self, order: int, box: tuple[float, float, float, float]) -> None:
        self.boxes.append((order, box))

    def hides(self, key: int | None, x: float, y: float) -> tuple[float, float, float, float] | None:
        """The box drawn after the text object at address ``key`` over its point (x, y), or None."""
        if not self.boxes or key is None:
            return None
        if self._order is None:
            self._order = _text_orders(self.page)
        at = self._order.get(key)
        if at is None:
            return None
        return next(
            (
                box
                for order, box in self.boxes
                if order > at and box[0] <= x <= box[2] and box[1] <= y <= box[3]
            ),
            None,
        )


def _text_orders(raw_page: Any) -> dict[int, int]:
    """Each text object's address → its place in the page's drawing order."""
    text, address_of = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_calls.object_address
    out = {}
    for i in range(pdfium_c.FPDFPage_CountObjects(raw_page)):
        if pdfium_calls.FPDFPageObj_GetType(pdfium_calls.FPDFPage_GetObject(raw_page, i)) == text:
            out[address_of(raw_page, i)] = i
    return out


def _shaded(obj: Any) -> bool:
    """A filled path that is a shade (:func:`.ink.shading`: a shaded cell, not the paper)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_calls.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in (r, g, b, a))):
        return False
    return shading((r.value, g.value, b.value), a.value)


class _ObjectInk:
    """What a run's text object says of its letters, asked of PDFium once an object: its
    font's name (whether it is bold, whether a symbol font) and its fill colour and opacity
    (:func:`_unprinted`).
    PDFium answers both of the object that draws the character, and one object (a cell's
    text) comes as several runs (issue 15: two to three calls a run, most of them repeats).
    A character drawn by no object (PDFium's generated space) has neither."""

    def __init__(self, raw: Any, clips: Clips) -> None:
        self.raw, self.clips = raw, clips
        self.name, self.flags = ctypes.create_string_buffer(128), ctypes.c_int()
        self._colour = [ctypes.c_uint() for _ in range(4)]
        self._refs = [ctypes.byref(v) for v in self._colour]
        self._bold: dict[int, bool] = {}
        self._fill: dict[int, tuple[tuple[int, int, int], int] | None] = {}
        self._font: dict[int, bytes] = {}
        self._layer: dict[int, str | None] = {}

    def bold(self, index: int) -> bool:
        """The character is printed in a bold face (its font's weight or name says so)."""
        key = self.clips.object_at(index)
        if key is None:
            return False
        if key not in self._bold:
            weight = pdfium_calls.FPDFText_GetFontWeight(self.raw, index)
            self._bold[key] = weight >= 600 or _bold_name(self.font(index))
        return self._bold[key]

    def font(self, index: int) -> bytes:
        """The name of the font the character is printed in (b"" when PDFium has none)."""
        key = self.clips.object_at(index)
        if key is not None and key in self._font:
            return self._font[key]
        n = pdfium_calls.FPDFText_GetFontInfo(
            self.raw, index, self.name, len(self.name), ctypes.byref(self.flags)
        )
        found = self.name.raw[: max(n - 1, 0)] if n else b""
        if key is not None:
            self._font[key] = found
        return found

    def symbol(self, index: int) -> str | None:
        """The symbol font the character is printed in (:func:`.symbol_fonts.symbol_font`), or
        None for a text font (every token starting with ``a``, ``c``, ``x`` asks: Wingdings 2
        and Webdings ticks are those letters)."""
        name = self.font(index)
        return symbol_font(name.decode("latin-1")) if name else None

    def layer_off(self, index: int, off: frozenset[str]) -> bool:
        """Is the character drawn in an optional content layer (its text object's ``/OC`` mark)
        whose name is among ``off``, the layers the file shows switched off (:func:`.pdf_fields.layers_off`)?"""
        key = self.clips.object_at(index)
        if key is None:
            return False
        if key not in self._layer:
            self._layer[key] = _layer_name(pdfium_calls.FPDFText_GetTextObject(self.raw, index))
        return self._layer[key] in off

    def fill(self, index: int) -> tuple[tuple[int, int, int], int] | None:
        """(RGB, opacity 0-255) of the object's fill, None when PDFium has none."""
        key = self.clips.object_at(index)
        if key is None:
            return None
        if key not in self._fill:
            r, g, b, a = self._colour
            found = pdfium_calls.FPDFText_GetFillColor(self.raw, index, *self._refs)
            self._fill[key] = ((r.value, g.value, b.value), a.value) if found else None
        return self._fill[key]


def _layer_name(obj: Any) -> str | None:
    """The name of the optional content layer a page object is drawn in (its ``/OC`` marked
    content's group ``/Name``, as PDFium holds it), or None."""
    buffer = (ctypes.c_ushort * 128)()
    size = ctypes.c_ulong()
    for i in range(pdfium_calls.FPDFPageObj_CountMarks(obj) if obj else 0):
        mark = pdfium_calls.FPDFPageObj_GetMark(obj, i)
        if not pdfium_calls.FPDFPageObjMark_GetName(mark, buffer, 256, ctypes.byref(size)):
            continue
        if bytes(buffer)[: size.value].decode("utf-16-le").rstrip("\x00") != "OC":
            continue
        if pdfium_calls.FPDFPageObjMark_GetParamStringValue(mark, b"Name", buffer, 256, ctypes.byref(size)):
            return bytes(buffer)[: size.value].decode("utf-16-le", "replace").rstrip("\x00")
    return None


def _symbol_marks(start: int, token: str, inks: _ObjectInk) -> str:
    """``token`` with each character printed in a symbol font (Wingdings ``þ``, Wingdings 2
    ``R``) as the box it shows; the font of each is asked (of its text object, once), so
    ``Rework`` stays a word."""
    out = []
    for k, ch in enumerate(token):
        if ch in MARK_CHARS:
            ch = as_marks(ch, inks.symbol(start + k))
        out.append(ch)
    return "".join(out)


_BOLD_NAME = lazy_re(r"bold|black|heavy|semibold|demi", re.I)


@memo
@lru_cache(maxsize=4096)  # a page has a few fonts, asked of every run of text (issue 15)
def _bold_name(name: bytes) -> bool:
    return _BOLD_NAME.search(name.decode("latin-1")) is not None


def _path_lines(obj: Any, segments: int, number: int, base: float, line: float) -> list[Rule]:
    """The horizontal and vertical strokes of a path (a grid drawn in one go), on the page
    (lines ``line`` high: :func:`as_rule`)."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_calls.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return []
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[Rule] = []
    last: tuple[float, float] | None = None
    for k in range(segments):
        seg = pdfium_calls.FPDFPath_GetPathSegment(obj, k)
        if not seg or not pdfium_calls.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            last = None
            continue
        point = (a * x.value + c * y.value + e, base - (b * x.value + d * y.value + f))
        if pdfium_calls.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
            rule = as_rule(
                number,
                min(last[0], point[0]),
                min(last[1], point[1]),
                max(last[0], point[0]),
                max(last[1], point[1]),
                line,
            )
            if rule is not None:
                out.append(rule)
        last = point
    return out


def _leftward_word(letters: list[Piece], token: str, walls: Walls | None, spaced: bool) -> Piece | None:
    """One run of right-to-left letters (``token``, PDFium's: no space in it) that PDFium gives
    in its written order, each letter drawn left of the one before — Chromium gives so a word
    a print splits into glyph runs (a bold or coloured part: ``للصن|اعات``) — as one piece, its
    letters in the glyphs' order (read back by :mod:`.rtl`): one word, never cut at the gap a
    letter joining no further leaves (``ا`` before ``ع`` in ``للصناعات``). None for anything
    else: letters not stepping leftwards (fake bold's doubled glyphs), a gap a word space wide,
    a cell border across, a run mixing directions."""
    if not has_right_to_left(token) or mixed_directions(token):
        return None
    top, bottom = min(p[2] for p in letters), max(p[4] for p in letters)
    height = max(bottom - top, 1.0)
    for a, b in zip(letters, letters[1:], strict=False):
        gap = a[1] - b[3]
        if (
            not (-TOUCHING * height <= gap <= WORD_GAP * height)
            or abs(a[2] + a[4] - b[2] - b[4]) > height * 0.6
        ):
            return None
    x0, x1 = letters[-1][1], letters[0][3]
    if walls is not None and walls.inside(x0, x1, top, bottom):
        return None
    # (the pieces turned about, each piece's own letters as they are: a ligature's, ``لا`` one
    # box, come in the order its ToUnicode entry gives them, as group_words keeps them)
    # (PDFium's own space before the run, ``spaced``, a space where the gap is a word space wide:
    # _spaced, as between two words a browser set apart)
    space = letters[0][5] or (GENERATED if spaced else False)
    bold = bool(len(letters[0]) > 6 and letters[0][6])
    return ("".join(p[0] for p in reversed(letters)), x0, top, x1, bottom, space, bold)


# PDFium reports a hyphen that ends a line as U+FFFE and drops the line end: a run ends there.
_TOKEN = lazy_re(r"[^\s\x00\ufffe]+\ufffe?|\ufffe")


_TWICE = lazy_re(r"(.)\1", re.S)


def _doubled(token: str) -> bool:
    """Adjacent equal characters: maybe fake bold drawn glyph by glyph (or just 谢谢, 1100)."""
    return _TWICE.search(token) is not None


# the letters of the scripts whose vowel signs and tone marks stack over or under a letter (the
# Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer)
_MARKED = lazy_re(r"[\u0900-\u0dff\u0e00-\u0eff\u0f00-\u109f\u1780-\u17ff]")
_AM = "\u0e33\u0eb3"  # Thai ำ, Lao ຳ: a vowel drawn as a mark and a letter


def _has_mark(text: str) -> bool:
    return any(c in _AM or unicodedata.category(c) == "Mn" for c in text)


def _mark_repeats(raw: Any, text: str, ref: Any, base: float) -> list[int]:
    """The characters a print repeats where it draws a vowel sign as a glyph of its own and maps
    that glyph back to the whole cluster (a browser's Lao or Thai): PDFium reads ``ລູກລູ ຄ້າຄ້``
    for ``ລູກຄ້າ`` (the second ``ລູ`` is the sign under the first ``ລ``), ``ມີນມີາ`` for ``ມີນາ``.
    A stretch holding a mark that repeats text read just before it, on its line, is such a copy
    when it is drawn within that text's width (a mark over or under its letters, never a letter
    further on), or right after it with no space between (the second half of a vowel drawn in
    two, ``ຄຳ``). Their indexes, in order (asked only on a page with such letters)."""
    box = ref._obj
    boxes: dict[int, tuple[float, float, float, float]] = {}

    def span(idx: Iterable[int]) -> tuple[float, float, float, float]:
        for i in idx:
            if i not in boxes:
                pdfium_calls.FPDFText_GetLooseCharBox(raw, i, ref)
                boxes[i] = (box.left, base - box.top, box.right, base - box.bottom)
        b = [boxes[i] for i in idx]
        return min(x[0] for x in b), min(x[1] for x in b), max(x[2] for x in b), max(x[3] for x in b)

    def copy(k: int, length: int, idx: list[int], after: bool) -> bool:
        x0, top, x1, bottom = span(range(k, k + length))
        a0, a_top, a1, a_bottom = span(idx)
        if abs((top + bottom) - (a_top + a_bottom)) / 2 >= (a_bottom - a_top) * 1.5:
            return False  # another line
        gap = not any(c.isspace() for c in text[idx[-1] : k])
        return (a0 - 1.0 <= x0 and x1 <= a1 + 1.0) or (after and gap and x0 <= a1 + (a1 - a0))

    kept: list[int] = []  # the letters kept so far (no spaces)
    drop: list[int] = []
    n, k = len(text), 0
    while k < n:
        if text[k].isspace() or not _MARKED.match(text[k]):
            kept += [] if text[k].isspace() else [k]
            k += 1
            continue
        found = 0
        for length in range(min(6, n - k), 0, -1):
            piece = text[k : k + length]
            if any(c.isspace() for c in piece) or not _has_mark(piece):
                continue
            tail = kept[-16:]
            starts = [
                s
                for s in range(len(tail) - length, -1, -1)
                if "".join(text[i] for i in tail[s : s + length]) == piece
            ]
            if any(copy(k, length, tail[s : s + length], s + length == len(tail)) for s in starts):
                found = length
                break
        drop += range(k, k + found)
        kept += [] if found else [k]
        k += found or 1
    return drop


def _kept_piece(
    raw: Any, start: int, token: str, drop: list[int], ref: Any, base: float
) -> tuple[str, float, float, float, float] | None:
    """A run's text and box without the characters :func:`_mark_repeats` dropped, or None when
    none is left."""
    kept = [k for k in range(len(token)) if start + k not in drop]
    if not kept:
        return None
    box = ref._obj
    sides = []
    for k in kept:
        pdfium_calls.FPDFText_GetLooseCharBox(raw, start + k, ref)
        sides.append((box.left, base - box.top, box.right, base - box.bottom))
    return (
        "".join(token[k] for k in kept),
        min(x[0] for x in sides),
        min(x[1] for x in sides),
        max(x[2] for x in sides),
        max(x[3] for x in sides),
    )


def _printed_space(text: str, start: int, stop: int, raw: Any, is_generated: Any) -> bool:
    """A space between ``start`` and ``stop`` that the PDF prints (not one PDFium generated):
    only the spaces asked about, found by ``str.find`` (issue 15)."""
    k = text.find(" ", start, stop)
    while k != -1:
        if not is_generated(raw, k):
            return True
        k = text.find(" ", k + 1, stop)
    return False


def _page_pieces(
    textpage: pdfium.PdfTextPage,
    offset: float,
    height: float,
    walls: Walls | None = None,
    turned: list[Piece] | None = None,
    shades: list[Rule] | None = None,
    hidden: list[tuple[float, float, float, float]] | None = None,
    past_sides: list[tuple[float, float, float, float]] | None = None,
    off: frozenset[str] = frozenset(),
    covers: Covers | None = None,
) -> list[Piece]:
    """The runs of non-space characters PDFium reports, each with its box (``hidden``, when
    given, receives the boxes of the lines a cell's clip hides, :func:`.pdf_clip.join_hidden_lines`;
    ``past_sides`` those of the texts running past their clip's side, :func:`.pdf_clip.past_clip_sides`).

    Two box look-ups per run (its first and last character) instead of one per character:
    PDFium already breaks its text at lines and gaps (generated spaces and line ends), and
    :func:`group_words` joins runs it split too eagerly. Runs with doubled characters are
    taken character by character, so fake bold can be told from 谢谢; so are runs a cell
    border (``walls``) passes through, so the texts of two cells can be told apart.
    Characters of text turned a quarter (a section label written up a narrow merged cell) go
    to ``turned``, one piece each, for :func:`turned_words`. Runs that never reach the paper
    (drawn in white off any ``shades``, :func:`_unprinted`) and a stamp's letters
    (:func:`stamped`) are left out.
    """
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters beyond the BMP: ask one by one
        text = "".join(chr(pdfium_calls.FPDFText_GetUnicode(raw, i)) for i in range(count))
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    loose_box = pdfium_calls.FPDFText_GetLooseCharBox
    is_generated = pdfium_calls.FPDFText_IsGenerated
    base = offset + height
    pieces: list[Piece] = []
    end = 0
    seal: list[tuple[float, float]] = []  # the middles of a stamp's letters, see on_a_ring()
    clips = Clips(raw, offset + height)
    inks = _ObjectInk(raw, clips)
    # each run cut where its text object's clip changes (pdf_clip: one cell's text from the next's)
    if "\x00" in text:  # (before the seals' legends are blanked out with NUL)
        text = _glyphs_without_text(raw, text, is_generated)
    text = without_seal_legends(raw, text)
    rtl = has_right_to_left(text)  # (asked of each run only on a page with right-to-left letters)
    if rtl:  # a glyph with no text (an Urdu print's Nastaliq forms): U+FFFD, never another letter
        unmapped = pdfium_calls.FPDFText_HasUnicodeMapError
        text = lost_letters(text, [i for i in range(count) if unmapped(raw, i) == 1])
    repeats = _mark_repeats(raw, text, ref, base) if _MARKED.search(text) else []
    asked: dict[int, float] = {}  # the characters' angles asked of PDFium, by index: each once
    runs, apart = _apart_objects(list(_TOKEN.finditer(text)), clips, base)
    clipped = split_at_slant(raw, split_at_clips(runs, clips), asked)
    if walls is not None:  # (a cramped column's side, known where one of its texts was cut at it)
        walls.add(cut_sides(raw, clipped, base))
        walls.add(apart, narrow=True)  # (and the edge between two texts drawn apart)
    tokens = [m for m, _clip in clipped]
    firsts: list[int] = []  # where each run's pieces start (their clip: pdf_clip)
    angles = [_char_angle(raw, m.start(), asked) for m in tokens]
    stamp = [stamped(angles, n) and not _one_turned_word(raw, m, angles[n]) for n, m in enumerate(tokens)]
    if covers is not None and (void := void_stamp([m.group() for m in tokens], angles)):
        covers.void.append(" ".join(tokens[n].group() for n in void))
        stamp = [was or n in void for n, was in enumerate(stamp)]
    tiled = watermark_runs([m.group() for m in tokens], angles, lambda n: inks.fill(tokens[n].start()))
    beside_stamp: set[int] = set()  # the pieces of lone letters drawn next to a stamp's letters
    for n, m in enumerate(tokens):
        firsts.append(len(pieces))
        start, stop = m.span()
        if n in tiled:  # a watermark's text (仅供内部使用 aslant over the values): no value
            end = stop
            continue
        if stamp[n]:
            loose_box(raw, start, ref)
            seal.append(((box.left + box.right) / 2, base - (box.top + box.bottom) / 2))
            end = stop
            continue
        if shades is not None and _unprinted(raw, start, ref, base, shades, inks):
            end = stop
            continue
        if off and inks.layer_off(start, off):  # a layer switched off: neither shown nor printed
            end = stop
            continue
        if covers is not None and covers.boxes and _covered(raw, start, ref, base, covers, clips):
            end = stop
            continue
        between = text[end:start]
        # a real space (not PDFium's guess at a gap) may join words; a line end never does
        space: bool | str = (  # GENERATED (""): PDFium's space, see below
            " " in between
            and "\n" not in between
            and "\r" not in between
            and _printed_space(text, end, start, raw, is_generated)
        )
        if not space and between == " " and _latin_gap(text, start):
            space = GENERATED  # a browser's print: PDFium's space between two words it placed apart
        end = stop
        token = m.group().replace("\ufffe", "-")
        if stop - start == 1 and _next_to_stamp(stamp, n):
            beside_stamp.add(start)
        if token[0] in MARK_CHARS:  # "þ" printed in Wingdings: a ticked box, not a letter
            token = _symbol_marks(start, token, inks)
        bold = inks.bold(start)
        if turned is not None and abs(math.sin(angles[n])) > 0.9:
            for k in range(start, stop):
                loose_box(raw, k, ref)
                # the reading direction in the last slot: up the page (True) or down
                up = math.sin(_char_angle(raw, k, asked)) < 0
                turned.append((token[k - start], box.left, base - box.top, box.right, base - box.bottom, up))
            continue
        if repeats and (at := bisect.bisect_left(repeats, start)) < len(repeats) and repeats[at] < stop:
            kept = _kept_piece(raw, start, token, repeats, ref, base)
            if kept is not None:
                pieces.append((*kept, space, bold))
            continue
        # a run of right-to-left letters after a stop or a Latin letter is taken letter by letter
        # too: PDFium may give its letters in the order they are read (``/سفارش``, Chromium) where
        # the words are built in the glyphs' order (left to right), turned back by .rtl
        if len(token) == 1 or not (_doubled(token) or (rtl and mixed_directions(token))):
            loose_box(raw, start, ref)
            x0, top, bottom, first_end = box.left, base - box.top, base - box.bottom, box.right
            one_line = True
            if stop - start > 1:
                loose_box(raw, stop - 1, ref)
                # a run whose last character stands on another line than its first: characters
                # PDFium chained across lines (a printed sheet's row headings 1 2 3 … down the
                # left edge, a column letter after the cell text it follows in the drawing) —
                # read character by character, each on its own line. Upright runs only: a word
                # turned a quarter (a label set up a column) stands on other lines letter by letter
                one_line = _turned_degrees(angles[n]) > 1 or (
                    base - box.bottom > top and base - box.top < bottom
                )
                if _off_square(angles[n]) <= OBLIQUE:
                    top, bottom = min(top, base - box.top), max(bottom, base - box.bottom)
                elif base - box.bottom > bottom:  # a word set aslant stands on its lower end's line
                    top, bottom = base - box.top, base - box.bottom
            # (on a page with right-to-left letters: its last letter ending past its first, a run in
            # its glyphs' order; Chromium may give a right-to-left cell's runs right to left,
            # ``-2026-0342`` then ``TL`` as one run)
            if box.right > x0 and one_line and (not rtl or stop - start == 1 or box.right > first_end):
                if stop - start > 1 and walls is not None and walls.inside(x0, box.right, top, bottom):
                    pieces += [(*p, bold) for p in _split_at_walls(raw, start, token, space, base, walls)]
                else:
                    pieces.append((token, x0, top, box.right, bottom, space, bold))
                continue
            # the run ends left of where it starts: a page turned upside down, read right to left
        # a ligature (ff, fi) gives its characters one and the same box; fake bold offsets its
        # copy, or doubles every character of the run
        ligatures = not (len(token) % 2 == 0 and token[0::2] == token[1::2])
        for k in range(start, stop):
            loose_box(raw, k, ref)
            piece = (
                token[k - start],
                box.left,
                base - box.top,
                box.right,
                base - box.bottom,
                space and k == start,
                bold,
            )
            last = pieces[-1] if pieces and k > start else None
            if (
                ligatures
                and last is not None
                and abs(piece[1] - last[1]) < 0.01  # (the four sides, spelled out: per character)
                and abs(piece[2] - last[2]) < 0.01
                and abs(piece[3] - last[3]) < 0.01
                and abs(piece[4] - last[4]) < 0.01
            ):
                pieces[-1] = (last[0] + piece[0], *last[1:])
                continue
            pieces.append(piece)
        if (
            rtl
            and len(pieces) - firsts[-1] > 1
            and (word := _leftward_word(pieces[firsts[-1] :], token, walls, " " in between))
        ):
            pieces[firsts[-1] :] = [word]
    stops = [*firsts[1:], len(pieces)]
    drawn = [(a, b, clip) for a, b, (_m, clip) in zip(firsts, stops, clipped, strict=True)]
    cut_to_centred_clips(pieces, drawn)
    moved = join_hidden_lines(pieces, drawn)
    if hidden is not None:
        hidden += moved
    cut_at_sides, unseen = past_clip_sides(pieces, drawn)
    if past_sides is not None:
        past_sides += cut_at_sides
    # a run PDFium drew on past a change of clip: split_at_clips cut it there, the next goes on
    # (not a line-end hyphen's run, U+FFFE: the next line's run follows it with no gap too)
    parted = [m.end() == n.start() and m.group()[-1] != "\ufffe" for m, n in zip(tokens, tokens[1:])]
    next_cells = end_at_clip_sides(pieces, drawn, [*parted, False])
    if walls is not None:  # (a cell's border where a text ran on into the next cell's clip)
        walls.add([side for side, _box in next_cells])
    if past_sides is not None:
        past_sides += [box for _side, box in next_cells]
    if unseen:  # (pieces wholly past their clip's side: not on paper, pdf_clip.past_clip_sides)
        pieces = [p for k, p in enumerate(pieces) if k not in unseen]
    if seal and beside_stamp:  # (a lone letter's piece keeps its box: found again by it)
        lone = {(text[k], *_char_box(raw, k, ref, base)) for k in beside_stamp}
        if turned:
            turned[:] = off_the_seal(turned, lone, seal)
        return off_the_seal(pieces, lone, seal)
    return pieces


# a seal's legend set upright in its ring (财务专用章, 合同专用章, 公章): what a stamp drawn over
# a signature prints, in the seal's red — a seal's name, never a clerk's answer (已盖公章)
_LEGEND_END = "章"
_LEGEND = lazy_re(r"^(?!.*[已有未无無没沒盖蓋])[\u4e00-\u9fff]{0,16}(?:专用章|專用章|公章|之章|印章)$")


def _seal_red(raw: Any, index: int, refs: list[Any], colour: list[Any]) -> bool:
    """Is the character at ``index`` filled in a seal's red (a strong red, little green or blue)?"""
    if not pdfium_calls.FPDFText_GetFillColor(raw, index, *refs):
        return False
    r, g, b = (v.value for v in colour[:3])
    return r >= 150 and g <= 110 and b <= 110 and r - max(g, b) >= 100


_NULS = lazy_re("\x00+")


def _glyphs_without_text(raw: Any, text: str, is_generated: Any) -> str:
    """``text`` with each glyph PDFium gives as NUL inside a word as :data:`.rtl.NO_TEXT`: a glyph
    drawn with no text behind it — a browser's print of a script it had no font for (Chromium's
    Thai drawn as empty boxes: each cluster of two letters or more carries its text as
    ``/ActualText``, a lone letter none, so ``ลูกค้า`` reads ``ลู`` NUL ``ค้า``). Dropped, the word
    lost a letter with no word said (``ลูค้า``); kept as U+FFFD, the value is warned
    (``letter_without_text``). A NUL standing alone between spaces is left as it is."""
    chars: list[str] | None = None
    for run in _NULS.finditer(text):
        start, stop = run.span()
        beside = (text[start - 1] if start else " ") + (text[stop] if stop < len(text) else " ")
        if any(unicodedata.category(c)[0] in "LMN" for c in beside) and not is_generated(raw, start):
            chars = chars or list(text)
            chars[start:stop] = NO_TEXT * (stop - start)
    return text if chars is None else "".join(chars)


def without_seal_legends(raw: Any, text: str) -> str:
    """``text`` with the legend of a seal drawn upright over the form (``财务专用章`` in red,
    over 审核人's name) blanked out (NUL, which no run takes): a stamp is never a value, and
    read, its legend glues to the label it is printed against (``审核人：财务专用章``). The rule:
    :func:`seal_legends`; a seal set in a ring, each letter turned, is told by its angles
    (:func:`stamped`)."""
    if text.find(_LEGEND_END) == -1:
        return text
    colour = [ctypes.c_uint() for _ in range(4)]
    refs = [ctypes.byref(v) for v in colour]
    chars = list(text)
    for start, end in seal_legends(text, lambda i: _seal_red(raw, i, refs, colour)):
        chars[start:end] = "\x00" * (end - start)
    return "".join(chars)


def seal_legends(text: str, red: Any) -> list[tuple[int, int]]:
    """Where ``text`` holds a seal's legend set upright (start, end): a stretch in a seal's red
    (``red(index)``) naming a seal (``…专用章``, ``公章``, ``…印章``). Red text that says anything
    else (a correction, ``已盖公章`` answering a field) is the clerk's. Both extractors ask here."""
    out = []
    end = text.find(_LEGEND_END)
    while end != -1:
        start = end
        while start > 0 and not text[start - 1].isspace() and red(start - 1):
            start -= 1
        if _LEGEND.match(text[start : end + 1]) and red(end):
            out.append((start, end + 1))
        end = text.find(_LEGEND_END, end + 1)
    return out


def _plumber_legends(chars: list[dict[str, Any]]) -> set[int]:
    """The indices of pdfplumber's characters that are a seal's legend (:func:`seal_legends`)."""
    text = "".join(c["text"] if len(c["text"]) == 1 else " " for c in chars)
    if _LEGEND_END not in text:
        return set()
    return {
        n for start, end in seal_legends(text, lambda i: plumber_red(chars[i])) for n in range(start, end)
    }


def plumber_red(char: dict[str, Any]) -> bool:
    """Is a pdfplumber character filled in a seal's red (as :func:`_seal_red` asks PDFium)?"""
    rgb = device_rgb(char.get("non_stroking_color"))
    if rgb is None:
        return False
    r, g, b = rgb[:3]
    return r >= 150 and g <= 110 and b <= 110 and r - max(g, b) >= 100


def _one_turned_word(raw: Any, run: re.Match[str], angle: float) -> bool:
    """Is a run of two characters or more set at one angle (a column header turned 45° to fit
    a narrow column, ``数量``)? A word turned as a whole, not a seal's letter: a seal turns each
    letter its own way, so its letters never share an angle within a run. (pdfplumber's
    characters are told one by one: there :func:`stamped` sees the word's letters agree.)"""
    start, stop = run.span()
    if stop - start < 2:
        return False
    for k in range(start + 1, stop):
        if _turned_degrees(pdfium_calls.FPDFText_GetCharAngle(raw, k) - angle) > OBLIQUE:
            return False
    return True


def user_box(height: float, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    """A box in a page's PDF user space (a widget's ``/Rect``) → (x0, top, x1, bottom) as the
    words are laid out. PDFium gives letters (:func:`_char_box`) and paths (:func:`_pdfium_rules`)
    in user space, unmoved by a CropBox's origin or a /Rotate, and the words measure down from
    PDFium's page height (the CropBox's, turned): whatever else is placed among the words goes
    through here, or a CropBox trim or a MediaBox off 0,0 puts it a row off its label."""
    return min(x0, x1), height - max(y0, y1), max(x0, x1), height - min(y0, y1)


def _char_box(raw: Any, index: int, ref: Any, base: float) -> tuple[float, float, float, float]:
    box = ref._obj
    pdfium_calls.FPDFText_GetLooseCharBox(raw, index, ref)
    return box.left, base - box.top, box.right, base - box.bottom


def _next_to_stamp(stamp: list[bool], n: int) -> bool:
    """Is run ``n`` drawn right before or after a stamp's letter (``stamped``)?"""
    return (n > 0 and stamp[n - 1]) or (n + 1 < len(stamp) and stamp[n + 1])


def on_a_ring(piece: Piece, seal: list[tuple[float, float]]) -> bool:
    """Is this lone letter one of a seal's that happens to stand upright or on its side (at
    twelve, three, six or nine o'clock of the ring)? Two of the stamp's aslant letters lie a
    letter's spacing from it, one on each side along the ring."""
    if len(piece[0]) != 1:
        return False
    x, y = (piece[1] + piece[3]) / 2, (piece[2] + piece[4]) / 2
    reach = 1.5 * max(piece[3] - piece[1], piece[4] - piece[2], 1.0)
    return sum(math.hypot(x - sx, y - sy) <= reach for sx, sy in seal) >= 2


def off_the_seal(pieces: list[Piece], lone: set[tuple], seal: list[tuple[float, float]]) -> list[Piece]:
    """``pieces`` without the ``lone`` letters (drawn next to a stamp's, by text and box) that
    stand on the seal's ring (:func:`on_a_ring`): both extractors drop a seal's letters so."""
    return [p for p in pieces if p[:5] not in lone or not on_a_ring(p, seal)]


# A character turned further than this (degrees) from the page's four directions is set aslant
OBLIQUE = 2.0

# the words a stamp saying a form is cancelled is worded with (作废 / 作廢 / 註銷 / VOID / CANCELLED),
# a Latin one standing as a word (never the void of ``avoid``, ``devoid``)
_VOID_WORDS = lazy_re(
    r"(?i)作[废廢]|[注註][销銷]|(?<![a-z])(?:void(?:ed)?|cancell?ed|annull?ed|annul)(?![a-z])"
)


def split_at_slant(
    raw: Any, clipped: list[tuple[re.Match[str], Any]], asked: dict[int, float]
) -> list[tuple[re.Match[str], Any]]:
    """PDFium's runs, each cut where its characters change direction (:func:`_lie`: upright,
    turned a quarter, upside down, aslant): a stamp's letters set aslant right after a value
    (``龚雪`` then ``作废``) may come as one run (``龚雪作废``), which one angle, its first
    letter's, would leave all upright and read whole; a label turned a quarter up its merged
    cell may run on into the value beside it (``問題描述`` then ``六層板…``: PDFium starts a
    new line between them or not by where the two stand, in points, so a print read at one
    zoom joins them and at another not), which its first letter's angle would read all turned,
    letter by letter. Asked of a run's first and last letters, letter by letter only where
    they differ; each letter's angle asked once (:func:`_char_angle`, kept in ``asked``)."""
    out: list[tuple[re.Match[str], Any]] = []
    for run, rect in clipped:
        start, stop = run.span()
        if stop - start < 2 or _lie(raw, start, asked) == _lie(raw, stop - 1, asked):
            out.append((run, rect))
            continue
        first = start
        lie = _lie(raw, start, asked)
        for k in range(start + 1, stop):
            now = _lie(raw, k, asked)
            if now is not None and lie is not None and now != lie:
                out.append((piece_of(run, first, k), rect))
                first = k
            lie = now if now is not None else lie
        out.append((piece_of(run, first, stop), rect))
    return out


def _lie(raw: Any, index: int, asked: dict[int, float]) -> int | None:
    """Which way the page's character ``index`` runs: 0, 1, 2, 3 quarters turned, 4 aslant (off
    the page's four directions), None where PDFium gives no angle."""
    angle = _char_angle(raw, index, asked)
    if angle < 0:
        return None
    if _off_square(angle) > OBLIQUE:
        return 4
    return round(math.degrees(angle) / 90) % 4


def _char_angle(raw: Any, index: int, asked: dict[int, float]) -> float:
    """The page's character ``index``'s angle (radians; -1 where PDFium has none), asked of
    PDFium once a page and character: kept in ``asked``."""
    angle = asked.get(index)
    if angle is None:
        angle = asked[index] = pdfium_calls.FPDFText_GetCharAngle(raw, index)
    return angle


def void_stamp(tokens: list[str], angles: list[float]) -> set[int]:
    """The runs of a stamp set aslant across a form saying it is void (``作废 VOID`` in large
    letters over its values): the runs turned one way off the page's four directions whose
    text, read together, holds a word of cancelling (:data:`_VOID_WORDS`). A stamp is never a
    value (read, its letters glue onto the text under them); an empty set where none stands.
    (Angles in radians, as PDFium gives them; -1 where it has none.)"""
    aslant = [n for n, a in enumerate(angles) if a >= 0 and _off_square(a) > OBLIQUE]
    by_angle: dict[int, list[int]] = {}
    for n in aslant:  # (one stamp's runs share their angle, to a degree)
        by_angle.setdefault(round(math.degrees(angles[n])), []).append(n)
    out: set[int] = set()
    for runs in by_angle.values():
        if _VOID_WORDS.search(_stamp_text([tokens[n] for n in runs])):
            out.update(runs)
    return out


# A text set aslant this many times over at one angle on a page is a tiled watermark
WATERMARK_REPEATS = 3


def watermark_runs(
    tokens: list[str], angles: list[float], fill: Callable[[int], tuple[Rgb, float] | None]
) -> set[int]:
    """The runs of a watermark drawn over a page (``仅供内部使用`` tiled down its sides, turned
    30°): runs set aslant (off the page's four directions) that show faintly (:func:`.ink.faint`:
    a light grey, or ink at a third of its opacity; ``fill(n)`` gives run ``n``'s colour and
    opacity) or whose text recurs aslant at one angle :data:`WATERMARK_REPEATS` times or more.
    Read, a watermark glues its letters to the values under it (``仅供内部使用 梁志伟``) or hides
    a label; a column header turned 45° to fit (printed once, in ink) is kept. (Angles in
    radians, as PDFium gives them; -1 where it has none.)"""
    aslant = [n for n, a in enumerate(angles) if a >= 0 and _off_square(a) > OBLIQUE]
    if not aslant:
        return set()
    times = Counter((round(math.degrees(angles[n])), tokens[n]) for n in aslant if len(tokens[n]) > 1)
    out: set[int] = set()
    for n in aslant:
        ink = fill(n)
        if times[(round(math.degrees(angles[n])), tokens[n])] >= WATERMARK_REPEATS or (
            ink is not None and faint(*ink)
        ):
            out.add(n)
    return out


def _stamp_text(runs: list[str]) -> str:
    """The text of a stamp's runs read together: a space between two runs, none between two
    single letters (a stamp's letters may each be a run: ``V`` ``O`` ``I`` ``D``, ``作`` ``废``)."""
    out = runs[0] if runs else ""
    for before, run in itertools.pairwise(runs):
        out += run if len(before.strip()) == 1 and len(run.strip()) == 1 else " " + run
    return out


def _turned_degrees(angle: float) -> float:
    """Degrees between a character's angle (radians) and upright (0°); of the difference of
    two characters' angles, how far one is turned from the other."""
    degrees = math.degrees(angle) % 360
    return min(degrees, 360 - degrees)


def _off_square(angle: float) -> float:
    """Degrees between a character's angle (radians) and the nearest of 0°, 90°, 180°, 270°."""
    degrees = math.degrees(angle) % 90
    return min(degrees, 90 - degrees)


def stamped(angles: list[float], n: int) -> bool:
    """Is run ``n`` a letter of a round seal drawn in text (``质量管理部专用章`` set around a
    circle over a signature)? Its angle is aslant and differs from the runs before and after it:
    a seal turns every letter its own way. Text a scan's OCR layer sets slightly askew, or a
    watermark's diagonal line, keeps one angle from letter to letter and is not a stamp. A
    stamp is never a value: read, it glues its letters to whatever text lies under it.
    (Angles in radians, as PDFium gives them; -1 where it has none.)"""
    angle = angles[n]
    if angle < 0 or _off_square(angle) <= OBLIQUE:
        return False
    near = [
        a for a in (angles[n - 1] if n else -1.0, angles[n + 1] if n + 1 < len(angles) else -1.0) if a >= 0
    ]
    return all(_turned_degrees(angle - a) > OBLIQUE for a in near)


def on_shade(x0: float, top: float, x1: float, bottom: float, shades: list[Rule]) -> bool:
    """Does the box's middle lie on a shaded rectangle (a dark band white text is printed on)?"""
    x, y = (x0 + x1) / 2, (top + bottom) / 2
    return any(s.x0 <= x <= s.x1 and s.top <= y <= s.bottom for s in shades)


def _unprinted(raw: Any, index: int, ref: Any, base: float, shades: list[Rule], inks: _ObjectInk) -> bool:
    """Does the run starting at ``index`` never reach the paper (:func:`.ink.unprinted`: white
    letters on no shade)? PDFium's facts: the first letter's fill colour and opacity (its text
    object's, asked once an object: ``inks``), and whether its box lies on one of the page's
    ``shades``."""
    fill = inks.fill(index)
    if fill is None:
        return False
    return unprinted(fill[0], fill[1], lambda: on_shade(*_char_box(raw, index, ref, base), shades))


def _covered(raw: Any, index: int, ref: Any, base: float, covers: Covers, clips: Clips) -> bool:
    """Does a box painted in white after it lie over the middle of the run starting at
    ``index`` (:class:`Covers`)? Then the run is left out, the box kept (once) to be said."""
    x0, top, x1, bottom = _char_box(raw, index, ref, base)
    cover = covers.hides(clips.object_at(index), (x0 + x1) / 2, (top + bottom) / 2)
    if cover is None:
        return False
    if cover not in covers.covered:
        covers.covered.append(cover)
    return True


# Letters drawn one at a time with extra tracking (fpdf2 writing a glyph per call): a gap this
# much wider than the line's tracking (line heights) is a word space, as pdftotext decides it
TRACKED_SPACE = 0.2
TRACKING_MIN = 0.1  # tracking narrower than this (line heights) is ordinary text: left alone
_CJK = lazy_re(r"[\u2e80-\u9fff\uf900-\uffef]")


def tracked_letters(pieces: list[Piece], walls: Walls | None = None) -> list[Piece]:
    """Single letters set apart at one pitch on a line (``W h i r l p o o l  F o s h a n``, a
    page drawn a character at a time with extra tracking) → one piece per phrase, its words
    parted where a gap is clearly wider than the tracking: PDFium puts a space after every
    letter there, so the page would read as letters, not words.

    Only runs of four or more Latin letters, digits or marks, each on the line of the last, no
    border between, gaps of at least :data:`TRACKING_MIN` line heights (ordinary text drawn
    glyph by glyph, a fake-bold copy, are not tracked), and none wider than a word space
    (:data:`SPACE_GAP`); CJK text spread across a cell is :func:`_letter_spaced`'s.
    """
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        j = i + 1
        if len(pieces[i][0]) != 1:  # a run of several characters starts no tracked line
            out.append(pieces[i])
            i = j
            continue
        while j < len(pieces) and _next_letter(pieces[j - 1], pieces[j], walls):
            j += 1
        if j == i + 1:  # (most pieces: no tracked line, nothing to measure; issue 15)
            out.append(pieces[i])
            i = j
            continue
        run = pieces[i:j]
        gaps = [b[1] - a[3] for a, b in zip(run, run[1:])]
        height = max(max(p[4] - p[2] for p in run), 1.0)
        tracking = min(gaps, default=0.0)
        letters = sum(g <= tracking + TRACKED_SPACE * height for g in gaps)
        if len(run) >= 4 and letters >= 3 and tracking >= TRACKING_MIN * height:
            text = run[0][0] + "".join(
                (" " if g > tracking + TRACKED_SPACE * height or p[5] is True else "") + p[0]
                for g, p in zip(gaps, run[1:])
            )
            bold = all(len(p) > 6 and p[6] for p in run)
            top, bottom = min(p[2] for p in run), max(p[4] for p in run)
            out.append((text, run[0][1], top, run[-1][3], bottom, run[0][5], bold))
        else:
            out.extend(run)
        i = j
    return out


def _next_letter(last: Piece, piece: Piece, walls: Walls | None) -> bool:
    """Does ``piece`` go on the tracked line of single letters that ``last`` ends?"""
    if len(piece[0]) != 1 or len(last[0]) != 1 or _CJK.match(piece[0]) or _CJK.match(last[0]):
        return False
    height = max(last[4] - last[2], piece[4] - piece[2], 1.0)
    gap = piece[1] - last[3]
    return (
        abs(piece[2] - last[2]) < 0.3 * height
        and abs(piece[4] - last[4]) < 0.3 * height
        and 0 <= gap <= SPACE_GAP * height
        and not (walls is not None and walls.between(last[3], piece[1], piece[2], piece[4]))
    )


def turned_words(chars: list[Piece], page: int, walls: Walls | None = None) -> list[Word]:
    """Characters of text turned a quarter, in reading order → one word per column of them.

    Each character follows the last along the column (up the page, or down it); a gap of
    about a space's width between them is a space.
    """
    words: list[Word] = []
    run: list[Piece] = []

    def flush() -> None:
        text = run[0][0]
        for a, b in zip(run, run[1:]):
            gap = (a[2] - b[4]) if a[5] else (b[2] - a[4])
            text += (" " if gap > 0.15 * (a[3] - a[1]) else "") + b[0]
        words.append(
            Word(
                text,
                page,
                min(c[1] for c in run),
                min(c[2] for c in run),
                max(c[3] for c in run),
                max(c[4] for c in run),
            )
        )
        run.clear()

    for ch in chars:
        if run:
            last = run[-1]
            size = max(last[3] - last[1], 1.0)  # the turned line's height, across the column
            overlap = min(last[3], ch[3]) - max(last[1], ch[1])
            gap = (last[2] - ch[4]) if last[5] else (ch[2] - last[4])
            if ch[5] != last[5] or overlap < 0.5 * size or not -0.3 * size <= gap <= 0.6 * size:
                flush()
        run.append(ch)
    if run:
        flush()
    return _turned_lines(words, walls)


def _turned_lines(columns: list[Word], walls: Walls | None) -> list[Word]:
    """Lines of one turned text (``PROBLEM`` / ``DESCRIPTION`` wrapped up a narrow cell) → one word.

    The next line stands beside the last, about a line's height on (to the right when the
    text reads up the page, to the left when it reads down), beside it along the column,
    with no border between.
    """
    out: list[Word] = []
    for w in columns:
        if out:
            last = out[-1]
            size = min(last.x1 - last.x0, w.x1 - w.x0)
            along = min(last.bottom, w.bottom) - max(last.top, w.top)
            gap = w.x0 - last.x1 if w.x0 >= last.x0 else last.x0 - w.x1
            outside = max(last.x1, w.x1) - min(last.x0, w.x0)
            if (
                along >= 0.5 * min(last.bottom - last.top, w.bottom - w.top)
                and -0.2 * size <= gap <= 0.6 * size
                and outside <= 2.6 * max(last.x1 - last.x0, w.x1 - w.x0)
                and not (
                    walls is not None
                    and walls.between(min(last.x1, w.x1), max(last.x0, w.x0), w.top, w.bottom)
                )
            ):
                out[-1] = Word(
                    f"{last.text} {w.text}",
                    w.page,
                    min(last.x0, w.x0),
                    min(last.top, w.top),
                    max(last.x1, w.x1),
                    max(last.bottom, w.bottom),
                )
                continue
        out.append(w)
    return out


# (line heights) a run passing from one text object to the next in a gap this much wider than
# its usual spacing between two letters is two texts drawn apart: a print's letters of one text
# touch (PDFium's loose boxes are the glyphs' advances: their gap is the font's tracking, zero
# but for kerning), where two cells' texts stand their paddings apart — 0.4 pt on a sheet shrunk
# to fit its page, under PDFium's word gap. A share of the line, so it holds at any zoom.
OBJECTS_APART = 0.05


def _apart_objects(
    runs: list[re.Match[str]], clips: Clips, base: float
) -> tuple[list[re.Match[str]], list[tuple[float, float, float]]]:
    """PDFium's runs cut where a figure drawn by one text object meets the next object's text
    drawn apart from it (``472│6.25``: a quantity right-aligned in its cell, the unit price
    typed as text left-aligned in the next, a sheet printed shrunk to fit its page — read as
    one price ``4726.25``, silently), and the edges found so (x, top, bottom): the two cells'
    border, though no line is drawn (:meth:`Walls.add`, ``narrow``), so the words are never
    joined again. Only a figure parting from a text or a figure after it
    (:func:`_figure_meets_text`: never ``1 250``'s thousands, never a word from a word), only
    where the text objects change (one object's letters are one text) and only at a gap wider
    than the run's usual spacing between its letters (a text tracked evenly stays whole)."""
    out: list[re.Match[str]] = []
    sides: list[tuple[float, float, float]] = []
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    for run in runs:
        start, stop = run.span()
        token = run.group()
        if (
            stop - start < 2
            or not any(ch.isdigit() for ch in token[:-1])
            or clips.object_at(start) == clips.object_at(stop - 1)
        ):
            out.append(run)
            continue
        boxes = []
        for k in range(start, stop):
            pdfium_calls.FPDFText_GetLooseCharBox(clips.raw, k, ref)
            boxes.append((box.left, base - box.top, box.right, base - box.bottom))
        gaps = [b[0] - a[2] for a, b in zip(boxes, boxes[1:])]
        usual = sorted(gaps)[(len(gaps) - 1) // 2]  # (the lower middle: a two-glyph run's one gap)
        height = max(max(b[3] - b[1] for b in boxes), 1e-6)
        first = start
        for k in range(start + 1, stop):
            a, b, gap = boxes[k - start - 1], boxes[k - start], gaps[k - start - 1]
            if (
                gap >= usual + OBJECTS_APART * height
                and clips.object_at(k) != clips.object_at(k - 1)
                and abs((a[1] + a[3]) - (b[1] + b[3])) < height
                and _figure_meets_text(token[first - start : k - start], token[k - start :])
                and not _own_unit_after(token[first - start : k - start], token[k - start :])
            ):
                out.append(piece_of(run, first, k))
                sides.append(((a[2] + b[0]) / 2, min(a[1], b[1]), max(a[3], b[3])))
                first = k
        out.append(run if first == start else piece_of(run, first, stop))
    return out, sides


# a scale or a share written right after its figure (``1.2万``, ``15%``): never the next cell's text
_SCALES_AFTER = frozenset("万萬千亿億%‰")

# the word a piece starts with: its letters up to a space or a sign — never a code's letters
# before its digits (``5│M8 bolt``: M8 is no unit)
_LEADING_WORD = lazy_re(r"[^\W\d_]+(?!\d)")


def _own_unit_after(left: str, right: str) -> bool:
    """Does ``right`` start with the figure's own unit or scale (``1.2│万``, ``40│箱``,
    ``1,200│pcs``, ``15│%``)? Word sets a Latin-font figure and the East Asian character after it
    as two text objects drawn a little apart: one value, never two cells' texts. The unit is the
    project's own knowledge (:func:`~kesu_docs.parse.units.own_unit`, ``unit_word``), asked of the
    word the piece starts with — a Latin word whole, an East Asian one by its first one or two
    characters (``40│箱破损``) — never a word it does not know (``36│Due``, ``2026│年``)."""
    if right[:1] in _SCALES_AFTER:
        return True
    m = _LEADING_WORD.match(right)
    if m is None:
        return False
    word = m.group()
    words = [word] if word.isascii() else [word[:1], word[:2]]
    return any(_unit_of(left, w) for w in words)


def _unit_of(figure: str, word: str) -> bool:
    """Is ``word`` a unit ``figure`` is counted, measured or priced in, or a scale on it?"""
    joined = figure + word
    return unit_word(word) or any(own_unit(joined, kind)[1] not in (None, 1) for kind in ("qty", "money"))


def _split_at_walls(
    raw: Any, start: int, token: str, space: bool | str, base: float, walls: Walls
) -> list[Piece]:
    """A run a cell border passes through, cut where the border stands in a gap between glyphs.

    Two cells' texts closer than PDFium's word gap come as one run (``Customer:Suzhou``); a
    text clipped by the border (glyphs touching across it, or a ligature) stays whole.
    """
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    out: list[Piece] = []
    first = 0
    x0 = top = bottom = right = 0.0
    for k in range(len(token)):
        pdfium_calls.FPDFText_GetLooseCharBox(raw, start + k, ref)
        c_top, c_bottom = base - box.top, base - box.bottom
        if k and walls.between(right, box.left, min(top, c_top), max(bottom, c_bottom)):
            out.append((token[first:k], x0, top, right, bottom, space and not out))
            first = k
        if k == first:
            x0, top, bottom, right = box.left, c_top, c_bottom, box.right
        else:
            top, bottom, right = min(top, c_top), max(bottom, c_bottom), max(right, box.right)
    out.append((token[first:], x0, top, right, bottom, space and not out))
    return out


def pdfium_words(
    pdf: pdfium.PdfDocument, papers: dict[int, Paper] | None = None, off: frozenset[str] = frozenset()
) -> tuple[list[Word], list[Rule]]:
    """Words and ruling lines of every page of an open PDFium document (the fast extractor);
    ``papers``, when given, receives what of each page shows (:class:`Paper`, by page number);
    the text of the layers ``off`` (:func:`.pdf_fields.layers_off`) left out."""
    found = _pdfium_words(pdf, upright_only=False, papers=papers, off=off)
    assert found is not None
    return found


def upright_pdfium_words(
    pdf: pdfium.PdfDocument, papers: dict[int, Paper] | None = None, off: frozenset[str] = frozenset()
) -> tuple[list[Word], list[Rule]] | None:
    """:func:`pdfium_words`, or None as soon as a page is stored turned (a /Rotate with its
    text lying on its side, :func:`text_on_its_side`): the caller turns it upright and reads
    again. The check is made on the page and text page loaded for the words, each page loaded
    once (issue 15: PDFium parses a page's content when it loads it)."""
    return _pdfium_words(pdf, upright_only=True, papers=papers, off=off)


def on_the_paper(words: list[Word], visible: tuple[float, float, float, float] | None) -> list[Word]:
    """``words`` that reach the page's ``visible`` box (its CropBox, as the words are laid out):
    text a sender's tool cropped away (a draft's figures beside the form) stays in the file but
    is not on the printed page, and is never read. A word running over the edge (a sheet's
    long text printed past its page's margin) is kept whole: cut, it would be a wrong value.
    None: every word."""
    if visible is None:
        return words
    x0, top, x1, bottom = visible
    return [w for w in words if w.x1 > x0 and w.x0 < x1 and w.bottom > top and w.top < bottom]


def _visible_box(page: pdfium.PdfPage, base: float) -> tuple[tuple[float, float, float, float] | None, bool]:
    """The part of the page that prints (its MediaBox cut by its CropBox, inherited ones too,
    as PDFium shows it), laid out as the words (None when PDFium cannot tell), and whether a
    crop cuts anything (the CropBox is not the MediaBox)."""
    box = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, ctypes.byref(box)):
        return None, False
    shown = user_box(base, box.left, box.bottom, box.right, box.top)
    media = [ctypes.c_float() for _ in range(4)]
    if pdfium_c.FPDFPage_GetMediaBox(page.raw, *(ctypes.byref(v) for v in media)):
        left, bottom, right, top = (v.value for v in media)
        if (
            max(abs(box.left - left), abs(box.bottom - bottom), abs(box.right - right), abs(box.top - top))
            < 1
        ):
            return shown, False  # no crop: a sheet's text drawn past its page is read as before
    return shown, True


# the characters of a dense page looked at for a form's title (one PDFium call): a form's title
# stands at its top, well inside its first lines
_DENSE_HEAD = 2000


def _form_title_on(textpage: Any) -> bool:
    """Does a page too dense to read begin with a form's title (``CUSTOMER COMPLAINT FORM``
    above 30,000 characters of its own fine print)? Then the form is there: skipped, the
    file's other form (a return note behind it) was read as the file, the complaint lost but
    for a note. Only its first characters are looked at, so the look costs a moment."""
    from ..forms import titles
    from .kinds import detect_kind

    head = textpage.get_text_range(0, _DENSE_HEAD)
    return detect_kind(head.splitlines(), titles(), mentions=False) is not None


def _pdfium_words(
    pdf: pdfium.PdfDocument,
    *,
    upright_only: bool,
    papers: dict[int, Paper] | None = None,
    off: frozenset[str] = frozenset(),
) -> tuple[list[Word], list[Rule]] | None:
    words: list[Word] = []
    rules: list[Rule] = []
    offset = 0.0
    offsets: list[float] = []
    annots = AnnotTally()  # (each page's annotations counted on the page loaded here)
    for number in range(len(pdf)):
        offsets.append(offset)
        page = pdf[number]
        height = page.get_height()
        textpage = page.get_textpage()
        try:
            annots.add(page.raw, number)  # a page naming a widget 90,000 times: before pypdf reads them
            if upright_only and page.get_rotation() % 360 and text_on_its_side(textpage.raw):
                return None
            chars = pdfium_c.FPDFText_CountChars(textpage.raw)
            if chars <= 0:
                continue  # no text: its rules hold nothing
            if not check_pdf_page_chars(chars, number + 1, partial(_form_title_on, textpage)):
                continue  # a page of fine print (terms and conditions) too dense to read: skipped
            covers = Covers(page.raw)
            line = page_line(textpage.raw, chars)  # (before its words: its rules and walls ask it)
            page_rules = _pdfium_rules(page, number + 1, offset, height, line, covers)
            walls = Walls(page_rules, line)
            turned: list[Piece] = []
            shades = [r for r in page_rules if r.fill]
            hidden: list[tuple[float, float, float, float]] = []
            clipped: list[tuple[float, float, float, float]] = []
            pieces = tracked_letters(
                _page_pieces(textpage, offset, height, walls, turned, shades, hidden, clipped, off, covers),
                walls,
            )
            page_words = group_words(pieces, number + 1, walls)
            page_words += turned_words(turned, number + 1, walls)
            # the words and the crop both in the page's own (unturned) space: a /Rotate only
            # turns how a viewer shows the page, the cut-away draft is as cut on a turned page
            shown, cropped = _visible_box(page, offset + height)
            page_words = on_the_paper(page_words, shown if cropped else None)
            if papers is not None and shown is not None:
                papers[number + 1] = Paper(
                    *shown, hidden=hidden, clipped=clipped, covered=covers.covered, void=covers.void
                )
            words.extend(page_words)
            if page_words:
                rules.extend(page_rules)
        finally:
            textpage.close()
            page.close()
            offset += height
    words = without_print_headings(without_page_numbers(words, offsets, offset))
    return without_template_lines(words, offsets), rules


class LetterBoxes:
    """Each letter's left and right edge in the words asked about (:mod:`.pdf_strike` asks for
    the few words a line runs through): the words are read run by run, two boxes a run
    (issue 15), so the letters' own boxes are asked of PDFium again, and only for a page a word
    is asked of (the PDF is opened on the first question). Pages stacked as the words'."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: pdfium.PdfDocument | None = None
        self._pages: dict[int, list[tuple[str, float, float, float, float]]] = {}

    def __enter__(self) -> LetterBoxes:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pdf is not None:
            self._pdf.close()

    def __call__(self, word: Word) -> list[tuple[float, float]] | None:
        """The edges of the word's letters (spaces left out), in its order; None when the
        page's letters in the word's box do not spell it (a mark drawn in a symbol font, a
        fake-bold copy, a word read by another extractor)."""
        height = word.bottom - word.top
        inside = [
            c
            for c in self._letters(word.page)
            if word.top - 0.2 * height <= (c[2] + c[4]) / 2 <= word.bottom + 0.2 * height
            and word.x0 - WALL_SLACK * height <= (c[1] + c[3]) / 2 <= word.x1 + WALL_SLACK * height
        ]
        if "".join(c[0] for c in inside) != "".join(word.text.split()):
            return None
        return [(c[1], c[3]) for c in inside]

    def _letters(self, number: int) -> list[tuple[str, float, float, float, float]]:
        """Every printed character of a page (1-based) with its box, as :func:`_page_pieces`
        reads a run's ends: PDFium's loose box (the glyph's advance and the font's height)."""
        if number not in self._pages:
            if self._pdf is None:
                self._pdf = pdfium.PdfDocument(self._data)
            pdf = self._pdf
            offset = sum(pdf.get_page_size(n)[1] for n in range(number - 1))
            page = pdf[number - 1]
            textpage = page.get_textpage()
            try:
                raw = textpage.raw
                base = offset + page.get_height()
                ref = ctypes.byref(pdfium_c.FS_RECTF())
                out: list[tuple[str, float, float, float, float]] = []
                for k in range(pdfium_c.FPDFText_CountChars(raw)):
                    ch = chr(pdfium_calls.FPDFText_GetUnicode(raw, k)).replace("\ufffe", "-")
                    if not ch.isspace() and ch != "\x00":
                        out.append((ch, *_char_box(raw, k, ref, base)))
            finally:
                textpage.close()
                page.close()
            self._pages[number] = out
        return self._pages[number]


def text_on_its_side(text: Any, sample: int = 64) -> bool:
    """Do most of the first characters of a raw PDFium text page run at a right angle to the
    page (PDFium's char angle near 90° or 270° in the page's own coordinates), or upside down
    (near 180°: a sheet scanned the wrong way round, stored so under /Rotate 180)?"""
    count = pdfium_c.FPDFText_CountChars(text)
    side = upright_ = 0
    for i in range(count):
        if side + upright_ >= sample:
            break
        if chr(pdfium_calls.FPDFText_GetUnicode(text, i)).isspace():
            continue
        angle = pdfium_calls.FPDFText_GetCharAngle(text, i)
        if angle < 0:
            continue
        turn = round(angle / (math.pi / 2)) % 4
        if turn in (1, 2, 3):
            side += 1
        else:
            upright_ += 1
    return side > upright_


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
            chars = page.chars
            angles = [_plumber_angle(c) for c in chars]
            shades = [  # (any filled path, as PDFium's: a rounded box is a shade as a rectangle is)
                Rule(0, r["x0"], r["top"], r["x1"], r["bottom"], fill=True)
                for r in (*page.rects, *page.curves)
                if r.get("fill") and shading(device_rgb(r.get("non_stroking_color")), OPAQUE)
            ]
            stamp = [stamped(angles, n) for n in range(len(chars))]
            tiled = _plumber_watermark(chars, angles)
            legend = _plumber_legends(chars)  # 合同专用章 upright in red: the PDFium reader's rule
            seal = [
                ((c["x0"] + c["x1"]) / 2, offset + (c["top"] + c["bottom"]) / 2)
                for n, c in enumerate(chars)
                if stamp[n]
            ]
            for n, c in enumerate(chars):
                if c["text"].isspace():
                    space = True
                    continue
                if stamp[n] or n in tiled or n in legend or _plumber_unprinted(c, shades):
                    continue
                bold = _BOLD_NAME.search(str(c.get("fontname", ""))) is not None
                pieces.append(
                    (c["text"], c["x0"], offset + c["top"], c["x1"], offset + c["bottom"], space, bold)
                )
                space = False
            page_rules: list[Rule] = []
            # (the page's line height, as :func:`page_line` takes it: its letters' median height)
            heights = sorted(c["bottom"] - c["top"] for c in chars if not c["text"].isspace())
            line = heights[len(heights) // 2] if heights else RULE_THICKNESS / RULE_SHARE
            for shape in (*page.lines, *page.rects):
                n, x0, x1 = page.page_number, shape["x0"], shape["x1"]
                top, bottom = offset + shape["top"], offset + shape["bottom"]
                rule = as_rule(n, x0, top, x1, bottom, line)
                if rule is not None:
                    page_rules.append(rule)
                elif shape.get("stroke") and shape.get("object_type") == "rect":  # a cell's frame
                    page_rules += [
                        Rule(n, x0, top, x1, top),
                        Rule(n, x0, bottom, x1, bottom),
                        Rule(n, x0, top, x0, bottom),
                        Rule(n, x1, top, x1, bottom),
                    ]
            if seal:
                lone = {
                    (c["text"], c["x0"], offset + c["top"], c["x1"], offset + c["bottom"])
                    for n, c in enumerate(chars)
                    if _next_to_stamp(stamp, n)
                }
                pieces = off_the_seal(pieces, lone, seal)
            page_words = group_words(pieces, page.page_number, Walls(page_rules, line))
            x0, top, x1, bottom = page.cropbox  # (pdfplumber's: measured as the characters)
            page_words = on_the_paper(page_words, (x0, offset + top, x1, offset + bottom))
            words.extend(page_words)
            if page_words:
                rules.extend(page_rules)
            offset += float(page.height)
    words = without_print_headings(without_page_numbers(words, offsets, offset))
    return without_template_lines(words, offsets), rules


def _plumber_watermark(chars: list[dict[str, Any]], angles: list[float]) -> set[int]:
    """The characters of a watermark over a pdfplumber page (:func:`watermark_runs`): the
    characters drawn one after another at one angle taken as one run, as PDFium gives them."""
    runs: list[list[int]] = []
    for n, angle in enumerate(angles):
        if chars[n]["text"].isspace():
            continue
        if (
            runs
            and _plumber_next(chars[runs[-1][-1]], chars[n])
            and _turned_degrees(angle - angles[runs[-1][-1]]) <= OBLIQUE
        ):
            runs[-1].append(n)
        else:
            runs.append([n])
    texts = ["".join(chars[n]["text"] for n in run) for run in runs]
    marks = watermark_runs(
        texts,
        [angles[run[0]] for run in runs],
        lambda k: (rgb, OPAQUE) if (rgb := device_rgb(chars[runs[k][0]].get("non_stroking_color"))) else None,
    )
    return {n for k in marks for n in runs[k]}


def _plumber_next(last: dict[str, Any], char: dict[str, Any]) -> bool:
    """Is ``char`` drawn next to ``last`` (their middles within two of their sizes apart)?"""
    size = max(float(last.get("size") or 0), float(char.get("size") or 0), 1.0)
    x, y = (last["x0"] + last["x1"]) / 2, (last["top"] + last["bottom"]) / 2
    return math.hypot((char["x0"] + char["x1"]) / 2 - x, (char["top"] + char["bottom"]) / 2 - y) <= 2 * size


def _plumber_angle(char: dict[str, Any]) -> float:
    """A pdfplumber character's angle in radians (0 … 2π), as PDFium gives it."""
    a, b = char.get("matrix", (1, 0))[:2]
    return math.atan2(b, a) % (2 * math.pi)


def _plumber_unprinted(char: dict[str, Any], shades: list[Rule]) -> bool:
    """Does a pdfplumber character never reach the paper (:func:`.ink.unprinted`)? pdfminer's
    facts: its fill colour (opacity it does not report) and whether it lies on a shade."""
    return unprinted(
        device_rgb(char.get("non_stroking_color")),
        OPAQUE,
        lambda: on_shade(char["x0"], char["top"], char["x1"], char["bottom"], shades),
    )
