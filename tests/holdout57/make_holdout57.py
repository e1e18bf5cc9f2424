"""Write the fifty-seventh held-out set (run: ``python tests/holdout57/make_holdout57.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS BETWEEN A FACTORY AND
ITS SUBCONTRACTORS (外协 / 委外: machining, castings, forgings, heat and surface treatment) and INCOMING INSPECTION (IQC),
the subcontractor being the one who reads the paper: a 外协质量问题通知单 (``图号``, ``工序``, ``外协厂家``, ``炉号``, ``硬度 HRC
要求 / 实测``); a 来料检验不合格通知单 (``来料日期``, ``送检数``, ``抽检数``, ``不合格数``, ``判定 ☑退货 ☐挑选 ☐特采``); an English supplier
NCR from a foreign machine shop (``Drawing No.``, ``Heat No.``, ``Op. 30``, ``Disposition requested``); a Taiwanese
委外加工異常通知單 in 支 (``委外廠商``, ``加工項目 鍍鋅鎳``, ``處置 ☑重工``); a 纠正预防措施要求单 answered by the subcontractor
(``供方回复``); an 8D from a foundry (``气孔``, ``砂眼``, ``尺寸超差``); a Taiwanese heat treater's 8D (``淬火``, ``HRC``); an English 8D on a forging crack; a 外协退货单 whose
lines carry the 加工费 (``加工费单价``, a ``工序`` column); an English return to vendor (RTV); a 扣款单 for rework hours
(``返工工时``, ``工时单价``); an English debit note for rework and sorting hours. Sent as PDF only: a scanned-style printed
外协质量问题通知单 (fpdf2 with ruled boxes), a machine shop's Material Rejection Report (``600 pcs (1,260 kg)``), a zh-Hant
委外退貨單 (fpdf2), a zh-Hant 折讓證明 for 重工工時 (fpdf2). Tolerances ``Φ25±0.02`` beside the values, counts in 件 / 支 /
kg, dimensions in the defect text. ``odd/`` holds a 外协质量问题通知单 whose quantities are weights only (``1,250 kg`` /
``86 kg``) and one whose 不合格数量 cell holds the tolerance ``Φ25±0.02`` instead of a count.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice`` and
drawn with fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

HERE, SOURCE = kit.generator(__file__, "fifty-seventh held-out imitation")
dt = kit.dt


# =============================================================================== complaint
def complaint_zh_waixie(s: kit.Sheet) -> None:
    """A machinery maker's 外协质量问题通知单 to its machining subcontractor: 通知单号, 发出日期, 发出单位 (the customer),
    外协厂家 (the subcontractor itself: no field), 图号 (the part), 工序 (no field), 炉号 (the lot), 硬度 HRC 要求 / 实测
    (no field), 送货数量 / 不合格数量 in 件, 问题描述 with dimensions, 处理意见 ☑退货."""
    s.text("A1", "外协质量问题通知单", "D1", size=15)
    kit.plain(s, "A2", "编号：QR-8.7-03　版次：B/1", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("通知单号", "发出日期", "发出单位", "外协厂家", "外协合同号", "图号", "零件名称", "工序", "炉号", "送货数量",
         "不合格数量", "发现地点"),
        (kit.pick(s, "WX-ZL-2611-017", "WX-ZL-2611-031"), kit.pick(s, ("2026-11-09", "2026-11-09"), ("2026/11/23", "2026-11-23")),
         "江苏恒拓重型机械有限公司", "常州永铭精密机加工厂", kit.pick(s, "WX-HT-2610-088", "WX-HT-2611-012"),
         kit.pick(s, "HT-ZJ-2031-05", "HT-ZJ-2047-02"), kit.pick(s, "主轴（42CrMo）", "输出齿轮轴"),
         kit.pick(s, "工序 40 磨外圆", "工序 30 滚齿"), kit.pick(s, "L26-0915", "L26-1027"),
         (kit.pick(s, "320 件", "150 件"), kit.pick(s, 320, 150)), (kit.pick(s, "27 件", "12 件"), kit.pick(s, 27, 12)),
         "总装车间"),
        ("number", "received_date", "customer", None, "order_no", "part_no", "part_name", None, "lot_no", "ship_qty",
         "defect_qty", None),
    ))  # fmt: skip
    kit.lv(
        s,
        "A9",
        "硬度 HRC",
        "B9",
        kit.pick(s, "要求 28–32　实测 24–26", "要求 50–55　实测 46–48"),
        None,
        span="D9",
    )
    kit.lv(
        s,
        "A10",
        "尺寸要求",
        "B10",
        kit.pick(s, "Φ25±0.02　实测 Φ25.035", "Φ40h6　实测 Φ40.012"),
        None,
        span="D10",
    )
    kit.rows_down(s, 11, kit.field_rows(
        ("问题描述", "处理意见", "临时措施", "质检员", "质量主管"),
        (kit.pick(s, "Φ25±0.02 轴颈实测 Φ25.030–25.035 超差 27 件；调质硬度偏低（HRC 24–26）。",
                  "齿面硬度不足（HRC 46–48），渗碳层深 0.6 mm（要求 0.8–1.2）。"),
         (kit.marks(["退货", "返修", "让步接收", "报废"], {"退货"}, "☑", "☐"), ["return"]),
         "在库 86 件全检，合格品挂绿牌放行。", kit.pick(s, "吴建军", "沈卫东"), "钱国平"),
        ("description", "customer_request", "short_term_action", "reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zh_iqc(s: kit.Sheet) -> None:
    """An incoming inspection's 来料检验不合格通知单 (IQC): the customer's name only in the letterhead, 来料日期 (no field:
    the notice's date is 开单日期), 供应商 (us: no field), 送检数 / 抽检数 / 不合格数, AQL, 判定 ☑退货 ☐挑选 ☐特采."""
    s.value("A1", "宁波凯立汽车部件有限公司", path="customer", label="（抬头）")
    s.ws.merge_cells("A1:D1")
    s.text("A2", "来料检验不合格通知单（IQC）", "D2", size=14)
    kit.lv_pairs(s, 3, kit.field_rows(
        ("单号", "开单日期", "供应商", "来料日期", "采购单号", "物料编码", "物料名称", "规格型号", "批号", "送检数", "抽检数",
         "不合格数"),
        (kit.pick(s, "IQC-NG-261104-06", "IQC-NG-261117-02"), kit.pick(s, ("2026.11.04", "2026-11-04"), ("2026.11.17", "2026-11-17")),
         "台州精锻机械有限公司", kit.pick(s, "2026.11.03", "2026.11.16"), kit.pick(s, "KL-PO-26-4471", "KL-PO-26-4630"),
         kit.pick(s, "KL-30112-A", "KL-30117-B"), kit.pick(s, "转向节锻件", "法兰盘锻件"), kit.pick(s, "40Cr 调质", "45# 正火"),
         kit.pick(s, "DJ261028", "DJ261110"), (kit.pick(s, "2,400 件", "1,800 件"), kit.pick(s, 2400, 1800)),
         kit.pick(s, "125 件（AQL 0.65）", "80 件（AQL 1.0）"), (kit.pick(s, "9 件", "4 件"), kit.pick(s, 9, 4))),
        ("number", "received_date", None, None, "order_no", "part_no", "part_name", None, "lot_no", "ship_qty", None,
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("不良描述", "判定", "检验员", "IQC 主管"),
        (kit.pick(s, "磁粉探伤发现锻造折叠 9 件，位于杆部 R5 圆角处，长 3–6 mm。", "端面硬度 HB 262（要求 HB 170–230），4 件。"),
         (kit.marks(["退货", "挑选", "特采"], {"退货"}, "☑", "☐"), ["return"]), kit.pick(s, "周丽", "何海"), "方志明"),
        ("description", "customer_request", "reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_sncr(s: kit.Sheet) -> None:
    """A foreign machine shop's Supplier Nonconformance Report: NCR No., Date Issued, Issued by (the customer), Supplier
    (us: no field), Drawing No. / Rev (no field), Heat No. (the lot), Operation ``Op. 30``, Qty Received / Qty Rejected,
    Nonconformance with the tolerance ``Ø25 +0/-0.021``, Disposition requested ☒Return to vendor."""
    s.text("A1", "Supplier Nonconformance Report (SNCR)", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("NCR No.", "Date Issued", "Issued by", "Supplier", "P.O. No.", "Part No.", "Drawing No. / Rev", "Part Description",
         "Heat No.", "Operation", "Qty Received", "Qty Rejected"),
        (kit.pick(s, "NCR-26-0388", "NCR-26-0412"), kit.pick(s, ("11/06/2026", "2026-11-06"), ("11/20/2026", "2026-11-20")),
         "Keystone Hydraulics Inc.", "Wuxi Hongda Casting Co., Ltd.", kit.pick(s, "PO 770412", "PO 770588"),
         kit.pick(s, "KH-4410-07", "KH-4410-11"), kit.pick(s, "D-4410-07 Rev C", "D-4410-11 Rev A"),
         kit.pick(s, "Pump housing, ductile iron 65-45-12", "End cover, gray iron Class 30"),
         kit.pick(s, "H26-7741", "H26-7795"), "Op. 30 (finish bore)", (kit.pick(s, "480 pcs", "360 pcs"), kit.pick(s, 480, 360)),
         (kit.pick(s, "22 pcs", "15 pcs"), kit.pick(s, 22, 15))),
        ("number", "received_date", "customer", None, "order_no", "part_no", None, "part_name", "lot_no", None, "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("Requirement", "Nonconformance", "Disposition requested", "Originator", "Quality Manager"),
        (kit.pick(s, "Bore Ø25 +0/-0.021, Ra 0.8", "Flatness 0.05 on face A"),
         kit.pick(s, "Gas porosity exposed in the Ø25 bore after Op. 30; 22 pcs leak at 210 bar.",
                  "Sand inclusions on face A after machining; flatness 0.09 measured on 15 pcs."),
         (kit.marks(["Use as is", "Rework", "Return to vendor", "Scrap"], {"Return to vendor"}, "☒", "☐"), ["return"]),
         kit.pick(s, "Dale Morrison", "Kim Alvarez"), "Rachel Ortiz"),
        (None, "description", "customer_request", "reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zht_weiwai(s: kit.Sheet) -> None:
    """A Taiwanese 委外加工異常通知單 to a plating shop: 開單日期 in 民國 (115/11/05), 委託廠商 the customer, 委外廠商 (us: no
    field), 工單號碼, 品號, 品名規格, 加工項目 鍍鋅鎳 (no field), 膜厚 要求 / 實測 (no field), 交貨數量 / 不良數量 in 支,
    處置方式 ☑重工."""
    s.text("A1", "委外加工異常通知單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("單號", "開單日期", "委託廠商", "委外廠商", "工單號碼", "品號", "品名規格", "加工項目", "交貨數量", "不良數量"),
        (kit.pick(s, "WW-1151105-03", "WW-1151119-01"), kit.pick(s, ("115/11/05", "2026-11-05"), ("115/11/19", "2026-11-19")),
         "台灣昱豐五金股份有限公司", "協益電鍍有限公司", kit.pick(s, "MO-2611-0215", "MO-2611-0301"),
         kit.pick(s, "YF-BL-M10-45", "YF-BL-M12-60"), kit.pick(s, "六角螺栓 M10×45 10.9級", "六角螺栓 M12×60 10.9級"),
         "鍍鋅鎳（黑色鈍化）", (kit.pick(s, "5,000 支", "3,000 支"), kit.pick(s, 5000, 3000)),
         (kit.pick(s, "420 支", "180 支"), kit.pick(s, 420, 180))),
        ("number", "received_date", "customer", None, "order_no", "part_no", "part_name", None, "ship_qty", "defect_qty"),
    ))  # fmt: skip
    kit.lv(
        s,
        "A7",
        "膜厚",
        "B7",
        kit.pick(s, "要求 8–12 μm　實測 4–6 μm", "要求 8–12 μm　實測 15–18 μm"),
        None,
        span="D7",
    )
    kit.rows_down(s, 8, kit.field_rows(
        ("異常內容", "處置方式", "開單人", "主管"),
        (kit.pick(s, "鹽霧測試 72 小時出現白鏽，膜厚不足 420 支。", "膜厚過厚，螺紋 M12 通規不通 180 支。"),
         (kit.marks(["重工", "退回", "報廢"], {"重工"}, "☑", "☐"), ["rework"]), kit.pick(s, "陳怡君", "黃建中"), "李宗翰"),
        ("description", "customer_request", "reporter", "sales_supervisor"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_car(s: kit.Sheet) -> None:
    """A 纠正预防措施要求单 (CAR) the customer issues and the subcontractor answers: CAR编号, 发出日期, 发出单位, 关联通知单号,
    图号, 不合格数量; the answer under ``供方回复``: 临时措施, 原因分析 (产生 / 流出), 纠正措施, 效果验证, 预防措施; 验证关闭."""
    s.text("A1", "纠正预防措施要求单（CAR）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("CAR编号", "发出日期", "发出单位", "关联通知单号", "图号", "不合格数量"),
        (kit.pick(s, "CAR-2611-009", "CAR-2611-016"), kit.pick(s, ("2026-11-10", "2026-11-10"), ("2026-11-24", "2026-11-24")),
         "江苏恒拓重型机械有限公司", kit.pick(s, "WX-ZL-2611-017", "WX-ZL-2611-031"), kit.pick(s, "HT-ZJ-2031-05", "HT-ZJ-2047-02"),
         (kit.pick(s, "27 件", "12 件"), kit.pick(s, 27, 12))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    s.text("A5", "以下由供方回复（外协厂家填写）", "D5", bold=True)
    rows = kit.eightd_steps(
        ("问题描述", "临时措施", "原因分析（产生）", "原因分析（流出）", "纠正措施", "效果验证", "预防措施"),
        kit.pick(s, ("主轴 Φ25±0.02 轴颈超差 27 件，调质硬度 HRC 24–26 低于要求 28–32。", "在库及在途 86 件全检，超差件隔离返修。",
                     "调质炉温控热电偶漂移 15 ℃，回火温度偏高导致硬度偏低。", "出厂检验硬度为每炉抽 1 件，未覆盖炉内不同位置。",
                     "更换热电偶并每月校准；回火温度按 560 ℃ 控制。", "连续 3 炉每炉抽 5 件硬度 HRC 29–31，尺寸 CPK 1.45。",
                     "热处理作业指导书增加炉温校验记录，同类轴件横向展开。"),
                 ("齿面硬度不足 12 件，渗碳层深 0.6 mm。", "库存 40 件复检层深，不合格件隔离。", "渗碳时间 4 h 不足（工艺要求 5.5 h）。",
                  "层深检验用随炉试块，试块位置不代表工件。", "渗碳时间恢复 5.5 h，试块放在料筐中部。", "3 炉层深 0.9–1.1 mm 合格。",
                  "渗碳工艺卡加锁定，修改须经技术批准。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("验证关闭日期", "验证人"), (kit.pick(s, ("2026-12-08", "2026-12-08"), ("2026-12-18", "2026-12-18")), "钱国平"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_zhuzao(s: kit.Sheet) -> None:
    """An 8D from a foundry about its castings: 气孔 / 砂眼 / 尺寸超差 in the problem, the team with roles in one cell, 不良数
    in 件, D4 split into 产生原因 / 流出原因, 浇注温度 and 型砂水分 in the cause."""
    s.text("A1", "8D 纠正措施报告（铸件）", "D1", size=15)
    kit.plain(s, "A2", "无锡宏达铸造有限公司　质量部", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("报告编号", "提出日期", "客户名称", "客户投诉编号", "铸件图号", "不良数"),
        (kit.pick(s, "8D-HD-2611-04", "8D-HD-2611-07"), kit.pick(s, ("2026年11月8日", "2026-11-08"), ("2026年11月22日", "2026-11-22")),
         "Keystone Hydraulics Inc.", kit.pick(s, "NCR-26-0388", "NCR-26-0412"), kit.pick(s, "KH-4410-07", "KH-4410-11"),
         (kit.pick(s, "22 件", "15 件"), kit.pick(s, 22, 15))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A6",
        "D1 成立小组",
        "B6",
        kit.pick(s, ("蒋伟", "陶红", "潘志刚"), ("蒋伟", "许丹")),
        sep="、",
        span="D6",
    )
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时围堵措施", "D4 产生原因", "D4 流出原因", "D5 永久纠正措施", "D6 实施及验证", "D7 预防再发生"),
        kit.pick(s, ("泵体铸件 Op. 30 精镗 Ø25 孔后暴露气孔，22 件 210 bar 试压渗漏；另有砂眼 3 处、尺寸超差 2 件。",
                     "在库 640 件、在途 300 件逐件试压，客户处库存派人挑选。",
                     "浇注温度 1,360 ℃ 偏低（工艺 1,390–1,420 ℃），型砂水分 4.8 %（要求 3.2–4.0 %）。",
                     "出厂只做外观检查，未做剖切和 X 光抽检。", "浇注温度自动记录并报警；型砂水分每班检测两次。",
                     "连续 5 批 X 光抽检无气孔，客户试压 0 渗漏。", "同材质泵体、阀体铸件横向展开，FMEA 更新。"),
                 ("端盖 A 面加工后砂眼、夹砂 15 件，平面度 0.09 超差。", "在库 420 件 A 面目检，可疑件隔离。",
                  "型砂透气性低，浇口位置靠近 A 面。", "终检未含 A 面加工余量检查。", "浇口移到非加工面，型砂更换。",
                  "3 批 A 面无砂眼，平面度 0.03。", "同类端盖工艺卡修改。")),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 结案日期", "批准人"), (kit.pick(s, ("2026年12月6日", "2026-12-06"), ("2026年12月19日", "2026-12-19")), "邵国强"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_forging(s: kit.Sheet) -> None:
    """An English 8D from a forge shop on a forging crack: 8D Ref., Date Opened, Customer's NCR No., Part / Drawing No.,
    Qty Nonconforming in pcs, the team's names with roles in brackets, MPI (magnetic particle) words, Champion."""
    s.text("A1", "8D Problem Solving Report — Forging Lap / Crack", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D Ref.", "Date Opened", "Customer", "Customer NCR No.", "Part / Drawing No.", "Qty Nonconforming"),
        ("8D-TZ-26-031", ("Nov 6, 2026", "2026-11-06"), "Ningbo Kaili Auto Parts Co., Ltd.", "IQC-NG-261104-06", "KL-30112-A",
         ("9 pcs", 9)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.lv(s, "A5", "D1 Team", "B5", "Li Qiang (leader), Wang Fang (QE), Chen Hao (forging)", None, span="D5")
    kit.members(
        s,
        "D1 Team",
        "B5",
        "Li Qiang (leader), Wang Fang (QE), Chen Hao (forging)",
        ("Li Qiang", "Wang Fang", "Chen Hao"),
    )
    rows = kit.eightd_steps(
        ("D2 Problem Description", "D3 Interim Containment", "D4 Root Cause (Occur)", "D4 Root Cause (Escape)",
         "D5 Permanent Corrective Action", "D6 Validation", "D7 Prevent Recurrence"),
        ("Forging laps found by MPI on 9 steering knuckles at the R5 fillet, 3–6 mm long.",
         "100 % MPI of 1,800 pcs in stock and in transit; suspect lot DJ261028 on hold.",
         "Die wear at the R5 fillet allowed metal to fold over during the second blow.",
         "MPI sampling 2 pcs per shift missed the worn-die period.",
         "Die life limited to 6,000 hits; R5 fillet re-cut at each die change.",
         "3 lots 100 % MPI, 0 laps; customer IQC accepted lot DJ261110.",
         "Die life limits added to the control plan for all knuckle dies."),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 Closure Date", "Champion"), (("Dec 4, 2026", "2026-12-04"), "Zhou Min"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_rechuli(s: kit.Sheet) -> None:
    """A Taiwanese heat treater's 8D 矯正預防報告 (熱處理): 民國 dates, 客訴單號 the 委外 notice's, 不良數 in 支, 淬火 / 回火 words,
    HRC required / measured in the problem, the team in one cell with 、, D8 結案 with 核准."""
    s.text("A1", "8D 矯正預防報告（熱處理）", "D1", size=15)
    kit.plain(s, "A2", "宏鑫熱處理股份有限公司　品保課", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("報告編號", "發行日期", "客戶名稱", "客訴單號", "品號", "不良數"),
        ("8D-HX-1151107-02", ("115/11/07", "2026-11-07"), "台灣昱豐五金股份有限公司", "WW-1151105-03", "YF-BL-M10-45",
         ("420 支", 420)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 改善小組", "B6", ("鄭文雄", "蔡佩珊", "吳志明"), sep="、", span="D6")
    rows = kit.eightd_steps(
        ("D2 問題描述", "D3 緊急對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 防止再發"),
        ("M10×45 10.9 級螺栓淬火後硬度 HRC 30–31（要求 HRC 32–39），420 支；電鍍後鹽霧白鏽。",
         "同爐 5,000 支全數硬度複檢，不合格品隔離重新熱處理。",
         "網帶爐第 3 區熱電偶偏差 +18 ℃，回火溫度過高。", "出貨檢驗每爐只抽 3 支，未涵蓋網帶兩側。",
         "熱電偶更換並每週比對；回火溫度設定 425 ℃。", "連續 5 爐每爐抽 10 支，HRC 34–36 合格。",
         "網帶爐 1 號、2 號比照辦理，溫度記錄納入管制計畫。"),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 結案日期", "核准"), (("115/12/02", "2026-12-02"), "鄭文雄"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_waixie(s: kit.Sheet) -> None:
    """A 外协退货单 the customer writes to return machined parts: 退货单号, 退货日期, 退货单位 (the customer), 质量通知单号,
    lines 图号 / 零件名称 / 工序 (no field) / 退货数 / 实收数 in 件 / 加工费单价 / 加工费金额, 处理方式 返工后重新交货."""
    s.text("A1", "外协退货单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "退货单位", "质量通知单号"),
        (kit.pick(s, "WT-2611-044", "WT-2611-058"), kit.pick(s, ("2026-11-11", "2026-11-11"), ("2026/11/25", "2026-11-25")),
         "江苏恒拓重型机械有限公司", kit.pick(s, "WX-ZL-2611-017", "WX-ZL-2611-031")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    heads = ("图号", "零件名称", "退货数", "实收数", "加工费单价", "加工费金额")
    lines = kit.pick(s, (("HT-ZJ-2031-05", "主轴", 27, 27, 38.5, "磨外圆"), ("HT-ZJ-2031-06", "主轴端盖", 6, 6, 12.0, "车削")),
                     (("HT-ZJ-2047-02", "输出齿轮轴", 12, 12, 96.0, "滚齿"),))  # fmt: skip
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "Φ25±0.02 轴颈超差，调质硬度不足", "渗碳层深不足"), ("返工后重新交货", ["rework"]), "孙梅", "钱国平"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, heads, lines, {"C": ("工序", None)}, foot, "G")


def return_en_vendor(s: kit.Sheet) -> None:
    """An English Return to Vendor (RTV) note from the machine shop: RTV No., RTV Date, Returned by (the customer), NCR
    Ref., lines Part No. / Description / Qty Authorized / Qty Shipped Back / Unit Cost / Extended, Heat No. column (no
    field), Disposition ``Scrap at vendor, credit requested`` (two handlings: scrap, credit)."""
    s.text("A1", "Return to Vendor (RTV)", "G1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RTV No.", "RTV Date", "Returned by", "NCR Ref."),
        ("RTV-26-0152", ("11/12/2026", "2026-11-12"), "Keystone Hydraulics Inc.", "NCR-26-0388"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    heads = ("Part No.", "Description", "Qty Authorized", "Qty Shipped Back", "Unit Cost", "Extended")
    lines = (("KH-4410-07", "Pump housing, ductile iron", 22, 22, 46.8, "H26-7741"),)
    foot = kit.field_rows(
        ("Reason for Return", "Disposition", "Shipped by (Stores)", "Approved by"),
        ("Porosity in Ø25 bore after Op. 30, leak at 210 bar", ("Scrap at vendor, credit requested", ["scrap", "credit"]),
         "Luis Romero", "Rachel Ortiz"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, heads, lines, {"C": ("Heat No.", None)}, foot, "G")


# =============================================================================== allowance
def allowance_zh_koukuan(s: kit.Sheet) -> None:
    """A 外协扣款单 for rework hours and scrapped material: 扣款单号, 开单日期, 扣款单位 (the customer, the buyer), 税号, 对应发票号,
    质量通知单号, lines 扣款项目 / 返工工时 / 工时单价 / 扣款金额 / 税额 13 %, totals 不含税合计 / 税额 / 扣款总额, 财务经理."""
    s.text("A1", "外协扣款单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("扣款单号", "开单日期", "扣款单位", "税号", "对应发票号", "质量通知单号"),
        (kit.pick(s, "KK-2611-021", "KK-2611-035"), kit.pick(s, ("2026-11-13", "2026-11-13"), ("2026-11-27", "2026-11-27")),
         "江苏恒拓重型机械有限公司", "91320412MA1XK3P87T", kit.pick(s, "32002600000041287733", "32002600000041290018"),
         kit.pick(s, "WX-ZL-2611-017", "WX-ZL-2611-031")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("扣款项目", "返工工时", "工时单价", "扣款金额", "税额")
    lines = kit.pick(
        s, (("总装拆检返工（主轴）", 36, 85.0), ("挑选全检工时", 12, 60.0)), (("齿轮轴拆装返工", 18, 85.0),)
    )
    net, tax = kit.credit_cells(s, 6, lines, heads, 0.13)
    kit.head_row(s, 5, "ABCDE", heads)
    for r, lab, x, path in ((9, "不含税合计", net, "total_excl_tax"), (10, "税额", tax, "total_tax"),
                            (11, "扣款总额", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A12", "财务经理", "B12", "陆晓红", "approved_by_manager", span="C12")
    kit.plain(s, "A13", "注：工时单价按《外协质量扣款管理办法》执行，单位：元/小时。", "E13")


def allowance_en_debit(s: kit.Sheet) -> None:
    """An English Debit Note for rework and sorting hours: Debit Note No., Date, Debit To (us: no field), Issued by (the
    customer, the buyer), Tax ID, Against Invoice, NCR Ref., lines Description / Hours / Rate per Hour / Amount / VAT
    13 %, totals Subtotal / VAT / Total Debit (all amounts in CNY)."""
    s.text("A1", "Debit Note — Rework and Sorting Charges", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Debit Note No.", "Date", "Issued by", "Debit To", "Tax ID", "Against Invoice", "NCR Ref."),
        ("DN-KH-26-077", ("13-Nov-2026", "2026-11-13"), "Keystone Hydraulics (Suzhou) Co., Ltd.", "Wuxi Hongda Casting Co., Ltd.",
         "91320594MA27BX5Q2N", "32002600000041255190", "NCR-26-0388"),
        ("number", "issue_date", "buyer", None, "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Hours", "Rate per Hour", "Amount", "VAT 13%")
    net, tax = kit.credit_cells(s, 7, (("Sorting 100 % leak test (Op. 30 housings)", 16, 120.0),
                                       ("Re-machining of replacement housings", 10, 150.0)), heads, 0.13)  # fmt: skip
    kit.head_row(s, 6, "ABCDE", heads)
    for r, lab, x, path in ((10, "Subtotal", net, "total_excl_tax"), (11, "VAT", tax, "total_tax"),
                            (12, "Total Debit", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "Purchasing Manager", "B13", "Helen Zhao", "approved_by_manager", span="C13")
    kit.plain(s, "A14", "All amounts in CNY. Please issue a red-letter invoice for the total.", "E14")


_COPY2 = {"complaint_zh_waixie", "complaint_zh_iqc", "complaint_en_sncr", "complaint_zht_weiwai", "eightd_zh_car",
          "eightd_zh_zhuzao", "return_zh_waixie", "allowance_zh_koukuan", "complaint_zh_scan"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_waixie, "外协质量", dict(A=16, B=30, C=16, D=30), "a 外协质量问题通知单: 发出单位, 外协厂家, 图号, 工序 40 磨外圆, 炉号, 硬度 HRC 要求 / 实测, Φ25±0.02, ☑退货"),
        (complaint_zh_iqc, "IQC", dict(A=16, B=30, C=16, D=30), "a 来料检验不合格通知单: the customer only in the letterhead, 来料日期 beside 开单日期, 送检数 / 抽检数 / 不合格数, AQL, 判定 ☑退货 ☐挑选 ☐特采"),
        (complaint_en_sncr, "SNCR", dict(A=20, B=34, C=20, D=32), "a machine shop's Supplier Nonconformance Report: Issued by, Supplier, Drawing No. / Rev, Heat No., Op. 30, Qty Received / Rejected, Disposition requested ☒Return to vendor"),
        (complaint_zht_weiwai, "委外異常", dict(A=16, B=30, C=16, D=30), "a Taiwanese 委外加工異常通知單: 委託廠商 / 委外廠商, 加工項目 鍍鋅鎳, 膜厚 要求 / 實測, 5,000 支, 處置方式 ☑重工"),
        (eightd_zh_car, "CAR", dict(A=20, B=34, C=18, D=30), "a 纠正预防措施要求单 answered by the subcontractor: 关联通知单号, 供方回复, 原因分析（产生 / 流出）, 验证关闭日期"),
        (eightd_zh_zhuzao, "8D", dict(A=18, B=34, C=18, D=30), "a foundry's 8D: 气孔 / 砂眼 / 尺寸超差, 浇注温度, 型砂水分, D1 成立小组, D8 结案日期 2026年12月6日"),
        (eightd_zht_rechuli, "8D", dict(A=18, B=34, C=18, D=30), "a Taiwanese heat treater's 8D 矯正預防報告: 115/11/07, 不良數 420 支, HRC 要求 / 實測 in the problem, D1 改善小組 with 、"),
        (eightd_en_forging, "8D", dict(A=26, B=34, C=20, D=30), "a forge shop's English 8D: Customer NCR No., Part / Drawing No., MPI, the team with roles in brackets, Champion"),
        (return_zh_waixie, "外协退货", dict(A=16, B=18, C=12, D=10, E=10, F=14, G=14), "a 外协退货单: 退货单位, 质量通知单号, a 工序 column, 退货数 / 实收数, 加工费单价 / 加工费金额, 返工后重新交货"),
        (return_en_vendor, "RTV", dict(A=16, B=28, C=12, D=14, E=16, F=12, G=12), "a Return to Vendor note: RTV No., Returned by, NCR Ref., a Heat No. column, Qty Authorized / Shipped Back, Scrap at vendor"),
        (allowance_zh_koukuan, "扣款", dict(A=26, B=14, C=14, D=16, E=16), "a 外协扣款单: 扣款单位, 对应发票号, 返工工时 / 工时单价 / 扣款金额, 不含税合计 / 税额 / 扣款总额, 财务经理"),
        (allowance_en_debit, "Debit", dict(A=38, B=12, C=14, D=16, E=14), "an English Debit Note for rework and sorting hours: Issued by, Debit To, Hours / Rate per Hour, Total Debit"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def _box(f, x: float, y: float, w: float, h: float) -> None:
    """A ruled box of a printed form (the grid a scanner keeps)."""
    f.pdf.set_draw_color(60, 60, 60)
    f.pdf.rect(x, y, w, h)


def complaint_zh_scan(f: kit.PdfDraw) -> None:
    """A printed 外协质量问题通知单 as it comes back scanned (fpdf2, every field in a ruled box, two to a row): 编号 in the head,
    委托方, 承制方 (us: no field), 图号 / 零件名称, 热处理 要求 / 实测, 批量 / 不合格数 in 件, 处理决定 ■返修 □退货."""
    f = kit.CjkDraw.of(f)
    f.text(62, 16, "外协件质量问题通知单", size=14)
    f.text(140, 23, "编号：", size=9)
    f.value(152, 23, kit.pick(f, "ZT-WX-26-113", "ZT-WX-26-129"), path="number", label="编号")
    rows = kit.field_rows(
        ("日期", "委托方", "承制方", "合同号", "图号", "零件名称", "炉批号", "热处理", "批量", "不合格数", "检验员", "检验科长"),
        (kit.pick(f, ("2026.11.06", "2026-11-06"), ("2026.11.20", "2026-11-20")), "株洲天力传动机械有限公司",
         "湘潭金桥热处理厂", kit.pick(f, "TL-WX-2610-56", "TL-WX-2611-09"), kit.pick(f, "TL-CL-118-03", "TL-CL-121-01"),
         kit.pick(f, "从动齿轮 20CrMnTi", "中间轴齿轮 20CrMnTi"), kit.pick(f, "R26-1102", "R26-1117"),
         "渗碳淬火 要求 HRC 58–62 实测 HRC 53–55", (kit.pick(f, "600 件", "400 件"), kit.pick(f, 600, 400)),
         (kit.pick(f, "48 件", "30 件"), kit.pick(f, 48, 30)), kit.pick(f, "刘海燕", "谢军"), "彭德明"),
        ("received_date", "customer", None, "order_no", "part_no", "part_name", "lot_no", None, "ship_qty", "defect_qty",
         "reporter", "sales_supervisor"),
    )  # fmt: skip
    y = 32.0
    for k, (lab, raw, path, exp) in enumerate(rows):
        x = 15 if k % 2 == 0 else 105
        _box(f, x, y - 6, 90, 10)
        f.text(x + 2, y, lab)
        f.value(x + 22, y, raw, path=path, label=lab, expect=exp, size=8)
        if k % 2:
            y += 10
    for lab, raw, path, exp in kit.field_rows(
        ("问题描述", "处理决定"),
        (kit.pick(f, "齿面硬度 HRC 53–55 低于图纸 58–62，有效硬化层 0.7 mm（要求 1.0–1.4 mm），48 件。",
                  "齿部淬火变形，公法线长度超差 0.05 mm，30 件。"),
         (kit.marks(["返修", "退货", "报废", "让步"], {"返修"}, "■", "□"), ["rework"])),
        ("description", "customer_request"),
    ):  # fmt: skip
        _box(f, 15, y - 6, 180, 14)
        f.text(17, y, lab)
        f.value(37, y, raw, path=path, label=lab, expect=exp, size=8)
        y += 14
    f.text(15, y + 6, "（本单一式三联：质检科、采购科、承制方各一联）", size=7)


def complaint_en_mrr(f: kit.PdfDraw) -> None:
    """A foreign machine shop's Material Rejection Report (fpdf2): MRR No. and Date, Vendor (us: no field), Customer's
    plant, Drawing No. (no field), Heat / Lot No., Qty Received ``600 pcs (1,260 kg)``, Qty Rejected, Operation ``Op. 30``,
    Characteristic ``Ø62 H7 (+0.030/0)`` / Actual, Rejected by."""
    f = kit.CjkDraw.of(f)
    f.text(55, 16, "MATERIAL REJECTION REPORT (MRR)", size=14)
    f.text(15, 23, "Brenner Präzisionstechnik GmbH · Plant 2 · Receiving Inspection", size=8)
    y = kit.pdf_lv_lines(f, 15, 62, 34, kit.field_rows(
        ("MRR No.", "Date", "Plant", "Vendor", "Purchase Order", "Item No.", "Drawing No.", "Item Description",
         "Heat / Lot No.", "Qty Received", "Qty Rejected", "Operation"),
        (kit.pick(f, "MRR-2611-0057", "MRR-2611-0064"), kit.pick(f, ("06.11.2026", "2026-11-06"), ("20.11.2026", "2026-11-20")),
         "Brenner Präzisionstechnik GmbH", "Wuxi Hongda Casting Co., Ltd.", kit.pick(f, "4500219873", "4500220114"),
         kit.pick(f, "BP-GH-6210", "BP-GH-6214"), kit.pick(f, "Z-6210-004 Rev. B", "Z-6214-001 Rev. A"),
         kit.pick(f, "Gear housing EN-GJS-400-15", "Bearing cover EN-GJL-250"), kit.pick(f, "HD-26-1033", "HD-26-1071"),
         (kit.pick(f, "600 pcs (1,260 kg)", "400 pcs (520 kg)"), kit.pick(f, 600, 400)),
         (kit.pick(f, "31 pcs", "18 pcs"), kit.pick(f, 31, 18)), "Op. 30 boring"),
        ("number", "received_date", "customer", None, "order_no", "part_no", None, "part_name", "lot_no", "ship_qty",
         "defect_qty", None),
    ), step=7.5, colon=":")  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 62, y + 2, kit.field_rows(
        ("Characteristic", "Defect", "Action Requested", "Rejected by"),
        (kit.pick(f, "Ø62 H7 (+0.030/0), actual Ø62.041–62.055", "Face B flatness 0.04, actual 0.11"),
         kit.pick(f, "Shrinkage cavities opened in the Ø62 bearing bore at Op. 30, 31 pcs.",
                  "Hard spots on face B broke 2 inserts; 18 pcs not machinable."),
         ("Replace 31 pcs, 8D within 10 days", ["replacement"]), kit.pick(f, "Jörg Albrecht", "Sabine Kurz")),
        (None, "description", "customer_request", "reporter"),
    ), step=7.5, colon=":")  # fmt: skip
    f.text(15, y + 6, "Parts held in MRB cage, location R-04. Return shipment at vendor's cost.", size=8)


def return_zht_weiwai(f: kit.PdfDraw) -> None:
    """A zh-Hant 委外退貨單 (fpdf2): 退貨單號, 退貨日期 in 民國, 委託廠商 the customer, 異常通知單號, lines 品號 / 品名 / 核准數 / 實退數 in
    支 / 加工單價 / 金額, 處理方式 重新電鍍."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "委外退貨單", size=14)
    kit.pdf_lv_lines(f, 15, 45, 28, kit.field_rows(
        ("退貨單號", "退貨日期", "委託廠商", "異常通知單號"),
        ("WT-TW-1151108-02", ("115/11/08", "2026-11-08"), "台灣昱豐五金股份有限公司", "WW-1151105-03"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=7)  # fmt: skip
    heads = ((15, "品號"), (48, "品名"), (100, "核准數"), (122, "實退數"), (146, "加工單價"), (172, "金額"))
    for x, h in heads:
        f.text(x, 64, h, bold=True)
    f.pdf.line(15, 66, 195, 66)
    lines = (("YF-BL-M10-45", "六角螺栓 M10×45", 420, 420, 0.35),)
    y = 66.0
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 8
        a = round(q * p, 2)
        for (x, h), raw, path, exp in zip(heads, (code, name, f"{qa} 支", f"{q} 支", f"{p:.2f}", f"{a:,.2f}"),
                                          kit.RETURN_ITEM_PATHS, (None, None, qa, q, kit.money(p), kit.money(a))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=h, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 45, y + 12, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "核准"),
        ("膜厚不足，鹽霧 72 小時白鏽", ("重新電鍍後交回", ["rework"]), "林美華", "李宗翰"),
        kit.RETURN_FOOT_PATHS,
    ), step=7)  # fmt: skip


def allowance_zht_zherang(f: kit.PdfDraw) -> None:
    """A zh-Hant 折讓證明 for 重工工時 (fpdf2): 折讓單號, 開立日期 in 民國, 買受人, 統一編號, 原發票號碼, 異常通知單號, lines in 小時,
    營業稅 5 %."""
    f = kit.CjkDraw.of(f)
    f.text(45, 16, "營業人銷貨退回進貨退出或折讓證明單", size=13)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "異常通知單號"),
        ("ZR-TW-1151115-03", ("115/11/15", "2026-11-15"), "台灣昱豐五金股份有限公司", "24578136", "RX-30571264",
         "WW-1151105-03"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單價", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("鍍鋅鎳不良 重工工時", 14, 650.0),), qty=lambda q: f"{q} 小時")
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("折讓金額合計", "營業稅額", "總計", "經辦"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "李宗翰"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a printed 外协件质量问题通知单 as it comes back scanned: ruled boxes, 委托方 / 承制方, 热处理 要求 / 实测 HRC, ■返修 □退货", complaint_zh_scan),
        ("a machine shop's Material Rejection Report: Plant, Vendor, Drawing No., Heat / Lot No., 600 pcs (1,260 kg), Op. 30, Ø62 H7", complaint_en_mrr),
        ("a zh-Hant 委外退貨單: 委託廠商, 異常通知單號, 核准數 / 實退數 in 支, 加工單價, 重新電鍍後交回", return_zht_weiwai),
        ("a zh-Hant 折讓證明 for 重工工時: 統一編號, 原發票號碼, 14 小時, 營業稅額 0.00", allowance_zht_zherang),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _weights_workbook() -> bytes:
    """A 外协质量问题通知单 for castings whose quantities are weights only (``1,250 kg`` / ``86 kg``): no count of pieces."""
    return kit.sheet_bytes("外协质量", (("外协质量问题通知单", None), ("发出日期", "2026-11-09"), ("发出单位", "江苏恒拓重型机械有限公司"),
                                   ("图号", "HT-ZJ-2031-05"), ("送货数量", "1,250 kg"), ("不合格数量", "86 kg"),
                                   ("问题描述", "铸件气孔。"), ("处理意见", "退货"), ("质检员", "吴建军")),
                           dt.datetime(2026, 11, 9, 9, 0))  # fmt: skip


def _tolerance_workbook() -> bytes:
    """A 外协质量问题通知单 whose 不合格数量 cell holds the tolerance ``Φ25±0.02`` (the clerk's slip): no count at all."""
    return kit.sheet_bytes("外协质量", (("外协质量问题通知单", None), ("发出日期", "2026-11-09"), ("发出单位", "江苏恒拓重型机械有限公司"),
                                   ("图号", "HT-ZJ-2031-05"), ("送货数量", "320 件"), ("不合格数量", "Φ25±0.02"),
                                   ("问题描述", "轴颈超差。"), ("处理意见", "退货"), ("质检员", "吴建军")),
                           dt.datetime(2026, 11, 9, 9, 0))  # fmt: skip


ODD = {
    "complaint-weights.xlsx": (
        "a 外协质量问题通知单 whose quantities are weights only (送货数量 1,250 kg, 不合格数量 86 kg): an error or a warning on "
        "the quantities; never 1250 or 86 pieces silently",
        _weights_workbook,
    ),
    "complaint-tolerance.xlsx": (
        "a 外协质量问题通知单 whose 不合格数量 cell holds the tolerance Φ25±0.02: an error or a warning on the defective "
        "quantity; never 25 (or 0.02) pieces silently",
        _tolerance_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-seventh held-out layouts", ODD)
