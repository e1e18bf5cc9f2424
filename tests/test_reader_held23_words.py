"""The twenty-third held-out set's misses of labels, words and printed frames (issue 10,
dev23-rh23b), each class on a form built here with other wording and values (never the set's
files):

- a sheet printed with its row and column headings (Page Setup → Print: Row and column
  headings): the row numbers ``1 2 3 …`` down the left edge and the column letters ``A B …``
  along the top are the print's frame, set aside; before, PDFium's chain of the numbers (one
  run from ``1`` to ``10``) and a column letter run on after the label above it made one tall
  word across the rows, and the D1 team and the D8 date were lost;
- Hong Kong and Macau words (folded through OpenCC): a return's 批准數量 (the approved quantity),
  處理方式 退回供應商 (a new handling, ``return``: the goods sent on to the supplier), 倉務收貨
  (the warehouse's receiver); a complaint's 客戶要求 更換 (replacement); a credit note's
  投訴編號 (the complaint it settles);
- an approval exported from DingTalk: the approver is the 审批人 of the flow under the form,
  never the header line ``审批编号：…·发起人：…`` (it had been read as approved_by, warned);
- a description typed in one cell merged over five rows, printed by LibreOffice: the text prints
  bottom-aligned, its label beside its LAST line; the PDF alone read that last line only, with
  no warning. The lines over it are its first lines (read whole, one a line); when the cell
  is too small and the print cuts the text, what is read is warned;
- an 8D whose D8 card holds only its heading (``D8 結案``) and a date under it: the closure's
  heading is the label of its one date field (the date was lost on the print; on the sheet the
  report's opening date was taken for it, warned).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CHROMIUM, chromium_print, merged_description, parse_cli, soffice_convert
from openpyxl import Workbook


def _doc(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    return doc


# ---------------------------------------------------------------------------------- printed headings
def _headings_8d(path: Path) -> Path:
    """An 8D typed on a plain sheet (no borders) printed with gridlines and its headings."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 44
    rows = [
        ("8D 改善报告", None),
        ("报告编号", "8D-NB-2611-045"),
        ("开始日期", "2026-11-9"),
        ("客户", "宁波拓普集团股份有限公司"),
        ("零件号", "NB-BRK-7702"),
        ("投诉数量", 320),
        ("D1 小组", "孙悦，周航，钱立"),
        ("D2 问题描述", "支架焊点虚焊，320 件拉力不足。"),
        ("D3 临时措施", "在库 5,600 件逐件拉力测试。"),
        ("D4 产生原因", "焊枪电极帽磨损后未及时更换。"),
        ("D4 流出原因", "拉力测试每班仅抽 2 件。"),
        ("D5 纠正措施", "电极帽每 300 点自动修磨。"),
        ("D6 效果验证", "连续 8 批拉力全部合格。"),
        ("D7 预防措施", "另 3 台焊机同步加装修磨器。"),
        ("D8 结案日期", "2026-12-18"),
        ("批准", "韩志刚"),
    ]
    for r, (label, value) in enumerate(rows, start=1):
        ws.cell(r, 1, label)
        if value is not None:
            ws.cell(r, 2, value)
    ws.print_options.gridLines = True
    ws.print_options.headings = True
    wb.save(path)
    return path


def test_a_sheet_printed_with_its_row_and_column_headings_reads_as_its_workbook(tmp_path):
    src = _headings_8d(tmp_path / "8d.xlsx")
    pdf = soffice_convert(src, "pdf", tmp_path / "printed")
    for path in (src, pdf):
        record = _doc(path, "--kind", "8d")["record"]
        assert record["team"] and [m["name"] for m in record["team"]] == ["孙悦", "周航", "钱立"], path.suffix
        assert record["closure"]["closed_date"] == "2026-12-18", path.suffix
        assert record["problem"]["qty_complained"] == 320, path.suffix


# ---------------------------------------------------------------------------------- Hong Kong / Macau words
def _pairs_sheet(
    path: Path, title: str, pairs: list[tuple[str, object]], table: list[list[object]] | None = None
) -> Path:
    """A title, label | value rows, then (when given) a table: its header row and lines."""
    wb = Workbook()
    ws = wb.active
    ws.column_dimensions["A"].width = 16
    for col in "BCDE":
        ws.column_dimensions[col].width = 18
    ws["A1"] = title
    r = 2
    for label, value in pairs:
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
        r += 1
    r += 1
    for line in table or []:
        for c, v in enumerate(line, start=1):
            ws.cell(r, c, v)
        r += 1
    wb.save(path)
    return path


def test_macau_return_words_read_the_approved_qty_the_handling_and_the_receiver(tmp_path):
    src = _pairs_sheet(
        tmp_path / "rt.xlsx",
        "退貨單",
        [("退貨單號", "RT-MO-2611-07"), ("退貨日期", "2026-11-12"), ("客戶名稱", "澳門永利電子有限公司"),
         ("退貨原因", "外殼色差，客戶拒收。"), ("處理方式", "退回供應商"), ("倉務收貨", "梁嘉欣")],
        [["料號", "品名", "批准數量", "退回數量"], ["MO-CAS-51", "外殼", 180, 176], ["MO-LID-52", "上蓋", 2400, 2400]],
    )  # fmt: skip
    record = _doc(src, "--kind", "return")["record"]
    assert [line["qty_approved"] for line in record["items"]] == [180, 2400]
    assert record["handling"] == ["return"]
    assert record["warehouse_receiver"] == "梁嘉欣"


def test_a_hong_kong_request_for_a_change_of_goods_is_a_replacement(tmp_path):
    src = _pairs_sheet(
        tmp_path / "cc.xlsx",
        "客戶投訴表",
        [("投訴編號", "HK-CC-2611-19"), ("客戶名稱", "香港德昌電機有限公司"), ("收到日期", "2026-11-03"),
         ("產品編號", "HK-MTR-330"), ("問題描述", "馬達異響，120 件。"), ("客戶要求", "更換")],
    )  # fmt: skip
    assert _doc(src, "--kind", "complaint")["record"]["customer_request"] == ["replacement"]


def test_a_credit_note_reads_the_complaint_number_by_its_hong_kong_label(tmp_path):
    src = _pairs_sheet(
        tmp_path / "cn.xlsx",
        "貸項通知單 CREDIT NOTE",
        [("通知單號", "CN-HK-2611-03"), ("日期", "2026-11-20"), ("客戶名稱", "香港信興電器有限公司"),
         ("投訴編號", "SS-QA-261107"), ("折讓原因", "包裝破損"), ("合計", 1250)],
    )  # fmt: skip
    assert _doc(src, "--kind", "allowance")["record"]["complaint_number"] == "SS-QA-261107"


# ---------------------------------------------------------------------------------- DingTalk approval
_DINGTALK = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: sans-serif; font-size: 13px; } td { padding: 4px 10px; } h2 { text-align: center; }
.meta { color: #888; font-size: 11px; }
</style></head><body>
<h2>退货申请</h2>
<div class="meta">审批编号：202611180931004471·创建时间：2026-11-18 09:31·状态：审批通过·发起人：许文静·所在部门：销售部</div>
<table>
<tr><td>退货单号</td><td>TH-SZ-2611-031</td></tr>
<tr><td>退货日期</td><td>2026-11-17</td></tr>
<tr><td>客户名称</td><td>苏州汇川技术有限公司</td></tr>
</table>
<p>退货明细</p>
<table>
<tr><td>物料编码</td><td>物料名称</td><td>退货数量</td><td>单价（元）</td><td>金额（元）</td></tr>
<tr><td>SZ-FAN-3301</td><td>风扇</td><td>450</td><td>12.80</td><td>5,760.00</td></tr>
</table>
<table>
<tr><td>退货原因</td><td>风扇异响，客户拒收。</td></tr>
<tr><td>处理方式</td><td>报废</td></tr>
</table>
<p>审批流程</p>
<table>
<tr><td>发起申请</td><td>许文静</td><td>2026-11-18 09:31</td></tr>
<tr><td>审批人</td><td>邵明辉</td><td>已同意 2026-11-18 15:02</td></tr>
<tr><td>抄送人</td><td>高晓峰</td><td>2026-11-18 15:02</td></tr>
</table>
<p class="meta">钉钉·打印时间 2026-11-19 08:40</p>
</body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_dingtalk_approval_reads_the_flows_approver_never_its_header_line(tmp_path):
    html = tmp_path / "dingtalk.html"
    html.write_text(_DINGTALK, encoding="utf-8")
    doc = _doc(chromium_print(html, tmp_path / "dingtalk.pdf"), "--kind", "return")
    assert doc["record"]["approved_by"] == "邵明辉"
    assert doc["record"]["issue_date"] == "2026-11-17"


# ---------------------------------------------------------------------------------- merged over five rows
def test_a_description_merged_over_five_rows_prints_whole_from_the_pdf_alone(tmp_path):
    lines = [f"批次 {k}：端盖螺纹滑牙 {k + 2} 件，扭矩不足。" for k in (1, 2, 3)]
    src = merged_description(tmp_path / "cc.xlsx", lines)
    pdf = soffice_convert(src, "pdf", tmp_path / "alone")
    doc = _doc(pdf, "--kind", "complaint")
    assert doc["record"]["description"].split("\n") == lines
    assert doc["record"]["customer_request"] == ["return"]


def test_a_description_cut_by_its_merged_cell_in_the_print_is_warned(tmp_path):
    lines = [f"批次 {k}：端盖螺纹滑牙 {k + 2} 件，扭矩不足。" for k in range(1, 8)]
    src = merged_description(tmp_path / "cc.xlsx", lines)
    pdf = soffice_convert(src, "pdf", tmp_path / "alone")
    doc = _doc(pdf, "--kind", "complaint")
    read = doc["record"]["description"]
    assert read == "\n".join(lines) or [p for p in doc["warnings"] if p["field"] == "description"]
    assert read.split("\n")[-1] == lines[-1] and len(read.split("\n")) > 2


# ---------------------------------------------------------------------------------- D8 card: heading and date
def _cards_8d(path: Path) -> Path:
    """An 8D of cards: each step's heading on one row, its text on the row under it."""
    wb = Workbook()
    ws = wb.active
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 20
    head = [("8D 改善報告", None), ("報告編號", "8D-TW-2611-08"), ("開始日期", "2026/11/02"),
            ("客戶", "台達電子工業股份有限公司"), ("料號", "TW-SW-610")]  # fmt: skip
    for r, (label, value) in enumerate(head, start=1):
        ws.cell(r, 1, label)
        if value is not None:
            ws.cell(r, 2, value)
    cards = [("D1 團隊成員", "陳柏宇、王怡婷"), ("D2 問題描述", "開關卡滯，88 PCS。"),
             ("D3 暫時對策", "庫存 2,400 PCS 全檢。"), ("D4 根本原因", "彈片熱處理不足。"),
             ("D5 永久對策", "熱處理爐溫度改自動記錄。"), ("D6 效果確認", "連續 5 批合格。"),
             ("D7 預防再發", "同類 4 款彈片一併確認。"), ("D8 結案", "2026/12/11")]  # fmt: skip
    r = len(head) + 2
    for heading, text in cards:
        ws.cell(r, 1, heading)
        ws.cell(r + 1, 1, text)
        r += 3
    wb.save(path)
    return path


def test_a_d8_card_holding_only_a_date_under_its_heading_is_the_closing_date(tmp_path):
    src = _cards_8d(tmp_path / "8d.xlsx")
    pdf = soffice_convert(src, "pdf", tmp_path / "printed")
    for path in (src, pdf):
        record = _doc(path, "--kind", "8d")["record"]
        assert record["closure"]["closed_date"] == "2026-12-11", path.suffix
        assert record["opened_date"] == "2026-11-02", path.suffix
