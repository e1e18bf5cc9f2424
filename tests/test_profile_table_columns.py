"""A profile reads a printed table's lines as the generic reader does (issue 10, nineteenth
round): on a print without ruled lines a figure stands right-aligned past its left-aligned
header and a count left-aligned under a right-aligned one, under no header word. ``kesu learn``
heads each column by the header word the line's rule gives its value to (never by a word higher
up the form that happens to stand over it), and reading the next copy gives each word to its
column by the same rule (:func:`kesu_docs.parse.table_columns.column_words`). PDFs drawn word by
word by fpdf2, learned on one copy, read on another."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import drawn_credit_note

from kesu_docs.parse import parse_paths
from kesu_docs.parse.profile import learn

_HEADER = [
    ("Description", 40, 220, "L"),
    ("Qty", 260, 140, "R"),  # right-aligned at its column's end
    ("Unit price", 400, 100, "L"),
    ("Amount", 500, 200, "L"),  # left-aligned over figures right-aligned 150 pt further
]


def _line(
    name: str, qty: str, price: str, amount: str, note: str = ""
) -> list[tuple[str, float, float, str]]:
    out = [(name, 40, 220, "L"), (qty, 262, 138, "L"), (price, 400, 100, "R"), (amount, 500, 200, "R")]
    return out + ([(note, 720, 90, "L")] if note else [])


def _note(path: Path, number: str, lines: list[list[tuple[str, float, float, str]]]) -> Path:
    return drawn_credit_note(path, number, [_HEADER, *lines])


def _read(path: Path) -> dict[str, Any]:
    return parse_paths([path], kind="allowance")[0].to_dict("en")


def _learned(office: Path) -> str:
    first = _note(
        office / "first.pdf",
        "CN-7791-02",
        [
            _line("Hinge cover HC-20", "200 pcs", "3.10", "620.00"),
            _line("Door seal DS-4", "50 pcs", "2.00", "100.00"),
        ],
    )
    text = learn(first, "allowance").to_toml()
    (office / "profiles" / "cn.toml").write_text(text, encoding="utf-8")
    return text


def _lines(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    keys = ("name", "qty", "unit_price", "allowance_amount")
    return [tuple(line[k] for k in keys) for line in doc["record"]["items"]]


def test_the_columns_are_learned_by_their_header_words_not_by_what_stands_over_the_figures(office):
    text = _learned(office)
    assert 'qty = { col = "", label = "Qty"' in text  # not the buyer's name printed over the counts
    assert 'unit_price = { col = "", label = "Unit price"' in text
    assert 'allowance_amount = { col = "", label = "Amount"' in text


def test_the_next_copy_reads_as_the_generic_reader_reads_it(office):
    _learned(office)
    lines = [
        _line("Latch LT-9", "120 pcs", "1.50", "180.00"),
        _line("Gasket GK-2", "30 pcs", "4.00", "120.00", note="see note 2"),  # a remark right of the table
        _line("Spring SP-1", "10 pcs", "0.50", "5.00"),
    ]
    second = _note(office / "second.pdf", "CN-7791-03", lines)
    doc = _read(second)
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    want = [
        ("Latch LT-9", 120, "1.50", "180.00"),
        ("Gasket GK-2", 30, "4.00", "120.00"),
        ("Spring SP-1", 10, "0.50", "5.00"),
    ]
    assert _lines(doc) == want
    assert not [p for p in doc["errors"] if p["field"].startswith("items")], doc["errors"]
    # the same lines without the profile: one rule, one reading
    (office / "profiles" / "cn.toml").unlink()
    assert _lines(_read(second)) == want


def test_a_word_in_doubt_is_said_as_the_generic_reader_says_it(office):
    _learned(office)
    # "8 h" in the gap after the name's column: no count, so the line's columns are in doubt
    second = _note(
        office / "hours.pdf",
        "CN-7791-04",
        [
            _line("Hinge cover HC-20", "200 pcs", "3.10", "620.00"),
            _line("Rework hours", "8 h", "40.00", "320.00"),
        ],
    )
    doc = _read(second)
    items = doc["record"]["items"]
    assert [line["allowance_amount"] for line in items] == ["620.00", "320.00"]
    assert items[1]["qty"] is None  # never "Rework hours 8 h", never 8 silently
    unclear = [p for p in doc["warnings"] if p["code"] == "table_row_unclear" and p["field"] == "items"]
    assert len(unclear) == 1 and "Rework hours" in unclear[0]["message"]


def test_two_header_words_a_print_ran_together_are_learned_and_read_apart(office):
    # LibreOffice's print of a sheet without borders: Cantidad right-aligned against Precio
    # unitario left-aligned, one printed word "Cantidad Precio unitario" (the generic reader
    # parts it: table_columns.joined_headers); the profile learns each name and reads each column
    from helpers import soffice_convert
    from test_reader_table_alignment import _nota

    first = [
        ("Soporte de freno NMK-BRK-4410", "36 pzas", "12.50", 450),
        ("Buje de hule BH-22", "120 pzas", "1.25", 150),
    ]
    second = [
        ("Tornillo M8", "500 pzas", "0.20", 100),
        ("Arandela A8", "800 pzas", "0.05", 40),
        ("Tuerca T8", "300 pzas", "0.10", 30),
    ]
    print1 = soffice_convert(_nota(office / "n1.xlsx", first, right=("B9",)), "pdf", office / "pdf1")
    print2 = soffice_convert(_nota(office / "n2.xlsx", second, right=("B9",)), "pdf", office / "pdf2")
    text = learn(print1, "allowance").to_toml()
    assert 'qty = { col = "", label = "Cantidad"' in text
    assert 'unit_price = { col = "", label = "Precio unitario"' in text
    (office / "profiles" / "nota.toml").write_text(text, encoding="utf-8")
    doc = _read(print2)
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    want = [
        ("Tornillo M8", 500, "0.20", "100.00"),
        ("Arandela A8", 800, "0.05", "40.00"),
        ("Tuerca T8", 300, "0.10", "30.00"),
    ]
    assert _lines(doc) == want  # the counts were left empty, unsaid
    (office / "profiles" / "nota.toml").unlink()
    assert _lines(_read(print2)) == want


def test_a_sheets_cell_is_never_parted_into_two_column_names_a_prints_word_is():
    # the generic reader parts a print's run-together header words only, never a cell: a profile
    # reading a workbook reads its header cells whole as well
    from kesu_docs.forms.return_note import ReturnLine
    from kesu_docs.parse.profile import Box, _parted_headers

    cell = Box("Qty Unit price", "Qty Unit price", 100.0, 10.0, 260.0, 22.0, "B5")
    word = Box("Qty Unit price", "Qty Unit price", 100.0, 10.0, 260.0, 22.0, "p1#5")
    assert _parted_headers([cell], ReturnLine) == [cell]
    parted = _parted_headers([word], ReturnLine)
    assert [b.text for b in parted] == ["Qty", "Unit price"]
    assert all(b.where == "p1#5" for b in parted)  # each part keeps the printed word's place name
