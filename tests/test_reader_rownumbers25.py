"""A table's line numbers (issue 10, no silent misreads; dev26-w2rows), on forms built here.

- a column no field reads at the table's left (``No.``) whose cells count the lines, 1, 2, 3 …, is
  the lines' numbering: the table's own. The last line's ``3`` standing over the ``Total`` row was
  read as the total (3.00, an error ``total_mismatch``); now never a value for a label around the
  table (kesu_docs/parse/table_lines.py ``numbering_columns``, kesu_docs/parse/anchor.py);
- in a print where a line's number and its name are one text (``1 Hex bolt M8``, ``2 Hex nut M8``),
  every line starting with its own number in order, the number is the line's and is split off, the
  name warned ``line_number_split`` (a name may begin with a figure of its own).
"""

from __future__ import annotations

from helpers import field_codes, read_doc, sheet_from_rows, soffice_convert

WIDTH = 14

HEAD = [
    ["CREDIT NOTE"],
    ["Credit note No.", "CN-2611-0093", "Date", "2026-11-05"],
    ["Buyer", "Hollin Fasteners Ltd", "VAT No.", "GB 123 4567 89"],
    ["Original invoice no.", "INV-88213", "Invoice date", "2026-10-20"],
]


def _credit_note(tmp_path, name: str, numbering: str = "No.") -> object:
    rows = [
        *HEAD,
        [numbering, "Item", "Qty", "Unit price", "Amount", "VAT 13%", "Notes"],
        [1, "Hex bolt M8", 400, 0.25, 100, 13, "rusted"],
        [2, "Hex nut M8", 400, 0.1, 40, 5.2, "wrong thread"],
        [3, "Washer", 1000, 0.02, 20, 2.6, None],
        ["Total", None, None, None, 160, 20.8],
    ]
    return sheet_from_rows(tmp_path, rows, name, width=WIDTH)


def test_the_last_line_number_over_total_is_never_the_total(tmp_path):
    doc = read_doc(_credit_note(tmp_path, "credit.xlsx"), "allowance")
    record = doc["record"]
    assert [i["name"] for i in record["items"]] == ["Hex bolt M8", "Hex nut M8", "Washer"]
    assert record["invoice_no"] == "INV-88213"
    assert record["total_excl_tax"] == "160.00"
    # before: total 3.00, the last line's number standing over "Total"
    assert record["total"] != "3.00"
    assert not any(
        p.get("field", "").startswith("total") and "3.00" in p["message"]
        for p in doc["errors"] + doc["warnings"]
    )


def test_a_column_of_other_figures_at_the_left_is_no_numbering(tmp_path):
    """Figures that do not count the lines (5, 9, 2) are not the numbering: read as before."""
    rows = [
        *HEAD,
        ["Box", "Item", "Qty", "Unit price", "Amount", "VAT 13%"],
        [5, "Hex bolt M8", 400, 0.25, 100, 13],
        [9, "Hex nut M8", 400, 0.1, 40, 5.2],
        [2, "Washer", 1000, 0.02, 20, 2.6],
        ["Total", None, None, None, 160, 20.8],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "boxes.xlsx", width=WIDTH), "allowance")
    assert [i["name"] for i in doc["record"]["items"]] == ["Hex bolt M8", "Hex nut M8", "Washer"]


def _glued_print(tmp_path, names: list[str]):
    """A credit note whose item cells hold the line's number and its name as one text, under a
    ``No. Item`` header, printed by LibreOffice: the text a print gives when the numbering column's
    figure runs into the name."""
    rows = [
        *HEAD,
        ["No. Item", "Qty", "Unit price", "Amount", "VAT 13%"],
        *[
            [n, q, p, a, t]
            for n, q, p, a, t in zip(
                names, (400, 400, 1000), (0.25, 0.1, 0.02), (100, 40, 20), (13, 5.2, 2.6)
            )
        ],
        ["Total", None, None, 160, 20.8],
    ]
    book = sheet_from_rows(tmp_path, rows, "glued.xlsx", width=WIDTH)
    return soffice_convert(book, "pdf", tmp_path / "pdf")


def test_a_print_line_number_glued_to_the_name_is_split_off_and_warned(tmp_path):
    doc = read_doc(_glued_print(tmp_path, ["1 Hex bolt M8", "2 Hex nut M8", "3 Washer"]), "allowance")
    items = doc["record"]["items"]
    # before: "1 Hex bolt M8" read as the item's name, no word said
    assert [i["name"] for i in items] == ["Hex bolt M8", "Hex nut M8", "Washer"]
    for k in range(3):
        assert "line_number_split" in field_codes(doc, f"items[{k}].name")
    [one] = [w for w in doc["warnings"] if w["field"] == "items[0].name" and w["code"] == "line_number_split"]
    assert "1 Hex bolt M8" in one["message"] and "Hex bolt M8" in one["message"]


def test_a_name_that_starts_with_a_figure_is_kept(tmp_path):
    """Not every line starting with its own number (``3 way valve`` on the first line): no split."""
    doc = read_doc(_glued_print(tmp_path, ["3 way valve", "2 Hex nut M8", "Washer"]), "allowance")
    names = [i["name"] for i in doc["record"]["items"]]
    assert names[0] == "3 way valve"
    assert not any(w["code"] == "line_number_split" for w in doc["warnings"])
