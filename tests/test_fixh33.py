"""The review of rh33 mended (fixh33): what rh33's branch left a silent misread or a slow path.

- **Text under a box painted white after it** (a sender blanking a filled form's values with white
  rectangles, the text left under them): a viewer and the paper show the box, so the text is not
  read; a form that reads blank without it is said so (``values_covered``), never read; a form read
  otherwise warns of it (``text_covered``). A white box drawn *before* the text (a cell's
  background) hides nothing. PDFs drawn here with fpdf2.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import read_doc

FIELDS = (
    ("Complaint No.:", "CC-FX-3301-014"),
    ("Received:", "2026-05-11"),
    ("Customer:", "Harbourside Pumps Ltd"),
    ("Part No.:", "HP-IMP-2207"),
    ("Qty defective:", "64"),
    ("Prepared by:", "Lin Yue"),
)


def _complaint_pdf(tmp_path: Path, covered: set[str], before: bool = False) -> Path:
    """A complaint drawn text by text; a white box over each value of ``covered`` (field labels),
    drawn after its value, or before it with ``before`` (a cell's white background)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.text(70, 16, "CUSTOMER COMPLAINT")
    pdf.set_font("helvetica", size=10)
    pdf.set_fill_color(255, 255, 255)
    for k, (label, value) in enumerate(FIELDS):
        y = 30 + k * 8
        pdf.text(20, y, label)
        if before and label in covered:
            pdf.rect(58, y - 4.5, 80, 6.5, style="F")
        pdf.text(60, y, value)
        if not before and label in covered:
            pdf.rect(58, y - 4.5, 80, 6.5, style="F")
    path = tmp_path / "complaint.pdf"
    pdf.output(str(path))
    return path


def test_values_all_under_white_boxes_are_said_never_read(tmp_path: Path) -> None:
    """Before: the six values read, as if the boxes were not there (a silent misread)."""
    doc = read_doc(_complaint_pdf(tmp_path, {label for label, _v in FIELDS}), "complaint")
    assert doc["record"] is None
    [error] = doc["errors"]
    assert error["code"] == "values_covered"
    assert "6" in error["message"]
    zh = read_doc(_complaint_pdf(tmp_path, {label for label, _v in FIELDS}), "complaint", lang="zh")
    assert "白色方块" in zh["errors"][0]["message"]


def test_one_value_under_a_white_box_is_not_read_and_said(tmp_path: Path) -> None:
    doc = read_doc(_complaint_pdf(tmp_path, {"Customer:"}), "complaint")
    record = doc["record"] or {}
    assert record.get("customer") in (None, "")
    assert "Harbourside" not in str(record)
    assert record["part_no"] == "HP-IMP-2207" and record["defect_qty"] == 64
    assert "text_covered" in {w["code"] for w in doc["warnings"]}


def test_a_white_box_drawn_before_its_text_hides_nothing(tmp_path: Path) -> None:
    doc = read_doc(_complaint_pdf(tmp_path, {label for label, _v in FIELDS}, before=True), "complaint")
    record = doc["record"] or {}
    assert record["customer"] == "Harbourside Pumps Ltd" and record["defect_qty"] == 64
    assert not {"text_covered", "values_covered"} & {p["code"] for p in doc["warnings"] + doc["errors"]}


# ------------------------------------------------------ the other languages' months: an index
WRITE = 'python -c "from kesu_docs.month_names import write_other_months_index; write_other_months_index()"'


def test_the_other_months_index_shipped_is_the_one_the_cldr_makes() -> None:
    """``_other_months.py`` is :func:`_every_other_of_cldr` as this module and Babel make it: a
    stale index (month_names.py edited, Babel updated) fails here."""
    from kesu_docs import _other_months, month_names

    shipped = (Path(month_names.__file__).with_name("_other_months.py")).read_text(encoding="utf-8")
    assert shipped == month_names.other_months_text(), f"the other months' index is stale: run {WRITE}"
    assert _other_months.SOURCE == month_names.other_months_source()


def test_an_unknown_month_word_costs_a_dict_read_not_the_cldr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: the first unknown word loaded every CLDR locale's months (~2 s CPU, issue 15)."""
    from kesu_docs import month_names

    def refused() -> dict[str, int]:
        raise AssertionError("every CLDR locale loaded")

    month_names._every_other.cache_clear()
    monkeypatch.setattr(month_names, "_every_other_of_cldr", refused)
    try:
        assert month_names.month_of("njukčamánnu") == 3
        assert month_names.month_of("Zenâr") == 1
        assert month_names.month_of("xyzzyplugh") is None
    finally:
        month_names._every_other.cache_clear()
