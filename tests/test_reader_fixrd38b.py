"""review38's findings on choice words (fixrd38b), each rule on a small file made here.

A. A refusal the negation rule missed (无法 / 不能 / 拒绝 / cannot / refuse before the option's
   word; 不了 / not possible / no after it, a dash between as a colon) denies the option.
B. In a list, a part that only denies another option is dropped when another part names one.
C. Two options joined (退货并扣款, "Return & replace"): each part read, never the second dropped.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.compound import as_option
from kesu_docs.terms import Request

_ONE = SimpleNamespace(kind="term", term=Request, key="request")
_LIST = SimpleNamespace(kind="terms", term=Request, key="customer_request")


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _complaint(path: Path, request: str) -> dict:
    _workbook(
        path,
        [
            ["客户投诉处理单"],
            ["投诉编号", "KS-2026-001", "投诉日期", "2026-03-10"],
            ["客户名称", "华东精密模具有限公司", "产品型号", "HD-SPR-0412"],
            ["问题描述", "弹簧变形"],
            ["客户诉求", request],
        ],
    )
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


# ---------------------------------------------------------------------------------- A. refusals
@pytest.mark.parametrize(
    "word",
    [
        "拒绝退货",
        "退货不了",
        "Return not possible",
        "Return — no",
        "Return - no",
        "Cannot return",
        "不能退货",
    ],
)
def test_a_refused_option_is_not_that_option(word):
    assert as_option(_ONE, word) == word
    assert as_option(_LIST, word) == word


@pytest.mark.parametrize("word", ["return to vendor", "Return & credit"])
def test_an_option_without_a_refusal_stays_read(word):
    assert as_option(_LIST, word) in (["return"], ["return", "allowance"])


def test_a_defect_word_beginning_with_a_negation_beside_an_option_is_read_not_doubted():
    # 不良退货 is a return of the defective goods: 不良 (defective) begins with a negation's character but is
    # a defect's word, what the option is done to (compound._DEFECT, round 42: silent41 had reported it).
    # A sentence written out (同意退回不良品，赔款…) stays the decision's text: tests/test_reader_choice_written_out.py.
    assert as_option(_LIST, "不良退货") == ["return"]
    assert as_option(_LIST, "不退货") == "不退货"


# ---------------------------------------------------------------------------------- B. denied parts
@pytest.mark.parametrize(
    ("word", "options"),
    [
        ("无法重工，退货", ["return"]),
        ("退货，不需要换货", ["return"]),
        ("退货并不需要换货", ["return"]),
        ("Rework, not return", ["rework"]),
    ],
)
def test_a_part_denying_another_option_is_dropped(word, options):
    assert as_option(_LIST, word) == options


@pytest.mark.parametrize("word", ["不需要换货", "退货，不需要退货", "退货，不知道"])
def test_a_list_with_nothing_else_named_or_its_own_option_denied_is_left_as_typed(word):
    assert as_option(_LIST, word) == word


def test_a_complaints_request_that_cannot_be_reworked_is_a_return(tmp_path):
    doc = _complaint(tmp_path / "complaint.xlsx", "无法重工，退货")
    assert doc["record"]["customer_request"] == ["return"]


# ---------------------------------------------------------------------------------- C. joined options
# ("Return & replace" was one: fix3839 made ``Replace`` a word of replacement, so it names two;
# 罚款, a fine, names no option; 扣款 is compensation since rh43: tests/test_reader_holdout43_fixes.py)
# (退货及时处理: 及时处理 a remark beside return since choice39b: tests/test_choice39b.py)
# (退货与赔偿 was one: channel41 made 赔偿 a word of compensation, so it names two)
@pytest.mark.parametrize("word", ["退货并罚款", "Return & repair"])
def test_two_joined_parts_one_unread_leave_the_list_as_typed(word):
    assert as_option(_LIST, word) == word


@pytest.mark.parametrize(
    ("word", "options"),
    [
        ("退货并补货", ["return", "resupply"]),
        ("退货及换货", ["return", "replacement"]),
        ("Return & replace", ["return", "replacement"]),
        ("退货与赔偿", ["return", "compensation"]),
    ],
)
def test_two_joined_options_are_both_read(word, options):
    assert as_option(_LIST, word) == options


def test_a_complaints_joined_request_is_reported_not_read_as_its_first_option(tmp_path):
    doc = _complaint(tmp_path / "complaint.xlsx", "退货并罚款")
    assert doc["record"]["customer_request"] in (None, [])
    assert "customer_request" in {p["field"] for p in doc["errors"] + doc["warnings"]}


# ---------------------------------------------------------------------------------- D. a title in D1's team
def _eightd(path: Path, sign_off: list[object]) -> dict:
    _workbook(
        path,
        [
            ["8D报告"],
            ["8D编号", "8D-2026-001", "客户", "华东精密模具有限公司"],
            ["产品型号", "HD-SPR-0412", "开始日期", "2026-03-10"],
            ["D1 小组成员"],
            ["组长", "张伟", "品保主管", "李明"],
            ["生产主管", "王强", "工程师", "赵敏"],
            ["D2 问题描述", "弹簧变形"],
            ["D4 根本原因", "热处理温度偏低"],
            ["D5 永久对策", "调整炉温"],
            ["D8 结案", "同意结案"],
            sign_off,
        ],
    )
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")["record"]["closure"] or {}


@pytest.mark.parametrize(
    "sign_off", [["核准人", "", "结案日期", "2026-04-01"], ["结案日期", "2026-04-01"]], ids=["empty", "none"]
)
def test_a_quality_head_in_the_teams_block_is_no_approver_of_the_closure(tmp_path, sign_off):
    assert _eightd(tmp_path / "8d.xlsx", sign_off).get("approved_by") is None


def test_a_quality_head_in_the_closures_block_still_approves_it(tmp_path):
    closure = _eightd(tmp_path / "8d.xlsx", ["品保主管", "钱芳", "结案日期", "2026-04-01"])
    assert closure["approved_by"] == "钱芳"


def test_an_option_for_a_purpose_is_the_leading_option() -> None:
    """``Return for credit``: the credit is what the return is for, no second option asked (holdout37's
    request, read return before rh41's Latin words made it two); ``Credit for rejects`` stays the allowance."""
    assert as_option(_LIST, "Return for credit") == ["return"]
    assert as_option(_LIST, "Credit for rejects") == ["allowance"]


def test_a_phrase_naming_one_option_whole_keeps_it_when_its_joined_parts_name_two() -> None:
    """``Rework and return`` on a return note's handling names rework whole (the return after it is the goods
    sent back): read rework, as before this round — holdout8's RMA read ["rework", "return"] silently when
    every joined phrase was split; ``退货并罚款`` (a part naming nothing) is still left as typed."""
    from kesu_docs.forms.return_note import SPEC

    handling = SPEC.fields["handling"]
    assert as_option(handling, "Rework and return") == ["rework"]
    assert as_option(_LIST, "退货并罚款") == "退货并罚款"
