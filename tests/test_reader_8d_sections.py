"""8D reports laid out in discipline blocks (kesu_docs/parse/sections.py and the rules beside it).

Other companies open each discipline with a heading row — ``D2 Problem Description``,
``【D3】…``, ``一、緊急處置 (D3)`` — and write its text in the rows below, or print the
discipline vertically in a left column with its text to the right. Each test writes a small
workbook the way such a form is laid out and reads it through the public API; what is read
through a block (not beside its own label) or guessed comes with a warning on its field.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.forms import get
from kesu_docs.parse import parse_paths
from kesu_docs.parse.excel import extract
from kesu_docs.parse.sections import vertical_label
from kesu_docs.parse.vocab import discipline, vocabulary

LAYOUTS = Path(__file__).resolve().parent / "layouts"


def workbook(tmp_path: Path, cells: dict[str, object], merged: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for ref, value in cells.items():
        ws[ref] = value
    for rng in merged:
        ws.merge_cells(rng)
    path = tmp_path / "8d.xlsx"
    wb.save(path)
    return path


def read(path: Path):
    [ex] = extract(path, path.read_bytes(), "8d")
    return ex


def parsed(path: Path) -> dict:
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")


def warned(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


# ---------------------------------------------------------------------------------- headings
def test_a_label_written_one_character_a_line_is_read_as_its_words():
    assert vertical_label("D1\n组\n建\n团\n队") == "D1 组建团队"
    assert vertical_label("D8 结\n案") == "D8 结案"  # a PDF prints the first character beside D8
    assert vertical_label("张伟\n李娜") is None  # two names on two lines are not a label
    assert vertical_label("2026\n年") is None


def test_the_discipline_number_after_a_headings_name_names_the_discipline():
    assert discipline("一、緊急處置 (D3)") == (3, "緊急處置")
    assert discipline("三、永久對策 (D5/D6)")[0] == 5
    assert discipline("【D3】临时措施") == (3, "临时措施")
    assert discipline("Ø8.4 (D4 side)") is None  # a value mentioning a D, not a heading
    vocab = vocabulary(get("8d"))
    assert vocab.match("一、緊急處置 (D3)")[:2] == ("containment", 0.86)
    # a name sharing a word with the discipline's own labels agrees with the number
    assert vocab.match("D3 围堵行动")[:2] == ("containment", 0.86)
    assert vocab.match("D5 Überblick")[1] < 0.85  # a name of nothing: the number alone stays weak


def test_text_in_the_rows_below_a_numbered_heading_is_that_disciplines(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "供應商矯正及預防措施要求單",
            "A2": "一、緊急處置 (D3)",
            "A3": "庫存 6,000 PCS 及在途 2,000 PCS 全數隔離重檢",
            "A4": "四、防止再發 (D7)",
        },
        ("A2:F2", "A3:F3", "A4:F4"),
    )
    doc = parsed(path)
    assert [a["action"] for a in doc["record"]["containment"]] == [
        "庫存 6,000 PCS 及在途 2,000 PCS 全數隔離重檢"
    ]
    assert "containment[0].action" in warned(doc)  # read through its block: shown for checking


def test_a_vertical_discipline_label_heads_the_text_beside_it_and_is_never_a_value(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "8D 纠正措施报告",
            "A2": "D3\n围\n堵\n行\n动",
            "B2": "1、在库品 3,200 件全检\n2、在途 1,000 件拦截返工",
            "A3": "D4\n原\n因\n追\n溯",
            "B3": "产生原因",
            "C3": "去毛刺工序刷头磨损。",
            "B4": "流出原因",
            "C4": "清洁度检验只抽查外观。",
        },
        ("B2:F2", "A3:A4", "C3:F3", "C4:F4"),
    )
    ex = read(path)
    assert [a["action"] for a in ex.values["containment"]] == ["在库品 3,200 件全检", "在途 1,000 件拦截返工"]
    assert [(c["type"], c["cause"]) for c in ex.values["root_cause"]] == [
        ("occurrence", "去毛刺工序刷头磨损。"),
        ("escape", "清洁度检验只抽查外观。"),
    ]


# ---------------------------------------------------------------------------------- the team
def test_team_members_take_their_role_from_the_label_before_their_names(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "Global 8D Report",
            "A2": "D1  Establish the Team",
            "A3": "Champion:",
            "B3": "Dana Cole",
            "C3": "Team Leader:",
            "D3": "Raj Mehta",
            "E3": "Members:",
            "F3": "S. Kim; P. Novak",
        },
        ("A2:F2",),
    )
    doc = parsed(path)
    assert [(m["name"], m["role"]) for m in doc["record"]["team"]] == [
        ("Dana Cole", "champion"),
        ("Raj Mehta", "leader"),
        ("S. Kim", "member"),
        ("P. Novak", "member"),
    ]
    assert not any(e["code"] == "team_leader_count" for e in doc["errors"])


def test_a_caption_naming_no_role_among_the_roles_is_still_a_member(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "8D Summary Report",
            "A2": "D1 TEAM MEMBERS",
            "A3": "Champion:",
            "B3": "Ma Liqun",
            "A4": "Team Leader:",
            "B4": "Huang Fei",
            "A5": "Process Owner:",
            "B5": "Deng Wei",
        },
        ("A2:B2",),
    )
    ex = read(path)
    assert [(m["name"], m.get("role")) for m in ex.values["team"]] == [
        ("Ma Liqun", "champion"),
        ("Huang Fei", "leader"),
        ("Deng Wei", None),
    ]


def test_a_role_in_brackets_after_the_name_beats_a_job_title_in_the_role_column(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "8D-Report",
            "A2": "D1  Team",
            "A3": "Name",
            "B3": "Function",
            "A4": "Erik Lund (TL)",
            "B4": "Quality manager",
            "A5": "Anna Berg",
            "B5": "Process engineer",
        },
        ("A2:D2",),
    )
    doc = parsed(path)
    assert doc["record"]["team"][0]["name"] == "Erik Lund"
    assert doc["record"]["team"][0]["role"] == "leader"
    assert "team[0].name" in warned(doc)  # the name had more in its cell: said


# ---------------------------------------------------------------------------------- root causes
def test_root_cause_and_escape_point_captions_give_one_cause_of_each_type(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "Global 8D Report",
            "A2": "D4  Diagnose Root Cause and Escape Point",
            "A3": "Root Cause:",
            "B3": "Latch spring rate below drawing minimum.",
            "A4": "Escape Point:",
            "B4": "EOL tester checks latch force only.",
            "A5": "D5  Choose and Verify PCAs",
        },
        ("A2:F2", "B3:F3", "B4:F4", "A5:F5"),
    )
    doc = parsed(path)
    assert [(c["type"], c["cause"]) for c in doc["record"]["root_cause"]] == [
        ("occurrence", "Latch spring rate below drawing minimum."),
        ("escape", "EOL tester checks latch force only."),
    ]
    # "Root Cause" names no type: occurrence is what is left of two, a guess shown for checking
    assert "root_cause[0].type" in warned(doc)


@pytest.mark.parametrize(
    ("occurrence", "escape"),
    [
        ("Technical root cause (why made)", "Non-detection root cause (why not detected)"),
        ("製造端", "流出端"),
        ("发生端", "漏检原因"),
    ],
)
def test_cause_captions_in_other_words_name_the_cause_type(tmp_path, occurrence, escape):
    path = workbook(
        tmp_path,
        {
            "A1": "8D Report",
            "A2": "D4  Root cause(s)",
            "A3": occurrence,
            "B3": "Gate worn.",
            "A4": escape,
            "B4": "Not measured.",
        },
        ("A2:F2", "B3:F3", "B4:F4"),
    )
    ex = read(path)
    assert [(c["type"], c["cause"]) for c in ex.values["root_cause"]] == [
        ("occurrence", "Gate worn."),
        ("escape", "Not measured."),
    ]


# ---------------------------------------------------------------------------------- tables in blocks
def test_a_table_header_in_another_disciplines_block_is_not_this_tables(tmp_path):
    # 责任人 / 完成日期 are columns of the D3 containment too: under D5 they are the D5 table's
    path = workbook(
        tmp_path,
        {
            "A1": "8D 纠正措施报告",
            "A2": "D5\n对\n策\n拟\n定",
            "B2": "永久对策",
            "E2": "责任人",
            "F2": "完成日期",
            "B3": "刷头改为每班更换",
            "E3": "王磊",
            "F3": dt.datetime(2026, 9, 15),
        },
        ("A2:A3", "B2:D2", "B3:D3"),
    )
    ex = read(path)
    assert ex.values["corrective_actions"] == [
        {"action": "刷头改为每班更换", "owner": "王磊", "due_date": dt.date(2026, 9, 15)}
    ]
    assert not ex.values.get("containment")


def test_label_value_pairs_inside_a_disciplines_block_are_its_tables_rows(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "Global 8D Report",
            "A2": "D3  Develop the Interim Containment Action (ICA)",
            "A3": "ICA:",
            "B3": "100% audible check of buckles at end of line",
            "E3": "Verified %:",
            "F3": "98%",
            "A4": "D5  Choose and Verify PCAs",
            "A5": "PCA for Root Cause:",
            "B5": "Spring heat-treat profile locked",
            "A6": "PCA for Escape Point:",
            "B6": "Acoustic test added to EOL tester",
        },
        ("A2:F2", "B3:D3", "A4:F4", "B5:F5", "B6:F6"),
    )
    doc = parsed(path)
    assert doc["record"]["containment"] == [
        {
            "action": "100% audible check of buckles at end of line",
            "owner": None,
            "due_date": None,
            "done_date": None,
            "effectiveness_pct": "0.98",
            "verification": None,
        }
    ]
    assert [a["action"] for a in doc["record"]["corrective_actions"]] == [
        "Spring heat-treat profile locked",
        "Acoustic test added to EOL tester",
    ]
    assert {"containment[0].action", "corrective_actions[0].action"} <= warned(doc)


def test_free_text_with_its_date_labelled_beside_it_is_one_row_of_the_block(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "8D-Report  (VDA)",
            "A2": "D6  Implemented permanent corrective actions",
            "A3": "Gate insert replaced, wear check added to TPM plan",
            "E3": "Implemented:",
            "F3": "22-Sep-2026",
            "A4": "D7  Actions to prevent recurrence",
        },
        ("A2:F2", "A3:D3", "A4:F4"),
    )
    doc = parsed(path)
    row = doc["record"]["implementation"][0]
    assert (row["action"], row["implemented_date"]) == (
        "Gate insert replaced, wear check added to TPM plan",
        "2026-09-22",
    )


def test_a_sheet_under_a_discipline_heading_is_not_read_as_one_block(tmp_path):
    # a workbook's D4 tab: a heading over a whole worksheet of analysis, not a block of a form
    cells: dict[str, object] = {"A1": "D4 - 6 Multi Vari", "A2": "Root cause", "B2": "see below"}
    for r in range(4, 24):
        cells[f"A{r}"] = f"STEP {r - 3}: collect data set {r}"
    ex = read(workbook(tmp_path, cells))
    assert not any("STEP" in str(c.get("cause")) for c in ex.values.get("root_cause") or [])


# ---------------------------------------------------------------------------------- closure
def test_closure_sign_off_is_read_by_the_words_8d_forms_print(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "8D-Report",
            "A2": "D8  Closure / team recognition",
            "A3": "Closed on",
            "B3": "30-Sep-2026",
            "C3": "Approved (customer)",
            "D3": "M. Holm",
        },
        ("A2:F2",),
    )
    doc = parsed(path)
    assert doc["record"]["closure"]["closed_date"] == "2026-09-30"
    assert doc["record"]["closure"]["approved_by"] == "M. Holm"


def test_a_department_before_the_signers_name_is_split_off_with_a_warning(tmp_path):
    path = workbook(
        tmp_path,
        {"A1": "SCAR", "A2": "五、結案確認 (D8)", "A3": "確認人", "B3": "品保課 林志豪"},
        ("A2:F2",),
    )
    doc = parsed(path)
    assert doc["record"]["closure"]["approved_by"] == "林志豪"
    assert any(
        w["code"] == "name_with_extra" and w["field"] == "closure.approved_by" for w in doc["warnings"]
    )


# ---------------------------------------------------------------------------------- our own layout
@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_our_8d_in_discipline_blocks_is_read_whole_from_excel_and_from_its_print(suffix):
    exp = json.loads((LAYOUTS / "expected" / "8d-zh-blocks.json").read_text(encoding="utf-8"))
    doc = parsed(LAYOUTS / "filled" / f"8d-zh-blocks.{suffix}")
    rec = doc["record"]
    assert [(m["name"], m["role"]) for m in rec["team"]] == [
        ("赵明", "leader"),
        ("孙丽", "member"),
        ("周强", "member"),
    ]
    assert rec["containment"][0]["owner"] == "孙丽" and rec["containment"][0]["due_date"] == "2026-10-09"
    assert [c["type"] for c in rec["root_cause"]] == ["occurrence", "escape"]
    assert rec["corrective_actions"][0]["owner"] == "周强"
    assert rec["implementation"][0]["result"] == "连续 5 批孔位 CPK 1.67，无不良"
    assert rec["prevention"]["documents_updated"] == ["fmea", "inspection_standard"]
    assert len(exp["fields"]) == 25


# ---------------------------------------------------------------------------------- more of D8 and the header
@pytest.mark.parametrize(
    "typed",
    [
        ("2026 年", "9 月", "30 日"),
        ("115 年", "9 月", "30 日"),  # a year of three digits: the Republic of China's
        ("2026", "年", "9", "月", "30", "日"),  # the same rule, each unit pre-printed in a cell of its own
    ],
)
def test_a_date_typed_over_three_cells_with_their_units_is_one_date(tmp_path, typed):
    cells = dict(zip(("C3", "D3", "E3", "F3", "G3", "H3"), typed, strict=False))
    path = workbook(tmp_path, {"A1": "8D 报告", "A2": "D8 结案", "B3": "结案日期", **cells}, ("A2:I2",))
    assert parsed(path)["record"]["closure"]["closed_date"] == "2026-09-30"


@pytest.mark.parametrize(
    ("ticked", "accepted"), [("☑同意結案  □不同意", True), ("□同意結案  ☑不同意", False)]
)
def test_a_ticked_yes_or_no_is_the_customers_verdict(tmp_path, ticked, accepted):
    path = workbook(
        tmp_path,
        {
            "A1": "SCAR",
            "A2": "五、結案確認 (D8)",
            "A3": "結案日",
            "B3": "2026/09/28",
            "C3": "判定",
            "D3": ticked,
        },
        ("A2:F2",),
    )
    assert parsed(path)["record"]["closure"]["customer_accepted"] is accepted


def test_the_company_on_a_supplier_requests_letterhead_is_the_customer_and_is_warned(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "啟新光電股份有限公司",
            "A2": "供應商矯正及預防措施要求單 (SCAR)",
            "A3": "SCAR編號",
            "B3": "SCAR-2609-011",
            "A4": "供應商名稱",
            "B4": "鴻暉精密工業股份有限公司",  # the supplier (us): never the customer
        },
        ("A1:F1", "A2:F2"),
    )
    doc = parsed(path)
    assert doc["record"]["customer"] == "啟新光電股份有限公司"
    assert doc["record"]["number"] == "SCAR-2609-011"
    assert "customer" in {w["field"] for w in doc["warnings"] if w["code"] == "low_confidence"}


def test_a_letterhead_over_an_ordinary_8d_is_not_taken_for_the_customer(tmp_path):
    path = workbook(
        tmp_path, {"A1": "鴻暉精密工業股份有限公司", "A2": "8D 报告", "A3": "报告编号", "B3": "8D-01"}
    )
    assert parsed(path)["record"]["customer"] is None


@pytest.mark.parametrize("numbers", [("1）", "2）"), ("①", "②"), ("1，", "2，"), ("1.", "2.")])
def test_lines_numbered_any_way_the_reader_knows_are_the_rows_of_the_block(tmp_path, numbers):
    """The numbered lines beside a discipline's heading are told by the one rule for a list
    number (vocab.ENUMERATOR): ``1）``, ``①`` and ``1，`` number lines as ``1.`` does — one row
    each, the number dropped (not one row with the numbers in it, nor ``1`` a row of its own)."""
    path = workbook(
        tmp_path,
        {
            "A1": "8D报告",
            "A2": "D3 临时措施",
            "B2": f"{numbers[0]}库存 6,000 PCS 全数隔离\n{numbers[1]}在途 2,000 PCS 退回重检",
            "A4": "D4 根本原因",
            "B4": "注塑保压时间不足。",
        },
    )
    doc = parsed(path)
    assert [a["action"] for a in doc["record"]["containment"]] == [
        "库存 6,000 PCS 全数隔离",
        "在途 2,000 PCS 退回重检",
    ]


# ---------------------------------------------------------------------------------- D6 / D7 by what the text says
def _across(tmp_path: Path, d6: str, d7: str) -> Path:
    """An 8D laid across the page: D1 … D8 headers in one row, each discipline's text under it."""
    heads = [
        "D1 小组成员",
        "D2 问题描述",
        "D3 临时措施",
        "D4 根本原因",
        "D5 永久措施",
        "D6 实施验证",
        "D7 预防再发",
        "D8 结案",
    ]
    texts = [
        "组长：赵磊",
        "灯板虚焊 17 只不亮。",
        "在库全检。",
        "炉温偏低。",
        "更换热电偶。",
        d6,
        d7,
        "同意结案",
    ]
    cells: dict[str, object] = {
        "A1": "8D 报告",
        "A2": "8D编号",
        "B2": "8D-LMP-2611-02",
        "C2": "客户",
        "D2": "华域视觉",
    }
    for col, head, text in zip("ABCDEFGH", heads, texts, strict=True):
        cells[f"{col}4"], cells[f"{col}5"] = head, text
    return workbook(tmp_path, cells)


def test_a_d6_text_reporting_only_an_outcome_is_the_result_and_one_naming_the_act_the_action(tmp_path):
    doc = parsed(_across(tmp_path, "连续 3 批 0 不良。", "更新 PFMEA 与控制计划。"))
    row = doc["record"]["implementation"][0]
    assert row["result"] == "连续 3 批 0 不良。" and row["action"] is None
    doc = parsed(_across(tmp_path, "10 月 5 日起实施，连续 4 批硬度合格。", "更新 PFMEA 与控制计划。"))
    row = doc["record"]["implementation"][0]
    assert row["action"] == "10 月 5 日起实施，连续 4 批硬度合格。" and row["result"] is None


def test_a_d7_text_is_the_deployment_only_when_it_speaks_of_the_same_products_elsewhere(tmp_path):
    doc = parsed(_across(tmp_path, "连续 3 批 0 不良。", "更新 PFMEA 与控制计划。"))
    prevention = doc["record"]["prevention"]
    assert prevention["lessons_learned"] == "更新 PFMEA 与控制计划。"
    assert prevention["horizontal_deployment"] is None
    assert "prevention.lessons_learned" in warned(doc)  # read through its discipline's heading: said
    doc = parsed(_across(tmp_path, "连续 3 批 0 不良。", "同类 4 副模具全部加装测温。"))
    prevention = doc["record"]["prevention"]
    assert prevention["horizontal_deployment"] == "同类 4 副模具全部加装测温。"
    assert prevention["lessons_learned"] is None


def _d6_block(tmp_path: Path, heading: str, text: str) -> Path:
    """An 8D in heading rows, each discipline's text in the row under its heading."""
    return workbook(
        tmp_path,
        {
            "A1": "8D Report",
            "A2": "Report No.",
            "B2": "8D-PRS-2605-14",
            "A4": "D5 Permanent corrective action",
            "A5": "Clamping fixture redesigned with a hard stop.",
            "A6": heading,
            "A7": text,
            "A8": "D7 Prevent recurrence",
            "A9": "PFMEA and work instruction revised.",
        },
    )


def test_a_d6_text_doing_both_is_the_result_too_when_the_heading_names_the_check_as_a_half(tmp_path):
    """``D6 Implementation & Verification`` over ``Fixture replaced on 12 May; zero rejects in
    4 lots.``: the text names the act (the action) and reports the outcome the heading's second
    half asks for (the result): both fields, the result warned. The same text under a heading
    naming the act alone, or a text naming no outcome, stays the action only."""
    text = "Fixture replaced on 12 May; zero rejects in 4 lots."
    doc = parsed(_d6_block(tmp_path, "D6 Implementation & Verification", text))
    row = doc["record"]["implementation"][0]
    assert row["action"] == text and row["result"] == text
    assert "implementation[0].result" in warned(doc)
    doc = parsed(_d6_block(tmp_path, "D6 Implementation", text))
    row = doc["record"]["implementation"][0]
    assert row["action"] == text and row["result"] is None
    doc = parsed(_d6_block(tmp_path, "D6 Implementation / Verification", "Fixture replaced on 12 May."))
    row = doc["record"]["implementation"][0]
    assert row["action"] == "Fixture replaced on 12 May." and row["result"] is None


def test_a_d6_text_measuring_a_capability_is_the_result_and_since_alone_names_no_act(tmp_path):
    """``Cpk 1.9`` is a measured effect (its decimal no date) and ``active since shift 2`` a
    state: the row's result; the same figure beside a verb of putting it in place stays the
    action."""
    doc = parsed(_across(tmp_path, "Counter active since shift 2, Cpk 1.9", "更新 PFMEA 与控制计划。"))
    row = doc["record"]["implementation"][0]
    assert row["result"] == "Counter active since shift 2, Cpk 1.9" and row["action"] is None
    doc = parsed(_across(tmp_path, "Counter installed, Cpk 1.9", "更新 PFMEA 与控制计划。"))
    row = doc["record"]["implementation"][0]
    assert row["action"] == "Counter installed, Cpk 1.9" and row["result"] is None


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("D6 实施 / 验证", "更换冲头，首件检验合格后方可生产。"),
        (
            "D6 Implementation / Verification",
            "New gauge to be installed; shipments held until 3 lots are OK, zero rejects.",
        ),
    ],
)
def test_a_d6_text_awaiting_its_outcome_reports_none(tmp_path, heading, text):
    """A text that plans or sets a condition (合格后方可, "to be … until zero rejects") names the
    outcome it waits for, not one it reports: the action only (review of dev22-old)."""
    row = parsed(_d6_block(tmp_path, heading, text))["record"]["implementation"][0]
    assert row["action"] == text and row["result"] is None
