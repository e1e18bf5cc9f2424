"""ERP field codes printed with the labels: ``NOTIF_ID`` under ``Notification No.``,
``RPT_NO 报告编号 : …``, ``MGR 主管``.

A system that prints its own forms often shows each field's database name beside the words a
clerk reads. The code is part of the label, never the clerk's answer: a code read as the value is
a silent misread (``number`` = ``NOTIF_ID``), and a label with a code before it is a label nobody's
vocabulary words so (``DOC_DATE 開立日期``). One normalisation, made on every box before labels are
looked for: the codes go, the label stays as printed.

What is a code: an upper-case identifier of words joined by underscores (``CUST_NAME``,
``D8_APPROVER``), anywhere next to a label or alone on its line; or an upper-case abbreviation of
three letters or more (``MGR``, ``AMT``, ``CUST``) standing before a Chinese label. A two-letter
one (``QC 主管``, ``PM 签核``) says whose the label is, and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .boxes import Box
from .vocab import label_like

_CODE = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"  # NOTIF_ID, D8_APPROVER, TAX_AMT
_ABBREVIATION = r"[A-Z]{3,}"  # MGR, AMT, CUST: only before a Chinese label
_CODE_ALONE = re.compile(rf"^\s*{_CODE}\s*$")
_CODE_BEFORE = re.compile(rf"^\s*{_CODE}\s+(?=\S)")
_ABBREVIATION_BEFORE = re.compile(rf"^\s*{_ABBREVIATION}\s+(?=[\u3400-\u9fff])")
_CODE_AFTER = re.compile(rf"(?<=\S)\s+{_CODE}\s*$")
_COLON = re.compile(r"[:：]")
_DISCIPLINE = re.compile(r"^\s*(D[1-8])_")  # D5_ACT: an 8D step's code keeps its step, "D5 永久措施"


def _label_before_colon(text: str) -> bool:
    """Is what stands before the line's first colon (the whole line without one) a label?"""
    head = _COLON.split(text, maxsplit=1)[0].strip()
    return bool(head) and label_like(head)


@lru_cache(maxsize=16384)
def _line_without_code(line: str) -> str | None:
    """One printed line without its field code; None when the line is a code alone."""
    if _CODE_ALONE.match(line):
        return None
    for before in (_CODE_BEFORE, _ABBREVIATION_BEFORE):
        m = before.match(line)
        if m and _label_before_colon(line[m.end() :]):
            step = _DISCIPLINE.match(line)
            return (f"{step[1]} " if step else "") + line[m.end() :]
    m = _CODE_AFTER.search(line)
    if m and ":" not in line and "：" not in line and label_like(line[: m.start()].strip()):
        return line[: m.start()]
    return line


def without_field_codes(text: str) -> str:
    """``'Notification No.\\nNOTIF_ID'`` → ``'Notification No.'``; ``'RPT_NO 报告编号 : X'`` →
    ``'报告编号 : X'``; a code alone → ``''``. Any other text comes back unchanged."""
    if not any("A" <= ch <= "Z" for ch in text):
        return text
    lines = [_line_without_code(line) for line in text.split("\n")]
    return "\n".join(line for line in lines if line is not None)


def box_without_codes(box: Box) -> Box:
    """The box with the field codes of its text taken out (the same box when it has none)."""
    if not isinstance(box.value, str):
        return box
    text = without_field_codes(box.value)
    if text == box.value:
        return box
    return replace(box, text=text, value=text if text.strip() else None)
