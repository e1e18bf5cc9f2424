"""Lines of a table laid out as columns (``Item 1 | Item 2 | Item 3 | Unit | Remarks`` over the
rows ``Part No.`` · ``Description`` · ``Qty``), read by the generic reader: a column is a line
or not by its heading (:func:`kesu_docs.parse.table_lines.side_column`), never by whether a
figure stands in it — a line whose cells hold no digit is a line, the units column none."""

from __future__ import annotations

from test_reader_guards import parse, value, workbook

from kesu_docs.parse.boxes import Box
from kesu_docs.parse.table_lines import (
    headings_right,
    heads_turned_lines,
    label_repeated_under,
    line_heading,
    next_line_heading,
    side_column,
)


def _turned(extra: dict[str, object]) -> dict[str, object]:
    cells: dict[str, object] = {
        "A1": "MATERIAL RETURN NOTE",
        "A2": "Return No.",
        "B2": "RN-2612-031",
        "A3": "Customer",
        "B3": "Luxshare Kunshan",
        "A5": "Item",
        "B5": "Item 1",
        "C5": "Item 2",
        "D5": "Item 3",
        "A6": "Part No.",
        "B6": "CN-2210",
        "C6": "CN-3105",
        "D6": "HOUSING-A",
        "A7": "Description",
        "B7": "Connector 20P",
        "C7": "Harness 300mm",
        "D7": "Housing, black",
        "A8": "Qty",
        "B8": 400,
        "C8": 120,
        "A10": "Reason",
        "B10": "Pins bent.",
    }
    cells.update(extra)
    return cells


def test_a_line_without_a_digit_is_a_line_and_the_units_column_is_none(tmp_path):
    cells = _turned({"E6": "pcs", "E7": "pcs", "E8": "pcs"})
    result = parse(workbook(tmp_path, {"Return": cells}), kind="return")
    items = value(result, "items")
    got = [(r.get("part_no"), r.get("part_name")) for r in items]
    assert got == [
        ("CN-2210", "Connector 20P"),
        ("CN-3105", "Harness 300mm"),
        ("HOUSING-A", "Housing, black"),
    ]


def test_a_units_column_headed_unit_leaves_the_row_a_turned_tables_headings(tmp_path):
    # Item | Item 1 | Item 2 | Item 3 | Unit: the numbered headings make the row the heading of
    # lines laid out as columns, not a header row of Item and Unit over lines Description, Qty
    cells = _turned({"E5": "Unit", "E6": "pcs", "E7": "pcs", "E8": "pcs"})
    result = parse(workbook(tmp_path, {"Return": cells}), kind="return")
    got = [(r.get("part_no"), r.get("part_name"), r.get("qty_returned")) for r in value(result, "items")]
    assert got == [
        ("CN-2210", "Connector 20P", 400),
        ("CN-3105", "Harness 300mm", 120),
        ("HOUSING-A", "Housing, black", None),
    ]


def test_a_headerless_units_column_is_no_line(tmp_path):
    cells = _turned({"D6": "SC-M2", "D7": "Screw M2x4", "D8": 3000, "E6": "pcs", "E7": "pcs", "E8": "pcs"})
    result = parse(workbook(tmp_path, {"Return": cells}), kind="return")
    assert [r.get("part_no") for r in value(result, "items")] == ["CN-2210", "CN-3105", "SC-M2"]


def _cells(*texts: str) -> list[Box]:
    return [Box(t, t, 10.0 * i, 0, 10.0 * i + 8, 10, f"B{i}") for i, t in enumerate(texts, 1)]


def test_side_column_decides_by_heading_then_by_cells():
    never = lambda _t: False
    assert not side_column("Line 3", _cells("Bracket", "Housing"), 2, never)  # numbers a line
    assert side_column("Total", _cells("520"), 2, never)
    assert side_column("Unit", _cells("pcs", "pcs"), 2, lambda t: t == "Unit")
    assert side_column(None, _cells("pcs", "元"), 2, never)  # units, headerless
    assert side_column(None, _cells("see photo"), 2, never)  # a note beside one row
    assert not side_column(None, _cells("Bracket", "Housing"), 2, never)  # a line of texts
    assert line_heading("行2") and not line_heading("Remarks")
    assert next_line_heading("Item 9") == "Item 10"


def _box(text: str, x0: float, y0: float, w: float = 8, h: float = 10) -> Box:
    return Box(text, text, x0, y0, x0 + w, y0 + h, "p1")


def _fold(text: object) -> str:
    return str(text).replace(" ", "").lower()


def test_the_walk_down_stops_at_another_label_a_blank_run_or_a_subtotal():
    step = _box("D3", 0, 0)
    again = [_box("D3", 0, 10), _box("D3", 0, 20)]
    assert list(label_repeated_under([step, *again, _box("D4", 0, 30)], step, _fold)) == again
    gap = _box("D3", 0, 60)  # three lines' blank run above it: another table's row
    assert list(label_repeated_under([step, *again, gap], step, _fold)) == again
    assert list(label_repeated_under([step, _box("小计", 0, 10), *again[1:]], step, _fold)) == []


def test_the_walk_right_follows_the_numbers_up_to_a_total_or_another_heading():
    heads = [_box("Line 1", 0, 0), _box("Line 2", 10, 0), _box("Line 3", 20, 0)]
    assert list(headings_right([*heads, _box("Total", 30, 0)], heads[0], _fold)) == heads[1:]
    assert list(headings_right([*heads[:2], _box("Line 4", 20, 0)], heads[0], _fold)) == heads[1:2]
    assert list(headings_right([heads[0], _box("Total", 10, 0), heads[1]], heads[0], _fold)) == []


def test_a_row_heads_turned_lines_only_with_two_numbered_headings_in_sequence():
    assert heads_turned_lines(
        [_box("Item", 0, 0), _box("Item 1", 10, 0), _box("Item 2", 20, 0), _box("Unit", 30, 0)]
    )
    assert not heads_turned_lines([_box("Item", 0, 0), _box("Size 2", 10, 0), _box("Unit", 20, 0)])
    assert not heads_turned_lines([_box("Item", 0, 0), _box("Part No.", 10, 0), _box("Unit", 20, 0)])
