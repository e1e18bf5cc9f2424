"""The review's reader mends of the twenty-first round (dev21-mend2): forms built here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows

from kesu_docs.parse import parse_paths


def _book(path: Path, rows: list[list[Any]]) -> Path:
    return sheet_from_rows(path.parent, rows, path.name, width=26)  # (this module's width)


def _credit(tmp_path: Path, head: str, total_label: str = "Total") -> Path:
    return _book(
        tmp_path / "credit.xlsx",
        [
            ["CREDIT NOTE"],
            ["Credit note No.", "CN-26-0450", "Date", "20 April 2026"],
            ["Buyer", "Northfield Trading Ltd", "VAT No.", "GB123456789"],
            ["Invoice No.", "F-26-1102", "Invoice date", "8 April 2026"],
            ["Item", "Qty", "Unit price", head, "VAT 25 %", "Total incl. VAT"],
            ["Valve DF-VL-0410", 20, 150, 3000, 750, 3750],
            ["Gasket DF-GS-0411", 100, 2, 200, 50, 250],
            [total_label, None, None, 3200, 800, 4000],
            ["Approved", "Mette Holm"],
        ],
    )


@pytest.mark.parametrize("head", ["Net", "Amount"])
def test_a_totals_line_gives_each_column_its_own_figure(tmp_path: Path, head: str):
    # Total | 3200 | 800 | 4000 under Net | VAT | Total incl. VAT: the total is its column's 4000
    doc = read_doc(_credit(tmp_path, head), "allowance")
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "3200.00",
        "800.00",
        "4000.00",
    )
    assert doc["provenance"]["total"]["location"] == "Sheet!F8"
    assert not [e for e in doc["errors"] if e["field"].startswith("total")]


def test_a_totals_line_without_a_net_move_still_gives_the_total_its_column(tmp_path: Path):
    # the caption names no bare total (the move to the net is the column sums' alone): the total
    # column's figure is still the total's
    doc = read_doc(_credit(tmp_path, "Net", "Grand total"), "allowance")
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "3200.00",
        "800.00",
        "4000.00",
    )
    assert doc["provenance"]["total"]["location"] == "Sheet!F8"


@pytest.mark.parametrize("label", ["Grand total", "价税合计", "Total incl. VAT"])
def test_a_total_with_tax_equal_to_the_lines_stays_the_total(tmp_path: Path, label: str):
    path = _book(
        tmp_path / "credit.xlsx",
        [
            ["CREDIT NOTE"],
            ["Credit note No.", "CN-26-0451", "Date", "20 April 2026"],
            ["Buyer", "Northfield Trading Ltd", "Invoice No.", "F-26-1103"],
            ["Item", "Qty", "Unit price", "Amount", "VAT 25 %"],
            ["Valve DF-VL-0410", 20, 150, 3000, 750],
            ["Gasket DF-GS-0411", 100, 2, 200, 50],
            [label, 3200],
        ],
    )
    doc = read_doc(path, "allowance")
    assert doc["record"]["total"] == "3200.00"
    assert doc["provenance"]["total"]["location"] == "Sheet!B7"
    assert doc["provenance"].get("total_excl_tax", {}).get("location") != "Sheet!B7"
    assert "total_read_as_net" not in {p["code"] for p in doc["warnings"]}


# ---------------------------------------------------------------------------------- letters
def _letter(body: list[str], after: list[str] | None = None) -> list[str]:
    return [
        "Midland Brackets Ltd",
        "14 Canal Street, Birmingham B1 2JP",
        "",
        "Birmingham, 12 October 2026",
        "Our ref.: QN/26/0412",
        "",
        "Dear Ms Chen,",
        "",
        *body,
        "",
        "Kind regards,",
        "",
        "Tom Baker",
        "Incoming Quality",
        *(after if after is not None else ["Midland Brackets Ltd"]),
    ]


def test_a_letter_counts_the_defective_parts_not_the_delivered(tmp_path: Path):
    from test_reader_guards import parse, value
    from test_reader_letters import _letter_pdf

    body = [
        "We complain about part number BR-4410. 500 pcs have been delivered to our plant, of which "
        "37 pcs are defective."
    ]
    result = parse(_letter_pdf(tmp_path, _letter(body)))
    assert value(result, "defect_qty") == 37


@pytest.mark.parametrize(
    ("sentence", "ship"),
    [
        ("On 12 March 2026 500 pcs were delivered.", 500),
        ("With delivery note 80012 500 pcs were delivered.", 500),
    ],
)
def test_a_quantity_starts_at_its_own_number(tmp_path: Path, sentence: str, ship: int):
    from test_reader_guards import parse, value
    from test_reader_letters import _letter_pdf

    body = [f"We complain about part number BR-4410. {sentence} 20 pcs are rejected."]
    result = parse(_letter_pdf(tmp_path, _letter(body)))
    assert value(result, "ship_qty") == ship


def test_a_copy_to_the_supplier_is_not_the_customer(tmp_path: Path):
    from test_reader_guards import parse, value
    from test_reader_letters import _letter_pdf

    body = ["We complain about part number BR-4410: 20 pcs are rejected."]
    after = ["Midland Brackets Ltd", "", "cc: Northfield Components Co., Ltd"]
    result = parse(_letter_pdf(tmp_path, _letter(body, after)))
    assert value(result, "customer") == "Midland Brackets Ltd"


def test_post_is_no_purchase_order(tmp_path: Path):
    from test_reader_guards import parse, value
    from test_reader_letters import _letter_pdf

    body = ["We complain about part number BR-4410: 20 pcs are rejected in the post-2026 audit."]
    result = parse(_letter_pdf(tmp_path, _letter(body)))
    assert value(result, "order_no") is None
    body = ["We complain about part number BR-4410 on our P.O. 7700123: 20 pcs are rejected."]
    assert value(parse(_letter_pdf(tmp_path, _letter(body), "po.pdf")), "order_no") == "7700123"


def test_a_reminder_mentioning_a_complaint_is_no_complaint(tmp_path: Path):
    from test_reader_letters import _letter_pdf

    body = ["Your 8D report on our complaint for lot L-77 is overdue. Please send it by Friday."]
    [result] = parse_paths([_letter_pdf(tmp_path, _letter(body))], kind=None)
    assert result.kind != "complaint" or result.record is None


# ---------------------------------------------------------------------------------- rates, names
@pytest.mark.parametrize(
    ("label", "rate"),
    [("税额(13%，9%)", None), ("Tax (13%, 9%)", None), ("USt 19,0 %", "19.0%"), ("稅額(5%)", "5%")],
)
def test_a_label_with_two_rates_states_none(label: str, rate: str | None):
    from kesu_docs.parse.units import label_rate

    assert label_rate(label) == rate


def test_a_name_is_no_word_for_other_lines():
    from kesu_docs.forms import get
    from kesu_docs.parse.value_cues import heading_text_member

    spec, first = get("8d"), "prevention.horizontal_deployment"
    for text in ("Operators trained by Andre Silva.", "Checked with Samme Olsen."):
        assert heading_text_member(spec, "prevention", first, text) == "prevention.lessons_learned", text
    assert heading_text_member(spec, "prevention", first, "Samme kontrol på andre linjer.") == first


@pytest.mark.parametrize(
    ("printed", "amount"),
    [("14.310,00 kr.", "14310.00"), ("1 746,00 Kč", "1746.00"), ("€ 1.250,00", "1250.00"), ("12.5%", None)],
)
def test_a_total_figure_is_read_as_a_money_field_reads_it(printed: str, amount: str | None):
    from decimal import Decimal

    from kesu_docs.forms import get
    from kesu_docs.parse.gross_total import _figure

    read = _figure(printed, get("allowance").fields["total_excl_tax"])
    assert read == (Decimal(amount) if amount else None)
