"""Write the sixty-fifth held-out set (run: ``python tests/holdout65/make_holdout65.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS ABOUT SEMICONDUCTORS,
DISPLAYS, OPTICS AND PRECISION COMPONENTS, where one complaint is about lots, wafers and parts per million: a fab
customer's 客户退货分析申请 / RMA with lot and wafer traceability (``Lot No. / Wafer ID``, ``Date Code 2542``, ``DPPM 350``,
``Qty (Kpcs)``), an English Failure Analysis Request (``Failure Mode``, ``Fail Rate 3.5E-4``, electrical test / decap / X-ray /
SEM as boxes, attachments listed), a display maker's 面板不良反馈单 (``不良率 2.3‰``, ``亮点 / 暗点 / Mura`` as options), an optics
supplier's 光学元件质量异常单 (dimensions in µm, ``Ra 0.8``), a Taiwanese fab's 客訴單 (``晶圓批號``, ``不良數``, ``民國115年``), a
customer's SCAR with a ppm target (``Target ppm``, ``Actual ppm``); an OSAT's 8D in English with a containment table by lot
(``Lot | Where | Qty on hand | Qty screened | Qty rejected``), a failure-analysis 8D in zh-Hans (``失效模式``, ``FA 结论``,
``根本原因类别`` boxes, the FA photos' captions); a distributor's Return Authorisation (``Original PO``, ``Customer PN`` beside
``Mfr PN``, ``Authorised Qty``, ``USD/Kpcs``), a Taiwanese fab's 退貨單 of wafers (``晶圓批號`` column, ``片``); a credit memo for
scrapped lots (``Unit Price (USD/Kpcs)``, ``Credit Amount``). Sent as PDF only (fpdf2): a Taiwanese packaging house's 8D
報告 (``民國``, ``不良數``), a 退货单 of reels (``Reel ID``, ``Kpcs``), a 报废批次折让单 (``元/Kpcs``, 13 %), a 折讓單 for scrapped
panels (NT$). ``odd/`` holds an RMA whose DPPM is negative (``-350``) and a FA request whose date is ``2026-02-30``.

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

HERE, SOURCE = kit.generator(__file__, "sixty-fifth held-out imitation")
dt = kit.dt


def semi_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``semi-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"semi-{lid}", kind, lang


def per_piece(price_per_k: float) -> str:
    """A price typed per thousand pieces (``USD/Kpcs``, ``元/Kpcs``) as the record holds it beside a count in pieces: per
    piece (``420`` → ``0.42``, ``185`` → ``0.185``)."""
    return f"{price_per_k / 1000:.4f}".rstrip("0")


# =============================================================================== complaint
def complaint_zh_fenxi(s: kit.Sheet) -> None:
    """A fab customer's 客户退货分析申请 (RMA) in Chinese with English beside each label: 申请单号 RMA No., 申请日期, 客户名称,
    产品型号 Part No. with its revision, ``Lot No. / Wafer ID`` in one cell, ``Date Code`` (no field), ``出货数量 Qty (Kpcs)`` in
    thousands, ``不良数量 Fail Qty (pcs)``, ``DPPM``, 失效模式 / 不良描述, 应用 (no field), 客户要求 as boxes, 申请人, 销售经理."""
    s.text("A1", "客户退货分析申请 / Customer RMA & FA Request", "D1", size=14)
    kit.plain(s, "A2", "芯源微电子（上海）有限公司　质量部 CQE　　表单 QR-8.2-11 Rev.C", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("申请单号 RMA No.", "申请日期 Date", "客户名称 Customer", "产品型号 Part No.", "Lot No. / Wafer ID", "Date Code",
         "出货数量 Qty (Kpcs)", "不良数量 Fail Qty (pcs)", "DPPM", "应用 Application"),
        (kit.pick(s, "RMA-2611-0087", "RMA-2612-0012"), kit.pick(s, dt.date(2026, 11, 16), dt.date(2026, 12, 3)),
         "深圳华星智能终端有限公司", kit.pick(s, "XY6206-3.3B5G/TR Rev.B", "XY4056-ESOP8/TR Rev.A"),
         (kit.pick(s, "L2538A017 / W05, W11", "L2541B203 / W02"), kit.pick(s, "L2538A017", "L2541B203")),
         kit.pick(s, "2542", "2545"),
         (kit.pick(s, "300", "120"), kit.pick(s, 300000, 120000)), (kit.pick(s, "105", "46"), kit.pick(s, 105, 46)),
         (kit.pick(s, "350", "383"), kit.pick(s, 0.00035, 0.000383)), kit.pick(s, "TWS 耳机充电仓 LDO", "手环充电管理")),
        ("number", "received_date", "customer", "part_no", "lot_no", None, "ship_qty", "defect_qty", "defect_rate", None),
    ))  # fmt: skip
    r = kit.rows_down(s, 8, kit.field_rows(
        ("失效模式 Failure Mode", "不良描述 Description", "客户要求 Request"),
        (kit.pick(s, "输出电压为 0 V（Open）", "充电电流偏小"),
         kit.pick(s, "SMT 后整机 ICT 测试 3.3 V 无输出，不良集中在 Date Code 2542，拆下芯片复测 I/O 短路 12 pcs、开路 93 pcs。",
                  "整机充电电流 320 mA（规格 500 mA ± 10 %），换芯片后正常。"),
         ("☑ 失效分析 FA　☑ 8D 报告　☑ 退货退款　☐ 换货", ["return"])),
        (None, "description", "customer_request"),
    ))  # fmt: skip
    kit.plain(s, f"A{r}", "附件 Attachments：ICT 测试记录.xlsx；不良品照片 6 张；X-Ray 图 2 张", f"D{r}")
    kit.lv_pairs(s, r + 1, kit.field_rows(
        ("申请人 Requester", "销售经理 Sales Mgr."), (kit.pick(s, "周文斌", "郑雅琳"), "李国华"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_far(s: kit.Sheet) -> None:
    """A customer's Failure Analysis Request to the IC maker: FAR No., Date Submitted, Customer, Device / Part Number with its
    revision, Lot No. / Date Code / Wafer ID side by side, Qty Shipped, Qty Failed, Fail Rate in scientific notation as text
    (``3.5E-4``), Failure Mode, Failure Description, Stage of Failure (no field), the analyses asked for as boxes, attachments,
    Submitted by, Account Manager."""
    s.text("A1", "FAILURE ANALYSIS REQUEST (FAR)", "F1", size=14)
    kit.plain(s, "A2", "Return to: Quality Dept., Apex Mixed-Signal Inc. — fa.request@apexms.example — one form per failure mode",
              "F2")  # fmt: skip
    kit.lv_pairs(s, 3, kit.field_rows(
        ("FAR No.", "Date Submitted", "Customer", "Device / Part Number"),
        (kit.pick(s, "FAR-26-1142", "FAR-26-1207"), kit.pick(s, ("Nov 19, 2026", "2026-11-19"), ("Dec 4, 2026", "2026-12-04")),
         "Norvik Automotive Electronics AB", kit.pick(s, "AMS7138QDRQ1 (Rev. C)", "AMS3401QPWRQ1 (Rev. A)")),
        ("number", "received_date", "customer", "part_no"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    for col, head in zip(
        "ABCDEF", ("Lot No.", "Date Code", "Wafer ID", "Qty Shipped", "Qty Failed", "Fail Rate")
    ):
        s.text(f"{col}5", head, bold=True, shade=True)
    for col, raw, path, exp in zip("ABCDEF", (
        kit.pick(s, "T6K291.1", "T6M044.2"), kit.pick(s, "2538", "2544"), kit.pick(s, "#07, #12", "#03"),
        kit.pick(s, "40,000", "15,000"), kit.pick(s, "14", "6"), kit.pick(s, "3.5E-4", "4.0E-4"),
    ), ("lot_no", None, None, "ship_qty", "defect_qty", "defect_rate"), (
        None, None, None, kit.pick(s, 40000, 15000), kit.pick(s, 14, 6), kit.pick(s, 0.00035, 0.0004),
    )):  # fmt: skip
        s.value(f"{col}6", raw, path=path, label=s.ws[f"{col}5"].value, expect=exp)
    r = kit.rows_down(s, 7, kit.field_rows(
        ("Failure Mode", "Failure Description", "Stage of Failure", "Analysis Requested"),
        (kit.pick(s, "Functional fail - no output (EOS suspected)", "Parametric - quiescent current high"),
         kit.pick(s, "Units fail end-of-line functional test after reflow; VOUT stuck low. 14 of 40K in lot T6K291.1, "
                     "all from wafers #07 and #12. Curve trace shows VIN-GND short.",
                  "IQ 85 µA vs 40 µA max at 25 °C on 6 units from one reel."),
         "☐ Incoming  ☒ Board assembly  ☐ Field",
         "☒ Electrical test  ☒ Decap  ☒ X-ray  ☐ SEM / EDX  ☐ Cross-section"),
        (None, "description", None, None),
    ), span="F")  # fmt: skip
    kit.plain(s, f"A{r}", "Attachments: curve-trace plots (3), X-ray images (2), board test log", f"F{r}")
    kit.lv_pairs(s, r + 1, kit.field_rows(
        ("Submitted by", "Account Manager"), (kit.pick(s, "Erik Lindqvist", "Sara Holm"), "Daniel Wu"),
        ("reporter", "sales_supervisor"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_zh_mianban(s: kit.Sheet) -> None:
    """A display maker's 面板不良反馈单 from a module customer: 反馈编号, 反馈日期, 客户, 模组型号 / 品名, 屏批号 (the lot), 投入数量 /
    不良数量 in pcs, 不良率 ``2.3‰``, 不良类型 ``亮点 / 暗点 / Mura`` as options (no field), 不良描述, 客户要求, 临时对策, 反馈人, 业务."""
    s.text("A1", "面板不良反馈单", "D1", size=15)
    kit.plain(s, "A2", "致：京显光电科技有限公司 品质部　　（客户 IQC / 产线不良，24 小时内回复）", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈编号", "反馈日期", "客户", "模组型号", "品名", "屏批号", "投入数量", "不良数量", "不良率"),
        (kit.pick(s, "FB-MB-261117-03", "FB-MB-261202-01"), kit.pick(s, ("2026/11/17", "2026-11-17"), ("2026/12/2", "2026-12-02")),
         "合肥联创显示模组有限公司", kit.pick(s, "JX156FHM-N41", "JX133HCG-E31"), kit.pick(s, "15.6 寸 FHD IPS 面板", "13.3 寸 QHD 面板"),
         kit.pick(s, "A6K2611032", "A6K2611187"), (kit.pick(s, "12,000 pcs", "5,000 pcs"), kit.pick(s, 12000, 5000)),
         (kit.pick(s, "28 pcs", "9 pcs"), kit.pick(s, 28, 9)), (kit.pick(s, "2.3‰", "1.8‰"), kit.pick(s, 0.0023, 0.0018))),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty", "defect_rate"),
    ))  # fmt: skip
    kit.lv(s, "A8", "不良类型", "B8", kit.pick(s, "☑亮点　☐暗点　☑Mura　☐线缺　☐异物", "☐亮点　☐暗点　☑Mura　☐线缺　☐异物"), None,
           span="D8")  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("不良描述", "客户要求", "临时对策"),
        (kit.pick(s, "点灯检查 L127 灰阶下屏幕左下角横向 Mura 19 pcs，亮点（R 子像素常亮）9 pcs，集中在同一玻璃基板批次。",
                  "L64 灰阶边缘 Mura，可见角 30° 明显。"),
         ("退货，按不良数补货", ["return", "resupply"]),
         kit.pick(s, "在库 3,200 pcs 全检点灯；在途 2 箱拦截。", "库存 1,100 pcs 点灯全检。")),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("反馈人", "业务"), (kit.pick(s, "孙晓梅", "胡俊"), "陶建平"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zh_guangxue(s: kit.Sheet) -> None:
    """An optics supplier's 光学元件质量异常单 raised by the customer's IQC: 异常单号, 开单日期, 客户, 物料编码 / 物料名称, 批次号,
    来料数量 / 抽检数量 (no field) / 不良数量, a measurement table (项目 / 规格 / 实测, dimensions in µm, ``Ra 0.8``: no field),
    异常描述, 处理要求 as boxes, 检验员, IQC 主管."""
    s.text("A1", "光学元件质量异常单", "D1", size=15)
    kit.plain(s, "A2", "客户 IQC 开具　　供应商：舜光精密光学有限公司", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("异常单号", "开单日期", "客户", "物料编码", "物料名称", "批次号", "来料数量", "抽检数量", "不良数量"),
        (kit.pick(s, "IQC-OP-2611-058", "IQC-OP-2612-006"), kit.pick(s, dt.date(2026, 11, 20), dt.date(2026, 12, 8)),
         "苏州瑞镜激光设备有限公司", kit.pick(s, "OL-PCX-12.7-50", "OL-BCX-25.4-100"),
         kit.pick(s, "平凸透镜 φ12.7 mm f=50 mm", "双凸透镜 φ25.4 mm f=100 mm"), kit.pick(s, "SG261104-2", "SG261126-1"),
         (kit.pick(s, "500 片", "200 片"), kit.pick(s, 500, 200)), "80 片",
         (kit.pick(s, "11 片", "4 片"), kit.pick(s, 11, 4))),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no", "ship_qty", None, "defect_qty"),
    ))  # fmt: skip
    kit.head_row(s, 8, "ABCD", ("检验项目", "规格", "实测值", "判定"))
    meas = (("中心厚 CT", "3.00 ± 0.02 mm", kit.pick(s, "3.045 mm", "3.012 mm"), kit.pick(s, "NG", "OK")),
            ("外径", "φ12.70 +0/−0.03 mm", "12.688 mm", "OK"),
            ("面形 PV", "≤ λ/4 @632.8 nm", kit.pick(s, "0.42 λ", "0.31 λ"), "NG"),
            ("表面粗糙度 Ra", "≤ 0.8 µm", kit.pick(s, "1.2 µm", "0.6 µm"), kit.pick(s, "NG", "OK")),
            ("偏心", "≤ 3′", "2′", "OK"))  # fmt: skip
    for k, row in enumerate(meas, start=9):
        for col, v, h in zip("ABCD", row, ("检验项目", "规格", "实测值", "判定")):
            s.value(f"{col}{k}", v, path=None, label=h)
    r = kit.rows_down(s, 14, kit.field_rows(
        ("异常描述", "处理要求"),
        (kit.pick(s, "中心厚超上限 25~45 µm，面形 PV 超差，镀膜面可见麻点；抽检 80 片不良 11 片。", "面形 PV 超差 4 片，边缘崩边。"),
         ("☐特采　☐挑选使用　☑退货　☑补货", ["return", "resupply"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("检验员", "IQC 主管"), (kit.pick(s, "钱雨婷", "马超"), "邹志勇"), ("reporter", None),
    ))  # fmt: skip


def complaint_zht_kesu(s: kit.Sheet) -> None:
    """A Taiwanese wafer fab's 客訴單 in traditional script: 客訴編號, 客訴日期 ``民國115年11月18日``, 客戶名稱, 產品名稱 / 料號,
    晶圓批號 (the lot), 出貨數量 / 不良數 in 片, 不良描述, 客戶要求, 品保承辦, 業務主管."""
    s.text("A1", "客訴單", "D1", size=15)
    kit.plain(s, "A2", "晶達半導體股份有限公司　品質保證處　　文件編號 QA-F-0712", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客訴編號", "客訴日期", "客戶名稱", "產品名稱", "料號", "晶圓批號", "出貨數量", "不良數"),
        (kit.pick(s, "CC-115-1118", "CC-115-1203"),
         kit.pick(s, ("民國115年11月18日", "2026-11-18"), ("民國115年12月3日", "2026-12-03")),
         "宏捷科技股份有限公司", kit.pick(s, "8吋 0.18µm BCD 晶圓", "8吋 0.35µm 高壓晶圓"), kit.pick(s, "BCD18-PM2611", "HV35-GD0903"),
         kit.pick(s, "P8K115A2.01", "P8K115C7.02"), (kit.pick(s, "25 片", "50 片"), kit.pick(s, 25, 50)),
         (kit.pick(s, "3 片", "2 片"), kit.pick(s, 3, 2))),
        ("number", "received_date", "customer", "part_name", "part_no", "lot_no", "ship_qty", "defect_qty"),
    ))  # fmt: skip
    r = kit.rows_down(s, 7, kit.field_rows(
        ("不良描述", "客戶要求"),
        (kit.pick(s, "客戶 CP 測試良率 71.2%（目標 ≥ 92%），#03、#14、#22 三片晶圓邊緣 Vt 偏移，WAT 資料異常。",
                  "晶圓表面刮傷 2 片，CP 良率 85%。"),
         ("退貨並重新投片補貨", ["return", "resupply"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("品保承辦", "業務主管"), (kit.pick(s, "林佳蓉", "陳冠宇"), "黃志明"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_scar(s: kit.Sheet) -> None:
    """A customer's Supplier Corrective Action Request (SCAR) to a precision-component maker: SCAR No., Issue Date, Issued by
    (the customer), Supplier (no field), Part No. / Rev., Lot / Date Code in one cell, Qty Received, Qty Rejected, Actual ppm
    (the defect rate), Target ppm (no field), Nonconformance, Containment Required, Response Due (no field), SQE."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (SCAR)", "D1", size=14)
    kit.plain(
        s,
        "A2",
        "Issued by Kestrel Photonics Ltd. Supplier Quality — 8D response required within 10 working days",
        "D2",
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("SCAR No.", "Issue Date", "Customer", "Supplier", "Part No. / Rev.", "Description", "Lot / Date Code", "Qty Received",
         "Qty Rejected", "Actual ppm", "Target ppm", "Response Due"),
        (kit.pick(s, "SCAR-2026-0318", "SCAR-2026-0341"), kit.pick(s, ("23-Nov-2026", "2026-11-23"), ("09-Dec-2026", "2026-12-09")),
         "Kestrel Photonics Ltd.", "Meridian Precision Components Co., Ltd.", kit.pick(s, "KP-10422 Rev D", "KP-10587 Rev B"),
         kit.pick(s, "Ceramic ferrule Ø2.499 mm", "Fiber alignment sleeve"),
         kit.pick(s, "MPC2610-07 / DC 2543", "MPC2611-02 / DC 2546"),
         (kit.pick(s, "50K", "20K"), kit.pick(s, 50000, 20000)), (kit.pick(s, "120", "31"), kit.pick(s, 120, 31)),
         (kit.pick(s, "2,400", "1,550"), kit.pick(s, 0.0024, 0.00155)), "50", kit.pick(s, "03-Dec-2026", "19-Dec-2026")),
        ("number", "received_date", "customer", None, "part_no", "part_name", "lot_no", "ship_qty", "defect_qty", "defect_rate",
         None, None),
    ))  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("Nonconformance", "Containment Required"),
        (kit.pick(s, "Bore diameter 2.5012-2.5020 mm vs 2.4990 +0.0005/-0 mm; insertion loss > 0.3 dB on assembled connectors.",
                  "Concentricity 1.6 µm vs 1.0 µm max."),
         "Sort all stock at supplier and in transit; replace rejected quantity."),
        ("description", None),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("SQE", "Quality Manager"), (kit.pick(s, "Oliver Grant", "Hannah Reid"), "Martin Shaw"), ("reporter", "approver"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_osat(s: kit.Sheet) -> None:
    """An OSAT's 8D in English on wire-bond lifts, with a containment table by lot (Lot | Where | Qty on hand | Qty screened
    | Qty rejected), D1 … D8, Closed, Approved."""
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "E1", size=14)
    kit.plain(
        s, "A2", "Subject: Ball bond lift on QFN-32 after temperature cycling — assembly site ATP-2", "E2"
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("8D No.", "Date Opened", "Customer", "Customer Ref.", "Device", "Qty Affected"),
        (kit.pick(s, "8D-ATP-26-044", "8D-ATP-26-051"), kit.pick(s, ("2026-11-21", "2026-11-21"), ("2026-12-06", "2026-12-06")),
         "Apex Mixed-Signal Inc.", kit.pick(s, "FAR-26-1142", "FAR-26-1207"), kit.pick(s, "AMS7138QDRQ1", "AMS3401QPWRQ1"),
         (kit.pick(s, "14 pcs (350 DPPM)", "6 pcs"), kit.pick(s, 14, 6))),
        kit.EIGHTD_HEAD_PATHS,
    ), cols=("AB", "DE"))  # fmt: skip
    typed = "K. Tan (QA); R. Lim (Wire Bond); S. Chua (FA Lab)"
    kit.lv(s, "A6", "D1 Team", "B6", typed, None, span="E6")
    kit.members(s, "D1 Team", "B6", typed, ("K. Tan", "R. Lim", "S. Chua"))
    kit.lv(s, "A7", "D2 Problem Description", "B7", kit.pick(
        s, "14 units of 40K from lot T6K291.1 fail VOUT after TC 500 cycles at customer; ball lift on pad 7.",
        "6 units of 15K show IQ high; ball neck crack."), "problem.statement", span="E7")  # fmt: skip
    kit.lv(s, "A8", "D3 Containment", "B8", "All WIP and FG of the four lots bonded on WB-17 held and screened.",
           "containment[0].action", span="E8")  # fmt: skip
    heads = ("Lot", "Where", "Qty on hand", "Qty screened", "Qty rejected")
    kit.head_row(s, 9, "ABCDE", heads)
    stock = (("T6K291.1", "ATP-2 FG store", "in_house", "8,000", 8000, "3", 3),
             ("T6K291.2", "In transit (HKG hub)", "in_transit", "12,000", 12000, "5", 5),
             ("T6K288.4", "Customer SMT line", "at_customer", "20,000", 20000, "6", 6))  # fmt: skip
    for i, (lot, where, code, q, qn, bad, bn) in enumerate(stock):
        r = 10 + i
        s.value(f"A{r}", lot, path=None, label="Lot")
        s.value(f"B{r}", where, path=f"stock_sorting[{i}].location", label="Where", expect=code)
        s.value(f"C{r}", q, path=None, label="Qty on hand")
        s.value(f"D{r}", q, path=f"stock_sorting[{i}].qty_checked", label="Qty screened", expect=qn)
        s.value(f"E{r}", bad, path=f"stock_sorting[{i}].qty_defective", label="Qty rejected", expect=bn)
    kit.lv_rows(s, 13, [
        ("D4 Root Cause (Occurrence)", kit.pick(s, "Capillary on WB-17 past 1.2M bonds; worn tip gives low ball shear.",
                                                "Bond force drift on WB-09 after a software update."),
         "root_cause[type=occurrence].cause"),
        ("D4 Root Cause (Escape)", "Ball shear sampled once a shift; the capillary counter alarm was disabled.",
         "root_cause[type=escape].cause"),
        ("D5 Permanent Corrective Action", "Capillary life set to 1.0M bonds with machine interlock; alarm locked.",
         "corrective_actions[0].action"),
        ("D6 Verification", "Ball shear Cpk 1.82 on 5 lots; TC 1000 cycles 0/231 fail.", "implementation[0].result"),
        ("D7 Prevent Recurrence", "Interlock rolled out to all 46 bonders at ATP-1 and ATP-2.",
         "prevention.horizontal_deployment"),
    ], span="E")  # fmt: skip
    kit.lv_pairs(s, 18, kit.field_rows(
        ("D8 Closed", "Approved"), (kit.pick(s, ("2026-12-19", "2026-12-19"), ("2027-01-08", "2027-01-08")), "Vincent Goh"),
        ("closure.closed_date", "closure.approved_by"),
    ), cols=("AB", "DE"))  # fmt: skip


def eightd_zh_shixiao(s: kit.Sheet) -> None:
    """An IC maker's 8D 报告 built on its failure analysis: 报告编号, 开立日期, 客户, 客诉单号, 产品型号, 不良数量, D1 小组, D2
    问题描述（失效模式）, 分析手段 as boxes (no field), FA 结论 (the occurrence cause), 根本原因类别 as boxes (no field), the FA photos'
    captions (no field), D3 … D7, 结案日期, 批准."""
    s.text("A1", "8D 报告（失效分析）", "D1", size=15)
    kit.plain(s, "A2", "芯源微电子（上海）有限公司　FA 实验室 / 质量部", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("报告编号", "开立日期", "客户", "客诉单号", "产品型号", "不良数量"),
        (kit.pick(s, "8D-FA-2611-019", "8D-FA-2612-004"), kit.pick(s, dt.date(2026, 11, 18), dt.date(2026, 12, 5)),
         "深圳华星智能终端有限公司", kit.pick(s, "RMA-2611-0087", "RMA-2612-0012"), kit.pick(s, "XY6206-3.3B5G/TR", "XY4056-ESOP8/TR"),
         (kit.pick(s, "105 pcs", "46 pcs"), kit.pick(s, 105, 46))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A6",
        "D1 小组成员",
        "B6",
        kit.pick(s, ("何俊峰", "刘倩", "陈志远"), ("何俊峰", "唐敏")),
        sep="、",
        span="D6",
    )
    kit.lv(s, "A7", "D2 问题描述（失效模式）", "B7", kit.pick(
        s, "客户 SMT 后 ICT 3.3 V 无输出 105 pcs（DPPM 350），Date Code 2542，开路 93 pcs、短路 12 pcs。",
        "充电电流偏小 46 pcs。"), "problem.statement", span="D7")  # fmt: skip
    kit.lv(s, "A8", "分析手段", "B8", "☑电性测试　☑开封 Decap　☑X-Ray　☑SEM　☐FIB", None, span="D8")
    kit.lv(s, "A9", "D3 围堵措施", "B9", kit.pick(s, "在库 1,200 Kpcs 及在途 300 Kpcs 冻结，按 Date Code 2542 全数复测。",
                                                 "库存 80 Kpcs 冻结复测。"),
           "containment[0].action", span="D9")  # fmt: skip
    kit.lv(s, "A10", "D4 FA 结论", "B10", kit.pick(s, "Decap 后 SEM 见 VIN 焊线第二焊点颈部断裂，X-Ray 显示线弧过低，判定为键合参数漂移。",
                                                  "SEM 见 Die 表面 EOS 烧伤点，确认为客户端过压。"),
           "root_cause[type=occurrence].cause", span="D10")  # fmt: skip
    kit.lv(s, "A11", "根本原因类别", "B11", "☐设计　☑制程　☐材料　☐客户使用", None, span="D11")
    kit.plain(
        s, "A12", "图 1：开封后第二焊点颈部断裂（SEM 1,500×）　图 2：X-Ray 线弧侧视（失效品 vs 良品）", "D12"
    )
    kit.lv_rows(s, 13, [
        ("D4 流出原因", "FT 测试未覆盖 3.3 V 满载条件，开路间歇失效未被拦截。", "root_cause[type=escape].cause"),
        ("D5 纠正措施", "键合参数锁定并纳入 SPC；FT 增加满载测试项。", "corrective_actions[0].action"),
        ("D6 效果验证", "后续 6 批 1,800 Kpcs 出货客户端 0 DPPM。", "implementation[0].result"),
        ("D7 预防再发生", "同封装 SOT-23 全系列 FT 程序同步更新。", "prevention.horizontal_deployment"),
    ])  # fmt: skip
    kit.lv_pairs(s, 17, kit.field_rows(
        ("D8 结案日期", "批准"), (kit.pick(s, dt.date(2026, 12, 22), dt.date(2027, 1, 9)), "王建国"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_en_ra(s: kit.Sheet) -> None:
    """An electronic-component distributor's Return Authorization to the maker: RA No., RA Date, Returned by (the
    distributor), Original PO, Complaint Ref., lines Customer PN (no field) / Mfr PN / Description / Date Code (no field) /
    Authorised Qty / Qty Returned / Unit Price (USD/Kpcs) / Extended, then Reason, Disposition, Received by, Approved by."""
    s.text("A1", "RETURN AUTHORIZATION", "H1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RA No.", "RA Date", "Returned by", "Original PO", "Complaint Ref.", "Ship From"),
        (kit.pick(s, "RA-260-11873", "RA-260-12044"), kit.pick(s, ("11/25/2026", "2026-11-25"), ("12/11/2026", "2026-12-11")),
         "Arrowline Components Asia Ltd.", kit.pick(s, "PO 4500218873", "PO 4500220415"), kit.pick(s, "FAR-26-1142", "FAR-26-1207"),
         "Hong Kong DC"),
        ("number", "issue_date", "customer", None, "complaint_number", None),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("Customer PN", "Mfr PN", "Description", "Date Code", "Authorised Qty", "Qty Returned", "Unit Price (USD/Kpcs)",
             "Extended (USD)")  # fmt: skip
    kit.head_row(s, 5, "ABCDEFGH", heads)
    lines = kit.pick(s, (("NV-PMIC-0071", "AMS7138QDRQ1", "LDO 300 mA SOT-23-5", "2538", "40K", 40000, "38K", 38000, 185.0),
                         ("NV-PMIC-0094", "AMS7133QDRQ1", "LDO 150 mA SOT-23-5", "2540", "12K", 12000, "12K", 12000, 142.0)),
                     (("NV-PMIC-0102", "AMS3401QPWRQ1", "Buck 1 A TSSOP-14", "2544", "15K", 15000, "15K", 15000, 420.0),))  # fmt: skip
    for i, (cpn, mpn, name, dc, qa, qan, q, qn, p) in enumerate(lines):
        r = 6 + i
        amount = round(qn / 1000 * p, 2)
        cells = ((cpn, None, None, None), (mpn, "part_no", None, None), (name, "part_name", None, None), (dc, None, None, "@"),
                 (qa, "qty_approved", qan, None), (q, "qty_returned", qn, None), (p, "unit_price", per_piece(p), "#,##0.00"),
                 (amount, "amount", kit.money(amount), "#,##0.00"))  # fmt: skip
        for col, (val, path, exp, fmt), h in zip("ABCDEFGH", cells, heads):
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=h, expect=exp, fmt=fmt)
    r = 6 + len(lines)
    for k, (lab, raw, path, exp) in enumerate(kit.field_rows(
        ("Reason for Return", "Disposition"),
        (kit.pick(s, "Customer FA: VOUT open after reflow, lots T6K291.1 / T6K291.2 (FAR-26-1142)", "IQ high, FAR-26-1207"),
         ("Credit to account", ["credit"])),
        ("reason", "handling"),
    )):  # fmt: skip
        kit.lv(s, f"A{r + k}", lab, f"B{r + k}", raw, path, expect=exp, span=f"H{r + k}")
    kit.lv_pairs(s, r + 2, kit.field_rows(
        ("Received by", "Approved by"), ("Tommy Leung", kit.pick(s, "Grace Ho", "Grace Ho")), ("warehouse_receiver", "approved_by"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip


def return_zht_tuihuo(s: kit.Sheet) -> None:
    """A Taiwanese wafer fab's 退貨單 for wafers sent back: 退貨單號, 退貨日期 ``115.11.26``, 客戶, 客訴編號, lines 料號 / 品名 /
    晶圓批號 (no field) / 核准片數 / 實退片數 in 片 / 單價 / 金額 (NT$), then 退貨原因, 處理方式 報廢重投, 倉管簽收, 主管核准."""
    s.text("A1", "退貨單", "G1", size=15)
    kit.plain(s, "A2", "晶達半導體股份有限公司　新竹廠　（客戶退回晶圓）", "G2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴編號"),
        (kit.pick(s, "RT-115-1126-02", "RT-115-1210-01"), kit.pick(s, ("115.11.26", "2026-11-26"), ("115.12.10", "2026-12-10")),
         "宏捷科技股份有限公司", kit.pick(s, "CC-115-1118", "CC-115-1203")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    heads = ("料號", "品名", "核准片數", "實退片數", "單價", "金額")
    cols = "ABDEFG"
    kit.head_row(s, 5, "ABCDEFG", ("料號", "品名", "晶圓批號", "核准片數", "實退片數", "單價", "金額"))
    kit.return_lines(s, 6, kit.pick(s, (("BCD18-PM2611", "8吋 BCD 晶圓", 3, 3, 42000.0), ("BCD18-PM2611", "8吋 BCD 晶圓（陪片）", 2, 2, 42000.0)),
                                    (("HV35-GD0903", "8吋 高壓晶圓", 2, 2, 38500.0),)),
                     heads, count=lambda n: f"{n} 片", amount=lambda x: f"NT${x:,.0f}", cols=cols)  # fmt: skip
    n = kit.pick(s, 2, 1)
    for i, lot in enumerate(
        kit.pick(s, ("P8K115A2.01 #03 #14 #22", "P8K115A2.01 #07 #09"), ("P8K115C7.02 #05 #18",))
    ):
        s.value(f"C{6 + i}", lot, path=None, label="晶圓批號")
    kit.return_foot(s, 6 + n, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        (kit.pick(s, "CP 良率偏低，晶圓邊緣 Vt 偏移", "晶圓表面刮傷"), ("報廢，重新投片補貨", ["scrap", "replace"]), "吳淑芬", "黃志明"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


# =============================================================================== allowance
def allowance_en_credit(s: kit.Sheet) -> None:
    """An IC maker's Credit Memo for lots scrapped at the customer: Credit Memo No., Date, Bill To, Tax ID, Original Invoice,
    RMA / FAR Ref., lines Lot No. + description / Qty (Kpcs) / Unit Price (USD/Kpcs) / Credit Amount / Tax, Subtotal / Tax /
    Total Credit (USD), Authorized by."""
    s.text("A1", "CREDIT MEMO", "E1", size=14)
    kit.plain(
        s,
        "A2",
        "Apex Mixed-Signal Inc. — Accounts Receivable. Allowance for lots scrapped at customer site.",
        "E2",
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Credit Memo No.", "Date", "Bill To", "Tax ID", "Original Invoice", "RMA / FAR Ref."),
        (kit.pick(s, "CM-26-00418", "CM-26-00452"), kit.pick(s, ("Dec 2, 2026", "2026-12-02"), ("Dec 18, 2026", "2026-12-18")),
         "Norvik Automotive Electronics AB", "SE556712345601", kit.pick(s, "INV-26-087213", "INV-26-091044"),
         kit.pick(s, "FAR-26-1142", "FAR-26-1207")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Lot / Description", "Qty (Kpcs)", "Unit Price (USD/Kpcs)", "Credit Amount", "Tax")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("Lot T6K291.1 AMS7138QDRQ1 scrapped", 8, 185.0), ("Lot T6K288.4 AMS7138QDRQ1 scrapped", 20, 185.0)),
                     (("Lot T6M044.2 AMS3401QPWRQ1 scrapped", 15, 420.0),))  # fmt: skip
    net = 0.0
    for i, (name, q, p) in enumerate(
        lines
    ):  # the count in thousands (Kpcs) as typed: the record's qty in pieces
        a = round(q * p, 2)
        net += a
        for col, (val, path, exp, fmt) in zip("ABCDE", (
            (name, "name", None, None), (q, "qty", q * 1000, "#,##0"), (p, "unit_price", per_piece(p), "0.00"),
            (a, "allowance_amount", kit.money(a), "#,##0.00"), (0.0, "tax", "0.00", "#,##0.00"),
        )):  # fmt: skip
            s.value(
                f"{col}{7 + i}",
                val,
                path=f"items[{i}].{path}",
                label=heads["ABCDE".index(col)],
                expect=exp,
                fmt=fmt,
            )
    net, tax = round(net, 2), 0.0
    r = 7 + len(lines)
    for k, (lab, x, path) in enumerate((("Subtotal", net, "total_excl_tax"), ("Tax", tax, "total_tax"),
                                        ("Total Credit (USD)", round(net + tax, 2), "total"))):  # fmt: skip
        kit.lv(
            s, f"C{r + k}", lab, f"E{r + k}", x, path, expect=kit.money(x), lspan=f"D{r + k}", fmt="#,##0.00"
        )
    kit.lv(s, f"A{r + 3}", "Authorized by", f"B{r + 3}", "Laura Chen, Finance Manager", "approved_by_manager",
           expect="Laura Chen")  # fmt: skip


_COPY2 = {"complaint_zh_fenxi", "complaint_en_far", "complaint_zh_mianban", "complaint_zht_kesu", "complaint_en_scar",
          "eightd_zh_shixiao", "return_en_ra", "allowance_en_credit", "return_zh_tuihuo"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*semi_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_fenxi, "RMA", dict(A=22, B=30, C=22, D=30), "a fab customer's 客户退货分析申请 / RMA: Lot No. / Wafer ID in one cell, Date Code 2542, 出货数量 Qty (Kpcs), DPPM 350, 客户要求 as boxes, attachments"),
        (complaint_en_far, "FAR", dict(A=18, B=22, C=14, D=18, E=16, F=16), "an English Failure Analysis Request: Lot No. | Date Code | Wafer ID | Qty Shipped | Qty Failed | Fail Rate 3.5E-4 in one row, Failure Mode, analyses as boxes"),
        (complaint_zh_mianban, "反馈", dict(A=14, B=30, C=14, D=30), "a display maker's 面板不良反馈单: 屏批号, 投入数量, 不良率 2.3‰, 亮点 / 暗点 / Mura as options"),
        (complaint_zh_guangxue, "异常单", dict(A=16, B=28, C=16, D=28), "an optics supplier's 光学元件质量异常单 by the customer's IQC: φ12.7 mm, a measurement table in mm / µm / λ, Ra ≤ 0.8 µm, 抽检数量, 处理要求 as boxes"),
        (complaint_zht_kesu, "客訴", dict(A=14, B=30, C=14, D=30), "a Taiwanese wafer fab's 客訴單: 民國115年11月18日, 晶圓批號, 出貨數量 / 不良數 in 片, CP 良率"),
        (complaint_en_scar, "SCAR", dict(A=18, B=32, C=16, D=32), "a customer's SCAR to a precision-component maker: Supplier beside Customer, Lot / Date Code, 50K, Actual ppm 2,400, Target ppm 50, Response Due"),
        (eightd_en_osat, "8D", dict(A=26, B=22, C=14, D=20, E=18), "an OSAT's 8D in English: Qty Affected 14 pcs (350 DPPM), D3 table by lot (Lot | Where | Qty on hand | Qty screened | Qty rejected)"),
        (eightd_zh_shixiao, "8D", dict(A=20, B=34, C=16, D=30), "an IC maker's 8D on its failure analysis: D2 问题描述（失效模式）, 分析手段 boxes, D4 FA 结论, 根本原因类别 boxes, the FA photos' captions"),
        (return_en_ra, "RA", dict(A=14, B=16, C=20, D=10, E=14, F=12, G=14, H=14), "a distributor's Return Authorization: Original PO, Customer PN beside Mfr PN, Date Code, Authorised Qty 40K, Unit Price (USD/Kpcs)"),
        (return_zht_tuihuo, "退貨", dict(A=14, B=20, C=22, D=10, E=10, F=12, G=14), "a Taiwanese wafer fab's 退貨單: 115.11.26, 晶圓批號 column (#03 #14 #22), 核准片數 / 實退片數 in 片, NT$, 報廢重投"),
        (allowance_en_credit, "Credit", dict(A=34, B=14, C=20, D=16, E=12), "an IC maker's Credit Memo for scrapped lots: Lot in the line, Qty (Kpcs), Unit Price (USD/Kpcs), no tax"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def eightd_zht_fengce(f: kit.PdfDraw) -> None:
    """A Taiwanese packaging house's 8D 報告 (fpdf2): 報告編號, 發行日期 ``民國115年11月24日``, 客戶, 客訴編號, 品名料號, 不良數,
    D1 … D8 with Taiwanese words (暫時對策, 真因, 永久對策, 再發防止), 結案日期, 核准."""
    f = kit.CjkDraw.of(f)
    f.text(80, 16, "8D 報告", size=15)
    f.text(15, 23, "主旨：QFN 封裝分層（Delamination）— 客戶 SAT 檢出", size=8)
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("報告編號", "發行日期", "客戶", "客訴編號", "品名料號", "不良數"),
        ("8D-PKG-1151124", ("民國115年11月24日", "2026-11-24"), "宏捷科技股份有限公司", "CC-115-1118", "QFN48-HJ2611A",
         ("36 顆（900 DPPM）", 36)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=7)  # fmt: skip
    kit.pdf_team_line(f, 15, 45, 76, "D1 小組成員", ("鄭宇翔", "蔡雅婷", "郭明達"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 真因分析", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 再發防止"),
        ("客戶 SAT 檢出晶片與導線架界面分層 36 顆，批號 PK2611A03。",
         "同批在庫 12K 顆全數 SAT 篩選，隔離 41 顆。",
         "烘烤後等待時間超過 8 小時，導線架氧化。",
         "出貨 SAT 抽樣 5 顆，未涵蓋邊角位置。",
         "烘烤至塑封時間管制 ≤ 4 小時，系統卡控。",
         "連續 10 批 SAT 0 分層。",
         "同類 QFN / DFN 產線比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 45, 86.0, [(lab, raw, path, None) for lab, raw, path in steps], step=8)
    kit.pdf_lv_lines(f, 15, 45, y, kit.field_rows(
        ("D8 結案日期", "核准"), (("115/12/28", "2026-12-28"), "李振豪"), ("closure.closed_date", "closure.approved_by"),
    ), step=7)  # fmt: skip


def return_zh_tuihuo(f: kit.PdfDraw) -> None:
    """A module maker's 退货单 of IC reels back to the maker (fpdf2): 退货单号, 退货日期, 退货单位, 关联投诉单号, lines 物料编码 /
    物料名称 / Reel ID (no field) / 批准数量 / 实退数量 in Kpcs / 单价(元/Kpcs) / 金额, 退货原因, 处理方式, 仓库签收, 审批."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退货单", size=15)
    kit.pdf_lv_lines(f, 15, 45, 30, kit.field_rows(
        ("退货单号", "退货日期", "退货单位", "关联投诉单号"),
        (kit.pick(f, "TH-2611-0214", "TH-2612-0031"), kit.pick(f, ("2026.11.27", "2026-11-27"), ("2026.12.12", "2026-12-12")),
         "深圳华星智能终端有限公司", kit.pick(f, "RMA-2611-0087", "RMA-2612-0012")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "物料编码", "part_no"), (48, "物料名称", "part_name"), (88, "Reel ID", None), (115, "批准数量", "qty_approved"),
            (138, "实退数量", "qty_returned"), (160, "单价(元/Kpcs)", "unit_price"), (183, "金额", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 64, lab, size=8, bold=True)
    f.pdf.line(15, 66, 200, 66)
    lines = kit.pick(f, (("XY6206-3.3B5G", "LDO 3.3 V SOT-23-5", "R2542-0117", 30, 30, 96.0),
                         ("XY6206-3.3B5G", "LDO 3.3 V SOT-23-5", "R2542-0118", 6, 3, 96.0)),
                     (("XY4056-ESOP8", "充电管理 IC ESOP-8", "R2545-0032", 12, 12, 210.0),))  # fmt: skip
    for i, (code, name, reel, qa, q, p) in enumerate(lines):
        y = 73 + 7 * i
        a = q * p
        for (x, lab, path), raw, exp in zip(cols, (code, name, reel, f"{qa} Kpcs", f"{q} Kpcs", f"{p:.2f}", f"{a:,.2f}"),
                                            (None, None, None, qa * 1000, q * 1000, per_piece(p), kit.money(a))):  # fmt: skip
            f.value(x, y, raw, path=path and f"items[{i}].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 90, 200, 90)
    kit.pdf_lv_lines(f, 15, 45, 100, kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "审批"),
        (kit.pick(f, "ICT 3.3 V 无输出，Date Code 2542 批量不良", "充电电流偏小"), ("退货退款", ["refund"]), "邓丽", "李国华"),
        kit.RETURN_FOOT_PATHS,
    ), step=7)  # fmt: skip


def allowance_zh_baofei(f: kit.PdfDraw) -> None:
    """An IC maker's 报废批次折让单 to a module customer (fpdf2): 折让单号, 开具日期, 客户名称, 纳税人识别号, 原发票号码, 关联客诉单号,
    lines 项目 (批号 in the name) / 数量(Kpcs) / 单价(元/Kpcs) / 折让金额 / 税额 13 %, 合计 / 税额 / 价税合计, 审批."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "报废批次折让单", size=15)
    f.text(15, 23, "芯源微电子（上海）有限公司　销售部", size=8)
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("折让单号", "开具日期", "客户名称", "纳税人识别号", "原发票号码", "关联客诉单号"),
        ("ZR-2612-0007", ("2026-12-04", "2026-12-04"), "深圳华星智能终端有限公司", "91440300MA5FX2K81Q", "26442000000121830477",
         "RMA-2611-0087"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "项目", "name"), (95, "数量(Kpcs)", "qty"), (120, "单价(元/Kpcs)", "unit_price"),
            (150, "折让金额", "allowance_amount"), (178, "税额", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 84, lab, size=8, bold=True)
    f.pdf.line(15, 86, 200, 86)
    lines = (("报废批次 L2538A017 XY6206", 30, 96.0), ("报废批次 L2538A018 XY6206", 6, 96.0))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, str(q), f"{p:.2f}", f"{a:,.2f}", f"{t:,.2f}"),
                                            (None, q * 1000, per_piece(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, 93 + 7 * i, raw, path=f"items[{i}].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 108, 200, 108)
    kit.pdf_lv_lines(f, 15, 45, 116, kit.field_rows(
        ("合计", "税额", "价税合计", "审批"),
        ((f"{net:,.2f}", kit.money(net)), (f"{tax:,.2f}", kit.money(tax)), (f"¥{net + tax:,.2f}", kit.money(net + tax)), "李国华"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=7)  # fmt: skip


def allowance_zht_zherang(f: kit.PdfDraw) -> None:
    """A Taiwanese panel maker's 折讓單 for panels scrapped at the customer (fpdf2): 折讓單號, 日期 ``115/12/05``, 客戶, 統一編號,
    原發票號碼, 客訴單號, lines 品名 / 數量(片) / 單價 / 折讓金額 / 營業稅 5 %, 合計 / 營業稅 / 總計 in NT$, 核准."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "折讓單", size=15)
    f.text(15, 23, "京顯光電股份有限公司　營業部　（營業人銷貨退回、進貨退出或折讓證明）", size=8)
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("折讓單號", "日期", "客戶", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-115-1205", ("115/12/05", "2026-12-05"), "群達顯示科技股份有限公司", "53718246", "QK-83627154", "FB-MB-261117-03"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "品名", "name"), (95, "數量", "qty"), (120, "單價", "unit_price"), (150, "折讓金額", "allowance_amount"),
            (178, "營業稅", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 84, lab, bold=True)
    f.pdf.line(15, 86, 200, 86)
    lines = (("JX156FHM-N41 報廢面板（Mura）", 28, 1450.0), ("JX156FHM-N41 重工費補貼", 120, 85.0))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q} 片", f"{p:,.0f}", f"NT${a:,.0f}", f"{t:,.0f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, 93 + 7 * i, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, 108, 200, 108)
    kit.pdf_lv_lines(f, 15, 45, 116, kit.field_rows(
        ("合計", "營業稅", "總計", "核准"),
        ((f"NT${net:,.0f}", kit.money(net)), (f"NT${tax:,.0f}", kit.money(tax)), (f"NT${net + tax:,.0f}", kit.money(net + tax)),
         "陳建宏"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=7)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a Taiwanese packaging house's 8D 報告 on QFN delamination: 民國115年11月24日, 不良數 36 顆（900 DPPM）, D4 真因分析, D7 再發防止", eightd_zht_fengce),
        ("a module maker's 退货单 of IC reels: Reel ID column, 30 Kpcs, 单价(元/Kpcs), 退货退款", return_zh_tuihuo),
        ("an IC maker's 报废批次折让单: 批号 in the line, 数量(Kpcs), 单价(元/Kpcs), 13 %, ¥", allowance_zh_baofei),
        ("a Taiwanese panel maker's 折讓單 for scrapped panels: 115/12/05, 統一編號, 片, NT$, 營業稅 5 %", allowance_zht_zherang),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"semi-{_lay['id']}"


# =============================================================================== odd files
def _negative_dppm_workbook() -> bytes:
    """A 客户退货分析申请 whose DPPM is negative (``-350``)."""
    return kit.sheet_bytes("RMA", (("客户退货分析申请 / Customer RMA & FA Request", None), ("申请单号 RMA No.", "RMA-2611-0099"),
                                 ("申请日期 Date", "2026-11-21"), ("客户名称 Customer", "深圳华星智能终端有限公司"),
                                 ("产品型号 Part No.", "XY6206-3.3B5G/TR Rev.B"), ("Lot No. / Wafer ID", "L2538A017 / W05"),
                                 ("不良数量 Fail Qty (pcs)", "105"), ("DPPM", "-350"),
                                 ("不良描述 Description", "输出电压为 0 V。")),
                           dt.datetime(2026, 11, 21, 9, 0))  # fmt: skip


def _no_such_day_workbook() -> bytes:
    """A Failure Analysis Request dated ``2026-02-30``, a day that does not exist."""
    return kit.sheet_bytes("FAR", (("FAILURE ANALYSIS REQUEST (FAR)", None), ("FAR No.", "FAR-26-0230"),
                                 ("Date Submitted", "2026-02-30"), ("Customer", "Norvik Automotive Electronics AB"),
                                 ("Device / Part Number", "AMS7138QDRQ1 (Rev. C)"), ("Lot No.", "T6K291.1"),
                                 ("Qty Failed", "14"), ("Failure Description", "VOUT stuck low after reflow.")),
                           dt.datetime(2026, 3, 2, 9, 0))  # fmt: skip


ODD = {
    "complaint-negative-dppm.xlsx": (
        "a 客户退货分析申请 whose DPPM is -350: an error or a warning on the rate, never taken as it is silently",
        _negative_dppm_workbook,
    ),
    "complaint-no-such-day.xlsx": (
        "a Failure Analysis Request dated 2026-02-30, a day that does not exist: an error on the date, never a date "
        "guessed silently",
        _no_such_day_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-fifth held-out layouts", ODD)
