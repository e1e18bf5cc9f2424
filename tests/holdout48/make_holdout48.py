"""Write the forty-eighth held-out set (run: ``python tests/holdout48/make_holdout48.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS ABOUT MACHINERY AND
EQUIPMENT THROUGH AFTER-SALES AND DEALERS: what an equipment maker (compressors, pumps, packaging machines, machine
tools, construction machinery, HVAC units, e-bike motors) receives when a machine fails at the customer's site. A
dealer's WARRANTY CLAIM (``Claim No.``, ``Dealer``, ``Machine model``, ``Serial No. / 机身编号``, ``Hours of operation
1,250 h``, ``Date of failure``, ``Failed part No.``, ``Labour hours``, ``Parts cost``, ``Travel``, ``Total claimed``); a
现场服务报告 (``服务工程师``, ``到达时间``, ``故障现象``, ``处理过程``, ``更换配件``, ``客户签字``, a serial typed as a number
``20260305001``); a zh-Hant 保固申請表 (``保固期內 ☑是 ☐否``); a construction machine's 三包索赔单 (``经销商``, ``整机型号``,
``出厂编号 2026-03``, ``故障件图号 ZL50.3.2-12/03``, ``索赔金额``); an English FIELD FAILURE 8D of a customer whose line
stopped (``Downtime 6 h``, ``3 units``); an 8D 报告 for a pump's seal leak with a table of the failed units (机身编号 /
运行小时 / 故障日期); a 退货单 of whole units (``核准数量(台)``, ``单价(元/台)``, a 机身编号 column); an RMA request for parts
sent back (``RMA No.``, ``Qty 2 sets``, ``Unit price (per set)``, a part No. with a slash); a 服务费用 折让证明单 (``工时费``,
``配件费``, ``差旅费``, 合计, 大写). Sent as PDF only: an engineer's SERVICE REPORT PRINTED FROM A PHONE APP (Chromium,
narrow page, ``报修时间 2026-03-05 14:32``), a dealer's CLAIM PORTAL PRINT (Chromium), a zh-Hant 8D for a compressor
(``客訴數量 3 台``, ``停機 6 h``; fpdf2), a zh-Hant 退貨單 of whole units (``核准台數 / 實退台數``, ``單價(元/台)``,
機身序號; Chromium), a zh-Hant 折讓證明單 for a repair (工資, 零件費, 差旅費; fpdf2), an English credit note for
parts, labour and travel (Chromium). ``odd/`` holds a complaint whose serial number Excel turned into a DATE, and a
return whose quantity is typed in SETS AND PIECES (``2 套（8 件）``) at a price per set.

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

HERE, SOURCE = kit.generator(__file__, "forty-eighth held-out imitation")
dt, D = kit.dt, kit.dt.date


def serial(s: kit.Sheet, ref: str, number: int, lab: str) -> None:
    """A serial number the clerk typed into a number cell (``20260305001``, shown ``0``): the lot, a text."""
    s.value(ref, number, path="lot_no", label=lab, expect=str(number), fmt="0")


# =============================================================================== complaint
def complaint_en_dealerclaim(s: kit.Sheet) -> None:
    """A dealer's WARRANTY CLAIM for a screw compressor: the machine's model (the part) and serial number (the lot),
    ``Hours of operation 1,250 h``, ``Date of failure`` and ``Failed part No. AE-37/0412`` (no field), the cost lines
    ``Labour hours``, ``Parts cost``, ``Travel`` (no field) and ``Total claimed`` (the loss)."""
    s.text("A1", "WARRANTY CLAIM — DEALER SERVICE", "D1", size=14)
    kit.plain(
        s,
        "A2",
        "Submit within 30 days of the repair. Attach the failed part's tag and the service report.",
        "D2",
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Claim No.", "Claim date", "Dealer", "Dealer code", "Machine model", "Serial No. / 机身编号",
         "Hours of operation", "Date of failure", "Failed part No.", "Failed part"),
        (kit.pick(s, "WC-26-00417", "WC-26-00583"), kit.pick(s, D(2026, 3, 9), D(2026, 5, 4)),
         kit.pick(s, "Midwest Compressor Service LLC", "Gulf Coast Air Systems Inc."), kit.pick(s, "D-1047", "D-1112"),
         kit.pick(s, "ACP-37A", "ACP-55B"), kit.pick(s, "ACP37A-2511-0428", "ACP55B-2512-0093"),
         kit.pick(s, "1,250 h", "2,816 h"), kit.pick(s, D(2026, 3, 2), D(2026, 4, 27)),
         kit.pick(s, "AE-37/0412", "AE-55/0207"), kit.pick(s, "Airend bearing kit", "Minimum pressure valve")),
        ("number", "received_date", "customer", None, "part_no", "lot_no", None, None, None, None),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("Failure description", "Dealer request"),
        (kit.pick(s, "Airend seized at start-up; discharge temperature alarm 110 °C. Bearing noise before the stop.",
                  "Unit trips on high pressure; minimum pressure valve stuck closed."),
         ("Replacement of the failed part under warranty", ["replacement"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.head_row(s, 10, "ABCD", ("Labour hours", "Parts cost", "Travel", "Total claimed"))
    hours, parts, travel = kit.pick(s, (3.5, 1180.0, 240.0), (2.0, 436.0, 180.0))
    total = hours * 125 + parts + travel
    s.value("A11", hours, path=None, label="Labour hours", fmt="0.0")
    s.value("B11", parts, path=None, label="Parts cost", fmt="#,##0.00")
    s.value("C11", travel, path=None, label="Travel", fmt="#,##0.00")
    s.value("D11", total, path="loss_amount", label="Total claimed", expect=kit.money(total), fmt="#,##0.00")
    kit.plain(s, "A12", "Labour rate USD 125.00 per hour (flat-rate manual).", "D12")
    kit.lv_pairs(s, 13, kit.field_rows(
        ("Submitted by", "Service manager"), (kit.pick(s, "Jake Morrison", "Luis Ortega"), "Karen Hughes"),
        ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zh_service(s: kit.Sheet) -> None:
    """A 现场服务报告 of a packaging-machine maker: 服务单号, 报修日期, 设备型号 (the part), 机身编号 typed as a NUMBER
    (``20260305001``, the lot), 运行小时 ``1,250 h`` and 到达时间 (no field), 故障现象 (the description), 处理过程 (the
    short-term action), 更换配件 and 客户签字 (no field), 服务工程师 (the reporter)."""
    s.text("A1", "现场服务报告", "D1", size=15)
    kit.plain(s, "A2", "表单编号：SV-QR-03　　本报告一式两份，客户与服务部各执一份", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("服务单号", "报修日期", "客户单位", "联系人", "设备名称", "设备型号"),
        (kit.pick(s, "FW-2603-0086", "FW-2605-0131"), kit.pick(s, D(2026, 3, 5), D(2026, 5, 11)),
         kit.pick(s, "山东鲁泰包装制品有限公司", "河北康达食品有限公司"), kit.pick(s, "王立新", "赵志刚"),
         kit.pick(s, "全自动枕式包装机", "立式充填包装机"), kit.pick(s, "ZB-450X", "LK-320D")),
        ("number", "received_date", "customer", None, "part_name", "part_no"),
    ))  # fmt: skip
    kit.label(s, "A6", "机身编号")
    serial(s, "B6", kit.pick(s, 20260305001, 20260511017), "机身编号")
    kit.lv(s, "C6", "运行小时", "D6", kit.pick(s, "1,250 h", "3,406 h"), None)
    kit.lv(s, "A7", "到达时间", "B7", kit.pick(s, "2026-03-06 09:30", "2026-05-12 14:10"), None)
    kit.lv(s, "C7", "离开时间", "D7", kit.pick(s, "2026-03-06 17:45", "2026-05-12 18:20"), None)
    kit.rows_down(s, 8, kit.field_rows(
        ("故障现象", "处理过程", "更换配件"),
        (kit.pick(s, "横封切刀不同步，包装袋切不断，连续停机。", "计量螺杆卡料，充填量波动 ±8 g。"),
         kit.pick(s, "检查伺服驱动器报警 Er.25，更换横封切刀组件并重新设定相位，试机 2 小时正常。",
                  "清理螺杆，更换磨损的搅拌叶片，重新标定，试机正常。"),
         kit.pick(s, "横封切刀组件 ZB450-12/03 ×1 套", "搅拌叶片 LK320-07/11 ×2 件")),
        ("description", "short_term_action", None),
    ))  # fmt: skip
    kit.lv_pairs(s, 11, kit.field_rows(
        ("服务工程师", "客户签字", "客户意见", "服务经理"),
        (kit.pick(s, "刘海峰", "马俊"), kit.pick(s, "王立新", "赵志刚"), "满意", "周建国"),
        ("reporter", None, None, "sales_supervisor"),
    ))  # fmt: skip


def complaint_zht_baogu(s: kit.Sheet) -> None:
    """A Taiwanese machine-tool maker's 保固申請表: 機型 (the part), 機台序號 (the lot), 購買日期 (no field), ``保固期內 ☑是
    ☐否`` (no field), 故障描述, 客戶要求 ``更換主軸`` (a replacement), 承辦人, 業務主管."""
    s.text("A1", "維修／保固申請表", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("申請單號", "申請日期", "客戶名稱", "機型", "機台序號", "購買日期"),
        (kit.pick(s, "RA-TW-2603-021", "RA-TW-2605-036"), kit.pick(s, D(2026, 3, 10), D(2026, 5, 14)),
         kit.pick(s, "宏昇精密機械股份有限公司", "台中永利五金有限公司"), kit.pick(s, "VMC-850", "CNC-L400"),
         kit.pick(s, "V85-2511-118", "L40-2512-027"), kit.pick(s, D(2025, 11, 20), D(2025, 12, 22))),
        ("number", "received_date", "customer", "part_no", "lot_no", None),
    ))  # fmt: skip
    kit.lv(s, "A5", "保固期內", "B5", kit.marks(["是", "否"], {"是"}, "☑", "☐"), None)
    kit.lv(s, "C5", "故障發生日", "D5", kit.pick(s, D(2026, 3, 8), D(2026, 5, 12)), None, fmt="yyyy/mm/dd")
    kit.rows_down(s, 6, kit.field_rows(
        ("故障描述", "客戶要求"),
        (kit.pick(s, "主軸高速運轉 8,000 rpm 時異音，溫升 45 °C，加工面振紋。", "刀塔換刀定位不準，撞刀一次。"),
         kit.pick(s, ("更換主軸", ["replacement"]), ("更換刀塔", ["replacement"]))),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, 8, kit.field_rows(
        ("承辦人", "業務主管"), (kit.pick(s, "張志明", "李美玲"), "陳俊宏"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip
    kit.plain(s, "A9", "※ 保固期內之人為損壞、耗材不在保固範圍。", "D9")


def complaint_zh_sanbao(s: kit.Sheet) -> None:
    """A construction-machinery dealer's 三包索赔单: 经销商 (the customer), 整机型号 (the part), 出厂编号 ``2026-03``
    typed as TEXT (the lot, never a date), 工作小时 ``1,250 h`` (no field), 故障件图号 with a slash (no field), 故障件数量
    ``2 件``, 索赔类别 ``质量三包`` (quality), 索赔金额 (the loss), 索赔要求 (replacement and compensation)."""
    s.text("A1", "三包索赔单（工程机械）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("索赔单号", "索赔日期", "经销商", "服务站", "整机型号", "出厂编号", "工作小时", "故障日期", "故障件图号", "故障件数量",
         "索赔类别", "索赔金额(元)"),
        ("SB-2603-0219", D(2026, 3, 12), "河南中原工程机械销售有限公司", "洛阳服务站", "ZL50GN", "2026-03", "1,250 h",
         D(2026, 3, 7), "ZL50.3.2-12/03", ("2 件", 2), ("质量三包", "quality"), ("3,860.00", "3860.00")),
        ("number", "received_date", "customer", None, "part_no", "lot_no", None, None, None, "defect_qty",
         "complaint_type", "loss_amount"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("故障描述", "索赔要求"),
        ("动臂油缸活塞杆密封漏油，作业 1,250 h 后无法保压。", ("更换配件并补偿工时", ["replacement", "compensation"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, 10, kit.field_rows(
        ("填报人", "区域经理"), ("韩志勇", "冯立军"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_field(s: kit.Sheet) -> None:
    """An English FIELD FAILURE 8D of a big customer whose line stopped: the part number with a slash (``HP-2040/A``),
    ``Qty failed 3 units``, a ``Downtime 6 h`` line with the running hours (no field)."""
    s.text("A1", "8D REPORT — FIELD FAILURE", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Date opened", "Customer", "Customer complaint No.", "Part No.", "Qty failed"),
        ("8D-FF-26-012", D(2026, 3, 16), "Northline Bottling GmbH", "NB-QN-26-0311", "HP-2040/A", ("3 units", 3)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    s.text(
        "A5",
        "Field data: line 3 stopped, Downtime 6 h; units at 1,250 h / 1,310 h / 1,402 h of operation",
        "D5",
    )
    kit.team_cell(s, "A6", "D1 Team", "B6", ("Anna Keller", "Li Wei", "Mark Evans"), span="D6")
    rows = kit.eightd_steps(
        ("D2 Problem description", "D3 Interim containment", "D4 Root cause", "D4 Escape point",
         "D5 Permanent corrective action", "D6 Verification", "D7 Prevent recurrence"),
        ("High-pressure pump HP-2040/A lost pressure after 1,250-1,400 h; line 3 stopped for 6 h.",
         "Spare pumps sent by air; 14 pumps in the field checked for seal wear.",
         "Seal ring material changed by the sub-supplier without notice (FKM to NBR).",
         "Incoming inspection checked the seal's size only, not its material.",
         "FKM seal specified on the drawing; material certificate required with each lot.",
         "Endurance test 2,000 h passed on 5 pumps.",
         "Change-notice clause added to all sub-supplier agreements."),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 Closed", "Approved by"), (D(2026, 4, 30), "Mark Evans"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_pump(s: kit.Sheet) -> None:
    """An 8D 报告 for a PUMP'S SEAL LEAK: 投诉数量 in whole units (``5 台``), a TABLE OF THE FAILED UNITS (机身编号 / 运行小时 /
    故障日期, no field) between D1 and D2."""
    s.text("A1", "8D 报告（离心泵机械密封泄漏）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "开立日期", "客户", "客诉编号", "产品型号", "投诉数量"),
        (kit.pick(s, "8D-PM-2603-04", "8D-PM-2605-09"), kit.pick(s, D(2026, 3, 18), D(2026, 5, 20)),
         kit.pick(s, "江西赣能热电有限公司", "湖北楚天化工有限公司"), kit.pick(s, "KS-PM-2603-007", "KS-PM-2605-015"),
         kit.pick(s, "IS100-80-160", "IH65-50-125"), (kit.pick(s, "5 台", "3 台"), kit.pick(s, 5, 3))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A5",
        "D1 小组成员",
        "B5",
        kit.pick(s, ("许亮", "邓敏", "曹阳"), ("许亮", "曹阳")),
        sep="、",
        span="D5",
    )
    kit.head_row(s, 6, "ABC", ("机身编号", "运行小时", "故障日期"))
    units = kit.pick(s, (("P2511-0318", "1,250 h"), ("P2511-0322", "980 h"), ("P2511-0330", "1,106 h")),
                     (("P2512-0041", "2,310 h"), ("P2512-0047", "2,052 h")))  # fmt: skip
    for r, (sn, h) in enumerate(units, start=7):
        s.value(f"A{r}", sn, path=None, label="机身编号")
        s.value(f"B{r}", h, path=None, label="运行小时")
        s.value(f"C{r}", kit.pick(s, "2026-03-1", "2026-05-1") + str(r - 2), path=None, label="故障日期")
    nxt = 7 + len(units)
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 纠正措施", "D6 效果验证", "D7 预防措施"),
        (kit.pick(s, "机械密封运行约 1,000 h 后泄漏，滴漏超过 5 滴/分钟。", "轴承温升高，机封端面烧损。"),
         kit.pick(s, "现场 5 台更换备用机封，库存 22 台全检。", "现场 3 台更换机封，停机检查对中。"),
         kit.pick(s, "动静环材料批次硬度不足。", "泵与电机对中偏差 0.3 mm。"), kit.pick(s, "来料未检硬度。", "出厂未做对中记录。"),
         kit.pick(s, "动静环改用碳化硅，来料逐批测硬度。", "出厂对中 ≤0.05 mm 并记录。"),
         kit.pick(s, "跟踪 10 台运行 2,000 h 无泄漏。", "跟踪 6 台运行 1,500 h 正常。"), kit.pick(s, "其他泵型比照。", "安装手册更新。")),
    )  # fmt: skip
    kit.lv_rows(s, nxt, rows)
    kit.lv_pairs(s, nxt + 7, kit.field_rows(
        ("D8 结案日期", "批准人"), (kit.pick(s, D(2026, 4, 28), D(2026, 6, 24)), "曹阳"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_unit(s: kit.Sheet) -> None:
    """A 退货单 OF WHOLE UNITS: the unit in the headers (``核准数量(台)``, ``实退数量(台)``, ``单价(元/台)``), a 机身编号
    column among the lines (no field), a 合计 row (no field)."""
    s.text("A1", "退货单（整机）", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉编号"),
        (kit.pick(s, "TH-ZJ-2603-008", "TH-ZJ-2605-013"), kit.pick(s, D(2026, 3, 24), D(2026, 5, 26)),
         kit.pick(s, "江西赣能热电有限公司", "湖北楚天化工有限公司"), kit.pick(s, "KS-PM-2603-007", "KS-PM-2605-015")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    heads = ("物料编码", "品名", "核准数量(台)", "实退数量(台)", "单价(元/台)", "金额(元)")
    lines = kit.pick(s, (("PM-IS100-160", "离心泵 IS100-80-160", 2, 2, 6850.0, "P2511-0318/0322"),
                         ("PM-IS100-160M", "配套电机 15 kW", 1, 1, 3200.0, "M2511-1187")),
                     (("PM-IH65-125", "化工泵 IH65-50-125", 1, 1, 9400.0, "P2512-0041"),))  # fmt: skip
    kit.return_table(s, heads, lines, {"C": ("机身编号", "@")}, kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "审批"),
        (kit.pick(s, "机械密封泄漏，整机返厂检修（8D-PM-2603-04）。", "轴承温升高，整机返厂。"), ("换货", ["replace"]),
         "郑伟", "邓敏"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


def return_en_rmaparts(s: kit.Sheet) -> None:
    """An RMA REQUEST for parts sent back: ``RMA No.``, the part numbers with a slash (``HP-2040/A``), the counts in
    SETS (``2 sets``), ``Unit price (per set)``, ``Return reason``, ``Disposition Repair and return`` (a repair)."""
    s.text("A1", "RMA REQUEST — RETURN MATERIAL AUTHORIZATION", "F1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "Request date", "Customer", "Complaint ref."),
        ("RMA-26-0309", D(2026, 3, 25), "Northline Bottling GmbH", "NB-QN-26-0311"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = (
        "Part No.",
        "Description",
        "Qty authorised",
        "Qty returned",
        "Unit price (per set)",
        "Amount (USD)",
    )
    kit.head_row(s, 4, "ABCDEF", heads)
    for i, (code, name, qa, q, p) in enumerate((("HP-2040/A", "High-pressure pump kit", 2, 2, 1385.0),
                                                ("SK-2040/S", "Seal kit", 6, 5, 96.0))):  # fmt: skip
        r = 5 + i
        for col, val, path, exp, fmt in (
            ("A", code, "part_no", None, None), ("B", name, "part_name", None, None),
            ("C", f"{qa} sets", "qty_approved", qa, None), ("D", f"{q} sets", "qty_returned", q, None),
            ("E", p, "unit_price", kit.money(p), "#,##0.00"), ("F", q * p, "amount", kit.money(q * p), "#,##0.00"),
        ):  # fmt: skip
            s.value(
                f"{col}{r}",
                val,
                path=f"items[{i}].{path}",
                label=heads["ABCDEF".index(col)],
                expect=exp,
                fmt=fmt,
            )
    kit.return_foot(s, 7, kit.field_rows(
        ("Return reason", "Disposition", "Received by", "Approved by"),
        ("Pressure loss after 1,250 h (8D-FF-26-012); seal kits unused, one kit kept for the analysis.",
         ("Repair and return", ["repair"]), "Tobias Brandt", "Mark Evans"),
        kit.RETURN_FOOT_PATHS,
    ), "F")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_service(s: kit.Sheet) -> None:
    """A 销售折让证明单 FOR A SERVICE CALL: lines 配件费 / 工时费 / 差旅费 with their counts (``1`` 套, ``6`` 小时, ``1``
    次), 13 % tax, 合计 and 大写 (the total in words)."""
    s.text("A1", "销售折让证明单（售后服务费用）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "服务单号"),
        ("ZR-SV-2603-011", D(2026, 3, 30), "山东鲁泰包装制品有限公司", "91370700MA3C8K2L4X", "37012600000061872215",
         "FW-2603-0086"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", None),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("费用项目", "数量", "单价(元)", "折让金额", "税额")
    kit.head_row(s, 5, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 6, (("配件费（横封切刀组件 ZB450-12/03）", 1, 2680.0), ("工时费（6 小时）", 6, 150.0),
                                       ("差旅费", 1, 680.0)), heads, 0.13)  # fmt: skip
    for r, lab, x, path in ((9, "合计（不含税）", net, "total_excl_tax"), (10, "税额合计", tax, "total_tax"),
                            (11, "价税合计", net + tax, "total")):  # fmt: skip
        x = round(x, 2)
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A12", "大写", "B12", "肆仟捌佰壹拾叁元捌角整", "total_in_words", span="E12")
    kit.lv(s, "A13", "财务经理", "B13", "潘丽华", "approved_by_manager", span="C13")


_COPY2 = {"complaint_en_dealerclaim", "complaint_zh_service", "complaint_zht_baogu", "eightd_zh_pump", "return_zh_unit",
          "complaint_zh_app"}  # fmt: skip
"""The drawings with a second copy in copy2/ (five workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_dealerclaim, "Claim", dict(A=22, B=30, C=22, D=30), "a dealer's warranty claim for a compressor: Serial No. / 机身编号, Hours of operation 1,250 h, Failed part No. AE-37/0412, Labour hours, Parts cost, Travel, Total claimed"),
        (complaint_zh_service, "服务报告", dict(A=16, B=30, C=16, D=30), "a 现场服务报告: 服务单号, 机身编号 20260305001 as a number, 运行小时, 到达时间, 故障现象, 处理过程, 更换配件, 客户签字, 服务工程师"),
        (complaint_zht_baogu, "保固申請", dict(A=16, B=30, C=16, D=30), "a zh-Hant 維修／保固申請表: 機型, 機台序號, 購買日期, 保固期內 ☑是 ☐否, 客戶要求 更換主軸"),
        (complaint_zh_sanbao, "三包索赔", dict(A=16, B=30, C=16, D=30), "a construction machine's 三包索赔单: 经销商, 整机型号, 出厂编号 2026-03, 工作小时, 故障件图号 ZL50.3.2-12/03, 索赔金额"),
        (eightd_en_field, "8D", dict(A=26, B=32, C=20, D=30), "an English field failure 8D: Part No. HP-2040/A, Qty failed 3 units, Downtime 6 h"),
        (eightd_zh_pump, "8D", dict(A=18, B=30, C=18, D=30), "an 8D 报告 for a pump's seal leak: 投诉数量 5 台, a table of the failed units (机身编号 / 运行小时 / 故障日期)"),
        (return_zh_unit, "退货单", dict(A=16, B=22, C=18, D=12, E=12, F=14, G=14), "a 退货单 of whole units: 核准数量(台), 单价(元/台), a 机身编号 column"),
        (return_en_rmaparts, "RMA", dict(A=16, B=26, C=14, D=14, E=18, F=16), "an RMA request: RMA No., HP-2040/A, 2 sets, Unit price (per set), Repair and return"),
        (allowance_zh_service, "折让单", dict(A=34, B=14, C=14, D=18, E=22), "a 销售折让证明单 for a service call: 配件费, 工时费, 差旅费, 合计, 大写"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#eef2f6")
_APP_CSS = (
    "body{width:88mm;margin:4mm auto}h3{background:#1677ff;color:#fff;margin:0;padding:6px 8px;font-size:11pt}"
    ".row{display:flex;justify-content:space-between;border-bottom:1px solid #e5e5e5;padding:5px 8px}"
    ".k{color:#888}.v{text-align:right;max-width:56mm}.blk{padding:5px 8px;border-bottom:1px solid #e5e5e5}"
    ".blk .v{text-align:left;display:block;max-width:none}.foot{color:#aaa;font-size:7pt;padding:6px 8px}"
)


def _app_rows(f: kit.HtmlForm, rows, block: set[str]) -> None:
    """A phone app's list: ``label`` grey on the left, the value on the right; the labels of ``block`` over their
    value (a long text)."""
    for lab, raw, path, exp in rows:
        cls = "blk" if lab in block else "row"
        f.raw(f"<div class='{cls}'><span class='k'>{lab}</span><span class='v'>"
              f"{f.val(raw, path=path, label=lab, expect=exp)}</span></div>")  # fmt: skip


def complaint_zh_app(f: kit.HtmlForm) -> str:
    """An engineer's SERVICE REPORT PRINTED FROM A PHONE APP (Chromium, a narrow page): 工单编号, ``报修时间 2026-03-05
    14:32`` (the date), 设备型号 (the part), 机身编号 ``20260305001`` (the lot), 故障现象, 处理过程, 服务工程师, the
    star rating and the app's footer (no field)."""
    f.raw("<h3>服务工单详情</h3>")
    _app_rows(f, kit.field_rows(
        ("工单编号", "工单状态", "报修时间", "客户名称", "设备型号", "机身编号", "运行时长", "故障现象", "处理过程", "服务工程师",
         "到达时间", "完工时间"),
        (kit.pick(f, "GD202603050017", "GD202605110042"), "已完工",
         kit.pick(f, ("2026-03-05 14:32", "2026-03-05"), ("2026-05-11 08:57", "2026-05-11")),
         kit.pick(f, "苏州瑞丰冷链物流有限公司", "宁波海天冷冻仓储有限公司"), kit.pick(f, "LS-30HP", "LS-20HP"),
         kit.pick(f, "20260305001", "20260511017"), kit.pick(f, "1,250 h", "4,118 h"),
         kit.pick(f, "冷库机组高压报警停机，库温升至 -8 °C。", "压缩机启动频繁，电流偏大。"),
         kit.pick(f, "冷凝器翅片堵塞，清洗后补充冷媒 R404A 2.5 kg，试机 3 小时库温恢复 -18 °C。", "更换启动电容，调整高低压设定。"),
         kit.pick(f, "孙浩", "钱伟"), kit.pick(f, "2026-03-05 17:05", "2026-05-11 10:40"),
         kit.pick(f, "2026-03-05 21:20", "2026-05-11 13:15")),
        ("number", None, "received_date", "customer", "part_no", "lot_no", None, "description", "short_term_action",
         "reporter", None, None),
    ), {"故障现象", "处理过程"})  # fmt: skip
    f.raw("<div class='row'><span class='k'>客户评价</span><span class='v'>★★★★★</span></div>"
          "<div class='foot'>由 服务云 App 生成 · 客户已电子签名 · 第 1/1 页</div>")  # fmt: skip
    return f.page("服务工单详情", _APP_CSS)


def complaint_en_dealerportal(f: kit.HtmlForm) -> str:
    """A dealer's CLAIM PORTAL PRINT (Chromium): Claim No., Dealer, Machine model, Serial No., ``Hours of operation
    1,250 h``, Date of failure, ``Failed part No. HP-2040/A`` (no field), the cost lines and ``Total claimed`` (the
    loss), the claim status and the portal's footer (no field)."""
    f.raw(
        "<h2>Warranty Claim — Dealer Portal</h2><p class='note'>Status: SUBMITTED · Printed 2026-03-21 10:04</p>"
    )
    kit.kv(f, kit.field_rows(
        ("Claim No.", "Submitted", "Dealer", "Machine model", "Serial No.", "Hours of operation", "Date of failure",
         "Failed part No.", "Failure description", "Requested", "Labour (2.5 h)", "Parts cost", "Travel",
         "Total claimed", "Submitted by"),
        ("WC-E-26-1188", ("03/20/2026", "2026-03-20"), "Prairie E-Bike Service Center", "EM-250 hub motor",
         "EM250-2601-04417", "1,250 h", "03/14/2026", "HP-2040/A", "Hub motor stalls under load; hall sensor fault "
         "code E07 after rain.", ("Replace the motor", ["replacement"]), "212.50", "318.00", "45.00",
         ("USD 575.50", "575.50"), "Dana Whitfield"),
        ("number", "received_date", "customer", "part_no", "lot_no", None, None, None, "description",
         "customer_request", None, None, None, "loss_amount", "reporter"),
    ))  # fmt: skip
    f.raw("<p class='note'>Labour at the flat rate of USD 85.00/h. Claims are paid by credit memo.</p>")
    return f.page("Warranty Claim", _CSS)


def eightd_zht_compressor(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D 報告 for an AIR COMPRESSOR (fpdf2): 客訴數量 in units (``3 台``), a ``停機 6 h`` line with the running
    hours (no field), D1 … D8 as label lines."""
    f = kit.CjkDraw.of(f)
    f.text(66, 16, "8D 報告（螺桿空壓機排氣溫度過高）", size=13)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("報告編號", "開立日期", "客戶", "客訴單號", "機型", "客訴數量"),
        ("8D-AC-2603-05", ("2026/03/19", "2026-03-19"), "南亞塑膠工業股份有限公司", "CS-AC-2603-012", "SAC-75VSD",
         ("3 台", 3)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    f.text(15, 80, "現場：產線停機 6 h；運轉時數 1,250 h／1,318 h／1,402 h", size=8)
    kit.pdf_team_line(f, 15, 48, 88, "D1 小組", ("黃俊傑", "林雅婷", "蔡明道"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("排氣溫度超過 110 °C 跳機，產線停機。", "派員更換油過濾器並提供備機 2 台。", "溫控閥彈簧批次彈力不足。",
         "出廠測試未滿載運轉。", "溫控閥改用新供應商並全檢彈力。", "3 台連續運轉 500 h 正常。", "出廠滿載測試 2 h 納入標準。"),
    )  # fmt: skip
    # D7's text names no other line, product or site and no lesson: the lessons learned, read and warned
    # (eightd43: a D7 text's own words decide its field; expected as the horizontal deployment before)
    steps[-1] = (*steps[-1][:2], "prevention.lessons_learned")
    y = kit.pdf_lv_lines(f, 15, 48, 98.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/27", "2026-04-27"), "蔡明道"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_zht_hvac(f: kit.HtmlForm) -> str:
    """A zh-Hant 退貨單 OF WHOLE UNITS from an HVAC maker's dealer system (Chromium): a ``機身序號`` column among the lines
    (no field), the counts in units under ``核准台數`` / ``實退台數``, ``單價(元/台)``, ``換新機`` the disposition (a replacement)."""
    f.raw("<h2>退貨單（空調整機）</h2>")
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        ("RN-HV-2603-041", ("2026/03/27", "2026-03-27"), "大安物業管理股份有限公司", "CC-HV-2603-107"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("機型", "品名", "機身序號", "核准台數", "實退台數", "單價(元/台)", "金額")
    kit.th_row(f, heads)
    for i, (code, name, sn, qa, q, p) in enumerate((("RTU-12T", "箱型冷氣 12 kW", "RTU12-2601-0087 / 0091", 2, 2, 42800.0),
                                                    ("CU-7K", "室外機 7 kW", "CU7-2512-1140", 1, 1, 19600.0))):  # fmt: skip
        typed = ((f"{qa}", qa), (f"{q}", q), (f"{p:,.0f}", kit.money(p)), (f"{q * p:,.0f}", kit.money(q * p)))
        cells = kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS)
        kit.td_row(f, [*cells[:2], (sn, None, None), *cells[2:]], heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "核准"),
        ("運轉 1,250 h 內壓縮機故障，銅管焊點洩漏冷媒。", ("換新機", ["replace"]), "高志豪", "簡文彬"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


def allowance_zht_repair(f: kit.PdfDraw) -> None:
    """A zh-Hant 銷貨退回或折讓證明單 FOR A REPAIR (fpdf2): lines 零件費 / 工資 / 差旅費 with their counts, 5 % 營業稅, the
    totals."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "銷貨退回或折讓證明單（保固維修費用）", size=13)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "申請單號"),
        ("ZR-TW-2603-009", ("115/03/31", "2026-03-31"), "宏昇精密機械股份有限公司", "53212539", "RG-40718852",
         ("RA-TW-2603-021", "RA-TW-2603-021")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "品名", "name"), (95, "數量", "qty"), (118, "單價", "unit_price"), (145, "金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 80, lab, bold=True)
    f.pdf.line(15, 82, 195, 82)
    y, net, tax = 82.0, 0.0, 0.0
    for i, (name, q, p) in enumerate((("主軸總成 VMC850-SP/12", 1, 38500.0), ("工資（小時）", 8, 1200.0),
                                      ("差旅費", 1, 1800.0))):  # fmt: skip
        y += 8
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:,.0f}", f"{a:,.0f}", f"{t:,.0f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 48, y + 12, kit.field_rows(
        ("合計（未稅）", "營業稅", "總計", "主管"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,.0f}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "陳俊宏"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


def allowance_en_credit(f: kit.HtmlForm) -> str:
    """An English CREDIT MEMO FOR PARTS, LABOUR AND TRAVEL of a warranty claim (Chromium): the labour line's hours
    ``3.5`` are no whole count (listed absent: a value read there must carry a word), parts and travel counted whole; no
    tax (a warranty credit), the claim number."""
    f.raw("<h2>Credit Memo — Warranty Claim</h2>")
    kit.kv(f, kit.field_rows(
        ("Credit Memo No.", "Date", "Dealer", "Dealer tax ID", "Invoice No.", "Claim No."),
        ("CM-26-0233", ("Apr 2, 2026", "2026-04-02"), "Midwest Compressor Service LLC", "36-4418207", "INV-26-10492",
         "WC-26-00417"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ))  # fmt: skip
    heads = ("Item", "Qty", "Unit price (USD)", "Amount (USD)", "Tax (USD)")
    kit.th_row(f, heads)
    net = 0.0
    for i, (name, q, p) in enumerate((("Parts: airend bearing kit AE-37/0412", 1, 1180.0), ("Labour hours (flat rate)",
                                       3.5, 125.0), ("Travel (flat)", 1, 240.0))):  # fmt: skip
        a = q * p
        net += a
        whole = float(q).is_integer()
        qcell = (f"{q:g}", f"items[{i}].qty" if whole else None, int(q) if whole else None)
        if not whole and not f.blank:
            kit.pdf_absent(f, heads[1], f"html!#v{f.n + 2}", f"{q:g}", f"items[{i}].qty")
        kit.td_row(f, [(name, f"items[{i}].name", None), qcell, (f"{p:,.2f}", f"items[{i}].unit_price", kit.money(p)),
                       (f"{a:,.2f}", f"items[{i}].allowance_amount", kit.money(a)),
                       ("0.00", f"items[{i}].tax", "0.00")], heads)  # fmt: skip
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Net amount (USD)", "Tax (USD)", "Total credit (USD)", "Approved by"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "Karen Hughes"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("Credit Memo", _CSS)


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("an engineer's service report printed from a phone app: 报修时间 2026-03-05 14:32, 机身编号 20260305001", complaint_zh_app),
        ("a dealer's warranty claim portal print: Serial No., Hours of operation 1,250 h, Failed part No., Total claimed", complaint_en_dealerportal),
        ("a zh-Hant 8D for an air compressor: 客訴數量 3 台, 停機 6 h, 運轉時數", eightd_zht_compressor),
        ("a zh-Hant 退貨單 of whole units from a dealer system: 機身序號 column, 核准台數 / 實退台數, 單價(元/台)", return_zht_hvac),
        ("a zh-Hant 銷貨退回或折讓證明單 for a warranty repair: 零件費, 工資, 差旅費, 5 % 營業稅", allowance_zht_repair),
        ("an English credit memo of a warranty claim: parts, labour 3.5 h, travel", allowance_en_credit),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _serial_as_date_workbook() -> bytes:
    """A 现场服务报告 whose 机身编号 ``2026-03`` Excel TURNED INTO A DATE (a date cell, 2026-03-01 shown ``yyyy-mm``): the
    lot is no date; a record holding ``2026-03-01`` as the serial number silently is wrong."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "服务报告"
    for r, (lab, v) in enumerate((("现场服务报告", None), ("服务单号", "FW-2603-0091"), ("报修日期", "2026-03-09"),
                                  ("客户单位", "山东鲁泰包装制品有限公司"), ("设备型号", "ZB-450X"),
                                  ("机身编号", dt.datetime(2026, 3, 1)), ("故障现象", "封口温度波动，漏气。"),
                                  ("服务工程师", "刘海峰")), start=1):  # fmt: skip
        ws.cell(r, 1, lab)
        ws.cell(r, 2, v)
    ws["B6"].number_format = "yyyy-mm"
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 9, 9, 0))


def _sets_and_pieces_workbook() -> bytes:
    """An RMA whose returned quantity is typed in SETS AND PIECES (``2 套（8 件）``) at a price per set ``1,385.00`` and
    the amount ``2,770.00``: 2 sets; a record holding 8 as the count silently is wrong."""
    return kit.sheet_bytes("退货单", (("退货单", None), ("退货单号", "TH-ZJ-2603-015"), ("退货日期", "2026-03-28"),
                                      ("客户", "江西赣能热电有限公司"), (None, None),
                                      ("物料编码", "品名", "实退数量", "单价(元/套)", "金额(元)"),
                                      ("SK-2040/S", "机械密封组件", "2 套（8 件）", "1,385.00", "2,770.00"),
                                      ("处理方式", "换货")), dt.datetime(2026, 3, 28, 9, 0))  # fmt: skip


ODD = {
    "complaint-serialdate.xlsx": (
        "a 现场服务报告 whose 机身编号 2026-03 Excel turned into a date cell (2026-03-01 shown yyyy-mm): an error or a "
        "warning on the lot; never a record holding 2026-03-01 as the serial number silently",
        _serial_as_date_workbook,
    ),
    "return-setspieces.xlsx": (
        "a 退货单 whose returned quantity is typed 2 套（8 件） at 1,385.00 a set and 2,770.00: an error or a warning; "
        "never a record holding 8 as the returned count silently",
        _sets_and_pieces_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-eighth held-out layouts", ODD)
