"""A table of one-line cells written as the lines rich draws for it, without rich's layout engine.

``kesu register list`` prints a page of 200 documents; rich measuring and rendering its 2,000
cells one by one (a padding, a measurement and a line wrap each) took 0.2–0.4 s of the command's
second at 100,000 documents (issue 15). Where nothing but the table's text reaches the output (a
console that shows no style: a file, a pipe, a log) and the table fits the console's width, each
column is as wide as its widest cell and every line is known: the title centred over the table,
the box's characters (rich's own, substituted as rich would: ASCII for a console that cannot show
box drawing), each cell padded by one space each side. :func:`drawn` writes those lines — the same
characters, byte for byte, as ``rich.table.Table(title=…)`` printed there (tests/test_register39.py
compares them) — and declines, writing nothing, whatever it would have to lay out as rich does: a
terminal that shows styles, a table wider than the console (rich shrinks and wraps columns), a
cell whose text rich would change (a line break, a tab, a control or format character), a
heading rich would read as markup or an emoji code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["drawn"]


def drawn(out: Console, title: str, headings: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Write the table of ``headings`` and ``rows`` (text as typed, one line each) titled ``title``
    to ``out`` as rich would print it; False, nothing written, where rich must draw it (above)."""
    if out.color_system is not None or out.is_jupyter or out.record or not rows:
        return False
    if not all(_plain_heading(h) for h in headings) or not _one_line(title):
        return False
    if not all(_one_line(cell) for row in rows for cell in row):
        return False
    from rich.cells import cell_len

    widths = [cell_len(h) + 2 for h in headings]  # one space of padding each side
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], cell_len(cell) + 2)
    table_width = sum(widths) + len(widths) + 1  # the box's edges and its column lines
    title = title.rstrip()
    if table_width > out.width or cell_len(title) > table_width:  # rich collapses and wraps
        return False
    from rich import box

    frame = box.HEAVY_HEAD.substitute(out.options, safe=out.safe_box)
    lines = []
    if title:
        left = (table_width - cell_len(title)) // 2
        lines.append(" " * left + title + " " * (table_width - left - cell_len(title)))
    lines.append(frame.get_top(widths))
    lines.append(_line(frame.head_left, frame.head_vertical, frame.head_right, headings, widths, cell_len))
    lines.append(frame.get_row(widths, "head", edge=True))
    for i, row in enumerate(rows):
        left_edge, vertical, right_edge = (
            (frame.foot_left, frame.foot_vertical, frame.foot_right)
            if i == len(rows) - 1
            else (frame.mid_left, frame.mid_vertical, frame.mid_right)
        )
        lines.append(_line(left_edge, vertical, right_edge, row, widths, cell_len))
    lines.append(frame.get_bottom(widths))
    write = out.file.write
    for line in lines:  # a line at a time (a write over 32 KB fails on some Windows consoles)
        write(line + "\n")
    out.file.flush()
    return True


def _line(left: str, vertical: str, right: str, cells: Sequence[str], widths: list[int], cell_len) -> str:
    return (
        left
        + vertical.join(f" {cell}{' ' * (width - 1 - cell_len(cell))}" for cell, width in zip(cells, widths))
        + right
    )


def _one_line(text: str) -> bool:
    """Text rich shows as it is, on one line: printable characters only (no line break, tab,
    control, format or separator character, which rich strips, expands, splits or sizes apart)."""
    return text.isprintable()


def _plain_heading(text: str) -> bool:
    """A heading rich prints as it is: rich reads a string heading as console markup (``[…]``)
    and emoji codes (``:…:``)."""
    return _one_line(text) and "[" not in text and ":" not in text
