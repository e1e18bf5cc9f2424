"""A two-row header's lower names (issue 10): a lower name with a figure in brackets (its unit,
``Received (1000 pcs)``) is still a name of the header, not a line's value, whichever brackets
it is written in — the reader's one pattern of a bracketed part (``vocab.BRACKETED``: ( ), （ ）,
[ ], 【 】), where the two-row header's check had a narrower one of its own (round brackets only).
"""

from __future__ import annotations

import pytest

from kesu_docs.parse.boxes import Box
from kesu_docs.parse.captions import stacked_pairs


def _box(text: str, x0: float, y0: float, x1: float) -> Box:
    return Box(text, text, x0, y0, x1, y0 + 10, f"p1 ({x0:.0f},{y0:.0f})")


@pytest.mark.parametrize(
    "lower",
    [
        "Received (1000 pcs)",
        "Received （1000 pcs）",
        "Received [1000 pcs]",
        "Received 【1000 pcs】",
        "Received",
    ],
)
def test_a_lower_name_with_its_unit_in_any_brackets_is_paired_with_the_name_over_it(lower: str):
    bands = [[_box("Quantity", 100, 0, 300)], [_box("Authorized", 100, 12, 190), _box(lower, 200, 12, 290)]]
    paired = {low.text: [up.text for up, _pair in ups] for _i, low, ups in stacked_pairs(bands)}
    assert paired == {"Authorized": ["Quantity"], lower: ["Quantity"]}


@pytest.mark.parametrize("figure", ["40 pcs", "[Lot 7] 40 pcs", "1000"])
def test_a_figure_outside_brackets_is_a_lines_value_not_a_lower_name(figure: str):
    bands = [[_box("Quantity", 100, 0, 300)], [_box(figure, 100, 12, 190)]]
    assert [low.text for _i, low, _ups in stacked_pairs(bands)] == []
