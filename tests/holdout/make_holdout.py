"""Write the held-out layouts (run: ``python tests/holdout/make_holdout.py``).

A third set of other people's layouts, kept apart from ``../shared/corpus`` and
``tests/layouts``: the reader is improved against those two, and scored on this one to tell
whether its rules generalise (``python bench/holdout_score.py``). Do not tune the reader on
these files; when a pattern here is fixed, imitate it in ``tests/layouts`` instead.

The layouts follow public descriptions of real forms (品质异常联络单 / CAR sheets, 客訴處理單,
bilingual customer complaint reports, VDA-style 8D reports, a Taiwanese SCAR, RMA forms, 退货通知单,
销售折让单, an English credit note) and the habits of the clerks who fill them: units after the
number (``500 pcs``, ``3.5%``), dates as ``2026.9.3`` / ``2026年9月3日`` / ``03-Sep-2026`` /
``9/22/2026`` / ROC ``115/09/28``, full-width digits, a name followed by a phone number, a
comment after a value, line breaks in a cell, amounts in 万元, a hidden column with an old
value, a second sheet of instructions, labels above values, English labels with Chinese glosses.

Output, in the format of ``../shared/corpus`` (see its README for ``expected/<id>.json``)::

    templates/<id>.xlsx          the blank layout
    filled/<id>.xlsx, .pdf       filled by a clerk, printed to PDF by LibreOffice
    expected/<id>.json           what was typed where, and what kesu's record should contain

Deterministic; the PDFs need ``soffice`` (``--no-pdf`` skips them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))

from make_layouts import Sheet, save, ticks, to_pdf  # noqa: E402

D = dt.date


def field(
    s: Sheet, label: str, cell: str, value: str, path: str, expect: Any, note: str | None = None
) -> None:
    """An expected field whose value is spread over several cells or already written."""
    if s.blank:
        return
    entry: dict[str, Any] = {
        "label": label,
        "cell": f"{s.ws.title}!{cell}",
        "value": value,
        "path": path,
        "expect": expect,
    }
    if note:
        entry["note"] = note
    s.fields.append(entry)


def label(s: Sheet, ref: str, text: str, span: str | None = None) -> None:
    s.text(ref, text, span, shade=True)


def plain(s: Sheet, ref: str, text: str, span: str | None = None) -> None:
    """Pre-printed text without a border (a footnote, a letterhead line)."""
    if span:
        s.ws.merge_cells(f"{ref}:{span}")
    s.ws[ref].value = text
    s.ws[ref].font = Font(size=9)
    s.ws[ref].alignment = Alignment(wrap_text=True, vertical="center")


# =============================================================================== complaints
def complaint_lianluo(s: Sheet) -> None:
    """品质异常联络单 (CAR sheet) of an electronics plant: every label ends in a colon and the
    value is typed after it in the same cell, two or four pairs per row; the percent sign is
    pre-printed after the rate's blank; 样板 □有 □无 check boxes; the description, cause and
    both actions typed after their label in tall merged cells (after a line break); the finder
    wrote his phone number after his name; a footnote with numbers in it."""
    s.text("A1", "品质异常联络单", "H1", size=14)
    s.height(1, 30)
    s.value(
        "A2",
        "QA-260903-07",
        prefix="编号：",
        path="number",
        label="编号：",
        span="D2",
        note="label and value in one cell",
    )
    s.value(
        "E2",
        "2026.9.3",
        prefix="发出日期：",
        path="received_date",
        label="发出日期：",
        span="H2",
        expect="2026-09-03",
        note="date typed 2026.9.3 after the label in one cell",
    )
    s.value(
        "A3",
        "东莞立信电器有限公司",
        prefix="客户：",
        path="customer",
        label="客户：",
        span="D3",
        note="label and value in one cell",
    )
    s.value(
        "E3",
        "PO2608-3391",
        prefix="订单号：",
        path="order_no",
        label="订单号：",
        span="H3",
        note="label and value in one cell",
    )
    s.value(
        "A4",
        "LX-PCB-0417",
        prefix="机种型号：",
        path="part_no",
        label="机种型号：",
        span="D4",
        note="机种型号 for the part number",
    )
    s.value("E4", "MO-26-0815", prefix="制令单号：", path=None, label="制令单号：", span="H4")
    s.value(
        "A5",
        "3,000 pcs",
        prefix="批量数量：",
        path="ship_qty",
        label="批量数量：",
        span="B5",
        expect=3000,
        note="批量数量 (lot size) is the delivered quantity; unit after the number",
    )
    s.value("C5", "200", prefix="检验数：", path=None, label="检验数：", span="D5")
    s.value(
        "E5",
        "9",
        prefix="不良数：",
        path="defect_qty",
        label="不良数：",
        span="F5",
        expect=9,
        note="label and value in one cell",
    )
    s.value(
        "G5",
        "4.5 %",
        prefix="不良比率：",
        path="defect_rate",
        label="不良比率：",
        span="H5",
        expect="0.045",
        blank_text="不良比率：    %",
        note="the % sign is pre-printed after the blank",
    )
    s.value(
        "A6",
        ticks(["客户", "OQC", "QA", "IPQC", "IQC", "其它"], {"客户"}),
        prefix="问题反馈发出点：",
        path=None,
        label="问题反馈发出点：",
        span="H6",
        blank_text="问题反馈发出点：" + ticks(["客户", "OQC", "QA", "IPQC", "IQC", "其它"], set()),
    )
    desc = "客户产线上板时发现 LX-PCB-0417 的 U3 芯片引脚连锡，9 片不良，已退回样品。"
    s.value(
        "A7",
        desc,
        prefix="不良现象描述：\n",
        path="description",
        label="不良现象描述：",
        span="F9",
        note="text after the label and a line break in one merged cell",
    )
    s.text("G7", "样板", "H7", shade=True)
    s.value(
        "G8",
        ticks(["有", "无"], {"有"}),
        path="sample_received",
        label="样板",
        span="H9",
        expect=True,
        blank_text=ticks(["有", "无"], set()),
        note="□有 □无 check boxes",
    )
    cause = "回流焊第 5 温区温度偏高 12℃，钢网开口偏大，锡膏量过多导致连锡。"
    s.value(
        "A10",
        cause,
        prefix="不良原因分析：（责任部门/工程部填写）\n",
        path="root_cause",
        label="不良原因分析：",
        span="H12",
        note="instruction in brackets after the label, text after a line break",
    )
    s.text("A13", "纠正及预防措施：（责任部门完成，必要时工程部提供对策）", "H13", bold=True)
    s.value(
        "A14",
        "在线品及库存品 2,600 片全数目检，不良品返修。",
        prefix="1 临时处理对策：",
        path="short_term_action",
        label="1 临时处理对策：",
        span="H14",
        note="numbered sub-label, text in the same cell",
    )
    s.value(
        "A15",
        "修正回流焊温度曲线，钢网开口缩小 10%，首件增加 X-ray 确认。",
        prefix="2 长期处理对策：",
        path="long_term_action",
        label="2 长期处理对策：",
        span="H15",
        note="numbered sub-label, text in the same cell",
    )
    s.text("A16", "审核", shade=True)
    s.value("B16", "刘建国", path=None, label="审核", span="C16")
    s.text("D16", "发现者", shade=True)
    s.value(
        "E16",
        "周敏 136-2288-5103",
        path="reporter",
        label="发现者",
        span="F16",
        expect="周敏",
        note="the finder raised the sheet; a phone number follows the name",
    )
    s.text("G16", "日期", shade=True)
    s.value("H16", "9/3", path=None, label="日期")
    plain(
        s,
        "A17",
        "保存年限：一年    FM-1903A    注：①此异常单发出后必须在 1 个工作日内作有效分析及对策回复！",
        "H17",
    )


def complaint_zht_vertical(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese connector maker in traditional script: section labels written
    vertically in a merged first column (客戶反映 / 處理對策); quantities in full-width digits
    with a full-width comma and 'pcs'; a two-line description with numbered lines; an NT$
    amount; the closing date split over 年/月/日 cells; the reporter's extension after his name."""
    s.text("A1", "鴻暉精密工業股份有限公司\n客 訴 處 理 單", "J1", size=14)
    s.height(1, 40)
    label(s, "B2", "客訴單號")
    s.value("C2", "CS-115-0903", path="number", label="客訴單號", span="H2")
    label(s, "I2", "客訴日期")
    s.value("J2", "2026年9月3日", path="received_date", label="客訴日期", expect="2026-09-03")
    s.text("A3", "客\n戶\n反\n映", "A8", bold=True, center=True)
    label(s, "B3", "客戶名稱")
    s.value("C3", "啟新光電股份有限公司", path="customer", label="客戶名稱", span="H3")
    label(s, "I3", "聯絡人")
    s.value("J3", "林先生 02-2698-1234", path=None, label="聯絡人")
    label(s, "B4", "品號")
    s.value("C4", "HH-CN-3302", path="part_no", label="品號", span="H4", note="品號 for the part number")
    label(s, "I4", "品名規格")
    s.value("J4", "USB-C 連接器 24P", path="part_name", label="品名規格")
    label(s, "B5", "生產批號")
    s.value("C5", "115-0821-B", path="lot_no", label="生產批號", span="H5")
    label(s, "I5", "出貨數量")
    s.value(
        "J5",
        "１２，０００ pcs",
        path="ship_qty",
        label="出貨數量",
        expect=12000,
        note="full-width digits and comma, unit after",
    )
    label(s, "B6", "不良數量")
    s.value(
        "C6", "３６０", path="defect_qty", label="不良數量", span="H6", expect=360, note="full-width digits"
    )
    label(s, "I6", "不良率")
    s.value("J6", "3%", path="defect_rate", label="不良率", expect="0.03")
    label(s, "B7", "問題描述")
    desc = "1. 插拔 50 次後端子變形，接觸不良\n2. 客戶產線 12,000 pcs 中檢出 360 pcs"
    s.value(
        "C7", desc, path="description", label="問題描述", span="J8", note="two numbered lines in one cell"
    )
    s.text("A9", "處\n理\n對\n策", "A12", bold=True, center=True)
    label(s, "B9", "原因調查")
    s.value(
        "C9",
        "沖壓模具第 3 站成形角度磨耗 2°，端子保持力不足。",
        path="root_cause",
        label="原因調查",
        span="J9",
    )
    label(s, "B10", "暫時對策")
    s.value(
        "C10",
        "庫存 8,000 pcs 全數重工檢驗，客戶端派員挑選。",
        path="short_term_action",
        label="暫時對策",
        span="J10",
    )
    label(s, "B11", "永久對策")
    s.value(
        "C11",
        "模具成形站更換鑲件並納入每 5 萬沖次保養。",
        path="long_term_action",
        label="永久對策",
        span="J11",
    )
    label(s, "B12", "責任單位")
    s.value("C12", "沖壓課", path="responsible_unit", label="責任單位", span="H12")
    label(s, "I12", "損失金額")
    s.value(
        "J12",
        "NT$ 18,500",
        path="loss_amount",
        label="損失金額",
        expect="18500.00",
        note="NT$ amount typed as text",
    )
    label(s, "B13", "結案日期")
    for ref, raw, unit in (("C13", 2026, "D13"), ("E13", 9, "F13"), ("G13", 30, "H13")):
        s.value(ref, raw, path=None, label="結案日期")
        s.text(unit, {"D13": "年", "F13": "月", "H13": "日"}[unit])
    field(
        s,
        "結案日期 年/月/日",
        "C13:H13",
        "2026 | 年 | 9 | 月 | 30 | 日",
        "closed_date",
        "2026-09-30",
        note="date split over number cells with pre-printed 年/月/日 between them",
    )
    label(s, "B14", "填表人")
    s.value(
        "C14",
        "陳美玲 分機 215",
        path="reporter",
        label="填表人",
        span="H14",
        expect="陳美玲",
        note="the extension number follows the name",
    )
    label(s, "I14", "主管")
    s.value("J14", "黃志明", path="sales_supervisor", label="主管")


def complaint_en_bilingual(s: Sheet) -> None:
    """English customer complaint report with Chinese glosses under every label, labels in a
    row above their values (a register-like header row); dates typed 03-Sep-2026 and one Excel
    date cell shown dd-mmm-yyyy; check boxes drawn ☒/☐; containment and corrective action side
    by side under their headings; 'Kevin Zhang, ext. 8812'; a second sheet of filling
    instructions that repeats the labels with example values."""
    s.text("A1", "CUSTOMER COMPLAINT REPORT  客户投诉报告", "F1", size=14)
    plain(s, "A2", "Form QF-8.2-03  Rev. B", "F2")
    heads = [
        ("A3", "Complaint No.\n投诉编号"),
        ("B3", "Date Received\n收到日期"),
        ("C3", "Customer\n客户"),
        ("D3", "Customer PO\n客户订单"),
        ("E3", "Part Number\n料号"),
        ("F3", "Lot / Date Code\n批号"),
    ]
    for ref, text in heads:
        label(s, ref, text)
    s.height(3, 30)
    s.value("A4", "CC-2609-031", path="number", label="Complaint No.", note="label above the value")
    s.value(
        "B4",
        "03-Sep-2026",
        path="received_date",
        label="Date Received",
        expect="2026-09-03",
        note="dd-Mmm-yyyy typed as text",
    )
    s.value("C4", "Brightway Lighting GmbH", path="customer", label="Customer")
    s.value("D4", "4500187723", path="order_no", label="Customer PO", note="digits only: must stay text")
    s.value("E4", "BW-DRV-60W", path="part_no", label="Part Number")
    s.value("F4", "2634 / 2635", path="lot_no", label="Lot / Date Code", note="two date codes")
    for ref, text in (
        ("A5", "Qty Shipped\n出货数"),
        ("B5", "Qty Defective\n不良数"),
        ("C5", "Defect Rate\n不良率"),
        ("D5", "Ship Date\n出货日期"),
    ):
        label(s, ref, text)
    label(s, "E5", "Complaint Type\n投诉类型", "F5")
    s.height(5, 30)
    s.value(
        "A6", "5,000 pcs", path="ship_qty", label="Qty Shipped", expect=5000, note="unit after the number"
    )
    s.value("B6", 150, path="defect_qty", label="Qty Defective")
    s.value("C6", "3.0%", path="defect_rate", label="Defect Rate", expect="0.03")
    s.value("D6", D(2026, 8, 20), path="ship_date", label="Ship Date", fmt="dd-mmm-yyyy")
    opts = ["Quality", "Non-quality"]
    s.value(
        "E6",
        "  ".join(("☒ " if o == "Quality" else "☐ ") + o for o in opts),
        path="complaint_type",
        label="Complaint Type",
        span="F6",
        expect="quality",
        blank_text="  ".join("☐ " + o for o in opts),
        note="☒/☐ boxes (Word style), not ☑/□",
    )
    s.text("A7", "Description of Complaint  投诉描述", "F7", bold=True)
    desc = "Drivers flicker at 10% dimming level; customer found 150 of 5,000 units on their line."
    s.value(
        "A8",
        desc,
        path="description",
        label="Description of Complaint",
        span="F8",
        note="heading above the text",
    )
    label(s, "A9", "Customer Request\n客户要求", "B9")
    reqs = ["Credit", "Replacement", "Rework at our cost", "8D report"]
    s.value(
        "C9",
        "  ".join(("☒ " if o in ("Replacement", "8D report") else "☐ ") + o for o in reqs),
        path="customer_request",
        label="Customer Request",
        span="F9",
        expect=["replacement"],
        blank_text="  ".join("☐ " + o for o in reqs),
        note="'8D report' is ticked too but is not a request kesu knows",
    )
    s.height(9, 30)
    s.text("A10", "Root Cause  原因分析", "F10", bold=True)
    s.value(
        "A11",
        "Dimming IC firmware v1.3 mis-reads PWM below 12 %.",
        path="root_cause",
        label="Root Cause",
        span="F11",
    )
    s.text("A12", "Containment  围堵措施", "C12", bold=True)
    s.text("D12", "Corrective Action  纠正措施", "F12", bold=True)
    s.value(
        "A13",
        "Hold and re-flash all stock (1,850 pcs).",
        path="short_term_action",
        label="Containment",
        span="C13",
        note="side-by-side text blocks under their headings",
    )
    s.value(
        "D13",
        "Firmware v1.4 released; PWM test at 5 % added to EOL.",
        path="long_term_action",
        label="Corrective Action",
        span="F13",
        note="side-by-side text blocks under their headings",
    )
    label(s, "A14", "Prepared by\n填写人", "B14")
    label(s, "C14", "Approved by\n批准", "D14")
    label(s, "E14", "Closed Date\n结案日", "F14")
    s.height(14, 30)
    s.value(
        "A15",
        "Kevin Zhang, ext. 8812",
        path="reporter",
        label="Prepared by",
        span="B15",
        expect="Kevin Zhang",
        note="extension number after the name",
    )
    s.value("C15", "M. Weber", path="approver", label="Approved by", span="D15")
    s.value("E15", "30-Sep-2026", path="closed_date", label="Closed Date", span="F15", expect="2026-09-30")
    ins = s.wb.create_sheet("Instructions")
    ins.column_dimensions["A"].width = 90
    for i, line in enumerate(
        [
            "How to fill in this form  填写说明",
            "Complaint No.: assigned by QA, format CC-YYMM-NNN (e.g. CC-2601-001)",
            "Customer: the customer's legal name, e.g. Example Trading Ltd.",
            "Date Received: dd-Mmm-yyyy, e.g. 01-Jan-2026",
            "Defect Rate: Qty Defective / Qty Shipped, e.g. 0.5%",
            "Prepared by: name of the QA engineer, Approved by: QA manager",
        ],
        start=1,
    ):
        ins.cell(i, 1, line)


def complaint_wanyuan(s: Sheet) -> None:
    """客户投诉单 of an automotive stamping plant: two-row table header (产品/数量/日期 over
    型号 名称 / 交货数 不良数 / 交货日期 生产日期); comments typed after values in the value cell
    ('120（含外观 80）', '2026/8/25（按送货单）'); amounts in 万元 (label says so); a hidden column
    holding the superseded complaint number; ☑ options for market, request, cause, disposition."""
    s.text("A1", "客 户 投 诉 单", "H1", size=14)
    label(s, "A2", "投诉编号")
    s.value(
        "B2",
        "KS-2026-0917",
        path="number",
        label="投诉编号",
        span="C2",
        note="hidden column I holds an older number",
    )
    label(s, "D2", "登记日期")
    s.value(
        "E2",
        "2026-9-3",
        path="received_date",
        label="登记日期",
        expect="2026-09-03",
        note="登记 (registered) for received",
    )
    label(s, "F2", "登记人")
    s.value("G2", "赵丽", path="reporter", label="登记人", span="H2")
    label(s, "A3", "客户")
    s.value("B3", "重庆长鑫汽车零部件有限公司", path="customer", label="客户", span="E3")
    label(s, "F3", "市场")
    s.value(
        "G3",
        ticks(["国内", "出口"], {"国内"}),
        path="market",
        label="市场",
        span="H3",
        expect="domestic",
        blank_text=ticks(["国内", "出口"], set()),
        note="国内/出口 for 内销/外销",
    )
    s.text("A4", "产品", "B4", shade=True, center=True)
    s.text("C4", "数量", "D4", shade=True, center=True)
    s.text("E4", "不良率", "E5", shade=True, center=True)
    s.text("F4", "日期", "G4", shade=True, center=True)
    s.text("H4", "批号", "H5", shade=True, center=True)
    for ref, text in (
        ("A5", "型号"),
        ("B5", "名称"),
        ("C5", "交货数"),
        ("D5", "不良数"),
        ("F5", "交货日期"),
        ("G5", "生产日期"),
    ):
        s.text(ref, text, shade=True, center=True)
    s.value("A6", "CQ-BKT-552", path="part_no", label="产品 / 型号", note="two-row header")
    s.value("B6", "后视镜支架", path="part_name", label="产品 / 名称", note="two-row header")
    s.value("C6", 8000, path="ship_qty", label="数量 / 交货数", fmt="#,##0", note="two-row header")
    s.value(
        "D6",
        "120（含外观 80）",
        path="defect_qty",
        label="数量 / 不良数",
        expect=120,
        note="a comment after the number",
    )
    s.value("E6", "1.5%", path="defect_rate", label="不良率", expect="0.015")
    s.value(
        "F6",
        "2026/8/25（按送货单）",
        path="ship_date",
        label="日期 / 交货日期",
        expect="2026-08-25",
        note="a comment after the date",
    )
    s.value("G6", D(2026, 8, 18), path="production_date", label="日期 / 生产日期")
    s.value("H6", "B260818", path="lot_no", label="批号", note="header merged over two rows")
    label(s, "A7", "投诉内容", "A8")
    s.value(
        "B7",
        "支架安装面平面度超差（实测 0.42mm，要求 ≤0.2mm），客户装配时螺栓无法拧紧。",
        path="description",
        label="投诉内容",
        span="H8",
    )
    label(s, "A9", "客户要求")
    s.value(
        "B9",
        ticks(["退货", "补货", "折让", "索赔"], {"退货", "补货"}),
        path="customer_request",
        label="客户要求",
        span="H9",
        expect=["return", "resupply"],
        blank_text=ticks(["退货", "补货", "折让", "索赔"], set()),
    )
    label(s, "A10", "损失金额（万元）", "B10")
    s.value(
        "C10",
        "1.2",
        path="loss_amount",
        label="损失金额（万元）",
        expect="12000.00",
        note="amount in 万元 (×10,000)",
    )
    label(s, "D10", "赔款金额（万元）", "E10")
    s.value(
        "F10",
        "0.35",
        path="allowance_amount",
        label="赔款金额（万元）",
        expect="3500.00",
        note="amount in 万元 (×10,000)",
    )
    label(s, "G10", "严重度")
    s.value("H10", "一般", path="severity", label="严重度", expect="general")
    label(s, "A11", "原因分析")
    s.value(
        "B11", "冲压模具顶料销高度不一致，卸料时零件变形。", path="root_cause", label="原因分析", span="H11"
    )
    label(s, "A12", "原因类别")
    cats = ["材料", "制程", "人员", "包装", "其他"]
    s.value(
        "B12",
        ticks(cats, {"制程"}),
        path="cause_category",
        label="原因类别",
        span="H12",
        expect="process",
        blank_text=ticks(cats, set()),
    )
    label(s, "A13", "责任部门")
    s.value("B13", "冲压车间", path="responsible_unit", label="责任部门", span="D13")
    label(s, "E13", "处理方式")
    disp = ["返工", "报废", "补货"]
    s.value(
        "F13",
        ticks(disp, {"返工", "补货"}),
        path="disposition",
        label="处理方式",
        span="H13",
        expect=["rework", "resupply"],
        blank_text=ticks(disp, set()),
    )
    label(s, "A14", "结案日期")
    s.value("B14", "2026年9月28日", path="closed_date", label="结案日期", span="D14", expect="2026-09-28")
    label(s, "E14", "核准")
    s.value("F14", "孙国平", path="approver", label="核准", span="H14")
    # the clerk's hidden helper column: the number of the first (withdrawn) registration
    s.text("I2", "原编号")
    s.value("I3", "KS-2026-0899", path=None, label="原编号")
    s.ws.column_dimensions["I"].hidden = True


def complaint_en_prr(s: Sheet) -> None:
    """An OEM's Problem Reporting & Resolution (PRR) sheet: US long dates 'Sep 3, 2026';
    'Qty Rejected' / 'Qty Received' for defect and delivered quantities; the cost in thousands
    ('USD 1.8K'); a description on two lines 'What: …' / 'Where: …'; ☒ problem type with the
    ticked option last; the issuer's name followed by '/ phone'."""
    s.text("A1", "PROBLEM REPORTING & RESOLUTION (PRR)", "D1", size=14)
    label(s, "A2", "PRR No.")
    s.value("B2", "PRR-0088412", path="number", label="PRR No.")
    label(s, "C2", "Date Issued")
    s.value(
        "D2",
        "Sep 3, 2026",
        path="received_date",
        label="Date Issued",
        expect="2026-09-03",
        note="US long date",
    )
    label(s, "A3", "Customer")
    s.value("B3", "Orion Motors LLC", path="customer", label="Customer")
    label(s, "C3", "Supplier Code")
    s.value("D3", "A4471", path=None, label="Supplier Code")
    label(s, "A4", "Part Number")
    s.value("B4", "15-88231-02", path="part_no", label="Part Number")
    label(s, "C4", "Part Name")
    s.value("D4", "Wiper arm, LH", path="part_name", label="Part Name")
    label(s, "A5", "Qty Rejected")
    s.value("B5", "36 pcs", path="defect_qty", label="Qty Rejected", expect=36)
    label(s, "C5", "Qty Received")
    s.value(
        "D5",
        "2,400",
        path="ship_qty",
        label="Qty Received",
        expect=2400,
        note="received at the customer = delivered",
    )
    label(s, "A6", "Problem Type")
    opts = "☐ Non-quality (delivery / paperwork)   ☒ Quality"
    s.value(
        "B6",
        opts,
        path="complaint_type",
        label="Problem Type",
        span="D6",
        expect="quality",
        blank_text=opts.replace("☒", "☐"),
        note="the ticked option is the last one",
    )
    s.text("A7", "Problem Description", "D7", bold=True, shade=True)
    desc = "What: wiper arm rattles above 100 km/h\nWhere: Lansing final line, station 14"
    s.value(
        "A8", desc, path="description", label="Problem Description", span="D8", note="two lines in one cell"
    )
    label(s, "A9", "Cost Recovery")
    s.value(
        "B9", "USD 1.8K", path="loss_amount", label="Cost Recovery", expect="1800.00", note="K = thousands"
    )
    label(s, "C9", "Response Due")
    s.value("D9", "Sep 10, 2026", path=None, label="Response Due")
    label(s, "A10", "Root Cause (Supplier)")
    s.value(
        "B10",
        "Spring clip under-crimped on fixture 3.",
        path="root_cause",
        label="Root Cause (Supplier)",
        span="D10",
    )
    label(s, "A11", "Permanent Corrective Action")
    s.value(
        "B11",
        "Crimp force monitor on fixture 3; poka-yoke gauge at pack-out.",
        path="long_term_action",
        label="Permanent Corrective Action",
        span="D11",
    )
    label(s, "A12", "Issued By")
    s.value(
        "B12",
        "T. Nguyen / 248-555-0199",
        path="reporter",
        label="Issued By",
        expect="T. Nguyen",
        note="phone after the name",
    )
    label(s, "C12", "Closed Date")
    s.value("D12", "Sep 30, 2026", path="closed_date", label="Closed Date", expect="2026-09-30")


# =============================================================================== 8D reports
def eightd_en_vda(s: Sheet) -> None:
    """VDA-style 8D report in English: header grid with 'Report No.' / 'Customer complaint no.'
    / '8D opened' (03-Sep-2026); D1 team table with Function and Department columns and the
    leader marked '(TL)' after his name; quantities with a German thousands point ('24.000
    pcs'); D3 table Action / Responsible / Implemented on / Effectiveness; D4 split into
    'Technical root cause (why made)' and 'Non-detection root cause (why not detected)';
    D7 documents as ☒ boxes; status typed in lower case."""
    s.text("A1", "8D-Report  (VDA)", "F1", size=14)
    label(s, "A2", "Report No.")
    s.value("B2", "8D-26-0412", path="number", label="Report No.")
    label(s, "C2", "Customer")
    s.value("D2", "Norvik Automotive AB", path="customer", label="Customer")
    label(s, "E2", "8D opened")
    s.value("F2", "03-Sep-2026", path="opened_date", label="8D opened", expect="2026-09-03")
    label(s, "A3", "Customer complaint no.")
    s.value("B3", "NA-QN-77310", path="complaint_number", label="Customer complaint no.")
    label(s, "C3", "Part no. / index")
    s.value("D3", "47-1120-03", path="part_no", label="Part no. / index")
    label(s, "E3", "Target closing")
    s.value("F3", "2026-10-15", path="target_close_date", label="Target closing", expect="2026-10-15")
    s.text("A4", "D1  Team", "F4", bold=True, shade=True)
    for ref, text in (("A5", "Name"), ("B5", "Function"), ("C5", "Department")):
        label(s, ref, text)
    label(s, "D5", "Phone / e-mail", "F5")
    team = [
        ("Erik Lund (TL)", "Quality manager", "QA", "+46 31 555 0101"),
        ("Anna Berg", "Process engineer", "ME", "anna.berg@norvik.example"),
        ("Li Wei", "Production supervisor", "Production", "+86 512 6688 2301"),
    ]
    for i, (name, func, dept, phone) in enumerate(team):
        r = 6 + i
        bare = name.replace(" (TL)", "")
        s.value(
            f"A{r}",
            name,
            path="team[*].name",
            label="D1 Team / Name",
            expect=bare,
            note="leader marked (TL) after the name" if bare != name else None,
        )
        s.value(f"B{r}", func, path=None, label="Function")
        s.value(
            f"C{r}", dept, path=f"team[name={bare}].dept" if bare == "Anna Berg" else None, label="Department"
        )
        s.value(f"D{r}", phone, path=None, label="Phone / e-mail", span=f"F{r}")
    field(
        s,
        "D1 Team / Name '(TL)'",
        "A6",
        "Erik Lund (TL)",
        "team[name=Erik Lund].role",
        "leader",
        note="(TL) = team leader",
    )
    s.text("A9", "D2  Problem description", "F9", bold=True, shade=True)
    stmt = "Housing clip breaks at assembly: 1,200 parts of delivery 26-0811 rejected at Norvik line 3."
    s.value("A10", stmt, path="problem.statement", label="D2 Problem description", span="F10")
    label(s, "A11", "Qty affected")
    s.value("B11", "1200", path="problem.qty_complained", label="Qty affected", expect=1200)
    label(s, "C11", "Qty delivered")
    s.value(
        "D11",
        "24.000 pcs",
        path="problem.qty_delivered",
        label="Qty delivered",
        expect=24000,
        note="German thousands point",
    )
    s.text("A12", "D3  Immediate containment actions", "F12", bold=True, shade=True)
    label(s, "A13", "Action", "C13")
    for ref, text in (("D13", "Responsible"), ("E13", "Implemented on"), ("F13", "Effectiveness")):
        label(s, ref, text)
    act = "100% sorting of stock at Norvik and in transit"
    s.value("A14", act, path="containment[*].action", label="D3 Action", span="C14")
    s.value("D14", "Li Wei", path=f"containment[action={act}].owner", label="Responsible")
    s.value(
        "E14",
        "04-Sep-2026",
        path=f"containment[action={act}].done_date",
        label="Implemented on",
        expect="2026-09-04",
    )
    s.value(
        "F14",
        "100 %",
        path=f"containment[action={act}].effectiveness_pct",
        label="Effectiveness",
        expect="1.00",
    )
    s.text("A15", "D4  Root cause(s)", "F15", bold=True, shade=True)
    label(s, "A16", "Technical root cause (why made)")
    s.value(
        "B16",
        "Mould cavity 4 gate worn: clip wall 0.6 mm instead of 0.8 mm.",
        path="root_cause[type=occurrence].cause",
        label="Technical root cause (why made)",
        span="F16",
    )
    label(s, "A17", "Non-detection root cause (why not detected)")
    s.value(
        "B17",
        "Wall thickness checked on cavities 1-2 only.",
        path="root_cause[type=escape].cause",
        label="Non-detection root cause (why not detected)",
        span="F17",
    )
    s.height(17, 30)
    s.text("A18", "D5  Chosen permanent corrective actions", "F18", bold=True, shade=True)
    ca = "Replace gate insert of cavity 4; gate wear check every 20k shots"
    s.value("A19", ca, path="corrective_actions[*].action", label="D5", span="F19")
    s.text("A20", "D6  Implemented permanent corrective actions", "F20", bold=True, shade=True)
    impl = "Gate insert replaced, wear check added to TPM plan"
    s.value("A21", impl, path="implementation[*].action", label="D6", span="D21")
    label(s, "E21", "Implemented:")
    s.value(
        "F21",
        "22-Sep-2026",
        path=f"implementation[action={impl}].implemented_date",
        label="Implemented:",
        expect="2026-09-22",
    )
    s.text("A22", "D7  Actions to prevent recurrence", "F22", bold=True, shade=True)
    label(s, "A23", "Documents updated")
    docs = ["PFMEA", "Control plan", "Work instruction", "Drawing"]
    s.value(
        "B23",
        "  ".join(("☒ " if d in ("PFMEA", "Control plan") else "☐ ") + d for d in docs),
        path="prevention.documents_updated",
        label="Documents updated",
        span="F23",
        expect=["fmea", "control_plan"],
        blank_text="  ".join("☐ " + d for d in docs),
        note="PFMEA for FMEA; ☒ boxes",
    )
    label(s, "A24", "Transfer to other lines")
    s.value(
        "B24",
        "Same gate design on moulds M-17 and M-22 checked and reworked.",
        path="prevention.horizontal_deployment",
        label="Transfer to other lines",
        span="F24",
    )
    s.text("A25", "D8  Closure / team recognition", "F25", bold=True, shade=True)
    label(s, "A26", "Closed on")
    s.value("B26", "30-Sep-2026", path="closure.closed_date", label="Closed on", expect="2026-09-30")
    label(s, "C26", "Approved (customer)")
    s.value("D26", "M. Holm", path="closure.approved_by", label="Approved (customer)")
    label(s, "E26", "Status")
    s.value("F26", "closed", path="status", label="Status", expect="closed")


def eightd_zh_vertical(s: Sheet) -> None:
    """Chinese 8D with the disciplines as vertical merged labels in column A ('D1\\n组\\n建\\n团\\n队'),
    phrased unlike the usual 一、…八、 (问题界定, 围堵行动, 原因追溯, 对策拟定, 对策落实与验证,
    标准化, 结案与表彰); the whole team in one cell with roles in brackets separated by 、;
    two containment actions in one cell on numbered lines; quantities in full-width digits;
    dates 2026.9.3 / 2026/9/15; the closing date split over 年/月/日 cells."""
    s.text("A1", "8D 纠正措施报告", "F1", size=14)
    label(s, "B2", "报告编号")
    s.value("C2", "8D-HX-2609-05", path="number", label="报告编号")
    label(s, "D2", "客户")
    s.value("E2", "宁波旭升精密机械有限公司", path="customer", label="客户", span="F2")
    label(s, "B3", "产品料号")
    s.value("C3", "XS-VLV-118", path="part_no", label="产品料号")
    label(s, "D3", "报告日期")
    s.value("E3", "2026.9.3", path="opened_date", label="报告日期", expect="2026-09-03")
    label(s, "B4", "要求回复日期")
    s.value(
        "C4",
        "2026.9.10",
        path="target_close_date",
        label="要求回复日期",
        expect="2026-09-10",
        note="response due date",
    )
    label(s, "D4", "客诉单号")
    s.value("E4", "KS2608-055", path="complaint_number", label="客诉单号", span="F4")
    s.text("A5", "D1\n组\n建\n团\n队", "A5", bold=True, center=True)
    s.height(5, 66)
    team = "张伟(组长)、李娜(品质)、王磊(生产)、陈晨(技术)"
    s.value("B5", team, path=None, label="D1 组建团队", span="F5")
    for name in ("张伟", "李娜", "王磊", "陈晨"):
        field(
            s,
            "D1 组建团队",
            "B5",
            team,
            "team[*].name",
            name,
            note="whole team in one cell, roles in brackets",
        )
    field(s, "D1 组建团队", "B5", team, "team[name=张伟].role", "leader", note="(组长) after the name")
    s.text("A6", "D2\n问\n题\n界\n定", "A8", bold=True, center=True)
    label(s, "B6", "问题描述")
    s.value(
        "C6",
        "阀体 Φ8 孔内有铝屑残留，客户装配后试漏不合格。",
        path="problem.statement",
        label="问题描述",
        span="F6",
    )
    label(s, "B7", "何时何处发现")
    s.value("C7", "2026年8月30日 客户总装线试漏工位", path=None, label="何时何处发现", span="F7")
    label(s, "B8", "不良数量")
    s.value(
        "C8",
        "１８０ 件",
        path="problem.qty_complained",
        label="不良数量",
        expect=180,
        note="full-width digits, unit 件",
    )
    label(s, "D8", "交货数量")
    s.value("E8", "6,000件", path="problem.qty_delivered", label="交货数量", span="F8", expect=6000)
    s.text("A9", "D3\n围\n堵\n行\n动", "A9", bold=True, center=True)
    s.height(9, 66)
    c1, c2 = "在库品 3,200 件全检", "在途 1,000 件拦截返工"
    s.value("B9", f"1、{c1}\n2、{c2}", path=None, label="D3 围堵行动", span="F9")
    for a in (c1, c2):
        field(
            s,
            "D3 围堵行动",
            "B9",
            f"1、{c1}\\n2、{c2}",
            "containment[*].action",
            a,
            note="two numbered actions on two lines of one cell",
        )
    s.text("A10", "D4\n原\n因\n追\n溯", "A11", bold=True, center=True)
    label(s, "B10", "产生原因")
    s.value(
        "C10",
        "去毛刺工序刷头磨损，孔内铝屑未清除。",
        path="root_cause[type=occurrence].cause",
        label="产生原因",
        span="F10",
    )
    label(s, "B11", "流出原因")
    s.value(
        "C11",
        "清洁度检验只抽查外观，未用内窥镜检查孔内。",
        path="root_cause[type=escape].cause",
        label="流出原因",
        span="F11",
    )
    s.text("A12", "D5\n对\n策\n拟\n定", "A13", bold=True, center=True)
    label(s, "B12", "永久对策", "D12")
    label(s, "E12", "责任人")
    label(s, "F12", "完成日期")
    ca = "刷头改为每班更换，增加高压清洗工序"
    s.value("B13", ca, path="corrective_actions[*].action", label="D5 永久对策", span="D13")
    s.value("E13", "王磊", path=f"corrective_actions[action={ca}].owner", label="责任人")
    s.value(
        "F13",
        "2026/9/15",
        path=f"corrective_actions[action={ca}].due_date",
        label="完成日期",
        expect="2026-09-15",
    )
    s.text("A14", "D6\n对\n策\n落\n实", "A15", bold=True, center=True)
    impl = "高压清洗机 9 月 14 日投入使用"
    s.value("B14", impl, path="implementation[*].action", label="D6 对策落实与验证", span="F14")
    label(s, "B15", "验证结果")
    s.value(
        "C15",
        "连续 3 批 9,000 件内窥镜全检无铝屑",
        path=f"implementation[action={impl}].result",
        label="验证结果",
        span="F15",
    )
    s.text("A16", "D7\n标\n准\n化", "A16", bold=True, center=True)
    docs = ["作业指导书", "检验标准", "FMEA", "控制计划"]
    s.value(
        "B16",
        ticks(docs, {"作业指导书", "检验标准"}),
        path="prevention.documents_updated",
        label="D7 标准化",
        span="F16",
        expect=["work_instruction", "inspection_standard"],
        blank_text=ticks(docs, set()),
    )
    s.text("A17", "D8\n结\n案", "A18", bold=True, center=True)
    label(s, "B17", "结案日期")
    for ref, raw, unit in (("C17", "2026", "年"), ("D17", "9", "月"), ("E17", "30", "日")):
        s.value(ref, f"{raw} {unit}", path=None, label="结案日期", blank_text=f"      {unit}")
    s.box("F17")
    field(
        s,
        "结案日期 年 月 日",
        "C17:E17",
        "2026 年 | 9 月 | 30 日",
        "closure.closed_date",
        "2026-09-30",
        note="date split over three cells, each number typed before its pre-printed 年/月/日",
    )
    label(s, "B18", "批准")
    s.value("C18", "周建华", path="closure.approved_by", label="批准", span="F18")
    for row, points in (
        (6, 26),
        (7, 26),
        (8, 26),
        (9, 76),
        (10, 38),
        (11, 38),
        (12, 38),
        (13, 38),
        (14, 38),
        (15, 38),
        (16, 60),
        (17, 30),
        (18, 30),
    ):
        s.height(row, points)  # tall enough for the vertical section labels


def eightd_zht_scar(s: Sheet) -> None:
    """供應商矯正及預防措施要求單 (SCAR) of a Taiwanese customer in traditional script: the
    customer is the issuer named in the letterhead row; the sections are numbered 一、…五、
    with the 8D step in brackets ('一、緊急處置 (D3)'); 製造端/流出端 for occurrence/escape;
    quantities '1,200 PCS'; a ROC date '115/09/28'; the confirming person written with his
    section before his name; 同意結案 as a check box."""
    s.text("A1", "啟新光電股份有限公司", "F1", bold=True, center=True)
    s.text("A2", "供應商矯正及預防措施要求單 (SCAR)", "F2", size=14)
    label(s, "A3", "SCAR編號")
    s.value("B3", "SCAR-2609-011", path="number", label="SCAR編號")
    label(s, "C3", "發出日期")
    s.value("D3", "2026/09/03", path="opened_date", label="發出日期", expect="2026-09-03")
    label(s, "E3", "回覆期限")
    s.value("F3", "2026/09/10", path="target_close_date", label="回覆期限", expect="2026-09-10")
    label(s, "A4", "供應商名稱")
    s.value("B4", "鴻暉精密工業股份有限公司", path=None, label="供應商名稱", span="D4")
    label(s, "E4", "料號 P/N")
    s.value("F4", "QX-0335-R2", path="part_no", label="料號 P/N")
    label(s, "A5", "交貨數量")
    s.value("B5", "20,000 PCS", path="problem.qty_delivered", label="交貨數量", expect=20000)
    label(s, "C5", "不良數量")
    s.value("D5", "1,200 PCS", path="problem.qty_complained", label="不良數量", expect=1200)
    label(s, "E5", "不良率")
    s.value("F5", "6%", path=None, label="不良率")
    field(
        s,
        "(letterhead)",
        "A1",
        "(pre-printed: 啟新光電股份有限公司)",
        "customer",
        "啟新光電股份有限公司",
        note="a SCAR is issued by the customer: its name is the letterhead",
    )
    label(s, "A6", "問題說明\n(由客戶填寫)")
    stmt = "進料檢驗發現端子鍍金層厚度 0.05μm，低於規格 0.1μm。"
    s.value("B6", stmt, path="problem.statement", label="問題說明", span="F6")
    s.height(6, 30)
    s.text("A7", "一、緊急處置 (D3)", "F7", bold=True, shade=True)
    ca = "庫存 6,000 PCS 及在途 2,000 PCS 全數隔離重檢"
    s.value("A8", ca, path="containment[*].action", label="一、緊急處置 (D3)", span="F8")
    s.text("A9", "二、真因分析 (D4)", "F9", bold=True, shade=True)
    label(s, "A10", "製造端")
    s.value(
        "B10",
        "電鍍槽金濃度偏低，補充頻率不足。",
        path="root_cause[type=occurrence].cause",
        label="製造端",
        span="F10",
        note="製造端 (manufacturing side) = occurrence",
    )
    label(s, "A11", "流出端")
    s.value(
        "B11",
        "出貨檢驗未量測鍍層厚度。",
        path="root_cause[type=escape].cause",
        label="流出端",
        span="F11",
        note="流出端 (escape side)",
    )
    s.text("A12", "三、永久對策 (D5/D6)", "F12", bold=True, shade=True)
    label(s, "A13", "對策內容", "D13")
    label(s, "E13", "負責人")
    label(s, "F13", "預計完成日")
    pa = "金濃度改每 4 小時分析並自動補充"
    s.value("A14", pa, path="corrective_actions[*].action", label="對策內容", span="D14")
    s.value("E14", "張文彬", path=f"corrective_actions[action={pa}].owner", label="負責人")
    s.value(
        "F14",
        "2026/09/20",
        path=f"corrective_actions[action={pa}].due_date",
        label="預計完成日",
        expect="2026-09-20",
    )
    s.text("A15", "四、防止再發 (D7)", "F15", bold=True, shade=True)
    s.value(
        "A16",
        "同類電鍍料號 12 項全部納入 X-ray 膜厚檢驗。",
        path="prevention.horizontal_deployment",
        label="四、防止再發 (D7)",
        span="F16",
    )
    s.text("A17", "五、結案確認 (D8)（由客戶填寫）", "F17", bold=True, shade=True)
    label(s, "A18", "確認人")
    s.value(
        "B18",
        "品保課 林志豪",
        path="closure.approved_by",
        label="確認人",
        expect="林志豪",
        note="the section is written before the name",
    )
    label(s, "C18", "結案日")
    s.value(
        "D18",
        "115/09/28",
        path="closure.closed_date",
        label="結案日",
        expect="2026-09-28",
        note="ROC year 115",
    )
    label(s, "E18", "判定")
    s.value(
        "F18",
        ticks(["同意結案", "不同意"], {"同意結案"}),
        path="closure.customer_accepted",
        label="判定",
        expect=True,
        blank_text=ticks(["同意結案", "不同意"], set()),
    )


def eightd_en_g8d(s: Sheet) -> None:
    """Global 8D (G8D) in the abbreviations of an automotive OEM: every label ends in a colon in
    its own cell; ERA / ICA / PCA / Escape Point; Champion, Team Leader and Members named in one
    row (members separated by ';'); an Excel date cell shown mm/dd/yyyy and US dates typed
    '09/28/2026'; 'Verified %' of the ICA; a PCA for the root cause and one for the escape point."""
    s.text("A1", "Global 8D (G8D) Report", "F1", size=14)
    s.text("A2", "G8D #:")
    s.value("B2", "G8D-26-118", path="number", label="G8D #:")
    s.text("C2", "Concern Title:")
    s.value("D2", "Seat belt buckle latch noise", path=None, label="Concern Title:", span="F2")
    s.text("A3", "Customer / Plant:")
    s.value("B3", "Kessler Seating Oakville", path="customer", label="Customer / Plant:")
    s.text("C3", "Part #:")
    s.value("D3", "KB-4471-A", path="part_no", label="Part #:")
    s.text("E3", "Open Date:")
    s.value(
        "F3", D(2026, 9, 3), path="opened_date", label="Open Date:", fmt="mm/dd/yyyy", note="shown 09/03/2026"
    )
    s.text("A4", "D0  Prepare for the G8D Process", "F4", bold=True, shade=True)
    s.text("A5", "ERA (Emergency Response Action):")
    s.value(
        "B5",
        "Stop shipment of lot 2635; certified stock marked with a green dot",
        path="emergency_actions",
        label="ERA (Emergency Response Action):",
        span="F5",
    )
    s.height(5, 30)
    s.text("A6", "D1  Establish the Team", "F6", bold=True, shade=True)
    s.text("A7", "Champion:")
    s.value("B7", "Dana Cole", path="team[*].name", label="Champion:")
    s.text("C7", "Team Leader:")
    s.value("D7", "Raj Mehta", path="team[*].name", label="Team Leader:")
    s.text("E7", "Members:")
    s.value("F7", "S. Kim; P. Novak", path=None, label="Members:")
    field(s, "Members:", "F7", "S. Kim; P. Novak", "team[*].name", "S. Kim", note="two members in one cell")
    field(s, "Members:", "F7", "S. Kim; P. Novak", "team[*].name", "P. Novak", note="two members in one cell")
    field(
        s, "Champion:", "B7", "Dana Cole", "team[name=Dana Cole].role", "champion", note="role from the label"
    )
    field(
        s,
        "Team Leader:",
        "D7",
        "Raj Mehta",
        "team[name=Raj Mehta].role",
        "leader",
        note="role from the label",
    )
    s.text("A8", "D2  Describe the Problem", "F8", bold=True, shade=True)
    s.text("A9", "Problem Statement:")
    s.value(
        "B9",
        "Second-row buckles click when latched; 86 of 3,400 rejected at Kessler.",
        path="problem.statement",
        label="Problem Statement:",
        span="F9",
    )
    s.height(9, 30)
    s.text("A10", "Qty Rejected:")
    s.value("B10", "86", path="problem.qty_complained", label="Qty Rejected:", expect=86)
    s.text("C10", "Qty Shipped:")
    s.value("D10", "3,400", path="problem.qty_delivered", label="Qty Shipped:", expect=3400)
    s.text("A11", "D3  Develop the Interim Containment Action (ICA)", "F11", bold=True, shade=True)
    s.text("A12", "ICA:")
    ica = "100% audible check of buckles at end of line"
    s.value("B12", ica, path="containment[*].action", label="ICA:", span="D12")
    s.text("E12", "Verified %:")
    s.value(
        "F12", "98%", path=f"containment[action={ica}].effectiveness_pct", label="Verified %:", expect="0.98"
    )
    s.text("A13", "D4  Diagnose Root Cause and Escape Point", "F13", bold=True, shade=True)
    s.text("A14", "Root Cause:")
    s.value(
        "B14",
        "Latch spring rate below drawing minimum (supplier heat-treat drift).",
        path="root_cause[type=occurrence].cause",
        label="Root Cause:",
        span="F14",
    )
    s.text("A15", "Escape Point:")
    s.value(
        "B15",
        "EOL tester checks latch force only, not noise.",
        path="root_cause[type=escape].cause",
        label="Escape Point:",
        span="F15",
        note="the escape point answers why it was not detected",
    )
    s.text("A16", "D5  Choose and Verify PCAs", "F16", bold=True, shade=True)
    s.text("A17", "PCA for Root Cause:")
    s.value(
        "B17",
        "Spring heat-treat furnace profile locked; spring rate SPC at receiving",
        path="corrective_actions[*].action",
        label="PCA for Root Cause:",
        span="F17",
    )
    s.text("A18", "PCA for Escape Point:")
    s.value(
        "B18",
        "Acoustic test added to EOL tester",
        path="corrective_actions[*].action",
        label="PCA for Escape Point:",
        span="F18",
    )
    s.text("A19", "D6  Implement and Validate PCAs", "F19", bold=True, shade=True)
    s.text("A20", "Validation:")
    s.value(
        "B20",
        "0 noisy buckles in 12,000 built after the change",
        path="implementation[*].result",
        label="Validation:",
        span="F20",
    )
    s.text("A21", "D7  Prevent Recurrence", "F21", bold=True, shade=True)
    s.text("A22", "Read-across:")
    s.value(
        "B22",
        "Same spring used on 3 other buckle families: profiles locked there too.",
        path="prevention.horizontal_deployment",
        label="Read-across:",
        span="F22",
    )
    s.text("A23", "D8  Recognize Team and Individual Contributions", "F23", bold=True, shade=True)
    s.text("A24", "Closed:")
    s.value(
        "B24", "09/28/2026", path="closure.closed_date", label="Closed:", expect="2026-09-28", note="US date"
    )
    s.text("C24", "Champion sign-off:")
    s.value("D24", "Dana Cole", path="closure.approved_by", label="Champion sign-off:")


# =============================================================================== returns
def return_en_rma_two_row(s: Sheet) -> None:
    """English RMA of a medical-device customer: number and issue date in 'label: value' cells
    in the header; the customer's name and address in one cell on two lines; a line table
    with a two-row header (Quantity over Authorized / Received); '$12.50' prices typed as
    text; '500 pcs'; 'J. Ortiz  (972) 555-0143'; a US date 9/22/2026; ☒ disposition boxes."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "H1", size=14)
    s.value(
        "A2",
        "RMA-26-00388",
        prefix="RMA No.: ",
        path="number",
        label="RMA No.:",
        span="D2",
        note="label and value in one cell",
    )
    s.value(
        "E2",
        "03-Sep-2026",
        prefix="Issued: ",
        path="issue_date",
        label="Issued:",
        span="H2",
        expect="2026-09-03",
        note="label and value in one cell",
    )
    s.text("A3", "Ship From / Customer", "D3", shade=True)
    s.text("E3", "Customer Complaint Ref.", "H3", shade=True)
    s.value(
        "A4",
        "Helix Medical Devices Inc.\n2100 Lake Park Blvd, Richardson TX 75080",
        path="customer",
        label="Ship From / Customer",
        span="D4",
        expect="Helix Medical Devices Inc.",
        note="name and address in one cell",
    )
    s.height(4, 30)
    s.value("E4", "CC-2608-117", path="complaint_number", label="Customer Complaint Ref.", span="H4")
    for ref, text, span in (
        ("A5", "Line", "A6"),
        ("B5", "Part Number", "B6"),
        ("C5", "Description", "C6"),
        ("D5", "Quantity", "E5"),
        ("F5", "UoM", "F6"),
        ("G5", "Unit Price", "G6"),
        ("H5", "Extended", "H6"),
    ):
        s.text(ref, text, span, shade=True, center=True)
    s.text("D6", "Authorized", shade=True, center=True)
    s.text("E6", "Received", shade=True, center=True)
    lines = [
        ("HX-PSU-24V", "Power supply 24 V", 200, "198", "EA", "$12.50", "$2,475.00", "12.50", "2475.00"),
        ("HX-CBL-1M", "Cable 1 m", "500 pcs", 500, "EA", 1.2, 600, "1.20", "600.00"),
    ]
    for i, (pn, desc, auth, recv, uom, price, ext, p_exp, e_exp) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", i + 1, path=None, label="Line")
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="Part Number")
        s.value(f"C{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(
            f"D{r}",
            auth,
            path=f"items[{i}].qty_approved",
            label="Quantity / Authorized",
            expect=int(str(auth).split()[0]),
            note="two-row header",
        )
        s.value(
            f"E{r}",
            recv,
            path=f"items[{i}].qty_returned",
            label="Quantity / Received",
            expect=int(recv),
            note="two-row header",
        )
        s.value(f"F{r}", uom, path=f"items[{i}].unit", label="UoM")
        s.value(
            f"G{r}",
            price,
            path=f"items[{i}].unit_price",
            label="Unit Price",
            expect=p_exp,
            fmt="0.00" if isinstance(price, float) else None,
        )
        s.value(
            f"H{r}",
            ext,
            path=f"items[{i}].amount",
            label="Extended",
            expect=e_exp,
            fmt="#,##0.00" if isinstance(ext, int) else None,
        )
    s.box("A9", "H9")
    label(s, "A10", "Reason for return", "B10")
    s.value(
        "C10",
        "Output voltage drops under load (returned by field service)",
        path="reason",
        label="Reason for return",
        span="H10",
    )
    label(s, "A11", "Disposition", "B11")
    disp = ["Repair", "Replace", "Credit", "Scrap"]
    s.value(
        "C11",
        "  ".join(("☒ " if d == "Replace" else "☐ ") + d for d in disp),
        path="handling",
        label="Disposition",
        span="H11",
        expect=["replace"],
        blank_text="  ".join("☐ " + d for d in disp),
    )
    label(s, "A12", "Authorized by", "B12")
    s.value("C12", "R. Patel", path="approved_by", label="Authorized by", span="D12")
    label(s, "E12", "Received by", "F12")
    s.value(
        "G12",
        "J. Ortiz  (972) 555-0143",
        path="warehouse_receiver",
        label="Received by",
        span="H12",
        expect="J. Ortiz",
        note="phone number after the name",
    )
    label(s, "E13", "Date received", "F13")
    s.value(
        "G13",
        "9/22/2026",
        path="received_date",
        label="Date received",
        span="H13",
        expect="2026-09-22",
        note="US month/day/year",
    )


def return_zh_tongzhi(s: Sheet) -> None:
    """退货通知单 of a hardware maker: letterhead row then the title with the number 'NO：…' at
    its right; labels end in a colon in their own cell; the date in full-width digits
    ('２０２６年９月３日'); a line table with ¥ amounts typed as text and a unit of 千个; the
    reason on two numbered lines; ☑ handling; a signature row 制单/部门经理/仓库收货 with a phone
    number after a name; copy colours as a footnote."""
    plain(s, "A1", "苏州恒锐五金制品有限公司", "H1")
    s.ws["A1"].font = Font(bold=True, size=11)
    s.text("A2", "退 货 通 知 单", "F2", size=14)
    s.value(
        "G2",
        "TH2609003",
        prefix="NO：",
        path="number",
        label="NO：",
        span="H2",
        note="number beside the title",
    )
    s.height(2, 28)
    s.text("A3", "退货单位：")
    s.value(
        "B3",
        "无锡科达电器有限公司",
        path="customer",
        label="退货单位：",
        span="E3",
        note="退货单位 (returning unit) = customer",
    )
    s.text("F3", "电话：")
    s.value("G3", "0510-8523 6677", path=None, label="电话：", span="H3")
    s.text("A4", "依据客诉单：")
    s.value("B4", "KS2608-041", path="complaint_number", label="依据客诉单：", span="E4")
    s.text("F4", "日期：")
    s.value(
        "G4",
        "２０２６年９月３日",
        path="issue_date",
        label="日期：",
        span="H4",
        expect="2026-09-03",
        note="full-width digits",
    )
    for ref, text in zip(
        "ABCDEFGH", ["序号", "产品编号", "产品名称", "规格", "单位", "退货数量", "单价(元)", "金额(元)"]
    ):
        s.text(f"{ref}5", text, shade=True, center=True)
    rows = [
        ("HR-SC-0815", "不锈钢螺钉", "M4×12", "千个", "25", "¥38.00", "¥950.00", 25, "38.00", "950.00"),
        ("HR-WS-0420", "弹簧垫圈", "Φ4", "个", "500 pcs", "0.12", "60.00", 500, "0.12", "60.00"),
    ]
    for i, (pn, name, spec, unit, qty, price, amt, q_exp, p_exp, a_exp) in enumerate(rows):
        r = 6 + i
        s.value(f"A{r}", i + 1, path=None, label="序号")
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="产品编号")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="产品名称")
        s.value(f"D{r}", spec, path=None, label="规格")
        s.value(f"E{r}", unit, path=f"items[{i}].unit", label="单位")
        s.value(
            f"F{r}",
            qty,
            path=f"items[{i}].qty_returned",
            label="退货数量",
            expect=q_exp,
            note="counted in the line's unit (千个)" if unit == "千个" else None,
        )
        s.value(f"G{r}", price, path=f"items[{i}].unit_price", label="单价(元)", expect=p_exp)
        s.value(f"H{r}", amt, path=f"items[{i}].amount", label="金额(元)", expect=a_exp)
    s.text("A8", "合计", "G8", shade=True, center=True)
    s.value("H8", "¥1,010.00", path=None, label="合计")
    s.text("A9", "退货原因", "A10", shade=True, center=True)
    s.value(
        "B9",
        "1. 螺钉头部开裂\n2. 垫圈硬度不足（HRC 38，要求 42-50）",
        path="reason",
        label="退货原因",
        span="H10",
        note="two numbered lines",
    )
    s.text("A11", "处理方式", shade=True, center=True)
    opts = ["返工", "报废", "降级使用", "换货"]
    s.value(
        "B11",
        ticks(opts, {"报废", "换货"}),
        path="handling",
        label="处理方式",
        span="H11",
        expect=["scrap", "replace"],
        blank_text=ticks(opts, set()),
    )
    s.text("A12", "制单：")
    s.value("B12", "吴芳", path=None, label="制单：")
    s.text("C12", "部门经理：")
    s.value("D12", "钱永康", path="approved_by", label="部门经理：")
    s.text("E12", "仓库收货：")
    s.value(
        "F12",
        "马强 13862001234",
        path="warehouse_receiver",
        label="仓库收货：",
        expect="马强",
        note="mobile number after the name",
    )
    s.text("G12", "收货日期：")
    s.value("H12", "2026.9.5", path="received_date", label="收货日期：", expect="2026-09-05")
    plain(s, "A13", "第一联：存根（白）  第二联：仓库（红）  第三联：财务（黄）", "H13")


def return_zht_tuihui(s: Sheet) -> None:
    """銷貨退回單 of a Taiwanese plastics moulder in traditional script: ROC dates '115年9月3日'
    and '115.9.5'; approved and returned quantities side by side (核准數量 / 實退數量) with
    thousands separators; 憑證 as ☑ options; the signature row 核准 / 倉管簽收 / 簽收日."""
    plain(s, "A1", "永鑫塑膠工業有限公司", "G1")
    s.ws["A1"].font = Font(bold=True, size=11)
    s.text("A2", "銷 貨 退 回 單", "G2", size=14)
    label(s, "A3", "退貨單號")
    s.value("B3", "SR1150903-02", path="number", label="退貨單號", span="C3")
    label(s, "D3", "日期")
    s.value(
        "E3",
        "115年9月3日",
        path="issue_date",
        label="日期",
        span="G3",
        expect="2026-09-03",
        note="ROC year 115",
    )
    label(s, "A4", "客戶名稱")
    s.value("B4", "群達科技股份有限公司", path="customer", label="客戶名稱", span="C4")
    label(s, "D4", "客戶代號")
    s.value("E4", "C0187", path=None, label="客戶代號", span="G4")
    label(s, "A5", "客訴單號")
    s.value("B5", "CS-115-0877", path="complaint_number", label="客訴單號", span="C5")
    label(s, "D5", "憑證")
    proofs = ["原發票", "註記影本", "退貨證明"]
    s.value(
        "E5",
        ticks(proofs, {"原發票"}),
        path="proof",
        label="憑證",
        span="G5",
        expect="original_invoice",
        blank_text=ticks(proofs, set()),
    )
    for ref, text in zip("ABCDEFG", ["品號", "品名", "單位", "核准數量", "實退數量", "單價", "金額"]):
        s.text(f"{ref}6", text, shade=True, center=True)
    s.value("A7", "PP-CAP-28", path="items[0].part_no", label="品號")
    s.value("B7", "28mm 瓶蓋", path="items[0].part_name", label="品名")
    s.value("C7", "PCS", path="items[0].unit", label="單位")
    s.value("D7", "10,000", path="items[0].qty_approved", label="核准數量", expect=10000)
    s.value("E7", "9,850", path="items[0].qty_returned", label="實退數量", expect=9850)
    s.value("F7", "0.35", path="items[0].unit_price", label="單價", expect="0.35")
    s.value("G7", "3,447.50", path="items[0].amount", label="金額", expect="3447.50")
    for ref in "ABCDEFG":
        s.box(f"{ref}8")
    label(s, "A9", "退回原因")
    s.value("B9", "射出毛邊，客戶產線卡料", path="reason", label="退回原因", span="G9")
    label(s, "A10", "處理方式")
    opts = ["重工", "報廢", "降級", "換貨"]
    s.value(
        "B10",
        ticks(opts, {"重工"}),
        path="handling",
        label="處理方式",
        span="G10",
        expect=["rework"],
        blank_text=ticks(opts, set()),
    )
    label(s, "A11", "核准")
    s.value("B11", "林建宏", path="approved_by", label="核准")
    label(s, "C11", "倉管簽收")
    s.value("D11", "黃小玲", path="warehouse_receiver", label="倉管簽收")
    label(s, "E11", "簽收日")
    s.value(
        "F11",
        "115.9.5",
        path="received_date",
        label="簽收日",
        span="G11",
        expect="2026-09-05",
        note="ROC year with dots",
    )


# =============================================================================== allowances
def allowance_zh_zherang(s: Sheet) -> None:
    """销售折让单 of a bearing maker (not the statutory form): number and date in 'label：value'
    cells; buyer and seller blocks each with a '税号' label (the same label twice); invoice
    code and number typed together 'code / number'; an Excel date cell shown 2026年8月28日;
    tax rate '13%'; totals row; amount in words and '（小写）' ¥ total; a signature row with the
    buyer's stamp typed as '已盖章'."""
    s.text("A1", "销 售 折 让 单", "G1", size=14)
    s.value(
        "A2",
        "ZR-2609-006",
        prefix="单据编号：",
        path="number",
        label="单据编号：",
        span="D2",
        note="label and value in one cell",
    )
    s.value(
        "E2",
        "2026年9月3日",
        prefix="开单日期：",
        path="issue_date",
        label="开单日期：",
        span="G2",
        expect="2026-09-03",
        note="label and value in one cell",
    )
    label(s, "A3", "购货单位")
    s.value("B3", "杭州万向传动轴有限公司", path="buyer", label="购货单位", span="D3")
    label(s, "E3", "税号")
    s.value(
        "F3",
        "91330100MA2C8X7Q3L",
        path="buyer_tax_id",
        label="税号 (购货单位)",
        span="G3",
        note="same label as the seller's",
    )
    label(s, "A4", "销货单位")
    s.value("B4", "嘉兴精锐轴承有限公司", path="seller.name", label="销货单位", span="D4")
    label(s, "E4", "税号")
    s.value(
        "F4",
        "91330400MA28B5K21U",
        path="seller.tax_id",
        label="税号 (销货单位)",
        span="G4",
        note="same label as the buyer's",
    )
    label(s, "A5", "原发票代码/号码")
    s.value(
        "B5",
        "3300261130 / 04528831",
        path="invoice_no",
        label="原发票代码/号码",
        span="D5",
        expect="04528831",
        note="invoice code and number typed together; the number is the second",
    )
    label(s, "E5", "开票日期")
    s.value("F5", D(2026, 8, 28), path="invoice_date", label="开票日期", span="G5", fmt='yyyy"年"m"月"d"日"')
    label(s, "A6", "关联客诉")
    s.value("B6", "QC-2608-077", path="complaint_number", label="关联客诉", span="D6")
    label(s, "E6", "税率")
    s.value("F6", "13%", path="tax_rate", label="税率", span="G6", expect="0.13")
    for ref, text in zip("ABCDEFG", ["货物名称", "规格型号", "单位", "数量", "原单价", "折让金额", "税额"]):
        s.text(f"{ref}7", text, shade=True, center=True)
    rows = [
        ("深沟球轴承", "6204-2RS", "套", 2000, "8.50", "1,700.00", "221.00"),
        ("圆锥滚子轴承", "30205", "套", "800", "15.00", "960.00", "124.80"),
    ]
    for i, (name, spec, unit, qty, price, amt, tax) in enumerate(rows):
        r = 8 + i
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", spec, path=None, label="规格型号")
        s.value(f"C{r}", unit, path=None, label="单位")
        s.value(f"D{r}", qty, path=f"items[{i}].qty", label="数量", expect=int(qty))
        s.value(
            f"E{r}",
            price,
            path=f"items[{i}].unit_price",
            label="原单价",
            expect=price,
            note="原单价 (original price)",
        )
        s.value(
            f"F{r}", amt, path=f"items[{i}].allowance_amount", label="折让金额", expect=amt.replace(",", "")
        )
        s.value(f"G{r}", tax, path=f"items[{i}].tax", label="税额", expect=tax)
    s.text("A10", "合    计", "E10", shade=True, center=True)
    s.value("F10", "2,660.00", path="total_excl_tax", label="合计 (折让金额)", expect="2660.00")
    s.value("G10", "345.80", path="total_tax", label="合计 (税额)", expect="345.80")
    label(s, "A11", "价税合计（大写）")
    s.value("B11", "叁仟零伍元捌角整", path="total_in_words", label="价税合计（大写）", span="D11")
    label(s, "E11", "（小写）")
    s.value("F11", "¥3,005.80", path="total", label="（小写）", span="G11", expect="3005.80")
    s.value(
        "A12",
        "外圈锈蚀，经协商按原单价 10% 折让",
        prefix="折让原因：",
        path=None,
        label="折让原因：",
        span="G12",
    )
    s.text("A13", "财务：")
    s.value("B13", "张红", path=None, label="财务：")
    s.text("C13", "销售经理：")
    s.value("D13", "李俊", path="approved_by_manager", label="销售经理：")
    s.text("E13", "总经理：")
    s.value("F13", "王建", path="approved_by_gm", label="总经理：", note="总经理 without 副")
    s.text("A14", "购货单位（盖章）：", "B14")
    s.value(
        "C14",
        "已盖章",
        path="buyer_stamped",
        label="购货单位（盖章）：",
        expect=True,
        note="stamp recorded as text",
    )


def allowance_en_credit_note(s: Sheet) -> None:
    """English credit note with Chinese glosses in the same label cell; the date labelled with
    its format '(DD/MM/YYYY)' and typed 03/09/2026; 'Bill to' block with the buyer's name and
    VAT number on two lines of one cell; invoice date '28 Aug 2026'; VAT rate '13 %'; the total
    as 'USD 904.00'; approvals with the role in brackets in the label."""
    s.text("A1", "CREDIT NOTE  销售折让通知", "F1", size=14)
    plain(s, "A2", "Sunrise Motor Components (Changzhou) Co., Ltd.  ·  VAT No. 91320400MA1N7P2K6X", "F2")
    label(s, "A3", "Credit Note No.\n折让单号")
    s.value("B3", "CN-2609-0042", path="number", label="Credit Note No.", span="C3")
    label(s, "D3", "Date 日期\n(DD/MM/YYYY)")
    s.value(
        "E3",
        "03/09/2026",
        path="issue_date",
        label="Date (DD/MM/YYYY)",
        span="F3",
        expect="2026-09-03",
        note="day first, as the label says",
    )
    s.height(3, 30)
    label(s, "A4", "Bill to\n买方")
    s.value(
        "B4",
        "Aster Home Appliances Ltd.\nVAT No. GB 284 5512 73",
        path="buyer",
        label="Bill to",
        span="C4",
        expect="Aster Home Appliances Ltd.",
        note="name and VAT number on two lines of one cell",
    )
    field(
        s,
        "Bill to / VAT No.",
        "B4",
        "Aster Home Appliances Ltd.\\nVAT No. GB 284 5512 73",
        "buyer_tax_id",
        "GB 284 5512 73",
        note="'VAT No.' on the second line of the buyer's cell",
    )
    label(s, "D4", "Reference\n客诉编号")
    s.value("E4", "CMP-26-0233", path="complaint_number", label="Reference", span="F4")
    s.height(4, 30)
    label(s, "A5", "Original invoice\n原发票号")
    s.value("B5", "INV-260828-19", path="invoice_no", label="Original invoice", span="C5")
    label(s, "D5", "Invoice date\n发票日期")
    s.value("E5", "28 Aug 2026", path="invoice_date", label="Invoice date", span="F5", expect="2026-08-28")
    s.height(5, 30)
    for ref, text in zip(
        "ABCDEF", ["Item 品名", "Qty 数量", "Unit price 单价", "Credit amount 折让金额", "VAT 税额", "Remark"]
    ):
        s.text(f"{ref}6", text, shade=True, center=True)
    s.height(6, 30)
    s.value("A7", "Fan motor FM-120", path="items[0].name", label="Item")
    s.value("B7", 1000, path="items[0].qty", label="Qty", fmt="#,##0")
    s.value("C7", "0.80", path="items[0].unit_price", label="Unit price", expect="0.80")
    s.value("D7", "800.00", path="items[0].allowance_amount", label="Credit amount", expect="800.00")
    s.value("E7", "104.00", path="items[0].tax", label="VAT", expect="104.00")
    s.value("F7", "noise > 45 dB", path=None, label="Remark")
    s.box("A8", "F8")
    label(s, "A9", "VAT rate 税率")
    s.value("B9", "13 %", path="tax_rate", label="VAT rate", expect="0.13")
    label(s, "C9", "Net total 不含税合计")
    s.value("D9", "800.00", path="total_excl_tax", label="Net total", expect="800.00")
    label(s, "E9", "VAT total 税额合计")
    s.value("F9", "104.00", path="total_tax", label="VAT total", expect="104.00")
    label(s, "A10", "Total credit 合计", "C10")
    s.value(
        "D10",
        "USD 904.00",
        path="total",
        label="Total credit",
        span="F10",
        expect="904.00",
        note="currency before the amount",
    )
    label(s, "A11", "Approved by\n(Sales Manager)")
    s.value("B11", "Tom Hu", path="approved_by_manager", label="Approved by (Sales Manager)")
    label(s, "C11", "Approved by\n(General Manager)")
    s.value("D11", "Frank Yu", path="approved_by_gm", label="Approved by (General Manager)")
    label(s, "E11", "Customer signature")
    s.box("F11")
    s.height(11, 30)


Draw = Callable[[Sheet], None]

LAYOUTS: list[dict[str, Any]] = [
    dict(
        id="complaint-zh-yichang-lianluo",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_lianluo,
        sheet="异常联络单",
        widths=dict(A=12, B=12, C=12, D=12, E=12, F=12, G=12, H=12),
        imitates="品质异常联络单 / 纠正和预防措施处理单 (CAR) of an electronics plant",
        unmapped=["制令单号", "检验数", "问题反馈发出点", "审核"],
    ),
    dict(
        id="complaint-zht-vertical",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_vertical,
        sheet="客訴處理單",
        widths=dict(A=5, B=11, C=8, D=4, E=6, F=4, G=6, H=4, I=11, J=24),
        imitates="客訴處理單 of a Taiwanese connector maker",
        unmapped=["聯絡人"],
    ),
    dict(
        id="complaint-en-bilingual",
        kind="complaint",
        language="en",
        draw=complaint_en_bilingual,
        sheet="Complaint",
        widths=dict(A=18, B=16, C=24, D=16, E=16, F=16),
        imitates="an English customer complaint report with Chinese glosses (labels above values)",
        unmapped=[],
    ),
    dict(
        id="complaint-zh-wanyuan",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_wanyuan,
        sheet="客诉单",
        widths=dict(A=12, B=14, C=10, D=14, E=10, F=18, G=12, H=12, I=14),
        imitates="客户投诉单 of an automotive stamping plant (amounts in 万元)",
        unmapped=["原编号 (hidden)"],
    ),
    dict(
        id="8d-en-vda",
        kind="8d",
        language="en",
        draw=eightd_en_vda,
        sheet="8D",
        widths=dict(A=30, B=20, C=16, D=18, E=16, F=18),
        imitates="a VDA-style 8D report in English",
        unmapped=["Function", "Phone / e-mail"],
    ),
    dict(
        id="8d-zh-vertical",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_vertical,
        sheet="8D报告",
        widths=dict(A=6, B=14, C=16, D=16, E=14, F=14),
        imitates="a Chinese 8D with vertical D1–D8 labels",
        unmapped=["何时何处发现"],
    ),
    dict(
        id="8d-zht-scar",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_scar,
        sheet="SCAR",
        widths=dict(A=14, B=16, C=12, D=16, E=12, F=16),
        imitates="供應商矯正及預防措施要求單 (SCAR) of a Taiwanese customer",
        unmapped=["供應商名稱", "不良率"],
    ),
    dict(
        id="return-en-rma-two-row",
        kind="return",
        language="en",
        draw=return_en_rma_two_row,
        sheet="RMA",
        widths=dict(A=8, B=16, C=20, D=12, E=12, F=8, G=12, H=14),
        imitates="an English RMA with a two-row line header",
        unmapped=["Line"],
    ),
    dict(
        id="return-zh-tongzhi",
        kind="return",
        language="zh-Hans",
        draw=return_zh_tongzhi,
        sheet="退货通知单",
        widths=dict(A=11, B=16, C=12, D=12, E=11, F=14, G=12, H=12),
        imitates="退货通知单 of a hardware maker",
        unmapped=["电话", "规格", "合计", "制单"],
    ),
    dict(
        id="allowance-zh-zherang",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_zherang,
        sheet="折让单",
        widths=dict(A=16, B=14, C=8, D=12, E=10, F=14, G=14),
        imitates="销售折让单 of a bearing maker (company form, not the statutory one)",
        unmapped=["规格型号", "单位", "折让原因", "财务"],
    ),
    dict(
        id="allowance-en-credit-note",
        kind="allowance",
        language="en",
        draw=allowance_en_credit_note,
        sheet="Credit Note",
        widths=dict(A=20, B=16, C=16, D=20, E=16, F=16),
        imitates="an English credit note with Chinese glosses",
        unmapped=["Remark", "Customer signature"],
    ),
    dict(
        id="complaint-en-prr",
        kind="complaint",
        language="en",
        draw=complaint_en_prr,
        sheet="PRR",
        widths=dict(A=26, B=30, C=18, D=30),
        imitates="an OEM's Problem Reporting & Resolution (PRR) sheet",
        unmapped=["Supplier Code", "Response Due"],
    ),
    dict(
        id="8d-en-g8d",
        kind="8d",
        language="en",
        draw=eightd_en_g8d,
        sheet="G8D",
        widths=dict(A=30, B=22, C=18, D=22, E=12, F=20),
        imitates="a Global 8D (G8D) report with ERA / ICA / PCA abbreviations",
        unmapped=["Concern Title"],
    ),
    dict(
        id="return-zht-tuihui",
        kind="return",
        language="zh-Hant",
        draw=return_zht_tuihui,
        sheet="退回單",
        widths=dict(A=12, B=16, C=12, D=12, E=12, F=10, G=12),
        imitates="銷貨退回單 of a Taiwanese plastics moulder",
        unmapped=["客戶代號"],
    ),
]


def build(layout: dict, blank: bool) -> Sheet:
    sheet = Sheet(layout["sheet"], blank, layout["widths"])
    layout["draw"](sheet)
    return sheet


def expected(
    layout: dict,
    sheet: Sheet,
    origin: str = "held-out imitation",
    source: str = "tests/holdout/make_holdout.py",
) -> dict[str, Any]:
    lid = layout["id"]
    doc = " ".join((layout["draw"].__doc__ or "").split())
    return {
        "id": lid,
        "kind": layout["kind"],
        "language": layout["language"],
        "source": {
            "repo": f"kesu-docs ({origin})",
            "commit": "",
            "path": source,
        },
        "template": f"templates/{lid}.xlsx",
        "filled": [f"filled/{lid}.xlsx", f"filled/{lid}.pdf"],
        "special": [f"imitates {layout['imitates']}", doc],
        "fields": sheet.fields,
        "unmapped_labels": layout["unmapped"],
    }


def write_set(
    layouts: list[dict], argv: list[str], home: Path, what: str = "held-out layouts", **source: str
) -> None:
    """Write ``layouts`` (templates, filled copies, expected JSON, PDFs) into ``home`` or ``--out DIR``;
    ``source`` goes to :func:`expected` (``origin``, ``source``)."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else home
    written = []
    for layout in layouts:
        save(build(layout, blank=True), out / "templates" / f"{layout['id']}.xlsx")
        sheet = build(layout, blank=False)
        target = out / "filled" / f"{layout['id']}.xlsx"
        save(sheet, target)
        written.append(target)
        (out / "expected").mkdir(parents=True, exist_ok=True)
        (out / "expected" / f"{layout['id']}.json").write_text(
            json.dumps(expected(layout, sheet, **source), ensure_ascii=False, indent=1, default=str) + "\n",
            encoding="utf-8",
        )
    if "--no-pdf" not in argv:
        to_pdf(written, out / "filled")
    print(f"{len(layouts)} {what}{' (xlsx and pdf)' if '--no-pdf' not in argv else ''} in {out}")


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_set(LAYOUTS, argv, HERE)


if __name__ == "__main__":
    main(sys.argv[1:])
