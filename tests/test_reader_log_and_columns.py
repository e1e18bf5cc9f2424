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


# ------------------------------------------------------------------------ item lines as columns
RETURN_SIDEWAYS = {
    "A1": "退货申请单",
    "A2": "退货单号",
    "B2": "TH-2611-021",
    "C2": "退货日期",
    "D2": "2026-11-04",
    "A3": "客户名称",
    "B3": "苏州恒达电子有限公司",
    "A5": "项次",
    "B5": "第 1 项",
    "C5": "第 2 项",
    "D5": "第 3 项",
    "A6": "料号",
    "B6": "CAP-104",
    "C6": "RES-220",
    "D6": "IND-47U",
    "A7": "品名",
    "B7": "贴片电容 100nF",
    "C7": "贴片电阻 22Ω",
    "D7": "功率电感 47µH",
    "A8": "退货数量",
    "B8": 500,
    "C8": 1000,
    "D8": 40,
    "A9": "单价",
    "B9": 0.05,
    "C9": 0.01,
    "D9": 0.8,
    "A10": "金额",
    "B10": 25,
    "C10": 10,
    "D10": 32,
    "A11": "退货原因",
    "B11": "来料混料，客户整批退回。",
}


def test_item_lines_laid_out_as_columns_are_one_line_each(tmp_path):
    path = workbook(tmp_path, {"退货": RETURN_SIDEWAYS})
    result = parse(path, kind="return")
    items = value(result, "items")
    assert [(i["part_no"], i["qty_returned"], i["amount"]) for i in items] == [
        ("CAP-104", 500, "25.00"),
        ("RES-220", 1000, "10.00"),
        ("IND-47U", 40, "32.00"),
    ]
    assert value(result, "items[2].part_name") == "功率电感 47µH"
    assert warned(result, "items[1].part_no")  # read without a header over it: said for checking


def test_one_line_as_pairs_with_a_unit_beside_a_figure_stays_one_line(tmp_path):
    cells = {
        "A1": "退货申请单",
        "A2": "退货单号",
        "B2": "TH-2611-022",
        "A3": "客户名称",
        "B3": "苏州恒达电子有限公司",
        "A5": "料号",
        "B5": "CAP-104",
        "A6": "品名",
        "B6": "贴片电容 100nF",
        "A7": "退货数量",
        "B7": 500,
        "C7": "pcs",
        "A8": "金额",
        "B8": 25,
    }
    result = parse(workbook(tmp_path, {"退货": cells}), kind="return")
    items = value(result, "items")
    assert len(items) == 1 and items[0]["part_no"] == "CAP-104" and items[0]["qty_returned"] == 500


# ------------------------------------------------------------------------ 8D disciplines as columns
def _eightd_columns(signed_d3):
    cells = {
        "A1": "8D 报告",
        "A2": "8D编号",
        "B2": "8D-2611-009",
        "C2": "客户名称",
        "D2": "宁波华翔汽车部件有限公司",
        "E2": "料号",
        "F2": "HX-3302",
        "A3": "客诉编号",
        "B3": "CC-2611-044",
        "C3": "开始日期",
        "D3": "2026-11-02",
        "A5": "D1 小组",
        "B5": "D2 问题描述",
        "C5": "D3 围堵措施",
        "D5": "D4 根本原因",
        "E5": "D5 纠正措施",
        "F5": "D8 结案",
        "A6": "王磊（组长）\n刘洋",
        "B6": "卡扣断裂，12 件",
        "C6": "在库及在途全检 2,000 件",
        "D6": "注塑保压时间不足",
        "E6": "保压时间由 4 s 改为 6 s",
        "F6": "客户确认关闭",
        **{f"{c}7": "负责人/日期" for c in "ABCDEF"},
        **signed_d3,
        "F8": "王磊",
        "F9": "2026-11-20",
    }
    return cells


def test_name_and_date_under_a_discipline_column_are_its_owner_and_date(tmp_path):
    import datetime as dt

    path = workbook(tmp_path, {"8D": _eightd_columns({"C8": "刘洋", "C9": dt.datetime(2026, 11, 3)})})
    result = parse(path, kind="8d")
    assert value(result, "containment[0].owner") == "刘洋"
    assert value(result, "containment[0].done_date") == "2026-11-03"
    assert value(result, "closure.approved_by") == "王磊"
    assert value(result, "closure.closed_date") == "2026-11-20"
    assert warned(result, "containment[0].owner")  # read through a caption: said for checking


def test_a_discipline_column_with_two_names_under_its_caption_gives_neither(tmp_path):
    path = workbook(tmp_path, {"8D": _eightd_columns({"C8": "刘洋", "C9": "王磊"})})
    result = parse(path, kind="8d")
    assert value(result, "containment[0].owner") not in ("刘洋", "王磊") or warned(
        result, "containment[0].owner"
    )
    assert value(result, "closure.closed_date") == "2026-11-20"


# ------------------------------------------------------------------------ a slash label naming one thing
def test_a_slash_label_that_is_one_fields_own_label_keeps_its_value_whole(tmp_path):
    """``Lot`` names the lot and ``Lot / Date Code`` is the lot's own label: its value
    ``2634 / 2635`` (two lots) is one answer, not a share for each of the label's words."""
    cells = {
        "A1": "CUSTOMER COMPLAINT",
        "A2": "Complaint No.",
        "B2": "CC-2611-077",
        "A3": "Customer",
        "B3": "Halvorsen Marine AS",
        "A4": "Lot / Date Code",
        "B4": "2634 / 2635",
        "A5": "Part name / Part no.",
        "B5": "Bilge pump / BP-12",
    }
    result = parse(workbook(tmp_path, {"Complaint": cells}), kind="complaint")
    assert value(result, "lot_no") == "2634 / 2635"
    assert value(result, "part_no") == "BP-12"  # a label naming two things still shares its value
