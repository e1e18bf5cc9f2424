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

import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from kesu_docs import forms
from kesu_docs.parse.profile import field_paths

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT5 = ROOT / "tests" / "holdout5"
sys.path.insert(0, str(ROOT / "bench"))

import holdout_score  # noqa: E402

# -- the issue's targets
READER_TARGET = 0.90
SILENT_TARGET = 0
# -- what main read before any fix (63c5932); raise the floors, lower the counts, as the reader improves
HOLDOUT5_FLOOR_EXCEL = (
    0.99  # 165/248 before any fix; 218/248 after the first fixes; 230/248 (dev5-rh5b); 246/248 (dev6-rh5)
)
HOLDOUT5_FLOOR_PDF = 0.98  # 235/342 before any fix; 272/342 after the first fixes; 294/342 (dev5-rh5b); 313/342 (dev5-rh5c); 337/342 (dev6-rh5)
HOLDOUT5_FLOOR_SENT_AS_PDF = 0.96  # Word, portal pages and the fpdf2 memo: 54/94 before any fix; 64/94 (dev5-rh5b); 83/94 (dev5-rh5c); 91/94 (dev6-rh5)
HOLDOUT5_RECOGNISED_NOW = (
    27  # of 27 files read without --kind (24 before the ERP list export, 26 before the portal 8D)
)
HOLDOUT5_SILENT_NOW = 0  # wrong values without an error or warning on their field (5 before any fix)
HOLDOUT5_INVENTED_SILENT_NOW = 0  # a value read without a word where the clerk wrote none
# learned on the first copy's Excel file (or the PDF of a PDF-only layout): 193/230 on copy2, 1 silent
HOLDOUT5_FLOOR_PROFILE_EXCEL = 0.98  # 205/230 (dev5-rh5b); 223/230 (dev5-rh5c); 226/230 (dev6-rh5)
HOLDOUT5_PROFILE_SILENT_NOW = 0  # 1 before any fix

EXPECTED = sorted((HOLDOUT5 / "expected").glob("*.json"))
SECOND = sorted((HOLDOUT5 / "copy2" / "expected").glob("*.json"))
KINDS = {"complaint", "8d", "return", "allowance"}
SCRIPTS = {"zh-Hans", "zh-Hant", "en"}
DRAWN = (".pdf", ".html")  # PDF-only layouts whose filled PDF is not written by LibreOffice


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def squeeze(text: str) -> str:
    """Without spaces, NFKC: Chromium's CJK fonts map some characters to Kangxi radicals
    (``⽅`` U+2F45 for 方; ``⻛`` U+2EDB for 风, which NFKC leaves) in the PDF text, as real
    portal printouts do."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("\u2edb", "风"))


def printed_texts(pdf_path: Path) -> list[str]:
    with pdfplumber.open(pdf_path) as pdf:
        texts = [squeeze(page.extract_text() or "") for page in pdf.pages]
        texts += [
            squeeze(cell or "")
            for page in pdf.pages
            for table in page.extract_tables()
            for row in table
            for cell in row
        ]
    return texts


# ---------------------------------------------------------------------------------- the set itself
def test_the_fifth_holdout_has_every_kind_in_every_script_and_five_forms_sent_as_pdf_only():
    layouts = [load(p) for p in EXPECTED]
    assert len(layouts) >= 14
    assert sum(len(lay["filled"]) for lay in layouts) >= 25
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 2 and templates.count(".html") >= 2 and templates.count(".pdf") >= 1
    for lay in layouts:
        assert (HOLDOUT5 / lay["template"]).is_file()
        suffixes = {Path(rel).suffix for rel in lay["filled"]}
        excel = lay["template"].endswith(".xlsx")
        assert suffixes == {".xlsx", ".pdf"} if excel else suffixes == {".pdf"}
        for rel in lay["filled"]:
            assert (HOLDOUT5 / rel).is_file(), rel
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
    firsts = {p.stem: load(p) for p in EXPECTED}
    sent_as_pdf = 0
    for p in SECOND:
        exp = load(p)
        first = firsts[exp["second_copy_of"]]
        sent_as_pdf += not first["template"].endswith(".xlsx")
        for rel in exp["filled"]:
            assert (HOLDOUT5 / "copy2" / rel).is_file(), rel
        before = {(f["path"], json.dumps(f["expect"], ensure_ascii=False)) for f in first["fields"]}
        after = {(f["path"], json.dumps(f["expect"], ensure_ascii=False)) for f in exp["fields"]}
        assert len(after - before) >= len(after) // 2, f"{p.stem}: the second copy repeats the first"
    assert sent_as_pdf >= 2


def test_the_fifth_holdout_layouts_are_new_to_every_other_set():
    others = set()
    for folder in (
        ROOT / "tests" / "layouts",
        ROOT / "tests" / "holdout",
        ROOT / "tests" / "holdout2",
        ROOT / "tests" / "holdout3",
        ROOT / "tests" / "holdout4",
        ROOT.parent / "shared" / "corpus",
    ):
        for p in (folder / "expected").glob("*.json"):
            exp = load(p)
            others.add(p.stem)
            others.add(tuple(sorted(f.get("label", "") for f in exp.get("fields", []))))
    for p in EXPECTED:
        exp = load(p)
        assert p.stem not in others
        assert tuple(sorted(f["label"] for f in exp["fields"])) not in others, f"{p.stem} repeats a layout"


@pytest.mark.parametrize("expected", EXPECTED + SECOND, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(expected):
    exp = load(expected)
    home = expected.parent.parent
    paths = field_paths(forms.get(exp["kind"]))
    for f in exp["fields"] + exp.get("absent", []):
        assert set(f) >= {"label", "cell", "value", "path"}
        assert re.sub(r"\[[^\]]*\]", "", f["path"]) in paths, f["path"]
    if exp["filled"][0].endswith(".xlsx"):
        wb = load_workbook(home / exp["filled"][0])
        for f in exp["fields"]:
            sheet, _, ref = f["cell"].rpartition("!")
            cells = wb[sheet][ref] if ":" in ref else ((wb[sheet][ref],),)
            assert [c.value for row in cells for c in row if c.value not in (None, "")], (
                f"{f['cell']} is empty"
            )
    else:  # an .xls or a PDF-only layout: every typed text value is printed in the PDF
        texts = printed_texts(home / exp["filled"][-1])
        for f in exp["fields"]:
            typed = str(f["value"])
            if "(Excel date cell)" in typed or "number cell shown" in typed:
                continue
            assert any(squeeze(typed) in t for t in texts), f"{f['cell']}: {typed!r} not printed"


def test_the_committed_files_are_what_make_holdout5_writes(tmp_path):
    subprocess.run(
        [sys.executable, str(HOLDOUT5 / "make_holdout5.py"), "--no-pdf", "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    fpdf = importlib.util.find_spec("fpdf") is not None
    for sub, pattern in (
        ("expected", "*.json"),
        ("filled", "*.xlsx"),
        ("templates", "*.*"),
        ("copy2/expected", "*.json"),
        ("copy2/filled", "*.xlsx"),
    ):
        written = sorted(p.name for p in (tmp_path / sub).glob(pattern))
        committed = sorted(p.name for p in (HOLDOUT5 / sub).glob(pattern))
        if not fpdf:  # only regenerating the drawn PDFs needs fpdf2
            committed = [
                n
                for n in committed
                if not (n.endswith(".pdf") or (sub.endswith("expected") and n in _drawn()))
            ]
        assert written == committed, sub
        for name in written:
            assert (tmp_path / sub / name).read_bytes() == (HOLDOUT5 / sub / name).read_bytes(), (
                f"{sub}/{name}"
            )


def _drawn() -> set[str]:
    return {p.name for p in EXPECTED if load(p)["template"].endswith(".pdf")}


# ---------------------------------------------------------------------------------- the score
@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT5)


def _share(results, fmt: str) -> float:
    def excel_behind(r) -> bool:
        return any((HOLDOUT5 / r.file).with_suffix(s).exists() for s in (".xlsx", ".xls"))

    if fmt == "sent as pdf":  # portal pages, Word and fpdf2 layouts: no workbook behind the PDF
        picked = [r for r in results if not excel_behind(r)]
    else:
        picked = [r for r in results if r.file.endswith(".pdf") == (fmt == "pdf")]
    t = holdout_score.totals(picked)
    return t["right"] / t["expected"]


def test_the_reader_reads_no_fewer_fifth_holdout_fields_than_main_did(results):
    assert len(results) == sum(len(load(p)["filled"]) for p in EXPECTED)
    assert not [r.file for r in results if r.error == "file missing"]
    assert _share(results, "excel") >= HOLDOUT5_FLOOR_EXCEL, holdout_score.report(results)
    assert _share(results, "pdf") >= HOLDOUT5_FLOOR_PDF, holdout_score.report(results)
    assert _share(results, "sent as pdf") >= HOLDOUT5_FLOOR_SENT_AS_PDF, holdout_score.report(results)


def test_the_reader_recognises_the_kind_of_no_fewer_fifth_holdout_files_than_main_did(results):
    assert sum(r.recognised for r in results) >= HOLDOUT5_RECOGNISED_NOW, holdout_score.report(results)


def test_the_reader_misreads_no_more_fifth_holdout_fields_silently_than_main_did(results):
    """Each silent misread is printed (file, field, label, what was read, what was expected)."""
    silent = [
        f"{r.file}: {v.path} [{v.label}] read {v.read!r} expected {v.expect!r}"
        for r in results
        for v in r.verdicts
        if v.silent
    ]
    print("silent misreads on tests/holdout5:", *silent, sep="\n  ")
    assert len(silent) <= HOLDOUT5_SILENT_NOW, "\n".join(silent)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    """A field left empty, or filled with 同上 / 见附件 / TBD, holds nothing in the record; a value
    read there without an error or warning is a silent misread too."""
    invented = [
        f"{r.file}: {v.path} [{v.label}] read {v.read!r}{' SILENT' if v.silent else ' (flagged)'}"
        for r in results
        for v in r.invented
    ]
    print("values read where the clerk wrote none:", *invented, sep="\n  ")
    assert sum(" SILENT" in line for line in invented) <= HOLDOUT5_INVENTED_SILENT_NOW, "\n".join(invented)


def test_no_fifth_holdout_field_is_misread_silently_and_ninety_percent_are_read(results):
    """The issue's targets: 68 %, 5 silent before any fix; 543/590 = 92 %, 0 silent (dev5-rh5c); 583/590 = 99 %, 0 silent (dev6-rh5)."""
    t = holdout_score.totals(results)
    assert t["silent"] == SILENT_TARGET, holdout_score.report(results)
    assert t["right"] / t["expected"] >= READER_TARGET, holdout_score.report(results)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    got = holdout_score.profile_results(HOLDOUT5, "excel", ("xlsx", "xls", "pdf"))
    assert {r.layout for r in got} == {load(p)["id"] for p in SECOND}
    t = holdout_score.totals(got)
    assert t["right"] / t["expected"] >= HOLDOUT5_FLOOR_PROFILE_EXCEL, holdout_score.report(got)
    assert t["silent"] <= HOLDOUT5_PROFILE_SILENT_NOW, holdout_score.report(got)
