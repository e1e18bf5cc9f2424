"""The tenth held-out layouts (tests/holdout10) and the reader's score on them, measured BEFORE
anyone fixed anything.

Written from public descriptions of real forms without reading the reader's code; differs from
every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout9`` and ``../shared/corpus``:
corrections kept struck through before the new value (rich text), numbers and codes typed with a
leading apostrophe (stored as text), dates typed as eight-digit numbers (``20260305``), the form
placed far from A1 beside the company logo, values typed in a text box over the grid, item lists
made Excel tables (ListObject), names with the department or role after them (``王强/品保部``,
``Li Ming (QA)``), e-mail and phone cells beside dates and quantities, Swiss thousands
apostrophes (``1'250.50``), ``N/A`` in fields that do not apply, numbered points on separate lines
of one cell; sent as PDF only: a complaint received as a forwarded e-mail (Chromium), an 8D
continued on page 2 under a running header, a 退貨單 printed out of register on continuous
stationery, a credit note with ``USD`` amounts and ``SAY … ONLY`` words (fpdf2); two odd files (a
CSV export renamed ``.xlsx``, a workbook whose form is one text box).

Measured BEFORE any fix: see ``MEASURED_BEFORE_ANY_FIX`` and tests/holdout10/README.md (the
failure patterns). The floors hold what main reads, just below it; raise them as the reader
improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout10 -v`` prints
every field, ``--profiles`` the second copies.
"""

from __future__ import annotations

import re
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
    shapes_text,
)
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT10 = ROOT / "tests" / "holdout10"

# -- what main read before any fix; raise the floors, lower the counts, as the reader improves
MEASURED_BEFORE_ANY_FIX = (
    "392/478 = 82.0 % (Excel 171/212, PDF 221/266: printed from Excel 171/212, sent as PDF only 50/54), "
    "7 silent: a name with its department or role after it kept whole ('周立新/质量总监', '吳國華/品保經理', "
    "'张伟/品管部', xlsx and PDF: 6) and numbered points cut to their first two lines "
    "(complaint-zh-strike.pdf 改善对策); kinds 28 of 28; invented 0; odd files: both a clear error, no "
    "record; profiles 181/212, 11 silent (the names with departments again)"
)
# before any fix Excel 171/212 = 80.7 %, PDF 221/266 = 83.1 %, sent as PDF only 50/54 = 92.6 %
HOLDOUT10_FLOOR_EXCEL = 0.92  # 171/212 before any fix; 190/212 with names/departments split (dev10-rh10a);
# 197/212 with struck runs and Swiss amounts (dev10-rh10c); text boxes and labels (dev10-rh10b): see below
HOLDOUT10_FLOOR_PDF = 0.94  # 221/266 before any fix; 242/266 with names/departments and numbered lines;
# 251/266 with PDF strikes and Swiss amounts (dev10-rh10c)
HOLDOUT10_FLOOR_SENT_AS_PDF = 0.98  # the four PDF-only files: 50/54 before any fix; 53/54 (dev10-rh10b)
HOLDOUT10_RECOGNISED_NOW = 28  # of 28 read without --kind
HOLDOUT10_SILENT_NOW = 0  # wrong values without an error or warning on their field (7 before any fix)
HOLDOUT10_INVENTED_SILENT_NOW = 0  # 0 before any fix (5 absent fields: N/A ×4, one left empty)
# learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 181/212 = 85.4 %
# (Excel 84/99, PDF 97/113), 11 silent before any fix; learned on the PDFs: 97/113, 5 silent
HOLDOUT10_FLOOR_PROFILE_EXCEL = 0.98  # 199/212 with names split; 208/212 with strikes, Swiss amounts
HOLDOUT10_PROFILE_SILENT_NOW = 0  # 11 before any fix
# odd files that still give a record (with errors) instead of none
HOLDOUT10_ODD_WITH_A_RECORD_NOW: set[str] = set()

EXPECTED = sorted((HOLDOUT10 / "expected").glob("*.json"))
SECOND = sorted((HOLDOUT10 / "copy2" / "expected").glob("*.json"))
ODD = sorted((HOLDOUT10 / "odd").glob("*.json"))


# ---------------------------------------------------------------------------------- the set itself
def test_the_tenth_holdout_has_every_kind_in_every_script_and_four_forms_sent_as_pdf_only():
    layouts = check_the_layouts_files(HOLDOUT10, EXPECTED)
    assert len(layouts) >= 16
    assert sum(len(lay["filled"]) for lay in layouts) >= 28
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    assert sum(not lay["template"].endswith(".xlsx") for lay in layouts) >= 4
    assert sum(bool(lay.get("absent")) for lay in layouts) >= 3


_TEXT_HABITS = {
    "Swiss thousands apostrophe": r"\d{1,3}('\d{3})+\.\d\d",
    "name / department": r"[\u4e00-\u9fff]{2,3}/[\u4e00-\u9fff]{2,4}(\(.*\))?",
    "name (function)": r"[A-Z][\w.]* [A-Z]\w+ \((QA|Finance)\)",
    "e-mail": r"[\w.]+@[\w.-]+\.\w+",
    "numbered points on lines": r"1、.*\n2、(.|\n)*",
    "N/A": r"N/A",
}


def _habits_of_a_book(path: Path, seen: set[str]) -> None:
    """The habits one workbook shows: struck-through corrections, apostrophe-typed text,
    eight-digit date numbers, a form far from A1, text boxes, Excel tables, typed patterns."""
    if shapes_text(path):
        seen.add("text box")
    for ws in load_workbook(path, rich_text=True).worksheets:
        if ws.tables:
            seen.add("Excel table")
        if ws._images and min(c.row for row in ws.iter_rows() for c in row if c.value is not None) >= 8:
            seen.add("form far from A1 beside a logo")
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, CellRichText) and any(getattr(b, "font", None) and b.font.strike for b in v):
                    seen.add("struck-through correction")
                if c.quotePrefix and isinstance(v, str):
                    seen.add("leading apostrophe")
                if isinstance(v, int) and re.fullmatch(r"20[2-3]\d(0[1-9]|1[0-2])[0-3]\d", str(v)):
                    seen.add("eight-digit date number")
                if isinstance(v, str):
                    seen.update(h for h, p in _TEXT_HABITS.items() if re.fullmatch(p, v))


def test_the_tenth_holdouts_files_hold_the_clerks_habits_it_is_about():
    """Each habit in at least one filled workbook (the PDF-only habits are checked by their
    expected files and the printed-text check: the e-mail, page 2, the out-of-register values)."""
    seen: set[str] = set()
    for p in EXPECTED:
        rel = load(p)["filled"][0]
        if rel.endswith(".xlsx"):
            _habits_of_a_book(HOLDOUT10 / rel, seen)
    assert seen >= {
        "struck-through correction",
        "leading apostrophe",
        "eight-digit date number",
        "form far from A1 beside a logo",
        "text box",
        "Excel table",
        *_TEXT_HABITS,
    }, seen


def test_the_tenth_holdout_has_second_copies_of_six_layouts_one_sent_as_pdf_with_other_values():
    assert len(SECOND) >= 6
    assert check_second_copies(HOLDOUT10, EXPECTED, SECOND) >= 1


def test_the_tenth_holdout_layouts_are_new_to_every_other_set():
    check_new_to_other_sets(
        EXPECTED,
        [ROOT / "tests" / "layouts"]
        + [ROOT / "tests" / f"holdout{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9")]
        + [ROOT.parent / "shared" / "corpus"],
    )


@pytest.mark.parametrize("expected", EXPECTED + SECOND, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(expected):
    check_fields_stand_on_the_form(expected)


def test_the_committed_files_are_what_make_holdout10_writes(tmp_path):
    check_committed_files_are_what_the_generator_writes(
        HOLDOUT10, HOLDOUT10 / "make_holdout10.py", EXPECTED, tmp_path
    )
    for p in ODD:  # the odd workbooks too (the CSV renamed .xlsx, the form in one text box)
        name = load(p)["file"]
        assert (tmp_path / "odd" / name).read_bytes() == (HOLDOUT10 / "odd" / name).read_bytes(), name


# ---------------------------------------------------------------------------------- odd files
@pytest.mark.parametrize("expected", ODD, ids=lambda p: p.stem)
def test_an_odd_file_a_clerk_sends_gives_a_clear_error(expected):
    """A CSV export renamed ``.xlsx``, a workbook whose whole form is one text box: an error that
    says why, with or without ``--kind``; no record."""
    odd = load(expected)
    assert odd["outcome"] == "error"
    for kind in (None, "complaint", "return"):
        doc = holdout_score.parse_doc(expected.parent / odd["file"], kind)
        assert [e.get("message") for e in doc.get("errors", []) if e.get("message")]
        if odd["id"] not in HOLDOUT10_ODD_WITH_A_RECORD_NOW:
            assert doc.get("record") is None


# ---------------------------------------------------------------------------------- the score
FLOORS = Floors(
    excel=HOLDOUT10_FLOOR_EXCEL,
    pdf=HOLDOUT10_FLOOR_PDF,
    sent_as_pdf=HOLDOUT10_FLOOR_SENT_AS_PDF,
    recognised=HOLDOUT10_RECOGNISED_NOW,
    profile_excel=HOLDOUT10_FLOOR_PROFILE_EXCEL,
    silent=HOLDOUT10_SILENT_NOW,
    invented_silent=HOLDOUT10_INVENTED_SILENT_NOW,
    profile_silent=HOLDOUT10_PROFILE_SILENT_NOW,
)


@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT10)


def test_the_reader_reads_no_fewer_tenth_holdout_fields_than_main_did(results):
    check_reads_no_fewer_fields(results, HOLDOUT10, EXPECTED, FLOORS)


def test_the_reader_recognises_the_kind_of_no_fewer_tenth_holdout_files_than_main_did(results):
    check_recognised(results, FLOORS)


def test_the_reader_misreads_no_more_tenth_holdout_fields_silently_than_main_did(results):
    """Each silent misread is printed; before any fix: ``MEASURED_BEFORE_ANY_FIX``."""
    check_silent(results, HOLDOUT10, FLOORS)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    check_invented(results, FLOORS)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    check_profile_second_copies(HOLDOUT10, SECOND, FLOORS)
