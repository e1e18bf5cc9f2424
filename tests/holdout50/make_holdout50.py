"""Write the fiftieth held-out set (run: ``python tests/holdout50/make_holdout50.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN HEAVY INDUSTRY,
AEROSPACE, RAIL AND SHIPBUILDING, where a customer's complaint arrives as a nonconformance report and is decided by a
review board. An AS9100 / AS9131-style NCR (``NCR No.``, ``P/N`` with a revision letter ``7720-114-03`` beside ``Rev C``,
``S/N SN2026-0031``, ``Qty nonconforming 3 EA``, a ``Requirement`` / ``Actual`` table, ``Detected at: Receiving
inspection``, an MRB disposition ``☐ Use as is ☐ Rework ☐ Repair ☑ Scrap ☐ RTV``); a rail customer's 不合格品审理单
(``审理结论 ☑返修 ☐报废 ☐让步使用``, ``责任单位``, ``质量损失``); a Taiwanese 不合格品處置單 (``☐特採 ☑重工 ☐報廢``); a SAP QM
quality notification exported to Excel (``Notification 200004512``, ``Notification type Q2``, ``Coding``, ``Defect
location``, ``12 EA``); an 8D written as a customer's CAR (``Containment due in 24 h``); a rail 8D in 件; an RTV note
(``RTV No.``, ``NCR No.``, the disposition as a code ``RWK``); a shipyard's 退货单 for valves in 台; a 让步接收 allowance
(让步申请单号, 偏离许可); a debit for the MRB's costs (``Inspection cost``, ``Rework labor`` in hours, ``Scrap value``).
Sent as PDF only: an NCR printed from an ERP with its disposition as a code (``UAI``, fpdf2), an MRB meeting record
(不合格品审理会议纪要, Chromium), a zh-Hant shipyard 8D (fpdf2), a zh-Hant RTV 退貨單 for aerospace fasteners in 支
(Chromium), a zh-Hant 特採 allowance (fpdf2). ``odd/`` holds an NCR whose nonconforming quantity is ``1 LOT`` and an MRB
disposition with two boxes ticked (``☑ Use as is ☑ Scrap``).

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

HERE, SOURCE = kit.generator(__file__, "fiftieth held-out imitation")
dt, D = kit.dt, kit.dt.date


# =============================================================================== complaint
def complaint_en_ncr(s: kit.Sheet) -> None:
    """An AS9131-style NONCONFORMANCE REPORT from an aerospace customer: ``P/N 7720-114-03`` with ``Rev C`` in its own
    cell (no field), ``S/N SN2026-0031`` (no field), quantities in EA (``40 EA`` / ``3 EA``), a Requirement / Actual
    table (no field), ``Detected at`` (no field), the MRB disposition as ticked boxes (the customer's request)."""
    s.text("A1", "NONCONFORMANCE REPORT (NCR) — SUPPLIER MATERIAL", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("NCR No.", "Date", "Customer", "PO No.", "P/N", "Rev", "Part name", "S/N", "Qty received", "Qty nonconforming",
         "Detected at", "Originator"),
        (kit.pick(s, "NCR-26-00418", "NCR-26-00533"), kit.pick(s, D(2026, 3, 10), D(2026, 5, 12)),
         kit.pick(s, "AeroStruct Composites Ltd.", "Skyline Aerospace GmbH"), kit.pick(s, "PO-7781204", "PO-7790311"),
         kit.pick(s, "7720-114-03", "7720-118-01"), kit.pick(s, "C", "B"),
         kit.pick(s, "Bracket, hinge fitting", "Clip, frame attach"), kit.pick(s, "SN2026-0031", "SN2026-0107"),
         (kit.pick(s, "40 EA", "25 EA"), kit.pick(s, 40, 25)), (kit.pick(s, "3 EA", "2 EA"), kit.pick(s, 3, 2)),
         "Receiving inspection", kit.pick(s, "J. Whitfield", "M. Krüger")),
        ("number", "received_date", "customer", "order_no", "part_no", None, "part_name", None, "ship_qty", "defect_qty",
         None, "reporter"),
    ))  # fmt: skip
    kit.head_row(s, 9, "ABCD", ("Characteristic", "Requirement", "Actual", "Drawing zone"))
    for r, line in enumerate(
        (
            ("Bore Ø12.000 H7", "12.000 / +0.018", "12.031", "C4"),
            ("Surface finish", "Ra 1.6", "Ra 3.2", "C5"),
        ),
        start=10,
    ):
        for col, v in zip("ABCD", line):
            s.value(f"{col}{r}", v, path=None, label="Characteristic")
    kit.rows_down(s, 12, kit.field_rows(
        ("Description of nonconformance", "MRB disposition requested"),
        (kit.pick(s, "Bore oversize on 3 of 40 parts (12.031 against 12.018 max); finish Ra 3.2 on the same parts.",
                  "Edge distance of two fastener holes below drawing minimum."),
         ("☐ Use as is ☐ Rework ☐ Repair ☑ Scrap ☐ RTV (return to vendor)", None)),
        ("description", None),
    ))  # fmt: skip
    kit.lv_pairs(s, 14, kit.field_rows(
        ("Quality engineer", "Supplier quality manager"), ("R. Patel", kit.pick(s, "L. Moreau", "L. Moreau")),
        (None, None),
    ))  # fmt: skip


def complaint_zh_rail(s: kit.Sheet) -> None:
    """A rail customer's 不合格品审理单: 产品图号 with its revision, 交付数量 / 不合格数量 in 件, 责任单位 (no field), the 审理结论
    as ticked boxes (☑返修: a repair, no complaint disposition, no field), 质量损失 the loss."""
    s.text("A1", "不合格品审理单", "D1", size=15)
    kit.plain(s, "A2", "QR-8.7-01　　编号按年度流水　　适用：外协外购件", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("审理单号", "发现日期", "顾客", "合同号", "产品图号", "产品名称", "批次号", "交付数量", "不合格数量", "发现环节"),
        (kit.pick(s, "SL-2026-0137", "SL-2026-0211"), kit.pick(s, D(2026, 3, 16), D(2026, 5, 19)),
         kit.pick(s, "中车青岛四方机车车辆股份有限公司", "中车株洲电力机车有限公司"), kit.pick(s, "HT-ZX-2601-045", "HT-ZX-2603-012"),
         kit.pick(s, "ZXJ-2208-05B", "ZXJ-2311-02A"), kit.pick(s, "转向架构架侧梁组焊件", "牵引拉杆座"),
         kit.pick(s, "B2602-11", "B2604-03"), (kit.pick(s, "12 件", "20 件"), kit.pick(s, 12, 20)),
         (kit.pick(s, "2 件", "3 件"), kit.pick(s, 2, 3)), "入厂复验"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         None),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("不合格描述",),
        (kit.pick(s, "侧梁下盖板对接焊缝 UT 检测发现 2 处超标缺陷（EN 15085 CP B），长度 8 mm、12 mm。",
                  "拉杆座安装孔位置度超差 0.35 mm（要求 ≤0.2）。"),),
        ("description",),
    ))  # fmt: skip
    kit.lv(
        s,
        "A9",
        "审理结论",
        "B9",
        kit.marks(["返修", "报废", "让步使用"], {"返修"}, "☑", "☐"),
        None,  # 返修 is a repair (GB/T 19000: 返工 rework, 返修 repair), no complaint disposition: no field
        span="D9",
    )
    kit.lv_pairs(s, 10, kit.field_rows(
        ("责任单位", "质量损失(元)", "检验员", "质量部长"),
        ("供方（焊接车间）", (kit.pick(s, "6,800.00", "4,250.00"), kit.pick(s, "6800.00", "4250.00")),
         kit.pick(s, "孙立伟", "高建平"), "韩志刚"),
        (None, "loss_amount", "reporter", None),
    ))  # fmt: skip


def complaint_zht_disposal(s: kit.Sheet) -> None:
    """A Taiwanese 不合格品處置單 of a shipbuilding customer: 處置方式 as ticked boxes (``☐特採 ☑重工 ☐報廢 ☐退回供應商``),
    數量 in 組, a 圖號 with its 版次 (no field)."""
    s.text("A1", "不合格品處置單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("處置單號", "開單日期", "客戶名稱", "訂單編號", "料號", "版次", "品名", "批號", "交貨數量", "不合格數量"),
        (kit.pick(s, "NC-TW-2603-021", "NC-TW-2605-008"), kit.pick(s, D(2026, 3, 18), D(2026, 5, 21)),
         "台灣國際造船股份有限公司", kit.pick(s, "PO-115-03317", "PO-115-05102"), kit.pick(s, "VL-DN150-316", "VL-DN200-316"),
         "Rev.D", kit.pick(s, "海水閘閥 DN150", "海水閘閥 DN200"), kit.pick(s, "H26-0227", "H26-0418"),
         (kit.pick(s, "16 組", "10 組"), kit.pick(s, 16, 10)), (kit.pick(s, "4 組", "2 組"), kit.pick(s, 4, 2))),
        ("number", "received_date", "customer", "order_no", "part_no", None, "part_name", "lot_no", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("不合格說明",),
        (kit.pick(s, "閥體水壓試驗 2.4 MPa 保壓 5 分鐘，閥座滲漏。", "閥桿填料處滲漏，手輪轉動卡滯。"),),
        ("description",),
    ))  # fmt: skip
    kit.lv(
        s,
        "A8",
        "處置方式",
        "B8",
        kit.marks(["特採", "重工", "報廢", "退回供應商"], {"重工"}, "☑", "☐"),
        "disposition",
        expect=["rework"],
        span="D8",
    )
    kit.lv_pairs(s, 9, kit.field_rows(
        ("開單人", "品保主管"), (kit.pick(s, "鄭宇翔", "吳佳蓉"), "廖文彬"), ("reporter", None),
    ))  # fmt: skip


def complaint_en_sapqn(s: kit.Sheet) -> None:
    """A SAP QM QUALITY NOTIFICATION exported to Excel: ``Notification 200004512``, ``Notification type Q2`` (no field),
    ``Coding`` and ``Defect location`` (no field), ``Complaint qty 12 EA`` / ``Reference qty 150 EA``."""
    s.text("A1", "Quality Notification — Display", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Notification", "Notification type", "Created on", "Customer", "Sales order", "Material", "Material description",
         "Batch", "Reference qty", "Complaint qty", "Coding", "Defect location"),
        (kit.pick(s, "200004512", "200004788"), "Q2", kit.pick(s, D(2026, 3, 23), D(2026, 5, 25)),
         kit.pick(s, "Nordsee Werft GmbH", "Baltic Marine Systems AB"), kit.pick(s, "0011052231", "0011053017"),
         kit.pick(s, "HX-4410-220", "HX-4410-260"), kit.pick(s, "Plate heat exchanger gasket", "Tube bundle, CuNi 90/10"),
         kit.pick(s, "0000731145", "0000731890"), (kit.pick(s, "150 EA", "60 EA"), kit.pick(s, 150, 60)),
         (kit.pick(s, "12 EA", "4 EA"), kit.pick(s, 12, 4)), "QM-LEAK / Leakage", "Sealing face"),
        ("number", None, "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", None, None),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("Description", "Immediate action", "Reported by"),
        (kit.pick(s, "Gaskets leak at 10 bar hydro test; EPDM compound hardness 62 Shore A, spec 70±5.",
                  "Tube-to-tubesheet joints weep at 6 bar."),
         "Stock at customer quarantined; replacement batch expedited.", kit.pick(s, "K. Hansen", "E. Lund")),
        ("description", "short_term_action", "reporter"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_car(s: kit.Sheet) -> None:
    """A customer's CORRECTIVE ACTION REQUEST answered as an 8D: ``CAR No.``, ``NCR ref.``, ``P/N 7720-114-03 Rev C``
    in one cell (the revision with it), ``Qty affected 3 EA``, a ``Containment due in 24 h`` line (no field)."""
    s.text("A1", "CORRECTIVE ACTION REQUEST (CAR) — 8D RESPONSE", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("CAR No.", "Date issued", "Customer", "NCR ref.", "P/N", "Qty affected"),
        (kit.pick(s, "CAR-26-0092", "CAR-26-0131"), kit.pick(s, D(2026, 3, 12), D(2026, 5, 14)),
         kit.pick(s, "AeroStruct Composites Ltd.", "Skyline Aerospace GmbH"), kit.pick(s, "NCR-26-00418", "NCR-26-00533"),
         (kit.pick(s, "7720-114-03 Rev C", "7720-118-01 Rev B"), kit.pick(s, "7720-114-03 Rev C", "7720-118-01 Rev B")),
         (kit.pick(s, "3 EA", "2 EA"), kit.pick(s, 3, 2))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.plain(s, "A5", "Containment due in 24 h · Root cause due in 10 days · Response due in 30 days", "D5")
    kit.team_cell(s, "A6", "D1 Team", "B6", kit.pick(s, ("T. Brennan", "S. Okafor", "H. Lin"), ("T. Brennan", "H. Lin")),
                  span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 Problem description", "D3 Containment actions", "D4 Root cause — occurrence", "D4 Root cause — escape",
         "D5 Permanent corrective actions", "D6 Verification of effectiveness", "D7 Prevent recurrence"),
        ("Bore Ø12 H7 oversize on 3 EA; finish Ra 3.2.", "Stock and WIP 100 % inspected with bore gauge; 0 further "
         "rejects.", "Reamer worn beyond tool-life limit.", "CMM sampling 1 in 20 missed the drift.",
         "Tool-life counter on the reamer; first-off and last-off check.", "Three lots in a row within tolerance.",
         "Tool-life limits set on all finishing reamers; PFMEA updated."),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 Closure date", "Approved (customer SQE)"), (kit.pick(s, D(2026, 4, 20), D(2026, 6, 22)), "L. Moreau"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_rail(s: kit.Sheet) -> None:
    """An 8D 报告 for a rail customer's weld defect: 投诉数量 ``2 件``, 顾客 a 中车 company, the 审理单号 as the complaint
    number, a standard line (``EN 15085-2 CL1``, no field)."""
    s.text("A1", "8D 报告（转向架焊缝缺陷）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "立项日期", "顾客名称", "审理单号", "产品图号", "投诉数量"),
        (kit.pick(s, "8D-ZX-2603-02", "8D-ZX-2605-05"), kit.pick(s, D(2026, 3, 18), D(2026, 5, 21)),
         kit.pick(s, "中车青岛四方机车车辆股份有限公司", "中车株洲电力机车有限公司"), kit.pick(s, "SL-2026-0137", "SL-2026-0211"),
         kit.pick(s, "ZXJ-2208-05B", "ZXJ-2311-02A"), (kit.pick(s, "2 件", "3 件"), kit.pick(s, 2, 3))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.plain(s, "A5", "焊接体系：EN 15085-2 CL1　焊缝质量等级 CP B", "D5")
    kit.team_cell(s, "A6", "D1 成立小组", "B6", kit.pick(s, ("刘海波", "陈静", "马骏"), ("刘海波", "马骏")), sep="、",
                  span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时遏制措施", "D4 根本原因（产生）", "D4 根本原因（流出）", "D5 永久纠正措施", "D6 实施与验证",
         "D7 预防再发生"),
        kit.pick(s, ("侧梁下盖板对接焊缝 UT 超标缺陷 2 处。", "在制及库存 46 件 100% UT 复检，返修 2 件。", "坡口钝边过大，打底焊未焊透。",
                     "UT 抽检比例 20%，未覆盖该焊缝。", "坡口加工工装改进，钝边 ≤1 mm。", "连续 3 批 UT 100% 合格。",
                     "同类对接焊缝 UT 改为 100%。"),
                 ("拉杆座安装孔位置度超差 3 件。", "库存 58 件三坐标全检，隔离 3 件。", "钻模定位销磨损。",
                  "首件检验未测位置度。", "钻模定位销改为淬硬并定期更换。", "连续 4 批位置度合格。",
                  "所有钻模纳入周期校验。")),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 关闭日期", "批准"), (kit.pick(s, D(2026, 4, 28), D(2026, 6, 30)), "马骏"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_en_rtv(s: kit.Sheet) -> None:
    """An RTV (RETURN TO VENDOR) note of an aerospace customer: ``RTV No.``, ``NCR No.`` the complaint, P/N with the
    revision letter in its own column (no field), counts in EA, the disposition as a code (``RWK``: rework)."""
    s.text("A1", "RETURN TO VENDOR (RTV)", "H1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RTV No.", "RTV date", "Customer", "NCR No."),
        (kit.pick(s, "RTV-26-0217", "RTV-26-0288"), kit.pick(s, D(2026, 3, 14), D(2026, 5, 16)),
         kit.pick(s, "AeroStruct Composites Ltd.", "Skyline Aerospace GmbH"), kit.pick(s, "NCR-26-00418", "NCR-26-00533")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = (
        "P/N",
        "Description",
        "Rev",
        "Qty authorised",
        "Qty returned",
        "Unit price (USD)",
        "Extended (USD)",
    )
    kit.head_row(s, 4, "ABCDEFG", heads)
    lines = kit.pick(s, (("7720-114-03", "Bracket, hinge fitting", "C", 3, 3, 412.5),
                         ("7720-114-05", "Bracket, hinge fitting LH", "A", 2, 1, 398.0)),
                     (("7720-118-01", "Clip, frame attach", "B", 2, 2, 86.4),))  # fmt: skip
    for i, (code, name, rev, qa, q, p) in enumerate(lines):
        r, a = 5 + i, round(q * p, 2)
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", rev, path=None, label=heads[2])
        s.value(f"D{r}", f"{qa} EA", path=f"items[{i}].qty_approved", label=heads[3], expect=qa)
        s.value(f"E{r}", f"{q} EA", path=f"items[{i}].qty_returned", label=heads[4], expect=q)
        s.value(
            f"F{r}", p, path=f"items[{i}].unit_price", label=heads[5], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(f"G{r}", a, path=f"items[{i}].amount", label=heads[6], expect=kit.money(a), fmt="#,##0.00")
    foot = kit.field_rows(
        ("Reason for return", "Disposition", "Shipped by (stores)", "Authorized by"),
        (kit.pick(s, "Bore oversize, MRB disposition RTV for rework (NCR-26-00418).", "Hole edge distance below minimum."),
         ("RWK", ["rework"]), "D. Evans", kit.pick(s, "J. Whitfield", "M. Krüger")),
        ("reason", "handling", None, "approved_by"),  # the customer's stores ship it: not our receiver
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "G")


def return_zh_shipyard(s: kit.Sheet) -> None:
    """A shipyard's 退货单 for valves in 台: 船号 / 工程号 (``H1521``, no field) above the lines, 审理单号 the complaint, a
    price per 台, 处理方式 ``返修后重新交付`` (返修: a repair)."""
    s.text("A1", "退货单（船用阀门）", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "审理单号"),
        (kit.pick(s, "TH-CB-2603-014", "TH-CB-2605-009"), kit.pick(s, D(2026, 3, 21), D(2026, 5, 23)),
         kit.pick(s, "江南造船（集团）有限责任公司", "沪东中华造船（集团）有限公司"), kit.pick(s, "SL-CB-2603-022", "SL-CB-2605-031")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    kit.plain(
        s, "A4", kit.pick(s, "船号：H1521　分段：B204　CCS 船级", "船号：H1608　分段：E311　DNV 船级"), "G4"
    )
    heads = ("物料编码", "名称规格", "核准退货(台)", "实退数量(台)", "单价(元/台)", "金额(元)")
    kit.head_row(s, 5, "ABCDEF", heads)
    lines = kit.pick(s, (("FM-DN100-CS", "铸钢截止阀 DN100 PN16", 6, 6, 3850.0), ("FM-DN80-CS", "铸钢截止阀 DN80 PN16", 4, 3, 2960.0)),
                     (("FM-DN150-BR", "青铜闸阀 DN150 PN10", 5, 5, 7420.0),))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        r, a = 6 + i, round(q * p, 2)
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label=heads[2])
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label=heads[3])
        s.value(
            f"E{r}", p, path=f"items[{i}].unit_price", label=heads[4], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(f"F{r}", a, path=f"items[{i}].amount", label=heads[5], expect=kit.money(a), fmt="#,##0.00")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "阀门强度试验壳体渗漏，审理结论退回返修。", "阀杆卡滞，船检不通过。"), ("返修后重新交付", ["repair"]),
         "朱建华", "钱国平"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6 + len(lines), foot, "F")


# =============================================================================== allowance
def allowance_zh_concession(s: kit.Sheet) -> None:
    """A 让步接收 allowance (``让步申请单号`` the complaint, ``偏离许可`` in the title line): the customer accepts a deviating
    lot at a reduced price; 数量 in 件, a price per 件, 13 % tax, ``顾客批准`` the approver."""
    s.text("A1", "让步接收折让证明单（偏离许可）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "让步申请单号"),
        (kit.pick(s, "ZR-ZG-2603-006", "ZR-ZG-2605-011"), kit.pick(s, D(2026, 3, 27), D(2026, 5, 29)),
         kit.pick(s, "中车青岛四方机车车辆股份有限公司", "中车株洲电力机车有限公司"),
         kit.pick(s, "913702001635839961", "91430200184286433K"), kit.pick(s, "37022600000018226401", "43022600000029471135"),
         kit.pick(s, "RB-2026-0041", "RB-2026-0077")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    s.text("A5", kit.pick(s, "依据：让步申请 RB-2026-0041 经顾客 MRB 批准，表面粗糙度 Ra 3.2 偏离接收，每件让价 85 元",
                           "依据：让步申请 RB-2026-0077，孔位偏差 0.25 mm 让步使用，每件让价 60 元"), "E5")  # fmt: skip
    heads = ("货物名称", "数量(件)", "单价(元/件)", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("牵引拉杆座 ZXJ-2311-02A 让步接收", 40, 85.0), ("轴箱吊座 ZXJ-2311-04 让步接收", 12, 85.0)),
                     (("制动吊座 ZXJ-2402-07 让步使用", 30, 60.0),))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((10, "金额合计", net, "total_excl_tax"), (11, "税额合计", tax, "total_tax"),
                            (12, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "财务负责人", "B13", "宋佳音", "approved_by_manager", span="C13")
    kit.plain(s, "A14", "顾客批准：MRB 会签（质量、设计、驻厂代表）", "E14")


def allowance_en_mrbdebit(s: kit.Sheet) -> None:
    """A CREDIT MEMO accepting the customer's DEBIT for the MRB's costs: ``Inspection cost`` and ``Rework labor`` in HOURS
    at an hourly rate, ``Scrap value`` for 3 EA, no tax (export), the NCR as the reference."""
    s.text("A1", "CREDIT MEMO — MRB CHARGE-BACK (DEBIT NOTE DN-26-0075 ACCEPTED)", "E1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit Memo No.", "Date", "Customer", "Customer VAT ID", "Original invoice", "NCR No."),
        ("CM-26-0031", D(2026, 4, 6), "AeroStruct Composites Ltd.", "GB 284 1177 39", "INV-26-01187", "NCR-26-00418"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Cost element", "Qty", "Rate (USD)", "Amount (USD)", "VAT (USD)")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("Inspection cost (hours, 100 % re-inspection)", 6, 85.0),
                                       ("Rework labor (hours)", 4, 95.0),
                                       ("Scrap value, P/N 7720-114-03 Rev C, 3 EA", 3, 412.5)), heads, 0.0)  # fmt: skip
    for r, lab, x, path in ((11, "Net credit (USD)", net, "total_excl_tax"), (12, "VAT 0 % (USD)", tax, "total_tax"),
                            (13, "Total credit (USD)", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A14", "Approved by (Finance)", "B14", "C. Donnelly", "approved_by_manager", span="C14")


_COPY2 = {"complaint_en_ncr", "complaint_zh_rail", "eightd_zh_rail", "return_en_rtv", "allowance_zh_concession",
          "complaint_zh_mrbmeeting"}  # fmt: skip
"""The drawings with a second copy in copy2/ (five workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_ncr, "NCR", dict(A=26, B=30, C=22, D=30), "an AS9131-style NCR: P/N 7720-114-03 beside Rev C, S/N SN2026-0031, 40 EA / 3 EA, Requirement / Actual table, Detected at, MRB disposition boxes"),
        (complaint_zh_rail, "审理单", dict(A=16, B=30, C=16, D=30), "a rail customer's 不合格品审理单: 产品图号, 12 件 / 2 件, 审理结论 ☑返修 ☐报废 ☐让步使用, 责任单位, 质量损失(元)"),
        (complaint_zht_disposal, "處置單", dict(A=16, B=30, C=16, D=30), "a Taiwanese 不合格品處置單 of a shipyard: 版次 Rev.D, 16 組 / 4 組, 處置方式 ☐特採 ☑重工 ☐報廢 ☐退回供應商"),
        (complaint_en_sapqn, "QN", dict(A=22, B=30, C=22, D=30), "a SAP QM quality notification exported to Excel: Notification 200004512, Notification type Q2, Coding, Defect location, 12 EA"),
        (eightd_en_car, "CAR", dict(A=30, B=32, C=18, D=30), "a customer's CAR answered as an 8D: CAR No., NCR ref., P/N 7720-114-03 Rev C, 3 EA, Containment due in 24 h"),
        (eightd_zh_rail, "8D", dict(A=20, B=32, C=18, D=30), "an 8D 报告 for a rail weld defect: 审理单号, 投诉数量 2 件, EN 15085-2 CL1 line"),
        (return_en_rtv, "RTV", dict(A=14, B=26, C=6, D=14, E=13, F=15, G=15), "an RTV note: RTV No., NCR No., Rev column, 3 EA, Disposition RWK"),
        (return_zh_shipyard, "退货单", dict(A=14, B=24, C=13, D=13, E=13, F=14), "a shipyard's 退货单 for valves in 台: 船号 line, 审理单号, 单价(元/台), 返修后重新交付"),
        (allowance_zh_concession, "折让单", dict(A=34, B=14, C=14, D=16, E=16), "a 让步接收 allowance: 让步申请单号, 偏离许可, 数量(件), 顾客批准 line"),
        (allowance_en_mrbdebit, "Credit", dict(A=46, B=12, C=14, D=16, E=14), "a credit memo accepting an MRB charge-back: Inspection cost / Rework labor in hours, Scrap value, VAT 0 %"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e8ecf0", ".sig{margin-top:10px;font-size:9pt}")


def complaint_en_erpncr(f: kit.PdfDraw) -> None:
    """An NCR PRINTED FROM AN ERP (fpdf2): ``Label: value`` lines, the MRB disposition as a CODE (``UAI``: use as is, a
    concession), the part number with its revision in one value, ``Qty nonconforming 5 EA``."""
    f.text(60, 16, "NONCONFORMING MATERIAL REPORT", size=13)
    f.text(15, 23, "Printed from ERP · QM module · Page 1 of 1", size=8)
    kit.pdf_lv_lines(f, 15, 62, 32, kit.field_rows(
        ("NCR number", "Date raised", "Customer", "Customer PO", "Part number", "Description", "Lot / heat",
         "Qty delivered", "Qty nonconforming", "Defect", "Disposition code", "Raised by"),
        ("NCR-0026-1174", ("2026-03-25", "2026-03-25"), "Caledonian Heavy Lift plc", "CHL-PO-55120",
         "RX-3307-12 Rev E", "Slewing ring bolt M30x220, 10.9", "H-77412", ("200 EA", 200), ("5 EA", 5),
         "Hardness 41 HRC against 32-39 HRC; 5 bolts of sample 20.", ("UAI", ["concession"]), "G. MacLeod"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "description", "disposition", "reporter"),
    ), step=8, colon=":")  # fmt: skip
    f.text(
        15,
        136,
        "Disposition codes: UAI use as is · RWK rework · RPR repair · SCR scrap · RTV return to vendor",
        size=8,
    )


def complaint_zh_mrbmeeting(f: kit.HtmlForm) -> str:
    """An MRB MEETING RECORD (不合格品审理会议纪要, Chromium): 会议编号, 参会人员 (MRB members, no field), the NCR's facts as
    label rows, 审理结论 ``报废`` (no complaint disposition: scrap is the MRB's word; not listed), 质量损失 the loss."""
    f.raw(
        "<h2>不合格品审理会议纪要（MRB）</h2><p class='note'>主持：质量部　记录：质量工程师　地点：三楼会议室</p><table>"
    )
    kit.kv_rows(f, kit.field_rows(
        ("会议编号", "会议日期", "顾客", "合同号", "产品图号", "产品名称", "批次号", "交付数量", "不合格数量", "不合格描述",
         "顾客要求", "质量损失(元)", "记录人"),
        (kit.pick(f, "MRB-2026-018", "MRB-2026-029"), kit.pick(f, ("2026年3月26日", "2026-03-26"), ("2026年5月27日", "2026-05-27")),
         kit.pick(f, "中国船舶集团广州船舶工业有限公司", "大连船舶重工集团有限公司"), kit.pick(f, "HT-GC-2512-117", "HT-DC-2603-052"),
         kit.pick(f, "CB-7712-03", "CB-8103-11"), kit.pick(f, "舵杆锻件", "中间轴法兰"), kit.pick(f, "F26-0309", "F26-0514"),
         kit.pick(f, ("4 件", 4), ("6 件", 6)), kit.pick(f, ("1 件", 1), ("2 件", 2)),
         kit.pick(f, "舵杆锻件 UT 发现内部夹杂，当量 Φ3 mm，超出 CCS 规范。", "法兰端面硬度不均，低于图纸要求。"),
         ("换货", ["replacement"]), kit.pick(f, ("128,000.00", "128000.00"), ("46,500.00", "46500.00")),
         kit.pick(f, "潘嘉伟", "邵明")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "description", "customer_request", "loss_amount", "reporter"),
    ))  # fmt: skip
    f.raw(
        "</table><p class='sig'>参会人员（MRB 成员）：质量部 王立 · 技术部 周斌 · 生产部 吴刚 · 顾客驻厂代表 陈志远 · 船级社验船师 李涛</p>"
        "<p class='sig'>审理结论：☐ 让步接收 ☐ 返修 ☑ 报废　责任单位：锻造车间</p>"
    )
    return f.page("MRB 会议纪要", _CSS)


def eightd_zht_ship(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D 報告 for a shipyard (fpdf2): 客訴數量 in 組 (``2 組``), the CAR number as the 客訴編號, a 船級 line
    (no field), D1 … D8 as label lines."""
    f = kit.CjkDraw.of(f)
    f.text(62, 16, "8D 報告（矯正措施要求 CAR）", size=14)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("報告編號", "開立日期", "客戶名稱", "CAR 編號", "料號", "客訴數量"),
        ("8D-TW-2604-01", ("2026/04/01", "2026-04-01"), "台灣國際造船股份有限公司", "CAR-CSBC-26-014", "VL-DN150-316",
         ("2 組", 2)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    f.text(15, 80, "船級：CR / ABS　　圍堵期限：24 小時內　　回覆期限：30 天", size=8)
    kit.pdf_team_line(f, 15, 48, 88, "D1 團隊成員", ("鄭宇翔", "黃俊豪", "廖文彬"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("閥座水壓試驗滲漏 2 組。", "庫存 14 組全數重測水壓。", "閥座研磨面粗糙度不足。", "出廠水壓試驗保壓時間僅 1 分鐘。",
         "研磨工序增加粗糙度量測。", "連續 5 批水壓試驗合格。", "同系列閥門比照修訂檢驗規範。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 48, 98.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/05/08", "2026-05-08"), "廖文彬"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_zht_fastener(f: kit.HtmlForm) -> str:
    """A zh-Hant RTV 退貨單 for AEROSPACE FASTENERS printed from an ERP (Chromium): ``退回供應商 (RTV)`` in the title,
    counts in 支 (``500 支``), a 版次 column (no field), ``報廢`` the disposition (scrap)."""
    f.raw("<h2>退貨單（退回供應商 RTV）</h2>")
    kit.kv(f, kit.field_rows(
        ("RTV 單號", "退貨日期", "客戶", "NCR 編號"),
        ("RTV-TW-2604-007", ("2026/4/9", "2026-04-09"), "漢翔航空工業股份有限公司", "NCR-AIDC-26-0233"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("料號", "品名", "版次", "核准數量", "實退數量", "單價(元/支)", "金額")
    kit.th_row(f, heads)
    for i, (code, name, rev, qa, q, p) in enumerate((("NAS1351-4-12", "沉頭螺釘", "C", "500 支", "500 支", 18.6),
                                                      ("MS21042-4", "自鎖螺帽", "F", "800 支", "760 支", 9.4))):  # fmt: skip
        qn, qan = int(q.split()[0]), int(qa.split()[0])
        a = round(qn * p, 2)
        typed = ((qa, qan), (q, qn), (f"{p:.2f}", kit.money(p)), (f"{a:,.2f}", kit.money(a)))
        cells = kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS)
        kit.td_row(f, [*cells[:2], (rev, None, None), *cells[2:]], heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處置方式", "倉管簽收", "核准"),
        ("鍍層厚度不足，鹽霧試驗 96 h 出現紅鏽。", ("報廢", ["scrap"]), "許家豪", "彭志明"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


def allowance_zht_concession(f: kit.PdfDraw) -> None:
    """A zh-Hant 銷貨折讓證明單 for a 特採 (concession) lot (fpdf2): 數量 ``24 組``, a price per 組, 民國 date, the 特採單號
    as the complaint number, no tax on the lines."""
    f = kit.CjkDraw.of(f)
    f.text(56, 16, "銷貨退回或折讓證明單（特採折讓）", size=13)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("證明單號", "日期", "買受人名稱", "買受人統一編號", "發票號碼", "特採單號"),
        ("ZR-TW-2604-003", ("115/04/15", "2026-04-15"), "台灣國際造船股份有限公司", "86517207", "RV-51822074",
         "TC-CSBC-26-009"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單價", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("海水閘閥 DN150 特採折讓", 24, 1250.0), ("閥桿組 DN150 特採折讓", 6, 480.0)),
                                  qty=lambda q: f"{q} 組")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("銷售額合計", "營業稅額", "總計金額", "經理"),
        ((f"{net:,.0f}", kit.money(net)), ("0", "0.00"), (f"{net:,.0f}", kit.money(net)), "廖文彬"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("an NCR printed from an ERP: Part number RX-3307-12 Rev E, 200 EA / 5 EA, Disposition code UAI", complaint_en_erpncr),
        ("an MRB meeting record (不合格品审理会议纪要): 会议编号, MRB members, 审理结论 ☑ 报废, 质量损失", complaint_zh_mrbmeeting),
        ("a zh-Hant 8D answering a shipyard's CAR: CAR 編號, 客訴數量 2 組, a 船級 line", eightd_zht_ship),
        ("a zh-Hant RTV 退貨單 for aerospace fasteners: 500 支, 版次 column, 處置方式 報廢", return_zht_fastener),
        ("a zh-Hant 銷貨折讓證明單 for a 特採 lot: 24 組, 特採單號, 民國 date 115/04/15", allowance_zht_concession),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _lot_qty_workbook() -> bytes:
    """An NCR whose nonconforming quantity is ``1 LOT`` beside ``Qty received 40 EA``: no count of the nonconforming."""
    return kit.sheet_bytes("NCR", (("NONCONFORMANCE REPORT (NCR)", None), ("NCR No.", "NCR-26-00471"), ("Date", "2026-03-19"),
                                   ("Customer", "AeroStruct Composites Ltd."), ("PO No.", "PO-7781290"),
                                   ("P/N", "7720-114-03 Rev C"), ("Qty received", "40 EA"), ("Qty nonconforming", "1 LOT"),
                                   ("Description of nonconformance", "Certificate of conformity missing for the lot."),
                                   ("Originator", "J. Whitfield")),
                           dt.datetime(2026, 3, 19, 9, 0))  # fmt: skip


def _two_dispositions_workbook() -> bytes:
    """An MRB disposition with TWO boxes ticked (``☑ Use as is ☑ Scrap``) on an NCR: the decision is not one."""
    return kit.sheet_bytes("NCR", (("NONCONFORMANCE REPORT (NCR)", None), ("NCR No.", "NCR-26-00480"), ("Date", "2026-03-20"),
                                   ("Customer", "AeroStruct Composites Ltd."), ("P/N", "7720-114-03"), ("Qty received", "40 EA"),
                                   ("Qty nonconforming", "3 EA"), ("Description of nonconformance", "Bore oversize."),
                                   ("MRB disposition", "☑ Use as is ☐ Rework ☐ Repair ☑ Scrap ☐ RTV")),
                           dt.datetime(2026, 3, 20, 9, 0))  # fmt: skip


ODD = {
    "complaint-lotqty.xlsx": (
        "an NCR whose Qty nonconforming is 1 LOT beside Qty received 40 EA: an error or a warning on the defective "
        "quantity; never a record holding 1 as the defective count silently",
        _lot_qty_workbook,
    ),
    "complaint-twodispositions.xlsx": (
        "an NCR whose MRB disposition has two boxes ticked (☑ Use as is ☑ Scrap): an error or a warning; never one of "
        "the two taken as the decision silently",
        _two_dispositions_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fiftieth held-out layouts", ODD)
