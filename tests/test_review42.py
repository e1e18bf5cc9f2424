"""Silent misreads found by round 42's review (issue 10: a wrong value always carries an error or a
warning on its field), each on a small workbook built here:

- **A machine's label beside a part's own label**: round 42 made a machine's labels the part's
  (设备名称 the part's name; 设备型号 / 整机型号 / Machine model the part number; on an 8D and a return
  line 机型 over a code) — right on a service report or a dealer's claim, where the machine is what
  is complained of. On a supplier's complaint about a component the same labels name the customer's
  own machine the part failed in, and the form names the part by a label of its own beside them
  (品名, 零件名称, 料号, Part name, 产品名称): the machine's value is read and said (``low_confidence``),
  never taken for the part without a word. A form naming only the machine stays silent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 22


def _complaint(rows: list[list[Any]]) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉编号", "KS-2026-0415", "投诉日期", "2026-11-20"],
        ["客户名称", "华辰机械有限公司"],
        *rows,
        ["不良数量", "3"],
        ["问题描述", "油管接头渗油"],
    ]


# ------------------------------------------------------------------ a complaint about a component
@pytest.mark.parametrize(
    ("rows", "field", "read"),
    [
        # the loader the hose is fitted on, beside the hose's own name
        ([["零件名称", "液压油管"], ["整机型号", "ZL50GN"]], "part_no", "ZL50GN"),
        ([["品名", "弹簧垫片"], ["设备型号", "HX-280"]], "part_no", "HX-280"),
        # the injection moulding machine the part served in, beside the part's number
        ([["料号", "C-2231-07"], ["设备名称", "注塑机 HX-280"]], "part_name", "注塑机 HX-280"),
    ],
)
def test_a_machines_label_beside_a_parts_own_label_is_read_and_said(
    tmp_path: Path, rows: list[list[Any]], field: str, read: str
) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _complaint(rows), width=WIDTH), "complaint")
    assert doc["record"][field] == read
    assert "low_confidence" in field_codes(doc, field)


def test_an_english_machine_model_beside_the_parts_name_is_said(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Customer complaint"],
        ["Complaint No.", "CC-5512", "Date", "2026-11-20"],
        ["Customer", "Acme Pumps Ltd."],
        ["Part name", "Shaft seal"],
        ["Machine model", "CP-22H"],
        ["Defect qty", "3"],
        ["Description", "Seal leaks at the shaft."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["part_no"] == "CP-22H"
    assert "low_confidence" in field_codes(doc, "part_no")


def test_a_service_report_naming_only_the_machine_stays_silent(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["维修服务报告"],
        ["服务单号", "SR-2611-0031", "报修日期", "2026-11-14"],
        ["客户单位", "安徽华宇食品机械有限公司", "设备名称", "真空封口机"],
        ["设备型号", "DZ-600S", "机身编号", "20250917088"],
        ["故障现象", "封口不严。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert (doc["record"]["part_no"], doc["record"]["part_name"]) == ("DZ-600S", "真空封口机")
    assert not field_codes(doc, "part_no") and not field_codes(doc, "part_name")


def test_a_bare_model_beside_the_machines_name_is_the_machines_own_word(tmp_path: Path) -> None:
    """``设备名称 | 型号``: 型号 is the machine label's own word, said of the machine as often as of a part."""
    rows: list[list[Any]] = [
        ["维修服务报告"],
        ["服务单号", "SR-2611-0032", "报修日期", "2026-11-15"],
        ["客户单位", "安徽华宇食品机械有限公司"],
        ["设备名称", "真空封口机", "型号", "DZ-600S"],
        ["故障现象", "封口不严。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["part_name"] == "真空封口机"
    assert not field_codes(doc, "part_name")


# ------------------------------------------------------------------ an 8D and a return line
def test_an_8ds_machine_type_beside_the_products_name_is_said(tmp_path: Path) -> None:
    """An 8D on a phone's camera bracket: 机型 X200 is the phone, the bracket is 产品名称's."""
    rows: list[list[Any]] = [
        ["8D报告"],
        ["8D编号", "8D-2611-07", "开立日期", "2026-11-10"],
        ["客户", "深圳讯达通讯有限公司", "客户投诉编号", "XD-0931"],
        ["产品名称", "摄像头支架", "机型", "X200"],
        ["不良数量", "120"],
        ["D2 问题描述", "支架卡扣断裂。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")
    assert doc["record"]["part_no"] == "X200"
    assert "low_confidence" in field_codes(doc, "part_no")


def test_a_return_lines_machine_type_beside_the_parts_name_is_said(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RN-2611-031", "退货日期", "2026-11-30"],
        ["客户", "深圳讯达通讯有限公司", "客诉单号", "XD-0931"],
        ["机型", "品名", "退货数量"],
        ["X200", "摄像头支架", 120],
        ["退货原因", "卡扣断裂"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")
    assert doc["record"]["items"][0]["part_no"] == "X200"
    assert "low_confidence" in field_codes(doc, "items[0].part_no")


# ------------------------------------------------------------------ 机型 on a complaint: a code or a name
def test_a_machine_type_over_a_code_on_a_complaint_is_the_part_number_not_its_name(tmp_path: Path) -> None:
    """``機型 | VMC-850`` (a 保固申請表): the machine's model code, no name — it was read the part's
    name, silently (holdout48's complaint-zht-baogu)."""
    rows: list[list[Any]] = [
        ["保固申請表"],
        ["申請單號", "WA-2611-07", "申請日期", "2026-11-12"],
        ["客戶名稱", "宏昇精密機械股份有限公司", "機型", "VMC-850"],
        ["故障描述", "主軸異音。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["part_no"] == "VMC-850"
    assert doc["record"]["part_name"] is None


def test_a_machine_type_over_a_name_on_a_complaint_stays_the_parts_name(tmp_path: Path) -> None:
    """``机型 | KB310 对讲机`` beside the product's code: the product is the machine, as it always was."""
    rows = _complaint([["编码", "2203-KB310-007", "机型", "KB310 对讲机"]])
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert (doc["record"]["part_no"], doc["record"]["part_name"]) == ("2203-KB310-007", "KB310 对讲机")
    assert not field_codes(doc, "part_name")
