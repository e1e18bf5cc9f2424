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
- it starts and ends on the words it crosses (within half a letter): a ruled line that runs
  through a text printed out of register reaches far past it, and is left alone.

The letters under the line are found from their share of the word's width (a CJK letter is two
shares, any other one): a word holds no letter positions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..problems import Problem
from ..validation import labels_for
from .pdf_text import Rule, Word

# where a strike crosses a word, as a share of its height from the top (see the module's notes)
STRIKE_BAND = (0.3, 0.75)
SAME_LINE = 0.6  # points: pieces of one strike drawn one after the other stand this close in y
JOIN_GAP = 1.5  # points between the pieces of one strike drawn per text run


@dataclass(frozen=True)
class Struck:
    """Letters taken out of a word: what they were and where they stood."""

    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


def _strokes(rules: Sequence[Rule]) -> list[Rule]:
    """Thin horizontal lines, pieces drawn end to end on one line joined into one stroke."""
    flat = sorted(
        (r for r in rules if not r.fill and r.top == r.bottom and r.x1 > r.x0),
        key=lambda r: (r.page, r.top, r.x0),
    )
    out: list[Rule] = []
    for r in flat:
        i = next((i for i, s in enumerate(out) if _end_to_end(s, r)), None)
        if i is None:
            out.append(r)
        else:
            out[i] = replace(out[i], x0=min(out[i].x0, r.x0), x1=max(out[i].x1, r.x1))
    return out


def _end_to_end(a: Rule, b: Rule) -> bool:
    """Two pieces of one line: on the same height, touching or overlapping."""
    return (
        a.page == b.page
        and abs(a.top - b.top) <= SAME_LINE
        and b.x0 <= a.x1 + JOIN_GAP
        and b.x1 >= a.x0 - JOIN_GAP
    )


def _shares(text: str) -> list[float]:
    """Each letter's share of the word's width: CJK and full-width letters two, others one."""
    return [2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text]


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


def _letters_under(word: Word, stroke: Rule) -> list[bool] | None:
    """Which letters of the word the stroke covers; None when its ends fall inside letters (a
    line through the text that is no strike of whole letters)."""
    shares = _shares(word.text)
    unit = (word.x1 - word.x0) / (sum(shares) or 1.0)
    slack = unit * 0.45
    if stroke.x0 < word.x0 - 2 * unit or stroke.x1 > word.x1 + 2 * unit:
        return None  # reaches past the word: a ruled line, not a strike of it
    edges, x = [word.x0], word.x0
    for s in shares:
        x += s * unit
        edges.append(x)
    if not any(abs(stroke.x0 - e) <= slack for e in edges) or not any(
        abs(stroke.x1 - e) <= slack for e in edges
    ):
        return None
    return [stroke.x0 - slack / 2 <= (a + b) / 2 <= stroke.x1 + slack / 2 for a, b in zip(edges, edges[1:])]


def without_struck(words: list[Word], rules: list[Rule]) -> tuple[list[Word], list[Rule], list[Struck]]:
    """The words with their struck letters taken out (a word all struck is gone), the rules
    without the strikes (they are no borders), and what was taken out."""
    strokes = [s for s in _strokes(rules) if s.x1 - s.x0 > 1.0]
    if not strokes:
        return words, rules, []
    kept: list[Word] = []
    struck: list[Struck] = []
    used: set[tuple[int, float, float]] = set()
    for word in words:
        marks = [False] * len(word.text)
        for stroke in strokes:
            if not _through(word, stroke):
                continue
            under = _letters_under(word, stroke)
            if under is not None and any(under):
                marks = [m or u for m, u in zip(marks, under)]
                used.add((stroke.page, stroke.top, stroke.x0))
        if not any(m and not ch.isspace() for m, ch in zip(marks, word.text)):
            kept.append(word)
            continue
        gone = "".join(ch for ch, m in zip(word.text, marks) if m).strip()
        struck.append(Struck(gone, word.page, word.x0, word.top, word.x1, word.bottom))
        rest = " ".join("".join(ch if not m else " " for ch, m in zip(word.text, marks)).split())
        if rest:
            kept.append(replace(word, text=rest))
    if not struck:
        return words, rules, []
    lines = [r for r in rules if not any(_part_of(r, key) for key in used)]
    return kept, lines, struck


def _part_of(rule: Rule, stroke: tuple[int, float, float]) -> bool:
    """The rule is (a piece of) the stroke that struck letters out."""
    page, top, x0 = stroke
    return (
        rule.page == page and rule.top == rule.bottom and abs(rule.top - top) <= SAME_LINE and rule.x1 >= x0
    )


def struck_warnings(
    spec: Any, values: dict[str, Any], where: dict[str, str], boxes: Sequence[Any], struck: Sequence[Struck]
) -> list[Problem]:
    """A warning on each field read from a box that had letters struck out of it: what was left
    out and what was read (the clerk checks the correction)."""
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
        page = int(place[1:].partition("#")[0]) if place.startswith("p") else 0
        here = [s for s in struck if s.page == page and _inside(s, box)]
        said.update(here)
        gone = [s.text for s in here]
        if not gone:
            continue
        zh, en = labels_for(spec, path)
        value = value_paths.get(values, path)
        params = {
            "location": place.partition("#")[0],
            "struck": " ".join(gone),
            "value": "" if value is None else str(value),
        }
        out.append(Problem("value_struck_corrected", path, zh, en, place, "warning", params))
    # struck with nothing typed after it (or no field read there): said on its page, never lost unsaid
    for s in struck:
        if s not in said:
            out.append(
                Problem(
                    "struck_text_left_out",
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
