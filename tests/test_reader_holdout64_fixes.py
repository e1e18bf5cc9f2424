"""What the sixty-fourth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **An engineer's own heading inside his text is no label**: a fault description typed as running text
  with a heading of its own after a full stop or a comma (``…停机，显示 E1。拆机检查：点火针积碳…``) was cut at
  that heading — the reader took ``拆机检查：`` for a label of the form and kept only the first sentence, with
  no warning. Inside running text, after a sentence's full stop or a clause's comma, a text before a colon
  now starts a field only when it is a label some form prints or its head word says a value of its own
  follows (a person, a party, a date, a number, a count: ``…已复产。品质工程师：孙敏`` still splits).
- **The form's party named twice is said**: a claim printing ``Distributor`` (no label of ours; its word names
  the form's party) beside ``Dealer`` (a label of the customer) took the dealer's name as the customer and
  left the distributor's unseen, unwarned. A value the head-word rule would give the form's party, beside an
  unknown label, while a label of its own already read the party, is now said on it (``label_lost``, as two
  known labels of one field are): whose complaint it is, the clerk checks.
- **A staff number after a person's name is no part of the name**: a service network's system prints its
  engineer as ``刘建军（工号 036-12）``; the reader kept it whole (warned ``name_with_digits`` on a first reading,
  silent with a profile). A bracket after a name that holds a word saying it is the person's number (工号, 員工
  編號, Staff No., Tech ID, ID) and the number is now parted as a department or a role in brackets is: the name
  read, the rest said (``name_with_extra``).
- **A count column named only by its generic word is read by its head word**: a return's header ``同意數量``
  beside ``實退數量`` named, by the 数量 inside it, the returned count the stronger ``實退數量`` already held, so it
  counted as a column's name and the head-word rule never looked at it (said unread). A header text naming
  only a column another header cell holds now names none left: its head word tells which (the approved
  count), read and warned.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _service_order(description: str, action: str = "更换点火针，试机正常。") -> list[list[Any]]:
    return [
        ["维修服务单"],
        ["服务单号", "FW-0907-33"],
        ["客户名称", "赵丽"],
        ["报修日期", "2026-09-07"],
        ["产品型号", "JZT-2B05"],
        ["故障现象", description],
        ["处理措施", action],
    ]


def test_an_engineers_heading_after_a_full_stop_stays_in_his_text(tmp_path) -> None:
    text = "用户反映点火后约 3 秒熄火，显示 E1。拆机检查：点火针积碳严重，熄火保护针位置偏移。"
    record = _read(tmp_path, _service_order(text), "complaint")["record"]
    assert record["description"] == text
    assert record["short_term_action"] == "更换点火针，试机正常。"


def test_an_engineers_heading_after_a_comma_stays_in_his_text(tmp_path) -> None:
    text = "灶具左眼火焰发黄，现场测试：燃气压力 2.0 kPa 正常，风门开度过小。"
    record = _read(tmp_path, _service_order(text), "complaint")["record"]
    assert record["description"] == text


def test_a_person_after_a_full_stop_still_heads_a_field_of_its_own(tmp_path) -> None:
    # the head word 工程师 says a person follows: the text ends at the full stop, the name is no part of it
    record = _read(tmp_path, _service_order("点火针积碳，已清理。品质工程师：孙敏"), "complaint")["record"]
    assert record["description"] == "点火针积碳，已清理。"


def _warned(doc: dict, path: str, code: str | None = None) -> bool:
    return any(
        path in (w.get("field"), *w.get("fields", ())) and (code is None or w.get("code") == code)
        for w in doc["warnings"] + doc["errors"]
    )


def _claim(extra: list[list[Any]]) -> list[list[Any]]:
    return [
        ["WARRANTY CLAIM"],
        ["Claim No.", "WC-0915-208"],
        ["Claim Date", "2026-09-15"],
        *extra,
        ["Model No.", "RF-530BX"],
        ["Fault Reported", "Fridge not cooling, compressor clicks and stops."],
    ]


def test_the_party_named_twice_by_a_known_and_an_unknown_label_is_said(tmp_path) -> None:
    # Dealer is a label of the customer; Distributor, unknown, names the form's party too by its word:
    # whose claim it is the form does not say — the value read is shown for checking, never silent
    doc = _read(
        tmp_path,
        _claim([["Distributor", "Kalinda Home Pty Ltd"], ["Dealer", "Coastline Electrics"]]),
        "complaint",
    )
    assert doc["record"]["customer"] in ("Coastline Electrics", "Kalinda Home Pty Ltd")
    assert _warned(doc, "customer", "label_lost")


def test_the_party_named_once_reads_as_before(tmp_path) -> None:
    doc = _read(tmp_path, _claim([["Dealer", "Coastline Electrics"]]), "complaint")
    assert doc["record"]["customer"] == "Coastline Electrics"
    assert not _warned(doc, "customer", "label_lost")


def test_a_staff_number_after_the_engineers_name_is_parted_and_said(tmp_path) -> None:
    rows = [*_service_order("燃气灶打不着火。"), ["维修工程师", "马海峰（工号 118-04）"]]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["reporter"] == "马海峰"
    assert _warned(doc, "reporter", "name_with_extra")


def test_a_staff_id_in_english_is_parted_too(tmp_path) -> None:
    rows = [*_claim([["Dealer", "Coastline Electrics"]]), ["Submitted by", "Grace Tan (Staff ID 5521)"]]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["reporter"] == "Grace Tan"


def _return_note(approved_heading: str) -> list[list[Any]]:
    return [
        ["退货单"],
        ["退货单号", "TH-0918-07", "退货日期", "2026-09-18"],
        ["客户名称", "华东百货电器部", "客诉单号", "KS-0911-02"],
        ["料号", "品名", approved_heading, "实退数量", "单价", "金额"],
        ["MW-2305", "微波炉 23L", 12, 11, 420.0, 4620.0],
        ["退货原因", "门体开关失灵"],
        ["处理方式", "退货"],
    ]


def test_a_count_column_named_only_by_its_generic_word_is_read_by_its_head_word(tmp_path) -> None:
    # 实退数量 is the returned count; 核可数量 names no column of ours but by 数量 inside it the returned count
    # again, which 实退数量 holds: by its head word it is the other count, read and warned
    doc = _read(tmp_path, _return_note("核可数量"), "return")
    line = doc["record"]["items"][0]
    assert line["qty_returned"] == 11
    assert line["qty_approved"] == 12
    assert _warned(doc, "items[0].qty_approved")
