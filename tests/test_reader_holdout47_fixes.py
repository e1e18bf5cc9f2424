"""What the forty-seventh held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **The steel trade's words for a complaint** (质量异议单: 异议 is the mill's word for a complaint):
  异议编号 its number, 用户单位 / 用户名称 the customer (the mill's 用户), 合同号 / Contract No. the
  order, 炉号 / Heat No. the lot (the melt a coil or plate was cast from), 异议件数 / 异议数量 the
  pieces objected to, 异议类别, 异议内容, 用户要求, 异议金额, 销售科长; a 退货单, 折让单 or 8D names
  the 异议 it follows by its 异议编号; an 8D's 产品编码 / Product code is the part.
- **让步接收 is a concession** (GB/T 19000's 让步): a mill's 处理意见 ``□降级 □改判 □退货 ■让步接收``;
  **补偿 (to compensate) asks compensation**: ``降级使用并补偿差价`` is a downgrade and compensation.
- **A quantity or a price named by what is counted** (`Coils claimed`, `Drums returned`, `Price per drum`),
  **a style number** (款号, Style No.) the part, **a settlement's 项目 column** its lines, `Claimed by` the reporter.
- **The process industries' counts**: coils, rolls, drums, 令 (a ream of paper), 匹 (a bolt of cloth)
  are count words, so ``3 coils (61.204 MT)`` is 3 with its weight a bracketed note (warned), ``80 令``
  is 80; a weight in tons is never a count.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 22


# ------------------------------------------------------------------ a mill's 质量异议单
@pytest.fixture(scope="module")
def objection(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["质量异议单"],
        ["异议编号", "YY-0917-22", "提出日期", "2026-09-17"],
        ["用户名称", "河北中鼎重工有限公司", "合同号", "XS26-0830-11"],
        ["品名", "冷轧板卷", "炉号", "7C40218"],
        ["发货件数", "9 件", "异议件数", "2 件"],
        ["异议类别", "质量", "异议金额", "18,540.00"],
        ["异议内容", "表面划伤，冲压后开裂。"],
        ["用户要求", "退货"],
        ["处理意见", "□降级　□改判　□退货　■让步接收"],
        ["受理人", "邓志刚", "销售科长", "袁立"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("objection"), rows, width=WIDTH), "complaint")


def test_a_mills_objection_sheet_is_read_as_a_complaint(objection: dict) -> None:
    record = objection["record"]
    assert (record["number"], record["customer"], record["order_no"]) == (
        "YY-0917-22",
        "河北中鼎重工有限公司",
        "XS26-0830-11",
    )
    assert (record["lot_no"], record["defect_qty"], record["complaint_type"]) == ("7C40218", 2, "quality")
    assert (record["loss_amount"], record["description"]) == ("18540.00", "表面划伤，冲压后开裂。")
    assert (record["customer_request"], record["sales_supervisor"]) == (["return"], "袁立")


def test_a_concession_marked_among_a_mills_options_is_a_concession(objection: dict) -> None:
    assert objection["record"]["disposition"] == ["concession"]
    assert "invalid_choice" not in field_codes(objection, "disposition")


def test_an_english_claims_contract_and_heat_are_the_order_and_the_lot(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["QUALITY CLAIM"],
        ["Claim No.", "QC-7781", "Claim date", "2026-09-21"],
        ["Customer", "Baltic Profiles UAB", "Contract No.", "CT-26-5520"],
        ["Heat No.", "K93315", "Product", "Galvanised coil"],
        ["Qty shipped", 14, "Qty claimed", 3],
        ["Defect description", "White rust on the outer wraps."],
        ["Claim request", "Compensation"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["order_no"], record["lot_no"], record["customer_request"]) == (
        "CT-26-5520",
        "K93315",
        ["compensation"],
    )


def test_a_downgrade_with_compensation_asked_names_both_options(tmp_path) -> None:
    """补偿 (to compensate) is a compensation word: ``降级使用并补偿差价`` asks a downgrade and
    compensation, 差价 (the price difference) a remark, said."""
    rows: list[list[Any]] = [
        ["质量异议单"],
        ["异议编号", "YY-1002-05", "提出日期", "2026-10-02"],
        ["用户单位", "山东恒通紧固件有限公司", "合同号", "XS26-0911-02"],
        ["品名", "盘条", "炉号", "5D11873"],
        ["发货件数", 30, "异议件数", 4],
        ["异议内容", "脱碳层超标。"],
        ["用户要求", "降级使用并补偿差价"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["customer_request"] == ["downgrade", "compensation"]
    assert "choice_with_remark" in field_codes(doc, "customer_request")


# ------------------------------------------------------------------ what follows a 质量异议
def test_a_mills_return_names_its_objection_by_its_number(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "TH-0925-03", "退货日期", "2026-09-25"],
        ["客户", "河北中鼎重工有限公司", "异议编号", "YY-0917-22"],
        ["料号", "品名", "退货数量", "单价", "金额"],
        ["CR-1250-08", "冷轧板卷", 2, "5,120.00", "10,240.00"],
        ["退货原因", "表面划伤"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")
    assert doc["record"]["complaint_number"] == "YY-0917-22"


def test_a_mills_8d_names_its_objection_and_its_product_code(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-0930-01", "开立日期", "2026-09-30"],
        ["客户", "河北中鼎重工有限公司", "异议编号", "YY-0917-22"],
        ["产品编码", "CR-1250-08", "投诉数量", "3 coils (61.204 MT)"],
        ["D2 问题描述", "表面划伤。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")
    record = doc["record"]
    assert (record["complaint_number"], record["part_no"]) == ("YY-0917-22", "CR-1250-08")
    # the coils are the count; the weight in brackets a note, said
    assert record["problem"]["qty_complained"] == 3
    assert "value_with_comment" in field_codes(doc, "problem.qty_complained")


# ------------------------------------------------------------------ the process industries' counts
@pytest.mark.parametrize(
    ("typed", "count"),
    [("80 令", 80), ("15 匹", 15), ("6 drums", 6), ("1 coil", 1), ("24 rolls", 24), ("40 桶", 40)],
)
def test_a_count_in_reams_bolts_drums_coils_or_rolls_is_a_whole_quantity(typed: str, count: int) -> None:
    from kesu_docs.values import _qty

    assert _qty(typed) == count


@pytest.mark.parametrize("typed", ["23.456 吨", "86.150 MT", "0.05 mm"])
def test_a_weight_or_a_length_is_never_such_a_count(typed: str) -> None:
    from kesu_docs.values import _qty

    try:
        read = _qty(typed)
    except Exception:  # an error on the field: never a count silently
        return
    assert read not in (23, 86, 0)


def test_reams_and_bolts_are_no_count_inside_a_sentence() -> None:
    """令 and 匹 begin words (令人, 匹配): a letter's sentence never counts by them."""
    import re

    from kesu_docs.parse.units import COUNTED_IN_TEXT

    assert not re.search(COUNTED_IN_TEXT, "第 2 匹配不上")
    assert not re.search(COUNTED_IN_TEXT, "共 3 令人不满")


# ------------------------------------------------------------------ a count named by what is counted
def test_a_quantity_named_by_what_is_counted_is_that_quantity() -> None:
    """``Coils claimed`` is ``Qty claimed``, ``Drums returned`` ``Qty returned``, ``Price per drum`` a unit
    price: the count word of the units table in the plural before what was done, or after ``price per``."""
    from kesu_docs.parse.vocab import counted_label

    assert counted_label("Rolls rejected") == "Qty rejected"
    assert counted_label("Pcs received:") == "Qty received"
    assert counted_label("Price per roll") == "Unit price"
    # no done word, no count word, a singular before the done word: no such label
    assert [counted_label(t) for t in ("Unit price", "Parts list", "Coil approved", "Price per MT")] == [
        None
    ] * 4


def test_an_english_claims_counts_in_coils_are_its_quantities(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["QUALITY CLAIM"],
        ["Claim No.", "QC-8120", "Claim date", "2026-10-05"],
        ["Customer", "Nordic Tube Oy", "Contract No.", "CT-26-6021"],
        ["Heat No.", "M71904", "Product", "Hot dip galvanised coil"],
        ["Coils shipped", 18, "Coils claimed", 5],
        ["Defect description", "Zinc flakes at the edges."],
        ["Claim request", "Replacement"],
        ["Claimed by", "Mikko Laine"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["ship_qty"], record["defect_qty"], record["reporter"]) == (18, 5, "Mikko Laine")


def test_a_return_of_drums_reads_its_drums_and_its_price_per_drum(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-5512", "Return date", "2026-10-06"],
        ["Customer", "Delta Coatings Ltd.", "Complaint ref.", "CC-2210"],
        ["Item code", "Description", "Drums approved", "Drums returned", "Price per drum", "Amount"],
        ["EP-220-G", "Epoxy primer grey", 4, 4, "860.00", "3,440.00"],
        ["Reason", "Skinning in the drums."],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")["record"]
    line = record["items"][0]
    assert (line["qty_approved"], line["qty_returned"], line["unit_price"]) == (4, 4, "860.00")


# ------------------------------------------------------------------ a style number, a settlement's 项目
def test_a_garments_style_number_is_its_part_number(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["客訴處理單"],
        ["客訴單號", "CS-1008-03", "客訴日期", "2026-10-08"],
        ["客戶", "晨光服飾有限公司", "訂單號碼", "PO-8823"],
        ["款號", "AW26-3318", "品名", "羊毛圍巾"],
        ["出貨數量", "1,500 件", "不良數量", "60 件"],
        ["問題描述", "起毛球。"],
        ["客戶要求", "退貨"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["part_no"] == "AW26-3318"


def test_an_allowances_item_column_headed_xiangmu_names_its_lines(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["折让单号", "ZR-1009-01", "开具日期", "2026-10-09"],
        ["购买方", "山东恒通紧固件有限公司", "纳税人识别号", "91370100MA3C8T2X1L"],
        ["原发票号码", "37012600000012345678", "异议编号", "YY-1002-05"],
        ["项目", "数量", "单价", "折让金额", "税额"],
        ["降级差价补偿（盘条）", 4, "500.00", "2,000.00", "260.00"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")["record"]
    assert record["items"][0]["name"] == "降级差价补偿（盘条）"
    assert record["complaint_number"] == "YY-1002-05"
