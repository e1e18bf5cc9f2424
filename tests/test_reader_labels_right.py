"""A form that prints each label to the RIGHT of its value (a column of shaded labels at the
right edge, each value in a wide cell on its left) is read that way round — only when a column
of labels shows it, never for one label whose own value was left empty."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def read(tmp_path: Path, wb: Workbook) -> dict:
    path = tmp_path / "form.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


def test_values_left_of_a_column_of_labels_are_theirs(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客戶抱怨處理單"
    rows = [
        ("CC-115-0904", "抱怨編號"),
        ("115/09/04", "受理日期"),
        ("國聯機械股份有限公司", "客戶名稱"),
        ("M8-HB-1225", "品號"),
        ("640", "不良數量"),
    ]
    for r, (value, label) in enumerate(rows, start=3):
        ws.merge_cells(f"A{r}:C{r}")
        ws[f"A{r}"] = value
        ws[f"D{r}"] = label
        ws[f"D{r}"].fill = SHADE
    record = read(tmp_path, wb)["record"]
    assert record["number"] == "CC-115-0904" and record["received_date"] == "2026-09-04"
    assert (record["customer"], record["part_no"], record["defect_qty"]) == (
        "國聯機械股份有限公司",
        "M8-HB-1225",
        640,
    )


def test_a_label_whose_value_was_left_empty_does_not_take_the_value_on_its_left(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户抱怨处理单"
    pairs = [("客户名称", "宁波东力电机", "料号", "DL-HS-220"), ("受理日期", "2026-09-04", "批号", None)]
    for r, (l1, v1, l2, v2) in enumerate(pairs, start=3):
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = l1, v1, l2, v2
        ws[f"A{r}"].fill = ws[f"C{r}"].fill = SHADE
    record = read(tmp_path, wb)["record"]
    assert record["lot_no"] is None
    assert record["received_date"] == "2026-09-04"
