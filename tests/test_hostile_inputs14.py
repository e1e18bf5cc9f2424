"""Hostile inputs, the fortieth round (fuzz40): what coverage-guided fuzzing of the reader's input
paths found (bench/fuzz_xlsx.py, bench/fuzz_pdf.py, bench/fuzz_toml.py; atheris), each input
built here the smallest way that shows it, read by ``kesu parse`` in a batch beside a good form:
the good one read, the crafted one answered with its reason in the clerk's words, the exit
status 2 (an unreadable file in the batch, DESIGN.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.test_hostile_inputs6 import RAW_PYTHON, SAMPLES, _parts, _workbook, kesu_process, parsed

SHEET = "xl/worksheets/sheet1.xml"
GENERIC = "cannot make out the file's contents"  # the reason of a failure nothing names


def _with_cell(ref: str) -> dict[str, bytes]:
    """The sample complaint with one more cell, at ``ref``, holding text."""
    parts = _parts()
    cell = f'<row r="90"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    parts[SHEET] = parts[SHEET].replace(b"</sheetData>", cell.encode(), 1)
    return parts


def _batch(
    folder: Path, crafted: dict[str, dict[str, bytes]], lang: str = "en"
) -> tuple[int, dict[str, dict]]:
    """``kesu parse`` (a process of its own: a reader that aborts takes only it down) of the good
    sample and the crafted workbooks; (exit status, each file's answer by name)."""
    folder.mkdir()
    for name, parts in crafted.items():
        _workbook(folder / name, parts)
    shutil.copy(SAMPLES / "complaint-valid.xlsx", folder / "zz-good.xlsx")
    files = sorted(p.name for p in folder.iterdir())
    status, out, err, _peak = kesu_process("parse", *files, cwd=folder, lang=lang, timeout=180)
    assert not any(word in err for word in RAW_PYTHON), err
    docs = {Path(d["source"]).name: d for d in parsed(out)}
    assert sorted(docs) == files, (sorted(docs), err)  # every file answered: none took the batch down
    good = docs.pop("zz-good.xlsx")
    assert good["valid"] and good["record"]["customer"], good
    return status, docs


# ---------------------------------------------------------------------------------- 1. a reference of crafted length
# the stray-cell guard read a cell's reference only up to 12 letters and 24 digits: a longer one
# was taken for "no reference", while the cell reader read it wrapped round its 32 bits and asked
# for a grid of 80–250 GB — the process aborted ("memory allocation failed"), the batch with it
LONG_REFS = {
    "row-38-digits.xlsx": "D" + "1" + "7" * 37,
    "column-14-letters.xlsx": "ABCDEFGHIJKLMN1",
    "row-5000-digits.xlsx": "D" + "9" * 5000,  # (past what Python's int reads: said all the same)
}


def test_a_reference_of_crafted_length_is_a_stray_cell_and_the_batch_goes_on(tmp_path):
    status, docs = _batch(tmp_path / "inbox", {name: _with_cell(ref) for name, ref in LONG_REFS.items()})
    assert status == 2
    for name, ref in LONG_REFS.items():
        [problem] = docs[name]["errors"]
        assert problem["code"] == "stray_cell", (name, problem)
        # the reference named as written (a number of crafted length cut): IT finds it in the file
        named = ref if len(ref) <= 21 else ref[:20] + "…"
        assert f"cell {named}," in problem["message"] and len(problem["message"]) < 400, problem
    status, docs = _batch(
        tmp_path / "收件箱", {"row-38-digits.xlsx": _with_cell(LONG_REFS["row-38-digits.xlsx"])}, "zh"
    )
    [problem] = docs["row-38-digits.xlsx"]["errors"]
    assert "远在表单之外" in problem["message"] and "D1777777777777777777…" in problem["message"], problem


def test_references_the_guard_read_before_are_named_as_before(tmp_path):
    """Within 20 letters and digits a far cell is named by its place, as the earlier rounds did."""
    status, docs = _batch(tmp_path / "inbox", {"far.xlsx": _with_cell("D4294967297")})
    assert status == 2
    [problem] = docs["far.xlsx"]["errors"]
    assert problem["code"] == "stray_cell" and "cell D4294967297," in problem["message"], problem


# ---------------------------------------------------------------------------------- 2. library failures unnamed
def _declared(encoding: str) -> dict[str, bytes]:
    """The sample whose workbook relationships part declares ``encoding``."""
    parts = _parts()
    rels = "xl/_rels/workbook.xml.rels"
    body = parts[rels].split(b"?>", 1)[-1] if parts[rels].startswith(b"<?xml") else parts[rels]
    parts[rels] = f'<?xml version="1.0" encoding="{encoding}"?>'.encode() + body
    return parts


def _cut_sheet() -> dict[str, bytes]:
    """The sample whose sheet XML stops inside a cell's tag (a copy cut short, crafted)."""
    parts = _parts()
    xml = parts[SHEET]
    at = xml.index(b"<c ", xml.index(b"<sheetData")) + 10
    parts[SHEET] = xml[:at]
    return parts


def test_an_unknown_encoding_or_a_broken_sheet_is_said_in_the_clerks_words(tmp_path):
    """An XML part declaring an encoding that does not exist (``TTF-8``: Python's LookupError) and
    a sheet cut inside a tag (the cell reader's XmlError) were both "the reading program cannot
    make out the file's contents", the Python error in the English message only: now said."""
    crafted = {"encoding.xlsx": _declared("TTF-8"), "cut.xlsx": _cut_sheet()}
    status, docs = _batch(tmp_path / "inbox", crafted)
    assert status == 2
    said = {name: doc["errors"][0] for name, doc in docs.items()}
    assert all(p["code"] == "corrupt_file" and GENERIC not in p["message"] for p in said.values()), said
    assert "text encoding that does not exist" in said["encoding.xlsx"]["message"]
    assert "malformed XML part" in said["cut.xlsx"]["message"] or "damaged" in said["cut.xlsx"]["message"]
    status, docs = _batch(tmp_path / "收件箱", crafted, "zh")
    said = {name: doc["errors"][0]["message"] for name, doc in docs.items()}
    assert "编码无法识别" in said["encoding.xlsx"] and "无法解析文件的内容" not in said["cut.xlsx"], said


# ---------------------------------------------------------------------------------- 3. a PDF's missing resources
def _missing_resources() -> bytes:
    """A one-page PDF whose page names its /Resources by an object the file does not hold
    (``9 0 R``), two form XObjects in it (so the count of forms drawing forms looks at its pages)."""
    from hostile import _pdf

    text = b"BT /F1 12 Tf 50 800 Td (Supplier: Hartmann Stanzteile) Tj ET\n"
    content = b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream"
    form = b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length 0 >>\nstream\n\nendstream"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources 9 0 R >>"
    catalog, pages = b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    return _pdf([catalog, pages, page, content, form, form])


def test_a_pdf_page_naming_missing_resources_is_read_not_refused(tmp_path):
    """The count of forms drawing forms (a guard) read the pages as it counted them, outside the
    look that passes a file pypdf cannot follow on to PDFium: the page's missing /Resources
    refused the file, "cannot make out the file's contents (AttributeError …)". Now PDFium reads
    the page (a missing object is null, as PDF says): its text is read — here no form's, said so."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "resources.pdf").write_bytes(_missing_resources())
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "zz-good.xlsx")
    status, out, err, _peak = kesu_process("parse", "resources.pdf", "zz-good.xlsx", cwd=inbox, lang="en")
    assert not any(word in err for word in RAW_PYTHON), err
    docs = {Path(d["source"]).name: d for d in parsed(out)}
    assert docs["zz-good.xlsx"]["valid"], docs
    [problem] = docs["resources.pdf"]["errors"]
    # (its one label, Supplier, named no form's field since silent47 — no close match of Supplier P/N —:
    # not_a_form; the text was read all the same, its label named)
    assert problem["code"] in ("unknown_kind", "not_a_form") and "Supplier" in problem["message"], problem
    assert status == 2  # (no form kesu knows: a file it cannot take, DESIGN.md)


# ---------------------------------------------------------------------------------- 4. a form control's anchor
def test_a_form_controls_malformed_anchor_costs_the_control_never_the_workbook(tmp_path):
    """A check box (Excel's form control) whose ``<x:Anchor>`` is written otherwise than as its
    numbers (``1,,2``, a lone ``5``): a Python error refused the whole workbook ("cannot make out
    the file's contents (ValueError …)"). Now the control is passed over as one without an anchor,
    the form read, and the choice it held is not guessed: its field carries an error."""
    import re

    filled = Path(__file__).resolve().parent / "holdout8" / "filled" / "complaint-zht-formcontrols.xlsx"
    vml = "xl/drawings/vmlDrawing1.vml"
    crafted = {}
    for name, anchor in (("empty-number.xlsx", b"1,,2"), ("one-number.xlsx", b"5")):
        parts = _parts(filled)
        parts[vml] = re.sub(
            rb"<x:Anchor>[^<]*</x:Anchor>", b"<x:Anchor>" + anchor + b"</x:Anchor>", parts[vml], count=1
        )
        crafted[name] = parts
    status, docs = _batch(tmp_path / "inbox", crafted)
    assert status == 1  # (read, and invalid: the form's own missing values, the lost choice)
    for name, doc in docs.items():
        codes = {e["code"] for e in doc["errors"]}
        assert "corrupt_file" not in codes and doc["record"], (name, doc["errors"])
        assert any(e["field"] == "customer_request" for e in doc["errors"]), (name, doc["errors"])
