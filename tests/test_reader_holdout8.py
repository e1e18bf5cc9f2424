"""The eighth held-out layouts (tests/holdout8) and the reader's score on them, measured BEFORE
anyone fixed anything.

Written from public descriptions of real forms without reading the reader's code; differs from
every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout7`` and ``../shared/corpus``:
check marks typed as Wingdings / Wingdings 2 characters (``þ`` / ``¨``, ``R`` / ``£``), Excel
form-control check boxes (VML) with their linked cells (``TRUE`` / ``FALSE``), rich text with part of a cell bold,
section labels rotated 90°, shrink-to-fit, labels split over two rows, header bands (the value
under its label), English dates (``Mar 5, 2026``, ``05-Mar-26``, ``5th March 2026``), two-digit
years (``26/3/5``), ``12,000 PCS`` / ``1,000件`` / ``5套``, percentages, a decimal comma
(``1.250,00``), two filled forms in one workbook, a logo and a QR code, sign-off tables, an 8D
whose D-steps are table rows, 未税 / 税额 / 含税 with the rate in the label; sent as PDF only: a
Word 8D of content controls, a portal 退货申请单 printed by Chromium, an fpdf2 complaint drawn one
character at a time, an fpdf2 折让证明单 in two columns of labels; two odd files (an encrypted PDF,
a screenshot pasted into a workbook) that must give a clear error.

Measured BEFORE any fix (main at 05c8f8e): see ``MEASURED_BEFORE_ANY_FIX`` and
tests/holdout8/README.md (the failure patterns). The floors hold what main reads, just below
it; raise them as the reader improves, lower the silent counts. ``python bench/holdout_score.py
tests/holdout8 -v`` prints every field, ``--profiles`` the second copies.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from holdout_checks import (
    KINDS,
    SCRIPTS,
    Floors,
    check_committed_files_are_what_the_generator_writes,
    check_fields_stand_on_the_form,
    check_invented,
    check_new_to_other_sets,
    check_profile_second_copies,
    check_reads_no_fewer_fields,
    check_recognised,
    check_second_copies,
    check_silent,
    check_the_layouts_files,
    holdout_score,
    load,
)
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT8 = ROOT / "tests" / "holdout8"

# -- what main read before any fix (05c8f8e); raise the floors, lower the counts, as the reader improves
MEASURED_BEFORE_ANY_FIX = (
    "453/564 = 80.3 % (Excel 198/244, PDF 255/320: printed from Excel 198/244, sent as PDF only 57/76), "
    "13 silent: two-digit years 26/2/27 · 26/3/18 · 26/4/11 · 26/3/23 read day first "
    "(complaint-zh-wingdings, allowance-zh-taxsplit, return-zh-twosheets, xlsx and PDF; "
    "allowance-zh-fpdf-twocol), the Credit Memo's Item code read as the line's name (×4), "
    "complaint-zht-formcontrols.pdf's check-box fields ignored and the first option word taken, the "
    "letters of complaint-en-fpdf-chars read as 'W h i r l p o o l'; kinds 27 of 28; profiles "
    "245/300, 11 silent"
)
# before any fix Excel 198/244 = 81.1 %, PDF 255/320 = 79.7 %, sent as PDF only 57/76 = 75.0 %
# round eight merged (dev8-rh8a, rh8b, rh8c): Excel 242/244, PDF 314/320, sent as PDF only 75/76
# round nine (dev9-rold: Customer SQE approved | Date, the portal's RMA单号): Excel 243/244, PDF
# 316/320, sent as PDF only 76/76
HOLDOUT8_FLOOR_EXCEL = 0.99
HOLDOUT8_FLOOR_PDF = 0.98
HOLDOUT8_FLOOR_SENT_AS_PDF = 0.99  # Word content controls, portal page, two fpdf2 pages
HOLDOUT8_RECOGNISED_NOW = 28  # of 28 read without --kind (27 before any fix)
HOLDOUT8_SILENT_NOW = 0  # wrong values without an error or warning on their field (13 before any fix)
HOLDOUT8_INVENTED_SILENT_NOW = 0  # 2 invented before any fix, both flagged
# learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 245/300 = 81.7 %
# (Excel 111/136, PDF 134/164), 11 silent before any fix
HOLDOUT8_FLOOR_PROFILE_EXCEL = 0.99  # 290/300 round eight merged; 298/300 round nine (step lines grown)
HOLDOUT8_PROFILE_SILENT_NOW = 0

EXPECTED = sorted((HOLDOUT8 / "expected").glob("*.json"))
SECOND = sorted((HOLDOUT8 / "copy2" / "expected").glob("*.json"))
ODD = sorted((HOLDOUT8 / "odd").glob("*.json"))


# ---------------------------------------------------------------------------------- the set itself
def test_the_eighth_holdout_has_every_kind_in_every_script_and_four_forms_sent_as_pdf_only():
    layouts = check_the_layouts_files(HOLDOUT8, EXPECTED)
    assert len(layouts) >= 16
    assert sum(len(lay["filled"]) for lay in layouts) >= 28
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert sum(t != ".xlsx" for t in templates) >= 4
    assert {".docx", ".html", ".pdf"} <= set(templates)
    assert sum(bool(lay.get("absent")) for lay in layouts) >= 3


def _habits_of_a_cell(c, seen: set[str]) -> None:
    """The habits one cell shows (its value, rich-text runs, font and alignment)."""
    v = c.value
    if c.font is not None and c.font.name == "Wingdings 2" and v in ("R", "£"):
        seen.add("Wingdings 2 box")
    if c.alignment is not None and c.alignment.textRotation == 90:
        seen.add("label rotated 90°")
    if c.alignment is not None and c.alignment.shrink_to_fit and isinstance(v, str) and len(v) > 20:
        seen.add("shrink to fit")
    if isinstance(v, bool):
        seen.add("linked check-box cell")
    if isinstance(v, CellRichText):
        blocks = [b for b in v if isinstance(b, TextBlock)]
        if any(b.font.rFont == "Wingdings" and b.text in ("þ", "¨") for b in blocks):
            seen.add("Wingdings marks")
        if any(b.font.b for b in blocks) and any(not b.font.b for b in blocks):
            seen.add("part of a cell bold")
        return
    if not isinstance(v, str):
        return
    patterns = {
        "English date": r"[A-Z][a-z]{2} \d{1,2}, 20\d\d|\d\d-[A-Z][a-z]{2}-\d\d|\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ 20\d\d",
        "two-digit year": r"\d\d/\d{1,2}/\d{1,2}",
        "number with separator and unit": r"\d{1,3}(,\d{3})+ ?(PCS|pcs|件|套)",
        "percent typed": r"\d+(\.\d+)?%",
        "decimal comma": r"\d{1,3}(\.\d{3})*,\d\d",
        "rate in a label": r".*(税率\d+%|Sales Tax \d+%|\(\d+%\)).*",
    }
    for habit, pattern in patterns.items():
        if re.fullmatch(pattern, v):
            seen.add(habit)


def test_the_eighth_holdouts_files_hold_the_clerks_habits_it_is_about():
    """Each habit in at least one filled workbook: Wingdings marks in rich-text runs, Wingdings 2
    boxes, form-control check boxes and their linked cells, part of a cell bold, a rotated label, shrink to fit, English
    dates, two-digit years, numbers with separators and units, percentages, a decimal comma,
    the tax rate in a label, images (logo, QR code), two filled forms in one workbook."""
    seen: set[str] = set()
    for p in EXPECTED:
        exp = load(p)
        rel = exp["filled"][0]
        if not rel.endswith(".xlsx"):
            continue
        wb = load_workbook(HOLDOUT8 / rel, rich_text=True)
        filled_sheets = 0
        for ws in wb.worksheets:
            if len(ws._images) >= 2:
                seen.add("logo and QR code")
            filled_sheets += sum(1 for row in ws.iter_rows() for c in row if c.value not in (None, "")) > 20
            for row in ws.iter_rows():
                for c in row:
                    _habits_of_a_cell(c, seen)
        with zipfile.ZipFile(HOLDOUT8 / rel) as z:
            if any(n.endswith(".vml") and b'ObjectType="Checkbox"' in z.read(n) for n in z.namelist()):
                seen.add("form-control check box")
        if filled_sheets >= 2 and wb.worksheets.index(wb.active) == 0:
            seen.add("two filled forms, the active one first")
    assert seen >= {
        "Wingdings marks",
        "Wingdings 2 box",
        "linked check-box cell",
        "form-control check box",
        "part of a cell bold",
        "label rotated 90°",
        "shrink to fit",
        "English date",
        "two-digit year",
        "number with separator and unit",
        "percent typed",
        "decimal comma",
        "rate in a label",
        "logo and QR code",
        "two filled forms, the active one first",
    }, seen


def test_the_eighth_holdout_has_second_copies_of_six_layouts_one_sent_as_pdf_with_other_values():
    assert len(SECOND) >= 6
    assert check_second_copies(HOLDOUT8, EXPECTED, SECOND) >= 1


def test_the_eighth_holdout_layouts_are_new_to_every_other_set():
    check_new_to_other_sets(
        EXPECTED,
        [ROOT / "tests" / "layouts"]
        + [ROOT / "tests" / f"holdout{n}" for n in ("", "2", "3", "4", "5", "6", "7")]
        + [ROOT.parent / "shared" / "corpus"],
    )


@pytest.mark.parametrize("expected", EXPECTED + SECOND, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(expected):
    check_fields_stand_on_the_form(expected)


def test_the_committed_files_are_what_make_holdout8_writes(tmp_path):
    check_committed_files_are_what_the_generator_writes(
        HOLDOUT8, HOLDOUT8 / "make_holdout8.py", EXPECTED, tmp_path
    )


# ---------------------------------------------------------------------------------- odd files
@pytest.mark.parametrize("expected", ODD, ids=lambda p: p.stem)
def test_an_odd_file_a_clerk_sends_gives_a_clear_error_never_a_record(expected):
    """A PDF locked with an open password, a workbook holding only a pasted screenshot of the
    form: no record, with or without ``--kind``, and an error that says why."""
    odd = load(expected)
    assert odd["outcome"] == "error"
    for kind in (None, "complaint", "allowance"):
        doc = holdout_score.parse_doc(expected.parent / odd["file"], kind)
        assert doc.get("record") is None
        assert [e.get("message") for e in doc.get("errors", []) if e.get("message")]


# ---------------------------------------------------------------------------------- the score
FLOORS = Floors(
    excel=HOLDOUT8_FLOOR_EXCEL,
    pdf=HOLDOUT8_FLOOR_PDF,
    sent_as_pdf=HOLDOUT8_FLOOR_SENT_AS_PDF,
    recognised=HOLDOUT8_RECOGNISED_NOW,
    profile_excel=HOLDOUT8_FLOOR_PROFILE_EXCEL,
    silent=HOLDOUT8_SILENT_NOW,
    invented_silent=HOLDOUT8_INVENTED_SILENT_NOW,
    profile_silent=HOLDOUT8_PROFILE_SILENT_NOW,
)


@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT8)


def test_the_reader_reads_no_fewer_eighth_holdout_fields_than_main_did(results):
    check_reads_no_fewer_fields(results, HOLDOUT8, EXPECTED, FLOORS)


def test_the_reader_recognises_the_kind_of_no_fewer_eighth_holdout_files_than_main_did(results):
    check_recognised(results, FLOORS)


def test_the_reader_misreads_no_more_eighth_holdout_fields_silently_than_main_did(results):
    """Each silent misread is printed; before any fix: ``MEASURED_BEFORE_ANY_FIX``."""
    check_silent(results, HOLDOUT8, FLOORS)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    check_invented(results, FLOORS)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    check_profile_second_copies(HOLDOUT8, SECOND, FLOORS)
