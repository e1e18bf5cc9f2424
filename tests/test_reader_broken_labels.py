"""Labels broken by a line break (issue 10, pattern 1 of the twelfth held-out set).

A label cell shrunk to fit holds its words on two lines (``原因\\n分析``, ``D4 根本\\n原因``): in
the workbook the lines are one label, not a label over its value. On the print (LibreOffice does
not shrink) the two lines overflow a row too low for them: the first rises over the cell's top
border, the second sinks onto the next row's first line. Where the print clips each cell's
text to the cell, each line belongs to the cell it is clipped to; where it does not, the two
lines centred on one cell are that cell's label, found past the words of the other columns.
Files of our own: a workbook written here, its LibreOffice print, pages drawn with fpdf2.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, PatternFill, Side

CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk

_COMPLAINT = {
    "customer": "比亚迪汽车工业有限公司",
    "part_no": "BYD-BRK-2207",
    "part_name": "制动卡钳支架",
    "lot_no": "LT250918",
    "ship_qty": 3600,
    "defect_qty": 48,
    "description": "支架安装孔偏位 0.8 mm，装配干涉。",
    "root_cause": "钻孔夹具定位销磨损。",
    "short_term_action": "库存全数检验孔位。",
}


def _broken_complaint(path: Path) -> Path:
    """A complaint sheet whose every label is two lines in a shaded cell shrunk to fit, the
    rows as low as one line."""
    c = _COMPLAINT
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws.append(["客户投诉处理单"])
    ws.merge_cells("A1:D1")
    for row in (
        ["客户\n名称", c["customer"], "零件\n编号", c["part_no"]],
        ["零件\n名称", c["part_name"], "生产\n批号", c["lot_no"]],
        ["交货\n数量", c["ship_qty"], "不良\n数量", c["defect_qty"]],
        ["不良\n现象", c["description"]],
        ["原因\n分析", c["root_cause"]],
        ["临时\n对策", c["short_term_action"]],
    ):
        ws.append(row)
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=7, max_col=4):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in range(2, 8):
        ws.row_dimensions[r].height = 14.1
        for col in "AC":
            cell = ws[f"{col}{r}"]
            cell.alignment = Alignment(wrap_text=True, vertical="center", shrink_to_fit=True)
            cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for r in range(5, 8):
        ws.merge_cells(f"B{r}:D{r}")
    for col, width in zip("ABCD", (9, 28, 9, 22), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def _read(path: Path, kind: str) -> dict:
    _code, [doc] = parse_cli(path, "--kind", kind)
    assert doc["record"] is not None, doc["errors"]
    return doc


def _warned(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


def test_a_label_cells_lines_are_one_label_in_the_workbook(tmp_path):
    doc = _read(_broken_complaint(tmp_path / "complaint.xlsx"), "complaint")
    record = doc["record"]
    assert {k: record[k] for k in _COMPLAINT} == _COMPLAINT  # 原因分析's value, not "分析"
    assert "root_cause" not in _warned(doc)


def test_an_8d_heading_broken_in_its_cell_is_one_label(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in (
        ["8D 报告"],
        ["报告编号", "8D-26-0107", "客户名称", "宁德时代"],
        ["料号", "CATL-BUS-330", "开立日期", "2026-01-07"],
        ["D2 问题\n描述", "汇流排焊点虚焊，12 件。"],
        ["D4 根本\n原因", "焊接电流设定偏低。"],
        ["D5 永久\n对策", "焊接参数锁定并加装电流监控。"],
    ):
        ws.append(row)
    for r in (4, 5, 6):
        ws[f"A{r}"].alignment = Alignment(wrap_text=True)
    wb.save(tmp_path / "8d.xlsx")
    doc = _read(tmp_path / "8d.xlsx", "8d")
    causes = doc["record"]["root_cause"]
    assert [c["cause"] for c in causes] == ["焊接电流设定偏低。"]
    assert doc["record"]["corrective_actions"][0]["action"] == "焊接参数锁定并加装电流监控。"


def test_the_print_of_broken_labels_reads_each_label_with_its_own_value(tmp_path):
    """LibreOffice prints the lines over the row borders, clipped to their cells."""
    pdf = soffice_convert(_broken_complaint(tmp_path / "complaint.xlsx"), "pdf", tmp_path / "out")
    doc = _read(pdf, "complaint")
    record = doc["record"]
    assert {k: record[k] for k in _COMPLAINT} == _COMPLAINT
    assert not _warned(doc) & {"customer", "part_name", "lot_no", "ship_qty", "defect_qty", "root_cause"}


def _fpdf(size: float = 10):
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=size)
    return pdf


def _two_lines(pdf, x: float, top: float, height: float, lines: tuple[str, str], clip: bool) -> None:
    """A label's two lines, each centred on one border of its row (top and bottom), as a print
    of a row too low for them puts them; ``clip``: drawn clipped to the cell."""
    from contextlib import nullcontext

    with pdf.rect_clip(x, top, 60, height) if clip else nullcontext():
        for k, line in enumerate(lines):
            pdf.text(x + 2, top + k * height + 3.5, line)


def test_lines_clipped_to_their_cells_belong_to_them_on_a_page_of_our_own(tmp_path):
    """Each row's second line is drawn over the next row's first (each clipped to its own
    cell): by the glyphs alone the lines would pair with the wrong half."""
    pdf = _fpdf()
    pdf.text(50, 40, "客户投诉单")  # (the font set outside any clip: fpdf2 sets it once a page)
    rows = [
        ("客户", "名称", "广汽丰田汽车有限公司"),
        ("零件", "名称", "变速箱壳体"),
        ("生产", "批号", "GT260118"),
    ]
    top, height = 60.0, 14.0
    for k, (one, two, value) in enumerate(rows):
        y = top + k * height
        pdf.rect(50, y, 60, height)
        pdf.rect(110, y, 200, height)
        _two_lines(pdf, 50, y, height, (one, two), clip=True)
        pdf.text(113, y + 10.5, value)
    path = tmp_path / "clipped.pdf"
    pdf.output(str(path))
    doc = _read(path, "complaint")
    record = doc["record"]
    assert (record["customer"], record["part_name"], record["lot_no"]) == (
        "广汽丰田汽车有限公司",
        "变速箱壳体",
        "GT260118",
    )


def test_a_column_headers_lines_over_its_borders_are_its_header(tmp_path):
    """Unclipped: a table's two-line headers centred on their row, each line over one border,
    the next line found past the other columns' lines printed between."""
    pdf = _fpdf(6.5)  # glyph boxes 9.4 pt high, lines 14.8 pt apart: the print's leading
    heads = [("品名", ""), ("数量", ""), ("单价", ""), ("金额", "(不含税)"), ("营业", "税额")]
    xs = [50, 150, 210, 270, 350, 430]
    top, height, leading = 80.0, 14.1, 14.8
    pdf.text(50, 60, "销货退回进货退出或折让证明单")
    for k, (one, two) in enumerate(heads):  # the print's order: a line of every header, then the next
        pdf.rect(xs[k], top, xs[k + 1] - xs[k], height)
        pdf.text(xs[k] + 20, top + (3.5 if two else 10.5), one)
    for k, (_one, two) in enumerate(heads):
        if two:
            pdf.text(xs[k] + 14, top + 3.5 + leading, two)
    items = [
        ("电源供应器 PS-450", "40", "1,250", "50,000", "2,500"),
        ("风扇 FN-12", "200", "85", "17,000", "850"),
    ]
    for r, item in enumerate(items):
        y = top + height + r * 24
        for k, text in enumerate(item):
            pdf.rect(xs[k], y, xs[k + 1] - xs[k], 24)
            pdf.text(xs[k] + 4, y + 16, text)
    path = tmp_path / "headers.pdf"
    pdf.output(str(path))
    doc = _read(path, "allowance")
    items_read = doc["record"]["items"]
    assert [(i["name"], i["allowance_amount"], i["tax"]) for i in items_read] == [
        ("电源供应器 PS-450", "50000.00", "2500.00"),
        ("风扇 FN-12", "17000.00", "850.00"),
    ]


def test_a_values_last_line_clipped_by_its_border_is_kept_on_a_page_of_our_own(tmp_path):
    """A value's two lines in a cell a little short for them, clipped to the cell: the second
    line shows only its upper part, over the next row's value. It is the value's line all the
    same (what stands out of its clip on one side only is a text running on past its border):
    kept, not cut."""
    pdf = _fpdf(8)  # glyph boxes 11.6 pt high: 9.3 above the baseline, 2.3 below
    pdf.text(50, 40, "客户投诉单")
    top = 60.0
    rows = [
        ("客户名称", ("广汽丰田汽车有限公司",), 16.0),
        ("不良描述", ("壳体砂眼渗漏，", "气密测试不合格。"), 20.0),
    ]
    for label, lines, height in rows:
        pdf.rect(50, top, 60, height)
        pdf.rect(110, top, 200, height)
        pdf.text(53, top + height / 2 + 3.5, label)
        with pdf.rect_clip(110, top, 200, height):
            for k, line in enumerate(lines):
                pdf.text(113, top + 10.5 + k * 13.5, line)  # the second line more than half past the border
        top += height
    pdf.rect(50, top, 60, 16)
    pdf.rect(110, top, 200, 16)
    pdf.text(53, top + 11.5, "零件名称")
    pdf.text(113, top + 11.5, "变速箱壳体")
    path = tmp_path / "overhang.pdf"
    pdf.output(str(path))
    record = _read(path, "complaint")["record"]
    assert record["description"] == "壳体砂眼渗漏，\n气密测试不合格。"
    assert record["part_name"] == "变速箱壳体"


_WRAPPED = (
    "客户来料检验发现焊盘氧化发黑，上锡不良，抽检 500 片中 8 片不良；客户产线已停用该批次，要求三日内回复。"
)


def _centred_value_complaint(path: Path, code: str = "KS-PCB-4L-220") -> Path:
    """A complaint sheet whose description, merged over three columns, wraps on two lines
    centred on a row as low as one line (the usual look of a merged cell in Chinese templates)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "抱怨单"
    ws.append(["客户抱怨处理单"])
    for row in (
        ["客诉编号", "CC-2611-0042", "受理日期", "2026-11-03"],
        ["客户名称", "深圳市华星光电技术有限公司", "内外销", "国内"],
        ["订单编号", "SO-2026-11-0412", "料号/型号", code, "版本", "A2"],
        ["品名", "四层电路板 220×160mm", "批号", "L261021-03"],
        ["不良数量", 180, "数量", 12000],
        ["异常描述", _WRAPPED],
        ["客户要求", "退货", "主管", "陈志强"],
    ):
        ws.append(row)
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=8, max_col=4):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.row_dimensions[row[0].row].height = 16
    ws.merge_cells("B7:D7")
    ws["B7"].alignment = Alignment(wrap_text=True, vertical="center")
    for col, width in zip("ABCD", (10, 30, 10, 14), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def test_a_wrapped_value_centred_on_a_short_row_keeps_its_lines_on_the_print(tmp_path):
    """The description's two lines stand out of their clip at top and bottom, as a broken
    label's do; but they read as no label, so they are kept whole: the second line is not cut
    to a sliver on the border and lost."""
    pdf = soffice_convert(_centred_value_complaint(tmp_path / "centred.xlsx"), "pdf", tmp_path / "out")
    record = _read(pdf, "complaint")["record"]
    assert "".join(record["description"].split()) == "".join(_WRAPPED.split())
    assert record["part_name"] == "四层电路板 220×160mm"


def test_a_code_cut_by_its_border_against_the_next_label_is_warned_on_the_print(tmp_path):
    """``KS-PCB-4L-220-REV-B-X`` too long for its cell, the next cell's label 版本 stopping it:
    the print keeps ``KS-PCB-4L-220-RE``, its E cut in half by the border. Ended at its clip's
    side, the code lies in its cell and runs to the border: read with ``value_cut_off`` on it,
    never as the whole code."""
    xlsx = _centred_value_complaint(tmp_path / "code.xlsx", "KS-PCB-4L-220-REV-B-X")
    doc = _read(soffice_convert(xlsx, "pdf", tmp_path / "out"), "complaint")
    if doc["record"]["part_no"] != "KS-PCB-4L-220-REV-B-X":
        assert ("value_cut_off", "part_no") in {(p["code"], p["field"]) for p in doc["warnings"]}


# ---------------------------------------------------------------- the rule on the pieces alone
def _piece(text: str, top: float, bottom: float, x0: float = 50.0, x1: float = 80.0) -> tuple:
    return (text, x0, top, x1, bottom, False, False)


def test_a_clips_text_standing_out_both_ways_is_cut_to_what_shows():
    """A label's two lines centred on a row too low for them: each is cut to its clip."""
    from kesu_docs.parse.pdf_clip import cut_to_centred_clips

    clip = (87.0, 100.5, 54.0, 117.0)
    pieces = [_piece("客户", 81.2, 91.8), _piece("名称", 97.3, 107.9), _piece("广汽", 90.0, 98.0, 120, 160)]
    cut_to_centred_clips(pieces, [(0, 2, clip), (2, 3, None)])
    assert [p[2:5:2] for p in pieces] == [(87.0, 91.8), (97.3, 100.5), (90.0, 98.0)]


def test_a_values_lines_standing_out_both_ways_are_kept_as_found():
    """A value's two lines centred on a row too low for them stand out both ways as a label's
    do, but read as no label: kept whole, never cut to a sliver on the border."""
    from kesu_docs.parse.pdf_clip import cut_to_centred_clips

    clip = (87.0, 100.5, 54.0, 400.0)
    lines = [_piece("抽检 500 片中 8 片不良；客户", 81.2, 91.8), _piece("产线已停用该批次。", 97.3, 107.9)]
    pieces = list(lines)
    cut_to_centred_clips(pieces, [(0, 2, clip)])
    assert pieces == lines


def test_a_clips_text_standing_out_one_way_is_kept_as_found():
    """A value's last line past its cell's bottom (the lines above inside): kept whole; so is a
    line only a little out (a descender, a hair low) and one wholly outside."""
    from kesu_docs.parse.pdf_clip import cut_to_centred_clips

    clip = (127.4, 157.4, 116.1, 540.8)
    lines = [_piece("1、…", 130.8, 139.0), _piece("2、…", 142.7, 150.9), _piece("3、…", 154.6, 162.8)]
    pieces = list(lines)
    cut_to_centred_clips(pieces, [(0, 3, clip)])
    assert pieces == lines
    little = [_piece("上", 126.0, 134.0), _piece("下", 150.0, 158.5), _piece("外", 160.0, 168.0)]
    pieces = list(little)
    cut_to_centred_clips(pieces, [(0, 3, clip)])
    assert pieces == little


def test_a_run_parted_at_a_clip_ends_at_its_clips_side():
    """``BX-100-22-REV`` (clipped to its cell) and ``Defect`` drawn on in one run: the code ends at
    its clip's right side, so the border parts the two; a piece past the side by a line or more,
    or a run not parted there past it by more than half a line, is kept as found."""
    from kesu_docs.parse.pdf_clip import end_at_clip_sides

    clip = (72.0, 132.0, 152.0, 235.9)
    pieces = [
        _piece("BX-100-22-REV", 105.1, 115.2, 153.0, 237.0),
        _piece("Defect", 105.1, 115.2, 237.0, 273.3),
    ]
    end_at_clip_sides(pieces, [(0, 1, clip), (1, 2, None)], [True, False])
    assert (pieces[0][3], pieces[1][1]) == (235.9, 237.0)
    far = [_piece("BX-100-22-REV-C-BLACK", 105.1, 115.2, 153.0, 260.0)]
    whole = [_piece("BX-100-22-REV-C", 105.1, 115.2, 153.0, 243.0)]
    for kept, parted in ((far, True), (whole, False)):
        pieces = list(kept)
        end_at_clip_sides(pieces, [(0, 1, clip)], [parted])
        assert pieces == kept


def test_a_runs_last_glyph_cut_by_its_clips_side_ends_there():
    """A run in one object whose last glyph passes its clip's side by less than half a line
    (LibreOffice keeps the glyph the border cuts, drops the ones past it) ends at the side."""
    from kesu_docs.parse.pdf_clip import end_at_clip_sides

    clip = (72.0, 132.0, 152.0, 235.9)
    pieces = [_piece("BX-100-22-RE", 105.1, 115.2, 153.0, 239.6)]
    end_at_clip_sides(pieces, [(0, 1, clip)], [False])
    assert pieces[0][3] == 235.9
