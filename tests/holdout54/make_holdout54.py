"""Write the fifty-fourth held-out set (run: ``python tests/holdout54/make_holdout54.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN ELECTRICAL
EQUIPMENT AND ENERGY, in the habits of utilities, solar buyers, EV battery makers and cable makers. A utility's (State
Grid style) 物资质量问题反馈单 to its supplier (``项目单位``, ``物资名称``, ``物料编码``, ``供应商`` (us: no field),
``到货批次``, ``出厂编号``, ``问题等级 ☑一般 ☐严重``, dates ``2026.11.03``, counts in 台); a solar module buyer's claim
(``Module type``, ``Serial No. range``, ``Pmax``, ``EL image``, ``Quantity (pcs / MW)``); a Taiwanese 電力設備 客訴單 (民國
dates, 台); a cable maker's 质量异议单 (``规格型号 YJV22-8.7/15kV 3×240``, ``盘号``, lengths in m); an EV battery maker's 8D
to its cell supplier (``电芯型号``, ``PPM``, ``Cpk``) and, in English, to its connector supplier; a transformer return (台);
a solar module RMA; an allowance for a derated cable lot (``降级``, metres); a credit note for lost energy in kWh. Sent as
PDF only: a utility's e-commerce portal print of a 质量问题通知 (Chromium), a supplier's 不良行为处理通知 (fpdf2), a zh-Hant
8D for a switchgear (fpdf2), a zh-Hant cable return in 盤 (Chromium), a zh-Hant
銷貨折讓證明單 in MW (fpdf2). ``odd/`` holds a
反馈单 whose only figures are the specification (no count of the defective) and one dated ``2026.13.03``.

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

HERE, SOURCE = kit.generator(__file__, "fifty-fourth held-out imitation")
dt = kit.dt


# =============================================================================== complaint
def complaint_zh_wuzi(s: kit.Sheet) -> None:
    """A utility's (State Grid style) 物资质量问题反馈单 to its supplier: ``项目单位`` the customer, ``供应商`` us (no field),
    ``物资名称`` / ``物料编码``, ``规格型号 S13-M-400/10`` (a specification full of figures: no quantity, no field), ``到货批次``,
    ``出厂编号`` (no field), counts in 台, dates ``2026.11.03``, ``问题等级 ☑一般 ☐严重``."""
    s.text("A1", "物资质量问题反馈单", "D1", size=15)
    kit.plain(s, "A2", "国网某省电力有限公司物资部（招投标管理中心）  编制", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈单编号", "反馈日期", "项目单位", "供应商", "合同编号", "物资名称", "物料编码", "规格型号", "到货批次", "出厂编号",
         "到货数量", "问题数量"),
        (kit.pick(s, "WZFK-2026-1103-017", "WZFK-2026-1117-022"),
         kit.pick(s, ("2026.11.03", "2026-11-03"), ("2026.11.17", "2026-11-17")),
         "国网某市供电公司", "江苏华能变压器有限公司", kit.pick(s, "SGJS-2026-WZ-08812", "SGJS-2026-WZ-09135"),
         kit.pick(s, "10kV油浸式变压器", "10kV箱式变电站"), kit.pick(s, "500027584", "500031226"),
         kit.pick(s, "S13-M-400/10", "YB-12/0.4-630"), kit.pick(s, "第3批", "第1批"),
         kit.pick(s, "T2610-0381～0400", "X2610-051～056"),
         (kit.pick(s, "20台", "6台"), kit.pick(s, 20, 6)), (kit.pick(s, "2台", "1台"), kit.pick(s, 2, 1))),
        ("number", "received_date", "customer", None, "order_no", "part_name", "part_no", None, "lot_no", None,
         "ship_qty", "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("问题描述", "处理要求", "反馈人"),
        (kit.pick(s, "到货验收时 2 台变压器渗油（低压套管根部），油位计指示偏低。",
                  "箱变高压柜门锁卡滞，五防闭锁失效 1 台。"),
         (kit.pick(s, "更换合格产品", "更换合格产品"), ["replacement"]), kit.pick(s, "王海涛", "李振华")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip
    kit.lv(s, "A12", "问题等级", "B12", kit.marks(["一般", "严重"], {"一般"}, "☑", "☐"), "severity", expect="general",
           span="D12")  # fmt: skip
    kit.plain(s, "A13", "注：供应商应在收到反馈单后 24 小时内响应，7 日内提交整改报告。", "D13")


def complaint_en_solar(s: kit.Sheet) -> None:
    """A solar module buyer's claim: ``Module type`` (``550 Wp`` in the type: no quantity), ``Serial No. range`` (no
    field), ``Quantity (pcs / MW)`` typed ``1,200 pcs / 0.66 MW``, ``Affected qty``, ``Pmax`` and ``EL image`` rows (no
    field), dates ``2026.11.04``."""
    s.text("A1", "Module Quality Claim", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Claim No.", "Claim Date", "Buyer", "PO No.", "Module type", "Product", "Serial No. range", "Quantity (pcs / MW)",
         "Affected qty", "Pmax"),
        (kit.pick(s, "MQC-26-0412", "MQC-26-0437"), kit.pick(s, ("2026.11.04", "2026-11-04"), ("2026.11.18", "2026-11-18")),
         "Sunfield EPC Sdn. Bhd.", kit.pick(s, "PO-SF-2026-0193", "PO-SF-2026-0211"),
         kit.pick(s, "HM-72HBD-550W", "HM-66HBD-505W"), kit.pick(s, "Bifacial mono module 550 Wp", "Bifacial mono module 505 Wp"),
         kit.pick(s, "HM2609A001201–HM2609A002400", "HM2610B000101–HM2610B000900"),
         (kit.pick(s, "1,200 pcs / 0.66 MW", "800 pcs / 0.404 MW"), kit.pick(s, 1200, 800)),
         (kit.pick(s, "36 pcs", "14 pcs"), kit.pick(s, 36, 14)), kit.pick(s, "-6.8 % vs nameplate 550 Wp", "-5.1 % vs 505 Wp")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, "ship_qty", "defect_qty", None),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("Description", "EL image", "Requested remedy", "Reported by"),
        (kit.pick(s, "Flash test on site: 36 modules below tolerance; EL shows micro-cracks in cells 3–6 of strings B/C.",
                  "Hot spots above 20 K on 14 modules in IR inspection."),
         "Attached (EL_2611_01–36.jpg)", ("Replacement of affected modules", ["replacement"]),
         kit.pick(s, "Aiman Rahman", "Lee Wei Jie")),
        ("description", None, "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_zht_dianli(s: kit.Sheet) -> None:
    """A Taiwanese 電力設備 客訴單: 民國 dates (``115.11.05``), ``規格 單相 25kVA 11.4kV/120-240V`` (figures that are no
    quantity), counts in 台, ``客戶要求 ☑退貨 ☐換貨 ☐折讓``, ``業務`` the sales supervisor."""
    s.text("A1", "電力設備 客訴單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "客訴日期", "客戶名稱", "訂單編號", "料號", "品名", "規格", "製造批號", "交貨數量", "不良數量"),
        (kit.pick(s, "CS-TW-1151105-03", "CS-TW-1151119-07"), kit.pick(s, ("115.11.05", "2026-11-05"), ("115.11.19", "2026-11-19")),
         "台灣電力公司 台中區營業處", kit.pick(s, "TPC-11511-0457", "TPC-11511-0482"), kit.pick(s, "TR-1P25-114", "TR-1P50-114"),
         kit.pick(s, "桿上配電變壓器", "桿上配電變壓器"), kit.pick(s, "單相 25kVA 11.4kV/120-240V", "單相 50kVA 11.4kV/120-240V"),
         kit.pick(s, "B2610-17", "B2611-02"), (kit.pick(s, "30台", "12台"), kit.pick(s, 30, 12)),
         (kit.pick(s, "2台", "1台"), kit.pick(s, 2, 1))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, "lot_no", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("異常說明", "填表人", "業務"),
        (kit.pick(s, "掛桿送電後 2 台二次側電壓偏低（實測 108V），疑似分接頭位置錯誤。", "1 台外殼焊道滲油。"),
         kit.pick(s, "張育誠", "黃美玲"), kit.pick(s, "林俊宏", "林俊宏")),
        ("description", "reporter", "sales_supervisor"),
    ))  # fmt: skip
    kit.lv(s, "A10", "客戶要求", "B10", kit.marks(["退貨", "換貨", "折讓"], {"退貨"}, "☑", "☐"), "customer_request",
           expect=["return"], span="D10")  # fmt: skip


def complaint_zh_cable(s: kit.Sheet) -> None:
    """A cable maker's customer's 质量异议单: ``规格型号 YJV22-8.7/15kV 3×240`` (the part number, full of figures that are
    no quantity), ``盘号``, lengths in m (``到货长度 3000 m``, ``异议长度 500 m``), ``需方`` / ``供方`` (供方 us: no
    field), dates ``2026.11.06``."""
    s.text("A1", "产品质量异议单", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("异议单号", "提出日期", "需方", "供方", "合同号", "产品名称", "规格型号", "盘号", "到货长度", "异议长度"),
        (kit.pick(s, "ZLYY-2611-006", "ZLYY-2611-014"), kit.pick(s, ("2026.11.06", "2026-11-06"), ("2026.11.20", "2026-11-20")),
         "中建电力安装工程有限公司", "远东电缆股份有限公司", kit.pick(s, "HT-DL-26-0731", "HT-DL-26-0802"),
         kit.pick(s, "交联聚乙烯绝缘钢带铠装电力电缆", "交联聚乙烯绝缘电力电缆"),
         kit.pick(s, "YJV22-8.7/15kV 3×240", "YJV-0.6/1kV 4×185+1×95"), kit.pick(s, "P2609-0418", "P2610-0127"),
         (kit.pick(s, "3000 m", "2000 m"), kit.pick(s, 3000, 2000)), (kit.pick(s, "500 m", "250 m"), kit.pick(s, 500, 250))),
        ("number", "received_date", "customer", None, "order_no", "part_name", "part_no", "lot_no", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("异议内容", "需方处理意见", "需方经办人"),
        (kit.pick(s, "P2609-0418 盘外护套厚度实测最薄点 1.9 mm（标准≥2.0 mm），整盘 500 m 不合格。",
                  "导体直流电阻超标（实测 0.171 Ω/km），整盘 250 m。"),
         ("退货并补发", ["return", "resupply"]), kit.pick(s, "赵国平", "孙立军")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip
    kit.plain(s, "A10", "供方收到本异议单后 3 日内书面答复；逾期视为认可。", "D10")


# =============================================================================== 8D
def eightd_zh_battery(s: kit.Sheet) -> None:
    """An EV battery maker's 8D to its cell supplier: ``电芯型号``, the defect as ``不良数 45 pcs（PPM 1,875）``, a Cpk in
    the D6 text, ``D1 小组成员`` with ``、``, dates ``2026.11.07``."""
    s.text("A1", "8D 纠正措施报告（电芯）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D编号", "发起日期", "客户", "客诉单号", "电芯型号", "不良数"),
        (kit.pick(s, "8D-BAT-2611-009", "8D-BAT-2611-015"), kit.pick(s, ("2026.11.07", "2026-11-07"), ("2026.11.21", "2026-11-21")),
         "宁德某新能源科技有限公司", kit.pick(s, "CC-2611-0088", "CC-2611-0102"), kit.pick(s, "LFP-3.2V-280Ah-A3", "LFP-3.2V-314Ah-B1"),
         (kit.pick(s, "45 pcs（PPM 1,875）", "18 pcs（PPM 750）"), kit.pick(s, 45, 18))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 小组成员", "B5", kit.pick(s, ("陈立新", "周敏", "吴强"), ("陈立新", "郑凯")), sep="、",
                  span="D5")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 根本原因（发生）", "D4 流出原因", "D5 永久纠正措施", "D6 效果验证", "D7 预防再发"),
        kit.pick(s, ("模组 EOL 测试 45 只电芯自放电 K 值超标（>0.08 mV/h）。", "在库 2,400 只复测 K 值，隔离 31 只。",
                     "卷绕工序极片毛刺超 15 μm，刺穿隔膜形成微短路。", "出厂 K 值静置时间 48 h 不足以筛出。",
                     "分切刀具寿命由 80 万米降至 50 万米，毛刺在线检测。", "毛刺尺寸 Cpk 由 0.86 升至 1.67，连续 5 批 0 PPM。",
                     "同平台 314Ah 产线同步导入。"),
                 ("18 只电芯容量低于 280 Ah 下限。", "在库全数分容复测。", "化成温度漂移 3 ℃。", "分容抽检比例过低。",
                  "化成柜温控校准并联锁报警。", "容量 Cpk 1.45，连续 3 批合格。", "其他化成线同步校准。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 结案日期", "批准"), (kit.pick(s, ("2026.12.05", "2026-12-05"), ("2026.12.19", "2026-12-19")), "黄志刚"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_connector(s: kit.Sheet) -> None:
    """An EV battery maker's 8D to its connector supplier, in English: ``Connector P/N``, ``Reject qty 37 pcs (1,850
    PPM)``, ``Rating 800 V / 250 A`` (figures no quantity, no field), a Cpk in D6, dates ``2026.11.09``."""
    s.text("A1", "8D Problem Solving Report", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Date opened", "Customer", "Complaint ref.", "Connector P/N", "Reject qty"),
        ("8D-HVC-26-031", ("2026.11.09", "2026-11-09"), "Voltra Battery Systems GmbH", "VBS-QN-26-1187", "HVC-2P-250A-800V",
         ("37 pcs (1,850 PPM)", 37)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.lv(s, "A5", "Rating", "B5", "800 V / 250 A, IP67", None, span="D5")
    kit.team_cell(s, "A6", "D1 Team", "B6", ("Liu Yang", "Xu Jing", "M. Becker"), span="D6")
    rows = kit.eightd_steps(
        ("D2 Problem description", "D3 Containment", "D4 Root cause (occurrence)", "D4 Root cause (escape)",
         "D5 Permanent corrective action", "D6 Verification", "D7 Prevent recurrence"),
        ("37 HV connectors with terminal push-out force below 80 N at pack assembly.",
         "Stock 5,600 pcs and 2,100 pcs in transit checked 100 % for push-out force.",
         "Terminal lance height worn on die station 4; lance height Cpk 0.92.",
         "Push-out test sampling 5 pcs per shift could not detect drift.",
         "Die station 4 reworked; lance height measured in line with camera.",
         "Lance height Cpk 1.71; 0 PPM over 6 lots.",
         "Same check on all HV terminal dies."),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 Closure date", "Approved by"), (("2026.12.08", "2026-12-08"), "Wang Hui"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_transformer(s: kit.Sheet) -> None:
    """A transformer return (变压器退货单): ``退货单号``, ``关联反馈单``, lines in 台 with ``规格型号`` in the name
    (``S13-M-400/10``), ``处理方式 返厂维修`` (repair), ``仓库签收``."""
    s.text("A1", "退货单（变压器）", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "关联反馈单"),
        (kit.pick(s, "TH-2611-0031", "TH-2611-0046"), kit.pick(s, ("2026.11.10", "2026-11-10"), ("2026.11.24", "2026-11-24")),
         "国网某市供电公司", kit.pick(s, "WZFK-2026-1103-017", "WZFK-2026-1117-022")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("物料编码", "名称及规格", "核定数量", "实退数量", "单价（元）", "金额（元）")
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, (("500027584", "油浸式变压器 S13-M-400/10", 2, 2, 58600.0),),
                     (("500031226", "箱式变电站 YB-12/0.4-630", 1, 1, 186000.0),))  # fmt: skip
    kit.return_lines(s, 5, lines, heads, count=lambda n: f"{n}台")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "低压套管根部渗油（反馈单 WZFK-2026-1103-017）", "五防闭锁失效"), ("返厂维修", ["repair"]),
         "钱卫东", "周建国"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "F")


def return_en_modulerma(s: kit.Sheet) -> None:
    """A solar module RMA (return note) in English: ``RMA No.``, lines in pcs with the watt class in the name (``550
    Wp``), ``Disposition: Scrap (recycling)``."""
    s.text("A1", "RMA / Return Material Note", "F1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "Return date", "Customer", "Claim No."),
        ("RMA-HM-26-0077", ("2026.11.12", "2026-11-12"), "Sunfield EPC Sdn. Bhd.", "MQC-26-0412"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Module type", "Description", "Qty approved", "Qty returned", "Unit price (USD)", "Amount (USD)")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, (("HM-72HBD-550W", "Bifacial mono module 550 Wp", 36, 36, 60.5),), heads,
                     count=lambda n: f"{n} pcs")  # fmt: skip
    foot = kit.field_rows(
        ("Reason", "Disposition", "Received by", "Approved by"),
        ("Pmax below tolerance, EL micro-cracks (MQC-26-0412).", ("Scrap (recycling)", ["scrap"]), "Tan Chee Keong",
         "Gao Peng"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


# =============================================================================== allowance
def _credit_foot(s: kit.Sheet, labels, net: float, tax: float, approver: tuple[str, str]) -> None:
    """A credit's foot: the totals before tax, of the tax and with tax on rows 10–12 (the three ``labels`` in A:C,
    the amounts as number cells in D), then the approver's label and name on row 13."""
    for r, lab, x, path in zip((10, 11, 12), labels, (net, tax, round(net + tax, 2)),
                               ("total_excl_tax", "total_tax", "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", approver[0], "B13", approver[1], "approved_by_manager", span="C13")


def allowance_zh_derate(s: kit.Sheet) -> None:
    """An allowance for a derated cable lot (降级使用折让证明单): lines in metres with the specification in the item
    (``YJV22-8.7/15kV 3×240``), ``折让金额`` / ``税额`` 13 %, totals ``合计金额`` / ``合计税额`` / ``价税合计``."""
    s.text("A1", "降级使用折让证明单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "关联异议单"),
        (kit.pick(s, "ZR-2611-0012", "ZR-2611-0019"), kit.pick(s, ("2026.11.16", "2026-11-16"), ("2026.11.30", "2026-11-30")),
         "中建电力安装工程有限公司", "91110108MA01R7XK3N", kit.pick(s, "32012600000044817520", "32012600000044823361"),
         kit.pick(s, "ZLYY-2611-006", "ZLYY-2611-014")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("项目（降级）", "数量(m)", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("YJV22-8.7/15kV 3×240 降级使用", 500, 42.6),),
                     (("YJV-0.6/1kV 4×185+1×95 降级使用", 250, 31.2), ("复测费用", 1, 800.0)))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    _credit_foot(s, ("合计金额", "合计税额", "价税合计"), net, tax, ("审批", "刘志远"))


def allowance_en_kwh(s: kit.Sheet) -> None:
    """A credit note for lost energy, in kWh: ``Qty (kWh) 18,400``, ``Tariff`` per kWh, ``VAT 13%``, totals ``Net`` /
    ``VAT`` / ``Total``."""
    s.text("A1", "Credit Note – Energy Yield Shortfall", "E1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit Note No.", "Date", "Customer", "Tax ID", "Invoice No.", "Claim ref."),
        ("CN-HM-26-0058", ("2026.11.20", "2026-11-20"), "Sunfield EPC Sdn. Bhd.", "C2584417-09", "INV-HM-26-1093",
         "MQC-26-0412"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Item", "Qty (kWh)", "Tariff (CNY/kWh)", "Amount", "VAT")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("Energy shortfall Jul–Oct, 36 modules", 18400, 0.42), ("EL re-test on site", 1, 1500.0)),
                                heads, 0.13)  # fmt: skip
    _credit_foot(s, ("Net", "VAT 13%", "Total"), net, tax, ("Approved by", "Gao Peng"))


_COPY2 = {"complaint_zh_wuzi", "complaint_en_solar", "complaint_zht_dianli", "complaint_zh_cable", "eightd_zh_battery",
          "return_zh_transformer", "allowance_zh_derate", "complaint_zh_sgportal"}  # fmt: skip
"""The drawings with a second copy in copy2/ (seven workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_wuzi, "反馈单", dict(A=16, B=30, C=16, D=30), "a utility's 物资质量问题反馈单: 项目单位, 供应商 (us), 物资名称, 物料编码, 规格型号 S13-M-400/10, 到货批次, 出厂编号, 20台 / 2台, 2026.11.03, 问题等级 ☑一般 ☐严重"),
        (complaint_en_solar, "Claim", dict(A=22, B=34, C=22, D=30), "a solar module buyer's claim: Module type, Serial No. range, Quantity (pcs / MW) 1,200 pcs / 0.66 MW, Pmax, EL image, 2026.11.04"),
        (complaint_zht_dianli, "客訴單", dict(A=16, B=30, C=16, D=30), "a Taiwanese 電力設備 客訴單: 115.11.05, 規格 單相 25kVA 11.4kV/120-240V, 30台 / 2台, ☑退貨 ☐換貨 ☐折讓, 業務"),
        (complaint_zh_cable, "异议单", dict(A=16, B=32, C=16, D=30), "a cable customer's 质量异议单: 规格型号 YJV22-8.7/15kV 3×240, 盘号, 3000 m / 500 m, 需方 / 供方, 退货并补发"),
        (eightd_zh_battery, "8D", dict(A=20, B=34, C=16, D=30), "an EV battery maker's 8D to its cell supplier: 电芯型号, 45 pcs（PPM 1,875）, Cpk in D6, D1 小组成员"),
        (eightd_en_connector, "8D", dict(A=30, B=34, C=20, D=30), "an EV battery maker's 8D to its connector supplier: Connector P/N, 37 pcs (1,850 PPM), Rating 800 V / 250 A, Cpk"),
        (return_zh_transformer, "退货单", dict(A=14, B=28, C=12, D=12, E=14, F=16), "a transformer return: 退货单号, 关联反馈单, 2台, 单价 58,600.00, 处理方式 返厂维修, 仓库签收"),
        (return_en_modulerma, "RMA", dict(A=20, B=28, C=14, D=14, E=16, F=16), "a solar module RMA: 36 pcs, Bifacial mono module 550 Wp, Disposition Scrap (recycling)"),
        (allowance_zh_derate, "折让", dict(A=32, B=12, C=12, D=16, E=16), "an allowance for a derated cable lot: 降级使用, 数量(m) 500, 折让金额, 税额 13 %, 合计金额 / 合计税额 / 价税合计"),
        (allowance_en_kwh, "Credit", dict(A=36, B=14, C=18, D=16, E=16), "a credit note for lost energy: Qty (kWh) 18,400, Tariff (CNY/kWh), VAT 13%"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css(
    "#e8f0ee", ".tag{display:inline-block;border:1px solid #097;color:#097;padding:1px 4px}"
)


def complaint_zh_sgportal(f: kit.HtmlForm) -> str:
    """A utility's e-commerce platform print of a 供应商质量问题通知 (Chromium): ``通知编号``, ``发布时间 2026-11-05
    10:25`` (a time beside the date), ``项目单位``, ``物资名称`` / ``物料编码``, ``供应商`` (us: no field), ``问题等级 一般``,
    ``处理要求 更换``, ``联系人``."""
    f.raw(
        "<h2>供应商质量问题通知（电子商务平台）</h2><p class='note'>本页面由平台自动生成，打印件与系统记录一致。</p><table>"
    )
    kit.kv_rows(f, kit.field_rows(
        ("通知编号", "发布时间", "项目单位", "供应商", "合同编号", "物资名称", "物料编码", "到货批次", "到货数量", "问题数量",
         "问题描述", "问题等级", "处理要求", "联系人"),
        (kit.pick(f, "ZLTZ-20261105-0093", "ZLTZ-20261119-0108"),
         kit.pick(f, ("2026-11-05 10:25", "2026-11-05"), ("2026-11-19 15:40", "2026-11-19")),
         "国网某市供电公司", "江苏华能变压器有限公司", kit.pick(f, "SGJS-2026-WZ-08977", "SGJS-2026-WZ-09208"),
         kit.pick(f, "10kV柱上断路器", "低压开关柜"), kit.pick(f, "500118823", "500120457"), kit.pick(f, "第2批", "第4批"),
         kit.pick(f, ("15台", 15), ("8台", 8)), kit.pick(f, ("3台", 3), ("2台", 2)),
         kit.pick(f, "交接试验中 3 台断路器合闸时间超标（实测 68 ms，要求 ≤ 60 ms）。", "2 台开关柜母排搭接面过热。"),
         ("一般", "general"), ("更换", ["replacement"]), kit.pick(f, "孟庆伟", "许文斌")),
        ("number", "received_date", "customer", None, "order_no", "part_name", "part_no", "lot_no", "ship_qty",
         "defect_qty", "description", "severity", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw("</table><p class='note'><span class='tag'>已推送</span> 供应商须在 24 小时内在平台响应。</p>")
    return f.page("供应商质量问题通知", _CSS)


def complaint_zh_buliang(f: kit.PdfDraw) -> None:
    """A utility's 供应商不良行为处理通知 (fpdf2): ``通知书编号``, ``发文日期 2026.11.18``, ``发文单位`` the customer,
    ``涉及物资`` / ``物料编码``, ``合同编号``, ``问题数量``, ``不良行为描述``, ``处理措施 暂停中标资格 6 个月`` (a sanction: no
    field), ``经办人``."""
    f = kit.CjkDraw.of(f)
    f.text(50, 16, "供应商不良行为处理通知", size=14)
    f.text(15, 23, "致：江苏华能变压器有限公司（供应商）", size=8)
    kit.pdf_lv_lines(f, 15, 52, 32, kit.field_rows(
        ("通知书编号", "发文日期", "发文单位", "合同编号", "涉及物资", "物料编码", "到货数量", "问题数量", "不良行为描述", "经办人"),
        ("BLXW-2026-047", ("2026.11.18", "2026-11-18"), "国网某省电力有限公司", "SGJS-2026-WZ-08812", "10kV油浸式变压器",
         "500027584", ("20台", 20), ("2台", 2), "抽检 2 台变压器负载损耗超标（实测 5.12 kW，标准 4.52 kW）。", "韩雪"),
        ("number", "received_date", "customer", "order_no", "part_name", "part_no", "ship_qty", "defect_qty",
         "description", "reporter"),
    ), step=8)  # fmt: skip
    f.text(
        15, 118, "处理措施：暂停中标资格 6 个月（自 2026.12.01 起）；如有异议，请于 15 日内书面申诉。", size=8
    )


def eightd_zht_switchgear(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D for a switchgear (fpdf2): ``8D報告編號``, ``開立日期 2026.11.11``, ``不良數量 3台``, D1–D8 in zh-Hant
    labels, a Cpk in the D6 line."""
    f = kit.CjkDraw.of(f)
    f.text(62, 16, "8D 矯正措施報告（開關設備）", size=14)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("8D報告編號", "開立日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-SW-2611-04", ("2026.11.11", "2026-11-11"), "台灣電力公司 桃園區營業處", "CS-TW-1151105-03", "GIS-24kV-630A",
         ("3台", 3)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 52, 80, "D1 小組成員", ("簡志明", "郭淑芬", "李建宏"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("3 台開關設備 SF6 氣體壓力低警報。", "在庫 12 台全數檢漏。", "法蘭 O 型環壓縮量不足。", "出廠檢漏靈敏度不足。",
         "O 型環槽深修正並改用氦檢漏。", "壓縮量 Cpk 1.52，連續 4 批無洩漏。", "同系列 GIS 全面比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 52, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 52, y, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026.12.09", "2026-12-09"), "簡志明"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_zht_cable(f: kit.HtmlForm) -> str:
    """A zh-Hant cable return printed from a customer's system (Chromium): counts in 盤 (drums), the specification in
    the name (``XLPE 25kV 1C×500mm²``), ``處理方式 報廢``, ``倉管簽收``."""
    f.raw("<h2>退貨單（電纜）</h2>")
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        ("RT-TW-1151114-02", ("2026.11.14", "2026-11-14"), "台灣電力公司 台中區營業處", "CS-TW-1151105-05"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("料號", "品名規格", "核准數量", "退貨數量", "單價", "金額")
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("CB-XL25-500", "XLPE 25kV 1C×500mm² 電纜", 2, 2, 168500.0),)
    ):
        a = round(q * p, 2)
        typed = ((f"{qa}盤", qa), (f"{q}盤", q), (f"{p:,.2f}", kit.money(p)), (f"{a:,.2f}", kit.money(a)))
        kit.td_row(f, kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "核准"),
        ("絕緣層偏心度超標（客訴單 CS-TW-1151105-05）", ("報廢", ["scrap"]), "蔡明哲", "林俊宏"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


def allowance_zht_mw(f: kit.PdfDraw) -> None:
    """A Taiwanese 銷貨折讓證明單 for a solar plant's power shortfall in MW (fpdf2): ``數量 0.12 MW``, a price per MW,
    民國 dates with dots (``115.11.25``), ``營業稅額（零稅率）0.00``."""
    f = kit.CjkDraw.of(f)
    f.text(45, 16, "銷貨折讓證明單（模組功率不足）", size=13)
    kit.pdf_lv_lines(f, 15, 60, 30, kit.field_rows(
        ("折讓單號", "日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-TW-1151125-01", ("115.11.25", "2026-11-25"), "日昇太陽能電力股份有限公司", "53821764", "VK-40218835",
         "MQC-TW-26-0437"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單價（每MW）", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(
        f, cols, (("505Wp 模組功率不足補償", 0.12, 210000.0),), qty=lambda q: f"{q} MW"
    )
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("銷售額合計", "營業稅額（零稅率）", "總計", "核准"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "陳建志"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a utility's e-commerce platform print of a 供应商质量问题通知: 发布时间 2026-11-05 10:25, 15台 / 3台, 问题等级 一般, 处理要求 更换", complaint_zh_sgportal),
        ("a utility's 供应商不良行为处理通知: 通知书编号, 发文日期 2026.11.18, 涉及物资, 20台 / 2台, 处理措施 暂停中标资格", complaint_zh_buliang),
        ("a zh-Hant 8D for a switchgear: 8D報告編號, 2026.11.11, 3台, D1 小組成員 … D8 結案日期, Cpk", eightd_zht_switchgear),
        ("a zh-Hant cable return in 盤: 退貨單號, 2盤, XLPE 25kV 1C×500mm², 處理方式 報廢, 倉管簽收", return_zht_cable),
        ("a Taiwanese 銷貨折讓證明單 for a power shortfall in MW: 數量 0.12 MW, 單價（每MW）, 115.11.25, 營業稅額（零稅率）", allowance_zht_mw),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _spec_only_workbook() -> bytes:
    """A 物资质量问题反馈单 whose only figures are the specification (``规格型号 YJV22-8.7/15kV 3×240``, ``长度 500 m``
    per drum): the 问题数量 left empty."""
    return kit.sheet_bytes("反馈单", (("物资质量问题反馈单", None), ("反馈单编号", "WZFK-2026-1125-031"), ("反馈日期", "2026.11.25"),
                               ("项目单位", "国网某市供电公司"), ("物资名称", "10kV电力电缆"), ("物料编码", "500014392"),
                               ("规格型号", "YJV22-8.7/15kV 3×240"), ("长度", "500 m/盘"), ("问题数量", None),
                               ("问题描述", "外护套破损，待现场统计。"), ("反馈人", "王海涛")),
                       dt.datetime(2026, 11, 25, 9, 0))  # fmt: skip


def _bad_month_workbook() -> bytes:
    """A 物资质量问题反馈单 dated ``2026.13.03``: there is no thirteenth month."""
    return kit.sheet_bytes("反馈单", (("物资质量问题反馈单", None), ("反馈单编号", "WZFK-2026-1303-001"), ("反馈日期", "2026.13.03"),
                               ("项目单位", "国网某市供电公司"), ("物资名称", "10kV油浸式变压器"), ("物料编码", "500027584"),
                               ("到货数量", "20台"), ("问题数量", "2台"), ("问题描述", "渗油 2 台。"), ("反馈人", "王海涛")),
                       dt.datetime(2026, 11, 3, 9, 0))  # fmt: skip


ODD = {
    "complaint-speconly.xlsx": (
        "a 物资质量问题反馈单 whose only figures are the specification (YJV22-8.7/15kV 3×240, 500 m/盘) and 问题数量 "
        "empty: an error or a warning on the defective quantity; never 8.7, 15, 3, 240 or 500 taken as a count silently",
        _spec_only_workbook,
    ),
    "complaint-month13.xlsx": (
        "a 物资质量问题反馈单 dated 2026.13.03 (no thirteenth month): an error or a warning on the date; never a date "
        "taken from it silently (not 2026-03-13, not 2027-01-03)",
        _bad_month_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-fourth held-out layouts", ODD)
