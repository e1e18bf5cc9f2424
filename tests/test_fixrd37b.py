"""What the review of the merged reader found (issue 10: never silent), each rule read on word boxes
and forms of our own.

- **A line crossing a row's bottom border joins the line above only when that line wrapped**
  (rh39's ``_tail_over_border``): the line above reaches its cell's right edge and the crossing
  line's middle stands within a few points of the border (a tall CJK glyph box). A short line
  above, or a line mostly in the row below, keeps each row's text its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import read_doc, sheet_from_rows


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


# ------------------------------------------------ a step's number in a table's body row is no step
_HEAD: list[list[Any]] = [
    ["8D Report"],
    ["8D No.", "8D-2026-537"],
    ["Customer", "Lakeside Pumps"],
    ["Part No.", "LP-3310-H"],
    ["Opened date", "2026-04-02"],
    ["D1 Team", "Wu Fang (leader), Tan Jie"],
    ["D2 Problem description", "Bore oversize on housings, 30 pcs rejected."],
    ["Feature", "Spec", "Actual"],
    ["D3 bore", "5.00 ± 0.05", "5.12"],
    ["D5 bore", "8.00 ± 0.05", "8.09"],
]


def _g8d(tmp_path: Path, steps: list[list[Any]]) -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, [*_HEAD, *steps], "g8d_table.xlsx", width=30), "8d")


def test_a_step_number_in_a_measurement_tables_row_is_no_step(tmp_path: Path) -> None:
    doc = _g8d(
        tmp_path,
        [
            ["D3 Protect the customer", "All stock sorted, 500 pcs checked."],
            ["D4 Root cause", "Reamer worn past its life."],
            ["D5 Choose PCAs", "Reamer changed every 2,000 parts."],
        ],
    )
    record = doc["record"]
    assert [a["action"] for a in record["containment"]] == ["All stock sorted, 500 pcs checked."]
    assert [a["action"] for a in record["corrective_actions"]] == ["Reamer changed every 2,000 parts."]
    assert not any("0.05" in str(a) for a in (*record["containment"], *record["corrective_actions"]))


def test_two_texts_matching_one_step_by_number_alone_are_neither_read(tmp_path: Path) -> None:
    """``D5 bore | 8.09`` (no table's header over it) and ``D5 Choose PCAs | …``: which is D5 is a
    guess — neither read, said (``step_number_twice``), never the measure read as the action."""
    rows = [
        *_HEAD[:7],
        ["D3 Containment", "All stock sorted, 500 pcs checked."],
        ["D5 bore", "8.09"],
        ["D5 Choose PCAs", "Reamer changed every 2,000 parts."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "g8d_twice.xlsx", width=30), "8d")
    assert not doc["record"]["corrective_actions"]
    said = [p for p in doc["warnings"] if p["code"] == "step_number_twice"]
    assert said and said[0]["field"] == "corrective_actions"
    assert "D5" in said[0]["message"]
