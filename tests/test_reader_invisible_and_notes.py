"""What the clerk does not see (issue 10, patterns 1, 5 and 9 of the eleventh held-out set).

- Format characters that print as nothing (a zero-width space, joiner, word joiner, BOM, soft
  hyphen) inside a code or a label are no part of it: ``DX-\\u200bLED-0330`` is DX-LED-0330,
  in the workbook and on its print (one normalisation where every box is made).
- ``Description`` right after a part number in its row (``Material | 7700-… | Description |
  Connector housing``) is the part's name, not the complaint's description; on a row of its
  own it stays the description.
- A cell's note (comment) is a clerk's word about the value under it: never passed over in
  silence; a note that corrects a figure to one figure (``更正：應為 56``) is read, and said.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import parse_cli, run_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.comments import Comment

from kesu_docs.parse.cell_notes import corrected_figure
from kesu_docs.values import visible

ZWSP, ZWJ, WJ, BOM, SHY = "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad"


def _sheet(tmp_path: Path, rows: list[list[object]], notes: dict[str, str] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 24
    for ref, text in (notes or {}).items():
        ws[ref].comment = Comment(text, "clerk")
    path = tmp_path / "form.xlsx"
    wb.save(path)
    return path


def _doc(path: Path) -> dict:
    _code, [doc] = parse_cli(path, "--lang", "en")
    assert doc["record"] is not None, doc["errors"]
    return doc


def _warned(doc: dict, code: str) -> list[dict]:
    return [w for w in doc["warnings"] if w["code"] == code]


@pytest.mark.parametrize("mark", [ZWSP, ZWJ, WJ, BOM, SHY])
def test_an_invisible_character_is_no_part_of_a_value(mark):
    assert visible(f"DX-{mark}LED-0330") == "DX-LED-0330"
    assert visible("上汽大众\u00a0安亭工厂") == "上汽大众\u00a0安亭工厂"  # a no-break space prints
    assert visible("plain ascii") == "plain ascii"


def _complaint_rows(part_no: str, customer_label: str = "客户名称") -> list[list[object]]:
    return [
        ["客户抱怨处理单"],
        ["客诉编号", "CS-2611-0042", "受理日期", dt.datetime(2026, 11, 3)],
        [customer_label, "华东精密", "料号", part_no],
        ["品名", "LED 灯板", "不良数量", 36],
        ["异常描述", "灯板色温偏差，客户来料检验发现 36 片。"],
    ]


def test_a_zero_width_space_in_a_code_and_a_label_is_read_as_printed(tmp_path):
    path = _sheet(tmp_path, _complaint_rows(f"DX-{ZWSP}LED-0330", customer_label=f"客户{WJ}名称"))
    record = _doc(path)["record"]
    assert record["part_no"] == "DX-LED-0330"
    assert record["customer"] == "华东精密"  # its label, with a word joiner inside, anchored


def test_a_zero_width_space_on_the_print_is_read_as_printed(tmp_path):
    src = _sheet(tmp_path, _complaint_rows(f"DX-{ZWSP}LED-{BOM}0330"))
    pdf = soffice_convert(src, "pdf", tmp_path / "out")
    record = _doc(pdf)["record"]
    assert record["part_no"] == "DX-LED-0330"


def _notification(description_row: list[object]) -> list[list[object]]:
    return [
        ["QUALITY NOTIFICATION"],
        ["QN number", "QN-7734021", "Received", dt.datetime(2026, 3, 10)],
        ["Customer", "Bosch Automotive Electronics"],
        ["Material", "7700-4412-01", "Description", "Connector housing 12-pin"],
        ["Defective", 340, "Delivered", 1250],
        description_row,
    ]


def test_description_after_a_part_number_names_the_part(tmp_path):
    text = "Latch broken on 340 housings at incoming inspection."
    record = _doc(_sheet(tmp_path, _notification(["Defect", text])))["record"]
    assert record["part_no"] == "7700-4412-01"
    assert record["part_name"] == "Connector housing 12-pin"
    assert record["description"] == text


def test_description_on_a_row_of_its_own_stays_the_complaints(tmp_path):
    text = "Latch broken on 340 housings at incoming inspection."
    rows = [
        ["QUALITY NOTIFICATION"],
        ["QN number", "QN-7734021", "Received", dt.datetime(2026, 3, 10)],
        ["Customer", "Bosch Automotive Electronics"],
        ["Material", "7700-4412-01", "Defective", 340],
        ["Description", text],
    ]
    record = _doc(_sheet(tmp_path, rows))["record"]
    assert record["description"] == text
    assert record["part_name"] is None


def test_a_note_correcting_a_figure_is_read_and_said(tmp_path):
    rows = _complaint_rows("WR-USB-C-1M")
    path = _sheet(tmp_path, rows, notes={"D4": "更正：應為 56（3/10 客戶追加 4 條）"})
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 56
    [said] = _warned(doc, "value_from_note")
    assert said["field"] == "defect_qty" and "36" in said["message"] and "56" in said["message"]


def test_a_note_that_corrects_nothing_plainly_is_warned_of_and_the_cell_kept(tmp_path):
    rows = _complaint_rows("WR-USB-C-1M")
    path = _sheet(tmp_path, rows, notes={"D4": "客户说可能还有，待确认", "B3": "应为 华东精密（苏州）"})
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 36 and doc["record"]["customer"] == "华东精密"
    fields = {w["field"] for w in _warned(doc, "value_noted")}
    assert {"defect_qty", "customer"} <= fields
    assert not _warned(doc, "value_from_note")


@pytest.mark.parametrize(
    ("note", "figure"),
    [
        ("更正：應為 56（3/10 客戶追加 4 條）", "56"),
        ("should be 1,250 pcs", "1250"),
        ("应为56", "56"),
        ("應為 56，改為 58", None),  # two corrections: which one?
        ("3/10 客戶追加 4 條", None),  # figures, no correction
        ("應為 五十六", None),  # no figure
    ],
)
def test_only_a_note_naming_one_figure_is_a_correction(note, figure):
    found = corrected_figure(note)
    assert (None if found is None else str(found)) == figure


# ------------------------------------------------------------------ labels worded otherwise (pattern 6)
def test_a_web_tools_8d_export_names_its_number_and_opening_otherwise(tmp_path):
    rows = [
        ["8D Report"],
        ["Report ID", "8D-WEB-000317", "Created", "2026-03-12T08:41:00"],
        ["Customer", "Valeo Shenzhen", "Part number", "VL-SW-2290"],
        ["Complaint no.", "VS-2026-118", "Due", "2026-04-09T23:59:00"],
        ["D2 Problem description", "Switch actuation force below 2.5 N on 75 pcs."],
        ["D3 Containment actions"],
        ["Action", "Responsible", "Due"],
        ["Sort stock", "Li Ming", dt.datetime(2026, 4, 1)],
    ]
    record = _doc(_sheet(tmp_path, rows))["record"]
    assert record["number"] == "8D-WEB-000317"
    assert record["opened_date"] == "2026-03-12"
    assert record["target_close_date"] == "2026-04-09"
    # the table's Due heads its column: the action's, not the report's
    assert record["containment"][0]["due_date"] == "2026-04-01"


def test_a_credit_memo_names_its_number_and_sign_off_otherwise(tmp_path):
    rows = [
        ["CREDIT MEMO"],
        ["Memo No.", "CM-26-00412", "Date", dt.datetime(2026, 3, 26)],
        ["Bill to", "Flex Ltd. (Zhuhai)"],
        ["Original invoice", "INV-2602-3318"],
        ["Description", "Qty", "Unit price", "Credit"],
        ["SMD ferrite bead 0603", 2500, 0.04, 100],
        ["Net credit", None, None, 100],
        ["Authorised", "R. Tan"],
    ]
    record = _doc(_sheet(tmp_path, rows))["record"]
    assert record["number"] == "CM-26-00412"
    assert record["approved_by_manager"] == "R. Tan"


def test_a_notifications_date_and_a_bare_countermeasure(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in [
        ["客訴處理單"],
        ["客訴編號", "CS-WR-2603-09", "Notified", dt.datetime(2026, 3, 9)],
        ["客戶", "鴻海精密工業", "料號", "WR-USB-C-1M"],
        ["不良描述", "端子焊點冷焊。"],
        ["原因分析", "焊接溫度設定偏低。"],
        ["對策", "焊接溫度上修並每 2 小時量測。"],
    ]:
        ws.append(row)
    ws.merge_cells("D2:E2")  # the date's cell merged across: still the label's value
    ws["D2"].number_format = "dd mmm yyyy"
    path = tmp_path / "form.xlsx"
    wb.save(path)
    record = _doc(path)["record"]
    assert record["received_date"] == "2026-03-09"
    assert record["long_term_action"] == "焊接溫度上修並每 2 小時量測。"


def test_a_note_is_said_when_a_layout_profile_reads_the_form(tmp_path, monkeypatch):
    """The same note on a form read with a profile (``kesu learn`` on a first copy)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    first = _sheet(tmp_path, _complaint_rows("WR-USB-C-1M"))
    code, out = run_cli("learn", str(first), "--kind", "complaint")
    assert code == 0, out
    second_dir = tmp_path / "second"
    second_dir.mkdir()
    second = _sheet(second_dir, _complaint_rows("WR-USB-C-2M"), notes={"D4": "更正：应为 40"})
    doc = _doc(second)
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["defect_qty"] == 40
    assert [w["field"] for w in _warned(doc, "value_from_note")] == ["defect_qty"]
