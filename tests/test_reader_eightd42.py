"""The 8D report's fields still read into the wrong place or dropped without a word (issue 10: a wrong value
always carries an error or a warning on its field; a value not read is said), each on a small workbook built
here (and, where the print's geometry matters, its PDF printed by LibreOffice).

- A *correction* (ISO 9000: the detected nonconformity fixed at once) is D3, the containment (DOMAIN.md 5.2);
  a corrective action (纠正措施, D5) removes the cause. A mainland factory's bare ``纠正`` names the
  corrective action as often (原因分析 / 纠正 / 预防): a lone ``纠正`` / ``矯正`` row, and ``纠正负责人``, are
  read into D3 and always warned; the English ``Correction`` is ISO's word, read as sure.
- ``有效性确认日期`` / ``Effectiveness check by``: D6's name with a word no column of D6 has — the value is
  not read and that is said (``unread_label`` at the label's cell), never dropped unsaid.
- ``Correction date`` / ``纠正日期`` / ``矯正日期``: a correction is recorded when it was made — the day it was
  done (done_date), not a due date that ``containment_due_late`` then judges.
- ``Claimed by``: the person who raised the claim, who fills the buyer's claim form: the reporter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows, soffice_convert

WIDTH = 22

EIGHTD = [
    ["8D报告"],
    ["8D编号", "8D-2609-01", "客诉编号", "202609001"],
    ["客户名称", "华东精密机械有限公司", "料号", "PCB-4471-A"],
    ["立案日期", "2026-09-09"],
    ["问题描述", "电源控制板上电无输出，46 片"],
    ["围堵措施", "厂内库存 100% 上电复检"],
    ["根本原因", "回流焊炉第 5 温区热电偶漂移"],
    ["永久对策", "更换热电偶并纳入每周校验"],
    ["结案日期", "2026-09-28"],
]


def _eightd(tmp_path: Path, rows: list[list[Any]], name: str = "form.xlsx") -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, name=name, width=WIDTH), "8d")


def _with(*extra: list[Any], drop: str = "") -> list[list[Any]]:
    return [list(r) for r in EIGHTD if r[0] != drop] + [list(r) for r in extra]


def _warnings(doc: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [w for w in doc["warnings"] if w["code"] == code]


# ------------------------------------------------------------------ the correction: D3, warned where a guess
@pytest.mark.parametrize(("label", "text"), [("纠正", "隔离在库品并全检"), ("矯正", "在庫品隔離全檢")])
def test_a_lone_correction_row_is_read_as_containment_and_warned(
    tmp_path: Path, label: str, text: str
) -> None:
    doc = _eightd(tmp_path, _with([label, text], drop="围堵措施"))
    assert [row["action"] for row in doc["record"]["containment"]] == [text]
    assert "low_confidence" in field_codes(doc, "containment[0].action")


def test_a_lone_correction_row_printed_is_read_and_warned(tmp_path: Path) -> None:
    book = sheet_from_rows(tmp_path, _with(["纠正", "隔离在库品并全检"], drop="围堵措施"), width=WIDTH)
    doc = read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "8d")
    assert [row["action"] for row in doc["record"]["containment"]] == ["隔离在库品并全检"]
    assert "low_confidence" in field_codes(doc, "containment[0].action")


def test_the_english_correction_is_isos_word_read_as_sure(tmp_path: Path) -> None:
    doc = _eightd(tmp_path, _with(["Correction", "Stock of lot 26H04 put on hold."], drop="围堵措施"))
    assert [row["action"] for row in doc["record"]["containment"]] == ["Stock of lot 26H04 put on hold."]
    assert "low_confidence" not in field_codes(doc, "containment[0].action")


@pytest.mark.parametrize(("label", "name"), [("纠正负责人", "王丽"), ("矯正負責人", "王麗")])
def test_the_corrections_owner_is_the_containments_and_warned(tmp_path: Path, label: str, name: str) -> None:
    doc = _eightd(tmp_path, _with([label, name]))
    [row] = doc["record"]["containment"]
    assert row["owner"] == name
    assert "low_confidence" in field_codes(doc, "containment[0].owner")


def test_the_containments_own_owner_label_says_nothing(tmp_path: Path) -> None:
    doc = _eightd(tmp_path, _with(["围堵措施负责人", "王丽"]))
    assert doc["record"]["containment"][0]["owner"] == "王丽"
    assert "low_confidence" not in field_codes(doc, "containment[0].owner")


# ------------------------------------------------------------------ D6's name with a word of its own: said unread
@pytest.mark.parametrize(
    ("label", "value"),
    [("有效性确认日期", "2026-10-12"), ("有效性確認日期", "2026-10-12"), ("Effectiveness check by", "王丽")],
)
def test_an_effectiveness_checks_date_or_checker_is_said_unread(
    tmp_path: Path, label: str, value: str
) -> None:
    doc = _eightd(tmp_path, _with([label, value]))
    assert doc["record"]["implementation"] == []
    said = _warnings(doc, "unread_label")
    assert [w["location"] for w in said] == [f"Sheet!A{len(EIGHTD) + 1}"], said
    assert label in said[0]["message"]


def test_an_effectiveness_checks_date_beside_its_result_is_said_unread(tmp_path: Path) -> None:
    doc = _eightd(tmp_path, _with(["有效性确认", "连续三批无不良"], ["有效性确认日期", "2026-10-12"]))
    assert [row["result"] for row in doc["record"]["implementation"]] == ["连续三批无不良"]
    assert [w["location"] for w in _warnings(doc, "unread_label")] == [f"Sheet!A{len(EIGHTD) + 2}"]


def test_a_steps_own_date_label_is_no_unread_label(tmp_path: Path) -> None:
    doc = _eightd(tmp_path, _with(["围堵措施完成日期", "2026-09-10"]))
    assert doc["record"]["containment"][0]["done_date"] == "2026-09-10"
    assert _warnings(doc, "unread_label") == []


# ------------------------------------------------------------------ the correction's date: the day it was done
@pytest.mark.parametrize(
    ("label", "warned"), [("Correction date", False), ("纠正日期", True), ("矯正日期", True)]
)
def test_the_correction_date_is_the_day_it_was_done(tmp_path: Path, label: str, warned: bool) -> None:
    doc = _eightd(tmp_path, _with([label, "2026-09-12"]))
    [row] = doc["record"]["containment"]
    assert (row["due_date"], row["done_date"]) == (None, "2026-09-12")
    assert "containment_due_late" not in field_codes(doc, "containment")
    assert ("low_confidence" in field_codes(doc, "containment[0].done_date")) is warned


def test_a_correction_date_column_is_the_done_date(tmp_path: Path) -> None:
    rows = _with(
        ["D3 Correction"],
        ["Action", "Correction date", "Owner"],
        ["Stock of lot 26H04 on hold", "2026-09-10", "S. Gomez"],
        drop="围堵措施",
    )
    doc = _eightd(tmp_path, rows)
    [row] = doc["record"]["containment"]
    assert (row["action"], row["done_date"], row["owner"]) == (
        "Stock of lot 26H04 on hold",
        "2026-09-10",
        "S. Gomez",
    )


# ------------------------------------------------------------------ Claimed by: who raised the claim
def test_claimed_by_is_the_person_who_raised_the_claim(tmp_path: Path) -> None:
    from test_fixrv40 import COMPLAINT_ROWS

    rows = [*(list(r) for r in COMPLAINT_ROWS), ["Claimed by", "John Smith"]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["reporter"] == "John Smith"
    assert doc["record"]["customer"] != "John Smith"


# ------------------------------------------------------------------ a step row's other cells in their own columns
TW = [
    ["矯正措施報告（8D）"],
    ["報告編號", "CAR-HS-0812", "開立日期", "2026-08-12"],
    ["客戶", "瀚宇彩晶股份有限公司", "料號", "HS-BRK-3310"],
    ["問題描述", "支架毛邊刮傷面板。"],
]


@pytest.mark.parametrize("numbered", [False, True])
def test_a_step_rows_owner_and_date_are_read_into_their_columns_and_warned(
    tmp_path: Path, numbered: bool
) -> None:
    d = (lambda n: f"D{n} ") if numbered else (lambda n: "")
    rows = [
        *TW,
        [f"{d(3)}暫時對策", "在庫 1,600 PCS 全檢。", "王強", "2026-08-13"],
        [f"{d(4)}根本原因", "模具刃口崩角未更換。"],
        [f"{d(5)}永久對策", "刃口壽命管理並加光源檢驗。", "李明", "2026-08-20"],
    ]
    doc = _eightd(tmp_path, rows)
    rec = doc["record"]
    assert [(r["action"], r["owner"], r["due_date"]) for r in rec["containment"]] == [
        ("在庫 1,600 PCS 全檢。", "王強", "2026-08-13")
    ]
    assert [(r["action"], r["owner"], r["due_date"]) for r in rec["corrective_actions"]] == [
        ("刃口壽命管理並加光源檢驗。", "李明", "2026-08-20")
    ]
    for path in ("containment[0].owner", "containment[0].due_date", "corrective_actions[0].owner"):
        assert "low_confidence" in field_codes(doc, path), path  # which column: by its kind, a guess
    assert "text_joins_cells" not in field_codes(doc, "containment[0].action")


@pytest.mark.parametrize("label", ["真因分析", "根本原因"])
def test_a_lone_cause_rows_share_is_its_contribution(tmp_path: Path, label: str) -> None:
    rows = [
        *TW,
        ["暫時對策", "在庫全檢。"],
        [label, "模具刃口崩角未更換。", "貢獻度 60%"],
        ["永久對策", "刃口壽命管理。"],
    ]
    doc = _eightd(tmp_path, rows)
    [cause] = doc["record"]["root_cause"]
    assert (cause["cause"], cause["contribution_pct"]) == ("模具刃口崩角未更換。", "0.6")
    assert "contribution_sum" in field_codes(doc, "root_cause")  # one cause at 60 %: said, as any sum


def test_a_step_rows_cells_that_fit_no_column_stay_joined_and_said(tmp_path: Path) -> None:
    rows = [*TW, ["暫時對策", "在庫全檢。", "王強", "李明"], ["根本原因", "模具刃口崩角未更換。"]]
    doc = _eightd(tmp_path, rows)
    assert doc["record"]["containment"][0]["action"].startswith("在庫全檢。")
    assert "text_joins_cells" in field_codes(doc, "containment[0].action")
