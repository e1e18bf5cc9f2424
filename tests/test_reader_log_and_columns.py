"""A complaint log entry's labels, quantities typed as packages × count, item lines and 8D
disciplines laid out as columns (what the ninth held-out set showed, each laid out here the
way another company might).

Each test writes a small form of its own with openpyxl and reads it back as ``kesu parse``
does; none of the rules knows a form.
"""

from __future__ import annotations

import pytest
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.parse.units import packed_count


# ------------------------------------------------------------------------ packages × count
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("20箱×500=10,000", ("10,000", True)),
        ("12 ctn x 250 pcs = 3,000 pcs", ("3,000pcs", True)),
        ("8箱×500=3,000", ("3,000", False)),
        ("20cm×500=10,000", None),  # a size, not a count
        ("1,200", None),
        ("20箱×500", None),  # no total written: not ours to multiply
    ],
)
def test_a_count_typed_as_packages_times_each_is_read_by_its_total(typed, expected):
    assert packed_count(typed) == expected


RETURN_PACKED = {
    "A1": "退货单",
    "A2": "退货单号",
    "B2": "RT-2611-014",
    "C2": "退货日期",
    "D2": "2026-11-03",
    "A3": "客户名称",
    "B3": "华东包装材料有限公司",
    "A4": "料号",
    "B4": "品名",
    "C4": "退货数量",
    "D4": "单位",
    "A5": "BX-330",
    "B5": "五层纸箱 330",
    "C5": "16箱×200=3,200",
    "D5": "pcs",
    "A6": "BX-440",
    "B6": "五层纸箱 440",
    "C6": "6箱×300=1,900",
    "D6": "pcs",
    "A7": "退货原因",
    "B7": "抗压不足",
}


def test_packages_times_count_gives_the_total_and_a_wrong_product_is_an_error(tmp_path):
    path = workbook(tmp_path, {"退货单": RETURN_PACKED}, bold=("A4", "B4", "C4", "D4"))
    result = parse(path, kind="return")
    assert value(result, "items[0].qty_returned") == 3200
    assert value(result, "items[1].qty_returned") is None  # 6 × 300 is 1,800, not 1,900
    assert warned(result, "items[1].qty_returned", "invalid_qty_product")


# ------------------------------------------------------------------------ a log entry
def test_a_date_fields_act_alone_names_it_unless_a_person_of_that_act_is_labelled():
    from kesu_docs.forms import get
    from kesu_docs.parse.vocab import act_words, field_metas

    complaint = act_words(field_metas(get("complaint")))
    assert complaint["received"] == "received_date" and complaint["shipped"] == "ship_date"
    assert "approved" not in complaint  # "Approved by" heads the approver: the act alone is both
    assert "received" not in act_words(field_metas(get("return")))  # "Received by": the receiver


LOG_ENTRY = {
    "A1": "QUALITY HOTLINE — CASE LOG",
    "A2": "Entry No.",
    "B2": "HL-2611-0042",
    "C2": "Shipped",
    "E2": "Received",
    "A3": "Customer",
    "B3": "Kessler Antriebe GmbH",
    "C3": "Part No.",
    "D3": "GW-16-A",
    "E3": "Lot",
    "F3": "B2611-07",
    "A4": "Complaint",
    "B4": "Gear teeth chipped on 14 of 300 pieces.",
    "A5": "Logged by",
    "B5": "Lena Fischer",
    "C5": "Approved",
    "E5": "Owner",
    "F5": "Jonas Weber",
}


def test_a_log_entry_reads_its_act_words_and_date_time_cells_and_an_empty_approval_takes_nothing(tmp_path):
    import datetime as dt

    cells = {**LOG_ENTRY, "D2": dt.datetime(2026, 11, 3, 9, 15), "F2": dt.datetime(2026, 11, 10, 16, 40)}
    path = workbook(tmp_path, {"Log": cells})
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for ref in ("D2", "F2"):
        wb["Log"][ref].number_format = "yyyy-mm-dd hh:mm"
    wb.save(path)
    result = parse(path, kind="complaint")
    assert value(result, "number") == "HL-2611-0042"
    assert value(result, "ship_date") == "2026-11-03"
    assert value(result, "received_date") == "2026-11-10"
    assert value(result, "lot_no") == "B2611-07"
    assert value(result, "description") == "Gear teeth chipped on 14 of 300 pieces."
    assert value(result, "sales_supervisor") == "Jonas Weber"
    assert value(result, "approver") is None  # never the next label "Owner"
