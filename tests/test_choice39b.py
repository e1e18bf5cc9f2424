"""A choice named with a remark beside it: the options read, the remark said (choice39b, issue 10).

- ``退货，请尽快处理``, ``更换良品并提交对策书``, ``选别后交换良品``: the parts naming an option are read,
  the words naming nothing and denying nothing (a remark) are warned (``choice_with_remark``).
- ``退货更换``: two options' words run together, no joiner: both named (a list), reported (one
  choice) — never the leading one alone.
- A phrase naming nothing, or doubting (``退货，不知道``), stays as typed.

In-process ``as_option`` calls and one small workbook made with openpyxl.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from helpers import read_doc, sheet_from_rows

from kesu_docs.parse.compound import as_option, phrase_remarks
from kesu_docs.problems import Problem
from kesu_docs.terms import Request

_ONE = SimpleNamespace(kind="term", term=Request, key="request")
_LIST = SimpleNamespace(kind="terms", term=Request, key="customer_request")


@pytest.mark.parametrize(
    ("word", "option", "remark"),
    [
        ("退货，请尽快处理", "return", "请尽快处理"),
        ("更换良品并提交对策书", "replacement", "提交对策书"),
        ("选别后交换良品", "replacement", "选别后"),
        ("退货，及时处理", "return", "及时处理"),
    ],
)
def test_an_option_named_beside_a_remark_is_read_and_the_remark_kept(word, option, remark):
    assert as_option(_ONE, word) == option
    assert as_option(_LIST, word) == [option]
    assert phrase_remarks(Request, word.split("，")) == [remark]


@pytest.mark.parametrize("word", ["请尽快处理", "退货，不知道", "退货，换货，请尽快处理"])
def test_a_remark_alone_a_doubt_or_two_options_on_one_choice_stay_as_typed(word):
    assert as_option(_ONE, word) == word


def test_two_options_words_run_together_are_both_named_never_the_leading_one():
    assert as_option(_LIST, "退货更换") == ["return", "replacement"]
    assert as_option(_ONE, "退货更换") == "退货更换"  # two named for one choice: reported
    assert as_option(_LIST, "换货退货") == ["replacement", "return"]


def test_a_denied_option_run_together_is_no_option_named():
    assert as_option(_ONE, "退货不要更换") == "return"


@pytest.fixture(scope="module")
def remark_doc(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = sheet_from_rows(
        tmp_path_factory.mktemp("remark"),
        [
            ["客户投诉处理单"],
            ["投诉编号", "KS-2026-002", "投诉日期", "2026-03-10"],
            ["客户名称", "华东精密模具有限公司", "产品型号", "HD-SPR-0412"],
            ["问题描述", "弹簧变形"],
            ["客户诉求", "退货，请尽快处理"],
        ],
        "complaint.xlsx",
        width=22,
    )
    return read_doc(path, kind="complaint")


def test_a_workbooks_choice_with_a_remark_is_read_and_warned(remark_doc):
    record = remark_doc["record"]
    request = record.get("customer_request", record.get("request"))
    assert request in ("return", ["return"])
    warnings = [p for p in remark_doc["warnings"] if p["code"] == "choice_with_remark"]
    assert len(warnings) == 1 and "请尽快处理" in warnings[0]["message"]


def test_the_warning_reads_in_both_languages():
    problem = Problem(
        "choice_with_remark", "customer_request", params={"value": "退货，请尽快处理", "words": "请尽快处理"}
    )
    assert "请尽快处理" in problem.message("zh") and "remark" in problem.message("en")


@pytest.mark.parametrize("word", ["退货并罚款", "Return & repair", "☑退货 ☑请尽快处理"])
def test_a_word_shaped_like_an_option_or_a_ticked_word_is_no_remark(word):
    """罚款 and ``repair`` are options the field does not have (reported); a ticked word naming
    nothing is unknown (``captions.ticked_known`` says it), never a remark."""
    assert as_option(_LIST, word) == word


@pytest.mark.parametrize(
    "listed",
    ["退货 换货 折让", "\uf0fe 退货 \uf0a8 换货 \uf0fe 折让 \uf0a8 赔款", "□退货 □换货", "退貨　換貨"],
)
def test_the_options_printed_apart_are_a_list_of_them_never_all_chosen(listed):
    """A form's printed list of the options whose boxes were not read as ticks (a private-use
    font's, an image's) names every option apart: no choice, left as typed (reported) — never
    all of them (the lead's mend after the final run: test_reader_words24 read all four)."""
    assert as_option(_LIST, listed) == listed
    assert as_option(_LIST, "退货更换") == ["return", "replacement"]  # run together: a clerk's
