"""Labels worded differently, the leftovers of rounds 45–46 (issue 10, weak47).

Each on a sheet built here with made-up names (not the held-out sets'):

- a label of the customer's side (``Complainant``, 投诉人) over one person's name, the customer given by
  another label: the person who reported for the customer (``party_label_over_person``); over a company's
  name (Trading, 有限公司, 股份, 廠, Pvt. Ltd) nothing is read so;
- a choice's own label over a sentence naming none of its options (``Nature of Complaint``): the
  problem's text (``choice_label_over_text``); over an option's word it stays the choice;
- a sign-off's caption or participle (``Signed``, 审核, 审核人) over a person's name: the form's signer
  its words name (审核 → the allowance's manager, whose labels hold 财务审核), 审核人 winning over
  制单人 (told by its first word, not by its head 人 alone);
- 加盟店, GTIN, 罚款, Deadline beside a value the page did not take for a label's: said unread, each
  message saying what the label is (a customer's side, a part number, a sum, a date);
- the ``unread_label`` message of a label known loosely or in two halves says so, in Chinese and English.

Every value read so is warned: never silent.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from helpers import read_doc, sheet_from_rows, unread_messages, warned_by
from openpyxl.styles import PatternFill

from kesu_docs.forms import get
from kesu_docs.parse.guards import a_named_person
from kesu_docs.parse.head_words import guess_field

WIDTH = 24


def _en(tmp_path: Path, number: str, *rows: list[object], name: str = "form.xlsx") -> dict:
    """An English complaint sheet (its number, the customer by its own label) with ``rows`` after, read."""
    head: list[list[object]] = [
        ["Customer Complaint"],
        ["Complaint No.", number, "Customer", "Lakeview Fasteners Ltd."],
    ]
    return read_doc(sheet_from_rows(tmp_path, [*head, *rows], name=name, width=WIDTH), "complaint")


def _guess(text: str, kind: str = "complaint") -> str | None:
    found = guess_field(get(kind), text)
    return found.path if found is not None else None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Amani Otieno", True),
        ("陈志明", True),
        ("林美玲", True),
        ("Mombasa Hardware Traders", False),
        ("Kisumu Trading", False),
        ("Nairobi Fasteners Ltd.", False),
        ("Pune Castings Pvt. Ltd.", False),
        ("大同廠", False),
        ("台塑股份", False),
        ("华南贸易有限公司", False),
        ("Mercy Hospital", False),
        ("Amani", False),  # a given name alone: no given and family name
        ("Approved with thanks", False),  # words, no name: each word of a name capitalised
        ("Ahmad bin Ismail", True),
    ],
)
def test_a_named_person_tells_a_person_from_a_company(text: str, person: bool) -> None:
    assert a_named_person(text) is person


def test_complainant_over_a_person_is_the_reporter(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Part No.", "BL-880-2", "Qty Rejected", 120],
        ["Complainant", "Amani Otieno"],
    ]
    doc = _en(tmp_path, "KC-7710", *rows)
    assert doc["record"]["customer"] == "Lakeview Fasteners Ltd."
    assert doc["record"]["reporter"] == "Amani Otieno", doc["warnings"]
    [warning] = warned_by(doc, "party_label_over_person", "reporter")
    assert "Complainant" in warning["message"] and "Amani Otieno" in warning["message"]
    path = sheet_from_rows(
        tmp_path,
        [["Customer Complaint"], ["Customer", "Lakeview Fasteners Ltd."], *rows],
        name="zh.xlsx",
        width=WIDTH,
    )
    zh = read_doc(path, "complaint", lang="zh")
    assert any("代客户反映问题的人" in w["message"] for w in zh["warnings"])


def test_complainant_over_a_company_is_no_person(tmp_path: Path) -> None:
    doc = _en(
        tmp_path,
        "KC-7711",
        ["Part No.", "BL-880-2", "Qty Rejected", 120],
        ["Complainant", "Kisumu Hardware Traders"],
    )
    assert doc["record"]["reporter"] is None
    assert not warned_by(doc, "party_label_over_person", "reporter")
    # said, and said to be the customer's label known loosely
    assert any("Complainant" in m and "loosely" in m and "Customer" in m for m in unread_messages(doc))


def test_a_chinese_complainant_over_a_person(tmp_path: Path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "TS-26-0412", "客户名称", "华南贸易有限公司"],
        ["问题描述", "外壳开裂，共12件。"],
        ["投诉人", "陈志明"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["reporter"] == "陈志明"
    assert warned_by(doc, "party_label_over_person", "reporter")


def test_nature_of_complaint_over_a_sentence_is_the_description(tmp_path: Path) -> None:
    sentence = "Threads stripped on first torque, burrs inside the bore of most bolts."
    doc = _en(tmp_path, "KC-7712", ["Nature of Complaint", sentence])
    assert doc["record"]["description"] == sentence, doc["warnings"]
    assert doc["record"]["complaint_type"] is None
    [warning] = warned_by(doc, "choice_label_over_text", "description")
    assert "Nature of Complaint" in warning["message"]


def test_a_page_number_beside_a_choice_is_no_problem_text() -> None:
    # a deficiency report's control line, ``Category I  Page 1 of 1``, its details read by a head word:
    # the page's number is no sentence to move to the problem's text (holdout66's PQDR print after the
    # merge read its description as 'Page 1 of 1', warned)
    pdf = Path(__file__).parent / "holdout66" / "filled" / "soe-complaint-en-pqdr.pdf"
    doc = read_doc(pdf, "complaint")
    assert doc["record"]["description"].startswith("7 EA failed acceptance test")
    assert not warned_by(doc, "choice_label_over_text", "description")


def test_nature_of_complaint_over_an_option_stays_the_choice(tmp_path: Path) -> None:
    doc = _en(
        tmp_path,
        "KC-7713",
        ["Nature of Complaint", "Quality"],
        ["Description", "Threads stripped on first torque."],
    )
    assert doc["record"]["complaint_type"] == "quality"
    assert doc["record"]["description"] == "Threads stripped on first torque."
    assert not warned_by(doc, "choice_label_over_text", "description")


def test_a_sentence_under_a_choice_keeps_a_description_read_from_its_own_label(tmp_path: Path) -> None:
    sentence = "Threads stripped on first torque, burrs inside the bore."
    doc = _en(
        tmp_path,
        "KC-7714",
        ["Nature of Complaint", sentence],
        ["Description", "Bolts M8 lot 2611: threads stripped."],
    )
    assert doc["record"]["description"] == "Bolts M8 lot 2611: threads stripped."
    assert not warned_by(doc, "choice_label_over_text", "description")
    assert any(e["field"] == "complaint_type" for e in doc["errors"])  # the sentence: no option, said


def test_signed_over_a_person_is_the_signer(tmp_path: Path) -> None:
    assert _guess("Signed") == "reporter" and _guess("Named") is None
    described = ["Description", "Threads stripped on first torque."]
    doc = _en(tmp_path, "KC-7715", described, ["Signed:", "Tunde Bakare"])
    assert doc["record"]["reporter"] == "Tunde Bakare"
    assert warned_by(doc, "label_by_head_word", "reporter")
    doc = _en(tmp_path, "KC-7716", described, ["Signed:", "Approved with thanks"], name="b.xlsx")
    assert doc["record"]["reporter"] is None  # no person's name: nothing read


def _allowance(tmp_path: Path, signers: list[tuple[str, str]], name: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "折让"
    grey = PatternFill("solid", fgColor="D9D9D9")
    rows = [
        ("折让证明单",),
        ("单据编号", "ZR-2026-0087"),
        ("开具日期", "2026-11-20"),
        ("购买方", "利雅得贸易有限公司"),
        ("折让合计", 1200),
        ("价税合计", 1380),
    ]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
        if len(row) > 1:
            ws.cell(r, 1).fill = grey
    for i, (caption, person) in enumerate(signers):
        ws.cell(8, 1 + 2 * i, caption).fill = grey
        ws.cell(8, 2 + 2 * i, person)
    for col in "ABCDE":
        ws.column_dimensions[col].width = 18
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_sign_off_caption_over_a_name_is_the_signer_its_words_name(tmp_path: Path) -> None:
    assert _guess("审核", "allowance") == "approved_by_manager"  # 财务审核 is the manager's
    doc = read_doc(_allowance(tmp_path, [("审核", "蒋文海")], "a.xlsx"), "allowance")
    assert doc["record"]["approved_by_manager"] == "蒋文海", doc["warnings"]
    assert warned_by(doc, "label_by_head_word", "approved_by_manager")


def test_a_signer_told_by_its_first_word_wins_over_one_told_by_its_head(tmp_path: Path) -> None:
    doc = read_doc(
        _allowance(tmp_path, [("审核人", "王建国"), ("制单人", "ZHANGWEI07")], "b.xlsx"), "allowance"
    )
    assert doc["record"]["approved_by_manager"] == "王建国", doc["warnings"]
    assert warned_by(doc, "label_by_head_word", "approved_by_manager")


def test_unread_heads_of_other_families_are_said(tmp_path: Path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "TS-26-0413", "客户名称", "华南贸易有限公司"],
        ["加盟店", "福田七号店", "GTIN", "6901234567892"],
        ["罚款", "5000", "Deadline", "2026-11-30"],
        ["问题描述", "外壳开裂，共12件。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    messages = unread_messages(doc)
    said = {
        text: [m for m in messages if f"'{text}'" in m] for text in ("加盟店", "GTIN", "罚款", "Deadline")
    }
    assert all(said.values()), messages
    assert "Customer" in said["加盟店"][0] and "Part no." in said["GTIN"][0]
    assert "Loss amount" in said["罚款"][0] and "a date" in said["Deadline"][0]
    assert not any("福田七号店" in m for m in messages)  # a shop's name ending in 店: no label
    assert _guess("罚款") == "loss_amount" and _guess("扣款") == "loss_amount"


def test_unread_label_message_of_a_loose_label_and_of_two_halves(tmp_path: Path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "TS-26-0414", "客户名称", "华南贸易有限公司"],
        ["问题描述", "外壳开裂，共12件。"],
        ["品名 Description", "塑料外壳"],
    ]
    path = sheet_from_rows(tmp_path, rows, width=WIDTH)
    en = [m for m in unread_messages(read_doc(path, "complaint")) if "品名 Description" in m]
    zh = [m for m in unread_messages(read_doc(path, "complaint", lang="zh")) if "品名 Description" in m]
    assert en and "names two fields" in en[0] and "matches no field" not in en[0], en
    assert zh and "两个栏位" in zh[0] and "没有对应的栏位" not in zh[0], zh
