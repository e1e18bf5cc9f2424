"""What the thirty-eighth held-out set showed the reader lacked (issue 10): forms that come out of
systems, each rule read on forms of our own (values and wording not the set's).

- **A system's key before a name** (:mod:`kesu_docs.parse.system_ids`): ``[K7701] 苏州…`` in a
  party's field, ``WANGLEI (Wang Lei)`` in a person's: the name kept, the key said.
- **A step table's system columns** (:mod:`kesu_docs.parse.step_table`): an ``X`` under 完成 and a
  stamp under 更新時間 beside a step's text are no part of it.
- **A date under a column's caption**: ``Closed on`` heading a column of dates, the first read
  for the closing date, is said (the date is one row's).

Workbooks built here with openpyxl; the PDF drawn with fpdf2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows

from kesu_docs.parse.system_ids import coded_name, keyed_name, user_id_name


def _coded_complaint() -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-2607-118", "接收日期", "2026-07-02"],
        ["客户", "[K7701] 苏州恒达精密五金有限公司", "料号", "HD-PIN-450"],
        ["投诉数量", 640, "登记人", "WANGLEI (Wang Lei)"],
        ["问题描述", "销钉长度超差 0.3 mm。"],
    ]


def test_a_systems_key_before_a_name_is_taken_off_and_said(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _coded_complaint(), "coded.xlsx", width=26), "complaint")
    record = doc["record"]
    assert record["customer"] == "苏州恒达精密五金有限公司"
    assert record["reporter"] == "Wang Lei"
    assert "name_with_system_key" in field_codes(doc, "customer")
    assert "name_with_system_key" in field_codes(doc, "reporter")


def test_the_shapes_of_a_systems_key() -> None:
    assert coded_name("[C0042]宁波拓普集团股份有限公司") == ("宁波拓普集团股份有限公司", "C0042")
    assert coded_name("【300817】 Lakeshore Pump Works") == ("Lakeshore Pump Works", "300817")
    assert coded_name("[ABC] Lakeshore Pump Works") is None  # no figure: no key
    assert coded_name("(株)山田製作所") is None  # round brackets: the company's own
    assert user_id_name("RUIZA (Ana Ruiz)") == ("Ana Ruiz", "RUIZA")
    assert user_id_name("QA (Zhang Wei)") is None  # a department, no user id of the name
    assert user_id_name("Ana Ruiz") is None
    assert keyed_name("[S100] Lakeshore Pump Works\n12 Dock Rd.") == (
        "Lakeshore Pump Works\n12 Dock Rd.",
        "S100",
    )


def _flagged_steps() -> list[list[Any]]:
    return [
        ["8D 報告"],
        ["報告編號", "8D-TN-2607-09", "立案日期", "2026-07-01"],
        ["客戶", "和碩聯合科技股份有限公司", "料號", "PG-CLP-110"],
        ["步驟", "內容", "負責人", "完成", "更新時間"],
        ["D2 問題描述", "卡扣斷裂 36 PCS。", "林佩君", "X", "2026-07-02 09:10:00"],
        ["D3 暫時對策", "庫存 1,800 PCS 全檢。", "林佩君", "X", "2026-07-03 10:11:00"],
        ["D4 發生原因", "模溫過低。", "林佩君", "X", "2026-07-05 11:12:00"],
        ["D5 永久對策", "模溫下限改為 80 度。", "林佩君", "X", "2026-07-08 14:13:00"],
    ]


def test_a_flag_and_a_stamp_beside_a_step_are_no_part_of_its_text(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _flagged_steps(), "flags.xlsx", width=22), "8d")
    record = doc["record"]
    assert record["containment"][0]["action"] == "庫存 1,800 PCS 全檢。"
    assert record["corrective_actions"][0]["action"] == "模溫下限改為 80 度。"
    assert record["containment"][0]["owner"] == "林佩君"


def test_a_date_under_a_column_of_dates_is_said(tmp_path: Path) -> None:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    pdf.set_xy(15, 15)
    pdf.cell(60, 8, "8D report (export)")
    for y, (label, value) in enumerate([("8D ID", "8D-77-0412"), ("Customer", "Lakeshore Pump Works")]):
        pdf.set_xy(15, 28 + 8 * y)
        pdf.cell(40, 7, label)
        pdf.cell(60, 7, value)
    pdf.set_xy(15, 56)
    pdf.cell(25, 7, "Step")
    pdf.cell(45, 7, "Owner")
    pdf.cell(45, 7, "Closed on")
    rows = [("D2", "2026-07-02 09:00:00"), ("D3", "2026-07-04 10:00:00"), ("D5", "2026-07-09 11:00:00")]
    for i, (step, stamp) in enumerate(rows):
        pdf.set_xy(15, 64 + 8 * i)
        pdf.cell(25, 7, step)
        pdf.cell(45, 7, "Ana Ruiz")
        pdf.cell(45, 7, stamp)
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    doc = read_doc(path, "8d")
    assert doc["record"]["closure"]["closed_date"] == "2026-07-02"  # the first row's: said
    assert "value_first_of_column" in field_codes(doc, "closure.closed_date")


def _coded_captions() -> list[list[Any]]:
    return [
        ["品质通知单"],
        ["客诉编号(QMNUM)", "300077215", "创建时间(ERDAT)", "2026-07-06 15:20:11"],
        ["客户(KUNNR)", "苏州恒达精密五金有限公司", "料号(MATNR)", "HD-PIN-450"],
        ["投诉数量(RKMNG)", 640, "登记人(ERNAM)", "王磊"],
        ["问题描述(QMTXT)", "销钉长度超差 0.3 mm。"],
    ]


def test_a_field_code_in_brackets_after_a_caption_is_no_part_of_it(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _coded_captions(), "qm.xlsx", width=26), "complaint")
    record = doc["record"]
    assert record["received_date"] == "2026-07-06"
    assert record["customer"] == "苏州恒达精密五金有限公司"
    assert record["part_no"] == "HD-PIN-450"
    assert record["number"] == "300077215"


def test_a_crm_cases_captions(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Case Detail"],
        ["Case Number", "00047311", "Date/Time Opened", "2026-07-08 10:04:51"],
        ["Account Name", "Lakeshore Pump Works", "Customer PO", "PO-5510-0087"],
        ["Product Code", "LP-SEAL-880", "Case Owner", "Ana Ruiz"],
        ["Description", "Seal lips torn on 27 pieces."],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, "case.xlsx", width=24), "complaint")["record"]
    assert record["number"] == "00047311"
    assert record["customer"] == "Lakeshore Pump Works"
    assert record["order_no"] == "PO-5510-0087"
    assert record["part_no"] == "LP-SEAL-880"
    assert record["reporter"] == "Ana Ruiz"


def test_a_quality_notifications_captions(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["品質通知單"],
        ["通知單號碼(QMNUM)", "300091127", "通知日期(QMDAT)", "2026-07-10"],
        ["客戶(KUNNR)", "和碩聯合科技股份有限公司", "料號", "PG-CLP-110"],
        ["物料說明", "卡扣", "數量", 36],
        ["問題說明", "卡扣斷裂，無法組裝。"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, "qn.xlsx", width=24), "complaint")["record"]
    assert record["number"] == "300091127"
    assert record["received_date"] == "2026-07-10"
    assert record["part_name"] == "卡扣"
    assert record["description"] == "卡扣斷裂，無法組裝。"
