"""Label anchoring: find a form's values next to their printed labels, on any layout.

Shared by the Excel and the PDF extractors. Both turn their source into :class:`Box` es —
a piece of text (or a cell) with a rectangle — and :func:`anchor` does the rest:

- **Geometry is generic.** ``x0, y0, x1, y1`` with ``x1``/``y1`` *exclusive*, y growing
  downwards. Excel: column and row indices of the (merged) cell, so ``B3:D5`` is
  ``x0=2, y0=3, x1=5, y1=6``. PDF: page points (pdfplumber's ``x0, top, x1, bottom``).
  ``location`` is what an error shows (``Sheet1!D7``, ``p1 (120,340)``).
- **Empty boxes are welcome.** An Excel extractor passes empty cells too (``value=None``):
  then an empty required field still gets the location where its value was expected.
- **Labels** match every label of a field (Chinese, English, aliases) ignoring spaces,
  ``*``, ``:``/``：``, full-width forms and case. A box ``客户名称：华为`` is a label with its
  value inline. Where labels collide, a field's own Chinese label wins over another's alias.
- **Values** are taken to the right of the label: the boxes on the same row band, up to the
  next label (several non-empty boxes are joined with a space — PDF words; a single box
  gives its raw value — an Excel number or date stays a number or date). When nothing is
  there (or the next box is a label) the value is taken below: the first band under the
  label for an ordinary field; for a long text area (``FieldMeta.long``) every band down to
  the next label in those columns, joined with newlines.
- **Groups** (``kind == "group"``, the 8D's D2 problem): each member is a field of its own
  with the path ``problem.what``; values come back nested (``values["problem"]["what"]``).
  Several fields printing the same label are given the label boxes in reading order.
- **Tables** (``kind == "table"``) are found by their header row: the row band where the
  most column labels of the row model stand (at least two, or one for a one-column table),
  the first such row under the table's own heading when that is printed. The rows beneath,
  each value under its column header, are read until a band holding a label of the form, a
  filled box spanning several columns (a footer, a note) or the end. Blank rows are skipped; a partly filled row is kept, so
  validation reports the missing cell at its own location (``penalties[0].target``).

Result: ``values`` (field key → raw value, tables as lists of dicts), ``Locations`` (field
path → location, also for fields whose label was found but whose value is empty) and
``problems`` (none today; reserved for anchoring doubts). No label found at all means an
empty ``Locations``: the caller raises ``SourceError("not_a_form")``.

>>> from kesu_docs.forms import get
>>> boxes = [Box("客户名称：", None, 1, 1, 2, 2, "A1"), Box("华为", "华为", 2, 1, 3, 2, "B1")]
>>> values, where, _ = anchor(boxes, get("complaint"))
>>> values["customer"], where["customer"]
('华为', 'B1')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..forms import FieldMeta, FormSpec, describe
from ..problems import Problem
from ..validation import Locations
from ..values import halfwidth

_NOISE = re.compile(r"[\s*＊:：※]+")
_ENUMERATOR = re.compile(r"^\s*(\d{1,2}\s*[.、)]|[一二三四五六七八九十]{1,3}\s*[、.]|\(\d{1,2}\))\s*")
_BRACKETED = re.compile(r"\([^()]*\)")
_ASCII_WORDS = re.compile(r"^[A-Za-z0-9.,&/'()\-]+$")


def label_key(text: Any) -> str:
    """The comparable form of a label: ``' *客户名称 ：'`` → ``'客户名称'``."""
    if not isinstance(text, str):
        return ""
    return _label_key(text)


@lru_cache(maxsize=16384)
def _label_key(text: str) -> str:
    # every box's text is compared against every form's labels, page after page: fold it once
    return _NOISE.sub("", halfwidth(text)).lower()


@dataclass(frozen=True)
class Box:
    """A piece of a form with its rectangle: a cell (Excel) or a word or line (PDF)."""

    text: str  # as printed: what labels are matched against
    value: Any  # the raw value (Excel: the cell's value, a number or date stays one)
    x0: float
    y0: float
    x1: float  # exclusive
    y1: float  # exclusive
    location: str  # "Sheet1!D7", "p1 (120,340)"
    # layout cues a reader may weigh (a label is often bold or shaded); False where unknown
    bold: bool = False
    filled: bool = False

    @property
    def empty(self) -> bool:
        v = self.value
        return v is None or (isinstance(v, str) and not v.strip())

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1e-6)

    def same_band(self, other: Box) -> bool:
        """Vertically overlapping by at least half the smaller height: the same printed row."""
        overlap = min(self.y1, other.y1) - max(self.y0, other.y0)
        if overlap <= 0:  # the common case, decided without the heights (called per label × box)
            return False
        return overlap >= 0.5 * min(self.height, other.height) - 1e-9

    def overlaps_x(self, x0: float, x1: float) -> bool:
        return min(self.x1, x1) - max(self.x0, x0) > 1e-9


@dataclass
class _Label:
    box: Box
    key: str  # field path ("customer", "problem.what") or table key
    priority: int  # 0 own Chinese label, 1 English label, 2 alias
    inline: Any = None  # the value written in the label's own box ("客户名称：华为")


def _label_index(metas: Iterable[tuple[str, FieldMeta]]) -> dict[str, tuple[list[str], int]]:
    """Normalised label → (field paths, priority); a field's own label beats another's alias.

    Several fields printing the same label (``负责人`` in two blocks) share the entry: the
    label boxes are handed to them in reading order.
    """
    index: dict[str, tuple[list[str], int]] = {}
    metas = list(metas)
    for priority, pick in (
        (0, lambda m: (m.label_zh,)),
        (1, lambda m: (m.label_en,)),
        (2, lambda m: m.aliases),
    ):
        for path, meta in metas:
            for text in pick(meta):
                key = label_key(text)
                paths, prio = index.setdefault(key, ([], priority))
                if prio == priority and path not in paths:
                    paths.append(path)
    index.pop("", None)
    return index


def leaf_fields(spec: FormSpec) -> dict[str, FieldMeta]:
    """Field path → meta for every single-valued field: top-level ones, tables, and the
    members of a group (``problem.what``); a group itself is not a leaf."""
    out: dict[str, FieldMeta] = {}
    for key, meta in spec.fields.items():
        if meta.kind == "group" and meta.row_model is not None:
            for sub, sub_meta in describe(meta.row_model).items():
                out[f"{key}.{sub}"] = sub_meta
        else:
            out[key] = meta
    return out


def _split_inline(text: str) -> tuple[str, str] | None:
    """``客户名称：华为`` → (``客户名称``, ``华为``); None without a colon or value."""
    m = re.match(r"^([^:：]{1,40})[:：]\s*(.+)$", text.strip(), re.S)
    return (m[1], m[2].strip()) if m and m[2].strip() else None


def _joined(boxes: Sequence[Box]) -> Any:
    filled = [b for b in boxes if not b.empty]
    if not filled:
        return None
    if len(filled) == 1:
        return filled[0].value
    return " ".join(str(b.value).strip() for b in filled)


def _bands(boxes: Sequence[Box]) -> list[list[Box]]:
    """Boxes grouped into printed rows, top to bottom, each row left to right."""
    bands: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.y0, b.x0)):
        for band in bands[-3:]:  # sorted by top: only the last rows can still take this box
            if band[0].same_band(box) and abs(band[0].y0 - box.y0) < band[0].height:
                band.append(box)
                break
        else:
            bands.append([box])
    for band in bands:
        band.sort(key=lambda b: b.x0)
    return bands


class _Page:
    """The boxes of one sheet or page, with the labels found on it."""

    def __init__(self, boxes: Sequence[Box], spec: FormSpec) -> None:
        self.boxes = list(boxes)
        self.spec = spec
        self.fields = leaf_fields(spec)
        groups = [(k, m) for k, m in spec.fields.items() if m.kind == "group"]
        self.index = _label_index(list(self.fields.items()) + groups)
        self.column_keys = {
            label_key(t)
            for m in spec.fields.values()
            if m.kind == "table" and m.row_model
            for c in describe(m.row_model).values()
            for t in c.labels
        }
        self.heading_keys = {label_key(t) for _, zh, en in spec.sections for t in (zh, en)}
        self.labels: list[_Label] = []
        self.stoppers: set[int] = set()  # id() of every box that is some label
        seen: dict[str, int] = {}
        for box in sorted(self.boxes, key=lambda b: (b.y0, b.x0)):
            key = self.match(box.text)
            inline = None
            if key not in self.index and (split := _split_inline(box.text)):
                key, inline = self.match(split[0]), split[1]
            if key in self.index:
                paths, priority = self.index[key]
                n = seen[key] = seen.get(key, -1) + 1
                self.labels.append(_Label(box, paths[min(n, len(paths) - 1)], priority, inline))
                self.stoppers.add(id(box))
            elif key and (key in self.column_keys or key in self.heading_keys):
                self.stoppers.add(id(box))

    def match(self, text: str) -> str:
        """The label key ``text`` stands for: as printed, else without its decoration —
        a leading number (``3.``, ``三、``), a bracketed note (``数量(pcs)``) or an English
        translation beside it (``客户名称 Customer name``)."""
        key = label_key(text)
        if key in self.index or not isinstance(text, str) or len(text) > 40:
            return key
        bare = _ENUMERATOR.sub("", halfwidth(text))
        for candidate in (bare, _BRACKETED.sub("", bare)):
            if label_key(candidate) in self.index:
                return label_key(candidate)
        parts = _BRACKETED.sub("", bare).split()
        chinese = [p for p in parts if not _ASCII_WORDS.match(p)]
        if len(parts) > 1 and len(chinese) == 1 and label_key(chinese[0]) in self.index:
            # only a translation of the same field: "客户名称 Customer name" is a label,
            # "客户 IQC" (the customer's incoming inspection) is a value
            english = label_key(" ".join(p for p in parts if _ASCII_WORDS.match(p)))
            if english in self.index and self.index[english][0] == self.index[label_key(chinese[0])][0]:
                return label_key(chinese[0])
        return key

    def is_label(self, box: Box) -> bool:
        return id(box) in self.stoppers

    # ------------------------------------------------------------------ ordinary fields
    def right_of(self, label: Box) -> tuple[list[Box], Box | None]:
        """(boxes up to the next label, that label) on the label's row band."""
        right = label.x1 - 1e-6
        row = sorted(
            (b for b in self.boxes if b.x0 >= right and b is not label and b.same_band(label)),
            key=lambda b: b.x0,
        )
        out: list[Box] = []
        for box in row:
            if self.is_label(box):
                return out, box
            out.append(box)
        return out, None

    def below(self, label: Box, x_end: float | None, long: bool) -> list[Box]:
        """Boxes under the label: its first band, or for a text area every band to the next label."""
        x0 = label.x0
        x1 = x_end if (long and x_end is not None) else (float("inf") if long else label.x1)
        under = [b for b in self.boxes if b.y0 >= label.y1 - 1e-6 and b.overlaps_x(x0, x1)]
        stops = [b.y0 for b in under if self.is_label(b)]
        y_stop = min(stops) if stops else float("inf")
        under = [b for b in under if b.y0 < y_stop - 1e-6]
        bands = _bands(under)
        if not long:
            # only the band right under the label, no farther than a row's height
            bands = [bd for bd in bands[:1] if bd[0].y0 - label.y1 <= 1.5 * label.height]
            return [b for bd in bands for b in bd]
        # a text area: its lines run on until an empty row or a gap wider than a line
        kept: list[list[Box]] = []
        bottom, height = label.y1, label.height
        for band in bands:
            filled = [b for b in band if not b.empty]
            if kept and any(not b.empty for bd in kept for b in bd):
                if not filled or min(b.y0 for b in filled) - bottom > 1.5 * height:
                    break
            kept.append(band)
            if filled:
                bottom = max(b.y1 for b in filled)
                height = min(b.height for b in filled)
        return [b for bd in kept for b in bd]

    def value_at(self, lab: _Label, meta: FieldMeta) -> tuple[Any, str]:
        if lab.inline is not None:
            return lab.inline, lab.box.location
        right, next_label = self.right_of(lab.box)
        value = _joined(right)
        if value is not None:
            return value, next(b for b in right if not b.empty).location
        x_end = next_label.x0 if next_label is not None else None
        under = self.below(lab.box, x_end, meta.long)
        if meta.long:
            text = _text_block(under)
            if text is not None:
                return text, next(b for b in under if not b.empty).location
        else:
            value = _joined(under)
            if value is not None:
                return value, next(b for b in under if not b.empty).location
        expected = right[0] if right else (under[0] if under else lab.box)
        return None, expected.location

    # ------------------------------------------------------------------ tables
    def table(
        self,
        meta: FieldMeta,
        values: dict[str, Any],
        where: Locations,
        bands: list[list[Box]],
        used: set[int],
    ) -> bool:
        columns = describe(meta.row_model)
        col_index = _label_index(columns.items())
        hits: dict[int, dict[str, Box]] = {}
        for i, band in enumerate(bands):
            if i in used:
                continue
            for box in band:
                found = col_index.get(label_key(box.text))
                if found:
                    hits.setdefault(i, {}).setdefault(found[0][0], box)
        need = 1 if len(columns) == 1 else 2
        hits = {i: h for i, h in hits.items() if len(h) >= need}
        if not hits:
            return False
        # the table's own heading (行政处分) above: take the first header row under it
        own_boxes = {id(lab.box) for lab in self.labels if lab.key == meta.key}
        own = [i for i, band in enumerate(bands) for b in band if id(b) in own_boxes]
        after = [i for i in hits if own and i > min(own)]
        head_i = min(after) if after else max(hits, key=lambda i: (len(hits[i]), -i))
        used.add(head_i)
        header = hits[head_i]
        for box in header.values():  # header cells are not labels of top-level fields
            self.labels = [lab for lab in self.labels if lab.box is not box]
        top_keys = {id(lab.box) for lab in self.labels}
        rows: list[dict[str, Any]] = []
        centres = [(b.x0 + b.x1) / 2 for b in header.values()]
        for n, band in enumerate(bands[head_i + 1 :]):
            if any(id(b) in top_keys or label_key(b.text) in self.heading_keys for b in band):
                break
            # a filled box across several columns is a footer or a note, not a row
            if any(not b.empty and sum(b.x0 <= c < b.x1 for c in centres) > 1 for b in band):
                break
            row: dict[str, Any] = {}
            cells: dict[str, Box] = {}
            for col, head in header.items():
                under = [b for b in band if b.overlaps_x(head.x0, head.x1)]
                if under:
                    cells[col] = min(under, key=lambda b: abs(b.x0 - head.x0))
                    row[col] = _joined(under)
            if all(v is None for v in row.values()):
                continue  # a blank row: skipped, it is not a record row
            k = len(rows)
            for col, head in header.items():
                place = cells.get(col)
                where[f"{meta.key}[{k}].{col}"] = place.location if place else head.location
            rows.append({c: v for c, v in row.items() if v is not None})
        values[meta.key] = rows
        where.setdefault(meta.key, next(iter(header.values())).location)
        return True


def _text_block(boxes: Sequence[Box]) -> Any:
    bands = _bands([b for b in boxes if not b.empty])
    if not bands:
        return None
    if len(bands) == 1 and len(bands[0]) == 1:
        return bands[0][0].value
    return "\n".join(" ".join(str(b.value).strip() for b in band) for band in bands)


def anchor(boxes: Sequence[Box], spec: FormSpec) -> tuple[dict[str, Any], Locations, list[Problem]]:
    """Values of ``spec``'s fields found next to their labels among ``boxes`` (one sheet or page).

    Returns (values, locations, problems); see the module docstring for the rules.
    """
    page = _Page(boxes, spec)
    values: dict[str, Any] = {}
    where = Locations()
    bands = _bands(page.boxes)
    used: set[int] = set()
    for meta in page.fields.values():
        if meta.kind == "table":
            page.table(meta, values, where, bands, used)
    by_field: dict[str, list[_Label]] = {}
    for lab in page.labels:
        by_field.setdefault(lab.key, []).append(lab)
    for key, labs in by_field.items():
        field_meta = page.fields.get(key)
        if field_meta is None or field_meta.kind == "table":
            continue  # a group's heading, a table's heading
        labs.sort(key=lambda lab: (lab.priority, lab.box.y0, lab.box.x0))
        first: tuple[Any, str] | None = None
        for lab in labs:
            found = page.value_at(lab, field_meta)
            first = first or found
            if found[0] is not None:
                first = found
                break
        if first is None:
            continue
        value, where[key] = first
        put_value(values, key, value)
    return values, where, []


def put_value(values: dict[str, Any], path: str, value: Any) -> None:
    """``problem.what`` → ``values["problem"]["what"]``."""
    head, _, rest = path.partition(".")
    if rest:
        put_value(values.setdefault(head, {}), rest, value)
    else:
        values[head] = value


def find_labels(boxes: Sequence[Box], spec: FormSpec) -> dict[str, list[Box]]:
    """The label boxes of each top-level field found among ``boxes`` (table columns not included)."""
    out: dict[str, list[Box]] = {}
    for lab in _Page(boxes, spec).labels:
        out.setdefault(lab.key, []).append(lab.box)
    return out


def detect_kind(texts: Iterable[Any], specs: Iterable[FormSpec]) -> str | None:
    """The form kind named by a title or form code among ``texts`` (cells, lines), else None.

    Form codes (``QR-047-01``) are matched anywhere in a text; titles must be the whole text
    (ignoring spaces), so a label mentioning a form's name does not decide the kind.
    """
    specs = list(specs)
    by_title = {label_key(t): s.kind for s in specs for t in s.titles}
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            continue
        folded = halfwidth(text).upper()
        for spec in specs:
            if re.search(rf"(?<![\w-]){re.escape(spec.code.upper())}(?![\w]|-\d)", folded):
                return spec.kind
        key = label_key(text)
        if key in by_title:
            return by_title[key]
        # a title with decoration around it: "示范电子 客户抱怨处理单"
        for title, kind in by_title.items():
            if len(title) >= 4 and key.endswith(title) and len(key) <= len(title) + 20:
                return kind
    return None


def guess_kind(
    pages: Iterable[Sequence[Box]], specs: Iterable[FormSpec], *, share: float = 0.6, margin: float = 0.25
) -> str | None:
    """The form whose required labels a title-less layout carries, when the choice is clear.

    A form qualifies when at least ``share`` of its required fields have a label here and it
    leads every other form by ``margin``: a customer's own layout of the complaint sheet is
    recognised; a sheet of a few generic labels (客户名称, 日期) is not.
    """
    pages = [list(p) for p in pages]
    scores = []
    for spec in specs:
        needed = [k for k, meta in spec.fields.items() if meta.required]
        if not needed:
            continue
        found: set[str] = set()
        for boxes in pages:
            found |= set(find_labels(boxes, spec))
        scores.append((sum(k in found for k in needed) / len(needed), spec.kind))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < share:
        return None
    if len(scores) > 1 and scores[0][0] - scores[1][0] < margin:
        return None
    return scores[0][1]


def choose_form(
    kind: str | None, texts: Iterable[Any], pages: Iterable[Sequence[Box]], hint: str | None = None
) -> tuple[FormSpec, bool]:
    """The form a source holds, and whether it was guessed from labels (warn the clerk then).

    ``--kind`` wins; else a title or form code among ``texts``; else ``hint`` (what the source
    says of itself, e.g. fillable PDF field names); else the form whose labels the layout
    carries. Nothing at all: ``not_a_form``; labels but no clear choice: ``unknown_kind``.
    """
    from .. import forms
    from ..problems import Bilingual, SourceError

    specs = forms.all_specs()
    pages = [list(p) for p in pages]
    chosen = kind or detect_kind(texts, specs) or hint
    guessed = False
    if chosen is None:
        chosen = guess_kind(pages, specs)
        guessed = chosen is not None
    if chosen is None:
        if not any(anchor(boxes, spec)[1] for spec in specs for boxes in pages):
            raise SourceError("not_a_form", kinds=[Bilingual.title(s) for s in specs])
        raise SourceError("unknown_kind", kinds=forms.kinds())
    try:
        return forms.get(chosen), guessed
    except forms.UnknownKind:
        raise SourceError("unknown_kind", kinds=forms.kinds()) from None
