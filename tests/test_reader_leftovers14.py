"""The Excel reader's leftovers of the thirteenth round (issue 10), each on a small form built here.

- a formula's error result (``#N/A``, ``#DIV/0!`` … saved as an error cell ``t="e"``, or the
  same text typed) is never a field's value: the field is left unread and warned on its cell —
  in a record, in a table's lines and through a layout profile;
"""

from __future__ import annotations

import re
import zipfile
from functools import partial
from pathlib import Path

import pytest
from helpers import parse_cli, run_cli, sheet_from_rows

_sheet = partial(sheet_from_rows, width=24)

ERRORS = ("#NUM!", "#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!")


def _doc(path: Path, kind: str, lang: str = "en") -> dict:
    _code, [doc] = parse_cli(path, "--kind", kind, "--lang", lang)
    return doc


def _codes(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def _said(doc: dict, code: str) -> dict[str, dict]:
    return {p["field"]: p for p in doc["errors"] + doc["warnings"] if p["code"] == code}


def _saved_errors(path: Path, errors: dict[str, str], part: str = "xl/worksheets/sheet1.xml") -> Path:
    """``path`` with each formula cell of ``errors`` carrying that saved error result, as Excel
    saves a failed formula: ``<c r="B4" t="e"><f>…</f><v>#N/A</v></c>``."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts[part].decode()
    for ref, error in errors.items():
        sheet, n = re.subn(
            rf'<c r="{ref}"([^>]*?)(?: t="\w+")?([^>]*)>\s*<f>([^<]*)</f>(?:<v>[^<]*</v>|<v\s*/>)?',
            rf'<c r="{ref}"\1\2 t="e"><f>\3</f><v>{error}</v>',
            sheet,
        )
        assert n == 1, ref
    parts[part] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


# ------------------------------------------------------------------ 1. error results
def _complaint(tmp_path: Path, name: str = "cc.xlsx", *, lot: str = "=VLOOKUP(B3,Z1:Z2,2,0)") -> Path:
    rows: list[list[object]] = [
        ["客户抱怨处理单"],
        ["投诉编号", "CC-2611-07", "受理日期", "2026-11-20"],
        ["客户名称", "苏州华星电子有限公司", "料号", "#N/A"],  # typed as text
        ["批号", lot, "不良数量", "=1/0"],
        ["订单号", "=Z9", "出货数量", 500],
        ["问题描述", "焊点空焊 36 pcs"],
    ]
    return _sheet(tmp_path, rows, name)


def test_an_error_result_saved_or_typed_is_no_value_and_is_warned_on_its_cell(tmp_path):
    path = _saved_errors(_complaint(tmp_path), {"B4": "#N/A", "D4": "#DIV/0!", "B5": "#REF!"})
    doc = _doc(path, "complaint")
    record = doc["record"]
    assert record["customer"] == "苏州华星电子有限公司" and record["ship_qty"] == 500
    said = _said(doc, "value_error_result")
    for field, cell, error in (
        ("part_no", "Sheet!D3", "#N/A"),
        ("lot_no", "Sheet!B4", "#N/A"),
        ("defect_qty", "Sheet!D4", "#DIV/0!"),
        ("order_no", "Sheet!B5", "#REF!"),
    ):
        assert record[field] is None, field
        assert said[field]["location"] == cell and error in said[field]["message"], field
        assert "error result" in said[field]["message"]
    assert "错误结果" in _said(_doc(path, "complaint", "zh"), "value_error_result")["lot_no"]["message"]


@pytest.mark.parametrize("error", ERRORS)
def test_every_error_value_of_excel_is_no_value(tmp_path, error):
    path = _saved_errors(_complaint(tmp_path), {"B4": error})
    doc = _doc(path, "complaint")
    assert doc["record"]["lot_no"] is None
    assert "value_error_result" in _codes(doc, "lot_no")


def test_a_line_of_a_table_holding_an_error_result_keeps_its_other_cells(tmp_path):
    rows: list[list[object]] = [
        ["销货折让证明单"],
        ["证明单号", "AL-2611-031", "开立日期", "2026-11-20"],
        ["买受人", "苏州华星电子有限公司", "统一编号", "91320500MA1X2Y3Z4A"],
        ["品名", "数量", "单价", "折让金额", "税额"],
        ["散热片 HS-40", 400, 2.75, 1100, 143],
        ["导热垫 TP-2", 100, 8.5, "=B6*C6*Z1", "=ROUND(D6*0.13,2)"],
        ["合计", None, None, 1950, 253.5],
    ]
    path = _saved_errors(_sheet(tmp_path, rows, "credit.xlsx"), {"D6": "#VALUE!", "E6": "#VALUE!"})
    doc = _doc(path, "allowance")
    items = doc["record"]["items"]
    assert items[0]["allowance_amount"] == "1100.00"
    assert items[1]["name"] == "导热垫 TP-2" and items[1]["allowance_amount"] is None
    said = _said(doc, "value_error_result")
    assert said["items[1].allowance_amount"]["location"] == "Sheet!D6"
    assert "#VALUE!" in said["items[1].tax"]["message"]


def test_a_profile_reads_no_error_result_either(tmp_path, monkeypatch):
    """Learned on a copy whose lot number was found; a copy whose look-up failed (``#N/A``)
    reads the same cell: nothing read, said."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    first = _complaint(tmp_path, "01.xlsx", lot="C260301")
    code, out = run_cli("learn", str(first), "--kind", "complaint")
    assert code == 0, out
    later = _saved_errors(_complaint(tmp_path, "02.xlsx"), {"B4": "#N/A"})
    _code, [doc] = parse_cli(later, "--lang", "en")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["lot_no"] is None
    assert _said(doc, "value_error_result")["lot_no"]["location"] == "Sheet!B4"


# ------------------------------------------------------------------ 4. a tax line among the totals
def _tax_line_form(tmp_path: Path, tax_label: str) -> Path:
    rows: list[list[object]] = [
        ["銷貨折讓證明單"],
        ["證明單號", "ZR-AC-2611-02"],
        ["開立日期", "2026/11/20"],
        ["買受人", "華碩電腦股份有限公司"],
        [],
        ["品名", "數量", "單價", "折讓金額"],
        ["散熱模組 TM-15", 300, 42, 12600],
        ["風扇 FN-60", 500, 18, 9000],
        [],
        [None, None, "合計", 21600],
        [None, None, tax_label, 1080],
        [None, None, "總計", 22680],
    ]
    return _sheet(tmp_path, rows, "tax_line.xlsx")


@pytest.mark.parametrize("tax_label", ["營業稅", "营业税", "稅額"])
def test_a_tax_line_among_the_totals_is_the_total_tax(tmp_path, tax_label):
    """The lines have no tax column: the tax line under them is the form's total tax (5 %
    here), never left for 13 % of the lines to be computed in its place."""
    doc = _doc(_tax_line_form(tmp_path, tax_label), "allowance")
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "21600.00",
        "1080.00",
        "22680.00",
    )
    assert record["tax_rate"] == "0.05"
    assert "low_confidence" in _codes(doc, "total_tax")  # shown to the clerk
    assert "total_not_read" not in _codes(doc, "total_tax")


# ------------------------------------------------------------------ 5. a label that loses
def test_a_known_label_that_loses_to_another_is_said_on_its_field(tmp_path):
    rows: list[list[object]] = [
        ["客户抱怨处理单"],
        ["客诉编号", "CC-2611-09", "受理日期", "2026-11-20"],
        ["客户名称", "苏州华星电子有限公司", "投诉客户", "华星电子"],
        ["料号", "PCB-4471-A", "填表人", "王芳"],
        ["问题描述", "焊点空焊 36 pcs"],
    ]
    doc = _doc(_sheet(tmp_path, rows, "two_labels.xlsx"), "complaint")
    assert doc["record"]["customer"] == "苏州华星电子有限公司"
    lost = _said(doc, "label_lost")
    assert set(lost) == {"customer"}  # one field's two labels; the other fields say nothing
    assert lost["customer"]["location"] == "Sheet!C3"
    assert "华星电子" in lost["customer"]["message"] and "Sheet!A3" in lost["customer"]["message"]


def test_one_label_read_says_nothing_of_losing(tmp_path):
    rows: list[list[object]] = [
        ["客户抱怨处理单"],
        ["客诉编号", "CC-2611-09", "受理日期", "2026-11-20"],
        ["客户名称", "苏州华星电子有限公司", "料号", "PCB-4471-A"],
        ["填表人", "王芳"],
        ["问题描述", "焊点空焊 36 pcs"],
    ]
    assert not _said(_doc(_sheet(tmp_path, rows, "one_label.xlsx"), "complaint"), "label_lost")


# ------------------------------------------------------------------ 6. 业务 beside 业务主管
def _sign_offs(tmp_path: Path, name: str, *cells: str) -> dict:
    rows: list[list[object]] = [
        ["客户抱怨处理单"],
        ["客诉编号", "CC-2611-11", "受理日期", "2026-11-20"],
        ["客户名称", "苏州华星电子有限公司", "料号", "PCB-4471-A"],
        ["问题描述", "焊点空焊 36 pcs"],
        [],
        list(cells),
    ]
    return _doc(_sheet(tmp_path, rows, name), "complaint")


def test_sales_beside_its_supervisor_is_the_sales_person_who_filled_the_sheet(tmp_path):
    """DOMAIN §1: Sales receives the complaint and fills the sheet in; 业务主管 is its
    supervisor. So a bare 业务 beside 业务主管 is the reporter (填表人) — read, and warned."""
    doc = _sign_offs(tmp_path, "both.xlsx", "业务", "Amy 张", "业务主管", "李伟")
    assert (doc["record"]["reporter"], doc["record"]["sales_supervisor"]) == ("Amy 张", "李伟")
    assert "low_confidence" in _codes(doc, "reporter")
    zht = _sign_offs(tmp_path, "both_zht.xlsx", "業務", "林志豪", "業務主管", "陳建宏")
    assert (zht["record"]["reporter"], zht["record"]["sales_supervisor"]) == ("林志豪", "陳建宏")
    assert "low_confidence" in _codes(zht, "reporter")


def test_sales_alone_stays_the_supervisors_sign_off(tmp_path):
    alone = _sign_offs(tmp_path, "alone.xlsx", "业务", "李伟")
    assert (alone["record"]["reporter"], alone["record"]["sales_supervisor"]) == (None, "李伟")
    assert "low_confidence" in _codes(alone, "sales_supervisor")
    with_qa = _sign_offs(tmp_path, "qa.xlsx", "品保", "王芳", "业务", "李伟")
    assert (with_qa["record"]["reporter"], with_qa["record"]["sales_supervisor"]) == ("王芳", "李伟")


# ------------------------------------------------------------------ 3. 1,275 on a European form
def _rma(tmp_path: Path, name: str, second_line: tuple[str, str, str]) -> dict:
    rows: list[list[object]] = [
        ["RETURN MATERIAL AUTHORISATION"],
        ["RMA No.", "RMA-DE-26-0501", "Date", "05.11.2026"],
        ["Customer", "Kessler Antriebstechnik GmbH"],
        ["Part no.", "Description", "Qty", "Unit price", "Amount"],
        ["VT-CYL-40", "Cylinder tube Ø40", "250 Stk", "4,94 €", "1.235,00 €"],
        ["VT-HSG-40", "Gear housing Ø40", *second_line],
        ["Reason", "Bore out of tolerance (H9)."],
    ]
    return _doc(_sheet(tmp_path, rows, name), "return")


def test_a_comma_the_lines_figures_show_a_thousands_separator_is_read_so_and_warned(tmp_path):
    """The form writes ``1.235,00 €``: ``1,275`` would be 1.275 — but 2 × 1275 = 2.550,00 on the
    same line, and 2 × 1.275 is no amount on it: the writer grouped thousands with a comma."""
    doc = _rma(tmp_path, "thousands.xlsx", ("2 Stk", "1,275 €", "2.550,00 €"))
    line = doc["record"]["items"][1]
    assert (line["unit_price"], line["amount"]) == ("1275.00", "2550.00")
    said = _said(doc, "comma_thousands_by_line")["items[1].unit_price"]
    assert said["location"] == "Sheet!D6" and "1,275.00" in said["message"]


def test_a_comma_the_lines_figures_show_a_decimal_mark_is_never_read_as_thousands(tmp_path):
    """600 × 1.275 = 765,00: a three-decimal price, which an amount held in cents cannot hold —
    left unread and said (never 1275, never rounded to 1.28)."""
    doc = _rma(tmp_path, "decimal.xlsx", ("600 Stk", "1,275 €", "765,00 €"))
    line = doc["record"]["items"][1]
    assert line["unit_price"] is None and line["amount"] == "765.00"
    assert {"european_decimal_comma", "money_beyond_cents"} <= set(_codes(doc, "items[1].unit_price"))


def test_a_comma_no_figure_of_its_line_decides_stays_the_decimal_mark_and_is_said(tmp_path):
    doc = _rma(tmp_path, "undecided.xlsx", ("", "1,275 €", ""))
    assert doc["record"]["items"][1]["unit_price"] is None
    assert "european_decimal_comma" in _codes(doc, "items[1].unit_price")
    assert "comma_thousands_by_line" not in _codes(doc, "items[1].unit_price")


# ------------------------------------------------------------------ found on the way: kesu learn
def test_a_code_beginning_with_a_labels_word_is_learned_as_a_value_not_label_and_value(tmp_path, monkeypatch):
    """``LOT-2611-A`` under 批号: ``LOT`` is a word of the lot number's labels, but joined to the
    code by a hyphen it is the code's own; learned as one, the profile read ``-2611-A`` on the
    next copy, unwarned."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    code, out = run_cli(
        "learn", str(_complaint(tmp_path, "01.xlsx", lot="LOT-2611-A")), "--kind", "complaint"
    )
    assert code == 0, out
    _code, [doc] = parse_cli(_complaint(tmp_path, "02.xlsx", lot="LOT-2611-B"), "--lang", "en")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["lot_no"] == "LOT-2611-B"
