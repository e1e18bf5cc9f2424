"""Attacks on the reader's rules of the fifteenth round: forms a clerk could plausibly send on
which a new rule read a wrong value with no word on its field (a silent misread), each made a
real file here, each now read right, or not read, or warned.

- A unit note (``单位：万元``) over another block of the sheet, under the form's own amounts in
  yuan (a summary of the year's claims under the allowance): the amounts above it were scaled
  × 10,000 in silence, by a layout profile too. A note is over the amounts it names: only those
  below it are scaled (``anchor._in_noted_unit``, ``profile``'s ``above_the_note``).
- A unit price whose label names its own unit per piece (``单价(元/个)``, ``Unit price (RMB/pc)``)
  under a ``金额单位：千元`` note: scaled × 1000 as an amount naming no unit (1.2 yuan a piece
  read 1200.00, the mismatch said on the line's amount, never on the price): a label naming the
  money unit of its own keeps it, per piece too (``units.own_money_unit``); a plain ``单价``
  whose product with the quantity is the line's amount in the note's unit (1.2 × 4000 = 4.8
  千元) is in yuan too (``units.price_in_yuan``); a price in the note's unit is still scaled.
- An approval step printed without spaces that REJECTED the request (``业务主管冯建华不同意``):
  ``不同意`` ends with ``同意``, and the supervisor was read as ``冯建华不`` (``未通过``, ``不予批准``,
  ``拒绝通过`` alike; ``anchor._APPROVAL_STEP``).
- A word written where the number goes (``待定``, ``见附件``, ``同上``, ``KS/待定``): a customer's own
  number with slashes (``forms.base.customer_number``) took any letters of any script, and the
  word was the document's number in silence (before that rule: refused, ``invalid_doc_number``).
  A customer's number holds a digit.
- An SAP print whose ``Reference`` holds the customer's order (``4500098765``), its ``Billing
  document`` the invoice credited, with no memo number yet: the swap of the two
  (``value_cues.billing_document``) made the invoice the memo's number, shown on the invoice
  field only. Both fields are now shown (low confidence).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import approval_flow_pdf, parse_cli
from openpyxl import load_workbook
from test_reader_guards import parse, value, warned, workbook

CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def _allowance_in_yuan(note_row: int | None, note: str = "单位：万元") -> dict[str, object]:
    """A 折让申请单 in yuan; below it (or above, ``note_row``) a block with its own unit note."""
    cells: dict[str, object] = {
        "A1": "销售折让申请单",
        "A3": "单据编号",
        "B3": "ZS-2611-008",
        "C3": "申请日期",
        "D3": "2026-11-20",
        "A4": "客户名称",
        "B4": "格力电器（合肥）有限公司",
        "C4": "原发票号码",
        "D4": "34009921",
        "A5": "品名",
        "B5": "折让金额",
        "C5": "税额",
        "A6": "压缩机支架",
        "B6": 4800,
        "C6": 624,
        "A7": "合计",
        "B7": 4800,
        "C7": 624,
    }
    if note_row is not None:
        cells.update(
            {
                f"A{note_row}": "附：本客户年度索赔汇总",
                f"D{note_row}": note,
                f"A{note_row + 1}": "季度",
                f"B{note_row + 1}": "索赔",
                f"A{note_row + 2}": "Q3",
                f"B{note_row + 2}": 3.6,
            }
        )
    return cells


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_unit_note_over_a_block_below_the_form_scales_none_of_the_forms_amounts(tmp_path, fmt):
    path = workbook(tmp_path, {"折让": _allowance_in_yuan(10)})
    if fmt == "pdf":
        from helpers import soffice_convert

        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "allowance")
    item = value(result, "items")[0]
    assert item["allowance_amount"] == "4800.00" or warned(result, "items[0].allowance_amount")
    assert item["tax"] == "624.00" or warned(result, "items[0].tax")


def test_the_same_note_over_the_form_still_scales_its_amounts(tmp_path):
    cells = _allowance_in_yuan(None)
    cells["A2"] = "单位：万元"
    cells.update({"B6": 0.48, "C6": 0.0624, "B7": 0.48, "C7": 0.0624})
    result = parse(workbook(tmp_path, {"折让": cells}), "allowance")
    item = value(result, "items")[0]
    assert (item["allowance_amount"], item["tax"]) == ("4800.00", "624.00")


def _doc(path: Path) -> dict[str, Any]:
    code, docs = parse_cli(path)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


@pytest.mark.parametrize("step", ["不同意", "未同意", "未通过", "不予批准", "拒绝通过", "已同意"])
def test_a_step_that_did_not_agree_names_no_supervisor_in_a_print(tmp_path, step):
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    pairs = (
        ("审批编号", "202611201030000417"),
        ("申请人", "邓晓雯"),
        ("提交时间", "2026-11-20 10:30"),
        ("客户名称", "宁波方太厨具有限公司"),
        ("订单号", "FT-PO-20917"),
        ("产品编号", "FT-VLV-0932"),
        ("出货日期", "2026-11-02"),
        ("出货数量", "3000"),
        ("不良数量", "45"),
        ("问题描述", "燃气阀漏气，来料检验不合格 45 只。"),
    )
    path = approval_flow_pdf(
        tmp_path / "approval.pdf", CJK, pairs, [(f"业务主管冯建华{step}", "2026-11-20 16:05")]
    )
    record = _doc(path)["record"]
    assert record["reporter"] == "邓晓雯"
    assert record["sales_supervisor"] == ("冯建华" if step == "已同意" else None)


@pytest.mark.parametrize("written", ["待定", "见附件", "同上", "系统自动生成", "KS/待定"])
def test_a_word_where_the_number_goes_is_no_number(tmp_path, written):
    cells = _allowance_in_yuan(None)
    cells["B3"] = written
    result = parse(workbook(tmp_path, {"折让": cells}), "allowance")
    assert result.record is None or value(result, "number") != written or warned(result, "number")
    assert warned(result, "number", "invalid_doc_number")


@pytest.mark.parametrize("number", ["CCF/SG/26/0307", "客诉#12(补)3", "ZS-2611-008"])
def test_a_customers_number_with_a_digit_is_still_read(tmp_path, number):
    cells = _allowance_in_yuan(None)
    cells["B3"] = number
    result = parse(workbook(tmp_path, {"折让": cells}), "allowance")
    assert value(result, "number") == number


def test_a_billing_documents_number_taken_from_it_is_shown(tmp_path):
    from test_reader_noted_units_memos import _billing_document

    path = _billing_document(tmp_path, own_number=False)
    wb = load_workbook(path)
    wb["Memo"]["A1"] = "Credit Memo Request"
    wb["Memo"]["B5"] = "4500098765"  # the customer's purchase order, as SAP's Reference often is
    wb.save(path)
    result = parse(path, "allowance")
    assert value(result, "number") != "91004452" or warned(result, "number")
    assert value(result, "invoice_no") != "4500098765" or warned(result, "invoice_no")


@pytest.mark.parametrize("label", ["单价(元/个)", "单价（元/PCS）", "Unit price (RMB/pc)", "单价"])
def test_a_price_naming_its_own_unit_per_piece_is_not_scaled_by_the_note(tmp_path, label):
    cells = {
        "A1": "销售折让申请单",
        "A2": "金额单位：千元",
        "A3": "单据编号",
        "B3": "ZS-2611-009",
        "C3": "申请日期",
        "D3": "2026-11-20",
        "A4": "客户名称",
        "B4": "格力电器（合肥）有限公司",
        "A5": "品名",
        "B5": "数量",
        "C5": label,
        "D5": "折让金额",
        "E5": "税额",
        "A6": "压缩机支架",
        "B6": 4000,
        "C6": 1.2,
        "D6": 4.8,
        "E6": 0.624,
        "A7": "合计",
        "D7": 4.8,
        "E7": 0.624,
    }
    result = parse(workbook(tmp_path, {"折让": cells}), "allowance")
    item = value(result, "items")[0]
    assert item["unit_price"] == "1.20" or warned(result, "items[0].unit_price")
    assert (item["qty"], item["allowance_amount"], item["tax"]) == (4000, "4800.00", "624.00")


def test_a_price_in_the_notes_unit_is_still_scaled(tmp_path):
    cells = _allowance_in_yuan(None)
    cells.update({"A2": "金额单位：千元", "A5": "品名", "B5": "数量", "C5": "单价", "D5": "折让金额"})
    cells.update(
        {"A6": "压缩机支架", "B6": 4000, "C6": 0.0012, "D6": 4.8, "A7": "合计", "B7": None, "C7": None}
    )
    cells["D7"] = 4.8
    result = parse(workbook(tmp_path, {"折让": cells}), "allowance")
    item = value(result, "items")[0]
    assert (item["unit_price"], item["allowance_amount"]) == ("1.20", "4800.00")


def test_a_profile_scales_none_of_the_forms_amounts_for_a_note_below_them(tmp_path):
    from kesu_docs.parse.profile import learn, read_by_profile

    first = workbook(tmp_path, {"折让": _allowance_in_yuan(10)}, name="one.xlsx")
    profile = learn(first, "allowance")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "yuan.toml").write_text(profile.to_toml(), encoding="utf-8")
    cells = _allowance_in_yuan(10)
    cells.update({"B6": 5200, "C6": 676, "B7": 5200, "C7": 676})
    second = workbook(tmp_path, {"折让": cells}, name="two.xlsx")
    [read] = read_by_profile(second, second.read_bytes(), "allowance", tmp_path / "profiles")
    line = read.values["items"][0]
    assert (line["allowance_amount"], line["tax"]) == (Decimal("5200"), Decimal("676"))
