"""What the eighteenth held-out set showed about values, as general rules (our own small files,
never the set's): dates in a Japanese era (令和8年3月5日, R8.3.19) and in the Buddhist era
(15/03/2569); a request written in the customer's language (Reemplazo, Penggantian, 交換) or with
its gloss in brackets (交换（换货）), counted once when written twice; ERP and Indonesian labels
(制单日期, Jumlah NG / Qty NG, PIC Pemasok / Supplier PIC)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from pydantic import TypeAdapter

from kesu_docs.forms.complaint import Dispositions, Requests
from kesu_docs.parse import parse_paths
from kesu_docs.values import parse_date


def _read(path: Path, kind: str | None = None) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("令和8年3月5日", dt.date(2026, 3, 5)),
        ("令和 8 年 3 月 5 日", dt.date(2026, 3, 5)),
        ("R8.3.19", dt.date(2026, 3, 19)),
        ("R08/03/19", dt.date(2026, 3, 19)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),  # 元: the era's first year
        ("平成30年12月1日", dt.date(2018, 12, 1)),
        ("H30.12.1", dt.date(2018, 12, 1)),
        ("15/03/2569", dt.date(2026, 3, 15)),  # a Thai form's Buddhist era: 2569 - 543
        ("2569-03-18", dt.date(2026, 3, 18)),
        ("2026/3/5", dt.date(2026, 3, 5)),  # ours, unchanged
    ],
)
def test_era_dates_are_read_as_the_calendars_date(text: str, date: dt.date):
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["令和8年2月30日", "R8.13.1", "X8.3.19", "03/04/2569"])
def test_an_era_date_that_is_no_day_or_no_era_is_not_a_date(text: str):
    # 2月30日 and month 13 are no days; X is no era; 03/04/2569 is March 4 or 3 April: no guess
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Reemplazo / Replacement", ["replacement"]),  # one request in two languages: once
        ("Penggantian / Replacement", ["replacement"]),
        ("交换（换货）", ["replacement"]),  # a Japanese word with its Chinese gloss
        ("交換", ["replacement"]),
        ("Devolución", ["return"]),
        ("Nota de crédito", ["allowance"]),
        ("返品、値引き", ["return", "allowance"]),
        ("退货、换货", ["return", "replacement"]),  # ours, unchanged
        ("返工", ["rework"]),  # the mainland word for 重工
        ("返工、重工", ["rework"]),
    ],
)
def test_requests_in_the_customers_language(text: str, keys: list[str]):
    assert [r.value for r in TypeAdapter(Requests).validate_python(text)] == keys
    assert [d.value for d in TypeAdapter(Dispositions).validate_python(text)] == keys


@pytest.mark.parametrize("text", ["退货（换货）", "Reemplazo (Devolución)", "交换（特殊）（换货）"])
def test_a_gloss_naming_another_option_is_no_option(text: str):
    # the word and its bracket name two different options, or the brackets nest: never a guess
    with pytest.raises(ValueError):
        TypeAdapter(Requests).validate_python(text)


def _complaint(tmp_path: Path, rows: list[list], name: str = "claim.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Keluhan"
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def test_an_indonesian_english_complaint(tmp_path: Path):
    path = _complaint(
        tmp_path,
        [
            ["KELUHAN PELANGGAN / CUSTOMER COMPLAINT"],
            ["No. Keluhan / Complaint No.", "KP-2026-0311", "Tanggal / Date", "11 Maret 2026"],
            ["Pelanggan / Customer", "PT Suzuki Indomobil", "No. Part / Part No.", "SZ-BRK-7710"],
            ["Nama Part / Part Name", "Bracket rem", "Jumlah Kirim / Qty Delivered", "2400"],
            ["Jumlah NG / Qty NG", "36", "Permintaan / Request", "Penggantian / Replacement"],
            ["Uraian Masalah / Problem Description", "Retak pada las (crack at the weld)."],
            ["PIC Pemasok / Supplier PIC", "Dewi Lestari"],
        ],
    )
    doc = _read(path)
    record = doc["record"]
    assert doc["kind"] == "complaint"
    assert record["ship_qty"] == 2400
    assert record["defect_qty"] == 36
    assert record["customer_request"] == ["replacement"]
    assert record["reporter"] == "Dewi Lestari"
    assert record["received_date"] == "2026-03-11"
    assert not [w for w in doc["warnings"] if w["code"] == "unread_label"]


def test_a_japanese_claim_with_era_dates_and_a_glossed_request(tmp_path: Path):
    path = _complaint(
        tmp_path,
        [
            ["不具合連絡書（客户抱怨处理单）"],
            ["管理番号（编号）", "FC-JP-2604-002", "発行日（受理日期）", "令和8年4月2日"],
            ["客先（客户）", "株式会社デンソー", "品番（料号）", "DN-CLP-551"],
            ["品名", "クリップ", "納入数（交货数量）", "1200"],
            ["不良数（不良数量）", "14", "要求事項（客户要求）", "交换（换货）"],
            ["不具合内容（不良描述）", "爪部の割れ。"],
            ["完了日（结案日期）", "R8.4.16"],
        ],
    )
    record = _read(path)["record"]
    assert record["received_date"] == "2026-04-02"
    assert record["closed_date"] == "2026-04-16"
    assert record["customer_request"] == ["replacement"]


def test_an_erp_return_notes_date_made_is_its_issue_date(tmp_path: Path):
    path = _complaint(
        tmp_path,
        [
            ["成品退货单"],
            ["退货单号", "TH-2604-011", "制单日期", "2026/4/8"],
            ["客户", "宁波某电子有限公司", "客诉单号", "KS-260402"],
            ["料号", "品名", "退回数量", "单位", "单价", "金额"],
            ["NB-SPR-0330", "压簧", 100, "PCS", 0.5, 50],
            ["退货原因", "弹簧自由长度超差。"],
            ["处理方式", "返工"],
        ],
        name="return.xlsx",
    )
    doc = _read(path)
    assert doc["kind"] == "return"
    assert doc["record"]["issue_date"] == "2026-04-08"
