"""AcroForm field values of a fillable PDF, by field name, with the page each stands on.

Field names are record paths (see :mod:`kesu_docs.blank.pdf`): ``customer``, and for table
cells the hierarchical ``penalties[0].amount`` (a parent field ``penalties[0]`` with a kid
``amount``). ``penalties.0.amount`` and fields named by a printed label (``客户名称``, as in a
customer's own fillable form) are understood too.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from ..forms import FormSpec, describe
from ..validation import parse_path
from .anchor import label_key


@dataclass(frozen=True)
class FieldValue:
    """One terminal field: its fully qualified name, value (None when empty) and page (1-based)."""

    name: str
    value: Any
    page: int


def _inherited(obj: Any, key: str) -> Any:
    """A field attribute, looked up through the /Parent chain as the PDF spec inherits it."""
    seen = 0
    while obj is not None and seen < 32:
        if key in obj:
            return obj[key]
        obj = obj.get("/Parent")
        obj = obj.get_object() if obj is not None else None
        seen += 1
    return None


def _qualified_name(obj: Any) -> str:
    parts: list[str] = []
    seen = 0
    while obj is not None and seen < 32:
        if "/T" in obj:
            parts.append(str(obj["/T"]))
        obj = obj.get("/Parent")
        obj = obj.get_object() if obj is not None else None
        seen += 1
    return ".".join(reversed(parts))


def _plain(value: Any) -> Any:
    """A PDF field value as the text a clerk typed (check boxes → 是/否)."""
    from pypdf.generic import ArrayObject, NameObject

    if value is None:
        return None
    if isinstance(value, NameObject):  # a check box or radio button: /Off, or its on-state name
        state = str(value)[1:]
        if state == "Off":
            return None
        return "是" if state.lower() in ("yes", "on", "true", "1", "checked") else state
    if isinstance(value, ArrayObject):  # a multiple-choice list
        return "、".join(str(v) for v in value)
    text = str(value)
    return text if text.strip() else None


def field_values(data: bytes) -> list[FieldValue]:
    """Every terminal field of the PDF's AcroForm that has a widget, in page order (pypdf)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    out: list[FieldValue] = []
    seen: set[str] = set()
    for number, page in enumerate(reader.pages, start=1):
        for ref in page.get("/Annots") or ():
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget":
                continue
            name = _qualified_name(annot)
            if not name or name in seen:
                continue  # a field's second widget repeats its value
            seen.add(name)
            out.append(FieldValue(name, _plain(_inherited(annot, "/V")), number))
    return out


@dataclass(frozen=True)
class CheckBox:
    """A check box (or radio button) widget as printed: its page (1-based), its box in points
    from the page's top left, and whether it shows ticked (its appearance state ``/AS``)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    checked: bool


_PUSH_BUTTON = 1 << 16  # /Ff bit 17: a push button holds no state


def check_boxes(data: bytes) -> list[CheckBox]:
    """Every check-box and radio-button widget whose appearance state is known, page by page.

    A workbook's form-control check boxes print as such widgets (LibreOffice names them
    ``Check Box 1`` …): their state is the answer, their caption is printed text beside them.
    A widget without an ``/AS`` state is left out: its tick is not known, and guessing one
    would turn a caption into an answer."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    out: list[CheckBox] = []
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        for ref in page.get("/Annots") or ():
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget" or _inherited(annot, "/FT") != "/Btn":
                continue
            state, rect = annot.get("/AS"), annot.get("/Rect")
            if state is None or rect is None or int(_inherited(annot, "/Ff") or 0) & _PUSH_BUTTON:
                continue
            x0, y0, x1, y1 = (float(v) for v in rect)
            top, bottom = float(box.top) - max(y0, y1), float(box.top) - min(y0, y1)
            out.append(CheckBox(number, min(x0, x1), top, max(x0, x1), bottom, str(state) != "/Off"))
    return out


def _index(spec: FormSpec) -> dict[str, str]:
    """Field keys and every printed label (normalised) → field key."""
    index: dict[str, str] = {}
    for meta in spec.fields.values():
        index.setdefault(meta.key, meta.key)
        for text in meta.labels:
            index.setdefault(label_key(text), meta.key)
    return index


def record_paths(spec: FormSpec, fields: list[FieldValue]) -> tuple[dict[str, Any], dict[str, str]]:
    """Fields → (raw values of the filled ones by field key, tables as lists of row dicts and
    groups as dicts; field path → location for every field, filled or not).

    Table rows keep their order; rows left blank are dropped, so the record's ``penalties[1]``
    may be the form's third row — its location still names the field it came from.
    """
    top = _index(spec)
    values: dict[str, Any] = {}
    where: dict[str, str] = {}
    rows: dict[str, dict[int, dict[str, tuple[Any, str]]]] = {}
    for f in fields:
        parts = [int(p) if isinstance(p, str) and p.isdigit() else p for p in parse_path(f.name)]
        if not parts or isinstance(parts[0], int):
            continue
        key = top.get(parts[0]) or top.get(label_key(parts[0]))
        if key is None:
            continue
        meta = spec.fields[key]
        location = f"p{f.page} · {f.name}"
        if meta.kind == "table":
            if len(parts) != 3 or not isinstance(parts[1], int) or meta.row_model is None:
                continue
            columns = describe(meta.row_model)
            col = (
                parts[2]
                if parts[2] in columns
                else next(
                    (
                        c.key
                        for c in columns.values()
                        if label_key(parts[2]) in {label_key(t) for t in c.labels}
                    ),
                    None,
                )
            )
            if col is not None:
                rows.setdefault(key, {}).setdefault(parts[1], {})[col] = (f.value, location)
            where.setdefault(key, location)
            continue
        if meta.kind == "group" and meta.row_model is not None and len(parts) == 2:
            member = describe(meta.row_model).get(str(parts[1]))
            if member is not None:
                if f.value is not None:
                    values.setdefault(key, {})[member.key] = f.value
                where[f"{key}.{member.key}"] = location
            continue
        if len(parts) == 1:
            if f.value is not None:
                values[key] = f.value
            where[key] = location
    for key, by_index in rows.items():
        table: list[dict[str, Any]] = []
        for _, cells in sorted(by_index.items()):
            if all(v is None for v, _ in cells.values()):
                continue  # a row left blank is not a record row
            n = len(table)
            table.append({c: v for c, (v, _) in cells.items() if v is not None})
            for c, (_, location) in cells.items():
                where[f"{key}[{n}].{c}"] = location
        if table:
            values[key] = table
    return values, where
