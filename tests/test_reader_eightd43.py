"""The 8D report's places round 42 left open (issue 10: 0 silent misreads), each on a workbook
built here (and, where the print's geometry matters, its PDF printed by LibreOffice).

- **A D7 text's own words decide its field** (DOMAIN §5.2: D7 is the documents updated, the
  horizontal deployment, the lessons learned): words of spreading the fix to like products,
  lines or plants (``横向展开``, ``其他产线``, ``Yokoten``, ``all grinders``) → the deployment;
  words of a lesson (``教训``, ``经验``, ``Lesson learned``: the lessons learned field's own labels)
  → the lessons learned; both sure. The documents a text names (``PFMEA``, ``控制计划``, ``SOP``)
  are the documents updated, read from the text and warned. No such words: the lessons learned,
  warned (a guess between the two text areas).
- ``围堵日期 | 2026-09-12``: the wording says neither done nor due (围堵 only names the step), so
  the date stays said unread, never guessed into either column.
- A step row's other cells (eightd42's F6 / F7) printed to PDF: the owner and the date of a step
  row stand in their own columns of the print as of the sheet.
- D6's checker and check date have no field (a planning decision): said unread on the sheet and
  on its print alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows, soffice_convert

WIDTH = 22
PRINT_WIDTH = 14  # four columns on one A4 page (at 22 the fourth is printed on a second page)

EIGHTD: list[list[Any]] = [
    ["8D报告"],
    ["8D编号", "8D-2612-07", "客诉编号", "202612003"],
    ["客户名称", "华东精密机械有限公司", "料号", "PCB-4471-A"],
    ["立案日期", "2026-12-01"],
    ["问题描述", "电源控制板上电无输出，46 片"],
    ["围堵措施", "厂内库存 100% 上电复检"],
    ["根本原因", "回流焊炉第 5 温区热电偶漂移"],
    ["永久对策", "更换热电偶并纳入每周校验"],
]
CLOSING = ["结案日期", "2026-12-28"]


def _eightd(tmp_path: Path, *extra: list[Any]) -> dict[str, Any]:
    rows = [*[list(r) for r in EIGHTD], *[list(r) for r in extra], CLOSING]
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")


def _printed(tmp_path: Path, *extra: list[Any], width: float = PRINT_WIDTH) -> dict[str, Any]:
    rows = [*[list(r) for r in EIGHTD], *[list(r) for r in extra], CLOSING]
    book = sheet_from_rows(tmp_path, rows, width=width)
    return read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "8d")


# heading, text, field, warned (None: not looked at — under a heading printed in one of the group's
# other names, D7 Prevent recurrence or D7 防止再發, the text is read at the alias's lower strength and
# warned whatever its words: the heading's doubt, not the field's)
LESSON = "The lesson learned is to check the first article after each die change."
STANDARD = "Strip-break roll check added to the mill's standard."
D7_BY_WORDS: list[tuple[str, str, str, bool | None]] = [
    ("D7 预防再发", "绕线机计数器点检横向展开到 B 线。", "horizontal_deployment", False),
    ("D7 预防再发", "其他产线比照执行。", "horizontal_deployment", False),
    ("D7 预防再发", "Yokoten to the press shop.", "horizontal_deployment", False),
    ("D7 Prevent recurrence", "Yokoten to the press shop.", "horizontal_deployment", None),
    ("D7 预防再发", "吸取教训，换线前确认程序版本。", "lessons_learned", False),
    ("D7 预防再发", "經驗分享給夜班，換線前確認程式版本。", "lessons_learned", False),
    ("D7 防止再發", "經驗分享給夜班，換線前確認程式版本。", "lessons_learned", None),
    ("D7 预防再发", "吸取教训，其他产线比照执行。", "horizontal_deployment", True),  # both: a guess, said
    ("D7 预防再发", LESSON, "lessons_learned", False),
    ("D7 Prevent recurrence", LESSON, "lessons_learned", None),
    # no words of a place or a lesson: the lesson, said (a guess between the two)
    ("D7 预防再发", "老化测试 4 h 纳入出货标准。", "lessons_learned", True),
    ("D7 预防再发", STANDARD, "lessons_learned", True),
    ("D7 Prevent recurrence", STANDARD, "lessons_learned", True),
]


@pytest.mark.parametrize(("heading", "text", "field", "warned"), D7_BY_WORDS)
def test_a_d7_texts_own_words_decide_its_field(
    tmp_path: Path, heading: str, text: str, field: str, warned: bool | None
) -> None:
    doc = _eightd(tmp_path, [heading, text])
    prevention = doc["record"]["prevention"] or {}
    assert prevention.get(field) == text, prevention
    other = "lessons_learned" if field == "horizontal_deployment" else "horizontal_deployment"
    assert prevention.get(other) is None, prevention
    if warned is not None:
        assert ("low_confidence" in field_codes(doc, f"prevention.{field}")) is warned, doc["warnings"]


@pytest.mark.parametrize(
    ("heading", "text", "documents", "field", "warned"),
    [
        ("D7 预防再发", "更新 PFMEA 与控制计划。", ["fmea", "control_plan"], "lessons_learned", True),
        ("D7 预防再发", "阻抗測試納入出貨檢驗標準。", ["inspection_standard"], "lessons_learned", True),
        ("D7 预防再发", "修模 SOP 改版 A2，經驗分享給各班。", ["work_instruction"], "lessons_learned", False),
        # (mends44) a Latin word beside Chinese characters is whole; a document the text says was
        # not updated is none of the documents updated
        ("D7 预防再发", "更新PFMEA与控制计划。", ["fmea", "control_plan"], "lessons_learned", True),
        ("D7 预防再发", "PFMEA 未更新，作业指导书已更新。", ["work_instruction"], "lessons_learned", True),
        (
            "D7 预防再发",
            "PFMEA and control plan of all boring ops updated.",
            ["fmea", "control_plan"],
            "horizontal_deployment",
            False,
        ),
    ],
)
def test_the_documents_a_d7_text_names_are_the_documents_updated_and_warned(
    tmp_path: Path, heading: str, text: str, documents: list[str], field: str, warned: bool
) -> None:
    doc = _eightd(tmp_path, [heading, text])
    prevention = doc["record"]["prevention"] or {}
    assert prevention.get("documents_updated") == documents, prevention
    assert "low_confidence" in field_codes(doc, "prevention.documents_updated")  # read from a sentence: said
    assert prevention.get(field) == text, prevention  # the text itself: the field its words chose
    assert ("low_confidence" in field_codes(doc, f"prevention.{field}")) is warned, doc["warnings"]


def test_a_d7_text_naming_no_document_leaves_the_documents_empty(tmp_path: Path) -> None:
    doc = _eightd(tmp_path, ["D7 预防再发", "其他产线比照执行。"])
    assert (doc["record"]["prevention"] or {}).get("documents_updated") == []
    assert not field_codes(doc, "prevention.documents_updated")


@pytest.mark.parametrize(
    "text", ["未更新 FMEA，經驗分享給各班。", "FMEA not updated; lesson learned shared."]
)
def test_a_document_a_d7_text_denies_is_not_updated(tmp_path: Path, text: str) -> None:
    """(mends44) ``未更新 FMEA``: the text names FMEA to deny it, no document updated."""
    doc = _eightd(tmp_path, ["D7 预防再发", text])
    prevention = doc["record"]["prevention"] or {}
    assert prevention.get("documents_updated") == [], prevention
    assert prevention.get("lessons_learned") == text, prevention


def test_a_d7_text_printed_is_decided_by_its_words_too(tmp_path: Path) -> None:
    doc = _printed(tmp_path, ["D7 预防再发", "吸取教训，换线前确认程序版本。"])
    prevention = doc["record"]["prevention"] or {}
    assert prevention.get("lessons_learned") == "吸取教训，换线前确认程序版本。", prevention
    assert "low_confidence" not in field_codes(doc, "prevention.lessons_learned")


# ------------------------------------------------------------------ 围堵日期: neither done nor due, said
def test_a_containment_date_is_said_unread_not_guessed(tmp_path: Path) -> None:
    doc = _eightd(tmp_path, ["围堵日期", "2026-09-12"])
    for row in doc["record"]["containment"]:
        assert row["done_date"] is None and row["due_date"] is None, row
    said = [w for w in doc["warnings"] if w["code"] == "unread_label"]
    assert any("围堵日期" in w["message"] for w in said), said


# ------------------------------------------------------------------ a step row's cells, printed (F6 / F7)
TW: list[list[Any]] = [
    ["矯正措施報告（8D）"],
    ["報告編號", "CAR-HS-0812", "開立日期", "2026-08-12"],
    ["客戶", "瀚宇彩晶", "料號", "HS-BRK-3310"],
    ["問題描述", "支架毛邊刮傷面板。"],
    ["暫時對策", "在庫全檢。", "王強", "2026-08-13"],
    ["根本原因", "模具刃口崩角。"],
    ["永久對策", "刃口壽命管理。", "李明", "2026-08-20"],
]


def test_a_step_rows_owner_and_date_printed_stand_in_their_columns(tmp_path: Path) -> None:
    # the print sets each cell's words apart as a run of its own: read as on the sheet (before: the
    # action read "在庫全檢。 王強 2026-08-13", joined and unsaid)
    book = sheet_from_rows(tmp_path, TW, width=PRINT_WIDTH)
    doc = read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "8d")
    rec = doc["record"]
    containment = [(r["action"], r["owner"], r["due_date"]) for r in rec["containment"]]
    assert containment == [("在庫全檢。", "王強", "2026-08-13")], containment
    corrective = [(r["action"], r["owner"], r["due_date"]) for r in rec["corrective_actions"]]
    assert corrective == [("刃口壽命管理。", "李明", "2026-08-20")], corrective
    for path in ("containment[0].owner", "containment[0].due_date", "corrective_actions[0].owner"):
        assert "low_confidence" in field_codes(doc, path), path  # which column: by its kind, a guess


def test_a_step_rows_text_cut_by_the_print_is_said(tmp_path: Path) -> None:
    # what a print loses: a step's text longer than its column is clipped by LibreOffice at the next
    # filled cell (the sheet's cell moved apart has it whole) — read as printed, and said
    rows = [*TW[:-1], ["永久對策", "刃口壽命管理並加光源檢驗。", "李明", "2026-08-20"]]
    book = sheet_from_rows(tmp_path, rows, width=PRINT_WIDTH)
    doc = read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "8d")
    action = doc["record"]["corrective_actions"][0]["action"]
    assert "刃口壽命管理並加光源檢驗。".startswith(action), action
    assert "value_cut_off" in field_codes(doc, "corrective_actions[0].action"), doc["warnings"]
    assert doc["record"]["corrective_actions"][0]["owner"] == "李明"


# ------------------------------------------------------------------ D6's checker and date: no field, said
@pytest.mark.parametrize(
    ("label", "value"), [("有效性确认日期", "2026-10-12"), ("Effectiveness check by", "王丽")]
)
@pytest.mark.parametrize("printed", [False, True])
def test_d6s_checker_and_date_are_said_unread_on_sheet_and_print(
    tmp_path: Path, label: str, value: str, printed: bool
) -> None:
    # (printed at the sheet's width: at 14 characters the print clips the English label itself at the
    # value's cell — a label cut short names nothing, and the value beside it is then lost unsaid)
    rows = [["有效性确认", "连续三批无不良"], [label, value]]
    doc = _printed(tmp_path, *rows, width=WIDTH) if printed else _eightd(tmp_path, *rows)
    assert [row["result"] for row in doc["record"]["implementation"]] == ["连续三批无不良"]
    said = [w for w in doc["warnings"] if w["code"] == "unread_label"]
    assert any(label in w["message"] for w in said), said
    assert value not in str(doc["record"]), doc["record"]


@pytest.mark.parametrize("printed", [False, True])
def test_d6s_checker_read_as_the_approver_is_never_silent(tmp_path: Path, printed: bool) -> None:
    # 有效性确认人 ends in the approver's 确认人: read there today, with low confidence, and the D6 label
    # it begins with said lost (a wrong value, said — the schema has no D6 checker: a planning decision)
    rows = [["有效性确认", "连续三批无不良"], ["有效性确认人", "王丽"]]
    doc = _printed(tmp_path, *rows, width=WIDTH) if printed else _eightd(tmp_path, *rows)
    closure = doc["record"]["closure"] or {}
    if closure.get("approved_by") == "王丽":
        assert "low_confidence" in field_codes(doc, "closure.approved_by"), doc["warnings"]
    said = [w for w in doc["warnings"] if w["code"] in ("unread_label", "label_lost")]
    assert any("有效性确认人" in w["message"] for w in said), said
