"""Text clipped to its cell: the part of a line that reaches the paper.

A spreadsheet printed by LibreOffice clips each cell's text to the cell. A label broken on two
lines in a row too low for them (``客户\\n名称`` shrunk to fit in Excel, not in the print)
overflows its cell both ways: the first line rises over the cell's top border, the second sinks
over its bottom border, onto the line of the row below's first line (the two drawn over each
other, each showing only its half inside its own cell). By the glyphs' boxes the lines belong to
no cell, or to the wrong one; by their clip rectangle each belongs to the cell it was written
in. So where a clip's text stands out over both its top and its bottom (a text centred on a cell
too low for it), each line is cut to the part that shows.

A text standing out on one side only is a cell's text running on past its border: a value's
last line in a cell a little short for it (top-aligned, the print hides its lower part). It is
kept as found, read whole with the lines above it: a value keeps every line (the cell look-ups
give a line overhanging its cell's border to that cell). A line wholly past its clip (a value
wrapped on three lines, top- or bottom-aligned in a row of one: nothing of it shows) lies in
the next row's cell by its glyphs' boxes; it is the clip's cell's own, so the clip's lines are
drawn together into the clip (:func:`join_hidden_lines`) and said to be cut on paper.

A clip's right side parts two cells' texts PDFium reports as one run: a code too long for its
cell, cut by the border, and the next cell's label drawn right after it.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from functools import partial
from typing import Any

import pypdfium2.raw as pdfium_c

from . import pdfium_calls
from .pdfium_calls import text_object_address
from .vocab import known_label, label_like

# (top, bottom, left, right) of a clip rectangle, down the stacked pages: top and bottom say
# what shows of a line, the four sides together tell one cell's clip from another's
Rect = tuple[float, float, float, float]


class Clips:
    """The clip rectangles of one text page's characters, asked by character, kept by text
    object (several runs share one)."""

    def __init__(self, raw: Any, base: float) -> None:
        self.raw, self.base = raw, base  # base: the page's bottom edge down the stacked pages
        self._known: dict[int, Rect | None] = {}
        # the object drawing each character asked of (its address as a plain int, None for a
        # character no object draws), asked of PDFium once a character: a run's first character
        # is asked for its clip, its weight, its font and its fill (issue 15: a call through
        # ctypes costs ≈ 4 times a look-up here; 83,000 calls a pass of pdf_bench's prints for
        # 31,000 characters)
        self._objects: dict[int, int | None] = {}
        self._address: Callable[[int], int | None] = partial(text_object_address, raw)

    def object_at(self, index: int) -> int | None:
        """The address of the text object drawing character ``index`` (None: no object draws it,
        PDFium's generated space)."""
        objects = self._objects
        if index in objects:
            return objects[index]
        key = objects[index] = self._address(index)
        return key

    def rect(self, index: int) -> Rect | None:
        """The clip rectangle of the text object drawing character ``index``, or None when it
        has none or its clip is not one upright rectangle."""
        key = self.object_at(index)
        if key is None:
            return None
        if key not in self._known:
            obj = pdfium_calls.FPDFText_GetTextObject(self.raw, index)
            self._known[key] = _rectangle(pdfium_calls.FPDFPageObj_GetClipPath(obj), self.base)
        return self._known[key]


def _rectangle(clip: Any, base: float) -> Rect | None:
    """The rectangle a clip path shows when each of its paths is an upright rectangle (their
    intersection), else None: a shape other than a rectangle is no cell."""
    if not clip:
        return None
    top, bottom, left, right = float("-inf"), float("inf"), float("-inf"), float("inf")
    x, y = ctypes.c_float(), ctypes.c_float()
    at_x, at_y = ctypes.byref(x), ctypes.byref(y)
    paths = pdfium_calls.FPDFClipPath_CountPaths(clip)
    for i in range(paths):
        xs, ys = set(), set()
        for j in range(pdfium_calls.FPDFClipPath_CountPathSegments(clip, i)):
            segment = pdfium_calls.FPDFClipPath_GetPathSegment(clip, i, j)
            if not segment or not pdfium_calls.FPDFPathSegment_GetPoint(segment, at_x, at_y):
                return None
            xs.add(round(x.value, 2))
            ys.add(round(y.value, 2))
        if len(xs) != 2 or len(ys) != 2:
            return None
        top, bottom = max(top, base - max(ys)), min(bottom, base - min(ys))
        left, right = max(left, min(xs)), min(right, max(xs))
    return (top, bottom, left, right) if paths > 0 and bottom > top and right > left else None


def split_at_clips(runs: list[re.Match[str]], clips: Clips) -> list[tuple[re.Match[str], Rect | None]]:
    """PDFium's runs, each cut where its characters pass from one clip's rows to another's,
    each with its clip rectangle (and where they pass to the next column's clip,
    :func:`_next_column`): two cells' lines drawn over each other (``名稱`` of one row's
    label on ``客訴`` of the next) come as one run (``名稱客訴``), but each half shows only in its
    own cell. Runs drawn by one text object stay whole; pieces of one line cut apart here are
    joined again by :func:`.pdf_text.group_words`, as any run PDFium split too eagerly."""
    out: list[tuple[re.Match[str], Rect | None]] = []
    for run in runs:
        start, stop = run.span()
        first, last = start, clips.rect(start)
        if stop - start > 1 and clips.object_at(start) != clips.object_at(stop - 1):
            for k in range(start + 1, stop):
                rect = clips.rect(k)
                if _rows(rect) != _rows(last) or _next_column(last, rect):
                    out.append((piece_of(run, first, k), last))
                    first = k
                last = rect
        out.append((run if first == start else piece_of(run, first, stop), last))
    return out


# how near its clip's right side a run's last glyph must reach, or past it, to be cut there: a
# share of the glyph's height (1 pt before zoom41), so a print at ×0.7 or ×1.5 decides alike.
# Measured at ×1 over 768 PDFs (bench/zoom_shares.py, side: 23 clipped runs): cut glyphs end
# 0.01 of their height from the side; texts ending short of it 0.085, 0.148, then 0.166 on —
# the points took the first two and left the rest, as this share does (weakly measured)
_AT_SIDE = 0.15
# the clips of two neighbouring cells meet at the border between them (points): a print's
# rounding of one border's place, not a distance that grows with the print
_CLIPS_MEET = 1.0


def cut_sides(
    raw: Any, clipped: list[tuple[re.Match[str], Rect | None]], base: float
) -> list[tuple[float, float, float]]:
    """The right sides of the clips a run was cut at (its last glyph reaching the side or past), each
    as a border (x, top, bottom): a cramped column's edge. A label too long for its cell is
    cut at the cell's border, and the next cell's value drawn right after it (``Customer company
    n│Acme Fasteners``, a gap narrower than a word space, no ruling line): where one text of the
    column was cut at the side, the side parts every line's two cells' texts, as a drawn border
    does (the print clips the column over all its rows). A side no text reaches is no border
    known: a text running on into an empty cell stays whole."""
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)
    sides: dict[tuple[float, float, float], None] = {}
    for run, rect in clipped:
        if rect is None or (rect[3], rect[0], rect[1]) in sides:
            continue
        pdfium_calls.FPDFText_GetLooseCharBox(raw, run.end() - 1, ref)
        if box.right >= rect[3] - _AT_SIDE * (box.top - box.bottom):
            sides[rect[3], rect[0], rect[1]] = None
    return list(sides)


def _rows(rect: Rect | None) -> tuple[float, float] | None:
    return None if rect is None else rect[:2]


def _next_column(last: Rect | None, rect: Rect | None) -> bool:
    """Is ``rect`` the clip of the column right of ``last``'s (it starts where ``last`` ends,
    or past it)? A value cut at its column's side and the next column's label, drawn with no
    gap, come as one run (``Rheinmetall Teile Gm│Reklamationsnummer``): the print clips them to
    their own columns, of the same rows."""
    return last is not None and rect is not None and rect[2] >= last[3] - _CLIPS_MEET


# the share of a line's height that may stand out of its clip and the line still be left as
# found: a glyph box's overhang past its cell's border (a descender, a full cell's last line
# printed a hair low) is read by the cell look-ups as it is
_OVERHANG = 0.25


def cut_to_centred_clips(pieces: list[Any], drawn: list[tuple[int, int, Rect | None]]) -> None:
    """Cut the pieces of each clip whose text stands out over both its top and its bottom to
    the part of each that shows (``drawn``: each run's pieces ``pieces[first:stop]`` and its
    clip). Pieces are (text, x0, top, x1, bottom, …).

    Only there: a text centred on a cell too low for it (a label's two lines over a short row)
    shows each line in that cell alone, the lines' glyph boxes lying over the neighbouring rows.
    A clip's text standing out on one side only is a text running on past its cell's border (a
    value's last line, top-aligned in a cell a little short for it): that line is the cell's
    too, and kept whole as found, where the cell look-ups read it with the lines above — cut
    to the sliver that shows, it would stand on the border, the next row's line (never dropped
    silently). A piece inside its clip, or overhanging a little, is left as it is; so is one
    wholly outside (nothing of it shows: it is kept as found rather than read as a part of a
    cell it never shows in)."""
    by_clip: dict[Rect, list[int]] = {}
    for first, stop, rect in drawn:
        if rect is not None:
            by_clip.setdefault(rect, []).extend(range(first, stop))
    for (clip_top, clip_bottom, *_sides), ks in by_clip.items():
        over_top = [k for k in ks if _stands_out(pieces[k], clip_top, above=True)]
        over_bottom = [k for k in ks if _stands_out(pieces[k], clip_bottom, above=False)]
        if not over_top or not over_bottom or not _reads_as_label(pieces, ks):
            continue
        for k in {*over_top, *over_bottom}:
            piece = pieces[k]
            pieces[k] = (
                *piece[:2],
                max(piece[2], clip_top),
                piece[3],
                min(piece[4], clip_bottom),
                *piece[5:],
            )


# a line a clip hides wholly is drawn back this far inside the clip's top and bottom (points,
# at most a tenth of the clip's height): off the borders, where the cell look-ups find it
_INSET = 1.0

Box = tuple[float, float, float, float]  # (x0, top, x1, bottom), as the words are laid out


def join_hidden_lines(pieces: list[Any], drawn: list[tuple[int, int, Rect | None]]) -> list[Box]:
    """Draw the lines of each clip that hides one of them wholly (a line past its top or its
    bottom, nothing of it on paper) back into the clip, in their order, and answer the boxes
    of the lines so drawn back (the texts the paper does not show whole: ``value_cut_off``).

    A value wrapped on more lines than its row holds, top-aligned, prints its last line below
    the row's bottom border, in the next row's cell by its glyphs' boxes (``…东莞分`` and
    ``公司`` read after the order number ``PO-88123``); bottom-aligned, its first line above the
    row's top border. The clip says whose the line is: the cell's it was written in, so it is
    read there, with its other lines, never as a neighbour's. A clip of which nothing shows is
    left as found (no cell of its own to draw it into), and so are letters stacked one a line
    down a merged cell (``D | 4 | 根 | 本``: vertical writing, read by its own rules)."""
    by_clip: dict[Rect, list[int]] = {}
    for first, stop, rect in drawn:
        if rect is not None:
            by_clip.setdefault(rect, []).extend(range(first, stop))
    moved: list[Box] = []
    for rect, ks in by_clip.items():
        clip_top, clip_bottom = rect[0], rect[1]
        hidden = [k for k in ks if pieces[k][4] <= clip_top or pieces[k][2] >= clip_bottom]
        # the lines that show: the clip's own, and those drawn inside its rectangle without one
        # (LibreOffice clips only the text objects that run past their cell)
        shown = [k for k in range(len(pieces)) if k not in hidden and _inside(pieces[k], rect)]
        if not hidden or not shown or any(pieces[k][4] <= pieces[k][2] for k in (*hidden, *shown)):
            continue
        lines = [*hidden, *shown]
        if all(len(pieces[k][0].strip()) <= 1 for k in lines):
            continue  # letters stacked down a merged cell (vertical writing): laid out as found
        high, low = min(pieces[k][2] for k in lines), max(pieces[k][4] for k in lines)
        inset = min(_INSET, (clip_bottom - clip_top) / 10)
        top, scale = clip_top + inset, (clip_bottom - clip_top - 2 * inset) / (low - high)
        for k in lines:
            p = pieces[k]
            pieces[k] = (*p[:2], top + (p[2] - high) * scale, p[3], top + (p[4] - high) * scale, *p[5:])
        moved += [(pieces[k][1], pieces[k][2], pieces[k][3], pieces[k][4]) for k in hidden]
    return moved


def _inside(piece: Any, rect: Rect) -> bool:
    """Does a piece's middle lie inside a clip rectangle (top, bottom, left, right)?"""
    x, y = (piece[1] + piece[3]) / 2, (piece[2] + piece[4]) / 2
    return rect[0] < y < rect[1] and rect[2] < x < rect[3]


def _reads_as_label(pieces: list[Any], ks: list[int]) -> bool:
    """Does the clip's text (pieces ``ks``, line by line) read as a label: one the forms
    print, broken on its lines (:func:`.vocab.known_label`), or one by its shape
    (:func:`.vocab.label_like`)? Only a label is cut to what shows: a value centred on a row
    too short for it (a merged cell's wrapped description) stands out both ways too, and cut,
    its last line would shrink to a sliver on the border and be lost without a word — a value
    keeps its lines whole, read by the cell look-ups as a value running past its cell."""
    lines: list[list[Any]] = []
    for piece in sorted((pieces[k] for k in ks), key=lambda p: (p[2], p[1])):
        last = lines[-1][-1] if lines else None
        if last is None or piece[2] > (last[2] + last[4]) / 2:
            lines.append([piece])
        else:
            lines[-1].append(piece)
    text = "\n".join("".join(p[0] for p in sorted(line, key=lambda p: p[1])) for line in lines)
    return known_label(text) or label_like(text.replace("\n", ""))


def _stands_out(piece: Any, edge: float, *, above: bool) -> bool:
    """Does the piece cross the clip's top (``above``) or bottom ``edge``, more than a little
    of it on the far side?"""
    top, bottom = piece[2], piece[4]
    out = edge - top if above else bottom - edge
    return top < edge < bottom and out > _OVERHANG * (bottom - top)


def piece_of(run: re.Match[str], start: int, stop: int) -> re.Match[str]:
    """The part ``start:stop`` of a run, as a match of the run's own pattern."""
    piece = run.re.match(run.string, start, stop)
    assert piece is not None and piece.span() == (start, stop)
    return piece


def end_at_clip_sides(
    pieces: list[Any], drawn: list[tuple[int, int, Rect | None]], parted: list[bool]
) -> list[tuple[tuple[float, float, float], Box]]:
    """End a run's last piece at its clip's right side where PDFium's run went on past a change
    of clip (``parted``: :func:`split_at_clips` cut it there): a code too long for its cell,
    its last glyph half cut by the border, and the next cell's label drawn right after it
    (``BX-100-22-REV│Defect Qty``, no gap between). What shows ends at the side, so the border
    parts the two texts. Only there: a text running on in one object, or past the side by a
    line's height or more (off the paper, onto an empty neighbour), is kept as found — what it
    holds past the side tells it was cut off.

    So too where the run went on into the next column's clip (``Rheinmetall Teile Gm│Reklama…``,
    the cut ``m`` drawn a hair over the next cell's left side, no clip of its own): the piece
    ends at that clip's left side. Answers those sides (x, top, bottom): the cells' border,
    known there though no line is drawn (:meth:`.pdf_text.Walls.add`), each with the box of
    the piece ended there: a text the paper shows cut (``value_cut_off``)."""
    sides: list[tuple[tuple[float, float, float], Box]] = []
    for i, ((first, stop, rect), cut) in enumerate(zip(drawn, parted, strict=True)):
        if stop <= first:
            continue
        piece = pieces[stop - 1]
        height = piece[4] - piece[2]
        if rect is not None:
            right = rect[3]
            reach = 1.0 if cut else _GLYPH_CUT
            if piece[1] < right < piece[3] < right + reach * height:
                pieces[stop - 1] = (*piece[:3], right, *piece[4:])
                continue
        after = drawn[i + 1][2] if cut and i + 1 < len(drawn) else None
        if (
            after is not None
            and after != rect
            and piece[1] < after[2] < piece[3] < after[2] + _GLYPH_CUT * height
        ):
            pieces[stop - 1] = (*piece[:3], after[2], *piece[4:])
            sides.append(((after[2], after[0], after[1]), (piece[1], piece[2], after[2], piece[4])))
    return sides


# how far past its clip's right side (in line heights) a run's last glyph may reach and be the
# glyph the clip cut in half: LibreOffice drops the glyphs wholly past the side and keeps the
# one it cuts (``KS-PCB-4L-220-RE`` of ``…-REV-B-X``, its E cut by the border); ended at the
# side, the code lies in its cell, which tells it runs to the border (``value_cut_off``)
_GLYPH_CUT = 0.5


# how far past its clip's left or right side (this share of its line's height) a run may reach
# and still be whole on paper: a glyph's loose box overhangs a hair. Measured at ×1 over 768
# PDFs (bench/zoom_shares.py, past: 27 pieces reaching past their clip's right side): 0.02–0.17
# of their height (whole), 0.32 and more (cut). zoom41 dropped a floor of 1 pt, which decided
# none of them at ×1 and made a print under 5 pt lines (a sheet at ×0.7) read otherwise.
_SIDE_SHARE = 0.2


def past_clip_sides(
    pieces: list[Any], drawn: list[tuple[int, int, Rect | None]]
) -> tuple[list[Box], set[int]]:
    """The pieces that run on past their clip's right side, on a line the clip shows and
    starting inside it (issue 10): a text too long for its cell, wrapping off, printed where
    the next cell is filled (or at the print range's end) is cut at the side, its glyphs past
    it drawn but hidden, or dropped (``灯板色温偏差，客户来料检验发现`` of ``…发现 36 片。``; a
    CJK text's last glyphs wholly past the side, a Latin word's tail). Unbordered cells too:
    the clip is all the print says of where the cell ends. A text centred or right-aligned
    past its clip's left side is drawn whole by the print (read whole: no warning here).

    Answers the boxes that tell the words holding them are cut off on paper (``value_cut_off``,
    :func:`.pdf_cells._off_page`; a piece wholly past the side: a sliver on the side, where
    the text it was cut from ends), and the pieces wholly past the side: nothing of them
    shows: drawn over the next cell's text (``10kΩ`` of a name over the quantity ``5000``
    beside it), they are left out, never read as a part of that cell; over nothing (a text
    running on off the print area), kept as found, the rest of the text the PDF holds."""
    out: list[Box] = []
    unseen: set[int] = set()
    clip_of = {k: rect for first, stop, rect in drawn for k in range(first, stop)}
    by_clip: dict[Rect, list[int]] = {}
    for k, rect in clip_of.items():
        if rect is not None:
            by_clip.setdefault(rect, []).append(k)
    for first, stop, rect in drawn:
        if rect is None:
            continue
        top, bottom, left, right = rect
        for k in range(first, stop):
            piece = pieces[k]
            height = piece[4] - piece[2]
            slack = _SIDE_SHARE * height
            middle = (piece[2] + piece[4]) / 2
            if height <= 0 or not top < middle < bottom:
                continue
            if piece[1] >= right:
                if _over_another(pieces, k, clip_of, right, piece[3] + _BESIDE * height):
                    unseen.add(k)
            elif piece[3] <= left:
                if _over_another(pieces, k, clip_of, piece[1] - _BESIDE * height, left):
                    unseen.add(k)
                    # a centred text past both sides, its left neighbour filled (dev23-dates): its
                    # head hidden under that neighbour, left out — the paper shows it cut, said on
                    # the first piece that shows (``Hengtai … Co Ltd`` of ``Guangzhou Hengtai …``)
                    shown = [
                        pieces[j]
                        for j in by_clip[rect]
                        if pieces[j][1] >= left - slack and pieces[j][2] < middle < pieces[j][4]
                    ]
                    if shown:
                        out.append(min(shown, key=lambda q: q[1])[1:5])
            if piece[3] <= right + slack or _starts_out(pieces, by_clip[rect], left - slack, middle):
                continue  # (a text centred or right-aligned past both sides: the PDF holds it whole)
            out.append((right - _SLIVER, piece[2], right, piece[4]) if piece[1] >= right else piece[1:5])
    return out, unseen


def _starts_out(pieces: list[Any], ks: list[int], left: float, middle: float) -> bool:
    """Does a piece of ``ks`` on the line at ``middle`` start left of ``left`` (the clip's
    left side, less its slack)?"""
    return any(pieces[j][1] < left and pieces[j][2] < middle < pieces[j][4] for j in ks)


_SLIVER = 0.5  # (points) the box said cut where a piece wholly past its clip's side was
# (line heights) how near a wholly hidden piece the next cell's text stands to be the text it is
# drawn over, or would be read with (a word gap, a real space between them: ``10kΩ 5000``)
_BESIDE = 3.0


def _over_another(pieces: list[Any], k: int, clip_of: dict[int, Rect | None], x0: float, x1: float) -> bool:
    """Does a piece of another clip (or of none) stand on piece ``k``'s line between ``x0``
    and ``x1``: the next cell's text the hidden piece is drawn over, or would be joined to?"""
    piece, rect = pieces[k], clip_of.get(k)
    middle, half = (piece[2] + piece[4]) / 2, (piece[4] - piece[2]) / 2
    return any(
        clip_of.get(j) != rect
        and other[1] < x1
        and other[3] > x0
        and abs((other[2] + other[4]) / 2 - middle) < half
        for j, other in enumerate(pieces)
        if j != k
    )
