"""The fifth held-out layouts (tests/holdout5) and the reader's score on them, measured BEFORE
anyone fixed anything.

``tests/holdout4`` has been looked at while the reader was improved; this set was written from
public descriptions of real forms without reading the reader's code, and differs from every
layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout4`` and ``../shared/corpus``:
values typed in the label's cell after a colon, full-width digits and spaces, 民國 date serials,
a cover sheet, an instructions sheet the workbook opens on, hidden drop-down list sheets, hidden
rows / columns / lines with stale values, cell comments, continuation sheets, two forms side by
side in landscape, ``¥`` / ``NT$`` / ``US$`` amounts, ☑ ■ √ [X] marks; and sent as PDF only:
Word forms with ``标签：值`` cells or a table over two pages with its header repeated, portal
pages printed by Chromium (a fieldset per 8D discipline; a landscape 客訴通知), an ERP credit
memo drawn by fpdf2 with German number formats.

Measured BEFORE any fix (main at 63c5932), 16 layouts, 27 files: 400/590 fields right = 68 %
(Excel 165/248 = 67 %, PDF 235/342 = 69 %: the PDFs printed from the Excel layouts 181/248,
the PDFs sent as PDF only 54/94 = 57 %), 5 silent misreads, kind recognised in 24 of 27 files,
no value read where the clerk wrote none. With a profile learned on the first copy's Excel file
(or its PDF for a PDF-only layout), the second copies in ``copy2/``: 193/230 = 84 % (Excel
93/93, PDF 100/137), 1 silent. The list and the failure patterns: tests/holdout5/README.md.

The floors hold what main reads, just below it; raise them as the reader improves, lower
the silent counts. ``python bench/holdout_score.py tests/holdout5 -v`` prints every field,
``--profiles`` the second copies.
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
    check_no_silent,
    check_profile_second_copies,
    check_reads_no_fewer_fields,
    check_recognised,
    check_second_copies,
    check_silent,
    check_target_share,
    check_the_layouts_files,
    holdout_score,
    load,
)
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT5 = ROOT / "tests" / "holdout5"

# -- the targets (and 0 silent: holdout_checks.check_no_silent)
READER_TARGET = 0.90
# -- what main read before any fix (63c5932); raise the floors, lower the counts, as the reader improves
HOLDOUT5_FLOOR_EXCEL = (
    0.99  # 165/248 before any fix; 218/248 after the first fixes; 230/248 (dev5-rh5b); 246/248 (round six)
)
HOLDOUT5_FLOOR_PDF = 0.98  # 235/342 before any fix; 272/342 after the first fixes; 294/342 (dev5-rh5b); 313/342 (dev5-rh5c); 337/342 (round six)
# sent as PDF (Word, portal pages and the fpdf2 memo): 54/94 before any fix; 64/94 (dev5-rh5b); 83/94 (dev5-rh5c);
# 91/94 (round six); 92/94 dev8-rold (不良類別 by its head noun)
HOLDOUT5_FLOOR_SENT_AS_PDF = 0.97
HOLDOUT5_RECOGNISED_NOW = (
    27  # of 27 files read without --kind (24 before the ERP list export, 26 before the portal 8D)
)
HOLDOUT5_SILENT_NOW = 0  # wrong values without an error or warning on their field (5 before any fix)
HOLDOUT5_INVENTED_SILENT_NOW = 0  # a value read without a word where the clerk wrote none
# learned on the first copy's Excel file (or the PDF of a PDF-only layout): 193/230 on copy2, 1 silent
HOLDOUT5_FLOOR_PROFILE_EXCEL = 1.00  # 205/230 (dev5-rh5b); 223/230 (dev5-rh5c); 230/230 (round six)
HOLDOUT5_PROFILE_SILENT_NOW = 0  # 1 before any fix

EXPECTED = sorted((HOLDOUT5 / "expected").glob("*.json"))
SECOND = sorted((HOLDOUT5 / "copy2" / "expected").glob("*.json"))


# ---------------------------------------------------------------------------------- the set itself
def test_the_fifth_holdout_has_every_kind_in_every_script_and_five_forms_sent_as_pdf_only():
    layouts = check_the_layouts_files(HOLDOUT5, EXPECTED)
    assert len(layouts) >= 14
    assert sum(len(lay["filled"]) for lay in layouts) >= 25
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 2 and templates.count(".html") >= 2 and templates.count(".pdf") >= 1
    assert sum(bool(lay.get("absent")) for lay in layouts) >= 3


def test_the_fifth_holdouts_workbooks_hold_the_clerks_habits_it_is_about():
    """Hidden rows, columns and sheets with stale values, comments, several sheets, a workbook
    that opens on another sheet than the form, landscape, 民國 number formats, full-width
    digits: each in at least one filled workbook."""
    seen = set()
    for p in EXPECTED:
        rel = load(p)["filled"][0]
        if not rel.endswith(".xlsx"):
            continue
        wb = load_workbook(HOLDOUT5 / rel)
        seen.add(f"{min(len(wb.sheetnames), 3)} sheets")
        for ws in wb.worksheets:
            if ws.sheet_state == "hidden":
                seen.add("hidden sheet")
            if any(d.hidden for d in ws.row_dimensions.values()):
                seen.add("hidden row")
            if any(d.hidden for d in ws.column_dimensions.values()):
                seen.add("hidden column")
            if ws.page_setup.orientation == "landscape":
                seen.add("landscape")
            for row in ws.iter_rows():
                for c in row:
                    seen.add("comment") if c.comment else None
                    seen.add("民國 format") if "[$-404]" in (c.number_format or "") else None
                    if isinstance(c.value, str) and re.search("[０-９]", c.value):
                        seen.add("full-width digits")
        if wb.active.title not in {f["cell"].split("!")[0] for f in load(p)["fields"]}:
            seen.add("opens on another sheet")
    assert seen >= {
        "3 sheets",
        "hidden sheet",
        "hidden row",
        "hidden column",
        "landscape",
        "comment",
        "民國 format",
        "full-width digits",
        "opens on another sheet",
    }, seen


def test_the_fifth_holdout_has_second_copies_of_six_layouts_two_sent_as_pdf_with_other_values():
    assert len(SECOND) >= 6
    assert check_second_copies(HOLDOUT5, EXPECTED, SECOND) >= 2


def test_the_fifth_holdout_layouts_are_new_to_every_other_set():
    check_new_to_other_sets(
        EXPECTED,
        [
            ROOT / "tests" / "layouts",
            ROOT / "tests" / "holdout",
            ROOT / "tests" / "holdout2",
            ROOT / "tests" / "holdout3",
            ROOT / "tests" / "holdout4",
            ROOT.parent / "shared" / "corpus",
        ],
    )


@pytest.mark.parametrize("expected", EXPECTED + SECOND, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(expected):
    check_fields_stand_on_the_form(expected)


def test_the_committed_files_are_what_make_holdout5_writes(tmp_path):
    check_committed_files_are_what_the_generator_writes(
        HOLDOUT5, HOLDOUT5 / "make_holdout5.py", EXPECTED, tmp_path
    )


# ---------------------------------------------------------------------------------- the score
FLOORS = Floors(
    excel=HOLDOUT5_FLOOR_EXCEL,
    pdf=HOLDOUT5_FLOOR_PDF,
    sent_as_pdf=HOLDOUT5_FLOOR_SENT_AS_PDF,
    recognised=HOLDOUT5_RECOGNISED_NOW,
    profile_excel=HOLDOUT5_FLOOR_PROFILE_EXCEL,
    silent=HOLDOUT5_SILENT_NOW,
    invented_silent=HOLDOUT5_INVENTED_SILENT_NOW,
    profile_silent=HOLDOUT5_PROFILE_SILENT_NOW,
    target=READER_TARGET,
)


@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT5)


def test_the_reader_reads_no_fewer_fifth_holdout_fields_than_main_did(results):
    check_reads_no_fewer_fields(results, HOLDOUT5, EXPECTED, FLOORS)


def test_the_reader_recognises_the_kind_of_no_fewer_fifth_holdout_files_than_main_did(results):
    check_recognised(results, FLOORS)


def test_the_reader_misreads_no_more_fifth_holdout_fields_silently_than_main_did(results):
    check_silent(results, HOLDOUT5, FLOORS)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    check_invented(results, FLOORS)


def test_no_fifth_holdout_field_is_misread_silently_and_ninety_percent_are_read(results):
    """The issue's targets: 68 %, 5 silent before any fix; 543/590 = 92 %, 0 silent (dev5-rh5c)."""
    check_no_silent(results)
    check_target_share(results, FLOORS)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    check_profile_second_copies(HOLDOUT5, SECOND, FLOORS)
