"""The seventh held-out layouts (tests/holdout7) and the reader's score on them, measured BEFORE
anyone fixed anything.

Written from public descriptions of real forms without reading the reader's code; differs from
every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout6`` and ``../shared/corpus``:
label and value in one cell after a full-width colon, one option per cell (``☑退货 | ☐换货 | … |
其他：____``, ``X`` under option headers), labels written vertically, a spacer column, a print area
leaving out a helper column, a hidden sheet of stale values, 8D D1…D8 across the columns, the 8D
details on a second sheet, an item table running onto a second printed page (header repeated),
formulas with cached values, date serials in General cells, ``中華民國115年3月5日``, ``2026.3.5``,
an ROC date over 年 / 月 / 日 columns, full-width digits, ``RMB`` / ``NT$`` / ``US$`` prefixes, credits
in parentheses, a 大写 amount; sent as PDF only: a landscape Word 客户投诉处理单, a Taiwanese 8D
page whose containment table runs onto page two, an fpdf2 return note stored with ``/Rotate 90``, the statutory
營業人銷貨退回進貨退出或折讓證明單 as a portal page; and two odd files (a scan without a text layer,
a truncated PDF) that must give a clear error.

Measured BEFORE any fix (main at 41162f6), 16 layouts, 28 files: 492/596 fields right = 82.6 %
(Excel 223/249 = 89.6 %, PDF 269/347 = 77.5 %: printed from the Excel layouts 217/249, sent as
PDF only 52/98 = 53.1 %), 5 silent misreads, kind recognised in 28 of 28 files, no value invented
silently. Profiles learned on the first copy's Excel (or PDF) file, read on ``copy2/``: 236/293
= 80.5 %, 4 silent. The list and the failure patterns: tests/holdout7/README.md.

The floors hold what main reads, just below it; raise them as the reader improves, lower the
silent counts. ``python bench/holdout_score.py tests/holdout7 -v`` prints every field,
``--profiles`` the second copies.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from holdout_checks import (
    KINDS,
    SCRIPTS,
    check_committed_files_are_what_the_generator_writes,
    check_fields_stand_on_the_form,
    check_new_to_other_sets,
    check_second_copies,
    check_the_layouts_files,
    holdout_score,
    invented_lines,
    load,
    share,
    silent_lines,
)
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT7 = ROOT / "tests" / "holdout7"

# -- what main read before any fix (41162f6); raise the floors, lower the counts, as the reader improves
HOLDOUT7_FLOOR_EXCEL = 1.00  # 223/249 before any fix; 232/249 after dev7-rh7a; 246/249 round seven merged;
# 249/249 after dev8-rold (D6 outcome as the result, D7 text without deployment as lessons learned)
# PDF: 269/347 before any fix; 323/347 after dev7-rh7a; 337/347 round seven merged; 340/347 dev8-rold
HOLDOUT7_FLOOR_PDF = 0.97
# sent as PDF only (Word, two portal pages, fpdf2 /Rotate 90): 52/98 before any fix, 96/98 after dev7-rh7a,
# 97/98 round seven merged
HOLDOUT7_FLOOR_SENT_AS_PDF = 0.98
HOLDOUT7_RECOGNISED_NOW = 28  # of 28 files read without --kind
HOLDOUT7_SILENT_NOW = 0  # wrong values without an error or warning on their field (5 before any fix)
HOLDOUT7_INVENTED_SILENT_NOW = 0  # 2 invented before any fix, both flagged
# learned on the first copy's Excel file (or the PDF of a PDF-only layout): 291/293 on copy2 after dev7-rh7a, 0 silent
# (236/293, 4 silent before any fix)
HOLDOUT7_FLOOR_PROFILE_EXCEL = 1.00  # 293/293 after dev8-rold (a date typed as a day count learned)
HOLDOUT7_PROFILE_SILENT_NOW = 0
SILENT_BEFORE_ANY_FIX = (
    "complaint-zh-onecell-colon (xlsx, PDF): options one per cell, only the first ☑ read; "
    "return-en-rma-landscape (xlsx, PDF): X marks under option headers read as rework; "
    "8d-en-detail-sheet.pdf: D4 Occurrence cut at its wrapped line"
)

EXPECTED = sorted((HOLDOUT7 / "expected").glob("*.json"))
SECOND = sorted((HOLDOUT7 / "copy2" / "expected").glob("*.json"))
ODD = sorted((HOLDOUT7 / "odd").glob("*.json"))


# ---------------------------------------------------------------------------------- the set itself
def test_the_seventh_holdout_has_every_kind_in_every_script_and_four_forms_sent_as_pdf_only():
    layouts = check_the_layouts_files(HOLDOUT7, EXPECTED)
    assert len(layouts) >= 16
    assert sum(len(lay["filled"]) for lay in layouts) >= 28
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert sum(t != ".xlsx" for t in templates) >= 4
    assert {".docx", ".html", ".pdf"} <= set(templates)
    assert sum(bool(lay.get("absent")) for lay in layouts) >= 3


def test_the_seventh_holdouts_files_hold_the_clerks_habits_it_is_about():
    """Each habit in at least one filled workbook: label and value in one cell after a
    full-width colon, a label written vertically, one option per cell, a date serial in a
    General cell, a 中華民國 date, full-width digits, a currency prefix, a credit in parentheses,
    a formula with its cached value, a hidden sheet, a print area, a manual page break with
    print titles, a landscape page, the form's details on a second sheet."""
    seen = set()
    for p in EXPECTED:
        exp = load(p)
        rel = exp["filled"][0]
        if not rel.endswith(".xlsx"):
            continue
        book = HOLDOUT7 / rel
        wb, cached = load_workbook(book), load_workbook(book, data_only=True)
        if len({f["cell"].split("!")[0] for f in exp["fields"]}) > 1:
            seen.add("details on a second sheet")
        for ws in wb.worksheets:
            if ws.sheet_state == "hidden":
                seen.add("hidden sheet")
            if ws.print_area:
                seen.add("print area")
            if ws.row_breaks.brk and ws.print_title_rows:
                seen.add("page break with print titles")
            if ws.page_setup.orientation == "landscape":
                seen.add("landscape")
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if isinstance(v, str) and v.startswith("=") and cached[ws.title][c.coordinate].value:
                        seen.add("formula with a cached value")
                    if isinstance(v, int) and 40000 < v < 50000 and c.number_format == "General":
                        seen.add("date serial in a General cell")
                    if not isinstance(v, str):
                        continue
                    if re.match(r"[^：\n]{2,8}：\S", v):
                        seen.add("label and value in one cell")
                    if re.fullmatch(r"(\w\n){3,}\w", v):
                        seen.add("vertical label")
                    if re.fullmatch(r"[☑☐]\w+", v):
                        seen.add("one option per cell")
                    if v.startswith("中華民國"):
                        seen.add("中華民國 date")
                    if re.search(r"[０-９]{3}", v):
                        seen.add("full-width digits")
                    if re.match(r"(RMB|NT\$|US\$)", v):
                        seen.add("currency prefix")
                    if re.search(r"\(\d[\d,]*\.\d\d\)", v):
                        seen.add("credit in parentheses")
    assert seen >= {
        "label and value in one cell",
        "vertical label",
        "one option per cell",
        "date serial in a General cell",
        "中華民國 date",
        "full-width digits",
        "currency prefix",
        "credit in parentheses",
        "formula with a cached value",
        "hidden sheet",
        "print area",
        "page break with print titles",
        "landscape",
        "details on a second sheet",
    }, seen


def test_the_seventh_holdout_has_second_copies_of_five_layouts_one_sent_as_pdf_with_other_values():
    assert len(SECOND) >= 5
    assert check_second_copies(HOLDOUT7, EXPECTED, SECOND) >= 1


def test_the_seventh_holdout_layouts_are_new_to_every_other_set():
    check_new_to_other_sets(
        EXPECTED,
        [ROOT / "tests" / "layouts"]
        + [ROOT / "tests" / f"holdout{n}" for n in ("", "2", "3", "4", "5", "6")]
        + [ROOT.parent / "shared" / "corpus"],
    )


@pytest.mark.parametrize("expected", EXPECTED + SECOND, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(expected):
    check_fields_stand_on_the_form(expected)


def test_the_committed_files_are_what_make_holdout7_writes(tmp_path):
    check_committed_files_are_what_the_generator_writes(
        HOLDOUT7, HOLDOUT7 / "make_holdout7.py", EXPECTED, tmp_path
    )


# ---------------------------------------------------------------------------------- odd files
@pytest.mark.parametrize("expected", ODD, ids=lambda p: p.stem)
def test_an_odd_file_a_clerk_sends_gives_a_clear_error_never_a_record(expected):
    """A scan without a text layer, a PDF cut off in the download: no record, with or without
    ``--kind``, and an error that says why."""
    assert load(expected)["outcome"] == "error"
    for kind in (None, "complaint"):
        doc = holdout_score.parse_doc(expected.with_suffix(".pdf"), kind)
        assert doc.get("record") is None
        assert [e.get("message") for e in doc.get("errors", []) if e.get("message")]


# ---------------------------------------------------------------------------------- the score
@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT7)


def test_the_reader_reads_no_fewer_seventh_holdout_fields_than_main_did(results):
    assert len(results) == sum(len(load(p)["filled"]) for p in EXPECTED)
    assert not [r.file for r in results if r.error == "file missing"]
    assert share(results, HOLDOUT7, "excel") >= HOLDOUT7_FLOOR_EXCEL, holdout_score.report(results)
    assert share(results, HOLDOUT7, "pdf") >= HOLDOUT7_FLOOR_PDF, holdout_score.report(results)
    assert share(results, HOLDOUT7, "sent as pdf") >= HOLDOUT7_FLOOR_SENT_AS_PDF, holdout_score.report(
        results
    )


def test_the_reader_recognises_the_kind_of_no_fewer_seventh_holdout_files_than_main_did(results):
    assert sum(r.recognised for r in results) >= HOLDOUT7_RECOGNISED_NOW, holdout_score.report(results)


def test_the_reader_misreads_no_more_seventh_holdout_fields_silently_than_main_did(results):
    """Each silent misread is printed (file, field, label, what was read, what was expected);
    before any fix: ``SILENT_BEFORE_ANY_FIX``."""
    silent = silent_lines(results)
    print("silent misreads on tests/holdout7:", *silent, sep="\n  ")
    assert len(silent) <= HOLDOUT7_SILENT_NOW, "\n".join(silent)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    """A field left empty, or filled with ``/``, holds nothing in the record; a value read there
    without an error or warning is a silent misread too."""
    invented = invented_lines(results)
    print("values read where the clerk wrote none:", *invented, sep="\n  ")
    assert sum(" SILENT" in line for line in invented) <= HOLDOUT7_INVENTED_SILENT_NOW, "\n".join(invented)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    got = holdout_score.profile_results(HOLDOUT7, "excel", ("xlsx", "xls", "pdf"))
    assert {r.layout for r in got} == {load(p)["id"] for p in SECOND}
    t = holdout_score.totals(got)
    assert t["right"] / t["expected"] >= HOLDOUT7_FLOOR_PROFILE_EXCEL, holdout_score.report(got)
    assert t["silent"] <= HOLDOUT7_PROFILE_SILENT_NOW, holdout_score.report(got)
