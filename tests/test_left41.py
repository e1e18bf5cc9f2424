"""What round 41's helpers left open in the reader (issue 10: a wrong value always carries an error
or a warning on its field), each on a small workbook built here:

- **An approval's flow id** (钉钉 ``审批编号``) is the complaint's number only where the approval is
  the complaint: read and shown (``low_confidence``), as a ticket's ``Key`` is; the kind still
  recognised by it; the complaint's own number under the labels such an approval prints it by
  (``关联客诉单``, ``ERP客诉单号``, ``客诉号`` …) wins.
- **A per-unit rate** (``100/MT``, ``5元/吨``, ``USD 12/pc``): one option's remark, its slash no
  list's separator (before, ``Compensation USD 100`` and ``MT`` were two options, refused).
- **A refund joined to a compensation** (``退款並賠償``): the money paid both — compensation.
- **A count of packages in English** (``4 cartons``, ``3 ctns``): read and said (``qty_in_packages``),
  as ``3箱`` is (refused before: the same habit loud in English, quiet in Chinese).
- **A code Excel shows in scientific notation** (``1.00E+05``): read as the figure and said
  (``code_in_scientific``): the code typed may be neither.
- **Counts beside options** (``退货200，换货160``, ``Compensation USD 100/MT``): said as the choice's
  remark (``choice_with_remark``), never dropped unsaid; a list's number (``1.退货``) is none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from test_review41 import _with  # (the review's probes: the complaint sheet with one value put)

WIDTH = 22

# a DingTalk approval's export of a complaint (review41's F3)
APPROVAL: list[list[Any]] = [
    ["客诉处理审批"],
    ["审批编号", "202611201530000123"],
    ["创建时间", "2026-11-20 15:30"],
    ["发起人", "王芳"],
    ["客户名称", "华辰五金有限公司"],
    ["料号", "C-2231-07"],
    ["出货日期", "2026-11-02"],
    ["出货数量", "20000"],
    ["不良数量", "360"],
    ["问题描述", "电镀发黑"],
    ["客户要求", "退货"],
    ["要求数量", "360"],
]


def _read(tmp_path: Path, rows: list[list[Any]], kind: str | None = "complaint") -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), kind)


# ------------------------------------------------------------------ an approval's flow id
def test_an_approvals_flow_id_alone_is_read_and_shown(tmp_path: Path) -> None:
    doc = _read(tmp_path, APPROVAL)
    assert doc["record"]["number"] == "202611201530000123"
    assert "low_confidence" in field_codes(doc, "number")


@pytest.mark.parametrize("label", ["关联客诉单", "关联客诉编号", "ERP客诉单号", "质量反馈单号", "客诉号"])
def test_the_complaints_own_number_beside_the_flow_id_wins(tmp_path: Path, label: str) -> None:
    doc = _read(tmp_path, [*APPROVAL, [label, "KS-2026-0415"]])
    assert doc["record"]["number"] == "KS-2026-0415"
    assert "low_confidence" not in field_codes(doc, "number")


def test_an_approval_is_recognised_by_its_flow_id(tmp_path: Path) -> None:
    # a 钉钉 export of the approvals' fields, a header over one row, no title: the flow id counts
    # towards the kind (the form's required labels it carries)
    rows = [
        ["审批编号", "审批状态", "发起时间", "发起人", "客户名称", "料号", "不良数量", "问题描述"],
        [
            "202611201530000123",
            "审批中",
            "2026-11-20 15:30",
            "王芳",
            "华辰五金有限公司",
            "C-2231-07",
            "360",
            "电镀发黑",
        ],
    ]
    doc = _read(tmp_path, rows, None)
    assert doc["kind"] == "complaint"
    assert doc["record"]["number"] == "202611201530000123"
    assert "low_confidence" in field_codes(doc, "number")


# ------------------------------------------------------------------ a per-unit rate's slash
@pytest.mark.parametrize(
    ("typed", "remark"),
    [("赔偿 5元/吨", "5元/吨"), ("补偿 USD 12/pc", "USD 12/pc"), ("赔偿 0.8元/kg", "0.8元/kg")],
)
def test_a_rate_is_one_options_remark_not_two_options(tmp_path: Path, typed: str, remark: str) -> None:
    doc = _read(tmp_path, _with("客户要求", typed))
    assert doc["record"]["customer_request"] == ["compensation"]
    [said] = [p for p in doc["warnings"] if p["field"] == "customer_request"]
    assert said["code"] == "choice_with_remark"
    assert remark in said["message"]


def test_an_english_request_with_a_rate_is_read(tmp_path: Path) -> None:
    doc = _read(tmp_path, _with("客户要求", "Compensation USD 100/MT"))
    assert doc["record"]["customer_request"] == ["compensation"]
    assert "invalid_choice" not in field_codes(doc, "customer_request")


def test_two_options_with_their_counts_are_still_two(tmp_path: Path) -> None:
    doc = _read(tmp_path, _with("客户要求", "退货200件/换货160件"))
    assert doc["record"]["customer_request"] == ["return", "replacement"]


# ------------------------------------------------------------------ a refund beside a compensation
@pytest.mark.parametrize("typed", ["退款並賠償", "退款并赔偿"])
def test_a_refund_and_a_compensation_is_the_compensation(tmp_path: Path, typed: str) -> None:
    doc = _read(tmp_path, _with("客户要求", typed))
    assert doc["record"]["customer_request"] == ["compensation"]


def test_a_refund_beside_another_option_is_still_refused(tmp_path: Path) -> None:
    # 退款 is of compensation's kin (and of return's), never a replacement's: no choice read
    doc = _read(tmp_path, _with("客户要求", "退款并换货"))
    assert doc["record"]["customer_request"] is None
    assert "invalid_choice" in field_codes(doc, "customer_request")


# ------------------------------------------------------------------ a count of packages in English
@pytest.mark.parametrize(("typed", "figure"), [("4 cartons", 4), ("3 ctns", 3), ("2 pallets", 2), ("3箱", 3)])
def test_an_english_count_of_packages_is_read_and_said(tmp_path: Path, typed: str, figure: int) -> None:
    doc = _read(tmp_path, _with("不良数量", typed))
    assert doc["record"]["defect_qty"] == figure
    assert field_codes(doc, "defect_qty") == {"qty_in_packages"}


# ------------------------------------------------------------------ a code in scientific notation
def _part_no_cell(tmp_path: Path, figure: int, number_format: str) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in _with("料号", figure):
        ws.append(row)
    for cells in ws.iter_rows():
        for cell in cells:
            if cell.value == figure:
                cell.number_format = number_format
    path = tmp_path / "form.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("number_format", ["0.00E+00", "##0.0E+0", "0.0E+0"])
def test_a_code_shown_in_scientific_notation_is_said(tmp_path: Path, number_format: str) -> None:
    doc = read_doc(_part_no_cell(tmp_path, 100000, number_format), "complaint")
    assert doc["record"]["part_no"] == "100000"
    assert "code_in_scientific" in field_codes(doc, "part_no")


def test_a_code_in_a_plain_number_cell_says_nothing(tmp_path: Path) -> None:
    doc = read_doc(_part_no_cell(tmp_path, 100000, "General"), "complaint")
    assert doc["record"]["part_no"] == "100000"
    assert "code_in_scientific" not in field_codes(doc, "part_no")


# ------------------------------------------------------------------ counts beside options
@pytest.mark.parametrize(
    ("typed", "remark"), [("退货200，换货160", "200、160"), ("Compensation USD 100/MT", "USD 100/MT")]
)
def test_counts_beside_options_are_said(tmp_path: Path, typed: str, remark: str) -> None:
    doc = _read(tmp_path, _with("客户要求", typed))
    assert doc["record"]["customer_request"] in (["return", "replacement"], ["compensation"])
    [said] = [p for p in doc["warnings"] if p["field"] == "customer_request"]
    assert said["code"] == "choice_with_remark"
    assert remark in said["message"]


@pytest.mark.parametrize("typed", ["1.退货", "(1)退货", "退货"])
def test_a_list_number_is_no_remark(tmp_path: Path, typed: str) -> None:
    doc = _read(tmp_path, _with("客户要求", typed))
    assert doc["record"]["customer_request"] == ["return"]
    assert not field_codes(doc, "customer_request")
