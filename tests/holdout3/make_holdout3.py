"""Write the third held-out set (run: ``python tests/holdout3/make_holdout3.py``).

``tests/holdout2`` has been looked at while the reader was improved. This set is written from
public descriptions of real forms (客户投诉处理单 kept as a long two-column list, a Taiwanese
客訴處理單 on the second sheet behind its instructions, an SAP-style quality notification
printed landscape, a VDA 8D with its blocks side by side, a Taiwanese SCAR and a Ford-style
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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))

from make_holdout import Sheet, label, plain, write_set  # noqa: E402


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
]


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_set(
        LAYOUTS,
        argv,
        HERE,
        "third held-out layouts",
        origin="third held-out imitation",
        source="tests/holdout3/make_holdout3.py",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
