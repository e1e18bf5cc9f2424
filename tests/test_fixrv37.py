"""What round 36's review of the reader found and nobody mended (issue 10: never silent).

- **A step's heading with a date beside it and its text under it** (``D3 Containment |
  2026-03-06`` over ``| All stock sorted …``, ``D3 临时对策`` alike) reads the text under it as the
  step's and the date as its due date; the heading was set aside as a deadline's, its text lost.
- **A step's status note saying open on a closed 8D** (``D5 … | 状态 进行中`` / ``Status: open``
  with the D8 closing date given) is said (``step_open_on_closed_form``), the values left as read.
- **Ford Global-8D step names** over our labels (``D5 Choose PCAs`` over ``Corrective action``,
  ``D7 Standardize`` over ``Documents updated``) read every value where it belongs, joined or not;
  a step heading read by its number alone (``D5 Choose PCAs | …``: a name we lack) reads its
  text with doubt (``low_confidence``), where it was dropped with nothing said.
- **A duration is never a date**: ``Target close date | 24H`` (a customer's response deadline)
  reads no date and says why (``invalid_date_duration``), never ``invalid_date``.
- **A sentence under ``D7 Preventive action`` naming "other lines"** is D7's text (the horizontal
  deployment): the catch-all option's word (other, 其他) names no document inside a sentence.

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
    ["Opened date", "2026-03-05"],
    ["D1 Team", "Chen Li (leader), Xu Wen"],
    ["D2 Problem description", "Burr on bracket edge, 64 pcs rejected at incoming inspection."],
]
_HEAD_ZH: list[list[Any]] = [
    ["8D报告"],
    ["8D编号", "8D-2026-418"],
    ["客户", "远桥汽车"],
    ["零件号", "RM-5520-B"],
    ["立案日期", "2026-03-05"],
    ["D1 小组", "陈立（组长）、许文"],
    ["D2 问题描述", "支架边缘毛刺，来料检验拒收64件。"],
]


def _read(tmp_path: Path, rows: list[list[Any]], name: str) -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, name, width=30), "8d")


# ------------------------------------------------ a date beside a step's heading, its text under it
@pytest.mark.parametrize(
    ("head", "step", "text", "after"),
    [
        (
            _HEAD,
            "D3 Containment",
            "All stock sorted, 800 pcs checked, 9 NG scrapped.",
            [["D4 Root cause", "Die edge chipped; no edge check in the PM plan."]],
        ),
        (_HEAD_ZH, "D3 临时对策", "库存800件全检，挑出9件不良报废。", [["D4 真因分析", "模具刃口崩缺。"]]),
    ],
)
def test_the_text_under_a_dated_step_heading_is_the_steps(
    tmp_path: Path, head: list[list[Any]], step: str, text: str, after: list[list[Any]]
) -> None:
    rows = [*head, [step, "2026-03-06"], [None, text], *after]
    doc = _read(tmp_path, rows, "dated_step.xlsx")
    [action] = doc["record"]["containment"]
    assert action["action"] == text
    assert action["due_date"] == "2026-03-06"


def test_a_deadline_beside_a_word_of_the_step_still_heads_no_text(tmp_path: Path) -> None:
    """rh36's rule kept: ``24H Containment: | 2026-03-06`` (no step's number) over the real D3."""
    rows = [
        *_HEAD,
        ["24H Containment:", "2026-03-06"],
        ["D3 Interim containment", "Stock sorted at our dock."],
        ["D4 Root cause", "Die edge chipped."],
    ]
    doc = _read(tmp_path, rows, "deadline.xlsx")
    [action] = doc["record"]["containment"]
    assert action["action"] == "Stock sorted at our dock."


# ------------------------------------------------ a step's status note against the 8D's closing
def _d5_with(note: str, closed: str | None) -> list[list[Any]]:
    return [
        *_HEAD,
        ["D3 Containment", "All stock sorted."],
        ["D4 Root cause", "Die edge chipped."],
        ["D5 Corrective action", "Die reground and edge check added to PM.", note],
        ["D8 Closed date", closed],
    ]


@pytest.mark.parametrize("note", ["状态 进行中", "Status: open"])
def test_an_open_steps_note_on_a_closed_8d_is_said(tmp_path: Path, note: str) -> None:
    doc = _read(tmp_path, _d5_with(note, "2026-04-02"), "open_note.xlsx")
    said = [w for w in doc["warnings"] if w["code"] == "step_open_on_closed_form"]
    assert "corrective_actions[0].action" in {w["field"] for w in said}
    assert note in said[0]["message"] and "2026-04-02" in said[0]["message"]
    assert doc["record"]["corrective_actions"][0]["action"] == "Die reground and edge check added to PM."
    assert doc["record"]["closure"]["closed_date"] == "2026-04-02"


@pytest.mark.parametrize(("note", "closed"), [("Status: closed", "2026-04-02"), ("状态 进行中", None)])
def test_a_steps_note_agreeing_with_the_8d_is_no_contradiction(
    tmp_path: Path, note: str, closed: str | None
) -> None:
    doc = _read(tmp_path, _d5_with(note, closed), "agreeing_note.xlsx")
    assert not [w for w in doc["warnings"] if w["code"] == "step_open_on_closed_form"]


def test_the_contradiction_is_said_in_chinese_by_default(tmp_path: Path) -> None:
    path = sheet_from_rows(tmp_path, _d5_with("状态 进行中", "2026-04-02"), "zh_note.xlsx", width=30)
    doc = read_doc(path, "8d", "zh")
    [said] = [w for w in doc["warnings"] if w["code"] == "step_open_on_closed_form"]
    assert "已结案" in said["message"] and "状态 进行中" in said["message"]


# ------------------------------------------------ the catch-all option's word inside a D7 sentence
def test_other_lines_in_a_d7_sentence_is_the_deployment_not_a_document(tmp_path: Path) -> None:
    text = "Same edge check rolled out to the other lines."
    rows = [*_HEAD, ["D4 Root cause", "Die edge chipped."], ["D7 Preventive action", text]]
    doc = _read(tmp_path, rows, "other_lines.xlsx")
    assert doc["record"]["prevention"]["horizontal_deployment"] == text
    assert not [p for p in doc["errors"] + doc["warnings"] if p["code"] == "invalid_choice"]


# ------------------------------------------------ a duration in a date field
@pytest.mark.parametrize("due", ["24H", "10D", "D+10"])
def test_a_duration_beside_a_date_label_is_no_date_and_said_so(tmp_path: Path, due: str) -> None:
    rows = [*_HEAD, ["Target close date", due], ["D4 Root cause", "Die edge chipped."]]
    doc = _read(tmp_path, rows, "duration.xlsx")
    assert doc["record"]["target_close_date"] is None
    codes = {p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == "target_close_date"}
    assert "invalid_date_duration" in codes and "invalid_date" not in codes


# ------------------------------------------------ Ford Global-8D step names
_G8D_TAIL: list[list[Any]] = [
    ["D3 Containment", "All stock sorted."],
    ["D4 Root cause", "Die edge chipped."],
]


@pytest.mark.parametrize(
    ("d5", "d7"),
    [("D5 Choose PCAs", "D7 Standardize"), ("D5 Choose and Verify PCAs", "D7 Prevent Recurrence")],
)
def test_g8d_step_names_over_our_labels_lose_no_value(tmp_path: Path, d5: str, d7: str) -> None:
    rows = [
        *_HEAD,
        *_G8D_TAIL,
        [d5],
        ["Corrective action", "Punch changed every 80,000 hits."],
        [d7],
        ["Documents updated", "PFMEA, Control plan"],
        ["Lessons learned", "Check punch life at each PM."],
    ]
    record = _read(tmp_path, rows, "g8d.xlsx")["record"]
    assert [a["action"] for a in record["corrective_actions"]] == ["Punch changed every 80,000 hits."]
    assert record["prevention"]["documents_updated"] == ["fmea", "control_plan"]
    assert record["prevention"]["lessons_learned"] == "Check punch life at each PM."


@pytest.mark.parametrize("d5", ["D5 Choose PCAs", "D5 Choose and Verify PCAs"])
def test_a_step_heading_named_otherwise_reads_its_text_with_doubt(tmp_path: Path, d5: str) -> None:
    rows = [*_HEAD, *_G8D_TAIL, [d5, "Punch changed every 80,000 hits."]]
    doc = _read(tmp_path, rows, "g8d_d5.xlsx")
    assert [a["action"] for a in doc["record"]["corrective_actions"]] == ["Punch changed every 80,000 hits."]
    assert "low_confidence" in {
        p["code"] for p in doc["warnings"] if p["field"] == "corrective_actions[0].action"
    }
