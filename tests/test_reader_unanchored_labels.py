"""Labels the reader did not anchor (holdout9 pattern 9), each on a small form of our own:
a bare department word in a sign-off row, 開立日期 beside the form's own number, 統一編號 under
the buyer in a vertical list, English ``Claim ref.`` / ``Action``, and a step row's label."""

from __future__ import annotations

import datetime as dt

from test_reader_guards import parse, value, warned, workbook


def test_a_bare_department_word_in_a_sign_off_row_is_that_departments_signature(tmp_path):
    """``核准 | 王芳 | 仓库 | 陈刚``: 仓库 on a row opened by a person's label is the warehouse's
    sign-off (仓库签收), its name the warehouse receiver."""
    cells = {
        "A1": "退货单",
        "A2": "退货单号",
        "B2": "RN-7781",
        "C2": "日期",
        "D2": dt.datetime(2026, 5, 4),
        "A3": "客户",
        "B3": "苏州某电器有限公司",
        "A4": "料号",
        "B4": "品名",
        "C4": "数量",
        "A5": "P-100",
        "B5": "电源板",
        "C5": 30,
        "A6": "退货原因",
        "B6": "外观划伤",
        "A8": "核准",
        "B8": "王芳",
        "C8": "仓库",
        "D8": "陈刚",
    }
    result = parse(workbook(tmp_path, {"退货单": cells}), "return")
    assert value(result, "approved_by") == "王芳"
    assert value(result, "warehouse_receiver") == "陈刚"


def test_a_bare_place_word_outside_a_sign_off_row_names_no_person(tmp_path):
    """``仓库 | 成品仓 A 区`` on a row of its own is where the goods go, not who signed."""
    cells = {
        "A1": "退货单",
        "A2": "退货单号",
        "B2": "RN-7782",
        "C2": "日期",
        "D2": dt.datetime(2026, 5, 4),
        "A3": "客户",
        "B3": "苏州某电器有限公司",
        "A4": "料号",
        "B4": "品名",
        "C4": "数量",
        "A5": "P-100",
        "B5": "电源板",
        "C5": 30,
        "A6": "仓库",
        "B6": "成品仓 A 区",
        "A8": "核准",
        "B8": "王芳",
    }
    result = parse(workbook(tmp_path, {"退货单": cells}), "return")
    assert value(result, "warehouse_receiver") is None


VERTICAL = {
    "A1": "折讓單",
    "A2": "項目",
    "B2": "內容",
    "A3": "折讓單號",
    "B3": "AL-1150-0007",
    "A4": "開立日期",
    "B4": dt.datetime(2026, 6, 2),
    "A5": "買受人",
    "B5": "台灣某某科技股份有限公司",
    "A6": "統一編號",
    "B6": "12345675",
    "A7": "原發票號碼",
    "B7": "ZX-11112222",
    "A8": "客訴編號",
    "B8": "CS-0602",
    "A9": "品名",
    "B9": "散熱片",
    "A10": "數量",
    "B10": 100,
    "A11": "折讓金額",
    "B11": 2000,
}


def test_a_date_named_after_issuing_under_the_forms_own_number_is_its_issue_date(tmp_path):
    """``折讓單號`` then ``開立日期`` with no invoice date on the form: the note's own date, and
    ``統一編號`` right under ``買受人`` is the buyer's (not the seller's, worded alike)."""
    result = parse(workbook(tmp_path, {"折讓單": VERTICAL}), "allowance")
    assert value(result, "issue_date") == "2026-06-02"
    assert value(result, "invoice_date") is None
    assert value(result, "buyer_tax_id") == "12345675"
    assert (value(result, "seller") or {}).get("tax_id") is None


def test_a_date_named_after_issuing_beside_the_invoice_number_stays_the_invoices(tmp_path):
    """``原發票號碼 | … | 開立日期 | …``: nearer the invoice's number than the note's, the date
    is the invoice's."""
    cells = {k: v for k, v in VERTICAL.items() if k not in ("A4", "B4")}
    cells.update(
        {"C7": "開立日期", "D7": dt.datetime(2026, 5, 20), "C3": "日期", "D3": dt.datetime(2026, 6, 2)}
    )
    result = parse(workbook(tmp_path, {"折讓單": cells}), "allowance")
    assert value(result, "invoice_date") == "2026-05-20"
    assert value(result, "issue_date") == "2026-06-02"


def test_an_english_claim_reference_and_action_on_a_return_note(tmp_path):
    """``Claim Ref.``: the customer's claim our complaint records; ``Action``: the handling."""
    cells = {
        "A1": "RETURN AUTHORIZATION",
        "A2": "RMA No.",
        "B2": "RMA-5501",
        "C2": "Date",
        "D2": dt.datetime(2026, 5, 6),
        "E2": "Claim Ref.",
        "F2": "CL-7712",
        "A3": "Customer",
        "B3": "Northwind Audio Ltd.",
        "A4": "Part No.",
        "B4": "Description",
        "C4": "Qty",
        "A5": "SPK-40",
        "B5": "Speaker 40 mm",
        "C5": 120,
        "A7": "Reason",
        "B7": "Rub and buzz at 200 Hz",
        "A8": "Action",
        "B8": "Scrap",
    }
    result = parse(workbook(tmp_path, {"RMA": cells}), "return")
    assert value(result, "complaint_number") == "CL-7712"
    assert value(result, "handling") == ["scrap"]


def test_a_label_in_a_step_row_under_a_table_header_is_no_ones_value(tmp_path):
    """``D8 批准 | 赵经理 | 结案日期 | …`` under a D3 table's ``完成日期 | 责任人`` header: the
    label under 责任人 is not who approved (it was read so, flagged); the name beside 批准 is."""
    cells = {
        "A1": "8D报告",
        "A2": "报告编号",
        "B2": "8D-0601",
        "C2": "客户",
        "D2": "某汽车零部件有限公司",
        "E2": "立案日期",
        "F2": "2026-6-1",
        "A3": "D2 问题描述",
        "B3": "卡扣断裂 12 件。",
        "A4": "D3 围堵",
        "B4": "完成日期",
        "C4": "责任人",
        "D4": "围堵措施",
        "B5": "2026-6-2",
        "C5": "李强",
        "D5": "库存 500 件全检",
        "A6": "D4 根本原因",
        "B6": "注塑保压时间不足。",
        "A7": "D5 纠正措施",
        "B7": "保压时间调至 3 秒。",
        "A8": "D8 批准",
        "B8": "赵经理",
        "C8": "结案日期",
        "D8": "2026-6-20",
    }
    result = parse(workbook(tmp_path, {"8D": cells}), "8d")
    assert value(result, "closure.approved_by") != "结案日期"
    assert value(result, "closure.approved_by") in ("赵经理", None) or warned(result, "closure.approved_by")
    assert value(result, "closure.closed_date") == "2026-06-20"


# ---------------------------------------------------------------------------------- numbered 8D sections
SECTIONS_8D = {
    "A1": "8D REPORT",
    "A2": "Report No.: 8D-KT-0419",
    "D2": "Customer: Kestrel Motors",
    "A3": "Part No.: KT-BRK-12",
    "D3": "Opened: 2026-05-02",
    "A5": "2. Problem",
    "A6": "Bracket weld cracks on 14 pcs after salt spray.",
    "A7": "3. Containment",
    "A8": "Hold 2,000 brackets in stock, 100 % dye test.",
    "A9": "4. Root cause",
    "A10": "Why 1: weld bead too short",
    "A11": "Why 2: robot path offset after fixture swap",
    "A12": "Root cause: fixture locating pin worn 0.3 mm, no pin check in the swap routine.",
    "A13": "5. Corrective action",
    "A14": "Pin replaced; pin gauge added to the fixture swap routine.",
    "A16": "8. Closure",
    "A17": "Approved: Maria Vance Date: 2026-05-30",
}


def test_a_why_chain_before_the_root_cause_line_is_the_chain_not_the_cause(tmp_path):
    """``Why 1: …`` / ``Why 2: …`` then ``Root cause: …`` under ``4. Root cause``: the cause is
    the concluding line, the Why lines the why-chain (both shown for checking)."""
    result = parse(workbook(tmp_path, {"8D": SECTIONS_8D}), "8d")
    cause = value(result, "root_cause[0].cause")
    assert "fixture locating pin worn" in cause and "Why" not in cause
    assert [w["answer"] for w in value(result, "why_chain")] == [
        "weld bead too short",
        "robot path offset after fixture swap",
    ]
    assert warned(result, "root_cause[0].cause")


def test_a_name_and_a_date_on_one_line_after_approved(tmp_path):
    """``Approved: Maria Vance Date: 2026-05-30``: the name alone, and the date the closure's."""
    result = parse(workbook(tmp_path, {"8D": SECTIONS_8D}), "8d")
    assert value(result, "closure.approved_by") == "Maria Vance"
    assert value(result, "closure.closed_date") == "2026-05-30"


def test_why_lines_alone_under_the_heading_stay_its_text(tmp_path):
    """A why-chain with no line concluding it is all the section says: read as written."""
    cells = {k: v for k, v in SECTIONS_8D.items() if k != "A12"}
    result = parse(workbook(tmp_path, {"8D": cells}), "8d")
    cause = value(result, "root_cause[0].cause")
    assert cause is None or ("Why 1" in cause or warned(result, "root_cause[0].cause"))
