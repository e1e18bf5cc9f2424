"""A choice's sentence moved to a text area never loses an option unsaid (issue 10, cues43).

A sentence under a choice's label (处理意见 over ``同批在库品暂停发货并全检，不良品退货``) is moved to
the section's empty text area (the immediate action's for a containment: value_cues.choice_written_out).
An option of the choice's own vocabulary that the sentence names inside a longer word (不良品退货,
不良品报废, ``rejects returned``) was lost with nothing said: the move now warns on the choice
(``choice_option_left_in_sentence``) and names the option. The words the rule tells a containment and a
decision by come from the forms' vocabularies where a form names them (compound.case_words).
Workbooks built here, a complaint sheet and a return note, in simplified and traditional Chinese and
in English.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows

from kesu_docs import forms
from kesu_docs.parse.compound import CaseWords, case_words, options_named_in
from kesu_docs.terms import Disposition

_COMPLAINT = {
    "zh": (
        "客户投诉单",
        [
            ("投诉单号", "TS-GL-260309"),
            ("投诉日期", "2026-03-09"),
            ("客户名称", "北京京东世纪贸易有限公司"),
            ("产品型号", "GL-KFR-35GW"),
            ("问题描述", "用户安装后运行 2 小时出风口凝露滴水"),
            ("临时对策", None),
            ("处理意见", ""),
        ],
    ),
    "hant": (
        "客訴單",
        [
            ("客訴單號", "TS-GL-260309"),
            ("客訴日期", "2026-03-09"),
            ("客戶名稱", "台灣松下股份有限公司"),
            ("產品型號", "GL-KFR-35GW"),
            ("問題描述", "安裝後運轉 2 小時出風口凝露滴水"),
            ("臨時對策", None),
            ("處理意見", ""),
        ],
    ),
    "en": (
        "Customer Complaint Form",
        [
            ("Complaint No.", "TS-GL-260309"),
            ("Complaint date", "2026-03-09"),
            ("Customer", "Acme Foods Ltd."),
            ("Model", "GL-KFR-35GW"),
            ("Description", "Condensation dripping from the outlet after 2 hours"),
            ("Short-term action", None),
            ("Disposition", ""),
        ],
    ),
}


def _complaint(tmp_path: Path, lang: str, opinion: str) -> Path:
    title, pairs = _COMPLAINT[lang]
    rows = [[title], *([label, value if value != "" else opinion] for label, value in pairs)]
    return sheet_from_rows(tmp_path, rows, "c.xlsx", width=30)


def _return_note(tmp_path: Path, lang: str, handling: str) -> Path:
    zh = lang != "en"
    rows: list[list[Any]] = [
        ["成品退货单" if lang == "zh" else "成品退貨單" if zh else "RETURN NOTE"],
        ["退货单号" if zh else "Return No.", "RN-2026-0077"],
        ["日期" if zh else "Date", "2026-04-16"],
        ["客户" if zh else "Customer", "北京京东世纪贸易有限公司" if zh else "Acme Foods Ltd."],
        ["品号", "品名", "核定退货量", "实退量"]
        if zh
        else ["Part No.", "Part Name", "Approved qty", "Returned qty"],
        ["PN-4410", "销钉" if zh else "Pin", 3200, 3150],
        [],
        ["退货原因" if zh else "Reason", None],
        ["处理方式" if zh else "Handling", handling],
    ]
    return sheet_from_rows(tmp_path, rows, "r.xlsx", width=24)


def _left(doc: dict[str, Any], field: str) -> list[dict[str, Any]]:
    return [
        w for w in doc["warnings"] if (w["code"], w["field"]) == ("choice_option_left_in_sentence", field)
    ]


@pytest.mark.parametrize(
    ("lang", "opinion", "area", "option"),
    [
        # a containment and the rejects' disposition: the immediate action's area, the option said
        ("zh", "同批在库品暂停发货并全检，不良品退货", "short_term_action", "return"),
        ("zh", "同批在库品隔离，不良品重工", "short_term_action", "rework"),
        ("hant", "同批在庫品暫停發貨並全檢，不良品退貨", "short_term_action", "return"),
        ("en", "Stock on hold, rejects returned", "negotiation_result", "return"),
    ],
)
def test_a_complaints_sentence_moved_says_the_option_it_names(tmp_path, lang, opinion, area, option):
    doc = read_doc(_complaint(tmp_path, lang, opinion), "complaint")
    assert doc["record"][area] == opinion  # the sentence kept whole, in its area (as round 42 moved it)
    assert not doc["record"]["disposition"]
    [warning] = _left(doc, "disposition")
    assert f"'{option}'" in warning["message"] and "not read" in warning["message"]


def test_the_warning_is_said_in_chinese_by_default(tmp_path):
    doc = read_doc(_complaint(tmp_path, "zh", "同批在库品暂停发货并全检，不良品退货"), "complaint", "zh")
    [warning] = _left(doc, "disposition")
    assert "“退货”未读作" in warning["message"] and "短期对策" in warning["message"]


@pytest.mark.parametrize(
    ("lang", "handling", "option"),
    [
        ("zh", "不良品报废，费用由贵司承担", "scrap"),
        ("hant", "不良品報廢，費用由貴司承擔", "scrap"),
    ],
)
def test_a_return_notes_sentence_moved_says_the_option_it_names(tmp_path, lang, handling, option):
    doc = read_doc(_return_note(tmp_path, lang, handling), "return")
    assert doc["record"]["reason"] == handling
    [warning] = _left(doc, "handling")
    assert f"'{option}'" in warning["message"]


@pytest.mark.parametrize(
    ("lang", "handling"),
    [
        ("zh", "同批在库品暂停发货并全检，不良品报废"),  # no immediate action on a return note: nothing moves
        ("hant", "同批在庫品暫停發貨並全檢，不良品報廢"),
        ("en", "Stock on hold, rejects scrapped"),
    ],
)
def test_a_sentence_left_in_place_keeps_its_option_and_warns_its_remark(tmp_path, lang, handling):
    doc = read_doc(_return_note(tmp_path, lang, handling), "return")
    assert doc["record"]["handling"] == ["scrap"]
    assert any(w["code"] == "choice_with_remark" and w["field"] == "handling" for w in doc["warnings"])
    assert not _left(doc, "handling")


def test_a_sentence_naming_no_option_moves_without_the_warning(tmp_path):
    doc = read_doc(_complaint(tmp_path, "zh", "同批在库药品暂停发货并复检外观。"), "complaint")
    assert doc["record"]["short_term_action"] == "同批在库药品暂停发货并复检外观。"
    assert not _left(doc, "disposition")


def test_options_are_found_anywhere_in_a_sentence_and_a_denied_one_is_not():
    assert options_named_in(Disposition, "同批在库品暂停发货并全检，不良品退货") == [Disposition.RETURN]
    assert options_named_in(Disposition, "Stock on hold, rejects returned") == [Disposition.RETURN]
    assert options_named_in(Disposition, "同批在库品暂停发货，客户不接受退货") == []


def test_the_case_words_come_from_the_forms_vocabularies():
    words = case_words()
    # the 8D's stock sorting (库存清查 / 库存挑选 / Stock sorting) names a containment's acts, its place off
    assert all(words.measures.search(w) for w in ("清查", "挑选", "排查", "sorted", "Sorting"))
    assert not words.measures.search("库存")
    # a complaint of no 8D: no stock sorting, its words are not known
    alone = CaseWords([forms.get("complaint")])
    assert not alone.measures.search("清查") and alone.measures.search("隔离")
    # the options settling a claim in money, by their words in every form's vocabulary and script
    assert all(
        words.decided.search(w) for w in ("折让", "贷项", "索赔", "Gutschrift", "credited", "refunded")
    )
    assert not CaseWords([forms.get("8d")]).decided.search("折让")  # the 8D has no such option
    # a defect's words: the defect counts' labels (不良数, 不合格数量), their count word off
    assert {"不良", "不合格", "不符"} <= set(words.defect.pattern.split("|"))


def test_words_no_form_names_are_still_known_in_both_scripts():
    words = case_words()
    for hand in ("暂停发货", "隔离", "全检", "quarantined", "on hold", "recalled"):
        assert words.measures.search(hand), hand
    for hand in ("同意", "拒绝", "贵司承担", "agreed", "compensated", "charged"):
        assert words.decided.search(hand), hand
