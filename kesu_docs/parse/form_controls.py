"""Excel form-control check boxes: the option's word is the control's caption, not a cell.

A clerk's workbook may answer a choice with check boxes from Excel's Form Controls: the
control floats over a cell that stays empty, its caption (``換貨``) is the option's word and
its state is saved in the sheet's VML drawing (``x:ClientData ObjectType="Checkbox"`` with
``x:Checked``; the linked cell of ``x:FmlaLink`` shows ``TRUE`` / ``FALSE``). Read as cells
only, the row holds the label and a run of TRUE/FALSE: the answer is lost, or worse, guessed.
Each control is read here as the boxed option ``☑換貨`` / ``☐退貨`` standing in the cell its
top-left corner lies in, which the reader already understands.

VML is not well-formed XML as Excel writes it (``<br>`` unclosed), so it is read by pattern.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile

from ..lazy_re import lazy_re

_SHAPE = lazy_re(rb"<v:shape\b.*?</v:shape>", re.S)
_CHECKBOX = lazy_re(rb'<x:ClientData\s[^>]*ObjectType\s*=\s*"Checkbox"', re.I)
_TEXTBOX = lazy_re(rb"<v:textbox\b[^>]*>(.*?)</v:textbox>", re.S)
# the anchor's column, its offset and its row (the first three of its eight numbers): one written
# otherwise (``1,,2``, a lone ``5``, a number of a crafted length) is no anchor, as a missing one
# (it was a Python error that refused the whole workbook: fuzz40)
_ANCHOR = lazy_re(rb"<x:Anchor>\s*(\d{1,7})\s*,\s*\d{1,7}\s*,\s*(\d{1,7})\s*(?:,[\d\s,]*?)?</x:Anchor>")
_CHECKED = lazy_re(rb"<x:Checked>\s*(\d+)\s*</x:Checked>")
_TAG = lazy_re(r"<[^>]*>")
_LEGACY = lazy_re(rb'<(?:\w+:)?legacyDrawing\b[^>]*\br:id\s*=\s*"([^"]+)"')
_REL = lazy_re(rb"<Relationship\b[^>]*>")
_REL_ATTR = lazy_re(rb'(\w+)\s*=\s*"([^"]*)"')


def check_boxes(archive: zipfile.ZipFile, sheet_part: str, sheet_xml: bytes) -> dict[tuple[int, int], str]:
    """The sheet's form-control check boxes as boxed options: (row, col) of the cell each
    control's top-left corner lies in (1-based) → ``☑caption`` / ``☐caption``.

    A control whose caption is empty, or whose state is mixed (``x:Checked`` 2), is left out:
    nothing on it tells the option, or whether it is chosen."""
    drawing = _vml_part(archive, sheet_part, sheet_xml)
    if drawing is None:
        return {}
    out: dict[tuple[int, int], str] = {}
    for shape in _SHAPE.findall(archive.read(drawing)):
        if not _CHECKBOX.search(shape):
            continue
        anchor, text = _ANCHOR.search(shape), _TEXTBOX.search(shape)
        checked = _CHECKED.search(shape)
        state = int(checked[1]) if checked else 0
        caption = (
            " ".join(html.unescape(_TAG.sub(" ", text[1].decode("utf-8", "replace"))).split()) if text else ""
        )
        if anchor is None or not caption or state not in (0, 1):
            continue
        col, row = int(anchor[1]), int(anchor[2])
        out[(row + 1, col + 1)] = ("☑" if state == 1 else "☐") + caption
    return out


def _vml_part(archive: zipfile.ZipFile, sheet_part: str, sheet_xml: bytes) -> str | None:
    """The zip member of the sheet's legacy (VML) drawing, where form controls are kept."""
    # most sheets have none: told by a plain search for the element's name, ~30 times cheaper
    # than the pattern's scan of the whole sheet (≈ 2 % of a form's parse, issue 15)
    legacy = _LEGACY.search(sheet_xml) if b"legacyDrawing" in sheet_xml else None
    folder, name = posixpath.split(sheet_part)
    rels = f"{folder}/_rels/{name}.rels"
    if legacy is None or rels not in archive.NameToInfo:
        return None
    for rel in _REL.findall(archive.read(rels)):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _REL_ATTR.findall(rel)}
        if attrs.get("Id") == legacy[1].decode("utf-8", "replace") and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            return path if path in archive.NameToInfo else None
    return None
