"""Two silent misreads of the merged reader (fixrd37a), each mended by a narrow rule.

- **A code in brackets is a caption's only after a caption**: ``客户(KUNNR)`` on a page printing
  its fields' codes is the label 客户; a value's bracket stays — ``温度传感器(PT100)``,
  ``全检(1200PCS)``, ``报废(SCRAP)`` — off such a page, after words no form's vocabulary reads,
  and a model's code of letters and figures (``6204ZZ``) on any page.
- **工单编号 names a complaint's number only likely**: on a factory's form 工单 is the production
  work order; the number read through it is warned.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.parse.field_codes import without_field_codes


def _complaint(part_name: str, number_label: str = "客诉编号") -> list[list[Any]]:
    return [
        ["客户投诉单"],
        [number_label, "KS-2607-031", "接收日期", "2026-07-02"],
        ["客户", "苏州恒达精密五金有限公司", "品名", part_name],
        ["料号", "HD-TS-100", "投诉数量", 12],
        ["问题描述", "读数偏高 3 ℃。"],
    ]


def test_a_values_bracket_stays_on_an_ordinary_form(tmp_path: Path) -> None:
    path = sheet_from_rows(tmp_path, _complaint("温度传感器(PT100)"), "c.xlsx", width=26)
    assert read_doc(path, "complaint")["record"]["part_name"] == "温度传感器(PT100)"


def test_an_8d_containments_bracket_stays(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["8D报告"],
        ["报告编号", "8D-2607-011", "客户", "苏州恒达精密五金有限公司"],
        ["D2 问题描述", "销钉长度超差 0.3 mm。"],
        ["D3 临时对策", "全检(1200PCS)"],
        ["D4 根本原因", "冲压模具磨损。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "8d.xlsx", width=26), "8d")
    assert "全检(1200PCS)" in str(doc["record"]["containment"])


def test_a_model_code_stays_on_a_coded_page(tmp_path: Path) -> None:
    rows = _complaint("轴承(6204ZZ)", "客诉编号(QMNUM)")
    rows[2][0] = "客户(KUNNR)"
    record = read_doc(sheet_from_rows(tmp_path, rows, "qm.xlsx", width=26), "complaint")["record"]
    assert record["number"] == "KS-2607-031"  # the captions' codes are gone
    assert record["customer"] == "苏州恒达精密五金有限公司"
    assert record["part_name"] == "轴承(6204ZZ)"


@pytest.mark.parametrize(
    "value", ["密封圈(NBR70)", "外壳(PA66GF30)", "轴承(6204ZZ)", "报废(SCRAP)", "客户确认(CLOSED)"]
)
def test_a_bracketed_code_stays_off_a_coded_page(value: str) -> None:
    assert without_field_codes(value) == value


@pytest.mark.parametrize(
    "value", ["密封圈(NBR70)", "外壳(PA66GF30)", "M3X8(SUS304)", "报废(SCRAP)", "全检(1200PCS)"]
)
def test_a_values_code_stays_on_a_coded_page(value: str) -> None:
    assert without_field_codes(value, True) == value


@pytest.mark.parametrize(
    ("caption", "bare"),
    [("客户(KUNNR)", "客户"), ("创建时间(ERDAT)", "创建时间"), ("D3 临时措施(ZD3_ACT)", "D3 临时措施")],
)
def test_a_captions_code_goes_on_a_coded_page(caption: str, bare: str) -> None:
    assert without_field_codes(caption, True) == bare


def test_a_work_orders_number_is_warned(tmp_path: Path) -> None:
    rows = _complaint("温度传感器", "工单编号")
    rows[1][1] = "MO-2026-0311"
    doc = read_doc(sheet_from_rows(tmp_path, rows, "wo.xlsx", width=26), "complaint")
    assert doc["record"]["number"] == "MO-2026-0311"
    assert "low_confidence" in field_codes(doc, "number")
