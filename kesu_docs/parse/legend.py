"""Value boxes that carry only a number, their labels in a legend (``欄位說明``): ``①`` beside
a value and, elsewhere on the sheet, ``① 客戶名稱`` saying what ① is (a number after a label
of its own, ``客户 | ① | …``, is a note's mark, set aside: the label's value is the box after it). The legend's label is put
in the numbered box (read then as any label beside its value) and the legend's line is set
aside, so the workbook reads as its print and neither reads the legend as a form of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lazy_re import lazy_re
from ..problems import Problem
from .boxes import Box
from .vocab import ENCLOSED_NUMBERS

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "read_through_legend": (
        "{label}：表上写的是代码“{given}”，按表上的代码说明“{legend}”读作“{value}”，请核对",
        "{label}: the form gives the code '{given}', read as '{value}' through the form's legend"
        " '{legend}'; please check",
    ),
    "legends_disagree": (
        "{label}：表上写的是代码“{given}”，但表上有几条同名的代码说明，对它的解释不一致（{legends}），"
        "未按任何一条读取，请核对",
        "{label}: the form gives the code '{given}', but legends of the same name on the form explain it"
        " differently ({legends}); it was not read through either, please check",
    ),
}

# circled numbers ① … ⑳, ❶ … ❿, ➀ … ➓ (vocab's one table of them)
_MARKS = ENCLOSED_NUMBERS
_MARKER = lazy_re(rf"^\s*([{_MARKS}])\s*$")
_ENTRY = lazy_re(rf"^\s*([{_MARKS}])\s*[.、:：]?\s*(?P<label>[^{_MARKS}\d\s][^{_MARKS}]{{1,40}}?)\s*$")


def legend_labels(boxes: Sequence[Box]) -> Sequence[Box]:
    """``boxes`` with each numbered box given its legend's label (three numbers at least, each
    with one legend line and one box; else as they are)."""
    if not any(isinstance(b.value, str) and len(b.text) <= 42 and _ENTRY.match(b.text) for b in boxes):
        return boxes
    markers: dict[str, list[int]] = {}
    entries: dict[str, list[int]] = {}
    for i, b in enumerate(boxes):
        if not isinstance(b.value, str):
            continue
        if m := _MARKER.match(b.text):
            markers.setdefault(m[1], []).append(i)
        elif m := _ENTRY.match(b.text):
            entries.setdefault(m[1], []).append(i)
    pairs = {
        mark: (at[0], entries[mark][0])
        for mark, at in markers.items()
        if len(at) == 1 and len(entries.get(mark, ())) == 1
    }
    if len(pairs) < 3:
        return boxes
    out = list(boxes)
    for box_at, entry_at in pairs.values():
        box = boxes[box_at]
        if _labelled(boxes, box):  # a note's mark between a label and its value: no value itself
            out[box_at] = Box("", None, box.x0, box.y0, box.x1, box.y1, box.location)
            continue
        entry = boxes[entry_at]
        label = re.sub(r"\s+", " ", _ENTRY.match(entry.text)["label"])  # type: ignore[index]
        out[box_at] = Box(label, label, box.x0, box.y0, box.x1, box.y1, box.location, box.bold, box.filled)
        out[entry_at] = Box("", None, entry.x0, entry.y0, entry.x1, entry.y1, entry.location)
    return out


def _labelled(boxes: Sequence[Box], mark: Box) -> bool:
    """Has the numbered box a label of its own just left of it on its line (``客户 | ① | 宁波…``)?
    Then the number is a note's mark (``① 客户以合同抬头为准`` in a notes column), no stand-in
    for a label nor a value: the legend's text is a note, never the box's label."""
    from .vocab import label_like

    left = [b for b in boxes if not b.empty and b.x1 <= mark.x0 + 1e-6 and b.same_band(mark)]
    if not left:
        return False
    nearest = max(left, key=lambda b: b.x1)
    return isinstance(nearest.value, str) and label_like(nearest.text)


# a legend of codes: ``客户要求：A=退货  B=换货  C=特采`` — a caption, then two codes or more, each a
# letter or digit with what it stands for (``代码说明　不良类别：A=外观 …``: a heading before it)
_CODES = lazy_re(r"^(?:\s*[A-Za-z0-9]\s*[=＝]\s*[^\s=＝]+)+\s*$")
_CODE = lazy_re(r"([A-Za-z0-9])\s*[=＝]\s*([^\s=＝]+)")
_CAPTION_END = lazy_re(r"[：:]")
_BRACKETED = lazy_re(r"[（(][^）)]*[）)]")


@dataclass(frozen=True)
class Coded:
    """A code met beside its label: the code, the word it was read as (None: the legends of its
    label disagree, the code left as written), the legend lines of its label."""

    code: str
    word: str | None
    legends: tuple[str, ...]


def _legend_line(line: str) -> tuple[str, dict[str, str]] | None:
    """``客户要求：A=退货  B=换货`` → (``客户要求``, {A: 退货, B: 换货}); the caption is the last word
    before the colon (``代码说明　不良类别：…``: 不良类别). None for any other line."""
    for m in _CAPTION_END.finditer(line):
        rest = line[m.end() :]
        if _CODES.match(rest):
            head = line[: m.start()].split()
            codes = dict(_CODE.findall(rest))
            if head and len(codes) >= 2:
                return head[-1], codes
            return None
    return None


def _caption(text: str) -> str:
    """A label's caption without its bracketed note and colon: ``客户要求（代码）`` → ``客户要求``."""
    return _BRACKETED.sub("", text).strip().rstrip("：:").strip()


def coded_values(boxes: Sequence[Box]) -> tuple[Sequence[Box], dict[str, Coded]]:
    """``boxes`` with each value given as a code (``B``, beside ``客户要求（代码）``) replaced by
    what the form's legend says it stands for (``客户要求：A=退货  B=换货 …`` → ``换货``; a
    lowercase ``b`` as ``B`` where the legend has no ``b`` of its own), and the legends of its
    label set aside (no value of the field they name); as they are without such a legend or code.
    Two legends of one caption that give the code different words leave the code as written.
    Also each code met, by its box's location (:class:`Coded`), so that the value read is said
    with its legend (:func:`coded_said`). The code's label is the box just left of it on its line."""
    if not any(isinstance(b.value, str) and ("=" in b.text or "＝" in b.text) for b in boxes):
        return boxes, {}
    legends: dict[str, list[tuple[str, dict[str, str]]]] = {}
    legend_at: dict[str, list[int]] = {}
    for i, b in enumerate(boxes):
        if not isinstance(b.value, str) or ("=" not in b.text and "＝" not in b.text):
            continue
        for line in b.text.splitlines():
            if found := _legend_line(line):
                legends.setdefault(found[0], []).append((" ".join(line.split()), found[1]))
                legend_at.setdefault(found[0], []).append(i)
    if not legends:
        return boxes, {}
    out = list(boxes)
    served: set[int] = set()
    notes: dict[str, Coded] = {}
    for i, b in enumerate(boxes):
        code = b.text.strip() if isinstance(b.value, str) else ""
        if len(code) != 1 or not code.isalnum():
            continue
        label = _left_of(boxes, b)
        caption = _caption(label.text) if label is not None else ""
        said = legends.get(caption, [])
        words = {codes[key] for _line, codes in said if (key := _key(code, codes)) is not None}
        if not words:
            continue
        served.update(legend_at[caption])
        lines = tuple(dict.fromkeys(line for line, _codes in said))
        if len(words) > 1:  # last month's legend and this one's: which is meant is not told
            notes[b.location] = Coded(code, None, lines)
            continue
        [word] = words
        out[i] = Box(word, word, b.x0, b.y0, b.x1, b.y1, b.location, b.bold, b.filled)
        notes[b.location] = Coded(code, word, lines)
    for i in served:
        b = boxes[i]
        # (its lines legends, or a heading of them: 代码说明)
        if all(_legend_line(line) or not _CAPTION_END.search(line) for line in b.text.splitlines()):
            out[i] = Box("", None, b.x0, b.y0, b.x1, b.y1, b.location)
    return out, notes


def _key(code: str, codes: dict[str, str]) -> str | None:
    """The legend's code ``code`` is: itself, or a letter in the other case where the legend has
    only that one (``b`` for ``B=换货``)."""
    if code in codes:
        return code
    other = code.swapcase()
    return other if other != code and other in codes else None


def coded_said(notes: dict[str, Coded], where: dict[str, str]) -> list[Problem]:
    """A warning on each field read from a code (``where``: path → the value's location), naming
    the legend it was read through, or the legends that disagree on it (the code then no value);
    a code whose legends disagree and no field read is said all the same."""
    out: list[Problem] = []
    read = {location: path for path, location in where.items() if location in notes}
    for location, note in notes.items():
        path = read.get(location, "")
        if note.word is None:
            params = {"given": note.code, "legends": "；".join(note.legends)}
            out.append(
                Problem("legends_disagree", path, location=location, severity="warning", params=params)
            )
        elif path:
            params = {"given": note.code, "value": note.word, "legend": note.legends[0]}
            out.append(
                Problem("read_through_legend", path, location=location, severity="warning", params=params)
            )
    return out


def _left_of(boxes: Sequence[Box], box: Box) -> Box | None:
    """The filled box nearest left of ``box`` on its line, or None."""
    middle = (box.y0 + box.y1) / 2
    left = [
        b for b in boxes if b is not box and not b.empty and b.x1 <= box.x0 + 1e-6 and b.y0 <= middle < b.y1
    ]
    return max(left, key=lambda b: b.x1) if left else None
