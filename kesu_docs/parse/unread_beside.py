"""A value read beside a label no vocabulary names: doubted, never changed (issue 10, 0 silent).

A form of a trade nobody has seen prints a label the reader does not know (``Damage`` on a
transport damage report, ``到货批次`` beside ``出厂编号``) next to one it knows
(``Description``, ``出厂编号``). The known label's value is taken; the unknown one's is said
unread (``unread_label``) — but it may be the field's real value, and the value taken then
wrong without a word on the field. The rules here say so on the field itself:

- **in the same row** (``value_beside_unread_label``): an unknown label standing between the
  value and its label, right after the value, or right before the label (``到货批次 | 第3批 |
  出厂编号 | T2610-0381``), whose own value is of the same shape as the value read (a date
  beside a date, a figure beside a figure, a code of the same series beside a code, a sentence
  beside a sentence; names and a few words are never doubted so: a sign-off grid's every row);
- **in the same block** (the same rule for texts): a long text's field (a description) read
  as a phrase with no full stop at its end while an unknown label a few rows away holds a
  sentence at least half as long again (a sentence is doubted by a sentence so, in a row too) (``Description | Cabinet hinge 35mm, soft close`` over ``Details | Container seal
  intact; 2 cartons … missing``): the longer text may be the one the field asks for;
- **the tax** (``total_beside_unread_tax``): a bare total (``合计`` / ``Total``) read as the
  total excluding tax by the Chinese rule while a tax line the reader could not name
  (``消費税 | 130.59``) stands on the form with a figure: the total may include that tax.

A shape is what the value readers of the package make of the text (:func:`..values.parse_date`,
:func:`.anchor.figure_of`, the quantity reader, :func:`.vocab.sentence`), no reader of its own.
The value stays as read; the warning names the unknown label and its cell.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from .. import value_paths
from ..lazy_re import lazy_re
from ..problems import Problem
from ..terms import bare_total, tax_names_pattern
from ..values import _qty, halfwidth, parse_date
from .boxes import Box, Reading
from .guards import _short as short_text
from .label_heads import a_count_alone
from .typed import figure_of, reads_as_code
from .vocab import folded, sentence

MESSAGES: dict[str, tuple[str, str]] = {
    "value_beside_unread_label": (
        "{label}读作“{value}”，但旁边的标签“{text}”（{cell}）没有对应的栏位，它的内容“{other}”与此值同类，"
        "可能才是本栏的值，请核对",
        "{label} was read as '{value}', but the label '{text}' beside it ({cell}) matches no field and holds"
        " a value of the same kind ('{other}'): it may be this field's value; please check",
    ),
    "count_which_unsure": (
        "{label}读自只写“{text}”的标签（表上唯一的数量）：它也可能是不良数量，已按{label}读作“{value}”，请核对",
        "{label} was read from a label that says only '{text}' (the form's one count): it may as well be the"
        " defective count; read as {label}, '{value}'; please check",
    ),
    "total_beside_unread_tax": (
        "“{printed}”{value} 按中文表单的习惯读作不含税合计，但表上另有未识别的税额行“{text}”（{cell}）{tax}："
        "它可能是含税总计，请核对",
        "'{printed}' {value} was read as the total excluding tax (as a Chinese form means it), but the form"
        " has a tax line the reader could not name, '{text}' ({cell}) {tax}: it may include the tax; please check",
    ),
}

# the shapes a value is doubted by: a name beside a name is a sign-off grid's every row (审核 |
# 张三 | 核准 | 李四), a company beside a company the parties' block: too common to say
DOUBTED = frozenset({"date", "figure", "code", "sentence"})
BLOCK_BANDS = 4  # how many printed rows apart an unknown label stands in the value's block
LONGER = Decimal("1.5")  # the unknown label's sentence at least this much longer than the value read
_NUMBER_LABEL = lazy_re(r"(?i)号|號|番号|\bno\b|\bid\b|\bnumber\b")  # 税号, Tax ID: a number
_TAX_CHARS = lazy_re(r"[税稅]")
_DIGIT = lazy_re(r"\d")


def _figure(text: str) -> bool:
    if figure_of(text) is not None:
        return True
    try:
        return _qty(text) is not None  # 1,200 pcs, 20台: a count
    except Exception:  # not a count
        return False


def shape(value: Any) -> str:
    """What kind of value ``value`` reads as: ``date``, ``figure``, ``code`` (one token holding
    a digit, :func:`.typed.reads_as_code`), ``sentence`` (:func:`.vocab.sentence`) or ``words``
    (a name, a company, a few words: never doubted, :data:`DOUBTED`); "" for nothing."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return "date"
    if isinstance(value, (int, float, Decimal)):
        return "figure"
    if not isinstance(value, str) or not value.strip():
        return ""
    text = halfwidth(value).strip()
    try:
        if parse_date(text) is not None:
            return "date"
    except (ValueError, TypeError):
        pass
    if _DIGIT.search(text) and _figure(text):
        return "figure"
    if sentence(text):
        return "sentence"
    return "code" if reads_as_code(text) else "words"


def _value_of(page: Any, label: Box, taken: set[str]) -> Box | None:
    """The unknown label's own value: the first filled box right of it on its row (else the
    first under it), no label, not read by any field."""
    right, _next = page.right_of(label)
    filled = [b for b in right if not b.empty]
    if not filled:
        filled = [b for b in page.below(label, None, False) if not b.empty]
    if not filled or page.is_label(filled[0]) or filled[0].location in taken:
        return None
    return filled[0]


def _in_row(band: list[Box], label: Box, value: Box, unread: Box, other: Box) -> bool:
    """Does ``unread`` (its value ``other``) stand beside the value read on its row: between the
    label and the value, the next text after the value, or the last before the label?"""
    row = sorted((b for b in band if not b.empty), key=lambda b: b.x0)
    ids = [id(b) for b in row]
    if id(unread) not in ids:
        return False
    u = ids.index(id(unread))
    if id(label) in ids and id(value) in ids:
        lab, val = ids.index(id(label)), ids.index(id(value))
        if lab < u < val:
            return True  # 标签 | 未知标签 | … | 值
        if u == val + 1:
            return True  # 标签 | 值 | 未知标签 | …
    end = ids.index(id(value)) if id(value) in ids else ids.index(id(label)) if id(label) in ids else -1
    if end >= 0 and u == end + 1:
        return True  # a label over its value: the next label on the label's row
    start = ids.index(id(label)) if id(label) in ids else -1
    if start > 0 and ids[start - 1] == id(other) and u == start - 2:
        return True  # 未知标签 | 其值 | 标签 | 值
    return start > 0 and u == start - 1 and id(other) not in ids  # a label over its value, before it


def _series(code: Any) -> str:
    """The letters a code is printed with before its first figure (``NV-PO-88213`` → ``NVPO``,
    ``T2610-0381`` → ``T``, ``260311`` → ""): two codes of one series are two readings of one
    thing (two serials, two lots); codes of two series are two documents' numbers side by side
    (a PO and an invoice), no doubt on either."""
    head = re.split(r"\d", halfwidth(str(code)).upper(), maxsplit=1)[0]
    return re.sub(r"[^A-Z]", "", head)


# a sentence's full stop at its end: the clerk's account of the case, never a thing's name
_FULL_STOP = lazy_re(r"[。．.!！?？]\s*$")


def _fuller(read: Any, other: Any) -> bool:
    """Is the unknown label's text a fuller account than the text read: the text read is no
    sentence closed by its full stop (``Stainless kettle body 1.7L``, a thing's name) and the
    other at least :data:`LONGER` times as long? A closed sentence read is the clerk's own."""
    mine, theirs = str(read).strip(), str(other).strip()
    return not _FULL_STOP.search(mine) and len(theirs) >= LONGER * len(mine)


def _band_index(page: Any) -> dict[int, int]:
    return {id(b): i for i, band in enumerate(page.bands) for b in band}


def values_beside_unread(reading: Reading, page: Any) -> None:
    """Warn each value read beside an unknown label holding a value of its shape (module docstring)."""
    if not reading.unread:
        return
    at: dict[str, Box] = {}
    for b in page.boxes:
        at.setdefault(b.location, b)
    taken = {p.location for p in reading.provenance.values()}
    warned = {f for p in reading.problems for f in p.fields}
    # each unknown label with its value and that value's shape, told once for the form (not once
    # for each field read: a form of 40 fields and 6 unknown labels asked 240 times)
    own: list[tuple[Box, Box, str]] = []
    for u in reading.unread:
        other = _value_of(page, u, taken)
        if other is not None:
            own.append((u, other, shape(other.value)))
    if not own:
        return
    rows: dict[int, int] | None = None
    for path, prov in reading.provenance.items():
        if "[" in path or path in warned or not prov.label_location:
            continue
        value = _leaf(reading.values, path)
        kind = shape(value)
        label, box = at.get(prov.label_location), at.get(prov.location)
        if kind not in DOUBTED or label is None or box is None:
            continue
        meta = page.fields.get(path)
        for u, other, theirs in own:
            if theirs != kind or u is label:
                continue
            if kind == "sentence" and not _fuller(value, other.value):
                continue
            if kind == "code" and _series(value) != _series(other.value):
                continue  # NV-PO-88213 beside LF-INV-261009: each its own document's number
            if u.same_band(label) or u.same_band(box):
                near = _in_row(page.band_of(label if u.same_band(label) else box), label, box, u, other)
            elif kind == "sentence" and meta is not None and meta.long:
                rows = _band_index(page) if rows is None else rows
                near = abs(rows.get(id(u), -99) - rows.get(id(label), 99)) <= BLOCK_BANDS
            else:
                near = False
            if not near:
                continue
            reading.problems.append(_beside_problem(path, prov.location, value, u, other))
            break


def _beside_problem(path: str, location: str, value: Any, unread: Box, other: Box) -> Problem:
    """The doubt on ``path`` (its value read at ``location``) that the unknown label ``unread``, holding
    ``other``, may name it (``value_beside_unread_label``)."""
    params = {
        "value": short_text(value),
        "text": short_text(unread.text.strip()),
        "cell": unread.location,
        "other": short_text(other.value),
    }
    return Problem("value_beside_unread_label", path, location=location, severity="warning", params=params)


def _leaf(values: dict[str, Any], path: str) -> Any:
    return value_paths.get(values, path)


def _names_tax(text: str) -> bool:
    """A label naming a tax amount (消費税, 營業稅, VAT), not a tax number (税号, Tax ID)."""
    text = halfwidth(text).strip()
    if _NUMBER_LABEL.search(text):
        return False
    if _TAX_CHARS.search(folded(text)) or re.search(r"(?i)\btax(?:es)?\b", text):
        return True
    return bool(re.search(rf"(?i)^(?:{tax_names_pattern()})\b", text))


def total_beside_unread_tax(reading: Reading, page: Any) -> None:
    """A bare total (``合计`` / ``Total``) read as the total excluding tax while a tax line no
    vocabulary names stands on the form with a figure and no tax was read: warned on the total."""
    net = "total_excl_tax"
    fields = page.fields
    if not all(k in fields for k in (net, "total_tax", "total")):
        return
    prov = reading.provenance.get(net)
    if prov is None or reading.values.get(net) is None or reading.values.get("total_tax") is not None:
        return
    if not bare_total(halfwidth(prov.label)) and not bare_total(folded(halfwidth(prov.label))):
        return
    taken = {p.location for p in reading.provenance.values()}
    for u in reading.unread:
        if not _names_tax(u.text):
            continue
        other = _value_of(page, u, taken)
        if other is None or shape(other.value) != "figure":
            continue
        params = {
            "printed": prov.label,
            "value": short_text(reading.values.get(net)),
            "text": short_text(u.text.strip()),
            "cell": u.location,
            "tax": short_text(other.value),
        }
        reading.problems.append(
            Problem("total_beside_unread_tax", net, location=prov.location, severity="warning", params=params)
        )
        return


# the last words of a label: its head, the word that says which field it is (Production **Batch**,
# Supplier **Lot**, 到货**批次**); a bracket's unit or gloss after it is no head
_BRACKETS = lazy_re(r"[(（\[【][^)）\]】]*[)）\]】]")
_LATIN_WORDS = lazy_re(r"[A-Za-z]+")
_CJK_TAIL = lazy_re(r"[\u4e00-\u9fff]+$")
_HEAD_SURE = 0.9  # a head word the vocabulary names at a label's own strength, no guess


def _heads(text: str) -> list[str]:
    """The label's last one or two words (Latin) or its last two to three characters (Chinese),
    never the whole label (a known label is no unknown one)."""
    bare = _BRACKETS.sub(" ", halfwidth(text)).strip().rstrip(":：").strip()
    words = _LATIN_WORDS.findall(bare)
    heads = [" ".join(words[-n:]) for n in (2, 1) if len(words) > n]
    if cjk := _CJK_TAIL.search(bare):
        run = cjk[0]
        heads += [run[-n:] for n in (3, 2) if len(run) > n]
    return heads


def values_named_again(reading: Reading, page: Any) -> None:
    """Warn a field read from one label while an unknown label elsewhere on the form ends in a word
    naming that same field (``Serial No.`` read as the lot, ``Production Batch | 2609-B`` two lines
    down): two labels for one field, the unknown one's value of the same shape — either may be the
    field's (``value_beside_unread_label``). The value stays as read; a field already warned is
    not warned again."""
    if not reading.unread:
        return
    taken = {p.location for p in reading.provenance.values()}
    warned = {f for p in reading.problems for f in p.fields}
    for u in reading.unread:
        text = u.text.strip()
        if not text or len(text) > 40 or "\n" in text:
            continue
        paths = set()
        for head in _heads(text):
            found = page.vocab.match(head)
            if found is not None and found[1] >= _HEAD_SURE:
                paths.add(found[0])
        whole = page.vocab.match(text)
        if whole is not None:
            # a label the vocabulary reads, whole, as that field (客户料号 beside 我司料号, Failed part
            # No. beside the machine's model): a candidate the reader weighed and turned down on
            # purpose (ours first, a part's number named otherwise) — no second label of the field
            paths.discard(whole[0])
        for path in sorted(paths):
            prov = reading.provenance.get(path)
            if prov is None or path in warned or "[" in path or not prov.label:
                continue
            if folded(str(prov.label)) == folded(text):
                continue
            value = _leaf(reading.values, path)
            other = _value_of(page, u, taken)
            kind = shape(value)
            if other is None or kind not in DOUBTED or shape(other.value) != kind:
                continue
            if halfwidth(str(other.value)).strip() == halfwidth(str(value)).strip():
                continue  # the same value twice: no doubt
            reading.problems.append(_beside_problem(path, prov.location, value, u, other))
            warned.add(path)


def lone_count_doubted(reading: Reading, page: Any) -> None:
    """A complaint whose one count stands under a bare word (``數量(台) | ６`` on an inverter's RMA
    application, ``Qty | 7``) and no other count: the vocabulary takes a bare 数量 for the
    delivered count, but the one count a complaint prints may as well be the defective units (an
    RMA counts the units sent back). The value stays the delivered count, said
    (``count_which_unsure``); a form printing both counts, or a count named (出货数量, 不良数量),
    is read as before."""
    if "ship_qty" not in page.fields or "defect_qty" not in page.fields:
        return
    prov = reading.provenance.get("ship_qty")
    if prov is None or not prov.label or _leaf(reading.values, "defect_qty") is not None:
        return
    if any("ship_qty" in p.fields for p in reading.problems):
        return
    if not a_count_alone(
        str(prov.label)
    ):  # 數量(台), 數　量, Qty: the word for a count alone, no count named
        return
    params = {
        "text": short_text(str(prov.label).strip()),
        "value": short_text(_leaf(reading.values, "ship_qty")),
    }
    reading.problems.append(
        Problem("count_which_unsure", "ship_qty", location=prov.location, severity="warning", params=params)
    )
