"""Clerks' habits from the eighth held-out set (tests/holdout8), on forms of our own making:
a block label merged down the left of a table and written sideways (``围堵措施`` beside
``对策 | 负责人 | 完成日``), a label broken over two rows of its column (``不良`` / ``说明``), the
dates of a sign-off table (``Role | Name | Date`` rows; ``制表 | 审核 | 核准`` over a row of names
and a row of dates), and a disposition typed in English words around the option's name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import read_doc
from openpyxl import Workbook
from openpyxl.styles import Alignment


def _sheet(tmp_path: Path, name: str, cells: dict[str, object], merged: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for ref, value in cells.items():
        ws[ref] = value
    for rng in merged:
        ws.merge_cells(rng)
    for column in "ABCDEFG":
        ws.column_dimensions[column].width = 20
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    return path


def _eight_d(extra: dict[str, object]) -> dict[str, object]:
    return {
        "A1": "8D 纠正预防报告",
        "A2": "报告编号",
        "B2": "8D-T-0101",
        "C2": "客户",
        "D2": "宁波华翔电子有限公司",
        "A3": "小组成员",
        "B3": "刘强（组长）、孙丽",
        "A4": "问题描述",
        "B4": "外壳卡扣断裂 36 件。",
        **extra,
    }


def test_a_block_label_written_down_the_left_of_a_table_is_not_its_column(tmp_path):
    cells = _eight_d(
        {
            "A6": "围堵措施",
            "B6": "对策",
            "E6": "负责人",
            "F6": "完成日",
            "B7": "库存 1,200 件全检",
            "E7": "刘强",
            "F7": dt.datetime(2026, 4, 2),
            "B8": "在途 300 件拦截返工",
            "E8": "孙丽",
            "F8": dt.datetime(2026, 4, 3),
            "A10": "根本原因",
            "B10": "模具顶针磨损。",
        }
    )
    path = _sheet(tmp_path, "8d-block", cells, merged=("A6:A8", "B6:D6", "B7:D7", "B8:D8", "B10:F10"))
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["A6"].alignment = Alignment(textRotation=90, vertical="center")
    wb.save(path)
    rows = read_doc(path, "8d")["record"]["containment"]
    assert [r["action"] for r in rows] == ["库存 1,200 件全检", "在途 300 件拦截返工"]
    assert [r["owner"] for r in rows] == ["刘强", "孙丽"]
    assert [r["done_date"] for r in rows] == ["2026-04-02", "2026-04-03"]


def test_a_label_broken_over_two_rows_of_its_column_is_one_label(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A2": "客户名称",
        "B2": "苏州恒力机电有限公司",
        "A3": "不良",
        "B3": "端子压接高度偏低，拉脱力不足 12 件。",
        "A4": "说明",
        "A6": "填表",
        "B6": "周敏",
    }
    doc = read_doc(_sheet(tmp_path, "complaint-stacked", cells, merged=("B3:F4",)), "complaint")
    assert doc["record"]["description"] == "端子压接高度偏低，拉脱力不足 12 件。"
    assert doc["provenance"]["description"]["label"] == "不良说明"
    assert doc["record"]["reporter"] == "周敏"  # a label alone over its value is never joined


def test_the_date_on_a_signoff_tables_row_is_the_date_of_that_persons_act(tmp_path):
    cells = {
        "A1": "Customer Complaint Report",
        "A2": "Customer",
        "B2": "Aptiv Electrical Centers",
        "A3": "Description",
        "B3": "Relay contact welded on 12 boxes.",
        "A6": "Role",
        "B6": "Name",
        "C6": "Date",
        "A7": "Reported by",
        "B7": "Wendy Zhou",
        "C7": "06-Mar-26",
        "A8": "Approved by",
        "B8": "Martin Kraus",
        "C8": "09-Mar-26",
    }
    doc = read_doc(_sheet(tmp_path, "complaint-signoff", cells), "complaint")
    assert doc["record"]["approver"] == "Martin Kraus"
    assert doc["record"]["approved_date"] == "2026-03-09"  # the approver's row, not the reporter's
    assert doc["provenance"]["approved_date"]["location"] == "Form!C8"
    assert doc["record"].get("received_date") in (None, "")  # the reporter's date is no act of receiving


def test_a_date_under_the_name_under_a_role_is_that_roles_date(tmp_path):
    cells = _eight_d(
        {
            "A10": "制表",
            "C10": "审核",
            "E10": "核准",
            "A11": "刘强",
            "C11": "孙丽",
            "E11": "王总",
            "A12": dt.datetime(2026, 4, 20),
            "C12": dt.datetime(2026, 4, 21),
            "E12": dt.datetime(2026, 4, 22),
        }
    )
    doc = read_doc(_sheet(tmp_path, "8d-stacked-signoff", cells), "8d")
    assert doc["record"]["closure"]["approved_by"] == "王总"
    assert doc["record"]["closure"]["closed_date"] == "2026-04-22"


def test_a_date_under_a_lone_signature_is_not_taken_for_the_acts_date(tmp_path):
    # one role only: no row of roles whose names and dates are stacked alike — nothing guessed
    cells = _eight_d({"E10": "核准", "E11": "王总", "E12": dt.datetime(2026, 4, 22)})
    doc = read_doc(_sheet(tmp_path, "8d-lone-signoff", cells), "8d")
    assert doc["record"]["closure"]["approved_by"] == "王总"
    assert doc["record"]["closure"].get("closed_date") != "2026-04-22" or any(
        w["field"] == "closure.closed_date" for w in doc["warnings"]
    )


def test_an_english_disposition_around_the_options_name_is_that_option():
    from kesu_docs import forms
    from kesu_docs.parse.compound import as_option

    meta = forms.get("return").leaf_fields["handling"]
    assert as_option(meta, "Scrap at supplier") == ["scrap"]
    assert as_option(meta, "Rework or scrap") == "Rework or scrap"  # two options named: left as typed


def test_a_totals_line_under_its_columns_gives_each_total_its_own_columns_figure(tmp_path):
    cells = {
        "A1": "销货折让证明单",
        "A2": "折让单号",
        "B2": "ZR-0412",
        "C2": "开单日期",
        "D2": dt.datetime(2026, 4, 12),
        "A3": "买受人",
        "B3": "群光电子股份有限公司",
        "A5": "品名",
        "B5": "数量",
        "C5": "单价",
        "D5": "折让金额",
        "E5": "税额",
        "F5": "含税合计",
        "A6": "电源适配器",
        "B6": 200,
        "C6": 150,
        "D6": 30000,
        "E6": 3900,
        "F6": 33900,
        "A7": "充电线",
        "B7": 100,
        "C7": 20,
        "D7": 2000,
        "E7": 260,
        "F7": 2260,
        "A8": "合计",
        "D8": 32000,
        "E8": 4160,
        "F8": 36160,
    }
    doc = read_doc(_sheet(tmp_path, "allowance-totals", cells), "allowance")
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "32000.00",
        "4160.00",
        "36160.00",
    )
    assert (
        doc["provenance"]["total"]["location"] == "Form!F8"
    )  # under 含税合计, not the caption's first figure


def test_a_step_tables_row_gives_its_table_only_the_columns_it_has(tmp_path):
    cells = _eight_d(
        {
            "B6": "步骤",
            "C6": "内容描述",
            "E6": "责任人",
            "F6": "完成日期",
            "B7": "D3 临时措施",
            "C7": "库存 800 件全检",
            "E7": "孙丽",
            "F7": dt.datetime(2026, 4, 2),
            "B8": "D4 根本原因",
            "C8": "模具顶针磨损，未纳入点检。",
            "E8": "刘强",
            "F8": dt.datetime(2026, 4, 6),
            "B9": "D6 效果验证",
            "C9": "连续 3 批零不良。",
            "E9": "刘强",
            "F9": dt.datetime(2026, 4, 20),
        }
    )
    doc = read_doc(_sheet(tmp_path, "8d-steps", cells, merged=("C7:D7", "C8:D8", "C9:D9")), "8d")
    record = doc["record"]
    assert record["root_cause"][0]["cause"] == "模具顶针磨损，未纳入点检。"  # not "… 刘强 2026-04-06"
    assert record["implementation"][0]["implemented_date"] == "2026-04-20"
    assert record["containment"][0]["owner"] == "孙丽"


def test_a_step_tables_closure_row_gives_who_closed_it_and_when(tmp_path):
    cells = _eight_d(
        {
            "B6": "步骤",
            "C6": "内容描述",
            "E6": "责任人",
            "F6": "完成日期",
            "B7": "D2 问题描述",
            "C7": "外壳卡扣断裂 36 件。",
            "E7": "刘强",
            "F7": dt.datetime(2026, 4, 1),
            "B8": "D8 结案",
            "C8": "客户确认关闭。",
            "E8": "赵总",
            "F8": dt.datetime(2026, 4, 30),
        }
    )
    doc = read_doc(_sheet(tmp_path, "8d-closure-step", cells, merged=("C7:D7", "C8:D8")), "8d")
    closure = doc["record"]["closure"]
    assert (closure["approved_by"], closure["closed_date"]) == ("赵总", "2026-04-30")
    assert any(w["field"] == "closure.closed_date" for w in doc["warnings"])  # shown for checking
    assert "2026-04-01" not in str(doc["record"]["problem"])  # D2's 完成日期 is no date of the problem


def test_halves_each_with_a_value_of_their_own_line_are_not_joined(tmp_path):
    # 不良 | its text on row 3 only, 说明 under it with nothing beside: not one label over both rows
    cells = {
        "A1": "客户抱怨处理单",
        "A2": "客户名称",
        "B2": "苏州恒力机电有限公司",
        "A3": "不良",
        "B3": "12 件",
        "A4": "说明",
    }
    doc = read_doc(_sheet(tmp_path, "complaint-not-stacked", cells), "complaint")
    assert doc["record"].get("description") in (None, "")
