"""Two rules of the thirty-seventh held-out set's round made safe again (issue 10: never silent).

- **A sentence under D7's documents-updated label** tells of the documents: it is read as the
  choice it is (an option named inside it kept, an unknown one said ``invalid_choice``), never moved
  to the lessons learned unsaid. Only the label the choice shares with D7's heading (``Preventive
  action``) hands a sentence naming no document to D7's text, and that with a low confidence.
- **A team table whose roles are job titles** (``Quality engineer | Huang Wei | QA``) is the team's,
  with its errors; only a grid whose every role is a sign-off label (``Prepared by``, 审核) is a
  sign-off grid.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows

_HEAD: list[list[Any]] = [
    ["8D Report"],
    ["8D No.", "8D-2026-418"],
    ["Customer", "Ridgeway Motors"],
    ["Part No.", "RM-5520-B"],
    ["Opened date", "2026-05-04"],
]
_TAIL: list[list[Any]] = [
    ["D2 Problem description", "Burr on bracket edge, 64 pcs rejected at incoming inspection."],
    ["D3 Containment", "Sorted 800 pcs in stock, 9 NG scrapped."],
    ["D4 Root cause", "Die edge chipped; no edge check in the PM plan."],
    ["D5 Corrective action", "Die reground and edge check added to PM."],
]
_HEAD_ZH: list[list[Any]] = [
    ["8D报告"],
    ["8D编号", "8D-2026-418"],
    ["客户", "远桥汽车"],
    ["零件号", "RM-5520-B"],
    ["立案日期", "2026-05-04"],
    ["D1 小组", "陈立（组长）、许文"],
    ["D2 问题描述", "支架边缘毛刺，来料检验拒收64件。"],
    ["D3 临时措施", "库存800件全检，挑出9件不良报废。"],
    ["D4 真因分析", "模具刃口崩缺，保养计划无刃口点检。"],
    ["D5 永久对策", "模具重磨，保养增加刃口点检。"],
]


def _read(tmp_path: Path, rows: list[list[Any]], name: str) -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, name, width=30), "8d")


def _codes(doc: dict[str, Any], prefix: str) -> set[str]:
    return {p["code"] for p in doc["errors"] + doc["warnings"] if str(p.get("field", "")).startswith(prefix)}


# ------------------------------------------------ a sentence under D7's documents-updated label
@pytest.mark.parametrize(
    ("rows", "text"),
    [
        (
            [*_HEAD, ["D1 Team", "Chen Li (leader), Xu Wen"], *_TAIL],
            "The PFMEA now lists die chipping as a failure mode.",
        ),
        (_HEAD_ZH, "已将刃口崩缺加入PFMEA并修订点检表。"),
    ],
)
def test_a_sentence_under_documents_updated_is_said_not_lessons(
    tmp_path: Path, rows: list[list[Any]], text: str
) -> None:
    label = "D7 更新文件" if rows is _HEAD_ZH else "D7 Documents updated"
    doc = _read(tmp_path, [*rows, [label, text]], "d7sentence.xlsx")
    prevention = doc["record"]["prevention"] or {}
    assert prevention.get("lessons_learned") != text
    assert prevention.get("horizontal_deployment") != text
    # said: the sentence reported (invalid_choice), or the documents it names read with the rest of
    # it said beside them (choice_with_remark, choice39b: 加入PFMEA … 修订点检表 → fmea, 修订点检表 said)
    assert _codes(doc, "prevention.documents_updated") & {"invalid_choice", "choice_with_remark"}


def test_a_document_named_in_a_sentence_under_documents_updated_is_kept(tmp_path: Path) -> None:
    rows = [
        *_HEAD,
        ["D1 Team", "Chen Li (leader), Xu Wen"],
        *_TAIL,
        ["D7 Documents updated", "Control plan rev D: edge check every 4 h added."],
    ]
    doc = _read(tmp_path, rows, "d7named.xlsx")
    assert doc["record"]["prevention"]["documents_updated"] == ["control_plan"]


def test_a_sentence_under_preventive_action_is_d7s_text_said_as_a_guess(tmp_path: Path) -> None:
    text = "Operators trained on the new edge check."
    rows = [*_HEAD, ["D1 Team", "Chen Li (leader), Xu Wen"], *_TAIL, ["D7 Preventive action", text]]
    doc = _read(tmp_path, rows, "d7guess.xlsx")
    assert doc["record"]["prevention"]["lessons_learned"] == text
    assert "low_confidence" in _codes(doc, "prevention.lessons_learned")


def test_a_document_inside_a_sentence_under_preventive_action_is_no_d7_text(tmp_path: Path) -> None:
    text = "The work instruction now asks for an edge check."
    rows = [*_HEAD, ["D1 Team", "Chen Li (leader), Xu Wen"], *_TAIL, ["D7 Preventive action", text]]
    doc = _read(tmp_path, rows, "d7inside.xlsx")
    prevention = doc["record"]["prevention"] or {}
    assert prevention.get("lessons_learned") != text
    assert prevention.get("horizontal_deployment") != text


# ------------------------------------------------------ a team table whose roles are job titles
def test_a_team_table_of_job_titles_stays_the_teams(tmp_path: Path) -> None:
    rows = [
        *_HEAD,
        ["D1 Team", "Chen Li (leader)"],
        ["Role", "Name", "Dept"],
        ["Quality engineer", "Chen Li", "QA"],
        ["Process engineer", "Omar Haddad", "ME"],
        ["Production supervisor", "Xu Wen", "PD"],
        *_TAIL,
    ]
    doc = _read(tmp_path, rows, "team.xlsx")
    assert [m["name"] for m in doc["record"]["team"]] == ["Chen Li", "Omar Haddad", "Xu Wen"]
    assert "invalid_choice" in _codes(doc, "team[")
