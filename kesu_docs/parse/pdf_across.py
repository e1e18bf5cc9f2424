"""Pages printed across: a sheet too wide for its paper continues *sideways* on the next page.

Excel and LibreOffice print the columns that do not fit on a page of their own ("down, then
over" or "over, then down"): columns A–B on page 1, C–E on page 2, the same rows on both. Read
stacked top to bottom, page 2's quantities and prices become items without a part number. Such
a page is told from a page that continues the form *downwards* by the PDF's own facts:

- the two pages have the same size (one print, one page set-up);
- the page has nothing of its own at the top: its first line stands below the first page's
  first line (the title and header labels sit in columns A–B only);
- every text line of the page sits on a text line of the first page (the same rows, the same
  row heights from the same top margin), and every ruling line on a ruling line of the first
  page (the drawn row grid repeats).

A page continuing a table downwards starts at the top margin, as the first page does, so the
second test alone keeps a normal two-page form of same-height rows apart. With the drawn grid
confirming, the page is joined to the right of the one it continues (its boxes shifted by the
first page's table width); with the text lines agreeing but no grid to confirm it, it is left
unjoined and named, so the reader warns (``printed_across_pages``) instead of reading rows of
prices without their part numbers silently.

A sheet with no title (a system's export: its header row at the top) has nothing to leave out
at the top: its pages are told apart by their first rows instead — both pages hold the same rows
one for one, each opens on a row of column names of its own (no figure, no word the other's
has: a header repeated on every page continues downwards) with figures under it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import TypeVar

from .pdf_text import Rule, Word

# points two lines (text middles, rules) of the two pages may differ and still be the same row
LINE_SLACK = 1.0
RULE_SLACK = 0.75
# points a page's first line must stand below the first page's to leave its title out (half a row)
TOP_GAP = 6.0
# the fewest horizontal rules, and text lines, on the continuing page that make a grid a signal
MIN_RULES = 3
# points left of a page's edge a word of it may start and still be its own (not spilled over)
SPILL_SLACK = 0.5
MIN_LINES = 2
# the fewest rows two pages both opening on a header row at the top must share to be one print across
MIN_ROWS_ACROSS = 3


_Item = TypeVar("_Item", Word, Rule)


class Words(list[Word]):
    """A PDF's words, and the pages that look printed across but were not joined (in doubt)."""

    across: set[int]
    # the texts stopped at the right edge of a page whose columns go on on another page (page,
    # and a sliver at the text's end, where the words now lie): cut off on paper (:func:`edge_cuts`)
    at_edge: list[tuple[int, tuple[float, float, float, float]]]


@dataclass(frozen=True, slots=True)
class Page:
    """One page's own geometry, measured from its top edge: ``words`` and ``rules`` as stacked
    (pages one under another), ``lift`` the height of the pages above it.

    Its text lines and drawn grid are worked out once, here (a page is compared with every
    earlier one); the words and rules are never copied to the page's own coordinates, only
    the few heights the comparison needs are (issue 15: one pass over a page's boxes)."""

    number: int
    size: tuple[float, float]
    words: list[Word]
    rules: list[Rule]
    lift: float = 0.0
    _lines: list[float] = field(init=False, compare=False, repr=False)
    _grid: list[float] = field(init=False, compare=False, repr=False)
    _borders: list[tuple[float, float]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        lift = self.lift
        lines: list[float] = []  # (the sums as a copy moved up by ``lift`` gives them)
        for m in sorted(((w.top - lift) + (w.bottom - lift)) / 2 for w in self.words):
            if not lines or m - lines[-1] > LINE_SLACK:
                lines.append(m)
        heights, borders = set(), []
        for r in self.rules:
            top = r.top - lift
            if (r.bottom - lift) - top <= r.x1 - r.x0 and not r.fill:  # a horizontal border
                heights.add(round(top, 1))
                borders.append((r.x0, r.x1))
        object.__setattr__(self, "_lines", lines)
        object.__setattr__(self, "_grid", sorted(heights))
        object.__setattr__(self, "_borders", borders)

    def lines(self) -> list[float]:
        """The middles of its text lines, top to bottom (words a point apart are one line)."""
        return self._lines

    def grid(self) -> list[float]:
        """The heights of its horizontal ruling lines (borders, not shaded fills)."""
        return self._grid

    def borders(self) -> list[tuple[float, float]]:
        """The left and right ends of its horizontal ruling lines (borders, not shaded fills)."""
        return self._borders


def _on(values: list[float], grid: list[float], slack: float) -> bool:
    """Does every value sit on one of the (sorted) grid's?"""
    for v in values:
        i = bisect_left(grid, v - slack)
        if i == len(grid) or grid[i] > v + slack:
            return False
    return True


def continues_sideways(first: Page, page: Page, *, from_top: bool = False) -> str | None:
    """``"join"`` when ``page`` is surely ``first``'s columns printed on their own page,
    ``"doubt"`` when its text lines say so but no drawn grid confirms it, else None.
    ``from_top``: the page may start at the top as ``first`` does (a print already found across)."""
    if abs(first.size[0] - page.size[0]) > 1 or abs(first.size[1] - page.size[1]) > 1:
        return None
    lines, own = page.lines(), first.lines()
    if len(lines) < MIN_LINES or not own:
        return None
    if lines[0] <= own[0] + TOP_GAP and not from_top:
        # a first line of its own at the top: a page of its own or continuing down — unless both
        # pages open on a header row of their own over the same rows (a sheet with no title)
        return _header_across(first, page)
    grid, own_grid = page.grid(), first.grid()
    end = max(own[-1], own_grid[-1] if own_grid else own[-1])  # where the first page's print ends
    if not _lines_on(lines, own, grid, own_grid, end):
        return None
    if (
        len(grid) >= MIN_RULES
        and own_grid  # a first page without rules: nothing of its grid to continue (nor compare)
        and _on([g for g in grid if g <= end + RULE_SLACK], own_grid, RULE_SLACK)
        and (_same_table_top(grid, own_grid, lines, own) or _heading_continued(first, page))
    ):
        return "join"
    return "doubt"


def _header_across(first: Page, page: Page) -> str | None:
    """Is ``page`` the columns of ``first``'s table printed on a page of their own when the sheet
    has no title above its table (a system's export: its header row first, at the top of both
    pages)? With no title to leave out, the two pages must hold the same rows one for one (every
    text line of each on a line of the other, a blank row where the other has one), at least
    :data:`MIN_ROWS_ACROSS`; each page's first line a row of column names (words, no figure)
    sharing no word with the other's — a header repeated on every page (print titles) continues
    a table downwards — and a figure under one of them (the rows' values, not a text's lines;
    a column of names alone goes on from one of figures).

    ``"join"`` when each page's first line also reaches the last column of its own rows (a header
    over its columns); ``"doubt"`` when one does not — a caption (``包装类``) or a title (``退货单``)
    over rows of the same heights continues a list downwards just as well, so the reader warns
    rather than put that page's rows beside the first's and drop them silently; else None."""
    lines, own = page.lines(), first.lines()
    if len(lines) != len(own) or len(lines) < MIN_ROWS_ACROSS:
        return None
    if any(abs(a - b) > LINE_SLACK for a, b in zip(lines, own, strict=True)):
        return None
    heading, beside = _row_words(page, lines[0]), _row_words(first, own[0])
    if not heading or not beside or _has_figure(heading + beside):
        return None
    if {w.casefold() for w in heading} & {w.casefold() for w in beside}:
        return None
    if not any(_has_figure([w.text for w in _below_first(p)]) for p in (first, page)):
        return None
    return "join" if all(_heads_its_rows(p) for p in (first, page)) else "doubt"


def _below_first(page: Page) -> list[Word]:
    """The page's words below its first text line."""
    top = page.lines()[0]
    return [w for w in page.words if _middle(page, w) > top + LINE_SLACK]


def _heads_its_rows(page: Page) -> bool:
    """Does the page's first line reach the last column its rows below fill with words (a header
    over its columns, not a caption or a title over the first of them)? Its right end must stand
    right of where the rightmost word of the rows without a figure starts: a figure may stand
    right-aligned far right of its column's name, a word of a column starts under it."""
    top = page.lines()[0]
    first = [w for w in page.words if abs(_middle(page, w) - top) <= LINE_SLACK]
    words = [w.x0 for w in _below_first(page) if not _has_figure([w.text])]
    return bool(first) and (not words or max(w.x1 for w in first) >= max(words))


def _middle(page: Page, word: Word) -> float:
    """A word's middle measured from its page's top edge."""
    return (word.top + word.bottom) / 2 - page.lift


def _row_words(page: Page, line: float) -> list[str]:
    """The words of the page's text line ``line`` (its middle), each word of a run apart."""
    return [t for w in page.words if abs(_middle(page, w) - line) <= LINE_SLACK for t in w.text.split()]


def _has_figure(texts: list[str]) -> bool:
    """Does any of ``texts`` hold a digit?"""
    return any(c.isdigit() for t in texts for c in t)


def _lines_on(
    lines: list[float], own: list[float], grid: list[float], own_grid: list[float], end: float
) -> bool:
    """Does every text line of the page sit on one of the first page's? On a text line of it
    (a point apart), or — the tolerance the page's own ruling gives — in a row ruled alike on
    both pages (its top and bottom rules on both) where the first page has a text line too:
    a cell's text a point or two lower on the next page (another font, centred otherwise), a
    header wrapped onto two lines beside one line. Lines below everything the first page
    prints are the right-hand columns' own rows (a note or a button where the left-hand
    columns stopped); at least :data:`MIN_LINES` must sit on the first page's."""
    rows = [
        (a, b)
        for a, b in zip(own_grid, own_grid[1:], strict=False)
        if b - a > 2 * RULE_SLACK and _on([a, b], grid, RULE_SLACK)
    ]
    tops = [a for a, _ in rows]
    matched = 0
    for v in lines:
        if not _on([v], own, LINE_SLACK):
            i = bisect_left(tops, v) - 1
            if i < 0 or not rows[i][0] < v < rows[i][1]:
                if v > end + LINE_SLACK:
                    continue  # below the first page's print: the right-hand columns' own row
                return False
            a, b = rows[i]
            k = bisect_left(own, a)
            if k == len(own) or own[k] >= b:
                return False  # a ruled row the first page leaves empty: no row of its text
        matched += 1
    return matched >= MIN_LINES


def _continued(page: Page, pages: list[Page], moved: dict) -> tuple[Page | None, str | None]:
    """The page this one continues sideways, and how sure (``"join"``, ``"doubt"``), if any.

    The page before it first; then any earlier page not joined itself ("down, then over": page 1's
    columns go on page 3 after 1–2 ran down). Once a page of the print was found across, the
    next row of pages may start at the top as its left-hand page does: it is matched, from the
    top, against the nearest earlier page that stayed ("over, then down" and its converse)."""
    if not page.words:
        return None, None
    earlier = [p for p in pages[: page.number - 1] if p.number not in moved]
    found: tuple[Page | None, str | None] = (None, None)
    for prev in [pages[page.number - 2], *earlier]:
        verdict = continues_sideways(prev, page)
        if verdict == "join":
            return prev, verdict
        if verdict == "doubt" and found[1] is None:
            found = (prev, verdict)
    if moved and earlier:
        verdict = continues_sideways(earlier[-1], page, from_top=True)
        if verdict is not None:
            return earlier[-1], verdict
    return found


def _same_table_top(grid: list[float], own: list[float], lines: list[float], text: list[float]) -> bool:
    """Does the page's drawn table start on the very rule the first page's starts on, with the
    page's first line in its first row (the table's header continued)? Rows of one height
    coincide anywhere on two pages of one print; the table's top rule and its header do not.
    Rules a hair apart (a box's edge drawn over the cell's border) are one; the first row may be
    empty on the page (the title's row, its text in the first page's columns only): the page's
    first line then stands in the second. ``text``: the first page's text lines, one of which
    must stand in that first row (the title), not the first page's rules bounding it."""
    below = [g for g in grid if g > grid[0] + RULE_SLACK]
    if abs(own[0] - grid[0]) > RULE_SLACK or not below:
        return False
    if grid[0] <= lines[0] <= below[0]:
        return True
    title = [line for line in text if grid[0] < line < below[0]]
    return bool(title) and len(below) > 1 and below[0] <= lines[0] <= below[1]


def _heading_continued(first: Page, page: Page) -> bool:
    """Is the page's drawn table the first page's item table continued from its heading row,
    the first page's grid starting higher (boxes drawn round the header labels above the table)?
    The page's table starts on a rule of the first page below its first one; its first row (the
    page's first line) and the first page's in that row are words alone (数量 单价 金额 continuing
    料号 品名: the heading), and a figure stands under it on the page (the lines' quantities). A
    page continuing a same-height grid downwards from a row of its own holds no heading there."""
    grid, own = page.grid(), first.grid()
    top, second = grid[0], grid[1]
    if top <= own[0] + RULE_SLACK or not top <= page.lines()[0] <= second:
        return False

    def row(p: Page, below: bool = False) -> list[str]:
        return [
            w.text
            for w in p.words
            if (
                second < (w.top + w.bottom) / 2 - p.lift
                if below
                else top <= (w.top + w.bottom) / 2 - p.lift <= second
            )
        ]

    heading, beside = row(page), row(first)
    return (
        bool(heading and beside)
        and not any(c.isdigit() for t in heading + beside for c in t)
        and any(c.isdigit() for t in row(page, below=True) for c in t)
    )


def _pages(words: list[Word], rules: list[Rule], sizes: list[tuple[float, float]]) -> list[Page]:
    """Each page's words and rules, and the height of the pages above it."""
    tops = [0.0]
    for _, height in sizes:
        tops.append(tops[-1] + height)
    by_page: dict[int, tuple[list[Word], list[Rule]]] = {n: ([], []) for n in range(1, len(sizes) + 1)}
    for w in words:
        if w.page in by_page and w.x1 > 0:  # a text spilling over from the page before lies left of its edge
            by_page[w.page][0].append(w)
    for r in rules:
        if r.page in by_page:
            by_page[r.page][1].append(r)
    return [Page(n, size, *by_page[n], lift=tops[n - 1]) for n, size in enumerate(sizes, start=1)]


def _shift(page: Page, first: Page) -> float:
    """How far right the page's boxes go: its table's left border onto the first page's right one."""
    right = max((x1 for _, x1 in first.borders()), default=first.size[0])
    left = min((x0 for x0, _ in page.borders()), default=0.0)
    return right - left


def join_across(
    words: list[Word], rules: list[Rule], sizes: list[tuple[float, float]]
) -> tuple[Words, list[Rule], dict[int, float]]:
    """The words and rules with each page printed across joined to the right of the page it
    continues (same stacked heights as that page), the pages in doubt named on the words, and the
    joined pages' new widths (page number → width). A one-page PDF has nothing to join: its
    words and rules are handed back as they are, no page built."""
    if len(sizes) < 2:
        out = Words(words)
        out.across = set()
        out.at_edge = []
        return out, list(rules), {}
    pages = _pages(words, rules, sizes)
    tops = [0.0]
    for _, height in sizes:
        tops.append(tops[-1] + height)
    moved: dict[int, tuple[int, float, float]] = {}  # page → (page it joins, dx, dy)
    widths: dict[int, float] = {}
    doubt: set[int] = set()
    continued: set[int] = set()  # the pages whose columns go on on another page
    for page in pages[1:]:
        prev, verdict = _continued(page, pages, moved)
        if verdict is not None and prev is not None:
            continued.add(prev.number)
        if verdict == "join" and prev is not None:
            base, dx0 = moved.get(prev.number, (prev.number, 0.0, 0.0))[:2]
            dx = dx0 + _shift(page, prev)
            moved[page.number] = (base, dx, tops[base - 1] - tops[page.number - 1])
            widths[base] = max(widths.get(base, sizes[base - 1][0]), dx + page.size[0])
        elif verdict == "doubt":
            doubt.add(page.number)
    # a joined page's text starting left of its edge is the page before's spilling over (a long
    # cell's text cut at the paper's edge), read whole there: not put back a second time beside it
    out = Words(_moved(w, moved) for w in words if not (w.page in moved and w.x0 < -SPILL_SLACK))
    out.across = doubt
    out.at_edge = [
        (m.page, (m.x1 - EDGE_SLIVER, m.top, m.x1, m.bottom))
        for n in sorted(continued)
        for w in edge_cuts(pages[n - 1])
        for m in [_moved(w, moved)]
    ]
    return out, [_moved(r, moved) for r in rules], widths


# (points) the box said cut at a text's end where it stops at its page's right edge
EDGE_SLIVER = 0.5


def edge_cuts(page: Page) -> list[Word]:
    """The words of a page whose columns go on on another page that stop at its printed right
    edge (its ruling's right end, else the paper's): a long text running over the next,
    empty columns is printed up to the page's last column only — Excel leaves out the glyphs
    past it, with no clip to tell — so it reads short, and nothing on its field would say so
    but this. A word with a letter in it, ending within a glyph of the edge (a figure too
    wide prints ``###``, never running over)."""
    edge = max((x1 for _, x1 in page.borders()), default=page.size[0])
    # the vertical rules (cells' side borders): x and the heights they span
    sides = [(r.x0, r.top, r.bottom) for r in page.rules if r.bottom - r.top > r.x1 - r.x0 and not r.fill]
    out = []
    for w in page.words:
        glyph = w.bottom - w.top
        if edge - glyph <= w.x1 <= edge + glyph and w.x0 < edge - glyph and any(c.isalpha() for c in w.text):
            middle = (w.top + w.bottom) / 2
            crossing = [x for x, top, bottom in sides if top <= middle <= bottom]
            # on a ruled row, only a text running over a cell's side border to the edge (over the
            # empty cells after its own) is cut there: a text ending at its own cell's right padding
            # (right-aligned, or a right-to-left sheet's) stops where it was written
            if crossing and not any(_line_start(page, w, glyph) + 1 < x < w.x0 + 1 for x in crossing):
                continue
            out.append(w)
    return out


def _line_start(page: Page, word: Word, glyph: float) -> float:
    """Where the text ``word`` ends runs from: the words of its line before it, each within
    a glyph and a half of the next (one text's spaces, not a gap between cells)."""
    middle = (word.top + word.bottom) / 2
    before = sorted(
        (
            w
            for w in page.words
            if w.x1 <= word.x0 + 0.5 and abs((w.top + w.bottom) / 2 - middle) <= LINE_SLACK
        ),
        key=lambda w: -w.x1,
    )
    start = word.x0
    for w in before:
        if start - w.x1 > 1.5 * glyph:
            break
        start = min(start, w.x0)
    return start


def _moved(item: _Item, moved: dict[int, tuple[int, float, float]]) -> _Item:
    """A word or rule put where its page joins, or itself when its page stays."""
    if item.page not in moved:
        return item
    base, dx, dy = moved[item.page]
    return replace(
        item, page=base, x0=item.x0 + dx, x1=item.x1 + dx, top=item.top + dy, bottom=item.bottom + dy
    )
