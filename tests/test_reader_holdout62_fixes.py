"""What the sixty-second held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A revision history is no penalty table**: a controlled form prints its revision history at its foot
  (``修订记录`` over ``版本 | 修订内容 | 生效日期 | 核准`` and ``A/0 | 初版发行 | …``). The revision mark ``A/0`` —
  a letter, a slash, a number — was taken as the responsibility code ``A`` captioning a penalty's line, and
  the change's words as the penalised unit: a penalty invented, with no warning. A caption naming a code
  option only by its letter already named it only under the table's own heading (a column of bare letters is
  what a revision history prints); a revision mark's letter is now such a bare letter too.
- **A free text filled by ticking a box is the words ticked**: a return note whose ``退货原因`` is printed as a
  row of boxes (``■品质不良 □交期延误 □规格不符 □其他``) gave the reason as the whole line of boxes; read by a
  profile, with no warning. A free-text field whose value is a row of two or more boxes, each beside its own
  short words, holds the words ticked (``品质不良``; two ticked joined ``、``); none ticked, nothing. A sentence
  with a box in it stays as typed.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows

from kesu_docs.values import ticked_text

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _complaint(history: list[list[Any]]) -> list[list[Any]]:
    return [
        ["客户抱怨处理单"],
        ["客诉编号", "KS-3107-02", "客诉日期", "2026-07-31"],
        ["客户名称", "常州迅达电器有限公司", "订单号", "XD-0719"],
        ["料号", "MT-220-B", "品名", "微电机 220B"],
        ["出货数量", 2400, "不良数量", 36],
        ["异常描述", "电机启动电流偏大，客户端 36 台保护跳闸。"],
        ["客户要求", "换货"],
        ["填表人", "郑晓东", "主管", "林海"],
        [],
        *history,
    ]


def test_a_revision_history_at_the_foot_invents_no_penalty(tmp_path) -> None:
    doc = _read(
        tmp_path,
        _complaint(
            [
                ["修订记录"],
                ["版本", "修订内容", "生效日期", "核准"],
                ["A/0", "新制定", "2018-03-01", "程立"],
                ["B/1", "增加客户要求栏", "2021-09-15", "程立"],
            ]
        ),
        "complaint",
    )
    assert doc["record"]["penalties"] in ([], None)
    assert doc["record"]["number"] == "KS-3107-02"


def test_a_penalty_table_under_its_own_heading_still_reads_its_codes(tmp_path) -> None:
    doc = _read(
        tmp_path,
        _complaint(
            [
                ["受罚单位/人员", "责任代码", "处分", "金额"],
                ["装配车间", "C", "警告", 200],
            ]
        ),
        "complaint",
    )
    penalties = doc["record"]["penalties"]
    assert penalties and penalties[0]["target"] == "装配车间" and penalties[0]["code"] == "C"


def _return_note(reason: str) -> list[list[Any]]:
    return [
        ["成品退货单"],
        ["退货单号", "TH-0805-03", "退货日期", "2026-08-05"],
        ["客户名称", "常州迅达电器有限公司", "客诉单号", "KS-3107-02"],
        ["料号", "品名", "核准数量", "退货数量", "单价", "金额"],
        ["MT-220-B", "微电机 220B", 36, 36, 85, 3060],
        ["退货原因", reason],
        ["处理方式", "重工"],
        ["仓管", "马丽", "核准", "林海"],
    ]


def test_a_reason_ticked_in_a_row_of_boxes_is_the_words_ticked(tmp_path) -> None:
    doc = _read(tmp_path, _return_note("□交期延误  ☑规格不符  □客户取消  □其他"), "return")
    assert doc["record"]["reason"] == "规格不符"


def test_a_reason_written_out_stays_as_typed(tmp_path) -> None:
    doc = _read(tmp_path, _return_note("端盖□形装配间隙超差，客户拒收"), "return")
    assert doc["record"]["reason"] == "端盖□形装配间隙超差，客户拒收"


def test_the_words_ticked_in_a_row_of_boxes() -> None:
    assert ticked_text("☑Wrong colour ☐Late ☑Damaged in transit") == "Wrong colour, Damaged in transit"
    assert ticked_text("(√)来料不良 ( )制程不良") == "来料不良"
    assert ticked_text("□来料不良 □制程不良") == ""
    assert ticked_text("客户说 ☑ 已确认") is None  # one box in a sentence: no row of options
    assert ticked_text("来料不良") is None
