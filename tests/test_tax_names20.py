"""One list of tax names (terms.TAX_NAMES) for the four places that name a tax: an allowance
line's tax column, the total tax, a rate written with its tax's name and a tax line under the
lines. A column headed ``ICMS`` or ``KDV`` (Brazil's state tax, Turkey's VAT) is the lines' tax,
as ``VAT`` was. Workbooks built here with openpyxl."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import sheet_from_rows

from kesu_docs.forms import describe, get
from kesu_docs.parse import parse_paths
from kesu_docs.parse.guards import totals_caption
from kesu_docs.parse.vocab import norm
from kesu_docs.terms import TAX_NAMES
from kesu_docs.values import _ratio


def _book(path: Path, rows: list[list[Any]]) -> Path:
    return sheet_from_rows(path.parent, rows, path.name, width=22)  # (this module's width)


@pytest.mark.parametrize("tax", ["ICMS", "KDV", "VAT"])
def test_a_lines_tax_column_named_by_its_tax(tmp_path: Path, tax: str):
    path = _book(
        tmp_path / "credit.xlsx",
        [
            ["CREDIT NOTE"],
            ["Credit Note No.", "CN-2026-0311", "Issue date", "2026-04-15"],
            ["Customer", "Autopeças Sul Ltda.", "Tax ID", "12345678000190"],
            ["Original invoice", "INV-88120", "Invoice date", "2026-04-02"],
            ["Claim ref.", "KS-2026-0031"],
            [],
            ["Description", "Qty", "Unit price", "Amount", tax],
            ["Valve leak", 150, 12.30, 1845.00, 332.10],
            ["Rework hours", 8, 62.50, 500.00, 90.00],
            [],
            ["Net", None, None, 2345.00],
            [f"{tax} 18 %", None, None, None, 422.10],
            ["Total", None, None, 2767.10],
        ],
    )
    [result] = parse_paths([path], kind="allowance")
    doc = result.to_dict("en")
    record = doc["record"]
    assert [i["tax"] for i in record["items"]] == ["332.10", "90.00"]
    # read under its own column's name, sure (not guessed beside the amounts: low_confidence)
    assert not [p for p in doc["warnings"] + doc["errors"] if p["field"].startswith("items[")]
    assert record["tax_rate"] == "0.18"


def test_the_one_list_names_every_place():
    spec = get("allowance")
    line_tax = describe(spec.fields["items"].row_model)["tax"]
    assert {norm(n) for n in TAX_NAMES} <= {norm(t) for t in line_tax.labels}
    # the total: the Latin names (a Chinese one alone, 營業稅額, is the statutory form's column)
    total = {norm(t) for t in spec.fields["total_tax"].labels}
    chinese = [n for n in TAX_NAMES if re.search(r"[\u3400-\u9fff]", n)]
    assert {norm(n) for n in TAX_NAMES if n not in chinese} <= total  # ÁFA, KDV…
    assert chinese and not {norm(n) for n in chinese} & total
    for name in ("ICMS", "KDV", "IGV", "HST", "PPN", "Impuestos", "MwSt.", "營業稅", "稅額"):
        assert totals_caption(f"{name} 12 %"), name
    assert not totals_caption("Tax 12 %")  # a bare Tax heads the lines' column, never alone
    assert _ratio("KDV 20%") == _ratio("20%") == _ratio("20 % ICMS") == Decimal("0.2")
