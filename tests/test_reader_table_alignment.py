"""Line tables of a print without ruled lines, their columns told by the gaps between the header
words, and item tables headed in Spanish, Portuguese, French and German.

A sheet printed without borders keeps each cell's alignment: a right-aligned ``Cantidad`` header
over a left-aligned ``36 pzas`` (the count was glued onto the item's name, silently), a
left-aligned ``Importe`` over a figure right-aligned at the end of a wide column (the amount was
lost), a right-aligned header and the next column's left-aligned one printed so close that the
text runs them together (``Cantidad Precio unitario``), a count right-aligned meeting a price typed
as text left-aligned (``36│12.50``). Each read as the clerk sees it.

Workbooks (openpyxl) and their LibreOffice prints, and PDFs drawn by fpdf2 word by word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import drawn_credit_note, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment

from kesu_docs.forms import get
from kesu_docs.forms.base import describe
from kesu_docs.parse import parse_paths
from kesu_docs.parse.boxes import Box
from kesu_docs.parse.table_columns import joined_headers
from kesu_docs.parse.vocab import columns_vocabulary


def _read(path: Path, kind: str = "allowance") -> dict[str, Any]:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


_HEAD = {
    "A1": "Nota de crédito / Credit Note",
    "A3": "Note No. / Folio",
    "B3": "NC-7790",
    "A4": "Fecha de emisión",
    "B4": "2026-03-15",
    "A5": "Cliente",
    "B5": "Grupo Industrial Saltillo S.A.B. de C.V.",
    "A6": "RFC",
    "B6": "GIS850101AB3",
    "A7": "Reclamo No.",
    "B7": "RC-MX-2026-0149",
    "C6": "Factura",
    "D6": "F-99125",
    "C7": "Fecha de factura",
    "D7": "2026-02-28",
}


def _nota(
    path: Path, lines: list[tuple[Any, ...]], right: tuple[str, ...], left: tuple[str, ...] = ()
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "NC"
    for ref, value in _HEAD.items():
        ws[ref] = value
    for col, text in zip("ABCD", ("Descripción", "Cantidad", "Precio unitario", "Importe"), strict=True):
        ws[f"{col}9"] = text
    for r, line in enumerate(lines, start=10):
        for col, value in zip("ABCD", line, strict=True):
            ws[f"{col}{r}"] = value
    for ref in right:
        ws[ref].alignment = Alignment(horizontal="right")
    for ref in left:
        ws[ref].alignment = Alignment(horizontal="left")
    for col, width in zip("ABCD", (36, 40, 20, 34), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    wb.save(path)
    return path


_LINES = [
    ("Soporte de freno NMK-BRK-4410", "36 pzas", "12.50", 450),
    ("Buje de hule BH-22", "120 pzas", "1.25", 150),
]


def _check(doc: dict[str, Any]) -> None:
    items = doc["record"]["items"]
    assert [line["name"] for line in items] == ["Soporte de freno NMK-BRK-4410", "Buje de hule BH-22"]
    assert [line["qty"] for line in items] == [36, 120]
    assert [line["unit_price"] for line in items] == ["12.50", "1.25"]
    assert [line["allowance_amount"] for line in items] == ["450.00", "150.00"]
    assert not [p for p in doc["errors"] if p["field"].startswith("items")], doc["errors"]


def test_a_right_aligned_count_header_and_a_left_aligned_amount_header_in_the_workbook(tmp_path: Path):
    _check(_read(_nota(tmp_path / "nota.xlsx", _LINES, right=("B9",))))


def test_the_same_printed_without_borders(tmp_path: Path):
    # Cantidad right-aligned at its column's end over "36 pzas" left at its start; Importe
    # left-aligned over 450 right-aligned at the end of a wide column; Cantidad and Precio
    # unitario printed one against the other
    xlsx = _nota(tmp_path / "nota-print.xlsx", _LINES, right=("B9",))
    _check(_read(soffice_convert(xlsx, "pdf", tmp_path / "pdf")))


def test_a_count_right_aligned_against_a_price_typed_as_text(tmp_path: Path):
    # 36 (a number: right-aligned) against "12.50" (text: left-aligned) in the next column
    lines = [("Soporte de freno NMK-BRK-4410", 36, "12.50", 450), ("Buje de hule BH-22", 120, "1.25", 150)]
    xlsx = _nota(tmp_path / "nota-figures.xlsx", lines, right=(), left=())
    doc = _read(soffice_convert(xlsx, "pdf", tmp_path / "pdf"))
    _check(doc)


# ------------------------------------------------------------------ drawn word by word (fpdf2)
def _drawn(
    path: Path, header: list[tuple[str, float, float, str]], rows: list[list[tuple[str, float, float, str]]]
) -> Path:
    return drawn_credit_note(path, "CN-7791-02", [header, *rows])


# columns: Description 40-260, Qty 260-400, Unit price 400-500, Amount 500-700 (a wide column)
_DRAWN_HEADER = [
    ("Description", 40, 220, "L"),
    ("Qty", 260, 140, "R"),  # right-aligned at its column's end
    ("Unit price", 400, 100, "L"),
    ("Amount", 500, 200, "L"),  # left-aligned over figures right-aligned 150 pt further
]
_DRAWN_ROWS = [
    [
        ("Hinge cover HC-20", 40, 220, "L"),
        ("200 pcs", 262, 138, "L"),  # left-aligned, under no header word
        ("3.10", 400, 100, "R"),
        ("620.00", 500, 200, "R"),
    ],
    [
        ("Rework hours", 40, 220, "L"),
        ("8 h", 262, 138, "L"),
        ("40.00", 400, 100, "R"),
        ("320.00", 500, 200, "R"),
    ],
]


def test_a_drawn_table_without_rules_reads_each_word_in_its_column(tmp_path: Path):
    doc = _read(_drawn(tmp_path / "drawn.pdf", _DRAWN_HEADER, _DRAWN_ROWS))
    items = doc["record"]["items"]
    assert items[0]["name"] == "Hinge cover HC-20"
    assert items[0]["qty"] == 200
    assert [line["unit_price"] for line in items] == ["3.10", "40.00"]
    assert [line["allowance_amount"] for line in items] == ["620.00", "320.00"]
    # "8 h" is no count: the line's columns are in doubt, and said (never glued silently)
    assert items[1]["qty"] is None
    assert "table_row_unclear" in {p["code"] for p in doc["warnings"] if p["field"] == "items"}
    assert not [p for p in doc["warnings"] if p["code"] == "table_row_unclear" and "Hinge" in p["message"]]


def test_a_second_word_of_the_name_stays_the_names(tmp_path: Path):
    # "Hinge cover" and "HC-20" set apart on the name's line, the Qty column's word under its
    # header: the name's own words, never the next column's
    rows = [
        [
            ("Hinge cover", 40, 100, "L"),
            ("HC-20", 190, 60, "L"),
            ("200", 260, 140, "R"),
            ("3.10", 400, 100, "R"),
            ("620.00", 500, 200, "R"),
        ]
    ]
    doc = _read(_drawn(tmp_path / "drawn-name.pdf", _DRAWN_HEADER, rows))
    [line] = doc["record"]["items"]
    assert line["name"] == "Hinge cover HC-20"
    assert (line["qty"], line["allowance_amount"]) == (200, "620.00")


def _box(text: str, x0: float, x1: float) -> Box:
    return Box(text, text, x0, 100, x1, 110, f"p1#{x0:.0f}")


def test_two_header_words_run_together_are_parted():
    vocab = columns_vocabulary(get("allowance").fields["items"].row_model)
    band = [
        _box("Descripción", 50, 110),
        _box("Cantidad Precio unitario", 432.7, 521.0),
        _box("Importe", 589, 618),
    ]
    parts = joined_headers(band, vocab)
    assert [b.text for b in parts] == ["Descripción", "Cantidad", "Precio unitario", "Importe"]
    assert parts[1].x1 == pytest.approx(parts[2].x0) and 462 < parts[1].x1 < 470
    # one column's own name, two names of one column, a sheet's cell: kept whole
    assert [b.text for b in joined_headers([_box("Precio unitario", 0, 80)], vocab)] == ["Precio unitario"]
    assert [b.text for b in joined_headers([_box("Item Description", 0, 80)], vocab)] == ["Item Description"]
    cell = Box("Qty Amount", "Qty Amount", 0, 0, 80, 10, "Sheet!B9")
    assert joined_headers([cell], vocab) == [cell]


# ------------------------------------------------------------------ the other languages' headers
@pytest.mark.parametrize(
    ("title", "head", "totals"),
    [
        (
            "Nota de crédito",
            ("Descrição", "Quantidade", "Preço unitário", "Valor"),
            [("Subtotal", "900.00"), ("Imposto", "162.00"), ("Total da nota", "1062.00")],
        ),
        (
            "Credit Note / Note de crédit",
            ("Désignation", "Quantité", "Prix unitaire", "Montant"),
            [("Total HT", "900.00"), ("TVA 20%", "180.00"), ("Total TTC", "1080.00")],
        ),
        (
            "Credit Note / Gutschrift",
            ("Bezeichnung", "Menge", "Einzelpreis", "Betrag"),
            [("Summe netto", "900.00"), ("MwSt 19%", "171.00"), ("Gesamtbetrag", "1071.00")],
        ),
    ],
)
def test_item_tables_headed_in_portuguese_french_and_german(tmp_path: Path, title, head, totals):
    wb = Workbook()
    ws = wb.active
    for row in [
        [title],
        ["Credit note no.", "CN-EU-0551"],
        ["Date", "2026-05-06"],
        ["Complaint no.", "QN-4480"],
        ["Customer", "Électro Dépôt SA"],
        ["VAT No.", "FR40303265045"],
        ["Invoice No.", "INV-50320"],
        ["Invoice date", "2026-04-20"],
        [],
        list(head),
        ["Charnière HC-20", 300, "3.00", "900.00"],
        [],
        *[[None, None, caption, value] for caption, value in totals],
    ]:
        ws.append(row)
    path = tmp_path / "credit.xlsx"
    wb.save(path)
    doc = _read(path)
    [line] = doc["record"]["items"]
    assert (line["name"], line["qty"], line["unit_price"], line["allowance_amount"]) == (
        "Charnière HC-20",
        300,
        "3.00",
        "900.00",
    )
    assert doc["record"]["total_tax"] == totals[1][1]


def test_a_return_notes_lines_headed_in_spanish(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    for row in [
        ["成品退货单 / Nota de devolución"],
        ["退货单号", "TH-2605-0102"],
        ["开单日期", "2026-05-18"],
        ["客户名称", "Nemak México S.A. de C.V."],
        ["客诉编号", "KS-2605-0031"],
        [],
        ["No. de parte", "Descripción", "Unidad", "Cantidad", "Precio unitario", "Importe"],
        ["NMK-BRK-4410", "Soporte de freno", "pzas", 36, "12.50", "450.00"],
    ]:
        ws.append(row)
    path = tmp_path / "devolucion.xlsx"
    wb.save(path)
    [line] = _read(path, "return")["record"]["items"]
    assert (line["part_no"], line["part_name"], line["unit"]) == ("NMK-BRK-4410", "Soporte de freno", "pzas")
    assert (line["qty_returned"], line["unit_price"], line["amount"]) == (36, "12.50", "450.00")


def test_a_header_naming_one_date_column_in_two_words_is_not_parted():
    # "Date Implemented" over an 8D's containment actions: "Date" and "Implemented" each name a
    # date column, together the one date the action was done (holdout3's G8D print lost its row)
    columns = describe(get("8d").fields["containment"].row_model)
    vocab = columns_vocabulary(get("8d").fields["containment"].row_model)
    band = [_box("Action", 50, 80), _box("Responsible", 200, 250), _box("Date Implemented", 300, 380)]
    assert [b.text for b in joined_headers(band, vocab, columns)] == [
        "Action",
        "Responsible",
        "Date Implemented",
    ]
    # two columns of different kinds run together are still parted
    columns = describe(get("allowance").fields["items"].row_model)
    vocab = columns_vocabulary(get("allowance").fields["items"].row_model)
    parts = joined_headers([_box("Cantidad Precio unitario", 432.7, 521.0)], vocab, columns)
    assert [b.text for b in parts] == ["Cantidad", "Precio unitario"]
