"""The generic reader on forms other people lay out: one synthetic sheet per mechanism.

Each test writes a small workbook with openpyxl the way a customer's or a supplier's form is
laid out, reads it through the public API or ``kesu parse``, and checks the value, where it
came from, and that every doubtful reading is reported (never a silent misread).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from helpers import parse_cli, problem, run_cli
from openpyxl import Workbook
from openpyxl.styles import Font

from kesu_docs.forms import get
from kesu_docs.parse.excel import extract
from kesu_docs.parse.vocab import label_like, norm, vocabulary


def sheet(
    tmp_path: Path, cells: dict[str, object], *, title: str = "Sheet1", merged=(), name="form.xlsx"
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for ref, value in cells.items():
        ws[ref] = value
    for rng in merged:
        ws.merge_cells(rng)
    path = tmp_path / name
    wb.save(path)
    return path


def read(path: Path, kind: str | None = None):
    [ex] = extract(path, path.read_bytes(), kind)
    return ex


def fields_warned(ex, code: str) -> set[str]:
    return {p.field for p in ex.problems if p.code == code}


# ---------------------------------------------------------------------------------- vocabulary
def test_a_label_in_traditional_script_reads_as_its_simplified_field():
    assert norm("客戶名稱：") == "客户名称"
    path, score, _ = vocabulary(get("complaint")).match("客戶名稱")
    assert (path, score) == ("customer", 1.0)


def test_synonyms_particles_and_an_english_gloss_find_the_field():
    vocab = vocabulary(get("complaint"))
    assert vocab.match("异常的描述")[0] == "description"  # an extra particle
    assert vocab.match("客户名称 Customer name")[0] == "customer"  # a translation beside it
    assert vocab.match("3. 不合格数量")[0] == "defect_qty"  # an enumerator and a synonym
    assert vocab.match("P/N：")[0] == "part_no"


def test_a_close_label_is_matched_with_less_confidence_than_an_exact_one():
    vocab = vocabulary(get("complaint"))
    exact = vocab.match("不良数量")
    close = vocab.match("不良品数量统计")  # a word more: contained, not equal
    assert exact[1] == 1.0 and close is not None and close[0] == "defect_qty" and close[1] < 0.8


def test_a_generic_word_alone_names_a_field_only_weakly():
    path, score, _ = vocabulary(get("complaint")).match("日期")
    assert path == "received_date" and score < 0.8


def test_label_like_texts_by_vocabulary_and_by_shape():
    assert label_like("联系电话")  # ends as labels end
    assert label_like("Approved by")
    assert label_like("Who reported the problem?")
    assert label_like("D3 围堵措施")
    assert not label_like("王丽")
    assert not label_like("2026年9月8日")


# ---------------------------------------------------------------------------------- labels and values
def test_an_unknown_label_on_the_row_ends_the_previous_value_and_is_reported(tmp_path):
    path = sheet(tmp_path, {"A1": "客户", "B1": "华东精密", "C1": "联系电话", "D1": "0512-6688"})
    ex = read(path, "complaint")
    assert ex.values["customer"] == "华东精密"
    unread = [p for p in ex.problems if p.code == "unread_label"]
    assert [(p.location, p.params["text"]) for p in unread] == [("Sheet1!C1", "联系电话")]


def test_label_and_value_in_one_cell_are_split_at_the_colon(tmp_path):
    path = sheet(tmp_path, {"A1": "发生时间：2026年9月8日      文件编号：HYT-RA-267", "A2": "组长制定: 李强"})
    ex = read(path, "complaint")
    assert ex.values["received_date"] == "2026年9月8日"
    assert ex.provenance["received_date"].label == "发生时间："
    assert ex.provenance["received_date"].location == "Sheet1!A1"
    assert ex.values["reporter"] == "李强"  # 制定 (drawn up by): who reported it
    assert {p.params["text"] for p in ex.problems if p.code == "unread_label"} >= {"文件编号："}


def test_several_label_value_pairs_in_one_printed_line(tmp_path):
    path = sheet(tmp_path, {"A1": "报告人陈述：\n抽检500册中发现23册倒页。\n签字： 李红 日期： 2026.9.3"})
    ex = read(path, "complaint")
    assert ex.values["description"] == "抽检500册中发现23册倒页。"
    assert ex.values["received_date"] == "2026.9.3"


def test_a_value_equal_to_a_label_word_is_read_but_reported(tmp_path):
    path = sheet(tmp_path, {"A1": "填表人", "B1": "客户", "A2": "客户名称", "B2": "华东精密"})
    ex = read(path, "complaint")
    assert ex.values["customer"] == "华东精密"  # the answer "客户" did not become a label
    assert ex.values["reporter"] == "客户"
    assert "reporter" in fields_warned(ex, "value_looks_like_label")


def test_a_generic_label_elsewhere_is_a_low_confidence_reading(tmp_path):
    # the real date label is unknown; a "日期" column of another table must not pass silently
    path = sheet(
        tmp_path,
        {
            "A1": "客户名称",
            "B1": "华东精密",
            "A3": "检验日期记录",
            "A4": "日期",
            "B4": "结果",
            "A5": "2026-09-07",
            "B5": "OK",
        },
    )
    ex = read(path, "complaint")
    if ex.values.get("received_date") is not None:
        assert "received_date" in fields_warned(ex, "low_confidence")


def test_the_right_place_wins_over_a_generic_one_by_scoring_not_order(tmp_path):
    path = sheet(tmp_path, {"A1": "日期", "B1": "2026-09-01", "A3": "受理日期", "B3": "2026-09-08"})
    ex = read(path, "complaint")
    assert ex.values["received_date"] == "2026-09-08"
    assert ex.provenance["received_date"].location == "Sheet1!B3"


def test_a_section_heading_over_free_text_fills_the_group_text(tmp_path):
    path = sheet(
        tmp_path,
        {"A1": "8D Report", "A3": "D2 - Problem Description", "A4": "Foil peeling on 18 of 1,200 sheets."},
        merged=["A4:F6"],
    )
    ex = read(path)
    assert ex.kind == "8d"
    assert ex.values["problem"]["statement"] == "Foil peeling on 18 of 1,200 sheets."


def test_a_tall_label_beside_an_instruction_reads_the_text_area(tmp_path):
    path = sheet(
        tmp_path,
        {
            "A1": "PROBLEM DESCRIPTION",
            "B1": "Please describe the problem below:",
            "B2": "Burr on the mounting hole.",
        },
        merged=["A1:A4", "B2:F4"],
    )
    ex = read(path, "8d")
    assert ex.values["problem"]["statement"] == "Burr on the mounting hole."


# ---------------------------------------------------------------------------------- tables
def test_a_two_row_table_header_reads_every_line_with_its_amount(tmp_path):
    path = sheet(
        tmp_path,
        {
            "A1": "销货折让证明单",
            "A3": "退货或折让内容",
            "A4": "品名",
            "B4": "数量",
            "C4": "单价",
            "D4": "金额",
            "E4": "营业税",
            "A5": "无线充电模组",
            "B5": 400,
            "C5": 25,
            "D5": 10000,
            "E5": 500,
            "A6": "充电线",
            "B6": 120,
            "C6": 18,
            "D6": 2160,
            "E6": 108,
        },
        merged=["A3:E3"],
    )
    ex = read(path)
    assert ex.kind == "allowance"
    assert [(r["name"], r["allowance_amount"], r["tax"]) for r in ex.values["items"]] == [
        ("无线充电模组", 10000, 500),
        ("充电线", 2160, 108),
    ]
    assert ex.provenance["items[1].allowance_amount"].location == "Sheet1!D6"


def test_a_table_with_one_known_column_under_its_heading_is_read(tmp_path):
    path = sheet(
        tmp_path,
        {
            "A1": "8D Report",
            "A3": "Containment Actions",
            "A4": "Action item",
            "A5": "Sort the stock",
            "A6": "Stop shipment",
        },
    )
    ex = read(path)
    assert [r["action"] for r in ex.values["containment"]] == ["Sort the stock", "Stop shipment"]


def test_a_column_named_in_one_cell_with_its_entries_merged_right_of_it_is_read_under_a_heading(tmp_path):
    path = sheet(
        tmp_path,
        {
            "A1": "8D Report",
            "A3": "3 D Containment Action",
            "A4": "ICA",
            "G4": "Target Date",
            "H4": "Responsible",
            "B5": "Quarantine the lot",
            "G5": "10.09.2026",
            "H5": "Li Na",
            "B6": "Sort the stock at the customer",
            "G6": "11.09.2026",
            "H6": "Chen Hao",
        },
        merged=("A3:H3", "B4:F4", "B5:F5", "B6:F6"),
    )
    ex = read(path)
    rows = [(r["action"], r["owner"]) for r in ex.values["containment"]]
    assert rows == [("Quarantine the lot", "Li Na"), ("Sort the stock at the customer", "Chen Hao")]


def test_numbered_lines_in_one_cell_are_rows_and_names_in_one_cell_are_members(tmp_path):
    path = sheet(
        tmp_path,
        {
            "A1": "8D Report",
            "A2": "Team Members",
            "B2": "Zhang Wei, Li Na, Chen Hao",
            "A4": "纠正措施",
            "A5": "1. 库存全数返工；\n2. 首件核对页码；\n3. 抽检增加页码核对。",
        },
        merged=["A5:F7"],
    )
    ex = read(path)
    assert [m["name"] for m in ex.values["team"]] == ["Zhang Wei", "Li Na", "Chen Hao"]
    assert [a["action"] for a in ex.values["corrective_actions"]] == [
        "库存全数返工；",
        "首件核对页码；",
        "抽检增加页码核对。",
    ]


# ---------------------------------------------------------------------------------- values
def test_units_written_in_a_label_are_applied(tmp_path):
    path = sheet(
        tmp_path, {"A1": "出货数量(K)", "B1": 12, "A2": "不良率(%)", "B2": 3.5, "A3": "客户", "B3": "华东"}
    )
    ex = read(path, "complaint")
    assert ex.values["ship_qty"] == 12000
    assert ex.values["defect_rate"] == Decimal("0.035")


def test_roc_years_and_day_first_dates_are_dates(tmp_path):
    path = sheet(
        tmp_path,
        {"A1": "開單日期", "B1": "中華民國 115 年 9 月 8 日", "A2": "原發票日期", "B2": "28.08.2026"},
    )
    code, [doc] = parse_cli(path, "--kind", "allowance")
    assert doc["record"]["issue_date"] == "2026-09-08"
    assert doc["record"]["invoice_date"] == "2026-08-28"


def test_digits_written_one_per_box_are_one_value(tmp_path):
    cells = {"A1": "營利事業統一編號"} | {f"{c}1": d for c, d in zip("BCDEFGHI", "28413567")}
    ex = read(sheet(tmp_path, cells), "allowance")
    assert ex.values["seller"]["tax_id"] == "28413567"


def test_ticked_options_answer_a_choice(tmp_path):
    path = sheet(tmp_path, {"A1": "客户要求事项", "B1": "☑ 退货 ☐ 换货 ☑ 折让"})
    code, [doc] = parse_cli(path, "--kind", "complaint")
    assert doc["record"]["customer_request"] == ["return", "allowance"]


def test_no_allowance_line_read_means_no_totals_not_zero(tmp_path):
    path = sheet(tmp_path, {"A1": "销货折让证明单", "A2": "买受人", "B2": "瑞昌电脑"})
    code, [doc] = parse_cli(path)
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"], record["total_in_words"]) == (
        None,
        None,
        None,
        None,
    )


# ---------------------------------------------------------------------------------- kinds
def test_other_titles_of_our_forms_in_any_script_are_recognised(tmp_path):
    for i, (title, kind) in enumerate(
        [
            ("示范电子 客户投诉处理单", "complaint"),
            ("客诉记录及处理表", "complaint"),
            ("退货申请单", "return"),
            ("8D Problem Solving Report", "8d"),
            ("營業人銷貨退回進貨退出或折讓證明單", "allowance"),
        ]
    ):
        path = sheet(tmp_path, {"A1": title, "A2": "客户", "B2": "华东"}, name=f"t{i}.xlsx")
        code, [doc] = parse_cli(path)
        assert doc["kind"] == kind, title


def test_a_form_we_do_not_know_is_not_recognised_and_names_its_labels(tmp_path):
    path = sheet(tmp_path, {"A1": "设备点检表", "A2": "设备编号", "B2": "M-01", "A3": "点检人", "B3": "王丽"})
    code, [doc] = parse_cli(path)
    [err] = doc["errors"]
    assert code == 2 and err["code"] in ("not_a_form", "unknown_kind")
    assert (
        "不是可识别的表单" in err["message"] and "设备编号" in err["message"] and "点检人" in err["message"]
    )


# ---------------------------------------------------------------------------------- never silent
def test_every_value_carries_its_cell_label_and_confidence_in_the_json(tmp_path):
    path = sheet(tmp_path, {"A1": "客户名称", "B1": "华东精密", "A2": "交运日期", "B2": dt.date(2026, 9, 1)})
    code, [doc] = parse_cli(path, "--kind", "complaint")
    assert doc["provenance"]["customer"] == {
        "location": "Sheet1!B1",
        "label": "客户名称",
        "label_location": "Sheet1!A1",
        "confidence": 1.0,
        "how": "label-right",
    }
    assert doc["provenance"]["ship_date"]["location"] == "Sheet1!B2"


def test_parse_explain_shows_where_each_value_came_from(tmp_path):
    path = sheet(tmp_path, {"A1": "客户名称", "B1": "华东精密"})
    code, out = run_cli("parse", str(path), "--kind", "complaint", "--explain", "--lang", "en")
    assert "customer" in out and "Sheet1!B1" in out and "客户名称" in out and "1.00" in out
    assert "Confidence" in out


def test_a_bold_label_cue_is_carried_on_the_boxes(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "客户名称", "华东精密"
    ws["A1"].font = Font(bold=True)
    path = tmp_path / "bold.xlsx"
    wb.save(path)
    assert read(path, "complaint").values["customer"] == "华东精密"


def test_low_confidence_warnings_name_the_field_and_its_cell(tmp_path):
    path = sheet(tmp_path, {"A1": "日期", "B1": "2026-09-08", "A2": "客户", "B2": "华东"})
    code, [doc] = parse_cli(path, "--kind", "complaint")
    warning = problem(doc, "low_confidence")
    assert warning["field"] == "received_date" and warning["location"] == "Sheet1!B1"


def test_a_generic_label_inside_a_block_belongs_to_that_block(tmp_path):
    path = sheet(
        tmp_path,
        {
            "A1": "8D Report",
            "A2": "立案日期",
            "B2": "2026-09-01",
            "A4": "跟踪验证",
            "A5": "签名",
            "B5": "刘芳",
            "A6": "日期",
            "B6": "2026-09-30",
        },
        merged=["A4:D4"],
    )
    ex = read(path)
    assert ex.values["opened_date"] == "2026-09-01"
    assert ex.values["closure"] == {"approved_by": "刘芳", "closed_date": "2026-09-30"}
    assert ex.provenance["closure.closed_date"].label == "日期"


def test_a_bold_or_shaded_caption_we_do_not_know_still_ends_the_value(tmp_path):
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["C1"], ws["D1"] = "客户名称", "华东精密", "Werk", "Shenzhen"
    ws["C1"].font = Font(bold=True)
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "订单编号", "PO-1", "Kunde", "ACME"
    ws["C2"].fill = PatternFill("solid", fgColor="DDDDDD")
    path = tmp_path / "cues.xlsx"
    wb.save(path)
    ex = read(path, "complaint")
    assert ex.values["customer"] == "华东精密" and ex.values["order_no"] == "PO-1"
    unread = {p.params["text"] for p in ex.problems if p.code == "unread_label"}
    assert {"Werk", "Kunde"} <= unread


def test_a_label_naming_two_fields_gives_each_its_part_of_a_value_of_two_parts(tmp_path):
    path = sheet(tmp_path, {"A1": "8D Report", "A2": "品名/料号", "B2": "线束总成 / WH-2231-K"})
    ex = read(path)
    assert ex.values["part_no"] == "WH-2231-K"


def test_a_korean_8d_reads_its_common_labels(tmp_path):
    path = sheet(
        tmp_path,
        {
            "A1": "8D REPORT",
            "A2": "작성일자: 2026.09.09",
            "A4": "5. 개선대책( Countermeasure)",
            "A5": "조치사항",
            "B5": "담당",
            "A6": "更换压接刀片",
            "B6": "赵磊",
        },
    )
    ex = read(path)
    assert ex.values["opened_date"] == "2026.09.09"
    assert ex.values["corrective_actions"][0] == {"action": "更换压接刀片", "owner": "赵磊"}


def test_a_label_numbered_with_a_comma_over_its_text_in_one_cell_is_read(tmp_path):
    path = sheet(
        tmp_path,
        {"A1": "2、原因分析：\n功放管Q301来料批次2608A增益偏低；外壳划伤为包装隔板缺失所致。", "L1": "周敏"},
        merged=("A1:K3",),
    )
    ex = read(path, "complaint")
    assert ex.values["root_cause"] == "功放管Q301来料批次2608A增益偏低；外壳划伤为包装隔板缺失所致。"
