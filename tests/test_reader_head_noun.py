"""A label worded otherwise, with the same head noun as a choice field's label (``不良類別`` and
异常类别: 类别) and exactly one of that field's options beside it (``品質異常``), is that field's
label — read with low confidence, so the clerk is told. A value that is no option of the field
(``外觀``) is not read there."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def _sheet(path: Path, kind_of_defect: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客訴"
    ws["A1"] = "客訴通知單"
    rows = [
        ("客訴單號", "QCN-1150910-06"),
        ("發出日期", "2026/09/10"),
        ("客戶", "台達電子工業股份有限公司"),
        ("料號", "DE-FAN-1208"),
        ("不良類別", kind_of_defect),
        ("異常說明", "風扇啟動時異音，IQC 抽檢 315 pcs 中 42 pcs 不良。"),
    ]
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws.column_dimensions["B"].width = 40
    wb.save(path)
    return path


def _read(path: Path) -> dict:
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


def test_a_label_with_the_fields_head_noun_and_one_of_its_options_beside_it(tmp_path):
    doc = _read(_sheet(tmp_path / "a.xlsx", "品質異常"))
    assert doc["record"]["complaint_type"] == "quality"
    assert "complaint_type" in {w["field"] for w in doc["warnings"] if w["code"] == "low_confidence"}


def test_a_value_that_is_no_option_of_the_field_is_not_read_there(tmp_path):
    doc = _read(_sheet(tmp_path / "b.xlsx", "外觀"))
    assert doc["record"]["complaint_type"] is None
