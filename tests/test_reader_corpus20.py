"""The real-layout corpus's misses of the twentieth round (issue 10, dev20-corpus), each class on
a small form built here (never the corpus file):

- a form whose sections are numbered ``2、原因分析：`` / ``3、改善对策`` and whose first section has
  no label at all: the text block of the same width just over section 2 is the finding (the
  complaint's description), read and warned ``first_section_unlabelled``. Before, the
  description was taken from a re-inspection row's ``不良描述`` further down (warned, wrong).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

from kesu_docs.parse.vocab import section_number

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _doc(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    return doc


def _codes(doc: dict, field: str) -> set[str]:
    return {w["code"] for w in doc["warnings"] + doc["errors"] if w["field"] == field}


# ---------------------------------------------------------------------------------- first section, no label
FINDING = "抽检50台中4台按键失灵，1台外壳裂纹；该批800台已隔离待处理。"
CAUSE = "按键弹片来料批次K2609硬度偏高；外壳裂纹为跌落所致。"
ACTION = "1. 更换弹片批次，该批800台全检按键；\n2. 包装增加缓冲泡棉。"
RECHECK = "全检按键及外观，无不良"


def _inspection_sheet(path: Path, *, first_label: str | None = None) -> Path:
    """An outgoing-inspection sheet: header pairs, then the finding in a merged block with no
    label (or ``first_label`` over it), ``2、原因分析：`` and ``3、改善对策`` blocks with the text
    typed after the label, sign-offs at the right, a re-inspection row with its own 不良描述."""
    wb = Workbook()
    ws = wb.active
    ws.title = "出货检验"
    for col, width in zip("ABCDEFGHIJ", (10, 16, 10, 16, 10, 16, 10, 10, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "出货检验异常处理单"
    ws.merge_cells("A1:J1")
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "编码", "2203-KB310-007", "机型", "KB310 对讲机"
    ws["E2"], ws["F2"] = "检验日期", "2026/9/12"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "送检数量", 800, "不良数量", 5
    top = 4
    if first_label is not None:
        ws.cell(top, 1, first_label)
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=8)
        top += 1
    blocks = [(top, FINDING), (top + 2, "2、原因分析：\n" + CAUSE), (top + 4, "3、改善对策\n" + ACTION)]
    for row, text in blocks:
        ws.cell(row, 1, text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=8)
        ws.row_dimensions[row].height = ws.row_dimensions[row + 1].height = 30
        ws.cell(row, 9, "审核")
        ws.cell(row, 10, "检验人" if row == top else "编制")
        ws.cell(row + 1, 9, "周敏")
        ws.cell(row + 1, 10, "王丽" if row == top else "赵工")
    r = top + 6
    ws.cell(r, 1, "重检数量")
    ws.cell(r, 2, "不良描述")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    ws.cell(r + 1, 1, 800)
    ws.cell(r + 1, 2, RECHECK)
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=8)
    for row in ws.iter_rows(min_row=2, max_row=r + 1, max_col=10):
        for cell in row:
            cell.border = BOX
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    return path


def test_a_heading_numbered_with_an_ideographic_comma_is_numbered():
    """``2、原因分析：`` is section 2 (the half-width fold had made it ``2,``: no number)."""
    assert section_number("2、原因分析：") == ("d", 2)
    assert section_number("３、改善对策") == ("d", 3)
    assert section_number("1,500 pcs") is None


def test_a_first_section_with_no_label_is_the_finding_and_warned(tmp_path):
    src = _inspection_sheet(tmp_path / "oqc.xlsx")
    pdf = soffice_convert(src, "pdf", tmp_path / "printed")
    for path in (src, pdf):
        doc = _doc(path, "--kind", "complaint")
        record = doc["record"]
        assert record["description"] == FINDING, path.suffix
        assert "first_section_unlabelled" in _codes(doc, "description"), path.suffix
        assert record["root_cause"] == CAUSE, path.suffix


@pytest.mark.parametrize("label", ["1、异常描述：", "异常描述"])
def test_a_first_section_with_its_own_label_is_read_by_it(tmp_path, label):
    """A ``1、`` heading (or any label) over the block: the label reads it, no guess is said."""
    src = _inspection_sheet(tmp_path / "oqc.xlsx", first_label=label)
    doc = _doc(src, "--kind", "complaint")
    assert doc["record"]["description"] == FINDING
    assert "first_section_unlabelled" not in _codes(doc, "description")
