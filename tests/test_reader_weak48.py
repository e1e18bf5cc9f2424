"""Round 48's weak48: close matches that anchored the wrong field, and ids read whole.

1. A label whose head word names another thing anchors no field its modifier names: ``Customer P/N``,
   ``客户料号``, ``Customer Qty``, ``Customer Date`` are no customer (vocab ``_head_elsewhere``);
   ``Returned`` is no ``Returned by`` (a return's customer), though ``Approved`` stays its signer
   (``_person_head_lacking``); ``Approved (Customer QA)`` is the approver, its bracket no alternative
   that decides (``_bracket_decides``).
Every form here is a small workbook built in the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.forms import get
from kesu_docs.parse.vocab import vocabulary

WIDTH = 22

COMPLAINT = [
    ["Customer Complaint Form"],
    ["Complaint No.", "KS-2026-0618", "Complaint date", "2026-11-21"],
]
RETURN = [
    ["Return Note"],
    ["Return No.", "RT-2026-0412", "Return date", "2026-11-21"],
]


def _read(folder: Path, rows: list[list[Any]], kind: str, name: str = "form.xlsx") -> dict:
    return read_doc(sheet_from_rows(folder, rows, name, width=WIDTH), kind)


def _fields(kind: str, label: str) -> list[str]:
    return [path for path, _score, _key in vocabulary(get(kind))._readings(label)]


# ------------------------------------------------------------------ 1. a head word naming another thing
@pytest.mark.parametrize(
    ("kind", "label", "field"),
    [
        ("return", "Customer P/N", "customer"),  # a number's head after the party's word
        ("return", "Customer No.", "customer"),
        ("complaint", "Customer Qty", "customer"),  # a count's head
        ("complaint", "Customer Date", "customer"),  # a date's head
        ("8d", "Customer Qty", "customer"),
        ("complaint", "Customer Ref", "customer"),
        ("allowance", "Customer P/N", "buyer"),
        ("return", "Returned", "customer"),  # Returned by: the party; Returned alone names none
        ("return", "Received", "warehouse_receiver"),  # (holdout sets: the day received, no receiver)
        ("complaint", "Raised", "reporter"),
        ("allowance", "Buyer GSTIN", "buyer"),  # an id's acronym after the party's word
        ("complaint", "客戶訂單", "customer"),  # 订单: the customer's order, no customer
        ("complaint", "Product No.", "part_name"),
    ],
)
def test_a_head_word_of_another_thing_anchors_no_field_of_its_modifier(
    kind: str, label: str, field: str
) -> None:
    assert field not in _fields(kind, label)


@pytest.mark.parametrize(
    ("kind", "label", "field"),
    [
        ("return", "Approved", "approved_by"),  # a sign-off caption is its signer's, "by" or not
        ("8d", "Approved", "closure.approved_by"),
        ("complaint", "Customer P/N", "part_no"),  # the label's own field is kept
        ("8d", "Returned Qty", "problem.qty_returned"),
        ("complaint", "Customer Name", "customer"),  # a head of the field's own kind
        ("return", "Authorised", "approved_by"),  # an act of authorising: its signer's
        ("8d", "Aprova / Approved", "closure.approved_by"),  # a half a sign-off caption
        ("8d", "D8 Approved", "closure.approved_by"),
        ("complaint", "Date Delivered", "ship_date"),  # a head first: Date
        ("complaint", "Description of part", "part_name"),  # Part: a label, no head word
        ("allowance", "Buyer GSTIN", "buyer_tax_id"),
        ("complaint", "客戶訂單", "order_no"),
    ],
)
def test_kept(kind: str, label: str, field: str) -> None:
    assert field in _fields(kind, label)


def test_customer_p_n_on_a_return_is_no_customer(tmp_path: Path) -> None:
    doc = _read(
        tmp_path, [*RETURN, ["Customer", "Aptiv Electrical"], ["Customer P/N", "AP-88231-02"]], "return"
    )
    assert doc["record"].get("customer") == "Aptiv Electrical"
    doc = _read(tmp_path, [*RETURN, ["Customer P/N", "AP-88231-02"], ["Reason", "Cracked housing"]], "return")
    assert doc["record"].get("customer") != "AP-88231-02"


def test_approved_with_the_customer_in_brackets_is_the_approver(tmp_path: Path) -> None:
    assert _fields("8d", "Approved (Customer QA):")[0] == "closure.approved_by"
    rows = [
        ["8D Report"],
        ["8D No.", "8D-2026-0233", "Customer", "Harland Defence"],
        ["Problem description", "18 brackets with the bore 0.04 mm oversize"],
        ["Approved (Customer QA)", "J. Whitfield"],
    ]
    doc = _read(tmp_path, rows, "8d")
    assert doc["record"]["customer"] == "Harland Defence"
    assert (doc["record"].get("closure") or {}).get("approved_by") == "J. Whitfield"


def test_an_alternative_in_brackets_still_decides() -> None:
    # 進貨營業人 reads the seller's word and the buyer's alike; the bracket's 原買受人 names the buyer
    assert _fields("allowance", "進貨營業人（或原買受人）") == ["buyer"]


# ------------------------------------------------------------------ 2. the unified social credit code
ALLOWANCE = [
    ["销货折让证明单"],
    ["折让单号", "ZR-261203-09", "开具日期", "2026-12-03"],
    ["客诉编号", "KS-2026-0618"],
    ["原发票号码", "04471239", "原发票日期", "2026-11-20"],
    ["购买方", "国投绿能有限公司"],
]
LINES = [["品名", "数量", "单价", "金额"], ["外壳", "100", "10.00", "1,000.00"]]
USCC = "91310115MA1K4A2B3A"  # a real check character (GB 32100-2015), as python-stdnum computes it


def _allowance(folder: Path, label: str, tax_id: str) -> dict:
    return _read(folder, [*ALLOWANCE, [label, tax_id], [], *LINES, ["合计", "1,130.00"]], "allowance")


@pytest.mark.parametrize(
    "written",
    [
        "9131 0115 MA1K 4A2B 3A",  # in groups of four, as printed on a licence
        "91310115-MA1K4A2B-3A",  # with hyphens
        "91310115 MA1K4A2B3A",
        USCC,
    ],
)
def test_a_credit_code_in_groups_is_read_whole(tmp_path: Path, written: str) -> None:
    doc = _allowance(tmp_path, "统一社会信用代码", written)
    assert doc["record"]["buyer_tax_id"] == USCC
    assert not field_codes(doc, "buyer_tax_id")  # a right code: no word


@pytest.mark.parametrize("written", ["91310115MA1K4A2B3C", "9131 0115 MA1K 4A2B 3C"])
def test_a_credit_code_whose_check_character_fails_is_warned_never_turned_away(
    tmp_path: Path, written: str
) -> None:
    doc = _allowance(tmp_path, "纳税人识别号", written)
    assert doc["record"]["buyer_tax_id"] == "91310115MA1K4A2B3C"  # kept as read (compact)
    assert field_codes(doc, "buyer_tax_id") == {"tax_id_uscc_check"}
    [warning] = [w for w in doc["warnings"] if w["code"] == "tax_id_uscc_check"]
    assert "91310115MA1K4A2B3C" in warning["message"]
    zh = read_doc(
        sheet_from_rows(tmp_path, [*ALLOWANCE, ["纳税人识别号", written]], "zh.xlsx", width=WIDTH),
        "allowance",
        "zh",
    )
    assert any("校验码" in w["message"] for w in zh["warnings"] if w["code"] == "tax_id_uscc_check")


def test_the_sample_allowance_carries_valid_codes() -> None:
    import json

    from stdnum.cn import uscc

    root = Path(__file__).resolve().parents[1] / "samples"
    for name in ("allowance-valid.json", "allowance-broken.json"):
        data = json.loads((root / name).read_text(encoding="utf-8"))
        for code in (data.get("buyer_tax_id"), (data.get("seller") or {}).get("tax_id")):
            assert code is None or uscc.is_valid(code), (name, code)


@pytest.mark.parametrize("written", ["9131 0115 MA1K 4A2B 3A", "91310115-MA1K4A2B-3A"])
def test_a_credit_code_in_groups_under_a_partys_name_is_read_whole(tmp_path: Path, written: str) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Ningbo Joyson Trading Co., Ltd."
    ws["D3"], ws["E3"] = "Credit memo", "91007713"
    ws["D4"], ws["E4"] = "Date", "2026-11-06"
    ws["A8"], ws["A9"], ws["A10"] = "Payer", "FAW-Volkswagen Automotive Co., Ltd.", written
    for r, row in enumerate(
        [("Pos", "Description", "Quantity", "Amount"), ("10", "Seal ring", 1000, "800.00")], 12
    ):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    ws["C15"], ws["D15"] = "Net value", "800.00"
    path = tmp_path / "memo.xlsx"
    wb.save(path)
    doc = read_doc(path, "allowance")
    assert doc["record"]["buyer_tax_id"] == USCC


# ------------------------------------------------------------------ 3. 审核 in a sign-off chain
RETURN_ZH = [
    ["成品退货单"],
    ["退货单号", "RT-2026-0412", "开单日期", "2026-11-21"],
    ["客户名称", "华润电器"],
    ["退回依据", "KS-2026-0618"],
    ["退货原因", "外壳开裂"],
    ["处理方式", "重工"],
    [],
]


@pytest.mark.parametrize(
    "chain", [("编制", "审核", "批准"), ("填表", "审核", "核准"), ("制单", "审核", "批准")]
)
@pytest.mark.parametrize("above", [False, True], ids=["beside", "above"])
def test_the_approver_of_a_chain_is_the_returns_approver_not_its_checker(
    tmp_path: Path, chain: tuple[str, ...], above: bool
) -> None:
    names = ["张伟", "李娜", "王强"]
    rows = [list(chain), names] if above else [[x for pair in zip(chain, names) for x in pair]]
    doc = _read(tmp_path, [*RETURN_ZH, *rows], "return")
    assert doc["record"]["approved_by"] == "王强"


def test_the_checker_alone_still_signs_the_return_off(tmp_path: Path) -> None:
    doc = _read(tmp_path, [*RETURN_ZH, ["制单", "张伟", "审核", "李娜"]], "return")
    assert doc["record"]["approved_by"] == "李娜"  # an ERP footer's 制单 / 审核: the reviewer signs it off


def test_on_the_complaint_the_checker_is_the_supervisor_and_the_approver_the_approver(tmp_path: Path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "KS-2026-0618", "投诉日期", "2026-11-21"],
        ["客户名称", "华润电器"],
        ["异常描述", "外壳开裂"],
        ["编制", "张伟", "审核", "李娜", "批准", "王强"],
    ]
    record = _read(tmp_path, rows, "complaint")["record"]
    assert (record["reporter"], record["sales_supervisor"], record["approver"]) == ("张伟", "李娜", "王强")


# ------------------------------------------------------------------ 4. a head word's one field and the first word
@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Complaint Ref.", "number"),
        ("Claim Ref.", "number"),
        ("PO Ref.", "order_no"),
        ("Invoice Ref.", "order_no"),
    ],
)
def test_the_first_word_names_another_field_of_the_heads_kind(label: str, field: str) -> None:
    from kesu_docs.parse.head_words import guess_field

    guess = guess_field(get("complaint"), label)
    assert guess is not None and guess.path == field
