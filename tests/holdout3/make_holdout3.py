"""Write the third held-out set (run: ``python tests/holdout3/make_holdout3.py``).

``tests/holdout2`` has been looked at while the reader was improved. This set is written from
public descriptions of real forms (客户投诉处理单 kept as a long two-column list, a Taiwanese
客訴處理單 on the second sheet behind its instructions, an SAP-style quality notification
printed landscape, 客户投诉单 made in Word with values on underlined blanks, a VDA 8D with
its blocks side by side, an English 8D list behind a Cover sheet, a Taiwanese SCAR and a Ford-style
G8D made in Word, 退货单 with subtotal and note rows, an RMA drawn directly by a PDF library,
销售折让单 and an English credit memo) without reading the reader's code, and differs from
``tests/layouts``, ``tests/holdout``, ``tests/holdout2`` and ``../shared/corpus``. What real
forms vary: label column / value column lists, labels above values, values inside the
label's cell after a full-width colon, a form on the second sheet, landscape pages, merged
free-text blocks, hidden helper columns, print titles, subtotal / blank / note rows in
tables, dates typed as ``2026.9.3``, ``2026/9/3``, ``9月3日``, ``3-Sep-26``, numbers as text
with thousands separators, full-width digits; Word forms printed by LibreOffice and a PDF
drawn by fpdf2 (customers send PDFs not made from Excel).

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it
there. Output, in the format of ``../shared/corpus``::

    templates/<id>.xlsx | .docx | .pdf   the blank layout
    filled/<id>.xlsx, .pdf               Excel layouts: filled, printed to PDF by LibreOffice
    filled/<id>.pdf                      Word and PDF layouts: the PDF only (what is sent)
    expected/<id>.json                   what was typed where, what kesu's record should contain

Deterministic for the xlsx/docx/json files; the PDFs need ``soffice`` (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

try:  # the PDF drawn directly needs fpdf2 (``pip install fpdf2``; not a kesu dependency)
    from fpdf import FPDF
except ImportError:  # the committed PDF stays; only regenerating it needs fpdf2
    FPDF = None

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))

from make_holdout import Sheet, expected, field, label, plain, to_pdf, write_set  # noqa: E402


def lv(s: Sheet, lref: str, text: str, vref: str, raw, path: str | None, lspan=None, **kw) -> None:
    """A shaded label cell and the value the clerk typed in another cell."""
    label(s, lref, text, lspan)
    s.value(vref, raw, path=path, label=text, **kw)


def boxes(options: list[str], chosen: set[str], on: str = "☑", off: str = "☐") -> str:
    return "  ".join(f"{on if o in chosen else off}{o}" for o in options)


# =============================================================================== complaints
def complaint_zh_longlist(s: Sheet) -> None:
    """客户投诉处理单 kept as a long two-column list (项目 / 内容 / 备注): labels in column A,
    values in column B, a hidden helper column C with customer and defect codes, a 备注 column
    with the unit and comments, print titles (rows 1-3 repeat), section rows 一、二、三 across the
    list, dates 2026.9.3 / 2026/8/20 / 9月28日 (no year), quantities as text with a thousands
    separator, the description and cause in merged blocks three rows tall, 质量投诉 / 制程 /
    一般 words instead of boxes, 有（已寄回5件） for the sample."""
    s.text("A1", "客户投诉处理单", "D1", size=15)
    s.height(1, 28)
    plain(s, "A2", "文件编号：QP-QA-021-F01    版本：B0    保存期限：三年", "D2")
    for ref, t in (("A3", "项目"), ("B3", "内容"), ("C3", "代码"), ("D3", "备注")):
        s.text(ref, t, bold=True, shade=True, center=True)
    s.ws.column_dimensions["C"].hidden = True
    s.ws.print_title_rows = "1:3"
    s.text("A4", "一、客户投诉信息（业务部填写）", "D4", bold=True)
    lv(s, "A5", "投诉单号", "B5", "KT-2026-0917", "number")
    lv(s, "A6", "客户名称", "B6", "宁波海天塑机集团有限公司", "customer")
    s.value("C6", "C0231", path=None, label="代码")
    s.value("D6", "老客户，年度框架协议", path=None, label="备注")
    lv(s, "A7", "投诉日期", "B7", "2026.9.3", "received_date", expect="2026-09-03")
    lv(s, "A8", "客户订单编号", "B8", "SO-260715-22", "order_no")
    lv(s, "A9", "产品型号", "B9", "HT-GB-0815", "part_no")
    lv(s, "A10", "产品名称", "B10", "齿轮箱壳体", "part_name")
    lv(s, "A11", "生产批号", "B11", "20260722-B", "lot_no")
    lv(s, "A12", "发货日期", "B12", "2026/8/20", "ship_date", expect="2026-08-20")
    lv(s, "A13", "发货数量", "B13", "2,400", "ship_qty", expect=2400)
    plain(s, "D13", "单位：件")
    lv(s, "A14", "不良数量", "B14", "72", "defect_qty", expect=72)
    lv(s, "A15", "不良率", "B15", "3%", "defect_rate", expect="0.03")
    lv(s, "A16", "投诉类别", "B16", "质量投诉", "complaint_type", expect="quality")
    lv(s, "A17", "严重程度", "B17", "一般", "severity", expect="general")
    lv(s, "A18", "客户诉求", "B18", "退货，补发同等数量", "customer_request", expect=["return", "resupply"])
    lv(s, "A19", "是否有样品", "B19", "有（已寄回5件）", "sample_received", expect=True)
    label(s, "A20", "问题描述", "A22")
    desc = "客户装配时发现壳体轴承孔尺寸超差（Φ52H7 实测 52.046），72 件无法压装，集中在 7 月 22 日 B 班。"
    s.value("B20", desc, path="description", label="问题描述", span="D22")
    s.value("C23", "D-17", path=None, label="代码")
    s.text("A23", "二、调查分析与处理（质量部填写）", "B23", bold=True)
    lv(s, "A24", "责任部门", "B24", "机加工车间", "responsible_unit")
    lv(s, "A25", "原因分类", "B25", "制程", "cause_category", expect="process")
    label(s, "A26", "原因分析", "A28")
    cause = "镗孔刀片磨损后未按频次更换，首件合格后 4 小时未巡检，尺寸逐渐偏大。"
    s.value("B26", cause, path="root_cause", label="原因分析", span="D28")
    lv(s, "A29", "临时措施", "B29", "库存 1,150 件全检，客户处 72 件换货。", "short_term_action", span="D29")
    lv(
        s,
        "A30",
        "永久措施",
        "B30",
        "刀片寿命改为 300 件强制更换，增加每 2 小时巡检记录。",
        "long_term_action",
        span="D30",
    )
    s.text("A31", "三、审批", "D31", bold=True)
    lv(s, "A32", "填表人", "B32", "周丽", "reporter")
    lv(s, "A33", "批准人", "B33", "陈海涛", "approver")
    lv(s, "A34", "结案日期", "B34", "9月28日", "closed_date", expect="2026-09-28")
    plain(s, "D34", "年份省略，同投诉日期")


def complaint_zht_cover(s: Sheet) -> None:
    """客訴處理單 on the SECOND sheet of its workbook, behind a 填寫說明 sheet that names the
    fields in its instructions; every value typed after its label's full-width colon in the
    same cell, two or three pairs per row; full-width digits (１２，０００, ２０２６／９／３);
    ■/□ boxes inside the cell; the description and cause after a line break in tall merged
    cells; 結案日期 typed 9月30日 without a year; 承辦 / 主管核准 / 業務 on one line."""
    cover = s.ws.parent.create_sheet("填寫說明", 0)
    lines = [
        "客訴處理單 填寫說明",
        "1. 客訴單號由品保課編列，格式 CS-年月-流水號。",
        "2. 受理日期、出貨日期請填西元年；客戶名稱請填全名。",
        "3. 異常描述請寫明不良現象、數量及發現地點；原因分析由責任單位於 3 個工作天內回覆。",
        "4. 本單正本由品保課存檔，影本交業務回覆客戶。",
    ]
    for i, t in enumerate(lines, start=1):
        cover.cell(i, 1, t)
    cover.column_dimensions["A"].width = 90
    plain(s, "A1", "欣興精密工業股份有限公司", "F1")
    s.text("A2", "客 訴 處 理 單", "F2", size=15)
    s.height(2, 26)
    s.value("A3", "CS-2609-031", prefix="客訴單號：", path="number", label="客訴單號：", span="C3")
    s.value(
        "D3",
        "２０２６／９／３",
        prefix="受理日期：",
        path="received_date",
        label="受理日期：",
        span="F3",
        expect="2026-09-03",
        note="full-width digits",
    )
    s.value(
        "A4", "台灣精工電子股份有限公司", prefix="客戶名稱：", path="customer", label="客戶名稱：", span="C4"
    )
    s.value("D4", "PO-88213", prefix="訂單號碼：", path="order_no", label="訂單號碼：", span="F4")
    s.value("A5", "SK-CN-2207", prefix="料號：", path="part_no", label="料號：", span="C5")
    s.value("D5", "連接器外殼", prefix="品名：", path="part_name", label="品名：", span="F5")
    s.value("A6", "L260818", prefix="批號：", path="lot_no", label="批號：", span="C6")
    s.value(
        "D6",
        "2026.8.25",
        prefix="出貨日期：",
        path="ship_date",
        label="出貨日期：",
        span="F6",
        expect="2026-08-25",
    )
    s.value(
        "A7",
        "１２，０００ pcs",
        prefix="出貨數量：",
        path="ship_qty",
        label="出貨數量：",
        span="B7",
        expect=12000,
    )
    s.value("C7", "３６０", prefix="不良數量：", path="defect_qty", label="不良數量：", span="D7", expect=360)
    s.value("E7", "３％", prefix="不良率：", path="defect_rate", label="不良率：", span="F7", expect="0.03")
    s.value(
        "A8",
        boxes(["品質", "非品質"], {"品質"}, "■", "□"),
        prefix="客訴類別：",
        path="complaint_type",
        label="客訴類別：",
        span="C8",
        expect="quality",
        blank_text="客訴類別：" + boxes(["品質", "非品質"], set(), "■", "□"),
    )
    s.value(
        "D8",
        boxes(["是", "否"], {"否"}, "■", "□"),
        prefix="涉及安規：",
        path="safety_related",
        label="涉及安規：",
        span="F8",
        expect=False,
        blank_text="涉及安規：" + boxes(["是", "否"], set(), "■", "□"),
    )
    desc = "客戶組裝時外殼卡勾斷裂 360 pcs，斷口位於模穴 #3 卡勾根部，附照片 4 張。"
    s.value("A9", desc, prefix="異常描述：\n", path="description", label="異常描述：", span="F11")
    req = ["退貨", "換貨", "折讓", "賠償"]
    s.value(
        "A12",
        boxes(req, {"退貨", "折讓"}, "■", "□"),
        prefix="客戶要求：",
        path="customer_request",
        label="客戶要求：",
        span="F12",
        expect=["return", "allowance"],
        blank_text="客戶要求：" + boxes(req, set(), "■", "□"),
    )
    cause = "模穴 #3 卡勾根部 R 角磨耗成銳角，應力集中；成型保壓時間不足。"
    s.value("A13", cause, prefix="原因分析：\n", path="root_cause", label="原因分析：", span="F14")
    s.value(
        "A15",
        "庫存 8,400 pcs 全數挑選，客戶端派員協助篩選。",
        prefix="暫時對策：",
        path="short_term_action",
        label="暫時對策：",
        span="F15",
    )
    s.value(
        "A16",
        "模穴 #3 R 角補焊修模，保壓時間 2.5 秒改 3.2 秒並納入 SOP。",
        prefix="永久對策：",
        path="long_term_action",
        label="永久對策：",
        span="F16",
    )
    s.value("A17", "沖壓課", prefix="責任單位：", path="responsible_unit", label="責任單位：", span="C17")
    s.value(
        "D17",
        "9月30日",
        prefix="結案日期：",
        path="closed_date",
        label="結案日期：",
        span="F17",
        expect="2026-09-30",
    )
    s.value("A18", "林佳蓉", prefix="承辦：", path="reporter", label="承辦：", span="B18")
    s.value("C18", "張志明", prefix="主管核准：", path="approver", label="主管核准：", span="D18")
    s.value("E18", "王俊傑", prefix="業務：", path=None, label="業務：", span="F18")
    for r in (9, 13):
        s.height(r, 30)


def complaint_en_qn(s: Sheet) -> None:
    """An SAP-style Quality Notification (Q1, customer complaint) printed landscape on a
    twelve-column grid: every label in a shaded band ABOVE its value, six pairs to a row; dates
    3-Sep-26; quantities with a unit of measure (1,500 EA); Priority and Notification Type codes
    kesu has no field for; three free-text blocks side by side (Immediate Action / Root Cause /
    Corrective Action) in merged areas; print titles rows 1-2."""
    s.ws.page_setup.orientation = "landscape"
    s.ws.print_title_rows = "1:2"
    plain(s, "A1", "Hollins Fluid Power GmbH — Quality Management", "F1")
    plain(s, "G1", "Printed 30-Sep-26  Page 1 of 1", "L1")
    s.text("A2", "QUALITY NOTIFICATION — CUSTOMER COMPLAINT (Q1)", "L2", size=13)
    pairs = [
        ("A", "B", "Notification No.", "300004871", "number", None),
        ("C", "D", "Notif. Date", "3-Sep-26", "received_date", "2026-09-03"),
        ("E", "H", "Customer", "Marlow Hydraulics Ltd", "customer", None),
        ("I", "J", "Customer PO", "4500-77812", "order_no", None),
        ("K", "L", "Reported By", "T. Jansen", "reporter", None),
    ]
    row2 = [
        ("A", "B", "Material", "ZX-4410-B", "part_no", None),
        ("C", "E", "Material Description", "Pump housing, anodised", "part_name", None),
        ("F", "G", "Batch", "B26-0811", "lot_no", None),
        ("H", "H", "Delivery Date", "28-Aug-26", "ship_date", "2026-08-28"),
        ("I", "J", "Delivered Qty", "1,500 EA", "ship_qty", 1500),
        ("K", "L", "Complaint Qty", "45 EA", "defect_qty", 45),
    ]
    for r, pr in ((4, pairs), (7, row2)):
        for a, b, lab, val, path, exp in pr:
            span = f"{b}{r}" if b != a else None
            label(s, f"{a}{r}", lab, f"{b}{r}" if b != a else None)
            s.value(
                f"{a}{r + 1}", val, path=path, label=lab, span=f"{b}{r + 1}" if span else None, expect=exp
            )
    label(s, "A10", "Notification Type", "B10")
    s.value("A11", "Q1 Customer complaint", path=None, label="Notification Type", span="B11")
    label(s, "C10", "Priority", "D10")
    s.value("C11", "2 - High", path=None, label="Priority", span="D11")
    label(s, "E10", "Defect Type", "F10")
    s.value("E11", "Quality", path="complaint_type", label="Defect Type", span="F11", expect="quality")
    label(s, "G10", "Safety Relevant", "H10")
    s.value("G11", "No", path="safety_related", label="Safety Relevant", span="H11", expect=False)
    label(s, "I10", "Sample Returned", "J10")
    s.value("I11", "Yes", path="sample_received", label="Sample Returned", span="J11", expect=True)
    label(s, "K10", "Responsible Dept.", "L10")
    s.value("K11", "Anodising Line 2", path="responsible_unit", label="Responsible Dept.", span="L11")
    s.text("A13", "Problem Description (long text)", "L13", bold=True)
    desc = (
        "Anodic coating on the mounting face measured 6-8 µm against 15 µm minimum; "
        "45 housings corroded after a 96 h salt spray test at the customer's incoming inspection."
    )
    s.value("A14", desc, path="description", label="Problem Description (long text)", span="L15")
    heads = [
        (
            "A",
            "D",
            "Immediate Action",
            "short_term_action",
            "Stock of 620 housings held and thickness-checked; 45 replaced from re-coated stock.",
        ),
        (
            "E",
            "H",
            "Root Cause",
            "root_cause",
            "Rectifier current drifted low after a board repair; no alarm on current density.",
        ),
        (
            "I",
            "L",
            "Corrective Action",
            "long_term_action",
            "Current-density alarm added; coating thickness checked on 5 parts per rack.",
        ),
    ]
    for a, b, lab, path, text in heads:
        s.text(f"{a}17", lab, f"{b}17", bold=True, shade=True)
        s.value(f"{a}18", text, path=path, label=lab, span=f"{b}20")
    for a, b, lab, val, path, exp in (
        ("A", "C", "Completed On", "29-Sep-26", "closed_date", "2026-09-29"),
        ("D", "F", "Approved By", "R. Fischer", "approver", None),
    ):
        label(s, f"{a}22", lab, f"{b}22")
        s.value(f"{a}23", val, path=path, label=lab, span=f"{b}23", expect=exp)


# =============================================================================== 8D
def eightd_zh_vda(s: Sheet) -> None:
    """8D 报告 after the VDA 8D layout, printed landscape on twelve columns: the header row
    holds six label / value pairs side by side; the disciplines are blocks side by side (D1
    left beside D2 right, D3 beside D4, D5/D6 across, D7 beside D8), each a band with its
    number and name; a team table 姓名/部门/角色 with 组长 / 倡导者 / 成员; D2 free text in a
    merged block with 交付数量：/ 投诉数量： typed under it in one cell each; D3 table with
    有效性 %; D4 发生原因 / 流出原因 as row labels; D5/D6 table with 计划 and 实施 dates; ☑ boxes;
    dates 2026/9/3."""
    s.ws.page_setup.orientation = "landscape"
    s.text("A1", "8D 报告（VDA 8D）", "L1", size=15)
    s.height(1, 26)
    hdr = [
        ("A2", "B2", "8D编号", "8D-2609-044", "number", None),
        ("C2", "D2", "投诉编号", "KT-2026-1102", "complaint_number", None),
        ("E2", "F2", "客户", "上海博世汽车部件有限公司", "customer", None),
        ("G2", "H2", "零件号", "F 00M 144 227", "part_no", None),
        ("I2", "J2", "开始日期", "2026/9/3", "opened_date", "2026-09-03"),
        ("K2", "L2", "计划完成", "2026/10/8", "target_close_date", "2026-10-08"),
    ]
    for lref, vref, lab, val, path, exp in hdr:
        lv(s, lref, lab, vref, val, path, expect=exp)
    s.text("A4", "D1 小组成立", "F4", bold=True, shade=True)
    s.text("G4", "D2 问题描述", "L4", bold=True, shade=True)
    for ref, t, span in (("A5", "姓名", "B5"), ("C5", "部门", "D5"), ("E5", "角色", "F5")):
        s.text(ref, t, span, bold=True, center=True)
    team = [
        ("赵立新", "质量部", "组长", "leader"),
        ("钱卫东", "总经办", "倡导者", "champion"),
        ("孙晓梅", "生产部", "成员", "member"),
        ("李强", "工艺部", "成员", "member"),
    ]
    for i, (name, dept, role, rexp) in enumerate(team):
        r = 6 + i
        s.value(f"A{r}", name, path="team[*].name", label="姓名", span=f"B{r}")
        s.value(f"C{r}", dept, path=f"team[name={name}].dept", label="部门", span=f"D{r}")
        s.value(f"E{r}", role, path=f"team[name={name}].role", label="角色", span=f"F{r}", expect=rexp)
    stmt = "电磁阀线圈骨架注塑件有缩痕，客户总装气密测试泄漏 120 件，集中在 8 月 21 日生产批次。"
    s.value("G5", stmt, path="problem.statement", label="D2 问题描述", span="L7")
    s.value(
        "G8",
        "5,000",
        prefix="交付数量：",
        path="problem.qty_delivered",
        label="交付数量：",
        span="I8",
        expect=5000,
    )
    s.value(
        "J8",
        "120",
        prefix="投诉数量：",
        path="problem.qty_complained",
        label="投诉数量：",
        span="L8",
        expect=120,
    )
    s.text("G9", "附：不良照片 3 张，气密测试记录", "L9")
    s.text("A11", "D3 临时措施", "F11", bold=True, shade=True)
    s.text("G11", "D4 根本原因", "L11", bold=True, shade=True)
    for ref, t in (("A12", "措施"), ("D12", "负责人"), ("E12", "完成日期"), ("F12", "有效性")):
        s.text(ref, t, "C12" if ref == "A12" else None, bold=True, center=True)
    cont = [
        ("厂内库存 1,800 件 100% 气密复测", "孙晓梅", "2026/9/4", "100%"),
        ("客户处在库 2,600 件派员挑选", "李强", "2026/9/6", "98%"),
    ]
    for i, (act, owner, done, eff) in enumerate(cont):
        r = 13 + i
        s.value(f"A{r}", act, path="containment[*].action", label="措施", span=f"C{r}")
        s.value(f"D{r}", owner, path=f"containment[action={act}].owner", label="负责人")
        s.value(
            f"E{r}",
            done,
            path=f"containment[action={act}].done_date",
            label="完成日期",
            expect="2026-09-0" + done[-1],
        )
        s.value(
            f"F{r}",
            eff,
            path=f"containment[action={act}].effectiveness_pct",
            label="有效性",
            expect="1.00" if eff == "100%" else "0.98",
        )
    label(s, "G12", "发生原因", "H13")
    occ = "模具冷却水路 3# 堵塞，骨架壁厚处冷却不足产生缩痕。"
    s.value("I12", occ, path="root_cause[type=occurrence].cause", label="发生原因", span="L13")
    label(s, "G14", "流出原因", "H15")
    esc = "出厂只做外观抽检，缩痕在气密测试前不可见，未做 100% 气密。"
    s.value("I14", esc, path="root_cause[type=escape].cause", label="流出原因", span="L15")
    s.text("A17", "D5 / D6 永久纠正措施及实施验证", "L17", bold=True, shade=True)
    for ref, t, span in (
        ("A18", "纠正措施", "E18"),
        ("F18", "负责人", None),
        ("G18", "计划日期", None),
        ("H18", "实施日期", None),
        ("I18", "效果验证", "L18"),
    ):
        s.text(ref, t, span, bold=True, center=True)
    acts = [
        (
            "疏通并改造 3# 冷却水路，增加流量监控",
            "李强",
            "2026/9/15",
            "2026/9/14",
            "连续 3 批 6,000 件气密零泄漏",
        ),
        ("出货前增加 100% 气密测试工位", "孙晓梅", "2026/9/20", "2026/9/19", "测试工位上线，两周拦截 0 件"),
    ]
    for i, (act, owner, due, done, res) in enumerate(acts):
        r = 19 + i
        s.value(f"A{r}", act, path="corrective_actions[*].action", label="纠正措施", span=f"E{r}")
        s.value(f"F{r}", owner, path=f"corrective_actions[action={act}].owner", label="负责人")
        s.value(
            f"G{r}",
            due,
            path=f"corrective_actions[action={act}].due_date",
            label="计划日期",
            expect="2026-09-" + due.rsplit("/", 1)[1],
        )
        s.value(f"H{r}", done, path=None, label="实施日期")
        s.value(f"I{r}", res, path=None, label="效果验证", span=f"L{r}")
    s.text("A22", "D7 预防再发生", "F22", bold=True, shade=True)
    s.text("G22", "D8 结案与小组祝贺", "L22", bold=True, shade=True)
    docs = ["FMEA", "控制计划", "作业指导书", "检验规范"]
    s.value(
        "A23",
        boxes(docs, {"FMEA", "控制计划"}),
        prefix="更新文件：",
        path="prevention.documents_updated",
        label="更新文件：",
        span="F23",
        expect=["fmea", "control_plan"],
        blank_text="更新文件：" + boxes(docs, set()),
    )
    s.value(
        "A24",
        "同类 6 副骨架模具全部检查冷却水路",
        prefix="横向展开：",
        path="prevention.horizontal_deployment",
        label="横向展开：",
        span="F25",
    )
    s.value(
        "G23",
        boxes(["是", "否"], {"是"}),
        prefix="客户认可：",
        path="closure.customer_accepted",
        label="客户认可：",
        span="L23",
        expect=True,
        blank_text="客户认可：" + boxes(["是", "否"], set()),
    )
    s.value(
        "G24",
        "2026/10/8",
        prefix="结案日期：",
        path="closure.closed_date",
        label="结案日期：",
        span="I24",
        expect="2026-10-08",
    )
    s.value("J24", "钱卫东", prefix="批准：", path="closure.approved_by", label="批准：", span="L24")


# =============================================================================== returns
def return_zh_subtotal(s: Sheet) -> None:
    """退货单 of a plastics moulder, printed landscape: label cell + value cell pairs at the
    top; an item table grouped by the original delivery note with a 小计 row after each
    group, an empty line between groups and a 注： note row inside the table; quantities as
    text with thousands separators, a unit price 3.50; 合计 row; ☑ boxes for the handling and
    the proof; dates 2026/9/3 and 9月6日 without a year; a hidden column with the ERP line id."""
    s.ws.page_setup.orientation = "landscape"
    plain(s, "A1", "余姚华塑科技有限公司", "J1")
    s.text("A2", "退  货  单", "J2", size=15)
    lv(s, "A3", "退货单号", "B3", "TH-20260903-01", "number", lspan=None, span="C3")
    lv(s, "D3", "退货日期", "E3", "2026/9/3", "issue_date", expect="2026-09-03", span="F3")
    lv(s, "G3", "客诉单号", "H3", "KS-26-0871", "complaint_number", span="J3")
    lv(s, "A4", "退货单位", "B4", "杭州老板电器股份有限公司", "customer", span="F4")
    label(s, "G4", "原送货单")
    s.value("H4", "SH2608-117 / SH2608-131", path=None, label="原送货单", span="J4")
    heads = [
        "序号",
        "物料编码",
        "品名规格",
        "单位",
        "核准数量",
        "实退数量",
        "单价(元)",
        "金额(元)",
        "ERP行号",
        "备注",
    ]
    for i, h in enumerate(heads):
        s.text(f"{'ABCDEFGHIJ'[i]}6", h, bold=True, shade=True, center=True)
    s.ws.column_dimensions["I"].hidden = True
    lines = [
        (7, "1", "HS-KN-301", "旋钮 黑色 PC", "个", "1,200", "1,200", "3.50", "4,200.00", "L01", "划伤"),
        (
            8,
            "2",
            "HS-KN-302",
            "旋钮 银色 PC",
            "个",
            "800",
            "760",
            "3.80",
            "2,888.00",
            "L02",
            "缺料 40 个未退",
        ),
    ]
    lines2 = [
        (12, "3", "HS-PN-118", "面板 ABS 喷涂", "片", "300", "300", "12.60", "3,780.00", "L07", "色差"),
    ]
    idx = 0
    for group, sub_row, sub_qty, sub_amt in (
        (lines, 9, "1,960", "7,088.00"),
        (lines2, 13, "300", "3,780.00"),
    ):
        for r, no, pn, name, unit, qa, qr, price, amt, erp, note in group:
            s.value(f"A{r}", no, path=None, label="序号")
            s.value(f"B{r}", pn, path=f"items[{idx}].part_no", label="物料编码")
            s.value(f"C{r}", name, path=f"items[{idx}].part_name", label="品名规格")
            s.value(f"D{r}", unit, path=f"items[{idx}].unit", label="单位")
            s.value(
                f"E{r}",
                qa,
                path=f"items[{idx}].qty_approved",
                label="核准数量",
                expect=int(qa.replace(",", "")),
            )
            s.value(
                f"F{r}",
                qr,
                path=f"items[{idx}].qty_returned",
                label="实退数量",
                expect=int(qr.replace(",", "")),
            )
            s.value(f"G{r}", price, path=f"items[{idx}].unit_price", label="单价(元)", expect=price)
            s.value(f"H{r}", amt, path=f"items[{idx}].amount", label="金额(元)", expect=amt.replace(",", ""))
            s.value(f"I{r}", erp, path=None, label="ERP行号")
            s.value(f"J{r}", note, path=None, label="备注")
            idx += 1
        s.text(f"A{sub_row}", "小计", f"E{sub_row}", center=True)
        s.value(f"F{sub_row}", sub_qty, path=None, label="小计")
        s.value(f"H{sub_row}", sub_amt, path=None, label="小计")
        if sub_row == 9:
            s.box("A10", "J10")
            s.text("A11", "注：第 3 项为 SH2608-131 送货，客户另行退回", "J11")
    s.text("A14", "合计", "E14", bold=True, center=True)
    s.value("F14", "2,260", path=None, label="合计")
    s.value("H14", "10,868.00", path=None, label="合计")
    lv(s, "A16", "退货原因", "B16", "旋钮表面划伤、面板喷涂色差，客户来料检验判退。", "reason", span="J16")
    hopts = ["返工", "报废", "换货", "维修"]
    lv(
        s,
        "A17",
        "处理方式",
        "B17",
        boxes(hopts, {"返工", "换货"}),
        "handling",
        span="F17",
        expect=["rework", "replace"],
        blank_text=boxes(hopts, set()),
    )
    popts = ["退货证明单", "发票原件", "发票复印件（注明）"]
    lv(
        s,
        "G17",
        "凭证",
        "H17",
        boxes(popts, {"退货证明单"}),
        "proof",
        span="J17",
        expect="return_certificate",
        blank_text=boxes(popts, set()),
    )
    lv(s, "A19", "审批", "B19", "吴建军", "approved_by")
    lv(s, "C19", "仓库签收", "D19", "沈芳", "warehouse_receiver")
    lv(s, "E19", "签收日期", "F19", "9月6日", "received_date", expect="2026-09-06")
    lv(s, "G19", "制单", "H19", "王敏", None, span="J19")


# =============================================================================== allowances
def allowance_en_credit_memo(s: Sheet) -> None:
    """An English CREDIT MEMO of a Chinese exporter for a price allowance, printed landscape
    with print titles: letterhead with the seller's name and tax id, a Bill To block with the
    buyer's name and tax id under it, a reference box (Credit Memo No. / Date / Ref. Invoice /
    Invoice Date / Your Complaint Ref.) on the right, dates 3-Sep-26 and 26-Aug-26; a line
    table with a hidden GL-account column, a blank line, a Subtotal row, VAT @ 13% and TOTAL
    CREDIT; amounts as text with thousands separators; approval lines at the foot."""
    s.ws.page_setup.orientation = "landscape"
    s.ws.print_title_rows = "1:3"
    s.value(
        "A1", "Ningbo Dongfang Electric Motor Co., Ltd.", path="seller.name", label="(letterhead)", span="D1"
    )
    s.value("A2", "91330201MA2H4Q7L5T", prefix="Tax ID: ", path="seller.tax_id", label="Tax ID:", span="D2")
    plain(s, "A3", "No. 88 Jinhai Road, Beilun, Ningbo 315800, China", "D3")
    s.text("E1", "CREDIT MEMO", "H2", size=16)
    s.text("A5", "Bill To:", "B5", bold=True)
    s.value("A6", "Kessler Antriebstechnik GmbH", path="buyer", label="Bill To:", span="D6")
    plain(s, "A7", "Industriestr. 14, 73479 Ellwangen, Germany", "D7")
    s.value("A8", "DE 287 445 190", prefix="VAT No.: ", path="buyer_tax_id", label="VAT No.:", span="D8")
    ref = [
        ("Credit Memo No.", "CM-26-0093", "number", None),
        ("Date", "3-Sep-26", "issue_date", "2026-09-03"),
        ("Ref. Invoice", "INV-26-1877", "invoice_no", None),
        ("Invoice Date", "26-Aug-26", "invoice_date", "2026-08-26"),
        ("Your Complaint Ref.", "QN 300004901", "complaint_number", None),
    ]
    for i, (lab, val, path, exp) in enumerate(ref):
        lv(s, f"F{5 + i}", lab, f"G{5 + i}", val, path, span=f"H{5 + i}", expect=exp)
    heads = ["Item", "Description", "GL Acct", "Qty", "Unit Price (USD)", "Credit Amount", "VAT", "Remarks"]
    for i, h in enumerate(heads):
        s.text(f"{'ABCDEFGH'[i]}11", h, bold=True, shade=True, center=True)
    s.ws.column_dimensions["C"].hidden = True
    rows = [
        (
            12,
            "1",
            "Price allowance — BLDC motor 57BL-60, lot 2608A",
            "4010-02",
            "2,000",
            "0.85",
            "1,700.00",
            "221.00",
            "coil resistance deviation",
        ),
        (13, "2", "Price allowance — BLDC motor 57BL-90", "4010-02", "600", "1.20", "720.00", "93.60", ""),
    ]
    for i, (r, item, desc, gl, qty, price, amt, tax, rem) in enumerate(rows):
        s.value(f"A{r}", item, path=None, label="Item")
        s.value(f"B{r}", desc, path=f"items[{i}].name", label="Description")
        s.value(f"C{r}", gl, path=None, label="GL Acct")
        s.value(f"D{r}", qty, path=f"items[{i}].qty", label="Qty", expect=int(qty.replace(",", "")))
        s.value(f"E{r}", price, path=f"items[{i}].unit_price", label="Unit Price (USD)")
        s.value(
            f"F{r}",
            amt,
            path=f"items[{i}].allowance_amount",
            label="Credit Amount",
            expect=amt.replace(",", ""),
        )
        s.value(f"G{r}", tax, path=f"items[{i}].tax", label="VAT")
        if rem:
            s.value(f"H{r}", rem, path=None, label="Remarks")
    s.box("A14", "H14")
    s.text("A15", "Subtotal", "E15", bold=True)
    s.value("F15", "2,420.00", path="total_excl_tax", label="Subtotal", expect="2420.00")
    s.value("A16", "13%", prefix="VAT @ ", path="tax_rate", label="VAT @", span="E16", expect="0.13")
    s.value("G16", "314.60", path="total_tax", label="VAT @")
    s.text("A17", "TOTAL CREDIT (USD)", "E17", bold=True)
    s.value("F17", "2,734.60", path="total", label="TOTAL CREDIT (USD)", span="G17", expect="2734.60")
    plain(
        s,
        "A19",
        "This credit will be offset against your next payment. Please quote the Credit Memo No.",
        "H19",
    )
    for a, b, lab, val, path in (
        ("A", "B", "Prepared by", "Chen Yu", None),
        ("C", "E", "Sales Manager", "David Xu", "approved_by_manager"),
        ("F", "H", "General Manager", "Wang Jianping", "approved_by_gm"),
    ):
        s.value(f"{a}21", val, path=path, label=lab, span=f"{b}21")
        s.text(f"{a}22", lab, f"{b}22", center=True)


def return_zht_above(s: Sheet) -> None:
    """銷貨退回單 of a Taiwanese bicycle-parts maker: every label in a shaded cell ABOVE its
    value, four to a row; 2026.9.3; an item table with full-width quantities (２００), an empty
    line and a 以下空白 line before 合計; [V] marks for the handling and the proof; 退貨原因 a
    label above a merged free-text block; 核准 / 倉管簽收 / 簽收日期 above their values at the
    foot; a print area and the page fitted to one page wide."""
    plain(s, "A1", "巨輪自行車零件股份有限公司　品保部", "H1")
    s.text("A2", "銷 貨 退 回 單", "H2", size=15)
    s.height(2, 26)
    top = [
        ("A", "B", "退貨單號", "RT-2609-0112", "number", None),
        ("C", "D", "退貨日期", "2026.9.3", "issue_date", "2026-09-03"),
        ("E", "F", "客戶名稱", "美利達工業股份有限公司", "customer", None),
        ("G", "H", "客訴單號", "CC-0826-07", "complaint_number", None),
    ]
    for a, b, lab, val, path, exp in top:
        label(s, f"{a}3", lab, f"{b}3")
        s.value(f"{a}4", val, path=path, label=lab, span=f"{b}4", expect=exp)
    heads = ["項次", "料號", "品名規格", "單位", "核准退貨數", "實收數量", "單價", "金額"]
    for i, h in enumerate(heads):
        s.text(f"{'ABCDEFGH'[i]}6", h, bold=True, shade=True, center=True)
    lines = [
        ("1", "GL-HB-3318", "變速把手 左 8速", "組", "２００", 200, "２００", 200, "185", "37,000"),
        ("2", "GL-BR-1120", "煞車拉桿 鋁合金", "支", "５０", 50, "４６", 46, "92", "4,232"),
    ]
    for i, (no, pn, name, unit, qa, qa_n, qr, qr_n, price, amt) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", no, path=None, label="項次")
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="料號")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="品名規格")
        s.value(f"D{r}", unit, path=f"items[{i}].unit", label="單位")
        s.value(f"E{r}", qa, path=f"items[{i}].qty_approved", label="核准退貨數", expect=qa_n)
        s.value(f"F{r}", qr, path=f"items[{i}].qty_returned", label="實收數量", expect=qr_n)
        s.value(f"G{r}", price, path=f"items[{i}].unit_price", label="單價", expect=price + ".00")
        s.value(f"H{r}", amt, path=f"items[{i}].amount", label="金額", expect=amt.replace(",", "") + ".00")
    s.box("A9", "H9")
    s.text("A10", "以下空白", "H10", center=True)
    s.text("A11", "合計", "E11", bold=True, center=True)
    s.value("F11", "２４６", path=None, label="合計")
    s.value("H11", "41,232", path=None, label="合計")
    label(s, "A13", "退貨原因", "H13")
    s.value(
        "A14",
        "變速把手卡榫斷裂，客戶組裝線抽檢不良率 12%；煞車拉桿表面陽極色差。",
        path="reason",
        label="退貨原因",
        span="H15",
    )
    hopts = ["重工", "報廢", "換貨", "降級"]
    label(s, "A17", "處理方式", "D17")
    s.value(
        "A18",
        "  ".join(("[V]" if o in {"換貨"} else "[  ]") + o for o in hopts),
        path="handling",
        label="處理方式",
        span="D18",
        expect=["replace"],
        blank_text="  ".join("[  ]" + o for o in hopts),
    )
    popts = ["銷貨退回證明單", "發票正本", "發票影本"]
    label(s, "E17", "退貨憑證", "H17")
    s.value(
        "E18",
        "  ".join(("[V]" if o == "銷貨退回證明單" else "[  ]") + o for o in popts),
        path="proof",
        label="退貨憑證",
        span="H18",
        expect="return_certificate",
        blank_text="  ".join("[  ]" + o for o in popts),
    )
    foot = [
        ("A", "B", "核准", "郭建宏", "approved_by", None),
        ("C", "D", "倉管簽收", "賴美玲", "warehouse_receiver", None),
        ("E", "F", "簽收日期", "2026/9/6", "received_date", "2026-09-06"),
        ("G", "H", "業務", "蘇柏翰", None, None),
    ]
    for a, b, lab, val, path, exp in foot:
        label(s, f"{a}20", lab, f"{b}20")
        s.value(f"{a}21", val, path=path, label=lab, span=f"{b}21", expect=exp)
    s.ws.print_area = "A1:H21"
    s.ws.page_setup.fitToWidth = 1
    s.ws.sheet_properties.pageSetUpPr.fitToPage = True


def allowance_zh_hongzi(s: Sheet) -> None:
    """A company's Excel copy of 开具红字增值税专用发票信息表 used as its allowance form,
    printed landscape: 填开日期 in the title block (2026年9月5日), the info-table number in a
    box; 销售方 and 购买方 stacked, each a caption merged over two rows with 名称 / 纳税人识别号
    beside it; 开具红字专用发票内容 with NEGATIVE quantities and amounts (-2,000, -3,600.00; the
    allowance is the amount without its sign), 税率 as a column, 合计 with ¥; the blue invoice's
    20-digit number and the complaint number inside a 说明 block; 销售经理 / 总经理 at the foot."""
    s.ws.page_setup.orientation = "landscape"
    s.text("A1", "开具红字增值税专用发票信息表", "H1", size=15)
    s.height(1, 28)
    s.value(
        "A2",
        "2026年9月5日",
        prefix="填开日期：",
        path="issue_date",
        label="填开日期：",
        span="D2",
        expect="2026-09-05",
    )
    label(s, "E2", "信息表编号", "F2")
    s.value("G2", "3302012609000417", path="number", label="信息表编号", span="H2")
    for top, who, name, tax, npath, tpath in (
        (3, "销售方", "绍兴越美纺织科技有限公司", "91330602MA2BW3E61K", "seller.name", "seller.tax_id"),
        (5, "购买方", "上海锦程服饰有限公司", "91310115MA1K4TQ90D", "buyer", "buyer_tax_id"),
    ):
        s.text(f"A{top}", who, f"A{top + 1}", bold=True, shade=True, center=True)
        label(s, f"B{top}", "名称")
        s.value(f"C{top}", name, path=npath, label=f"{who} 名称", span=f"H{top}")
        label(s, f"B{top + 1}", "纳税人识别号")
        s.value(f"C{top + 1}", tax, path=tpath, label=f"{who} 纳税人识别号", span=f"H{top + 1}")
    s.text("A7", "开具红字专用发票内容", "A10", bold=True, shade=True, center=True)
    for col, h in zip(
        "BCDEFGH", ["货物（劳务服务）名称", "数量", "单价", "金额", "税率", "税额", "备注"], strict=True
    ):
        s.text(f"{col}7", h, bold=True, center=True)
    lines = [
        ("涤纶弹力布 150cm", "-2,000", 2000, "1.80", "-3,600.00", "3600.00", "-468.00", "468.00"),
        ("涤纶平纹布 150cm", "-1,500", 1500, "1.00", "-1,500.00", "1500.00", "-195.00", "195.00"),
    ]
    for i, (name, qty, qn_, price, amt, amt_e, tax, tax_e) in enumerate(lines):
        r = 8 + i
        s.value(f"B{r}", name, path=f"items[{i}].name", label="货物（劳务服务）名称")
        s.value(
            f"C{r}",
            qty,
            path=f"items[{i}].qty",
            label="数量",
            expect=qn_,
            note="negative on a red-letter form",
        )
        s.value(f"D{r}", price, path=f"items[{i}].unit_price", label="单价")
        s.value(
            f"E{r}",
            amt,
            path=f"items[{i}].allowance_amount",
            label="金额",
            expect=amt_e,
            note="negative on a red-letter form",
        )
        s.value(f"F{r}", "13%", path="tax_rate" if i == 0 else None, label="税率", expect="0.13")
        s.value(f"G{r}", tax, path=f"items[{i}].tax", label="税额", expect=tax_e)
    s.text("B10", "合计", bold=True, center=True)
    s.value("E10", "-¥5,100.00", path="total_excl_tax", label="合计", expect="5100.00")
    s.value("G10", "-¥663.00", path="total_tax", label="合计", expect="663.00")
    label(s, "A11", "价税合计")
    s.value("B11", "-¥5,763.00", path="total", label="价税合计", span="H11", expect="5763.00")
    s.text("A12", "说明", "A14", bold=True, shade=True, center=True)
    plain(s, "B12", "一、销售方申请 ☑ 因开票有误购买方拒收的 ☐ 因开票有误等原因尚未交付的 ☑ 销售折让", "H12")
    s.value(
        "B13",
        "26332000000051877219",
        prefix="对应蓝字专用发票号码：",
        path="invoice_no",
        label="对应蓝字专用发票号码：",
        span="E13",
    )
    s.value(
        "F13",
        "2026-08-21",
        prefix="开票日期：",
        path="invoice_date",
        label="开票日期：",
        span="H13",
        expect="2026-08-21",
    )
    s.value(
        "B14", "KS-2608-119", prefix="对应客诉单：", path="complaint_number", label="对应客诉单：", span="E14"
    )
    s.value("F14", "布面色差，折让 20%", prefix="折让原因：", path=None, label="折让原因：", span="H14")
    for a, b, lab, val, path in (
        ("A", "B", "经办人", "胡佳", None),
        ("C", "E", "销售经理", "钟文涛", "approved_by_manager"),
        ("F", "H", "总经理", "宋国平", "approved_by_gm"),
    ):
        s.value(f"{a}16", val, prefix=f"{lab}：", path=path, label=f"{lab}：", span=f"{b}16")


def eightd_en_cover_list(s: Sheet) -> None:
    """An English 8D workbook whose report is on its SECOND sheet, behind a Cover sheet with a
    revision history (dates and names that are not the report's); the report is a long
    two-column list (label column A, value column B) with the disciplines as labels
    (``D1 - Team Members``, ``D3 - Containment``), the team typed as one cell
    ``J. Park (Leader), S. Gomez (Member), R. Iyer (Member)``, dates 3-Sep-26, counts ``2,500
    pcs``, frozen panes and print titles, and a hidden column C with the customer's
    scorecard weights."""
    cover = s.ws.parent.create_sheet("Cover", 0)
    cover["A1"] = "8D REPORT — COVER"
    cover["A3"], cover["B3"], cover["C3"] = "Rev.", "Date", "Changed by"
    cover["A4"], cover["B4"], cover["C4"] = "A", "1-Sep-26", "Template owner"
    cover["A5"], cover["B5"], cover["C5"] = "B", "2-Sep-26", "Document control"
    cover["A7"] = "Fill in the 8D sheet. Sections D1 to D8 follow the customer's supplier manual."
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 24
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "C1", size=14)
    s.ws.freeze_panes = "A3"
    s.ws.print_title_rows = "1:2"
    s.text("A2", "Field", bold=True, shade=True)
    s.text("B2", "Entry", bold=True, shade=True)
    s.text("C2", "Weight", bold=True, shade=True)
    s.ws.column_dimensions["C"].hidden = True
    rows = [
        ("8D Ref.", "8D-NV-2611", "number", None),
        ("Customer", "Norvale Appliances Ltd", "customer", None),
        ("Customer Complaint No.", "NCR 26-4471", "complaint_number", None),
        ("Part No. / Rev.", "NV-HG-220 rev C", "part_no", "NV-HG-220 rev C"),
        ("Date Opened", "3-Sep-26", "opened_date", "2026-09-03"),
        ("Target Close", "24-Sep-26", "target_close_date", "2026-09-24"),
    ]
    r = 3
    for lab, val, path, exp in rows:
        lv(s, f"A{r}", lab, f"B{r}", val, path, expect=exp)
        r += 1
    lv(
        s,
        f"A{r}",
        "D1 - Team Members",
        f"B{r}",
        "J. Park (Leader), S. Gomez (Member), R. Iyer (Member)",
        "team[*].name",
        expect="J. Park",
    )
    field(s, "D1 - Team Members", f"B{r}", "S. Gomez (Member)", "team[*].name", "S. Gomez")
    field(s, "D1 - Team Members", f"B{r}", "R. Iyer (Member)", "team[*].name", "R. Iyer")
    field(s, "D1 - Team Members", f"B{r}", "J. Park (Leader)", "team[name=J. Park].role", "leader")
    s.value(f"C{r}", "10%", path=None, label="Weight")
    r += 1
    lv(
        s,
        f"A{r}",
        "D2 - Problem Description",
        f"B{r}",
        "Hinge pin protrudes 0.6 mm; oven door scrapes the seal on 2 of 5 sampled units.",
        "problem.statement",
    )
    s.height(r, 30)
    r += 1
    lv(s, f"A{r}", "Quantity Delivered", f"B{r}", "2,500 pcs", "problem.qty_delivered", expect=2500)
    r += 1
    lv(s, f"A{r}", "Quantity Rejected", f"B{r}", "310 pcs", "problem.qty_complained", expect=310)
    r += 1
    act = "Sorted 1,900 hinges at the warehouse with a go/no-go gauge"
    lv(s, f"A{r}", "D3 - Containment", f"B{r}", act, "containment[*].action")
    r += 1
    lv(s, f"A{r}", "Containment Owner", f"B{r}", "S. Gomez", f"containment[action={act}].owner")
    r += 1
    lv(
        s,
        f"A{r}",
        "D4 - Root Cause (Occurrence)",
        f"B{r}",
        "Riveting die worn; pin head height out of tolerance.",
        "root_cause[type=occurrence].cause",
    )
    r += 1
    lv(
        s,
        f"A{r}",
        "D4 - Root Cause (Escape)",
        f"B{r}",
        "Final check measured the pin once per shift only.",
        "root_cause[type=escape].cause",
    )
    r += 1
    pca = "Die changed every 20,000 hits; pin height checked by laser on each part"
    lv(s, f"A{r}", "D5 - Permanent Corrective Action", f"B{r}", pca, "corrective_actions[*].action")
    r += 1
    lv(
        s,
        f"A{r}",
        "PCA Due Date",
        f"B{r}",
        "15-Sep-26",
        f"corrective_actions[action={pca}].due_date",
        expect="2026-09-15",
    )
    r += 1
    lv(
        s,
        f"A{r}",
        "D6 - Implementation Date",
        f"B{r}",
        "14-Sep-26",
        "implementation[*].implemented_date",
        expect="2026-09-14",
    )
    r += 1
    lv(
        s,
        f"A{r}",
        "D7 - Prevent Recurrence",
        f"B{r}",
        "PFMEA and control plan updated; same die on line 3 checked",
        "prevention.horizontal_deployment",
    )
    r += 1
    lv(s, f"A{r}", "D8 - Closure Date", f"B{r}", "29-Sep-26", "closure.closed_date", expect="2026-09-29")
    r += 1
    lv(s, f"A{r}", "Approved By (Customer SQE)", f"B{r}", "L. Moreau", "closure.approved_by")


# =============================================================================== Word and PDF forms
class DocForm:
    """A form made in Word (python-docx tables), printed to PDF by LibreOffice; only the PDF is
    sent. Fields name their place as ``T<table>!R<row>C<column>`` (1-based)."""

    def __init__(self, blank: bool, landscape: bool = False) -> None:
        self.blank = blank
        self.fields: list[dict] = []
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Mm(15))
        normal = self.doc.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(9.5)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
        props = self.doc.core_properties
        props.author = props.last_modified_by = "QA"
        props.created = props.modified = dt.datetime(2026, 9, 1)
        props.revision = 1

    def heading(self, text: str, size: int = 14, align_right: bool = False) -> None:
        par = self.doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_right else WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(text)
        run.bold = size >= 12
        run.font.size = Pt(size)

    def note(self, text: str) -> None:
        self.doc.add_paragraph().add_run(text).font.size = Pt(8)

    def table(self, rows: int, cols: int, widths: list[float] | None = None):
        t = self.doc.add_table(rows=rows, cols=cols)
        t.style = "Table Grid"
        if widths:
            for row in t.rows:
                for c, w in zip(row.cells, widths, strict=False):
                    c.width = Mm(w)
        return t

    def _cell(self, t, r: int, c: int, to: tuple[int, int] | None):
        cell = t.cell(r, c)
        return cell.merge(t.cell(*to)) if to else cell

    def put(self, t, r: int, c: int, text: str, *, shade: bool = False, bold: bool = False, to=None) -> None:
        """Pre-printed text (a label, a band, a column header)."""
        cell = self._cell(t, r, c, to)
        cell.paragraphs[0].text = ""
        cell.paragraphs[0].add_run(text).bold = bold
        if shade:
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "D9D9D9")
            cell._tc.get_or_add_tcPr().append(shd)

    def value(
        self,
        t,
        r: int,
        c: int,
        raw: str,
        *,
        path: str | None,
        label: str,
        expect=None,
        prefix: str = "",
        blank_text: str | None = None,
        to=None,
        printed: bool = False,
    ) -> None:
        """What the clerk typed (only in the filled copy; ``printed``: in the blank too, e.g. the
        company's own name on its form), with its expectation."""
        cell = self._cell(t, r, c, to)
        shown = not self.blank or printed
        text = prefix + raw if shown else (blank_text if blank_text is not None else prefix)
        cell.paragraphs[0].text = text
        if path and not self.blank:
            self.fields.append(
                {
                    "label": label,
                    "cell": f"T{_table_no(self.doc, t)}!R{r + 1}C{c + 1}",
                    "value": raw,
                    "path": path,
                    "expect": raw if expect is None else expect,
                }
            )

    def line(self, parts: list[tuple]) -> None:
        """A paragraph of the form ``label：____  label：____`` with values typed on the lines;
        each part is ``(label, raw, path, expect)``. Fields name their place ``P<paragraph>``."""
        par = self.doc.add_paragraph()
        number = len(self.doc.paragraphs)
        for i, (lab, raw, path, expect) in enumerate(parts):
            par.add_run(("    " if i else "") + lab)
            run = par.add_run(raw if not self.blank else "＿" * 8)
            run.underline = True
            if path and not self.blank:
                self.fields.append(
                    {
                        "label": lab,
                        "cell": f"P{number}",
                        "value": raw,
                        "path": path,
                        "expect": raw if expect is None else expect,
                    }
                )


def _table_no(doc, t) -> int:
    return [x._tbl for x in doc.tables].index(t._tbl) + 1


def save_docx(form: DocForm, path: Path) -> None:
    """Save with fixed zip dates so that the same form writes the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    form.doc.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 9, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


def eightd_en_g8d_word(f: DocForm) -> None:
    """A Ford-style Global 8D report made in Word: every discipline a table of its own with its
    D-number and name in a shaded first row (D0 Emergency Response Action, D1 Team, …, D8
    Congratulate the Team); a header table Concern Title / G8D No. / Open Date / Customer /
    Part Number; the team table Name / Dept. / Role (Champion, Team Leader, Member); IS / IS NOT
    rows; ICA and PCA tables with Responsible and % Effective; Escape Point beside the root
    cause; ☒ boxes; dates Sep 3, 2026. Printed to PDF by LibreOffice; only the PDF is sent."""
    f.heading("Global 8D Report", 15)
    f.heading("Supplier problem solving — Form QF-8D-02", 8)
    t = f.table(3, 4, [35, 55, 35, 55])
    f.put(t, 0, 0, "Concern Title", shade=True)
    f.value(t, 0, 1, "Seat track bolt torque loss", path=None, label="Concern Title", to=(0, 3))
    f.put(t, 1, 0, "G8D No.", shade=True)
    f.value(t, 1, 1, "G8D-26-0512", path="number", label="G8D No.")
    f.put(t, 1, 2, "Open Date", shade=True)
    f.value(t, 1, 3, "Sep 3, 2026", path="opened_date", label="Open Date", expect="2026-09-03")
    f.put(t, 2, 0, "Customer", shade=True)
    f.value(t, 2, 1, "Lakeshore Seating Systems LLC", path="customer", label="Customer")
    f.put(t, 2, 2, "Part Number", shade=True)
    f.value(t, 2, 3, "LS-ST-2210-B", path="part_no", label="Part Number")
    f.note("")
    t = f.table(2, 1, [180])
    f.put(t, 0, 0, "D0  Emergency Response Action (ERA)", shade=True, bold=True)
    f.value(
        t,
        1,
        0,
        "Line-side torque audit of all seat tracks at the customer's plant from Sep 3.",
        path="emergency_actions",
        label="D0  Emergency Response Action (ERA)",
    )
    f.note("")
    team = [
        ("Karen Doyle", "Plant Management", "Champion", "champion"),
        ("Marcus Webb", "Supplier Quality", "Team Leader", "leader"),
        ("Ana Silva", "Assembly", "Member", "member"),
    ]
    t = f.table(2 + len(team), 3, [70, 60, 50])
    f.put(t, 0, 0, "D1  Establish the Team", shade=True, bold=True, to=(0, 2))
    for c, h in enumerate(("Name", "Dept.", "Role")):
        f.put(t, 1, c, h, bold=True)
    for i, (name, dept, role, rexp) in enumerate(team):
        f.value(t, 2 + i, 0, name, path="team[*].name", label="Name")
        f.value(t, 2 + i, 1, dept, path=f"team[name={name}].dept", label="Dept.")
        f.value(t, 2 + i, 2, role, path=f"team[name={name}].role", label="Role", expect=rexp)
    f.note("")
    t = f.table(5, 4, [35, 55, 35, 55])
    f.put(t, 0, 0, "D2  Describe the Problem", shade=True, bold=True, to=(0, 3))
    stmt = "M8 bolts on the seat track lost clamp load; 27 tracks below 18 Nm residual torque at EOL audit."
    f.value(t, 1, 0, stmt, path="problem.statement", label="D2  Describe the Problem", to=(1, 3))
    f.put(t, 2, 0, "", bold=True)
    f.put(t, 2, 1, "IS", bold=True)
    f.put(t, 2, 2, "IS NOT", bold=True, to=(2, 3))
    f.put(t, 3, 0, "What", bold=True)
    f.value(t, 3, 1, "Low residual torque on M8 track bolts", path="problem.what", label="What")
    f.value(t, 3, 2, "Other bolt sizes on the track", path=None, label="IS NOT", to=(3, 3))
    f.put(t, 4, 0, "Qty Shipped", shade=True)
    f.value(t, 4, 1, "3,200", path="problem.qty_delivered", label="Qty Shipped", expect=3200)
    f.put(t, 4, 2, "Qty Rejected", shade=True)
    f.value(t, 4, 3, "27", path="problem.qty_complained", label="Qty Rejected", expect=27)
    f.note("")
    icas = [("100% torque audit of 1,140 tracks in finished goods", "Ana Silva", "Sep 4, 2026", "100%")]
    t = f.table(2 + len(icas), 4, [80, 35, 35, 30])
    f.put(t, 0, 0, "D3  Develop Interim Containment Action (ICA)", shade=True, bold=True, to=(0, 3))
    for c, h in enumerate(("Action", "Responsible", "Date Implemented", "% Effective")):
        f.put(t, 1, c, h, bold=True)
    for i, (act, owner, done, eff) in enumerate(icas):
        f.value(t, 2 + i, 0, act, path="containment[*].action", label="Action")
        f.value(t, 2 + i, 1, owner, path=f"containment[action={act}].owner", label="Responsible")
        f.value(
            t,
            2 + i,
            2,
            done,
            path=f"containment[action={act}].done_date",
            label="Date Implemented",
            expect="2026-09-04",
        )
        f.value(
            t,
            2 + i,
            3,
            eff,
            path=f"containment[action={act}].effectiveness_pct",
            label="% Effective",
            expect="1.00",
        )
    f.note("")
    t = f.table(3, 3, [40, 110, 30])
    f.put(t, 0, 0, "D4  Diagnose the Root Cause and Escape Point", shade=True, bold=True, to=(0, 1))
    f.put(t, 0, 2, "% Contribution", bold=True)
    f.put(t, 1, 0, "Root Cause", bold=True)
    occ = "Nutrunner spindle 3 clutch worn; shut-off 12 % below target torque."
    f.value(t, 1, 1, occ, path="root_cause[type=occurrence].cause", label="Root Cause")
    f.value(
        t,
        1,
        2,
        "70%",
        path="root_cause[type=occurrence].contribution_pct",
        label="% Contribution",
        expect="0.70",
    )
    f.put(t, 2, 0, "Escape Point", bold=True)
    esc = "Torque monitor alarms were acknowledged without a hold; no audit after alarms."
    f.value(t, 2, 1, esc, path="root_cause[type=escape].cause", label="Escape Point")
    f.value(
        t, 2, 2, "30%", path="root_cause[type=escape].contribution_pct", label="% Contribution", expect="0.30"
    )
    f.note("")
    pca = "Spindle clutch replaced; transducerized nutrunner with hard stop on NOK"
    t = f.table(3, 4, [80, 35, 30, 35])
    f.put(
        t, 0, 0, "D5  Choose and Verify Permanent Corrective Actions (PCA)", shade=True, bold=True, to=(0, 3)
    )
    for c, h in enumerate(("Chosen PCA", "Responsible", "Target Date", "Verification")):
        f.put(t, 1, c, h, bold=True)
    f.value(t, 2, 0, pca, path="corrective_actions[*].action", label="Chosen PCA")
    f.value(t, 2, 1, "Marcus Webb", path=f"corrective_actions[action={pca}].owner", label="Responsible")
    f.value(
        t,
        2,
        2,
        "Sep 18, 2026",
        path=f"corrective_actions[action={pca}].due_date",
        label="Target Date",
        expect="2026-09-18",
    )
    f.value(
        t,
        2,
        3,
        "Run at rate, 300 pcs",
        path=f"corrective_actions[action={pca}].validation_method",
        label="Verification",
    )
    f.note("")
    t = f.table(3, 2, [45, 135])
    f.put(t, 0, 0, "D6  Implement and Validate PCAs", shade=True, bold=True, to=(0, 1))
    f.put(t, 1, 0, "Date Implemented", bold=True)
    f.value(
        t,
        1,
        1,
        "Sep 17, 2026",
        path="implementation[*].implemented_date",
        label="Date Implemented",
        expect="2026-09-17",
    )
    f.put(t, 2, 0, "Validation Results", bold=True)
    f.value(
        t,
        2,
        1,
        "0 NOK in 4,800 tracks since Sep 17",
        path="implementation[*].result",
        label="Validation Results",
    )
    f.note("")
    docs = ["PFMEA", "Control Plan", "Work Instruction", "Drawing"]
    marks = "   ".join(("☒ " if d in {"PFMEA", "Control Plan"} else "☐ ") + d for d in docs)
    t = f.table(2, 1, [180])
    f.put(t, 0, 0, "D7  Prevent Recurrence", shade=True, bold=True)
    f.value(
        t,
        1,
        0,
        marks,
        path="prevention.documents_updated",
        label="Documents updated:",
        prefix="Documents updated: ",
        expect=["fmea", "control_plan"],
        blank_text="Documents updated: " + "   ".join("☐ " + d for d in docs),
    )
    f.note("")
    t = f.table(3, 4, [35, 55, 35, 55])
    f.put(t, 0, 0, "D8  Congratulate the Team", shade=True, bold=True, to=(0, 3))
    f.put(t, 1, 0, "Date Closed", bold=True)
    f.value(t, 1, 1, "Sep 29, 2026", path="closure.closed_date", label="Date Closed", expect="2026-09-29")
    f.put(t, 1, 2, "Approved by", bold=True)
    f.value(t, 1, 3, "Karen Doyle", path="closure.approved_by", label="Approved by")
    f.put(t, 2, 0, "Customer Accepted", bold=True)
    f.value(
        t,
        2,
        1,
        "☒ Yes   ☐ No",
        path="closure.customer_accepted",
        label="Customer Accepted",
        expect=True,
        blank_text="☐ Yes   ☐ No",
        to=(2, 3),
    )


def eightd_zht_scar_word(f: DocForm) -> None:
    """供應商矯正預防措施要求單 (SCAR) of a Taiwanese automotive-electronics customer, made in
    Word: the upper half filled by the customer (發出單位, SCAR編號, 發出日期, 回覆期限, 料號,
    進料數量 / 不良數量, 問題描述) with labels and values alternating in a four-column table; the
    lower half by the supplier, one row per discipline with its name in the left cell (一、臨時
    對策 … 六、預防再發) and the text to its right; 發生原因 / 流出原因 inside the 真因 cell;
    ■ boxes; 結案 grid SQE確認 / 結案日期; dates 2026/09/03 and 9月24日. PDF only."""
    f.heading("瑞昱車用電子股份有限公司", 10)
    f.heading("供應商矯正預防措施要求單（SCAR）", 14)
    t = f.table(6, 4, [30, 60, 30, 60])
    f.put(t, 0, 0, "甲、客戶填寫", shade=True, bold=True, to=(0, 3))
    rows = [
        (
            1,
            "SCAR編號",
            "SC-115-0213",
            "number",
            None,
            "發出單位",
            "瑞昱車用電子股份有限公司",
            "customer",
            None,
        ),
        (
            2,
            "發出日期",
            "2026/09/03",
            "opened_date",
            "2026-09-03",
            "回覆期限",
            "9月24日",
            "target_close_date",
            "2026-09-24",
        ),
        (3, "料號", "RT-PWR-5521", "part_no", None, "客訴單號", "QC-115-0877", "complaint_number", None),
        (
            4,
            "進料數量",
            "6,000",
            "problem.qty_delivered",
            6000,
            "不良數量",
            "84",
            "problem.qty_complained",
            84,
        ),
    ]
    for r, l1, v1, p1, e1, l2, v2, p2, e2 in rows:
        f.put(t, r, 0, l1, shade=True)
        f.value(t, r, 1, v1, path=p1, label=l1, expect=e1)
        f.put(t, r, 2, l2, shade=True)
        f.value(t, r, 3, v2, path=p2, label=l2, expect=e2)
    f.put(t, 5, 0, "問題描述", shade=True)
    stmt = "電源模組 MOSFET 焊點空洞，高溫老化後輸出中斷 84 pcs，X-Ray 空洞率 35%。"
    f.value(t, 5, 1, stmt, path="problem.statement", label="問題描述", to=(5, 3))
    f.note("")
    t = f.table(8, 4, [32, 78, 35, 35])
    f.put(t, 0, 0, "乙、供應商回覆", shade=True, bold=True, to=(0, 3))
    f.put(t, 1, 0, "一、臨時對策", shade=True)
    act = "庫存 2,400 pcs 全數 X-Ray 篩檢"
    f.value(t, 1, 1, act, path="containment[*].action", label="一、臨時對策")
    f.value(t, 1, 2, "陳冠宇", prefix="負責人：", path=f"containment[action={act}].owner", label="負責人：")
    f.value(
        t,
        1,
        3,
        "9/5",
        prefix="完成：",
        path=f"containment[action={act}].done_date",
        label="完成：",
        expect="2026-09-05",
    )
    f.put(t, 2, 0, "二、真因分析", shade=True)
    occ = "迴焊爐第 6 區溫度偏低 8℃，錫膏助焊劑未完全揮發形成空洞。"
    f.value(
        t,
        2,
        1,
        occ,
        prefix="發生原因：",
        path="root_cause[type=occurrence].cause",
        label="發生原因：",
        to=(2, 3),
    )
    f.put(t, 3, 0, "", shade=True)
    esc = "X-Ray 每班抽 5 pcs，空洞判定標準 50% 過寬。"
    f.value(
        t, 3, 1, esc, prefix="流出原因：", path="root_cause[type=escape].cause", label="流出原因：", to=(3, 3)
    )
    f.put(t, 4, 0, "三、永久對策", shade=True)
    pca = "爐溫曲線重新設定並加裝即時監控，超限停線"
    f.value(t, 4, 1, pca, path="corrective_actions[*].action", label="三、永久對策")
    f.value(
        t, 4, 2, "黃書豪", prefix="負責人：", path=f"corrective_actions[action={pca}].owner", label="負責人："
    )
    f.value(
        t,
        4,
        3,
        "2026/09/15",
        prefix="預定：",
        path=f"corrective_actions[action={pca}].due_date",
        label="預定：",
        expect="2026-09-15",
    )
    f.put(t, 5, 0, "四、效果確認", shade=True)
    f.value(
        t,
        5,
        1,
        "連續 5 批 X-Ray 空洞率 < 15%，老化 0 不良。",
        path="implementation[*].result",
        label="四、效果確認",
        to=(5, 3),
    )
    docs = ["FMEA", "管制計畫", "作業標準書", "檢驗規範"]
    f.put(t, 6, 0, "五、預防再發", shade=True)
    f.value(
        t,
        6,
        1,
        "  ".join(("■" if d in {"FMEA", "檢驗規範"} else "□") + d for d in docs),
        path="prevention.documents_updated",
        label="五、預防再發",
        expect=["fmea", "inspection_standard"],
        blank_text="  ".join("□" + d for d in docs),
        to=(6, 3),
    )
    f.put(t, 7, 0, "六、水平展開", shade=True)
    f.value(
        t,
        7,
        1,
        "同爐生產之 3 款電源模組同步確認",
        path="prevention.horizontal_deployment",
        label="六、水平展開",
        to=(7, 3),
    )
    f.note("")
    t = f.table(2, 4, [30, 60, 30, 60])
    f.put(t, 0, 0, "丙、結案", shade=True, bold=True, to=(0, 3))
    f.put(t, 1, 0, "SQE確認", shade=True)
    f.value(t, 1, 1, "蔡明哲", path="closure.approved_by", label="SQE確認")
    f.put(t, 1, 2, "結案日期", shade=True)
    f.value(t, 1, 3, "2026/09/30", path="closure.closed_date", label="結案日期", expect="2026-09-30")


def allowance_zht_word(f: DocForm) -> None:
    """銷貨折讓單 of a Taiwanese connector maker made in Word (a company form that goes with the
    statutory certificate): header table with 折讓單號 / 開立日期 / 客戶名稱 / 統一編號 and the
    seller's name and 統一編號 in the letterhead paragraph; 原發票 字軌號碼 and 日期 in one row;
    an item table 品名 / 數量 / 單價 / 折讓金額 / 營業稅 with an empty line and 以下空白; 合計,
    稅額, 總計 in the last rows; 新臺幣 amount in capitals; 核准 / 業務主管 / 經辦 names; dates
    2026.9.5 and 2026/8/26. PDF only."""
    t = f.table(1, 2, [110, 70])
    f.value(t, 0, 0, "宏致電子股份有限公司", path="seller.name", label="(letterhead)", printed=True)
    f.value(t, 0, 1, "28467913", prefix="統一編號：", path="seller.tax_id", label="統一編號：", printed=True)
    f.heading("銷 貨 折 讓 單", 14)
    t = f.table(4, 4, [30, 60, 30, 60])
    rows = [
        (0, "折讓單號", "AL-2609-0057", "number", None, "開立日期", "2026.9.5", "issue_date", "2026-09-05"),
        (
            1,
            "客戶名稱",
            "鴻海精密工業股份有限公司",
            "buyer",
            None,
            "統一編號",
            "04541302",
            "buyer_tax_id",
            None,
        ),
        (
            2,
            "原發票號碼",
            "ZX 40119287",
            "invoice_no",
            "ZX40119287",
            "發票日期",
            "2026/8/26",
            "invoice_date",
            "2026-08-26",
        ),
        (3, "客訴單號", "CQ-26-0931", "complaint_number", None, "稅率", "5%", "tax_rate", "0.05"),
    ]
    for r, l1, v1, p1, e1, l2, v2, p2, e2 in rows:
        f.put(t, r, 0, l1, shade=True)
        f.value(t, r, 1, v1, path=p1, label=l1, expect=e1)
        f.put(t, r, 2, l2, shade=True)
        f.value(t, r, 3, v2, path=p2, label=l2, expect=e2)
    f.note("")
    items = [
        ("USB-C 連接器 24P", "20,000", "0.80", "16,000", "800"),
        ("Board-to-Board 連接器 40P", "5,000", "1.20", "6,000", "300"),
    ]
    t = f.table(8, 5, [60, 28, 28, 34, 30])
    for c, h in enumerate(("品名", "數量", "單價", "折讓金額", "營業稅")):
        f.put(t, 0, c, h, shade=True, bold=True)
    for i, (name, qty, price, amt, tax) in enumerate(items):
        f.value(t, 1 + i, 0, name, path=f"items[{i}].name", label="品名")
        f.value(t, 1 + i, 1, qty, path=f"items[{i}].qty", label="數量", expect=int(qty.replace(",", "")))
        f.value(t, 1 + i, 2, price, path=f"items[{i}].unit_price", label="單價")
        f.value(
            t,
            1 + i,
            3,
            amt,
            path=f"items[{i}].allowance_amount",
            label="折讓金額",
            expect=amt.replace(",", "") + ".00",
        )
        f.value(t, 1 + i, 4, tax, path=f"items[{i}].tax", label="營業稅", expect=tax + ".00")
    f.put(t, 4, 0, "以下空白")
    for r, lab, val, path, exp in (
        (5, "合計", "22,000", "total_excl_tax", "22000.00"),
        (6, "稅額", "1,100", "total_tax", "1100.00"),
        (7, "總計", "23,100", "total", "23100.00"),
    ):
        f.put(t, r, 0, lab, bold=True, to=(r, 2))
        f.value(t, r, 3, val, path=path, label=lab, expect=exp, to=(r, 4))
    t = f.table(2, 6, [25, 35, 25, 35, 25, 35])
    f.put(t, 0, 0, "新臺幣（大寫）", shade=True)
    f.value(t, 0, 1, "貳萬參仟壹佰元整", path="total_in_words", label="新臺幣（大寫）", to=(0, 5))
    for c, lab, val, path in (
        (0, "核准", "簡志強", "approved_by_gm"),
        (2, "業務主管", "呂怡萱", "approved_by_manager"),
        (4, "經辦", "許家豪", None),
    ):
        f.put(t, 1, c, lab, shade=True)
        f.value(t, 1, c + 1, val, path=path, label=lab)


def complaint_zh_word(f: DocForm) -> None:
    """客户投诉单 of a small appliance maker made in Word: a two-column table 项目 / 内容 for the
    customer's part, ■/□ 投诉性质 and 是否需要回复 8D in the cell, the description in a tall row;
    then the factory's part as PARAGRAPHS with the values typed on underlined blanks
    (``原因分析：____``, ``处理人：____    日期：____``) — no table at all; dates 2026年9月3日 and
    2026-9-29; quantities ``1,000台`` with the unit after the number. PDF only."""
    f.heading("浙江小飞象电器有限公司", 10)
    f.heading("客 户 投 诉 单", 15)
    f.heading("编号：KF-QR-7.2-05    版次：A/0", 8, align_right=True)
    t = f.table(10, 4, [30, 60, 30, 60])
    f.put(t, 0, 0, "一、客户投诉内容（客服填写）", shade=True, bold=True, to=(0, 3))
    rows = [
        (
            1,
            "投诉编号",
            "TS260903-02",
            "number",
            None,
            "投诉日期",
            "2026年9月3日",
            "received_date",
            "2026-09-03",
        ),
        (
            2,
            "客户名称",
            "苏宁易购集团股份有限公司",
            "customer",
            None,
            "联系人",
            "孔先生 139 0517 2233",
            None,
            None,
        ),
        (3, "产品型号", "XFX-KT-1817", "part_no", None, "产品名称", "电热水壶 1.7L", "part_name", None),
        (4, "生产日期", "2026-07-15", "production_date", "2026-07-15", "批号", "P260715", "lot_no", None),
        (5, "出货数量", "1,000台", "ship_qty", 1000, "不良数量", "23台", "defect_qty", 23),
    ]
    for r, l1, v1, p1, e1, l2, v2, p2, e2 in rows:
        f.put(t, r, 0, l1, shade=True)
        f.value(t, r, 1, v1, path=p1, label=l1, expect=e1)
        f.put(t, r, 2, l2, shade=True)
        f.value(t, r, 3, v2, path=p2, label=l2, expect=e2)
    f.put(t, 6, 0, "投诉性质", shade=True)
    kinds = ["质量问题", "服务问题", "物流问题"]
    f.value(
        t,
        6,
        1,
        "  ".join(("■" if k == "质量问题" else "□") + k for k in kinds),
        path="complaint_type",
        label="投诉性质",
        expect="quality",
        blank_text="  ".join("□" + k for k in kinds),
    )
    f.put(t, 6, 2, "是否寄回样品", shade=True)
    f.value(
        t, 6, 3, "■是  □否", path="sample_received", label="是否寄回样品", expect=True, blank_text="□是  □否"
    )
    f.put(t, 7, 0, "客户要求", shade=True)
    reqs = ["退货", "换货", "维修", "赔偿"]
    f.value(
        t,
        7,
        1,
        "  ".join(("■" if k == "换货" else "□") + k for k in reqs),
        path="customer_request",
        label="客户要求",
        expect=["replacement"],
        blank_text="  ".join("□" + k for k in reqs),
        to=(7, 3),
    )
    f.put(t, 8, 0, "投诉内容", shade=True)
    desc = "门店退回 23 台水壶底座漏电保护跳闸，拆机见温控器接线端子烧蚀，均为 7 月 15 日批次。"
    f.value(t, 8, 1, desc, path="description", label="投诉内容", to=(8, 3))
    f.put(t, 9, 0, "受理人", shade=True)
    f.value(t, 9, 1, "方琳", path="reporter", label="受理人")
    f.put(t, 9, 2, "严重程度", shade=True)
    f.value(t, 9, 3, "重大", path="severity", label="严重程度", expect="major")
    f.note("")
    f.heading("二、调查处理（品质部填写）", 11, align_right=False)
    f.line([("责任部门：", "装配二车间", "responsible_unit", None)])
    f.line([("原因分析：", "温控器端子铆压高度不足，接触电阻大，通电发热烧蚀。", "root_cause", None)])
    f.line([("临时对策：", "在库 640 台全检铆压高度，市场 23 台换新。", "short_term_action", None)])
    f.line([("永久对策：", "铆压机加装高度传感器，超差自动报警停机。", "long_term_action", None)])
    f.line(
        [
            ("处理人：", "邱志刚", None, None),
            ("审核：", "冯建华", "sales_supervisor", None),
            ("结案日期：", "2026-9-29", "closed_date", "2026-09-29"),
        ]
    )


# =============================================================================== a PDF drawn directly
class PdfForm:
    """A form drawn by a PDF library (fpdf2), as a customer's ERP prints it: no spreadsheet, no
    Word table behind it. Fields name their place as ``p1!x,y`` (mm from the top left)."""

    def __init__(self, blank: bool) -> None:
        self.blank = blank
        self.fields: list[dict] = []
        self.pdf = FPDF(format="Letter")
        self.pdf.set_creation_date(dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
        self.pdf.set_auto_page_break(False)
        self.pdf.add_page()
        self.pdf.set_font("Helvetica", size=9)

    def text(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        self.pdf.set_font("Helvetica", "B" if bold else "", size)
        self.pdf.text(x, y, text)

    def box(self, x: float, y: float, w: float, h: float, fill: bool = False) -> None:
        if fill:
            self.pdf.set_fill_color(220, 220, 220)
        self.pdf.rect(x, y, w, h, style="DF" if fill else "D")

    def value(
        self,
        x: float,
        y: float,
        raw: str,
        *,
        path: str | None,
        label: str,
        expect=None,
        blank_text: str | None = None,
        size: float = 9,
    ) -> None:
        if self.blank:
            if blank_text:
                self.text(x, y, blank_text, size)
            return
        self.pdf.set_font("Courier", size=size)
        self.pdf.text(x, y, raw)
        if path:
            self.fields.append(
                {
                    "label": label,
                    "cell": f"p1!{x:g},{y:g}",
                    "value": raw,
                    "path": path,
                    "expect": raw if expect is None else expect,
                }
            )


def return_en_rma_fpdf(f: PdfForm) -> None:
    """A Return Material Authorization printed straight from a distributor's ERP (drawn by a
    PDF library, no spreadsheet behind it): letterhead left, RMA No. / Date Issued / Customer
    Ref. in a box top right with their labels in a shaded column, Ship-From block, the values
    in a typewriter font, an item table Line / Part Number / Description / UOM / Qty Auth. /
    Qty Recd. / Unit Price / Ext. Price with a blank line, Reason for Return written under its
    caption, [X] disposition codes, Authorized By / Received By / Date Received boxes at the
    foot, dates 09/03/2026 and 9/8/26."""
    f.text(12, 16, "NORTHGATE INDUSTRIAL SUPPLY, INC.", 12, bold=True)
    f.text(12, 21, "4100 Commerce Pkwy, Dayton OH 45414  -  Tel (937) 555-0142", 8)
    f.text(12, 34, "RETURN MATERIAL AUTHORIZATION", 15, bold=True)
    for i, (lab, raw, path, exp) in enumerate(
        (
            ("RMA No.", "RMA-0098812", "number", None),
            ("Date Issued", "09/03/2026", "issue_date", "2026-09-03"),
            ("Customer Ref.", "CC-26-4410", "complaint_number", None),
        )
    ):
        y = 12 + i * 8
        f.box(135, y, 30, 8, fill=True)
        f.text(137, y + 5.5, lab, 8, bold=True)
        f.box(165, y, 40, 8)
        f.value(167, y + 5.5, raw, path=path, label=lab, expect=exp)
    f.text(12, 46, "Ship From (Customer):", 8, bold=True)
    f.box(12, 48, 95, 16)
    f.value(14, 54, "Brightline Packaging Corp.", path="customer", label="Ship From (Customer):")
    f.value(14, 60, "220 Harbor Rd, Erie PA 16507", path=None, label="Ship From (Customer):")
    f.text(115, 46, "Ship To:", 8, bold=True)
    f.box(115, 48, 90, 16)
    f.text(117, 54, "Northgate Returns Dept., Dock 4", 9)
    cols = [
        ("Line", 12, 10),
        ("Part Number", 22, 30),
        ("Description", 52, 52),
        ("UOM", 104, 12),
        ("Qty Auth.", 116, 18),
        ("Qty Recd.", 134, 18),
        ("Unit Price", 152, 24),
        ("Ext. Price", 176, 29),
    ]
    for h, x, w in cols:
        f.box(x, 70, w, 7, fill=True)
        f.text(x + 1, 75, h, 8, bold=True)
    lines = [
        ("1", "BRG-6205-2RS", "Ball bearing 6205 2RS", "EA", "400", "400", "2.15", "860.00"),
        ("2", "SEAL-CR-12384", "Oil seal 12384", "EA", "150", "120", "4.80", "576.00"),
    ]
    for r in range(4):
        y = 77 + r * 7
        for _, x, w in cols:
            f.box(x, y, w, 7)
        if r < len(lines):
            line, pn, desc, uom, qa, qr, price, ext = lines[r]
            f.value(13, y + 5, line, path=None, label="Line")
            f.value(23, y + 5, pn, path=f"items[{r}].part_no", label="Part Number")
            f.value(53, y + 5, desc, path=f"items[{r}].part_name", label="Description")
            f.value(105, y + 5, uom, path=f"items[{r}].unit", label="UOM")
            f.value(117, y + 5, qa, path=f"items[{r}].qty_approved", label="Qty Auth.", expect=int(qa))
            f.value(135, y + 5, qr, path=f"items[{r}].qty_returned", label="Qty Recd.", expect=int(qr))
            f.value(153, y + 5, price, path=f"items[{r}].unit_price", label="Unit Price")
            f.value(177, y + 5, ext, path=f"items[{r}].amount", label="Ext. Price")
    f.text(12, 113, "Reason for Return:", 8, bold=True)
    f.box(12, 115, 193, 14)
    f.value(
        14,
        121,
        "Bearings noisy at incoming test; seals cut on the lip (30 pcs short).",
        path="reason",
        label="Reason for Return:",
    )
    f.text(12, 137, "Disposition:", 8, bold=True)
    opts = ["Replace", "Repair", "Credit", "Scrap"]
    f.value(
        35,
        137,
        "   ".join(("[X] " if o == "Replace" else "[  ] ") + o for o in opts),
        path="handling",
        label="Disposition:",
        expect=["replace"],
        blank_text="   ".join("[  ] " + o for o in opts),
    )
    for i, (lab, raw, path, exp) in enumerate(
        (
            ("Authorized By", "J. Whitaker", "approved_by", None),
            ("Received By", "M. Olsen", "warehouse_receiver", None),
            ("Date Received", "9/8/26", "received_date", "2026-09-08"),
        )
    ):
        x = 12 + i * 65
        f.box(x, 146, 63, 14)
        f.text(x + 2, 150, lab, 7, bold=True)
        f.value(x + 2, 157, raw, path=path, label=lab, expect=exp)
    f.text(
        12,
        170,
        "Returns without an RMA number on the carton will be refused. 15% restocking fee on non-defective goods.",
        7,
    )


LAYOUTS = [
    dict(
        id="complaint-zh-longlist",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_longlist,
        sheet="客户投诉处理单",
        widths=dict(A=16, B=44, C=8, D=22),
        imitates="客户投诉处理单 kept as a long 项目/内容/备注 list (label column A, value column B)",
        unmapped=["代码", "备注"],
    ),
    dict(
        id="complaint-zht-cover",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_cover,
        sheet="客訴單",
        widths=dict(A=15, B=15, C=15, D=15, E=15, F=15),
        imitates="客訴處理單 on the second sheet behind its 填寫說明, values after full-width colons",
        unmapped=["業務："],
    ),
    dict(
        id="complaint-en-qn",
        kind="complaint",
        language="en",
        draw=complaint_en_qn,
        sheet="QN",
        widths={c: 11 for c in "ABCDEFGHIJKL"},
        imitates="an SAP-style Quality Notification (Q1) printout, landscape, labels above values",
        unmapped=["Notification Type", "Priority"],
    ),
    dict(
        id="8d-zh-vda",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_vda,
        sheet="8D",
        widths={c: 11 for c in "ABCDEFGHIJKL"},
        imitates="VDA 8D report, landscape, discipline blocks side by side",
        unmapped=["实施日期", "效果验证"],
    ),
    dict(
        id="return-zh-subtotal",
        kind="return",
        language="zh-Hans",
        draw=return_zh_subtotal,
        sheet="退货单",
        widths=dict(A=10, B=14, C=18, D=6, E=10, F=10, G=10, H=12, I=8, J=16),
        imitates="退货单 of a plastics moulder with 小计, blank and 注 rows in the item table",
        unmapped=["原送货单", "序号", "备注", "小计", "合计", "制单"],
    ),
    dict(
        id="allowance-en-credit-memo",
        kind="allowance",
        language="en",
        draw=allowance_en_credit_memo,
        sheet="Credit Memo",
        widths=dict(A=8, B=40, C=10, D=10, E=14, F=18, G=14, H=22),
        imitates="an English credit memo of a Chinese exporter (price allowance)",
        unmapped=["Item", "Remarks", "Prepared by"],
    ),
    dict(
        id="return-zht-above",
        kind="return",
        language="zh-Hant",
        draw=return_zht_above,
        sheet="退回單",
        widths=dict(A=8, B=14, C=20, D=7, E=12, F=11, G=9, H=12),
        imitates="銷貨退回單 of a Taiwanese bicycle-parts maker, every label above its value",
        unmapped=["項次", "以下空白", "合計", "業務"],
    ),
    dict(
        id="allowance-zh-hongzi",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_hongzi,
        sheet="红字信息表",
        widths=dict(A=12, B=22, C=12, D=10, E=14, F=10, G=12, H=16),
        imitates="开具红字增值税专用发票信息表 kept in Excel as a textile mill's allowance form",
        unmapped=["备注", "折让原因：", "经办人："],
    ),
    dict(
        id="8d-en-cover-list",
        kind="8d",
        language="en",
        draw=eightd_en_cover_list,
        sheet="8D",
        widths=dict(A=32, B=70, C=9),
        imitates="an English 8D workbook: report on the second sheet behind a Cover, a long Field / Entry list",
        unmapped=["Field", "Entry", "Weight"],
    ),
]


SENT_AS_PDF = [
    dict(
        id="complaint-zh-word",
        kind="complaint",
        language="zh-Hans",
        medium="docx",
        draw=complaint_zh_word,
        imitates="客户投诉单 of an appliance maker made in Word: a table, then values on underlined blanks",
        unmapped=["联系人", "处理人："],
    ),
    dict(
        id="8d-en-g8d-word",
        kind="8d",
        language="en",
        medium="docx",
        draw=eightd_en_g8d_word,
        imitates="a Ford-style Global 8D report made in Word, sent as PDF",
        unmapped=["Concern Title", "IS NOT"],
    ),
    dict(
        id="8d-zht-scar-word",
        kind="8d",
        language="zh-Hant",
        medium="docx",
        draw=eightd_zht_scar_word,
        imitates="供應商矯正預防措施要求單 (SCAR) of a Taiwanese customer, made in Word, sent as PDF",
        unmapped=["發出單位"],
    ),
    dict(
        id="allowance-zht-word",
        kind="allowance",
        language="zh-Hant",
        medium="docx",
        draw=allowance_zht_word,
        imitates="銷貨折讓單 of a Taiwanese connector maker made in Word, sent as PDF",
        unmapped=["經辦", "以下空白"],
    ),
    dict(
        id="return-en-rma-fpdf",
        kind="return",
        language="en",
        medium="pdf",
        draw=return_en_rma_fpdf,
        imitates="a Return Material Authorization printed from a distributor's ERP (drawn by fpdf2)",
        unmapped=["Ship To:", "Line", "Disposition:"],
    ),
]

SOURCE = dict(origin="third held-out imitation", source="tests/holdout3/make_holdout3.py")


def write_sent_as_pdf(layouts: list[dict], argv: list[str], home: Path) -> None:
    """The Word forms (template .docx; the filled copy printed to PDF by LibreOffice, only the
    PDF kept) and the PDF drawn directly (template and filled copy are PDFs)."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else home
    for sub in ("templates", "filled", "expected"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        docs = []
        for layout in layouts:
            lid = layout["id"]
            if layout["medium"] == "docx":
                blank = DocForm(True, layout.get("landscape", False))
                layout["draw"](blank)
                save_docx(blank, out / "templates" / f"{lid}.docx")
                form = DocForm(False, layout.get("landscape", False))
                layout["draw"](form)
                save_docx(form, Path(tmp) / f"{lid}.docx")
                docs.append(Path(tmp) / f"{lid}.docx")
                template = f"templates/{lid}.docx"
            else:
                if FPDF is None:
                    print(f"{lid}: fpdf2 is not installed, kept as committed")
                    continue
                blank = PdfForm(True)
                layout["draw"](blank)
                blank.pdf.output(str(out / "templates" / f"{lid}.pdf"))
                form = PdfForm(False)
                layout["draw"](form)
                form.pdf.output(str(out / "filled" / f"{lid}.pdf"))
                template = f"templates/{lid}.pdf"
            exp = expected(layout, form, **SOURCE)
            exp["template"] = template
            exp["filled"] = [f"filled/{lid}.pdf"]
            (out / "expected" / f"{lid}.json").write_text(
                json.dumps(exp, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
            )
        if "--no-pdf" not in argv and docs:
            to_pdf(docs, out / "filled")
    print(f"{len(layouts)} third held-out layouts sent as PDF in {out}")


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_set(LAYOUTS, argv, HERE, "third held-out layouts", **SOURCE)
    write_sent_as_pdf(SENT_AS_PDF, argv, HERE)


if __name__ == "__main__":
    main(sys.argv[1:])
