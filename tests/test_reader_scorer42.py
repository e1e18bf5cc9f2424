"""What the scorer's unlisted values (bench/holdout_score.py: a value in a field the expected file
lists in neither ``fields`` nor ``absent``) showed the reader doing silently (issue 10), each
rule read on forms of our own (values and wording not the sets').

- **A column of bare letters is no list of penalties**: the responsibility codes of a penalty
  are the letters A–N, and a form's revision history prints its versions as letters too
  (版次 A | 新制定 | 2023/02/15). A caption that is only an option's code letter names that option
  only under the table's own heading (行政处分); elsewhere the lines are not read as penalties.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows

WIDTH = 12

HEAD: list[list[Any]] = [
    ["客诉处理单"],
    ["客诉编号", "KS-2611-207"],
    ["受理日期", "2026-11-03"],
    ["客户名称", "宁波华科电器有限公司"],
    ["料号", "HK-PL-3302"],
    ["出货数量", 8000],
    ["不良数量", 96],
    ["异常描述", "插头端子氧化，接触不良。"],
    ["承办人", "周文斌"],
]


def _read(folder: Any, rows: list[list[Any]]) -> dict:
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), None)


def test_a_revision_history_lettered_a_b_c_is_no_list_of_penalties(tmp_path: Any) -> None:
    rows = [
        *HEAD,
        [],
        ["修订记录"],
        ["版次", "修订内容", "修订日期", "修订人"],
        ["A", "首次发行", "2022/05/10", "钱立新"],
        ["B", "增加客户要求栏", "2023/09/18", "钱立新"],
        ["C", "调整签核流程", "2025/01/06", "孔德胜"],
    ]
    doc = _read(tmp_path, rows)
    assert doc["kind"] == "complaint"
    assert doc["record"]["number"] == "KS-2611-207"
    assert not doc["record"].get("penalties"), doc["record"].get("penalties")


def test_lettered_lines_without_a_header_row_are_no_penalties_either(tmp_path: Any) -> None:
    """Two lines captioned A and B with a text beside them, no heading over them."""
    rows = [*HEAD, [], ["A", "外观检验标准更新"], ["B", "包装规范更新"]]
    doc = _read(tmp_path, rows)
    assert not doc["record"].get("penalties"), doc["record"].get("penalties")
