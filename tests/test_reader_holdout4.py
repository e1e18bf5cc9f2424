"""The fourth held-out layouts (tests/holdout4) and the reader's score on them, measured BEFORE
anyone fixed anything.

``tests/holdout3`` has been looked at while the reader was improved; this set was written from
public descriptions of real forms without reading the reader's code, and differs from every
layout of ``tests/layouts``, ``tests/holdout``, ``tests/holdout2``, ``tests/holdout3`` and
``../shared/corpus``: numbered labels, labels to the RIGHT of their values, vertical block
labels on a protected sheet, a title only in the page header, items merged over two rows, old
.xls files, tax ids one digit per box, a total that does not match its lines, drop-down cells,
``TBD`` / ``见附件`` / ``同上`` / empty fields; and sent as PDF only: customer-portal pages printed
by Chromium, Word forms with tab-separated paragraphs or nested tables, PDFs drawn by fpdf2 in
two label columns or over two pages with the table header repeated.

Measured BEFORE any fix (main at 412088f), 17 layouts, 28 files: 388/542 fields right = 72 %
(Excel 167/215 = 78 %, PDF 221/327 = 68 %: the PDFs printed from the Excel layouts 161/215,
the PDFs sent as PDF only 60/112 = 54 %), 4 silent misreads (an 8D's team names read as the
department ``Quality`` from tab-separated Word lines, twice; a 合计 tax typed by hand read as
the sum of the lines, xlsx and PDF), kind recognised in 25 of 28 files, and a value read where
the clerk wrote none 4 times (``见附件`` read as the short-term action without a word, twice;
``TBD``, flagged, twice). With a profile learned on the first copy's Excel file (or its PDF for
a PDF-only layout), the second copies in ``copy2/``: 248/284 = 87 % (Excel 105/112, PDF
143/172), 2 silent. The list and the failure patterns: tests/holdout4/README.md.

After the fifth round's merges (dev4-prof, dev4-rword, dev4-rrules): 502/542 = 93 %, no silent
misread, every kind recognised; the issue's targets (90 %, 0 silent) are asserted.

The floors hold what main reads, just below it; raise them as the reader improves, lower
the silent counts. ``python bench/holdout_score.py tests/holdout4 -v`` prints every field,
``--profiles`` the second copies.
"""

from __future__ import annotations

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
)

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT4 = ROOT / "tests" / "holdout4"

# -- the targets
READER_TARGET = 0.90
# -- what main read before any fix (412088f); raise the floors, lower the counts, as the reader improves
HOLDOUT4_FLOOR_EXCEL = 0.99  # 214/215 after dev5-rexcel (team columns by their cells, step tables, D7 lists…); 199/215 after the fifth round's merges; 167/215 before any fix
HOLDOUT4_FLOOR_PDF = 0.97  # 319/327 after the fifth round's second merges (dev5-rexcel, dev5-rpdf); 317/327 after dev5-rexcel's shared rules; 303/327 after the fifth round's merges; 221/327 before any fix
HOLDOUT4_FLOOR_SENT_AS_PDF = 0.99  # portal pages, Word and fpdf2 PDFs: 111/112 now (a portal timestamp read as its date); 110/112 before; 60/112 before any fix
HOLDOUT4_RECOGNISED_NOW = 28  # of 28 files read without --kind (25 before any fix)
HOLDOUT4_SILENT_NOW = 0  # wrong values without an error or warning on their field (4 before any fix)
HOLDOUT4_INVENTED_SILENT_NOW = 0  # a value read without a word where the clerk wrote none (2 before: 见附件)
# learned on the first copy's Excel file (or the PDF of a PDF-only layout): 279/284 on copy2
# after the fifth round's merges (248/284, 2 silent, before any fix), 0 silent
HOLDOUT4_FLOOR_PROFILE_EXCEL = 1.00  # 284/284 (round six: 280/284 before)
HOLDOUT4_PROFILE_SILENT_NOW = 0

EXPECTED = sorted((HOLDOUT4 / "expected").glob("*.json"))
SECOND = sorted((HOLDOUT4 / "copy2" / "expected").glob("*.json"))


# ---------------------------------------------------------------------------------- the set itself
def test_the_fourth_holdout_has_every_kind_in_every_script_old_xls_and_six_forms_sent_as_pdf_only():
    layouts = check_the_layouts_files(HOLDOUT4, EXPECTED, old_xls=True)
    assert len(layouts) >= 16
    assert sum(len(lay["filled"]) for lay in layouts) >= 22
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 2 and templates.count(".html") >= 2 and templates.count(".pdf") >= 2
    assert sum(lay["filled"][0].endswith(".xls") for lay in layouts) >= 2


def test_the_fourth_holdout_has_second_copies_of_six_layouts_with_other_values():
    assert len(SECOND) >= 6
    assert check_second_copies(HOLDOUT4, EXPECTED, SECOND) >= 3


def test_the_fourth_holdout_layouts_are_new_to_every_other_set():
    check_new_to_other_sets(
        EXPECTED,
        [
            ROOT / "tests" / "layouts",
            ROOT / "tests" / "holdout",
            ROOT / "tests" / "holdout2",
            ROOT / "tests" / "holdout3",
            ROOT.parent / "shared" / "corpus",
        ],
    )


@pytest.mark.parametrize("expected", EXPECTED + SECOND, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(expected):
    check_fields_stand_on_the_form(expected)


def test_the_committed_files_are_what_make_holdout4_writes(tmp_path):
    check_committed_files_are_what_the_generator_writes(
        HOLDOUT4, HOLDOUT4 / "make_holdout4.py", EXPECTED, tmp_path
    )


# ---------------------------------------------------------------------------------- the score
FLOORS = Floors(
    excel=HOLDOUT4_FLOOR_EXCEL,
    pdf=HOLDOUT4_FLOOR_PDF,
    sent_as_pdf=HOLDOUT4_FLOOR_SENT_AS_PDF,
    recognised=HOLDOUT4_RECOGNISED_NOW,
    profile_excel=HOLDOUT4_FLOOR_PROFILE_EXCEL,
    silent=HOLDOUT4_SILENT_NOW,
    invented_silent=HOLDOUT4_INVENTED_SILENT_NOW,
    profile_silent=HOLDOUT4_PROFILE_SILENT_NOW,
    target=READER_TARGET,
)


@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT4)


def test_the_reader_reads_no_fewer_fourth_holdout_fields_than_main_did(results):
    check_reads_no_fewer_fields(results, HOLDOUT4, EXPECTED, FLOORS)


def test_the_reader_recognises_the_kind_of_no_fewer_fourth_holdout_files_than_main_did(results):
    check_recognised(results, FLOORS)


def test_the_reader_misreads_no_more_fourth_holdout_fields_silently_than_main_did(results):
    check_silent(results, HOLDOUT4, FLOORS)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    check_invented(results, FLOORS)


def test_no_fourth_holdout_field_is_misread_silently_and_ninety_percent_are_read(results):
    check_no_silent(results)
    check_target_share(results, FLOORS)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    check_profile_second_copies(HOLDOUT4, SECOND, FLOORS)
