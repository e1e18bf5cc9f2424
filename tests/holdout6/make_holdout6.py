"""Write the sixth held-out set (run: ``python tests/holdout6/make_holdout6.py``).

Written from public descriptions of real forms without reading the reader's code: a 客户投诉处理表
with bilingual bracketed labels, a Taiwanese 客訴處理單 with ``(V)`` ticks and ROC dates typed as
text, an English complaint record whose workbook opens on a revision-history sheet, a
Bosch-style supplier 8D (Complaint No.(Q2), Sponsor / Team Leader / Team Member rows, D4
occurrence / non-detection), a 供应商8D改善报告 with a two-row stock-sorting header, a Japanese
是正処置報告書 with 承認 / 確認 / 作成 stamp boxes, a 退货申请单(RMA) whose quantities are in 千个,
a Taiwanese 退貨單 with ``115年3月5日`` dates, an English RMA with authorised / received columns, a
销货折让证明单 with ``#,##0.00"元"`` number formats, a Taiwanese 折讓單 with amounts in ``元``;
and sent as PDF only: a Word 客户投诉处理单 with a sign-off row, a customer's SCAR page printed by
Chromium (a definition list and D-sections), a Taiwanese 退貨申請 portal page, an English credit
note drawn by fpdf2 in ruled boxes. Differs from ``tests/layouts``, ``tests/holdout`` …
``tests/holdout5`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it
there. Output in the format of ``tests/holdout5`` (see its README). Deterministic for the
xlsx/docx/html/json files; the PDFs need ``soffice`` and ``chromium`` (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere); the fpdf2 PDF needs ``pip install fpdf2``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from holdout_kit import (  # noqa: E402
    DocForm,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    field,
    label,
    lv,
    marks,
    on,
    pdf_absent,
    pick,
    plain,
    run,
)

D = dt.date
SOURCE = dict(origin="sixth held-out imitation", source="tests/holdout6/make_holdout6.py")


# =============================================================================== Excel layouts
def complaint_zh_bracket_labels(s: Sheet) -> None:
    """客户投诉处理表 of an EMS plant supplying a telecom customer: shaded labels with an English
    gloss in brackets (``客户名称 (Customer)``), the received date typed ``2026年3月5日``, the
    quantities ``12K`` / ``1.2万``, the loss ``￥12,800.00元``, ✔/□ type and request lines, a long
    description merged over three rows, 编制 / 审核 / 批准 signature boxes with names, 备注 ``/``."""
    s.text("A1", "客户投诉处理表", "F1", size=15)
    plain(s, "A2", "表单编号：QF-QA-017　版本：B/1", "F2")
    lv(s, "A3", "投诉编号 (Complaint No.)", "B3", pick(s, "CC-2603-007", "CC-2604-019"), "number")
    lv(
        s,
        "C3",
        "接收日期 (Date)",
        "D3",
        pick(s, "2026年3月5日", "2026年4月17日"),
        "received_date",
        expect=pick(s, "2026-03-05", "2026-04-17"),
    )
    lv(
        s,
        "E3",
        "严重度 (Severity)",
        "F3",
        pick(s, "重要", "一般"),
        "severity",
        expect=pick(s, "important", "general"),
    )
    lv(
        s,
        "A4",
        "客户名称 (Customer)",
        "B4",
        pick(s, "华为技术有限公司", "中兴通讯股份有限公司"),
        "customer",
        span="D4",
    )
    lv(s, "E4", "订单号 (PO No.)", "F4", pick(s, "4500871223", "4500903318"), "order_no")
    lv(s, "A5", "产品料号 (P/N)", "B5", pick(s, "02312ABX", "ZX-PB-6610"), "part_no")
    lv(s, "C5", "产品名称 (Description)", "D5", pick(s, "电源模块 PM-48V", "光模块支架"), "part_name")
    lv(s, "E5", "生产批号 (Lot)", "F5", pick(s, "B2602-118", "B2603-044"), "lot_no")
    lv(s, "A6", "出货数量 (Ship Qty)", "B6", pick(s, "12K", "8K"), "ship_qty", expect=pick(s, 12000, 8000))
    lv(s, "C6", "不良数量 (NG Qty)", "D6", pick(s, "1.2万", "320"), "defect_qty", expect=pick(s, 12000, 320))
    lv(
        s,
        "E6",
        "出货日期 (Ship Date)",
        "F6",
        pick(s, D(2026, 2, 20), D(2026, 4, 2)),
        "ship_date",
        fmt="yyyy-mm-dd",
    )
    types = ["质量异常", "非质量异常"]
    lv(
        s,
        "A7",
        "投诉类别 (Type)",
        "B7",
        marks(types, {"质量异常"}, "✔", "□", "　"),
        "complaint_type",
        expect="quality",
        span="D7",
        blank_text=marks(types, set(), "□", "□", "　"),
    )
    lv(
        s,
        "E7",
        "损失金额 (Loss)",
        "F7",
        pick(s, "￥12,800.00元", "￥3,200.00元"),
        "loss_amount",
        expect=pick(s, "12800.00", "3200.00"),
    )
    reqs = ["退货", "换货", "折让", "赔款"]
    lv(
        s,
        "A8",
        "客户要求 (Request)",
        "B8",
        marks(reqs, pick(s, {"换货", "赔款"}, {"退货"}), "✔", "□", "　"),
        "customer_request",
        expect=pick(s, ["replacement", "compensation"], ["return"]),
        span="F8",
        blank_text=marks(reqs, set(), "□", "□", "　"),
    )
    label(s, "A9", "不良描述 (Problem Description)", "A11")
    s.value(
        "B9",
        pick(
            s,
            "客户产线上电测试时模块输出电压跌落至 46.2 V（规格 48±0.5 V），整批 1.2 万只全部隔离待复判；失效样品 5 只已寄回。",
            "支架折弯角度偏差 2°，客户装配时螺孔对不上，320 只退回。",
        ),
        path="description",
        label="不良描述 (Problem Description)",
        span="F11",
    )
    lv(
        s,
        "A12",
        "原因分析 (Root Cause)",
        "B12",
        pick(s, "输出电容来料批次容值偏低 15%。", "折弯模具定位销磨损。"),
        "root_cause",
        span="F12",
    )
    lv(
        s,
        "A13",
        "临时措施 (Containment)",
        "B13",
        pick(s, "库存及在途全检输出电压。", "更换定位销，在库品 100% 检角度。"),
        "short_term_action",
        span="F13",
    )
    lv(
        s,
        "A14",
        "永久措施 (Permanent Action)",
        "B14",
        pick(s, "电容增加来料容值抽测；供应商 8D。", "定位销纳入每月点检。"),
        "long_term_action",
        span="F14",
    )
    lv(s, "A15", "责任部门 (Owner)", "B15", pick(s, "采购部", "冲压车间"), "responsible_unit")
    lv(
        s,
        "C15",
        "结案日期 (Closed)",
        "D15",
        pick(s, D(2026, 3, 28), D(2026, 5, 6)),
        "closed_date",
        fmt="yyyy/m/d",
    )
    label(s, "E15", "备注 (Remarks)")
    s.value("F15", "/", path=None, label="备注 (Remarks)")
    for col, lab, name, path in (
        ("A", "编制", pick(s, "刘思远", "郑雅"), "reporter"),
        ("C", "审核", pick(s, "陈建华", "陈建华"), "sales_supervisor"),
        ("E", "批准", pick(s, "周振宇", "周振宇"), "approver"),
    ):
        label(s, f"{col}16", lab)
        s.value(f"{chr(ord(col) + 1)}16", name, path=path, label=lab)
        s.height(16, 30)


def complaint_zht_vtick(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese connector maker: labels left, values right, 客訴類別 and 客戶要求
    as ``(V)`` / ``( )`` lines, dates typed ``115/03/05`` (ROC, as text), quantities ``3.6千個``,
    a long 異常描述 over a merged area, 處理結果 and 結案 in a sign-off band, 主管 left empty."""
    s.text("A1", "客 訴 處 理 單", "D1", size=15)
    lv(s, "A2", "單號", "B2", "QA-CS-1150305", "number")
    lv(s, "C2", "受理日期", "D2", "115/03/05", "received_date", expect="2026-03-05")
    lv(s, "A3", "客戶", "B3", "鴻海精密工業股份有限公司", "customer", span="D3")
    lv(s, "A4", "料號", "B4", "CN-USB4-24P", "part_no")
    lv(s, "C4", "品名", "D4", "USB4 連接器 24P", "part_name")
    lv(s, "A5", "出貨日期", "B5", "115/02/26", "ship_date", expect="2026-02-26")
    lv(s, "C5", "批號", "D5", "LT115022601", "lot_no")
    lv(s, "A6", "出貨數量", "B6", "3.6千個", "ship_qty", expect=3600)
    lv(s, "C6", "不良數量", "D6", "180個", "defect_qty", expect=180)
    lv(
        s,
        "A7",
        "客訴類別",
        "B7",
        "(V)品質　( )交期　( )服務",
        "complaint_type",
        expect="quality",
        span="D7",
        blank_text="( )品質　( )交期　( )服務",
    )
    lv(
        s,
        "A8",
        "客戶要求",
        "B8",
        "( )退貨　(V)換貨　( )折讓",
        "customer_request",
        expect=["replacement"],
        span="D8",
        blank_text="( )退貨　( )換貨　( )折讓",
    )
    label(s, "A9", "異常描述", "D9")
    s.value(
        "A10",
        "端子鍍金層厚度不足（0.05 μm，規格 ≥0.1 μm），客戶鹽霧測試 48 h 後端子生鏽，180 個判退。",
        path="description",
        label="異常描述",
        span="D12",
    )
    lv(s, "A13", "原因分析", "B13", "電鍍線金缸濃度偏低，自動補液泵故障未報警。", "root_cause", span="D13")
    lv(s, "A14", "暫時對策", "B14", "庫存 2,400 個全數膜厚量測。", "short_term_action", span="D14")
    lv(s, "A15", "永久對策", "B15", "補液泵加裝流量警報；金缸濃度每班化驗。", "long_term_action", span="D15")
    lv(s, "A16", "責任單位", "B16", "電鍍課", "responsible_unit")
    lv(s, "C16", "結案日期", "D16", "115/03/20", "closed_date", expect="2026-03-20")
    lv(s, "A17", "承辦人", "B17", "林怡君", "reporter")
    label(s, "C17", "主管")
    s.box("D17")
    absent(s, "主管", "D17", "", "sales_supervisor")


def complaint_en_revision_first(s: Sheet) -> None:
    """An English Customer Complaint Record whose workbook opens on a ``Revision History`` sheet
    (a document-control log with dates, names and a change text); the form on the second sheet,
    dates as serials shown ``05-Mar-2026``, ``Qty Shipped (K pcs)`` holding 24, ``$3,450.00``,
    ``[X]`` / ``[ ]`` boxes, Remarks empty."""
    with on(s, "Revision History", 0, widths=dict(A=8, B=14, C=40, D=16)):
        for c, h in zip("ABCD", ("Rev", "Date", "Change", "By"), strict=True):
            s.text(f"{c}1", h, bold=True, shade=True)
        for r, (rev, d, ch, by) in enumerate(
            (
                ("A", "12-Jan-2024", "First issue", "J. Miller"),
                ("B", "03-Jun-2025", "Added cost field", "K. Osei"),
            ),
            2,
        ):
            for c, v in zip("ABCD", (rev, d, ch, by), strict=True):
                s.text(f"{c}{r}", v)
    s.wb.active = 0
    s.text("A1", "CUSTOMER COMPLAINT RECORD", "F1", size=14)
    lv(s, "A2", "Record No.", "B2", "CCR-26-0311", "number")
    lv(s, "C2", "Date Received", "D2", D(2026, 3, 5), "received_date", fmt="dd-mmm-yyyy")
    lv(s, "E2", "Market", "F2", "Export", "market", expect="foreign")
    lv(s, "A3", "Customer", "B3", "Flextronics Manufacturing (Zhuhai)", "customer", span="D3")
    lv(s, "E3", "Customer PO", "F3", "FX-PO-77120", "order_no")
    lv(s, "A4", "Part Number", "B4", "HS-2210-AL", "part_no")
    lv(s, "C4", "Part Description", "D4", "Aluminium heat sink", "part_name")
    lv(s, "E4", "Lot / Date Code", "F4", "DC2607", "lot_no")
    lv(s, "A5", "Ship Date", "B5", D(2026, 2, 18), "ship_date", fmt="dd-mmm-yyyy")
    lv(s, "C5", "Qty Shipped (K pcs)", "D5", 24, "ship_qty", expect=24000)
    lv(s, "E5", "Qty Rejected", "F5", 860, "defect_qty", fmt="#,##0")
    lv(
        s,
        "A6",
        "Category",
        "B6",
        "[X] Quality   [ ] Delivery   [ ] Documentation",
        "complaint_type",
        expect="quality",
        span="F6",
        blank_text="[ ] Quality   [ ] Delivery   [ ] Documentation",
    )
    lv(
        s,
        "A7",
        "Customer Request",
        "B7",
        "[ ] Return   [X] Rework   [X] Credit",
        "customer_request",
        expect=["rework", "allowance"],
        span="F7",
        blank_text="[ ] Return   [ ] Rework   [ ] Credit",
    )
    label(s, "A8", "Complaint Details", "F8")
    s.value(
        "A9",
        "Anodising colour mismatch (ΔE 3.1 against limit 1.5) on 860 pcs found at customer incoming inspection; parts usable after re-anodising.",
        path="description",
        label="Complaint Details",
        span="F10",
    )
    lv(s, "A11", "Cost Claimed", "B11", 3450, "loss_amount", expect="3450.00", fmt='"$"#,##0.00')
    lv(s, "C11", "Sample Received", "D11", "Yes", "sample_received", expect=True)
    label(s, "E11", "Remarks")
    s.box("F11")
    lv(s, "A12", "Prepared by", "B12", "Grace Lin", "reporter")
    lv(s, "C12", "Reviewed by", "D12", "Tom Zhou", "sales_supervisor")
    label(s, "E12", "Approved by")
    s.box("F12")
    absent(s, "Approved by", "F12", "", "approver")


def eightd_en_bosch_style(s: Sheet) -> None:
    """A Bosch-style supplier 8D in Excel: header data with ``Complaint No.(Q2)``, ``8D started
    on``, ``Bosch Material No.``; D1 as Sponsor / Team Leader / Team Member rows with Name, Dept
    and Email columns; D2 with Quantity Complained / Delivered / Returned; D3 containment actions
    table (No. / Action / Responsible / Introduced on / Effective from); D4 with Occurrence and
    Non-detection rows; D5/D6 table; D7; D8 closing; dates typed ``26.09.2026``."""
    s.text("A1", "8D report", "F1", size=14)
    plain(s, "A2", "Complete all fields. Use n/a if not applicable.", "F2")
    lv(s, "A3", "Complaint No.(Q2)", "B3", pick(s, "Q2-6620118", "Q2-6620455"), "complaint_number")
    lv(
        s,
        "C3",
        "8D started on",
        "D3",
        pick(s, "26.09.2026", "14.10.2026"),
        "opened_date",
        expect=pick(s, "2026-09-26", "2026-10-14"),
    )
    lv(s, "E3", "8D No.", "F3", pick(s, "SUP-8D-0931", "SUP-8D-0958"), "number")
    lv(
        s,
        "A4",
        "Customer",
        "B4",
        pick(s, "Bosch Automotive Steering", "Bosch eBike Systems"),
        "customer",
        span="D4",
    )
    lv(s, "E4", "Bosch Material No.", "F4", pick(s, "8-750-784-232", "1-270-020-118"), "part_no")
    s.text("A5", "D1 Problem Solving Team", "F5", bold=True, shade=True)
    for c, h in zip("ABCE", ("Function", "Name", "Dept.", "Email"), strict=True):
        s.text(f"{c}6", h, bold=True)
    s.ws.merge_cells("C6:D6")
    s.ws.merge_cells("E6:F6")
    team = pick(
        s,
        [
            ("Sponsor", "Khalid Rahmani", "Plant Mgmt", "champion"),
            ("Team Leader", "Sara Lemrani", "Quality", "leader"),
            ("Team Member", "Youssef Amrani", "Engineering", "member"),
        ],
        [
            ("Sponsor", "Khalid Rahmani", "Plant Mgmt", "champion"),
            ("Team Leader", "Nadia Berrada", "Quality", "leader"),
            ("Team Member", "Omar Tazi", "Production", "member"),
            ("Team Member", "Lina Kettani", "Logistics", "member"),
        ],
    )
    r = 7
    for func, name, dept, role in team:
        s.text(f"A{r}", func)
        s.value(f"B{r}", name, path="team[*].name", label="Name")
        field(s, "Function", f"A{r}", func, f"team[name={name}].role", role)
        s.value(f"C{r}", dept, path=f"team[name={name}].dept", label="Dept.", span=f"D{r}")
        s.value(
            f"E{r}", f"{name.split()[0].lower()}@supplier.example", path=None, label="Email", span=f"F{r}"
        )
        r += 1
    r = 11
    s.text(f"A{r}", "D2 Problem Description", f"F{r}", bold=True, shade=True)
    lv(
        s,
        f"A{r + 1}",
        "Problem description:",
        f"B{r + 1}",
        pick(
            s,
            "Wire harness connector: broken wire at crimp, electrical continuity NOK at EOL test.",
            "Housing clip missing on 6 parts; detected at customer assembly.",
        ),
        "problem.statement",
        span=f"F{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "Quantity Complained",
        f"B{r + 2}",
        pick(s, "37", "6"),
        "problem.qty_complained",
        expect=pick(s, 37, 6),
    )
    lv(
        s,
        f"C{r + 2}",
        "Quantity Delivered",
        f"D{r + 2}",
        pick(s, "12000", "4000"),
        "problem.qty_delivered",
        expect=pick(s, 12000, 4000),
    )
    lv(
        s,
        f"E{r + 2}",
        "Quantity Returned",
        f"F{r + 2}",
        pick(s, "37", "6"),
        "problem.qty_returned",
        expect=pick(s, 37, 6),
    )
    r = 15
    s.text(f"A{r}", "D3 Containment actions", f"F{r}", bold=True, shade=True)
    for c, h in zip(
        "ABDEF", ("No.", "Action", "Responsible", "Introduced on", "Effective from"), strict=True
    ):
        s.text(f"{c}{r + 1}", h, bold=True)
    s.ws.merge_cells(f"B{r + 1}:C{r + 1}")
    acts = pick(
        s,
        [
            (
                "Sort all stock at supplier and in transit (100 % continuity test).",
                "S. Lemrani",
                "27.09.2026",
            ),
            ("Clean point: labels with green dot on cleared boxes.", "Y. Amrani", "27.09.2026"),
        ],
        [("Sort 4,000 pcs at customer warehouse by third party.", "N. Berrada", "15.10.2026")],
    )
    for i, (act, who, when) in enumerate(acts):
        rr = r + 2 + i
        s.text(f"A{rr}", str(i + 1))
        s.value(f"B{rr}", act, path="containment[*].action", label="Action", span=f"C{rr}")
        s.value(f"D{rr}", who, path=None, label="Responsible")
        s.value(f"E{rr}", when, path=None, label="Introduced on")
        s.value(f"F{rr}", when, path=None, label="Effective from")
    r = 19
    s.text(f"A{r}", "D4 Root cause", f"F{r}", bold=True, shade=True)
    lv(
        s,
        f"A{r + 1}",
        "Occurrence",
        f"B{r + 1}",
        pick(
            s,
            "Crimp height drifted after applicator change; no first-piece pull test.",
            "Clip feeder jammed; sensor bypassed.",
        ),
        "root_cause[type=occurrence].cause",
        span=f"F{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "Non-detection",
        f"B{r + 2}",
        pick(
            s,
            "EOL tester checked continuity only at 5 V, intermittent break not detected.",
            "Vision check did not cover clip area.",
        ),
        "root_cause[type=escape].cause",
        span=f"F{r + 2}",
    )
    r = 22
    s.text(f"A{r}", "D5/D6 Corrective actions", f"F{r}", bold=True, shade=True)
    lv(
        s,
        f"A{r + 1}",
        "Action",
        f"B{r + 1}",
        pick(
            s,
            "Pull test after every applicator change; EOL test with vibration.",
            "Feeder sensor interlocked; vision window extended.",
        ),
        "corrective_actions[*].action",
        span=f"F{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "Implemented on",
        f"B{r + 2}",
        pick(s, "10.10.2026", "30.10.2026"),
        "implementation[*].implemented_date",
        expect=pick(s, "2026-10-10", "2026-10-30"),
    )
    lv(
        s,
        f"C{r + 2}",
        "Effectiveness",
        f"D{r + 2}",
        pick(s, "0 ppm in 4 weeks", "0 ppm in 3 weeks"),
        "implementation[*].result",
        span=f"F{r + 2}",
    )
    r = 25
    s.text(f"A{r}", "D7 Prevent recurrence", f"F{r}", bold=True, shade=True)
    lv(
        s,
        f"A{r + 1}",
        "Lessons learned",
        f"B{r + 1}",
        pick(
            s,
            "Applicator change added to the PFMEA of all crimp lines.",
            "Sensor bypass needs a key switch at all feeders.",
        ),
        "prevention.lessons_learned",
        span=f"F{r + 1}",
    )
    r = 27
    s.text(f"A{r}", "D8 Closure", f"F{r}", bold=True, shade=True)
    lv(
        s,
        f"A{r + 1}",
        "Closed on",
        f"B{r + 1}",
        pick(s, "24.10.2026", "13.11.2026"),
        "closure.closed_date",
        expect=pick(s, "2026-10-24", "2026-11-13"),
    )
    lv(
        s,
        f"C{r + 1}",
        "Approved by",
        f"D{r + 1}",
        pick(s, "Khalid Rahmani", "Khalid Rahmani"),
        "closure.approved_by",
        span=f"F{r + 1}",
    )


def eightd_zh_tworow_stock(s: Sheet) -> None:
    """供应商8D改善报告 of a die-casting supplier: 基本信息 as label|value pairs, D1 小组 table
    (姓名 / 部门 / 职责), D3 库存排查 with a TWO-ROW header (库存位置 | 数量 over 排查数 / 不良数),
    D4 发生原因 / 流出原因, dates as serials shown ``2026年9月8日``, 编制 / 审核 / 批准 boxes with
    names at the foot."""
    cn = 'yyyy"年"m"月"d"日"'
    s.text("A1", "供应商8D改善报告", "E1", size=15)
    lv(s, "A2", "报告编号", "B2", "8D-YT-2609-05", "number")
    lv(s, "C2", "开始日期", "D2", D(2026, 9, 8), "opened_date", fmt=cn, span="E2")
    lv(s, "A3", "客户名称", "B3", "宁德时代新能源科技股份有限公司", "customer")
    lv(s, "C3", "客诉单号", "D3", "CATL-SQE-26-0877", "complaint_number", span="E3")
    lv(s, "A4", "产品型号", "B4", "YT-DC-5520", "part_no")
    lv(s, "C4", "目标完成日", "D4", D(2026, 10, 8), "target_close_date", fmt=cn, span="E4")
    s.text("A5", "D1 成立小组", "E5", bold=True, shade=True)
    for c, h in zip("ABC", ("姓名", "部门", "职责"), strict=True):
        s.text(f"{c}6", h, bold=True)
    for i, (n, dept, role, key) in enumerate(
        (
            ("孙立新", "品质部", "组长", "leader"),
            ("何敏", "压铸车间", "组员", "member"),
            ("高远", "模具部", "组员", "member"),
        )
    ):
        rr = 7 + i
        s.value(f"A{rr}", n, path="team[*].name", label="姓名")
        s.value(f"B{rr}", dept, path=f"team[name={n}].dept", label="部门")
        s.value(f"C{rr}", role, path=f"team[name={n}].role", label="职责", expect=key)
    s.text("A10", "D2 问题描述", "E10", bold=True, shade=True)
    s.value(
        "A11",
        "电池包壳体压铸件气孔超标，客户气密测试泄漏 23 件。",
        path="problem.statement",
        label="D2 问题描述",
        span="E12",
    )
    s.text("A13", "D3 临时措施 / 库存排查", "E13", bold=True, shade=True)
    s.text("A14", "库存位置", "A15", bold=True)
    s.text("B14", "数量", "C14", bold=True)
    s.text("B15", "排查数", bold=True)
    s.text("C15", "不良数", bold=True)
    s.text("D14", "处理结果", "E15", bold=True)
    for i, (loc, key, chk, bad, res) in enumerate(
        (
            ("厂内成品仓", "in_house", 1500, 4, "不良隔离"),
            ("运输途中", "in_transit", 800, 1, "拦截返厂"),
            ("客户仓库", "at_customer", 2200, 18, "派人挑选"),
        )
    ):
        rr = 16 + i
        s.value(f"A{rr}", loc, path=f"stock_sorting[{i}].location", label="库存位置", expect=key)
        s.value(f"B{rr}", chk, path=f"stock_sorting[{i}].qty_checked", label="排查数", fmt="#,##0")
        s.value(f"C{rr}", bad, path=f"stock_sorting[{i}].qty_defective", label="不良数")
        s.value(f"D{rr}", res, path=None, label="处理结果", span=f"E{rr}")
    s.text("A19", "D4 根本原因", "E19", bold=True, shade=True)
    lv(
        s,
        "A20",
        "发生原因",
        "B20",
        "模温机温控失效，局部模温低于 180℃。",
        "root_cause[type=occurrence].cause",
        span="E20",
    )
    lv(
        s,
        "A21",
        "流出原因",
        "B21",
        "X 光抽检比例 1/200，未覆盖该批。",
        "root_cause[type=escape].cause",
        span="E21",
    )
    lv(
        s,
        "A22",
        "D5 永久措施",
        "B22",
        "模温机加装双温控并联锁；X 光改为 1/50。",
        "corrective_actions[*].action",
        span="E22",
    )
    lv(s, "A23", "D6 效果验证", "B23", "连续 3 批气密 100% 合格。", "implementation[*].result", span="E23")
    lv(
        s,
        "A24",
        "D7 横向展开",
        "B24",
        "同类 4 副模具全部加装。",
        "prevention.horizontal_deployment",
        span="E24",
    )
    lv(s, "A25", "D8 结案日期", "B25", D(2026, 10, 6), "closure.closed_date", fmt=cn)
    for col, lab, name, path in (
        ("A", "编制", "孙立新", None),
        ("C", "审核", "唐海", None),
        ("D", "批准", "钱伟", "closure.approved_by"),
    ):
        s.text(f"{col}26", lab, shade=True)
        s.value(f"{col}27", name, path=path, label=lab)
    s.height(27, 28)


def eightd_ja_zesei(s: Sheet) -> None:
    """A Japanese 是正処置報告書 (corrective action report) sent back to a Japanese customer:
    承認 / 確認 / 作成 stamp boxes top right with names, 発行日 ``2026/03/12``, 不具合内容,
    暫定処置, 発生原因 / 流出原因, 恒久対策 (発生 / 流出), 効果確認, 水平展開, 完了日."""
    s.text("A1", "是正処置報告書", "D2", size=15)
    for c, lab, name in (("E", "承認", "山田"), ("F", "確認", "佐藤"), ("G", "作成", "鈴木")):
        s.text(f"{c}1", lab, center=True)
        s.value(f"{c}2", name, path="closure.approved_by" if lab == "承認" else None, label=lab)
    s.height(2, 30)
    lv(s, "A3", "報告書No.", "B3", "CAR-2603-014", "number", span="C3")
    lv(s, "D3", "発行日", "E3", "2026/03/12", "opened_date", expect="2026-03-12", span="G3")
    lv(s, "A4", "顧客名", "B4", "株式会社デンソー", "customer", span="C4")
    lv(s, "D4", "顧客管理No.", "E4", "DN-QA-26-0312", "complaint_number", span="G4")
    lv(s, "A5", "品番", "B5", "DN-8812-03", "part_no", span="C5")
    lv(s, "D5", "不良数", "E5", "24個", "problem.qty_complained", expect=24, span="G5")
    lv(
        s,
        "A6",
        "1. 不具合内容",
        "B6",
        "樹脂コネクタのロック爪欠け。顧客組付け工程で 24 個発見。",
        "problem.statement",
        span="G6",
    )
    lv(
        s,
        "A7",
        "2. 暫定処置",
        "B7",
        "在庫 3,000 個全数目視選別、出荷停止。",
        "containment[*].action",
        span="G7",
    )
    lv(
        s,
        "A8",
        "3. 発生原因",
        "B8",
        "金型のエジェクタピン摩耗により離型時に爪が欠ける。",
        "root_cause[type=occurrence].cause",
        span="G8",
    )
    lv(
        s,
        "A9",
        "4. 流出原因",
        "B9",
        "外観検査基準に爪の欠けが未記載。",
        "root_cause[type=escape].cause",
        span="G9",
    )
    lv(
        s,
        "A10",
        "5. 恒久対策",
        "B10",
        "エジェクタピンを 10 万ショットで交換；検査基準書に爪欠けを追加。",
        "corrective_actions[*].action",
        span="G10",
    )
    lv(
        s,
        "A11",
        "6. 効果確認",
        "B11",
        "対策後 3 ロット 9,000 個で不良ゼロ。",
        "implementation[*].result",
        span="G11",
    )
    lv(
        s,
        "A12",
        "7. 水平展開",
        "B12",
        "同型金型 2 面にも同対策を実施。",
        "prevention.horizontal_deployment",
        span="G12",
    )
    lv(s, "A13", "完了日", "B13", "2026/04/02", "closure.closed_date", expect="2026-04-02", span="C13")
    for r in range(6, 13):
        s.height(r, 32)


def eightd_zht_chinese_numerals(s: Sheet) -> None:
    """8D 報告 of a Taiwanese IC-packaging house: sections headed by Chinese numerals as merged
    bands (``一、問題描述`` … ``八、結案``) with the text in the merged block under each, the team in
    ONE cell ``組長：王大明（品保部）；組員：…``, dates typed ``2026.3.9``, 客訴數量 ``1.2K pcs``,
    核准 / 審核 / 填表 at the foot with names beside the roles."""
    s.text("A1", "8D 報告", "F1", size=15)
    lv(s, "A2", "報告編號", "B2", "8D-ASE-115-021", "number")
    lv(s, "C2", "立案日期", "D2", "2026.3.9", "opened_date", expect="2026-03-09")
    lv(s, "E2", "客訴單號", "F2", "NXP-QN-26-3310", "complaint_number")
    lv(s, "A3", "客戶", "B3", "恩智浦半導體", "customer", span="D3")
    lv(s, "E3", "產品料號", "F3", "QFN-56-A771", "part_no")
    lv(s, "A4", "客訴數量", "B4", "1.2K pcs", "problem.qty_complained", expect=1200)
    lv(s, "C4", "出貨數量", "D4", "48K pcs", "problem.qty_delivered", expect=48000)
    s.text("A5", "一、小組成員", "F5", bold=True, shade=True)
    s.value(
        "A6",
        "組長：王大明（品保部）；組員：陳志豪（製程部）、黃美惠（測試部）",
        path=None,
        label="一、小組成員",
        span="F6",
    )
    for n, dept, role in (
        ("王大明", "品保部", "leader"),
        ("陳志豪", "製程部", "member"),
        ("黃美惠", "測試部", "member"),
    ):
        field(s, "一、小組成員", "A6", n, "team[*].name", n)
        field(s, "一、小組成員", "A6", n, f"team[name={n}].dept", dept)
        field(s, "一、小組成員", "A6", n, f"team[name={n}].role", role)
    sections = (
        ("二、問題描述", "打線後金線偏移造成短路，客戶 FT 測試 1,200 顆失效。", "problem.statement"),
        ("三、暫時對策", "在製品與庫存 36K 顆全數 X-Ray 篩選。", "containment[*].action"),
        ("四、根本原因", "打線機瓷嘴使用超過壽命，參數未隨之補償。", "root_cause[type=occurrence].cause"),
        ("五、永久對策", "瓷嘴壽命納入系統管控，到期自動鎖機。", "corrective_actions[*].action"),
        ("六、效果確認", "導入後 5 批 240K 顆 FT 良率 99.98%。", "implementation[*].result"),
        ("七、預防再發", "同型 12 台打線機同步導入。", "prevention.horizontal_deployment"),
    )
    r = 7
    for head, text, path in sections:
        s.text(f"A{r}", head, f"F{r}", bold=True, shade=True)
        s.value(f"A{r + 1}", text, path=path, label=head, span=f"F{r + 2}")
        r += 3
    s.text(f"A{r}", "八、結案", f"F{r}", bold=True, shade=True)
    lv(s, f"A{r + 1}", "結案日期", f"B{r + 1}", "2026.4.15", "closure.closed_date", expect="2026-04-15")
    lv(
        s,
        f"C{r + 1}",
        "客戶確認",
        f"D{r + 1}",
        "已確認",
        "closure.customer_accepted",
        expect=True,
        span=f"F{r + 1}",
    )
    for col, lab, name, path in (
        ("A", "核准", "林國棟", "closure.approved_by"),
        ("C", "審核", "王大明", None),
        ("E", "填表", "陳志豪", None),
    ):
        label(s, f"{col}{r + 2}", lab)
        s.value(f"{chr(ord(col) + 1)}{r + 2}", name, path=path, label=lab)


def return_zh_rma_thousands(s: Sheet) -> None:
    """退货申请单(RMA) of a fastener distributor: header pairs, the item table with a TWO-ROW
    header (数量(千个) over 申请 / 实收; 金额(元)), quantities in thousands (``2.5``), amounts with
    thousands separators, a variable number of lines then 合计, 退货原因 / 处理方式 with ■/□, the
    warehouse sign-off box, 备注 ``/``."""
    s.text("A1", "退货申请单 (RMA)", "H1", size=14)
    lv(s, "A2", "RMA号", "B2", pick(s, "RMA-260312-01", "RMA-260415-03"), "number", span="C2")
    lv(
        s,
        "D2",
        "申请日期",
        "E2",
        pick(s, D(2026, 3, 12), D(2026, 4, 15)),
        "issue_date",
        fmt="yyyy/mm/dd",
        span="F2",
    )
    lv(s, "G2", "客诉单号", "H2", pick(s, "KS-260306-2", "KS-260409-5"), "complaint_number")
    lv(
        s,
        "A3",
        "客户",
        "B3",
        pick(s, "苏州汇川技术有限公司", "宁波均胜电子股份有限公司"),
        "customer",
        span="H3",
    )
    s.text("A4", "序号", "A5", bold=True)
    s.text("B4", "料号", "B5", bold=True)
    s.text("C4", "品名规格", "C5", bold=True)
    s.text("D4", "单位", "D5", bold=True)
    s.text("E4", "数量(千个)", "F4", bold=True)
    s.text("E5", "申请", bold=True)
    s.text("F5", "实收", bold=True)
    s.text("G4", "单价(元/千个)", "G5", bold=True)
    s.text("H4", "金额(元)", "H5", bold=True)
    lines = pick(
        s,
        [
            ("SC-M4x10-Zn", "十字盘头螺丝 M4×10 镀锌", 2.5, 2.5, "86.00", 215.0),
            ("NT-M4-Zn", "六角螺母 M4 镀锌", 5, 4.8, "42.50", 204.0),
            ("WS-4-SUS", "平垫圈 Φ4 不锈钢", 10, 10, "120.00", 1200.0),
        ],
        [
            ("SC-M3x8-Ni", "十字盘头螺丝 M3×8 镀镍", 12, 12, "95.00", 1140.0),
            ("NT-M3-Ni", "六角螺母 M3 镀镍", 6, 6, "38.00", 228.0),
            ("WS-3-SUS", "平垫圈 Φ3 不锈钢", 20, 19.5, "110.00", 2145.0),
            ("SP-3-65Mn", "弹簧垫圈 Φ3", 8, 8, "30.00", 240.0),
        ],
    )
    total = 0.0
    for i, (pn, name, ap, got, price, amt) in enumerate(lines):
        r = 6 + i
        s.text(f"A{r}", str(i + 1))
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="料号")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="品名规格")
        s.value(f"D{r}", "千个", path=None, label="单位")
        s.value(f"E{r}", ap, path=f"items[{i}].qty_approved", label="申请", expect=round(ap * 1000))
        s.value(f"F{r}", got, path=f"items[{i}].qty_returned", label="实收", expect=round(got * 1000))
        s.value(f"G{r}", price, path=None, label="单价(元/千个)")
        s.value(
            f"H{r}", amt, path=f"items[{i}].amount", label="金额(元)", expect=f"{amt:.2f}", fmt="#,##0.00"
        )
        total += amt
    r = 6 + len(lines)
    s.text(f"A{r}", "合计", f"G{r}", bold=True)
    s.value(f"H{r}", total, path=None, label="合计", fmt="#,##0.00")
    r += 1
    lv(
        s,
        f"A{r}",
        "退货原因",
        f"B{r}",
        pick(s, "镀层盐雾 24 h 出现白锈，客户来料检验判退。", "镀镍层起泡，客户判退。"),
        "reason",
        span=f"H{r}",
    )
    lv(
        s,
        f"A{r + 1}",
        "处理方式",
        f"B{r + 1}",
        pick(s, "■返工　□报废　□换货", "□返工　■报废　□换货"),
        "handling",
        expect=pick(s, ["rework"], ["scrap"]),
        span=f"H{r + 1}",
        blank_text="□返工　□报废　□换货",
    )
    lv(
        s,
        f"A{r + 2}",
        "仓库签收",
        f"B{r + 2}",
        pick(s, "许亮", "黎明"),
        "warehouse_receiver",
        span="C" + str(r + 2),
    )
    lv(
        s,
        f"D{r + 2}",
        "业务审核",
        f"E{r + 2}",
        pick(s, "范晓东", "范晓东"),
        "approved_by",
        span="F" + str(r + 2),
    )
    label(s, f"G{r + 2}", "备注")
    s.value(f"H{r + 2}", "/", path=None, label="备注")


def return_zht_roc_text(s: Sheet) -> None:
    """退貨單 of a Taiwanese PCB trader: 退貨日期 typed ``115年3月18日``, 客戶 with its 統一編號
    beside, the lines 品號 / 品名 / 數量 / 單價 / 金額 with amounts typed ``12,000元``, ✔ 處理方式,
    經辦 / 主管 / 倉管 sign-off row, unused lines holding ``/``."""
    s.text("A1", "退　貨　單", "F1", size=15)
    lv(s, "A2", "退貨單號", "B2", "RT1150318002", "number", span="C2")
    lv(s, "D2", "退貨日期", "E2", "115年3月18日", "issue_date", expect="2026-03-18", span="F2")
    lv(s, "A3", "客戶名稱", "B3", "欣興電子股份有限公司", "customer", span="C3")
    lv(s, "D3", "客訴編號", "E3", "CS115-0309", "complaint_number", span="F3")
    for c, h in zip("ABCDEF", ("品號", "品名", "單位", "數量", "單價", "金額"), strict=True):
        s.text(f"{c}4", h, bold=True, shade=True)
    rows = (
        ("PCB-6L-2207", "六層板 2207", "片", "1,500", "8元", "12,000元"),
        ("PCB-4L-1180", "四層板 1180", "片", "600", "5.5元", "3,300元"),
    )
    for i, (pn, name, unit, q, pr, amt) in enumerate(rows):
        r = 5 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="品號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", unit, path=f"items[{i}].unit", label="單位")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="數量", expect=int(q.replace(",", "")))
        s.value(f"E{r}", pr, path=f"items[{i}].unit_price", label="單價", expect=f"{float(pr[:-1]):.2f}")
        s.value(
            f"F{r}",
            amt,
            path=f"items[{i}].amount",
            label="金額",
            expect=f"{float(amt[:-1].replace(',', '')):.2f}",
        )
    for r in (7, 8):
        for c in "ABCDEF":
            s.value(f"{c}{r}", "/", path=None, label="")
    absent(s, "品號", "A7", "/", "items[2].part_no")
    lv(s, "A9", "退貨原因", "B9", "防焊綠漆剝落，客戶 SMT 後發現 2,100 片不良。", "reason", span="F9")
    lv(
        s,
        "A10",
        "處理方式",
        "B10",
        "✔重工　☐報廢　☐換貨",
        "handling",
        expect=["rework"],
        span="F10",
        blank_text="☐重工　☐報廢　☐換貨",
    )
    for c, lab, name, path in (
        ("A", "經辦", "張雅婷", None),
        ("C", "主管", "吳文雄", "approved_by"),
        ("E", "倉管", "李國華", "warehouse_receiver"),
    ):
        label(s, f"{c}11", lab)
        s.value(f"{chr(ord(c) + 1)}11", name, path=path, label=lab)


def return_en_rma_columns(s: Sheet) -> None:
    """An English Return Material Authorization of a US-owned sensor maker: header box
    ``RMA #`` / ``Date Issued`` (serial shown ``5-Mar-26``) / ``Ref. Complaint``, ``Ship From``
    customer block over three lines, items with ``Qty Authorized`` and ``Qty Received`` columns,
    ``Unit Price`` ``$1,234.50``, Disposition ``■ Rework □ Scrap □ Replace``, Received by / Date."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "G1", size=14)
    lv(s, "E2", "RMA #", "F2", "RMA-30455", "number", span="G2")
    lv(s, "E3", "Date Issued", "F3", D(2026, 3, 5), "issue_date", fmt="d-mmm-yy", span="G3")
    lv(s, "E4", "Ref. Complaint", "F4", "CQ-2026-0219", "complaint_number", span="G4")
    label(s, "A2", "Ship From (Customer)", "C2")
    s.value(
        "A3", "Valeo Interior Controls (Shenzhen)", path="customer", label="Ship From (Customer)", span="C3"
    )
    s.value("A4", "No. 18 Pingshan Rd, Shenzhen", path=None, label="Ship From (Customer)", span="C4")
    for c, h in zip(
        "ABCDEFG",
        ("Line", "Part No.", "Description", "Qty Authorized", "Qty Received", "Unit Price", "Extended"),
        strict=True,
    ):
        s.text(f"{c}6", h, bold=True, shade=True)
    rows = (
        ("TS-100-K", "Temperature sensor 100K", 400, 400, 2.85),
        ("PS-22-B", "Pressure sensor 2.2 bar", 150, 148, 12.4),
        ("CB-05", "Cable assy 0.5 m", 400, 400, 1.1),
    )
    for i, (pn, desc, qa, qr, up) in enumerate(rows):
        r = 7 + i
        s.text(f"A{r}", str(i + 1))
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="Part No.")
        s.value(f"C{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(f"D{r}", qa, path=f"items[{i}].qty_approved", label="Qty Authorized")
        s.value(f"E{r}", qr, path=f"items[{i}].qty_returned", label="Qty Received")
        s.value(f"F{r}", f"${up:,.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=f"{up:.2f}")
        s.value(
            f"G{r}", f"${qr * up:,.2f}", path=f"items[{i}].amount", label="Extended", expect=f"{qr * up:.2f}"
        )
    lv(
        s,
        "A11",
        "Reason for Return",
        "B11",
        "Sensor drift above ±1 °C after thermal cycling at customer line.",
        "reason",
        span="G11",
    )
    lv(
        s,
        "A12",
        "Disposition",
        "B12",
        "■ Rework   □ Scrap   □ Replace",
        "handling",
        expect=["rework"],
        span="G12",
        blank_text="□ Rework   □ Scrap   □ Replace",
    )
    lv(s, "A13", "Received by", "B13", "Henry Wu", "warehouse_receiver", span="C13")
    lv(s, "D13", "Date", "E13", D(2026, 3, 11), "received_date", fmt="d-mmm-yy")
    lv(s, "F13", "Approved", "G13", "Maria Chen", "approved_by")


def allowance_zh_yuan_format(s: Sheet) -> None:
    """销货折让证明单 of a packaging-film maker: buyer and seller blocks, 原发票号码 / 开票日期,
    the lines as numbers with the format ``#,##0.00"元"``, 税率 13% as a percent cell, 合计 and
    价税合计, 大写, 业务经理 / 总经理 boxes, 买方盖章 empty, a variable number of lines."""
    s.text("A1", "销货折让证明单", "F1", size=15)
    yuan = '#,##0.00"元"'
    lv(s, "A2", "单据编号", "B2", pick(s, "ZR-2603-008", "ZR-2604-011"), "number")
    lv(s, "C2", "开具日期", "D2", pick(s, D(2026, 3, 20), D(2026, 4, 22)), "issue_date", fmt="yyyy年m月d日")
    lv(s, "E2", "客诉编号", "F2", pick(s, "KS-2603-0041", "KS-2604-0072"), "complaint_number")
    lv(
        s,
        "A3",
        "买方名称",
        "B3",
        pick(s, "上海紫江企业集团股份有限公司", "珠海中富实业股份有限公司"),
        "buyer",
        span="D3",
    )
    lv(s, "E3", "买方税号", "F3", pick(s, "91310000132232788L", "91440400617488139T"), "buyer_tax_id")
    lv(s, "A4", "原发票号码", "B4", pick(s, "31001620 / 04418230", "44002117 / 00563320"), "invoice_no")
    lv(s, "C4", "开票日期", "D4", pick(s, D(2026, 2, 27), D(2026, 3, 31)), "invoice_date", fmt="yyyy-mm-dd")
    lv(s, "E4", "税率", "F4", 0.13, "tax_rate", expect="0.13", fmt="0%")
    for c, h in zip("ABCDEF", ("货物名称", "数量(kg)", "单价", "折让金额", "税额", "备注"), strict=True):
        s.text(f"{c}5", h, bold=True, shade=True)
    lines = pick(
        s,
        [("BOPET 薄膜 12μm", 2000, 1.5), ("CPP 薄膜 25μm", 1200, 2.0), ("PE 保护膜 50μm", 500, 3.2)],
        [("BOPET 薄膜 12μm", 3000, 1.2), ("CPP 薄膜 30μm", 800, 2.5)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量(kg)", fmt="#,##0")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="单价", expect=f"{p:.2f}", fmt="0.00")
        s.value(
            f"D{r}", a, path=f"items[{i}].allowance_amount", label="折让金额", expect=f"{a:.2f}", fmt=yuan
        )
        s.value(f"E{r}", t, path=f"items[{i}].tax", label="税额", expect=f"{t:.2f}", fmt=yuan)
        s.box(f"F{r}")
    r = 6 + len(lines)
    s.text(f"A{r}", "合　计", f"C{r}", bold=True)
    s.value(f"D{r}", round(net, 2), path="total_excl_tax", label="合　计", expect=f"{net:.2f}", fmt=yuan)
    s.value(f"E{r}", round(tax, 2), path="total_tax", label="合　计", expect=f"{tax:.2f}", fmt=yuan)
    lv(
        s,
        f"A{r + 1}",
        "价税合计",
        f"B{r + 1}",
        round(net + tax, 2),
        "total",
        expect=f"{net + tax:.2f}",
        fmt=yuan,
    )
    words = pick(s, "人民币柒仟玖佰壹拾元整", "人民币陆仟叁佰贰拾捌元整")
    lv(s, f"C{r + 1}", "大写", f"D{r + 1}", words, "total_in_words", span=f"F{r + 1}")
    lv(s, f"A{r + 2}", "业务经理", f"B{r + 2}", pick(s, "蒋涛", "蒋涛"), "approved_by_manager")
    lv(s, f"C{r + 2}", "总经理", f"D{r + 2}", pick(s, "卢国平", "卢国平"), "approved_by_gm")
    label(s, f"E{r + 2}", "买方盖章")
    s.box(f"F{r + 2}")
    s.height(r + 2, 36)


def allowance_zht_yuan_text(s: Sheet) -> None:
    """折讓單 of a Taiwanese fastener exporter to a domestic buyer: 買受人 / 統一編號, 原發票
    字軌號碼 ``AB-12345678``, 發票日期 typed ``115.02.26``, amounts typed ``15,000元``, 稅額 5%
    (Taiwan VAT), 總計, 經理 / 會計 stamp names, 折讓原因 in a merged block; the workbook's second
    sheet 說明 holds the statutory notes."""
    s.text("A1", "銷貨折讓單", "F1", size=15)
    lv(s, "A2", "折讓單號", "B2", "ZL115030501", "number", span="C2")
    lv(s, "D2", "開立日期", "E2", "115.03.05", "issue_date", expect="2026-03-05", span="F2")
    lv(s, "A3", "買受人", "B3", "台灣松下電器股份有限公司", "buyer", span="C3")
    lv(s, "D3", "統一編號", "E3", "03536808", "buyer_tax_id", span="F3")
    lv(s, "A4", "原發票號碼", "B4", "AB-12345678", "invoice_no", span="C4")
    lv(s, "D4", "發票日期", "E4", "115.02.26", "invoice_date", expect="2026-02-26", span="F4")
    for c, h in zip("ABCDEF", ("品名", "數量", "單價", "折讓金額", "稅額(5%)", "備註"), strict=True):
        s.text(f"{c}5", h, bold=True, shade=True)
    rows = (
        ("不鏽鋼螺絲 M5", 10000, "1.5", "15,000元", "750元"),
        ("尼龍墊片 M5", 20000, "0.2", "4,000元", "200元"),
    )
    for i, (name, q, p, a, t) in enumerate(rows):
        r = 6 + i
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", f"{q:,}", path=f"items[{i}].qty", label="數量", expect=q)
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="單價", expect=f"{float(p):.2f}")
        s.value(
            f"D{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="折讓金額",
            expect=f"{float(a[:-1].replace(',', '')):.2f}",
        )
        s.value(
            f"E{r}",
            t,
            path=f"items[{i}].tax",
            label="稅額(5%)",
            expect=f"{float(t[:-1].replace(',', '')):.2f}",
        )
        s.box(f"F{r}")
    lv(s, "A8", "合計", "D8", "19,000元", "total_excl_tax", expect="19000.00", lspan="C8")
    s.value("E8", "950元", path="total_tax", label="合計", expect="950.00")
    lv(s, "A9", "總計", "D9", "19,950元", "total", expect="19950.00", lspan="C9")
    lv(s, "A10", "折讓原因", "B10", "螺絲頭部烙印不清，經協議每支折讓 1.5 元。", None, span="F11")
    lv(s, "A12", "經理", "B12", "黃志明", "approved_by_manager")
    lv(s, "C12", "會計", "D12", "蔡淑芬", None)
    lv(s, "E12", "買受人蓋章", "F12", "", None)
    with on(s, "說明", widths=dict(A=80)):
        for i, t in enumerate(
            ("一、本單依統一發票使用辦法第二十條開立。", "二、買受人應於收到後蓋章寄回。"), 1
        ):
            s.ws[f"A{i}"] = t


EXCEL = [
    dict(
        id="complaint-zh-bracket-labels",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_bracket_labels,
        sheet="投诉处理表",
        widths=dict(A=20, B=18, C=20, D=18, E=18, F=18),
        copy2=True,
        imitates="客户投诉处理表 of an EMS plant, bilingual bracketed labels, 12K / 1.2万, ￥…元, signature boxes",
        unmapped=["备注 (Remarks)", "编制", "审核", "批准"],
    ),
    dict(
        id="complaint-zht-vtick",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_vtick,
        sheet="客訴單",
        widths=dict(A=14, B=26, C=14, D=26),
        imitates="客訴處理單 of a Taiwanese connector maker, (V) ticks, ROC dates as text, 3.6千個",
        unmapped=["主管"],
    ),
    dict(
        id="complaint-en-revision-first",
        kind="complaint",
        language="en",
        draw=complaint_en_revision_first,
        sheet="Complaint Record",
        widths=dict(A=18, B=18, C=18, D=18, E=16, F=18),
        imitates="an English Customer Complaint Record opening on a Revision History sheet",
        unmapped=["Remarks", "Approved by"],
    ),
    dict(
        id="8d-en-bosch-style",
        kind="8d",
        language="en",
        draw=eightd_en_bosch_style,
        sheet="8D",
        widths=dict(A=20, B=22, C=16, D=16, E=16, F=18),
        copy2=True,
        imitates="a Bosch-style supplier 8D in Excel (Complaint No.(Q2), Sponsor / Team Leader rows, occurrence / non-detection)",
        unmapped=["No.", "Responsible", "Introduced on", "Effective from", "Email"],
    ),
    dict(
        id="8d-zh-tworow-stock",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_tworow_stock,
        sheet="8D报告",
        widths=dict(A=16, B=20, C=16, D=18, E=18),
        imitates="供应商8D改善报告 with a two-row stock-sorting header and 编制 / 审核 / 批准 boxes",
        unmapped=["处理结果", "编制", "审核"],
    ),
    dict(
        id="8d-ja-zesei",
        kind="8d",
        language="ja",
        draw=eightd_ja_zesei,
        sheet="是正処置",
        widths=dict(A=16, B=14, C=14, D=14, E=10, F=10, G=10),
        imitates="a Japanese 是正処置報告書 with 承認 / 確認 / 作成 stamp boxes",
        unmapped=["確認", "作成"],
    ),
    dict(
        id="8d-zht-chinese-numerals",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_chinese_numerals,
        sheet="8D報告",
        widths=dict(A=14, B=18, C=14, D=18, E=14, F=18),
        imitates="8D 報告 of a Taiwanese IC-packaging house, 一、…八、 bands, the team in one cell",
        unmapped=["審核", "填表"],
    ),
    dict(
        id="return-zh-rma-thousands",
        kind="return",
        language="zh-Hans",
        draw=return_zh_rma_thousands,
        sheet="RMA",
        widths=dict(A=6, B=16, C=24, D=6, E=9, F=9, G=13, H=13),
        copy2=True,
        imitates="退货申请单(RMA) of a fastener distributor, quantities in 千个 under a two-row header",
        unmapped=["序号", "单价(元/千个)", "合计", "备注"],
    ),
    dict(
        id="return-zht-roc-text",
        kind="return",
        language="zh-Hant",
        draw=return_zht_roc_text,
        sheet="退貨單",
        widths=dict(A=16, B=18, C=8, D=12, E=10, F=14),
        imitates="退貨單 of a Taiwanese PCB trader, 115年3月18日, amounts typed 12,000元",
        unmapped=["經辦"],
    ),
    dict(
        id="return-en-rma-columns",
        kind="return",
        language="en",
        draw=return_en_rma_columns,
        sheet="RMA",
        widths=dict(A=12, B=14, C=24, D=12, E=12, F=12, G=14),
        imitates="an English Return Material Authorization with Qty Authorized / Qty Received columns",
        unmapped=["Line"],
    ),
    dict(
        id="allowance-zh-yuan-format",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_yuan_format,
        sheet="折让证明单",
        widths=dict(A=18, B=22, C=12, D=16, E=14, F=22),
        copy2=True,
        imitates='销货折让证明单 with #,##0.00"元" number formats and a 13% percent cell',
        unmapped=["备注", "买方盖章"],
    ),
    dict(
        id="allowance-zht-yuan-text",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_yuan_text,
        sheet="折讓單",
        widths=dict(A=16, B=16, C=12, D=14, E=14, F=16),
        imitates="銷貨折讓單 of a Taiwanese exporter, amounts typed 15,000元, 5% tax, a 說明 sheet",
        unmapped=["折讓原因", "會計", "買受人蓋章", "備註"],
    ),
]


# =============================================================================== sent as PDF only
def complaint_zh_word_signoff(f: DocForm) -> None:
    """客户投诉单 of a small-appliance maker made in Word: a four-column table (label | value |
    label | value), 投诉日期 ``2026-3-9``, 数量 ``8,000 PCS`` / ``1.5K``, ■/□ request, 问题描述
    merged over the row, and a sign-off table with the roles in one row and the names in the row
    BELOW (填表人 / 业务主管 / 品保经理 / 总经理), 备注 ``/``."""
    f.heading("客户投诉单", 15)
    f.note("编号：GL-QR-8.2-05　　　版次：A/2")
    t = f.table(9, 4, [28, 62, 28, 62])
    for r, c, lab in (
        (0, 0, "投诉单号"),
        (0, 2, "投诉日期"),
        (1, 0, "客户名称"),
        (2, 0, "订单号码"),
        (2, 2, "产品型号"),
        (3, 0, "产品名称"),
        (3, 2, "生产批号"),
        (4, 0, "交货数量"),
        (4, 2, "不良数量"),
        (5, 0, "客户要求"),
        (6, 0, "问题描述"),
        (7, 0, "处理意见"),
        (8, 0, "备注"),
    ):
        f.put(t, r, c, lab, shade=True)
    f.value(t, 0, 1, "TS-GL-260309", path="number", label="投诉单号")
    f.value(t, 0, 3, "2026-3-9", path="received_date", label="投诉日期", expect="2026-03-09")
    f.value(t, 1, 1, "北京京东世纪贸易有限公司", path="customer", label="客户名称", to=(1, 3))
    f.value(t, 2, 1, "JD-PO-8830217", path="order_no", label="订单号码")
    f.value(t, 2, 3, "GL-KFR-35GW", path="part_no", label="产品型号")
    f.value(t, 3, 1, "壁挂式空调室内机", path="part_name", label="产品名称")
    f.value(t, 3, 3, "2602B17", path="lot_no", label="生产批号")
    f.value(t, 4, 1, "8,000 PCS", path="ship_qty", label="交货数量", expect=8000)
    f.value(t, 4, 3, "1.5K", path="defect_qty", label="不良数量", expect=1500)
    f.value(
        t,
        5,
        1,
        "■退货　□换货　■赔款　□折让",
        path="customer_request",
        label="客户要求",
        expect=["return", "compensation"],
        blank_text="□退货　□换货　□赔款　□折让",
        to=(5, 3),
    )
    f.value(
        t,
        6,
        1,
        "用户安装后运行 2 小时出风口凝露滴水，京东售后统计 1,500 台，要求整批退回并赔偿上门费用。",
        path="description",
        label="问题描述",
        to=(6, 3),
    )
    f.value(
        t,
        7,
        1,
        "同意退回不良品，赔款按实际上门单据核算。",
        path="negotiation_result",
        label="处理意见",
        to=(7, 3),
    )
    f.value(t, 8, 1, "/", path=None, label="备注", to=(8, 3))
    f.note("")
    s = f.table(2, 4, [45, 45, 45, 45])
    for c, (lab, name, path) in enumerate(
        (
            ("填表人", "马晓燕", "reporter"),
            ("业务主管", "秦朗", "sales_supervisor"),
            ("品保经理", "邹凯", None),
            ("总经理", "董明", "approver"),
        )
    ):
        f.put(s, 0, c, lab, shade=True)
        f.value(s, 1, c, name, path=path, label=lab)


def eightd_en_html_scar(f: HtmlForm) -> str:
    """A customer's Supplier Corrective Action Request (SCAR) page printed by Chromium: a header
    definition list (<dl>, ``SCAR No.``, ``Issue Date`` in US format ``03/05/2026``), sections as
    <h3> headings ``D1 Team`` … ``D8 Closure`` with a team table (Name / Role / Department), the
    problem as a paragraph, containment as a numbered list, root cause as ``Why it occurred:`` /
    ``Why it escaped:`` paragraphs, the closure line ``Closed 04/10/2026 by …``."""
    f.raw("<h1>Supplier Corrective Action Request</h1><dl>")
    for lab, raw, path, exp in (
        ("SCAR No.", pick(f, "SCAR-26-0142", "SCAR-26-0207"), "number", None),
        (
            "Issue Date",
            pick(f, "03/05/2026", "04/21/2026"),
            "opened_date",
            pick(f, "2026-03-05", "2026-04-21"),
        ),
        ("Customer", pick(f, "Jabil Circuit (Wuxi)", "Sanmina SCI (Shenzhen)"), "customer", None),
        ("Complaint Ref.", pick(f, "NCR-WX-55102", "NCR-SZ-77310"), "complaint_number", None),
        ("Part No.", pick(f, "JB-4410-772", "SM-2088-10"), "part_no", None),
        ("Response Due", pick(f, "03/12/2026", "04/28/2026"), None, None),
    ):
        f.raw(f"<dt>{lab}</dt><dd>{f.val(raw, path=path, label=lab, expect=exp)}</dd>")
    f.raw("</dl><h3>D1 Team</h3><table><tr><th>Name</th><th>Role</th><th>Department</th></tr>")
    team = pick(
        f,
        [("Chen Wei", "Leader", "Quality"), ("Li Na", "Member", "Process Eng.")],
        [("Zhang Jun", "Leader", "Quality"), ("Wu Fang", "Member", "SMT"), ("He Tao", "Member", "Test")],
    )
    for n, role, dept in team:
        f.raw(
            f"<tr><td>{f.val(n, path='team[*].name', label='Name')}</td>"
            f"<td>{f.val(role, path=f'team[name={n}].role', label='Role', expect=role.lower())}</td>"
            f"<td>{f.val(dept, path=f'team[name={n}].dept', label='Department')}</td></tr>"
        )
    f.raw("</table><h3>D2 Problem Description</h3><p>")
    f.raw(
        f.val(
            pick(
                f,
                "Solder bridging on U7 (QFN-48) found at customer ICT; 52 boards failed.",
                "Missing capacitor C112 on 9 boards at customer FCT.",
            ),
            path="problem.statement",
            label="D2 Problem Description",
        )
    )
    f.raw("</p><h3>D3 Containment</h3><ol>")
    for act in pick(
        f,
        [
            "Quarantine all WIP and finished boards of date code 2609.",
            "Add X-ray of U7 on every board until D6.",
        ],
        ["100 % AOI re-inspection of stock."],
    ):
        f.raw(f"<li>{f.val(act, path='containment[*].action', label='D3 Containment')}</li>")
    f.raw("</ol><h3>D4 Root Cause</h3>")
    f.raw(
        "<p>Why it occurred: "
        + f.val(
            pick(
                f,
                "Stencil aperture for U7 too large after stencil re-order.",
                "Feeder 23 mis-loaded after reel change.",
            ),
            path="root_cause[type=occurrence].cause",
            label="Why it occurred",
        )
        + "</p>"
    )
    f.raw(
        "<p>Why it escaped: "
        + f.val(
            pick(
                f,
                "AOI program did not check bridging under QFN body.",
                "AOI library had C112 marked optional.",
            ),
            path="root_cause[type=escape].cause",
            label="Why it escaped",
        )
        + "</p>"
    )
    f.raw(
        "<h3>D5 Permanent Corrective Action</h3><p>"
        + f.val(
            pick(
                f,
                "Stencil aperture reduced 10 %; stencil release checklist.",
                "Reel change verified by barcode scan.",
            ),
            path="corrective_actions[*].action",
            label="D5",
        )
        + "</p>"
    )
    f.raw(
        "<h3>D6 Verification</h3><p>"
        + f.val(
            pick(f, "3 lots, 4,800 boards, 0 bridging at ICT.", "2 lots, 0 missing parts."),
            path="implementation[*].result",
            label="D6",
        )
        + "</p>"
    )
    f.raw(
        "<h3>D7 Prevention</h3><p>"
        + f.val(
            pick(
                f,
                "Same check added for all QFN parts on 6 SMT lines.",
                "Barcode check deployed on all lines.",
            ),
            path="prevention.horizontal_deployment",
            label="D7",
        )
        + "</p>"
    )
    f.raw(
        "<h3>D8 Closure</h3><p>Closed "
        + f.val(
            pick(f, "04/10/2026", "05/19/2026"),
            path="closure.closed_date",
            label="Closed",
            expect=pick(f, "2026-04-10", "2026-05-19"),
        )
        + " by "
        + f.val(pick(f, "Robert King", "Robert King"), path="closure.approved_by", label="by")
        + "</p>"
    )
    return f.page(
        "SCAR",
        "h1{font-size:15pt;margin:8px 12px}dl{display:grid;grid-template-columns:30% 70%;margin:6px 12px}dt{font-weight:bold}dd{margin:0}h3{font-size:11pt;margin:10px 12px 2px;border-bottom:1px solid #777}p,ol{margin:2px 12px}table{margin:2px 12px;border-collapse:collapse}td,th{border:1px solid #aaa;padding:2px 6px}",
    )


def return_zht_html_portal(f: HtmlForm) -> str:
    """A Taiwanese customer's 退貨申請 portal page printed by Chromium: fields as ``<label>`` above
    read-only input boxes in a three-column grid, dates ``2026-03-09``, the lines table with
    料號 / 品名 / 申請數量 / 單位, the 處理方式 as radio buttons ``◉重工 ○報廢 ○換貨``, 審核 empty."""
    f.raw("<h1>退貨申請</h1><div class='grid'>")
    for lab, raw, path, exp in (
        ("申請單號", "RA-20260309-0017", "number", None),
        ("申請日期", "2026-03-09", "issue_date", None),
        ("客訴單號", "QC-1150302-11", "complaint_number", None),
        ("客戶", "廣達電腦股份有限公司", "customer", None),
        ("聯絡人", "陳小姐 #2231", None, None),
        ("幣別", "NTD", None, None),
    ):
        f.raw(
            f"<div><label>{lab}</label><div class='in'>{f.val(raw, path=path, label=lab, expect=exp)}</div></div>"
        )
    f.raw("</div><table><tr><th>項次</th><th>料號</th><th>品名</th><th>申請數量</th><th>單位</th></tr>")
    for i, (pn, name, q) in enumerate(
        (
            ("QT-HG-1120", "筆電轉軸 左", "2,400"),
            ("QT-HG-1121", "筆電轉軸 右", "2,400"),
            ("QT-SC-0230", "螺絲 M2×3", "9,600"),
        )
    ):
        f.raw(
            f"<tr><td>{i + 1}</td><td>{f.val(pn, path=f'items[{i}].part_no', label='料號')}</td>"
            f"<td>{f.val(name, path=f'items[{i}].part_name', label='品名')}</td>"
            f"<td>{f.val(q, path=f'items[{i}].qty_approved', label='申請數量', expect=int(q.replace(',', '')))}</td>"
            f"<td>{f.val('PCS', path=f'items[{i}].unit', label='單位')}</td></tr>"
        )
    f.raw("</table><div class='blk'><label>退貨原因</label><div class='in'>")
    f.raw(
        f.val(
            "轉軸扭力衰減超出規格（> 20 %），客戶壽命測試 5,000 次後不合格。", path="reason", label="退貨原因"
        )
    )
    f.raw("</div></div><div class='blk'><label>處理方式</label><div class='in'>")
    f.raw(
        f.val(
            "◉重工　○報廢　○換貨",
            path="handling",
            label="處理方式",
            expect=["rework"],
            blank_text="○重工　○報廢　○換貨",
        )
    )
    f.raw(
        "</div></div><div class='grid'><div><label>申請人</label><div class='in'>"
        + f.val("陳怡如", path=None, label="申請人")
        + "</div></div>"
    )
    f.raw(
        "<div><label>審核</label><div class='in'>"
        + f.val("", path=None, label="審核")
        + "&nbsp;</div></div></div>"
    )
    pdf_absent(f, "審核", f"html!#v{f.n}", "", "approved_by")
    return f.page(
        "退貨申請",
        "body{font-family:'Noto Sans CJK TC','Noto Sans',sans-serif}h1{font-size:15pt;margin:10px 14px}.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px 14px;margin:6px 14px}label{font-size:8pt;color:#666;display:block}.in{border:1px solid #bbb;padding:3px 5px;min-height:14px}table{margin:10px 14px;border-collapse:collapse;width:92%}td,th{border:1px solid #aaa;padding:3px 6px}th{background:#eef}.blk{margin:6px 14px}",
    )


def allowance_en_fpdf_boxed(f: PdfDraw) -> None:
    """An English CREDIT NOTE of a Hong Kong trading arm drawn by fpdf2 as a grid of ruled boxes,
    each box's caption in small type at its top left and the value under it (as on printed
    tax-invoice stock), a boxed item table, amounts ``RMB 1,234.00``, Amount in words, Authorised
    Signature with a name."""
    pdf = f.pdf
    f.text(15, 16, "Everbright Components (HK) Ltd.", 12, bold=True)
    f.text(150, 16, "CREDIT NOTE", 14, bold=True)

    def box(x, y, w, cap, raw, path, expect=None, h=12):
        pdf.rect(x, y, w, h)
        f.text(x + 1.5, y + 3.5, cap, 6)
        f.value(x + 2, y + 9, raw, path=path, label=cap, expect=expect)

    box(15, 22, 60, "Credit Note No.", pick(f, "CN-HK-26-0318", "CN-HK-26-0402"), "number")
    box(
        75,
        22,
        60,
        "Date",
        pick(f, "18 Mar 2026", "02 Apr 2026"),
        "issue_date",
        pick(f, "2026-03-18", "2026-04-02"),
    )
    box(135, 22, 60, "Our Complaint Ref.", pick(f, "CMP-0311", "CMP-0329"), "complaint_number")
    box(
        15,
        34,
        120,
        "Customer",
        pick(f, "Luxshare Precision Industry (Kunshan) Co., Ltd.", "Goertek Inc."),
        "buyer",
    )
    box(135, 34, 60, "Customer Tax ID", pick(f, "91320583MA1N7KXX3P", "91370700729253432M"), "buyer_tax_id")
    box(15, 46, 90, "Original Invoice No.", pick(f, "INV-HK-260211", "INV-HK-260305"), "invoice_no")
    box(
        105,
        46,
        90,
        "Invoice Date",
        pick(f, "11 Feb 2026", "05 Mar 2026"),
        "invoice_date",
        pick(f, "2026-02-11", "2026-03-05"),
    )
    y = 62
    cols = (
        (15, 80, "Description"),
        (95, 25, "Qty"),
        (120, 25, "Unit Price"),
        (145, 25, "Credit"),
        (170, 25, "VAT 13%"),
    )
    for x, w, h in cols:
        pdf.rect(x, y, w, 7)
        f.text(x + 1.5, y + 5, h, 8, bold=True)
    lines = pick(
        f,
        [
            ("Shield can SC-22 price adjustment", 20000, 0.05),
            ("Spring contact SP-08 price adjustment", 50000, 0.02),
        ],
        [
            ("Shield can SC-30 quality claim", 8000, 0.12),
            ("Spring contact SP-08 quality claim", 12000, 0.02),
            ("Gasket GK-5 short shipment", 3000, 0.3),
        ],
    )
    net = tax = 0.0
    for i, (desc, q, p) in enumerate(lines):
        yy = y + 7 + i * 7
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        for x, w, _ in cols:
            pdf.rect(x, yy, w, 7)
        f.value(17, yy + 5, desc, path=f"items[{i}].name", label="Description", size=8)
        f.value(97, yy + 5, f"{q:,}", path=f"items[{i}].qty", label="Qty", expect=q, size=8)
        f.value(122, yy + 5, f"{p:.2f}", path=f"items[{i}].unit_price", label="Unit Price", size=8)
        f.value(
            147,
            yy + 5,
            f"{a:,.2f}",
            path=f"items[{i}].allowance_amount",
            label="Credit",
            expect=f"{a:.2f}",
            size=8,
        )
        f.value(172, yy + 5, f"{t:,.2f}", path=f"items[{i}].tax", label="VAT 13%", expect=f"{t:.2f}", size=8)
    yy = y + 7 + len(lines) * 7 + 3
    for i, (cap, v, path) in enumerate(
        (
            ("Total Credit (excl. VAT)", net, "total_excl_tax"),
            ("VAT", tax, "total_tax"),
            ("Total Credit", net + tax, "total"),
        )
    ):
        pdf.rect(120, yy + i * 8, 75, 8)
        f.text(122, yy + i * 8 + 5.5, cap, 8, bold=True)
        f.value(160, yy + i * 8 + 5.5, f"RMB {v:,.2f}", path=path, label=cap, expect=f"{v:.2f}")
    words = pick(
        f, "RMB Two Thousand Two Hundred Sixty Only", "RMB Two Thousand Three Hundred Seventy-three Only"
    )
    f.text(15, yy + 32, "Amount in words:", 8, bold=True)
    f.value(45, yy + 32, words, path=None, label="Amount in words", size=8)
    pdf.rect(135, yy + 40, 60, 20)
    f.text(137, yy + 44, "Authorised Signature", 7)
    f.value(
        140,
        yy + 55,
        pick(f, "Kelvin Lau", "Kelvin Lau"),
        path="approved_by_manager",
        label="Authorised Signature",
    )


SENT_AS_PDF = [
    dict(
        id="complaint-zh-word-signoff",
        kind="complaint",
        language="zh-Hans",
        medium="docx",
        draw=complaint_zh_word_signoff,
        imitates="客户投诉单 made in Word, a sign-off table with names under the roles",
        unmapped=["编号", "版次", "品保经理", "备注"],
    ),
    dict(
        id="8d-en-html-scar",
        kind="8d",
        language="en",
        medium="html",
        draw=eightd_en_html_scar,
        copy2=True,
        imitates="a customer's SCAR page printed by Chromium, <dl> header and D1…D8 headings",
        unmapped=["Response Due"],
    ),
    dict(
        id="return-zht-html-portal",
        kind="return",
        language="zh-Hant",
        medium="html",
        draw=return_zht_html_portal,
        imitates="a Taiwanese customer's 退貨申請 portal page, labels above input boxes, radio buttons",
        unmapped=["聯絡人", "幣別", "項次", "申請人", "審核"],
    ),
    dict(
        id="allowance-en-fpdf-boxed",
        kind="allowance",
        language="en",
        medium="fpdf",
        draw=allowance_en_fpdf_boxed,
        imitates="an English credit note drawn by fpdf2 as ruled boxes with captions at the top left",
        unmapped=["Amount in words"],
    ),
]


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "sixth held-out layouts")


if __name__ == "__main__":
    main(sys.argv[1:])
