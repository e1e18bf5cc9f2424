"""A tax rate written in a label (DOMAIN §5.4: the allowance certificate's ``tax_rate``): a tax
column headed ``税额(9%)``, a total labelled ``Sales Tax 0%``, or the rate's own label with the
figure in it (``税率13%``) gives the rate when no cell does — read from the form, not computed
from the company's default (an untaxed credit is 0 %, not 13 %). A bare unit ``(%)`` states no
rate, and labels stating two rates give none."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from test_reader_derived_figures import TAIWAN, allowance

from kesu_docs.parse import parse_paths

MAINLAND = [(label.replace("單", "单").replace("開", "开"), value) for label, value in TAIWAN]


def _read(path: Path) -> dict:
    [result] = parse_paths([path], kind="allowance")
    return result.to_dict("en")


def test_a_rate_in_the_tax_columns_header_is_the_forms_tax_rate(tmp_path):
    path = allowance(
        tmp_path / "col.xlsx",
        "销货折让证明单",
        MAINLAND,
        [("连接器 24P", 1000, "2.00", "2000.00", "180.00")],
        ("品名", "数量", "单价", "折让金额", "税额(9%)"),
    )
    doc = _read(path)
    assert doc["record"]["tax_rate"] == "0.09"
    assert doc["provenance"]["tax_rate"]["label"] == "税额(9%)"
    assert "tax_rate" not in {w["field"] for w in doc["warnings"] if w["code"] == "derived_value_in_doubt"}


def test_an_untaxed_credit_labelled_sales_tax_0_percent_is_0_not_the_default_rate(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Credit Memo"
    rows = [
        ("CREDIT MEMO", None),
        ("Credit Memo No.", "CM-26-0107"),
        ("Complaint No.", "CQ-26-0940"),
        ("Date", "2026-09-03"),
        ("Bill To", "Kessler Antriebstechnik GmbH"),
        ("Invoice No.", "INV-88120"),
        ("Invoice Date", "2026-08-20"),
        ("Subtotal", "1,850.00"),
        ("Sales Tax 0%", "0.00"),
        ("Total", "1,850.00"),
    ]
    for r, (label, value) in enumerate(rows, start=1):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 30
    wb.save(tmp_path / "credit.xlsx")
    doc = _read(tmp_path / "credit.xlsx")
    assert doc["record"]["tax_rate"] == "0"
    assert doc["provenance"]["tax_rate"]["label"] == "Sales Tax 0%"


def test_the_rates_own_label_with_the_figure_in_it_gives_the_rate(tmp_path):
    path = allowance(
        tmp_path / "own.xlsx",
        "销货折让证明单",
        [*MAINLAND, ("税率13%", None)],
        [("连接器 24P", 1000, "2.00", "2000.00", "260.00")],
        ("品名", "数量", "单价", "折让金额", "税额"),
    )
    doc = _read(path)
    assert doc["record"]["tax_rate"] == "0.13"
    assert doc["provenance"]["tax_rate"]["how"] == "label-rate"


def test_a_bare_percent_unit_or_two_rates_state_no_rate(tmp_path):
    unit = allowance(
        tmp_path / "unit.xlsx",
        "销货折让证明单",
        MAINLAND,
        [("连接器 24P", 1000, "2.00", "2000.00", "260.00")],
        ("品名", "数量", "单价", "折让金额", "税额(%)"),
    )
    two = allowance(
        tmp_path / "two.xlsx",
        "销货折让证明单",
        [*MAINLAND, ("税率9%", None)],
        [("连接器 24P", 1000, "2.00", "2000.00", "260.00")],
        ("品名", "数量", "单价", "折让金额", "税额(13%)"),
    )
    for path in (unit, two):
        doc = _read(path)
        assert doc["provenance"].get("tax_rate", {}).get("how") != "label-rate", path.name
