"""A corrective-action report printed as ONE step table: a header row naming the columns once
(``步驟 | 內容 | 負責人 | 預計完成日 | 實際完成日``), then one row per discipline, its heading in
the first cell::

    步驟        | 內容                          | 負責人 | 預計完成日 | 實際完成日
    D3 暫時對策 | 成品倉 2,400 pcs 全數目檢…    | 張雅雯 | 9/7        | 9/6
    D5 永久對策 | 沖壓模具增加導正銷…           | 陳冠宇 | 9/30       | 9/28

The heading names a table of the form (containment, corrective actions); its row is that
table's first row, each cell read under the column the header row names over it; the first
cell under a header naming none of the table's columns (內容) is the row's main text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from ..forms import FieldMeta
from ..values import _as_date
from .act_dates import act_date_of
from .boxes import Box
from .dates import full_date
from .persons import person_field
from .sections import discipline_keys
from .steps import rest_of_line
from .value_cues import outcome_column
from .vocab import Vocabulary, discipline, label_like


def _named(vocab: Vocabulary, columns: dict[str, FieldMeta], box: Box) -> str | None:
    """The column of ``columns`` header cell ``box`` names, surely (or None)."""
    if box.empty or not isinstance(box.value, str):
        return None
    hit = vocab.match(box.text)
    return hit[0] if hit is not None and hit[1] >= 0.85 and hit[0] in columns else None


_FLAGS = frozenset("XxYyNn✓✔√×✗是否")
_ROW_SURE = 0.75  # a step row's value read under its header: shown for checking


def _flag(box: Box) -> bool:
    """Does ``box`` hold a system's flag alone (``X``, ``Y`` / ``N``, ``✓``)?"""
    text = box.text.strip() if isinstance(box.value, str) else ""
    return len(text) == 1 and text in _FLAGS


def _flag_or_stamp(box: Box) -> bool:
    """Does ``box`` hold a system's flag (``X``, ``Y`` / ``N``, ``✓``) or a date or date-time
    stamp (a date cell, ``2026-03-16 16:21:00``) rather than words of a step's text?"""
    value = box.value
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    text = box.text.strip()
    return _flag(box) or (bool(text) and _as_date(text) is not None)


def _column_heading(box: Box) -> bool:
    """Does a cell of a step table's header row read as a column's name: a label, or a short
    word of no digits (an online sheet's ``评论`` / ``Comment`` column) — the row above is the
    table's header already, a cell of it is no value."""
    text = box.text.strip()
    if label_like(text):
        return True
    return isinstance(box.value, str) and 0 < len(text) <= 12 and not any(c.isdigit() for c in text)


def _names_columns(page: Any, band: list[Box]) -> bool:
    """Does ``band`` name two or more columns of one of the form's tables (a step table's
    header names the columns of every table its rows are lines of: 責任人 | 完成日期)?"""
    for key, vocab in page.column_vocabs.items():
        columns = page.spec.fields[key].row_model.model_fields
        if len({_named(vocab, columns, b) for b in band} - {None}) >= 2:
            return True
    return False


def _names_a_column(page: Any, box: Box) -> bool:
    """Does ``box`` name a column of a table of the form (and is no step's heading: a step's
    heading above another is no header)? Kept per box of the page, asked only of the boxes
    above a step heading: :func:`_header_band` looks above every step heading (issue 15)."""
    known: dict[int, bool] | None = getattr(page, "_names_a_column", None)
    if known is None:
        known = page._names_a_column = {}
    found = known.get(id(box))
    if found is None:
        found = known[id(box)] = (
            not box.empty
            and isinstance(box.value, str)
            and discipline(box.text) is None
            and any(
                (m := v.match(box.text)) is not None and m[1] >= 0.85 for v in page.column_vocabs.values()
            )
        )
    return found


def _over_steps(page: Any, band: list[Box], head: Box, top: float) -> bool:
    """Is ``band`` (naming one column of a table) the header of a step table all the same: a
    cell of its own over the column of step headings (``步骤 | 内容 | 状态 | 完成日期`` over
    ``D3 围堵措施 | … | 已完成 | 2026-03-12``: 状态 names no column of any table), with two or
    more step headings under that cell? Then the step's text is the cell under the text column
    only, not the row's status and date after it."""
    filled = [b for b in band if not b.empty]
    if not all(isinstance(b.value, str) and not any(c.isdigit() for c in b.text) for b in filled):
        return False  # a row of labels and their values ("零件号 | YZ-HSG-3301 | 不良数 | 34"): no header
    over = [b for b in filled if b.overlaps_x(head.x0, head.x1)]
    if len(over) != 1 or not isinstance(over[0].value, str) or _step_heading(over[0]):
        return False
    if _names_a_column(page, over[0]):
        return False
    col = over[0]
    steps = [b for b in page.boxes if b.y0 >= top - 1e-6 and col.overlaps_x(b.x0, b.x1) and _step_heading(b)]
    return len(steps) >= 2


def _step_heading(box: Box) -> bool:
    return not box.empty and isinstance(box.value, str) and discipline(box.text) is not None


def _header_band(page: Any, head: Box) -> list[Box] | None:
    """The nearest row above ``head`` naming two or more columns of a table of the form, with
    only step headings (or nothing) under it in the heading's column down to ``head``."""
    above = [
        b
        for b in page.boxes
        if b.y1 <= head.y0 + 1e-6 and b.x0 >= head.x0 - 1e-6 and _names_a_column(page, b)
    ]
    # "D1 小组 | 姓名 | 部门 | 角色": a step's own table (its team) in the step table, its header
    # beside the step's heading: no header of the steps under it, the step table's is above it
    own = {
        id(b)
        for h in page.boxes
        if h.y1 <= head.y0 + 1e-6 and h.overlaps_x(head.x0, head.x1) and _step_heading(h)
        for b in page.band_of(h)
    }
    above = [b for b in above if id(b) not in own]
    if not above:
        return None
    lowest = max(above, key=lambda b: b.y0)
    band = page.band_of(lowest)
    top = max(b.y1 for b in band)
    if not _names_columns(page, band) and not _over_steps(page, band, head, top):
        return None
    for b in page.boxes:  # the cells of the heading's column between the header and the heading
        if top - 1e-6 <= b.y0 < head.y0 - 1e-6 and b.overlaps_x(head.x0, head.x1) and not b.empty:
            if not isinstance(b.value, str) or discipline(b.text) is None:
                return None
    return band


def step_under_header(
    page: Any, head: Box, columns: dict[str, FieldMeta], main: str, vocab: Vocabulary, taken: set[int]
) -> tuple[dict[str, Any], dict[str, Box], list[Box]] | None:
    """The row a step's heading stands in, read under the step table's header row: (values by
    column, their boxes, every box read), or None when no header row above names two of the
    table's columns or the row holds no cell under one of them."""
    band = _header_band(page, head)
    if band is None or _number_under_foreign_header(head, band, _named_by(vocab, columns)):
        return None
    line = rest_of_line(page, head, taken)
    name = _step_name_beside(page, head, band, line, _named_by(vocab, columns))
    if name is not None:  # "D3 | Containment | …": the step's number and its name in two cells
        line = line[1:]
    heading = f"{head.text} {name.text}" if name is not None else head.text
    # a step naming a text column of its own writes its text there (D6 效果確認: the result)
    named_by_head = [
        c for c, score, *_ in vocab.candidates(heading) if score >= 0.85 and columns[c].kind == "text"
    ]
    main = next(iter(named_by_head), main)
    row: dict[str, Any] = {}
    places: dict[str, Box] = {}
    for cell in line:
        over = [h for h in band if h.overlaps_x(cell.x0, cell.x1) and not h.empty]
        if not over:
            return None  # a cell under no column: not this layout
        top = max(over, key=lambda h: min(h.x1, cell.x1) - max(h.x0, cell.x0))
        col = _named(vocab, columns, top)
        if col is None and main in row and (_column_heading(top) or _flag_or_stamp(cell)):
            # under a column the table does not have (預計完成日 where only the done date is; an
            # online sheet's 评论 / Comment), or a system's flag or stamp there (完成 | X,
            # 更新時間 | 2026-03-16 16:21:00): no part of the text
            continue
        if col is not None and columns[col].kind == "date" and _flag(cell):
            continue  # Done (X) | X: the step's done flag under a column worded as its date, no date
        if col is None or col == main:
            if main in row or not isinstance(cell.value, str) or page.is_label(cell):
                return None
            col = main
        if col in row:
            return None
        row[col], places[col] = cell.value, cell
    if main not in row:
        return None  # (the step's text alone: its other cells are under columns this table has not)
    outcome = outcome_column(columns, main, row[main]) if main not in named_by_head else None
    if outcome is not None and outcome not in row:  # "D6 实施验证 | 连续 6 批合格。": its result
        row[outcome], places[outcome] = row.pop(main), places.pop(main)
    return row, places, [*places.values(), *([name] if name is not None else [])]


def _number_under_foreign_header(head: Box, band: list[Box], named: Any) -> bool:
    """Is ``head`` a step's number alone (``D5``) in a column under a header row naming none of
    the step's table's columns (``Model | Type | Qty`` over ``D5 | Housing | 5``: a model's code
    in another table)? Then it is no step's heading: its row is no step's line."""
    found = discipline(head.text)
    if found is None or found[1].strip(" :：-–—()（）"):
        return False
    return all(named(h) is None for h in band)


column_named = _named  # (for the step headings of :mod:`.anchor`)


def _named_by(vocab: Vocabulary, columns: dict[str, FieldMeta]) -> Any:
    return lambda box: _named(vocab, columns, box)


def _step_name_beside(page: Any, head: Box, band: list[Box], line: list[Box], named: Any) -> Box | None:
    """The step's name beside a heading that is its number alone (``D3 | Containment | …``, a
    system's export printing the step's number and its type in two columns): the first cell
    right of it, a label, under a header cell of its own naming none of the table's columns
    (``Step | Type | Description | …``; ``named``: the column of the table a header cell names).
    None for a heading naming its step itself."""
    found = discipline(head.text)
    if found is None or found[1].strip(" :：-–—") or not line:
        return None
    first = line[0]
    if not isinstance(first.value, str) or not page.is_label(first) or _flag_or_stamp(first):
        return None
    over = [h for h in band if h.overlaps_x(first.x0, first.x1) and not h.empty]
    if len(over) != 1 or over[0].overlaps_x(head.x0, head.x1) or named(over[0]) is not None:
        return None
    return first


def steps_under(bands: list[list[Box]], i: int, heads: list[Box]) -> bool:
    """Do the rows under header row ``i`` begin, left of its known columns, with discipline
    headings (``D2 問題描述``, ``D3 暫時對策``)? Then it is a step table's header: each row is
    the line of the table its heading names, not a line of every table it names a column of."""
    left = min(h.x0 for h in heads)
    steps = 0
    for band in bands[i + 1 : i + 4]:
        first = min((b for b in band if not b.empty), key=lambda b: b.x0, default=None)
        if first is not None and first.x1 <= left + 1e-6 and isinstance(first.value, str):
            steps += discipline(first.text) is not None
    return steps >= 2


def step_group_candidates(page: Any, taken: set[int], candidate: type) -> list[Any]:
    """A step table's row whose step names a group of fields, not a table (``D8 结案 | 客户确认
    关闭 | 赵总 | 2026-04-02`` → the closure): the cell under a column of people (责任人, Owner)
    is the group's one person field (who closed it), the date under a date column the date of
    that person's act. Read with low confidence, so the clerk is shown it."""
    out: list[Any] = []
    for head in page.boxes:
        if head.empty or id(head) in taken or not isinstance(head.value, str):
            continue
        group = _step_group(page, head)
        if group is None:
            continue
        band = _header_band(page, head)
        if band is None:
            continue
        members = {k: m for k, m in page.fields.items() if k.startswith(group + ".")}
        people = [k for k, m in members.items() if person_field(m)]
        # the date of that person's act only (D2's 完成日期 is no date of the problem's)
        act = act_date_of(page, people[0]) if len(people) == 1 else None
        dates = [act] if act is not None else []
        for cell in page.band_of(head):
            if cell is head or cell.empty or id(cell) in taken or cell.x0 < head.x1 - 1e-6:
                continue
            if page.is_label(cell):
                continue  # ``D8 批准 | 孙经理 | 结案日期 | …``: a label on the row is no one's value
            over = [h for h in band if h.overlaps_x(cell.x0, cell.x1) and not h.empty]
            if not over:
                continue
            top = max(over, key=lambda h: min(h.x1, cell.x1) - max(h.x0, cell.x0))
            kind = _column_kind(page, top)
            if kind == "date" and _flag(cell):
                continue  # Done (X) | X: a done flag, no date of the act
            paths = people if kind == "person" else dates if kind == "date" else []
            if kind is None:  # "Closed on" over the D8 row's stamp: the group's own date, named
                paths = _own_date(page, group, top)
            if len(paths) != 1:
                continue
            path = paths[0]
            label = replace(head, text=f"{head.text.strip()} · {top.text.strip()}")
            out.append(
                candidate(
                    _ROW_SURE, path, cell.value, [cell], label, "step-row", (cell.y0, cell.x0, 0), (), (top,)
                )
            )
    return out


def header_yields_to_rows(candidates: list[Any]) -> None:
    """A step table's header cell naming a field itself (``Closed on`` over the stamps of every
    step's row) reads, as a label, the first row's value under it: one row's. Where the row of
    the step naming that field's group gives it (the D8 row's stamp, :func:`step_group_candidates`),
    the header's reading yields to the row's."""
    headed = {(c.path, id(h)) for c in candidates if c.how == "step-row" for h in c.headers}
    for cand in candidates:
        if cand.how != "step-row" and (cand.path, id(cand.label)) in headed:
            cand.score = min(cand.score, _ROW_SURE - 0.05)


def _own_date(page: Any, group: str, header: Box) -> list[str]:
    """The group's date field a step table's header names by its own label (``Closed on`` over
    the D8 row: the closing date), as the one path; none otherwise."""
    hit = page.vocab.match(header.text) if isinstance(header.value, str) else None
    if hit is None or hit[1] < 0.85 or not hit[0].startswith(group + "."):
        return []
    meta = page.fields.get(hit[0])
    return [hit[0]] if meta is not None and meta.kind == "date" else []


def _step_group(page: Any, head: Any) -> str | None:
    """The one group of fields the 8D step named by ``head`` (``D8 结案``) holds, or None."""
    found = discipline(head.text)
    if found is None:
        return None
    groups = [k for k in discipline_keys(page, found[0]) if page.spec.fields[k].kind == "group"]
    return groups[0] if len(groups) == 1 else None


def step_column_candidates(page: Any, taken: set[int], candidate: type) -> list[Any]:
    """An 8D with its steps as COLUMNS (``D1 小组成员 | D2 问题描述 | … | D8 结案`` across one row,
    each step's content in the cell under it): the cell under a step naming a group of fields
    (D8: the closure), holding a date and nothing else, is that group's one date (the closing
    date). Read with low confidence, so the clerk is shown it."""
    heads = [b for b in page.boxes if not b.empty and isinstance(b.value, str) and discipline(b.text)]
    out: list[Any] = []
    for head in heads:
        if id(head) in taken:
            continue
        if sum(1 for h in heads if h is not head and h.same_band(head)) < 3:
            continue  # steps as columns: the other steps' headings beside it on its row
        group = _step_group(page, head)
        if group is None:
            continue
        dates = [k for k, m in page.fields.items() if k.startswith(group + ".") and m.kind == "date"]
        under = [
            b
            for b in page.boxes
            if b is not head and b.y0 >= head.y1 - 1e-6 and b.overlaps_x(head.x0, head.x1)
        ]
        if len(dates) != 1 or not under:
            continue
        cell = min(under, key=lambda b: (b.y0, b.x0))
        if cell.empty or id(cell) in taken or full_date(cell.value) is None:
            continue  # (the step's text, or its date written in words: not this rule's)
        if cell.x0 < head.x0 - 1e-6 or cell.x1 > head.x1 + 1e-6:
            continue  # a box reaching over other steps: no one step's content
        out.append(candidate(0.75, dates[0], cell.value, [cell], head, "step-column", (cell.y0, cell.x0, 0)))
    return out


def _column_kind(page: Any, header: Box) -> str | None:
    """What a step table's header names in the form's tables: a column of people (责任人) or
    of dates (完成日期), by the best column any table has of that name."""
    from ..forms import describe

    best: tuple[float, str | None] = (0.0, None)
    for key, vocab in page.column_vocabs.items():
        hit = vocab.match(header.text) if isinstance(header.value, str) else None
        if hit is None or hit[1] < 0.85 or hit[1] <= best[0]:
            continue
        meta = describe(page.spec.fields[key].row_model).get(hit[0])
        kind = (
            "date" if meta is not None and meta.kind == "date" else "person" if person_field(meta) else None
        )
        best = (hit[1], kind)
    return best[1]
