"""A note naming the unit of every amount, an ERP's billing document, a wrapped value's last
line in a print (what the fifteenth held-out set showed, each laid out here the way another
company might).

- ``（单位：万元）`` / ``金额单位：千元`` printed once over the form: every amount read under a
  label naming no unit of its own is in that unit, held in yuan (a profile reads so too); a label
  naming its own (``价税合计(元)``) keeps it; ``单位：千个`` scales no amount.
- A credit memo that is itself an ERP billing document (``Billing document`` at its head,
  ``Reference`` holding the invoice it credits): the billing document is the memo's number, the
  reference its invoice; the ERP's item numbers (10, 20, 30) are no item names; ``Billed
  quantity`` and ``Released by`` name their fields.
- A print of a sheet whose value wraps in a row too low for it: its last line overhanging the
  row's bottom border stays with its cell, never heads the next row's value.

The rules are in ``kesu_docs/parse/units.py`` (note_scale), ``value_cues.py``
(billing_document), ``table_lines.py`` (counts_lines) and ``pdf_cells.py`` (_wrapped_tail).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import load_workbook
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.parse.profile import learn, read_by_profile
from kesu_docs.parse.units import note_scale

CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def _approval(lines: list[tuple[str, float, float]], note: str, total_label: str = "价税合计") -> dict:
    """A 折让申请单 with its unit noted once under the title; ``lines``: (name, amount, tax)."""
    cells: dict[str, object] = {
        "A1": "销售折让申请单",
        "A2": note,
        "A3": "单据编号",
        "B3": "ZS-2609-031",
        "C3": "申请日期",
        "D3": "2026-09-18",
        "A4": "客户名称",
        "B4": "美的集团武汉制冷设备有限公司",
        "C4": "原发票号码",
        "D4": "42001877",
        "A5": "关联客诉",
        "B5": "KS-2609-044",
        "A6": "品名",
        "B6": "折让金额",
        "C6": "税额",
    }
    row = 7
    for name, amount, tax in lines:
        cells.update({f"A{row}": name, f"B{row}": amount, f"C{row}": tax})
        row += 1
    total = sum(a for _n, a, _t in lines)
    cells.update({f"A{row}": "合计", f"B{row}": total, f"C{row}": sum(t for _n, _a, t in lines)})
    cells.update({f"A{row + 1}": total_label})
    return cells


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_amounts_under_a_note_of_ten_thousands_are_read_in_yuan(tmp_path, fmt):
    cells = _approval([("空调压缩机支架", 1.2, 0.156), ("橡胶减震块", 0.35, 0.0455)], "（单位：万元）")
    cells["B10"] = 1.7515
    path = workbook(tmp_path, {"折让申请": cells})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "allowance")
    items = value(result, "items")
    assert [(i["allowance_amount"], i["tax"]) for i in items] == [
        ("12000.00", "1560.00"),
        ("3500.00", "455.00"),
    ]
    assert value(result, "total_excl_tax") == "15500.00"
    assert value(result, "total") == "17515.00"
    assert value(result, "issue_date") == "2026-09-18"  # 申请日期: the form's own date


def test_a_label_naming_its_own_unit_keeps_it_under_a_note(tmp_path):
    cells = _approval([("散热风扇", 5, 0.65)], "金额单位：千元", total_label="价税合计(元)")
    cells["B9"] = 5650
    result = parse(workbook(tmp_path, {"折让": cells}), "allowance")
    assert value(result, "items")[0]["allowance_amount"] == "5000.00"
    assert value(result, "total_excl_tax") == "5000.00"
    assert value(result, "total") == "5650.00"  # (元): never × 1000


def test_without_a_note_or_with_a_note_of_counts_the_amounts_are_read_as_typed(tmp_path):
    for note, name in (("", "plain.xlsx"), ("单位：千个", "counts.xlsx")):
        cells = _approval([("散热风扇", 5, 0.65)], note)
        result = parse(workbook(tmp_path, {"折让": cells}, name=name), "allowance")
        assert value(result, "items")[0]["allowance_amount"] == "5.00", note


@pytest.mark.parametrize(
    "text, factor",
    [
        ("金额单位：千元", 1000),
        ("（單位：萬元）", 10000),
        ("Amounts in CNY thousands", 1000),
        ("(all amounts in K RMB)", 1000),
        ("单位：元", None),
        ("单位：千个", None),
        ("单位：千克", None),
        ("金额(千元)", None),  # a label naming its own unit, no note over the form
    ],
)
def test_the_rule_for_a_note_over_the_form(text, factor):
    scale = note_scale(text)
    assert (scale.factor if scale is not None else None) == (Decimal(factor) if factor else None)


def test_a_profile_reads_the_notes_unit_on_the_next_copy(tmp_path):
    first = workbook(
        tmp_path, {"折让": _approval([("散热风扇", 5, 0.65)], "金额单位：千元")}, name="one.xlsx"
    )
    profile = learn(first, "allowance")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "approval.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = workbook(
        tmp_path, {"折让": _approval([("导风板", 2.4, 0.312)], "金额单位：千元")}, name="two.xlsx"
    )
    [read] = read_by_profile(second, second.read_bytes(), "allowance", tmp_path / "profiles")
    assert read.values["items"][0]["allowance_amount"] == Decimal("2400.0")
    assert read.values["items"][0]["tax"] == Decimal("312.000")


# ------------------------------------------------------------------ an ERP's billing document
def _billing_document(tmp_path: Path, *, own_number: bool, fmt: str = "xlsx") -> Path:
    rows = {
        "A1": "Credit Memo",
        "A2": "Billing document",
        "B2": "91004452",
        "D2": "Billing date",
        "E2": "14.10.2026",
        "A3": "Sold-to party",
        "B3": "Bosch Automotive Products (Suzhou) Co., Ltd.",
        "A4": "VAT number",
        "B4": "913205947468009154",
        "A5": "Reference",
        "B5": "4400261187",
        "A7": "Item",
        "B7": "Material",
        "C7": "Description",
        "D7": "Billed quantity",
        "E7": "Net Value",
        "F7": "Tax",
        "A8": "10",
        "B8": "MX-PLG-0711",
        "C8": "Connector housing",
        "D8": "1,200 EA",
        "E8": 960,
        "F8": 124.8,
        "A9": "20",
        "B9": "MX-SEA-0120",
        "C9": "Rubber seal",
        "D9": "1,200 EA",
        "E9": 240,
        "F9": 31.2,
        "A10": "30",
        "B10": "MX-CLP-0035",
        "C10": "Locking clip",
        "D10": "600 EA",
        "E10": 90,
        "F10": 11.7,
        "D12": "Net value",
        "E12": 1290,
        "D13": "Output tax",
        "E13": 167.7,
        "A15": "Released by",
        "B15": "Katrin Vogel",
    }
    if own_number:  # a memo numbered on its own: Billing document is then the invoice it credits
        rows.update({"D3": "Memo No.", "E3": "CM-2610-0042"})
    path = workbook(tmp_path, {"Memo": rows}, name=f"memo-{own_number}.xlsx")
    wb = load_workbook(path)
    ws = wb["Memo"]
    for col, width in {"A": 14, "B": 16, "C": 20, "D": 16, "E": 14, "F": 10}.items():
        ws.column_dimensions[col].width = width
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # printed one page wide, as forms are set up
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / f"pdf-{own_number}")
    return path


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_billing_document_credit_memo_is_numbered_by_it_and_credits_its_reference(tmp_path, fmt):
    result = parse(_billing_document(tmp_path, own_number=False, fmt=fmt), "allowance")
    assert value(result, "number") == "91004452"
    assert value(result, "invoice_no") == "4400261187"
    items = value(result, "items")
    assert [i["name"] for i in items] == ["Connector housing", "Rubber seal", "Locking clip"]
    assert [i["qty"] for i in items] == [1200, 1200, 600]
    assert value(result, "approved_by_manager") == "Katrin Vogel"
    assert value(result, "issue_date") == "2026-10-14"


def test_beside_a_memo_number_the_billing_document_is_the_credited_invoice(tmp_path):
    result = parse(_billing_document(tmp_path, own_number=True), "allowance")
    assert value(result, "number") == "CM-2610-0042"
    assert value(result, "invoice_no") == "91004452"


# ------------------------------------------------------------------ a wrapped value's last line
def _wrapped_print(path: Path) -> Path:
    """A ruled complaint sheet drawn as a print draws it: the customer's name wraps in a row too
    low for it, its last line overhanging the row's bottom border, the next row's value right
    under it (and drawn right after it)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("cjk", fname=str(CJK))
    pdf.set_font("cjk", size=10)
    pdf.set_line_width(0.5)
    cols = [40, 110, 196, 266, 520]
    rows = [(60, 76), (76, 110), (110, 134), (134, 150)]
    for top, _bottom in rows:
        pdf.line(cols[0], top, cols[-1], top)
    pdf.line(cols[0], rows[-1][1], cols[-1], rows[-1][1])
    for x in cols:
        pdf.line(x, rows[0][0], x, rows[-1][1])

    def put(col: int, top: float, text: str) -> None:
        pdf.text(cols[col] + 3, top + 11, text)

    for col, text in enumerate(("投诉编号", "TS-2610-118", "投诉日期", "2026-10-09")):
        put(col, 60, text)
    put(0, 86, "客户名称")
    put(2, 86, "产品型号")
    put(3, 79, "BT-4410-C")
    put(0, 116, "问题描述")
    put(1, 79, "东莞新能德科技有")
    put(1, 101.1, "限公司")  # a line's leading under the first, across the row's bottom border
    put(1, 116.6, "电芯外壳划伤，来料检验发现 45 件。")
    put(0, 137, "不良数量")
    put(1, 137, "45")
    pdf.output(str(path))
    return path


def test_a_wrapped_values_last_line_over_its_border_stays_in_its_cell(tmp_path):
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    result = parse(_wrapped_print(tmp_path / "wrap.pdf"), "complaint")
    assert value(result, "description") == "电芯外壳划伤，来料检验发现 45 件。"
    assert value(result, "customer") == "东莞新能德科技有限公司"
    assert not warned(result, "customer")
