"""Issue 10 (0 silent misreads), round 43's machine43, each rule read on a small workbook built here:

- **机型 is one rule on every form**: whether 机型 (機型, a machine maker's model) over a value is the
  part's code or its name is decided where the label's candidates are scored
  (``parse.guards.code_only_fit``: the complaint's part number, the 8D's and the return line's name it
  ``code_only``), so the page's assignment weighs it; the complaint's after-the-fact move of a code from
  the part's name to its number (``part_labels._machine_type_code``) is gone.
- **A column numbering a table's rows is no field's**: ``Serial No.`` / ``序号 Serial No.`` heading a
  column of 1, 2, 3 in a row of captions is the rows' number (序号), never the lot or serial.
- **回函号 is our reply letter's number**: a number label (函号, 单号, 编号) after a word of a reply
  (回函, 回复, 答复) names the reply, not the complaint.
- Warned, and left so (the right answer is not on the form): a ``Component`` column's first row as the
  part's name; ``经销商`` beside ``用户名称`` as the customer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from test_fixrv40 import COMPLAINT_ROWS

from kesu_docs.forms import describe, get
from kesu_docs.parse.guards import names_code_only
from kesu_docs.parse.vocab import field_metas, vocabulary

WIDTH = 22

# a plain complaint sheet of a customer's own layout (the review's probes', test_fixrv40's)
COMPLAINT = COMPLAINT_ROWS


def _read(folder: Path, rows: list[list[Any]], kind: str | None = "complaint") -> dict:
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


# ------------------------------------------------------------------ 机型: one rule, in the fit
def test_every_form_names_jixing_a_code_only_label_of_its_part_number() -> None:
    """The one rule is declared where each form's part number is: 机型 code-only (the complaint's too)."""
    for kind in ("complaint", "8d", "return"):
        metas = []
        for path, meta in field_metas(get(kind)):
            metas.append((path, meta))
            if meta.row_model is not None:
                metas += [(f"{path}[].{k}", m) for k, m in describe(meta.row_model).items()]
        named = [path for path, meta in metas if path.endswith("part_no") and names_code_only("機型", meta)]
        assert named, kind


def test_jixing_over_a_code_on_a_complaint_is_read_for_the_part_number_by_its_label(tmp_path: Path) -> None:
    """``機型 | DX-360`` with no part number elsewhere: read for part_no from 機型 itself (the candidates'
    fit), not moved there from the part's name after the reading."""
    rows = [
        ["保固申請表"],
        ["申請單號", "WA-2612-11", "申請日期", "2026-12-02"],
        ["客戶名稱", "大同精機股份有限公司", "機型", "DX-360"],
        ["故障描述", "進給軸異音。"],
    ]
    doc = _read(tmp_path, rows)
    assert doc["record"]["part_no"] == "DX-360"
    assert doc["record"]["part_name"] is None
    assert doc["provenance"]["part_no"]["label"] == "機型"


@pytest.mark.parametrize(
    ("value", "field"),
    [("KT-800", "part_no"), ("商用电磁炉", "part_name")],
)
def test_jixing_on_a_complaint_goes_by_its_value(tmp_path: Path, value: str, field: str) -> None:
    rows = [r for r in COMPLAINT if r[0] not in ("订单号", "品名")] + [["机型", value]]
    doc = _read(tmp_path, rows)
    other = "part_name" if field == "part_no" else "part_no"
    assert doc["record"][field] == value, doc["record"]
    assert doc["record"][other] is None


def test_jixing_over_a_code_on_an_8d_is_the_part_number_too(tmp_path: Path) -> None:
    rows = [
        ["8D 报告"],
        ["报告编号", "8D-2612-009"],
        ["客户", "常州启航电器有限公司"],
        ["机型", "KT-800"],
        ["D2 问题描述"],
        ["电磁炉开机报 E3。"],
    ]
    doc = _read(tmp_path, rows, "8d")
    assert doc["record"]["part_no"] == "KT-800"


# ------------------------------------------------------------------ a column numbering the rows
@pytest.mark.parametrize("caption", ["Serial No.", "序号 Serial No.", "S/N"])
def test_a_serial_number_column_counting_the_rows_is_no_lot(tmp_path: Path, caption: str) -> None:
    rows = [*COMPLAINT, [caption, "不良现象 Defect", "数量 Qty"], [1, "镀层起泡", 60], [2, "端子变形", 36]]
    doc = _read(tmp_path, rows)
    assert doc["record"].get("lot_no") is None, doc["provenance"].get("lot_no")


def test_a_serial_number_beside_its_value_is_still_the_lot(tmp_path: Path) -> None:
    """The rule is the column's, not the label's: ``Serial No. | SN2612-0042`` reads as before."""
    doc = _read(tmp_path, [*COMPLAINT, ["Serial No.", "SN2612-0042"]])
    assert doc["record"]["lot_no"] == "SN2612-0042"


def test_a_serial_number_column_of_serials_is_not_a_row_number(tmp_path: Path) -> None:
    """Over serials (not 1, 2, 3) the column is no numbering: its first cell is read as before, warned."""
    rows = [
        *COMPLAINT,
        ["Serial No.", "不良现象", "数量"],
        ["SN-0417", "镀层起泡", 60],
        ["SN-0422", "端子变形", 36],
    ]
    doc = _read(tmp_path, rows)
    assert doc["record"]["lot_no"] == "SN-0417"
    assert field_codes(doc, "lot_no")


# ------------------------------------------------------------------ our reply letter's number
@pytest.mark.parametrize("label", ["回函号", "回复函号", "回函编号", "回复单号", "答复编号"])
def test_our_reply_letters_number_is_not_the_complaints(tmp_path: Path, label: str) -> None:
    rows = [r for r in COMPLAINT if r[0] != "投诉编号"] + [[label, "HF-2026-018"]]
    doc = _read(tmp_path, rows)
    assert doc["record"].get("number") is None, doc["provenance"].get("number")


def test_a_letters_own_number_is_still_the_complaints(tmp_path: Path) -> None:
    """函号 alone (a contractor's letter about the defect) names the complaint's number, as before."""
    rows = [r for r in COMPLAINT if r[0] != "投诉编号"] + [["函号", "LH-2026-017"]]
    doc = _read(tmp_path, rows)
    assert doc["record"]["number"] == "LH-2026-017"


def test_a_return_numbers_return_word_is_no_reply() -> None:
    """退回单号: 回 ends 退回 (a return), not a reply — still the return note's number."""
    assert vocabulary(get("return")).match("退回单号")[0] == "number"


# ------------------------------------------------------------------ warned, and left so
def test_a_component_columns_first_row_is_read_for_the_part_name_and_said(tmp_path: Path) -> None:
    """``Component | Part No. | Defect | Qty`` over Housing and Cover: which component the complaint is
    about is not on the form (the part's own name may be either, or neither) — the first row is read,
    and said."""
    rows = [r for r in COMPLAINT if r[0] != "品名"]
    rows += [
        ["Component", "Part No.", "Defect", "Qty"],
        ["Housing", "H-1", "crack", 3],
        ["Cover", "C-2", "scratch", 2],
    ]
    doc = _read(tmp_path, rows)
    assert doc["record"]["part_name"] in (None, "Housing")
    if doc["record"]["part_name"] is not None:
        assert "low_confidence" in field_codes(doc, "part_name")


DEALER = "苏州恒通机电贸易有限公司"


def _under_a_dealer(tmp_path: Path, label: str, name: str) -> dict:
    """A complaint printing 经销商 over ``label`` (the complaining party's own), both filled."""
    rows = [
        ["客户投诉单"],
        ["投诉编号", "KS-2612-0110", "投诉日期", "2026-12-03"],
        ["经销商", DEALER],
        [label, name],
        ["品名", "弹簧垫片"],
        ["不良数量", "3"],
        ["问题描述", "电镀发黑"],
    ]
    return _read(tmp_path, rows)


def test_the_customers_own_label_wins_over_the_dealer(tmp_path: Path) -> None:
    """经销商 printed above 客户名称, both filled: the customer's own label is read, the dealer reported
    unread (label_lost names it)."""
    doc = _under_a_dealer(tmp_path, "客户名称", "无锡佳禾食品有限公司")
    assert doc["record"]["customer"] == "无锡佳禾食品有限公司"
    lost = [w for w in doc["warnings"] if w["code"] == "label_lost" and w.get("field") == "customer"]
    assert lost and DEALER in lost[0]["message"]


def test_a_dealer_beside_the_user_is_a_guess_and_said(tmp_path: Path) -> None:
    """经销商 over 用户名称 (a dealer's 三包 claim: the dealer claims, the user is its buyer; a steel mill's
    质量异议单 calls its customer the user): which one complains is not on the form — whichever is read,
    the other is said (label_lost), never silently."""
    doc = _under_a_dealer(tmp_path, "用户名称", "张先生")
    assert doc["record"]["customer"] in (DEALER, "张先生")
    assert "label_lost" in field_codes(doc, "customer")
