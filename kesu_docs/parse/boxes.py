"""What the reader works on and gives back: a :class:`Box` (a cell or a printed text with its
rectangle), the labels and candidate values found among them, and the :class:`Reading` of a
sheet or page with the :class:`Provenance` of each value. Shared by the generic reader
(:mod:`.anchor`), the readers of values written in pieces (:mod:`.compound`) and the guards
(:mod:`.guards`), none of which imports another through these types.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from ..forms import FieldMeta, FormSpec
from ..lazy_re import lazy_re
from ..problems import Problem
from ..validation import Locations
from ..values import CHECKED, UNCHECKED, visible
from .symbol_fonts import private_mark
from .vocab import Vocabulary, label_kinds

# a leader run a form prints to fill the line after a label (``批准……``, ``Approved by . . . .``,
# ``签名＿＿＿``, ``日期・・・・``): two ellipses or more (or one closing the label), three points
# or middle dots and more (spaced or not), two underscores and more; the ``.`` of ``No.`` stays
_LEADER_RUN = lazy_re(
    r"\s*(?:[…‥]{2,}|[…‥](?=\s*[:：]?\s*$)|(?:\.\s?){2,}\.|(?:[．·・•]\s?){2,}[．·・•]|[_＿]{2,})\s*"
)


def shown_label(text: str) -> str:
    """A label's text as the clerk is shown it (provenance, unread labels): its leader runs
    left out, as they are no part of what the label says (``批准……`` → ``批准``,
    ``Return order . . . . :`` → ``Return order:``)."""
    if not isinstance(text, str) or not any(ch in text for ch in ".．·・•_＿…‥"):
        return text
    out = _LEADER_RUN.sub(" ", text)
    out = re.sub(r"\s+([:：])", r"\1", out)
    return " ".join(out.split()) if out.strip() else text.strip()


_set = object.__setattr__  # (a frozen dataclass: its fields set past its own __setattr__)


@dataclass(frozen=True, init=False, slots=True)
class Box:
    """A piece of a form with its rectangle: a cell (Excel) or a word or line (PDF)."""

    text: str  # as printed: what labels are matched against
    value: Any  # the raw value (Excel: the cell's value, a number or date stays one)
    x0: float
    y0: float
    x1: float  # exclusive
    y1: float  # exclusive
    location: str  # "Sheet1!D7", "p1 (120,340)"
    # layout cues a reader may weigh (a label is often bold or shaded); False where unknown
    bold: bool = False
    filled: bool = False
    # derived once (issue 15: every rule asks them of every box): nothing blank in it, and its
    # height (a zero-height rectangle counts as a hair high); neither compared nor given
    empty: bool = field(init=False, repr=False, compare=False)
    height: float = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        text: str,
        value: Any,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        location: str,
        bold: bool = False,
        filled: bool = False,
    ) -> None:
        # one normalisation at the reader's entry: what prints as nothing is no part of a
        # label or a value (a zero-width space inside a part number, a soft hyphen)
        if not text.isascii():
            if value is text:  # a sheet's text cell: its text is its value, made visible once
                value = text = visible(text)
            else:
                text = visible(text)
                if type(value) is str and not value.isascii():
                    value = visible(value)
        elif type(value) is str and not value.isascii():
            value = visible(value)
        # every attribute set through object.__setattr__ (a frozen dataclass) into its slots: a
        # box has no ``__dict__`` — one asked for made each box a dict object of its own, and
        # Python 3.11 then read no attribute of a box by its quick path: every ``b.x0`` of the
        # reader went the slow way, ≈ 1.1 million a batch of the bench's 37 prints (issue 15)
        _set(self, "text", text)
        _set(self, "value", value)
        _set(self, "x0", x0)
        _set(self, "y0", y0)
        _set(self, "x1", x1)
        _set(self, "y1", y1)
        _set(self, "location", location)
        _set(self, "bold", bold)
        _set(self, "filled", filled)
        _set(self, "empty", value is None or (isinstance(value, str) and not value.strip()))
        _set(self, "height", max(y1 - y0, 1e-6))

    def same_band(self, other: Box) -> bool:
        """Vertically overlapping by at least half the smaller height: the same printed row."""
        overlap = min(self.y1, other.y1) - max(self.y0, other.y0)
        if overlap <= 0:  # the common case, decided without the heights (called per label × box)
            return False
        return overlap >= 0.5 * min(self.height, other.height) - 1e-9

    def overlaps_x(self, x0: float, x1: float) -> bool:
        return min(self.x1, x1) - max(self.x0, x0) > 1e-9


# ---------------------------------------------------------------------------------- the page's hair
HAIR_SHARE = 1 / 12
"""Of the page's typical line height: how near two edges stand to be one edge. A print's boxes
are in points, a sheet's in cells (its x a column's index, its y a row's): a fixed number is a
point on one and a whole column on the other, and a print at another zoom moves its edges by
the zoom. A twelfth of a line is 1 pt at 12 pt type (the literal the rules used), 1.5 pt at
×1.5, and a twelfth of a row on a sheet, where edges are whole indices (equal or a cell apart)."""


def page_hair(boxes: Sequence[Box]) -> float:
    """The page's tolerance for two edges to be one, in its boxes' own unit (points on a print,
    cells on a sheet): :data:`HAIR_SHARE` of the median height of a line of its texts (a box's
    height over its lines). A page without text: a twelfth of one unit."""
    heights = sorted(b.height / (b.text.count("\n") + 1) for b in boxes if not b.empty)
    typical = heights[len(heights) // 2] if heights else 1.0
    return HAIR_SHARE * typical


@dataclass(frozen=True)
class Provenance:
    """Where a value came from and how sure the reader is of it."""

    location: str  # the value's cell or page
    label: str = ""  # the printed label it was anchored on ("" when read by name or field)
    label_location: str = ""
    confidence: float = 1.0  # 0..1
    how: str = "label"  # label-right, label-below, inline, table, section, name, field

    def to_dict(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "label": shown_label(self.label),
            "label_location": self.label_location,
            "confidence": round(self.confidence, 2),
            "how": self.how,
        }


LOW_CONFIDENCE = 0.8  # a value read less surely than this is reported to the clerk


@dataclass
class Reading:
    """What the reader found on one sheet or page set."""

    values: dict[str, Any]
    where: Locations
    problems: list[Problem]
    provenance: dict[str, Provenance]
    unread: list[Box]  # label-like texts no field took
    # the labels found with nothing beside them (their fields' boxes empty): a blank's every label
    unanswered: list[Box] = field(default_factory=list)
    # the boxes of the one form read when the sheet or page holds two (:mod:`.two_forms`), else
    # None: what looks past the labels (a heading's number, the margins) looks at that form only
    form: list[Box] | None = None


@dataclass
class Label:
    box: Box
    key: str  # field path ("customer", "problem.what") or table / group key
    score: float  # how well the text matches the field's vocabulary (0..1)


@dataclass
class Candidate:
    score: float
    path: str
    value: Any
    places: list[Box]  # the boxes holding the value (the first one is its location)
    label: Box
    how: str
    order: tuple[float, float, int]
    flags: tuple[str, ...] = ()
    headers: tuple[Box, ...] = ()  # label pieces it was read through (joined column headers)


_T = TypeVar("_T")


def page_of(location: str) -> str:
    """The sheet or page a location is on, as messages name it: ``Sheet1!D7`` → ``Sheet1``,
    ``p2#7`` (a printed form's box) and ``p2 · Prepared by:`` (a form field's) → ``p2``."""
    if "!" in location:
        return location.rpartition("!")[0]
    return location.split(" ")[0].partition("#")[0]


def page_number(location: str) -> int:
    """The page of a printed form's box (``p3#7`` → 3); 0 for a location that is no printed
    page's (a sheet's cell, ``Sheet1!D7``). The one reading of a print's location."""
    head = location.partition("#")[0]
    return int(head[1:]) if head[:1] == "p" and head[1:].isdigit() else 0


class Page(Protocol):
    """What a reader of one sheet or page offers the helpers that read values written in
    pieces (:mod:`.compound`): its boxes, the labels found among them and its questions."""

    spec: FormSpec
    boxes: list[Box]
    labels: list[Label]
    stoppers: set[int]
    vocab: Vocabulary
    fields: dict[str, FieldMeta]

    def is_label(self, box: Box) -> bool: ...

    def known(self, box: Box) -> bool: ...

    def right_of(self, label: Box) -> tuple[list[Box], Box | None]: ...

    def under(self, y: float, until: float | None = None) -> list[Box]: ...

    def band_of(self, box: Box) -> list[Box]: ...

    def worked_out(self, name: str, make: Callable[[], _T], version: int = 0) -> _T: ...


# a label and its short value in one box at the end of a text's line, as a tracker prints a step's
# progress and status (``進度 100%``, ``Status: open``): a percentage after a short label, a short
# value after a label with its colon, or a short label and a word (``狀態 已完成``) after such a note
# on the line or where the label is a choice's (a status: a form's field answered by its terms) —
# a note of its own, no part of the text before it. A short label is of one to four Chinese
# characters, or one word of letters whatever its length (``Effectiveness 90%``: thirteen letters are
# one word still — a limit by letters joined it to the action before it, unsaid)
_SHORT_LABEL = r"(?:[\u3400-\u9fff]{1,4}|[^\W\d_]{2,})"
_SHORT_VALUE = r"(?:[\u3400-\u9fff]{1,4}|[^\W\d_]{1,12}|\d{1,3}(?:[.,]\d+)?\s*%)"
_PERCENT_NOTE = lazy_re(rf"^\s*{_SHORT_LABEL}\s*[:：]?\s*\d{{1,3}}(?:[.,]\d+)?\s*[%％]\s*$")
_COLON_NOTE = lazy_re(rf"^\s*{_SHORT_LABEL}\s*[:：]\s*{_SHORT_VALUE}\s*$")
_PAIR_NOTE = lazy_re(rf"^\s*(?P<label>{_SHORT_LABEL})\s+{_SHORT_VALUE}\s*$")


def until_side_notes(boxes: list[Box]) -> list[Box]:
    """A text's boxes in reading order up to the first side note on its line (:data:`_PERCENT_NOTE`:
    ``連接器端子變形。 | 進度 100% | 狀態 已完成`` → the text alone): a value extends only until
    the next label-like text beside it; a note standing alone on its line is no side note."""
    notes = side_notes(boxes)
    return next((boxes[:i] for i, box in enumerate(boxes) if id(box) in notes), boxes)


def side_notes(boxes: Sequence[Box]) -> set[int]:
    """The ids of the side notes among ``boxes`` (:func:`until_side_notes`): each right of
    another of them on its line."""
    out: set[int] = set()
    for box in boxes:
        before = [b for b in boxes if b is not box and b.same_band(box) and b.x1 <= box.x0 + 1e-6]
        if before and _side_note(box.text, noted=any(_side_note(b.text, noted=False) for b in before)):
            out.add(id(box))
    return out


def _side_note(text: str, noted: bool) -> bool:
    """Is ``text`` a short label with its value (``進度 100%``, ``Status: open``), or a short label
    and a word (``狀態 已完成``) with ``noted`` (a note before it on its line) or a choice's label?"""
    if _PERCENT_NOTE.match(text) or _COLON_NOTE.match(text):
        return True
    pair = _PAIR_NOTE.match(text)
    return pair is not None and (noted or _names_a_choice(pair["label"]))


def _names_a_choice(label: str) -> bool:
    """Is ``label`` a form's label of a field answered by one of its terms (``狀態``, ``Status``:
    :func:`.vocab.label_kinds`), so that a word after it is that answer, a status note alone at a
    line's end (``… | 狀態 已完成``), never a part of the text before it? A label of any other
    field (``數量``, ``原因``) or of none (``State``) before a word is no note by itself."""
    return "term" in label_kinds(label)


# a side note's two parts: its short label and its value (``有效率 100%`` → 有效率, 100%)
_NOTE_PARTS = lazy_re(rf"^\s*(?P<label>{_SHORT_LABEL})\s*[:：]?\s*(?P<value>\S.*?)\s*$")


def side_note_parts(text: str) -> tuple[str, str] | None:
    """A side note's label and value (:func:`side_notes`): ``有效率 100%`` → ``("有效率", "100%")``."""
    m = _NOTE_PARTS.match(text)
    return (m["label"], m["value"]) if m else None


def noted_columns(
    vocab: Any, main: str, notes: Sequence[Box], kinds: Mapping[str, str] | None = None
) -> dict[int, tuple[str, str]]:
    """The side notes (:func:`side_notes`) whose label names a column of a table other than its main
    text (``vocab``, the table's columns: ``有效率 100%`` effectiveness, ``貢獻度 70%`` contribution), by
    id: the column and the value — the step's row's, never dropped as a tracker's note (``進度 100%``,
    ``狀態 已完成``). A note whose value cannot be the column's (``kinds``: column → its kind) names
    none: a figure is no yes or no (``Verified 95 %``, a customer's check cell beside a step, is no
    answer of a ``verified`` column but a note of its own)."""
    out: dict[int, tuple[str, str]] = {}
    for box in notes:
        parts = side_note_parts(box.text)
        hit = vocab.match(parts[0]) if parts is not None else None
        if parts is None or hit is None or hit[1] < 0.85 or hit[0] == main:
            continue
        if (kinds or {}).get(hit[0]) == "bool" and _FIGURE_NOTE.match(parts[1]):
            continue
        out[id(box)] = (hit[0], parts[1])
    return out


# a note's value that is a figure (``95 %``, ``300 / 300``): a share or a count, never yes or no
_FIGURE_NOTE = lazy_re(r"^\s*\d")


def notes_naming_columns(
    vocab: Any, main: str, line: Sequence[Box], kinds: Mapping[str, str] | None = None
) -> dict[int, tuple[str, str]]:
    """The side notes on one line of boxes (:func:`side_notes`, the line's first box the row's
    label or text) that name a column of the table (:func:`noted_columns`, ``kinds`` its
    columns' kinds), by id: the column and the note's value (``真因分析： | 沖頭磨耗… | 貢獻度 70%``
    → contribution, 70%)."""
    notes = side_notes(line)
    return noted_columns(vocab, main, [b for b in line if id(b) in notes], kinds) if notes else {}


def first_run(filled: list[Box]) -> list[Box]:
    """The first value right of a label and what touches it (PDF words of one phrase, digits
    one per box); a value farther on is another field's, not the continuation of this one."""
    if not filled:
        return filled
    run = [filled[0]]
    if _boxed_option(filled[0]):
        return _option_cells(filled)  # "☑退货 | ☐换货 | ☑折让": one option per cell, one answer
    if _lone_mark(filled[0]) and (pairs := _marks_and_captions(filled)):
        return pairs  # "☑ | 退货 | ☐ | 换货": each box in a narrow cell of its own, its word beside
    if len(str(filled[0].value).strip()) > 1:
        return run  # a cell is one value: the next cell is another's
    for box in filled[1:]:  # digits written one per box: 5 3 1 0 2 6 8 7
        if (
            len(str(box.value).strip()) > 1
            or box.x0 - run[-1].x1 > 0.6 * min(box.height, run[-1].height) + 1e-6
        ):
            break
        run.append(box)
    return run


def _boxed_option(box: Box) -> bool:
    """A cell (or printed word) that is one tick box and its option's word: ``☐换货``."""
    marks = CHECKED + UNCHECKED
    text = str(box.value).strip()
    return len(text) > 1 and text[0] in marks and text[1:].strip()[:1] not in marks


def _lone_mark(box: Box) -> bool:
    """A cell (or printed word) that is one tick box alone: ``☑``, a Wingdings box at its
    private-use code (U+F0FE: the print lost the font)."""
    text = str(box.value).strip()
    return (len(text) == 1 and text in CHECKED + UNCHECKED) or private_mark(text)


def _marks_and_captions(filled: list[Box]) -> list[Box]:
    """The boxes standing each in a cell of their own before their option's word, on the first
    one's row (``☑ | 退货 | ☐ | 换货 | ☐ | 折让``, Wingdings boxes in narrow cells): the pairs,
    one answer; none when the cell after the first box is no word (a box, or nothing)."""
    run: list[Box] = []
    for k in range(0, len(filled) - 1, 2):
        mark, word = filled[k], filled[k + 1]
        if not (_lone_mark(mark) and mark.same_band(word) and (not run or mark.same_band(run[-1]))):
            break
        if _lone_mark(word) or _boxed_option(word) or not _WORDISH.search(str(word.value)):
            break
        run += [mark, word]
    return run


_WORDISH = re.compile(r"[^\W\d_]")  # a caption holds a letter or a character (no figure alone)


def _option_cells(filled: list[Box]) -> list[Box]:
    """The boxed options standing one per cell side by side on the first one's row: they answer
    one question together, so every ticked one counts, not only the cell next to the label."""
    run = [filled[0]]
    for box in filled[1:]:
        if _linked_state(box) and box.same_band(run[-1]):
            continue  # a form control's linked cell (TRUE / FALSE) beside its box: the box tells
        if not _boxed_option(box) or not box.same_band(run[-1]):
            break
        run.append(box)
    return run


def _linked_state(box: Box) -> bool:
    """A cell showing only TRUE or FALSE: the linked cell of an Excel check box, which stands
    beside its control (the control's caption holds the option's word)."""
    return isinstance(box.value, bool) or str(box.value).strip().upper() in ("TRUE", "FALSE")


# the places printed over an amount's boxes on a Chinese hand form (十万 万 千 百 十 元 角 分), as powers
# of ten: 角 and 分 the two decimals; in capitals (拾 佰 仟 萬) and with 圆 for 元 as some forms print them
_PLACES = {
    "亿": 8,
    "千万": 7,
    "仟万": 7,
    "百万": 6,
    "佰万": 6,
    "十万": 5,
    "拾万": 5,
    "万": 4,
    "萬": 4,
    "千": 3,
    "仟": 3,
    "百": 2,
    "佰": 2,
    "十": 1,
    "拾": 1,
    "元": 0,
    "圆": 0,
    "圓": 0,
    "角": -1,
    "分": -2,
}
_BOX_SIGNS = frozenset("¥￥$€£")


def one_per_box(boxes: Sequence[Box]) -> bool:
    """Are ``boxes`` (two or more) one character each: digits written one per box?"""
    return len(boxes) > 1 and all(
        isinstance(b.value, (int, str)) and len(str(b.value).strip()) == 1 for b in boxes
    )


def place_of(text: str) -> int | None:
    """The power of ten a box's printed place names (``万`` 4, ``元`` 0, ``分`` -2); None for
    any other text."""
    return _PLACES.get(re.sub(r"\s+", "", text))


def digit_boxes(boxes: Sequence[Box], place: Callable[[Box], int | None]) -> Decimal | None:
    """An amount written one digit per box under its printed places (``十万 万 千 百 十 元 角 分``
    over ``¥ | 3 | 2 | 1 | 6 | 0 | 0 | 0``): each digit at its place, 角 and 分 the decimals
    (32,160.00); a currency sign only in the boxes before the first digit. ``place`` gives the
    power of ten printed over a box. None unless every digit has its place over it, the places
    running down by one from left to right (the boxes were not read as an amount)."""
    value, last, seen = Decimal(0), None, False
    for box in sorted(boxes, key=lambda b: b.x0):
        char = str(box.value).strip()
        if char in _BOX_SIGNS and not seen:
            continue
        at = place(box)
        if not char.isdigit() or at is None or (last is not None and at != last - 1):
            return None
        value += int(char) * Decimal(10) ** at
        last, seen = at, True
    return value.quantize(Decimal("0.01")) if seen else None


def joined(boxes: Sequence[Box]) -> Any:
    filled = [b for b in boxes if not b.empty]
    if not filled:
        return None
    if len(filled) == 1:
        return filled[0].value
    if one_per_box(filled):
        return "".join(str(b.value).strip() for b in filled)  # digits written one per box
    return " ".join(str(b.value).strip() for b in filled)


def wrap_joined(lines: list[Box]) -> str:
    """A value's lines wrapped in its cell, read as one: no space between the parts of a number
    cut by the wrap, after a hyphen or a slash, or between two Chinese characters (a wrap cuts a
    number or a name anywhere); a space between words, or a date and its time."""
    out = ""
    for box in lines:
        text = str(box.value).strip()
        if (
            out
            and not (
                (out.isdigit() and text.isdigit())  # 2026112009300 / 00418253: one number cut
                or out[-1] in "-/_"
                or (_CJK_LETTER.match(out[-1]) and _CJK_LETTER.match(text[:1]))
            )
        ):
            out += " "  # 2026-11-20 / 09:30:12: a date and its time
        out += text
    return out


_CJK_LETTER = lazy_re(r"[\u3400-\u9fff]")


def printed_rows(boxes: Sequence[Box]) -> list[list[Box]]:
    """Boxes grouped into printed rows, top to bottom, each row left to right (the bands the
    generic reader reads a page by, and the tables' lines: :mod:`.anchor`, :mod:`.table_columns`)."""
    bands: list[list[Box]] = []
    lowest: list[Box] = []  # each band's lowest box (the first of them), kept as it grows
    for box in sorted(boxes, key=lambda b: (b.y0, b.x0)):
        y0, y1 = box.y0, box.y1
        for k in range(max(len(bands) - 3, 0), len(bands)):  # sorted by top: only the last rows
            # measured on the band's lowest box: a tall merged cell at its left does not pull
            # the rows beside it into one band (same_band spelled out: the hottest loop)
            ref = lowest[k]
            overlap = min(ref.y1, y1) - max(ref.y0, y0)
            if overlap <= 0:
                continue
            height = max(ref.y1 - ref.y0, 1e-6)
            if (
                overlap >= 0.5 * min(height, max(y1 - y0, 1e-6)) - 1e-9
                and abs(ref.y0 - y0) < height
                # a box set lower than the row that reaches further below it than it overlaps
                # it is the next row's: a CJK font's tall glyph box (its ascent) grazing the row
                # above (轉接盒 | 45 under 光纖跳線 | 1200 on a print), never its line
                and not (y0 - ref.y0 > HAIR_SHARE * height and y1 - ref.y1 > overlap)
            ):
                bands[k].append(box)
                if y1 - y0 < ref.y1 - ref.y0:
                    lowest[k] = box
                break
        else:
            bands.append([box])
            lowest.append(box)
    for band in bands:
        band.sort(key=lambda b: b.x0)
    return bands
