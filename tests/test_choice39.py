"""One reading of a choice phrase against a field's options (choice39, issue 10).

- **One joiner pattern, one place** (:func:`kesu_docs.values.joined_sides`): the validators' lists
  (``options_of``) and the reader's phrases (``compound.phrase_options``) part ``退货以及换货``,
  ``退货兼换货``, ``Return AND replace`` alike.
- **One scorer** (``compound.phrase_options``): a phrase's parts (commas, joined sides, the purpose
  after ``for`` dropped), each read whole first, each side's negation; the options named and not
  denied. A single choice reads ``退货，不需要换货`` as return, reports ``退货并扣款``; ``Rework before
  return`` is no purpose.
- **A system's code** (``Term._code_of``): ``01 - return`` (digits) and a return note's ``RTV-退货`` (a
  code beside Chinese words, abbreviating one of the option's Latin names) read; ``RTV-报废`` does not.

In-process ``as_option`` calls and one small workbook made with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import read_doc, sheet_from_rows

from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse.compound import as_option
from kesu_docs.terms import Request
from kesu_docs.values import joined_sides, options_of

_ONE = SimpleNamespace(kind="term", term=Request, key="request")
_LIST = SimpleNamespace(kind="terms", term=Request, key="customer_request")
_HANDLING = SimpleNamespace(kind="terms", term=ReturnHandling, key="handling")


# ---------------------------------------------------------------------------------- one joiner pattern
@pytest.mark.parametrize("word", ["退货以及换货", "退货兼换货", "Return AND replacement", "退货+换货"])
def test_the_validators_and_the_reader_part_options_joined_alike(word):
    assert len(joined_sides(word)) == 2
    assert [str(r) for r in options_of(Request)(word)] == [str(s) for s in joined_sides(word)]
    assert as_option(_LIST, word) == ["return", "replacement"]


def test_an_options_own_word_with_a_joiner_in_it_is_kept_whole():
    assert joined_sides("退货") == ["退货"]
    assert options_of(Request)("退货及时处理") == ["退货及时处理"]  # (及时: no joiner of two options)
    assert as_option(_LIST, "退货及时处理") == ["return"]  # 及时处理 a remark beside it (choice39b)


# ---------------------------------------------------------------------------------- one scorer
@pytest.mark.parametrize(
    ("word", "option"),
    [
        ("退货，不需要换货", "return"),
        ("无法重工，退货", "return"),
        ("退货并不需要换货", "return"),
        ("Return, no replacement", "return"),
    ],
)
def test_a_single_choice_naming_one_option_and_denying_another_is_read(word, option):
    assert as_option(_ONE, word) == option
    assert as_option(_LIST, word) == [option]


@pytest.mark.parametrize(
    "word", ["退货并扣款", "退货，不知道", "退货，换货", "退货并补货", "退货，不需要退货", "不需要换货"]
)
def test_a_single_choice_with_a_part_naming_nothing_or_two_options_is_left_as_typed(word):
    assert as_option(_ONE, word) == word


@pytest.mark.parametrize(
    ("word", "options"),
    [
        ("退货并补货", ["return", "resupply"]),
        ("Return for credit", ["return"]),
        ("Credit for rejects", ["allowance"]),
        ("Return for credit, 换货", ["return", "replacement"]),
        ("Rework, not return", ["rework"]),
        ("退货（尽快，今天）、换货", ["return", "replacement"]),  # (a comma in brackets parts nothing)
    ],
)
def test_a_lists_parts_each_read(word, options):
    assert as_option(_LIST, word) == options


def test_for_inside_a_word_is_no_purpose():
    """``Rework before return`` names two options (the "for" of "before" is no purpose): reported,
    never rework alone."""
    assert as_option(_LIST, "Rework before return") == "Rework before return"


def test_a_phrase_naming_one_option_whole_keeps_it_and_a_side_naming_nothing_leaves_it_typed():
    assert as_option(_HANDLING, "Rework and return") == ["rework"]
    assert as_option(_HANDLING, "Rework and return to supplier") == ["rework", "return"]
    # 罚款 (a fine) names no option; 扣款 is compensation since rh43 (tests/test_reader_holdout43_fixes.py)
    assert as_option(_LIST, "退货并罚款") == "退货并罚款"
    assert as_option(_LIST, "退货并扣款") == ["return", "compensation"]  # 扣款: compensation's word on int39


def test_a_single_choice_read_from_a_workbook_drops_the_part_denying_the_other_option(tmp_path: Path):
    path = sheet_from_rows(
        tmp_path,
        [
            ["客户投诉处理单"],
            ["投诉编号", "KS-2026-001", "投诉日期", "2026-03-10"],
            ["客户名称", "华东精密模具有限公司", "产品型号", "HD-SPR-0412"],
            ["内外销", "国外，非国内", "订单编号", "PO-88123"],
            ["问题描述", "弹簧变形"],
            ["客户诉求", "退货"],
        ],
        "complaint.xlsx",
        width=22,
    )
    doc = read_doc(path, kind="complaint")
    assert doc["record"]["market"] == "foreign"


# ---------------------------------------------------------------------------------- a system's code
def test_a_code_of_digits_or_beside_chinese_words_is_the_options():
    assert Request.lookup("01 - return") is Request.RETURN
    assert Request.lookup("01-退货") is Request.RETURN
    assert ReturnHandling.lookup("01 - return") is ReturnHandling.RETURN
    assert ReturnHandling.lookup("RTV-退货") is ReturnHandling.RETURN  # RTV: a return note's return
    assert as_option(_HANDLING, "RTV-退货，RW-重工") == ["return", "rework"]
    assert ReturnHandling.lookup("RTV-报废") is None  # RTV abbreviates no name of scrap's
    assert ReturnHandling.lookup("RW-退回供应商") is None  # nor RW one of the return's
    assert Request.lookup("RTV-换货") is None  # (a request's options have no RTV: reported)
    assert Request.lookup("No-退货") is None  # a refusal, no code
    assert Request.lookup("RTV - rework") is None  # beside Latin words: their abbreviation only
