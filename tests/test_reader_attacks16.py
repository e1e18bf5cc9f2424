"""Forms a clerk would plausibly send that the sixteenth round's new reading rules misread
silently (a wrong value, no error or warning on its field), each fixed in the rule's own module.

- A section heading alone on its row (``一、客户信息``) qualifies the generic labels under it only
  down to the next heading alone on its row: ``二、不良产品``, ``不良产品`` or ``Defective Part`` over
  ``名称 | 制动支架`` ends the customer's section, its 名称 is not the customer's (before: the
  customer read 制动支架, silent).
- ``Issue: 02`` in a form's document-control header (``Form: QF-8.2-03 | Issue: 02 | Page: 1 of 1``)
  is read by the e-mail's ``Issue: …`` alias as the description; a figure alone in a text area is
  warned (before: the description read ``02``, silent).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import parse_cli
from openpyxl import Workbook


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, "--lang", "en", *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _flagged(doc: dict[str, Any], field: str) -> bool:
    return any(p["field"] == field for p in [*doc["errors"], *doc["warnings"]])


def _rows(path: Path, rows: dict[int, list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for r, values in rows.items():
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("customer", "contact", "number", "part", "name"),
    [
        ("一、客户信息", "联系人", "投诉编号", "二、不良产品", "名称"),  # numbered
        ("客户信息", "联系人", "投诉编号", "不良产品", "名称"),  # unnumbered
        ("Customer Information", "Contact", "Complaint No.", "Defective Part", "Name"),
    ],
)
def test_a_heading_naming_no_party_ends_the_customer_section_above(
    tmp_path, customer, contact, number, part, name
):
    rows = {
        1: ["客户投诉单"],
        3: [customer],
        4: [contact, "张三", "电话", "13800000000"],
        5: ["投诉日期", "2026-03-05", number, "KS-2026-032"],
        7: [part],
        8: [name, "制动支架", "料号", "BR-220"],
        9: ["批号", "L0528", "不良数量", "40"],
        10: ["不良描述", "焊缝开裂"],
    }
    doc = _doc(_rows(tmp_path / "sections.xlsx", rows))
    record = doc["record"]
    assert record["number"] == "KS-2026-032" and record["part_no"] == "BR-220"
    # the part's name is never the customer's, silently: the customer is left unread (required)
    assert record["customer"] != "制动支架" or _flagged(doc, "customer")
    assert record["customer"] is None and _flagged(doc, "customer")


def test_an_edition_in_the_document_control_header_is_no_silent_description(tmp_path):
    rows = {
        1: ["CUSTOMER COMPLAINT FORM", None, "Form: QF-8.2-03", "Issue: 02", "Page: 1 of 1"],
        5: ["Complaint No.", "CC-2026-118", "Customer", "Northwind Motors"],
        6: ["Part No.", "NW-BRK-220", "Lot No.", "L0528"],
        7: ["Defect Qty", "40", "Date Received", "2026-03-05"],
        8: ["Customer Request", "Replacement"],
    }
    doc = _doc(_rows(tmp_path / "iso-header.xlsx", rows))
    record = doc["record"]
    assert record["number"] == "CC-2026-118" and record["customer"] == "Northwind Motors"
    assert record["description"] in (None, "02")
    assert record["description"] is None or _flagged(doc, "description")  # never "02", silently
