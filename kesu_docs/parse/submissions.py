"""A form tool's export holding several submissions (问卷星, 金數據, Microsoft Forms: a header
row of questions, one submission a row under it): the reader reads one form a file, the first
row's answers, and says how many rows there are — never one of them held silently as the
file's form, never the rows' answers joined (issue 10)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..value_paths import get as value_at
from ..value_paths import put as set_value

# the form's own fields read under their label, that many of them sharing one header row
_HEADER_FIELDS = 3


def submissions(reading: Any, boxes: Sequence[Any], is_label: Any) -> tuple[int, str, list[str]] | None:
    """(how many rows of answers, the header row's place, the paths read under it) when three or more of the form's own
    fields were read under labels on one row and the columns under them run on for two rows or
    more (a submission a row); None otherwise. A line-items table is no such row: its columns
    are a table's (``items[0].qty``), not the form's own fields."""
    at: dict[str, list[Any]] = {}
    for b in boxes:
        at.setdefault(b.location, []).append(b)
    heads: list[tuple[Any, str]] = []
    for path, prov in reading.provenance.items():
        if "[" in path or not prov.how.startswith("label-below"):
            continue
        label = next((b for b in at.get(prov.label_location, []) if not b.empty), None)
        if label is not None:
            heads.append((label, path))
    for head, _path in heads:
        row = [h for h, _p in heads if h.same_band(head)]
        if len(row) < _HEADER_FIELDS:
            continue
        counts = sorted(_rows_under(h, boxes, is_label) for h in row)
        many = counts[len(counts) // 2]  # most of the questions answered that many times
        if many >= 2:
            paths = [p for h, p in heads if h.same_band(head)]
            return many, head.location.split("!")[0], paths
        return None
    return None


def _rows_under(head: Any, boxes: Sequence[Any], is_label: Any) -> int:
    """How many rows under ``head`` hold a value in its column, one after another from the
    row under it (a gap or a label ends the run: label over value, then the next label)."""
    under = sorted(
        (b for b in boxes if b.y0 >= head.y1 - 1e-6 and b.overlaps_x(head.x0, head.x1) and not b.empty),
        key=lambda b: b.y0,
    )
    count, bottom = 0, head.y1
    for b in under:
        if b.y0 - bottom > 0.5 * max(head.y1 - head.y0, 1e-6) or (is_label is not None and is_label(b)):
            break
        count, bottom = count + 1, max(bottom, b.y1)
    return count


def first_row_only(reading: Any, boxes: Sequence[Any], paths: list[str]) -> None:
    """Each value read under the header of a form tool's export kept to its first row's cell:
    the answers of the rows under it (``问题描述`` of three submissions) are never one text."""
    at: dict[str, list[Any]] = {}
    for b in boxes:
        at.setdefault(b.location, []).append(b)
    for path in paths:
        value = value_at(reading.values, path)
        cell = next((b for b in at.get(reading.provenance[path].location, []) if not b.empty), None)
        if cell is None or not isinstance(value, str) or not isinstance(cell.value, str):
            continue
        first = cell.value.strip()
        if value.strip() != first and value.startswith(first):
            set_value(reading.values, path, first)
