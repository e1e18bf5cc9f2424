"""One page tolerance (tol38): the reader compares edges within the page's own hair (a fraction
of its typical line height, in the boxes' unit), so a form printed at another zoom reads as at
×1, and a sheet (its boxes in cells) is not given a whole column of slack."""

from __future__ import annotations

import pytest

from kesu_docs.forms import get
from kesu_docs.parse.anchor import Box, read_boxes
from kesu_docs.parse.boxes import HAIR_SHARE, page_hair
from kesu_docs.parse.table_lines import labelled_lines


def typed_over_print(zoom: float) -> list[Box]:
    """A complaint printed at ``zoom``: the clerk's typed text starts a hair (0.8 pt at ×1)
    right of the start of the label's cell it was typed over, as a PDF editor's text box does."""

    def box(text: str, x0: float, y0: float, x1: float, y1: float) -> Box:
        k = zoom
        return Box(text, text, x0 * k, y0 * k, x1 * k, y1 * k, f"p1 ({x0 * k:.0f},{y0 * k:.0f})")

    return [
        box("不合格品报告单", 249, 102, 375, 120),
        box("不合格数量", 326, 168, 414, 196),
        box("23册", 326.8, 168, 544, 196),
    ]


@pytest.mark.parametrize("zoom", [1.0, 1.5, 0.7])
def test_a_value_typed_over_its_label_reads_alike_at_any_zoom(zoom):
    reading = read_boxes(typed_over_print(zoom), get("complaint"))
    assert reading.values.get("defect_qty") == "23册"


def test_the_page_hair_grows_with_the_print_and_is_a_share_of_a_row_on_a_sheet():
    at_one = page_hair(typed_over_print(1.0))
    assert page_hair(typed_over_print(1.5)) == pytest.approx(1.5 * at_one)
    assert page_hair(typed_over_print(0.7)) == pytest.approx(0.7 * at_one)
    # a sheet's boxes are cells (a row is 1 high): its hair is a share of a row, not a point
    cells = [
        Box(t, t, c, r, c + 1, r + 1, f"Sheet1!{'AB'[c]}{r + 1}")
        for r, (c, t) in enumerate([(0, "客户"), (1, "华为")])
    ]
    assert page_hair(cells) == pytest.approx(HAIR_SHARE)


def test_an_items_number_alone_on_its_line_ends_no_reading_in_a_crash():
    # a print at another zoom put "1." on a line of its own, its item's texts on the next line:
    # an item with nothing read yet has nothing to go on from (it read as an error before)
    number = Box("1.", "1.", 10, 10, 20, 22, "p1#0")
    texts = [Box("Sort parts", "Sort parts", 30, 24, 120, 36, "p1#1")]
    listed = labelled_lines([[number], texts], lambda text: None, frozenset())
    assert listed.lines == []
