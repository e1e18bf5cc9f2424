"""Two silent misreads (fixrd37c): a decimal read as a list's number, a negated option read as it.

``vocab.ENUMERATOR`` took the ``1.`` of ``1.5 mm 垫片漏装`` for a list's number and dropped it
(``5 mm 垫片漏装``); ``不退货`` (no return), ``无需重工``, ``暂不报废`` were read as the option
they deny. A point with a digit after it is a decimal's; an option's word with a negation
directly before it is not chosen — the value stays as typed and validation reports it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse import parse_paths
from kesu_docs.parse.compound import _option
from kesu_docs.parse.vocab import ENUMERATOR
from kesu_docs.terms import ComplaintType, Disposition, Request


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


# ---------------------------------------------------------------------------------- decimals
@pytest.mark.parametrize("text", ["1.5 mm 垫片漏装。", "2.5 倍放大检查", "12.5% 超差", "0.05 mm"])
def test_a_decimal_at_a_lines_start_keeps_its_figures(text):
    assert ENUMERATOR.sub("", text) == text


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("1.垫片漏装", "垫片漏装"),
        ("2. 更换热电偶", "更换热电偶"),
        ("3、培训", "培训"),
        ("1）库存隔离", "库存隔离"),
        ("3. 5件返工", "5件返工"),
    ],
)
def test_a_list_number_is_still_dropped(text, left):
    assert ENUMERATOR.sub("", text) == left


def test_an_8d_cause_and_action_beginning_with_a_decimal_are_read_whole(tmp_path):
    path = _workbook(
        tmp_path / "8d.xlsx",
        {
            "A1": "8D报告",
            "A2": "8D编号",
            "B2": "8D-01",
            "A4": "D4 根本原因",
            "B4": "1.5 mm 垫片漏装。",
            "A5": "D5 永久措施",
            "B5": "2.5 倍放大检查。",
        },
    )
    record = _read(path, "8d")["record"]
    assert [c["cause"] for c in record["root_cause"]] == ["1.5 mm 垫片漏装。"]
    assert [a["action"] for a in record["corrective_actions"]] == ["2.5 倍放大检查。"]


# ---------------------------------------------------------------------------------- negations
_DENIED = ["不退货", "无需重工", "不重工", "不需重工", "不用退货", "免退货", "未退货", "非退货", "暂不退货"]


@pytest.mark.parametrize("word", _DENIED)
def test_an_option_with_a_negation_before_it_is_not_that_option(word):
    assert _option(Request, word) is None
    assert _option(Disposition, word) is None


@pytest.mark.parametrize("word", ["勿报废", "暂不报废", "不重工", "無需重工"])
def test_a_return_notes_handling_denied_is_not_chosen(word):
    assert _option(ReturnHandling, word) is None


@pytest.mark.parametrize("word", ["No 退货", "不退货 Return", "not 重工", "無需重工 Rework", "Don’t 退货"])
def test_a_denied_option_with_its_translation_names_no_option(word):
    assert Request.lookup(word) is None


def test_options_without_a_negation_are_read_as_before():
    assert _option(Request, "退货") is Request.RETURN
    assert _option(Request, "补发同等数量") is Request.RESUPPLY
    assert _option(Request, "退回重工") is Request.REWORK
    assert _option(ReturnHandling, "报废处理") is ReturnHandling.SCRAP
    assert Request.lookup("退货 Return") is Request.RETURN
    # an option's own word that begins with a negation is that option, not a denial of another
    assert ComplaintType.lookup("非质量异常") is ComplaintType.NON_QUALITY
    assert _option(ComplaintType, "非质量异常类") is ComplaintType.NON_QUALITY


@pytest.mark.parametrize("typed", ["不退货", "无需重工"])
def test_a_complaint_whose_customer_asks_no_return_is_reported_not_read_as_return(tmp_path, typed):
    path = _workbook(
        tmp_path / "complaint.xlsx",
        {
            "A1": "客诉单",
            "A2": "客诉编号",
            "B2": "KS-01",
            "A3": "客户",
            "B3": "华域",
            "A4": "客户要求",
            "B4": typed,
        },
    )
    doc = _read(path, "complaint")
    assert doc["record"]["customer_request"] in (None, [], typed)
    assert "customer_request" in {p["field"] for p in doc["errors"] + doc["warnings"]}
