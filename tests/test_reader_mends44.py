"""Mends owed from round 43's re-read and reports (mends44), each on the mechanism it mends.

- A test report's title with a page mark after it: one pattern takes the mark off the title as printed
  (spaces, full-width brackets and all) before the title is squashed or split into words.
"""

from __future__ import annotations

import pytest

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
