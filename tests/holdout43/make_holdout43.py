"""Write the forty-third held-out set (run: ``python tests/holdout43/make_holdout43.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for THE MONEY SIDE OF COMPLAINTS:
the quality claims, chargebacks and debit notes that come with or after a complaint and end in a return or an
allowance. A customer's 质量索赔单 with a COST BREAKDOWN (挑选费 ``12 人 × 8 h × 35 元``, 返工费, 快递费, 停线损失,
管理费 ``10%``, 报废 ``PCS × 单价``) under the complaint's fields, a 客訴索賠處理單 whose 核准金額 is LOWER THAN THE
申請金額, an English CHARGEBACK (Sorting cost, Line down, Admin fee, Net amount due), an 8D 报告 with a 质量成本 block
and the supplier's 扣款确认, an English 8D with a COST OF POOR QUALITY table in USD with the CNY equivalent and the
rate, a 矯正措施報告 with a 扣款確認 block the supplier signs, a 退货单 of a claim SETTLED PARTLY BY RETURN AND PARTLY BY
ALLOWANCE with prices WITH AND WITHOUT TAX side by side, a distributor's RMA (``RMA#``, ``Reason code``, ``Restocking
fee 15%``, ``Advance replacement``), a 销售折让单 COMPUTED FROM AN AGREED CLAIM (协商金额 × 折让比例); sent as PDF only:
a 扣款确认单 the supplier signs (Chromium), a WARRANTY CLAIM export (Claim No., VIN, Labor hours, Parts, Handling;
Chromium), a 退貨單 following a 索賠通知書 with the claim's 扣款 under its lines (Chromium), an English DEBIT NOTE in USD
with the CNY equivalent and the rate (fpdf2), a 銷貨折讓證明單 with the 對帳單 line that deducts the claim (fpdf2), an
8D 报告 whose 停线损失 is computed (``2.5 h × 12,000 元/h``, fpdf2). ``odd/`` holds a 销售折让单 whose 大写金额 says
another amount than its 价税合计, and a debit note whose lines are in USD while its totals are in CNY.

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

HERE, SOURCE = kit.generator(__file__, "forty-third held-out imitation")
dt, D = kit.dt, kit.dt.date


def cost_table(s: kit.Sheet, row: int, cols: str, heads, lines) -> int:
    """A claim's cost breakdown pre-filled by the customer under the form (no field): ``heads`` then one ``(item,
    basis, amount)`` a row, the amount a number cell shown ``#,##0.00``. Returns the row after the last."""
    kit.head_row(s, row, cols, heads)
    for k, line in enumerate(lines, start=row + 1):
        for col, v in zip(cols, line):
            if isinstance(v, float):
                s.value(f"{col}{k}", v, path=None, label=heads[-1], fmt="#,##0.00")
            else:
                s.value(f"{col}{k}", v, path=None, label=heads[0])
    return row + 1 + len(lines)


def claim_lines(rate: float, pcs: int, price: float, freight: float, linedown: float):
    """A claim's usual cost lines: sorting ``people × hours × rate``, scrap ``pcs × unit price``, freight, line down and
    a 10 % admin fee on them; returns ``((item, basis, amount), …)`` and the total."""
    sort = 12 * 8 * float(rate)
    scrap = round(pcs * price, 2)
    base = sort + scrap + freight + linedown
    admin = round(base * 0.10, 2)
    lines = (("挑选费", f"12 人 × 8 h × {rate:g} 元/h", sort), ("报废", f"{pcs} PCS × {price:.2f} 元", scrap),
             ("快递费", "顺丰 2 票", freight), ("停线损失", "停线 0.5 h", linedown), ("管理费", "10%", admin))  # fmt: skip
    return lines, round(base + admin, 2)


# =============================================================================== complaint
def complaint_zh_claim(s: kit.Sheet) -> None:
    """A customer's 质量索赔单 over the complaint's fields: a COST BREAKDOWN table (挑选费 ``12 人 × 8 h × 35 元/h``,
    报废 ``PCS × 单价``, 快递费, 停线损失, 管理费 ``10%``) and its 索赔总额 (the complaint's loss), 客户要求 索赔."""
    s.text("A1", "质量索赔单", "D1", size=16)
    s.text("A2", kit.pick(s, "索赔方：上海汽车空调配件股份有限公司　　被索赔方：宁波博远精密零件有限公司",
                          "索赔方：重庆长安汽车股份有限公司　　被索赔方：宁波博远精密零件有限公司"), "D2")  # fmt: skip
    kit.lv_pairs(s, 3, kit.field_rows(
        ("索赔单号", "发出日期", "客户名称", "采购订单号", "批次号", "零件号", "零件名称", "到货数量", "不良数量"),
        (kit.pick(s, "SP-2603-0112", "SP-2605-0048"), kit.pick(s, D(2026, 3, 10), D(2026, 5, 13)),
         kit.pick(s, "上海汽车空调配件股份有限公司", "重庆长安汽车股份有限公司"), kit.pick(s, "4500088123", "4500091702"),
         kit.pick(s, "NB260301", "NB260507"), kit.pick(s, "NB-PIP-3301", "NB-BRK-7720"),
         kit.pick(s, "空调管接头", "制动管支架"), kit.pick(s, 8000, 3000), kit.pick(s, 240, 96)),
        ("number", "received_date", "customer", "order_no", "lot_no", "part_no", "part_name", "ship_qty", "defect_qty"),
    ))  # fmt: skip
    rows = kit.field_rows(
        ("不良描述", "客户要求"),
        (kit.pick(s, "管接头螺纹烂牙，装配扭矩不足，产线停线 0.5 小时。", "支架孔位偏移 0.8 mm，无法装配。"),
         ("索赔", ["compensation"])),
        ("description", "customer_request"),
    )  # fmt: skip
    kit.rows_down(s, 8, rows)
    lines, total = claim_lines(
        35, kit.pick(s, 240, 96), kit.pick(s, 6.8, 12.5), 180.0, kit.pick(s, 3000.0, 1500.0)
    )
    nxt = cost_table(s, 10, "ABC", ("费用项目", "计算依据", "金额（元）"), lines)
    kit.lv(s, f"A{nxt}", "索赔总额（元）", f"C{nxt}", total, "loss_amount", expect=kit.money(total), lspan=f"B{nxt}",
           fmt="#,##0.00")  # fmt: skip
    kit.lv_pairs(s, nxt + 1, kit.field_rows(
        ("索赔方经办", "索赔方主管"), ("周立新", kit.pick(s, "韩志刚", "韩志刚")), ("reporter", "sales_supervisor"),
    ))  # fmt: skip
    s.text(
        f"A{nxt + 2}",
        "请于收到本单 7 个工作日内回复，逾期未回复视同认可，将从当月货款中扣除。",
        f"D{nxt + 2}",
    )


def complaint_zht_approved(s: kit.Sheet) -> None:
    """A 客訴索賠處理單 (zh-Hant) whose 申請金額 (what the customer asked) stands BESIDE A LOWER 核准金額 (what the
    company granted: the allowance), with the 差異說明 in words and the approver's signature line."""
    s.text("A1", "客訴索賠處理單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴編號", "受理日期", "客戶名稱", "訂單號碼", "料號", "品名", "出貨數量", "不良數量"),
        (kit.pick(s, "CC-2603-021", "CC-2605-009"), kit.pick(s, D(2026, 3, 12), D(2026, 5, 15)),
         kit.pick(s, "仁寶電腦工業股份有限公司", "英業達股份有限公司"), kit.pick(s, "PO-CP-88127", "PO-IV-20551"),
         kit.pick(s, "KH-CVR-1102", "KH-BZL-0309"), kit.pick(s, "上蓋", "前框"), kit.pick(s, 5000, 2000), kit.pick(s, 310, 140)),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty"),
    ))  # fmt: skip
    rows = kit.field_rows(
        ("異常說明", "客戶要求"),
        (kit.pick(s, "上蓋噴漆色差，客戶重工噴塗。", "前框卡勾斷裂。"), ("折讓", ["allowance"])),
        ("description", "customer_request"),
    )  # fmt: skip
    kit.rows_down(s, 6, rows)
    asked, granted = kit.pick(s, (18600.0, 12400.0), (9200.0, 7000.0))
    kit.lv(s, "A8", "申請金額（NT$）", "B8", asked, None, fmt="#,##0")
    kit.lv(
        s, "C8", "核准金額（NT$）", "D8", granted, "allowance_amount", expect=kit.money(granted), fmt="#,##0"
    )
    kit.lv(s, "A9", "差異說明", "B9", "重工工時依實際 8 人 × 6 h 核算，運費由客戶負擔。", None, span="D9")
    kit.lv_pairs(s, 10, kit.field_rows(
        ("承辦人", "業務主管", "核准"), ("吳佳蓉", "鄭國華", "林建宏"), ("reporter", "sales_supervisor", "approver"),
    ))  # fmt: skip


def complaint_en_chargeback(s: kit.Sheet) -> None:
    """An English customer's CHARGEBACK notice: the complaint's fields, then Sorting cost (``6 operators × 8 h × USD
    28.00``), Line down (``45 min × USD 120.00/min``), Admin fee 10 % and NET AMOUNT DUE (the loss), to be deducted from
    the next payment."""
    s.text("A1", "SUPPLIER CHARGEBACK NOTICE", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Chargeback No.", "Date issued", "Customer", "PO number", "Lot No.", "Part No.", "Part name", "Qty received",
         "Qty rejected"),
        (kit.pick(s, "CB-26-0311", "CB-26-0527"), kit.pick(s, D(2026, 3, 11), D(2026, 5, 27)),
         kit.pick(s, "Ridgeline Power Tools Inc.", "Fairmont Outdoor Equipment LLC"), kit.pick(s, "RPT-118204", "FOE-30711"),
         kit.pick(s, "L26-0302", "L26-0511"), kit.pick(s, "RP-GR-4410", "FO-CL-2208"),
         kit.pick(s, "Gear housing", "Clutch lever"), kit.pick(s, 2500, 6000), kit.pick(s, 180, 420)),
        kit.COMPLAINT_PATHS[:9],
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("Nonconformance", "Action required"),
        (kit.pick(s, "Housing bore undersize; bearings cannot be pressed in.", "Lever spring missing on 420 pcs."),
         ("Chargeback", ["compensation"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    sort, line = 6 * 8 * 28.0, kit.pick(s, 45 * 120.0, 20 * 120.0)
    admin = round((sort + line) * 0.10, 2)
    due = sort + line + admin
    nxt = cost_table(s, 9, "ABC", ("Cost item", "Basis", "Amount (USD)"), (
        ("Sorting cost", "6 operators × 8 h × USD 28.00", sort),
        ("Line down", f"{kit.pick(s, 45, 20)} min × USD 120.00/min", line), ("Admin fee", "10%", admin)))  # fmt: skip
    kit.lv(s, f"A{nxt}", "Net amount due (USD)", f"C{nxt}", due, "loss_amount", expect=kit.money(due), lspan=f"B{nxt}",
           fmt="#,##0.00")  # fmt: skip
    kit.lv_pairs(s, nxt + 1, kit.field_rows(
        ("Issued by", "Purchasing manager"), ("Karen Doyle", "Victor Mendes"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip
    s.text(f"A{nxt + 2}", "This amount will be deducted from our next payment unless disputed within 10 days.",
           f"D{nxt + 2}")  # fmt: skip


# =============================================================================== 8D
def eightd_zh_claimcost(s: kit.Sheet) -> None:
    """An 8D 报告 whose D8 is followed by a 质量成本 block (挑选费, 返工费, 客户索赔 and 合计, no field) and the
    supplier's 扣款确认 line (``同意扣款 ☑　不同意 □``)."""
    s.text("A1", "8D 报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "开始日期", "客户", "客户索赔单号", "零件号", "不良数量"),
        (kit.pick(s, "8D-NB-2603-07", "8D-NB-2605-03"), kit.pick(s, D(2026, 3, 13), D(2026, 5, 16)),
         kit.pick(s, "上海汽车空调配件股份有限公司", "重庆长安汽车股份有限公司"), kit.pick(s, "SP-2603-0112", "SP-2605-0048"),
         kit.pick(s, "NB-PIP-3301", "NB-BRK-7720"), kit.pick(s, 240, 96)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A5",
        "D1 小组成员",
        "B5",
        kit.pick(s, ("冯涛", "邱敏", "石磊"), ("冯涛", "邱敏")),
        sep="、",
        span="D5",
    )
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 纠正措施", "D6 验证", "D7 预防措施"),
        (kit.pick(s, "管接头螺纹烂牙 240 件。", "支架孔位偏移。"), kit.pick(s, "在库 3,600 件全检螺纹。", "在库全数检孔位。"),
         kit.pick(s, "攻丝丝锥磨损。", "冲孔模定位销松动。"), kit.pick(s, "螺纹通止规为抽检。", "孔位检具为首件检查。"),
         kit.pick(s, "丝锥 2,000 孔强制更换。", "定位销改为过盈配合。"), kit.pick(s, "连续 3 批螺纹合格。", "连续 3 批孔位合格。"),
         kit.pick(s, "其他攻丝工位比照。", "同类冲模比照。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 关闭日期", "批准人"), (kit.pick(s, D(2026, 4, 14), D(2026, 6, 12)), "石磊"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    s.text("A14", "质量成本", "D14", bold=True)
    nxt = cost_table(s, 15, "ABC", ("项目", "说明", "金额（元）"), (
        ("挑选费", "12 人 × 8 h × 35 元/h", 3360.0), ("返工费", "240 件 × 2.50 元", 600.0),
        ("客户索赔", "按索赔单", kit.pick(s, 9196.0, 6270.0))))  # fmt: skip
    s.text(f"A{nxt}", "扣款确认：☑同意扣款　□不同意（请说明）　供应商签字：冯涛", f"D{nxt}")


def eightd_en_copq(s: kit.Sheet) -> None:
    """An English 8D with a COST OF POOR QUALITY table after D8 in USD, the CNY EQUIVALENT beside each amount and the
    exchange rate (``USD/CNY 7.1850``) above it (no field)."""
    s.text("A1", "8D PROBLEM SOLVING REPORT", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Open date", "Customer", "Claim ref.", "Part No.", "Qty suspect"),
        (kit.pick(s, "8D-EV-26-014", "8D-EV-26-029"), kit.pick(s, D(2026, 3, 17), D(2026, 5, 19)),
         kit.pick(s, "Westbrook Appliances Inc.", "Harbor Lighting Co."), kit.pick(s, "WB-CLM-2603-09", "HL-CLM-2605-02"),
         kit.pick(s, "EV-MTR-5501", "EV-DRV-0912"), kit.pick(s, 360, 150)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", kit.pick(s, ("Tom Baker", "Liu Fang", "Ana Costa"), ("Tom Baker", "Liu Fang")),
                  span="D5")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 Problem", "D3 Containment", "D4 Root cause", "D4 Escape point", "D5 Corrective action",
         "D6 Validation", "D7 Prevention"),
        (kit.pick(s, "Motor stalls at start-up on 360 units.", "Driver board flickers at low dimming."),
         kit.pick(s, "3,200 units in stock re-tested.", "All boards in stock re-tested."),
         kit.pick(s, "Winding tension too low on one coil winder.", "Capacitor rated 16 V instead of 25 V."),
         kit.pick(s, "Start-up torque not in the final test.", "Incoming check skipped the voltage rating."),
         kit.pick(s, "Tension sensor with alarm on the winder.", "BOM locked; supplier PPAP renewed."),
         kit.pick(s, "Five lots without a stall.", "Three lots without flicker."),
         kit.pick(s, "Sensors on all coil winders.", "Voltage rating check at incoming.")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 Closed", "Approved by"), (kit.pick(s, D(2026, 4, 21), D(2026, 6, 23)), "Gregory Shaw"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    s.text("A14", "Cost of poor quality (exchange rate USD/CNY 7.1850)", "D14", bold=True)
    kit.head_row(s, 15, "ABCD", ("Item", "Basis", "USD", "CNY"))
    for k, (item, basis, usd) in enumerate((("Sorting", "6 people × 8 h × USD 30.00", 1440.0),
                                             ("Customer claim", "Debit note", kit.pick(s, 4250.0, 2180.0)),
                                             ("Freight", "Air, 2 shipments", 610.0)), start=16):  # fmt: skip
        for col, v in zip("ABCD", (item, basis, usd, round(usd * 7.185, 2))):
            s.value(f"{col}{k}", v, path=None, label="Cost", fmt="#,##0.00" if isinstance(v, float) else None)


def eightd_zht_deduct(s: kit.Sheet) -> None:
    """A 矯正措施報告 (zh-Hant) with a 扣款確認 block under the 8D that the SUPPLIER SIGNS (索賠單號, 扣款金額 NT$, 扣款方式
    ``自 4 月貨款扣除``, 供應商簽認 and a date: no field), the 8D's own 核准 above it."""
    s.text("A1", "矯正措施報告（8D）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("報告編號", "開立日期", "客戶", "客訴單號", "料號", "不良數"),
        ("CAR-2603-015", D(2026, 3, 16), "華碩電腦股份有限公司", "AS-QA-260312", "HS-SPK-2201", 620),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "小組成員", "B5", ("李宗翰", "陳怡君", "黃俊傑"), sep="、", span="D5")
    rows = kit.eightd_steps(
        ("問題描述", "暫時對策", "真因分析", "流出原因", "永久對策", "效果確認", "水平展開"),
        ("喇叭破音，頻響測試超規。", "在庫 4,500 PCS 全數頻響測試。", "振膜點膠量不足。", "頻響測試為抽檢。",
         "點膠機加裝重量監控。", "連續 4 批頻響合格。", "其他點膠站比照。"),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("結案日期", "核准"), (D(2026, 4, 20), "黃俊傑"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    s.text("A14", "扣款確認", "D14", bold=True)
    for r, (lab, val) in enumerate((("索賠單號", "AS-CLM-260318"), ("扣款金額", "NT$ 46,800"),
                                    ("扣款方式", "自 4 月貨款扣除"), ("供應商簽認", "陳怡君　2026/03/25")), start=15):  # fmt: skip
        s.text(f"A{r}", lab, shade=True)
        s.text(f"B{r}", val, f"D{r}")


# =============================================================================== return
def return_zh_split(s: kit.Sheet) -> None:
    """A 退货单 of a claim SETTLED PARTLY BY RETURN AND PARTLY BY ALLOWANCE (``结算方式：退货 600 件，其余 200 件按 8%
    折让``), each line's price WITHOUT AND WITH TAX side by side (单价(不含税) / 单价(含税) / 金额(不含税) / 金额(含税)):
    the note's unit price and amount are the ones without tax."""
    s.text("A1", "退货单", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "索赔单号"),
        ("TH-2603-0035", D(2026, 3, 19), "苏州科沃斯机器人有限公司", "KW-SP-260314"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="H")  # fmt: skip
    s.text("A4", "结算方式：退货 600 件，其余 200 件按 8% 折让（另开折让单）", "H4")
    heads = (
        "物料编码",
        "物料名称",
        "核准数量",
        "实退数量",
        "单价(不含税)",
        "单价(含税)",
        "金额(不含税)",
        "金额(含税)",
    )
    kit.head_row(s, 5, "ABCDEFGH", heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("SZ-WHL-1102", "驱动轮", 400, 400, 21.5), ("SZ-BRS-1103", "边刷", 200, 196, 3.2))
    ):
        r, a = 6 + i, round(q * p, 2)
        for col, (val, path, exp, fmt) in zip("ABCDEFGH", (
            (code, "part_no", None, None), (name, "part_name", None, None), (qa, "qty_approved", qa, None),
            (q, "qty_returned", q, None), (p, "unit_price", kit.money(p), "0.00"), (round(p * 1.13, 2), None, None, "0.00"),
            (a, "amount", kit.money(a), "#,##0.00"), (round(a * 1.13, 2), None, None, "#,##0.00"),
        )):  # fmt: skip
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=heads["ABCDEFGH".index(col)],
                    expect=exp, fmt=fmt)  # fmt: skip
    foot = kit.field_rows(("退货原因", "处理方式", "仓库签收", "核准"),
                          ("驱动轮异响，边刷掉毛。", ("返工", ["rework"]), "蒋丽", "朱建军"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, 8, foot, "H")


def return_en_restock(s: kit.Sheet) -> None:
    """A distributor's RMA form: ``RMA#`` (the note's number), a ``Reason code`` column with its legend, ``Restocking
    fee 15%`` (no field), ``Advance replacement: Y`` (the disposition) and a credit line under the items."""
    s.text("A1", "RETURN MERCHANDISE AUTHORIZATION", "F1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA#", "RMA date", "Distributor", "Complaint ref."),
        (kit.pick(s, "RMA-260318-22", "RMA-260521-07"), kit.pick(s, D(2026, 3, 18), D(2026, 5, 21)),
         kit.pick(s, "Arrow Point Electronics Ltd.", "Kestrel Components GmbH"), kit.pick(s, "APE-CC-0316", "KC-CC-0519")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Item code", "Description", "Qty authorized", "Qty returned", "Unit price", "Extended")
    kit.head_row(s, 4, "ABCDEF", heads)
    s.text("G4", "Reason code", bold=True, shade=True)
    lines = kit.pick(s, [("AP-PSU-240", "24 V power supply", 60, 58, 14.6), ("AP-RLY-012", "Relay 12 V", 500, 500, 0.88)],
                     [("KC-SNS-330", "Proximity sensor", 80, 80, 9.4)])  # fmt: skip
    kit.return_lines(s, 5, lines, heads)
    for r in range(5, 5 + len(lines)):
        s.value(f"G{r}", "D02", path=None, label="Reason code")
    nxt = 5 + len(lines)
    foot = kit.field_rows(("Reason", "Disposition", "Received by", "Approved by"),
                          (kit.pick(s, "Dead on arrival; relays chatter.", "Sensor range short."),
                           ("Advance replacement", ["replace"]), "Omar Haddad", "Lisa Brandt"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, nxt, foot, "F")
    s.text(f"A{nxt + 4}", "Reason codes: D01 wrong item · D02 defective · D03 damaged in transit · D04 overstock",
           f"G{nxt + 4}")  # fmt: skip
    s.text(f"A{nxt + 5}", "Restocking fee 15% (waived for D02)　·　Advance replacement: Y", f"G{nxt + 5}")


# =============================================================================== allowance
def allowance_zh_agreed(s: kit.Sheet) -> None:
    """A 销售折让单 COMPUTED FROM AN AGREED CLAIM: 索赔金额 (asked), 协商金额 (agreed) and 折让比例 (the agreed share of
    the goods' value) above the lines (no field), the lines and totals the allowance."""
    s.text("A1", "销售折让单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉编号"),
        ("ZR-2603-0031", D(2026, 3, 28), "广州视源电子科技股份有限公司", "91440101725052946Y", "44012000000071203355",
         "CVT-KS-260317"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    s.text("A5", "索赔金额：18,000.00　　协商金额：12,000.00　　折让比例：5%（按原发票金额）", "E5")
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("电源适配器", 4000, 1.9), ("遥控器", 2000, 2.2)), heads, 0.13)
    for r, lab, x, path in ((9, "金额合计", net, "total_excl_tax"), (10, "税额合计", tax, "total_tax"),
                            (11, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A12", "财务经理", "B12", "许文静", "approved_by_manager", span="C12")


_COPY2 = {"complaint_zh_claim", "complaint_zht_approved", "complaint_en_chargeback", "eightd_zh_claimcost",
          "eightd_en_copq", "return_en_restock", "complaint_zh_debitconfirm", "allowance_en_cnyequiv"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_claim, "索赔单", dict(A=18, B=30, C=18, D=30), "a customer's 质量索赔单: a cost breakdown (挑选费 12 人 × 8 h × 35 元, 报废 PCS × 单价, 快递费, 停线损失, 管理费 10%) and its 索赔总额"),
        (complaint_zht_approved, "索賠單", dict(A=18, B=28, C=18, D=28), "a 客訴索賠處理單: 申請金額 beside a lower 核准金額, a 差異說明"),
        (complaint_en_chargeback, "Chargeback", dict(A=24, B=34, C=20, D=30), "an English chargeback notice: Sorting cost, Line down, Admin fee 10%, Net amount due"),
        (eightd_zh_claimcost, "8D", dict(A=18, B=30, C=16, D=30), "an 8D 报告 with a 质量成本 block and the supplier's 扣款确认 after D8"),
        (eightd_en_copq, "8D", dict(A=24, B=30, C=18, D=30), "an English 8D with a cost of poor quality table in USD and CNY and the exchange rate"),
        (eightd_zht_deduct, "8D", dict(A=14, B=30, C=14, D=30), "a 矯正措施報告 with a 扣款確認 block the supplier signs"),
        (return_zh_split, "退货单", dict(A=14, B=12, C=10, D=10, E=12, F=12, G=12, H=12), "a 退货单 of a claim settled partly by return, partly by allowance; prices without and with tax side by side"),
        (return_en_restock, "RMA", dict(A=16, B=22, C=14, D=14, E=14, F=14, G=12), "a distributor's RMA: RMA#, reason codes, Restocking fee 15%, Advance replacement"),
        (allowance_zh_agreed, "折让单", dict(A=20, B=24, C=14, D=16, E=16), "a 销售折让单 computed from an agreed claim: 索赔金额, 协商金额, 折让比例"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#eef1ea", "td span{white-space:pre-line}.cost td,.cost th{font-size:9pt;padding:2px}")


def cost_rows(f: kit.HtmlForm, heads, lines) -> None:
    """A claim's cost breakdown on a page: a table of ``heads`` and one row a cost (no field)."""
    f.raw('<table class="cost"><tr>' + "".join(f"<th>{h}</th>" for h in heads) + "</tr>")
    for line in lines:
        f.raw("<tr>" + "".join(f"<td>{v}</td>" for v in line) + "</tr>")
    f.raw("</table>")


def complaint_zh_debitconfirm(f: kit.HtmlForm) -> str:
    """A 扣款确认单 the supplier signs (Chromium): the complaint's fields, the 扣款明细 (挑选, 返工, 快递费, 管理费 10%),
    the 扣款合计 (the complaint's loss), 扣款方式 and the supplier's 确认意见 with its stamp line."""
    f.raw("<h2>扣款确认单</h2><p style='text-align:center'>（供应商签字盖章后回传）</p><table>")
    kit.kv_rows(f, kit.field_rows(
        ("扣款单号", "通知日期", "客户", "采购订单", "物料编码", "物料名称", "来料数量", "不良数量", "问题描述", "客户要求",
         "通知人"),
        (kit.pick(f, "KK-2603-0019", "KK-2605-0008"), kit.pick(f, ("2026-03-20", "2026-03-20"), ("2026-05-25", "2026-05-25")),
         kit.pick(f, "珠海格力电器股份有限公司", "TCL家电集团（惠州）有限公司"), kit.pick(f, "GL-PO-700812", "TCL-PO-55093"),
         kit.pick(f, "ZH-TRM-2201", "ZH-SEN-0417"), kit.pick(f, "接线端子", "温度传感器"),
         (kit.pick(f, "20,000", "6,000"), kit.pick(f, 20000, 6000)), (kit.pick(f, "650", "210"), kit.pick(f, 650, 210)),
         kit.pick(f, "端子压接不良，拉脱力不足。", "传感器阻值漂移。"), ("扣款", ["compensation"]), "潘志勇"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw("</table><p><b>扣款明细</b></p>")
    rework, freight = kit.pick(f, (650 * 3.0, 1506.0), (210 * 2.0, 132.0))
    admin = round((3360.0 + rework + freight) * 0.10, 2)
    total = 3360.0 + rework + freight + admin
    cost_rows(f, ("项目", "计算", "金额（元）"), (
        ("挑选费", "12 人 × 8 h × 35 元/h", "3,360.00"), ("返工费", kit.pick(f, "650 件 × 3.00 元", "210 件 × 2.00 元"),
                                                         f"{rework:,.2f}"),
        ("快递费", "顺丰", f"{freight:,.2f}"), ("管理费", "10%", f"{admin:,.2f}")))  # fmt: skip
    f.raw("<table>")
    kit.kv_rows(
        f, kit.field_rows(("扣款合计（元）",), ((f"{total:,.2f}", kit.money(total)),), ("loss_amount",))
    )
    f.raw("</table><p>扣款方式：从当月货款中扣除</p>"
          "<p>供应商确认意见：☑同意　□不同意（请附说明）</p><p>供应商签字（盖章）：＿＿＿＿＿＿　日期：＿＿＿＿</p>")  # fmt: skip
    return f.page("扣款确认单", _CSS)


def complaint_en_warranty(f: kit.HtmlForm) -> str:
    """A WARRANTY CLAIM exported from a dealer portal (Chromium): Claim No., VIN, mileage, Labor hours × rate, Parts,
    Handling 10 % and the claim total (the loss), the dealer's complaint / cause / correction."""
    f.raw("<h2>Warranty Claim</h2><p class='note'>Exported from the dealer warranty portal</p><table>")
    kit.kv_rows(f, kit.field_rows(
        ("Claim No.", "Claim date", "Dealer", "Part No.", "Part description", "Qty claimed", "Complaint / cause / correction",
         "Request", "Submitted by"),
        ("WC-2026-004417", ("03/21/2026", "2026-03-21"), "Lakeside Motors of Duluth", "ST-WPM-8812", "Water pump assembly",
         ("1", 1), "Coolant leak at the pump seal; seal lip torn; pump replaced.", ("Reimbursement", ["compensation"]),
         "Dana Whitfield"),
        ("number", "received_date", "customer", "part_no", "part_name", "defect_qty", "description", "customer_request",
         "reporter"),
    ))  # fmt: skip
    f.raw("</table><p><b>Vehicle</b>: VIN 1FTFW1E50PFA21877 · Mileage 18,420 mi · In service 2025-06-02</p>")
    cost_rows(
        f,
        ("Labor op", "Labor hours", "Rate", "Labor", "Parts", "Handling 10%"),
        (("12-503 R&amp;R water pump", "2.4", "USD 145.00", "348.00", "212.60", "21.26"),),
    )
    f.raw("<table>")
    kit.kv_rows(f, kit.field_rows(("Claim total (USD)",), (("581.86", "581.86"),), ("loss_amount",)))
    f.raw("</table>")
    return f.page("Warranty claim", _CSS)


def return_zht_claim(f: kit.HtmlForm) -> str:
    """A 退貨單 following a 索賠通知書 (Chromium): its lines, then the CLAIM'S DEDUCTION under them (``索賠扣款 NT$ 8,400
    （依索賠通知書 CN-2603-011）``, no field) before the reason and the disposition."""
    f.raw("<h2>退貨單</h2>")
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "索賠通知書號"),
        ("RT-2603-0044", ("2026/03/23", "2026-03-23"), "友達光電股份有限公司", "CN-2603-011"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    kit.return_rows_html(f, ("料號", "品名", "核准數", "實退數", "單價", "金額"),
                         (("YD-BKL-3301", "背光模組", 300, 300, 42.0), ("YD-FPC-3302", "軟板", 1200, 1180, 3.5)))  # fmt: skip
    f.raw("</table><p>索賠扣款：NT$ 8,400（依索賠通知書 CN-2603-011，挑選工時 10 人 × 6 h × NT$ 140）</p>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        ("背光亮度不均，軟板折傷。", ("報廢", ["scrap"]), "邱美玲", "蕭志豪"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


def allowance_en_cnyequiv(f: kit.PdfDraw) -> None:
    """An English DEBIT NOTE in USD drawn by a customer's system (fpdf2): the claim's lines (Sorting, Scrap, Freight,
    Admin fee) and the totals in USD, then ``CNY equivalent at USD/CNY 7.1850`` (no field)."""
    f.text(80, 16, "DEBIT NOTE", size=14)
    f.text(120, 24, "To: Ningbo Boyuan Precision Parts Co., Ltd. (Supplier)", size=8)
    kit.pdf_lv_lines(f, 15, 60, 30.0, kit.field_rows(
        ("Debit Note No.", "Date", "Supplier invoice", "Claim ref.", "Issued by (Buyer)", "Buyer EIN"),
        (kit.pick(f, "DN-26-0419", "DN-26-0588"), kit.pick(f, ("19 Mar 2026", "2026-03-19"), ("22 May 2026", "2026-05-22")),
         kit.pick(f, "INV-NB-26-0311", "INV-NB-26-0517"), kit.pick(f, "CLM-26-0077", "CLM-26-0102"),
         kit.pick(f, "Westbrook Appliances Inc.", "Harbor Lighting Co."), kit.pick(f, "38-2917745", "41-5520873")),
        ("number", "issue_date", "invoice_no", "complaint_number", "buyer", "buyer_tax_id"),
    ), colon=":")  # fmt: skip
    cols = ((15, "Description", "name"), (85, "Qty", "qty"), (110, "Rate (USD)", "unit_price"),
            (140, "Amount (USD)", "allowance_amount"), (172, "Tax", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 80, lab, bold=True)
    f.pdf.line(15, 82, 195, 82)
    lines = kit.pick(f, (("Sorting (hours)", 48, 28.0), ("Scrapped parts", 240, 6.5), ("Admin fee", 1, 290.4)),
                     (("Sorting (hours)", 24, 28.0), ("Scrapped parts", 96, 9.0)))  # fmt: skip
    y, net = 82.0, 0.0
    for i, (name, q, p) in enumerate(lines):
        y += 8
        a = round(q * p, 2)
        net += a
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:,.2f}", f"{a:,.2f}", "0.00"),
                                            (None, q, kit.money(p), kit.money(a), "0.00")):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    y = kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("Net amount (USD)", "Tax (USD)", "Total debit (USD)", "Approved by"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "Martin Kessler"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), colon=":")  # fmt: skip
    f.text(
        15, y + 4, f"CNY equivalent at USD/CNY 7.1850: CNY {net * 7.185:,.2f} (for reference only)", size=8
    )


def allowance_zht_statement(f: kit.PdfDraw) -> None:
    """A 銷貨折讓證明單 drawn by fpdf2 (zh-Hant) with, under it, the 對帳單 EXCERPT in which the claim is deducted
    (``3/31 扣：客訴索賠 CS-2603-018　-12,600``: a statement line, no field), amounts without and with tax."""
    f = kit.CjkDraw.of(f)
    f.text(70, 18, "銷貨退回或折讓證明單", size=14)
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-2603-0061", ("2026/03/31", "2026-03-31"), "緯創資通股份有限公司", "70653900", "KX-51239907", "CS-2603-018"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (60, "數量", "qty"), (85, "單價", "unit_price"), (110, "金額(未稅)", "allowance_amount"),
            (145, "營業稅", "tax"), (170, "含稅金額", None))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 85, lab, bold=True)
    f.pdf.line(15, 87, 195, 87)
    y, net, tax = 87.0, 0.0, 0.0
    for i, (name, q, p) in enumerate((("電源線", 6000, 1.5), ("轉接頭", 1800, 2.0))):
        y += 8
        a, t = round(q * p), round(q * p * 0.05)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:.2f}", f"{a:,}", f"{t:,}", f"{a + t:,}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t), None)):  # fmt: skip
            f.value(x, y, raw, path=path and f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 45, y + 14, kit.field_rows(
        ("合計(未稅)", "營業稅", "總計(含稅)", "主管"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,.0f}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)), "顏志明"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip
    f.text(15, 180, "對帳單摘錄（2026 年 3 月）", bold=True)
    for x, h in zip((15, 40, 110, 160), ("日期", "摘要", "金額", "餘額")):
        f.text(x, 188, h)
    for k, line in enumerate((("3/05", "銷貨 KX-51238811", "186,000", "186,000"),
                              ("3/18", "銷貨 KX-51239907", "92,400", "278,400"),
                              ("3/31", "扣：客訴索賠 CS-2603-018", "-12,600", "265,800"))):  # fmt: skip
        for x, v in zip((15, 40, 110, 160), line):
            f.text(x, 195 + k * 6, v)


def eightd_zh_linedown(f: kit.PdfDraw) -> None:
    """An 8D 报告 drawn by fpdf2 whose D2 names a line stop and whose foot computes the 停线损失 (``停线 2.5 h × 12,000
    元/h = 30,000 元``) and the 索赔合计 the customer asks (no field)."""
    f = kit.CjkDraw.of(f)
    f.text(80, 16, "8D 报告", size=14)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("报告编号", "开立日期", "客户", "索赔单号", "零件号", "投诉数量"),
        ("8D-HF-2603-022", ("2026-03-24", "2026-03-24"), "合肥长安汽车有限公司", "CA-SP-260321", "HF-HRN-4410", ("1500", 1500)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 48, 80, "D1 小组", ("罗斌", "袁静", "韦志刚"))
    steps = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 纠正措施", "D6 效果验证", "D7 预防措施"),
        ("线束插头端子退针，总装线停线 2.5 h。", "在库及在途 6,000 件全检端子保持力。", "端子压接高度超上限。",
         "保持力为每班首件检测。", "压接高度在线 100% 监控。", "连续 5 批保持力合格。", "其他压接机比照。"),
    )  # fmt: skip
    y = 90.0
    for lab, raw, path in steps:
        f.text(15, y, lab + "：")
        f.value(48, y, raw, path=path, label=lab)
        y += 9
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 结案日期", "批准"), (("2026-04-28", "2026-04-28"), "韦志刚"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip
    f.text(15, y + 24, "索赔费用", bold=True)
    for k, line in enumerate(("停线损失：停线 2.5 h × 12,000 元/h = 30,000.00 元", "挑选费：12 人 × 8 h × 35 元/h = 3,360.00 元",
                              "管理费：10% = 3,336.00 元", "索赔合计：36,696.00 元")):  # fmt: skip
        f.text(15, y + 32 + k * 7, line)


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a 扣款确认单 the supplier signs: the complaint's fields, 扣款明细, 扣款合计, 扣款方式, 确认意见", complaint_zh_debitconfirm),
        ("a warranty claim exported from a dealer portal: Claim No., VIN, Labor hours, Parts, Handling, Claim total", complaint_en_warranty),
        ("a 退貨單 following a 索賠通知書, the claim's deduction under its lines", return_zht_claim),
        ("an English debit note in USD drawn by fpdf2, the CNY equivalent and the rate under the totals", allowance_en_cnyequiv),
        ("a 銷貨折讓證明單 drawn by fpdf2 with the 對帳單 line that deducts the claim, amounts without and with tax", allowance_zht_statement),
        ("an 8D 报告 drawn by fpdf2 whose foot computes the 停线损失 and the 索赔合计", eightd_zh_linedown),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _sheet_of(title: str, lines) -> bytes:
    """A one-sheet workbook of ``(label, value)`` rows (``None`` value: a title line)."""
    return kit.sheet_bytes(title, lines, dt.datetime(2026, 3, 20, 9, 0))


def _words_differ_workbook() -> bytes:
    """A 销售折让单 whose 大写金额 SAYS ANOTHER AMOUNT than its 价税合计 (壹万贰仟元整, the amount first agreed, beside
    12,543.00: the clerk re-computed the lines and left the words)."""
    return _sheet_of("折让单", (("销售折让单", None), ("折让单号", "ZR-2603-0077"), ("开具日期", "2026-03-30"),
                               ("购买方", "深圳市汇顶科技股份有限公司"), ("纳税人识别号", "91440300715283829P"),
                               ("原发票号码", "44030000000081127731"), ("客诉编号", "HD-KS-260322"),
                               ("货物名称", "指纹模组支架"), ("数量", 6000), ("单价", 1.85), ("折让金额", 11100.00),
                               ("税额", 1443.00), ("价税合计", 12543.00), ("大写金额", "人民币壹万贰仟元整")))  # fmt: skip


def _two_currencies_workbook() -> bytes:
    """A debit note whose LINES ARE IN USD WHILE ITS TOTALS ARE IN CNY (a template's currency changed on the lines
    only): the totals do not add up to the lines."""
    return _sheet_of("Debit note", (("DEBIT NOTE", None), ("Debit Note No.", "DN-26-0431"), ("Date", "2026-03-21"),
                                   ("Debited to", "Ningbo Boyuan Precision Parts Co., Ltd."), ("Tax ID", "91330201MA2H7Q3X1K"),
                                   ("Supplier invoice", "INV-NB-26-0320"), ("Claim ref.", "CLM-26-0081"),
                                   ("Description", "Sorting (hours)"), ("Qty", 48), ("Rate (USD)", 28.00),
                                   ("Amount (USD)", 1344.00), ("Net amount (CNY)", 9656.64), ("Tax (CNY)", 0),
                                   ("Total debit (CNY)", 9656.64), ("Approved by", "Martin Kessler")))  # fmt: skip


ODD = {
    "allowance-wordsdiffer.xlsx": (
        "a 销售折让单 whose 大写金额 (壹万贰仟元整) says another amount than its 价税合计 (12,543.00): a word that the "
        "amount in words disagrees, or a clear error; never a record holding one of them silently",
        _words_differ_workbook,
    ),
    "allowance-twocurrencies.xlsx": (
        "a debit note whose line is in USD (1,344.00) while its totals are in CNY (9,656.64): a word that the totals "
        "do not add up to the lines, or a clear error; never a record holding both silently",
        _two_currencies_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-third held-out layouts", ODD)
