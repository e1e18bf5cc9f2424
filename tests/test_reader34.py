"""The reader's open misreads round 33 left (issue 10: never a silent misread, general rules),
each read on forms of our own, as Excel and as LibreOffice's PDF print of it where the reader
reads both.

- **D7's clauses are cut at clause boundaries, not at an aside's commas**: ``We did not,
  however, fit the guard on line 2 too`` is no deployment (the negation's clause ran on past
  ``however``); ``No recurrence found, gauge also fitted on line 2`` still is.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import assert_counted_complaint, book_as, field_codes, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------ D7: an aside between commas stays in its clause
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("We did not, however, fit the guard on line 2 too.", False),
        ("The gauge was never, in fact, installed on line 3 as well.", False),
        ("Nous n'avons pas, cependant, installé le détrompeur aussi sur la ligne 2.", False),
        ("我们没有，但是，也在3号线导入防错治具。", False),
        ("防错治具未，因此，也在3号线导入。", False),
        # the other way: an aside in a clause saying no negation, and a comma that does end one
        ("Gauge, however, fitted on line 2 too.", True),
        ("防错治具，因此，也在3号线导入。", True),
        ("No recurrence found, gauge also fitted on line 2.", True),
        # (fixrd34: an aside after words whose negation has its verb ends the clause as any comma)
        ("Not fitted, therefore, on both presses.", True),
        ("未发现不良，也在3号线导入防错治具。", True),
    ],
)
def test_a_d7_aside_between_commas_stays_in_its_clause(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def _eight_d(tmp_path: Path, d7: str) -> Path:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-VL-2611-014", "Opened", "2026-11-02"],
        ["Customer", "Valdor Fittings BV", "Part No.", "VF-CLP-2208"],
        ["D2 Problem", "Clamp burr on the inner edge, 48 pcs."],
        ["D4 Root cause", "Deburring brush worn past its limit."],
        ["D5 Corrective action", "Brush replaced, wear checked every shift."],
        ["D7 Prevention", d7],
        ["D8 Closed", "2026-11-20"],
    ]
    return landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 60, "C": 14, "D": 20})


@pytest.mark.parametrize("form", FORMS)
def test_a_d7_negated_across_an_aside_is_no_deployment(tmp_path: Path, form: str) -> None:
    text = "We did not, however, fit the guard on line 2 too."
    prevention = read_doc(book_as(_eight_d(tmp_path, text), form), "8d")["record"]["prevention"]
    assert prevention["horizontal_deployment"] != text, prevention
    assert text in prevention.values(), prevention


# ------------------------------------------------ a count written with a word of scale, or a result
ABOUT = ("CC-26-3412", "Tessaro Meccanica", "TM-VLV-0820", "Valve seat scored on the sealing face.")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("delivered", "defective", "counts"),
    [
        ("12 dozen", "2 Tausend", [144, 2000]),
        ("2 million", "1.5k", [2_000_000, 1500]),
        ("3万", "2 千", [30000, 2000]),
    ],
)
def test_a_count_with_a_word_of_scale_is_read_as_the_product_and_said(
    tmp_path: Path, form: str, delivered: str, defective: str, counts: list[int]
) -> None:
    """Before: ``12 dozen`` read 12 (``qty_word_unknown``), ``3万`` 30000 without a word."""
    doc = assert_counted_complaint(
        tmp_path, form, ("2026-06-08", delivered, defective), ("2026-06-08", counts), ABOUT
    )
    for field in ("ship_qty", "defect_qty"):
        said = [p for p in doc["warnings"] if p.get("field") == field and p["code"] == "qty_scaled"]
        assert said and "scale" in said[0]["message"], doc["warnings"]
        assert "qty_word_unknown" not in field_codes(doc, field)


def test_a_word_of_scale_in_an_amount_is_read_and_said() -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import meta_at
    from kesu_docs.parse.typed import scaled_figure

    price = meta_at(get("return"), "items[0].amount")
    assert scaled_figure(price, "2 million") == ("2000000.00", "million", "2", 1_000_000)
    assert scaled_figure(price, "1,5 Tausend") == ("1500.00", "Tausend", "1,5", 1000)
    assert scaled_figure(price, "1.2万") is None  # (amount_in_units says it)
    count = meta_at(get("complaint"), "defect_qty")
    assert scaled_figure(count, "12 pecoj") is None  # (no scale: qty_word_unknown)
    assert scaled_figure(count, "1.5 dozen") == ("18", "dozen", "1.5", 12)
    assert scaled_figure(count, "1.05 dozen") is None  # (no whole count)


def test_the_scale_words_are_the_cldrs() -> None:
    """Each word of SCALE_WORD_CLDR is a long compact decimal format's word of some language's
    CLDR data (babel), with that factor."""
    from babel import Locale

    from kesu_docs.parse.units import SCALE_WORD_CLDR

    named: dict[str, set[int]] = {}
    for lang in "en de fr es pt it nl pl cs ru tr vi id th ko ja sv da fi nb".split():
        for plural in Locale.parse(lang)._data["compact_decimal_formats"]["long"].values():
            for magnitude, pattern in plural.items():
                zeros = pattern.pattern.count("0")
                word = pattern.pattern.replace("0", "").strip().casefold()
                if zeros and word:
                    named.setdefault(word, set()).add(int(magnitude) // 10 ** (zeros - 1))
    assert {w: named.get(w) for w in SCALE_WORD_CLDR} == {w: {f} for w, f in SCALE_WORD_CLDR.items()}


@pytest.mark.parametrize("form", FORMS)
def test_a_result_after_a_count_is_said_as_such(tmp_path: Path, form: str) -> None:
    """``500 OK`` under Qty defective: 500 read, the result named (before: ``qty_word_unknown``,
    OK taken for a language's word for pieces)."""
    doc = assert_counted_complaint(
        tmp_path, form, ("2026-06-08", "1200", "500 OK"), ("2026-06-08", [1200, 500]), ABOUT
    )
    said = [p for p in doc["warnings"] if p.get("field") == "defect_qty" and p["code"] == "qty_with_status"]
    assert said and "'OK'" in said[0]["message"], doc["warnings"]


# ------------------------------------------------ an 8D whose steps are numbered to ten
PLAN_FIRST = [
    ("Step 1 Plan", "Opened on the customer's return of lot 2606-14."),
    ("Step 2 Team", "Li Wei (QE), Chen Hao (Prod)"),
    ("Step 3 Problem description", "Housing cracked at the boss, 24 pcs."),
    ("Step 4 Containment", "Stock of 1,200 pcs sorted."),
    ("Step 5 Root cause", "Mould temperature too low."),
    ("Step 6 Corrective action", "Mould heater replaced."),
    ("Step 7 Verification", "3 lots without a crack."),
    ("Step 8 Prevention", "PFMEA updated."),
    ("Step 9 Congratulate the team", "Team thanked at the monthly meeting."),
    ("Step 10 Closure", "2026-07-30"),
]
TEN_STEPS = [
    ("步骤1 小组成员", "李伟（品保）"),
    ("步骤2 问题描述", "外壳螺柱开裂 24 pcs"),
    ("步骤3 临时措施", "库存 1200 pcs 全检"),
    ("步骤4 根本原因", "模温过低"),
    ("步骤5 纠正措施", "更换模温机"),
    ("步骤6 效果验证", "连续 3 批无开裂"),
    ("步骤7 预防再发", "更新 PFMEA"),
    ("步骤8 标准化", "作业指导书更新"),
    ("步骤9 经验教训", "模温纳入点检"),
    ("步骤10 结案", "2026-07-30"),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("steps", [PLAN_FIRST, TEN_STEPS], ids=["plan-first", "zh-ten"])
def test_steps_numbered_past_eight_are_read_by_their_names(
    tmp_path: Path, form: str, steps: list[tuple[str, str]]
) -> None:
    """``Step 2 Team`` is no D2, ``步骤10 结案`` no step at all (before: the team, the containment,
    the root cause and the closing date lost, the containment and the date without a word)."""
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-KS-2607-022", "Opened", "2026-07-02"],
        ["Customer", "Kestrel Systems", "Part No.", "KS-HSG-3301"],
        *([a, b] for a, b in steps),
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 28, "B": 60, "C": 14, "D": 20})
    doc = read_doc(book_as(path, form), "8d")
    record = doc["record"]
    typed = [value for _heading, value in steps]
    en = steps is PLAN_FIRST
    team, statement, containment, cause, action = typed[1:6] if en else typed[0:5]
    assert record["team"] and record["team"][0]["name"] in team, record["team"]
    assert record["problem"]["statement"] == statement
    assert [c["action"] for c in record["containment"]] == [containment]
    assert [c["cause"] for c in record["root_cause"]] == [cause]
    assert record["corrective_actions"][0]["action"] == action
    assert record["closure"]["closed_date"] == "2026-07-30"
    if en:  # Step 1 Plan: a step no field takes (D0), said — never passed over
        unread = [p["message"] for p in doc["warnings"] if p["code"] == "unread_label"]
        assert any("'Plan'" in m for m in unread), unread


def test_steps_numbered_one_to_eight_or_out_of_order_are_left() -> None:
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import counted_steps

    def boxes(texts: list[str]) -> list[Box]:
        return [Box(t, t, 0.0, 20.0 * i, 100.0, 20.0 * i + 10, f"A{i + 1}") for i, t in enumerate(texts)]

    eight = boxes([f"Step {n} Name {n}" for n in range(1, 9)])
    assert counted_steps(eight) == eight
    shuffled = boxes([f"Step {n} Name {n}" for n in (1, 2, 3, 10, 4, 5, 6)])
    assert counted_steps(shuffled) == shuffled
    ten = boxes([f"Step {n} Name {n}" for n in range(1, 11)])
    assert [b.text for b in counted_steps(ten)] == [f"Name {n}" for n in range(1, 11)]


# ------------------------------------------------ a currency named in a label no field takes
@pytest.mark.parametrize(
    ("form", "note", "words"),
    [
        ("xlsx", ["币别：人民币"], "人民币壹仟柒佰肆拾元零贰角"),
        ("pdf", ["币别：人民币"], "人民币壹仟柒佰肆拾元零贰角"),  # (its print: 币别： an unread label)
        ("xlsx", ["Currency", "RMB"], "人民币壹仟柒佰肆拾元零贰角"),
        ("pdf", ["Currency: NT$"], "新臺幣壹仟柒佰肆拾元零貳角"),
        ("xlsx", ["幣別", "新台幣"], "新臺幣壹仟柒佰肆拾元零貳角"),
        ("xlsx", ["Currency: USD"], None),
    ],
)
def test_a_trade_currency_in_a_label_no_field_takes_still_names_the_amounts(
    tmp_path: Path, form: str, note: list[str], words: str | None
) -> None:
    """Round 33 asked a label no field took for a trade currency's code only (``Checked in ALL
    lots`` names no lek): renminbi, New Taiwan dollars and US dollars written so still name the
    form's amounts — words derived in the first two, none in dollars (and said)."""
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", "KN-VT-0412", "Date", "2026-04-12"],
        ["Buyer", "Vento Trading Co.", "Tax No.", "VT-0093318"],
        ["Invoice No.", "FA-26-00477", "Invoice date", "2026-04-02"],
        ["Item", "Qty", "Unit price", "Amount", "Tax"],
        ["Bracket", 150, 10.0, 1500.0, 195.0],
        ["Cover plate", 2, 20.0, 40.0, 5.2],
        [],
        note,
        ["Net total", None, None, 1540.0],
        ["Total tax", None, None, 200.2],
        ["Total", None, None, 1740.2],
    ]
    path = landscape_book(tmp_path / "cn.xlsx", rows, {"A": 30, "B": 14, "C": 16, "D": 18, "E": 10})
    doc = read_doc(book_as(path, form), "allowance")
    assert doc["record"]["total_in_words"] == words
    if words is None:
        said = [p["message"] for p in doc["warnings"] if p["code"] == "amount_words_not_derived"]
        assert said and "USD" in said[0], doc["warnings"]
