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
MIN_LINES = 2


_Item = TypeVar("_Item", Word, Rule)


class Words(list[Word]):
    """A PDF's words, and the pages that look printed across but were not joined (in doubt)."""

    across: set[int]


@dataclass(frozen=True, slots=True)
class Page:
    """One page's own geometry: its words and rules measured from its top edge."""

    number: int
    size: tuple[float, float]
    words: list[Word]
    rules: list[Rule]

    cache: dict[str, list[float]] = field(default_factory=dict, compare=False, repr=False)

    def lines(self) -> list[float]:
        """The middles of its text lines, top to bottom (words a point apart are one line);
        worked out once a page (a page is compared with every earlier one)."""
        if "lines" not in self.cache:
            out: list[float] = []
            for m in sorted(w.middle for w in self.words):
                if not out or m - out[-1] > LINE_SLACK:
                    out.append(m)
            self.cache["lines"] = out
        return self.cache["lines"]

    def grid(self) -> list[float]:
        """The heights of its horizontal ruling lines (borders, not shaded fills); once a page."""
        if "grid" not in self.cache:
            self.cache["grid"] = sorted({round(r.top, 1) for r in self.rules if r.horizontal and not r.fill})
        return self.cache["grid"]


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
    if len(lines) < MIN_LINES or not own or (lines[0] <= own[0] + TOP_GAP and not from_top):
        return None  # it has a first line of its own at the top: a page of its own or continuing down
    if not _on(lines, own, LINE_SLACK):
        return None
    grid, own_grid = page.grid(), first.grid()
    if len(grid) >= MIN_RULES and _on(grid, own_grid, RULE_SLACK) and _same_table_top(grid, own_grid, lines):
        return "join"
    return "doubt"


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


def _same_table_top(grid: list[float], own: list[float], lines: list[float]) -> bool:
    """Does the page's drawn table start on the very rule the first page's starts on, with the
    page's first line in its first row (the table's header continued)? Rows of one height
    coincide anywhere on two pages of one print; the table's top rule and its header do not."""
    return abs(own[0] - grid[0]) <= RULE_SLACK and grid[0] <= lines[0] <= grid[1]


def _pages(words: list[Word], rules: list[Rule], sizes: list[tuple[float, float]]) -> list[Page]:
    """Each page's words and rules measured from its own top (the stacked ``top`` less its offset)."""
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
    out = []
    for n, size in enumerate(sizes, start=1):
        lift = tops[n - 1]
        ws = [replace(w, top=w.top - lift, bottom=w.bottom - lift) for w in by_page[n][0]]
        rs = [replace(r, top=r.top - lift, bottom=r.bottom - lift) for r in by_page[n][1]]
        out.append(Page(n, size, ws, rs))
    return out


def _shift(page: Page, first: Page) -> float:
    """How far right the page's boxes go: its table's left border onto the first page's right one."""
    right = max((r.x1 for r in first.rules if r.horizontal and not r.fill), default=first.size[0])
    left = min((r.x0 for r in page.rules if r.horizontal and not r.fill), default=0.0)
    return right - left


def join_across(
    words: list[Word], rules: list[Rule], sizes: list[tuple[float, float]]
) -> tuple[Words, list[Rule], dict[int, float]]:
    """The words and rules with each page printed across joined to the right of the page it
    continues (same stacked heights as that page), the pages in doubt named on the words, and the
    joined pages' new widths (page number → width)."""
    pages = _pages(words, rules, sizes)
    tops = [0.0]
    for _, height in sizes:
        tops.append(tops[-1] + height)
    moved: dict[int, tuple[int, float, float]] = {}  # page → (page it joins, dx, dy)
    widths: dict[int, float] = {}
    doubt: set[int] = set()
    for page in pages[1:]:
        prev, verdict = _continued(page, pages, moved)
        if verdict == "join" and prev is not None:
            base, dx0 = moved.get(prev.number, (prev.number, 0.0, 0.0))[:2]
            dx = dx0 + _shift(page, prev)
            moved[page.number] = (base, dx, tops[base - 1] - tops[page.number - 1])
            widths[base] = max(widths.get(base, sizes[base - 1][0]), dx + page.size[0])
        elif verdict == "doubt":
            doubt.add(page.number)
    out = Words(_moved(w, moved) for w in words)
    out.across = doubt
    return out, [_moved(r, moved) for r in rules], widths


def _moved(item: _Item, moved: dict[int, tuple[int, float, float]]) -> _Item:
    """A word or rule put where its page joins, or itself when its page stays."""
    if item.page not in moved:
        return item
    base, dx, dy = moved[item.page]
    return replace(
        item, page=base, x0=item.x0 + dx, x1=item.x1 + dx, top=item.top + dy, bottom=item.bottom + dy
    )
