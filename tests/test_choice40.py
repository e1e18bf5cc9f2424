"""One reading of a choice phrase: the text between the options' words classed once (choice40,
issue 10).

``compound._options_written`` finds where each option's word stands (its Chinese words, its Latin
ones); ``compound._between`` classes the text before, between and after them, and the reading
follows from the classes:

=================  ==========================================  ===================================
class              examples (zh-Hans / zh-Hant / English)      read as
=================  ==========================================  ===================================
run together       退货更换 / 退貨更換                          both options
joiner             退货和换货 / 退貨及換貨 / Return and replace  both options
alternative        退货或换货 / 退貨還是換貨 / Return or replace  no choice: left as typed, reported
printed list       □退货 □换货 / 退貨　換貨 / ▯ Return ▯ Replace  no choice: the form's list, reported
another's word     退货 Replacement / 退貨 Replacement / Return 换货  neither: reported
words between      退货后换货 / Rework before return           no choice: their relation unread
remark             退货，请尽快处理 / 退貨，請盡快處理 /          the option, warned choice_with_remark
                   Return, please expedite; 换货3件
a word of the      退货，赔付金 / 退貨，賠付金                   no choice: an option the field lacks
options' kin                                                   (赔付金 as 赔款), never a remark
=================  ==========================================  ===================================

A bracketed option after another (``退货（换货）``) is two options printed apart: reported (a
bracketed word naming no option in the option's own script, ``退货（尽快）``, is a remark, read and
warned — silent41; a gloss is a translation, in another script). A profile's read warns a remark as
the generic reader does.

In-process ``as_option`` / ``phrase_remarks`` calls and real workbooks (openpyxl) read end to end.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers import parse_cli, read_doc, run_cli, sheet_from_rows

from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse.compound import _between, _option_text, _options_written, as_option, phrase_remarks
from kesu_docs.terms import Request

_ONE = SimpleNamespace(kind="term", term=Request, key="request")
_LIST = SimpleNamespace(kind="terms", term=Request, key="customer_request")
_HANDLING = SimpleNamespace(kind="terms", term=ReturnHandling, key="handling")


def _classes(term, word: str) -> list[str]:
    text = _option_text(word)
    return [kind for kind, _, _ in _between(term, text, _options_written(term, text), set())]


# ---------------------------------------------------------------------------------- the classes
@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("退货更换", "together"),
        ("退貨更換", "together"),
        ("退货或换货", "alternative"),
        ("退貨還是換貨", "alternative"),
        ("Return or replace", "alternative"),
        ("□退货 □换货", "listed"),
        ("退貨　換貨", "listed"),
        ("\uf0a8 Return \uf0a8 Replace", "listed"),
        ("退货 Replacement", "listed"),
        ("Return 换货", "listed"),
        ("退货后换货", "clause"),
        ("Rework before return", "clause"),
        ("退货和换货", "joined"),
        ("Return & replace", "joined"),
    ],
)
def test_the_text_between_two_options_is_classed_once(word, kind):
    assert kind in _classes(Request, word)


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("换货3件", "remark"),
        ("Return - please expedite", "remark"),
        ("选别后交换良品", "remark"),
        ("换货赔付金", "kin"),
        ("換貨賠付金", "kin"),
        ("换货，不知道", "doubt"),
        ("或者退货", "alternative"),
    ],
)
def test_the_text_beside_the_options_is_classed_once(word, kind):
    assert kind in _classes(Request, word)


# ---------------------------------------------------------------------------------- the readings
@pytest.mark.parametrize(
    ("word", "options"),
    [
        ("退货更换", ["return", "replacement"]),
        ("退貨更換", ["return", "replacement"]),
        ("退货和换货", ["return", "replacement"]),
        ("退貨及換貨", ["return", "replacement"]),
        ("Return and replace", ["return", "replacement"]),
    ],
)
def test_options_run_together_or_joined_are_both_chosen(word, options):
    assert as_option(_LIST, word) == options
    assert phrase_remarks(Request, [word]) == []


@pytest.mark.parametrize(
    "word",
    [
        "退货或换货",
        "退貨還是換貨",
        "Return or replace",
        "或者退货，或者换货",
        "□退货 □换货",
        "退貨　換貨",
        "\uf0a8 Return \uf0a8 Replace",
        "退货 Replacement",
        "退貨 Replacement",
        "Return 换货",
        "退货后换货",
        "Rework before return",
        "退货（换货）",
        "退貨（換貨）",
        "Return (replace)",
    ],
)
def test_options_offered_listed_or_related_by_words_are_no_choice(word):
    assert as_option(_LIST, word) == word
    assert as_option(_ONE, word) == word


@pytest.mark.parametrize(
    ("word", "option", "remark"),
    [
        ("退货，请尽快处理", "return", "请尽快处理"),
        ("退貨，請盡快處理", "return", "请尽快处理"),
        ("Return, please expedite", "return", "please expedite"),
        ("Return; please expedite", "return", "please expedite"),
        ("换货3件", "replacement", "3件"),
        ("換貨3件", "replacement", "3件"),
        ("补发同等数量", "resupply", "同等数量"),
    ],
)
def test_an_option_with_words_beside_it_is_read_and_the_words_kept_as_a_remark(word, option, remark):
    assert as_option(_ONE, word) == option
    assert phrase_remarks(Request, [word]) == [remark]


@pytest.mark.parametrize("word", ["退货，赔付金", "退貨，賠付金", "换货赔付金", "赔付金", "退货并罚款"])
def test_a_word_of_the_options_kin_is_an_option_the_field_lacks_never_a_remark(word):
    """赔付金 begins as 赔款 (compensation) does, 罚款 ends as 扣款: the field's vocabulary says they
    are options' words, never remarks — reported, never read as a return with a remark. (赔偿 / 赔偿金,
    the examples here before channel41, are compensation's own words since: 退货退款并赔偿 on a 12315 transfer.)"""
    assert as_option(_LIST, word) == word
    assert phrase_remarks(Request, [word]) == []


def test_a_beginning_of_another_options_word_before_a_whole_one_stays_read_past():
    """``退回重工`` on a return note: 退回 begins 退回供应商, 重工 is rework's whole word (rh39)."""
    assert as_option(_HANDLING, "退回重工") == ["rework"]
    assert phrase_remarks(ReturnHandling, ["退回重工"]) == []


# ---------------------------------------------------------------------------------- end to end
def _sheet(folder: Path, request: str, number: str = "KS-2026-040") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[list[object]] = [
        ["客户投诉处理单"],
        ["投诉编号", number, "投诉日期", "2026-03-10"],
        ["客户名称", "华东精密模具有限公司", "产品型号", "HD-SPR-0412"],
        ["问题描述", "弹簧变形"],
        ["客户诉求", request],
    ]
    return sheet_from_rows(folder, rows, "complaint.xlsx", width=22)


def _complaint(folder: Path, request: str) -> dict:
    return read_doc(_sheet(folder, request), kind="complaint")


def _request(doc: dict) -> object:
    return doc["record"].get("customer_request")


def _on_request(doc: dict, code: str | None = None) -> list[dict]:
    return [
        p
        for p in doc["errors"] + doc["warnings"]
        if p["field"] == "customer_request" and (code is None or p["code"] == code)
    ]


@pytest.mark.parametrize(
    ("typed", "options", "remark"),
    [
        ("Return, please expedite", ["return"], "please expedite"),
        ("換貨3件", ["replacement"], "3件"),
        ("退貨，請盡快處理", ["return"], "請盡快處理"),  # (as the clerk typed it)
    ],
)
def test_a_workbooks_choice_with_a_remark_is_read_and_warned(tmp_path, typed, options, remark):
    doc = _complaint(tmp_path, typed)
    assert _request(doc) == options
    [warning] = _on_request(doc, "choice_with_remark")
    assert remark in warning["message"]


@pytest.mark.parametrize("typed", ["退貨還是換貨", "退货，赔付金", "退货 Replacement"])
def test_a_workbooks_choice_offered_or_of_an_unread_option_is_reported(tmp_path, typed):
    doc = _complaint(tmp_path, typed)
    assert _request(doc) in (None, typed)
    assert _on_request(doc)  # reported on the field, never read silently
    assert not _on_request(doc, "choice_with_remark")


def test_a_workbooks_joined_options_are_both_read_without_a_warning(tmp_path):
    doc = _complaint(tmp_path, "退貨及換貨")
    assert _request(doc) == ["return", "replacement"]
    assert not _on_request(doc)


def test_a_profiles_choice_with_a_remark_is_warned_as_the_generic_reader_warns_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    code, out = run_cli("learn", _sheet(tmp_path / "a", "退货", "KS-2026-041"), "--kind", "complaint")
    assert code == 0, out
    copy = _sheet(tmp_path / "b", "退货，请尽快处理", "KS-2026-042")
    _code, (doc,) = parse_cli(copy, "--lang", "en")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["customer_request"] == ["return"]
    [warning] = _on_request(doc, "choice_with_remark")
    assert "请尽快处理" in warning["message"]
