"""A label the reader passed over without a word: said unread (``unread_label``), never silent (issue 10).

A label no field took is said unread (anchor's ``unread_label``) when the page took it for an
unknown label: a text ending in a colon or as labels end (…日期, …编号), a bold or shaded caption.
These labels escaped that and, with a value beside them that nothing read, were passed over
without a word:

- **a column's word out of its table** (``罚款金额 | 5000`` on a complaint sheet: 罚款金额 is the
  amount column of the penalties table, so the page knew it — as a column, no field's label —
  and no table read it);
- **a loose label of a field another label took** (``Claim Ref No | CL-2026-0931`` on a sheet
  whose 投诉编号 gave the number: ``Claim No`` names the number at 0.61, so the page knew it;
  a sure label's value is ``label_lost``'s);
- **a label whose two halves name two fields** (``品名 Description`` beside a sure 问题描述:
  :meth:`.vocab.Vocabulary.two_fields`) that neither field took;
- **a label without a colon whose head word is a sum's, a date's, a count's or a number's**
  (``Debit Amount``, ``赔偿额``, ``整改期限``): its last word (its head, as :mod:`.head_words`
  finds it) is one the forms' own labels end in for that kind of value (额 / Amount → a sum,
  期限 / 日期 → a date, 数量 / Qty → a count, 编号 / No. → a number).

Each only where the first filled box right of the text on its row is a value that nothing read
(no field's, no table's, no label's) of the kind the label asks for (a figure for a sum, a date
for a date, a code with a digit for a number: :func:`.head_words.fits_kind`), so a label whose
value was read, a header row (a label beside a label), a table's line and a value beside a value
(张三 | 品保部, 外观划伤 | 5: no measure's head) stay as they were. Nothing is read here.

A text naming the form's party by a party's word (``分销商``, ``代理商``, ``Reseller``, ``Wholesaler``:
:func:`.head_words.names_the_party`) beside a name nothing read, on a form whose party a label of its
own gave (``经销商 | 华润电器 | 分销商 | 宏达贸易``: whose complaint?), is said on the party's field
(``label_lost``, naming the other label and its name): the other name is never dropped unseen. The
one place that says it, whether the text is an unknown label (said unread too: ``Distributor`` beside
``Dealer``), a label known only loosely (``Importer``) or no label at all (``分销商``).

A value read by a label whose halves name two fields (``不良数量 Qty Shipped | 30``: the defects'
count by its Chinese, the shipped count by its English) is warned (``label_names_two_fields``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .. import value_paths
from ..forms import describe
from ..memos import memo
from ..problems import Problem
from .boxes import Box, Provenance, Reading
from .captions import form_title
from .head_words import family_kind, fits_kind, names_the_party
from .label_heads import heads_of
from .placeholders import template_stand_in
from .vocab import ENUMERATOR, SAME_HEAD, label_like, person_with_department, telling_heads

# a ticked or unticked option's box (☑经销商 ☐分销商: the party's kind chosen, no label)
_TICK = frozenset("☐☑☒□■✓✔√")

MESSAGES: dict[str, tuple[str, str]] = {
    "label_names_two_fields": (
        "{label}读作“{value}”，读自标签“{text}”：它的“{one}”指本栏，“{other}”却指另一个栏位，"
        "这个值也可能是那一栏的，请核对",
        "{label} was read as '{value}' from the label '{text}': its half '{one}' names this field, its"
        " half '{other}' another one; the value may be the other field's; please check",
    ),
}

# the kinds of value whose head word makes a text beside such a value a label: a sum, a count, a
# date, a number (a name's or a text's head — 人, 名称, 说明 — ends many a value too: 张三 | 品保部)
_MEASURED = frozenset({"money", "qty", "date", "code"})
_SHORT = 20  # a label's length at most (characters, one line)
_ONE_CHARACTER_HEAD = 4  # a label told by a one-character head (额, 单) at most this long
_KNOWN = 0.6  # a label the page knows as a field's (anchor's ``_Page.known``) …
_SURE_LABEL = 0.8  # a label as sure as a field's own (anchor's ``_labels_lost``)
_SURE_COLUMN = 0.85  # a column's word as sure as a label of it (anchor's ``_is_column``)


def texts_unread(
    page: Any, used: set[int], provenance: dict[str, Provenance], unread: Sequence[Box]
) -> list[Box]:
    """The texts of ``page`` that are labels by the rules above, that no field took (not in
    ``used``, nor already ``unread``), each with a value beside it that nothing read."""
    seen = {id(b) for b in unread}
    read_at = {p.location for p in provenance.values()}
    out: list[Box] = []
    for box in page.boxes:
        if box.empty or not isinstance(box.value, str) or id(box) in used or id(box) in seen:
            continue
        text = box.text.strip()
        if not text or len(text) > _SHORT or "\n" in text or not _label_shaped(page, text):
            continue
        kind: str | None
        if page.vocab.two_fields(text) is not None:
            kind = "text"  # 品名 Description beside 问题描述's sure label: neither field took it
        elif page.known(box, columns=False):
            kind = _loose_kind(page, text)  # Claim Ref No (number at 0.61) beside 投诉编号's sure label
        elif page.is_label(box):
            if not page.known(box):
                continue  # (unknown: the reader's own rule says it)
            kind = _column_kind(page, text)
        elif template_stand_in(text):
            continue
        else:
            kind = _measured_head(text) or family_kind(page.spec, text)  # 加盟店, GTIN, 罚款 beside a value
        beside = _value_beside(page, box, used, read_at) if kind is not None else None
        if beside is None or not fits_kind(kind or "", beside.value):
            continue
        seen.add(id(box))
        out.append(box)
    return out


def parties_named_again(
    page: Any,
    used: set[int],
    provenance: dict[str, Provenance],
    values: dict[str, Any],
) -> list[tuple[Box, Problem]]:
    """The ``label_lost`` warnings on the form's party (see the module's docstring), each with its
    text, for each text no field took that names the party by a party's word (one the vocabulary
    knows only loosely as the party's, ``Importer`` 0.75, too), with a name beside it nothing read."""
    party = page.spec.party_field
    prov = provenance.get(party)
    read = value_paths.get(values, party) if party else None
    if prov is None or read is None:
        return []
    read_at = {p.location for p in provenance.values()}
    out: list[tuple[Box, Problem]] = []
    for box in page.boxes:  # (a text said unread too: an unknown label, Distributor, is no less the party's)
        if box.empty or not isinstance(box.value, str) or id(box) in used:
            continue
        text = box.text.strip()
        if not text or len(text) > _SHORT or "\n" in text or _TICK & set(text):
            continue
        if page.known(box) and _loose_field(page, text) != party:
            continue  # (a label the page knows surely or as another field's: its own rules say it)
        if not _label_shaped(page, text) or not names_the_party(page.spec, text):
            continue
        beside = _value_beside(page, box, used, read_at)
        if beside is None or not fits_kind("text", beside.value) or _measured(beside.value):
            continue  # (a party's name: never a date, a count, a sum — 同意結案後回覆客戶 | 2026-03-25 08:52, an
            # approval's step; 深圳福田店 | 8 瓶, a store's line in a table)
        other = beside.text.strip()
        if other == str(read).strip() or _TICK & set(other) or names_the_party(page.spec, other):
            continue  # the same name again; an option row (☑经销商 | ☐分销商), a header row
        params = {
            "text": text,
            "value": other if len(other) <= 40 else other[:39] + "…",
            "read": prov.label_location or prov.location,
        }
        out.append((box, Problem("label_lost", party, "", "", box.location, "warning", params)))
    return out


def _measured(value: Any) -> bool:
    """Is ``value`` a date, a count or a sum (:func:`.head_words.fits_kind`), no name?"""
    return any(fits_kind(kind, value) for kind in ("date", "qty", "money"))


def _label_shaped(page: Any, text: str) -> bool:
    """Is ``text`` shaped as a label may be: not the form's title (``QRQC 快速反应质量控制单``,
    ``Customer complaint``), not a numbered heading or line (``一、销售方申请``), not a person with
    a title in brackets (``邓志强（副总经理）``, an approval's step)?"""
    if (m := ENUMERATOR.match(text)) is not None and m.end() > 0:
        return False
    return not form_title(text, page.spec.kind) and not person_with_department(text)


def _value_beside(page: Any, box: Box, used: set[int], read_at: set[str]) -> Box | None:
    """The first filled box right of ``box`` on its row when it is a value nothing read."""
    right, _next = page.right_of(box)
    filled = [b for b in right if not b.empty]
    if not filled:
        return None
    first = filled[0]
    if id(first) in used or first.location in read_at or page.is_label(first):
        return None
    if isinstance(first.value, str) and label_like(first.text):
        return None
    return first


@memo
@lru_cache(maxsize=16384)
def _measured_head(text: str) -> str | None:
    """The kind of value (:data:`_MEASURED`) the head word of a label-shaped ``text`` tells, or None."""
    if any(c.isdigit() for c in text) or not any(c.isalpha() for c in text):
        return None  # ("###", "4 pcs": no label's words)
    telling = telling_heads()
    words = text.strip(" :：").lower().split()
    one = [SAME_HEAD[words[0]]] if len(words) == 1 and words[0] in SAME_HEAD else []  # Deadline: a date
    for head in one + heads_of(text):
        if len(head) == 1 and (head.isascii() or len(text) > _ONE_CHARACTER_HEAD):
            continue  # (N/A, P/N: a letter heads nothing; 单 ends a title, 额 a short label: 赔偿额)
        kind = telling.get(head)
        if kind is not None:
            return kind if kind in _MEASURED else None
    return None


def _loose_kind(page: Any, text: str) -> str | None:
    """The kind of value of the field a loose label (below a sure one's 0.8: ``Claim Ref No`` for the
    number at 0.61) names; None for a sure label (its field's other labels are ``label_lost``'s)."""
    key = _loose_field(page, text)
    return str(page.fields[key].kind) if key is not None else None


def _loose_field(page: Any, text: str) -> str | None:
    """The field a loose label (:func:`_loose_kind`) names, or None."""
    found = page.vocab.match(text)
    if found is None or not _KNOWN <= found[1] < _SURE_LABEL or found[0] not in page.fields:
        return None
    return str(found[0])


def _column_kind(page: Any, text: str) -> str | None:
    """The kind of value of the table column ``text`` names surely (the first table's that does)."""
    for key, vocab in page.column_vocabs.items():
        found = vocab.match(text)
        if found is not None and found[1] >= _SURE_COLUMN:
            meta = describe(page.fields[key].row_model).get(found[0]) if key in page.fields else None
            return str(meta.kind) if meta is not None else None
    return None


def halves_in_doubt(reading: Reading, page: Any) -> None:
    """A value read by a label whose two halves name two fields (``不良数量 Qty Shipped | 30``:
    the defects' count by its Chinese, the shipped count by its English): read by one of them,
    warned (``label_names_two_fields``, both halves named), in place."""
    for path, prov in reading.provenance.items():
        if "." in path or "[" in path or not prov.label:
            continue
        if value_paths.get(reading.values, path) is None:
            continue
        two = page.vocab.two_fields(prov.label)
        if two is None or path not in (two[0][1], two[1][1]):
            continue
        (one, _p), (other, _q) = two if two[0][1] == path else (two[1], two[0])
        value = str(value_paths.get(reading.values, path)).strip()
        params = {"text": prov.label.strip(), "one": one, "other": other, "value": value[:40]}
        reading.problems.append(
            Problem("label_names_two_fields", path, "", "", prov.location, "warning", params)
        )
