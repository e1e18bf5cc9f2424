"""A cell that holds no value but a word standing in for one: a reference to elsewhere
(``见附件``, ``詳見8D報告``, ``See attached``) or a value not decided yet (``TBD``, ``待定``).
On any layout (our own blank, the generic reader, a profile) the field is left empty and the
clerk is told what stood there — never the reference read as the value itself."""

from __future__ import annotations

import re
from typing import Any

from ..forms import FormSpec
from ..problems import Problem
from ..validation import Locations, labels_for
from ..values import halfwidth

MESSAGES: dict[str, tuple[str, str]] = {
    "value_not_given": (
        "{label}写的是“{value}”，不是内容本身（在别处或尚未确定），未读取",
        "{label}: '{value}' stands for a value given elsewhere or not decided yet; nothing read",
    ),
}

_ELSEWHERE = re.compile(
    r"(?i)^(?:详|詳|请|請|参|參)?(?:见|見|阅|閱)\s*(?:附件|附表|附页|附頁|附档|附檔|附图|附圖|8D\s*[报報][告]?|[报報]告)"
    r"[\s\d一二三四五六七八九十.、-]{0,6}$"
    r"|^(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?(?:attached|attachment|attachments|enclosed|appendix|annex|8D(?:\s+report)?)"
    r"[\w\s.-]{0,12}$"
)
_UNDECIDED = re.compile(
    r"(?i)^(?:TBD|TBA|TBC|to be (?:determined|decided|confirmed)|待定|待确认|待確認|待补|待補|待提供)\.?$"
)
_KINDS = ("text", "date", "money", "qty", "number", "ratio")


def not_given(values: dict[str, Any], spec: FormSpec, where: Locations | dict[str, str]) -> list[Problem]:
    """Empty every field whose whole value is such a word (see the module), one warning each."""
    out: list[Problem] = []
    for path, meta in spec.leaf_fields.items():
        if meta.kind not in _KINDS:
            continue
        head, _, sub = path.partition(".")
        holder = values.get(head) if sub else values
        key = sub or head
        if not isinstance(holder, dict) or not isinstance(holder.get(key), str):
            continue
        text = halfwidth(holder[key]).strip()
        if not (_ELSEWHERE.match(text) or _UNDECIDED.match(text)):
            continue
        zh, en = labels_for(spec, path)
        out.append(Problem("value_not_given", path, zh, en, where.get(path, ""), "warning", {"value": text}))
        holder[key] = None
    out += _in_rows(values, spec, where)
    return out


def _in_rows(values: dict[str, Any], spec: FormSpec, where: Locations | dict[str, str]) -> list[Problem]:
    """The same in the rows of the form's tables (``containment[0].action``)."""
    from ..forms import describe

    out: list[Problem] = []
    for key, meta in spec.fields.items():
        rows = values.get(key)
        if meta.kind != "table" or meta.row_model is None or not isinstance(rows, list):
            continue
        columns = [c for c, m in describe(meta.row_model).items() if m.kind in _KINDS]
        for i, row in enumerate(rows):
            for column in columns:
                value = row.get(column) if isinstance(row, dict) else None
                if not isinstance(value, str):
                    continue
                text = halfwidth(value).strip()
                if not (_ELSEWHERE.match(text) or _UNDECIDED.match(text)):
                    continue
                path = f"{key}[{i}].{column}"
                zh, en = labels_for(spec, path)
                out.append(
                    Problem("value_not_given", path, zh, en, where.get(path, ""), "warning", {"value": text})
                )
                row[column] = None
    return out
