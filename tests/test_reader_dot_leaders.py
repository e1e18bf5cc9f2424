"""ERP list exports print each header line as ``Label . . . . . : value`` (or ``Label ......:``,
``Label …… :``) in one cell or one printed line: the label is the text before the dot leader,
the value the text after the colon. A leader closing a label cell whose value stands in the next
cell is part of the label's separator too. Dots elsewhere (``Wait...``, ``No.``) stay text."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def read(tmp_path: Path, header: list[list]) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.append(["RETURN NOTE"])
    for row in header:
        ws.append(row)
    ws.append([])
    ws.append(["Part No.", "Description", "Qty Returned", "Unit", "Unit price", "Amount"])
    ws.append(["SNS-4410-02", "Wheel speed sensor", "40", "PC", "30.86", "1,234.40"])
    ws.append([])
    ws.append(["Disposition . . . . . . . . . . . . : Repair"])
    path = tmp_path / "export.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="return")
    return result.to_dict("en")


def test_a_label_with_a_dot_leader_and_its_value_in_one_cell_are_split_at_the_colon(tmp_path):
    out = read(
        tmp_path,
        [
            # the leaders run to one column, as an ERP list prints them
            ["RMA No. . . . . . . . . . . . . . . : 60004417"],
            ["Date . . . . . . . . . . . . . . . . : 2026-09-09"],
            ["Customer name ..........................: Continental Automotive Changchun Co., Ltd."],
            ["Complaint No. ………………………… : QN 300118842"],
            ["Reason . . . . . . . . . . . . . . . : Sensor signal drops out at 80 °C"],
        ],
    )
    record = out["record"]
    assert record["number"] == "60004417"
    assert record["issue_date"] == "2026-09-09"
    assert record["customer"] == "Continental Automotive Changchun Co., Ltd."
    assert record["complaint_number"] == "QN 300118842"
    assert record["reason"] == "Sensor signal drops out at 80 °C"
    assert record["items"][0]["part_no"] == "SNS-4410-02"


def test_a_label_cell_ending_in_its_dot_leader_labels_the_next_cell(tmp_path):
    out = read(
        tmp_path,
        [
            ["RMA No. . . . . . . . . . . . . . . :", "60004417"],
            ["Customer name . . . . . . . . . . . .", "Continental Automotive Changchun Co., Ltd."],
            ["Complaint No. ..........................:", "QN 300118842"],
        ],
    )
    record = out["record"]
    assert record["number"] == "60004417"
    assert record["customer"] == "Continental Automotive Changchun Co., Ltd."
    assert record["complaint_number"] == "QN 300118842"


def test_dots_ending_a_value_are_kept(tmp_path):
    out = read(tmp_path, [["RMA No.: 60004417"], ["Reason: Signal drops out..."]])
    assert out["record"]["reason"] == "Signal drops out..."
