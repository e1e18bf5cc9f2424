"""The held-out sets the reader is scored on, as data: each set's folder, what it is about (its
history, as its own test module's docstring said it), what main read before any fix, its floors
with their history, and what its files must show. tests/test_reader_holdouts*.py run every
check of tests/holdout_checks.py on every set listed in ``SETS``.

A new set is one more entry: ``HoldoutSet(name="holdout11", about=…, measured_before_any_fix=…,
floors=Floors(…), floors_history=…, shape=…, habits=…, …)`` appended to ``SETS`` (a set's own
checks — how many layouts, which habits its workbooks show — are the functions it names).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from holdout_checks import (
    KINDS,
    SCRIPTS,
    Floors,
    check_fields_stand_on_the_form,
    check_written_files_are_the_committed_ones,
    load,
    printed_texts,
    shapes_text,
    squeeze,
)
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from kesu_docs import forms
from kesu_docs.parse.profile import field_paths

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class HoldoutSet:
    """One held-out set: its data and its own checks (every shared check is holdout_checks')."""

    name: str  # its folder under tests/
    about: str  # what it is about and how it was measured (the set's history)
    measured_before_any_fix: str
    floors: Floors
    floors_history: tuple[str, ...]  # the figures behind each floor, round by round (its module's comments)
    shape: Callable[[list[dict]], None]  # the set's own counts of layouts, templates, absent fields
    second_copies: int  # at least this many layouts have a second copy …
    second_sent_as_pdf: int  # … this many of them sent as PDF only
    habits: Callable[[HoldoutSet], set[str]] | None = None  # the habits its filled workbooks show …
    habits_wanted: frozenset[str] = frozenset()  # … at least these
    odd_kinds: tuple[str | None, ...] = (None,)  # each odd file is read without --kind and with these
    odd_with_a_record: frozenset[str] = field(default_factory=frozenset)  # odd files still giving a record
    old_xls: bool = False  # layouts filled as .xls are allowed
    targets: bool = False  # the issue's targets (90 %, 0 silent) are asserted on it
    profiles: bool = True  # second copies read with a profile learned on the first (``copy2/``)
    fields: Callable[[Path], None] = check_fields_stand_on_the_form  # each expected file's fields on its form
    # its own check of the files its generator wrote (``--no-pdf``, in the folder given) against the committed ones
    committed: Callable[[HoldoutSet, Path], None] | None = None
    tests: Path = ROOT / "tests"  # the folder its folder is in

    @property
    def home(self) -> Path:
        return self.tests / self.name

    @property
    def generator(self) -> Path:
        return self.home / f"make_{self.name}.py"

    @property
    def expected(self) -> list[Path]:
        return sorted((self.home / "expected").glob("*.json"))

    @property
    def second(self) -> list[Path]:
        return sorted((self.home / "copy2" / "expected").glob("*.json"))

    @property
    def odd(self) -> list[Path]:
        return sorted((self.home / "odd").glob("*.json"))

    def check_written(self, written_to: Path) -> None:
        """What its generator wrote in ``written_to`` is byte for byte the committed files."""
        if self.committed is not None:
            self.committed(self, written_to)
        else:
            check_written_files_are_the_committed_ones(self.home, self.expected, written_to)


def every_kind_in_every_script(layouts: list[dict]) -> None:
    assert {(lay["kind"], lay["language"]) for lay in layouts} >= {(k, s) for k in KINDS for s in SCRIPTS}


def _filled_workbooks(held: HoldoutSet, **options) -> list:
    """The first filled workbook of every Excel layout, opened."""
    books = []
    for p in held.expected:
        rel = load(p)["filled"][0]
        if rel.endswith(".xlsx"):
            books.append((load(p), load_workbook(held.home / rel, **options)))
    return books


# ------------------------------------------------------------------------------ holdout … holdout3
# The first three sets, of an older shape: every field names its cell and its expected value
# (``expect``), and their generators write fewer folders.
def _fields_in_their_cells(expected: Path, *, on_the_template: bool) -> None:
    """Every expected field is a record field, with its expected value, in a cell that holds a
    value (``on_the_template``: a sheet of the blank template too)."""
    exp = load(expected)
    home = expected.parent.parent
    paths = field_paths(forms.get(exp["kind"]))
    for f in exp["fields"]:
        assert set(f) >= {"label", "cell", "value", "path", "expect"}
        assert re.sub(r"\[[^\]]*\]", "", f["path"]) in paths, f["path"]
    if not exp["template"].endswith(".xlsx"):  # a PDF-only layout: every typed value is printed in the PDF
        with pdfplumber.open(home / exp["filled"][0]) as pdf:  # a wrapped cell as a table cell
            texts = [re.sub(r"\s+", "", page.extract_text() or "") for page in pdf.pages]
            texts += [
                re.sub(r"\s+", "", cell or "")
                for page in pdf.pages
                for table in page.extract_tables()
                for row in table
                for cell in row
            ]
        for f in exp["fields"]:
            assert any(re.sub(r"\s+", "", str(f["value"])) in t for t in texts), (
                f"{f['cell']}: {f['value']!r} not printed"
            )
        return
    wb = load_workbook(home / exp["filled"][0])
    blank = load_workbook(home / exp["template"]) if on_the_template else None
    for f in exp["fields"]:
        sheet, _, ref = f["cell"].rpartition("!")
        assert blank is None or sheet in blank.sheetnames
        cells = wb[sheet][ref] if ":" in ref else ((wb[sheet][ref],),)
        assert [c.value for row in cells for c in row if c.value not in (None, "")], f"{f['cell']} is empty"


def _fields1(expected: Path) -> None:
    _fields_in_their_cells(expected, on_the_template=False)


def _fields_on_the_template(expected: Path) -> None:
    _fields_in_their_cells(expected, on_the_template=True)


def _committed_workbooks(held: HoldoutSet, written_to: Path) -> None:
    """``make_holdoutN.py --no-pdf`` wrote in ``written_to`` byte for byte the committed expected
    files, filled workbooks and templates (``holdout3``: its Word and drawn-PDF templates too,
    the drawn PDF only when fpdf2 is installed)."""
    every_template = held.name == "holdout3"
    drawn = [p.stem for p in held.expected if load(p)["template"].endswith(".pdf")]
    for sub, pattern in (
        ("expected", "*.json"),
        ("filled", "*.xlsx"),
        ("templates", "*.*" if every_template else "*.xlsx"),
    ):
        written = sorted(p.name for p in (written_to / sub).glob(pattern))
        committed = sorted(p.name for p in (held.home / sub).glob(pattern))
        if every_template and importlib.util.find_spec("fpdf") is None:  # only the drawn PDF needs fpdf2
            committed = [n for n in committed if Path(n).stem not in drawn]
        assert written == committed, sub
        for name in written:
            assert (written_to / sub / name).read_bytes() == (held.home / sub / name).read_bytes(), (
                f"{sub}/{name}"
            )


def _shape1(layouts: list[dict]) -> None:
    """Ten layouts or more of every kind and script."""
    assert len(layouts) >= 10
    assert {lay["kind"] for lay in layouts} == set(KINDS)
    assert {lay["language"] for lay in layouts} >= SCRIPTS


def _shape2(layouts: list[dict]) -> None:
    """Twelve layouts, every kind in every script."""
    assert len(layouts) >= 12
    every_kind_in_every_script(layouts)


def _shape3(layouts: list[dict]) -> None:
    """Every kind in every script and forms sent as PDF only (Word forms, a PDF drawn directly)."""
    assert len(layouts) >= 12
    every_kind_in_every_script(layouts)
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 2 and templates.count(".pdf") >= 1


HOLDOUT1 = HoldoutSet(
    name="holdout",
    about="The held-out layouts (tests/holdout) and the reader's score on them.\n\nThe reader is improved against ``../shared/corpus`` and ``tests/layouts``; these layouts are\nkept out of that loop to tell whether its rules generalise to forms nobody tuned it on. The\nfloors hold what the reader reaches (main when the set was written, 9bc5a12: 299/582 fields,\nExcel 166/291, PDF 133/291, 20 silent misreads; with the guards of parse/guards.py: 312/582,\nExcel 174/291, PDF 138/291, no silent misread); a change that reads fewer fields right, or\nmisreads a field silently, fails here. Its misses were then worked on, one round for the 8D\nlayouts and one for the others (general rules, each imitated in tests/layouts): 581/582 after\nboth, so this set is no longer held out; ``tests/holdout2`` is the next one. The read-rate\ntarget (≥ 90 %) is asserted. ``python bench/holdout_score.py -v`` prints every field.",
    measured_before_any_fix="main at 9bc5a12: 299/582 fields, Excel 166/291, PDF 133/291, 20 silent misreads; "
    "with the guards of parse/guards.py: 312/582, Excel 174/291, PDF 138/291, no silent misread",
    floors=Floors(
        excel=0.99, pdf=0.99, sent_as_pdf=1.0, recognised=28, profile_excel=1.0, silent=0, unlisted_silent=8
    ),
    floors_history=(
        "HOLDOUT_FLOOR_EXCEL = 0.99 — 291/291 after the 8D and the other forms' rounds; 248/291 with the 8D discipline blocks (sections.py); 191/291 with bilingual captions and tick boxes (184/291 after the round's reader merges) (main at 9bc5a12: 166/291)",
        "HOLDOUT_FLOOR_PDF = 0.99 — 290/291 after the 8D and the other forms' rounds; 244/291 with the 8D discipline blocks (sections.py); 184/291 with bilingual captions and tick boxes (178/291 after the round's reader merges) (main at 9bc5a12: 133/291)",
        "HOLDOUT_RECOGNISED_NOW = 28 — of 28 files read without --kind (main before the title vocabulary: 14)",
        "HOLDOUT_SILENT_NOW = 0 — wrong values without an error or warning on their field (main at 9bc5a12: 20)",
        "sent as PDF only: no such layout in this set (its floor 1.0 holds on nothing)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 17 (8 unwarned) on main's reader, 17 (8 unwarned) after the revision-history mend; HOLDOUT_UNLISTED_SILENT_NOW = 8 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): team[].role ×4, team[].dept ×4",
    ),
    shape=_shape1,
    second_copies=0,
    second_sent_as_pdf=0,
    targets=True,
    profiles=False,
    fields=_fields1,
    committed=_committed_workbooks,
)

HOLDOUT2 = HoldoutSet(
    name="holdout2",
    about="The second held-out layouts (tests/holdout2) and the reader's score on them.\n\n``tests/holdout`` has been looked at while the reader was improved; this set was written from\npublic descriptions of real forms without reading the reader's code, and differs from every\nlayout of ``tests/layouts``, ``tests/holdout`` and ``../shared/corpus``. Its score is the honest\nfigure for layouts nobody tuned the reader on. Measured BEFORE any fix (main at 0f3bfa6):\n365/634 fields right = 58 % (Excel 185/317, PDF 180/317), 14 silent misreads, kind recognised\nin 22 of 24 files. After the round's general fixes (guards for names with titles, sentences and\nsign-off titles read as names, cut company names and computed values beside doubtful ones;\ncaptions under their lines; ticks after their words; a debit memo's title; 9/22/26; words\nother forms use; a date's order from its label or the form's other dates; a question ending\nits label): 515/634 = 81 % (Excel 262/317, PDF 253/317), 0 silent, 24 of 24 recognised.\nA third round (one header row shared by two tables, a line of caption | value pairs read as a\nrow, ticked answers along a cause's line, a document-control block's 表单编号, ticks printed as\n(√), names over a sign-off row, words other forms print): 606/634 = 96 % (Excel 306/317, PDF\n300/317), 0 silent. The floors hold what the reader reaches now; a change that\nreads fewer fields right, misreads a field silently or recognises fewer kinds fails here, and\nso does one that takes the read rate under the target (≥ 90 %). ``python bench/holdout_score.py\ntests/holdout2 -v`` prints every field.",
    measured_before_any_fix="main at 0f3bfa6: 365/634 fields right = 58 % (Excel 185/317, PDF 180/317), "
    "14 silent misreads, kind recognised in 22 of 24 files",
    floors=Floors(
        excel=1.0, pdf=1.0, sent_as_pdf=1.0, recognised=24, profile_excel=1.0, silent=0, unlisted_silent=26
    ),
    floors_history=(
        "dev21-ra: 634/634 (the debit memo's letterhead read on its print too, its title printed a little higher) — PDF floor 1.00",
        "HOLDOUT2_FLOOR_EXCEL = 1.00 — 317/317 after dev8-rold (年月日 in one caption); 316/317 after dev5-rexcel (a tick line among captions under lines, a debit memo's letterhead, tax ids by party block); 309/317 after dev4-rrules (a rate from the stated totals, stamps); 306/317 after the shared header rows, caption|value lines and words of the third round; 275/317 after the round's merges; 262/317 after the fixes of issue 10's round (before any fix, 0f3bfa6: 185/317)",
        "HOLDOUT2_FLOOR_PDF = 0.99 — 314/317 after the fifth round's second merges (dev5-rexcel, dev5-rpdf); 309/317 after dev5-rexcel's shared rules; 303/317 after dev4-rrules; 300/317 after the third round; 270/317 after the round's merges; 253/317 after the fixes (before any fix: 180/317)",
        "HOLDOUT2_RECOGNISED_NOW = 24 — of 24 files read without --kind (before: 22, the debit memo not recognised)",
        "HOLDOUT2_SILENT_NOW = 0 — wrong values without an error or warning on their field (before any fix: 14)",
        "sent as PDF only: no such layout in this set (its floor 1.0 holds on nothing)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 36 (26 unwarned) on main's reader, 36 (26 unwarned) after the revision-history mend; HOLDOUT2_UNLISTED_SILENT_NOW = 26 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): team[].role ×8, containment[].action ×6, containment[].owner ×6, team[].dept ×6",
    ),
    shape=_shape2,
    second_copies=0,
    second_sent_as_pdf=0,
    targets=True,
    profiles=False,
    fields=_fields_on_the_template,
    committed=_committed_workbooks,
)

HOLDOUT3 = HoldoutSet(
    name="holdout3",
    about="The third held-out layouts (tests/holdout3) and the reader's score on them.\n\n``tests/holdout2`` has been looked at while the reader was improved; this set was written from\npublic descriptions of real forms without reading the reader's code, and differs from every\nlayout of ``tests/layouts``, ``tests/holdout``, ``tests/holdout2`` and ``../shared/corpus``:\nlong label / value lists, labels above values, values after a full-width colon, a form on its\nsecond sheet, landscape pages with blocks side by side, hidden helper columns, print titles,\nsubtotal / blank / note rows, clerks' dates and digits, Word forms printed by LibreOffice and a\nPDF drawn by a PDF library (those two kinds are sent as PDF only). Its score is the honest\nfigure for layouts nobody tuned the reader on.\n\nMeasured BEFORE any fix (main at 71883d7), 16 layouts, 23 files:\n423/602 fields right = 70 % (Excel 168/237 = 71 %, PDF 255/365 = 70 %: the PDFs printed from\nthe Excel layouts 167/237, the Word and fpdf2 PDFs 88/128 = 69 %), 5 silent misreads (a credit\nmemo's item descriptions read as the line numbers, in the xlsx and its PDF; a sign-off name\nread as the next label 倉管簽收 in a PDF), kind recognised in 23 of 23 files.\nAfter dev3-reader's general rules (a row-number column is no item name, a caption among captions\non a print, ERP notification words, `3-Sep-26`, a red-letter allowance in minus, rows under a\nsubtotal, a date without its year, a V ticked in brackets, names over a sign-off row, words of\nallowances, returns and complaints, a bare No under a yes/no label): 542/602 = 90.0 % (Excel\n225/237, PDF 317/365, the Word and fpdf2 PDFs 92/128), 0 silent misreads, 23 of 23 kinds.\nAfter dev3-reader2's (a numbering column, 以下空白 and notes inside a table, a negative figure\non a credit form, a tick apart from its word on a print, a letterhead's seller): 550/602 = 91 %\n(Excel 228/237, PDF 322/365, the Word and fpdf2 PDFs 94/128), 0 silent, 23 of 23 kinds.\nAfter dev4-rword's (a SCAR's step rows with 負責人：/完成： beside, 一、 headings, a value under its\nbold label in one box, Root Cause over Escape Point with their shares, 開立日期 beside 發票日期,\nERP abbreviations): 580/602 = 96 % (Excel 228/237, PDF 352/365, Word and fpdf2 PDFs 124/128).\n\nThe floors hold what the reader reaches now; a change that reads fewer fields right, misreads\na field silently or recognises fewer kinds fails here, and so does a read rate under the\ntarget (≥ 90 %), reached now — no longer an honest figure for unseen layouts: the next round\nneeds a fourth set. ``python bench/holdout_score.py tests/holdout3 -v``\nprints every field.",
    measured_before_any_fix="main at 71883d7: 423/602 fields right = 70 % (Excel 168/237, PDF 255/365: the "
    "PDFs printed from the Excel layouts 167/237, the Word and fpdf2 PDFs 88/128), 5 silent misreads, "
    "kind recognised in 23 of 23 files",
    floors=Floors(
        excel=1.0, pdf=1.0, sent_as_pdf=1.0, recognised=23, profile_excel=1.0, silent=0, unlisted_silent=0
    ),
    floors_history=(
        "HOLDOUT3_FLOOR_EXCEL = 0.99 — 237/237 after dev5-rexcel (a table's column labelled after the table, 计划完成); 233/237 after the fifth round's merges; 228/237 after the fourth round's; before any fix (71883d7): 168/237",
        "HOLDOUT3_FLOOR_PDF = 0.98 — 361/365 after dev5-rexcel's shared rules; 357/365 after the fifth round's merges (dev4-rword's forms not made in Excel); 322/365 after the fourth round's; before any fix (71883d7): 255/365",
        "HOLDOUT3_FLOOR_SENT_AS_PDF = 0.96 — the Word and fpdf2 layouts: 124/128 now (94/128 before dev4-rword); before any fix: 88/128",
        "HOLDOUT3_RECOGNISED_NOW = 23 — of 23 files read without --kind (before any fix: 23)",
        "HOLDOUT3_SILENT_NOW = 0 — wrong values without an error or warning on their field (before any fix: 5)",
        "-- dev19-ra: 602/602 (审核 on complaint-zh-word is the sales supervisor, as the form's vocabulary and three"
        " other sets have it: the expected file corrected): HOLDOUT3_FLOOR_EXCEL = _PDF = _SENT_AS_PDF = 1.00",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 8 (0 unwarned) on main's reader, 8 (0 unwarned) after the revision-history mend; HOLDOUT3_UNLISTED_SILENT_NOW = 0",
    ),
    shape=_shape3,
    second_copies=0,
    second_sent_as_pdf=0,
    targets=True,
    profiles=False,
    fields=_fields_on_the_template,
    committed=_committed_workbooks,
)


# ------------------------------------------------------------------------------ holdout4 … holdout7
def _shape4(layouts: list[dict]) -> None:
    """Every kind in every script old xls and six forms sent as pdf only."""
    assert len(layouts) >= 16
    assert sum(len(lay["filled"]) for lay in layouts) >= 22
    every_kind_in_every_script(layouts)
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 2 and templates.count(".html") >= 2 and templates.count(".pdf") >= 2
    assert sum(lay["filled"][0].endswith(".xls") for lay in layouts) >= 2


HOLDOUT4 = HoldoutSet(
    name="holdout4",
    about="The fourth held-out layouts (tests/holdout4) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\n``tests/holdout3`` has been looked at while the reader was improved; this set was written from\npublic descriptions of real forms without reading the reader's code, and differs from every\nlayout of ``tests/layouts``, ``tests/holdout``, ``tests/holdout2``, ``tests/holdout3`` and\n``../shared/corpus``: numbered labels, labels to the RIGHT of their values, vertical block\nlabels on a protected sheet, a title only in the page header, items merged over two rows, old\n.xls files, tax ids one digit per box, a total that does not match its lines, drop-down cells,\n``TBD`` / ``见附件`` / ``同上`` / empty fields; and sent as PDF only: customer-portal pages printed\nby Chromium, Word forms with tab-separated paragraphs or nested tables, PDFs drawn by fpdf2 in\ntwo label columns or over two pages with the table header repeated.\n\nMeasured BEFORE any fix (main at 412088f), 17 layouts, 28 files: 388/542 fields right = 72 %\n(Excel 167/215 = 78 %, PDF 221/327 = 68 %: the PDFs printed from the Excel layouts 161/215,\nthe PDFs sent as PDF only 60/112 = 54 %), 4 silent misreads (an 8D's team names read as the\ndepartment ``Quality`` from tab-separated Word lines, twice; a 合计 tax typed by hand read as\nthe sum of the lines, xlsx and PDF), kind recognised in 25 of 28 files, and a value read where\nthe clerk wrote none 4 times (``见附件`` read as the short-term action without a word, twice;\n``TBD``, flagged, twice). With a profile learned on the first copy's Excel file (or its PDF for\na PDF-only layout), the second copies in ``copy2/``: 248/284 = 87 % (Excel 105/112, PDF\n143/172), 2 silent. The list and the failure patterns: tests/holdout4/README.md.\n\nAfter the fifth round's merges (dev4-prof, dev4-rword, dev4-rrules): 502/542 = 93 %, no silent\nmisread, every kind recognised; the issue's targets (90 %, 0 silent) are asserted.\n\nThe floors hold what main reads, just below it; raise them as the reader improves, lower\nthe silent counts. ``python bench/holdout_score.py tests/holdout4 -v`` prints every field,\n``--profiles`` the second copies.\n",
    measured_before_any_fix="Measured BEFORE any fix (main at 412088f), 17 layouts, 28 files: 388/542 fields right = 72 % (Excel 167/215 = 78 %, PDF 221/327 = 68 %: the PDFs printed from the Excel layouts 161/215, the PDFs sent as PDF only 60/112 = 54 %), 4 silent misreads (an 8D's team names read as the department ``Quality`` from tab-separated Word lines, twice; a 合计 tax typed by hand read as the sum of the lines, xlsx and PDF), kind recognised in 25 of 28 files, and a value read where the clerk wrote none 4 times (``见附件`` read as the short-term action without a word, twice; ``TBD``, flagged, twice). With a profile learned on the first copy's Excel file (or its PDF for a PDF-only layout), the second copies in ``copy2/``: 248/284 = 87 % (Excel 105/112, PDF 143/172), 2 silent. The list and the failure patterns: tests/holdout4/README.md.",
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        target=0.9,
        profile_pdf=1.0,
        unlisted_silent=5,
    ),
    floors_history=(
        "-- what main read before any fix (412088f); raise the floors, lower the counts, as the reader improves",
        "HOLDOUT4_FLOOR_EXCEL = 0.99 — 214/215 after dev5-rexcel (team columns by their cells, step tables, D7 lists…); 199/215 after the fifth round's merges; 167/215 before any fix",
        "HOLDOUT4_FLOOR_PDF = 1.0 — 327/327 after dev23-old (8d-zh-protected.pdf's vertical labels printed into each other, untangled); 322/327 before",
        "HOLDOUT4_FLOOR_PDF = 0.97 — 319/327 after the fifth round's second merges (dev5-rexcel, dev5-rpdf); 317/327 after dev5-rexcel's shared rules; 303/327 after the fifth round's merges; 221/327 before any fix",
        "HOLDOUT4_FLOOR_SENT_AS_PDF = 0.99 — portal pages, Word and fpdf2 PDFs: 111/112 now (a portal timestamp read as its date); 110/112 before; 60/112 before any fix",
        "HOLDOUT4_RECOGNISED_NOW = 28 — of 28 files read without --kind (25 before any fix)",
        "HOLDOUT4_SILENT_NOW = 0 — wrong values without an error or warning on their field (4 before any fix)",
        "HOLDOUT4_INVENTED_SILENT_NOW = 0 — a value read without a word where the clerk wrote none (2 before: 见附件)",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout): 279/284 on copy2",
        "after the fifth round's merges (248/284, 2 silent, before any fix), 0 silent",
        "HOLDOUT4_FLOOR_PROFILE_EXCEL = 1.00 — 284/284 (round six: 280/284 before)",
        "HOLDOUT4_PROFILE_SILENT_NOW = 0",
        "-- dev19-ra: 537/542 (主管 beside 填表 on complaint-zht-word-nested is the sales supervisor, DOMAIN 5.1: the"
        " expected file corrected): Excel 215/215, PDF 322/327 = 0.985, sent as PDF 1.00 — floors 1.00 / 0.98 / 1.00",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 172/172: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 117 (5 unwarned) on main's reader, 117 (5 unwarned) after the revision-history mend; HOLDOUT4_UNLISTED_SILENT_NOW = 5 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit ×4, tax_rate ×1",
    ),
    shape=_shape4,
    second_copies=6,
    second_sent_as_pdf=3,
    old_xls=True,
    targets=True,
)


def _shape5(layouts: list[dict]) -> None:
    """Every kind in every script and five forms sent as pdf only."""
    assert len(layouts) >= 14
    assert sum(len(lay["filled"]) for lay in layouts) >= 25
    every_kind_in_every_script(layouts)
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 2 and templates.count(".html") >= 2 and templates.count(".pdf") >= 1
    assert sum(bool(lay.get("absent")) for lay in layouts) >= 3


def _habits5(held: HoldoutSet) -> set[str]:
    """Hidden rows, columns and sheets with stale values, comments, several sheets, a workbook
    that opens on another sheet than the form, landscape, 民國 number formats, full-width
    digits: each in at least one filled workbook."""
    seen: set[str] = set()
    for p in held.expected:
        rel = load(p)["filled"][0]
        if not rel.endswith(".xlsx"):
            continue
        wb = load_workbook(held.home / rel)
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
    return seen


HOLDOUT5 = HoldoutSet(
    name="holdout5",
    about="The fifth held-out layouts (tests/holdout5) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\n``tests/holdout4`` has been looked at while the reader was improved; this set was written from\npublic descriptions of real forms without reading the reader's code, and differs from every\nlayout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout4`` and ``../shared/corpus``:\nvalues typed in the label's cell after a colon, full-width digits and spaces, 民國 date serials,\na cover sheet, an instructions sheet the workbook opens on, hidden drop-down list sheets, hidden\nrows / columns / lines with stale values, cell comments, continuation sheets, two forms side by\nside in landscape, ``¥`` / ``NT$`` / ``US$`` amounts, ☑ ■ √ [X] marks; and sent as PDF only:\nWord forms with ``标签：值`` cells or a table over two pages with its header repeated, portal\npages printed by Chromium (a fieldset per 8D discipline; a landscape 客訴通知), an ERP credit\nmemo drawn by fpdf2 with German number formats.\n\nMeasured BEFORE any fix (main at 63c5932), 16 layouts, 27 files: 400/590 fields right = 68 %\n(Excel 165/248 = 67 %, PDF 235/342 = 69 %: the PDFs printed from the Excel layouts 181/248,\nthe PDFs sent as PDF only 54/94 = 57 %), 5 silent misreads, kind recognised in 24 of 27 files,\nno value read where the clerk wrote none. With a profile learned on the first copy's Excel file\n(or its PDF for a PDF-only layout), the second copies in ``copy2/``: 193/230 = 84 % (Excel\n93/93, PDF 100/137), 1 silent. The list and the failure patterns: tests/holdout5/README.md.\n\nThe floors hold what main reads, just below it; raise them as the reader improves, lower\nthe silent counts. ``python bench/holdout_score.py tests/holdout5 -v`` prints every field,\n``--profiles`` the second copies.\n",
    measured_before_any_fix="Measured BEFORE any fix (main at 63c5932), 16 layouts, 27 files: 400/590 fields right = 68 % (Excel 165/248 = 67 %, PDF 235/342 = 69 %: the PDFs printed from the Excel layouts 181/248, the PDFs sent as PDF only 54/94 = 57 %), 5 silent misreads, kind recognised in 24 of 27 files, no value read where the clerk wrote none. With a profile learned on the first copy's Excel file (or its PDF for a PDF-only layout), the second copies in ``copy2/``: 193/230 = 84 % (Excel 93/93, PDF 100/137), 1 silent. The list and the failure patterns: tests/holdout5/README.md.",
    floors=Floors(
        excel=0.99,
        pdf=0.99,
        sent_as_pdf=1.0,
        recognised=27,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        target=0.9,
        profile_pdf=1.0,
        unlisted_silent=165,
    ),
    floors_history=(
        "-- what main read before any fix (63c5932); raise the floors, lower the counts, as the reader improves",
        "HOLDOUT5_FLOOR_EXCEL = 0.99 — 165/248 before any fix; 218/248 after the first fixes; 230/248 (dev5-rh5b); 246/248 (round six)",
        "HOLDOUT5_FLOOR_PDF = 0.98 — 235/342 before any fix; 272/342 after the first fixes; 294/342 (dev5-rh5b); 313/342 (dev5-rh5c); 337/342 (round six); 340/342 (dev18-rc: 品質工程師 reports)",
        "sent as PDF (Word, portal pages and the fpdf2 memo): 54/94 before any fix; 64/94 (dev5-rh5b); 83/94 (dev5-rh5c);",
        "91/94 (round six); 92/94 dev8-rold (不良類別 by its head noun)",
        "HOLDOUT5_FLOOR_SENT_AS_PDF = 0.97",
        "HOLDOUT5_RECOGNISED_NOW = 27 — of 27 files read without --kind (24 before the ERP list export, 26 before the portal 8D)",
        "HOLDOUT5_SILENT_NOW = 0 — wrong values without an error or warning on their field (5 before any fix)",
        "HOLDOUT5_INVENTED_SILENT_NOW = 0 — a value read without a word where the clerk wrote none",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout): 193/230 on copy2, 1 silent",
        "HOLDOUT5_FLOOR_PROFILE_EXCEL = 1.00 — 205/230 (dev5-rh5b); 223/230 (dev5-rh5c); 230/230 (round six)",
        "HOLDOUT5_PROFILE_SILENT_NOW = 0 — 1 before any fix",
        "the issue's targets: 68 %, 5 silent before any fix; 543/590 = 92 %, 0 silent (dev5-rh5c)",
        "-- dev19-ra: 588/590 (主管 under 填表人 on complaint-zht-minguo-continued is the sales supervisor, DOMAIN 5.1:"
        " the expected file corrected): Excel 0.996, PDF 0.997, sent as PDF 94/94 — HOLDOUT5_FLOOR_SENT_AS_PDF = 1.00",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 137/137: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 173 (165 unwarned) on main's reader, 173 (165 unwarned) after the revision-history mend; HOLDOUT5_UNLISTED_SILENT_NOW = 165 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].part_no ×41, items[].part_name ×41, items[].unit ×41, items[].qty_returned ×41, tax_rate ×1",
    ),
    shape=_shape5,
    habits=_habits5,
    habits_wanted=frozenset(
        {
            "3 sheets",
            "hidden sheet",
            "hidden row",
            "hidden column",
            "landscape",
            "comment",
            "民國 format",
            "full-width digits",
            "opens on another sheet",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=2,
    targets=True,
)


def _shape6(layouts: list[dict]) -> None:
    """Every kind in every script and four forms sent as pdf only."""
    assert len(layouts) >= 15
    assert sum(len(lay["filled"]) for lay in layouts) >= 25
    every_kind_in_every_script(layouts)
    templates = [Path(lay["template"]).suffix for lay in layouts]
    assert templates.count(".docx") >= 1 and templates.count(".html") >= 2 and templates.count(".pdf") >= 1
    assert sum(bool(lay.get("absent")) for lay in layouts) >= 3


def _habits6(held: HoldoutSet) -> set[str]:
    """Dates in every common shape (serials with a custom format, ROC years typed as text),
    quantities in K / 千 / 万, ``元`` number formats, percent cells, tick marks, ``/`` in empty
    fields, merged cells, a workbook that opens on another sheet than the form: each in at
    least one filled workbook."""
    seen: set[str] = set()
    for p in held.expected:
        rel = load(p)["filled"][0]
        if not rel.endswith(".xlsx"):
            continue
        wb = load_workbook(held.home / rel)
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
    return seen


HOLDOUT6 = HoldoutSet(
    name="holdout6",
    about="The sixth held-out layouts (tests/holdout6) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\n``tests/holdout5`` has been looked at while the reader was improved; this set was written from\npublic descriptions of real forms without reading the reader's code, and differs from every\nlayout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout5`` and ``../shared/corpus``:\nbilingual bracketed labels, a Bosch-style supplier 8D, a 供应商8D改善报告 with a two-row stock\nheader, a Japanese 是正処置報告書, an RMA in 千个, ROC dates typed as text (``115/03/05``,\n``115年3月18日``, ``115.02.26``), serials shown ``05-Mar-2026`` / ``2026年9月8日`` / ``5-Mar-26``,\n``#,##0.00\"元\"`` formats, ``12K`` / ``1.2万`` / ``3.6千個``, ``(V)`` / ✔ / ■ / ◉ marks, sign-off boxes\nwith names, a workbook opening on its revision history, ``/`` in unused lines; and sent as PDF\nonly: a Word 客户投诉单 with names under the roles, a customer's SCAR page and a 退貨申請 portal page\nprinted by Chromium, a boxed credit note drawn by fpdf2.\n\nMeasured BEFORE any fix (main at ea01897), 16 layouts, 28 files: 532/631 fields right = 84.3 %\n(Excel 235/278 = 84.5 %, PDF 297/353 = 84.1 %: the PDFs printed from the Excel layouts 235/278,\nthe PDFs sent as PDF only 62/75 = 82.7 %), 9 silent misreads, kind recognised in 28 of 28 files,\na value read where the clerk wrote ``/`` twice (silent). With a profile learned on the first\ncopy's Excel file (or its PDF for a PDF-only layout), the second copies in ``copy2/``: 209/233 =\n89.7 %, 14 silent. The list and the failure patterns: tests/holdout6/README.md.\n\nThe floors hold what main reads, just below it; raise them as the reader improves, lower the\nsilent counts. ``python bench/holdout_score.py tests/holdout6 -v`` prints every field,\n``--profiles`` the second copies.\n",
    measured_before_any_fix="8d-en-bosch-style (xlsx, PDF): D3 line 2 'Clean point: …' dropped, the list one line short; allowance-en-fpdf-boxed.pdf: buyer read as the next box's caption and value; return-zh-rma-thousands (xlsx, PDF): quantities under 数量(千个) read as pieces, 3 each; and 2 invented: return-zht-roc-text (xlsx, PDF) an unused line of '/' read as item 3",
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        target=0.9,
        profile_pdf=1.0,
        unlisted_silent=16,
    ),
    floors_history=(
        "-- what main read before any fix (ea01897); raise the floors, lower the counts, as the reader improves",
        "HOLDOUT6_FLOOR_EXCEL = 1.00 — 235/278 before any fix; 256/278 after the first fixes; 278/278 round six merged",
        "PDF: 297/353 before any fix; 321/353 after; 352/353 round six merged; 353/353 dev8-rold",
        "HOLDOUT6_FLOOR_PDF = 1.00",
        "Word, portal pages and the fpdf2 credit note: 62/75 before any fix; 65/75 after",
        "HOLDOUT6_FLOOR_SENT_AS_PDF = 1.00 — 74/75 round six merged; 75/75 dev8-rold (处理意见 written out)",
        "HOLDOUT6_RECOGNISED_NOW = 28 — of 28 files read without --kind",
        "HOLDOUT6_SILENT_NOW = 0 — wrong values without an error or warning on their field (9 before any fix)",
        "HOLDOUT6_INVENTED_SILENT_NOW = 0 — 2 before any fix: ``/`` in an unused item line read as a line's part no.",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout): 209/233 on copy2, 14 silent",
        "before any fix; 225/233, 0 silent once a group header's unit (数量(千个) over 申请 | 实收) is learned",
        "HOLDOUT6_FLOOR_PROFILE_EXCEL = 1.00 — 232/233 round six merged; 233/233 round seven (a label wrapped over lines)",
        "HOLDOUT6_PROFILE_SILENT_NOW = 0",
        "the issue's targets: 84.3 % before any fix (532/631); 577/631 = 91.4 % after the first fixes; 0 silent reached",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 128/128: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 26 (20 unwarned) on main's reader, 18 (16 unwarned) after the revision-history mend; HOLDOUT6_UNLISTED_SILENT_NOW = 16 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit ×6, containment[].owner ×4, tax_rate ×3, items[].unit_price ×2, total_in_words ×1",
    ),
    shape=_shape6,
    habits=_habits6,
    habits_wanted=frozenset(
        {
            "merged cells",
            "date serial in a custom format",
            "元 number format",
            "percent cell",
            "ROC date typed",
            "K / 千 / 万 quantity",
            "tick marks",
            "slash in an empty field",
            "opens on another sheet",
        }
    ),
    second_copies=5,
    second_sent_as_pdf=1,
    targets=True,
)


def _shape_of(
    *, layouts: int, filled: int, sent_as_pdf: int, absent: int, templates: frozenset[str] = frozenset()
) -> Callable[[list[dict]], None]:
    """A set's shape check: every kind in every script, at least ``layouts`` layouts with
    ``filled`` filled files, ``sent_as_pdf`` forms whose template is no workbook (of each kind
    of ``templates``: ``.docx``, ``.html``, ``.pdf``), ``absent`` layouts with fields left empty."""

    def shape(found: list[dict]) -> None:
        assert len(found) >= layouts
        assert sum(len(lay["filled"]) for lay in found) >= filled
        every_kind_in_every_script(found)
        suffixes = [Path(lay["template"]).suffix for lay in found]
        assert sum(t != ".xlsx" for t in suffixes) >= sent_as_pdf
        assert templates <= set(suffixes)
        assert sum(bool(lay.get("absent")) for lay in found) >= absent

    return shape


# the shape of holdout7 … holdout10: every kind in every script and four forms sent as PDF only
_SHAPE7 = _shape_of(
    layouts=16, filled=28, sent_as_pdf=4, absent=3, templates=frozenset({".docx", ".html", ".pdf"})
)
_SHAPE9 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=3)


def _habits7(held: HoldoutSet) -> set[str]:
    """Each habit in at least one filled workbook: label and value in one cell after a
    full-width colon, a label written vertically, one option per cell, a date serial in a
    General cell, a 中華民國 date, full-width digits, a currency prefix, a credit in parentheses,
    a formula with its cached value, a hidden sheet, a print area, a manual page break with
    print titles, a landscape page, the form's details on a second sheet."""
    seen: set[str] = set()
    for p in held.expected:
        exp = load(p)
        rel = exp["filled"][0]
        if not rel.endswith(".xlsx"):
            continue
        book = held.home / rel
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
    return seen


HOLDOUT7 = HoldoutSet(
    name="holdout7",
    about="The seventh held-out layouts (tests/holdout7) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\nWritten from public descriptions of real forms without reading the reader's code; differs from\nevery layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout6`` and ``../shared/corpus``:\nlabel and value in one cell after a full-width colon, one option per cell (``☑退货 | ☐换货 | … |\n其他：____``, ``X`` under option headers), labels written vertically, a spacer column, a print area\nleaving out a helper column, a hidden sheet of stale values, 8D D1…D8 across the columns, the 8D\ndetails on a second sheet, an item table running onto a second printed page (header repeated),\nformulas with cached values, date serials in General cells, ``中華民國115年3月5日``, ``2026.3.5``,\nan ROC date over 年 / 月 / 日 columns, full-width digits, ``RMB`` / ``NT$`` / ``US$`` prefixes, credits\nin parentheses, a 大写 amount; sent as PDF only: a landscape Word 客户投诉处理单, a Taiwanese 8D\npage whose containment table runs onto page two, an fpdf2 return note stored with ``/Rotate 90``, the statutory\n營業人銷貨退回進貨退出或折讓證明單 as a portal page; and two odd files (a scan without a text layer,\na truncated PDF) that must give a clear error.\n\nMeasured BEFORE any fix (main at 41162f6), 16 layouts, 28 files: 492/596 fields right = 82.6 %\n(Excel 223/249 = 89.6 %, PDF 269/347 = 77.5 %: printed from the Excel layouts 217/249, sent as\nPDF only 52/98 = 53.1 %), 5 silent misreads, kind recognised in 28 of 28 files, no value invented\nsilently. Profiles learned on the first copy's Excel (or PDF) file, read on ``copy2/``: 236/293\n= 80.5 %, 4 silent. The list and the failure patterns: tests/holdout7/README.md.\n\nThe floors hold what main reads, just below it; raise them as the reader improves, lower the\nsilent counts. ``python bench/holdout_score.py tests/holdout7 -v`` prints every field,\n``--profiles`` the second copies.\n",
    measured_before_any_fix="complaint-zh-onecell-colon (xlsx, PDF): options one per cell, only the first ☑ read; return-en-rma-landscape (xlsx, PDF): X marks under option headers read as rework; 8d-en-detail-sheet.pdf: D4 Occurrence cut at its wrapped line",
    floors=Floors(
        excel=1.0,
        pdf=0.97,
        sent_as_pdf=0.98,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        target=0.9,
        profile_pdf=1.0,
        unlisted_silent=24,
    ),
    floors_history=(
        "-- what main read before any fix (41162f6); raise the floors, lower the counts, as the reader improves",
        "HOLDOUT7_FLOOR_EXCEL = 1.00 — 223/249 before any fix; 232/249 after dev7-rh7a; 246/249 round seven merged;",
        "249/249 after dev8-rold (D6 outcome as the result, D7 text without deployment as lessons learned)",
        "PDF: 269/347 before any fix; 323/347 after dev7-rh7a; 337/347 round seven merged; 340/347 dev8-rold",
        "HOLDOUT7_FLOOR_PDF = 0.97",
        "sent as PDF only (Word, two portal pages, fpdf2 /Rotate 90): 52/98 before any fix, 96/98 after dev7-rh7a,",
        "97/98 round seven merged",
        "HOLDOUT7_FLOOR_SENT_AS_PDF = 0.98",
        "HOLDOUT7_RECOGNISED_NOW = 28 — of 28 files read without --kind",
        "HOLDOUT7_SILENT_NOW = 0 — wrong values without an error or warning on their field (5 before any fix)",
        "HOLDOUT7_INVENTED_SILENT_NOW = 0 — 2 invented before any fix, both flagged",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout): 291/293 on copy2 after dev7-rh7a, 0 silent",
        "(236/293, 4 silent before any fix)",
        "HOLDOUT7_FLOOR_PROFILE_EXCEL = 1.00 — 293/293 after dev8-rold (a date typed as a day count learned)",
        "HOLDOUT7_PROFILE_SILENT_NOW = 0",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 172/172: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 26 (24 unwarned) on main's reader, 26 (24 unwarned) after the revision-history mend; HOLDOUT7_UNLISTED_SILENT_NOW = 24 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit ×20, team[].role ×2, tax_rate ×2",
    ),
    shape=_SHAPE7,
    habits=_habits7,
    habits_wanted=frozenset(
        {
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
        }
    ),
    second_copies=5,
    second_sent_as_pdf=1,
    # A scan without a text layer, a PDF cut off in the download: no record, with or without ``--kind``, and an error that says why.
    odd_kinds=(None, "complaint"),
    targets=True,  # 90 % and 0 silent since the round after it was written
)


# ------------------------------------------------------------------------------ holdout8
def _habits8_of_a_cell(c, seen: set[str]) -> None:
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


def _habits_of_books(
    of_a_book: Callable[[Path, Any, set[str]], None], **options: bool
) -> Callable[[HoldoutSet], set[str]]:
    """A set's habits check: the habits ``of_a_book`` finds in the first filled workbook of
    each Excel layout (opened with ``options``), each in at least one of them."""

    def habits(held: HoldoutSet) -> set[str]:
        seen: set[str] = set()
        for exp, wb in _filled_workbooks(held, **options):
            of_a_book(held.home / exp["filled"][0], wb, seen)
        return seen

    return habits


def _habits8_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """Wingdings marks in rich-text runs, Wingdings 2 boxes, form-control check boxes and their
    linked cells, part of a cell bold, a rotated label, shrink to fit, English dates, two-digit
    years, numbers with separators and units, percentages, a decimal comma, the tax rate in a
    label, images (logo, QR code), two filled forms in one workbook."""
    filled_sheets = 0
    for ws in wb.worksheets:
        if len(ws._images) >= 2:
            seen.add("logo and QR code")
        filled_sheets += sum(1 for row in ws.iter_rows() for c in row if c.value not in (None, "")) > 20
        for row in ws.iter_rows():
            for c in row:
                _habits8_of_a_cell(c, seen)
    with zipfile.ZipFile(book) as z:
        if any(n.endswith(".vml") and b'ObjectType="Checkbox"' in z.read(n) for n in z.namelist()):
            seen.add("form-control check box")
    if filled_sheets >= 2 and wb.worksheets.index(wb.active) == 0:
        seen.add("two filled forms, the active one first")


# ------------------------------------------------------------------------------ holdout9
_TEXT_HABITS = {
    "weekday typed": r"20\d\d/\d\d/\d\d\([一二三四五六日]\)",
    "cartons × count": r"\d+箱×\d+=[\d,]+",
    "negative in brackets": r"\(\d{1,3}(,\d{3})*\.\d\d\)",
    "negative with a minus": r"-\d{1,3}(,\d{3})*\.\d\d",
    "unit of thousands in a label": r".*(KPCS|万pcs|千元).*",
}


def _habits_of_a_sheet(ws, seen: set[str]) -> None:
    """The habits one sheet shows: number formats, date-time cells, hidden rows and columns,
    typed patterns."""
    if any(d.hidden for d in ws.row_dimensions.values()):
        seen.add("hidden rows")
    if any(d.hidden for d in ws.column_dimensions.values()):
        seen.add("hidden column")
    for row in ws.iter_rows():
        for c in row:
            v, fmt = c.value, c.number_format or ""
            if "DBNum1" in fmt:
                seen.add("[DBNum1] date format")
            if fmt == "dd.mm.yyyy":
                seen.add("dd.mm.yyyy date cell")
            if isinstance(v, dt.datetime) and (v.hour or v.minute):
                seen.add("date-time cell")
            if isinstance(v, str):
                seen.update(h for h, p in _TEXT_HABITS.items() if re.fullmatch(p, v))
                if re.fullmatch(r"Line \d", v):
                    seen.add("items as columns")


def _habits9_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits of each sheet (the PDF-only habits are checked by their expected files: the
    underscores, the white example row, the two-part page)."""
    for ws in wb.worksheets:
        _habits_of_a_sheet(ws, seen)


# ------------------------------------------------------------------------------ the sets
HOLDOUT8 = HoldoutSet(
    name="holdout8",
    about="The eighth held-out layouts (tests/holdout8) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\nWritten from public descriptions of real forms without reading the reader's code; differs from\nevery layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout7`` and ``../shared/corpus``:\ncheck marks typed as Wingdings / Wingdings 2 characters (``þ`` / ``¨``, ``R`` / ``£``), Excel\nform-control check boxes (VML) with their linked cells (``TRUE`` / ``FALSE``), rich text with part of a cell bold,\nsection labels rotated 90°, shrink-to-fit, labels split over two rows, header bands (the value\nunder its label), English dates (``Mar 5, 2026``, ``05-Mar-26``, ``5th March 2026``), two-digit\nyears (``26/3/5``), ``12,000 PCS`` / ``1,000件`` / ``5套``, percentages, a decimal comma\n(``1.250,00``), two filled forms in one workbook, a logo and a QR code, sign-off tables, an 8D\nwhose D-steps are table rows, 未税 / 税额 / 含税 with the rate in the label; sent as PDF only: a\nWord 8D of content controls, a portal 退货申请单 printed by Chromium, an fpdf2 complaint drawn one\ncharacter at a time, an fpdf2 折让证明单 in two columns of labels; two odd files (an encrypted PDF,\na screenshot pasted into a workbook) that must give a clear error.\n\nMeasured BEFORE any fix (main at 05c8f8e): see ``MEASURED_BEFORE_ANY_FIX`` and\ntests/holdout8/README.md (the failure patterns). The floors hold what main reads, just below\nit; raise them as the reader improves, lower the silent counts. ``python bench/holdout_score.py\ntests/holdout8 -v`` prints every field, ``--profiles`` the second copies.\n",
    measured_before_any_fix=(
        "453/564 = 80.3 % (Excel 198/244, PDF 255/320: printed from Excel 198/244, sent as PDF only 57/76), "
        "13 silent: two-digit years 26/2/27 · 26/3/18 · 26/4/11 · 26/3/23 read day first "
        "(complaint-zh-wingdings, allowance-zh-taxsplit, return-zh-twosheets, xlsx and PDF; "
        "allowance-zh-fpdf-twocol), the Credit Memo's Item code read as the line's name (×4), "
        "complaint-zht-formcontrols.pdf's check-box fields ignored and the first option word taken, the "
        "letters of complaint-en-fpdf-chars read as 'W h i r l p o o l'; kinds 27 of 28; profiles "
        "245/300, 11 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.99,
        sent_as_pdf=0.99,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=4,
    ),
    floors_history=(
        "-- what main read before any fix (05c8f8e); raise the floors, lower the counts, as the reader improves",
        "HOLDOUT8_FLOOR_EXCEL = 1.00, HOLDOUT8_FLOOR_PDF = 0.99 — Excel 244/244, PDF 317/320 (dev20-ra: the 8d-zh-steptable D6 效果验证 text expected as the implementation's result, DOMAIN §5.2, no longer its action)",
        "before any fix Excel 198/244 = 81.1 %, PDF 255/320 = 79.7 %, sent as PDF only 57/76 = 75.0 %",
        "round eight merged (dev8-rh8a, rh8b, rh8c): Excel 242/244, PDF 314/320, sent as PDF only 75/76",
        "round nine (dev9-rold: Customer SQE approved | Date, the portal's RMA单号): Excel 243/244, PDF",
        "316/320, sent as PDF only 76/76",
        "HOLDOUT8_FLOOR_EXCEL = 0.99",
        "HOLDOUT8_FLOOR_PDF = 0.98",
        "HOLDOUT8_FLOOR_SENT_AS_PDF = 0.99 — Word content controls, portal page, two fpdf2 pages",
        "HOLDOUT8_RECOGNISED_NOW = 28 — of 28 read without --kind (27 before any fix)",
        "HOLDOUT8_SILENT_NOW = 0 — wrong values without an error or warning on their field (13 before any fix)",
        "HOLDOUT8_INVENTED_SILENT_NOW = 0 — 2 invented before any fix, both flagged",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 245/300 = 81.7 %",
        "(Excel 111/136, PDF 134/164), 11 silent before any fix",
        "HOLDOUT8_FLOOR_PROFILE_EXCEL = 0.99 — 290/300 round eight merged; 298/300 round nine (step lines grown)",
        "HOLDOUT8_PROFILE_SILENT_NOW = 0",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 162/164: FLOOR_PROFILE_PDF = 0.987",
        "dev21-rp: HOLDOUT8_FLOOR_PROFILE_EXCEL = 1.0 — 300/300: the Wingdings cell learned as a line of tick boxes,",
        "read on the print that lost the font; learned on the print 162/164 (the codes alone, in DejaVu: not read)",
        "round 32 (profiles32): profiles learned on Excel 300/300, on the PDFs 164/164, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 7 (4 unwarned) on main's reader, 7 (4 unwarned) after the revision-history mend; HOLDOUT8_UNLISTED_SILENT_NOW = 4 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit ×4",
    ),
    shape=_SHAPE7,
    habits=_habits_of_books(_habits8_of_a_book, rich_text=True),
    habits_wanted=frozenset(
        {
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
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a PDF locked with an open password, a workbook holding only a pasted screenshot of the form
    odd_kinds=(None, "complaint", "allowance"),
    targets=True,  # 90 % and 0 silent since the round after it was written
)

HOLDOUT9 = HoldoutSet(
    name="holdout9",
    about="The ninth held-out layouts (tests/holdout9) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\nWritten from public descriptions of real forms without reading the reader's code; differs from\nevery layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout8`` and ``../shared/corpus``:\ndates shown in Chinese numerals by a ``[DBNum1]`` number format, date-time cells\n(``2026-03-05 14:32``), dates typed with the weekday (``2026/03/05(四)``), ``dd.mm.yyyy`` date\ncells, quantities in thousands / ten-thousands by the column's unit (``Qty (KPCS)``,\n``数量(万pcs)``) and amounts in ``千元``, cartons × count (``20箱×500=10,000``), negative credits\n(``(1,250.00)``, ``-162.50``), items as columns, 8D disciplines as columns, attachments lists\nwith dates, a 5-Why chain, hidden rows / a hidden column of template examples, a vertical\n項目 | 內容 list; sent as PDF only (fpdf2): values typed over underscores with a red seal drawn in\ntext, a numbered-section 8D, an example row in white text, a two-part certificate printed twice\non one page; two odd files (a blank template sent back, a truncated PDF).\n\nMeasured BEFORE any fix (main at 802d457): see ``MEASURED_BEFORE_ANY_FIX`` and\ntests/holdout9/README.md (the failure patterns). The floors hold what main reads, just below\nit; raise them as the reader improves, lower the silent counts. ``python bench/holdout_score.py\ntests/holdout9 -v`` prints every field, ``--profiles`` the second copies.\n",
    measured_before_any_fix=(
        "395/472 = 83.7 % (Excel 182/207, PDF 213/265: printed from Excel 178/207, sent as PDF only 35/58), "
        "16 silent: values typed over underscores read with them ('___TS-2603-041___' ×5) and the red "
        "seal's words glued to 原因分析 (complaint-zh-fpdf-underline.pdf), the white example row of "
        "return-en-fpdf-white.pdf read as item 1 and every real line shifted down one (×10); kinds 28 of "
        "28; invented 2 (both flagged); odd files: the truncated PDF a clear error, the blank template "
        "a record with errors; profiles 210/234, 5 silent (the underscores again)"
    ),
    floors=Floors(
        excel=0.99,
        pdf=0.99,
        sent_as_pdf=0.98,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=6,
    ),
    floors_history=(
        "-- what main read before any fix (802d457); raise the floors, lower the counts, as the reader improves",
        "before any fix Excel 182/207 = 87.9 %, PDF 213/265 = 80.4 %, sent as PDF only 35/58 = 60.3 %;",
        "after the ninth round's three fixers (labels and numbered 8D sections; unprinted text,",
        "underscores, seals, Chinese-numeral dates; log entries, packages × count, lines and 8D steps as",
        'columns): see the README\'s "After the fixes"',
        "HOLDOUT9_FLOOR_EXCEL = 0.99 — dev9-rh9d: 207/207",
        "HOLDOUT9_FLOOR_PDF = 0.99 — dev9-rh9d: 264/265 (a date printed ### by its narrow column)",
        "HOLDOUT9_FLOOR_SENT_AS_PDF = 0.98 — four fpdf2 pages, 58/58 after dev9-rh9d",
        "HOLDOUT9_RECOGNISED_NOW = 28 — of 28 read without --kind",
        "HOLDOUT9_SILENT_NOW = 0 — wrong values without an error or warning on their field (16 before any fix)",
        "HOLDOUT9_INVENTED_SILENT_NOW = 0 — 2 invented before any fix, both flagged",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 210/234 = 89.7 %",
        "(Excel 106/112, PDF 104/122), 5 silent before any fix",
        "HOLDOUT9_FLOOR_PROFILE_EXCEL = 0.99 — dev9-rh9d: 234/234 (lines as columns grow to the right)",
        "HOLDOUT9_PROFILE_SILENT_NOW = 0 — 5 before any fix",
        "odd files that still give a record (with errors) instead of none: the blank template sent back",
        'HOLDOUT9_ODD_WITH_A_RECORD_NOW: set[str] = set() — dev9-rh9a: the blank template is "the form is empty"',
        "dev20-rp: learned on the first copy's print, read on copy2's prints 122/122: FLOOR_PROFILE_PDF = 1.0",
        "round 32 (profiles32): profiles learned on Excel 234/234, on the PDFs 122/122, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 12 (6 unwarned) on main's reader, 12 (6 unwarned) after the revision-history mend; HOLDOUT9_UNLISTED_SILENT_NOW = 6 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit_price ×4, team[].role ×2",
    ),
    shape=_SHAPE9,
    habits=_habits_of_books(_habits9_of_a_book),
    habits_wanted=frozenset(
        {
            "[DBNum1] date format",
            "dd.mm.yyyy date cell",
            "date-time cell",
            "hidden rows",
            "hidden column",
            "items as columns",
            *_TEXT_HABITS,
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a PDF cut off in transfer, the blank template sent back ("the form is empty")
    odd_kinds=(None, "8d", "return"),
    odd_with_a_record=frozenset(),  # dev9-rh9a: the blank template is "the form is empty"
    targets=True,  # 90 % and 0 silent since the round after it was written
)


# ------------------------------------------------------------------------------ holdout10
_TEXT_HABITS10 = {
    "Swiss thousands apostrophe": r"\d{1,3}('\d{3})+\.\d\d",
    "name / department": r"[\u4e00-\u9fff]{2,3}/[\u4e00-\u9fff]{2,4}(\(.*\))?",
    "name (function)": r"[A-Z][\w.]* [A-Z]\w+ \((QA|Finance)\)",
    "e-mail": r"[\w.]+@[\w.-]+\.\w+",
    "numbered points on lines": r"1、.*\n2、(.|\n)*",
    "N/A": r"N/A",
}


def _habits10_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: struck-through corrections, apostrophe-typed text,
    eight-digit date numbers, a form far from A1, text boxes, Excel tables, typed patterns (the
    PDF-only habits are checked by their expected files and the printed-text check: the e-mail,
    page 2, the out-of-register values)."""
    if shapes_text(book):
        seen.add("text box")
    for ws in wb.worksheets:
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
                    seen.update(h for h, p in _TEXT_HABITS10.items() if re.fullmatch(p, v))


def _committed_with_odd(held: HoldoutSet, written_to: Path) -> None:
    """The generator's files as every set's, and its odd files too, byte for byte (holdout10:
    the CSV renamed ``.xlsx``, the form in one text box; holdout11: the Word document renamed
    ``.xlsx``, the workbook cut short; holdout12: the .ods renamed ``.xlsx``, the HTML export
    named ``.xlsx``; holdout13: the lock file, the empty placeholder)."""
    check_written_files_are_the_committed_ones(held.home, held.expected, written_to)
    for p in held.odd:
        name = load(p)["file"]
        assert (written_to / "odd" / name).read_bytes() == (held.home / "odd" / name).read_bytes(), name


HOLDOUT10 = HoldoutSet(
    name="holdout10",
    about="The tenth held-out layouts (tests/holdout10) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\nWritten from public descriptions of real forms without reading the reader's code; differs from\nevery layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout9`` and ``../shared/corpus``:\ncorrections kept struck through before the new value (rich text), numbers and codes typed with a\nleading apostrophe (stored as text), dates typed as eight-digit numbers (``20260305``), the form\nplaced far from A1 beside the company logo, values typed in a text box over the grid, item lists\nmade Excel tables (ListObject), names with the department or role after them (``王强/品保部``,\n``Li Ming (QA)``), e-mail and phone cells beside dates and quantities, Swiss thousands\napostrophes (``1'250.50``), ``N/A`` in fields that do not apply, numbered points on separate lines\nof one cell; sent as PDF only: a complaint received as a forwarded e-mail (Chromium), an 8D\ncontinued on page 2 under a running header, a 退貨單 printed out of register on continuous\nstationery, a credit note with ``USD`` amounts and ``SAY … ONLY`` words (fpdf2); two odd files (a\nCSV export renamed ``.xlsx``, a workbook whose form is one text box).\n\nMeasured BEFORE any fix: see ``MEASURED_BEFORE_ANY_FIX`` and tests/holdout10/README.md (the\nfailure patterns). The floors hold what main reads, just below it; raise them as the reader\nimproves, lower the silent counts. ``python bench/holdout_score.py tests/holdout10 -v`` prints\nevery field, ``--profiles`` the second copies.\n",
    measured_before_any_fix=(
        "392/478 = 82.0 % (Excel 171/212, PDF 221/266: printed from Excel 171/212, sent as PDF only 50/54), "
        "7 silent: a name with its department or role after it kept whole ('周立新/质量总监', '吳國華/品保經理', "
        "'张伟/品管部', xlsx and PDF: 6) and numbered points cut to their first two lines "
        "(complaint-zh-strike.pdf 改善对策); kinds 28 of 28; invented 0; odd files: both a clear error, no "
        "record; profiles 181/212, 11 silent (the names with departments again)"
    ),
    floors=Floors(
        excel=0.99,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=10,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix Excel 171/212 = 80.7 %, PDF 221/266 = 83.1 %, sent as PDF only 50/54 = 92.6 %",
        "HOLDOUT10_FLOOR_EXCEL = 0.92 — 171/212 before any fix; 190/212 with names/departments split (dev10-rh10a);",
        "197/212 with struck runs and Swiss amounts (dev10-rh10c); text boxes and labels (dev10-rh10b): see below",
        "HOLDOUT10_FLOOR_PDF = 0.94 — 221/266 before any fix; 242/266 with names/departments and numbered lines;",
        "251/266 with PDF strikes and Swiss amounts (dev10-rh10c)",
        "HOLDOUT10_FLOOR_EXCEL/PDF = 0.99 — 210/212 and 263/266 at the eighteenth round's start; 212/212 and 265/266",
        "with short labels read by what stands beside them (Received | date, Item beside Item No.) (dev18-rc)",
        "HOLDOUT10_FLOOR_SENT_AS_PDF = 0.98 — the four PDF-only files: 50/54 before any fix; 53/54 (dev10-rh10b)",
        "HOLDOUT10_RECOGNISED_NOW = 28 — of 28 read without --kind",
        "HOLDOUT10_SILENT_NOW = 0 — wrong values without an error or warning on their field (7 before any fix)",
        "HOLDOUT10_INVENTED_SILENT_NOW = 0 — 0 before any fix (5 absent fields: N/A ×4, one left empty)",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 181/212 = 85.4 %",
        "(Excel 84/99, PDF 97/113), 11 silent before any fix; learned on the PDFs: 97/113, 5 silent",
        "HOLDOUT10_FLOOR_PROFILE_EXCEL = 0.98 — 199/212 with names split; 208/212 with strikes, Swiss amounts",
        "HOLDOUT10_FLOOR_PROFILE_EXCEL = 1.0 — 212/212 (dev12-rleft: struck runs and a label's rate read by profiles)",
        "HOLDOUT10_PROFILE_SILENT_NOW = 0 — 11 before any fix",
        "dev18-rp: learned on the PDFs 113/113 (111/113: a struck quantity's column headed by its header, a date",
        "printed 03/16/2026 found for the clerk's 2026/3/16), 0 silent; Excel-learned 212/212",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT10_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 113/113: FLOOR_PROFILE_PDF = 1.0",
        "dev22-old: FLOOR_PDF = FLOOR_SENT_AS_PDF = 1.0 — 266/266 and 54/54 (D6 `Implementation / validation`",
        "over a text naming the act and its outcome: the result too), 478/478 in all, 0 silent",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 24 (10 unwarned) on main's reader, 24 (10 unwarned) after the revision-history mend; HOLDOUT10_UNLISTED_SILENT_NOW = 10 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit ×8, tax_rate ×2",
    ),
    shape=_SHAPE9,
    habits=_habits_of_books(_habits10_of_a_book, rich_text=True),
    habits_wanted=frozenset(
        {
            "struck-through correction",
            "leading apostrophe",
            "eight-digit date number",
            "form far from A1 beside a logo",
            "text box",
            "Excel table",
            *_TEXT_HABITS10,
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a CSV export renamed ``.xlsx``, a workbook whose whole form is one text box
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
    targets=True,  # 90 % and 0 silent since the round after it was written
)


# ------------------------------------------------------------------------------ holdout11
# every kind in every script, four forms sent as PDF only, two fields left empty
_SHAPE11 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=2)


_TEXT_HABITS11 = {
    "ISO date-time text": r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d",
    "ERP field code beside the label": r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)+ \S+",
    "zero-width or no-break space": r".*[\u200b\u00a0].*",
}

_PARTS_HABITS11 = {  # what the workbook's own parts show: who wrote it
    "namespace-prefixed SpreadsheetML": lambda parts: (
        b"<x:worksheet" in parts.get("xl/worksheets/sheet1.xml", b"")
    ),
    "inline strings": lambda parts: b't="inlineStr"' in parts.get("xl/worksheets/sheet1.xml", b""),
    "no styles part": lambda parts: "xl/styles.xml" not in parts,
    "formula without a cached value": lambda parts: (
        re.search(
            rb"<(x:)?f>[^<]*</(x:)?f>(<(x:)?v\s*/>|<(x:)?v></(x:)?v>|</(x:)?c>)",
            parts.get("xl/worksheets/sheet1.xml", b""),
        )
        is not None
    ),
}


def _habits11_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: its producer's way of writing the parts, cell notes,
    centred-across titles, numbers too wide for their column, texts clipped by the next cell,
    typed patterns."""
    with zipfile.ZipFile(book) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    seen.update(h for h, test in _PARTS_HABITS11.items() if test(parts))
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if c.comment is not None and v is not None:
                    seen.add("cell note with the corrected value")
                if c.alignment is not None and c.alignment.horizontal == "centerContinuous":
                    seen.add("centred across the selection")
                if isinstance(v, (int, float)) and not isinstance(v, bool) and c.number_format == "#,##0":
                    width = ws.column_dimensions[c.column_letter].width or 8.43
                    if len(f"{v:,.0f}") > width:
                        seen.add("number too wide for its column")
                if isinstance(v, str) and not (c.alignment is not None and c.alignment.wrap_text):
                    width = ws.column_dimensions[c.column_letter].width or 8.43
                    right = ws.cell(c.row, c.column + 1).value
                    if len(v) > width and right not in (None, ""):
                        seen.add("long text clipped by the next cell")
                if isinstance(v, str):
                    seen.update(h for h, p in _TEXT_HABITS11.items() if re.fullmatch(p, v, re.S))


HOLDOUT11 = HoldoutSet(
    name="holdout11",
    about="The eleventh held-out layouts (tests/holdout11) and the reader's score on them, measured BEFORE\nanyone fixed anything.\n\nWritten from public descriptions of real forms without reading the reader's code; differs from\nevery layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout10`` and ``../shared/corpus``:\nworkbooks of other producers (namespace-prefixed SpreadsheetML as the Open XML SDK writes it,\ninline strings instead of shared strings, no styles part), formulas saved without cached values,\nnumbers too wide for their column (``####`` on the print), long texts clipped by the next cell,\nISO 8601 date-time text (``2026-03-05T14:30:00``), ERP field codes beside the labels\n(``CUST_NAME 客户名称``), zero-width and no-break spaces pasted from web pages, titles centred\nacross the selection, a cell note holding the corrected value; sent as PDF only: a portal page\nwith ISO date-times and field codes (Chromium), a QMS 8D with field codes, SAP prints with\ntrailing-minus quantities and amounts (fpdf2); two odd files (a Word document renamed ``.xlsx``,\na workbook cut short by a download).\n\nMeasured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout11/README.md (the\nfailure patterns). The floors hold what main reads, just below it; raise them as the reader\nimproves, lower the silent counts. ``python bench/holdout_score.py tests/holdout11 -v`` prints\nevery field, ``--profiles`` the second copies.\n",
    measured_before_any_fix=(
        "330/432 = 76.4 % (Excel 158/190, PDF 172/242: printed from Excel 151/190, sent as PDF only 21/52), "
        "12 silent: zero-width spaces kept in codes (return-zht-zwsp part numbers, allowance-zh-inline tax id, "
        "xlsx and PDF: 6), field codes under portal labels read as values ('NOTIF_ID', 'PART_DESC': 2), a "
        "Description label's value taken for the Defect (complaint-en-sdk: 2), the corrected quantity of a "
        "cell note (complaint-zht-clipped: 2); kinds 28 of 28; invented 0; profiles 191/210, 2 silent"
    ),
    floors=Floors(
        excel=0.99,
        pdf=0.97,
        sent_as_pdf=0.94,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=7,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "dev21-rp: FLOOR_PROFILE_EXCEL = 1.0 (210/210), FLOOR_PROFILE_PDF = 1.0 — 111/111: the ### credit the",
        "profile learned no column for keeps the generic reader's value_not_printed, read in the workbook beside",
        "HOLDOUT11_FLOOR_PROFILE_EXCEL = 0.98 — 206/210, learned on the PDFs 107/111: the copy2 return's handling Credit read as the new option credit (dev20-ra)",
        "before any fix Excel 158/190 = 83.2 %, PDF 172/242 = 71.1 %, sent as PDF only 21/52 = 40.4 %",
        "HOLDOUT11_FLOOR_EXCEL = 0.82 — 158/190 before any fix",
        "HOLDOUT11_FLOOR_EXCEL = 0.87 — 167/190 with field codes, uncalculated formulas, Net credit (dev11-rh11a)",
        "HOLDOUT11_FLOOR_PDF = 0.70 — 172/242 before any fix (printed from Excel 151/190)",
        "HOLDOUT11_FLOOR_PDF = 0.80 — 195/242 with field codes, a colon printed apart, ISO offsets (dev11-rh11a)",
        "HOLDOUT11_FLOOR_SENT_AS_PDF = 0.40 — the four PDF-only files: 21/52 before any fix",
        "HOLDOUT11_FLOOR_SENT_AS_PDF = 0.69 — 36/52 with field codes, ISO offsets, Problem (dev11-rh11a)",
        "HOLDOUT11_RECOGNISED_NOW = 28 — of 28 read without --kind",
        "HOLDOUT11_SILENT_NOW = 12 — wrong values without an error or warning on their field, before any fix",
        "HOLDOUT11_SILENT_NOW = 10 — the field codes NOTIF_ID / PART_DESC no longer read as values (dev11-rh11a)",
        "HOLDOUT11_INVENTED_SILENT_NOW = 0 — 0 before any fix (2 absent fields, both left empty)",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 191/210 = 91.0 %",
        "HOLDOUT11_FLOOR_PROFILE_EXCEL = 0.90 — 191/210 before any fix",
        "HOLDOUT11_FLOOR_PROFILE_EXCEL = 0.97 — 204/210 (dev12-rleft: team one a row beside its label, Billing date,"
        " 過帳日期); left: allowance-en-hashes.pdf ×4 not on the print, handling 'credit' ×2 (DOMAIN)",
        "HOLDOUT11_PROFILE_SILENT_NOW = 2 — the zero-width space in the tax id, xlsx and PDF",
        "dev11-rh11c (trailing minus, team lists, SAP credit memo words, bars in a profile's list): Excel 164/190"
        " = 86.3 % (floor 0.85), PDF 189/242 = 78.1 % (0.77), sent as PDF only 32/52 = 61.5 % (0.60),"
        " profiles 197/210 = 93.8 % (0.93)",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT11_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "-- dev11-rh11b (invisible characters, a part's Description, cell notes, labels worded otherwise)",
        "Excel 171/190 = 90.0 %, PDF 184/242 = 76.0 %, sent as PDF only 22/52 = 42.3 %: 355/432",
        "HOLDOUT11_SILENT_NOW = 2 — PART_DESC under its label (dev11-rh11a's), the noted cell's print",
        "profiles 193/210 = 91.9 %, 0 silent",
        "-- dev11-glued (a right-aligned figure glued to the next cell's text on a print)",
        "PDF 188/242 = 77.7 %: 359/432, 2 silent; profiles 194/210 = 92.4 %, 0 silent",
        "-- after the merges and the mends of the attack and reviews (main): Excel 186/190 = 97.9 %, PDF 229/242 = 94.6 %,",
        "sent as PDF only 49/52 = 94.2 %: 415/432; 1 silent (the print of a correction only in a cell note); profiles 200/210 = 95.2 %, 0 silent",
        "-- dev18-rb (Claim | CLM-… on a credit memo is the complaint it settles): 425/432, Excel 190/190,",
        "PDF 235/242 = 0.971 (sent as PDF only 52/52): HOLDOUT11_FLOOR_EXCEL = 0.99, _PDF = 0.97; still 1 silent",
        "(the print of complaint-zht-clipped shows 52, the 56 is only in the cell note: nothing on the page says it)",
        "-- dev19-ra (a PDF beside the workbook it was printed from: the workbook's cell notes warned on the PDF's"
        " values, value_corrected_in_workbook): 425/432, HOLDOUT11_SILENT_NOW = 0 — held to the issue's targets",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 106/111: FLOOR_PROFILE_PDF = 0.954",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 7 (7 unwarned) on main's reader, 7 (7 unwarned) after the revision-history mend; HOLDOUT11_UNLISTED_SILENT_NOW = 7 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit ×4, tax_rate ×3",
    ),
    shape=_SHAPE11,
    # (the PDF-only habits — SAP's trailing minus, ISO date-times with a zone — are checked by
    # their expected files and the printed-text check)
    habits=_habits_of_books(_habits11_of_a_book),
    habits_wanted=frozenset(
        {
            *_PARTS_HABITS11,
            *_TEXT_HABITS11,
            "cell note with the corrected value",
            "centred across the selection",
            "number too wide for its column",
            "long text clipped by the next cell",
        }
    ),
    second_copies=7,
    second_sent_as_pdf=1,
    # a Word document renamed ``.xlsx``, a workbook cut short by a download
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    targets=True,  # 90 % and 0 silent since dev19-ra
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout12
# every kind in every script, four forms sent as PDF only, four fields left empty
_SHAPE12 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=4)


_TEXT_HABITS12 = {
    "date-time with 上午/下午": r"20\d\d/\d{1,2}/\d{1,2} (上午|下午) \d\d:\d\d:\d\d",
    "English date with an ordinal": r"[A-Z][a-z]{2} \d{1,2}(st|nd|rd|th), 20\d\d",
    "quantity in thousands": r"\d+(\.\d+)?K",
}

_PARTS_HABITS12 = {  # what the workbook's own parts show
    "1904 date system": lambda parts: (
        re.search(rb'date1904="(1|true)"', parts.get("xl/workbook.xml", b"")) is not None
    ),
    "rich text with a superscript run": lambda parts: any(
        b'vertAlign val="superscript"' in data for name, data in parts.items() if name.startswith("xl/")
    ),
    "value in the page header or footer": lambda parts: any(
        re.search(rb"<odd(Header|Footer)>[^<]+</odd", data) is not None
        for name, data in parts.items()
        if name.startswith("xl/worksheets/")
    ),
}


def _habits12_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: its parts (1904 dates, superscripts, header values), its
    sheets (an instructions sheet before the form, a hidden first copy under ``Sheet1 (2)``),
    hyperlinks, number formats carrying words, percentages stored as fractions, labels broken
    by a line break and shrunk to fit, typed patterns."""
    with zipfile.ZipFile(book) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    seen.update(h for h, test in _PARTS_HABITS12.items() if test(parts))
    first = wb.worksheets[0]
    if len(wb.worksheets) > 1 and first.sheet_state == "visible" and wb.active is not first:
        seen.add("form on a second sheet behind an instructions sheet")
    if first.sheet_state == "hidden" and any(ws.title.endswith(" (2)") for ws in wb.worksheets):
        seen.add("hidden first copy, the form on Sheet1 (2)")
    for ws in wb.worksheets:
        if ws._hyperlinks or any(c.hyperlink for row in ws.iter_rows() for c in row):
            seen.add("hyperlink as a value")
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if re.search(r'"[^"]*[^\d\s"/:.,-][^"]*"', c.number_format or "") and isinstance(
                    v, (int, float, dt.date)
                ):
                    seen.add("number format carrying words")
                if isinstance(v, float) and 0 < v < 1 and "%" in (c.number_format or ""):
                    seen.add("percentage stored as a fraction")
                if isinstance(v, str) and "\n" in v and c.alignment is not None and c.alignment.shrink_to_fit:
                    seen.add("label broken by a line break, shrunk to fit")
                if isinstance(v, str):
                    seen.update(h for h, p in _TEXT_HABITS12.items() if re.fullmatch(p, v.strip()))


def _fields12(expected: Path) -> None:
    """Every set's check, and the fields in no cell: a value in the page header or footer is
    in the sheet's header/footer text, a fillable PDF's value is its form field's ``/V``."""
    from pypdf import PdfReader

    check_fields_stand_on_the_form(expected)
    exp = load(expected)
    home = expected.parent.parent
    for f in exp["fields"]:
        note = f.get("note", "")
        if note.startswith(("in the page header", "in the page footer")) and exp["filled"][0].endswith(
            ".xlsx"
        ):
            sheet = f["cell"].rpartition("!")[0]
            ws = load_workbook(home / exp["filled"][0])[sheet]
            part = ws.oddHeader if "header" in note else ws.oddFooter
            texts = [getattr(part, side).text or "" for side in ("left", "center", "right")]
            assert any(str(f["value"]) in t for t in texts), (
                f"{f['cell']}: {f['value']!r} not in the {note[9:]}"
            )
        if note.startswith("in a form field"):
            values = PdfReader(home / exp["filled"][0]).get_form_text_fields()
            assert values.get(f["cell"].rpartition("!")[2]) == f["value"], f["cell"]


HOLDOUT12 = HoldoutSet(
    name="holdout12",
    about=(
        "The twelfth held-out layouts (tests/holdout12) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout11`` and ``../shared/corpus``:\n"
        "a fillable PDF (AcroForm: the values only in form fields), the number and dates in the page\n"
        "header or footer (Excel's ``&R`` text, Word's section header), the form behind an instructions\n"
        "sheet, the form on ``Sheet1 (2)`` with the hidden first copy holding old values, the 1904 date\n"
        'system of Mac workbooks, number formats carrying words (``0" pcs"``, ``#,##0.00" 元"``,\n'
        '``[$-804]yyyy"年"m"月"d"日"``, ``d-mmm-yy``), percentages stored as fractions, date-times with\n'
        "上午/下午 (``2026/3/9 下午 02:15:00``) or ``Mar 5th, 2026``, labels broken by a\n"
        "line break and shrunk to fit, hyperlinks as values, rich text with superscripts, quantities in\n"
        "thousands (``1.2K``), a PDF drawn glyph by glyph; two odd files (an .ods renamed ``.xlsx``, an\n"
        "ERP's HTML export named ``.xlsx``).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout12/README.md (the\n"
        "failure patterns). The floors hold what main reads, just below it; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout12 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "392/455 = 86.2 % (Excel 174/195, PDF 218/260: printed from Excel 162/195, sent as PDF only 56/65), "
        "10 silent: sub-cent unit prices rounded to 0.00 (return-en-kilo 0.004 / 0.002, xlsx and PDF: 4), "
        "labels broken by a line break misplaced on the print (complaint-zh-header.pdf lot_no '37', "
        "8d-zht-header.pdf customer '名稱客訴' and D3 '原因D5 永久': 3), a 年月日 date's 日 glued to the buyer on "
        "the print (allowance-zh-formats.pdf: 1), a glyph-by-glyph PDF's part names cut at the space "
        "(return-zht-glyphs.pdf '軟板', '螺絲': 2); kinds 27 of 28 (the fillable PDF not); invented 0; "
        "profiles 137/159, 2 silent"
    ),
    floors=Floors(
        excel=0.985,
        pdf=0.99,
        sent_as_pdf=1.0,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "HOLDOUT12_FLOOR_EXCEL = 0.985, HOLDOUT12_FLOOR_PDF = 0.99, HOLDOUT12_FLOOR_PROFILE_EXCEL = 1.00 — Excel 193/195, PDF 258/260, profiles 159/159 (learned on the PDFs 85/85): handling 退款 read as the new option refund (dev20-ra); left: the sub-cent unit prices (money_beyond_cents)",
        "before any fix Excel 174/195 = 89.2 %, PDF 218/260 = 83.8 %, sent as PDF only 56/65 = 86.2 %",
        "HOLDOUT12_FLOOR_EXCEL = 0.88 — 174/195 before any fix",
        "HOLDOUT12_FLOOR_PDF = 0.87 — 228/260 after dev12-rh12b (glyph-drawn spaces, a date's wrapped 日, the fillable PDF's fields by their boxes); 218/260 before any fix (printed from Excel 162/195)",
        "HOLDOUT12_FLOOR_SENT_AS_PDF = 1.00 — the four PDF-only files: 65/65 after dev12-rh12b; 56/65 before any fix",
        "HOLDOUT12_RECOGNISED_NOW = 28 — of 28 read without --kind after dev12-rh12b (before: 27, the fillable PDF not)",
        "HOLDOUT12_SILENT_NOW = 7 — wrong values without an error or warning on their field after dev12-rh12b; 10 before any fix",
        "HOLDOUT12_INVENTED_SILENT_NOW = 0 — 0 before any fix (4 absent fields, all left empty)",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 137/159 = 86.2 %",
        "HOLDOUT12_FLOOR_PROFILE_EXCEL = 0.985 — 157/159, learned on the PDFs 84/85 (dev19-rp: beside a label run into the cell over it, the box of the field's kind); left: handling 退款, no such option",
        "HOLDOUT12_FLOOR_PROFILE_EXCEL = 0.91 — 145/159 after dev12-rh12b; 137/159 before any fix",
        "HOLDOUT12_PROFILE_SILENT_NOW = 1 — a broken label's neighbour on the print (the 日 glued to the buyer mended by dev12-rh12b)",
        "HOLDOUT12_FLOOR_PROFILE_EXCEL = 0.85 — 137/159 before any fix",
        "HOLDOUT12_PROFILE_SILENT_NOW = 2 — the 日 glued to the buyer, a broken label's neighbour on the print",
        "HOLDOUT12_FLOOR_EXCEL = 0.92 — 182/195 with broken labels joined, MPN, Shipped, Submitted by (dev12-rh12a)",
        "HOLDOUT12_FLOOR_PDF = 0.92 — 242/260 with lines cut to their clip, two-line labels over one row (dev12-rh12a)",
        "HOLDOUT12_SILENT_NOW = 7 — the three broken-label misreads on the prints gone (dev12-rh12a)",
        "HOLDOUT12_FLOOR_PROFILE_EXCEL = 0.88 — 142/159 (dev12-rh12a)",
        "HOLDOUT12_PROFILE_SILENT_NOW = 1 — the 日 glued to the buyer (dev12-rh12a)",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT12_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "-- dev12-rh12c: sub-cent amounts warned, page header/footer values, 上午/下午 date-times",
        "HOLDOUT12_FLOOR_EXCEL = 0.94 — 184/195 (header/footer 5, date-times 5; sub-cent prices warned)",
        "HOLDOUT12_FLOOR_PDF = 0.85 — 223/260 (date-times 5)",
        "HOLDOUT12_SILENT_NOW = 6 — the sub-cent prices are left unread with a warning (4 fewer)",
        "HOLDOUT12_FLOOR_PROFILE_EXCEL = 0.88 — 141/159 (header/footer fields the generic reader's)",
        "-- after the merges and the mends of two attacks (main): Excel 192/195 = 98.5 %, PDF 257/260 = 98.8 %,",
        "sent as PDF only 65/65: 449/455, 0 silent; kinds 28/28; profiles 156/159 = 98.1 %, 0 silent",
        "-- the clip cut of dev12-rh12a taken out on main (it dropped a cell's overhanging last line silently:",
        "tests/test_reader_names_units.py): PDF 254/260 = 97.7 %, 446/455, 0 silent; profiles 149/159 = 93.7 %, 1 silent",
        "(complaint-zh-header.pdf copy2 ship_qty: a broken label's neighbour on the print)",
        "-- dev13-rclip: the clip cut again, only where a clip's text stands out over both its top and bottom (a",
        "label centred on a row too low for it), never a value's last line: PDF 257/260, 449/455, 0 silent;",
        "profiles 156/159 = 98.1 %, 0 silent",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 84/85: FLOOR_PROFILE_PDF = 0.988",
        "round 32 (profiles32): profiles learned on Excel 159/159, on the PDFs 85/85, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 0 (0 unwarned) on main's reader, 0 (0 unwarned) after the revision-history mend; HOLDOUT12_UNLISTED_SILENT_NOW = 0",
    ),
    targets=True,  # 90 % and 0 silent since the round it was fixed in
    shape=_SHAPE12,
    habits=_habits_of_books(_habits12_of_a_book),
    habits_wanted=frozenset(
        {
            *_PARTS_HABITS12,
            *_TEXT_HABITS12,
            "form on a second sheet behind an instructions sheet",
            "hidden first copy, the form on Sheet1 (2)",
            "hyperlink as a value",
            "number format carrying words",
            "percentage stored as a fraction",
            "label broken by a line break, shrunk to fit",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # an .ods renamed ``.xlsx``, an ERP's HTML export named ``.xlsx``
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    fields=_fields12,
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout13
# every kind in every script, four forms sent as PDF only, eight layouts with fields left empty
_SHAPE13 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=8)


_TEXT_HABITS13 = {
    "date without a year": r"\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2}",
    "quantity with its unit in the value": r"[\d,]+ ?(PCS|Stk)|\d+箱\(每箱\d+pcs\)",
    "amount with the currency in the value": r"(RMB |NT\$)[\d,]+(\.\d+)?元?",
    "European separators": r"\d{1,3}(\.\d{3})*,\d{2,3} €",
    "placeholder left in the template": r"请输入|<[^<>]+>|X{4,}|_{4,}|N/A",
    "check marks as characters": r".*[■□✓√].*",
    "date range in one cell": r".*\d{1,2}/\d{1,2}~\d{1,2}/\d{1,2}.*",
    "time in its own cell beside the date": r"\d{1,2}:\d\d( Uhr)?",
}

_PARTS_HABITS13 = {  # what the workbook's own parts show
    "macro-enabled workbook renamed .xlsx": lambda parts: "xl/vbaProject.bin" in parts,
    "formula with no cached value": lambda parts: any(
        re.search(rb"</f>(<v\s*/>|<v></v>)?</c>", data) is not None
        for name, data in parts.items()
        if name.startswith("xl/worksheets/")
    ),
    "print titles repeating the table header": lambda parts: (
        b"_xlnm.Print_Titles" in parts.get("xl/workbook.xml", b"")
    ),
}


def _stale(book: Path) -> bool:
    """A product formula (``=-B6*C6``) whose cached value is not the product of its inputs'
    cached values: the workbook was edited after Excel last calculated it."""
    formulas, values = load_workbook(book), load_workbook(book, data_only=True)
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for c in row:
                m = re.fullmatch(r"=(-?)([A-Z]+\d+)\*([A-Z]+\d+)", str(c.value or ""))
                cached = values[ws.title][c.coordinate].value
                if m and isinstance(cached, (int, float)):
                    a, b = (values[ws.title][ref].value for ref in m.group(2, 3))
                    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
                        if abs((-1 if m.group(1) else 1) * a * b - cached) > 0.005:
                            return True
    return False


def _habits13_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: its parts (macros, formulas with no cached value, print
    titles), strikethrough corrections (a strike run in rich text, or a struck cell beside the
    new value), collapsed outline rows, Japanese labels, typed patterns."""

    with zipfile.ZipFile(book) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    seen.update(h for h, test in _PARTS_HABITS13.items() if test(parts))
    if _stale(book):
        seen.add("cached formula value disagreeing with its inputs")
    wb_rich = load_workbook(book, rich_text=True)
    for ws in wb_rich.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, CellRichText) and any(
                    getattr(getattr(b, "font", None), "strike", False) for b in v
                ):
                    seen.add("strikethrough correction in the same cell")
                if isinstance(v, str) and c.font is not None and c.font.strike:
                    seen.add("struck-through old value beside the new one")
    for ws in wb.worksheets:
        if any(d.outlineLevel and d.hidden for d in ws.row_dimensions.values()):
            seen.add("collapsed outline rows holding an old revision")
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, str) and re.search(r"[\u3040-\u30ff]", v):
                    seen.add("Japanese labels beside Chinese")
                if isinstance(v, str):
                    seen.update(h for h, p in _TEXT_HABITS13.items() if re.fullmatch(p, v.strip()))


HOLDOUT13 = HoldoutSet(
    name="holdout13",
    about=(
        "The thirteenth held-out layouts (tests/holdout13) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout12`` and ``../shared/corpus``:\n"
        "strikethrough corrections (a strike run in the same cell, or the struck old value beside the new\n"
        "one), a two-page print whose item header repeats (print titles; a WMS page with 续表), formulas\n"
        "with no cached value and formulas with stale cached values, a macro-enabled workbook renamed\n"
        "``.xlsx``, collapsed outline rows holding the old revision, dates without a year (``4月12日``,\n"
        "``3/24``), a date range in one cell, the time in its own cell, amounts with the currency in the\n"
        "value (``RMB 3.50元``, ``NT$``), European separators (``1.234,50 €``), quantities with their unit\n"
        "(``2,400 PCS``, ``3箱(每箱100pcs)``) or a unit column, Japanese labels beside Chinese, template\n"
        "placeholders (``请输入``, ``<Customer name>``, ``XXXX``, ``____``, ``N/A``), ■/□/✓ characters,\n"
        "ligatures (ﬁ, ﬂ) in English text, a cropped PDF page; two odd files (Excel's ``~$`` lock file, a\n"
        "0-byte OneDrive placeholder).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout13/README.md (the\n"
        "failure patterns). The floors hold what main reads, just below it; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout13 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "410/515 = 79.6 % (Excel 147/182, PDF 263/333: printed from Excel 157/182, sent as PDF only 106/151), "
        "2 silent: a part's 'Description' read as the complaint's description (complaint-en-xlsm, xlsx and PDF: 2); "
        "invented 2 silent (the template's 'XXXX' read as return-zht-units approved_by, xlsx and PDF), "
        "4 more placeholders ('请输入') read but flagged; kinds 22 of 28 (complaint-en-xlsm, return-en-euro, "
        "8d-zh-nikkei, return-zh-continued not); profiles 234/315, 0 silent values, 3 placeholders read silently"
    ),
    floors=Floors(
        excel=0.98,
        pdf=0.98,
        sent_as_pdf=0.99,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=11,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix Excel 147/182 = 80.8 %, PDF 263/333 = 79.0 % (printed from Excel 157/182 = 86.3 %),",
        "sent as PDF only 106/151 = 70.2 %: 410/515, 2 silent, 2 invented silent; kinds 22/28",
        "HOLDOUT13_FLOOR_EXCEL = 0.80 — 147/182 before any fix",
        "HOLDOUT13_FLOOR_PDF = 0.78 — 263/333 before any fix",
        "HOLDOUT13_FLOOR_SENT_AS_PDF = 0.70 — 106/151 before any fix",
        "HOLDOUT13_RECOGNISED_NOW = 22 — of 28 read without --kind before any fix",
        "HOLDOUT13_SILENT_NOW = 2 — complaint-en-xlsm description = the part's Description (xlsx, PDF)",
        "HOLDOUT13_INVENTED_SILENT_NOW = 2 — return-zht-units approved_by = the template's 'XXXX' (xlsx, PDF)",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 234/315 = 74.3 %",
        "HOLDOUT13_FLOOR_PROFILE_EXCEL = 0.74 — 234/315 before any fix",
        "HOLDOUT13_PROFILE_SILENT_NOW = 3 — '请输入' read as a name (complaint-zh-recount xlsx + PDF, allowance-zh-script PDF)",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT13_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "-- dev13-rh13b (a part's Description beside a Problem row, template stand-ins, the year of the form's",
        "number, European amounts and Stk): Excel 159/182 = 87.4 %, PDF 275/333 = 82.6 % (printed 169/182,",
        "sent as PDF only 106/151): 434/515, 0 silent, 0 invented; kinds 26/28; profiles 240/315, 0 silent",
        "HOLDOUT13_FLOOR_EXCEL = 0.87, HOLDOUT13_FLOOR_PDF = 0.82, HOLDOUT13_RECOGNISED_NOW = 26",
        "HOLDOUT13_SILENT_NOW = 0, HOLDOUT13_INVENTED_SILENT_NOW = 0",
        "HOLDOUT13_FLOOR_PROFILE_EXCEL = 0.76, HOLDOUT13_PROFILE_SILENT_NOW = 0",
        "dev13-rh13d (withdrawn cells: struck whole / hidden rows; cartons; 开启日期): Excel 156/182 = 85.7 %,",
        "PDF 268/333 = 80.5 % (sent as PDF only 106/151), 424/515; HOLDOUT13_FLOOR_EXCEL = 0.85, _PDF = 0.80;",
        "profiles 241/315 = 76.5 %: HOLDOUT13_FLOOR_PROFILE_EXCEL = 0.76",
        "HOLDOUT13_FLOOR_EXCEL = 0.82 — 150/182: 暫定対策 / 圍堵, 対策チーム / 小組 (dev13-rh13a)",
        "HOLDOUT13_FLOOR_PDF = 0.92 — 307/333: page 2 after （续表）, Japanese/Chinese labels (dev13-rh13a)",
        "HOLDOUT13_FLOOR_SENT_AS_PDF = 0.97 — 147/151 (dev13-rh13a)",
        "HOLDOUT13_RECOGNISED_NOW = 24 — 退货入库单, …（8D报告） (dev13-rh13a)",
        "HOLDOUT13_FLOOR_PROFILE_EXCEL = 0.93 — 294/315: return-zh-continued copy2 135/135 (dev13-rh13a); learned on the PDF 213/225",
        "-- int13 after all merges (rh13a/b/d, formulas, rleft, rclip): 504/515, Excel 180/182, PDF 324/333",
        "(sent as PDF only 147/151), 0 silent, kinds 28/28, profiles 315/315: HOLDOUT13_FLOOR_EXCEL = 0.98,",
        "_PDF = 0.97, HOLDOUT13_RECOGNISED_NOW = 28, HOLDOUT13_FLOOR_PROFILE_EXCEL = 0.99",
        "-- dev14-rxl (a tax line among the totals is the total tax: allowance-zht-crop): 505/515, PDF 325/333",
        "= 0.976 (sent as PDF only 148/151 = 0.980): _PDF = 0.975, _SENT_AS_PDF = 0.98",
        "-- dev18-rb (発生原因 / 发生原因 | … a root cause with no D4 heading, the team under label–text lines):",
        "509/515, PDF 328/333 = 0.985 (sent as PDF only 151/151): _PDF = 0.98, _SENT_AS_PDF = 0.99",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 225/225: FLOOR_PROFILE_PDF = 1.0",
        "round 32 (profiles32): profiles learned on Excel 315/315, on the PDFs 225/225, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 12 (11 unwarned) on main's reader, 12 (11 unwarned) after the revision-history mend; HOLDOUT13_UNLISTED_SILENT_NOW = 11 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×4, items[].unit ×4, handling ×2, team[].role ×1",
    ),
    targets=True,  # 90 % and 0 silent since the round it was fixed in
    shape=_SHAPE13,
    habits=_habits_of_books(_habits13_of_a_book),
    habits_wanted=frozenset(
        {
            *_PARTS_HABITS13,
            *_TEXT_HABITS13,
            "strikethrough correction in the same cell",
            "struck-through old value beside the new one",
            "collapsed outline rows holding an old revision",
            "Japanese labels beside Chinese",
            "cached formula value disagreeing with its inputs",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # Excel's ``~$`` lock file, a 0-byte OneDrive placeholder
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout14
# every kind in every script, four forms sent as PDF only, four layouts with fields left empty
_SHAPE14 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=3)


_TEXT_HABITS14 = {
    "date typed with dots": r"20\d\d\.\d{1,2}\.\d{1,2}",
    "date with the weekday": r"20\d\d年\d{1,2}月\d{1,2}日 星期[一二三四五六日]|[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} 20\d\d",
    "date day first": r"(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/20\d\d",
    "trailing tab or ideographic space": r"(?s).*(\t|\u3000)",
    "Chinese name in parentheses": r"[A-Z][A-Za-z ]+ \([\u4e00-\u9fff]{2,4}\)",
    "HK$, S$ or RM amount": r"(HK\$|S\$|RM) ?[\d,]+\.\d\d",
    "amount in Chinese capitals": r"(人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元[零壹贰叁肆伍陆柒捌玖角分整]*",
}


def _habits14_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: a protected sheet, text left to run over the empty cells to
    its right (no wrap), shrink to fit, two forms on one sheet (the same title twice), typed
    patterns."""
    for ws in wb.worksheets:
        if ws.protection.sheet and ws.protection.password:
            seen.add("sheet protected with a password")
        titles: list[str] = []
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if not isinstance(v, str):
                    continue
                seen.update(h for h, p in _TEXT_HABITS14.items() if re.fullmatch(p, v))
                al = c.alignment
                if al is not None and al.shrink_to_fit:
                    seen.add("shrink to fit")
                right = ws.cell(c.row, c.column + 1).value
                if (
                    al is not None
                    and not al.wrap_text
                    and len(v) >= 12
                    and right in (None, "")
                    and c.column > 1
                ):
                    seen.add("text running over the empty cells to its right")
                if c.column == 1 and v.startswith(("客户抱怨处理单", "客戶投訴報告")):
                    titles.append(v)
        if len(titles) >= 2:
            seen.add("two forms on one sheet")


HOLDOUT14 = HoldoutSet(
    name="holdout14",
    about=(
        "The fourteenth held-out layouts (tests/holdout14) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout13`` and ``../shared/corpus``:\n"
        "two forms on one sheet (last month's closed complaint above the new one), Hong Kong / Macau forms\n"
        "(客戶投訴報告, 貨品退回單, HK$, day-first dates), Singapore / Malaysia forms (S$, RM, GST 9 %, names\n"
        "with the Chinese in parentheses), dates typed with dots or with the weekday, trailing tabs and\n"
        "ideographic spaces, protected sheets, text running over the next cells (no wrap), shrink to fit,\n"
        "amounts in Chinese capitals; sent as PDF only: an OCR'd scan (invisible text layer), an 8D in a\n"
        "mail printed from Outlook under a quoted mail, a return note on page 2 after a cover letter, an\n"
        "invoicing package's 折让证明单; two odd files (XML Spreadsheet 2003 renamed ``.xlsx``, a Deflate64\n"
        "zip).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout14/README.md (the\n"
        "failure patterns). ``python bench/holdout_score.py tests/holdout14 -v`` prints every field,\n"
        "``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "331/402 = 82.3 % (Excel 141/173, PDF 190/229: printed from Excel 139/173, sent as PDF only 51/56), "
        "0 silent wrong values (27 wrong, all flagged: the old complaint above the new one read, 7 fields × xlsx/PDF); "
        "invented 2 silent (complaint-zh-twoforms closed_date = the OLD form's 2026.1.20, xlsx and PDF); "
        "kinds 26 of 28 (complaint-zht-hk xlsx and PDF not); odd files: see the README; profiles 157/161 = 97.5 %, 0 silent (the old form's closed date read but flagged)"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=3,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix Excel 141/173 = 81.5 %, PDF 190/229 = 83.0 % (printed from Excel 139/173 = 80.3 %),",
        "sent as PDF only 51/56 = 91.1 %: 331/402, 0 silent, 2 invented silent; kinds 26/28",
        "HOLDOUT14_FLOOR_EXCEL = 0.81 — 141/173 before any fix",
        "HOLDOUT14_FLOOR_EXCEL = 0.86 — 150/173 after dev14-rh14b (weekday and day-first dates, GST 9 %, 開立日期)",
        "HOLDOUT14_FLOOR_PDF = 0.82 — 190/229 before any fix",
        "HOLDOUT14_FLOOR_PDF = 0.87 — 200/229 after dev14-rh14b",
        "HOLDOUT14_FLOOR_SENT_AS_PDF = 0.90 — 51/56 before any fix",
        "HOLDOUT14_RECOGNISED_NOW = 26 — of 28 read without --kind before any fix (complaint-zht-hk not)",
        "HOLDOUT14_SILENT_NOW = 0 — 27 wrong values, every one flagged",
        "HOLDOUT14_INVENTED_SILENT_NOW = 2 — complaint-zh-twoforms closed_date = the old form's (xlsx, PDF)",
        "dev14-rh14a (two forms on one sheet: the one not closed read, two_forms warned): Excel 148/173 = 85.5 %,",
        "PDF 197/229 = 86.0 % (printed from Excel 146/173), sent as PDF only 51/56: 345/402, 0 silent, 0 invented",
        "HOLDOUT14_FLOOR_EXCEL = 0.85 — 148/173 (dev14-rh14a)",
        "HOLDOUT14_FLOOR_PDF = 0.86 — 197/229 (dev14-rh14a)",
        "HOLDOUT14_INVENTED_SILENT_NOW = 0 — the old form's closed date no longer read (dev14-rh14a)",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 157/161 = 97.5 %",
        "HOLDOUT14_FLOOR_PROFILE_EXCEL = 0.97 — 157/161 before any fix (team names split on ／ missed: 8d-zht-hk)",
        "HOLDOUT14_PROFILE_SILENT_NOW = 0 — the old form's closed date read by the profile, flagged",
        "learned on the PDFs, read on copy2's: 82/86 with 2 silent before any fix, 84/86 with 0 silent (dev14-rh14a:",
        "the profile's print layout holds only the form read, never the old form's labels)",
        "-- int14 after all merges (rh14a/b/c, rxl, rpdf, spdf, sparse): 397/402, Excel 171/173, PDF 226/229",
        "(printed from Excel 170/173, sent as PDF only 56/56), 0 silent, 0 invented, kinds 28/28, profiles",
        "161/161 (learned on the PDF 86/86): HOLDOUT14_FLOOR_EXCEL = 0.98, _PDF = 0.98, _SENT_AS_PDF = 1.0,",
        "HOLDOUT14_RECOGNISED_NOW = 28, HOLDOUT14_FLOOR_PROFILE_EXCEL = 1.0",
        "-- dev15-slash (a customer's own number with /, CCF/SG/26/0307, 8D/PG/26/019, kept): 401/402,",
        "Excel 173/173, PDF 228/229 (printed from Excel 172/173): HOLDOUT14_FLOOR_EXCEL = 1.0, _PDF = 0.99",
        "-- dev19-ra (wrapped labels in rows too short for them on a print: Immediate Action): 402/402,"
        " PDF 229/229: HOLDOUT14_FLOOR_PDF = 1.0",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT14_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 86/86: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 9 (3 unwarned) on main's reader, 9 (3 unwarned) after the revision-history mend; HOLDOUT14_UNLISTED_SILENT_NOW = 3 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×3",
    ),
    targets=True,  # 90 % and 0 silent since the round it was fixed in
    shape=_SHAPE14,
    habits=_habits_of_books(_habits14_of_a_book),
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS14,
            "sheet protected with a password",
            "shrink to fit",
            "text running over the empty cells to its right",
            "two forms on one sheet",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # an XML Spreadsheet 2003 file renamed ``.xlsx``, a Deflate64 zip
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout15
# every kind in every script, four forms sent as PDF only, three layouts with fields left empty
_SHAPE15 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=3, templates=frozenset({".html", ".pdf"}))


_TEXT_HABITS15 = {
    "full-width digits": r"(?s).*[０-９].*",
    "check-box row": r"(?s).*[☑☐■□].*",
    "amount in 万元 or 千元 named in the heading": r".*[（(：:]?(万元|千元)[）)]?",
    "Japanese kanji labels": r".*(品番|不具合|対策).*",
    "Thai and English in one label": r".*[\u0e00-\u0e7f]+.* / [A-Za-z].*",
}


def _habits15_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: the form on a later sheet than the first, hidden rows or
    columns still holding values, a date serial stored as text, a leading apostrophe, a stamp
    image, a landscape sheet with a manual page break, a tall merged label (vertical label
    column), an ERP footer (制单 / 审核), a DingTalk export's header row, typed patterns."""
    filled = [
        sum(1 for row in ws.iter_rows() for c in row if c.value not in (None, "")) for ws in wb.worksheets
    ]
    if len(filled) >= 2 and filled.index(max(filled)) > 0:
        seen.add("form on a later sheet after an instructions sheet")
    for ws in wb.worksheets:
        if ws._images:
            seen.add("stamp image over the signature")
        if ws.page_setup.orientation == "landscape" and ws.row_breaks.brk:
            seen.add("landscape form with a page break mid-form")
        for rng in ws.merged_cells.ranges:
            top = ws.cell(rng.min_row, rng.min_col).value
            if rng.min_col == rng.max_col and rng.max_row > rng.min_row and isinstance(top, str):
                seen.add("vertical label column")
        hidden_rows = {r for r, d in ws.row_dimensions.items() if d.hidden}
        hidden_cols = {c for c, d in ws.column_dimensions.items() if d.hidden}
        texts = set()
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v in (None, ""):
                    continue
                if c.row in hidden_rows:
                    seen.add("hidden row holding an old value")
                if c.column_letter in hidden_cols:
                    seen.add("hidden column holding old values")
                if c.quotePrefix:
                    seen.add("typed with a leading apostrophe")
                if not isinstance(v, str):
                    continue
                texts.add(v)
                if c.number_format == "@" and re.fullmatch(r"4[5-7]\d{3}", v):
                    seen.add("date serial stored as text")
                seen.update(h for h, p in _TEXT_HABITS15.items() if re.fullmatch(p, v))
        if {"制单:", "审核:"} <= texts:
            seen.add("ERP printout footer")
        if {"审批编号", "发起人姓名", "审批记录"} <= texts:
            seen.add("DingTalk approval export")


HOLDOUT15 = HoldoutSet(
    name="holdout15",
    about=(
        "The fifteenth held-out layouts (tests/holdout15) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout14`` and ``../shared/corpus``:\n"
        "the form on the second or third sheet after an instructions / revision sheet, hidden rows and\n"
        "columns holding old values, a date pasted as an Excel serial stored as text, codes and numbers\n"
        "typed with a leading apostrophe, full-width digits and punctuation, amounts in 万元 / 千元 named in\n"
        "the heading, check-box rows (☑/☐, ■/□) choosing severity, request, handling or tax rate, a stamp\n"
        "image over the signature block, a landscape 8D printed on two pages, a Japanese-owned plant's\n"
        "不具合対策報告書 (kanji labels, vertical label columns), a Thai–English RMA, ERP printouts (金蝶\n"
        "K/3, SAP credit memo), a DingTalk approval export; sent as PDF only: a WeChat Work approval record,\n"
        "a Vietnamese–Chinese 8D (Chromium), a 用友 U8 销售退货单 with a stamp over 审核人 and a landscape\n"
        "折讓證明單 continued on page 2 (fpdf2); two odd files (an ``.xlsb`` renamed ``.xlsx``, a workbook\n"
        "whose only sheet is a chart sheet).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout15/README.md (the\n"
        "failure patterns). The floors hold what main reads, just below it; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout15 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "322/424 = 75.9 % (Excel 143/176, PDF 179/248: printed from Excel 141/176, sent as PDF only 38/72), "
        "15 silent: amounts of a 千元 form read as yuan (allowance-zh-qianyuan items and 合计, xlsx and PDF: 8), "
        "an SAP credit memo's Item numbers read as the item names and its Billing Document as the invoice "
        "(allowance-en-sap, xlsx and PDF: 6), the customer's tail '公司' read into 不具合内容 (8d-zh-nikkei.pdf); "
        "invented 0; kinds 26 of 28 (complaint-zh-dingtalk xlsx and PDF not); odd files: both an error, no "
        "record; profiles 131/149 = 87.9 %, 7 silent (learned on the PDF 70/80, 5 silent)"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix Excel 143/176 = 81.3 %, PDF 179/248 = 72.2 % (printed from Excel 141/176 = 80.1 %),",
        "sent as PDF only 38/72 = 52.8 %: 322/424, 15 silent, 0 invented; kinds 26/28",
        "HOLDOUT15_FLOOR_EXCEL = 0.81 — 143/176 before any fix",
        "HOLDOUT15_FLOOR_PDF = 0.72 — 179/248 before any fix",
        "HOLDOUT15_FLOOR_SENT_AS_PDF = 0.52 — 38/72 before any fix",
        "after dev15-rh15b (ERP printouts, Excel serials as text, a form continued on page 2, CCR No.):",
        "Excel 151/176 = 85.8 %, PDF 212/248 = 85.5 %, sent as PDF only 63/72 = 87.5 %: 363/424, 15 silent",
        "HOLDOUT15_FLOOR_EXCEL = 0.85 — 151/176 after dev15-rh15b",
        "HOLDOUT15_FLOOR_PDF = 0.85 — 212/248 after dev15-rh15b",
        "HOLDOUT15_FLOOR_SENT_AS_PDF = 0.87 — 63/72 after dev15-rh15b",
        "HOLDOUT15_RECOGNISED_NOW = 26 — of 28 read without --kind before any fix (complaint-zh-dingtalk not)",
        "HOLDOUT15_SILENT_NOW = 15 — 千元 amounts as yuan (8), SAP Item numbers / Billing Document (6), 8d-zh-nikkei.pdf (1)",
        "HOLDOUT15_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 131/149 = 87.9 %",
        "HOLDOUT15_FLOOR_PROFILE_EXCEL = 0.87 — 131/149 before any fix",
        "HOLDOUT15_PROFILE_SILENT_NOW = 7 — 千元 amounts as yuan (5), 8d-zh-nikkei.pdf customer cut and '公司' in the statement (2)",
        "dev15-rh15a (a note of the amounts' unit over the form, an ERP's billing document and item numbers,",
        "a wrapped value's last line over its row's border): Excel 159/176 = 90.3 %, PDF 196/248 = 79.0 %",
        "(printed from Excel 158/176), sent as PDF only 38/72: 355/424, 0 silent, 0 invented",
        "HOLDOUT15_FLOOR_EXCEL = 0.90 — 159/176 after dev15-rh15a (千元 note, 申请日期, SAP credit memo)",
        "HOLDOUT15_FLOOR_PDF = 0.79 — 196/248 after dev15-rh15a",
        "HOLDOUT15_SILENT_NOW = 0 — after dev15-rh15a (4 wrong values, every one flagged)",
        "HOLDOUT15_FLOOR_PROFILE_EXCEL = 0.95 — 143/149 after dev15-rh15a (learned on the PDFs: 76/80, 0 silent)",
        "HOLDOUT15_PROFILE_SILENT_NOW = 0 — after dev15-rh15a (the profile reads the 千元 note; the wrapped tail kept)",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT15_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "after dev15-rh15c (approval records, 管理番号/客先/担当/応急対策, Vietnamese-first labels, a customer cut",
        "after 有限 warned): Excel 152/176 = 86.4 %, PDF 195/248 = 78.6 % (printed from Excel 148/176), sent as PDF",
        "only 47/72 = 65.3 %: 347/424, 14 silent, 0 invented; kinds 28/28; profiles 136/149 = 91.3 %, 5 silent",
        "(learned on the PDF 73/80, 5 silent); odd files: the .xlsb named, chart_sheet_only",
        "HOLDOUT15_FLOOR_EXCEL = 0.86 — 152/176 after dev15-rh15c",
        "HOLDOUT15_FLOOR_PDF = 0.78 — 195/248 after dev15-rh15c",
        "HOLDOUT15_FLOOR_SENT_AS_PDF = 0.65 — 47/72 after dev15-rh15c",
        "HOLDOUT15_RECOGNISED_NOW = 28 — of 28 after dev15-rh15c (complaint-zh-dingtalk by its labels)",
        "HOLDOUT15_FLOOR_PROFILE_EXCEL = 0.91 — 136/149 after dev15-rh15c",
        "HOLDOUT15_SILENT_NOW = 14 — after dev15-rh15c: 8d-zh-nikkei.pdf's '公司' line warned (the wrap not mended)",
        "HOLDOUT15_PROFILE_SILENT_NOW = 5 — after dev15-rh15c (the nikkei customer cut and its '公司' line warned)",
        "int15 (dev15-rh15a + dev15-rh15b + dev15-rh15c + dev15-rx merged): 423/424 = 99.8 % (Excel 176/176,",
        "PDF 247/248: return-en-thai.pdf's Reason, printed without a Thai font), sent as PDF only 72/72, kinds",
        "28/28, 0 silent, 0 invented; profiles 149/149 (learned on the PDF 80/80), 0 silent",
        "-- dev19-ra (a label inside its row over one spilling out of the next: สาเหตุ / Reason): 424/424,"
        " PDF 248/248: HOLDOUT15_FLOOR_PDF = 1.0",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 80/80: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 3 (2 unwarned) on main's reader, 3 (2 unwarned) after the revision-history mend; HOLDOUT15_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2",
    ),
    targets=True,  # the issue's targets are met (int15): held to them from now on
    shape=_SHAPE15,
    habits=_habits_of_books(_habits15_of_a_book),
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS15,
            "form on a later sheet after an instructions sheet",
            "hidden row holding an old value",
            "hidden column holding old values",
            "date serial stored as text",
            "typed with a leading apostrophe",
            "stamp image over the signature",
            "landscape form with a page break mid-form",
            "vertical label column",
            "ERP printout footer",
            "DingTalk approval export",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # an Excel binary workbook renamed ``.xlsx``, a workbook whose only sheet is a chart sheet
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout16
# every kind in every script, four forms sent as PDF only, three layouts with fields left empty
_SHAPE16 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=3, templates=frozenset({".html", ".pdf"}))


_TEXT_HABITS16 = {
    "Korean labels": r"(?s).*[\uac00-\ud7a3]+.*",
    "currency symbol typed with the amount": r"(?s).*(NT\$|US\$|RMB|¥) ?\(?\d.*",
    "US date typed": r"\d\d/\d\d/20\d\d",
}
_SECTION_LABELS16 = {"名称", "名稱", "联系人", "电话", "統一編號", "地址"}


def _habits16_of_a_cell(c, seen: set[str]) -> None:
    """The habits one cell shows: rich text with a bold label run, a label and its value on two
    lines, vertical text, a negative amount in a bracketed number format, a 0% percentage."""
    v, fmt = c.value, c.number_format or ""
    if isinstance(v, CellRichText):
        blocks = [b for b in v if isinstance(b, TextBlock)]
        if any(b.font.b for b in blocks) and any(not b.font.b for b in blocks):
            seen.add("rich text: label bold, value plain")
        return
    if c.alignment is not None and c.alignment.textRotation == 255:
        seen.add("vertical label text")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if v < 0 and "(" in fmt:
            seen.add("negative amount in parentheses")
        if fmt == "0%" and 0 < v < 1:
            seen.add("percentage stored as a fraction, formatted 0%")
    if not isinstance(v, str):
        return
    lines = v.split("\n")
    if len(lines) >= 3 and all(len(x) == 1 for x in lines):
        seen.add("vertical label text")
    elif len(lines) == 2 and 2 <= len(lines[0]) <= 8 and lines[1].strip():
        seen.add("label and value on two lines of one cell")
    seen.update(h for h, p in _TEXT_HABITS16.items() if re.fullmatch(p, v))


def _habits16_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: a date split over cells (年 / 月 / 日 between numbers), the
    same labels in two sections, 8D steps as columns, a synonym label on the right half, the date
    format named in a footer, an e-mail body in one column, a Google Sheets export, a drop-down
    cell holding one of its list, and each cell's habits."""
    with zipfile.ZipFile(book) as z:
        if b"Google Sheets" in z.read("docProps/app.xml"):
            seen.add("Google Sheets export")
    for ws in wb.worksheets:
        texts: list[str] = []
        for row in ws.iter_rows():
            words = [c.value for c in row if isinstance(c.value, str)]
            if {"年", "月", "日"} <= set(words) and sum(isinstance(c.value, int) for c in row) >= 3:
                seen.add("date split over cells")
            if len({w[:2] for w in words if re.match(r"D[1-8] ", w)}) == 8:
                seen.add("8D steps as columns")
            if {"客戶", "顧客代碼"} <= set(words):
                seen.add("four columns, a synonym label on the right half")
            for c in row:
                _habits16_of_a_cell(c, seen)
                if isinstance(c.value, str):
                    texts.append(c.value)
        if any(texts.count(lab) >= 2 for lab in _SECTION_LABELS16):
            seen.add("same labels in two sections")
        if any("MM/DD/YYYY" in t for t in texts):
            seen.add("date format named in the footer")
        if ws.max_column == 1 and sum(bool(re.fullmatch(r"[A-Z][A-Za-z ]+: .+", t)) for t in texts) >= 5:
            seen.add("e-mail body pasted into one column")
        for dv in ws.data_validations.dataValidation:
            options = (dv.formula1 or "").strip('"').split(",")
            for ref in str(dv.sqref).split():
                if ws[ref].value in options:
                    seen.add("drop-down cell holding one of its list")


def _habits16(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the PDFs sent alone: a page stored with ``/Rotate 90``, two
    pages printed on one sheet (2-up)."""
    from pypdf import PdfReader

    seen = _habits_of_books(_habits16_of_a_book, rich_text=True)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        pages = PdfReader(held.home / lay["filled"][0]).pages
        if any(p.get("/Rotate") == 90 for p in pages):
            seen.add("PDF page rotated 90°")
        if any("Page 1 of 2" in (t := p.extract_text()) and "Page 2 of 2" in t for p in pages):
            seen.add("two pages printed on one sheet (2-up)")
    return seen


HOLDOUT16 = HoldoutSet(
    name="holdout16",
    about=(
        "The sixteenth held-out layouts (tests/holdout16) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout15`` and ``../shared/corpus``:\n"
        "a Korean-owned plant's forms (Korean–Chinese and Korean–English labels), label / value pairs in four\n"
        "columns with a synonym label on the right half (顧客代碼 beside 客戶), the same labels in two sections\n"
        "(客户信息 / 供应商信息, 買受人 / 銷售人), a date split over cells (2026 年 3 月 5 日, 115 年 3 月 31 日), a\n"
        "label and its value on two lines of one cell, vertical label text (one character per line, stacked\n"
        "rotation), 8D steps as columns, negative amounts in parentheses with ¥ / NT$ / US$ / RMB, a 0.13\n"
        "formatted 0%, US dates with the format named in the footer, an e-mail body pasted into one column,\n"
        "a Google Sheets export, a drop-down cell, rich text (label bold, value plain); sent as PDF only: a\n"
        "Korean customer's portal notice and a web ERP 成品退貨單 (Chromium), an 8D stored with /Rotate 90 and a\n"
        "credit memo printed 2-up (fpdf2); two odd files (an Apple Numbers file renamed ``.xlsx``, a workbook\n"
        "whose sheets hold no cell).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout16/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout16 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "403/460 = 87.6 % (Excel 178/197, PDF 225/263: printed from Excel 171/197, sent as PDF only 54/66), "
        "0 silent (7 wrong values, every one flagged: 8D team names kept whole, a description running into "
        "the next two-line cell); invented 0; kinds 24 of 28 (complaint-en-email and complaint-zh-korean, "
        "xlsx and PDF, not); odd files: both an error, no record; profiles 146/151 = 96.7 %, 2 silent "
        "(complaint-en-email copy2 'Issue: …' kept with its label, xlsx and PDF); learned on the PDF 76/82, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=28,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix Excel 178/197 = 90.4 %, PDF 225/263 = 85.6 % (printed from Excel 171/197 = 86.8 %),",
        "sent as PDF only 54/66 = 81.8 %: 403/460, 0 silent, 0 invented; kinds 24/28",
        "HOLDOUT16_FLOOR_EXCEL = 0.90 — 178/197 before any fix",
        "HOLDOUT16_FLOOR_PDF = 0.85 — 225/263 before any fix",
        "HOLDOUT16_FLOOR_SENT_AS_PDF = 0.81 — 54/66 before any fix",
        "HOLDOUT16_RECOGNISED_NOW = 24 — of 28 read without --kind before any fix (complaint-en-email, complaint-zh-korean not)",
        "HOLDOUT16_SILENT_NOW = 0 — 7 wrong values, every one flagged",
        "HOLDOUT16_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 146/151 = 96.7 %",
        "HOLDOUT16_FLOOR_PROFILE_EXCEL = 0.96 — 146/151 before any fix (learned on the PDFs: 76/82, 0 silent)",
        "HOLDOUT16_PROFILE_SILENT_NOW = 2 — complaint-en-email copy2 description read with its 'Issue:' label (xlsx, PDF)",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT16_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "after dev16-rh16a (Korean–English and Korean-first labels, 3 slashed names, a stated date format,",
        "an option with its translation): Excel 191/197 = 97.0 %, PDF 241/263 = 91.6 % (printed from Excel",
        "184/197), sent as PDF only 57/66 = 86.4 %: 432/460, 0 silent, 0 invented; kinds 26/28; profiles",
        "146/151, 2 silent (learned on the PDF 77/82, 0 silent)",
        "HOLDOUT16_FLOOR_EXCEL = 0.96 — 191/197 after dev16-rh16a",
        "HOLDOUT16_FLOOR_PDF = 0.91 — 241/263 after dev16-rh16a",
        "HOLDOUT16_FLOOR_SENT_AS_PDF = 0.86 — 57/66 after dev16-rh16a",
        "HOLDOUT16_RECOGNISED_NOW = 26 — of 28 after dev16-rh16a (complaint-zh-korean by its title; complaint-en-email not)",
        "after dev16-rh16b (an e-mail pasted into a column, sections deciding a label, split ROC dates, 8D steps",
        "as columns, the odd files named): Excel 185/197 = 93.9 %, PDF 233/263 = 88.6 % (printed from Excel",
        "178/197), sent as PDF only 55/66 = 83.3 %: 418/460, 0 silent, 0 invented; kinds 26/28; profiles",
        "148/151 = 98.0 %, 0 silent (learned on the PDF 80/82, 0 silent); odd files: Apple Numbers named, empty_workbook",
        "HOLDOUT16_FLOOR_EXCEL = 0.93 — 185/197 after dev16-rh16b",
        "HOLDOUT16_FLOOR_PDF = 0.88 — 233/263 after dev16-rh16b",
        "HOLDOUT16_FLOOR_SENT_AS_PDF = 0.83 — 55/66 after dev16-rh16b",
        "HOLDOUT16_RECOGNISED_NOW = 26 — of 28 after dev16-rh16b (complaint-en-email by its lines)",
        "HOLDOUT16_FLOOR_PROFILE_EXCEL = 0.98 — 148/151 after dev16-rh16b",
        "HOLDOUT16_PROFILE_SILENT_NOW = 0 — after dev16-rh16b (the e-mail line's own label cut off)",
        "after dev16-rh16c (amounts in brackets with US$ inside, a VAT 13% column, 2-up page numbers, figures",
        "right of their headers in an unbordered print, two-line cells too low for their rows, D4 / D5 blocks):",
        "Excel 178/197 = 90.4 %, PDF 241/263 = 91.6 % (printed from Excel 178/197), sent as PDF only 63/66 =",
        "95.5 %: 419/460, 0 silent, 0 invented; kinds 24/28; profiles 146/151 (learned on the PDF 78/82, 0 silent)",
        "HOLDOUT16_FLOOR_PDF = 0.91 — 241/263 after dev16-rh16c",
        "HOLDOUT16_FLOOR_SENT_AS_PDF = 0.95 — 63/66 after dev16-rh16c",
        "after the merges (int16: the three fixers, dev16-rx, a profile reading a red-letter form's lines as"
        " their magnitudes): Excel 197/197, PDF 263/263 (sent as PDF only 66/66): 460/460, 0 silent, 0 invented;"
        " kinds 28/28; profiles 151/151, 0 silent — held to the issue's targets (targets=True)",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 82/82: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 4 (2 unwarned) on main's reader, 4 (2 unwarned) after the revision-history mend; HOLDOUT16_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×1, reporter ×1",
    ),
    targets=True,  # held to its floors until a round reaches the issue's targets on it
    shape=_SHAPE16,
    habits=_habits16,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS16,
            "rich text: label bold, value plain",
            "vertical label text",
            "negative amount in parentheses",
            "percentage stored as a fraction, formatted 0%",
            "label and value on two lines of one cell",
            "date split over cells",
            "8D steps as columns",
            "four columns, a synonym label on the right half",
            "same labels in two sections",
            "date format named in the footer",
            "e-mail body pasted into one column",
            "Google Sheets export",
            "drop-down cell holding one of its list",
            "PDF page rotated 90°",
            "two pages printed on one sheet (2-up)",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # an Apple Numbers file renamed ``.xlsx``, a workbook whose sheets hold no cell
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout17
# every kind in every script, four forms sent as PDF only, three layouts with fields left empty
_SHAPE17 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=3, templates=frozenset({".html", ".pdf"}))


_TEXT_HABITS17 = {
    "label numbered with a circled digit and a required mark": r"[\u2460-\u2473]\*.+",
    "date-time pasted with 上午 / 下午": r"\d{4}/\d{1,2}/\d{1,2} [上下]午 \d{1,2}:\d\d:\d\d",
    "choice ticked inside parentheses": r"(?s).*（√）.*",
    "date in Chinese numerals": r"[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日",
    "quantity in capital numerals": r"[零壹贰貳叁參肆伍陆陸柒捌玖]([零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟])+",
    "Russian labels": r"(?s).*[\u0400-\u04ff]{3,}.*",
    "thousands split by a no-break space": r"\d{1,3}\u00a0\d{3}.*",
    "label with an instruction hint on a second line": r"(?s)[^\n]+\n\([^\n]+\)",
    "quantity in thousands with K": r"\d+(\.\d+)?K( pcs)?",
    "two-digit year in Chinese": r"\d\d年\d{1,2}月\d{1,2}日",
}


def _habits17_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: frozen panes, a number shown through a custom format's
    prefix, a unit in the number format, a hyperlink on a value, wrap with indent, grouped outline
    rows, 8D steps as separate sheets, a list export (autofilter, one value row), a workbook of
    the form and its attachment list, a number typed one character per box, and each text's habits."""
    if {f"D{k}" for k in range(1, 9)} <= set(wb.sheetnames):
        seen.add("8D steps as separate sheets")
    if any("附件" in t for t in wb.sheetnames[1:]):
        seen.add("a workbook of the form and its attachment list")
    for ws in wb.worksheets:
        if ws.freeze_panes:
            seen.add("frozen panes")
        if ws.auto_filter.ref and ws.max_row == 2:
            seen.add("list export: one heading row, one value row")
        if any(d.outlineLevel for d in ws.row_dimensions.values()):
            seen.add("grouped outline rows")
        for row in ws.iter_rows():
            run = best = 0
            for c in row:
                v, fmt = c.value, c.number_format or ""
                single = isinstance(v, str) and len(v) == 1 and v.isalnum()
                run = run + 1 if single else 0
                best = max(best, run)
                if c.hyperlink is not None and v:
                    seen.add("hyperlink on a value")
                if c.alignment is not None and (c.alignment.indent or 0) > 0 and c.alignment.wrap_text and v:
                    seen.add("wrap and indent")
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if re.fullmatch(r'"[^"]+"0+', fmt):
                        seen.add("number shown through a custom format's prefix")
                    if re.search(r'0"\s*(pcs|USD)"', fmt):
                        seen.add("unit in the number format")
                if isinstance(v, str):
                    seen.update(h for h, p in _TEXT_HABITS17.items() if re.fullmatch(p, v))
            if best >= 8:
                seen.add("number typed one character per box")


def _habits17(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the PDFs sent alone: values only in text annotations, the item
    lines alone on page 2, dot leaders between label and value."""
    from pypdf import PdfReader

    seen = _habits_of_books(_habits17_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        pages = PdfReader(held.home / lay["filled"][0]).pages
        annots = [a.get_object() for p in pages for a in p.get("/Annots") or []]
        if annots and all(a.get("/Subtype") == "/FreeText" for a in annots):
            seen.add("values only in PDF text annotations")
        texts = [p.extract_text() for p in pages]
        if len(pages) == 2 and "第 2 頁" in texts[0] and "（續）" in texts[1]:
            seen.add("item lines alone on page 2")
        if any("........" in t for t in texts):
            seen.add("dot leaders between label and value")
        if any(re.search(r"\b\d{1,2},\d\d,\d{3}\b", t) for t in texts):
            seen.add("quantities grouped in lakhs")
    return seen


def _fields17(expected: Path) -> None:
    """As every set's, except that a value a PDF reader's typewriter typed stands in a ``/FreeText``
    annotation's ``/Contents``, not in the page's text."""
    exp = load(expected)
    typed = [f for f in exp["fields"] if f.get("note", "").startswith("in an annotation")]
    if not typed:
        check_fields_stand_on_the_form(expected)
        return
    from pypdf import PdfReader

    paths = field_paths(forms.get(exp["kind"]))
    for f in exp["fields"] + exp.get("absent", []):
        assert re.sub(r"\[[^\]]*\]", "", f["path"]) in paths, f["path"]
    pages = PdfReader(expected.parent.parent / exp["filled"][-1]).pages
    contents = {str(a.get_object().get("/Contents")) for p in pages for a in p.get("/Annots") or []}
    for f in typed:
        assert f["value"] in contents, f"{f['cell']}: no annotation holds {f['value']!r}"
    printed = "".join(p.extract_text() for p in pages)
    for f in typed:  # the values are the annotations' only: the page itself prints the labels
        assert f["label"] in printed


HOLDOUT17 = HoldoutSet(
    name="holdout17",
    about=(
        "The seventeenth held-out layouts (tests/holdout17) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout16`` and ``../shared/corpus``:\n"
        "labels numbered with circled digits and required marks (③*客户名称), a number shown through a custom\n"
        'format\'s prefix (260352 formatted "KS-"000000), a date-time pasted with 下午, a choice ticked inside\n'
        "parentheses (换货（√）), frozen panes, a date in Chinese numerals (二〇二六年三月九日), quantities in capital\n"
        "numerals (壹佰貳拾), a hyperlinked number, wrap with indent, a Russian–English claim (11.03.2026 г.,\n"
        "12 000 шт. with a no-break space), an 8D whose D-steps are separate sheets, an 8D exported from a QMS\n"
        "list (one heading row, one value row, autofilter), labels with an instruction hint on a second line,\n"
        "1.2K pcs, a two-digit year in Chinese (26年3月18日), grouped outline rows, a workbook of the form and its\n"
        '附件清單, units in the number format (#,##0" pcs"), an invoice number and a tax ID one character per\n'
        "box; sent as PDF only (fpdf2): a customer's PDF filled with a PDF reader's typewriter (the values only\n"
        "in /FreeText annotations), a 退貨單 whose lines are alone on page 2, a debit note with dot leaders;\n"
        "an Indian OEM's portal complaint with quantities grouped in lakhs (1,20,000 Nos; Chromium);\n"
        "two odd files (a workbook zipped again and renamed ``.xlsx``, a phone photo renamed ``.pdf``).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout17/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout17 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "344/437 = 78.7 % (Excel 149/186, PDF 195/251: printed from Excel 154/186, sent as PDF only 41/65), "
        "2 silent (a number shown through its format's prefix read as the bare figure 260352, a debit "
        "note's GST 10% total read as 13 % of the net); 5 wrong values; invented 0; kinds 26 of 26; odd files: both an error, no record; "
        "profiles 159/178 = 89.3 %, 1 silent (the format-prefixed number again); learned on the PDFs 79/95, 1 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=26,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=14,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix Excel 149/186 = 80.1 %, PDF 195/251 = 77.7 % (printed from Excel 154/186 = 82.8 %),",
        "sent as PDF only 41/65 = 63.1 %: 344/437, 2 silent, 0 invented; kinds 26/26",
        "HOLDOUT17_FLOOR_EXCEL = 0.80 — 149/186 before any fix",
        "HOLDOUT17_FLOOR_PDF = 0.77 — 195/251 before any fix",
        "HOLDOUT17_FLOOR_SENT_AS_PDF = 0.63 — 41/65 before any fix",
        "HOLDOUT17_RECOGNISED_NOW = 26 — of 26 read without --kind before any fix",
        "HOLDOUT17_SILENT_NOW = 2 — KS- format prefix dropped (xlsx), debit note GST 10% total as 13 %",
        "HOLDOUT17_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 159/178 = 89.3 %",
        "HOLDOUT17_FLOOR_PROFILE_EXCEL = 0.89 — 159/178 before any fix (learned on the PDFs: 79/95, 1 silent)",
        "HOLDOUT17_PROFILE_SILENT_NOW = 1 — complaint-zh-circled copy2 number read 260417 for KS-260417 (xlsx)",
        "odd files that still give a record (with errors) instead of none",
        "HOLDOUT17_ODD_WITH_A_RECORD_NOW: set[str] = set()",
        "dev17-rh17d: Excel 162/186 = 87.1 %, PDF 228/251 = 90.8 % (printed from Excel 167/186, sent as PDF only",
        "61/65 = 93.8 %): 390/437, 1 silent (the KS- format prefix), 0 invented; kinds 26/26; profiles 171/178",
        "= 96.1 %, 1 silent (learned on the PDFs 91/95) — the debit note's dot leaders and GST 10 %, the lines",
        "under their invoice's heading row, the typewriter's /FreeText annotations read; floors raised to",
        "excel 0.87, pdf 0.90, sent as PDF 0.93, profiles 0.96, silent 1",
        "dev17-rh17f: after the hints under labels, the 8D sheets, a merged two-line text in a print:",
        "Excel 157/186 = 84.4 %, PDF 199/251 = 79.3 % (printed from Excel 158/186 = 84.9 %), sent as PDF",
        "only 41/65 = 63.1 %: 356/437, 2 silent, 0 invented; kinds 26/26; profiles 159/178, 1 silent",
        "HOLDOUT17_FLOOR_EXCEL = 0.84 — 157/186 after dev17-rh17f",
        "HOLDOUT17_FLOOR_PDF = 0.79 — 199/251 after dev17-rh17f",
        "int17 (lead, after the merges: dev17-rh17d, dev17-rh17e, dev17-rh17f and the round's other branches):",
        "437/437 — Excel 186/186, PDF 251/251 (sent as PDF only 65/65), 0 silent, 0 invented; kinds 26/26;",
        "profiles 178/178, 0 silent (learned on the PDFs 94/95, 1 silent: the KS- format prefix); floors at",
        "100 %, silent 0; held to the issue's targets",
        "dev18-rp: learned on the PDFs 95/95, 0 silent (the KS- prefix learned as part of the printed number;",
        "a code read as part of the generic reader's printed word is a disagreement); Excel-learned 178/178",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 95/95: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 21 (14 unwarned) on main's reader, 21 (14 unwarned) after the revision-history mend; HOLDOUT17_UNLISTED_SILENT_NOW = 14 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): team[].dept ×6, team[].role ×6, tax_rate ×1, approved_by_manager ×1",
    ),
    targets=True,
    shape=_SHAPE17,
    habits=_habits17,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS17,
            "8D steps as separate sheets",
            "a workbook of the form and its attachment list",
            "frozen panes",
            "list export: one heading row, one value row",
            "grouped outline rows",
            "hyperlink on a value",
            "wrap and indent",
            "number shown through a custom format's prefix",
            "unit in the number format",
            "number typed one character per box",
            "values only in PDF text annotations",
            "item lines alone on page 2",
            "dot leaders between label and value",
            "quantities grouped in lakhs",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    fields=_fields17,
    # a workbook zipped again and renamed ``.xlsx``, a phone photo renamed ``.pdf``
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout18
# every kind in every script, four forms sent as PDF only, four layouts with fields left empty
_SHAPE18 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=4, templates=frozenset({".html", ".pdf"}))


_TEXT_HABITS18 = {
    "date in the Japanese era": r"令和\d+年\d{1,2}月\d{1,2}日|R\d+\.\d{1,2}\.\d{1,2}",
    "choice ticked with an emoji": r"(?s)(.*✅.*⬜.*|.*⬜.*✅.*)",
    "Spanish–English labels": r"(?s).*\b(Cantidad|Cliente|Descripción)\b.* / .+",
    "date with a Spanish month": r"\d{2}-(ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)-\d{4}",
    "full-width D-number": r"Ｄ[０-９].+",
    "D-step numbered 8D-n": r"8D-[1-8] .+",
    "date in the Buddhist era": r"\d{2}/\d{2}/25\d\d",
    "French–English labels": r"(?s).*\b(Facture|Désignation|Montant)\b.*",
    "amount with space thousands, a decimal comma and EUR after": r"\d{1,3}( \d{3})+,\d\d EUR",
}


def _habits18_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: text pasted with CR LF (``_x000D_``), lookup formulas on a
    part-master sheet, a date or numbers shown in Chinese numerals by a ``[DBNum]`` format, the form
    filled on a copy of the template sheet (the blank template first), an item heading of two rows,
    and each text's habits."""
    with zipfile.ZipFile(book) as z:
        if any(b"_x000D_" in z.read(n) for n in z.namelist() if n.startswith("xl/") and n.endswith(".xml")):
            seen.add("text pasted with CR LF (_x000D_)")
    if len(wb.worksheets) >= 2 and wb.index(wb.active) > 0 and "模板" in wb.worksheets[0].title:
        seen.add("form filled on a copy of the template sheet")
    for ws in wb.worksheets:
        tall = {(r.min_row, r.min_col) for r in ws.merged_cells.ranges if r.max_row == r.min_row + 1}
        wide = {r.min_row for r in ws.merged_cells.ranges if r.min_row == r.max_row and r.max_col > r.min_col}
        if any(row in wide for row, _ in tall):
            seen.add("item heading of two rows")
        for row in ws.iter_rows():
            for c in row:
                v, fmt = c.value, c.number_format or ""
                if isinstance(v, str) and v.startswith("=VLOOKUP(") and "'!" in v:
                    seen.add("lookup formula on a part-master sheet")
                elif isinstance(v, str):
                    seen.update(h for h, p in _TEXT_HABITS18.items() if re.fullmatch(p, v))
                if v is not None and "[DBNum" in fmt:
                    seen.add("shown in Chinese numerals by a [DBNum] format")


def _habits18(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the PDFs sent alone: an Indonesian month, the page in one Form
    XObject, values merged onto the template as an overlay, two copies on one page."""
    from pypdf import PdfReader

    seen = _habits_of_books(_habits18_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        pages = PdfReader(held.home / lay["filled"][0]).pages
        texts = [p.extract_text() for p in pages]
        if any(
            re.search(r"\d{2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus)\s+\d{4}", t) for t in texts
        ):
            seen.add("date with an Indonesian month")
        for page in pages:
            res = page["/Resources"].get_object()
            xobjects = (res.get("/XObject") or {}).values()
            if any(x.get_object().get("/Subtype") == "/Form" for x in xobjects) and "/Font" not in res:
                seen.add("page content in one Form XObject")
            fonts = [
                str(f.get_object().get("/BaseFont")).split("+")[-1] for f in (res.get("/Font") or {}).values()
            ]
            if len(fonts) > len(set(fonts)):
                seen.add("values merged onto the template as an overlay")
        if any("第一联" in t and "第二联" in t for t in texts):
            seen.add("two copies on one page")
    return seen


HOLDOUT18 = HoldoutSet(
    name="holdout18",
    about=(
        "The eighteenth held-out layouts (tests/holdout18) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout17`` and ``../shared/corpus``:\n"
        "dates in the Japanese era (令和8年3月5日, R8.3.19), a request ticked with emoji (✅ 換貨 ⬜ 退貨), a\n"
        "description pasted with CR LF (_x000D_), a Spanish–English complaint (05-mar-2026, 2,400 pzas), an 8D\n"
        "whose steps are rows of a 步骤 | 内容 table with full-width D-numbers (Ｄ４－１), an 8D numbered 8D-1 …\n"
        "8D-8, a return note dated in the Buddhist era (15/03/2569), prices as VLOOKUP formulas on a\n"
        "part-master sheet, a date and quantities shown in Chinese numerals by [DBNum1] / [DBNum2] formats, a\n"
        "French–English avoir (1 234,50 EUR), an allowance filled on a copy of the template sheet, an item\n"
        "heading of two rows; sent as PDF only: an Indonesian–English portal complaint (05 Maret 2026, 3.000\n"
        "pcs; Chromium), an 8D whose page is one Form XObject, a 退货单 whose values are an overlay merged onto\n"
        "the blank template, an allowance printed as two copies on one page (fpdf2, pypdf); two odd files (a\n"
        "PDF locked with an open password, an OFD e-invoice).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout18/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout18 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "384/467 = 82.2 % (Excel 158/198, PDF 226/269: printed from Excel 159/198, sent as PDF only 67/71), "
        "0 silent; 2 wrong values (flagged: 8d-en-dashnum 8D-7 Prevention runs on into the 8D-8 Closure row, "
        "xlsx and PDF); invented 0; kinds 26 of 26; odd files: both an error, no record; "
        "profiles 188/204 = 92.2 %, 0 silent; learned on the PDFs 95/108, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=26,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=3,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "dev19-lead (a field left empty on the learned copy keeps its empty cell): profiles 200/204 = 98.0 %,",
        "learned on the PDFs 105/108 — HOLDOUT18_FLOOR_PROFILE_EXCEL = 0.980",
        "after the round's merges (int18: dev18-rh18a, dev18-rh18b and the others): Excel 198/198, PDF 269/269",
        "(sent as PDF only 71/71): 467/467, 0 silent; profiles 198/204 = 97.1 %, learned on the PDFs 103/108,",
        "0 silent — held to the issue's targets from here (targets=True)",
        "HOLDOUT18_FLOOR_EXCEL = 1.0, HOLDOUT18_FLOOR_PDF = 1.0, HOLDOUT18_FLOOR_SENT_AS_PDF = 1.0",
        "HOLDOUT18_FLOOR_PROFILE_EXCEL = 1.0 — 204/204, learned on the PDFs 108/108, 0 silent (dev19-rp: a",
        "profile's Buddhist-era dates, Indonesian months and 12.500 pcs, read as the generic reader reads them)",
        "HOLDOUT18_FLOOR_PROFILE_EXCEL = 0.970 — 198/204 after the merges",
        "after dev18-rh18a (a template tab's filled copy, 8D-n steps, emoji ticks, [DBNum] prints in profiles, 制单日期):",
        "Excel 192/198 = 97.0 %, PDF 259/269 = 96.3 % (printed from Excel 192/198), sent as PDF only 67/71:",
        "451/467 = 96.6 %, 0 wrong, 0 silent; profiles 190/204 = 93.1 %, learned on the PDFs 99/108, 0 silent",
        "HOLDOUT18_FLOOR_EXCEL = 0.969 — 192/198 after dev18-rh18a",
        "HOLDOUT18_FLOOR_PDF = 0.962 — 259/269 after dev18-rh18a",
        "HOLDOUT18_FLOOR_PROFILE_EXCEL = 0.931 — 190/204 after dev18-rh18a",
        "before any fix (main at 378c293) Excel 158/198 = 79.8 %, PDF 226/269 = 84.0 % (printed from Excel",
        "159/198 = 80.3 %), sent as PDF only 67/71 = 94.4 %: 384/467, 0 silent, 0 invented; kinds 26/26",
        "HOLDOUT18_FLOOR_EXCEL = 0.797 — 158/198 before any fix",
        "HOLDOUT18_FLOOR_PDF = 0.840 — 226/269 before any fix",
        "HOLDOUT18_FLOOR_SENT_AS_PDF = 0.943 — 67/71 before any fix",
        "HOLDOUT18_RECOGNISED_NOW = 26 — of 26 read without --kind before any fix",
        "HOLDOUT18_SILENT_NOW = 0, HOLDOUT18_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 188/204 = 92.2 %",
        "HOLDOUT18_FLOOR_PROFILE_EXCEL = 0.921 — 188/204 before any fix (learned on the PDFs: 95/108, 0 silent)",
        "HOLDOUT18_PROFILE_SILENT_NOW = 0",
        "-- dev19-ra (a profile's dates in the layout's order take the Buddhist era: return-en-buddhist): profiles"
        " 198 → 201/204 = 98.5 % (learned on the PDFs 103 → 105/108): HOLDOUT18_FLOOR_PROFILE_EXCEL = 0.985",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 108/108: FLOOR_PROFILE_PDF = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 10 (3 unwarned) on main's reader, 10 (3 unwarned) after the revision-history mend; HOLDOUT18_UNLISTED_SILENT_NOW = 3 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2, emergency_actions ×1",
    ),
    targets=True,
    shape=_SHAPE18,
    habits=_habits18,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS18,
            "text pasted with CR LF (_x000D_)",
            "lookup formula on a part-master sheet",
            "shown in Chinese numerals by a [DBNum] format",
            "form filled on a copy of the template sheet",
            "item heading of two rows",
            "date with an Indonesian month",
            "page content in one Form XObject",
            "values merged onto the template as an overlay",
            "two copies on one page",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a PDF locked with an open password, an OFD e-invoice
    odd_kinds=(None, "8d", "allowance"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout19
# every kind in every script, four forms sent as PDF only, four layouts with fields left empty
_SHAPE19 = _shape_of(
    layouts=15, filled=26, sent_as_pdf=4, absent=4, templates=frozenset({".docx", ".html", ".pdf"})
)


_TEXT_HABITS19 = {
    "Italian–English labels": r"(?s).*\b(Cliente|Descrizione|Richiesta|Lotto)\b.* / .+",
    "date with an Italian month": r"\d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre"
    r"|ottobre|novembre|dicembre) \d{4}",
    "time before the date": r"\d{1,2}:\d{2} \d{2}-[A-Z][a-z]{2}-\d{2}",
    "reject rate in PPM": r"\d+ PPM",
    "part revision and ECL beside the part number": r"Drawing Rev|ECL",
    "Polish–English labels": r"(?s).*\b(Klient|Nazwa|Przyczyna|Postępowanie)\b.* / .+",
    "date with a Polish month": r"\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września"
    r"|października|listopada|grudnia) \d{4}",
    "amount in złoty with a decimal comma": r"\d{1,3}(\.\d{3})*,\d\d zł",
    "quantity with 万 or 千 in the value": r"\d+(\.\d+)?[万千]",
    "date-time with 上午 / 下午": r"\d{4}/\d{1,2}/\d{1,2} [上下]午 \d{2}:\d{2}",
    "Portuguese–English labels": r"(?s).*\b(Descrição|Aprovado|Reclamação)\b.* / .+",
    "date with a Portuguese month": r"\d{1,2} de (janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro"
    r"|outubro|novembro|dezembro) de \d{4}",
    "amount in reais, the sign first": r"R\$ \d{1,3}(\.\d{3})*,\d\d",
    "D4 as a 5-Why table": r"Why [1-5]",
}


def _habits19_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: conditional formatting, negative numbers shown in parentheses
    by an accounting format, a fishbone list (人 機 料 法 環 測), and each text's habits."""
    for ws in wb.worksheets:
        if ws.conditional_formatting:
            seen.add("conditional formatting")
        texts = set()
        for row in ws.iter_rows():
            for c in row:
                v, fmt = c.value, c.number_format or ""
                if isinstance(v, (int, float)) and v < 0 and "(#,##0" in fmt:
                    seen.add("negative number shown in parentheses by an accounting format")
                elif isinstance(v, str):
                    texts.add(v)
                    seen.update(h for h, p in _TEXT_HABITS19.items() if re.fullmatch(p, v))
        if {"人", "機", "料", "法", "環", "測"} <= texts or {"人", "机", "料", "法", "环", "测"} <= texts:
            seen.add("D4 as a fishbone list")


def _habits19(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a diagonal watermark across the page (drawn
    over it by pypdf, behind the text by Chromium), Word content controls with a placeholder left,
    a Turkish month."""
    seen = _habits_of_books(_habits19_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        if lay["template"].endswith(".docx"):
            with zipfile.ZipFile(held.home / lay["template"]) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            if "<w:sdt>" in xml and "w14:checkbox" in xml and "w:showingPlcHdr" in xml:
                seen.add("Word content controls")
        with pdfplumber.open(held.home / lay["filled"][0]) as pdf:
            for page in pdf.pages:
                big = "".join(c["text"] for c in page.chars if c["size"] > 25)
                if "受控文件" in big or "CONFIDENTIAL" in big:
                    seen.add("diagonal watermark across the page")
                if re.search(
                    r"\d{2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran)\s+\d{4}", page.extract_text() or ""
                ):
                    seen.add("date with a Turkish month")
    return seen


HOLDOUT19 = HoldoutSet(
    name="holdout19",
    about=(
        "The nineteenth held-out layouts (tests/holdout19) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout18`` and ``../shared/corpus``:\n"
        "an Italian–English complaint (5 marzo 2026, 1.200 pz), a complaint sheet coloured by conditional\n"
        "formatting, a notification with the time before the date (14:30 05-Mar-26) and a rate in PPM, a\n"
        "PPAP-style SCAR with the drawing revision and ECL beside the part number, an 8D whose D4 is a 5-Why\n"
        "table (the root cause the last answered why), an 8D whose D4 is a fishbone list (人 機 料 法 環 測\n"
        "judged ○ / ×), a Polish–English return (5 marca 2026, 1.234,50 zł), quantities with 万 / 千 in the\n"
        "value (1.2万), date-times with 上午 / 下午, a Portuguese–English nota de crédito (R$ 1.234,50), negative\n"
        "amounts shown in parentheses by the accounting format; sent as PDF only: a 客訴處理單 stamped with a\n"
        "受控文件 watermark (fpdf2, pypdf), an 8D made in Word with content controls (a placeholder left), a\n"
        "Turkish–English portal return (05 Mart 2026, 2.500 adet, 1.234,50 TL) and a 折讓證明單 with a\n"
        "CONFIDENTIAL watermark behind the text (Chromium); two odd files (an XPS print saved as .pdf, a\n"
        "saved e-mail with the workbook attached).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout19/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout19 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "409/468 = 87.4 % (Excel 172/197, PDF 237/271: printed from Excel 172/197, sent as PDF only 65/74), "
        "0 silent; 0 wrong values; invented 0; kinds 26 of 26; odd files: both an error, no record; "
        "profiles 182/209 = 87.1 %, 1 silent (complaint-en-italian copy2 '15.000 pz' read 15); "
        "learned on the PDFs 96/112, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=26,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=6,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "HOLDOUT19_FLOOR_PROFILE_EXCEL = 0.995 — 208/209, learned on the PDFs 110/112 (dev20-ra); left: the 5-Why copy2's last answered why",
        "after the round's merges (int19: dev19-lead, dev19-rh19a and the others): Excel 197/197, PDF 271/271",
        "(sent as PDF only 74/74): 468/468, 0 silent; profiles 206/209 = 98.6 %, learned on the PDFs 109/112,",
        "0 silent — held to the issue's targets from here (targets=True)",
        "HOLDOUT19_FLOOR_EXCEL = 1.0, HOLDOUT19_FLOOR_PDF = 1.0, HOLDOUT19_FLOOR_PROFILE_EXCEL = 0.985",
        "before any fix (main at 819cc96) Excel 172/197 = 87.3 %, PDF 237/271 = 87.5 % (printed from Excel",
        "172/197 = 87.3 %), sent as PDF only 65/74 = 87.8 %: 409/468, 0 silent, 0 invented; kinds 26/26",
        "HOLDOUT19_FLOOR_EXCEL = 0.873 — 172/197 before any fix",
        "HOLDOUT19_FLOOR_PDF = 0.874 — 237/271 before any fix",
        "HOLDOUT19_FLOOR_SENT_AS_PDF = 0.878 — 65/74 before any fix",
        "HOLDOUT19_RECOGNISED_NOW = 26 — of 26 read without --kind before any fix",
        "HOLDOUT19_SILENT_NOW = 0, HOLDOUT19_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 182/209 = 87.1 %",
        "HOLDOUT19_FLOOR_PROFILE_EXCEL = 0.870 — 182/209 before any fix (learned on the PDFs: 96/112, 0 silent)",
        "HOLDOUT19_PROFILE_SILENT_NOW = 1 — complaint-en-italian copy2 '15.000 pz' read 15",
        "-- dev19-lead: date-times with the time first or 上午/下午, 時間 labels of dates, 5-Why and fishbone",
        "D4 grids, D7 'all'/'families', a profile's thousands point: Excel 180/197 = 91.4 %, PDF 245/271 =",
        "90.4 % (sent as PDF only 65/74), 425/468; profiles 187/209 = 89.5 %, 0 silent (PDF-learned 99/112)",
        "dev19-rh19a (foreign months, R$ / zł / TL amounts, CNPJ, ICMS, Approved / Price columns, adet,",
        "Hurda / Scrap, Supervisor): 452/468, 0 silent — Excel 189/197 = 95.9 %, PDF 263/271 = 97.0 %,",
        "sent as PDF only 74/74 = 100 %; profiles 195/209 = 93.3 %, 1 silent (the same '15.000 pz'),",
        "learned on the PDFs 104/112, 0 silent",
        "dev20-rp: learned on the first copy's print, read on copy2's prints 112/112: FLOOR_PROFILE_PDF = 1.0",
        "dev20-rp: profiles 209/209 (Naprawa / Rework, the 5-Why chain), learned on the PDFs 112/112: FLOOR_PROFILE_EXCEL = 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 13 (6 unwarned) on main's reader, 13 (6 unwarned) after the revision-history mend; HOLDOUT19_UNLISTED_SILENT_NOW = 6 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): defect_rate ×4, tax_rate ×2",
    ),
    targets=True,
    shape=_SHAPE19,
    habits=_habits19,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS19,
            "conditional formatting",
            "negative number shown in parentheses by an accounting format",
            "D4 as a fishbone list",
            "Word content controls",
            "diagonal watermark across the page",
            "date with a Turkish month",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # an XPS print saved as .pdf, a saved e-mail (.eml) with the workbook attached
    odd_kinds=(None, "8d", "complaint"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout20
# every kind in every script, four forms sent as PDF only, three layouts with fields left empty
_SHAPE20 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=3, templates=frozenset({".html", ".pdf"}))


_TEXT_HABITS20 = {
    "Czech–English labels": r"(?s).*\b(Zákazník|Odběratel|Požadavek|Vedoucí)\b.* / .+",
    "Czech date with spaces (5. 3. 2026)": r"\d{1,2}\. \d{1,2}\. \d{4}",
    "amount in koruna with a space between the thousands": r"\d{1,3}( \d{3})*,\d\d Kč",
    "Dutch–English labels": r"(?s).*\b(Klant|Datum|Artikelnr\.|Goedgekeurd)\b.* / .+",
    "date with a Dutch month": r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december) \d{4}",
    "Arabic–English labels": r"[\u0600-\u06ff ]+ / .+",
    "Arabic-Indic digits in a value": r"[\u0660-\u0669]+",
}


def _habits20_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: a right-to-left sheet, an option chosen by a cell filled
    among printed options, a number kept by a leading-zero number format, a barcode or stamp
    image, a label merged down a column over several rows, a workbook saved by WPS Office, and
    each text's habits."""
    with zipfile.ZipFile(book) as z:
        if "docProps/custom.xml" in z.namelist() and b"KSOProductBuildVer" in z.read("docProps/custom.xml"):
            seen.add("workbook saved by WPS Office")
    for ws in wb.worksheets:
        if ws.sheet_view.rightToLeft:
            seen.add("right-to-left sheet")
        if ws._images:
            seen.add("image beside or over a value (barcode, stamp)")
        for rng in ws.merged_cells.ranges:
            if rng.min_col == rng.max_col and rng.max_row > rng.min_row:
                seen.add("one label merged down a column over several rows")
        for row in ws.iter_rows():
            for c in row:
                v, fmt = c.value, c.number_format or ""
                if isinstance(v, int) and re.fullmatch(r"0{5,}", fmt) and len(str(v)) < len(fmt):
                    seen.add("number kept by a leading-zero number format")
                elif isinstance(v, str):
                    seen.update(h for h, p in _TEXT_HABITS20.items() if re.fullmatch(p, v))
                    if c.fill is not None and c.fill.fgColor.rgb == "00FFFF00":
                        seen.add("option chosen by a filled cell")


def _habits20(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: Hungarian year-first dates, a form continued
    over two pages with （續）, a Code 39 barcode, outlined text (a page with vector curves)."""
    seen = _habits_of_books(_habits20_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        with pdfplumber.open(held.home / lay["filled"][0]) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            if re.search(r"\d{4}\. (január|február|március|április|május|június) \d{1,2}\.", text):
                seen.add("Hungarian year-first date")
            if len(pdf.pages) >= 2 and "續" in text:
                seen.add("form continued over two pages")
            if any(page.curves for page in pdf.pages) and "Approved by" in text:
                seen.add("outlined text")
            if any(len(page.rects) > 40 for page in pdf.pages):
                seen.add("Code 39 barcode")
    return seen


HOLDOUT20 = HoldoutSet(
    name="holdout20",
    about=(
        "The twentieth held-out layouts (tests/holdout20) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout19`` and ``../shared/corpus``:\n"
        "a Czech–English complaint and credit note (5. 3. 2026, 1 200 ks, 1 234,50 Kč, DIČ), choices shown by\n"
        "a cell filled yellow, part and order numbers kept by a leading-zero number format, a Dutch–English\n"
        "8D (5 maart 2026), an 8D saved by WPS Office, labels merged down a column over several rows, an\n"
        "Arabic–English return laid out right-to-left (Arabic-Indic digits), a barcode image beside the\n"
        "number, a stamp image over the manager's cell; sent as PDF only: a Hungarian–English complaint\n"
        "page (2026. március 5.; Chromium), an 8D with a Code 39 barcode and the approver's name in\n"
        "outlined text (fpdf2), a Dutch–English retourbon (€ 1.234,50; Chromium), a 折讓證明單 continued over\n"
        "two pages (fpdf2); two odd files (a WPS .et / OLE2 file renamed .xlsx, a PNG saved as .pdf).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout20/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout20 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "435/521 = 83.5 % (Excel 171/199, PDF 264/322: printed from Excel 168/199, sent as PDF only 96/123), "
        "3 silent (complaint-zht-zeros.xlsx 料號 / 訂單號碼 read without the leading zeros of their number "
        "format, return-en-arabic.pdf the approver read from the receiver's cell); 0 invented; kinds 26 of 26; "
        "odd files: both an error, no record; profiles 161/196 = 82.1 %, 4 silent (the highlighted option of "
        "complaint-zh-highlight and return-zht-highlight taken where the first copy's was, xlsx and PDF); "
        "learned on the PDFs 87/105, 2 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=26,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at b189519) Excel 171/199 = 85.9 %, PDF 264/322 = 82.0 % (printed from Excel",
        "168/199 = 84.4 %), sent as PDF only 96/123 = 78.0 %: 435/521, 3 silent, 0 invented; kinds 26/26",
        "HOLDOUT20_FLOOR_EXCEL = 0.859 — 171/199 before any fix",
        "dev21-rp: FLOOR_PROFILE_PDF = 1.0 — 105/105: Uzavřeno / Closed, empty on the print learned, kept by its half",
        "HOLDOUT20_FLOOR_PDF = 0.819 — 264/322 before any fix",
        "HOLDOUT20_FLOOR_SENT_AS_PDF = 0.780 — 96/123 before any fix",
        "HOLDOUT20_RECOGNISED_NOW = 26 — of 26 read without --kind before any fix",
        "HOLDOUT20_SILENT_NOW = 3 — complaint-zht-zeros.xlsx 料號 '45120' / 訂單號碼 '781234' (format 0000000 shows",
        "'0045120'), return-en-arabic.pdf approved_by read 'Rashid Khan' (the receiver) for 'Omar Haddad'",
        "HOLDOUT20_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 161/196 = 82.1 %",
        "HOLDOUT20_FLOOR_PROFILE_EXCEL = 0.821 — 161/196 before any fix (learned on the PDFs: 87/105, 2 silent)",
        "HOLDOUT20_PROFILE_SILENT_NOW = 4 — the yellow-filled option of complaint-zh-highlight (客户要求) and",
        "return-zht-highlight (處理方式) read at the first copy's place, xlsx and PDF",
        "dev20-rh20a (31. 3. 2026, 1 200 ks / 48 db / 1.250 st., 1 234,50 Kč, DIČ, DPH, Handled by, Csere,",
        "Vernietigen, Datum / Date and D6 Validatie in an 8D, the Arabic form's day-first dates, Arabic read",
        "off a PDF in its glyphs' order turned): 487/521, 3 silent — Excel 192/199 = 96.5 %, PDF 295/322 =",
        "91.6 % (printed from Excel 189/199), sent as PDF only 106/123 = 86.2 %; profiles 192/196 = 98.0 %,",
        "4 silent (the same yellow options), learned on the PDFs 102/105, 2 silent",
        "int20 (all the round's branches; dev20-lead: leading zeros kept by a 0000000 format, a page laid out",
        "right to left read mirrored, the highlighted option and a profile following it, the two-page table):",
        "516/521, 0 silent — Excel 197/199 = 99.0 %, PDF 319/322 = 99.1 %, sent as PDF only 122/123 = 99.2 %;",
        "profiles 196/196, learned on the PDFs 104/105, 0 silent; held to the issue's targets from here",
        "dev21-rh21a (a totals line summing each column, Celkem / Total | net | DPH: the total before tax,",
        "the grand total from K úhradě / Total credit): 520/521, 0 silent — Excel 199/199 = 100 %, PDF",
        "321/322 = 99.7 %, sent as PDF only 122/123",
        "dev21-ra (a 'D4 Escape:' line the escape cause; a tax column headed 'DPH 21 % / VAT' the lines' own,",
        "a 'Total' equal to the lines' sum the net, the gross the 'Total credit' line's): 521/521, 0 silent —",
        "Excel 199/199, PDF 322/322, sent as PDF only 123/123 — floors 1.0 / 1.0 / 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 5 (2 unwarned) on main's reader, 5 (2 unwarned) after the revision-history mend; HOLDOUT20_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2",
    ),
    targets=True,
    shape=_SHAPE20,
    habits=_habits20,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS20,
            "workbook saved by WPS Office",
            "right-to-left sheet",
            "image beside or over a value (barcode, stamp)",
            "one label merged down a column over several rows",
            "number kept by a leading-zero number format",
            "option chosen by a filled cell",
            "Hungarian year-first date",
            "form continued over two pages",
            "outlined text",
            "Code 39 barcode",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a WPS .et (OLE2) workbook renamed .xlsx, a PNG screenshot saved as .pdf
    odd_kinds=(None, "8d", "complaint"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout21
# every kind in every script, six forms sent as PDF only, one layout with a field left to a note
_SHAPE21 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=1, templates=frozenset({".html", ".pdf"}))

_GREEK_MONTHS = (
    "Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου"
    "|Νοεμβρίου|Δεκεμβρίου"
)
_TEXT_HABITS21 = {
    "Greek–English labels": r"[\u0370-\u03ff][\u0370-\u03ff .]* / .+",
    "date with a Greek month (5 Μαρτίου 2026)": rf"\d{{1,2}} ({_GREEK_MONTHS}) \d{{4}}",
    "quantity in τεμ. with a dot between the thousands": r"\d{1,3}(\.\d{3})* τεμ\.",
    "Finnish–English labels": r"(?s).*\b(Asiakas|Päivämäärä|Nimike|Hyväksyjä)\b.* / .+",
    "Finnish date (5.3.2026)": r"\d{1,2}\.\d{1,2}\.\d{4}",
    "quantity in kpl": r"\d{1,3}( \d{3})* kpl",
    "Swedish–English labels": r"(?s).*\b(Kund|Benämning|Returnerat|Mottaget av)\b.* / .+",
    "date with a Swedish month (5 mars 2026)": r"\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti"
    r"|september|oktober|november|december) \d{4}",
    "amount in kronor with a space between the thousands (1 234,50 kr)": r"\d{1,3}( \d{3})*,\d\d kr",
    "Danish–English labels": r"(?s).*\b(Kunde|Dato|Godkendt|Beløb)\b.* / .+",
    "Danish date (31. marts 2026)": r"\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september"
    r"|oktober|november|december) \d{4}",
    "amount in Danish kroner (1.234,50 kr.)": r"\d{1,3}(\.\d{3})*,\d\d kr\.",
    "quantity in stk.": r"\d+ stk\.",
    "date typed with 号 (2026年3月5号)": r"\d{4}年\d{1,2}月\d{1,2}号",
}


def _habits21_of_a_book(book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: a value left to a cell note (``見註解`` and the note), a sheet
    printed landscape at a 40 % scale, a title and letterhead pasted as a picture (no text in the
    picture's rows), and each text's habits."""
    for ws in wb.worksheets:
        ps = ws.page_setup
        if ps.orientation == "landscape" and ps.scale == 40 and not ws.sheet_properties.pageSetUpPr.fitToPage:
            seen.add("landscape sheet printed at a 40 % scale")
        if ws._images and not any(c.value for c in ws[1]):
            seen.add("title and letterhead a picture")
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    seen.update(h for h, p in _TEXT_HABITS21.items() if re.fullmatch(p, c.value))
                    if re.fullmatch(r"見註解|见批注|見附註|see note", c.value) and c.comment is not None:
                        seen.add("a value only in a cell note")


def _habits21(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Romanian month, a mail-merged letter in
    prose, dot leaders after the labels, a menu sidebar beside a two-column form, Hebrew right to
    left with shekel amounts."""
    seen = _habits_of_books(_habits21_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        with pdfplumber.open(held.home / lay["filled"][0]) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            words = [w for page in pdf.pages for w in page.extract_words()]
        if re.search(r"\d{1,2} (ianuarie|februarie|martie|aprilie|mai|iunie) \d{4}", text):
            seen.add("date with a Romanian month (5 martie 2026)")
        if "Dear Sir or Madam" in text and "Yours faithfully" in text:
            seen.add("a mail-merged complaint letter in prose")
        if re.search(r"\S……+", text):
            seen.add("dot leaders between label and value")
        menu = [w["x0"] for w in words if w["text"].startswith("訂單查詢")]
        right = [w["x0"] for w in words if w["text"].startswith("客訴單號")]
        if menu and right and right[0] - menu[0] > 250:
            seen.add("a menu sidebar beside a two-column form")
        if re.search(r"[\u0590-\u05ff]", text) and "₪" in text:
            seen.add("Hebrew–English, right to left, ₪ amounts")
    return seen


HOLDOUT21 = HoldoutSet(
    name="holdout21",
    about=(
        "The twenty-first held-out layouts (tests/holdout21) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout20`` and ``../shared/corpus``:\n"
        "a Greek–English complaint (5 Μαρτίου 2026, 1.200 τεμ.), dates typed with 号 (2026年3月5号), a request\n"
        "left to a cell note (見註解), a Finnish–English 8D (5.3.2026, 1 250 kpl), an 8D printed landscape at a\n"
        "40 % scale, a Swedish–English return (5 mars 2026, 1 234,50 kr, st), a return whose title and\n"
        "letterhead are a picture, a Danish–English credit note (31. marts 2026, 1.234,50 kr., stk., CVR-nr.),\n"
        "a 折让证明单 with 号 dates and 元 amounts; sent as PDF only: a Romanian–English complaint page\n"
        "(5 martie 2026, 1.200 buc.; Chromium), a mail-merged complaint letter in prose (Chromium), an 8D and\n"
        "a 折讓證明單 printed from Word forms with dot leaders (fpdf2), a portal's 退貨單 in two columns beside\n"
        "a menu sidebar (Chromium), a Hebrew–English credit note right to left (₪; Chromium); two odd files\n"
        "(a Google Drive shortcut renamed .xlsx, a portal's HTML log-in page saved as .pdf).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout21/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout21 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "368/432 = 85.2 % (Excel 141/161, PDF 227/271: printed from Excel 141/161, sent as PDF only 86/110), "
        "0 wrong, 0 silent; 0 invented (the request left to a cell note not taken); kinds 23 of 24 (the "
        "mail-merged letter not recognised); odd files: both an error, no record; profiles 148/162 = 91.4 %, "
        "0 silent; learned on the PDFs 80/88, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=3,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 9f62c18) Excel 141/161 = 87.6 %, PDF 227/271 = 83.8 % (printed from Excel",
        "141/161 = 87.6 %), sent as PDF only 86/110 = 78.2 %: 368/432, 0 wrong, 0 silent, 0 invented; kinds 23/24",
        "HOLDOUT21_FLOOR_EXCEL = 0.875 — 141/161 before any fix",
        "HOLDOUT21_FLOOR_PDF = 0.837 — 227/271 before any fix",
        "HOLDOUT21_FLOOR_SENT_AS_PDF = 0.781 — 86/110 before any fix",
        "HOLDOUT21_RECOGNISED_NOW = 23 — of 24 read without --kind before any fix (complaint-en-mailmerge.pdf not)",
        "HOLDOUT21_SILENT_NOW = 0",
        "HOLDOUT21_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 148/162 = 91.4 %",
        "HOLDOUT21_FLOOR_PROFILE_EXCEL = 0.913 — 148/162 before any fix (learned on the PDFs: 80/88 = 0.909)",
        "HOLDOUT21_PROFILE_SILENT_NOW = 0",
        "dev21-rh21a (4,35 kr / 13.860,00 kr. / ₪ 5,100.00 amounts, τεμ. / buc. / kpl counts, Moms 25 % / VAT",
        "a rated tax column, I alt / Total summing each column, Αντικατάσταση, Päivämäärä / Määrä / D6",
        "Todentaminen / D7 Ennaltaehkäisy in an 8D): 419/432, 0 wrong, 0 silent — Excel 161/161 = 100 %, PDF",
        "258/271 = 95.2 % (printed from Excel 161/161), sent as PDF only 97/110 = 88.2 % (the mail-merged letter",
        "and 8d-zh-leaders' two steps left to dev21-rh21b); profiles 162/162, learned on the PDFs 88/88, 0",
        "silent; held to the issue's targets from here",
        "-- dev21-rh21b (the letter read from its set phrases, D4 发生原因 / D4 流出原因 headings, 推广至 in D7):",
        "PDF 240/271 = 88.6 %, sent as PDF only 99/110 = 90.0 %, kinds 24/24: 381/432, 0 wrong, 0 silent",
        "HOLDOUT21_FLOOR_PDF = 0.885 — 240/271 (dev21-rh21b)",
        "HOLDOUT21_FLOOR_SENT_AS_PDF = 0.899 — 99/110 (dev21-rh21b)",
        "HOLDOUT21_RECOGNISED_NOW = 24 — of 24 (the mail-merged letter read as a complaint, dev21-rh21b)",
        "-- after both merges (int21): 432/432, 0 wrong, 0 silent; profiles 162/162, learned on the PDFs 88/88",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 3 (3 unwarned) on main's reader, 3 (3 unwarned) after the revision-history mend; HOLDOUT21_UNLISTED_SILENT_NOW = 3 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×3",
    ),
    targets=True,
    shape=_SHAPE21,
    habits=_habits21,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS21,
            "landscape sheet printed at a 40 % scale",
            "title and letterhead a picture",
            "a value only in a cell note",
            "date with a Romanian month (5 martie 2026)",
            "a mail-merged complaint letter in prose",
            "dot leaders between label and value",
            "a menu sidebar beside a two-column form",
            "Hebrew–English, right to left, ₪ amounts",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a Google Drive shortcut (JSON) renamed .xlsx, a portal's HTML log-in page saved as .pdf
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout22
# every kind in every script, six forms sent as PDF only, one layout with a field left to its prompt
_SHAPE22 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=1, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS22 = {
    "Ukrainian–English labels": r"[\u0400-\u04ff][\u0400-\u04ff' ]* / .+",
    "date with a Ukrainian month and р. (5 березня 2026 р.)": r"\d{1,2} (січня|лютого|березня|квітня|травня"
    r"|червня|липня|серпня|вересня|жовтня|листопада|грудня) \d{4} р\.",
    "quantity in шт. with a space between the thousands": r"\d{1,3}( \d{3})* шт\.",
    "Croatian–English labels": r"(?s).*\b(Kupac|Datum|Količina|Odobrio)\b.* / .+",
    "Croatian date with a dot after the year (5. ožujka 2026.)": r"\d{1,2}\. (siječnja|veljače|ožujka|travnja"
    r"|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca) \d{4}\.",
    "quantity in kom": r"\d{1,3}(\.\d{3})* kom",
    "ISO week date (2026-W10-4)": r"\d{4}-W\d\d-[1-7]",
    "Latvian–English labels": r"(?s).*\b(Klients|Datums|Atgriezts|Pieņēma)\b.* / .+",
    "Latvian date (2026. gada 5. martā)": r"\d{4}\. gada \d{1,2}\. \w+",
    "quantity in gab.": r"\d{1,3}( \d{3})* gab\.",
    "amount with EUR after it (1 234,50 EUR)": r"\d{1,3}( \d{3})*,\d\d EUR",
    "date with an English ordinal (Mar 5th, 2026)": r"[A-Z][a-z]{2} \d{1,2}(st|nd|rd|th), \d{4}",
    "amount with USD after it (1,234.50 USD)": r"\d{1,3}(,\d{3})*\.\d\d USD",
    "Slovak–English labels": r"(?s).*\b(Odberateľ|Dobropis|Množstvo|Schválil)\b.* / .+",
    "Slovak date (31. marca 2026)": r"\d{1,2}\. (januára|februára|marca|apríla|mája|júna|júla|augusta|septembra"
    r"|októbra|novembra|decembra) \d{4}",
    "amount in euros with the sign after (1 234,50 €)": r"\d{1,3}( \d{3})*,\d\d €",
    "quantity in ks": r"\d{1,3}( \d{3})* ks",
    "amount with TWD after it (12,345 TWD)": r"\d{1,3}(,\d{3})*(\.\d\d)? TWD",
    "ROC date with dots (115.03.26)": r"1\d\d\.\d\d\.\d\d",
}


# Arabic-script letters (not the Persian digits or separators, which keep their order)
_ARABIC_RUN = re.compile(r"[\u0600-\u065f\u066e-\u06ef\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+")


def _fields_in_visual_order(
    expected: Path, script: re.Pattern[str], typed_as: Callable[[str], str], printed_as: Callable[[str], str]
) -> None:
    """As every set's check, for a PDF-only layout whose values are in ``script`` and which the
    print holds in VISUAL order: a typed value stands on the page if it, or ``typed_as`` of it,
    is in ``printed_as`` of the page's (squeezed) text."""
    exp = load(expected)
    if exp["template"].endswith(".xlsx") or not any(script.search(str(f["value"])) for f in exp["fields"]):
        check_fields_stand_on_the_form(expected)
        return
    paths = field_paths(forms.get(exp["kind"]))
    for f in exp["fields"] + exp.get("absent", []):
        assert re.sub(r"\[[^\]]*\]", "", f["path"]) in paths, f["path"]
    texts = [printed_as(t) for t in printed_texts(expected.parent.parent / exp["filled"][-1])]
    for f in exp["fields"]:
        typed = str(f["value"])
        assert any(squeeze(v) in t for t in texts for v in (typed, typed_as(typed))), (
            f"{f['cell']}: {typed!r} not printed"
        )


def _fields22(expected: Path) -> None:
    """As every set's, except that a right-to-left PDF holds its Persian words in VISUAL order (the
    letters of ``عدد`` stored left to right as ``دﺪﻋ``, presentation forms): a typed value stands on
    the page if it, or it with each Arabic-script word reversed, is in the page's text."""
    _fields_in_visual_order(
        expected, _ARABIC_RUN, lambda typed: _ARABIC_RUN.sub(lambda m: m.group()[::-1], typed), lambda t: t
    )


def _habits22_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: labels in one header row with the values in the one row below
    (an export), data-validation input messages on the value cells (one cell empty but for its
    prompt), and each text's habits."""
    for ws in wb.worksheets:
        if ws.max_row == 2 and ws.max_column >= 10 and all(isinstance(c.value, str) for c in ws[1]):
            seen.add("labels in a header row, values in the one row below (an export)")
        prompts = [dv for dv in ws.data_validations.dataValidation if dv.showInputMessage and dv.prompt]
        if len(prompts) >= 3:
            seen.add("data-validation input messages on the value cells")
        if any(ws[str(dv.sqref).split(":")[0]].value is None for dv in prompts):
            seen.add("a field left empty but for its input message")
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    seen.update(h for h, p in _TEXT_HABITS22.items() if re.fullmatch(p, c.value))


def _habits22(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Chinese complaint letter in prose, a
    Persian–English page with Solar Hijri dates in Persian digits, two pages printed on one sheet,
    a Filipino month and peso amounts, an export repeating the header on every item row, CNY after
    the amounts."""
    seen = _habits_of_books(_habits22_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        with pdfplumber.open(held.home / lay["filled"][0]) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            pages = [(float(p.width), float(p.height)) for p in pdf.pages]
        if "投诉函" in text and "此致" in text:
            seen.add("a complaint letter in Chinese prose (投诉函)")
        if re.search(r"[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}", text) and re.search(r"[\u0600-\u06ff]", text):
            seen.add("Persian–English, Solar Hijri dates in Persian digits beside the Gregorian")
        if lay["id"] == "8d-zht-twoup" and pages and pages[0][0] > pages[0][1]:
            seen.add("two portrait pages printed on one landscape sheet")
        if re.search(r"(Enero|Pebrero|Marso|Abril|Mayo|Hunyo) \d{1,2}, \d{4}", text) and "₱" in text:
            seen.add("date with a Filipino month (Marso 5, 2026), ₱ amounts")
        if len(re.findall(r"RT-SY-2603-027", text)) >= 2:
            seen.add("an export repeating the header's fields on every item row")
        if re.search(r"\d\.\d\d CNY", text):
            seen.add("amount with CNY after it (4,320.00 CNY)")
    return seen


HOLDOUT22 = HoldoutSet(
    name="holdout22",
    about=(
        "The twenty-second held-out layouts (tests/holdout22) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout21`` and ``../shared/corpus``:\n"
        "a Ukrainian–English complaint (5 березня 2026 р., 1 200 шт.), a 客诉登记 export (labels in a header\n"
        "row, values in the one row below), a 客訴單 with data-validation input messages (one field left to\n"
        "its prompt), a Croatian–English 8D (5. ožujka 2026., 1.250 kom), an 8D with ISO week dates\n"
        "(2026-W10-4), a Latvian–English return (2026. gada 5. martā, 1 200 gab., 1 234,50 EUR), a 退货单 with\n"
        "Mar 5th, 2026 and 1,234.50 USD, a Slovak–English credit note (31. marca 2026, 1 234,50 €, ks, IČ DPH),\n"
        "a 折讓證明單 with 12,345 TWD and 115.03.26; sent as PDF only: a 投诉函 in Chinese prose (Chromium), a\n"
        "Persian–English complaint right to left with Solar Hijri dates in Persian digits (Chromium), an 8D of\n"
        "two pages printed two pages per sheet (fpdf2), a Filipino–English return slip (Marso 5, 2026, ₱;\n"
        "Chromium), a portal's 退貨明細 export repeating the header on every item row (Chromium), a 折让证明单\n"
        "with CNY after the amounts (fpdf2); two odd files (a workbook whose values are pictures of text, a\n"
        "Windows shortcut renamed .pdf).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout22/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout22 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "367/420 = 87.4 % (Excel 143/159, PDF 224/261: printed from Excel 143/159, sent as PDF only 81/102), "
        "0 wrong, 0 silent; 0 invented (the field left to its input message not taken); kinds 22 of 24 (the "
        "投诉函 and the Filipino return slip not recognised); odd files: both an error, no record; profiles "
        "138/158 = 87.3 %, 0 silent; learned on the PDFs 73/85, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.996,
        sent_as_pdf=0.990,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 575c06b) Excel 143/159 = 89.9 %, PDF 224/261 = 85.8 % (printed from Excel",
        "143/159 = 89.9 %), sent as PDF only 81/102 = 79.4 %: 367/420, 0 wrong, 0 silent, 0 invented; kinds 22/24",
        "HOLDOUT22_FLOOR_EXCEL = 0.899 — 143/159 before any fix",
        "HOLDOUT22_FLOOR_PDF = 0.858 — 224/261 before any fix",
        "HOLDOUT22_FLOOR_SENT_AS_PDF = 0.794 — 81/102 before any fix",
        "HOLDOUT22_RECOGNISED_NOW = 22 — of 24 read without --kind before any fix (complaint-zh-letter.pdf,",
        "return-en-filipino.pdf not)",
        "HOLDOUT22_SILENT_NOW = 0",
        "HOLDOUT22_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 138/158 = 87.3 %",
        "HOLDOUT22_FLOOR_PROFILE_EXCEL = 0.873 — 138/158 before any fix (learned on the PDFs: 73/85 = 0.859)",
        "HOLDOUT22_PROFILE_SILENT_NOW = 0",
        "dev22-rh22a (dates: 5 березня 2026 р., 5. ožujka 2026., 2026-W10-4, 2026. gada 5. martā, the Gregorian",
        "beside a Solar Hijri date; 接獲日期 / 提出日期; ۱٬۲۰۰ عدد): 385/420 = 91.7 %, 0 wrong, 0 silent — Excel",
        "150/159 = 94.3 %, PDF 235/261 = 90.0 % (printed from Excel 150/159), sent as PDF only 85/102 = 83.3 %;",
        "kinds 22/24; profiles 149/158 = 94.3 %, learned on the PDFs 80/85 = 94.1 %, 0 silent",
        "HOLDOUT22_FLOOR_EXCEL = 0.943, HOLDOUT22_FLOOR_PDF = 0.900, HOLDOUT22_FLOOR_SENT_AS_PDF = 0.833 (dev22-rh22a)",
        "HOLDOUT22_FLOOR_PROFILE_EXCEL = 0.943, HOLDOUT22_FLOOR_PROFILE_PDF = 0.941 (dev22-rh22a)",
        "-- dev22-rh22b (count words gab./kom./عدد, bilingual requests, D6/D7 headings, ₱, the Filipino slip's title):",
        "Excel 152/159 = 95.6 %, PDF 240/261 = 91.9 % (printed from Excel 152/159), sent as PDF only 88/102 =",
        "86.3 %: 392/420, 0 wrong, 0 silent, 0 invented; kinds 23/24 (return-en-filipino.pdf now recognised)",
        "HOLDOUT22_FLOOR_EXCEL = 0.955 — 152/159 (dev22-rh22b)",
        "HOLDOUT22_FLOOR_PDF = 0.919 — 240/261 (dev22-rh22b)",
        "HOLDOUT22_FLOOR_SENT_AS_PDF = 0.862 — 88/102 (dev22-rh22b)",
        "HOLDOUT22_RECOGNISED_NOW = 23 — of 24 (dev22-rh22b; complaint-zh-letter.pdf not)",
        "HOLDOUT22_FLOOR_PROFILE_EXCEL = 0.936 — 148/158 (dev22-rh22b; learned on the PDFs: 79/85 = 0.929)",
        "dev22-letters2 (a letter with a reference line above its prose is a letter): complaint-zh-letter.pdf",
        "1 → 11/12, recognised; PDF 234/261 = 89.7 %, sent as PDF only 91/102 = 89.2 %, 377/420, 0 silent:",
        "HOLDOUT22_FLOOR_PDF = 0.896, HOLDOUT22_FLOOR_SENT_AS_PDF = 0.892, HOLDOUT22_RECOGNISED_NOW = 23",
        "-- after every merge and both reviews' mends (int22, lead): 419/420, 0 wrong, 0 silent, kinds 24/24",
        "(the 投诉函's part name, said only in its title, not read); profiles 158/158, learned on the PDFs",
        "85/85, 0 silent; held to the issue's targets from here",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 2 (2 unwarned) on main's reader, 2 (2 unwarned) after the revision-history mend; HOLDOUT22_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2",
    ),
    targets=True,
    shape=_SHAPE22,
    habits=_habits22,
    fields=_fields22,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS22,
            "labels in a header row, values in the one row below (an export)",
            "data-validation input messages on the value cells",
            "a field left empty but for its input message",
            "a complaint letter in Chinese prose (投诉函)",
            "Persian–English, Solar Hijri dates in Persian digits beside the Gregorian",
            "two portrait pages printed on one landscape sheet",
            "date with a Filipino month (Marso 5, 2026), ₱ amounts",
            "an export repeating the header's fields on every item row",
            "amount with CNY after it (4,320.00 CNY)",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a workbook whose values are pictures of text, a Windows shortcut (.lnk) renamed .pdf
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout23
# every kind in every script, six forms sent as PDF only, no field left empty on purpose
_SHAPE23 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS23 = {
    "Kazakh–English labels": r"(?s).*\b(Тапсырыс беруші|Күні|Талап|Толтырған)\b.* / .+",
    "Kazakh date with ж. (5 наурыз 2026 ж.)": r"\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз"
    r"|қыркүйек|қазан|қараша|желтоқсан) \d{4} ж\.",
    "quantity in дана": r"\d{1,3}( \d{3})* дана",
    "date day first with a two-digit year (05/03/26)": r"\d\d/\d\d/\d\d",
    "date day first, Hong Kong or Macau (5/3/2026, 05/03/2026)": r"\d{1,2}/\d{1,2}/\d{4}",
    "Hong Kong telephone (+852)": r"\+852 \d{4} \d{4}",
    "Georgian–English labels": r"[\u10a0-\u10ff][\u10a0-\u10ff № ]* / .+",
    "Georgian date with წ. (5 მარტი 2026 წ.)": r"\d{1,2} [\u10d0-\u10ff]+ \d{4} წ\.",
    "quantity in ც.": r"\d{1,3}( \d{3})* ც\.",
    "Armenian–English labels": r"[\u0530-\u058f][\u0530-\u058f № ]* / .+",
    "Armenian date with թ. (5 մարտի 2026 թ.)": r"\d{1,2} [\u0561-\u0587]+ \d{4} թ\.",
    "quantity in հատ": r"\d{1,3}( \d{3})* հատ",
    "amount in drams with the sign after (1 234,50 ֏)": r"\d{1,3}( \d{3})*,\d\d ֏",
    "amount in patacas (MOP$1,234.50)": r"MOP\$\d{1,3}(,\d{3})*\.\d\d",
    "Norwegian–English labels": r"(?s).*\b(Kunde|Dato|Antall|Godkjent)\b.* / .+",
    "Norwegian date (5. mars 2026)": r"\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september"
    r"|oktober|november|desember) \d{4}",
    "quantity in stk": r"\d{1,3}( \d{3})* stk",
    "amount in kroner with kr before (kr 1 234,50)": r"kr \d{1,3}( \d{3})*,\d\d",
    "Norwegian organisation number (NO 923 609 016 MVA)": r"NO \d{3} \d{3} \d{3} MVA",
}


def _habits23_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: a value in one merged cell spanning five rows or more, the
    sheet printed with its gridlines and row and column headings, a table wider than the page cut
    by a column break (no fit to page), and each text's habits."""
    for ws in wb.worksheets:
        for rng in ws.merged_cells.ranges:
            if rng.max_row - rng.min_row >= 4 and rng.max_col - rng.min_col >= 1:
                seen.add("a value in one merged cell spanning five rows")
        if ws.print_options.gridLines and ws.print_options.headings:
            seen.add("printed with gridlines and row and column headings")
        fit = ws.sheet_properties.pageSetUpPr
        if ws.col_breaks.brk and not (fit and fit.fitToPage):
            seen.add("a table wider than the page, cut by a column break")
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    seen.update(h for h, p in _TEXT_HABITS23.items() if re.fullmatch(p, c.value))


def _habits23(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Swahili month and a count word before the
    number, a DingTalk approval with its flow, a Mongolian date, an 8D drawn as cards, an Albanian
    date with lekë, HK$ amounts with the company chop stamped over the signature."""
    seen = _habits_of_books(_habits23_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        with pdfplumber.open(held.home / lay["filled"][0]) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            images = sum(len(page.images) for page in pdf.pages)
            rects = sum(len(page.rects) for page in pdf.pages)
        if re.search(r"\d{1,2} (Januari|Februari|Machi|Aprili|Mei|Juni) \d{4}", text) and "vipande " in text:
            seen.add("Swahili–English, 5 Machi 2026, vipande 1,200 (the count word first)")
        if "审批编号" in text and "已同意" in text:
            seen.add("a DingTalk approval export with its approval flow (钉钉审批单)")
        if re.search(r"\d{4} оны \d{1,2} сарын \d{1,2}", text):
            seen.add("Mongolian date (2026 оны 3 сарын 5)")
        if lay["id"] == "8d-zht-cards" and rects >= 8:
            seen.add("an 8D drawn as eight cards two to a row")
        if re.search(r"\d{1,2} (janar|shkurt|mars|prill) \d{4}", text) and "lekë" in text:
            seen.add("Albanian–English, 5 mars 2026, 1.234,50 lekë")
        if "HK$" in text and "公司蓋印" in text and images:
            seen.add("HK$ amounts and the company chop stamped over the signature")
    return seen


HOLDOUT23 = HoldoutSet(
    name="holdout23",
    about=(
        "The twenty-third held-out layouts (tests/holdout23) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout22`` and ``../shared/corpus``:\n"
        "a Kazakh–English complaint (5 наурыз 2026 ж., 1 200 дана), a 客户投诉单 for a British customer\n"
        "(05/03/26 day first, the description in one merged cell over five rows), a Hong Kong 客戶投訴表\n"
        "(5/3/2026, 公司蓋印), a Georgian–English 8D (5 მარტი 2026 წ., 1 250 ც.), an 8D printed with gridlines\n"
        "and row and column headings, an Armenian–English return (5 մարտի 2026 թ., 1 200 հատ, 1 234,50 ֏), a\n"
        "Macau 退貨單 (MOP$1,234.50, 05/03/2026), a Norwegian–English credit note (5. mars 2026, 1 200 stk,\n"
        "kr 1 234,50, MVA), a 折让证明单 wider than the page (its amounts on page 2); sent as PDF only: a\n"
        "Swahili–English complaint (5 Machi 2026, vipande 1,200; Chromium), a DingTalk approval of a return\n"
        "(Chromium), a Mongolian–English 8D (2026 оны 3 сарын 5; Chromium), an 8D drawn as eight cards\n"
        "(fpdf2), an Albanian–English return (5 mars 2026, 1.200 copë, 1.234,50 lekë; Chromium), a Hong Kong\n"
        "貸項通知單 with HK$ and the company chop (fpdf2); two odd files (a PDF portfolio whose page only points\n"
        "to its attachment, a workbook holding an XML entity bomb).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout23/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout23 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "339/426 = 79.6 % (Excel 127/160, PDF 212/266: printed from Excel 123/160, sent as PDF only 89/106), "
        "3 wrong, 0 silent (each wrong value flagged: 05/03/26 read 2005-03-26 ×2, the DingTalk export's "
        "header line read as its approver); 0 invented; kinds 24 of 24; odd files: both an error, no record; "
        "profiles 125/163 = 76.7 %, 0 silent; learned on the PDFs 68/88, 0 silent"
    ),
    floors=Floors(
        excel=0.987,
        pdf=0.984,
        sent_as_pdf=0.981,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 5c55529) Excel 127/160 = 79.4 %, PDF 212/266 = 79.7 % (printed from Excel",
        "123/160 = 76.9 %), sent as PDF only 89/106 = 84.0 %: 339/426, 3 wrong (all flagged), 0 silent, 0 invented;",
        "kinds 24/24",
        "HOLDOUT23_FLOOR_EXCEL = 0.793 — 127/160 before any fix",
        "HOLDOUT23_FLOOR_PDF = 0.796 — 212/266 before any fix",
        "HOLDOUT23_FLOOR_SENT_AS_PDF = 0.839 — 89/106 before any fix",
        "HOLDOUT23_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT23_SILENT_NOW = 0",
        "HOLDOUT23_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 125/163 = 76.7 %",
        "HOLDOUT23_FLOOR_PROFILE_EXCEL = 0.766 — 125/163 before any fix (learned on the PDFs: 68/88 = 0.772)",
        "HOLDOUT23_PROFILE_SILENT_NOW = 0",
        "-- dev23-rh23a (CLDR currency signs kr / ֏ / lekë, count words հատ / copë / дана / ც. / ширхэг / vipande,",
        "ka / kk / hy / sw / sq months, ж. / წ. / թ., 2026 оны 3 сарын 5, a 日/月/年 note and +852 deciding day",
        "first, Org.nr. as the buyer's tax id): 401/426, 1 wrong (flagged), 0 silent, 0 invented; kinds 24/24",
        "HOLDOUT23_FLOOR_EXCEL = 0.95 — 152/160 (dev23-rh23a)",
        "HOLDOUT23_FLOOR_PDF = 0.936 — 249/266 (dev23-rh23a; printed from Excel 148/160)",
        "HOLDOUT23_FLOOR_SENT_AS_PDF = 0.952 — 101/106 (dev23-rh23a)",
        "HOLDOUT23_FLOOR_PROFILE_EXCEL = 1.0 — 163/163 (dev23-rh23a; learned on the PDFs: 88/88 = 1.0)",
        "-- dev23-rh23b (labels and words, a print's row and column headings, the DingTalk flow's approver):",
        "Excel 132/160 = 82.5 %, PDF 224/266 = 84.2 % (printed from Excel 132/160), sent as PDF only",
        "92/106 = 86.8 %: 356/426, 2 wrong (both flagged), 0 silent; profiles unchanged (125/163, 68/88)",
        "HOLDOUT23_FLOOR_EXCEL = 0.825 — 132/160",
        "HOLDOUT23_FLOOR_PDF = 0.842 — 224/266",
        "HOLDOUT23_FLOOR_SENT_AS_PDF = 0.867 — 92/106",
        "-- int23 (both fixers and the review's mends merged): 418/426, 0 wrong, 0 silent, 0 invented;",
        "Excel 157/160, PDF 261/266 (printed from Excel 157/160), sent as PDF only 104/106; profiles 163/163,",
        "learned on the PDFs 88/88; left: the Georgian 8D's `თარიღი / Date`, `რაოდენობა / Qty` and its D4",
        "escape, the Mongolian 8D's `Огноо/Date` and `Тоо ширхэг/Qty` (labels whose English half is a bare",
        "Date / Qty: reported required, never guessed)",
        "HOLDOUT23_FLOOR_EXCEL = 0.98 — 157/160 (int23)",
        "HOLDOUT23_FLOOR_PDF = 0.98 — 261/266 (int23)",
        "HOLDOUT23_FLOOR_SENT_AS_PDF = 0.98 — 104/106 (int23)",
        "-- reader27 (the tax and receiver words of holdout25's set; every set's misses looked at again): 420/426,",
        "0 wrong, 0 silent, 0 invented; Excel 158/160, PDF 262/266 (printed from Excel 158/160), sent as PDF only",
        "104/106; kinds 24/24; profiles 163/163, learned on the PDFs 88/88 — held to the issue's targets from here",
        "HOLDOUT23_FLOOR_EXCEL = 0.987 — 158/160 (reader27)",
        "HOLDOUT23_FLOOR_PDF = 0.984 — 262/266 (reader27)",
        "HOLDOUT23_FLOOR_SENT_AS_PDF = 0.981 — 104/106 (reader27)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 4 (2 unwarned) on main's reader, 4 (2 unwarned) after the revision-history mend; HOLDOUT23_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2",
    ),
    targets=True,
    shape=_SHAPE23,
    habits=_habits23,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS23,
            "a value in one merged cell spanning five rows",
            "printed with gridlines and row and column headings",
            "a table wider than the page, cut by a column break",
            "Swahili–English, 5 Machi 2026, vipande 1,200 (the count word first)",
            "a DingTalk approval export with its approval flow (钉钉审批单)",
            "Mongolian date (2026 оны 3 сарын 5)",
            "an 8D drawn as eight cards two to a row",
            "Albanian–English, 5 mars 2026, 1.234,50 lekë",
            "HK$ amounts and the company chop stamped over the signature",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a PDF portfolio whose page only points to its attached workbook, a workbook with an XML entity bomb
    odd_kinds=(None, "8d", "complaint"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout24
# every kind in every script, six forms sent as PDF only, no field left empty on purpose
_SHAPE24 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS24 = {
    "Slovenian–English labels": r"(?s).*\b(Kupec|Dobavljeno|Izpolnil|Zahteva)\b.* / .+",
    "Slovenian date (5. marca 2026)": r"\d{1,2}\. (januarja|februarja|marca|aprila|maja|junija|julija|avgusta"
    r"|septembra|oktobra|novembra|decembra) \d{4}",
    "quantity in kos": r"\d{1,3}(\.\d{3})* kos",
    "quantity with a tolerance (12,000 ±0.5%)": r"\d{1,3}(,\d{3})* ±\d+(\.\d+)?%",
    "Welsh–English labels": r"(?s).*\b(Cwsmer|Tîm|Cymeradwywyd|Nifer)\b.* / .+",
    "Welsh date (5 Mawrth 2026)": r"\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi"
    r"|Hydref|Tachwedd|Rhagfyr) \d{4}",
    "quantity in darn": r"\d{1,3}(,\d{3})* darn",
    "D5, D6 and D7 in one merged block, each after its heading": r"D5[^\n]*：[^\n]+\nD6[^\n]*：[^\n]+\nD7[^\n]*：[^\n]+",
    "Catalan–English labels": r"(?s).*\b(Client|Motiu|Tractament|Rebut per)\b.* / .+",
    "Catalan date (5 de març de 2026, 14 d'abril de 2026)": r"\d{1,2} (de |d')(gener|febrer|març|abril|maig"
    r"|juny|juliol|agost|setembre|octubre|novembre|desembre) de \d{4}",
    "quantity in u.": r"\d{1,3}(\.\d{3})* u\.",
    "two item lines in one cell after a line break": r"\d{1,3}(,\d{3})*(\.\d\d)?\n\d{1,3}(,\d{3})*(\.\d\d)?",
    "Uzbek–English labels": r"(?s).*\b(Xaridor|Sana|Miqdori|Tasdiqladi)\b.* / .+",
    "Uzbek date, the year first (2026-yil 5-mart)": r"\d{4}-yil \d{1,2}-(yanvar|fevral|mart|aprel|may|iyun"
    r"|iyul|avgust|sentabr|oktabr|noyabr|dekabr)",
    "quantity in dona": r"\d{1,3}( \d{3})* dona",
    "amount in so'm (1 234 500,00 so'm)": r"\d{1,3}( \d{3})*,\d\d so'm",
    "a tax line per rate under the table (其中：税率 13%)": r"其中：税率 \d+%",
}

# Lao letters (a Chromium print stores a vowel sign after the next consonant: ``ມີນາ`` as ``ມນີາ``)
_LAO = re.compile(r"[\u0e80-\u0eff]")


def _without_marks(text: str) -> str:
    return "".join(ch for ch in squeeze(text) if unicodedata.category(ch) != "Mn")


def _fields24(expected: Path) -> None:
    """As every set's, except that a Lao page printed by Chromium holds its vowel and tone signs in
    VISUAL order (``ມີນາ`` stored as ``ມນີ າ``): a typed value stands on the page if it does with
    every combining mark left out on both sides."""
    _fields_in_visual_order(expected, _LAO, _without_marks, _without_marks)


def _habits24_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: boxes holding only a number with the labels in a legend
    column (``① 客戶名稱``) to their right, and each text's habits."""
    for ws in wb.worksheets:
        numbers = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and len(c.value) == 1
                   and "\u2460" <= c.value <= "\u2473"}  # fmt: skip
        legend = {c.value[0] for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str) and re.fullmatch(r"[\u2460-\u2473] \S+", c.value)}  # fmt: skip
        if len(numbers & legend) >= 8:
            seen.add("boxes carrying only a number, the labels in a legend column")
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    seen.update(h for h, p in _TEXT_HABITS24.items() if re.fullmatch(p, c.value))


def _habits24(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Belarusian date with г. and адз., a
    Basque date with the year first, a Lao page in kip, an SRM page with its cookie banner and
    times in GMT+8, an 8D drawn in curves under an invisible text layer, a credit note in two
    halves side by side."""
    from pypdf import PdfReader

    seen = _habits_of_books(_habits24_of_a_book)(held)
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        pdf_path = held.home / lay["filled"][0]
        with pdfplumber.open(pdf_path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            curves = sum(len(page.curves) for page in pdf.pages)
            middle = [ln for page in pdf.pages for ln in page.lines
                      if abs(ln["x0"] - ln["x1"]) < 1 and abs(ln["x0"] - float(page.width) / 2) < 10]  # fmt: skip
        contents = b"".join(page.get_contents().get_data() for page in PdfReader(pdf_path).pages)
        if re.search(r"\d{1,2} (студзеня|лютага|сакавіка|красавіка|мая) \d{4} г\.", text) and "адз." in text:
            seen.add("Belarusian–English, 5 сакавіка 2026 г., 1 200 адз.")
        if re.search(r"\d{4}ko (urtarrilaren|otsailaren|martxoaren|apirilaren) \d{1,2}a", text):
            seen.add("Basque date, the year first (2026ko martxoaren 5a)")
        if "RETURN NOTE" in text and _LAO.search(text) and "LA-CAP-1101" in text:
            seen.add("Lao–English return in kip (ກີບ)")
        if "Cookie" in text and "全部接受" in text:
            seen.add("a portal page printed with its cookie banner")
        if re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d GMT\+8", text):
            seen.add("times with their time zone (2026-03-04 16:20 GMT+8)")
        if curves >= 200 and b"3 Tr" in contents:
            seen.add("text drawn as curves under an invisible OCR text layer")
        if lay["id"] == "allowance-zht-halves" and middle:
            seen.add("a credit note laid out in two halves side by side")
    return seen


HOLDOUT24 = HoldoutSet(
    name="holdout24",
    about=(
        "The twenty-fourth held-out layouts (tests/holdout24) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout23`` and ``../shared/corpus``:\n"
        "a Slovenian–English complaint (5. marca 2026, 1.200 kos), a 客户投诉单 whose delivered quantity carries\n"
        "a tolerance (12,000 ±0.5%), a 客訴單 whose boxes carry only numbers with the labels in a legend column,\n"
        "a Welsh–English 8D (5 Mawrth 2026, 1,250 darn), an 8D whose D5, D6 and D7 are one merged block, a\n"
        "Catalan–English return (5 de març de 2026, 1.200 u., 1.234,50 €, a lot per line), a 退貨單 whose two\n"
        "item lines stand in one row after line breaks, an Uzbek–English credit note (2026-yil 5-mart, 1 200\n"
        "dona, 1 234 500,00 so'm), a 销售折让证明单 with a tax line per rate; sent as PDF only: a\n"
        "Belarusian–English complaint (5 сакавіка 2026 г., 1 200 адз.; Chromium), a Basque–English 8D (2026ko\n"
        "martxoaren 5a; Chromium), a Lao–English return (5 ມີນາ 2026, 1.200 ອັນ, ກີບ; Chromium), an SRM\n"
        "portal's 退货单 printed with its cookie banner and times in GMT+8 (Chromium), an 8D drawn in curves\n"
        "under an invisible OCR text layer (fpdf2), a 銷貨折讓單 in two halves side by side (fpdf2); two odd\n"
        "files (a PDF whose page tree loops, an XFA form showing only 'Please wait…').\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout24/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout24 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "328/445 = 73.7 % (Excel 118/167, PDF 210/278: printed from Excel 128/167, sent as PDF only 82/111), "
        "6 wrong, 2 silent (return-en-lao.pdf customer read 'ລູກລູ', return-zht-lines.pdf items[0].part_no read "
        "both lines' part numbers); 0 invented; kinds 24 of 24; odd files: both an error, no record; profiles "
        "130/163 = 79.8 %, 0 silent; learned on the PDFs 70/88, 0 silent"
    ),
    floors=Floors(
        excel=0.994,
        pdf=0.992,
        sent_as_pdf=0.99,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at b547411) Excel 118/167 = 70.7 %, PDF 210/278 = 75.5 % (printed from Excel",
        "128/167 = 76.6 %), sent as PDF only 82/111 = 73.9 %: 328/445, 6 wrong (2 silent), 0 invented; kinds 24/24",
        "HOLDOUT24_FLOOR_EXCEL = 0.706 — 118/167 before any fix",
        "HOLDOUT24_FLOOR_PDF = 0.755 — 210/278 before any fix",
        "HOLDOUT24_FLOOR_SENT_AS_PDF = 0.738 — 82/111 before any fix",
        "HOLDOUT24_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT24_SILENT_NOW = 2 — return-en-lao.pdf customer, return-zht-lines.pdf items[0].part_no",
        "HOLDOUT24_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 130/163 = 79.8 %",
        "HOLDOUT24_FLOOR_PROFILE_EXCEL = 0.797 — 130/163 before any fix (learned on the PDFs: 70/88 = 0.795)",
        "HOLDOUT24_PROFILE_SILENT_NOW = 0",
        "-- dev25-rh24 (item lines typed into one row split line by line; a Lao print's mark glyphs no longer",
        "repeat their cluster; u. / dona / darn / адз. / ອັນ; 12,000 ±0.5% read and warned; so'm, ກີບ; Welsh,",
        "Basque, Belarusian, Uzbek, Lao months, d'abril, GMT+8): 414/445, 1 wrong (flagged), 0 silent, 0 invented;",
        "Excel 153/167, PDF 261/278 (printed from Excel 163/167), sent as PDF only 98/111; profiles 163/163,",
        "learned on the PDFs 88/88",
        "HOLDOUT24_FLOOR_EXCEL = 0.916 — 153/167 (dev25-rh24)",
        "HOLDOUT24_FLOOR_PDF = 0.938 — 261/278 (dev25-rh24)",
        "HOLDOUT24_FLOOR_SENT_AS_PDF = 0.882 — 98/111 (dev25-rh24)",
        "HOLDOUT24_SILENT_NOW = 0 (dev25-rh24)",
        "HOLDOUT24_FLOOR_PROFILE_EXCEL = 1.0 — 163/163 (dev25-rh24; learned on the PDFs: 88/88 = 1.0)",
        "-- dev25-rh24, boxes numbered ① … with their labels in a legend column: the workbook reads as its print",
        "(complaint-zht-legend.xlsx 0/11 → 10/11): 424/445, Excel 163/167",
        "HOLDOUT24_FLOOR_EXCEL = 0.976 — 163/167 (dev25-rh24)",
        "-- dev25-rh24, labels: 确认数量, 财务负责人, STIR / TIN, 案件編號, D4 真因（發生／流出）, a D7 text for every",
        "machine the horizontal deployment: 435/445, 0 wrong, 0 silent; Excel 165/167, PDF 270/278 (printed from",
        "Excel 165/167), sent as PDF only 105/111",
        "HOLDOUT24_FLOOR_EXCEL = 0.988 — 165/167 (dev25-rh24)",
        "HOLDOUT24_FLOOR_PDF = 0.971 — 270/278 (dev25-rh24)",
        "HOLDOUT24_FLOOR_SENT_AS_PDF = 0.945 — 105/111 (dev25-rh24)",
        "-- int25 (every branch of the round merged: fixa's words and home currencies, fixb's layouts, rtl): 435/445,",
        "0 wrong, 0 silent, 0 invented; profiles 163/163 (learned on the PDFs 88/88) — the floors stand",
        "-- dev25-halves (a translated D4 caption measured by its longest phrase: the escape cause after a long",
        "bilingual D4 label; item blocks of label：value lines printed again for each item, one row each):",
        "442/445, 0 wrong, 0 silent; Excel 166/167, PDF 276/278 (printed from Excel 166/167), sent as PDF only",
        "110/111",
        "HOLDOUT24_FLOOR_EXCEL = 0.994 — 166/167 (dev25-halves)",
        "HOLDOUT24_FLOOR_PDF = 0.992 — 276/278 (dev25-halves)",
        "HOLDOUT24_FLOOR_SENT_AS_PDF = 0.990 — 110/111 (dev25-halves)",
        "-- reader27: 442/445 as after dev25-halves, 0 wrong, 0 silent, 0 invented; profiles 163/163, learned on the",
        "PDFs 88/88 — the floors raised to what main reads, held to the issue's targets from here",
        "HOLDOUT24_FLOOR_EXCEL = 0.994 — 166/167 (reader27)",
        "HOLDOUT24_FLOOR_PDF = 0.992 — 276/278 (reader27)",
        "HOLDOUT24_FLOOR_SENT_AS_PDF = 0.99 — 110/111 (reader27)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 6 (2 unwarned) on main's reader, 6 (2 unwarned) after the revision-history mend; HOLDOUT24_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2",
    ),
    targets=True,
    shape=_SHAPE24,
    habits=_habits24,
    fields=_fields24,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS24,
            "boxes carrying only a number, the labels in a legend column",
            "Belarusian–English, 5 сакавіка 2026 г., 1 200 адз.",
            "Basque date, the year first (2026ko martxoaren 5a)",
            "Lao–English return in kip (ກີບ)",
            "a portal page printed with its cookie banner",
            "times with their time zone (2026-03-04 16:20 GMT+8)",
            "text drawn as curves under an invisible OCR text layer",
            "a credit note laid out in two halves side by side",
        }
    ),
    second_copies=6,
    second_sent_as_pdf=1,
    # a PDF whose page tree loops, an XFA form whose page only says "Please wait…"
    odd_kinds=(None, "complaint", "allowance"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


_SHAPE25 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS25 = {
    "Luxembourgish–English labels": r"(?s).*\b(Keefer|Geliwwert|Fuerderung|Ausgefëllt vun)\b.* / .+",
    "Luxembourgish date (5. Mäerz 2026)": r"\d{1,2}\. (Januar|Februar|Mäerz|Abrëll|Mee|Juni|Juli|August|September"
    r"|Oktober|November|Dezember) \d{4}",
    "quantity in Stéck": r"\d{1,3}(\.\d{3})* Stéck",
    "two counts under one label in one cell (36／1,200)": r"\d+／\d{1,3}(,\d{3})*",
    "Kyrgyz–English labels": r"(?s).*(Кардар|Саны|Бекиткен|Команда).* / .+",
    "Kyrgyz date, the year first (2026-ж., 5-март)": r"\d{4}-ж\., \d{1,2}-(январь|февраль|март|апрель|май|июнь"
    r"|июль|август|сентябрь|октябрь|ноябрь|декабрь)",
    "quantity in даана": r"\d{1,3}( \d{3})* даана",
    "8D steps numbered with Roman numerals (Ⅲ 临时围堵)": r"[ⅠⅡⅢⅣⅤⅥⅦⅧ] \S+",
    "Afrikaans–English labels": r"(?s).*\b(Kliënt|Rede|Hantering|Ontvang deur)\b.* / .+",
    "Afrikaans date (5 Maart 2026)": r"\d{1,2} (Januarie|Februarie|Maart|April|Mei|Junie|Julie|Augustus|September"
    r"|Oktober|November|Desember) \d{4}",
    "quantity in stuks": r"\d{1,3}( \d{3})* stuks",
    "amount in rand (R1 234,50)": r"R\d{1,3}( \d{3})*,\d\d",
    "SAP item numbers before the item lines (000010, 000020 …)": r"0000[1-9]0",
    "Irish–English labels": r"(?s).*\b(Ceannaitheoir|Earra|Líon|Ceadaithe ag)\b.* / .+",
    "Irish date (5 Márta 2026)": r"\d{1,2} (Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa"
    r"|Meán Fómhair|Deireadh Fómhair|Samhain|Nollaig) \d{4}",
}


def _habits25_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: values beyond the sheet's print area, ``€`` alone in a column
    of its own beside the amounts, amounts one digit per box under 十万 … 分, and each text's habits."""
    from openpyxl.utils import range_boundaries

    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
        if ws.print_area:
            c1, r1, c2, r2 = range_boundaries(str(ws.print_area).split("!")[-1].replace("$", ""))
            if sum(not (c1 <= c.column <= c2 and r1 <= c.row <= r2) for c in cells) >= 6:
                seen.add("values beyond the print area (the last case's memo)")
        if sum(c.value == "€" for c in cells) >= 6:
            seen.add("€ in a column of its own before each amount")
        heads = [c for c in cells if c.value in ("十万", "角", "分")]
        digits = sum(isinstance(c.value, str) and re.fullmatch(r"\d", c.value) is not None for c in cells)
        if len(heads) >= 6 and digits >= 20:
            seen.add("amounts written one digit per box under 十万 … 分")
        for c in cells:
            if isinstance(c.value, str):
                seen.update(h for h, p in _TEXT_HABITS25.items() if re.fullmatch(p, c.value))


def _sent_alone(held: HoldoutSet):
    """Each layout of ``held`` sent as PDF only: its filled PDF, the PDF's text (NFKC) and the sizes
    of its characters (for the habits the forms sent alone show)."""
    for exp in held.expected:
        lay = load(exp)
        if lay["template"].endswith(".xlsx"):
            continue
        pdf_path = held.home / lay["filled"][0]
        with pdfplumber.open(pdf_path) as pdf:
            text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() or "" for page in pdf.pages))
            sizes = {round(float(ch["size"]), 1) for page in pdf.pages for ch in page.chars}
        yield pdf_path, text, sizes


def _habits25(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Maltese date with ta', a Turkmen date
    with -nji and ý., a page printed with the browser's header and footer, seven-digit ROC dates and
    amounts in 元, a page stored upside down under /Rotate 180, amounts in euro with leva after them."""
    from pypdf import PdfReader

    seen = _habits_of_books(_habits25_of_a_book)(held)
    for pdf_path, text, _sizes in _sent_alone(held):
        rotations = {int(page.get("/Rotate", 0)) for page in PdfReader(pdf_path).pages}
        if re.search(r"\d{1,2} ta' (Jannar|Frar|Marzu|April|Mejju) \d{4}", text) and "biċċa" in text:
            seen.add("Maltese–English, 5 ta' Marzu 2026, 1,200 biċċa")
        if re.search(r"\d{1,2}-nji (ýanwar|fewral|mart|aprel) \d{4} ý\.", text) and "sany" in text:
            seen.add("Turkmen–English, 5-nji mart 2026 ý., 1 250 sany")
        if re.search(r"\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d [AP]M", text) and "file://" in text:
            seen.add("a page printed with the browser's header and footer")
        if re.search(r"日期\s*1\d{6}\b", text) and re.search(r"\d{1,3}(,\d{3})*元", text):
            seen.add("seven-digit ROC dates (1150327) and amounts in 元")
        if 180 in rotations:
            seen.add("a page stored upside down under /Rotate 180")
        if re.search(r"\d,\d\d € \(\d{1,3}( \d{3})*,\d\d лв\.\)", text):
            seen.add("amounts in euro with leva after them (631,19 € (1 234,50 лв.))")
    return seen


HOLDOUT25 = HoldoutSet(
    name="holdout25",
    about=(
        "The twenty-fifth held-out layouts (tests/holdout25) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout24`` and ``../shared/corpus``:\n"
        "a Luxembourgish–English complaint (5. Mäerz 2026, 1.200 Stéck), a 客户投诉登记表 with the clerk's memo\n"
        "of the last case's values beyond the print area, a 客訴單 whose defective and delivered counts share\n"
        "one label and one cell (不良數／出貨數 36／1,200), a Kyrgyz–English 8D (2026-ж., 5-март, 1 250 даана), an\n"
        "8D whose steps are numbered Ⅰ … Ⅷ with no D, an Afrikaans–English return (5 Maart 2026, 1 200 stuks,\n"
        "R1 234,50), a 退货单 exported from SAP with item numbers 000010, 000020 …, an Irish–English credit\n"
        "note (5 Márta 2026, CBL 23 %) with € in a column of its own, a 销售折让证明单 whose amounts stand one\n"
        "digit per box under 十万 … 分; sent as PDF only: a Maltese–English complaint (5 ta' Marzu 2026, 1,200\n"
        "biċċa; Chromium), a Turkmen–English 8D (5-nji mart 2026 ý., 1 250 sany; Chromium), an 8D 報告\n"
        "printed with the browser's header and footer (Chromium), a 銷貨折讓單 with seven-digit ROC dates\n"
        "1150327 and amounts in 元 (Chromium), a 退貨單 stored upside down under /Rotate 180 (fpdf2), a\n"
        "Bulgarian–English credit note with every amount in euro and leva (631,19 € (1 234,50 лв.); fpdf2);\n"
        "two odd files (a PostScript print file named .pdf; a Strict Open XML workbook, which must give the\n"
        "record it holds).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout25/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout25 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "353/441 = 80.0 % (Excel 137/165, PDF 216/276: printed from Excel 137/165, sent as PDF only 79/111), "
        "4 wrong, 4 silent (allowance-zh-digits.xlsx and .pdf total_excl_tax read 5451000.00 for 54,510.00 from "
        "its digit boxes; return-en-afrikaans.xlsx and .pdf reason cut to its English half); 0 invented; kinds "
        "23 of 24 (return-zht-upside.pdf, stored upside down, not recognised); odd files: the PostScript file an "
        "error, no record; the Strict workbook its record with the missing fields named; profiles 196/219 = "
        "89.5 %, 0 silent; learned on the PDFs 111/124, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.992,
        sent_as_pdf=0.981,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=5,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6af6e53b) Excel 137/165 = 83.0 %, PDF 216/276 = 78.3 % (printed from Excel",
        "137/165 = 83.0 %), sent as PDF only 79/111 = 71.2 %: 353/441, 4 wrong (4 silent), 0 invented; kinds 23/24",
        "HOLDOUT25_FLOOR_EXCEL = 0.83 — 137/165 before any fix",
        "HOLDOUT25_FLOOR_PDF = 0.782 — 216/276 before any fix",
        "HOLDOUT25_FLOOR_SENT_AS_PDF = 0.711 — 79/111 before any fix",
        "HOLDOUT25_RECOGNISED_NOW = 23 — of 24 read without --kind before any fix (not return-zht-upside.pdf)",
        "HOLDOUT25_SILENT_NOW = 4 — allowance-zh-digits total_excl_tax (xlsx, pdf), return-en-afrikaans reason",
        "(xlsx, pdf)",
        "HOLDOUT25_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 196/219 = 89.5 %",
        "HOLDOUT25_FLOOR_PROFILE_EXCEL = 0.894 — 196/219 before any fix (learned on the PDFs: 111/124 = 0.895)",
        "HOLDOUT25_PROFILE_SILENT_NOW = 0",
        "-- dev26-rh25 (a text typed in two languages read whole; amounts one digit per box under 十万 … 分, never",
        "joined without their places; /Rotate 180 turned upright; 8D steps Ⅰ … Ⅷ; Stéck / даана / sany / biċċa;",
        "售达方, 凭证日期; R before an amount; Kyrgyz, Turkmen, Maltese, Luxembourgish, Irish, Afrikaans dates;",
        "1150327): 420/441, 0 wrong, 0 silent, 0 invented; Excel 158/165, PDF 262/276 (printed from Excel",
        "158/165), sent as PDF only 104/111; kinds 24/24; profiles 217/219, learned on the PDFs 122/124",
        "HOLDOUT25_FLOOR_EXCEL = 0.957 — 158/165 (dev26-rh25)",
        "HOLDOUT25_FLOOR_PDF = 0.949 — 262/276 (dev26-rh25)",
        "HOLDOUT25_FLOOR_SENT_AS_PDF = 0.936 — 104/111 (dev26-rh25)",
        "HOLDOUT25_RECOGNISED_NOW = 24 — of 24 (dev26-rh25: return-zht-upside.pdf turned upright)",
        "HOLDOUT25_SILENT_NOW = 0 (dev26-rh25)",
        "HOLDOUT25_FLOOR_PROFILE_EXCEL = 0.99 — 217/219 (dev26-rh25; learned on the PDFs: 122/124 = 0.983)",
        "-- dev26-rh25, digit boxes under a merged item header (十万 … 分 under 折让金额 / 税额, the tax rate's",
        "column after them not among them): 430/441, 0 wrong, 0 silent; Excel 163/165, PDF 267/276 (printed from",
        "Excel 163/165), sent as PDF only 104/111; profiles 217/219, learned on the PDFs 122/124",
        "HOLDOUT25_FLOOR_EXCEL = 0.987 — 163/165 (dev26-rh25)",
        "HOLDOUT25_FLOOR_PDF = 0.967 — 267/276 (dev26-rh25)",
        "-- reader26 (two counts in one cell, the Bulgarian totals line, Maltese biċċa): 438/441, profiles 219/219,",
        "learned on the PDFs 124/124",
        "-- reader27 (驗收人 the warehouse receiver): 439/441, 0 wrong, 0 silent, 0 invented; Excel 165/165, PDF",
        "274/276 (printed from Excel 165/165), sent as PDF only 109/111; kinds 24/24; profiles 219/219, learned on",
        "the PDFs 124/124 — held to the issue's targets from here",
        "HOLDOUT25_FLOOR_EXCEL = 1.0 — 165/165 (reader27)",
        "HOLDOUT25_FLOOR_PDF = 0.992 — 274/276 (reader27)",
        "HOLDOUT25_FLOOR_SENT_AS_PDF = 0.981 — 109/111 (reader27)",
        "HOLDOUT25_FLOOR_PROFILE_EXCEL = 1.0 — 219/219 (reader27; learned on the PDFs: 124/124 = 1.0)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 7 (5 unwarned) on main's reader, 7 (5 unwarned) after the revision-history mend; HOLDOUT25_UNLISTED_SILENT_NOW = 5 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×3, defect_rate ×2",
    ),
    targets=True,
    shape=_SHAPE25,
    habits=_habits25,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS25,
            "values beyond the print area (the last case's memo)",
            "€ in a column of its own before each amount",
            "amounts written one digit per box under 十万 … 分",
            "Maltese–English, 5 ta' Marzu 2026, 1,200 biċċa",
            "Turkmen–English, 5-nji mart 2026 ý., 1 250 sany",
            "a page printed with the browser's header and footer",
            "seven-digit ROC dates (1150327) and amounts in 元",
            "a page stored upside down under /Rotate 180",
            "amounts in euro with leva after them (631,19 € (1 234,50 лв.))",
        }
    ),
    second_copies=8,
    second_sent_as_pdf=2,
    # a PostScript print file named .pdf; a Strict Open XML workbook (its record, the missing fields named)
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset({"return-strict"}),
    committed=_committed_with_odd,
)


_SHAPE26 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS26 = {
    "Galician–English labels": r"(?s).*\b(Cliente|Cantidade entregada|Solicitude|Elaborado por)\b.* / .+",
    "Galician date (12 de xuño de 2026)": r"\d{1,2} de (xaneiro|febreiro|marzo|abril|maio|xuño|xullo|agosto"
    r"|setembro|outubro|novembro|decembro) de \d{4}",
    "quantity in pezas": r"\d{1,3}(\.\d{3})* pezas",
    "a defective count with its rate in per mille (42 件（3.5‰）)": r"\d+ 件（\d+(\.\d+)?‰）",
    "a defective count with its sample (36 PCS（抽驗 200 PCS）)": r"\d+ PCS（抽驗 \d{1,3}(,\d{3})* PCS）",
    "Tatar–English labels": r"(?s).*(Заказчы|Саны|Раслады|Команда).* / .+",
    "Tatar date, the year first (2026 елның 5 марты)": r"\d{4} елның \d{1,2} (гыйнвары|феврале|марты|апреле|мае"
    r"|июне|июле|августы|сентябре|октябре|ноябре|декабре)",
    "quantity in данә": r"\d{1,3}( \d{3})* данә",
    "8D steps across one row (D1 … D8 as column headings)": r"D[1-8] \S+",
    "Hausa–English labels": r"(?s).*\b(Abokin ciniki|Dalili|Mataki|Amincewa)\b.* / .+",
    "Hausa date (5 ga Maris, 2026)": r"\d{1,2} ga (Janairu|Faburairu|Maris|Afirilu|Mayu|Yuni|Yuli|Agusta|Satumba"
    r"|Oktoba|Nuwamba|Disamba), \d{4}",
    "quantity in guda": r"\d{1,3}(,\d{3})* guda",
    "amount in naira (₦1,234.50)": r"₦\d{1,3}(,\d{3})*\.\d\d",
    "empty item rows struck with ——": r"——",
    "Malagasy–English labels": r"(?s).*\b(Mpividy|Entana|Isa|Nankatoavin'i)\b.* / .+",
    "Malagasy date (5 Martsa 2026)": r"\d{1,2} (Janoary|Febroary|Martsa|Aprily|Mey|Jona|Jolay|Aogositra|Septambra"
    r"|Oktobra|Novambra|Desambra) \d{4}",
    "amount in ariary (1 234 500 Ar)": r"\d{1,3}( \d{3})* Ar",
    "a grand total in words only (陆万…元整)": r"[零壹贰叁肆伍陆柒捌玖拾佰仟万]+元([零壹贰叁肆伍陆柒捌玖]角)?"
    r"([零壹贰叁肆伍陆柒捌玖]分|整)",
}


def _habits26_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, and eight or more ``D1`` … ``D8`` headings
    in one row (the steps across)."""
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
        rows: dict[int, int] = {}
        for c in cells:
            if isinstance(c.value, str):
                seen.update(h for h, p in _TEXT_HABITS26.items() if re.fullmatch(p, c.value)
                            and not h.startswith("8D steps"))  # fmt: skip
                if re.fullmatch(
                    _TEXT_HABITS26["8D steps across one row (D1 … D8 as column headings)"], c.value
                ):
                    rows[c.row] = rows.get(c.row, 0) + 1
        if rows and max(rows.values()) >= 8:
            seen.add("8D steps across one row (D1 … D8 as column headings)")


def _habits26(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Somali date and xabbo, a Kinyarwanda date and
    ibice, ditto marks 〃 in item lines, amounts in parentheses, text 4.5 pt high, a Māori date and NZ$."""
    seen = _habits_of_books(_habits26_of_a_book)(held)
    for _path, text, sizes in _sent_alone(held):
        if re.search(r"\d{1,2} (Janaayo|Febraayo|Maarso|Abriil|Maajo) \d{4}", text) and "xabbo" in text:
            seen.add("Somali–English, 5 Maarso 2026, 1,200 xabbo")
        if re.search(r"\d{1,2} (Mutarama|Gashyantare|Werurwe|Mata) \d{4}", text) and "ibice" in text:
            seen.add("Kinyarwanda–English, 5 Werurwe 2026, 1.250 ibice")
        if text.count("〃") >= 2:
            seen.add("ditto marks 〃 in item lines")
        if re.search(r"\(\d{1,3}(,\d{3})*\)", text) and "折讓" in text:
            seen.add("amounts shown as credits in parentheses ((52,800))")
        if sizes and max(sizes) <= 7.5:
            seen.add("a page printed fit to page, every text at most 7 pt")
        if (
            re.search(r"\d{1,2} (Kohitātea|Hui-tanguru|Poutū-te-rangi|Paenga-whāwhā) \d{4}", text)
            and "NZ$" in text
        ):
            seen.add("Māori–English, 5 Poutū-te-rangi 2026, NZ$1,234.50")
    return seen


HOLDOUT26 = HoldoutSet(
    name="holdout26",
    about=(
        "The twenty-sixth held-out layouts (tests/holdout26) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout25`` and ``../shared/corpus``:\n"
        "a Galician–English complaint (12 de xuño de 2026, 1.200 pezas), a 客户投诉单 whose defective count\n"
        "carries its rate in per mille (42 件（3.5‰）), a 客訴單 whose defective count carries its sample (36 PCS\n"
        "（抽驗 200 PCS）), a Tatar–English 8D (2026 елның 5 марты, 1 250 данә), an 8D whose steps run across one\n"
        "row, a Hausa–English return (5 ga Maris, 2026, 1,200 guda, ₦1,234.50), a 退货单 of ten printed item\n"
        "rows, two filled and the rest struck with ——, a Malagasy–English credit note (5 Martsa 2026, 1 234 500\n"
        "Ar), a 销售折让证明单 whose grand total is written in words only; sent as PDF only: a Somali–English\n"
        "complaint (5 Maarso 2026, 1,200 xabbo; Chromium), a Kinyarwanda–English 8D (5 Werurwe 2026, 1.250\n"
        "ibice; Chromium), a 退貨單 whose repeated names and prices are ditto marks 〃 (Chromium), a 銷貨折讓單\n"
        "whose amounts are credits in parentheses (Chromium), an 8D 報告 printed fit to page, every text\n"
        "4.5 pt (fpdf2), a Māori–English return in NZ$ (5 Poutū-te-rangi 2026; fpdf2); two odd files (a PDF\n"
        "gzipped by a mail gateway still named .pdf; a workbook whose form sheet is very hidden behind a\n"
        "cover sheet).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout26/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout26 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "377/434 = 86.9 % (Excel 138/159, PDF 239/275: printed from Excel 138/159, sent as PDF only 101/116), "
        "2 wrong, 2 silent (return-zht-ditto.pdf items[1].part_name and items[2].part_name read '〃' for "
        "'板對板連接器'); 0 invented; kinds 24 of 24; odd files: both an error, no record; profiles 169/205 = "
        "82.4 %, 0 silent; learned on the PDFs 95/116, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=4,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6a6be27c) Excel 138/159 = 86.8 %, PDF 239/275 = 86.9 % (printed from Excel",
        "138/159 = 86.8 %), sent as PDF only 101/116 = 87.1 %: 377/434, 2 wrong (2 silent), 0 invented; kinds 24/24",
        "HOLDOUT26_FLOOR_EXCEL = 0.867 — 138/159 before any fix",
        "HOLDOUT26_FLOOR_PDF = 0.869 — 239/275 before any fix",
        "HOLDOUT26_FLOOR_SENT_AS_PDF = 0.870 — 101/116 before any fix",
        "HOLDOUT26_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT26_SILENT_NOW = 2 — return-zht-ditto.pdf items[1].part_name, items[2].part_name ('〃')",
        "HOLDOUT26_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 169/205 = 82.4 %",
        "HOLDOUT26_FLOOR_PROFILE_EXCEL = 0.824 — 169/205 before any fix (learned on the PDFs: 95/116 = 0.818)",
        "HOLDOUT26_PROFILE_SILENT_NOW = 0",
        "-- rh26 (ditto marks 〃 / \" / 同上 / do. in item lines: the line above's value, said; Galician, Tatar,",
        "Hausa, Malagasy, Somali, Kinyarwanda and Māori dates; pezas / данә / guda / xabbo / ibice; ariary Ar and",
        "NZ$ amounts; Tax No. / NIF): 434/434, 0 wrong, 0 silent, 0 invented; Excel 159/159, PDF 275/275 (printed",
        "from Excel 159/159), sent as PDF only 116/116; kinds 24/24; profiles 205/205, learned on the PDFs 116/116",
        "HOLDOUT26_FLOOR_EXCEL = 1.0 — 159/159 (rh26)",
        "HOLDOUT26_FLOOR_PDF = 1.0 — 275/275 (rh26)",
        "HOLDOUT26_FLOOR_SENT_AS_PDF = 1.0 — 116/116 (rh26)",
        "HOLDOUT26_RECOGNISED_NOW = 24 — of 24 (rh26)",
        "HOLDOUT26_SILENT_NOW = 0 (rh26)",
        "HOLDOUT26_FLOOR_PROFILE_EXCEL = 1.0 — 205/205 (rh26; learned on the PDFs: 116/116 = 1.0)",
        "-- reader27: 434/434 as after rh26, profiles 205/205 (learned on the PDFs 116/116), 0 silent — held to the",
        "issue's targets from here",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 6 (4 unwarned) on main's reader, 6 (4 unwarned) after the revision-history mend; HOLDOUT26_UNLISTED_SILENT_NOW = 4 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2, total_in_words ×2",
    ),
    targets=True,
    shape=_SHAPE26,
    habits=_habits26,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS26,
            "Somali–English, 5 Maarso 2026, 1,200 xabbo",
            "Kinyarwanda–English, 5 Werurwe 2026, 1.250 ibice",
            "ditto marks 〃 in item lines",
            "amounts shown as credits in parentheses ((52,800))",
            "a page printed fit to page, every text at most 7 pt",
            "Māori–English, 5 Poutū-te-rangi 2026, NZ$1,234.50",
        }
    ),
    second_copies=8,
    second_sent_as_pdf=2,
    # a PDF gzipped by a mail gateway still named .pdf; a workbook whose form sheet is very hidden
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


_SHAPE27 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS27 = {
    "Yoruba–English labels": r"(?s).*(Oníbàárà|Ìpele|Ìbéèrè|Alábòójútó).* / .+",
    "Yoruba date (5 Ẹrẹ̀nà 2026)": r"\d{1,2} (Ṣẹ́rẹ́|Èrèlè|Ẹrẹ̀nà|Ìgbé|Ẹ̀bibi|Òkúdu|Agẹmọ|Ògún|Owewe|Ọ̀wàrà|Bélú|Ọ̀pẹ̀) \d{4}",
    "quantity in ẹyọ": r"\d{1,3}(,\d{3})* ẹyọ",
    "an option ticked (X) among ( )": r".*\(X\) .+\( \) .+",
    "a signature with its date in the same cell (孙丽  2026.3.12)": r"\S+ +(\d{4}\.)?\d{1,2}[./]\d{1,2}",
    "a count written in 萬 (1.2萬 PCS)": r"\d+(\.\d+)?萬 PCS",
    "Zulu–English labels": r"(?s).*\b(Ikhasimende|Inani|Ithimba|Kugunyazwe)\b.* / .+",
    "Zulu date (5 Mashi 2026)": r"\d{1,2} (Januwari|Februwari|Mashi|Ephreli|Meyi|Juni|Julayi|Agasti|Septhemba"
    r"|Okthoba|Novemba|Disemba) \d{4}",
    "quantity in izingcezu": r"\d{1,3}( \d{3})* izingcezu",
    "Quechua–English labels": r"(?s).*\b(Rantiq|Imarayku|Ruwana|Chaskiq)\b.* / .+",
    "Quechua date (5 Pauqar waray 2026)": r"\d{1,2} (Qulla puquy|Hatun puquy|Pauqar waray|Ayriwa|Aymuray|Inti raymi"
    r"|Anta Sitwa|Qhapaq Sitwa|Uma raymi|Kantaray|Ayamarqʼa|Kapaq Raymi) \d{4}",
    "quantity in und.": r"\d{1,3}(,\d{3})* und\.",
    "amount in soles (S/ 1,234.50)": r"S/ \d{1,3}(,\d{3})*\.\d\d",
    "Guarani–English labels": r"(?s).*\b(Jogua|Mboy|Omoneĩva|Papapy)\b.* / .+",
    "Guarani date (5 jasyapy 2026)": r"\d{1,2} (jasyteĩ|jasykõi|jasyapy|jasyrundy|jasypo|jasypoteĩ|jasypokõi"
    r"|jasypoapy|jasyporundy|jasypa|jasypateĩ|jasypakõi) \d{4}",
    "amount in guaraníes (₲ 1.234.500)": r"₲ \d{1,3}(\.\d{3})*",
}


def _habits27_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a step table with a 完成日期 column of dates,
    an item table broken onto a second page under a repeated header (print titles and a row break),
    the original price, a discount rate and the reduced price side by side."""
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
        texts = {c.value for c in cells if isinstance(c.value, str)}
        for c in cells:
            if isinstance(c.value, str):
                seen.update(h for h, p in _TEXT_HABITS27.items() if re.fullmatch(p, c.value))
        if "完成日期" in texts and sum(isinstance(c.value, dt.datetime) for c in cells) >= 8:
            seen.add("8D steps each with their own 负责人 and 完成日期")
        if ws.print_title_rows and ws.row_breaks.brk:
            seen.add("an item table continued on a second page under its repeated header")
        if {"原单价", "折让比例", "折让单价"} <= texts:
            seen.add("the original price, a discount rate and the reduced price")


def _habits27(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Kurmanji date with the izafe and heb, a Tongan
    date with the ʻokina, a Samoan date and WS$, one form printed twice on one page (存根聯 / 收執聯),
    an 8D in two columns, a unit and a currency in columns of their own."""
    seen = _habits_of_books(_habits27_of_a_book)(held)
    for pdf_path, text, _sizes in _sent_alone(held):
        if re.search(r"\d{1,2}ê (rêbendanê|reşemiyê|adarê|avrêlê|gulanê) \d{4}", text) and " heb" in text:
            seen.add("Kurmanji–English, 5ê adarê 2026, 1.200 heb")
        if re.search(r"\d{1,2} (Sānuali|Fēpueli|Maʻasi|ʻEpeleli|Mē) \d{4}", text):
            seen.add("Tongan–English, 5 Maʻasi 2026 (the ʻokina)")
        if re.search(r"\d{1,2} (Ianuari|Fepuari|Mati|Aperila|Me) \d{4}", text) and "WS$" in text:
            seen.add("Samoan–English, 5 Mati 2026, WS$1,234.50")
        if "存根聯" in text and "收執聯" in text and text.count("折讓單號") == 2:
            seen.add("one form printed twice on one page (存根聯 / 收執聯)")
        with pdfplumber.open(pdf_path) as pdf:
            words = pdf.pages[0].extract_words()
        steps = {w["text"][:2]: w["x0"] for w in words if re.fullmatch(r"D[1-8]", w["text"][:2])}
        if steps.get("D1", 0) < 100 < steps.get("D5", 0) and steps.get("D4", 999) < 100:
            seen.add("an 8D in two columns (D1–D4 left, D5–D8 right)")
        if re.search(r"\bPCS NTD \d", text):
            seen.add("a unit and a currency in columns of their own")
    return seen


HOLDOUT27 = HoldoutSet(
    name="holdout27",
    about=(
        "The twenty-seventh held-out layouts (tests/holdout27) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout26`` and ``../shared/corpus``:\n"
        "a Yoruba–English complaint (5 Ẹrẹ̀nà 2026, 1,200 ẹyọ, the request ticked (X) among ( )), a 客户投诉单\n"
        "whose signatures carry their date (孙丽  2026.3.12), a 客訴單 whose delivered count is written in 萬\n"
        "(1.2萬 PCS), a Zulu–English 8D (5 Mashi 2026, 1 250 izingcezu), an 8D 报告 whose every step has its\n"
        "own 负责人 and 完成日期, a Quechua–English return (5 Pauqar waray 2026, 1,200 und., S/ 1,234.50), a 退货单\n"
        "whose item table continues on a second page under its repeated header, a Guarani–English credit note\n"
        "(5 jasyapy 2026, ₲ 1.234.500), a 销售折让证明单 whose lines give the original price, a discount rate and\n"
        "the reduced price; sent as PDF only: a Kurmanji–English complaint (5ê adarê 2026, 1.200 heb;\n"
        "Chromium), a Tongan–English 8D (5 Maʻasi 2026; Chromium), a Samoan–English return (5 Mati 2026,\n"
        "WS$1,234.50; Chromium), a 銷貨折讓證明單 printed twice on one page (存根聯 / 收執聯; Chromium), an 8D 報告\n"
        "in two columns (fpdf2), a 退貨單 whose unit and currency stand in columns of their own (fpdf2); two\n"
        "odd files (a web archive (MHTML) named .xls; an Internet shortcut named .pdf).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout27/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout27 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "426/499 = 85.4 % (Excel 164/195, PDF 262/304: printed from Excel 164/195, sent as PDF only 98/109), "
        "12 wrong, 0 silent (all flagged: 8d-zh-stepdates team names kept whole '蒋涛、陈晓红、韩磊' ×3 on xlsx and PDF; "
        "allowance-zh-percent items[0/1].unit_price read the 原单价 320.00 / 45.00 for the 折让单价 16.00 / 3.60 on "
        "xlsx and PDF; complaint-zh-sigdate reporter read '孙丽  2026.3.12' for '孙丽' on xlsx and PDF); 0 invented; "
        "kinds 24 of 24; odd files: both an error, no record; profiles 233/277 = 84.1 %, 4 silent "
        "(complaint-zh-sigdate reporter '孙丽  2026.4.28' and sales_supervisor '邵建军 4/29', xlsx and PDF); "
        "learned on the PDFs 127/152, 2 silent (the same two on the PDF)"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.996,
        sent_as_pdf=0.99,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=4,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at bc821cad) Excel 164/195 = 84.1 %, PDF 262/304 = 86.2 % (printed from Excel",
        "164/195 = 84.1 %), sent as PDF only 98/109 = 89.9 %: 426/499, 12 wrong (0 silent), 0 invented; kinds 24/24",
        "HOLDOUT27_FLOOR_EXCEL = 0.841 — 164/195 before any fix",
        "HOLDOUT27_FLOOR_PDF = 0.861 — 262/304 before any fix",
        "HOLDOUT27_FLOOR_SENT_AS_PDF = 0.899 — 98/109 before any fix",
        "HOLDOUT27_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT27_SILENT_NOW = 0",
        "HOLDOUT27_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 233/277 = 84.1 %",
        "HOLDOUT27_FLOOR_PROFILE_EXCEL = 0.841 — 233/277 before any fix (learned on the PDFs: 127/152 = 0.835)",
        "HOLDOUT27_PROFILE_SILENT_NOW = 4 — complaint-zh-sigdate reporter, sales_supervisor (xlsx, pdf) with their",
        "dates ('孙丽  2026.4.28', '邵建军 4/29')",
        "-- after rh27's fixes (signature dates, seven languages' months and counts, guaraníes, a step",
        "table's team row, the reduced price 折让单价, 销售主管 / 客戶需求 / 臨時處置): Excel 195/195 = 100 %,",
        "PDF 303/304 = 99.7 % (printed from Excel 195/195), sent as PDF only 108/109 = 99.1 %: 498/499, 0 wrong,",
        "0 invented; kinds 24/24 (the one left: allowance-zht-stub.pdf's 經手人, no field's label elsewhere)",
        "HOLDOUT27_FLOOR_EXCEL = 1.0 — 195/195",
        "HOLDOUT27_FLOOR_PDF = 0.996 — 303/304",
        "HOLDOUT27_FLOOR_SENT_AS_PDF = 0.99 — 108/109",
        "HOLDOUT27_FLOOR_PROFILE_EXCEL = 1.0 — 277/277 (learned on the PDFs: 152/152 = 1.0)",
        "HOLDOUT27_PROFILE_SILENT_NOW = 0 — the signatures' dates now left out of the names (said)",
        "-- held to the issue's targets from here (merged with reader27's rules: the same 498/499)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 16 (4 unwarned) on main's reader, 16 (4 unwarned) after the revision-history mend; HOLDOUT27_UNLISTED_SILENT_NOW = 4 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2, items[].unit ×2",
    ),
    targets=True,
    shape=_SHAPE27,
    habits=_habits27,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS27,
            "8D steps each with their own 负责人 and 完成日期",
            "an item table continued on a second page under its repeated header",
            "the original price, a discount rate and the reduced price",
            "Kurmanji–English, 5ê adarê 2026, 1.200 heb",
            "Tongan–English, 5 Maʻasi 2026 (the ʻokina)",
            "Samoan–English, 5 Mati 2026, WS$1,234.50",
            "one form printed twice on one page (存根聯 / 收執聯)",
            "an 8D in two columns (D1–D4 left, D5–D8 right)",
            "a unit and a currency in columns of their own",
        }
    ),
    second_copies=8,
    second_sent_as_pdf=2,
    # a web archive (MHTML) named .xls; an Internet shortcut named .pdf
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout28
_SHAPE28 = _shape_of(layouts=15, filled=24, sent_as_pdf=6, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS28 = {
    "Igbo–English labels": r"(?s).*(Onye ahịa|Ogbe|Arịrịọ|Onye nlekọta).* / .+",
    "Igbo date (5 Maachị 2026)": r"\d{1,2} (Jenụwarị|Febrụwarị|Maachị|Eprel|Mee|Juun|Julaị|Ọgọọst|Septemba|Ọktoba"
    r"|Novemba|Disemba) \d{4}",
    "quantity in mpempe": r"\d{1,3}(,\d{3})* mpempe",
    "a code letter explained by a legend (A=退货 B=换货)": r"(?s).*A=退货 +B=换货.*",
    "several labelled values on their own lines in one cell": r"[^：\n]+：[^\n]+(\n[^：\n]+：[^\n]+){1,}",
    "Xhosa–English labels": r"(?s).*\b(Umthengi|Isixa|Iqela|Kuvunyiwe)\b.* / .+",
    "Xhosa date with its weekday (Lwesine, 5 Matshi 2026)": r"(Mvulo|Lwesibini|Lwesithathu|Lwesine|Lwesihlanu"
    r"|Mgqibelo|Cawe), \d{1,2} (Janyuwari|Februwari|Matshi|Epreli|Meyi|Juni|Julayi|Agasti|Septemba|Okthoba|Novemba"
    r"|Disemba) \d{4}",
    "a team written with its roles (组长：… / 组员：…)": r"组长：\S+\n组员：\S+",
    "Oromo–English labels": r"(?s).*\b(Maamila|Sababa|Tarkaanfii|Deebi'e)\b.* / .+",
    "Oromo date (5 Bitootessa 2026)": r"\d{1,2} (Amajjii|Guraandhala|Bitootessa|Elba|Caamsa|Waxabajjii|Adooleessa"
    r"|Hagayya|Fuulbana|Onkololeessa|Sadaasa|Muddee) \d{4}",
    "quantity in meeshaa": r"\d{1,3}(,\d{3})* meeshaa",
    "amount in birr after the figure (1,234.50 Birr)": r"\d{1,3}(,\d{3})*\.\d\d Birr",
    "Tajik (Cyrillic)–English labels": r"(?s).*(Харидор|Миқдор|Тасдиқ кард).* / .+",
    "Tajik date (24 марти 2026)": r"\d{1,2} (январи|феврали|марти|апрели|майи|июни|июли|августи|сентябри|октябри"
    r"|ноябри|декабри) \d{4}",
    "amount in somoni after the figure (48 500,00 сомонӣ)": r"\d{1,3}( \d{3})*,\d\d сомонӣ",
}


def _habits28_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a column header over three rows (a group row of
    merged cells, a name row, a unit row), two item tables under the same headings (一、 / 二、)."""
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
        texts = [c.value for c in cells if isinstance(c.value, str)]
        for t in texts:
            seen.update(h for h, p in _TEXT_HABITS28.items() if re.fullmatch(p, t))
        rows = {c.row: [] for c in cells}
        for c in cells:
            rows[c.row].append(c.value)
        for r, values in rows.items():
            if (
                "PCS" in values
                and any(str(v).startswith("元") for v in values)
                and any(m.min_row == r - 2 and m.max_col > m.min_col for m in ws.merged_cells.ranges)
            ):
                seen.add("a column header split over three rows")
        if "一、原发票明细" in texts and "二、折让明细" in texts:
            seen.add("two item tables: the original invoice's, then the allowance's")


def _habits28(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Fijian date and ☑ / ☐, a Hawaiian date with its
    weekday, a Cebuano date with ika- / sa and pesos with a plain P, signatures above a line with the caption under, boxes with
    small captions, page subtotals and a brought-forward row over two pages."""
    seen = _habits_of_books(_habits28_of_a_book)(held)
    for pdf_path, text, sizes in _sent_alone(held):
        if re.search(r"\d{1,2} (Janueri|Veverueri|Maji|Epereli|Me) \d{4}", text) and "☑" in text:
            seen.add("Fijian–English, 5 Maji 2026, ☑ / ☐")
        if re.search(r"Pōʻ\w+, \d{1,2} (Ianuali|Pepeluali|Malaki|ʻApelila|Mei) \d{4}", text):
            seen.add("Hawaiian–English, Pōʻahā, 5 Malaki 2026 (weekday, ʻokina)")
        if re.search(r"ika-\d{1,2} sa (Enero|Pebrero|Marso|Abril|Mayo) \d{4}", text) and re.search(
            r"\bP\d", text
        ):
            seen.add("Cebuano–English, ika-5 sa Marso 2026, P1,234.50")
        if re.search(r"\n經辦 會計 核准", text):
            seen.add("signatures above a line, the caption under it")
        if 6.0 in sizes and "D8 結案日期 核准" in text:
            seen.add("boxes with small captions in their top-left corner")
        if "本頁小計" in text and "承上頁" in text:
            with pdfplumber.open(pdf_path) as pdf:
                if len(pdf.pages) == 2:
                    seen.add("page subtotals and a brought-forward row over two pages")
    return seen


HOLDOUT28 = HoldoutSet(
    name="holdout28",
    about=(
        "The twenty-eighth held-out layouts (tests/holdout28) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout27`` and ``../shared/corpus``:\n"
        "an Igbo–English complaint (5 Maachị 2026, 1,200 mpempe), a 客户投诉单 whose request is a code letter\n"
        "explained by a legend (B with A=退货 B=换货 …), a 客訴處理單 whose cells hold several labelled values\n"
        "on their own lines, a Xhosa–English 8D whose dates carry the weekday (Lwesine, 5 Matshi 2026), an 8D\n"
        "报告 whose team is written with its roles (组长：… / 组员：…), an Oromo–English return (5 Bitootessa 2026,\n"
        "1,200 meeshaa, 1,234.50 Birr), a 退货单 whose column header is split over three rows, a Tajik–English\n"
        "credit note in Cyrillic (24 марти 2026, 48 500,00 сомонӣ), a 销售折让证明单 with two item tables (the\n"
        "original invoice's, then the allowance's); sent as PDF only: a Fijian–English complaint (5 Maji\n"
        "2026, ☑ / ☐; Chromium), a Hawaiian–English 8D (Pōʻahā, 5 Malaki 2026; Chromium), a Cebuano–English\n"
        "return (ika-5 sa Marso 2026, P1,234.50; Chromium), a 銷貨折讓單 whose signatures stand above a line with\n"
        "the caption under it (Chromium), an 8D 報告 of boxes with small captions (fpdf2), a 退貨單 over two\n"
        "pages with 本頁小計 / 承上頁 rows (fpdf2); two odd files (Excel's owner file '~$…' named .xlsx; a\n"
        "blank PDF whose only content is an attached file).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout28/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout28 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "354/484 = 73.1 % (Excel 118/166, PDF 236/318: printed from Excel 118/166, sent as PDF only 118/152), "
        "24 wrong, 24 silent (all on return-zh-threerow, xlsx and PDF: the header's unit row 'PCS | PCS | 元/PCS "
        "| 元' read as items[0] (its fields left empty, flagged) and every real line shifted down one, unflagged — "
        "items[1] holds line 1's six values, items[2] line 2's, line 3 an extra items[3]); 0 invented; kinds 24 of 24; odd files: both an error, "
        "no record; profiles 158/218 = 72.5 %, 0 silent (6 wrong, flagged: return-zh-threerow.pdf); learned on "
        "the PDFs 83/123, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.984,
        sent_as_pdf=0.967,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=10,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 3d274228) Excel 118/166 = 71.1 %, PDF 236/318 = 74.2 % (printed from Excel",
        "118/166 = 71.1 %), sent as PDF only 118/152 = 77.6 %: 354/484, 24 wrong (24 silent), 0 invented; kinds 24/24",
        "HOLDOUT28_FLOOR_EXCEL = 0.71 — 118/166 before any fix",
        "HOLDOUT28_FLOOR_PDF = 0.742 — 236/318 before any fix",
        "HOLDOUT28_FLOOR_SENT_AS_PDF = 0.776 — 118/152 before any fix",
        "HOLDOUT28_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT28_SILENT_NOW = 24 — return-zh-threerow (xlsx, pdf): the unit row read as a line, the lines shifted",
        "HOLDOUT28_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 158/218 = 72.5 %",
        "HOLDOUT28_FLOOR_PROFILE_EXCEL = 0.724 — 158/218 before any fix (learned on the PDFs: 83/123 = 0.675)",
        "HOLDOUT28_PROFILE_SILENT_NOW = 0",
        "-- after rh28's fixes (a header's row of units, seven languages' months, weekdays and counts, the",
        "birr and the somoni after the figure, a code and its legend, a page subtotal and the brought-forward",
        "row, 销售经理 / 緊急處置 / 销售方负责人): Excel 166/166 = 100 %, PDF 313/318 = 98.4 % (printed from Excel",
        "166/166), sent as PDF only 147/152 = 96.7 %: 479/484, 0 wrong, 0 invented; kinds 24/24 (left: the",
        "Cebuano return's pesos written with a plain P, 4; the name above the 核准 line, 1)",
        "HOLDOUT28_FLOOR_EXCEL = 1.0 — 166/166",
        "HOLDOUT28_FLOOR_PDF = 0.984 — 313/318",
        "HOLDOUT28_FLOOR_SENT_AS_PDF = 0.967 — 147/152",
        "HOLDOUT28_SILENT_NOW = 0 — the unit row no line",
        "HOLDOUT28_FLOOR_PROFILE_EXCEL = 0.99 — 216/218 (learned on the PDFs: 121/123 = 0.984; left: the",
        "Cebuano copy's P96.40 and its amount)",
        "-- held to the issue's targets from here (90 %, 0 silent)",
        "round 32 (profiles32): profiles learned on Excel 218/218, on the PDFs 123/123, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 10 (10 unwarned) on main's reader, 10 (10 unwarned) after the revision-history mend; HOLDOUT28_UNLISTED_SILENT_NOW = 10 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): team[].role ×8, tax_rate ×2",
    ),
    targets=True,
    shape=_SHAPE28,
    habits=_habits28,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS28,
            "a column header split over three rows",
            "two item tables: the original invoice's, then the allowance's",
            "Fijian–English, 5 Maji 2026, ☑ / ☐",
            "Hawaiian–English, Pōʻahā, 5 Malaki 2026 (weekday, ʻokina)",
            "Cebuano–English, ika-5 sa Marso 2026, P1,234.50",
            "signatures above a line, the caption under it",
            "boxes with small captions in their top-left corner",
            "page subtotals and a brought-forward row over two pages",
        }
    ),
    second_copies=8,
    second_sent_as_pdf=2,
    # Excel's owner file named .xlsx; a blank PDF with the return note attached
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout29
_TEXT_HABITS29 = {
    "Wolof–English labels": r"(?s).*(Kiliyaan|Laaj|Njiit).* / .+",
    "Wolof date (5 Mars 2026)": r"\d{1,2} (Samwiyee|Fewriyee|Mars|Awril|Me|Suwe|Sullet|Ut|Sàttumbar|Oktoobar|Nowàmbar"
    r"|Desàmbar) \d{4}",
    "Shona–English labels": r"(?s).*(Mutengi|Huwandu|Chikwata|Zvabvumidzwa).* / .+",
    "Shona date (5 Kurume 2026)": r"\d{1,2} (Ndira|Kukadzi|Kurume|Kubvumbi|Chivabvu|Chikumi|Chikunguru|Nyamavhuvhu"
    r"|Gunyana|Gumiguru|Mbudzi|Zvita) \d{4}",
    "quantity in zvidimbu": r"\d{1,3}(,\d{3})* zvidimbu",
    "Sesotho–English labels": r"(?s).*(Moreki|Lebaka|Kalafo).* / .+",
    "Sesotho date (5 Hlakubele 2026)": r"\d{1,2} (Phesekgong|Hlakola|Hlakubele|Mmese|Motsheanong|Phupjane|Phupu|Phata"
    r"|Leotshe|Mphalane|Pundungwane|Tshitwe) \d{4}",
    "Chichewa–English labels": r"(?s).*(Wogula|Katundu|Wovomereza).* / .+",
    "Chichewa date (24 Malichi 2026)": r"\d{1,2} (Januwale|Febuluwale|Malichi|Epulo|Mei|Juni|Julai|Ogasiti|Seputemba"
    r"|Okutoba|Novemba|Disemba) \d{4}",
}


def _habits29_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a count with its unit in the next cell, a value
    merged over two rows with its label in the lower row, a Chinese form filled in English, a three-column
    sign-off under English titles, the currency in its own column, the amount column before the
    quantities, the totals row above the lines, a second table beside the first, ``"MK"`` number formats."""
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
        texts = [c.value for c in cells if isinstance(c.value, str)]
        for t in texts:
            seen.update(h for h, p in _TEXT_HABITS29.items() if re.fullmatch(p, t))
        at = {(c.row, c.column): c.value for c in cells}
        rows: dict[int, list] = {}
        for c in cells:
            rows.setdefault(c.row, []).append(c.value)
        for (r, col), v in at.items():
            if isinstance(v, str) and re.fullmatch(r"\d{1,3}( \d{3})*", v) and at.get((r, col + 1)) == "pce":
                seen.add("a count with its unit in the next cell")
            if v == "Zonse / Totals" and "Katundu / Item" in rows.get(r - 1, []) and rows.get(r + 1):
                seen.add("the totals row above the lines")
        for m in ws.merged_cells.ranges:
            if (
                m.max_row == m.min_row + 1
                and m.min_col == 2
                and (m.max_row, 1) in at
                and (m.min_row, 1) not in at
            ):
                seen.add("a value merged over two rows, its label in the lower row")
        if (
            "客訴處理單" in texts
            and sum(bool(re.fullmatch(r"[A-Z][A-Za-z-]+( [A-Za-z0-9,.;-]+)+", t)) for t in texts) >= 5
        ):
            seen.add("a Chinese form filled in English")
        for r, values in rows.items():
            if {"Prepared by", "Checked by", "Approved by"} <= set(values) and len(rows.get(r + 1, [])) == 3:
                seen.add("a three-column sign-off, the names under English titles")
            if "Chelete / Cur." in values and rows.get(r + 1, []).count("M") == 1:
                seen.add("the currency in its own column")
            if "金额" in values and "核准数量" in values and values.index("金额") < values.index("核准数量"):
                seen.add("the amount column before the quantities")
            if "货物名称" in values and "发票代码" in values:
                seen.add("a second table beside the first on the same rows")
        if any('"MK"' in c.number_format for c in cells if isinstance(c.value, (int, float))):
            seen.add("amounts shown MK by a number format")


def _habits29(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a Haitian Creole date and the reporter as Name /
    Title / Tel, a Tok Pisin date and the team with its e-mail addresses, a Breton date with a viz and a
    remark like a date, each line's tax on its own row, two counts under one caption, an item table
    drawn without lines."""
    seen = _habits_of_books(_habits29_of_a_book)(held)
    for pdf_path, text, _sizes in _sent_alone(held):
        if re.search(r"\d{1,2} (janvye|fevriye|mas|avril|me) \d{4}", text) and re.search(
            r"\w+ \w+ / [A-Z][a-z]+ [A-Z][a-z]+ / \+\d", text
        ):
            seen.add("Haitian Creole–English, 5 mas 2026, the reporter as Name / Title / Tel")
        if re.search(r"\d{1,2} (Janueri|Februeri|Mas|Epril|Me) \d{4}", text) and re.search(
            r"\w+ \w+ <[\w.]+@[\w.]+>; \w+ \w+\s", text
        ):
            seen.add("Tok Pisin–English, 5 Mas 2026, the team pasted with its e-mail addresses")
        if re.search(r"\d{1,2} a viz (Genver|C'hwevrer|Meurzh|Ebrel|Mae) \d{4}", text) and re.search(
            r"gwelet \d{1,2}/\d{1,2}", text
        ):
            seen.add("Breton–English, 5 a viz Meurzh 2026, a remark like a date (gwelet 3/4)")
        if "營業稅 5%" in text and "營業稅額" not in text.split("總計")[0].split("折讓金額合計")[0]:
            seen.add("each line's tax on its own row under the line")
        if re.search(r"不良數/交貨數:\s*\d+/\d{1,3}(,\d{3})* 台", text):  # NFKC: ／ and ： folded
            seen.add("two counts under one caption, a slash between (540／12,000)")
        if "退 貨 單" in text:
            with pdfplumber.open(pdf_path) as pdf:
                if all(not page.lines and not page.rects for page in pdf.pages):
                    seen.add("an item table drawn without lines")
    return seen


HOLDOUT29 = HoldoutSet(
    name="holdout29",
    about=(
        "The twenty-ninth held-out layouts (tests/holdout29) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout28`` and ``../shared/corpus``:\n"
        "a Wolof–English complaint whose counts have their unit in the next cell (5 Mars 2026), a 客户投诉单\n"
        "whose values are merged over two rows with the label in the lower row, a 客訴處理單 filled in\n"
        "English, a Shona–English 8D (5 Kurume 2026, 1,250 zvidimbu), an 8D 报告 whose sign-off is a\n"
        "three-column block under English titles, a Sesotho–English return (5 Hlakubele 2026) with the\n"
        "currency in its own column, a 退货单 whose amount column comes before the quantities, a\n"
        "Chichewa–English credit note (24 Malichi 2026, MK) whose totals row stands above the lines, a\n"
        "销售折让证明单 with a second table beside the items; sent as PDF only: a Haitian Creole–English\n"
        "complaint (5 mas 2026, the reporter as Name / Title / Tel; Chromium), a Tok Pisin–English 8D whose\n"
        "team is pasted with its e-mail addresses (Chromium), a Breton–English return (5 a viz Meurzh 2026,\n"
        "1 234,50 €, a remark 'gwelet 3/4'; Chromium), a 銷貨折讓單 whose each line's tax stands on its own\n"
        "row (Chromium), an 8D 報告 whose two counts share one caption (540／12,000; fpdf2), a 退貨單 whose\n"
        "item table has no lines (fpdf2); two odd files (a PDF with no page;\n"
        "a complaint whose letters are outlines, no text and no image).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout29/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout29 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "390/455 = 85.7 % (Excel 146/166, PDF 244/289: printed from Excel 144/166, sent as PDF only 100/123), "
        "4 wrong, 0 silent (all flagged: 8d-en-tokpisin.pdf team[*].name read as the whole To: line with the "
        "e-mail addresses ×3; complaint-en-haitian.pdf reporter read 'Xu Ping/Sales Engineer' for 'Xu Ping'); 0 "
        "invented; kinds 24 of 24; odd files: both an error, no record (the outlined complaint 'no_text_layer … "
        "a scan: it needs OCR' — misleading, there is no image to OCR); profiles 190/218 = 87.2 %, 0 silent (1 "
        "wrong, flagged: the Haitian copy's reporter); learned on the PDFs 102/123, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.993,
        sent_as_pdf=0.983,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=3,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at f9a61751) Excel 146/166 = 87.9 %, PDF 244/289 = 84.4 % (printed from Excel",
        "144/166 = 86.7 %), sent as PDF only 100/123 = 81.3 %: 390/455, 4 wrong (0 silent), 0 invented; kinds 24/24",
        "HOLDOUT29_FLOOR_EXCEL = 0.879 — 146/166 before any fix",
        "HOLDOUT29_FLOOR_PDF = 0.844 — 244/289 before any fix",
        "HOLDOUT29_FLOOR_SENT_AS_PDF = 0.813 — 100/123 before any fix",
        "HOLDOUT29_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT29_SILENT_NOW = 0 — the 4 wrong values (the Tok Pisin team with its addresses, the Haitian",
        "reporter's Name / Title) are flagged",
        "HOLDOUT29_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 190/218 = 87.2 %",
        "HOLDOUT29_FLOOR_PROFILE_EXCEL = 0.871 — 190/218 before any fix (learned on the PDFs: 102/123 = 0.829)",
        "HOLDOUT29_PROFILE_SILENT_NOW = 0",
        "-- after rh29's fixes (seven languages' months and four count words, Breton's 'a viz', a totals line",
        "above the lines, the kwacha's MK, 8D labels 发生根因 / 流出根因 / 预防再发生, a team with its mail",
        "addresses, a name with title and telephone, each line's tax on its own row, two counts under one",
        "caption): Excel 166/166 = 100 %, PDF 287/289 = 99.3 % (printed from Excel 166/166), sent as PDF only",
        "121/123 = 98.4 %: 453/455, 0 wrong, 0 invented; kinds 24/24 (left: the Tok Pisin 8D's escape cause",
        "under its wrapped label; 核准 alone read as the general manager's, the set expects the manager's)",
        "HOLDOUT29_FLOOR_EXCEL = 1.0 — 166/166",
        "HOLDOUT29_FLOOR_PDF = 0.993 — 287/289",
        "HOLDOUT29_FLOOR_SENT_AS_PDF = 0.983 — 121/123",
        "HOLDOUT29_SILENT_NOW = 0 — no wrong value left",
        "HOLDOUT29_FLOOR_PROFILE_EXCEL = 0.995 — 217/218 (learned on the PDFs: 122/123 = 0.992; left: the",
        "Chichewa copy's total tax, flagged)",
        "-- held to the issue's targets from here (90 %, 0 silent)",
        "round 32 (profiles32): profiles learned on Excel 218/218, on the PDFs 123/123, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 7 (3 unwarned) on main's reader, 7 (3 unwarned) after the revision-history mend; HOLDOUT29_UNLISTED_SILENT_NOW = 3 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×3",
    ),
    targets=True,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits29,
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS29,
            "a count with its unit in the next cell",
            "the totals row above the lines",
            "a value merged over two rows, its label in the lower row",
            "a Chinese form filled in English",
            "a three-column sign-off, the names under English titles",
            "the currency in its own column",
            "the amount column before the quantities",
            "a second table beside the first on the same rows",
            "amounts shown MK by a number format",
            "Haitian Creole–English, 5 mas 2026, the reporter as Name / Title / Tel",
            "Tok Pisin–English, 5 Mas 2026, the team pasted with its e-mail addresses",
            "Breton–English, 5 a viz Meurzh 2026, a remark like a date (gwelet 3/4)",
            "each line's tax on its own row under the line",
            "two counts under one caption, a slash between (540／12,000)",
            "an item table drawn without lines",
        }
    ),
    second_copies=8,
    second_sent_as_pdf=2,
    # a PDF with no page; a complaint whose letters are outlines (no text layer, no image)
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset(),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout30
_TEXT_HABITS30 = {
    "Lingala–English labels": r"(?s).*(Mosombi|Bosɛngi|Mokambi).* / .+",
    "Lingala date (5 sánzá ya mísáto 2026)": r"\d{1,2} sánzá ya (yambo|míbalé|mísáto|mínei|mítáno|motóbá) \d{4}",
    "the unit before the count (pcs 1,200)": r"pcs \d{1,3}(,\d{3})*",
    "a name with its pinyin in brackets": r"[\u4e00-\u9fff]{2,4}（[A-Z][a-z]+ [A-Z][a-z]+）",
    "Scottish Gaelic–English labels": r"(?s).*(Neach-ceannach|Sgioba|Aontaichte).* / .+",
    "Gaelic date (5mh dhen Mhàrt 2026)": r"\d{1,2}mh dhen (Fhaoilleach|Ghearran|Mhàrt|Ghiblean|Chèitean|Ògmhios)"
    r" \d{4}",
    "quantity in pìos": r"\d{1,3}(,\d{3})* pìos",
    "Setswana–English labels": r"(?s).*(Moreki|Tsamaiso|Palogotlhe).* / .+",
    "Setswana date (5 Mopitlwe 2026)": r"\d{1,2} (Ferikgong|Tlhakole|Mopitlwe|Moranang|Motsheganong) \d{4}",
    "Luganda–English labels": r"(?s).*(Omuguzi|Ekintu|Akkirizza).* / .+",
    "Luganda date (24 Marisi 2026)": r"\d{1,2} (Janwaliyo|Febwaliyo|Marisi|Apuli|Maayi|Juuni) \d{4}",
    "amounts with /= after them": r"\d{1,3}(,\d{3})*/=",
}


def _habits30_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a blank row between every field row, a status and a
    date column beside each 8D step, prices with three decimals by a number format, subtotal rows between the
    lines, lines grouped under a row per original invoice."""
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
        for c in cells:
            if isinstance(c.value, str):
                seen.update(h for h, p in _TEXT_HABITS30.items() if re.fullmatch(p, c.value))
        rows: dict[int, list] = {}
        for c in cells:
            rows.setdefault(c.row, []).append(c.value)
        filled = sorted(rows)
        if (
            "客訴處理單" in rows.get(1, [])
            and len(filled) >= 7
            and all(r + 1 not in rows for r in filled[1:-1])
        ):
            seen.add("a blank row between every field row")
        if sum(values.count("已完成") for values in rows.values()) >= 6 and any(
            "完成日期" in values for values in rows.values()
        ):
            seen.add("a status and a completion-date column beside each step")
        if any(c.number_format == '"P "0.000' and isinstance(c.value, float) for c in cells):
            seen.add("prices with three decimals (P 0.350)")
        labels = [values[0] for _r, values in sorted(rows.items())]
        if (
            labels.count("小计") >= 2
            and labels.index("小计") < len(labels) - 1 - labels[::-1].index("小计") - 1
        ):
            seen.add("subtotal rows between the lines")
        if sum(isinstance(v, str) and v.startswith("原发票：") for v in labels) >= 2:
            seen.add("lines grouped under a row per original invoice")


_SENT_ALONE_HABITS30 = {  # habit: the patterns a form sent alone shows together (its text NFKC: （ ） folded)
    "Ewe–English, 5 tedoxe 2026, counts with their words in brackets": (
        r"\d{1,2} (dzove|dzodze|tedoxe|afɔfĩe|dama) \d{4}",
        r"\d{1,3}(,\d{3})* \([a-z -]+\) pcs",
    ),
    "West Frisian–English, 5 maaie 2026, each step a heading row above its text": (
        r"\d{1,2} (maaie|juny|july) \d{4}",
        r"D2 Probleem / Problem\n",
    ),
    "Bambara–English, 5 marisi 2026, amounts in FCFA": (
        r"\d{1,2} (zanwuye|feburuye|marisi|awirili) \d{4}",
        r"\d{1,3}( \d{3})* FCFA",
    ),
    "a carried-forward row over a page break (過次頁 / 承上頁)": ("過次頁", "承上頁"),
    "a count with its defect rate in brackets (540 台（4.5%）)": (r"\d+ 台\(\d+(\.\d+)?%\)",),
    "the items as a numbered text list": (r"1\. 料號 \S+ 品名 \S+ 核准",),
}


def _habits_with_sent_alone(
    of_a_book: Callable[[Path, Any, set[str]], None], sent_alone: dict[str, tuple[str, ...]]
) -> Callable[[HoldoutSet], set[str]]:
    """A set's habits check: the workbooks' habits (``of_a_book``), and the forms sent alone (``sent_alone``:
    each habit seen where all its patterns are found in one form's text)."""
    books = _habits_of_books(of_a_book)

    def habits(held: HoldoutSet) -> set[str]:
        seen = books(held)
        for _pdf_path, text, _sizes in _sent_alone(held):
            seen.update(h for h, patterns in sent_alone.items() if all(re.search(p, text) for p in patterns))
        return seen

    return habits


def _texts_of_a_book(patterns: dict[str, str]) -> Callable[[Path, Any, set[str]], None]:
    """A workbook's habits check for ``_habits_of_books``: each habit of ``patterns`` seen where one of the
    workbook's texts matches its pattern in full."""

    def of_a_book(_book: Path, wb, seen: set[str]) -> None:
        texts = {
            c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
        }
        seen.update(h for h, p in patterns.items() if any(re.fullmatch(p, t) for t in texts))

    return of_a_book


HOLDOUT30 = HoldoutSet(
    name="holdout30",
    about=(
        "The thirtieth held-out layouts (tests/holdout30) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout29`` and ``../shared/corpus``:\n"
        "a Lingala–English complaint (5 sánzá ya mísáto 2026) whose counts have the unit before the number\n"
        "(pcs 1,200), a 客户投诉单 whose names carry their pinyin in brackets, a 客訴處理單 with a blank row\n"
        "between every field row, a Scottish Gaelic–English 8D (5mh dhen Mhàrt 2026, 1,250 pìos), an 8D 报告\n"
        "with a status and a completion-date column beside each step, a Setswana–English return (5 Mopitlwe\n"
        "2026, prices P 0.350), a 退货单 whose lines are split by subtotal rows, a Luganda–English credit note\n"
        "(24 Marisi 2026, 72,750/=), a 销售折让证明单 whose lines are grouped under a row per original invoice;\n"
        "sent as PDF only: an Ewe–English complaint (5 tedoxe 2026, counts with their words; Chromium), a West\n"
        "Frisian–English 8D whose steps are heading rows above their text (Chromium), a Bambara–English return\n"
        "(5 marisi 2026, 22 080 FCFA; Chromium), a 銷貨折讓單 over two pages with carried-forward rows\n"
        "(Chromium), an 8D 報告 whose count carries its defect rate (540 台（4.5%）; fpdf2), a 退貨單 whose items\n"
        "are a numbered text list (fpdf2); two odd files (a commercial invoice sent instead of a form; a\n"
        "workbook saved as Strict Open XML).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout30/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout30 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "352/469 = 75.1 % (Excel 132/169, PDF 220/300: printed from Excel 128/169, sent as PDF only 92/131), "
        "20 wrong, 15 silent: complaint-zh-pinyin reporter / sales_supervisor kept with their pinyin "
        "('蔡丽娟（Cai Lijuan）', xlsx and PDF: 4); 8d-zh-status D3 / D5 texts run on into the status and date "
        "columns ('… 已完成 2026-03-12', xlsx and PDF: 4); allowance-zht-carried.pdf the 過次頁 row read as "
        "items[3] and every later line shifted by one (6); return-zht-textlist.pdf items[0].part_no read '3. "
        "料號' (1); 0 invented; kinds 24 of 24; odd files: the invoice an error without --kind, a record "
        "(required-field errors only) with it; the strict workbook read as any workbook; profiles 192/230 = "
        "83.5 %, 4 silent (the pinyin names); learned on the PDFs 106/129, 2 silent"
    ),
    floors=Floors(
        excel=0.994,
        pdf=0.993,
        sent_as_pdf=0.992,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at d39791b9) Excel 132/169 = 78.1 %, PDF 220/300 = 73.3 % (printed from Excel",
        "128/169 = 75.7 %), sent as PDF only 92/131 = 70.2 %: 352/469, 20 wrong (15 silent), 0 invented; kinds 24/24",
        "HOLDOUT30_FLOOR_EXCEL = 0.781 — 132/169 before any fix",
        "HOLDOUT30_FLOOR_PDF = 0.733 — 220/300 before any fix",
        "HOLDOUT30_FLOOR_SENT_AS_PDF = 0.702 — 92/131 before any fix",
        "HOLDOUT30_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT30_SILENT_NOW = 15 — names with pinyin (4), 8D steps run into their status column (4), the",
        "carried-forward row read as a line (6), a numbered list's part number (1)",
        "HOLDOUT30_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 192/230 = 83.5 %",
        "HOLDOUT30_FLOOR_PROFILE_EXCEL = 0.834 — 192/230 before any fix (learned on the PDFs: 106/129 = 0.821)",
        "HOLDOUT30_PROFILE_SILENT_NOW = 4 — the pinyin names (2 on the PDFs)",
        "-- after rh30's fixes (a step table's header naming one column, names with their pinyin, the",
        "過次頁 row, group rows across a table, a numbered list of items, five languages' months, Gaelic's",
        "ordinal days, pìos / stiks, a count's words in brackets, /= FCFA USh P amounts, 'both' / 'too' in",
        "D7): Excel 168/169 = 99.4 %, PDF 294/300 = 98.0 % (printed from Excel 167/169), sent as PDF only",
        "127/131 = 96.9 %: 462/469, 3 wrong (0 silent), 0 invented; kinds 24/24 (left: the Luganda 27.50",
        "typed 28/= on the form (xlsx and PDF, flagged), the Setswana print's P 4.250 read 4250 (flagged),",
        "the Frisian escape cause under its heading row, the numbered list's part numbers lost in the print)",
        "HOLDOUT30_FLOOR_EXCEL = 0.994 — 168/169",
        "HOLDOUT30_FLOOR_PDF = 0.98 — 294/300",
        "HOLDOUT30_FLOOR_SENT_AS_PDF = 0.969 — 127/131",
        "HOLDOUT30_SILENT_NOW = 0 — the 3 wrong values are flagged",
        "HOLDOUT30_FLOOR_PROFILE_EXCEL = 0.978 — 225/230, 0 silent (learned on the PDFs: 124/129 = 0.961;",
        "left: the Luganda copy's /= amounts and the Bambara copy's FCFA figure a profile cannot place)",
        "-- held to the issue's targets from here (90 %, 0 silent)",
        "-- after rh30b beside rh30 (merged: a price written whole with /= read from its line, P 4.250 by",
        "the form's other amounts, a D4 heading naming a kind of cause): Excel 169/169 = 100 %, PDF 296/300",
        "= 98.7 % (printed from Excel 169/169), sent as PDF only 127/131: 465/469, 0 wrong, 0 silent (left:",
        "the Frisian escape cause under its heading row, the numbered list's three part numbers, missing)",
        "HOLDOUT30_FLOOR_EXCEL = 1.0 — 169/169",
        "HOLDOUT30_FLOOR_PDF = 0.986 — 296/300",
        "-- the review (lead): a price written whole (28/=) is read as written, 28.00, the line's exact",
        "price (27.50, not on the form: the set's generator rounded it) said beside it, never put in its",
        "place: 463/469 (Excel 168/169, PDF 295/300), 2 wrong (flagged), 0 silent",
        "HOLDOUT30_FLOOR_EXCEL = 0.994 — 168/169",
        "HOLDOUT30_FLOOR_PDF = 0.983 — 295/300",
        "-- the lead's merge of round 31 (reader31: a numbered list read over several lines, its part numbers",
        "in fpdf2's print, a figure glued to the next caption): PDF 298/300 = 99.3 % (sent as PDF only 130/131",
        "= 99.2 %, return-zht-textlist.pdf 26/26); Excel 168/169 unchanged: 466/469, 0 silent",
        "HOLDOUT30_FLOOR_PDF = 0.993 — 298/300",
        "HOLDOUT30_FLOOR_SENT_AS_PDF = 0.992 — 130/131",
        "round 32 (profiles32): profiles learned on Excel 230/230, on the PDFs 129/129, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 13 (2 unwarned) on main's reader, 13 (2 unwarned) after the revision-history mend; HOLDOUT30_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2",
    ),
    targets=True,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_habits30_of_a_book, _SENT_ALONE_HABITS30),
    habits_wanted=frozenset(
        {
            *_TEXT_HABITS30,
            "a blank row between every field row",
            "a status and a completion-date column beside each step",
            "prices with three decimals (P 0.350)",
            "subtotal rows between the lines",
            "lines grouped under a row per original invoice",
            "Ewe–English, 5 tedoxe 2026, counts with their words in brackets",
            "West Frisian–English, 5 maaie 2026, each step a heading row above its text",
            "Bambara–English, 5 marisi 2026, amounts in FCFA",
            "a carried-forward row over a page break (過次頁 / 承上頁)",
            "a count with its defect rate in brackets (540 台（4.5%）)",
            "the items as a numbered text list",
        }
    ),
    second_copies=8,
    second_sent_as_pdf=2,
    # a commercial invoice sent instead of a form; a workbook saved as Strict Open XML
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset({"complaint-invoice", "complaint-strict"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout31
_TEXT_HABITS31 = {
    "Kirundi–English labels": r"(?s).*(Umuguzi|Icipfuzo|Uwanditse|Umukuru).* / .+",
    "Kirundi date (5 Ntwarante 2026)": r"\d{1,2} (Nzero|Ruhuhuma|Ntwarante|Ndamukiza|Rusama|Ruheshi) \d{4}",
    "a count with a footnote mark (1,200¹)": r"\d{1,3}(,\d{3})*[¹²³]",
    "an approximate count (84 件左右)": r"\d+ 件左右",
    "Romansh–English labels": r"(?s).*(Squadra|Chaschun|Approvà|Serrà).* / .+",
    "Romansh date (5 da mars 2026, 22 d'avrigl 2026)": r"\d{1,2} (da |d')(schaner|favrer|mars|avrigl|matg"
    r"|zercladur) \d{4}",
    "Bashkir–English labels": r"(?s).*(Һатып алыусы|Ҡайтарылған|Раҫланы).* / .+",
    "Bashkir date (5 март 2026 й.)": r"\d{1,2} (ғинуар|февраль|март|апрель|май|июнь) \d{4} й\.",
    "amounts in roubles (1 234,50 ₽)": r"\d{1,3}( \d{3})*,\d{2} ₽",
    "Sango–English labels": r"(?s).*(Nömörö|Wüngö|Nginza|Zo ti).* / .+",
    "Sango date (24 Mbängü 2026)": r"\d{1,2} (Nyenye|Fulundïgi|Mbängü|Ngubùe|Bêläwü|Föndo) \d{4}",
    "negative circled step numbers (❶ … ❽)": r"[❶❷❸❹❺❻❼❽] .+",
    "a remark row under an item line (备注：…)": r"备注：.+",
}


_BOOK_HABITS31 = (  # what _habits31_of_a_book finds beside each text's habits
    "a colon in its own cell between label and value",
    "D4 one merged label over two sub-labels",
    "a weight column between the counts and the price",
    "a VAT-rate column (19 %) and amounts in XAF",
)


def _habits31_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a colon in its own cell between label and value, D4 one
    merged label over two sub-labels, a weight column between the counts and the price, a VAT-rate column shown
    ``19 %`` and amounts shown ``… XAF``."""
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
        for c in cells:
            if isinstance(c.value, str):
                seen.update(h for h, p in _TEXT_HABITS31.items() if re.fullmatch(p, c.value))
        if sum(c.value == "：" for c in cells) >= 10:
            seen.add(_BOOK_HABITS31[0])
        if any(
            isinstance(c.value, str)
            and c.value.startswith("D4 ")
            and f"{c.coordinate}:{c.column_letter}{c.row + 1}" in {str(m) for m in ws.merged_cells.ranges}
            for c in cells
        ):
            seen.add(_BOOK_HABITS31[1])
        if any(c.value == "毛重(kg)" for c in cells):
            seen.add(_BOOK_HABITS31[2])
        if any(c.number_format == "0 %" and isinstance(c.value, float) for c in cells) and any(
            c.number_format == '#,##0" XAF"' for c in cells
        ):
            seen.add(_BOOK_HABITS31[3])


_SENT_ALONE_HABITS31 = {  # habit: the patterns a form sent alone shows together (its text NFKC)
    "Asturian–English, 5 de marzu de 2026, counts 1,200 nos.": (
        r"\d{1,2} (de |d')(xineru|febreru|marzu|abril|mayu|xunu) de \d{4}",
        r"\d{1,3}(,\d{3})* nos\.",
    ),
    "Sundanese–English, 5 Pébruari 2026, the 8D kept as a timeline": (
        r"\d{1,2} (Januari|Pébruari|Maret|April|Méi|Juni) \d{4}",
        r"Tanggal / Date Léngkah / Step",
    ),
    "Tsonga–English, 5 Nyenyankulu 2026, returned counts and amounts with a minus": (
        r"\d{1,2} (Sunguti|Nyenyenyani|Nyenyankulu|Dzivamisoko) \d{4}",
        r"-\d{1,3}( \d{3})* R\d",
        r"-R\d{1,3}( \d{3})*,\d{2}",
    ),
    "two unit prices, tax excluded and tax included": (r"單價\(未稅\)", r"單價\(含稅\)"),
    "several header fields to a line between full-width bars": (r"報告編號:\S+ \| 立案日期",),
    "each item printed over two lines": (r"品號 品名規格\n核准數 實退數 單價 金額",),
}


HOLDOUT31 = HoldoutSet(
    name="holdout31",
    about=(
        "The thirty-first held-out layouts (tests/holdout31) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout30`` and ``../shared/corpus``:\n"
        "a Kirundi–English complaint (5 Ntwarante 2026) whose counts carry a footnote mark (1,200¹), a 客户投诉单\n"
        "whose defect count is approximate (84 件左右), a 客訴處理單 with a colon in its own cell between every\n"
        "label and its value, a Romansh–English 8D (5 da mars 2026, 1’250 tocs) whose D4 is one merged label over\n"
        "two sub-labels, an 8D 报告 whose steps are numbered ❶ … ❽, a Bashkir–English return in Cyrillic (5 март\n"
        "2026 й., 1 234,50 ₽), a 退货单 with a weight column between the counts and the price, a Sango–English\n"
        "credit note (24 Mbängü 2026) with a VAT-rate column and amounts shown 727,500 XAF, a 销售折让证明单 whose\n"
        "every line is followed by a remark row; sent as PDF only: an Asturian–English complaint (5 de marzu de\n"
        "2026, 1,200 nos.; Chromium), a Sundanese–English 8D kept as a timeline (date | step | action; Chromium),\n"
        "a Tsonga–English return whose returned counts and amounts carry a minus (-236, -R20 886,00; Chromium), a\n"
        "銷貨折讓單 with two unit prices, tax excluded and included (Chromium), an 8D 報告 whose header fields stand\n"
        "several to a line between full-width bars (fpdf2), a 退貨單 whose items are printed over two lines\n"
        "(fpdf2); two odd files (a workbook whose values all link to another workbook, never calculated; a PDF\n"
        "with a JavaScript open action).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout31/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout31 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "371/449 = 82.6 % (Excel 140/164, PDF 231/285: printed from Excel 133/164, sent as PDF only 98/121), "
        "2 wrong, 0 silent (allowance-en-sango.xlsx net and VAT totals read 1834125.00 and 238436.25, both "
        "flagged); 0 invented; kinds 24 of 24; odd files: the linked workbook an error ('empty_form': only the "
        "printed labels found, 'a blank form?' - nothing says the values are links to another workbook), the "
        "PDF with JavaScript a record with a warning that its script is not run; profiles 174/206 = 84.5 %, 0 "
        "silent; learned on the PDFs 97/117 = 82.9 %, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.996,
        sent_as_pdf=0.991,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 0db36018) Excel 140/164 = 85.4 %, PDF 231/285 = 81.1 % (printed from Excel",
        "133/164 = 81.1 %), sent as PDF only 98/121 = 81.0 %: 371/449, 2 wrong (0 silent), 0 invented; kinds 24/24",
        "HOLDOUT31_FLOOR_EXCEL = 0.853 — 140/164 before any fix",
        "HOLDOUT31_FLOOR_PDF = 0.81 — 231/285 before any fix",
        "HOLDOUT31_FLOOR_SENT_AS_PDF = 0.809 — 98/121 before any fix",
        "HOLDOUT31_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT31_SILENT_NOW = 0 — the 2 wrong values (allowance-en-sango.xlsx's totals) are flagged",
        "HOLDOUT31_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 174/206 = 84.5 %",
        "HOLDOUT31_FLOOR_PROFILE_EXCEL = 0.844 — 174/206 before any fix (learned on the PDFs: 97/117 = 0.829)",
        "HOLDOUT31_PROFILE_SILENT_NOW = 0",
        "-- after rh31's fixes (items printed over two lines, 8D steps numbered by enclosed digits ❶ … ❽, a",
        "totals caption with its translation ending the lines, a workbook of links never fetched said so):",
        "Excel 150/164 = 91.5 %, PDF 257/285 = 90.2 % (printed from Excel 141/164 = 86.0 %), sent as PDF only",
        "116/121 = 95.9 %: 407/449 = 90.6 %, 0 wrong, 0 silent, 0 invented; kinds 24/24; profiles unchanged",
        "(174/206, learned on the PDFs 97/117; 0 silent). Left: the value formats (the seven languages' dates,",
        "roubles, XAF in the print, 1,200¹, 84 件左右, 1’250 tocs, -1 480) — rh31b's",
        "HOLDOUT31_FLOOR_EXCEL = 0.914 — 150/164",
        "HOLDOUT31_FLOOR_PDF = 0.901 — 257/285",
        "HOLDOUT31_FLOOR_SENT_AS_PDF = 0.958 — 116/121",
        "HOLDOUT31_SILENT_NOW = 0 — no wrong value left",
        "-- held to the issue's targets from here (90 %, 0 silent)",
        "-- the lead's merge of round 31 (rh31 + rh31b's value formats + reader31/fixrd31): Excel 164/164,",
        "PDF 284/285 = 99.6 % (printed from Excel 164/164; sent as PDF only 120/121 = 99.2 %: 8d-en-sundanese's",
        "closing date, the timeline's Tanggal column, flagged label_lost): 448/449, 0 silent; profiles",
        "206/206 = 100 %, learned on the PDFs 114/117 = 97.4 %, 0 silent",
        "HOLDOUT31_FLOOR_EXCEL = 1.0 — 164/164",
        "HOLDOUT31_FLOOR_PDF = 0.996 — 284/285",
        "HOLDOUT31_FLOOR_SENT_AS_PDF = 0.991 — 120/121",
        "HOLDOUT31_FLOOR_PROFILE_EXCEL = 1.0 — 206/206 (learned on the PDFs: 114/117 = 0.974)",
        "round 32 (profiles32): profiles learned on Excel 206/206, on the PDFs 117/117, 0 silent: PROFILE floors 1.0",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 3 (0 unwarned) on main's reader, 3 (0 unwarned) after the revision-history mend; HOLDOUT31_UNLISTED_SILENT_NOW = 0",
    ),
    targets=True,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_habits31_of_a_book, _SENT_ALONE_HABITS31),
    habits_wanted=frozenset({*_TEXT_HABITS31, *_BOOK_HABITS31, *_SENT_ALONE_HABITS31}),
    second_copies=8,
    second_sent_as_pdf=2,
    # a workbook whose values all link to another workbook; a PDF with a JavaScript open action
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-script"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout32
_TEXT_HABITS32 = {
    "Occitan–English labels": r"(?s).*(Recebuda|Redigit per|Quantitat liurada|Responsable).* / .+",
    "Occitan date (5 de març de 2026)": r"\d{1,2} (de |d')(genièr|febrièr|març|abril|mai|junh) de \d{4}",
    "a count with a narrow no-break space (1 200 pç.)": r"\d{1,3}(\u202f\d{3})+ pç\.",
    "a count in thousands (6千件)": r"\d+(\.\d+)?千件",
    "a sign-off name with its signing date (範書豪 3/11)": r"\S{2,4} \d{1,2}/\d{1,2}",
    "Manx–English labels": r"(?s).*(Sheshaght|Earroo|Coardit|Jeight).* / .+",
    "Manx date (5 Mayrnt 2026)": r"\d{1,2} (Jerrey-geuree|Toshiaght-arree|Mayrnt|Averil|Boaldyn|Mean-souree) \d{4}",
    "containment as sub-numbered steps (D3.1, D3.2)": r"D3\.[12] .+",
    "8D steps in lenticular brackets (【D3】)": r"【D[1-8]】.+",
    "Chamorro–English labels": r"(?s).*(Numiru|Rinesibi|Maolek|Dinañu).* / .+",
    "Chamorro date (5 Matso 2026)": r"\d{1,2} (Eneru|Febreru|Matso|Abrit|Måyu|Hunio) \d{4}",
    "Papiamento–English labels": r"(?s).*(Aprobá|Fecha di faktura|Kantidat|Number di nota).* / .+",
    "Papiamento date (5 di mart 2026)": r"\d{1,2} di (yanüari|febrüari|mart|aprel|mei|yüni) \d{4}",
    "amounts in Caribbean guilders (XCG 1.234,50)": r"XCG \d{1,3}(\.\d{3})*,\d{2}",
}


_BOOK_HABITS32 = (  # what _habits32_of_a_book finds beside each text's habits
    "the returned count split into good and damaged before the total",
    "an eight-digit lot column between the name and the counts",
    "the original amount and a rate before the credit",
)


def _habits32_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, the returned count split into good and damaged columns,
    a 批号 column of eight-digit number cells, 原金额 and 折让率 columns before the credit."""
    values = [
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value not in (None, "")
    ]
    texts = {v for v in values if isinstance(v, str)}
    seen.update(h for h, p in _TEXT_HABITS32.items() if any(re.fullmatch(p, t) for t in texts))
    shown = (
        {"Maolek / Good", "Dinañu / Damaged"} <= texts,
        "批号" in texts and any(type(v) is int and 20000101 <= v <= 20991231 for v in values),
        {"原金额", "折让率"} <= texts,
    )
    seen.update(h for h, yes in zip(_BOOK_HABITS32, shown) if yes)


_SENT_ALONE_HABITS32 = {  # habit: the patterns a form sent alone shows together (its text NFKC)
    "Cornish–English, 5 mis Meurth 2026, counts with dozens after them": (
        r"\d{1,2} mis (Genver|Hwevrer|Meurth|Ebrel|Me|Metheven) \d{4}",
        r"\d{1,3}(,\d{3})* pcs \(\d[\d,]* doz\)",
    ),
    "Tetum–English, 5 Marsu 2026, bulleted step texts": (
        r"\d{1,2} (Janeiru|Fevereiru|Marsu|Abríl|Maiu|Juñu) \d{4}",
        r"Containment [•·] \S",
    ),
    "Bislama–English, 5 Maj 2026, the returned column before the approved one": (
        r"\d{1,2} (Januari|Februari|Maj|Epril|Mei|Jun) \d{4}",
        r"Oli sendem bak / Oli agri /",
    ),
    "counts to two decimals and unit prices to four": (r"\d{1,3}(,\d{3})*\.00 \d+\.\d{4} ",),
    "an owner and due-date line under every step": (r"負責人:\S+ +完成日:\d{4}/\d{2}/\d{2}",),
    "counts printed with three decimals": (r"\d{1,3}(,\d{3})*\.000 \d{1,3}(,\d{3})*\.000",),
}


HOLDOUT32 = HoldoutSet(
    name="holdout32",
    about=(
        "The thirty-second held-out layouts (tests/holdout32) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout31`` and ``../shared/corpus``:\n"
        "an Occitan–English complaint (5 de març de 2026) whose counts have a narrow no-break space between the\n"
        "thousands (1 200 pç.), a 客户质量投诉单 whose delivered count is given in thousands (6千件), a 客戶抱怨單\n"
        "whose sign-off names carry their signing date (範書豪 3/11), a Manx–English 8D (5 Mayrnt 2026) whose\n"
        "containment is two sub-numbered steps (D3.1, D3.2), an 8D 报告 whose steps stand in lenticular brackets\n"
        "(【D3】), a Chamorro–English return (5 Matso 2026) whose returned count is split into good and damaged\n"
        "before the total, a 退货单 with an eight-digit lot column (20260305) between the name and the counts, a\n"
        "Papiamento–English credit note (5 di mart 2026) in Caribbean guilders (XCG 1.234,50), a 销售折让单 whose\n"
        "lines give the original amount and a rate before the credit; sent as PDF only: a Cornish–English\n"
        "complaint (5 mis Meurth 2026, 1,200 pcs (100 doz); Chromium), a Tetum–English 8D with bulleted step\n"
        "texts (5 Marsu 2026; Chromium), a Bislama–English return (5 Maj 2026) whose returned column stands\n"
        "before the approved one (Chromium), a 銷貨退回折讓單 with counts to two decimals and prices to four\n"
        "(Chromium), an 8D 報告 whose every step is followed by an owner and due-date line (fpdf2), a 退貨單 whose\n"
        "counts are printed with three decimals (fpdf2); two odd files (a workbook whose values are all hidden by\n"
        "the number format ;;;, a PDF whose earlier values sit in an optional content layer switched off).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout32/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout32 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "427/450 = 94.9 % (Excel 156/165, PDF 271/285: printed from Excel 156/165, sent as PDF only 115/120), "
        "5 wrong, 2 silent (8d-en-manx.xlsx and .pdf opened_date '5 Mayrnt 2026' read 2026-05-05 for 2026-03-05); "
        "flagged: return-en-bislama.pdf '5 Maj 2026' read 2026-05-05, return-zht-decimals.pdf items[0] "
        "'500.000' / '492.000' read 500000 / 492000; 0 invented; kinds 24 of 24; odd files: both a record with "
        "required-field errors - the ';;;' workbook's six hidden values read with no word that they are hidden, "
        "the layered PDF's defect_qty read 640 from the layer switched off (flagged label_lost: the visible '64' "
        "not read); profiles 195/208 = 93.8 %, 0 silent; learned on the PDFs 110/118 = 93.2 %, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.996,
        sent_as_pdf=0.991,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 97eb8935) Excel 156/165 = 94.5 %, PDF 271/285 = 95.1 % (printed from Excel",
        "156/165 = 94.5 %), sent as PDF only 115/120 = 95.8 %: 427/450, 5 wrong (2 silent), 0 invented; kinds 24/24",
        "HOLDOUT32_FLOOR_EXCEL = 0.945 — 156/165 before any fix",
        "HOLDOUT32_FLOOR_PDF = 0.95 — 271/285 before any fix",
        "HOLDOUT32_FLOOR_SENT_AS_PDF = 0.958 — 115/120 before any fix",
        "HOLDOUT32_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT32_SILENT_NOW = 2 — 8d-en-manx (xlsx, PDF) '5 Mayrnt 2026' read as May",
        "HOLDOUT32_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 195/208 = 93.8 %",
        "HOLDOUT32_FLOOR_PROFILE_EXCEL = 0.937 — 195/208 before any fix (learned on the PDFs: 110/118 = 0.932)",
        "HOLDOUT32_PROFILE_SILENT_NOW = 0",
        "-- after rh32's fixes (the months of Manx, Cornish, Papiamento, Luganda by the CLDR, of Chamorro, Tetum,",
        "Bislama by month tables; a word only beginning as an English month's no English month; counts",
        "with three decimals beside a 1,200.000 count; 8D sub-steps D3.1 / D3.2; a step's name apart from its",
        "number; Total returned after a good / damaged split; ;;; said): Excel 165/165, PDF 284/285 = 99.6 %",
        "(printed from Excel 165/165; sent as PDF only 119/120 = 99.2 %: return-en-bislama's '5 Maj 2026',",
        "read May and flagged date_month_disputed): 449/450, 0 silent, 0 invented; kinds 24/24; profiles",
        "208/208 = 100 %, learned on the PDFs 118/118 = 100 %, 0 silent",
        "HOLDOUT32_FLOOR_EXCEL = 1.0 — 165/165",
        "HOLDOUT32_FLOOR_PDF = 0.996 — 284/285",
        "HOLDOUT32_FLOOR_SENT_AS_PDF = 0.991 — 119/120",
        "HOLDOUT32_SILENT_NOW = 0 — the one wrong value (Bislama Maj) is flagged",
        "HOLDOUT32_FLOOR_PROFILE_EXCEL = 1.0 — 208/208 (learned on the PDFs: 118/118 = 1.0)",
        "-- held to the issue's targets from here (90 %, 0 silent)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 6 (0 unwarned) on main's reader, 6 (0 unwarned) after the revision-history mend; HOLDOUT32_UNLISTED_SILENT_NOW = 0",
    ),
    targets=True,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_habits32_of_a_book, _SENT_ALONE_HABITS32),
    habits_wanted=frozenset({*_TEXT_HABITS32, *_BOOK_HABITS32, *_SENT_ALONE_HABITS32}),
    second_copies=8,
    second_sent_as_pdf=2,
    # a workbook whose values are hidden by the number format ;;;; a PDF with an optional content layer switched off
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-hidden", "complaint-layers"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout33
_TEXT_HABITS33 = {
    "Esperanto–English labels": r"(?s).*(Ricevita|Liverita kvanto|Difekta kvanto|Preparis).* / .+",
    "Esperanto date with an ordinal day (la 5-a de marto 2026)": r"la \d{1,2}-a de (januaro|februaro|marto|aprilo|majo|junio) \d{4}",
    "a date typed with a trailing dot (2026.03.05.)": r"\d{4}\.\d{2}\.\d{2}\.",
    "a defect count over the sample inspected (62/500)": r"\d+/\d+",
    "Northern Sami–English labels": r"(?s).*(Álggahuvvon|Joavku|Loahpahuvvon|Dohkkehan).* / .+",
    "Northern Sami date (5. njukčamánnu 2026)": r"\d{1,2}\. (ođđajagemánnu|guovvamánnu|njukčamánnu|cuoŋománnu|miessemánnu|geassemánnu) \d{4}",
    "8D steps named by Chinese ordinals (第三步 临时围堵)": r"第[一二三四五六七八]步 .+",
    "Sardinian–English labels": r"(?s).*(Torradu|Retzidu|Disponimentu|Còdighe).* / .+",
    "Sardinian date (5 de martzu 2026)": r"\d{1,2} de (ghennàrgiu|freàrgiu|martzu|abrile|maju|làmpadas) \d{4}",
    "a reason-code column (R02)": r"R\d{2}",
    "Friulian–English labels": r"(?s).*(Cuantitât|Imponibil|Aprovât|Presit).* / .+",
    "Friulian date (5 di Març dal 2026)": r"\d{1,2} di (Zenâr|Fevrâr|Març|Avrîl|Mai|Jugn) dal \d{4}",
    "amounts with the euro after them (1.234,50 €)": r"\d{1,3}(\.\d{3})*,\d{2} €",
    "a VAT-included flag": r"IVA includude / VAT included",
    "a nineteen-digit tax classification code column": r"\d{19}",
}  # fmt: skip


def _habits33_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits (the reason codes and the tax codes are text cells)."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS33.items() if any(re.fullmatch(p, t) for t in texts))


_SENT_ALONE_HABITS33 = {  # habit: the patterns a form sent alone shows together (its text NFKC)
    "Upper Sorbian–English, 5. měrca 2026, counts 1.200 kruchow": (
        r"\d{1,2}\. (januara|februara|měrca|apryla|meje|junija) \d{4}",
        r"\d{1,3}(\.\d{3})* kruchow",
    ),
    "Tahitian–English, 5 no Māti 2026": (r"\d{1,2} no (Tenuare|Fepuare|Māti|Eperera|Mē|Tiunu) \d{4}",),
    "Corsican–English, 5 di marzu 2026, counts in pezzi": (
        r"\d{1,2} di (ghjennaghju|ferraghju|marzu|aprile|maghju|ghjugnu) \d{4}",
        r"\d[\d,]* pezzi",
    ),
    "a tax-included flag and a 課稅別 column": (r"單價含稅:否", r"應稅 \d"),
    "8D step labels carrying the date the step was done": (r"D3 暫時對策\(\d{2}/\d{2}\)",),
    "a storage-bin column": (r"[A-Z]-\d{2}-\d{2} \d",),
}


HOLDOUT33 = HoldoutSet(
    name="holdout33",
    about=(
        "The thirty-third held-out layouts (tests/holdout33) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout32`` and ``../shared/corpus``:\n"
        "an Esperanto–English complaint whose dates carry an ordinal day (la 5-a de marto 2026), a 客户投诉单\n"
        "whose date is typed with a trailing dot (2026.03.05.), a 客訴單 whose defect count is typed over the\n"
        "sample inspected (62/500), a Northern Sami–English 8D (5. njukčamánnu 2026, 1 250 bihtá), an 8D 报告\n"
        "whose steps are named by Chinese ordinals without a D (第三步 临时围堵), a Sardinian–English return\n"
        "(5 de martzu 2026) whose lines carry a reason-code column (R02), a 退货单 whose date has a trailing\n"
        "dot, a Friulian–English credit note (5 di Març dal 2026, 1.234,50 €, a VAT-included flag), a 销售折让单\n"
        "whose lines carry a nineteen-digit tax classification code; sent as PDF only: an Upper Sorbian–English\n"
        "complaint (5. měrca 2026, 1.200 kruchow; Chromium), a Tahitian–English 8D (5 no Māti 2026; Chromium), a\n"
        "Corsican–English return (5 di marzu 2026, 36 pezzi; Chromium), a 銷貨折讓單 with a tax-included flag and\n"
        "a 課稅別 column (Chromium), an 8D 報告 whose step labels carry the date the step was done (D3\n"
        "暫時對策（03/08）; fpdf2), a 退貨單 with a storage-bin column (A-03-12; fpdf2); two odd files (a workbook\n"
        "whose values are typed white on white, a PDF whose values are covered by white boxes).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout33/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout33 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "390/448 = 87.1 % (Excel 144/164, PDF 246/284: printed from Excel 144/164, sent as PDF only 102/120), "
        "0 wrong, 0 silent: 58 fields missing - the dates of Esperanto (la 5-a de marto 2026), Northern Sami, "
        "Tahitian, Friulian, Sardinian, Upper Sorbian and 2026.03.05. (a trailing dot) not read, the counts "
        "1 200 pecoj / 1.200 kruchow / 1 250 bihtá not read, an 8D's steps named 第三步 … and steps whose label "
        "carries a date (D3 暫時對策（03/08）) not read, a 处置方式 and a 核退數量 column not read; 0 invented; kinds 24 of 24; odd files: the white-on-white "
        "workbook no record (empty_form: 'only printed labels, a blank form?'), the PDF whose values are covered "
        "by white boxes a record of the six covered values with no word that they are covered (required-field "
        "errors only); profiles 185/206 = 89.8 %, 0 silent; learned on the PDFs 105/117 = 89.7 %, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.992,
        sent_as_pdf=0.983,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 08b53bf0) Excel 144/164 = 87.8 %, PDF 246/284 = 86.6 % (printed from Excel",
        "144/164 = 87.8 %), sent as PDF only 102/120 = 85.0 %: 390/448, 0 wrong (0 silent), 0 invented; kinds 24/24",
        "HOLDOUT33_FLOOR_EXCEL = 0.878 — 144/164 before any fix",
        "HOLDOUT33_FLOOR_PDF = 0.866 — 246/284 before any fix",
        "HOLDOUT33_FLOOR_SENT_AS_PDF = 0.85 — 102/120 before any fix",
        "HOLDOUT33_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT33_SILENT_NOW = 0",
        "HOLDOUT33_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 185/206 = 89.8 %",
        "HOLDOUT33_FLOOR_PROFILE_EXCEL = 0.898 — 185/206 before any fix (learned on the PDFs: 105/117 = 0.897)",
        "HOLDOUT33_PROFILE_SILENT_NOW = 0",
        "-- after rh33's fixes (the months of every CLDR language the tables lacked: Sami, Sardinian, Friulian,",
        "Sorbian, Esperanto; la 5-a de, di … dal; 2026.03.05.; 8D steps 第N步; a step's date in brackets after",
        "its heading; a count with a word no unit, said; 处置方式, 核退數量; white cells said): Excel 164/164,",
        "PDF 281/284 = 98.9 % (printed from Excel 163/164: return-en-sardinian's date under a label wrapped",
        "into the next; sent as PDF only 118/120 = 98.3 %: 8d-en-tahitian's two dates, no CLDR locale): 445/448,",
        "0 silent, 0 invented; kinds 24/24; profiles 206/206 = 100 %, learned on the PDFs 117/117 = 100 %, 0 silent",
        "HOLDOUT33_FLOOR_EXCEL = 1.0 — 164/164",
        "HOLDOUT33_FLOOR_PDF = 0.989 — 281/284",
        "HOLDOUT33_FLOOR_SENT_AS_PDF = 0.983 — 118/120",
        "HOLDOUT33_FLOOR_PROFILE_EXCEL = 1.0 — 206/206 (learned on the PDFs: 117/117 = 1.0)",
        "-- held to the issue's targets from here (90 %, 0 silent)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 3 (0 unwarned) on main's reader, 3 (0 unwarned) after the revision-history mend; HOLDOUT33_UNLISTED_SILENT_NOW = 0",
        "-- weak46 (head words for labels read loosely or in two unknown halves; day-first countries):",
        "445/448 → 446/448 (bench/holdout_score.py, 0 silent)",
        "HOLDOUT33_FLOOR_PDF = 0.992 — 282/284 after weak46",
    ),
    targets=True,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_habits33_of_a_book, _SENT_ALONE_HABITS33),
    habits_wanted=frozenset({*_TEXT_HABITS33, *_SENT_ALONE_HABITS33}),
    second_copies=8,
    second_sent_as_pdf=2,
    # a workbook whose values are typed white on white; a PDF whose values are covered by white boxes
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-covered"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout34
_TEXT_HABITS34 = {
    "Scots–English labels": r"(?s).*(Gotten|Quantity fauty|Wrate by|Gaffer|Speirin).* / .+",
    "Scots date (5 Mairch 2026)": r"\d{1,2} (Januar|Februar|Mairch|Aprile|Mey|Juin) \d{4}",
    "a customer's part number beside the supplier's (客户料号 / 我司料号)": r"客户料号",
    "a value continued on the next row after an ellipsis (…)": r"…\S.+",
    "Greenlandic–English labels": r"(?s).*(Aallartinneqarpoq|Suleqatigiit|Naammassivoq|Akuerisaq).* / .+",
    "Greenlandic date (5. marsi 2026)": r"\d{1,2}\. (januaari|februaari|marsi|apriili|maaji|juuni) \d{4}",
    "a drawing number and its revision beside the part number (图号, 版本)": r"图号",
    "Walloon–English labels": r"(?s).*(Cliyint|Rinvoyî|Råjhon|Aprouvé).* / .+",
    "Walloon date (5 di måss 2026)": r"\d{1,2} di (djanvî|fevrî|måss|avri|may|djun) \d{4}",
    "a box count and a count per box before the counts (箱数, 每箱数量)": r"每箱数量",
    "Interlingua–English labels": r"(?s).*(Emptor|Quantitate|Approbate per|Amonta net).* / .+",
    "Interlingua date (5 de martio 2026)": r"\d{1,2} de (januario|februario|martio|april|maio|junio) \d{4}",
    "an amount column headed with the currency symbol only (¥)": r"¥",
}  # fmt: skip


def _habits34_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits (the labels, the dates and the headings are text cells)."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS34.items() if any(re.fullmatch(p, t) for t in texts))


_SENT_ALONE_HABITS34 = {  # habit: the patterns a form sent alone shows together (its text NFKC)
    "Piedmontese–English, 5 ëd mars 2026, counts 1.200 tòch": (
        r"\d{1,2} (ëd |d')(gené|fërvé|mars|avril|magg|giugn) \d{4}",
        r"\d{1,3}(\.\d{3})* tòch",
    ),
    "Venetian–English, 24 de apriłe 2026": (
        r"\d{1,2} de (zenaro|febraro|marzo|apriłe|majo|zugno) \d{4}",
        r"apriłe",
    ),
    "Sicilian–English, 27 di frivaru 2026": (r"\d{1,2} di (jinnaru|frivaru|marzu|aprili|maiu|giugnu) \d{4}",),
    "a 備註 column of numbers in the lines": (r"備註", r"原出貨 [\d,]+ PCS"),
    "an owner and due-date line under each 8D step": (r"責任人:\S+ +完成日:\d{2}/\d{2}",),
    "a customer's part number column beside the supplier's (客戶料號 / 本廠料號)": (r"客戶料號", r"本廠料號"),
}


HOLDOUT34 = HoldoutSet(
    name="holdout34",
    about=(
        "The thirty-fourth held-out layouts (tests/holdout34) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout33`` and ``../shared/corpus``:\n"
        "a Scots–English complaint (5 Mairch 2026), a 客户投诉单 whose customer's part number (客户料号) stands\n"
        "beside the supplier's (我司料号), a 客訴單 whose defect description is continued on the next row after\n"
        "an ellipsis, a Greenlandic–English 8D (5. marsi 2026), an 8D 报告 whose heading carries a drawing number\n"
        "and its revision (图号, 版本), a Walloon–English return (5 di måss 2026), a 退货单 whose lines carry a box\n"
        "count and a count per box (箱数, 每箱数量), an Interlingua–English credit note (5 de martio 2026), a\n"
        "销售折让单 whose amount column is headed ¥ only; sent as PDF only: a Piedmontese–English complaint\n"
        "(5 ëd mars 2026, 1.200 tòch; Chromium), a Venetian–English 8D (24 de apriłe 2026; Chromium), a\n"
        "Sicilian–English return (27 di frivaru 2026; Chromium), a 銷貨退回折讓單 whose lines carry a 備註 column\n"
        "of numbers (Chromium), an 8D 報告 whose every step carries an owner and due-date line under its text\n"
        "(fpdf2), a 退貨單 whose lines carry the customer's part number beside the supplier's (fpdf2); two odd\n"
        "files (a workbook whose looked-up values are #N/A error cells, a filled PDF stamped 作废 / VOID).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout34/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout34 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "426/448 = 95.1 % (Excel 157/164, PDF 269/284: printed from Excel 157/164, sent as PDF only 112/120), "
        "7 wrong, 2 silent: complaint-zh-custpn's part number read from the customer's 客户料号 beside 我司料号 "
        "(xlsx, PDF) with no word; flagged: the description continued on the next row after an ellipsis read only "
        "to the row's end (2, near), the customer's 客戶料號 read as the supplier's 本廠料號 in return-zht-custpn's lines "
        "(3); 15 missing - the dates of Scots (5 Mairch 2026), Piedmontese (5 ëd mars 2026), Walloon (5 di måss 2026) "
        "and Venetian (24 de apriłe 2026) not read, an amount column headed ¥ only not read (6), "
        "a Venetian D4 escape label (Parché no visto) and the duelines 8D's D3 緊急對策 and D7 標準化 "
        "not read; 0 invented; kinds 24 of 24; odd files: the #N/A workbook a record of the "
        "four typed values with a warning on each #N/A cell (required-field errors), the PDF stamped 作废 / VOID a "
        "record with no word that it is void (the stamp's text glued to the reporter: 邱敏作废 VOID); profiles "
        "204/206 = 99.0 %, 0 silent; learned on the PDFs 116/117 = 99.1 %, 0 silent"
    ),
    floors=Floors(
        excel=0.993,
        pdf=0.985,
        sent_as_pdf=0.975,
        recognised=24,
        profile_excel=0.99,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.991,
        unlisted_silent=1,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 68fe4799) Excel 157/164 = 95.7 %, PDF 269/284 = 94.7 % (printed from Excel",
        "157/164 = 95.7 %), sent as PDF only 112/120 = 93.3 %: 426/448, 7 wrong (2 silent), 0 invented; kinds 24/24",
        "HOLDOUT34_FLOOR_EXCEL = 0.957 — 157/164 before any fix",
        "HOLDOUT34_FLOOR_PDF = 0.947 — 269/284 before any fix",
        "HOLDOUT34_FLOOR_SENT_AS_PDF = 0.933 — 112/120 before any fix",
        "HOLDOUT34_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT34_SILENT_NOW = 2 — complaint-zh-custpn (xlsx, PDF): part_no read from 客户料号",
        "HOLDOUT34_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 204/206 = 99.0 %",
        "HOLDOUT34_FLOOR_PROFILE_EXCEL = 0.99 — 204/206 before any fix (learned on the PDFs: 116/117 = 0.991)",
        "HOLDOUT34_PROFILE_SILENT_NOW = 0",
        "-- rh34 (our part number over the customer's, dates one slip from a month / a joining word / ł, a column",
        "headed ¥, a text going on after an ellipsis, a PDF stamped void): 443/448, 0 wrong, 0 silent",
        "HOLDOUT34_FLOOR_EXCEL = 0.993 — 163/164 after rh34 (Walloon 5 di måss 2026 not read)",
        "HOLDOUT34_FLOOR_PDF = 0.985 — 280/284 after rh34",
        "HOLDOUT34_FLOOR_SENT_AS_PDF = 0.975 — 117/120 after rh34 (D4 Parché no visto, D3 緊急對策, D7 標準化)",
        "HOLDOUT34_SILENT_NOW = 0 — after rh34",
        "profiles after rh34: 204/206 and 116/117 (learned on the PDFs), 0 silent: unchanged",
        "-- the merge took back rh34's column headed by a sign alone (it read ¥ 8 2 7 6 4 0, a figure one",
        "digit a box, as a header: test_reader_holdout25_fixes): allowance-zh-yen's 3 amounts unread again",
        "HOLDOUT34_FLOOR_EXCEL = 0.975 — 160/164 at the merge",
        "HOLDOUT34_FLOOR_PDF = 0.975 — 277/284 at the merge (437/448, 0 silent)",
        "-- debts35 measured it again (main at e2301524): 437/448 = 97.5 %, 0 silent: held to the issue's",
        "targets (90 %, 0 silent) from here",
        "-- values35: a sign alone heads the amount in a header row only (never before digits one a box):",
        "allowance-zh-yen's amounts read again, 443/448, 0 silent (measured under load)",
        "HOLDOUT34_FLOOR_EXCEL = 0.993 — 163/164 after values35",
        "HOLDOUT34_FLOOR_PDF = 0.985 — 280/284 after values35 (sent as PDF only 117/120)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 7 (1 unwarned) on main's reader, 7 (1 unwarned) after the revision-history mend; HOLDOUT34_UNLISTED_SILENT_NOW = 1 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): emergency_actions ×1",
    ),
    targets=True,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_habits34_of_a_book, _SENT_ALONE_HABITS34),
    habits_wanted=frozenset({*_TEXT_HABITS34, *_SENT_ALONE_HABITS34}),
    second_copies=8,
    second_sent_as_pdf=2,
    # a workbook whose looked-up values are #N/A error cells; a filled PDF stamped 作废 / VOID
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-na", "complaint-void"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout35
_TEXT_HABITS35 = {
    "Limburgish–English labels": r"(?s).*(Óntvange|Kepot|Opgesjreve door|Drèk gedaon).* / .+",
    "Limburgish date (5 miert 2026)": r"\d{1,2} (jannewarie|fibberwarie|miert|april|mei|juni) \d{4}",
    "a defect count with a footnote mark (96※) and its footnote": r"\d+※",
    "a work order number beside the lot (工單號碼)": r"工單號碼",
    "Pulaar–English labels": r"(?s).*(Udditaa|Coodiiɗo|Fedde|Uddaa|Jaɓɓaa).* / .+",
    "Pulaar date (5 mbooy 2026)": r"\d{1,2} (siilo|colte|mbooy|seeɗto|duujal|korse) \d{4}",
    "a DPPM figure beside the complained count (不良率(DPPM))": r"不良率\(DPPM\)",
    "Kikuyu–English labels": r"(?s).*(Mũthenya|Mũgũri|Gĩtũmi|Yetĩkĩrio).* / .+",
    "Kikuyu date (5 Mwere wa gatatũ 2026)": r"\d{1,2} (Njenuarĩ|Mwere wa \S+( na ũmwe)?|Ndithemba) \d{4}",
    "a production date column in the lines (生产日期)": r"生产日期",
    "Northern Ndebele–English labels": r"(?s).*(Umthengi|Usuku|Kuvunywe ngu|Isamba).* / .+",
    "Northern Ndebele date (5 Mbimbitho 2026)": r"\d{1,2} (Zibandlela|Nhlolanja|Mbimbitho|Mabasa|Nkwenkwezi) \d{4}",
    "the buyer's bank account and address-and-phone in the heading (开户行及账号)": r"开户行及账号",
}  # fmt: skip


def _habits35_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits (the labels, the dates and the headings are text cells)."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS35.items() if any(re.fullmatch(p, t) for t in texts))


_SENT_ALONE_HABITS35 = {  # habit: the patterns a form sent alone shows together (its text NFKC)
    "Swati–English, 5 iNdlovu-lenkhulu 2026, counts 1 200 pcs": (
        r"\d{1,2} (Bhimbidvwane|iNdlovana|iNdlovu-lenkhulu|Mabasa|iNkhwekhweti) \d{4}",
        r"\d{1,3}( \d{3})+ pcs",
    ),
    "Dholuo–English, 5 Dwe mar Adek 2026": (r"\d{1,2} Dwe mar (Achiel|Ariyo|Adek|Ang'wen|Abich) \d{4}",),
    "Kalenjin–English, 27 Ng'atyaato 2026": (r"\d{1,2} (Mulgul|Ng'atyaato|Kiptaamo|Iwootkuut|Mamuut) \d{4}",),
    "a 規格 column of dimensions in the lines": (r"規格", r"M4\s*[×x]\s*12"),
    "a progress and a status at the right of each 8D step": (r"進度 \d+% +狀態 \S+",),
    "a carton-number range in the lines (箱號 C01~C04)": (r"箱號", r"C\d{2}\s*~\s*C\d{2}"),
}


HOLDOUT35 = HoldoutSet(
    name="holdout35",
    about=(
        "The thirty-fifth held-out layouts (tests/holdout35) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; differs from\n"
        "every layout of ``tests/layouts``, ``tests/holdout`` … ``tests/holdout34`` and ``../shared/corpus``:\n"
        "a Limburgish–English complaint (5 miert 2026, 1.200 stuk), a 客户投诉单 whose defect count carries a\n"
        "footnote mark (96※) explained under the form, a 客訴單 whose lot carries a work order number beside it\n"
        "(工單號碼), a Pulaar–English 8D (5 mbooy 2026), an 8D 报告 whose heading carries a DPPM figure beside\n"
        "the complained count, a Kikuyu–English return (5 Mwere wa gatatũ 2026), a 退货单 whose lines carry a\n"
        "production date column (生产日期), a Northern Ndebele–English credit note (5 Mbimbitho 2026, 4 940,00), a\n"
        "销售折让单 whose heading carries the buyer's bank account and address-and-phone; sent as PDF only: a\n"
        "Swati–English complaint (5 iNdlovu-lenkhulu 2026; Chromium), a Dholuo–English 8D (5 Dwe mar Adek\n"
        "2026; Chromium), a Kalenjin–English return (27 Ng'atyaato 2026; Chromium), a 銷貨退回折讓單 whose lines\n"
        "carry a 規格 column of dimensions (Chromium), an 8D 報告 whose every step carries a progress and a\n"
        "status at the right of its line (fpdf2), a 退貨單 whose lines carry a carton-number range (fpdf2);\n"
        "two odd files (a workbook whose received date is a day that does not exist, 2026-02-30; a filled PDF\n"
        "whose defect count is given twice with two values).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout35/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout35 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "436/448 = 97.3 % (Excel 160/164, PDF 276/284: printed from Excel 160/164, sent as PDF only 116/120), "
        "1 wrong, 0 silent: flagged: the progress-and-status words at the right of an 8D step glued to the D4 escape "
        "text (8d-zht-progress, near); 11 missing - the dates of Limburgish (5 miert 2026), Kikuyu (5 Mwere wa "
        "gatatũ 2026), Kalenjin (27 Ng'atyaato 2026) and Dholuo (24 Dwe mar Ang'wen 2026, D8) not read (6), a defect "
        "count with a footnote mark (96※) not read (2), the Pulaar D4 escape label (Ko waɗi yi'aaka) not read (2), "
        "the progress 8D's D4 真因分析 not read; 0 invented; kinds 24 of 24; odd files: the workbook whose received "
        "date does not exist a record with an invalid_date error on it (2026-02-30 never moved to another day), the "
        "PDF whose defect count is given twice a record of the first (96) with a label_lost warning naming the "
        "other (120); profiles 202/206 = 98.1 %, 0 silent; learned on the PDFs 115/117 = 98.3 %, 0 silent"
    ),
    floors=Floors(
        excel=0.981,
        pdf=0.989,
        sent_as_pdf=1.0,
        recognised=24,
        profile_excel=0.99,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.991,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at e2301524) Excel 160/164 = 97.6 %, PDF 276/284 = 97.2 % (printed from Excel",
        "160/164 = 97.6 %), sent as PDF only 116/120 = 96.7 %: 436/448, 1 wrong (0 silent), 0 invented; kinds 24/24",
        "HOLDOUT35_FLOOR_EXCEL = 0.975 — 160/164 before any fix",
        "HOLDOUT35_FLOOR_PDF = 0.971 — 276/284 before any fix",
        "HOLDOUT35_FLOOR_SENT_AS_PDF = 0.966 — 116/120 before any fix",
        "HOLDOUT35_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT35_SILENT_NOW = 0",
        "HOLDOUT35_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 202/206 = 98.1 %",
        "HOLDOUT35_FLOOR_PROFILE_EXCEL = 0.98 — 202/206 before any fix (learned on the PDFs: 115/117 = 0.983)",
        "HOLDOUT35_PROFILE_SILENT_NOW = 0",
        "-- rh35 (a month word with an apostrophe inside: Ng'atyaato, Dwe mar Ang'wen; a count with a reference",
        "mark, 96※; a step's progress and status at its line's end no part of its text; a bare D4 named by its",
        "caption): 442/448, 0 wrong, 0 silent",
        "HOLDOUT35_FLOOR_EXCEL = 0.981 — 161/164 after rh35 (Limburgish miert, Kikuyu Mwere wa: no CLDR months)",
        "HOLDOUT35_FLOOR_PDF = 0.989 — 281/284 after rh35",
        "HOLDOUT35_FLOOR_SENT_AS_PDF = 1.0 — 120/120 after rh35",
        "HOLDOUT35_SILENT_NOW = 0 — after rh35",
        "HOLDOUT35_FLOOR_PROFILE_EXCEL = 0.99 — 204/206 after rh35 (learned on the PDFs: 116/117 = 0.991), 0 silent",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 3 (0 unwarned) on main's reader, 3 (0 unwarned) after the revision-history mend; HOLDOUT35_UNLISTED_SILENT_NOW = 0",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_habits35_of_a_book, _SENT_ALONE_HABITS35),
    habits_wanted=frozenset({*_TEXT_HABITS35, *_SENT_ALONE_HABITS35}),
    second_copies=8,
    second_sent_as_pdf=2,
    # a workbook whose received date does not exist; a filled PDF whose defect count is given twice
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-noday", "complaint-twocounts"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout36
_TEXT_HABITS36 = {
    "a complaint grade and a car model in the heading (客诉等级, 车型)": r"客诉等级",
    "a warranty block in the heading (保固期內, 行駛里程 1,250 km)": r"行駛里程",
    "rejected and delivered counts in one cell (96 / 1,200)": r"\d{1,3}(,\d{3})* / \d{1,3}(,\d{3})*",
    "an occurrence and an escape corrective action (发生对策, 流出对策)": r"D5 流出对策",
    "a sort result row after the containment (Sorted · Rejected · OK)": r"Sorted [\d,]+ · Rejected [\d,]+ · OK [\d,]+",
    "Warranty (Y/N) and Credit (Y/N) columns in a return's lines": r"Credit \(Y/N\)",
    "a carton count in brackets after a count (1,200 PCS（24箱）)": r"\d{1,3}(,\d{3})* PCS（\d+箱）",
    "a disposition in each line of a return (處理 換貨 / 退款)": r"退款",
    "a liability split in an allowance's heading (责任判定 供方责任 100%)": r"供方责任 \d+%.*",
}  # fmt: skip


def _habits36_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits (the labels, the counts and the headings are text cells)."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS36.items() if any(re.fullmatch(p, t) for t in texts))


_SENT_ALONE_HABITS36 = {  # habit: the patterns a form sent alone shows together (its text NFKC)
    "the customer DUNS number in a credit memo's heading": (r"DUNS", r"\b\d{9}\b"),
    "the customer's 24H / 10D / 30D response deadlines in an 8D's heading": (
        r"24H Containment",
        r"10D Root cause",
    ),
    "a courier waybill in a return's heading (快递单号 顺丰 SF…)": (r"快递单号", r"SF\d{4} \d{4} \d{4}"),
    "a phone with an extension and a fax in an allowance's heading": (r"分機 \d+", r"傳真"),
    "a response time limit in a complaint's heading (处理时限 24H内回复)": (r"处理时限", r"24H内回复"),
    "a revision table under an 8D (版次 A0 / A1, 修訂日期)": (r"版次", r"修訂日期"),
}


HOLDOUT36 = HoldoutSet(
    name="holdout36",
    about=(
        "The thirty-sixth held-out layouts (tests/holdout36) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code, weighted toward\n"
        "what a Chinese factory really receives; differs from every layout of ``tests/layouts``,\n"
        "``tests/holdout`` … ``tests/holdout35`` and ``../shared/corpus``: an automaker's 客户投诉单 whose\n"
        "heading carries a complaint grade and a car model (客诉等级 B级, 车型), a scooter maker's 客訴單 with a\n"
        "warranty block (保固期內, 行駛里程 1,250 km), a Ford-like supplier concern notice whose rejected and\n"
        "delivered counts share one cell (96 / 1,200), a Japanese customer's 对策书 whose D5 is split into 发生对策\n"
        "and 流出对策, an English 8D with a sort result row after its containment, a distributor's RMA with\n"
        "Warranty (Y/N) and Credit (Y/N) columns, a 退货单 whose counts carry a carton count in brackets\n"
        "(1,200 PCS（24箱）), a 退換貨單 whose lines each carry their own disposition (換貨 / 退款), a 销售折让单\n"
        "whose heading carries a liability split (责任判定 供方责任 100%); sent as PDF only: a credit memo with\n"
        "the customer's DUNS number (Chromium), an 8D with the customer's 24H / 10D / 30D response deadlines\n"
        "(Chromium), a 退货单 with a courier waybill (顺丰 SF…; Chromium), a 銷貨折讓單 with a phone extension and\n"
        "a fax (Chromium), a 客户投诉单 with a response time limit (处理时限 24H内回复; fpdf2), an 8D 報告 with a\n"
        "revision table under it (版次 A0 / A1; fpdf2); two odd files (a complaint workbook whose defect count\n"
        "is larger than the delivered count; an 8D PDF closed before it was opened).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout36/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout36 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "392/423 = 92.7 % (Excel 146/159, PDF 246/264: printed from Excel 146/159, sent as PDF only 100/105), "
        "2 wrong, 0 silent: flagged: the 24H / 10D response deadlines read as the D3 and D4 occurrence texts "
        "(8d-en-deadline); 29 missing - the counts of 96 / 1,200 (ship_qty, 2), the Ford-like notice's Concern No., "
        "Concern Description, Customer Requirement (6), the 对策书's 对策书编号, 客户联络书编号, D5 流出对策 (6), the "
        "deadline 8D's D4 escape and D6 (2), D7 Prevent Recurrence (2), 处理要求 (2), 暫時處置 (2), 审批人 (2), "
        "Distributor (2), 退換原因 (2), Reference (PRR) (1); 0 invented; kinds 22 of 24 (the 退換貨單 not "
        "recognised as a return); odd files: both give a record - the 2,400-of-1,200 workbook with a "
        "defect_qty_exceeds_ship_qty error, the 8D closed before it was opened with no word on its dates "
        "(other errors only); profiles 200/204 = 98.0 %, 0 silent; learned on the PDFs 114/115 = 99.1 %, 0 silent"
    ),
    floors=Floors(
        excel=0.974,
        pdf=0.981,
        sent_as_pdf=0.99,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=4,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 47743fa1) Excel 146/159 = 91.8 %, PDF 246/264 = 93.2 % (printed from Excel",
        "146/159 = 91.8 %), sent as PDF only 100/105 = 95.2 %: 392/423, 2 wrong (0 silent), 0 invented; kinds 22/24",
        "HOLDOUT36_FLOOR_EXCEL = 0.918 — 146/159 before any fix",
        "HOLDOUT36_FLOOR_PDF = 0.931 — 246/264 before any fix",
        "HOLDOUT36_FLOOR_SENT_AS_PDF = 0.952 — 100/105 before any fix",
        "HOLDOUT36_RECOGNISED_NOW = 22 — of 24 read without --kind before any fix",
        "HOLDOUT36_SILENT_NOW = 0",
        "HOLDOUT36_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 200/204 = 98.0 %",
        "HOLDOUT36_FLOOR_PROFILE_EXCEL = 0.98 — 200/204 before any fix (learned on the PDFs: 114/115 = 0.991)",
        "HOLDOUT36_PROFILE_SILENT_NOW = 0",
        "-- rh36 (labels of real forms: 对策书编号, 客户联络书编号, 处理要求, 暂时处置, 审批人, PRR, Distributor,",
        "退换原因; the 退换货单 title; Qty rejected / delivered over 96 / 1,200; a due date beside a step's word no",
        "text of it; Root Cause–Escape; D5 发生对策 / 流出对策): 414/423, 0 wrong, 0 silent; kinds 24/24",
        "HOLDOUT36_FLOOR_EXCEL = 0.974 — 155/159 after rh36",
        "HOLDOUT36_FLOOR_PDF = 0.981 — 259/264 after rh36 (printed from Excel 155/159)",
        "HOLDOUT36_FLOOR_SENT_AS_PDF = 0.99 — 104/105 after rh36",
        "HOLDOUT36_RECOGNISED_NOW = 24 — after rh36",
        "HOLDOUT36_SILENT_NOW = 0 — after rh36",
        "HOLDOUT36_FLOOR_PROFILE_EXCEL = 1.0 — 204/204 after rh36 (learned on the PDFs: 115/115 = 1.0), 0 silent",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 10 (4 unwarned) on main's reader, 10 (4 unwarned) after the revision-history mend; HOLDOUT36_UNLISTED_SILENT_NOW = 4 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): corrective_actions[].addresses ×4",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_habits36_of_a_book, _SENT_ALONE_HABITS36),
    habits_wanted=frozenset({*_TEXT_HABITS36, *_SENT_ALONE_HABITS36}),
    second_copies=8,
    second_sent_as_pdf=2,
    # a complaint workbook whose defect count is larger than the delivered count; an 8D PDF closed before it was opened
    odd_kinds=(None,),
    odd_with_a_record=frozenset({"complaint-moredefects", "8d-closedbefore"}),
    committed=_committed_with_odd,
)

# ------------------------------------------------------------------------------ holdout37
_TEXT_HABITS37 = {
    "values typed into the label cell after the label and spaces (Qty defective:      45)": (
        r"(Qty delivered|Qty defective|PO No\.|Lot No\.): {3,}\S.*"
    ),
    "heading values typed into the label cells (折讓單號：　ZR-…)": r"(折讓單號|折讓日期|買受人)：\s*\S.*",
    "a sign-off grid under the form (填表人 / 業務主管 / 品保主管; 编制 / 审核 / 批准)": r"品保主管|编制",
    "dates typed in US order under an (MM/DD/YYYY) label (03/05/2026)": r".*\(MM/DD/YYYY\)",
    "quantities and amounts pasted as text with a trailing minus (40-, 2,900.00-)": r"\d{1,3}(,\d{3})*(\.\d{2})?-",
}  # fmt: skip


def _habits37_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a row the clerk inserted (a label the template does not
    have, or a value row whose label cell is empty between labelled rows), a landscape sheet printed at a 70 % scale."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS37.items() if any(re.fullmatch(p, t) for t in texts))
    if texts & {"补充说明", "联系人"} or any(
        ws.cell(r, 1).value is None and isinstance(ws.cell(r, 2).value, str) and ws.cell(r - 1, 1).value
        for ws in wb.worksheets
        for r in range(2, ws.max_row + 1)
    ):
        seen.add("a row the clerk inserted inside the form")
    if any(ws.page_setup.scale == 70 and ws.page_setup.orientation == "landscape" for ws in wb.worksheets):
        seen.add("a landscape sheet printed at a 70 % scale")


def _one_object_a_glyph(pdf_path: Path) -> bool:
    """Every text object of the first page draws one glyph (a report driver's PDF)."""
    from pypdf import PdfReader

    data = PdfReader(pdf_path).pages[0].get_contents().get_data()
    shown = re.findall(rb"BT [^\n]*?\((.*?)\) Tj ET", data)
    return len(shown) > 100 and all(len(g) <= 4 for g in shown)  # a two-byte glyph, escaped or not


def _habits37(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a portal page printed at 70 % (its words 7 pt), a SCAR with a
    response due date and a sign-off grid, an RMA with an (MM/DD/YYYY) date, a 折让单 with trailing minus amounts,
    an 8D drawn a glyph a text object, a 退貨單 with a ruled sign-off grid."""
    seen = _habits_of_books(_habits37_of_a_book)(held)
    for pdf_path, text, sizes in _sent_alone(held):
        if "Customer Complaint" in text and 7.0 in sizes:
            seen.add("a portal page printed landscape at a 70 % scale")
        if re.search(r"Response due", text) and re.search(r"Role Name Date Signature", text):
            seen.add("a SCAR's sign-off grid and response due date")
        if re.search(r"\(MM/DD/YYYY\) \d{2}/\d{2}/\d{4}", text):
            seen.add("dates typed in US order under an (MM/DD/YYYY) label (03/05/2026)")
        if "折让" in text and re.search(r"\d{1,3}(,\d{3})*\.\d{2}-", text):
            seen.add("amounts with an ERP's trailing minus on a form sent alone")
        if _one_object_a_glyph(pdf_path):
            seen.add("every glyph its own text object")
        if "倉管簽收" in text and "姓名" in text and "日期" in text:
            seen.add("a ruled sign-off grid (倉管簽收 / 品保 / 主管核准)")
    return seen


_HABITS37 = frozenset({
    *_TEXT_HABITS37, "a row the clerk inserted inside the form", "a landscape sheet printed at a 70 % scale",
    "a portal page printed landscape at a 70 % scale", "a SCAR's sign-off grid and response due date",
    "amounts with an ERP's trailing minus on a form sent alone", "every glyph its own text object",
    "a ruled sign-off grid (倉管簽收 / 品保 / 主管核准)",
})  # fmt: skip


HOLDOUT37 = HoldoutSet(
    name="holdout37",
    about=(
        "The thirty-seventh held-out layouts (tests/holdout37) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; what a factory's clerks\n"
        "do to the forms they fill and forward: an automotive customer concern report with values typed into the\n"
        "label cells after spaces, a 客户投诉单 with a row the clerk inserted inside the form, a 客訴單 whose reporter\n"
        "and supervisor stand in a sign-off grid, a Ford-like Global 8D with (MM/DD/YYYY) dates (03/05/2026) and a\n"
        "second ICA row inserted with no label, an 8D 报告 whose approver stands in a sign-off grid, a distributor's\n"
        "RMA pasted from the ERP with trailing minus counts and amounts (40-, 2,900.00-), a 退货单 printed landscape\n"
        "at a 70 % scale, a credit memo with (MM/DD/YYYY) dates, a 銷貨折讓單 with its heading values typed into the\n"
        "label cells; sent as PDF only: a portal complaint printed landscape at 70 % (Chromium), a SCAR 8D response\n"
        "with a sign-off grid and a response due date (Chromium), an RMA with an (MM/DD/YYYY) date (Chromium), a\n"
        "销售折让单 with trailing minus amounts (Chromium), an 8D 報告 drawn a glyph a text object (fpdf2), a 退貨單\n"
        "with a ruled sign-off grid (fpdf2); two odd files (two different complaints side by side on one sheet; a\n"
        "complaint whose defect count is larger than the count delivered).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout37/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout37 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "416/430 = 96.7 % (Excel 155/160, PDF 261/270: printed from Excel 156/160, sent as PDF only 105/110), "
        "1 wrong, 0 silent: flagged: the SCAR's D1 team read without its member who signs as approver in the grid "
        "(8d-en-scarsign); 13 missing - the 8D's customer concern / NCR number label (3), D7 'Prevent recurrence' / "
        "'Preventive action' (3), the SCAR's D6 'Verification of effectiveness', the inserted second ICA row whose "
        "label cell is empty (xlsx), the concern report's 'Concern No.' and 'Concern description' (4), the portal's "
        "'Account manager'; 0 invented; kinds 24 of 24; odd files: the two complaints side by side a record of the "
        "left one with label_lost warnings naming the right one's values, the count larger than delivered a record "
        "with a defect_qty_exceeds_ship_qty error; profiles 208/208 = 100 %, 0 silent; learned on the PDFs "
        "118/118, 0 silent"
    ),
    floors=Floors(
        excel=0.993,
        pdf=0.996,
        sent_as_pdf=1.0,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=3,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 47743fa1) Excel 155/160 = 96.9 %, PDF 261/270 = 96.7 % (printed from Excel",
        "156/160 = 97.5 %), sent as PDF only 105/110 = 95.5 %: 416/430, 1 wrong (0 silent), 0 invented; kinds 24/24",
        "HOLDOUT37_FLOOR_EXCEL = 0.968 — 155/160 before any fix",
        "HOLDOUT37_FLOOR_PDF = 0.966 — 261/270 before any fix",
        "HOLDOUT37_FLOOR_SENT_AS_PDF = 0.954 — 105/110 before any fix",
        "HOLDOUT37_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT37_SILENT_NOW = 0",
        "HOLDOUT37_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 208/208 = 100 %",
        "HOLDOUT37_FLOOR_PROFILE_EXCEL = 1.0 — 208/208 before any fix (learned on the PDFs: 118/118 = 1.0)",
        "HOLDOUT37_PROFILE_SILENT_NOW = 0",
        "rh37 (a customer concern's wording, D7's sentence under a choice's label, an inserted ICA row, a sign-off",
        "grid not the team): Excel 159/160 = 99.4 %, PDF 269/270 = 99.6 % (printed from Excel 159/160), sent as PDF",
        "only 110/110 = 100 %: 428/430, 0 wrong, 0 invented; kinds 24/24; profiles 208/208, learned on the PDFs 118/118",
        "HOLDOUT37_FLOOR_EXCEL = 0.993 — 159/160 (rh37)",
        "HOLDOUT37_FLOOR_PDF = 0.996 — 269/270 (rh37)",
        "HOLDOUT37_FLOOR_SENT_AS_PDF = 1.0 — 110/110 (rh37)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 8 (3 unwarned) on main's reader, 8 (3 unwarned) after the revision-history mend; HOLDOUT37_UNLISTED_SILENT_NOW = 3 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×2, target_close_date ×1",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits37,
    habits_wanted=_HABITS37,
    second_copies=8,
    second_sent_as_pdf=2,
    # two different complaints side by side on one sheet; a defect count larger than the count delivered
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-sidebyside", "complaint-overcount"}),
    committed=_committed_with_odd,
)

# ------------------------------------------------------------------------------ holdout38
_TEXT_HABITS38 = {
    "a system's datetime stamp (2026-03-05 14:32:10)": r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d",
    "a master-data code in brackets before the name ([C0012] 华东精密…)": r"\[[A-Z]*-?\d{3,}\] \S.*",
    "a caption carrying a system's field code (客户(KUNNR))": r".*\((KUNNR|MATNR|QMNUM|BSTNK|CHARG)\)",
    "a number exported as text with thousands separators (12,000)": r"\d{1,3}(,\d{3})+(\.\d+)?",
    "a Y/N or X flag": r"[YNX]",
    "a print date or output device in the footer (打印日期, 打印机, Output device)": r"打印日期|打印机|打印时间|Output device",
}  # fmt: skip


def _habits38_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a date-time cell, a header sheet beside a steps sheet, an
    export whose captions run across row 1 over one row of values."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS38.items() if any(re.fullmatch(p, t) for t in texts))
    if any(
        isinstance(c.value, dt.datetime) and c.value.time() != dt.time()
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
    ):
        seen.add("a date-time cell of an export")
    if len(wb.worksheets) > 1 and any(ws.title in ("Actions", "Lines") for ws in wb.worksheets):
        seen.add("a header sheet and a lines sheet")
    if any(ws.max_row == 2 and ws.max_column > 12 for ws in wb.worksheets):
        seen.add("captions across row 1 over one ticket's values (a CRM export)")


def _habits38(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a portal page printed from a browser (its URL, Page 1 of 2),
    a printer's name in a print's footer, a datetime stamp, codes in brackets before names."""
    seen = _habits_of_books(_habits38_of_a_book)(held)
    for _pdf_path, text, _sizes in _sent_alone(held):
        if re.search(r"https://\S+", text) and "Page 1 of 2" in text:
            seen.add("a portal page printed from a browser (its URL, Page 1 of 2)")
        if re.search(r"打印机|輸出裝置|Zebra|Kyocera", text):
            seen.add("a printer's name in a print's footer")
        if re.search(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d", text):
            seen.add("a datetime stamp on a form sent alone")
    return seen


_HABITS38 = frozenset({
    *_TEXT_HABITS38, "a date-time cell of an export", "a header sheet and a lines sheet",
    "captions across row 1 over one ticket's values (a CRM export)",
    "a portal page printed from a browser (its URL, Page 1 of 2)", "a printer's name in a print's footer",
    "a datetime stamp on a form sent alone",
})  # fmt: skip


HOLDOUT38 = HoldoutSet(
    name="holdout38",
    about=(
        "The thirty-eighth held-out layouts (tests/holdout38) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; forms that come out of\n"
        "systems: a 用友-like 销售退货单 print template (empty system columns, numbers as text, 打印日期 / 打印机), a\n"
        "金蝶-like 銷貨退回單 with Y/N and X flags, an SAP-QM-like quality notification exported one field a row\n"
        "(a date-time cell, (KUNNR) captions), a CRM ticket export (captions across, one ticket a row), a QMS 8D\n"
        "export with a header sheet and an Actions sheet, an 8D 报告 with system field codes in its captions, an 8D\n"
        "報告 with X flags and update stamps per step, an e-invoice platform's 红字发票信息表 (销售方 / 购买方), an\n"
        "SAP-like credit memo print; sent as PDF only: a supplier portal's SCAR printed from a browser (URL, Page 1\n"
        "of 2, captions above boxes; Chromium), a CRM case (Chromium), a 金蝶-like 销售退货单 print with the printer's\n"
        "name (Chromium), an e-invoice platform's 折讓證明單 (Chromium), an SAP-like 品質通知單 print (fpdf2), a WMS\n"
        "return receipt (fpdf2); two odd files (a CRM export holding two tickets; a return print whose total\n"
        "disagrees with its lines).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout38/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout38 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "314/421 = 74.6 % (Excel 123/158, PDF 191/263: printed from Excel 118/158, sent as PDF only 73/105), "
        "51 wrong, 26 silent: a [code] kept before the customer's name (12: [C0012] 华东…, [100234] Summit…), "
        "a user id kept before the name (CHENHAO (Chen Hao), KELLERB (Brian Keller), DMILLER (Dave Miller), KFOX "
        "(Karen Fox): 6), an 8D step read with its owner, X flag and update stamp (4), the QMS 8D print's closing "
        "date read from the D2 row's stamp; 56 missing - captions with a field code ((KUNNR), (MATNR), (QMNUM)), "
        "a CRM export's captions across one row, the SAP credit memo's Billing document / Billing date / Your "
        "reference, the QMS export's header sheet 8D ID and its Actions sheet's D4 / D7, the WMS receipt's "
        "Receipt No. / Received / Item / Qty recv.; 0 invented; kinds 23 of 24 (the WMS return receipt not "
        "recognised); odd files: the CRM export with two tickets no record without --kind (unknown_kind), with "
        "--kind complaint a record of the first row with the two descriptions joined (low_confidence warnings); "
        "the return print whose total disagrees with its lines a record with required-field errors, the total "
        "not read and the disagreement not said; profiles 134/164 = 81.7 %, 18 silent; learned on the PDFs "
        "74/95, 10 silent"
    ),
    floors=Floors(
        excel=0.936,
        pdf=0.923,
        sent_as_pdf=0.904,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=17,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 700ef253) Excel 123/158 = 77.8 %, PDF 191/263 = 72.6 % (printed from Excel",
        "118/158 = 74.7 %), sent as PDF only 73/105 = 69.5 %: 314/421, 51 wrong (26 silent), 0 invented; kinds 23/24",
        "HOLDOUT38_FLOOR_EXCEL = 0.778 — 123/158 before any fix",
        "HOLDOUT38_FLOOR_PDF = 0.726 — 191/263 before any fix",
        "HOLDOUT38_FLOOR_SENT_AS_PDF = 0.695 — 73/105 before any fix",
        "HOLDOUT38_RECOGNISED_NOW = 23 — of 24 read without --kind before any fix",
        "HOLDOUT38_SILENT_NOW = 26",
        "HOLDOUT38_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 134/164 = 81.7 %",
        "HOLDOUT38_FLOOR_PROFILE_EXCEL = 0.817 — 134/164 before any fix (learned on the PDFs: 74/95 = 0.778)",
        "HOLDOUT38_PROFILE_SILENT_NOW = 18 — 18 learned on the Excel files, 10 learned on the PDFs",
        "rh38 (a system's key before a name, flags and stamps beside a step, field codes after captions, systems'",
        "captions): Excel 144/158 = 91.1 %, PDF 230/263 = 87.4 %, sent as PDF only 91/105 = 86.6 %: 374/421, 11 wrong",
        "(0 silent), 0 invented; kinds 23/24; profiles learned on the Excel files 154/164 = 93.9 %, on the PDFs",
        "85/95 = 89.4 %, 0 silent",
        "fix38 (a two-sheet 8D's step table, a WMS receipt, a list of records, a party's bare 名称): Excel",
        "148/158 = 93.7 %, PDF 235/263 = 89.4 %, sent as PDF only 95/105 = 90.5 %: 383/421 (0 silent); kinds 24/24",
        "fix3839 (a title-less sheet printed across pages joined by its header rows: the QMS 8D's print): Excel",
        "148/158 = 93.7 %, PDF 243/263 = 92.4 %, sent as PDF only 95/105 = 90.5 %: 391/421 (0 silent); profiles",
        "learned on the Excel files 163/164 = 99.4 %, on the PDFs 94/95 = 98.9 %, 0 silent",
        "HOLDOUT38_FLOOR_PDF = 0.923 — 243/263 after fix3839",
        "HOLDOUT38_FLOOR_PROFILE_EXCEL = 0.993 — 163/164 after fix3839 (learned on the PDFs: 94/95 = 0.989)",
        "owner40 (物料(MATNR) over a code, a WMS receipt's Item column of codes, SAP's 000010 item numbers counting",
        "the lines): Excel 149/158 = 94.3 %, PDF 247/263 = 93.9 %, sent as PDF only 98/105 = 93.3 %: 396/421 (0 silent);",
        "profiles learned on the Excel files 164/164, on the PDFs 95/95, 0 silent",
        "HOLDOUT38_FLOOR_EXCEL = 0.943, HOLDOUT38_FLOOR_PDF = 0.939, HOLDOUT38_FLOOR_SENT_AS_PDF = 0.933 — owner40",
        "HOLDOUT38_FLOOR_PROFILE_EXCEL = 1.0 — 164/164 after owner40 (learned on the PDFs: 95/95 = 1.0)",
        "fixrv40b (owner40's bare 物料 and Item aliases withdrawn: PA66-GF30 under 物料 and a partial return's",
        "SAP line numbers 000010, 000030 under Item were read as part numbers, silently — review40 F1, F7): the",
        "values right by luck now missing and reported (required): 8d-zh-fieldcode's 物料 (xlsx, pdf),",
        "complaint-zht-sapqm's 物料, return-en-wms's two Item codes: Excel 148/158 = 93.7 %, PDF 243/263 = 92.4 %,",
        "sent as PDF only 95/105 = 90.5 %: 391/421 (0 silent)",
        "HOLDOUT38_FLOOR_EXCEL = 0.936, HOLDOUT38_FLOOR_PDF = 0.923, HOLDOUT38_FLOOR_SENT_AS_PDF = 0.904 — lowered",
        "by fixrv40b: a value right by luck is now reported instead (no alias tells 物料's / Item's meanings apart)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 47 (17 unwarned) on main's reader, 47 (17 unwarned) after the revision-history mend; HOLDOUT38_UNLISTED_SILENT_NOW = 17 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): items[].unit ×10, prevention.lessons_learned ×2, invoice_date ×2, tax_rate ×2, status ×1",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits38,
    habits_wanted=_HABITS38,
    second_copies=7,
    second_sent_as_pdf=2,
    # a CRM export holding two tickets; a return print whose total disagrees with its lines
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-twotickets", "return-totaloff"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout39
_TEXT_HABITS39 = {
    "民國 dates (115.03.05, 115/03/26, 民國115年3月23日)": r"11\d[./]\d{2}[./]\d{2}|民國\d{3}年\d{1,2}月\d{1,2}日",
    "新臺幣 amounts (新臺幣 12,600 元)": r"新臺幣 \d{1,3}(,\d{3})*(\.\d{2})? 元",
    "a why-why chain in one cell (Why1 … Why5)": r"(?s)Why1[：:].*\nWhy5[：:].*",
    "a bullet list in one cell (• lines)": r"(?s)• .+\n• .+",
    "numbered items on one line (1) … 2) …)": r"1\) .+ 2\) .+",
    "circled items on their own lines in one cell (①…\n②…)": r"(?s)①.+\n②.+",
    "a photo placeholder box in D2 (見附圖1)": r"（見附圖1）",
    "a Japanese customer's form in Chinese (不具合内容 / 不具合內容)": r"不具合[内內]容",
    "a 聯絡窗口 with a phone number": r".*\(0\d\)\d{4}-\d{4}.*",
}  # fmt: skip


def _habits39_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a 5M1E table (人 / 机 / 料 / 法 / 环 / 测 each a cell), an
    Is / Is not table, a long text merged over three rows or more."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS39.items() if any(re.fullmatch(p, t) for t in texts))
    if {"人", "机", "料", "法", "环", "测"} <= texts:
        seen.add("a 5M1E cause table (人机料法环测)")
    if {"IS", "IS NOT"} <= texts:
        seen.add("an Is / Is not table in D2")
    for ws in wb.worksheets:
        for rng in ws.merged_cells.ranges:
            top = ws.cell(rng.min_row, rng.min_col).value
            if rng.max_row - rng.min_row >= 2 and isinstance(top, str) and len(top) > 60:
                seen.add("a long text wrapped over merged rows")


def _cut_by_a_page_break(pdf_path: Path) -> bool:
    """A text's circled items run from the first page onto the second (a long cell cut by the page break)."""
    with pdfplumber.open(pdf_path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    return len(pages) > 1 and "①" in pages[0] and any(c in pages[1] for c in "②③④⑤")


def _habits39(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a 品質異常通知單 with ・ lists and 民國 dates, a 对策书 whose
    永久对策 a page break cuts, a Japanese customer's 返品联络单, a Taiwanese supplier's credit note and return note
    with a GUI No. and NT$ amounts, a 销售折让单 whose reasons are ①② items on their own lines."""
    seen = _habits_of_books(_habits39_of_a_book)(held)
    for pdf_path, text, _sizes in _sent_alone(held):
        if re.search(r"^(\S+ )?·\S", text, re.M) and re.search(r"11\d/\d{2}/\d{2}", text):  # ・ is · in NFKC
            seen.add("・ lists and 民國 dates on a page sent alone")
        if _cut_by_a_page_break(pdf_path):
            seen.add("a long text cut by a page break")
        if "返品" in text:
            seen.add("a Japanese customer's 返品联络单 in Chinese")
        if "GUI No." in text and "NT$" in text:
            seen.add("a Taiwanese supplier's GUI No. and NT$ amounts")
        if re.search(r"折让原因: 1\S.+\n2\S", text):  # ①② are 1 2 in NFKC
            seen.add("a credit's reasons as circled items on their own lines")
    return seen


_HABITS39 = frozenset({
    *_TEXT_HABITS39, "a 5M1E cause table (人机料法环测)", "an Is / Is not table in D2", "a long text wrapped over merged rows",
    "・ lists and 民國 dates on a page sent alone", "a long text cut by a page break",
    "a Japanese customer's 返品联络单 in Chinese", "a Taiwanese supplier's GUI No. and NT$ amounts",
    "a credit's reasons as circled items on their own lines",
})  # fmt: skip


HOLDOUT39 = HoldoutSet(
    name="holdout39",
    about=(
        "The thirty-ninth held-out layouts (tests/holdout39) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; what engineers write\n"
        "into the forms and forms from Taiwanese and Japanese customers: a 品質異常通知單 with 民國 dates and a\n"
        "聯絡窗口, a Japanese customer's 品质异常联络书 in zh-Hans, an English complaint with a bullet list in one\n"
        "cell, an 8D 报告 with a why-why chain in D4, an 8D 报告 with a 5M1E table, an English 8D with an Is / Is not\n"
        "table and its statement wrapped over merged rows, a 改善報告書 with ①② items and a photo box in D2, a\n"
        "退貨單 and a 折讓證明單 with 統一編號, 民國 dates and 新臺幣 amounts; sent as PDF only: a 品質異常通知單 with\n"
        "・ lists (Chromium), a 对策书 whose 永久对策 a page break cuts (Chromium), a Taiwanese supplier's English\n"
        "credit note with NT$ amounts (Chromium), a 返品联络单 (Chromium), a Taiwanese supplier's English return\n"
        "note with NT$ amounts (fpdf2), a 销售折让单 whose reasons are ①② items (fpdf2); two odd files (a 民國 date\n"
        "that does not exist; a total that is not the amount plus the tax).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout39/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout39 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "334/422 = 79.1 % (Excel 130/155, PDF 204/267: printed from Excel 120/155, sent as PDF only 84/112), "
        "14 wrong, 3 silent: the 5M1E 8D's print cuts the customer's name at its cell's edge (8d-zh-5m1e.pdf), the "
        "退貨單's 處理方式 '退回重工' read return, not rework (xlsx, PDF); flagged: circled / numbered items in one cell "
        "read as their first item (5), the 5M1E table's findings taken for the D3 / D4 / D5 texts on the print; "
        "missing: 新臺幣 amounts (23), the Japanese customer's 返品联络单 (13, its kind not recognised), the "
        "联络书's 联络书编号 / 发行方 / 要求事项 / 营业担当 (8), 通知單號 (3), 改善小組 and 对策小组 (9), the 5M1E print's "
        "D2 / D6, the photo box's 改善報告書 print's 恆久對策 / 水平展開, Customer request (2), NT$ unit prices (2), the "
        "credit note's business tax (3), the 折让单's 对应联络书编号, the "
        "通知單 page's 通知日期 (115/03/12) and 開單人; 0 invented; kinds 23 of 24; odd files: the 民國 date that does "
        "not exist a record with an invalid_date error and the date left empty, the total that is not the sum a record "
        "with an invalid_money error (新臺幣 amounts not read, so the sums never compared); profiles "
        "202/212 = 95.3 %, 2 silent; learned on the PDFs 117/122, 1 silent"
    ),
    floors=Floors(
        excel=0.980,
        pdf=0.962,
        sent_as_pdf=0.982,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=13,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 700ef253) Excel 130/155 = 83.9 %, PDF 204/267 = 76.4 % (printed from Excel",
        "120/155 = 77.4 %), sent as PDF only 84/112 = 75.0 %: 334/422, 14 wrong (3 silent), 0 invented; kinds 23/24",
        "HOLDOUT39_FLOOR_EXCEL = 0.838 — 130/155 before any fix",
        "HOLDOUT39_FLOOR_PDF = 0.764 — 204/267 before any fix",
        "HOLDOUT39_FLOOR_SENT_AS_PDF = 0.75 — 84/112 before any fix",
        "HOLDOUT39_RECOGNISED_NOW = 23 — of 24 read without --kind before any fix",
        "HOLDOUT39_SILENT_NOW = 3",
        "HOLDOUT39_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 202/212 = 95.3 %",
        "HOLDOUT39_FLOOR_PROFILE_EXCEL = 0.952 — 202/212 before any fix (learned on the PDFs: 117/122 = 0.959)",
        "HOLDOUT39_PROFILE_SILENT_NOW = 2",
        "-- rh39: 退回重工 is rework, 新臺幣 … 元 amounts read, a wrapped value's last line over its border kept,",
        "改善小组 a team: Excel 147/155 = 94.8 %, PDF 224/267 = 83.9 % (printed from Excel 140/155 = 90.3 %), sent as",
        "PDF only 84/112 = 75.0 %: 371/422, 9 wrong (0 silent), 0 invented; kinds 23/24",
        "HOLDOUT39_FLOOR_EXCEL = 0.948 — 147/155 after rh39",
        "HOLDOUT39_FLOOR_PDF = 0.838 — 224/267 after rh39",
        "HOLDOUT39_SILENT_NOW = 0",
        "HOLDOUT39_FLOOR_PROFILE_EXCEL = 0.981 — 208/212 after rh39 (learned on the PDFs: 120/122 = 0.983)",
        "HOLDOUT39_PROFILE_SILENT_NOW = 0",
        "-- fix39: a 返品联络单 and a 联络书's labels, Business tax, a currency in a column's header, a list cut by a",
        "page break, a list's last item over its row's border: Excel 151/155 = 97.4 %, PDF 252/267 = 94.4 % (printed",
        "from Excel 146/155 = 94.2 %), sent as PDF only 106/112 = 94.6 %: 403/422, 9 wrong (0 silent); kinds 24/24",
        "HOLDOUT39_FLOOR_EXCEL = 0.974 — 151/155 after fix39",
        "HOLDOUT39_FLOOR_PDF = 0.943 — 252/267 after fix39",
        "HOLDOUT39_FLOOR_SENT_AS_PDF = 0.946 — 106/112 after fix39",
        "HOLDOUT39_RECOGNISED_NOW = 24 — of 24 read without --kind after fix39",
        "-- fix3839: 对策小组 a team, 開單人 the reporter, Replace a replacement: Excel 152/155 = 98.1 %, PDF 257/267 =",
        "96.3 % (printed from Excel 147/155 = 94.8 %), sent as PDF only 110/112 = 98.2 %: 409/422 (0 silent); profiles",
        "learned on the Excel files 210/212 = 99.1 %, on the PDFs 121/122 = 99.2 %, 0 silent",
        "HOLDOUT39_FLOOR_EXCEL = 0.980 — 152/155 after fix3839",
        "HOLDOUT39_FLOOR_PDF = 0.962 — 257/267 after fix3839",
        "HOLDOUT39_FLOOR_SENT_AS_PDF = 0.982 — 110/112 after fix3839",
        "HOLDOUT39_FLOOR_PROFILE_EXCEL = 0.990 — 210/212 after fix3839 (learned on the PDFs: 121/122 = 0.991)",
        "HOLDOUT39_FLOOR_PROFILE_EXCEL = 1.0 — 212/212 after choice39b, a remark beside a choice read and warned "
        "(learned on the PDFs: 122/122 = 1.0; lead's measurement on int39)",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 22 (13 unwarned) on main's reader, 22 (13 unwarned) after the revision-history mend; HOLDOUT39_UNLISTED_SILENT_NOW = 13 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): problem.what ×2, problem.where ×2, problem.when ×2, problem.how_many ×2, seller.tax_id ×2, approver ×2, tax_rate ×1",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits39,
    habits_wanted=_HABITS39,
    second_copies=8,
    second_sent_as_pdf=2,
    # a 民國 date that does not exist; a 折讓證明單 whose total is not its amount plus its tax
    odd_kinds=(None, "complaint", "allowance"),
    odd_with_a_record=frozenset({"complaint-nosuchday", "allowance-totalmismatch"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout40
_TEXT_HABITS40 = {
    "an approval exported one field a row (表单字段 | 内容)": r"表单字段|表單欄位",
    "an approval's 18-digit 审批编号": r"20\d{16}",
    "an approval's status (已通过 / 已通過)": r"已通[过過]",
    "numbered questions as column headings (1、 / Q1.)": r"(\d{1,2}、|Q\d{1,2}\. ).+",
    "a form tool's own columns (提交答卷时间, 来自IP, 填寫時長, Completion time)": r"提交答卷时间|来自IP|填寫時長|填寫人IP|Completion time",
    "@-mentions of colleagues (@张伟, @Alan Brooks)": r"(?s)(.*\s)?@[\u4e00-\u9fffA-Z][^@\s]*.*",
    "emoji status (✅已完成, 🟡 In progress)": r".*[\u2705\U0001F7E1].*",
    "a DISPIMG formula where a photo was (=DISPIMG(\"ID_…\",1))": r'=DISPIMG\("ID_[0-9A-F]+",1\)',
    "a 明细 table inside an approval (退货明细 / 折让明细)": r"(退货|折让)明细",
}  # fmt: skip


def _habits40_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, a drop-down on a cell (an online sheet's 状态)."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS40.items() if any(re.fullmatch(p, t) for t in texts))
    if any(ws.data_validations.dataValidation for ws in wb.worksheets):
        seen.add("a status drop-down (an online sheet's 状态)")


def _habits40(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a 钉钉 approval printed from the desktop client (审批单打印,
    a QR code's caption, 打印人 / 打印时间), a Jira-like ticket (Reporter, Assignee, Created, Updated, Resolution), a
    企業微信 退貨申請 printed with its 明細 and 審批流程, a 騰訊問卷 answer sheet (第1題), a ServiceNow-like record
    (Opened by, Assigned to, Activities), a Lark approval (Approval ID, Approval process)."""
    seen = _habits_of_books(_habits40_of_a_book)(held)
    for _pdf_path, text, _sizes in _sent_alone(held):
        if all(w in text for w in ("审批单打印", "扫码", "打印人", "打印时间")):
            seen.add(
                "an approval printed from the desktop client (审批单打印, QR caption, 打印人 / 打印时间)"
            )
        if all(w in text for w in ("Reporter", "Assignee", "Created", "Updated", "Resolution")):
            seen.add("a service-desk ticket printed (Reporter, Assignee, Created, Updated, Resolution)")
        if "審批流程" in text and "明細" in text:
            seen.add("a 企業微信 approval printed with its 明細 and 審批流程")
        if re.search(r"第1題", text):
            seen.add("a questionnaire's answer sheet printed (第1題 …)")
        if all(w in text for w in ("Opened by", "Assigned to", "Activities")):
            seen.add("a problem record printed (Opened by, Assigned to, Activities)")
        if "Approval ID" in text and "Approval process" in text:
            seen.add("an English approval printed (Approval ID, Approval process)")
    return seen


_HABITS40 = frozenset({
    *_TEXT_HABITS40, "a status drop-down (an online sheet's 状态)",
    "an approval printed from the desktop client (审批单打印, QR caption, 打印人 / 打印时间)",
    "a service-desk ticket printed (Reporter, Assignee, Created, Updated, Resolution)",
    "a 企業微信 approval printed with its 明細 and 審批流程", "a questionnaire's answer sheet printed (第1題 …)",
    "a problem record printed (Opened by, Assigned to, Activities)",
    "an English approval printed (Approval ID, Approval process)",
})  # fmt: skip


HOLDOUT40 = HoldoutSet(
    name="holdout40",
    about=(
        "The fortieth held-out layouts (tests/holdout40) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints that\n"
        "travel through office-collaboration tools: a 钉钉 approval exported one field a row with its approval\n"
        "flow under it, a 问卷星 and a 金數據 export (the submission a row, numbered questions as columns), a\n"
        "腾讯文档 8D sheet (@mentions, emoji status drop-down, 评论, a DISPIMG formula), an English 8D tracker\n"
        "kept online, a 企業微信 approval 8D, a 退货申请 and a 折让申请 approval with a 明细 table inside, an\n"
        "English form tool's response row (Q1. …); sent as PDF only: a 钉钉 approval printed (审批单打印, QR\n"
        "caption, 打印人 / 打印时间), a Jira-like ticket, a 企業微信 退貨申請 printed, a 騰訊問卷 折讓申請 sheet\n"
        "(Chromium), a ServiceNow-like problem record, a Lark credit request (fpdf2); two odd files (an export\n"
        "holding three submissions; a 退货申请 approval withdrawn, 已撤销).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout40/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout40 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "322/398 = 80.9 % (Excel 112/146, PDF 210/252: printed from Excel 112/146, sent as PDF only 98/106), "
        "41 wrong, 11 silent: a row export's next heading read as the value (金數據: customer, description), "
        "the online sheets' Owner / Status / Comment cells taken into the 8D texts (D3, D5), '@赵敏' kept with "
        "its @, a Jira ticket's Activity taken into its description; flagged: the next heading read as the value "
        "in row exports (问卷星, the form tool), the flow's 发起人 / 申请人 read as the approver, the 审批编号 read "
        "as the complaint's number, @-mentioned teams kept with their @; missing: the row exports' questions (24), "
        "客户诉求 / Customer request (3), 业务负责人 (2), the 企業微信 8D's causes (2), Key, 围堵措施, Permanent "
        "fix, 主管核准; 0 invented; kinds 21 of 24; odd files: the three submissions a record (the first row's "
        "customer, the three descriptions joined and flagged), the withdrawn approval a record (its 审批编号 read "
        "as the approver, flagged; nothing says 已撤销); profiles 187/200 = 93.5 %, 2 silent; learned on the "
        "PDFs 107/114, 1 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.984,
        sent_as_pdf=0.962,
        recognised=22,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.964,
        unlisted_silent=1,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 49afad56) Excel 112/146 = 76.7 %, PDF 210/252 = 83.3 % (printed from Excel",
        "112/146 = 76.7 %), sent as PDF only 98/106 = 92.5 %: 322/398, 41 wrong (11 silent), 0 invented; kinds 21/24",
        "HOLDOUT40_FLOOR_EXCEL = 0.767 — 112/146 before any fix",
        "HOLDOUT40_FLOOR_PDF = 0.833 — 210/252 before any fix",
        "HOLDOUT40_FLOOR_SENT_AS_PDF = 0.924 — 98/106 before any fix",
        "HOLDOUT40_RECOGNISED_NOW = 21 — of 24 read without --kind before any fix",
        "HOLDOUT40_SILENT_NOW = 11",
        "HOLDOUT40_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 187/200 = 93.5 %",
        "HOLDOUT40_FLOOR_PROFILE_EXCEL = 0.935 — 187/200 before any fix (learned on the PDFs: 107/114 = 0.938)",
        "HOLDOUT40_PROFILE_SILENT_NOW = 2",
        "-- rh40 (the 38th round's fixes: @ mentions, a step table's comment column, numbered questions, options",
        "joined by a word, a log heading ending a text, the form's own approver): Excel 142/146 = 97.3 %, PDF",
        "241/252 = 95.6 % (printed from Excel 142/146), sent as PDF only 99/106 = 93.4 %: 383/398, 4 wrong",
        "(1 silent: return-en-formrow.pdf's unit price, two numbers printed touching), 0 invented; kinds 21/24",
        "HOLDOUT40_FLOOR_EXCEL = 0.972, HOLDOUT40_FLOOR_PDF = 0.956, HOLDOUT40_FLOOR_SENT_AS_PDF = 0.933",
        "HOLDOUT40_SILENT_NOW = 1",
        "profiles: learned on the Excel 199/200 = 99.5 %, 0 silent; on the PDFs 109/114 = 95.6 %, 0 silent",
        "HOLDOUT40_FLOOR_PROFILE_EXCEL = 0.995, HOLDOUT40_PROFILE_SILENT_NOW = 0",
        "-- silent40 (a figure and the next cell's text drawn apart parted: 472 | 6.25, not 4726.25): Excel",
        "145/146 = 99.3 %, PDF 244/252 = 96.8 % (printed from Excel 145/146), sent as PDF only 99/106 = 93.4 %:",
        "389/398, 2 wrong (0 silent), 0 invented; kinds 21/24; profiles 199/200 (Excel), 109/114 (PDFs), 0 silent",
        "HOLDOUT40_FLOOR_EXCEL = 0.993, HOLDOUT40_FLOOR_PDF = 0.968, HOLDOUT40_SILENT_NOW = 0",
        "-- owner40 (a ticket's Key read only where the form prints no number of its own, and shown; 围堵措施,",
        "13、我司业务员): Excel 146/146 = 100 %, PDF 248/252 = 98.4 %, sent as PDF only 102/106 = 96.2 %:",
        "394/398, 2 wrong (0 silent), 0 invented; kinds 21/24; profiles 200/200 (Excel), 110/114 (PDFs), 0 silent",
        "HOLDOUT40_FLOOR_EXCEL = 1.0, HOLDOUT40_FLOOR_PDF = 0.984, HOLDOUT40_FLOOR_SENT_AS_PDF = 0.962,",
        "HOLDOUT40_FLOOR_PROFILE_EXCEL = 1.0, HOLDOUT40_FLOOR_PROFILE_PDF = 0.964",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 31 (1 unwarned) on main's reader, 31 (1 unwarned) after the revision-history mend; HOLDOUT40_UNLISTED_SILENT_NOW = 1 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×1",
        "kinds46: the ServiceNow 8D no longer a complaint by its fieldset heading `Customer complaint` (none of the complaint sheet's own labels, six of the 8D's: kind_title_overruled): kinds 22/24 (the Forms export of the RMA has no title, its labels close: still none)",
    ),
    targets=True,  # silent40: 0 silent, 389/398 = 97.7 %
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits40,
    habits_wanted=_HABITS40,
    second_copies=8,
    second_sent_as_pdf=2,
    # an export holding three submissions; a 退货申请 approval withdrawn (已撤销)
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset({"complaint-threesubmissions", "return-withdrawn"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout41
_TEXT_HABITS41 = {
    "a document-control number beside the fields (文件编号 / 文件編號 / Doc. No.)": r"(?s).*(文件[编編]号?[號]?|Doc\. No\.).*",
    "a form version and effective date (版本 / 版次 / Rev.)": r"(?s).*(版本|版次|Rev\.).*",
    "a 记录编号 / 記錄編號 beside the complaint's number": r"[记記][录錄][编編][号號]",
    "a revision history table (修訂記錄)": r"修[订訂][记記][录錄]",
    "a distribution line (分发 / 分發 / Distribution)": r"(?s)(分[发發]|Distribution).*[□■/].*",
    "a copy legend (第一联 …, COPY 2 OF 4)": r"(?s)(第[一二三][联聯].*|COPY \d OF \d.*)",
    "the form's own approval block with dates (制定 / 编制 … 2024-…)": r"(制定|编制)：\S+ ?\s*20\d\d-\d\d-\d\d",
    "an ISO / IATF clause reference": r"(?s).*(ISO 9001|IATF 16949).*",
    "a Printed … by line": r"Printed 20\d\d-\d\d-\d\d \d\d:\d\d by \S+",
}  # fmt: skip


def _habits41_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """The habits one workbook shows: each text's habits, the form number in the printed page header or footer,
    print titles repeated on every page."""
    texts = {
        c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    }
    seen.update(h for h, p in _TEXT_HABITS41.items() if any(re.fullmatch(p, t) for t in texts))
    for ws in wb.worksheets:
        if "Form No." in (ws.oddHeader.left.text or "") + (ws.oddFooter.left.text or ""):
            seen.add("the form number in the printed page header / footer")
        if ws.print_title_rows:
            seen.add("a control header repeated on page 2 (print titles)")


def _habits41(held: HoldoutSet) -> set[str]:
    """The workbooks' habits, and the forms sent alone: a page with a tiled 仅供内部使用 watermark and a 受控 stamp, a
    CONFIDENTIAL band with a revision table, a 退貨單 with its copy legend, a credit memo with Printed … by, a
    control block drawn again on page 2."""
    seen = _habits_of_books(_habits41_of_a_book)(held)
    for pdf_path, text, _sizes in _sent_alone(held):
        if text.count("供") >= 4 and "受" in text:
            seen.add("a tiled 仅供内部使用 watermark and a 受控 stamp over a page")
        if "CONFIDENTIAL" in text and "Revision history" in text:
            seen.add("a CONFIDENTIAL band and a revision table on a page")
        if re.search(r"第二聯\s*倉庫聯", text):
            seen.add("a copy legend on a page sent alone")
        if re.search(r"Printed 20\d\d-\d\d-\d\d \d\d:\d\d by", text) and "Form No." in text:
            seen.add("a Form No. and a Printed … by line on a drawn PDF")
        with pdfplumber.open(pdf_path) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
        if len(pages) > 1 and all("QR-QA-018" in page for page in pages):
            seen.add("a control block drawn again on page 2")
    return seen


_HABITS41 = frozenset({
    *_TEXT_HABITS41, "the form number in the printed page header / footer", "a control header repeated on page 2 (print titles)",
    "a tiled 仅供内部使用 watermark and a 受控 stamp over a page", "a CONFIDENTIAL band and a revision table on a page",
    "a copy legend on a page sent alone", "a Form No. and a Printed … by line on a drawn PDF",
    "a control block drawn again on page 2",
})  # fmt: skip


HOLDOUT41 = HoldoutSet(
    name="holdout41",
    about=(
        "The forty-first held-out layouts (tests/holdout41) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; the furniture of\n"
        "controlled documents around the fields: a control grid (文件编号 / 版本 / 生效日期 / 页次 / 保存期限) and a\n"
        "记录编号 beside the complaint number, a 分發單位 line and a 修訂記錄 table, an English complaint whose form\n"
        "number is in the printed page header and footer, an 8D 报告 with the form's own 编制 / 审核 / 批准 with dates\n"
        "and an IATF clause, an English 8D whose control header is the print titles repeated on page 2, a 矯正預防\n"
        "措施報告 with signature lines and a date beside each, a 退货单 with a copy legend in its margin, an English\n"
        "return note with COPY 2 OF 4 and Printed … by, a 销售折让单 with a control grid and an ISO clause; sent as PDF\n"
        "only: a page with a tiled 仅供内部使用 watermark and a 受控 stamp (Chromium), an English 8D with a\n"
        "CONFIDENTIAL band and a revision table (Chromium), a 退貨單 with its copy legend and distribution boxes\n"
        "(Chromium), an English credit memo with Form No. and Printed … by (fpdf2), a 銷貨折讓單 with a boxed control\n"
        "block and a 修訂記錄 (fpdf2), a two-page 8D whose control block is drawn again on page 2 (fpdf2); two odd\n"
        "files (a complaint whose control block names another form; a complaint number left empty beside a\n"
        "文件编号 and a 记录编号).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout41/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout41 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "404/422 = 95.7 % (Excel 150/156, PDF 254/266: printed from Excel 147/156, sent as PDF only 107/110), "
        "1 wrong, 0 silent: the tiled 仅供内部使用 watermark taken into the 销售经理 (flagged); missing: the customer "
        "request where it reads 退货并补货 / Credit for rejected qty (4), the watermark page's 订单编号 / 登记人 (2), the "
        "English 8D's D5 … D8 on the page after the print titles (5), the 矯正預防措施報告's 發生原因 / 流出原因 (xlsx) "
        "and 品保主管 beside its signature date (3), the return note's Return date beside a Printed … by line (2); 0 "
        "invented; kinds 22 of 24 (return-en-copyof, COPY 2 OF 4, not recognised); odd files: both a record (the "
        "other form's 表单名称 退货单 and 文件编号 an unread_label warning only; the empty 投诉编号 left empty, no "
        "required error on it); profiles 203/209 = 97.1 %, 0 silent (the watermark taken into the 订单编号 and the "
        "销售经理, flagged); learned on the PDFs 115/119, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=1,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 49afad56) Excel 150/156 = 96.2 %, PDF 254/266 = 95.5 % (printed from Excel",
        "147/156 = 94.2 %), sent as PDF only 107/110 = 97.3 %: 404/422, 1 wrong (0 silent), 0 invented; kinds 22/24",
        "HOLDOUT41_FLOOR_EXCEL = 0.961 — 150/156 before any fix",
        "HOLDOUT41_FLOOR_PDF = 0.954 — 254/266 before any fix",
        "HOLDOUT41_FLOOR_SENT_AS_PDF = 0.972 — 107/110 before any fix",
        "HOLDOUT41_RECOGNISED_NOW = 22 — of 24 read without --kind before any fix",
        "HOLDOUT41_SILENT_NOW = 0",
        "HOLDOUT41_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 203/209 = 97.1 %",
        "HOLDOUT41_FLOOR_PROFILE_EXCEL = 0.971 — 203/209 before any fix (learned on the PDFs: 115/119 = 0.966)",
        "HOLDOUT41_PROFILE_SILENT_NOW = 0",
        "-- rh41: a tiled watermark dropped, 退货并补货 / Credit for … requests, Return date, a team's block ended at",
        "another caption, 品保主管 signs an 8D closed, print titles on page 2 start no new form: Excel 156/156, PDF",
        "266/266 (printed from Excel 156/156), sent as PDF only 110/110: 422/422, 0 wrong, 0 invented; kinds 24/24",
        "HOLDOUT41_FLOOR_EXCEL = 1.0 — 156/156 after rh41",
        "HOLDOUT41_FLOOR_PDF = 1.0 — 266/266 after rh41",
        "HOLDOUT41_FLOOR_SENT_AS_PDF = 1.0 — 110/110 after rh41",
        "HOLDOUT41_RECOGNISED_NOW = 24 — after rh41",
        "HOLDOUT41_SILENT_NOW = 0 — after rh41",
        "HOLDOUT41_FLOOR_PROFILE_EXCEL = 1.0 — 209/209 after rh41 (learned on the PDFs: 119/119 = 1.0), 0 silent",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 23 (9 unwarned) on main's reader, 15 (1 unwarned) after the revision-history mend; HOLDOUT41_UNLISTED_SILENT_NOW = 1 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): tax_rate ×1",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits41,
    habits_wanted=_HABITS41,
    second_copies=8,
    second_sent_as_pdf=2,
    # a complaint whose control block names another form; a complaint number left empty beside a 文件编号
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-otherform", "complaint-nonumber"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout42
_TEXT_HABITS42 = {
    "a Global 8D's D0 Emergency Response Action and Verified % cells": r"(D0 Emergency Response Action.*|Verified \d+ %)",
    "a Concern number and an Escape point (Global 8D)": r"(Concern number|D4 Escape point)",
    "a GM-style PRR with a Supplier Code (DUNS) and due dates": r"(PROBLEM REPORTING & RESOLUTION.*|Supplier Code \(DUNS\)|PCA due)",
    "German–English 8D captions (Beanstandung, Sofortmaßnahme, Abstellmaßnahme)": r"D\d (Beanstandung|Sofortmaßnahme|Abstellmaßnahme) / .+",
    "a Chinese OEM's 8D (索赔单号, 供应商代码, 车型, 故障里程, 三包)": r"(索赔单号|故障里程|■三包期内.*)",
    "Japanese captions beside Chinese (品番 / 料號, 不具合)": r"(品番 / 料號|不具合.*)",
    "3D / 5D / 8D response stages filled progressively": r"回[复覆][阶階][段]：■3D.*■5D.*",
    "an 8D with the customer's extra steps D0 and D9": r"(D0 .*[緊紧]急[應应][變变]|D9 .*[標标]准化)",
    "an escalation level (CS1 / CS2, Controlled Shipping)": r"(?s).*(■CS1|■CS2|Controlled Shipping).*",
    "a supplier scorecard block (PPM, 得分, 等级)": r"(供应商绩效.*|来料 PPM)",
    "OEM part numbers with spaces or a Ford / VW pattern": r"([A-Z0-9]{3} \d{3} \d{3} [A-Z]|[A-Z]{2}\d[A-Z]-\w{4,5}-[A-Z])",
    "a price concession on a deviation": r"Deviation No\. .*Concession.*",
}  # fmt: skip


_SENT_ALONE_HABITS42 = {  # an 8D as a slide, a Korean–English 8D, a 退回單 with a 車型 column, a 特採 折讓單, a QRQC sheet
    "an 8D as a PowerPoint-like slide": ("Slide 3 / 12", "Status"),
    "a Korean OEM's Korean–English 8D with its supplier code": ("협력사 코드", "Supplier Code"),
    "a car assembler's return note with a 車型 column": ("車型", "件號"),
    "a 銷貨折讓單 for a lot accepted under 特採": ("特採", "折讓"),
    "a QRQC sheet with Check 1 / Check 2": ("QRQC", "Check 2"),
    "a 年降 price-difference 折让单": ("年降",),
}
_HABITS42 = frozenset({*_TEXT_HABITS42, *_SENT_ALONE_HABITS42})


HOLDOUT42 = HoldoutSet(
    name="holdout42",
    about=(
        "The forty-second held-out layouts (tests/holdout42) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; automotive and big\n"
        "customers' own problem-report formats a supplier answers in the customer's layout: a Ford-style Global 8D\n"
        "(D0 ERA, Verified % / PVT cells beside the steps, Concern number, Escape point), a GM-style PRR (Supplier Code\n"
        "(DUNS), containment / root cause / PCA due dates), a VDA-style 8D with German–English captions, a Chinese\n"
        "OEM's 8D (索赔单号, 供应商代码, 车型, VIN, 故障里程, 三包), a Japanese OEM's 品質不具合連絡書 with Japanese captions, an\n"
        "8D (zh-Hant) filled in 3D / 5D / 8D stages with the customer's D0 and D9, a return notice under escalation\n"
        "(CS1 / CS2 controlled shipping), a 退货单 with a supplier scorecard block, a credit note for a price\n"
        "concession on a deviation; sent as PDF only: an 8D as a PowerPoint-like slide, a Korean OEM's Korean–English\n"
        "8D and a car assembler's 退回單 (Chromium), a QRQC sheet in Chinese, a 年降 price-difference 折让单 and a 特採\n"
        "銷貨折讓單 (fpdf2); two odd files (an\n"
        "OEM's 8D naming only the supplier; a 3D response whose later steps hold placeholders).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout42/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout42 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "367/416 = 88.2 % (Excel 136/156, PDF 231/260: printed from Excel 136/156, sent as PDF only 95/104), "
        "13 wrong, 2 silent: the VDA 8D's German–English D2 read as its English half (xlsx, PDF); flagged: an 8D's "
        "3D / 5D stage and date column joined to the D1 team, D3 and D5 (xlsx, PDF, 10), the QRQC's 负责人 read from "
        "its Who line; missing: the G8D's D4 Escape point and D6 beside its Verified % / PVT cells (4), the Chinese "
        "OEM's 索赔单号 / 整车厂 / 索赔数量 (6), the VDA 8D's Menge and D7 (4), the 連絡書's 要求事項 / 暫定処置 / 擔當 "
        "beside Japanese captions (6), the PRR's Replace rejected parts (2), the concession credit note's Concern ref. "
        "and Unit credit (6), the slide's Qty, the QRQC's number / What / How many / 24小时内围堵措施 (4), the 退回單's "
        "件號 beside a 車型 column and 換新品 (3); 0 invented; kinds 23 of 24 (complaint-zh-qrqc not recognised); odd "
        "files: both a record (the supplier-only 8D: customer empty with a required error; the 3D response: 待5D回复 "
        "held as both root causes and the corrective action, 8D阶段提交 as lessons learned, silently); profiles "
        "207/212 = 97.6 %, 0 silent; learned on the PDFs 115/119, 0 silent"
    ),
    floors=Floors(
        excel=0.98,
        pdf=0.98,
        sent_as_pdf=0.98,
        recognised=24,
        profile_excel=0.995,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.983,
        unlisted_silent=10,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 80d0c87e) Excel 136/156 = 87.2 %, PDF 231/260 = 88.8 % (printed from Excel",
        "136/156 = 87.2 %), sent as PDF only 95/104 = 91.3 %: 367/416, 13 wrong (2 silent), 0 invented; kinds 23/24",
        "HOLDOUT42_FLOOR_EXCEL = 0.871 — 136/156 before any fix",
        "HOLDOUT42_FLOOR_PDF = 0.888 — 231/260 before any fix",
        "HOLDOUT42_FLOOR_SENT_AS_PDF = 0.913 — 95/104 before any fix",
        "HOLDOUT42_RECOGNISED_NOW = 23 — of 24 read without --kind before any fix",
        "HOLDOUT42_SILENT_NOW = 2 — the VDA 8D's German–English D2 read as its English half (xlsx, PDF)",
        "HOLDOUT42_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 207/212 = 97.6 %",
        "HOLDOUT42_FLOOR_PROFILE_EXCEL = 0.976 — 207/212 before any fix (learned on the PDFs: 115/119 = 0.966)",
        "HOLDOUT42_PROFILE_SILENT_NOW = 0",
        "-- rh42: a long text in two languages kept whole, a step's stage stamp and a stage placeholder, an OEM's",
        "words: 398/416 = 95.7 %, 1 wrong (flagged), 0 silent",
        "HOLDOUT42_FLOOR_EXCEL = 0.967 — 151/156 after rh42",
        "HOLDOUT42_FLOOR_PDF = 0.95 — 247/260 after rh42",
        "HOLDOUT42_FLOOR_SENT_AS_PDF = 0.923 — 96/104 after rh42",
        "HOLDOUT42_RECOGNISED_NOW = 23 — after rh42 (complaint-zh-qrqc still not)",
        "HOLDOUT42_SILENT_NOW = 0 — after rh42",
        "HOLDOUT42_FLOOR_PROFILE_EXCEL = 0.995 — 211/212 after rh42 (learned on the PDFs: 117/119 = 0.983), 0 silent",
        "-- sidenote40: a figure beside a step no yes/no answer and headings naming an option each read as rows (the",
        "G8D's D4 Escape point), a QRQC sheet read as a complaint (its title, QRQC编号, How many, a time frame before",
        "a label: 24小时内围堵措施, QRQC 负责人; What 问题 not: a description's What: line), 件號: 408/416 = 98.1 %,",
        "0 wrong, 0 silent; kinds 24/24",
        "HOLDOUT42_FLOOR_EXCEL = 0.98 — 153/156 after sidenote40",
        "HOLDOUT42_FLOOR_PDF = 0.98 — 255/260 after sidenote40",
        "HOLDOUT42_FLOOR_SENT_AS_PDF = 0.98 — 102/104 after sidenote40",
        "HOLDOUT42_RECOGNISED_NOW = 24 — after sidenote40 (complaint-zh-qrqc by its title)",
        "HOLDOUT42_FLOOR_PROFILE_EXCEL = 0.995 — 211/212 after sidenote40 (learned on the PDFs: 117/119), 0 silent",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 21 (10 unwarned) on main's reader, 21 (10 unwarned) after the revision-history mend; HOLDOUT42_UNLISTED_SILENT_NOW = 10 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): prevention.lessons_learned ×2, emergency_actions ×2, tax_rate ×2, complaint_type ×2, approver ×2",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS42), _SENT_ALONE_HABITS42),
    habits_wanted=_HABITS42,
    second_copies=8,
    second_sent_as_pdf=2,
    # an OEM's 8D naming only the supplier; a 3D response whose later steps hold placeholders
    odd_kinds=(None, "8d"),
    odd_with_a_record=frozenset({"8d-supplieronly", "8d-placeholder"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout43
_TEXT_HABITS43 = {
    "a sorting cost as people × hours × rate": r".*\d+ (人|operators|people) × \d+ h × .*",
    "scrap as pieces × unit price": r"\d+ PCS × [\d.]+ 元",
    "a line-down cost (停线损失 / Line down)": r"停线损失|Line down",
    "an admin fee line (管理费 / Admin fee)": r"管理费|Admin fee",
    "an asked amount beside a granted one (申請金額 / 核准金額)": r"申[請请]金[額额].*",
    "the supplier's deduction confirmation (扣款确认 / 扣款確認)": r"(?s).*扣款[确確][认認].*",
    "a cost table in USD with the exchange rate to CNY": r"(?s).*USD/CNY \d\.\d+.*",
    "prices without and with tax side by side": r"单价\(含税\)",
    "a claim settled partly by return, partly by allowance": r"结算方式：.*退货.*折让.*",
    "a restocking fee and an advance replacement": r"(?s).*Restocking fee \d+%.*Advance replacement.*",
    "reason codes with their legend": r"Reason codes: .*",
    "an agreed claim amount and a 折让比例": r"(?s).*协商金额.*折让比例.*",
}  # fmt: skip


_SENT_ALONE_HABITS43 = {  # a 扣款确认单, a warranty claim, a 退貨單 after a claim, a USD debit note, a 對帳單 line, an 8D
    "a 扣款确认单 with the supplier's confirmation": ("扣款确认单", "供应商确认"),
    "a warranty claim with a VIN and labor hours": ("VIN", "Labor hours"),
    "a return note with the claim's deduction under its lines": ("索賠扣款",),
    "a debit note in USD with the CNY equivalent and the rate": ("DEBIT NOTE", "CNY equivalent"),
    "a statement line deducting a claim (對帳單)": (r"扣\s*[:：]\s*客訴索賠",),
    "a line-down cost computed on an 8D": (r"停线\s*[\d.]+\s*h\s*×",),
}
_HABITS43 = frozenset({*_TEXT_HABITS43, *_SENT_ALONE_HABITS43})


HOLDOUT43 = HoldoutSet(
    name="holdout43",
    about=(
        "The forty-third held-out layouts (tests/holdout43) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; the money side of\n"
        "complaints: a customer's 质量索赔单 with a cost breakdown (挑选费 12 人 × 8 h × 35 元/h, 报废 PCS × 单价, 快递费,\n"
        "停线损失, 管理费 10%), a 客訴索賠處理單 whose 核准金額 is lower than its 申請金額, an English chargeback notice\n"
        "(Sorting cost, Line down, Admin fee, Net amount due), an 8D 报告 with a 质量成本 block and the supplier's\n"
        "扣款确认, an English 8D with a cost of poor quality table in USD and CNY, a 矯正措施報告 with a 扣款確認 block, a\n"
        "退货单 of a claim settled partly by return and partly by allowance with prices without and with tax, a\n"
        "distributor's RMA (RMA#, reason codes, Restocking fee 15%, Advance replacement), a 销售折让单 computed from an\n"
        "agreed claim (协商金额, 折让比例); sent as PDF only: a 扣款确认单 (Chromium), a warranty claim export with a VIN\n"
        "and labor hours (Chromium), a 退貨單 with the claim's deduction (Chromium), an English debit note in USD with\n"
        "the CNY equivalent (fpdf2), a 銷貨折讓證明單 with the 對帳單 line deducting the claim (fpdf2), an 8D whose foot\n"
        "computes the 停线损失 (fpdf2); two odd files (a 销售折让单 whose 大写金额 says another amount; a debit note\n"
        "whose lines are in USD and totals in CNY).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout43/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout43 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "372/417 = 89.2 % (Excel 141/156, PDF 231/261: printed from Excel 141/156, sent as PDF only 90/105), "
        "0 wrong, 0 silent, 45 missing: a claim's number under 索赔单号 / 扣款单号 / Chargeback No. (5), the request "
        "索赔 / 扣款 / Chargeback / Reimbursement (compensation, 6), the claim's total as the loss (索赔总额, Net amount "
        "due, 扣款合计, Claim total: 6), the 核准金額 beside a 申請金額 (2), the claimant's 经办 / 主管, Purchasing manager, "
        "通知人 (7), an 8D's or a return's 索赔单号 / Claim ref. / 索賠通知書號 as the complaint number (8), 真因分析 (2), "
        "Advance replacement (2), the warranty claim's Dealer and Qty claimed (2), the debit note's Supplier invoice, "
        "Buyer EIN and Rate (USD) column (5); 0 invented; kinds 24 of 24; odd files: both a record with a clear error "
        "(total_in_words_mismatch; total_mismatch); profiles 203/212 = 95.8 %, 0 silent; learned on the PDFs "
        "116/122, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 80d0c87e) Excel 141/156 = 90.4 %, PDF 231/261 = 88.5 % (printed from Excel",
        "141/156 = 90.4 %), sent as PDF only 90/105 = 85.7 %: 372/417, 0 wrong (0 silent), 0 invented; kinds 24/24",
        "HOLDOUT43_FLOOR_EXCEL = 0.903 — 141/156 before any fix",
        "HOLDOUT43_FLOOR_PDF = 0.885 — 231/261 before any fix",
        "HOLDOUT43_FLOOR_SENT_AS_PDF = 0.857 — 90/105 before any fix",
        "HOLDOUT43_RECOGNISED_NOW = 24 — of 24 read without --kind before any fix",
        "HOLDOUT43_SILENT_NOW = 0",
        "HOLDOUT43_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 203/212 = 95.8 %",
        "HOLDOUT43_FLOOR_PROFILE_EXCEL = 0.957 — 203/212 before any fix (learned on the PDFs: 116/122 = 0.950)",
        "HOLDOUT43_PROFILE_SILENT_NOW = 0",
        "-- rh43: a customer's claim read as its complaint (索赔单号, Chargeback No., 索赔总额, Net amount due, 扣款合计,",
        "Claim total, 索赔 / 扣款 / Chargeback / Reimbursement), 核准金額, an 8D's or a return's claim number, 真因分析,",
        "Advance replacement, a debit note's Supplier invoice / Buyer EIN / Rate: Excel 156/156, PDF 261/261 (printed",
        "from Excel 156/156), sent as PDF only 105/105: 417/417, 0 wrong, 0 invented; kinds 24/24",
        "HOLDOUT43_FLOOR_EXCEL = 1.0 — 156/156 after rh43",
        "HOLDOUT43_FLOOR_PDF = 1.0 — 261/261 after rh43",
        "HOLDOUT43_FLOOR_SENT_AS_PDF = 1.0 — 105/105 after rh43",
        "HOLDOUT43_RECOGNISED_NOW = 24 — after rh43",
        "HOLDOUT43_SILENT_NOW = 0 — after rh43",
        "HOLDOUT43_FLOOR_PROFILE_EXCEL = 1.0 — 212/212 after rh43 (learned on the PDFs: 122/122 = 1.0), 0 silent",
        "-- the lead, after round 39's final run: 真因分析 withdrawn as the occurrence cause's label (as the table's",
        "label it sent a D4 row to the option rows, which dropped its side note 貢獻度 70%: test_fixrd35)",
        "HOLDOUT43_FLOOR_EXCEL = 0.993 — 155/156 (8d-zht-deduct's cause missing again)",
        "HOLDOUT43_FLOOR_PDF = 0.996 — 260/261",
        "-- sidenote40: a side note naming a column read along an option row's line too (rows.line_columns), 真因分析",
        "back: Excel 156/156, PDF 261/261, 417/417, 0 wrong, 0 silent",
        "HOLDOUT43_FLOOR_EXCEL = 1.0 — 156/156 after sidenote40",
        "HOLDOUT43_FLOOR_PDF = 1.0 — 261/261 after sidenote40",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 8 (0 unwarned) on main's reader, 8 (0 unwarned) after the revision-history mend; HOLDOUT43_UNLISTED_SILENT_NOW = 0",
    ),
    targets=False,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS43), _SENT_ALONE_HABITS43),
    habits_wanted=_HABITS43,
    second_copies=8,
    second_sent_as_pdf=2,
    # a 销售折让单 whose 大写金额 says another amount; a debit note whose lines are in USD and totals in CNY
    odd_kinds=(None, "allowance"),
    odd_with_a_record=frozenset({"allowance-wordsdiffer", "allowance-twocurrencies"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout44
_TEXT_HABITS44 = {
    "a part number with its revision after a slash (Part No. / Rev)": r"[A-Z0-9-]+ / [A-Z]",
    "a date code beside the lot (Date Code (D/C), 週期, D/C)": r"Date Code \(D/C\)|週期|D/C",
    "a reject rate in PPM (DPPM, 1200PPM)": r"DPPM|\d[\d,]*PPM",
    "a Reel ID and an MSL": r"Reel ID|MSL",
    "an IPC-A-610 class reference": r".*IPC-A-610.*",
    "a defect location by reference designators (Ref Des)": r"Defect location \(Ref Des\)",
    "a fishbone written as a table (人 / 机 / 料 / 法 / 环 / 测)": r"D4 原因分析（鱼骨图）",
    "FA findings (X-Ray, 切片, 開蓋) before the failure mode and mechanism": r"開蓋（Decap）",
    "a serial number column, one unit a line": r"Serial No\.",
    "Reel / Tray / Tube packing counts": r"\d+ (Reel|Tray|Tube)",
    "counts in K pcs": r"K pcs",
    "a price protection allowance (old, new and difference prices)": r"銷貨折讓單（價格保護）",
    "disposition check boxes on a quality alert (☑退货 □特采)": r"☑退货.*",
}  # fmt: skip


_SENT_ALONE_HABITS44 = {  # a portal's SCAR, a 品質異常通知單, a 退貨單 in K, an FA report, a price protection memo, a 折让单
    "a supplier portal's SCAR print with D/C, Reel ID and DPPM": (
        "Supplier Quality Portal",
        "Reel ID",
        "DPPM",
    ),
    "a 品質異常通知單 with its rate in PPM": ("品質異常通知單", r"\d PPM"),
    "counts typed in thousands (12K)": ("電子零件退貨單", r"\b\d+K\b"),
    "an FA report printed from Word, photo captions between the fields": (
        "Figure 1: X-ray",
        "Failure mechanism",
    ),
    "a price protection credit memo (old cost, new cost, delta)": (
        "PRICE PROTECTION CREDIT MEMO",
        "Old cost",
        "New cost",
    ),
    "an allowance whose reason names the D/C and the PPM": (r"D/C 2611", "PPM"),
}
_HABITS44 = frozenset({*_TEXT_HABITS44, *_SENT_ALONE_HABITS44})


HOLDOUT44 = HoldoutSet(
    name="holdout44",
    about=(
        "The forty-fourth held-out layouts (tests/holdout44) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; electronics, EMS and\n"
        "component suppliers: a customer's SCAR (Part No. / Rev, Date Code 2612 beside the Lot No., Reel ID, MSL,\n"
        "DPPM), a Taiwanese 電子廠 客訴單 (料號, 批號, 週期 2612, 不良率 1200PPM), a customer IQC's 品质异常联络单 (D/C,\n"
        "抽检数, ☑ boxes), an EMS customer's 8D (IPC-A-610 Class 3, Defect location (Ref Des) R12, C34), an SMT 8D whose\n"
        "D4 is a fishbone written as a table (人 / 机 / 料 / 法 / 环 / 测), a 失效分析報告暨 8D (X-Ray, 切片, 開蓋 before\n"
        "失效模式 / 失效機理), a distributor's RMA with a serial number column, a 退货单 with Reel / Tray / Tube packing\n"
        "and K pcs units, a 價格保護 折讓單 (old, new and difference prices); sent as PDF only: a supplier portal's\n"
        "SCAR print (Chromium), a 品質異常通知單 in PPM (Chromium), a 電子零件退貨單 whose counts are typed 12K\n"
        "(Chromium), an FA report printed from Word with photo captions between its fields (fpdf2), a price\n"
        "protection credit memo (fpdf2), a 销售折让单 after a 品质异常 naming the D/C and the PPM (fpdf2); two odd\n"
        "files (a SCAR with a DPPM and no counts; a 客訴單 whose counts are empty beside a date code 2612).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout44/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout44 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "396/456 = 86.8 % (Excel 155/177, PDF 241/279: printed from Excel 155/177, sent as PDF only 86/102), "
        "6 wrong, 0 silent, 54 missing: an FA report's own labels (分析日期 / Date received, 退回分析數 / Qty returned "
        "for FA, 分析小組, 失效模式 / Failure mode, 失效機理 / Failure mechanism, 改善對策, Prevention: 21), the causes "
        "under a fishbone table (D4 发生原因 / 流出原因: 4), an EMS 8D's SCAR No., PCBA P/N … Rev D, Defect location (Ref "
        "Des), D7 Prevent recurrence (8), the price protection notes (差價 / Delta as the unit price: the 原單價 read, "
        "flagged; Distributor, MPN, Qty on hand; 價保申請單號: 9 missing, 6 flagged), a quality alert's number "
        "(品质异常单号) as the case a return or an allowance answers (3), Disposition requested, 发单人, 進料數, 核准, an "
        "RMA's Failure description (7), a rate in PPM never read (1,500 PPM; DPPM / 1200PPM right only as computed "
        "from the counts); 0 invented; kinds 22 of 24 (the SCAR not recognised); odd files: both a record with "
        "clear errors on the missing counts; profiles 222/236 = 94.1 %, 2 silent (PCBA P/N kept with its 'Rev A'); "
        "learned on the PDFs 124/136, 1 silent"
    ),
    floors=Floors(
        excel=0.994,  # 176/177 after left43
        pdf=0.992,  # 277/279
        sent_as_pdf=0.98,  # 100/102
        recognised=24,
        profile_excel=1.0,  # 236/236
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,  # 136/136
        unlisted_silent=1,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at fcbdf6fb) Excel 155/177 = 87.6 %, PDF 241/279 = 86.4 % (printed from Excel",
        "155/177 = 87.6 %), sent as PDF only 86/102 = 84.3 %: 396/456, 6 wrong (0 silent), 0 invented; kinds 22/24",
        "HOLDOUT44_FLOOR_EXCEL = 0.875 — 155/177 before any fix",
        "HOLDOUT44_FLOOR_PDF = 0.863 — 241/279 before any fix",
        "HOLDOUT44_FLOOR_SENT_AS_PDF = 0.843 — 86/102 before any fix",
        "HOLDOUT44_RECOGNISED_NOW = 22 — of 24 read without --kind before any fix",
        "HOLDOUT44_SILENT_NOW = 0",
        "HOLDOUT44_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 222/236 = 94.1 %",
        "HOLDOUT44_FLOOR_PROFILE_EXCEL = 0.940 — 222/236 before any fix (learned on the PDFs: 124/136 = 0.911)",
        "HOLDOUT44_PROFILE_SILENT_NOW = 2 — PCBA P/N read 'PCBA-BW-1208 Rev A' (xlsx and its print; 1 learned on the PDF)",
        "-- expectation corrected after the measurement (holdout44's own author, not the reader): the EMS 8D's",
        "PCBA P/N 'PCBA-NG-7731 Rev D' is expected as typed, as holdout3's Part No. / Rev. 'NV-HG-220 rev C' is (a",
        "revision typed in the number's cell stays with it); the two profile silents were that expectation's:",
        "before any fix with it, profiles 224/236, 0 silent",
        "-- rh44: a rate in PPM / DPPM (values._ratio, units' label scale), FA reports' 失效模式 / 失效機理 / 改善對策 /",
        "分析小組, PCBA P/N, Defect location, 发单人, 进料数, Disposition requested, Failure description, 品质异常单号,",
        "Distributor: Excel 167/177, PDF 259/279 (printed from Excel 167/177), sent as PDF only 92/102: 426/456,",
        "6 wrong (0 silent), 0 invented; kinds 22/24",
        "HOLDOUT44_FLOOR_EXCEL = 0.943 — 167/177 after rh44",
        "HOLDOUT44_FLOOR_PDF = 0.928 — 259/279 after rh44",
        "HOLDOUT44_FLOOR_SENT_AS_PDF = 0.901 — 92/102 after rh44",
        "HOLDOUT44_FLOOR_PROFILE_EXCEL = 0.961 — 227/236 after rh44 (learned on the PDFs: 127/136 = 0.933), 0 silent",
        "HOLDOUT44_PROFILE_SILENT_NOW = 0 — after rh44",
        "-- channel41: an 8D's SCAR No. beside its 8D No. the request it answers (second), FA reports' 分析日期 /",
        "Date received and 退回分析數 / Qty returned for FA, a fishbone's 可能原因 no root cause (a hedged label names a",
        "candidate), price protection's 差價 / Delta the unit price (原單價 / Old cost then unread and reported), MPN",
        "(warned), Qty on hand, 價保申請單號, a SCAR asking for an 8D response read as the complaint it is: Excel",
        "175/177, PDF 275/279 (printed from Excel 175/177), sent as PDF only 100/102: 450/456, 2 wrong (0 silent),",
        "0 invented; kinds 24/24; the issue's targets reached (targets=True)",
        "HOLDOUT44_FLOOR_EXCEL = 0.988 — 175/177 after channel41",
        "HOLDOUT44_FLOOR_PDF = 0.985 — 275/279 after channel41",
        "HOLDOUT44_FLOOR_SENT_AS_PDF = 0.98 — 100/102 after channel41",
        "HOLDOUT44_RECOGNISED_NOW = 24 — after channel41 (the SCAR request)",
        "HOLDOUT44_FLOOR_PROFILE_EXCEL = 1.0 — 236/236 after channel41 (learned on the PDFs: 136/136), 0 silent",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 4 (2 unwarned) on main's reader, 4 (2 unwarned) after the revision-history mend; HOLDOUT44_UNLISTED_SILENT_NOW = 2 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): prevention.lessons_learned ×1, approver ×1",
        "-- left43: 營業稅額 (a tax's name with its amount word) is a tax line's caption: allowance-zht-priceprot's typed",
        "營業稅額 1,992 read as the total tax (was the tax computed at 13 %, 5180.50, flagged), its disagreement with the",
        "lines at the rate said (total_mismatch): Excel 176/177, PDF 276/279 (printed from Excel 176/177), sent as PDF",
        "only 100/102: 452/456, 0 wrong",
        "HOLDOUT44_FLOOR_EXCEL = 0.994 — 176/177 after left43",
        "HOLDOUT44_FLOOR_PDF = 0.989 — 276/279 after left43",
        "-- left43, the 營業稅 rounding (left42's note): line 2's typed 612 is 12,250 × 5 % = 612.50 rounded by the",
        "generator's banker's round(); the statute rounds half up (613). The expected file is NOT changed: it records",
        "what the form prints (612), and the reader reads what is printed and says it disagrees (an error on the line's",
        "tax); the imitation being 1 off the law is the form's error the reader must report, not a value to expect",
        "-- eightd43: a D7 text's own words decide its field (the lead's decision): 8d-en-ems's Stencil approval checklist;",
        "AOI libraries set per IPC class. and 8d-en-fa's Datasheet surge note added to the design guide. name no other",
        "place and no lesson, so they are the lessons learned, read and warned (low_confidence); the expected files",
        "followed the rule (were the horizontal deployment): 453/456 (Excel 176/177, PDF 277/279), 0 silent; unlisted",
        "values 1 (1 unwarned: approver, looked at by scorer42 and right) — the lessons learned is now listed",
        "HOLDOUT44_FLOOR_EXCEL = 0.994 — 176/177 after eightd43",
        "HOLDOUT44_FLOOR_PDF = 0.992 — 277/279 after eightd43",
        "HOLDOUT44_UNLISTED_SILENT_NOW = 1 — after eightd43",
    ),
    targets=True,
    shape=_SHAPE28,  # the same shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS44), _SENT_ALONE_HABITS44),
    habits_wanted=_HABITS44,
    second_copies=8,
    second_sent_as_pdf=2,
    # a SCAR with a DPPM and no counts; a 客訴單 whose counts are empty beside a date code
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-dppmonly", "complaint-datecode"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout45
_TEXT_HABITS45 = {
    "an after-sales export: a heading row over the ticket's row (买家昵称, 退货物流单号)": r"买家昵称|退货物流单号",
    "a platform's refund type (退货退款 / 仅退款)": r"退货退款|仅退款",
    "a masked phone number (138****5678, 0912-***-318)": r"1\d{2}\*{4}\d{4}|09\d{2}-\*{3}-\d{3}",
    "a masked name (张**)": r"[\u4e00-\u9fff]\*\*",
    "a time with the hour beside the date (来电时间, 申请时间)": r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?",
    "a member number and an invoice number (會員編號, 發票號碼)": r"會員編號|發票號碼",
    "a product safety incident (injury, regulator notified)": r"Regulator notified: .*",
    "the complaint count by month in a table": r"消费者投诉统计.*",
    "the return rate by month in a table": r"Return rate by month.*",
    "a store code before a return's lines (门店编码)": r"门店编码",
    "an Amazon-style return report (order-id, asin, reason DEFECTIVE, customer-comments)": r"customer-comments",
    "a platform's compensation to buyers (平台赔付, 优惠券补偿, 平台折價券補貼)": r"(平台赔付|优惠券补偿|平台折價券補貼).*",
}  # fmt: skip


_SENT_ALONE_HABITS45 = {  # a page printed by the browser, a chat, a store column, a 12315 transfer, an 8D, a credit
    "a platform page printed by the browser with its address": ("售后服务单详情", r"https://\S+"),
    "a chat transcript under a complaint": (r"\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\]", "买家"),
    "a store code column on a return (門市代號)": ("門市代號",),
    "a 12315 transfer with the consumer's 诉求": ("12315", "诉求"),
    "an 8D from consumer complaints with their sources (客訴來源)": ("客訴來源",),
    "marketplace claims credited (SAFE-T, A-to-z)": ("SAFE-T", "A-to-z"),
}
_HABITS45 = frozenset({*_TEXT_HABITS45, *_SENT_ALONE_HABITS45})


HOLDOUT45 = HoldoutSet(
    name="holdout45",
    about=(
        "The forty-fifth held-out layouts (tests/holdout45) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints from\n"
        "the consumer channel: an after-sales ticket exported from a platform's seller backend (a heading row\n"
        "over the ticket's row: 售后单号, 订单编号, 买家昵称, 售后类型 退货退款 / 仅退款, 退款金额, 退货物流单号), a 400\n"
        "hotline record (来电时间, a masked caller 张** / 138****5678, 投诉内容, 处理结果, 受理人), a Taiwanese 客服中心\n"
        "客訴紀錄 (會員編號, 發票號碼, 取貨門市), a product safety incident report, an 8D opened from a batch of\n"
        "consumer complaints (the count by month in a table), an English 8D with the return rate by month, a\n"
        "distributor's 退货申请单 with store codes, a return built from an Amazon-style return report (order-id,\n"
        "asin, sku, reason DEFECTIVE, customer-comments), a 销售折让单 for a platform's compensation (平台赔付,\n"
        "优惠券补偿) and its zh-Hant twin from a shopping site (消費者退貨補償, 平台折價券補貼); sent as PDF\n"
        "only: a seller backend's 售后服务单详情 printed by the browser (Chromium), a\n"
        "complaint forwarded with its chat transcript (Chromium), a 經銷商退貨申請單 with a 門市代號 column\n"
        "(Chromium), a 12315 消费者投诉转办单 (fpdf2), a zh-Hant 8D from 消費者客訴 (fpdf2), an English credit note\n"
        "for marketplace claims (SAFE-T, A-to-z, coupons; fpdf2); two odd files (an after-sales ticket whose\n"
        "订单编号 is masked; a ticket whose 订单编号 is a money cell).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout45/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout45 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "338/457 = 74.0 % (Excel 131/181, PDF 207/276: printed from Excel 131/181, sent as PDF only 76/95), "
        "14 wrong, 1 silent: the 12315 transfer's 企业处理人 read as the regulator's 承办人 周** (the line under it); "
        "flagged: the retailer's store codes read as the part numbers (xlsx, PDF, 6), the Amazon report's return-date "
        "as the note's date and customer-comments as its reason (xlsx, PDF, 4), an 8D's D6 cut at its leading month "
        "(2), the 京东 page's masked 客户信息 line as its 所属店铺; missing (105): the platform export's heading-over-value row (8 of 13, xlsx, PDF), "
        "the safety incident report's English labels (10 of 15, xlsx, PDF), the hotline's and the 客訴紀錄's 来电时间, "
        "问题数量 / 異常數量, 客户诉求 换新 / 顧客要求 換貨, 处理结果 / 處理說明, 班长复核, 客訴類別, 客服人員, the chat "
        "transfer's and the 京东 page's 转单编号 / 服务单号 / 店铺 / 申请时间 / 服务类型, the Amazon report's sku / "
        "product-name / unit-cost columns (18) and Disposition, the distributor as 经销商 / 經銷商 (3), the 8Ds' Model "
        "and 投诉汇总单号, the platform compensation's 项目 lines (4), Customer EIN; 0 invented; kinds 21 of 26 (the "
        "platform export, the 京东 page, the chat transfer, the 12315 transfer not recognised); odd files: both an "
        "unknown_kind error without --kind, with --kind complaint a record with required errors (the masked order "
        "4219********3321 held without a word); profiles 197/218 = 90.4 %, 1 silent (8d-zh-"
        "batch.pdf: a month row fewer moves D2 onto the count table); learned on the PDFs 110/120, 1 silent"
    ),
    floors=Floors(
        excel=1.0,  # 181/181 after reread47 (see floors_history)
        pdf=0.992,  # 274/276
        sent_as_pdf=0.978,  # 93/95
        recognised=26,
        profile_excel=0.954,  # 208/218
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.966,  # 116/120
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at fcbdf6fb) Excel 131/181 = 72.4 %, PDF 207/276 = 75.0 % (printed from Excel",
        "131/181 = 72.4 %), sent as PDF only 76/95 = 80.0 %: 338/457, 14 wrong (1 silent), 0 invented; kinds 21/26",
        "HOLDOUT45_FLOOR_EXCEL = 0.723 — 131/181 before any fix",
        "HOLDOUT45_FLOOR_PDF = 0.75 — 207/276 before any fix",
        "HOLDOUT45_FLOOR_SENT_AS_PDF = 0.8 — 76/95 before any fix",
        "HOLDOUT45_RECOGNISED_NOW = 21 — of 26 read without --kind before any fix",
        "HOLDOUT45_SILENT_NOW = 1 — the 12315 transfer's 企业处理人 read as the regulator's 承办人 (PDF)",
        "HOLDOUT45_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 197/218 = 90.4 %",
        "HOLDOUT45_FLOOR_PROFILE_EXCEL = 0.903 — 197/218 before any fix (learned on the PDFs: 110/120 = 0.916)",
        "HOLDOUT45_PROFILE_SILENT_NOW = 1 — 8d-zh-batch.pdf: a month row fewer on copy2 moves D2 onto the count table",
        "-- rh45: a masked value warned (value_masked), the consumer channel's words for a complaint's fields (售后单号,",
        "服务单号, 转单编号, 申请时间, 来电时间, 转单日期, 店铺名称, 所属店铺, 店铺, 问题数量, 异常数量, 售后类型, 服务类型, 买家诉求,",
        "顾客要求, 诉求, 投诉问题, 问题摘要, 退款金额, 处理客服, 转单客服, 客服人员, 企业处理人, 商品编号, 商品编码) and requests",
        "(退货退款 return, 仅退款 compensation, 换新 replacement): 376/457 = 82.3 %, 13 wrong (0 silent); kinds 26/26",
        "HOLDOUT45_FLOOR_EXCEL = 0.795 — 144/181 after rh45",
        "HOLDOUT45_FLOOR_PDF = 0.84 — 232/276 after rh45",
        "HOLDOUT45_FLOOR_SENT_AS_PDF = 0.926 — 88/95 after rh45",
        "HOLDOUT45_RECOGNISED_NOW = 26 — after rh45",
        "HOLDOUT45_SILENT_NOW = 0 — after rh45 (the 12315 承办人 周** warned value_masked; 企业处理人 read)",
        "HOLDOUT45_FLOOR_PROFILE_EXCEL = 0.931 — 203/218 after rh45 (learned on the PDFs: 113/120 = 0.941), 1 silent",
        "-- merged with choice40 (lead): 返厂维修 on the retailer's return (xlsx and its print) is reported, not read",
        "repair: 返厂 begins as the field's 返工 / 返修 words do, an option the field lacks (choice40's _kin), so the",
        "phrase names two options apart: an invalid_choice error on the cell, not silent; 374/457, 0 silent",
        "HOLDOUT45_FLOOR_EXCEL = 0.79 — 143/181 after choice40 (lowered: a value right by the old reading now reported)",
        "HOLDOUT45_FLOOR_PDF = 0.836 — 231/276 after choice40 (the same field on the print)",
        "HOLDOUT45_FLOOR_PROFILE_EXCEL = 0.922 — 201/218 after choice40 (返厂维修 reported on the retailer's copy2, xlsx and",
        "its print; learned on the PDFs 112/120 = 0.933), 1 silent as before (8d-zh-batch.pdf's D2)",
        "-- channel41: a retailer's safety incident report's English labels (Incident No., Retailer, Store order ref.,",
        "Model No., Units sold, Incidents reported, Description of incident, Request to manufacturer, Report prepared",
        "by; Product safety manager warned), a return from a marketplace report (sku warned, product-name, unit-cost;",
        "the return-date column yields to the header's Date; a sentence going on after its comma holds no label) or a",
        "distributor's (经销商, 商品编码 warned before 门店编码), 返厂维修 / Refurbish a repair (no longer reported: a word",
        "of repair), 申请数量 a complaint's faulty units, 申请原因 / 质量问题 / 商品瑕疵, 投诉人, 赔偿 (退货退款并赔偿 split),",
        "班长, 处理说明 (warned), 投诉汇总单号, Model (a code), 项目, Customer EIN, '4 月…' no list number: Excel 180/181,",
        "PDF 273/276 (printed from Excel 180/181), sent as PDF only 93/95: 453/457, 1 wrong (0 silent), 0 invented;",
        "kinds 26/26; the issue's targets reached on the generic reading (targets=True)",
        "HOLDOUT45_FLOOR_EXCEL = 0.994 — 180/181 after channel41",
        "HOLDOUT45_FLOOR_PDF = 0.989 — 273/276 after channel41",
        "HOLDOUT45_FLOOR_SENT_AS_PDF = 0.978 — 93/95 after channel41",
        "HOLDOUT45_FLOOR_PROFILE_EXCEL = 0.954 — 208/218 after channel41 (learned on the PDFs: 116/120 = 0.966), 1 silent",
        "as before (8d-zh-batch.pdf's D2 on copy2: a month row fewer moves D2 onto the count table)",
        "-- silent41: copy2's D2 label printed on the count table's last line ('26' beside it) — the PDF-learned",
        "profile counts the boxes lined up with the label against those learned (profile_value_unplaced), the",
        "Excel-learned one warns a text area of a figure alone (value_bare_figure): 201/218, 112/120, 0 silent",
        "HOLDOUT45_PROFILE_SILENT_NOW = 0 — after silent41",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 1 (0 unwarned) on main's reader, 1 (0 unwarned) after the revision-history mend; HOLDOUT45_UNLISTED_SILENT_NOW = 0",
        "-- weak46 (head words for labels read loosely or in two unknown halves; day-first countries):",
        "453/457 → 455/457 (bench/holdout_score.py, 0 silent)",
        "HOLDOUT45_FLOOR_EXCEL = 1.0 — 181/181 after weak46",
        "HOLDOUT45_FLOOR_PDF = 0.992 — 274/276 after weak46",
        "-- lowered with a reason (the lead, after the final run r46b): weak46's loose labels read `Units sold (batch)`",
        "(lot_no 0.84 by its bracketed gloss) by its head word as ship_qty, right; the mend that keeps a label holding",
        "a field's own label nearly whole (0.7 and up: `Effectiveness check by`, D6's label, read as the closure's",
        "approver, eightd42/43) out of the loose labels leaves it missing again (not wrong): 180/181, PDF 273/276",
        "HOLDOUT45_FLOOR_EXCEL = 0.994 — 180/181; HOLDOUT45_FLOOR_PDF = 0.989 — 273/276",
        "-- reread47: the 0.7 cut replaced by the rule meant (a field's own label whole with a head word is that",
        "field's attribute, head_words.own_label_and_head): `Units sold (batch)` read again by its head word",
        "(warned), `Effectiveness check by` still unread: 455/457 (bench/holdout_score.py, 0 silent)",
        "HOLDOUT45_FLOOR_EXCEL = 1.0 — 181/181 after reread47; HOLDOUT45_FLOOR_PDF = 0.992 — 274/276 after reread47",
    ),
    targets=True,
    shape=_SHAPE28,  # at least its shape: 15 layouts (here 16), 24 filled files (here 26), six sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS45), _SENT_ALONE_HABITS45),
    habits_wanted=_HABITS45,
    second_copies=8,
    second_sent_as_pdf=2,
    # an after-sales ticket whose 订单编号 is masked; a ticket whose 订单编号 is a money cell
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-maskedorder", "complaint-orderamount"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout47
_TEXT_HABITS47 = {
    "a steel mill's 质量异议单 (异议编号, 异议件数, 处理意见)": r"异议编号|异议件数|处理意见",
    "a heat and a coil number (炉号, 卷号, Heat No., Coil No.)": r"炉号|卷号|Heat No\.|Coil No\.",
    "a steel size written thickness × width × C (2.0×1250×C)": r".*\d+(\.\d+)?×\d+×C",
    "a weight's unit in the header (异议重量(吨), Claimed weight (MT))": r".*(\(吨\)|\(MT\))",
    "marked options of a 处理意见 (■降级 □改判 □退货 □让步接收)": r"[■□]降级.*[■□]让步接收",
    "a COA against the customer's own test (粘度, out of spec)": r".*out of spec.*",
    "counts in coils and drums (12 卷, 40 桶)": r"\d+ (卷|桶)",
    "a length beside the rolls (12 卷（36,000 m）)": r"\d+ 卷（[\d,]+ m）",
    "a thickness with its tolerance (0.05 mm ±5 %)": r"\d+\.\d+ mm ±\d+ %",
    "a weight in tons with three decimals beside the coils (4 coils (86.150 MT))": r"\d+ coils \(\d+\.\d{3} MT\)",
    "a garment's AQL sampling line (AQL 2.5 抽檢 200 件)": r"AQL 2\.5 .*",
    "a price per ton (单价(元/吨), Rate (USD/MT))": r"单价\(元/吨\)|Rate \(USD/MT\)",
    "an allowance for 降级使用 computed per ton (依据：…按吨补偿)": r"依据：.*按吨.*",
}  # fmt: skip


_SENT_ALONE_HABITS47 = {  # a mill's printed form, a test certificate, reams, drums, fabric, paper
    "a mill's printed 质量异议处理单 with 让步接收 marked": ("质量异议处理单", "■让步接收", r"\d+\.\d{3} 吨"),
    "a claim quoting a mill test certificate (EN 10204 3.1, yield strength)": ("EN 10204", "Yield strength"),
    "an 8D for a carton's colour difference in reams (令, g/m²)": ("令", "g/m2", "ΔE"),
    "a return of drums with a net weight per drum": ("kg/drum",),
    "a fabric return in 匹 and 碼": ("匹數", "碼數"),
    "a paper allowance in reams (數量(令))": (r"數量\(令\)",),
}
_HABITS47 = frozenset({*_TEXT_HABITS47, *_SENT_ALONE_HABITS47})


HOLDOUT47 = HoldoutSet(
    name="holdout47",
    about=(
        "The forty-seventh held-out layouts (tests/holdout47) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "the process industries, where quantities are weights, lengths and rolls and the evidence is a test\n"
        "certificate: a steel mill's 质量异议单 (异议编号, 用户单位, 炉号, 卷号, 规格 2.0×1250×C, 异议重量(吨), 异议金额,\n"
        "处理意见 ■降级 □改判 □退货 □让步接收), a coatings maker's 客户投诉处理单 with a COA against the customer's\n"
        "test (粘度 out of spec, 40 桶, 净重 200 kg/桶), an English Quality Claim of a steel buyer (Heat No., Coil\n"
        "No., Claimed weight (MT)), a zh-Hant 客訴處理單 of a garment buyer (款號, 色號, 縮水率, AQL 2.5), an\n"
        "English 8D for a coil's surface defect, an 8D 报告 for a BOPP film with a thickness table, a 退货单 in\n"
        "tons (重量(吨) in the header, 23.456, 单价 4,850 元/吨, 金额 113,761.60), a 销售折让证明单 for 降级使用\n"
        "per ton, an English credit note settling a claim per MT; sent as PDF only: a mill's printed\n"
        "质量异议处理单 (fpdf2), a claim quoting a mill test certificate (Chromium), a zh-Hant 8D for a carton's\n"
        "色差 in 令 (fpdf2), an English return of drums (Chromium), a zh-Hant 退貨單 of fabric in 匹 and 碼\n"
        "(fpdf2), a zh-Hant 銷貨折讓證明單 for paper in 令 (Chromium); two odd files (a 退货单 whose weight\n"
        "column mixes 吨 and kg; a weight in tons typed with a decimal comma).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout47/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout47 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "320/383 = 83.6 % (Excel 118/140, PDF 202/243: printed from Excel 118/140, sent as PDF only 84/103), "
        "2 wrong, 0 silent: flagged, the 依据 line above the allowance's lines read as its 异议编号 (xlsx, PDF); "
        "missing (61): the mill's 质量异议单 words (异议编号, 用户单位 / 用户名称, 合同号, 炉号, 异议件数 / 异议数量, 异议类别, "
        "异议金额, 异议内容, 用户要求, 处理意见, 销售科长; 9 of 15 on the xlsx and its print, 11 of 14 on the printed "
        "处理单), the English claim's Contract No., Heat No., Coils claimed, Claim request (xlsx, PDF) and the test "
        "certificate claim's (Heat No., Coils claimed, Requested settlement, Claimed by; not recognised as a complaint), "
        "the 8Ds' Product code / 产品编码 and Qty complained / 客訴數量 120 令, the English 8D's D7 Prevent recurrence, "
        "款號 Style No., the allowance's 项目 lines, the steel return's 异议编号, the drums' Drums returned and Price per "
        "drum; kinds 23 of 24; a weight in tons in a whole quantity (absent): 23.456 read 23456 with a word (the "
        "return's and the allowance's prints, 4, flagged), nothing on the xlsx; odd files: both a record with errors "
        "(23,456 read 23456 with low_confidence and an amount mismatch; 23.456 吨 invalid_qty, 22,918 kg low_confidence); "
        "profiles 161/163 = 98.8 %, 0 silent; learned on the PDFs 86/87, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at e9aa3d76) Excel 118/140 = 84.3 %, PDF 202/243 = 83.1 % (printed from Excel",
        "118/140 = 84.3 %), sent as PDF only 84/103 = 81.6 %: 320/383, 2 wrong (0 silent), 4 invented (flagged); kinds 23/24",
        "HOLDOUT47_FLOOR_EXCEL = 0.842 — 118/140 before any fix",
        "HOLDOUT47_FLOOR_PDF = 0.831 — 202/243 before any fix",
        "HOLDOUT47_FLOOR_SENT_AS_PDF = 0.815 — 84/103 before any fix",
        "HOLDOUT47_RECOGNISED_NOW = 23 — of 24 read without --kind before any fix (the test certificate claim not)",
        "HOLDOUT47_SILENT_NOW = 0",
        "HOLDOUT47_INVENTED_SILENT_NOW = 0 — 23.456 t read 23456 in a whole quantity, flagged (ambiguous_thousands)",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 161/163 = 98.8 %",
        "HOLDOUT47_FLOOR_PROFILE_EXCEL = 0.987 — 161/163 before any fix (learned on the PDFs: 86/87 = 0.988)",
        "HOLDOUT47_PROFILE_SILENT_NOW = 0",
        "-- rh47: the steel trade's words for a complaint (异议编号, 用户单位, 用户名称, 合同号 / Contract No., 炉号 / Heat",
        "No., 异议件数, 异议数量, 异议类别, 异议内容, 用户要求 / Claim request, 异议金额, 销售科长; 异议编号 on a return, an",
        "allowance, an 8D; an 8D's 产品编码 / Product code), 让步接收 a concession, 补偿 compensation, coils / rolls / drums /",
        "令 / 匹 count words: 365/383 = 95.3 %, 0 wrong; kinds 24/24",
        "HOLDOUT47_FLOOR_EXCEL = 0.957 — 134/140 after rh47",
        "HOLDOUT47_FLOOR_PDF = 0.95 — 231/243 after rh47",
        "HOLDOUT47_FLOOR_SENT_AS_PDF = 0.941 — 97/103 after rh47",
        "HOLDOUT47_RECOGNISED_NOW = 24 — after rh47 (Heat No., Claimed by … name the test certificate claim a complaint)",
        "HOLDOUT47_FLOOR_PROFILE_EXCEL = 1.0 — 163/163 after rh47 (learned on the PDFs: 87/87 = 1.0)",
        "-- rh47b: a quantity or a price named by what is counted (Coils claimed = Qty claimed, Drums returned, Price",
        "per drum = Unit price), 款号 / Style No. the part, a settlement's 项目 its lines, Claimed by the reporter:",
        "379/383 = 99.0 %, 0 wrong, 0 silent",
        "HOLDOUT47_FLOOR_EXCEL = 0.985 — 138/140 after rh47b",
        "HOLDOUT47_FLOOR_PDF = 0.991 — 241/243 after rh47b",
        "HOLDOUT47_FLOOR_SENT_AS_PDF = 1.0 — 103/103 after rh47b",
        "-- left41: a per-unit rate's slash is no list's separator (Compensation USD 100/MT one option and its",
        "remark): 381/383 = 99.5 % (Excel 139/140, PDF 242/243); floors raised to it",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 8 (0 unwarned) on main's reader, 8 (0 unwarned) after the revision-history mend; HOLDOUT47_UNLISTED_SILENT_NOW = 0",
        "-- eightd43: a D7 text's own words decide its field (the lead's decision): 8d-en-coil's Strip-break roll check",
        "added to the mill's standard. names no other place and no lesson, so it is the lessons learned, read and warned",
        "(low_confidence); the expected file followed the rule (was the horizontal deployment): 383/383 (Excel 140/140,",
        "PDF 243/243), 0 wrong, 0 silent",
        "HOLDOUT47_FLOOR_EXCEL = 1.0 — 140/140 after eightd43",
        "HOLDOUT47_FLOOR_PDF = 1.0 — 243/243 after eightd43",
    ),
    targets=False,
    shape=_SHAPE28,  # at least its shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS47), _SENT_ALONE_HABITS47),
    habits_wanted=_HABITS47,
    second_copies=6,
    second_sent_as_pdf=1,
    # a 退货单 whose weight column mixes 吨 and kg; a weight in tons typed with a decimal comma
    odd_kinds=(None, "return"),
    odd_with_a_record=frozenset({"return-mixedunits", "return-commaweight"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout48
_TEXT_HABITS48 = {
    "a serial number's English and Chinese names together (Serial No. / 机身编号)": r"Serial No\. / 机身编号",
    "running hours with a thousands separator (1,250 h)": r"\d{1,3},\d{3} h",
    "a failed part number with a slash (AE-37/0412, HP-2040/A)": r"[A-Z]{2}-\d{2,4}/[0-9A-Z]+",
    "a warranty claim's cost lines (Labour hours, Parts cost, Travel, Total claimed)": r"Labour hours|Parts cost|Travel|Total claimed",
    "a field service report's words (服务工程师, 到达时间, 故障现象, 处理过程, 更换配件, 客户签字)": r"服务工程师|到达时间|故障现象|处理过程|更换配件|客户签字",
    "a warranty box ticked (保固期內 ☑是 ☐否)": r"☑是\s+☐否",
    "a construction machine's 三包 claim (出厂编号, 故障件图号)": r"出厂编号|故障件图号",
    "a serial number typed like a month (出厂编号 2026-03)": r"\d{4}-\d{2}",
    "a field failure with the line's downtime (Downtime 6 h)": r".*Downtime \d+ h.*",
    "counts in whole units and sets (5 台, 3 units, 2 sets)": r"\d+ (台|units|sets)",
    "a unit in the header (核准数量(台), 单价(元/台), Unit price (per set))": r".*\((台|元/台|per set)\)",
    "a service call's costs as lines (配件费, 工时费, 差旅费)": r"(配件费|工时费).*",
    "an RMA request (RMA No.)": r"RMA No\.",
}  # fmt: skip


_SENT_ALONE_HABITS48 = {  # a phone app's print, a dealer portal, a compressor 8D, units, a repair allowance, a credit memo
    "an engineer's service report printed from a phone app (服务工单详情, 报修时间)": ("服务工单详情", "报修时间", "App"),
    "a dealer's warranty claim portal print (Hours of operation, Total claimed)": ("Dealer Portal", "Hours of operation", "Total claimed"),
    "a zh-Hant 8D of a compressor with the line's downtime (3 台, 停機 6 h)": ("客訴數量", r"\d 台", "停機 6 h"),
    "a zh-Hant return of whole units (核准台數, 單價(元/台))": ("核准台數", r"單價\(元/台\)"),
    "a zh-Hant allowance for a warranty repair (工資, 差旅費)": ("保固維修", "工資", "差旅費"),
    "an English credit memo of a warranty claim (Labour hours, Travel)": ("Credit Memo", "Labour hours", "Travel"),
}  # fmt: skip
_HABITS48 = frozenset({*_TEXT_HABITS48, *_SENT_ALONE_HABITS48})


HOLDOUT48 = HoldoutSet(
    name="holdout48",
    about=(
        "The forty-eighth held-out layouts (tests/holdout48) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints about\n"
        "machinery and equipment through after-sales and dealers: a dealer's warranty claim (Serial No. /\n"
        "机身编号, Hours of operation 1,250 h, Failed part No. AE-37/0412, Labour hours, Parts cost, Travel, Total\n"
        "claimed), a 现场服务报告 (服务工程师, 到达时间, 故障现象, 处理过程, 更换配件, 客户签字; 机身编号 20260305001 typed\n"
        "as a number), a zh-Hant 維修／保固申請表 (保固期內 ☑是 ☐否), a construction machine's 三包索赔单 (经销商,\n"
        "整机型号, 出厂编号 2026-03, 故障件图号), an English field failure 8D (Downtime 6 h, 3 units), an 8D 报告\n"
        "for a pump's seal leak with a table of the failed units, a 退货单 of whole units (台), an RMA request\n"
        "(2 sets, Unit price (per set)), a 销售折让证明单 for a service call (配件费, 工时费, 差旅费, 大写); sent as\n"
        "PDF only: a service report printed from a phone app, a dealer's claim portal print, a zh-Hant 8D for\n"
        "a compressor (3 台, 停機 6 h), a zh-Hant 退貨單 of whole units (核准台數, 單價(元/台)), a zh-Hant\n"
        "折讓證明單 for a warranty repair (工資, 零件, 差旅費), an English credit memo for parts, labour and\n"
        "travel; two odd files (a serial number Excel turned into a date; a quantity in sets and pieces).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout48/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout48 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "317/388 = 81.7 % (Excel 115/142, PDF 202/246: printed from Excel 115/142, sent as PDF only 87/104), "
        "6 wrong, 0 silent: flagged, the failed part's number read as the machine's model (Failed part No. AE-37/0412, "
        "HP-2040/A; xlsx, PDF, portal), the form's own number 表单编号 SV-QR-03 read as the service report's (PDF), the "
        "date of failure read as the 保固申請表's 申請日期 (xlsx, PDF); missing (65): the after-sales words (服务单号 / "
        "工单编号, 报修日期 / 报修时间, 客户单位, 设备名称 / 设备型号, 机身编号 / 機台序號 / 出厂编号 / Serial No., 故障现象 / "
        "故障描述, 处理过程, 服务工程师, 服务经理, 申請單號, 機型, 经销商 / Dealer, 整机型号, 故障件数量, 索赔类别, 索赔金额, "
        "索赔要求, 区域经理, Total claimed, Dealer request); kinds 18 of 24 (the service reports, the 三包索赔单, the "
        "phone app's print and the dealer portal's not recognised as complaints); the 8Ds' 機型 / D7; the units' 機型 "
        "column; the credit memo's lines; odd files: a record with errors or no record (the serial turned into a "
        "date not recognised; 2 套（8 件） read 2 with value_with_comment); profiles 127/128 = 99.2 %, 0 silent; learned "
        "on the PDFs 67/68, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=0.995,
        sent_as_pdf=0.99,
        recognised=24,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at df7f43af) Excel 115/142 = 81.0 %, PDF 202/246 = 82.1 % (printed from Excel",
        "115/142 = 81.0 %), sent as PDF only 87/104 = 83.7 %: 317/388, 6 wrong (0 silent), 0 invented; kinds 18/24",
        "HOLDOUT48_FLOOR_EXCEL = 0.809 — 115/142 before any fix",
        "HOLDOUT48_FLOOR_PDF = 0.821 — 202/246 before any fix",
        "HOLDOUT48_FLOOR_SENT_AS_PDF = 0.836 — 87/104 before any fix",
        "HOLDOUT48_RECOGNISED_NOW = 18 — of 24 read without --kind before any fix",
        "HOLDOUT48_SILENT_NOW = 0",
        "HOLDOUT48_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 127/128 = 99.2 %",
        "HOLDOUT48_FLOOR_PROFILE_EXCEL = 0.992 — 127/128 before any fix (learned on the PDFs: 67/68 = 0.985)",
        "HOLDOUT48_PROFILE_SILENT_NOW = 0",
        "-- rh48: after-sales words for a complaint about a machine (报修日期 / 报修时间, 设备名称, 设备型号 / 整机型号 /",
        "Machine model, 机身编号 / 机台序号 / 出厂编号 / Serial No., 故障现象 / 故障描述 / Failure description, 处理过程, 服务工程师,",
        "服务经理 / 区域经理 / Service manager, 经销商, 申请单号, 申请日期, 索赔日期, 故障件数量, 索赔类别, 索赔要求 / Dealer request /",
        "Requested, Submitted); a copies note (本报告一式两份) makes 表单编号 the blank's control line; Qty failed / 故障数量 and 机型",
        "(over a code) on an 8D, 机型 on a return's lines, Dealer / Dealer tax ID on a credit memo: 384/388 = 99.0 %, 0 wrong,",
        "0 silent; kinds 24/24",
        "HOLDOUT48_FLOOR_EXCEL = 0.992 — 141/142 after rh48",
        "HOLDOUT48_FLOOR_PDF = 0.987 — 243/246 after rh48",
        "HOLDOUT48_FLOOR_SENT_AS_PDF = 0.98 — 102/104 after rh48",
        "HOLDOUT48_RECOGNISED_NOW = 24 — after rh48",
        "HOLDOUT48_FLOOR_PROFILE_EXCEL = 1.0 — 128/128 after rh48 (learned on the PDFs: 68/68 = 1.0)",
        "-- review42: 機型 over a code on a complaint (保固申請表: 機型 VMC-850) is the machine's model, the part number (read,",
        "said low_confidence), no longer the part's name silently: 386/388 (Excel 142/142, PDF 244/246).",
        "HOLDOUT48_FLOOR_EXCEL = 1.0 — 142/142 after review42",
        "HOLDOUT48_FLOOR_PDF = 0.991 — 244/246 after review42",
        "-- review42: unlisted values (bench/holdout_score.py; the set came after scorer42, its ceiling never set): 3 unwarned",
        "at int42 (d21b880f) — complaint-zht-baogu part_name 'VMC-850' ×2 (機型's code as the part's name: a misread, mended",
        "above) and 8d-zht-compressor.pdf prevention.lessons_learned (D7 預防再發's text in the lessons learned, the expected",
        "file's horizontal deployment: a D7 member's choice, left to the 8D's step work, eightd42); 1 after review42",
        "HOLDOUT48_UNLISTED_SILENT_NOW = 1",
        "-- unlisted42: values in fields the expected file lists in neither fields nor absent: 3 (3 unwarned) on int42",
        "(d21b880f): 8d-zht-compressor.pdf D7 出廠滿載測試 2 h 納入標準。 read as lessons_learned (expected the deployment),",
        "complaint-zht-baogu xlsx+pdf 機型 VMC-850 read as part_name (expected part_no). After unlisted42 (机型 over a code is",
        "the part's code unless the part's number has a label of its own; a D7 text naming no other place read as the",
        "lesson, warned): 1 (0 unwarned), 386/388 = 99.5 % (Excel 142/142, PDF 244/246)",
        "HOLDOUT48_UNLISTED_SILENT_NOW = 0 — after unlisted42 and review42 merged (int42: 1 unlisted value, warned)",
        "HOLDOUT48_FLOOR_EXCEL = 1.0 — 142/142 after unlisted42",
        "HOLDOUT48_FLOOR_PDF = 0.991 — 244/246 after unlisted42",
        "-- left43: 申請單號 beside an allowance certificate's own number (折讓單號) read as the complaint it answers,",
        "warned (it may be the allowance's own application): 387/388 (Excel 142/142, PDF 245/246, sent as PDF only 103/104)",
        "HOLDOUT48_FLOOR_PDF = 0.995 — 245/246 after left43",
        "HOLDOUT48_FLOOR_SENT_AS_PDF = 0.99 — 103/104 after left43",
        "-- eightd43: a D7 text's own words decide its field (the lead's decision): 8d-zht-compressor's 出廠滿載測試 2 h",
        "納入標準。 names no other place and no lesson, so it is the lessons learned, read and warned (low_confidence); the",
        "expected file followed the rule (was the horizontal deployment, the reader said the guess since unlisted42):",
        "387/388 (Excel 142/142, PDF 245/246), 0 wrong, 0 silent, unlisted 0",
        "HOLDOUT48_FLOOR_PDF = 0.995 — 245/246 after eightd43",
    ),
    targets=False,
    shape=_SHAPE28,  # at least its shape: 15 layouts, 24 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS48), _SENT_ALONE_HABITS48),
    habits_wanted=_HABITS48,
    second_copies=6,
    second_sent_as_pdf=1,
    # a serial number Excel turned into a date; a quantity in sets and pieces
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-serialdate", "return-setspieces"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout49
_SHAPE49 = _shape_of(layouts=17, filled=28, sent_as_pdf=6, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS49 = {
    "a contractor's project and building part (项目名称, 楼栋/部位)": r"项目名称|楼栋/部位",
    "an area with its unit in the value (120 m², 1,008 ㎡)": r".*\d+(\.\d+)? ?(m²|㎡).*",
    "counts in boxes with the area beside (560 箱（1,008 ㎡）)": r"\d+ 箱（[\d,.]+ ㎡）",
    "a colour code that looks like a number beside the lot (色号 186)": r"\d{3}",
    "a colour difference measured (色差 ΔE 2.3)": r".*ΔE \d+(\.\d+)?.*",
    "counts in 万 (5万只, 1.2万只)": r"\d+(\.\d+)?万只",
    "an order number beside a work order (订单号, 工单号)": r"工单号",
    "a brand's artwork and colour standard (Artwork version, Pantone 186 C, AQL 1.0 / Major)": r"Pantone 186 C|AQL 1\.0 / Major",
    "a date written with dots (2026.3.5)": r"20\d\d\.\d{1,2}\.\d{1,2}",
    "counts in 樘 and a length in 延米 (36 樘, 35 延米)": r".*\d+ (樘|延米).*",
    "counts in labels with the rolls beside (48,000 labels (12 rolls))": r"[\d,]+ labels \(\d+ rolls\)",
    "pallets beside the counts (托数, 4 托)": r"托数|\d+ 托",
    "an allowance for a price-reduced lot per ㎡ (降价处理, 单价(元/㎡))": r"单价\(元/㎡\)|.*降价处理.*",
}  # fmt: skip


_SENT_ALONE_HABITS49 = {  # a contractor's letter, a portal print, glass, pallets, windows, doors
    "a contractor's letter with a photo caption block (函号, 图1：)": ("函号", "图1"),
    "a brand's portal print (Case ID, Pantone 186 C)": ("Case ID", "Pantone 186 C"),
    "an 8D for tempered glass in 片 (客訴數量 24 片)": ("客訴數量", r"24 片"),
    "a return of cartons on pallets (Pallets, pcs)": ("Pallets", r"\(pcs\)"),
    "an allowance for windows in 樘 (12 樘)": (r"\d+ 樘",),
    "a door return in 套 with the frame's length beside (門套線(米))": (r"\d+ 套", "門套線"),
}
_HABITS49 = frozenset({*_TEXT_HABITS49, *_SENT_ALONE_HABITS49})


HOLDOUT49 = HoldoutSet(
    name="holdout49",
    about=(
        "The forty-ninth held-out layouts (tests/holdout49) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "building materials, printing and packaging: a contractor's 工程质量问题反馈单 for a waterproofing\n"
        "membrane (项目名称, 施工单位, 楼栋/部位, 300 卷, 问题面积 120 m², 返工费用), a tile complaint (560 箱（1,008 ㎡）,\n"
        "色号 186 beside 批次), a paint complaint (色差 ΔE 2.3, 120 桶), a carton printer's 客户投诉单 (订单号 / 工单号,\n"
        "印张, 5万只 / 1.2万只, ☑印刷色差 ☐糊盒不良), a brand owner's packaging SCAR (Artwork version, Pantone 186 C,\n"
        "AQL 1.0 / Major), a Taiwanese 印刷廠 客訴單 (2026.3.5, 刀模), 8Ds for windows (36 樘, 35 延米) and printed\n"
        "labels (48,000 labels (12 rolls)), a 退货单 for cartons on pallets (托数), a 销售折让证明单 for a price-\n"
        "reduced lot of tiles (降价处理, 单价(元/㎡)), an English credit note for a reprinted label lot; sent as PDF only: a contractor's letter with a photo\n"
        "caption block (fpdf2), a brand's portal print (Chromium), a zh-Hant 8D for tempered glass (24 片,\n"
        "fpdf2), an English return of cartons on pallets (Chromium), a zh-Hant 折讓 for windows in 樘 (fpdf2),\n"
        "a zh-Hant 門窗 退貨單 in 套 with a 門套線(米) column (Chromium); two odd files (a 不良数量 typed as an area 120.5㎡;\n"
        "a returned quantity typed in pallets 3 托).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout49/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout49 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "398/452 = 88.1 % (Excel 157/175, PDF 241/277: printed from Excel 157/175, sent as PDF only 84/102), "
        "5 wrong, 0 silent: flagged, two actions in one phrase read as one option (返工并承担返工费用 rework only, "
        "退货重印 return only; xlsx, PDF) and the zh-Hant window allowance's 營業稅額 0 read 4108.00; missing (49): the "
        "contractor's words (反馈单号, 施工单位, 返工费用(元), 现场负责人; xlsx, PDF), the contractor's 函 not recognised "
        "as a complaint (函号, 发函单位, 供货数量, 问题数量, 问题情况, 我方要求, 联系人, 项目经理), the SCAR's Issued by "
        "(brand), Component code, Component, Lot size (pcs), Containment required (xlsx, PDF), the portal's Case ID, "
        "Brand owner, SKU, Item description, counts in 樘 (投诉数量 36 樘, xlsx, PDF; 數量 12 樘 / 4 樘), the label 8D's "
        "Label code, 48,000 labels (12 rolls), D7 Systemic prevention (xlsx, PDF), the glass 8D's D5 永久對策 and D7 "
        "防止再發, the credit note's SCAR ref. (xlsx, PDF), 区域经理, 跟单员, the pallets return's Disposition; kinds 27 "
        "of 28 (the 函 not); odd files: both a record with errors (120.5㎡ invalid_qty; 3 托 qty_in_packages and an "
        "amount mismatch); profiles 157/161 = 97.5 %, 0 silent; learned on the PDFs 85/87, 0 silent"
    ),
    floors=Floors(
        excel=0.96,
        pdf=0.96,
        sent_as_pdf=0.96,
        recognised=28,
        profile_excel=0.987,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.988,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at df7f43af) Excel 157/175 = 89.7 %, PDF 241/277 = 87.0 % (printed from Excel",
        "157/175 = 89.7 %), sent as PDF only 84/102 = 82.4 %: 398/452, 5 wrong (0 silent), 0 invented; kinds 27/28",
        "HOLDOUT49_FLOOR_EXCEL = 0.897 — 157/175 before any fix",
        "HOLDOUT49_FLOOR_PDF = 0.870 — 241/277 before any fix",
        "HOLDOUT49_FLOOR_SENT_AS_PDF = 0.823 — 84/102 before any fix",
        "HOLDOUT49_RECOGNISED_NOW = 27 — of 28 read without --kind before any fix (the contractor's 函 not)",
        "HOLDOUT49_SILENT_NOW = 0",
        "HOLDOUT49_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 157/161 = 97.5 %",
        "HOLDOUT49_FLOOR_PROFILE_EXCEL = 0.975 — 157/161 before any fix (learned on the PDFs: 85/87 = 0.977)",
        "HOLDOUT49_PROFILE_SILENT_NOW = 0",
        "-- rh49: doors and windows counted by the frame (樘) and labels by the label (count words); a building",
        "site's words (反馈单号, 施工单位 warned, 返工费用; a letter's 函号, 发函单位, 问题情况, 我方要求), 跟单员, 区域经理, a",
        "brand's (Case ID, Brand owner, Item description, Component, Lot size; SKU / Component code warned), a",
        "credit note's SCAR ref., a Taiwanese 8D's 防止再發; a sentence explaining an abbreviation (…（HST）后出货。)",
        "no label: 432/452 = 95.6 %, 6 wrong (0 silent); kinds 28/28",
        "HOLDOUT49_FLOOR_EXCEL = 0.96 — 168/175 after rh49",
        "HOLDOUT49_FLOOR_PDF = 0.953 — 264/277 after rh49",
        "HOLDOUT49_FLOOR_SENT_AS_PDF = 0.941 — 96/102 after rh49",
        "HOLDOUT49_RECOGNISED_NOW = 28 — after rh49 (the contractor's letter a complaint once its 樘 and its words read)",
        "HOLDOUT49_FLOOR_PROFILE_EXCEL = 0.987 — 159/161 after rh49 (learned on the PDFs: 86/87 = 0.988)",
        "-- review42: unlisted values (bench/holdout_score.py; the set came after scorer42, its ceiling never set): 8, 2",
        "unwarned — allowance-en-label tax_rate '0' ×2, looked at on the filled file and found right (VAT 0 % (EUR): an",
        "export credit note's rate; the expected file does not list it)",
        "HOLDOUT49_UNLISTED_SILENT_NOW = 2",
        "-- unlisted42: values in fields the expected file lists in neither fields nor absent: 8 (2 unwarned) after",
        "unlisted42; the 2 unwarned looked at on the filled file and found right: allowance-en-label xlsx+pdf tax_rate 0",
        "(its line VAT 0 % (EUR): an export credit note, no tax); the 6 warned: the 8D's D7 text (lessons_learned, warned:",
        "cannot tell lesson from deployment), complaint-zh-site part_no and root_cause (warned)",
        "HOLDOUT49_UNLISTED_SILENT_NOW = 2 — after unlisted42 (tax_rate 0 ×2, right)",
        "-- left43: allowance-zht-window's typed 營業稅額 0 read as the total tax (was 4108.00 computed at 13 %, flagged;",
        "now 0.00 with total_mismatch said); the contractor's letter's 函号 绿湖施函〔2026〕017号 kept as its number (a",
        "customer's number may hold GB/T 9704's 〔〕; was refused, invalid_doc_number): 434/452 (Excel 168/175, PDF",
        "266/277, sent as PDF only 98/102)",
        "HOLDOUT49_FLOOR_PDF = 0.96 — 266/277 after left43",
        "HOLDOUT49_FLOOR_SENT_AS_PDF = 0.96 — 98/102 after left43",
    ),
    targets=False,
    shape=_SHAPE49,  # at least its shape: 17 layouts, 28 filled files, six sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS49), _SENT_ALONE_HABITS49),
    habits_wanted=_HABITS49,
    second_copies=6,
    second_sent_as_pdf=1,
    # a 不良数量 typed as an area (120.5㎡); a returned quantity typed in pallets (3 托)
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset({"complaint-areadefect", "return-palletqty"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout50
_SHAPE50 = _shape_of(layouts=15, filled=25, sent_as_pdf=5, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS50 = {
    "a part number with its revision letter (7720-114-03 Rev C)": r"\d{4}-\d{3}-\d{2} Rev [A-Z]",
    "a serial number (SN2026-0031)": r"SN20\d\d-\d{4}",
    "quantities in EA (3 EA, 40 EA)": r"\d+ EA",
    "an MRB disposition as ticked boxes (☐ Use as is … ☑ Scrap ☐ RTV)": r"☐ Use as is.*☑ Scrap.*RTV.*",
    "a Requirement / Actual table": r"Requirement",
    "a review board's decision as ticked boxes (☑返修 ☐报废 ☐让步使用, ☑重工)": r".*☑(返修|重工).*",
    "a SAP QM quality notification (Notification type Q2, Coding, Defect location)": r"Notification type|Coding|Defect location",
    "a CAR's containment deadline (Containment due in 24 h)": r"Containment due in 24 h.*",
    "a disposition written as a code (RWK)": r"RWK",
    "a responsible unit and the quality loss (责任单位, 质量损失)": r"责任单位|质量损失\(元\)",
    "a concession / deviation (让步申请单号, 偏离许可)": r"让步申请单号|.*偏离许可.*",
    "an MRB charge-back's cost elements (Inspection cost, Rework labor, Scrap value)": r"(Inspection cost|Rework labor|Scrap value).*",
    "a shipyard's hull number (船号：H1521)": r"船号：H\d{4}.*",
}  # fmt: skip


_SENT_ALONE_HABITS50 = {  # an ERP's NCR, an MRB meeting record, a shipyard's CAR 8D, an RTV of fasteners, a 特採 allowance
    "an NCR printed from an ERP with its disposition as a code (UAI)": ("Disposition code", "UAI"),
    "an MRB meeting record (会议纪要, MRB 成员)": ("会议纪要", "MRB"),
    "a zh-Hant 8D answering a CAR in 組 (CAR, 2 組)": ("CAR", r"\d+ 組"),
    "an RTV of aerospace fasteners in 支 (RTV, 500 支)": ("RTV", r"\d+ 支"),
    "a 特採 allowance (特採單號)": ("特採單號",),
}
_HABITS50 = frozenset({*_TEXT_HABITS50, *_SENT_ALONE_HABITS50})


HOLDOUT50 = HoldoutSet(
    name="holdout50",
    about=(
        "The fiftieth held-out layouts (tests/holdout50) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "heavy industry, aerospace, rail and shipbuilding, where a complaint arrives as a nonconformance report\n"
        "and a review board decides: an AS9131-style NCR (P/N 7720-114-03 beside Rev C, S/N SN2026-0031, 40 EA /\n"
        "3 EA, a Requirement / Actual table, Detected at, ☐ Use as is ☐ Rework ☐ Repair ☑ Scrap ☐ RTV), a rail\n"
        "customer's 不合格品审理单 (审理结论 ☑返修 ☐报废 ☐让步使用, 责任单位, 质量损失), a Taiwanese 不合格品處置單\n"
        "(☐特採 ☑重工 ☐報廢 ☐退回供應商, 16 組), a SAP QM quality notification exported to Excel (Notification\n"
        "200004512, Notification type Q2, Coding, Defect location), a customer's CAR answered as an 8D\n"
        "(Containment due in 24 h, P/N … Rev C), a rail 8D (审理单号, 2 件), an RTV note (RTV No., NCR No., a Rev\n"
        "column, Disposition RWK), a shipyard's 退货单 for valves in 台 (船号 line), a 让步接收 allowance\n"
        "(让步申请单号, 偏离许可), a credit memo for an MRB charge-back (Inspection cost, Rework labor in hours,\n"
        "Scrap value); sent as PDF only: an NCR printed from an ERP (Disposition code UAI, fpdf2), an MRB meeting\n"
        "record (不合格品审理会议纪要, Chromium), a zh-Hant 8D answering a shipyard's CAR (2 組, fpdf2), a zh-Hant\n"
        "RTV 退貨單 for aerospace fasteners in 支 (Chromium), a zh-Hant 特採 allowance (24 組, fpdf2); two odd files\n"
        "(Qty nonconforming 1 LOT; an MRB disposition with two boxes ticked).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout50/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout50 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "360/415 = 86.7 % (Excel 143/166, PDF 217/249: printed from Excel 143/166, sent as PDF only 74/83), "
        "4 wrong, 0 silent: flagged, the concession allowance's 让步申请单号 read as the 依据 sentence under it (xlsx, "
        "PDF), the ERP NCR's Defect read the part's description, the zh-Hant 特採 allowance's 營業稅額 0 read 4274.40; "
        "missing (51): the review board's words (审理单号, 发现日期, 不合格描述; 處置單號, 不合格說明; "
        "会议编号, 会议日期; xlsx, PDF), the RTV note not recognised as a return (RTV No., RTV date, NCR No., "
        "Disposition RWK), the rail 8D's 立项日期, 审理单号, 产品图号, D4 根本原因（产生）, the "
        "MRB debit's NCR No. and Cost element lines, SAP's Sales order and Reference qty, the NCR's Date, the "
        "shipyard return's 审理单号 and 返修后重新交付 (a repair), the ERP NCR's Description and Disposition code UAI, 特採單號, "
        "NCR 編號; kinds 23 of 25 (the RTV note not); odd files: both a record with errors (1 LOT qty_word_unknown; "
        "two boxes ticked ticked_option_unknown); profiles 145/147 = 98.6 %, 0 silent; learned on the PDFs 79/80, "
        "0 silent"
    ),
    floors=Floors(
        excel=0.987,
        pdf=0.975,
        sent_as_pdf=0.951,
        recognised=25,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=4,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 504a2252) Excel 143/166 = 86.1 %, PDF 217/249 = 87.1 % (printed from Excel",
        "143/166 = 86.1 %), sent as PDF only 74/83 = 89.2 %: 360/415, 4 wrong (0 silent), 0 invented; kinds 23/25",
        "HOLDOUT50_FLOOR_EXCEL = 0.861 — 143/166 before any fix",
        "HOLDOUT50_FLOOR_PDF = 0.871 — 217/249 before any fix",
        "HOLDOUT50_FLOOR_SENT_AS_PDF = 0.891 — 74/83 before any fix",
        "HOLDOUT50_RECOGNISED_NOW = 23 — of 25 read without --kind before any fix (the RTV note, xlsx and PDF, not)",
        "HOLDOUT50_SILENT_NOW = 0",
        "HOLDOUT50_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 145/147 = 98.6 %",
        "HOLDOUT50_FLOOR_PROFILE_EXCEL = 0.986 — 145/147 before any fix (learned on the PDFs: 79/80 = 0.988)",
        "HOLDOUT50_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 7 (4 unwarned); HOLDOUT50_UNLISTED_SILENT_NOW = 4 — each looked at on its",
        "filled file: right (the form holds it; the expected file does not list it): responsible_unit ×2 (the rail",
        "审理单's 责任单位 供方（焊接车间）, xlsx and PDF), tax_rate ×2 (the MRB credit memo's VAT 0 %, read 0); warned (3):",
        "the MRB record's responsible_unit 锻造车间 (right, from the 审理结论 line), the zh-Hant 處置單's 品保主管 廖文彬",
        "read as sales_supervisor ×2 (a misread: the customer's quality head, not our sales supervisor; warned)",
        "-- the first measurement (360/419, same commit's reader) held three wrong expectations, corrected before any",
        "fix: 审理结论 ☑返修 and 返修后重新交付 are a REPAIR (GB/T 19000: 返工 rework, 返修 repair; ReturnHandling.REPAIR),",
        "not rework — the 审理单's 审理结论 is no complaint field (repair is no complaint disposition), the shipyard",
        "return's handling is repair; the RTV's Shipped by (stores) is the customer's stores, not our warehouse",
        "receiver (no field). The floors above are the corrected measurement",
        "-- rh50 (holdout50's fixes): a review board's record is the complaint (审理单号, 处置单号, 不合格描述 /",
        "不合格说明, 发现日期 warned) and the record an 8D, a return or an allowance follows (审理单号, NCR No., NCR",
        "编号, 让步申请单号, 特采单号); an RTV note a return (RTV No., RTV date); MRB codes RWK (a return's rework) and",
        "UAI (a concession), Disposition code; 返修 a return's repair (GB/T 19000); an 8D's 立项日期, 产品图号 / 图号,",
        "根本原因（产生）; SAP's Sales order; a charge-back's Cost element: 406/415 = 97.8 %, 2 wrong (0 silent);",
        "kinds 25/25",
        "HOLDOUT50_FLOOR_EXCEL = 0.987 — 164/166 after rh50",
        "HOLDOUT50_FLOOR_PDF = 0.971 — 242/249 after rh50",
        "HOLDOUT50_FLOOR_SENT_AS_PDF = 0.939 — 78/83 after rh50",
        "HOLDOUT50_RECOGNISED_NOW = 25 — after rh50 (the RTV note a return by its RTV No. / RTV date / NCR No.)",
        "HOLDOUT50_FLOOR_PROFILE_EXCEL = 1.0 — 147/147 after rh50 (learned on the PDFs: 80/80 = 1.0)",
        "unlisted values after rh50: 7 (4 unwarned), the same seven as before any fix",
        "-- left43: allowance-zht-concession's typed 營業稅額 0 read as the total tax (was 4274.40 computed at 13 %,",
        "flagged; now 0.00 with total_mismatch said): 407/415 (Excel 164/166, PDF 243/249, sent as PDF only 79/83)",
        "HOLDOUT50_FLOOR_PDF = 0.975 — 243/249 after left43",
        "HOLDOUT50_FLOOR_SENT_AS_PDF = 0.951 — 79/83 after left43",
    ),
    targets=False,
    shape=_SHAPE50,  # at least its shape: 15 layouts, 25 filled files, five sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS50), _SENT_ALONE_HABITS50),
    habits_wanted=_HABITS50,
    second_copies=6,
    second_sent_as_pdf=1,
    # Qty nonconforming 1 LOT; an MRB disposition with two boxes ticked
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-lotqty", "complaint-twodispositions"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout70
_SHAPE70 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS70 = {
    "a mould number (M2611-03, HJ-M-2206-A / #2)": r"M\d{4}-\d\d|HJ-M-\d{4}-[A-Z]( / #\d)?",
    "a cavity number (#3, #1、#2, Cav 2 of 4)": r"#\d(、#\d)*|Cav \d of \d",
    "injection-moulding defects ticked (☑缩水 ☐披锋 ☑飞边 ☐缺胶 ☐气纹)": r"[☑☐]缩水\s+[☑☐]披锋\s+[☑☐]飞边\s+[☑☐]缺胶\s+[☑☐]气纹",
    "a dimension with its tolerance in a table with a CPK (Φ12.00 +0.05/-0)": r"Φ\d+\.\d\d \+0\.\d\d/-0",
    "a die's shot range (模次 18520~19340)": r"\d{5}~\d{5}",
    "an X-ray inspection (X光 + 剖切)": r"X光.*",
    "a stamping burr height (毛刺 0.15mm)": r".*毛刺 0\.\d+mm.*",
    "a coil lot with its steel and size (SPCC 1.2×185 / C2610-117)": r"SPCC \d\.\d×\d+ / C\d{4}-\d{3}",
    "a resin grade (PA66-GF30)": r"PA66-GF30.*",
    "moulding conditions over three lines in one cell (料溫 / 射出壓力 / 冷卻時間)": r"料溫[^\n]*\n射出壓力[^\n]*\n冷卻時間[^\n]*",
    "a return line's unit in boxes or kg (箱, kg)": r"箱|kg",
    "a price per thousand pieces (单价（元/千件）)": r"单价（元/千件）",
    "a price per kg (Rate per kg (EUR))": r"Rate per kg.*",
    "boxes typed as count x size (2 x 100)": r"\d x \d+",
}  # fmt: skip


_SENT_ALONE_HABITS70 = {  # a Tool Correction Request, a die-caster's 8D, a 折讓單 per kg, a 退货单 in kg
    "a Tool Correction Request with the tool's shot count (Shot count 125,000)": (
        "TOOL CORRECTION REQUEST",
        "Shot count",
        r"125,000",
    ),
    "a die-caster's 8D with its die and shot range (D-114 / 41,200-42,900, X-ray)": (
        "8D PROBLEM SOLVING REPORT",
        "X-ray",
        "D-114",
    ),
    "a Taiwanese 折讓單 priced per kg (重量（kg）)": ("折讓單", r"重量\(kg\)"),
    "a die-caster's customer's 退货单 in kg (反馈单号)": ("退货单", "kg", "反馈单号"),
}
_HABITS70 = frozenset({*_TEXT_HABITS70, *_SENT_ALONE_HABITS70})


HOLDOUT70 = HoldoutSet(
    name="holdout70",
    about=(
        "The seventieth held-out layouts (tests/holdout70) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; moulds, dies and the\n"
        "parts made with them (injection moulding, die casting, stamping, mould makers): a customer's 注塑件质量\n"
        "异常单 (模号 M2611-03, 穴号 #3, 试模阶段, defects ticked 缩水 / 披锋 / 飞边 / 缺胶 / 气纹, a dimension table\n"
        "Φ12.00 +0.05/-0 with measured values and CPK), a die-caster's customer's 压铸件不良反馈单 (气孔, X光, 模次\n"
        "18520~19340, 材质 ADC12), a Taiwanese 模具廠's 客訴單 (模具編號, 成型條件 over three lines), an English\n"
        "customer NCR for a moulded part (Tool No., Cavity 2 of 4, Resin PA66-GF30), a stamping 8D (卷料批号, 毛刺\n"
        "0.15mm, 冲次), a Taiwanese moulder's 8D (模號 / 穴號), returns counted in 箱 and kg (a 单位 column, 每箱数量,\n"
        "箱數, Boxes 2 x 100), a 销售折让单 priced per 千件, an Irish die-caster's credit note per kg (VAT 23 %);\n"
        "sent as PDF only (fpdf2): a Tool Correction Request (Shot count 125,000), a die-caster's 8D (X-ray), a\n"
        "Taiwanese 折讓單 per kg, a die-caster's customer's 退货单 in kg; two odd files (不良数量 above 来料数量; a\n"
        "退货单 dated 2026/11/31).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout70/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout70 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "423/450 = 94.0 % with the final expected values (Excel 178/190, PDF 245/260: printed from Excel 177/190, "
        "sent as PDF only 68/70), 8 wrong, 4 silent: the English NCR's Raised By 'A. Hargreaves (Supplier Quality)' "
        "kept whole (xlsx, PDF), the 折让单's 审核 read '罗芳梁振华' (the 财务 name beside it joined, xlsx, PDF); missing "
        "19: the credit note's Weight (kg) and Rate per kg columns (×4 a file), its Supplier (the seller), the 折让单's "
        "纳税人识别号 (the buyer's) and 批准, the TCR's TCR No. and Date, the 异常单's 发 出 人, the 客訴單's 客訴單號; kinds "
        "26 of 26; odd files: both a record with a clear error (defect_qty_exceeds_ship_qty; invalid_date 2026/11/31); "
        "profiles 251/251 = 100 %, 0 silent; learned on the PDFs 130/130. (First measured 421/452, 6 silent, with two "
        "expectations corrected since: see floors_history)"
    ),
    floors=Floors(
        excel=0.978,
        pdf=0.976,
        sent_as_pdf=0.985,
        recognised=26,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=8,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 8067f258) Excel 177/191 = 92.7 %, PDF 244/261 = 93.5 % (printed from Excel",
        "176/191 = 92.1 %), sent as PDF only 68/70 = 97.1 %: 421/452, 10 wrong (6 silent), 0 invented; kinds 26/26",
        "HOLDOUT70_FLOOR_EXCEL = 0.926 — 177/191 before any fix",
        "HOLDOUT70_FLOOR_PDF = 0.934 — 244/261 before any fix",
        "HOLDOUT70_FLOOR_SENT_AS_PDF = 0.971 — 68/70 before any fix",
        "HOLDOUT70_RECOGNISED_NOW = 26 — of 26 read without --kind before any fix",
        "HOLDOUT70_SILENT_NOW = 6 — Raised By 'A. Hargreaves (Supplier Quality)' kept whole ×2, 审核 '罗芳梁振华' ×2,",
        "Disposition 'Scrap at supplier, credit to follow' read scrap and credit ×2",
        "HOLDOUT70_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 251/251 = 100 %",
        "HOLDOUT70_FLOOR_PROFILE_EXCEL = 1.0 — 251/251 before any fix (learned on the PDFs: 130/130 = 1.0)",
        "HOLDOUT70_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 13 (8 unwarned); HOLDOUT70_UNLISTED_SILENT_NOW = 8 — each looked at on its",
        "filled file. Right: tax_rate 0.23 (VAT @ 23%, ×2) and 0.13 (税额合计（13%）, ×2). Misreads: the 折让单's",
        "纳税人识别号 (printed under 购买方: the buyer's) read as seller.tax_id ×2; the 异常单's 审　　核 朱立伟 (the customer's",
        "reviewer) read as sales_supervisor ×2. Warned (5): documents_updated fmea / control_plan (right, ×3), the NCR's",
        "Approved By D. Whitcombe as approver (the customer's quality manager, ×2)",
        "-- the first measurement (413/452) expected the 折让单's count in 千件 (5) and the price a thousand (420.00);",
        "corrected before any fix to an earlier set's reading (6千件 is 6000): 5000 pieces at 0.42 a piece, and its",
        "second line (挑选工时 12 under 数量（千件）, hours in a column of thousands) made a line of pieces (卡扣返工费 3 千件)",
        "-- holdout70's fixes: captions side by side in a sign-off row each their own signer's (compound._joined_runs:",
        "财务 | 审核 over two names no label in pieces); a role phrase in brackets after a name set aside by its last",
        "word (guards.split_name: Supplier Quality, Financial Controller); a credit note priced by weight (Weight /",
        "重量 the line's count, Rate per kg / Price per kg its price); and one expectation corrected: the RMA's 'Scrap at",
        "supplier, credit to follow' is handling scrap AND credit (ReturnHandling.CREDIT: the goods' value credited), as",
        "the reader read it: 435/452 = 96.2 % (Excel 184/191, PDF 251/261: printed 183/191, sent as PDF only 68/70),",
        "4 wrong, 0 silent, 0 invented; kinds 26/26; profiles 251/251, 0 silent (PDFs 130/130); unlisted 13 (8",
        "unwarned, the same)",
        "HOLDOUT70_FLOOR_EXCEL = 0.963 — 184/191 after holdout70's fixes",
        "HOLDOUT70_FLOOR_PDF = 0.961 — 251/261 after holdout70's fixes",
        "HOLDOUT70_SILENT_NOW = 0 — the name with its role read alone, the two signers no longer joined (the 审核 box",
        "now reads the 经办 name, flagged), the RMA's credit expected",
        "-- a second expectation corrected: the NCR's 'Containment Required' (the containment the customer asks of the",
        "supplier) is no field, as holdout44's and holdout65's SCARs hold it (a request, not our short-term action);",
        "main before any fix, measured again with the final expected values (8067f258 read on them): 423/450 = 94.0 %",
        "(Excel 178/190, PDF 245/260: printed 177/190, sent as PDF only 68/70), 8 wrong, 4 silent",
        "-- holdout70's second fixes: a code read on the line that prints 第 1 頁 共 1 頁 / Page 1 of 2 is the",
        "document-control line's (anchor._on_page_mark_line: the 客訴單's 表單編號：QR-8.2-05 no longer beats 客訴單號);",
        "a number label opening with the initials of a text on the page is the document's (head_words._titles_initials:",
        "TCR No. under TOOL CORRECTION REQUEST, beside Tool No.); 发出人 a complaint's reporter: 440/450 = 97.8 %",
        "(Excel 186/190, PDF 254/260: printed 185/190, sent as PDF only 69/70), 3 wrong, 0 silent, 0 invented; kinds",
        "26/26; profiles 249/249, 0 silent (the NCR's Containment Required no longer expected; learned on the PDFs",
        "129/129); unlisted 13 (8 unwarned, the same)",
        "HOLDOUT70_FLOOR_EXCEL = 0.978 — 186/190 after holdout70's second fixes",
        "HOLDOUT70_FLOOR_PDF = 0.976 — 254/260 after holdout70's second fixes",
        "HOLDOUT70_FLOOR_SENT_AS_PDF = 0.985 — 69/70 after holdout70's second fixes",
    ),
    targets=False,
    shape=_SHAPE70,  # at least its shape: 15 layouts, 26 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS70), _SENT_ALONE_HABITS70),
    habits_wanted=_HABITS70,
    second_copies=9,
    second_sent_as_pdf=1,
    # 不良数量 above 来料数量; 2026/11/31
    odd_kinds=(None, "complaint", "return"),
    odd_with_a_record=frozenset({"complaint-more-defects", "return-no-such-day"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout68
_SHAPE68 = _shape_of(layouts=15, filled=25, sent_as_pdf=5, absent=0, templates=frozenset({".pdf"}))


def _habits68_of_a_book(_book: Path, wb, seen: set[str]) -> None:
    """Grid paper (方眼紙): every column two or three characters wide, merged ranges of many widths, a value typed
    into its box's first cell running on over empty cells, a date's 年 / 月 / 日 in cells of their own, marks in
    cells of their own, a stamp row, an id one character a box, shaded full-width bars, the print fitted."""
    from openpyxl.utils import get_column_letter

    for ws in wb.worksheets:
        cols = ws.max_column
        widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, cols + 1)]
        if cols >= 30 and all(w and w <= 3 for w in widths):
            seen.add("方眼紙: every column two or three characters wide")
        ranges = list(ws.merged_cells.ranges)
        if len({m.max_col - m.min_col + 1 for m in ranges if m.min_row == m.max_row}) >= 6:
            seen.add("labels and values merged over ranges of many widths")
        values = {
            (c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")
        }
        tops = {(m.min_row, m.min_col) for m in ranges}
        if any(
            isinstance(v, str) and len(v) >= 8 and (r, c) not in tops and (r, c + 1) not in values
            and not ws.cell(r, c).alignment.wrap_text
            for (r, c), v in values.items()
        ):  # fmt: skip
            seen.add("a value typed into its box's first cell running on over the empty cells")
        texts = {v for v in values.values() if isinstance(v, str)}
        if {"年", "月", "日"} <= texts or {"Y", "M", "D"} <= texts:
            seen.add("a date's 年 / 月 / 日 each in a cell of its own, the figures between")
        if texts & {"■", "☑"} and texts & {"□", "☐"}:
            seen.add("options as □ / ■ / ☑ in cells of their own before their words")
        if {"批准", "审核"} <= texts or {"核准", "審核"} <= texts or {"Approved", "Checked"} <= texts:
            seen.add("a stamp row of square boxes (批准 / 审核 / 编制, Approved / Checked / Prepared)")
        for r in {r for r, _c in values}:
            run = 0
            for c in range(1, cols + 1):
                v = values.get((r, c))
                run = run + 1 if isinstance(v, str) and len(v) == 1 and v.isalnum() else 0
                if run >= 8:
                    seen.add("an id typed one character a box")
        for m in ranges:
            cell = ws.cell(m.min_row, m.min_col)
            if (
                m.min_col == 1
                and m.max_col == cols
                and m.min_row == m.max_row
                and cell.fill.fill_type == "solid"
            ):
                seen.add("section titles in shaded full-width bars")
        if ws.print_area and ws.page_setup.fitToHeight in (1, "1"):
            seen.add("a print area fitted to one page")
        if ws.row_breaks.brk:
            seen.add("a manual page break: the form over two printed pages")


_BOOK_HABITS68 = (
    "方眼紙: every column two or three characters wide",
    "labels and values merged over ranges of many widths",
    "a value typed into its box's first cell running on over the empty cells",
    "a date's 年 / 月 / 日 each in a cell of its own, the figures between",
    "options as □ / ■ / ☑ in cells of their own before their words",
    "a stamp row of square boxes (批准 / 审核 / 编制, Approved / Checked / Prepared)",
    "an id typed one character a box",
    "section titles in shaded full-width bars",
    "a print area fitted to one page",
    "a manual page break: the form over two printed pages",
)

_SENT_ALONE_HABITS68 = {  # grid forms printed by LibreOffice, the workbook kept back
    "a grid form printed landscape, two fields a row, the phone one digit a box": (
        r"客\s*诉\s*联\s*络\s*单",
        "批准",
    ),
    "an 8D on grid paper over two printed pages in the Republic's years (115 年)": (
        r"D8",
        r"115\s*年",
        "核准",
    ),
    "a date as YYYY / MM / DD cells": (r"2026\s*/\s*\d\d\s*/\s*\d\d",),
    "纳税人识别号 eighteen boxes on grid paper": (r"纳税人识别号",),
}
_HABITS68 = frozenset({*_BOOK_HABITS68, *_SENT_ALONE_HABITS68})


def _committed68(held: HoldoutSet, written_to: Path) -> None:
    """The generator's files as every set's and its odd files, byte for byte — but the templates of the forms sent
    as PDF only are LibreOffice's prints of the blank sheets, written only when the PDFs are printed."""
    for sub, pattern in (
        ("expected", "*.json"),
        ("filled", "*.xlsx"),
        ("templates", "*.xlsx"),
        ("copy2/expected", "*.json"),
        ("copy2/filled", "*.xlsx"),
    ):
        written = sorted(p.name for p in (written_to / sub).glob(pattern))
        committed = sorted(p.name for p in (held.home / sub).glob(pattern))
        assert written == committed, sub
        for name in written:
            assert (written_to / sub / name).read_bytes() == (held.home / sub / name).read_bytes(), (
                f"{sub}/{name}"
            )
    for p in held.odd:
        name = load(p)["file"]
        assert (written_to / "odd" / name).read_bytes() == (held.home / "odd" / name).read_bytes(), name


HOLDOUT68 = HoldoutSet(
    name="holdout68",
    about=(
        "The sixty-eighth held-out layouts (tests/holdout68) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; Excel 方眼紙, forms\n"
        "drawn on grid paper (every column two or three characters wide): labels and values merged over ranges\n"
        "of many widths, values typed into a box's first cell and running on over its empty neighbours, a date's\n"
        "年 / 月 / 日 (Y / M / D, / /) each in a cell of its own, ids one character a box, □ / ■ / ☑ in cells of\n"
        "their own, stamp rows (批准 / 审核 / 编制, 核准 / 審核 / 經辦, Approved / Checked / Prepared) whose boxes\n"
        "hold the names, shaded full-width section bars, print areas fitted to one page (the 8Ds over two pages\n"
        "by a manual break), line tables drawn on the grid; complaint sheets, 8Ds, return notes and allowances in\n"
        "zh-Hans, zh-Hant and English, five sent as PDF only (LibreOffice's print of the sheet); two odd files\n"
        "(2026 年 2 月 30 日 in date cells; an 实退数量 of -35).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout68/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout68 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "453/481 = 94.2 % (Excel 180/191, PDF 273/290: printed from Excel 181/191, sent as PDF only 92/99), 9 wrong, "
        "0 silent; missing or flagged (28): a date over cells whose marks are Y / M / D or / (the year cell read as an "
        "Excel serial, 1905-07-18, flagged, in the workbooks; nothing in the PDFs: 13), the stamp boxes Checked / Issued "
        "(4) and the allowances' 批准 / 核准 (approved_by_gm, flagged, or the 经办's name: 3), the SST No. one character "
        "a box (2), 'TOTAL INCLUDING SST' read as the net (2, flagged), the D6 box '实施及效果确认' read as the action "
        "and D7 '預防再發' as lessons learned (3), ☐ / ☑ cells all read (1, flagged); kinds 23 of 25 (the RETURN "
        "MATERIAL NOTE not); odd files: both a record (2026 年 2 月 30 日 read 1905-07-18 with a low_confidence warning; "
        "-35 a negative_as_credit warning); profiles 208/234 = 88.9 %, 8 silent (the year cell read as a serial at the "
        "learned place); learned on the PDFs 128/133, 0 silent"
    ),
    floors=Floors(
        excel=0.968,
        pdf=0.968,
        sent_as_pdf=0.959,
        recognised=23,
        profile_excel=0.927,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.977,
        unlisted_silent=28,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 8067f258) Excel 180/191 = 94.2 %, PDF 273/290 = 94.1 % (printed from Excel",
        "181/191 = 94.8 %), sent as PDF only 92/99 = 92.9 %: 453/481, 9 wrong (0 silent), 0 invented; kinds 23/25",
        "HOLDOUT68_FLOOR_EXCEL = 0.942 — 180/191 before any fix",
        "HOLDOUT68_FLOOR_PDF = 0.941 — 273/290 before any fix",
        "HOLDOUT68_FLOOR_SENT_AS_PDF = 0.929 — 92/99 before any fix",
        "HOLDOUT68_RECOGNISED_NOW = 23 — of 25 read without --kind before any fix (the RETURN MATERIAL NOTE not, ×2)",
        "HOLDOUT68_SILENT_NOW = 0 — every wrong value flagged (the year cell of a Y / M / D date read as an Excel",
        "serial, 1905-07-18, with a low_confidence warning)",
        "HOLDOUT68_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 208/234 = 88.9 %",
        "HOLDOUT68_FLOOR_PROFILE_EXCEL = 0.888 — 208/234 before any fix (learned on the PDFs: 128/133 = 0.962)",
        "HOLDOUT68_PROFILE_SILENT_NOW = 8 — a date over 年 / 月 / 日 (or Y / M / D) cells read at the learned place of",
        "its year cell as an Excel serial ('1905-07-18' ×6, the 退貨單's ROC 115 as '1900-04-24'), unwarned; the SST",
        "No. one character a box read 'W' (its first box)",
        "unlisted values before any fix: 35 (28 unwarned); HOLDOUT68_UNLISTED_SILENT_NOW = 28 — each looked at on its",
        "filled file: the D1 grid tables' roles and departments (8D 报告 and 8D REPORT, xlsx and PDF: 24; the 8D 報告's",
        "four roles: 4), all right. Warned (not counted): the 8D 报告's D6 box as implementation[0].action and",
        "documents_updated fmea / control_plan (right), the 8D 報告's D7 as lessons_learned, the 折讓單's 核准 as",
        "approved_by_gm",
        "-- holdout68's fix 1: a date over cells between Y / M / D or / cells (a year of three or four digits first) is",
        "one date (compound.date_in_pieces), and a profile's date cell holding a year or a day alone reads the date",
        "over its row's cells, else is warned (profile.date_over_cells): 461/481 (Excel 183/191, PDF 278/290, sent as",
        "PDF only 94/99), 6 wrong, 0 silent; kinds 23/25; profiles 215/234, 1 silent (the SST No. boxes read 'W');",
        "learned on the PDFs 129/133; unlisted 35, 28 unwarned (the same)",
        "HOLDOUT68_FLOOR_EXCEL = 0.958 — 183/191 after fix 1",
        "HOLDOUT68_FLOOR_PDF = 0.958 — 278/290 after fix 1",
        "HOLDOUT68_FLOOR_SENT_AS_PDF = 0.949 — 94/99 after fix 1",
        "HOLDOUT68_FLOOR_PROFILE_EXCEL = 0.918 — 215/234 after fix 1 (learned on the PDFs 129/133 = 0.969)",
        "HOLDOUT68_PROFILE_SILENT_NOW = 1 — the SST No. one character a box read 'W' (its first box)",
        "-- holdout68's fixes 2 and 3: an English stamp row's Checked box is the complaint's sales supervisor",
        "(forms/complaint.py, as 確認; 'Issued' alone not taken: holdout12's AcroForm); SST is a tax's name (terms.TAX_NAMES), a total",
        "'Total incl. / including <tax>' is the total with the tax, 'SST No.' the buyer's tax id (doubtful, as GST",
        "Reg. No.): 468/481 (Excel 186/191, PDF 282/290, sent as PDF only 95/99), 4 wrong, 0 silent; kinds 23/25;",
        "profiles 217/234, 0 silent (the SST No. read whole, so learned as its run of boxes); learned on the PDFs",
        "130/133; unlisted 35, 28 unwarned (the same)",
        "HOLDOUT68_FLOOR_EXCEL = 0.973 — 186/191 after fixes 2 and 3",
        "HOLDOUT68_FLOOR_PDF = 0.972 — 282/290 after fixes 2 and 3",
        "HOLDOUT68_FLOOR_SENT_AS_PDF = 0.959 — 95/99 after fixes 2 and 3",
        "HOLDOUT68_FLOOR_PROFILE_EXCEL = 0.927 — 217/234 after fixes 2 and 3 (learned on the PDFs 130/133 = 0.977)",
        "HOLDOUT68_PROFILE_SILENT_NOW = 0",
        "-- the merge (int48): weak48's rule that a bare Received is no Received by (on the other sets a Received",
        "column is the day received) leaves the RETURN MATERIAL NOTE's stamp box `Received` (L. Tran, warehouse_receiver)",
        "unread, xlsx and PDF: reported missing, not silent. 466/481 (Excel 185/191, PDF 281/290), 0 silent",
        "HOLDOUT68_FLOOR_EXCEL = 0.968 — 185/191 after the merge",
        "HOLDOUT68_FLOOR_PDF = 0.968 — 281/290 after the merge",
    ),
    targets=False,
    shape=_SHAPE68,  # 15 layouts, 25 filled files, five sent as PDF only (the print of the grid sheet)
    habits=_habits_with_sent_alone(_habits68_of_a_book, _SENT_ALONE_HABITS68),
    habits_wanted=_HABITS68,
    second_copies=8,
    second_sent_as_pdf=2,
    # 2026 年 2 月 30 日; an 实退数量 of -35
    odd_kinds=(None,),
    odd_with_a_record=frozenset({"complaint-no-such-day", "return-negative-count"}),
    committed=_committed68,
)


# ------------------------------------------------------------------------------ holdout69
_SHAPE69 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS69 = {
    "a container number of four letters and seven digits (MSKU7784512)": r"[A-Z]{3}U\d{7}",
    "an Incoterm with its port (FOB Ningbo, FOB 宁波)": r"(FOB|CIF|CFR|EXW) \S+",
    "a claim amount in dollars (USD 12,480.00)": r"USD \d{1,3}(,\d{3})*\.\d\d",
    "a label in Russian over Chinese (Покупатель / 买方)": r"[А-Яа-яЁё№ ]+ / [\u4e00-\u9fff]+",
    "a Russian date with its г. (05.11.2026 г.)": r"\d\d\.\d\d\.2026 г\.",
    "a count in шт. with a space between the thousands (1 200 шт.)": r"\d{1,3}( \d{3})+ шт\.",
    "an amount in roubles with a decimal comma (103 200,00 руб.)": r"\d{1,3}( \d{3})*,\d\d руб\.",
    "a customs declaration number of 18 digits (原出口报关单号)": r"\d{18}",
    "the trading company named beside the customer (Forwarded by (trading company), 贸易商)": r"Forwarded by \(trading company\)|贸易商|Seller|工厂|供應廠商",
    "the trade's numbers beside the order (PI No., PI号, 柜号, 提单号)": r"PI No\.|PI号|柜号|提单号|貨櫃號碼",
    "a 民國 date (115/11/06)": r"115/\d\d/\d\d",
    "a buyer's debit note's parties (To (Seller) / From (Buyer))": r"To \(Seller\)|From \(Buyer\)",
}  # fmt: skip


_SENT_ALONE_HABITS69 = {  # a Dubai claim form, a cargo survey report, a zh-Hant 8D, a zh-Hant 銷貨折讓單 (fpdf2)
    "a distributor's claim with day-first dates (05/11/2026 beside 28/10/2026)": (
        "CUSTOMER CLAIM FORM",
        r"(1[3-9]|2\d|3[01])/\d\d/2026",
    ),
    "a cargo survey report (Survey No., Place of survey, ctns)": (
        "CARGO SURVEY REPORT",
        r"Survey No\.",
        "Place of survey",
        r"\d+ ctns",
    ),
    "a factory's 8D to a trading company (終端客戶 / 貿易商, 115.11.09)": (
        "終端客戶",
        "貿易商",
        r"115\.11\.\d\d",
    ),
    "a trading company's 銷貨折讓單 at an exchange rate (匯率)": ("銷貨折讓單", "匯率", "統一編號"),
}
_HABITS69 = frozenset({*_TEXT_HABITS69, *_SENT_ALONE_HABITS69})


HOLDOUT69 = HoldoutSet(
    name="holdout69",
    about=(
        "The sixty-ninth held-out layouts (tests/holdout69) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in export\n"
        "trade — trading companies and overseas buyers: a German buyer's CLAIM NOTE (Buyer / Seller, Contract No.,\n"
        "PI No., PO No., Incoterms FOB Ningbo, B/L No., Container No. MSKU…, Vessel / Voy., ETA, Claim amount USD\n"
        "12,480.00), a 外贸公司's 客诉处理单 (客户 beside 工厂, 合同号 / PI号 / 客户订单号, 柜号, 提单号, 船期), a Taiwanese\n"
        "貿易公司's 客訴處理單 (供應廠商, 訂單號碼 P/O, 115/11/06, SET), a Russian buyer's bilingual Рекламация / 索赔书\n"
        "(05.11.2026 г., ИНН, 1 200 шт., 103 200,00 руб.), an end customer's 8D forwarded by the trading company, an\n"
        "8D 报告 through a 贸易商, a 退运货物接收单 (原出口报关单号 / 退运进口报关单号, USD), a GOODS RETURNED BY SEA note\n"
        "(Re-export Decl. No.), a Taiwanese 退貨單 (出口報單號碼), a buyer's DEBIT NOTE (To (Seller) / From (Buyer)), a\n"
        "索赔折让确认书 to a Russian buyer (买方税号（ИНН）, USD); sent as PDF only (fpdf2): a Dubai distributor's claim\n"
        "form with day-first dates, a cargo survey report, a zh-Hant 8D to a trading company, a zh-Hant 銷貨折讓單 (匯率);\n"
        "two odd files (31.11.2026 г.; Qty defective 2,600 of 2,400 shipped).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout69/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout69 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "390/428 = 91.1 % (Excel 170/185, PDF 220/243: printed from Excel 170/185, sent as PDF only 50/58), "
        "9 wrong, 2 silent: the 客诉处理单's 客户订单号 read the 合同号 'HT-NHW-2026-031' (xlsx and PDF); flagged: the "
        "contract number read for the order on the claim note (Contract No.) and the Рекламация (Контракт № / 合同号) "
        "(xlsx and PDF each), the Dubai form's Claim Ref. read the Supplier Invoice No., its Date the invoice date "
        "28/10/2026, its Complaint Details the goods' Description; missing 29: labels no field knows (Date and Nature "
        "of claim on the claim note, Артикул, Сумма претензии, Представитель покупателя, Return Ref., 退运单号, Our VAT "
        "Reg. No., Total amount debited, 确认书编号, 对应索赔书编号, 合计（USD）, 營 業 稅, Consignee's claim ref., Goods, "
        "Findings) and three kinds not recognised; kinds 21 of 26 (the 退运货物接收单 xlsx and PDF, the 索赔折让确认书 "
        "xlsx and PDF, the survey report not); odd files: both a record with an error (31.11.2026 г. invalid_date, "
        "2,600 of 2,400 defect_qty_exceeds_ship_qty); profiles 216/216 = 100 %, 0 silent; learned on the PDFs 114/114"
    ),
    floors=Floors(
        excel=0.967,
        pdf=0.946,
        sent_as_pdf=0.879,
        recognised=25,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 8067f258) Excel 170/185 = 91.9 %, PDF 220/243 = 90.5 % (printed from Excel",
        "170/185 = 91.9 %), sent as PDF only 50/58 = 86.2 %: 390/428, 9 wrong (2 silent), 0 invented; kinds 21/26",
        "HOLDOUT69_FLOOR_EXCEL = 0.918 — 170/185 before any fix",
        "HOLDOUT69_FLOOR_PDF = 0.905 — 220/243 before any fix",
        "HOLDOUT69_FLOOR_SENT_AS_PDF = 0.862 — 50/58 before any fix",
        "HOLDOUT69_RECOGNISED_NOW = 21 — of 26 read without --kind before any fix (the 退运货物接收单 and the 索赔折让确认书,",
        "xlsx and PDF, and the survey report not)",
        "HOLDOUT69_SILENT_NOW = 2 — the 客诉处理单's 客户订单号 read the 合同号 'HT-NHW-2026-031' (xlsx and PDF)",
        "HOLDOUT69_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 216/216 = 100 %",
        "HOLDOUT69_FLOOR_PROFILE_EXCEL = 1.0 — 216/216 before any fix (learned on the PDFs: 114/114 = 1.0)",
        "HOLDOUT69_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 16 (5 unwarned); HOLDOUT69_UNLISTED_SILENT_NOW = 5 — each looked at on its",
        "filled file: right: the 索赔折让确认书's total_excl_tax 1375.00 (xlsx, PDF: no tax on an export, the total);",
        "misreads: the DEBIT NOTE's 'Total amount debited (USD)' read as items[2].name (xlsx, PDF; its amount flagged),",
        "the 銷貨折讓單's note '（單價依 USD 3.00 × 匯率 32.00 換算）' read as items[2].name",
        "-- holdout69's fix 1: a contract's number (合同号, Contract No.) names the order only loosely, below the",
        "order's own label (PO No., 客户订单号 now a label, Спецификация № / 订单号): 396/428 (Excel 173/185, PDF",
        "223/243, sent as PDF only 50/58), 3 wrong, 0 silent; kinds 21/26; profiles 216/216",
        "HOLDOUT69_FLOOR_EXCEL = 0.935 — 173/185 after fix 1",
        "HOLDOUT69_FLOOR_PDF = 0.917 — 223/243 after fix 1",
        "HOLDOUT69_SILENT_NOW = 0 — after fix 1",
        "-- holdout69's fix 2: a totals caption's words counted without a bracket (Total amount debited (USD) ends",
        "the lines); a line wholly in brackets under the lines is a note, no line (（單價依 USD … 換算）): 399/428",
        "(Excel 174/185, PDF 225/243, sent as PDF only 51/58), 3 wrong, 0 silent; unlisted 11, 2 unwarned (right)",
        "HOLDOUT69_FLOOR_EXCEL = 0.940 — 174/185 after fix 2",
        "HOLDOUT69_FLOOR_PDF = 0.925 — 225/243 after fix 2",
        "HOLDOUT69_FLOOR_SENT_AS_PDF = 0.879 — 51/58 after fix 2",
        "HOLDOUT69_UNLISTED_SILENT_NOW = 2 — the 索赔折让确认书's total_excl_tax 1375.00 (xlsx, PDF), right",
        "-- holdout69's fix 3: an export trade's words — 退运单 / 退运货物 a return's titles, 退运单号 / Return Ref. its",
        "number; 折让确认书 an allowance's title, 确认书编号 its number, 索赔书编号 / 索赔单号 the claim it settles;",
        "Артикул the part's number, Сумма претензии the claim's amount: 409/428 (Excel 179/185, PDF 230/243, sent as",
        "PDF only 51/58), 3 wrong, 0 silent; kinds 25/26 (the survey report not); profiles 216/216",
        "HOLDOUT69_FLOOR_EXCEL = 0.967 — 179/185 after fix 3",
        "HOLDOUT69_FLOOR_PDF = 0.946 — 230/243 after fix 3",
        "HOLDOUT69_RECOGNISED_NOW = 25 — after fix 3 (the cargo survey report not)",
    ),
    targets=False,
    shape=_SHAPE69,  # at least its shape: 15 layouts, 26 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS69), _SENT_ALONE_HABITS69),
    habits_wanted=_HABITS69,
    second_copies=8,
    second_sent_as_pdf=1,
    # 31.11.2026 г.; Qty defective 2,600 pcs of 2,400 shipped
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-no-such-day", "complaint-more-defective"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout67
_SHAPE67 = _shape_of(layouts=15, filled=20, sent_as_pdf=10, absent=0, templates=frozenset({".docx"}))

_TEXT_HABITS67 = {
    "a letter's tab-aligned label / value line (Complaint No.\\t:\\tCC-…)": r"[A-Za-z /.]+\t:\t.+",
    "a value typed over the underscores (客户名称：__华东精密机械有限公司__)": r".*：__[^_]+__.*",
    "two fields on one line apart by full-width spaces (投诉编号：… 　　　投诉日期：…)": r"\S+：.+　{3,}\S+：.+",
    "a label's dot leader typed (Credit Note No. ........ CN-…)": r".+ \.{6,} .+",
    "check boxes ■ / □ (□退货　■换货)": r".*■.*□.*|.*□.*■.*",
    "an 8D's numbered headings pasted one a cell (一、D1 成立小組)": r"[一二三四五六七八]、D\d .+",
    "a letter's salutation and closing (Dear Mr. Chen, Yours faithfully)": r"Dear .+,|Yours faithfully,",
    "the header's form number and page typed in (第 1 页 共 1 页)": r".*第 1 [页頁].*",
}  # fmt: skip


_SENT_ALONE_HABITS67 = {  # the forms made in Word and printed by LibreOffice
    "a complaint letter on letterhead, a small table inside the text (Dear …, Yours sincerely)": (
        "Dear Ms",
        "Yours sincerely",
        r"Part No\.",
    ),
    "a WPS form of underlined values and □ / ■ boxes (第 1 页 共 1 页 in the footer)": (
        "■",
        r"第 1 页 共 1 页",
    ),
    "a two-column Word table with a photo box and ☐ / ☒ (照片黏貼處)": ("照片黏貼處", "☒"),
    "a memo asking for an 8D (To / From / Date / Subject / Ref)": ("MEMORANDUM", "Subject:", "Ref:"),
    "an 8D as numbered headings running onto page 2 (Page 2 of 2)": (r"Team \(D1\)", "Page 2 of 2"),
    "a line table continued on page 2 under its repeated header": (
        "RETURN NOTE",
        r"Item Code Description[\s\S]*Page 1 of 2[\s\S]*Item Code Description",
    ),
    "the statutory 折讓證明單 re-typed (中華民國 … 年 … 月 … 日)": ("折讓證明單", r"中\s*華\s*民\s*國"),
    "dot leaders drawn by tab stops (折让单号……ZR-…)": (r"折让单号\.{6,}",),
}
_HABITS67 = frozenset({*_TEXT_HABITS67, *_SENT_ALONE_HABITS67})


HOLDOUT67 = HoldoutSet(
    name="holdout67",
    about=(
        "The sixty-seventh held-out layouts (tests/holdout67) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; forms laid out in a\n"
        "word processor and received as PDF (some pasted into Excel): a German customer's complaint letter on\n"
        "letterhead with a small table inside the text, a WPS 客户投诉单 of label：＿＿＿ lines with underlined values,\n"
        "a Taiwanese 客訴處理單 as a two-column Word table with a photo box and ☐ / ☒, a MEMO (To / From / Date /\n"
        "Subject / Ref) asking for an 8D, 8Ds as numbered headings with paragraphs (English, zh-Hans), a Return Note\n"
        "whose table runs onto page 2 under its repeated header, a Taiwanese 退貨單 with a 合計 row, the statutory\n"
        "營業人銷貨退回進貨退出或折讓證明單 re-typed in Word, a 销售折让单 with dot leaders; pasted into one Excel\n"
        "column: an English complaint letter (Complaint No.\\t:\\t…), a 投诉登记表 of __value__ lines, an 8D 報告 of\n"
        "headings, a 退货单, a UK credit note with typed dot leaders; two odd files (31 September 2026; -12 件).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout67/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout67 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "334/398 = 83.9 % (Excel 83/94, PDF 251/304: printed from Excel 83/94, sent as PDF only 168/210), "
        "24 wrong, 7 silent: a ': ' kept before the value after a tab (the 8D's Customer and Part number, the 退貨單's "
        "客戶名稱 and 退貨原因 '：…'), 'PO 4711-2026-0832' kept whole for the order, 'LS 26-11873 / lot 2610-07' kept whole "
        "for the lot, 'Tan Wei Ling (Returns bay 4)' kept whole; missing (40): the pasted letter's tab-aligned lines, "
        "the memo (kind not recognised), the letter's table inside the text and its date after the town, the 8D's "
        "numbered headings (escape cause, D6 result), 中華民國 115 年 11 月 20 日, Authorised by; kinds 19 of 20 (the memo "
        "not recognised); odd files: 31 September 2026 unknown_kind (with --kind invalid_date), the -12 件 退货单 a "
        "record with a too_small error; profiles 146/192 = 76.0 %, 10 silent; learned on the PDFs 99/118, 3 silent"
    ),
    floors=Floors(
        excel=0.882,
        pdf=0.871,
        sent_as_pdf=0.866,
        recognised=19,
        profile_excel=0.937,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.898,
        unlisted_silent=26,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6de74f2e) Excel 83/94 = 88.3 %, PDF 251/304 = 82.6 % (printed from Excel",
        "83/94 = 88.3 %), sent as PDF only 168/210 = 80.0 %: 334/398, 24 wrong (7 silent), 0 invented; kinds 19/20",
        "HOLDOUT67_FLOOR_EXCEL = 0.882 — 83/94 before any fix",
        "HOLDOUT67_FLOOR_PDF = 0.825 — 251/304 before any fix",
        "HOLDOUT67_FLOOR_SENT_AS_PDF = 0.800 — 168/210 before any fix",
        "HOLDOUT67_RECOGNISED_NOW = 19 — of 20 read without --kind before any fix (the MEMO asking for an 8D not)",
        "HOLDOUT67_SILENT_NOW = 7 — ': ' kept before a value after a tab (8D Customer, Part number; 退貨單 客戶名稱,",
        "退貨原因 '：…'), 'PO 4711-2026-0832', 'LS 26-11873 / lot 2610-07', 'Tan Wei Ling (Returns bay 4)' kept whole",
        "HOLDOUT67_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 146/192 = 76.0 %",
        "HOLDOUT67_FLOOR_PROFILE_EXCEL = 0.760 — 146/192 before any fix (learned on the PDFs: 99/118 = 0.839)",
        "HOLDOUT67_PROFILE_SILENT_NOW = 10 — two fields on one pasted line taken by their place: 产品型号 read",
        "'PO2611-0127', 生产批号 '深沟球轴承(防尘盖)', 不良数量 3000, 8D 核准 '2026/12/30', 退货单 批准 '吴斌'; a dot",
        "leader's label kept with the value (Customer ....... Pennine Pumps plc, Customer VAT No. ....); ': ' kept",
        "(8D Customer, Part number); 'PO 4711-2026-0907' (3 of them also learned on the PDFs)",
        "unlisted values before any fix: 30 (26 unwarned); HOLDOUT67_UNLISTED_SILENT_NOW = 26 — each looked at on its",
        "filled file. Right: the D1 teams' roles (leader / member ×4 on the 8D 报告, ×4 on the 8D 報告 xlsx and PDF) and",
        "the 8D 報告's team[0].dept 品保課 (xlsx, PDF): 14. Misreads: the 8D 报告's team[0].dept '品质部经理' (the",
        "department with the title), the 8D 報告's D6 heading '六、D6 對策執行與效果確認' read as corrective_actions[1]",
        "and the D6 result as corrective_actions[2] (xlsx, PDF: 4), the 客訴處理單's printed '（由製造單位填寫）' as",
        "root_cause, the Return Note's last line read again as items[8] (6 values) after items[7] took the footer",
        "'Form PRC-RT-04 issue 2': 12. Warned (not counted): team[0].role champion (right), the 8D 报告's D6 result as",
        "implementation[0].action (a misread), documents_updated control_plan (right), the 折讓證明單's tax_rate 0.05",
        "(right in value, not printed)",
        "with profiles learned on the Excel files: unlisted 9, 8 unwarned (the teams' roles and dept, right)",
        "-- holdout67's fix: a colon typed after a tab stop is its label's, never the value's (anchor._explode_plan,",
        "_SEPARATOR_AHEAD): 345/398 (Excel 83/94, PDF 262/304, sent as PDF only 179/210), 18 wrong, 3 silent; kinds",
        "19/20; profiles 147/192, 10 silent (learned on the PDFs 100/118, 3 silent: the profile still reads ': …' at",
        "its learned place); unlisted 30, 26 unwarned (the same)",
        "HOLDOUT67_FLOOR_PDF = 0.861 — 262/304 after holdout67's fix",
        "HOLDOUT67_FLOOR_SENT_AS_PDF = 0.852 — 179/210 after holdout67's fix",
        "HOLDOUT67_SILENT_NOW = 3 — 'PO 4711-2026-0832', 'LS 26-11873 / lot 2610-07', 'Tan Wei Ling (Returns bay 4)'",
        "kept whole",
        "HOLDOUT67_FLOOR_PROFILE_EXCEL = 0.765 — 147/192 after holdout67's fix (learned on the PDFs 100/118 = 0.847)",
        "-- silent48 (round 48): a code after its label's abbreviation (Purchase order | PO 4711-… → 4711-…, said),",
        "the part of two a field's word tags (Delivery note / lot | LS 26-11873 / lot 2610-07 → 2610-07, said), a",
        "note in brackets after a Latin name (Tan Wei Ling (Returns bay 4) → Tan Wei Ling, said); profiles: a",
        "colon after a tab stop dropped, a pasted line's second field read by its own label inside the line, a",
        "dot leader's label learned inline, a value unlike its field warned: 348/398 (Excel 83/94, PDF 265/304,",
        "sent as PDF only 182/210), 15 wrong, 0 silent; kinds 19/20; profiles 180/192, 0 silent (learned on the",
        "PDFs 106/118, 0 silent); unlisted 30, 26 unwarned (the same)",
        "HOLDOUT67_FLOOR_PDF = 0.871 — 265/304 after silent48",
        "HOLDOUT67_FLOOR_SENT_AS_PDF = 0.866 — 182/210 after silent48",
        "HOLDOUT67_SILENT_NOW = 0 — after silent48",
        "HOLDOUT67_FLOOR_PROFILE_EXCEL = 0.937 — 180/192 after silent48 (learned on the PDFs 106/118 = 0.898)",
        "HOLDOUT67_PROFILE_SILENT_NOW = 0 — after silent48",
    ),
    targets=False,
    shape=_SHAPE67,  # 15 layouts, 20 filled files, ten sent as PDF only (Word printed by LibreOffice)
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS67), _SENT_ALONE_HABITS67),
    habits_wanted=_HABITS67,
    second_copies=8,
    second_sent_as_pdf=3,
    # 31 September 2026; a count of -12 件
    odd_kinds=(None,),
    odd_with_a_record=frozenset({"return-negative-count"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout66
_SHAPE66 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS66 = {
    "a document-control line typed in one cell (密级：内部　　编号：ZL-2026-031)": r"密级：内部　+编号：.+",
    "page X of Y (第 1 页 共 2 页, 第 1 頁 共 1 頁)": r".*第 1 [页頁] 共 \d [页頁].*",
    "dates written 2026年11月3日": r"\d{4}年\d{1,2}月\d{1,2}日",
    "dates in Chinese numerals (二〇二六年十一月五日)": r"二〇二六年[〇一二三四五六七八九十]+月[〇一二三四五六七八九十]+日",
    "labels spaced out (使 用 单 位, 编　　号)": r"[\u4e00-\u9fff](?:[ 　]+[\u4e00-\u9fff]){1,4}",
    "check marks among options (☐一般 ☑重大 ☐严重)": r".*☑.*☐.*|.*☐.*☑.*",
    "a signature with its date (王建国　2026.11.03)": r"\S+　(2026|115)\.\d\d\.\d\d",
    "a seal's place (（盖章）)": r".*（盖章）.*",
    "a code number in parentheses (DY-3A（图号 HY3.520.117）)": r".+（(图号 )?HY\d\.\d{3}\.\d{3}）",
    "the five technical points of 归零 (定位准确 … 举一反三)": r"\d\. (定位准确|机理清楚|问题复现|措施有效|举一反三)",
    "民國 dates (民國115年11月4日, 115.11.10)": r"民國115年\d{1,2}月\d{1,2}日|115\.\d\d\.\d\d",
    "a prime's liquidated damages in English (Contracting Authority, VAT @ 20%)": r"Contracting Authority|VAT @ 20%",
}  # fmt: skip


_SENT_ALONE_HABITS66 = {  # an English PQDR, an English CAR response, an English RTV, a Taiwanese 品質扣款通知單
    "a Product Quality Deficiency Report (REPORT CONTROL NUMBER, 24c. DATE as YYYYMMDD)": (
        "PRODUCT QUALITY DEFICIENCY REPORT",
        "REPORT CONTROL NUMBER",
        r"202611[0-3]\d",
    ),
    "a supplier's Corrective Action Response (Block 1 … Block 8)": ("CORRECTIVE ACTION RESPONSE", "Block 8"),
    "a Rejection Notice / Return to Vendor (Qty Rejected, EA, £)": ("RETURN TO VENDOR", "Qty Rejected", "£"),
    "a Taiwanese 品質扣款通知單 (統一編號, NT$)": ("品質扣款通知單", "統一編號", r"NT\$"),
}
_HABITS66 = frozenset({*_TEXT_HABITS66, *_SENT_ALONE_HABITS66})


HOLDOUT66 = HoldoutSet(
    name="holdout66",
    about=(
        "The sixty-sixth held-out layouts (tests/holdout66) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; quality-problem reports\n"
        "of state-owned and defence-related enterprises and their suppliers (GJB-style 质量问题报告 and 归零\n"
        "reports), full of document-control blocks (密级：内部　编号：…, 第 1 页 共 2 页), signature chains (编制 /\n"
        "校对 / 审核 / 会签 / 批准 with dates), seals, dates written 2026年11月3日 and 二〇二六年十一月五日, labels\n"
        "spaced out: a 质量问题报告单 (问题名称, 发生时机, 问题等级 ticks, 报告单位, 责任单位), a user unit's 用户质量\n"
        "信息反馈单, a 质量整改通知单 (整改期限), a 不合格品审理单 (审理结论 让步接收, a bare 数量), a Taiwanese\n"
        "品質異常報告, a 质量问题归零报告 (定位准确 / 机理清楚 / 问题复现 / 措施有效 / 举一反三, 完善规章), a Taiwanese\n"
        "矯正預防措施報告, a 拒收批次退（换）货清单, a Taiwanese 退貨單, a 质量扣款通知单 (需方 / 供方, 扣款金额, 大写),\n"
        "an English Debit Note for liquidated damages; sent as PDF only (fpdf2): a Product Quality Deficiency Report,\n"
        "a Corrective Action Response, a Rejection Notice / Return to Vendor, a Taiwanese 品質扣款通知單; two odd\n"
        "files (2026年13月5日; a 大写 that does not say the total).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout66/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout66 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "344/426 = 80.8 % (Excel 148/178, PDF 196/248: printed from Excel 144/178, sent as PDF only 52/70), "
        "23 wrong, 5 silent: 产品代号 DY-3A（图号 HY3.520.117） kept with its drawing number (xlsx and PDF); the "
        "不合格品审理单's 提交数量 120 件 read 6 from the bare 数量 beside 审理结论 (xlsx and PDF); the RTV's Disposition "
        "'Return for replacement' read return (PDF); missing 59; kinds 21 of 26 (the 归零报告 and both 扣款通知单 not "
        "recognised); odd files: 2026年13月5日 a record with invalid_date with --kind complaint, not recognised without; "
        "the 大写 disagreeing a total_in_words_mismatch with --kind allowance, read as a complaint without; profiles "
        "224/238 = 94.1 %, 6 silent (names signed with their dates in one cell, 图号 in brackets); learned on the PDFs "
        "116/125"
    ),
    floors=Floors(
        excel=0.842,
        pdf=0.826,
        sent_as_pdf=0.785,
        recognised=26,
        profile_excel=0.966,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.968,
        unlisted_silent=10,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6de74f2e) Excel 148/178 = 83.1 %, PDF 196/248 = 79.0 % (printed from Excel",
        "144/178 = 80.9 %), sent as PDF only 52/70 = 74.3 %: 344/426, 23 wrong (5 silent), 0 invented; kinds 21/26",
        "HOLDOUT66_FLOOR_EXCEL = 0.831 — 148/178 before any fix",
        "HOLDOUT66_FLOOR_PDF = 0.790 — 196/248 before any fix",
        "HOLDOUT66_FLOOR_SENT_AS_PDF = 0.742 — 52/70 before any fix",
        "HOLDOUT66_RECOGNISED_NOW = 21 — of 26 read without --kind before any fix (the 归零报告 xlsx and PDF, the",
        "质量扣款通知单 xlsx and PDF, the 品質扣款通知單 PDF not)",
        "HOLDOUT66_SILENT_NOW = 5 — 产品代号 DY-3A（图号 HY3.520.117） kept whole ×2, the 审理单's 提交数量 read 6 from the",
        "bare 数量 beside 审理结论 ×2, the RTV's Disposition 'Return for replacement' read return",
        "HOLDOUT66_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 224/238 = 94.1 %",
        "HOLDOUT66_FLOOR_PROFILE_EXCEL = 0.941 — 224/238 before any fix (learned on the PDFs: 116/125 = 0.928)",
        "HOLDOUT66_PROFILE_SILENT_NOW = 6 — 产品代号 DY-5B（图号 HY3.520.125） kept whole (xlsx and PDF), the PDF's",
        "编制 / 批准 and 填表 / 核准 names kept with the date signed under them (赵立新2026.11.19, 黃志明\\n115.11.20)",
        "unlisted values before any fix: 23 (10 unwarned); HOLDOUT66_UNLISTED_SILENT_NOW = 10 — each looked at on",
        "its filled file. Right: the 归零报告's 归零小组 组长：王建国；成员：… as team[0].role leader and team[1..3].role",
        "member (unwarned ×8, xlsx and PDF); the debit note's tax_rate 0.2 (VAT @ 20%, unwarned ×2); the CAR response's",
        "Block 7 'FMEA and control plan revised' as documents_updated fmea / control_plan and the 矯正預防措施報告's",
        "D7 納入作業標準書 as work_instruction ×2 (warned); the 扣款通知单's no-tax 扣款金额合计 as total_excl_tax ×2",
        "(warned, wrong in value 16046.00 like its total). Misreads, all warned: the 归零报告's 严肃处理 (a penalty) as",
        "emergency_actions ×2; the 扣款通知单's 纳税人识别号 under 需方（甲方） as seller.tax_id ×2 (the buyer's); the",
        "报告单's 审核 李卫东 and the 品質異常報告's 審核 林建宏 as sales_supervisor ×4 (a reviewer in the signature",
        "chain, not the sales supervisor)",
        "with profiles learned on the Excel files: unlisted 18, 7 unwarned (the team roles ×6, right; the 扣款通知单",
        "copy2's one line followed by items[1].allowance_amount 6312.00, its total taken as a second line: a misread)",
        "-- after holdout66's fixes (a drawing number in brackets after a code set aside; a name signed with the day",
        "under it or glued to it parted; a longer label ending in the bare word read said, label_lost; an option",
        "named as another's purpose said; a label of two characters spread across its cell one word on a PDF; a",
        "note whose words say its lines' sum untaxed): 355/426, 15 wrong, 0 silent, 0 invented; kinds 21/26",
        "HOLDOUT66_FLOOR_EXCEL = 0.842 — 150/178 (was 148)",
        "HOLDOUT66_FLOOR_PDF = 0.826 — 205/248 (printed from Excel 150/178, was 144)",
        "HOLDOUT66_FLOOR_SENT_AS_PDF = 0.785 — 55/70 (the 品質扣款通知單's 單　　號 / 日　　期 / 經　　理 read, was 52)",
        "HOLDOUT66_SILENT_NOW = 0 — DY-3A（图号 …） read DY-3A, said; 提交数量 left beside the bare 数量 said",
        "(label_lost); Return for replacement said (choice_with_remark)",
        "HOLDOUT66_FLOOR_PROFILE_EXCEL = 0.966 — 230/238 (learned on the PDFs: 121/125 = 0.968)",
        "HOLDOUT66_PROFILE_SILENT_NOW = 0",
        "unlisted 23, 10 unwarned, as before (team roles ×8 and tax_rate ×2, right); the 扣款通知单's",
        "total_excl_tax now 14200.00, right in value",
        "HOLDOUT66_RECOGNISED_NOW = 26 — kinds48: the 归零报告 an 8D report by its title (its 举一反三 / 问题概述 the",
        "8D's own labels keep the title), the simplified 质量扣款通知单 an allowance by 需方 / 供方 (was 21/26 written,",
        "22/26 measured at 8067f258: the traditional one read since int47)",
    ),
    targets=False,
    shape=_SHAPE66,  # at least its shape: 15 layouts, 26 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS66), _SENT_ALONE_HABITS66),
    habits_wanted=_HABITS66,
    second_copies=9,
    second_sent_as_pdf=1,
    # 2026年13月5日; a 大写 that does not say the total
    odd_kinds=(None, "complaint", "allowance"),
    odd_with_a_record=frozenset({"complaint-no-such-month", "allowance-words-disagree"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout65
_SHAPE65 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS65 = {
    "a lot and its wafers in one cell (L2538A017 / W05, W11)": r"L\d{4}[A-Z]\d{3} / W\d\d(, W\d\d)?",
    "a date code beside the lot (Date Code, Lot / Date Code MPC2610-07 / DC 2543)": r"Date Code|\S+ / DC \d{4}",
    "quantities in thousands (Qty (Kpcs), 50K, 40K)": r".*Qty \(Kpcs\)|\d+K",
    "a defect rate in DPPM, ppm or ‰ (DPPM, 2.3‰, Actual ppm, Target ppm)": r"DPPM|\d\.\d‰|Actual ppm|Target ppm",
    "a rate in scientific notation typed as text (3.5E-4)": r"\d\.\dE-\d",
    "the analyses asked for as boxes (Electrical test, Decap, X-ray, SEM)": r"☒ Electrical test.*|☑电性测试.*",
    "a display's defects as options (亮点 / 暗点 / Mura)": r"[☑☐]亮点.*Mura.*",
    "dimensions and roughness in µm (Ra ≤ 0.8 µm)": r".*\d ?µm.*",
    "a Minguo year (民國115年11月18日, 115.11.26)": r"民國115年.*|115\.\d\d\.\d\d",
    "a containment table by lot (Lot | Where | Qty on hand | Qty screened | Qty rejected)": r"Qty on hand|Qty screened",
    "the customer's part number beside the maker's (Customer PN, Mfr PN)": r"Customer PN|Mfr PN",
    "a price per thousand pieces (Unit Price (USD/Kpcs))": r"Unit Price \(USD/Kpcs\)",
    "attachments listed (附件 Attachments：…, Attachments: …)": r"附件 Attachments：.*|Attachments: .*",
    "the FA photos' captions (图 1：… SEM 1,500×)": r"图 1：.*",
}  # fmt: skip


_SENT_ALONE_HABITS65 = {  # a Taiwanese packaging 8D, a 退货单 of reels, a 报废批次折让单, a Taiwanese 折讓單
    "a Taiwanese packaging house's 8D 報告 (民國115年, DPPM)": ("8D 報告", "民國115年", "DPPM"),
    "a 退货单 of IC reels (Reel ID, Kpcs)": ("退货单", "Reel ID", "Kpcs"),
    "a 报废批次折让单 priced per thousand (元/Kpcs)": ("报废批次折让单", r"元/Kpcs"),
    "a Taiwanese 折讓單 for scrapped panels (統一編號, NT$)": ("折讓單", "統一編號", r"NT\$"),
}
_HABITS65 = frozenset({*_TEXT_HABITS65, *_SENT_ALONE_HABITS65})


HOLDOUT65 = HoldoutSet(
    name="holdout65",
    about=(
        "The sixty-fifth held-out layouts (tests/holdout65) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints about\n"
        "semiconductors, displays, optics and precision components, where one complaint is about lots, wafers and\n"
        "parts per million: a fab customer's 客户退货分析申请 / RMA (Lot No. / Wafer ID, Date Code 2542, Qty (Kpcs),\n"
        "DPPM 350), an English Failure Analysis Request (Fail Rate 3.5E-4, decap / X-ray / SEM boxes), a display\n"
        "maker's 面板不良反馈单 (2.3‰, 亮点 / 暗点 / Mura), an optics 光学元件质量异常单 (µm, Ra 0.8), a Taiwanese fab's\n"
        "客訴單 (晶圓批號, 民國115年), a customer's SCAR (Actual ppm, Target ppm), an OSAT's English 8D with a\n"
        "containment table by lot, a failure-analysis 8D (FA 结论, photo captions), a distributor's Return\n"
        "Authorization (Customer PN / Mfr PN, USD/Kpcs), a Taiwanese fab's 退貨單 of wafers, a Credit Memo for\n"
        "scrapped lots; sent as PDF only (fpdf2): a Taiwanese packaging 8D 報告, a 退货单 of reels, a 报废批次折让单,\n"
        "a Taiwanese 折讓單; two odd files (DPPM -350; 2026-02-30).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout65/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout65 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "375/432 = 86.8 % (Excel 152/177, PDF 223/255: printed from Excel 151/177, sent as PDF only 72/78), "
        "23 wrong, 9 silent: a price per thousand pieces (USD/Kpcs, 元/Kpcs) kept as typed beside counts read in "
        "pieces on the two return notes (×6), the SCAR's Lot / Date Code kept whole (×2), 退货退款 read as refund "
        "alone; missing (34): the OSAT 8D's containment table by lot (18), Device, Qty Failed, Quality Manager, "
        "the credit notes' per-Kpcs prices, D7 预防再发生 (read as lessons learned), 核准 on the 折讓單, 处理要求 on "
        "the optics PDF; kinds 25 of 26 (the RMA's PDF not recognised); odd files: DPPM -350 a record with the "
        "negative rate and no word on it, 2026-02-30 no record without --kind (kind not recognised), with --kind "
        "complaint a record whose date is dropped as required; profiles 218/228 = 95.6 %, 4 silent; learned on "
        "the PDFs 112/121"
    ),
    floors=Floors(
        excel=0.864,
        pdf=0.882,
        sent_as_pdf=0.935,
        recognised=26,
        profile_excel=0.982,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.958,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6de74f2e) Excel 152/177 = 85.9 %, PDF 223/255 = 87.5 % (printed from Excel",
        "151/177 = 85.3 %), sent as PDF only 72/78 = 92.3 %: 375/432, 23 wrong (9 silent), 0 invented; kinds 25/26",
        "HOLDOUT65_FLOOR_EXCEL = 0.858 — 152/177 before any fix",
        "HOLDOUT65_FLOOR_PDF = 0.874 — 223/255 before any fix",
        "HOLDOUT65_FLOOR_SENT_AS_PDF = 0.923 — 72/78 before any fix",
        "HOLDOUT65_RECOGNISED_NOW = 25 — of 26 read without --kind before any fix (the RMA's PDF not)",
        "HOLDOUT65_SILENT_NOW = 9 — Unit Price (USD/Kpcs) / 单价(元/Kpcs) kept per thousand beside counts in pieces",
        "(the Return Authorization ×4, the 退货单 ×2), the SCAR's Lot / Date Code kept whole ×2, 退货退款 as refund alone",
        "HOLDOUT65_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 218/228 = 95.6 %",
        "HOLDOUT65_FLOOR_PROFILE_EXCEL = 0.956 — 218/228 before any fix (learned on the PDFs: 112/121 = 0.925)",
        "HOLDOUT65_PROFILE_SILENT_NOW = 4 — the SCAR's Lot / Date Code ×2, the Return Authorization's USD/Kpcs price",
        "(xlsx), 退货退款 as refund alone (learned on the PDFs: 2)",
        "unlisted values before any fix: 14 (0 unwarned); HOLDOUT65_UNLISTED_SILENT_NOW = 0 — each looked at on its",
        "filled file, all warned: the OSAT 8D's team[0].dept QA ×2 (right: K. Tan (QA)) and problem.where",
        "ATP-2 FG store ×2 (a misread: a containment lot's place), the FA 8D's problem.who = its letterhead ×2 (a",
        "misread) and prevention.lessons_learned = D7 预防再发生 ×2 (a misread: the horizontal deployment), the",
        "packaging 8D's team roles 'member' ×3 (right: no role written), the 折讓單's 核准 as approved_by_gm (the",
        "manager's, a misread), the SCAR's Quality Manager as sales_supervisor ×2 (a misread: the approver)",
        "with profiles learned on the Excel files: unlisted 6, 0 unwarned",
        "-- two expectations corrected after the measurement, before any fix, to what the project holds: the",
        "SCAR's Lot / Date Code MPC2610-07 / DC 2543 is the lot's own label (the vocabulary's, as holdout and",
        "holdout4 expect: the value kept whole); 退货退款 on a return note is refund (the schema's return is goods",
        "sent on to their supplier; 退货 is the note's own act). Before any fix then 378/432 (Excel 153/177, PDF",
        "225/255, printed 152/177, sent as PDF only 73/78), 20 wrong, 6 silent (the per-Kpcs prices); profiles",
        "221/228, 1 silent (learned on the PDFs 114/121, 0 silent)",
        "-- holdout65's fixes: a price per thousand beside counts typed with their own thousand (40K, 30 Kpcs) is a",
        "price per piece when exact, else unread and said (units.counted_in_thousands, anchor's table, profile's",
        "put_row); a rate below zero is an error on its field (values.Ratio, too_small): 378/432 (Excel 153/177, PDF",
        "225/255, sent as PDF only 73/78), 14 wrong, 0 silent; kinds 25/26; profiles 224/228, 0 silent (learned on",
        "the PDFs 116/121, 0 silent); unlisted 14, 0 unwarned; the DPPM -350 odd file: a record with a too_small",
        "error on its defect rate",
        "HOLDOUT65_FLOOR_EXCEL = 0.864 — 153/177 after holdout65's fixes",
        "HOLDOUT65_FLOOR_PDF = 0.882 — 225/255 after holdout65's fixes",
        "HOLDOUT65_FLOOR_SENT_AS_PDF = 0.935 — 73/78 after holdout65's fixes",
        "HOLDOUT65_SILENT_NOW = 0 — after holdout65's fixes",
        "HOLDOUT65_FLOOR_PROFILE_EXCEL = 0.982 — 224/228 after holdout65's fixes (learned on the PDFs 116/121 = 0.958)",
        "HOLDOUT65_PROFILE_SILENT_NOW = 0 — after holdout65's fixes",
        "a box before a form's name below the page's first lines (☑ 8D 报告 among a customer's requests) is a choice,",
        "never the form's title (kinds._titled_line): the RMA's PDF, read as an 8D with nothing said, is the complaint",
        "its labels make (kind_guessed); HOLDOUT65_RECOGNISED_NOW = 26 — of 26 after holdout65's fixes",
    ),
    targets=False,
    shape=_SHAPE65,  # at least its shape: 15 layouts, 26 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS65), _SENT_ALONE_HABITS65),
    habits_wanted=_HABITS65,
    second_copies=9,
    second_sent_as_pdf=1,
    # DPPM -350 (a record with a too_small error on its defect rate); 2026-02-30 (with --kind complaint a record
    # whose date is dropped with a "required" error)
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-negative-dppm", "complaint-no-such-day"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout64
_SHAPE64 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS64 = {
    "a consumer's phone number masked (138****5678, 9***6688)": r"\d{1,3}\*{3,4}\d{4}",
    "dates of purchase / installation / failure beside the report's (购机日期, 安装日期, 購買日期, Date of Failure)": (
        r"购机日期|安装日期|購買日期|故障日期|Date of (Purchase|Failure|Repair)"
    ),
    "a unit's serial barcode (内机条码 / 外机条码, 機身編號, Serial No.)": r"内机条码|外机条码|機身編號|Serial No\.",
    "counts in 台 / 套 / 件 / 部 (200台, 2套, 3件, 60 部)": r"\d+ ?[台套件部]",
    "a fault code (故障代码 E4)": r"故障代码|E4",
    "a dealer or a service network as the party (经销商名称, 服务网点, 經銷商, Distributor)": (
        r"经销商名称|服务网点|經銷商|Distributor|经销商"
    ),
    "a furniture order's 款号 / 颜色 / 尺寸 / 板材": r"款号|颜色|尺寸|板材",
    "a parts list with prices (Labour cost, Parts cost, 更换配件)": r"Labour cost \(AUD\)|Parts cost \(AUD\)|更换配件",
    "a user's signature (用户签字)": r"用户签字",
    "whole units and parts on one return (整机 / 台, 配件 / 件)": r"(整机|配件) / [台件]",
    "a dealer's 返利 / 价保 allowance (质量折让, 价保补差)": r"(质量折让|价保补差).*",
    "dates typed dd/mm/yyyy (19/11/2026)": r"\d\d/\d\d/2026",
}  # fmt: skip


_SENT_ALONE_HABITS64 = {  # a service engineer's 维修单, an English 8D, an English RMA, a Hong Kong 價保折讓單
    "a service engineer's paper 维修单 (机身条码, 故障代码, 用户签字)": (
        "家电维修单",
        "机身条码",
        "用户签字",
    ),
    "an English 8D on control boards (Units Affected, D4 Escape Point)": ("8D REPORT", "Units Affected"),
    "an English RMA from a distributor's warehouse (Authorised Qty, Qty Received)": (
        "RETURN MATERIAL",
        "Authorised Qty",
    ),
    "a Hong Kong 價保折讓單 in HK$ (港幣…元正)": ("價保折讓單", r"HK\$", "港幣.*元正"),
}
_HABITS64 = frozenset({*_TEXT_HABITS64, *_SENT_ALONE_HABITS64})


HOLDOUT64 = HoldoutSet(
    name="holdout64",
    about=(
        "The sixty-fourth held-out layouts (tests/holdout64) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints about home\n"
        "appliances, furniture and other consumer durables through dealers, service networks and installers: a\n"
        "brand's 售后服务工单 by a service engineer (服务网点, 用户姓名, 138****5678, 购机 / 安装 / 报修日期, 内机 /\n"
        "外机条码, 故障代码 E4, 用户签字), a dealer's 产品质量反馈单 (经销商名称, 门店, 进货数量(台)), a furniture\n"
        "maker's 客诉登记单 (款号, 颜色 / 尺寸 / 板材, 安装师傅, 补发配件), a Hong Kong dealer's 維修投訴單 (機身編號,\n"
        "dd/mm/yyyy), an Australian Warranty Claim Form (Serial No., Date of Purchase / Failure, Labour / Parts\n"
        "cost), an 8D on compressors, a Taiwanese 8D on door seals, a 返厂单 (整机 / 配件), a Taiwanese dealer's\n"
        "退貨單, a 经销商折让通知单 (返利 / 价保), an Australian warranty Credit Note (ABN, GST); sent as PDF only\n"
        "(fpdf2): a paper 家电维修单, an English 8D on control boards, an English RMA, a Hong Kong 價保折讓單; two\n"
        "odd files (2026-13-05; a count of -3 台).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout64/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout64 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "359/401 = 89.5 % (Excel 150/169, PDF 209/232: printed from Excel 150/169, sent as PDF only 59/63), "
        "8 wrong, 3 silent: the warranty claim's Distributor unknown, the Dealer / Retailer beside it read as the "
        "customer (xlsx and PDF); the service order's 故障现象 cut at 上门检测： inside the engineer's text (PDF); "
        "missing (34): 用户姓名, 内机条码 / 机身条码, 经销商要求, 要求, 店舖經理, 機種 (8D head and return column), 同意數量, "
        "返厂单号, 关联工单号, ABN, 纳税人识别号 (read as the seller's), Repair Performed, 维修措施, 处理意见, D7 预防措施, "
        "合計 and 核准 on the 價保折讓單; kinds 24 of 26 (the 返厂单 not recognised); odd files: 2026-13-05 a record "
        "with invalid_date, the -3 台 返厂单 an error (kind not recognised; with --kind return a too_small error); "
        "profiles 214/219 = 97.7 %, 2 silent (服务工程师 刘建军（工号 036-12）kept whole); learned on the PDFs 112/114"
    ),
    floors=Floors(
        excel=0.905,
        pdf=0.913,
        sent_as_pdf=0.936,
        recognised=26,
        profile_excel=0.986,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.991,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 3233a2aa) Excel 150/169 = 88.8 %, PDF 209/232 = 90.1 % (printed from Excel",
        "150/169 = 88.8 %), sent as PDF only 59/63 = 93.7 %: 359/401, 8 wrong (3 silent), 0 invented; kinds 24/26",
        "HOLDOUT64_FLOOR_EXCEL = 0.887 — 150/169 before any fix",
        "HOLDOUT64_FLOOR_PDF = 0.900 — 209/232 before any fix",
        "HOLDOUT64_FLOOR_SENT_AS_PDF = 0.936 — 59/63 before any fix",
        "HOLDOUT64_RECOGNISED_NOW = 24 — of 26 read without --kind before any fix (the 返厂单 xlsx and PDF not)",
        "HOLDOUT64_SILENT_NOW = 3 — the warranty claim's customer ×2 (Dealer / Retailer's value for the unknown",
        "Distributor), the service order's PDF 故障现象 cut at 上门检测：",
        "HOLDOUT64_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 214/219 = 97.7 %",
        "HOLDOUT64_FLOOR_PROFILE_EXCEL = 0.977 — 214/219 before any fix (learned on the PDFs: 112/114 = 0.982)",
        "HOLDOUT64_PROFILE_SILENT_NOW = 2 — the service order's 服务工程师 周海涛（工号 036-07） kept with its",
        "工号 (xlsx and PDF)",
        "unlisted values before any fix: 10 (0 unwarned); HOLDOUT64_UNLISTED_SILENT_NOW = 0 — each looked at on its",
        "filled file, all warned: the compressor 8D's D7 预防措施 as prevention.lessons_learned ×2 (the horizontal",
        "deployment, a misread), the 折让通知单's 纳税人识别号 as seller.tax_id ×2 (the dealer's, the buyer's: a",
        "misread), the 價保折讓單's 合計 as total_excl_tax (right in value: no tax on the note) and its 核准 as",
        "approved_by_gm (the manager's, a misread), the furniture 客诉单's 处理意见 as negotiation_result ×2 (the",
        "factory's resupply, the short-term action: a misread), the 维修单's parts-list 数量 1件 as ship_qty and",
        "its 费用合计 0.00（保内） as loss_amount (the user's repair bill, no loss: misreads)",
        "with profiles learned on the Excel files: unlisted 8, 4 unwarned (the furniture 客诉单's 处理意见 as",
        "negotiation_result and the compressor 8D's D7 预防措施 as lessons_learned, xlsx and PDF: misreads the",
        "profile keeps without the first reading's warning; not held by a floor)",
        "-- holdout64's fixes: an engineer's own heading inside his text no longer cuts it (anchor._label_span,",
        "head_words.heads_a_value), the party named twice by a known label and a party's word said (label_lost),",
        "a staff number in brackets parted from a name (guards.split_name), a table header naming only a column",
        "another holds read by its head word: 365/401 (Excel 153/169, PDF 212/232, sent as PDF only 59/63),",
        "4 wrong, 0 silent; kinds 24/26; profiles 216/219, 0 silent (learned on the PDFs 113/114); unlisted 10,",
        "0 unwarned",
        "HOLDOUT64_FLOOR_EXCEL = 0.905 — 153/169 after holdout64's fixes",
        "HOLDOUT64_FLOOR_PDF = 0.913 — 212/232 after holdout64's fixes",
        "HOLDOUT64_SILENT_NOW = 0 — after holdout64's fixes",
        "HOLDOUT64_FLOOR_PROFILE_EXCEL = 0.986 — 216/219 after holdout64's fixes (learned on the PDFs 113/114 = 0.991)",
        "HOLDOUT64_PROFILE_SILENT_NOW = 0 — after holdout64's fixes",
        "-- kinds47: 返厂单 a return note's title (goods sent back to the factory, as 返厂维修 says): the",
        "返厂单 xlsx and PDF recognised, the clerk's figure without --kind 331 → 367/401; the odd -3 台 返厂单",
        "now a return record with too_small on its count (odd_with_a_record)",
        "HOLDOUT64_RECOGNISED_NOW = 26 — after kinds47",
    ),
    targets=False,
    shape=_SHAPE64,  # at least its shape: 15 layouts, 26 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS64), _SENT_ALONE_HABITS64),
    habits_wanted=_HABITS64,
    second_copies=9,
    second_sent_as_pdf=1,
    # 2026-13-05; a count of -3 台
    odd_kinds=(None,),
    # (the -3 台 返厂单: a return record since kinds47, its count an error)
    odd_with_a_record=frozenset({"complaint-no-such-month", "return-negative-count"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout63
_SHAPE63 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS63 = {
    "units in the labels (数量(只), 不良数量(只), 供货数量(块), 數量(台), 容量(kWh), 补偿功率(W), 单价(元/W))": (
        r"(来料|不良|供货|异常)?数量\((只|块)\)|數量\(台\)|容量\(kWh\)|补偿功率\(W\)|单价\(元/W\)"
    ),
    "a measured-cell table beside or inside the form (电芯条码 Cell ID, 容量 mAh, 内阻 mΩ, OCV V, K值)": (
        r"电芯条码( Cell ID)?|容量 mAh|内阻 mΩ|OCV V|K值 mV/d|K值\(mV/d\)"
    ),
    "a long cell barcode (03HCB2A1021F0K3M40001872)": r"03HCB\w{19}",
    "a lot that looks like a date (20261021)": r"202610(21|30)",
    "an EV field-failure report's vehicle data (VIN, Mileage (km), DTC, SOC / SOH (%), BMS SW Version)": (
        r"VIN|Mileage \(km\)|DTC|SOC / SOH \(%\)|BMS SW Version"
    ),
    "a PV plant's words (电站名称, 并网日期, 组件序列号, EL 检测, 功率衰减 %)": r"电站名称|并网日期|组件序列号|EL 检测|功率衰减 %",
    "an inverter RMA's words (序號 SN, Error Code, Firmware)": r"序號 SN|Error Code|Firmware",
    "an energy-storage 8D (Container ID, thermal runaway)": r"Container ID|.*thermal runaway.*",
    "prices per watt (0.85 元/W, $0.28/Wp)": r"\$0\.2[68]/Wp",
    "MM/DD/YYYY and dd.mm.yyyy dates (11/10/2026, 17.11.2026)": r"1[12]/\d\d/2026|\d\d\.1[12]\.2026",
    "measurements beside the quantities (3.2 V 280 Ah, 550Wp)": r".*3\.2 V (280|105) Ah.*|.*5[58]0Wp",
    "民國 dates on inverter and charger forms (115/11/05, 115年11月26日)": r"115/\d\d/\d\d|115年1[12]月\d{1,2}日",
}  # fmt: skip


_SENT_ALONE_HABITS63 = {  # an EV-charger warranty claim, an ESS 联络单, a zh-Hant pack 8D, a cell return note
    "an EV-charger warranty claim (Serial No., Error Code, Firmware, Units Faulty)": (
        "Serial No",
        "Units Faulty",
    ),
    "an energy-storage site's 联络单 (储能柜编号, 涉及数量(簇), 热失控)": (
        "储能柜编号",
        r"涉及数量\(簇\)",
        "热失控",
    ),
    "an 8D with the D number after each step (小組成員 (D1), 真因分析 (D4))": (
        r"小組成員 \(D1\)",
        r"真因分析 \(D4\)",
    ),
    "a cell return in pcs with kWh and pallets beside (Energy (kWh), Pallets, UN3480)": (
        r"Energy \(kWh\)",
        "Pallets",
        "UN3480",
    ),
}
_HABITS63 = frozenset({*_TEXT_HABITS63, *_SENT_ALONE_HABITS63})


HOLDOUT63 = HoldoutSet(
    name="holdout63",
    about=(
        "The sixty-third held-out layouts (tests/holdout63) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in the\n"
        "new-energy industries: a pack maker's 电芯质量异常反馈单 to its cell supplier (数量(只), a measured-cell\n"
        "table of 电芯条码 / 容量 mAh / 内阻 mΩ / OCV / K值 beside the fields), an EV maker's Field Failure Report\n"
        "(VIN, Mileage (km), DTC, SOC / SOH, a lot 20261021 that looks like a date), a PV developer's\n"
        "光伏组件质量投诉单 (电站名称, 并网日期, 组件序列号, EL 隐裂 / 黑片, 功率衰减 %), a Taiwanese inverter RMA\n"
        "(序號 SN, Error Code, Firmware, 數量(台)), an energy-storage 8D (Container ID, thermal runaway), a cell\n"
        "maker's 8D报告 with a test table between D2 and D3, a cell 退货单 (容量(kWh), 托盘数), a Taiwanese\n"
        "charger 退貨單, a European installer's PV-module RMA (dd.mm.yyyy, EUR), a 折让单 priced per watt\n"
        "(补偿功率(W), 单价(元/W)), a Taiwanese inverter 銷貨折讓單, a US Warranty Claim credit memo in $/Wp\n"
        "(MM/DD/YYYY); sent as PDF only (fpdf2): an EV-charger Warranty Claim, an ESS 储能柜质量问题联络单, a\n"
        "Taiwanese pack 8D with the D number after each step, a cell Return Note with kWh and pallets; two odd\n"
        "files (2026/11/31; a 纳税人识别号 of sixteen characters).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout63/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout63 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "349/387 = 90.2 % (Excel 153/168, PDF 196/219: printed from Excel 153/168, sent as PDF only 43/51), "
        "6 wrong, 1 silent: the EV-charger claim's Production Batch read as the Serial No. beside it "
        "(VH22T2S2609004417); missing (32): Installer ×3, Units Installed / Units Faulty / Fault Description, "
        "Supplier Lot ×2, 业主单位, 涉及数量(簇), 组件名称 ×2, RMA 編號 ×2, 機種 ×2, 數量(台) ×2, Resolution ×2, "
        "规格 ×2 (a return column), RMA 單號 ×2, 补偿功率(W) ×2, Rate ($/Wp) ×2, 核准 on the two allowances ×4 "
        "(read as approved_by_gm, warned); kinds 27 of 28 (the ESS 联络单 not recognised); odd files: both a "
        "record with errors (2026/11/31: invalid_date; the sixteen-character 纳税人识别号 taken unwarned); "
        "profiles 224/232 = 96.6 %, 2 silent (补偿功率(W) 2283 read 22830000, xlsx and PDF); learned on the "
        "PDFs 117/121, 1 silent"
    ),
    floors=Floors(
        excel=0.916,
        pdf=0.899,
        sent_as_pdf=0.843,
        recognised=28,
        profile_excel=0.991,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.991,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 3233a2aa) Excel 153/168 = 91.1 %, PDF 196/219 = 89.5 % (printed from Excel",
        "153/168 = 91.1 %), sent as PDF only 43/51 = 84.3 %: 349/387, 6 wrong (1 silent), 0 invented; kinds 27/28",
        "HOLDOUT63_FLOOR_EXCEL = 0.910 — 153/168 before any fix",
        "HOLDOUT63_FLOOR_PDF = 0.894 — 196/219 before any fix",
        "HOLDOUT63_FLOOR_SENT_AS_PDF = 0.843 — 43/51 before any fix",
        "HOLDOUT63_RECOGNISED_NOW = 27 — of 28 read without --kind before any fix (the ESS 联络单 not)",
        "HOLDOUT63_SILENT_NOW = 1 — the EV-charger claim's lot_no: the Serial No. read for the Production Batch",
        "HOLDOUT63_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 224/232 = 96.6 %",
        "HOLDOUT63_FLOOR_PROFILE_EXCEL = 0.965 — 224/232 before any fix (learned on the PDFs: 117/121 = 0.967)",
        "HOLDOUT63_PROFILE_SILENT_NOW = 2 — the per-watt 折让单's 补偿功率(W) 2,283 read 22830000 (the W of the",
        "heading taken as 万; xlsx and PDF)",
        "unlisted values before any fix: 19 (2 unwarned); HOLDOUT63_UNLISTED_SILENT_NOW = 2 — each looked at on",
        "its filled file: the inverter RMA's 數量(台) read as ship_qty ×2 (unwarned, a misread: the units sent",
        "back, the defect count); warned: prevention.documents_updated ×5 (FMEA / control plan / 检验规范 /",
        "SOP named in D7: right), 核准 as approved_by_gm ×4 (the manager's, a misread), the charger claim's",
        "Fault Description as part_name (a misread), the ESS 联络单's 涉及数量(簇) as ship_qty (a misread: the",
        "defect count), the 电芯 反馈单's 审核 / 批准 as sales_supervisor / approver ×4 (the customer's own",
        "reviewers, misreads), the RMA's 案場名稱 as part_name ×2 (a misread: the site); with profiles learned",
        "on the Excel files 11 (4 unwarned: 核准 as approved_by_gm on the per-watt 折让单 ×2, 數量(台) as",
        "ship_qty ×2), learned on the PDFs 6 (2 unwarned, the same two)",
        "-- holdout63's fixes: a capital W in a label naming power (补偿功率(W)) is the watt, never 万; a capital W",
        "after a figure no count (units.scale_of, units.own_unit): profiles 228/232, 0 silent (learned on the PDFs",
        "119/121, 0 silent); main run unchanged 349/387",
        "HOLDOUT63_FLOOR_PROFILE_EXCEL = 0.982 — 228/232 after the watt rule",
        "HOLDOUT63_FLOOR_PROFILE_PDF = 0.983 — 119/121 after the watt rule",
        "HOLDOUT63_PROFILE_SILENT_NOW = 0 — after the watt rule",
        "-- holdout63's fixes: an unknown label whose last word names the field read from another label",
        "(Production Batch, the lot read from Serial No.) puts it in doubt (unread_beside.values_named_again); a",
        "complaint's one count under a bare 數量 / Qty is said (lone_count_doubted, count_which_unsure): 349/387,",
        "0 silent; unlisted 19, 0 unwarned (profiles still 4 unwarned on the Excel-learned line: 核准 as",
        "approved_by_gm ×2, 數量(台) as ship_qty ×2 — a profile's reading skips the generic reader's doubts)",
        "HOLDOUT63_SILENT_NOW = 0 — after the doubt on two labels for one field",
        "HOLDOUT63_UNLISTED_SILENT_NOW = 0 — after count_which_unsure",
        "-- holdout63's fix: a price typed with its unit after a slash ($0.28/Wp, 12.50 元/个) read as the price of",
        "one such unit, said (typed.amount_per_unit): 351/387 (Excel 154/168, PDF 197/219), 0 silent",
        "HOLDOUT63_FLOOR_EXCEL = 0.916 — 154/168 after amount_per_unit",
        "HOLDOUT63_FLOOR_PDF = 0.899 — 197/219 after amount_per_unit",
        "HOLDOUT63_FLOOR_PROFILE_EXCEL = 0.991 — 230/232 after amount_per_unit (learned on the PDFs 120/121 = 0.991)",
        "HOLDOUT63_FLOOR_PROFILE_PDF = 0.991 — 120/121 after amount_per_unit",
        "HOLDOUT63_RECOGNISED_NOW = 28 — kinds48: the ESS 储能柜质量问题联络单 a complaint under its general title;",
        "its 处理要求 '更换电池簇并出具 8D 报告' (a verb asking for the form) no 8D title any more (was 27/28: read",
        "as an 8D, warned kind_title_unsupported)",
    ),
    targets=False,
    shape=_SHAPE63,  # at least its shape: 16 layouts, 28 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS63), _SENT_ALONE_HABITS63),
    habits_wanted=_HABITS63,
    second_copies=9,
    second_sent_as_pdf=1,
    # 2026/11/31; a 纳税人识别号 of sixteen characters
    odd_kinds=(None,),
    odd_with_a_record=frozenset({"complaint-no-such-day", "allowance-short-tax-id"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout62
_SHAPE62 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS62 = {
    "a stale control line (版本：A/0　2019-06-01 生效, 版次：A/0　2019/06/01 生效)": r".*版[本次]：A/0.*2019[-/]06[-/]01 生效.*",
    "the old routing words (传递路线：业务课 → 品管课 → 制造课 → 厂长室)": r"传递路线：.*→.*",
    "a copies legend (一式三联, 一式五联, 一式三聯)": r".*一式[三五][联聯].*",
    "a revision table at the foot (修订记录, 修訂記錄)": r"修订记录|修訂記錄",
    "two fields in one block (不良内容及处理意见, D4 原因分析及对策)": r"不良内容及处理意见|D4 原因分析及对策",
    "a sister plant's header (华东精工（苏州）有限公司)": r".*（苏州）有限公司",
    "the sister plant's own fields (客诉等级, 车间, 班组)": r"客诉等级|车间|班组",
    "a value typed after its label in one cell (客户：…)": r"(单号|日期|客户|品名|不良数|登记人|问题)：.+",
    "the old request word 折价 / 折價": r".*[□■☐☑][折][价價].*",
    "the return reason as check boxes (■品质不良 □交期延误)": r"■品质不良.*",
    "word-for-word English (Apply Quantity, Handle Method, Warehouse Sign)": r"Apply Quantity|Handle Method|Warehouse Sign",
    "the old 统一编号 line over an 18-character credit code": r"统一编号",
    "a short 8D under the complaint (8D 简易报告)": r"8D 简易报告",
    "the Taiwan plant's 民國 dates (民國115年11月12日, 115/11/14)": r"民國115年\d+月\d+日|115/\d\d/\d\d",
}  # fmt: skip


_SENT_ALONE_HABITS62 = {  # the English complaint sheet and 8D, the Taiwan plant's return note, the English certificate
    "the English Customer Complaint Handling Form (Bad Content, Handle Opinion)": (
        "Customer Complaint Handling Form",
        "Bad Content",
        "Handle Opinion",
    ),
    "the English seven-step 8D (D4 Cause Analysis and Countermeasure)": (
        r"8D Report \(Seven Steps\)",
        "Cause Analysis and Countermeasure",
    ),
    "the Taiwan plant's 成品退貨單 in five copies (一式五聯)": ("成品退貨單", "一式五聯"),
    "the English Sales Discount Certificate (Unified No., Price and Tax Total)": (
        "Sales Discount Certificate",
        r"Unified No\.",
        "Price and Tax Total",
    ),
}
_HABITS62 = frozenset({*_TEXT_HABITS62, *_SENT_ALONE_HABITS62})


HOLDOUT62 = HoldoutSet(
    name="holdout62",
    about=(
        "The sixty-second held-out layouts (tests/holdout62) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; the factory's own\n"
        "forms as they drifted, and its sister plants' versions of them: the complaint sheet's first revision\n"
        "(版本 A/0, 2019-06-01 生效, 不良内容及处理意见 one block, 折价, three copies, the old routing, a revision\n"
        "table, blank rows), the Suzhou plant's variant (客诉等级, 车间 / 班组, a column added in the middle of its\n"
        "table), a clerk's home-made 客诉登记 (label and value in one cell, a yellow fill for the request), the\n"
        "Taiwan plant's 客戶抱怨處理單, a two-in-one sheet (a short 8D under the complaint), an 8D in seven steps\n"
        "(D4 原因分析及对策 one block), the Taiwan plant's 8D報告 with a revision table, an old 成品退货单 in five\n"
        "copies (退货原因 as boxes), its word-for-word English translation, an old 销货折让证明单 (统一编号 over an\n"
        "18-character credit code), the Taiwan plant's 銷貨折讓證明單; sent as PDF only (fpdf2): the English\n"
        "Customer Complaint Handling Form (Bad Content, Handle Opinion), the English seven-step 8D, the Taiwan\n"
        "plant's 成品退貨單, the English Sales Discount Certificate; two odd files (a superseded copy stamped 作废;\n"
        "a sheet whose only date is the form's own 2019-06-01 生效).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout62/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout62 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "349/398 = 87.7 % (Excel 151/168, PDF 198/230: printed from Excel 152/168, sent as PDF only 46/62), "
        "15 wrong, 2 silent: the Taiwan plant's 原發票號碼 AB-38274615 kept with its hyphen (a 字軌 number is "
        "AB38274615; xlsx and PDF); missing (34): the English complaint sheet's Product No. / Bad Quantity / Bad "
        "Content / Handle Opinion / Customer Requirement / Handler / Business Supervisor, 处理意见 (the short-term "
        "action, read as negotiation_result, warned), the 8D's D4 原因分析及对策 countermeasure, 班组, 折價, "
        "廠長 (xlsx), 问题：, Apply Quantity, Handle Method, Warehouse Sign, Discount No., Product Name / Discount "
        "Amount / Total on the English certificate, the English 8D's Date / Cause: / Effect Confirmation / D6 "
        "Prevent Recurrence; kinds 24 of 26 (the two-in-one sheet); odd files: both a record with errors (作废 "
        "only an unread label; the empty 抱怨日期 required, 2019-06-01 not taken); profiles 223/232 = 96.1 %, 4 "
        "silent (the 8D's merged D4 block: its cause read as the countermeasure; 退货原因 read as the whole "
        "check-box line); learned on the PDFs 119/123; unlisted 19, 6 unwarned (the revision table read as a "
        "penalty ×4, 审核 as sales_supervisor ×2)"
    ),
    floors=Floors(
        excel=0.916,
        pdf=0.878,
        sent_as_pdf=0.758,
        recognised=26,
        profile_excel=0.969,
        silent=0,
        invented_silent=0,
        profile_silent=2,
        profile_pdf=0.975,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 3233a2aa) Excel 151/168 = 89.9 %, PDF 198/230 = 86.1 % (printed from Excel",
        "152/168 = 90.5 %), sent as PDF only 46/62 = 74.2 %: 349/398, 15 wrong (2 silent), 0 invented; kinds 24/26",
        "HOLDOUT62_FLOOR_EXCEL = 0.898 — 151/168 before any fix",
        "HOLDOUT62_FLOOR_PDF = 0.860 — 198/230 before any fix",
        "HOLDOUT62_FLOOR_SENT_AS_PDF = 0.741 — 46/62 before any fix",
        "HOLDOUT62_RECOGNISED_NOW = 24 — of 26 read without --kind before any fix (not: the two-in-one sheet ×2)",
        "HOLDOUT62_SILENT_NOW = 2 — the Taiwan plant's 原發票號碼 AB-38274615 kept with its hyphen (xlsx, PDF)",
        "HOLDOUT62_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 223/232 = 96.1 %",
        "HOLDOUT62_FLOOR_PROFILE_EXCEL = 0.961 — 223/232 before any fix (learned on the PDFs: 119/123 = 0.967)",
        "HOLDOUT62_PROFILE_SILENT_NOW = 4 — the seven-step 8D's D4 原因分析及对策 block: the cause read as the",
        "countermeasure (xlsx, PDF); the 成品退货单's 退货原因 read as its whole check-box line (xlsx, PDF)",
        "unlisted values before any fix: 19 (6 unwarned); HOLDOUT62_UNLISTED_SILENT_NOW = 6 — each looked at on its",
        "filled file: the rev A/0 sheet's revision table (A/0 | 初版发行 | 2019-06-01 | 王振国) read as a penalty",
        "(penalties[0].target '初版发行', penalties[0].code 'A'; xlsx and PDF: misreads ×4); the two-in-one",
        "sheet's 审核 read as sales_supervisor (xlsx, PDF: arguable, the sheet's reviewer); the warned ones: 处理意见",
        "as negotiation_result ×4 (misreads: the short-term action), the seven-step 8D's countermeasure and the",
        "English D6 Prevent Recurrence as implementation[0].action ×3 (misreads), D6 防止再发's 写入作业指导书 as",
        "documents_updated ['work_instruction'] ×2 (right), 经理核准 / 核准 as approved_by_gm ×4 (misreads: the manager's)",
        "-- holdout62's fixes: the Taiwan plant's 原發票號碼 expected as typed, AB-38274615 (every earlier set keeps",
        "XX-12345678 so; the expectation before any fix, AB38274615, was the set's error: its 2 silent were no misread);",
        "a revision mark (A/0, B/1) is a bare code letter, naming a code option only under the table's own heading",
        "(compound._bare_code: the revision table's row no penalty); a free text filled as a row of tick boxes is the",
        "words ticked (values.ticked_text: 退货原因 ■品质不良 □… → 品质不良): 356/398, 8 wrong, 0 silent; kinds 24/26",
        "HOLDOUT62_FLOOR_EXCEL = 0.916 — 154/168 after holdout62's fixes",
        "HOLDOUT62_FLOOR_PDF = 0.878 — 202/230 after holdout62's fixes (printed 155/168)",
        "HOLDOUT62_FLOOR_SENT_AS_PDF = 0.758 — 47/62 after holdout62's fixes",
        "HOLDOUT62_SILENT_NOW = 0 — after holdout62's fixes",
        "HOLDOUT62_FLOOR_PROFILE_EXCEL = 0.969 — 225/232 after holdout62's fixes (learned on the PDFs: 120/123 = 0.975)",
        "HOLDOUT62_PROFILE_SILENT_NOW = 2 — the seven-step 8D's D4 block: its cause read as the countermeasure (xlsx, PDF)",
        "HOLDOUT62_UNLISTED_SILENT_NOW = 2 — the two-in-one sheet's 审核 as sales_supervisor (xlsx, PDF: arguable);",
        "the revision table's penalty gone (the approver 王振国 is still read from its 核准 column, right by luck: 厂长 unknown)",
        "-- kinds47: the two-in-one sheet 客诉处理单（含简易8D） read as the complaint its title heads, the 8D",
        "below said (kind_second_form): the clerk's figure without --kind 325 → 357/398",
        "HOLDOUT62_RECOGNISED_NOW = 26 — after kinds47",
    ),
    targets=False,
    shape=_SHAPE62,  # at least its shape: 15 layouts, 26 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS62), _SENT_ALONE_HABITS62),
    habits_wanted=_HABITS62,
    second_copies=8,
    second_sent_as_pdf=1,
    # a superseded copy stamped 作废; a sheet whose only date is the form's own 2019-06-01 生效
    odd_kinds=(None,),
    odd_with_a_record=frozenset({"complaint-void", "complaint-effective-only"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout61
_SHAPE61 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS61 = {
    "民國 dates (民國115年11月3日, 115/11/03, 115.11.06, 115年11月9日)": (
        r"(民國)?11[56](年\d{1,2}月\d{1,2}日|[/.]\d\d[/.]\d\d)"
    ),
    "full-width digits (１２０, ３，０００)": r"[０-９，]+( [個A-Z]+)?",
    "a block heading written top to bottom (客戶資料, 抱怨內容)": r"客戶資料|抱怨內容",
    "a sign-off row (承辦 / 審核 / 核准, 簽核 / 签核)": r"承辦|審核|簽核|签核",
    "Taiwan's words (品名規格, 料號, 不良數; 料号, 不良数 in a mainland branch)": r"品名規格|料號|不良數|料号|不良数",
    "an 8D numbered 一、… 八、 (一、成立小組, 三、暫時對策, 七、預防再發)": r"[一二三四五六七八]、\S+",
    "bilingual labels (客戶投訴表 Customer Complaint Form, 付運數量 Qty Shipped)": r"客戶投訴表 Customer Complaint Form|付運數量 Qty Shipped",
    "dates typed dd/mm/yyyy (18/11/2026)": r"\d\d/\d\d/20\d\d",
    "amounts in HK$ / NT$": r"(HK|NT)\$[\d,.]+",
    "an amount in 仟 / 佰 words (新臺幣參萬陸仟元整, 港幣壹萬陸仟貳佰元正)": r".*[仟佰].*元[整正].*",
    "the invoice's 年 / 月 / 日 and 字軌 / 號碼 in their own columns": r"字軌|號碼",
    "營業稅 / 營業稅額 and 金額(不含稅之進貨額)": r"營業稅.*|金額\(不含稅之進貨額\)",
}  # fmt: skip


_SENT_ALONE_HABITS61 = {  # a Macau complaint, a bilingual PCB 8D, a Hong Kong return note, the 折讓證明單's other variant
    "a Macau complaint (澳門元, dd/mm/yyyy)": ("澳門", r"\d\d/\d\d/2026"),
    "a bilingual 8D with half-width colons (8D報告 8D Report)": ("8D報告 8D Report", "暫時對策 Containment"),
    "a Hong Kong goods return note in HK$ (退貨單 Goods Return Note)": ("Goods Return Note", r"HK\$"),
    "the 折讓證明單's variant (開立發票日期, 字軌號碼, 新臺幣…元整)": (
        "開立發票日期",
        "字軌號碼",
        "新臺幣.*元整",
    ),
}
_HABITS61 = frozenset({*_TEXT_HABITS61, *_SENT_ALONE_HABITS61})


HOLDOUT61 = HoldoutSet(
    name="holdout61",
    about=(
        "The sixty-first held-out layouts (tests/holdout61) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in Taiwan\n"
        "and Hong Kong, in traditional script: a Taiwanese factory's 客訴處理單 (民國115年11月3日, 品名規格, 不良數\n"
        "１２０, 承辦 / 審核 / 核准), a 客戶抱怨處理單 with block headings written top to bottom, a mainland branch's\n"
        "品质异常处理单 in the group's Taiwanese words, a Hong Kong bilingual 客戶投訴表 Customer Complaint Form\n"
        "(dd/mm/yyyy), a Taiwanese 8D報告 numbered 一、… 八、, a mainland branch's 8D报告, a 銷貨退回單 (營業稅,\n"
        "新臺幣), a 退貨單 in full-width digits (新臺幣參萬陸仟元整), a mainland branch's 退货单, the statutory\n"
        "營業人銷貨退回進貨退出或折讓證明單 (統一編號 one digit a box, 年 / 月 / 日 and 字軌 / 號碼 columns), a\n"
        "mainland branch's 销货折让证明单, a Hong Kong 貸項通知單 Credit Note in HK$; sent as PDF only (fpdf2): a\n"
        "Macau 客戶投訴登記表, a bilingual PCB 8D, a Hong Kong 退貨單 Goods Return Note, the 折讓證明單's other\n"
        "variant; two odd files (民國115年2月30日; a 統一編號 of seven digits).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout61/README.md (the\n"
        "misses by cause). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout61 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "393/421 = 93.3 % (Excel 172/181, PDF 221/240: printed from Excel 172/181, sent as PDF only 49/59), "
        "2 wrong, 2 silent: the 折讓證明單 variant's buyer and seller 統一編號 swapped (the seller's id printed "
        "under the table read as the buyer's, the buyer's in boxes as the seller's); missing (26): 一、成立小組 "
        "(3 members, xlsx and PDF), 編號 No., 核准 (zh-Hans 折让 and 品质异常 厂长), 名稱 / 備註 on the statutory "
        "form, 投訴公司, 处理方式 退货换新, the variant's 開立發票日期 / 字軌號碼 / 原開立銷貨發票營業人 / 中華民國 "
        "年 月 日, the bilingual 8D's 日期 Date / D4 流出原因 Escape Cause / D7 預防再發 Prevention; kinds 28 of 28; "
        "odd files: both a record with errors (民國115年2月30日: invalid_date; the seven-digit 統一編號: "
        "buyer_tax_id required, the seven digits read as the seller's tax id unwarned); profiles 257/266 = "
        "96.6 %, 6 silent (a value typed one digit a box or split 字軌 / 號碼 read from its first box: '2', 'AB', "
        "'5'); learned on the PDFs 137/138"
    ),
    floors=Floors(
        excel=0.950,
        pdf=0.929,
        sent_as_pdf=0.864,
        recognised=28,
        profile_excel=0.992,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.992,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6b78aabf) Excel 172/181 = 95.0 %, PDF 221/240 = 92.1 % (printed from Excel",
        "172/181 = 95.0 %), sent as PDF only 49/59 = 83.1 %: 393/421, 2 wrong (2 silent), 0 invented; kinds 28/28",
        "HOLDOUT61_FLOOR_EXCEL = 0.950 — 172/181 before any fix",
        "HOLDOUT61_FLOOR_PDF = 0.920 — 221/240 before any fix",
        "HOLDOUT61_FLOOR_SENT_AS_PDF = 0.830 — 49/59 before any fix",
        "HOLDOUT61_RECOGNISED_NOW = 28 — of 28 read without --kind before any fix",
        "HOLDOUT61_SILENT_NOW = 2 — the 折讓證明單 variant's buyer_tax_id and seller.tax_id swapped",
        "HOLDOUT61_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 257/266 = 96.6 %",
        "HOLDOUT61_FLOOR_PROFILE_EXCEL = 0.966 — 257/266 before any fix (learned on the PDFs: 137/138 = 0.992)",
        "HOLDOUT61_PROFILE_SILENT_NOW = 6 — the statutory 折讓證明單's seller.tax_id / buyer_tax_id typed one digit a",
        "box and invoice_no split 字軌 / 號碼, read from the first box only ('2', '5', 'AB'; xlsx and PDF)",
        "unlisted values before any fix: 6 (0 unwarned); HOLDOUT61_UNLISTED_SILENT_NOW = 0 — each looked at on its",
        "filled file, all warned: the bilingual 8D's D7 預防再發 Prevention read as lessons_learned (the",
        "horizontal deployment, a misread), the zh-Hans 折让证明单's 核准 as approved_by_gm ×2 (the manager's,",
        "a misread), the 品质异常处理单's 主管 as sales_supervisor ×2 (the QA supervisor, arguable), the Macau",
        "complaint's 送貨單號 as lot_no (a delivery note's number, a misread)",
        "-- holdout61's fixes: two labels of the same words naming either party's field (統一編號 twice), neither",
        "with a party told beside it or right above it, read under the reporting threshold, both shown for checking",
        "(value_cues.parties_untold): 393/421, 2 wrong (0 silent: the variant's swapped ids now warned)",
        "HOLDOUT61_SILENT_NOW = 0 — after holdout61's fixes",
        "-- fix45: a value typed one piece a box learned as its run of boxes (profile._run_spanned), a bracketed",
        "alternative naming one party deciding a caption read alike (進貨營業人（原買受人）名稱: the buyer; the 統一編號",
        "under it the buyer's), a 統一編號 not of 8 digits said (tax_id_not_ubn), the head",
        "word's doubt kept by a profile: 395/421 (PDF 223/240, sent as PDF only 51/59), 0 wrong; profiles 264/266, 0 silent",
        "HOLDOUT61_FLOOR_PDF = 0.929 — 223/240 after fix45",
        "HOLDOUT61_FLOOR_SENT_AS_PDF = 0.864 — 51/59 after fix45 (the variant's two 統一編號 read right)",
        "HOLDOUT61_FLOOR_PROFILE_EXCEL = 0.992 — 264/266 after fix45",
        "HOLDOUT61_PROFILE_SILENT_NOW = 0 — after fix45 (the boxed values read whole)",
    ),
    targets=False,
    shape=_SHAPE61,  # at least its shape: 16 layouts, 28 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS61), _SENT_ALONE_HABITS61),
    habits_wanted=_HABITS61,
    second_copies=9,
    second_sent_as_pdf=1,
    # 民國115年2月30日; a 統一編號 of seven digits
    odd_kinds=(None,),
    odd_with_a_record=frozenset({"complaint-no-such-day", "allowance-short-tax-id"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout60
_SHAPE60 = _shape_of(layouts=17, filled=30, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS60 = {
    "dd/mm/yyyy dates (05/11/2026)": r"\d\d/\d\d/2026",
    "dd-MMM-yyyy dates (09-Nov-2026)": r"\d\d-[A-Z][a-z]{2}-2026",
    "rupees in lakh grouping (Rs. 1,25,000.00, ₹1,25,000.00)": r"(Rs\. |₹)\d{1,2},\d\d,\d{3}\.\d\d",
    "a currency code before the amount (AED 18,450.00, KES 386,400.00, PHP 85,600.00)": r"(AED|KES|PHP) [\d,]+\.\d\d",
    "comma decimals after dot thousands (MXN 45.678,90, R$ 1.250,00)": r"(MXN|R\$) [\d.]+,\d\d",
    "a baht sign (฿19,500.00)": r"฿[\d,]+\.\d\d",
    "labels in Spanish / English or Portuguese / English halves (Cliente / Customer, Qtd. Devolvida / Qty Returned)": (
        r"Cliente / Customer|Qtd\. Devolvida / Qty Returned"
    ),
    "English labels with Vietnamese glosses (Complain No. / Số khiếu nại)": r"Complain No\. / Số khiếu nại",
    "non-native English labels (Date of Complain, Defected Qty, Claim Amt, Reason of Return)": (
        r"Date of Complain.*|Defected Qty.*|Claim Amt|.*Reason of Return"
    ),
    "an Indian buyer's Consignee beside the Buyer, and its GSTIN": r"Consignee|Buyer GSTIN",
    "the factory's own answer on the customer's complaint (我司回复, 我方回覆)": r"我司回复|我方回覆",
}  # fmt: skip


_SENT_ALONE_HABITS60 = {  # a Nigerian letter, an Indonesian bilingual form, a zh-Hant 折讓單 in rand, a zh-Hant 8D
    "a Nigerian distributor's letter in naira (NGN 2,450,000.00, Yours faithfully)": (
        r"NGN [\d,]+\.\d\d",
        "Yours faithfully",
    ),
    "labels in Bahasa Indonesia / English halves, rupiah in dot thousands (Rp 12.500.000)": (
        r"No\. Keluhan",
        r"Rp [\d.]+",
    ),
    "rand with space thousands and a decimal comma (R 45 600,00)": (r"R \d+ \d{3},\d\d",),
    "a zh-Hant 8D for a Malaysian customer (Sdn. Bhd., 防止再發)": (r"Sdn\. Bhd\.", "防止再發"),
}
_HABITS60 = frozenset({*_TEXT_HABITS60, *_SENT_ALONE_HABITS60})


HOLDOUT60 = HoldoutSet(
    name="holdout60",
    about=(
        "The sixtieth held-out layouts (tests/holdout60) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints from\n"
        "customers in Southeast Asia, South Asia, the Middle East, Africa and Latin America writing to a Chinese\n"
        "factory in English (not their first language) or bilingually: a Vietnamese distributor's form with\n"
        "Vietnamese glosses (Complain No., Date of Complain, Dealer, Defected Qty), an Indian buyer's complaint\n"
        "(Buyer / Consignee, PO Ref., Invoice No., Claim Amt Rs. 1,25,000.00), a Gulf importer's claim (Claimant,\n"
        "09-Nov-2026, AED), a Mexican claim in Spanish / English halves (MXN 45.678,90), the factory's register of\n"
        "a Kenyan complaint (KES, 我司回复), a Taiwanese trading house's 客訴單 for a Philippine customer (PHP), a\n"
        "regional office's English 8D, the factory's 8D for an Indonesian customer, a Brazilian return in\n"
        "Portuguese / English halves (R$ 1.250,00), the factory's 退货单 for the Indian buyer (₹ in lakhs), a zh-Hant\n"
        "退貨單 for a Thai dealer (฿), an Indian debit note (GSTIN, IGST @ 18%), a 折让证明单 for a Saudi importer\n"
        "(TRN, VAT 15 %); sent as PDF only (fpdf2): a Nigerian distributor's letter (NGN), an Indonesian form in\n"
        "Bahasa / English halves (Rp 12.500.000), a zh-Hant 折讓單 in rand (R 45 600,00), a zh-Hant 8D for a\n"
        "Malaysian customer; two odd files (an ambiguous 03/04/2026; a count typed 1,5).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout60/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout60 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "364/422 = 86.3 % (Excel 159/183, PDF 205/239: printed from Excel 159/183, sent as PDF only 46/56), "
        "12 wrong, 0 silent; flagged (12): the Indian complaint's Complaint Ref. read the Invoice No., its Buyer the "
        "Consignee, its Nature of Complaint the complaint's number (xlsx, PDF), the Nigerian letter's Ref No. read the "
        "Invoice No. and its Distributor the claim amount, the Kenyan register's 客户描述 read the 客户要求 (xlsx, PDF), "
        "the 退货单's 报废并补货 read scrap only (xlsx, PDF); missing (46); kinds 27 of 30 (the Gulf claim xlsx and "
        "PDF, the Nigerian letter not recognised); unlisted unwarned 13 (tax_rate ×5 right; the Brazilian return's "
        "Motivo / Reason of Return and Disposição / Disposition rows read as two more item lines ×8, misreads); odd "
        "files: both a record with errors (03/04/2026 read 2026-03-04 and warned date_order_inferred; 1,5 "
        "invalid_qty); profiles 238/239 = 99.6 %, 0 silent; learned on the PDFs 124/125, 0 silent"
    ),
    floors=Floors(
        excel=0.945,
        pdf=0.924,
        sent_as_pdf=0.857,
        recognised=30,
        profile_excel=0.995,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.992,
        unlisted_silent=5,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6b78aabf) Excel 159/183 = 86.9 %, PDF 205/239 = 85.8 % (printed from Excel",
        "159/183 = 86.9 %), sent as PDF only 46/56 = 82.1 %: 364/422, 12 wrong (0 silent), 0 invented; kinds 27/30",
        "HOLDOUT60_FLOOR_EXCEL = 0.868 — 159/183 before any fix",
        "HOLDOUT60_FLOOR_PDF = 0.857 — 205/239 before any fix",
        "HOLDOUT60_FLOOR_SENT_AS_PDF = 0.821 — 46/56 before any fix",
        "HOLDOUT60_RECOGNISED_NOW = 27 — of 30 read without --kind before any fix (the Gulf claim, xlsx and PDF, and",
        "the Nigerian letter not recognised)",
        "HOLDOUT60_SILENT_NOW = 0",
        "HOLDOUT60_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 238/239 = 99.6 %",
        "HOLDOUT60_FLOOR_PROFILE_EXCEL = 0.995 — 238/239 before any fix (learned on the PDFs: 124/125 = 0.992)",
        "HOLDOUT60_PROFILE_SILENT_NOW = 0 (the profiles' unlisted values, unwarned: tax_rate 0.18 right; the Gulf",
        "claim's Shipment Ref. as order_no — our sales order, arguably right — and the Nigerian letter's Ref No. as",
        "order_no — a misread: the letter's own number, the complaint's)",
        "unlisted values before any fix: 31 (13 unwarned); HOLDOUT60_UNLISTED_SILENT_NOW = 13 — each looked at on",
        "its filled file: right (5): tax_rate 0.18 ×2 (IGST @ 18%), 0.15 ×3 (增值税 15%, VAT 15%); misreads (8): the",
        "Brazilian return's rows under the lines (Motivo / Reason of Return, Disposição / Disposition) read as two",
        "more item lines, part_no and part_name each (xlsx, PDF). Warned (18): the regional 8D's D6 text as",
        "implementation action and its D7 as documents_updated fmea ×2 each (right), the D7 texts as lessons_learned",
        "×3, the zh-Hant 8D's team roles ×3, the debit note's Vendor Code as seller.name ×2 (misread, warned), the",
        "折讓單's 核准 as approved_by_gm, the Gulf claim's Shipment Ref. and the Nigerian letter's Ref No. as order_no",
        "×3, the register's 跟单业务 as sales_supervisor ×2 (the reporter expected: a miss, warned)",
        "-- holdout60's fixes: a row under a table's lines whose first text names another field of the form (0.6",
        "and up: a half in a language we lack, a non-native wording) with its value across the columns ends the",
        "lines (anchor._field_caption_left): 368/422 = 87.2 %, 12 wrong (0 silent); kinds 27/30",
        "HOLDOUT60_FLOOR_EXCEL = 0.879 — 161/183 after holdout60's fixes",
        "HOLDOUT60_FLOOR_PDF = 0.866 — 207/239 after holdout60's fixes (printed from Excel 161/183)",
        "HOLDOUT60_FLOOR_SENT_AS_PDF = 0.821 — 46/56, unchanged",
        "HOLDOUT60_UNLISTED_SILENT_NOW = 5 — tax_rate ×5, right (the Brazilian return's rows under its lines are",
        "its reason and disposition again, no item lines); profiles unchanged 238/239, learned on the PDFs 124/125",
        "(补货 on a return read as the replacement was tried and withdrawn: holdout57's 返工后重新交货 then read as an",
        "invalid choice, its profile 235 → 233/239)",
        "-- halves45: a bilingual label read by the half we know when the other half is in a language we lack",
        "(vocab.label_halves / _known_half, a step below that half alone): Qtd. Aprovada / Qty Approved now",
        "items[0].qty_approved ×2 (right); Date of Complain / Ngày khiếu nại now read, its 11/05/2026 taken month",
        "first and flagged (2 more wrong, warned): 370/422 = 87.7 %, 14 wrong (0 silent)",
        "HOLDOUT60_FLOOR_EXCEL = 0.885 — 162/183 after halves45",
        "HOLDOUT60_FLOOR_PDF = 0.87 — 208/239 after halves45 (printed from Excel 162/183)",
        "kinds46: the Gulf `QUALITY CLAIM` (its settlement `Credit note against next shipment` no title against the complaint's labels: kind_title_overruled) and the Nigerian letter (`RE: COMPLAINT ON DEFECTIVE GOODS`, kind_title_general) found: kinds 30/30",
        "-- weak46: head words for labels read loosely or not at all — Código / Code (known only as the penalties'",
        "column) → part_no ×2, PO Ref. / Số PO by its halves' head words → order_no ×2, Dated (a date head's",
        "participle) → received_date ×2, Description of Goods (the goods: the part) → part_name ×2 and so Details",
        "of Claim → description ×2, Model alone → part_no ×3, 客户描述 → description ×2; Ngày on the form, an",
        "Indian Pvt. Ltd. / Rs.: dates day first (05/11/2026, 07/11/2026 right, warned date_order_inferred):",
        "387/422 = 91.7 %, 10 wrong (0 silent)",
        "HOLDOUT60_FLOOR_EXCEL = 0.928 — 170/183 after weak46",
        "HOLDOUT60_FLOOR_PDF = 0.907 — 217/239 after weak46 (printed from Excel 170/183)",
        "HOLDOUT60_FLOOR_SENT_AS_PDF = 0.839 — 47/56 after weak46",
        "-- weak47: Complainant over a person's name (the customer given by Buyer) → reporter ×2, Nature of",
        "Complaint over a sentence → description ×2 (complaint_type left unread), 审核 | 蒋文斌 → approved_by_manager",
        "×2, Signed → reporter (the Nigerian letter): 394/422 = 93.4 %, 8 wrong (0 silent)",
        "HOLDOUT60_FLOOR_EXCEL = 0.945 — 173/183 after weak47",
        "HOLDOUT60_FLOOR_PDF = 0.924 — 221/239 after weak47 (printed from Excel 173/183)",
        "HOLDOUT60_FLOOR_SENT_AS_PDF = 0.857 — 48/56 after weak47",
    ),
    targets=False,
    shape=_SHAPE60,  # at least its shape: 17 layouts, 30 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS60), _SENT_ALONE_HABITS60),
    habits_wanted=_HABITS60,
    second_copies=9,
    second_sent_as_pdf=1,
    # 03/04/2026 with nothing saying the order; a count typed 1,5
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"intl-complaint-ambiguous-date", "intl-complaint-comma-count"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout59
_SHAPE59 = _shape_of(layouts=14, filled=25, sent_as_pdf=3, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS59 = {
    "a datetime where a date is wanted (2026-11-03 14:22:05, 2026-11-04 09:37)": r"2026-\d\d-\d\d \d\d:\d\d(:\d\d)?",
    "a row of the system's field keys over its captions (FBillNo, FMaterialId.FNumber)": r"F[A-Z][A-Za-z]+(\.F[A-Za-z]+)?",
    "a code + text value (Z01 外观不良, R02 退货, R03 Quality - defective, SCRP Scrap)": r"([A-Z]\d\d|SCRP) .+",
    "a user id as a person (ZHANGWEI01, JSMITH02, MAY.CHEN, WH_LIUYANG)": r"[A-Z]+\d\d|[A-Z]+\.[A-Z]+|WH_[A-Z]+",
    "a report header band (列印日期 …, 頁次)": r"列印日期：.*",
    "a day.month.year date (20.11.2026)": r"\d\d\.\d\d\.2026",
    "a CRM case's fields (Case Origin, Priority)": r"Case Origin|Priority",
    "a QMS record export's line (Exported … by QMS_ADMIN)": r"Exported .* by QMS_ADMIN.*",
    "an 8D's disciplines with an owner and a status (Completed)": r"Completed",
    "a 简道云 export's system fields (流水号, 提交时间, 流程状态)": r"流程状态",
    "a 用友 退货单's source document (来源单号)": r"来源单号",
    "a WMS receipt's expected quantity (Qty Expected)": r"Qty Expected",
}  # fmt: skip


_SENT_ALONE_HABITS59 = {  # an SAP QM notification print, a zh-Hant 8D print, a zh-Hant 銷貨折讓單 print
    "an SAP QM notification print with technical names (QMNUM, RKMNG)": ("Quality Notification", r"\(QMNUM\)", r"\(RKMNG\)"),
    "a header band on each of two pages (Page 2 of 2, 頁次：2/2)": (r"Page 2 of 2|頁次:2/2",),
    "a zh-Hant 8D print of a Taiwanese system (矯正預防報告)": ("矯正預防報告", "列印日期"),
    "a zh-Hant 銷貨折讓單 with 統一編號": ("銷貨折讓單", "統一編號"),
}  # fmt: skip
_HABITS59 = frozenset({*_TEXT_HABITS59, *_SENT_ALONE_HABITS59})


HOLDOUT59 = HoldoutSet(
    name="holdout59",
    about=(
        "The fifty-ninth held-out layouts (tests/holdout59) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints as they\n"
        "come out of ERP, QMS and CRM systems (every id begins with erp-): a QMS tool's complaint record export\n"
        "(captions in column A, Date Received 2026-11-03 14:22:05, Originator JSMITH02), a CRM case export (Case\n"
        "Number, Account Name, Case Origin, Priority, Created By), a 金蝶 质量异常单 export as a table (a row of\n"
        "field keys FBillNo over the captions, R02 退货, 制单人 ZHANGWEI01), a Taiwanese ERP's 客戶抱怨單 with a\n"
        "header band (列印日期, 頁次, 客戶代號 / 客戶簡稱, 建立者 MAY.CHEN), a portal 8D export (Discipline / Owner /\n"
        "Status), a 简道云 8D export (流水号, 提交时间, 流程状态), a 用友 退货单 (来源单号, 存货编码, 主计量, 应退数量), a\n"
        "WMS RMA export (SKU, UOM, Qty Expected, Disposition Code SCRP Scrap), a Taiwanese 銷退單, a 金蝶 销售折让单,\n"
        "an Oracle-style Credit Memo (Transaction Date 20.11.2026); sent as PDF only (fpdf2): an SAP QM\n"
        "notification print on two pages with technical names (QMNUM, MATNR) between caption and value, a\n"
        "Taiwanese 8D print on two pages, a Taiwanese 銷貨折讓單; two odd files (an export with no data row, an\n"
        "export of two documents).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout59/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout59 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "323/388 = 83.2 % (Excel 145/172, PDF 178/216: printed from Excel 145/172, sent as PDF only 33/44), "
        "19 wrong, 5 silent: the SAP print's technical names read as values (Customer (KUNUM), Material (MATNR), "
        "Batch (CHARG), Sales order (KDAUF), Reported by (QMNAM)); flagged (14): the 金蝶 export's 物料编码 / 异常描述 "
        "read its key row (FMaterialId.FName, FHandleReq) ×2, the 客戶抱怨單's 客戶簡稱 read the 客戶代號 and its "
        "reporter the 業務人員 ×2, the 简道云 8D's 关联客诉单 read the 流水号 ×2, the 销售折让单's 审核人 read 制单人 "
        "ZHANGWEI01 ×2, 返工后重新发货 read rework only ×2; missing (46): 单据编号 / 单据日期 / 制单人, 單據號碼 / 單據日期, "
        "銷退單號 / 銷退日期, 流水号 / 提交时间 / 审批人, Created By, Created / Ship-from Customer, Complaint Reference / "
        "Lines Subtotal / Extended Amount / Tax, 应退数量, Notification / Notification date / Delivered qty / "
        "Complaint qty, the material's text beside Material, D6 Implementation & Validation, 核准; kinds 23 of 25 "
        "(the 銷退單 xlsx and PDF); odd files: both a record with errors with and without --kind complaint; "
        "profiles 235/239 = 98.3 %, 0 silent; learned on the PDFs 122/125, 0 silent"
    ),
    floors=Floors(
        excel=0.895,
        pdf=0.907,
        sent_as_pdf=0.954,
        recognised=25,
        profile_excel=0.987,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.984,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 6b78aabf) Excel 145/172 = 84.3 %, PDF 178/216 = 82.4 % (printed from Excel",
        "145/172 = 84.3 %), sent as PDF only 33/44 = 75.0 %: 323/388, 19 wrong (5 silent), 0 invented; kinds 23/25",
        "HOLDOUT59_FLOOR_EXCEL = 0.843 — 145/172 before any fix",
        "HOLDOUT59_FLOOR_PDF = 0.824 — 178/216 before any fix",
        "HOLDOUT59_FLOOR_SENT_AS_PDF = 0.75 — 33/44 before any fix",
        "HOLDOUT59_RECOGNISED_NOW = 23 — of 25 read without --kind before any fix (not: the 銷退單, xlsx and PDF)",
        "HOLDOUT59_SILENT_NOW = 5 — the SAP print's (KUNUM), (MATNR), (CHARG), (KDAUF), (QMNAM) read as values",
        "HOLDOUT59_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 235/239 = 98.3 %",
        "HOLDOUT59_FLOOR_PROFILE_EXCEL = 0.983 — 235/239 before any fix (learned on the PDFs: 122/125 = 0.976)",
        "HOLDOUT59_PROFILE_SILENT_NOW = 0 (unlisted with a profile, not counted: the one-line second 用友 退货单 and WMS",
        "RMA read their foot rows as item lines, 7 values unwarned — misreads)",
        "unlisted values before any fix: 29, HOLDOUT59_UNLISTED_SILENT_NOW = 0 (all warned). Each looked at: right",
        "(warned): the portal 8D's owners as problem.who / containment / corrective action owners ×6, the 简道云 8D's",
        "流程状态 已完成 as status closed ×2, documents_updated from the D7 texts ×3, the zh-Hant 8D's team roles ×3,",
        "the 銷貨折讓單's letterhead as seller.name, the 客戶抱怨單's 確認者 / the 金蝶 export's 审核人 as",
        "sales_supervisor ×4 (the approver, no field of ours: misread, warned); misreads (warned): the portal 8D's D6",
        "text as implementation[0].action ×2, the zh-Hant 8D's header band as lessons_learned, 核准 as",
        "approved_by_gm, the SAP items' cause codes as root_cause and its task as short_term_action, the 客戶抱怨單's",
        "Q03 尺寸不良 as root_cause ×2, the 金蝶 key FApproveDate as approver ×2",
        "-- holdout59's fixes: a system's field name in brackets standing alone between caption and value",
        "((KUNUM)) set aside as a code alone (field_codes); an export's row of field keys over its captions",
        "(FBillNo | FDate) holds no values (field_codes.key_rows); a party's account number before its name",
        "after one caption: the name (anchor); 銷退單 a return note's title: 336/388 = 86.6 %, 10 wrong (0 silent)",
        "HOLDOUT59_FLOOR_EXCEL = 0.854 — 147/172 after holdout59's fixes",
        "HOLDOUT59_FLOOR_PDF = 0.875 — 189/216 after holdout59's fixes (printed from Excel 147/172)",
        "HOLDOUT59_FLOOR_SENT_AS_PDF = 0.954 — 42/44 after holdout59's fixes",
        "HOLDOUT59_RECOGNISED_NOW = 25 — of 25 (銷退單 known)",
        "HOLDOUT59_SILENT_NOW = 0 — after holdout59's fixes",
        "HOLDOUT59_FLOOR_PROFILE_EXCEL = 0.987 — 236/239 after holdout59's fixes (learned on the PDFs: 123/125 = 0.984)",
        "unlisted values after the fixes: 27, all warned (the 金蝶 key FApproveDate no longer read ×2)",
        "-- halves45: an export's row of captions over one record's values read by head words as labels beside",
        "their values (anchor._record_captions): the 金蝶 export's 单据编号 → number, 单据日期 → received_date,",
        "制单人 → reporter, each warned label_by_head_word (xlsx, PDF): 342/388 = 88.1 %, 8 wrong (0 silent)",
        "HOLDOUT59_FLOOR_EXCEL = 0.872 — 150/172 after halves45",
        "HOLDOUT59_FLOOR_PDF = 0.888 — 192/216 after halves45 (printed from Excel 150/172)",
        "-- weak46: a label known only loosely (another table's column, a known label inside it) is the",
        "head-word rule's too: the CRM case's Created By → reporter (xlsx, PDF), warned label_by_head_word:",
        "344/388 = 88.7 %, 8 wrong (0 silent)",
        "HOLDOUT59_FLOOR_EXCEL = 0.877 — 151/172 after weak46",
        "HOLDOUT59_FLOOR_PDF = 0.893 — 193/216 after weak46 (printed from Excel 151/172)",
        "-- weak47: the 金蝶 折让单's 审核人 | 王军 (the name taken for a label) → approved_by_manager ×2, told by",
        "its first word 审核 over 制单人 (told by its head 人 alone, now said unread): 350/388 = 90.2 %, 6 wrong (0 silent)",
        "HOLDOUT59_FLOOR_EXCEL = 0.895 — 154/172 after weak47",
        "HOLDOUT59_FLOOR_PDF = 0.907 — 196/216 after weak47 (printed from Excel 154/172)",
    ),
    targets=False,
    shape=_SHAPE59,  # at least its shape: 14 layouts, 25 filled files, three sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS59), _SENT_ALONE_HABITS59),
    habits_wanted=_HABITS59,
    second_copies=9,
    second_sent_as_pdf=1,
    # an export with no data row; an export of two documents
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-empty-export", "complaint-two-documents"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout58
_SHAPE58 = _shape_of(layouts=15, filled=26, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS58 = {
    "a weight with its containers after it (4,000 kg（20 桶）, 20,000 kg (800 bags × 25 kg))": (
        r"[\d,]+ kg[（(]\d+ (桶|bags × 25 kg)[）)]"
    ),
    "drums counted with their weight (6 桶 × 200 kg)": r"\d+ 桶 × 200 kg",
    "a weight in 公斤 or 吨 (25,000 公斤, 12 吨)": r"[\d,]+ (公斤|吨)",
    "a lab value table beside the complaint's fields (COA 值 / 实测值, Spec / Result)": r"COA 值|实测值|Spec|Result",
    "a colour difference ΔE": r".*ΔE.*",
    "a coating defect (缩孔, 橘皮)": r".*(缩孔|橘皮).*",
    "a buyer's disposition use as is": r"Use as is.*",
    "a downgraded lot's price difference (降级使用, Price Diff. (CNY/MT))": r".*降级使用.*|Price Diff\. \(CNY/MT\)",
    "metric tons on a credit note (Qty (MT))": r"Qty \(MT\)",
    "民國 dates (115/11/03)": r"11[56]/\d\d/\d\d",
}  # fmt: skip


_SENT_ALONE_HABITS58 = {  # a COA-shaped complaint, a reply letter, a zh-Hant 8D on pellets, a zh-Hant 折讓證明單
    "a COA-shaped complaint (出厂检验值 / 客户复测值)": ("质量证明书", "客户复测值"),
    "a resin supplier's reply letter (回复函, 贵司来函日期)": ("回复函", "贵司来函日期"),
    "a zh-Hant 8D on plastic pellets in 公斤 (塑膠粒)": ("塑膠粒", "公斤"),
    "a zh-Hant 折讓證明單 with 營業稅 (統一編號)": ("折讓證明單", "統一編號"),
}
_HABITS58 = frozenset({*_TEXT_HABITS58, *_SENT_ALONE_HABITS58})


HOLDOUT58 = HoldoutSet(
    name="holdout58",
    about=(
        "The fifty-eighth held-out layouts (tests/holdout58) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "chemicals, coatings, plastics, rubber and adhesives, where quantities are weights and containers and\n"
        "the evidence is a COA: a coatings maker's 原料质量异常反馈单 (供方 / 需方, 物料批号, 4,000 kg（20 桶）, a COA 值 /\n"
        "实测值 table), a buyer's Material Non-Conformance Report (Site, Lot No., Net Weight 20,000 kg (800 bags ×\n"
        "25 kg), Spec / Result with Colour ΔE, Disposition Use as is), a Taiwanese plastics maker's 客訴處理單 in\n"
        "公斤, a rubber compound complaint in 吨 (降级使用，按差价折让), a paint shop's 8D (缩孔, 橘皮, 附着力), an\n"
        "English 8D answering a SCAR, a 退货单 for drums (6 桶 × 200 kg), an English RMA in bags (Net Wt 5,000.0), a\n"
        "zh-Hant 退貨單 in 公斤, a 折让证明单 for a downgraded lot in 吨, an English credit note in MT; sent as PDF only\n"
        "(fpdf2): a COA-shaped complaint, a resin supplier's reply letter, a zh-Hant 8D on pellets, a zh-Hant\n"
        "折讓證明單 with 營業稅 5 %; two odd files (weights with decimals 1,234.5 kg; metric tons 20.4 MT).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout58/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout58 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "321/372 = 86.3 % (Excel 136/158, PDF 185/214: printed from Excel 136/158, sent as PDF only 49/56), "
        "5 wrong, 3 silent: the SCAR 8D's Supplier 8D No. read the buyer's SCAR No. MNCR-2611-0482 (xlsx, PDF), "
        "the COA-shaped complaint's 处理要求 退货并重新供货 read return only; flagged (2): the MNCR's Material Code "
        "read the Supplier's name (xlsx, PDF); missing (46): the MNCR's Site / Net Weight / Qty Non-conforming / "
        "Disposition, the rubber complaint's 胶料牌号 / 胶料名称 / 供货量 / 问题数量 / 投诉人 / 要求, the SCAR 8D's "
        "Response Date / SCAR No. / Material Code, NCR Ref. / MNCR Ref., 核准桶数 / 退货桶数 (6 桶 × 200 kg), 处理方式 "
        "回收再加工, the letter's 致 / 贵司来函日期 / 处理意见, 联系人, 审批 / 核准, D7 标准化 / 標準化; kinds 26 of 26; "
        "odd files: both a record with errors with --kind complaint (1,234.5 kg: invalid_qty on both quantities, "
        "also without --kind; 20.4 MT: the quantities not read, required), 20.4 MT no record without --kind; "
        "profiles 211/218 = 96.8 %, 1 silent (the COA's request); learned on the PDFs 111/115, 1 silent"
    ),
    floors=Floors(
        excel=0.886,
        pdf=0.887,
        sent_as_pdf=0.892,
        recognised=26,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 2ad940c5) Excel 136/158 = 86.1 %, PDF 185/214 = 86.4 % (printed from Excel",
        "136/158 = 86.1 %), sent as PDF only 49/56 = 87.5 %: 321/372, 5 wrong (3 silent), 0 invented; kinds 26/26",
        "HOLDOUT58_FLOOR_EXCEL = 0.860 — 136/158 before any fix",
        "HOLDOUT58_FLOOR_PDF = 0.864 — 185/214 before any fix",
        "HOLDOUT58_FLOOR_SENT_AS_PDF = 0.875 — 49/56 before any fix",
        "HOLDOUT58_RECOGNISED_NOW = 26 — of 26 read without --kind before any fix",
        "HOLDOUT58_SILENT_NOW = 3 — the SCAR 8D's Supplier 8D No. read the SCAR No. (xlsx, PDF), the COA-shaped",
        "complaint's 退货并重新供货 read return only",
        "HOLDOUT58_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 211/218 = 96.8 %",
        "HOLDOUT58_FLOOR_PROFILE_EXCEL = 0.967 — 211/218 before any fix (learned on the PDFs: 111/115 = 0.965)",
        "HOLDOUT58_PROFILE_SILENT_NOW = 1 — the COA-shaped complaint's 退货并重新供货 read return only",
        "unlisted values before any fix: 13 (2 unwarned); HOLDOUT58_UNLISTED_SILENT_NOW = 2 — each looked at on",
        "its filled file: right (2): tax_rate 0.13 ×2 (the credit note's VAT 13%, xlsx and PDF); misreads: none",
        "unwarned. Warned (11): the SCAR 8D's Response Date as target_close_date ×2 (misread, warned), its",
        "documents_updated control_plan ×2 and the zh-Hant 8D's inspection_standard (right: the D7 names them), the",
        "折讓證明單's 核准 as approved_by_gm, the MNCR's Disposition Use as is and the letter's 处理意见 as",
        "negotiation_result ×3 (the request / our disposition, warned), the 原料质量异常反馈单's 质量主管 (the",
        "customer's) as sales_supervisor ×2 (misread, warned)",
        "-- holdout58's fixes: a SCAR No. on an 8D titled as the supplier's answer (8D Report, SCAR Response) is the",
        "request it answers, not the report's own number (sections.scar_answered); goods supplied / shipped / mailed",
        "again (重新供货, 重新发货, 补寄) are a resupply and 再加工 a rework (compound.OPTION_WORDS); packages typed with",
        "what each holds by weight (6 桶 × 200 kg) a count of the packages, said (typed.count_in_packages):",
        "330/372 = 88.7 %, 2 wrong (0 silent); kinds 26/26",
        "HOLDOUT58_FLOOR_EXCEL = 0.886 — 140/158 after holdout58's fixes",
        "HOLDOUT58_FLOOR_PDF = 0.887 — 190/214 after holdout58's fixes (printed from Excel 140/158)",
        "HOLDOUT58_FLOOR_SENT_AS_PDF = 0.892 — 50/56 after holdout58's fixes",
        "HOLDOUT58_SILENT_NOW = 0 — after holdout58's fixes (the SCAR No. the complaint's, the 8D's number unread;",
        "退货并重新供货 return and resupply)",
        "HOLDOUT58_FLOOR_PROFILE_EXCEL = 1.0 — 218/218 after holdout58's fixes (learned on the PDFs: 115/115 = 1.0)",
        "HOLDOUT58_PROFILE_SILENT_NOW = 0",
        "unlisted values unchanged: 13 (2 unwarned: tax_rate 0.13 ×2, right)",
    ),
    targets=False,
    shape=_SHAPE58,  # at least its shape: 15 layouts, 26 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS58), _SENT_ALONE_HABITS58),
    habits_wanted=_HABITS58,
    second_copies=8,
    second_sent_as_pdf=1,
    # 1,234.5 kg; 20.4 MT
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-decimal-weight", "complaint-metric-tons"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout57
_SHAPE57 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=0, templates=frozenset({".pdf"}))

_TEXT_HABITS57 = {
    "an operation of the routing beside the drawing number (工序 40 磨外圆, Op. 30 (finish bore))": (
        r"工序 \d+ \S+|Op\. \d+ \(.+\)"
    ),
    "a tolerance beside the value (Φ25±0.02　实测 Φ25.035, Bore Ø25 +0/-0.021)": r".*[ΦØ]\d+(±|h\d| \+0/).*",
    "a hardness or a coating thickness required / measured (要求 28–32　实测 24–26)": r"要求 [\d–]+( μm)?　(实|實)测? ?[\d–]+.*",
    "a heat number as the lot (炉号 L26-0915, Heat No. H26-7741)": r"L26-\d{4}|H26-\d{4}",
    "counts in 件 / 支 (320 件, 5,000 支)": r"[\d,]+ (件|支)",
    "IQC sampling (抽检数 125 件（AQL 0.65）)": r"\d+ 件（AQL [\d.]+）",
    "a judgement as ticked boxes (☑退货 ☐挑选 ☐特采, ☒Return to vendor, ☑重工)": r".*(☑退货|☒Return to vendor|☑重工).*",
    "a subcontractor's answer on the customer's CAR (以下由供方回复)": r"以下由供方回复.*",
    "a foundry's defects (气孔, 砂眼, 尺寸超差)": r".*气孔.*砂眼.*尺寸超差.*",
    "processing fees on a return's lines (加工费单价, 加工费金额)": r"加工费单价",
    "rework hours charged (返工工时, 工时单价, Hours, Rate per Hour)": r"返工工时|Rate per Hour",
    "民國 dates (115/11/05)": r"11[56]/\d\d/\d\d",
}  # fmt: skip


_SENT_ALONE_HABITS57 = {  # a scanned-style 外协件 notice, a machine shop's MRR, a zh-Hant 委外退貨單, a zh-Hant 折讓證明
    "a printed 外协件质量问题通知单 in ruled boxes (委托方 / 承制方)": ("委托方", "承制方"),
    "a machine shop's Material Rejection Report (600 pcs (1,260 kg))": (
        "MATERIAL REJECTION",
        r"\d+ pcs \([\d,]+ kg\)",
    ),
    "a zh-Hant 委外退貨單 (委託廠商, 加工單價)": ("委外退貨單", "加工單價"),
    "a zh-Hant 折讓證明 for rework hours (重工工時, 統一編號)": ("重工工時", "統一編號"),
}
_HABITS57 = frozenset({*_TEXT_HABITS57, *_SENT_ALONE_HABITS57})


HOLDOUT57 = HoldoutSet(
    name="holdout57",
    about=(
        "The fifty-seventh held-out layouts (tests/holdout57) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints between a\n"
        "factory and its subcontractors (外协 / 委外: machining, castings, forgings, heat and surface treatment) and\n"
        "incoming inspection: a 外协质量问题通知单 (发出单位, 外协厂家, 图号, 工序 40 磨外圆, 炉号, 硬度 HRC 要求 / 实测,\n"
        "Φ25±0.02), a 来料检验不合格通知单 (the customer in the letterhead, 来料日期, 送检数 / 抽检数 / 不合格数, 判定\n"
        "☑退货 ☐挑选 ☐特采), a machine shop's Supplier Nonconformance Report (Issued by, Drawing No. / Rev, Heat No.,\n"
        "Op. 30), a Taiwanese 委外加工異常通知單 in 支 (委託廠商 / 委外廠商, 鍍鋅鎳, ☑重工), a 纠正预防措施要求单 answered by\n"
        "the subcontractor, a foundry's 8D (气孔, 砂眼, 尺寸超差), a Taiwanese heat treater's 8D (115/11/07, 420 支),\n"
        "an English 8D on a forging lap, a 外协退货单 with\n"
        "加工费 lines and a 工序 column, a Return to Vendor note, a 外协扣款单 for 返工工时 × 工时单价, an English\n"
        "debit note for rework hours; sent as PDF only (fpdf2): a scanned-style printed 外协件质量问题通知单 in ruled\n"
        "boxes, a Material Rejection Report (600 pcs (1,260 kg)), a zh-Hant 委外退貨單, a zh-Hant 折讓證明 for\n"
        "重工工時; two odd files (quantities in kg only; the tolerance Φ25±0.02 in the 不合格数量 cell).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout57/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout57 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "330/444 = 74.3 % (Excel 143/195, PDF 187/249: printed from Excel 143/195, sent as PDF only 44/54), "
        "12 wrong, 2 silent: the Return to Vendor's Disposition 'Scrap at vendor, credit requested' read "
        "[scrap, credit] (xlsx, PDF); flagged (10): the zh-Hant notice's 單號 read the 工單號碼 (xlsx, PDF), the "
        "NCR's Originator read the Issued by company (xlsx, PDF), the 扣款单's 不含税合计 and 扣款总额 swapped "
        "(xlsx, PDF: 4), the forging 8D's team member 'Chen Hao (forging)' (xlsx, PDF); missing (102): the "
        "issuing company under 发出单位 / 委托方 / 委託廠商 / Issued by / Plant / 扣款单位 / the letterhead, the "
        "customer's request under 处理意见 / 判定 / 處置方式 / 处理决定 (read as our disposition instead), 送检数 / "
        "批量, 质检员 / 检验科长 / IQC 主管 / Quality Manager, the CAR's head (发出单位, 关联通知单号, 图号, 不合格数量), "
        "铸件图号, the 外协退货单's lines (图号, 退货数, 加工费单价 / 加工费金额), the debit notes' Hours / Rate per "
        "Hour / 返工工时, 扣款单号, 税号, NCR Ref. / 质量通知单号, the MRR's number, date, Plant, Rejected by; kinds "
        "24 of 28 (the 扣款单 xlsx / PDF and the zh-Hant 委外加工異常通知單 xlsx / PDF not); odd files: both a record "
        "with errors with and without --kind (86 kg read as 86 pieces with no warning on defect_qty; the tolerance an "
        "invalid_qty error); profiles 235/239 = 98.3 %, 2 silent (the NCR's 'PO 770588' read 770588 with a profile "
        "learned on the workbook); learned on the PDFs 125/126, 0 silent"
    ),
    floors=Floors(
        excel=0.825,
        pdf=0.827,
        sent_as_pdf=0.833,
        recognised=28,
        profile_excel=0.991,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.992,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 2ad940c5) Excel 143/195 = 73.3 %, PDF 187/249 = 75.1 % (printed from Excel",
        "143/195 = 73.3 %), sent as PDF only 44/54 = 81.5 %: 330/444, 12 wrong (2 silent), 0 invented; kinds 24/28",
        "HOLDOUT57_FLOOR_EXCEL = 0.733 — 143/195 before any fix",
        "HOLDOUT57_FLOOR_PDF = 0.751 — 187/249 before any fix",
        "HOLDOUT57_FLOOR_SENT_AS_PDF = 0.814 — 44/54 before any fix",
        "HOLDOUT57_RECOGNISED_NOW = 24 — of 28 read without --kind before any fix (the 扣款单 xlsx / PDF, the",
        "zh-Hant 委外加工異常通知單 xlsx / PDF not)",
        "HOLDOUT57_SILENT_NOW = 2 — the RTV's Disposition 'Scrap at vendor, credit requested' read [scrap, credit]",
        "HOLDOUT57_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 235/239 = 98.3 %",
        "HOLDOUT57_FLOOR_PROFILE_EXCEL = 0.983 — 235/239 before any fix (learned on the PDFs: 125/126 = 0.992)",
        "HOLDOUT57_PROFILE_SILENT_NOW = 2 — the NCR's P.O. No. 'PO 770588' read 770588 (learned on the workbook;",
        "the PDF-learned profile reads it whole)",
        "unlisted values before any fix: 22 (8 unwarned); HOLDOUT57_UNLISTED_SILENT_NOW = 8 — each looked at on its",
        "filled file: right (2): tax_rate 0.13 ×2 (the debit note's VAT 13%, xlsx and PDF); misreads (6, to be",
        "fixed): seller.tax_id ×2 from the 扣款单's 税号 (the 扣款单位's, the buyer's: buyer_tax_id missing; xlsx and",
        "PDF, the PDF's with a space inside), disposition [return] ×2 from the 外协质量问题通知单's 处理意见 and",
        "disposition [rework] ×2 from the 委外加工異常通知單's 處置方式 (the customer's request on the customer's",
        "notice, not our decision: customer_request missing). Warned (14): the 8Ds' documents_updated ×8 (right),",
        "the forging 8D's team role leader / dept QE ×4 (right), the 外协 notice's 硬度 HRC row as production_unit ×2",
        "-- an expectation corrected (holdout57's fixes): the RTV's Disposition 'Scrap at vendor, credit requested' names",
        "two handlings, scrap and credit (ReturnHandling.CREDIT: the goods' value credited); the set expected scrap alone.",
        "The reader's [scrap, credit] was right: 332/444, 10 wrong (0 silent)",
        "HOLDOUT57_FLOOR_EXCEL = 0.738 — 144/195 after the correction",
        "HOLDOUT57_FLOOR_PDF = 0.755 — 188/249 after the correction (printed from Excel 144/195)",
        "HOLDOUT57_SILENT_NOW = 0 — after the correction",
        "-- holdout57's fixes: a count of pieces written as a weight or a length (86 kg) said (qty_in_measure: the odd",
        "weights file's defect_qty now warned); a disposition read on a form holding no customer request said",
        "(disposition_without_request): the 外协 notice's 处理意见 and the 委外 notice's 處置方式, xlsx and PDF, now warned;",
        "332/444 unchanged",
        "HOLDOUT57_UNLISTED_SILENT_NOW = 4 — tax_rate 0.13 ×2 (right) and seller.tax_id ×2 from the 扣款单's 税号 (a",
        "misread left: the 税号 beside the 扣款单位 is the buyer's)",
        "-- silent45: a profile learned on the workbook keeps a number's own letters when a label stands left of the",
        "cell the clerk pointed at (P.O. No. | PO 770412: PO no longer learned as a label inside the cell); a 税号",
        "beside a party name read by its label's head word only is said (tax_id_party_guessed)",
        "HOLDOUT57_FLOOR_PROFILE_EXCEL = 0.991 — 237/239 (was 235/239)",
        "HOLDOUT57_PROFILE_SILENT_NOW = 0 — the NCR's 'PO 770588' read whole",
        "HOLDOUT57_UNLISTED_SILENT_NOW = 2 — tax_rate 0.13 ×2 (right); seller.tax_id ×2 now warned",
        "kinds46: the 外协扣款单 (an allowance by its lines and totals) and the 委外加工異常通知單 (a complaint), xlsx and PDF, found under their general titles (kind_title_general): kinds 28/28",
        "-- weak46 (head words for labels read loosely or in two unknown halves; day-first countries):",
        "366/444 → 367/444 (bench/holdout_score.py, 0 silent)",
        "HOLDOUT57_FLOOR_EXCEL = 0.825 — 161/195 after weak46",
        "HOLDOUT57_FLOOR_PDF = 0.827 — 206/249 after weak46",
        "HOLDOUT57_FLOOR_SENT_AS_PDF = 0.833 — 45/54 after weak46",
    ),
    targets=False,
    shape=_SHAPE57,  # at least its shape: 16 layouts, 28 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS57), _SENT_ALONE_HABITS57),
    habits_wanted=_HABITS57,
    second_copies=9,
    second_sent_as_pdf=1,
    # 送货数量 1,250 kg / 不合格数量 86 kg; 不合格数量 Φ25±0.02
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-weights", "complaint-tolerance"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout55
_SHAPE55 = _shape_of(layouts=16, filled=28, sent_as_pdf=4, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS55 = {
    "a waybill number that looks like a part number (SF1409827733651, 7781 2290 4415, HCT-8812039945)": (
        r"SF\d{13}|JD\d{13}|\d{4} \d{4} \d{4}|HCT-\d{10}"
    ),
    "a container number and a B/L number (MSKU1234567, MEDUNB612345)": r"MSKU\d{7}",
    "cartons or pallets due and received (应到 24 箱　实到 24 箱, 11 of 12)": r"应到 \d+ 箱　实到 \d+ 箱|\d+ of \d+",
    "a quantity due and received in one cell (應到 1,200 實到 1,150)": r"應到 [\d,]+ 實到 [\d,]+",
    "two dates on one line (2026/11/02 ／ 2026/11/05, 12-Oct-2026 / 05-Nov-2026)": (
        r"\d{4}/\d\d/\d\d ／ \d{4}/\d\d/\d\d|\d\d-\w{3}-\d{4} / \d\d-\w{3}-\d{4}"
    ),
    "damage / shortage / wrong delivery as ticked boxes (☑破损 ☐短少 ☐错发)": r"[☑☐]破[损損].*",
    "a carrier's words (POD remarks, Waybill No., Carrier)": r"POD remarks",
    "a cargo insurance claim's words (Policy No., Surveyor, Claim Amount)": r"Policy No\.|Surveyor",
    "a packaging drop test (跌落测试, ISTA 3A)": r".*ISTA 3A.*",
    "a damaged-goods return (破损退回单, 破損退貨單)": r"破损退回单|破損退貨單",
    "a shortage allowance (短少折让证明单, Credit Note — Shortage Allowance)": r"短少折让证明单|Credit Note — Shortage Allowance",
    "民國 dates (115/11/05)": r"11[56]/\d\d/\d\d",
}  # fmt: skip


_SENT_ALONE_HABITS55 = {  # an e-POD, a surveyor's report, a zh-Hant 8D on packaging, a zh-Hant 短少折讓證明
    "a carrier's e-POD print with an exception (11/12 托)": ("e-POD", r"\d+/\d+ 托"),
    "a surveyor's report's first page (the surveyor's 报告编号 / 签发日期)": ("检验报告", "签发日期"),
    "a zh-Hant 8D on packaging damage (跌落測試, ISTA 3A)": ("跌落測試", "ISTA 3A"),
    "a zh-Hant 短少折讓證明 (統一編號)": ("折讓證明", "統一編號"),
}
_HABITS55 = frozenset({*_TEXT_HABITS55, *_SENT_ALONE_HABITS55})


HOLDOUT55 = HoldoutSet(
    name="holdout55",
    about=(
        "The fifty-fifth held-out layouts (tests/holdout55) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints about\n"
        "transport damage, shortage and wrong delivery, sent with the logistics paper: a customer's 收货异常反馈单\n"
        "(到货日期 beside 反馈日期, 运单号 SF1409827733651, 承运商, 箱数 应到 / 实到, ☑破损 ☐短少 ☐错发), a damage report\n"
        "on receipt (Waybill No., Pallets 11 of 12, POD remarks, Damage: crushed corner), an importer's shortage\n"
        "claim (B/L No., Container No. MSKU1234567, Invoice No., Short-shipped Qty, Shipped / Received on one line),\n"
        "a cargo claim notice (Policy No., Date of Loss, Surveyor, Claim Amount EUR), a Taiwanese 到貨異常通知單\n"
        "(出貨日期／到貨日期 in one cell, 應到 1,200 實到 1,150), 8Ds on packaging damage (跌落测试, ISTA 3A) in Chinese\n"
        "and English, a 破损退回单, a returned damaged goods note, a zh-Hant 破損退貨單 in 箱, a 短少折让证明单, a\n"
        "shortage allowance credit note; sent as PDF only: a carrier's e-POD print (Chromium, 11/12 托), a\n"
        "surveyor's report's first page (fpdf2), a zh-Hant 8D on packaging (fpdf2), a zh-Hant 短少折讓證明 (fpdf2);\n"
        "two odd files (短少数量 11/12 托; 到货日期 before 发货日期).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout55/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout55 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "340/415 = 81.9 % (Excel 153/181, PDF 187/234: printed from Excel 153/181, sent as PDF only 34/53), "
        "9 wrong, 5 silent: the damage report's Damage row and the shortage claim's Details row read the part's "
        "Description as the complaint's description (xlsx, PDF: 4), the surveyor's report's 到货日期 read the "
        "surveyor's 签发日期 2026-11-11; flagged (4): the returned "
        "goods note's 10/11/2026 read 2026-10-11 (xlsx, PDF), the surveyor's report's number read the surveyor's "
        "报告编号 and its 联系人 the 检验员; missing (66): the carrier's and the importer's English words (Consignee, "
        "Importer, Claimant, Description, Goods, Qty Damaged, Short-shipped Qty, Invoiced Qty, Received by, "
        "Contact, Claim), the e-POD (9 of 11), the 到货 / 出貨 dates (到货日期 / 出貨日期／到貨日期), 破损数量 / "
        "短少數量, 數量（應到／實到）, 收货人, 處理方式 補寄, 原反馈单号 / 異常通知單號 / 反馈单号, 财务审批 / 核准, D7 预防再发; "
        "kinds 24 of 28 (the damage report xlsx / PDF, the e-POD, the surveyor's report not); odd files: both a "
        "record with errors with --kind complaint (11/12 托: ship_qty 12 warned qty_in_packages, defect_qty "
        "required; 到货日期 before 发货日期: received_date required, the 到货日期 not read), 11/12 托 no record "
        "without --kind; profiles 187/193 = 96.9 %, 0 silent; learned on the PDFs 99/102, 0 silent"
    ),
    floors=Floors(
        excel=0.944,
        pdf=0.91,
        sent_as_pdf=0.792,
        recognised=26,
        profile_excel=0.968,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.97,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at b35dbe36) Excel 153/181 = 84.5 %, PDF 187/234 = 79.9 % (printed from Excel",
        "153/181 = 84.5 %), sent as PDF only 34/53 = 64.2 %: 340/415, 9 wrong (5 silent), 0 invented; kinds 24/28",
        "HOLDOUT55_FLOOR_EXCEL = 0.845 — 153/181 before any fix",
        "HOLDOUT55_FLOOR_PDF = 0.799 — 187/234 before any fix",
        "HOLDOUT55_FLOOR_SENT_AS_PDF = 0.641 — 34/53 before any fix",
        "HOLDOUT55_RECOGNISED_NOW = 24 — of 28 read without --kind before any fix (the damage report xlsx / PDF,",
        "the e-POD, the surveyor's report not)",
        "HOLDOUT55_SILENT_NOW = 5 — Damage / Details read the part's Description (xlsx, PDF ×2), the surveyor's",
        "report's 到货日期 read its 签发日期",
        "HOLDOUT55_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 187/193 = 96.9 %",
        "HOLDOUT55_FLOOR_PROFILE_EXCEL = 0.968 — 187/193 before any fix (learned on the PDFs: 99/102 = 0.970)",
        "HOLDOUT55_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 14 (4 unwarned); HOLDOUT55_UNLISTED_SILENT_NOW = 4 — each looked at on",
        "its filled file: right (2): tax_rate 0 ×2 (the credit note's VAT 0%, xlsx and PDF); misreads (2, to be",
        "fixed): loss_amount 4320.00 ×2 (the cargo claim's Claim Amount EUR 4,320.00 read as an amount in RMB, the",
        "currency dropped; xlsx and PDF). Warned (10): 8D D7 预防再发 as lessons_learned ×2 (the text right, the slot",
        "not), the zh-Hant 8D's team roles 'member' ×3, the 短少折讓證明's 核准 as approved_by_gm, the cargo claim's",
        "Policy No. as order_no ×2 (misread, warned), the 收货异常反馈单's 仓库主管 as sales_supervisor ×2",
        "-- holdout55's fixes: a damage report's Damage / Details / Nature of loss rows the complaint's description (a",
        "part's Description beside the part number then its name), the damaged or short count (破损数量, 短少数量,",
        "受损数量, Qty damaged, Short-shipped qty), Invoiced qty, Claimant, Consignee / Importer (warned), 原反馈单号 /",
        "異常通知單號 on a return or an allowance, a surveyor's report (a page mark after its title) said to be a third",
        "party's (lab_report_own): 376/415 = 90.6 %, 7 wrong (0 silent); kinds 26/28",
        "HOLDOUT55_FLOOR_EXCEL = 0.933 — 169/181 after holdout55's fixes",
        "HOLDOUT55_FLOOR_PDF = 0.884 — 207/234 after holdout55's fixes (printed from Excel 169/181)",
        "HOLDOUT55_FLOOR_SENT_AS_PDF = 0.716 — 38/53 after holdout55's fixes",
        "HOLDOUT55_RECOGNISED_NOW = 26 — after holdout55's fixes (the e-POD and the surveyor's report not)",
        "HOLDOUT55_SILENT_NOW = 0 — after holdout55's fixes (Description read as the part's name; the surveyor's",
        "签发日期 now said lab_report_own)",
        "profiles unchanged: 187/193 (learned on the PDFs 99/102), 0 silent; unlisted values 14 (4 unwarned: tax_rate",
        "0 ×2 right, loss_amount from Claim Amount EUR ×2 a misread, not fixed: the complaint's Money drops EUR)",
        "-- currency43: an amount typed in euros or dollars (EUR 4,320.00, € 1.200,50, $ 980) is read and its",
        "currency said (amount_in_currency): the cargo claim's loss_amount 4320.00 ×2 now warned; 376/415 unchanged",
        "HOLDOUT55_UNLISTED_SILENT_NOW = 2 — tax_rate 0 ×2, right (the credit note's VAT 0%, xlsx and PDF)",
        "-- weak46 (head words for labels read loosely or in two unknown halves; day-first countries):",
        "382/415 → 384/415 (bench/holdout_score.py, 0 silent)",
        "HOLDOUT55_FLOOR_EXCEL = 0.944 — 171/181 after weak46",
        "HOLDOUT55_FLOOR_PDF = 0.91 — 213/234 after weak46",
        "HOLDOUT55_FLOOR_SENT_AS_PDF = 0.792 — 42/53 after weak46",
    ),
    targets=False,
    shape=_SHAPE55,  # at least its shape: 16 layouts, 28 filled files, four sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS55), _SENT_ALONE_HABITS55),
    habits_wanted=_HABITS55,
    second_copies=8,
    second_sent_as_pdf=1,
    # 短少数量 11/12 托; 到货日期 before 发货日期
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-pallets", "complaint-dates"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout56
_SHAPE56 = _shape_of(layouts=15, filled=27, sent_as_pdf=3, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS56 = {
    "an EAN-13 barcode number as the part (6901234567809, 4712345678900)": r"(69|47|48)\d{11}",
    "a 12-digit UPC as the part (036000291452)": r"0\d{11}",
    "a supplier's own code at the retailer (供应商编码 V0038172, Vendor No. VN-204417, 廠商編號 F20871)": (
        r"V\d{7}|VN-\d{6}|F\d{5}|SUP-\d{5}"
    ),
    "a store's code or number (#0418, 350102)": r"#\d{4}|\d{6}",
    "a case pack (箱规 1×24, 1×12)": r"1×\d+",
    "counts in 瓶 / 袋 / 箱 / 件 / 盒 / ea": r"\d+ (瓶|袋|箱|件|盒|ea)",
    "a chargeback or deduction amount (¥3,280.00, RMB 6,480.00)": r"¥[\d,]+\.\d\d|RMB [\d,]+\.\d\d",
    "a list of stores with their counts (深圳南山店 12 瓶)": r".+店",
    "a production date and a lot in one cell (2026-09-12/B260912A)": r"\d{4}-\d\d-\d\d/[A-Z]\d{6}[A-Z]",
    "a masked phone number (138****5627)": r"1\d\d\*{4}\d{4}",
    "return types as ticked boxes (☐临期 ☐破损 ☑质量)": r"[☑☐]临期.*",
    "a promotion price beside the old price (原价 / 折让价)": r"折让价",
    "US dates month first (11/09/2026) and HK dates day first (05/11/2026)": r"\d\d/\d\d/2026",
    "民國 dates (115/11/06)": r"11[56]/\d\d/\d\d",
}  # fmt: skip


_SENT_ALONE_HABITS56 = {  # a platform's back-office page, a HK chain's zh-Hant 8D, a Taiwanese 促銷價差 折讓證明
    "a platform's 商家质量问题处理单 printed from its back office (工单号, SKU, a masked buyer)": (
        "工单号",
        "SKU",
        r"\*\*",
    ),
    "a Hong Kong chain's 8D in zh-Hant (顧客投訴編號, 罐)": ("顧客投訴編號", r"\d+ 罐"),
    "a Taiwanese 促銷價差 折讓證明 (統一編號, 盒)": ("促銷價差", "統一編號"),
}
_HABITS56 = frozenset({*_TEXT_HABITS56, *_SENT_ALONE_HABITS56})


HOLDOUT56 = HoldoutSet(
    name="holdout56",
    about=(
        "The fifty-sixth held-out layouts (tests/holdout56) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints between\n"
        "a supplier and retail chains, supermarkets (KA) and e-commerce platforms: a supermarket's 供应商扣款通知单\n"
        "(供应商编码, 商品条码 EAN-13, 扣款金额 ¥3,280.00, a list of stores in 瓶 with its 合计, 扣款事由), a\n"
        "消费者投诉转办单 (生产日期/批号 in one cell, 138****5627, 退一赔十), a foreign retailer's chargeback notice\n"
        "(Vendor No., Store No. #0418, UPC, Units Defective, Chargeback Amount RMB), a Taiwanese 量販店 客訴通知單\n"
        "(廠商編號, 製造日期 beside 有效日期, 5 盒), a DC's 验收差异单 (a one-line table 订货 / 实收 / 拒收 in 箱), an\n"
        "8D a chain's QA asks after a consumer complaint and an English one for a retailer (MM/DD/YYYY), a\n"
        "门店退货单 (箱规 1×24, ☐临期 ☐破损 ☑质量), a Hong Kong chain's 退貨單 (05/11/2026 day first), a Return to\n"
        "Vendor (Destroy in field), a 销货折让 for a 促销 price (原价 / 折让价), a vendor credit memo; sent as PDF\n"
        "only: a platform's 商家质量问题处理单 (Chromium), a HK chain's zh-Hant 8D (fpdf2), a Taiwanese 促銷價差\n"
        "折讓證明 (fpdf2); two odd files (商品条码 6.9012E+12; counts one a store, no total).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout56/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout56 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "253/377 = 67.1 % (Excel 114/167, PDF 139/210: printed from Excel 106/167, sent as PDF only 33/43), "
        "19 wrong, 2 silent: the 消费者投诉转办单's 生产日期/批号 '2026-09-12/B260912A' kept whole as the lot (xlsx, "
        "PDF); missing 105: the retail words (零售商 / Retailer / 采购方 / 通路名稱 / 退货门店 / 分店 / 收货单位 / 采购主体, "
        "商品条码 / 商品條碼 / UPC / 貨品編號, Chargeback Ref. / 关联扣款单号, Units Defective / 涉及数量 / 拒收数量, "
        "扣款金额 / Chargeback Amount, 扣款事由 / 差异原因, 扣款方式 / 消费者诉求 / Requested Action, 供应商签收 / 店长 / "
        "批核 / 品控经理 / 品質經理 / Issued by), the 8D's D4 escape in the retailer's words, the zh 8D's PDF (its "
        "header and D1 team on one row); kinds 21 of 27 (the 扣款通知单, the chargeback notice, the 验收差异单, xlsx "
        "and PDF, not); odd files: 商品条码 6.9012E+12 a record with errors (items required), counts one a "
        "store no record without --kind, a record with errors with --kind complaint; profiles 200/210 = 95.2 %, "
        "2 silent (the 生产日期/批号 again); learned on the PDFs 105/110, 1 silent"
    ),
    floors=Floors(
        excel=0.868,
        pdf=0.828,
        sent_as_pdf=0.86,
        recognised=27,
        profile_excel=0.98,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.981,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 2ad940c5) Excel 114/167 = 68.3 %, PDF 139/210 = 66.2 % (printed from Excel",
        "106/167 = 63.5 %), sent as PDF only 33/43 = 76.7 %: 253/377, 19 wrong (2 silent), 0 invented; kinds 21/27",
        "HOLDOUT56_FLOOR_EXCEL = 0.682 — 114/167 before any fix",
        "HOLDOUT56_FLOOR_PDF = 0.661 — 139/210 before any fix",
        "HOLDOUT56_FLOOR_SENT_AS_PDF = 0.767 — 33/43 before any fix",
        "HOLDOUT56_RECOGNISED_NOW = 21 — of 27 read without --kind before any fix (the 扣款通知单, the chargeback",
        "notice, the 验收差异单, xlsx and PDF, not)",
        "HOLDOUT56_SILENT_NOW = 2 — the 消费者投诉转办单's 生产日期/批号 kept whole as the lot (xlsx, PDF)",
        "HOLDOUT56_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 200/210 = 95.2 %",
        "HOLDOUT56_FLOOR_PROFILE_EXCEL = 0.952 — 200/210 before any fix (learned on the PDFs: 105/110 = 0.954)",
        "HOLDOUT56_PROFILE_SILENT_NOW = 2 — the 生产日期/批号 again (xlsx, PDF; learned on the PDFs 1)",
        "unlisted values before any fix: 18 (2 unwarned); HOLDOUT56_UNLISTED_SILENT_NOW = 2 — each looked at on",
        "its filled file: right (2): tax_rate 0.13 ×2 (the credit memo's VAT 13%, xlsx and PDF). Warned (16):",
        "prevention.documents_updated ×3 (control plan, SOP: right), the zh-Hant 8D's team roles 'member' ×3",
        "(right), the 促銷 allowance's 折让价 55.80 as items[0].unit_price ×2 (a misread, warned: the promotion",
        "price, not the allowance a unit), the 折讓證明's 核准 as approved_by_gm (the manager's), the platform's",
        "问题类型 质量问题 as complaint_type quality (right), the 投诉转办单's 涉及数量 as ship_qty 3 ×2 (a misread,",
        "warned), the 验收差异单's 差异原因 as root_cause ×2 (the description, warned) and 处理意见 as",
        "negotiation_result ×2 (the request, warned)",
        "-- holdout56's fixes: a date and a code with one bare slash under a label naming both (生产日期/批号",
        "2026-09-12/B260912A) each to its field; 扣除 / Deduct / 退一赔十 / 退一赔三 compensation; 罐 a count word; 扣款通知单 /",
        "质量扣款单 / Chargeback Notice / 验收差异单 / 收货差异单 / Receiving Discrepancy Report complaints' titles: 260/377 =",
        "69.0 %, 15 wrong (0 silent); kinds 27/27",
        "HOLDOUT56_FLOOR_EXCEL = 0.7 — 117/167 after holdout56's fixes",
        "HOLDOUT56_FLOOR_PDF = 0.68 — 143/210 after holdout56's fixes (printed from Excel 109/167)",
        "HOLDOUT56_FLOOR_SENT_AS_PDF = 0.79 — 34/43 after holdout56's fixes",
        "HOLDOUT56_RECOGNISED_NOW = 27 — after holdout56's fixes (the 扣款通知单, the chargeback notice and the",
        "验收差异单 by their titles)",
        "HOLDOUT56_SILENT_NOW = 0 — after holdout56's fixes (生产日期/批号 cut at its slash: the lot and the date)",
        "HOLDOUT56_FLOOR_PROFILE_EXCEL = 0.98 — 206/210 after holdout56's fixes (learned on the PDFs 108/110 = 0.981)",
        "HOLDOUT56_PROFILE_SILENT_NOW = 0",
        "unlisted values 20 (2 unwarned: tax_rate 0.13 ×2, right); the 投诉转办单's production_date 2026-09-12 ×2 now",
        "read from 生产日期/批号 (right, warned)",
        "-- round 45's head-word families (headword45: a party 零售商 / 分店 / Retailer, a sum after 扣款 /",
        "chargeback, a reason 事由 / Reason for …, a signer 批核 / 店长, SKU / UPC), measured on the merge int45:",
        "317/377 = 84.1 %, 15 wrong (0 silent)",
        "HOLDOUT56_FLOOR_EXCEL = 0.862 — 144/167 on int45",
        "HOLDOUT56_FLOOR_PDF = 0.823 — 173/210 on int45",
        "HOLDOUT56_FLOOR_SENT_AS_PDF = 0.86 — 37/43 on int45",
        "-- weak46 (head words for labels read loosely or in two unknown halves; day-first countries):",
        "317/377 → 319/377 (bench/holdout_score.py, 0 silent)",
        "HOLDOUT56_FLOOR_EXCEL = 0.868 — 145/167 after weak46",
        "HOLDOUT56_FLOOR_PDF = 0.828 — 174/210 after weak46",
    ),
    targets=False,
    shape=_SHAPE56,  # at least its shape: 15 layouts, 27 filled files, three sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS56), _SENT_ALONE_HABITS56),
    habits_wanted=_HABITS56,
    second_copies=9,
    second_sent_as_pdf=1,
    # 商品条码 6.9012E+12; counts one a store, no total
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"return-ean-lost", "complaint-stores"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout53
_SHAPE53 = _shape_of(layouts=15, filled=25, sent_as_pdf=5, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS53 = {
    "a date in the Japanese era (令和8年11月3日, R8.11.3)": r"令和\d+年\d+月\d+日|R\d+\.\d+\.\d+",
    "full-width letters and digits (７８１２０－ＴＺ５－Ａ０１, １２０個)": r"[０-９Ａ-Ｚ－，]+個?",
    "counts in 個 / 本 / 개 (12個, 500本, 35개)": r"[\d,]+(個|本|개)",
    "a name in a stamp box (山本㊞)": r".+㊞",
    "a Japanese notice's kanji labels (品番, 発生数, 不具合内容)": r"品番|発生数|不具合内容",
    "the 8D in Japanese form (暫定対策, 恒久対策, 水平展開)": r"暫定対策|恒久対策|水平展開",
    "Korean labels with the English beside them (품번 Part No.)": r"품번 Part No\.|불량수량 Defect Qty",
    "a request as ticked boxes (☑返品 ☐選別 ☐特採)": r"☑返品.*",
    "a 返品伝票's lines (返品数, 単価)": r"返品数",
    "a 値引 certificate (値引番号, 値引額)": r"値引番号|値引額",
    "a Korean VAT (부가세 VAT 10%)": r"부가세 VAT 10%",
}  # fmt: skip


_SENT_ALONE_HABITS53 = {  # a portal's 不具合連絡書, a translation, a 対策書, a 返品伝票 in 枚, a 値引 certificate
    "a supplier portal's 不具合連絡書 with stamps (㊞)": ("サプライヤーポータル", r"(田中|山本)[㊞印]"),
    "a supplier clerk's Chinese translation of a Japanese notice": ("中文翻譯", "不具合内容"),
    "a zh-Hant 対策書 (現象 … 水平展開)": ("対策書", "水平展開"),
    "a zh-Hant 返品伝票 in 枚": ("返品伝票", r"\d+枚"),
    "a zh-Hant 値引 certificate (値引額, 統一編號)": ("値引額", "統一編號"),
}
_HABITS53 = frozenset({*_TEXT_HABITS53, *_SENT_ALONE_HABITS53})


HOLDOUT53 = HoldoutSet(
    name="holdout53",
    about=(
        "The fifty-third held-out layouts (tests/holdout53) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints from\n"
        "Japanese and Korean customers' plants in China and Taiwan and their supplier portals, in the customer's\n"
        "habits: a 不具合連絡書 (令和8年11月3日, full-width ７８１２０－ＴＺ５－Ａ０１ and １２個, 発生日 beside 発行日, a\n"
        "承認 / 確認 / 作成 stamp row 山本㊞), a 品質異常連絡書 of a Japanese plant in Taiwan (R8.11.3, 500本, 処置要求\n"
        "☑返品 ☐選別 ☐特採), a Korean customer's 부적합 보고서 with the English beside the Korean (품번 Part No.,\n"
        "불량수량 Defect Qty 35개), our own complaint sheet filled for a Japanese customer (ＡＢ－１２３, １２０個), a\n"
        "是正処置報告書 answered in Chinese (現象, 暫定対策, 恒久対策, 効果確認, 水平展開), a Korean customer's 8D, a\n"
        "返品伝票 (返品数 in 個, 単価, 金額, 処理区分 廃棄), a Korean 반품 확인서 (재작업 Rework), a 値引 certificate\n"
        "(値引額, 消費税, 小計 / 合計), a Korean claim deduction credit (부가세 VAT 10%); sent as PDF only: a supplier\n"
        "portal's print of a 不具合連絡書 (Chromium), the supplier clerk's Chinese translation of one (fpdf2), a\n"
        "zh-Hant 対策書 (fpdf2), a zh-Hant 返品伝票 in 枚 (Chromium), a zh-Hant 値引 certificate (fpdf2); two odd\n"
        "files (発生数 多数; a date in 平成38年, an era that ended in 2019).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout53/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout53 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "283/390 = 72.6 % (Excel 119/159, PDF 164/231: printed from Excel 119/159, sent as PDF only 45/72), "
        "10 wrong, 3 silent: the 値引 certificate's 小計 read the 合計 1476.01 (xlsx, PDF), the portal print's 担当者 "
        "read the 作成 stamp 田中㊞; flagged (7): the 不具合連絡書's 発行日 read the 発生日 (xlsx, PDF), its 担当 read "
        "the stamp 佐藤㊞ (xlsx, PDF), its 要求事項 read return and replacement (xlsx, PDF), the translation's 担当 "
        "read 渡邊; missing (97): the 値引 certificate's Japanese words (値引番号, 得意先, 請求書番号, 値引額, 消費税, "
        "合計, 承認), the 返品伝票 (伝票番号, 得意先, 指示数, 返品理由, 処理区分, 受領), a Japanese notice's 管理No. / "
        "連絡書No. / 連絡書番号, 発生数, 連絡者, 処置要求, 発行元, the 是正処置報告書 / 対策書's 作成日, 連絡書No., "
        "対策メンバー, 現象, Korean counts in 개 and labels (불량수량, 납품수량, 반품수량, 문서번호, 사업자등록번호, "
        "D6 효과검증); kinds 20 of 25 (the 品質異常連絡書 and the 返品伝票s not); odd files: both a record with "
        "errors (多数: defect_qty required; 平成38年 read 2026-11-03 with a low_confidence warning); profiles "
        "164/173 = 94.8 %, 0 silent; learned on the PDFs 87/92, 0 silent"
    ),
    floors=Floors(
        excel=0.974,
        pdf=0.974,
        sent_as_pdf=0.972,
        recognised=25,
        profile_excel=0.988,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.989,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 527067d2) Excel 119/159 = 74.8 %, PDF 164/231 = 71.0 % (printed from Excel",
        "119/159 = 74.8 %), sent as PDF only 45/72 = 62.5 %: 283/390, 10 wrong (3 silent), 0 invented; kinds 20/25",
        "HOLDOUT53_FLOOR_EXCEL = 0.748 — 119/159 before any fix",
        "HOLDOUT53_FLOOR_PDF = 0.709 — 164/231 before any fix",
        "HOLDOUT53_FLOOR_SENT_AS_PDF = 0.625 — 45/72 before any fix",
        "HOLDOUT53_RECOGNISED_NOW = 20 — of 25 read without --kind before any fix (the 品質異常連絡書 xlsx / PDF, the",
        "返品伝票 xlsx / PDF, the zh-Hant 返品伝票 not)",
        "HOLDOUT53_SILENT_NOW = 3 — the 値引 certificate's 小計 read the 合計 (xlsx, PDF), the portal print's 担当者",
        "read the 作成 stamp 田中㊞",
        "HOLDOUT53_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 164/173 = 94.8 %",
        "HOLDOUT53_FLOOR_PROFILE_EXCEL = 0.947 — 164/173 before any fix (learned on the PDFs: 87/92 = 0.945)",
        "HOLDOUT53_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 30 (14 unwarned); HOLDOUT53_UNLISTED_SILENT_NOW = 14 — each looked at on",
        "its filled file: right (2): tax_rate 0.1 ×2 (the Korean credit's 부가세 VAT 10%, xlsx and PDF); misreads",
        "(12, to be fixed): the portal print's approver 山本㊞ (the customer's 承認 stamp, not our approver); the",
        "返品伝票's foot rows read as lines 3 and 4 (items[2].part_no 返品理由, items[2].part_name the reason,",
        "items[3].part_no 処理区分, items[3].part_name 廃棄; xlsx and PDF, 8); the zh-Hant 返品伝票's foot rows read",
        "as lines' part_name ×3 (返品理由 …, 処理区分 …, 受領印 …). Warned (16): the customer's stamps and the Korean",
        "검토 / 승인 read as sales_supervisor / approver ×11 (misreads, warned), the Korean 8D's D6 read as",
        "implementation[0].action ×2 (the text right, the slot not), the zh-Hant 返品伝票's foot labels as part_no ×3",
        "-- rj53 (holdout53's fixes): a Japanese 値引 slip's 値引額 / 消費税 columns and 小計 (消費税 a tax name), so the",
        "合計 under them is the total with tax; a 返品伝票 a return (伝票番号, 得意先, 指示数, 返品理由, 処理区分 廃棄 /",
        "返却, 受領); a 品質異常連絡書 a complaint (連絡書No. / 連絡書番号 / 管理No., 発行日 before 発生日, 発生数,",
        "連絡者 / 担当者, 処置要求); a 対策書's 対策書No., 作成日, 連絡書No., 対策メンバー, 現象; a name in a seal box",
        "(山本㊞) read without its mark and warned (name_in_seal): 367/390 = 94.1 %, 3 wrong (0 silent); kinds 25/25",
        "HOLDOUT53_FLOOR_EXCEL = 0.937 — 149/159 after rj53",
        "HOLDOUT53_FLOOR_PDF = 0.943 — 218/231 after rj53 (printed from Excel 149/159)",
        "HOLDOUT53_FLOOR_SENT_AS_PDF = 0.958 — 69/72 after rj53",
        "HOLDOUT53_RECOGNISED_NOW = 25 — after rj53 (品質異常連絡書 a complaint's title, 返品伝票 a return's)",
        "HOLDOUT53_SILENT_NOW = 0 — after rj53 (the 値引's 合計 read as the total; the portal's 担当者 read as the",
        "reporter, the stamps 田中㊞ / 山本㊞ read as 田中 / 山本 and warned name_in_seal)",
        "HOLDOUT53_FLOOR_PROFILE_EXCEL = 0.965 — 167/173 after rj53 (learned on the PDFs: 89/92 = 0.967)",
        "unlisted values after rj53: 16 (2 unwarned: tax_rate 0.1 ×2, right); HOLDOUT53_UNLISTED_SILENT_NOW = 2 — the",
        "portal's approver 山本 now warned (name_in_seal), the 返品伝票s' foot rows no longer read as lines",
        "-- rj53, second step: 개 a Korean count word (35개, 2,000개), a Korean 8D's 불량수량, 사업자등록번호 (warned);",
        "品質異常連絡書 NOT made a complaint's title (holdout13's 8D is titled 品質異常連絡書（8D 报告）: the 8D",
        "would lose its kind) — the notice is recognised by its labels: 379/390 = 97.2 %, 3 wrong (0 silent)",
        "HOLDOUT53_FLOOR_EXCEL = 0.974 — 155/159 after rj53",
        "HOLDOUT53_FLOOR_PDF = 0.969 — 224/231 after rj53 (printed from Excel 155/159)",
        "HOLDOUT53_FLOOR_SENT_AS_PDF = 0.958 — 69/72 after rj53",
        "HOLDOUT53_FLOOR_PROFILE_EXCEL = 0.988 — 171/173 after rj53 (learned on the PDFs: 91/92 = 0.989)",
        "unlisted values: 16 (2 unwarned: tax_rate 0.1 ×2, right)",
        "-- weak46 (head words for labels read loosely or in two unknown halves; day-first countries):",
        "379/390 → 380/390 (bench/holdout_score.py, 0 silent)",
        "HOLDOUT53_FLOOR_PDF = 0.974 — 225/231 after weak46",
        "HOLDOUT53_FLOOR_SENT_AS_PDF = 0.972 — 70/72 after weak46",
    ),
    targets=False,
    shape=_SHAPE53,  # at least its shape: 15 layouts, 25 filled files, five sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS53), _SENT_ALONE_HABITS53),
    habits_wanted=_HABITS53,
    second_copies=7,
    second_sent_as_pdf=1,
    # 発生数 多数; a date in 平成38年
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-many", "complaint-heisei"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout54
_SHAPE54 = _shape_of(layouts=15, filled=25, sent_as_pdf=5, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS54 = {
    "a date with dots (2026.11.03)": r"20\d\d\.\d\d\.\d\d",
    "a 民國 date with dots (115.11.05)": r"1\d\d\.\d\d\.\d\d",
    "a specification full of figures that are no quantity (YJV22-8.7/15kV 3×240, 25kVA 11.4kV)": r".*\d+(\.\d+)?/\d+kV.*",
    "counts in 台 (20台, 2台)": r"\d+台",
    "lengths in metres (3000 m, 500 m)": r"\d+ m",
    "a quantity in pieces and MW (1,200 pcs / 0.66 MW)": r"[\d,]+ pcs / [\d.]+ MW",
    "a rate beside the count (45 pcs（PPM 1,875）)": r".*PPM.*",
    "a utility's words (项目单位, 物资名称, 物料编码, 到货批次, 出厂编号)": r"项目单位|物资名称|物料编码|到货批次|出厂编号",
    "a severity as ticked boxes (问题等级 ☑一般 ☐严重)": r"☑一般.*",
    "a solar claim's words (Module type, Serial No. range, Pmax, EL image)": r"Module type|Serial No\. range|Pmax|EL image",
    "a cable's drum (盘号)": r"盘号",
    "a derated lot (降级使用)": r".*降级.*",
    "a quantity in kWh (Qty (kWh))": r"Qty \(kWh\)",
}  # fmt: skip


_SENT_ALONE_HABITS54 = {  # a utility portal's notice, a bad-conduct notice, a zh-Hant 8D, a cable return in 盤, a 折讓 in MW
    "a utility's e-commerce platform notice (发布时间 with a time)": (
        "电子商务平台",
        r"\d{4}-\d\d-\d\d \d\d:\d\d",
    ),
    "a supplier's bad-conduct notice (供应商不良行为处理通知)": ("不良行为处理通知", "暂停中标资格"),
    "a zh-Hant 8D for a switchgear (Cpk)": ("開關設備", "Cpk"),
    "a zh-Hant cable return in 盤": ("退貨單", r"\d+盤"),
    "a zh-Hant 銷貨折讓證明單 in MW": ("銷貨折讓證明單", r"\d\.\d+ MW"),
}
_HABITS54 = frozenset({*_TEXT_HABITS54, *_SENT_ALONE_HABITS54})


HOLDOUT54 = HoldoutSet(
    name="holdout54",
    about=(
        "The fifty-fourth held-out layouts (tests/holdout54) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "electrical equipment and energy: a utility's 物资质量问题反馈单 to its supplier (项目单位, 物资名称, 物料编码,\n"
        "供应商 = us, 到货批次, 出厂编号, 20台 / 2台, 2026.11.03, 问题等级 ☑一般 ☐严重), a solar module buyer's claim\n"
        "(Module type, Serial No. range, Quantity (pcs / MW) 1,200 pcs / 0.66 MW, Pmax, EL image), a Taiwanese\n"
        "電力設備 客訴單 (115.11.05, 單相 25kVA 11.4kV/120-240V), a cable customer's 质量异议单 (规格型号\n"
        "YJV22-8.7/15kV 3×240, 盘号, 3000 m / 500 m), an EV battery maker's 8Ds to its cell supplier (电芯型号, PPM,\n"
        "Cpk) and its connector supplier (English), a transformer return in 台, a solar module RMA, an allowance\n"
        "for a derated cable lot (降级使用, metres), a credit note for lost energy in kWh; sent as PDF only: a\n"
        "utility's e-commerce platform notice (Chromium), a 供应商不良行为处理通知 (fpdf2), a zh-Hant 8D for a\n"
        "switchgear (fpdf2), a zh-Hant cable return in 盤 (Chromium), a zh-Hant 銷貨折讓證明單 in MW (fpdf2); two\n"
        "odd files (a 反馈单 whose only figures are the specification; a date 2026.13.03).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout54/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout54 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "313/366 = 85.5 % (Excel 127/148, PDF 186/218: printed from Excel 127/148, sent as PDF only 59/70), "
        "2 wrong, 2 silent: the 反馈单's 到货批次 read the 出厂编号 T2610-0381~0400 (xlsx, PDF); missing (51): the "
        "utility's 项目单位 / 物资名称 / 反馈人, the portal's 发布时间 / 联系人, the bad-conduct notice (通知书编号, "
        "发文日期, 发文单位, 涉及物资, 不良行为描述), the cable 异议单's 需方 / 盘号 / 到货长度 / 异议长度 (lengths in m) / "
        "需方处理意见, the solar claim's Buyer / Module type / Quantity (pcs / MW) / Requested remedy, Connector P/N, "
        "a Tariff (CNY/kWh) column, a qty 0.12 MW, 核准, 关联异议单 / 关联反馈单, 审批, 名称及规格; kinds 23 of 25 (the "
        "portal notice and the bad-conduct notice not); odd files: both not recognised without --kind, a record "
        "with errors with --kind complaint (no 问题数量: defect_qty empty; 2026.13.03 not a valid date); profiles "
        "201/213 = 94.4 %, 0 silent; learned on the PDFs 105/113, 0 silent"
    ),
    floors=Floors(
        excel=0.972,
        pdf=0.967,
        sent_as_pdf=0.957,
        recognised=25,
        profile_excel=0.943,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.929,
        unlisted_silent=2,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at b35dbe36) Excel 127/148 = 85.8 %, PDF 186/218 = 85.3 % (printed from Excel",
        "127/148 = 85.8 %), sent as PDF only 59/70 = 84.3 %: 313/366, 2 wrong (2 silent), 0 invented; kinds 23/25",
        "HOLDOUT54_FLOOR_EXCEL = 0.858 — 127/148 before any fix",
        "HOLDOUT54_FLOOR_PDF = 0.853 — 186/218 before any fix",
        "HOLDOUT54_FLOOR_SENT_AS_PDF = 0.842 — 59/70 before any fix",
        "HOLDOUT54_RECOGNISED_NOW = 23 — of 25 read without --kind before any fix (the portal's 供应商质量问题通知",
        "and the 供应商不良行为处理通知 not)",
        "HOLDOUT54_SILENT_NOW = 2 — the 反馈单's 到货批次 read the 出厂编号 T2610-0381~0400 (xlsx, PDF)",
        "HOLDOUT54_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 201/213 = 94.4 %",
        "HOLDOUT54_FLOOR_PROFILE_EXCEL = 0.943 — 201/213 before any fix (learned on the PDFs: 105/113 = 0.929)",
        "HOLDOUT54_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 12 (2 unwarned); HOLDOUT54_UNLISTED_SILENT_NOW = 2 — each looked at on its",
        "filled file: right (2): tax_rate 0.13 ×2 (the kWh credit's VAT 13%, xlsx and PDF); misreads: none unwarned.",
        "Warned (10): the MW 折讓's tax_rate 0 (right) and its 核准 read as approved_by_gm (the field is the manager's:",
        "misread, warned), the solar claim's Serial No. range read as",
        "lot_no ×2 (a range of module serials, no lot: misread, warned), the cable 异议单's 需方处理意见 read as our",
        "disposition ×2 (the customer's wish, not our decision: misread, warned), the bad-conduct notice's 处理措施",
        "(a sanction) read as short_term_action (misread, warned), the zh-Hant 8D's team[*].role member ×3 (right).",
        "With profiles (not counted in the floor): the Serial No. range as lot_no and 需方处理意见 as disposition",
        "read without a warning (copy2 xlsx / PDF; 4 unwarned misreads)",
        "-- holdout54's fixes: a utility's words (项目单位 / 需方 / 发文单位 the customer, 物资名称 / 涉及物资 the part's",
        "name, 反馈人, 通知书编号, 发文日期 / 发布时间, 不良行为描述), 到货批次 the lot (the 出厂编号 beside it said:",
        "label_lost), a cable's 盘号 and lengths (到货长度 / 异议长度), 需方处理意见 the customer's request, Module type",
        "(over a code), Requested remedy, Tariff, 关联反馈单 / 关联异议单, 名称及规格: 355/366 = 97.0 %, 0 wrong",
        "HOLDOUT54_FLOOR_EXCEL = 0.972 — 144/148 after the fixes",
        "HOLDOUT54_FLOOR_PDF = 0.967 — 211/218 after the fixes (printed from Excel 144/148)",
        "HOLDOUT54_FLOOR_SENT_AS_PDF = 0.957 — 67/70 after the fixes",
        "HOLDOUT54_RECOGNISED_NOW = 25 — after the fixes (the platform notice and the 不良行为 notice by their labels)",
        "HOLDOUT54_SILENT_NOW = 0 — after the fixes (到货批次 read as the lot, the 出厂编号 warned label_lost)",
        "profiles unchanged: 201/213 (learned on the PDFs 105/113), 0 silent; unlisted after the fixes: 10 (2",
        "unwarned: tax_rate 0.13 ×2, right); HOLDOUT54_UNLISTED_SILENT_NOW = 2 — 需方处理意见 no longer read as our",
        "disposition",
        "profile43: with profiles, unlisted unwarned 2 → 0 (learned on the Excel files) and 1 → 0 (on the PDFs): the",
        "solar claim's Serial No. range read as lot_no carries the generic reader's low_confidence; floors unchanged",
    ),
    targets=False,
    shape=_SHAPE54,  # at least its shape: 15 layouts, 25 filled files, five sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS54), _SENT_ALONE_HABITS54),
    habits_wanted=_HABITS54,
    second_copies=8,
    second_sent_as_pdf=1,
    # only the specification's figures, no 问题数量; a date 2026.13.03
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-speconly", "complaint-month13"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout52
_SHAPE52 = _shape_of(layouts=15, filled=25, sent_as_pdf=5, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS52 = {
    "a pack size in the 规格 (500g×12袋/箱)": r"\d+g×\d+袋/箱",
    "a lot code that looks like a date (L261002A)": r"L26\d{4}[A-Z]",
    "an expiry beside the production date (保质期至, 有效日期, 到期日, Best before)": r"保质期至|有效日期|到期日|Best before.*",
    "a purchase date beside the complaint's date (购买日期)": r"购买日期",
    "a consumer and a retailer both named (消费者姓名 / 电话)": r"消费者姓名 / 电话",
    "a supermarket's store and its withdrawn stock (门店, 下架数量)": r"门店|下架数量",
    "a closure's torque, spec against measured (Application torque)": r"(Application|Removal) torque",
    "民國 dates (115/10/21)": r"11[56]/\d\d/\d\d",
    "HACCP and its CCPs in an 8D (CCP2 金属探测, CCP 3)": r".*(HACCP|CCP).*",
    "boxes and bags on one form (12 箱, 30 袋)": r"\d+ (箱|袋)",
    "counts in cases (40 cs)": r"\d+ cs",
    "a 9 % tax of farm produce (税额合计（9%）)": r"税额合计（9%）",
    "a return of near-expiry and damaged goods (临期 / 破损)": r".*临期.*",
}  # fmt: skip


_SENT_ALONE_HABITS52 = {  # a portal notice, a lab report, a leaking bottle's 8D, expired goods, a claim
    "a retailer's supplier-portal notice (Store, Units withdrawn)": ("Supplier Quality Notice", "Units withdrawn"),
    "a lab report's first page with the lab's own dates (委托单位, 收样日期, 签发日期)": ("委托单位", "收样日期", "签发日期"),
    "a zh-Hant 8D for a leaking bottle in 瓶 (瓶蓋, 24 瓶)": ("瓶蓋", r"\d+ 瓶"),
    "a zh-Hant return of expired goods in 箱 (過期品, 20 箱)": ("過期品", r"\d+ 箱"),
    "a zh-Hant quality-claim allowance dated in 民國 years (115/11/10)": ("折讓", r"115/11/10"),
}  # fmt: skip
_HABITS52 = frozenset({*_TEXT_HABITS52, *_SENT_ALONE_HABITS52})


HOLDOUT52 = HoldoutSet(
    name="holdout52",
    about=(
        "The fifty-second held-out layouts (tests/holdout52) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "food, beverage, agricultural processing and their packaging suppliers (foreign matter, taste, a\n"
        "leaking seal, a label), on forms full of dates that are not the complaint's: a 食品客诉处理单 for a\n"
        "foreign body (retailer and consumer both named, 规格 500g×12袋/箱, 生产日期 / 保质期至 / 购买日期 beside\n"
        "投诉日期, 批号 L261002A), a supermarket chain's 供应商质量通知单 (门店, 商品编码, 问题数量 3 瓶 beside\n"
        "下架数量 240 瓶), a beverage filler's SCAR to its closure supplier (Lot code, Best before, a Cap torque\n"
        "table, 3,600 pcs), a Taiwanese 食品客訴單 (民國 dates), an 8D for a metal fragment (HACCP, CCP2\n"
        "金属探测), an English 8D for a glass fragment, a distributor's 退货申请单 for 临期 / 破损 goods in 箱 and\n"
        "袋, a drinks wholesaler's returned goods note in cases, a 质量折让 allowance at 9 %, a supermarket's\n"
        "quality claim credited; sent as PDF only: a retailer's supplier-portal notice (Chromium), a lab\n"
        "report's first page (fpdf2), a zh-Hant 8D for a leaking bottle (fpdf2), a zh-Hant 退貨單 for expired\n"
        "goods (Chromium), a zh-Hant quality-claim 折讓單 (fpdf2); two odd files (the only dates on one row,\n"
        "a quantity in boxes and bags at once).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout52/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout52 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "361/390 = 92.6 % (Excel 150/161, PDF 211/229: printed from Excel 150/161, sent as PDF only 61/68), "
        "1 wrong, 0 silent: flagged, the zh-Hant 折讓單's 營業稅額 120 read 312; missing (28): the SCAR's Lot code and "
        "Containment required, 临时处理 / 處理對策 (the short-term action), the supermarket notice's 零售商, the "
        "portal notice's Notice ID, Article no., Customer complaints and Action required, the lab report's 委托单位 "
        "and 检验结论, the credit note's Units and Unit cost, the returned goods note's RGN No., the English 8D's "
        "D6 Implementation and validation; kinds 22 of 25 (the SCAR, xlsx and PDF, and the lab report not); odd "
        "files: both a record with errors and a warning on the field (the dates' row invalid_date and "
        "low_confidence on the received date; 2箱（24袋） value_with_comment); profiles 147/148 = 99.3 %, 0 silent; "
        "learned on the PDFs 78/79, 0 silent; unlisted 19, 6 unwarned (tax_rate ×4 right; the lab report's own "
        "number and 签发日期 read as the complaint's number and received date: misreads)"
    ),
    floors=Floors(
        excel=0.981,
        pdf=0.965,
        sent_as_pdf=0.926,
        recognised=24,
        profile_excel=0.993,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.987,
        unlisted_silent=4,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 527067d2) Excel 150/161 = 93.2 %, PDF 211/229 = 92.1 % (printed from Excel",
        "150/161 = 93.2 %), sent as PDF only 61/68 = 89.7 %: 361/390, 1 wrong (0 silent), 0 invented; kinds 22/25",
        "HOLDOUT52_FLOOR_EXCEL = 0.931 — 150/161 before any fix",
        "HOLDOUT52_FLOOR_PDF = 0.921 — 211/229 before any fix",
        "HOLDOUT52_FLOOR_SENT_AS_PDF = 0.897 — 61/68 before any fix",
        "HOLDOUT52_RECOGNISED_NOW = 22 — of 25 read without --kind before any fix (the SCAR, xlsx and PDF, and the",
        "lab report not)",
        "HOLDOUT52_SILENT_NOW = 0",
        "HOLDOUT52_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 147/148 = 99.3 %",
        "HOLDOUT52_FLOOR_PROFILE_EXCEL = 0.993 — 147/148 before any fix (learned on the PDFs: 78/79 = 0.987)",
        "HOLDOUT52_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 19 (6 unwarned); HOLDOUT52_UNLISTED_SILENT_NOW = 6 — each looked at on its",
        "filled file: right (the form holds it; the expected file does not list it): tax_rate ×4 (the 质量折让's",
        "税额合计（9%） read 0.09, the credit note's VAT 20 % read 0.2, xlsx and PDF); MISREADS (2, the lab report's",
        "PDF): number read WT-2610-08812 (the laboratory's report number, not the complaint's) and received_date",
        "read 2026-10-29 (the report's 签发日期, not the day the complaint came); warned (13): the English 8D's D6",
        "read as implementation[0].action ×2 (the text is the result), the zh-Hant 8D's team roles 'member' ×3,",
        "the 食品客诉处理单's 品控主管 read as sales_supervisor ×2 (the maker's QC head, a misread), the lab report's",
        "规格型号 500g/袋 as part_no and 主检： as sales_supervisor (misreads), the notice's 下架数量 240 瓶 as",
        "ship_qty ×2 (the stock withdrawn, a misread), the 食品客訴單's 處理對策 as long_term_action ×2",
        "-- the first measurement (359/390, same commit's reader) held one wrong expectation, corrected before any",
        "fix: the supermarket notice's 通知人 赵敏（品控专员） is the person 赵敏, her role in brackets (xlsx, PDF)",
        "-- rh52 (holdout52's fixes): a laboratory's test report read as a complaint has its own number and date",
        "said to be the laboratory's (lab_report_own: its title 检验报告 / Test Report, or 委托单位 beside 收样日期);",
        "临时处理, Lot code, 零售商, Notice ID, Article no. (warned), RGN No., a credit's Units / Unit cost: 379/390 =",
        "97.2 %, 1 wrong (0 silent); kinds 24/25 (the SCAR a complaint once its Lot code reads; the lab report not:",
        "no complaint form, told by --kind)",
        "HOLDOUT52_FLOOR_EXCEL = 0.981 — 158/161 after rh52",
        "HOLDOUT52_FLOOR_PDF = 0.965 — 221/229 after rh52",
        "HOLDOUT52_FLOOR_SENT_AS_PDF = 0.926 — 63/68 after rh52",
        "HOLDOUT52_RECOGNISED_NOW = 24 — after rh52",
        "HOLDOUT52_FLOOR_PROFILE_EXCEL = 0.993 — 147/148 after rh52 (learned on the PDFs: 78/79 = 0.987)",
        "unlisted values after rh52: 19 (4 unwarned: tax_rate ×4, right); HOLDOUT52_UNLISTED_SILENT_NOW = 4 — the",
        "lab report's number and 签发日期 now warned (lab_report_own)",
    ),
    targets=False,
    shape=_SHAPE52,  # at least its shape: 15 layouts, 25 filled files, five sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS52), _SENT_ALONE_HABITS52),
    habits_wanted=_HABITS52,
    second_copies=6,
    second_sent_as_pdf=1,
    # the only dates on one row (生产日期 … 保质期 12个月 到期 …); a quantity in boxes and bags at once
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-datesonerow", "complaint-boxesandbags"}),
    committed=_committed_with_odd,
)


# ------------------------------------------------------------------------------ holdout51
_SHAPE51 = _shape_of(layouts=15, filled=25, sent_as_pdf=5, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS51 = {
    "a style number that looks like a date (2026-11A)": r"20\d\d-\d\d[A-Z]",
    "a quantity in pieces with its cartons (1,200 pcs (100 ctns))": r"[\d,]+ pcs \([\d,]+ ctns\)",
    "an AQL by defect class (Critical 0 / Major 2.5 / Minor 4.0)": r"Critical 0 / Major 2\.5 / Minor 4\.0",
    "a Critical / Major / Minor table with its Max. allowed row": r"Max\. allowed",
    "a trading company's garment fields (款号, 色号, 疵点件数)": r"款号|色号|疵点件数",
    "a size table (S M L XL)": r"XL",
    "a shoe maker's 鞋型 / 楦頭 and counts in 雙": r"鞋型|楦頭|[\d,]+ 雙",
    "a safety issue ticked (☐ No ☑ Yes)": r"☐ No\s+☑ Yes",
    "an e-commerce return authorization (RA#, SKU, Reason code)": r"RA#|SKU|Reason code",
    "a unit column in dozens (打)": r"打",
    "amounts typed as US$1,234.50": r"US\$1,234\.50",
    "a date written Nov. 18th, 2026": r"[A-Z][a-z]{2}\. \d{1,2}(st|nd|rd|th), 20\d\d",
    "a shrinkage claim (缩水)": r".*缩水.*",
}  # fmt: skip


_SENT_ALONE_HABITS51 = {  # an inspection system's report, a portal debit memo, a shoe 8D, an e-commerce RMA, a 色牢度 allowance
    "an inspection report printed from a system (Nov. 3rd, 2026, prs with ctns)": (r"Nov\. 3rd, 2026", r"\d prs \(\d+ ctns\)"),
    "a debit memo printed from a buyer's portal (US$ amounts)": ("Debit Memo", r"US\$[\d,]+\.\d\d"),
    "a zh-Hant 8D for 開膠 in 雙": ("開膠", r"\d+ 雙"),
    "a zh-Hant e-commerce return (RMA, SKU)": ("RMA", "SKU"),
    "a zh-Hant colour-fastness allowance in 打 (色牢度, 60 打)": ("色牢度", r"\d+ 打"),
}  # fmt: skip
_HABITS51 = frozenset({*_TEXT_HABITS51, *_SENT_ALONE_HABITS51})


HOLDOUT51 = HoldoutSet(
    name="holdout51",
    about=(
        "The fifty-first held-out layouts (tests/holdout51) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "textiles, garments, footwear, toys and home goods made for export, where the complaint comes from a\n"
        "buyer's QA or a trading company as the buyer's own paper: a third-party final random inspection\n"
        "report (AQL Critical 0 / Major 2.5 / Minor 4.0, Sample size 200, a Critical / Major / Minor table,\n"
        "Result FAIL, Style No. 2026-11A, 1,200 pcs (100 ctns)), a trading company's 客户投诉单 (款号, 色号,\n"
        "疵点件数, an S M L XL size table, ☑折让), a Taiwanese shoe maker's 客訴處理單 (鞋型, 楦頭, 84 雙, 開膠),\n"
        "a toy buyer's complaint (Date code, Safety issue ☑ Yes), a toy buyer's CAPA / 8D, a garment 8D on\n"
        "shrinkage (1,200 件), an e-commerce return authorization (RA#, SKU, Reason code), a 退货单 in 件 and 打,\n"
        "a buyer's vendor chargeback / debit note (Debit Note No., Nov. 18th, 2026, Style No., Colorway,\n"
        "US$1,234.50), a 折让 for a shrinkage claim; sent as PDF only: an inspection report printed from an\n"
        "inspection company's system (Nov. 3rd, 2026, 2,400 prs (200 ctns), fpdf2), a debit memo printed from\n"
        "a buyer's portal (Chromium), a zh-Hant 8D for 開膠 in 雙 (fpdf2), a zh-Hant e-commerce 退貨單 (RMA,\n"
        "SKU, Chromium), a zh-Hant colour-fastness 折讓 in 打 (fpdf2); two odd files (a defective count in\n"
        "cartons, 3 ctns; an inspection dated Nov. 31st, 2026).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout51/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout51 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "348/394 = 88.3 % (Excel 140/155, PDF 208/239: printed from Excel 141/155, sent as PDF only 67/84), "
        "8 wrong, 0 silent: flagged, the inspection reports' Remarks / Defect summary read as the defect table or "
        "the Defects found line (xlsx, PDF, system print), the shoe 客訴單's number read as the form number "
        "QA-F-021 (xlsx), the colour-fastness allowance's 60 打 / 25 打 read 720 / 300 and its 營業稅額 0 read "
        "904.80, the portal debit memo's Subtotal read the first line; missing (38): the inspection reports' "
        "Inspection date and Inspector (xlsx, PDF, system print), the system print's Order quantity, the toy "
        "complaint's bare Date, the trading company's 疵点件数 and 疵点描述, 鞋型 (xlsx, PDF, 8D), the toy CAPA's "
        "Item No. and D7 Preventive action, the debit note's Issued by, Federal Tax ID and Unit charge (US$), the "
        "portal memo's lines, the returns' Reason code / 退貨原因代碼; kinds 25/25; odd files: both a record with "
        "errors (3 ctns: defect_qty required; Nov. 31st: received_date required); profiles 141/143 = 98.6 %, 0 "
        "silent; learned on the PDFs 75/78, 0 silent"
    ),
    floors=Floors(
        excel=0.961,
        pdf=0.949,
        sent_as_pdf=0.916,
        recognised=25,
        profile_excel=0.993,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=0.974,
        unlisted_silent=0,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at 527067d2) Excel 140/155 = 90.3 %, PDF 208/239 = 87.0 % (printed from Excel",
        "141/155 = 91.0 %), sent as PDF only 67/84 = 79.8 %: 348/394, 8 wrong (0 silent), 0 invented; kinds 25/25",
        "HOLDOUT51_FLOOR_EXCEL = 0.903 — 140/155 before any fix",
        "HOLDOUT51_FLOOR_PDF = 0.870 — 208/239 before any fix",
        "HOLDOUT51_FLOOR_SENT_AS_PDF = 0.797 — 67/84 before any fix",
        "HOLDOUT51_RECOGNISED_NOW = 25 — of 25 read without --kind before any fix",
        "HOLDOUT51_SILENT_NOW = 0",
        "HOLDOUT51_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 141/143 = 98.6 %",
        "HOLDOUT51_FLOOR_PROFILE_EXCEL = 0.986 — 141/143 before any fix (learned on the PDFs: 75/78 = 0.961)",
        "HOLDOUT51_PROFILE_SILENT_NOW = 0",
        "unlisted values before any fix: 13 (2 unwarned); HOLDOUT51_UNLISTED_SILENT_NOW = 2 — each looked at on its",
        "filled file: MISREADS, both: the RA's foot row Reason code DEF-03 … read as a third line, items[2].part_name",
        "(xlsx, PDF; its part_no 'Reason code' warned, the name not); warned (11): the toy CAPA's",
        "prevention.documents_updated fmea ×2 (right: PFMEA updated), the shoe 8D's team roles member ×3 (right),",
        "the trading 投诉单's 业务员 方俊 read as sales_supervisor ×2 (a misread: the trading company's salesman,",
        "not our sales supervisor; warned — but read SILENTLY with a profile, on copy2's xlsx and PDF), the RA's",
        "items[2].part_no 'Reason code' ×2 and the zh-Hant RMA's items[2] from 退貨原因代碼 ×2 (misreads, warned)",
        "-- rh51 (holdout51's fixes): a forwarded inspection report's Inspection date (warned), Inspector, Defect",
        "summary; a trading company's 疵点件数 / 疵点描述; 鞋型 the part (warned) on the complaint and the 8D, a CAPA's",
        "Item No.; a return's Reason code / 退货原因代码 (its row no line); a chargeback's Charge description / Unit",
        "charge lines; a bare Tax line under a Subtotal no line (parse/table_lines.bare_tax_line); a profile keeps a",
        "doubtful label's warning (profile.doubted_by_its_label): 376/394 = 95.4 %, 6 wrong (0 silent); kinds 25/25",
        "HOLDOUT51_FLOOR_EXCEL = 0.961 — 149/155 after rh51",
        "HOLDOUT51_FLOOR_PDF = 0.949 — 227/239 after rh51 (printed from Excel 150/155)",
        "HOLDOUT51_FLOOR_SENT_AS_PDF = 0.916 — 77/84 after rh51",
        "HOLDOUT51_FLOOR_PROFILE_EXCEL = 0.993 — 142/143 after rh51 (learned on the PDFs: 76/78 = 0.974)",
        "unlisted values after rh51: 7, 0 unwarned (HOLDOUT51_UNLISTED_SILENT_NOW = 0): the RA's and the RMA's",
        "Reason code rows no longer lines; the trading 投诉单's 业务员 as sales_supervisor warned with a profile too",
    ),
    targets=False,
    shape=_SHAPE51,  # at least its shape: 15 layouts, 25 filled files, five sent as PDF only
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS51), _SENT_ALONE_HABITS51),
    habits_wanted=_HABITS51,
    second_copies=6,
    second_sent_as_pdf=1,
    # a defective count in cartons (3 ctns); an inspection dated Nov. 31st, 2026
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-cartons", "complaint-nosuchday"}),
    committed=_committed_with_odd,
)

# ------------------------------------------------------------------------------ holdout46
_SHAPE46 = _shape_of(layouts=16, filled=25, sent_as_pdf=7, absent=0, templates=frozenset({".html", ".pdf"}))

_TEXT_HABITS46 = {
    "a UDI-DI (GS1, 14 digits) beside the lot": r"0\d{13}",
    "an MDR decision as ticked boxes (☐ Yes ☑ No)": r"☐ Yes +☑ No.*",
    "a device's registration number (注册证编号 国械注准…)": r"国械注准\d{11}",
    "a batch number that looks like a date (20260305)": r"20\d{2}(0[1-9]|1[0-2])[0-3]\d",
    "an expiry date beside the manufacture date (有效期至, 保存期限)": r"有效期至|保存期限",
    "complaint classes A / B / C ticked (☑B类)": r"☐A类.*☑B类.*",
    "a count with the trade's unit (盒, 支, 包, vials)": r"\d+ (盒|支|瓶|包|vials)",
    "a foreign body's type (異物類型)": r"異物類型",
    "a 5 Why written as rows over the root cause": r"Why \d",
    "a CAPA's correction and effectiveness check": r"Correction|Effectiveness check|纠正|有效性评估",
    "a recall level over a return's lines (召回级别)": r"召回级别：.*",
    "destroyed stock (销毁证明, Quarantine and destroy)": r"依据：销毁证明.*|Quarantine and destroy",
}  # fmt: skip


_SENT_ALONE_HABITS46 = {  # a hospital's letter, an eQMS print, a 回收, a cosmetic's allergy, a CAPA, destroyed stock
    "a hospital's complaint letter with a table": ("Dear Sir or Madam", "Catalogue No."),
    "a CAPA record printed from an eQMS": ("UNCONTROLLED WHEN PRINTED", "Workflow history"),
    "a drug recall's level (回收等級)": ("回收等級",),
    "a cosmetic's 备案编号 and an allergy": ("备案编号", "过敏"),
    "a zh-Hant CAPA used as the 8D": ("矯正預防措施", "有效性確認"),
    "destroyed stock credited (銷毀證明)": ("銷毀證明",),
    "destroyed stock credited (Certificate of Destruction)": ("Certificate of Destruction",),
}
_HABITS46 = frozenset({*_TEXT_HABITS46, *_SENT_ALONE_HABITS46})


HOLDOUT46 = HoldoutSet(
    name="holdout46",
    about=(
        "The forty-sixth held-out layouts (tests/holdout46) and the reader's score on them, measured BEFORE\n"
        "anyone fixed anything.\n\n"
        "Written from public descriptions of real forms without reading the reader's code; complaints in\n"
        "regulated industries (medical devices, pharmaceuticals, food, cosmetics; GMP / ISO 13485 / 21 CFR\n"
        "820.198): a medical-device complaint record (UDI-DI, Lot / Serial No., Event date, Patient\n"
        "involvement, MDR reportable? ☐ Yes ☑ No, Investigation summary, CAPA No.), a 医疗器械投诉记录表 (注册证编号,\n"
        "产品批号 20260305, 生产日期, 有效期至, 200 支, 是否涉及不良事件), a 药品质量投诉登记表 (规格, a 批号 typed as a\n"
        "number, 投诉类别 A/B/C, 留样检查), a zh-Hant 食品客訴處理單 of a foreign body (生產日期, 批次, 保存期限, 異物類型),\n"
        "a CAPA form used as the 8D (Problem statement, Correction, Root cause (5 Why), Effectiveness check) and\n"
        "its zh-Hans twin (纠正和预防措施), a 产品召回退货单 (召回级别, 批号 and 有效期至 columns, 120 盒, 销毁), a\n"
        "returned goods authorization (Lot No., Expiry, 48 vials, Quarantine and destroy), a 销售折让单 for\n"
        "destroyed stock (销毁证明); sent as PDF only: a hospital's complaint letter with a table, a CAPA record\n"
        "printed from an eQMS (Chromium), a zh-Hant 藥品回收退貨單 (Chromium), a 化妆品客诉 with an allergy, a\n"
        "zh-Hant 矯正預防措施報告, a zh-Hant 銷毀折讓證明單 and an English credit note for destroyed stock (fpdf2);\n"
        "two odd files (a 产品批号 turned into a date cell; a complaint whose only dates are 生产日期 and 保质期至).\n\n"
        "Measured BEFORE any fix: see ``measured_before_any_fix`` and tests/holdout46/README.md (the\n"
        "failure patterns). The floors hold what main read before any fix; raise them as the reader\n"
        "improves, lower the silent counts. ``python bench/holdout_score.py tests/holdout46 -v`` prints\n"
        "every field, ``--profiles`` the second copies.\n"
    ),
    measured_before_any_fix=(
        "307/415 = 74.0 % (Excel 111/150, PDF 196/265: printed from Excel 111/150, sent as PDF only 85/115), "
        "3 wrong, 1 silent: the eQMS print's Effectiveness check read as the print footer's 'QualiTrack eQMS'; "
        "flagged: the device record's Event description read as the facility (xlsx, PDF); missing (105): counts "
        "with the trade's unit (200 支, 12 盒, 1 包, 1 瓶, 3 sets, 4 cartons: 11), the disposition 销毁 / 銷毀 / "
        "Quarantine and destroy (5), the CAPA's words (CAPA No., CAPA team, Correction, Effectiveness check, 纠正, "
        "未检出原因, 有效性评估, Product / Model, 产品代码: 40), the device record's English labels (Complainant, "
        "Device name, Model / Catalogue No., Investigation summary, Complaint handled by, QA review: 14), "
        "处理措施 / 处理意见 / 處理說明 / 处理结果, 调查结论, 投诉类别 ☑B类, 是否涉及不良事件, 过敏反应, 质量负责人 / "
        "QA 负责人, 顧客要求 退款並賠償, the hospital letter's From / Catalogue No. / Description of the problem; "
        "0 invented; kinds 24 of 25 (the eQMS print not); odd files: both a record with required errors (the "
        "lot read 2026-03-05 with a low_confidence warning; no received date taken from the expiry); "
        "profiles 189/197 = 95.9 %, 0 silent; learned on the PDFs 106/111, 0 silent"
    ),
    floors=Floors(
        excel=1.0,
        pdf=1.0,
        sent_as_pdf=1.0,
        recognised=25,
        profile_excel=1.0,
        silent=0,
        invented_silent=0,
        profile_silent=0,
        profile_pdf=1.0,
        unlisted_silent=1,
    ),
    floors_history=(
        "-- what main read before any fix; raise the floors, lower the counts, as the reader improves",
        "before any fix (main at e9aa3d76) Excel 111/150 = 74.0 %, PDF 196/265 = 74.0 % (printed from Excel",
        "111/150 = 74.0 %), sent as PDF only 85/115 = 73.9 %: 307/415, 3 wrong (1 silent), 0 invented; kinds 24/25",
        "HOLDOUT46_FLOOR_EXCEL = 0.74 — 111/150 before any fix",
        "HOLDOUT46_FLOOR_PDF = 0.739 — 196/265 before any fix",
        "HOLDOUT46_FLOOR_SENT_AS_PDF = 0.739 — 85/115 before any fix",
        "HOLDOUT46_RECOGNISED_NOW = 24 — of 25 read without --kind before any fix",
        "HOLDOUT46_SILENT_NOW = 1 — the eQMS print's Effectiveness check read as its footer 'QualiTrack eQMS'",
        "HOLDOUT46_INVENTED_SILENT_NOW = 0",
        "learned on the first copy's Excel file (or the PDF of a PDF-only layout), read on copy2: 189/197 = 95.9 %",
        "HOLDOUT46_FLOOR_PROFILE_EXCEL = 0.959 — 189/197 before any fix (learned on the PDFs: 106/111 = 0.954)",
        "HOLDOUT46_PROFILE_SILENT_NOW = 0",
        "-- rh46: a printed line holding a whole date is no header row (its words not parted into column names);",
        "a CAPA's words for the 8D (CAPA No., Record ID, CAPA team, Correction / 纠正 / 矯正, Effectiveness check /",
        "有效性评估 / 有效性確認, 未检出原因, 矯正措施, 問題敘述, Product code / 产品代码, Initiated, Units affected,",
        "Related complaint, QA approver; CAPA Record), a regulated trade's complaint words (Complainant, Device name,",
        "药品名称, Catalogue No., 产品代号, 投诉数量 / 客訴數量, Qty involved, Investigation summary / 调查结论, 处理措施 /",
        "處理說明 / 处理结果, QA review / 质量负责人, Complaint handled by, 是否涉及不良事件 / 过敏反应,",
        "消费者诉求), destruction as scrap (销毁, 銷毀, Destroy, Quarantine and destroy) and QA release:",
        "405/415 = 97.6 %, 0 wrong; kinds 25/25 (处理意见 left to the decision: holdout6 reads it so)",
        "HOLDOUT46_FLOOR_EXCEL = 0.98 — 147/150 after rh46",
        "HOLDOUT46_FLOOR_PDF = 0.973 — 258/265 after rh46",
        "HOLDOUT46_FLOOR_SENT_AS_PDF = 0.965 — 111/115 after rh46",
        "HOLDOUT46_RECOGNISED_NOW = 25 — after rh46",
        "HOLDOUT46_SILENT_NOW = 0 — after rh46 (the eQMS print's footer no longer read under a dated workflow step)",
        "HOLDOUT46_FLOOR_PROFILE_EXCEL = 0.969 — 191/197 after rh46 (learned on the PDFs: 107/111 = 0.964), 0 silent",
        "-- int41 (the merge: 处理结果 doubtful) read 404/415 (complaint-zh-cosmetic.pdf's 处理结果 missing, PDF 0.970 <",
        "0.973); left41: 4 cartons read as a count and said (qty_in_packages), 退款並賠償 compensation:",
        "408/415 = 98.3 % (Excel 148/150, PDF 260/265, sent as PDF only 112/115); profiles 191/197 -> 193/197,",
        "learned on the PDFs 107/111 -> 108/111, 0 silent; floors raised to it",
        "-- scorer42: values in fields the expected file lists in neither fields nor absent (bench/holdout_score.py's unlisted values): 5 (1 unwarned) on main's reader, 5 (1 unwarned) after the revision-history mend; HOLDOUT46_UNLISTED_SILENT_NOW = 1 — each looked at on its filled file and found right (the form holds it; the expected file does not list it): status ×1",
        "-- left42: 投诉类别 ☑B类（主要） the severity by its classes' legend, 处理意见 暂停发货并复检 the immediate action",
        "(decides nothing), the hospital letter's Description of the problem (a known label of 26 letters, its",
        "wrapped line) and its letterhead the customer: 415/415 = 100 % (Excel 150/150, PDF 265/265, sent as PDF",
        "only 115/115); profiles 197/197, learned on the PDFs 111/111, 0 silent; floors raised to it",
    ),
    targets=False,
    shape=_SHAPE46,  # 16 layouts, 25 filled files, seven sent as PDF only (two printed by Chromium from HTML)
    habits=_habits_with_sent_alone(_texts_of_a_book(_TEXT_HABITS46), _SENT_ALONE_HABITS46),
    habits_wanted=_HABITS46,
    second_copies=8,
    second_sent_as_pdf=2,
    # a 产品批号 turned into a date cell; a complaint excerpt whose only dates are 生产日期 and 保质期至
    odd_kinds=(None, "complaint"),
    odd_with_a_record=frozenset({"complaint-lotdate", "complaint-expiryonly"}),
    committed=_committed_with_odd,
)


SETS: list[HoldoutSet] = [
    HOLDOUT1,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT15,
    HOLDOUT16,
    HOLDOUT17,
    HOLDOUT18,
    HOLDOUT19,
    HOLDOUT20,
    HOLDOUT21,
    HOLDOUT22,
    HOLDOUT23,
    HOLDOUT24,
    HOLDOUT25,
    HOLDOUT26,
    HOLDOUT27,
    HOLDOUT28,
    HOLDOUT29,
    HOLDOUT30,
    HOLDOUT31,
    HOLDOUT32,
    HOLDOUT33,
    HOLDOUT34,
    HOLDOUT35,
    HOLDOUT36,
    HOLDOUT37,
    HOLDOUT38,
    HOLDOUT39,
    HOLDOUT40,
    HOLDOUT41,
    HOLDOUT42,
    HOLDOUT43,
    HOLDOUT44,
    HOLDOUT45,
    HOLDOUT46,
    HOLDOUT47,
    HOLDOUT48,
    HOLDOUT49,
    HOLDOUT50,
    HOLDOUT51,
    HOLDOUT52,
    HOLDOUT53,
    HOLDOUT54,
    HOLDOUT55,
    HOLDOUT56,
    HOLDOUT57,
    HOLDOUT58,
    HOLDOUT59,
    HOLDOUT60,
    HOLDOUT61,
    HOLDOUT62,
    HOLDOUT63,
    HOLDOUT64,
    HOLDOUT65,
    HOLDOUT66,
    HOLDOUT67,
    HOLDOUT68,
    HOLDOUT69,
    HOLDOUT70,
]
"""Every set the parametrised tests run on."""
