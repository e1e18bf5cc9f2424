"""A person's name written with a department or function (``王强/品保部``, ``周立新/质量总监``,
``M. Keller (Finance)``, ``陳志明/品保課(組長)``), and numbered points on the lines of a cell a
printed form cuts short (``1、… 2、… 3、…`` taller than their merged cell).

Built on our own small workbooks (and their LibreOffice prints) and on the words and ruling
lines of a printed cell as the PDF reader sees them: the rule, not a particular file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from kesu_docs.parse import parse_paths
from kesu_docs.parse.guards import list_goes_on, split_name, unit_word
from kesu_docs.parse.pdf_bars import split_framed_pairs
from kesu_docs.parse.pdf_cells import cells
from kesu_docs.parse.pdf_text import Rule, Word


# ---------------------------------------------------------------------------------- the rule
@pytest.mark.parametrize(
    ("typed", "name", "extra"),
    [
        ("王强/品保部", "王强", "品保部"),
        ("周立新/质量总监", "周立新", "质量总监"),
        ("吳國華/品保經理", "吳國華", "品保經理"),
        ("张伟 / 品管部", "张伟", "品管部"),
        ("陳志明/品保課(組長)", "陳志明", "品保課(組長)"),
        ("品保部/王强", "王强", "品保部"),
        ("Li Ming / QA", "Li Ming", "QA"),
        ("M. Keller (Finance)", "M. Keller", "Finance"),
        ("Olivia Chen (Production)", "Olivia Chen", "Production"),
    ],
)
def test_a_name_with_its_department_or_function_is_the_person(typed, name, extra):
    assert split_name(typed) == (name, extra)


@pytest.mark.parametrize(
    "typed",
    [
        "张三/李四",  # two people: neither side is a department
        "品保/质量",  # two departments: no name
        "N/A",
        "John Smith (Zurich)",  # a place in brackets is no function the reader knows
        "王强",
    ],
)
def test_a_slash_or_bracket_without_a_department_is_not_split(typed):
    assert split_name(typed) is None


@pytest.mark.parametrize(
    "word", ["品保部", "製造課", "工程部门", "QA", "Finance", "质量总监", "品保部(组长)"]
)
def test_departments_and_functions_are_known_by_shape_and_by_the_role_words(word):
    assert unit_word(word)


@pytest.mark.parametrize("word", ["王强", "李娜", "Zurich", "Keller", "王科"])
def test_a_name_is_no_department(word):
    assert not unit_word(word)


# ---------------------------------------------------------------------------------- workbooks
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="D9D9D9")


def _form(
    tmp_path: Path, cells_: dict[str, str], merged: tuple[str, ...] = (), labels=(), heights=None
) -> Path:
    """A bordered form: labels shaded and centred, values top-aligned and wrapped; ``heights``:
    rows set by hand (a cell a little short for its lines)."""
    wb = Workbook()
    ws = wb.active
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # the whole width on one page, as forms print
    for col, width in zip("ABCDEF", (12, 18, 12, 18, 12, 22), strict=True):
        ws.column_dimensions[col].width = width
    for row, height in (heights or {}).items():
        ws.row_dimensions[row].height = height
    for span in merged:
        ws.merge_cells(span)
    for row in ws.iter_rows(min_row=1, max_row=max(int(r[1:]) for r in cells_), min_col=1, max_col=6):
        for cell in row:
            if cell.row > 2:
                cell.border = _BOX
    for ref, text in cells_.items():
        ws[ref] = text
        if ref in labels:
            ws[ref].font = Font(size=10)
        ws[ref].alignment = Alignment(vertical="center" if ref in labels else "top", wrap_text=True)
        if ref in labels:
            ws[ref].fill = _SHADE
    path = tmp_path / "form.xlsx"
    wb.save(path)
    return path


def _parse(path: Path, kind: str | None = None):
    [result] = parse_paths([path], kind=kind)
    return result


def _warned(result, path: str, code: str) -> bool:
    return any(p.field == path and p.code == code for p in [*result.warnings, *result.errors])


COMPLAINT = {
    "A1": "客户投诉处理表",
    "A3": "投诉单号",
    "B3": "TS-2603-017",
    "C3": "客户",
    "D3": "宏达电子",
    "A4": "产品名称",
    "B4": "旋转式压缩机",
    "C4": "不良数",
    "D4": "52",
    "A5": "不良描述",
    "B5": "压缩机启动异响。",
    "A6": "改善对策",
    "B6": "1、曲轴加工增加在线测量；\n2、装配后增加异音全检；\n3、库存 600 台返工确认。",
    "A8": "填表人",
    "B8": "王强/品保部",
    "C8": "核准",
    "D8": "周立新/质量总监",
}
COMPLAINT_LABELS = ("A3", "C3", "A4", "C4", "A5", "A6", "A8", "C8")


def test_a_sign_off_with_the_department_is_the_person_and_says_so(tmp_path):
    result = _parse(_form(tmp_path, COMPLAINT, ("A6:A7", "B6:F7"), COMPLAINT_LABELS))
    record = result.record.model_dump(mode="json")
    assert record["reporter"] == "王强"
    assert _warned(result, "reporter", "name_with_extra")  # the department is shown, not dropped


def test_a_printed_sign_off_with_the_department_is_the_person(tmp_path):
    pdf = soffice_convert(_form(tmp_path, COMPLAINT, ("A6:A7", "B6:F7"), COMPLAINT_LABELS), "pdf", tmp_path)
    record = _parse(pdf).record.model_dump(mode="json")
    assert record["reporter"] == "王强"


def test_numbered_points_taller_than_their_printed_cell_keep_every_line(tmp_path):
    """Three lines in a cell two rows high: the print lets the third overhang the border, right
    over the next row's value; it stays the third point, and the name stays the reporter."""
    short = {6: 20.5, 7: 20.5}  # two rows a little short of three lines: the third overhangs
    path = _form(tmp_path, COMPLAINT, ("A6:A7", "B6:F7"), COMPLAINT_LABELS, short)
    record = _parse(soffice_convert(path, "pdf", tmp_path)).record.model_dump(mode="json")
    assert record["long_term_action"].split("\n") == [
        "1、曲轴加工增加在线测量；",
        "2、装配后增加异音全检；",
        "3、库存 600 台返工确认。",
    ]
    assert record["reporter"] == "王强"


EIGHT_D = {
    "A1": "8D报告",
    "A3": "8D编号",
    "B3": "8D-2603-04",
    "C3": "客户",
    "D3": "比亚迪",
    "A4": "D1 小组",
    "B4": "王强/品保部(组长)、李娜/制造部、陈刚/工程部",
    "A5": "D2 问题描述",
    "B5": "壳体气孔泄漏，客户气密测试 34 件不合格。",
    "A6": "D4 根本原因",
    "B6": "模温偏低，排气槽堵塞。",
    "A7": "D5 永久对策",
    "B7": "1、排气槽每班清理；\n2、模温机加装报警；\n3、首件增加气密测试。",
    "A9": "D8 批准",
    "B9": "吳國華/品保經理",
}
EIGHT_D_LABELS = ("A3", "C3", "A4", "A5", "A6", "A7", "A9")
EIGHT_D_MERGED = ("B4:F4", "B5:F5", "B6:F6", "A7:A8", "B7:F8", "B9:C9")


@pytest.mark.parametrize("printed", [False, True])
def test_a_team_of_names_with_departments_gives_each_member_its_department_and_the_leader(tmp_path, printed):
    path = _form(tmp_path, EIGHT_D, EIGHT_D_MERGED, EIGHT_D_LABELS)
    if printed:
        path = soffice_convert(path, "pdf", tmp_path)
    result = _parse(path, "8d")
    record = result.record.model_dump(mode="json")
    team = [(m["name"], m["dept"], m["role"]) for m in record["team"]]
    assert team == [("王强", "品保部", "leader"), ("李娜", "制造部", None), ("陈刚", "工程部", None)]
    assert record["closure"]["approved_by"] == "吳國華"
    assert _warned(result, "closure.approved_by", "name_with_extra")


def test_numbered_points_of_an_8d_are_one_action_each(tmp_path):
    result = _parse(_form(tmp_path, EIGHT_D, EIGHT_D_MERGED, EIGHT_D_LABELS), "8d")
    record = result.record.model_dump(mode="json")
    actions = [a["action"] for a in record["corrective_actions"]]
    assert actions == ["排气槽每班清理；", "模温机加装报警；", "首件增加气密测试。"]


def test_a_team_of_english_names_with_functions_in_brackets(tmp_path):
    cells_ = {**EIGHT_D, "B4": "Li Ming (QA), Zhang Tao (ME), Olivia Chen (Production)"}
    record = _parse(_form(tmp_path, cells_, EIGHT_D_MERGED, EIGHT_D_LABELS), "8d").record.model_dump(
        mode="json"
    )
    team = [(m["name"], m["dept"]) for m in record["team"]]
    assert team == [("Li Ming", "QA"), ("Zhang Tao", "ME"), ("Olivia Chen", "Production")]


# ---------------------------------------------------------------------------------- printed geometry
# the words and borders of a print where a cell's lines are taller than the cell: as pdfium
# gives them (a word's box includes the font's ascent, so a line reaches past its glyphs)
_COLS = (54.0, 114.0, 541.0)


def _grid(rows: tuple[float, ...]) -> list[Rule]:
    out = [Rule(1, _COLS[0], y, _COLS[-1], y) for y in rows]
    return out + [Rule(1, x, rows[0], x, rows[-1]) for x in _COLS]


def test_a_full_cells_last_line_overhanging_its_border_stays_with_the_lines_above():
    rules = _grid((136.0, 146.5, 177.4, 188.0))
    words = [
        Word("改善对策", 1, 55, 159.1, 87, 165.7),
        Word("1、曲轴加工增加在线测量；", 1, 114, 149.7, 210, 157.7),
        Word("2、装配后增加异音全检；", 1, 114, 161.1, 205, 169.1),
        Word("3、库存 600 台返工确认。", 1, 114, 172.5, 200, 180.5),
        Word("填写人", 1, 55, 179.8, 80, 186.4),
        Word("王强/品保部", 1, 114, 180.6, 160, 187.8),
    ]
    by_text = {c.text: c for c in cells(words, rules)}
    assert "1、曲轴加工增加在线测量；\n2、装配后增加异音全检；\n3、库存 600 台返工确认。" in by_text
    assert "王强/品保部" in by_text


def test_a_numbered_lists_first_item_over_its_cells_top_is_no_legend():
    rules = _grid((143.0, 155.0, 189.0, 201.0))
    words = [
        Word("1、排气槽每班清理；", 1, 132, 150.0, 240, 167.3),
        Word("2、模温机加装报警；", 1, 132, 162.7, 240, 179.9),
        Word("3、首件增加气密测试。", 1, 132, 175.4, 250, 192.6),
    ]
    framed = split_framed_pairs(cells(words, rules), words)
    assert [c.text for c in framed if c.x0 >= 114 and c.text] == [
        "1、排气槽每班清理；\n2、模温机加装报警；\n3、首件增加气密测试。"
    ]


@pytest.mark.parametrize(
    ("text", "goes_on"),
    [
        ("1、排气槽每班清理；\n2、模温机加装报警；", True),
        ("(1) first\n(2) second", True),
        ("Complaint details\n1. first", False),
        ("1、清理\n3、报警", False),
    ],
)
def test_a_numbered_list_going_on_after_its_first_line(text, goes_on):
    assert list_goes_on(text) is goes_on
