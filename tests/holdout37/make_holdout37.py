"""Write the thirty-seventh held-out set (run: ``python tests/holdout37/make_holdout37.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for what a factory's clerks do to
the forms they fill and forward: an automotive CUSTOMER CONCERN REPORT whose clerk typed SEVERAL VALUES INTO THE LABEL
CELL after the label and spaces (``Qty defective:      45``, the value cell left empty), a 客户投诉单 with A ROW THE
CLERK INSERTED inside the form (``补充说明``, pushing the rest down; not in the template), a 客訴單 whose reporter and
sales supervisor stand in A SIGN-OFF GRID (填表人 / 業務主管 / 品保主管 over 姓名 / 日期); a Ford-like GLOBAL 8D whose
dates are typed in US order under a ``(MM/DD/YYYY)`` label (``03/05/2026``) and whose D3 got A SECOND ICA ROW INSERTED
with its label cell empty, an 8D 报告 whose approver stands in A SIGN-OFF GRID (编制 / 审核 / 批准 × 姓名 / 日期); a
distributor's RMA whose quantities and amounts were pasted from the ERP as text with A TRAILING MINUS (``40-``,
``2,900.00-``), a 退货单 laid out landscape and PRINTED AT A 70 % SCALE, a distributor's CREDIT MEMO whose dates are
``03/05/2026`` under ``(MM/DD/YYYY)``, a 銷貨折讓單 whose clerk typed the heading's VALUES INTO THE LABEL CELLS
(``折讓單號：　ZR-…``); sent as PDF only: a customer portal's complaint PRINTED LANDSCAPE AT 70 % (Chromium), a SCAR
whose approver stands in A SIGN-OFF GRID beside a RESPONSE DUE date (Chromium), an RMA whose dates are ``03/05/2026``
under ``(MM/DD/YYYY)`` (Chromium), a 销售折让单 whose amounts carry AN ERP'S TRAILING MINUS (Chromium), an 8D 報告
drawn with EVERY GLYPH ITS OWN TEXT OBJECT (fpdf2), a 退貨單 whose receiver and approver stand in A RULED SIGN-OFF GRID
(fpdf2). ``odd/`` holds a workbook with TWO DIFFERENT COMPLAINTS SIDE BY SIDE on one sheet and a complaint PDF whose
DEFECT COUNT IS LARGER THAN THE COUNT DELIVERED.

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

dt, D = kit.dt, kit.dt.date
SOURCE = {"source": "tests/holdout37/make_holdout37.py", "origin": "thirty-seventh held-out imitation"}


def us(d: dt.date) -> tuple[str, str]:
    """A date typed in US order (``03/05/2026``) and what the record holds."""
    return f"{d.month:02d}/{d.day:02d}/{d.year}", d.isoformat()


def minus(x: float, places: int = 2) -> str:
    """A number as an ERP exports a credit: thousands commas and a trailing minus (``1,200-``, ``2,900.00-``)."""
    return f"{x:,.{places}f}-"


def rows_down(s: kit.Sheet, first: int, rows, span: str = "D") -> int:
    """``(label, typed, path, expect)`` rows one a sheet row from ``first``: the label in A, the value in B merged to
    ``span``; a label None is a row the clerk inserted and typed only its value in (the label cell left empty).
    Returns the row after the last."""
    for k, (lab, raw, path, exp) in enumerate(rows):
        r = first + k
        if lab is None:
            s.box(f"A{r}")
            s.value(f"B{r}", raw, path=path, label="", expect=exp, span=f"{span}{r}")
            continue
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp, span=f"{span}{r}",
               fmt="yyyy-mm-dd" if isinstance(raw, dt.date) else None)  # fmt: skip
    return first + len(rows)


def sign_grid(s: kit.Sheet, row: int, roles, names, dates, paths, cols: str = "BCD") -> None:
    """A sign-off grid from ``row``: the roles across (``cols``), ``姓名`` / ``日期`` rows under them in column A; a
    name's path of ``paths`` (None: no field); the dates are no field."""
    for col, role in zip(cols, roles):
        s.text(f"{col}{row}", role, bold=True, shade=True, center=True)
    s.text(f"A{row + 1}", "姓名")
    s.text(f"A{row + 2}", "日期")
    for col, role, name, d, path in zip(cols, roles, names, dates, paths):
        s.value(f"{col}{row + 1}", name, path=path, label=role)
        s.value(f"{col}{row + 2}", d, path=None, label=role)


# =============================================================================== complaint
def complaint_en_inlabel(s: kit.Sheet) -> None:
    """An automotive CUSTOMER CONCERN REPORT whose clerk typed SEVERAL VALUES INTO THE LABEL CELL after the label and
    spaces (``Qty defective:      45``), the value cell beside it left empty; the other values in their cells."""
    s.text("A1", "CUSTOMER CONCERN REPORT", "D1", size=14)
    q, dq = kit.pick(s, (1200, 45), (4800, 160))
    in_label = {"PO No.", "Lot No.", "Qty delivered", "Qty defective"}
    fields = kit.field_rows(
        ("Concern No.", "Date received", "Customer", "PO No.", "Lot No.", "Part No.", "Part name", "Qty delivered",
         "Qty defective", "Concern description", "Customer request", "Containment", "Reported by", "Sales manager"),
        (kit.pick(s, "CCR-26-0318", "CCR-26-0452"), kit.pick(s, D(2026, 3, 5), D(2026, 4, 14)),
         kit.pick(s, "Midwest Axle Components LLC", "Great Lakes Seating Inc."),
         kit.pick(s, "4500218834", "4500231107"), kit.pick(s, "L2602-118", "L2604-031"),
         kit.pick(s, "MX-BSH-2210", "GL-CLP-0457"), kit.pick(s, "Rubber bushing 32 mm", "Wire harness clip"),
         (f"{q:,}", q), (str(dq), dq), kit.pick(s, "Bushings split at assembly.", "Clips break at insertion."),
         (kit.pick(s, "Replacement", "Credit"), [kit.pick(s, "replacement", "allowance")]),
         kit.pick(s, "Sort of 3,600 pcs at the warehouse.", "Lot on hold at the dock."), "Chen Hao",
         kit.pick(s, "Mike Brennan", "Laura Kowalski")),
        kit.COMPLAINT_PATHS,
    )  # fmt: skip
    for k, (lab, raw, path, exp) in enumerate(fields):
        r = 2 + k
        if lab in in_label and not s.blank:
            s.value(f"A{r}", raw, path=path, label=lab, expect=exp, prefix=f"{lab}:      ")
            s.box(f"B{r}", f"D{r}")
            continue
        kit.lv(s, f"A{r}", f"{lab}:", f"B{r}", raw, path, expect=exp, span=f"D{r}",
               fmt="mm/dd/yyyy" if isinstance(raw, dt.date) else None)  # fmt: skip


def complaint_zh_inserted(s: kit.Sheet) -> None:
    """客户投诉单 with A ROW THE CLERK INSERTED inside the form (``补充说明`` under 不良描述; copy2 ``联系人`` under
    客户名称), pushing the rest down: the inserted row is no field, and it is not in the template."""
    s.text("A1", "客户投诉单", "D1", size=15)
    dq = kit.pick(s, 96, 240)
    rows = kit.field_rows(
        ("投诉单号", "接收日期", "客户名称", "订单号", "生产批号", "物料编码", "物料名称", "交货数量", "不良数量",
         "不良描述", "客户诉求", "临时处置", "填表人", "业务主管"),
        (kit.pick(s, "KS-ZS-2603-021", "KS-ZS-2604-047"), kit.pick(s, D(2026, 3, 5), D(2026, 4, 9)),
         kit.pick(s, "中山市格兰仕微波炉电器有限公司", "佛山市海天调味食品股份有限公司"),
         kit.pick(s, "GL-PO-2603-0418", "HT-PO-2604-0093"), kit.pick(s, "ZS260228-3", "ZS260401-1"),
         kit.pick(s, "ZS-MGN-1102", "ZS-CAP-3305"), kit.pick(s, "磁控管支架", "瓶盖内垫"), kit.pick(s, 6000, 20000), dq,
         kit.pick(s, "支架焊点开裂。", "内垫密封不严，渗漏。"),
         (kit.pick(s, "换货", "退货"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "在库 2,400 件全检。", "在途 1 批拦截。"), "卢晓燕", kit.pick(s, "冯志强", "冯志强")),
        kit.COMPLAINT_PATHS,
    )  # fmt: skip
    if not s.blank:  # the clerk's inserted row: copy 1 under 不良描述, copy 2 under 客户名称
        at, extra = kit.pick(s, (10, ("补充说明", "客户另拍照 6 张，见邮件附件。", None, None)),
                             (3, ("联系人", "刘工 0760-2288 6601", None, None)))  # fmt: skip
        rows.insert(at, extra)
    rows_down(s, 2, rows)


def complaint_zht_signgrid(s: kit.Sheet) -> None:
    """客訴單 whose reporter and sales supervisor stand in A SIGN-OFF GRID under the form (填表人 / 業務主管 / 品保主管
    across, 姓名 / 日期 down): the names are the fields, the grid's dates none."""
    s.text("A1", "客訴單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "客訴日期", "客戶名稱", "訂單號碼", "批號", "料號", "品名", "出貨數量", "不良數量", "客戶要求"),
        ("CS-TY-2603-029", ("2026/03/05", "2026-03-05"), "和碩聯合科技股份有限公司", "PG-PO-2602-5521", "TY2602-14",
         "TY-SPR-4410", "彈片", ("30,000", 30000), ("480", 480), ("換貨", ["replacement"])),
        ("number", "received_date", "customer", "order_no", "lot_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "customer_request"),
    ))  # fmt: skip
    kit.lv(s, "A7", "異常說明", "B7", "彈片彈力不足，接觸不良。", "description", span="D7")
    kit.lv(s, "A8", "緊急處置", "B8", "庫存 12,000 PCS 全檢。", "short_term_action", span="D8")
    sign_grid(s, 10, ("填表人", "業務主管", "品保主管"), ("簡雅雯", "賴俊宏", "游明哲"),
              ("2026/03/05", "2026/03/06", "2026/03/06"), ("reporter", "sales_supervisor", None))  # fmt: skip


# =============================================================================== 8D
def eightd_en_ford(s: kit.Sheet) -> None:
    """A Ford-like GLOBAL 8D whose dates are typed in US order under a ``(MM/DD/YYYY)`` label (``03/05/2026``: 5
    March) and whose D3 got A SECOND ICA ROW INSERTED by the clerk, its label cell left empty."""
    s.text("A1", "GLOBAL 8D REPORT", "D1", size=14)
    opened, closed = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 2)), (D(2026, 6, 4), D(2026, 7, 9)))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Date opened (MM/DD/YYYY)", "Customer", "Customer concern No.", "Part number", "Qty suspect"),
        (kit.pick(s, "G8D-26-0041", "G8D-26-0077"), us(opened), kit.pick(s, "Dearborn Stamping Co.", "Flat Rock Trim LLC"),
         kit.pick(s, "DSC-QR-26-0211", "FRT-QR-26-0389"), kit.pick(s, "FD-BRK-7730", "FD-HNG-2214"),
         kit.pick(s, ("2,400", 2400), ("640", 640))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    team = kit.pick(s, ("Tom Walsh", "Liu Yang", "Sandra Ortiz"), ("Tom Walsh", "Kevin Nguyen"))
    kit.team_cell(s, "A5", "D1 Team (Champion / Leader / Members)", "B5", team, span="D5")
    texts = kit.pick(s, ("Bracket holes off position by 0.8 mm.", "100 % gauge check at our dock.",
                         "Pierce punch worn beyond limit.", "Hole position not in the final audit.",
                         "Punch changed every 80,000 hits.", "PCA validated on 5 lots, 0 defects.",
                         "Punch life added to the PFMEA and control plan."),
                     ("Hinge pins loose.", "Push-out test of all stock.", "Riveting force too low.",
                      "No push-out test at the end of line.", "Force monitor on the press.",
                      "3 lots pass push-out test.", "Force monitor on all riveting presses."))  # fmt: skip
    steps = kit.eightd_steps(("D2 Problem description", "D3 Interim containment action (ICA)",
                              "D4 Root cause – occurrence", "D4 Root cause – escape",
                              "D5 Permanent corrective action (PCA)", "D6 Implement & validate PCA",
                              "D7 Prevent recurrence"), texts)  # fmt: skip
    rows = [(lab, raw, path, None) for lab, raw, path in steps]
    if not s.blank:  # the clerk's inserted row: a second ICA under D3, its label cell empty
        rows.insert(2, (None, kit.pick(s, "Customer stock sorted by our team.", "2 lots in transit held."),
                        "containment[1].action", None))  # fmt: skip
    r = rows_down(s, 6, rows)
    kit.lv_pairs(s, r, kit.field_rows(("D8 Closed (MM/DD/YYYY)", "Approved by"),
                                      (us(closed), kit.pick(s, "Rick Dawson", "Janet Cole")),
                                      ("closure.closed_date", "closure.approved_by")))  # fmt: skip


def eightd_zh_signgrid(s: kit.Sheet) -> None:
    """8D 报告 whose approver stands in A SIGN-OFF GRID at its foot (编制 / 审核 / 批准 across, 姓名 / 日期 down): the
    批准 name is ``closure.approved_by``; the grid's dates are no field (the closing date is the D8 line's)."""
    s.text("A1", "8D 报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "发起日期", "客户", "投诉编号", "零件号", "投诉数量"),
        ("8D-WX-2603-012", D(2026, 3, 6), "无锡威孚高科技集团股份有限公司", "WF-CQ-260304", "WX-NZL-2207", 1500),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 小组成员", "B5", ("钱伟", "顾丽娟", "邵建明"), sep="、", span="D5")
    kit.lv_rows(s, 6, kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 产生原因", "D4 流出原因", "D5 永久措施", "D6 措施验证", "D7 预防再发生"),
        ("喷嘴孔径超差 1,500 件。", "库存 6,000 件全检。", "钻头磨损未及时更换。", "孔径检具分辨率不足。",
         "钻头寿命管理，每 3,000 孔更换。", "连续 5 批孔径合格。", "同类 2 条线比照执行。"),
    ))  # fmt: skip
    kit.lv(
        s, "A13", "D8 结案日期", "B13", D(2026, 4, 20), "closure.closed_date", fmt="yyyy-mm-dd", span="D13"
    )
    sign_grid(s, 15, ("编制", "审核", "批准"), ("邵建明", "顾丽娟", "钱伟"),
              ("2026-04-18", "2026-04-19", "2026-04-21"), (None, None, "closure.approved_by"))  # fmt: skip


# =============================================================================== return
def return_en_minus(s: kit.Sheet) -> None:
    """A distributor's RMA whose line quantities and amounts were pasted from the ERP as text with A TRAILING MINUS
    (``40-``, ``1,200-``, ``2,900.00-``): the counts and amounts without the sign."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "F1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "RMA date", "Customer", "Complaint ref."),
        (kit.pick(s, "RMA-260311-07", "RMA-260422-02"), kit.pick(s, D(2026, 3, 11), D(2026, 4, 22)),
         kit.pick(s, "Northstar Electronics Distribution Inc.", "Pacific Components Supply Corp."),
         kit.pick(s, "NED-QN-26-0147", "PCS-QN-26-0233")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Item No.", "Description", "Qty authorized", "Qty returned", "Unit price", "Ext. amount")
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, (("NS-REL-1201", "Relay 24VDC", 40, 40, 72.5), ("NS-TRM-1202", "Terminal block 12P", 1200, 1180, 0.85)),
                     (("PC-FUS-2201", "Fuse holder", 600, 600, 1.9),))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        cells = ((code, "part_no", None), (name, "part_name", None), (minus(qa, 0), "qty_approved", qa),
                 (minus(q, 0), "qty_returned", q), (f"{p:,.2f}", "unit_price", kit.money(p)),
                 (minus(q * p), "amount", kit.money(q * p)))  # fmt: skip
        for col, head, (raw, path, exp) in zip("ABCDEF", heads, cells):
            s.value(f"{col}{r}", raw, path=f"items[{i}].{path}", label=head, expect=exp)
    foot = kit.field_rows(
        ("Reason for return", "Disposition", "Received by", "Approved by"),
        (kit.pick(s, "Relays chatter, terminals cracked.", "Holders melt at 10 A."),
         (kit.pick(s, "Return to vendor", "Scrap"), [kit.pick(s, "return", "scrap")]),
         kit.pick(s, "Dave Miller", "Rosa Alvarez"), "Karen Fox"), kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "F")


def return_zh_scale70(s: kit.Sheet) -> None:
    """退货单 laid out LANDSCAPE and PRINTED AT A 70 % SCALE (no fit to page): the PDF's words about 7 pt."""
    s.ws.page_setup.orientation = "landscape"
    s.ws.sheet_properties.pageSetUpPr.fitToPage = False
    s.ws.page_setup.scale = 70
    s.text("A1", "退货单", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-CZ-2603-018", "TH-CZ-2605-006"), kit.pick(s, D(2026, 3, 19), D(2026, 5, 8)),
         kit.pick(s, "常州星宇车灯股份有限公司", "江苏恒立液压股份有限公司"), kit.pick(s, "XY-QA-260316", "HL-QA-260505")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    lines = kit.pick(s, [("CZ-LNS-5101", "灯罩透镜", 800, 780, 12.6), ("CZ-GSK-5102", "密封圈", 5000, 5000, 0.38)],
                     [("CZ-SEL-6201", "油封", 2000, 1960, 2.15)])  # fmt: skip
    heads = ("料号", "品名", "批准数量", "实退数量", "单价(元)", "金额(元)")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, lines, heads)
    foot = kit.field_rows(("退货原因", "处理方式", "仓库签收", "品质经理"),
                          (kit.pick(s, "透镜划伤，密封圈尺寸偏小。", "油封唇口破损。"), (kit.pick(s, "返工", "报废"), [kit.pick(s, "rework", "scrap")]),
                           "蒋丽华", "殷国平"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "H")


# =============================================================================== allowance
def allowance_en_usdate(s: kit.Sheet) -> None:
    """A distributor's CREDIT MEMO whose dates are typed in US order under ``(MM/DD/YYYY)`` labels (``03/05/2026``:
    5 March; ``02/11/2026``: 11 February), sales tax 7 %."""
    s.text("A1", "CREDIT MEMO", "E1", size=14)
    d, inv = kit.pick(s, (D(2026, 3, 5), D(2026, 2, 11)), (D(2026, 6, 3), D(2026, 5, 12)))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit memo No.", "Date (MM/DD/YYYY)", "Bill to", "Tax ID", "Invoice No.", "Invoice date (MM/DD/YYYY)",
         "RMA / complaint ref.", "Approved by"),
        (kit.pick(s, "CM-260305-014", "CM-260603-022"), us(d), kit.pick(s, "Summit Industrial Supply LLC", "Keystone Motion Parts Inc."),
         kit.pick(s, "38-4417820", "23-7719045"), kit.pick(s, "INV-2602-8841", "INV-2605-9310"), us(inv),
         kit.pick(s, "SIS-RC-26-0052", "KMP-RC-26-0118"), kit.pick(s, "Brian Keller", "Megan Shaw")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number",
         "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("Description", "Qty", "Unit price", "Amount", "Sales tax")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Linear bearing LM12UU", 300, 3.4), ("Shaft support SK12", 150, 2.75)),
                     (("Timing pulley GT2 20T", 800, 1.6),))  # fmt: skip
    kit.allowance_lines(s, 8, lines, heads, 0.07, lambda x: f"{x:,.2f}",
                        ("Subtotal", "Sales tax 7 %", "Total credit"))  # fmt: skip


def allowance_zht_inlabel(s: kit.Sheet) -> None:
    """A 銷貨折讓單 whose clerk typed the heading's VALUES INTO THE LABEL CELLS after the label, a full-width colon and
    spaces (``折讓單號：　ZR-TC-2603-052``), the value cells beside them left empty; the lines in their cells."""
    s.text("A1", "銷貨折讓單", "E1", size=15)
    heading = kit.field_rows(
        ("折讓單號", "折讓日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-TC-2603-052", ("2026/03/26", "2026-03-26"), "台達電子工業股份有限公司", "30412867", "TK-88410372",
         "DT-QA-260320"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    )  # fmt: skip
    for k, (lab, raw, path, exp) in enumerate(heading):
        r, (lcol, vcol, right) = 2 + k // 2, (("A", "B", None), ("C", "D", "E"))[k % 2]
        if s.blank:
            kit.lv(s, f"{lcol}{r}", lab, f"{vcol}{r}", raw, path, expect=exp, span=right and f"{right}{r}")
            continue
        s.value(f"{lcol}{r}", raw, path=path, label=lab, expect=exp, prefix=f"{lab}：　")
        s.box(f"{vcol}{r}", right and f"{right}{r}")
    heads = ("品名", "數量", "單價", "金額", "營業稅額")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("電源供應器外殼", 1200, 18.5), ("風扇護網", 3000, 2.4)), heads, 0.05)
    kit.lv_pairs(s, 10, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "總計", "主管"),
        ((net, kit.money(net)), (tax, kit.money(tax)), (round(net + tax, 2), kit.money(net + tax)), "彭淑芬"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    for ref in ("B10", "D10", "B11"):
        s.ws[ref].number_format = "#,##0.00"


_COPY2 = {"complaint_en_inlabel", "complaint_zh_inserted", "eightd_en_ford", "return_en_minus", "return_zh_scale70",
          "allowance_en_usdate", "complaint_en_scale70", "return_en_mmdd"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_inlabel, "CCR", dict(A=40, B=30, C=16, D=26), "an automotive customer concern report whose clerk typed values into the label cells after spaces"),
        (complaint_zh_inserted, "投诉单", dict(A=14, B=30, C=14, D=30), "客户投诉单 with a row the clerk inserted inside the form (补充说明 / 联系人)"),
        (complaint_zht_signgrid, "客訴", dict(A=14, B=30, C=14, D=30), "a 客訴單 whose reporter and sales supervisor stand in a sign-off grid"),
        (eightd_en_ford, "G8D", dict(A=38, B=34, C=28, D=30), "a Ford-like Global 8D: MM/DD/YYYY dates (03/05/2026), a second ICA row inserted with no label"),
        (eightd_zh_signgrid, "8D", dict(A=16, B=30, C=22, D=30), "8D 报告 whose approver stands in a sign-off grid (编制 / 审核 / 批准)"),
        (return_en_minus, "RMA", dict(A=18, B=26, C=16, D=16, E=14, F=16), "a distributor's RMA with quantities and amounts pasted as text with a trailing minus (40-, 2,900.00-)"),
        (return_zh_scale70, "退货单", dict(A=14, B=18, C=12, D=12, E=14, F=14, G=12, H=12), "a 退货单 laid out landscape and printed at a 70 % scale"),
        (allowance_en_usdate, "Credit", dict(A=30, B=24, C=28, D=22, E=16), "a distributor's credit memo with MM/DD/YYYY dates (03/05/2026)"),
        (allowance_zht_inlabel, "折讓", dict(A=30, B=18, C=30, D=18, E=14), "a 銷貨折讓單 whose heading values are typed into the label cells (折讓單號：　…)"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e4ebf2")


def complaint_en_scale70(f: kit.HtmlForm) -> str:
    """A customer portal's complaint page PRINTED LANDSCAPE AT 70 % (the print dialog's scale): every word small."""
    d = kit.pick(f, D(2026, 3, 12), D(2026, 5, 20))
    q, dq = kit.pick(f, (2500, 75), (9000, 210))
    f.raw("<h2>Supplier Quality Notification — Customer Complaint</h2>")
    kit.kv(f, kit.field_rows(
        ("Complaint No.", "Date received", "Customer", "Purchase order", "Lot", "Part number", "Part description",
         "Quantity delivered", "Quantity rejected", "Nonconformance", "Requested action", "Immediate action",
         "Originator", "Account manager"),
        (kit.pick(f, "SQN-26-00914", "SQN-26-01277"), (d.strftime("%d %b %Y"), d.isoformat()),
         kit.pick(f, "Cascade Appliance Controls Inc.", "Blue Ridge HVAC Systems LLC"),
         kit.pick(f, "PO-7730-2219", "PO-7731-0455"), kit.pick(f, "CA2603-02", "CA2605-07"),
         kit.pick(f, "CA-THR-1180", "BR-CND-0932"), kit.pick(f, "Thermostat housing", "Condensate float switch"),
         (f"{q:,}", q), (f"{dq:,}", dq), kit.pick(f, "Housing snaps break on assembly.", "Float sticks in the up position."),
         (kit.pick(f, "Replacement", "Return for credit"), [kit.pick(f, "replacement", "return")]),
         kit.pick(f, "Stock of 1,800 pcs on hold.", "All open orders held."), "Zhao Min",
         kit.pick(f, "Greg Hollis", "Dana Pruitt")), kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    return f.page("Customer complaint", _CSS + "@page{size:A4 landscape;margin:10mm}body{zoom:0.7}")


def eightd_en_scarsign(f: kit.HtmlForm) -> str:
    """A SCAR / 8D response page whose approver stands in A SIGN-OFF GRID (Role | Name | Date | Signature: Prepared,
    Reviewed, Approved) and whose heading carries a RESPONSE DUE date beside the issue date (no field)."""
    f.raw("<h2>SUPPLIER CORRECTIVE ACTION REQUEST (SCAR) — 8D RESPONSE</h2>")
    f.raw("<table>")
    kit.kv_rows(f, kit.field_rows(
        ("SCAR No.", "Issue date", "Customer", "Customer NCR No.", "Part No.", "Qty affected"),
        ("SCAR-26-0133", ("2026-03-09", "2026-03-09"), "Tri-County Hydraulics Inc.", "NCR-26-0418", "TC-VLV-5520",
         ("720", 720)), kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.raw(f"<tr><th>Response due</th><td>{f.val('2026-03-23', path=None, label='Response due')}</td></tr>")
    kit.team_row(f, "D1 Team", ("Huang Wei", "Peter Lang", "Xu Jing"))
    steps = kit.eightd_steps(
        ("D2 Problem statement", "D3 Containment", "D4 Root cause (occurrence)", "D4 Root cause (escape)",
         "D5 Corrective action", "D6 Verification of effectiveness", "D7 Preventive action"),
        ("Valve spools stick, 720 pcs.", "All stock and WIP sorted, 4,200 pcs.", "Grinding coolant filter clogged.",
         "Roughness not measured at final inspection.", "Filter changed weekly; roughness gauged per lot.",
         "6 lots pass roughness and function test.", "Coolant check added to all grinders."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw(
        f"<tr><th>D8 Closure date</th><td>{f.val('2026-04-16', path='closure.closed_date', label='D8 Closure date')}</td></tr>"
    )
    f.raw("</table>")
    kit.th_row(f, ("Role", "Name", "Date", "Signature"))
    for role, name, day, path in (("Prepared by", "Xu Jing", "2026-04-14", None),
                                  ("Reviewed by", "Huang Wei", "2026-04-15", None),
                                  ("Approved by", "Peter Lang", "2026-04-16", "closure.approved_by")):  # fmt: skip
        f.raw(f"<tr><td>{role}</td><td>{f.val(name, path=path, label=role)}</td>"
              f"<td>{f.val(day, path=None, label=role)}</td><td></td></tr>")  # fmt: skip
    f.raw("</table>")
    return f.page("SCAR 8D response", _CSS)


def return_en_mmdd(f: kit.HtmlForm) -> str:
    """A distributor's RMA page whose date is typed in US order under ``(MM/DD/YYYY)`` (``03/05/2026``: 5 March;
    copy2 ``06/04/2026``: 4 June)."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 6, 4))
    f.raw("<h2>RMA — RETURN MATERIAL AUTHORIZATION</h2>")
    kit.kv(f, kit.field_rows(
        ("RMA number", "RMA date (MM/DD/YYYY)", "Customer", "Customer complaint No."),
        (kit.pick(f, "RMA-US-26-0219", "RMA-US-26-0388"), us(d),
         kit.pick(f, "Heartland Power Tools Inc.", "Riverside Pump & Motor Co."), kit.pick(f, "HPT-CC-26-044", "RPM-CC-26-091")),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    lines = kit.pick(f, (("HP-SW-3301", "Trigger switch", 500, 488, 3.95), ("HP-BR-3302", "Carbon brush set", 1000, 1000, 1.2)),
                     (("RP-IMP-4101", "Impeller 90 mm", 60, 60, 24.0),))  # fmt: skip
    heads = (
        "Part No.",
        "Description",
        "Qty authorized",
        "Qty received",
        "Unit price (USD)",
        "Extended (USD)",
    )
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (code, name, (f"{qa:,}", qa), (f"{q:,}", q), (f"{p:,.2f}", kit.money(p)),
                 (f"{q * p:,.2f}", kit.money(q * p)))  # fmt: skip
        kit.td_row(f, kit.item_cells(i, cells, kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Return reason", "Disposition", "Received by", "Authorized by"),
        (kit.pick(f, "Switches fail hi-pot test.", "Impellers cracked at hub."),
         (kit.pick(f, "Return to vendor", "Scrap"), [kit.pick(f, "return", "scrap")]),
         kit.pick(f, "Jose Ramirez", "Amy Turner"), "Steve Nolan"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("RMA", _CSS)


def allowance_zh_minus(f: kit.HtmlForm) -> str:
    """销售折让单 printed from an ERP whose amounts carry A TRAILING MINUS (``3,600.00-``): the amounts without the
    sign."""
    f.raw("<h2>销售折让单</h2>")
    kit.kv(f, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉单号"),
        ("ZR-NB-2603-031", ("2026-03-30", "2026-03-30"), "宁波均胜电子股份有限公司", "91330200717202558K",
         "26332000000041177305", "JS-QA-260326"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ))  # fmt: skip
    heads = ("货物名称", "数量", "单价", "金额", "税额")
    kit.th_row(f, heads)
    lines = (("方向盘饰盖", 1200, 3.0), ("安全带卡扣", 4000, 0.65))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        cells = (
            name,
            (minus(q, 0), q),
            (f"{p:.2f}", kit.money(p)),
            (minus(a), kit.money(a)),
            (minus(t), kit.money(t)),
        )
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", "qty", "unit_price", "allowance_amount", "tax")), heads
        )
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("金额合计", "税额合计", "价税合计", "财务审核"),
        ((minus(net), kit.money(net)), (minus(tax), kit.money(tax)), (minus(net + tax), kit.money(net + tax)), "沈佳琪"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("销售折让单", _CSS)


def _by_glyph(pdf) -> None:
    """Draw every text a glyph at a time (one text object each), as some report drivers write a PDF."""
    whole = pdf.text

    def text(x, y, txt):
        for ch in txt:
            whole(x, y, ch)
            x += pdf.get_string_width(ch)

    pdf.text = text


def eightd_zht_glyphs(f: kit.PdfDraw) -> None:
    """An 8D 報告 drawn with EVERY GLYPH ITS OWN TEXT OBJECT (a report driver's PDF): the words must be put together."""
    f = kit.CjkDraw.of(f)
    _by_glyph(f.pdf)
    f.text(85, 14, "8D 報告", size=14)
    kit.pdf_lv_lines(f, 15, 40, 26, kit.field_rows(
        ("報告編號", "立案日期", "客戶", "客訴單號", "料號", "客訴數量"),
        ("8D-HC-2603-021", ("2026/03/13", "2026-03-13"), "廣達電腦股份有限公司", "QC-SQE-260311", "HC-HNG-2280",
         ("600 PCS", 600)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.pdf_team_line(f, 15, 50, 70, "D1 小組成員", ("蕭志偉", "杜佳玲", "高銘德"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("轉軸扭力不足，計 600 PCS。", "在庫 2,500 PCS 全數扭力測試。", "墊片厚度公差偏下限。", "出貨檢驗未量測扭力。",
         "墊片厚度改為中值管制。", "連續 4 批扭力合格。", "同類 3 款轉軸比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 50, 80, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 50, y + 2, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/22", "2026-04-22"), "呂宗翰"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def return_zht_signgrid(f: kit.PdfDraw) -> None:
    """A 退貨單 whose receiver and approver stand in A RULED SIGN-OFF GRID at its foot (倉管簽收 / 品保 / 主管核准 across,
    姓名 / 日期 down): the names are the fields, the grid's dates none."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退貨單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, kit.field_rows(
        ("退回單號", "退回日期", "客戶", "客訴編號"),
        ("RT-HS-2603-044", ("2026/03/27", "2026-03-27"), "英業達股份有限公司", "IEC-QA-260324"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "料號", "part_no"), (45, "品名", "part_name"), (85, "核准數量", "qty_approved"),
            (110, "退回數量", "qty_returned"), (138, "單價", "unit_price"), (165, "金額", "amount"))  # fmt: skip
    for x, lab, _path in cols:
        f.text(x, 62, lab, bold=True)
    f.pdf.line(15, 64, 195, 64)
    lines = (("HS-KBD-1101", "鍵盤膜片", 1500, 1480, 2.2), ("HS-SPK-1102", "喇叭模組", 300, 300, 15.5))
    y = 64.0
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 8
        for (x, lab, path), raw, exp in zip(cols, (code, name, f"{qa:,}", f"{q:,}", f"{p:,.2f}", f"{q * p:,.2f}"),
                                            (None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 38, y + 14, kit.field_rows(
        ("退回原因", "處理方式"), ("膜片按鍵失效，喇叭破音。", ("退回供應商", ["return"])), ("reason", "handling"),
    ))  # fmt: skip
    top = y + 34
    for k in range(4):  # the grid's rules: a heading row, 姓名, 日期
        f.pdf.line(15, top + k * 9, 165, top + k * 9)
    for x in (15, 45, 85, 125, 165):
        f.pdf.line(x, top, x, top + 27)
    f.text(18, top + 15, "姓名")
    f.text(18, top + 24, "日期")
    for x, role, name, day, path in ((48, "倉管簽收", "魏淑貞", "2026/03/27", "warehouse_receiver"),
                                     (88, "品保", "孔德明", "2026/03/28", None),
                                     (128, "主管核准", "石建國", "2026/03/28", "approved_by")):  # fmt: skip
        f.text(x, top + 6, role, bold=True)
        f.value(x, top + 15, name, path=path, label=role)
        f.value(x, top + 24, day, path=None, label=role)


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a customer portal's complaint printed landscape at a 70 % scale", complaint_en_scale70),
        ("a SCAR 8D response whose approver stands in a sign-off grid, a response due date beside the issue date", eightd_en_scarsign),
        ("a distributor's RMA with an MM/DD/YYYY date (03/05/2026)", return_en_mmdd),
        ("a 销售折让单 whose amounts carry an ERP's trailing minus (3,600.00-)", allowance_zh_minus),
        ("an 8D 報告 drawn with every glyph its own text object", eightd_zht_glyphs),
        ("a 退貨單 whose receiver and approver stand in a ruled sign-off grid", return_zht_signgrid),
    )
]  # fmt: skip


# =============================================================================== odd files
def _side_by_side_workbook() -> bytes:
    """A workbook with TWO DIFFERENT COMPLAINTS SIDE BY SIDE on one sheet (A:B and D:E: the clerk copied last week's
    form to the right to fill the new one): never one of them read silently as the file's record."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "客诉单"
    left = (
        ("投诉单号", "KS-JX-2603-009"),
        ("接收日期", "2026-03-02"),
        ("客户名称", "嘉兴敏实汽车零部件有限公司"),
        ("物料编码", "JX-TRM-3301"),
        ("交货数量", 4000),
        ("不良数量", 60),
        ("不良描述", "饰条划伤。"),
        ("填表人", "俞静"),
    )
    right = (("投诉单号", "KS-JX-2603-014"), ("接收日期", "2026-03-09"), ("客户名称", "宁波拓普集团股份有限公司"),
             ("物料编码", "JX-BSH-0412"), ("交货数量", 10000), ("不良数量", 150), ("不良描述", "衬套压入力偏大。"), ("填表人", "俞静"))  # fmt: skip
    for r, ((la, va), (lb, vb)) in enumerate(zip(left, right), start=1):
        for col, v in zip((1, 2, 4, 5), (la, va, lb, vb)):
            ws.cell(r, col, v)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 9, 10, 0))


def _over_count_pdf() -> bytes | None:
    """A filled complaint drawn by fpdf2 whose DEFECT COUNT IS LARGER THAN THE COUNT DELIVERED (``不良数量 9600`` of
    ``交货数量 960``: a zero too many): never a record that holds both silently."""
    if kit.FPDF is None:
        return None
    f = kit.CjkDraw.of(kit.PdfDraw(False))
    f.text(80, 16, "客户投诉单", size=14)
    shown = (("投诉单号", "KS-HF-2603-027"), ("接收日期", "2026-03-24"), ("客户名称", "合肥美的洗衣机有限公司"),
             ("物料编码", "HF-DMP-0620"), ("交货数量", "960"), ("不良数量", "9600"), ("不良描述", "减震器异响。"),
             ("填表人", "汪俊"))  # fmt: skip
    y = 30
    for lab, val in shown:
        f.text(20, y, lab + "：")
        f.text(55, y, val)
        y += 8
    return bytes(f.pdf.output())


ODD = {
    "complaint-sidebyside.xlsx": (
        "a workbook with two different complaints side by side on one sheet (KS-JX-2603-009 in A:B, KS-JX-2603-014 in "
        "D:E): a word that the sheet holds two forms, or a clear error; never one of them, or a mix, silently",
        _side_by_side_workbook,
    ),
    "complaint-overcount.pdf": (
        "a filled complaint PDF whose defect count (9600) is larger than the count delivered (960): a word that the "
        "counts do not agree, or a clear error; never both held silently",
        _over_count_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-seventh held-out layouts", ODD)
