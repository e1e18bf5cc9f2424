"""A layout profile carries the generic reader's doubts of the layout (profile43, issue 10: never silent).

A profile reads a field where the clerk's corrected copy had it. Where the generic reader reads the
same place with a doubt that comes from the layout — a label it is not sure means the field — the
profile's reading of the next copy carries that doubt: learning the place takes away no doubt of the
label. Learned on one copy, read on a second copy whose value differs, on a workbook and on a print.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs import value_paths
from kesu_docs.parse import excel, pdf
from kesu_docs.parse.profile import learn, read_by_profile

# an English solar module claim (holdout54's habit): the serial numbers' range is read as the lot,
# a label the generic reader is not sure of
ROWS = [
    ("Complaint No.", "number"),
    ("Customer", "customer"),
    ("Date received", "received_date"),
    ("Part No.", "part_no"),
    ("Part name", "part_name"),
    ("{lot}", "lot_no"),
    ("Defect qty", "defect_qty"),
    ("Problem description", "description"),
]
COPIES = {
    1: {
        "number": "SC-2611-001",
        "customer": "Helio Power GmbH",
        "received_date": "2026-11-03",
        "part_no": "HM-550-72",
        "part_name": "Solar module 550 W",
        "lot_no": "HM2610B000101-HM2610B000900",
        "defect_qty": "36",
        "description": "Hot spots found in the EL image of 36 modules.",
    },
    2: {
        "number": "SC-2611-014",
        "customer": "Sunfield Energy BV",
        "received_date": "2026-11-19",
        "part_no": "HM-410-54",
        "part_name": "Solar module 410 W",
        "lot_no": "HM2611C004501-HM2611C005100",
        "defect_qty": "12",
        "description": "Cracked cells in 12 modules after unpacking.",
    },
}


def _workbook(path: Path, copy: int, lot_label: str) -> Path:
    wb = Workbook()
    s = wb.active
    s.title = "Claim"
    s["A1"] = "CUSTOMER COMPLAINT"
    s.column_dimensions["A"].width = 24
    s.column_dimensions["B"].width = 48
    for row, (label, path_) in enumerate(ROWS, start=3):
        s.cell(row, 1, label.format(lot=lot_label))
        s.cell(row, 2, COPIES[copy][path_])
    wb.save(path)
    return path


def _print(path: Path, copy: int, lot_label: str) -> Path:
    from fpdf import FPDF

    f = FPDF()
    f.add_page()
    f.set_font("Helvetica", "B", 16)
    f.text(20, 20, "CUSTOMER COMPLAINT")
    f.set_font("Helvetica", "", 10)
    for i, (label, path_) in enumerate(ROWS):
        y = 40 + 10 * i
        f.text(20, y, label.format(lot=lot_label))
        f.text(75, y, COPIES[copy][path_])
    f.output(str(path))
    return path


MAKERS = {"xlsx": _workbook, "pdf": _print}


def _generic(path: Path):
    data = path.read_bytes()
    reader = pdf.extract if path.suffix == ".pdf" else excel.extract
    return reader(path, data, "complaint")[0]


def _by_profile(tmp_path: Path, fmt: str, lot_label: str):
    first = MAKERS[fmt](tmp_path / f"copy1.{fmt}", 1, lot_label)
    second = MAKERS[fmt](tmp_path / f"copy2.{fmt}", 2, lot_label)
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    profile = learn(first, "complaint", name="solar-claim")
    (profiles / "solar-claim.toml").write_text(profile.to_toml(), encoding="utf-8")
    read = read_by_profile(second, second.read_bytes(), "complaint", profiles)
    assert read is not None, "the second copy is read with the profile learned on the first"
    return read[0], _generic(second)


def _warned(extraction, path: str) -> list[str]:
    return [q.code for q in extraction.problems if q.field == path and q.severity == "warning"]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_value_the_generic_reader_doubts_by_its_label_is_doubted_by_the_profile_too(tmp_path, fmt):
    read, generic = _by_profile(tmp_path, fmt, "Serial No. range")
    assert any(q.code == "profile_used" for q in read.problems)
    # the second copy's own serial range, read at the place learned …
    assert value_paths.get(read.values, "lot_no") == COPIES[2]["lot_no"]
    assert value_paths.get(generic.values, "lot_no") == COPIES[2]["lot_no"]
    # … which the generic reader reads with a doubt of its label: so does the profile, never silent
    assert "low_confidence" in _warned(generic, "lot_no")
    assert "low_confidence" in _warned(read, "lot_no")
    assert read.provenance["lot_no"].confidence <= generic.provenance["lot_no"].confidence
    # the fields whose labels are sure stay unwarned (the doubt is the place's, not the form's)
    for sure in ("number", "customer", "part_no"):
        assert value_paths.get(read.values, sure) == COPIES[2][sure]
        assert "low_confidence" not in _warned(read, sure)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_lot_by_its_own_label_is_read_by_the_profile_without_a_doubt(tmp_path, fmt):
    read, generic = _by_profile(tmp_path, fmt, "Lot No.")
    assert value_paths.get(read.values, "lot_no") == COPIES[2]["lot_no"]
    assert "low_confidence" not in _warned(generic, "lot_no")
    assert "low_confidence" not in _warned(read, "lot_no")


@pytest.mark.parametrize("fmt, where", [("xlsx", "B8"), ("pdf", "Serial No. range")])
def test_the_value_the_clerk_confirmed_when_learning_is_not_doubted_another_is(tmp_path, fmt, where):
    """The clerk's correction placed the lot where the generic reader doubts it: the profile's file
    says the value confirmed (``sure``); that value read again is not doubted, another value there is."""
    first = MAKERS[fmt](tmp_path / f"copy1.{fmt}", 1, "Serial No. range")
    second = MAKERS[fmt](tmp_path / f"copy2.{fmt}", 2, "Serial No. range")
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    profile = learn(first, "complaint", {"lot_no": where}, name="solar-claim")
    text = profile.to_toml()
    assert f'sure = "{COPIES[1]["lot_no"]}"' in text.replace("'", '"')
    (profiles / "solar-claim.toml").write_text(text, encoding="utf-8")
    again = read_by_profile(first, first.read_bytes(), "complaint", profiles)[0]
    assert value_paths.get(again.values, "lot_no") == COPIES[1]["lot_no"]
    assert "low_confidence" not in _warned(again, "lot_no")
    other = read_by_profile(second, second.read_bytes(), "complaint", profiles)[0]
    assert value_paths.get(other.values, "lot_no") == COPIES[2]["lot_no"]
    assert "low_confidence" in _warned(other, "lot_no")


def test_a_correction_elsewhere_than_the_doubted_place_confirms_nothing(tmp_path):
    """The clerk pointed the lot at another cell than the one the generic reader read it from: no
    value is confirmed, and the profile's file says none."""
    first = _workbook(tmp_path / "copy1.xlsx", 1, "Serial No. range")
    profile = learn(first, "complaint", {"lot_no": "B5"}, name="solar-claim")
    assert profile.fields["lot_no"].cell == "B5"
    assert profile.fields["lot_no"].sure == ""
    assert "sure" not in profile.to_toml()
