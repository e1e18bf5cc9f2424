"""Which column of a line table a printed word belongs to, when it stands under no header.

A sheet printed without borders (a LibreOffice or Google Sheets print, a PDF typed in a word
processor) keeps each cell's alignment: a header right-aligned at its column's end (``Cantidad``),
a text under it left-aligned at the column's start (``36 pzas``); a header left-aligned
(``Importe``, ``Amount``) over a figure right-aligned at the column's end. Neither word overlaps
its header, and with no ruled lines the column's extent is only told by the gaps between the
header words: a word standing in the gap between two headers is the left column's or the right
one's. The left one's by default (a figure right-aligned past its left-aligned header, the
common case), but not when the left column already holds its own word on that line and the
right one nothing, and the word is what the right column holds (a count under ``Cantidad``, a
figure under ``Precio unitario``): then it is the right column's — never glued onto the item's
name (``Soporte de freno NMK-BRK-4410 36 pzas``).

Two header words printed so close that the print's text runs them together (``Cantidad`` set
right at its column's end, ``Precio unitario`` left at the next one's start: one word
``Cantidad Precio unitario``) are two columns' names: the header is parted where each part is
a column's own name (:func:`joined_headers`), each its share of the width.

The last column of figures has no header on its right: how far its figures may reach is the
widest step between two headers (:func:`last_column_reach`), asked only on a line whose last
column holds no word of its own under its header.

Asked by the generic reader's tables (:meth:`.anchor._Page.table`) and by a profile's printed
tables (:meth:`.profile._Reader.read_table`, and ``kesu learn`` finding a column's header) through
:func:`column_words`, so that a layout reads the same with a profile and without; ruled tables give
their headers the whole cell, so their words stand under them and these rules are not asked.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import Any

from ..forms import FIGURE_KINDS, FieldMeta, describe
from ..lazy_re import lazy_re
from .boxes import Box, printed_rows
from .dates import full_date
from .typed import valid
from .units import count_value
from .vocab import columns_vocabulary

_PRINTED = lazy_re(r"^p\d+#")  # a box of a print (``p1#7``); a sheet's cell is one column whatever it says
_SURE = 0.85  # a text names one column this surely: no two names run together
_PART = _SURE  # each part names its column as surely: a fuzzy part ("Implement" ~ implemented) parts nothing


def _fits(meta: FieldMeta, box: Box) -> bool:
    """Does the word read as a value of the column's kind (``36 pzas`` a quantity)?"""
    value = box.value
    if isinstance(value, str):
        value = value.strip()
        if meta.kind == "qty" and count_value(value) is not None:
            return True
    return valid(meta, value)


def stray_owners(
    stray: Sequence[Box], band: Sequence[Box], header: Mapping[str, Box], columns: Mapping[str, FieldMeta]
) -> tuple[dict[int, str], set[str]]:
    """id(word) → the column each word under no header belongs to (see the module's doc), and
    the columns given a word in doubt: one the left column took beside its own word though the
    right one, empty on the line, is a figure's it does not read as (``Rework hours | 8 h``
    under ``Qty``) — the line is said to be unclear, never glued silently. A word left of every
    header belongs to none."""
    heads = sorted(header.items(), key=lambda item: item[1].x0)
    own = {
        col
        for col, head in heads
        if any(not b.empty and b.overlaps_x(head.x0, head.x1) for b in band if all(b is not s for s in stray))
    }
    out: dict[int, str] = {}
    doubtful: set[str] = set()
    taken_right: set[str] = set()
    for box in sorted(stray, key=lambda b: -b.x0):  # the nearest to a right column first
        left = [(c, h) for c, h in heads if h.x0 <= box.x0]
        if not left:
            continue
        col, _head = left[-1]
        right = next(((c, h) for c, h in heads if h.x0 >= box.x1), None)
        if right is not None and col in own and right[0] not in own and right[0] not in taken_right:
            rmeta, lmeta = columns[right[0]], columns[col]
            if (rmeta.kind in FIGURE_KINDS and _fits(rmeta, box)) or (
                rmeta.kind not in FIGURE_KINDS and lmeta.kind in FIGURE_KINDS and not _fits(lmeta, box)
            ):
                col = right[0]
                taken_right.add(col)
            elif rmeta.kind in FIGURE_KINDS and lmeta.kind not in FIGURE_KINDS:
                doubtful.add(col)
        out[id(box)] = col
    return out, doubtful


def column_words(
    band: Sequence[Box],
    header: Mapping[str, Box],
    columns: Mapping[str, FieldMeta],
    unknown: Sequence[Box] = (),
) -> tuple[dict[str, list[Box]], set[str]]:
    """Which column each word of one line of a table belongs to: the one place both readers ask
    it (the generic reader's tables, :meth:`.anchor._Page.table`, and a profile's printed table,
    :meth:`.profile._Reader.read_table`), so that a layout reads the same with and without a
    profile. A word standing under a header is its column's; a word under no header (nor under
    the header of a column the table does not read, ``unknown``) is given by
    :func:`stray_owners`. Returns each column's words, left to right as on the line, and the
    columns given a word in doubt (a line to be said unclear)."""
    stray = [
        b
        for b in band
        if not b.empty
        and not any(b.overlaps_x(h.x0, h.x1) for h in header.values())
        and not any(h.overlaps_x(b.x0, b.x1) for h in unknown)  # under a column we do not know
    ]
    owners, unclear = stray_owners(stray, band, header, columns) if stray else ({}, set())
    out: dict[str, list[Box]] = {}
    for col, head in header.items():
        under = [b for b in band if b.overlaps_x(head.x0, head.x1)]
        under += [b for b in stray if owners.get(id(b)) == col]
        out[col] = under
    return out, unclear


def in_reach(
    band: Sequence[Box],
    left: float,
    right: float,
    far: Mapping[bool, float],
    last: Box,
    figure: Callable[[Box], bool],
) -> list[Box]:
    """The words of a line that stand within the table: across its headers' extent
    (``left``..``right``), or a bare figure right of them up to the last figure column's reach
    (``far[True]`` when the line has a word of its own under the last header, ``far[False]``
    when not: :func:`last_column_reach`); the whole line when none does."""
    end = far[holds_own(band, last)]
    return [b for b in band if b.overlaps_x(left, right) or (b.x1 <= end and figure(b))] or list(band)


def reaches(header: Mapping[str, Box], columns: Mapping[str, FieldMeta]) -> dict[bool, float]:
    """:func:`in_reach`'s ``far``: the narrowest step past the last header when the line holds a
    word under it, the widest when not."""
    reach = last_column_reach(header, columns, min)  # a figure right-aligned under a left-aligned header
    return {True: reach, False: max(reach, last_column_reach(header, columns))}


def last_column_reach(
    header: Mapping[str, Box],
    columns: Mapping[str, FieldMeta],
    step: Callable[[list[float]], float] = max,
) -> float:
    """How far right a figure of the table's last column may stand: the last header's left end
    plus a ``step`` between two headers' left ends — the widest (``max``) when nothing of that
    line stands under its header (a wide amount column, its header left-aligned, its figures
    right-aligned at its end), the narrowest (``min``) for a sheet printed without borders (a
    Google Sheets download: headers left-aligned, figures right-aligned past their header's
    right end); 0 when the last column is no figure's."""
    heads = sorted(header.items(), key=lambda item: item[1].x0)
    steps = [b.x0 - a.x0 for (_c, a), (_d, b) in itertools.pairwise(heads) if b.x0 - a.x0 > 1]
    last_col, last = heads[-1]
    if not steps or columns[last_col].kind not in FIGURE_KINDS:
        return 0.0
    return max(last.x1, last.x0 + step(steps))


def holds_own(band: Sequence[Any], head: Box) -> bool:
    """Does a filled word of the line stand under the header itself?"""
    return any(not b.empty and b.overlaps_x(head.x0, head.x1) for b in band)


def joined_headers(
    band: Sequence[Box],
    vocab: Any,
    columns: Mapping[str, FieldMeta] | None = None,
    parting: Collection[int] | None = None,
) -> list[Box]:
    """The band with each printed word that is two column names run together (``Cantidad
    Precio unitario``) parted into one box per name, each its share of the word's width by its
    letters; every other box as it is (a sheet's cells always). With the table's ``columns``,
    two neighbouring parts naming columns of one kind are one header's words (``Date
    Implemented``: a date column's name, not a date's and another date's). ``parting``: the
    places in the band of the words that may be parted (:func:`joinable_bands`), when known."""
    out: list[Box] = []
    for k, box in enumerate(band):
        may = _may_part(box) if parting is None else k in parting
        parts = _apart(box, vocab, columns) if may else None
        out.extend(parts or [box])
    return out


def joinable_bands(bands: list[list[Box]]) -> dict[int, tuple[int, ...]]:
    """The bands holding a word :func:`joined_headers` may part (a printed text of two to eight
    words, no figure): band index → the places of those words in it; the other bands it returns
    as they are, whatever the table. The same for every table of the page, worked out once a
    page (the reader's page keeps it: ``_Page.worked_out``; issue 15)."""
    out: dict[int, tuple[int, ...]] = {}
    for i, band in enumerate(bands):
        # (the words looked at first: a band with none to part needs no date read in it, issue 15)
        places = tuple(k for k, box in enumerate(band) if _may_part(box))
        if places and not _holds_a_date(band):  # a line of values ("Effectiveness verified | mevans |
            out[i] = places  # 15-Jun-2026") is no header row
    return out


def _holds_a_date(band: Sequence[Box]) -> bool:
    """Does a printed word of the line hold a whole date (``15-Jun-2026``, ``2026-03-05``)? A header row
    names its columns; a date beside the words is a line of values, whose words are no column names
    run together (a workflow's ``Effectiveness verified`` step, signed and dated)."""
    return any(_PRINTED.match(b.location) and full_date(b.value) is not None for b in band)


def _may_part(box: Box) -> bool:
    """Could the box be two column names run together? A printed text of two to eight words,
    60 characters at most, with no figure (a sheet's cell is one column whatever it says)."""
    if not _PRINTED.match(box.location) or not isinstance(box.value, str):
        return False
    text = box.text.strip()
    return 2 <= len(text.split()) <= 8 and len(text) <= 60 and not any(ch.isdigit() for ch in text)


def _apart(box: Box, vocab: Any, columns: Mapping[str, FieldMeta] | None = None) -> list[Box] | None:
    text = box.text.strip()
    words = text.split()
    whole = vocab.match(text)
    if whole is not None and whole[1] >= _SURE:
        return None  # one column's name ("Precio unitario")
    for parts in _splits(words, vocab):
        if len({name for _t, name in parts}) != len(parts):
            continue  # two names of one column ("Item Description"): one header
        if columns is not None and any(
            a in columns and b in columns and columns[a].kind == columns[b].kind
            for (_s, a), (_t, b) in itertools.pairwise(parts)
        ):
            continue  # "Date Implemented": a word saying which date, not two date columns
        width, x = box.x1 - box.x0, box.x0
        total = sum(len(t) for t, _n in parts) + len(parts) - 1
        out = []
        for k, (part, _name) in enumerate(parts):
            share = width * (len(part) + (1 if k < len(parts) - 1 else 0)) / total
            out.append(Box(part, part, x, box.y0, x + share, box.y1, box.location, box.bold, box.filled))
            x += share
        return out
    return None


def _splits(words: list[str], vocab: Any) -> Iterator[list[tuple[str, str]]]:
    """The ways ``words`` part into two or more column names in a row: [(its words, the column)]."""
    for i in range(1, len(words)):
        head = vocab.match(" ".join(words[:i]))
        if head is None or head[1] < _PART:
            continue
        rest = " ".join(words[i:])
        found = vocab.match(rest)
        if found is not None and found[1] >= _PART:
            yield [(" ".join(words[:i]), head[0]), (rest, found[0])]
        for more in _splits(words[i:], vocab):
            yield [(" ".join(words[:i]), head[0]), *more]


def two_line_items(boxes: Sequence[Box], spec: Any) -> Sequence[Box]:
    """``boxes`` with a table whose every item is printed over two lines (a narrow ERP slip:
    ``品號 品名規格`` over ``核准數 實退數 單價 金額``, each item's code and name on one line and its
    counts, price and amount on the next) laid out as one line an item: the second heading line
    and each item's second line set right of the first, on its line, so the table reads as any
    other and a second line is never taken for the next item. Told by the heading — two lines
    of a table's column names one above the other, naming different columns over the same width
    (no name over a group of the other's) — and by its lines: each pair's first line fits the
    first heading's columns and not the second's (a word a column, of its kind), the second the
    second's and not the first's; one pair at least, else ``boxes`` as they are."""
    # (a table of items: two figure columns or more — counts, prices, amounts; an 8D's tables are none)
    tables = [
        m.row_model
        for m in spec.fields.values()
        if m.kind == "table"
        and m.row_model is not None
        and sum(c.kind in FIGURE_KINDS for c in describe(m.row_model).values()) >= 2
    ]
    if not tables:
        return boxes
    bands = [[b for b in band if not b.empty] for band in printed_rows(boxes)]
    # (two lines of words running one above the other, no figure: where a heading may be, issue 15)
    worded = [len(band) >= 2 and all(_words_only(b) for b in band) for band in bands]
    starts = [i for i in range(len(bands) - 3) if worded[i] and worded[i + 1]]
    if not starts:
        return boxes
    moved: dict[int, Box] = {}
    for row_model in tables:
        vocab, columns = columns_vocabulary(row_model), describe(row_model)
        i = starts[0]
        while i + 3 < len(bands):
            pairs = _item_pairs(bands, i, vocab, columns) if worded[i] and worded[i + 1] else 0
            if not pairs:
                i += 1
                continue
            firsts = range(i, i + 2 * pairs + 2, 2)  # the heading's first line, then each item's
            upper = [b for k in firsts for b in bands[k]]
            lower = [b for k in firsts for b in bands[k + 1]]
            shift = max(b.x1 for b in upper) - min(b.x0 for b in lower) + min(b.height for b in upper)
            for k in firsts:
                top, bottom = min(b.y0 for b in bands[k]), max(b.y1 for b in bands[k])
                for b in bands[k + 1]:
                    moved[id(b)] = Box(
                        b.text, b.value, b.x0 + shift, top, b.x1 + shift, bottom, b.location, b.bold, b.filled
                    )
            i += 2 * pairs + 2
    return [moved.get(id(b), b) for b in boxes] if moved else boxes


def _words_only(box: Box) -> bool:
    return isinstance(box.value, str) and not any(ch.isdigit() for ch in box.text)


def _heading_row(band: Sequence[Box], vocab: Any) -> dict[str, Box] | None:
    """A line of column names only (two at least, each a different column's): column → its name."""
    out: dict[str, Box] = {}
    for b in band:
        hit = vocab.match(b.text)
        if hit is None or hit[1] < 0.6 or hit[0] in out:
            return None
        out[hit[0]] = b
    return out if len(out) >= 2 else None


def _item_pairs(bands: Sequence[Sequence[Box]], i: int, vocab: Any, columns: Mapping[str, FieldMeta]) -> int:
    """How many items printed over two lines follow the two heading lines at ``bands[i]`` (0: not
    such a table)."""
    first = _heading_row(bands[i], vocab)
    second = _heading_row(bands[i + 1], vocab) if first else None
    if first is None or second is None or set(first) & set(second):
        return 0
    if min(b.x0 for b in second.values()) >= max(b.x1 for b in first.values()):
        return 0  # the second line right of the first: one heading printed on two lines
    if any(
        sum(b.overlaps_x(o.x0, o.x1) and b.x0 <= o.x0 and o.x1 <= b.x1 for o in second.values()) > 1
        for b in first.values()
    ):
        return 0  # a name over a group of the other line's ("数量" over "核定 | 实退")
    n, k = 0, i + 2
    while k + 1 < len(bands):
        one, two = bands[k], bands[k + 1]
        if not (_fits_heading(one, first, columns) and _fits_heading(two, second, columns)):
            break
        if _fits_heading(one, second, columns) or _fits_heading(two, first, columns):
            break
        n, k = n + 1, k + 2
    return n


def _fits_heading(band: Sequence[Box], heading: Mapping[str, Box], columns: Mapping[str, FieldMeta]) -> bool:
    """Does every word of a line stand in a column of ``heading`` of its kind, one word a column?"""
    if not band:
        return False
    words, _unclear = column_words(band, heading, columns)
    given = [b for under in words.values() for b in under]
    if len(given) != len(band) or len({id(b) for b in given}) != len(band):
        return False
    return all(
        len(under) <= 1 and all(_word_fits(columns[col], b) for b in under) for col, under in words.items()
    )


def _word_fits(meta: FieldMeta, box: Box) -> bool:
    """A figure or date column's word reads as one (:func:`_fits`); a text or code column takes any text."""
    return _fits(meta, box) if meta.kind in (*FIGURE_KINDS, "date") else isinstance(box.value, str)
