"""The sixth held-out layouts (tests/holdout6) and the reader's score on them, measured BEFORE
anyone fixed anything.

``tests/holdout5`` has been looked at while the reader was improved; this set was written from
public descriptions of real forms without reading the reader's code, and differs from every
layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout5`` and ``../shared/corpus``:
bilingual bracketed labels, a Bosch-style supplier 8D, a 供应商8D改善报告 with a two-row stock
header, a Japanese 是正処置報告書, an RMA in 千个, ROC dates typed as text (``115/03/05``,
``115年3月18日``, ``115.02.26``), serials shown ``05-Mar-2026`` / ``2026年9月8日`` / ``5-Mar-26``,
``#,##0.00"元"`` formats, ``12K`` / ``1.2万`` / ``3.6千個``, ``(V)`` / ✔ / ■ / ◉ marks, sign-off boxes
with names, a workbook opening on its revision history, ``/`` in unused lines; and sent as PDF
only: a Word 客户投诉单 with names under the roles, a customer's SCAR page and a 退貨申請 portal page
printed by Chromium, a boxed credit note drawn by fpdf2.

Measured BEFORE any fix (main at ea01897), 16 layouts, 28 files: 532/631 fields right = 84.3 %
(Excel 235/278 = 84.5 %, PDF 297/353 = 84.1 %: the PDFs printed from the Excel layouts 235/278,
the PDFs sent as PDF only 62/75 = 82.7 %), 9 silent misreads, kind recognised in 28 of 28 files,
a value read where the clerk wrote ``/`` twice (silent). With a profile learned on the first
copy's Excel file (or its PDF for a PDF-only layout), the second copies in ``copy2/``: 209/233 =
89.7 %, 14 silent. The list and the failure patterns: tests/holdout6/README.md.

The floors hold what main reads, just below it; raise them as the reader improves, lower the
silent counts. ``python bench/holdout_score.py tests/holdout6 -v`` prints every field,
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
HOLDOUT6 = ROOT / "tests" / "holdout6"

# -- the targets
READER_TARGET = 0.90
# -- what main read before any fix (ea01897); raise the floors, lower the counts, as the reader improves
HOLDOUT6_FLOOR_EXCEL = 1.00  # 235/278 before any fix; 256/278 after the first fixes; 278/278 round six merged
# PDF: 297/353 before any fix; 321/353 after; 352/353 round six merged; 353/353 dev8-rold
HOLDOUT6_FLOOR_PDF = 1.00
# Word, portal pages and the fpdf2 credit note: 62/75 before any fix; 65/75 after
HOLDOUT6_FLOOR_SENT_AS_PDF = 1.00  # 74/75 round six merged; 75/75 dev8-rold (处理意见 written out)
HOLDOUT6_RECOGNISED_NOW = 28  # of 28 files read without --kind
HOLDOUT6_SILENT_NOW = 0  # wrong values without an error or warning on their field (9 before any fix)
HOLDOUT6_INVENTED_SILENT_NOW = 0  # 2 before any fix: ``/`` in an unused item line read as a line's part no.
# learned on the first copy's Excel file (or the PDF of a PDF-only layout): 209/233 on copy2, 14 silent
# before any fix; 225/233, 0 silent once a group header's unit (数量(千个) over 申请 | 实收) is learned
HOLDOUT6_FLOOR_PROFILE_EXCEL = (
    1.00  # 232/233 round six merged; 233/233 round seven (a label wrapped over lines)
)
HOLDOUT6_PROFILE_SILENT_NOW = 0
SILENT_BEFORE_ANY_FIX = (
    "8d-en-bosch-style (xlsx, PDF): D3 line 2 'Clean point: …' dropped, the list one line short; "
    "allowance-en-fpdf-boxed.pdf: buyer read as the next box's caption and value; "
    "return-zh-rma-thousands (xlsx, PDF): quantities under 数量(千个) read as pieces, 3 each; "
    "and 2 invented: return-zht-roc-text (xlsx, PDF) an unused line of '/' read as item 3"
)

EXPECTED = sorted((HOLDOUT6 / "expected").glob("*.json"))
SECOND = sorted((HOLDOUT6 / "copy2" / "expected").glob("*.json"))


# ---------------------------------------------------------------------------------- the set itself
def test_the_sixth_holdout_has_every_kind_in_every_script_and_four_forms_sent_as_pdf_only():
    layouts = check_the_layouts_files(HOLDOUT6, EXPECTED)
    assert len(layouts) >= 15
    assert sum(len(lay["filled"]) for lay in layouts) >= 25
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 1 and templates.count(".html") >= 2 and templates.count(".pdf") >= 1
    assert sum(bool(lay.get("absent")) for lay in layouts) >= 3


def test_the_sixth_holdouts_files_hold_the_clerks_habits_it_is_about():
    """Dates in every common shape (serials with a custom format, ROC years typed as text),
    quantities in K / 千 / 万, ``元`` number formats, percent cells, tick marks, ``/`` in empty
    fields, merged cells, a workbook that opens on another sheet than the form: each in at
    least one filled workbook."""
    seen = set()
    for p in EXPECTED:
        rel = load(p)["filled"][0]
        if not rel.endswith(".xlsx"):
            continue
        wb = load_workbook(HOLDOUT6 / rel)
        for ws in wb.worksheets:
            if ws.merged_cells.ranges:
                seen.add("merged cells")
            for row in ws.iter_rows():
                for c in row:
                    fmt = c.number_format or ""
                    if getattr(c, "is_date", False) and ("mmm" in fmt or "年" in fmt):
                        seen.add("date serial in a custom format")
                    if "元" in fmt:
                        seen.add("元 number format")
                    if fmt.endswith("%"):
                        seen.add("percent cell")
                    if not isinstance(c.value, str):
                        continue
                    if re.fullmatch(r"1[01]\d(/\d\d/\d\d|年\d+月\d+日|\.\d\d\.\d\d)", c.value):
                        seen.add("ROC date typed")
                    if re.search(r"\d(K|千|万)", c.value):
                        seen.add("K / 千 / 万 quantity")
                    if re.search(r"[✔■]|\(V\)|\[X\]", c.value):
                        seen.add("tick marks")
                    if c.value == "/":
                        seen.add("slash in an empty field")
        if wb.active.title not in {f["cell"].split("!")[0] for f in load(p)["fields"]}:
            seen.add("opens on another sheet")
    assert seen >= {
        "merged cells",
        "date serial in a custom format",
        "元 number format",
        "percent cell",
        "ROC date typed",
        "K / 千 / 万 quantity",
        "tick marks",
        "slash in an empty field",
        "opens on another sheet",
    }, seen


def test_the_sixth_holdout_has_second_copies_of_five_layouts_one_sent_as_pdf_with_other_values():
    assert len(SECOND) >= 5
    assert check_second_copies(HOLDOUT6, EXPECTED, SECOND) >= 1


def test_the_sixth_holdout_layouts_are_new_to_every_other_set():
    check_new_to_other_sets(
        EXPECTED,
        [ROOT / "tests" / "layouts"]
        + [ROOT / "tests" / f"holdout{n}" for n in ("", "2", "3", "4", "5")]
        + [ROOT.parent / "shared" / "corpus"],
    )


@pytest.mark.parametrize("expected", EXPECTED + SECOND, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(expected):
    check_fields_stand_on_the_form(expected)


def test_the_committed_files_are_what_make_holdout6_writes(tmp_path):
    check_committed_files_are_what_the_generator_writes(
        HOLDOUT6, HOLDOUT6 / "make_holdout6.py", EXPECTED, tmp_path
    )


# ---------------------------------------------------------------------------------- the score
FLOORS = Floors(
    excel=HOLDOUT6_FLOOR_EXCEL,
    pdf=HOLDOUT6_FLOOR_PDF,
    sent_as_pdf=HOLDOUT6_FLOOR_SENT_AS_PDF,
    recognised=HOLDOUT6_RECOGNISED_NOW,
    profile_excel=HOLDOUT6_FLOOR_PROFILE_EXCEL,
    silent=HOLDOUT6_SILENT_NOW,
    invented_silent=HOLDOUT6_INVENTED_SILENT_NOW,
    profile_silent=HOLDOUT6_PROFILE_SILENT_NOW,
    target=READER_TARGET,
)


@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT6)


def test_the_reader_reads_no_fewer_sixth_holdout_fields_than_main_did(results):
    check_reads_no_fewer_fields(results, HOLDOUT6, EXPECTED, FLOORS)


def test_the_reader_recognises_the_kind_of_no_fewer_sixth_holdout_files_than_main_did(results):
    check_recognised(results, FLOORS)


def test_the_reader_misreads_no_more_sixth_holdout_fields_silently_than_main_did(results):
    check_silent(results, HOLDOUT6, FLOORS)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    check_invented(results, FLOORS)


def test_no_sixth_holdout_field_is_misread_silently(results):
    """The issue's target, 0 silent, reached (before any fix: ``SILENT_BEFORE_ANY_FIX``)."""
    check_no_silent(results)


def test_ninety_percent_of_the_sixth_holdout_fields_are_read(results):
    """84.3 % before any fix (532/631); 577/631 = 91.4 % after the first fixes."""
    check_target_share(results, FLOORS)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    check_profile_second_copies(HOLDOUT6, SECOND, FLOORS)
