"""Silent misreads round 41's new labels made, found by its second review (issue 10: a wrong value always
carries an error or a warning on its field), each on a small workbook built here.

A label the round added for one trade's form names another thing on a factory's own sheet:

- ``投诉人`` / ``Complainant``: the consumer who complained (a 12315 transfer, a hotline) — on a factory's
  sheet the customer's person who phoned, beside a customer code: never the customer silently;
- ``处理措施``: a regulated trade's containment — on a factory's 客诉单 the case's handling as a whole
  (the disposition agreed, the countermeasure);
- ``班长``: a hotline's shift leader reviewing the record — in a factory the line's shift leader;
- ``不良事件``: a device's adverse event — in a factory the defect incident itself (``有``: there was one);
- ``质量负责人`` / ``QA负责人``: a GMP approver — on a factory's sheet the quality engineer in charge.

Each is still read where it stands alone, and always shown for checking (a doubtful label).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from test_fixrv40 import COMPLAINT_ROWS

WIDTH = 22


def _complaint(tmp_path: Path, rows: list[list[Any]]) -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")


def _added(label: str, value: Any, rows: list[list[Any]] = COMPLAINT_ROWS) -> list[list[Any]]:
    return [*(list(r) for r in rows), [label, value]]


# ------------------------------------------------------------------ the complainant beside a customer code
@pytest.mark.parametrize(("label", "person"), [("投诉人", "李明"), ("Complainant", "John Smith")])
def test_a_complainant_beside_a_customer_code_is_no_silent_customer(
    tmp_path: Path, label: str, person: str
) -> None:
    rows = [r if r[:1] != ["客户名称"] else ["客户代码", "C0012", "市场", "内销"] for r in COMPLAINT_ROWS]
    doc = _complaint(tmp_path, _added(label, person, rows))
    customer = doc["record"]["customer"]
    assert customer != person or field_codes(doc, "customer"), "the complainant read as the customer, unsaid"


def test_a_consumers_complaint_still_reads_its_complainant(tmp_path: Path) -> None:
    rows = [r for r in COMPLAINT_ROWS if r[:1] != ["客户名称"]]
    doc = _complaint(tmp_path, _added("投诉人", "李明", rows))
    assert doc["record"]["customer"] == "李明"
    assert field_codes(doc, "customer")  # (shown for checking)


# ------------------------------------------------------------------ words of another trade
@pytest.mark.parametrize(
    ("label", "typed", "field", "read"),
    [
        ("处理措施", "同意退货，补发 360 pcs", "short_term_action", "同意退货，补发 360 pcs"),
        ("处理措施", "更换模具，增加电镀槽液每日检测", "short_term_action", "更换模具，增加电镀槽液每日检测"),
        ("班长", "李四", "sales_supervisor", "李四"),
        ("不良事件", "有", "safety_related", True),
        ("质量负责人", "王工", "approver", "王工"),
        ("QA负责人", "王工", "approver", "王工"),
    ],
)
def test_another_trades_word_is_read_and_shown_for_checking(
    tmp_path: Path, label: str, typed: str, field: str, read: Any
) -> None:
    doc = _complaint(tmp_path, _added(label, typed))
    assert doc["record"][field] == read
    assert field_codes(doc, field), f"{label} {typed!r} read as {field} with nothing said"


def test_a_devices_adverse_event_question_says_nothing(tmp_path: Path) -> None:
    doc = _complaint(tmp_path, _added("是否涉及不良事件", "否"))
    assert doc["record"]["safety_related"] is False
    assert not field_codes(doc, "safety_related")


# ------------------------------------------------------------------ a count in what the goods come in
# (review41's qty_in_packages says 3卷 / 2桶 count rolls and drums, not pieces; holdout47 read the process
# industries' English words and 令 / 匹 as whole counts: the same package said in one language, silent in
# the other — a roll, a coil, a drum, a ream, a bolt is the piece or its package, as the goods are)
@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("3 drums", 3),
        ("3 rolls", 3),
        ("10 coils", 10),
        ("5令", 5),
        ("4 匹", 4),
    ],
)
def test_a_count_in_rolls_drums_reams_or_bolts_is_said_in_every_language(
    tmp_path: Path, typed: str, figure: int
) -> None:
    doc = _complaint(
        tmp_path,
        [r if r[:1] != ["出货数量"] else ["出货数量", "20000", "不良数量", typed] for r in COMPLAINT_ROWS],
    )
    assert doc["record"]["defect_qty"] == figure
    assert "qty_in_packages" in field_codes(doc, "defect_qty")


@pytest.mark.parametrize("typed", ["360 pcs", "360 units", "360 sets", "360 pairs", "360 件", "360"])
def test_a_count_of_pieces_in_any_language_says_nothing_of_packages(tmp_path: Path, typed: str) -> None:
    doc = _complaint(
        tmp_path,
        [r if r[:1] != ["出货数量"] else ["出货数量", "20000", "不良数量", typed] for r in COMPLAINT_ROWS],
    )
    assert doc["record"]["defect_qty"] == 360
    assert "qty_in_packages" not in field_codes(doc, "defect_qty")


# ------------------------------------------------------------------ 处理结果 between two fields
# (round 41's merge made 处理结果 a doubtful label of the short-term action — on another sheet it is the outcome
# agreed with the customer — while the negotiation's result kept it sure: a hotline's 处理结果 went to the
# negotiation's result with nothing said, as holdout45's hotline and holdout46's cosmetic complaint show)
def test_what_was_done_under_a_bare_result_label_is_never_placed_unsaid(tmp_path: Path) -> None:
    doc = _complaint(tmp_path, _added("处理结果", "已登记换新，安排快递上门取件。"))
    record = doc["record"]
    placed = [f for f in ("short_term_action", "negotiation_result") if record.get(f)]
    assert placed, "处理结果 read nowhere"
    for f in placed:
        assert field_codes(doc, f), f"处理结果 read as {f} with nothing said"


def test_a_negotiations_own_label_says_nothing(tmp_path: Path) -> None:
    doc = _complaint(tmp_path, _added("交涉结果", "客户同意退货，不索赔。"))
    assert doc["record"]["negotiation_result"] == "客户同意退货，不索赔。"
    assert not field_codes(doc, "negotiation_result")
