"""Write the forty-fourth held-out set (run: ``python tests/holdout44/make_holdout44.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for ELECTRONICS, EMS AND COMPONENT
SUPPLIERS: what a PCBA, semiconductor, connector or cable-harness plant receives and answers. A customer's SCAR
(``SCAR No.``, ``Part No. / Rev`` with the revision after the number, ``Date Code`` ``2612`` beside the ``Lot No.``,
``Reel ID``, ``MSL``, ``DPPM``), a Taiwanese 電子廠 客訴單 (料號, 批號, ``週期 2612``, ``不良率 1200PPM``), a customer IQC's
品质异常联络单 (D/C, 抽检数 beside the 来料数量, ☑ disposition boxes), an EMS customer's 8D with IPC-A-610 CLASS 3
references and ``Defect location (Ref Des)`` ``R12, C34``, an 8D whose D4 is a FISHBONE WRITTEN AS A TABLE (人 / 机 / 料 /
法 / 环 / 测, each with its 验证结果) above the root cause, a 失效分析報告暨 8D whose FA findings (X-Ray, 切片, 開蓋) stand
before the 失效模式 and 失效機理, a distributor's RMA with a SERIAL NUMBER COLUMN (one unit a line), a 退货单 with REEL /
TRAY / TUBE packing and ``K pcs`` units, a 價格保護 (PRICE PROTECTION) 折讓單 with old, new and difference prices; sent as PDF
only: a customer PORTAL'S SCAR PRINT (status, D/C, Reel ID, DPPM; Chromium), an English FA REPORT PRINTED FROM WORD with
PHOTOS' CAPTIONS BETWEEN ITS FIELDS (fpdf2), a zh-Hant 品質異常通知單 (Chromium), a 電子零件退貨單 whose counts are typed
``12K`` (Chromium), a PRICE PROTECTION CREDIT MEMO (fpdf2), a 销售折让单 after a 品质异常 whose note names the D/C and
the PPM (fpdf2). ``odd/`` holds a SCAR whose DPPM is given but NO QUANTITIES, and a complaint whose DATE CODE ``2612``
stands where no count is typed.

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

HERE, SOURCE = kit.generator(__file__, "forty-fourth held-out imitation")
dt, D = kit.dt, kit.dt.date


def context_rows(s: kit.Sheet, first: int, pairs, span: str = "D") -> int:
    """Label / value rows that are no field (a D/C, a Reel ID, an MSL, an analysis step) from row ``first``: the label
    shaded in column A, the text in B merged to ``span``. Returns the row after the last."""
    for r, (lab, val) in enumerate(pairs, start=first):
        s.text(f"A{r}", lab, shade=True)
        s.value(f"B{r}", val, path=None, label=lab, span=f"{span}{r}")
    return first + len(pairs)


# =============================================================================== complaint
def complaint_en_scar(s: kit.Sheet) -> None:
    """A customer's SUPPLIER CORRECTIVE ACTION REQUEST: ``Part No. / Rev`` typed ``HX-CON-2210 / C`` (the revision no
    part of the number), ``Date Code`` ``2612`` (2026 week 12) beside the ``Lot No.``, ``Reel ID`` and ``MSL`` (no
    field), the reject rate in ``DPPM`` (the defect rate: 1,200 DPPM is 0.12 %)."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (SCAR)", "D1", size=14)
    s.text("A2", "Supplier: Shenzhen Huaxin Connector Technology Co., Ltd.　·　Supplier code: V10277", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("SCAR No.", "Issue date", "Customer", "PO No.", "Part No. / Rev", "Description", "Lot No.", "Qty received",
         "Qty rejected", "DPPM"),
        (kit.pick(s, "SCAR-26-0412", "SCAR-26-0587"), kit.pick(s, D(2026, 3, 12), D(2026, 5, 14)),
         kit.pick(s, "Northgate Controls Inc.", "Bluewater Medical Devices LLC"), kit.pick(s, "4700123881", "4700130264"),
         kit.pick(s, ("HX-CON-2210 / C", "HX-CON-2210"), ("HX-FPC-0814 / B", "HX-FPC-0814")),
         kit.pick(s, "Board-to-board connector 40P 0.4 mm", "FPC connector 14P 0.5 mm"),
         kit.pick(s, "L2611-07", "L2618-03"), kit.pick(s, 25000, 40000), kit.pick(s, 30, 60),
         kit.pick(s, ("1,200", "0.0012"), ("1,500", "0.0015"))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "defect_rate"),
    ))  # fmt: skip
    nxt = context_rows(s, 8, (("Date Code (D/C)", kit.pick(s, "2612", "2619")),
                              ("Reel ID", kit.pick(s, "R2612-0412-03", "R2619-0587-11")), ("MSL", "3")))  # fmt: skip
    nxt = kit.rows_down(s, nxt, kit.field_rows(
        ("Nonconformance description", "Containment required", "Disposition requested", "Issued by (SQE)"),
        (kit.pick(s, "Pin 17 bent on 30 pcs found at SMT placement; coplanarity out of 0.1 mm spec.",
                  "Latch cracked after reflow on 60 pcs; housing discoloured."),
         "Sort all stock at supplier and in transit within 24 h; report quantities.",
         ("Replace", ["replacement"]), kit.pick(s, "Jason Miller", "Priya Raman")),
        ("description", None, "customer_request", "reporter"),
    ))  # fmt: skip
    s.text(f"A{nxt}", "8D response due within 10 working days (D3 within 24 h). Reference IPC-A-610 Class 2.",
           f"D{nxt}")  # fmt: skip


def complaint_zht_taiwan(s: kit.Sheet) -> None:
    """A Taiwanese 電子廠 客訴單: 料號, 批號 and ``週期`` (a date code ``2612``, no field) side by side, the 不良率 typed
    ``1200PPM`` (the defect rate 0.12 %), 業務 and 品保主管 signing under it."""
    s.text("A1", "客 訴 單", "F1", size=16)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "客訴日期", "客戶名稱", "訂單號碼"),
        (kit.pick(s, "QC-2603-0118", "QC-2605-0042"), kit.pick(s, D(2026, 3, 9), D(2026, 5, 11)),
         kit.pick(s, "台達電子工業股份有限公司", "光寶科技股份有限公司"), kit.pick(s, "PO-DT-2603771", "PO-LO-2605102")),
        ("number", "received_date", "customer", "order_no"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    kit.head_row(s, 4, "ABCDEF", ("料號", "品名", "批號", "週期", "出貨數量", "不良數量"))
    for col, (val, path, exp, fmt) in zip("ABCDEF", (
        (kit.pick(s, "MLCC-0603-104K", "MLCC-0402-105M"), "part_no", None, None),
        (kit.pick(s, "積層陶瓷電容 0603 0.1uF", "積層陶瓷電容 0402 1uF"), "part_name", None, None),
        (kit.pick(s, "TW26A0311", "TW26B0509"), "lot_no", None, None), (kit.pick(s, "2612", "2619"), None, None, None),
        (kit.pick(s, 500000, 800000), "ship_qty", None, "#,##0"), (kit.pick(s, 600, 960), "defect_qty", None, "#,##0"),
    )):  # fmt: skip
        s.value(f"{col}5", val, path=path, label=s.ws[f"{col}4"].value, expect=exp, fmt=fmt)
    kit.lv(s, "A6", "不良率", "B6", kit.pick(s, "1200PPM", "1200PPM"), "defect_rate", expect="0.0012")
    kit.lv(s, "C6", "不良現象", "D6", kit.pick(s, "SMT 後電容端電極剝離，ICT 開路。", "迴焊後電容龜裂，漏電流超規。"),
           "description", span="F6")  # fmt: skip
    kit.lv(
        s,
        "A7",
        "客戶要求",
        "B7",
        kit.pick(s, "退貨", "退貨"),
        "customer_request",
        expect=["return"],
        span="F7",
    )
    kit.lv_pairs(s, 8, kit.field_rows(
        ("業務", "品保主管"), (kit.pick(s, "陳柏宇", "林佩君"), "黃志明"), ("reporter", "sales_supervisor"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_zh_alert(s: kit.Sheet) -> None:
    """A customer IQC's 品质异常联络单: 物料编码, D/C (no field) beside the 批次号, the 抽检数 (no field) between the 来料
    数量 and the 不良数, the 不良率 in %, ☑ boxes for the disposition, 发单人 and 审核."""
    s.text("A1", "品质异常联络单", "D1", size=15)
    s.text("A2", "发往：供应商品质部　　抄送：采购部、SQE", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("联络单号", "发出日期", "客户", "物料编码", "物料名称", "批次号"),
        (kit.pick(s, "IQC-2603-0231", "IQC-2605-0097"), kit.pick(s, D(2026, 3, 16), D(2026, 5, 18)),
         kit.pick(s, "深圳市汇川技术股份有限公司", "浙江大华技术股份有限公司"), kit.pick(s, "3.02.01.0418", "3.02.07.1125"),
         kit.pick(s, "线束组件 JST-PH 6P 150mm", "FFC 排线 24P 0.5mm 100mm"), kit.pick(s, "WH260312A", "WH260515C")),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no"),
    ))  # fmt: skip
    s.text("A6", "D/C", shade=True)
    s.value("B6", kit.pick(s, "2611", "2619"), path=None, label="D/C")
    kit.lv(s, "C6", "来料数量", "D6", kit.pick(s, 3000, 5000), "ship_qty", fmt="#,##0")
    s.text("A7", "抽检数", shade=True)
    s.value("B7", kit.pick(s, 125, 200), path=None, label="抽检数")
    kit.lv(s, "C7", "不良数", "D7", kit.pick(s, 9, 14), "defect_qty")
    kit.lv(
        s,
        "A8",
        "不良率",
        "B8",
        kit.pick(s, "7.2%", "7.0%"),
        "defect_rate",
        expect=kit.pick(s, "0.072", "0.07"),
    )
    nxt = kit.rows_down(s, 9, kit.field_rows(
        ("异常描述", "处理要求"),
        (kit.pick(s, "端子压接高度超上限 0.05 mm，拉脱力 28 N（规格 ≥ 35 N）。", "排线金手指氧化发黑，导通不良。"),
         ("☑退货　□特采　□挑选使用　□返工", ["return"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, nxt, kit.field_rows(
        ("发单人", "审核"), (kit.pick(s, "刘晓燕", "郑海波"), "孙国强"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip
    s.text(f"A{nxt + 1}", "请于 24 小时内回复临时对策，7 天内回复 8D 报告。", f"D{nxt + 1}")


# =============================================================================== 8D
def eightd_en_ems(s: kit.Sheet) -> None:
    """An EMS customer's 8D: the PCBA's part number, the SCAR it answers, D2 citing IPC-A-610 CLASS 3 and a ``Defect
    location (Ref Des)`` row typed ``R12, C34`` (where the problem is), D3 … D7, D8 closed."""
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Date opened", "Customer", "SCAR No.", "PCBA P/N", "Qty affected"),
        (kit.pick(s, "8D-PCBA-26-031", "8D-PCBA-26-047"), kit.pick(s, D(2026, 3, 18), D(2026, 5, 20)),
         kit.pick(s, "Northgate Controls Inc.", "Bluewater Medical Devices LLC"), kit.pick(s, "SCAR-26-0419", "SCAR-26-0593"),
         kit.pick(s, "PCBA-NG-7731 Rev D", "PCBA-BW-1208 Rev A"), kit.pick(s, 48, 22)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", kit.pick(s, ("Kevin Zhao", "Maria Lopez", "Chen Wei"), ("Kevin Zhao", "Chen Wei")),
                  span="D5")  # fmt: skip
    kit.lv(s, "A6", "D2 Problem description", "B6",
           kit.pick(s, "Insufficient solder on R12 and C34 (0402); reject per IPC-A-610 Class 3, 8.3.2.",
                    "Tombstoned C34 (0201) found at AOI escape; reject per IPC-A-610 Class 3, 8.3.2."),
           "problem.statement", span="D6")  # fmt: skip
    kit.lv(
        s, "A7", "Defect location (Ref Des)", "B7", kit.pick(s, "R12, C34", "C34"), "problem.where", span="D7"
    )
    kit.lv(s, "A8", "IPC class", "B8", "Class 3 (IPC-A-610H)", None, span="D8")
    steps = kit.eightd_steps(
        ("D3 Containment", "D3", "D4 Root cause (occurrence)", "D4 Root cause (escape)", "D5 Permanent corrective action",
         "D6 Verification", "D7 Prevent recurrence"),
        ("", "", *kit.pick(s, ("Stencil aperture for 0402 pads 10 % undersize after stencil rework.",
                               "AOI threshold for solder fillet set for Class 2.",
                               "New stencil with 1:1 apertures; SPI volume limit 70 %.",
                               "Zero solder defects on 4 lots, 3,600 boards.",
                               "Stencil approval checklist; AOI libraries set per IPC class."),
                              ("Uneven paste on C34 pads; pad design asymmetric.", "AOI missed tombstones under a shield.",
                               "Pad geometry corrected in layout Rev B; reflow profile re-tuned.",
                               "Zero tombstones on 3 lots, 2,400 boards.", "DFM rule for 0201 pad symmetry."))),
    )  # fmt: skip
    # D7's text names no other line, product or site and no lesson: the lessons learned, read and warned
    # (eightd43: a D7 text's own words decide its field; expected as the horizontal deployment before)
    steps[-1] = (*steps[-1][:2], "prevention.lessons_learned")
    kit.lv(s, "A9", "D3 Containment", "B9", kit.pick(s, "1,250 boards in WIP and FG re-inspected by X-ray and AOI.",
                                                     "All boards in stock re-inspected at 100 % AOI."),
           "containment[0].action", span="D9")  # fmt: skip
    kit.lv_rows(s, 10, steps[2:])
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 Closed", "Approved by"), (kit.pick(s, D(2026, 4, 22), D(2026, 6, 19)), "Rachel Green"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_fishbone(s: kit.Sheet) -> None:
    """An SMT plant's 8D 报告 whose D4 is a FISHBONE WRITTEN AS A TABLE: 人 / 机 / 料 / 法 / 环 / 测 each with its 可能原因
    and 验证结果 (no field), then the 发生原因 and 流出原因 it concluded on."""
    s.text("A1", "8D 报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "开始日期", "客户", "客诉单号", "产品料号", "不良数量"),
        ("8D-SMT-2603-12", D(2026, 3, 19), "杭州海康威视数字技术股份有限公司", "HK-SQE-260315", "PCBA-HK-5520", 120),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 小组成员", "B5", ("何俊", "唐丽", "潘志远", "罗敏"), sep="、", span="D5")
    kit.lv_rows(s, 6, kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "", "", "", "", ""),
        ("U7 (QFN-32) 虚焊 120 片，功能测试不开机。", "在制及库存 2,400 片 X-Ray 全检 U7。", "", "", "", "", ""),
    )[:2])  # fmt: skip
    s.text("A8", "D4 原因分析（鱼骨图）", "D8", bold=True)
    kit.head_row(s, 9, "ABCD", ("因素", "可能原因", "验证方法", "验证结果"))
    for r, line in enumerate((("人", "作业员未按 SOP 回温锡膏", "查回温记录", "否（记录完整）"),
                              ("机", "回流焊第 6 温区热电偶偏差", "炉温测试", "是（偏低 8 ℃）"),
                              ("料", "QFN 焊盘氧化", "可焊性试验", "否"),
                              ("法", "钢网开孔未做内缩设计", "钢网图纸核对", "是"),
                              ("环", "车间湿度 75 %RH 超标", "温湿度记录", "否（45–55 %RH）"),
                              ("测", "AOI 无法检出 QFN 底部虚焊", "X-Ray 抽检", "是")), start=10):  # fmt: skip
        for col, v in zip("ABCD", line):
            s.value(f"{col}{r}", v, path=None, label="鱼骨图")
    kit.lv_rows(s, 16, kit.eightd_steps(
        ("", "", "D4 发生原因", "D4 流出原因", "D5 纠正措施", "D6 效果验证", "D7 预防再发"),
        ("", "", "回流焊第 6 温区热电偶偏差，峰值温度偏低 8 ℃，且钢网中心焊盘开孔未内缩。",
         "AOI 无法检出 QFN 底部焊点，出货检验未做 X-Ray 抽检。", "更换热电偶，每日测炉温；钢网中心焊盘开孔内缩 30 %。",
         "连续 5 批 X-Ray 空洞率 < 25 %，功能测试 0 不良。", "所有 QFN 产品导入 X-Ray 首件与每 2 h 抽检。"),
    )[2:])  # fmt: skip
    kit.lv_pairs(s, 21, kit.field_rows(
        ("D8 结案日期", "批准"), (D(2026, 4, 23), "罗敏"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_fa(s: kit.Sheet) -> None:
    """A 失效分析報告暨矯正措施 (zh-Hant): after the head, the FA FINDINGS (外觀, X-Ray, 切片, 開蓋: no field) stand before the
    ``失效模式`` (the problem) and the ``失效機理`` (the occurrence cause), then 流出原因, 改善對策, 效果確認, 水平展開."""
    s.text("A1", "失效分析報告暨矯正措施（8D）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("報告編號", "分析日期", "客戶", "客訴單號", "料號", "退回分析數"),
        ("FA-2603-0027", D(2026, 3, 20), "廣達電腦股份有限公司", "QT-CAR-260314", "MOS-SOT23-3402", 12),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "分析小組", "B5", ("張家豪", "王淑芬", "劉冠廷"), sep="、", span="D5")
    nxt = context_rows(s, 6, (("外觀檢查", "12 顆外觀無異常，無裂痕、無燒痕。"),
                              ("X-Ray", "8 顆 Gate 焊線（bond wire）斷裂，4 顆正常。"),
                              ("切片（Cross-section）", "焊線第二焊點頸部斷裂，斷面呈疲勞紋。"),
                              ("開蓋（Decap）", "晶片表面無 EOS 燒毀痕跡；焊線弧高偏低。")))  # fmt: skip
    kit.lv_rows(s, nxt, [
        ("失效模式", "MOSFET Gate 開路，客戶端開機無輸出。", "problem.statement"),
        ("失效機理", "焊線弧高不足，溫度循環下第二焊點頸部疲勞斷裂。", "root_cause[type=occurrence].cause"),
        ("流出原因", "出貨前未做溫度循環抽測，拉力測試未涵蓋頸部。", "root_cause[type=escape].cause"),
        ("暫時對策", "在庫 30K 顆與在途 12K 顆全數 X-Ray 篩選。", "containment[0].action"),
        ("改善對策", "焊線弧高參數調整，增加第二焊點拉力與溫循抽測。", "corrective_actions[0].action"),
        ("效果確認", "溫度循環 500 次 0 失效（77 顆 × 3 批）。", "implementation[0].result"),
        ("水平展開", "同封裝 SOT-23 全系列比照調整。", "prevention.horizontal_deployment"),
    ])  # fmt: skip
    kit.lv_pairs(s, nxt + 7, kit.field_rows(
        ("結案日期", "核准"), (D(2026, 4, 24), "劉冠廷"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_en_serials(s: kit.Sheet) -> None:
    """A distributor's RMA whose lines carry a SERIAL NUMBER COLUMN (one unit a line, the same part number on several
    lines), the failure code per unit (no field), the RMA's disposition and the distributor's signatures."""
    s.text("A1", "RMA REQUEST / RETURN AUTHORIZATION", "G1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "RMA date", "Distributor", "Customer complaint ref."),
        (kit.pick(s, "RMA-2603-1187", "RMA-2605-0419"), kit.pick(s, D(2026, 3, 17), D(2026, 5, 19)),
         kit.pick(s, "Avnet Pacific Components Pte. Ltd.", "Future Link Electronics (HK) Ltd."),
         kit.pick(s, "AVP-CC-26-0311", "FLE-CC-26-0508")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("Part No.", "Description", "Serial No.", "Qty auth.", "Qty returned", "Unit price (USD)", "Amount (USD)")  # fmt: skip
    kit.head_row(s, 4, "ABCDEFG", heads)
    units = kit.pick(s, (("GW-LTE-400", "LTE gateway module", "SN26A100417", 86.5), ("GW-LTE-400", "LTE gateway module",
                          "SN26A100452", 86.5), ("GW-LTE-400", "LTE gateway module", "SN26A100498", 86.5),
                         ("PS-12V-60W", "Power supply 12 V 60 W", "PS2611-08832", 14.2)),
                     (("GW-WIFI-210", "Wi-Fi 6 module", "SN26B200118", 22.8), ("GW-WIFI-210", "Wi-Fi 6 module",
                       "SN26B200163", 22.8)))  # fmt: skip
    for i, (code, name, sn, p) in enumerate(units):
        r = 5 + i
        for col, (val, path, exp, fmt) in zip("ABCDEFG", (
            (code, "part_no", None, None), (name, "part_name", None, None), (sn, None, None, None), (1, "qty_approved", 1, None),
            (1, "qty_returned", 1, None), (p, "unit_price", kit.money(p), "#,##0.00"), (p, "amount", kit.money(p), "#,##0.00"),
        )):  # fmt: skip
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=heads["ABCDEFG".index(col)], expect=exp,
                    fmt=fmt)  # fmt: skip
    nxt = 5 + len(units)
    kit.return_foot(s, nxt, kit.field_rows(
        ("Failure description", "Disposition", "Received by (warehouse)", "Authorized by"),
        (kit.pick(s, "No network registration after power-up (DOA).", "Module drops connection after 10 min."),
         ("Repair", ["repair"]), "Tan Wei Ling", kit.pick(s, "Marcus Lee", "Marcus Lee")),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip
    s.text(f"A{nxt + 4}", "Ship to: RMA Dept., 21 Kaki Bukit Rd · Mark RMA No. on every carton · ESD bags required",
           f"G{nxt + 4}")  # fmt: skip


def return_zh_reel(s: kit.Sheet) -> None:
    """A component 退货单 whose lines carry a 包装 column (``Reel`` / ``Tray`` / ``Tube``) and a 包装数 (``3 Reel``, no
    field) beside the counts in ``K pcs`` (a 单位 column) and a unit price per K pcs."""
    s.text("A1", "退货单", "I1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "品质异常单号"),
        (kit.pick(s, "TH-2603-0061", "TH-2605-0023"), kit.pick(s, D(2026, 3, 21), D(2026, 5, 22)),
         kit.pick(s, "东莞立讯精密工业有限公司", "昆山仁宝电子科技有限公司"), kit.pick(s, "IQC-2603-0231", "IQC-2605-0097")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="I")  # fmt: skip
    heads = ("料号", "品名规格", "包装", "包装数", "单位", "核准数量", "实退数量", "单价(元/Kpcs)", "金额(元)")  # fmt: skip
    kit.head_row(s, 4, "ABCDEFGHI", heads)
    lines = kit.pick(s, (("R0402-10K-1%", "贴片电阻 0402 10KΩ", "Reel", "3 Reel", 30, 30, 4.5),
                         ("IC-LDO-3V3", "LDO 稳压 IC SOT-23-5", "Tray", "2 Tray", 5, 4, 820.0),
                         ("CON-USBC-16P", "USB-C 母座 16P", "Tube", "40 Tube", 2, 2, 1150.0)),
                     (("C0603-1UF", "贴片电容 0603 1uF", "Reel", "4 Reel", 16, 16, 9.8),
                      ("IC-MCU-F030", "MCU TSSOP-20", "Tube", "25 Tube", 2, 2, 2600.0)))  # fmt: skip
    for i, (code, name, pack, packs, qa, q, p) in enumerate(lines):
        r, a = 5 + i, round(q * p, 2)
        for col, (val, path, exp, fmt) in zip("ABCDEFGHI", (
            (code, "part_no", None, None), (name, "part_name", None, None), (pack, None, None, None), (packs, None, None, None),
            ("K pcs", "unit", None, None), (qa, "qty_approved", qa, None), (q, "qty_returned", q, None),
            (p, "unit_price", kit.money(p), "0.00"), (a, "amount", kit.money(a), "#,##0.00"),
        )):  # fmt: skip
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=heads["ABCDEFGHI".index(col)], expect=exp,
                    fmt=fmt)  # fmt: skip
    nxt = 5 + len(lines)
    kit.return_foot(s, nxt, kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "核准"),
        (kit.pick(s, "来料可焊性不良（D/C 2611），IQC 判退。", "来料 MSL 包装破损，湿敏卡变色。"), ("退回供应商", ["return"]),
         kit.pick(s, "钟小红", "钟小红"), "谢伟东"),
        kit.RETURN_FOOT_PATHS,
    ), "I")  # fmt: skip


# =============================================================================== allowance
def allowance_zht_priceprot(s: kit.Sheet) -> None:
    """A 價格保護 (price protection) 折讓單 to a distributor: each line's 庫存數量 with the 原單價, the 新單價 and the 每單位
    差價 (the allowance's unit price), the 折讓金額 = 庫存數量 × 差價, 營業稅 5 %, totals."""
    s.text("A1", "銷貨折讓單（價格保護）", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "價保申請單號"),
        ("PP-ZR-2603-008", D(2026, 3, 31), "大聯大控股股份有限公司", "28475307", "XA-80012355", "PP-2603-011"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    s.text("A5", "價格保護生效日：2026/03/15　依代理合約第 7 條，以生效日當日通路庫存計算。", "H5")
    heads = ("料號", "品名", "庫存數量", "原單價", "新單價", "差價", "折讓金額", "營業稅")
    kit.head_row(s, 6, "ABCDEFGH", heads)
    net = tax = 0.0
    for i, (code, name, q, old, new) in enumerate((("PMIC-8822", "電源管理 IC", 12000, 18.5, 16.2),
                                                   ("WIFI-7601", "無線網路晶片", 3500, 42.0, 38.5))):  # fmt: skip
        r, diff = 7 + i, round(old - new, 2)
        a, t = round(q * diff), round(q * diff * 0.05)
        net, tax = net + a, tax + t
        for col, (val, path, exp, fmt) in zip("ABCDEFGH", (
            (code, None, None, None), (name, "name", None, None), (q, "qty", q, "#,##0"),
            (old, None, None, "0.00"), (new, None, None, "0.00"), (diff, "unit_price", kit.money(diff), "0.00"),
            (a, "allowance_amount", kit.money(a), "#,##0"), (t, "tax", kit.money(t), "#,##0"),
        )):  # fmt: skip
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=heads["ABCDEFGH".index(col)],
                    expect=exp, fmt=fmt)  # fmt: skip
    for r, lab, x, path in ((9, "折讓金額合計", net, "total_excl_tax"), (10, "營業稅額", tax, "total_tax"),
                            (11, "總計", net + tax, "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"G{r}", x, path, expect=kit.money(x), lspan=f"F{r}", fmt="#,##0")
    kit.lv(s, "A12", "業務主管", "B12", "蔡明哲", "approved_by_manager", span="C12")


_COPY2 = {"complaint_en_scar", "complaint_zht_taiwan", "complaint_zh_alert", "eightd_en_ems", "return_en_serials",
          "return_zh_reel", "complaint_en_scarportal", "allowance_en_pricepro"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_scar, "SCAR", dict(A=26, B=30, C=18, D=30), "a customer's SCAR: Part No. / Rev, Date Code beside the Lot No., Reel ID, MSL, DPPM"),
        (complaint_zht_taiwan, "客訴單", dict(A=16, B=24, C=14, D=12, E=14, F=14), "a Taiwanese 電子廠 客訴單: 料號, 批號, 週期 2612, 不良率 1200PPM"),
        (complaint_zh_alert, "联络单", dict(A=16, B=30, C=14, D=30), "a customer IQC's 品质异常联络单: D/C, 抽检数, 不良率 %, ☑ disposition boxes"),
        (eightd_en_ems, "8D", dict(A=26, B=30, C=16, D=30), "an EMS customer's 8D: IPC-A-610 Class 3, Defect location (Ref Des: R12, C34)"),
        (eightd_zh_fishbone, "8D", dict(A=16, B=34, C=16, D=22), "an SMT 8D whose D4 is a fishbone written as a table (人 / 机 / 料 / 法 / 环 / 测)"),
        (eightd_zht_fa, "FA", dict(A=20, B=30, C=14, D=30), "a 失效分析報告暨 8D: X-Ray, 切片, 開蓋 findings before 失效模式 / 失效機理"),
        (return_en_serials, "RMA", dict(A=14, B=24, C=16, D=10, E=12, F=14, G=14), "a distributor's RMA with a serial number column, one unit a line"),
        (return_zh_reel, "退货单", dict(A=14, B=22, C=8, D=10, E=8, F=10, G=10, H=14, I=12), "a component 退货单 with Reel / Tray / Tube packing and K pcs units"),
        (allowance_zht_priceprot, "折讓單", dict(A=14, B=14, C=12, D=10, E=10, F=10, G=14, H=12), "a 價格保護 折讓單: stock on hand, old, new and difference prices"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e6eef6", "td span{white-space:pre-line}.fig{border:1px dashed #999;height:70px;margin:8px 10px;"
                                 "text-align:center;color:#777;font-size:8pt}")  # fmt: skip


def complaint_en_scarportal(f: kit.HtmlForm) -> str:
    """A customer's SUPPLIER PORTAL SCAR printed (Chromium): a status line, the SCAR's fields one a row, ``D/C``,
    ``Reel ID``, ``MSL`` and ``DPPM`` among them, the response due date and the buyer."""
    f.raw("<h2>Supplier Quality Portal · SCAR</h2><p class='note'>Status: OPEN · Response due in 10 business days · "
          "Printed from the portal</p><table>")  # fmt: skip
    kit.kv_rows(f, kit.field_rows(
        ("SCAR Number", "Created", "Customer", "Part Number", "Part Rev", "Lot No.", "D/C", "Reel ID", "MSL",
         "Qty Received", "Qty Rejected", "DPPM", "Defect Description", "Requested Action", "Originator"),
        (kit.pick(f, "SCR-0026418", "SCR-0026733"), kit.pick(f, ("03/13/2026", "2026-03-13"), ("05/15/2026", "2026-05-15")),
         kit.pick(f, "Vantage Automotive Electronics", "Orion Industrial Drives"), kit.pick(f, "VA-IC-33910", "OR-IGBT-1200"),
         "B", kit.pick(f, "KL2610A7", "KL2618C2"), kit.pick(f, "2610", "2618"), kit.pick(f, "RL-0031882", "RL-0040127"), "3",
         (kit.pick(f, "15,000", "6,000"), kit.pick(f, 15000, 6000)), (kit.pick(f, "45", "12"), kit.pick(f, 45, 12)),
         (kit.pick(f, "3,000", "2,000"), kit.pick(f, "0.003", "0.002")),
         kit.pick(f, "Delamination at die attach found by C-SAM after MSL 3 preconditioning.",
                  "Gate leakage above 100 nA at 25 °C on incoming test."),
         ("Return to supplier", ["return"]), kit.pick(f, "Laura Bennett", "Ahmed Karimi")),
        ("number", "received_date", "customer", "part_no", None, "lot_no", None, None, None, "ship_qty", "defect_qty",
         "defect_rate", "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw("</table><p class='note'>Attach 8D in the portal. D3 containment within 24 h.</p>")
    return f.page("SCAR", _CSS)


def complaint_zht_notice(f: kit.HtmlForm) -> str:
    """A zh-Hant 品質異常通知單 from a customer (Chromium): 料號, 批號, 週期, 進料數, 抽驗數 / 不良數, 不良率 in PPM, the
    異常內容, 要求事項, 開單 / 核准 (the 抽驗數 and 週期 no field)."""
    f.raw("<h2>品質異常通知單</h2><p class='note'>發文：進料品管課　受文：供應商品保</p><table>")
    kit.kv_rows(f, kit.field_rows(
        ("通知單號", "開單日期", "客戶", "料號", "品名", "批號", "週期", "進料數", "抽驗數", "不良數", "不良率",
         "異常內容", "要求事項", "開單人", "核准"),
        ("QN-2603-0075", ("2026/03/18", "2026-03-18"), "和碩聯合科技股份有限公司", "CBL-HDMI-1M5", "HDMI 線材 1.5M",
         "HT2609B", "2609", ("8,000", 8000), "200", ("12", 12), ("1,500 PPM", "0.0015"),
         "插頭外殼壓傷，HDMI 訊號測試間歇性失效。", ("換貨", ["replacement"]), "周雅婷", "吳宗憲"),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no", None, "ship_qty", None, "defect_qty",
         "defect_rate", "description", "customer_request", "reporter", "sales_supervisor"),
    ))  # fmt: skip
    f.raw("</table><p class='note'>請於 3 個工作天內回覆 8D 報告。</p>")
    return f.page("品質異常通知單", _CSS)


def return_zht_kpcs(f: kit.HtmlForm) -> str:
    """A 電子零件退貨單 (Chromium) whose counts are typed ``12K`` (thousands of pieces) with a 包裝 column (``Reel`` /
    ``Tray``, no field) and a unit price per piece."""
    f.raw("<h2>電子零件退貨單</h2>")
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        ("RT-2603-0129", ("2026/03/24", "2026-03-24"), "英業達股份有限公司", "IV-CQ-260319"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("料號", "品名", "包裝", "核准數", "實退數", "單價(NT$/pcs)", "金額(NT$)")
    kit.th_row(f, heads)
    for i, (code, name, pack, qa, q, p) in enumerate((("CN-WTB-0210", "線對板連接器 10P", "Reel", 12000, 12000, 1.25),
                                                      ("CN-FFC-0530", "FFC 連接器 30P", "Tray", 6000, 5000, 3.2))):  # fmt: skip
        cells = ((code, "part_no", None), (name, "part_name", None), (pack, None, None),
                 (f"{qa // 1000}K", "qty_approved", qa), (f"{q // 1000}K", "qty_returned", q),
                 (f"{p:.2f}", "unit_price", kit.money(p)), (f"{q * p:,.2f}", "amount", kit.money(q * p)))  # fmt: skip
        kit.td_row(f, [(t, pt and f"items[{i}].{pt}", e) for t, pt, e in cells], heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        ("端子鍍金層厚度不足，鹽霧試驗失敗。", ("退回原廠", ["return"]), "簡素貞", "鄭家興"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


def eightd_en_fa(f: kit.PdfDraw) -> None:
    """An English FAILURE ANALYSIS REPORT printed from Word (fpdf2): photo boxes with their CAPTIONS BETWEEN THE
    FIELDS (``Figure 1: X-ray ...``), ``Failure mode`` (the problem) and ``Failure mechanism`` (the occurrence cause),
    the escape, corrective and preventive actions after them."""
    f.text(55, 16, "FAILURE ANALYSIS REPORT / 8D", size=14)
    y = kit.pdf_lv_lines(f, 15, 62, 28, kit.field_rows(
        ("FA Report No.", "Date received", "Customer", "Customer ref. (SCAR)", "Part No.", "Qty returned for FA"),
        ("FA-26-0088", ("14-Mar-2026", "2026-03-14"), "Meridian Power Systems GmbH", "MPS-SCAR-2603-05", "TVS-SMBJ24CA",
         ("10", 10)),
        kit.EIGHTD_HEAD_PATHS,
    ), colon=":")  # fmt: skip
    team = ("Daniel Wu", "Sophie Klein", "Raj Patel")
    f.text(15, y, "Team:")
    f.value(62, y, ", ".join(team), path=None, label="Team")
    kit.members(f, "Team", f"p1!62,{y:g}", ", ".join(team), team)
    y += 10

    def photo(top: float, caption: str) -> float:
        f.pdf.rect(15, top, 80, 28)
        f.text(40, top + 15, "[photo]", size=8)
        f.text(15, top + 33, caption, size=8)
        return top + 40

    y = kit.pdf_lv_lines(f, 15, 62, y, kit.field_rows(
        ("Failure mode", "Containment"),
        ("Short circuit (0 ohm) between pins on 7 of 10 units.", "2,400 pcs in stock re-tested for leakage; none failed."),
        ("problem.statement", "containment[0].action"),
    ), colon=":")  # fmt: skip
    y = photo(y, "Figure 1: X-ray of unit #3 - no wire or frame anomaly visible.")
    y = photo(y, "Figure 2: Cross-section through the die - crack at the die edge, solder void 30 %.")
    y = kit.pdf_lv_lines(f, 15, 62, y, kit.field_rows(
        ("Failure mechanism", "Escape point"),
        ("Die cracked by surge above rating (EOS); no process defect found.", "Surge test not in the customer's IQC."),
        ("root_cause[type=occurrence].cause", "root_cause[type=escape].cause"),
    ), colon=":")  # fmt: skip
    y = photo(y, "Figure 3: Decap - melted metallization at the die corner (EOS signature).")
    kit.pdf_lv_lines(f, 15, 62, y, kit.field_rows(
        ("Corrective action", "Verification", "Prevention", "Closed", "Approved by"),
        ("Customer to add a 1.5KE series TVS on the 24 V input.", "No field returns on 3 months of builds.",
         "Datasheet surge note added to the design guide.", ("28-Apr-2026", "2026-04-28"), "Helmut Braun"),
        # Prevention's text names no other place and no lesson: the lessons learned, read and warned (eightd43)
        ("corrective_actions[0].action", "implementation[0].result", "prevention.lessons_learned",
         "closure.closed_date", "closure.approved_by"),
    ), colon=":")  # fmt: skip


def allowance_en_pricepro(f: kit.PdfDraw) -> None:
    """A distributor's PRICE PROTECTION CREDIT MEMO (fpdf2): stock on hand at the effective date, OLD and NEW cost and
    the DELTA a line (the delta the unit price), the credit the stock times the delta; the totals and the approval."""
    f.text(60, 16, "PRICE PROTECTION CREDIT MEMO", size=14)
    f.text(15, 23, "Effective date of price change: 2026-03-15 (stock on hand as of that date)", size=8)
    kit.pdf_lv_lines(f, 15, 62, 32, kit.field_rows(
        ("Credit Memo No.", "Date", "Distributor", "Tax ID", "Original invoice", "PP claim No."),
        (kit.pick(f, "CM-PP-26-0031", "CM-PP-26-0058"), kit.pick(f, ("31 Mar 2026", "2026-03-31"), ("29 May 2026", "2026-05-29")),
         kit.pick(f, "Arrowline Components Inc.", "Digisource Electronics Ltd."), kit.pick(f, "94-3271558", "27-1184409"),
         kit.pick(f, "INV-26-01877", "INV-26-03311"), kit.pick(f, "PPC-2603-017", "PPC-2605-004")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), colon=":")  # fmt: skip
    cols = ((15, "MPN", "name"), (55, "Qty on hand", "qty"), (85, "Old cost", None), (108, "New cost", None),
            (131, "Delta", "unit_price"), (152, "Credit (USD)", "allowance_amount"), (182, "Tax", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 80, lab, bold=True)
    f.pdf.line(15, 82, 198, 82)
    lines = kit.pick(
        f,
        (("STM-F4-100", 2500, 6.4, 5.9), ("ADC-16B-08", 1200, 11.75, 10.5)),
        (("LDO-500MA", 10000, 0.42, 0.37), ("BUCK-3A-SO8", 4000, 1.18, 1.02), ("ESD-4CH", 8000, 0.21, 0.18)),
    )
    y, net = 82.0, 0.0
    for i, (mpn, q, old, new) in enumerate(lines):
        y += 8
        diff = round(old - new, 2)
        a = round(q * diff, 2)
        net += a
        for (x, lab, path), raw, exp in zip(cols, (mpn, f"{q:,}", f"{old:.2f}", f"{new:.2f}", f"{diff:.2f}", f"{a:,.2f}", "0.00"),
                                            (None, q, None, None, kit.money(diff), kit.money(a), "0.00")):  # fmt: skip
            f.value(x, y, raw, path=path and f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 198, y + 3)
    kit.pdf_lv_lines(f, 15, 62, y + 12, kit.field_rows(
        ("Subtotal (USD)", "Tax (USD)", "Total credit (USD)", "Approved by"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "Nancy Ortiz"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), colon=":")  # fmt: skip


def allowance_zh_ppm(f: kit.PdfDraw) -> None:
    """A 销售折让单 after a 品质异常 (fpdf2, zh-Hans): a 折让原因 note naming the D/C and the PPM over the agreed target
    (``D/C 2611 批次不良率 1,850 PPM，超出协议 500 PPM``: no field) above the lines, totals and 财务 under them."""
    f = kit.CjkDraw.of(f)
    f.text(80, 16, "销售折让单", size=14)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "品质异常单号"),
        ("ZR-2603-0094", ("2026-03-30", "2026-03-30"), "珠海格力电器股份有限公司", "91440400192548256N",
         "44002100000093318876", "GL-QA-260317"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    f.text(
        15,
        82,
        "折让原因：D/C 2611 批次来料不良率 1,850 PPM，超出质量协议 500 PPM，经协商按不良品金额折让。",
        size=8,
    )
    cols = ((15, "货物名称", "name"), (70, "数量", "qty"), (95, "单价", "unit_price"), (122, "折让金额", "allowance_amount"),
            (155, "税额", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 92, lab, bold=True)
    f.pdf.line(15, 94, 195, 94)
    y, net, tax = 94.0, 0.0, 0.0
    for i, (name, q, p) in enumerate((("温度传感器 NTC 10K", 4600, 0.85), ("继电器 12V 10A", 1200, 3.6))):
        y += 8
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:.2f}", f"{a:,.2f}", f"{t:,.2f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 48, y + 14, kit.field_rows(
        ("金额合计", "税额合计", "价税合计", "财务经理"),
        ((f"{net:,.2f}", kit.money(net)), (f"{tax:,.2f}", kit.money(tax)), (f"{net + tax:,.2f}", kit.money(net + tax)),
         "梁淑仪"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a customer portal's SCAR printed: status, Part Rev, D/C, Reel ID, MSL, DPPM among the fields", complaint_en_scarportal),
        ("a zh-Hant 品質異常通知單: 週期, 抽驗數 beside 不良數, 不良率 in PPM", complaint_zht_notice),
        ("a 電子零件退貨單 whose counts are typed 12K, a 包裝 column (Reel / Tray)", return_zht_kpcs),
        ("an English failure analysis report printed from Word: photo captions between the fields, failure mode / mechanism", eightd_en_fa),
        ("a distributor's price protection credit memo: stock on hand, old / new cost, delta", allowance_en_pricepro),
        ("a 销售折让单 after a 品质异常 whose reason names the D/C and the PPM over the agreed target", allowance_zh_ppm),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _sheet_of(title: str, lines) -> bytes:
    """A one-sheet workbook of ``(label, value)`` rows (``None`` value: a title line)."""
    return kit.sheet_bytes(title, lines, dt.datetime(2026, 3, 20, 9, 0))


def _dppm_only_workbook() -> bytes:
    """A SCAR whose reject rate is given in DPPM (``2,400``) but whose QUANTITIES ARE NOT: neither the received nor
    the rejected count stands on it."""
    return _sheet_of("SCAR", (("SUPPLIER CORRECTIVE ACTION REQUEST", None), ("SCAR No.", "SCAR-26-0433"),
                              ("Issue date", "2026-03-19"), ("Customer", "Northgate Controls Inc."),
                              ("PO No.", "4700124410"), ("Part No.", "HX-CON-2230"), ("Lot No.", "L2612-02"),
                              ("Date Code", "2612"), ("DPPM", "2,400"),
                              ("Nonconformance description", "Plating peel-off on contact area."),
                              ("Disposition requested", "Replace")))  # fmt: skip


def _date_code_workbook() -> bytes:
    """A 客訴單 whose count cells are left empty while its DATE CODE ``2612`` (2026 week 12) stands under ``D/C`` beside
    them: the date code is neither the rejected count nor a date."""
    return _sheet_of("客訴單", (("客訴單", None), ("客訴單號", "QC-2603-0140"), ("客訴日期", "2026-03-20"),
                               ("客戶名稱", "台達電子工業股份有限公司"), ("訂單號碼", "PO-DT-2603802"),
                               ("料號", "MLCC-0805-226M"), ("批號", "TW26A0320"), ("D/C", "2612"), ("出貨數量", None),
                               ("不良數量", None), ("不良現象", "電容短路。"), ("客戶要求", "退貨")))  # fmt: skip


ODD = {
    "complaint-dppmonly.xlsx": (
        "a SCAR whose DPPM (2,400) is given but no received or rejected count: a clear error that the counts are "
        "missing, never a count computed from or taken for the DPPM",
        _dppm_only_workbook,
    ),
    "complaint-datecode.xlsx": (
        "a 客訴單 whose counts are empty beside a date code 2612 (2026 week 12): a clear error that the counts are "
        "missing, never 2612 taken for a count or a date",
        _date_code_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-fourth held-out layouts", ODD)
