"""Never a silent misread: what the reader took wrongly is mended and said, or at least said.

Each test lays out a small form the way other companies do (openpyxl, read back through
``parse_paths`` as ``kesu parse`` does) with one trap a label reader falls into, and checks
that the value is right, or that its field carries a warning — never a wrong value passed on
quietly. The rules live in ``kesu_docs/parse/guards.py``; none knows a particular form.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from kesu_docs.forms import all_specs, get
from kesu_docs.parse import parse_paths
from kesu_docs.parse.anchor import Box, read_boxes, reading_problems
from kesu_docs.parse.guards import person_field, split_name, totals_caption
from kesu_docs.parse.kinds import detect_kind

SHADE = PatternFill("solid", fgColor="D9D9D9")


def workbook(tmp_path: Path, sheets: dict[str, dict[str, object]], *, shaded=(), bold=(), name="form.xlsx"):
    wb = Workbook()
    wb.remove(wb.active)
    for title, cells in sheets.items():
        ws = wb.create_sheet(title)
        for ref, value in cells.items():
            ws[ref] = value
            if ref in shaded:
                ws[ref].fill = SHADE
            if ref in bold:
                ws[ref].font = Font(bold=True)
    path = tmp_path / name
    wb.save(path)
    return path


def parse(path: Path, kind: str | None = None):
    [result] = parse_paths([path], kind=kind)
    return result


def value(result, path: str):
    node = result.record.model_dump(mode="json")
    for part in path.replace("]", "").replace("[", ".").split("."):
        node = node[int(part)] if part.isdigit() else node[part]
    return node


def warned(result, path: str, code: str | None = None) -> bool:
    return any(
        p.field == path and (code is None or p.code == code) for p in [*result.warnings, *result.errors]
    )


def right_or_warned(result, path: str, expected) -> bool:
    return value(result, path) == expected or warned(result, path)


# ---------------------------------------------------------------------------------- 1. label-like values
# labels over values, each label shaded with its translation on a second line (a common
# bilingual layout): right of a label stands the next label, its value is under it
BILINGUAL = {
    "A1": "CUSTOMER COMPLAINT REPORT  客户投诉报告",
    "A3": "Complaint No.\n投诉编号",
    "B3": "Customer\n客户",
    "C3": "Customer PO\n客户订单",
    "A4": "CC-2609-031",
    "B4": "Brightway Lighting GmbH",
    "C4": "4500187723",
    "A14": "Prepared by\n填写人",
    "C14": "Approved by\n批准",
    "E14": "Closed Date\n结案日",
    "A15": "Kevin Zhang",
    "C15": "M. Weber",
    "E15": "30-Sep-2026",
}
LABELS = ("A3", "B3", "C3", "A14", "C14", "E14")


def test_labels_over_values_the_next_shaded_label_is_never_passed_as_a_value(tmp_path):
    result = parse(workbook(tmp_path, {"Complaint": BILINGUAL}, shaded=LABELS))
    assert result.kind == "complaint"
    for path, typed in (("customer", "Brightway Lighting GmbH"), ("reporter", "Kevin Zhang")):
        assert right_or_warned(result, path, typed), (path, value(result, path))
    if value(result, "customer") != "Brightway Lighting GmbH":
        assert warned(result, "customer", "value_looks_like_label")


def test_a_discipline_heading_under_a_one_row_table_is_no_containment_action(tmp_path):
    cells = {
        "A1": "8D Report",
        "A2": "D3  Interim Containment Action",
        "A3": "ICA:",
        "B3": "100% audible check of buckles at end of line",
        "A4": "D4  Diagnose Root Cause and Escape Point",
        "A5": "Root Cause:",
        "B5": "Latch spring rate below drawing minimum",
    }
    result = parse(workbook(tmp_path, {"G8D": cells}, bold=("A2", "A4"), shaded=("A2", "A4")))
    rows = value(result, "containment")
    headings = [i for i, row in enumerate(rows) if (row["action"] or "").startswith("D4")]
    for i in headings:
        assert warned(result, f"containment[{i}].action", "value_looks_like_label")


# ---------------------------------------------------------------------------------- 2. instructions
GUIDE = {
    "A1": "How to fill in this form  填写说明",
    "A2": "Complaint No.: assigned by QA, format CC-YYMM-NNN (e.g. CC-2601-001)",
    "A3": "Customer: the customer's legal name, e.g. Example Trading Ltd.",
    "A4": "Date Received: dd-Mmm-yyyy, e.g. 01-Jan-2026",
    "A5": "Prepared by: name of the QA engineer, Approved by: QA manager",
}


def test_the_instructions_sheet_never_supplies_a_value_over_the_form_sheet(tmp_path):
    path = workbook(tmp_path, {"Complaint": BILINGUAL, "Instructions": GUIDE}, shaded=LABELS)
    result = parse(path)
    for field, typed in (("reporter", "Kevin Zhang"), ("approver", "M. Weber")):
        assert right_or_warned(result, field, typed), (field, value(result, field))
        assert not str(value(result, field)).startswith(("name of the QA", "QA manager"))


def test_an_example_from_the_instructions_is_never_passed_as_a_value(tmp_path):
    form = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "Brightway Lighting GmbH",
        "A4": "填表人",
        "B4": "Kevin Zhang",
    }
    result = parse(workbook(tmp_path, {"Complaint": form, "Instructions": GUIDE}))
    assert value(result, "customer") == "Brightway Lighting GmbH"
    assert value(result, "reporter") == "Kevin Zhang"
    if value(result, "approver") is not None:  # only the instructions name it
        assert warned(result, "approver", "value_from_instructions")


# ---------------------------------------------------------------------------------- 3. names with more
@pytest.mark.parametrize(
    ("typed", "name", "extra"),
    [
        ("陳美玲 分機 215", "陳美玲", "分機 215"),
        ("J. Ortiz  (972) 555-0143", "J. Ortiz", "(972) 555-0143"),
        ("Kevin Zhang, ext. 8812", "Kevin Zhang", "ext. 8812"),
        ("李红 13912345678", "李红", "13912345678"),
        ("李红13912345678", "李红", "13912345678"),
        ("王强 0512-62345678", "王强", "0512-62345678"),
        ("张伟(组长)", "张伟", "组长"),
        ("Raj Mehta (TL)", "Raj Mehta", "TL"),
    ],
)
def test_a_phone_extension_or_role_after_a_name_is_split_off(typed, name, extra):
    assert split_name(typed) == (name, extra)


@pytest.mark.parametrize(
    "typed", ["Kevin Zhang", "周敏", "Foo (Shanghai) Co.", "M. Weber", "Felix 2", "Max Planck"]
)
def test_a_name_alone_is_left_as_it_is(typed):
    assert split_name(typed) is None


def test_person_fields_are_known_by_their_labels_not_by_a_list():
    complaint, eightd, allowance = get("complaint"), get("8d"), get("allowance")
    assert person_field(complaint.fields["reporter"]) and person_field(complaint.fields["approver"])
    assert not person_field(complaint.fields["customer"]) and not person_field(complaint.fields["part_name"])
    assert not person_field(allowance.fields["buyer"])
    from kesu_docs.forms import describe

    assert person_field(describe(eightd.fields["team"].row_model)["name"])


def test_the_reporter_keeps_his_name_and_the_extension_is_reported(tmp_path):
    cells = {"A1": "客訴處理單", "A3": "客戶名稱", "B3": "宏達電子", "A4": "填表人", "B4": "陳美玲 分機 215"}
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert value(result, "reporter") == "陳美玲"
    assert warned(result, "reporter", "name_with_extra")


def test_a_value_a_guard_warns_about_gets_that_warning_alone_not_low_confidence_too():
    # the reader is unsure of the reporter (low confidence) and a guard split a phone number off
    # it: the guard's warning says what to look at, one warning on the field, not two
    from kesu_docs.parse.boxes import Provenance, Reading
    from kesu_docs.problems import Problem

    spec = get("complaint")
    unsure = Provenance("Complaint!A7", "填写人", "Complaint!A6", 0.5, "label-below")
    guarded = Problem(
        "name_with_extra", "reporter", "", "", "Complaint!A7", "warning", {"extra": "ext. 8812"}
    )
    reading = Reading({"reporter": "Kevin Zhang", "customer": "宏达电子"}, {}, [guarded], {}, [])
    reading.provenance = {"reporter": unsure, "customer": unsure}
    problems = reading_problems(spec, reading)
    assert [p.code for p in problems if p.field == "reporter"] == ["name_with_extra"]
    # a value no guard spoke about still says it is unsure
    assert [p.code for p in problems if p.field == "customer"] == ["low_confidence"]


# ---------------------------------------------------------------------------------- 4. totals rows
@pytest.mark.parametrize(
    "caption", ["合计", "小計", "Subtotal", "Net total 不含税合计", "Total credit", "VAT total"]
)
def test_totals_captions_are_known(caption):
    assert totals_caption(caption)


@pytest.mark.parametrize("item", ["Fan motor FM-120", "Total inspection of stock lot", "总装线", "Summary"])
def test_an_item_is_no_totals_caption(item):
    assert not totals_caption(item)


def test_the_item_table_ends_at_its_totals_row_after_a_blank_row(tmp_path):
    cells = {
        "A1": "销货折让证明单",
        "A2": "客诉编号",
        "B2": "CMP-26-0233",
        "A4": "品名",
        "B4": "数量",
        "C4": "单价",
        "D4": "折让金额",
        "E4": "税额",
        "A5": "Fan motor FM-120",
        "B5": 1000,
        "C5": "0.80",
        "D5": "800.00",
        "E5": "104.00",
        # row 6 blank, then the totals line
        "A7": "小计",
        "D7": "800.00",
        "E7": "104.00",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    items = value(result, "items")
    assert [row["name"] for row in items] == ["Fan motor FM-120"]
    assert right_or_warned(result, "total_excl_tax", "800.00")


# ---------------------------------------------------------------------------------- 5. two cells run together
def test_a_figure_starting_in_the_neighbouring_column_is_reported():
    # a PDF line: labels over values; "150" and "3.0%" of two cells came out as one word
    boxes = [
        Box("客户抱怨处理单", "客户抱怨处理单", 150, 60, 300, 72, "p1"),
        Box("客户名称", "客户名称", 55, 90, 100, 100, "p1"),
        Box("宏达电子", "宏达电子", 55, 104, 120, 114, "p1"),
        Box("不良数", "不良数", 136, 120, 170, 130, "p1"),
        Box("不良率", "不良率", 209, 120, 243, 130, "p1"),
        Box("出货日期", "出货日期", 318, 120, 360, 130, "p1"),
        Box("1503.0%", "1503.0%", 194, 134, 232, 144, "p1"),
        Box("2026-08-20", "2026-08-20", 318, 134, 370, 144, "p1"),
    ]
    spec = get("complaint")
    reading = read_boxes(boxes, spec)
    assert reading.values["customer"] == "宏达电子"
    problems = reading_problems(spec, reading)
    if reading.values.get("defect_rate") is not None:
        assert any(p.field == "defect_rate" and p.code == "value_spans_cells" for p in problems)
    assert not any(p.field == "ship_date" and p.code == "value_spans_cells" for p in problems)


# ---------------------------------------------------------------------------------- 6. thousands point
def test_a_european_thousands_point_in_a_quantity_is_read_as_thousands_and_reported(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "Brightway",
        "A4": "出货数量",
        "B4": "24.000 pcs",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert value(result, "ship_qty") == 24000
    assert warned(result, "ship_qty", "ambiguous_thousands")


# ---------------------------------------------------------------------------------- 7. the kind
def test_a_title_beats_an_8d_report_ticked_among_the_customers_requests():
    lines = [
        "☐ Credit ☒ Replacement ☐ Rework at our cost ☒ 8D report",
        "CUSTOMER COMPLAINT REPORT 客户投诉报告",
    ]
    assert detect_kind(lines, all_specs()) == "complaint"
    assert detect_kind(lines[:1], all_specs()) is None
    assert detect_kind(["8D Report", "Customer complaint no."], all_specs()) == "8d"


# ---------------------------------------------------------------------------------- 8. numbered lists
def test_a_numbered_list_cut_between_two_fields_is_reported_on_both(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "宏达电子",
        "A4": "问题描述",
        "B4": "1. 插拔 50 次后端子变形，接触不良",
        "A5": "原因调查",
        "B5": "2. 客户产线 12,000 pcs 中检出 360 pcs",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert warned(result, "description", "numbered_list_split")
    assert warned(result, "root_cause", "numbered_list_split")


def test_a_numbered_list_in_one_field_is_no_doubt(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "宏达电子",
        "A4": "问题描述",
        "B4": "1. 插拔 50 次后端子变形\n2. 客户产线中检出 360 pcs",
        "A5": "原因调查",
        "B5": "冲压模具磨耗",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert not warned(result, "description", "numbered_list_split")
    assert not warned(result, "root_cause", "numbered_list_split")


def test_an_8d_report_mentioned_in_a_line_is_no_title_the_labels_decide_and_the_guess_is_said():
    from kesu_docs.parse.kinds import choose_form

    spec = get("complaint")
    required = [m for m in spec.fields.values() if m.required and m.kind != "table"]
    boxes = [
        Box(m.label_zh, m.label_zh, 0, 20 * i, 80, 20 * i + 15, "Sheet1") for i, m in enumerate(required)
    ]
    line = "Customer asks for an 8D problem analysis"
    chosen, guessed = choose_form(None, [line] + [b.text for b in boxes], [boxes])
    assert (chosen.kind, guessed) == ("complaint", True)
    # a title is a title: no doubt then
    chosen, guessed = choose_form(None, ["8D Report", line], [boxes])
    assert (chosen.kind, guessed) == ("8d", False)


def test_a_decimal_at_the_start_of_a_text_is_no_list_item(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "宏达电子",
        "A4": "问题描述",
        "B4": "3.5W 发射功率偏低",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert not warned(result, "description", "numbered_list_split")


def test_an_example_inside_a_filled_answer_is_no_instruction(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "宏达电子",
        "A4": "问题描述",
        "B4": "外观不良，例如划伤、脏污",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert value(result, "description") == "外观不良，例如划伤、脏污"
    assert not warned(result, "description", "value_from_instructions")


def test_a_chinese_instructions_block_under_the_form_never_supplies_the_approver(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "宏达电子",
        "A4": "填表人",
        "B4": "陈美玲",
        "A8": "填写说明",
        "A9": "客户名称：填写客户营业执照上的全称，不可用简称",
        "A10": "核准：由品质部经理亲笔签名后交文控中心存档",
        "A11": "填表人：由负责本案的品质工程师填写本人姓名",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert value(result, "customer") == "宏达电子"
    assert value(result, "reporter") == "陈美玲"
    assert value(result, "approver") is None or warned(result, "approver", "value_from_instructions")


def test_a_totals_line_nobody_read_keeps_a_computed_total_from_passing_silently(tmp_path):
    cells = {
        "A1": "销货折让证明单",
        "A2": "客诉编号",
        "B2": "CMP-26-0233",
        "A4": "品名",
        "B4": "数量",
        "C4": "折让金额",
        "D4": "税额",
        "A5": "Fan motor FM-120",
        "B5": 1000,
        "C5": "800.00",
        "D5": "104.00",
        "A7": "共计",  # a totals caption in no field's vocabulary
        "C7": "USD 904.00",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert [row["name"] for row in value(result, "items")] == ["Fan motor FM-120"]
    for field in ("total_excl_tax", "total"):
        assert field in result.provenance or warned(result, field, "total_not_read"), field


def test_a_printed_cell_is_on_its_page_for_the_instructions_block():
    # a printed form's boxes are located by cell (``p2#7``): the heading "How to fill in this
    # form" and the lines under it are on one page, and the block is found
    from kesu_docs.parse.boxes import page_of

    assert page_of("p2#7") == page_of("p2#12") == page_of("p2 · Prepared by:") == "p2"
    assert page_of("Sheet1!D7") == "Sheet1"
