"""fixa29: what the review of reader29's and debts29's reader changes found (issue 10), each
shown on a form made here that the reader got wrong before."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from helpers import book_as, field_codes, read_doc
from test_reader29 import _blank_with, _complaint_book, _return_with_merged


# ----------------------------------------- 3. a merged cell on the table's first line, said too
@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_cell_merged_over_the_next_column_on_the_first_line_is_said(tmp_path: Path, form: str) -> None:
    """``铜排（规格另附）`` on the first line merged over 物料名称 and 单位, the lines under it with
    a unit: the first line's unit empty and said — only the lines above were asked before, and
    there are none above the first."""
    path = _return_with_merged(tmp_path, "B6:C6")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.unmerge_cells("B6:C6")
    for col in "ABCDE":  # the lines swapped: the merged one first
        sheet[f"{col}5"].value, sheet[f"{col}6"].value = sheet[f"{col}6"].value, sheet[f"{col}5"].value
    sheet.merge_cells("B5:C5")
    book.save(path)
    doc = read_doc(book_as(path, form), "return")
    items = doc["record"]["items"]
    assert [(i["part_no"], i["unit"]) for i in items] == [
        ("TP-CU-7102", None),
        ("TP-ALU-7101", "kg"),
        ("TP-ZN-7103", "kg"),
    ]
    assert field_codes(doc, "items[0].unit") == {"table_cell_over_columns"}
    assert not field_codes(doc, "items[1].unit") and not field_codes(doc, "items[2].unit")


# --------------------------------------------- 5. a contact of no party is no person's label
def test_a_contact_of_no_party_is_no_persons_label() -> None:
    """``Supplier contact`` is a person (a name follows it); ``Contact`` and ``Emergency contact``
    may hold a phone number (``Contact: +86 512 6688 1234``): no person's field, so a learned
    profile's or a generic read's field so labelled is not read as a name. The party words are
    the party rule's (cell_lines.PARTY), one list."""
    from kesu_docs.parse.cell_lines import PARTY
    from kesu_docs.parse.persons import PERSON

    for label in ("Contact", "Contact:", "Emergency contact", "Emergency Contact："):
        assert not PERSON.told("", label), label
    for label in ("Supplier contact", "Vendor contact:", "Client Contact", "Prepared by"):
        assert PERSON.told("", label), label
    assert PARTY.told("", "Vendor") and PARTY.told("", "Sold to")


# ------------------------------------------- 1. a scan carrying a file: the scan said beside it
def _scan_with(tmp_path: Path, attached: dict[str, bytes]) -> Path:
    """A page that is one photographed sheet (an image over the whole page, no text, fpdf2) with
    ``attached`` files, as a scanner app that also attaches the original makes it."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw
    from pypdf import PdfReader, PdfWriter

    picture = Image.new("L", (600, 850), 235)
    ImageDraw.Draw(picture).rectangle((60, 80, 540, 400), outline=20, width=4)  # the form's frame
    scan = FPDF()
    scan.add_page()
    scan.image(picture, x=0, y=0, w=210, h=297)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(scan.output()))))
    for name, data in attached.items():
        writer.add_attachment(name, data)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_a_scan_carrying_the_form_attached_is_said_a_scan_beside_the_record(tmp_path: Path) -> None:
    """The record is read from the attached workbook; the scan is said (``no_text_layer``) and
    the attachment's warning says the pages are a scan — not "the pages hold no form", false for
    a scan. A blank page carrying the form is said as before (no scan)."""
    book = _complaint_book(tmp_path / "made" / "ks.xlsx", "TS-2607-051").read_bytes()
    doc = read_doc(_scan_with(tmp_path, {"ks.xlsx": book}), lang="en")
    assert doc["record"]["number"] == "TS-2607-051"
    codes = {p["code"]: p["message"] for p in doc["warnings"]}
    assert "no_text_layer" in codes and "OCR" in codes["no_text_layer"]
    assert codes["read_from_attachment"].startswith("The PDF's pages are a scan"), codes
    blank = read_doc(_blank_with(tmp_path, "blank.pdf", {"ks.xlsx": book}), lang="en")
    said = {p["code"]: p["message"] for p in blank["warnings"]}
    assert "no_text_layer" not in said and said["read_from_attachment"].startswith(
        "The PDF's pages hold no form"
    )
    # a scan carrying no form: the scan and the attachment said both
    [error] = read_doc(_scan_with(tmp_path, {"note.txt": b"see scan\n"}), lang="en")["errors"]
    assert "scan" in error["message"] and "OCR" in error["message"] and "note.txt" in error["message"]


# ---------------------------------------- 2. the attached files left unread are named, with why
def test_the_attached_files_left_unread_are_named_on_the_record_with_why(tmp_path: Path) -> None:
    """A blank page with a good a.xlsx, a broken b.xlsx, a picture, notes and, past the fifth, more
    workbooks: one record (a.xlsx), warned of each file left unread and why — before, b.xlsx and
    the rest were dropped without a word."""
    book = _complaint_book(tmp_path / "made" / "ks.xlsx", "TS-2607-052").read_bytes()
    files = {
        "a.xlsx": book,
        "b.xlsx": book[:200],  # cut short in the mail: a ZIP that is not whole
        "c.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
        "d.txt": b"x\n",
        "e-note.txt": b"see a.xlsx\n",
        "f.xlsx": book,  # (the names in the PDF's name tree in order: past the fifth)
        "g.xlsx": book,
    }
    pdf = _blank_with(tmp_path, "sent.pdf", files)
    for lang, says in (
        (
            "en",
            ("b.xlsx (", "e-note.txt (not a PDF or an Excel workbook)", "f.xlsx, g.xlsx (only the first 5"),
        ),
        ("zh", ("b.xlsx（", "e-note.txt（不是 PDF 或 Excel 工作簿）", "f.xlsx、g.xlsx（只打开前 5 个附件）")),
    ):
        doc = read_doc(pdf, lang=lang)
        assert doc["record"]["number"] == "TS-2607-052" and doc["source"].endswith("sent.pdf#a.xlsx")
        [unread] = [p for p in doc["warnings"] if p["code"] == "attachments_left_unread"]
        assert all(s in unread["message"] for s in says), unread["message"]
        assert "a.xlsx" not in unread["message"] and "c.png" in unread["message"]


# ---------------------------- 4. a group word's slack: a point on a print, never a sheet's column
def test_a_group_word_on_a_sheet_is_not_paired_with_the_name_in_the_column_left_of_it() -> None:
    """A two-row header not merged on a sheet (物料 | | 实退 | | 核准 | over 编码 名称 单位 数量 单位
    数量), its boxes as the workbook reader places them (x a column's index, each one wide): the
    数量 under 实退 (D) is paired with 实退 alone — before, 核准 (E) was within the slack of one
    "point", a whole column there, and paired with it too (核准数量 read from D). On a print the
    slack stays a point: a group word half a point right of its first name is paired as before."""
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.captions import stacked_pairs

    def cell(text: str | None, col: int, row: int) -> Box:
        return Box(text or "", text, col, row, col + 1, row + 1, f"Sheet!{'ABCDEF'[col - 1]}{row}")

    upper = [cell(t, c, 4) for c, t in enumerate(["物料", None, "实退", None, "核准", None], 1)]
    lower = [cell(t, c, 5) for c, t in enumerate(["编码", "名称", "单位", "数量", "单位", "数量"], 1)]
    paired = [
        (low.location, [up.text for up, _pair in ups]) for _i, low, ups in stacked_pairs([upper, lower])
    ]
    assert paired == [
        ("Sheet!A5", ["物料"]),
        ("Sheet!B5", ["物料"]),
        ("Sheet!C5", ["实退"]),
        ("Sheet!D5", ["实退"]),
        ("Sheet!E5", ["核准"]),
        ("Sheet!F5", ["核准"]),
    ]

    def word(text: str, x0: float, y0: float, x1: float) -> Box:
        return Box(text, text, x0, y0, x1, y0 + 10, f"p1 ({x0:.0f},{y0:.0f})")

    upper_p = [word("Material", 100.5, 0, 140), word("Quantity", 300.5, 0, 350)]
    lower_p = [
        word(t, x, 12, x + 60) for t, x in (("No.", 100), ("Name", 200), ("Ordered", 300), ("Received", 400))
    ]
    printed = {low.text: [up.text for up, _pair in ups] for _i, low, ups in stacked_pairs([upper_p, lower_p])}
    assert printed == {
        "No.": ["Material"],
        "Name": ["Material"],
        "Ordered": ["Quantity"],
        "Received": ["Quantity"],
    }
