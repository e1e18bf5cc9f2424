"""Values printed in a page's running header or footer, on a sheet and on its print.

A workbook's page header and footer (``headerFooter``) print the same on every copy of the
template, so a value read there may be the form's own text (its code, a date, a name) rather
than the complaint's: the reader reads it and says so (``value_from_page_margin``). On a sheet
the margins are texts of their own (``Sheet!header`` / ``Sheet!footer``); on a print they are
lines like any other, told by where they stand (:func:`printed_margin`): a running header or
footer prints in the page's margin, where no row of the sheet does, outside the form's boxes
and the same on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..forms import FormSpec
from ..problems import Bilingual, Problem
from ..validation import labels_for

PAGE_MARGINS = ("header", "footer")  # the "cell" of a value printed in the page header or footer
MARGIN_NAMES = {"header": Bilingual("页眉", "page header"), "footer": Bilingual("页脚", "page footer")}
# the page's margin band, in points: 0.75 in, the top and bottom margin of Excel's and
# LibreOffice's page styles, inside which the running header and footer print and no row does
MARGIN_BAND = 54.0
# past the band, the room (in the line's heights) that parts a running header or footer from
# the form's body: a page style's header spacing; a form's own line after its table (a reason
# typed under the lines, a blank line between) stands closer
GAP_LINES = 2.0


def on_page_margin(location: str) -> bool:
    """``Sheet!header``, ``Sheet!footer``: a value read from the page header or footer, in no cell."""
    return location.rpartition("!")[2] in PAGE_MARGINS


def from_page_margin(spec: FormSpec, path: str, place: str, margin: str, **params: Any) -> Problem:
    """The warning on a field read from the page header or footer (``margin``)."""
    zh, en = labels_for(spec, path)
    return Problem(
        "value_from_page_margin",
        field=path,
        label=zh,
        label_en=en,
        location=place,
        severity="warning",
        params={"margin": MARGIN_NAMES[margin], **params},
    )


@dataclass
class PrintedPage:
    """One printed page of a form, as its running header and footer are told on it: its span
    (top and bottom, pages stacked), the top of its first and the bottom of its last ruled line
    (None: no rule), its texts' tops and bottoms, and whether it is the form's first or last
    page (a form running onto a next page prints its row's last text above that page's first
    ruled line: the header is the first page's, the footer the last page's)."""

    top: float
    bottom: float
    first: bool = True
    last: bool = True
    rules_top: float | None = None
    rules_bottom: float | None = None
    texts: list[tuple[float, float]] = field(default_factory=list)


def printed_pages(
    boxes: Iterable[Any],
    rules: Iterable[Any],
    spans: Sequence[tuple[float, float]],
    pages: Sequence[int],
    page_of: Any,
) -> dict[int, PrintedPage]:
    """The form's printed ``pages`` (numbers, 1-based) as :class:`PrintedPage`: ``boxes`` its
    texts (``page_of(box)`` their page), ``rules`` the ruled lines (shades left out),
    ``spans`` every page's top and bottom."""
    form = [n for n in pages if 0 < n <= len(spans)]
    out = {n: PrintedPage(*spans[n - 1], first=n == min(form), last=n == max(form)) for n in form}
    for rule in rules:
        page = out.get(rule.page)
        if page is not None and not rule.fill:
            page.rules_top = rule.top if page.rules_top is None else min(page.rules_top, rule.top)
            page.rules_bottom = (
                rule.bottom if page.rules_bottom is None else max(page.rules_bottom, rule.bottom)
            )
    for box in boxes:
        page = out.get(page_of(box))
        if page is not None and not box.empty:
            page.texts.append((box.y0, box.y1))
    return out


def printed_margin(
    box: Any, page: PrintedPage, *, inline: bool, repeated: bool | Callable[[], bool] = False
) -> str | None:
    """``header`` / ``footer`` when a printed ``box`` (top-left origin, pages stacked) stands in
    its page's running header or footer, else None.

    It stands outside the form's boxes: above (below) every ruled line of its page, or, on a
    page without one, above (below) every other text. There it is the margin's when it lies
    in the page's top (bottom) margin band; or, deeper (a page style's margin set wider), when
    a clear gap (:data:`GAP_LINES`) parts it from the body and it holds its label and value in
    one text (``inline``: a header's section prints one text; a sheet's row below the form
    parts them in its cells); or when it prints the same on every page of a form of several
    (``repeated``, or a function telling it: asked only of a box outside the body). The header
    only on the form's first page, the footer on its last (unless repeated): a row running onto
    a next page prints its last text above the page's first rule.

    (Issue 10: a box between the page's ruled lines — most fields read — is answered before
    the page's texts are looked through or ``repeated`` is asked.)"""
    texts = page.texts
    if page.rules_top is not None and page.rules_bottom is not None:
        over, under = box.y1 <= page.rules_top + 0.5, box.y0 >= page.rules_bottom - 0.5
        if not over and not under:
            return None
        top_band, bottom_band = box.y1 <= page.top + MARGIN_BAND, box.y0 >= page.bottom - MARGIN_BAND
    else:  # no ruled line: the other texts tell the body (and no band: a sheet's rows start there)
        above = any(t[0] + t[1] < 2 * box.y0 for t in texts)  # texts on lines above its own
        below = any(t[0] + t[1] > 2 * box.y1 for t in texts)
        over, under = not above and below, not below and above
        if not over and not under:
            return None
        top_band = bottom_band = False
    if callable(repeated):
        repeated = repeated()  # (asked only of a box outside the body: issue 10)
    line = GAP_LINES * max(box.y1 - box.y0, 1.0)
    if over and (page.first or repeated):
        if repeated or top_band or (inline and _lowest_below(box, page) - box.y1 >= line):
            return "header"
    if under and (page.last or repeated):
        if repeated or bottom_band or (inline and box.y0 - _highest_above(box, page) >= line):
            return "footer"
    return None


def _lowest_below(box: Any, page: PrintedPage) -> float:
    """The top of the first thing below the box's line: a text, or the page's first rule."""
    lower = [t[0] for t in page.texts if t[0] + t[1] > 2 * box.y1]
    if page.rules_top is not None and page.rules_bottom is not None:
        lower.append(page.rules_top)
    return min(lower)


def _highest_above(box: Any, page: PrintedPage) -> float:
    """The bottom of the last thing above the box's line: a text, or the page's last rule."""
    higher = [t[1] for t in page.texts if t[0] + t[1] < 2 * box.y0]
    if page.rules_top is not None and page.rules_bottom is not None:
        higher.append(page.rules_bottom)
    return max(higher)
