"""What round 36's review of the reader found and nobody mended (issue 10: never silent).

- **A step's heading with a date beside it and its text under it** (``D3 Containment |
  2026-03-06`` over ``| All stock sorted …``, ``D3 临时对策`` alike) reads the text under it as the
  step's and the date as its due date; the heading was set aside as a deadline's, its text lost.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows

_HEAD: list[list[Any]] = [
    ["8D Report"],
    ["8D No.", "8D-2026-418"],
    ["Customer", "Ridgeway Motors"],
    ["Part No.", "RM-5520-B"],
    ["Opened date", "2026-03-05"],
    ["D1 Team", "Chen Li (leader), Xu Wen"],
    ["D2 Problem description", "Burr on bracket edge, 64 pcs rejected at incoming inspection."],
]
_HEAD_ZH: list[list[Any]] = [
    ["8D报告"],
    ["8D编号", "8D-2026-418"],
    ["客户", "远桥汽车"],
    ["零件号", "RM-5520-B"],
    ["立案日期", "2026-03-05"],
    ["D1 小组", "陈立（组长）、许文"],
    ["D2 问题描述", "支架边缘毛刺，来料检验拒收64件。"],
]


def _read(tmp_path: Path, rows: list[list[Any]], name: str) -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, name, width=30), "8d")


# ------------------------------------------------ a date beside a step's heading, its text under it
@pytest.mark.parametrize(
    ("head", "step", "text", "after"),
    [
        (
            _HEAD,
            "D3 Containment",
            "All stock sorted, 800 pcs checked, 9 NG scrapped.",
            [["D4 Root cause", "Die edge chipped; no edge check in the PM plan."]],
        ),
        (_HEAD_ZH, "D3 临时对策", "库存800件全检，挑出9件不良报废。", [["D4 真因分析", "模具刃口崩缺。"]]),
    ],
)
def test_the_text_under_a_dated_step_heading_is_the_steps(
    tmp_path: Path, head: list[list[Any]], step: str, text: str, after: list[list[Any]]
) -> None:
    rows = [*head, [step, "2026-03-06"], [None, text], *after]
    doc = _read(tmp_path, rows, "dated_step.xlsx")
    [action] = doc["record"]["containment"]
    assert action["action"] == text
    assert action["due_date"] == "2026-03-06"


def test_a_deadline_beside_a_word_of_the_step_still_heads_no_text(tmp_path: Path) -> None:
    """rh36's rule kept: ``24H Containment: | 2026-03-06`` (no step's number) over the real D3."""
    rows = [
        *_HEAD,
        ["24H Containment:", "2026-03-06"],
        ["D3 Interim containment", "Stock sorted at our dock."],
        ["D4 Root cause", "Die edge chipped."],
    ]
    doc = _read(tmp_path, rows, "deadline.xlsx")
    [action] = doc["record"]["containment"]
    assert action["action"] == "Stock sorted at our dock."
