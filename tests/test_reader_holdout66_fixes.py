"""What the sixty-sixth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A drawing number in brackets after a product code is no part of the code**: a state-owned plant's form
  prints ``产品代号 DY-3A（图号 HY3.520.117）``; the reader kept it whole as the part number, silently. A
  bracket after a code that names, by its word, another identifier of the same thing (图号, 图纸号, 旧料号,
  Dwg No., NSN, CAGE) is now set aside: the code before it read, the bracket said (``value_with_comment``).
  A bracket naming no such identifier (``KQ-12(B)``) stays part of the code.
- **A longer label ending in the bare word read is said**: a 不合格品审理单 prints ``提交数量 120 件`` and, beside
  its review conclusion, a bare ``数量 6 件``; the bare word, the stronger label of the shipped count, won and
  the 120 was left unsaid. A label ending in the very words of the label read, with words of its own before
  them, is one of the field's too: its value, left, is now said (``label_lost``), as two sure labels are.
- **A purpose naming another option is said**: ``Return for replacement`` reads as the option before ``for``
  (return), its purpose set aside as before — but when the purpose is itself an option of the choice
  (replacement), it is now said (``choice_with_remark``): the clerk checks which was meant.
- **A name signed with the day under it, or glued to it by a print, is the name**: a signature chain's cell
  ``陈立华`` over ``2026.10.12`` (one cell, two lines), or a PDF's ``周建平2026.10.12`` with the space lost, was
  kept whole with the date; the day is now parted off as ``陈立华  2026.10.12`` already was (``name_with_extra``).

- **A label of two characters spread across its cell is one label on a PDF**: ``單　　號：`` and ``經　　理：``
  (full-width spaces between, as a clerk centres a short label) were two words on a print, ``單`` and ``號：``;
  three characters spread were already one text. Two single characters at one pitch no wider than three
  characters, the second closing the label with its colon, are now one word: the label is read.
- **A note whose amount in words says its lines' sum has no tax**: a 质量扣款 / 违约金 note prints its lines
  and a total without any tax; the reader added the company's 13 % to them (the words then disagreed). When
  no rate and no tax stand on the note and its words say the lines' own sum, the rate is none: the total
  is what the words say.

Workbooks built here with openpyxl, PDFs with fpdf2.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows, titled_lines_pdf

from kesu_docs.parse.guards import split_name

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _warned(doc: dict, path: str, code: str) -> bool:
    return any(
        path in (w.get("field"), *w.get("fields", ())) and w.get("code") == code
        for w in doc["warnings"] + doc["errors"]
    )


def _report(code: str, signer: str = "陈立华") -> list[list[Any]]:
    return [
        ["质量问题报告单"],
        ["编号", "ZW-2026-088"],
        ["报告日期", "2026-10-12"],
        ["客户名称", "北方精工装备厂"],
        ["产品代号", code],
        ["产品名称", "伺服驱动器"],
        ["交付数量", "30 台"],
        ["故障数量", "2 台"],
        ["问题描述", "通电自检报过流故障。"],
        ["编制", signer],
    ]


def test_a_drawing_number_in_brackets_after_a_product_code_is_set_aside(tmp_path) -> None:
    doc = _read(tmp_path, _report("FX-2C（图号 QJ7.801.004）"), "complaint")
    assert doc["record"]["part_no"] == "FX-2C"
    assert _warned(doc, "part_no", "value_with_comment")


def test_a_bracket_naming_no_other_identifier_stays_in_the_code(tmp_path) -> None:
    doc = _read(tmp_path, _report("KQ-12(B)"), "complaint")
    assert doc["record"]["part_no"] == "KQ-12(B)"
    assert not _warned(doc, "part_no", "value_with_comment")


def test_a_name_signed_with_the_day_under_it_is_the_name(tmp_path) -> None:
    doc = _read(tmp_path, _report("FX-2C", "陈立华\n2026.10.12"), "complaint")
    assert doc["record"]["reporter"] == "陈立华"
    assert _warned(doc, "reporter", "name_with_extra")


def test_a_name_glued_to_the_day_signed_is_parted() -> None:
    assert tuple(split_name("周建平2026.10.12")) == ("周建平", "2026.10.12")
    assert tuple(split_name("黄志明\n115.10.12")) == ("黄志明", "115.10.12")
    assert split_name("王强\n品保部") is None  # two lines, no day: nothing parted
    assert split_name("张伟2026") is None  # a figure, no day


def test_a_longer_label_ending_in_the_bare_word_read_is_said(tmp_path) -> None:
    rows = [
        ["不合格品审理单"],
        ["审理单号", "SL-0931-07"],
        ["提交日期", "2026-09-30"],
        ["顾客单位", "南方机电研究所"],
        ["产品名称", "接插件"],
        ["图号", "JC-220"],
        ["提交数量", "200 件"],
        ["不合格数量", "9 件"],
        ["不合格情况描述", "插针镀层起泡。"],
        ["审理结论", "返工"],
        ["数量", "9 件"],
    ]
    doc = _read(tmp_path, rows, "complaint")
    # the shipped count is the 200 submitted; where the bare 数量's 9 is read instead, the 200 left is said
    assert doc["record"]["ship_qty"] == 200 or _warned(doc, "ship_qty", "label_lost")


def test_a_purpose_naming_another_option_is_said(tmp_path) -> None:
    rows = [
        ["RETURN NOTE"],
        ["Return No.", "RN-2610-04"],
        ["Return Date", "2026-10-14"],
        ["Customer", "Ashby Controls Ltd"],
        ["Complaint No.", "QC-2610-11"],
        ["Part No.", "Description", "Qty Approved", "Qty Returned", "Unit Price", "Amount"],
        ["AC-771", "Relay board", 12, 12, 40.0, 480.0],
        ["Reason for Return", "Relay contacts welded"],
        ["Disposition", "Return for replacement"],
    ]
    doc = _read(tmp_path, rows, "return")
    assert doc["record"]["handling"] == ["return"]
    assert _warned(doc, "handling", "choice_with_remark")


def test_a_note_whose_words_say_its_lines_sum_has_no_tax(tmp_path) -> None:
    rows = [
        ["质量扣款通知单"],
        ["通知单号", "KK-0930-02"],
        ["日期", "2026-09-30"],
        ["买受人", "南方机电研究所"],
        ["纳税人识别号", "91440300MA5F8K2L3P"],
        ["原发票号码", "44031000000051230077"],
        ["原发票日期", "2026-09-01"],
        ["投诉单号", "QC-0918-05"],
        ["项目", "数量", "单价", "折让金额"],
        ["质量违约金", 1, 5000.0, 5000.0],
        ["复检费", 2, 600.0, 1200.0],
        ["合计", None, None, 6200.0],
        ["大写", "人民币陆仟贰佰元整"],
    ]
    record = _read(tmp_path, rows, "allowance")["record"]
    # the words say the lines' 6,200.00: no tax on the note, never the company's 13 % added (7,006.00)
    assert record["total"] == "6200.00"
    assert record["total_tax"] == "0.00"


def test_a_label_of_two_characters_spread_across_its_cell_is_read_on_a_pdf(tmp_path) -> None:
    lines = [
        ("單　　號：", "ZR-0930-11"),
        ("日　　期：", "2026-09-30"),
        ("買 受 人：", "南方機電研究所"),
        ("統一編號：", "24538761"),
        ("原發票號碼：", "XY-10203040"),
        ("投訴單號：", "QC-0918-05"),
        ("經　　理：", "吳志強"),
    ]
    pdf = titled_lines_pdf(tmp_path / "note.pdf", "銷貨折讓單", lines)
    record = read_doc(pdf, "allowance")["record"]
    assert record["number"] == "ZR-0930-11"
    assert record["issue_date"] == "2026-09-30"
    assert record["approved_by_manager"] == "吳志強"
