"""JSON sources: one record ``{"kind": "complaint", ...fields}`` or a list of them."""

from __future__ import annotations

import codecs
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..problems import Bilingual, Problem, SourceError
from ..validation import Locations
from .limits import check_json_records
from .packed import packed
from .results import Extraction

MESSAGES = {
    "key_given_twice": (
        "记录中“{key}”出现了两次，无法判断以哪一个为准，记录未接受：请只保留一个",
        "The record gives '{key}' twice: kesu cannot tell which one holds, the record is refused; keep one",
    ),
}


class _Twice(dict):
    """An object of the file that gave a key more than once (JSON allows it; Python's json keeps
    the last value silently): ``twice`` names the keys."""

    twice: list[str]


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) == len(pairs):
        return out
    seen: set[str] = set()
    marked = _Twice(out)
    marked.twice = [k for k, _v in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
    return marked


def given_twice(value: Any, path: str = "") -> str | None:
    """The first key an object given twice within ``value`` (``items[1].qty``), None when none is."""
    if isinstance(value, _Twice):
        key = value.twice[0]
        return f"{path}.{key}" if path else key
    if isinstance(value, dict):
        for key, inner in value.items():
            found = given_twice(inner, f"{path}.{key}" if path else key)
            if found:
                return found
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found = given_twice(inner, f"{path}[{i}]")
            if found:
                return found
    return None


# the json module's words for what it expected, said for a clerk (its English stays in the
# English message, with the line and column)
_JSON_SAID = (
    ("Expecting value", "缺少值"),
    ("Expecting ',' delimiter", "缺少逗号"),
    ("Expecting ':' delimiter", "缺少冒号"),
    ("Expecting property name enclosed in double quotes", "栏位名须用英文双引号括起"),
    ("Unterminated string", "引号没有成对（字符串没有结束）"),
    ("Extra data", "记录结束之后还有多余的内容"),
    ("Invalid control character", "字符串中有控制字符"),
    ("Invalid \\escape", "字符串中有无效的反斜杠转义"),
    ("Invalid \\uXXXX escape", "字符串中有无效的 \\u 转义"),
)


def json_reason(exc: UnicodeDecodeError | json.JSONDecodeError, skipped: int = 0) -> Bilingual:
    """Why a JSON file cannot be read, in the clerk's words: where (line and column, or the byte
    of the file, ``skipped`` bytes before the text decoded, that is no UTF-8) and what; the json
    module's own text only in the English message."""
    if isinstance(exc, UnicodeDecodeError):
        byte = skipped + exc.start + 1
        return Bilingual(
            f"文件不是 UTF-8 编码的文字（第 {byte} 个字节无法解码），请另存为 UTF-8",
            f"the file is not UTF-8 text (byte {byte} cannot be decoded): save it as UTF-8 ({exc.reason})",
        )
    said = next((zh for words, zh in _JSON_SAID if exc.msg.startswith(words)), "不符合 JSON 语法")
    return Bilingual(
        f"第 {exc.lineno} 行第 {exc.colno} 列，{said}",
        f"line {exc.lineno} column {exc.colno}: {exc.msg}",
    )


def extract(path: Path, data: bytes, kind: str | None) -> list[Extraction]:
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0  # (Notepad's: not counted
    # by the decoder, counted in the byte said)
    marked: list[_Twice] = []  # the objects of this file that gave a key twice (most files: none)

    def pairs(given: list[tuple[str, Any]]) -> dict[str, Any]:
        out = _pairs(given)
        if type(out) is _Twice:
            marked.append(out)
        return out

    try:
        # numbers as Decimal: an amount never passes through a float; a key given twice marked
        payload = json.loads(data[bom:].decode("utf-8"), parse_float=Decimal, object_pairs_hook=pairs)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError("invalid_json", reason=packed(data) or json_reason(exc, bom)) from None
    except RecursionError:
        raise SourceError("invalid_json", reason=Bilingual("嵌套层数过多", "nested too deeply")) from None
    except ValueError:  # an integer of thousands of digits
        raise SourceError(
            "invalid_json", reason=Bilingual("数字位数过多", "a number with too many digits")
        ) from None
    items = payload if isinstance(payload, list) else [payload]
    check_json_records(len(items))
    out = []
    for i, item in enumerate(items):
        source = f"{path}#{i + 1}" if isinstance(payload, list) else str(path)
        if not isinstance(item, dict):
            raise SourceError(
                "invalid_json",
                reason=Bilingual(f"第 {i + 1} 项不是一条记录（{{...}}）", f"item {i + 1} is not an object"),
            )
        # (a file without a key given twice is not walked again, object by object, to say so)
        twice = given_twice(item) if marked else None
        values = dict(item)
        # a whole `kesu parse` line is accepted too: take its record
        if isinstance(values.get("record"), dict) and "source" in values:
            values = dict(values["record"], kind=values.get("kind"))
        found_kind = values.pop("kind", None)
        # "#3" style locations let a clerk find the record in a list
        where = f"#{i + 1}" if isinstance(payload, list) else ""
        found = Extraction(found_kind, values, Locations({"": where}), source)
        if twice is not None:  # refused: which of the two the other system meant is unknown
            found.problems.append(Problem("key_given_twice", params={"key": twice}))
        out.append(found)
    return out
