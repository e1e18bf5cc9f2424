"""Amounts written the European way: ``1.250,00``, ``0,50``, ``1 250,00`` are read as 1250.00,
0.50, 1250.00 (a decimal comma before exactly two digits proves the way); ``1.250`` alone stays
1.25 unless another amount on the same form proves the European way — then it is 1250.00 and
the reading warns (never a silent reinterpretation)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.values import european_amount, to_decimal


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1.250,00", "1250.00"),
        ("0,50", "0.50"),
        ("2.542,50", "2542.50"),
        ("1 250,00", "1250.00"),
        ("1\u00a0250,00", "1250.00"),
        ("12.345.678,90", "12345678.90"),
        ("-3,50", "-3.50"),
        ("¥1.250,00", "1250.00"),
    ],
)
def test_a_decimal_comma_before_two_digits_reads_the_amount_the_european_way(text, number):
    assert european_amount(text) == number
    assert to_decimal(text) == Decimal(number)


@pytest.mark.parametrize("text", ["1.250", "1,250", "1,250.00", "12.34,50", "1,234,50", "1.250,5", "1250"])
def test_what_does_not_prove_the_european_way_is_not_reinterpreted(text):
    assert european_amount(text) is None


def test_digits_grouped_any_other_way_stay_an_error():
    for text in ("12.34,50", "1,234,50", "3 680 00"):
        with pytest.raises(ValueError):
            to_decimal(text)


def read(tmp_path: Path, rows: list[list]) -> dict:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    path = tmp_path / "form.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


def complaint(loss: str, allowance: str) -> list[list]:
    return [
        ["CUSTOMER COMPLAINT FORM"],
        ["Complaint No.", "CCF-26-0412", "Date Received", "2026-09-03"],
        ["Customer", "Brenner Antriebstechnik GmbH", "Part No.", "TS-0420-BK"],
        ["Qty Rejected", "45", "Lot / Date Code", "2634"],
        [],
        ["Loss amount", loss, "Allowance amount", allowance],
    ]


def warned(out: dict, field: str) -> list[str]:
    return [p["code"] for p in out["errors"] + out["warnings"] if p["field"] == field]


def test_text_amounts_in_the_european_way_are_read_from_a_sheet(tmp_path):
    out = read(tmp_path, complaint("2.542,50", "0,50"))
    assert out["record"]["loss_amount"] == "2542.50"
    assert out["record"]["allowance_amount"] == "0.50"


def test_a_point_before_three_digits_is_thousands_when_the_form_proves_the_european_way(tmp_path):
    out = read(tmp_path, complaint("2.542,50", "1.250"))
    assert out["record"]["allowance_amount"] == "1250.00"
    assert "ambiguous_thousands" in warned(out, "allowance_amount")
    assert warned(out, "loss_amount") == []


def test_a_point_before_three_digits_alone_is_not_reinterpreted(tmp_path):
    out = read(tmp_path, complaint("2542.50", "1.250"))
    assert out["record"]["allowance_amount"] == "1.25"
    assert "ambiguous_thousands" not in warned(out, "allowance_amount")


def test_an_erp_credit_memo_with_european_amounts_is_read_line_by_line(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in [
        ["Credit memo", None, None, None, None, "91004473"],
        ["Billing doc.", "90871125", None, None, "Date", "16.09.2026"],
        ["Billing date", "28.08.2026"],
        ["Payer", "SAIC Volkswagen Automotive Co., Ltd.", None, None, "VAT No.", "913100006072000539"],
        [],
        ["Pos", "Description", "Quantity", "Price", "Amount"],
        ["10", "Ball bearing 6204 price difference", "500", "0,50", "250,00"],
        ["20", "Needle bearing HK2016 price difference", "4000", "0,25", "1.000,00"],
        [],
        [None, None, None, "Net value", "1.250,00"],
    ]:
        ws.append(row)
    path = tmp_path / "memo.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    out = result.to_dict("en")
    record = out["record"]
    assert [(i["unit_price"], i["allowance_amount"]) for i in record["items"]] == [
        ("0.50", "250.00"),
        ("0.25", "1000.00"),
    ]
    assert record["total_excl_tax"] == "1250.00"
    assert (record["invoice_no"], record["invoice_date"]) == ("90871125", "2026-08-28")
    assert record["buyer"] == "SAIC Volkswagen Automotive Co., Ltd."
