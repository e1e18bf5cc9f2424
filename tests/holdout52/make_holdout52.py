"""Write the fifty-second held-out set (run: ``python tests/holdout52/make_holdout52.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN FOOD, BEVERAGE,
AGRICULTURAL PROCESSING AND THEIR PACKAGING SUPPLIERS, where a complaint is about foreign matter, taste, a leaking seal
or a label, and the forms are full of dates that are NOT the complaint's dates. A 食品客诉处理单 (``异物投诉``, ``规格
500g×12袋/箱``, ``生产日期``, ``保质期至``, ``批号 L261002A`` like a date, ``购买日期``, ``投诉日期``, a consumer and a retailer
both named); a supermarket chain's 供应商质量通知单 (``门店``, ``商品编码``, ``下架数量 240 瓶`` beside ``问题数量 3 瓶``); a
packaging supplier's SCAR from a beverage filler (``Cap torque`` spec / actual, ``Leakage``, ``Lot code``, ``Best before``
of the customer's drink); a Taiwanese 食品客訴單 (``製造日期`` / ``有效日期`` / ``受理日期`` in 民國 years); an 8D for a metal
fragment (``HACCP``, ``CCP2 金属探测``); an English 8D for a glass fragment; a distributor's 退货申请单 for 临期 and 破损 goods
in 箱 and 袋 (``退货金额``); an English returned-goods note in cases (``cs``) for leaking cartons; a 质量折让 allowance at
9 % (farm produce); a supermarket's credit claim. Sent as PDF only: a retailer's supplier-portal notice (Chromium), a lab
report's first page (fpdf2: the report's own number and its dates are not the complaint's), a zh-Hant 8D for a leaking
bottle (``瓶蓋扭矩``, fpdf2), a zh-Hant 退貨單 for expired goods in 箱 (Chromium), a zh-Hant 折讓單 for a quality claim
(民國 date, fpdf2). ``odd/`` holds a complaint whose only dates are on one row (``生产日期 2026-10-02 保质期 12个月 到期
2027-10-01``) and a complaint whose quantity is boxes and bags at once (``2箱（24袋）``).

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

HERE, SOURCE = kit.generator(__file__, "fifty-second held-out imitation")
dt, D = kit.dt, kit.dt.date


# =============================================================================== complaint
def complaint_zh_foreign(s: kit.Sheet) -> None:
    """A food maker's 食品客诉处理单 for a FOREIGN BODY (异物投诉): the retailer (客户) and the consumer (消费者姓名 / 电话, no
    field) both named; 规格 ``500g×12袋/箱`` (no field); 生产日期 the production date, 保质期至 and 购买日期 (no field) beside
    投诉日期 (the complaint's date); 批号 ``L261002A`` that looks like a date; 投诉数量 in 袋."""
    s.text("A1", "食品客诉处理单（异物投诉）", "D1", size=15)
    kit.plain(s, "A2", "QR-FS-7.2-03　依据 GB 14881 / HACCP 体系　消费者投诉 24 小时内回复", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("投诉编号", "投诉日期", "客户（经销商 / 门店）", "消费者姓名 / 电话", "产品名称", "规格", "批号", "生产日期", "保质期至",
         "购买日期", "投诉数量", "投诉类别"),
        (kit.pick(s, "KS-2610-0137", "KS-2611-0042"), kit.pick(s, D(2026, 10, 20), D(2026, 11, 9)),
         kit.pick(s, "永辉超市股份有限公司（福州仓山店）", "华润万家有限公司（深圳南山店）"),
         kit.pick(s, "陈女士 / 138****2716", "刘先生 / 139****0581"), kit.pick(s, "香酥花生米", "原味坚果燕麦片"),
         "500g×12袋/箱", kit.pick(s, "L261002A", "L261019B"), kit.pick(s, D(2026, 10, 2), D(2026, 10, 19)),
         kit.pick(s, D(2027, 10, 1), D(2027, 4, 18)), kit.pick(s, D(2026, 10, 15), D(2026, 11, 3)),
         (kit.pick(s, "1 袋", "2 袋"), kit.pick(s, 1, 2)), "☑异物　☐口感异味　☐包装破损　☐标签错误"),
        ("number", "received_date", "customer", None, "part_name", None, "lot_no", "production_date", None, None,
         "defect_qty", None),
    ))  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("问题描述", "顾客要求", "临时处理", "登记人"),
        (kit.pick(s, "消费者开袋食用时发现一段长约 8 mm 的金属丝，已拍照留样。", "开袋发现黑色塑料碎片 1 片，约 5×3 mm。"),
         ("退货", ["return"]), kit.pick(s, "同批次 L261002A 库存封存，留样送检；联系消费者致歉并补偿。", "同批次 L261019B 库存封存，留样送检。"),
         kit.pick(s, "林晓燕", "黄志明")),
        ("description", "customer_request", "short_term_action", "reporter"),
    ))  # fmt: skip
    kit.lv_pairs(s, 13, kit.field_rows(("品控主管", "审核日期"), ("郑国栋", kit.pick(s, D(2026, 10, 21), D(2026, 11, 10))),
                                       (None, None)))  # fmt: skip


def complaint_zh_supermarket(s: kit.Sheet) -> None:
    """A supermarket chain's 供应商质量通知单: 门店 (the store, no field) under the chain (the customer), 商品编码 the part
    number, 问题数量 ``3 瓶`` the complaint's count beside 下架数量 ``240 瓶`` (the stock withdrawn, no field), 到期日
    (no field), 处理要求 ``下架退货``."""
    s.text("A1", "供应商质量通知单", "D1", size=15)
    kit.plain(s, "A2", "发出：采购中心 食品安全部　　请于 48 小时内书面回复并附整改报告", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("通知单号", "通知日期", "零售商", "门店", "商品编码", "商品名称", "生产批号", "生产日期", "到期日", "问题数量",
         "下架数量", "问题类别"),
        (kit.pick(s, "QN-BJ-261023-07", "QN-BJ-261114-02"), kit.pick(s, D(2026, 10, 23), D(2026, 11, 14)),
         "北京物美商业集团股份有限公司", kit.pick(s, "物美 学清路店", "物美 回龙观店"), kit.pick(s, "6901234567892", "6901234568141"),
         kit.pick(s, "鲜榨橙汁饮料 1L", "低糖酸奶 200g×12"), kit.pick(s, "20261005B2", "20261030A1"),
         kit.pick(s, D(2026, 10, 5), D(2026, 10, 30)), kit.pick(s, D(2027, 1, 3), D(2026, 12, 20)),
         (kit.pick(s, "3 瓶", "5 盒"), kit.pick(s, 3, 5)), kit.pick(s, "240 瓶", "96 盒"), "胀包 / 口感发酸"),
        ("number", "received_date", "customer", None, "part_no", "part_name", "lot_no", "production_date", None,
         "defect_qty", None, None),
    ))  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("问题描述", "处理要求", "通知人"),
        (kit.pick(s, "顾客退回 3 瓶，瓶身胀起，开盖有酸味；同批次货架检查另有 2 瓶胀瓶。", "酸奶杯盖鼓起，口感发酸。"),
         ("全部下架退货", ["return"]), kit.pick(s, ("赵敏（品控专员）", "赵敏"), ("孙婷（品控专员）", "孙婷"))),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


def complaint_en_closurescar(s: kit.Sheet) -> None:
    """A beverage filler's SUPPLIER CORRECTIVE ACTION REQUEST to its closure supplier: ``Lot code L261002A`` (like a date),
    ``Best before`` of the customer's drink (no field), a ``Cap torque`` table of spec and actual (no field),
    ``Qty delivered 240,000 pcs`` / ``Qty affected 3,600 pcs``, ``Leakage`` in the description."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (SCAR)", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("SCAR No.", "Date issued", "Customer (filler)", "PO No.", "Supplier part no.", "Part description", "Lot code",
         "Best before (filled product)", "Qty delivered", "Qty affected"),
        (kit.pick(s, "SCAR-26-0417", "SCAR-26-0452"), kit.pick(s, D(2026, 10, 22), D(2026, 11, 12)),
         kit.pick(s, "Pacific Springs Beverages Ltd.", "Northfield Dairy Co-op"), kit.pick(s, "PO-4500871234", "PO-4500876610"),
         kit.pick(s, "CL-28PCO-1881-BLU", "CL-38-SPORT-WHT"), kit.pick(s, "28 mm PCO1881 closure, blue", "38 mm sports cap, white"),
         kit.pick(s, "L261002A", "L261024C"), kit.pick(s, "2027-04-02", "2027-05-10"),
         (kit.pick(s, "240,000 pcs", "120,000 pcs"), kit.pick(s, 240000, 120000)),
         (kit.pick(s, "3,600 pcs", "1,800 pcs"), kit.pick(s, 3600, 1800))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", None, "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.head_row(s, 8, "ABCD", ("Characteristic", "Specification", "Measured", "Result"))
    for r, line in enumerate((("Application torque", "1.2 – 1.8 N·m", "0.7 – 0.9 N·m", "NOK"),
                              ("Removal torque", "0.9 – 1.6 N·m", "0.5 N·m", "NOK")), start=9):  # fmt: skip
        for col, v in zip("ABCD", line):
            s.value(f"{col}{r}", v, path=None, label="Characteristic")
    kit.rows_down(s, 11, kit.field_rows(
        ("Problem description", "Containment required", "Issued by (Supplier Quality)"),
        (kit.pick(s, "Leakage at the neck after filling: low application torque, tamper band not engaged on 1.5 % of caps.",
                  "Sports caps leak when inverted; valve slit misaligned."),
         "Sort all stock at our site and in transit within 24 h; supply certified lots only.",
         kit.pick(s, "A. Ramirez", "K. Olsen")),
        ("description", "short_term_action", "reporter"),
    ))  # fmt: skip


def complaint_zht_snack(s: kit.Sheet) -> None:
    """A Taiwanese 食品客訴單: 受理日期 and 製造日期 typed in 民國 years (``115/10/21``), 有效日期 (no field), 數量 in 包,
    客訴類別 ☑異物 (no field), 客戶要求 換貨."""
    s.text("A1", "食品客訴單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴編號", "受理日期", "客戶名稱", "產品名稱", "批號", "製造日期", "有效日期", "客訴數量", "客訴類別", "消費者"),
        (kit.pick(s, "CC-1151021-03", "CC-1151112-01"), kit.pick(s, ("115/10/21", "2026-10-21"), ("115/11/12", "2026-11-12")),
         kit.pick(s, "全聯實業股份有限公司", "統一超商股份有限公司"), kit.pick(s, "古早味鳳梨酥 12入", "黑糖麻花捲 200g"),
         kit.pick(s, "1151002A", "1151028B"), kit.pick(s, ("115/10/02", "2026-10-02"), ("115/10/28", "2026-10-28")),
         kit.pick(s, "116/01/01", "116/04/27"), (kit.pick(s, "3 包", "2 包"), kit.pick(s, 3, 2)),
         "☑異物　☐變質　☐包裝　☐標示", "王小姐"),
        ("number", "received_date", "customer", "part_name", "lot_no", "production_date", None, "defect_qty", None, None),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("客訴內容", "客戶要求", "處理對策", "受理人"),
        (kit.pick(s, "消費者食用時咬到硬物，疑似果核碎片，長約 4 mm。", "包裝內發現頭髮一根。"), ("換貨", ["replacement"]),
         "同批號庫存抽驗 50 盒，未再發現異物；樣品送驗。", kit.pick(s, "陳怡君", "張家豪")),
        ("description", "customer_request", "short_term_action", "reporter"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_haccp(s: kit.Sheet) -> None:
    """An 8D 报告 for a metal fragment in a snack: 投诉数量 ``1 袋``, the HACCP plan's CCP2 金属探测 in the root cause, 生产日期
    in the head (no field: the product's, not the 8D's date)."""
    s.text("A1", "8D 报告（异物投诉 · 金属丝）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "开始日期", "客户名称", "客诉单号", "产品编码", "投诉数量"),
        (kit.pick(s, "8D-FS-2610-05", "8D-FS-2611-02"), kit.pick(s, D(2026, 10, 21), D(2026, 11, 10)),
         kit.pick(s, "永辉超市股份有限公司", "华润万家有限公司"), kit.pick(s, "KS-2610-0137", "KS-2611-0042"),
         kit.pick(s, "HS-PN-500", "HS-OM-450"), (kit.pick(s, "1 袋", "2 袋"), kit.pick(s, 1, 2))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.plain(s, "A5", kit.pick(s, "产品批号 L261002A　生产日期 2026-10-02　保质期 12 个月", "产品批号 L261019B　生产日期 2026-10-19"),
              "D5")  # fmt: skip
    kit.team_cell(s, "A6", "D1 小组成员", "B6", kit.pick(s, ("郑国栋", "林晓燕", "吴建新"), ("郑国栋", "黄志明")), sep="、",
                  span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 产生原因", "D4 流出原因", "D5 永久纠正措施", "D6 效果验证", "D7 预防措施"),
        kit.pick(s, ("消费者在香酥花生米中发现长约 8 mm 金属丝 1 段。", "封存同批次库存 1,200 箱，100% 复过金属探测。",
                     "筛网破损，金属丝脱落进入产品。", "CCP2 金属探测灵敏度 Fe 2.0 mm 偏大，未检出细长金属丝。",
                     "筛网改为每班点检并登记；金属探测灵敏度调至 Fe 1.5 / SUS 2.0 mm。", "连续 30 个班次验证测试块全部剔除。",
                     "HACCP 计划修订，CCP2 关键限值更新，同类生产线横向展开。"),
                 ("燕麦片中发现黑色塑料碎片。", "同批次库存隔离并过 X 光机复检。", "输送带刮板老化碎裂。", "X 光机未对低密度塑料设限。",
                  "刮板改为金属可检型材料。", "连续 20 批次未再发现。", "设备易损件清单纳入 PRP 点检。")),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 结案日期", "批准"), (kit.pick(s, D(2026, 11, 20), D(2026, 12, 8)), "周文涛"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_glass(s: kit.Sheet) -> None:
    """An English 8D for a GLASS FRAGMENT in a jar of baby food: ``Qty complained 1 jar``, ``Use by`` and ``Production date``
    on the problem line (no field), a CCP named in D4."""
    s.text("A1", "8D REPORT — FOREIGN BODY (GLASS)", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Opened", "Customer", "Complaint ref.", "Product code", "Qty complained"),
        ("8D-26-0311", D(2026, 10, 26), "Greenway Foods plc", "GW-CC-26-10-0088", "BF-PEAR-190G", ("1 jar", 1)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.plain(
        s, "A5", "Batch 26298-L2 · Production date 25/10/2026 · Use by 24/10/2027 · HACCP plan rev. 7", "D5"
    )
    kit.team_cell(s, "A6", "D1 Team", "B6", ("R. Hughes", "P. Nowak", "S. Ahmed"), span="D6")
    rows = kit.eightd_steps(
        ("D2 Problem description", "D3 Interim containment", "D4 Root cause (occur)", "D4 Root cause (escape)",
         "D5 Permanent corrective action", "D6 Implementation and validation", "D7 Prevent recurrence"),
        ("Consumer found a glass splinter (6 mm) in a 190 g jar of pear purée.", "Batch 26298-L2 held; 4,800 jars X-rayed, "
         "2 rejects.", "Jar chipped at the filler infeed star wheel.", "X-ray (CCP 3) reject verification missed at shift "
         "change.", "Star wheel guides replaced with nylon; glass breakage procedure retrained.",
         "No glass found in 12 following batches.", "Glass and brittle plastics register reviewed on every line."),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 Closed", "Approved by"), (D(2026, 12, 1), "M. Doyle"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_distributor(s: kit.Sheet) -> None:
    """A distributor's 退货申请单 for 临期 and 破损 goods: a 规格 column ``500g×12袋/箱`` and a 生产日期 column (no field),
    counts in 箱 on one line and 袋 on another, 单价 per its unit, 退货金额; 处理方式 ``销毁`` (scrap)."""
    s.text("A1", "经销商退货申请单（临期 / 破损）", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "申请日期", "经销商", "关联客诉单号"),
        (kit.pick(s, "TH-JX-2610-031", "TH-JX-2611-009"), kit.pick(s, D(2026, 10, 28), D(2026, 11, 18)),
         kit.pick(s, "福建闽粮食品贸易有限公司", "广东粤润商贸有限公司"), kit.pick(s, "KS-2610-0137", "KS-2611-0042")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("商品编码", "商品名称", "规格", "生产日期", "申请数量", "实退数量", "单价(元)", "退货金额(元)")
    kit.head_row(s, 4, "ABCDEFGH", heads)
    lines = kit.pick(s, (("HS-PN-500", "香酥花生米", "500g×12袋/箱", "2026-04-02", "12 箱", 12, "12 箱", 12, 96.0),
                         ("HS-PN-500", "香酥花生米（破损散袋）", "500g", "2026-09-15", "30 袋", 30, "26 袋", 26, 8.0)),
                     (("HS-OM-450", "原味坚果燕麦片", "450g×10袋/箱", "2026-05-10", "8 箱", 8, "8 箱", 8, 150.0),))  # fmt: skip
    for i, (code, name, spec, made, qa, qan, q, qn, p) in enumerate(lines):
        r, a = 5 + i, round(qn * p, 2)
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", spec, path=None, label=heads[2])
        s.value(f"D{r}", made, path=None, label=heads[3])
        s.value(f"E{r}", qa, path=f"items[{i}].qty_approved", label=heads[4], expect=qan)
        s.value(f"F{r}", q, path=f"items[{i}].qty_returned", label=heads[5], expect=qn)
        s.value(
            f"G{r}", p, path=f"items[{i}].unit_price", label=heads[6], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(f"H{r}", a, path=f"items[{i}].amount", label=heads[7], expect=kit.money(a), fmt="#,##0.00")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "临期（剩余保质期不足 1/3）及运输破损漏袋。", "临期，剩余保质期不足 60 天。"), ("销毁", ["scrap"]),
         "蔡德明", "许志强"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "H")


def return_en_cases(s: kit.Sheet) -> None:
    """An English RETURNED GOODS note of a drinks wholesaler: counts in cases (``40 cs``), a ``Lot code`` and a ``Best
    before`` column (no field), ``Price / cs``, the reason ``Leaking seals``, the disposition ``Destroy`` (scrap)."""
    s.text("A1", "RETURNED GOODS NOTE", "H1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RGN No.", "Date", "Customer", "Complaint ref."),
        ("RGN-26-1187", D(2026, 10, 30), "Metro Drinks Wholesale Ltd.", "CC-26-0931"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = (
        "SKU",
        "Description",
        "Lot code",
        "Best before",
        "Qty authorised",
        "Qty returned",
        "Price / cs",
        "Value",
    )
    kit.head_row(s, 4, "ABCDEFGH", heads)
    for i, (code, name, lot, bb, qa, q, p) in enumerate(
        (
            ("OJ-1L-12", "Orange juice 1 L x 12", "L261002A", "02/04/2027", 40, 38, 18.6),
            ("AJ-1L-12", "Apple juice 1 L x 12", "L261003B", "03/04/2027", 25, 25, 17.9),
        )
    ):
        r, a = 5 + i, round(q * p, 2)
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", lot, path=None, label=heads[2])
        s.value(f"D{r}", bb, path=None, label=heads[3])
        s.value(f"E{r}", f"{qa} cs", path=f"items[{i}].qty_approved", label=heads[4], expect=qa)
        s.value(f"F{r}", f"{q} cs", path=f"items[{i}].qty_returned", label=heads[5], expect=q)
        s.value(
            f"G{r}", p, path=f"items[{i}].unit_price", label=heads[6], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(f"H{r}", a, path=f"items[{i}].amount", label=heads[7], expect=kit.money(a), fmt="#,##0.00")
    foot = kit.field_rows(
        ("Reason for return", "Disposition", "Received by", "Authorised by"),
        ("Leaking seals on cartons; crushed outer cases.", ("Destroy", ["scrap"]), "T. Walsh", "J. Barker"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 7, foot, "H")


# =============================================================================== allowance
def allowance_zh_quality(s: kit.Sheet) -> None:
    """A 质量折让 allowance for a lot of frozen-dried fruit with a label error: 9 % tax (farm produce), 数量(箱), a price per
    箱, a 依据 line with the complaint number and the 规格 inside it."""
    s.text("A1", "销售折让证明单（质量折让）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉单号"),
        (kit.pick(s, "ZR-SP-2610-012", "ZR-SP-2611-004"), kit.pick(s, D(2026, 10, 30), D(2026, 11, 20)),
         kit.pick(s, "永辉超市股份有限公司", "华润万家有限公司"), kit.pick(s, "91350000717397615N", "914403006188177540"),
         kit.pick(s, "35022600000041887210", "44022600000052193377"), kit.pick(s, "KS-2610-0141", "KS-2611-0047")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    s.text("A5", kit.pick(s, "依据：客诉 KS-2610-0141 标签配料表漏标“含乳制品”，规格 100g×24袋/箱，门店重新贴标，按每箱 12 元折让",
                           "依据：客诉 KS-2611-0047 生产日期喷码模糊，每箱折让 8 元"), "E5")  # fmt: skip
    heads = ("货物名称", "数量(箱)", "单价(元/箱)", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("冻干草莓片 100g×24袋 质量折让", 150, 12.0), ("冻干芒果片 100g×24袋 质量折让", 80, 12.0)),
                     (("冻干苹果脆 80g×30袋 质量折让", 200, 8.0),))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.09)
    for r, lab, x, path in ((10, "金额合计", net, "total_excl_tax"), (11, "税额合计（9%）", tax, "total_tax"),
                            (12, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "财务经理", "B13", "吴丽华", "approved_by_manager", span="C13")


def allowance_en_qualityclaim(s: kit.Sheet) -> None:
    """A supermarket's QUALITY CLAIM settled by a CREDIT NOTE: the claim reference, lines of units withdrawn (``units``) at
    a unit cost, a handling fee line, VAT 20 %, ``Best before`` in a line's name (no field)."""
    s.text("A1", "CREDIT NOTE — QUALITY CLAIM", "E1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit note no.", "Date", "Customer", "Customer VAT no.", "Invoice no.", "Claim ref."),
        ("CN-26-0458", D(2026, 11, 4), "Fresco Stores plc", "GB 221 8834 06", "INV-26-07731", "QC-26-10-0211"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Units", "Unit cost (GBP)", "Credit (GBP)", "VAT (GBP)")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("Mislabelled allergen, granola 500 g, best before 30/06/2027", 480, 2.35),
                                       ("Store withdrawal handling fee", 12, 15.0)), heads, 0.2)  # fmt: skip
    for r, lab, x, path in ((10, "Net credit", net, "total_excl_tax"), (11, "VAT 20 %", tax, "total_tax"),
                            (12, "Total credit", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "Authorised (Finance)", "B13", "H. Clarke", "approved_by_manager", span="C13")


_COPY2 = {"complaint_zh_foreign", "complaint_en_closurescar", "eightd_zh_haccp", "return_zh_distributor", "allowance_zh_quality",
          "complaint_en_retailportal"}  # fmt: skip
"""The drawings with a second copy in copy2/ (five workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_foreign, "客诉单", dict(A=18, B=30, C=18, D=30), "a food maker's 食品客诉处理单 for a foreign body: retailer and consumer both named, 规格 500g×12袋/箱, 生产日期 / 保质期至 / 购买日期 beside 投诉日期, 批号 L261002A, 1 袋"),
        (complaint_zh_supermarket, "通知单", dict(A=16, B=30, C=16, D=30), "a supermarket chain's 供应商质量通知单: 门店, 商品编码 (EAN-13), 问题数量 3 瓶 beside 下架数量 240 瓶, 到期日"),
        (complaint_en_closurescar, "SCAR", dict(A=26, B=30, C=24, D=30), "a beverage filler's SCAR to its closure supplier: Lot code L261002A, Best before of the drink, Cap torque table, 240,000 pcs / 3,600 pcs, leakage"),
        (complaint_zht_snack, "客訴單", dict(A=16, B=30, C=16, D=30), "a Taiwanese 食品客訴單: 受理日期 / 製造日期 in 民國 years, 有效日期, 3 包, ☑異物, 換貨"),
        (eightd_zh_haccp, "8D", dict(A=20, B=34, C=18, D=30), "an 8D for a metal fragment: HACCP / CCP2 金属探测, 投诉数量 1 袋, a 批号 / 生产日期 line"),
        (eightd_en_glass, "8D", dict(A=30, B=34, C=18, D=30), "an English 8D for a glass fragment: 1 jar, Production date / Use by line, CCP 3 X-ray"),
        (return_zh_distributor, "退货申请", dict(A=13, B=22, C=14, D=12, E=10, F=10, G=10, H=13), "a distributor's 退货申请单 for 临期 / 破损 goods: 规格 and 生产日期 columns, 12 箱 and 30 袋 on one form, 退货金额, 销毁"),
        (return_en_cases, "RGN", dict(A=12, B=24, C=11, D=12, E=13, F=12, G=11, H=12), "a drinks wholesaler's returned goods note: 40 cs, Lot code and Best before columns, Leaking seals, Destroy"),
        (allowance_zh_quality, "折让单", dict(A=34, B=14, C=14, D=16, E=16), "a 质量折让 allowance for freeze-dried fruit: 9 % tax, 数量(箱), 依据 line with the 规格"),
        (allowance_en_qualityclaim, "Credit", dict(A=50, B=10, C=16, D=16, E=14), "a supermarket's quality claim credited: units withdrawn, a handling fee line, VAT 20 %, best before in a line"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#eef3e8", ".sig{margin-top:10px;font-size:9pt}")


def complaint_en_retailportal(f: kit.HtmlForm) -> str:
    """A retailer's SUPPLIER QUALITY NOTICE printed from its supplier portal (Chromium): ``Notice ID``, ``Raised``, the
    store (no field), ``Article no.`` (a GTIN), ``Best before`` and ``Units withdrawn`` (no field), ``Customer complaints
    3``, ``Action required: Withdraw and credit``."""
    f.raw(
        "<h2>Supplier Quality Notice</h2><p class='note'>SupplierLink portal · printed 2026-10-27 09:14 · page 1/1</p>"
        "<table>"
    )
    kit.kv_rows(f, kit.field_rows(
        ("Notice ID", "Raised", "Retailer", "Store", "Article no.", "Article description", "Batch / lot", "Best before",
         "Units withdrawn", "Customer complaints", "Issue", "Action required", "Raised by"),
        (kit.pick(f, "SQN-0026-3381", "SQN-0026-3517"), kit.pick(f, ("26 Oct 2026", "2026-10-26"), ("17 Nov 2026", "2026-11-17")),
         "Fresco Stores plc", kit.pick(f, "Store 0412 Leeds Kirkstall", "Store 0077 York Clifton"),
         kit.pick(f, "05012345678900", "05012345679211"), kit.pick(f, "Crunchy granola 500 g", "Oat clusters honey 450 g"),
         kit.pick(f, "L261002A", "L261030C"), kit.pick(f, "30 Jun 2027", "31 Jul 2027"),
         kit.pick(f, "1,152 units", "480 units"), kit.pick(f, ("3", 3), ("2", 2)),
         kit.pick(f, "Undeclared milk: allergen missing from the ingredients list on the back label.",
                  "Seal of the inner bag open; product stale."),
         ("Withdraw and credit", ["return", "allowance"]), kit.pick(f, "Technical Manager, Grocery", "Technologist, Cereals")),
        ("number", "received_date", "customer", None, "part_no", "part_name", "lot_no", None, None, "defect_qty",
         "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw(
        "</table><p class='sig'>Respond in the portal within 2 working days with containment; 8D within 20 days.</p>"
    )
    return f.page("Supplier Quality Notice", _CSS)


def complaint_zh_labreport(f: kit.PdfDraw) -> None:
    """A LAB REPORT's first page sent as the complaint's evidence (fpdf2): the report's own number, its 收样日期 and 签发日期
    (no field: the lab's, not the complaint's), 委托单位 the customer, 样品名称 / 批号 / 生产日期 the product, the 检验结论
    the description."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "检 验 报 告", size=15)
    f.text(15, 23, "CMA 证书编号 2026xxxxxx　　第 1 页 共 4 页", size=8)
    kit.pdf_lv_lines(f, 15, 48, 32, kit.field_rows(
        ("报告编号", "委托单位", "样品名称", "规格型号", "生产批号", "生产日期", "收样日期", "签发日期", "检验项目", "检验结论"),
        ("WT-2610-08812", "永辉超市股份有限公司", "香酥花生米", "500g/袋", "L261006C", ("2026-10-06", "2026-10-06"),
         "2026-10-24", "2026-10-29", "酸价、过氧化值、黄曲霉毒素 B1",
         "过氧化值 0.38 g/100g，超出 GB 19300 限量 0.25，不合格。"),
        (None, "customer", "part_name", None, "lot_no", "production_date", None, None, None, "description"),
    ), step=8)  # fmt: skip
    f.text(15, 118, "（以下空白）　检验专用章　　批准：　　审核：　　主检：", size=8)


def eightd_zht_bottle(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D 報告 for a LEAKING BOTTLE (fpdf2): 瓶蓋扭矩 in the problem, 客訴數量 in 瓶 (``24 瓶``), a 製造日期 / 有效日期
    line (no field)."""
    f = kit.CjkDraw.of(f)
    f.text(62, 16, "8D 報告（瓶蓋漏液）", size=14)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("報告編號", "開立日期", "客戶名稱", "客訴編號", "料號", "客訴數量"),
        ("8D-TW-2611-02", ("115/11/03", "2026-11-03"), "黑松股份有限公司", "CC-HS-115-0219", "CAP-38-HS-WHT", ("24 瓶", 24)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    f.text(15, 80, "批號 L261015A　製造日期 115/10/15　有效日期 116/10/14　　CCP：封蓋扭矩", size=8)
    kit.pdf_team_line(f, 15, 48, 88, "D1 小組成員", ("林志豪", "蔡佩珊", "許文傑"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("充填後瓶蓋扭矩偏低 0.8 N·m，倒置漏液 24 瓶。", "在庫 3 萬顆瓶蓋全數扭矩抽測。", "封蓋機頭夾爪磨耗。",
         "扭矩抽驗頻率每 4 小時一次，未即時發現。", "夾爪改為每週更換並記錄。", "連續 10 批扭矩合格。",
         "同型封蓋機比照執行。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 48, 98.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 結案日期", "核准"), (("115/12/01", "2026-12-01"), "蔡佩珊"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_zht_expired(f: kit.HtmlForm) -> str:
    """A zh-Hant 退貨單 for EXPIRED goods printed from a distributor's system (Chromium): 民國 date, counts in 箱, a 有效日期
    column (no field), 處置方式 ``報廢``."""
    f.raw("<h2>退貨單（過期品 / 即期品）</h2>")
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴編號"),
        ("RT-1151030-05", ("115/10/30", "2026-10-30"), "全聯實業股份有限公司", "CC-1151021-03"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("品號", "品名", "有效日期", "核准數量", "實退數量", "單價(元/箱)", "金額")
    kit.th_row(f, heads)
    for i, (code, name, exp, qa, q, p) in enumerate((("FP-12", "古早味鳳梨酥 12入×8盒/箱", "115/10/25", 20, 20, 960.0),
                                                      ("MH-200", "黑糖麻花捲 200g×20包/箱", "115/11/02", 15, 12, 700.0))):  # fmt: skip
        a = round(q * p, 2)
        typed = ((f"{qa} 箱", qa), (f"{q} 箱", q), (f"{p:,.0f}", kit.money(p)), (f"{a:,.0f}", kit.money(a)))
        cells = kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS)
        kit.td_row(f, [*cells[:2], (exp, None, None), *cells[2:]], heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處置方式", "倉管簽收", "核准"),
        ("門市過期品及即期品退回（有效期限不足 30 天）。", ("報廢", ["scrap"]), "江明哲", "李宗翰"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


def allowance_zht_claim(f: kit.PdfDraw) -> None:
    """A zh-Hant 銷貨折讓證明單 for a quality claim on bottled tea (fpdf2): 民國 date, 數量 in 箱, 5 % 營業稅 on the total
    only."""
    f = kit.CjkDraw.of(f)
    f.text(56, 16, "銷貨退回或折讓證明單（品質客訴折讓）", size=13)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("證明單號", "日期", "買受人名稱", "買受人統一編號", "發票號碼", "客訴編號"),
        ("ZR-TW-2611-008", ("115/11/10", "2026-11-10"), "統一超商股份有限公司", "22555003", "PX-48213307", "CC-1151112-01"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單價", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(
        f, cols, (("無糖綠茶 600ml×24瓶 瓶蓋漏液折讓", 40, 60.0),), qty=lambda q: f"{q} 箱"
    )
    tax = round(net * 0.05)
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("銷售額合計", "營業稅額", "總計金額", "經理"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,.0f}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "林志豪"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a retailer's supplier quality notice from its portal: Store, Article no. (GTIN), Best before, Units withdrawn, Withdraw and credit", complaint_en_retailportal),
        ("a lab report's first page as the complaint's evidence: 报告编号, 收样日期 / 签发日期 (the lab's), 委托单位, 生产日期, 检验结论", complaint_zh_labreport),
        ("a zh-Hant 8D for a leaking bottle: 瓶蓋扭矩, 24 瓶, 民國 dates, a 製造日期 / 有效日期 line", eightd_zht_bottle),
        ("a zh-Hant 退貨單 for expired goods: 民國 date, 箱, 有效日期 column, 報廢", return_zht_expired),
        ("a zh-Hant 銷貨折讓證明單 for a quality claim: 民國 date 115/11/10, 40 箱, 5 % 營業稅", allowance_zht_claim),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _dates_on_one_row_workbook() -> bytes:
    """A complaint whose only dates are on one row, ``生产日期 2026-10-02 保质期 12个月 到期 2027-10-01``, and no 投诉日期."""
    return kit.sheet_bytes("客诉单", (("食品客诉处理单", None), ("投诉编号", "KS-2610-0150"), ("客户名称", "永辉超市股份有限公司"),
                                      ("产品名称", "香酥花生米"), ("批号", "L261002A"),
                                      ("日期", "生产日期 2026-10-02 保质期 12个月 到期 2027-10-01"), ("投诉数量", "1 袋"),
                                      ("问题描述", "袋内发现金属丝。")),
                           dt.datetime(2026, 10, 22, 9, 0))  # fmt: skip


def _boxes_and_bags_workbook() -> bytes:
    """A complaint whose quantity is written in boxes and bags at once, ``2箱（24袋）``: which count is the complaint's?"""
    return kit.sheet_bytes("客诉单", (("食品客诉处理单", None), ("投诉编号", "KS-2610-0151"), ("投诉日期", "2026-10-22"),
                                      ("客户名称", "永辉超市股份有限公司"), ("产品名称", "香酥花生米 500g×12袋/箱"),
                                      ("投诉数量", "2箱（24袋）"), ("问题描述", "外箱压损，袋子漏气。")),
                           dt.datetime(2026, 10, 22, 9, 0))  # fmt: skip


ODD = {
    "complaint-datesonerow.xlsx": (
        "a complaint whose only dates are on one row (生产日期 2026-10-02 保质期 12个月 到期 2027-10-01) and no 投诉日期: an "
        "error or a warning on the received date; never the production or expiry date taken as it silently",
        _dates_on_one_row_workbook,
    ),
    "complaint-boxesandbags.xlsx": (
        "a complaint whose quantity is 2箱（24袋）, boxes and bags at once: an error or a warning on the defective quantity; "
        "never 2 or 24 taken as the count silently",
        _boxes_and_bags_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-second held-out layouts", ODD)
