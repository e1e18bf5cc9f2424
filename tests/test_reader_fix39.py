"""What holdout39 still showed after round 37 (fix39), each rule on a small file made here.

A. A choice word with a negation before it (a verb between: ``客户不接受退货``) or after it
   (``Rework not needed``, ``退货不需要``) is not chosen; the one place it is read is
   :meth:`kesu_docs.values.Term.denied_in`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse import parse_paths
from kesu_docs.parse.compound import _option
from kesu_docs.terms import Disposition, Request
from kesu_docs.values import _option_names, _term_of


def _workbook(path: Path, cells: dict[str, object]) -> Path:
    wb = Workbook()
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _read(path: Path, kind: str) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


# ---------------------------------------------------------------------------------- A. negations
_DENIED_AFTER = [
    "Rework not needed",
    "退货不需要",
    "换货：不需要",
    "Return: no",
    "返工 not required",
    "退货免",
]


@pytest.mark.parametrize("word", _DENIED_AFTER)
def test_an_option_with_a_negation_after_it_is_not_that_option(word):
    assert _option(Request, word) is None
    assert _option(Disposition, word) is None


@pytest.mark.parametrize(
    "word", ["不接受退货 Return", "不需要换货 Replacement", "do not accept 退货", "No need to 重工"]
)
def test_a_negation_with_a_verb_between_denies_the_option(word):
    _term_of.cache_clear()
    assert Request.lookup(word) is None


@pytest.mark.parametrize(
    "word", ["客户不接受退货", "无需返工", "No return required", "不需要换货", "不可返工"]
)
def test_the_briefs_phrases_name_no_option(word):
    assert _option(Request, word) is None
    assert _option(ReturnHandling, word) is None


@pytest.mark.parametrize(
    ("word", "option"),
    [
        ("退货", Request.RETURN),
        ("☑退货 □换货", Request.RETURN),
        ("免费换货", Request.REPLACEMENT),  # 免费 (free of charge) denies nothing
        ("换货 Replacement", Request.REPLACEMENT),
        ("退回重工", Request.REWORK),
    ],
)
def test_a_real_choice_stays_read(word, option):
    assert _option(Request, word) is option


def test_the_options_words_are_built_once_per_option():
    _option_names.cache_clear()
    for _ in range(3):
        Request.RETURN.denied_in("不退货")
        Request.RETURN.denied_in("退货")
    assert _option_names.cache_info().misses == 1


def test_a_return_notes_handling_rework_not_needed_is_reported_not_read(tmp_path):
    path = _workbook(
        tmp_path / "return.xlsx",
        {
            "A1": "退货单",
            "A2": "退货单号",
            "B2": "TH-01",
            "A3": "客户",
            "B3": "华域",
            "A4": "处理方式",
            "B4": "Rework not needed",
        },
    )
    doc = _read(path, "return")
    assert doc["record"]["handling"] in (None, [])
    assert "handling" in {p["field"] for p in doc["errors"] + doc["warnings"]}


def test_a_ticked_request_on_a_complaint_is_still_read(tmp_path):
    path = _workbook(
        tmp_path / "complaint.xlsx",
        {
            "A1": "客诉单",
            "A2": "客诉编号",
            "B2": "KS-01",
            "A3": "客户",
            "B3": "华域",
            "A4": "客户要求",
            "B4": "☑退货 □换货",
        },
    )
    assert _read(path, "complaint")["record"]["customer_request"] == ["return"]
