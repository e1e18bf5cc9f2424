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

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import forms, value_paths
from ..forms import FormSpec
from ..problems import Bilingual, Problem, SourceError
from ..validation import Locations, labels_for
from .anchor import Box, Provenance, find_labels, read_boxes, reading_problems
from .dates import years_said
from .guards import _short, continues_form, instructions_first
from .kinds import choose_form, detect_kind
from .limits import check_pdf, check_pdf_pages, pdfium_reason
from .pdf_across import join_across
from .pdf_bars import split_bars, split_framed_pairs, split_spaced_lines
from .pdf_cells import cells
from .pdf_fields import FieldValue, check_boxes, field_values, record_paths
from .pdf_strike import Struck, struck_warnings, without_struck
from .pdf_text import (
    LetterBoxes,
    Rule,
    Word,
    pdfium_words,
    pdfplumber_words,
    text_on_its_side,
    upright_pdfium_words,
    with_marks,
)
from .results import Extraction

# Fewer printed characters than this per page, and no label found: a scan with a stamp on it.
SPARSE_TEXT = 40

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "value_cut_off": (
        "{label}的值“{value}”在打印件上写到了格子边缘，可能被截断，请对照原表核对",
        "{label}: '{value}' runs to the edge of its cell in the print and may be cut off; please check the original",
    ),
    "struck_text_left_out": (
        "{location} 上划掉的“{struck}”未读取（删除线）：请核对它是否已作废",
        "The struck-through '{struck}' on {location} was left out: please check it was cancelled",
    ),
    "line_through_text": (
        "{location} 上有一条线穿过“{struck}”，无法判断是否为删除线，已按所印读取：请核对",
        "A line runs through '{struck}' on {location}; whether it strikes it out cannot be told, "
        "read as printed: please check",
    ),
    "printed_across_pages": (
        "第 {pages} 页像是前面一页右边的栏（表格太宽，打印时分到了别的页），无法确定如何拼接，没有并排读取{read}："
        "请把工作表设为“缩放到一页宽”后重新打印，或直接发送 Excel 文件",
        "Page(s) {pages} look like the columns to the right of an earlier page (the sheet was too wide "
        "and printed over more pages); they could not be joined surely and were not read side by "
        "side{read}: print the sheet fitted to one page wide, or send the workbook",
    ),
    "garbled_text_layer": (
        "PDF 的文字层无法解码（{share} 的字符是乱码：字体没有 Unicode 对照表），无法读取：请用原程序重新打印为 PDF，"
        "或当作扫描件先做 OCR 文字识别",
        "The PDF's text layer cannot be decoded ({share} of its characters are garbage: its fonts "
        "carry no Unicode map), not read: print it to PDF again from the program that made it, or "
        "OCR it as a scan",
    ),
}


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open a PDF with PDFium, turning its failures into the catalogue's source errors."""
    head = data[:1024]
    if b"%PDF-" not in head:
        raise SourceError(
            "corrupt_file",
            reason=Bilingual("不是 PDF 文件（没有 %PDF 文件头）", "not a PDF (no %PDF header)"),
        )
    if b"%%EOF" not in data.rstrip(b"\x00 \t\r\n")[-2048:]:
        # a download or copy that stopped half-way: values may be missing, do not guess
        raise SourceError(
            "corrupt_file",
            reason=Bilingual(
                "文件不完整（缺少 %%EOF 结束标记），可能没有下载或复制完", "truncated (no %%EOF end marker)"
            ),
        )
    check_pdf(data)  # decoded stream sizes before PDFium inflates them
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise SourceError("encrypted_file") from None
        raise SourceError("corrupt_file", reason=pdfium_reason(exc)) from None
    try:
        check_pdf_pages(len(pdf))
    except SourceError:
        pdf.close()
        raise
    return pdf


def turned_pages(pdf: pdfium.PdfDocument) -> bool:
    """Does a page carry a /Rotate with its text lying on its side? Printer drivers store a
    landscape form as a portrait page with its content turned and /Rotate 90: a viewer shows it
    upright, its text boxes lie on their side. A page whose text runs upright as stored and that
    a viewer merely shows turned (a scanner's or viewer's /Rotate) is read as stored. (The
    PDFium extractor asks it of each page as it reads it: :func:`.pdf_text.pdfium_words`.)"""
    for n in range(len(pdf)):
        page = pdf[n]
        try:
            if page.get_rotation() % 360:
                text = page.get_textpage()
                try:
                    if text_on_its_side(text.raw):
                        return True
                finally:
                    text.close()
        finally:
            page.close()
    return False


def upright(data: bytes) -> bytes:
    """The same PDF with each page's /Rotate applied to its content (pypdf), so words and rules
    come out as the page shows, the same geometry as a page drawn landscape."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        if page.rotation % 360:
            page.transfer_rotation_to_content()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def words_of(
    data: bytes, extractor: str = "pdfium", widths: dict[int, float] | None = None
) -> tuple[list[Word], list[Rule], bool]:
    """(words and ruling lines of every page, whether the PDF has an AcroForm), by the chosen
    extractor; ``widths``, when given, receives each page's width (by page number)."""
    pdf = open_pdf(data)
    found = None
    try:
        # None when a page is stored turned (/Rotate 90): then it is read as it shows
        if extractor == "pdfium":
            found = upright_pdfium_words(pdf)
            turned = found is None
        else:
            turned = turned_pages(pdf)
        if turned:
            pdf.close()
            data = upright(data)
            pdf = open_pdf(data)
            found = pdfium_words(pdf) if extractor == "pdfium" else None
        if widths is not None:
            widths.update((n + 1, pdf.get_page_size(n)[0]) for n in range(len(pdf)))
        has_form = pdf.get_formtype() != pdfium_c.FORMTYPE_NONE
        pages = len(pdf)
        sizes = [pdf.get_page_size(n) for n in range(pages)]
        tops = list(itertools.accumulate((h for _, h in sizes), initial=0.0))
    finally:
        pdf.close()
    words, rules = found if found is not None else pdfplumber_words(data)
    with LetterBoxes(data) as letters:  # a value crossed out is no value
        words, rules, struck = without_struck(words, rules, letters)
    if has_form and pages:  # check boxes printed as widgets: their ticks join their captions
        marks = [
            (b.page, b.x0, tops[b.page - 1] + b.top, b.x1, tops[b.page - 1] + b.bottom, b.checked)
            for b in check_boxes(data)
        ]
        words = with_marks(words, marks)
    # a sheet too wide for its paper: its columns printed on the next page go back beside it
    joined_words, rules, joined = join_across(words, rules, sizes)
    if widths is not None:
        widths.update(joined)
    return _Words(joined_words, struck, joined_words.across), rules, has_form and pages > 0


class _Words(list[Word]):
    """The words of a PDF, the letters struck out of them (:mod:`.pdf_strike`) and the pages
    that look printed across but were not joined (:mod:`.pdf_across`)."""

    def __init__(self, words: list[Word], struck: list[Struck], across: set[int]) -> None:
        super().__init__(words)
        self.struck = struck
        self.across = across


class _Boxes(list[Box]):
    """The boxes of a printed form, and the texts that run to their cell's border (maybe cut off)."""

    cut: dict[str, set[str]]  # page location → last lines that reach the border


def _boxes(
    words: list[Word], rules: list[Rule], widths: dict[int, float] | None = None, found: list | None = None
) -> _Boxes:
    """One box per bordered cell (or per word outside any cell), located by its page;
    ``found``: the cells of these words computed already."""
    found = cells(words, rules, widths) if found is None else found
    found = split_bars(found, words)  # a header bar drawn as one rectangle: one box per column name
    found = split_spaced_lines(found, words)  # rows a line apart in one rectangle: a cell per row
    found = split_framed_pairs(found, words)  # a frame round unruled label | value rows: a cell each
    # each cell its own location, as each Excel cell has (``p1#7``): the reader tells a label
    # with its value in one cell from a label beside another cell's value by it; errors show
    # the page only (:func:`_page`)
    out = _Boxes(
        Box(c.text, c.text or None, c.x0, c.top, c.x1, c.bottom, f"p{c.page}#{i}", c.bold, c.filled)
        for i, c in enumerate(found)
    )
    out.cut = {}
    for c in found:
        if c.cut:
            out.cut.setdefault(f"p{c.page}", set()).add(c.cut)
    return out


def _cut_off(
    spec: FormSpec, values: dict[str, Any], where: Locations, cut: dict[str, set[str]]
) -> list[Problem]:
    """A warning on each value that ends in a text running to its cell's border: the print
    may have cut it off (the sheet had more), and nothing else would say so."""
    out: list[Problem] = []
    for path, place in where.items():
        lines = cut.get(place.partition(" ")[0]) if path and place else None
        value = value_paths.get(values, path) if lines else None
        if not isinstance(value, str):
            continue
        text = " ".join(value.split())
        if any(text.endswith(" ".join(line.split())) for line in lines or ()):
            zh, en = labels_for(spec, path)
            out.append(Problem("value_cut_off", path, zh, en, place, "warning", {"value": _short(value)}))
    return out


def _page(location: str) -> str:
    """``p1#7`` (a cell on page 1) → ``p1``: what a printed form's messages name."""
    return location.partition("#")[0]


def _on_pages(problems: list[Problem]) -> list[Problem]:
    """The reader's problems located by page; one per label text and page where cells repeat it."""
    out: list[Problem] = []
    seen: set[tuple[str, str, str, str]] = set()
    for p in problems:
        p = replace(p, location=_page(p.location))
        key = (p.code, p.field, p.location, str(p.params))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


@lru_cache(maxsize=4096)
def _label(spec: FormSpec, path: str) -> str:
    return labels_for(spec, path)[0]


def _page_and_label(spec: FormSpec, where: Locations) -> Locations:
    """``p1`` → ``p1 · 客户名称``: a printed form's errors name the page and the label."""
    out = Locations()
    for path, place in where.items():
        out[path] = f"{place} · {_label(spec, path)}" if place and path else place
    return out


def _scan_check(words: list[Word]) -> None:
    """A few stray characters and no form: a scan with a stamp or page number on it."""
    pages = max((w.page for w in words), default=1)
    if sum(len(w.text) for w in words) < SPARSE_TEXT * pages:
        raise SourceError("no_text_layer")


# what a font without a ToUnicode map gives instead of text: its glyph numbers as C0 controls,
# private-use code points, or U+FFFD
_GARBLED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff\ufffd]")
GARBLED_SHARE = 0.3


def _garbled_check(words: list[Word]) -> None:
    """No form, and much of the text is glyph numbers: say the text layer cannot be decoded
    (OCR or a new print), instead of "not a form" quoting the garbage as labels."""
    text = "".join(w.text for w in words)
    text = "".join(text.split())
    bad = len(_GARBLED.findall(text))
    if text and bad >= GARBLED_SHARE * len(text):
        raise SourceError("garbled_text_layer", share=f"{bad / len(text):.0%}")


def _kind_of_fields(fields: list[FieldValue]) -> str | None:
    """The form most of whose field names a fillable PDF without a printed title uses."""
    best, hits = None, 0
    for spec in forms.all_specs():
        n = sum(f.name.partition(".")[0].partition("[")[0] in spec.fields for f in fields)
        if n > hits:
            best, hits = spec.kind, n
    return best if hits * 2 > len(fields) else None


def extract(
    path: Path, data: bytes, kind: str | None, *, extractor: str = "pdfium", parsed: tuple | None = None
) -> list[Extraction]:
    """One PDF → its forms (usually one): kind, raw values and their page/label locations.

    Several forms printed into one file (a workbook of filled sheets) are several
    extractions, their sources ``file.pdf#p3`` by the page each starts on. ``parsed``: the
    file's (words, rules, has_form, widths, cells) computed once by a caller that reads it
    twice (a layout profile and its second opinion), else computed here.
    """
    widths: dict[int, float] = {}
    found = None
    if parsed is None:
        words, rules, has_form = words_of(data, extractor, widths)
    else:
        words, rules, has_form, widths, found = parsed
    fields = field_values(data) if has_form else []
    if not words and not any(f.value is not None for f in fields):
        raise SourceError("no_text_layer")

    struck: list[Struck] = getattr(words, "struck", [])
    across: set[int] = getattr(words, "across", set())  # pages printed across, not joined
    boxes = _boxes(words, rules, widths, found)
    try:
        spec, guessed = choose_form(
            kind, (w.text for w in words), [boxes], hint=_kind_of_fields(fields) if fields else None
        )
    except SourceError:
        if not fields:
            _scan_check(words)  # a scan with a stray text line: say it needs OCR, not "which form?"
            _garbled_check(words)
        raise

    if fields:  # one AcroForm is one document
        return [_extraction(spec, boxes, words, fields, str(path), guessed, struck)]
    explaining = _instruction_pages(words, spec)
    if explaining:  # a workbook printed with its "How to fill in" sheet first: not a document
        words = [w for w in words if w.page not in explaining]
        rules = [r for r in rules if r.page not in explaining]
        kept = [c for c in found if c.page not in explaining] if found is not None else None
        boxes = _boxes(words, rules, widths, kept)
    ranges = _documents(words, spec)
    if len(ranges) == 1:
        return [_extraction(spec, boxes, words, fields, str(path), guessed, struck, across)]
    out = []
    for first, last in ranges:
        part = [w for w in words if first <= w.page <= last]
        part_boxes = _boxes(part, [r for r in rules if first <= r.page <= last], widths)
        out.append(_extraction(spec, part_boxes, part, [], f"{path}#p{first}", guessed, struck, across))
    return out


_TITLED_NUMBER = re.compile(
    r"^(?P<title>.*[^\W\d_].*?)\s*[#:：]?\s+(?P<number>[A-Z]{1,8}[-_/]?\d[\w\-/.]{3,})$"
)


_CRUMB = re.compile(r"\s+[›»>]\s+|\s*[›»]\s*")
_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9][\w\-/.]{3,}$")


def _crumb_number(text: str) -> dict[str, str] | None:
    """A portal's breadcrumb line ending in the document's code (``Supplier Quality Portal › 8D ›
    8D-0047718``, ``Home > Complaints > SC-2026-0311``): its title is the crumbs before the code."""
    parts = [p.strip() for p in _CRUMB.split(text.strip()) if p.strip()]
    if len(parts) < 2 or not _CODE.match(parts[-1]):
        return None
    return {"title": " ".join(parts[:-1]), "number": parts[-1]}


def _number_in_title(boxes: list[Box], spec: FormSpec, reading: Any) -> None:
    """A page heading made of the form's title and a code (``Supplier Complaint SC-0091244``, a
    case page a portal prints): the code is the document's number when nothing else gave one,
    read with low confidence so that it is shown for checking."""
    read = reading.provenance.get("number")
    if "number" not in spec.fields or (
        reading.values.get("number") not in (None, "") and read is not None and read.confidence >= 0.8
    ):
        return  # a number read surely elsewhere (a breadcrumb's word beside it is no such reading)
    first = min((b.y0 for b in boxes if not b.empty), default=0.0)
    heads = [b for b in boxes if not b.empty and isinstance(b.value, str) and "\n" not in b.value]
    for box in sorted(heads, key=lambda b: (b.y0, b.x0)):
        if box.y0 > first + 120:  # the heading stands at the top of the first page
            break
        m = _TITLED_NUMBER.match(box.text.strip()) or _crumb_number(box.text)
        if m is None or detect_kind([m["title"]], [spec]) != spec.kind:
            continue
        reading.values["number"] = m["number"]
        reading.where["number"] = box.location
        reading.provenance["number"] = Provenance(box.location, m["title"], box.location, 0.6, "title")
        return


def _first_line(ws: list[Word]) -> str:
    """The words of a page's first printed line, left to right."""
    first = min(ws, key=lambda w: (w.top, w.x0))
    return " ".join(w.text for w in sorted(ws, key=lambda w: w.x0) if abs(w.middle - first.middle) < 2.0)


def _instruction_pages(words: list[Word], spec: FormSpec) -> set[int]:
    """The pages of the form's instructions printed with it (a workbook that opens on its
    ``How to fill in …`` sheet): a page whose first line is such a heading, and the pages after
    it up to the next page carrying the form's title. Empty when no page of the form is left."""
    pages: dict[int, list[Word]] = {}
    for w in words:
        pages.setdefault(w.page, []).append(w)
    out: set[int] = set()
    inside = False
    for n in sorted(pages):
        ws = pages[n]
        if instructions_first([_first_line(ws)]):
            inside = True
        elif detect_kind((w.text for w in sorted(ws, key=lambda w: (w.top, w.x0))[:60]), [spec]) == spec.kind:
            inside = False
        if inside:
            out.add(n)
    return out if len(out) < len(pages) else set()


def _documents(words: list[Word], spec: FormSpec) -> list[tuple[int, int]]:
    """Page ranges of the forms in one PDF: a workbook of several filled sheets prints as one file.

    A page carrying the form's title starts the next form when it also repeats labels the
    current one already has, and the current one began with the title too; a title repeated on
    every page of one long form (print titles) comes with new labels only.
    """
    pages: dict[int, list[Word]] = {}
    for w in words:
        pages.setdefault(w.page, []).append(w)
    numbers = sorted(pages)
    if len(numbers) < 2:
        return [(numbers[0] if numbers else 1, numbers[-1] if numbers else 1)]

    def labels(ws: list[Word]) -> set[str]:
        return set(find_labels([Box(w.text, w.text, w.x0, w.top, w.x1, w.bottom, "") for w in ws], spec))

    @cache
    def titled(n: int) -> bool:
        return detect_kind((w.text for w in pages[n][:60]), [spec]) == spec.kind

    starts = [numbers[0]]
    seen: set[str] | None = None
    for n in numbers[1:]:
        if not titled(n) or not titled(starts[-1]) or continues_form(_first_line(pages[n])):
            # copies of a form each begin with its title; a titled page after untitled ones
            # (a workbook's summary sheet after its step sheets) is the same document's
            continue
        if seen is None:
            seen = labels([w for m in numbers if starts[-1] <= m < n for w in pages[m]])
        here = labels(pages[n])
        if here & seen:
            starts.append(n)
            seen = here
        else:
            seen |= here
    ends = [s - 1 for s in starts[1:]] + [numbers[-1]]
    return list(zip(starts, ends))


def _across_doubts(spec: FormSpec, where: Locations, pages: set[int]) -> list[Problem]:
    """One warning for the document naming every page that looks printed across (columns
    continued sideways) but was not joined, with the fields read from those pages: a print of
    ten such pages said it ten times (once a page, once a field) and buried the other findings.
    The fields stay named on the warning (``fields``), so each value read there is flagged."""
    if not pages:
        return []
    shown = {f"p{page}" for page in pages}
    paths = [p for p, place in where.items() if p and place and place.partition(" ")[0] in shown]
    labels = [Bilingual(*labels_for(spec, path)) for path in paths]
    read = (
        Bilingual(
            "；从这些页读到的栏位请逐一核对：{}".format("、".join(b.zh for b in labels[:ACROSS_LABELS])),
            "; check each field read from them: {}".format(", ".join(b.en for b in labels[:ACROSS_LABELS])),
        )
        if labels
        else Bilingual("", "")
    )
    if len(labels) > ACROSS_LABELS:
        read = Bilingual(read.zh + " 等", read.en + "…")
    first = min(pages)
    return [
        Problem(
            "printed_across_pages",
            location=f"p{first}",
            severity="warning",
            params={"pages": sorted(pages), "read": read, "fields": paths},
        )
    ]


ACROSS_LABELS = 8
"""The fields the printed-across warning names by label (all are kept in its ``fields``)."""


def _extraction(
    spec: FormSpec,
    boxes: _Boxes,
    words: list[Word],
    fields: list[FieldValue],
    source: str,
    guessed: bool,
    struck: Sequence[Struck] = (),
    across: set[int] = frozenset(),  # type: ignore[assignment]
) -> Extraction:
    """One form's raw values and locations: anchored words, overridden by filled form fields;
    ``across``: pages that look printed across but were not joined (:mod:`.pdf_across`)."""
    reading = read_boxes(boxes, spec)
    _number_in_title(boxes, spec, reading)  # "Supplier Complaint SC-0091244": a portal's heading
    crossed = struck_warnings(spec, reading.values, reading.where, boxes, struck)
    values, where = reading.values, Locations({k: _page(v) for k, v in reading.where.items()})
    provenance = {
        path: Provenance(
            f"{_page(p.location)} · {p.label}" if p.label else _page(p.location),
            p.label,
            _page(p.label_location),
            p.confidence,
            p.how,
        )
        for path, p in reading.provenance.items()
    }
    where = _page_and_label(spec, where)
    if fields:
        typed, typed_where = record_paths(spec, fields)
        # a field the PDF has as a form field is read from it, filled or not: the printed
        # text near its label is the blank's own (hints, headings), not the clerk's entry
        for path in {p.partition(".")[0].partition("[")[0] for p in typed_where}:
            values.pop(path, None)
            for stale in [p for p in where if p == path or p.startswith((path + "[", path + "."))]:
                del where[stale]
        values.update(typed)
        where.update(typed_where)
        for p in typed_where:
            provenance[p] = Provenance(typed_where[p], how="field")
    if not where:
        _scan_check(words)
        raise SourceError("not_a_form", kinds=spec.title_zh, found="")
    where.setdefault("", f"p{min((w.page for w in words), default=1)}")
    # with form fields the printed reading's warnings are set aside, save a year it took for a
    # value that stays (dates.years_said)
    problems = (
        _on_pages(years_said(reading.problems, values))
        if fields
        else _on_pages(reading_problems(spec, reading)) + _cut_off(spec, values, where, boxes.cut)
    ) + _on_pages(crossed)
    problems += _across_doubts(spec, where, {n for n in across if any(w.page == n for w in words)})
    if guessed:
        problems.append(
            Problem("kind_guessed", location=where[""], severity="warning", params={"title": spec.title_zh})
        )
    return Extraction(spec.kind, values, where, source, problems, provenance)
