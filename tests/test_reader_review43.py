"""Silent misreads found by round 43's review (issue 10: a wrong value always carries an error or a
warning on its field), each on a small workbook built here:

- **A test report's title in any of its usual wordings**: round 43 said a laboratory's own report number
  and date, read as a complaint's number and received date, are the laboratory's (``lab_report_own``)
  where the title says the document is a test report — but only ``检验报告`` / ``Test Report`` exactly
  matched. ``检验报告单`` (the report's sheet), ``LABORATORY TEST REPORT``, ``Material Test Report`` (a
  mill's MTR) read the laboratory's number and date as the complaint's, silently. An English title is now
  told by its words (a test's or a laboratory's word before its last, Report), a Chinese one may end 报告单;
  a complaint's own report (``客户投诉报告``), an inspection's, a failure analysis's stay untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 26


# ------------------------------------------------------------------ a test report's title
@pytest.mark.parametrize(
    ("title", "rows"),
    [
        (
            "LABORATORY TEST REPORT",
            [
                ["Report No.", "TR-2611-00817", "Date of issue", "2026-11-09"],
                ["Sample description", "Ceramic mug, 350 ml"],
                ["Test result", "Lead release 0.9 mg/L exceeds the limit of 0.5 mg/L"],
            ],
        ),
        (
            "Material Test Report",
            [
                ["Report No.", "MTR-2611-0442", "Date", "2026-11-05"],
                ["Customer", "Acme Pumps Ltd."],
                ["Result", "Hardness 98 HRB, out of specification"],
            ],
        ),
        (
            "检验报告单",
            [
                ["报告编号", "WT-2610-08812", "签发日期", "2026-10-29"],
                ["委托单位", "绿湖食品有限公司", "样品名称", "花生酱"],
                ["检验结论", "黄曲霉毒素B1超标"],
            ],
        ),
    ],
)
def test_a_test_reports_own_number_is_said_whatever_its_titles_wording(
    tmp_path: Path, title: str, rows: list[list[Any]]
) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, [[title], *rows], width=WIDTH), "complaint")
    assert doc["record"]["number"] == rows[0][1]  # kept, as read
    assert "lab_report_own" in field_codes(doc, "number")


@pytest.mark.parametrize(
    "title", ["Customer Complaint Report", "Failure Analysis Report", "Inspection Report"]
)
def test_a_report_of_another_kind_is_no_test_report(tmp_path: Path, title: str) -> None:
    rows: list[list[Any]] = [
        [title],
        ["Report No.", "CC-2611-0031", "Date", "2026-11-05"],
        ["Customer", "Acme Pumps Ltd."],
        ["Description", "Seal leaks at the shaft."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["number"] == "CC-2611-0031"
    assert "lab_report_own" not in {p["code"] for p in doc["warnings"]}
