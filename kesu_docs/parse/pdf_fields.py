"""AcroForm field values of a fillable PDF, by field name, with the page each stands on.

Field names are record paths (see :mod:`kesu_docs.blank.pdf`): ``customer``, and for table
cells the hierarchical ``penalties[0].amount`` (a parent field ``penalties[0]`` with a kid
``amount``). ``penalties.0.amount`` and fields named by a printed label (``客户名称``, as in a
customer's own fillable form) are understood too.
"""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from ..forms import FormSpec, describe
from ..lazy_re import lazy_re
from ..problems import Bilingual, SourceError
from ..validation import parse_path
from .anchor import label_key
from .pdf_text import Word, user_box
from .vocab import FormLabels, form_labels


@dataclass(frozen=True)
class FieldValue:
    """One terminal field: its fully qualified name, value (None when empty) and page (1-based)."""

    name: str
    value: Any
    page: int
    unreadable: bool = False  # a /V of no kind a clerk types (a dictionary, a stream …)
    unseen: bool = False  # no widget of it shows on the page (hidden, of no size, off the page)


@dataclass(frozen=True)
class BadField:
    """A widget whose box or settings cannot be read (a ``/Rect`` of three numbers, ``/Q
    /Right``): left out of the page's layout and named in a warning, the print read instead."""

    name: str
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


class Unreadable:
    """A field value of no kind a clerk types (a dictionary, a stream, an array of such): not
    turned into text (``{}`` as a part number), left out with a warning."""


UNREADABLE = Unreadable()


# the pypdf readers made within :func:`one_reader`: (the file's bytes, its reader)
_READERS: ContextVar[list[tuple[bytes, Any]] | None] = ContextVar("kesu_pdf_readers", default=None)


@contextmanager
def one_reader() -> Iterator[None]:
    """Within the block (one PDF's reading), the file's pypdf reader is made once for every one
    who asks (:func:`pdf_reader`): the check boxes, the text fields, the fields' values and the
    XFA look each parsed the file's cross-references and objects again (issue 15: a fillable
    form's widgets read three times). A block within a block uses the outer one's readers."""
    if _READERS.get() is not None:
        yield
        return
    token = _READERS.set([])
    try:
        yield
    finally:
        _READERS.reset(token)


def pdf_reader(data: bytes) -> Any:
    """pypdf's reader of ``data``: within :func:`one_reader`, the one already made of these very
    bytes (looked at only, never written to), else a new one."""
    from pypdf import PdfReader

    made = _READERS.get()
    for held, reader in made or ():
        if held is data:
            return reader
    reader = PdfReader(io.BytesIO(data))
    if made is not None:
        made.append((data, reader))
    return reader


def layers_off(data: bytes, hides: bool) -> frozenset[str]:
    """The names of the optional content layers a PDF shows switched off in its default view
    (its catalog's ``/OCProperties /D``: ``/BaseState`` for every layer, then its ``/ON`` and
    ``/OFF`` lists, each layer told by its object: a draft's values a viewer and a printer leave
    out), by pypdf. PDFium names a text's layer only by its ``/Name``: a name two layers share, one
    shown and one not, is left out of none (their text read, the rival values said as any). None
    in a file whose bytes name no ``/OCProperties`` where no object may hide (``hides``,
    :func:`.limits.objects_may_hide`: pypdf then opened only for such files), or pypdf cannot
    follow (then none are left out)."""
    if not hides and b"/OCProperties" not in data:
        return frozenset()
    try:
        root = pdf_reader(data).trailer["/Root"]
        if "/OCProperties" not in root:
            return frozenset()
        properties = root["/OCProperties"].get_object()
        view = properties.get("/D")
        view = view.get_object() if view is not None else {}
        base_on = str(view.get("/BaseState", "/ON")) != "/OFF"
        listed: dict[str, set[Any]] = {"/ON": set(), "/OFF": set()}
        for state, ids in listed.items():
            ids.update(_object_id(g) for g in view.get(state, None) or [])
        shown: dict[str, set[bool]] = {}
        for group in properties.get("/OCGs", None) or []:
            key = _object_id(group)
            on = key in listed["/ON"] or (base_on and key not in listed["/OFF"])
            shown.setdefault(str(group.get_object().get("/Name", "")), set()).add(on)
        return frozenset(name for name, states in shown.items() if states == {False})
    except Exception:  # (a damaged catalog: PDFium read the pages, pypdf cannot follow)
        return frozenset()


def _object_id(ref: Any) -> Any:
    """A layer's identity: its indirect object's number (a direct one: the dictionary's own id)."""
    return getattr(ref, "idnum", None) or id(ref.get_object())


def _widgets(reader: Any, kind: str | None = None) -> Iterator[tuple[int, Any]]:
    """Each widget annotation of the PDF (pypdf's ``reader``), page by page: (its page's
    number, the annotation); of one field type only (``/Tx``, ``/Btn``) when ``kind`` is given.
    pypdf's failure to read the pages or their annotations is said for a clerk, naming the page
    (:func:`_unreadable`), never in pypdf's English alone."""
    try:
        pages = list(reader.pages)
    except Exception as exc:  # (a page tree whose /Kids loop back, an array past pypdf's limits)
        raise _unreadable(exc, None) from None
    for number, page in enumerate(pages, start=1):
        for annot in page_annotations(page, number):
            if annot.get("/Subtype") == "/Widget" and (kind is None or _inherited(annot, "/FT") == kind):
                yield number, annot


def page_annotations(page: Any, number: int) -> list[Any]:
    """The annotation dictionaries page ``number`` names. An ``/Annots`` that is no array, and
    an entry of it that is no dictionary (a number, a text, a reference to no object, to the
    array itself), are no annotation: PDFium and PDF viewers show nothing for them, so no value
    stands there to be read (they made pypdf's ``'NumberObject' object is not iterable`` the
    file's only error)."""
    from pypdf.generic import ArrayObject, DictionaryObject

    try:
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else None
        if not isinstance(annots, ArrayObject):
            return []
        found = (ref.get_object() for ref in annots)
        return [annot for annot in found if isinstance(annot, DictionaryObject)]
    except Exception as exc:
        raise _unreadable(exc, number) from None


def _unreadable(exc: Exception, page: int | None) -> SourceError:
    """pypdf's failure reading the page tree (``page`` None) or page ``page``'s annotations, as
    ``corrupt_file`` in Chinese and English: where, and what (:func:`.limits.library_reason`:
    pypdf's own words kept for IT in the English message)."""
    from .limits import library_reason

    said = library_reason(exc)
    if page is None:
        # (pypdf reads every page's dictionary as it walks the tree: an array of one of them too)
        where = Bilingual(
            "PDF 的页面树（/Pages、/Kids）或其中的页面对象",
            "the PDF's page tree (/Pages, /Kids) or a page in it",
        )
    else:
        where = Bilingual(
            f"PDF 第 {page} 页的注释（/Annots）", f"the annotations (/Annots) of the PDF's page {page}"
        )
    return SourceError(
        "corrupt_file",
        reason=Bilingual(
            f"{where.zh}无法读取：{said.zh}，疑为特制或损坏的文件，未读取",
            f"{where.en} cannot be read: {said.en}; a crafted or damaged file, not read",
        ),
    )


def _text_like(value: Any) -> bool:
    """A text string, or a number written as one (what a text field shows for it)."""
    from pypdf.generic import ByteStringObject, FloatObject, NumberObject, TextStringObject

    return isinstance(value, (TextStringObject, ByteStringObject, NumberObject, FloatObject, str))


def _plain(value: Any) -> Any:
    """A PDF field value as the text a clerk typed (check boxes → 是/否); :data:`UNREADABLE`
    for a value that is no text, name or list of texts."""
    from pypdf.generic import ArrayObject, NameObject

    if value is None:
        return None
    if isinstance(value, NameObject):  # a check box or radio button: /Off, or its on-state name
        state = str(value)[1:]
        if state == "Off":
            return None
        return "是" if state.lower() in ("yes", "on", "true", "1", "checked") else state
    if isinstance(value, ArrayObject):  # a multiple-choice list
        if not all(_text_like(v) for v in value):
            return UNREADABLE
        return "、".join(str(v) for v in value) or None
    if not _text_like(value):
        return UNREADABLE
    text = str(value)
    return text if text.strip() else None


def field_values(data: bytes) -> list[FieldValue]:
    """Every terminal field of the PDF's AcroForm that has a widget, in page order (pypdf)."""
    reader = pdf_reader(data)
    out: dict[str, FieldValue] = {}
    boxes: dict[int, tuple[float, ...]] = {}  # each page's visible box, looked up once
    looked: set[int] = set()  # widgets looked at (a page may name one a thousand times)
    for number, annot in _widgets(reader):
        name = _qualified_name(annot)
        if not name:
            continue
        if name in out:  # a field's second widget repeats its value: shown if either shows
            if out[name].unseen and id(annot) not in looked and _shown(boxes, reader, number, annot):
                out[name] = dataclasses.replace(out[name], unseen=False)
            looked.add(id(annot))
            continue
        value = _plain(_inherited(annot, "/V"))
        if value is UNREADABLE:
            out[name] = FieldValue(name, None, number, unreadable=True)
        else:
            unseen = value is not None and not _shown(boxes, reader, number, annot)
            out[name] = FieldValue(name, value, number, unseen=unseen)
            looked.add(id(annot))
    return list(out.values())


_HIDDEN, _NO_VIEW = 2, 32  # an annotation's /F flags that keep it off the screen (and paper)


def _shown(boxes: dict[int, tuple[float, ...]], reader: Any, number: int, annot: Any) -> bool:
    """Does a widget show on its page? Not when flagged hidden (``/F`` Hidden or NoView), when
    its box has no size, or lies outside the page's visible box (``boxes``: each page's, kept
    as looked up): a value a clerk never sees in a PDF viewer or on paper (the print of the
    form shows an empty box, or none)."""
    try:
        flags = int(annot.get("/F") or 0)
        x0, y0, x1, y1 = (float(v) for v in annot.get("/Rect"))
        if number not in boxes:
            page = reader.pages[number - 1].cropbox
            boxes[number] = tuple(float(v) for v in (page.left, page.bottom, page.right, page.top))
        left, bottom, right, top = boxes[number]
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        return True  # (a box that cannot be read: field_unreadable says so)
    x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    if flags & (_HIDDEN | _NO_VIEW) or x1 - x0 < 1 or y1 - y0 < 1:
        return False
    return x1 > left and x0 < right and y1 > bottom and y0 < top


def _box(rect: Any, height: float) -> tuple[float, float, float, float] | None:
    """A widget's ``/Rect`` placed as the words are (:func:`.pdf_text.user_box`); None when it
    is not four numbers."""
    try:
        numbers = [float(v) for v in rect]
    except (TypeError, ValueError):
        return None
    if len(numbers) != 4 or not all(abs(v) < 1e6 for v in numbers):
        return None
    return user_box(height, *numbers)


def _number(value: Any) -> int | None:
    """An integer setting (``/Q``, ``/Ff``), or None when it is not one."""
    if value is None:
        return 0
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


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


def check_boxes(data: bytes, heights: Sequence[float]) -> tuple[list[CheckBox], list[BadField]]:
    """Every check-box and radio-button widget whose appearance state is known, page by page.

    A workbook's form-control check boxes print as such widgets (LibreOffice names them
    ``Check Box 1`` …): their state is the answer, their caption is printed text beside them.
    A widget without an ``/AS`` state is left out: its tick is not known, and guessing one
    would turn a caption into an answer. ``heights``: the pages' as the words are laid out;
    → (the boxes, the widgets whose box or flags cannot be read)."""
    reader = pdf_reader(data)
    out: list[CheckBox] = []
    bad: list[BadField] = []
    for number, annot in _widgets(reader, "/Btn"):
        state, rect = annot.get("/AS"), annot.get("/Rect")
        if state is None or rect is None:
            continue
        flags = _number(_inherited(annot, "/Ff"))
        box = _box(rect, heights[number - 1])
        if flags is None or box is None:
            bad.append(BadField(_qualified_name(annot), number))
            continue
        if flags & _PUSH_BUTTON:
            continue
        out.append(CheckBox(number, *box, str(state) != "/Off"))
    return out, bad


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


@dataclass(frozen=True)
class TextField:
    """A filled text field's widget as it shows on paper: its name, value, page (1-based), box
    in points from the page's top left, font size and alignment (``/Q``: 0 left, 1 centre,
    2 right), and whether it holds several lines."""

    name: str
    value: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    align: int
    multiline: bool


_MULTILINE = 1 << 12  # /Ff bit 13
_FONT_SIZE = lazy_re(r"(\d+(?:\.\d+)?)\s+Tf")
DEFAULT_SIZE = 10.0  # points: a field's font when its /DA says "auto" (0 Tf) or nothing
PADDING = 2.0  # points: the widget's inner margin before its text


def text_fields(data: bytes, heights: Sequence[float]) -> tuple[list[TextField], list[BadField]]:
    """Every text field (``/FT /Tx``) with a widget box, page by page (pypdf), placed as the
    words are (``heights``: the pages' as PDFium lays them out); an empty field has the value
    ``""``. → (the fields, the widgets whose box or settings cannot be read: left out, so that
    the print under them is read, and named in a warning)."""
    reader = pdf_reader(data)
    acroform: Any = reader.root_object.get("/AcroForm")
    acroform = acroform.get_object() if acroform is not None else None
    root_da = str((acroform if isinstance(acroform, dict) else {}).get("/DA") or "")
    out: list[TextField] = []
    bad: list[BadField] = []
    seen: set[str] = set()
    for number, annot in _widgets(reader, "/Tx"):
        name, rect = _qualified_name(annot), annot.get("/Rect")
        value = _plain(_inherited(annot, "/V"))
        if not name or name in seen or rect is None or value is UNREADABLE:
            continue
        seen.add(name)
        box = _box(rect, heights[number - 1])
        align, flags = _number(_inherited(annot, "/Q")), _number(_inherited(annot, "/Ff"))
        if box is None or align is None or flags is None:
            bad.append(BadField(name, number))
            continue
        found = _FONT_SIZE.search(str(_inherited(annot, "/DA") or root_da))
        size = float(found.group(1)) if found else 0.0
        auto = min(DEFAULT_SIZE, (box[3] - box[1]) * 0.7)
        text = value if isinstance(value, str) else ""
        out.append(
            TextField(name, text, number, *box, size if size > 0 else auto, align, bool(flags & _MULTILINE))
        )
    return out, bad


def typed_notes(data: bytes, heights: Sequence[float]) -> list[TextField]:
    """Every ``/FreeText`` annotation's ``/Contents`` (a PDF reader's typewriter or text tool:
    Okular, PDF Expert, Acrobat's "Add text comment"), as a nameless text field in its
    ``/Rect``: what a clerk typed onto a customer's blank PDF, read as text drawn there. The
    page's own text never holds it (its appearance, when there is one, is the annotation's)."""
    if b"FreeText" not in data and b"/ObjStm" not in data:
        return []  # (no annotation of the kind, and none hidden in an object stream: no parse)
    try:
        pages = list(pdf_reader(data).pages)
    except Exception:  # the PDFium reading stands; the notes are a bonus
        return []
    out: list[TextField] = []
    for number, page in enumerate(pages, start=1):
        if number > len(heights):
            break
        try:
            annots = page.get("/Annots") or ()
        except Exception:
            continue
        for ref in annots:
            try:
                annot = ref.get_object()
                if annot.get("/Subtype") != "/FreeText":
                    continue
                text = _plain(annot.get("/Contents"))
                box = _box(annot.get("/Rect"), heights[number - 1])
                align = _number(annot.get("/Q")) or 0
            except Exception:
                continue
            if not isinstance(text, str) or not text.strip() or box is None:
                continue
            found = _FONT_SIZE.search(str(annot.get("/DA") or ""))
            size = float(found.group(1)) if found else 0.0
            auto = min(DEFAULT_SIZE, (box[3] - box[1]) * 0.7)
            lines = text.replace("\r\n", "\n").replace("\r", "\n")
            out.append(TextField("", lines, number, *box, size if size > 0 else auto, align, "\n" in lines))
    return out


def _known_names() -> frozenset[str]:
    """Every field key and (normalised) label of every form: the names :func:`record_paths`
    understands."""
    return form_labels().derived(_names_of_forms)


def _names_of_forms(labels: FormLabels) -> frozenset[str]:
    """:func:`_known_names` of the forms ``labels`` indexes."""
    return frozenset(k for spec in labels.specs for k in _index(spec))


def named_for_a_form(name: str) -> bool:
    """Does a field's name say which record field it fills (our blank's ``customer``, a
    customer's ``客户名称``)? Otherwise only the label printed beside its box does."""
    parts = parse_path(name)
    head = parts[0] if parts and isinstance(parts[0], str) else ""
    return head in _known_names() or label_key(head) in _known_names()


def _text_width(text: str, size: float) -> float:
    """About how wide ``text`` prints: a wide (CJK) character an em, others about half."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.55 * size for c in text)


def as_printed(field: TextField, offset: float) -> list[Word]:
    """A text field's value as the words it shows in its box (one a line), placed as printed
    text would be (``offset``: the page's top in the stacked pages): a fillable form whose
    fields are named ``f1``, ``pdesc`` … is read by the labels printed beside its boxes."""
    lines = [ln.strip() for ln in field.value.splitlines() if ln.strip()]
    step = field.size * 1.2
    if field.multiline or len(lines) > 1:
        first = field.top + PADDING
    else:
        first = (field.top + field.bottom - field.size) / 2
    out: list[Word] = []
    for n, line in enumerate(lines):
        width = min(_text_width(line, field.size), field.x1 - field.x0 - 2 * PADDING)
        if field.align == 1:
            x0 = (field.x0 + field.x1 - width) / 2
        elif field.align == 2:
            x0 = field.x1 - PADDING - width
        else:
            x0 = field.x0 + PADDING
        top = offset + first + n * step
        out.append(Word(line, field.page, x0, top, x0 + width, top + field.size))
    return out


def _under(word: Word, field: TextField, offset: float) -> bool:
    """Is the word printed inside the field's box (its middle within it)?"""
    middle_x = (word.x0 + word.x1) / 2
    return (
        word.page == field.page
        and field.x0 <= middle_x <= field.x1
        and offset + field.top <= word.middle <= offset + field.bottom
    )


def with_field_texts(
    words: list[Word], fields: list[TextField], tops: list[float]
) -> tuple[list[Word], dict[str, str], set[str]]:
    """The page's words with each filled text field shown as it prints: a field its name does
    not place (:func:`named_for_a_form`) gets its value as words in its box, in place of any
    text printed under it; → (words, field value → the different text printed under its box,
    the texts printed under an empty field's box).

    The field's ``/V`` is what the clerk filled in; a text printed under the box that says
    something else (a print of an older fill, a flattened copy) is a doubt to name, not a
    value to choose silently. An empty field over printed text is the mirror: the print is
    read, and named as a doubt (a fill cleared since, or a flattened copy of an older one)."""
    differs: dict[str, str] = {}
    unfilled: set[str] = set()
    hidden: set[int] = set()
    placed: list[Word] = []
    for f in fields:
        offset = tops[f.page - 1]
        under = [w for w in words if _under(w, f, offset)]
        printed = " ".join(w.text for w in sorted(under, key=lambda w: (round(w.top), w.x0)))
        if not f.value.strip():
            if printed.strip():
                unfilled.add(" ".join(printed.split()))
            continue
        if printed and " ".join(printed.split()) != " ".join(f.value.split()):
            differs[" ".join(f.value.split())] = printed
        if not named_for_a_form(f.name):
            hidden.update(id(w) for w in under)
            placed += as_printed(f, offset)
    if not placed and not hidden:
        return words, differs, unfilled
    kept = [w for w in words if id(w) not in hidden]
    # each page's printed words in their order, then its fields' (pages stay in order)
    pages = sorted({w.page for w in kept} | {w.page for w in placed})
    out = [w for n in pages for w in (*(v for v in kept if v.page == n), *(v for v in placed if v.page == n))]
    return out, differs, unfilled
