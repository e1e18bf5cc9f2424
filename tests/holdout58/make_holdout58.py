"""Write the fifty-eighth held-out set (run: ``python tests/holdout58/make_holdout58.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN CHEMICALS,
COATINGS, PLASTICS, RUBBER AND ADHESIVES, where quantities are weights and containers and the evidence is a COA: a
customer's 原料质量异常反馈单 (``供方`` / ``需方``, ``物料批号``, ``到货数量 4,000 kg（20 桶）``, a lab table ``检测项目 /
标准要求 / COA 值 / 实测值 / 判定`` with 粘度 and 环氧值 beside the complaint's fields); a multinational buyer's English
Material Non-Conformance Report (``MNCR No.``, ``Site``, ``Lot No.``, ``Net Weight 20,000 kg (800 bags × 25 kg)``, a
``Characteristic / Spec / Result`` table with ``Colour ΔE``, ``Disposition: Use as is``); a Taiwanese plastics maker's
客訴處理單 (``料號``, ``批號``, ``公斤``, 民國 dates, ``退貨並補貨``); a rubber compound complaint in 吨 (``胶料牌号``,
``降级使用，按差价折让``); a paint shop's 8D on a coating defect (``缩孔``, ``橘皮``, ``附着力 划格法``) and an English 8D
answering a SCAR; a 退货单 for drums (``6 桶 × 200 kg``, ``回收再加工``); an English RMA in bags with a net weight
column in decimals (``5,000.0``); a zh-Hant 退貨單 in 公斤; a 折让证明单 for a downgraded lot (``差价``, 吨) and an
English credit note in MT. Sent as PDF only (fpdf2): a COA-shaped complaint (the supplier's COA with the customer's
re-test column), a resin supplier's reply letter (``贵司来函日期``, ``处理意见``), a zh-Hant 8D on black specks in ABS,
a zh-Hant 銷貨折讓證明單 in 公斤 with 營業稅 5 %. ``odd/`` holds a complaint whose weights have decimals
(``1,234.5 kg``) and one in metric tons with decimals (``2.5 MT``).

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

HERE, SOURCE = kit.generator(__file__, "fifty-eighth held-out imitation")
dt = kit.dt


def lab_table(s: kit.Sheet, row: int, cols: str, heads, rows) -> int:
    """A lab value table beside the complaint's fields (no field of ours): ``heads`` shaded on ``row``, then one
    text row each of ``rows``; returns the row after the last."""
    kit.head_row(s, row, cols, heads)
    for r, line in enumerate(rows, start=row + 1):
        for col, text in zip(cols, line):
            s.text(f"{col}{r}", text)
    return row + 1 + len(rows)


# =============================================================================== complaint
def complaint_zh_yuanliao(s: kit.Sheet) -> None:
    """A coatings maker's 原料质量异常反馈单 to its resin supplier: 供方 (no field) / 需方 (the customer), 物料批号,
    到货日期 (no field), 到货数量 in kg with the drums after it, a lab table (检测项目 / 标准要求 / COA 值 / 实测值 / 判定)
    between the header and the complaint's text, 处理要求 整批退货."""
    s.text("A1", "原料质量异常反馈单", "E1", size=15)
    kit.plain(s, "A2", "江苏恒彩涂料有限公司　质量部　QR-QA-019 / B0", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈单号", "反馈日期", "供方", "需方", "采购订单号", "到货日期", "物料编码", "物料名称", "物料批号", "到货数量",
         "异常数量", "包装"),
        (kit.pick(s, "YL-QA-2611-017", "YL-QA-2611-023"), kit.pick(s, ("2026-11-04", "2026-11-04"), ("2026/11/18", "2026-11-18")),
         "无锡宏达树脂有限公司", "江苏恒彩涂料有限公司", kit.pick(s, "PO-HC-261019", "PO-HC-261102"),
         kit.pick(s, "2026-11-02", "2026-11-16"), kit.pick(s, "RM-EP-0051", "RM-EP-0128"),
         kit.pick(s, "环氧树脂 E-51", "环氧树脂 E-44"), kit.pick(s, "20261021-03", "20261105-01"),
         (kit.pick(s, "4,000 kg（20 桶）", "2,400 kg（12 桶）"), kit.pick(s, 4000, 2400)),
         (kit.pick(s, "1,200 kg（6 桶）", "800 kg（4 桶）"), kit.pick(s, 1200, 800)), "200 kg 铁桶"),
        ("number", "received_date", None, "customer", "order_no", None, "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", None),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    r = lab_table(s, 10, "ABCDE", ("检测项目", "标准要求", "COA 值", "实测值", "判定"), (
        ("粘度（25 ℃）mPa·s", "11000–14000", "12,600", kit.pick(s, "16,800", "15,200"), "不合格"),
        ("环氧值 eq/100g", "0.48–0.54", "0.51", kit.pick(s, "0.47", "0.46"), "不合格"),
        ("色度（Pt-Co）", "≤ 30", "20", "25", "合格"),
    ))  # fmt: skip
    kit.rows_down(s, r, kit.field_rows(
        ("异常描述", "处理要求", "填报人", "质量主管"),
        (kit.pick(s, "6 桶粘度超上限，COA 值与实测值不符，调漆后施工性差。", "4 桶环氧值偏低，固化后硬度不足。"),
         ("整批退货", ["return"]), kit.pick(s, "周雅琴", "吴海峰"), "钱国栋"),
        ("description", "customer_request", "reporter", None),
    ), span="E")  # fmt: skip


def complaint_en_mncr(s: kit.Sheet) -> None:
    """A multinational buyer's Material Non-Conformance Report: MNCR No., Site (the customer), Supplier (no field),
    Lot No., Net Weight in kg with the bags after it, a Characteristic / Spec / Result / Method table, Disposition
    ``Use as is`` (concession), SQE (the buyer's, no field)."""
    s.text("A1", "Material Non-Conformance Report (MNCR)", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("MNCR No.", "Date Issued", "Site", "Supplier", "PO Number", "Material Code", "Material Description", "Lot No.",
         "Net Weight", "Qty Non-conforming"),
        (kit.pick(s, "MNCR-2611-0482", "MNCR-2611-0519"), kit.pick(s, ("05-Nov-2026", "2026-11-05"), ("19-Nov-2026", "2026-11-19")),
         "Nordhaven Coatings B.V. — Rotterdam plant", "Jiangsu Huarun Pigments Co., Ltd.",
         kit.pick(s, "4501239876", "4501240112"), kit.pick(s, "TIO2-R-215", "TIO2-R-230"),
         kit.pick(s, "Titanium dioxide, rutile, surface treated", "Titanium dioxide, rutile, for inks"),
         kit.pick(s, "HR2610-118", "HR2611-027"),
         (kit.pick(s, "20,000 kg (800 bags × 25 kg)", "10,000 kg (400 bags × 25 kg)"), kit.pick(s, 20000, 10000)),
         (kit.pick(s, "5,000 kg", "2,500 kg"), kit.pick(s, 5000, 2500))),
        ("number", "received_date", "customer", None, "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    r = lab_table(s, 8, "ABCDE", ("Characteristic", "Spec", "Result", "Method", "Status"), (
        ("Colour ΔE (vs. standard)", "≤ 1.0", kit.pick(s, "2.3", "1.8"), "ASTM D2244", "Fail"),
        ("Oil absorption g/100 g", "17–21", kit.pick(s, "24", "22"), "ISO 787-5", "Fail"),
        ("pH", "6.5–8.0", "7.1", "ISO 787-9", "Pass"),
    ))  # fmt: skip
    kit.rows_down(s, r, kit.field_rows(
        ("Non-conformance Description", "Disposition", "Raised by", "SQE"),
        (kit.pick(s, "Lot HR2610-118 yellower than standard (ΔE 2.3); 200 bags of 800 affected.",
                  "Colour drift ΔE 1.8 on 100 bags; tint strength low."),
         ("Use as is (deviation approved for 2 batches)", ["concession"]), kit.pick(s, "Marieke de Vries", "Sven Bakker"),
         "Tom Jansen"),
        ("description", "customer_request", "reporter", None),
    ), span="E")  # fmt: skip


def complaint_zht_suliao(s: kit.Sheet) -> None:
    """A Taiwanese plastics maker's 客訴處理單 (the supplier's own form): 受理日期 and 出貨日期 in 民國, 料號 / 品名 / 批號 of a
    resin in pellets, 出貨數量 / 不良數量 in 公斤, 客戶要求 退貨並補貨 (two requests), 業務承辦 / 業務主管."""
    s.text("A1", "客訴處理單", "D1", size=15)
    kit.plain(s, "A2", "順昌塑膠工業股份有限公司　品保課", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客訴單號", "受理日期", "客戶名稱", "訂單號碼", "料號", "品名", "批號", "出貨日期", "出貨數量", "不良數量"),
        (kit.pick(s, "CS-1151103-02", "CS-1151117-05"), kit.pick(s, ("115/11/03", "2026-11-03"), ("115/11/17", "2026-11-17")),
         "宏遠家電股份有限公司", kit.pick(s, "SO-115-10-0587", "SO-115-11-0102"), kit.pick(s, "ABS-750-NC", "ABS-757-BK"),
         kit.pick(s, "ABS 塑膠粒 750 本色", "ABS 塑膠粒 757 黑色"), kit.pick(s, "5A1027", "5B1109"),
         kit.pick(s, ("115/10/28", "2026-10-28"), ("115/11/10", "2026-11-10")),
         (kit.pick(s, "25,000 公斤", "12,500 公斤"), kit.pick(s, 25000, 12500)),
         (kit.pick(s, "2,500 公斤", "1,000 公斤"), kit.pick(s, 2500, 1000))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_date", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("客訴內容", "客戶要求", "業務承辦", "業務主管"),
        (kit.pick(s, "射出成品表面黑點，每 100 模約 12 模，疑似料內雜質。", "成品色差，與標準色板比對偏黃。"),
         ("退貨並補貨", ["return", "resupply"]), kit.pick(s, "陳怡君", "林雅婷"), "王志明"),
        ("description", "customer_request", "reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zh_xiangjiao(s: kit.Sheet) -> None:
    """A sealing-strip maker's complaint on a rubber compound, quantities in 吨: 投诉单位 (the customer), 合同号,
    胶料牌号 / 胶料名称 / 生产批次, 供货量 / 问题数量 in 吨, a hardness table, 要求 降级使用，按差价折让 (two requests)."""
    s.text("A1", "混炼胶质量投诉单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "投诉日期", "投诉单位", "合同号", "胶料牌号", "胶料名称", "生产批次", "供货量", "问题数量", "投诉人"),
        ("TS-XJ-2611-006", ("2026年11月7日", "2026-11-07"), "宁波安固汽车密封件有限公司", "HT-2026-0931", "EPDM-7065B",
         "三元乙丙混炼胶", "MB261030-2", ("12 吨", 12), ("2 吨", 2), "孙建平"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "reporter"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    r = lab_table(s, 7, "ABCDE", ("项目", "要求", "出厂报告", "复检", "结论"), (
        ("邵氏硬度 Shore A", "65 ± 5", "66", "58", "不合格"),
        ("压缩永久变形 70 ℃×22 h %", "≤ 25", "21", "32", "不合格"),
    ))  # fmt: skip
    kit.rows_down(s, r, kit.field_rows(
        ("问题描述", "要求"),
        ("硫化后硬度偏低，门密封条压缩永久变形超标，2 吨已投产。", ("降级使用，按差价折让", ["downgrade", "allowance"])),
        ("description", "customer_request"),
    ), span="E")  # fmt: skip


# =============================================================================== 8D
def eightd_zh_coating(s: kit.Sheet) -> None:
    """A paint shop's 8D on a coating defect: 缩孔 and 橘皮 in the problem, 附着力 划格法 in the verification, D3 围堵,
    D5 纠正, D7 标准化, 问题数量 in 件 (coated parts)."""
    s.text("A1", "8D 报告（涂层缺陷：缩孔 / 橘皮）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D编号", "提出日期", "客户", "客诉编号", "产品编号", "问题数量"),
        (kit.pick(s, "8D-TZ-2611-04", "8D-TZ-2611-09"), kit.pick(s, ("2026-11-06", "2026-11-06"), ("2026/11/20", "2026-11-20")),
         "广州骏达汽车部件有限公司", kit.pick(s, "KS-GZ-2611-012", "KS-GZ-2611-027"), kit.pick(s, "PU-3021-G", "PU-3045-W"),
         (kit.pick(s, "480 件", "260 件"), kit.pick(s, 480, 260))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 小组成员", "B5", kit.pick(s, ("冯志远", "谭丽", "何俊"), ("冯志远", "邓晓梅")), sep="、",
                  span="D5")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 围堵措施", "D4 产生原因", "D4 流出原因", "D5 纠正措施", "D6 验证结果", "D7 标准化"),
        kit.pick(s, ("面漆 PU-3021 喷涂后缩孔、橘皮，480 件保险杠外观不良。", "库存 36 桶隔离，客户处 12 桶停用并换批。",
                     "流平剂批次含硅量偏高，基材表面张力不匹配导致缩孔；施工粘度 22 s 偏高导致橘皮。",
                     "出厂检验只测粘度和细度，未做喷板外观检查。", "流平剂改用无硅型，施工粘度定为 16–18 s（涂-4 杯）。",
                     "连续 5 批喷板无缩孔，附着力划格法 0 级。", "喷板外观检查纳入出厂检验规程。"),
                 ("白色面漆橘皮 260 件。", "在途 20 桶召回复检。", "稀释剂挥发速率过快。", "出厂未测流平性。",
                  "稀释剂改用慢干型。", "附着力划格法 0 级，3 批无橘皮。", "稀释剂规格纳入配方卡。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 结案日期", "批准"), (kit.pick(s, ("2026-12-04", "2026-12-04"), ("2026-12-16", "2026-12-16")), "梁伟雄"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_scarreply(s: kit.Sheet) -> None:
    """An English 8D answering a buyer's SCAR: Supplier 8D No. (ours), SCAR No. (the buyer's: the complaint), Qty
    Affected in kg, D4 root cause for occurrence and escape, D8 Closure Date."""
    s.text("A1", "SCAR Response — 8D Report", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Supplier 8D No.", "Response Date", "Customer", "SCAR No.", "Material Code", "Qty Affected"),
        ("8D-HR-2611-07", ("12 Nov 2026", "2026-11-12"), "Nordhaven Coatings B.V.", "MNCR-2611-0482", "TIO2-R-215",
         ("5,000 kg", 5000)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team Members", "B5", ("Zhou Bin", "Lisa Huang", "Xu Kai"), span="D5")
    rows = kit.eightd_steps(
        ("D2 Problem Statement", "D3 Interim Containment", "D4 Root Cause (Occurrence)", "D4 Root Cause (Escape)",
         "D5 Permanent Corrective Action", "D6 Validation", "D7 Prevent Recurrence"),
        ("Lot HR2610-118 colour ΔE 2.3 against standard; 200 of 800 bags.", "Hold 1,600 bags in stock; re-test each lot for ΔE.",
         "Calciner temperature drift +15 °C after burner change; surface treatment uneven.",
         "Final QC measured ΔE on a composite sample only.", "Burner control loop retuned; alarm at ±5 °C.",
         "6 lots ΔE ≤ 0.6; customer trial passed.", "ΔE per pallet added to the control plan of all rutile grades."),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 Closure Date", "Approved by"), (("3 Dec 2026", "2026-12-03"), "Henry Qian"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_tong(s: kit.Sheet) -> None:
    """A 退货单 for drums: 客诉单号, a 批号 and a 包装规格 column that are no field, 核准桶数 / 退货桶数 typed ``6 桶 × 200 kg``,
    单价 per drum, 处理方式 回收再加工 (rework)."""
    s.text("A1", "退货单", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-HD-261110-03", "TH-HD-261124-01"), kit.pick(s, ("2026-11-10", "2026-11-10"), ("2026年11月24日", "2026-11-24")),
         "江苏恒彩涂料有限公司", kit.pick(s, "YL-QA-2611-017", "YL-QA-2611-023")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("物料编码", "品名", "核准桶数", "退货桶数", "单价（元/桶）", "金额")
    kit.head_row(s, 4, "ABCDEFGH", ("物料编码", "品名", "批号", "包装规格", *heads[2:]))
    lines = kit.pick(
        s, (("RM-EP-0051", "环氧树脂 E-51", 6, 6, 4860.0),), (("RM-EP-0128", "环氧树脂 E-44", 4, 4, 4620.0),)
    )
    kit.return_lines(s, 5, lines, heads, count=lambda n: f"{n} 桶 × 200 kg", cols="ABEFGH")
    s.value("C5", kit.pick(s, "20261021-03", "20261105-01"), path=None, label="批号")
    s.value("D5", "200 kg 铁桶", path=None, label="包装规格")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "粘度超标（实测 16,800 mPa·s）", "环氧值偏低（0.46）"), ("回收再加工", ["rework"]), "马骏", "孙振华"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "H")


def return_en_bags(s: kit.Sheet) -> None:
    """An English Return Material Authorization in bags: NCR Ref. (the buyer's MNCR), a Lot No. column and a Net Wt (kg)
    column with a decimal (``5,000.0``) that are no field, Qty Authorised / Qty Returned in bags, Disposition Scrap."""
    s.text("A1", "Return Material Authorization", "H1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "RMA Date", "Customer", "NCR Ref."),
        (kit.pick(s, "RMA-HR-26-1114", "RMA-HR-26-1127"), kit.pick(s, ("14 Nov 2026", "2026-11-14"), ("27 Nov 2026", "2026-11-27")),
         "Nordhaven Coatings B.V.", kit.pick(s, "MNCR-2611-0482", "MNCR-2611-0519")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("Material Code", "Description", "Qty Authorised", "Qty Returned", "Unit Price", "Amount")
    kit.head_row(s, 4, "ABCDEFGH", ("Material Code", "Description", "Lot No.", "Net Wt (kg)", *heads[2:]))
    lines = kit.pick(s, (("TIO2-R-215", "Titanium dioxide rutile 25 kg bag", 200, 200, 412.5),),
                     (("TIO2-R-230", "Titanium dioxide rutile 25 kg bag", 100, 98, 418.0),))  # fmt: skip
    kit.return_lines(s, 5, lines, heads, count=lambda n: f"{n} bags", cols="ABEFGH")
    s.value("C5", kit.pick(s, "HR2610-118", "HR2611-027"), path=None, label="Lot No.")
    s.value("D5", kit.pick(s, 5000.0, 2450.0), path=None, label="Net Wt (kg)", fmt="#,##0.0")
    foot = kit.field_rows(
        ("Reason", "Disposition", "Received by", "Approved by"),
        ("Colour out of spec (ΔE 2.3), MNCR", ("Scrap — not reusable for white grades", ["scrap"]), "Wang Lei",
         "Henry Qian"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "H")


def return_zht_tuihuo(s: kit.Sheet) -> None:
    """A zh-Hant 退貨單 in 公斤: 民國 date, 客訴單號, 核准數量 / 實退數量 ``2,500 公斤``, 單價 per kg with decimals, 處理方式 報廢."""
    s.text("A1", "退貨單", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶名稱", "客訴單號"),
        ("RT-1151110-04", ("115/11/10", "2026-11-10"), "宏遠家電股份有限公司", "CS-1151103-02"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名", "核准數量", "實退數量", "單價", "金額")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, (("ABS-750-NC", "ABS 塑膠粒 750 本色", 2500, 2500, 58.5),), heads,
                     count=lambda n: f"{n:,} 公斤")  # fmt: skip
    foot = kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "核准"),
        ("料內雜質造成成品黑點", ("報廢", ["scrap"]), "黃俊傑", "王志明"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


# =============================================================================== allowance
def allowance_zh_jiangji(s: kit.Sheet) -> None:
    """A 折让证明单 for a downgraded rubber lot: 客诉编号, a line ``降级使用差价`` counted in 吨 at a price difference per
    吨, 税额 13 %, totals 金额合计 / 税额合计 / 价税合计, 审批."""
    s.text("A1", "质量折让证明单（降级使用）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方名称", "纳税人识别号", "原发票号码", "客诉编号"),
        (kit.pick(s, "ZR-XJ-261118-02", "ZR-XJ-261201-01"), kit.pick(s, ("2026-11-18", "2026-11-18"), ("2026-12-01", "2026-12-01")),
         "宁波安固汽车密封件有限公司", "91330206MA2H8K3C7L", kit.pick(s, "33022600000051189034", "33022600000051193310"),
         kit.pick(s, "TS-XJ-2611-006", "TS-XJ-2611-011")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("货物名称", "数量（吨）", "差价（元/吨）", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("EPDM-7065B 混炼胶 降级使用差价", 2, 3200.0),),
                     (("EPDM-7065B 混炼胶 降级使用差价", 3, 3200.0), ("复检费", 1, 600.0)))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((10, "金额合计", net, "total_excl_tax"), (11, "税额合计", tax, "total_tax"),
                            (12, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "审批", "B13", "陈海涛", "approved_by_manager", span="C13")


def allowance_en_offspec(s: kit.Sheet) -> None:
    """An English credit note for an off-spec lot in metric tons: Sold To, Tax ID, Original Invoice, MNCR Ref., a
    line ``Qty (MT)`` at a ``Price Diff. (CNY/MT)``, VAT 13 %, Subtotal / VAT / Total Credit."""
    s.text("A1", "Credit Note — Off-spec Lot Price Adjustment", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit Note No.", "Date", "Sold To", "Tax ID", "Original Invoice", "MNCR Ref."),
        ("CN-HR-26-041", ("20 Nov 2026", "2026-11-20"), "Nordhaven Coatings (Shanghai) Co., Ltd.", "91310115MA1K4B7X2Q",
         "31002600000077412056", "MNCR-2611-0482"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Qty (MT)", "Price Diff. (CNY/MT)", "Amount", "VAT")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("TiO2 R-215 lot HR2610-118, downgraded to interior grade", 5, 1800.0),), heads,
                                0.13)  # fmt: skip
    for r, lab, x, path in ((10, "Subtotal", net, "total_excl_tax"), (11, "VAT 13%", tax, "total_tax"),
                            (12, "Total Credit", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "Approved by", "B13", "Henry Qian", "approved_by_manager", span="C13")


_COPY2 = {"complaint_zh_yuanliao", "complaint_en_mncr", "complaint_zht_suliao", "eightd_zh_coating", "return_zh_tong",
          "return_en_bags", "allowance_zh_jiangji", "complaint_zh_coafankui"}  # fmt: skip
"""The drawings with a second copy in copy2/ (seven workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_yuanliao, "异常反馈", dict(A=18, B=26, C=14, D=24, E=12), "a coatings maker's 原料质量异常反馈单: 供方 / 需方, 物料批号, 到货数量 4,000 kg（20 桶）, a COA 值 / 实测值 table with 粘度 and 环氧值"),
        (complaint_en_mncr, "MNCR", dict(A=24, B=30, C=18, D=30, E=10), "a multinational buyer's Material Non-Conformance Report: Site, Lot No., Net Weight 20,000 kg (800 bags × 25 kg), Spec / Result with Colour ΔE, Disposition Use as is"),
        (complaint_zht_suliao, "客訴", dict(A=16, B=28, C=16, D=28), "a Taiwanese plastics maker's 客訴處理單: 料號, 批號, 公斤, 民國 dates, 客戶要求 退貨並補貨, 業務主管"),
        (complaint_zh_xiangjiao, "投诉", dict(A=22, B=26, C=14, D=26, E=10), "a rubber compound complaint in 吨: 投诉单位, 胶料牌号, 生产批次, 供货量 12 吨, a hardness table, 降级使用，按差价折让"),
        (eightd_zh_coating, "8D", dict(A=18, B=34, C=18, D=30), "a paint shop's 8D on a coating defect: 缩孔, 橘皮, 附着力 划格法, D3 围堵措施, D7 标准化"),
        (eightd_en_scarreply, "8D", dict(A=30, B=34, C=18, D=30), "an English 8D answering a SCAR: Supplier 8D No., SCAR No., Qty Affected 5,000 kg"),
        (return_zh_tong, "退货", dict(A=14, B=18, C=14, D=12, E=16, F=16, G=14, H=12), "a 退货单 for drums: 客诉单号, 批号 / 包装规格 columns, 6 桶 × 200 kg, 处理方式 回收再加工"),
        (return_en_bags, "RMA", dict(A=16, B=30, C=14, D=12, E=14, F=14, G=12, H=12), "an English RMA in bags: NCR Ref., Lot No. / Net Wt (kg) 5,000.0 columns, Disposition Scrap"),
        (return_zht_tuihuo, "退貨", dict(A=16, B=24, C=14, D=14, E=10, F=14), "a zh-Hant 退貨單 in 公斤: 民國 115/11/10, 客訴單號, 2,500 公斤, 單價 58.50, 處理方式 報廢"),
        (allowance_zh_jiangji, "折让", dict(A=30, B=12, C=14, D=16, E=14), "a 折让证明单 for a downgraded lot: 降级使用差价 in 吨, 税额 13 %, 审批"),
        (allowance_en_offspec, "Credit", dict(A=44, B=10, C=18, D=16, E=14), "an English credit note in MT: Sold To, Original Invoice, MNCR Ref., Price Diff. (CNY/MT), VAT 13%"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_zh_coafankui(f: kit.PdfDraw) -> None:
    """A COA-shaped complaint (fpdf2): the supplier's 产品质量证明书 copied with the customer's 复测值 column added and the
    complaint's lines under it; the COA's own 证明书编号 / 检验日期 are no field, its 生产日期 the lot's production date."""
    f = kit.CjkDraw.of(f)
    f.text(48, 16, "产品质量证明书（COA）异常反馈", size=14)
    f.text(15, 23, "原证明书编号：COA-AD-261024-11　检验日期：2026-10-24", size=8)
    f.text(112, 23, "生产日期：", size=8)
    f.value(
        128, 23, kit.pick(f, "2026-10-23", "2026-11-06"), path="production_date", label="生产日期", size=8
    )
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("产品名称", "产品型号", "批号", "数量"),
        (kit.pick(f, "聚氨酯结构胶 A/B 组分", "聚氨酯结构胶 A/B 组分"), kit.pick(f, "PUA-8830", "PUA-8860"),
         kit.pick(f, "AD261023-05", "AD261107-02"), (kit.pick(f, "1,500 kg（75 桶 × 20 kg）", "800 kg（40 桶 × 20 kg）"),
                                                    kit.pick(f, 1500, 800))),
        ("part_name", "part_no", "lot_no", "ship_qty"),
    ), step=7)  # fmt: skip
    for x, h in ((15, "检验项目"), (70, "技术指标"), (115, "出厂检验值"), (155, "客户复测值")):
        f.text(x, 64, h, bold=True)
    f.pdf.line(15, 66, 195, 66)
    for k, row in enumerate((("外观", "米黄色膏状", "符合", "符合"), ("粘度 mPa·s（25 ℃）", "25000–35000", "29800", "41200"),
                             ("剪切强度 MPa（钢-钢）", "≥ 18", "21.5", kit.pick(f, "12.3", "13.1")),
                             ("表干时间 min", "30–60", "42", "95"))):  # fmt: skip
        for x, t in zip((15, 70, 115, 155), row):
            f.text(x, 72 + 7 * k, t)
    kit.pdf_lv_lines(f, 15, 45, 108, kit.field_rows(
        ("反馈单号", "反馈日期", "客户", "不合格数量", "异常说明", "处理要求", "联系人"),
        (kit.pick(f, "FK-AD-2611-008", "FK-AD-2611-015"), kit.pick(f, ("2026年11月8日", "2026-11-08"), ("2026年11月21日", "2026-11-21")),
         "佛山雅美门窗有限公司", (kit.pick(f, "300 kg（15 桶）", "200 kg（10 桶）"), kit.pick(f, 300, 200)),
         kit.pick(f, "剪切强度复测 12.3 MPa，低于 COA 值 21.5 MPa，型材粘接开裂。", "表干时间 95 min，生产线等待。"),
         ("退货并重新供货", ["return", "resupply"]), kit.pick(f, "黎志成", "苏婉仪")),
        ("number", "received_date", "customer", "defect_qty", "description", "customer_request", "reporter"),
    ), step=8)  # fmt: skip


def complaint_zh_huihan(f: kit.PdfDraw) -> None:
    """A resin supplier's reply letter to a complaint (fpdf2): 致 the customer, 客诉编号, 贵司来函日期, 产品 / 型号 / 批号,
    发货数量 in kg with drums, 原因分析, 处理意见 退回 4 桶并补发 (return and resupply); the letter's own 函号 and date
    are no field."""
    f = kit.CjkDraw.of(f)
    f.text(30, 16, "关于贵司反馈不饱和聚酯树脂质量问题的回复函", size=13)
    f.text(15, 26, "函号：HD-QA-H-2611-05", size=8)
    f.text(15, 34, "致：")
    f.value(25, 34, "浙江新宇玻璃钢制品有限公司", path="customer", label="致")
    f.text(15, 41, "贵司反馈的树脂固化异常问题，我司已调查完毕，现将结果回复如下：")
    kit.pdf_lv_lines(f, 15, 50, 50, kit.field_rows(
        ("客诉编号", "贵司来函日期", "产品", "型号", "批号", "发货数量", "问题数量", "问题描述", "原因分析", "处理意见"),
        ("KS-HD-2611-031", ("2026年11月6日", "2026-11-06"), "不饱和聚酯树脂", "UP-196", "UP2610-22",
         ("3,520 kg（16 桶）", 3520), ("880 kg（4 桶）", 880), "凝胶时间延长至 45 分钟（标准 15–25 分钟），制品表面发粘。",
         "阻聚剂投料计量偏差，该批阻聚剂含量超出工艺上限。", ("退回 4 桶，按同规格补发", ["return", "resupply"])),
        ("number", "received_date", "part_name", "part_no", "lot_no", "ship_qty", "defect_qty", "description",
         "root_cause", "disposition"),
    ), step=8)  # fmt: skip
    f.text(15, 140, "特此函复。")
    f.text(120, 152, "无锡宏达树脂有限公司　质量部")
    f.text(120, 159, "2026年11月9日")


def eightd_zht_suliao(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D on black specks in ABS pellets (fpdf2): 提出日期 in 民國, 不良數量 in 公斤, D1 改善小組 with 、, D4 真因分析,
    D7 標準化."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "8D 改善報告（塑膠粒雜質）", size=14)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("8D 編號", "提出日期", "客戶名稱", "客訴編號", "產品料號", "不良數量"),
        ("8D-SC-1151112-01", ("115/11/12", "2026-11-12"), "宏遠家電股份有限公司", "CS-1151103-02", "ABS-750-NC",
         ("2,500 公斤", 2500)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 52, 80, "D1 改善小組", ("鄭家豪", "蔡淑芬", "陳怡君"))
    steps = kit.eightd_steps(
        ("D2 問題說明", "D3 緊急對策", "D4 真因分析", "D4 流出原因", "D5 永久對策", "D6 效果驗證", "D7 標準化"),
        ("批號 5A1027 塑膠粒含黑點，成品不良率 12 %。", "庫存 8 噸全數過篩並以色選機挑選。", "押出機螺桿積碳剝落混入料內。",
         "出貨檢驗未做目視黑點計數。", "螺桿每 500 小時清理，加裝 150 目濾網。", "連續 6 批黑點數 ≤ 2 顆/kg，客戶試模合格。",
         "黑點計數納入出貨檢驗標準。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 52, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 52, y, kit.field_rows(
        ("結案日期", "核准"), (("115/12/05", "2026-12-05"), "鄭家豪"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def allowance_zht_jiangji(f: kit.PdfDraw) -> None:
    """A zh-Hant 營業人銷貨退回進貨退出或折讓證明單 for a downgraded lot (fpdf2): 統一編號, 原發票號碼, 客訴單號, a line
    in 公斤 at a price difference per 公斤, 營業稅 5 %, 核准."""
    f = kit.CjkDraw.of(f)
    f.text(35, 16, "營業人銷貨退回進貨退出或折讓證明單", size=13)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-1151119-02", ("115/11/19", "2026-11-19"), "宏遠家電股份有限公司", "24536871", "AB-38201157", "CS-1151103-02"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (85, "數量", "qty"), (115, "單價", "unit_price"), (145, "金額", "allowance_amount"),
            (175, "營業稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 84, lab, bold=True)
    f.pdf.line(15, 86, 195, 86)
    q, p = 10000, 4.5
    a, t = round(q * p, 2), round(q * p * 0.05, 2)
    for (x, lab, path), raw, exp in zip(cols, ("ABS 塑膠粒 750 降級差價", f"{q:,} 公斤", f"{p:,.2f}", f"{a:,.2f}", f"{t:,.2f}"),
                                        (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
        f.value(x, 94, raw, path=f"items[0].{path}", label=lab, expect=exp)
    f.pdf.line(15, 97, 195, 97)
    kit.pdf_lv_lines(f, 15, 60, 108, kit.field_rows(
        ("金額合計", "營業稅額合計", "總計", "核准"),
        ((f"{a:,.2f}", kit.money(a)), (f"{t:,.2f}", kit.money(t)), (f"{a + t:,.2f}", kit.money(a + t)), "王志明"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a COA-shaped complaint: the supplier's 产品质量证明书 with the customer's 复测值 column and the complaint's lines under it", complaint_zh_coafankui),
        ("a resin supplier's reply letter: 致, 客诉编号, 贵司来函日期, 发货数量 3,520 kg（16 桶）, 原因分析, 处理意见", complaint_zh_huihan),
        ("a zh-Hant 8D on black specks in ABS pellets: 115/11/12, 2,500 公斤, D1 小組成員", eightd_zht_suliao),
        ("a zh-Hant 營業人銷貨退回進貨退出或折讓證明單 for a downgraded lot: 10,000 公斤, 降級差價, 營業稅 5 %", allowance_zht_jiangji),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _decimal_weight_workbook() -> bytes:
    """A 原料质量异常反馈单 whose weights have decimals (``1,234.5 kg`` / ``234.5 kg``): not a whole quantity."""
    return kit.sheet_bytes("异常反馈", (("原料质量异常反馈单", None), ("反馈日期", "2026-11-04"), ("需方", "江苏恒彩涂料有限公司"),
                                    ("物料编码", "RM-EP-0051"), ("物料批号", "20261021-03"), ("到货数量", "1,234.5 kg"),
                                    ("异常数量", "234.5 kg"), ("异常描述", "粘度超标。"), ("处理要求", "退货")),
                           dt.datetime(2026, 11, 4, 9, 0))  # fmt: skip


def _metric_tons_workbook() -> bytes:
    """An English MNCR whose quantities are metric tons with decimals (``20.4 MT`` / ``2.5 MT``)."""
    return kit.sheet_bytes("MNCR", (("Material Non-Conformance Report", None), ("Date Issued", "2026-11-05"),
                                    ("Site", "Nordhaven Coatings B.V."), ("Material Code", "TIO2-R-215"),
                                    ("Lot No.", "HR2610-118"), ("Net Weight", "20.4 MT"), ("Qty Non-conforming", "2.5 MT"),
                                    ("Non-conformance Description", "Colour ΔE 2.3."), ("Disposition", "Use as is")),
                           dt.datetime(2026, 11, 5, 9, 0))  # fmt: skip


ODD = {
    "complaint-decimal-weight.xlsx": (
        "a 原料质量异常反馈单 whose weights have decimals (到货数量 1,234.5 kg, 异常数量 234.5 kg): an error or a warning "
        "on the quantities; never 1234 or 12345 silently",
        _decimal_weight_workbook,
    ),
    "complaint-metric-tons.xlsx": (
        "an MNCR in metric tons with decimals (Net Weight 20.4 MT, Qty Non-conforming 2.5 MT): an error or a warning "
        "on the quantities; never 20, 204, 2 or 25 silently",
        _metric_tons_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-eighth held-out layouts", ODD)
