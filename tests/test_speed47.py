"""The reader's cost, round 47 (issue 15): what a page's boxes need whatever the form is made
once for the boxes, not once for every form weighed on them; a wrapped caption's last piece
looked for among the pieces under its left edge only. Each must leave the reading as it was."""

from __future__ import annotations

import math

from kesu_docs import forms
from kesu_docs.memos import forget
from kesu_docs.parse import anchor
from kesu_docs.parse.anchor import Box, find_labels
from kesu_docs.parse.compound import _captions_wrapped


def _box(text: str, x0: float, y0: float, x1: float, y1: float) -> Box:
    return Box(text, text, x0, y0, x1, y1, f"p1 ({x0:.0f},{y0:.0f})")


def export_page() -> list[Box]:
    """An ERP export printed: a row of field keys over the captions, a label with its field
    code in brackets, a cell of two labels stacked beside a cell of two values."""
    return [
        _box("客户投诉处理单", 200, 40, 380, 60),
        _box("FBillNo", 40, 80, 140, 92),
        _box("FDate", 140, 80, 240, 92),
        _box("FCustId.FName", 240, 80, 400, 92),
        _box("单据编号", 40, 92, 140, 110),
        _box("单据日期", 140, 92, 240, 110),
        _box("客户名称", 240, 92, 400, 110),
        _box("TS-2611-004", 40, 110, 140, 128),
        _box("2026-11-18", 140, 110, 240, 128),
        _box("华东电子有限公司", 240, 110, 400, 128),
        _box("DEF_QTY 不良数量", 40, 140, 140, 158),
        _box("36", 140, 140, 240, 158),
        _box("LOT_NO 生产批号", 240, 140, 340, 158),
        _box("260821A", 340, 140, 440, 158),
        _box("客户\n料号", 40, 170, 140, 200),
        _box("华为\nPA-65W-01", 140, 170, 300, 200),
    ]


def test_a_pages_boxes_are_made_ready_once_for_every_form_weighed_on_them():
    boxes = export_page()
    made = anchor._ready_boxes(boxes)
    assert anchor._ready_boxes(list(boxes)) is made  # (a copy of the list: the same boxes)
    hair, blanked, ready = made
    # the export's keys blanked, the field code out, the stacked cells split a line a box
    assert [b.text for b in blanked[1:4]] == ["", "", ""]
    texts = [b.text for b in ready]
    assert "不良数量" in texts and "生产批号" in texts and "DEF_QTY 不良数量" not in texts
    assert "客户" in texts and "料号" in texts and "PA-65W-01" in texts
    # other boxes of the same texts are other boxes: made again, alike
    again = anchor._ready_boxes(export_page())
    assert again is not made
    assert again[0] == hair and [b.text for b in again[2]] == texts


def test_the_labels_of_each_form_are_the_same_whichever_form_was_weighed_first():
    boxes = export_page()
    specs = forms.all_specs()
    forget()
    alone = {}
    for spec in specs:  # each form's page made from cold memos, the boxes made ready for it
        forget()
        alone[spec.kind] = {
            k: [(b.x0, b.y0, b.text) for b in at] for k, at in find_labels(list(boxes), spec).items()
        }
    forget()
    for spec in specs:  # every form on the same boxes, one after the other: made ready once
        found = {k: [(b.x0, b.y0, b.text) for b in at] for k, at in find_labels(list(boxes), spec).items()}
        assert found == alone[spec.kind], spec.kind
    assert (240, 92, "客户名称") in alone["complaint"]["customer"]
    assert len(anchor._READY) == 1
    forget()
    assert not anchor._READY  # (a memo: let go with the others)


def _page_of(boxes: list[Box]) -> anchor._Page:
    return anchor._Page(boxes, forms.get("return"))


def test_a_wrapped_caption_takes_the_first_piece_under_its_left_edge():
    caption = _box("原進貨", 10.0, 10.0, 40.0, 30.0)
    pieces = [
        _box("人", 12.5, 30.5, 40.2, 50.0),  # two units to the right: another cell's
        _box("甲", 10.6, 70.0, 40.1, 90.0),  # under its left edge, far below: no part of it
        _box("人", 9.2, 30.5, 40.4, 50.0),  # (its unit is the one left of the caption's)
        _box("乙", 10.3, 30.2, 39.6, 50.0),  # as near, later in the page's order
    ]
    page = _page_of([caption, *pieces])
    [joined] = _captions_wrapped(page, [caption, *pieces])
    assert (joined.text, joined.y1) == ("原進貨人", 50.0)
    # an edge that is no finite number (a broken print): every piece looked at, the same answer
    broken = _box("丙", math.inf, 30.5, math.inf, 50.0)
    [joined] = _captions_wrapped(page, [caption, broken, *pieces])
    assert joined.text == "原進貨人"
