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
HOLDOUT4 = ROOT / "tests" / "holdout4"
sys.path.insert(0, str(ROOT / "bench"))

import holdout_score  # noqa: E402

# -- the issue's targets
READER_TARGET = 0.90
SILENT_TARGET = 0
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
def test_the_fourth_holdout_has_every_kind_in_every_script_old_xls_and_six_forms_sent_as_pdf_only():
    layouts = [load(p) for p in EXPECTED]
    assert len(layouts) >= 16
    assert sum(len(lay["filled"]) for lay in layouts) >= 22
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 2 and templates.count(".html") >= 2 and templates.count(".pdf") >= 2
    assert sum(lay["filled"][0].endswith(".xls") for lay in layouts) >= 2
    for lay in layouts:
        assert (HOLDOUT4 / lay["template"]).is_file()
        suffixes = {Path(rel).suffix for rel in lay["filled"]}
        excel = lay["template"].endswith(".xlsx")
        assert suffixes in ({".xlsx", ".pdf"}, {".xls", ".pdf"}) if excel else suffixes == {".pdf"}
        for rel in lay["filled"]:
            assert (HOLDOUT4 / rel).is_file(), rel


def test_the_fourth_holdout_has_second_copies_of_six_layouts_with_other_values():
    assert len(SECOND) >= 6
    firsts = {p.stem: load(p) for p in EXPECTED}
    sent_as_pdf = 0
    for p in SECOND:
        exp = load(p)
        first = firsts[exp["second_copy_of"]]
        sent_as_pdf += not first["template"].endswith(".xlsx")
        for rel in exp["filled"]:
            assert (HOLDOUT4 / "copy2" / rel).is_file(), rel
        before = {(f["path"], json.dumps(f["expect"], ensure_ascii=False)) for f in first["fields"]}
        after = {(f["path"], json.dumps(f["expect"], ensure_ascii=False)) for f in exp["fields"]}
        assert len(after - before) >= len(after) // 2, f"{p.stem}: the second copy repeats the first"
    assert sent_as_pdf >= 3


def test_the_fourth_holdout_layouts_are_new_to_every_other_set():
    others = set()
    for folder in (
        ROOT / "tests" / "layouts",
        ROOT / "tests" / "holdout",
        ROOT / "tests" / "holdout2",
        ROOT / "tests" / "holdout3",
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


def test_the_committed_files_are_what_make_holdout4_writes(tmp_path):
    subprocess.run(
        [sys.executable, str(HOLDOUT4 / "make_holdout4.py"), "--no-pdf", "--out", str(tmp_path)],
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
        committed = sorted(p.name for p in (HOLDOUT4 / sub).glob(pattern))
        if not fpdf:  # only regenerating the drawn PDFs needs fpdf2
            committed = [
                n
                for n in committed
                if not (n.endswith(".pdf") or (sub.endswith("expected") and n in _drawn()))
            ]
        assert written == committed, sub
        for name in written:
            assert (tmp_path / sub / name).read_bytes() == (HOLDOUT4 / sub / name).read_bytes(), (
                f"{sub}/{name}"
            )


def _drawn() -> set[str]:
    return {p.name for p in EXPECTED if load(p)["template"].endswith(".pdf")}


# ---------------------------------------------------------------------------------- the score
@pytest.fixture(scope="module")
def results():
    return holdout_score.score_folder(HOLDOUT4)


def _share(results, fmt: str) -> float:
    def excel_behind(r) -> bool:
        return any((HOLDOUT4 / r.file).with_suffix(s).exists() for s in (".xlsx", ".xls"))

    if fmt == "sent as pdf":  # portal pages, Word and fpdf2 layouts: no workbook behind the PDF
        picked = [r for r in results if not excel_behind(r)]
    else:
        picked = [r for r in results if r.file.endswith(".pdf") == (fmt == "pdf")]
    t = holdout_score.totals(picked)
    return t["right"] / t["expected"]


def test_the_reader_reads_no_fewer_fourth_holdout_fields_than_main_did(results):
    assert len(results) == sum(len(load(p)["filled"]) for p in EXPECTED)
    assert not [r.file for r in results if r.error == "file missing"]
    assert _share(results, "excel") >= HOLDOUT4_FLOOR_EXCEL, holdout_score.report(results)
    assert _share(results, "pdf") >= HOLDOUT4_FLOOR_PDF, holdout_score.report(results)
    assert _share(results, "sent as pdf") >= HOLDOUT4_FLOOR_SENT_AS_PDF, holdout_score.report(results)


def test_the_reader_recognises_the_kind_of_no_fewer_fourth_holdout_files_than_main_did(results):
    assert sum(r.recognised for r in results) >= HOLDOUT4_RECOGNISED_NOW, holdout_score.report(results)


def test_the_reader_misreads_no_more_fourth_holdout_fields_silently_than_main_did(results):
    """Each silent misread is printed (file, field, label, what was read, what was expected)."""
    silent = [
        f"{r.file}: {v.path} [{v.label}] read {v.read!r} expected {v.expect!r}"
        for r in results
        for v in r.verdicts
        if v.silent
    ]
    print("silent misreads on tests/holdout4:", *silent, sep="\n  ")
    assert len(silent) <= HOLDOUT4_SILENT_NOW, "\n".join(silent)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(results):
    """A field left empty, or filled with 同上 / 见附件 / TBD, holds nothing in the record; a value
    read there without an error or warning is a silent misread too."""
    invented = [
        f"{r.file}: {v.path} [{v.label}] read {v.read!r}{' SILENT' if v.silent else ' (flagged)'}"
        for r in results
        for v in r.invented
    ]
    print("values read where the clerk wrote none:", *invented, sep="\n  ")
    assert sum(" SILENT" in line for line in invented) <= HOLDOUT4_INVENTED_SILENT_NOW, "\n".join(invented)


def test_no_fourth_holdout_field_is_misread_silently_and_ninety_percent_are_read(results):
    t = holdout_score.totals(results)
    assert t["silent"] == SILENT_TARGET, holdout_score.report(results)
    assert t["right"] / t["expected"] >= READER_TARGET, holdout_score.report(results)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did():
    got = holdout_score.profile_results(HOLDOUT4, "excel", ("xlsx", "xls", "pdf"))
    assert {r.layout for r in got} == {load(p)["id"] for p in SECOND}
    t = holdout_score.totals(got)
    assert t["right"] / t["expected"] >= HOLDOUT4_FLOOR_PROFILE_EXCEL, holdout_score.report(got)
    assert t["silent"] <= HOLDOUT4_PROFILE_SILENT_NOW, holdout_score.report(got)
