"""Issue 10, round 44's headword44: a label no vocabulary knows, read by its head word and its first
word, always warned (kesu_docs/parse/head_words.py).

Every label here is made up for this test in the pattern of the misses (a synonym of a known label,
its last word saying what kind of value it is): none is a word of any form's vocabulary, which the
first test checks. Each is read on a small workbook built here, and on a printed PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows, titled_lines_pdf, unread_messages, warned_by

from kesu_docs.forms import get
from kesu_docs.parse.head_words import fits, guess_field
from kesu_docs.parse.vocab import SAME_HEAD as _SAME_HEAD
from kesu_docs.parse.vocab import telling_heads, vocabulary

WIDTH = 22


def _read(folder: Path, rows: list[list[Any]], kind: str = "complaint") -> dict:
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _warned(doc: dict, field: str) -> list[dict]:
    return warned_by(doc, "label_by_head_word", field)


def test_the_made_up_labels_are_no_vocabulary_s() -> None:
    vocab = vocabulary(get("complaint"))
    for label in ("来访日期", "维修技师", "Visit date", "Attended by", "底盘编号", "报案日期"):
        found = vocab.match(label)
        assert found is None or found[1] < 0.6, (label, found)


def test_head_words_are_derived_from_the_forms_labels() -> None:
    heads = telling_heads()
    assert heads["日期"] == "date" and heads["date"] == "date"
    assert heads["编号"] == "code" and heads["no"] == "code"
    assert heads["数量"] == "qty" and heads["qty"] == "qty"
    assert heads["人"] == "text" and heads["by"] == "text"
    # the hand list only points at heads the forms print
    assert all(target in heads for target in _SAME_HEAD.values())


@pytest.mark.parametrize(
    ("label", "kind", "path"),
    [
        ("来访日期", "complaint", "received_date"),
        ("Visit date", "complaint", "received_date"),
        ("維修技師", "complaint", "reporter"),  # zh-Hant, folded
        ("碎裂件数", "complaint", "defect_qty"),
        ("供货件数", "complaint", "ship_qty"),  # 供货: a delivery word (件数 means 数量)
        ("抵港数量", "complaint", "defect_qty"),  # 抵港: no word of ours — 数量's usual field
        ("到厂件数", "8d", "problem.qty_complained"),
        ("Qty cracked", "complaint", "defect_qty"),
        ("NCR 編號", "return", "complaint_number"),  # NCR: another paper's number
        ("巡检人", "complaint", "reporter"),
        ("鞋楦型", "complaint", "part_no"),
    ],
)
def test_guess_by_head_and_first_word(label: str, kind: str, path: str) -> None:
    guess = guess_field(get(kind), label)
    assert guess is not None and guess.path == path, (label, guess)


def test_no_head_no_guess() -> None:
    # (round 45 reads a closed list of single English words, Buyer / Consignee among them:
    # tests/test_reader_head_words45.py; a single word outside it still has no head)
    for label in ("Carrier", "Remarks", "附件"):
        assert guess_field(get("complaint"), label) is None, label


def test_shapes_that_do_not_fit() -> None:
    spec = get("complaint")
    fields = spec.leaf_fields
    assert fits(fields["received_date"], "2026-11-18")
    assert not fits(fields["received_date"], "待客户回复")
    assert fits(fields["defect_qty"], "36 pcs")
    assert not fits(fields["defect_qty"], "若干")
    assert fits(fields["lot_no"], "CH-7781-22")
    assert not fits(fields["lot_no"], "见附件清单")
    assert fits(fields["reporter"], "周子健")
    assert not fits(fields["reporter"], "2026-11-18")


BASE = [
    ["客户投诉单"],
    ["投诉编号", "KS-2026-0415", "客户名称", "华辰五金有限公司"],
    ["料号", "C-2231-07", "品名", "弹簧垫片"],
    ["问题描述", "电镀发黑"],
]


def test_unknown_labels_are_read_by_their_head_word_and_warned(tmp_path: Path) -> None:
    rows = [*BASE, ["来访日期", "2026-11-18", "维修技师", "周子健"]]
    doc = _read(tmp_path, rows)
    assert doc["record"]["received_date"] == "2026-11-18"
    assert doc["record"]["reporter"] == "周子健"
    for field, label in (("received_date", "来访日期"), ("reporter", "维修技师")):
        [warning] = _warned(doc, field)
        assert label in warning["message"]
        prov = doc["provenance"][field]
        assert prov["label"] == label and prov["confidence"] < 0.5  # explain shows the anchor, unsure
    assert not any("来访日期" in m or "维修技师" in m for m in unread_messages(doc))


def test_messages_in_chinese_by_default(tmp_path: Path) -> None:
    rows = [*BASE, ["来访日期", "2026-11-18"]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint", lang="zh")
    [warning] = _warned(doc, "received_date")
    assert "来访日期" in warning["message"] and "请核对" in warning["message"]


def test_english_labels(tmp_path: Path) -> None:
    rows = [
        ["Customer Complaint"],
        ["Complaint no.", "CC-2611-07", "Customer", "Harbor Tools Ltd"],
        ["Part no.", "HT-220-B", "Description", "Handle cracked"],
        ["Visit date", "2026-11-18", "Attended by", "Tom Baker"],
    ]
    doc = _read(tmp_path, rows)
    assert doc["record"]["received_date"] == "2026-11-18"
    assert doc["record"]["reporter"] == "Tom Baker"
    assert _warned(doc, "received_date") and _warned(doc, "reporter")


def test_a_wrong_field_guess_is_warned(tmp_path: Path) -> None:
    """底盘编号 (a chassis number, the lot's on this form) guessed as the complaint's own number where
    the form prints none: a wrong field, never silent."""
    rows = [[r for r in row] for row in BASE if row[:1] != ["投诉编号"]]
    rows.insert(1, ["客户名称", "华辰五金有限公司"])
    rows.append(["底盘编号", "CH-7781-22"])
    doc = _read(tmp_path, rows)
    assert doc["record"]["number"] == "CH-7781-22"
    assert "label_by_head_word" in field_codes(doc, "number")


def test_a_known_label_wins_over_a_head_word_one(tmp_path: Path) -> None:
    rows = [*BASE, ["投诉日期", "2026-11-20", "来访日期", "2026-11-18"]]
    doc = _read(tmp_path, rows)
    assert doc["record"]["received_date"] == "2026-11-20"
    assert not _warned(doc, "received_date")
    assert any("来访日期" in m for m in unread_messages(doc))


def test_a_known_label_with_its_box_empty_keeps_its_field(tmp_path: Path) -> None:
    rows = [*BASE, ["来访日期", "2026-11-18"], ["投诉日期", None]]
    doc = _read(tmp_path, rows)
    assert doc["record"]["received_date"] is None
    assert any("来访日期" in m for m in unread_messages(doc))


def test_two_unknown_labels_for_one_field_read_neither(tmp_path: Path) -> None:
    rows = [*BASE, ["来访日期", "2026-11-18", "报案日期", "2026-11-16"]]
    doc = _read(tmp_path, rows)
    assert doc["record"]["received_date"] is None
    unread = unread_messages(doc)
    assert any("来访日期" in m for m in unread) and any("报案日期" in m for m in unread)


def test_a_value_whose_shape_does_not_fit_is_not_read(tmp_path: Path) -> None:
    rows = [*BASE, ["来访日期", "待客户回复", "维修技师", "2026-11-18"]]
    doc = _read(tmp_path, rows)
    assert doc["record"]["received_date"] is None
    assert doc["record"]["reporter"] is None
    assert not _warned(doc, "received_date") and not _warned(doc, "reporter")


def test_a_printed_pdf(tmp_path: Path) -> None:
    path = titled_lines_pdf(
        tmp_path / "complaint.pdf",
        "客户投诉单",
        [
            ("投诉编号", "KS-2026-0415"),
            ("客户名称", "华辰五金有限公司"),
            ("料号", "C-2231-07"),
            ("来访日期", "2026-11-18"),
            ("维修技师", "周子健"),
            ("问题描述", "电镀发黑"),
        ],
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["received_date"] == "2026-11-18"
    assert doc["record"]["reporter"] == "周子健"
    assert _warned(doc, "received_date") and _warned(doc, "reporter")


# ------------------------------------------------------------------ a table's column headers
ALLOWANCE = [
    ["销货退回折让证明单"],
    ["证明单号", "ZR-2611-03", "开单日期", "2026-11-20"],
    ["买受人", "华辰五金有限公司", "统一编号", "12345678"],
    ["原发票号码", "AB12345678", "原发票日期", "2026-10-02"],
]


def test_an_unknown_column_header_is_read_by_its_head_word(tmp_path: Path) -> None:
    rows = [
        *ALLOWANCE,
        ["品名", "数量", "单价", "回扣额"],
        ["弹簧垫片", "100", "2.5", "250"],
        ["合计金额", "250"],
    ]
    doc = _read(tmp_path, rows, "allowance")
    [item] = doc["record"]["items"]
    assert str(item["allowance_amount"]) in ("250", "250.00")
    [warning] = _warned(doc, "items[0].allowance_amount")
    assert "回扣额" in warning["message"]


def test_an_unknown_column_over_cells_of_another_shape_is_not_read(tmp_path: Path) -> None:
    rows = [
        *ALLOWANCE,
        ["品名", "数量", "单价", "回扣额"],
        ["弹簧垫片", "100", "2.5", "见附件"],
        ["合计金额", "250"],
    ]
    doc = _read(tmp_path, rows, "allowance")
    assert not any(w["code"] == "label_by_head_word" for w in doc["warnings"])


def test_two_unknown_column_headers_for_one_column_read_neither(tmp_path: Path) -> None:
    rows = [
        *ALLOWANCE,
        ["品名", "数量", "回扣额", "让利额"],
        ["弹簧垫片", "100", "250", "250"],
        ["合计金额", "250"],
    ]
    doc = _read(tmp_path, rows, "allowance")
    assert not any(
        w["code"] == "label_by_head_word" and "items" in w.get("field", "") for w in doc["warnings"]
    )
