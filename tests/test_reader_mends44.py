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
