"""What the review of the merged reader found (issue 10: never silent), each rule read on word boxes
and forms of our own.

- **A line crossing a row's bottom border joins the line above only when that line wrapped**
  (rh39's ``_tail_over_border``): the line above reaches its cell's right edge and the crossing
  line's middle stands within a few points of the border (a tall CJK glyph box). A short line
  above, or a line mostly in the row below, keeps each row's text its own.
"""

from __future__ import annotations

from typing import Any


# ------------------------------------------------ a line over a border joins only a wrapped line
def _grid(xs: tuple[float, ...], ys: tuple[float, ...]) -> list[Any]:
    from kesu_docs.parse.pdf_text import Rule

    return [Rule(1, xs[0], y, xs[-1], y) for y in ys] + [Rule(1, x, ys[0], x, ys[-1]) for x in xs]


def _read_cells(right: float, crossing: tuple[float, float]) -> dict[str, tuple[float, float]]:
    """``宁波舜宇光学科技有限公司`` whole in row 1 (90–108), ``浙江省余姚市舜宇路66号`` from
    ``crossing`` over the border at 108 in row 2 (108–117), row 2's label cell empty (merged)."""
    from kesu_docs.parse.pdf_cells import cells
    from kesu_docs.parse.pdf_text import Word

    words = [
        Word("客户名称", 1, 54.6, 96.4, 79.0, 108.0),
        Word("宁波舜宇光学科技有限公司", 1, 131.4, 93.0, 251.4, 105.7),
        Word("浙江省余姚市舜宇路66号", 1, 131.4, crossing[0], 241.4, crossing[1]),
    ]
    return {c.text: (c.top, c.bottom) for c in cells(words, _grid((54, 131, right), (90, 108, 117)))}


def test_a_line_over_a_border_under_a_short_line_is_the_next_rows() -> None:
    """The line above ends far short of its cell's right edge (it did not wrap), the crossing line
    3.5 points above the border and 9 below: two rows' values, never one joined silently."""
    found = _read_cells(330, (104.5, 117.0))
    assert not any("宁波" in text and "浙江" in text for text in found)
    assert found["宁波舜宇光学科技有限公司"] == (90, 108)
    assert found["浙江省余姚市舜宇路66号"] == (108, 117)


def test_no_tail_under_a_line_that_did_not_wrap() -> None:
    """The crossing line's middle on the border, but the line above ends far short of its cell's
    right edge: no wrapped value's tail."""
    found = _read_cells(330, (102.0, 114.4))
    assert not any("宁波" in text and "浙江" in text for text in found)
    assert found["宁波舜宇光学科技有限公司"] == (90, 108)


def test_a_line_mostly_below_the_border_is_the_next_rows_even_under_a_full_line() -> None:
    """The line above fills its cell, but the crossing line (3.5 points above the border, 9 below)
    has its middle well inside row 2."""
    found = _read_cells(253, (104.5, 117.0))
    assert not any("宁波" in text and "浙江" in text for text in found)
    assert found["宁波舜宇光学科技有限公司"] == (90, 108)
    assert found["浙江省余姚市舜宇路66号"] == (108, 117)


def test_a_wrapped_lines_tail_over_the_border_still_joins() -> None:
    """The line above fills its cell and the crossing line's middle is on the border: its tail."""
    found = _read_cells(253, (102.0, 114.4))
    assert found["宁波舜宇光学科技有限公司浙江省余姚市舜宇路66号"] == (90, 108)
