"""One rule for a sheet of several records, a record a row (issue 10): a system's list numbered
by the document's number and a form tool's export of submissions (no number, the questions as
captions) are read the same way by :mod:`kesu_docs.parse.record_rows` — the first record read,
the count said (``records_in_one_sheet``); a form's lines under captions are no such list.

Workbooks built here with openpyxl; values and wording our own.
"""

from __future__ import annotations

from pathlib import Path

from helpers import field_codes, read_doc, sheet_from_rows


def test_a_form_tools_export_in_english_reads_the_first_submission(tmp_path: Path) -> None:
    rows = [
        ["ID", "Start time", "Email", "Customer", "Part no.", "Defect qty", "Description of the problem"],
        ["1", "9/14/2026 08:02", "anon", "Lakeshore Pump Works", "LP-VLV-220", 40, "Seat scored."],
        ["2", "9/15/2026 11:30", "anon", "Harbor Valve Co.", "HV-STM-031", 7, "Stem bent."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "forms.xlsx", width=22), "complaint")
    assert "records_in_one_sheet" in field_codes(doc, "")
    assert doc["record"]["customer"] == "Lakeshore Pump Works"
    assert doc["record"]["description"] == "Seat scored."  # the first row's, never the two joined


def test_a_forms_lines_under_captions_are_no_list_of_records(tmp_path: Path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉单号", "TS-2609-411", "客户", "嘉兴锐达机械有限公司"],
        ["料号", "KM-SHF-310", "接收日期", "2026-09-03"],
        ["批号", "发货数量", "不良数量", "问题描述"],
        ["L2608-01", 1000, 12, "轴径超差。"],
        ["L2608-02", 800, 5, "轴径超差。"],
        ["登记人", "王伟"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "lots.xlsx", width=20), "complaint")
    assert "records_in_one_sheet" not in field_codes(doc, "")
    assert doc["record"]["number"] == "TS-2609-411"
