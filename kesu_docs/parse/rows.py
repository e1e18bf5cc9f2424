"""Reading rules about lines and rows of a table that the table reader (:mod:`.anchor`) asks
before it takes a band for a header or a row: a line of label-value pairs is no header, a
header row may be shared by two tables printed side by side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..lazy_re import lazy_re
from ..values import CHECKED, UNCHECKED, halfwidth
from .boxes import Box, Provenance, notes_naming_columns, side_note_parts
from .guards import negative_figure, totals_row
from .persons import sign_off_caption
from .table_lines import bare_tax_line, note_caption, subtotal_caption, walk_lines
from .vocab import label_like

# a column read from a side note along a row's line (``… | 貢獻度 70%``): as sure as a block's row
# read from its note (:data:`.sections.BLOCK_DOUBT`), below the reporting limit
NOTED_DOUBT = 0.75


def _reads_as_value(box: Box) -> bool:
    """A filled cell that reads as an answer, not as a column name: a figure or a date, a
    text with a figure in it, or a sentence."""
    if box.empty:
        return False
    if not isinstance(box.value, str):
        return True
    text = box.text.strip()
    if label_like(text):
        return False
    return bool(re.search(r"\d", text)) or len(text) > 30 or bool(re.search(r"[;；。.]\s*$", text))


def pairs_line(band: Sequence[Box], names: Sequence[Box]) -> bool:
    """Is ``band`` a line of label-value pairs (``Occurrence (why made) | Grinding wheel worn…
    | % Contribution | 80%``) rather than a table's header row? Every column name found there
    is followed, before the next name, by a filled cell that reads as an answer (a lone name
    by a figure: ``% Contribution | 80%``)."""
    if not names:
        return False
    ids = {id(b) for b in names}
    line = sorted((b for b in band if not b.empty), key=lambda b: b.x0)
    for name in names:
        after = [b for b in line if b.x0 >= name.x1 - 1e-6]
        if (
            not after
            or id(after[0]) in ids
            or not (_reads_as_value(after[0]) or _typed_after(name, after[0]))
        ):
            return False
        if len(names) == 1 and not _figure(after[0]) and not (len(after) > 1 and _figure(after[-1])):
            # one caption and its text: a one-column table may start so; with a figure closing
            # the line (``Root Cause | Nutrunner clutch worn… | 70%``) it is a cause and its share
            return False
    return True


def _typed_after(name: Box, box: Box) -> bool:
    """Is ``box`` typed after its label in the label's own cell (``負責人：林佳蓉``)? A column's
    name has its cell to itself."""
    return (
        bool(name.location)
        and box.location == name.location
        and re.search(r"[:：]\s*$", name.text) is not None
    )


def _figure(box: Box) -> bool:
    """A number, a date or a figure typed as text (``80%``, ``1,100``)."""
    return not isinstance(box.value, str) or bool(re.fullmatch(r"[\d\s.,%/:+-]+", box.text.strip()))


def shared_header(band: Sequence[Box], taken: set[int]) -> list[Box]:
    """The boxes another table left on its header row: one header row shared by two tables
    printed side by side (``Location | Qty Checked | Qty Defective | Action | Owner | Date``,
    a stock count beside the containment actions). Nothing when no table took the row."""
    if not any(id(b) in taken for b in band):
        return []
    return [b for b in band if id(b) not in taken]


def line_columns(
    page: Any, vocab: Any, start: Box, skip: set[str], columns: dict[str, str] | None = None
) -> dict[str, tuple[Box, Box, Any]]:
    """The other columns of a row printed along its line as caption | value pairs, right of
    the row's text ``start`` (``Occurrence | Grinding wheel worn… | % Contribution | 80%``):
    column → (caption, value box, value). A caption is known by the table's column names
    (printed plain on a PDF, it need not look like a label). A side note naming a column
    (``真因分析： | 沖頭磨耗… | 貢獻度 70%``, :func:`.boxes.notes_naming_columns`) is that
    column's caption and value in one box: caption and value box are the note (a guess,
    :func:`along_line` reports it)."""
    out: dict[str, tuple[Box, Box, Any]] = {}
    columns = columns or {}  # column → its kind
    if vocab is None:
        return out
    line = sorted(
        (b for b in page.band_of(start) if not b.empty and b.x0 >= start.x1 - 1e-6), key=lambda b: b.x0
    )
    noted = notes_naming_columns(vocab, "", [start, *line], columns) if line else {}
    for i, box in enumerate(line):
        if not isinstance(box.value, str):
            continue
        if id(box) in noted:
            column, note = noted[id(box)]
            if column not in skip and column not in out:
                out[column] = (box, box, note)
            continue

        if any(c in box.text for c in CHECKED + UNCHECKED):
            # a tick box whose word names a yes/no column: "☑已驗證" along a cause's line
            word = box.text.strip(CHECKED + UNCHECKED + " \u3000")
            named = vocab.match(word) if word else None
            if (
                named
                and named[1] >= 0.85
                and named[0] not in skip | set(out)
                and columns.get(named[0]) == "bool"
            ):
                out[named[0]] = (box, box, box.value)
            continue
        if i + 1 >= len(line):
            break
        found = vocab.match(box.text)
        if found is None or found[1] < 0.8 or found[0] in skip or found[0] in out:
            continue
        value = line[i + 1]
        if (isinstance(value.value, str) and vocab.match(value.text) is not None) or page.is_label(value):
            continue  # a caption beside another caption: no value between them
        out[found[0]] = (box, value, value.value)
    if line and not any(line[-1] is v for _c, v, _x in out.values()):
        named = _named_above(page, vocab, line[-1], skip | set(out))
        if named is not None:
            out[named[0]] = (named[1], line[-1], line[-1].value)
        elif (share := _lone_share(line, columns, skip | set(out))) is not None:
            out[share] = (line[-1], line[-1], line[-1].value)
    return out


_PERCENT = lazy_re(r"^\s*\d{1,3}(?:[.,]\d+)?\s*[%％]\s*$")


def _lone_share(line: Sequence[Box], columns: dict[str, str], skip: set[str]) -> str | None:
    """The row's only percentage column, for a percentage closing its line without a caption
    (``發生原因 | 蝕刻線速過快… | 70%``, no ``比例`` printed anywhere): a figure written with
    ``%`` can be nothing else there. None when the row has no such column or several."""
    if not line or not _PERCENT.match(line[-1].text):
        return None
    ratios = [c for c, kind in columns.items() if kind == "ratio" and c not in skip]
    return ratios[0] if len(ratios) == 1 else None


_FIGURE = lazy_re(r"^\s*[-+]?\d[\d,.]*\s*%?\s*$")


def _named_above(page: Any, vocab: Any, box: Box, skip: set[str]) -> tuple[str, Box] | None:
    """The column a figure closing a row's line stands under (``% Contribution`` printed over
    ``70%`` and ``30%``): the first text above it, past the figures of the rows above, that is a
    column name of the table. None for a text, or where the box above names nothing."""
    if not _FIGURE.match(str(box.value)):
        return None
    above = sorted(
        (b for b in page.boxes if not b.empty and b.y1 <= box.y0 + 1e-6 and b.overlaps_x(box.x0, box.x1)),
        key=lambda b: -b.y1,
    )
    for b in above:
        if _FIGURE.match(str(b.value)):
            continue  # the same column's figure in the row above
        found = vocab.match(b.text) if isinstance(b.value, str) else None
        if found is None or found[1] < 0.8 or found[0] in skip:
            return None
        return found[0], b
    return None


def along_line(
    row: dict[str, Any],
    found: dict[str, tuple[Box, Box, Any]],
    columns: dict[str, Any],
    prefix: str,
    where: Any,
    provenance: dict,
    taken: set[int],
    read: Any = None,
) -> None:
    """Put the columns :func:`line_columns` found into ``row`` (each value as ``read(meta,
    value)`` gives it: a ticked ``☑已驗證`` as yes), with where each came from."""
    for col, (caption, place, value) in found.items():
        if row.get(col) is not None:
            continue
        row[col] = read(columns[col], value) if read is not None else value
        where[f"{prefix}.{col}"] = place.location
        # (a side note, its caption and value in one box: what it names is a guess, shown)
        sure = NOTED_DOUBT if caption is place and side_note_parts(caption.text) is not None else 0.8
        provenance[f"{prefix}.{col}"] = Provenance(
            place.location, caption.text.strip(), caption.location, sure, "option-rows"
        )
        taken.update((id(caption), id(place)))


def ticked(box: Box) -> bool:
    """A cell holding a ticked box (``☑已驗證``, ``■ Yes``): an answer, never a column's name."""
    return isinstance(box.value, str) and _ticks().search(box.text) is not None


@lru_cache(maxsize=1)
def _ticks() -> re.Pattern[str]:
    """Any of the ticked marks (asked of every box a table's header may hold: issue 15)."""
    from ..values import CHECKED

    return re.compile(f"[{re.escape(CHECKED)}]")


# the document-control words a form's header block prints beside its template's own code; and the
# copies note a blank prints there (本报告一式两份, 一式三联: how many copies the form is printed in)
_CONTROL_WORDS = lazy_re(
    r"^\s*(版本|版次|保存期限|保存年限|生效日期|修订日期|修订|页次|Rev\b|Revision\b|Retention\b"
    r"|(本(表|单|單|报告|報告|表单|表單))?一式[一二两兩三四五六\d]\s*[份联聯])",
    re.I,
)
# the dates a template was issued or took effect, in a page margin (in the body 发行日期 may be
# the document's own date: :data:`.vocab.DATE_ACTS`)
_TEMPLATE_DATES = lazy_re(r"^\s*(发行日期|Effective\s+date|Issue\s+date)\b", re.I)


def control_labels(boxes: Sequence[Box]) -> list[Box]:
    """The document-control labels of a page (``版本/版次：A/2``, ``保存期限：3年``, ``Rev.``)."""
    return [b for b in boxes if isinstance(b.value, str) and not b.empty and _CONTROL_WORDS.match(b.text)]


def template_caption(label: str) -> bool:
    """Is ``label`` (a page header's or footer's ``发行日期：2026-03-01``, ``核准：张三``) one the
    template prints for itself — a document-control word or date, or a sign-off role — whose
    value is the template's (its issue date, who approved the form), never the record's?"""
    return bool(_CONTROL_WORDS.match(label) or _TEMPLATE_DATES.match(label)) or sign_off_caption(label)


def in_control_block(label: Box, controls: Sequence[Box]) -> bool:
    """Is ``label`` part of the form's document-control block (``表单编号：QR-8.2-03`` over
    ``版本/版次：A/2  保存期限：3年``)? A number there is the template's code, not the record's."""
    for b in controls:
        if b is label:
            continue
        if b.location == label.location or b.same_band(label):
            return True
        if b.overlaps_x(label.x0, label.x1) and -1e-6 <= b.y0 - label.y1 < 2 * label.height:
            return True
    return False


def numbering_under(head: Box, bands: Sequence[Sequence[Box]], i: int) -> bool:
    """Does the column under ``head`` count its rows (``Item`` over 1, 2, 3)? Then it is the
    row number, not a text column of that name: ``Description`` beside it names the item.
    The first three lines under it are walked (:func:`.table_lines.walk_lines`) while each
    holds a small whole number there."""
    last = min(i + 3, len(bands) - 1)
    walked = walk_lines(
        i,
        lambda at: at + 1 if at < last else None,
        lambda _at, nxt: _row_number(bands[nxt], head) is not None,
    )
    figures = [_row_number(bands[at], head) for at in walked]
    return bool(figures) and figures == list(range(1, len(figures) + 1))


def _row_number(band: Sequence[Box], head: Box) -> int | None:
    """The one cell of ``band`` under ``head`` as a row's number (``3``, ``3.0``), or None."""
    under = [b for b in band if not b.empty and b.overlaps_x(head.x0, head.x1)]
    if len(under) != 1:
        return None
    text = str(under[0].value).strip()
    return int(float(text)) if re.fullmatch(r"\d{1,3}(\.0)?", text) else None


def labels_among_labels(page: Any) -> set[int]:
    """Labels read weakly (no bold or shading on a print) that stand in a row of labels
    (``核准 | 倉管簽收 | 簽收日期 | 業務`` over the names): labels too, so that no value runs into
    them (a print loses the shading that told them apart on the sheet)."""
    out: set[int] = set()
    for lab in page.labels:
        box = lab.box
        if id(box) in page.stoppers or id(box) in out or lab.score < 0.6 or not caption_shaped(box.text):
            continue
        row = [b for b in page.band_of(box) if b is not box and not b.empty and isinstance(b.value, str)]
        known = [b for b in row if id(b) in page.stoppers]
        others = [b for b in row if id(b) not in page.stoppers]
        if len(known) >= 2 and len(known) >= len(others) and all(caption_shaped(b.text) for b in others):
            out.add(id(box))
    return out


def caption_shaped(text: str) -> bool:
    """Short, without a figure: what a caption in a row of captions looks like (``業務``)."""
    text = text.strip()
    wide = len(re.findall(r"[\u3400-\u9fff]", text))
    return not re.search(r"\d", text) and (wide <= 6 if wide else len(text) <= 20)


def _negative(value: Any) -> Any:
    """The magnitude of a figure printed negative (``-2,000``, ``-¥5,100.00``, -2000.0, SAP's
    ``300-``, ``(1,200.00)``, ``△1,200``: guards' one reading of a printed minus), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and value < 0:
        return -value
    return negative_figure(value)


def _minus_first(value: Any) -> bool:
    """A number, or a figure whose sign comes first (``-2,000``): red_letter reads it; the other
    shapes (``300-``, ``(1,200.00)``, ``△1,200``) are read by guards, which says so."""
    return not isinstance(value, str) or halfwidth(value).lstrip()[:1] in "-−–"


def red_letter(values: dict[str, Any], spec: Any) -> list[str]:
    """A red-letter allowance (开具红字增值税专用发票信息表, a credit note printed in minus):
    every amount is printed negative. The allowance is what the buyer is credited, so its
    amounts are read as their magnitudes — only when the form's amounts are all negative
    (a mix of signs is left as printed, for validation to report). Returns the paths changed."""
    if getattr(spec, "kind", None) != "allowance":
        return []
    fields = spec.leaf_fields
    places: list[tuple[dict[str, Any], str]] = []
    for key, meta in fields.items():
        if meta.kind in ("money", "qty") and "." not in key and values.get(key) is not None:
            places.append((values, key))
        if meta.kind == "table" and meta.row_model is not None:
            from ..forms import describe

            cols = {c for c, m in describe(meta.row_model).items() if m.kind in ("money", "qty")}
            for row in values.get(key) or []:
                places.extend((row, c) for c in cols if isinstance(row, dict) and row.get(c) is not None)
    signs = [_negative(d[k]) is not None for d, k in places]
    if not places or not any(signs):
        return []
    negatives = [(d, k) for (d, k), neg in zip(places, signs) if neg]
    if len(negatives) < 2 or not any(k in ("total", "total_excl_tax") for d, k in negatives if d is values):
        return []  # a red-letter form prints its totals in minus too
    mended = [(d, k) for d, k in negatives if _minus_first(d[k])]
    for d, k in mended:
        d[k] = _negative(d[k])
    return [k for _d, k in mended]


def subtotal_row(band: Sequence[Box]) -> bool:
    """A subtotal line inside a table (``小计 | … | 1,960 | 7,088.00``): the rows go on under it
    to the grand total (合计), a group of lines after another."""
    return any(isinstance(b.value, str) and subtotal_caption(b.text) for b in band if not b.empty)


def note_line(band: Sequence[Box]) -> bool:
    """A line holding a note written across a table between its groups (``注：第 3 项为…``), or
    nothing: not a row."""
    filled = sorted((b for b in band if not b.empty), key=lambda b: b.x0)
    return not filled or (isinstance(filled[0].value, str) and note_caption(filled[0].text))


def rows_after(
    bands: Sequence[Sequence[Box]], at: int, header: dict[str, Box], required: Sequence[str]
) -> bool:
    """Under the subtotal line ``bands[at]``, past blank lines and notes, does another row of
    the table follow (its main column filled), rather than the totals (``Sales Tax``, ``Total``)?"""
    key = next((header[c] for c in required if c in header), None) or min(header.values(), key=lambda h: h.x0)
    band = next((band for band in bands[at + 1 :] if not note_line(band)), None)
    if band is None or totals_row(band) or subtotal_row(band) or bare_tax_line(band):
        return False
    return any(not b.empty and b.overlaps_x(key.x0, key.x1) for b in band)


_YES_NO_WORD = lazy_re(r"(?i)^\s*(yes|no|y|n|是|否|有|无|無|ok|ng)\s*\.?\s*$")


def yes_no_under(page: Any, label: Box) -> Box | None:
    """The bare yes or no typed right under a yes/no label (``Safety Relevant`` over ``No``),
    which reads like a label itself (``No.``) and so stops the ordinary look below."""
    under = [
        b
        for b in page.under(label.y1 - 1e-6, label.y1 + 2.5 * label.height)
        if not b.empty and b.overlaps_x(label.x0, label.x1) and b.y0 >= label.y1 - 1e-6
    ]
    if not under:
        return None
    first = min(under, key=lambda b: (b.y0, abs(b.x0 - label.x0)))
    return first if isinstance(first.value, str) and _YES_NO_WORD.match(first.text) else None


_FIGURE_KINDS = ("qty", "money", "number")


def _cell_lines(value: Any) -> list[str]:
    return (
        [ln.strip() for ln in str(value).split("\n") if ln.strip()]
        if isinstance(value, str)
        else [str(value)]
    )


def _figure_lines(lines: Sequence[str]) -> bool:
    return all(re.search(r"\d", ln) and not re.search(r"[A-Za-z\u3400-\u9fff]{3,}", ln) for ln in lines)


def lines_apart(row: dict[str, Any], columns: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Two or more item lines typed into one table row, every cell holding all of them after a
    line break (``TY-LED-0612⏎TY-DRV-0613`` | ``500⏎1,200`` | ``85.00⏎12.50``): one row per line,
    line *n* of every cell in row *n*. Only when every filled cell holds the same number of
    lines and a figure column holds a figure on each (two lines of a wrapped text in two text
    columns are one item); None otherwise. A numbered list is no such row (:func:`anchor._numbered_rows`)."""
    filled = {c: v for c, v in row.items() if v is not None}
    if len(filled) < 2:
        return None
    lines = {c: _cell_lines(v) for c, v in filled.items()}
    counts = {len(ls) for ls in lines.values()}
    if len(counts) != 1 or (n := counts.pop()) < 2:
        return None
    figures = [ls for c, ls in lines.items() if getattr(columns.get(c), "kind", None) in _FIGURE_KINDS]
    if not figures or not all(_figure_lines(ls) and _alike(ls) for ls in figures):
        return None
    return [{c: ls[i] for c, ls in lines.items()} for i in range(n)]


# what a figure line holds besides its figure (``pcs``, ``$``, ``箱``): the same on each item's line
_FIGURE_ITSELF = lazy_re(r"[\d.,'’\s\u00a0\u202f]+")


def _alike(lines: Sequence[str]) -> bool:
    """The lines of a figure cell are one kind of figure each (``300⏎1,500``, ``85.00 pcs⏎12 pcs``),
    not a figure and a note on it (``300⏎3箱``, ``1,200⏎(±2)``)."""
    return len({_FIGURE_ITSELF.sub("", ln) for ln in lines}) == 1


def unlike_lines(row: dict[str, Any], columns: dict[str, Any]) -> str:
    """A row whose cells each hold the same number of lines, a figure column's lines not alike
    (``300⏎3箱``: a count and its boxes, or two items?) — read as one item, the figure column's
    lines shown for the warning; "" otherwise (:func:`lines_apart` took the row apart, or it has
    no lines)."""
    if not any(isinstance(v, str) and "\n" in v for v in row.values()):
        return ""  # (one line in each cell: every row but a few, told at once — issue 15)
    lines = {c: _cell_lines(v) for c, v in row.items() if v is not None}
    if len(lines) < 2 or len({len(ls) for ls in lines.values()}) != 1 or lines_apart(row, columns):
        return ""
    unlike = [
        " ⏎ ".join(ls)
        for c, ls in lines.items()
        if len(ls) > 1 and getattr(columns.get(c), "kind", None) in _FIGURE_KINDS and not _alike(ls)
    ]
    return unlike[0] if unlike else ""


def uneven_lines(row: dict[str, Any], columns: dict[str, Any]) -> dict[str, int]:
    """A row some of whose cells hold several lines while others hold fewer, a figure column among
    the several: item lines typed into one row, of which one cell's lines were run together (or
    a wrapped text beside figures typed one under the other) — which line is which item cannot
    be told. The cells' line counts (``part_no 1, qty_approved 2``) for the warning, or ""."""
    lines = {c: _cell_lines(v) for c, v in row.items() if v is not None}
    several = [
        c for c, ls in lines.items() if len(ls) > 1 and getattr(columns.get(c), "kind", None) in _FIGURE_KINDS
    ]
    if not several or len({len(ls) for ls in lines.values()}) < 2:
        return {}
    return {c: len(ls) for c, ls in lines.items()}
