"""What the forty-sixth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A line of values is no header row**: a printed line holding a whole date (a workflow's
  ``Effectiveness verified | lwong | 20-Sep-2026``) is a line of values; its words are not parted
  into column names run together, so no table is read under it (the page's footer line was read
  as the D6 result, silently).
- **A CAPA used as the 8D**: its number (``CAPA No.``, ``CAPA编号``, an eQMS's ``Record ID``), its
  team (``CAPA team``), the correction (``Correction``, ``纠正``, ``矯正``: D3, apart from the
  corrective action ``纠正措施`` / ``矯正措施``), the effectiveness check (``Effectiveness check``,
  ``有效性评估``, ``有效性確認``: D6), ``未检出原因`` (the escape cause), ``Product code`` /
  ``产品代码``, ``Initiated``, ``Units affected``, ``QA approver``; a ``CAPA Record`` title.
- **A regulated trade's complaint record**: ``Complainant``, ``Device name`` / ``药品名称``,
  ``Catalogue No.``, ``投诉数量`` / ``客訴數量`` / ``Qty involved`` (in the trade's unit: ``支``,
  ``盒``, ``sets``), ``Investigation summary`` / ``调查结论``, ``处理措施`` /
  ``處理說明``, ``QA review`` / ``质量负责人``, ``Complaint handled by``, an adverse event or an
  allergy as the safety question (``是否涉及不良事件``, ``过敏反应``), ``消费者诉求``.
- **Destroyed goods**: a return's ``销毁`` / ``銷毀`` / ``Destroy`` / ``Quarantine and destroy`` is
  ``scrap``; ``QA release`` its approval.

Workbooks built here with openpyxl, PDFs drawn with fpdf2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows

WIDTH = 24


# ------------------------------------------------------------------ a line of values is no header row
def _capa_print(path: Path, footer: str) -> Path:
    """An eQMS's CAPA record printed: label / value lines, then a workflow history table whose last
    step is ``Effectiveness verified`` (signed and dated), then the print's footer line."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.text(80, 16, "CAPA Record")
    y = 30
    for lab, val in (
        ("Record ID", "CAPA-004417"),
        ("Related complaint", "CC-2026-0311"),
        ("Initiated", "14-Aug-2026"),
        ("Customer", "Westbrook Clinic"),
        ("Product code", "VX-220-B"),
        ("Units affected", "7"),
        ("CAPA team", "Lena Wong, Piet Smit"),
        ("Problem statement", "Seal peels from the tray lid."),
        ("Correction", "Stock of lot 26H04 put on hold."),
        ("Root cause", "Sealer platen below set temperature."),
        ("Corrective action", "Platen temperature interlock added."),
    ):
        pdf.text(15, y, lab)
        pdf.text(70, y, val)
        y += 8
    y += 6
    pdf.text(15, y, "Workflow history")
    y += 8
    for cells in (("Step", "User", "Date"), ("Initiated", "lwong", "14-Aug-2026"),
                  ("Effectiveness verified", "lwong", "20-Sep-2026")):  # fmt: skip
        for x, c in zip((15, 90, 140), cells):
            pdf.text(x, y, c)
        pdf.line(15, y + 2, 195, y + 2)
        y += 8
    pdf.text(15, y + 4, footer)
    pdf.text(170, y + 4, "Page 1 of 1")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def capa_print(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return read_doc(_capa_print(tmp_path_factory.mktemp("capa") / "capa.pdf", "MedQ Suite"), "8d")


def test_a_signed_and_dated_step_is_no_header_over_the_footer(capa_print: dict) -> None:
    """The workflow's ``Effectiveness verified`` step is a line of values (it holds a date): the
    footer under it is no D6 result."""
    results = [i.get("result") for i in capa_print["record"].get("implementation") or []]
    assert "MedQ Suite" not in results


def test_a_capa_records_words_are_the_8ds(capa_print: dict) -> None:
    record = capa_print["record"]
    assert (record["number"], record["complaint_number"], record["part_no"]) == (
        "CAPA-004417",
        "CC-2026-0311",
        "VX-220-B",
    )
    assert record["opened_date"] == "2026-08-14"
    assert record["problem"]["qty_complained"] == 7
    assert [m["name"] for m in record["team"]] == ["Lena Wong", "Piet Smit"]
    assert record["containment"][0]["action"] == "Stock of lot 26H04 put on hold."


# ------------------------------------------------------------------ a CAPA sheet in Chinese
@pytest.fixture(scope="module")
def capa_sheet(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["纠正和预防措施报告"],
        ["CAPA编号", "CAPA-2608-011", "发起日期", "2026-08-03"],
        ["客户", "安泰医药有限公司", "投诉编号", "TS-2607-042"],
        ["产品代码", "VC-C100", "投诉数量", "40 盒"],
        ["CAPA 小组", "何琳、吴涛"],
        ["问题描述", "铝箔封口起皱，片剂受潮。"],
        ["纠正", "同批在库药品暂停发货，逐盒检查封口。"],
        ["根本原因", "热封温度设定偏低。"],
        ["未检出原因", "封口检查仅目视抽检。"],
        ["纠正措施", "热封温度改为自动控制并报警。"],
        ["有效性评估", "后续 5 批封口检查合格。"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("capa_zh"), rows, width=WIDTH), "8d")


def test_a_capas_correction_is_d3_and_its_corrective_action_d5(capa_sheet: dict) -> None:
    record = capa_sheet["record"]
    assert record["number"] == "CAPA-2608-011"
    assert record["part_no"] == "VC-C100"
    assert record["containment"][0]["action"] == "同批在库药品暂停发货，逐盒检查封口。"
    assert record["corrective_actions"][0]["action"] == "热封温度改为自动控制并报警。"
    assert record["implementation"][0]["result"] == "后续 5 批封口检查合格。"
    escape = [c["cause"] for c in record["root_cause"] if c.get("type") == "escape"]
    assert escape == ["封口检查仅目视抽检。"]


# ------------------------------------------------------------------ a regulated trade's complaint
@pytest.fixture(scope="module")
def device_complaint(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["COMPLAINT FILE"],
        ["Complaint No.", "CF-26-0088", "Date received", "2026-08-11"],
        ["Complainant", "Harbourview Hospital", "Device name", "Suction catheter 12 Fr"],
        ["Catalogue No.", "SC-12-500", "Lot / Serial No.", "26G118"],
        ["Qty involved", "6 sets", "UDI-DI", "05012345678900"],
        ["Event description", "Catheter tip split when inserted."],
        ["Adverse event", "No"],
        ["Investigation summary", "Tip moulding short shot on cavity 2."],
        ["Complaint handled by", "Ana Ruiz", "QA review", "Owen Blake"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("device"), rows, width=WIDTH), "complaint")


def test_a_device_complaint_records_labels(device_complaint: dict) -> None:
    record = device_complaint["record"]
    assert (record["customer"], record["part_name"], record["part_no"]) == (
        "Harbourview Hospital",
        "Suction catheter 12 Fr",
        "SC-12-500",
    )
    assert record["defect_qty"] == 6
    assert record["root_cause"] == "Tip moulding short shot on cavity 2."
    assert (record["reporter"], record["approver"]) == ("Ana Ruiz", "Owen Blake")
    assert record["safety_related"] is False


@pytest.fixture(scope="module")
def medicine_complaint(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["药品质量投诉登记表"],
        ["投诉编号", "YT-2608-003", "投诉日期", "2026-08-06"],
        ["投诉单位", "百信大药房", "药品名称", "维生素C片"],
        ["批号", "20260714", "投诉数量", "8 瓶"],
        ["投诉内容", "瓶内药片发黄。"],
        ["调查结论", "瓶盖密封垫缺失，受潮变色。"],
        ["处理措施", "同批药品暂停发货。"],
        ["过敏反应", "否"],
        ["消费者诉求", "退货"],
        ["登记人", "林芳", "质量负责人", "许强"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("medicine"), rows, width=WIDTH), "complaint")


def test_a_medicine_complaints_follow_up_words(medicine_complaint: dict) -> None:
    record = medicine_complaint["record"]
    assert (record["customer"], record["part_name"], record["lot_no"]) == (
        "百信大药房",
        "维生素C片",
        "20260714",
    )
    assert record["defect_qty"] == 8
    assert record["root_cause"] == "瓶盖密封垫缺失，受潮变色。"
    assert record["short_term_action"] == "同批药品暂停发货。"
    assert record["approver"] == "许强"
    assert record["safety_related"] is False
    assert record["customer_request"] == ["return"]


# ------------------------------------------------------------------ destroyed goods
@pytest.mark.parametrize(
    ("typed", "released_by"), [("销毁", "QA release"), ("Quarantine and destroy", "QA release")]
)
def test_a_returns_destruction_is_scrap(tmp_path: Path, typed: str, released_by: str) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-2608-07", "Date", "2026-08-20"],
        ["Customer", "Northline Pharma Distribution", "Complaint ref.", "PC-2608-15"],
        ["Item code", "Description", "Qty authorised", "Qty returned", "Unit price", "Amount"],
        ["AMP-5-10", "Amoxicillin 500 mg", "30 boxes", "30 boxes", 4.5, 135.0],
        ["Reason", "Recalled lot."],
        ["Disposition", typed],
        [released_by, "Mia Stone"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")
    assert doc["record"]["handling"] == ["scrap"]
    assert doc["record"]["approved_by"] == "Mia Stone"
