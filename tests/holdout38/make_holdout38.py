"""Write the thirty-eighth held-out set (run: ``python tests/holdout38/make_holdout38.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for FORMS THAT COME OUT OF
SYSTEMS, not drawn by hand: a 用友-like 销售退货单 PRINT TEMPLATE (单据编号 / 单据日期 / 客户 ``[C0012] 华东…`` / 部门 /
业务员, a lines grid 存货编码 / 存货名称 / 规格型号 / 主计量 / 数量 / 含税单价 / 价税合计 with EMPTY SYSTEM COLUMNS, a footer
制单人 / 审核人 / 打印日期 with a DATETIME STAMP and the PRINTER), a 金蝶-like 銷貨退回單 with Y/N and X flags, an
SAP-QM-like QUALITY NOTIFICATION EXPORTED TO EXCEL one field a row (``Notification | 200001234``, ``Notif. date``
``2026-03-05 14:32:10``, ``Sold-to party (KUNNR)``), a CRM TICKET EXPORT (one ticket a row under column captions), a
QMS 8D export whose WORKBOOK HAS A HEADER SHEET AND A STEPS SHEET, an 8D 报告 exported with SYSTEM FIELD CODES in its
captions (``客户(KUNNR)``), an 8D 報告 export with X flags per step, an e-invoice platform's 红字发票信息表 print
(销售方 / 购买方 blocks, ``红字发票信息表编号``), an SAP-like credit memo print with NUMBERS AS TEXT; sent as PDF only:
a supplier portal's SCAR / 8D PRINTED FROM A BROWSER (the URL and ``Page 1 of 2`` in a header and footer, captions
above boxes; Chromium), a CRM case printed (Chromium), a 金蝶-like 销售退货单 print with the printer's name (Chromium),
an e-invoice platform's 折讓證明單 (Chromium), an SAP-like 品質通知單 print (fpdf2), a WMS return receipt (fpdf2).
``odd/`` holds a CRM export with TWO TICKETS in two rows and a return print whose TOTAL DISAGREES WITH ITS LINES.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Each run
writes the same xlsx and json bytes; printing the PDFs needs ``soffice``, Chromium and fpdf2 (``--no-pdf``
keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [] if str(HERE.parent) in sys.path else [str(HERE.parent)]  # the kit: tests/holdout_kit.py
import holdout_kit as kit  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

dt, D = kit.dt, kit.dt.date
SOURCE = {"source": "tests/holdout38/make_holdout38.py", "origin": "thirty-eighth held-out imitation"}


def stamp(d: dt.date, hms: str = "14:32:10") -> tuple[str, str]:
    """A system's datetime stamp (``2026-03-05 14:32:10``) and the date the record holds."""
    return f"{d.isoformat()} {hms}", d.isoformat()


def coded(code: str, name: str) -> tuple[str, str]:
    """A master-data code in brackets before the name (``[C0012] 华东精密``) and the name the record holds."""
    return f"[{code}] {name}", name


def text_num(x: float, places: int = 0) -> tuple[str, object]:
    """A number exported as text with thousands separators (``12,000``, ``3,600.00``) and what the record holds."""
    return f"{x:,.{places}f}", (kit.money(x) if places else int(x))


def grid(s: kit.Sheet, row: int, cols: str, heads, lines) -> None:
    """A system's lines grid: ``heads`` across ``cols`` on ``row`` (a heading None: an empty system column, its
    caption printed), then ``lines``: each a tuple of ``(typed, path, expect)`` cells (None: the cell left empty)."""
    kit.head_row(s, row, cols, [h for h, _ in heads])
    for i, line in enumerate(lines):
        for col, (head, _), cell in zip(cols, heads, line):
            if cell is None:
                s.box(f"{col}{row + 1 + i}")
                continue
            raw, path, exp = cell
            s.value(f"{col}{row + 1 + i}", raw, path=path and f"items[{i}].{path}", label=head, expect=exp)


def rows_export(s: kit.Sheet, first: int, rows, extra_cols: str = "CD") -> int:
    """A system's export one field a row: caption in A, value in B, the unit / changed-on columns after it left
    empty (``extra_cols``: boxed); ``(caption, typed, path, expect)`` rows; returns the row after the last."""
    for k, (lab, raw, path, exp) in enumerate(rows):
        r = first + k
        s.text(f"A{r}", lab)
        s.value(f"B{r}", raw, path=path, label=lab, expect=exp)
        for col in extra_cols:
            s.box(f"{col}{r}")
    return first + len(rows)


# =============================================================================== return
def return_zh_u8(s: kit.Sheet) -> None:
    """A 用友-like 销售退货单 PRINT TEMPLATE: a header block, a lines grid with EMPTY SYSTEM COLUMNS (批号, 自由项),
    quantities and amounts as TEXT with thousands separators, a footer 制单人 / 审核人 / 打印日期 (a datetime stamp that
    is no form date) and the printer's name."""
    s.text("A1", "销售退货单", "I1", size=15)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("单据编号", "单据日期", "客户", "部门", "业务员", "来源单号"),
        (kit.pick(s, "XSTH-2603-00042", "XSTH-2604-00118"), (d.isoformat(), d.isoformat()),
         kit.pick(s, coded("C0012", "华东精密模具有限公司"), coded("C0147", "苏州汇川联合动力系统有限公司")),
         "销售二部", kit.pick(s, "黄志明", "黄志明"), kit.pick(s, "KS-HD-260302", "KS-HC-260411")),
        ("number", "issue_date", "customer", None, None, "complaint_number"),
    ), cols=("AB", "EF"), span="I")  # fmt: skip
    heads = (("存货编码", "part_no"), ("存货名称", "part_name"), ("规格型号", None), ("批号", None),
             ("主计量", None), ("数量", "qty_returned"), ("含税单价", "unit_price"), ("价税合计", "amount"),
             ("自由项", None))  # fmt: skip
    lines = kit.pick(s, (("01.03.0012", "冲压支架", "SPCC t1.2", 1200, 3.85), ("01.05.0231", "弹簧垫片", "Φ8", 5000, 0.12)),
                     (("02.11.0087", "电机端盖", "ADC12", 860, 14.6),))  # fmt: skip
    cells = []
    for code, name, spec, q, p in lines:
        qt, qe = text_num(q)
        cells.append(((code, "part_no", None), (name, "part_name", None), (spec, None, None), None, ("PCS", None, None),
                      (qt, "qty_returned", qe), (f"{p:,.4f}", "unit_price", kit.money(p)),
                      (*text_num(round(q * p, 2), 2)[:1], "amount", kit.money(q * p)), None))  # fmt: skip
    grid(s, 5, "ABCDEFGHI", heads, cells)
    r = 6 + len(lines)
    kit.lv(
        s,
        f"A{r}",
        "退货原因",
        f"B{r}",
        kit.pick(s, "支架孔位偏移，垫片毛刺。", "端盖砂眼漏气。"),
        "reason",
        span=f"I{r}",
    )
    kit.lv(s, f"A{r + 1}", "备注", f"B{r + 1}", kit.pick(s, "退回返工", "退回报废"), None, span=f"I{r + 1}")
    foot = r + 3
    kit.lv(s, f"A{foot}", "制单人", f"B{foot}", "孙丽", None)
    kit.lv(s, f"C{foot}", "审核人", f"D{foot}", kit.pick(s, "王建国", "王建国"), "approved_by")
    kit.lv(
        s,
        f"E{foot}",
        "打印日期",
        f"F{foot}",
        kit.pick(s, "2026-03-09 09:15:42", "2026-04-20 16:03:27"),
        None,
        span=f"G{foot}",
    )
    kit.lv(s, f"H{foot}", "打印机", f"I{foot}", "HP LaserJet M403 (仓库)", None)


def return_zht_kingdee(s: kit.Sheet) -> None:
    """A 金蝶-like 銷貨退回單 from our own ERP: codes in brackets before names, a 質檢 ``Y/N`` column and an ``X`` in a
    急件 flag, the quantities as text, 製單時間 a datetime stamp (no form date)."""
    s.text("A1", "銷貨退回單", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("單據編號", "單據日期", "客戶", "客訴單號", "倉庫", "急件"),
        ("SR-2603-000517", ("2026/03/12", "2026-03-12"), coded("TW0038", "廣明光電股份有限公司"), "QM-KS-260309",
         "[W02] 成品倉", "X"),
        ("number", "issue_date", "customer", "complaint_number", None, None),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = (("品號", "part_no"), ("品名", "part_name"), ("單位", None), ("核准數量", "qty_approved"),
             ("退回數量", "qty_returned"), ("質檢(Y/N)", None), ("單價", "unit_price"), ("金額", "amount"))  # fmt: skip
    lines = (
        ("P-LCM-0715", "背光模組", 2400, 2400, "Y", 46.5),
        ("P-FPC-0233", "軟板排線", 6000, 5880, "N", 3.2),
    )
    cells = []
    for code, name, qa, q, flag, p in lines:
        cells.append(((code, "part_no", None), (name, "part_name", None), ("PCS", None, None),
                      (*text_num(qa)[:1], "qty_approved", qa), (*text_num(q)[:1], "qty_returned", q),
                      (flag, None, None), (f"{p:.2f}", "unit_price", kit.money(p)),
                      (f"{q * p:,.2f}", "amount", kit.money(q * p))))  # fmt: skip
    grid(s, 5, "ABCDEFGH", heads, cells)
    kit.lv(s, "A8", "退回原因", "B8", "背光亮度不均，排線折痕。", "reason", span="H8")
    kit.lv(s, "A9", "處理方式", "B9", ("重工後重新出貨"), "handling", expect=["rework"], span="H9")
    kit.lv(s, "A11", "倉管", "B11", "[E1043] 葉美玲", "warehouse_receiver", expect="葉美玲")
    kit.lv(s, "C11", "核准", "D11", "[E0021] 鄭國棟", "approved_by", expect="鄭國棟")
    kit.lv(s, "E11", "製單時間", "F11", "2026-03-12 10:47:55", None, span="H11")


# =============================================================================== complaint
def complaint_en_sapqm(s: kit.Sheet) -> None:
    """An SAP-QM-like QUALITY NOTIFICATION EXPORTED TO EXCEL one field a row: ``Notification | 200001234``, the
    notification date a DATETIME cell (``yyyy-mm-dd hh:mm:ss``), captions with a FIELD CODE (``Sold-to party
    (KUNNR)``), the customer ``[100234] Name``, counts as text, an ``X`` flag, the Unit / Changed on columns empty."""
    s.text("A1", "Field", bold=True)
    s.text("B1", "Value", bold=True)
    s.text("C1", "Unit", bold=True)
    s.text("D1", "Changed on", bold=True)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 21))
    ship, dq = kit.pick(s, (12000, 45), (4800, 310))
    rows = kit.field_rows(
        ("Notification", "Notif. type", "Notif. date", "Sold-to party (KUNNR)", "Purchase order (BSTNK)",
         "Material (MATNR)", "Material description", "Batch (CHARG)", "Ref. quantity", "Defect qty (ext.)",
         "Description", "Immediate action", "Complaint against supplier", "Reported by", "Coordinator"),
        (kit.pick(s, "200001234", "200001377"), "Q1",
         (dt.datetime(d.year, d.month, d.day, 14, 32, 10), d.isoformat()),
         kit.pick(s, coded("100234", "Midwest Axle Components LLC"), coded("100871", "Great Lakes Seating Inc.")),
         kit.pick(s, "4500218834", "4500231107"), kit.pick(s, "MX-BSH-2210", "GL-CLP-0457"),
         kit.pick(s, "Rubber bushing 32 mm", "Wire harness clip"), kit.pick(s, "L2602-118", "L2604-031"),
         text_num(ship), (str(dq), dq), kit.pick(s, "Bushings split at press-in.", "Clips break at insertion."),
         kit.pick(s, "Stock of 3,600 pcs blocked.", "Lot on hold at the dock."), "X", ("CHENHAO (Chen Hao)", "Chen Hao"),
         kit.pick(s, "Mike Brennan", "Laura Kowalski")),
        ("number", None, "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", "description", "short_term_action", None, "reporter", "sales_supervisor"),
    )  # fmt: skip
    for k, (lab, raw, path, exp) in enumerate(rows):
        r = 2 + k
        s.text(f"A{r}", lab)
        fmt = "yyyy-mm-dd hh:mm:ss" if isinstance(raw, dt.datetime) else None
        shown = f"{raw:%Y-%m-%d %H:%M:%S} (date-time cell)" if isinstance(raw, dt.datetime) else None
        s.value(f"B{r}", raw, path=path, label=lab, expect=exp, fmt=fmt, shown=shown)
        s.value(
            f"C{r}", "PC" if lab in ("Ref. quantity", "Defect qty (ext.)") else "", path=None, label="Unit"
        )
        s.box(f"D{r}")


def complaint_zh_crm(s: kit.Sheet) -> None:
    """A CRM TICKET EXPORT: the captions across row 1, the ticket's values in row 2 (one ticket), a creation
    DATETIME stamp, the customer ``[C0012] 名称``, counts as text, ``Y/N`` flags, empty system columns (SLA 到期,
    关闭时间) between the filled ones."""
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 8))
    ship, dq = kit.pick(s, (20000, 360), (8000, 96))
    cols = kit.field_rows(
        ("工单编号", "工单类型", "创建时间", "客户", "紧急(Y/N)", "订单号", "产品编码", "产品名称", "批次号", "发货数量",
         "不良数量", "问题描述", "客户诉求", "SLA到期", "处理人", "客户经理", "状态", "关闭时间"),
        (kit.pick(s, "CS20260305-0042", "CS20260408-0117"), "质量投诉", stamp(d),
         kit.pick(s, coded("C0012", "华东精密模具有限公司"), coded("C0231", "宁波舜宇车载光学技术有限公司")), "Y",
         kit.pick(s, "SO-2602-1183", "SO-2603-0472"), kit.pick(s, "HD-SPR-0412", "SY-RNG-2208"),
         kit.pick(s, "压缩弹簧", "镜筒压圈"), kit.pick(s, "B260226-02", "B260330-01"), text_num(ship), text_num(dq),
         kit.pick(s, "弹簧自由长度偏短 0.5mm。", "压圈螺纹卡滞。"), kit.pick(s, ("退货", ["return"]), ("换货", ["replacement"])),
         None, ("[U0086] 陈晓东", "陈晓东"), kit.pick(s, ("[U0012] 刘海波", "刘海波"), ("[U0019] 许婷", "许婷")), "处理中", None),
        ("number", None, "received_date", "customer", None, "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", "description", "customer_request", None, "reporter", "sales_supervisor", None, None),
    )  # fmt: skip
    letters = [get_column_letter(k + 1) for k in range(len(cols))]
    for col, (lab, raw, path, exp) in zip(letters, cols):
        s.text(f"{col}1", lab, bold=True, shade=True)
        if raw is None:
            s.box(f"{col}2")
            continue
        s.value(f"{col}2", raw, path=path, label=lab, expect=exp)


# =============================================================================== 8D
def eightd_en_qms(s: kit.Sheet) -> None:
    """A QMS 8D EXPORT whose WORKBOOK HAS A HEADER SHEET AND A STEPS SHEET: ``Header`` one field a row (a creation
    datetime stamp, the customer ``[C0012] Name``), ``Actions`` a row a step (Step | Type | Description | Owner |
    Done (X) | Closed on)."""
    d = kit.pick(s, D(2026, 3, 5), D(2026, 5, 12))
    rows = kit.field_rows(
        ("8D ID", "Created", "Customer", "Customer complaint ref.", "Part", "Qty complained", "Team"),
        (kit.pick(s, "8D-000318", "8D-000402"), stamp(d, "09:12:44"),
         kit.pick(s, coded("C0012", "Dearborn Stamping Co."), coded("C0077", "Flat Rock Trim LLC")),
         kit.pick(s, "DSC-QR-26-0211", "FRT-QR-26-0389"), kit.pick(s, "FD-BRK-7730", "FD-HNG-2214"),
         kit.pick(s, text_num(2400), text_num(640)), ""),
        (*kit.EIGHTD_HEAD_PATHS, None),
    )  # fmt: skip
    team = kit.pick(s, ("Tom Walsh", "Liu Yang", "Sandra Ortiz"), ("Tom Walsh", "Kevin Nguyen"))
    rows_export(s, 2, rows[:-1])
    kit.team_cell(s, "A9", "Team", "B9", team, sep="; ")
    s.text("A1", "8D header (export)", "D1", size=12)
    texts = kit.pick(s, ("Bracket holes off position by 0.8 mm.", "100 % gauge check at our dock.",
                         "Pierce punch worn beyond limit.", "Hole position not in the final audit.",
                         "Punch changed every 80,000 hits.", "5 lots gauged, 0 defects.",
                         "Punch life added to the PFMEA."),
                     ("Hinge pins loose.", "Push-out test of all stock.", "Riveting force too low.",
                      "No push-out test at the end of line.", "Force monitor on the press.",
                      "3 lots pass push-out test.", "Force monitor on all riveting presses."))  # fmt: skip
    steps = kit.eightd_steps(("D2", "D3", "D4", "D4", "D5", "D6", "D7"), texts)
    types = ("Problem", "Containment", "Root cause - occurrence", "Root cause - escape", "Corrective action",
             "Verification", "Prevention")  # fmt: skip
    with kit.on(s, "Actions", widths=dict(A=8, B=24, C=46, D=16, E=10, F=20)):
        kit.head_row(s, 1, "ABCDEF", ("Step", "Type", "Description", "Owner", "Done (X)", "Closed on"))
        for i, ((step, text, path), typ) in enumerate(zip(steps, types)):
            r = 2 + i
            s.text(f"A{r}", step)
            s.text(f"B{r}", typ)
            s.value(f"C{r}", text, path=path, label=f"{step} {typ}")
            s.value(f"D{r}", kit.pick(s, "T. Walsh", "K. Nguyen"), path=None, label="Owner")
            s.value(f"E{r}", "X", path=None, label="Done (X)")
            s.value(f"F{r}", f"{d + dt.timedelta(days=3 + 4 * i)} 17:0{i}:00", path=None, label="Closed on")
        r = 10
        s.text(f"A{r}", "D8")
        s.text(f"B{r}", "Closure")
        s.value(
            f"C{r}", kit.pick(s, "Approved – R. Dawson", "Approved – J. Cole"), path=None, label="D8 Closure"
        )
        s.value(
            f"D{r}", kit.pick(s, "Rick Dawson", "Janet Cole"), path="closure.approved_by", label="D8 Owner"
        )
        s.value(f"E{r}", "X", path=None, label="Done (X)")
        close = d + dt.timedelta(days=33)
        s.value(
            f"F{r}",
            f"{close} 11:20:05",
            path="closure.closed_date",
            label="D8 Closed on",
            expect=close.isoformat(),
        )


def eightd_zh_fieldcode(s: kit.Sheet) -> None:
    """An 8D 报告 exported from a QMS whose captions carry the SYSTEM'S FIELD CODE (``客户(KUNNR)``, ``D3 临时措施
    (ZD3_ACT)``), a creation datetime stamp, an empty system column C between label and value."""
    s.text("A1", "8D 报告（系统导出）", "D1", size=14)
    rows = kit.field_rows(
        ("报告编号(QMNUM)", "创建时间(ERDAT)", "客户(KUNNR)", "投诉编号(ZCOMP)", "物料(MATNR)", "投诉数量(RKMNG)",
         "小组成员(ZTEAM)"),
        ("8D-WX-2603-019", stamp(D(2026, 3, 6), "08:05:31"), coded("C0315", "无锡威孚高科技集团股份有限公司"),
         "WF-CQ-260305", "WX-NZL-2207", text_num(1500), ""),
        (*kit.EIGHTD_HEAD_PATHS, None),
    )  # fmt: skip
    for k, (lab, raw, path, exp) in enumerate(rows[:-1]):
        s.text(f"A{2 + k}", lab)
        s.box(f"B{2 + k}")
        s.value(f"C{2 + k}", raw, path=path, label=lab, expect=exp, span=f"D{2 + k}")
    s.text("A8", "小组成员(ZTEAM)")
    s.box("B8")
    kit.members(s, "小组成员(ZTEAM)", "C8", "钱伟,顾丽娟,邵建明", ("钱伟", "顾丽娟", "邵建明"))
    s.value("C8", "钱伟,顾丽娟,邵建明", path=None, label="小组成员(ZTEAM)", span="D8")
    steps = kit.eightd_steps(
        ("D2 问题描述(ZD2_TXT)", "D3 临时措施(ZD3_ACT)", "D4 发生原因(ZD4_OCC)", "D4 流出原因(ZD4_ESC)",
         "D5 永久措施(ZD5_ACT)", "D6 效果验证(ZD6_VER)", "D7 预防措施(ZD7_PRV)"),
        ("喷嘴孔径超差 1,500 件。", "库存 6,000 件全检。", "钻头磨损未及时更换。", "孔径检具分辨率不足。",
         "钻头寿命管理，每 3,000 孔更换。", "连续 5 批孔径合格。", "同类 2 条线比照执行。"),
    )  # fmt: skip
    for i, (lab, text, path) in enumerate(steps):
        r = 9 + i
        s.text(f"A{r}", lab)
        s.box(f"B{r}")
        s.value(f"C{r}", text, path=path, label=lab, span=f"D{r}")
    for r, (lab, raw, path, exp) in enumerate(kit.field_rows(
        ("结案日期(ZCLDAT)", "批准人(ZAPPR)", "打印时间"),
        (stamp(D(2026, 4, 20), "17:41:09"), "[E0107] 钱伟", "2026-04-21 08:30:12"),
        ("closure.closed_date", "closure.approved_by", None),
    ), start=16):  # fmt: skip
        s.text(f"A{r}", lab)
        s.box(f"B{r}")
        s.value(
            f"C{r}",
            raw,
            path=path,
            label=lab,
            expect="钱伟" if path == "closure.approved_by" else exp,
            span=f"D{r}",
        )


def eightd_zht_xflags(s: kit.Sheet) -> None:
    """An 8D 報告 from a customer's QMS whose steps carry a ``完成`` column of ``X`` flags and a ``更新時間`` datetime
    stamp each (no field), heading values after ``[code]`` names, the quantity as text."""
    s.text("A1", "8D 報告", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("報告編號", "立案時間", "客戶", "客訴單號", "料號", "客訴數量"),
        ("8D-HC-2603-027", stamp(D(2026, 3, 13), "10:02:18"), coded("Q0009", "廣達電腦股份有限公司"), "QC-SQE-260312",
         "HC-HNG-2280", ("1,200", 1200)),
        kit.EIGHTD_HEAD_PATHS,
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    kit.team_cell(s, "A5", "D1 小組成員", "B5", ("蕭志偉", "杜佳玲", "高銘德"), sep="／", span="E5")
    kit.head_row(s, 6, "ABCDE", ("步驟", "內容", "負責人", "完成", "更新時間"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("轉軸扭力不足，計 1,200 PCS。", "在庫 2,500 PCS 全數扭力測試。", "墊片厚度公差偏下限。", "出貨檢驗未量測扭力。",
         "墊片厚度改為中值管制。", "連續 4 批扭力合格。", "同類 3 款轉軸比照。"),
    )  # fmt: skip
    for i, (lab, text, path) in enumerate(steps):
        r = 7 + i
        s.text(f"A{r}", lab)
        s.value(f"B{r}", text, path=path, label=lab)
        s.value(f"C{r}", "蕭志偉", path=None, label="負責人")
        s.value(f"D{r}", "X", path=None, label="完成")
        s.value(f"E{r}", f"2026-03-{14 + 2 * i:02d} 16:2{i}:00", path=None, label="更新時間")
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/22", "2026-04-22"), ("[E0031] 呂宗翰", "呂宗翰")), ("closure.closed_date", "closure.approved_by"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_redinfo(s: kit.Sheet) -> None:
    """An e-invoice platform's 红字发票信息表 print: 销售方 / 购买方 blocks (名称, 纳税人识别号), ``红字发票信息表编号``, the
    blue invoice's number, the lines with minus amounts as the platform prints them, a 填开日期 datetime stamp."""
    s.text("A1", "开具红字增值税专用发票信息表", "H1", size=14)
    kit.lv(s, "A2", "红字发票信息表编号", "B2", "4403262603000518", "number", span="D2")
    kit.lv(s, "E2", "填开日期", "F2", "2026-03-24 15:08:33", "issue_date", expect="2026-03-24", span="H2")
    s.text("A3", "销售方", bold=True, shade=True)
    kit.lv(s, "B3", "名称", "C3", "深圳市华东精密模具有限公司", "seller.name", span="D3")
    kit.lv(s, "B4", "纳税人识别号", "C4", "91440300MA5F8K2X1Q", "seller.tax_id", span="D4")
    s.text("E3", "购买方", bold=True, shade=True)
    kit.lv(s, "F3", "名称", "G3", "广州小鹏汽车科技有限公司", "buyer", span="H3")
    kit.lv(s, "F4", "纳税人识别号", "G4", "91440101MA59UDTR0D", "buyer_tax_id", span="H4")
    kit.lv(s, "A5", "对应蓝字发票号码", "B5", "26442000000031870564", "invoice_no", span="D5")
    kit.lv(s, "E5", "客诉单号", "F5", "XP-SQE-260318", "complaint_number", span="H5")
    heads = (("货物或应税劳务、服务名称", "name"), ("规格型号", None), ("单位", None), ("数量", "qty"), ("单价", "unit_price"),
             ("金额", "allowance_amount"), ("税率", None), ("税额", "tax"))  # fmt: skip
    lines = (("*汽车零配件*门板饰条", "XP-TRM-01", 2000, 4.5), ("*汽车零配件*卡扣", "XP-CLP-07", 12000, 0.18))
    cells, net, tax = [], 0.0, 0.0
    for name, spec, q, p in lines:
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        cells.append(((name, "name", None), (spec, None, None), ("个", None, None),
                      (f"-{q:,}", "qty", q), (f"{p:.2f}", "unit_price", kit.money(p)),
                      (f"-{a:,.2f}", "allowance_amount", kit.money(a)), ("13%", None, None),
                      (f"-{t:,.2f}", "tax", kit.money(t))))  # fmt: skip
    grid(s, 7, "ABCDEFGH", heads, cells)
    kit.lv(s, "A10", "合计", "F10", f"-{net:,.2f}", "total_excl_tax", expect=kit.money(net))
    s.value("H10", f"-{tax:,.2f}", path="total_tax", label="合计税额", expect=kit.money(tax))
    kit.lv(
        s,
        "A11",
        "价税合计（小写）",
        "F11",
        f"¥-{net + tax:,.2f}",
        "total",
        expect=kit.money(net + tax),
        span="H11",
    )
    kit.lv(s, "A13", "经办人", "B13", "[E0055] 周敏", None)
    kit.lv(s, "C13", "财务负责人", "D13", "罗志刚", "approved_by_manager")
    kit.lv(s, "E13", "打印时间", "F13", "2026-03-25 09:41:20", None, span="H13")


def allowance_en_sapcredit(s: kit.Sheet) -> None:
    """An SAP-like CREDIT MEMO print: ``Billing document``, ``Payer`` ``[100234] Name``, the lines' numbers as TEXT
    with thousands separators (``1,200``, ``3,600.00``), empty system columns (Plant, Item cat.), a footer with the
    print date and time and the spool's printer (no form date)."""
    s.text("A1", "CREDIT MEMO", "H1", size=14)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 6, 3))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Billing document", "Billing date", "Payer", "VAT Reg. No.", "Reference invoice", "Your reference"),
        (kit.pick(s, "90012345", "90012978"), (d.isoformat(), d.isoformat()),
         kit.pick(s, coded("100234", "Summit Industrial Supply LLC"), coded("100871", "Keystone Motion Parts Inc.")),
         kit.pick(s, "38-4417820", "23-7719045"), kit.pick(s, "90011877", "90012540"),
         kit.pick(s, "SIS-RC-26-0052", "KMP-RC-26-0118")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = (("Item", None), ("Material", None), ("Description", "name"), ("Plant", None), ("Billed qty", "qty"),
             ("Net price", "unit_price"), ("Net value", "allowance_amount"), ("Tax", "tax"))  # fmt: skip
    lines = kit.pick(s, (("LM12UU", "Linear bearing LM12UU", 1200, 3.4), ("SK12", "Shaft support SK12", 150, 2.75)),
                     (("GT2-20T", "Timing pulley GT2 20T", 800, 1.6),))  # fmt: skip
    cells, net, tax = [], 0.0, 0.0
    for k, (mat, name, q, p) in enumerate(lines):
        a, t = round(q * p, 2), round(q * p * 0.07, 2)
        net, tax = net + a, tax + t
        cells.append(((f"{10 * (k + 1):06d}", None, None), (mat, None, None), (name, "name", None), None,
                      (f"{q:,}", "qty", q), (f"{p:,.2f}", "unit_price", kit.money(p)),
                      (f"{a:,.2f}", "allowance_amount", kit.money(a)), (f"{t:,.2f}", "tax", kit.money(t))))  # fmt: skip
    grid(s, 5, "ABCDEFGH", heads, cells)
    r = 6 + len(lines) + 1
    for k, (lab, x, path) in enumerate((("Total net value", net, "total_excl_tax"), ("Sales tax 7 %", tax, "total_tax"),
                                        ("Total credit", net + tax, "total"))):  # fmt: skip
        kit.lv(
            s,
            f"E{r + k}",
            lab,
            f"G{r + k}",
            f"{x:,.2f}",
            path,
            expect=kit.money(x),
            lspan=f"F{r + k}",
            span=f"H{r + k}",
        )
    r += 4
    kit.lv(s, f"A{r}", "Released by", f"B{r}", kit.pick(s, "KELLERB (Brian Keller)", "SHAWM (Megan Shaw)"),
           "approved_by_manager", expect=kit.pick(s, "Brian Keller", "Megan Shaw"))  # fmt: skip
    kit.lv(
        s,
        f"D{r}",
        "Printed",
        f"E{r}",
        kit.pick(s, "2026-03-06 08:12:55", "2026-06-04 13:47:02"),
        None,
        span=f"F{r}",
    )
    kit.lv(s, f"G{r}", "Output device", f"H{r}", "LP01", None)


_COPY2 = {"return_zh_u8", "complaint_en_sapqm", "complaint_zh_crm", "eightd_en_qms", "allowance_en_sapcredit",
          "return_zh_kingdeeprint", "complaint_en_crmcase"}  # fmt: skip
"""The drawings with a second copy in copy2/ (five workbooks, two sent as PDF only)."""


EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (return_zh_u8, "销售退货单", dict(A=14, B=16, C=12, D=10, E=10, F=12, G=12, H=14, I=10), "a 用友-like 销售退货单 print template: [C0012] names, empty system columns, numbers as text, 打印日期 / 打印机"),
        (return_zht_kingdee, "銷貨退回單", dict(A=14, B=16, C=8, D=12, E=12, F=12, G=10, H=14), "a 金蝶-like 銷貨退回單: bracketed codes before names, Y/N and X flags, a 製單時間 stamp"),
        (complaint_en_sapqm, "Export", dict(A=30, B=40, C=8, D=14), "an SAP-QM-like quality notification exported one field a row (Notification | 200001234, a datetime cell, (KUNNR) captions)"),
        (complaint_zh_crm, "工单导出", {get_column_letter(k + 1): 14 for k in range(18)}, "a CRM ticket export: captions across, one ticket a row, a datetime stamp, Y/N, empty system columns"),
        (eightd_en_qms, "Header", dict(A=28, B=40, C=8, D=8), "a QMS 8D export: a header sheet one field a row and an Actions sheet a step a row"),
        (eightd_zh_fieldcode, "8D", dict(A=24, B=4, C=40, D=20), "an 8D 报告 exported with system field codes in its captions (客户(KUNNR)), an empty column between label and value"),
        (eightd_zht_xflags, "8D", dict(A=16, B=36, C=14, D=8, E=20), "an 8D 報告 from a QMS: an X flag and an update stamp beside each step, [code] names"),
        (allowance_zh_redinfo, "红字信息表", dict(A=22, B=14, C=24, D=12, E=14, F=14, G=22, H=12), "an e-invoice platform's 红字发票信息表: 销售方 / 购买方 blocks, minus amounts, a 填开日期 stamp"),
        (allowance_en_sapcredit, "Credit", dict(A=18, B=22, C=26, D=8, E=14, F=12, G=14, H=12), "an SAP-like credit memo print: Billing document, [100234] payer, numbers as text, print date and output device"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#eef1f5")


def eightd_en_scarportal(f: kit.HtmlForm) -> str:
    """A customer's SUPPLIER-PORTAL SCAR / 8D PRINTED FROM A BROWSER: each page with the browser's header (the print
    date and time, the page title) and footer (the URL and ``Page 1 of 2``), every field's caption ABOVE its box."""
    css = (".hd,.ft{font-size:8pt;color:#333;display:flex;justify-content:space-between;margin:4px 8px}"
           ".pg{page-break-after:always;height:270mm;position:relative}.ft{position:absolute;bottom:0;left:0;right:0}"
           ".cap{font-size:8pt;color:#555;margin:8px 10px 1px}.box{border:1px solid #999;margin:0 10px;padding:4px;"
           "min-height:14px}.two{display:flex}.two>div{flex:1}")  # fmt: skip
    url = "https://suppliers.tch-hydraulics.com/scar/view.aspx?id=SCAR-26-0133&print=1"

    def box(cap: str, raw: str, path: str | None, expect=None) -> str:
        return f'<div><div class="cap">{cap}</div><div class="box">{f.val(raw, path=path, label=cap, expect=expect)}</div></div>'

    def page(n: int, body: str) -> None:
        f.raw(f'<div class="pg"><div class="hd"><span>3/9/26, 2:32 PM</span><span>SCAR Detail - Supplier Portal</span></div>'
              f'{body}<div class="ft"><span>{url}</span><span>Page {n} of 2</span></div></div>')  # fmt: skip

    head = kit.field_rows(("SCAR Number", "Issue Date", "Supplier", "Customer", "Customer NCR", "Part Number",
                           "Quantity Affected"),
                          ("SCAR-26-0133", stamp(D(2026, 3, 9), "14:05:22"), "[S40021] Huadong Precision Mould Co., Ltd.",
                           "Tri-County Hydraulics Inc.", "NCR-26-0418", "TC-VLV-5520", ("720", 720)),
                          (("number", "opened_date", None, "customer", "complaint_number", "part_no",
                            "problem.qty_complained")))  # fmt: skip
    body = "<h2>Supplier Corrective Action Request</h2>"
    for a, b in zip(head[::2], head[1::2] + [None]):
        body += '<div class="two">' + box(*a) + (box(*b) if b else "<div></div>") + "</div>"
    team = ("Huang Wei", "Peter Lang", "Xu Jing")
    body += box("D1 Team Members", ", ".join(team), None)
    kit.members(f, "D1 Team Members", f"html!#v{f.n}", ", ".join(team), team)
    steps = kit.eightd_steps(
        ("D2 Problem Description", "D3 Containment Actions", "D4 Root Cause - Occurrence", "D4 Root Cause - Escape",
         "D5 Permanent Corrective Actions", "D6 Implementation & Validation", "D7 Prevent Recurrence"),
        ("Valve spools stick, 720 pcs.", "All stock and WIP sorted, 4,200 pcs.", "Grinding coolant filter clogged.",
         "Roughness not measured at final inspection.", "Filter changed weekly; roughness gauged per lot.",
         "6 lots pass roughness and function test.", "Coolant check added to all grinders."),
    )  # fmt: skip
    for lab, raw, path in steps[:3]:
        body += box(lab, raw, path)
    page(1, body)
    body = ""
    for lab, raw, path in steps[3:]:
        body += box(lab, raw, path)
    body += '<div class="two">' + box(
        "D8 Closure Date", "2026-04-16 10:12:09", "closure.closed_date", "2026-04-16"
    )
    body += box("Approved By", "[U1187] Peter Lang", "closure.approved_by", "Peter Lang") + "</div>"
    body += box("Status", "Closed - Accepted", None)
    page(2, body)
    return f.page("SCAR Detail - Supplier Portal", _CSS + css + "@page{size:A4;margin:0}")


def complaint_en_crmcase(f: kit.HtmlForm) -> str:
    """A CRM CASE printed (a Salesforce-like record page): two columns of label / value, ``Date/Time Opened`` a
    datetime stamp, the account ``[A-00231] Name``, ``Escalated`` Y/N, system fields left empty (SLA, Closed)."""
    d = kit.pick(f, D(2026, 3, 12), D(2026, 5, 20))
    q, dq = kit.pick(f, (2500, 75), (9000, 210))
    f.raw(
        "<h2>Case 00012873 — Quality Complaint</h2>"
        if f.copy == 1
        else "<h2>Case 00013301 — Quality Complaint</h2>"
    )
    rows = kit.field_rows(
        ("Case Number", "Date/Time Opened", "Account Name", "Customer PO", "Lot Number", "Product Code", "Product",
         "Qty Shipped", "Qty Defective", "Description", "Requested Resolution", "Containment", "Case Owner",
         "Account Manager"),
        (kit.pick(f, "00012873", "00013301"), stamp(d, "08:47:03"),
         kit.pick(f, coded("A-00231", "Cascade Appliance Controls Inc."), coded("A-00318", "Blue Ridge HVAC Systems LLC")),
         kit.pick(f, "PO-7730-2219", "PO-7731-0455"), kit.pick(f, "CA2603-02", "CA2605-07"),
         kit.pick(f, "CA-THR-1180", "BR-CND-0932"), kit.pick(f, "Thermostat housing", "Condensate float switch"),
         text_num(q), text_num(dq), kit.pick(f, "Housing snaps break on assembly.", "Float sticks in the up position."),
         (kit.pick(f, "Replacement", "Credit"), [kit.pick(f, "replacement", "allowance")]),
         kit.pick(f, "Stock of 1,800 pcs on hold.", "All open orders held."), "Zhao Min",
         kit.pick(f, "Greg Hollis", "Dana Pruitt")), kit.COMPLAINT_PATHS,
    )  # fmt: skip
    rows[2:2] = [("Escalated", "N", None, None), ("Priority", "High", None, None)]
    rows += [("SLA Due", "", None, None), ("Date/Time Closed", "", None, None)]
    f.raw("<table>")
    for a, b in zip(rows[::2], rows[1::2]):
        f.raw("<tr>" + "".join(f"<th>{lab}</th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td>"
                               for lab, raw, path, exp in (a, b)) + "</tr>")  # fmt: skip
    f.raw("</table>")
    return f.page("Case", _CSS)


def return_zh_kingdeeprint(f: kit.HtmlForm) -> str:
    """A 金蝶-like 销售退货单 PRINT: the header block, the lines grid with empty system columns, numbers as text, and a
    footer with 制单人 / 审核人 / 打印时间 and the PRINTER'S NAME (no form date)."""
    d = kit.pick(f, D(2026, 3, 19), D(2026, 5, 8))
    f.raw("<h2>销售退货单</h2>")
    head = kit.field_rows(
        ("单据编号", "单据日期", "客户", "部门", "业务员", "源单编号"),
        (kit.pick(f, "XSTH000231", "XSTH000309"), (d.isoformat(), d.isoformat()),
         kit.pick(f, coded("C0088", "常州星宇车灯股份有限公司"), coded("C0142", "江苏恒立液压股份有限公司")), "销售一部", "蒋浩",
         kit.pick(f, "XY-QA-260316", "HL-QA-260505")),
        ("number", "issue_date", "customer", None, None, "complaint_number"),
    )  # fmt: skip
    f.raw("<table>")
    for a, b, c in (head[:3], head[3:]):
        f.raw("<tr>" + "".join(f"<th>{lab}</th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td>"
                               for lab, raw, path, exp in (a, b, c)) + "</tr>")  # fmt: skip
    f.raw("</table>")
    heads = ("物料编码", "物料名称", "规格型号", "批号", "单位", "实退数量", "含税单价", "价税合计", "备注")
    kit.th_row(f, heads)
    lines = kit.pick(f, [("1.02.0511", "灯罩透镜", "PC-LX05", 780, 12.6), ("1.04.0102", "密封圈", "Φ42×3", 5000, 0.38)],
                     [("1.07.0220", "油封", "TC 35×52×7", 1960, 2.15)])  # fmt: skip
    for i, (code, name, spec, q, p) in enumerate(lines):
        cells = ((code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None), (spec, None, None),
                 ("", None, None), ("PCS", None, None), (f"{q:,}", f"items[{i}].qty_returned", q),
                 (f"{p:.4f}", f"items[{i}].unit_price", kit.money(p)),
                 (f"{q * p:,.2f}", f"items[{i}].amount", kit.money(q * p)), ("", None, None))  # fmt: skip
        kit.td_row(f, cells, heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("退货原因", "处理方式"),
                             (kit.pick(f, "透镜划伤，密封圈尺寸偏小。", "油封唇口破损。"),
                              (kit.pick(f, "返工", "报废"), [kit.pick(f, "rework", "scrap")])), ("reason", "handling")))  # fmt: skip
    foot = (("制单人", "吴佳", None), ("审核人", "殷国平", "approved_by"), ("打印时间", kit.pick(f, "2026-03-20 11:26:48", "2026-05-09 08:55:13"), None),
            ("打印机", "\\\\PRN-SRV01\\Kyocera-2040 (仓库)", None))  # fmt: skip
    f.raw(
        "<p>" + "　　".join(f"{lab}：{f.val(raw, path=path, label=lab)}" for lab, raw, path in foot) + "</p>"
    )
    f.raw('<p class="note">第 1 页 / 共 1 页</p>')
    return f.page("销售退货单", _CSS)


def allowance_zht_einvoice(f: kit.HtmlForm) -> str:
    """An e-invoice platform's 營業人銷貨退回、進貨退出或折讓證明單 print: 賣方 / 買方 blocks side by side (名稱, 統一編號),
    the original invoice's number and date per line, a 列印時間 stamp (no form date)."""
    f.raw("<h2>營業人銷貨退回、進貨退出或折讓證明單</h2>")
    f.raw('<p class="note">列印時間：2026-03-27 16:20:45　　列印者：[E0057] 林淑惠</p>')
    f.raw("<table><tr><th colspan=2>賣方</th><th colspan=2>買方</th></tr>")
    for (la, va, pa), (lb, vb, pb) in (
        (("名稱", "鴻準精密工業股份有限公司", "seller.name"), ("名稱", "仁寶電腦工業股份有限公司", "buyer")),
        (("統一編號", "22099548", "seller.tax_id"), ("統一編號", "22164532", "buyer_tax_id")),
    ):  # fmt: skip
        f.raw(
            f"<tr><th>{la}</th><td>{f.val(va, path=pa, label=la)}</td><th>{lb}</th><td>{f.val(vb, path=pb, label=lb)}</td></tr>"
        )
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("折讓單號碼", "折讓日期", "原發票號碼", "客訴單號"),
                             ("AL2603000027", ("2026/03/27", "2026-03-27"), "TK88410372", "CP-QA-260323"),
                             ("number", "issue_date", "invoice_no", "complaint_number")))  # fmt: skip
    heads = ("原發票日期", "品名", "數量", "單價", "金額(不含稅)", "營業稅額", "課稅別")
    kit.th_row(f, heads)
    lines = (("外殼鋁件", 1500, 12.0), ("散熱片", 4000, 1.8))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        a, t = round(q * p, 2), round(q * p * 0.05, 2)
        net, tax = net + a, tax + t
        cells = (("2026/02/18", None, None), (name, f"items[{i}].name", None), (f"{q:,}", f"items[{i}].qty", q),
                 (f"{p:.2f}", f"items[{i}].unit_price", kit.money(p)), (f"{a:,.0f}", f"items[{i}].allowance_amount", kit.money(a)),
                 (f"{t:,.0f}", f"items[{i}].tax", kit.money(t)), ("V", None, None))  # fmt: skip
        kit.td_row(f, cells, heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("合計金額", "營業稅額合計", "總計", "核准"),
                             ((f"{net:,.0f}", kit.money(net)), (f"{tax:,.0f}", kit.money(tax)),
                              (f"{net + tax:,.0f}", kit.money(net + tax)), ("[E0012] 黃振興", "黃振興")),
                             ("total_excl_tax", "total_tax", "total", "approved_by_manager")))  # fmt: skip
    return f.page("折讓證明單", _CSS)


def complaint_zht_sapqm(f: kit.PdfDraw) -> None:
    """An SAP-like 品質通知單 PRINT drawn by fpdf2: field codes after the captions (``客戶(KUNNR)``), a datetime stamp,
    a ``[code] 名稱`` customer, an ``X`` flag, and a footer with the print time, the spool's printer and ``頁次 1/1``."""
    f = kit.CjkDraw.of(f)
    f.text(80, 14, "品質通知單 (Q2)", size=14)
    rows = kit.field_rows(
        ("通知單號碼(QMNUM)", "通知日期(QMDAT)", "客戶(KUNNR)", "採購單號(BSTNK)", "批次(CHARG)", "物料(MATNR)", "物料說明",
         "出貨數量", "不良數量(RKMNG)", "問題說明", "客戶要求", "緊急處置", "通報人", "業務主管"),
        ("300004518", stamp(D(2026, 3, 10), "09:41:27"), coded("100562", "台達電子工業股份有限公司"), "4500331287",
         "TY2603-05", "TY-SPR-4410", "彈片", ("30,000", 30000), ("480", 480), "彈片彈力不足，接觸不良。",
         ("換貨", ["replacement"]), "庫存 12,000 PCS 全檢。", "簡雅雯", ("[E0088] 賴俊宏", "賴俊宏")),
        kit.COMPLAINT_PATHS,
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 62, 28, rows)
    f.text(15, y, "對供應商索賠：")
    f.value(62, y, "X", path=None, label="對供應商索賠")
    f.pdf.line(15, 282, 195, 282)
    f.text(15, 287, "列印：2026-03-11 08:02:17　SPOOL 0004471　輸出裝置 LP02", size=7)
    f.text(180, 287, "頁次 1/1", size=7)


def return_en_wms(f: kit.PdfDraw) -> None:
    """A WMS RETURN RECEIPT drawn by fpdf2: ``RMA receipt`` with a datetime stamp, the customer ``[C0012] Name``, a
    lines table with a QC ``Y/N`` column and an empty Bin column, received-by and approved-by as ``USERID (Name)``,
    and a footer with the print time and the printer."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "RETURN RECEIPT (WMS)", size=14)
    kit.pdf_lv_lines(f, 15, 55, 28, kit.field_rows(
        ("Receipt No.", "Received", "Customer", "RMA / complaint"),
        ("RR-0002614", stamp(D(2026, 3, 18), "13:07:44"), coded("C0412", "Northstar Electronics Distribution Inc."),
         "NED-QN-26-0147"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "Item", "part_no"), (45, "Description", "part_name"), (90, "Qty auth.", "qty_approved"),
            (110, "Qty recv.", "qty_returned"), (130, "QC (Y/N)", None), (148, "Bin", None), (162, "Unit price", "unit_price"),
            (182, "Amount", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 62, lab, bold=True, size=8)
    f.pdf.line(15, 64, 200, 64)
    lines = (
        ("NS-REL-1201", "Relay 24VDC", 40, 40, "Y", 72.5),
        ("NS-TRM-1202", "Terminal block 12P", 1200, 1180, "N", 0.85),
    )
    y = 64.0
    for i, (code, name, qa, q, flag, p) in enumerate(lines):
        y += 7
        vals = (code, name, f"{qa:,}", f"{q:,}", flag, "", f"{p:,.2f}", f"{q * p:,.2f}")
        exps = (None, None, qa, q, None, None, kit.money(p), kit.money(q * p))
        for (x, lab, path), raw, exp in zip(cols, vals, exps):
            if raw:
                f.value(x, y, raw, path=path and f"items[{i}].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, y + 3, 200, y + 3)
    kit.pdf_lv_lines(f, 15, 55, y + 12, kit.field_rows(
        ("Return reason", "Disposition", "Received by", "Approved by"),
        ("Relays chatter, terminals cracked.", ("RTV - return to vendor", ["return"]), ("DMILLER (Dave Miller)", "Dave Miller"),
         ("KFOX (Karen Fox)", "Karen Fox")),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    f.pdf.line(15, 282, 200, 282)
    f.text(15, 287, "Printed 2026-03-18 13:09:02 by DMILLER on \\\\WH-PRN03\\Zebra-ZT410", size=7)
    f.text(180, 287, "Page 1 of 1", size=7)


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a supplier portal's SCAR / 8D printed from a browser: the URL and Page 1 of 2, captions above boxes", eightd_en_scarportal),
        ("a CRM case printed: Date/Time Opened a stamp, [A-00231] account, Escalated N, empty SLA fields", complaint_en_crmcase),
        ("a 金蝶-like 销售退货单 print: empty system columns, 打印时间 and the printer's name in the footer", return_zh_kingdeeprint),
        ("an e-invoice platform's 折讓證明單: 賣方 / 買方 blocks, a 列印時間 stamp", allowance_zht_einvoice),
        ("an SAP-like 品質通知單 print: (KUNNR) captions, a stamp, an X flag, the spool's printer", complaint_zht_sapqm),
        ("a WMS return receipt: a stamp, USERID (Name) signatures, a QC Y/N column, the printer in the footer", return_en_wms),
    )
]  # fmt: skip


# =============================================================================== odd files
def _two_tickets_workbook() -> bytes:
    """A CRM export holding TWO TICKETS (two rows under the captions: the clerk exported the list, not the ticket):
    never one of them read silently as the file's record."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "工单导出"
    rows = (("工单编号", "创建时间", "客户", "产品编码", "发货数量", "不良数量", "问题描述", "处理人"),
            ("CS20260310-0051", "2026-03-10 09:12:40", "[C0012] 华东精密模具有限公司", "HD-SPR-0412", "20,000", "120", "弹簧变形。", "陈晓东"),
            ("CS20260311-0063", "2026-03-11 15:44:02", "[C0231] 宁波舜宇车载光学技术有限公司", "SY-RNG-2208", "8,000", "64", "压圈毛刺。", "陈晓东"))  # fmt: skip
    for row in rows:
        ws.append(row)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 11, 16, 0))


def _total_disagrees_pdf() -> bytes | None:
    """A return print drawn by fpdf2 whose 价税合计 total (9,240.00) disagrees with its two lines (4,620.00 + 600.00):
    a line lost at the print's page break; never a record that holds both silently."""
    if kit.FPDF is None:
        return None
    f = kit.CjkDraw.of(kit.PdfDraw(False))
    f.text(85, 16, "销售退货单", size=14)
    y = 30
    for lab, val in (
        ("单据编号", "XSTH-2603-00057"),
        ("单据日期", "2026-03-16"),
        ("客户", "[C0012] 华东精密模具有限公司"),
    ):
        f.text(20, y, lab + "：")
        f.text(50, y, val)
        y += 8
    for x, h in zip((20, 50, 90, 120, 150), ("存货编码", "存货名称", "数量", "含税单价", "价税合计")):
        f.text(x, 60, h)
    for k, line in enumerate((("01.03.0012", "冲压支架", "1,200", "3.8500", "4,620.00"),
                              ("01.05.0231", "弹簧垫片", "5,000", "0.1200", "600.00"))):  # fmt: skip
        for x, v in zip((20, 50, 90, 120, 150), line):
            f.text(x, 68 + 8 * k, v)
    f.text(20, 92, "合计")
    f.text(90, 92, "6,200")
    f.text(150, 92, "9,240.00")
    f.text(20, 104, "制单人：孙丽　　审核人：王建国　　打印日期：2026-03-17 10:02:44")
    return bytes(f.pdf.output())


ODD = {
    "complaint-twotickets.xlsx": (
        "a CRM export holding two tickets in two rows (CS20260310-0051, CS20260311-0063): a word that the file holds "
        "two complaints, or a clear error; never one of them, or a mix, silently",
        _two_tickets_workbook,
    ),
    "return-totaloff.pdf": (
        "a return print whose 价税合计 total (9,240.00) disagrees with its lines (4,620.00 + 600.00): a word that the "
        "total does not agree, or a clear error; never held silently",
        _total_disagrees_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-eighth held-out layouts", ODD)
