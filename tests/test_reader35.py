"""The 8D reader's open misreads round 34 left (issue 10: never a silent misread, general rules),
each read on forms of our own, as Excel and as LibreOffice's PDF print of it where the reader
reads both.

- **A step's heading in two languages on two lines** (``D4 Parché no visto⏎Why not detected``,
  ``D4 根本原因⏎Root cause``) is one heading, read by the half the vocabulary knows.
- **A step's number decides its step** in an 8D whose D-numbered headings rise and mostly agree
  with their names: ``D3 緊急對策`` is D3's containment (緊急對策 names D0's emergency actions),
  said for checking.
- **D7's word cues** (same, similar, other, all, 同类, 横展 …) count as a deployment only in a
  clause saying no negation (``not applied to similar lines``, ``未横展到同类产品``).
- **A stray ``Step 9`` / ``步骤9``** among D0–D8 headings is said unread and ends the step
  before it.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]
HEAD = [
    ["8D REPORT"],
    ["Report No.", "8D-OR-2612-031", "Opened", "2026-12-01"],
    ["Customer", "Orvane Klemmen GmbH", "Part No.", "OK-BRK-4410"],
]


def _book(tmp_path: Path, rows: list[list[Any]], form: str) -> dict[str, Any]:
    """An 8D of ``rows`` under :data:`HEAD`, a cell of two lines wrapped in a row tall enough
    for both (as a clerk's form prints it), read as ``form``."""
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment

    path = landscape_book(tmp_path / "8d.xlsx", [*HEAD, *rows], {"A": 30, "B": 60, "C": 14, "D": 20})
    wb = load_workbook(path)
    ws = wb.active
    for line in ws.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                ws.row_dimensions[cell.row].height = 32
    wb.save(path)
    return read_doc(book_as(path, form), "8d")


def _codes(doc: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [p for p in doc["warnings"] if p["code"] == code]


# ------------------------------------------------ a step's heading in two languages, on two lines
OCCURRENCE = "Deburring brush worn past its limit."
ESCAPE = "Final check by eye only, no gauge."


@pytest.mark.parametrize("form", FORMS)
def test_a_heading_in_two_languages_on_two_lines_is_read_by_its_known_half(tmp_path: Path, form: str) -> None:
    """Before: ``D4 Parché no visto`` was read alone (a heading of D4 naming no cause type) and
    ``Why not detected`` as another label, the escape cause not read (``label_lost``)."""
    rows: list[list[Any]] = [
        ["D2 Problem", "Clamp burr on the inner edge, 48 pcs."],
        ["D4 Root cause", OCCURRENCE],
        ["D4 Parché no visto\nWhy not detected", ESCAPE],
        ["D5 Corrective action", "Brush replaced, wear checked every shift."],
    ]
    doc = _book(tmp_path, rows, form)
    causes = {c["type"]: c["cause"] for c in doc["record"]["root_cause"]}
    assert causes == {"occurrence": OCCURRENCE, "escape": ESCAPE}, doc["record"]["root_cause"]
    assert not _codes(doc, "label_lost") and not _codes(doc, "unread_label"), doc["warnings"]


def test_a_heading_with_its_chinese_half_first_on_two_lines(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["D2 问题描述", "卡箍内缘毛刺，48件。"],
        ["D4 根本原因\nRoot cause", OCCURRENCE],
        ["D4 流出原因\nWhy not detected", ESCAPE],
    ]
    doc = _book(tmp_path, rows, "xlsx")
    causes = {c["type"]: c["cause"] for c in doc["record"]["root_cause"]}
    assert causes == {"occurrence": OCCURRENCE, "escape": ESCAPE}, doc["record"]["root_cause"]
    assert not _codes(doc, "label_lost") and not _codes(doc, "unread_label"), doc["warnings"]


def test_only_a_step_heading_over_a_name_of_its_own_step_is_one_heading() -> None:
    from kesu_docs.parse.steps import stacked_halves

    assert stacked_halves("D4 Parché no visto\nWhy not detected") == "D4 Parché no visto / Why not detected"
    assert stacked_halves("D4 根本原因\nRoot cause") == "D4 根本原因 / Root cause"
    assert stacked_halves("D3 Containment\nStock sorted") is None  # the step's text under it
    assert stacked_halves("D4 Root cause\nWhy not detected") is None  # the cause, then its escape's line
    assert stacked_halves("D5 Corrective action\nRoot cause") is None  # another step's name
    assert stacked_halves("Root cause\nWhy not detected") is None  # no step's number
    # a heading holding its translation already, over its table's first column's header
    assert stacked_halves("5 D Düzeltici Faaliyet (Corrective Action)\nPlanned Corrective Action") is None


# ------------------------------------------------ a step's number decides its step
NUMBERED = [
    ["D1 小组成员", "王磊、李娜"],
    ["D2 问题描述", "卡箍内缘毛刺，48件。"],
    ["D3 緊急對策", "库存400件全检。"],
    ["D4 根本原因", "去毛刺刷磨损超限。"],
    ["D5 永久对策", "更换毛刷，每班点检。"],
    ["D6 效果验证", "连续3批无不良。"],
    ["D8 结案", "2026-12-20"],
]


@pytest.mark.parametrize("form", FORMS)
def test_a_step_named_as_another_is_read_by_its_number_and_said(tmp_path: Path, form: str) -> None:
    """Before: ``D3 緊急對策``'s text was read as D0's emergency actions (緊急對策 is one of
    their names), the containment left empty."""
    doc = _book(tmp_path, NUMBERED, form)
    record = doc["record"]
    assert [c["action"] for c in record["containment"]] == ["库存400件全检。"], record["containment"]
    assert record["emergency_actions"] is None
    said = _codes(doc, "step_named_otherwise")
    assert said and said[0]["field"] == "containment" and "D3" in said[0]["message"], doc["warnings"]
    zh = read_doc(book_as(tmp_path / "8d.xlsx", "xlsx"), "8d", lang="zh") if form == "xlsx" else None
    if zh is not None:
        assert any("按其编号 D3 读取" in p["message"] for p in _codes(zh, "step_named_otherwise"))


def test_a_form_numbering_its_steps_otherwise_keeps_its_names(tmp_path: Path) -> None:
    """Headings whose names mostly name other steps than their numbers (a form counting its own
    sections ``D1`` … ``D5``) are read by their names, as before."""
    rows: list[list[Any]] = [
        ["D1 Problem description", "Clamp burr on the inner edge, 48 pcs."],
        ["D2 Containment", "Stock of 400 pcs sorted."],
        ["D3 Root cause", OCCURRENCE],
        ["D4 Corrective action", "Brush replaced, wear checked every shift."],
        ["D5 Prevention", "PFMEA updated."],
    ]
    doc = _book(tmp_path, rows, "xlsx")
    record = doc["record"]
    assert record["problem"]["statement"] == "Clamp burr on the inner edge, 48 pcs."
    assert not _codes(doc, "step_named_otherwise")


# ------------------------------------------------ D7: a word cue's clause negated
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Gauge not applied to similar lines yet.", False),
        ("The same fix was never rolled out to other presses.", False),
        ("未横展到同类产品。", False),
        ("所有机台没有导入。", False),
        ("Ook niet voor alle matrijzen.", False),
        # the other way: the cue in a clause of its own, or "not only"
        ("PFMEA updated; applied to all similar lines.", True),
        ("No recurrence found, same fix applied to other lines.", True),
        ("Checked all similar lines: no issue found.", True),
        ("Not only line 2 but all similar lines updated.", True),
        ("同类产品已横展。", True),
        ("No recurrence found, however, gauge also fitted on line 2.", True),
    ],
)
def test_a_d7_word_cue_in_a_negated_clause_is_no_deployment(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def test_a_d7_text_saying_similar_lines_not_done_is_no_deployment(tmp_path: Path) -> None:
    text = "Gauge not applied to similar lines yet."
    rows: list[list[Any]] = [
        ["D2 Problem", "Clamp burr on the inner edge, 48 pcs."],
        ["D4 Root cause", OCCURRENCE],
        ["D7 Prevention", text],
    ]
    prevention = _book(tmp_path, rows, "xlsx")["record"]["prevention"]
    assert prevention["horizontal_deployment"] != text, prevention
    assert text in prevention.values(), prevention


# ------------------------------------------------ a stray Step 9 among D0 … D8
@pytest.mark.parametrize(("form", "heading"), [("xlsx", "Step 9"), ("pdf", "Step 9"), ("xlsx", "步骤9")])
def test_a_stray_step_nine_is_said_and_ends_the_step_before_it(
    tmp_path: Path, form: str, heading: str
) -> None:
    """Before: ``Step 9`` and the line under it were read as two more corrective actions of D5,
    without a word."""
    rows: list[list[Any]] = [
        ["D2 Problem"],
        ["Clamp burr on the inner edge, 48 pcs."],
        ["D5 Corrective action"],
        ["Brush replaced, wear checked every shift."],
        [heading],
        ["Lessons shared with the press shop."],
        ["D7 Prevention"],
        ["PFMEA updated."],
    ]
    doc = _book(tmp_path, rows, form)
    actions = [a["action"] for a in doc["record"]["corrective_actions"]]
    assert actions == ["Brush replaced, wear checked every shift."], actions
    unread = [p["message"] for p in _codes(doc, "unread_label")]
    assert any(heading in m for m in unread), doc["warnings"]


def test_step_nine_is_no_stray_among_steps_counted_so() -> None:
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import stray_steps

    def boxes(texts: list[str]) -> list[Box]:
        return [Box(t, t, 0.0, 20.0 * i, 100.0, 20.0 * i + 10, f"A{i + 1}") for i, t in enumerate(texts)]

    d_steps = boxes(["D2 Problem", "D5 Corrective action", "Step 9", "D7 Prevention"])
    assert [b.text for b in stray_steps(d_steps)] == ["Step 9"]
    listed = boxes(["D5 Corrective action", "Step 8 Torque", "Step 9 Label", "D7 Prevention"])
    assert stray_steps(listed) == []  # a work instruction's steps listed in D5
    assert stray_steps(boxes(["Step 8 Prevention", "Step 9 Lessons"])) == []  # no D heading
    assert stray_steps(boxes(["D5 Action", "Step 9 check the fixture"])) == []  # prose
