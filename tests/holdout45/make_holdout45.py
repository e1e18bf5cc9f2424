"""Write the forty-fifth held-out set (run: ``python tests/holdout45/make_holdout45.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS FROM THE CONSUMER
CHANNEL: what a brand's factory receives from e-commerce platforms, call centres and retailers. An AFTER-SALES TICKET
EXPORTED FROM A PLATFORM'S SELLER BACKEND (one heading row over one ticket's row: ``售后单号``, ``订单编号``, ``买家昵称``,
``售后类型 退货退款``, ``退款金额``, ``退货物流单号``), a 400 HOTLINE RECORD (``来电时间 2026-03-12 14:32``, ``来电号码
138****5678``, ``客户姓名 张**``, ``受理人``, ``投诉内容``, ``处理结果``), a Taiwanese 客服中心 客訴紀錄 (``會員編號``,
``發票號碼``, ``取貨門市``), a PRODUCT SAFETY INCIDENT REPORT (injury, regulator notified, stop-sale), an 8D opened from a
BATCH OF CONSUMER COMPLAINTS with the COMPLAINT COUNT BY MONTH in a table, an English 8D with the RETURN RATE BY MONTH, a
distributor's 退货申请单 with STORE CODES (门店编码, 门店名称) before each line, a return to the supplier built from an
AMAZON-STYLE RETURN REPORT (``order-id``, ``return-date``, ``asin``, ``sku``, ``reason DEFECTIVE``,
``customer-comments``), a 销售折让单 for a PLATFORM'S COMPENSATION TO BUYERS (``平台赔付``, ``优惠券补偿``) and its zh-Hant twin from a shopping
site (``消費者退貨補償``, ``平台折價券補貼``); sent as PDF only:
a 京东-like AFTER-SALES DETAIL PAGE PRINTED BY THE BROWSER (its header and footer: date, title, address, page), a
complaint forwarded WITH THE CHAT TRANSCRIPT under it (Chromium), a 經銷商退貨申請單 with a 門市代號 column (Chromium), a
12315 消费者投诉转办单 (a 25-digit 投诉编号, ``诉求``, fpdf2), a zh-Hant 8D from 消費者客訴 (fpdf2), an English credit note
for MARKETPLACE CLAIMS (SAFE-T reimbursement, A-to-z refund, coupon compensation; fpdf2). ``odd/`` holds an after-sales
export whose 订单编号 is MASKED (``4219********3321``) beside a masked buyer and phone, and a ticket whose 订单编号 was
turned into a MONEY CELL (``2,603,151,288.00``) beside the 退款金额.

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

HERE, SOURCE = kit.generator(__file__, "forty-fifth held-out imitation")
dt, D = kit.dt, kit.dt.date


def heading_over_value(s: kit.Sheet, rows) -> None:
    """A platform's export: one heading row (row 1) over one ticket's row (row 2), a column a field; ``rows`` as
    :func:`kit.field_rows` gives them (a path None: a column that is no field)."""
    cols = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for col, (lab, raw, path, exp) in zip(cols, rows):
        s.text(f"{col}1", lab, bold=True, shade=True)
        s.value(f"{col}2", raw, path=path, label=lab, expect=exp)


def count_table(s: kit.Sheet, row: int, heads, lines) -> int:
    """A table of counts by month (no field): ``heads`` then one row a month; returns the row after the last."""
    cols = "ABCD"[: len(heads)]
    kit.head_row(s, row, cols, heads)
    for k, line in enumerate(lines, start=row + 1):
        for col, v in zip(cols, line):
            s.value(f"{col}{k}", v, path=None, label=heads[0], fmt="#,##0" if isinstance(v, int) else None)
    return row + 1 + len(lines)


# =============================================================================== complaint
def complaint_zh_aftersale(s: kit.Sheet) -> None:
    """An AFTER-SALES TICKET EXPORTED FROM A PLATFORM'S SELLER BACKEND (天猫 / 京东 / 拼多多 售后单导出): no title, one
    heading row over the ticket's row, the columns as the export names them (售后单号, 订单编号, 店铺名称, 买家昵称,
    申请时间 with seconds, 售后类型 ``退货退款`` / ``仅退款``, 退款金额, 退货物流单号, 处理客服); the buyer's nickname and the
    waybill are no field, the store is the customer."""
    kind = kit.pick(s, ("退货退款", ["return"]), ("仅退款", ["compensation"]))
    heading_over_value(s, kit.field_rows(
        ("售后单号", "订单编号", "店铺名称", "买家昵称", "申请时间", "商品编码", "商品名称", "购买数量", "申请数量",
         "售后类型", "申请原因", "问题描述", "退款金额", "退货物流单号", "处理客服"),
        (kit.pick(s, "209876543210", "209877120455"), kit.pick(s, "3956127740183325571", "3961408826675019924"),
         kit.pick(s, "安居电器官方旗舰店", "安居电器京东自营旗舰店"), kit.pick(s, "t***8", "j***n"),
         (kit.pick(s, "2026-03-15 10:42:18", "2026-05-08 21:03:55"), kit.pick(s, "2026-03-15", "2026-05-08")),
         kit.pick(s, "AJ-KT1702", "AJ-RC3005"), kit.pick(s, "安居 1.7L 电热水壶", "安居 3L 智能电饭煲"),
         kit.pick(s, 2, 1), 1, kind, ("质量问题", "quality"),
         kit.pick(s, "烧水时底座漏水，插座跳闸。", "内胆涂层起皮脱落。"),
         (kit.pick(s, "129.00", "299.00"), kit.pick(s, "129.00", "299.00")),
         kit.pick(s, "SF1408827716530", "JDVB09872265310"), kit.pick(s, "客服-小美", "客服-阿杰")),
        ("number", "order_no", "customer", None, "received_date", "part_no", "part_name", "ship_qty", "defect_qty",
         "customer_request", "complaint_type", "description", "loss_amount", None, "reporter"),
    ))  # fmt: skip


def complaint_zh_hotline(s: kit.Sheet) -> None:
    """A 400 HOTLINE RECORD of the brand's call centre (400 客服热线来电记录表): 来电时间 with the hour, a MASKED caller
    (``张**``, ``138****5678``), 购买渠道 and 购买日期 (no field), 投诉内容, 客户诉求 ``换新``, 处理结果, 受理人 and the
    shift lead who checked it, a 回访 line (no field)."""
    s.text("A1", "400 客服热线来电记录表", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("工单编号", "来电时间", "客户姓名", "来电号码", "产品型号", "产品名称", "购买渠道", "购买日期", "订单号",
         "购买数量", "问题数量", "投诉类别"),
        (kit.pick(s, "RX-20260312-0087", "RX-20260509-0153"),
         (kit.pick(s, "2026-03-12 14:32", "2026-05-09 09:18"), kit.pick(s, "2026-03-12", "2026-05-09")),
         kit.pick(s, "张**", "刘**"), kit.pick(s, "138****5678", "159****2207"), kit.pick(s, "AJ-HT2210", "AJ-FN1608"),
         kit.pick(s, "暖风机", "落地扇"), kit.pick(s, "京东自营", "拼多多官方旗舰店"),
         kit.pick(s, "2026-02-26", "2026-04-30"), kit.pick(s, "288034517726", "260430-118827734"), kit.pick(s, 1, 2),
         1, ("质量投诉", "quality")),
        ("number", "received_date", "customer", None, "part_no", "part_name", None, None, "order_no", "ship_qty",
         "defect_qty", "complaint_type"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("投诉内容", "客户诉求", "处理结果"),
        (kit.pick(s, "使用一周后开机有焦糊味，出风口发黑。", "摇头时异响，扇叶碰网罩。"), ("换新", ["replacement"]),
         kit.pick(s, "已登记换新，安排快递上门取件，新机 3 月 14 日发出。", "已安排网点上门检测后换新。")),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, 11, kit.field_rows(
        ("受理人", "班长复核"), (kit.pick(s, "工号 2071 王丽", "工号 2088 陈晨"), "孙海燕"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip
    s.text("A12", kit.pick(s, "回访：2026-03-16 已回访，客户满意（录音编号 REC-0316-2231）",
                           "回访：2026-05-12 已回访，客户满意（录音编号 REC-0512-0918）"), "D12")  # fmt: skip


def complaint_zht_member(s: kit.Sheet) -> None:
    """A Taiwanese retailer's 客服中心 客訴紀錄 (zh-Hant): 會員編號 and 發票號碼 beside the order (no field), a masked
    顧客姓名 ``陳**`` and phone, 取貨門市 (a convenience store pick-up, no field), 顧客要求 ``換貨``, 處理說明."""
    s.text("A1", "客服中心 客訴紀錄", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "受理日期", "會員編號", "顧客姓名", "訂單編號", "發票號碼", "商品編號", "商品名稱", "購買數量",
         "異常數量", "聯絡電話", "取貨門市"),
        (kit.pick(s, "CS-2603-00412", "CS-2605-00187"), kit.pick(s, D(2026, 3, 14), D(2026, 5, 11)),
         kit.pick(s, "M0088123456", "M0091204477"), kit.pick(s, "陳**", "林**"), kit.pick(s, "TW260313A0081", "TW260510B0215"),
         kit.pick(s, "AB-12345678", "KX-55210993"), kit.pick(s, "AJ-BL0450", "AJ-AP2200"), kit.pick(s, "隨行果汁機", "空氣清淨機"),
         kit.pick(s, 2, 1), 1, kit.pick(s, "0912-***-318", "0935-***-072"), kit.pick(s, "全家 台北松江店", "7-ELEVEN 高雄中華門市")),
        ("number", "received_date", None, "customer", "order_no", None, "part_no", "part_name", "ship_qty", "defect_qty",
         None, None),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("客訴類別", "客訴內容", "顧客要求", "處理說明"),
        (("商品瑕疵", "quality"), kit.pick(s, "刀座組裝後漏水，無法正常使用。", "濾網卡榫斷裂，無法固定。"), ("換貨", ["replacement"]),
         kit.pick(s, "已寄送新品，瑕疵品由物流回收。", "已寄送新濾網框，舊品回收檢驗。")),
        ("complaint_type", "description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, 12, kit.field_rows(
        ("客服人員", "主管"), (kit.pick(s, "黃筱婷", "蔡宜芳"), "張志偉"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_safety(s: kit.Sheet) -> None:
    """A PRODUCT SAFETY INCIDENT REPORT a retailer forwards: incident number and date, the retailer (the customer),
    model and date code, units sold in the batch and incidents reported, the injury (``Minor burn``) and whether a
    regulator was notified (no field), ``Safety related: Yes``, the stop-sale as the immediate action."""
    s.text("A1", "PRODUCT SAFETY INCIDENT REPORT", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Incident No.", "Date reported", "Retailer", "Store order ref.", "Model No.", "Product", "Date code",
         "Units sold (batch)", "Incidents reported", "Injury"),
        ("PSI-2026-0031", D(2026, 3, 19), "HomeStyle Retail Ltd.", "HS-PO-558210", "AJ-HT2210-UK",
         "Ceramic fan heater 2 kW", "2601-B", 4800, 3, "Minor burn to a hand (first aid only)"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         None),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("Safety related", "Description of incident", "Immediate action", "Request to manufacturer"),
        (("Yes", True), "Housing deformed near the outlet grille after 2 h on full power; tip-over switch did not cut "
         "power.", "Stop-sale notice to 212 stores; batch 2601-B on hold in the DC.",
         ("Replacement units and a root-cause report", ["replacement"])),
        ("safety_related", "description", "short_term_action", "customer_request"),
    ))  # fmt: skip
    s.text("A11", "Regulator notified: OPSS — not yet (under assessment)　·　Recall: not decided", "D11")
    kit.lv_pairs(s, 12, kit.field_rows(
        ("Report prepared by", "Product safety manager"), ("Emma Lowry", "Daniel Pryce"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_batch(s: kit.Sheet) -> None:
    """An 8D 报告 OPENED FROM A BATCH OF CONSUMER COMPLAINTS: the 投诉数量 is the batch's total, and a 消费者投诉统计 table
    (月份 / 投诉数量 / 主要问题, one row a month and a 合计) stands between the header and D2 (no field)."""
    s.text("A1", "8D 报告（消费者投诉）", "D1", size=15)
    total = kit.pick(s, 75, 41)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "开立日期", "客户", "投诉汇总单号", "产品型号", "投诉数量"),
        (kit.pick(s, "8D-AJ-2603-04", "8D-AJ-2605-02"), kit.pick(s, D(2026, 3, 25), D(2026, 5, 20)),
         kit.pick(s, "浙江安居电器销售有限公司", "安居电器（深圳）电子商务有限公司"), kit.pick(s, "TS-2603-汇总-07", "TS-2605-汇总-03"),
         kit.pick(s, "AJ-KT1702", "AJ-RC3005"), total),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A5",
        "D1 小组成员",
        "B5",
        kit.pick(s, ("何军", "马丽", "严峰"), ("何军", "马丽")),
        sep="、",
        span="D5",
    )
    s.text("A6", "消费者投诉统计（天猫、京东、拼多多、400 热线）", "D6", bold=True)
    months = kit.pick(s, (("1 月", 12, "底座漏水"), ("2 月", 18, "底座漏水"), ("3 月", 45, "底座漏水、跳闸")),
                      (("4 月", 15, "涂层起皮"), ("5 月", 26, "涂层起皮")))  # fmt: skip
    nxt = count_table(s, 7, ("月份", "投诉数量", "主要问题"), (*months, ("合计", total, "")))
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 纠正措施", "D6 效果验证", "D7 预防措施"),
        (kit.pick(s, "电热水壶底座连接器处漏水，部分跳闸。", "电饭煲内胆涂层起皮。"),
         kit.pick(s, "在库 6,800 台 100% 气密测试，平台暂停发货。", "在库内胆全检附着力。"),
         kit.pick(s, "底座密封圈压缩量不足。", "喷涂前处理温度偏低。"), kit.pick(s, "气密测试为抽检。", "附着力为每批抽 5 件。"),
         kit.pick(s, "密封圈加厚 0.3 mm，压装力监控。", "前处理炉温在线监控报警。"),
         kit.pick(s, "4 月投诉降至 2 件。", "6 月投诉 0 件。"), kit.pick(s, "同平台其他壶型比照。", "其他内胆喷涂线比照。")),
    )  # fmt: skip
    kit.lv_rows(s, nxt, rows)
    kit.lv_pairs(s, nxt + 7, kit.field_rows(
        ("D8 结案日期", "批准人"), (kit.pick(s, D(2026, 4, 30), D(2026, 6, 28)), "严峰"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_returns(s: kit.Sheet) -> None:
    """An English 8D opened from MARKETPLACE RETURNS: ``Returns (DEFECTIVE)`` as the quantity complained, a RETURN RATE
    BY MONTH table (Month / Units sold / Returns / Return rate, no field) under the header."""
    s.text("A1", "8D REPORT — CONSUMER RETURNS", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Open date", "Customer", "Complaint ref.", "Model", "Returns (DEFECTIVE)"),
        (kit.pick(s, "8D-BW-26-006", "8D-BW-26-011"), kit.pick(s, D(2026, 3, 27), D(2026, 5, 22)),
         "Brightway Home Inc.", kit.pick(s, "BW-RR-2603-07", "BW-RR-2605-02"), kit.pick(s, "BW-KT17-US", "BW-RC30-US"),
         kit.pick(s, 132, 58)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", kit.pick(s, ("Kevin Zhou", "Maria Lopez", "Sam Patel"),
                                                     ("Kevin Zhou", "Maria Lopez")), span="D5")  # fmt: skip
    s.text("A6", "Return rate by month (Amazon US, Walmart.com)", "D6", bold=True)
    kit.head_row(s, 7, "ABCD", ("Month", "Units sold", "Returns", "Return rate"))
    for k, (m, sold, ret) in enumerate(kit.pick(s, (("Jan 2026", 2400, 18), ("Feb 2026", 2650, 31), ("Mar 2026", 2980, 83)),
                                                (("Apr 2026", 1900, 21), ("May 2026", 2100, 37))), start=8):  # fmt: skip
        for col, v, fmt in (
            ("A", m, None),
            ("B", sold, "#,##0"),
            ("C", ret, "#,##0"),
            ("D", ret / sold, "0.00%"),
        ):
            s.value(f"{col}{k}", v, path=None, label="Return rate", fmt=fmt)
    first = kit.pick(s, 11, 10)
    rows = kit.eightd_steps(
        ("D2 Problem", "D3 Containment", "D4 Root cause", "D4 Escape point", "D5 Corrective action",
         "D6 Verification", "D7 Prevent recurrence"),
        (kit.pick(s, "Kettle base leaks at the connector; customers report tripped breakers.",
                  "Inner pot coating peels after a few weeks."),
         kit.pick(s, "FBA stock of 3,100 units removed and leak-tested.", "Warehouse stock of inner pots re-tested."),
         kit.pick(s, "Base gasket under-compressed.", "Pre-treatment oven below set temperature."),
         kit.pick(s, "Leak test sampled, not 100 %.", "Adhesion test sampled 5 pcs per lot."),
         kit.pick(s, "Thicker gasket; press force monitored.", "Oven temperature alarm added."),
         kit.pick(s, "April return rate 0.4 %.", "June return rate 0.3 %."),
         kit.pick(s, "Same gasket check on all kettle models.", "Same alarm on the second coating line.")),
    )  # fmt: skip
    kit.lv_rows(s, first, rows)
    kit.lv_pairs(s, first + 7, kit.field_rows(
        ("D8 Closed", "Approved by"), (kit.pick(s, D(2026, 5, 6), D(2026, 7, 2)), "Sam Patel"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_retailer(s: kit.Sheet) -> None:
    """A distributor's 退货申请单 gathering consumer returns from its stores: each line begins with the STORE'S CODE AND
    NAME (门店编码, 门店名称: no field) before the product code, name, approved and returned counts, price and amount."""
    s.text("A1", "退货申请单（经销商门店客退）", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("申请单号", "申请日期", "经销商", "客诉单号"),
        (kit.pick(s, "THSQ-2603-018", "THSQ-2605-007"), kit.pick(s, D(2026, 3, 21), D(2026, 5, 18)),
         kit.pick(s, "苏州万家福商贸有限公司", "杭州联华电器连锁有限公司"), kit.pick(s, "KS-2603-0112", "KS-2605-0047")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("商品编码", "商品名称", "批准数量", "实退数量", "单价", "金额")
    lines = kit.pick(s, (("AJ-KT1702", "电热水壶", 6, 6, 86.0, "SZ0012", "观前街店"),
                         ("AJ-KT1702", "电热水壶", 4, 3, 86.0, "SZ0031", "园区湖东店"),
                         ("AJ-HT2210", "暖风机", 2, 2, 158.0, "SZ0045", "吴中万达店")),
                     (("AJ-RC3005", "智能电饭煲", 5, 5, 215.0, "HZ0103", "西湖文化广场店"),
                      ("AJ-FN1608", "落地扇", 8, 8, 92.0, "HZ0117", "滨江星光店")))  # fmt: skip
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "审批"),
        (kit.pick(s, "门店顾客退货：漏水、异味。", "门店顾客退货：涂层起皮、异响。"), ("返厂维修", ["repair"]), "郑伟", "周敏"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, heads, lines, {"A": ("门店编码", None), "B": ("门店名称", None)}, foot, "H")


def return_en_amazon(s: kit.Sheet) -> None:
    """A return to the supplier BUILT FROM AN AMAZON-STYLE RETURN REPORT: its lowercase hyphenated columns
    (``return-date``, ``order-id``, ``sku``, ``asin``, ``product-name``, ``quantity``, ``reason`` ``DEFECTIVE``,
    ``customer-comments``) with the unit cost and the amount added after them; the order, date, ASIN, reason and comments are no
    field, the sku is the part, the quantity the returned count."""
    s.text("A1", "RETURN TO SUPPLIER — CUSTOMER RETURNS (Amazon return report)", "J1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Return No.", "Date", "Customer", "Complaint ref."),
        ("RTS-BW-2603-04", D(2026, 3, 24), "Brightway Home Inc.", "BW-RR-2603-07"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="J")  # fmt: skip
    heads = ("return-date", "order-id", "sku", "asin", "product-name", "quantity", "reason", "customer-comments",
             "unit-cost", "amount")  # fmt: skip
    kit.head_row(s, 4, "ABCDEFGHIJ", heads)
    lines = (("2026-03-02", "114-3941689-8772232", "BW-KT17-US", "B0C7K2L9QX", "Electric Kettle 1.7L", 1,
              "Leaks from the bottom after two weeks", 21.4),
             ("2026-03-09", "113-0082715-4406613", "BW-KT17-US", "B0C7K2L9QX", "Electric Kettle 1.7L", 2,
              "both kettles trip the breaker", 21.4),
             ("2026-03-15", "112-7730921-1180245", "BW-RC30-US", "B0CH5R1MZT", "Rice Cooker 3 Cup", 1,
              "coating peeling off", 33.9))  # fmt: skip
    for i, (rdate, oid, sku, asin, name, q, comment, p) in enumerate(lines):
        r, a = 5 + i, round(q * p, 2)
        cells = ((rdate, None, None, None), (oid, None, None, None), (sku, "part_no", None, None),
                 (asin, None, None, None), (name, "part_name", None, None), (q, "qty_returned", q, None),
                 ("DEFECTIVE", None, None, None), (comment, None, None, None),
                 (p, "unit_price", kit.money(p), "0.00"), (a, "amount", kit.money(a), "0.00"))  # fmt: skip
        for col, (val, path, exp, fmt), head in zip("ABCDEFGHIJ", cells, heads):
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=head, expect=exp, fmt=fmt)
    foot = kit.field_rows(
        ("Reason", "Disposition", "Received by", "Approved by"),
        ("Customer returns, reason DEFECTIVE: leaks, breaker trips, coating.", ("Refurbish and resell", ["repair"]),
         "Jason Li", "Helen Wu"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 8, foot, "J")


# =============================================================================== allowance
def allowance_zh_platform(s: kit.Sheet) -> None:
    """A 销售折让单 for A PLATFORM'S COMPENSATION TO BUYERS the brand passes back to its factory: the basis line
    (``依据：天猫平台 2026 年 3 月售后赔付结算``, no field), lines ``平台赔付（质量问题先行赔付）`` and ``优惠券补偿（10 元
    无门槛券）``, 13 % tax, the totals."""
    s.text("A1", "销售折让单（电商平台赔付）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉编号"),
        (kit.pick(s, "ZR-2603-0088", "ZR-2605-0031"), kit.pick(s, D(2026, 3, 31), D(2026, 5, 31)),
         "浙江安居电器销售有限公司", "91330110MA2KX7T45R", kit.pick(s, "33012600000088127745", "33012600000091204417"),
         kit.pick(s, "TS-2603-汇总-07", "TS-2605-汇总-03")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    s.text("A5", kit.pick(s, "依据：天猫平台 2026 年 3 月售后赔付结算（赔付单 36 笔）", "依据：京东平台 2026 年 5 月售后赔付结算（赔付单 18 笔）"),
           "E5")  # fmt: skip
    heads = ("项目", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("平台赔付（质量问题先行赔付）", 36, 45.0), ("优惠券补偿（10 元无门槛券）", 120, 10.0)),
                     (("平台赔付（质量问题先行赔付）", 18, 60.0), ("优惠券补偿（20 元无门槛券）", 40, 20.0)))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((9, "金额合计", net, "total_excl_tax"), (10, "税额合计", tax, "total_tax"),
                            (11, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A12", "财务经理", "B12", "许文静", "approved_by_manager", span="C12")


def allowance_zht_platform(s: kit.Sheet) -> None:
    """A zh-Hant 銷貨退回或折讓證明單 for A SHOPPING SITE'S COMPENSATION TO CONSUMERS passed back to the brand's factory:
    the 依據 line (``依據：購物網 2026 年 3 月客訴退貨補償對帳``, no field), lines ``消費者退貨補償（商品瑕疵）`` and
    ``平台折價券補貼``, 5 % 營業稅 rounded to the dollar, the totals."""
    s.text("A1", "銷貨退回或折讓證明單（電商平台客訴補償）", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-TW-2603-015", D(2026, 3, 31), "樂購網路科技股份有限公司", "53917284", "QX-20318847", "CS-2603-00412"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    s.text("A5", "依據：購物網 2026 年 3 月客訴退貨補償對帳（退貨 12 筆、折價券 50 張）", "E5")
    heads = ("品名", "數量", "單價", "折讓金額（未稅）", "營業稅")
    kit.head_row(s, 6, "ABCDE", heads)
    net = tax = 0.0
    for i, (name, q, p) in enumerate(
        (("消費者退貨補償（商品瑕疵）", 12, 690.0), ("平台折價券補貼", 50, 100.0))
    ):
        a, x = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + x
        for col, (val, path, exp, fmt) in zip("ABCDE", (
            (name, "name", None, None), (q, "qty", q, "#,##0"), (p, "unit_price", kit.money(p), "#,##0"),
            (a, "allowance_amount", kit.money(a), "#,##0"), (x, "tax", kit.money(x), "#,##0"),
        )):  # fmt: skip
            s.value(
                f"{col}{7 + i}",
                val,
                path=f"items[{i}].{path}",
                label=heads["ABCDE".index(col)],
                expect=exp,
                fmt=fmt,
            )
    for r, lab, x, path in ((9, "合計（未稅）", net, "total_excl_tax"), (10, "營業稅", tax, "total_tax"),
                            (11, "總計", net + tax, "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0")
    kit.lv(s, "A12", "主管", "B12", "張志偉", "approved_by_manager", span="C12")


_COPY2 = {"complaint_zh_aftersale", "complaint_zh_hotline", "complaint_zht_member", "eightd_zh_batch",
          "return_zh_retailer", "allowance_zh_platform", "complaint_zh_jdpage", "complaint_zh_chat"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_aftersale, "售后单导出", {c: 16 for c in "ABCDEFGHIJKLMNO"}, "an after-sales ticket exported from a platform's seller backend: one heading row over the ticket's row (售后单号, 订单编号, 买家昵称, 售后类型, 退款金额, 退货物流单号)"),
        (complaint_zh_hotline, "来电记录", dict(A=16, B=30, C=16, D=30), "a 400 hotline record: 来电时间, a masked caller (张**, 138****5678), 投诉内容, 客户诉求, 处理结果, 受理人, 回访"),
        (complaint_zht_member, "客訴紀錄", dict(A=16, B=28, C=16, D=28), "a Taiwanese 客服中心 客訴紀錄: 會員編號, 發票號碼, a masked name, 取貨門市"),
        (complaint_en_safety, "Incident", dict(A=24, B=32, C=22, D=32), "a product safety incident report: injury, regulator notified, stop-sale, Safety related: Yes"),
        (eightd_zh_batch, "8D", dict(A=18, B=30, C=16, D=30), "an 8D opened from a batch of consumer complaints, the complaint count by month in a table"),
        (eightd_en_returns, "8D", dict(A=24, B=30, C=18, D=30), "an English 8D from marketplace returns, the return rate by month in a table"),
        (return_zh_retailer, "退货申请", dict(A=12, B=14, C=14, D=14, E=10, F=10, G=10, H=12), "a distributor's 退货申请单 of consumer returns, a store code and name before each line"),
        (return_en_amazon, "Returns", dict(A=12, B=22, C=14, D=14, E=20, F=9, G=12, H=34, I=10, J=10), "a return to the supplier built from an Amazon-style return report (order-id, asin, sku, reason DEFECTIVE, customer-comments)"),
        (allowance_zh_platform, "折让单", dict(A=30, B=22, C=12, D=16, E=16), "a 销售折让单 for a platform's compensation to buyers: 平台赔付, 优惠券补偿"),
        (allowance_zht_platform, "折讓單", dict(A=30, B=22, C=12, D=18, E=14), "a zh-Hant 銷貨退回或折讓證明單 for a shopping site's compensation to consumers: 消費者退貨補償, 平台折價券補貼"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css(
    "#f3eee6",
    ".bar{font-size:8pt;color:#333;display:flex;justify-content:space-between;margin:4px 10px}"
    ".chat p{margin:2px 10px;font-size:9pt}.chat .t{color:#777}",
)


def browser_bar(f: kit.HtmlForm, left: str, right: str) -> None:
    """The header or footer line a browser prints on each page (date and title, or address and page number)."""
    f.raw(f"<div class='bar'><span>{left}</span><span>{right}</span></div>")


def complaint_zh_jdpage(f: kit.HtmlForm) -> str:
    """A 京东-like seller backend's 售后服务单详情 PAGE PRINTED BY THE BROWSER: the browser's header (date, tab title) and
    footer (the address, ``1/1``) printed with it, a masked 客户信息 line, the service's 处理进度 timeline (no field)."""
    browser_bar(f, kit.pick(f, "2026/3/18 10:21", "2026/5/21 16:05"), "售后服务单详情 - 商家后台")
    f.raw("<h2>售后服务单详情</h2><table>")
    kit.kv_rows(f, kit.field_rows(
        ("服务单号", "申请时间", "所属店铺", "订单号", "商品编号", "商品名称", "购买数量", "申请数量", "服务类型",
         "问题描述", "审核人"),
        (kit.pick(f, "1587720331", "1590482217"),
         (kit.pick(f, "2026-03-18 09:12:44", "2026-05-21 11:47:09"), kit.pick(f, "2026-03-18", "2026-05-21")),
         "安居电器京东自营旗舰店", kit.pick(f, "288034517726", "291177304518"), kit.pick(f, "100045218876", "100051730022"),
         kit.pick(f, "安居暖风机 AJ-HT2210 家用速热", "安居落地扇 AJ-FN1608 七叶静音"), (kit.pick(f, "1", "2"), kit.pick(f, 1, 2)),
         ("1", 1), ("换货", ["replacement"]),
         kit.pick(f, "开机十分钟后自动断电，指示灯闪烁。", "遥控无反应，摇头卡顿。"), kit.pick(f, "售后审核-李娜", "售后审核-周扬")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "customer_request", "description", "reporter"),
    ))  # fmt: skip
    f.raw("</table><p class='note'>客户信息：" + kit.pick(f, "王** 159****2207 北京市朝阳区****", "赵** 137****5120 上海市浦东新区****")
          + "</p><p><b>处理进度</b></p><table>"
          "<tr><th>时间</th><th>节点</th><th>说明</th></tr>"
          "<tr><td>" + kit.pick(f, "2026-03-18 09:12", "2026-05-21 11:47") + "</td><td>提交申请</td><td>客户提交换货申请</td></tr>"
          "<tr><td>" + kit.pick(f, "2026-03-18 10:05", "2026-05-21 15:30") + "</td><td>审核通过</td><td>请客户寄回商品</td></tr>"
          "</table>")  # fmt: skip
    browser_bar(f, kit.pick(f, "https://shop.jd.com/aftersale/detail?serviceId=1587720331",
                            "https://shop.jd.com/aftersale/detail?serviceId=1590482217"), "1/1")  # fmt: skip
    return f.page("售后服务单详情 - 商家后台", _CSS)


def complaint_zh_chat(f: kit.HtmlForm) -> str:
    """A complaint FORWARDED WITH THE CHAT TRANSCRIPT under it (客诉转单): the case's fields from the 客服, then the
    buyer's and the agent's messages with their times (``[2026-03-20 20:14:05] 买家 tb_8842**：…``; no field)."""
    f.raw("<h2>客诉转单（在线客服）</h2><table>")
    kit.kv_rows(f, kit.field_rows(
        ("转单编号", "转单日期", "店铺", "订单编号", "商品编码", "商品名称", "购买数量", "不良数量", "问题摘要", "买家诉求",
         "转单客服"),
        (kit.pick(f, "ZD-2603-0219", "ZD-2605-0094"), kit.pick(f, ("2026-03-21", "2026-03-21"), ("2026-05-24", "2026-05-24")),
         kit.pick(f, "安居电器拼多多官方旗舰店", "安居电器抖音官方旗舰店"), kit.pick(f, "260320-488112675300129", "260523-517730298846601"),
         kit.pick(f, "AJ-KT1702", "AJ-BL0450"), kit.pick(f, "电热水壶 1.7L", "随行果汁杯"), ("2", 2), ("1", 1),
         kit.pick(f, "壶底漏水，桌面积水。", "杯体裂纹，榨汁时漏液。"), ("退货", ["return"]), kit.pick(f, "小美", "阿杰")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw("</table><p><b>聊天记录</b></p><div class='chat'>")
    day = kit.pick(f, "2026-03-20", "2026-05-23")
    for t, who, text in (("20:14:05", "买家 tb_8842**", "你好，收到的东西漏水，桌子都湿了"),
                         ("20:14:31", "客服 " + kit.pick(f, "小美", "阿杰"), "亲，非常抱歉给您带来不便，麻烦提供一下照片哦"),
                         ("20:16:02", "买家 tb_8842**", "[图片] 我要退货，两个都不要了"),
                         ("20:17:40", "客服 " + kit.pick(f, "小美", "阿杰"), "好的亲，已为您登记退货，运费由我们承担")):  # fmt: skip
        f.raw(f"<p><span class='t'>[{day} {t}]</span> {who}：{text}</p>")
    f.raw("</div>")
    return f.page("客诉转单", _CSS)


def return_zht_store(f: kit.HtmlForm) -> str:
    """A distributor's 經銷商退貨申請單 (zh-Hant) printed from its system: a 門市代號 column before each line (no
    field), counts typed ``1,200``, the disposition ``報廢``."""
    f.raw("<h2>經銷商退貨申請單</h2>")
    kit.kv(f, kit.field_rows(
        ("申請單號", "申請日期", "經銷商", "客訴單號"),
        ("RA-2603-0027", ("2026/03/26", "2026-03-26"), "大同3C股份有限公司", "CS-2603-00412"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("門市代號", "料號", "品名", "核准數", "實退數", "單價", "金額")
    kit.th_row(f, heads)
    for i, (store, code, name, qa, q, p) in enumerate((("TP012", "AJ-BL0450", "隨行果汁機", 12, 12, 690.0),
                                                       ("TC031", "AJ-AP2200", "空氣清淨機", 3, 2, 3290.0))):  # fmt: skip
        typed = (
            (f"{qa:,}", qa),
            (f"{q:,}", q),
            (f"{p:,.0f}", kit.money(p)),
            (f"{q * p:,.0f}", kit.money(q * p)),
        )
        cells = [(store, None, None), *kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS)]
        kit.td_row(f, cells, heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        ("門市顧客退貨：刀座漏水、濾網卡榫斷裂。", ("報廢", ["scrap"]), "廖雅婷", "張志偉"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("經銷商退貨申請單", _CSS)


def complaint_zh_12315(f: kit.PdfDraw) -> None:
    """A 12315 消费者投诉转办单 forwarded to the factory (fpdf2): a 25-digit 投诉编号, the consumer MASKED (``李**``,
    ``186****0934``), the 被投诉方 (the factory itself: no field), 购买渠道, 投诉问题, the 诉求 ``退货退款并赔偿``
    (return and compensation), the regulator's 处理时限 (no field), the company's 企业处理人."""
    f = kit.CjkDraw.of(f)
    f.text(62, 16, "消费者投诉转办单（全国 12315 平台）", size=13)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("投诉编号", "登记日期", "投诉人", "联系电话", "被投诉方", "商品名称", "规格型号", "购买数量", "购买渠道", "订单号",
         "投诉问题", "诉求", "企业处理人"),
        ("1231533010020260321000387", ("2026年3月21日", "2026-03-21"), "李**", "186****0934", "浙江安居电器有限公司",
         "电热水壶", "AJ-KT1702", ("2 台", 2), "拼多多 安居电器官方旗舰店", "260309-330178826541107",
         "使用两周后底座漏电，家中漏电保护器跳闸。", ("退货退款并赔偿", ["return", "compensation"]), "品质部 何军"),
        ("number", "received_date", "customer", None, None, "part_name", "part_no", "ship_qty", None, "order_no",
         "description", "customer_request", "reporter"),
    ), step=8)  # fmt: skip
    f.text(15, 140, "处理时限：请于 7 个工作日内将处理结果反馈至 12315 平台（逾期视为未处理）。", size=8)
    f.text(15, 148, "转办单位：杭州市余杭区市场监督管理局　　承办人：周**", size=8)


def eightd_zht_consumer(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D 矯正報告 from 消費者客訴 (fpdf2): the 客訴來源 line (客服專線 0800 / 官網 / 門市, no field), the header
    with the channel as the customer, D1 … D8 as label lines."""
    f = kit.CjkDraw.of(f)
    f.text(72, 16, "8D 矯正報告（消費者客訴）", size=14)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("報告編號", "開立日期", "客戶", "客訴單號", "料號", "客訴件數"),
        ("8D-TW-2603-05", ("2026/03/28", "2026-03-28"), "全聯實業股份有限公司", "CS-2603-00412", "AJ-BL0450", ("27 件", 27)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    f.text(15, 80, "客訴來源：客服專線 0800-000-123（14 件）、官網（8 件）、門市（5 件）", size=8)
    kit.pdf_team_line(f, 15, 48, 88, "D1 小組", ("林志明", "吳雅琪", "許建國"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("隨行果汁機刀座組裝後漏水。", "門市及倉庫庫存 1,850 台全數測漏。", "刀座 O 型環尺寸偏小。", "測漏為每批抽 10 台。",
         "O 型環改用新模具並全檢外徑。", "連續 5 批測漏合格。", "其他機種刀座比照。"),
    )  # fmt: skip
    y = 98.0
    for lab, raw, path in steps:
        f.text(15, y, lab + "：")
        f.value(48, y, raw, path=path, label=lab)
        y += 9
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/30", "2026-04-30"), "許建國"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def allowance_en_marketplace(f: kit.PdfDraw) -> None:
    """An English CREDIT NOTE for MARKETPLACE CLAIMS the brand passes back (fpdf2): lines ``SAFE-T claim
    reimbursement``, ``A-to-z Guarantee refund``, ``Coupon compensation``; no tax; the claims' period above the lines
    (no field)."""
    f.text(80, 16, "CREDIT NOTE", size=14)
    f.text(15, 24, "Marketplace claims passed back to the manufacturer - period: March 2026", size=8)
    kit.pdf_lv_lines(f, 15, 60, 34.0, kit.field_rows(
        ("Credit Note No.", "Date", "Customer", "Customer EIN", "Invoice No.", "Complaint ref."),
        ("CN-BW-26-0042", ("31 Mar 2026", "2026-03-31"), "Brightway Home Inc.", "84-3317260", "INV-AJ-26-0211",
         "BW-RR-2603-07"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), colon=":")  # fmt: skip
    cols = ((15, "Description", "name"), (100, "Qty", "qty"), (120, "Unit price", "unit_price"),
            (148, "Amount", "allowance_amount"), (176, "Tax", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("SAFE-T claim reimbursement", 14, 39.99), ("A-to-z Guarantee refund", 6, 39.99),
                                            ("Coupon compensation (USD 5 off)", 50, 5.0)))  # fmt: skip
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("Net amount (USD)", "Tax (USD)", "Total credit (USD)", "Approved by"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "Rachel Green"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), colon=":")  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a 京东-like 售后服务单详情 page printed by the browser with its header and footer, a masked 客户信息 line", complaint_zh_jdpage),
        ("a complaint forwarded by the online 客服 with the chat transcript under it", complaint_zh_chat),
        ("a distributor's 經銷商退貨申請單 with a 門市代號 column", return_zht_store),
        ("a 12315 消费者投诉转办单: a 25-digit 投诉编号, a masked consumer, 诉求 退货退款并赔偿", complaint_zh_12315),
        ("a zh-Hant 8D 矯正報告 from 消費者客訴 with a 客訴來源 line", eightd_zht_consumer),
        ("an English credit note for marketplace claims: SAFE-T reimbursement, A-to-z refund, coupon compensation", allowance_en_marketplace),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _sheet_of(title: str, lines) -> bytes:
    """A one-sheet workbook of ``(label, value)`` rows (``None`` value: a title line)."""
    return kit.sheet_bytes(title, lines, dt.datetime(2026, 3, 20, 9, 0))


def _masked_order_workbook() -> bytes:
    """An after-sales ticket copied from a platform's buyer-protected view: the 订单编号 MASKED in the middle
    (``4219********3321``) beside a masked buyer (``张**``) and phone (``138****5678``): no order can be matched."""
    return _sheet_of("售后单", (("售后单", None), ("售后单号", "209876549901"), ("申请时间", "2026-03-17 19:22:05"),
                               ("店铺名称", "安居电器官方旗舰店"), ("订单编号", "4219********3321"), ("买家", "张**"),
                               ("手机号", "138****5678"), ("商品编码", "AJ-KT1702"), ("商品名称", "安居 1.7L 电热水壶"),
                               ("购买数量", 1), ("申请数量", 1), ("售后类型", "退货退款"), ("问题描述", "底座漏水。"),
                               ("退款金额", "129.00")))  # fmt: skip


def _order_as_amount_workbook() -> bytes:
    """A ticket whose 订单编号 column was formatted as money before the export was pasted in: the order number is a
    number cell shown ``2,603,151,288.00``, beside the 退款金额 ``129.00``."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "售后单"
    for r, (lab, v) in enumerate((("售后单号", "209876550317"), ("申请时间", "2026-03-18 08:40:51"),
                                  ("店铺名称", "安居电器官方旗舰店"), ("订单编号", 2603151288), ("商品编码", "AJ-HT2210"),
                                  ("商品名称", "暖风机"), ("购买数量", 1), ("申请数量", 1), ("售后类型", "仅退款"),
                                  ("问题描述", "出风口发黑，有焦糊味。"), ("退款金额", 129.0)), start=1):  # fmt: skip
        ws.cell(r, 1, lab)
        cell = ws.cell(r, 2, v)
        if lab in ("订单编号", "退款金额"):
            cell.number_format = "#,##0.00"
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 20, 9, 0))


ODD = {
    "complaint-maskedorder.xlsx": (
        "an after-sales ticket whose 订单编号 is masked (4219********3321) beside a masked buyer and phone: a word that "
        "the order number is masked, or a clear error; never a record holding a masked number as the order silently",
        _masked_order_workbook,
    ),
    "complaint-orderamount.xlsx": (
        "a ticket whose 订单编号 is a money cell (2,603,151,288.00) beside the 退款金额: a word that the order number "
        "was shown as an amount, or a clear error; never a record holding 2603151288.00 as the order silently",
        _order_as_amount_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-fifth held-out layouts", ODD)
