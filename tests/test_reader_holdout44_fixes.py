"""What the forty-fourth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A rate in parts per million** (an electronics customer's reject rate): ``2500PPM``, ``1,800
  ppm``, ``3000 DPPM`` typed with the unit, or a bare figure under a ``DPPM`` / ``不良率(PPM)``
  label, is the figure over a million (1,800 ppm = 0.18 %) — never a percent, never 1,800 %.
- **A failure analysis report** answered as an 8D: 失效模式 / Failure mode is the problem,
  失效機理 / Failure mechanism the occurrence cause, 改善對策 the corrective action, 分析小組 the team.
- **An EMS customer's 8D**: ``PCBA P/N`` is the part number, ``Defect location (Ref Des)`` the
  problem's where.
- **A customer IQC's quality alert** (品质异常联络单): its 发单人 is the reporter, its 进料数 the
  shipped count; its number (品质异常单号) is the case a return or an allowance answers; a SCAR's
  ``Disposition requested`` is the customer's request; an RMA's ``Failure description`` the
  return's reason; a credit memo to a ``Distributor`` names its buyer.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from pydantic import TypeAdapter

from kesu_docs.values import Ratio

WIDTH = 20


# ------------------------------------------------------------------ a rate in parts per million
@pytest.mark.parametrize(
    ("typed", "rate"),
    [
        ("2500PPM", Decimal("0.0025")),
        ("1,800 ppm", Decimal("0.0018")),
        ("3000 DPPM", Decimal("0.003")),
        ("450ppm", Decimal("0.00045")),
        ("1.5%", Decimal("0.015")),  # a percent stays a percent
    ],
)
def test_a_rate_typed_in_ppm_is_per_million(typed: str, rate: Decimal) -> None:
    assert TypeAdapter(Ratio).validate_python(typed) == rate


def test_a_figure_under_a_dppm_label_is_per_million(tmp_path: Path) -> None:
    """No counts on the form: the rate is the one the clerk wrote, never computed, never 18 (1,800 %)."""
    rows: list[list[Any]] = [
        ["SUPPLIER QUALITY NOTICE"],
        ["Notice No.", "SQN-0811-04", "Date", "2026-08-11"],
        ["Customer", "Lakeview Instruments Ltd.", "PO No.", "LV-55102"],
        ["Part No.", "LV-RLY-0405", "Lot No.", "K2631"],
        ["DPPM", "1,800"],
        ["Defect description", "Relay contacts welded after 500 cycles."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["defect_rate"] == "0.0018"


def test_a_rate_in_ppm_agrees_with_its_counts(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["客訴單"],
        ["客訴單號", "KS-0812-11", "客訴日期", "2026-08-12"],
        ["客戶名稱", "欣興電子股份有限公司", "料號", "XS-IND-2212"],
        ["出貨數量", 40000, "不良數量", 100],
        ["不良率", "2500PPM"],
        ["不良現象", "電感感值偏低。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["defect_rate"] == "0.0025"
    assert "defect_rate_mismatch" not in field_codes(doc, "defect_rate")


# ------------------------------------------------------------------ a failure analysis report
def test_a_failure_analysis_reports_labels(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["失效分析報告"],
        ["報告編號", "FA-0815-03", "開立日期", "2026-08-15"],
        ["客戶", "群光電子股份有限公司", "客訴單號", "CK-0809-02"],
        ["料號", "CAP-1206-47U", "不良數", 6],
        ["分析小組", "郭俊宏、謝雅雯"],
        ["X-Ray", "內部電極層間無空洞。"],
        ["失效模式", "電容短路，上電冒煙。"],
        ["失效機理", "板彎應力造成陶瓷體微裂，受潮後絕緣劣化。"],
        ["流出原因", "分板後未做彎曲檢查。"],
        ["改善對策", "分板治具改為銑刀式，板彎量管控 ≤ 0.5 mm。"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")["record"]
    assert record["problem"]["statement"] == "電容短路，上電冒煙。"
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes["occurrence"] == "板彎應力造成陶瓷體微裂，受潮後絕緣劣化。"
    assert record["corrective_actions"][0]["action"] == "分板治具改為銑刀式，板彎量管控 ≤ 0.5 mm。"
    assert [m["name"] for m in record["team"]] == ["郭俊宏", "謝雅雯"]


def test_an_english_fa_reports_failure_mode_and_mechanism(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["FAILURE ANALYSIS REPORT"],
        ["Report No.", "FA-0816-01", "Date", "2026-08-16"],
        ["Customer", "Crestline Audio Inc.", "Complaint No.", "CA-0811-07"],
        ["Part No.", "AMP-D-220", "Qty complained", 4],
        ["Team", "Nora Fisk, Ivan Petrov"],
        ["Failure mode", "No audio output on the left channel."],
        ["Failure mechanism", "Bond wire lifted by thermal fatigue at the output stage."],
        ["Escape point", "Burn-in test skipped on the night shift."],
        ["Corrective action", "Bond parameters re-qualified; burn-in enforced by the MES."],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")["record"]
    assert record["problem"]["statement"] == "No audio output on the left channel."
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes["occurrence"] == "Bond wire lifted by thermal fatigue at the output stage."


def test_an_ems_8ds_board_number_and_defect_location(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["8D No.", "8D-EMS-0817", "Date opened", "2026-08-17"],
        ["Customer", "Ridgeway Robotics", "Complaint No.", "RR-CC-0812"],
        ["PCBA P/N", "RB-CTRL-3390", "Qty affected", 15],
        ["Team", "Omar Said, Lena Vogt"],
        ["D2 Problem description", "Solder bridge between pins 3 and 4 of U12."],
        ["Defect location (Ref Des)", "U12"],
        ["D4 Root cause (occurrence)", "Stencil aperture too wide on the QFP pads."],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")["record"]
    assert record["part_no"] == "RB-CTRL-3390"
    assert record["problem"]["where"] == "U12"


# ------------------------------------------------------------------ a quality alert and what answers it
def test_a_quality_alerts_sender_and_incoming_count(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["品质异常联络单"],
        ["联络单号", "IQC-0818-05", "发出日期", "2026-08-18"],
        ["客户", "厦门宏发电声股份有限公司", "物料编码", "HF-SPR-0021"],
        ["进料数", 2000, "不良数", 16],
        ["异常描述", "弹片折弯角度超差。"],
        ["处理要求", "退货"],
        ["发单人", "陈丽娟"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["ship_qty"], record["reporter"]) == (2000, "陈丽娟")


def test_a_scars_disposition_requested_is_the_request(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["CORRECTIVE ACTION REQUEST"],
        ["Request No.", "CR-0819-02", "Issue date", "2026-08-19"],
        ["Customer", "Summit Avionics Corp.", "Part No.", "SA-HRN-118"],
        ["Qty received", 600, "Qty rejected", 12],
        ["Nonconformance description", "Crimp height out of tolerance."],
        ["Disposition requested", "Replace"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["customer_request"] == ["replacement"]


def test_a_return_and_an_allowance_answering_a_quality_alert(tmp_path: Path) -> None:
    ret: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "TH-0820-07", "退货日期", "2026-08-20"],
        ["客户", "宁波三星医疗电气股份有限公司", "品质异常单号", "QA-0815-31"],
        ["料号", "品名", "核准数量", "实退数量", "单价", "金额"],
        ["NB-CT-100", "电流互感器", 200, 200, 8.5, 1700],
        ["退货原因", "变比误差超差。"],
        ["处理方式", "退回供应商"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, ret, "ret.xlsx", width=WIDTH), "return")["record"]
    assert record["complaint_number"] == "QA-0815-31"
    rma: list[list[Any]] = [
        ["RMA"],
        ["RMA No.", "RMA-0821-14", "RMA date", "2026-08-21"],
        ["Distributor", "Northwind Components", "Complaint ref.", "NW-CC-0818"],
        ["Part No.", "Description", "Qty auth.", "Qty returned", "Unit price", "Amount"],
        ["NW-SNS-40", "Pressure sensor", 2, 2, 31.0, 62.0],
        ["Failure description", "Offset drift above 2 % FS."],
        ["Disposition", "Repair"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rma, "rma.xlsx", width=WIDTH), "return")["record"]
    assert record["reason"] == "Offset drift above 2 % FS."
    credit: list[list[Any]] = [
        ["CREDIT MEMO"],
        ["Credit Memo No.", "CM-0822-03", "Date", "2026-08-22"],
        ["Distributor", "Northwind Components", "Tax ID", "91-2203388"],
        ["Original invoice", "INV-0801-77", "品质异常单号", "QA-0815-31"],
        ["Description", "Qty", "Unit price", "Amount", "Tax"],
        ["Pressure sensor", 2, 31.0, 62.0, 0],
        ["Total", None, None, 62.0],
    ]
    record = read_doc(sheet_from_rows(tmp_path, credit, "credit.xlsx", width=WIDTH), "allowance")["record"]
    assert (record["buyer"], record["complaint_number"]) == ("Northwind Components", "QA-0815-31")
