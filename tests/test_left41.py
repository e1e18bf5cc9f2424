"""What round 41's helpers left open in the reader (issue 10: a wrong value always carries an error
or a warning on its field), each on a small workbook built here:

- **An approval's flow id** (钉钉 ``审批编号``) is the complaint's number only where the approval is
  the complaint: read and shown (``low_confidence``), as a ticket's ``Key`` is; the kind still
  recognised by it; the complaint's own number under the labels such an approval prints it by
  (``关联客诉单``, ``ERP客诉单号``, ``客诉号`` …) wins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

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
