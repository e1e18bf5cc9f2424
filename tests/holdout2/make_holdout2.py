"""Write the second held-out set (run: ``python tests/holdout2/make_holdout2.py``).

``tests/holdout`` has been looked at while the reader was improved, so it no longer tells how
the reader does on a layout nobody tuned it on. This fourth set is written from public
descriptions of real forms (客户抱怨处理单 of ISO 9001 plants, a Taiwanese 客訴單, a British
customer complaint form with captions under the lines, 8D reports from customers' supplier
manuals with 5W2H and IS / IS NOT tables, 成品退货单 with 联次, an RMA request, 销货折让证明单,
the Taiwanese 營業人銷貨退回進貨退出或折讓證明單 and a US debit memo) without reading the
reader's code, and must differ from ``tests/layouts``, ``tests/holdout`` and
``../shared/corpus``: labels above values, under a line, inside the cell with a colon or in a
section band; one- and two-row table headers; ■ / √ / (√) / ☒ boxes, ticks after the option;
units in labels (``交货数量(PCS)``, ``不良率(%)``, ``Unit Price (USD)``); dates ``2026年9月3日``,
``115年9月3日``, ``115.09.03``, ``03-Sep-2026``, ``9/3/26``, ``2026-9-5``; letterheads with a
logo placeholder, form codes, instructions, 联次 footnotes, sign-off grids, fields kesu does not
know.

Do not tune the reader on these files either; imitate a pattern in ``tests/layouts`` and fix it
there. Output, in the format of ``../shared/corpus``::

    templates/<id>.xlsx          the blank layout
    filled/<id>.xlsx, .pdf       filled by a clerk, printed to PDF by LibreOffice
    expected/<id>.json           what was typed where, and what kesu's record should contain

Deterministic; the PDFs need ``soffice`` (``--no-pdf`` skips them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))

from make_holdout import Sheet, field, label, plain, write_set  # noqa: E402


def boxes(options: list[str], chosen: set[str], on: str = "■", off: str = "□", after: bool = False) -> str:
    """A row of boxes as a clerk's form prints them: ``■退货  □补货`` or ``返工(√)  报废( )``."""
    if after:
        return "  ".join(f"{o}({on if o in chosen else off})" for o in options)
    return "  ".join(f"{on if o in chosen else off}{o}" for o in options)


def caption(s: Sheet, ref: str, text: str, span: str | None = None) -> None:
    """A small caption printed under a value line (the label below the line)."""
    plain(s, ref, text, span)


# =============================================================================== complaints
def complaint_zh_baoyuan(s: Sheet) -> None:
    """客户抱怨处理单 of a die-casting plant (ISO 9001 record QR-8.2-03): letterhead with a logo
    placeholder and the form code / revision top right; labels to the left ending in a
    full-width colon in their own shaded cell; units in the labels (交货数量(PCS), 损失金额(元));
    four numbered section bands, the cause typed under its band with no label of its own;
    ■/□ boxes for the type, the severity, the customer's demand and the cause category; dates
    2026年9月3日 and 2026-9-28; a 核准 / 审核 / 制表 sign-off grid with names under the titles;
    fields kesu does not know (业务员, 联络电话, 效果确认)."""
    plain(s, "A1", "[LOGO]  苏州恒铸精密压铸有限公司\nSuzhou Hengzhu Precision Die-Casting Co., Ltd.", "E1")
    plain(s, "F1", "表单编号：QR-8.2-03\n版本/版次：A/2    保存期限：3年", "H1")
    s.height(1, 34)
    s.text("A2", "客户抱怨处理单", "H2", size=16)
    s.height(2, 28)
    s.text("A3", "一、客户抱怨内容（业务部填写）", "H3", bold=True)
    label(s, "A4", "抱怨单号：")
    s.value("B4", "CC-2609-014", path="number", label="抱怨单号：", span="C4")
    label(s, "D4", "接收日期：")
    s.value("E4", "2026年9月3日", path="received_date", label="接收日期：", expect="2026-09-03")
    label(s, "F4", "业务员：")
    s.value("G4", "钱晓东", path=None, label="业务员：", span="H4")
    label(s, "A5", "客户名称：")
    s.value("B5", "无锡博达汽车电子有限公司", path="customer", label="客户名称：", span="E5")
    label(s, "F5", "联络电话：")
    s.value("G5", "0510-8523 6617", path=None, label="联络电话：", span="H5")
    label(s, "A6", "产品料号：")
    s.value("B6", "HZ-DC-2231", path="part_no", label="产品料号：", span="C6")
    label(s, "D6", "产品名称：")
    s.value("E6", "变速箱端盖", path="part_name", label="产品名称：")
    label(s, "F6", "出货批号：")
    s.value("G6", "HZ260822-3", path="lot_no", label="出货批号：", span="H6")
    label(s, "A7", "交货数量(PCS)：")
    s.value(
        "B7",
        4800,
        path="ship_qty",
        label="交货数量(PCS)：",
        span="C7",
        fmt="#,##0",
        note="unit in the label, number cell shown 4,800",
    )
    label(s, "D7", "不良数量(PCS)：")
    s.value("E7", "96", path="defect_qty", label="不良数量(PCS)：", expect=96)
    label(s, "F7", "出货日期：")
    s.value("G7", "2026-8-24", path="ship_date", label="出货日期：", span="H7", expect="2026-08-24")
    label(s, "A8", "抱怨类别：")
    s.value(
        "B8",
        boxes(["品质", "交期", "服务", "其它"], {"品质"}),
        path="complaint_type",
        label="抱怨类别：",
        span="E8",
        expect="quality",
        blank_text=boxes(["品质", "交期", "服务", "其它"], set()),
        note="■ ticked, □ not",
    )
    label(s, "F8", "严重程度：")
    s.value(
        "G8",
        boxes(["重大", "重要", "一般"], {"重要"}),
        path="severity",
        label="严重程度：",
        span="H8",
        expect="important",
        blank_text=boxes(["重大", "重要", "一般"], set()),
    )
    label(s, "A9", "问题描述：")
    s.ws.merge_cells("A9:A10")
    desc = "客户装配时发现端盖密封面有气孔，试漏不合格 96 件；气孔直径约 0.3~0.8mm，集中在浇口对侧。"
    s.value("B9", desc, path="description", label="问题描述：", span="H10")
    label(s, "A11", "客户要求：")
    opts = ["退货", "补货", "折让", "索赔", "8D报告"]
    s.value(
        "B11",
        boxes(opts, {"退货", "补货"}),
        path="customer_request",
        label="客户要求：",
        span="H11",
        expect=["return", "resupply"],
        blank_text=boxes(opts, set()),
        note="an option kesu has no term for (8D报告)",
    )
    s.text("A12", "二、原因分析（责任部门填写，24小时内回复）", "H12", bold=True)
    cause = "压铸模具排气槽堵塞，第 2 型腔排气不良；模温偏低 (实测 165℃，标准 190±10℃)。"
    s.value(
        "A13",
        cause,
        path="root_cause",
        label="二、原因分析（责任部门填写，24小时内回复）",
        span="H14",
        note="the section band is the only label",
    )
    label(s, "A15", "原因类别：")
    cats = ["材料", "人员", "制程", "包装", "其它"]
    s.value(
        "B15",
        boxes(cats, {"制程"}),
        path="cause_category",
        label="原因类别：",
        span="E15",
        expect="process",
        blank_text=boxes(cats, set()),
    )
    label(s, "F15", "责任部门：")
    s.value("G15", "压铸车间", path="responsible_unit", label="责任部门：", span="H15")
    s.text("A16", "三、改善对策", "H16", bold=True)
    label(s, "A17", "临时对策：")
    s.value(
        "B17",
        "库存 1,200 件及在途 600 件全数试漏筛选；不良品隔离报废。",
        path="short_term_action",
        label="临时对策：",
        span="H17",
    )
    label(s, "A18", "永久对策：")
    s.value(
        "B18",
        "排气槽每班清理并记录；模温机设定改为 195℃ 并加装超限报警。",
        path="long_term_action",
        label="永久对策：",
        span="H18",
    )
    s.text("A19", "四、效果确认及结案（品保部填写）", "H19", bold=True)
    label(s, "A20", "效果确认：")
    s.value("B20", "连续 5 批试漏全部合格", path=None, label="效果确认：", span="H20")
    label(s, "A21", "结案日期：")
    s.value("B21", "2026-9-28", path="closed_date", label="结案日期：", span="C21", expect="2026-09-28")
    label(s, "D21", "损失金额(元)：")
    s.value(
        "E21",
        "3,260",
        path="loss_amount",
        label="损失金额(元)：",
        expect="3260.00",
        note="unit (元) in the label",
    )
    for col, title in (("F", "核准"), ("G", "审核"), ("H", "制表")):
        s.text(f"{col}22", title, center=True, shade=True)
    s.text("A22", "签  核", "E23", center=True, bold=True)
    s.value("F23", "徐国栋", path="approver", label="核准")
    s.value("G23", "蒋伟", path=None, label="审核")
    s.value("H23", "沈佳", path="reporter", label="制表", note="制表 (made the sheet) under its title")
    s.height(23, 30)
    plain(
        s,
        "A24",
        "注：本单一式三联（白：品保部  红：业务部  黄：责任部门）；客户抱怨须于 24 小时内回复临时对策，7 日内回复永久对策。",
        "H24",
    )


def complaint_zht_kesudan(s: Sheet) -> None:
    """客訴單 of a Taiwanese plastics moulder: every label in a shaded row ABOVE its value,
    four fields a row; ROC dates 115年9月3日 / 115/8/27 / 115.9.30; the rate typed as a bare
    ``4`` under a label with ``(%)``; (√)/( ) boxes; the two actions side by side under their
    own labels; a footer cell holding two label：value pairs (填表人：… 審核：)."""
    s.text("A1", "宏達塑膠工業股份有限公司", "H1", size=12)
    s.text("A2", "客 訴 單", "H2", size=16)
    s.height(2, 26)
    plain(s, "F3", "文件編號：QP-09-02-F1", "H3")
    labels = (("A4", "客訴單號", "B4"), ("C4", "客訴日期", "D4"), ("E4", "客戶名稱", "H4"))
    for ref, text, span in labels:
        label(s, ref, text, span)
    s.value("A5", "KS-115-0917", path="number", label="客訴單號", span="B5")
    s.value(
        "C5",
        "115年9月3日",
        path="received_date",
        label="客訴日期",
        span="D5",
        expect="2026-09-03",
        note="ROC year",
    )
    s.value("E5", "瑞昇電子股份有限公司", path="customer", label="客戶名稱", span="H5")
    for ref, text, span in (
        ("A6", "料號", "B6"),
        ("C6", "品名", "D6"),
        ("E6", "出貨日期", "F6"),
        ("G6", "出貨數量(PCS)", "H6"),
    ):
        label(s, ref, text, span)
    s.value("A7", "HT-CV-5520", path="part_no", label="料號", span="B7")
    s.value("C7", "電池上蓋（黑）", path="part_name", label="品名", span="D7")
    s.value("E7", "115/8/27", path="ship_date", label="出貨日期", span="F7", expect="2026-08-27")
    s.value("G7", "6,000", path="ship_qty", label="出貨數量(PCS)", span="H7", expect=6000)
    for ref, text, span in (
        ("A8", "生產批號", "B8"),
        ("C8", "不良數", "D8"),
        ("E8", "不良率(%)", "F8"),
        ("G8", "樣品", "H8"),
    ):
        label(s, ref, text, span)
    s.value("A9", "L1150825", path="lot_no", label="生產批號", span="B9")
    s.value("C9", "240", path="defect_qty", label="不良數", span="D9", expect=240)
    s.value(
        "E9",
        "4",
        path="defect_rate",
        label="不良率(%)",
        span="F9",
        expect="0.04",
        note="a bare 4 under a label with (%)",
    )
    s.value(
        "G9",
        "(√)有  ( )無",
        path="sample_received",
        label="樣品",
        span="H9",
        expect=True,
        blank_text="( )有  ( )無",
    )
    label(s, "A10", "客訴內容（請詳述不良現象、發生地點及數量）", "H10")
    desc = "客戶組裝時上蓋卡勾斷裂，240 PCS 無法扣合；斷面呈白化，疑似材料脆化。"
    s.value("A11", desc, path="description", label="客訴內容", span="H12")
    label(s, "A13", "客戶要求", "H13")
    reqs = ["退貨", "換貨", "折讓", "索賠"]
    s.value(
        "A14",
        "  ".join(f"({'√' if o in {'退貨', '折讓'} else ' '}){o}" for o in reqs),
        path="customer_request",
        label="客戶要求",
        span="H14",
        expect=["return", "allowance"],
        blank_text="  ".join(f"( ){o}" for o in reqs),
    )
    label(s, "A15", "原因分析", "H15")
    s.value(
        "A16",
        "回收料比例 35% 超過規定 20%，PC 料烘乾時間不足 2 小時。",
        path="root_cause",
        label="原因分析",
        span="H16",
    )
    label(s, "A17", "暫時對策", "D17")
    label(s, "E17", "永久對策", "H17")
    s.value(
        "A18",
        "庫存 2,400 PCS 全檢；客戶端 3,600 PCS 派員挑選",
        path="short_term_action",
        label="暫時對策",
        span="D19",
    )
    s.value(
        "E18",
        "回收料上限 20% 由電腦配料管控；烘料改 4 小時並記錄",
        path="long_term_action",
        label="永久對策",
        span="H19",
    )
    for ref, text, span in (
        ("A20", "責任單位", "B20"),
        ("C20", "損失金額(新台幣元)", "D20"),
        ("E20", "結案日期", "F20"),
        ("G20", "核准", "H20"),
    ):
        label(s, ref, text, span)
    s.value("A21", "射出課", path="responsible_unit", label="責任單位", span="B21")
    s.value("C21", "12,600", path="loss_amount", label="損失金額(新台幣元)", span="D21", expect="12600.00")
    s.value("E21", "115.9.30", path="closed_date", label="結案日期", span="F21", expect="2026-09-30")
    s.value("G21", "李文雄", path="approver", label="核准", span="H21")
    s.value(
        "A22",
        "張雅婷",
        prefix="填表人：",
        path="reporter",
        label="填表人：",
        span="D22",
        note="label and name in one cell",
    )
    s.value("E22", "", prefix="審核：", path=None, label="審核：", span="H22")


def complaint_en_ccf(s: Sheet) -> None:
    """Customer Complaint Form of a British electronics firm: values on lines with the caption
    printed UNDER each line; an instructions line; SECTION A / SECTION B bands; the nature of
    the complaint as ■/□ options after a label in the same cell; Yes ■ No □ with the box
    after the word; dates 03-Sep-2026 and 28-Sep-2026; a quantity caption with (units)."""
    plain(s, "A1", "NORTHGATE ELECTRONICS LTD  ·  Unit 4, Harbour Park, Poole BH15 4AB", "D1")
    plain(s, "E1", "Form QF-014  Rev C", "F1")
    s.text("A2", "CUSTOMER COMPLAINT FORM", "F2", size=15)
    s.height(2, 26)
    plain(
        s,
        "A3",
        "Complete Section A on receipt of the complaint and pass to Quality within one working day. "
        "Use BLOCK CAPITALS where possible. Dates as DD-MMM-YYYY.",
        "F3",
    )
    s.height(3, 28)
    s.text("A4", "SECTION A — COMPLAINT DETAILS (Customer Service)", "F4", bold=True, shade=True)
    s.value("A5", "NCF-26-0311", path="number", label="Complaint Reference", span="B5")
    s.value("C5", "03-Sep-2026", path="received_date", label="Date Received", span="D5", expect="2026-09-03")
    s.value("E5", "Solent Marine Systems Ltd", path="customer", label="Customer", span="F5")
    caption(s, "A6", "Complaint Reference", "B6")
    caption(s, "C6", "Date Received", "D6")
    caption(s, "E6", "Customer", "F6")
    s.value("A7", "NG-PSU-48-2", path="part_no", label="Part No.", span="B7")
    s.value("C7", "48 V marine power unit", path="part_name", label="Part Description", span="D7")
    s.value("E7", "WO-88412", path="lot_no", label="Batch / Works Order No.", span="F7")
    caption(s, "A8", "Part No.", "B8")
    caption(s, "C8", "Part Description", "D8")
    caption(s, "E8", "Batch / Works Order No.", "F8")
    s.value("A9", "1,250", path="ship_qty", label="Quantity Supplied (units)", span="B9", expect=1250)
    s.value("C9", "38", path="defect_qty", label="Quantity Rejected (units)", span="D9", expect=38)
    s.value("E9", "PO 77120-4", path="order_no", label="Customer PO No.", span="F9", expect="PO 77120-4")
    caption(s, "A10", "Quantity Supplied (units)", "B10")
    caption(s, "C10", "Quantity Rejected (units)", "D10")
    caption(s, "E10", "Customer PO No.", "F10")
    natures = ["Product quality", "Delivery", "Documentation", "Commercial"]
    s.value(
        "A11",
        boxes(natures, {"Product quality"}),
        prefix="Nature of complaint:  ",
        path="complaint_type",
        label="Nature of complaint:",
        span="F11",
        expect="quality",
        blank_text="Nature of complaint:  " + boxes(natures, set()),
    )
    desc = "Output ripple above 400 mV on 38 units at sea trials; units shut down under full load."
    s.value("A12", desc, path="description", label="Details of Complaint", span="F13")
    caption(s, "A14", "Details of Complaint (attach photographs / test reports)", "F14")
    s.value(
        "A15",
        "Yes ■   No □",
        prefix="Samples returned?   ",
        path="sample_received",
        label="Samples returned?",
        span="C15",
        expect=True,
        blank_text="Samples returned?   Yes □   No □",
    )
    s.value(
        "D15",
        "Yes □   No ■",
        prefix="Safety related?   ",
        path="safety_related",
        label="Safety related?",
        span="F15",
        expect=False,
        blank_text="Safety related?   Yes □   No □",
    )
    s.value("A16", "K. Osei", path="reporter", label="Logged by", span="C16")
    s.value("D16", "", path=None, label="Signature", span="F16")
    caption(s, "A17", "Logged by (print name)", "C17")
    caption(s, "D17", "Signature", "F17")
    s.text("A18", "SECTION B — INVESTIGATION AND ACTION (Quality)", "F18", bold=True, shade=True)
    s.value(
        "A19",
        "Output capacitor C14 from a new supplier lot has ESR 3x the datasheet value.",
        path="root_cause",
        label="Root Cause",
        span="F19",
    )
    caption(s, "A20", "Root Cause", "F20")
    s.value(
        "A21",
        "Finished stock (420 units) quarantined and ripple-tested; failures reworked.",
        path="short_term_action",
        label="Immediate Containment",
        span="F21",
    )
    caption(s, "A22", "Immediate Containment", "F22")
    s.value(
        "A23",
        "C14 supplier lot blocked; incoming ESR test added to goods-in inspection.",
        path="long_term_action",
        label="Corrective / Preventive Action",
        span="F23",
    )
    caption(s, "A24", "Corrective / Preventive Action", "F24")
    s.value("A25", "Test Engineering", path="responsible_unit", label="Department Responsible", span="B25")
    s.value("C25", "A. Cole", path="approver", label="QA Manager approval", span="D25")
    s.value("E25", "28-Sep-2026", path="closed_date", label="Date Closed", span="F25", expect="2026-09-28")
    caption(s, "A26", "Department Responsible", "B26")
    caption(s, "C26", "QA Manager approval", "D26")
    caption(s, "E26", "Date Closed", "F26")


# =============================================================================== 8D
def eightd_zh_bands(s: Sheet) -> None:
    """8D 问题解决报告 of an appliance-board maker, after a customer's supplier manual: a logo
    line; D1–D8 as full-width bands (``D1 成立小组``); the team as a table (角色 | 姓名 | 部门 |
    职务 | 联系电话) with one-row header; D2 in 5W2H rows with Chinese and English words; D3 a
    table whose date column has a two-row header (完成日期 over 计划 | 实际); D5 a table; D7
    ■/□ documents; D8 √ in brackets and a 批准 / 审核 / 编制 sign-off grid."""
    plain(s, "A1", "[LOGO]  深圳联创智控科技有限公司", "D1")
    plain(s, "E1", "文件编号：LC-QP-8D-01  版本：B", "F1")
    s.text("A2", "8D 问题解决报告", "F2", size=15)
    s.height(2, 26)
    label(s, "A3", "8D编号")
    s.value("B3", "8D-LC-26091", path="number", label="8D编号")
    label(s, "C3", "客户")
    s.value("D3", "佛山美力家电有限公司", path="customer", label="客户")
    label(s, "E3", "开始日期")
    s.value("F3", "2026年9月3日", path="opened_date", label="开始日期", expect="2026-09-03")
    label(s, "A4", "产品型号")
    s.value("B4", "MLJ-PCBA-07", path="part_no", label="产品型号")
    label(s, "C4", "客诉编号")
    s.value("D4", "ML-QC-0388", path="complaint_number", label="客诉编号")
    label(s, "E4", "要求完成日期")
    s.value("F4", "2026年9月17日", path="target_close_date", label="要求完成日期", expect="2026-09-17")
    s.text("A5", "D1 成立小组", "F5", bold=True, shade=True)
    for col, head in zip("ABCDE", ["角色", "姓名", "部门", "职务", "联系电话"]):
        s.text(f"{col}6", head, center=True, bold=True)
    s.text("F6", "签名", center=True, bold=True)
    team = [
        ("组长", "吴晓峰", "品质部", "经理", "138 2654 7701", "leader"),
        ("组员", "黄丽", "工程部", "工程师", "139 2230 1185", "member"),
        ("组员", "邓志强", "生产部", "主管", "137 5112 9064", "member"),
    ]
    for i, (role, name, dept, title, phone, code) in enumerate(team):
        r = 7 + i
        s.value(f"A{r}", role, path=None, label="角色")
        s.value(f"B{r}", name, path="team[*].name", label="姓名")
        s.value(f"C{r}", dept, path=f"team[name={name}].dept", label="部门")
        s.value(f"D{r}", title, path=None, label="职务")
        s.value(f"E{r}", phone, path=None, label="联系电话")
        s.box(f"F{r}")
        if code == "leader":
            field(s, "角色", f"A{r}", role, f"team[name={name}].role", code)
    s.text("A10", "D2 问题描述（5W2H）", "F10", bold=True, shade=True)
    label(s, "A11", "What 什么问题")
    s.value(
        "B11", "控制板 K3 继电器触点粘连，整机不停机", path="problem.what", label="What 什么问题", span="F11"
    )
    label(s, "A12", "Where 在哪里发现")
    s.value("B12", "客户总装线老化工位", path="problem.where", label="Where 在哪里发现", span="F12")
    label(s, "A13", "When 何时发现")
    s.value("B13", "2026-9-2 夜班", path="problem.when", label="When 何时发现", span="F13")
    label(s, "A14", "交货数量")
    s.value("B14", "5,000 PCS", path="problem.qty_delivered", label="交货数量", expect=5000)
    label(s, "C14", "不良数量")
    s.value("D14", "150 PCS", path="problem.qty_complained", label="不良数量", expect=150)
    label(s, "E14", "不良率")
    s.value("F14", "3%", path=None, label="不良率")
    s.text("A15", "D3 临时围堵措施", "F15", bold=True, shade=True)
    s.text("A16", "围堵措施", "B17", center=True, bold=True)
    s.text("C16", "负责人", "C17", center=True, bold=True)
    s.text("D16", "完成日期", "E16", center=True, bold=True)
    s.text("D17", "计划", center=True, bold=True)
    s.text("E17", "实际", center=True, bold=True)
    s.text("F16", "有效性", "F17", center=True, bold=True)
    d3 = [
        ("仓库 2,300 PCS 全数老化测试", "邓志强", "2026/9/4", "2026/9/4", "100%"),
        ("客户端库存派 2 人挑选", "黄丽", "2026/9/5", "2026/9/6", "100%"),
    ]
    for i, (act, owner, plan, done, eff) in enumerate(d3):
        r = 18 + i
        s.value(f"A{r}", act, path="containment[*].action", label="围堵措施", span=f"B{r}")
        s.value(f"C{r}", owner, path=f"containment[action={act}].owner", label="负责人")
        s.value(
            f"D{r}",
            plan,
            path=f"containment[action={act}].due_date",
            label="完成日期 / 计划",
            expect=f"2026-09-{int(plan.rsplit('/', 1)[1]):02d}",
        )
        s.value(
            f"E{r}",
            done,
            path=f"containment[action={act}].done_date",
            label="完成日期 / 实际",
            expect=f"2026-09-{int(done.rsplit('/', 1)[1]):02d}",
        )
        s.value(
            f"F{r}", eff, path=f"containment[action={act}].effectiveness_pct", label="有效性", expect="1.00"
        )
    s.text("A20", "D4 根本原因分析", "F20", bold=True, shade=True)
    label(s, "A21", "产生原因")
    s.value(
        "B21",
        "继电器供应商更换触点材料（AgSnO2 改 AgNi），耐电弧能力下降。",
        path="root_cause[type=occurrence].cause",
        label="产生原因",
        span="F21",
    )
    label(s, "A22", "流出原因")
    s.value(
        "B22",
        "出厂老化只做 30 分钟空载，未覆盖满载切换。",
        path="root_cause[type=escape].cause",
        label="流出原因",
        span="F22",
    )
    s.text("A23", "D5 永久纠正措施", "F23", bold=True, shade=True)
    for col, head, span in (
        ("A", "纠正措施", "C24"),
        ("D", "负责人", None),
        ("E", "预计完成", None),
        ("F", "验证方法", None),
    ):
        s.text(f"{col}24", head, span, center=True, bold=True)
    act5 = "恢复 AgSnO2 触点继电器，供应商变更须经我司批准"
    s.value("A25", act5, path="corrective_actions[*].action", label="纠正措施", span="C25")
    s.value("D25", "黄丽", path=f"corrective_actions[action={act5}].owner", label="负责人")
    s.value(
        "E25",
        "2026/9/12",
        path=f"corrective_actions[action={act5}].due_date",
        label="预计完成",
        expect="2026-09-12",
    )
    s.value(
        "F25",
        "满载切换 1 万次寿命试验",
        path=f"corrective_actions[action={act5}].validation_method",
        label="验证方法",
    )
    s.text("A26", "D6 措施实施与效果验证", "F26", bold=True, shade=True)
    label(s, "A27", "实施内容")
    act6 = "9 月 12 日起全部使用 AgSnO2 触点继电器"
    s.value("B27", act6, path="implementation[*].action", label="实施内容", span="D27")
    label(s, "E27", "实施日期")
    s.value(
        "F27",
        "2026-9-12",
        path=f"implementation[action={act6}].implemented_date",
        label="实施日期",
        expect="2026-09-12",
    )
    label(s, "A28", "效果验证")
    s.value(
        "B28",
        "连续 3 批 15,000 PCS 满载老化零不良",
        path=f"implementation[action={act6}].result",
        label="效果验证",
        span="F28",
    )
    s.text("A29", "D7 预防再发生", "F29", bold=True, shade=True)
    label(s, "A30", "标准化文件")
    docs = ["FMEA", "控制计划", "作业指导书", "检验规范", "图纸"]
    s.value(
        "B30",
        boxes(docs, {"FMEA", "控制计划"}),
        path="prevention.documents_updated",
        label="标准化文件",
        span="F30",
        expect=["fmea", "control_plan"],
        blank_text=boxes(docs, set()),
    )
    label(s, "A31", "水平展开")
    s.value(
        "B31",
        "同系列 4 款控制板同步确认继电器物料",
        path="prevention.horizontal_deployment",
        label="水平展开",
        span="F31",
    )
    s.text("A32", "D8 结案及团队祝贺", "F32", bold=True, shade=True)
    label(s, "A33", "客户确认")
    s.value(
        "B33",
        "(√)同意结案  ( )不同意",
        path="closure.customer_accepted",
        label="客户确认",
        span="C33",
        expect=True,
        blank_text="( )同意结案  ( )不同意",
    )
    label(s, "D33", "结案日期")
    s.value("E33", "2026-9-30", path="closure.closed_date", label="结案日期", span="F33", expect="2026-09-30")
    for col, title in (("D", "批准"), ("E", "审核"), ("F", "编制")):
        s.text(f"{col}34", title, center=True, shade=True)
    s.text("A34", "签核", "C35", center=True, bold=True)
    s.value("D35", "刘振华", path="closure.approved_by", label="批准")
    s.value("E35", "吴晓峰", path=None, label="审核")
    s.value("F35", "黄丽", path=None, label="编制")


def eightd_zht_isisnot(s: Sheet) -> None:
    """8D 報告 of a Taiwanese PCB assembler in a customer's format: the header as label / value
    pairs; D1 召集人 and 成員 (names with their units in brackets, separated by 、); D2 an
    IS / IS NOT table (項目 | 是 | 不是) whose 是 column holds what / where / when / how many;
    ROC dates 115.09.03, 115/09/20; D4 causes with ☑ 已驗證; D7 ■/□ documents; 結案 date
    中華民國115年9月30日."""
    s.text("A1", "8D 報告（矯正預防措施）", "F1", size=15)
    s.height(1, 26)
    plain(s, "A2", "供應商請於收到後 24 小時內回覆 D3，7 日內回覆 D4～D5，並附佐證資料。", "F2")
    label(s, "A3", "報告編號")
    s.value("B3", "8D-1150903-02", path="number", label="報告編號")
    label(s, "C3", "客戶")
    s.value("D3", "群創光電股份有限公司", path="customer", label="客戶")
    label(s, "E3", "開立日期")
    s.value("F3", "115.09.03", path="opened_date", label="開立日期", expect="2026-09-03")
    label(s, "A4", "料號")
    s.value("B4", "PA-7731-B", path="part_no", label="料號")
    label(s, "C4", "客訴單號")
    s.value("D4", "IQC-115-0412", path="complaint_number", label="客訴單號")
    label(s, "E4", "狀態")
    s.value("F4", "結案", path="status", label="狀態", expect="closed")
    s.text("A5", "D1 小組成員", "F5", bold=True, shade=True)
    label(s, "A6", "召集人")
    s.value("B6", "陳志偉（品保課）", path="team[*].name", label="召集人", span="C6", expect="陳志偉")
    field(s, "召集人", "B6", "陳志偉（品保課）", "team[name=陳志偉].role", "leader")
    label(s, "D6", "成員")
    s.value(
        "E6", "林怡君（製造）、吳宗翰（工程）", path="team[*].name", label="成員", span="F6", expect="林怡君"
    )
    field(s, "成員", "E6", "林怡君（製造）、吳宗翰（工程）", "team[*].name", "吳宗翰")
    s.text("A7", "D2 問題描述", "F7", bold=True, shade=True)
    s.value(
        "A8",
        "背光模組 FPC 連接器虛焊，點燈測試閃爍。",
        path="problem.statement",
        label="D2 問題描述",
        span="F8",
        note="the band is the label",
    )
    s.text("A9", "項目", center=True, bold=True)
    s.text("B9", "是 (IS)", "C9", center=True, bold=True)
    s.text("D9", "不是 (IS NOT)", "F9", center=True, bold=True)
    rows = [
        ("何物 What", "FPC 連接器 J2 虛焊", "J1、J3 無異常", "problem.what", None),
        ("何處 Where", "客戶 IQC 點燈站", "本廠 FCT 未發現", "problem.where", None),
        ("何時 When", "115/09/01 起", "8 月前出貨批", "problem.when", None),
        ("多少 How many", "72 PCS / 3,600 PCS", "其他機種", "problem.how_many", None),
    ]
    for i, (item, is_, isnot, path, exp) in enumerate(rows):
        r = 10 + i
        s.text(f"A{r}", item, shade=True)
        s.value(f"B{r}", is_, path=path, label=f"{item} / 是", span=f"C{r}", expect=exp)
        s.value(f"D{r}", isnot, path=None, label=f"{item} / 不是", span=f"F{r}")
    s.text("A14", "D3 緊急措施", "F14", bold=True, shade=True)
    act3 = "庫存 1,800 PCS 及客戶端 1,200 PCS 全數點燈篩選"
    s.value("A15", act3, path="containment[*].action", label="D3 緊急措施", span="C15")
    label(s, "D15", "負責人")
    s.value("E15", "林怡君", path=f"containment[action={act3}].owner", label="負責人")
    s.value(
        "F15",
        "115/09/04",
        path=f"containment[action={act3}].done_date",
        label="完成日",
        expect="2026-09-04",
        prefix="完成日：",
        note="label and date in one cell",
    )
    s.text("A16", "D4 原因分析", "F16", bold=True, shade=True)
    label(s, "A17", "發生原因")
    s.value(
        "B17",
        "回焊爐第 6 區熱電偶偏移，實際溫度低 15℃。",
        path="root_cause[type=occurrence].cause",
        label="發生原因",
        span="E17",
    )
    s.value(
        "F17",
        "☑已驗證",
        path="root_cause[type=occurrence].verified",
        label="發生原因 / 驗證",
        expect=True,
        blank_text="□已驗證",
    )
    label(s, "A18", "流出原因")
    s.value(
        "B18", "FCT 治具未測 J2 腳位。", path="root_cause[type=escape].cause", label="流出原因", span="E18"
    )
    s.value(
        "F18",
        "☑已驗證",
        path="root_cause[type=escape].verified",
        label="流出原因 / 驗證",
        expect=True,
        blank_text="□已驗證",
    )
    s.text("A19", "D5 永久對策", "F19", bold=True, shade=True)
    act5 = "熱電偶每月校正，爐溫曲線每班量測"
    s.value("A20", act5, path="corrective_actions[*].action", label="D5 永久對策", span="C20")
    label(s, "D20", "負責人")
    s.value("E20", "吳宗翰", path=f"corrective_actions[action={act5}].owner", label="負責人")
    s.value(
        "F20",
        "115/09/20",
        prefix="預定完成：",
        path=f"corrective_actions[action={act5}].due_date",
        label="預定完成：",
        expect="2026-09-20",
    )
    s.text("A21", "D6 對策實施及效果確認", "F21", bold=True, shade=True)
    act6 = "FCT 治具增加 J2 測點"
    s.value("A22", act6, path="implementation[*].action", label="D6 對策實施", span="C22")
    label(s, "D22", "導入日期")
    s.value(
        "E22",
        "115.09.18",
        path=f"implementation[action={act6}].implemented_date",
        label="導入日期",
        span="F22",
        expect="2026-09-18",
    )
    s.text("A23", "D7 預防再發", "F23", bold=True, shade=True)
    docs = ["FMEA", "控制計畫", "作業標準書", "檢驗標準"]
    s.value(
        "A24",
        boxes(docs, {"FMEA", "作業標準書"}),
        prefix="文件修訂：",
        path="prevention.documents_updated",
        label="文件修訂：",
        span="F24",
        expect=["fmea", "work_instruction"],
        blank_text="文件修訂：" + boxes(docs, set()),
    )
    s.text("A25", "D8 結案", "F25", bold=True, shade=True)
    label(s, "A26", "結案日期")
    s.value(
        "B26",
        "中華民國115年9月30日",
        path="closure.closed_date",
        label="結案日期",
        span="C26",
        expect="2026-09-30",
    )
    label(s, "D26", "核准")
    s.value("E26", "黃俊傑", path="closure.approved_by", label="核准", span="F26")


def eightd_en_supplier(s: Sheet) -> None:
    """8D Report in the format of a US customer's supplier quality manual: header labels on
    the left with hints like (mm/dd/yy) and dates 9/3/26; D1 team table with a Role column
    (Champion / Leader / Member); D3 containment as a stock table (Location | Qty Checked |
    Qty Defective); D4 occurrence and escape causes with % contribution; D5 table with
    verification method; D7 documents as √ marks; D8 customer approval Yes ■ No □."""
    plain(s, "A1", "SUPPLIER 8D CORRECTIVE ACTION REPORT", "D1")
    plain(s, "E1", "Ref: SQM Rev. 7, Section 9.3", "F1")
    s.text("A2", "8D Report", "F2", size=15)
    label(s, "A3", "8D Number")
    s.value("B3", "SCR-260903-117", path="number", label="8D Number")
    label(s, "C3", "Date Opened (mm/dd/yy)")
    s.value("D3", "9/3/26", path="opened_date", label="Date Opened (mm/dd/yy)", expect="2026-09-03")
    label(s, "E3", "Supplier Code")
    s.value("F3", "V-20417", path=None, label="Supplier Code")
    label(s, "A4", "Customer")
    s.value("B4", "Trident Outdoor Power Inc.", path="customer", label="Customer")
    label(s, "C4", "Customer Part No.")
    s.value("D4", "TP-88-1042", path="part_no", label="Customer Part No.")
    label(s, "E4", "Response Due (mm/dd/yy)")
    s.value("F4", "9/24/26", path="target_close_date", label="Response Due (mm/dd/yy)", expect="2026-09-24")
    s.text("A5", "D1 — Team", "F5", bold=True, shade=True)
    for col, head in zip("ABCD", ["Name", "Department", "Role (Champion / Leader / Member)", "E-mail"]):
        s.text(f"{col}6", head, center=True, bold=True)
    s.text("E6", "Phone", "F6", center=True, bold=True)
    team = [
        ("Greg Halvorsen", "Operations", "Champion", "champion"),
        ("Priya Raman", "Quality", "Leader", "leader"),
        ("Luis Ortega", "Machining", "Member", "member"),
    ]
    for i, (name, dept, role, code) in enumerate(team):
        r = 7 + i
        s.value(f"A{r}", name, path="team[*].name", label="Name")
        s.value(f"B{r}", dept, path=f"team[name={name}].dept", label="Department")
        s.value(f"C{r}", role, path=f"team[name={name}].role", label="Role", expect=code)
        s.value(
            f"D{r}",
            f"{name.split()[0][0].lower()}{name.split()[1].lower()}@kestrelmfg.com",
            path=None,
            label="E-mail",
        )
        s.value(f"E{r}", "(616) 555-01" + str(40 + i), path=None, label="Phone", span=f"F{r}")
    s.text("A10", "D2 — Problem Description (Is / Is Not)", "F10", bold=True, shade=True)
    stmt = "Crankshaft journal diameter undersize (24.962 mm vs 24.975 ±0.010) on lot 2634."
    s.value("A11", stmt, path="problem.statement", label="D2 — Problem Description", span="F11")
    label(s, "A12", "Qty Shipped")
    s.value("B12", "2,000", path="problem.qty_delivered", label="Qty Shipped", expect=2000)
    label(s, "C12", "Qty Rejected by Customer")
    s.value("D12", "64", path="problem.qty_complained", label="Qty Rejected by Customer", expect=64)
    label(s, "E12", "Qty Returned")
    s.value("F12", "64", path="problem.qty_returned", label="Qty Returned", expect=64)
    s.text("A13", "D3 — Containment (within 24 h)", "F13", bold=True, shade=True)
    for col, head in zip("ABCDEF", ["Location", "Qty Checked", "Qty Defective", "Action", "Owner", "Date"]):
        s.text(f"{col}14", head, center=True, bold=True)
    stock = [
        ("Supplier stock", "in_house", "1,100", "18"),
        ("In transit", "in_transit", "400", "5"),
        ("Customer site", "at_customer", "936", "41"),
    ]
    for i, (loc, code, chk, bad) in enumerate(stock):
        r = 15 + i
        s.value(f"A{r}", loc, path=f"stock_sorting[{i}].location", label="Location", expect=code)
        s.value(
            f"B{r}",
            chk,
            path=f"stock_sorting[{i}].qty_checked",
            label="Qty Checked",
            expect=int(chk.replace(",", "")),
        )
        s.value(
            f"C{r}", bad, path=f"stock_sorting[{i}].qty_defective", label="Qty Defective", expect=int(bad)
        )
        s.value(f"D{r}", "100% air-gauge sort", path=None, label="Action")
        s.value(f"E{r}", "L. Ortega", path=None, label="Owner")
        s.value(f"F{r}", f"9/{4 + i}/26", path=None, label="Date")
    s.text("A18", "D4 — Root Cause", "F18", bold=True, shade=True)
    label(s, "A19", "Occurrence (why made)")
    s.value(
        "B19",
        "Grinding wheel dresser worn; size drifts after 150 parts.",
        path="root_cause[type=occurrence].cause",
        label="Occurrence (why made)",
        span="D19",
    )
    label(s, "E19", "% Contribution")
    s.value(
        "F19",
        "80%",
        path="root_cause[type=occurrence].contribution_pct",
        label="% Contribution",
        expect="0.80",
    )
    label(s, "A20", "Escape (why not detected)")
    s.value(
        "B20",
        "Air gauge checked 1 in 50; drift between checks not caught.",
        path="root_cause[type=escape].cause",
        label="Escape (why not detected)",
        span="D20",
    )
    label(s, "E20", "% Contribution")
    s.value(
        "F20", "20%", path="root_cause[type=escape].contribution_pct", label="% Contribution", expect="0.20"
    )
    s.text("A21", "D5 — Permanent Corrective Actions", "F21", bold=True, shade=True)
    for col, head, span in (
        ("A", "Action", "B22"),
        ("C", "Owner", None),
        ("D", "Target Date", None),
        ("E", "Verification Method", "F22"),
    ):
        s.text(f"{col}22", head, span, center=True, bold=True)
    act = "Dresser replaced; in-process gauging every part with auto-stop"
    s.value("A23", act, path="corrective_actions[*].action", label="Action", span="B23")
    s.value("C23", "Priya Raman", path=f"corrective_actions[action={act}].owner", label="Owner")
    s.value(
        "D23",
        "9/18/26",
        path=f"corrective_actions[action={act}].due_date",
        label="Target Date",
        expect="2026-09-18",
    )
    s.value(
        "E23",
        "Cpk study on 125 parts (Cpk ≥ 1.67)",
        path=f"corrective_actions[action={act}].validation_method",
        label="Verification Method",
        span="F23",
    )
    s.text("A24", "D6 — Implementation & Validation", "F24", bold=True, shade=True)
    label(s, "A25", "Date Implemented")
    s.value(
        "B25",
        "9/18/26",
        path="implementation[*].implemented_date",
        label="Date Implemented",
        expect="2026-09-18",
    )
    label(s, "C25", "Results")
    s.value(
        "D25",
        "Cpk 2.1 on 125 parts; 0 rejects in 6,000 since",
        path="implementation[*].result",
        label="Results",
        span="F25",
    )
    s.text("A26", "D7 — Prevent Recurrence", "F26", bold=True, shade=True)
    s.value(
        "A27",
        "√ PFMEA    √ Control Plan    __ Work Instructions    __ Drawing",
        prefix="Documents updated:  ",
        path="prevention.documents_updated",
        label="Documents updated:",
        span="F27",
        expect=["fmea", "control_plan"],
        blank_text="Documents updated:  __ PFMEA    __ Control Plan    __ Work Instructions    __ Drawing",
    )
    s.text("A28", "D8 — Closure", "F28", bold=True, shade=True)
    label(s, "A29", "Customer approval")
    s.value(
        "B29",
        "Yes ■   No □",
        path="closure.customer_accepted",
        label="Customer approval",
        expect=True,
        blank_text="Yes □   No □",
    )
    label(s, "C29", "Approved by")
    s.value("D29", "M. Brandt (SQE)", path="closure.approved_by", label="Approved by", expect="M. Brandt")
    label(s, "E29", "Date Closed")
    s.value("F29", "9/30/26", path="closure.closed_date", label="Date Closed", expect="2026-09-30")


# =============================================================================== returns
def return_zh_chengpin_lianci(s: Sheet) -> None:
    """成品退货单 of a hardware maker, a three-part carbon form: letter-spaced title, ``No.``
    top right, date and customer typed after their label in the same cell; items with a
    one-row header and units in the headers (退货数量 / 单价(元) / 金额(元)); a 合计 row with
    the amount in capitals; ticks after the option ``返工(√)  报废( )``; a sign-off grid (业务 /
    品管 / 仓库收货 / 收货日期 / 主管) with names under the titles; the 联次 footnote."""
    plain(s, "A1", "[LOGO]  宁波恒力五金制品有限公司   地址：宁波市鄞州区金谷中路 88 号", "F1")
    s.text("A2", "成 品 退 货 单", "F2", size=16)
    s.height(2, 28)
    s.value("G2", "0026917", prefix="No.", path="number", label="No.", span="H2")
    s.value(
        "A3",
        "2026年9月3日",
        prefix="退货日期：",
        path="issue_date",
        label="退货日期：",
        span="C3",
        expect="2026-09-03",
    )
    s.value("D3", "慈溪奥凯电器有限公司", prefix="客户：", path="customer", label="客户：", span="H3")
    s.value(
        "A4",
        "KS-2608-119",
        prefix="关联客诉单号：",
        path="complaint_number",
        label="关联客诉单号：",
        span="C4",
    )
    s.value("D4", "CK-260820-03", prefix="原出货单号：", path=None, label="原出货单号：", span="H4")
    for col, head in zip(
        "ABCDEFGH", ["序号", "产品编码", "品名规格", "单位", "退货数量", "单价(元)", "金额(元)", "备注"]
    ):
        s.text(f"{col}5", head, center=True, bold=True)
    items = [
        ("HL-HG-3010", "不锈钢合页 3 寸", "副", "1,200", "2.85", "3,420.00", "表面锈点"),
        ("HL-LT-0608", "拉手 96mm", "只", "800", "1.60", "1,280.00", ""),
        ("HL-SC-4025", "沉头螺钉 M4×25", "千只", "15", "42.00", "630.00", "混料"),
    ]
    for i, (pno, name, unit, qty, price, amt, note) in enumerate(items):
        r = 6 + i
        s.value(f"A{r}", str(i + 1), path=None, label="序号")
        s.value(f"B{r}", pno, path=f"items[{i}].part_no", label="产品编码")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="品名规格")
        s.value(f"D{r}", unit, path=f"items[{i}].unit", label="单位")
        s.value(
            f"E{r}", qty, path=f"items[{i}].qty_returned", label="退货数量", expect=int(qty.replace(",", ""))
        )
        s.value(f"F{r}", price, path=f"items[{i}].unit_price", label="单价(元)", expect=price)
        s.value(f"G{r}", amt, path=f"items[{i}].amount", label="金额(元)", expect=amt.replace(",", ""))
        s.value(f"H{r}", note, path=None, label="备注")
    for col in "ABCDEFGH":
        s.box(f"{col}9")
    s.text("A10", "合计", center=True, bold=True)
    s.value("B10", "伍仟叁佰叁拾元整", prefix="人民币（大写）：", path=None, label="合计（大写）", span="E10")
    s.value("F10", "¥5,330.00", path=None, label="合计", span="G10")
    s.box("H10")
    label(s, "A11", "退货原因")
    s.value(
        "B11",
        "合页表面盐雾 24h 出现锈点；螺钉混入 M4×20 约 300 只。",
        path="reason",
        label="退货原因",
        span="H11",
    )
    label(s, "A12", "处理方式")
    ways = ["返工", "报废", "换货", "降级使用"]
    s.value(
        "B12",
        boxes(ways, {"返工", "换货"}, on="√", off=" ", after=True),
        path="handling",
        label="处理方式",
        span="H12",
        expect=["rework", "replace"],
        blank_text=boxes(ways, set(), on="√", off=" ", after=True),
        note="the tick in brackets after the option",
    )
    for col, title in zip("ABCDE", ["业务", "品管", "仓库收货", "收货日期", "主管"]):
        s.text(f"{col}13", title, center=True, shade=True)
    s.text("F13", "备注", "H13", center=True, shade=True)
    s.value("A14", "赵敏", path=None, label="业务")
    s.value("B14", "孙伟", path=None, label="品管")
    s.value("C14", "王建军", path="warehouse_receiver", label="仓库收货")
    s.value("D14", "2026/9/5", path="received_date", label="收货日期", expect="2026-09-05")
    s.value("E14", "周海", path="approved_by", label="主管")
    s.box("F14", "H14")
    s.height(14, 28)
    plain(
        s,
        "A15",
        "第一联：存根（白）　第二联：仓库（红）　第三联：财务（黄）　　退货须凭本单入库，无单不收。",
        "H15",
    )


def return_zht_shenqing(s: Sheet) -> None:
    """成品退貨單 of a Taiwanese fastener maker: bold labels ending in ``：`` with the value in
    the next cell; ROC date 115年9月3日 and 115/9/6; the quantity column with a two-row header
    (數量 over 申請 | 核准 | 實收); ■/□ handling and 憑證 options; a sign-off row 核准 / 倉庫驗收 /
    驗收日期 with the values beside."""
    s.text("A1", "聯鋼螺絲工業股份有限公司\n成品退貨單", "I1", size=14)
    s.height(1, 40)
    label(s, "A2", "退貨單號：")
    s.value("B2", "RT-1150903-5", path="number", label="退貨單號：", span="C2")
    label(s, "D2", "申請日期：")
    s.value("E2", "115年9月3日", path="issue_date", label="申請日期：", span="F2", expect="2026-09-03")
    label(s, "G2", "客訴編號：")
    s.value("H2", "CS1150828-3", path="complaint_number", label="客訴編號：", span="I2")
    label(s, "A3", "客戶名稱：")
    s.value("B3", "台灣東洋家具股份有限公司", path="customer", label="客戶名稱：", span="F3")
    label(s, "G3", "客戶代號：")
    s.value("H3", "C0417", path=None, label="客戶代號：", span="I3")
    s.text("A4", "項次", "A5", center=True, bold=True)
    s.text("B4", "品號", "B5", center=True, bold=True)
    s.text("C4", "品名規格", "C5", center=True, bold=True)
    s.text("D4", "單位", "D5", center=True, bold=True)
    s.text("E4", "數量", "G4", center=True, bold=True)
    for col, head in zip("EFG", ["申請", "核准", "實收"]):
        s.text(f"{col}5", head, center=True, bold=True)
    s.text("H4", "單價", "H5", center=True, bold=True)
    s.text("I4", "金額", "I5", center=True, bold=True)
    items = [
        ("LG-WS-M6", "自攻螺絲 M6×30", "KPCS", "50", "50", "48", "320", "15,360"),
        ("LG-NT-M8", "六角螺帽 M8", "KPCS", "20", "15", "15", "180", "2,700"),
    ]
    for i, (pno, name, unit, req, ok, got, price, amt) in enumerate(items):
        r = 6 + i
        s.value(f"A{r}", str(i + 1), path=None, label="項次")
        s.value(f"B{r}", pno, path=f"items[{i}].part_no", label="品號")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="品名規格")
        s.value(f"D{r}", unit, path=f"items[{i}].unit", label="單位")
        s.value(f"E{r}", req, path=None, label="數量 / 申請")
        s.value(f"F{r}", ok, path=f"items[{i}].qty_approved", label="數量 / 核准", expect=int(ok))
        s.value(f"G{r}", got, path=f"items[{i}].qty_returned", label="數量 / 實收", expect=int(got))
        s.value(f"H{r}", price, path=f"items[{i}].unit_price", label="單價", expect=f"{int(price)}.00")
        s.value(
            f"I{r}", amt, path=f"items[{i}].amount", label="金額", expect=f"{int(amt.replace(',', ''))}.00"
        )
    label(s, "A8", "退貨原因：")
    s.value(
        "B8", "螺紋牙規不通（6g 環規止端通過），客戶組裝滑牙。", path="reason", label="退貨原因：", span="I8"
    )
    label(s, "A9", "處理方式：")
    ways = ["重工", "報廢", "降級", "換貨"]
    s.value(
        "B9",
        boxes(ways, {"換貨"}),
        path="handling",
        label="處理方式：",
        span="E9",
        expect=["replace"],
        blank_text=boxes(ways, set()),
    )
    label(s, "F9", "憑證：")
    proofs = ["退貨證明單", "發票正本", "註記影本"]
    s.value(
        "G9",
        boxes(proofs, {"退貨證明單"}),
        path="proof",
        label="憑證：",
        span="I9",
        expect="return_certificate",
        blank_text=boxes(proofs, set()),
    )
    label(s, "A10", "核准：")
    s.value("B10", "鄭國華", path="approved_by", label="核准：")
    label(s, "C10", "倉庫驗收：")
    s.value("D10", "蔡淑芬", path="warehouse_receiver", label="倉庫驗收：", span="E10")
    label(s, "F10", "驗收日期：")
    s.value("G10", "115/9/6", path="received_date", label="驗收日期：", span="I10", expect="2026-09-06")
    plain(
        s, "A11", "說明：1. 退貨須經業務主管核准並附客訴單。2. 本單一式四聯：業務、品保、倉庫、會計。", "I11"
    )


def return_en_rma_request(s: Sheet) -> None:
    """Return Material Authorization request of a US industrial-controls maker: letterhead,
    instructions; RMA # in a box top right; Request Date 9/3/26; customer block with labels
    ending in ``:`` on the left; line items with units in the headers (Unit Price (USD),
    Amount (USD)) and three quantity columns; a tick row of reason codes kesu has no field for;
    the requested resolution as ☒/☐; a FOR RECEIVING USE ONLY band; date received 9/22/26."""
    plain(
        s,
        "A1",
        "[LOGO]  ARDEN CONTROLS, INC.  ·  1450 Commerce Dr., Dayton, OH 45414  ·  (937) 555-0180",
        "G1",
    )
    plain(s, "H1", "RMA #", "H1")
    s.value("I1", "RMA-40718", path="number", label="RMA #", span="J1")
    s.text("A2", "RETURN MATERIAL AUTHORIZATION REQUEST", "J2", size=14)
    s.height(2, 24)
    plain(
        s,
        "A3",
        "No material will be accepted without an RMA number. Write the RMA # on every carton. "
        "Returns not received within 30 days of issue are cancelled.",
        "J3",
    )
    s.height(3, 26)
    label(s, "A4", "Request Date:")
    s.value("B4", "9/3/26", path="issue_date", label="Request Date:", span="C4", expect="2026-09-03")
    label(s, "D4", "Your Complaint #:")
    s.value("E4", "QN-55812", path="complaint_number", label="Your Complaint #:", span="F4")
    label(s, "G4", "Original Invoice:")
    s.value("H4", "INV-771203", path=None, label="Original Invoice:", span="J4")
    label(s, "A5", "Company:")
    s.value("B5", "Lakeshore Packaging Corp.", path="customer", label="Company:", span="F5")
    label(s, "G5", "Contact:")
    s.value("H5", "Dana Whitfield", path=None, label="Contact:", span="J5")
    heads = [
        "Line",
        "Part No.",
        "Description",
        "Serial / Lot",
        "Qty Requested",
        "Qty Approved",
        "Qty Received",
        "UOM",
        "Unit Price (USD)",
        "Amount (USD)",
    ]
    for col, head in zip("ABCDEFGHIJ", heads):
        s.text(f"{col}6", head, center=True, bold=True)
    s.height(6, 28)
    items = [
        (
            "AC-PLC-16",
            "PLC I/O module 16 ch",
            "SN 2634-0011..0030",
            "20",
            "20",
            "20",
            "EA",
            "148.00",
            "2,960.00",
        ),
        ("AC-HMI-7", "7-in operator panel", "SN 2631-0412", "3", "2", "2", "EA", "415.00", "830.00"),
    ]
    for i, (pno, desc, serial, req, ok, got, uom, price, amt) in enumerate(items):
        r = 7 + i
        s.value(f"A{r}", str(i + 1), path=None, label="Line")
        s.value(f"B{r}", pno, path=f"items[{i}].part_no", label="Part No.")
        s.value(f"C{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(f"D{r}", serial, path=None, label="Serial / Lot")
        s.value(f"E{r}", req, path=None, label="Qty Requested")
        s.value(f"F{r}", ok, path=f"items[{i}].qty_approved", label="Qty Approved", expect=int(ok))
        s.value(f"G{r}", got, path=f"items[{i}].qty_returned", label="Qty Received", expect=int(got))
        s.value(f"H{r}", uom, path=f"items[{i}].unit", label="UOM")
        s.value(f"I{r}", price, path=f"items[{i}].unit_price", label="Unit Price (USD)", expect=price)
        s.value(f"J{r}", amt, path=f"items[{i}].amount", label="Amount (USD)", expect=amt.replace(",", ""))
    codes = ["Defective", "Damaged in transit", "Wrong item", "Ordered in error"]
    s.value(
        "A9",
        boxes(codes, {"Defective"}, on="☒", off="☐"),
        prefix="Reason code:  ",
        path=None,
        label="Reason code:",
        span="J9",
        blank_text="Reason code:  " + boxes(codes, set(), on="☒", off="☐"),
    )
    label(s, "A10", "Describe the problem:")
    s.value(
        "B10",
        "I/O modules lose channel 9-16 after power cycling; panel touch screen dead on arrival.",
        path="reason",
        label="Describe the problem:",
        span="J10",
    )
    s.height(10, 30)
    label(s, "A11", "Requested Resolution:")
    res = ["Credit", "Replacement", "Repair", "Return to customer"]
    s.value(
        "B11",
        boxes(res, {"Replacement"}, on="☒", off="☐"),
        path="handling",
        label="Requested Resolution:",
        span="J11",
        expect=["replace"],
        blank_text=boxes(res, set(), on="☒", off="☐"),
    )
    label(s, "A12", "Authorized by:")
    s.value(
        "B12",
        "S. Mitchell, Customer Service Mgr",
        path="approved_by",
        label="Authorized by:",
        span="E12",
        expect="S. Mitchell",
    )
    s.text("F12", "", "J12")
    s.text("A13", "FOR RECEIVING USE ONLY", "J13", bold=True, shade=True)
    label(s, "A14", "Received by:")
    s.value("B14", "T. Brooks", path="warehouse_receiver", label="Received by:", span="C14")
    label(s, "D14", "Date Received:")
    s.value("E14", "9/22/26", path="received_date", label="Date Received:", span="F14", expect="2026-09-22")
    label(s, "G14", "Cartons:")
    s.value("H14", "2", path=None, label="Cartons:", span="J14")


# =============================================================================== allowances
def allowance_zh_zhengming(s: Sheet) -> None:
    """销货折让证明单 of a motor maker: ``No：`` beside the title, the date typed after its label;
    buyer and seller side by side under vertical 购买方 / 销售方 labels, each with 名称 and
    纳税人识别号; the original invoice's number and date in one row; the items table with
    the tax rate as a column (13%) and 折让金额(不含税); a 合计 row; 价税合计 in capitals and
    figures on one row; 折让原因 kesu does not know; a 经办 / 销售经理 / 总经理 sign-off grid;
    the buyer's stamp as ``已盖章 2026.9.5``."""
    s.text("A1", "销货折让证明单", "F1", size=16)
    s.value("G1", "ZR20260903-02", prefix="No：", path="number", label="No：", span="H1")
    s.height(1, 28)
    s.value(
        "A2",
        "2026-09-03",
        prefix="开具日期：",
        path="issue_date",
        label="开具日期：",
        span="C2",
        expect="2026-09-03",
    )
    s.value(
        "D2",
        "KS-2608-063",
        prefix="对应客诉单号：",
        path="complaint_number",
        label="对应客诉单号：",
        span="H2",
    )
    s.text("A3", "购\n买\n方", "A4", center=True, bold=True)
    s.height(3, 24)
    s.height(4, 24)
    label(s, "B3", "名称")
    s.value("C3", "浙江卧龙家电有限公司", path="buyer", label="购买方 名称", span="D3")
    label(s, "B4", "纳税人识别号")
    s.value("C4", "91330604MA2D1KX95R", path="buyer_tax_id", label="购买方 纳税人识别号", span="D4")
    s.text("E3", "销\n售\n方", "E4", center=True, bold=True)
    label(s, "F3", "名称")
    s.value("G3", "常州金马电机有限公司", path="seller.name", label="销售方 名称", span="H3")
    label(s, "F4", "纳税人识别号")
    s.value("G4", "91320411MA1N7CQ30B", path="seller.tax_id", label="销售方 纳税人识别号", span="H4")
    label(s, "A5", "原发票号码", "B5")
    s.value(
        "C5",
        "26327000000184512037",
        path="invoice_no",
        label="原发票号码",
        span="D5",
        note="a 20-digit 全电发票 number",
    )
    label(s, "E5", "原开票日期", "F5")
    s.value("G5", "2026年8月26日", path="invoice_date", label="原开票日期", span="H5", expect="2026-08-26")
    for col, head in zip(
        "ABCDEFGH",
        ["货物或应税劳务名称", "规格型号", "单位", "数量", "单价", "折让金额(不含税)", "税率", "税额"],
    ):
        s.text(f"{col}6", head, center=True, bold=True)
    s.height(6, 28)
    items = [
        ("微型直流电机", "JM-370", "台", "3000", "0.60", "1,800.00", "13%", "234.00"),
        ("减速电机", "JM-GB25", "台", "1000", "1.20", "1,200.00", "13%", "156.00"),
    ]
    for i, (name, spec, unit, qty, price, amt, rate, tax) in enumerate(items):
        r = 7 + i
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物或应税劳务名称")
        s.value(f"B{r}", spec, path=None, label="规格型号")
        s.value(f"C{r}", unit, path=None, label="单位")
        s.value(f"D{r}", qty, path=f"items[{i}].qty", label="数量", expect=int(qty))
        s.value(f"E{r}", price, path=f"items[{i}].unit_price", label="单价", expect=price)
        s.value(
            f"F{r}",
            amt,
            path=f"items[{i}].allowance_amount",
            label="折让金额(不含税)",
            expect=amt.replace(",", ""),
        )
        s.value(f"G{r}", rate, path="tax_rate" if i == 0 else None, label="税率", expect="0.13")
        s.value(f"H{r}", tax, path=f"items[{i}].tax", label="税额", expect=tax)
    s.text("A9", "合    计", "E9", center=True, bold=True)
    s.value("F9", "¥3,000.00", path="total_excl_tax", label="合计 / 折让金额", expect="3000.00")
    s.box("G9")
    s.value("H9", "¥390.00", path="total_tax", label="合计 / 税额", expect="390.00")
    label(s, "A10", "价税合计（大写）", "B10")
    s.value(
        "C10",
        "⊗叁仟叁佰玖拾元整",
        path="total_in_words",
        label="价税合计（大写）",
        span="E10",
        expect="叁仟叁佰玖拾元整",
        note="the ⊗ printed before the capitals",
    )
    label(s, "F10", "（小写）")
    s.value("G10", "¥3,390.00", path="total", label="（小写）", span="H10", expect="3390.00")
    label(s, "A11", "折让原因", "B11")
    s.value("C11", "8 月批次电机噪音超标，经协商按单价 20% 折让。", path=None, label="折让原因", span="H11")
    for col, title in zip("ABCD", ["经办人", "销售经理", "总经理", "财务"]):
        s.text(f"{col}12", title, center=True, shade=True)
    s.text("E12", "购买方确认（盖章）", "H12", center=True, shade=True)
    s.value("A13", "陈芳", path=None, label="经办人")
    s.value("B13", "吴斌", path="approved_by_manager", label="销售经理")
    s.value("C13", "邵建国", path="approved_by_gm", label="总经理")
    s.value("D13", "", path=None, label="财务")
    s.value(
        "E13", "已盖章 2026.9.5", path="buyer_stamped", label="购买方确认（盖章）", span="H13", expect=True
    )
    s.height(13, 30)
    plain(s, "A14", "本证明单一式三联：第一联 存根联；第二联 购买方记账联；第三联 销售方记账联。", "H14")


def allowance_zht_statutory(s: Sheet) -> None:
    """營業人銷貨退回進貨退出或折讓證明單 filled on a computer (not digits in boxes): the 原銷貨人
    block at the top (名稱 / 統一編號 / 地址); the items table with two-row headers 開立發票
    over 聯式 | 年月日 | 字軌號碼 (the date typed 115/08/26 in one cell, the track and number
    ``QK 58830271`` in one cell), 退出或折讓內容 over 金額(不含稅之進貨額) | 營業稅額, and
    課稅別 over 應稅 | 零稅率 | 免稅 with a √; the 合計 row; the 原進貨營業人 block with its
    seal; the date 中華民國 115 年 9 月 3 日 in one cell; 聯別 footnote."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "L1", size=14)
    s.height(1, 26)
    s.text("A2", "原\n銷\n貨\n人", "A4", center=True, bold=True)
    for row in (2, 3, 4, 11, 12, 13):
        s.height(row, 24)
    label(s, "B2", "營業人名稱", "C2")
    s.value("D2", "冠宇精機股份有限公司", path="seller.name", label="原銷貨人 營業人名稱", span="H2")
    label(s, "B3", "統一編號", "C3")
    s.value("D3", "53127704", path="seller.tax_id", label="原銷貨人 統一編號", span="H3")
    label(s, "B4", "營業所在地址", "C4")
    s.value("D4", "臺中市西屯區工業區三十六路 12 號", path=None, label="營業所在地址", span="H4")
    s.value(
        "I2",
        "中華民國 115 年 9 月 3 日",
        path="issue_date",
        label="日期",
        span="L4",
        expect="2026-09-03",
        blank_text="中華民國    年    月    日",
    )
    s.text("A5", "開立發票", "D5", center=True, bold=True)
    s.text("E5", "品名", "E6", center=True, bold=True)
    s.text("F5", "數量", "F6", center=True, bold=True)
    s.text("G5", "單價", "G6", center=True, bold=True)
    s.text("H5", "退出或折讓內容", "I5", center=True, bold=True)
    s.text("J5", "課稅別（√）", "L5", center=True, bold=True)
    for col, head in zip(
        "ABCDHIJKL",
        ["聯式", "年月日", "字軌號碼", "", "金額(不含稅之進貨額)", "營業稅額", "應稅", "零稅率", "免稅"],
    ):
        if head:
            s.text(f"{col}6", head, span="D6" if col == "C" else None, center=True, bold=True)
    s.height(6, 30)
    rows = [
        ("三聯式", "115/08/26", "QK 58830271", "滾珠螺桿 SFU1605", "40", "125", "5,000", "250"),
        ("三聯式", "115/08/26", "QK 58830271", "線性滑軌 HGR15", "20", "90", "1,800", "90"),
    ]
    for i, (kind, date, no, name, qty, price, amt, tax) in enumerate(rows):
        r = 7 + i
        s.value(f"A{r}", kind, path=None, label="聯式")
        s.value(
            f"B{r}",
            date,
            path="invoice_date" if i == 0 else None,
            label="開立發票 年月日",
            expect="2026-08-26",
            note="ROC date in one cell",
        )
        s.value(
            f"C{r}",
            no,
            path="invoice_no" if i == 0 else None,
            label="字軌號碼",
            span=f"D{r}",
            expect="QK58830271",
            note="track letters and number with a space",
        )
        s.value(f"E{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"F{r}", qty, path=f"items[{i}].qty", label="數量", expect=int(qty))
        s.value(f"G{r}", price, path=f"items[{i}].unit_price", label="單價", expect=f"{price}.00")
        s.value(
            f"H{r}",
            amt,
            path=f"items[{i}].allowance_amount",
            label="金額(不含稅之進貨額)",
            expect=amt.replace(",", "") + ".00",
        )
        s.value(f"I{r}", tax, path=f"items[{i}].tax", label="營業稅額", expect=f"{tax}.00")
        s.value(f"J{r}", "√", path=None, label="應稅")
        s.box(f"K{r}")
        s.box(f"L{r}")
    for col in "ABCEFGHIJKL":
        s.box(f"{col}9", "D9" if col == "C" else None)
    s.text("A10", "合　　　計", "G10", center=True, bold=True)
    s.value("H10", "6,800", path="total_excl_tax", label="合計 / 金額", expect="6800.00")
    s.value("I10", "340", path="total_tax", label="合計 / 營業稅額", expect="340.00")
    s.box("J10", "L10")
    s.text("A11", "原\n進\n貨\n營\n業\n人", "A14", center=True, bold=True)
    label(s, "B11", "名稱", "C11")
    s.value("D11", "全譽自動化科技有限公司", path="buyer", label="原進貨營業人 名稱", span="H11")
    label(s, "B12", "統一編號", "C12")
    s.value("D12", "24536891", path="buyer_tax_id", label="原進貨營業人 統一編號", span="H12")
    label(s, "B13", "地址", "C13")
    s.value("D13", "桃園市龜山區文化二路 45 號", path=None, label="地址", span="H13")
    label(s, "B14", "簽收人蓋章", "C14")
    s.value(
        "D14",
        "（印）全譽自動化科技有限公司 發票專用章",
        path="buyer_stamped",
        label="簽收人蓋章",
        span="H14",
        expect=True,
    )
    s.height(14, 30)
    label(s, "I11", "本證明單所列進貨退出或折讓，確屬事實，特此證明。", "L12")
    plain(s, "I13", "第二聯：交付原銷貨人作記帳憑證", "L14")


def allowance_en_debit_memo(s: Sheet) -> None:
    """Debit Memo a US customer sends its supplier for a price allowance: the buyer is the
    letterhead; Debit Memo # and Date 9/3/26 in a box at the right; ``Vendor:`` block with the
    supplier's name and Tax ID; the invoice number and date inside the line table (Invoice # |
    Invoice Date | Description | Qty | Unit Price | Adjustment); Subtotal / Sales Tax 6% /
    Total Debit in a column at the right; the amount in words; signatures on lines with the
    title under the line."""
    plain(
        s, "A1", "CRESTLINE APPLIANCES INC.\n2200 Riverside Pkwy, Louisville, KY 40202\nFEIN 61-4471903", "D3"
    )
    s.text("E1", "DEBIT MEMO", "G1", size=16)
    label(s, "E2", "Debit Memo #")
    s.value("F2", "DM-26-0917", path="number", label="Debit Memo #", span="G2")
    label(s, "E3", "Date")
    s.value("F3", "9/3/26", path="issue_date", label="Date", span="G3", expect="2026-09-03")
    field(s, "(letterhead)", "A1", "CRESTLINE APPLIANCES INC.", "buyer", "CRESTLINE APPLIANCES INC.")
    field(s, "(letterhead) FEIN", "A1", "FEIN 61-4471903", "buyer_tax_id", "61-4471903")
    s.height(1, 20)
    s.height(2, 20)
    s.height(3, 20)
    label(s, "A5", "Vendor:")
    s.value("B5", "Pinecrest Motor Co., Ltd.", path="seller.name", label="Vendor:", span="D5")
    label(s, "E5", "Vendor Tax ID:")
    s.value("F5", "98-0612274", path="seller.tax_id", label="Vendor Tax ID:", span="G5")
    label(s, "A6", "Complaint Ref.:")
    s.value("B6", "CQ-2608-41", path="complaint_number", label="Complaint Ref.:", span="D6")
    label(s, "E6", "Terms:")
    s.value("F6", "Deduct from next payment", path=None, label="Terms:", span="G6")
    for col, head in zip(
        "ABCDEFG", ["Invoice #", "Invoice Date", "Description", "Qty", "Unit Price", "Adjustment", "Amount"]
    ):
        s.text(f"{col}8", head, center=True, bold=True)
    s.value("A9", "PMC-88213", path="invoice_no", label="Invoice #")
    s.value("B9", "8/21/26", path="invoice_date", label="Invoice Date", expect="2026-08-21")
    s.value(
        "C9",
        "Blower motor BM-220 — cosmetic defects, 15% allowance",
        path="items[0].name",
        label="Description",
    )
    s.value("D9", "1,250", path="items[0].qty", label="Qty", expect=1250)
    s.value("E9", "$18.00", path="items[0].unit_price", label="Unit Price", expect="18.00")
    s.value("F9", "15%", path=None, label="Adjustment")
    s.value("G9", "$3,375.00", path="items[0].allowance_amount", label="Amount", expect="3375.00")
    for col in "ABCDEFG":
        s.box(f"{col}10")
    label(s, "E11", "Subtotal", "F11")
    s.value("G11", "$3,375.00", path="total_excl_tax", label="Subtotal", expect="3375.00")
    label(s, "E12", "Sales Tax 6%", "F12")
    s.value("G12", "$202.50", path="total_tax", label="Sales Tax 6%", expect="202.50")
    field(s, "Sales Tax 6%", "E12", "Sales Tax 6%", "tax_rate", "0.06")
    label(s, "E13", "TOTAL DEBIT", "F13")
    s.value("G13", "$3,577.50", path="total", label="TOTAL DEBIT", expect="3577.50")
    s.value(
        "A11",
        "Three thousand five hundred seventy-seven and 50/100 US Dollars",
        prefix="Amount in words: ",
        path="total_in_words",
        label="Amount in words:",
        span="D12",
        expect="Three thousand five hundred seventy-seven and 50/100 US Dollars",
    )
    s.value("A15", "R. Castillo", path="approved_by_manager", label="Purchasing Manager", span="B15")
    s.value("D15", "J. Whitaker", path="approved_by_gm", label="General Manager", span="E15")
    caption(s, "A16", "Purchasing Manager", "B16")
    caption(s, "D16", "General Manager", "E16")
    plain(
        s,
        "A17",
        "This amount will be deducted from your next remittance unless disputed in writing within 10 days.",
        "G17",
    )


LAYOUTS: list[dict] = [
    dict(
        id="complaint-zh-baoyuan",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_baoyuan,
        sheet="客户抱怨处理单",
        widths=dict(A=15, B=12, C=12, D=15, E=14, F=12, G=12, H=12),
        imitates="客户抱怨处理单 of an ISO 9001 die-casting plant (record QR-8.2-03)",
        unmapped=["业务员：", "联络电话：", "效果确认：", "审核"],
    ),
    dict(
        id="complaint-zht-kesudan",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_kesudan,
        sheet="客訴單",
        widths=dict(A=11, B=11, C=11, D=11, E=11, F=11, G=11, H=11),
        imitates="客訴單 of a Taiwanese plastics moulder with labels above values",
        unmapped=["審核："],
    ),
    dict(
        id="complaint-en-ccf",
        kind="complaint",
        language="en",
        draw=complaint_en_ccf,
        sheet="Complaint",
        widths=dict(A=16, B=16, C=16, D=16, E=16, F=16),
        imitates="a British Customer Complaint Form with captions under the lines",
        unmapped=["Signature"],
    ),
    dict(
        id="8d-zh-bands",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_bands,
        sheet="8D",
        widths=dict(A=16, B=14, C=14, D=16, E=14, F=16),
        imitates="8D 问题解决报告 after a customer's supplier manual (5W2H, team table)",
        unmapped=["职务", "联系电话", "签名", "不良率", "审核", "编制"],
    ),
    dict(
        id="8d-zht-isisnot",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_isisnot,
        sheet="8D報告",
        widths=dict(A=14, B=14, C=14, D=14, E=14, F=16),
        imitates="8D 報告 of a Taiwanese PCB assembler with an IS / IS NOT table",
        unmapped=["不是 (IS NOT)"],
    ),
    dict(
        id="8d-en-supplier",
        kind="8d",
        language="en",
        draw=eightd_en_supplier,
        sheet="8D",
        widths=dict(A=20, B=16, C=20, D=18, E=16, F=14),
        imitates="an 8D report from a US customer's supplier quality manual",
        unmapped=["Supplier Code", "E-mail", "Phone", "Action", "Owner", "Date"],
    ),
    dict(
        id="return-zh-chengpin-lianci",
        kind="return",
        language="zh-Hans",
        draw=return_zh_chengpin_lianci,
        sheet="成品退货单",
        widths=dict(A=10, B=14, C=16, D=8, E=11, F=11, G=12, H=12),
        imitates="成品退货单 (three-part carbon form) of a hardware maker",
        unmapped=["原出货单号：", "序号", "备注", "合计", "业务", "品管"],
    ),
    dict(
        id="return-zht-shenqing",
        kind="return",
        language="zh-Hant",
        draw=return_zht_shenqing,
        sheet="退貨單",
        widths=dict(A=11, B=13, C=15, D=8, E=8, F=8, G=8, H=9, I=11),
        imitates="成品退貨單 of a Taiwanese fastener maker (two-row quantity header)",
        unmapped=["客戶代號：", "數量 / 申請"],
    ),
    dict(
        id="return-en-rma-request",
        kind="return",
        language="en",
        draw=return_en_rma_request,
        sheet="RMA",
        widths=dict(A=12, B=13, C=20, D=16, E=10, F=10, G=10, H=7, I=11, J=12),
        imitates="a Return Material Authorization request of a US controls maker",
        unmapped=[
            "Original Invoice:",
            "Contact:",
            "Serial / Lot",
            "Qty Requested",
            "Reason code:",
            "Cartons:",
        ],
    ),
    dict(
        id="allowance-zh-zhengming",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_zhengming,
        sheet="折让证明单",
        widths=dict(A=16, B=14, C=10, D=12, E=10, F=14, G=12, H=12),
        imitates="销货折让证明单 of a motor maker (buyer and seller side by side)",
        unmapped=["规格型号", "单位", "折让原因", "经办人", "财务"],
    ),
    dict(
        id="allowance-zht-statutory",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_statutory,
        sheet="折讓證明單",
        widths=dict(A=8, B=11, C=10, D=6, E=18, F=7, G=7, H=14, I=11, J=6, K=7, L=6),
        imitates="營業人銷貨退回進貨退出或折讓證明單 typed on a computer",
        unmapped=["營業所在地址", "聯式", "地址", "應稅", "零稅率", "免稅"],
    ),
    dict(
        id="allowance-en-debit-memo",
        kind="allowance",
        language="en",
        draw=allowance_en_debit_memo,
        sheet="Debit Memo",
        widths=dict(A=14, B=14, C=34, D=10, E=12, F=12, G=14),
        imitates="a US customer's Debit Memo for a price allowance",
        unmapped=["Terms:", "Adjustment"],
    ),
]


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_set(
        LAYOUTS,
        argv,
        HERE,
        "second held-out layouts",
        origin="second held-out imitation",
        source="tests/holdout2/make_holdout2.py",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
