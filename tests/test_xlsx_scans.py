"""The sheet scans' shortcuts (issue 15) find what the full patterns find: the end of
``sheetData`` found by its name first, the cells of a sheet without prefixed elements by the
plain pattern, a sheet without a legacy drawing told by its name's absence."""

from __future__ import annotations

import io
import zipfile

import pytest
from helpers import ROOT

from kesu_docs.parse.form_controls import _vml_part
from kesu_docs.parse.xlsx_parts import _CELL_RS, _CELL_RS_PLAIN, _END, _sheet_data_end, sheet_cells

SHEET = zipfile.ZipFile(ROOT / "samples" / "complaint-valid.xlsx").read("xl/worksheets/sheet1.xml")

ENDS = {
    "excel": SHEET,
    "prefixed": SHEET.replace(b"sheetData>", b"x:sheetData>"),
    "name in a text first": b'<sheetData><row><c r="A1" t="inlineStr"><is><t>sheetData></t></is></c></row></sheetData>',
    "opening tag only": b"<sheetData><row/>",
    "none": b"<worksheet/>",
    "name with no tag": b"sheetData></sheetData>",
}


@pytest.mark.parametrize("name", ENDS)
def test_the_end_of_sheet_data_is_the_patterns(name):
    data = ENDS[name]
    found, expected = _sheet_data_end(data), _END.search(data)
    assert (found and found.span()) == (expected and expected.span())


def test_a_sheet_of_prefixed_cells_is_scanned_by_the_full_pattern():
    prefixed = SHEET.replace(b"<c ", b"<x:c ").replace(b"</c>", b"</x:c>")
    assert _CELL_RS_PLAIN.findall(prefixed) == []  # the plain one would find no cell …
    plain, full = sheet_cells(_zip(SHEET), "s.xml", 10_000), sheet_cells(_zip(prefixed), "s.xml", 10_000)
    assert full.style_of == plain.style_of and len(plain.style_of) > 50  # … the reader finds them all
    assert (full.max_row, full.max_col) == (plain.max_row, plain.max_col) == (52, 8)
    assert _CELL_RS.findall(SHEET) == _CELL_RS_PLAIN.findall(SHEET)


def test_a_legacy_drawing_is_still_found_and_no_name_means_none():
    rels = (
        b'<Relationships><Relationship Id="rId9" Type="vmlDrawing" '
        b'Target="../drawings/vmlDrawing1.vml"/></Relationships>'
    )
    archive = _zip(SHEET, {"xl/worksheets/_rels/s.xml.rels": rels, "xl/drawings/vmlDrawing1.vml": b"<xml/>"})
    with_drawing = SHEET.replace(b"</worksheet>", b'<legacyDrawing r:id="rId9"/></worksheet>')
    assert _vml_part(archive, "xl/worksheets/s.xml", with_drawing) == "xl/drawings/vmlDrawing1.vml"
    assert _vml_part(archive, "xl/worksheets/s.xml", SHEET) is None


def _zip(sheet: bytes, more: dict[str, bytes] | None = None) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("s.xml", sheet)
        for name, data in (more or {}).items():
            archive.writestr(name, data)
    return zipfile.ZipFile(buffer)
