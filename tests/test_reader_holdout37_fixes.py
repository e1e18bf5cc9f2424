"""What the thirty-seventh held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A customer concern's wording** (an automotive Customer Concern Report, a Global 8D, a SCAR's 8D
  response): ``Concern No.`` / ``Concern description`` on a complaint, ``Customer concern No.`` /
  ``Customer NCR No.`` for the complaint an 8D answers, ``Account manager`` the sales side's
  supervisor, D6 ``Verification of effectiveness`` the row's result.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows


def _concern_report() -> list[list[Any]]:
    return [
        ["CUSTOMER CONCERN REPORT"],
        ["Concern No.:", "QC-77-1042", "Date received:", "2026-06-11"],
        ["Customer:", "Lakeshore Pump Works", "Part No.:", "LP-SEAL-880"],
        ["Qty delivered:", 3000, "Qty defective:", 27],
        ["Concern description:", "Seal lips torn on 27 pieces."],
        ["Reported by:", "Ana Ruiz", "Account manager:", "Dave Kline"],
    ]


def test_a_concern_reports_number_description_and_account_manager(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _concern_report(), "ccr.xlsx", width=20), "complaint")
    record = doc["record"]
    assert record["number"] == "QC-77-1042"
    assert record["description"] == "Seal lips torn on 27 pieces."
    assert record["sales_supervisor"] == "Dave Kline"
    assert not [w for w in doc["warnings"] if w["code"] == "unread_label"]


def _scar_8d(number_label: str) -> list[list[Any]]:
    return [
        ["8D REPORT"],
        ["8D No.", "8D-77-0091", "Opened", "2026-06-02"],
        ["Customer", "Lakeshore Pump Works", number_label, "LK-5531"],
        ["D1 Team", "Ana Ruiz, Tom Berg"],
        ["D2 Problem statement", "Seal lips torn."],
        ["D3 Containment", "Stock sorted, 900 pcs."],
        ["D4 Root cause (occurrence)", "Trim knife dull."],
        ["D5 Corrective action", "Knife changed every shift."],
        ["D6 Verification of effectiveness", "4 lots pass leak test."],
    ]


@pytest.mark.parametrize("label", ["Customer concern No.", "Customer NCR No."])
def test_an_8d_reads_the_customers_concern_or_ncr_number(tmp_path: Path, label: str) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _scar_8d(label), "scar.xlsx", width=24), "8d")
    record = doc["record"]
    assert record["complaint_number"] == "LK-5531"
    assert record["implementation"][0]["result"] == "4 lots pass leak test."
    assert record["implementation"][0]["action"] is None


# ------------------------------------------- a sentence under the label of a group's choice member
@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Guard check added to all presses.", "horizontal_deployment"),  # speaks of elsewhere
        ("Operators trained on the new guard check.", "lessons_learned"),  # speaks of nothing else
    ],
)
def test_a_sentence_under_d7_preventive_action_is_d7s_text(tmp_path: Path, text: str, member: str) -> None:
    rows = [*_scar_8d("Customer concern No."), ["D7 Preventive action", text]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "d7.xlsx", width=24), "8d")
    prevention = doc["record"]["prevention"]
    assert prevention[member] == text
    assert prevention["documents_updated"] == []
    assert not [
        p for p in doc["errors"] if p["code"] == "invalid_choice" and p["field"].startswith("prevention")
    ]


def test_options_under_d7_preventive_action_stay_the_documents_updated(tmp_path: Path) -> None:
    rows = [*_scar_8d("Customer concern No."), ["D7 Preventive action", "PFMEA, control plan"]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "d7docs.xlsx", width=24), "8d")
    assert doc["record"]["prevention"]["documents_updated"] == ["fmea", "control_plan"]


# ------------------------------------------------- a row inserted under a step's, its label cell empty
def test_a_row_inserted_under_d3_with_no_label_is_a_second_containment(tmp_path: Path) -> None:
    rows = _scar_8d("Customer concern No.")
    rows.insert(6, ["", "Parts in transit held at the hub."])  # under "D3 Containment | …"
    doc = read_doc(sheet_from_rows(tmp_path, rows, "ica.xlsx", width=24), "8d")
    actions = [row["action"] for row in doc["record"]["containment"]]
    assert actions == ["Stock sorted, 900 pcs.", "Parts in transit held at the hub."]
    assert doc["record"]["root_cause"][0]["cause"] == "Trim knife dull."


def test_a_date_under_a_steps_text_is_no_inserted_row(tmp_path: Path) -> None:
    rows = _scar_8d("Customer concern No.")
    rows.insert(6, ["", "2026-06-03"])
    doc = read_doc(sheet_from_rows(tmp_path, rows, "icadate.xlsx", width=24), "8d")
    assert [row["action"] for row in doc["record"]["containment"]] == ["Stock sorted, 900 pcs."]


# ------------------------------------------ a sign-off grid under the form is not the D1 team's table
def test_a_role_name_date_grid_leaves_the_team_to_d1s_text(tmp_path: Path) -> None:
    rows = [
        *_scar_8d("Customer NCR No."),
        ["D8 Closure date", "2026-06-30"],
        ["Role", "Name", "Date", "Signature"],
        ["Prepared by", "Tom Berg", "2026-06-28"],
        ["Checked by", "Lena Holm", "2026-06-29"],
        ["Approved by", "Ana Ruiz", "2026-06-30"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "grid.xlsx", width=24), "8d")
    record = doc["record"]
    assert [m["name"] for m in record["team"]] == ["Ana Ruiz", "Tom Berg"]
    assert record["closure"]["approved_by"] == "Ana Ruiz"
    assert not [p for p in doc["errors"] if p["code"] == "invalid_choice" and p["field"].startswith("team")]


# ---------------------------------- the same label twice on a sheet, another value beside each: said
def test_a_second_form_number_beside_the_first_is_said(tmp_path: Path) -> None:
    left = [
        ["投诉单号", "TS-HZ-2607-031"],
        ["客户名称", "杭州汽轮机股份有限公司"],
        ["不良描述", "螺栓断裂。"],
    ]
    right = [
        ["投诉单号", "TS-HZ-2607-044"],
        ["客户名称", "宁波均胜电子股份有限公司"],
        ["不良描述", "端子脱落。"],
    ]
    rows: list[list[Any]] = [[*a, None, *b] for a, b in zip(left, right)]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "twoforms.xlsx", width=20), "complaint")
    assert doc["record"]["number"] == "TS-HZ-2607-031"
    lost = [w for w in doc["warnings"] if w["code"] == "label_lost" and w["field"] == "number"]
    assert lost and "TS-HZ-2607-044" in lost[0]["message"]
