"""ERP field codes printed with the labels: ``NOTIF_ID`` under ``Notification No.``,
``RPT_NO 报告编号 : …``, ``MGR 主管``.

A system that prints its own forms often shows each field's database name beside the words a
clerk reads. The code is part of the label, never the clerk's answer: a code read as the value is
a silent misread (``number`` = ``NOTIF_ID``), and a label with a code before it is a label nobody's
vocabulary words so (``DOC_DATE 開立日期``). One normalisation, made on every box before labels are
looked for: the codes go, the label stays as printed.

A value can look like a code too (``LOT_2026_03``, ``PCB_V2_A``, an error code ``ERR_OVER_TEMP``
on a line of a description), and a code taken for a label's part loses it silently. So a code is
narrow: words of letters only (two or more each) joined by underscores (``CUST_NAME``,
``DOC_DATE``), an 8D step's prefix allowed (``D8_APPR``). It goes when it stands before a label on
its line, or on a line of its own in a box whose other lines are a label. The rest only on a page
that shows the habit (``coded_page``: two boxes or more with a code by a label or alone): a box
that is a code alone (``NOTIF_ID``; or in brackets, an SAP print's ``Customer  (KUNUM)  100234``:
printed between the caption and the value), a code after a label on its line (``Part No.
PART_NO``), and an upper-case abbreviation of three letters or more before a Chinese label
(``MGR 主管``); on an ordinary form ``OQC 检验员`` or ``RMA 单号`` is a qualified label and stays so.
A two-letter one (``QC 主管``) always stays. A code in brackets after a caption (``客户(KUNNR)``, ``D3 临时措施(ZD3_ACT)``) goes only on
such a page too, only after words some form's vocabulary reads as a label, and never a model's code
of letters and figures: ``温度传感器(PT100)``, ``全检(1200PCS)``, ``报废(SCRAP)`` are values.

An export's row of field keys over its captions (金蝶's ``FBillNo | FDate | FCustId.FName``,
:func:`key_rows`) is the same habit for a whole row: the keys are set aside, the captions stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from ..lazy_re import lazy_re
from ..memos import memo
from .boxes import Box, page_of
from .vocab import known_caption, label_like

_WORD = r"[A-Z]{2,}"
_CODE = rf"(?:D[1-8]_{_WORD}(?:_{_WORD})*|{_WORD}(?:_{_WORD})+)(?![A-Za-z0-9_])"  # NOTIF_ID, D8_APPR


@lru_cache(maxsize=4)
def abbreviation_first(least: int, *, spaced: bool = True) -> re.Pattern[str]:
    """An upper-case abbreviation of ``least`` letters or more before a Chinese label (its group
    1), a space between them where ``spaced``: MGR 经理, AMT 金额 (3: a code's abbreviation here);
    RMA 单号, QC 主管 (2: another paper's or person's, head_words)."""
    return lazy_re(rf"^\s*([A-Z]{{{least},}})\s{'+' if spaced else '*'}(?=[\u3400-\u9fff])")


_CODE_ALONE = lazy_re(rf"^\s*{_CODE}\s*$")
_CODE_BEFORE = lazy_re(rf"^\s*{_CODE}\s+(?=\S)")
_ABBREVIATION_BEFORE = abbreviation_first(3)  # MGR, AMT, CUST: only before a Chinese label
_CODE_AFTER = lazy_re(rf"(?<=\S)\s+{_CODE}\s*$")
_COLON = lazy_re(r"[:：]")
_DISCIPLINE = lazy_re(r"^\s*(D[1-8])_")
# a database field's name in brackets after a caption (创建时间(ERDAT), Sold-to party (KUNNR),
# D3 临时措施(ZD3_ACT)): upper-case letters, five or more, or with an underscore — never letters
# and figures alone, a model's or a material's code in a value (PT100, SUS304, 6204ZZ, M3X8)
_BRACKETED_CODE = lazy_re(
    r"\s*[(（]\s*((?=[A-Z0-9_]*[A-Z])(?:[A-Z]{5,12}|[A-Z0-9]*_[A-Z0-9_]*))\s*[)）]\s*$"
)  # D5_ACT: an 8D step's code keeps its step, "D5 永久措施"


def _label_before_colon(text: str) -> bool:
    """Is what stands before the line's first colon (the whole line without one) a label?"""
    head = _COLON.split(text, maxsplit=1)[0].strip()
    return bool(head) and label_like(head)


def _code_before_label(line: str, coded: bool) -> str | None:
    """The line without the code or abbreviation standing before its label; None when none does."""
    for before in (_CODE_BEFORE, _ABBREVIATION_BEFORE) if coded else (_CODE_BEFORE,):
        m = before.match(line)
        if m and _label_before_colon(line[m.end() :]):
            step = _DISCIPLINE.match(line)
            return (f"{step[1]} " if step else "") + line[m.end() :]
    return None


def _code_after_label(line: str) -> str | None:
    """``Part No. PART_NO`` → ``Part No.``; None when the line is not a label with a code after."""
    m = _CODE_AFTER.search(line)
    if m and ":" not in line and "：" not in line and label_like(line[: m.start()].strip()):
        return line[: m.start()]
    return None


def _bracketed_code_after(line: str) -> str | None:
    """``创建时间(ERDAT)`` → ``创建时间``, ``Sold-to party (KUNNR)`` → ``Sold-to party``: a label
    with a field's code in brackets after it, as a label with its English gloss; None when the
    line is not one. The words before the brackets must be a caption some form knows
    (:func:`.vocab.known_caption`): a value with a code in brackets (``报废(SCRAP)``, ``全检(1200PCS)``)
    keeps it. A unit in brackets (``Qty (PAIRS)``) stays: the label's unit."""
    from .units import unit_code

    m = _BRACKETED_CODE.search(line)
    if m is None or m.start() == 0 or unit_code(m[1]) or len(m[1]) < 4:
        return None
    head = line[: m.start()]
    return head if known_caption(head.strip()) else None


@memo
@lru_cache(maxsize=16384)
def _line_without_code(line: str, coded: bool) -> str:
    """One printed line without the code by its label (the line itself when none is)."""
    bare = _code_before_label(line, coded)
    if bare is None and coded:
        bare = _code_after_label(line)
    if bare is None and coded:
        bare = _bracketed_code_after(line)
    return line if bare is None else bare


def _under_label(lines: list[str]) -> bool:
    """Are the lines of a box that are no code alone a label (``Notification No.`` over its
    code), not the lines of a value with an error code among them?"""
    rest = " ".join(ln.strip() for ln in lines if ln.strip() and not _CODE_ALONE.match(ln))
    return bool(rest) and label_like(rest)


def _bracketed_code_alone(text: str) -> bool:
    """``(KUNUM)``, ``(RKMNG)`` printed as a text of its own between a caption and its value (an SAP
    print's ``Customer  (KUNUM)  100234``): the field's code in brackets, nothing else; a unit in
    brackets (``(PCS)``) is none."""
    from .units import unit_code

    m = _BRACKETED_CODE.search(text)
    return m is not None and not text[: m.start()].strip() and not unit_code(m[1])


@memo
@lru_cache(maxsize=16384)
def without_field_codes(text: str, coded: bool = False) -> str:
    """``'Notification No.\\nNOTIF_ID'`` → ``'Notification No.'``; ``'RPT_NO 报告编号 : X'`` →
    ``'报告编号 : X'``; on a ``coded`` page a code alone → ``''``. Any other text comes back
    unchanged. (Kept per text: every box is asked twice, and a batch prints the same labels.)"""
    if not any("A" <= ch <= "Z" for ch in text):
        return text
    lines = text.split("\n")
    if len(lines) == 1 and (_CODE_ALONE.match(text) or _bracketed_code_alone(text)):
        return "" if coded else text
    if len(lines) > 1 and any(_CODE_ALONE.match(ln) for ln in lines) and _under_label(lines):
        lines = [ln for ln in lines if not _CODE_ALONE.match(ln)]
    return "\n".join(_line_without_code(line, coded) for line in lines)


@memo
@lru_cache(maxsize=16384)
def _shows_code(text: str) -> bool:
    """Does the text carry a field code where a layout prints one: alone, before or after a
    label, under one, or in brackets after a caption (``客户(KUNNR)``)?"""
    if not any("A" <= ch <= "Z" for ch in text):
        return False
    lines = text.split("\n")
    if any(_bracketed_code_after(ln) is not None for ln in lines):
        return True
    if len(lines) == 1 and _bracketed_code_alone(text):
        return True
    if "_" not in text:
        return False
    if len(lines) == 1 and _CODE_ALONE.match(text):
        return True
    if len(lines) > 1 and any(_CODE_ALONE.match(ln) for ln in lines) and _under_label(lines):
        return True
    return any(_code_before_label(ln, False) is not None or _code_after_label(ln) for ln in lines)


CODED_PAGE = 2  # boxes showing a code: one alone may be a value, two are the layout's habit


def coded_page(boxes: Iterable[Box]) -> bool:
    """Does the page print field codes with its labels (counted once per page, over its boxes)?"""
    seen = 0
    for box in boxes:
        if isinstance(box.value, str) and _shows_code(box.value):
            seen += 1
            if seen >= CODED_PAGE:
                return True
    return False


# a system's key for a field as an export prints it over its captions (金蝶's FBillNo, FCustId.FName,
# an API name Account_Name__c): one word of letters and figures, its parts joined by capitals, dots
# or underscores — never a space
_KEY = lazy_re(r"[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*|[._][A-Za-z][a-z0-9]*)+(?:__c)?")
KEY_ROW = 3  # keys side by side, a row of nothing else: the export's row of field keys


def _camel_key(text: str) -> bool:
    """``FBillNo``, ``FCustId.FName``: a key, its words told by capitals (a lower-case letter and a
    capital after the first letter); ``SKU``, ``OK``, ``Qty`` are words, not keys."""
    return (
        _KEY.fullmatch(text) is not None
        and any(ch.islower() for ch in text)
        and any(ch.isupper() for ch in text[1:])
    )


def key_rows(boxes: list[Box]) -> set[int]:
    """``id()`` of the boxes in an export's row of field keys (``FBillNo | FDate | FCustId.FName``
    printed over the captions ``单据编号 | 单据日期 | 客户名称``): a row of three keys or more and
    nothing else. The keys name the columns for the system; they are no clerk's values, and the
    captions under them stay the labels. A row with any other text is a row of values."""
    rows: dict[tuple[str, float], list[Box]] = {}
    for b in boxes:
        if isinstance(b.value, str) and b.value.strip():
            rows.setdefault((page_of(b.location), round(b.y0, 1)), []).append(b)
    out: set[int] = set()
    for row in rows.values():
        keys = [b for b in row if _camel_key(b.value.strip())]
        if len(keys) >= KEY_ROW and len(keys) == len(row):
            out.update(id(b) for b in row)
    return out


def box_without_codes(box: Box, coded: bool = False) -> Box:
    """The box with the field codes of its text taken out (the same box when it has none)."""
    if not isinstance(box.value, str):
        return box
    text = without_field_codes(box.value, coded)
    if text == box.value:
        return box
    return replace(box, text=text, value=text if text.strip() else None)
