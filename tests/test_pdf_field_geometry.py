"""A customer's fillable PDF whose page is trimmed, shifted or turned, or whose fields carry
odd values and settings: each value lands by its own label, or is left out with a warning —
never one row off, never ``{}`` as a part number, never a crash of the whole file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import parse_cli

_LABELS = ["Complaint No.", "Customer", "Complaint date", "Part No.", "Defect Qty", "Description"]
_VALUES: dict[str, Any] = {
    "Complaint No.": "KS-2026-0301",
    "Customer": "Bosch Automotive",
    "Complaint date": "2026-11-20",
    "Part No.": "BX-100-22",
    "Defect Qty": "25",
    "Description": "Connector pins bent",
}
_ROW = 24.0  # points: each label | box row
_FIRST = 90.0  # points from the page's top: the first row


def _printed(path: Path, under: dict[str, str] | None = None) -> Path:
    """The printed page: a title, each label in a bordered cell, an empty box beside it
    (``under``: text printed in a box)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.text(180, 60, "CUSTOMER COMPLAINT FORM")
    pdf.set_font("helvetica", "", 10)
    for i, label in enumerate(_LABELS):
        y = _FIRST + _ROW * i
        pdf.rect(50, y, 120, _ROW)
        pdf.rect(170, y, 300, _ROW)
        pdf.text(55, y + 16, label)
        if under and label in under:
            pdf.text(175, y + 16, under[label])
    pdf.output(str(path))
    return path


def _fillable(
    path: Path,
    values: dict[str, Any],
    *,
    under: dict[str, str] | None = None,
    page: dict[str, Any] | None = None,
    extra: dict[str, dict[str, Any]] | None = None,
    stored_turned: bool = False,
    names: dict[str, str] | None = None,
) -> Path:
    """The printed page with a text field ``f1`` … over each box (named by no form: read by the
    label beside it), ``/V`` from ``values`` (None: left empty); ``page``: page entries to set
    (``/CropBox``, ``/MediaBox``, ``/Rotate``); ``extra``: a field's entries to set;
    ``stored_turned``: the page stored landscape with its text on its side and /Rotate 90, as a
    driver stores it (a viewer shows it upright), its fields' boxes turned with it; ``names``:
    a field's name other than ``f1`` …."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    _printed(path, under)
    writer = PdfWriter(clone_from=PdfReader(path))
    sheet = writer.pages[0]
    height = float(sheet.mediabox.top)
    if stored_turned:  # content turned a quarter anticlockwise: (x, y) → (height - y, x)
        sheet.rotate(270)
        sheet.transfer_rotation_to_content()
        sheet.rotate(90)
    refs = []
    for i, label in enumerate(_LABELS):
        top = _FIRST + _ROW * i
        x0, y0, x1, y1 = 172, height - top - 22, 468, height - top - 2
        if stored_turned:
            x0, y0, x1, y1 = height - y1, x0, height - y0, x1
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject((names or {}).get(label, f"f{i + 1}")),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/Rect"): ArrayObject(FloatObject(v) for v in (x0, y0, x1, y1)),
            }
        )
        value = values.get(label)
        if value is not None:
            field[NameObject("/V")] = TextStringObject(value) if isinstance(value, str) else value
        for key, entry in (extra or {}).get(label, {}).items():
            field[NameObject(key)] = entry
        refs.append(writer._add_object(field))
    sheet[NameObject("/Annots")] = ArrayObject(refs)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(refs), NameObject("/NeedAppearances"): BooleanObject(True)}
    )
    for key, entry in (page or {}).items():
        sheet[NameObject(key)] = entry
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def _read(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    code, docs = parse_cli(path, "--kind", "complaint", "--lang", "en")
    assert len(docs) == 1, docs
    return docs[0]["record"], docs[0]["warnings"]


def _box(*numbers: float) -> Any:
    from pypdf.generic import ArrayObject, FloatObject

    return ArrayObject(FloatObject(v) for v in numbers)


def _page_changes() -> list[tuple[str, dict[str, Any]]]:
    from pypdf.generic import NumberObject

    return [
        ("cropbox trimmed at the foot", {"/CropBox": _box(0, 0, 595.28, 800)}),
        ("cropbox trimmed all round", {"/CropBox": _box(20, 20, 575.28, 821.89)}),
        ("mediabox not at 0,0", {"/MediaBox": _box(0, -50, 595.28, 791.89)}),
        ("shown turned a quarter", {"/Rotate": NumberObject(90)}),
        ("shown upside down", {"/Rotate": NumberObject(180)}),
    ]


@pytest.mark.parametrize(("why", "page"), _page_changes(), ids=[w for w, _ in _page_changes()])
def test_fields_land_by_their_labels_whatever_the_pages_boxes(tmp_path, why, page):
    record, _ = _read(_fillable(tmp_path / "form.pdf", _VALUES, page=page))
    assert record["number"] == "KS-2026-0301", why
    assert record["customer"] == "Bosch Automotive", why
    assert record["part_no"] == "BX-100-22", why
    assert record["defect_qty"] == 25, why
    assert record["description"] == "Connector pins bent", why


def test_fields_of_a_page_stored_on_its_side_land_by_their_labels(tmp_path):
    record, _ = _read(_fillable(tmp_path / "turned.pdf", _VALUES, stored_turned=True))
    assert record["customer"] == "Bosch Automotive"
    assert record["part_no"] == "BX-100-22"
    assert record["description"] == "Connector pins bent"


def test_a_value_that_is_no_text_is_left_out_with_a_warning(tmp_path):
    from pypdf.generic import ArrayObject, DictionaryObject, TextStringObject

    values = {
        **_VALUES,
        "Customer": ArrayObject([TextStringObject("Bosch"), TextStringObject("Conti")]),  # a list
        "Part No.": DictionaryObject(),
    }
    record, warnings = _read(_fillable(tmp_path / "odd_v.pdf", values))
    assert record.get("part_no") in (None, "")  # never "{}"
    assert record["customer"] == "Bosch、Conti"  # a list of texts is a multiple choice
    assert [w for w in warnings if w["code"] == "field_unreadable" and "f4" in w["message"]]


def test_an_empty_field_over_printed_text_warns_on_the_print_read(tmp_path):
    values = {**_VALUES, "Customer": None}
    pdf = _fillable(tmp_path / "cleared.pdf", values, under={"Customer": "Continental AG"})
    record, warnings = _read(pdf)
    assert record["customer"] == "Continental AG"
    assert [w for w in warnings if w["code"] == "field_empty_over_print" and w["field"] == "customer"]
    assert record["part_no"] == "BX-100-22"  # the filled fields as before


def test_a_field_named_for_the_record_with_a_value_of_no_text_warns_on_its_field(tmp_path):
    from pypdf.generic import DictionaryObject

    values = {**_VALUES, "Part No.": DictionaryObject()}
    record, warnings = _read(_fillable(tmp_path / "named.pdf", values, names={"Part No.": "part_no"}))
    assert record.get("part_no") in (None, "")
    assert [w for w in warnings if w["code"] == "field_unreadable" and w["field"] == "part_no"]


def _bad_settings() -> list[tuple[str, dict[str, Any]]]:
    from pypdf.generic import NameObject, TextStringObject

    return [
        ("rect of three numbers", {"/Rect": _box(1, 2, 3)}),
        ("alignment as a name", {"/Q": NameObject("/Right")}),
        ("flags as a text", {"/Ff": TextStringObject("x")}),
    ]


@pytest.mark.parametrize(("why", "entries"), _bad_settings(), ids=[w for w, _ in _bad_settings()])
def test_a_field_with_unreadable_settings_is_skipped_with_a_warning(tmp_path, why, entries):
    pdf = _fillable(tmp_path / "bad.pdf", _VALUES, extra={"Part No.": entries})
    record, warnings = _read(pdf)
    assert record["customer"] == "Bosch Automotive", why  # the rest of the file is read
    assert record.get("part_no") in (None, ""), why
    assert [w for w in warnings if w["code"] == "field_unreadable" and "f4" in w["message"]], why
