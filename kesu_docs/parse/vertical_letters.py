"""Vertical labels whose letters a print interleaves: each label's letters back together.

Excel's stacked vertical text (``D1小组成员`` set one letter under the other in a merged cell
down the left of a block) is centred on its cell; a label longer than its cell runs over the
borders above and below, and the print draws it there, over the next block's label: at one x
the page holds ``成 员 2 问 题`` and ``描 临 D 时 4 措 根`` — two labels' letters in one column,
taken by their heights for one text, each block's cell given its neighbours' letters
(``原 纠\\n因 正\\nD``), no label read, the blocks' values unread.

The print draws each cell's text at once: in the page's text order, one label's letters come
one after the other, each a steady step under the last; the next label starts back up the
column, or over the last letter (an overlap no letter of one label has with its neighbour).
Where the column's letters so split into labels that overlap each other, each label becomes
one word, placed in the cell its middle stands in (where Excel centred it); a column whose
labels do not overlap is left as it was (:func:`.sections.vertical_label` reads it).

What the print shows of such a label is its middle: the letters past the cell's clip are not
on the page (``2问题描`` of ``D2问题描述``, ``临时措`` of ``D3临时措施``). A discipline heading's
number is given back from its place in the column (:func:`_numbered`), so the block is read
under its discipline; the name stays as it shows, a label read in part, and what is read under
it is said to be unsure (the reader's low confidence of a heading it knows only by its number).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from statistics import median

from ..lazy_re import lazy_re
from .pdf_text import Word
from .vocab import discipline, field_metas, norm

# the letters of one stacked label stand this close to one x (in letter heights)
_SAME_X = 0.25
# one label's next letter stands at least this far under the last (middles, in letter heights):
# closer, their glyphs overlap, which one label's letters never do
_LEAST_STEP = 0.95
# ... and at most this far (a larger gap is another text)
_MOST_STEP = 2.0
# a column of stacked letters has at least this many
_FEWEST = 4
# a discipline's number left when the print hid its ``D`` (``2问题描``), and a name's first letter
_FIGURE = lazy_re(r"^([0-8])(?!\d)")
_CJK = lazy_re(r"[\u3400-\u9fff]")


def _letters(word: Word) -> int:
    """How many stacked letters ``word`` may be: a letter (1), two drawn one over the other
    (a PDF's run joining the last letter of one label with the first of the next, ``员2``: its
    box no wider than it is tall), else 0."""
    text = word.text
    if not text.isalnum():  # (a tick over its box, ☑ □: marks, no label's letters)
        return 0
    if len(text) == 1:
        return 1
    if len(text) == 2 and word.x1 - word.x0 <= word.bottom - word.top:
        return 2
    return 0


def _columns(words: Sequence[Word]) -> list[list[int]]:
    """The columns of words that may be stacked letters (each a letter or two, their middles
    at one x on one page), each in the page's text order: indexes into ``words``. Other cells'
    words may come between (a print draws a sheet's cells row by row)."""
    columns: list[list[int]] = []
    xs: list[float] = []  # each column's x (its first letter's middle)
    near: dict[tuple[int, int], list[int]] = {}  # (page, whole point of x) → the columns there
    for i, w in enumerate(words):
        if not _letters(w):
            continue
        x = (w.x0 + w.x1) / 2
        reach = _SAME_X * max(w.bottom - w.top, 1.0)
        found = next(
            (
                k
                for spot in range(int(x - reach) - 1, int(x + reach) + 2)
                for k in near.get((w.page, spot), ())
                if abs(xs[k] - x) <= reach
            ),
            None,
        )
        if found is None:
            found = len(columns)
            columns.append([i])
            xs.append(x)
            near.setdefault((w.page, int(x)), []).append(found)
        else:
            columns[found].append(i)
    return [column for column in columns if len(column) >= _FEWEST]


def _split(word: Word, height: float) -> list[Word]:
    """A word of letters stacked one over the other (``员2``) as its letters, each a letter's
    height from the word's top or foot."""
    if _letters(word) != 2:
        return [word]
    first, second = word.text[0], word.text[1]
    return [
        Word(first, word.page, word.x0, word.top, word.x1, min(word.top + height, word.bottom), word.bold),
        Word(
            second, word.page, word.x0, max(word.bottom - height, word.top), word.x1, word.bottom, word.bold
        ),
    ]


def _labels(letters: list[Word], height: float) -> list[list[Word]]:
    """The column's letters, in text order, parted into labels: a label goes on while each letter
    stands one steady step under the last."""
    labels: list[list[Word]] = []
    for w in letters:
        if labels:
            step = w.middle - labels[-1][-1].middle
            if _LEAST_STEP * height <= step <= _MOST_STEP * height:
                labels[-1].append(w)
                continue
        labels.append([w])
    return labels


def _tangled(labels: list[list[Word]]) -> bool:
    """Are some of a column's labels printed into each other: two of two letters or more (a
    letter alone is no label: a figure, an ``X`` in a box) sharing some of the column's height?"""
    spans = sorted((label[0].top, label[-1].bottom) for label in labels if len(label) >= 2)
    return any(top < bottom for (_top, bottom), (top, _bottom) in zip(spans, spans[1:]))


def _joined(label: list[Word]) -> Word:
    """A label's letters as one word over their whole height (its text read top to bottom)."""
    return Word(
        "".join(w.text for w in label),
        label[0].page,
        min(w.x0 for w in label),
        min(w.top for w in label),
        max(w.x1 for w in label),
        max(w.bottom for w in label),
        all(w.bold for w in label),
    )


def _number(text: str) -> tuple[int, bool] | None:
    """A heading's discipline number, and whether its ``D`` shows: ``D4根本原因`` → (4, True),
    ``2问题描`` → (2, False) (a bare figure before the name: the ``D`` above it hidden)."""
    if found := discipline(text):
        return found[0], True
    if figure := _FIGURE.match(text):
        return int(figure[1]), False
    return None


def _numbered(labels: list[Word]) -> list[Word]:
    """The labels of one column, each discipline heading whose number the print hid given it
    back from its place among the others (``D1…`` over ``2问题描`` over ``临时措`` over ``D4…``:
    ``D2问题描``, ``D3临时措``): its bare figure (the ``D`` hidden); else the one number between
    the headings above and below it; else, between ``D4`` and ``D7`` (D5 or D6), the one of those
    disciplines whose labels hold what shows of the name (``纠正措`` of ``纠正措施``: D5). A name
    no one of them holds stays as it shows, naming nothing. Only in a column of headings whose
    numbers rise down the page, one of them at least with its ``D`` shown."""
    down = sorted(labels, key=lambda w: w.middle)
    found = [_number(w.text) for w in down]
    known = [f[0] for f in found if f]
    if len(known) < 2 or known != sorted(set(known)) or not any(f[1] for f in found if f):
        return labels
    numbers = [f[0] if f else None for f in found]
    named = {id(w): replace(w, text="D" + w.text) for w, f in zip(down, found) if f and not f[1]}
    # (a number given makes the next gap narrower: ``围堵行`` is D3 once ``原因分`` is D4)
    while any(_place(down, numbers, k, named) for k in range(len(down)) if numbers[k] is None):
        pass
    return [named.get(id(w), w) for w in labels]


def _place(down: list[Word], numbers: list[int | None], k: int, named: dict[int, Word]) -> bool:
    """Give the ``k``-th label down the column (no number shown) its discipline's number from its
    place, when its place or its name tells it (:func:`_numbered`): was it given one? Its place
    tells it when the labels between the numbered ones above and below are as many as the
    numbers between them (``D2`` · ? · ``D4``); two labels in the room of one, or one in the room
    of two, leave it to the name."""
    up = max((i for i in range(k) if numbers[i] is not None), default=None)
    down_at = min((i for i in range(k + 1, len(down)) if numbers[i] is not None), default=None)
    if up is None or down_at is None:
        return False
    above, below = numbers[up] or 0, numbers[down_at] or 0
    w = down[k]
    if below - above - 1 == down_at - up - 1:
        number = above + k - up
    else:
        # (room left for the labels between it and the numbered ones, in their order)
        room = range(above + k - up, below - (down_at - k) + 1)
        fits = [n for n in room if _names_part_of(w.text, n)]
        if len(fits) != 1:
            return False
        number = fits[0]
    numbers[k] = number
    named[id(w)] = replace(w, text=f"D{number}" + ("" if _CJK.match(w.text) else " ") + w.text)
    return True


def _names_part_of(text: str, number: int) -> bool:
    """Is ``text`` (two letters or more) part of a label the 8D report prints in discipline
    ``number``'s block?"""
    part = norm(text)
    return len(part) >= 2 and any(part in norm(label) for label in _discipline_labels().get(number, ()))


@lru_cache(maxsize=1)
def _discipline_labels() -> dict[int, tuple[str, ...]]:
    """The 8D report's field labels by discipline number (its sections ``d0`` … ``d8``)."""
    from ..forms import get  # (the forms are loaded when a heading's number is asked, not before)

    out: dict[int, list[str]] = {}
    for _path, meta in field_metas(get("8d")):
        if len(meta.section) == 2 and meta.section[0] == "d" and meta.section[1].isdigit():
            out.setdefault(int(meta.section[1]), []).extend(meta.labels)
    return {n: tuple(labels) for n, labels in out.items()}


def untangled(words: list[Word]) -> tuple[list[Word], set[int]]:
    """``words`` with each column of vertical labels whose letters the print interleaves
    (:mod:`this module <.vertical_letters>`) replaced by one word a label, other words as they
    were; and the ids of the labels' words (each in the cell its middle stands in)."""
    runs = _columns(words)
    if not runs:
        return words, set()
    replaced: dict[int, list[Word]] = {}  # index of a run's first word → the labels' words
    ids: set[int] = set()  # the labels' words
    dropped: set[int] = set()
    for run in runs:  # (a column of letters, in text order)
        singles = [words[i].bottom - words[i].top for i in run if _letters(words[i]) == 1]
        height = median(singles) if singles else 0.0
        if height <= 0:
            continue
        letters = [piece for i in run for piece in _split(words[i], height)]
        labels = _labels(letters, height)
        if not _tangled(labels):
            continue  # one label, or labels one under the other: the column reads as it is
        joined = _numbered([_joined(label) for label in labels if len(label) >= 2])
        ids.update(id(w) for w in joined)
        # (in text order; a letter alone stays a word of its own, placed as any word is)
        each = iter(joined)
        replaced[run[0]] = [next(each) if len(label) >= 2 else label[0] for label in labels]
        dropped.update(run[1:])
    if not replaced:
        return words, set()
    out: list[Word] = []
    for i, w in enumerate(words):
        if i in replaced:
            out.extend(replaced[i])
        elif i not in dropped:
            out.append(w)
    return out, ids
