"""The issuer's letterhead on a form the seller sends (a credit memo, a 折讓單): the company name
at the head of the page is the seller's name when no label names it (read, and shown for
checking), and a tax id printed in the letterhead is the seller's, never the buyer's — the buyer's
stands in the buyer's block. Real workbooks (openpyxl), printed through LibreOffice as well."""

from __future__ import annotations

import pytest
from helpers import soffice_convert
from test_reader_guards import parse, value, warned, workbook
from test_reader_table_lines import CREDIT_MEMO, _wide

LETTERHEAD = {
    "A1": "Zhejiang Hengli Pump Co., Ltd.",
    "A2": "Tax ID: 91330782MA29K7QX3W",
    "A3": "No. 16 Gongye Road, Yiwu, Zhejiang, China",
    "E1": "CREDIT MEMO",
    "A10": "Bill To:",
    "A11": "Brenner Fluidtechnik GmbH",
    "A12": "VAT No.: DE 311 204 887",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_the_letterhead_names_the_seller_and_its_tax_id_is_never_the_buyers(tmp_path, fmt):
    # the memo's own rows under the letterhead and the Bill To block
    moved = {f"{ref[0]}{int(ref[1:]) + 12}": v for ref, v in CREDIT_MEMO.items() if ref != "A1"}
    moved.update(LETTERHEAD)
    path = workbook(tmp_path, {"Credit Memo": moved})
    _wide(path, {"A": 20, "B": 34, "C": 8, "D": 12, "E": 15, "F": 10})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "allowance")
    assert value(result, "seller.name") == "Zhejiang Hengli Pump Co., Ltd."
    assert warned(result, "seller.name")  # read from no label: shown for checking
    assert value(result, "seller.tax_id") == "91330782MA29K7QX3W"
    assert value(result, "buyer_tax_id") != "91330782MA29K7QX3W"
    assert value(result, "buyer_tax_id") in ("DE 311 204 887", "DE311204887") or warned(
        result, "buyer_tax_id"
    )


def test_a_company_name_a_label_gives_to_the_buyer_is_not_the_seller(tmp_path):
    cells = {
        "A1": "Brenner Fluidtechnik GmbH",
        "A3": "CREDIT MEMO",
        "A5": "Credit Memo No.",
        "B5": "CM-26-0102",
        "A6": "Customer",
        "B6": "Brenner Fluidtechnik GmbH",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "allowance")
    seller = value(result, "seller")
    assert (
        seller is None or seller.get("name") != "Brenner Fluidtechnik GmbH" or warned(result, "seller.name")
    )
