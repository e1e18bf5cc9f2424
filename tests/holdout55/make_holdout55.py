"""Write the fifty-fifth held-out set (run: ``python tests/holdout55/make_holdout55.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS ABOUT TRANSPORT
DAMAGE, SHORTAGE AND WRONG DELIVERY, where the complaint comes with the logistics paper: a customer's 收货异常反馈单
(``到货日期``, ``运单号``, ``承运商``, ``箱数 应到 / 实到``, ``异常类型 ☑破损 ☐短少 ☐错发``); a carrier's damage report
(``Waybill No.``, ``POD remarks``, ``Pallets received 11 of 12``, ``Damage: crushed corner``); a cargo insurance claim
notice (``Policy No.``, ``Claim amount``, ``Surveyor``); an importer's shortage claim in English (``B/L No.``,
``Container No. MSKU1234567``, ``Invoice No.``, ``Short-shipped qty``); a Taiwanese 到貨異常通知單 (``出貨日期／到貨日期``
two dates on one line, ``應到 1,200 實到 1,150``); an 8D on packaging damage (``跌落测试``, ``ISTA 3A``) in Chinese and
in English; a 破损退回单, a returned damaged goods note, a zh-Hant 破損退貨單 in 箱; a 短少折让证明单 and a shortage
allowance credit note. Sent as PDF only: a carrier's e-POD print with an exception (Chromium, ``11/12 托``), a
surveyor's report's first page (fpdf2), a zh-Hant 8D on packaging (fpdf2), a zh-Hant 短少折讓證明 (fpdf2). ``odd/``
holds a 收货异常反馈单 whose only quantity is ``11/12 托`` (pallets, no pieces) and one whose 到货日期 is before its
发货日期.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice``,
Chromium and fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

HERE, SOURCE = kit.generator(__file__, "fifty-fifth held-out imitation")
dt = kit.dt


# =============================================================================== complaint
def complaint_zh_shouhuo(s: kit.Sheet) -> None:
    """A customer's 收货异常反馈单 sent with the logistics paper: 反馈单号, 到货日期, 运单号 (a long digit string) and 承运商
    (no field), 箱数 应到 / 实到 (cartons, no field), 异常类型 as ticked boxes (no field), 处理要求 ☑补发."""
    s.text("A1", "收货异常反馈单", "D1", size=15)
    kit.plain(s, "A2", "仓储物流部　收货组", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈单号", "反馈日期", "到货日期", "客户名称", "运单号", "承运商", "采购订单号", "物料编码", "物料名称", "批次号",
         "发货数量", "破损数量"),
        (kit.pick(s, "SH-YC-261105-03", "SH-YC-261118-07"), kit.pick(s, ("2026-11-06", "2026-11-06"), ("2026/11/19", "2026-11-19")),
         kit.pick(s, "2026-11-05", "2026/11/18"), "佛山美居电器有限公司", kit.pick(s, "SF1409827733651", "JD0098127745120"),
         kit.pick(s, "顺丰速运", "京东物流"), kit.pick(s, "PO2610-3381", "PO2611-0127"),
         kit.pick(s, "3.02.01.0456", "3.02.01.0512"), kit.pick(s, "电饭煲外箱（五层瓦楞）", "微波炉泡沫护角"),
         kit.pick(s, "B261028", "B261110"), (kit.pick(s, "1,200 个", "800 套"), kit.pick(s, 1200, 800)),
         (kit.pick(s, "96 个", "40 套"), kit.pick(s, 96, 40))),
        ("number", "received_date", None, "customer", None, None, "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.lv(
        s,
        "A9",
        "箱数",
        "B9",
        kit.pick(s, "应到 24 箱　实到 24 箱", "应到 16 箱　实到 15 箱"),
        None,
        span="D9",
    )
    kit.lv(
        s, "A10", "异常类型", "B10", kit.marks(["破损", "短少", "错发"], {"破损"}, "☑", "☐"), None, span="D10"
    )
    kit.rows_down(s, 11, kit.field_rows(
        ("异常描述", "处理要求", "收货人", "仓库主管"),
        (kit.pick(s, "外箱压塌 8 箱，箱内 96 个纸箱角部破损，无法上线包装。", "泡沫护角碎裂 40 套，外箱有水渍。"),
         ("补发（同型号 96 个）", ["resupply"]), kit.pick(s, "陈晓东", "黄丽萍"), "刘志强"),
        ("description", "customer_request", "reporter", None),
    ))  # fmt: skip


def complaint_en_carrier(s: kit.Sheet) -> None:
    """A customer's damage report on receipt, written on the carrier's habits: Waybill No. (no field), Carrier,
    Pallets received ``11 of 12`` (no field), POD remarks, ``Damage: crushed corner``, Report No. our number."""
    s.text("A1", "Damage Report on Receipt", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Report No.", "Date Received", "Consignee", "Waybill No.", "Carrier", "Customer PO", "Part No.", "Description",
         "Pallets", "Qty Shipped", "Qty Damaged", "Received by"),
        (kit.pick(s, "DR-2611-0142", "DR-2611-0175"), kit.pick(s, ("05-Nov-2026", "2026-11-05"), ("19-Nov-2026", "2026-11-19")),
         "Brightline Appliances Ltd.", kit.pick(s, "7781 2290 4415", "7781 2290 5530"), "DHL Global Forwarding",
         kit.pick(s, "4500871123", "4500871390"), kit.pick(s, "HX-220-0087", "HX-220-0093"),
         kit.pick(s, "Stainless kettle body 1.7L", "Kettle lid assembly"), kit.pick(s, "11 of 12", "8 of 8"),
         (kit.pick(s, "1,200 pcs", "960 pcs"), kit.pick(s, 1200, 960)), (kit.pick(s, "64 pcs", "30 pcs"), kit.pick(s, 64, 30)),
         kit.pick(s, "Tom Walsh", "Priya Nair")),
        ("number", "received_date", "customer", None, None, "order_no", "part_no", "part_name", None, "ship_qty",
         "defect_qty", "reporter"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("POD remarks", "Damage", "Request"),
        (kit.pick(s, "Received 11 of 12 pallets, 1 pallet short; signed under reserve.", "Wrapping torn on 2 pallets."),
         (kit.pick(s, "Crushed corner on 64 kettle bodies, dents on the rim.", "Lids cracked at the hinge, 30 pcs."),
          None),
         ("Replace damaged parts", ["replacement"])),
        (None, "description", "customer_request"),
    ))  # fmt: skip


def complaint_en_shortage(s: kit.Sheet) -> None:
    """An importer's shortage claim: B/L No., Container No. ``MSKU1234567`` (looks like a part number, no field),
    Invoice No. (no field), Short-shipped qty, the two dates on one line (``Shipped 12-Oct-2026 / Received 05-Nov-2026``)."""
    s.text("A1", "Shortage Claim", "D1", size=14)
    kit.plain(s, "A2", "Nordvik Trading AB — Import Department", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Claim No.", "Claim Date", "Supplier", "Importer", "B/L No.", "Container No.", "Invoice No.", "PO No.",
         "Item Code", "Description", "Invoiced Qty", "Short-shipped Qty"),
        ("SC-NV-26-0417", ("12 Nov 2026", "2026-11-12"), "Ningbo Lianfa Hardware Co., Ltd.", "Nordvik Trading AB",
         "MEDUNB612345", "MSKU1234567", "LF-INV-261009", "NV-PO-88213", "LF-3345-B", "Cabinet hinge 35mm, soft close",
         ("24,000 pcs", 24000), ("1,200 pcs", 1200)),
        ("number", "received_date", None, "customer", None, None, None, "order_no", "part_no", "part_name", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.lv(
        s,
        "A9",
        "Shipped / Received",
        "B9",
        "12-Oct-2026 / 05-Nov-2026",
        "ship_date",
        expect="2026-10-12",
        span="D9",
    )
    kit.rows_down(s, 10, kit.field_rows(
        ("Details", "Claim", "Contact"),
        ("Container seal intact; 2 cartons of 600 pcs missing against the packing list.",
         ("Credit note for the short-shipped quantity", ["allowance"]), "Erik Lindqvist"),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_en_insurance(s: kit.Sheet) -> None:
    """A customer's cargo claim notice copied to the supplier: Policy No., Claim amount, Surveyor (the insurer's: no
    field), Notice No. the number, Date of loss beside Notice date (the complaint's date)."""
    s.text("A1", "Cargo Claim Notice", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Notice No.", "Notice Date", "Claimant", "Policy No.", "Date of Loss", "Surveyor", "Part No.", "Goods",
         "Qty Shipped", "Qty Damaged", "Claim Amount", "Prepared by"),
        (kit.pick(s, "CCN-2611-008", "CCN-2611-015"), kit.pick(s, ("2026/11/09", "2026-11-09"), ("2026/11/23", "2026-11-23")),
         "Orion Lighting GmbH", kit.pick(s, "PICC-CM-2026-551873", "PICC-CM-2026-552010"), "2026/11/04",
         "Marsh Survey Services (K. Becker)", kit.pick(s, "OL-LED-6620", "OL-LED-6635"),
         kit.pick(s, "LED panel 600x600", "LED driver 40W"), (kit.pick(s, "2,400 pcs", "3,000 pcs"), kit.pick(s, 2400, 3000)),
         (kit.pick(s, "180 pcs", "75 pcs"), kit.pick(s, 180, 75)), kit.pick(s, "EUR 4,320.00", "EUR 1,125.00"),
         kit.pick(s, "Anna Keller", "Jonas Wirth")),
        ("number", "received_date", "customer", None, None, None, "part_no", "part_name", "ship_qty", "defect_qty",
         None, "reporter"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("Nature of Loss", "Request to Supplier"),
        (kit.pick(s, "Forklift puncture through 3 cartons, 180 panels with cracked diffuser.", "Water ingress, 75 drivers corroded."),
         ("Share survey report; replace damaged units", ["replacement"])),
        ("description", "customer_request"),
    ))  # fmt: skip


def complaint_zht_daohuo(s: kit.Sheet) -> None:
    """A Taiwanese customer's 到貨異常通知單: 通知日期 in 民國 (115/11/05), 出貨日期／到貨日期 two dates in one cell (the 出貨 the ship date), 數量
    ``應到 1,200 實到 1,150``, 短少數量, 異常類別 ☐破損 ☑短少 ☐錯發 (no field), 處理方式 補寄."""
    s.text("A1", "到貨異常通知單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("通知單號", "通知日期", "出貨日期／到貨日期", "客戶名稱", "託運單號", "訂單號碼", "料號", "品名", "數量（應到／實到）",
         "短少數量", "通知人"),
        (kit.pick(s, "DH-TW-1151105-02", "DH-TW-1151119-04"), kit.pick(s, ("115/11/05", "2026-11-05"), ("115/11/19", "2026-11-19")),
         kit.pick(s, ("2026/11/02 ／ 2026/11/05", "2026-11-02"), ("2026/11/15 ／ 2026/11/19", "2026-11-15")),
         "台灣冠宇電子股份有限公司", kit.pick(s, "HCT-8812039945", "HCT-8812040117"), kit.pick(s, "TP-2611-058", "TP-2611-093"),
         kit.pick(s, "CN-7781-20", "CN-7781-24"), kit.pick(s, "端子連接器 20P", "端子連接器 24P"),
         (kit.pick(s, "應到 1,200 實到 1,150", "應到 2,000 實到 1,940"), kit.pick(s, 1200, 2000)),
         (kit.pick(s, "50 PCS", "60 PCS"), kit.pick(s, 50, 60)), kit.pick(s, "林佳慧", "張志偉")),
        ("number", "received_date", "ship_date", "customer", None, "order_no", "part_no", "part_name", "ship_qty",
         "defect_qty", "reporter"),
    ))  # fmt: skip
    kit.lv(
        s, "A8", "異常類別", "B8", kit.marks(["破損", "短少", "錯發"], {"短少"}, "☑", "☐"), None, span="D8"
    )
    kit.rows_down(s, 9, kit.field_rows(
        ("異常說明", "處理方式"),
        (kit.pick(s, "外箱完好，點數短少 50 PCS（一小盒）。", "短少 60 PCS，封箱膠帶有重封痕跡。"), ("補寄短少數量", ["resupply"])),
        ("description", "customer_request"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_packaging(s: kit.Sheet) -> None:
    """An 8D on packaging damage in transit: 跌落测试, ISTA 3A in the root cause and the verification, D1-D8 labels with
    Chinese words, 投诉数量 in 个."""
    s.text("A1", "8D报告（运输包装破损）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D编号", "开始日期", "客户", "客诉单号", "产品料号", "投诉数量"),
        (kit.pick(s, "8D-BZ-2611-02", "8D-BZ-2611-05"), kit.pick(s, ("2026-11-07", "2026-11-07"), ("2026-11-20", "2026-11-20")),
         "佛山美居电器有限公司", kit.pick(s, "SH-YC-261105-03", "SH-YC-261118-07"), kit.pick(s, "3.02.01.0456", "3.02.01.0512"),
         (kit.pick(s, "96 个", "40 套"), kit.pick(s, 96, 40))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A5",
        "D1 小组成员",
        "B5",
        kit.pick(s, ("周涛", "王敏", "郭建华"), ("周涛", "李静")),
        sep="、",
        span="D5",
    )
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 根本原因", "D4 流出原因", "D5 纠正措施", "D6 效果验证", "D7 预防再发"),
        kit.pick(s, ("到货外箱压塌 8 箱，纸箱角部破损 96 个。", "在途及库存 600 箱改用加强护角并缠绕膜加固。",
                     "五层瓦楞边压强度不足（ECT 7.2 kN/m，要求 8.0），堆码 4 层时底层压塌。",
                     "出货前未做跌落测试，包装规范未要求 ISTA 3A。", "改用 BC 楞加强纸箱，堆码限 3 层，托盘加角柱。",
                     "ISTA 3A 跌落测试 10 次无破损，连续 5 批到货无异常。", "全系列外箱纳入 ISTA 3A 验证。"),
                 ("泡沫护角碎裂 40 套。", "库存 400 套改双层护角。", "EPS 密度 18 kg/m³ 偏低，跌落测试未覆盖角跌。",
                  "来料检验无密度项目。", "EPS 密度提高到 22 kg/m³。", "跌落测试 76 cm 角跌合格，3 批无碎裂。",
                  "同类护角全部更新规格。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 关闭日期", "批准"), (kit.pick(s, ("2026-12-03", "2026-12-03"), ("2026-12-15", "2026-12-15")), "何永明"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_transit(s: kit.Sheet) -> None:
    """An English 8D for transit damage: the problem quoting the POD (``Pallets received 11 of 12``), ISTA 3A, Drop
    test, Qty in pcs."""
    s.text("A1", "8D Report — Transit Damage", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Open Date", "Customer", "Customer Ref.", "Part No.", "Qty Affected"),
        ("8D-TD-2611-11", ("6 Nov 2026", "2026-11-06"), "Brightline Appliances Ltd.", "DR-2611-0142", "HX-220-0087",
         ("64 pcs", 64)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", ("Liang Wei", "Sarah Cole", "Deng Hui"), span="D5")
    rows = kit.eightd_steps(
        ("D2 Problem Description", "D3 Containment", "D4 Root Cause", "D4 Escape Point", "D5 Corrective Action",
         "D6 Verification", "D7 Prevent Recurrence"),
        ("Pallets received 11 of 12; crushed corner on 64 kettle bodies.", "Re-inspect 3 pallets in transit at the hub; add corner boards.",
         "Pallet overhang 40 mm; corner compressed under double stacking.", "Pack-out check did not measure overhang.",
         "Pallet pattern changed to zero overhang; stretch wrap 5 turns.", "ISTA 3A drop test passed; 6 shipments without damage.",
         "Pallet pattern rule added to packing spec for all kettles."),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 Closed", "Approved by"), (("2 Dec 2026", "2026-12-02"), "Mark Hughes"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_posun(s: kit.Sheet) -> None:
    """A 破损退回单: 退货单号, 退货日期, 客户, 原反馈单号, lines 申请数 / 实退数 in 个, 单价, 金额, 处理方式 报废."""
    s.text("A1", "破损退回单", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "原反馈单号"),
        (kit.pick(s, "TH-261108-021", "TH-261121-034"), kit.pick(s, ("2026-11-08", "2026-11-08"), ("2026年11月21日", "2026-11-21")),
         "佛山美居电器有限公司", kit.pick(s, "SH-YC-261105-03", "SH-YC-261118-07")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("物料编码", "物料名称", "申请数", "实退数", "单价", "金额")
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, (("3.02.01.0456", "电饭煲外箱", 96, 96, 4.6), ("3.02.01.0457", "外箱隔板", 24, 20, 0.85)),
                     (("3.02.01.0512", "泡沫护角", 40, 40, 1.3),))  # fmt: skip
    kit.return_lines(s, 5, lines, heads, count=lambda n: f"{n} 个")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "运输破损（外箱压塌）", "护角碎裂"), ("报废", ["scrap"]), "赵磊", "刘志强"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "F")


def return_en_damaged(s: kit.Sheet) -> None:
    """A returned damaged goods note: RMA No., Carrier claim ref. (no field), lines Qty Authorised / Qty Returned,
    Disposition ``Repack and return to stock`` (rework)."""
    s.text("A1", "Returned Damaged Goods Note", "F1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "Return Date", "Customer", "Complaint Ref."),
        ("RMA-26-1107", ("10/11/2026", "2026-11-10"), "Brightline Appliances Ltd.", "DR-2611-0142"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Part No.", "Description", "Qty Authorised", "Qty Returned", "Unit Price", "Amount")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, (("HX-220-0087", "Stainless kettle body 1.7L", 64, 64, 6.25),), heads)
    foot = kit.field_rows(
        ("Reason", "Disposition", "Received by", "Approved by"),
        ("Transit damage, crushed corner (POD remark).", ("Rework: repack and return to stock", ["rework"]), "Zhang Bo",
         "Mark Hughes"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


def return_zht_posun(s: kit.Sheet) -> None:
    """A zh-Hant 破損退貨單 in 箱: 退貨單號, 退貨日期 in 民國 (115/11/09), 託運單號 (no field), lines 核准數 / 退貨數 in 箱,
    處理方式 退回供應商."""
    s.text("A1", "破損退貨單", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶名稱", "異常通知單號"),
        ("RT-TW-1151109-01", ("115/11/09", "2026-11-09"), "台灣冠宇電子股份有限公司", "DH-TW-1151105-02"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名", "核准數", "退貨數", "單價", "金額")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(
        s, 5, (("CN-7781-20", "端子連接器 20P", 3, 3, 1840.0),), heads, count=lambda n: f"{n} 箱"
    )
    foot = kit.field_rows(
        ("退貨原因", "處理方式", "倉庫簽收", "核准"),
        ("運輸破損，外箱濕損", ("退回供應商", ["return"]), "吳俊賢", "林佳慧"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


# =============================================================================== allowance
def allowance_zh_duanshao(s: kit.Sheet) -> None:
    """A 短少折让证明单: 折让单号, 开具日期, 购买方, 纳税人识别号, 原发票号码, 反馈单号, lines 货物名称 / 数量 / 单价 / 折让金额 / 税额
    13 %, totals 金额合计 / 税额合计 / 价税合计."""
    s.text("A1", "短少折让证明单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "反馈单号"),
        (kit.pick(s, "ZR-261112-005", "ZR-261125-009"), kit.pick(s, ("2026-11-12", "2026-11-12"), ("2026-11-25", "2026-11-25")),
         "佛山美居电器有限公司", "91440606MA4UK7RW3P", kit.pick(s, "44062600000083321095", "44062600000083327741"),
         kit.pick(s, "SH-YC-261105-03", "SH-YC-261118-07")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("电饭煲外箱 短少", 96, 4.6), ("运费分摊", 1, 180.0)), (("泡沫护角 短少", 40, 1.3),))
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((10, "金额合计", net, "total_excl_tax"), (11, "税额合计", tax, "total_tax"),
                            (12, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "财务审批", "B13", "何永明", "approved_by_manager", span="C13")


def allowance_en_shortage(s: kit.Sheet) -> None:
    """A shortage allowance credit note for an importer: Credit Note No., B/L No. (no field), VAT 0 % (export), totals
    Net / VAT / Total."""
    s.text("A1", "Credit Note — Shortage Allowance", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit Note No.", "Date", "Bill To", "VAT No.", "Invoice No.", "Claim Ref."),
        ("CN-LF-26-033", ("14 Nov 2026", "2026-11-14"), "Nordvik Trading AB", "SE556677889901", "LF-INV-261009",
         "SC-NV-26-0417"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Qty", "Unit Price", "Amount", "VAT")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("Short-shipped hinges LF-3345-B", 1200, 0.42), ("Container MSKU1234567 survey fee", 1, 85.0)),
                                heads, 0.0)  # fmt: skip
    for r, lab, x, path in ((10, "Net", net, "total_excl_tax"), (11, "VAT 0%", tax, "total_tax"),
                            (12, "Total", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "Authorised by", "B13", "Chen Yu", "approved_by_manager", span="C13")


_COPY2 = {"complaint_zh_shouhuo", "complaint_en_carrier", "complaint_en_insurance", "complaint_zht_daohuo",
          "eightd_zh_packaging", "return_zh_posun", "allowance_zh_duanshao", "complaint_en_epod"}  # fmt: skip
"""The drawings with a second copy in copy2/ (seven workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_shouhuo, "收货异常", dict(A=16, B=30, C=16, D=30), "a customer's 收货异常反馈单: 到货日期, 运单号 SF1409827733651, 承运商, 箱数 应到 / 实到, 异常类型 ☑破损 ☐短少 ☐错发, 处理要求 补发"),
        (complaint_en_carrier, "Damage", dict(A=18, B=30, C=18, D=30), "a damage report on receipt: Waybill No. 7781 2290 4415, Carrier, Pallets 11 of 12, POD remarks, Damage: crushed corner"),
        (complaint_en_shortage, "Claim", dict(A=20, B=32, C=20, D=32), "an importer's shortage claim: B/L No., Container No. MSKU1234567, Invoice No., Short-shipped Qty, Shipped / Received on one line"),
        (complaint_en_insurance, "Cargo claim", dict(A=18, B=32, C=18, D=32), "a cargo claim notice: Policy No., Date of Loss beside Notice Date, Surveyor, Claim Amount EUR 4,320.00"),
        (complaint_zht_daohuo, "到貨異常", dict(A=18, B=30, C=18, D=30), "a Taiwanese 到貨異常通知單: 出貨日期／到貨日期 in one cell, 應到 1,200 實到 1,150, 短少數量 50 PCS, 異常類別 ☑短少"),
        (eightd_zh_packaging, "8D", dict(A=18, B=34, C=18, D=30), "an 8D on packaging damage: 跌落测试, ISTA 3A, ECT, 堆码, D1 小组成员"),
        (eightd_en_transit, "8D", dict(A=24, B=34, C=18, D=30), "an English 8D for transit damage: Pallets received 11 of 12, ISTA 3A drop test"),
        (return_zh_posun, "退回", dict(A=16, B=22, C=12, D=12, E=12, F=14), "a 破损退回单: 退货单号, 原反馈单号, 申请数 / 实退数 in 个, 处理方式 报废"),
        (return_en_damaged, "RMA", dict(A=16, B=28, C=16, D=16, E=14, F=14), "a returned damaged goods note: RMA No., Qty Authorised / Returned, Disposition Rework: repack"),
        (return_zht_posun, "退貨", dict(A=16, B=22, C=12, D=12, E=12, F=14), "a zh-Hant 破損退貨單: 民國 115/11/09, 核准數 / 退貨數 in 箱, 處理方式 退回供應商"),
        (allowance_zh_duanshao, "折让", dict(A=26, B=14, C=14, D=16, E=16), "a 短少折让证明单: 折让单号, 原发票号码, 折让金额 / 税额 13 %, 金额合计 / 税额合计 / 价税合计"),
        (allowance_en_shortage, "Credit", dict(A=34, B=12, C=14, D=16, E=14), "a shortage allowance credit note: Credit Note No., VAT 0%, a container's survey fee line"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e6eef6", ".exc{color:#b00;font-weight:bold}")


def complaint_en_epod(f: kit.HtmlForm) -> str:
    """A carrier's e-POD print with an exception (Chromium): Waybill No., Consignee, Delivered at (date and time),
    Pieces ``11/12 托`` (no field), POD remarks the description, Exception No. the number, Signed by the reporter."""
    f.raw(
        "<h2>Electronic Proof of Delivery (e-POD)</h2><p class='note'>Printed from carrier portal. "
        "Signature captured on handheld.</p><table>"
    )
    kit.kv_rows(f, kit.field_rows(
        ("Exception No.", "Waybill No.", "Delivered", "Consignee", "Shipper Ref.", "Item", "Item Description",
         "Pieces", "Qty Shipped", "Qty Damaged", "POD Remarks", "Exception Request", "Signed by"),
        (kit.pick(f, "EX-26110577", "EX-26111902"), kit.pick(f, "YTO 8867 5540 1123", "YTO 8867 5541 0098"),
         kit.pick(f, ("2026-11-05 14:32", "2026-11-05"), ("2026-11-19 10:05", "2026-11-19")), "苏州德亿精密机械有限公司",
         kit.pick(f, "DY-PO-26-1187", "DY-PO-26-1240"), kit.pick(f, "BRG-6205-2RS", "BRG-6206-2RS"),
         kit.pick(f, "Deep groove ball bearing 6205", "Deep groove ball bearing 6206"), kit.pick(f, "11/12 托", "6/6 托"),
         kit.pick(f, ("4,800 PCS", 4800), ("2,400 PCS", 2400)), kit.pick(f, ("400 PCS", 400), ("120 PCS", 120)),
         kit.pick(f, "1 pallet missing; 400 pcs short, shrink wrap torn.", "Wrong item: 120 pcs 6205 in 6206 cartons."),
         ("Re-deliver missing pieces", ["resupply"]), kit.pick(f, "孙立新", "周海燕")),
        ("number", None, "received_date", "customer", "order_no", "part_no", "part_name", None, "ship_qty",
         "defect_qty", "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw("</table><p class='exc'>EXCEPTION: SHORT / DAMAGED — signed under reserve</p>")
    return f.page("e-POD", _CSS)


def complaint_zh_survey(f: kit.PdfDraw) -> None:
    """A surveyor's report's first page (fpdf2): 检验报告编号 and 签发日期 are the surveyor's (no field), 委托人 the
    customer, 到货日期 the complaint's date, 申报数量 / 受损数量, 检验员 (no field), 客户索赔编号 the number."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "货物残损检验报告（第 1 页）", size=14)
    f.text(15, 23, "华联公估有限公司　检验报告编号：HL-SV-2611-0093　签发日期：2026-11-11", size=8)
    kit.pdf_lv_lines(f, 15, 52, 32, kit.field_rows(
        ("客户索赔编号", "委托人", "到货日期", "提单号", "货物名称", "货号", "申报数量", "受损数量", "残损情况", "联系人"),
        ("CL-JX-2611-12", "嘉兴铭泰家居用品有限公司", ("2026年11月6日", "2026-11-06"), "COSU6284419950",
         "玻璃面板 600×400", "GP-6040-T5", ("3,600 片", 3600), ("212 片", 212), "木箱底部破裂，玻璃面板碎裂 212 片。",
         "沈佳琪"),
        ("number", "customer", "received_date", None, "part_name", "part_no", "ship_qty", "defect_qty", "description",
         "reporter"),
    ), step=8)  # fmt: skip
    f.text(15, 118, "检验员：K. Becker　　现场检验日期：2026-11-08", size=8)


def eightd_zht_baozhuang(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D on packaging damage (fpdf2): 跌落測試, ISTA 3A, 民國 dates (115/11/10), 客訴數量 in 箱."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "8D 矯正預防報告（包裝破損）", size=14)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("報告編號", "開立日期", "客戶", "客訴單號", "料號", "客訴數量"),
        ("8D-TW-1151110-01", ("115/11/10", "2026-11-10"), "台灣冠宇電子股份有限公司", "DH-TW-1151105-02", "CN-7781-20",
         ("3 箱", 3)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 52, 80, "D1 小組成員", ("許文彬", "江美玲", "林佳慧"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("到貨外箱濕損 3 箱，內盒變形。", "在途貨品改加防潮袋並重新封箱。", "紙箱未做防潮處理，貨櫃內結露。", "出貨前跌落測試未含溫濕度條件。",
         "外箱改用防潮瓦楞並加乾燥劑。", "ISTA 3A 跌落測試合格，連續 4 批無異常。", "海運出貨全部比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 52, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 52, y, kit.field_rows(
        ("結案日期", "核准"), (("115/12/01", "2026-12-01"), "許文彬"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def allowance_zht_duanshao(f: kit.PdfDraw) -> None:
    """A zh-Hant 短少折讓證明 (fpdf2): 銷貨退回或折讓證明單 words, 數量 in PCS, 營業稅 5 %, 原發票號碼."""
    f = kit.CjkDraw.of(f)
    f.text(50, 16, "營業人銷貨折讓證明單（短少）", size=13)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "異常通知單號"),
        ("ZR-TW-1151112-01", ("115/11/12", "2026-11-12"), "台灣冠宇電子股份有限公司", "53217846", "QX-20481137",
         "DH-TW-1151105-02"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單價", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("端子連接器 20P 短少", 50, 6.8),), qty=lambda q: f"{q} PCS")
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("折讓金額合計", "營業稅額", "總計", "核准"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "許文彬"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a carrier's e-POD print with an exception: Waybill No. YTO 8867 5540 1123, 11/12 托, POD Remarks, Signed by", complaint_en_epod),
        ("a surveyor's report's first page: the surveyor's 报告编号 / 签发日期 (no field), 提单号, 申报数量 / 受损数量 in 片", complaint_zh_survey),
        ("a zh-Hant 8D on packaging damage: 跌落測試, ISTA 3A, 115/11/10, 3 箱", eightd_zht_baozhuang),
        ("a zh-Hant 短少折讓證明: 折讓單號, 統一編號, 原發票號碼, 50 PCS, 營業稅額 0.00", allowance_zht_duanshao),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _pallets_workbook() -> bytes:
    """A 收货异常反馈单 whose only quantity is ``11/12 托`` (pallets received of shipped): no count of pieces."""
    return kit.sheet_bytes("收货异常", (("收货异常反馈单", None), ("到货日期", "2026-11-05"), ("客户名称", "佛山美居电器有限公司"),
                                   ("物料编码", "3.02.01.0456"), ("发货数量", "12 托"), ("短少数量", "11/12 托"),
                                   ("异常描述", "少到一托。"), ("收货人", "陈晓东")),
                           dt.datetime(2026, 11, 5, 9, 0))  # fmt: skip


def _dates_workbook() -> bytes:
    """A 收货异常反馈单 whose 到货日期 (2026-10-28) is before its 发货日期 (2026-11-02): one of them is wrong."""
    return kit.sheet_bytes("收货异常", (("收货异常反馈单", None), ("发货日期", "2026-11-02"), ("到货日期", "2026-10-28"),
                                   ("客户名称", "佛山美居电器有限公司"), ("物料编码", "3.02.01.0456"), ("发货数量", "1200 个"),
                                   ("破损数量", "96 个"), ("异常描述", "外箱压塌。"), ("收货人", "陈晓东")),
                           dt.datetime(2026, 11, 5, 9, 0))  # fmt: skip


ODD = {
    "complaint-pallets.xlsx": (
        "a 收货异常反馈单 whose 短少数量 is 11/12 托 (pallets received of shipped, no pieces): an error or a warning on "
        "the defective quantity; never 11 or 12 pieces silently",
        _pallets_workbook,
    ),
    "complaint-dates.xlsx": (
        "a 收货异常反馈单 whose 到货日期 2026-10-28 is before its 发货日期 2026-11-02: an error or a warning on the date; "
        "never a date taken from it silently",
        _dates_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-fifth held-out layouts", ODD)
