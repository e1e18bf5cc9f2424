"""Mends owed from round 43's re-read and reports (mends44), each on the mechanism it mends.

- A test report's title with a page mark after it: one pattern takes the mark off the title as printed
  (spaces, full-width brackets and all) before the title is squashed or split into words.
- The immediate action's text areas are found by the forms' own containment words.
- 机型 over a code standing alone (no part number's label on the form) is read for the part number and
  warned: a machine's type may be the machine's model, not the part's number (review43's note).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.parse.lab_reports import _test_report_title


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("检 测 报 告 （第 1 页）", True),
        ("进口货物残损检验报告(第2页)", True),
        ("Test Report (Page 1 of 3)", True),
        ("SURVEY REPORT （1 / 2）", True),
        ("检验报告 (P. 2)", True),
        ("客户投诉处理单（第 1 页）", False),
        ("Contest Report (Page 1 of 2)", False),
        ("检验报告（第 1 页）附件", False),  # the mark closes no title: words follow it
    ],
)
def test_a_page_mark_after_a_title_is_taken_off_once(title: str, report: bool) -> None:
    assert _test_report_title(title) is report


def test_the_immediate_actions_text_areas_are_found_by_the_forms_containment_words() -> None:
    """(mends44) A text area is the immediate action's when a caption of it names a containment by
    the words the 8D's containment step is captioned with (临时, 应急, Containment, Immediate), not
    by a hand list: the complaint's short-term action and the 8D's emergency actions, no other."""
    from kesu_docs.forms import all_specs
    from kesu_docs.parse.compound import case_words
    from kesu_docs.parse.value_cues import _immediate_area
    from kesu_docs.parse.vocab import simplified

    found = {
        (spec.kind, key) for spec in all_specs() for key, meta in spec.fields.items() if _immediate_area(meta)
    }
    assert found == {("complaint", "short_term_action"), ("8d", "emergency_actions")}
    words = case_words().containment
    for caption in ("临时对策", "臨時對策", "应急处理", "Interim containment", "IMMEDIATE ACTION"):
        assert words.search(simplified(caption)), caption
    assert not words.search("永久对策") and not words.search("Corrective action")


@pytest.mark.parametrize(
    ("kind", "rows"),
    [
        (
            "complaint",
            [
                ["保固申請表"],
                ["申請單號", "WA-2612-11", "申請日期", "2026-12-02"],
                ["客戶名稱", "大同精機股份有限公司", "機型", "VMC-850"],
                ["故障描述", "主軸異音。"],
            ],
        ),
        (
            "8d",
            [["8D 报告"], ["报告编号", "8D-2612-009"], ["客户", "常州启航电器有限公司"], ["机型", "KT-800"]],
        ),
    ],
)
def test_a_machine_type_alone_read_as_the_part_number_is_warned(
    tmp_path: Path, kind: str, rows: list[list[Any]]
) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=18), kind)
    expected = "VMC-850" if kind == "complaint" else "KT-800"
    assert doc["record"]["part_no"] == expected, doc["record"]
    assert "low_confidence" in field_codes(doc, "part_no"), doc["warnings"]


def test_a_machine_type_beside_the_parts_own_number_label_is_the_parts_name(tmp_path: Path) -> None:
    """The part's number under a label of its own (料号): 机型 over a code is no part number, unchanged."""
    rows = [
        ["客户投诉单"],
        ["投诉编号", "KS-2612-045", "受理日期", "2026-12-04"],
        ["客户名称", "苏州恒远电子有限公司", "料号", "HY-2210-07"],
        ["机型", "KT-800"],
        ["不良描述", "外壳边缘毛刺。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=18), "complaint")
    assert doc["record"]["part_no"] == "HY-2210-07"
