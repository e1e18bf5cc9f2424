"""Labels other people word otherwise (issue 10, pattern 8 of the twelfth held-out set).

A distributor's RMA heads its part numbers ``MPN``; a customer's complaint form writes the
shipped count under the bare act ``Shipped`` and its author as ``Submitted by``; an English 8D
names its one part ``Part``; a Taiwanese 客訴單 signs with ``品保工程師``. Each is a vocabulary
entry of its field (one description of the form). The bare act heads the count or the date,
as the value under it is: ``Shipped`` over a date is still the ship date.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from helpers import parse_cli, sheet_from_rows

_sheet = partial(sheet_from_rows, width=20)


def _doc(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    assert doc["record"] is not None, doc["errors"]
    return doc


def test_an_rmas_mpn_column_is_the_part_number(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["RETURN MATERIAL AUTHORIZATION"],
            ["RMA No.", "RMA-TT-0917", "Date", dt.date(2026, 9, 17)],
            ["Customer", "Avnet Asia Pte Ltd"],
            [],
            ["MPN", "Description", "Qty", "Unit price", "Ext. price"],
            ["LDO-3V3-SOT23", "LDO regulator 3.3 V", 3000, 0.12, 360],
            ["TVS-SMBJ15A", "TVS diode 15 V", 1000, 0.08, 80],
        ],
    )
    items = _doc(path, "--kind", "return")["record"]["items"]
    assert [i["part_no"] for i in items] == ["LDO-3V3-SOT23", "TVS-SMBJ15A"]


def test_a_complaint_forms_shipped_count_and_its_submitter(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT FORM"],
            ["Complaint #", "CC-2026-0917", "Date received", dt.date(2026, 9, 17)],
            ["Customer", "Carrier Corp."],
            ["Part number", "CR-FAN-1204", "Part name", "Fan blade 12 in"],
            ["Shipped", 2400, "Rejected", 36],
            ["Ship date", dt.date(2026, 9, 1), "Lot", "2635-A"],
            ["Complaint", "Blade cracked at the hub on 36 fans."],
            ["Submitted by", "Laura Kim"],
        ],
    )
    record = _doc(path, "--kind", "complaint")["record"]
    assert (record["ship_qty"], record["ship_date"], record["defect_qty"]) == (2400, "2026-09-01", 36)
    assert record["reporter"] == "Laura Kim"


def test_a_bare_shipped_over_a_date_is_still_the_ship_date(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT FORM"],
            ["Complaint #", "CC-2026-0918", "Date received", dt.date(2026, 9, 18)],
            ["Customer", "Carrier Corp."],
            ["Part number", "CR-FAN-1204", "Qty shipped", 2400],
            ["Shipped", dt.date(2026, 9, 2), "Rejected", 36],
        ],
    )
    record = _doc(path, "--kind", "complaint")["record"]
    assert (record["ship_date"], record["ship_qty"]) == ("2026-09-02", 2400)


def test_an_8ds_part_is_its_part_number(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["8D CORRECTIVE ACTION REPORT"],
            ["8D No.", "8D-26-0917", "Opened", dt.date(2026, 9, 17)],
            ["Customer", "Danfoss A/S", "Part", "DF-VLV-0412"],
            ["D2 Problem", "Valve sticks open on 14 units."],
            ["D4 Root cause", "Spring preload below drawing."],
        ],
    )
    assert _doc(path, "--kind", "8d")["record"]["part_no"] == "DF-VLV-0412"


def test_a_kesu_sheets_qa_engineer_is_its_reporter(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["客 訴 單"],
            ["客訴單號", "CS-26-0917", "收件日", dt.date(2026, 9, 17), "客戶", "廣達電腦"],
            ["品號", "QT-HSG-220", "品名", "機殼", "出貨數", 5000],
            ["不良數", 30, "異常描述", "機殼刮傷 30 件。"],
            ["品保工程師", "王志明", "結案日", dt.date(2026, 9, 30)],
        ],
    )
    assert _doc(path, "--kind", "complaint")["record"]["reporter"] == "王志明"
