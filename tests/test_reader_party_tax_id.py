"""A party's tax id printed under its name without a caption (an ERP credit memo's ``Payer``
block: the payer's name, then its tax number on the next line): a tax-id-shaped value right
under the party's name is that party's tax id, read with low confidence (shown for checking);
a line of another shape there is not taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def memo(tmp_path: Path, under_name: str) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "Memo"
    ws["A1"] = "Ningbo Joyson Trading Co., Ltd."
    ws["D3"], ws["E3"] = "Credit memo", "91007713"
    ws["D4"], ws["E4"] = "Date", "2026-11-06"
    ws["D5"], ws["E5"] = "Billing doc.", "90872290"
    ws["D6"], ws["E6"] = "Complaint", "QN 400219001"
    ws["A8"] = "Payer"
    ws["A9"] = "FAW-Volkswagen Automotive Co., Ltd."
    ws["A10"] = under_name
    for r, row in enumerate(
        [("Pos", "Description", "Quantity", "Amount"), ("10", "Seal ring price difference", 1000, "800.00")],
        start=12,
    ):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    ws["C15"], ws["D15"] = "Net value", "800.00"
    ws["C16"], ws["D16"] = "VAT", "104.00"
    path = tmp_path / "memo.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    return result.to_dict("en")


@pytest.mark.parametrize("tax_id", ["91220101605121961M", "DE811128135", "24556813"])
def test_a_tax_id_under_a_partys_name_without_a_caption_is_that_partys_and_shown(tmp_path, tax_id):
    doc = memo(tmp_path, tax_id)
    assert doc["record"]["buyer"] == "FAW-Volkswagen Automotive Co., Ltd."
    assert doc["record"]["buyer_tax_id"] == tax_id
    assert "buyer_tax_id" in {p["field"] for p in doc["warnings"]}  # read without a label: checked


def test_a_line_under_a_partys_name_that_is_no_tax_id_is_not_taken(tmp_path):
    doc = memo(tmp_path, "No. 8 Dongfeng Street, Changchun")
    assert doc["record"].get("buyer_tax_id") is None
