"""Right-to-left pages: a form laid out from the right (an Arabic or Hebrew form, a sheet printed
with ``rightToLeft``) prints each label RIGHT of its value and its table's first column at the
right edge. The reader's geometry is left to right (a value right of or under its label), so
such a page's cells are mirrored — each cell keeps its own text, only its place is turned
about the page's middle — and the page then reads as the workbook's own columns do (column A,
the labels, first).

A page is right-to-left when its rows say so: among the rows where a text in a right-to-left
script stands at ONE end of the row only, it stands at the right end (where the labels of such
a form are) three times or more, and at least three times as often as at the left end. A
bilingual form laid out left to right (``Customer / العميل | Al Futtaim``) has its
right-to-left labels at the left end of its rows and is not turned; an English form with one
Arabic name in it has too few such rows.

A PDF's right-to-left text comes off the page in the order its glyphs stand, left to right (the
words are built so, whatever order the producer wrote the letters in: Chromium draws them left
to right, LibreOffice in the order they are read): ``خیرات / Date`` for ``تاریخ / Date``, ``ןוכשא``
for ``אשכון``. :func:`in_reading_order` puts each line of a cell back in the order it is read by
the Unicode bidirectional algorithm (python-bidi), which turns every right-to-left run and keeps
every left-to-right one — a Latin word, a number, a date ``2026/03/05`` or ``۱۴۰۴/۱۲/۱۴`` — in
its own order (:func:`reading_order`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any, TypeVar
from unicodedata import bidirectional

from ..lazy_re import lazy_re

# rows are told apart by their top (points): cells whose tops are this close share a row
_ROW = 2.0

# a letter written right to left (Hebrew, Arabic and the scripts written with it: Persian,
# Urdu; Syriac, Thaana, NKo): Arabic-Indic digits are none (a number reads left to right)
_LETTERS = (
    r"\u0590-\u05ff\u0620-\u065f\u066e-\u06d5\u06ee\u06ef\u06fa-\u07ff\u0860-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
)

C = TypeVar("C")


def right_to_left(cells: Sequence[C]) -> set[int]:
    """The pages (numbers) of ``cells`` laid out from the right (see the module's note)."""
    rows: dict[tuple[int, int], list] = {}
    for c in cells:
        if getattr(c, "text", ""):
            rows.setdefault((c.page, round(c.top / _ROW)), []).append(c)  # type: ignore[attr-defined]
    right: dict[int, int] = {}
    left: dict[int, int] = {}
    for (page, _top), row in rows.items():
        if len(row) < 2:
            continue
        first = min(row, key=lambda c: c.x0)
        last = max(row, key=lambda c: c.x1)
        # (a letter, not an Arabic-Indic digit: a date ``٠٥/٠٣/٢٠٢٦`` or an amount ``۸٫۵۰`` at the
        # left end is a value of a right-to-left page as much as ``2026-03-05`` is)
        at_left, at_right = has_right_to_left(first.text), has_right_to_left(last.text)
        if at_right and not at_left:
            right[page] = right.get(page, 0) + 1
        elif at_left and not at_right:
            left[page] = left.get(page, 0) + 1
    return {p for p, n in right.items() if n >= 3 and n >= 3 * left.get(p, 0)}


def mirror_edges(cells: Sequence[C]) -> dict[int, tuple[float, float]]:
    """The right-to-left pages of ``cells`` (:func:`right_to_left`), each with the left and
    right edges of its cells: the page's middle everything on it is turned about."""
    pages = right_to_left(cells)
    edges: dict[int, tuple[float, float]] = {}
    for c in cells if pages else ():
        page = c.page  # type: ignore[attr-defined]
        if page in pages:
            lo, hi = edges.get(page, (c.x0, c.x1))  # type: ignore[attr-defined]
            edges[page] = (min(lo, c.x0), max(hi, c.x1))  # type: ignore[attr-defined]
    return edges


# a Latin run's closing stop put before it by the bidirectional order of a right-to-left line
# (``Part No.`` extracted ``Part .No``, ``oil leak at assembly.`` a line ``.oil leak at assembly``):
# the stop goes back after its run — the Latin text up to a slash, a right-to-left letter or the
# line's end, the end of a phrase (a stop inside a sentence, ``seated; oil``, is the sentence's)
_STOP_BEFORE = lazy_re(
    r"(?<!\S)([.:;,،]+)([A-Za-z](?:[^\n\u2028" + _LETTERS + r"]*?[^\s\u2028" + _LETTERS + r"])?)"
    r"(?=[ \t]*[/|]|[ \t]+[" + _LETTERS + r"]|[ \t]*(?:[\n\u2028]|$))"
)


def unturned_stops(text: str) -> str:
    """``رقم القطعة / Part .No`` → ``رقم القطعة / Part No.``: on a right-to-left page a Latin
    run's stop printed at its other end, put back (a label ``.No`` is ``No.``; a value's line
    ``.oil leak at assembly`` is ``oil leak at assembly.``)."""
    return _STOP_BEFORE.sub(r"\2\1", text) if text else text


def mirrored_on(items: list[C], edges: dict[int, tuple[float, float]]) -> list[C]:
    """``items`` (cells, or the letters struck out of the words: anything with a page, x0 and
    x1) on the pages of ``edges`` turned about that page's middle, each text's stops put back
    after their words (:func:`unturned_stops`); the list itself when no page is turned."""
    if not edges:
        return items
    out: list[C] = []
    lone: list[int] = []  # cells that are a turned stop word alone (".No" parted from "Part")
    for c in items:
        page = c.page  # type: ignore[attr-defined]
        if page in edges:
            lo, hi = edges[page]
            c = replace(c, x0=lo + hi - c.x1, x1=lo + hi - c.x0)  # type: ignore[type-var,attr-defined]
            text = getattr(c, "text", None)
            if isinstance(text, str) and (folded := unturned_stops(text)) != text:
                if _LONE_STOP_WORD.match(text):
                    lone.append(len(out))
                c = replace(c, text=folded)  # type: ignore[type-var]
            # the line the print cut off (a cell's ``cut``) is the text's last line: folded as
            # the text is, or the value ``… Part No.`` no longer ends in it and loses its warning
            cut = getattr(c, "cut", None)
            if isinstance(cut, str) and (folded := unturned_stops(cut)) != cut:
                c = replace(c, cut=folded)  # type: ignore[type-var]
        out.append(c)
    return _stops_rejoined(out, lone) if lone else out


_LONE_STOP_WORD = lazy_re(r"^\s*[.:;,،]+[A-Za-z]+\s*$")


def _stops_rejoined(cells: list[C], lone: list[int]) -> list[C]:
    """A turned stop word cut from its cell as a piece of its own (``رقم القطعة / Part`` |
    ``.No``): put back at the end of the piece it touches on its row (``… / Part No.``)."""
    gone: set[int] = set()
    for i in lone:
        c: Any = cells[i]
        for k, n in enumerate(cells):
            m: Any = n
            if (
                k != i
                and k not in gone
                and m.page == c.page
                and abs(m.top - c.top) < 1.0
                and abs(m.bottom - c.bottom) < 1.0
                and abs(m.x0 - c.x1) < 1.0
                and getattr(m, "text", "")
            ):
                # the piece's cut (the print stopped in it) is now the joined line's end
                cut = getattr(c, "cut", "") or ""
                joined = f"{m.text} {c.text.strip()}"
                if cut:
                    cells[k] = replace(m, x0=c.x0, text=joined, cut=f"{m.cut or m.text} {cut.strip()}")
                else:
                    cells[k] = replace(m, x0=c.x0, text=joined)
                gone.add(i)
                break
    return [c for i, c in enumerate(cells) if i not in gone]


def reordered_and_mirrored(cells: list[C]) -> list[C]:
    """``cells`` each put in the order its text is read (:func:`in_reading_order`: a PDF gives
    right-to-left text in its glyphs' order), then those of right-to-left pages turned about
    their page's middle (each cell keeps its width and height); the list itself when no page is
    right-to-left and no cell holds right-to-left text."""
    edges = mirror_edges(cells)
    return mirrored_on(in_reading_order(cells, edges), edges)


# ------------------------------------------------------------------------------ reading order
_RTL_LETTER = lazy_re(f"[{_LETTERS}]")


def has_right_to_left(text: str) -> bool:
    """Does ``text`` hold a letter written right to left (a digit is none)?"""
    return max(text, default=" ") >= "\u0590" and bool(_RTL_LETTER.search(text))


# a right-to-left letter (the same letters as :data:`_RTL_LETTER`), an Arabic vowel mark or
# Quranic sign, or ؛ ؟ (U+0610–U+061F, U+064B–U+065F, U+0670, U+06D6–U+06ED: no letters, marks on
# them) or a space: a run of these only reads one way
_RTL_ONLY = lazy_re(f"^[\\s{_LETTERS}\\u0610-\\u061f\\u064b-\\u065f\\u0670\\u06d6-\\u06ed]*$")


def mixed_directions(text: str) -> bool:
    """Does ``text`` hold a right-to-left letter and something else than such letters, their
    marks and spaces (a stop, a Latin letter, a digit: ``/سفارش``)?"""
    return has_right_to_left(text) and not _RTL_ONLY.match(text)


def _strong(ch: str) -> str:
    """``L`` (a letter written left to right), ``R`` (right to left) or ``""`` (a digit, a
    space, a stop: no direction of its own)."""
    kind = bidirectional(ch)
    return "R" if kind in ("R", "AL") else kind if kind == "L" else ""


def _direction(line: str, right_to_left_page: bool) -> str:
    """The direction a line (in its glyphs' order) was set in: ``R`` or ``L``.

    A paragraph begins where its direction starts it, at the right end when set right to left,
    at the left when set left to right; most begin with a letter of their own direction. So a
    line whose strong letters at both ends are right to left was set right to left (a label in
    one script only); one with a left-to-right letter at its left end and a right-to-left one
    at its right end may be either (``Date / خیرات``: ``تاریخ / Date`` set right to left or
    ``Date / تاریخ`` set left to right), and is taken as its page is laid out; one with a
    right-to-left letter at its left end and a left-to-right one at its right end begins with
    neither and was set left to right (LibreOffice sets a cell so on a right-to-left sheet:
    ``خيراتلا / Date`` is ``التاريخ / Date``). A line of right-to-left letters beginning with a
    number at its left end was set left to right (a value cell of a right-to-left page set
    ``dir="ltr"``: ``۱٬۲۰۰ ددع`` is ``۱٬۲۰۰ عدد``, the count before its unit). Which direction is taken only decides in which
    order the runs of a mixed line stand; every run's letters are turned right either way."""
    strong = [d for ch in line if (d := _strong(ch))]
    first, last = (strong[0], strong[-1]) if strong else ("", "")
    if first == last == "R":
        # (a number at its left end: set left to right, as a count is written before its unit,
        # ``۱٬۲۰۰ عدد``; set right to left it would stand at the right end)
        # (a stop or a slash at its right end after a letter at its left: set left to right, as a
        # wrapped label's first line ``الوصف /`` of a left-to-right cell is; set right to left the
        # stop would stand at the left end, ``/ الوصف`` drawing ``/ فصولا``)
        ends = line.strip()
        if ends[:1].isdigit() or (
            not _strong(ends[-1]) and not ends[-1].isdigit() and _strong(ends[0]) == "R"
        ):
            return "L"
        return "R"
    if first == "L" and last == "R":
        return "R" if right_to_left_page else "L"
    return "L"


def reading_order(text: str, right_to_left_page: bool = False) -> str:
    """A cell's text as a PDF gives it (each line in its glyphs' order, left to right) in the
    order it is read: ``خیرات/Date`` → ``تاریخ/Date``, ``ןוכשא יול`` → ``לוי אשכון``. A line
    with no right-to-left letter is left as it is; in the others the right-to-left runs are
    turned and each left-to-right run (a word, a number, a date) keeps its order: the Unicode
    bidirectional algorithm (python-bidi) for the direction the line was set in (:func:`_direction`).
    The glyphs' order is not always enough to know the order written: where a line's runs of
    numbers and Latin words stand in another order when set right to left than left to right
    (``5 ךותמ 3`` is ``3 מתוך 5`` or ``5 מתוך 3``; ``350.00- כ"הס`` puts the minus before or
    after its number), :func:`order_unsure` says so and the reader warns on the value."""
    if not has_right_to_left(text) and not (right_to_left_page and latin_with_arabic_digits(text)):
        # (a wrap mark left on a part of a cell with no such letter: a space)
        return text.replace(WRAPPED, " ") if WRAPPED in text else text
    from bidi import get_display

    return "\n".join(
        " ".join(
            get_display(part, base_dir=_direction(part, right_to_left_page))
            if has_right_to_left(part)
            # (Latin words and Arabic-Indic digits on a right-to-left page: set right to left,
            # ``at incoming ٠٤/٠٣/٢٠٢٦ Leak found on`` is ``Leak found on ٠٤/٠٣/٢٠٢٦ at incoming``)
            else get_display(part, base_dir="R")
            if right_to_left_page and latin_with_arabic_digits(part)
            else part
            for part in line.split(WRAPPED)
        )
        for line in text.split("\n")
    )


# an Arabic-Indic digit (U+0660–U+0669: the algorithm's "Arabic number", a run of its own); the
# Persian ones (۰–۹, U+06F0–U+06F9) are "European numbers" to it and stay among Latin words
_ARABIC_DIGIT = lazy_re("[\u0660-\u0669]")
_LATIN_WORD = lazy_re("[A-Za-z]{2}")


def latin_with_arabic_digits(text: str) -> bool:
    """Does ``text`` hold a Latin word and an Arabic-Indic digit (``Leak found on ٠٤/٠٣/٢٠٢٦``,
    not Persian ``۱۴۰۴/۱۲/۱۴``: drawn in place)?
    Set right to left (a right-to-left page's cell), such a line's runs stand in the other order
    in the glyphs' order: the number is a right-to-left run of its own to the algorithm."""
    return (
        max(text, default=" ") >= "\u0660"
        and bool(_ARABIC_DIGIT.search(text))
        and bool(_LATIN_WORD.search(text))
    )


# where a cell's text joins a line wrapped onto the next and either holds right-to-left letters
# (pdf_cells.cell_text): each line is put in reading order on its own, then joined by a space
WRAPPED = "\u2028"


# a digit or a letter written left to right (Latin, Greek, Cyrillic), or an Arabic-Indic digit
_LEFT_TO_RIGHT = lazy_re(r"[0-9A-Za-z\u00c0-\u052f\u0660-\u0669\u06f0-\u06f9]")
_DIGIT = lazy_re(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_SIGNS = "+-\u2212"


def order_unsure(line: str) -> bool:
    """Can the order a line (in its glyphs' order) was written in not be told from its glyphs?
    The bidirectional algorithm draws different texts alike: set right to left, ``מחיר: 1,200.50
    ILS`` and ``מחיר: ILS 1,200.50`` both draw ``ILS 1,200.50 :ריחמ``, ``3 מתוך 5`` draws as ``5
    מתוך 3`` set left to right does, ``סה"כ -350.00`` draws its minus after the number. So a
    line with a right-to-left letter is unsure when two of its words are left to right and one
    of them holds a digit, or a right-to-left word stands between them; when a word mixes
    right-to-left letters with digits or Latin letters (``500-מ``); or when a number has a sign
    at one end (``350.00-``). Sure: one left-to-right word (``תודיחי 12``, ``2026/03/05 م``),
    a phrase of Latin words (``Part No. / ةعطقلا مقر``), right-to-left words only."""
    if not has_right_to_left(line):
        return False
    words = line.split()
    left = [i for i, w in enumerate(words) if not has_right_to_left(w) and _LEFT_TO_RIGHT.search(w)]
    for w in words:
        if has_right_to_left(w) and _LEFT_TO_RIGHT.search(w):
            return True  # (a right-to-left word holding a number or a Latin letter: 500-מ)
        if _DIGIT.search(w) and (w[0] in _SIGNS or w[-1] in _SIGNS) and not has_right_to_left(w):
            return True  # (a sign: before or after its number, as the line was set)
    if len(left) == 1 and _one_run_unsure(words, left[0]):
        return True
    if len(left) < 2:
        return False
    apart = left[-1] - left[0] + 1 != len(left)
    return apart or any(_DIGIT.search(words[i]) for i in left)


# a number in European digits (Arabic-Indic ones are the right-to-left writer's own figures)
_EUROPEAN_NUMBER = lazy_re(r"^[+\-\u2212]?[0-9][0-9.,\u066b\u066c]*$")
_LATIN_LETTER = lazy_re(r"[A-Za-z\u00c0-\u024f]")


def _one_run_unsure(words: list[str], at: int) -> bool:
    """A line of right-to-left words and ONE left-to-right word (``words[at]``) at one of its
    ends, nothing but spaces between them: ``1,200 ةعطق`` is ``1,200 قطعة`` set left to right or
    ``قطعة 1,200`` set right to left, ``GF-3302 ةعطق`` is ``GF-3302 قطعة`` or ``قطعة GF-3302``.
    Unsure when the word is a Latin one (a code, a name: its side is a guess) or a number in
    European digits before the right-to-left run in the glyphs' order (read first only because
    a count is written before its unit, :func:`_direction`). Sure when a stop or a colon tells
    (``Delta Tools :קפס``), when the number stands after the letters (``תודיחי 12``) or is in
    Arabic-Indic digits (``۱٬۲۰۰ ددع``), and on a date (``2026/03/05 م``)."""
    word = words[at]
    if (
        at not in (0, len(words) - 1)
        or len(words) < 2
        or not _RTL_ONLY.match(" ".join(words[:at] + words[at + 1 :]))
    ):
        return False
    if _LATIN_LETTER.search(word):
        return not _STOP_END.search(word)
    return at == 0 and _EUROPEAN_NUMBER.match(word) is not None


# a Latin word ending or beginning in a stop or a colon: its side of the line is told by it
_STOP_END = lazy_re(r"^[.:;,،/]|[.:;,،/]$")


def unsure_lines(text: str, right_to_left_page: bool = False) -> list[str]:
    """The lines of a cell's text (in its glyphs' order) whose written order cannot be told
    (:func:`order_unsure`), each as :func:`reading_order` reads it: the reader warns on a value
    read from one."""
    lines = text.replace(WRAPPED, "\n").split("\n")  # (a wrapped line is a line of the print)
    return [
        reading_order(line, right_to_left_page)
        for line in lines
        if order_unsure(line) or (right_to_left_page and _figures_turned(line))
    ]


def _figures_turned(line: str) -> bool:
    """A line of Latin words and Arabic-Indic figures on a right-to-left page whose runs the
    reading turns about (:func:`reading_order`): set left to right (a cell ``dir="ltr"``), its
    glyphs were in written order already, so the order read is a guess, warned."""
    if has_right_to_left(line) or not latin_with_arabic_digits(line):
        return False
    read = " ".join(reading_order(line, True).split())
    return read != " ".join(line.split()) and not _same_date(read, line)


def _same_date(read: str, glyphs: str) -> bool:
    """Is the line as read a date, and its glyphs' order the same date or none (``5 March ٢٠٢٦``
    and ``٢٠٢٦ March 5``; ``Mar ٠٢, ٢٠٢٦`` and ``٢٠٢٦ ,٠٢ Mar``): a month named, the order read
    changes nothing."""
    date = _date_or_none(read)
    return date is not None and _date_or_none(glyphs) in (None, date)


def _date_or_none(text: str) -> Any:
    from ..values import parse_date

    try:
        return parse_date(text)
    except ValueError:  # (pydantic's error for a text that is no date)
        return None


def unsure_on_pages(cells: Sequence[C], pages: Collection[int]) -> dict[int, set[str]]:
    """Page → the lines of ``cells`` (in their glyphs' order; ``pages``: those laid out right to
    left) whose written order cannot be told (:func:`unsure_lines`), each as the reader has it
    once read in order and turned (its Latin words' stops put back, :func:`unturned_stops`)."""
    out: dict[int, set[str]] = {}
    for c in cells:
        text = getattr(c, "text", None)
        if not isinstance(text, str) or not text:
            continue
        turned = c.page in pages  # type: ignore[attr-defined]
        if not has_right_to_left(text) and not (turned and latin_with_arabic_digits(text)):
            continue
        for line in unsure_lines(text, turned):
            out.setdefault(c.page, set()).add(unturned_stops(line) if turned else line)  # type: ignore[attr-defined]
    return out


def in_reading_order(cells: list[C], pages: Collection[int]) -> list[C]:
    """``cells`` (anything with a page and a text, maybe a ``cut`` line) each in the order it is
    read (:func:`reading_order`); ``pages``: the pages laid out right to left (:func:`right_to_left`).
    The list itself when no cell holds a right-to-left letter."""
    out: list[C] | None = None
    for i, c in enumerate(cells):
        text = getattr(c, "text", None)
        if not isinstance(text, str) or (read := reading_order(text, c.page in pages)) == text:  # type: ignore[attr-defined]
            continue
        if out is None:
            out = list(cells)
        cut = getattr(c, "cut", None)
        if isinstance(cut, str) and cut:
            out[i] = replace(c, text=read, cut=reading_order(cut, c.page in pages))  # type: ignore[type-var,attr-defined]
        else:
            out[i] = replace(c, text=read)  # type: ignore[type-var]
    return cells if out is None else out


# ------------------------------------------------------------------------------ lost letters
# What a glyph with no ToUnicode entry leaves (a Nastaliq font's joined forms: the print shows
# the letter, the text layer holds none): U+FFFD, never dropped nor read as another letter.
NO_TEXT = "\ufffd"

# a letter or mark of the Arabic script (Arabic, Persian, Urdu; the presentation forms)
_ARABIC = "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
# what no word of Arabic letters holds, glued to its letters: a Latin, Greek, Cyrillic, Armenian
# or Hebrew letter or sign, Syriac, Thaana, NKo, an Indic, Cherokee or Canadian syllabic letter
# (U+0900–U+1FFF); a control or a private-use point. PDFium gives a glyph with no ToUnicode entry
# as its glyph number (``سوزձیک``, ``پا׃``: glyphs 0x571, 0x5C3 of an Urdu print). ASCII aside: a
# unit typed onto a word (``عددPCS``) is text, and a glyph number under 128 a Latin glyph's
_FOREIGN = (
    "\u00c0-\u05ff\u0700-\u074f\u0780-\u085f\u0900-\u1fff\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff"
)
_ARABIC_RUN = lazy_re(f"[{_ARABIC}{_FOREIGN}]*[{_ARABIC}][{_ARABIC}{_FOREIGN}]*")
_FOREIGN_CHAR = lazy_re(f"[{_FOREIGN}]")
# C0 controls PDFium gives a font's glyph numbers as (not ``\x00``, the reader's own mark)
_CONTROL = lazy_re("[\x01-\x08\x0b\x0c\x0e-\x1f]")


def lost_letters(text: str, unmapped: Collection[int] = ()) -> str:
    """``text`` (a page's, as PDFium gives it) with each glyph that has no text as
    :data:`NO_TEXT`: those at ``unmapped`` (PDFium says their ToUnicode map has none), C0
    controls (glyph numbers below 32), and the letters of another script glued into a word of
    Arabic letters (glyph numbers PDFium took for characters: ``سوزձیک`` → ``سوز�یک``). The
    reader then warns on a value holding one (``letter_without_text``)."""
    chars: list[str] | None = None
    for i in unmapped:
        if not text[i].isspace() and text[i] not in "\x00\ufffe":
            chars = chars or list(text)
            chars[i] = NO_TEXT
    for m in _CONTROL.finditer(text):
        chars = chars or list(text)
        chars[m.start()] = NO_TEXT
    if max(text, default=" ") >= "\u0610":
        for run in _ARABIC_RUN.finditer(text):
            for f in _FOREIGN_CHAR.finditer(run[0]):
                chars = chars or list(text)
                chars[run.start() + f.start()] = NO_TEXT
    return text if chars is None else "".join(chars)


def words_read(words: Sequence[C]) -> list[str]:
    """The texts of ``words`` (anything with a page, a top, x0, x1 and a text; in the order
    given, line by line) each in the order it is read (:func:`reading_order`), the words of a
    line whose right end is right-to-left text taken from the right: what a message quotes of a
    page (``رقم الشكوى GC-26-0417`` as written, never ``GC-26-0417 ىوكشلا مقر``)."""
    texts = [getattr(w, "text", "") for w in words]
    if not any(has_right_to_left(t) for t in texts):
        return texts
    lines: list[list[Any]] = []
    for w in words:
        last = lines[-1][-1] if lines else None
        if last is not None and last.page == w.page and abs(last.top - w.top) < _ROW:  # type: ignore[attr-defined]
            lines[-1].append(w)
        else:
            lines.append([w])
    out: list[str] = []
    for line in lines:
        turned = has_right_to_left(max(line, key=lambda w: w.x1).text)
        out += [reading_order(w.text, turned) for w in sorted(line, key=lambda w: -w.x1 if turned else w.x0)]
    return out
