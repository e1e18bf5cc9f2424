"""Issue 10 (the PDF parse within 2x of the pre-reader parse): a printed box between its page's
ruled lines is no running header or footer, told before the page's texts are looked through
or whether the box repeats on other pages is asked (pdf._repeated scans every box)."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

from kesu_docs.parse.page_margins import GAP_LINES, MARGIN_BAND, PrintedPage, printed_margin


def _as_before(box: SimpleNamespace, page: PrintedPage, *, inline: bool, repeated: bool) -> str | None:
    """printed_margin as it was written before the change (int18): every text looked through."""
    line = GAP_LINES * max(box.y1 - box.y0, 1.0)
    higher = [t[1] for t in page.texts if t[0] + t[1] < 2 * box.y0]
    lower = [t[0] for t in page.texts if t[0] + t[1] > 2 * box.y1]
    if page.rules_top is not None and page.rules_bottom is not None:
        over, under = box.y1 <= page.rules_top + 0.5, box.y0 >= page.rules_bottom - 0.5
        lower.append(page.rules_top)
        higher.append(page.rules_bottom)
        top_band, bottom_band = box.y1 <= page.top + MARGIN_BAND, box.y0 >= page.bottom - MARGIN_BAND
    else:
        over, under = not higher and bool(lower), not lower and bool(higher)
        top_band = bottom_band = False
    if over and (page.first or repeated):
        if repeated or top_band or (inline and min(lower) - box.y1 >= line):
            return "header"
    if under and (page.last or repeated):
        if repeated or bottom_band or (inline and box.y0 - max(higher) >= line):
            return "footer"
    return None


def _box(y0: float, y1: float) -> SimpleNamespace:
    return SimpleNamespace(y0=y0, y1=y1)


def _pages() -> list[PrintedPage]:
    texts = [(20.0, 30.0), (120.0, 130.0), (400.0, 410.0), (800.0, 810.0)]
    out = []
    for first, last in itertools.product((True, False), repeat=2):
        out.append(PrintedPage(0.0, 842.0, first, last, 100.0, 700.0, list(texts)))
        out.append(PrintedPage(0.0, 842.0, first, last, None, None, list(texts)))
    return out


BOXES = [
    _box(10, 18),
    _box(20, 30),
    _box(60, 70),
    _box(120, 130),
    _box(400, 410),
    _box(750, 760),
    _box(800, 810),
    _box(830, 840),
]


def test_a_box_inside_the_body_never_asks_whether_it_repeats() -> None:
    asked: list[int] = []

    def repeated() -> bool:
        asked.append(1)
        return True

    ruled = PrintedPage(0.0, 842.0, True, True, 100.0, 700.0, [(20.0, 30.0), (400.0, 410.0)])
    assert printed_margin(_box(400, 410), ruled, inline=True, repeated=repeated) is None
    assert asked == []
    # outside the body it is asked, and decides: deep below the band, no gap, not inline
    deep = PrintedPage(0.0, 842.0, False, True, 100.0, 700.0, [(80.0, 90.0), (400.0, 410.0)])
    assert printed_margin(_box(80, 90), deep, inline=False, repeated=repeated) == "header"
    assert asked == [1]
    assert printed_margin(_box(80, 90), deep, inline=False, repeated=lambda: False) is None


def test_asked_lazily_the_answer_is_the_one_given_outright() -> None:
    # every box, page, inline and repeated: the function gives what the flag gives, as before
    seen = set()
    for page, box, inline, repeated in itertools.product(_pages(), BOXES, (True, False), (True, False)):
        flag = printed_margin(box, page, inline=inline, repeated=repeated)
        lazy = printed_margin(box, page, inline=inline, repeated=lambda r=repeated: r)
        assert lazy == flag == _as_before(box, page, inline=inline, repeated=repeated), (page, box)
        seen.add(flag)
    assert seen == {None, "header", "footer"}
