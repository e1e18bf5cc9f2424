"""Excel text boxes: a value typed in a shape over the grid is the value of the cells under it.

When a clerk's text does not fit a cell, it is often typed in a text box (Insert ▸ Text Box)
laid over the empty cells of the field: the grid stays empty, the printed page shows the text.
Read as cells only, the field is missing — or worse, another value is taken for it. The shape
is kept in the sheet's DrawingML part (``xl/drawings/drawingN.xml``): an ``xdr:sp`` with a
``xdr:txBody``, anchored by ``xdr:twoCellAnchor`` / ``xdr:oneCellAnchor`` whose ``xdr:from``
names the cell its top-left corner lies in (0-based column and row). Each shape's text is
read here as if typed in that cell, paragraphs as lines; the caller places it only where
the grid is empty (a text box over a filled cell is a note, not the cell's value).

Pictures, charts and shapes without text are left out; a run struck through
(``a:rPr strike="sngStrike"``) is no text, as in a cell. Read with ElementTree, as
:mod:`.xlsx_parts` reads the other parts.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass

from ..lazy_re import lazy_re

_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DRAWING = lazy_re(rb'<(?:\w+:)?drawing\s[^>]*?\b\w+:id\s*=\s*"([^"]+)"')
_DRAWING_TYPE = "/relationships/drawing"
_ANCHORS = (f"{_XDR}twoCellAnchor", f"{_XDR}oneCellAnchor")
_INDEX = lazy_re(r"[0-9]{1,7}")  # a cell's 0-based row or column: ASCII digits only
MAX_ROW, MAX_COL = 1_048_576, 16_384  # the last cell of a sheet (XFD1048576)
MAX_TEXT_BOXES = 1_000
"""Text boxes (and pictures) read on one sheet at the most (a form has a handful; thousands are
no form's)."""


@dataclass(frozen=True)
class TextBox:
    """One text box's text and the cells it covers (1-based; ``to`` is the from cell when the
    shape is anchored by one cell only)."""

    text: str
    row: int
    col: int
    last_row: int
    last_col: int


@dataclass(frozen=True)
class Drawing:
    """What a sheet's drawing lays over the grid: its text boxes with text, and the cells (row,
    col, 1-based) the top-left corners of its pictures lie in — both in the drawing's order."""

    text_boxes: list[TextBox]
    pictures: list[tuple[int, int]]


_NO_DRAWING = Drawing([], [])


def drawing(archive: zipfile.ZipFile, sheet_part: str, sheet_xml: bytes) -> Drawing:
    """The sheet's text boxes and pictures, its drawing part parsed once (empty when it has none).

    A picture (``xdr:pic``) is one at its anchor's corner, in a group shape (``xdr:grpSp``,
    several pictures grouped and moved together) too: a value pasted as a picture of text lies
    over its cell, which the grid then shows empty (the caller tells a clerk so,
    :func:`.excel._pictured`)."""
    if b"drawing" not in sheet_xml:
        return _NO_DRAWING
    part = _drawing_part(archive, sheet_part, sheet_xml)
    if part is None:
        return _NO_DRAWING
    data = archive.read(part)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # Excel never writes one: a crafted part, unread
        return _NO_DRAWING
    boxes: list[TextBox] = []
    pictures: list[tuple[int, int]] = []
    for anchor in ET.fromstring(data):
        if anchor.tag not in _ANCHORS:
            continue
        if len(boxes) >= MAX_TEXT_BOXES and len(pictures) >= MAX_TEXT_BOXES:
            break
        start = _cell(anchor.find(f"{_XDR}from"))
        if start is None:
            continue
        if len(pictures) < MAX_TEXT_BOXES and next(anchor.iter(f"{_XDR}pic"), None) is not None:
            pictures.append(start)
        end = _cell(anchor.find(f"{_XDR}to"), end=True) or start
        text = "\n".join(t for t in (_shape_text(sp) for sp in anchor.iter(f"{_XDR}sp")) if t)
        if text and len(boxes) < MAX_TEXT_BOXES:
            boxes.append(TextBox(text, start[0], start[1], max(end[0], start[0]), max(end[1], start[1])))
    return Drawing(boxes, pictures)


def _cell(marker: ET.Element | None, end: bool = False) -> tuple[int, int] | None:
    """(row, col), 1-based, of the cell an anchor's ``xdr:from`` / ``xdr:to`` marker lies in;
    a ``to`` marker at offset 0 ends the shape on the edge of the cell before it."""
    if marker is None:
        return None
    numbers = [marker.findtext(f"{_XDR}{n}") or "" for n in ("row", "col", "rowOff", "colOff")]
    if not all(_INDEX.fullmatch(n.strip()) for n in numbers[:2]):
        return None
    row, col = int(numbers[0]) + 1, int(numbers[1]) + 1
    if row > MAX_ROW or col > MAX_COL:  # past the sheet's last cell: a crafted anchor, no cell
        return None
    if end:
        row -= numbers[2].strip() == "0"
        col -= numbers[3].strip() == "0"
    return row, col


def _shape_text(shape: ET.Element) -> str:
    """A shape's text: its paragraphs as lines, line breaks kept, struck runs and blank lines
    around the text left out."""
    body = shape.find(f"{_XDR}txBody")
    if body is None:
        return ""
    lines: list[str] = []
    for paragraph in body.iter(f"{_A}p"):
        line: list[str] = []
        for run in paragraph:
            if run.tag == f"{_A}br":
                line.append("\n")
            elif run.tag in (f"{_A}r", f"{_A}fld") and not _struck(run):
                line.append(run.findtext(f"{_A}t") or "")
        lines.append("".join(line).rstrip())
    return "\n".join(lines).strip()


def _struck(run: ET.Element) -> bool:
    props = run.find(f"{_A}rPr")
    return props is not None and props.get("strike", "noStrike") != "noStrike"


def _drawing_part(archive: zipfile.ZipFile, sheet_part: str, sheet_xml: bytes) -> str | None:
    """The zip member of the sheet's DrawingML drawing (``<drawing r:id=…>`` in the sheet)."""
    from .xlsx_parts import _relationships

    rel_id = _drawing_id(sheet_xml)
    folder, name = posixpath.split(sheet_part)
    rels = f"{folder}/_rels/{name}.rels"
    if rel_id is None or rels not in archive.NameToInfo:
        return None
    target, kind = _relationships(archive.read(rels), folder).get(rel_id, ("", ""))
    return target if kind.endswith(_DRAWING_TYPE) and target in archive.NameToInfo else None


def _drawing_id(sheet_xml: bytes) -> str | None:
    """The relationship id of the sheet's ``<drawing r:id=…/>`` element (not the legacy VML
    drawing of comments and form controls, which :mod:`.form_controls` reads)."""
    found = _DRAWING.search(sheet_xml)
    return found[1].decode("utf-8", "replace") if found else None
