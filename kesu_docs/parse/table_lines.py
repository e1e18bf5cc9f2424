"""Rules about a line table's columns and rows that hold on anybody's form.

- **Lines laid out as columns** (:func:`line_heading`, :func:`next_line_heading`,
  :func:`side_column`): a table turned on its side (``Line 1 | Line 2`` over rows ``Part No.``
  · ``Qty``) has a line per column, up to a column that is none — the lines' units, notes or
  total — decided by the column's heading, or without one by what its cells are, never by
  whether it holds a figure. The generic reader (:func:`.anchor.lines_as_columns`) and a
  profile growing a learned table to the right (:meth:`.profile.ProfileReader.read_more_columns`)
  both ask these.

- **Walking a table's lines** (:func:`walk_lines`, down with :func:`line_under`, right with
  :func:`line_right`): the one walk from a table's last known line to the next ones, until a
  blank run, a totals / subtotal / note caption (:func:`ends_lines`), the next label or a
  column that is no line. A profile growing a learned table (down: the same row label printed
  again; right: the next numbered heading) and the generic reader's turned tables
  (:func:`.anchor.lines_as_columns`, up to a side column) walk with it.

- **A line-number column** (:func:`line_number_columns`): a column of small consecutive integers
  (1, 2, 3 …) headed ``No.`` / ``Item`` / ``序号`` / ``項次`` numbers the lines; it is never the
  item's name or description, even where the header word is also a name of that column
  (``Item`` | ``Description``): the other header of the same column is taken, or none.

- **A text ends where the next column begins** (:func:`until_next_column`): in a table printed
  without borders the cells of one row are texts side by side with nothing drawn between them;
  a text read beside a heading (``Corrective action | Jig edge … weekly. | T. Walsh``) ends
  before a box standing under another header of the row of headers over it (``Description |
  Owner``): that box is the next column's value, never more words of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple, TypeVar

from ..lazy_re import lazy_re
from ..values import _tax_named, halfwidth
from .boxes import Box, page_number, wrap_joined
from .guards import totals_caption
from .units import label_rate, unit_word
from .vocab import discipline, filling_note, folded

# header words of a line-number column (a clerk's, any language)
_LINE_HEADER = lazy_re(
    r"(?i)^\s*(no\.?|nr\.?|#|item(\s*no\.?)?|line(\s*no\.?)?|pos\.?|序号|序號|项次|項次|项目|項目|行号|行號|编号|編號)\s*$"
)
# (an ERP's item numbers zero-padded to their width: SAP's 000010, 000020 count 10, 20)
_SMALL_INT = lazy_re(r"^\s*0*(\d{1,3})\s*[.、)]?\s*$")


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and (m := _SMALL_INT.match(halfwidth(value))):
        return int(m.group(1))
    return None


def counts_lines(head: Box, bands: Sequence[Sequence[Box]]) -> bool:
    """Do the first cells under ``head`` count the lines, 1, 2, 3 … — or 10, 20, 30 (an ERP's
    item numbers, SAP's in steps of ten)?"""
    numbers: list[int] = []
    for band in bands:
        under = [b for b in band if not b.empty and b.overlaps_x(head.x0, head.x1)]
        if not under:
            if numbers:
                break
            continue
        if len(under) != 1 or (n := _integer(under[0].value)) is None:
            if numbers and len(under) == 1 and totals_caption(under[0].text):
                break  # the table's 小计 / Total row
            return False  # a name or a code in the column: not a count
        numbers.append(n)
    if not numbers:
        return False
    step = 10 if numbers[0] == 10 else 1  # 10, 20, 30: an ERP's item numbers
    if step == 1 and numbers[0] not in (0, 1):
        return False
    if any(b - a != step for a, b in zip(numbers, numbers[1:])):
        return False
    return len(numbers) >= 2 or bool(_LINE_HEADER.match(halfwidth(head.text)))


def line_number_columns(
    header: dict[str, Box],
    strength: dict[str, float],
    header_band: Sequence[Box],
    rows: Sequence[Sequence[Box]],
    text_columns: set[str],
    match: Any,
) -> list[Box]:
    """A text column whose header stands over the line numbers (``Item`` over 1, 2) moves to
    another header of the same column in the header rows (``Description``), or is dropped: a
    line number is never a name. ``match(text)`` is the table's column vocabulary match.
    ``header`` and ``strength`` are changed in place; the line-number headers are returned."""
    numbering: list[Box] = []
    for col in [c for c in header if c in text_columns]:
        head = header[col]
        if not counts_lines(head, rows):
            continue
        numbering.append(head)
        others = [
            b
            for b in header_band
            if b is not head
            and not b.empty
            and isinstance(b.value, str)
            and (m := match(b.text)) is not None
            and m[0] == col
            and m[1] >= 0.6
            and not counts_lines(b, rows)
        ]
        if others:
            best = max(others, key=lambda b: match(b.text)[1])
            header[col] = best
            strength[col] = match(best.text)[1]
        else:
            del header[col]
            strength.pop(col, None)
    return numbering


def numbering_columns(
    header: dict[str, Box], header_band: Sequence[Box], rows: Sequence[Sequence[Box]]
) -> list[Box]:
    """The header boxes of a column no field reads at the table's left (``No.``, ``#``, 序号) whose
    cells count the lines, 1, 2, 3 …: the lines' numbering, the table's own. Its numbers are never
    a value for a label around the table (the last line's ``3`` over ``Total`` is not the total)."""
    heads = {id(h) for h in header.values()}
    left = min(h.x0 for h in header.values())
    return [
        u
        for u in header_band
        if id(u) not in heads
        and not u.empty
        and u.x1 <= left + 1e-6
        and isinstance(u.value, str)
        and counts_lines(u, rows)
    ]


def line_numbers(band: Sequence[Box], numbering: Sequence[Box]) -> list[Box]:
    """The boxes of a table's line under its numbering columns holding a whole number (its line's
    number)."""
    return [
        b
        for b in band
        if not b.empty and _integer(b.value) is not None and any(b.overlaps_x(u.x0, u.x1) for u in numbering)
    ]


# a line's number printed glued to its name ("1 Hex bolt M8"): the number, a space, the name
_NUMBERED_NAME = lazy_re(r"^\s*(\d{1,3})\s+(?=\S)")


def numbered_names(names: Sequence[Any]) -> list[str] | None:
    """The names without their lines' numbers when every line's name starts with its own line's
    number, 1, 2, 3 … in order (``1 Hex bolt M8``, ``2 Hex nut M8``): a print where the numbering
    column's text ran into the name's. ``None`` when one line does not (a name of its own starting
    with a figure, ``3 way valve``, on a line other than the third)."""
    if len(names) < 2:
        return None
    out: list[str] = []
    for k, name in enumerate(names, start=1):
        m = _NUMBERED_NAME.match(name) if isinstance(name, str) else None
        if m is None or int(m[1]) != k or not name[m.end() :].strip():
            return None
        out.append(name[m.end() :].strip())
    return out


# a line inside a table that is no record and does not end it: a group's subtotal, the
# "blank below" mark, a note between groups of lines
_SUBTOTAL = lazy_re(r"(?i)(小\s*计|小\s*計|本页合计|本頁合計|sub\s*-?\s*totals?|page\s+total)")
_BLANK_BELOW = lazy_re(
    r"(?i)(以下空白|以下空白|以下无|以下無|以下余白|以下餘白|空白以下|blank\s+below|left\s+blank|no\s+more\s+(items|lines))"
)
_NOTE = lazy_re(r"(?i)^\s*(注|註|备注|備註|说明|說明|note|remark)s?\s*[:：]")
# the line a table printed over two pages ends its first page with: the table goes on
_CONTINUED = lazy_re(
    r"(?i)^\W*(continued\s+(on\s+(the\s+)?next\s+page|overleaf)|\(?continued\)?|cont'?d\.?|to\s+be\s+continued"
    r"|续下页|續下頁|接下页|接下頁|转下页|轉下頁|见下页|見下頁|下页续|下頁續"
    # the sum of a page's lines carried to the next (Taiwan's and China's ledgers: 過次頁 / 过次页)
    r"|過次頁|过次页|轉次頁|转次页|carried\s+(forward|over)|c/f)\W*$"
)
# the line a table printed over two pages carries on its second page, under or over the header
# printed again: the lines above go on here (``（续表）``, ``接上页``, ``Continued from previous page``)
_RESUMED_WORDS = (
    r"(续表|續表|续上表|續上表|接上页|接上頁|承上页|承上頁|续上页|續上頁"
    r"|承前页|承前頁|continued\s+from\s+(the\s+)?previous\s+page|table\s+continued|brought\s+(forward|down)|b/f"
    r"|(?<=[(（])\s*[续續]\s*(?=[)）]))"  # …證明單（續）: the form's title printed again, marked
)
_RESUMED = lazy_re(rf"(?i)^\W*{_RESUMED_WORDS}\W*$")
# a caption marked as going on from the page before, the marker anywhere in it (``库存排查（接上页）``)
_MARKED_RESUMED = lazy_re(rf"(?i){_RESUMED_WORDS}")
# the figures of a line carrying the page before's sum forward (``承上頁 | 36,252.80``)
_CARRIED = lazy_re(r"^\s*[-(]?[\d,.\s]*\d[\d,.\s]*\)?\s*$")
# the form's title printed again on the next page, marked as going on (``…證明單（續）``)
_TITLE_RESUMED = lazy_re(rf"(?i)[(（]\s*{_RESUMED_WORDS}\s*[)）]\W*$")


def subtotal_caption(text: Any) -> bool:
    """A group's subtotal (``小计``, ``本页合计``, ``Subtotal``, ``Page total``): the table's
    lines may go on under it, up to its total row. Asked by the generic reader and a profile
    alike (:func:`.rows.subtotal_row`, :func:`pause_line`, :mod:`.profile`)."""
    return isinstance(text, str) and len(text.strip()) <= 20 and _SUBTOTAL.search(halfwidth(text)) is not None


def note_caption(text: Any) -> bool:
    """``注：`` / ``Remarks:`` opening a note written across a table between its lines."""
    return isinstance(text, str) and _NOTE.match(halfwidth(text)) is not None


# the serial numbers of the item above, on a line of their own under it (``S/N: A123, A124``,
# ``序號：B881～B885``, ``Serial Nos. 7731-7733``): a caption, then codes with a figure in them
_SERIAL_CAPTION = (
    r"(?:s\s*/\s*n(?:s|o\.?)?|sn(?=\s*[:：#])|s\.n\.?|serial(?:\s*(?:nos|no|numbers?|#))?\.?|序列[号號]|機身[号號]|机身[号號]"
    r"|製造番号|シリアル(?:番号|no\.?)?|시리얼(?:\s*번호)?|n[ºo°]\s*de\s*s[ée]rie|seriennummer[n]?)"
)
_SERIAL_HEAD = lazy_re(rf"(?i)^\W*(?:{_SERIAL_CAPTION}\s*[:：#]?|序[号號]\s*[:：])\s*")
# the codes after it, apart at commas, slashes, ranges and spaces (each code checked alone: no
# pattern that could try every way of cutting ``A-1-1-1…`` into codes)
_SERIAL_APART = lazy_re(r"\s*(?:[,，、;；/~～]|\bto\b)\s*|\s+")
_SERIAL_CODE = lazy_re(r"[A-Za-z0-9][A-Za-z0-9_\-./]*")


def serial_line(band: Sequence[Box]) -> bool:
    """A line of serial numbers under an item (``S/N: A123, A124, A125``, ``序號：B881、B882``):
    the item's own, no line of the table and no end of it — the lines go on under it. Only a
    caption of serial numbers followed by codes alone (each code Latin letters and figures, one
    with a figure at least) is one: ``序号`` over other headers, or a note in words, is not."""
    filled = sorted((b for b in band if not b.empty), key=lambda b: (b.x0, b.y0))
    if not filled or not all(isinstance(b.value, str) for b in filled):
        return False
    text = halfwidth(" ".join(b.text.strip() for b in filled))
    head = _SERIAL_HEAD.match(text)
    if head is None:
        return False
    codes = [c for c in _SERIAL_APART.split(text[head.end() :].rstrip(" .;")) if c]
    return (
        bool(codes)
        and all(_SERIAL_CODE.fullmatch(c) for c in codes)
        and any(ch.isdigit() for c in codes for ch in c)
        and len({_serial_shape(c) for c in codes}) == 1
    )


def _serial_shape(code: str) -> str:
    """A code's shape, its runs of letters and of figures each one sign (``A123`` and ``B2001``
    ``LD``, ``C-0091`` ``L-D``): one unit's serial numbers share theirs, while an item of its own
    that begins with ``S/N`` (``S/N LBL-01 | Label | 50 pcs | 1.00``) holds codes, words and
    figures of every shape."""
    return re.sub(r"[0-9]+", "D", re.sub(r"[A-Za-z]+", "L", code))


def pause_line(band: Sequence[Box], prices: Sequence[Box] = ()) -> bool:
    """A line of a table that holds no record but does not end the table: a group's subtotal
    (``小计`` / ``Subtotal``), ``以下空白`` / ``— blank below —``, a note (``注：…``) between
    groups of lines, a page's sum carried over (``過次頁`` / ``b/f``: a running total alone).
    Lines of the table may follow it, up to its total row. ``prices``: the headers of the
    table's unit-price columns — a line with a figure of its own there and a quantity or amount
    figure beside it is an item, whatever its first cell says (a part numbered ``B/F``): no
    running total has one, nor a note whose text runs over the price column."""
    filled = [b for b in band if not b.empty and isinstance(b.value, str)]
    if not filled:
        return False
    if any(subtotal_caption(b.text) for b in filled):
        return True
    if len(filled) == 1 and blank_below_caption(filled[0].text):
        return True
    first = min(filled, key=lambda b: b.x0)
    figures = [b for b in band if b is not first and not b.empty and _CARRIED.match(halfwidth(b.text))]
    if len(figures) >= 2 and any(b.overlaps_x(p.x0, p.x1) for b in figures for p in prices):
        return False  # a price of its own and a quantity or amount beside it: an item
    if len(filled) == 1 and _CONTINUED.match(halfwidth(filled[0].text)):
        return True  # "continued on next page": its lines go on under the header repeated there
    if len(filled) == 1 and resumed_caption(filled[0].text):
        return True  # "（续表）" on the next page: the lines above go on under it
    # "注：" and its text (a cell read as label and value)
    if (resumed_caption(first.text) or continued_caption(first.text)) and all(
        _CARRIED.match(halfwidth(b.text)) for b in filled if b is not first
    ):
        return True  # "承上頁 | 36,252.80" / "過次頁 | 13,000": a page's sum carried, no line of its own
    return len([b for b in band if not b.empty]) <= 2 and note_caption(first.text)


def group_row(band: Sequence[Box], header: dict[str, Box], whole_of: dict[int, Box]) -> bool:
    """A group's heading row inside a table (``原发票：50026113 / 08823301（2026-03-02）`` merged
    across the columns, ``Warehouse B``, ``PO 4471``): one text and nothing else on its line,
    starting in the table's first column and reaching over the next column or more (merged on a
    sheet, run across on a print) — or, in its first cell alone, a caption and its value
    (``原发票：…``) — no figure. The caller reads it as no line only when a line of
    the table follows it (a note across the table under the lines ends it)."""
    filled = [whole_of.get(id(b), b) for b in band if not b.empty]
    if not filled or not all(isinstance(b.value, str) for b in filled):
        return False
    if len({b.location for b in filled}) > 1:
        return False  # one cell (a caption and its value cut from it at a colon are one)
    text = halfwidth(" ".join(b.text.strip() for b in filled))
    if _CARRIED.match(text) or not any(ch.isalpha() for ch in text) or discipline(text) is not None:
        return False  # (no figures alone; "D8 TEAM RECOGNITION" is the next step, not a group)
    first = min(header.values(), key=lambda h: h.x0)
    x0, x1 = min(b.x0 for b in filled), max(b.x1 for b in filled)
    if not first.overlaps_x(x0, x0 + 1e-3) and x0 > first.x0 + 1e-6:
        return False  # starting under another column: a line's cell, not the row's heading
    if sum(1 for h in header.values() if h.x0 < x1 - 1e-6 and h.x1 > x0 + 1e-6) >= 2:
        return True
    # not merged, its text held in the first cell (a ruled print clips it there): a caption and
    # its value (``原发票：44001726``, ``Warehouse: B``), no item's name
    return _GROUP_CAPTION.match(text) is not None


def line_follows(
    bands: Sequence[Sequence[Box]],
    at: int,
    header: dict[str, Box],
    required: Sequence[str],
    figures: AbstractSet[str],
) -> bool:
    """Is the next line under ``bands[at]`` with anything on it a line of the table: two cells or
    more, under two of its columns or more, its first required one among them (:func:`goes_on`),
    a figure under a figure column — not one text over the columns (``退货原因`` over its text: a
    field's caption, not a group's), nor a footer's ``Approved by: …``?"""
    band = next((b for b in bands[at + 1 :] if any(not x.empty for x in b)), None)
    if band is None or sum(not b.empty for b in band) < 2 or not goes_on(band, header, required):
        return False
    return any(
        not b.empty
        and (not isinstance(b.value, str) or _CARRIED.match(halfwidth(b.text)) is not None)
        and any(b.overlaps_x(header[c].x0, header[c].x1) for c in figures if c in header)
        for b in band
    )


# a list item's number before its first caption: ``1. 料號``, ``2、``, ``(3)``
_ITEM_NUMBER = lazy_re(r"^\s*[(（]?\s*(\d{1,3})\s*[.、)）]\s*")
# a figure a print ran into the caption after it (``80退回``: a right-aligned figure in its cell,
# the next cell's caption left-aligned against it)
_GLUED_FIGURE = lazy_re(r"^\s*([-+]?\d[\d,.]*)\s*(\D.*)$")

_Cells = dict[str, Box]


class NumberedList(NamedTuple):
    """What :func:`labelled_lines` read: each line's values by column with their captions, and
    the line that ended the list, said (None when none did), and whether items numbered on
    came after it (their items not read) or none did (a clerk's line under the last item)."""

    lines: list[tuple[_Cells, _Cells]]
    stopped_at: Sequence[Box] | None
    numbered_after: bool = False


def labelled_lines(
    bands: Sequence[Sequence[Box]],
    named: Callable[[str], str | None],
    wrapping: AbstractSet[str],
    labelled: Callable[[str], bool] = lambda text: False,
) -> NumberedList:
    """A table printed as a numbered list, one line an item, each value after its caption
    (``1. 料號 HL-5101 品名 燈條 核准 240 退回 236 單價 88.50 金額 20,886.00``, as a small ERP
    prints a slip): each line's values by column, and the caption of each. ``named(text)``: the
    column a caption names, or None. Two lines or more numbered 1, 2, 3 … in order, each of three
    captions or more, the same captions in the same order on every item, each followed by one
    box that names no column (its value); else nothing. An item may go on over lines without a
    number: its description wrapped (texts under its values, run on into them) or its captions
    going on (``退回 78 單價 215.50``). Any other line without a number ends the list; when lines
    numbered on follow it, it is :attr:`NumberedList.stopped_at` (their items were not read).
    ``wrapping``: the columns whose text may wrap (:func:`wrapping_columns`). A line right under
    the list's last item that goes on with no item is the clerk's (``另附检验报告``, ``客户要求补货``):
    the list ends there, said (:attr:`NumberedList.stopped_at`) — unless it is what ends a table
    as a rule (:func:`_ends_a_list`: ``以下空白``, a subtotal, a pause) or the form's next field
    (``labelled(text)``: a text naming one of the form's fields, ``退貨原因``)."""
    found: list[tuple[_Cells, _Cells]] = []
    item: tuple[_Cells, _Cells] | None = None  # the item being read, until the next number
    order: list[str] | None = None
    stopped: Sequence[Box] | None = None
    numbered_after = False

    def closed() -> bool:  # the item read so far is one of the list's
        nonlocal order
        if item is None or len(item[0]) < 3 or (order is not None and list(item[0]) != order):
            return False
        order = list(item[0])
        found.append(item)
        return True

    for at, band in enumerate(bands):
        line = sorted((b for b in band if not b.empty), key=lambda b: b.x0)
        if not line:
            continue
        opened = _opened(line)
        if opened is not None and opened[0] == len(found) + 1 + (item is not None):
            if item is not None and not closed():
                break
            item = _item_line(opened[1], line, named, {}, {})
            if item is None and found:
                break
            continue
        if item is None:
            if found:
                break
            continue
        numbered_on = partial(_numbered_after, bands[at + 1 :], len(found) + 2, named)
        more = _item_goes_on(line, named, item, wrapping, numbered_on)
        if more is not None:
            item = more
            continue
        if closed():
            numbered_after = _numbered_after(bands[at + 1 :], len(found) + 1, named)
            if (
                numbered_after
                or any(note_caption(b.text) for b in line)
                or (_right_under(line, found[-1]) and not _ends_a_list(line, labelled))
            ):
                # a note the clerk wrote under the list, a line of theirs right under it, or lines
                # numbered on after it
                stopped = band
        item = None
        break
    if item is not None:
        closed()
    # (one item, then a line ending the list before the next: a list all the same)
    if len(found) >= 2 or stopped:
        return NumberedList(found, stopped, stopped is not None and numbered_after)
    return NumberedList([], None)


def _numbered_after(bands: Sequence[Sequence[Box]], number: int, named: Callable[[str], str | None]) -> bool:
    """Is one of ``bands`` a list item numbered ``number`` (:func:`_numbered`)?"""
    return any(_numbered(b, number, named) for b in bands)


def _numbered(band: Sequence[Box], number: int, named: Callable[[str], str | None]) -> bool:
    """Is a line a list item numbered ``number`` (``3. 料號 … 品名 …``, three captions or more)?"""
    line = sorted((b for b in band if not b.empty), key=lambda b: b.x0)
    opened = _opened(line)
    if opened is None or opened[0] != number:
        return False
    item = _item_line(opened[1], line, named, {}, {})
    return item is not None and len(item[0]) >= 3


def _opened(line: Sequence[Box]) -> tuple[int, list[str]] | None:
    """A line (its boxes left to right) opened by a list item's number: the number and the
    line's texts, the number taken off the first; None for a line without one."""
    m = _ITEM_NUMBER.match(line[0].text) if line and isinstance(line[0].value, str) else None
    if m is None:
        return None
    return int(m[1]), [line[0].text[m.end() :].strip(), *(b.text.strip() for b in line[1:])]


def _item_line(
    texts: Sequence[str],
    line: Sequence[Box],
    named: Callable[[str], str | None],
    cells: _Cells,
    captions: _Cells,
) -> tuple[_Cells, _Cells] | None:
    """A list item's captions and values read from ``texts`` (the line's boxes' texts) on top of
    what the item holds (``cells``, ``captions``: not changed); None when a value has no caption
    of its own or a column comes twice."""
    cells, captions = dict(cells), dict(captions)
    pending: tuple[str, Box] | None = None  # a caption alone, its value the next box
    for text, box in zip(texts, line):
        if not text:
            continue  # the item's number in a box of its own ("1." | "料號")
        for col, value in _pieces(text, named) if isinstance(box.value, str) else [(None, text)]:
            if value is None:  # a caption alone
                if col is None or col in cells:
                    return None
                pending = (col, box)
                continue
            if col is None:
                if pending is None:
                    return None  # a value without a caption
                col, caption = pending
            else:  # (a caption before it whose value the print lost: that column left empty)
                caption = box
            if col in cells:
                return None
            cells[col], captions[col] = replace(box, text=value, value=value), caption
            pending = None
    return cells, captions


def _pieces(text: str, named: Callable[[str], str | None]) -> list[tuple[str | None, str | None]]:
    """One box's text as a list item's pieces: (a column, None) for a caption alone, (a column,
    its value) for a caption and its value in one text (``品名 燈條``), (None, a value) for a
    value alone — a figure run into the caption after it (``80退回``, ``80退回 236``) parted."""
    col = named(text)
    if col is not None:
        return [(col, None)]
    cut = _captioned(text, named)
    if cut is not None:
        return [cut]
    glued = _GLUED_FIGURE.match(text)
    if glued is not None and (after := _pieces(glued[2], named))[0][0] is not None:
        return [(None, glued[1]), *after]
    return [(None, text.strip())]


def _item_goes_on(
    line: Sequence[Box],
    named: Callable[[str], str | None],
    item: tuple[_Cells, _Cells],
    wrapping: AbstractSet[str],
    numbered_on: Callable[[], bool],
) -> tuple[_Cells, _Cells] | None:
    """A line without a number under a list item, read into it: its captions going on (``退回 78
    單價 215.50``: columns the item has not had), or its description wrapped (texts naming no
    column, each under one of the item's texts and starting where it starts, run on into it; an
    indented one only while an item numbered on follows, ``numbered_on()``: under the last item an
    indented line may as well be the clerk's, and ends the list said)).
    Only a line right under the item (a line's height apart at most) goes on with it; None for
    any other line."""
    cells, captions = item
    if not _right_under(line, item):
        return None  # (a form's next field further down)
    if not _apart_from_items(line) and all(
        named(b.text) is None and _captioned(b.text, named) is None for b in line
    ):
        under = [_text_over(b, cells, wrapping) for b in line]
        if all(col is not None for col in under) and (
            not any(_indented(b, cells[col]) for b, col in zip(line, under) if col is not None)
            or numbered_on()
        ):
            cells = dict(cells)
            for col, box in zip(under, line):
                assert col is not None
                text = wrap_joined([cells[col], box])
                cells[col] = replace(cells[col], text=text, value=text, y1=box.y1)
            return cells, captions
    more = _item_line([b.text.strip() for b in line], line, named, cells, captions)
    return more if more is not None and len(more[0]) > len(cells) else None


def _right_under(line: Sequence[Box], item: tuple[_Cells, _Cells]) -> bool:
    """Does a line lie right under a list item (a line's height apart at most), where its wrapped
    text would go on — not a form's next field further down?"""
    held = [*item[0].values(), *item[1].values()]
    if not held:  # an item's number with nothing read after it yet: nothing to go on from
        return False
    return min(b.y0 for b in line) - max(b.y1 for b in held) <= 1.5 * min(b.height for b in held)


def _ends_a_list(line: Sequence[Box], labelled: Callable[[str], bool]) -> bool:
    """A line that ends a numbered list as tables end (:func:`_closes_items`) or that opens the
    form's next field (its first text a field's label)."""
    return labelled(line[0].text) or _closes_items(line)


def _apart_from_items(line: Sequence[Box]) -> bool:
    """A line under a list item that is no wrap of its text: one that ends the lines
    (:func:`_closes_items`) or a list of its own (``1. …``)."""
    return _closes_items(line) or any(_ITEM_NUMBER.match(b.text) for b in line)


def _closes_items(line: Sequence[Box]) -> bool:
    """A line no item of a table's lines goes on into, as tables end: a pause of the lines, or
    a text ending them (:func:`ends_lines`: a total, a subtotal, a note), ``以下空白``, a filling
    note, a sum carried to the next page."""
    return pause_line(line) or any(
        ends_lines(b.text) or blank_below_caption(b.text) or filling_note(b.text) or _CARRIED.match(b.text)
        for b in line
    )


# the kinds of a row's columns whose value is words, which a cell wraps over lines (a part's
# name, a reason): never a code's (the part number, a lot: forms.base's ``code``, its pydantic
# type ``Code``), a figure's, a date's
WRAPPING_KINDS = frozenset({"text", "term", "terms"})


def wrapping_columns(columns: Mapping[str, Any]) -> frozenset[str]:
    """The columns of a table's row model (``describe(row_model)``: key → its field's meta)
    whose value may wrap onto the next printed line: those of :data:`WRAPPING_KINDS`, told by
    the field's kind, whatever its key is named."""
    return frozenset(col for col, meta in columns.items() if meta.kind in WRAPPING_KINDS)


def _text_over(box: Box, cells: _Cells, wrapping: AbstractSet[str]) -> str | None:
    """The text column (one of ``wrapping``) of the item whose value's box lies over ``box``,
    starting where it starts (a wrapped text's next line begins at its first line's left edge) or
    indented a few characters (:data:`_INDENT_CHARACTERS`); never a code's column (the part
    number) nor a figure's."""
    for col, cell in cells.items():
        if col not in wrapping or _CARRIED.match(cell.text):
            continue
        if _indented(box, cell) or abs(box.x0 - cell.x0) < 0.5 * min(cell.height, cell.x1 - cell.x0):
            return col
    return None


def _indented(box: Box, cell: Box) -> bool:
    """Does ``box`` start a few characters right of ``cell`` (:data:`_INDENT_CHARACTERS`, inside
    its half): a wrap indented, a print's hanging indent — or a clerk's line under it?"""
    lead = box.x0 - cell.x0
    return (
        0.5 * min(cell.height, cell.x1 - cell.x0)
        <= lead
        < min(_INDENT_CHARACTERS * cell.height, 0.5 * (cell.x1 - cell.x0))
    )


# how far right of its first line's start a wrapped text's next line may begin (an indent of a
# few characters, each about a line's height wide)
_INDENT_CHARACTERS = 4


def _captioned(text: str, named: Callable[[str], str | None]) -> tuple[str, str] | None:
    """``品名 燈條`` → (the column 品名 names, ``燈條``): a caption and its value printed as one
    text, parted at the first space after which the caption names a column; else None."""
    for m in re.finditer(r"\s+", text):
        col = named(text[: m.start()])
        if col is not None and text[m.end() :].strip():
            return col, text[m.end() :].strip()
    return None


# a group row's caption and its value, in one cell: ``原发票：44001726 / 05517302``, ``PO: 4471``
_GROUP_CAPTION = lazy_re(r"^\s*[^\d:：]{1,16}[:：]\s*\S")


# a subtotal of the page's lines (``本頁小計``, ``本页合计``, ``Page total``), not of a group
_PAGE_SUM = lazy_re(r"(?i)(本\s*[页頁]|每\s*[页頁]|\bpage\b)")


def page_turn_line(band: Sequence[Box]) -> bool:
    """A line a table ends a printed page with, or begins the next with, when it goes on over the
    page: the page's subtotal (``本頁小計 | … | 36,252.80``, ``Page total``), a sum carried
    forward (``承上頁 | 36,252.80``, ``轉下頁 | 36,252.80``, ``Brought forward``). After it, the
    next page's title and header printed again come before the lines; after a group's subtotal,
    ``以下空白`` or a note they do not."""
    filled = [b for b in band if not b.empty and isinstance(b.value, str)]
    if any(subtotal_caption(b.text) and _PAGE_SUM.search(halfwidth(b.text)) for b in filled):
        return True
    if not filled:
        return False
    first = min(filled, key=lambda b: b.x0)
    text = halfwidth(first.text)
    return (resumed_caption(text) or _CONTINUED.match(text) is not None) and all(
        _CARRIED.match(halfwidth(b.text)) for b in filled if b is not first
    )


def continued_line(band: Sequence[Box]) -> bool:
    """``continued on next page`` / ``續下頁`` alone on a line: the table goes on under its
    header printed again on the next page."""
    filled = [b for b in band if not b.empty and isinstance(b.value, str)]
    return len(filled) == 1 and bool(_CONTINUED.match(halfwidth(filled[0].text)))


def continued_caption(text: Any) -> bool:
    """``continued on next page`` / ``（接下頁）`` as a whole text: the page goes on overleaf."""
    return isinstance(text, str) and _CONTINUED.match(halfwidth(text)) is not None


def resumed_caption(text: Any) -> bool:
    """``（续表）`` / ``接上页`` / ``Continued from previous page`` alone on a line, or the form's
    title printed again ending with the marker in brackets (``…證明單（續）``): the second page
    of a table says the lines above go on here — a marker, never a line of the table."""
    if not isinstance(text, str):
        return False
    text = halfwidth(text)
    return _RESUMED.match(text) is not None or (
        _TITLE_RESUMED.search(text) is not None and not any(ch.isdigit() for ch in text)
    )


def repeats_header(band: Sequence[Box], header: dict[str, Box]) -> bool:
    """Is ``band`` the table's header printed again (on the next page): every column name of the
    header, in the same words, under itself?"""
    texts = {b.text.strip() for b in band if not b.empty and isinstance(b.value, str)}
    return all(
        h.text.strip() in texts
        and any(b.text.strip() == h.text.strip() and b.overlaps_x(h.x0, h.x1) for b in band)
        for h in header.values()
    )


def caption_over_header(band: Sequence[Box], following: Sequence[Box], header: dict[str, Box]) -> bool:
    """Is ``band`` one text alone on its line (no figure in it, no ``（续表）``) right over the
    table's header printed again (``following``)? A caption of a table, never a line of one:
    another table under the same columns (``补发明细``, the goods sent again, after the returned
    lines) or the form's title printed again on the next page (:func:`running_title`)."""
    filled = [b for b in band if not b.empty]
    return (
        len(filled) == 1
        and isinstance(filled[0].value, str)
        and not any(ch.isdigit() for ch in filled[0].text)
        and not _MARKED_RESUMED.search(halfwidth(filled[0].text))  # 库存排查（接上页）: ours, going on
        and repeats_header(following, header)
    )


def running_title(band: Sequence[Box], before: Iterable[Sequence[Box]]) -> bool:
    """Does the caption ``band`` print a text printed before the table (``before``: the bands
    over its header), the form's title repeated on each page, rather than a new table's own?"""
    texts = {b.text.strip() for line in before for b in line if not b.empty}
    return any(b.text.strip() in texts for b in band if not b.empty)


def printed_page(location: str) -> int | None:
    """The page of a printed form's box (``p2#7``, :func:`.boxes.page_number`); None on a sheet
    (``Sheet1!D7``)."""
    return page_number(location) or None


def new_page(band: Sequence[Box], last: int | None) -> bool:
    """Does ``band`` stand on a later printed page than page ``last`` (the table's header's)?"""
    pages = {printed_page(b.location) for b in band if not b.empty}
    return last is not None and bool(pages) and all(p is not None and p > last for p in pages)


def foreign_header(band: Sequence[Box], header: dict[str, Box], figures: set[str]) -> bool:
    """Is ``band`` the header of another table: names (no digit in any) under two of the
    table's columns or more, one of them a column of figures (where a line of ours has a
    number), and not the table's own header printed again? A page that goes on with the
    table repeats its header or starts with its lines; a new header starts a table of its own
    (an inspection record under ``（续表）``), whose rows are not this table's lines."""
    filled = [b for b in band if not b.empty]
    columns = [{c for c, h in header.items() if b.overlaps_x(h.x0, h.x1)} for b in filled]
    under = set().union(*columns)
    return (
        len(under) >= 2
        and all(len(c) <= 1 for c in columns)  # one name a column (a caption across them is none)
        and bool(under & figures)
        and all(isinstance(b.value, str) and not any(ch.isdigit() for ch in b.text) for b in filled)
        and not repeats_header(band, header)
    )


def line_tax(band: Sequence[Box]) -> tuple[Box, Box, str, Decimal] | None:
    """A row under an item line holding that line's tax: a tax's name with its rate (``營業稅
    5%``, ``VAT 16%``, ``GST: 9%``, ``16% VAT`` — values' and units' own rules of a named rate)
    and one figure (``NT$450``), nothing else — (the caption, the figure, the tax's name, the
    rate as a fraction). No line of its own: the line above's tax, when its figure agrees with
    that line's amount at the rate (:func:`tax_agrees`)."""
    filled = [b for b in band if not b.empty]
    texts = [b for b in filled if isinstance(b.value, str) and not re.search(r"\d[\d,.]*\s*$", b.text)]
    if len(filled) != 2:
        return None
    caption = next((b for b in filled if isinstance(b.value, str) and "%" in halfwidth(b.text)), None)
    if caption is None or (texts and texts != [caption]):
        return None
    figure = next(b for b in filled if b is not caption)
    if not re.search(r"\d", str(figure.value)) or figure.x0 < caption.x1 - 1e-6:
        return None
    text = folded(halfwidth(caption.text))
    rest = _tax_named().sub("", text)  # the tax's name gone: its rate, nothing else
    rate = label_rate(rest)
    if rest == text or rate is None or re.sub(r"\s", "", rest).replace(",", ".") != rate:
        return None
    name = text.replace(rest.strip(), "").strip(" ()（）:：@")
    return caption, figure, name, Decimal(rate[:-1]) / 100


def tax_agrees(tax: Decimal, amount: Decimal, rate: Decimal) -> bool:
    """Is ``tax`` the amount's tax at ``rate``: the product rounded as the figure is printed —
    to the cent, or to the whole unit when the figure has no decimals (NT$450, ¥1,200) — within
    one of that unit (a clerk's rounding either way)?"""
    unit = Decimal("1") if tax == tax.to_integral_value() else Decimal("0.01")
    return abs(tax - amount * rate) <= unit


def caption_before(whole: Sequence[Box], inside: Sequence[Box]) -> bool:
    """Does the line's first text inside the table's columns follow a ``…：`` caption printed
    left of the table (``Reason: | Pin retention below 8 N…`` under the item lines)? Then the
    line is the form's label and its value, not a row."""
    filled = [b for b in inside if not b.empty]
    if not filled:
        return False
    first = min(filled, key=lambda b: b.x0)
    before = [b for b in whole if not b.empty and b.x1 <= first.x0 + 1e-6 and b not in inside]
    if not before:
        return False
    near = max(before, key=lambda b: b.x1)
    return isinstance(near.value, str) and re.search(r"[:：]\s*$", near.text) is not None


def blank_below(band: Sequence[Box]) -> bool:
    """``以下空白`` / ``— blank below —`` alone on a line: nothing of the table follows but its
    total row (a band under it filling the columns belongs to something else)."""
    return blank_below_line(b.text for b in band if not b.empty and isinstance(b.value, str))


def blank_below_line(values: Iterable[Any]) -> bool:
    """A line's values are ``以下空白`` alone: the one rule of a table's written end, asked by the
    generic reader (:func:`blank_below`) and by a profile on a sheet's row and a print's band."""
    filled = [v for v in values if v is not None and str(v).strip()]
    return len(filled) == 1 and blank_below_caption(filled[0])


def blank_below_caption(text: Any) -> bool:
    """``以下空白`` / ``— blank below —`` / ``No more items``: the clerk's mark that the table's
    lines end here. Asked by the generic reader (:func:`blank_below`) and a profile alike."""
    return isinstance(text, str) and _BLANK_BELOW.search(halfwidth(text)) is not None


_BARE_TAX = lazy_re(r"(?i)^\s*tax\s*[:：]?\s*$")


def bare_tax_line(band: Sequence[Box]) -> bool:
    """A line captioned by the bare word Tax (``Tax | US$0.00`` under ``Subtotal``, a buyer's portal memo): after
    a subtotal it is the totals going on, no record — a column headed Tax stands over the lines, never under
    their subtotal (a caption naming its tax, ``VAT 13 %``, ``Sales tax``, is a totals caption already)."""
    filled = sorted((b for b in band if not b.empty), key=lambda b: b.x0)
    return bool(filled) and isinstance(filled[0].value, str) and bool(_BARE_TAX.match(filled[0].text))


def goes_on(band: Sequence[Box], header: dict[str, Box], required: Sequence[str]) -> bool:
    """After a paused line, is this line another record of the table: two columns or more
    filled, the table's first required column among them where the header has it (a bare
    ``Tax`` line never: :func:`bare_tax_line`)?"""
    if bare_tax_line(band):
        return False
    filled = {
        col
        for col, head in header.items()
        if any(not b.empty and b.overlaps_x(head.x0, head.x1) for b in band)
    }
    main = next((c for c in required if c in header), None)
    return len(filled) >= 2 and (main is None or main in filled)


def rejoined_line(
    band: Sequence[Box],
    whole_of: dict[int, Box],
    header: dict[str, Box],
    text_columns: set[str],
    code_columns: AbstractSet[str] = frozenset(),
    figure_columns: AbstractSet[str] = frozenset(),
    figure: Callable[[Box], bool] = lambda _b: False,
) -> list[Box]:
    """A line of a table whose text has a colon (``Clean point: labels with green dot …`` under
    ``Action``) was split into a caption and its value like a label's cell: inside one text
    column of the table, on a line whose other columns are filled too, it is the line's text.
    The pieces of such a cell are put back together; every other box is kept.

    In a code column (``S/N: 24-0012`` under 料号) the line must be an item's own more surely:
    a figure under a figure column beside it, and no other cell of the line split so (a footer's
    ``Approved: … | Date: …`` under the columns is no item)."""
    groups: dict[int, list[Box]] = {}
    for b in band:
        if id(b) in whole_of:
            groups.setdefault(id(whole_of[id(b)]), []).append(b)
    if not groups:
        return band  # type: ignore[return-value]
    out = list(band)
    changed = False
    for pieces in groups.values():
        cell = whole_of[id(pieces[0])]
        under = [c for c, h in header.items() if cell.overlaps_x(h.x0, h.x1)]
        if len(under) != 1 or under[0] not in (*text_columns, *code_columns):
            continue
        if under[0] not in text_columns and not _item_line_beside(
            band, pieces, whole_of, header, figure_columns, figure
        ):
            continue
        others = [
            b
            for b in band
            if b not in pieces
            and not b.empty
            and any(b.overlaps_x(h.x0, h.x1) for c, h in header.items() if c != under[0])
        ]
        if not others:
            continue
        at = min(out.index(p) for p in pieces)
        out = [b for b in out if b not in pieces]
        out.insert(at, cell)
        changed = True
    return out if changed else band  # type: ignore[return-value]


def _item_line_beside(
    band: Sequence[Box],
    pieces: list[Box],
    whole_of: dict[int, Box],
    header: dict[str, Box],
    figures: AbstractSet[str],
    figure: Callable[[Box], bool],
) -> bool:
    """Does the line beside a split cell hold an item's figure (under a figure column) and no
    other cell split into a caption and its value?"""
    others = [b for b in band if b not in pieces and not b.empty]
    return not any(id(b) in whole_of for b in others) and any(
        figure(b) and b.overlaps_x(header[c].x0, header[c].x1) for b in others for c in figures if c in header
    )


def own_cell_value(label: Box, first_under: Box, whole_of: dict[int, Box]) -> bool:
    """Is the text under ``label`` the rest of the label's own cell (a caption at the top of a
    ruled box, its value under it), and not a note on filling it in (``(填写人签名)``)?"""
    cell = whole_of.get(id(label))
    return (
        cell is not None
        and whole_of.get(id(first_under)) is cell
        and isinstance(first_under.value, str)
        and not filling_note(first_under.text)
        and not re.match(r"^\s*[(（\[【]", first_under.text)
    )


_HEADING_PARTS = lazy_re(r"\s*(?:/|／|、|&|＆|\+|\band\b|及|和)\s*")


def names_this_too(heading: str, key: str, match: Any) -> bool:
    """A heading naming two blocks at once (``D3 临时措施 / 库存排查``, ``Containment & stock
    sorting``): one of its parts is this table's own name, so a header under it may be this
    table's. ``match(text)`` is the form's label match, (field key, score) or None."""
    parts = _HEADING_PARTS.split(halfwidth(heading))
    if len(parts) < 2:
        return False
    return any(
        (m := match(p.strip())) is not None and m[0] == key and m[1] >= 0.85 for p in parts if p.strip()
    )


# ---------------------------------------------------------------------- lines laid out as columns
_NUMBER = lazy_re(r"\d+")


def line_heading(text: str) -> bool:
    """Does a column's heading number a line (``Line 2``, ``Item 3``, ``行2``, ``#4``)?"""
    return _NUMBER.search(text) is not None


def next_line_heading(heading: str) -> str:
    """``Line 2`` → ``Line 3``: the heading of the next line, its last number one higher."""
    m = list(_NUMBER.finditer(heading))[-1]
    return f"{heading[: m.start()]}{int(m[0]) + 1}{heading[m.end() :]}"


def side_column(heading: str | None, cells: Sequence[Box], most: int, names_column: Any) -> bool:
    """Is a column right of a turned table's row labels no line of its own but the lines'
    units, notes or total? By its ``heading`` where it has one: a heading numbering a line
    (``Line 3``) is a line's; a totals caption (``Total``) or a name of one of the table's
    columns (``Unit``, ``Remarks``: ``names_column(text)``) is none. Without a heading, or
    under one that says neither (``Comments``), by its cells: all units (``pcs | 元 | 元``), or fewer than the fullest line's (``most``) with no
    figure among them (a note beside one row). A line of texts alone (a part named, its
    quantity left blank) is a line all the same."""
    if heading:
        if line_heading(heading):
            return False
        if totals_caption(heading) or names_column(heading):
            return True
        # a heading that neither numbers a line nor names a column (``Comments``, ``备注`` the
        # table does not know): its cells tell, as a column without a heading
    texts = [c.text for c in cells]
    if texts and all(unit_word(t) for t in texts):
        return True
    return len(cells) < most and not any(_NUMBER.search(t) for t in texts)


# ---------------------------------------------------------------------- walking a table's lines
_Line = TypeVar("_Line")


def walk_lines(
    first: _Line, step: Callable[[_Line], _Line | None], is_line: Callable[[_Line, _Line], bool]
) -> Iterator[_Line]:
    """The one walk along a table's lines, down its rows or right along its columns: from the
    last line known (``first``), each next one ``step`` finds — None where the table runs out
    (:func:`line_under`: a blank run or a caption that ends lines; :func:`line_right`) — while
    ``is_line(previous, next)`` holds (the same row label printed again, the next numbered
    heading, a column that is no side column). Yields the lines after ``first``; the caller
    stops earlier where it reads nothing."""
    at = first
    while (nxt := step(at)) is not None and is_line(at, nxt):
        yield nxt
        at = nxt


def ends_lines(text: Any) -> bool:
    """A caption no line of a table carries: its total (``合计``, ``Total``), a group's
    subtotal (``小计``), a note written across it (``注：``). A walk stops there."""
    return isinstance(text, str) and (totals_caption(text) or subtotal_caption(text) or note_caption(text))


def line_under(boxes: Sequence[Any], at: Any) -> Any | None:
    """The next line's box right under ``at`` (the first text below it overlapping its
    column, ``boxes`` of one page), or None: nothing under it, a blank run first (a gap taller
    than a line), or a caption that ends the lines."""
    under = [
        b for b in boxes if b is not at and b.y0 >= at.y1 - 1 and min(b.x1, at.x1) - max(b.x0, at.x0) > 1e-9
    ]
    nxt = min(under, key=lambda b: (b.y0, b.x0), default=None)
    if nxt is None or nxt.y0 - at.y1 > max(4.0, at.y1 - at.y0) or ends_lines(nxt.text):
        return None
    return nxt


def line_right(boxes: Sequence[Any], at: Any) -> Any | None:
    """The next column's box right of ``at`` in its row (the first text right of it sharing
    at least half the lower one's height), or None: nothing there, or a caption that ends the
    lines (``Total``)."""
    row = sorted(
        (b for b in boxes if b is not at and b.x0 >= at.x1 - 1 and _same_row(b, at)), key=lambda b: b.x0
    )
    return row[0] if row and not ends_lines(row[0].text) else None


def _same_row(a: Any, b: Any) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0 and overlap >= 0.5 * min(a.y1 - a.y0, b.y1 - b.y0) - 1e-9


def _folded(text: Any) -> str:
    return re.sub(r"\s+", "", halfwidth(str(text))).lower()


def heads_turned_lines(band: Sequence[Box]) -> bool:
    """Does this row head a table turned on its side — a line's numbered heading with the next
    one right after it (``Item | Item 1 | Item 2 | Unit``)? Its other texts then name no
    columns of lines under it (``Unit`` is the lines' units column): the rows under it are the
    lines' fields, read by their row labels (:func:`.anchor.lines_as_columns`)."""
    texts = [b for b in band if not b.empty and isinstance(b.value, str)]
    return any(
        next(headings_right(texts, b, _folded), None) is not None for b in texts if line_heading(b.text)
    )


def column_head(boxes: Sequence[Box], box: Box, heads: Callable[[Box], bool]) -> Box | None:
    """The header of the column ``box`` stands in: walking up over its column (``boxes`` of its
    page or sheet, the boxes above overlapping it), the first one ``heads`` takes for a label —
    only values between (a column of values under its header) — or None. The header heads the
    rows in between only: every row printed between it and ``box`` has a value in the column, or
    leaves one of the header's columns empty at most (one table's rows: an Owner cell left blank
    on one step's row); a row under few of them (``D1 Team | Li Wei`` under ``Customer | Part No. |
    Lot No. | Qty``: the header block's row, six rows up) is another table's, and the header none
    of ``box``'s."""
    page = page_number(box.location)
    on_page = [b for b in boxes if b is not box and not b.empty and page_number(b.location) == page]
    above = [b for b in on_page if b.y1 <= box.y0 + 1e-6 and b.overlaps_x(box.x0, box.x1)]
    head = next((b for b in sorted(above, key=lambda b: -b.y0) if heads(b)), None)
    if head is None:
        return None
    column = [b for b in above if b.y0 >= head.y1 - 1e-6]
    between = [b for b in on_page if b.y0 >= head.y1 - 1e-6 and b.y1 <= box.y0 + 1e-6]
    header = [h for h in on_page if h.same_band(head) and heads(h)]
    for b in between:
        if any(c.same_band(b) for c in column):
            continue
        row = [x for x in between if x.same_band(b)]
        filled = sum(any(x.overlaps_x(h.x0, h.x1) for x in row) for h in header)
        if filled < len(header) - 1:
            return None  # a row of another table, under few of the header's columns
    return head


def until_next_column(boxes: Sequence[Box], text: list[Box], heads: Callable[[Box], bool]) -> list[Box]:
    """``text`` (a heading's text on its line, left to right) up to the first box standing in
    another column than the first one's, told by the headers over them: two label-like boxes
    (``heads``) of one header row, the second right of the first and clear of the text's first
    box, each the nearest label over its box's column (:func:`column_head`). A table printed
    without borders (a system's export: ``Step | Type | Description | Owner``) sets the owner
    ``T. Walsh`` a cell's padding after the description: the owner is the Owner column's value,
    never the action's last words (read so, silently, before). Without such headers (a form's
    text split in words by wide gaps, a text under one heading) nothing is cut."""
    if len(text) < 2:
        return text
    first = text[0]
    own = None
    for i, box in enumerate(text[1:], 1):
        if not box.same_band(first):
            continue  # (the text's next lines: their own reader decides)
        head = column_head(boxes, box, heads)
        if head is None or head.overlaps_x(first.x0, first.x1):
            continue
        own = own or column_head(boxes, first, heads)
        if own is not None and own is not head and own.same_band(head) and own.x1 <= head.x0 + 1e-6:
            return text[:i]
    return text


def next_numbered(key: Callable[[Any], str] = _folded) -> Callable[[Any, Any], bool]:
    """``is_line`` of a walk right along numbered headings: the next box prints the previous
    one's heading with its number one higher (``Line 3`` after ``Line 2``), compared folded by
    ``key``; ``Total`` or ``Remarks`` there is none."""
    return lambda prev, nxt: line_heading(prev.text) and key(nxt.text) == key(next_line_heading(prev.text))


def label_repeated_under(boxes: Sequence[Any], label: Any, key: Callable[[Any], str]) -> Iterator[Any]:
    """Walking down: the rows right under ``label`` (``boxes`` of its page) printing its text
    again, compared folded by ``key`` — one step's further lines of a table read row by row
    by each row's own label — down to another label, a blank run or a caption that ends lines."""
    same = key(label.text)
    return walk_lines(label, partial(line_under, boxes), lambda _at, b: key(b.text) == same)


def headings_right(boxes: Sequence[Any], head: Any, key: Callable[[Any], str]) -> Iterator[Any]:
    """Walking right: the numbered headings following ``head`` in its row (``Line 3``,
    ``Line 4`` after ``Line 2``) — more lines of a table laid out as columns — up to the first
    that is not the next number (``Total``, ``Remarks``)."""
    return walk_lines(head, partial(line_right, boxes), next_numbered(key))


def cell_over_columns(
    band: Sequence[Box], header: dict[str, Box], wide: Sequence[Box]
) -> tuple[list[Box], list[str]] | None:
    """A line whose cells are merged over the next column(s) (``铜排（规格另附）`` over ``物料名称``
    and ``单位``; beside it ``80`` over ``核准数量`` and ``实退数量``; the line's other figures beside
    them): the band with each such cell narrowed to the column it starts in (read there), and the
    columns they span (read empty). None when the band is no such line: the wide cells together
    over every column of the header (a footer, a note across the table), or nothing filled beside
    them under another column (a note across a part)."""
    order = sorted(header, key=lambda c: header[c].x0)
    spans = [
        (cell, [c for c in order if cell.x0 <= (header[c].x0 + header[c].x1) / 2 < cell.x1]) for cell in wide
    ]
    covered = {c for _cell, over in spans for c in over}
    if any(len(over) < 2 for _cell, over in spans) or len(covered) == len(order):
        return None
    rest = [header[c] for c in order if c not in covered]
    merged = {id(cell) for cell in wide}
    if not any(
        not b.empty and id(b) not in merged and any(b.overlaps_x(h.x0, h.x1) for h in rest) for b in band
    ):
        return None
    narrowed = {}
    for cell, over in spans:
        edge = max(cell.x0 + 1e-3, min(cell.x1, header[over[1]].x0) - 1e-3)
        narrowed[id(cell)] = replace(cell, x1=edge)
    spanned = [c for _cell, over in spans for c in over[1:]]
    return [narrowed.get(id(b), b) for b in band], spanned
