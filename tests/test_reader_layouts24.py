"""Layouts the reader still missed in the twenty-fourth round (issue 10, dev25-fixb), each on a
form of our own (openpyxl, printed to PDF by LibreOffice), read back through ``kesu parse``:

- a 銷貨折讓證明單 whose values stand on ruled lines with their captions printed UNDER them in
  small type (``台灣精密股份有限公司`` over ``買受人名稱``), the form's title over the first column:
  the title is the column's head, not a caption of the line under it (before: the four values of
  that column were lost on the workbook);
- serial numbers on a line of their own under a return's item (``S/N: A123, A124``, ``序號：…``):
  the item's, and the table goes on (before: every line after the first was lost);
- an 8D's steps D4–D6 written in one cell, as a numbered list (``1. D4 根本原因：…``) or run on
  in one line (``…缩水。 D4 流出原因：…``): one step a line (before: a cause lost, the D6 result
  lost, ``D5`` glued to the end of a cause, the closing date read as the D6 action);
- a Lithuanian–English 8D whose cause captions carry a long Lithuanian half in front (``D4
  Šakninė nepastebėjimo priežastis (kodėl defektas nebuvo aptiktas) / Escape cause``): the short
  English half names the cause's type (before: the escape cause lost; on the print the causes
  shifted by a row, silently);
- an 8D whose D1 team is a table (name | department | role) inside the step table: the members
  with their roles, and the steps under it read under the step table's own header (before: the
  D2 statement read as a member's line, D3's owner and date lost).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from kesu_docs.parse.steps import steps_on_lines
from kesu_docs.parse.table_lines import serial_line

THIN = Side(style="thin")
BOXED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _sheet(widths: dict[str, float]) -> tuple[Workbook, Any]:
    wb = Workbook()
    ws = wb.active
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    # one page wide, as a clerk sets a form up to print
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return wb, ws


def _both(src: Path, tmp_path: Path) -> list[Path]:
    return [src, soffice_convert(src, "pdf", tmp_path / "printed")]


def _read(path: Path, kind: str) -> dict[str, Any]:
    _code, [doc] = parse_cli(path, "--kind", kind)
    return doc


def _codes(doc: dict[str, Any]) -> set[str]:
    return {p["code"] for p in doc["errors"] + doc["warnings"]}


# ---------------------------------------------------------------------------------- captions under lines
def _allowance_captions_under(path: Path) -> Path:
    wb, ws = _sheet({"A": 30, "B": 6, "C": 30, "D": 8})
    ws["A1"] = "銷貨折讓證明單"
    ws["A1"].font = Font(size=16)
    lines = [
        ("A3", "台灣精密股份有限公司", "買受人名稱"),
        ("C3", "24567891", "統一編號"),
        ("A6", "AB12345678", "發票號碼"),
        ("C6", "2026-11-05", "發票日期"),
        ("A9", "TW-ALW-2611-012", "折讓單號"),
        ("C9", "2026-11-20", "開立日期"),
        ("A12", "CC-2611-0142", "客訴編號"),
    ]
    for ref, value, caption in lines:
        ws[ref] = value
        ws[ref].border = Border(bottom=THIN)  # the value on its ruled line
        under = f"{ref[0]}{int(ref[1:]) + 1}"
        ws[under] = caption
        ws[under].font = Font(size=8)  # the caption under it in small type
    table = [["品名", "數量", "單價", "折讓金額"], ["鋁殼", 100, 12.5, 1250], ["螺絲", 1000, 0.3, 300]]
    for r, line in enumerate(table, start=15):
        for c, v in enumerate(line, start=1):
            ws.cell(r, c, v).border = BOXED
    wb.save(path)
    return path


def test_values_over_their_captions_under_the_forms_title_are_read(tmp_path):
    for path in _both(_allowance_captions_under(tmp_path / "allowance.xlsx"), tmp_path):
        doc = _read(path, "allowance")
        record = doc["record"]
        got = {k: record[k] for k in ("number", "complaint_number", "buyer", "buyer_tax_id", "invoice_no")}
        assert got == {
            "number": "TW-ALW-2611-012",
            "complaint_number": "CC-2611-0142",
            "buyer": "台灣精密股份有限公司",
            "buyer_tax_id": "24567891",
            "invoice_no": "AB12345678",
        }, path.suffix
        assert (record["invoice_date"], record["issue_date"]) == ("2026-11-05", "2026-11-20"), path.suffix
        assert [line["allowance_amount"] for line in record["items"]] == ["1250.00", "300.00"], path.suffix
        assert not doc["errors"], (path.suffix, doc["errors"])


# ---------------------------------------------------------------------------------- serial lines
def _return_with_serials(path: Path, serials: list[str]) -> Path:
    wb, ws = _sheet({"A": 16, "B": 22, "C": 10, "D": 10, "E": 12})
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-SZ-2611-031"],
        ["退货日期", "2026-11-14"],
        ["客户名称", "苏州汇川电子有限公司"],
        ["投诉编号", "CC-2611-0088"],
        ["退货原因", "显示屏亮点，客户拒收。"],
        ["处理方式", "返工"],
        [],
        ["料号", "品名", "批准数量", "退回数量", "单价"],
        ["LCD-7701", "显示屏", 3, 3, 120.5],
        [serials[0]],
        ["LCD-7702", "背光板", 2, 2, 45],
        [serials[1]],
        ["LCD-7703", "排线", 40, 38, 2.2],
    ]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "serials",
    [["S/N: A123, A124, A125", "序号: B881, B882"], ["Serial Nos. 7731-7733", "序號：C-0091～C-0092"]],
    ids=["sn-and-xuhao", "serial-nos-and-range"],
)
def test_serial_number_lines_under_items_do_not_end_the_table(tmp_path, serials):
    for path in _both(_return_with_serials(tmp_path / "return.xlsx", serials), tmp_path):
        doc = _read(path, "return")
        items = doc["record"]["items"]
        assert [(i["part_no"], i["qty_approved"], i["qty_returned"]) for i in items] == [
            ("LCD-7701", 3, 3),
            ("LCD-7702", 2, 2),
            ("LCD-7703", 40, 38),
        ], path.suffix
        assert [i["unit_price"] for i in items] == ["120.50", "45.00", "2.20"], path.suffix
        assert "unread_label" not in _codes(doc), path.suffix  # the serials are the items' own


@pytest.mark.parametrize(
    ("text", "serials"),
    [
        ("S/N: A123, A124", True),
        ("SN: X1", True),
        ("序號：B881～B885", True),
        ("序号", False),  # the line-number column's header
        ("Serial number: pending", False),  # no code with a figure
        ("备注: 3 件", False),  # a note
        ("S/N:", False),
    ],
)
def test_a_serial_line_is_a_caption_then_codes(text, serials):
    from kesu_docs.parse.boxes import Box

    assert serial_line([Box(text, text, 0, 0, 100, 10, "p1")]) is serials


# ---------------------------------------------------------------------------------- steps in one cell
ONE_CELL = {
    "numbered": (
        "1. D4 根本原因：注塑保压时间过短，产品缩水。\n2. D4 流出原因：终检未测量壁厚。\n"
        "3. D5 永久措施：保压时间由 3 s 改为 5 s。\n4. D6 效果验证：连续 6 批壁厚全部合格。"
    ),
    "run-on": (
        "D4 发生原因：注塑保压时间过短，产品缩水。 D4 流出原因：终检未测量壁厚。 "
        "D5 永久措施：保压时间由 3 s 改为 5 s。 D6 效果验证：连续 6 批壁厚全部合格。"
    ),
}


def _steps_in_one_cell(path: Path, text: str) -> Path:
    wb, ws = _sheet({"A": 16, "B": 60})
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-CZ-2611-010"],
        ["客户", "常州星宇车灯股份有限公司"],
        ["零件号", "CZ-LMP-2209"],
        ["投诉数量", 60],
        ["D1 小组", "赵敏（组长），钱坤，孙丽"],
        ["D2 问题描述", "灯壳缩水，60 件外观不良。"],
        ["D3 临时措施", "在库 1,200 件全检。"],
        ["原因与对策", text],
        ["D8 结案日期", "2026-12-11"],
    ]
    for row in rows:
        ws.append(row)
    ws["B9"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[9].height = 110
    wb.save(path)
    return path


@pytest.mark.parametrize("layout", list(ONE_CELL))
def test_an_8d_s_steps_in_one_cell_are_read_step_by_step(tmp_path, layout):
    for path in _both(_steps_in_one_cell(tmp_path / "8d.xlsx", ONE_CELL[layout]), tmp_path):
        record = _read(path, "8d")["record"]
        causes = {row["type"]: row["cause"] for row in record["root_cause"]}
        assert causes == {"occurrence": "注塑保压时间过短，产品缩水。", "escape": "终检未测量壁厚。"}, (
            path.suffix
        )
        assert [a["action"] for a in record["corrective_actions"]] == ["保压时间由 3 s 改为 5 s。"], (
            path.suffix
        )
        assert [(i["action"], i["result"]) for i in record["implementation"]] == [
            (None, "连续 6 批壁厚全部合格。")
        ], path.suffix
        assert record["closure"]["closed_date"] == "2026-12-11", path.suffix
        assert record["containment"][0]["action"] == "在库 1,200 件全检。", path.suffix


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("1. D4 根本原因：甲。\n2. D5 永久措施：乙。", ["D4 根本原因：甲。", "D5 永久措施：乙。"]),
        ("D4 Root cause: x. D5 Action: y", ["D4 Root cause: x.", "D5 Action: y"]),
        (
            "流出原因：终检未测量壁厚。 D5",
            ["流出原因：终检未测量壁厚。", "D5"],
        ),  # a printed line ending on a step
        ("Rev. D2 drawing was used. D3 not needed.", None),  # prose naming steps: left whole
        ("see D4 and D5 of the last report", None),
        ("D4 根本原因: A\nD4 流出原因: B", None),  # a step a line already
    ],
)
def test_steps_are_cut_at_their_headings_only(text, lines):
    out = steps_on_lines(text)
    assert (out.split("\n") if out is not None else None) == lines


# ---------------------------------------------------------------------------------- long foreign half
OCCURRENCE_LT = "D4 Šakninė atsiradimo priežastis (kodėl defektas atsirado) / Occurrence cause"
ESCAPE_LT = "D4 Šakninė nepastebėjimo priežastis (kodėl defektas nebuvo aptiktas) / Escape cause"


def _lithuanian_8d(path: Path, layout: str) -> Path:
    wb, ws = _sheet({"A": 46, "B": 50})
    rows: list[list[Any]] = [
        ["8D ataskaita / 8D Report"],
        ["Ataskaitos Nr. / Report No.", "8D-LT-2611-005"],
        ["Klientas / Customer", "UAB Elektronikos Gamyba"],
        ["Detalės Nr. / Part No.", "LT-CON-5502"],
        ["D2 Problemos aprašymas / Problem description", "Jungties kontaktai oksiduoti, 90 vnt."],
    ]
    causes = [("Per didelė drėgmė sandėlyje.", "Atsiradimo priežastis / Occurrence cause", OCCURRENCE_LT)]
    causes += [("Galutinė patikra netikrino kontaktų.", "Nepastebėjimo priežastis / Escape cause", ESCAPE_LT)]
    for text, short, long in causes:
        if layout == "beside":  # the long caption beside its text, wrapping inside its bracket on the print
            rows.append([long, text])
        else:  # a heading over its text (a Word-like 8D typed down one column)
            rows += [[f"D4 {short}"], [text]]
    rows.append(["D5 Korekciniai veiksmai / Corrective actions", "Įrengtas sausintuvas."])
    for row in rows:
        ws.append(row)
    for r in range(1, ws.max_row + 1):
        for c in (1, 2):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        if len(str(ws.cell(r, 1).value)) > 48:
            ws.row_dimensions[r].height = 30  # the caption wraps inside its bracket on the print
    wb.save(path)
    return path


@pytest.mark.parametrize("layout", ["beside", "heading-over-text"])
def test_a_foreign_half_in_front_leaves_the_english_half_to_name_the_cause(tmp_path, layout):
    for path in _both(_lithuanian_8d(tmp_path / "8d-lt.xlsx", layout), tmp_path):
        record = _read(path, "8d")["record"]
        causes = {row["type"]: row["cause"] for row in record["root_cause"]}
        assert causes == {
            "occurrence": "Per didelė drėgmė sandėlyje.",
            "escape": "Galutinė patikra netikrino kontaktų.",
        }, path.suffix
        assert [a["action"] for a in record["corrective_actions"]] == ["Įrengtas sausintuvas."], path.suffix


def test_a_caption_spilling_into_the_next_row_never_shifts_the_causes(tmp_path):
    """The same 8D with the rows left at their default height: on the print each long caption's
    last line (``atsirado) / Occurrence cause``) runs into the next row, beside the NEXT cause's
    text. That line is a wrapped caption's tail, no row of its own: a cause is read right or
    not at all (reported required), never the next row's text under this row's type."""
    from openpyxl import load_workbook

    src = _lithuanian_8d(tmp_path / "8d-lt.xlsx", "beside")
    wb = load_workbook(src)
    for r in range(1, wb.active.max_row + 1):
        wb.active.row_dimensions[r].height = None
    wb.save(src)
    doc = _read(soffice_convert(src, "pdf", tmp_path / "printed"), "8d")
    causes = {row["type"]: row["cause"] for row in doc["record"]["root_cause"] or []}
    right = {"occurrence": "Per didelė drėgmė sandėlyje.", "escape": "Galutinė patikra netikrino kontaktų."}
    assert all(right[kind] == text for kind, text in causes.items()), causes
    if len(causes) < 2:
        assert any(p["field"] == "root_cause" for p in doc["errors"]), doc["errors"]


# ---------------------------------------------------------------------------------- team in the step table
def _team_in_step_table(path: Path) -> Path:
    wb, ws = _sheet({"A": 16, "B": 28, "C": 14, "D": 14})
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-WX-2611-018"],
        ["客户", "无锡威孚高科技集团股份有限公司"],
        ["零件号", "WX-PMP-4411"],
        ["投诉数量", 150],
        [],
        ["步骤", "内容", "负责人", "完成日期"],
        ["D1 小组成员", "姓名", "部门", "角色"],
        [None, "陈静", "质量部", "组长"],
        [None, "王磊", "生产部", "组员"],
        [None, "李娜", "工程部", "组员"],
        ["D2 问题描述", "泵体漏油，150 件气密不合格。"],
        ["D3 临时措施", "在库 2,000 件全数气密测试。", "王磊", "2026-11-20"],
        ["D4 产生原因", "O 型圈压缩量不足。"],
        ["D4 流出原因", "气密测试压力设定偏低。"],
        ["D5 纠正措施", "O 型圈槽深改为 2.1 mm。", "李娜", "2026-12-01"],
        ["D8 结案日期", "2026-12-20"],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A8:A11")
    for line in ws.iter_rows(min_row=7, max_row=17, max_col=4):
        for cell in line:
            cell.border = BOXED
    wb.save(path)
    return path


def test_a_team_table_inside_the_step_table_reads_its_members_and_the_steps_under_it(tmp_path):
    for path in _both(_team_in_step_table(tmp_path / "8d-team.xlsx"), tmp_path):
        doc = _read(path, "8d")
        record = doc["record"]
        assert [(m["name"], m["dept"], m["role"]) for m in record["team"]] == [
            ("陈静", "质量部", "leader"),
            ("王磊", "生产部", "member"),
            ("李娜", "工程部", "member"),
        ], path.suffix
        assert record["problem"]["statement"] == "泵体漏油，150 件气密不合格。", path.suffix
        assert record["problem"]["who"] is None, path.suffix
        [containment] = record["containment"]
        assert (containment["action"], containment["owner"], containment["done_date"]) == (
            "在库 2,000 件全数气密测试。",
            "王磊",
            "2026-11-20",
        ), path.suffix
        [action] = record["corrective_actions"]
        assert (action["owner"], action["due_date"]) == ("李娜", "2026-12-01"), path.suffix
        assert {"table_row_unclear", "value_not_a_name"}.isdisjoint(_codes(doc)), path.suffix
