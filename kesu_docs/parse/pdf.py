"""PDF sources: fillable forms by field name, printed forms by label anchoring.

A PDF reaches QA printed from the Excel form (Excel, WPS, LibreOffice) or as a fillable PDF
(``kesu blank KIND -o FILE.pdf``). Both become the same raw values as the Excel file would:

1. PDFium (pypdfium2) opens the file; a password or a broken file is a clear
   :class:`SourceError` (``encrypted_file``, ``corrupt_file``).
2. The text layer becomes words with boxes (:mod:`.pdf_text`); a PDF without one is a scan
   (``no_text_layer``: it needs OCR), never an empty record.
3. The form kind comes from ``--kind`` or the printed title / form code; the words go through
   the same label anchoring as Excel cells (:mod:`.anchor`).
4. AcroForm fields (:mod:`.pdf_fields`), where filled, take precedence over the flat text.

Locations read ``p1 · 客户名称`` (page and label) for printed forms and ``p1 · customer``
(page and field name) for fillable ones.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import forms
from ..forms import FormSpec
from ..problems import SourceError
from ..validation import Locations, labels_for
from . import Extraction
from .anchor import Box, anchor, detect_kind
from .pdf_fields import field_values, record_paths
from .pdf_text import Word, pdfium_words, pdfplumber_words

# Fewer printed characters than this per page, and no label found: a scan with a stamp on it.
SPARSE_TEXT = 40


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open a PDF with PDFium, turning its failures into the catalogue's source errors."""
    head = data[:1024]
    if b"%PDF-" not in head:
        raise SourceError("corrupt_file", reason="not a PDF (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        # a download or copy that stopped half-way: values may be missing, do not guess
        raise SourceError("corrupt_file", reason="truncated (no %%EOF end marker)")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise SourceError("encrypted_file") from None
        raise SourceError("corrupt_file", reason=str(exc)) from None


def words_of(data: bytes, extractor: str = "pdfium") -> tuple[list[Word], bool]:
    """(words of every page, whether the PDF has an AcroForm), by the chosen extractor."""
    pdf = open_pdf(data)
    try:
        has_form = pdf.get_formtype() != pdfium_c.FORMTYPE_NONE
        words = pdfium_words(pdf) if extractor == "pdfium" else None
        pages = len(pdf)
    finally:
        pdf.close()
    if words is None:
        words = pdfplumber_words(data)
    return words, has_form and pages > 0


def _boxes(words: list[Word]) -> list[Box]:
    return [Box(w.text, w.text, w.x0, w.top, w.x1, w.bottom, f"p{w.page}") for w in words]


def _page_and_label(spec: FormSpec, where: Locations) -> Locations:
    """``p1`` → ``p1 · 客户名称``: a printed form's errors name the page and the label."""
    out = Locations()
    for path, place in where.items():
        out[path] = f"{place} · {labels_for(spec, path)[0]}" if place and path else place
    return out


_CJK_END = re.compile(r"[\u3000-\u9fff\uff00-\uffef]$")


def _unwrap(text: str, words: list[Word]) -> str:
    """Join lines that LibreOffice or Excel wrapped inside a text area; keep the clerk's own breaks.

    A line is a wrap when it reaches the right edge of the block (the longest line): the next
    line continues it, directly after a CJK character, after a space otherwise.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    by_text: dict[str, Word] = {}
    for w in words:
        by_text.setdefault(w.text, w)
    found = [by_text.get(line.strip()) for line in lines]
    if any(w is None for w in found):
        return text
    right = max(w.x1 for w in found)  # type: ignore[union-attr]
    out = lines[0]
    for prev, line in zip(found, lines[1:]):
        height = prev.bottom - prev.top  # type: ignore[union-attr]
        if prev.x1 >= right - 1.5 * height:  # type: ignore[union-attr]
            out += line if _CJK_END.search(out) else " " + line
        else:
            out += "\n" + line
    return out


def _scan_check(words: list[Word]) -> None:
    """A few stray characters and no form: a scan with a stamp or page number on it."""
    pages = max((w.page for w in words), default=1)
    if sum(len(w.text) for w in words) < SPARSE_TEXT * pages:
        raise SourceError("no_text_layer")


def extract(path: Path, data: bytes, kind: str | None, *, extractor: str = "pdfium") -> list[Extraction]:
    """One PDF → one extraction (its kind, raw values and their page/label locations)."""
    words, has_form = words_of(data, extractor)
    filled = field_values(data) if has_form else []
    if not words and not filled:
        raise SourceError("no_text_layer")

    chosen = kind or detect_kind((w.text for w in words), forms.all_specs())
    if chosen is None:
        _scan_check(words)
        return [Extraction(None, {}, Locations(), str(path))]
    try:
        spec = forms.get(chosen)
    except forms.UnknownKind:
        return [Extraction(chosen, {}, Locations(), str(path))]

    values, where, problems = anchor(_boxes(words), spec)
    where = _page_and_label(spec, where)
    for key, value in values.items():
        meta = spec.fields.get(key)
        if meta is not None and meta.long and isinstance(value, str):
            values[key] = _unwrap(value, words)
    if filled:
        typed, typed_where = record_paths(spec, filled)
        for key in typed:  # a filled field wins over whatever text stands near its label
            for path in [p for p in where if p == key or p.startswith((key + "[", key + "."))]:
                del where[path]
        values.update(typed)
        where.update(typed_where)
    if not where:
        _scan_check(words)
        raise SourceError("not_a_form", kinds=spec.title_zh)
    return [Extraction(spec.kind, values, where, str(path), problems)]
