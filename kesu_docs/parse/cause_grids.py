"""D4's cause written as an analysis grid, not as a cause line: a 5-Why table or a fishbone list.

Real 8D reports often give the root cause only through the analysis that found it:

- a **5-Why table** — rows ``Why 1`` … ``Why 5`` (为什么 1, 1st Why), each with its question and
  its answer: the occurrence cause is the **last answered why** (the chain stops where the
  cause is found; the rows after it stay empty);
- a **fishbone list** — one row per category of the 6M (人 / 機 / 料 / 法 / 環 / 測, Man /
  Machine / Material / Method / Environment / Measurement), what was checked and a verdict
  (``○ 要因`` / ``× 非要因``): the occurrence cause is the text of each row judged a cause.

Read only when the reader found no occurrence cause of its own. What the grid's cells gave
other fields by their words (a ``Why 1`` label read as 5W2H's *why*, a ``× 非要因`` verdict
read as a yes/no under ``判定``) is taken back: the grid's cells belong to the cause.
The cause read is shown for checking when the grid leaves a doubt (a why answered after an
empty one, two rows judged causes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import value_paths
from ..lazy_re import lazy_re
from ..values import halfwidth
from .boxes import Box, Provenance, Reading

CAUSES = "root_cause"  # DOMAIN §5.2: D4's causes, each {type, cause, verified}
OCCURRENCE = "occurrence"
SURE = 0.8  # a grid read by its rule: as sure as a label naming the field
DOUBT = 0.6  # a grid whose reading leaves a doubt: shown for checking

_CN_DIGITS = "一二三四五六七"
# Why 1, Why-2, Why #3, 1st Why, 为什么1, 第一个为什么, なぜ1
_WHY = lazy_re(
    r"(?i)^\s*(?:(?:why|为什么|為什麼|なぜ)\s*[-#№]?\s*(?P<a>[1-7一二三四五六七])"
    r"|(?P<b>[1-7])\s*(?:st|nd|rd|th)?\s*why"
    r"|第\s*(?P<c>[1-7一二三四五六七])\s*(?:个|個|次)?\s*(?:为什么|為什麼|why))"
    r"\s*[:：.)）]?\s*$"
)
_QUESTION = lazy_re(r"[?？]\s*$")
# a column over the answers: 回答, 答案, 原因, Answer, Because
_ANSWER_HEAD = lazy_re(r"(?i)^\s*(?:回答|答案|答复|答覆|原因|answer|answers|because|reason)\s*[:：]?\s*$")
# the 6M's categories, one a row
_FACTOR = lazy_re(
    r"(?i)^\s*(?:人|人员|人員|机|機|机器|機器|设备|設備|料|材料|物料|法|方法|环|環|环境|環境|测|測|测量|測量|"
    r"man|manpower|people|machine|machinery|material|materials|method|methods|environment|"
    r"mother\s*nature|measurement|measurements)\s*[:：]?\s*$"
)
# a verdict on one category: ○ 要因 (a cause) / × 非要因 (none)
_IS_CAUSE = lazy_re(
    r"(?i)^\s*(?:[○◯●✓√☑✔]\s*(?:要因|主因|真因|原因|root\s*cause|cause)?|(?:要因|主因|真因|root\s*cause)|是|yes|y)\s*$"
)
_NOT_CAUSE = lazy_re(
    r"(?i)^\s*(?:[×xX✗✘☐□]\s*(?:非要因|非主因|非原因|not\s*(?:a\s*)?cause)?|非要因|非主因|否|no|n)\s*$"
)


def _number(m: re.Match[str]) -> int:
    digit = m["a"] or m["b"] or m["c"]
    return int(digit) if digit.isdigit() else _CN_DIGITS.index(digit) + 1


def _text(box: Box) -> str:
    return halfwidth(box.text).strip() if isinstance(box.text, str) else ""


def _band(row: Box, boxes: Sequence[Box]) -> list[Box]:
    """The non-empty boxes on ``row``'s line right of it, left to right."""
    return sorted(
        (b for b in boxes if b is not row and not b.empty and b.x0 >= row.x1 - 1e-6 and b.same_band(row)),
        key=lambda b: b.x0,
    )


def _why_chain(boxes: Sequence[Box]) -> tuple[list[Box], list[tuple[int, Box]]] | None:
    """The grid's cells and its answered whys (number, answer) in order; None when the page
    holds no 5-Why table (two rows ``Why n`` at least, numbered apart)."""
    rows: dict[int, Box] = {}
    for b in boxes:
        if not b.empty and (m := _WHY.match(_text(b))):
            rows.setdefault(_number(m), b)
    if len(rows) < 2:
        return None
    heads = [b for b in boxes if not b.empty and _ANSWER_HEAD.match(_text(b))]
    cells: list[Box] = list(rows.values())
    answered: list[tuple[int, Box]] = []
    for n in sorted(rows):
        band = _band(rows[n], boxes)
        cells += band
        under = [b for b in band if any(h.y1 <= b.y0 + 1e-6 and b.overlaps_x(h.x0, h.x1) for h in heads)]
        answers = under or [b for b in band if not _QUESTION.search(_text(b))]
        answers = [b for b in answers if _text(b) and not _WHY.match(_text(b))]
        if answers:
            answered.append((n, answers[-1]))
    return (cells, answered) if answered else None


def _last_why(cells: Sequence[Any], answered: list[tuple[int, Any]]) -> tuple[Any, Any, float]:
    """(answer, its row's ``Why n`` label, how sure) of the last answered why: doubtful when a
    why was skipped."""
    numbers = [n for n, _b in answered]
    gap = numbers != list(range(numbers[0], numbers[0] + len(numbers)))  # a why skipped
    n, answer = answered[-1]
    label = next(b for b in cells if (m := _WHY.match(_text(b))) and _number(m) == n)
    return answer, label, DOUBT if gap else SURE


def last_why(boxes: Sequence[Any]) -> tuple[Any, Any, float] | None:
    """The 5-Why table's occurrence cause on a page of boxes (the generic reader's or a layout
    profile's, each with ``text``, ``empty``, ``same_band``, ``overlaps_x`` and its edges): (the
    last answered why's answer box, its ``Why n`` box, how sure), None without a 5-Why table.
    The one rule for a chain that grows or shrinks from one copy to the next."""
    chain = _why_chain(boxes)
    return None if chain is None else _last_why(*chain)


def why_grid(boxes: Sequence[Any]) -> tuple[list[Any], tuple[Any, Any, float] | None]:
    """A 5-Why table from one look at the boxes (a layout profile asks both): its questions and
    answers (its cells but the ``Why n`` labels: this copy's words, never a label of the layout)
    and its :func:`last_why`; ``([], None)`` without one."""
    chain = _why_chain(boxes)
    if chain is None:
        return [], None
    return [b for b in chain[0] if not _WHY.match(_text(b))], _last_why(*chain)


def _fishbone(boxes: Sequence[Box]) -> tuple[list[Box], list[Box], bool] | None:
    """The grid's cells, the texts of the rows judged causes, and whether every row was judged;
    None when the page holds no 6M list with verdicts (four categories at least)."""
    factors = [b for b in boxes if not b.empty and _FACTOR.match(_text(b))]
    if len(factors) < 4:
        return None
    cells: list[Box] = []
    causes: list[Box] = []
    judged = 0
    for factor in factors:
        band = _band(factor, boxes)
        verdicts = [b for b in band if _IS_CAUSE.match(_text(b)) or _NOT_CAUSE.match(_text(b))]
        texts = [b for b in band if b not in verdicts and _text(b)]
        cells += [factor, *band]
        if not verdicts:
            continue
        judged += 1
        if _IS_CAUSE.match(_text(verdicts[-1])) and texts:
            causes.append(max(texts, key=lambda b: len(_text(b))))
    if judged < 4 or not causes:
        return None
    return cells, causes, judged == len(factors)


def _has_occurrence(values: dict[str, Any]) -> bool:
    rows = values.get(CAUSES)
    return isinstance(rows, list) and any(
        isinstance(r, dict) and r.get("type") == OCCURRENCE and r.get("cause") for r in rows
    )


def read_cause_grids(reading: Reading, boxes: Sequence[Box], spec: Any) -> None:
    """The occurrence cause from a 5-Why table or a fishbone list (see the module's doc), in place."""
    if CAUSES not in spec.fields or _has_occurrence(reading.values):
        return
    chain = _why_chain(boxes)
    found: list[tuple[Box, Box, float]] = []  # (answer, its row's label, how sure)
    cells: list[Box] = []
    if chain is not None:
        cells, answered = chain
        found.append(_last_why(cells, answered))
    else:
        bone = _fishbone(boxes)
        if bone is None:
            return
        cells, causes, all_judged = bone
        sure = SURE if len(causes) == 1 and all_judged else DOUBT
        for answer in causes:
            label = next((b for b in cells if _FACTOR.match(_text(b)) and answer.same_band(b)), answer)
            found.append((answer, label, sure))
    _take_back(reading, cells)
    rows = reading.values.get(CAUSES)
    if not isinstance(rows, list):
        rows = reading.values[CAUSES] = []
    for answer, label, sure in found:
        i = len(rows)
        rows.append({"type": OCCURRENCE, "cause": answer.text.strip()})
        for member in ("cause", "type"):
            path = f"{CAUSES}[{i}].{member}"
            reading.where[path] = answer.location
            reading.provenance[path] = Provenance(
                answer.location, label.text, label.location, sure, "cause-grid"
            )
        reading.where.setdefault(CAUSES, label.location)
    inside = {id(b) for b in cells}
    reading.unread[:] = [b for b in reading.unread if id(b) not in inside]


def _take_back(reading: Reading, cells: Sequence[Box]) -> None:
    """Values other fields read from the grid's cells (by their words: ``Why 1`` as 5W2H's why,
    ``× 非要因`` as a yes/no) are no answers of theirs: taken back."""
    places = {b.location for b in cells}
    taken = set()
    for path, prov in list(reading.provenance.items()):
        if path.startswith(CAUSES) or prov.location not in places:
            continue
        value_paths.put(reading.values, path, None)
        reading.provenance.pop(path, None)
        reading.where.pop(path, None)
        taken.add(path)
    reading.problems[:] = [p for p in reading.problems if p.field not in taken]
