"""Pictures of where a finding is: the sheet as an HTML grid with its cell highlighted, or the
PDF page as a PNG with the label's box marked.

Locations come from the readers: ``客户抱怨处理单!F23`` (a sheet and cell) and
``p1 · 责任代码`` (a page and the label, or the fillable field's name).
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..lazy_re import lazy_re
from ..parse.xlsx_parts import column_letter as _letters
from ..parse.xlsx_parts import column_number
from ..problems import Bilingual, Problem

PDFIUM = threading.RLock()
"""Held while PDFium (pypdfium2) is used by the page: PDFium is not thread-safe, and the page's
request threads (a preview, a page count) and its batch thread (reading a PDF form) run in one
process — two at once may crash the server (a preview's request closed unanswered)."""

_CELL = lazy_re(r"^\$?([A-Z]{1,3})\$?(\d{1,7})")
_PAGE = lazy_re(r"^p(\d+)(?:\s*·\s*(.+))?$")

MAX_GRID_ROWS, MAX_GRID_COLS = 120, 30


def cell_of(location: str) -> tuple[str, int, int] | None:
    """``客户抱怨处理单!F23`` → (sheet, row 23, column 6)."""
    if "!" not in location:
        return None
    sheet, ref = location.rsplit("!", 1)
    match = _CELL.match(ref.strip())
    if not match:
        return None
    return sheet.strip("'"), int(match.group(2)), column_number(match.group(1))


def page_of(location: str) -> tuple[int, str] | None:
    """``p1 · 责任代码`` → (1, '责任代码')."""
    match = _PAGE.match(location.strip())
    if not match:
        return None
    return int(match.group(1)), (match.group(2) or "").strip()


@dataclass
class GridCell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    ref: str = ""  # F23
    marks: list[int] = field(default_factory=list)  # the numbers of the findings at this cell


@dataclass
class Grid:
    sheet: str
    columns: list[str]
    rows: list[tuple[int, list[GridCell]]]  # (row number, its cells that start there)
    marked: int  # findings shown on this grid


def sheet_grids(path: Path, problems: list[Problem]) -> list[Grid]:
    """The sheets holding findings (or the first sheet), each as a grid; findings numbered 1…"""
    from ..parse.excel import read_workbook

    workbook = read_workbook(path.read_bytes())
    wanted: dict[str, dict[tuple[int, int], list[int]]] = {}
    for n, problem in enumerate(problems, 1):
        where = cell_of(problem.location)
        if where:
            wanted.setdefault(where[0], {}).setdefault((where[1], where[2]), []).append(n)
    grids: list[Grid] = []
    for sheet in workbook.sheets:
        marks = wanted.get(sheet.title)
        if marks is None and (wanted or grids):
            continue
        grids.append(_grid(sheet, marks or {}))
        if not wanted:
            break
    return grids


def _grid(sheet, marks: dict[tuple[int, int], list[int]]) -> Grid:
    boxes = [b for b in sheet.boxes if not b.empty] or sheet.boxes
    last_row = max([int(b.y1) - 1 for b in boxes] + [r for r, _ in marks] + [1])
    last_col = max([int(b.x1) - 1 for b in boxes] + [c for _, c in marks] + [1])
    # a form fits a page: a stray value far away must not make a grid of thousands of cells
    first_row = 1
    if last_row > MAX_GRID_ROWS:
        focus = min((r for r, _ in marks), default=1)
        first_row = max(1, focus - MAX_GRID_ROWS // 2)
        last_row = min(last_row, first_row + MAX_GRID_ROWS - 1)
    last_col = min(last_col, MAX_GRID_COLS)
    covered: set[tuple[int, int]] = set()
    rows = []
    for r in range(first_row, last_row + 1):
        cells = []
        for c in range(1, last_col + 1):
            if (r, c) in covered:
                continue
            box = sheet.at.get((r, c))
            if box is not None and (int(box.y0), int(box.x0)) == (r, c):
                rowspan = min(int(box.y1), last_row + 1) - r
                colspan = min(int(box.x1), last_col + 1) - c
                text = box.text
            else:
                rowspan = colspan = 1
                text = ""
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    covered.add((rr, cc))
            found = sorted(
                n
                for rr in range(r, r + rowspan)
                for cc in range(c, c + colspan)
                for n in marks.get((rr, cc), [])
            )
            cells.append(GridCell(text, rowspan, colspan, f"{_letters(c)}{r}", found))
        rows.append((r, cells))
    return Grid(
        sheet.title, [_letters(c) for c in range(1, last_col + 1)], rows, sum(map(len, marks.values()))
    )


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    with PDFIUM:
        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()


def pdf_marks(problems: list[Problem]) -> dict[int, list[tuple[int, str]]]:
    """Page → [(finding number, label)] for the findings located on a PDF page."""
    pages: dict[int, list[tuple[int, str]]] = {}
    for n, problem in enumerate(problems, 1):
        where = page_of(problem.location)
        if where:
            pages.setdefault(where[0], []).append((n, where[1] or problem.label))
    return pages


def dense_pages(problems: list[Problem]) -> set[int]:
    """The pages the reader left out as too dense (``dense_page_skipped``, over
    ``pdf_page_chars``): never rendered for a preview either — drawing a page of 200,000 placed
    letters kept the server 3.4 s and 330 MB a time, and nothing on it was read to be shown."""
    out: set[int] = set()
    for problem in problems:
        if problem.code == "dense_page_skipped":
            pages = problem.params.get("pages")
            said = pages.en if isinstance(pages, Bilingual) else str(pages)
            out |= {int(n) for n in re.findall(r"\d+", said)}
    return out


NOT_DRAWN = "X-Kesu-Not-Drawn"
"""The header of a preview refused without drawing the page (``dense-page``: :func:`dense_pages`):
what the 404 of a page that was never drawn says, told from a page that could not be drawn."""

PREVIEW_PX = 2000  # a preview's long side at most: a page of 14,400 pt at 1.5 would be 21,600 px


def pdf_page_png(path: Path, page_no: int, marks: list[tuple[int, str]], scale: float = 1.5) -> bytes:
    """Page ``page_no`` (1-based) as PNG, each finding's label (or fillable field) boxed in red,
    at ``scale`` or less: its long side at most :data:`PREVIEW_PX` pixels."""
    import pypdfium2 as pdfium

    with PDFIUM:
        return _page_png(pdfium.PdfDocument(str(path)), path, page_no, marks, scale)


def _page_png(pdf, path: Path, page_no: int, marks: list[tuple[int, str]], scale: float) -> bytes:
    from PIL import ImageDraw

    try:
        if not 1 <= page_no <= len(pdf):
            raise IndexError(f"no page {page_no}")
        page = pdf[page_no - 1]
        height = page.get_height()
        scale = min(scale, PREVIEW_PX / max(page.get_width(), height, 1))
        image = page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB")
        draw = ImageDraw.Draw(image)
        boxes = _field_boxes(path, page_no)
        text = page.get_textpage()
        for n, label in marks:
            rect = boxes.get(label) or _label_box(text, label)
            if rect is None:
                continue
            x0, y0, x1, y1 = rect  # PDF points, origin bottom left
            box = (x0 * scale - 4, (height - y1) * scale - 4, x1 * scale + 4, (height - y0) * scale + 4)
            draw.rectangle(box, outline=(220, 0, 0), width=3)
            draw.rectangle((box[0] - 2, box[1] - 22, box[0] + 22, box[1]), fill=(220, 0, 0))
            draw.text((box[0] + 4, box[1] - 20), str(n), fill=(255, 255, 255))
        out = io.BytesIO()
        image.save(out, "PNG")
        return out.getvalue()
    finally:
        pdf.close()


def _label_box(textpage, label: str) -> tuple[float, float, float, float] | None:
    """Where the label is printed: the box around its characters (first match)."""
    for needle in (label, label.split(" ")[0]):
        if not needle:
            continue
        searcher = textpage.search(needle, match_case=False)
        hit = searcher.get_next()
        if hit:
            index, count = hit
            boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
            # the value stands right of its label: the box reaches out to take it in
            x0 = min(b[0] for b in boxes)
            x1 = max(b[2] for b in boxes)
            return x0, min(b[1] for b in boxes), x1 + max(60.0, x1 - x0), max(b[3] for b in boxes)
    return None


def _field_boxes(path: Path, page_no: int) -> dict[str, tuple[float, float, float, float]]:
    """A fillable form's widgets by field name (a fillable field's location names it)."""
    from pypdf import PdfReader

    boxes: dict[str, tuple[float, float, float, float]] = {}
    try:
        page = PdfReader(str(path)).pages[page_no - 1]
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget" or "/Rect" not in annot:
                continue
            parts, node = [], annot
            while node is not None:
                if "/T" in node:
                    parts.append(str(node["/T"]))
                parent = node.get("/Parent")
                node = parent.get_object() if parent is not None else None
            if parts:
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
                boxes.setdefault(
                    ".".join(reversed(parts)), (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
                )
    except Exception:  # an odd annotation must not cost the picture
        return boxes
    return boxes
