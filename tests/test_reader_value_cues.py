"""What is written decides between a label and a value, or between two fields: a value that
only resembles another field's label is still the answer beside a sure label; a team column
named by a job-title word is read by what its cells hold; a group's text that lists the
options of its choice member is that member's answer."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def read(tmp_path: Path, wb: Workbook, kind: str) -> dict:
    path = tmp_path / "form.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def complaint_sheet(last_row: list) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["CUSTOMER COMPLAINT FORM"])
    ws.append(["Complaint No.", "CCF-26-0381", "Date Received", "2026-09-03"])
    ws.append(["Customer", "东莞立信电子科技有限公司", "Part No.", "TS-0420-BK"])
    ws.append(["Lot / Date Code", "2634", "Qty Rejected", 45])
    ws.append([])
    ws.append(last_row)
    return wb


def test_a_value_resembling_another_fields_label_is_the_answer_beside_a_sure_label(tmp_path):
    # 丝印车间 is close to 生产车间 (a label of this form): beside "Responsible Dept." it is the answer
    wb = complaint_sheet(["Responsible Dept.", "丝印车间", "Prepared By", "林美华"])
    out = read(tmp_path, wb, "complaint")
    record = out["record"]
    assert record["responsible_unit"] == "丝印车间"
    assert record["reporter"] == "林美华"
    assert record["lot_no"] == "2634"


def test_a_label_like_text_one_cell_away_is_not_taken_for_an_empty_answer(tmp_path):
    # the department's own cell was left empty: the text further on is not its answer
    wb = complaint_sheet(["Responsible Dept.", None, "丝印车间", None, "Prepared By", "林美华"])
    record = read(tmp_path, wb, "complaint")["record"]
    assert record["responsible_unit"] != "丝印车间"
    assert record["reporter"] == "林美华"
