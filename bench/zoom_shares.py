"""Measure, at ×1, what each distance of ``kesu_docs/parse/pdf_cells.py`` separates, as shares of
the page's line height (issue 10: zoom40).

    python bench/zoom_shares.py FILE.pdf|FOLDER [...] [--every N]

Each PDF's words and rules are read as the reader reads them (``pdf.words_of``) and grouped into
cells (``pdf_cells.cells``) with the comparisons of the three shares recorded as they are made:

- ``OVERHANG`` and ``TOLERANCE`` (``_nearest``): a border inside a word's box near one of its edges
  (its glyph box reaches over its cell's border: ``edge``) or near its middle (a caption standing
  on a border: ``middle``): the distance from the edge (or the middle) to the nearest such
  border, over the line height;
- ``PADDING`` (a cell's text from its left border, ``_Rules.enclosing``): how far in each cell's
  first word starts, over the line height;
- ``ROW_ALIGN`` (``_row_aligned``): how differently two lines stand in their rows, over the line
  height (the least of the three alignments);
- ``RULE_SHARE`` (``pdf_text.as_rule``, zoom41): how thick each long thin path is (a band at least
  twice as long as it is thick, at most a line and a half thick), over its page's line height —
  ``rule`` where it was thinner than 2.5 pt (a ruling line before zoom41), ``band`` where thicker
  (a shading), so the share that parts them shows where the points did;
- ``WALL_GAP`` and ``WALL_SLACK`` (``pdf_text.Walls.between``, zoom41): at each gap between two
  pieces of text asked about with a border near it, the gap's width (``gap``: two cells' texts
  stand their paddings apart, one text's glyphs running over a border touch) and, the border
  standing outside the gap, how far (``slack``: a glyph's loose box reaching over its border),
  over the page's line height (``pdf_text.page_line``);
- ``COLUMN_SLACK`` (``pdf_text._starts_a_column``, zoom41): how far a piece starts from the
  nearest column start on a nearby line, over its line's height (``column``);
- ``pdf_clip._AT_SIDE`` (``cut_sides``, zoom41): how far before its clip's right side a run's last
  glyph ends (``side``: a text ending at its cell's border or a little before it), and
  ``_SIDE_SHARE`` (``past_clip_sides``): how far a piece reaches past its clip's right side
  (``past``; a floor of 1 pt before zoom41), each over the glyph's (the piece's) height.

Each prints a histogram in steps of 0.01 (only the shares up to ``--upto``) with the number of
pages' comparisons in each, and the pages' line heights. Nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kesu_docs.parse import pdf_cells, pdf_clip, pdf_text  # noqa: E402

KINDS = ("edge", "middle", "padding", "align", "rule", "band", "gap", "slack", "column", "side", "past")
seen: dict[str, Counter[int]] = {k: Counter() for k in KINDS}
lines: list[float] = []
# the points each distance was before zoom40 (TOLERANCE, TOLERANCE, PADDING, ROW_ALIGN)
# (and RULE_THICKNESS, 2.5, before zoom41: ``rule`` and ``band`` are the two sides of it)
# (WALL_GAP 0.5, WALL_SLACK 0.3, COLUMN_SLACK 0.6 too)
BEFORE = {
    "edge": 1.5,
    "middle": 1.5,
    "padding": 4.0,
    "align": 0.6,
    "rule": 2.5,
    "band": 2.5,
    "gap": 0.5,
    "slack": 0.3,
    "column": 0.6,
    "side": 1.0,  # (pdf_clip._AT_SIDE)
    "past": 1.0,  # (the floor of pdf_clip's slack before zoom41: max(1.0, 0.2 × height))
}
SHARE = {
    "edge": pdf_cells.OVERHANG,
    "middle": pdf_cells.TOLERANCE,
    "padding": pdf_cells.PADDING,
    "align": pdf_cells.ROW_ALIGN,
    "rule": pdf_text.RULE_SHARE,
    "band": pdf_text.RULE_SHARE,
    "gap": pdf_text.WALL_GAP,
    "slack": pdf_text.WALL_SLACK,
    "column": pdf_text.COLUMN_SLACK,
    "side": pdf_clip._AT_SIDE,
    "past": pdf_clip._SIDE_SHARE,
}
flips: list[str] = []  # the comparisons decided otherwise at ×1 than in points
now = ""  # the PDF being read
_nearest = pdf_cells._nearest
_row_aligned = pdf_cells._row_aligned
_enclosing = pdf_cells._Rules.enclosing
_as_rule = pdf_text.as_rule
paths: list[tuple[int, float, float]] = []  # long thin paths: (page, thickness, line height)


def _record(kind: str, distance: float, unit: float) -> None:
    seen[kind][round(distance / unit * 100)] += 1
    before = max(BEFORE[kind], pdf_clip._SIDE_SHARE * unit) if kind == "past" else BEFORE[kind]
    if (distance <= before) != (distance <= SHARE[kind] * unit):
        flips.append(f"{kind} {distance:.2f} pt, line {unit:.1f} pt ({distance / unit:.3f}): {now}")


def nearest(keys, spans, lo, hi, at, t):  # type: ignore[no-untyped-def]
    """``_nearest``, recording the borders inside ``lo..hi`` near its ends (or near a middle)."""
    unit = t / pdf_cells.TOLERANCE  # (t: the page's TOLERANCE)
    inside = [k for k, (first, last) in zip(keys, spans) if first - t <= at <= last + t]
    if lo == hi:
        # (the look under a cell for the empty row below it asks 2 × t under its bottom border:
        # that border is never "on" the look, left out)
        near = [abs(k - lo) for k in inside if abs(k - lo) <= 0.6 * unit and abs(abs(k - lo) - 2 * t) > 1e-6]
        if near:
            _record("middle", min(near), unit)
    else:
        for d in (
            min([k - lo for k in inside if lo < k <= (lo + hi) / 2] or [unit]),
            min([hi - k for k in inside if (lo + hi) / 2 <= k < hi] or [unit]),
        ):
            if d < 0.6 * unit:
                _record("edge", d, unit)
    return _nearest(keys, spans, lo, hi, at, t)


def enclosing(self, w, top=None, bottom=None):  # type: ignore[no-untyped-def]
    box = _enclosing(self, w, top, bottom)
    if box is not None and top is None:
        _record("padding", w.x0 - box[0], self.pad / pdf_cells.PADDING)
    return box


def row_aligned(upper, lower, border, sides, top, bottom, rules):  # type: ignore[no-untyped-def]
    """``_row_aligned``, recording what it decides on (``pdf_cells.row_misalignment``)."""
    least = pdf_cells.row_misalignment(upper, lower, border, sides, top, bottom, rules)
    _record("align", least, rules.align / pdf_cells.ROW_ALIGN)
    return _row_aligned(upper, lower, border, sides, top, bottom, rules)


def as_rule(page, x0, top, x1, bottom, line):  # type: ignore[no-untyped-def]
    """``as_rule``, keeping each long path's thickness (its page's line height known later)."""
    thick, long = sorted((x1 - x0, bottom - top))
    if long > 2 * thick:
        paths.append((page, thick, line))
    return _as_rule(page, x0, top, x1, bottom, line)


_between = pdf_text.Walls.between
_starts_a_column = pdf_text._starts_a_column


def between(self, left, right, top, bottom):  # type: ignore[no-untyped-def]
    """``Walls.between``, recording the gap and a border's distance outside it (borders at the
    line within a fifth of a line of the gap)."""
    unit = self.gap / pdf_text.WALL_GAP
    middle = (top + bottom) / 2
    near = [
        x
        for x, (first, last) in zip(self.x, self.span)
        if first <= middle <= last and left - 0.2 * unit <= x <= right + 0.2 * unit
    ]
    if near and right > left:
        _record("gap", right - left, unit)
        outside = min(max(left - x, x - right) for x in near)
        if outside > 0:
            _record("slack", outside, unit)
    return _between(self, left, right, top, bottom)


def starts_a_column(piece, height, starts, xs):  # type: ignore[no-untyped-def]
    """``_starts_a_column``, recording the distance to the nearest column start on a nearby line."""
    middle = (piece[2] + piece[4]) / 2
    near = [
        abs(x - piece[1])
        for x, (_, at) in zip(xs, starts)
        if 0.5 * height < abs(at - middle) <= pdf_text.COLUMN_REACH * height
        and abs(x - piece[1]) <= 0.3 * height
    ]
    if near:
        _record("column", min(near), height)
    return _starts_a_column(piece, height, starts, xs)


_cut_sides = pdf_text.cut_sides
_past_clip_sides = pdf_text.past_clip_sides


def cut_sides(raw, clipped, base):  # type: ignore[no-untyped-def]
    """``cut_sides``, recording how far before its clip's right side each clipped run ends."""
    import ctypes

    from kesu_docs.parse import pdfium_calls

    box = pdf_text.pdfium_c.FS_RECTF()
    for run, rect in clipped:
        if rect is None or run.end() <= run.start():
            continue
        pdfium_calls.FPDFText_GetLooseCharBox(raw, run.end() - 1, ctypes.byref(box))
        height = box.top - box.bottom
        before = rect[3] - box.right
        if height > 0 and 0 <= before < 0.5 * height:
            _record("side", before, height)
    return _cut_sides(raw, clipped, base)


def past_clip_sides(pieces, drawn):  # type: ignore[no-untyped-def]
    """``past_clip_sides``, recording how far a piece starting inside its clip reaches past its
    right side (on a line the clip shows)."""
    for first, stop, rect in drawn:
        if rect is None:
            continue
        top, bottom, _left, right = rect
        for piece in pieces[first:stop]:
            height = piece[4] - piece[2]
            if height > 0 and top < (piece[2] + piece[4]) / 2 < bottom and piece[1] < right < piece[3]:
                if piece[3] - right < 0.5 * height:
                    _record("past", piece[3] - right, height)
    return _past_clip_sides(pieces, drawn)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--every", type=int, default=1, help="read every Nth PDF of the folders")
    parser.add_argument("--upto", type=float, default=0.6, help="the largest share shown")
    parser.add_argument(
        "--upto-bands", type=float, default=1.5, help="the largest share shown of rule and band"
    )
    args = parser.parse_args()
    from kesu_docs.parse.pdf import words_of

    pdf_cells._nearest = nearest
    pdf_cells._row_aligned = row_aligned
    pdf_cells._Rules.enclosing = enclosing  # type: ignore[method-assign]
    pdf_text.as_rule = as_rule
    pdf_text.Walls.between = between  # type: ignore[method-assign]
    pdf_text._starts_a_column = starts_a_column
    pdf_text.cut_sides = cut_sides
    pdf_text.past_clip_sides = past_clip_sides
    pdfs = sorted(
        {p for path in args.paths for p in ([path] if path.is_file() else sorted(path.rglob("*.pdf")))}
    )[:: args.every]
    global now
    for pdf in pdfs:
        now = str(pdf)
        try:
            words, rules, _form = words_of(pdf.read_bytes(), papers={})
        except Exception as e:  # (a measurement: one unreadable file is named, not fatal)
            print(f"{pdf}: {e}", file=sys.stderr)
            continue
        for page in sorted({w.page for w in words}):
            lines.append(pdf_cells.line_height([w.bottom - w.top for w in words if w.page == page]))
        for _page, thick, unit in paths:  # (the line height the reader decided on: page_line)
            if thick <= 1.5 * unit:
                _record("rule" if thick <= BEFORE["rule"] else "band", thick, unit)
        paths.clear()
        pdf_cells.cells(words, rules)
    print(f"{len(pdfs)} PDFs, {len(lines)} pages")
    ordered = sorted(lines)
    if ordered:
        at = [ordered[int(q * (len(ordered) - 1))] for q in (0, 0.1, 0.5, 0.9, 1)]
        print("line heights (pt): min {:.1f}, 10% {:.1f}, median {:.1f}, 90% {:.1f}, max {:.1f}".format(*at))
    for kind, counts in seen.items():
        print(f"{kind}: {sum(counts.values())} comparisons")
        upto = args.upto_bands if kind in ("rule", "band") else args.upto
        for share in range(int(upto * 100) + 1):
            if counts[share]:
                print(f"  {share / 100:.2f} {counts[share]:6d} {'#' * min(counts[share], 60)}")
    print(f"{len(flips)} comparisons decided otherwise than in points at ×1:")
    for flip, n in Counter(flips).most_common():
        print(f"  {n:4d} × {flip}")


if __name__ == "__main__":
    main()
