"""A dot-matrix print out of register on pre-printed stationery (issue 10, tenth held-out set).

The printer's values land a few millimetres low and right of where they were meant: each line
sits on its box's bottom border, its middle just above the line. The value belongs to the box
holding the larger part of it, not to a cell made of both boxes (which stood alone, its
label's field then missing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli


def _misregistered(path: Path, low: float) -> Path:
    """A pre-printed return note (boxes, labels top-left) whose values are printed ``low``
    points under the labels' line and to the right of each label, Helvetica 10."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )

    def text(x: float, top: float, s: str) -> str:  # top: the glyphs' top, from the page's top
        return f"BT /F1 10 Tf {x} {842 - top - 7.5:.2f} Td ({s}) Tj ET"

    def box(x0: float, top: float, x1: float, bottom: float) -> str:
        return f"{x0} {842 - bottom} {x1 - x0} {bottom - top} re S"

    ops = [
        "0.8 w",
        text(42, 60, "RETURN NOTE"),
        box(42, 100, 297, 123),
        box(297, 100, 552, 123),
        box(42, 238, 552, 261),
        box(42, 261, 297, 284),
        box(297, 261, 552, 284),
        text(45, 106, "Return No."),
        text(150, 106, "RT-26-0007"),
        text(300, 106, "Customer"),
        text(400, 106, "Jabil Circuit"),
        text(45, 242, "Reason for return"),
        text(140, 242 + low, "Fan speed too low, rejected at burn-in."),
        text(45, 265, "Disposition"),
        text(110, 265 + low, "Replace"),
        text(300, 265, "Received by"),
        text(366, 265 + low, "Cathy Luo"),
    ]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


@pytest.mark.parametrize("low", [9, 13, 14])
def test_a_value_printed_low_onto_its_boxs_bottom_border_is_its_boxs(tmp_path, low):
    # 9: inside the box; 13 and 14: the line's middle within a point or two above the border
    _code, [doc] = parse_cli(_misregistered(tmp_path / f"low{low}.pdf", low), "--kind", "return")
    record = doc["record"]
    assert record["reason"] == "Fan speed too low, rejected at burn-in."
    assert doc["provenance"]["reason"]["label"] == "Reason for return"
    assert record["handling"] == ["replace"] and record["warehouse_receiver"] == "Cathy Luo"
