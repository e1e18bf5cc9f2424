"""Units and empty marks in a line table, rules that hold on anybody's form.

- **A unit in a group header** (:func:`group_unit_label`): a two-row header names the unit once,
  over the columns it groups (``数量(千个)`` over ``申请`` | ``实收``, ``Qty (K)`` over
  ``Ordered`` | ``Received``): the figures under each lower header are in that unit.
- **A line of empty marks** (:func:`unused_line`): the unused lines of a printed table struck
  through by the clerk (``/``, ``—``, ``-``, ``／``, ``无``, ``N/A`` in every filled cell) are no lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..values import halfwidth

_UNIT_WORD = re.compile(
    r"[(（\[【]\s*(k|千|万|萬|w)\s*(pcs|pc|件|个|個|只|片|颗|顆|元|rmb)?\s*[)）\]】]|(千|万|萬)(件|个|個|只|片|pcs)\s*[)）\]】]?\s*$",
    re.I,
)
_EMPTY_MARK = re.compile(r"(?i)^\s*(/+|／+|\\+|-+|—+|–+|─+|无|無|n/?a)\s*$")


def group_unit_label(head: Any, boxes: Iterable[Any]) -> str | None:
    """The header over ``head`` that spans it and names a unit (``数量(千个)`` over ``申请``),
    as a label :func:`anchor.with_unit` understands (``(千)``), or None. Any boxes with text,
    value and edges (the reader's, a profile's layout); touching pieces of one line of text
    (a print's ``數量(千`` | ``個`` | ``)``) are read as one."""
    centre = (head.x0 + head.x1) / 2
    height = max(head.y1 - head.y0, 1e-6)
    above = sorted(
        (
            b
            for b in boxes
            if b is not head
            and isinstance(b.value, str)
            and b.text.strip()
            and b.y1 <= head.y0 + 1e-6
            and head.y0 - b.y1 < 3 * height
        ),
        key=lambda b: (round(b.y0, 1), b.x0),
    )
    runs: list[tuple[str, float, float, float]] = []  # (text, x0, x1, y1)
    for b in above:
        if runs and abs(runs[-1][3] - b.y1) < 0.5 and 0 <= b.x0 - runs[-1][2] < 1.0:
            text, x0, _x1, y1 = runs[-1]
            runs[-1] = (text + b.text, x0, b.x1, y1)
        else:
            runs.append((b.text, b.x0, b.x1, b.y1))
    over = [
        r
        for r in runs
        # over the column: its cell spans the column's centre, or (a print's words, centred over
        # the group) its text overlaps the column's header
        if (r[1] - 1e-6 <= centre <= r[2] + 1e-6 or min(r[2], head.x1) - max(r[1], head.x0) > 1.0)
        and (r[2] - r[1]) > (head.x1 - head.x0) * 1.2  # wider than the column: a group header
    ]
    for text, *_ in sorted(over, key=lambda r: -r[3]):
        m = _UNIT_WORD.search(halfwidth(text))
        if m:
            factor = (m.group(1) or m.group(3)).replace("萬", "万")
            return f"({factor})"
    return None


def empty_mark(value: Any) -> bool:
    """``/``, ``—``, ``无``: the clerk's mark for a cell with nothing in it."""
    return isinstance(value, str) and bool(_EMPTY_MARK.match(halfwidth(value)))


def unused_line(row: dict[str, Any]) -> bool:
    """Every filled cell of the line holds only an empty mark: a line struck through, no line."""
    filled = [v for v in row.values() if v is not None and not (isinstance(v, str) and not v.strip())]
    return bool(filled) and all(empty_mark(v) for v in filled)


_PER = re.compile(r"(?i)(?:/|每|per\s*)\s*(k|千|万|萬|1,?000|10,?000)\s*(pcs|pc|件|个|個|只|片|颗|顆)?")
_PER_FACTORS = {"k": 1000, "千": 1000, "1000": 1000, "万": 10000, "萬": 10000, "10000": 10000}


def per_unit_factor(label: str) -> int | None:
    """A price header per a thousand pieces (``单价(元/千个)``, ``Price / K``): 1000, or None."""
    m = _PER.search(halfwidth(label or ""))
    return _PER_FACTORS.get(m.group(1).lower().replace(",", "")) if m else None


def price_per_piece(
    row: dict[str, Any], col: str, factor: int, header: str, location: str, path: str
) -> list:
    """``单价(元/千个)`` 120.00 beside quantities read in pieces: 0.12 a piece. A price that is
    not a whole number of cents a piece (86.00 / 1000) is left empty with a warning, never read
    as a price per piece (the line's amount check would fail on a correct form)."""
    from decimal import Decimal, InvalidOperation

    from ..problems import Problem

    value = row.get(col)
    if value is None or isinstance(value, bool):
        return []
    try:
        number = Decimal(str(value).replace(",", "").strip().lstrip("¥￥$"))
    except InvalidOperation:
        return []
    each = number / factor
    if each == each.quantize(Decimal("0.01")):
        row[col] = each.quantize(Decimal("0.01"))
        return []
    row[col] = None
    return [
        Problem(
            "unit_price_per_thousand",
            path,
            location=location,
            severity="warning",
            params={"value": str(value), "header": header.strip(), "per": str(factor)},
        )
    ]


_FACTOR_UNIT = re.compile(r"(?i)^\s*(?:k|千|万|萬)\s*(pcs|pc|件|个|個|只|片|颗|顆)\s*$")


def unit_in_pieces(unit: Any) -> Any:
    """The line's unit once its quantities were read in pieces from a header's unit: ``千个`` →
    ``个``, ``K pcs`` → ``pcs`` (never 2500 千个); any other unit is kept."""
    if not isinstance(unit, str) or not (m := _FACTOR_UNIT.match(halfwidth(unit))):
        return unit
    return m.group(1)
