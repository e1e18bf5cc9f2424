"""What holdout38 still showed after round 37 (issue 10), each rule read on small forms of our own
(values and wording not the set's).

- **A system's key is a key** (:mod:`kesu_docs.parse.system_ids`): three characters at least, no
  role's word (``ENG (Eric Ng)``, ``MGR (…)``), no label the form knows, no word of the name itself
  (``BOSCH (Bosch Rexroth)``).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.parse.system_ids import coded_name, keyed_name, user_id_name


def _signed_complaint(reporter: str, customer: str) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-2609-204", "接收日期", "2026-09-03"],
        ["客户", customer, "料号", "KM-SHF-310"],
        ["投诉数量", 150, "登记人", reporter],
        ["问题描述", "轴径超差 0.05 mm。"],
    ]


def test_a_role_before_a_name_in_brackets_is_no_user_id(tmp_path: Path) -> None:
    rows = _signed_complaint("ENG (Eric Ng)", "[1] 嘉兴锐达机械有限公司")
    doc = read_doc(sheet_from_rows(tmp_path, rows, "role.xlsx", width=26), "complaint")
    assert "name_with_system_key" not in field_codes(doc, "reporter")
    assert "name_with_system_key" not in field_codes(doc, "customer")
    assert doc["record"]["reporter"] != "Eric Ng"  # ENG is no key of Eric Ng's, said or not


def test_what_is_no_systems_key() -> None:
    assert coded_name("[1] Lakeshore Pump Works") is None  # a list's line number
    assert coded_name("[12] Lakeshore Pump Works") is None
    assert coded_name("[C12] Lakeshore Pump Works") == ("Lakeshore Pump Works", "C12")
    assert user_id_name("BOSCH (Bosch Rexroth)") is None  # a short name, then the whole one
    assert user_id_name("KELLERB (Brian Keller)") == ("Brian Keller", "KELLERB")
    roles = {"ENG", "MGR", "QA", "GM"}.__contains__
    assert keyed_name("ENG (Eric Ng)", roles) is None
    assert keyed_name("MGR (Mia Grant)", roles) is None
    assert keyed_name("MIAG (Mia Grant)", roles) == ("Mia Grant", "MIAG")


def _two_sheet_8d(tmp_path: Path) -> Path:
    """An 8D exported by a quality system: a header sheet, then the steps a row each on a sheet
    of their own (Step | Type | Description | Owner | Done (X) | Closed on)."""
    from openpyxl import Workbook

    wb = Workbook()
    head = wb.active
    head.title = "Kopf"
    for row in (
        ["8D report"],
        ["8D No.", "8D-2609-077"],
        ["Customer", "Lakeshore Pump Works"],
        ["Part", "LP-VLV-220"],
        ["Qty complained", 310],
    ):
        head.append(row)
    steps = wb.create_sheet("Schritte")
    for row in (
        ["Step", "Type", "Description", "Owner", "Done (X)", "Closed on"],
        ["D2", "Problem", "Valve seats leak at 6 bar.", "K. Brandt", "X", "2026-09-02 10:00:00"],
        ["D3", "Containment", "All seats on stock tested at 8 bar.", "K. Brandt", "X", "2026-09-04 16:30:00"],
        ["D4", "Root cause - occurrence", "Lapping time cut by the new shift plan.", "K. Brandt", "X", ""],
        ["D4", "Root cause - escape", "Leak test run at 4 bar only.", "K. Brandt", "X", ""],
        ["D5", "Corrective action", "Lapping time fixed in the work plan.", "J. Roth", "X", ""],
        ["D8", "Closure", "Closed with the customer.", "Petra Voss", "X", "2026-10-01 09:15:00"],
    ):
        steps.append(row)
    for ws in (head, steps):
        for col in "ABCDEF":
            ws.column_dimensions[col].width = 30
    path = tmp_path / "8d-two-sheets.xlsx"
    wb.save(path)
    return path


def test_an_8d_whose_steps_are_rows_on_a_second_sheet(tmp_path: Path) -> None:
    doc = read_doc(_two_sheet_8d(tmp_path), "8d")
    record = doc["record"]
    assert record["number"] == "8D-2609-077"
    # "D3 | Containment | …": the step's number and its name in two cells, the row read under
    # its header; the done flag X is no date, the owner the owner's
    assert record["containment"][0]["action"] == "All seats on stock tested at 8 bar."
    assert record["containment"][0]["owner"] == "K. Brandt"
    assert len(record["containment"]) == 1
    assert record["corrective_actions"][0]["action"] == "Lapping time fixed in the work plan."
    # "Root cause - occurrence": the table's name, a dash, the option
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes == {
        "occurrence": "Lapping time cut by the new shift plan.",
        "escape": "Leak test run at 4 bar only.",
    }
    # the D8 row's stamp under "Closed on" is the closing date (not the D2 row's, first in the column)
    assert record["closure"]["closed_date"] == "2026-10-01"
    assert record["closure"]["approved_by"] == "Petra Voss"
    # the steps came from the second sheet: said, the sheet named
    joined = [w for w in doc["warnings"] if w["code"] == "fields_from_other_sheet"]
    assert len(joined) == 1 and "'Schritte'" in joined[0]["message"] and "'Kopf'" in joined[0]["message"]


_TICKETS_HEADER = ["投诉编号", "创建时间", "客户", "不良数量", "问题描述"]


def test_an_export_of_several_records_reads_the_first_and_says_so(tmp_path: Path) -> None:
    rows = [
        _TICKETS_HEADER,
        ["KS-2609-301", "2026-09-01 08:10:00", "嘉兴锐达机械有限公司", 35, "外壳划伤。"],
        ["KS-2609-302", "2026-09-02 13:40:00", "台州恒信阀门有限公司", 12, "螺纹烂牙。"],
        ["KS-2609-305", "2026-09-04 10:05:00", "嘉兴锐达机械有限公司", 8, "漏装垫圈。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "tickets.xlsx", width=24), "complaint")
    record = doc["record"]
    assert record["number"] == "KS-2609-301"
    assert record["description"] == "外壳划伤。"  # the first record's alone, never the three joined
    assert record["customer"] == "嘉兴锐达机械有限公司"
    [said] = [w for w in doc["warnings"] if w["code"] == "records_in_one_sheet"]
    assert "3 records" in said["message"] and "KS-2609-305" in said["message"]


def test_one_record_or_lines_without_a_number_are_no_list(tmp_path: Path) -> None:
    one = [_TICKETS_HEADER, ["KS-2609-301", "2026-09-01 08:10:00", "嘉兴锐达机械有限公司", 35, "外壳划伤。"]]
    doc = read_doc(sheet_from_rows(tmp_path, one, "one.xlsx", width=24), "complaint")
    assert not [w for w in doc["warnings"] if w["code"] == "records_in_one_sheet"]
    # the same number twice: one record's two lines, no second record
    twice = [*one, ["KS-2609-301", "", "", 5, "另有毛刺。"]]
    doc = read_doc(sheet_from_rows(tmp_path, twice, "twice.xlsx", width=24), "complaint")
    assert not [w for w in doc["warnings"] if w["code"] == "records_in_one_sheet"]


def test_a_warehouse_systems_return_receipt(tmp_path: Path) -> None:
    rows = [
        ["RETURN RECEIPT"],
        ["Receipt No.", "RR-0007731", "Customer", "Lakeshore Pump Works"],
        ["RMA / complaint", "LPW-QN-26-0912", "Received by", "Olga Brandt"],
        [],
        ["Item", "Description", "Qty auth.", "Qty recv.", "Unit price", "Amount"],
        ["LP-SEAL-040", "Shaft seal 40 mm", 60, 58, 4.5, 261.0],
        [],
        ["Return reason", "Seals torn at the lip."],
        ["Disposition", "RTV - return to vendor"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "receipt.xlsx", width=22))
    assert doc["kind"] == "return"  # RETURN RECEIPT: a warehouse system's receipt of returned goods
    record = doc["record"]
    assert record["number"] == "RR-0007731"
    assert record["items"][0]["qty_returned"] == 58
    assert record["handling"] == ["return"]  # RTV, then its words: one option


def test_a_name_label_under_the_second_partys_heading_is_that_partys(tmp_path: Path) -> None:
    rows = [
        ["开具红字增值税专用发票信息表"],
        ["红字发票信息表编号", "3301262609000217", "填开日期", "2026-09-08"],
        ["销售方", "名称", "宁波锐科五金制品有限公司", "购买方", "名称", "杭州恒通机电设备有限公司"],
        ["", "纳税人识别号", "91330201MA2H7K3L99", "", "纳税人识别号", "91330106MA2B4C8D1F"],
        ["对应蓝字发票号码", "33012600000058123401", "客诉单号", "HT-QC-2609-11"],
        ["货物或应税劳务、服务名称", "规格型号", "数量", "单价", "金额", "税额"],
        ["*五金制品*弹簧垫圈", "M8", "-5,000", "0.20", "-1,000.00", "-130.00"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "redinfo.xlsx", width=20), "allowance")
    record = doc["record"]
    assert record["seller"]["name"] == "宁波锐科五金制品有限公司"
    assert record["buyer"] == "杭州恒通机电设备有限公司"  # not the label 名称 right of 购买方
