"""What the thirty-sixth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **Labels real forms print**: 对策书编号 / 客户联络书编号 (a Japanese customer's 对策书 and 联络书),
  处理要求, 暂时处置, 审批人, PRR, Distributor, 退换原因, and the title 退换货单.
- **A count's head shared over a slash** (``Qty rejected / delivered`` over ``40 / 2,500``): the
  second name is the head with its word (``Qty delivered``), each figure its field's.
- **A date alone beside a word of a step's table** (``24H Containment: | 2027-01-05``, a customer's
  response deadline) heads no text of the table: the step's own heading does.
- **D5 发生对策 / D5 流出对策**: a Chinese step name of an option and the step's word names that
  option, so the two give two corrective actions.
- **A profile** learned on such a shared cell reads each count's share on the next copy.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows


def _read(tmp_path: Path, rows: list[list[Any]], kind: str | None) -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, "form.xlsx", width=20), kind)


def test_a_countermeasure_report_numbers_its_two_actions(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            ["不良对策书"],
            ["对策书编号", "DC-KM-2701-005", "发行日期", dt.date(2027, 1, 8)],
            ["客户", "京瓷（天津）电子有限公司", "客户联络书编号", "KY-RL-270104"],
            ["D2 不具合内容", "连接器端子弯曲，15 件。"],
            ["D3 暂定对策", "在库品全数目视检查。"],
            ["D4 发生原因", "治具定位销松动。"],
            ["D4 流出原因", "外观检查未含端子位置。"],
            ["D5 发生对策", "定位销改为过盈配合。"],
            ["D5 流出对策", "出货前增加端子位置度检查。"],
        ],
        "8d",
    )
    record = doc["record"]
    assert record["number"] == "DC-KM-2701-005"
    assert record["complaint_number"] == "KY-RL-270104"
    actions = {a["addresses"]: a["action"] for a in record["corrective_actions"]}
    assert actions == {"occurrence": "定位销改为过盈配合。", "escape": "出货前增加端子位置度检查。"}


def test_a_notice_with_two_counts_in_one_cell_and_its_request(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            ["客訴處理單"],
            ["客訴單號", "KS-TN-2701-033", "受理日期", dt.date(2027, 1, 6)],
            ["客戶名稱", "台南精機股份有限公司", "料號", "TN-GR-5520"],
            ["Qty rejected / delivered", "40 / 2,500"],
            ["不良現象", "齒輪毛邊。"],
            ["处理要求", "换货"],
            ["暫時處置", "在途 2 批攔截全檢。"],
        ],
        "complaint",
    )
    record = doc["record"]
    assert (record["defect_qty"], record["ship_qty"]) == (40, 2500)
    assert record["customer_request"] == ["replacement"]
    assert record["short_term_action"] == "在途 2 批攔截全檢。"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Qty rejected", "delivered", "Qty delivered"),  # a word written on: the head shared
        ("Qty Rejected", "Delivered", "Qty Delivered"),  # a count's head: shared
        ("Prepared by", "Date", None),  # a label of its own
        ("Qty rejected", "Date code", None),  # two words: a name of their own
    ],
)
def test_a_lone_word_after_a_slash_shares_the_head(first: str, second: str, expected: str | None) -> None:
    from kesu_docs.parse.vocab import slash_names

    names = slash_names(f"{first} / {second}")
    assert names[1] == (expected or second)


def test_an_exchange_note_is_a_return_and_its_reason_read(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            ["退換貨單"],
            ["單號", "RX-TC-2701-004", "日期", dt.date(2027, 1, 12)],
            ["客戶", "台中機電股份有限公司", "客訴單號", "TC-QA-270109"],
            ["料號", "品名", "核准數量", "退回數量"],
            ["TC-MTR-0301", "步進馬達", 40, 40],
            ["退換原因", "馬達異音，軸承磨損。"],
            ["處理方式", "換貨"],
        ],
        None,
    )
    assert doc["kind"] == "return"
    assert doc["record"]["reason"] == "馬達異音，軸承磨損。"


def test_a_distributors_rma_names_its_customer(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            ["RETURN MATERIAL AUTHORIZATION"],
            ["RMA #", "RMA-270115-02", "Date", dt.date(2027, 1, 15)],
            ["Distributor", "Avnet Asia Pte Ltd", "Ref. complaint", "AV-CC-270110"],
            ["Part #", "Description", "Qty authorized", "Qty returned"],
            ["DC-CAP-0405", "Capacitor 10uF", 1000, 1000],
            ["Reason for return", "Capacitance low."],
            ["Disposition", "Scrap"],
        ],
        "return",
    )
    assert doc["record"]["customer"] == "Avnet Asia Pte Ltd"


def test_an_allowance_names_its_approver_and_the_prr(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            ["销售折让单"],
            ["折让单号", "ZR-HZ-2701-009", "开具日期", dt.date(2027, 1, 20)],
            ["购买方名称", "杭州海康威视数字技术股份有限公司", "Reference (PRR)", "PRR-2027-100412"],
            ["审批人", "钱国平"],
        ],
        "allowance",
    )
    record = doc["record"]
    assert record["approved_by_manager"] == "钱国平"
    assert record["complaint_number"] == "PRR-2027-100412"


def test_a_due_date_beside_a_steps_word_is_no_text_of_the_step(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        [
            ["8D REPORT"],
            ["8D Number", "8D-KT-27-0007", "Opened", dt.date(2027, 1, 4)],
            ["Customer", "Kostal Kontakt Systeme GmbH", "Customer Ref.", "KT-QN-270103"],
            ["Response due", "24H Containment:", "2027-01-05", "10D Root cause:", "2027-01-14"],
            ["D2 Problem", "Contact springs cracked, 40 pcs."],
            ["D3 Interim Containment", "Warehouse stock sorted, 2 lots."],
            ["D4 Root Cause – Occurrence", "Bending radius too small."],
            ["D5 Permanent Corrective Action", "Bending tool re-ground."],
        ],
        "8d",
    )
    record = doc["record"]
    assert [a["action"] for a in record["containment"]] == ["Warehouse stock sorted, 2 lots."]
    assert [c["cause"] for c in record["root_cause"]] == ["Bending radius too small."]


@pytest.mark.parametrize(
    ("text", "alone"),
    [("2027-01-05 10D", True), ("2027-01-05", True), ("6 lots pass push-back test.", False), ("10D", False)],
)
def test_a_date_alone(text: str, alone: bool) -> None:
    from kesu_docs.parse.anchor import _date_alone

    assert _date_alone(text) is alone


def _two_counts(path: Path, number: str, counts: str) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["SUPPLIER QUALITY ALERT"])
    ws.append(["Complaint No.", number, "Date Received", dt.datetime(2027, 2, 3)])
    ws.append(["Customer", "Magna Seating Shanghai", "Part No.", "MS-RCL-1102"])
    ws.append(["Qty rejected / delivered", counts])
    ws.append(["Defect description", "Recliner lever loose."])
    ws.append(["Customer request", "Return"])
    wb.save(path)
    return path


def test_a_profile_reads_each_count_of_a_shared_cell(tmp_path: Path) -> None:
    from kesu_docs.parse.profile import learn, read_by_profile

    first = _two_counts(tmp_path / "first.xlsx", "SQA-27-0012", "12 / 800")
    profile = learn(first, "complaint")
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "sqa.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = _two_counts(tmp_path / "second.xlsx", "SQA-27-0019", "75 / 3,600")
    [got] = read_by_profile(second, second.read_bytes(), "complaint", folder)
    shares = (str(got.values["defect_qty"]), str(got.values["ship_qty"]))  # (as typed: converted later)
    assert shares == ("75", "3,600")
