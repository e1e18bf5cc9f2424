"""Write the forty-ninth held-out set (run: ``python tests/holdout49/make_holdout49.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN BUILDING MATERIALS,
PRINTING AND PACKAGING: what a factory of tiles, doors and windows, waterproofing membranes, paint, glass, cartons, labels
and printed packaging receives. A contractor's 工程质量问题反馈单 (``项目名称``, ``施工单位`` the customer, ``楼栋/部位``,
``问题面积 120 m²``, ``返工费用`` the loss, ``处理要求 返工并承担返工费用``); a tile complaint in 箱 with the area beside
(``560 箱（1,008 ㎡）``) and a 色号 / 批次 pair (``色号 186`` beside ``批次 T260215-A``); a paint complaint (``色差 ΔE 2.3``,
``120 桶``); a carton printer's 客户投诉单 (``印刷色差``, ``糊盒不良``, ``订单号`` and ``工单号``, counts in 万只 ``5万只`` /
``1.2万只``, ``印张``); a brand owner's packaging SCAR in English (``Artwork version``, ``Pantone 186 C``, ``AQL 1.0 /
Major``); a Taiwanese 印刷廠 客訴單 (``色差``, ``刀模``, a date typed ``2026.3.5``); an 8D for windows (``36 樘``, ``35 延米``
of seal); an English 8D for printed labels (``48,000 labels (12 rolls)``); a 退货单 for cartons on pallets (``托数`` beside
the counts in 只); a 销售折让证明单 for a price-reduced lot of tiles (``降价处理``, ``单价(元/㎡)``); an English credit note for a reprinted
label lot (``Qty (labels) 48,000``, ``0.03``); sent as PDF only: a contractor's letter (函) with a photo caption block
(fpdf2), a brand's portal print (Chromium), a zh-Hant 8D for glass (fpdf2), an English return of cartons on pallets
(Chromium), a zh-Hant 折讓 for windows in 樘 (fpdf2), a zh-Hant 門窗 退貨單 in 套 with a 門套線(米) column (Chromium). ``odd/`` holds a complaint whose 不良数量 is an AREA (``120.5㎡``), and a carton return whose returned
quantity is typed in PALLETS (``3 托``) beside a price per 只.

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

HERE, SOURCE = kit.generator(__file__, "forty-ninth held-out imitation")
dt, D = kit.dt, kit.dt.date


# =============================================================================== complaint
def complaint_zh_site(s: kit.Sheet) -> None:
    """A contractor's 工程质量问题反馈单 for a waterproofing membrane: 项目名称 and 楼栋/部位 (no field), 施工单位 the
    customer, 供货数量 in rolls, 问题面积 ``120 m²`` (no field), 返工费用 the loss, 处理要求 rework and compensation."""
    s.text("A1", "工程质量问题反馈单", "D1", size=15)
    kit.plain(s, "A2", "编号规则：FK-项目简称-年月-流水号　　一式两份（施工单位、供货厂家各一份）", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈单号", "反馈日期", "项目名称", "施工单位", "合同编号", "楼栋/部位", "产品名称", "规格型号", "生产批次",
         "供货数量", "问题面积", "返工费用(元)"),
        (kit.pick(s, "FK-LHY-2603-007", "FK-XJW-2605-012"), kit.pick(s, D(2026, 3, 12), D(2026, 5, 8)),
         kit.pick(s, "绿湖苑二期住宅项目", "新江湾商务中心"), kit.pick(s, "中建八局第三建设有限公司", "上海宏润建设集团有限公司"),
         kit.pick(s, "HT-FS-2601-088", "HT-FS-2603-021"), kit.pick(s, "5#楼 地下室顶板", "A座 屋面"),
         "SBS改性沥青防水卷材", "SBS Ⅱ PY PE 4mm", kit.pick(s, "FS260118-02", "FS260322-05"),
         (kit.pick(s, "300 卷", "180 卷"), kit.pick(s, 300, 180)), kit.pick(s, "120 m²", "85 m²"),
         (kit.pick(s, "18,600.00", "13,175.00"), kit.pick(s, "18600.00", "13175.00"))),
        ("number", "received_date", None, "customer", "order_no", None, "part_name", None, "lot_no",
         "ship_qty", None, "loss_amount"),
    ))  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("问题描述", "原因初判", "处理要求"),
        (kit.pick(s, "闭水试验 48 h 后顶板多处渗漏，卷材搭接缝处起鼓、脱开。", "屋面卷材铺贴后一周出现大面积鼓包。"),
         "卷材胎基浸渍不足，热熔后粘结力差（待厂家确认）。",
         ("返工并承担返工费用", ["rework", "compensation"])),
        ("description", None, "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, 12, kit.field_rows(
        ("现场负责人", "监理工程师"), (kit.pick(s, "王建军", "李卫东"), "赵立新"), ("reporter", None),
    ))  # fmt: skip


def complaint_zh_tile(s: kit.Sheet) -> None:
    """A tile maker's 客户投诉单: counts in boxes with the area beside (``560 箱（1,008 ㎡）``), a 色号 that looks like a
    number (``186``, no field) beside the 批次 (the lot), 规格 ``800×800 mm`` (no field), 片 in the description."""
    s.text("A1", "客户投诉单（瓷砖）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "投诉日期", "客户名称", "订单号", "产品型号", "产品名称", "规格", "色号", "批次", "发货数量", "不良数量",
         "投诉类型"),
        (kit.pick(s, "TS-CZ-2603-031", "TS-CZ-2605-014"), kit.pick(s, D(2026, 3, 9), D(2026, 5, 11)),
         kit.pick(s, "佛山美居建材贸易有限公司", "长沙嘉和装饰工程有限公司"), kit.pick(s, "SO-26-0318", "SO-26-0522"),
         kit.pick(s, "TC-8080-201", "TC-6012-305"), kit.pick(s, "通体大理石瓷砖", "仿古砖"),
         kit.pick(s, "800×800 mm", "600×1200 mm"), kit.pick(s, "186", "203"), kit.pick(s, "T260215-A", "T260421-C"),
         (kit.pick(s, "560 箱（1,008 ㎡）", "420 箱（1,209.6 ㎡）"), kit.pick(s, 560, 420)),
         (kit.pick(s, "38 箱", "25 箱"), kit.pick(s, 38, 25)), ("质量问题", "quality")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, None, "lot_no", "ship_qty",
         "defect_qty", "complaint_type"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("问题描述", "客户要求", "临时措施"),
        (kit.pick(s, "同一批次铺贴后色差明显，另有 46 片边角崩瓷。", "砖面平整度超差，铺贴后翘角 30 余片。"),
         ("同色号同批次换货", ["replacement"]), "库存同批次 120 箱暂停发货，留样比色。"),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, 11, kit.field_rows(
        ("填表人", "销售经理"), (kit.pick(s, "何丽萍", "曾志强"), "梁国栋"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zh_paint(s: kit.Sheet) -> None:
    """A paint maker's 客户投诉处理单: a 色差 measured ``ΔE 2.3`` (in a table of 检测项目, no field), counts in 桶, 色卡号
    (no field), the request 退货."""
    s.text("A1", "客户投诉处理单（建筑涂料）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉单号", "受理日期", "客户", "订单编号", "产品编码", "产品名称", "色卡号", "批号", "发货数量", "投诉数量"),
        ("KT-TL-2603-019", D(2026, 3, 17), "南京正泰装饰工程有限公司", "PO-NJ-26-0142", "WP-3306-G",
         "外墙弹性乳胶漆（浅灰）", "NCS S 2002-B", "L260301-07", ("120 桶", 120), ("18 桶", 18)),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, "lot_no", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.head_row(s, 7, "ABCD", ("检测项目", "标准", "标准板", "客户现场"))
    for r, line in enumerate(
        (("色差 ΔE", "≤1.0", "0.4", "2.3"), ("光泽（60°）", "10±2", "11", "14")), start=8
    ):
        for col, v in zip("ABCD", line):
            s.value(f"{col}{r}", v, path=None, label="检测项目")
    kit.rows_down(s, 10, kit.field_rows(
        ("投诉内容", "客户要求", "处理意见"),
        ("同一墙面两批漆交接处色差明显（ΔE 2.3），客户拒收。", ("退货", ["return"]), ("退货", ["return"])),
        ("description", "customer_request", "disposition"),
    ))  # fmt: skip
    kit.lv_pairs(s, 13, kit.field_rows(
        ("受理人", "区域经理"), ("陶文斌", "郭海峰"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zh_carton(s: kit.Sheet) -> None:
    """A carton printer's 客户投诉单: 订单号 and 工单号 (no field) side by side, counts in 万只 (``5万只``, ``1.2万只``), 印张
    (no field), the defect ``印刷色差`` / ``糊盒不良`` as marked boxes."""
    s.text("A1", "客户投诉单（彩盒印刷）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "投诉日期", "客户名称", "订单号", "工单号", "产品编号", "产品名称", "印张", "交货数量", "不良数量"),
        (kit.pick(s, "CS-YS-2603-044", "CS-YS-2605-017"), kit.pick(s, D(2026, 3, 19), D(2026, 5, 21)),
         kit.pick(s, "广州蓝月日化有限公司", "厦门乐活食品有限公司"), kit.pick(s, "PO-LY-260305", "PO-LH-260509"),
         kit.pick(s, "GD-26-0457", "GD-26-0612"), kit.pick(s, "CH-LY-0812", "CH-LH-1107"),
         kit.pick(s, "洗衣液彩盒 2kg", "坚果礼盒"), kit.pick(s, "12,500 张", "8,000 张"),
         (kit.pick(s, "5万只", "3万只"), kit.pick(s, 50000, 30000)), (kit.pick(s, "1.2万只", "4,500只"), kit.pick(s, 12000, 4500))),
        ("number", "received_date", "customer", "order_no", None, "part_no", "part_name", None, "ship_qty", "defect_qty"),
    ))  # fmt: skip
    kit.lv(
        s,
        "A7",
        "不良类别",
        "B7",
        kit.marks(
            ["印刷色差", "糊盒不良", "套印不准", "压痕爆线"], {kit.pick(s, "印刷色差", "糊盒不良")}, "☑", "☐"
        ),
        None,
        span="D7",
    )
    kit.rows_down(s, 8, kit.field_rows(
        ("问题描述", "客户要求", "短期对策"),
        (kit.pick(s, "品牌蓝色偏浅，与签样 ΔE 3.5；部分彩盒糊口开胶。", "糊盒胶线偏移，开箱时盒底脱开。"),
         ("退货重印", ["return", "replacement"]), "在库 3 万只全检，隔离不良品。"),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, 11, kit.field_rows(
        ("跟单员", "业务主管"), (kit.pick(s, "潘晓敏", "邓丽娟"), "黄志明"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_packscar(s: kit.Sheet) -> None:
    """A brand owner's packaging SCAR (Supplier Corrective Action Request): ``Artwork version``, ``Pantone 186 C`` and
    ``AQL 1.0 / Major`` (no field), the lot received and rejected in pieces, ``Containment required`` the request."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (SCAR) — PACKAGING", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("SCAR No.", "Date issued", "Issued by (brand)", "PO No.", "Component code", "Component", "Artwork version",
         "Colour standard", "Lot No.", "Lot size (pcs)", "Qty rejected (pcs)", "Sampling"),
        ("SCAR-PK-26-0112", D(2026, 3, 24), "Nordic Home Care AB", "4500871203", "PKG-CTN-0087",
         "Folding carton 250 ml", "AW-0087 v3", "Pantone 186 C", "LT260311", 40000, 6500, "AQL 1.0 / Major"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, None, "lot_no", "ship_qty",
         "defect_qty", None),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("Nonconformance", "Containment required", "Issued by"),
        ("Red logo printed off-shade (ΔE 4.1 against Pantone 186 C); 13 of 200 samples out of tolerance.",
         ("Replace the rejected lot", ["replacement"]), "Anna Lindqvist"),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_zht_print(s: kit.Sheet) -> None:
    """A Taiwanese 印刷廠's 客訴單: a date typed ``2026.3.5`` (text), 色差 and 刀模 in the problem, 刀模編號 (no field),
    counts in 張 / 只 with thousands."""
    s.text("A1", "客訴單（印刷品）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "客訴日期", "客戶名稱", "訂單編號", "料號", "品名", "刀模編號", "出貨數量", "不良數量", "客訴類別"),
        (kit.pick(s, "KS-YS-2603-008", "KS-YS-2605-021"), (kit.pick(s, "2026.3.5", "2026.5.14"),
                                                           kit.pick(s, "2026-03-05", "2026-05-14")),
         "統一精工食品股份有限公司", kit.pick(s, "PO-115-0211", "PO-115-0487"), kit.pick(s, "BX-TP-3021", "BX-TP-3107"),
         kit.pick(s, "蛋捲禮盒外盒", "鳳梨酥內襯"), kit.pick(s, "DM-2201", "DM-2318"),
         (kit.pick(s, "20,000 只", "15,000 只"), kit.pick(s, 20000, 15000)),
         (kit.pick(s, "1,850 只", "600 只"), kit.pick(s, 1850, 600)), ("品質異常", "quality")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, "ship_qty", "defect_qty",
         "complaint_type"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("異常描述", "客戶要求", "暫時對策"),
        (kit.pick(s, "外盒紅色色差（與色稿不符），刀模偏位致壓線裂開。", "內襯刀模毛邊，折線爆裂。"),
         ("折讓", ["allowance"]), "更換刀模，庫存全數挑選。"),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, 10, kit.field_rows(
        ("承辦人", "業務主管"), (kit.pick(s, "蔡佩珊", "許志偉"), "林俊傑"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_window(s: kit.Sheet) -> None:
    """An 8D 报告 for aluminium windows: 投诉数量 in 樘 (``36 樘``), the seal's length in 延米 in the problem (no field), the
    project in the header (no field)."""
    s.text("A1", "8D 报告（断桥铝合金窗渗水）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "开立日期", "客户", "投诉编号", "产品型号", "投诉数量"),
        (kit.pick(s, "8D-MC-2603-04", "8D-MC-2605-09"), kit.pick(s, D(2026, 3, 20), D(2026, 5, 18)),
         kit.pick(s, "中建八局第三建设有限公司", "上海宏润建设集团有限公司"), kit.pick(s, "TS-MC-2603-015", "TS-MC-2605-031"),
         kit.pick(s, "GR-70-1518", "GR-65-1215"), (kit.pick(s, "36 樘", "24 樘"), kit.pick(s, 36, 24))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.plain(
        s, "A5", kit.pick(s, "项目：绿湖苑二期 3#楼 8–15 层 东立面", "项目：新江湾商务中心 A座 5–9 层"), "D5"
    )
    kit.team_cell(
        s,
        "A6",
        "D1 小组成员",
        "B6",
        kit.pick(s, ("周强", "吴敏", "郑涛"), ("周强", "郑涛")),
        sep="、",
        span="D6",
    )
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 纠正措施", "D6 效果验证", "D7 预防措施"),
        (kit.pick(s, "淋水试验窗框下角渗水，涉及 36 樘，需更换密封胶条 35 延米。", "暴雨后窗扇角部渗水 24 樘。"),
         "现场 36 樘全部打胶临时封堵；在库型材全检。", "角码注胶量不足，胶条转角处断开。", "出厂未做淋水抽检。",
         "角码注胶定量，胶条整圈成型。", "复验 36 樘淋水无渗漏。", "其他窗型比照，作业指导书更新。"),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 结案日期", "批准人"), (kit.pick(s, D(2026, 4, 24), D(2026, 6, 19)), "郑涛"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_label(s: kit.Sheet) -> None:
    """An English 8D for PRINTED LABELS: ``Qty complained 48,000 labels (12 rolls)``, a press / die line under the header
    (no field)."""
    s.text("A1", "8D REPORT — SELF-ADHESIVE LABELS, COLOUR SHIFT", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Date opened", "Customer", "Complaint ref.", "Label code", "Qty complained"),
        ("8D-LB-26-011", D(2026, 3, 26), "Nordic Home Care AB", "SCAR-PK-26-0112", "LBL-0093-FR",
         ("48,000 labels (12 rolls)", 48000)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", ("Chen Hao", "Maria Olsen", "Liu Yang"), span="D5")
    s.text("A6", "Press: Mark Andy P7 · Die No. D-0093 · Substrate PP white 60 µm · Pantone 186 C", "D6")
    rows = kit.eightd_steps(
        ("D2 Problem", "D3 Interim containment", "D4 Root cause (occurrence)", "D4 Root cause (escape)",
         "D5 Permanent corrective action", "D6 Validation", "D7 Systemic prevention"),
        ("Red of the logo drifts from Pantone 186 C (ΔE up to 4.1) along the roll.", "All rolls in stock measured by "
         "spectrophotometer; 5 rolls blocked.", "Anilox roll worn; ink density dropped over the run.",
         "Colour checked at the start of the roll only.", "Anilox replaced; density checked every 2,000 m.",
         "Twelve rolls in a row within ΔE 1.5.", "Anilox wear added to the press maintenance plan."),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 Closed", "Approved by"), (D(2026, 4, 30), "Liu Yang"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_cartonpallet(s: kit.Sheet) -> None:
    """A 退货单 for CARTONS ON PALLETS: a 托数 column (``4 托``, no field) before the counts in 只, a price per 只 with three
    decimals shown (``2.350``), the amount."""
    s.text("A1", "退货单（纸箱）", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "投诉编号"),
        (kit.pick(s, "TH-ZX-2603-011", "TH-ZX-2605-006"), kit.pick(s, D(2026, 3, 27), D(2026, 5, 26)),
         kit.pick(s, "广州蓝月日化有限公司", "厦门乐活食品有限公司"), kit.pick(s, "CS-YS-2603-044", "CS-YS-2605-017")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("物料编码", "品名", "托数", "核准数量(只)", "实退数量(只)", "单价(元/只)", "金额(元)")
    kit.head_row(s, 4, "ABCDEFG", heads)
    lines = kit.pick(s, (("CT-LY-0812", "洗衣液外箱 五层 BC 楞", "4 托", 4800, 4800, 2.35),
                         ("CH-LY-0812", "洗衣液彩盒 2kg", "2 托", 12000, 11600, 0.86)),
                     (("CT-LH-1107", "坚果礼盒外箱", "3 托", 3000, 2850, 3.12),))  # fmt: skip
    for i, (code, name, pallets, qa, q, p) in enumerate(lines):
        r, a = 5 + i, round(q * p, 2)
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", pallets, path=None, label=heads[2])
        s.value(f"D{r}", qa, path=f"items[{i}].qty_approved", label=heads[3], fmt="#,##0")
        s.value(f"E{r}", q, path=f"items[{i}].qty_returned", label=heads[4], fmt="#,##0")
        s.value(f"F{r}", p, path=f"items[{i}].unit_price", label=heads[5], expect=kit.money(p), fmt="0.000")
        s.value(f"G{r}", a, path=f"items[{i}].amount", label=heads[6], expect=kit.money(a), fmt="#,##0.00")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "审批"),
        (kit.pick(s, "印刷色差，客户拒收（投诉 CS-YS-2603-044）。", "糊盒开胶，客户退回一批。"), ("返工", ["rework"]),
         "卢志刚", "黄志明"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "G")


# =============================================================================== allowance
def allowance_zh_tile(s: kit.Sheet) -> None:
    """A 销售折让证明单 for a PRICE-REDUCED LOT OF TILES (``降价处理``): the area in ㎡ (``数量(㎡)``, whole), a price per ㎡,
    13 % tax, the totals, the 依据 line above the lines (no field)."""
    s.text("A1", "销售折让证明单（降价处理）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "投诉编号"),
        (kit.pick(s, "ZR-CZ-2603-009", "ZR-CZ-2605-004"), kit.pick(s, D(2026, 3, 30), D(2026, 5, 28)),
         kit.pick(s, "佛山美居建材贸易有限公司", "长沙嘉和装饰工程有限公司"),
         kit.pick(s, "91440604MA4UK8QJ2X", "91430104MA4L5TQ97K"), kit.pick(s, "44012600000031558201", "43012600000047761932"),
         kit.pick(s, "TS-CZ-2603-031", "TS-CZ-2605-014")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    s.text("A5", kit.pick(s, "依据：色差批次 T260215-A 降价处理，每平方米让价 12 元", "依据：批次 T260421-C 降价处理，每平方米让价 9.5 元"),
           "E5")  # fmt: skip
    heads = ("货物名称", "数量(㎡)", "单价(元/㎡)", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("通体大理石瓷砖 800×800 降价处理", 1008, 12.0), ("踢脚线 800×100 降价处理", 126, 12.0)),
                     (("仿古砖 600×1200 降价处理", 1210, 9.5),))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((10, "金额合计", net, "total_excl_tax"), (11, "税额合计", tax, "total_tax"),
                            (12, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "财务经理", "B13", "冯雅琴", "approved_by_manager", span="C13")


def allowance_en_label(s: kit.Sheet) -> None:
    """An English CREDIT NOTE for a REPRINTED LABEL LOT: the quantity in labels (``48,000``) at a price per label with
    two decimals (``0.03``), no tax (export), the SCAR number as the reference."""
    s.text("A1", "CREDIT NOTE — LABEL REPRINT ALLOWANCE", "E1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit Note No.", "Date", "Bill to", "VAT No.", "Invoice No.", "SCAR ref."),
        ("CN-LB-26-0014", D(2026, 4, 9), "Nordic Home Care AB", "SE556677889901", "EX-26-0342", "SCAR-PK-26-0112"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Qty (labels)", "Unit price (EUR)", "Credit (EUR)", "VAT (EUR)")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("Front label LBL-0093-FR, off-shade (Pantone 186 C)", 48000, 0.03),
                                       ("Back label LBL-0094-BK, reprinted with the front", 12000, 0.02)), heads, 0.0)  # fmt: skip
    for r, lab, x, path in ((10, "Net credit (EUR)", net, "total_excl_tax"), (11, "VAT 0 % (EUR)", tax, "total_tax"),
                            (12, "Total credit (EUR)", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "Approved by", "B13", "Helen Xu", "approved_by_manager", span="C13")


_COPY2 = {"complaint_zh_tile", "complaint_zh_carton", "eightd_zh_window", "return_zh_cartonpallet", "allowance_zh_tile",
          "complaint_en_brandportal"}  # fmt: skip
"""The drawings with a second copy in copy2/ (five workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_site, "反馈单", dict(A=16, B=30, C=16, D=30), "a contractor's 工程质量问题反馈单 for a waterproofing membrane: 项目名称, 施工单位, 楼栋/部位, 300 卷, 问题面积 120 m², 返工费用"),
        (complaint_zh_tile, "投诉单", dict(A=16, B=30, C=16, D=30), "a tile maker's 客户投诉单: 560 箱（1,008 ㎡）, 色号 186 beside 批次 T260215-A, 片 in the text"),
        (complaint_zh_paint, "投诉单", dict(A=16, B=30, C=16, D=30), "a paint maker's 客户投诉处理单: 色差 ΔE 2.3 in a table, 120 桶, 色卡号"),
        (complaint_zh_carton, "投诉单", dict(A=16, B=30, C=16, D=30), "a carton printer's 客户投诉单: 订单号 / 工单号, 印张, 5万只 / 1.2万只, ☑印刷色差 ☐糊盒不良"),
        (complaint_en_packscar, "SCAR", dict(A=22, B=32, C=22, D=30), "a brand owner's packaging SCAR: Artwork version, Pantone 186 C, AQL 1.0 / Major"),
        (complaint_zht_print, "客訴單", dict(A=16, B=30, C=16, D=30), "a Taiwanese 印刷廠's 客訴單: 客訴日期 2026.3.5 (text), 刀模編號, 色差"),
        (eightd_zh_window, "8D", dict(A=18, B=32, C=18, D=30), "an 8D 报告 for windows: 投诉数量 36 樘, 35 延米 of seal, the project line"),
        (eightd_en_label, "8D", dict(A=26, B=32, C=18, D=30), "an English 8D for printed labels: 48,000 labels (12 rolls), a press / die line"),
        (return_zh_cartonpallet, "退货单", dict(A=14, B=24, C=8, D=13, E=13, F=12, G=14), "a 退货单 for cartons on pallets: 托数 column, 核准数量(只), 单价(元/只) 2.350"),
        (allowance_zh_tile, "折让单", dict(A=32, B=14, C=14, D=16, E=16), "a 销售折让证明单 for a price-reduced lot of tiles: 降价处理, 数量(㎡), 单价(元/㎡)"),
        (allowance_en_label, "Credit", dict(A=44, B=16, C=18, D=16, E=14), "an English credit note for a reprinted label lot: Qty (labels) 48,000, Unit price (EUR) 0.03, VAT 0 %"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css(
    "#eef0e6", ".cap{font-size:8pt;color:#333;border:1px dashed #888;padding:4px;margin:8px 10px}"
)


def complaint_zh_contractor(f: kit.PdfDraw) -> None:
    """A contractor's LETTER (函) about leaking windows (fpdf2): 函号 / 日期 / 致 lines, the facts as label lines, a photo
    caption block (``图1：3#楼 12层 东立面``, no field), the sender's signature."""
    f = kit.CjkDraw.of(f)
    f.text(40, 16, "关于绿湖苑二期外窗渗水问题的函", size=13)
    kit.pdf_lv_lines(f, 15, 45, 30, kit.field_rows(
        ("函号", "日期", "发函单位", "合同编号", "产品名称", "供货数量", "问题数量"),
        ("绿湖施函〔2026〕017号", ("2026年3月6日", "2026-03-06"), "中建八局第三建设有限公司", "HT-MC-2512-034",
         "断桥铝合金平开窗", ("412 樘", 412), ("36 樘", 36)),
        ("number", "received_date", "customer", "order_no", "part_name", "ship_qty", "defect_qty"),
    ), step=8)  # fmt: skip
    kit.pdf_lv_lines(f, 15, 45, 90, kit.field_rows(
        ("问题情况", "我方要求"),
        ("3#楼 8–15 层东立面外窗淋水试验渗漏，窗框下角进水。", ("限期派人维修并赔偿损失", ["rework", "compensation"])),
        ("description", "customer_request"),
    ), step=8)  # fmt: skip
    f.pdf.rect(15, 112, 180, 30)
    f.text(18, 120, "现场照片（附件）", bold=True)
    f.text(18, 128, "图1：3#楼 12层 东立面 窗框下角渗水　图2：淋水试验 2026.3.4", size=8)
    f.text(18, 136, "图3：密封胶条转角断开 约 35 延米需更换", size=8)
    kit.pdf_lv_lines(f, 15, 45, 156, kit.field_rows(
        ("联系人", "项目经理"), ("王建军", "刘振华"), ("reporter", "sales_supervisor"),
    ), step=8)  # fmt: skip
    f.text(120, 180, "中建八局第三建设有限公司 绿湖苑二期项目部（盖章）", size=8)


def complaint_en_brandportal(f: kit.HtmlForm) -> str:
    """A brand's SUPPLIER PORTAL print of a packaging complaint (Chromium): Case ID, SKU, Lot, Qty received / defective in
    pieces, ``AQL 1.0 / Major`` and ``Pantone 186 C`` (no field), the requested action, the case's status bar."""
    f.raw(
        "<h2>Supplier Quality Portal — Complaint Case</h2><p class='note'>Printed from the portal · Status: "
        "OPEN · Page 1 of 1</p><table>"
    )
    kit.kv_rows(f, kit.field_rows(
        ("Case ID", "Created", "Brand owner", "Purchase order", "SKU", "Item description", "Lot", "Qty received",
         "Qty defective", "Defect category", "Description", "Requested action", "Raised by"),
        (kit.pick(f, "CASE-00418233", "CASE-00421907"), kit.pick(f, ("2026-03-18", "2026-03-18"), ("2026-05-20", "2026-05-20")),
         "Nordic Home Care AB", kit.pick(f, "4500871377", "4500874410"), kit.pick(f, "PKG-LBL-0093", "PKG-CTN-0102"),
         kit.pick(f, "Front label 500 ml", "Shipper carton 12×500 ml"), kit.pick(f, "LB260309", "CT260511"),
         kit.pick(f, ("60,000", 60000), ("8,000", 8000)), kit.pick(f, ("7,200", 7200), ("640", 640)),
         ("Quality", "quality"),
         kit.pick(f, "Colour out of tolerance against Pantone 186 C (ΔE 3.8), AQL 1.0 / Major exceeded.",
                  "Print smeared on the barcode; scanning fails at the DC."),
         ("Replacement", ["replacement"]), kit.pick(f, "Anna Lindqvist", "Erik Sandberg")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", "complaint_type", "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw(
        "</table><p class='note'>Artwork version AW-0093 v5 · Colour standard Pantone 186 C · Sampling AQL 1.0 / "
        "Major, Level II</p>"
    )
    return f.page("Complaint Case", _CSS)


def eightd_zht_glass(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D 報告 for TEMPERED GLASS (fpdf2): 客訴數量 in 片 (``24 片``), a size / thickness line (``1500×2100×8
    mm``, no field), D1 … D8 as label lines."""
    f = kit.CjkDraw.of(f)
    f.text(72, 16, "8D 報告（強化玻璃自爆）", size=14)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("報告號碼", "立案日期", "客戶名稱", "客訴編號", "品號", "客訴數量"),
        ("8D-GL-2603-03", ("2026/03/23", "2026-03-23"), "宏璟營造股份有限公司", "KS-GL-2603-012", "TG-8-1521",
         ("24 片", 24)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    f.text(15, 80, "規格：1500×2100×8 mm 強化玻璃；面積 75.6 m²；安裝位置 B棟 6F 帷幕", size=8)
    kit.pdf_team_line(f, 15, 48, 88, "D1 小組", ("李明哲", "張雅婷", "陳志豪"))
    steps = kit.eightd_steps(
        ("D2 問題說明", "D3 圍堵措施", "D4 產生原因", "D4 未檢出原因", "D5 永久對策", "D6 執行與驗證", "D7 防止再發"),
        ("安裝後兩週內自爆 24 片。", "同批庫存 180 片全數均質處理。", "硫化鎳結石未經均質處理。", "出貨未抽樣熱浸測試。",
         "全數均質處理（HST）後出貨。", "連續 3 批無自爆。", "其他強化爐比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 48, 98.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 結案日", "核准人"), (("2026/04/27", "2026-04-27"), "陳志豪"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_en_pallets(f: kit.HtmlForm) -> str:
    """An English RETURN NOTE FOR CARTONS ON PALLETS (Chromium): a ``Pallets`` column (no field) before the counts in pcs,
    a price per piece in EUR (``0.18``), ``Reprint and replace`` the disposition."""
    f.raw("<h2>Goods Return Note — Corrugated Cartons</h2>")
    kit.kv(f, kit.field_rows(
        ("GRN No.", "Date", "Customer", "Complaint No."),
        ("GRN-26-0331", ("31 Mar 2026", "2026-03-31"), "Nordic Home Care AB", "SCAR-PK-26-0112"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("Item code", "Description", "Pallets", "Qty authorised (pcs)", "Qty returned (pcs)", "Unit price (EUR)",
             "Amount (EUR)")  # fmt: skip
    kit.th_row(f, heads)
    for i, (code, name, pal, qa, q, p) in enumerate((("PKG-CTN-0087", "Folding carton 250 ml", "5", 6500, 6500, 0.18),
                                                      ("PKG-CTN-0088", "Folding carton 500 ml", "2", 2400, 2300, 0.22))):  # fmt: skip
        a = round(q * p, 2)
        typed = ((f"{qa:,}", qa), (f"{q:,}", q), (f"{p:.2f}", kit.money(p)), (f"{a:,.2f}", kit.money(a)))
        cells = kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS)
        kit.td_row(f, [*cells[:2], (pal, None, None), *cells[2:]], heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Reason for return", "Disposition", "Received by (warehouse)", "Authorised by"),
        ("Logo off-shade against Pantone 186 C (SCAR-PK-26-0112).", ("Reprint and replace", ["replace"]),
         "Johan Berg", "Anna Lindqvist"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("Goods Return Note", _CSS)


def allowance_zht_window(f: kit.PdfDraw) -> None:
    """A zh-Hant 銷貨折讓證明單 for WINDOWS IN 樘 (fpdf2): 數量 typed ``12 樘``, a price per 樘, no tax (tax on the totals
    line only), the 原發票 and the 客訴單號."""
    f = kit.CjkDraw.of(f)
    f.text(62, 16, "銷貨退回或折讓證明單（門窗）", size=13)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("證明單號", "日期", "買受人名稱", "買受人統一編號", "發票號碼", "客訴編號"),
        ("ZR-MC-2603-005", ("115/03/31", "2026-03-31"), "宏璟營造股份有限公司", "53212877", "QX-40218836", "KS-MC-2603-015"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單價", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("鋁窗 1500×1800 滲水折讓", 12, 1800.0), ("鋁門 900×2100 變形折讓", 4, 2500.0)),
                                  qty=lambda q: f"{q} 樘")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("銷售額合計", "營業稅額", "總計金額", "經理"),
        ((f"{net:,.0f}", kit.money(net)), ("0", "0.00"), (f"{net:,.0f}", kit.money(net)), "林國棟"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


def return_zht_doors(f: kit.HtmlForm) -> str:
    """A zh-Hant 門窗 退貨單 printed from an ERP (Chromium): counts in 套 (``核准數量 18 套``), the frame's length in 米 in
    its own column (``門套線(米)``, no field), ``更換`` the disposition."""
    f.raw("<h2>退貨單（門窗套裝）</h2>")
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        ("TH-MC-2604-003", ("2026/4/2", "2026-04-02"), "宏璟營造股份有限公司", "KS-MC-2603-022"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("品號", "品名", "門套線(米)", "核准數量", "實退數量", "單價(元/套)", "金額")
    kit.th_row(f, heads)
    for i, (code, name, m, qa, q, p) in enumerate((("MT-SM-0921", "套裝門", "35 米", "18 套", "18 套", 6450.0),
                                                    ("MT-SM-0925", "子母門", "8 米", "4 套", "3 套", 11040.0))):  # fmt: skip
        qn, qan = int(q.split()[0]), int(qa.split()[0])
        a = qn * p
        typed = ((qa, qan), (q, qn), (f"{p:,.0f}", kit.money(p)), (f"{a:,.0f}", kit.money(a)))
        cells = kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS)
        kit.td_row(f, [*cells[:2], (m, None, None), *cells[2:]], heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "核准"),
        ("門扇受潮變形，門套線開裂。", ("更換", ["replace"]), "呂海濤", "孫曉光"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a contractor's letter (函) about leaking windows: 函号, 412 樘 / 36 樘, a photo caption block", complaint_zh_contractor),
        ("a brand's supplier portal print of a packaging complaint: Case ID, SKU, Qty defective, Pantone 186 C, AQL 1.0 / Major", complaint_en_brandportal),
        ("a zh-Hant 8D for tempered glass: 客訴數量 24 片, 1500×2100×8 mm, 75.6 m²", eightd_zht_glass),
        ("an English goods return note for cartons on pallets: Pallets column, Qty returned (pcs), Unit price 0.18", return_en_pallets),
        ("a zh-Hant 銷貨折讓證明單 for windows in 樘: 12 樘, 民國 date 115/03/31", allowance_zht_window),
        ("a zh-Hant 門窗 退貨單 from an ERP: 18 套, 門套線(米) column, 單價(元/套)", return_zht_doors),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _area_defect_workbook() -> bytes:
    """A tile complaint whose 不良数量 is an AREA (``120.5㎡``) beside 发货数量 ``560 箱``: no count of the defective."""
    return kit.sheet_bytes("投诉单", (("客户投诉单（瓷砖）", None), ("投诉编号", "TS-CZ-2603-090"), ("投诉日期", "2026.3.5"),
                                     ("客户名称", "佛山美居建材贸易有限公司"), ("订单号", "SO-26-0390"), ("产品型号", "TC-8080-201"),
                                     ("色号", "186"), ("批次", "T260215-B"), ("发货数量", "560 箱"), ("不良数量", "120.5㎡"),
                                     ("问题描述", "铺贴后色差明显。"), ("客户要求", "换货")),
                           dt.datetime(2026, 3, 5, 9, 0))  # fmt: skip


def _pallet_return_workbook() -> bytes:
    """A carton return whose 实退数量 is typed in PALLETS (``3 托``) beside a price per 只 and an amount for 3,600 只."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    for r, (lab, v) in enumerate((("退货单（纸箱）", None), ("退货单号", "TH-ZX-2603-019"), ("退货日期", "2026-03-28"),
                                  ("客户", "广州蓝月日化有限公司"), ("投诉编号", "CS-YS-2603-044")), start=1):  # fmt: skip
        ws.cell(r, 1, lab)
        ws.cell(r, 2, v)
    for c, h in enumerate(("物料编码", "品名", "实退数量", "单价(元/只)", "金额(元)"), start=1):
        ws.cell(7, c, h)
    for c, v in enumerate(("CT-LY-0812", "洗衣液外箱", "3 托", "2.350", "8,460.00"), start=1):
        ws.cell(8, c, v)
    ws.cell(10, 1, "处理方式")
    ws.cell(10, 2, "返工")
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 28, 9, 0))


ODD = {
    "complaint-areadefect.xlsx": (
        "a tile complaint whose 不良数量 is an area (120.5㎡) beside 发货数量 560 箱: an error or a warning on the "
        "defective quantity; never a record holding 120 or 120.5 as the defective count silently",
        _area_defect_workbook,
    ),
    "return-palletqty.xlsx": (
        "a carton return whose 实退数量 is typed 3 托 (pallets) beside 单价(元/只) 2.350 and 金额 8,460.00: an error or a "
        "warning; never a record holding 3 as the returned count silently",
        _pallet_return_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-ninth held-out layouts", ODD)
