"""Write the nineteenth held-out set (run: ``python tests/holdout19/make_holdout19.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: an ITALIAN–ENGLISH complaint (``5 marzo 2026``, ``1.200 pz``), a
客户抱怨处理单 whose cells are coloured by CONDITIONAL FORMATTING (a percentage 不良率 beside the
quantities), a customer's notification copied into Excel with the TIME BEFORE THE DATE
(``14:30 05-Mar-26``) and a reject rate in PPM; a PPAP-style SCAR with the part's REVISION / ECL
beside the part number, an 8D whose D4 is a 5-WHY TABLE (the root cause the last answered why), an
8D 報告 whose D4 is a FISHBONE list (人 機 料 法 環 測, each judged ○ / ×); a POLISH–ENGLISH return
note (``5 marca 2026``, ``1.234,50 zł``), a 成品退货单 with quantities in 万 / 千 IN THE VALUE
(``1.2万``), a 成品退貨單 exported with 上午 / 下午 DATE-TIMES (``2026/3/18 下午 02:30``); a
PORTUGUESE–ENGLISH nota de crédito (``R$ 1.234,50``), a 销货折让证明单 whose amounts are NEGATIVE
NUMBERS SHOWN IN PARENTHESES by Excel's accounting format; sent as PDF only: a 客訴處理單 stamped with
a diagonal ``受控文件`` WATERMARK over the page (fpdf2 + pypdf), an 8D made in Word with CONTENT
CONTROLS (placeholder text left in one, ☒ check boxes; LibreOffice), a TURKISH–ENGLISH return form
(``05 Mart 2026``, ``2.500 adet``, ``1.234,50 TL``; Chromium), a 銷貨折讓證明單 web page with a
``機密 CONFIDENTIAL`` watermark behind the text (Chromium). ``odd/`` holds an XPS print (the
Microsoft XPS Document Writer's output sent instead of a PDF) and a saved e-mail (``.eml``) with
the workbook attached, neither of which gives a record.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from holdout_kit import (  # noqa: E402
    FPDF,
    CjkDraw,
    DocForm,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    excel_layout,
    head_row,
    kv_rows,
    label,
    lv,
    members,
    money,
    odd_expected,
    pdf_absent,
    pick,
    plain,
    portal_css,
    run,
    zip_bytes,
)
from openpyxl.formatting.rule import CellIsRule  # noqa: E402
from openpyxl.styles import PatternFill  # noqa: E402

D = dt.date
SOURCE = dict(origin="nineteenth held-out imitation", source="tests/holdout19/make_holdout19.py")


# =============================================================================== complaint
_MESI = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)


def complaint_en_italian(s: Sheet) -> None:
    """An Italian customer's RECLAMO CLIENTE / CUSTOMER COMPLAINT in ITALIAN–ENGLISH labels
    (``Data / Date`` ``5 marzo 2026``: an ITALIAN MONTH), quantities ``1.200 pz`` (a dot between the
    thousands), a defect rate ``0,35 %`` beside them, ``Sostituzione / Replacement``."""
    s.text("A1", "RECLAMO CLIENTE / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Modulo MQ-8.2-03 rev. 4", "D2")
    lv(s, "A3", "N. reclamo / Complaint No.", "B3", pick(s, "RC-TO-2026-0088", "RC-TO-2026-0131"), "number")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(
        s,
        "C3",
        "Data / Date",
        "D3",
        f"{d.day} {_MESI[d.month - 1]} {d.year}",
        "received_date",
        expect=d.isoformat(),
    )
    lv(
        s,
        "A4",
        "Cliente / Customer",
        "B4",
        pick(s, "Brembo S.p.A.", "Magneti Marelli S.p.A."),
        "customer",
        span="D4",
    )
    lv(s, "A5", "N. ordine / PO No.", "B5", pick(s, "OA-26-004512", "OA-26-006208"), "order_no")
    lv(s, "C5", "Lotto / Lot", "D5", pick(s, "L2602-11", "L2603-27"), "lot_no")
    lv(s, "A6", "Codice articolo / Part No.", "B6", pick(s, "BR-PIN-0934", "MM-CLP-2210"), "part_no")
    lv(s, "C6", "Descrizione / Part name", "D6", pick(s, "Perno guida pinza", "Clip cablaggio"), "part_name")
    lv(
        s,
        "A7",
        "Q.tà consegnata / Qty delivered",
        "B7",
        pick(s, "1.200 pz", "15.000 pz"),
        "ship_qty",
        expect=pick(s, 1200, 15000),
    )
    lv(
        s,
        "C7",
        "Q.tà difettosa / Qty defective",
        "D7",
        pick(s, "42 pz", "1.050 pz"),
        "defect_qty",
        expect=pick(s, 42, 1050),
    )
    label(s, "A8", "Tasso difetti / Defect rate")
    s.value("B8", pick(s, "3,50 %", "7,00 %"), path=None, label="Tasso difetti / Defect rate")
    lv(
        s,
        "A9",
        "Descrizione difetto / Defect description",
        "B9",
        pick(
            s, "Diametro perno fuori tolleranza (Ø 9,96 mm).", "Clip rotta al montaggio, materiale fragile."
        ),
        "description",
        span="D9",
    )
    lv(
        s,
        "A10",
        "Richiesta / Request",
        "B10",
        pick(s, "Sostituzione / Replacement", "Reso / Return"),
        "customer_request",
        expect=pick(s, ["replacement"], ["return"]),
        span="D10",
    )
    lv(
        s,
        "A11",
        "Azione immediata / Immediate action",
        "B11",
        pick(s, "Selezione 100 % a magazzino.", "Blocco lotto e selezione."),
        "short_term_action",
        span="D11",
    )
    lv(s, "A12", "Referente fornitore / Supplier contact", "B12", pick(s, "Zhou Min", "Zhou Min"), "reporter")
    lv(
        s,
        "C12",
        "Responsabile / Supervisor",
        "D12",
        pick(s, "Marco Bianchi", "Luca Ferri"),
        "sales_supervisor",
    )


_RED = PatternFill("solid", fgColor="FFC7CE")
_GREEN = PatternFill("solid", fgColor="C6EFCE")
_AMBER = PatternFill("solid", fgColor="FFEB9C")


def complaint_zh_condfmt(s: Sheet) -> None:
    """客户抱怨处理单 kept as a tracking sheet whose cells are coloured by CONDITIONAL FORMATTING
    (不良数量 red above 0, 处理状态 green when 已结案, amber when 处理中); 不良率 a percentage cell
    (``0.30%``) beside the quantities; 受理日期 a date cell."""
    s.text("A1", "客户抱怨处理单", "D1", size=15)
    lv(s, "A2", "抱怨单号", "B2", pick(s, "KB-SZ-2603-041", "KB-SZ-2604-058"), "number")
    lv(s, "C2", "受理日期", "D2", pick(s, D(2026, 3, 6), D(2026, 4, 15)), "received_date", fmt="yyyy-mm-dd")
    lv(
        s,
        "A3",
        "客户名称",
        "B3",
        pick(s, "深圳拓邦股份有限公司", "东莞长盈精密技术有限公司"),
        "customer",
        span="D3",
    )
    lv(s, "A4", "订单编号", "B4", pick(s, "TB-PO-260211", "CY-PO-260318"), "order_no")
    lv(s, "C4", "批号", "D4", pick(s, "SZ260219", "SZ260402"), "lot_no")
    lv(s, "A5", "料号", "B5", pick(s, "SZ-MTR-3305", "SZ-SPR-1180"), "part_no")
    lv(s, "C5", "品名", "D5", pick(s, "微型电机端盖", "扭簧"), "part_name")
    lv(s, "A6", "交货数量", "B6", pick(s, 20000, 6000), "ship_qty", fmt="#,##0")
    lv(s, "C6", "不良数量", "D6", pick(s, 60, 90), "defect_qty")
    label(s, "A7", "不良率")
    s.value("B7", pick(s, 0.003, 0.015), path=None, label="不良率", fmt="0.00%")
    label(s, "C7", "处理状态")
    s.value("D7", pick(s, "处理中", "已结案"), path=None, label="处理状态")
    lv(
        s,
        "A8",
        "异常描述",
        "B8",
        pick(s, "端盖轴承孔偏大 0.02mm，电机异响。", "扭簧脚长不一致，装配卡滞。"),
        "description",
        span="D8",
    )
    lv(
        s,
        "A9",
        "客户要求",
        "B9",
        pick(s, "退货", "重工"),
        "customer_request",
        expect=pick(s, ["return"], ["rework"]),
        span="D9",
    )
    lv(
        s,
        "A10",
        "短期对策",
        "B10",
        pick(s, "库存全检孔径。", "在途品拦截返工。"),
        "short_term_action",
        span="D10",
    )
    lv(s, "A11", "填表人", "B11", pick(s, "罗文静", "罗文静"), "reporter")
    lv(s, "C11", "主管", "D11", pick(s, "彭国强", "谢立群"), "sales_supervisor")
    label(s, "A12", "结案日期")
    if pick(s, True, False):
        s.box("B12", "D12")
        absent(s, "结案日期", "B12", "", "closed_date")
    else:
        s.value("B12", D(2026, 4, 28), path="closed_date", label="结案日期", span="D12", fmt="yyyy-mm-dd")
    cf = s.ws.conditional_formatting
    cf.add("D6", CellIsRule(operator="greaterThan", formula=["0"], fill=_RED))
    cf.add("D7", CellIsRule(operator="equal", formula=['"已结案"'], fill=_GREEN))
    cf.add("D7", CellIsRule(operator="equal", formula=['"处理中"'], fill=_AMBER))


def complaint_en_clock(s: Sheet) -> None:
    """A customer's quality notification copied from its portal into Excel: the TIME BEFORE THE DATE
    (``14:30 05-Mar-26`` under ``Created``), the reject rate in PPM (``3500 PPM``) beside the
    quantities, ``Requested Action`` ``Credit``."""
    s.text("A1", "QUALITY NOTIFICATION — CUSTOMER COMPLAINT", "D1", size=13)
    lv(s, "A2", "QN Number", "B2", "QN-200418873", "number")
    lv(s, "C2", "Created", "D2", "14:30 05-Mar-26", "received_date", expect="2026-03-05")
    lv(s, "A3", "Customer", "B3", "Flex Ltd. — Zhuhai Plant", "customer", span="D3")
    lv(s, "A4", "Purchase Order", "B4", "4501873920", "order_no")
    lv(s, "C4", "Batch", "D4", "B26-0217", "lot_no")
    lv(s, "A5", "Material", "B5", "FX-SHD-7714", "part_no")
    lv(s, "C5", "Material Text", "D5", "EMI shield can 22x18", "part_name")
    lv(s, "A6", "Qty Delivered", "B6", 12000, "ship_qty", fmt="#,##0")
    lv(s, "C6", "Qty Rejected", "D6", 42, "defect_qty")
    label(s, "A7", "Reject Rate")
    s.value("B7", "3500 PPM", path=None, label="Reject Rate")
    label(s, "C7", "Last Changed")
    s.value("D7", "09:12 09-Mar-26", path=None, label="Last Changed")
    lv(
        s,
        "A8",
        "Defect Text",
        "B8",
        "Shield can coplanarity 0.15 mm > 0.10 mm; lifts after reflow.",
        "description",
        span="D8",
    )
    lv(s, "A9", "Requested Action", "B9", "Credit", "customer_request", expect=["allowance"], span="D9")
    lv(
        s,
        "A10",
        "Containment",
        "B10",
        "Sort 8,400 pcs at the hub with a flatness gauge.",
        "short_term_action",
        span="D10",
    )
    lv(s, "A11", "Supplier Contact", "B11", "Helen Xu", "reporter")
    lv(s, "C11", "Completed", "D11", "17:05 26-Mar-26", "closed_date", expect="2026-03-26")


# =============================================================================== 8D
def eightd_en_ppap(s: Sheet) -> None:
    """A PPAP-style SUPPLIER CORRECTIVE ACTION REQUEST whose part number has its REVISION and ECL
    beside it (``Drawing Rev`` ``C``, ``ECL`` ``03``: not part of the number), the issue date
    ``05-Mar-2026 14:30``, the defect rate ``0.35%`` beside the quantity."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (SCAR) — 8D", "F1", size=13)
    lv(s, "A2", "SCAR No.", "B2", "SCAR-26-0317", "number")
    lv(s, "C2", "Issue Date", "D2", "05-Mar-2026 14:30", "opened_date", expect="2026-03-05", span="F2")
    lv(s, "A3", "Customer", "B3", "Lear Corporation Wuhan", "customer")
    lv(s, "C3", "Customer Ref.", "D3", "LR-QN-260305-07", "complaint_number", span="F3")
    lv(s, "A4", "Part Number", "B4", "LR-7714520", "part_no")
    label(s, "C4", "Drawing Rev")
    s.value("D4", "C", path=None, label="Drawing Rev")
    label(s, "E4", "ECL")
    s.value("F4", "03", path=None, label="ECL")
    lv(s, "A5", "Qty Rejected", "B5", 210, "problem.qty_complained")
    label(s, "C5", "Defect Rate")
    s.value("D5", "0.35%", path=None, label="Defect Rate", span="F5")
    rows = (
        ("D1 Team", "Wang Fang (Champion); Zhao Lei (Leader); Kevin Ortiz", None),
        (
            "D2 Problem Description",
            "Seat harness connector CPA not seated on 210 pcs at customer EOL.",
            "problem.statement",
        ),
        (
            "D3 Interim Containment",
            "100 % CPA pull test on 5,600 pcs in stock and transit.",
            "containment[0].action",
        ),
        (
            "D4 Root Cause — Occurrence",
            "CPA insertion force not monitored after press change.",
            "root_cause[type=occurrence].cause",
        ),
        (
            "D4 Root Cause — Escape",
            "Vision system checked housing only, not the CPA.",
            "root_cause[type=escape].cause",
        ),
        (
            "D5 Permanent Corrective Action",
            "Force monitoring with limits on the CPA press.",
            "corrective_actions[0].action",
        ),
        ("D6 Verification", "0 defects in 30 days, 61,000 pcs.", "implementation[0].result"),
        (
            "D7 Prevent Recurrence",
            "PFMEA and control plan updated for 3 harness families.",
            "prevention.horizontal_deployment",
        ),
    )
    r = 7
    for lab, raw, path in rows:
        label(s, f"A{r}", lab)
        s.value(f"B{r}", raw, path=path, label=lab, span=f"F{r}")
        r += 1
    members(
        s,
        "D1 Team",
        "B7",
        "Wang Fang (Champion); Zhao Lei (Leader); Kevin Ortiz",
        ("Wang Fang", "Zhao Lei", "Kevin Ortiz"),
    )
    lv(s, f"A{r}", "D8 Closure Date", f"B{r}", "22-Apr-2026", "closure.closed_date", expect="2026-04-22")
    lv(s, f"C{r}", "Approved (SQE)", f"D{r}", "Maria Lopez", "closure.approved_by", span=f"F{r}")


def eightd_zh_fivewhy(s: Sheet) -> None:
    """8D 报告 whose D4 is a 5-WHY TABLE (``Why 1`` … ``Why 5``, a 问题 and a 回答 column) with no
    root-cause line: the root cause is the LAST ANSWERED WHY (the first copy leaves Why 5 empty);
    the escape cause in its own row under it."""
    s.text("A1", "8D 报告", "D1", size=15)
    lv(s, "A2", "报告编号", "B2", pick(s, "8D-CQ-2603-009", "8D-CQ-2604-016"), "number")
    lv(s, "C2", "开立日期", "D2", pick(s, D(2026, 3, 9), D(2026, 4, 13)), "opened_date", fmt="yyyy/m/d")
    lv(s, "A3", "客户", "B3", pick(s, "重庆长安汽车股份有限公司", "赛力斯汽车有限公司"), "customer")
    lv(s, "C3", "客诉单号", "D3", pick(s, "CA-QC-260307", "SR-QC-260410"), "complaint_number")
    lv(s, "A4", "料号", "B4", pick(s, "CQ-BRK-5512", "CQ-BRK-6620"), "part_no")
    lv(s, "C4", "不良数量", "D4", pick(s, 85, 40), "problem.qty_complained")
    team = pick(s, ["谭永刚", "黎晓", "付强"], ["谭永刚", "汪蕾"])
    lv(s, "A5", "D1 小组成员", "B5", "、".join(team), None, span="D5")
    members(s, "D1 小组成员", "B5", "、".join(team), team)
    lv(
        s,
        "A6",
        "D2 问题描述",
        "B6",
        pick(s, "支架焊缝开裂 85 件，客户总装线发现。", "支架孔位偏移 40 件，无法装配。"),
        "problem.statement",
        span="D6",
    )
    lv(
        s,
        "A7",
        "D3 临时措施",
        "B7",
        pick(s, "库存 3,200 件全检焊缝。", "库存全检孔位。"),
        "containment[0].action",
        span="D7",
    )
    s.text("A8", "D4 原因分析（5 Why）", "D8", bold=True, shade=True)
    head_row(s, 9, "ABC", ("层级", "为什么？", "回答"))
    s.ws.merge_cells("C9:D9")
    whys = pick(
        s,
        [
            ("焊缝为什么开裂？", "焊缝熔深不足。"),
            ("熔深为什么不足？", "焊接电流偏低。"),
            ("电流为什么偏低？", "焊机参数被误改。"),
            ("参数为什么会被误改？", "参数未加锁，换型后无人确认。"),
            ("", ""),
        ],
        [
            ("孔位为什么偏移？", "冲孔模定位销松动。"),
            ("定位销为什么松动？", "锁紧螺钉未涂螺纹胶。"),
            ("为什么未涂螺纹胶？", "保养作业指导书漏列此步。"),
            ("为什么漏列？", "模具保养标准未随新模具更新。"),
            ("为什么未更新？", "新模具移交清单无保养标准一项。"),
        ],
    )
    last = max(i for i, (_, a) in enumerate(whys) if a)
    for i, (q, a) in enumerate(whys):
        r = 10 + i
        s.text(f"A{r}", f"Why {i + 1}", shade=True)
        if not a:
            s.box(f"B{r}")
            s.box(f"C{r}", f"D{r}")
            continue
        s.value(f"B{r}", q, path=None, label=f"Why {i + 1} 问题")
        s.value(
            f"C{r}",
            a,
            path="root_cause[type=occurrence].cause" if i == last else None,
            label=f"Why {i + 1}",
            span=f"D{r}",
            note="the last answered why of the 5-Why table" if i == last else None,
        )
    lv(
        s,
        "A15",
        "流出原因",
        "B15",
        pick(s, "焊缝外观检验无法发现熔深不足。", "首件只检一个孔。"),
        "root_cause[type=escape].cause",
        span="D15",
    )
    lv(
        s,
        "A16",
        "D5 永久对策",
        "B16",
        pick(s, "焊机参数加密锁定。", "修订模具保养标准。"),
        "corrective_actions[0].action",
        span="D16",
    )
    lv(
        s,
        "A17",
        "D6 效果确认",
        "B17",
        pick(s, "连续 5 批零开裂。", "连续 4 批孔位合格。"),
        "implementation[0].result",
        span="D17",
    )
    lv(
        s,
        "A18",
        "D7 预防再发",
        "B18",
        pick(s, "全部焊机参数加锁。", "新模具移交清单增加保养标准。"),
        "prevention.horizontal_deployment",
        span="D18",
    )
    lv(
        s,
        "A19",
        "D8 结案日期",
        "B19",
        pick(s, D(2026, 4, 20), D(2026, 5, 22)),
        "closure.closed_date",
        fmt="yyyy/m/d",
    )
    lv(s, "C19", "批准", "D19", pick(s, "邓志远", "邓志远"), "closure.approved_by")


def eightd_zht_fishbone(s: Sheet) -> None:
    """8D 報告 whose D4 is a FISHBONE list: one row for each of 人 / 機 / 料 / 法 / 環 / 測 with what
    was checked and a verdict (``○ 要因`` / ``× 非要因``); the occurrence cause is the row judged
    ○; the escape cause in a row of its own."""
    s.text("A1", "8D 報告", "D1", size=15)
    lv(s, "A2", "報告編號", "B2", "8D-TN-26-0033", "number")
    lv(s, "C2", "開立日期", "D2", "2026/03/16", "opened_date", expect="2026-03-16")
    lv(s, "A3", "客戶", "B3", "台達電子工業股份有限公司", "customer")
    lv(s, "C3", "客訴單號", "D3", "DE-CQ-2603-118", "complaint_number")
    lv(s, "A4", "料號", "B4", "TN-IND-2207", "part_no")
    lv(s, "C4", "不良數", "D4", 150, "problem.qty_complained")
    lv(s, "A5", "D1 團隊", "B5", "許家豪（組長）、蔡佩君、林建志", None, span="D5")
    members(s, "D1 團隊", "B5", "許家豪（組長）、蔡佩君、林建志", ("許家豪", "蔡佩君", "林建志"))
    lv(
        s,
        "A6",
        "D2 問題描述",
        "B6",
        "電感感值偏低 150 件，客戶 ICT 測試檢出。",
        "problem.statement",
        span="D6",
    )
    lv(s, "A7", "D3 圍堵措施", "B7", "庫存 6,000 件全測感值。", "containment[0].action", span="D7")
    s.text("A8", "D4 要因分析（魚骨圖）", "D8", bold=True, shade=True)
    head_row(s, 9, "ABD", ("要因", "調查內容", "判定"))
    s.ws.merge_cells("B9:C9")
    bones = (
        ("人", "作業員資格確認，均已受訓。", "× 非要因"),
        ("機", "繞線機張力器彈簧疲勞，張力偏低，圈數不足。", "○ 要因"),
        ("料", "線材線徑抽測合格。", "× 非要因"),
        ("法", "作業標準書與實作一致。", "× 非要因"),
        ("環", "溫濕度紀錄正常。", "× 非要因"),
        ("測", "感值測試治具校驗有效。", "× 非要因"),
    )
    for i, (m, text, verdict) in enumerate(bones):
        r = 10 + i
        s.text(f"A{r}", m, shade=True, center=True)
        s.value(
            f"B{r}",
            text,
            path="root_cause[type=occurrence].cause" if verdict.startswith("○") else None,
            label=f"魚骨圖 {m}",
            span=f"C{r}",
            note="the fishbone row judged ○ 要因" if verdict.startswith("○") else None,
        )
        s.value(f"D{r}", verdict, path=None, label=f"{m} 判定")
    lv(s, "A16", "流出原因", "B16", "出貨檢驗感值只抽 5 件。", "root_cause[type=escape].cause", span="D16")
    lv(
        s,
        "A17",
        "D5 永久對策",
        "B17",
        "張力器每月更換彈簧並點檢張力。",
        "corrective_actions[0].action",
        span="D17",
    )
    lv(s, "A18", "D6 效果驗證", "B18", "連續 6 批感值合格。", "implementation[0].result", span="D18")
    lv(
        s,
        "A19",
        "D7 預防再發",
        "B19",
        "同型 4 台繞線機比照辦理。",
        "prevention.horizontal_deployment",
        span="D19",
    )
    lv(s, "A20", "D8 結案日期", "B20", "2026/04/24", "closure.closed_date", expect="2026-04-24")
    lv(s, "C20", "核准", "D20", "鄭文彬", "closure.approved_by")


# =============================================================================== return
_MIESIACE = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
)


def pln(x: float) -> str:
    """``1.234,50 zł``: a dot between the thousands, a decimal comma, the złoty after."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents} zł"


def return_en_polish(s: Sheet) -> None:
    """A Polish customer's ZWROT TOWARU / GOODS RETURN in POLISH–ENGLISH labels, dates with a
    POLISH MONTH in the genitive (``5 marca 2026``), prices ``1.234,50 zł``."""
    s.text("A1", "ZWROT TOWARU / GOODS RETURN", "F1", size=14)
    lv(s, "A2", "Nr zwrotu / Return No.", "B2", pick(s, "ZW/2026/03/017", "ZW/2026/04/029"), "number")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 21))
    lv(
        s,
        "C2",
        "Data / Date",
        "D2",
        f"{d.day} {_MIESIACE[d.month - 1]} {d.year}",
        "issue_date",
        expect=d.isoformat(),
        span="F2",
    )
    lv(
        s,
        "A3",
        "Klient / Customer",
        "B3",
        pick(s, "Aptiv Services Poland S.A.", "Valeo Autosystemy Sp. z o.o."),
        "customer",
    )
    lv(
        s,
        "C3",
        "Nr reklamacji / Claim No.",
        "D3",
        pick(s, "RK-KRK-26-0211", "RK-SKA-26-0342"),
        "complaint_number",
        span="F3",
    )
    head_row(
        s,
        4,
        "ABCDEF",
        (
            "Nr części / Part No.",
            "Nazwa / Description",
            "Zatw. / Approved",
            "Zwrócono / Returned",
            "Cena / Price",
            "Wartość / Amount",
        ),
    )
    lines = pick(
        s,
        [
            ("AP-TRM-0412", "Końcówka / Terminal", 4000, 4000, 0.38),
            ("AP-HSG-0413", "Obudowa / Housing", 1500, 1480, 1.25),
        ],
        [("VA-BRK-7701", "Wspornik / Bracket", 800, 800, 4.6)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="Nr części / Part No.")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Nazwa / Description")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="Zatw. / Approved", fmt="#,##0")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="Zwrócono / Returned", fmt="#,##0")
        s.value(f"E{r}", pln(p), path=f"items[{i}].unit_price", label="Cena / Price", expect=money(p))
        s.value(f"F{r}", pln(q * p), path=f"items[{i}].amount", label="Wartość / Amount", expect=money(q * p))
    lv(
        s,
        "A8",
        "Przyczyna / Reason",
        "B8",
        pick(s, "Zła siła wtyku (insertion force too high).", "Pęknięcia po gięciu (cracks after bending)."),
        "reason",
        span="F8",
    )
    lv(
        s,
        "A9",
        "Postępowanie / Handling",
        "B9",
        pick(s, "Złomowanie / Scrap", "Naprawa / Rework"),
        "handling",
        expect=[pick(s, "scrap", "rework")],
        span="F9",
    )
    lv(
        s,
        "A10",
        "Przyjął / Received by",
        "B10",
        pick(s, "Anna Nowak", "Piotr Zieliński"),
        "warehouse_receiver",
    )
    lv(
        s,
        "C10",
        "Zatwierdził / Approved by",
        "D10",
        pick(s, "Tomasz Wójcik", "Tomasz Wójcik"),
        "approved_by",
        span="F10",
    )


def wan(q: int) -> str:
    """A quantity the way a clerk writes a round one: ``1.2万``, ``5千``, else the digits."""
    if q % 1000 == 0 and q >= 10000:
        return f"{q / 10000:g}万"
    if q % 1000 == 0:
        return f"{q // 1000}千"
    return f"{q:,}"


def return_zh_wan(s: Sheet) -> None:
    """成品退货单 whose round quantities are typed WITH 万 / 千 IN THE VALUE (``1.2万``, ``5千``) in
    text cells, the others as digits (``4,980``), under headings that name no unit."""
    s.text("A1", "成品退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-FS-2603-012", "TH-FS-2604-020"), "number")
    lv(
        s,
        "C2",
        "开单日期",
        "D2",
        pick(s, D(2026, 3, 17), D(2026, 4, 23)),
        "issue_date",
        span="F2",
        fmt="yyyy年m月d日",
    )
    lv(
        s,
        "A3",
        "客户",
        "B3",
        pick(s, "佛山市顺德区美的电热电器制造有限公司", "广东格兰仕微波炉电器制造有限公司"),
        "customer",
    )
    lv(s, "C3", "客诉单号", "D3", pick(s, "MD-KS-260314", "GL-KS-260420"), "complaint_number", span="F3")
    head_row(s, 4, "ABCDEF", ("料号", "品名", "核定数量", "实退数量", "单价", "金额"))
    lines = pick(
        s,
        [("FS-SCR-0308", "自攻螺钉", 12000, 12000, 0.05), ("FS-WSH-0309", "平垫圈", 5000, 4980, 0.03)],
        [("FS-CLP-1102", "线卡", 30000, 30000, 0.02), ("FS-SPC-1103", "隔热垫片", 2000, 1960, 0.4)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料号")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", wan(qa), path=f"items[{i}].qty_approved", label="核定数量", expect=qa)
        s.value(f"D{r}", wan(q), path=f"items[{i}].qty_returned", label="实退数量", expect=q)
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(
            f"F{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="金额",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    lv(
        s,
        "A7",
        "退货原因",
        "B7",
        pick(s, "螺钉头部开裂，客户装配时断头。", "线卡卡扣断裂。"),
        "reason",
        span="F7",
    )
    lv(
        s,
        "A8",
        "处理方式",
        "B8",
        pick(s, "报废", "返工"),
        "handling",
        expect=[pick(s, "scrap", "rework")],
        span="F8",
    )
    lv(s, "A9", "仓库签收", "B9", pick(s, "梁伟健", "何丽娟"), "warehouse_receiver")
    lv(s, "C9", "审批", "D9", pick(s, "冼志明", "冼志明"), "approved_by", span="F9")


def return_zht_ampm(s: Sheet) -> None:
    """成品退貨單 exported from a Taiwanese ERP as text, its dates WITH 上午 / 下午 TIMES
    (``2026/3/18 下午 02:30``, ``2026/3/20 上午 10:05``), as Windows in Taiwan writes them."""
    s.text("A1", "成品退貨單", "F1", size=15)
    lv(s, "A2", "退貨單號", "B2", "RT-TC-2603-077", "number")
    lv(s, "C2", "開單時間", "D2", "2026/3/18 下午 02:30", "issue_date", expect="2026-03-18", span="F2")
    lv(s, "A3", "客戶", "B3", "友達光電股份有限公司", "customer")
    lv(s, "C3", "客訴單號", "D3", "AU-QA-2603-0452", "complaint_number", span="F3")
    head_row(s, 4, "ABCDEF", ("料號", "品名", "核准數量", "實退數量", "單價", "金額"))
    lines = (("TC-BLU-3301", "背光模組框", 500, 492, 12.8), ("TC-FPC-3302", "軟板", 500, 500, 3.6))
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核准數量")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="實退數量")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p), fmt="#,##0.00")
        s.value(
            f"F{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="金額",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    lv(s, "A7", "退貨原因", "B7", "框體變形，客戶組裝漏光。", "reason", span="F7")
    lv(s, "A8", "處理方式", "B8", "重工", "handling", expect=["rework"], span="F8")
    lv(s, "A9", "倉管簽收", "B9", "周雅婷", "warehouse_receiver")
    lv(s, "C9", "收貨時間", "D9", "2026/3/20 上午 10:05", "received_date", expect="2026-03-20", span="F9")
    lv(s, "A10", "主管核准", "B10", "高志偉", "approved_by")
    label(s, "C10", "列印時間")
    s.value("D10", "2026/3/20 下午 04:47", path=None, label="列印時間", span="F10")


# =============================================================================== allowance
_MESES = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)


def brl(x: float) -> str:
    """``R$ 1.234,50``: the real's sign first, a dot between the thousands, a decimal comma."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"R$ {whole.replace(',', '.')},{cents}"


def allowance_en_brazil(s: Sheet) -> None:
    """A Brazilian customer's NOTA DE CRÉDITO / CREDIT NOTE in PORTUGUESE–ENGLISH labels, dates
    ``31 de março de 2026`` (a PORTUGUESE MONTH), amounts ``R$ 1.234,50`` (the sign first), the
    buyer's CNPJ ``12.345.678/0001-90``."""
    s.text("A1", "NOTA DE CRÉDITO / CREDIT NOTE", "D1", size=14)
    lv(s, "A2", "Nº / No.", "B2", "NC-2026-0041", "number")
    lv(
        s,
        "C2",
        "Data de emissão / Issue date",
        "D2",
        "31 de março de 2026",
        "issue_date",
        expect="2026-03-31",
    )
    lv(s, "A3", "Cliente / Customer", "B3", "Bosch Ltda. — Campinas", "buyer")
    lv(s, "C3", "CNPJ", "D3", "45.990.181/0001-89", "buyer_tax_id")
    lv(s, "A4", "Nota fiscal original / Original invoice", "B4", "NF-e 000.184.552", "invoice_no")
    lv(s, "C4", "Data da NF / Invoice date", "D4", "10 de março de 2026", "invoice_date", expect="2026-03-10")
    lv(s, "A5", "Reclamação / Claim ref.", "B5", "RCL-CPS-26-0077", "complaint_number", span="D5")
    head_row(
        s, 7, "ABCD", ("Descrição / Description", "Qtd. / Qty", "Preço unit. / Unit price", "Valor / Amount")
    )
    lines = (("Sensor de rotação — rejeitado", 240, 18.4), ("Triagem / Sorting (horas)", 12, 95.0))
    net = 0.0
    for k, (name, q, p) in enumerate(lines):
        r = 8 + k
        a = round(q * p, 2)
        net += a
        s.value(f"A{r}", name, path=f"items[{k}].name", label="Descrição / Description")
        s.value(f"B{r}", q, path=f"items[{k}].qty", label="Qtd. / Qty")
        s.value(
            f"C{r}", brl(p), path=f"items[{k}].unit_price", label="Preço unit. / Unit price", expect=money(p)
        )
        s.value(f"D{r}", brl(a), path=f"items[{k}].allowance_amount", label="Valor / Amount", expect=money(a))
    tax = round(net * 0.12 + 1e-9, 2)
    for r, lab, x, path in (
        (11, "Subtotal / Net", net, "total_excl_tax"),
        (12, "ICMS 12 % / Tax 12 %", tax, "total_tax"),
        (13, "Total / Total", net + tax, "total"),
    ):
        label(s, f"A{r}", lab, f"C{r}")
        s.value(f"D{r}", brl(x), path=path, label=lab, expect=money(x))
    lv(s, "A14", "Aprovado por / Approved by", "B14", "Rafael Souza", "approved_by_manager", span="D14")


_ACCT = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)'


def allowance_zh_redacct(s: Sheet) -> None:
    """销货折让证明单 kept by accounting: the allowance amounts and taxes are NEGATIVE NUMBERS in
    the cells, shown IN PARENTHESES by Excel's ACCOUNTING FORMAT (``(1,234.00)``: no minus sign
    printed); 单价 and 数量 positive."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    lv(s, "A2", "证明单编号", "B2", pick(s, "ZR-XM-2603-08", "ZR-XM-2604-13"), "number")
    lv(
        s,
        "C2",
        "开具日期",
        "D2",
        pick(s, D(2026, 3, 30), D(2026, 4, 28)),
        "issue_date",
        span="E2",
        fmt="yyyy-mm-dd",
    )
    lv(
        s,
        "A3",
        "购买方",
        "B3",
        pick(s, "厦门宏发电声股份有限公司", "厦门ABB开关有限公司"),
        "buyer",
        span="E3",
    )
    lv(
        s,
        "A4",
        "纳税人识别号",
        "B4",
        pick(s, "913502007054011254", "91350200612003471W"),
        "buyer_tax_id",
        span="E4",
    )
    lv(s, "A5", "原发票号码", "B5", pick(s, "26352000000027734418", "26352000000031190256"), "invoice_no")
    lv(
        s,
        "C5",
        "原开票日期",
        "D5",
        pick(s, D(2026, 3, 3), D(2026, 4, 7)),
        "invoice_date",
        span="E5",
        fmt="yyyy-mm-dd",
    )
    lv(s, "A6", "客诉单号", "B6", pick(s, "HF-KS-260311", "AB-KS-260415"), "complaint_number", span="E6")
    head_row(s, 7, "ABCDE", ("货物名称", "数量", "单价", "折让金额", "税额"))
    lines = pick(s, (("继电器外壳", 5000, 0.42), ("动簧片", 5000, 0.18)), (("灭弧罩", 1200, 2.35),))
    net = tax = 0.0
    for k, (name, q, p) in enumerate(lines):
        r = 8 + k
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{k}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{k}].qty", label="数量")
        s.value(f"C{r}", p, path=f"items[{k}].unit_price", label="单价", expect=money(p), fmt="0.00")
        note = "a negative number shown in parentheses by the accounting format"
        s.value(
            f"D{r}",
            -a,
            path=f"items[{k}].allowance_amount",
            label="折让金额",
            expect=money(a),
            fmt=_ACCT,
            note=note,
        )
        s.value(f"E{r}", -t, path=f"items[{k}].tax", label="税额", expect=money(t), fmt=_ACCT, note=note)
    s.text("A10", "合计", "C10", bold=True)
    s.value("D10", -round(net, 2), path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt=_ACCT)
    s.value("E10", -round(tax, 2), path="total_tax", label="合计 税额", expect=money(tax), fmt=_ACCT)
    lv(s, "A11", "价税合计", "B11", -round(net + tax, 2), "total", expect=money(net + tax), fmt=_ACCT)
    lv(s, "C11", "经理", "D11", pick(s, "柯文龙", "柯文龙"), "approved_by_manager", span="E11")
    label(s, "A12", "总经理")
    if pick(s, True, False):
        s.box("B12", "E12")
        absent(s, "总经理", "B12", "", "approved_by_gm")
    else:
        s.value("B12", "黄振宇", path="approved_by_gm", label="总经理", span="E12")


W4 = dict(A=24, B=28, C=24, D=28)
W6 = dict(A=16, B=22, C=12, D=12, E=12, F=14)
EXCEL = [
    excel_layout(
        "complaint-en-italian",
        "complaint",
        "en",
        complaint_en_italian,
        "Reclamo",
        dict(A=34, B=28, C=32, D=28),
        "an Italian customer's Reclamo Cliente: Italian–English labels, 5 marzo 2026, 1.200 pz, 0,35 %",
        ["Tasso difetti / Defect rate"],
        copy2=True,
    ),
    excel_layout(
        "complaint-zh-condfmt",
        "complaint",
        "zh-Hans",
        complaint_zh_condfmt,
        "客诉跟踪",
        W4,
        "客户抱怨处理单 kept as a tracking sheet coloured by conditional formatting, 不良率 a percentage cell",
        ["不良率", "处理状态"],
        copy2=True,
    ),
    excel_layout(
        "complaint-en-clock",
        "complaint",
        "en",
        complaint_en_clock,
        "QN",
        W4,
        "a customer's quality notification copied into Excel: 14:30 05-Mar-26 (time first), 3500 PPM",
        ["Reject Rate", "Last Changed"],
    ),
    excel_layout(
        "8d-en-ppap",
        "8d",
        "en",
        eightd_en_ppap,
        "SCAR",
        dict(A=30, B=22, C=16, D=14, E=10, F=18),
        "a PPAP-style SCAR with the drawing revision and ECL beside the part number, 05-Mar-2026 14:30",
        ["Drawing Rev", "ECL", "Defect Rate"],
    ),
    excel_layout(
        "8d-zh-fivewhy",
        "8d",
        "zh-Hans",
        eightd_zh_fivewhy,
        "8D",
        dict(A=16, B=30, C=20, D=26),
        "8D 报告 whose D4 is a 5-Why table; the root cause is the last answered why",
        copy2=True,
    ),
    excel_layout(
        "8d-zht-fishbone",
        "8d",
        "zh-Hant",
        eightd_zht_fishbone,
        "8D",
        dict(A=18, B=30, C=20, D=22),
        "8D 報告 whose D4 is a fishbone list (人 機 料 法 環 測) judged ○ / ×",
    ),
    excel_layout(
        "return-en-polish",
        "return",
        "en",
        return_en_polish,
        "Zwrot",
        dict(A=20, B=24, C=14, D=16, E=16, F=18),
        "a Polish customer's Zwrot towaru: Polish–English labels, 5 marca 2026, 1.234,50 zł",
        copy2=True,
    ),
    excel_layout(
        "return-zh-wan",
        "return",
        "zh-Hans",
        return_zh_wan,
        "退货单",
        W6,
        "成品退货单 with round quantities typed with 万 / 千 in the value (1.2万, 5千)",
        copy2=True,
    ),
    excel_layout(
        "return-zht-ampm",
        "return",
        "zh-Hant",
        return_zht_ampm,
        "退貨單",
        W6,
        "成品退貨單 exported from a Taiwanese ERP with 上午 / 下午 date-times (2026/3/18 下午 02:30)",
        ["列印時間"],
    ),
    excel_layout(
        "allowance-en-brazil",
        "allowance",
        "en",
        allowance_en_brazil,
        "NC",
        dict(A=34, B=24, C=26, D=24),
        "a Brazilian customer's Nota de Crédito: Portuguese–English labels, 31 de março de 2026, R$ 1.234,50",
    ),
    excel_layout(
        "allowance-zh-redacct",
        "allowance",
        "zh-Hans",
        allowance_zh_redacct,
        "折让",
        dict(A=16, B=24, C=14, D=16, E=16),
        "销货折让证明单 whose amounts are negative numbers shown in parentheses by the accounting format",
        copy2=True,
    ),
]


# =============================================================================== sent as PDF only
def _watermark(path: Path, form) -> None:
    """Stamp ``受控文件 CONTROLLED COPY`` diagonally OVER the page, as a document-control system
    stamps every page it releases (a second fpdf2 page merged on top by pypdf)."""
    from make_holdout8 import CJK_FONT
    from pypdf import PdfReader, PdfWriter

    mark = FPDF(format="A4")
    mark.set_creation_date(dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
    mark.set_auto_page_break(False)
    mark.add_page()
    mark.add_font("wqy", "", CJK_FONT)
    mark.set_font("wqy", "", 54)
    mark.set_text_color(200, 200, 200)
    with mark.rotation(35, 45, 130):
        mark.text(45, 130, "受控文件")
    mark.set_font("Helvetica", "B", 30)
    with mark.rotation(35, 62, 150):
        mark.text(62, 150, "CONTROLLED COPY")
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(bytes(mark.output()))).pages[0])
    with open(path, "wb") as fh:
        writer.write(fh)


def complaint_zht_watermark(f: PdfDraw) -> None:
    """客訴處理單 released by a document-control system that stamps a diagonal ``受控文件 CONTROLLED
    COPY`` WATERMARK over the whole page (light grey, across the values)."""
    f = CjkDraw.of(f)
    f.text(85, 18, "客訴處理單", size=15)
    f.text(150, 26, "表單編號 QR-7.2-01 版次 C", size=7)
    rows = [
        (20, 36, "客訴編號", "CS-TY-2603-028", "number", None),
        (110, 36, "受理日期", "2026/03/11", "received_date", "2026-03-11"),
        (20, 46, "客戶名稱", "仁寶電腦工業股份有限公司", "customer", None),
        (20, 56, "訂單號碼", "CP-PO-771025", "order_no", None),
        (110, 56, "批號", "TY2602-15", "lot_no", None),
        (20, 66, "料號", "TY-HNG-5520", "part_no", None),
        (110, 66, "品名", "筆電轉軸", "part_name", None),
        (20, 76, "出貨數量", "8,000", "ship_qty", 8000),
        (110, 76, "不良數量", "96", "defect_qty", 96),
        (20, 90, "異常描述", "轉軸扭力偏低，螢幕無法定位於 110°。", "description", None),
        (20, 104, "客戶要求", "換貨", "customer_request", ["replacement"]),
        (20, 118, "暫時對策", "庫存 2,500 件全測扭力。", "short_term_action", None),
        (20, 140, "填表人", "李淑芬", "reporter", None),
        (110, 140, "業務主管", "王俊傑", "sales_supervisor", None),
    ]
    for x, y, lab, raw, path, exp in rows:
        f.text(x, y, lab + "：")
        f.value(x + 22, y, raw, path=path, label=lab, expect=exp)
    for y in (40, 50, 60, 70, 80, 94, 108, 122, 144):
        f.pdf.line(18, y, 192, y)
    f.text(110, 152, "結案日期：")
    pdf_absent(f, "結案日期", "p1!132,152", "", "closed_date")
    f.text(20, 285, "本表為內部文件，不得影印送客戶", size=7)


def _sdt(par, tag: str, checkbox: bool | None = None) -> None:
    """Wrap the runs of a paragraph in a Word CONTENT CONTROL (``w:sdt``: a plain-text box or, with
    ``checkbox``, a check box), as a form built from Word's Developer tab holds its values."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    pr = f'<w:sdtPr {nsdecls("w")} {w14}><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
    if checkbox is not None:
        pr += (
            f'<w14:checkbox><w14:checked w14:val="{int(checkbox)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        )
    elif not any(r.text for r in par.runs) or par.text == "Click or tap here to enter text.":
        pr += "<w:showingPlcHdr/><w:text/>"
    else:
        pr += "<w:text/>"
    pr += "</w:sdtPr>"
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}>{pr}<w:sdtContent/></w:sdt>")
    content = sdt[1]
    runs = list(par._p.r_lst)
    if runs:
        runs[0].addprevious(sdt)
    else:
        par._p.append(sdt)
    for r in runs:
        content.append(r)


_PLACEHOLDER = "Click or tap here to enter text."


def eightd_en_docx_sdt(f: DocForm) -> None:
    """An 8D made in Word from the Developer tab: every value in a CONTENT CONTROL (``w:sdt``), one
    left showing Word's PLACEHOLDER ``Click or tap here to enter text.`` (Approved by: nothing
    typed), check boxes ``☒ Yes ☐ No``, the team's names one to a paragraph with space after each."""
    from docx.shared import Pt

    f.heading("8D PROBLEM SOLVING REPORT", 15)
    f.heading("Form QP-10.2-F02 Rev B — fill in the grey boxes", 8)
    head = [
        ("8D No.", "8D-WX-26-0064", "number", None),
        ("Customer", "ZF Automotive Components (Shanghai)", "customer", None),
        ("Complaint No.", "ZF-QN-2603-2281", "complaint_number", None),
        ("Part No.", "WX-VLV-4471", "part_no", None),
        ("Date Opened", "March 12, 2026", "opened_date", "2026-03-12"),
        ("Qty Affected", "640", "problem.qty_complained", 640),
    ]
    t = f.table(3, 4, [30, 60, 30, 60])
    for i, (lab, raw, path, exp) in enumerate(head):
        r, c = divmod(i, 2)
        f.put(t, r, 2 * c, lab, shade=True)
        f.value(t, r, 2 * c + 1, raw, path=path, label=lab, expect=exp, blank_text=_PLACEHOLDER)
        _sdt(t.cell(r, 2 * c + 1).paragraphs[0], lab)
    steps = [
        ("D1 Team", None, None, None),
        (
            "D2 Problem Description",
            "Solenoid valve leaks at 6 bar on 640 pcs (customer EOL).",
            "problem.statement",
            None,
        ),
        (
            "D3 Containment",
            "Leak test 100 % on 9,200 pcs in stock and at the hub.",
            "containment[0].action",
            None,
        ),
        (
            "D4 Root Cause",
            "O-ring groove depth over tolerance after tool wear.",
            "root_cause[type=occurrence].cause",
            None,
        ),
        (
            "D4 Escape Point",
            "Leak test pressure set at 4 bar, not 6 bar.",
            "root_cause[type=escape].cause",
            None,
        ),
        (
            "D5 Corrective Action",
            "Groove depth SPC with tool change at 30,000 shots.",
            "corrective_actions[0].action",
            None,
        ),
        ("D6 Validation", "No leak in 5 lots (38,000 pcs) at 6 bar.", "implementation[0].result", None),
        (
            "D7 Prevention",
            "Test pressure aligned on all 4 valve lines.",
            "prevention.horizontal_deployment",
            None,
        ),
        ("D8 Closed", "April 24, 2026", "closure.closed_date", "2026-04-24"),
        ("D8 Approved by", "", None, None),
    ]
    t2 = f.table(len(steps) + 1, 2, [45, 135])
    for i, (lab, raw, path, exp) in enumerate(steps):
        f.put(t2, i, 0, lab, shade=True)
        cell = t2.cell(i, 1)
        if lab == "D1 Team":
            names = ["Chen Jie (Leader)", "Sun Hao", "Laura Schmidt"]
            if f.blank:
                cell.paragraphs[0].text = _PLACEHOLDER
                _sdt(cell.paragraphs[0], "Team")
            else:
                for k, n in enumerate(names):
                    par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    par.text = n
                    par.paragraph_format.space_after = Pt(6)
                    _sdt(par, f"Team{k + 1}")
                for n in ("Chen Jie", "Sun Hao", "Laura Schmidt"):
                    f.fields.append(
                        {
                            "label": "D1 Team",
                            "cell": f"T2!R{i + 1}C2",
                            "value": n,
                            "path": "team[*].name",
                            "expect": n,
                        }
                    )
            continue
        if lab == "D8 Approved by":
            cell.paragraphs[0].text = _PLACEHOLDER
            _sdt(cell.paragraphs[0], "Approver")
            if not f.blank:
                f.__dict__.setdefault("absent", []).append(
                    {
                        "label": lab,
                        "cell": f"T2!R{i + 1}C2",
                        "value": _PLACEHOLDER,
                        "path": "closure.approved_by",
                    }
                )
            continue
        f.value(t2, i, 1, raw, path=path, label=lab, expect=exp, blank_text=_PLACEHOLDER)
        _sdt(cell.paragraphs[0], lab)
    r = len(steps)
    f.put(t2, r, 0, "Customer accepted", shade=True)
    par = t2.cell(r, 1).paragraphs[0]
    par.text = ""
    box = par.add_run("☒" if not f.blank else "☐")
    _sdt_checkbox_run(par, box, not f.blank)
    par.add_run(" Yes   ")
    par.add_run("☐")
    par.add_run(" No")
    if not f.blank:
        f.fields.append(
            {
                "label": "Customer accepted",
                "cell": f"T2!R{r + 1}C2",
                "value": "☒ Yes ☐ No",
                "path": "closure.customer_accepted",
                "expect": True,
            }
        )


def _sdt_checkbox_run(par, run, checked: bool) -> None:
    """Put one run (the box) in a check-box content control, the words after it outside."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")} {w14}><w:sdtPr><w:alias w:val="Accepted"/><w:tag w:val="Accepted"/>'
        f'<w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        "<w:sdtContent/></w:sdt>"
    )
    run._r.addprevious(sdt)
    sdt[1].append(run._r)


_AYLAR = (
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
)


def try_(x: float) -> str:
    """``1.234,50 TL``: a dot between the thousands, a decimal comma, the lira after."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents} TL"


_CSS = portal_css("#eef2e4")


def return_en_turkish(f: HtmlForm) -> str:
    """A Turkish customer's portal İADE FORMU / RETURN FORM printed by Chromium: TURKISH–ENGLISH
    labels, dates with a TURKISH MONTH (``05 Mart 2026``), quantities ``2.500 adet`` and prices
    ``1.234,50 TL`` (dots between the thousands, a decimal comma)."""
    f.raw("<h2>İADE FORMU / RETURN FORM</h2>")
    d = pick(f, D(2026, 3, 5), D(2026, 4, 16))
    rd = pick(f, D(2026, 3, 9), D(2026, 4, 20))

    def date(x: dt.date) -> str:
        return f"{x.day:02d} {_AYLAR[x.month - 1]} {x.year}"

    f.raw("<table>")
    kv_rows(f, (
        ("İade No / Return No.", pick(f, "IAD-2026-00318", "IAD-2026-00455"), "number", None),
        ("Tarih / Date", date(d), "issue_date", d.isoformat()),
        (
            "Müşteri / Customer",
            pick(f, "Tofaş Türk Otomobil Fabrikası A.Ş.", "Ford Otosan A.Ş."),
            "customer",
            None,
        ),
        ("Şikayet No / Complaint No.", pick(f, "TF-SK-26-0092", "FO-SK-26-0147"), "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table><table><tr>")
    heads = (
        "Parça No / Part No.",
        "Parça Adı / Part Name",
        "Onaylanan / Approved",
        "İade / Returned",
        "Birim Fiyat / Unit Price",
        "Tutar / Amount",
    )
    f.raw("".join(f"<th>{h}</th>" for h in heads) + "</tr>")
    lines = pick(
        f,
        [
            ("TF-GSK-2201", "Conta / Gasket", 2500, 2500, 0.62),
            ("TF-BLT-2202", "Cıvata / Bolt", 1200, 1188, 1.05),
        ],
        [("FO-BRK-3310", "Braket / Bracket", 4000, 3960, 3.4)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (
            (code, f"items[{i}].part_no", None, heads[0]),
            (name, f"items[{i}].part_name", None, heads[1]),
            (f"{qa:,} adet".replace(",", "."), f"items[{i}].qty_approved", qa, heads[2]),
            (f"{q:,} adet".replace(",", "."), f"items[{i}].qty_returned", q, heads[3]),
            (try_(p), f"items[{i}].unit_price", money(p), heads[4]),
            (try_(q * p), f"items[{i}].amount", money(q * p), heads[5]),
        )
        f.raw(
            "<tr>"
            + "".join(f"<td>{f.val(raw, path=path, label=h, expect=exp)}</td>" for raw, path, exp, h in cells)
            + "</tr>"
        )
    f.raw("</table><table>")
    kv_rows(f, (
        (
            "İade Nedeni / Reason",
            pick(f, "Sızdırmazlık testi başarısız (leak test failed).", "Kaynak çatlağı (weld crack)."),
            "reason",
            None,
        ),
        (
            "İşlem / Handling",
            pick(f, "Hurda / Scrap", "Yeniden işleme / Rework"),
            "handling",
            [pick(f, "scrap", "rework")],
        ),
        ("Teslim Alan / Received by", pick(f, "Mehmet Yılmaz", "Ayşe Demir"), "warehouse_receiver", None),
        ("Teslim Tarihi / Received Date", date(rd), "received_date", rd.isoformat()),
        ("Onaylayan / Approved by", pick(f, "Emre Kaya", "Emre Kaya"), "approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    f.raw(
        '<p class="note">Bu belge tedarikçi portalından yazdırılmıştır / printed from the supplier portal.</p>'
    )
    return f.page("Iade Formu", _CSS)


_CSS_WM = (
    _CSS + ".wm{position:fixed;top:38%;left:6%;font-size:64pt;color:rgba(0,0,0,.09);"
    "transform:rotate(-32deg);z-index:-1;white-space:nowrap}"
)


def allowance_zht_webmark(f: HtmlForm) -> str:
    """營業人銷貨折讓證明單 shown by a customer's web system and printed by Chromium with a
    ``機密 CONFIDENTIAL`` WATERMARK laid diagonally BEHIND the text (a fixed, rotated, pale block)."""
    f.raw('<div class="wm">機密 CONFIDENTIAL</div>')
    f.raw("<h2>營業人銷貨折讓證明單</h2>")
    f.raw("<table>")
    kv_rows(f, (
        ("折讓單號", "ZR-HS-2603-21", "number", None),
        ("開立日期", "115/03/31", "issue_date", "2026-03-31"),
        ("買受人", "英業達股份有限公司", "buyer", None),
        ("統一編號", "22099131", "buyer_tax_id", None),
        ("原發票號碼", "HS-40917265", "invoice_no", None),
        ("發票日期", "115/03/04", "invoice_date", "2026-03-04"),
        ("客訴單號", "IV-QC-26-0233", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table><table><tr><th>品名</th><th>數量</th><th>單價</th><th>金額</th><th>營業稅額</th></tr>")
    lines = (("伺服器導風罩", 400, 35.0), ("導風罩固定扣", 400, 2.5))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        a, t = round(q * p, 2), float(int(q * p * 0.05 + 0.5))
        net, tax = net + a, tax + t
        cells = (
            (name, f"items[{i}].name", None, "品名"),
            (f"{q:,}", f"items[{i}].qty", q, "數量"),
            (f"{p:,.2f}", f"items[{i}].unit_price", money(p), "單價"),
            (f"{a:,.0f}", f"items[{i}].allowance_amount", money(a), "金額"),
            (f"{t:,.0f}", f"items[{i}].tax", money(t), "營業稅額"),
        )
        f.raw(
            "<tr>"
            + "".join(f"<td>{f.val(raw, path=path, label=h, expect=exp)}</td>" for raw, path, exp, h in cells)
            + "</tr>"
        )
    f.raw(
        f"<tr><th colspan=3>合計</th><td>{f.val(f'{net:,.0f}', path='total_excl_tax', label='合計 金額', expect=money(net))}</td>"
        f"<td>{f.val(f'{tax:,.0f}', path='total_tax', label='合計 營業稅額', expect=money(tax))}</td></tr>"
    )
    f.raw("</table><table>")
    f.raw(
        f"<tr><th>總計</th><td>{f.val(f'NT$ {net + tax:,.0f}', path='total', label='總計', expect=money(net + tax))}</td></tr>"
    )
    f.raw(f"<tr><th>經理</th><td>{f.val('洪振源', path='approved_by_manager', label='經理')}</td></tr>")
    f.raw("</table>")
    f.raw('<p class="note">本證明單由系統產生，列印僅供參考。</p>')
    return f.page("銷貨折讓證明單", _CSS_WM)


SENT_AS_PDF = [
    dict(
        id="complaint-zht-watermark",
        kind="complaint",
        language="zh-Hant",
        medium="fpdf",
        draw=complaint_zht_watermark,
        after_print=_watermark,
        imitates="客訴處理單 stamped with a diagonal 受控文件 CONTROLLED COPY watermark over the page (pypdf)",
        unmapped=[],
    ),
    dict(
        id="8d-en-docx-sdt",
        kind="8d",
        language="en",
        medium="docx",
        draw=eightd_en_docx_sdt,
        imitates="an 8D made in Word with content controls (a placeholder left, ☒ check boxes), printed by LibreOffice",
        unmapped=[],
    ),
    dict(
        id="return-en-turkish",
        kind="return",
        language="en",
        medium="html",
        draw=return_en_turkish,
        copy2=True,
        imitates="a Turkish customer's portal İade Formu: Turkish–English labels, 05 Mart 2026, 2.500 adet, 1.234,50 TL",
        unmapped=[],
    ),
    dict(
        id="allowance-zht-webmark",
        kind="allowance",
        language="zh-Hant",
        medium="html",
        draw=allowance_zht_webmark,
        imitates="營業人銷貨折讓證明單 printed from a web system with a 機密 CONFIDENTIAL watermark behind the text",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "8d-xps.pdf": "an 8D printed with the Microsoft XPS Document Writer and saved under a .pdf name (an XPS package: a zip of FixedDocumentSequence and page XAML, not a PDF); a clear error, never a record",
    "complaint-mail.eml": "a complaint e-mail saved from the mail program (.eml, MIME) with the filled workbook attached in base64; a clear error, never a record",
}


def _xps() -> bytes:
    page = (
        '<FixedPage xmlns="http://schemas.microsoft.com/xps/2005/06" Width="793.76" Height="1122.56" xml:lang="en-US">'
        '<Glyphs Fill="#ff000000" FontRenderingEmSize="16" OriginX="96" OriginY="96" '
        'UnicodeString="8D REPORT 8D-WX-26-0071" FontUri="/Resources/arial.ttf"/>'
        '<Glyphs Fill="#ff000000" FontRenderingEmSize="12" OriginX="96" OriginY="130" '
        'UnicodeString="Customer: ZF Automotive Components (Shanghai)" FontUri="/Resources/arial.ttf"/>'
        "</FixedPage>"
    )
    return zip_bytes(
        {
            "[Content_Types].xml": (
                b'<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                b'<Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-fixeddocumentsequence+xml"/>'
                b'<Default Extension="fdoc" ContentType="application/vnd.ms-package.xps-fixeddocument+xml"/>'
                b'<Default Extension="fpage" ContentType="application/vnd.ms-package.xps-fixedpage+xml"/>'
                b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
            ),
            "_rels/.rels": (
                b'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                b'<Relationship Type="http://schemas.microsoft.com/xps/2005/06/fixedrepresentation" '
                b'Target="/FixedDocSeq.fdseq" Id="R0"/></Relationships>'
            ),
            "FixedDocSeq.fdseq": (
                b'<FixedDocumentSequence xmlns="http://schemas.microsoft.com/xps/2005/06">'
                b'<DocumentReference Source="/Documents/1/FixedDoc.fdoc"/></FixedDocumentSequence>'
            ),
            "Documents/1/FixedDoc.fdoc": (
                b'<FixedDocument xmlns="http://schemas.microsoft.com/xps/2005/06">'
                b'<PageContent Source="/Documents/1/Pages/1.fpage"/></FixedDocument>'
            ),
            "Documents/1/Pages/1.fpage": page.encode(),
        }
    )


def _eml(out: Path) -> bytes:
    book = (out / "filled" / "complaint-zh-condfmt.xlsx").read_bytes()
    body = base64.encodebytes(book).decode("ascii").replace("\n", "\r\n")
    text = (
        base64.encodebytes("张经理：\n附件为本次客诉处理单，请查收。\n罗文静".encode())
        .decode("ascii")
        .replace("\n", "\r\n")
    )
    return (
        "From: =?UTF-8?B?572X5paH6Z2Z?= <luowj@example.cn>\r\n"
        "To: qa@example.cn\r\n"
        "Subject: =?UTF-8?B?5a6i5oi35oqx5oCo5aSE55CG5Y2VIEtCLVNaLTI2MDMtMDQx?=\r\n"
        "Date: Fri, 06 Mar 2026 10:12:00 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="----=_Part_0_20260306"\r\n\r\n'
        "------=_Part_0_20260306\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"{text}\r\n"
        "------=_Part_0_20260306\r\n"
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="KB-SZ-2603-041.xlsx"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="KB-SZ-2603-041.xlsx"\r\n\r\n'
        f"{body}\r\n"
        "------=_Part_0_20260306--\r\n"
    ).encode("ascii")


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "8d-xps.pdf").write_bytes(_xps())
    (odd / "complaint-mail.eml").write_bytes(_eml(out))


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    if FPDF is None:
        print("fpdf2 is not installed: the PDFs sent alone are kept as committed")
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "nineteenth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
