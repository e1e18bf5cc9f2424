"""Words struck through on a printed form: a correction kept visible, the old value crossed out.

A clerk who corrects a value in Excel often strikes the old one through and types the new one
after it (``~~48~~ 52``); printed to PDF, the strike is a thin horizontal line drawn through the
middle of the old word's letters. The struck letters are no value: they are taken out of the
words before the form is read, and the field read where they stood says what was left out
(never silent: a clerk checks that the correction was meant).

What makes a line a strike and not a border or an underline:

- it is thin and horizontal, and crosses the letters at mid-height (between a third and three
  quarters of the word's height from its top): an underline or a fill-in line lies at or below
  the baseline, a cell border above or below the text;
- each of its ends lies at the edge of a letter (within :data:`EDGE_SLACK` of a line's height)
  or in the space between two words it crosses: a strike is drawn over whole letters.

Where each letter stands is asked of the PDF (:class:`.pdf_text.LetterBoxes`: PDFium's box of
each character), only for the words a line crosses: letters are as wide as their glyphs, so a
word's width shared out equally among them puts their edges points off (``Fan Connector``: the
strike's end fell 2.8 pt from the nearest guess, and the correction was read with the old value).

A line through the letters that is no strike of whole letters (an end inside a letter, the
letters not found) is not guessed at either way: the text is read as printed and the field read
there says a line runs through it (``value_struck``). Only a ruled line that runs on over blank
paper (a border the text was printed over out of register) is left unsaid.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..problems import Problem
from ..validation import labels_for
from .boxes import page_number
from .pdf_text import Rule, Word

# where a strike crosses a word, as a share of its height from the top (see the module's notes)
STRIKE_BAND = (0.3, 0.75)
SAME_LINE = 0.6  # points: pieces of one strike drawn one after the other stand this close in y
JOIN_GAP = 1.5  # points between the pieces of one strike drawn per text run
# a strike's end stands this close to a letter's edge (share of the line's height): LibreOffice
# draws it 0.6 pt past the letters of 9 pt text; an end deeper in a letter cuts the letter
EDGE_SLACK = 0.12
# a line running over blank paper this far (line heights) is a ruled line, not a strike
RULED_BLANK = 1.0  # (a strike reaches past its letters by a fraction of one: 0.6 pt, LibreOffice)

# each non-space letter's left and right edge, in the word's order; None when they are unknown
Letters = Callable[[Word], Sequence[tuple[float, float]] | None]


def no_letters(word: Word) -> None:
    """No letter positions to be had (words that come from no PDF): every line through
    letters is a doubt, said on its field, never a strike guessed at."""
    return None


@dataclass(frozen=True)
class Struck:
    """Letters taken out of a word: what they were and where they stood. ``sure`` False: a
    line runs through the word but strikes no whole letters; the word was read as printed."""

    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    sure: bool = True


def _strokes(rules: Sequence[Rule]) -> list[Rule]:
    """Thin horizontal lines, pieces drawn end to end on one line joined into one stroke."""
    flat = sorted(
        (r for r in rules if not r.fill and r.top == r.bottom and r.x1 > r.x0),
        key=lambda r: (r.page, r.top, r.x0),
    )
    out: list[Rule] = []
    for r in flat:
        i = next((i for i in _same_height(out, r) if _end_to_end(out[i], r)), None)
        if i is None:
            out.append(r)
        else:
            out[i] = replace(out[i], x0=min(out[i].x0, r.x0), x1=max(out[i].x1, r.x1))
    return out


def _same_height(out: list[Rule], r: Rule) -> Iterator[int]:
    """The strokes made so far that may join ``r``: the last ones, as far back as they lie on
    its page and height (made in page and height order: a page of thousands of short lines
    is no longer compared line with line)."""
    i = len(out) - 1
    while i >= 0 and out[i].page == r.page and r.top - out[i].top <= SAME_LINE:
        i -= 1
    return iter(range(i + 1, len(out)))


def _end_to_end(a: Rule, b: Rule) -> bool:
    """Two pieces of one line: on the same height, touching or overlapping."""
    return (
        a.page == b.page
        and abs(a.top - b.top) <= SAME_LINE
        and b.x0 <= a.x1 + JOIN_GAP
        and b.x1 >= a.x0 - JOIN_GAP
    )


def _through(word: Word, stroke: Rule) -> bool:
    """The stroke crosses the word at mid-height and overlaps it."""
    height = word.bottom - word.top
    low, high = STRIKE_BAND
    return (
        stroke.page == word.page
        and word.top + low * height <= stroke.top <= word.top + high * height
        and stroke.x0 < word.x1
        and stroke.x1 > word.x0
    )


def _crossings(words: Sequence[Word], strokes: list[Rule]) -> dict[int, list[int]]:
    """Stroke index → the indices of the words it crosses at mid-height (strokes sorted by
    page and height: each word looks only at the strokes of its own band)."""
    keys = [(s.page, s.top) for s in strokes]
    low, high = STRIKE_BAND
    out: dict[int, list[int]] = {}
    for i, word in enumerate(words):
        height = word.bottom - word.top
        first = bisect.bisect_left(keys, (word.page, word.top + low * height))
        last = bisect.bisect_right(keys, (word.page, word.top + high * height))
        for k in range(first, last):
            if _through(word, strokes[k]):
                out.setdefault(k, []).append(i)
    return out


def _at_an_edge(x: float, letters: Sequence[tuple[float, float]], slack: float) -> bool:
    """``x`` lies at a letter's edge (within ``slack``) or between two letters (a space), not
    inside a letter nor out beyond the first and last one."""
    if not letters or x < letters[0][0] - slack or x > letters[-1][1] + slack:
        return False
    return not any(a + slack < x < b - slack for a, b in letters)


def _ruled(stroke: Rule, crossed: Sequence[Word], height: float) -> bool:
    """The line runs over blank paper for more than :data:`RULED_BLANK` line heights (past the
    text it crosses, or between two of its words): a ruled line the text was printed over. A
    strike is drawn over a run of text and no further."""
    spans = sorted((w.x0, w.x1) for w in crossed)
    reach = RULED_BLANK * height
    if stroke.x0 < spans[0][0] - reach or stroke.x1 > max(b for _, b in spans) + reach:
        return True
    right = spans[0][1]
    for a, b in spans[1:]:
        if a - right > reach:
            return True
        right = max(right, b)
    return False


def _letter_count(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def _marks(text: str, letters: Sequence[tuple[float, float]], stroke: Rule) -> list[bool]:
    """Which characters of ``text`` the stroke covers: its letters whose middle lies under it,
    and a space between two covered letters."""
    covered = iter([stroke.x0 <= (a + b) / 2 <= stroke.x1 for a, b in letters])
    marks = [False if ch.isspace() else next(covered) for ch in text]
    for i, ch in enumerate(text):
        if ch.isspace():
            before = next((m for c, m in zip(text[i::-1], marks[i::-1]) if not c.isspace()), False)
            after = next((m for c, m in zip(text[i:], marks[i:]) if not c.isspace()), False)
            marks[i] = before and after
    return marks


def without_struck(
    words: list[Word], rules: list[Rule], letters: Letters = no_letters
) -> tuple[list[Word], list[Rule], list[Struck]]:
    """The words with their struck letters taken out (a word all struck is gone), the rules
    without the strikes (they are no borders), and what was taken out; a line through letters
    that strikes none whole is in the last list too, not ``sure`` (its word kept whole).
    ``letters``: each letter's edges, asked only for the words a line crosses."""
    strokes = [s for s in _strokes(rules) if s.x1 - s.x0 > 1.0]
    crossings = _crossings(words, strokes) if strokes else {}
    if not crossings:
        return words, rules, []
    edges: dict[int, Sequence[tuple[float, float]] | None] = {}
    marks: dict[int, list[bool]] = {}
    doubts: set[int] = set()
    used: list[Rule] = []
    for k, crossed in crossings.items():
        stroke = strokes[k]
        height = max(words[i].bottom - words[i].top for i in crossed)
        if _ruled(stroke, [words[i] for i in crossed], height):
            continue  # (told from the words' own boxes: a border's letters are never asked for)
        for i in crossed:
            if i not in edges:
                edges[i] = letters(words[i])
        found = [edges[i] for i in crossed]
        if any(e is None or len(e) != _letter_count(words[i].text) for i, e in zip(crossed, found)):
            doubts.update(crossed)  # the letters are not known: no guess, said on the field
            continue
        line = sorted((x for e in found if e is not None for x in e), key=lambda ab: ab[0])
        slack = EDGE_SLACK * height
        if not (_at_an_edge(stroke.x0, line, slack) and _at_an_edge(stroke.x1, line, slack)):
            doubts.update(crossed)
            continue
        hit = False
        for i, e in zip(crossed, found):
            assert e is not None
            under = _marks(words[i].text, e, stroke)
            if any(under):
                hit = True
                old = marks.get(i, [False] * len(under))
                marks[i] = [m or u for m, u in zip(old, under)]
        if hit:
            used.append(stroke)
        else:
            doubts.update(crossed)
    kept: list[Word] = []
    struck: list[Struck] = []
    for i, word in enumerate(words):
        if i in doubts:  # (said even where another line struck some of its letters)
            struck.append(Struck(word.text, word.page, word.x0, word.top, word.x1, word.bottom, sure=False))
        mark = marks.get(i)
        if mark is None or not any(m and not ch.isspace() for m, ch in zip(mark, word.text)):
            kept.append(word)
            continue
        gone = "".join(ch for ch, m in zip(word.text, mark) if m).strip()
        struck.append(Struck(gone, word.page, word.x0, word.top, word.x1, word.bottom))
        rest = " ".join("".join(ch if not m else " " for ch, m in zip(word.text, mark)).split())
        if rest:
            kept.append(replace(word, text=rest))
    if not struck:
        return words, rules, []
    lines = [r for r in rules if not any(_part_of(r, stroke) for stroke in used)]
    return kept, lines, struck


def _part_of(rule: Rule, stroke: Rule) -> bool:
    """The rule is (a piece of) the stroke that struck letters out: on its line and within its
    extent (a border further along the same line is no part of it)."""
    return (
        rule.page == stroke.page
        and rule.top == rule.bottom
        and abs(rule.top - stroke.top) <= SAME_LINE
        and rule.x0 >= stroke.x0 - JOIN_GAP
        and rule.x1 <= stroke.x1 + JOIN_GAP
    )


def struck_warnings(
    spec: Any, values: dict[str, Any], where: dict[str, str], boxes: Sequence[Any], struck: Sequence[Struck]
) -> list[Problem]:
    """A warning on each field read from a box that had letters struck out of it: what was left
    out and what was read (the clerk checks the correction); ``value_struck`` where a line runs
    through letters it strikes none of whole (read as printed: the clerk checks it)."""
    from .. import value_paths

    if not struck:
        return []
    at = {b.location: b for b in boxes}
    out: list[Problem] = []
    said: set[Struck] = set()
    for path, place in where.items():
        box = at.get(place) if path else None
        if box is None:
            continue
        page = page_number(place)
        here = [s for s in struck if s.page == page and _inside(s, box)]
        said.update(here)
        zh, en = labels_for(spec, path)
        location = place.partition("#")[0]
        if any(not s.sure for s in here):
            out.append(Problem("value_struck", path, zh, en, place, "warning", {"location": location}))
        gone = [s.text for s in here if s.sure]
        if not gone:
            continue
        value = value_paths.get(values, path)
        params = {
            "location": location,
            "struck": " ".join(gone),
            "value": "" if value is None else str(value),
        }
        out.append(Problem("value_struck_corrected", path, zh, en, place, "warning", params))
    # struck with nothing typed after it (or no field read there): said on its page, never lost unsaid
    for s in struck:
        if s not in said:
            out.append(
                Problem(
                    "struck_text_left_out" if s.sure else "line_through_text",
                    location=f"p{s.page}",
                    severity="warning",
                    params={"struck": s.text, "location": f"p{s.page}"},
                )
            )
    return out


def _inside(s: Struck, box: Any) -> bool:
    """The struck letters stood in the box (their middle inside it)."""
    x, y = (s.x0 + s.x1) / 2, (s.top + s.bottom) / 2
    return box.x0 - 1 <= x <= box.x1 + 1 and box.y0 - 1 <= y <= box.y1 + 1
