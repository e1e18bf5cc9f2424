"""Silent misreads found by round 41's review (issue 10: a wrong value always carries an error or a
warning on its field), each on a small workbook built here:

- **A yes/no answer with a note in brackets** (``否（待确认）``, ``有（客户未寄回）``): the answer is read
  and the note set aside — said (``value_with_comment``), never a firm "no" without a word.
- **A count given in packages** (``3箱``, ``2卷``) under a count of pieces: the figure is read and said
  (``qty_in_packages``): how many pieces a package holds the cell does not say.
- **A name or number masked otherwise than by two asterisks** (``张*``, ``李*明``, ``张某某``, ``张XX``,
  ``5830#####9902``, ``5830…9902``): kept and warned ``value_masked``.
- **A code in a cell Excel holds as a date** (a part number ``3-12`` Excel made 12 March, a lot
  shown ``yymmdd``): read as the date and warned ``code_is_a_date``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from test_fixrv40 import COMPLAINT_ROWS

WIDTH = 22

HEAD: list[list[Any]] = COMPLAINT_ROWS  # (a customer's own complaint sheet, the review's probes)


def _with(label: str, value: Any, rows: list[list[Any]] = HEAD) -> list[list[Any]]:
    """``rows`` with the value right of ``label`` replaced (or a row ``label | value`` added)."""
    out = [list(r) for r in rows]
    for row in out:
        if label in row:
            row[row.index(label) + 1] = value
            return out
    return [*out, [label, value]]


def _complaint(tmp_path: Path, rows: list[list[Any]]) -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")


# ------------------------------------------------------------------ a yes/no with a note in brackets
@pytest.mark.parametrize(
    ("label", "typed", "field", "read"),
    [
        ("影响功能或安全", "否（待确认）", "safety_related", False),
        ("影响功能或安全", "是(客户认为)", "safety_related", True),
        ("异常样品", "有（客户未寄回）", "sample_received", True),
    ],
)
def test_a_yes_no_with_a_note_in_brackets_is_read_and_the_note_said(
    tmp_path: Path, label: str, typed: str, field: str, read: bool
) -> None:
    doc = _complaint(tmp_path, _with(label, typed))
    assert doc["record"][field] is read
    assert "value_with_comment" in field_codes(doc, field)


def test_a_plain_yes_no_says_nothing(tmp_path: Path) -> None:
    doc = _complaint(tmp_path, _with("影响功能或安全", "否"))
    assert doc["record"]["safety_related"] is False
    assert not field_codes(doc, "safety_related")


# ------------------------------------------------------------------ a count given in packages
@pytest.mark.parametrize(("typed", "figure"), [("3箱", 3), ("2卷", 2), ("5 盒", 5), ("4包", 4), ("2桶", 2)])
def test_a_count_in_packages_is_read_and_said(tmp_path: Path, typed: str, figure: int) -> None:
    doc = _complaint(tmp_path, _with("不良数量", typed))
    assert doc["record"]["defect_qty"] == figure
    assert "qty_in_packages" in field_codes(doc, "defect_qty")
    # (the rate worked out from it is as doubtful as the count, and said so)
    assert field_codes(doc, "defect_rate")


def test_a_return_lines_count_in_packages_is_said(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-2611-017", "退货日期", "2026-11-21"],
        ["客户", "华辰五金有限公司", "客诉编号", "KS-2026-0399"],
        [],
        ["料号", "品名规格", "退货数量", "退货原因"],
        ["C-2231-07", "M6 弹簧垫片", "3箱", "电镀发黑"],
        ["C-2231-08", "M8 平垫", "1500", "尺寸超差"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")
    assert [i["qty_returned"] for i in doc["record"]["items"]] == [3, 1500]
    assert "qty_in_packages" in field_codes(doc, "items[0].qty_returned")
    assert "qty_in_packages" not in field_codes(doc, "items[1].qty_returned")


@pytest.mark.parametrize("typed", ["360", "360件", "360 pcs", "3箱(每箱120pcs)"])
def test_a_count_of_pieces_is_no_count_in_packages(tmp_path: Path, typed: str) -> None:
    doc = _complaint(tmp_path, _with("不良数量", typed))
    assert doc["record"]["defect_qty"] == 360
    assert "qty_in_packages" not in field_codes(doc, "defect_qty")


def test_a_label_counting_packages_takes_its_packages(tmp_path: Path) -> None:
    """``数量(箱)`` over ``3箱``: the label names what is counted, nothing to say."""
    doc = _complaint(tmp_path, [r for r in HEAD if r[:1] != ["要求数量"]] + [["要求数量(箱)", "3箱"]])
    assert doc["record"]["requested_qty"] == 3
    assert "qty_in_packages" not in field_codes(doc, "requested_qty")


# ------------------------------------------------------------------ masks
@pytest.mark.parametrize("typed", ["张*", "李*明", "*明", "欧阳*", "张某某", "王某", "张XX", "李xx"])
def test_a_masked_or_anonymised_name_is_warned(tmp_path: Path, typed: str) -> None:
    doc = _complaint(tmp_path, _with("客户名称", typed))
    assert doc["record"]["customer"] == typed
    assert "value_masked" in field_codes(doc, "customer")


@pytest.mark.parametrize("typed", ["5830#####9902", "5830…9902", "5830...9902", "5830⋯9902"])
def test_a_number_masked_by_hashes_or_elided_is_warned(tmp_path: Path, typed: str) -> None:
    doc = _complaint(tmp_path, _with("订单号", typed))
    assert "value_masked" in field_codes(doc, "order_no")


@pytest.mark.parametrize(
    ("label", "typed"),
    [
        ("客户名称", "张三"),
        ("客户名称", "华辰五金有限公司*"),
        ("订单号", "PO#2611-088"),
        ("品名", "M6*20 弹簧垫片"),
    ],
)
def test_no_mask_where_nothing_is_hidden(tmp_path: Path, label: str, typed: str) -> None:
    doc = _complaint(tmp_path, _with(label, typed))
    field = {"客户名称": "customer", "订单号": "order_no", "品名": "part_name"}[label]
    assert "value_masked" not in field_codes(doc, field)


# ------------------------------------------------------------------ a code Excel made a date
def _dated_code_book(tmp_path: Path, label: str, day: dt.datetime, number_format: str) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in [r for r in HEAD if label not in r] + [[label, None]]:
        ws.append(row)
    cell = ws.cell(ws.max_row, 2, day)
    cell.number_format = number_format
    for col in "ABCD":
        ws.column_dimensions[col].width = WIDTH
    path = tmp_path / "dated.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("label", "field", "day", "number_format"),
    [
        ("料号", "part_no", dt.datetime(2026, 3, 12), "d-mmm"),  # 3-12 typed, Excel's 12-Mar
        ("批号", "lot_no", dt.datetime(2026, 11, 2), "yymmdd"),  # shown 261102
        ("订单号", "order_no", dt.datetime(2026, 11, 2), "yyyy/m/d"),
    ],
)
def test_a_code_in_a_date_cell_is_read_and_warned(
    tmp_path: Path, label: str, field: str, day: dt.datetime, number_format: str
) -> None:
    doc = read_doc(_dated_code_book(tmp_path, label, day, number_format), "complaint")
    assert doc["record"][field] == day.date().isoformat()
    assert "code_is_a_date" in field_codes(doc, field)


def test_a_code_typed_as_text_is_no_date(tmp_path: Path) -> None:
    doc = _complaint(tmp_path, HEAD)
    assert doc["record"]["part_no"] == "C-2231-07"
    assert "code_is_a_date" not in field_codes(doc, "part_no")
    assert "code_is_a_date" not in field_codes(doc, "received_date")


# ------------------------------------------------------------------ a step's text joined across a row's cells
EIGHT_D: list[list[Any]] = [
    ["矯正措施報告（8D）"],
    ["報告編號", "CAR-HS-0812", "開立日期", "2026-08-12"],
    ["客戶", "瀚宇彩晶股份有限公司", "料號", "HS-BRK-3310"],
    ["問題描述", "支架毛邊刮傷面板。"],
]


@pytest.mark.parametrize(
    ("rows", "path", "text"),
    [
        (  # an owner and a due date in the next cells, no header over them
            [
                ["D3 暫時對策", "在庫 1,600 PCS 全檢。", "王強", "2026-08-13"],
                ["根本原因", "模具刃口崩角未更換。"],
            ],
            "containment[0].action",
            "在庫 1,600 PCS 全檢。",
        ),
        (
            [
                ["暫時對策", "在庫全檢。"],
                ["根本原因", "模具刃口崩角未更換。"],
                ["永久對策", "刃口壽命管理。", "2026-08-20"],
            ],
            "corrective_actions[0].action",
            "刃口壽命管理。",
        ),
        (  # a lone cause row with its share beside it (sidenote40 reads it beside a second cause row)
            [
                ["暫時對策", "在庫全檢。"],
                ["真因分析", "模具刃口崩角未更換。", "貢獻度 60%"],
                ["永久對策", "刃口壽命管理。"],
            ],
            "root_cause[0].cause",
            "模具刃口崩角未更換。",
        ),
    ],
)
def test_a_steps_text_joined_with_another_columns_cell_is_warned(
    tmp_path: Path, rows: list[list[Any]], path: str, text: str
) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, EIGHT_D + rows, width=WIDTH), "8d")
    key, rest = path.split("[0].")
    read = doc["record"][key][0][rest]
    assert read.startswith(text)
    if read != text:  # joined with the owner, the date or the share: never silently
        assert "text_joins_cells" in field_codes(doc, path)


def test_a_steps_text_in_one_cell_says_nothing(tmp_path: Path) -> None:
    rows = [
        ["暫時對策", "在庫 1,600 PCS 全檢，王強負責。"],
        ["根本原因", "模具刃口崩角未更換。"],
        ["永久對策", "刃口壽命管理。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, EIGHT_D + rows, width=WIDTH), "8d")
    assert doc["record"]["containment"][0]["action"] == "在庫 1,600 PCS 全檢，王強負責。"
    assert "text_joins_cells" not in field_codes(doc, "containment[0].action")
