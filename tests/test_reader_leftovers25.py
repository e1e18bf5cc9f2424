"""The reader's leftovers of the twenty-fourth round (issue 10), each read on forms of our own,
built by openpyxl and printed by LibreOffice:

- **Cramped columns**: a label too long for its cell is cut at the cell's border on the print,
  the next cell's value drawn right after it with no gap nor ruling line between
  (``Customer company n│Pioneer Fixings Ltd``). The column's side is known where the print
  clipped a text at it: the two cells' texts are read apart, so the value comes out right.

- **A long bilingual caption filling its cell**: ``D4 Grondoorzaak van de fout / Root cause`` runs
  to its cell's border on the print, the cause in the next cell a hair past it (closer than a word
  space, no space printed): the caption and the cause are two texts, the D4 causes read.
- **A D number in a text**: ``…已隔离。D5 工位：加装去毛刺工装…`` — a D number after a sentence's
  end starts a caption of its own only where it names a step (``。D5 永久措施：``); a work station
  called D5 is the text's own (before: the description cut at ``工位：``).

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cramped_form, field_codes, paired_rows, read_doc, sheet_from_rows, soffice_convert

from kesu_docs.parse.pdf import words_of

# ------------------------------------------------------------------------- cramped columns
# each form's title and (label, value) pairs, printed two a row in columns 16 wide
_ENGLISH: tuple[str, list[tuple[str, Any]]] = (
    "CUSTOMER COMPLAINT",
    [
        ("Complaint number", "PF-CC-26-0417"),
        ("Part number", "PF-M8-330"),
        ("Customer company name", "Pioneer Fixings Ltd"),
        ("Customer's own complaint reference", "PFX-26-88"),
        ("Quantity delivered", "4800"),
        ("Quantity defective", "120"),
        ("Description of the nonconformance", "Zinc plating flaking on the thread."),
    ],
)


def test_a_value_after_a_label_cut_at_its_border_is_read_as_its_own_cell(tmp_path: Path):
    pdf = cramped_form(tmp_path / "cramped_en.xlsx", *_ENGLISH, width=16)
    texts = [w.text for w in words_of(pdf.read_bytes())[0]]
    # each value its own text: the cut label's tail is not glued to it, nor the next label's head
    assert "Pioneer Fixings Ltd" in texts, texts
    assert "PFX-26-88" in texts, texts
    doc = read_doc(pdf, "complaint")
    record = doc["record"] or {}
    assert record.get("customer") == "Pioneer Fixings Ltd"
    assert record.get("part_no") == "PF-M8-330"
    assert (record.get("ship_qty"), record.get("defect_qty")) == (4800, 120)


def test_the_english_customer_company_is_the_customer_on_the_workbook_too(tmp_path: Path):
    book = sheet_from_rows(tmp_path, paired_rows(*_ENGLISH), "cramped_en.xlsx", width=16)
    assert (read_doc(book, "complaint")["record"] or {}).get("customer") == "Pioneer Fixings Ltd"


_GERMAN: tuple[str, list[tuple[str, Any]]] = (
    "REKLAMATION",
    [
        ("Reklamationsnummer", "WZ-RK-26-0417"),
        ("Teilenummer", "WZ-M8-330"),
        # a value too long for its cell runs on to the next cell's label (no gap: ``…Gm│Kunden…``)
        ("Kunde / Customer", "Westfälische Zerspanung GmbH"),
        ("Kundenreklamationsnummer", "WZ-Q-26-88"),
        ("Liefermenge", "4800"),
        ("Fehlmenge", "120"),
    ],
)


def test_a_value_cut_at_the_next_cells_side_is_parted_from_its_label_and_said_cut(tmp_path: Path):
    pdf = cramped_form(tmp_path / "cramped_de.xlsx", *_GERMAN, width=16)
    texts = [w.text for w in words_of(pdf.read_bytes())[0]]
    assert not [t for t in texts if "Kunden" in t and "Zerspanung" in t], texts
    doc = read_doc(pdf, "complaint")
    customer = (doc["record"] or {}).get("customer")
    # the part the paper shows, said cut (never the next cell's label glued on, never silent)
    assert customer is not None and "Westfälische Zerspanung GmbH".startswith(customer), customer
    assert customer == "Westfälische Zerspanung GmbH" or "value_cut_off" in field_codes(doc, "customer")


# ------------------------------------------------------------------------- a D number in a text
@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_d_number_naming_no_step_after_a_sentence_is_the_texts_own(tmp_path: Path, form: str):
    # a work station called D5, after a sentence's end: no step's caption, the description's own
    description = "终检发现 24 件端子毛刺超标，库存已隔离。D5 工位：加装去毛刺工装，每班首检。"
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉编号", "KS-26-0418", "接收日期", "2026-04-18"],
        ["客户名称", "苏州联拓电子有限公司"],
        ["零件料号", "LT-3305", "零件名称", "端子"],
        ["交货数量", 2400, "不良数量", 24],
        ["异常描述", description],
    ]
    book = sheet_from_rows(tmp_path, rows, "d5.xlsx", width=30, printed_one_page_wide=True)
    path = book if form == "xlsx" else soffice_convert(book, "pdf", tmp_path / "pdf")
    doc = read_doc(path, "complaint")
    # before: cut at 工位： (read as a label of its own), the description ending "…已隔离。D5"
    assert (doc["record"] or {}).get("description") == description


# ------------------------------------------------------------------------- a caption filling its cell
def test_a_long_bilingual_d4_caption_filling_its_cell_keeps_its_cause_apart(tmp_path: Path):
    rows: list[list[Any]] = [
        ["8D-RAPPORT / 8D REPORT"],
        ["Rapportnr. / Report No.", "8D-NL-2604-031", "Klant / Customer", "Van Dijk Techniek B.V."],
        ["D1 Team / Team", "Sanne de Vries, Li Na"],
        ["D2 Probleem / Problem", "Bracket bent on 60 parts."],
        ["D3 Inperking / Containment", "All 1,500 brackets sorted."],
        ["D4 Grondoorzaak van de fout / Root cause", "Press die worn at the bend radius."],
        ["D4 Niet ontdekt / Why not detected", "No bend angle check at final inspection."],
        ["D5 Corrigerende actie / Corrective action", "Die reground, life set to 50,000 strokes."],
    ]
    book = sheet_from_rows(tmp_path, rows, "nl.xlsx", width=33)  # the caption runs to its border
    pdf = soffice_convert(book, "pdf", tmp_path / "pdf")
    texts = [w.text for w in words_of(pdf.read_bytes())[0]]
    # before: one text ``… / Root causePress die worn …`` (2 points apart, no space printed)
    assert "D4 Grondoorzaak van de fout / Root cause" in texts, texts
    for path in (book, pdf):
        causes = {r["type"]: r["cause"] for r in read_doc(path, "8d")["record"]["root_cause"]}
        assert causes == {
            "occurrence": "Press die worn at the bend radius.",
            "escape": "No bend angle check at final inspection.",
        }, path.suffix
