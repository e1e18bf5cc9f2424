"""Cues that decide between a label and a value, or between two fields, from what is written.

Rules shared by the Excel and PDF readers (:mod:`.anchor` asks them):

- a cell right beside a sure label that only *resembles* a label of another field (``Responsible
  Dept. | 丝印车间``: 丝印车间 is close to 生产车间), where that other field found no value there,
  is the sure label's answer;
- a team-table column whose header is a job-title word (``Function``, ``职务``) reads as the
  member's role only when its cells are role words (组长 / 组员, Champion / Member); a
  ``Function`` column of departments (Quality, Process) is the member's department;
- of two headers naming one text column (``Item`` | ``Description``), the one over words is the
  line's name, not the one over codes (``SW-2201``);
- the free text under a group's heading that only lists the options of one of the group's
  choice members (``PFMEA、控制计划更新`` under D7) is that member's answer;
- one text under a heading of a table with a result column (D6 ``实施验证`` over ``连续 3 批 0
  不良。``) that only reports an outcome — lots, pieces or weeks without a defect, a yield, a
  ppm, a capability measured (``Cpk 1.9``), an effect verified — and names no act (no date,
  no 实施 / 导入 / 更换 / installed / replaced; a bare ``since shift 2`` is a state) is the row's
  result, not its action (DOMAIN §5.2: D6 {action, implemented_date, result, verified}); a
  text doing both (``10 月 5 日起實施，連續 4 批硬度合格。``) stays the action — and is the
  result too when the heading names the check as a half of its own (``D6 Implementation /
  validation`` over ``Installed 2026-03-20, 0 defects in 6,000 seats.``), read with low confidence;
- the free text under D7's heading is decided by its own words (DOMAIN §5.2: D7 documents
  updated, horizontal deployment, lessons learned): the horizontal deployment when it speaks of
  the same or similar products, lines or tools elsewhere or names the deployment
  (``同類模具 5 套``, ``Same check on all QFN parts``, ``Yokoten``); the lessons learned when it
  names a lesson (``教训``, ``经验``, ``Lesson learned``: the field's own labels); the documents
  it names (``更新 PFMEA 与控制计划。``: the FMEA, the control plan) are the documents updated,
  read with low confidence; a text naming neither a place nor a lesson is still put in the
  lessons learned, with low confidence (a guess between the two text areas, said);
- a sentence under the label of a group's choice member (``D7 Preventive action`` over ``Coolant
  check added to all grinders.``), ticking nothing and naming none of its options, is the group's
  free text as under its heading (the deployment only when it speaks of one), with low confidence;
- an unread label ending in the same head noun as an empty choice field's label (``不良類別``
  and 异常类别: 类别), with exactly one of that field's options beside it (``品質異常``), is that
  field's label — read with low confidence, so said;
- a sentence read under a choice's label that names none of its options (``处理意见`` over
  ``同意退回不良品，赔款按实际上门单据核算。``: an opinion written out, not a disposition
  ticked) is the answer of the one empty text area of the choice's section, read with low
  confidence (so said) — never an invalid choice on the one field and a blank on the other; a
  sentence that decides nothing (no 同意, 赔, 退款, 客户 …) and tells what is done to the goods at
  once (``同批在库药品暂停发货并复检外观。``: shipping stopped, stock re-inspected) is the answer of the
  form's empty immediate action instead (临时对策), read with low confidence too;
- a choice whose options all name none of its field's options but each one of another empty
  choice field's of the form, by their legend (``投诉类别 ☐A类（严重） ☑B类（主要） ☐C类（一般）``: the
  classes graded 严重 / 主要 / 一般 are the severity, not the complaint's category), is that field's
  answer, read with low confidence (so said); a class letter with no legend (``☑B类``) stays its
  label's, refused there as no option of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .. import value_paths
from ..forms import FieldMeta, describe
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Bilingual, Problem
from ..values import box_words, checked_options, either_order_date, halfwidth, parse_date
from .boxes import LOW_CONFIDENCE, Box, Candidate, Provenance
from .compound import _option, case_words, options_named_in, party_names, party_of, words_inside
from .sections import letterhead_name
from .typed import reads_as_code
from .vocab import DOUBTFUL_STRENGTH, PLACE_WORDS, folded, norm, sentence, simplified, variants

# a label this close to a field's vocabulary is a guess: a value may look like it
WEAK_LABEL = 0.7
SURE_LABEL = 0.85


def weak_label_value(
    box: Box,
    cand: Candidate,
    claims: Mapping[int, list[tuple[float, str]]],
    chosen: Mapping[str, Candidate],
) -> bool:
    """Is ``box`` (an anchor of an empty field) still the answer of ``cand``, a sure label's
    value deferred because it reads as a label? Only when every field that took ``box`` for its
    label took it on a weak match and found no value there, and ``box`` stands right against
    ``cand``'s label on its row."""
    mine = claims.get(id(box), [])
    if not mine or max(s for s, _k in mine) >= WEAK_LABEL:
        return False
    if max((s for s, _k in claims.get(id(cand.label), [])), default=0.0) < SURE_LABEL:
        return False
    if any(c.label is box for c in chosen.values()):
        return False  # the weak label found its own value: it is a label
    label = cand.label
    return box.same_band(label) and 0 <= box.x0 - label.x1 < 0.5 * max(label.height, 1e-6)


def _column_texts(head: Box, bands: Sequence[Sequence[Box]], start: int, depth: int = 12) -> list[str]:
    """The texts under ``head`` in the bands from ``start`` on (a table's first rows)."""
    out: list[str] = []
    for band in bands[start : start + depth]:
        for b in band:
            if not b.empty and isinstance(b.value, str) and b.overlaps_x(head.x0, head.x1) and b.text.strip():
                if b.overlaps_x(head.x0 + 1e-6, head.x1 - 1e-6) and (b.x1 - b.x0) <= 2 * (head.x1 - head.x0):
                    out.append(b.text.strip())
    return out


def columns_by_cells(
    header: dict[str, Box],
    strength: dict[str, float],
    row: Sequence[Box],
    bands: Sequence[Sequence[Box]],
    start: int,
    columns: Mapping[str, FieldMeta],
    candidates: Any,
) -> None:
    """Give a column named by several headers, or a header naming several columns
    (``Function``: a role or a department), by what the cells under them hold: a choice column
    to the header whose cells are mostly its options (``小组角色`` over 组长 / 组员, not ``职务``
    over 经理 / 工程师); a text column to the header naming only it (``Department``) before one
    that also names a choice, and to such a header when it is otherwise free and its cells are
    no options. ``header`` and ``strength`` are changed in place; ``candidates`` is the columns
    vocabulary's."""
    named: dict[str, list[tuple[Box, float, int]]] = {}
    for box in row:
        if box.empty or not isinstance(box.value, str):
            continue
        names = [(c, s) for c, s, _k in candidates(box.text) if s >= 0.6 and c in columns]
        for c, s in names:
            named.setdefault(c, []).append((box, s, len(names)))
    if not any(len(v) > 1 or v[0][2] > 1 for v in named.values()):
        return
    texts: dict[int, list[str]] = {}

    def cells(box: Box) -> list[str]:
        if id(box) not in texts:
            texts[id(box)] = _column_texts(box, bands, start)
        return texts[id(box)]

    def options(meta: FieldMeta, box: Box) -> bool:
        found = cells(box)
        return bool(found) and sum(meta.names_option(t) for t in found) * 2 > len(found)

    def holds(box: Box, but: str | None = None) -> bool:
        return any(h is box for c, h in header.items() if c != but)

    for col, boxes in named.items():
        meta = columns[col]
        if meta.term is None or (len(boxes) < 2 and boxes[0][2] < 2):
            continue
        fits = [(b, s) for b, s, _n in boxes if options(meta, b)]
        if fits:
            box, score = max(fits, key=lambda bs: bs[1])
            if header.get(col) is not box:
                for c in [c for c, h in header.items() if h is box]:
                    del header[c], strength[c]
                header[col], strength[col] = box, score
        elif col in header and any(b is header[col] and n > 1 for b, _s, n in boxes) and cells(header[col]):
            del header[col], strength[col]  # "Function" over job titles: not the role
    for col, boxes in named.items():
        if columns[col].kind != "text":
            continue
        cur = header.get(col)
        sole = [(b, s) for b, s, n in boxes if n == 1 and b is not cur and not holds(b)]
        if cur is not None and any(b is cur and n > 1 for b, _s, n in boxes) and sole:
            header[col], strength[col] = max(sole, key=lambda bs: bs[1])
        elif cur is None:
            free = [
                (b, s)
                for b, s, n in boxes
                if n > 1
                and not holds(b)
                and cells(b)
                and not any(m.names_option(t) for m in columns.values() for t in cells(b))
            ]
            if free:
                header[col], strength[col] = max(free, key=lambda bs: bs[1])
    for col, boxes in named.items():
        cur = header.get(col)
        if columns[col].kind != "text" or cur is None or not _mostly_codes(cells(cur)):
            continue
        worded = [
            (b, s)
            for b, s, n in boxes
            if b is not cur and n == 1 and not holds(b) and cells(b) and not any(map(reads_as_code, cells(b)))
        ]
        if worded:  # "Item" over SW-2201 beside "Description" over words: the name is the words
            header[col], strength[col] = max(worded, key=lambda bs: bs[1])


def _mostly_codes(texts: Sequence[str]) -> bool:
    """Are the cells of a column codes (most of them: the first rows may reach past the table's
    end)? An ``Item`` column of item codes names no line when another header of the same column
    (``Description``) stands over words."""
    return sum(map(reads_as_code, texts)) * 2 > len(texts)


# a list of documents ends with the act done to them: "PFMEA、控制计划更新", "FMEA and CP updated"
_ACT_AFTER = lazy_re(
    r"\s*(已?更新|已?修订|已?修改|已?修訂|updated?|revised?|revision|changed?)\s*[。.]?\s*$", re.I
)
_ACT_BEFORE = lazy_re(r"^\s*(更新|修订|修訂|修改|update[sd]?|revise[sd]?)\s*[:：]?\s*", re.I)
_LIST_SEP = lazy_re(r"\s*(?:[、,，;；/+&]|及|和|与|與|\band\b)\s*", re.I)


def listed_member(page: Any, group: str, head: Box) -> tuple[str, Any, list[Box]] | None:
    """The choice member of group ``group`` that the text right of or under its heading only
    lists the options of (``D7预防`` over ``PFMEA、控制计划更新``; ``七、预防再发 (D7)`` over
    ``☑FMEA ☑控制计划 □作业指导书``): (member path, value, places), or None. A text with any
    word that is none of that member's options is the group's free text, not a list."""
    meta = page.spec.fields.get(group)
    if meta is None or meta.kind != "group" or meta.row_model is None:
        return None
    right, _next = page.right_of(head)
    places = [b for b in right if not b.empty][:1] or [
        b for b in page.below(head, None, False) if not b.empty and isinstance(b.value, str)
    ][:1]
    if not places or not isinstance(places[0].value, str):
        return None
    first = places[0]
    # the rest of its line (a print cuts "☑FMEA ☑控制计划 □作业指导书" into words)
    places += sorted(
        (
            b
            for b in page.band_of(first)
            if b is not first and not b.empty and b.x0 >= first.x1 - 1e-6 and isinstance(b.value, str)
        ),
        key=lambda b: b.x0,
    )
    if any(page.is_label(b) for b in places[1:]):
        return None
    text = " ".join(str(b.value).strip() for b in places)
    ticked = checked_options(text) is not None
    if ticked:
        words = box_words(text)
    else:
        words = _LIST_SEP.split(_ACT_BEFORE.sub("", _ACT_AFTER.sub("", text)))
    words = [w.strip() for w in words if w and w.strip()]
    if not words or len(text) > 80:
        return None
    for key, m in describe(meta.row_model).items():
        path = f"{group}.{key}"
        if m.kind != "terms" or path not in page.fields or not all(m.names_option(w) for w in words):
            continue
        return path, (text if ticked else "、".join(words)), places
    return None


def _fits(meta: FieldMeta, value: Any) -> bool:
    """Does ``value`` read as ``meta``'s kind (a date for a date column)?"""
    import datetime as dt

    from ..values import _as_date

    if meta.kind == "text":
        return isinstance(value, str)
    if meta.kind == "date":
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # 20260320 typed in a General cell: the date's eight digits
        return isinstance(value, dt.date) or (isinstance(value, str) and _as_date(value) is not None)
    return False


def heading_column(columns: Mapping[str, FieldMeta], named: Any, value: Any) -> str | None:
    """The column a table's heading names itself, when the value beside it is that column's
    kind: ``D6 - Implementation Date | 14-Sep-26`` is the implementation's date, not its text."""
    if not named or named[1] < SURE_LABEL or named[0] not in columns:
        return None
    return named[0] if _fits(columns[named[0]], value) else None


@lru_cache(maxsize=64)
def _table_names(spec: Any) -> dict[str, list[tuple[str, str, bool]]]:
    """The names of the form's tables, normalised (two characters or more), longest first, by
    their first character (a label starts as the name it starts with), each with whether the
    form marks it doubtful (forms.Alias: the 8D's bare 纠正): made once a form, not for each
    page (issue 15)."""
    tables = {k: m for k, m in spec.fields.items() if m.kind == "table" and m.row_model is not None}
    names = sorted(
        (
            (norm(t), k, bool(getattr(t, "doubtful", False)))
            for k, m in tables.items()
            for t in m.labels
            if len(norm(t)) >= 2
        ),
        key=lambda nk: -len(nk[0]),
    )
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for name, key, doubtful in names:
        out.setdefault(name[0], []).append((name, key, doubtful))
    return out


def table_column_pairs(
    page: Any, values: dict[str, Any], where: Any, taken: set[int], provenance: dict
) -> None:
    """A table's column written as a label of its own beside its value, the table's name
    first (``Containment Owner | S. Gomez``, ``PCA Due Date | 15-Sep-26`` in a Field | Entry
    list): the column of the table's one line. Only where the table read one line or none
    (its heading's text), never where several lines leave it unclear which one. A name the form
    marks doubtful (``纠正负责人``: the correction's owner, or the corrective action's) gives
    its value read and warned (low_confidence), never passed as sure."""
    tables = {k: m for k, m in page.spec.fields.items() if m.kind == "table" and m.row_model is not None}
    names = _table_names(page.spec)
    for box in page.boxes:
        if box.empty or id(box) in taken or not isinstance(box.value, str) or len(box.text) > 40:
            continue
        key_text = norm(box.text)
        hit = next(
            (
                (n, k, d)
                for n, k, d in names.get(key_text[:1], ())
                if key_text.startswith(n) and len(key_text) > len(n)
            ),
            None,
        )
        if hit is None:
            continue
        name, key, doubtful = hit
        rows = values.get(key) or []
        if len(rows) > 1:
            continue
        columns = describe(tables[key].row_model)
        # the rest of the label, after the table's name as printed
        rest = box.text.strip()
        cut = next((i for i in range(1, len(rest) + 1) if norm(rest[:i]) == name), None)
        if cut is None:
            continue
        # a column's own label that begins with the table's name (``Correction date``: the day the
        # correction was done) is that column, not the table's name and a bare word after it (Date)
        whole = page.column_vocabs[key].match(box.text)
        found = (
            whole if whole is not None and whole[2] == key_text else page.column_vocabs[key].match(rest[cut:])
        )
        if found is None or found[1] < SURE_LABEL or found[0] not in columns:
            continue
        col = found[0]
        if rows and rows[0].get(col) is not None:
            continue
        right, _next = page.right_of(box)
        filled = [b for b in right if not b.empty]
        if not filled or page.is_label(filled[0]) or id(filled[0]) in taken:
            continue
        value = filled[0].value
        if not _fits(columns[col], value) and columns[col].kind not in ("qty", "number", "money", "ratio"):
            continue
        if not rows:
            rows = [{}]
            values[key] = rows
        rows[0][col] = value
        taken.update((id(box), id(filled[0])))
        path = f"{key}[0].{col}"
        where[path] = filled[0].location
        where.setdefault(key, box.location)
        sure = DOUBTFUL_STRENGTH if doubtful else 0.8
        provenance[path] = Provenance(filled[0].location, box.text, box.location, sure, "label-right")


def captioned_on_left(page: Any, filled: Sequence[Box]) -> bool:
    """Is a line under a text area's heading the answer of a label printed right against its
    left edge (``What | Coating flaking…`` under ``D2 PROBLEM DESCRIPTION``)? Then the text area
    has ended: the line is that label's, not more of the text."""
    left = min(b.x0 for b in filled)
    first = min(filled, key=lambda b: b.x0)
    tol = 0.5 * max(first.height, 1e-6)
    return any(
        b is not first and not b.empty and page.is_label(b) and abs(b.x1 - left) <= tol and b.x0 < left
        for b in page.band_of(first)
    )


_TAX_ID_IN_HEAD = lazy_re(
    r"(?i)(?:FEIN|EIN|Tax\s*ID|VAT\s*(?:No\.?|Reg\.?\s*No\.?)|税号|稅號|統一編號|统一编号)\s*[:：#]?\s*([A-Z0-9][A-Z0-9-]{5,})"
)


def letterhead_buyer(page: Any, values: dict[str, Any], where: Any, provenance: dict) -> None:
    """The company on the letterhead of a form whose seller a label names (``Vendor:`` on a
    buyer's debit memo) is the other party, the buyer, when no label names the buyer; a tax id
    printed in that letterhead (``FEIN 61-4471903``) is the buyer's. Read with low confidence:
    always shown for checking."""
    if "buyer" not in page.fields or values.get("buyer"):
        return
    seller = values.get("seller") or {}
    if not isinstance(seller, dict) or not seller.get("name") or "seller.name" not in provenance:
        return
    if provenance["seller.name"].how == "letterhead":
        return  # the letterhead is already the seller's
    named = letterhead_name(page, provenance)
    if named is None or named[2] == seller.get("name"):
        return
    head, name, text = named
    values["buyer"] = text
    where["buyer"] = name.location
    provenance["buyer"] = Provenance(name.location, "", name.location, 0.6, "letterhead")
    if "buyer_tax_id" not in page.fields or values.get("buyer_tax_id"):
        return
    for box in head:
        found = _TAX_ID_IN_HEAD.search(box.text)
        if found and found[1] != seller.get("tax_id"):
            values["buyer_tax_id"] = found[1]
            where["buyer_tax_id"] = box.location
            provenance["buyer_tax_id"] = Provenance(box.location, "", box.location, 0.6, "letterhead")
            return


def party_column_labels(page: Any) -> list[Any]:
    """A label naming the same field of two parties alike (纳税人识别号: the buyer's or the
    seller's) right under a label of one party's name (``名称`` read as the buyer's in the 购买方
    block) is that party's: the other party's reading of it is dropped. Returns the labels."""
    names = party_names(page)
    parties = set(names.values())
    if len(parties) < 2:
        return page.labels
    by_box: dict[int, list[Any]] = {}
    for lab in page.labels:
        by_box.setdefault(id(lab.box), []).append(lab)
    heads = []
    for labs in by_box.values():
        named = sorted((lab for lab in labs if lab.key in names), key=lambda lab: -lab.score)
        if not named or named[0].score < _NAME_LABEL:
            continue
        rival = next((lab for lab in named if names[lab.key] != names[named[0].key]), None)
        if named[0].score < SURE_LABEL and rival is not None:
            continue  # a caption read loosely tells its party only when it names no other
        if rival is None or rival.score < named[0].score - 0.15:
            heads.append(named[0])  # (a name label read alike for two parties tells no party)
    drop: set[int] = set()
    for labs in by_box.values():
        owned = [(lab, o) for lab in labs if (o := party_of(lab.key, parties)) is not None]
        if len({o[0] for _l, o in owned}) < 2 or len({o[1] for _l, o in owned}) != 1:
            continue
        surer = max(owned, key=lambda lo: lo[0].score)
        alike = max(lab.score for lab, _o in owned) - min(lab.score for lab, _o in owned) <= 0.05
        if not alike and not _worded_alike(page, owned[0][0].box.text, {o[0] for _l, o in owned}):
            continue  # one party's reading is the surer: the label is not one alike for both
        box = owned[0][0].box
        tol = 0.5 * max(box.height, 1e-6)
        above = [
            h
            for h in heads
            if h.box.y1 <= box.y0 + 1e-6
            and box.y0 - h.box.y1 <= 2 * box.height
            and abs(h.box.x0 - box.x0) <= tol
        ]
        if not above:
            continue
        party = names[max(above, key=lambda h: h.box.y1).key]
        if not alike and party == surer[1][0]:
            continue  # the column agrees with the words: nothing to settle here (a caption left of
            # the block, 原進貨人, may still tell the party: both readings are kept for it)
        drop.update(id(lab) for lab, o in owned if o[0] != party)
    return [lab for lab in page.labels if id(lab) not in drop] if drop else page.labels


# a party's name label read less surely than this tells no party: a bare 名稱 (0.5–0.55, read as one party's by
# default) names none by its words; a caption naming the party in words the reader knows loosely reads more
# (進貨營業人（原買受人）名稱: 0.69)
_NAME_LABEL = 0.6
_PARTY_TOLD = 0.05  # a name label tells its party when its best party reads this much surer than any other
_UNTOLD = 0.78  # a reading kept in doubt: under LOW_CONFIDENCE, each reading in its order


def parties_untold(page: Any) -> None:
    """Two labels of the same words naming the same field of two parties alike (統一編號 twice: the
    seller's and the buyer's), neither with a party's name beside it on its row or right above it
    (the party's caption unknown, or read alike for both: ``進貨營業人（原買受人）名稱``): which is whose
    is a guess, so every reading of those labels is kept under LOW_CONFIDENCE (shown for checking),
    in its order. One such label alone, or one whose party is told, is left as it is."""
    names = party_names(page)
    parties = set(names.values())
    if len(parties) < 2:
        return
    by_box: dict[int, list[Any]] = {}
    for lab in page.labels:
        by_box.setdefault(id(lab.box), []).append(lab)
    told: dict[int, bool] = {}  # a name label's box → does it tell one party?
    for key, labs in by_box.items():
        best: dict[str, float] = {}
        for lab in labs:
            if lab.key in names and lab.score >= 0.5:
                best[names[lab.key]] = max(best.get(names[lab.key], 0.0), lab.score)
        if best:
            ranked = sorted(best.values(), reverse=True)
            told[key] = len(ranked) == 1 or ranked[0] - ranked[1] > _PARTY_TOLD
    heads = [labs[0].box for key, labs in by_box.items() if key in told]
    alike: dict[str, list[tuple[bool, list[Any]]]] = {}  # the label's words → its boxes: told?, readings
    for labs in by_box.values():
        owned = [(lab, o) for lab in labs if (o := party_of(lab.key, parties)) is not None]
        if len({o[0] for _l, o in owned}) < 2 or len({o[1] for _l, o in owned}) != 1:
            continue
        box = owned[0][0].box
        if not _worded_alike(page, box.text, {o[0] for _l, o in owned}):
            continue
        tol = 0.5 * max(box.height, 1e-6)
        near = [
            h
            for h in heads
            if h is not box
            and (
                (h.x1 <= box.x0 + 1e-6 and h.same_band(box))  # 購買方 | 名稱 … | 統一編號 on one row
                or (h.y1 <= box.y0 + 1e-6 and box.y0 - h.y1 <= 2 * box.height and abs(h.x0 - box.x0) <= tol)
            )
        ]
        said = any(told[id(h)] for h in near)  # a party is told: the party rules settle it
        alike.setdefault(norm(box.text), []).append((said, [lab for lab, _o in owned]))
    for readings in alike.values():
        if len(readings) < 2 or any(said for said, _labs in readings):
            continue  # one alone, or one told (the other is the other party's)
        for _said, labs in readings:
            for lab in labs:
                lab.score = min(lab.score, 1.0) * _UNTOLD


def _worded_alike(page: Any, text: str, parties: set[str]) -> bool:
    """Is ``text`` itself a label of every one of ``parties``' fields (統一編號: the seller's own
    label and one of the buyer's aliases), however differently sure the two readings are?"""
    entries = page.vocab.index.get(norm(text), [])
    named = {o[0] for e in entries if (o := party_of(e.path, parties)) is not None}
    return named >= parties


def _immediate_area(meta: FieldMeta) -> bool:
    """Is ``meta`` a text area of the form's immediate action (临时对策, Immediate Containment: a caption
    naming a containment by the forms' own words, :attr:`.compound.CaseWords.containment`)? Its text
    area is a containment's place."""
    words = case_words().containment
    return meta.kind == "text" and meta.long and any(words.search(simplified(label)) for label in meta.labels)


def choice_written_out(reading: Any, spec: Any, boxes: Sequence[Box] = ()) -> None:
    """A choice field's sentence moved to its section's one empty text area (see the module's
    doc), in place; its confidence at most 0.6. The sentence as typed (its cell among ``boxes``)
    whether or not options were read from it with remarks beside (``同意退回不良品，赔款按…``: return
    and compensation, the rest remarks) — a sentence is written out by its words, not by what the
    choice reader made of it; the remarks' warning goes with the options."""
    typed = {b.location: b.value for b in boxes}
    for path, prov in list(reading.provenance.items()):
        meta = spec.fields.get(path)
        value = reading.values.get(path)
        if not isinstance(value, (str, list)) or meta is None or meta.kind not in ("term", "terms"):
            continue
        if not isinstance(value, str):  # options read, remarks beside them: the sentence as typed
            value = typed.get(prov.location)
        if meta.term is None or not isinstance(value, str):
            continue
        if not sentence(value) or checked_options(value) is not None:
            continue
        parts = [w for w in re.split(r"[，,、；;。.\s/]+", value) if w]
        if any(meta.term.lookup(w) is not None or (len(w) <= 4 and _option(meta.term, w)) for w in parts):
            continue  # "退货，报废", "同意退货，其余报废": its options, in the clerk's words
        named = options_named_in(meta.term, value)  # (不良品报废: an option's word inside a longer part)
        areas = [
            k
            for k, m in spec.fields.items()
            if m.section == meta.section
            and m.kind == "text"
            and m.long
            and reading.values.get(k) in (None, "")
        ]
        plain, words = simplified(value), case_words()  # (one word for both scripts)
        if words.measures.search(plain) and not words.decided.search(plain):
            # "同批在库药品暂停发货并复检外观。": what is done to the stock at once, no decision on the case —
            # the immediate action's text area, when the form has one left empty
            areas = [
                k
                for k, m in spec.fields.items()
                if _immediate_area(m) and reading.values.get(k) in (None, "")
            ]
        if len(areas) != 1:
            continue
        reading.values.pop(path)
        reading.values[areas[0]] = value
        reading.problems[:] = [
            p for p in reading.problems if (p.code, p.field) != ("choice_with_remark", path)
        ]
        if named:  # the sentence names an option the choice now lacks: said, never lost unsaid
            reading.problems.append(_option_left(path, spec.fields[areas[0]], value, named, prov))
        reading.provenance[areas[0]] = replace(
            reading.provenance.pop(path), confidence=min(prov.confidence, LOW_CONFIDENCE - 0.2)
        )
        if hasattr(reading, "where") and path in reading.where:
            reading.where[areas[0]] = reading.where.pop(path)


def _option_left(path: str, area: FieldMeta, value: str, named: list[Any], prov: Any) -> Problem:
    """The warning on a choice whose sentence went to ``area`` though it names ``named``, options
    of the choice's own (``…，不良品报废``: scrap), now left unread (``choice_option_left_in_sentence``)."""
    return Problem(
        "choice_option_left_in_sentence",
        path,
        location=prov.location,
        severity="warning",
        params={
            "value": value.strip()[:40],
            "area": Bilingual(area.label_zh, area.label_en),
            "words": Bilingual("、".join(m.zh for m in named), ", ".join(m.en for m in named)),
        },
    )


# a class's name before its legend (``A类（严重）``, ``B級(主要)``, ``Class II (major)``): a letter, a Roman
# or Chinese numeral or a digit with 类 / 级 (or Class before it), then the legend — brackets
# open or closed (a box's word ends at the next box)
_CLASS_LEGEND = lazy_re(
    r"(?i)^\s*(?:(?:[a-e]|[ivx]{1,3}|[一二三四五]|\d)\s*[类類级級等]|class\s*(?:[a-e]|[ivx]{1,3}|\d))"
    r"\s*[（(:：]\s*([^（()）]+?)\s*[）)]?\s*$"
)


def _legend(word: str) -> str | None:
    """The legend of a class's option (``A类（严重）`` → 严重), None for any other word."""
    m = _CLASS_LEGEND.match(word)
    return m[1] if m else None


def choice_by_legend(reading: Any, spec: Any) -> None:
    """A choice of classes whose legends grade another empty choice field of the form moved
    there, each ticked class as its legend (see the module's doc), in place; its confidence at
    most 0.6."""
    for path, prov in list(reading.provenance.items()):
        meta = spec.fields.get(path)
        value = reading.values.get(path)
        if (
            meta is None
            or meta.term is None
            or meta.kind not in ("term", "terms")
            or not isinstance(value, str)
        ):
            continue
        ticked = checked_options(halfwidth(value))
        legends = [_legend(w) for w in box_words(halfwidth(value))]  # every class printed: the legend
        if not ticked or not legends or None in legends:
            continue
        words = [w for w in legends if w]
        if any(meta.term.lookup(w) is not None for w in words):
            continue  # (A类（质量）: the label's own options, by their legend)
        others = [
            k
            for k, m in spec.fields.items()
            if k != path
            and m.kind in ("term", "terms")
            and m.term is not None
            and m.term is not meta.term
            and all(m.term.lookup(w) is not None for w in words)
        ]
        if len(others) != 1 or reading.values.get(others[0]) not in (None, "", []):
            continue
        read = "、".join(legend for t in ticked if (legend := _legend(t)))
        if not read:
            continue
        reading.values.pop(path)
        reading.values[others[0]] = read
        reading.provenance[others[0]] = replace(
            reading.provenance.pop(path), confidence=min(prov.confidence, LOW_CONFIDENCE - 0.2)
        )
        if hasattr(reading, "where") and path in reading.where:
            reading.where[others[0]] = reading.where.pop(path)


# an outcome: a count of lots / pieces / weeks with no defect, a yield, a ppm, passed, a
# process capability measured (Cpk 1.9, CMK≥1.67), an effect verified
_OUTCOME = lazy_re(
    r"(?i)连续|連續|不良\s*(?:ゼロ|0)|[0零无無]\s*不良|零缺陷|合格|良率|\d\s*ppm|"
    r"\b(?:0|no|zero)\s+(?:defects?|rejects?|nok|failures?|complaints?)\b|\bwithout\s+(?:defects?|failures?)\b|"
    r"\b(?:[cp]pk|cmk)\s*(?:[:=≥>]|is)?\s*\d|\b[cp]p\s*(?:[:=≥>]|is)?\s*\d+\.\d|\b[cp]pm?\s*[≥>]\s*\d|"
    r"验证有效|驗證有效|确认有效|確認有效|效果良好|"
    r"\b(?:verified|confirmed|proven)\s+effective\b|\beffectiveness\s+(?:verified|confirmed)\b"
)
# a measured figure (Cpk 1.9, 1.67): its decimal is no date ("1.9" is not 1 September)
_MEASURE = lazy_re(r"(?i)\b(?:[cp]p[km]?|cmk)\s*(?:[:=≥>]|is)?\s*\d+(?:\.\d+)?")
# an act: a date, or a verb of putting a measure in place ("since" alone is not one: "active
# since shift 2" reports a state; "since 5 Oct" is caught by its date)
_ACT = lazy_re(
    r"(?i)\d{1,4}\s*[月/.-]\s*\d{1,2}|实施|實施|导入|導入|更换|更換|安装|安裝|投入|执行|執行|改为|改為|"
    r"\b(?:installed|replaced|implemented|introduced|changed|in use|added|switched|updated|released|adopted)\b"
)
RESULT_COLUMN = "result"  # DOMAIN §5.2: what the implementation achieved


def outcome_column(columns: Mapping[str, FieldMeta], main: str, text: Any) -> str | None:
    """The result column for one text under a table's heading that only reports an outcome
    (see the module's doc), else None."""
    meta = columns.get(RESULT_COLUMN)
    if main == RESULT_COLUMN or meta is None or meta.kind != "text" or not isinstance(text, str):
        return None
    if not _OUTCOME.search(text) or _ACT.search(_MEASURE.sub(" ", text)):
        return None
    return RESULT_COLUMN


# a heading naming two things as halves: "D6 Implementation / validation", "Umsetzung & Wirksamkeit"
_HALVES = lazy_re(r"\s*(?:[/／&＆+]|\band\b)\s*")


def outcome_too(
    columns: Mapping[str, FieldMeta], main: str, names_result: Any, heading: str, text: Any
) -> bool:
    """Does one text under a heading that names the act and, as a later half, its check (``D6
    Implementation / validation`` over ``Installed 2026-03-20, 0 defects in 6,000 seats.``)
    answer the result column as well as the action? A text doing both stays the action (see
    the module's doc); when the heading asks for the check too and the text reports an
    outcome, that outcome is the result the heading asks for — the same words in both fields,
    the result read with low confidence. ``names_result(half)``: does a half of the heading
    name the result column (``Validation``, ``Verification``)?"""
    meta = columns.get(RESULT_COLUMN)
    if main == RESULT_COLUMN or meta is None or meta.kind != "text" or not isinstance(text, str):
        return False
    halves = [h for h in _HALVES.split(heading) if h.strip()]
    if len(halves) < 2 or not any(names_result(h) for h in halves[1:]):
        return False
    return bool(_OUTCOME.search(text)) and not _PLANNED.search(text)


# a text that plans or sets a condition (首件检验合格后方可生产, "to be installed; held until 3
# lots are OK"): its 合格 / zero defects is what is awaited, no outcome reported (outcome_too)
_PLANNED = lazy_re(
    r"(?i)后方可|後方可|之后再|之後再|前须|前須|待.{0,12}(?:后|後)|计划|計劃|预计|預計|将于|將於|"
    r"\bto\s+be\b|\buntil\b|\bonce\b|\bplan(?:ned|s)?\b|\btarget(?:ed|s)?\b|\bwill\b|\bshall\b|\bafter\s+which\b"
)


@dataclass(frozen=True, slots=True)
class MoreWords:
    """How a language writes "on N more kilns" in a D7 text (as many more elsewhere: a
    horizontal deployment): its shapes, ``N`` the figure, ``P`` one of its place words (a line,
    plant, site, model, machine or tool — "added 2 more inspection points" is the same place's
    check, no deployment), a space any spaces or none; and where the words come from."""

    languages: tuple[str, ...]
    shapes: tuple[str, ...]
    places: tuple[str, ...]  # expressions, each one place word with its plural endings
    source: str
    # "on line 2 too", "also on line 3", "on both presses" (:func:`_place_cues`): expressions in
    # which ``<at>`` stands for one of ``at`` (on, at, in, for: the words a place follows) with a
    # few words after it, ``<place>`` for a place word — the cue ("too", "also", "both") speaks of
    # elsewhere only with a place after on / at / in / for in its clause, in every language alike
    cues: PlaceCues | None = None
    at: str = ""


@dataclass(frozen=True)
class PlaceCues:
    """A language's words of "too / also / both" before a place (:func:`_place_cues` builds the
    expressions, alike for every language): each an alternation of expressions. ``also``: the cue
    before the place (also on line 3); ``too``: the cue closing its clause after it (on line 2
    too); ``both``: before the place word (on both presses); ``and_``: the word joining places
    (lines 2 and 3 too); ``negations``: a clause with one of them says what was *not* done;
    ``found``: a clause saying the defect was found or occurred at a place speaks of where the
    problem was, no measure taken there — neither is a deployment; ``not_only``: the negation
    opening "not only … but also" (``not only``, ``non seulement``), which denies nothing."""

    also: str
    too: str = ""
    both: str = ""
    and_: str = ""
    negations: str = ""
    found: str = ""
    not_only: str = ""  # "not only … but also": a negation word that negates nothing
    # the defect coming back (recurrence, 再发): "no recurrence", like "no issue found", says the
    # result of a measure, not a measure left undone
    recurs: str = ""


# Spanish and Portuguese place words (one list: the two languages' words side by side)
_IBERIAN_PLACES = (
    r"líneas?", r"linhas?", r"plantas?", r"fábricas?", r"sitios?", r"máquinas?", r"hornos?",
    r"fornos?", r"prensas?", r"moldes?", r"herramientas?", r"ferramentas?", r"estaci\w+", r"estaç\w+",
    r"robots?", r"robôs?", r"modelos?", r"productos?", r"produtos?", r"proveedores?", r"fornecedores?",
)  # fmt: skip
# Chinese counts a place with a measure word between the figure and the noun (另外 3 条线)
_ZH_MEASURE = "(?:条|條|台|个|個|座|套|家|处|處|款|种|種|副|间|間|只|組|组)"
_MEASURE_WORD = f"{_ZH_MEASURE}?"
# Chinese place words: sites (lines, plants, workshops, stations, models and products, warehouses)
# and the machines and tools on them
_ZH_SITES = (
    r"(?:生产|生產|组装|組裝|包装|包裝)?线", r"(?:生产|生產|組裝|包裝)?線", r"产线", r"產線", r"分?厂", r"分?廠",
    r"工厂", r"工廠", r"车间", r"車間", r"工站", r"型号", r"型號", r"机种", r"機種", r"产品", r"產品", r"平台",
    r"供应商", r"供應商", r"仓库", r"倉庫", r"基地",
)  # fmt: skip
_ZH_EQUIPMENT = (
    r"站", r"机台", r"機台", r"设备", r"設備", r"机器", r"機器", r"模具", r"窑", r"窯", r"炉", r"爐", r"烤箱", r"治具",
    r"工装", r"工裝", r"机械手", r"機械手",
)  # fmt: skip

MORE_WORDS: tuple[MoreWords, ...] = (
    MoreWords(
        ("en",),
        ("N more P",),
        (
            r"(?:production\s+|assembly\s+|packing\s+)?lines?", r"plants?", r"sites?", r"factor(?:y|ies)",
            r"workshops?", r"models?", r"machines?", r"press(?:es)?", r"kilns?", r"furnaces?", r"ovens?",
            r"moulds?", r"molds?", r"dies?", r"tools?", r"stations?", r"cells?", r"robots?", r"lathes?",
            r"grinders?", r"products?", r"part\s+numbers?", r"platforms?", r"suppliers?", r"warehouses?",
            r"locations?", r"facilit(?:y|ies)", r"fixtures?", r"jigs?", r"equipment",
            r"subsidiar(?:y|ies)",
            *(rf"{w}s?" for w in sorted(PLACE_WORDS) if w.isascii()),
        ),
        "Wiktionary: more (a greater number of); too, as well, also, both (the cues of a place "
        "elsewhere), on, at, in, for (before a place); the places a factory's (holdout29's `on 2 more "
        "kilns`) and PLACE_WORDS, an address's words; and, not, no, never (a clause not done); found, "
        "occurred, occurs, detected, observed, seen, appeared, reported (a defect's place); not only, "
        "not just (… but also: no negation); recurrence, repeat, defect, issue, problem, complaint (no "
        "recurrence: a result, no measure undone)",
        PlaceCues(
            "also", r"too|as\s+well", "both", "and", r"not|no|never|\w+n['’]t",
            r"found|occurred|occurs|detected|observed|seen|appeared|reported", r"not\s+only|not\s+just",
            r"recurr\w*|reoccurr\w*|repeat\w*|(?:defect|issue|problem|complaint)s?",
        ),
        r"on|at|in|for",
    ),
    MoreWords(
        ("zh-Hans", "zh-Hant"),
        tuple(f"{w}N{_MEASURE_WORD}P" for w in ("另外", "另", "其余", "其餘")),
        (*_ZH_SITES, *_ZH_EQUIPMENT),
        "Wiktionary: 另外 (another, other), 另 (other), 其余 / 其餘 (the rest) before the figure; a measure "
        "word (条, 台, 个 …: Wikipedia's List of Chinese classifiers) after it; the places in simplified and "
        "traditional; 也 (also), 同样 / 同樣 (likewise), 亦 (also) before 在 / 于 / 於 (at) and a place; "
        "未 / 没有 / 沒有 / 没 / 沒 (not); 发现 / 發現 (found), 出现 / 出現 / 发生 / 發生 (occurred), 检出 / 檢出 "
        "(detected); 再发 / 复发 (recur), 不良 (defect), 异常 (anomaly), 客诉 (complaint)",
        PlaceCues(
            "也|同样|同樣|亦",
            negations="未|没有|沒有|没|沒",
            found="发现|發現|出现|出現|发生|發生|检出|檢出",
            recurs="再发|再發|复发|復發|不良|异常|異常|客诉|客訴",
        ),
        r"在|于|於",
    ),
    MoreWords(
        ("zh-Hans", "zh-Hant"),
        # (adding: "再 2 个工站", at two more stations; "增加 2 台设备" adds machines where they are, and
        # "再 1 站" says no place: the measure word and a site needed)
        tuple(f"{w}N{_ZH_MEASURE}P" for w in ("再", "增加", "另加", "又")),
        _ZH_SITES,
        "Wiktionary: 再 (again, once more), 增加 (to add), 另加 (to add in addition), 又 (again) before the "
        "figure and its measure word; a site only (a line, plant, workshop, station, model), never a machine",
    ),
    MoreWords(
        ("de",),
        ("N weitere P", "N weiteren P", "noch N P"),
        (
            r"linien?", r"werke?n?", r"standort\w*", r"maschinen?", r"öfen?", r"ofen", r"pressen?",
            r"werkzeug\w*", r"formen?", r"stationen?", r"roboter\w*", r"modell\w*", r"produkt\w*",
            r"anlagen?", r"lieferant\w*", r"lager",
        ),
        "Wiktionary: weitere, weiteren (inflections of weiter, further), noch (still, more); the nouns with "
        "their plural endings; auch (also), ebenfalls (likewise), beiden (inflection of beide, both) after "
        "an, auf, in, im, am, bei, für (before a place); und (and); nicht, kein, nie (not, no, never); "
        "trat, tritt (auftreten: occurred), aufgetreten, gefunden (found), festgestellt, entdeckt (detected); "
        "nicht nur (not only)",
        PlaceCues(
            "auch|ebenfalls", "auch|ebenfalls", "beiden", "und", r"nicht|kein\w*|nie",
            r"trat|tritt|aufgetreten|gefunden|festgestellt|entdeckt", r"nicht\s+nur",
        ),
        r"an|auf|in|im|am|bei|für",
    ),
    MoreWords(
        ("nl",),
        ("N extra P", "nog N P", "N andere P"),
        (
            r"lijnen", r"lijn", r"fabrie\w*", r"locaties?", r"machines?", r"ovens?", r"persen", r"pers",
            r"matrij\w*", r"stations?", r"robots?", r"modellen", r"model", r"producten", r"product",
        ),
        "Wiktionary: nog (still, more), extra (additional), andere (inflection of ander, other); the nouns "
        "with their plurals; ook (also), eveneens (likewise), beide (both) after op, in, aan, bij, voor "
        "(before a place); en (and); niet, geen, nooit (not, no, never); gevonden (found), opgetreden, trad "
        "(occurred), vastgesteld, ontdekt (detected); niet alleen (not only)",
        PlaceCues(
            "ook|eveneens", "ook|eveneens", "beide", "en", r"niet|geen|nooit",
            r"gevonden|opgetreden|trad|vastgesteld|ontdekt", r"niet\s+alleen",
        ),
        r"op|in|aan|bij|voor",
    ),
    MoreWords(
        ("fr",),
        ("N autres P", "N P supplémentaires", "N P de plus"),
        (
            r"lignes?", r"usines?", r"sites?", r"ateliers?", r"machines?", r"fours?", r"presses?", r"moules?",
            r"outils?", r"postes?", r"robots?", r"modèles?", r"produits?", r"fournisseurs?",
        ),
        "Wiktionary: autres (plural of autre, other), supplémentaires (plural of supplémentaire, "
        "additional), de plus (more); aussi (also, too), également (likewise) with sur, dans, à, au, aux, "
        "en, pour (before a place); les deux (both); et (and); ne, pas, jamais, aucun (not, never, none); "
        "trouvé (found), détecté (detected), constaté (noted), apparu (appeared), survenu (occurred); non "
        "seulement, pas seulement (not only)",
        PlaceCues(
            "aussi|également", "aussi|également", r"les\s+deux", "et", r"ne|n['’]|pas|jamais|aucun\w*",
            r"trouvée?s?|détectée?s?|constatée?s?|apparue?s?|survenue?s?", r"non\s+seulement|pas\s+seulement",
        ),
        r"sur|dans|à|au|aux|en|pour",
    ),
    MoreWords(
        ("es", "pt"),
        ("N P más", "otr[oa]s N P", "mais N P", "outr[oa]s N P", r"N P adiciona\w+"),
        _IBERIAN_PLACES,
        "Wiktionary: más (es, more), otros / otras (es, plural of otro, other), mais (pt, more), outros / "
        "outras (pt, plural of outro, other), adicionales / adicionais (plural of adicional, additional); "
        "también (es, also), ambos / ambas (both) after en, para (before a place); y (and); no, nunca, ni, "
        "tampoco (not, never, nor, neither); detectado, encontrado (found), ocurrió (occurred), apareció; "
        "no solo, no solamente (not only)",
        PlaceCues(
            "también", "también", r"amb[oa]s", "y", r"no|nunca|ni|tampoco",
            r"detectad[oa]s?|encontrad[oa]s?|ocurri\w*|apareci\w*", r"no\s+s[óo]lo|no\s+solamente",
        ),
        r"en|para",
    ),
    MoreWords(  # (Portuguese's cues apart from Spanish's: its no / na are "in the", Spanish's no "not")
        ("pt",),
        (),
        _IBERIAN_PLACES,
        "Wiktionary: também (also), ambos / ambas (both), e (and) after em, no, na, nos, nas (in, in the); "
        "não, nunca, nem (not, never, nor); detectado, encontrado (found), ocorreu (occurred), apareceu "
        "(appeared); não só, não apenas (not only)",
        PlaceCues(
            "também", "também", r"amb[oa]s", "e", r"não|nunca|nem",
            r"detectad[oa]s?|encontrad[oa]s?|ocorr\w*|apareceu", r"não\s+s[óo]|não\s+apenas",
        ),
        r"em|no|na|nos|nas",
    ),
    MoreWords(
        ("id", "ms"),
        ("N P lagi", "N P tambahan", "N P lain(?:nya)?"),
        (r"lini", r"jalur", r"pabrik", r"kilang", r"mesin", r"tungku", r"cetakan", r"stasiun", r"robot",
         r"model", r"produk", r"pemasok", r"gudang"),
        "Wiktionary: lagi (more, again), tambahan (addition, extra), lain (other), lainnya (the others), "
        "after the noun (Indonesian, Malay)",
    ),
    MoreWords(
        ("vi",),
        ("thêm N P", "N P khác"),
        (r"dây chuyền", r"nhà máy", r"máy", r"lò", r"khuôn", r"trạm", r"mẫu", r"sản phẩm", r"nhà cung cấp",
         r"kho"),
        "Wiktionary: thêm (more, to add) before the figure, khác (other) after the noun",
    ),
)  # fmt: skip


def _more_shape(shape: str, places: str) -> str:
    """One shape of :class:`MoreWords` as an expression: ``N`` a figure, ``P`` a place word."""
    spaced = r"\s*".join(shape.split(" "))
    return spaced.replace("N", r"\d+").replace("P", places)


def _more_cues() -> str:
    """The expressions of :data:`MORE_WORDS`, one alternative each; a Latin word bounded (``\\b``)."""
    cues = []
    for row in MORE_WORDS:
        places = "(?:" + "|".join(row.places) + ")"
        for shape in row.shapes:
            said = _more_shape(shape, places)
            cues.append(said if "zh-Hans" in row.languages else rf"\b{said}\b")
    return "|".join(cues)


def _place_cues() -> str:
    """ "Too", "as well", "also on", "both" speaking of a place, in each language of
    :data:`MORE_WORDS` that says them (its ``cues``, its place words): ``on line 2 too``, ``also
    on line 3``, ``on both presses``, ``auch an Linie 3``, ``op beide lijnen``, ``也在3号线``. The
    place after on / at / in / for (the row's ``at``) in the clause the cue is in — no full stop,
    no semicolon between: "Operators on line 2 retrained as well" trained the operators, "Both
    suppliers informed" (``Beide Lieferanten informiert``) told the suppliers: neither speaks of
    a place."""
    cues: list[str] = []
    for row in MORE_WORDS:
        if row.cues is None:
            continue
        words, places = row.cues, "(?:" + "|".join(row.places) + ")"
        if "zh-Hans" in row.languages:  # (no spaces, no word bounds: 也在 B 厂, 同样在3号线)
            at, place, bound = rf"(?:{row.at})[^\s,，。；;:：]{{0,8}}?", places, ""
        else:  # (a few words between, an article elided: dans l'atelier)
            at, place, bound = rf"\b(?:{row.at})\s+(?:[\w-]+\s+|\w['’]){{0,3}}?", rf"{places}\b", r"\b"
        # a clause's part (from its start: no full stop, semicolon or comma between) saying no
        # negation and no defect found there: a negation governs the words of its own part only
        # ("No recurrence found, gauge also fitted on line 2" is a deployment), and "not only"
        # (… but also on line 3) denies nothing
        unsaid = "|".join(w for w in (words.negations, words.found) if w)
        if words.not_only:
            unsaid = rf"(?!{bound}(?:{words.not_only}){bound})(?:{unsaid})"
        clause = rf"(?:^|(?<=[.;!?。；,，]))(?![^.;!?。；,，]*{bound}(?:{unsaid}){bound})[^.;!?。；,，]*?"
        gap = "" if "zh-Hans" in row.languages else r"[^.;!?,，]{0,40}?"  # (也在 B 厂: side by side)
        said = [rf"{bound}(?:{words.also}){bound}{gap}{at}{place}"]
        if words.too:
            joined = rf"(?:\s*(?:[\w-]*\d[\w-]*|{words.and_}|&|,))*"
            said.append(rf"{at}{place}{joined}\s+(?:{words.too})\s*[.!]?\s*$")
        if words.both:
            said.append(rf"{at}(?:{words.both})\s+(?:[\w-]+\s+)?{place}")
        cues.append(clause + "(?:" + "|".join(said) + ")")
    return "|".join(cues)


# "part no. HZ-3302", "Nr. 4": a negation word abbreviated before a figure or code is a number's word
_NUMBER_WORD = r"(?!\.\s*#?\s*[\w-]*\d)"


def _negations(result_denied: bool = False) -> str:
    """Every language's negations of :data:`MORE_WORDS` as one expression (a Latin word bounded,
    a Chinese one not), each language's "not only" (… but also) none, nor ``no.`` before a number
    (``part no. HZ-3302``). With ``result_denied``: a negation denying a finding or a recurrence
    (``no recurrence``, ``no issue found``, ``未再发生不良``) none either — it says a measure's result."""
    said: list[str] = []
    # (any language's result words: Spanish's "no" is English's too, "no recurrence")
    result = "|".join(w for row in MORE_WORDS if row.cues for w in (row.cues.found, row.cues.recurs) if w)
    for row in MORE_WORDS:
        if row.cues is None or not row.cues.negations:
            continue
        zh = "zh-Hans" in row.languages
        bound = "" if zh else r"\b"
        only = rf"(?!{bound}(?:{row.cues.not_only}){bound})" if row.cues.not_only else ""
        gap = r".{0,2}?" if zh else r"(?:\s+[\w-]+){0,2}?\s+"  # (未再发生; no similar issue)
        denied = rf"(?!{gap}(?:{result}){bound})" if result_denied else ""
        said.append(rf"{bound}{only}(?:{row.cues.negations}){bound}{'' if zh else _NUMBER_WORD}{denied}")
    return "|".join(said)


def _unnegated(words: str) -> str:
    """``words`` (the word cues of a deployment: same, similar, other, all, 同类, 横展 …) in a
    clause saying no negation, as :func:`_place_cues` wants of its cues: "not applied to similar
    lines", "未横展到同类产品" say what was not done. A negation before the cue counts; one after
    it too ("所有机台没有导入", the same fix never rolled out) unless it denies the defect's finding or
    return ("rolled out to all similar lines with no recurrence since", "横展至其他3条线未再发生不良":
    the measure's result). A clause ends at a full stop, a semicolon, a comma or a colon
    (``Checked all similar lines: no issue found`` did the check)."""
    end = ".;!?。；,，:："
    before, after = _negations(), _negations(result_denied=True)
    return rf"(?:(?:^|(?<=[{end}]))(?:(?!{before})[^{end}])*?(?:{words})(?![^{end}]*(?:{after})))"


# the same or similar products, lines or tools elsewhere: what a horizontal deployment speaks of
# (each in a clause saying no negation: the place cues by their own rule, the words by
# :func:`_unnegated`)
_ELSEWHERE_WORDS = (
    r"同类|同類|同型|同系列|同款|同一|同模|同炉|同爐|同种|同種|其他|其它|類似|类似|横展|橫展|水平展|横向展|橫向展|"
    r"全部|所有|比照|"  # 全部焊机参数加锁 (every machine), 比照辦理 (done likewise elsewhere)
    r"全厂|全廠|各厂|各廠|全线|全線|各线|各線|"  # 全廠 12 款軟板 (the whole plant's 12 models)
    r"同平台|同机种|同機種|"  # 同平台 3 款开关模具 (the same platform's 3 switch moulds)
    r"推广|推廣|扩展至|扩展到|擴展至|擴展到|"  # 推广至 3 条线 (rolled out to 3 lines)
    r"\b(?:rolled\s+out|roll-?out|extended\s+to|deployed\s+to)\b|"
    r"\b(?:same|similar|other|all|every|famil(?:y|ies))\b|"  # "updated for 3 harness families", "to every grinder"
    # "alarms on 2 more kilns", 另外 3 条线, "an 2 weiteren Öfen" (as many more elsewhere): a
    # place, machine, line, plant or model after it (MORE_WORDS, by language)
    rf"{_more_cues()}|"
    # the same in Dutch, German, Czech, Hungarian: "voor alle 5 klemmatrijzen" (for all 5 dies)
    # (German / Dutch beide, both: with a place only, _place_cues)
    r"\b(?:alle|andere|overige|vergelijkbare|soortgelijke|gleiche|ähnliche|všechny|podobné|összes|hasonló)\b|"
    # Finnish, Swedish, Danish / Norwegian, Greek, Romanian: "kaikille 4 robotille" (for all 4 robots)
    r"\b(?:kaikki|kaikkia|kaikkiin|kaikille|kaikissa|muille|muihin|muissa|vastaav\w*|samanlais\w*|"
    r"samtliga|liknande|lignende|(?-i:andra|samma|andre|samme)|"  # (no Swedish alla: Italian "alla linea";
    # andre, andra … lowercase only: Andre Silva is a name)
    r"όλα|όλες|όλους|όλων|άλλα|άλλες|άλλους|άλλων|παρόμοι\w*|"
    r"toate|toți|similare|aceleași|"  # (no Romanian alte: German "alte FMEA", the old one)
    # Croatian / Serbian / Slovene, Slovak / Polish, Latvian / Lithuanian, Ukrainian / Russian:
    # "PFMEA ažurirana za sve alate" (updated for all tools)
    # (no Polish inne: Norwegian "inne i", inside; no Latvian visi: Italian "visi", faces; sve in
    # lower case only: "SVE" is a company's short name)
    r"(?-i:sve)|svi|svim|svih|ostal\w*|sličn\w*|vse|vsa|všetky|ostatné|wszystkie|podobne|"
    r"visiem|visām|citi|citiem|līdzīg\w*|visiems|kiti|kitiems|panaš\w*|"
    r"всі|всіх|інші|інших|аналогічн\w*|подібн\w*|все|всех|другие|других|аналогичн\w*)\b"
)
# "Thickness gauge on line 2 too.", "… as well.", "also on line 3", "on both presses", "auch an
# Linie 3": the same done elsewhere as well — a place word of MORE_WORDS' row said ("trained the
# night shift too", "also on the drawing", "both sides measured" are no place)
_ELSEWHERE = lazy_re(rf"(?i){_unnegated(_ELSEWHERE_WORDS)}|{_place_cues()}")
# a short aside set between two commas inside a clause ("We did not, however, fit the guard on
# line 2 too", "Nous n'avons pas, cependant, …", "我们没有，但是，…"): its commas end no clause, so a
# negation before it still governs the words after it (:func:`aside_joined`). Wiktionary: the
# conjunctive and sentence adverbs set off by commas (however, therefore, in fact; jedoch, allerdings;
# cependant, toutefois; sin embargo; no entanto; echter; 但是, 然而, 因此, 事实上 …)
_ASIDE_WORDS = (
    r"however", r"therefore", r"thus", r"hence", r"in\s+fact", r"indeed", r"of\s+course", r"moreover",
    r"furthermore", r"nevertheless", r"nonetheless", r"though", r"unfortunately", r"as\s+yet", r"so\s+far",
    r"jedoch", r"allerdings", r"deshalb", r"daher", r"tatsächlich", r"bisher", r"leider",
    r"cependant", r"toutefois", r"pourtant", r"donc", r"en\s+fait", r"malheureusement",
    r"sin\s+embargo", r"por\s+lo\s+tanto", r"de\s+hecho", r"no\s+entanto", r"contudo", r"portanto",
    r"de\s+fato", r"echter", r"daarom", r"eigenlijk", r"helaas",
    "但是", "然而", "不过", "不過", "因此", "所以", "事实上", "事實上", "其实", "其實", "当然", "當然", "可惜",
)  # fmt: skip
_ASIDE = lazy_re(rf"(?i)\s*[,，]\s*({'|'.join(_ASIDE_WORDS)})\s*[,，]\s*")


def _negation_cut_off() -> str:
    """The expression of a clause's words ending in a negation (``We did not``, ``never``,
    ``n'avons pas``, ``没有``, ``未``), a negation whose verb comes after what follows it: each
    language's negations (:data:`MORE_WORDS`), a word of "yet" allowed after it (``not yet``)."""
    ends: list[str] = []
    for row in MORE_WORDS:
        if row.cues is None or not row.cues.negations:
            continue
        bound = "" if "zh-Hans" in row.languages else r"\b"
        ends.append(rf"{bound}(?:{row.cues.negations}){bound}")
    yet = r"(?:\s+(?:yet|noch|encore|todav[íi]a|ainda|nog))?"
    return rf"(?i)(?:{'|'.join(ends)}){yet}\s*$"


_NEGATION_CUT_OFF = lazy_re(_negation_cut_off())


def aside_joined(text: str) -> str:
    """``text`` with each short aside between two commas (:data:`_ASIDE_WORDS`) kept in its clause
    when the words before it end in a negation whose verb follows the aside: ``We did not,
    however, fit`` → ``We did not however fit``. After a clause that is whole (``No recurrence
    found, however, gauge also fitted``: its negation governs its own words) the aside's commas
    end it as any comma does."""

    def joined(m: re.Match[str]) -> str:
        return f" {m[1]} " if _NEGATION_CUT_OFF.search(m.string[: m.start()]) else m[0]

    return _ASIDE.sub(joined, text)


class _ClauseSubject:
    """A subject's expression searched in a text whose asides are joined to their clause
    (:func:`aside_joined`): what :data:`TEXT_SUBJECTS` holds, asked by ``search``."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(aside_joined(text))


# a group's text area that is only the answer when the text speaks of its subject
TEXT_SUBJECTS = {"prevention.horizontal_deployment": _ClauseSubject(_ELSEWHERE)}


def heading_text_member(spec: Any, group: str, first: str | None, text: Any) -> str | None:
    """Which of a group's text areas the free text under its heading answers: ``first`` (its
    first text area), unless that area has a subject the text does not speak of — then the
    group's next text area (see the module's doc)."""
    return heading_text_choice(spec, group, first, text)[0]


def heading_text_choice(spec: Any, group: str, first: str | None, text: Any) -> tuple[str | None, bool]:
    """:func:`heading_text_member` and whether the text's own words decided it: ``first`` when
    the text speaks of its subject (:data:`TEXT_SUBJECTS`) or names ``first``'s own labels
    (``横向展开``, ``Yokoten``), a later text area when it names that area's labels and not
    ``first``'s subject (``教训``, ``Lesson learned``); both named, or neither, is a guess (False):
    the first area when the subject is spoken of, else the next area (see the module's doc)."""
    subject = TEXT_SUBJECTS.get(first or "")
    if first is None or subject is None or not isinstance(text, str):
        return first, True
    meta = spec.fields.get(group)
    row = describe(meta.row_model) if meta is not None and meta.row_model is not None else {}
    members = [f"{group}.{k}" for k, m in row.items() if m.long]
    later = members[members.index(first) + 1 :] if first in members else []
    if not later:
        return first, True
    named = [p for p in later if _labels_inside(row[p.rpartition(".")[2]], text)]
    if subject.search(text) or _labels_inside(row[first.rpartition(".")[2]], text):
        return first, not named
    return (named[0], True) if named else (later[0], False)


def _labels_inside(meta: FieldMeta, text: str) -> bool:
    """Does one of ``meta``'s labels stand in ``text`` as a whole word (``横向展开`` in ``已横向展开
    至 B 线``, ``lesson learned`` in ``Lesson learned: …``), found as an option's word is
    (:func:`.compound.words_inside`)?"""
    return words_inside((word for word in meta.labels if word), text)


def documents_named(spec: Any, group: str, text: Any) -> tuple[str, str] | None:
    """The group's choice member whose options a text under the group's heading names (``更新
    PFMEA 与控制计划。`` under D7: the documents updated), with those options as a list (``FMEA、
    控制计划``), or None. Only for a group whose text areas have a subject (:data:`TEXT_SUBJECTS`:
    D7), read from that text (see the module's doc)."""
    meta = spec.fields.get(group)
    if meta is None or meta.row_model is None or not isinstance(text, str):
        return None
    row = describe(meta.row_model)
    if not any(f"{group}.{k}" in TEXT_SUBJECTS for k in row):
        return None
    for key, member in row.items():
        if member.kind == "terms":
            named = _options_inside(member, text)
            if named:
                return f"{group}.{key}", "、".join(option.zh for option in named)
    return None


def sentence_under_choice(
    spec: Any, fields: Mapping[str, FieldMeta], path: str, text: Any, label: str
) -> str | None:
    """The text area of ``path``'s group that a sentence read under the label of the group's
    choice member answers (``D7 Preventive action`` over ``Coolant check added to all grinders.``:
    no document updated, the D7 text — the deployment when it speaks of one), or None: only when
    ``label`` is a name the member shares with its group's heading (``Preventive action``, never
    the member's own ``Documents updated``: a sentence there tells of the documents), and the text
    is a sentence, ticks nothing and names none of the member's options, whole or inside it
    (``The PFMEA now lists …``); ``fields``: the page's fields by their paths (a group's members
    too)."""
    group, dot, _member = path.partition(".")
    meta = fields.get(path)
    if not dot or meta is None or meta.kind != "terms" or not isinstance(text, str) or not sentence(text):
        return None
    words = [w.strip(" .。") for w in _LIST_SEP.split(_ACT_BEFORE.sub("", _ACT_AFTER.sub("", text)))]
    if checked_options(text) is not None or any(meta.names_option(w) for w in words if w):
        return None
    group_meta = spec.fields.get(group)
    if group_meta is None or group_meta.row_model is None:
        return None
    if not _group_name_of(meta, group_meta, label) or _options_inside(meta, text):
        return None
    first = next((f"{group}.{k}" for k, m in describe(group_meta.row_model).items() if m.long), None)
    return heading_text_member(spec, group, first, text) if first in fields else None


def _group_name_of(meta: FieldMeta, group_meta: FieldMeta, label: str) -> bool:
    """Is ``label`` (its step's number aside: ``D7 Preventive action``) a name ``meta`` shares
    with its group's heading, not one of the member's own?"""
    group_names = {norm(t) for t in group_meta.labels}
    shared = {norm(t) for t in meta.labels} & group_names
    read = {k for k, w in variants(folded(label).strip()) if w >= _WHOLE_READING}
    return bool(read & shared)


_WHOLE_READING = 0.98  # vocab.variants(): the label as printed, or its name after a step's number


def _options_inside(meta: FieldMeta, text: str) -> list[Any]:
    """``meta``'s options a text names, found as any choice's are (:func:`.compound.options_named_in`:
    ``PFMEA`` in ``The PFMEA now lists …``, ``control plan``, ``出貨檢驗標準`` as the inspection
    standard; those it denies left out: ``未更新 FMEA``). The catch-all option's word (``other``,
    其他) names no option inside a sentence: ``rolled out to the other lines`` speaks of lines, no
    document."""
    if meta.term is None:
        return []
    return [option for option in options_named_in(meta.term, text) if option.value != CATCH_ALL]


# the code of a choice's catch-all option (``other``, 其他): a word of any sentence
CATCH_ALL = "other"


def _head_noun(text: str) -> str:
    """The last two characters of a Chinese label (its head noun: 类别, 日期), simplified."""
    key = re.sub(r"[^\u3400-\u9fff]", "", folded(str(text)))
    return key[-2:] if len(key) >= 3 else ""


def option_by_unread_label(reading: Any, boxes: Sequence[Box], spec: Any) -> None:
    """An empty choice field read from an unread label with its head noun (see the module's
    doc), in place; its confidence 0.6. Only when one such field fits and the value beside the
    label is exactly one of its options."""
    for label in list(reading.unread):
        head = _head_noun(label.text)
        if not head:
            continue
        beside = sorted(
            (
                b
                for b in boxes
                if b is not label and not b.empty and b.same_band(label) and b.x0 >= label.x1 - 1e-6
            ),
            key=lambda b: b.x0,
        )
        if not beside or not isinstance(beside[0].value, str):
            continue
        value = beside[0].value.strip()
        fits = [
            k
            for k, m in spec.fields.items()
            if m.kind == "term"
            and m.term is not None
            and reading.values.get(k) in (None, "", [])
            and any(_head_noun(t) == head for t in m.labels)
            and m.names_option(value)
        ]
        if len(fits) != 1:
            continue
        reading.values[fits[0]] = value
        reading.where[fits[0]] = beside[0].location
        reading.provenance[fits[0]] = Provenance(
            beside[0].location, label.text, label.location, 0.6, "head-noun"
        )
        reading.unread.remove(label)


# what a code's label adds to its thing's word: ``Item`` → ``Item No.``, ``物料`` → ``物料编号``
_CODE_WORDS = ("no", "number", "nr", "code", "id", "#", "编号", "号码", "号", "代码", "编码")
# what a date's label adds to the act's word: ``Received`` → ``Date received``, ``签收`` → ``签收日期``
_DATE_WORDS = frozenset({"date", "on", "day", "dated"})
_DATE_TAILS = ("日期", "时间", "日")
_WORD = lazy_re(r"[^\W\d_]+")
_LONGEST_PART_LABEL = 24


def _beside(label: Box, boxes: Sequence[Box]) -> Box | None:
    """The first filled box right of ``label`` on its line."""
    right = [
        b for b in boxes if b is not label and not b.empty and b.same_band(label) and b.x0 >= label.x1 - 1e-6
    ]
    return min(right, key=lambda b: b.x0) if right else None


def _read_values(values: Any) -> list[Any]:
    """Every value a reading holds, its groups' and tables' too."""
    if isinstance(values, dict):
        return [v for x in values.values() for v in _read_values(x)]
    if isinstance(values, list):
        return [v for x in values for v in _read_values(x)]
    return [values]


def _a_full_date(value: Any) -> bool:
    import datetime as dt

    from .dates import full_date

    return isinstance(value, dt.date) or (isinstance(value, str) and full_date(value) is not None)


def _short_of(label: str, words: frozenset[str], tails: Sequence[str]) -> str | None:
    """``label`` (``Date received``, ``签收日期``, ``Item No.``) without the words that make it a
    date's or a code's label (``received``, ``签收``, ``item``), normalised; None when it has none
    of them, or nothing else."""
    key = norm(label)
    if re.search(r"[\u3400-\u9fff]", label):
        tail = next((t for t in tails if key.endswith(t) and len(key) > len(t)), None)
        return key[: -len(tail)] if tail else None
    theirs = _WORD.findall(label)
    kept = [w for w in theirs if w.lower() not in words]
    marked = "#" in words and label.rstrip(" :：").endswith("#")  # Item #: the number sign a code's word
    return norm(" ".join(kept)) or None if kept and (len(kept) < len(theirs) or marked) else None


_SHORT_DATE_LABELS: dict[str, dict[str, set[str]]] = memo({})  # form kind → short label → its date fields


def _short_date_labels(spec: Any) -> dict[str, set[str]]:
    found = _SHORT_DATE_LABELS.get(spec.kind)
    if found is None:
        found = {}
        for path, meta in spec.leaf_fields.items():
            if meta.kind == "date":
                for label in meta.labels:
                    if (short := _short_of(label, _DATE_WORDS, _DATE_TAILS)) is not None:
                        found.setdefault(short, set()).add(path)
        _SHORT_DATE_LABELS[spec.kind] = found
    return found


def _date_for_a_name(reading: Any, spec: Any, key: str, beside: Box) -> bool:
    """Was the label ``key`` (``Received``, ``签收``) taken by a text field (``Received by``, the
    warehouse's receiver who signs for the goods) for the date beside it? A date is no person's
    name nor a text: the fields are let go of it (True), so that the date's field may take it."""
    paths = [p for p, prov in reading.provenance.items() if prov.label and norm(prov.label) == key]
    for path in paths:
        meta = spec.leaf_fields.get(path)
        prov = reading.provenance[path]
        if meta is None or meta.kind != "text":
            return False
        if prov.location != beside.location or value_paths.get(reading.values, path) != beside.value:
            return False
    for path in paths:
        value_paths.put(reading.values, path, None)
        reading.where.pop(path, None)
        del reading.provenance[path]
    return bool(paths)


def field_by_partial_label(reading: Any, boxes: Sequence[Box], spec: Any) -> None:
    """A label printed short of its field's full words, read by what stands beside it, in place,
    with low confidence (so said):

    - a date beside a word that is one date field's label without its ``date`` (``Received |
      2026-03-16``: ``Date received``; ``签收 | 2026/3/16``: 签收日期) is that field's date — only
      where one empty date field has such a label and the form prints none of its own labels
      (a bare ``Received`` over a column of figures is the received quantity's header: no date);
    - a thing's name beside its bare word where the form's code field was read from that word
      with its number (``Item No. | HW-PSU-65W | Item | 65 W USB-C adapter``: ``Item`` is the
      part's name, as ``Part No.`` / ``Part name``) is the name field's (``part_no`` →
      ``part_name``); a bare ``Item`` heading a table's first column names nothing (the form's
      code then has a label of its own, ``Part no.``)."""
    used_labels = {norm(p.label) for p in reading.provenance.values() if p.label}

    def take(path: str, label: Box, value: Box, how: str) -> None:
        value_paths.put(reading.values, path, value.value, make=True)
        reading.where[path] = value.location
        reading.provenance[path] = Provenance(value.location, label.text.strip(), label.location, 0.6, how)
        if label in reading.unread:
            reading.unread.remove(label)

    shorts = _short_date_labels(spec)
    empty = {
        path
        for paths in shorts.values()
        for path in paths
        if value_paths.get(reading.values, path) in (None, "") and path not in reading.where
    }
    for label in boxes if empty else ():
        if label.empty or not isinstance(label.value, str) or len(label.text) > _LONGEST_PART_LABEL:
            continue
        key = norm(label.text)
        fits = shorts.get(key, set())
        if len(fits) != 1 or not fits <= empty:
            continue  # (one date field only: a word two dates share names neither)
        beside = _beside(label, boxes)
        if beside is None or not _a_full_date(beside.value):
            continue
        if key in used_labels and not _date_for_a_name(reading, spec, key, beside):
            continue
        if beside.value in _read_values(reading.values):
            continue
        [path] = fits
        take(path, label, beside, "label-right:partial")
        empty.discard(path)

    for label in list(reading.unread):
        text = label.text.strip().rstrip(":：").strip()
        if not text or len(text) > _LONGEST_PART_LABEL:
            continue
        for code, prov in list(reading.provenance.items()):
            if not code.endswith("_no") or "." in code or "[" in code or not prov.label:
                continue
            name = code.removesuffix("_no") + "_name"
            if name not in spec.fields or reading.values.get(name) not in (None, ""):
                continue
            if _short_of(prov.label, frozenset(_CODE_WORDS), _CODE_WORDS) != norm(text):
                continue
            beside = _beside(label, boxes)
            value = beside.value if beside is not None else None
            if not isinstance(value, str) or not _WORD.search(value) or reads_as_code(value):
                continue
            if value in _read_values(reading.values):
                continue
            take(name, label, beside, "label-right:name-of-code")  # type: ignore[arg-type]
            break


def billing_date(values: dict[str, Any], where: Any, provenance: dict) -> None:
    """``Billing date`` is the date of a billing document (an invoice, or a credit memo, which an
    ERP bills too). Beside the billing document the form refers to (``Billing doc.`` read as the
    original invoice) it is that invoice's date; on a form that names none (SAP's credit memo:
    ``Credit memo`` / ``Billing date`` / ``Reference invoice``) it is the memo's own date, the
    allowance's issue date (DOMAIN §5.4). Either way a date read so that the form does not pin
    down is read with low confidence, so the clerk is told (it passed silently as the invoice's)."""
    prov = provenance.get("invoice_date")
    if prov is None or norm(prov.label) != "billingdate":
        return
    invoice = provenance.get("invoice_no")
    if invoice is not None and "billing" in norm(invoice.label):
        return  # "Billing doc. 90004711 / Billing date …": the referred invoice's date
    doubt = replace(prov, confidence=min(prov.confidence, 0.6), how=prov.how + ":billing-date")
    if values.get("issue_date") is not None:
        provenance["invoice_date"] = doubt  # the form has its own date: which one is this?
        return
    values["issue_date"] = values.pop("invoice_date")
    values["invoice_date"] = None
    where["issue_date"] = where.pop("invoice_date", prov.location)
    provenance["issue_date"] = doubt
    del provenance["invoice_date"]


# the labels an 8D prints for the day its problem occurred (D2's "when"): on a form with no date of
# its own (no 立案日期 / 报告日期 …) that day is the report's opening, said (low confidence)
_OCCURRENCE_LABELS = frozenset({"发生日期"})


def occurrence_opens(values: dict[str, Any], where: Any, provenance: dict) -> None:
    """An 8D printing ``发生日期`` and no date of its own: its 发生日期 is read as the problem's
    "when" (D2) and, the form naming no other, as the report's opened date too — with low
    confidence, so the clerk is told. A form that prints 立案日期 (or any label of the opened
    date) keeps 发生日期 the problem's alone."""
    prov = provenance.get("problem.when")
    if prov is None or norm(prov.label) not in _OCCURRENCE_LABELS:
        return
    if "opened_date" in where or values.get("opened_date") is not None:
        return  # the form's own date (its label found, even with its value empty)
    problem = values.get("problem")
    day = problem.get("when") if isinstance(problem, dict) else None
    if day is None:
        return
    if not (isinstance(day, str) and either_order_date(day)):  # 03/12/2026: the order decided later
        try:
            if parse_date(day) is None:
                return
        except ValueError:
            return  # "3月初" / "夜班": a problem's when, no day
    values["opened_date"] = day
    where["opened_date"] = where.get("problem.when", prov.location)
    provenance["opened_date"] = replace(
        prov, confidence=min(prov.confidence, 0.6), how=prov.how + ":occurrence"
    )


# the label an ERP's billing document gives the document it refers to (SAP: "Reference")
_REFERENCE_LABELS = frozenset({"reference", "referenceno", "refno", "referencedocument", "refdoc"})
_INVOICE_LIKE = lazy_re(r"^[A-Z]{0,4}\d{6,}$")


def billing_document(page: Any, values: dict[str, Any], where: Any, provenance: dict) -> None:
    """A credit memo that is itself an ERP billing document (SAP: ``Billing Document`` at its head,
    ``Reference`` naming the invoice it credits): the billing document's number is the memo's own
    number, the reference the original invoice (DOMAIN §5.4). Read so only where the form has no
    number of its own and a ``Reference`` label holds an invoice-like number; else as before
    (``Billing doc.`` beside a memo number: the referred invoice)."""
    prov = provenance.get("invoice_no")
    if prov is None or norm(prov.label) not in ("billingdocument", "billingdoc") or values.get("number"):
        return
    if "number" not in page.fields:
        return
    for box in page.boxes:
        if not isinstance(box.value, str) or norm(box.text).rstrip(".") not in _REFERENCE_LABELS:
            continue
        filled = [b for b in page.right_of(box)[0] if not b.empty]
        text = str(filled[0].value).strip().lstrip("'") if filled else ""
        if not _INVOICE_LIKE.match(text.replace(" ", "")):
            continue
        values["number"] = values.pop("invoice_no")
        where["number"] = where.pop("invoice_no", prov.location)
        # both read with low confidence, so shown: a Reference may as well hold the customer's
        # order (4500098765, invoice-like too), the billing document then being the invoice
        provenance["number"] = replace(
            prov, confidence=min(prov.confidence, 0.75), how=prov.how + ":billing-document"
        )
        values["invoice_no"] = text
        where["invoice_no"] = filled[0].location
        provenance["invoice_no"] = replace(
            prov,
            location=filled[0].location,
            label=box.text.strip(),
            label_location=box.location,
            confidence=min(prov.confidence, 0.75),
            how="label-right:reference",
        )
        return
