"""Write the sixtieth held-out set (run: ``python tests/holdout60/make_holdout60.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS FROM CUSTOMERS IN
SOUTHEAST ASIA, SOUTH ASIA, THE MIDDLE EAST, AFRICA AND LATIN AMERICA writing to a Chinese factory in English (not
their first language) or bilingually, Chinese only in the factory's own forms: a Vietnamese distributor's complaint
form in English with Vietnamese glosses (``Complain No. / Số khiếu nại``, ``Dealer / Đại lý``, ``Defected Qty``,
``dd/mm/yyyy``); an Indian buyer's complaint (``Complaint Ref.``, ``Buyer`` beside ``Consignee``, ``PO Ref.``,
``Invoice No.``, ``Claim Amt Rs. 1,25,000.00`` in lakh grouping); a Gulf importer's claim (``Claimant``,
``dd-MMM-yyyy``, ``AED 18,450.00``); a Mexican claim in Spanish / English halves (``Cliente / Customer``, ``Fecha /
Date``, ``Cantidad Recibida / Qty Received 2.400``, ``MXN 45.678,90``); the factory's zh-Hans register of a Kenyan
complaint (``KES``, the customer's English words, ``我司回复``); a Taiwanese trading house's zh-Hant 客訴單 for a
Philippine customer (``PHP``, ``我方回覆``); a regional office's English 8D (``8D Ref.``, ``Date Opened``, ``D4 Escape
Point``) and the factory's zh-Hans 8D for an Indonesian customer; a Brazilian return in Portuguese / English halves
(``Qtd. Devolvida / Qty Returned``, ``R$ 1.250,00``, ``Motivo / Reason of Return``); the factory's 退货单 for the
Indian buyer (``₹1,25,000.00``); a zh-Hant 退貨單 for a Thai dealer (``฿``); an Indian debit note (``Buyer GSTIN``,
``IGST @ 18%``); the factory's 折让证明单 for a Saudi importer (``税号（TRN）``, 增值税 15 %). Sent as PDF only (fpdf2):
a Nigerian distributor's complaint letter (``Ref No.``, ``NGN 2,450,000.00``, ``Yours faithfully``); an Indonesian
complaint in Bahasa / English halves (``Rp 12.500.000``); a zh-Hant 折讓單 for a South African distributor
(``R 45 600,00``); a zh-Hant 8D of a Taiwanese trading house for a Malaysian customer. ``odd/`` holds a complaint
whose only date is ambiguous (``03/04/2026`` with nothing saying the order) and one whose defective count has a
decimal comma (``1,5``). Every id begins ``intl-``.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice``
and drawn with fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

HERE, SOURCE = kit.generator(__file__, "sixtieth held-out imitation")
dt = kit.dt


def inr(x: float) -> str:
    """Rupees as an Indian clerk types them, in lakh grouping: the last three digits, then pairs (1,25,000.00)."""
    whole, cents = f"{x:.2f}".split(".")
    head, groups = whole[:-3], [whole[-3:]]
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(groups) + "." + cents


def zar(x: float) -> str:
    """Rand as a South African clerk types them: a space between the thousands, a decimal comma (R 45 600,00)."""
    return "R " + kit.eu(x, thousands=" ")


# =============================================================================== complaint
def complaint_en_vndist(s: kit.Sheet) -> None:
    """A Vietnamese distributor's complaint form in English with Vietnamese glosses under each label's English:
    ``Complain No. / Số khiếu nại``, ``Date of Complain / Ngày khiếu nại`` in dd/mm/yyyy, ``Dealer / Đại lý`` (the
    customer), ``PO Ref.``, ``SKU``, ``Defected Qty / SL lỗi``, ``Request / Yêu cầu``."""
    s.text("A1", "CUSTOMER COMPLAINT FORM / PHIẾU KHIẾU NẠI KHÁCH HÀNG", "D1", size=14)
    kit.plain(s, "A2", "Minh Phat Trading Co., Ltd — 128 Nguyen Van Linh, Q.7, TP. Ho Chi Minh", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Complain No. / Số khiếu nại", "Date of Complain / Ngày khiếu nại", "Dealer / Đại lý", "PO Ref. / Số PO",
         "SKU / Mã hàng", "Product / Sản phẩm", "Lot / Số lô", "Received Qty / SL nhận", "Defected Qty / SL lỗi"),
        (kit.pick(s, "MP-KN-2611-014", "MP-KN-2611-021"), kit.pick(s, ("05/11/2026", "2026-11-05"), ("19/11/2026", "2026-11-19")),
         "Minh Phat Trading Co., Ltd", kit.pick(s, "MP-PO-26-0871", "MP-PO-26-0932"), kit.pick(s, "EK-1850W", "EK-1720B"),
         kit.pick(s, "Electric kettle 1.8 L, 1850 W", "Electric kettle 1.7 L, black"), kit.pick(s, "L2610-07", "L2611-02"),
         (kit.pick(s, "2,400 pcs", "1,200 pcs"), kit.pick(s, 2400, 1200)), (kit.pick(s, "96 pcs", "40 pcs"), kit.pick(s, 96, 40))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty"),
    ), span="D")  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("Problem Detail / Mô tả lỗi", "Request / Yêu cầu", "Reported by / Người lập"),
        (kit.pick(s, "Kettle switch not auto off when water boiling, 96 pcs return from shops.",
                  "Lid hinge broken after few use, 40 pcs."),
         ("Replace new goods", ["replacement"]), kit.pick(s, "Nguyen Thi Lan", "Tran Van Hung")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_en_india(s: kit.Sheet) -> None:
    """An Indian buyer's complaint: ``Complaint Ref.``, ``Dated`` in dd/mm/yyyy, ``Buyer`` (the customer) beside
    ``Consignee`` (its warehouse, no field), ``PO Ref.``, ``Invoice No.`` (no field), ``Item Code``, ``Qty Supplied``
    / ``Qty Rejected`` in Nos., ``Claim Amt`` in rupees with lakh grouping, ``Nature of Complaint``, ``Action
    Required``, ``Complainant``."""
    s.text("A1", "CUSTOMER COMPLAINT REPORT", "D1", size=14)
    kit.plain(s, "A2", "Shree Ganesh Auto Components Pvt. Ltd. — Quality Assurance Dept., Pune 411 019", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Complaint Ref.", "Dated", "Buyer", "Consignee", "PO Ref.", "Invoice No.", "Item Code", "Item Description",
         "Batch No.", "Qty Supplied", "Qty Rejected", "Claim Amt"),
        (kit.pick(s, "SGAC/QA/26-27/0142", "SGAC/QA/26-27/0158"), kit.pick(s, ("07/11/2026", "2026-11-07"), ("21/11/2026", "2026-11-21")),
         "Shree Ganesh Auto Components Pvt. Ltd.", "SGAC Plant II, Chakan MIDC", kit.pick(s, "4500087213", "4500087590"),
         kit.pick(s, "EXP/26-27/1184", "EXP/26-27/1233"), kit.pick(s, "BRG-6204-2RS", "BRG-6205-ZZ"),
         kit.pick(s, "Ball bearing 6204-2RS", "Ball bearing 6205-ZZ"), kit.pick(s, "B26-10-118", "B26-11-009"),
         (kit.pick(s, "10,000 Nos.", "5,000 Nos."), kit.pick(s, 10000, 5000)),
         (kit.pick(s, "1,250 Nos.", "600 Nos."), kit.pick(s, 1250, 600)),
         kit.pick(s, ("Rs. 1,25,000.00", "125000.00"), ("Rs. 60,000.00", "60000.00"))),
        ("number", "received_date", "customer", None, "order_no", None, "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", "loss_amount"),
    ), span="D")  # fmt: skip
    kit.rows_down(s, 10, kit.field_rows(
        ("Nature of Complaint", "Action Required", "Complainant"),
        (kit.pick(s, "Bearings found noisy at incoming (vibration test), rust marks on outer ring.",
                  "Seal displaced on 600 Nos., grease leakage."),
         ("Kindly replace the rejected qty and send 8D within 7 days", ["replacement"]),
         kit.pick(s, "Rajesh Kulkarni", "Priya Deshpande")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_en_gulf(s: kit.Sheet) -> None:
    """A Gulf importer's claim: ``Claim No.``, ``Claim Date`` in dd-MMM-yyyy, ``Claimant`` (the customer), ``Shipment
    Ref.`` (no field) and ``B/L No.`` (no field), ``Model``, ``Qty Shipped`` / ``Qty Damaged`` in CTNs, ``Claim
    Amount AED 18,450.00``, ``Details of Claim``, ``Settlement Requested`` (credit note)."""
    s.text("A1", "QUALITY CLAIM", "D1", size=14)
    kit.plain(s, "A2", "Al Noor General Trading LLC — P.O. Box 41822, Deira, Dubai, U.A.E.", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Claim No.", "Claim Date", "Claimant", "Shipment Ref.", "B/L No.", "Model", "Description of Goods",
         "Qty Shipped", "Qty Damaged", "Claim Amount"),
        (kit.pick(s, "ANGT/CLM/2026/037", "ANGT/CLM/2026/041"), kit.pick(s, ("09-Nov-2026", "2026-11-09"), ("23-Nov-2026", "2026-11-23")),
         "Al Noor General Trading LLC", kit.pick(s, "SO-NB-261002", "SO-NB-261019"), kit.pick(s, "COSU6281735410", "COSU6281802277"),
         kit.pick(s, "AC-18K-T3", "AC-24K-T3"), kit.pick(s, "Split air conditioner 18000 BTU, T3 climate", "Split air conditioner 24000 BTU, T3 climate"),
         (kit.pick(s, "600 CTNs", "400 CTNs"), kit.pick(s, 600, 400)), (kit.pick(s, "45 CTNs", "22 CTNs"), kit.pick(s, 45, 22)),
         kit.pick(s, ("AED 18,450.00", "18450.00"), ("AED 11,220.00", "11220.00"))),
        ("number", "received_date", "customer", None, None, "part_no", "part_name", "ship_qty", "defect_qty",
         "loss_amount"),
    ), span="D")  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("Details of Claim", "Settlement Requested", "Claim Raised By"),
        (kit.pick(s, "Compressor not start at 48 °C ambient, 45 units failed on installation.",
                  "Refrigerant leak at flare nut, 22 units."),
         ("Credit note against next shipment", ["allowance"]), kit.pick(s, "Mohammed Saeed", "Imran Qureshi")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_en_mexico(s: kit.Sheet) -> None:
    """A Mexican customer's claim in Spanish / English halves: ``No. de Reclamo / Claim No.``, ``Fecha / Date`` in
    dd/mm/yyyy, ``Cliente / Customer``, ``Orden de Compra / PO``, ``Cantidad Recibida / Qty Received`` typed
    ``2.400`` (dot thousands), ``Monto Reclamado / Claim Amount MXN 45.678,90`` (comma decimals), ``Solicitud /
    Request``."""
    s.text("A1", "RECLAMO DE CALIDAD / QUALITY CLAIM", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("No. de Reclamo / Claim No.", "Fecha / Date", "Cliente / Customer", "Orden de Compra / PO", "Código / Code",
         "Producto / Product", "Lote / Lot", "Cantidad Recibida / Qty Received", "Cantidad Defectuosa / Defective Qty",
         "Monto Reclamado / Claim Amount"),
        (kit.pick(s, "RC-MTY-2611-022", "RC-MTY-2611-029"), kit.pick(s, ("12/11/2026", "2026-11-12"), ("26/11/2026", "2026-11-26")),
         "Herrajes del Norte S.A. de C.V.", kit.pick(s, "OC-48811", "OC-48902"), kit.pick(s, "HG-3540-SS", "HG-3560-SS"),
         kit.pick(s, "Bisagra de acero inoxidable 3.5\"", "Bisagra de acero inoxidable 3.5\" (negra)"),
         kit.pick(s, "HN2610-15", "HN2611-03"), (kit.pick(s, "2.400", "1.800"), kit.pick(s, 2400, 1800)),
         (kit.pick(s, "360", "150"), kit.pick(s, 360, 150)),
         kit.pick(s, ("MXN 45.678,90", "45678.90"), ("MXN 19.032,50", "19032.50"))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "loss_amount"),
    ), span="D")  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("Descripción / Description", "Solicitud / Request", "Elaborado por / Prepared by"),
        (kit.pick(s, "Óxido en el pasador después de 48 h en cámara salina; 360 piezas rechazadas.",
                  "Acabado negro se desprende; 150 piezas."),
         ("Reposición del material / Replacement", ["replacement"]), kit.pick(s, "Lucía Hernández", "Jorge Treviño")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_zh_haiwai(s: kit.Sheet) -> None:
    """The factory's own zh-Hans register of an overseas complaint: 客诉编号, 收到日期, 客户 (a Kenyan distributor, named
    in English), 国家 (no field), 订单号, 产品型号, 发货数量 / 不良数量, 索赔金额 ``KES 386,400.00``, the customer's words
    in English under 客户描述, 客户要求, 我司回复 (our short-term answer), 跟单业务 (the merchandiser who filed it: the reporter)."""
    s.text("A1", "海外客诉登记表", "D1", size=15)
    kit.plain(s, "A2", "宁波力拓电器有限公司　外贸部 / 品质部", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客诉编号", "收到日期", "客户", "国家", "订单号", "产品型号", "产品名称", "发货数量", "不良数量", "索赔金额"),
        ("HW-KS-2611-009", ("2026-11-10", "2026-11-10"), "Savannah Home Appliances Ltd", "肯尼亚 Kenya", "LT-EX-261008",
         "BL-450", "台式搅拌机 450 W", ("1,800 台", 1800), ("120 台", 120), ("KES 386,400.00", "386400.00")),
        ("number", "received_date", "customer", None, "order_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "loss_amount"),
    ), span="D")  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("客户描述", "客户要求", "我司回复", "跟单业务"),
        ("Motor burn after 10 min use, smell of smoke. 120 units return by our dealers in Nairobi and Mombasa.",
         ("Send spare motors and compensate labour", ["replacement", "compensation"]),
         "先补发 120 个电机总成随下批货发出，人工费待原因确认后协商。", "胡晓燕"),
        ("description", "customer_request", "short_term_action", "reporter"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_regional(s: kit.Sheet) -> None:
    """A multinational's regional office (Singapore) 8D template in English: ``8D Ref.``, ``Date Opened`` in
    dd/mm/yyyy, ``Customer``, ``Complaint Ref.``, ``Part Number``, ``Qty Affected``; D2 … D7 with ``D4 Root Cause``
    and ``D4 Escape Point``, ``D8 Closure Date`` / ``D8 Approved``."""
    s.text("A1", "8D PROBLEM SOLVING REPORT — ASEAN REGIONAL QUALITY", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D Ref.", "Date Opened", "Customer", "Complaint Ref.", "Part Number", "Qty Affected"),
        (kit.pick(s, "SG-8D-26-0311", "SG-8D-26-0327"), kit.pick(s, ("14/11/2026", "2026-11-14"), ("28/11/2026", "2026-11-28")),
         kit.pick(s, "Siam Electric Appliance Co., Ltd. (Rayong)", "PT Cahaya Elektrik Indonesia"),
         kit.pick(s, "SEA-QC-2611-045", "CEI-CC-2611-017"), kit.pick(s, "PCB-CTL-220-V3", "PCB-CTL-240-V2"),
         (kit.pick(s, "1,560 pcs", "720 pcs"), kit.pick(s, 1560, 720))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", kit.pick(s, ("Tan Wei Ming", "Somchai P.", "Li Jun"), ("Tan Wei Ming", "Agus S.")),
                  span="D5")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 Problem Description", "D3 Containment Actions", "D4 Root Cause", "D4 Escape Point",
         "D5 Permanent Corrective Actions", "D6 Implementation & Validation", "D7 Prevent Recurrence"),
        kit.pick(s, ("Control board dead on arrival, relay coil open; 1,560 pcs of lot 2610.",
                     "Sort 8,000 pcs at customer and in transit; 100 % relay function test before shipment.",
                     "Relay coil wire broken by ultrasonic cleaning after wave soldering (frequency 40 kHz).",
                     "ICT checked coil resistance before cleaning only.",
                     "Ultrasonic cleaning removed for relay boards; spray cleaning instead.",
                     "3 lots 0 ppm at customer incoming; relay coil test added after cleaning.",
                     "Relay boards flagged in PFMEA of all plants in the region."),
                 ("Board no display, 720 pcs.", "Hold stock 3,000 pcs.", "Connector pin bent by tray.",
                  "Visual check sampling only.", "New tray with pin guards.", "2 lots no bent pin.",
                  "Tray design rule in packaging standard.")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 Closure Date", "D8 Approved"), (kit.pick(s, ("12/12/2026", "2026-12-12"), ("22/12/2026", "2026-12-22")), "Daniel Koh"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_yinni(s: kit.Sheet) -> None:
    """The factory's zh-Hans 8D answering an Indonesian customer's complaint: 8D 编号, 发起日期, 客户 (named in English),
    客户投诉单号 (the customer's number), 产品型号, 不良数量 in PCS; D3 临时措施, D4 根本原因 / 流出原因, D7 预防再发生."""
    s.text("A1", "8D 纠正措施报告（印尼客户）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D 编号", "发起日期", "客户", "客户投诉单号", "产品型号", "不良数量"),
        ("8D-LT-2611-15", ("2026/11/16", "2026-11-16"), "PT Maju Bersama Elektronik", "MBE/QC/XI/2026/031", "FAN-40-W",
         ("350 PCS", 350)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 小组成员", "B5", ("许志强", "郑敏", "Budi Santoso"), sep="、", span="D5")
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 根本原因", "D4 流出原因", "D5 永久措施", "D6 效果确认", "D7 预防再发生"),
        ("落地扇 FAN-40-W 摇头齿轮打滑，雅加达仓 350 台退回。", "在库 2,200 台全检摇头功能，海运在途 1 柜到港后由代理商挑选。",
         "齿轮材料 POM 换供应商后含水率高，注塑后尺寸收缩超差。", "出货检验只抽检 5 台摇头，未做 8 小时连续运转。",
         "POM 来料增加含水率检验，注塑前烘料 3 小时。", "连续 4 批 8 小时运转无打滑，客户复检合格。",
         "换料需做运转试验，已写入变更管理程序。"),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 结案日期", "批准"), (("2026-12-10", "2026-12-10"), "王建国"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zht_thai(s: kit.Sheet) -> None:
    """A Taiwanese trading house's zh-Hant 退貨單 for a Thai dealer's return: 退貨日期 in 民國, 客戶 named in English, 客訴單號
    (the dealer's), 單價（THB） / 金額（THB） typed with the baht sign ``฿65.00``, the dealer's English words under 退貨原因,
    處理方式 換新品 (replace)."""
    s.text("A1", "退貨單", "F1", size=15)
    kit.plain(s, "A2", "鴻泰國際貿易股份有限公司　曼谷辦事處", "F2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        (kit.pick(s, "RT-BK-1151116-02", "RT-BK-1151130-01"), kit.pick(s, ("115/11/16", "2026-11-16"), ("115/11/30", "2026-11-30")),
         "Chaiyo Electric Supply Co., Ltd.", kit.pick(s, "CES-CP-2611-012", "CES-CP-2611-019")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名", "核准數量", "實退數量", "單價（THB）", "金額（THB）")
    kit.head_row(s, 5, "ABCDEF", heads)
    lines = kit.pick(s, (("LED-T8-18W", "LED 燈管 T8 18 W 6500K", 300, 300, 65.0),),
                     (("LED-PN-36W", "LED 平板燈 36 W 600×600", 80, 78, 420.0),))  # fmt: skip
    kit.return_lines(s, 6, lines, heads, amount=lambda x: f"฿{x:,.2f}")
    foot = kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "核准"),
        (kit.pick(s, "Flicker after 2 weeks install", "Panel driver noise"), ("換新品", ["replace"]),
         kit.pick(s, "Somsak K.", "Niran T."), "張維"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 7, foot, "F")


def return_en_brazil(s: kit.Sheet) -> None:
    """A Brazilian return note in Portuguese / English halves: ``Nº Devolução / Return No.``, ``Data / Date``,
    ``Cliente / Customer``, ``Ref. Reclamação / Complaint Ref.``; ``Qtd. Aprovada / Qty Approved``, ``Qtd. Devolvida
    / Qty Returned``, ``Preço Unit. / Unit Price`` ``R$ 12,50``, ``Valor / Amount`` ``R$ 1.250,00``; ``Motivo / Reason of Return``,
    ``Disposição / Disposition`` (scrap)."""
    s.text("A1", "NOTA DE DEVOLUÇÃO / RETURN NOTE", "F1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Nº Devolução / Return No.", "Data / Date", "Cliente / Customer", "Ref. Reclamação / Complaint Ref."),
        (kit.pick(s, "DEV-2611-0044", "DEV-2611-0051"), kit.pick(s, ("18/11/2026", "2026-11-18"), ("02/12/2026", "2026-12-02")),
         "Ferragens Paulista Ltda.", kit.pick(s, "RQ-FP-2611-009", "RQ-FP-2611-014")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Código / Code", "Descrição / Description", "Qtd. Aprovada / Qty Approved", "Qtd. Devolvida / Qty Returned",
             "Preço Unit. / Unit Price", "Valor / Amount")  # fmt: skip
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, (("CAD-50-ZN", "Cadeado 50 mm zincado", 100, 100, 12.5),),
                     (("CAD-40-ZN", "Cadeado 40 mm zincado", 240, 236, 9.8),))  # fmt: skip
    kit.return_lines(
        s, 5, lines, heads, count=lambda n: kit.qty(n, ".", "pç"), amount=lambda x: kit.eu(x, sign="R$ ")
    )
    foot = kit.field_rows(
        ("Motivo / Reason of Return", "Disposição / Disposition", "Recebido por / Received by", "Aprovado por / Approved by"),
        (kit.pick(s, "Chave não abre, mola quebrada", "Corrosão no corpo"), ("Sucata / Scrap", ["scrap"]),
         kit.pick(s, "Ana Souza", "Carlos Lima"), "Zhou Ming"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


def return_zh_india(s: kit.Sheet) -> None:
    """The factory's zh-Hans 退货单 for an Indian buyer's rejected bearings: 客户 named in English, 客诉单号 the buyer's
    (``SGAC/QA/26-27/0142``), 单价（INR） / 金额（INR） copied from the buyer's debit note with the rupee sign in lakh
    grouping (``₹1,25,000.00``), 处理方式 报废并补货 (scrap and replace)."""
    s.text("A1", "退货单（出口）", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        ("TH-EX-2611-031", ("2026/11/20", "2026-11-20"), "Shree Ganesh Auto Components Pvt. Ltd.", "SGAC/QA/26-27/0142"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("物料编码", "品名", "批准数量", "实退数量", "单价（INR）", "金额（INR）")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, (("BRG-6204-2RS", "深沟球轴承 6204-2RS", 1250, 1250, 100.0),), heads,
                     amount=lambda x: f"₹{inr(x)}")  # fmt: skip
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        ("客户来料振动检测异响，外圈锈迹", ("报废并补货", ["scrap", "replace"]), "周海", "李国平"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


# =============================================================================== allowance
def allowance_en_india(s: kit.Sheet) -> None:
    """An Indian buyer's debit note raised on the supplier for rejected goods: ``Debit Note No.``, ``Date`` in
    dd/mm/yyyy, ``Buyer`` (the issuer, who is allowed the amount) with its ``Buyer GSTIN``, ``Supplier`` / ``Vendor
    Code`` (us, no field), ``Against Invoice No.``, ``Complaint Ref.``; ``Particulars / Qty / Rate (Rs.) / Amount (Rs.) / IGST`` with lakh
    grouping, ``Taxable Value``, ``IGST @ 18%``, ``Total Debit``."""
    s.text("A1", "DEBIT NOTE", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Debit Note No.", "Date", "Buyer", "Buyer GSTIN", "Supplier", "Vendor Code", "Against Invoice No.",
         "Complaint Ref."),
        (kit.pick(s, "DN/26-27/0087", "DN/26-27/0094"), kit.pick(s, ("24/11/2026", "2026-11-24"), ("05/12/2026", "2026-12-05")),
         "Shree Ganesh Auto Components Pvt. Ltd.", "27AAHCS4821K1Z6", "Ningbo Liton Bearing Co., Ltd.", "V-20417",
         kit.pick(s, "EXP/26-27/1184", "EXP/26-27/1233"), kit.pick(s, "SGAC/QA/26-27/0142", "SGAC/QA/26-27/0158")),
        ("number", "issue_date", "buyer", "buyer_tax_id", None, None, "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Particulars", "Qty", "Rate (Rs.)", "Amount (Rs.)", "IGST (Rs.)")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Rejected bearings 6204-2RS (noise)", 1250, 100.0),),
                     (("Rejected bearings 6205-ZZ (seal)", 600, 100.0), ("Sorting charges", 1, 4500.0)))  # fmt: skip

    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r, a, t = 8 + i, round(q * p, 2), round(q * p * 0.18, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(
            f"B{r}", f"{q:,} Nos." if q > 1 else "1 Lot", path=f"items[{i}].qty", label=heads[1], expect=q
        )
        s.value(f"C{r}", inr(p), path=f"items[{i}].unit_price", label=heads[2], expect=kit.money(p))
        s.value(f"D{r}", inr(a), path=f"items[{i}].allowance_amount", label=heads[3], expect=kit.money(a))
        s.value(f"E{r}", inr(t), path=f"items[{i}].tax", label=heads[4], expect=kit.money(t))
    for r, lab, x, path in ((10, "Taxable Value", net, "total_excl_tax"), (11, "IGST @ 18%", tax, "total_tax"),
                            (12, "Total Debit", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", f"Rs. {inr(x)}", path, expect=kit.money(x), lspan=f"C{r}")
    kit.lv(s, "A13", "Authorised Signatory", "B13", "Anil Joshi", "approved_by_manager", span="C13")


def allowance_zh_saudi(s: kit.Sheet) -> None:
    """The factory's zh-Hans 折让证明单 for a Saudi importer: 购买方 named in English with its 税号（TRN）, 原发票号码,
    客户索赔编号 (the importer's claim), a line in SAR at a unit allowance, 增值税 15 %, 折让合计 / 增值税合计 / 价税合计（SAR）,
    审核."""
    s.text("A1", "质量折让证明单（出口）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "税号（TRN）", "原发票号码", "客户索赔编号"),
        ("ZR-EX-261126-03", ("2026-11-26", "2026-11-26"), "Al Jazeera Building Materials Co.", "310458219600003",
         "NB-EXP-2610-077", "AJB-QC-2611-006"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("货物名称", "数量（片）", "单价（SAR）", "折让金额（SAR）", "增值税 15%")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("瓷砖 60×60 崩边，按 5 % 折让", 1200, 4.2),), heads, 0.15)
    for r, lab, x, path in ((10, "折让合计", net, "total_excl_tax"), (11, "增值税合计", tax, "total_tax"),
                            (12, "价税合计（SAR）", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "审核", "B13", "蒋文斌", "approved_by_manager", span="C13")


def complaint_zht_pinoy(s: kit.Sheet) -> None:
    """A Taiwanese trading house's zh-Hant 客訴單 for a Philippine customer: 接獲日期 in 民國, 客戶 named in English, 品號 /
    品名, 出貨數量 / 不良數量 in 台, 索賠金額 ``PHP 85,600.00``, the customer's English words under 客戶原文, 客戶要求 in English,
    我方回覆, 承辦業務 (the salesperson who filed it: the reporter)."""
    s.text("A1", "客訴單", "D1", size=15)
    kit.plain(s, "A2", "鴻泰國際貿易股份有限公司　品保部", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客訴編號", "接獲日期", "客戶", "訂單編號", "品號", "品名", "出貨數量", "不良數量", "索賠金額"),
        ("TC-PH-1151118-01", ("115/11/18", "2026-11-18"), "Manila Home Centre Inc.", "PO-MHC-2026-0412", "FAN-16-DS",
         "16 吋桌扇", ("3,000 台", 3000), ("180 台", 180), ("PHP 85,600.00", "85600.00")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "loss_amount"),
    ), span="D")  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("客戶原文", "客戶要求", "我方回覆", "承辦業務"),
        ("Fan blade hitting the guard after assembly, noisy. 180 units returned from our branches in Cebu and Davao.",
         ("Please replace all 180 units", ["replacement"]), "隨下批貨補 180 台，不良品請客戶就地報廢並拍照。", "葉淑華"),
        ("description", "customer_request", "short_term_action", "reporter"),
    ))  # fmt: skip


_COPY2 = {"complaint_en_vndist", "complaint_en_india", "complaint_en_gulf", "complaint_en_mexico", "eightd_en_regional",
          "return_zht_thai", "return_en_brazil", "allowance_en_india", "complaint_en_nigeria"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""


def intl(draw) -> tuple[str, str, str]:
    """A layout's id (``intl-`` before the kit's, so that no other set's id is taken), kind and language."""
    lid, kind, lang = kit.layout_names(draw)
    return f"intl-{lid}", kind, lang


EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*intl(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_vndist, "Complaint", dict(A=30, B=30, C=30, D=30), "a Vietnamese distributor's complaint form in English with Vietnamese glosses: Complain No., Date of Complain 05/11/2026, Dealer, Defected Qty"),
        (complaint_en_india, "Complaint", dict(A=22, B=36, C=18, D=36), "an Indian buyer's complaint: Complaint Ref., Buyer / Consignee, PO Ref., Invoice No., Nos., Claim Amt Rs. 1,25,000.00"),
        (complaint_en_gulf, "Claim", dict(A=22, B=36, C=18, D=36), "a Gulf importer's claim: Claimant, 09-Nov-2026, B/L No., CTNs, Claim Amount AED 18,450.00, Settlement Requested"),
        (complaint_en_mexico, "Reclamo", dict(A=34, B=30, C=34, D=30), "a Mexican claim in Spanish / English halves: Cliente / Customer, Fecha / Date, Cantidad Recibida / Qty Received 2.400, MXN 45.678,90"),
        (complaint_zh_haiwai, "海外客诉", dict(A=16, B=34, C=16, D=34), "the factory's register of an overseas complaint: 客户 in English, 索赔金额 KES 386,400.00, the customer's English words, 我司回复"),
        (eightd_en_regional, "8D", dict(A=32, B=36, C=18, D=30), "a multinational's regional office 8D: 8D Ref., Date Opened 14/11/2026, Complaint Ref., D4 Root Cause / Escape Point"),
        (eightd_zh_yinni, "8D", dict(A=18, B=34, C=18, D=30), "the factory's 8D for an Indonesian customer: 客户投诉单号, 350 PCS, D3 临时措施, D7 预防再发生"),
        (return_zht_thai, "退貨", dict(A=16, B=30, C=14, D=14, E=16, F=16), "a Taiwanese trading house's zh-Hant 退貨單 for a Thai dealer: 客戶 in English, ฿65.00, the dealer's words under 退貨原因, 換新品"),
        (return_zh_india, "退货", dict(A=16, B=30, C=14, D=14, E=16, F=18), "the factory's 退货单 for an Indian buyer: 客诉单号 SGAC/QA/26-27/0142, 金额（INR） ₹1,25,000.00, 报废并补货"),
        (return_en_brazil, "Devolução", dict(A=24, B=30, C=22, D=22, E=20, F=18), "a Brazilian return note in Portuguese / English halves: Qtd. Devolvida / Qty Returned 1.200 pç, R$ 1.250,00, Sucata / Scrap"),
        (allowance_en_india, "Debit Note", dict(A=36, B=28, C=14, D=18, E=28), "an Indian debit note: Buyer GSTIN, Supplier / Vendor Code, Against Invoice No., Rate (Rs.), IGST @ 18%, lakh grouping 1,47,500.00"),
        (allowance_zh_saudi, "折让", dict(A=30, B=30, C=16, D=18, E=30), "the factory's 折让证明单 for a Saudi importer: 购买方 in English, 税号（TRN）, 客户索赔编号, 单价（SAR）, 增值税 15%"),
        (complaint_zht_pinoy, "客訴", dict(A=16, B=34, C=16, D=34), "a Taiwanese trading house's 客訴單 for a Philippine customer: 民國 115/11/18, 索賠金額 PHP 85,600.00, 客戶原文 in English, 我方回覆"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_en_nigeria(f: kit.PdfDraw) -> None:
    """A Nigerian distributor's complaint letter (fpdf2): the letterhead, ``Ref No.``, ``Date`` in dd/mm/yyyy, ``To:``
    the factory (no field), then ``Distributor``, ``Invoice No.`` (no field), ``Product``, ``Model``, ``Qty Supplied``,
    ``Qty Faulty``, ``Claim Amt NGN 2,450,000.00``, ``Complaint Details``, ``Our Request``; ``Yours faithfully`` and the
    signer."""
    f.text(15, 16, "EKO BRIGHT DISTRIBUTION LIMITED", size=13, bold=True)
    f.text(15, 22, "14 Creek Road, Apapa, Lagos, Nigeria.  Tel: +234 803 555 0192", size=8)
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("Ref No.", "Date"),
        (kit.pick(f, "EBD/QC/26/118", "EBD/QC/26/131"), kit.pick(f, ("24/11/2026", "2026-11-24"), ("08/12/2026", "2026-12-08"))),
        ("number", "received_date"),
    ), colon=":")  # fmt: skip
    f.text(15, 48, "To: The Quality Manager, Ningbo Liton Electric Co., Ltd.")
    f.text(15, 56, "RE: COMPLAINT ON DEFECTIVE GOODS", bold=True)
    kit.pdf_lv_lines(f, 15, 60, 66, kit.field_rows(
        ("Distributor", "Invoice No.", "Product", "Model", "Qty Supplied", "Qty Faulty", "Claim Amt", "Complaint Details",
         "Our Request"),
        ("Eko Bright Distribution Limited", kit.pick(f, "LT-INV-261021", "LT-INV-261104"),
         kit.pick(f, "Rechargeable LED lantern", "Solar LED lantern"), kit.pick(f, "LT-RL-20", "LT-SL-12"),
         (kit.pick(f, "5,000 units", "3,000 units"), kit.pick(f, 5000, 3000)),
         (kit.pick(f, "350 units", "140 units"), kit.pick(f, 350, 140)),
         kit.pick(f, ("NGN 2,450,000.00", "2450000.00"), ("NGN 980,000.00", "980000.00")),
         kit.pick(f, "Battery not hold charge after one week, customers bringing back.", "Solar panel cracked on arrival."),
         ("Replacement of the faulty units", ["replacement"])),
        ("customer", None, "part_name", "part_no", "ship_qty", "defect_qty", "loss_amount", "description",
         "customer_request"),
    ), step=8, colon=":")  # fmt: skip
    f.text(15, 146, "Yours faithfully,")
    f.text(15, 160, "Signed:")
    f.value(45, 160, kit.pick(f, "Chinedu Okafor", "Bola Adeyemi"), path="reporter", label="Signed")


def complaint_en_indo(f: kit.PdfDraw) -> None:
    """An Indonesian customer's complaint in Bahasa / English halves (fpdf2): ``No. Keluhan / Complaint No.``,
    ``Tanggal / Date`` in dd/mm/yyyy, ``Pelanggan / Customer``, ``Kode Barang / Item Code``, ``Jumlah Kirim / Qty
    Delivered`` typed ``4.800`` (dot thousands), ``Jumlah Cacat / Defect Qty``, ``Nilai Klaim / Claim Value Rp
    12.500.000``, ``Permintaan / Request``."""
    f.text(40, 16, "FORMULIR KELUHAN PELANGGAN / CUSTOMER COMPLAINT FORM", size=11, bold=True)
    kit.pdf_lv_lines(f, 15, 85, 30, kit.field_rows(
        ("No. Keluhan / Complaint No.", "Tanggal / Date", "Pelanggan / Customer", "No. PO / PO No.",
         "Kode Barang / Item Code", "Nama Barang / Item Name", "Jumlah Kirim / Qty Delivered", "Jumlah Cacat / Defect Qty",
         "Nilai Klaim / Claim Value", "Uraian Masalah / Problem", "Permintaan / Request", "Dibuat oleh / Made by"),
        ("KP/QC/XI/2026/027", ("27/11/2026", "2026-11-27"), "PT Sinar Jaya Plastindo", "PO/SJP/2611/0142", "CAP-28-PP",
         "Tutup botol 28 mm PP", ("4.800", 4800), ("600", 600), ("Rp 12.500.000", "12500000.00"),
         "Tutup bocor / cap leaking after filling", ("Retur dan ganti baru / return and replace", ["return", "replacement"]),
         "Dewi Lestari"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "loss_amount", "description", "customer_request", "reporter"),
    ), step=9, colon=":")  # fmt: skip


def allowance_zht_safrica(f: kit.PdfDraw) -> None:
    """A Taiwanese trading house's zh-Hant 折讓單 for a South African distributor (fpdf2): 開立日期 in 民國, 買方 named in
    English with its 買方稅號（VAT No.）, 原發票號碼, 客訴編號 (the distributor's), a line in rand typed ``R 45 600,00``
    (space thousands, comma decimals), 稅額（VAT 15%）, 核准."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "銷貨折讓單（南非）", size=14)
    kit.pdf_lv_lines(f, 15, 60, 30, kit.field_rows(
        ("折讓單號", "開立日期", "買方", "買方稅號（VAT No.）", "原發票號碼", "客訴編號"),
        ("ZR-ZA-1151130-01", ("115/11/30", "2026-11-30"), "Cape Hardware Distributors (Pty) Ltd", "4190287563",
         "HT-INV-261022", "CHD-CMP-1126"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (85, "數量", "qty"), (105, "單價", "unit_price"), (140, "金額", "allowance_amount"),
            (172, "稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 84, lab, bold=True)
    f.pdf.line(15, 86, 195, 86)
    q, p = 800, 57.0
    a, t = round(q * p, 2), round(q * p * 0.15, 2)
    for (x, lab, path), raw, exp in zip(cols, ("延長線捲 線長不足", f"{q:,}".replace(",", " "), zar(p), zar(a), zar(t)),
                                        (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
        f.value(x, 94, raw, path=f"items[0].{path}", label=lab, expect=exp)
    f.pdf.line(15, 97, 195, 97)
    kit.pdf_lv_lines(f, 15, 60, 108, kit.field_rows(
        ("金額合計", "稅額（VAT 15%）", "總計", "核准"),
        ((zar(a), kit.money(a)), (zar(t), kit.money(t)), (zar(a + t), kit.money(a + t)), "葉淑華"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


def eightd_zht_mala(f: kit.PdfDraw) -> None:
    """A Taiwanese-owned plant's zh-Hant 8D for a Malaysian customer (fpdf2): 8D 編號, 立案日期 in 民國, 客戶 in English,
    客戶抱怨單號, 料號, 不良數量 in PCS; D3 暫時對策, D4 發生原因 / 流出原因, D7 防止再發."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "8D 矯正預防報告（馬來西亞客戶）", size=14)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("8D 編號", "立案日期", "客戶", "客戶抱怨單號", "料號", "不良數量"),
        ("8D-TW-1151201-02", ("115/12/01", "2026-12-01"), "Penang Precision Sdn. Bhd.", "PPS-CAR-2611-044", "SW-TAC-6x6",
         ("2,000 PCS", 2000)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 52, 80, "D1 小組成員", ("林志明", "黃美玲", "Ahmad Faiz"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 防止再發"),
        ("輕觸開關按壓無手感，客戶 SMT 後功能測試不良 2,000 PCS。", "庫存 50,000 PCS 全數隔離，改以新批次出貨。",
         "彈片沖壓模具磨耗，彈片高度偏低 0.05 mm。", "出貨檢驗未量測按壓力。",
         "模具每 20 萬次保養，按壓力列入全檢。", "連續 5 批按壓力 160±30 gf 合格。", "模具保養週期寫入保養規範。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 52, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 52, y, kit.field_rows(
        ("結案日期", "核准"), (("115/12/20", "2026-12-20"), "林志明"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a Nigerian distributor's complaint letter: Ref No., To:, Distributor, Qty Faulty, Claim Amt NGN 2,450,000.00, Our Request", complaint_en_nigeria),
        ("an Indonesian complaint in Bahasa / English halves: No. Keluhan / Complaint No., Jumlah Kirim / Qty Delivered 4.800, Rp 12.500.000", complaint_en_indo),
        ("a Taiwanese trading house's zh-Hant 折讓單 for a South African distributor: 買方稅號（VAT No.）, R 45 600,00, VAT 15%", allowance_zht_safrica),
        ("a Taiwanese-owned plant's zh-Hant 8D for a Malaysian customer: 客戶抱怨單號, 2,000 PCS, D7 防止再發", eightd_zht_mala),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"intl-{_lay['id']}"


# =============================================================================== odd files
def _ambiguous_date_workbook() -> bytes:
    """A complaint whose only date is ``03/04/2026`` and nothing on the form says day or month first."""
    return kit.sheet_bytes("Complaint", (("Customer Complaint Form", None), ("Complain No.", "KN-0412"),
                                         ("Date of Complain", "03/04/2026"), ("Customer", "Minh Phat Trading Co., Ltd"),
                                         ("Part No.", "EK-1850W"), ("Defect Qty", "96"), ("Description", "Switch not auto off."),
                                         ("Request", "Replacement")),
                           dt.datetime(2026, 4, 3, 9, 0))  # fmt: skip


def _comma_count_workbook() -> bytes:
    """A Latin American claim whose defective count is typed with a decimal comma (``1,5``): no whole quantity."""
    return kit.sheet_bytes("Reclamo", (("Reclamo de Calidad / Quality Claim", None), ("Fecha / Date", "12/11/2026"),
                                       ("Cliente / Customer", "Herrajes del Norte S.A. de C.V."), ("Código / Code", "HG-3540-SS"),
                                       ("Cantidad Recibida / Qty Received", "2.400"), ("Cantidad Defectuosa / Defective Qty", "1,5"),
                                       ("Descripción / Description", "Óxido."), ("Solicitud / Request", "Reposición")),
                           dt.datetime(2026, 11, 12, 9, 0))  # fmt: skip


ODD = {
    "intl-complaint-ambiguous-date.xlsx": (
        "a complaint whose only date 03/04/2026 may be 3 April or 4 March, nothing on the form saying the order: a "
        "warning on the date, never one of them silently",
        _ambiguous_date_workbook,
    ),
    "intl-complaint-comma-count.xlsx": (
        "a claim whose defective count is typed 1,5 (a decimal comma): an error or a warning on the quantity; never 15 "
        "or 1 silently",
        _comma_count_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixtieth held-out layouts", ODD)
