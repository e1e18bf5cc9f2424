"""Vertical block labels a print interleaves (issue 10): each label's letters back in its cell.

An 8D whose discipline names stand down the left of their blocks in Excel's stacked vertical
text (text rotation 255), each merged over fewer rows than its letters need: LibreOffice
centres each label on its cell and prints it over the borders, into the next block's label,
clipping a letter or two at each end. The page then holds one column of letters from several
labels (``单2 不`` …), and the blocks' values were read under no heading, or not at all.
The form is our own (other names, other wording than the held-out 8D it imitates).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import needs_soffice, read_doc, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from kesu_docs.parse.pdf import words_of
from kesu_docs.parse.pdf_cells import cells
from kesu_docs.parse.pdf_text import Word
from kesu_docs.parse.vertical_letters import untangled

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

# (first row, last row, the discipline's name as typed)
BLOCKS = [
    (3, 7, "D1小组名单"),
    (8, 10, "D2不良描述"),
    (11, 12, "D3围堵行动"),
    (13, 14, "D4原因分析"),
    (15, 16, "D5永久对策"),
    (17, 18, "D6效果确认"),
    (19, 20, "D7预防"),
    (21, 22, "D8结案"),
]
STATEMENT = "灯罩表面缩痕，客户总装线目检发现 14 件。"
CORRECTIVE = "保压时间调整为 6 秒并锁定参数；检验台照度提升到 1200 lux"


def _merged(ws, span: str, text: str) -> None:
    ws.merge_cells(span)
    first = span.split(":")[0]
    ws[first] = text
    ws[first].alignment = Alignment(wrap_text=True, vertical="top")


def _eightd(path: Path) -> Path:
    """An 8D 改善报告 with vertical discipline labels too long for their blocks."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for col, width in zip("ABCDEF", (6, 16, 20, 14, 14, 20)):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:F1")
    ws["A1"] = "8D 改善报告"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "编号", "8D-QX-2611", "客户名称", "常州星宇车灯股份有限公司"
    for top, bottom, name in BLOCKS:
        ws.merge_cells(f"A{top}:A{bottom}")
        head = ws[f"A{top}"]
        head.value = name
        head.font = Font(bold=True)
        head.fill = PatternFill("solid", fgColor="DDDDDD")
        head.alignment = Alignment(text_rotation=255, horizontal="center", vertical="center")
    for ref, text in (("B3", "姓名"), ("C3", "部门"), ("D3", "角色")):
        ws[ref] = text
    team = [("刘洋", "品质部", "组长"), ("何静", "注塑车间", "组员"), ("蒋涛", "模具课", "组员")]
    for r, (name, dept, role) in enumerate(team, start=4):
        ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = name, dept, role
    _merged(ws, "B8:F9", STATEMENT)
    ws["B10"], ws["C10"], ws["D10"], ws["E10"] = "不良数", 14, "批量", 3000
    _merged(ws, "B11:D12", "仓库 1,800 件全检，客户端 600 件挑选")
    ws["E11"], ws["F11"] = "完成日期", "2026-04-03"
    ws["B13"], ws["C13"] = "产生原因", "保压时间不足 2 秒"
    ws["B14"], ws["C14"] = "流出原因", "外观检验光源照度偏低"
    _merged(ws, "B15:F16", CORRECTIVE)
    _merged(ws, "B17:F18", "连续 3 批 9,000 件无缩痕")
    _merged(ws, "B19:F20", "同类产品工艺卡同步修订")
    ws["B21"], ws["C21"] = "结案日期", "2026-04-20"
    for row in ws["A2:F22"]:
        for cell in row:
            cell.border = _BOX
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # one page wide, as a clerk prints a form
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("vertical-tangle")
    return soffice_convert(_eightd(folder / "8d-vertical.xlsx"), "pdf", folder)


@needs_soffice
def test_each_block_cell_holds_its_own_label_letters_only(printed):
    words, rules, _form = words_of(printed.read_bytes())
    column = sorted(
        (c for c in cells(words, rules) if c.page == 1 and c.x0 < 60 and c.text), key=lambda c: c.top
    )
    heads = [c for c in column if c.text.startswith("D")]
    assert len(heads) == len(BLOCKS)
    for cell, (_top, _bottom, name) in zip(heads, BLOCKS):
        # the discipline's number, then what the print shows of the name: letters of it in order
        assert cell.text[:2] == name[:2], (cell.text, name)
        assert cell.text[2:] and cell.text[2:] in name[2:], (cell.text, name)


@needs_soffice
def test_the_blocks_values_are_read_under_their_disciplines_and_warned(printed):
    doc = read_doc(printed, kind="8d")
    record, warned = doc["record"], {p["field"] for p in doc["warnings"]}
    assert record["problem"]["statement"] == STATEMENT
    assert record["containment"][0]["action"] == "仓库 1,800 件全检，客户端 600 件挑选"
    assert str(record["containment"][0]["done_date"]) == "2026-04-03"
    assert record["corrective_actions"][0]["action"].replace("\n", "").replace(" ", "") == CORRECTIVE.replace(
        " ", ""
    )
    assert record["implementation"][0]["result"] == "连续 3 批 9,000 件无缩痕"
    # a heading known in part: what was read under it is said to be unsure
    assert {"problem.statement", "containment[0].action", "containment[0].done_date"} <= warned


def _column(*labels: tuple[str, float]) -> list[Word]:
    """Letters stacked 10 pt apart at one x, label after label in the text's order, each
    label's first letter at the height given (points from the top)."""
    out = []
    for text, top in labels:
        for i, letter in enumerate(text):
            y = top + 10 * i
            out.append(Word(letter, 1, 60.0, y, 67.0, y + 7.0))
    return out


def test_a_column_whose_labels_stand_apart_is_left_as_it_is():
    words = _column(("D1小组", 100.0), ("D2描述", 150.0))
    assert untangled(words) == (words, set())


def test_interleaved_labels_come_apart_and_hidden_numbers_come_back():
    # D1 … D4 printed whole; 2问题 and 围堵措 with their D (and more) hidden, 纠正措 between D4
    # and D7: D5 (its name is part of 纠正措施, a D5 label; no D6 label holds it)
    words = _column(
        ("D1小组成员", 100.0), ("2问题", 156.0), ("围堵措", 180.0), ("D4原因", 206.0),
        ("纠正措", 240.0), ("D7预防", 263.0),
    )  # fmt: skip
    joined, ids = untangled(words)
    assert [w.text for w in joined] == ["D1小组成员", "D2问题", "D3围堵措", "D4原因", "D5纠正措", "D7预防"]
    assert ids == {id(w) for w in joined}


def test_a_name_no_discipline_of_the_gap_holds_gets_no_number():
    # between D4 and D7 a name that is no part of a D5 or D6 label: left as it shows
    words = _column(("D4原因", 100.0), ("甲乙丙", 131.0), ("D7预防", 155.0))
    joined, _ids = untangled(words)
    assert [w.text for w in joined] == ["D4原因", "甲乙丙", "D7预防"]


def test_marks_printed_over_each_other_are_no_labels():
    # a column of option boxes with a tick printed over one: marks, not letters of labels
    boxes = [Word("□", 1, 60.0, 100.0 + 10 * i, 67.0, 107.0 + 10 * i) for i in range(4)]
    words = [*boxes, Word("√", 1, 60.0, 111.0, 67.0, 118.0)]
    assert untangled(words) == (words, set())


def test_a_letter_alone_in_the_column_stays_a_word_of_its_own():
    # a figure typed in the column far under the labels (a single-digit value): no label's letter
    words = [
        *_column(("D4原因", 100.0), ("纠正措", 131.0), ("D7预防", 155.0)),
        Word("3", 1, 60.0, 300.0, 67.0, 307.0),
    ]
    joined, ids = untangled(words)
    assert [w.text for w in joined] == ["D4原因", "D5纠正措", "D7预防", "3"]
    assert joined[-1] is words[-1] and id(words[-1]) not in ids
