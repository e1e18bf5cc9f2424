"""A cell that holds no value but a word standing in for one: a reference to elsewhere
(``见附件``, ``詳見8D報告``, ``See attached``), a value not decided yet (``TBD``, ``待定``), or
the prompt Word shows in a content control nobody filled (``Click or tap here to enter
text.``, ``单击或点击此处输入文字。``), printed as it stands, or the stand-in a template's
author typed for the clerk to overwrite (``XXXX``, ``请输入``, ``<Customer name>``), or the
error a formula gave instead of its result (``#N/A``, ``#DIV/0!``, LibreOffice's ``Err:502``),
saved as an error (``t="e"``), printed, or typed as text.
On any layout (our own blank, the generic reader, a profile) the field is left empty and the
clerk is told what stood there — never the reference read as the value itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..forms import FormSpec, describe
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Problem
from ..validation import Locations, labels_for
from ..values import DITTO_MARKS, DITTO_WORDS, blank, halfwidth

MESSAGES: dict[str, tuple[str, str]] = {
    "value_not_given": (
        "{label}写的是“{value}”，不是内容本身（在别处或尚未确定），未读取",
        "{label}: '{value}' stands for a value given elsewhere or not decided yet; nothing read",
    ),
    "value_placeholder": (
        "{label}是 Word 栏位未填写时的提示文字“{value}”，没有填写，未读取",
        "{label}: '{value}' is the prompt Word shows in a field nobody filled; nothing read",
    ),
    "value_template_placeholder": (
        "{label}是模板里留给填写人的占位文字“{value}”，没有填写，未读取",
        "{label}: '{value}' is the stand-in the template left for the clerk to overwrite; nothing read",
    ),
    "value_ditto": (
        "{label}写的是同上记号“{mark}”，已按上一行同一栏读作“{value}”，请核对",
        "{label}: the ditto mark '{mark}' (same as above) was read as the line above's '{value}'; please check",
    ),
    "value_error_result": (
        "{label}的单元格里是公式的错误结果“{value}”，不是数值，未读取",
        "{label}: the cell holds the error result '{value}' of a formula, not a value; nothing read",
    ),
}

_ELSEWHERE = lazy_re(
    r"(?i)^(?:详|詳|请|請|参|參)?(?:见|見|阅|閱)\s*(?:附件|附表|附页|附頁|附档|附檔|附图|附圖|8D\s*[报報][告]?|[报報]告)"
    r"[\s\d一二三四五六七八九十.、-]{0,6}$"
    r"|^(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?(?:attached|attachment|attachments|enclosed|appendix|annex|8D(?:\s+report)?)"
    r"[\w\s.-]{0,12}$"
)
# a stage of an 8D (``5D``, ``D5``) and the words for answering there, in a stage placeholder
_STAGE = r"\d\s*D|D\s*\d"
_LATER = r"(?:待|等|留待|于|於|在|到)?\s*"
_ANSWER = "回复|回覆|答复|答覆|回答|提交|提出|提供|补充|補充|填写|填寫"
_ANSWER_EN = "answered|submitted|provided|completed|given|filled in|reported|replied"
# a stage alone in a step's row (``8D`` in a 階段 column: the step is answered at that stage)
_STAGE_ALONE = r"\d\s*D(?:\s*[(（][^()（）]{1,12}[)）])?"
_STAGE_STAMP = lazy_re(rf"^{_STAGE_ALONE}$")
_UNDECIDED = lazy_re(
    r"(?i)^(?:TBD|TBA|TBC|to be (?:determined|decided|confirmed)|待定|待确认|待確認|待补|待補|待提供)\.?$"
    # a step answered at a later stage of the report: ``待5D回复``, ``8D阶段提交``, ``D5 時回覆``,
    # ``To be answered at 5D``, ``Pending D7 submission``
    rf"|^{_LATER}(?:{_STAGE})\s*(?:阶段|階段|时|時)?\s*(?:再|才)?(?:{_ANSWER})[。.]?$"
    rf"|^(?:to be |will be )?(?:{_ANSWER_EN})\s+(?:at|in|with|by)\s+(?:the\s+)?(?:{_STAGE})"
    r"(?:\s+(?:stage|step|response|report|reply))?\.?$"
    rf"|^(?:pending|open until|due (?:at|in|with))\s+(?:the\s+)?(?:{_STAGE})(?:\s+(?:stage|response|submission|reply))?\.?$"
    rf"|^{_STAGE_ALONE}$"
)
# the prompts of Word's content controls (text, date picker, list) left unfilled, in its languages
_PROMPT = lazy_re(
    r"(?i)^(?:click or tap|click|tap) (?:here )?to (?:enter (?:a |the )?(?:text|date)|choose an item)\.?$"
    r"|^choose an item\.?$"
    r"|^(?:单击或点击|单击|点击|按一下或點選|按一下|點選)(?:此处|此處|這裡|这里)?(?:以)?(?:输入|輸入)(?:文字|日期)[。.]?$"
    r"|^(?:选择|選擇)一[项項][。.]?$"
)
# a template's stand-ins left as they were: a run of X (``XXXX``, ``XXX-XX``, ``XXXX年XX月XX日``),
# a prompt to type (``请输入``, ``請填寫姓名``, ``<Customer name>``, ``[Enter name here]``)
_TEMPLATE = lazy_re(
    r"(?i)^(?=.*[x×]{3})[x×\s/.:\-年月日号號]+$"
    r"|^(?:请|請)(?:输入|輸入|填写|填寫|填入|选择|選擇)[\w\u3400-\u9fff]{0,10}[。.]?$"
    r"|^[<＜][^\W\d_][^<>＜＞]{0,40}[>＞]$"
    r"|^[\[【]?(?:enter|type|insert)\s[^\]】]{1,30}\shere[.]?[\]】]?$"
)
# the error values of Excel and WPS (and LibreOffice's numbered ones): what a formula shows when it
# fails — a look-up finding nothing, a division by an empty cell, a deleted row
_ERROR_RESULT = lazy_re(
    r"(?i)^(?:#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!"
    r"|UNKNOWN!|GETTING_DATA)|Err:\d{3})$"
)
# a ditto mark: the value of the line above, written again by a sign or a word (〃, ″, ", 同上,
# 仝上, ditto, do., dto., idem) — in an item line the same column's value of the line above; on a
# field alone no value (which field "above" means, the form does not say)
_DITTO = lazy_re(rf"(?i)^(?:[{re.escape(DITTO_MARKS)}]{{1,2}}|{'|'.join(map(re.escape, DITTO_WORDS))})$")
_SPACES = lazy_re(r"\s+")
_KINDS = ("text", "date", "money", "qty", "number", "ratio")


def _standing_in(value: str, kind: str) -> tuple[str, str] | None:
    """(code, text as shown) when the whole value is a word standing in for one (the module);
    an error result stands in for nothing on a field of any kind (a code, a term too). Kept
    per short value (a batch's forms carry the same names, dates and codes; issue 15)."""
    return _standing_in_kept(value, kind) if len(value) <= _KEPT_CHARS else _standing_in_read(value, kind)


_KEPT_CHARS = 200  # (a long text is not kept: the cache's memory stays small)


@memo
@lru_cache(maxsize=8192)
def _standing_in_kept(value: str, kind: str) -> tuple[str, str] | None:
    return _standing_in_read(value, kind)


def _standing_in_read(value: str, kind: str) -> tuple[str, str] | None:
    text = _SPACES.sub(" ", halfwidth(value)).strip()
    if _ERROR_RESULT.match(text):
        return "value_error_result", text
    if kind not in _KINDS:
        return None
    if _ELSEWHERE.match(text) or _UNDECIDED.match(text) or _DITTO.match(text):
        return "value_not_given", text
    if _PROMPT.match(text):
        return "value_placeholder", text
    if _TEMPLATE.match(text):
        return "value_template_placeholder", text
    return None


def stage_stamp(text: str) -> bool:
    """Is ``text`` a stage of an 8D alone (``3D``, ``5D（7天）``): a stage column's cell beside a
    step (the stage it was answered at), never a part of the step's text?"""
    return _STAGE_STAMP.match(halfwidth(text).strip()) is not None


@memo
@lru_cache(maxsize=16384)  # pure: asked of every text box of every form (issue 15)
def template_stand_in(text: str) -> bool:
    """Is ``text`` a template's stand-in (``<Customer name>``, ``XXXX``)? It is no label either:
    the words in ``<Customer name>`` name what the clerk was to type, not a field beside it."""
    return _TEMPLATE.match(re.sub(r"\s+", " ", halfwidth(text)).strip()) is not None


def not_given(values: dict[str, Any], spec: FormSpec, where: Locations | dict[str, str]) -> list[Problem]:
    """Empty every field whose whole value is such a word (see the module), one warning each."""
    out: list[Problem] = []
    for path, meta in spec.leaf_fields.items():
        head, _, sub = path.partition(".")
        holder = values.get(head) if sub else values
        key = sub or head
        if not isinstance(holder, dict) or not isinstance(holder.get(key), str):
            continue
        found = _standing_in(holder[key], meta.kind)
        if found is None:
            continue
        zh, en = labels_for(spec, path)
        out.append(Problem(found[0], path, zh, en, where.get(path, ""), "warning", {"value": found[1]}))
        holder[key] = None
    out += _in_rows(values, spec, where)
    return out


# the warnings that say how a value was read, quoting it: moot once it is found to be no value
_ABOUT_THE_READ = frozenset({"low_confidence", "value_looks_like_label"})


def settled(problems: list[Problem], given: list[Problem]) -> list[Problem]:
    """``problems`` with ``given`` (what :func:`not_given` said) added and, on each field it
    emptied, the earlier warnings on how its value was read (``low_confidence`` quoting a
    ``#VALUE!`` no longer read) left out: the clerk is told once, what stood there."""
    emptied = {p.field for p in given}
    if not emptied:
        return problems
    return [p for p in problems if not (p.field in emptied and p.code in _ABOUT_THE_READ)] + given


def _in_rows(values: dict[str, Any], spec: FormSpec, where: Locations | dict[str, str]) -> list[Problem]:
    """The same in the rows of the form's tables (``containment[0].action``)."""
    out: list[Problem] = []
    for key, meta in spec.fields.items():
        rows = values.get(key)
        if meta.kind != "table" or meta.row_model is None or not isinstance(rows, list):
            continue
        columns = describe(meta.row_model)
        for i, row in enumerate(rows):
            for column, kind in columns.items():
                value = row.get(column) if isinstance(row, dict) else None
                if not isinstance(value, str):
                    continue
                path = f"{key}[{i}].{column}"
                above = rows[i - 1].get(column) if i and isinstance(rows[i - 1], dict) else None
                if not blank(above) and _DITTO.match(_SPACES.sub(" ", halfwidth(value)).strip()):
                    zh, en = labels_for(spec, path)  # 〃 under 板對板連接器: 板對板連接器, said
                    params = {"mark": value.strip(), "value": str(above)}
                    out.append(Problem("value_ditto", path, zh, en, where.get(path, ""), "warning", params))
                    row[column] = above
                    continue
                found = _standing_in(value, kind.kind)
                if found is None:
                    continue
                zh, en = labels_for(spec, path)
                out.append(
                    Problem(found[0], path, zh, en, where.get(path, ""), "warning", {"value": found[1]})
                )
                row[column] = None
    return out


def filled(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """The paths and values of what holds something (a text, a number, a date, a ticked box)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from filled(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from filled(value, f"{path}[{i}]")
    elif not (node is False or blank(node)):
        yield path, node
