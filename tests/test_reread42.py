"""Round 42's re-read (issue 10, never silent): three mechanisms that three helpers grew by patches,
each said once, on small workbooks built here.

1. **What a count is in** (``count_words.COUNT_WORD_TABLE``'s ``packs`` column): whether a word counts
   pieces, packages at times (箱, 卷, a coil, a drum), or packages only (a carton, a pallet, 托) is one
   column of the one table of count words, each row with its source; the package word of a quantity
   (``qty_in_packages``), a pack size's word (``3 rolls (100 pcs each)``) and a label's own unit all
   ask it — a new unit is one row.
2. **A 处理… label** (``complaint.handling_labels``): 处理 and a word of what was done (说明, 措施, 情况, 经过)
   or how it ended (结果) names the case's handling as a whole — read as the immediate action, always warned;
   a field's own 处理… label (处理方式: the disposition) stays its field's.
3. **A negation's character beside an option** (``compound._doubts``): a defect's word (不良, 不合格, 不符)
   is what the option is done to (不良退货: a return), no doubt; 不退货, 退货不知道, 换货吗 stay doubts; a sentence
   written out under a choice's label stays the decision's text whatever options were read from it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from test_fixrv40 import COMPLAINT_ROWS

from kesu_docs.parse.count_words import COUNT_WORD_TABLE, PACKS, counting_rows, package_words
from kesu_docs.parse.units import count_words, package_word, packs_times_each

WIDTH = 22


def _defect_qty(tmp_path: Path, typed: str) -> dict[str, Any]:
    rows = [r if r[:1] != ["出货数量"] else ["出货数量", "20000", "不良数量", typed] for r in COMPLAINT_ROWS]
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")


# ---------------------------------------------------------------- 1. what a count is in: one column
def test_every_row_says_what_its_words_count_and_the_package_words_are_its_rows():
    assert all(row.packs in PACKS for row in COUNT_WORD_TABLE)
    packages = re.compile(package_words())
    for row in COUNT_WORD_TABLE:
        for word in row.words:
            plain = word.replace("?", "").replace("\\", "")
            assert bool(packages.fullmatch(plain)) == bool(row.packs), (row, word)
    # a package-only word is no count word (a figure's unit, a letter's count): ctn, 托
    counted = re.compile(count_words())
    assert not counted.fullmatch("ctns") and not counted.fullmatch("托") and counted.fullmatch("箱")
    assert all(row.packs != "only" for row in counting_rows())


@pytest.mark.parametrize(
    "word", ["箱", "卷", "ctns", "Cartons", "pallet", "托", "coils", "drum", "令", "ＣＴＮ"]
)
def test_a_package_word_is_what_the_table_says(word: str) -> None:
    assert package_word(word)


@pytest.mark.parametrize("word", ["pcs", "件", "个", "sets", "kg", "米"])
def test_a_count_word_of_pieces_is_no_package(word: str) -> None:
    assert not package_word(word)


@pytest.mark.parametrize(
    ("typed", "figure"),
    [("2 pallets", 2), ("4 cartons", 4), ("3托", 3), ("6盘", 6), ("5 drums", 5), ("3箱", 3), ("2 reels", 2)],
)
def test_a_count_in_any_package_word_of_the_table_is_read_and_said(
    tmp_path: Path, typed: str, figure: int
) -> None:
    doc = _defect_qty(tmp_path, typed)
    assert doc["record"]["defect_qty"] == figure
    assert "qty_in_packages" in field_codes(doc, "defect_qty")


def test_a_pack_size_in_a_package_word_of_the_process_industries_is_read_as_the_product(
    tmp_path: Path,
) -> None:
    # (a roll was a count word, not a pack word: ``3 rolls (100 pcs each)`` was left unread; now 300, said)
    assert packs_times_each("3 rolls (100 pcs each)") == (3, 100)
    assert packs_times_each("3 drums (200 kg each)") is None  # (a weight in each: no count of pieces)
    doc = _defect_qty(tmp_path, "3 rolls (100 pcs each)")
    assert doc["record"]["defect_qty"] == 300
    assert "qty_in_packs" in field_codes(doc, "defect_qty")


# ---------------------------------------------------------------- 2. a 处理… label: one rule
# (the holdouts' 处理结果 / 處理說明 / 处理措施 hold what was done at once: holdout45, holdout46)
@pytest.mark.parametrize(
    ("label", "typed"),
    [
        ("处理说明", "已寄送新品，瑕疵品由物流回收。"),
        ("處理說明", "已寄送新品，瑕疵品由物流回收。"),
        ("处理措施", "同批在库 1.2 万支暂停发货，留样复检。"),
        ("处理结果", "已登记换新，安排快递上门取件。"),
        ("处理情况", "已安排网点上门检测后换新。"),  # (no entry of its own: the rule's)
        ("處理經過", "同批次庫存下架，篩網破損排查。"),
    ],
)
def test_a_handling_label_is_read_as_what_was_done_at_once_and_warned(
    tmp_path: Path, label: str, typed: str
) -> None:
    doc = read_doc(
        sheet_from_rows(tmp_path, [*(list(r) for r in COMPLAINT_ROWS), [label, typed]], width=WIDTH),
        "complaint",
    )
    assert doc["record"]["short_term_action"] == typed
    assert field_codes(doc, "short_term_action"), f"{label} read with nothing said"


def test_a_fields_own_handling_label_stays_its_fields(tmp_path: Path) -> None:
    rows = [*(list(r) for r in COMPLAINT_ROWS), ["处理方式", "退货"]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["disposition"] == ["return"]
    assert not doc["record"]["short_term_action"]


# ---------------------------------------------------------------- 3. a negation's character beside an option
def _request(tmp_path: Path, typed: str) -> dict[str, Any]:
    rows = [r if r[:1] != ["客户要求"] else ["客户要求", typed] for r in COMPLAINT_ROWS]
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")


@pytest.mark.parametrize("typed", ["不良退货", "不合格品退货", "退货（不良品）"])
def test_a_defect_word_beside_an_option_is_what_it_is_done_to(tmp_path: Path, typed: str) -> None:
    doc = _request(tmp_path, typed)
    assert doc["record"]["customer_request"] == ["return"]
    assert "choice_with_remark" in field_codes(doc, "customer_request")  # (the defect's words said beside)


@pytest.mark.parametrize("typed", ["不退货", "退货不知道", "换货吗", "退货无效", "不良品不退货"])
def test_a_negation_or_a_question_beside_an_option_stays_a_doubt(tmp_path: Path, typed: str) -> None:
    doc = _request(tmp_path, typed)
    assert doc["record"]["customer_request"] != ["return"] and doc["record"]["customer_request"] != [
        "replacement"
    ]
    assert field_codes(doc, "customer_request"), f"{typed!r} read with nothing said"


def test_a_sentence_with_a_defect_word_under_a_choice_label_stays_the_decisions_text(tmp_path: Path) -> None:
    # (options are read from it now — 赔款, the rest remarks —; the sentence is written out all the same)
    rows = [*(list(r) for r in COMPLAINT_ROWS), ["处理意见", "同意退回不良品，赔款按实际上门单据核算。"]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["negotiation_result"] == "同意退回不良品，赔款按实际上门单据核算。"
    assert not doc["record"]["disposition"]
    assert "choice_with_remark" not in field_codes(doc, "disposition")
