"""Captions printed the way real forms print them, read as one label.

A caption in two languages on two lines of one cell (``Prepared by`` over ``填写人``,
``客户名称`` over ``Customer``) is one label, not a label over its value; a shaded caption
cell longer than a short word, or on two lines, is a label too (a layout cue).
"""

from __future__ import annotations

import re
from typing import Any

from ..problems import Problem
from .vocab import Vocabulary, label_like

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def caption_lines(text: str) -> list[str] | None:
    """The lines of a caption printed in two scripts on two or three lines, each line
    label-like (one Latin, one Chinese at least); None for anything else."""
    if not isinstance(text, str) or "\n" not in text:
        return None
    lines = [ln.strip() for ln in text.replace("\r", "").split("\n") if ln.strip()]
    if not 2 <= len(lines) <= 3 or re.search(r"\d", text):
        return None
    if not all(len(ln) <= 30 and label_like(ln) for ln in lines):
        return None
    latin = [ln for ln in lines if _LATIN.search(ln) and not _CJK.search(ln)]
    chinese = [ln for ln in lines if _CJK.search(ln) and not _LATIN.search(ln)]
    return lines if latin and chinese else None


def caption_candidates(vocab: Vocabulary, lines: list[str]) -> tuple[tuple[str, float, str], ...]:
    """The fields a bilingual caption may label: each line read alone, a field named by two
    lines (the caption and its translation) at the best of its lines' scores."""
    best: dict[str, tuple[float, str]] = {}
    for line in lines:
        for path, score, key in vocab.candidates(line):
            if path not in best or score > best[path][0]:
                best[path] = (score, key)
    return tuple(sorted(((p, s, k) for p, (s, k) in best.items()), key=lambda c: -c[1]))


def shaded_caption(text: str, filled: bool) -> bool:
    """A shaded cell's text without figures, up to two short lines: a caption."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return (
        filled and 0 < len(lines) <= 2 and all(len(ln) <= 30 for ln in lines) and not re.search(r"\d", text)
    )


# ---------------------------------------------------------------------------------- tick boxes
def ticked_known(meta: Any, raw: Any, value: Any, path: str, location: str) -> tuple[Any, list[Problem]]:
    """A line of tick boxes for a several-choice field (``☒ Replacement ☐ Credit ☒ 8D report``)
    with a ticked word that is none of the field's options: the options that are known are the
    value, the unknown word is warned (``ticked_option_unknown``), never dropped silently. A
    one-choice field with two ticks is left as printed, for validation to report."""
    from ..values import checked_options, halfwidth
    from .compound import _option

    if meta.kind != "terms" or meta.term is None or not isinstance(value, str) or not isinstance(raw, str):
        return value, []
    ticked = checked_options(halfwidth(raw).strip())
    if not ticked:
        return value, []
    found = [(word, _option(meta.term, word)) for word in ticked]
    known = [m.value for _, m in found if m is not None]
    unknown = [w for w, m in found if m is None]
    if not known or not unknown:
        return value, []
    warning = Problem(
        "ticked_option_unknown",
        path,
        location=location,
        severity="warning",
        params={"value": raw.strip()[:40], "words": "、".join(unknown)},
    )
    return list(dict.fromkeys(known)), [warning]


def stacked_headers(
    bands: list[list[Any]], hits: dict[int, dict[str, Any]], vocab: Any, used: set[int]
) -> None:
    """A two-row table header whose lower names mean something only with the upper one
    (``Quantity`` over ``Authorized | Received``, ``数量`` over ``核定 | 实退``): each lower box
    under a wider upper box is read as the two together, when neither names the column alone.
    Found columns are added to ``hits`` (band index → column → (box, score)) in place."""
    for i in range(len(bands) - 1):
        if i in used or i + 1 in used:
            continue
        for low in bands[i + 1]:
            if (
                low.empty
                or not isinstance(low.value, str)
                or any(b is low for b, _s in hits.get(i + 1, {}).values())
            ):
                continue
            width = low.x1 - low.x0
            for up in bands[i]:
                if (
                    up.empty
                    or not isinstance(up.value, str)
                    or up.x0 > low.x0 + 1e-6
                    or up.x1 < low.x1 - 1e-6
                    or up.x1 - up.x0 < 1.5 * width
                ):
                    continue
                found = [
                    m
                    for t in (f"{up.text} {low.text}", f"{low.text} {up.text}")
                    if (m := vocab.match(t)) is not None
                ]
                if not found:
                    continue
                col, score, _key = max(found, key=lambda m: m[1])
                if score < 0.85:
                    continue
                row = hits.setdefault(i + 1, {})
                if col not in row or row[col][1] < score:
                    row[col] = (low, score)


_LEAD = re.compile(r"^\s*([^:：\d]{1,16})[:：]\s*(\S.*)$")


def worded_lines(text: str, vocab: Vocabulary, columns: tuple[Vocabulary, ...] = ()) -> bool:
    """A text area whose every line starts with its own word and a colon (``What: wiper arm
    rattles…`` / ``Where: Lansing final line…``) where none of the words is a label of the form:
    one answer written in parts, kept whole, not labels with values."""
    lines = [ln for ln in text.replace("\r", "").split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    for line in lines:
        m = _LEAD.match(line)
        if m is None:
            return False
        rest = m[2].strip()
        if len(re.findall(r"[A-Za-z]+|[\u3400-\u9fff]", rest)) < 3:
            return False  # "电话：0512-…": a contact's parts, not sentences
        if any((f := v.match(m[1])) is not None and f[1] >= 0.6 for v in (vocab, *columns)):
            return False
    return True
