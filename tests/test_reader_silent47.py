"""Issue 10, round 47's silent47: what still passed without a word (0 silent misreads).

1. A label some form prints inside a paragraph of running text, after a whole sentence
   (``…压缩机频繁启停，停机。原因：冷媒泄漏…``, ``…the unit stopped. Cause: leak…``), no longer cuts
   the text: the paragraph stays the field's beside or above it, nothing goes to the root cause.
   A label at a line's start, or after a label's value in one cell (``问题描述：…。原因：…``), still
   starts its field; so does a label heading a value of its own (a person, a date) after a sentence.
2. The form's party named twice, the other label a party's word the reader knows only loosely or
   by its family (``Reseller``, ``Importer``, ``分销商``, ``代理商`` beside ``Dealer`` / ``经销商``): the
   other name is said on the party (``label_lost``), never dropped unseen.
3. A mainland taxpayer's id under ``纳税人识别号`` that is no mainland id (16 characters) is an error
   (``tax_id_not_mainland``); 18, 15 and 20 characters, and a 統一編號 under our own
   ``统一编号/纳税人识别号``, are not.
4. ``Supplier`` is no close match of ``Supplier P/N``: the head word ``P/N`` names another thing.
Every form here is a small workbook (or a print) built in the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows, titled_lines_pdf, warned_by

WIDTH = 22

HEAD = [["客户投诉单"], ["投诉编号", "KS-2026-0618", "投诉日期", "2026-11-21"], ["客户名称", "华润电器"]]
HEAD_EN = [
    ["Customer Complaint Form"],
    ["Complaint No.", "KS-2026-0618", "Complaint date", "2026-11-21"],
    ["Customer", "Acme Appliances"],
]
PARAGRAPH = "用户反映空调外机运行时压缩机频繁启停，停机。原因：冷媒泄漏导致低压保护，已上门补焊。"
PARAGRAPH_EN = (
    "The compressor started and stopped frequently, then the unit stopped. "
    "Cause: refrigerant leak at the brazed joint, repaired on site."
)


def _read(folder: Path, rows: list[list[Any]], kind: str = "complaint", name: str = "form.xlsx") -> dict:
    return read_doc(sheet_from_rows(folder, rows, name, width=WIDTH), kind)


# ------------------------------------------------------------------ 1. a label inside running text
@pytest.mark.parametrize(
    ("rows", "text"),
    [
        ([*HEAD, ["问题描述", PARAGRAPH]], PARAGRAPH),  # the paragraph beside its label
        ([*HEAD, ["问题描述"], [PARAGRAPH]], PARAGRAPH),  # under its heading
        ([*HEAD_EN, ["Description"], [PARAGRAPH_EN]], PARAGRAPH_EN),  # English: "stopped. Cause:"
    ],
    ids=["beside", "under", "english"],
)
def test_a_known_label_after_a_sentence_does_not_cut_the_paragraph(
    tmp_path: Path, rows: list[list[Any]], text: str
) -> None:
    doc = _read(tmp_path, rows)
    assert doc["record"]["description"] == text
    assert doc["record"].get("root_cause") is None


def test_on_a_print_too(tmp_path: Path) -> None:
    text = "压缩机频繁启停，停机。原因：冷媒泄漏导致低压保护。"
    pdf = titled_lines_pdf(
        tmp_path / "print.pdf",
        "客户投诉单",
        [("投诉编号", "KS-2026-0618"), ("客户名称", "华润电器"), ("问题描述", text)],
    )
    doc = read_doc(pdf, "complaint")
    assert doc["record"]["description"] == text
    assert doc["record"].get("root_cause") is None


def test_a_label_after_a_labels_value_in_one_cell_still_starts_its_field(tmp_path: Path) -> None:
    # the form put its labels there: 问题描述：… 原因：… in one cell, each a field
    doc = _read(tmp_path, [*HEAD, ["问题描述：压缩机频繁启停，停机。原因：冷媒泄漏导致低压保护。"]])
    assert doc["record"]["description"] == "压缩机频繁启停，停机。"
    assert doc["record"]["root_cause"] == "冷媒泄漏导致低压保护。"


def test_a_short_value_before_a_label_is_no_running_text(tmp_path: Path) -> None:
    # "外观划伤。原因：…" (five characters before the label): not a paragraph, the label still starts
    doc = _read(tmp_path, [*HEAD, ["问题描述", "外观划伤。原因：包装不良"]])
    assert doc["record"]["root_cause"] == "包装不良"


# ------------------------------------------------------------------ 2. the party named twice
@pytest.mark.parametrize(
    ("dealer", "other", "name", "other_name"),
    [
        ("Dealer", "Reseller", "Harvey Electrical", "Brightline Trading"),
        ("Dealer", "Wholesaler", "Harvey Electrical", "Brightline Trading"),
        ("Dealer", "Importer", "Harvey Electrical", "Brightline Trading"),  # known loosely (0.75)
        ("Dealer", "Consignee", "Harvey Electrical", "Brightline Trading"),
        ("经销商", "分销商", "华润电器", "宏达贸易"),
        ("经销商", "代理商", "华润电器", "宏达贸易"),
    ],
)
def test_the_other_party_name_is_said_on_the_party(
    tmp_path: Path, dealer: str, other: str, name: str, other_name: str
) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "KS-2026-0618", "投诉日期", "2026-11-21"],
        [dealer, name, other, other_name],
        ["品名", "空调外机", "不良数量", 3],
    ]
    doc = _read(tmp_path, rows)
    assert doc["record"]["customer"] == name
    [lost] = warned_by(doc, "label_lost", "customer")
    assert other in lost["message"] and other_name in lost["message"]
    assert not any(other in w["message"] for w in doc["warnings"] if w["code"] == "unread_label")


def test_an_option_row_of_party_kinds_is_no_second_party(tmp_path: Path) -> None:
    doc = _read(tmp_path, [*HEAD, ["客户类型", "☑经销商", "☐分销商"]])
    assert not warned_by(doc, "label_lost", "customer")


# ------------------------------------------------------------------ 3. the mainland tax id
ALLOWANCE = [
    ["销货折让证明单"],
    ["折让单号", "ZR-261203-09", "开具日期", "2026-12-03"],
    ["购买方", "国投绿能有限公司"],
]


@pytest.mark.parametrize(
    ("label", "tax_id", "wrong"),
    [
        ("纳税人识别号", "91632801MA7K4C2N", True),  # 16: two characters short
        ("纳税人识别号", "91632801MA7K4C2N8P1", True),  # 19
        ("纳税人识别号", "91632801MA7K4C2N8P", False),  # the unified social credit code, 18
        ("统一社会信用代码", "91632801MA7K4C2N8P", False),
        ("纳税人识别号", "110105123456789", False),  # an old taxpayer id, 15
        ("纳税人识别号", "11010519800101123401", False),  # an old one of 20 (an id card and two digits)
        ("统一编号/纳税人识别号", "53271845", False),  # our own form's label: a 統一編號
        ("統一編號", "53271845", False),
    ],
)
def test_a_mainland_tax_id_of_no_mainland_length_is_an_error(
    tmp_path: Path, label: str, tax_id: str, wrong: bool
) -> None:
    doc = _read(tmp_path, [*ALLOWANCE, [label, tax_id], ["合计", "13,097.65"]], "allowance")
    assert doc["record"]["buyer_tax_id"] == tax_id  # kept as read
    assert ("tax_id_not_mainland" in field_codes(doc, "buyer_tax_id")) is wrong
    if wrong:
        [error] = [e for e in doc["errors"] if e["code"] == "tax_id_not_mainland"]
        assert str(len(tax_id)) in error["message"]


def test_said_in_chinese(tmp_path: Path) -> None:
    path = sheet_from_rows(tmp_path, [*ALLOWANCE, ["纳税人识别号", "91632801MA7K4C2N"]], width=WIDTH)
    doc = read_doc(path, "allowance", lang="zh")
    [error] = [e for e in doc["errors"] if e["code"] == "tax_id_not_mainland"]
    assert "统一社会信用代码是 18 位" in error["message"]


# ------------------------------------------------------------------ 4. Supplier is no Supplier P/N
def test_supplier_is_not_the_part_number(tmp_path: Path) -> None:
    doc = _read(tmp_path, [*HEAD_EN, ["Supplier", "Bolt Supply Ltd"], ["Part name", "Hinge"]])
    assert doc["record"].get("part_no") != "Bolt Supply Ltd"


def test_supplier_p_n_is_still_the_part_number(tmp_path: Path) -> None:
    doc = _read(tmp_path, [*HEAD_EN, ["Supplier P/N", "SP-100-2"], ["Part name", "Hinge"]])
    assert doc["record"]["part_no"] == "SP-100-2"
