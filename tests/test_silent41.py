"""The silent misreads round 40 left open, each mended at the rule that made it (silent41, issue 10:
a wrong value always carries an error or a warning on its field).

1. An option's Latin word matches a whole word or the word with an inflection's ending
   (``Returned``, ``Credits``), never the beginning of another word: Italian ``reso`` (return) is
   no part of ``Resolder``, ``Resort``, ``Resolve``; ``Returnable`` is no return, ``Creditor`` no credit.
2. A doubt after an option (``换货不知道``, ``换货吗``, ``换货？``) is no choice (reported); a word naming
   nothing in brackets after an option of its own script (``退货（尽快）``) is a remark, warned
   ``choice_with_remark`` as the other remarks are (a gloss is a translation: another script); a
   request opening its own clause after an English option (``Return please expedite``) is a remark
   with or without a comma.

Each is read on a workbook written here with openpyxl and read end to end, besides in-process
calls of the choice reader.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import read_doc, sheet_from_rows

from kesu_docs.parse.compound import as_option
from kesu_docs.terms import Request

_LIST = SimpleNamespace(kind="terms", term=Request, key="customer_request")


def _complaint_en(folder: Path, request: str) -> dict:
    rows: list[list[object]] = [
        ["Customer Complaint"],
        ["Complaint No.", "CC-26-0412", "Received date", "2026-11-20"],
        ["Customer", "Valeo Wuhan", "Market", "Export"],
        ["PO No.", "PO-2611-088", "Part No.", "C-2231-07"],
        ["Part name", "Connector", "Ship date", "2026-11-02"],
        ["Shipped qty", "20000", "Defect qty", "36"],
        ["Complaint type", "Quality"],
        ["Description", "Terminal back-out"],
        ["Customer request", request],
        ["Requested qty", "36"],
    ]
    return read_doc(sheet_from_rows(folder, rows, "complaint.xlsx", width=22), kind="complaint")


def _complaint_zh(folder: Path, request: str) -> dict:
    rows: list[list[object]] = [
        ["客户投诉处理单"],
        ["投诉编号", "KS-2026-0411", "投诉日期", "2026-03-10"],
        ["客户名称", "华东精密模具有限公司", "产品型号", "HD-SPR-0412"],
        ["问题描述", "弹簧变形"],
        ["客户诉求", request],
    ]
    return read_doc(sheet_from_rows(folder, rows, "complaint.xlsx", width=22), kind="complaint")


def _request(doc: dict) -> object:
    return doc["record"].get("customer_request")


def _on(doc: dict, field: str, code: str | None = None) -> list[dict]:
    return [
        p
        for p in doc["errors"] + doc["warnings"]
        if p["field"] == field and (code is None or p["code"] == code)
    ]


# ---------------------------------------------------------------------------------- 1. whole words
@pytest.mark.parametrize(
    "typed",
    ["Resolder joints", "Resort stock", "Resolve in 8D", "Returnable packaging", "Creditor note"],
)
def test_an_options_latin_word_is_never_the_beginning_of_another_word(typed):
    assert as_option(_LIST, typed) == typed  # left as typed: validation reports it


@pytest.mark.parametrize(
    ("typed", "options"),
    [
        ("Returned", ["return"]),
        ("Returns", ["return"]),
        ("Replaced", ["replacement"]),
        ("Reworking", ["rework"]),
        ("Credit notes", ["allowance"]),
        ("Gutschriften", ["allowance"]),
        ("Reso", "return"),  # (the word itself, by the vocabulary's lookup)
    ],
)
def test_an_options_latin_word_keeps_its_inflections(typed, options):
    found = as_option(_LIST, typed)
    assert found == options or Request.lookup(found) is not None


def test_replace_then_resolve_is_a_replacement_with_a_remark_not_a_return_too():
    assert as_option(_LIST, "Replace; resolve by 8D") == ["replacement"]


@pytest.mark.parametrize("typed", ["Resolder joints", "Returnable packaging", "Creditor note"])
def test_a_workbooks_request_beginning_like_an_option_is_reported_not_read(tmp_path, typed):
    doc = _complaint_en(tmp_path, typed)
    assert _request(doc) in (None, typed)
    assert _on(doc, "customer_request", "invalid_choice")


# ---------------------------------------------------------------------------------- 2. doubts, remarks
@pytest.mark.parametrize("typed", ["换货不知道", "换货吗", "换货？", "退货不确定"])
def test_a_doubt_after_an_option_is_no_choice(tmp_path, typed):
    assert as_option(_LIST, typed) == typed
    doc = _complaint_zh(tmp_path, typed)
    assert _request(doc) in (None, typed)
    assert _on(doc, "customer_request")


@pytest.mark.parametrize(
    ("typed", "options", "remark"),
    [
        ("退货（尽快）", ["return"], "尽快"),
        ("退貨(儘快)", ["return"], "儘快"),
        ("Return (expedite)", ["return"], "expedite"),
        ("Return please expedite", ["return"], "please expedite"),
        ("Replace ASAP", ["replacement"], "ASAP"),
    ],
)
def test_a_remark_beside_an_option_is_read_and_warned(tmp_path, typed, options, remark):
    doc = _complaint_zh(tmp_path, typed)
    assert _request(doc) == options
    [warning] = _on(doc, "customer_request", "choice_with_remark")
    assert remark in warning["message"]


@pytest.mark.parametrize(
    ("typed", "option"),
    [
        ("交换（换货）", "replacement"),
        ("Reemplazo (Replacement)", "replacement"),
        ("Rückgabe（退货）", "return"),
    ],
)
def test_an_option_with_its_gloss_in_brackets_stays_the_option_unwarned(typed, option):
    assert Request.lookup(typed) is not None
    assert Request.lookup(typed).value == option
