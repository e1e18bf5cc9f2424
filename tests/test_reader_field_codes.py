"""Forms printed by an ERP or QMS with each field's code beside its label (issue 10, pattern 2 of
the eleventh held-out set), and figures a workbook or its print does not carry (patterns 7, 10).

A field code (``NOTIF_ID`` under ``Notification No.``, ``RPT_NO 报告编号 : …``, ``MGR 主管``) is
the label's, never a value; a colon printed apart separates a label from its value and holds
nothing. A formula with no saved result leaves its field missing with an error naming the cell,
never the next cell's text; ``###`` (a figure too wide for its column) is no figure; ``Net credit``
under a credit note's lines is its net total, not one more line.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

import pytest
from helpers import parse_cli, sheet_from_rows
from openpyxl import Workbook

from kesu_docs.parse.field_codes import without_field_codes
from kesu_docs.values import parse_date

fpdf = pytest.importorskip("fpdf")


_sheet = partial(sheet_from_rows, width=24)


def _doc(path: Path, kind: str) -> dict:
    _code, [doc] = parse_cli(path, "--kind", kind, "--lang", "en")
    return doc


def test_codes_are_taken_out_of_labels_and_a_code_alone_is_no_text():
    assert without_field_codes("Notification No.\nNOTIF_ID") == "Notification No."
    assert without_field_codes("RPT_NO 报告编号 : QMS-8D-26-0118") == "报告编号 : QMS-8D-26-0118"
    assert without_field_codes("D5_ACT 永久措施") == "D5 永久措施"  # an 8D step keeps its number
    assert without_field_codes("MGR 主管", coded=True) == "主管"  # on a page printing codes
    assert without_field_codes("MGR 主管") == "MGR 主管"
    assert without_field_codes("SUP_CONTACT", coded=True) == ""
    # a two-letter abbreviation says whose the label is; values are never touched
    assert without_field_codes("QC 主管", coded=True) == "QC 主管"
    assert without_field_codes("LR-HRN-5521") == "LR-HRN-5521"
    assert without_field_codes("ABS 外壳开裂") == "ABS 外壳开裂"  # no label after the abbreviation


@pytest.mark.parametrize("text", ["2026-03-05T14:30:00+08:00", "2026-03-05T14:30:00Z", "2026-03-05T14:30:00"])
def test_a_portals_iso_date_time_with_its_offset_is_the_date_written(text):
    assert parse_date(text) == dt.date(2026, 3, 5)


def test_a_code_under_each_label_is_never_the_value(tmp_path):
    """A web form's print: label over its code in the left cell, the value in the right one."""
    path = tmp_path / "codes.pdf"
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "Supplier Quality Notification", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    y = 30
    for label, code, value in (
        ("Notification No.", "NOTIF_ID", "SQN-2026-000815"),
        ("Created", "CREATED_AT", "2026-11-05T09:15:00+08:00"),
        ("Customer", "CUST_NAME", "Harbor Seating Ltd."),
        ("Part No.", "PART_NO", "HS-RL-220"),
        ("Part name", "PART_DESC", "Recliner lever"),
        ("Problem description", "DEFECT_TEXT", "Lever spring missing on 12 seats."),
        ("Supplier contact", "SUP_CONTACT", "Wu Ming"),
    ):
        pdf.rect(15, y, 50, 14)
        pdf.text(17, y + 5, label)
        pdf.text(17, y + 11, code)
        pdf.rect(65, y, 120, 14)
        pdf.text(67, y + 8, value)
        y += 14
    pdf.output(str(path))
    doc = _doc(path, "complaint")
    record = doc["record"] or {}
    assert record.get("number") == "SQN-2026-000815"
    assert record.get("part_name") == "Recliner lever"
    assert record.get("received_date") == "2026-11-05"
    assert record.get("description") == "Lever spring missing on 12 seats."
    assert record.get("reporter") == "Wu Ming"  # the supplier's person handling it (承办人)
    read = {str(v) for v in record.values() if v is not None}
    assert not read & {"NOTIF_ID", "CUST_NAME", "PART_NO", "PART_DESC", "SUP_CONTACT"}


def test_code_label_colon_value_lines_are_read(tmp_path):
    """A QMS print: ``CODE 中文`` | ``:`` | value, each text apart on its line."""
    path = tmp_path / "qms.pdf"
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(80, 15, "8D Report (QMS print)")
    y = 30
    for label, value in (
        ("RPT_NO Report No.", "QMS-8D-26-0042"),
        ("CUSTOMER Customer", "Weichai Power"),
        ("PART_NO Part No.", "WC-GSK-101"),
        ("D2_PROBLEM Problem description", "Gasket leaks on 6 engines."),
        ("D8_APPROVER Approved by", "Kong Deming"),
    ):
        pdf.text(15, y, label)
        pdf.text(80, y, ":")
        pdf.text(85, y, value)
        y += 8
    pdf.output(str(path))
    doc = _doc(path, "8d")
    assert "empty_form" not in {e["code"] for e in doc["errors"]}
    record = doc["record"] or {}
    assert record.get("number") == "QMS-8D-26-0042"
    assert record.get("part_no") == "WC-GSK-101"
    assert (record.get("closure") or {}).get("approved_by") == "Kong Deming"
    assert ":" not in {str(v) for v in record.values()}


def test_codes_before_chinese_labels_in_a_workbook(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["營業人銷貨退回進貨退出或折讓證明單"],
            ["DOC_NO 證明單號", "AL-TW-2611-02", "DOC_DATE 開立日期", dt.datetime(2026, 11, 20)],
            ["BUYER_NAME 買受人", "仁寶電腦工業股份有限公司", "BUYER_BAN 統一編號", "22099131"],
            ["INV_NO 發票號碼", "QX-20451234", "INV_DATE 發票日期", dt.datetime(2026, 11, 2)],
            ["MGR 主管", "林宏志"],
        ],
    )
    doc = _doc(path, "allowance")
    record = doc["record"] or {}
    assert record.get("issue_date") == "2026-11-20"
    assert record.get("invoice_date") == "2026-11-02"
    assert record.get("buyer_tax_id") == "22099131"
    assert record.get("approved_by_manager") == "林宏志"


def _uncalculated(path: Path, formula: str = "=SUM(B3:D3)") -> None:
    """``D2_QTY 投诉数量`` | ``formula`` with no saved result | the next label: the file of a
    program that writes formulas and never calculates them (openpyxl saves none)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["8D 报告"])
    ws.append(["报告编号", "8D-2611-07", "客户", "比亚迪"])
    ws.append(["各线不良", 12, 7, 5])
    ws.append(["投诉数量", formula, "小组成员", "马超"])
    ws.append(["问题描述", "端子压接高度超差。"])
    wb.save(path)


def test_a_formula_without_its_result_is_worked_out_and_said_so_on_its_field(tmp_path):
    """``=SUM(B3:D3)`` with no saved result: 24, from the cells it sums, warned with the formula."""
    path = tmp_path / "formula.xlsx"
    _uncalculated(path)
    doc = _doc(path, "8d")
    assert doc["record"]["problem"]["qty_complained"] == 24
    said = [w for w in doc["warnings"] if w["field"] == "problem.qty_complained"]
    assert [w["code"] for w in said] == ["formula_worked_out"]
    assert said[0]["location"].endswith("!B4") and "SUM(B3:D3)" in said[0]["message"]
    assert "formula_without_value" not in {e["code"] for e in doc["errors"]}


def test_a_formula_kesu_does_not_work_out_is_missing_with_an_error_naming_its_cell(tmp_path):
    """A look-up or a condition (``SUMIF``, ``VLOOKUP``, ``IF``) is not the arithmetic kesu works
    out: without a saved result the field is missing, with the error naming the cell."""
    path = tmp_path / "formula.xlsx"
    _uncalculated(path, '=SUMIF(B3:D3,">5")')
    doc = _doc(path, "8d")
    record = doc["record"] or {}
    assert (record.get("problem") or {}).get("qty_complained") is None
    said = [e for e in doc["errors"] if e["field"] == "problem.qty_complained"]
    assert [e["code"] for e in said] == ["formula_without_value"]
    assert said[0]["location"].endswith("!B4")


def test_net_credit_under_the_lines_is_the_net_total_not_a_line(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["CREDIT MEMO"],
            ["Customer", "Flex Ltd."],
            ["Description", "Qty", "Unit price", "Credit", "VAT"],
            ["Power inductor 10 uH", 1000, 0.35, 350, 45.5],
            ["SMD ferrite bead", 2000, 0.04, 80, 10.4],
            [],
            [None, None, "Net credit", 430],
            [None, None, "VAT 13 %", 55.9],
            [None, None, "Total credit", 485.9],
        ],
    )
    doc = _doc(path, "allowance")
    record = doc["record"] or {}
    assert len(record.get("items") or []) == 2
    assert record.get("total_excl_tax") == "430.00"


def _credit_memo_print(
    path: Path, rows: tuple[tuple[str, str], ...], after: tuple[str, str] | None = None
) -> Path:
    """A printed credit memo: each label and its value in ruled boxes, then ``after`` (a label
    and a value printed under them with no box)."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "CREDIT MEMO", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    y = 30
    for label, value in rows:
        pdf.rect(15, y, 50, 9)
        pdf.text(17, y + 6, label)
        pdf.rect(65, y, 60, 9)
        pdf.text(67, y + 6, value)
        y += 9
    if after is not None:
        pdf.text(17, y + 6, after[0])
        pdf.text(67, y + 6, after[1])
    pdf.output(str(path))
    return path


def test_hashes_on_a_print_are_no_figure(tmp_path):
    """``###``: the spreadsheet's column was too narrow for the number when it was printed."""
    path = _credit_memo_print(
        tmp_path / "hashes.pdf",
        (("Customer", "Flex Ltd."), ("Invoice No.", "INV-2611-01"), ("Net credit", "###")),
        after=("VAT 13 %", "55.90"),
    )
    doc = _doc(path, "allowance")
    assert (doc["record"] or {}).get("total_excl_tax") is None
    said = [e for e in doc["errors"] + doc["warnings"] if e["field"] == "total_excl_tax"]
    assert said and all("VAT" not in e["message"] for e in said)  # the ### was its value, not the next line
    assert [e["code"] for e in doc["errors"] if e["field"] == "total_excl_tax"] == ["value_not_printed"]


def test_hashes_for_a_date_on_a_print_are_the_one_error_the_profiles_give(tmp_path):
    """A date or figure printed ``###`` reads as nothing, with the layout profiles' own error
    (value_not_printed: the column was too narrow), never ``invalid_date`` on a '###'."""
    path = _credit_memo_print(
        tmp_path / "hashes-date.pdf",
        (("Customer", "Flex Ltd."), ("Invoice No.", "INV-2611-01"), ("Date", "####")),
    )
    doc = _doc(path, "allowance")
    assert (doc["record"] or {}).get("issue_date") is None
    [error] = [e for e in doc["errors"] if e["field"] == "issue_date" and e["code"] != "required"]
    assert error["code"] == "value_not_printed" and "too narrow" in error["message"]
    assert not any(e["code"] == "invalid_date" for e in doc["errors"])


def test_the_net_lines_are_the_allowances_own_words_for_its_total_before_tax():
    """One list: every alias of total_excl_tax that says "net" is a totals caption (the lines'
    sum ends there), and nothing else that merely starts with "net"."""
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import totals_caption

    words = [w for w in get("allowance").fields["total_excl_tax"].labels if "net" in w.lower().split()]
    assert {"Net", "Net credit", "Net sum"} <= set(words)
    assert all(totals_caption(w) and totals_caption(w.upper() + ":") for w in words)
    assert not totals_caption("Net price") and not totals_caption("Network")


# -- values shaped like codes (the attack on the code rule, dev11-mcodes) ---------------------------

_D = dt.datetime


def _complaint(tmp_path: Path, *rows: list[object], name: str = "form.xlsx") -> dict:
    base: list[list[object]] = [
        ["客户抱怨处理单"],
        ["客诉编号", "CS-2611-0042", "受理日期", _D(2026, 11, 3)],
        ["客户名称", "华东精密", "料号", "AB-1"],
        ["品名", "LED 灯板", "不良数量", 36],
    ]
    return _doc(_sheet(tmp_path, base + list(rows), name), "complaint")


def _said(doc: dict, field: str) -> bool:
    return any(e["field"] == field for e in doc["errors"] + doc["warnings"])


def _right_or_warned(doc: dict, field: str, want: object) -> None:
    got = (doc["record"] or {}).get(field)
    assert got == want or (got is None and _said(doc, field)), (field, got)


def test_a_code_token_is_letters_only_words_and_the_rest_is_a_value():
    assert without_field_codes("LOT_2026_03", coded=True) == "LOT_2026_03"
    assert without_field_codes("PCB_V2_A", coded=True) == "PCB_V2_A"
    assert without_field_codes("CABLE_USB_C_1M", coded=True) == "CABLE_USB_C_1M"
    assert without_field_codes("D8_APPR", coded=True) == ""
    assert without_field_codes("NOTIF_ID") == "NOTIF_ID"  # alone on an ordinary page: a value
    assert without_field_codes("Lot No. LOT_2026_03", coded=True) == "Lot No. LOT_2026_03"
    assert without_field_codes("Part No. PART_NO", coded=True) == "Part No."
    assert without_field_codes("Part No. PART_NO") == "Part No. PART_NO"  # not the page's habit
    assert without_field_codes("OQC 检验员") == "OQC 检验员"
    desc = "Unit reports fault code\nERR_OVER_TEMP\nafter 5 min burn-in."
    assert without_field_codes(desc, coded=True) == desc  # a line of a value, not under a label


@pytest.mark.parametrize("lot", ["LOT_2026_03", "LOT_2026_03\nLOT_2026_04"])
def test_a_lot_shaped_like_a_code_is_the_lot(tmp_path, lot):
    doc = _complaint(tmp_path, ["批号", lot, "订单号", "PO-1"], ["异常描述", "灯板色温偏差。"])
    assert "LOT_2026_03" in str((doc["record"] or {}).get("lot_no"))


def test_a_lot_shaped_like_a_code_under_its_label_is_the_lot(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["客户抱怨处理单"],
            ["客诉编号", "CS-2611-0042", "受理日期", _D(2026, 11, 3)],
            ["客户名称", "华东精密", "料号", "AB-1"],
            ["批号"],
            ["LOT_2026_03"],
            ["2611-W3"],
            ["异常描述", "灯板色温偏差。"],
        ],
    )
    _right_or_warned(_doc(path, "complaint"), "lot_no", "LOT_2026_03")


def test_an_item_named_like_a_code_is_a_line(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["CREDIT MEMO"],
            ["Memo No.", "CM-26-00412", "Date", _D(2026, 3, 26)],
            ["Bill to", "Flex Ltd. (Zhuhai)"],
            ["Description", "Qty", "Unit price", "Credit"],
            ["CABLE_USB_C_1M", 2500, 0.04, 100],
            ["SMD ferrite bead 0603", 1000, 0.35, 350],
        ],
    )
    items = (_doc(path, "allowance")["record"] or {}).get("items") or []
    assert [i.get("name") for i in items][:1] == ["CABLE_USB_C_1M"]


def test_values_shaped_like_codes_in_a_print(tmp_path):
    path = tmp_path / "values.pdf"
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "CUSTOMER COMPLAINT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    y = 30
    for label, value in (
        ("Complaint No.", "CC_2611_07"),
        ("Customer", "Flex Ltd."),
        ("Part No.", "PCB_V2_A"),
        ("Lot No.", "LOT_2026_03"),
        ("Description", "Solder bridge on U7, 36 boards."),
    ):
        pdf.rect(15, y, 50, 10)
        pdf.text(17, y + 6, label)
        pdf.rect(65, y, 120, 10)
        pdf.text(67, y + 6, value)
        y += 10
    pdf.output(str(path))
    doc = _doc(path, "complaint")
    for field, want in (("number", "CC_2611_07"), ("part_no", "PCB_V2_A"), ("lot_no", "LOT_2026_03")):
        _right_or_warned(doc, field, want)


def test_a_value_after_its_label_on_one_line_is_never_a_code(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT"],
            ["Complaint No. CC-2611-07"],
            ["Customer Flex Ltd."],
            ["Part No. PCB_V2_A"],
            ["Lot No. LOT_2026_03"],
            ["Defect qty 36"],
            ["Description: Solder bridge on U7, 36 boards."],
        ],
    )
    record = _doc(path, "complaint")["record"] or {}
    assert record.get("lot_no") in (None, "LOT_2026_03")  # never the next line ("Defect qty 36")
    assert record.get("part_no") in (None, "PCB_V2_A")


def test_an_error_code_on_a_line_of_a_description_stays(tmp_path):
    doc = _complaint(tmp_path, ["异常描述", "ICT 测试站报错代码\nICT_FAIL_07\n共 36 片，均为同一周期。"])
    assert "ICT_FAIL_07" in str((doc["record"] or {}).get("description"))
    path = _sheet(
        tmp_path,
        [
            ["QUALITY NOTIFICATION"],
            ["QN number", "QN-7734021", "Received", _D(2026, 3, 10)],
            ["Customer", "Bosch"],
            ["Part No.", "7700-4412-01", "Lot", "LOT_2026_03"],
            ["Problem description", "Unit reports fault code\nERR_OVER_TEMP\nafter 5 min burn-in."],
        ],
        "en.xlsx",
    )
    doc = _doc(path, "complaint")
    record = doc["record"] or {}
    assert "ERR_OVER_TEMP" in str(record.get("description"))
    # the first line read as a label no field takes: the rest of its cell is said doubtful
    assert str(record.get("description")).startswith("Unit reports") or _said(doc, "description")
    _right_or_warned(doc, "lot_no", "LOT_2026_03")


@pytest.mark.parametrize(
    "row",
    [["出货检验", "OQC 检验员", "李四"], ["OQC 检验员", "李四", "客户 SQE", "Hans"]],
)
def test_an_abbreviation_before_a_label_stays_on_an_ordinary_form(tmp_path, row):
    doc = _complaint(tmp_path, ["异常描述", "灯板色温偏差。"], row)
    said = [e for e in doc["warnings"] if e["field"] == "reporter"]
    # "OQC 检验员" names the outgoing inspector, not the reporter: never taken without a doubt
    assert (doc["record"] or {}).get("reporter") != "李四" or said
    assert all("OQC" in e["message"] for e in said)  # the label quoted as printed


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (["不良数量", 36, "RMA 单号：R-2611-7"], "number"),
        (["处理说明", "OEM 客户：比亚迪（终端）"], "customer"),
    ],
)
def test_a_qualified_label_is_not_the_plain_one_on_an_ordinary_form(tmp_path, row, field):
    base = [["客户抱怨处理单"], ["客户名称", "华东精密", "受理日期", _D(2026, 11, 3)], ["料号", "AB-1"]]
    doc = _doc(_sheet(tmp_path, [*base, row, ["异常描述", "灯板色温偏差。"]]), "complaint")
    record = doc["record"] or {}
    assert record.get(field) not in ("R-2611-7", "比亚迪（终端）")


def test_an_abbreviation_before_a_label_goes_on_a_coded_form(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["營業人銷貨退回進貨退出或折讓證明單"],
            ["DOC_NO 證明單號", "AL-TW-2611-02", "DOC_DATE 開立日期", _D(2026, 11, 20)],
            ["MGR 主管", "林宏志"],
        ],
    )
    assert (_doc(path, "allowance")["record"] or {}).get("approved_by_manager") == "林宏志"
