"""Write the fifty-sixth held-out set (run: ``python tests/holdout56/make_holdout56.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS BETWEEN A SUPPLIER
AND RETAIL CHAINS, SUPERMARKETS (KA) AND E-COMMERCE PLATFORMS: a supermarket's 扣款通知单 for a quality complaint
(``供应商编码``, ``商品条码`` EAN-13, ``扣款事由``, ``扣款金额``, a list of stores with their counts in 瓶); a supermarket's
消费者投诉转办单 (``生产日期/批号`` two values in one cell, a masked phone, ``消费者诉求 退一赔十``); a foreign retailer's
chargeback notice from its China sourcing office (``Vendor No.``, ``Store No.``, ``UPC``, ``Chargeback Amount``); a
Taiwanese 量販店 客訴通知單 (``廠商編號``, ``商品條碼``, ``製造日期``, ``有效日期``); a distribution centre's 验收差异单 (a
table ``订货数量`` / ``实收数量`` / ``验收数量`` / ``拒收数量`` in 箱 and 件); an 8D a chain's QA asks after a consumer
complaint (``消费者投诉编号``, ``批次/生产日期``), an English one for a retailer (``Consumer complaint ref.``, ``UPC``); a
store's 门店退货单 (``门店编码``, ``箱规 1×24``, ``退货类型 ☐临期 ☐破损 ☑质量``), a Hong Kong chain's 退貨單 (``分店``,
``05/11/2026`` day first), a retailer's Return to Vendor (``RTV No.``, ``Destroy in field``); a 销货折让 for a 促销
price (``原价`` / ``折让价``), a vendor credit memo for a chargeback. Sent as PDF only: a platform's 商家质量问题处理单
printed from its back office (Chromium: ``工单号``, ``SKU``, ``买家昵称 t**8``, ``创建时间 2026-11-05 10:25:31``), a Hong
Kong chain's 8D in zh-Hant (fpdf2), a Taiwanese 促銷價差 折讓證明 (fpdf2). ``odd/`` holds a 门店退货单 whose 商品条码 came
back from a CSV as ``6.9012E+12`` (digits lost) and a 扣款通知单 whose only counts are one a store (no total).

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

HERE, SOURCE = kit.generator(__file__, "fifty-sixth held-out imitation")
dt = kit.dt


def ean13(first12: str) -> str:
    """An EAN-13 barcode number: twelve digits and their check digit (weights 1, 3 from the left)."""
    total = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


EAN_MILK = ean13("690123456780")
EAN_MILK2 = ean13("690123456781")
EAN_JUICE = ean13("693456712340")
EAN_SNACK = ean13("692345678901")
EAN_TW = ean13("471234567890")
EAN_HK = ean13("489012345678")
UPC_MUG = "036000291452"
UPC_LID = "036000291469"


# =============================================================================== complaint
def complaint_zh_koukuan(s: kit.Sheet) -> None:
    """A supermarket's 扣款通知单 for a quality complaint: 扣款单号, 供应商编码 / 供应商名称 (ours: no field), 商品条码 EAN-13
    the part, 扣款事由 the description, 扣款金额 the loss, a list of stores (门店编码 / 门店名称 / 数量 in 瓶) with its 合计 the
    defective count, 扣款方式 从货款中扣除."""
    s.text("A1", "供应商扣款通知单", "D1", size=15)
    kit.plain(s, "A2", "华润万家有限公司　商品质量管理部", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("扣款单号", "通知日期", "采购方", "供应商编码", "供应商名称", "采购订单号", "商品条码", "商品名称", "生产日期",
         "扣款金额"),
        (kit.pick(s, "KK-HR-261105-017", "KK-HR-261119-022"), kit.pick(s, ("2026-11-05", "2026-11-05"), ("2026/11/19", "2026-11-19")),
         "华润万家有限公司", "V0038172", "广州优鲜乳业有限公司", kit.pick(s, "PO26110288", "PO26110415"),
         kit.pick(s, EAN_MILK, EAN_MILK2), kit.pick(s, "优鲜纯牛奶 250ml×24", "优鲜低脂牛奶 250ml×24"),
         kit.pick(s, ("2026-10-18", "2026-10-18"), ("2026-10-30", "2026-10-30")),
         kit.pick(s, ("¥3,280.00", "3280.00"), ("¥1,560.00", "1560.00"))),
        ("number", "received_date", "customer", None, None, "order_no", "part_no", "part_name", "production_date",
         "loss_amount"),
    ))  # fmt: skip
    kit.head_row(s, 9, "ABCD", ("门店编码", "门店名称", "投诉数量", "备注"))
    stores = kit.pick(s, (("S1021", "深圳南山店", "12 瓶", "胀包"), ("S1034", "深圳福田店", "8 瓶", "胀包"),
                          ("S1107", "东莞莞城店", "4 瓶", "异味")),
                      (("S2210", "广州天河店", "6 瓶", "漏液"), ("S2215", "广州海珠店", "6 瓶", "漏液")))  # fmt: skip
    for r, (code, name, n, why) in enumerate(stores, start=10):
        for col, v in zip("ABCD", (code, name, n, why)):
            s.value(f"{col}{r}", v, path=None, label="门店")
    r = 10 + len(stores)
    kit.lv(
        s,
        f"A{r}",
        "合计",
        f"C{r}",
        kit.pick(s, "24 瓶", "12 瓶"),
        "defect_qty",
        expect=kit.pick(s, 24, 12),
        lspan=f"B{r}",
    )
    kit.rows_down(s, r + 1, kit.field_rows(
        ("扣款事由", "扣款方式", "经办人", "部门负责人"),
        (kit.pick(s, "顾客投诉纯牛奶胀包、异味，门店下架 24 瓶，按质量问题扣款（货值 + 处理费）。", "门店发现低脂牛奶漏液 12 瓶，已下架。"),
         ("从当期货款中扣除", ["compensation"]), kit.pick(s, "李嘉欣", "王建平"), "陈伟东"),
        ("description", "customer_request", "reporter", None),
    ))  # fmt: skip


def complaint_zh_xiaofei(s: kit.Sheet) -> None:
    """A supermarket's 消费者投诉转办单 forwarded to the supplier: 投诉编号, 投诉日期, 投诉门店 (the customer is the chain),
    消费者 / 联系电话 masked (no field), 生产日期/批号 two values in one cell (the lot the second), 投诉内容, 消费者诉求 退一赔十
    (compensation), 门店处理人."""
    s.text("A1", "消费者投诉转办单", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "投诉日期", "零售商", "投诉门店", "消费者", "联系电话", "商品条码", "商品名称", "生产日期/批号",
         "涉及数量"),
        (kit.pick(s, "TS-YH-2611-0381", "TS-YH-2611-0412"), kit.pick(s, ("2026年11月6日", "2026-11-06"), ("2026年11月20日", "2026-11-20")),
         "永辉超市股份有限公司", kit.pick(s, "福州五四路店（门店编码 350102）", "厦门湖里店（门店编码 350206）"), "张女士", "138****5627",
         kit.pick(s, EAN_SNACK, EAN_JUICE), kit.pick(s, "香脆薯片 烧烤味 70g", "橙汁饮料 1L"),
         kit.pick(s, ("2026-09-12/B260912A", "B260912A"), ("2026-10-03/J261003C", "J261003C")),
         (kit.pick(s, "3 袋", "2 瓶"), kit.pick(s, 3, 2))),
        ("number", "received_date", "customer", None, None, None, "part_no", "part_name", "lot_no", "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("投诉内容", "消费者诉求", "门店处理人", "区域品控"),
        (kit.pick(s, "消费者开袋后发现袋内有异物（塑料片），要求赔偿。", "瓶内有絮状沉淀，开瓶有异味。"),
         ("退一赔十", ["compensation"]), kit.pick(s, "郑晓明", "吴丽芳"), "黄志强"),
        ("description", "customer_request", "reporter", None),
    ))  # fmt: skip


def complaint_en_vendorcb(s: kit.Sheet) -> None:
    """A foreign retailer's chargeback notice from its China sourcing office: Chargeback No., Vendor No. and Store No.
    (no field), UPC the part, Units Shipped / Units Defective, Reason for Chargeback the description, Chargeback Amount the
    loss (RMB), Requested Action."""
    s.text("A1", "Vendor Chargeback Notice", "D1", size=14)
    kit.plain(s, "A2", "Greenfield Stores Inc. — Asia Sourcing Office, Shenzhen", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Chargeback No.", "Date Issued", "Retailer", "Vendor No.", "Store No.", "PO No.", "UPC", "Item Description",
         "Units Shipped", "Units Defective", "Chargeback Amount", "Sourcing QA"),
        (kit.pick(s, "CB-ASO-26-1142", "CB-ASO-26-1187"), kit.pick(s, ("Nov 6, 2026", "2026-11-06"), ("Nov 20, 2026", "2026-11-20")),
         "Greenfield Stores Inc.", "VN-204417", kit.pick(s, "#0418", "#0522"), kit.pick(s, "4500129931", "4500130246"),
         kit.pick(s, UPC_MUG, UPC_LID), kit.pick(s, "Stoneware mug 12 oz, speckled", "Travel mug lid, BPA free"),
         (kit.pick(s, "4,800 units", "6,000 units"), kit.pick(s, 4800, 6000)),
         (kit.pick(s, "216 units", "90 units"), kit.pick(s, 216, 90)),
         kit.pick(s, ("RMB 6,480.00", "6480.00"), ("RMB 1,350.00", "1350.00")), kit.pick(s, "Kelly Zhou", "Ryan Lam")),
        ("number", "received_date", "customer", None, None, "order_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "loss_amount", "reporter"),
    ))  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("Reason for Chargeback", "Requested Action"),
        (kit.pick(s, "Crazing on glaze found by stores after customer returns; 216 units pulled from shelf.",
                  "Lid seal leaks; 90 units returned by customers."),
         ("Deduct from next payment; submit CAPA within 10 days", ["compensation"])),
        ("description", "customer_request"),
    ))  # fmt: skip


def complaint_zht_kesu(s: kit.Sheet) -> None:
    """A Taiwanese 量販店's 客訴通知單 to a supplier: 客訴編號, 通知日期 in 民國, 廠商編號 (no field), 商品條碼, 製造日期 the
    production date beside 有效日期 (no field), 客訴數量 in 盒, 處理要求 下架退貨 (return)."""
    s.text("A1", "廠商客訴通知單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴編號", "通知日期", "通路名稱", "廠商編號", "商品條碼", "品名規格", "製造日期", "有效日期", "客訴數量", "聯絡窗口"),
        (kit.pick(s, "KS-1151106-08", "KS-1151120-03"), kit.pick(s, ("115/11/06", "2026-11-06"), ("115/11/20", "2026-11-20")),
         "全聯實業股份有限公司", "F20871", kit.pick(s, EAN_TW, EAN_TW), kit.pick(s, "綠茶餅乾 12入/盒", "綠茶餅乾 12入/盒"),
         kit.pick(s, ("115/09/20", "2026-09-20"), ("115/10/02", "2026-10-02")), kit.pick(s, "116/03/19", "116/03/31"),
         (kit.pick(s, "5 盒", "3 盒"), kit.pick(s, 5, 3)), kit.pick(s, "陳怡君", "李宗翰")),
        ("number", "received_date", "customer", None, "part_no", "part_name", "production_date", None, "defect_qty",
         "reporter"),
    ))  # fmt: skip
    kit.lv(
        s,
        "A7",
        "客訴類別",
        "B7",
        kit.marks(["異物", "變質", "包裝破損", "標示不符"], {"異物"}, "■", "□"),
        None,
        span="D7",
    )
    kit.rows_down(s, 8, kit.field_rows(
        ("客訴內容", "處理要求", "回覆期限"),
        (kit.pick(s, "消費者反映餅乾內有頭髮一根，已退款並保留樣品。", "盒內餅乾受潮軟化。"), ("同批號商品下架退貨", ["return"]),
         "115/11/13"),
        ("description", "customer_request", None),
    ))  # fmt: skip


def complaint_zh_yanshou(s: kit.Sheet) -> None:
    """A distribution centre's 验收差异单: 差异单号, 验收日期, 收货单位 (the chain's DC), 订货单号, a table with one line
    (商品编码 the chain's own: no field; 商品条码 the part; 订货数量 no field; 实收数量 the delivered count; 验收数量 no field;
    拒收数量 the defective count), 差异原因 the description, 验收员."""
    s.text("A1", "验收差异单", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("差异单号", "验收日期", "收货单位", "订货单号"),
        (kit.pick(s, "CY-DC-261104-0057", "CY-DC-261118-0063"), kit.pick(s, ("2026-11-04", "2026-11-04"), ("2026-11-18", "2026-11-18")),
         "物美科技集团有限公司 北京配送中心", kit.pick(s, "DH26110391", "DH26110877")),
        ("number", "received_date", "customer", "order_no"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("商品编码", "商品条码", "商品名称", "订货数量", "实收数量", "拒收数量")
    kit.head_row(s, 4, "ABCDEF", heads)
    row = kit.pick(
        s,
        ("110283", EAN_JUICE, "橙汁饮料 1L×12", "200 箱", ("198 箱", 198), ("15 箱", 15)),
        ("110291", EAN_MILK, "优鲜纯牛奶 250ml×24", "120 件", ("120 件", 120), ("6 件", 6)),
    )
    for col, head, v, path in zip(
        "ABCDEF", heads, row, (None, "part_no", "part_name", None, "ship_qty", "defect_qty")
    ):
        typed, exp = v if isinstance(v, tuple) else (v, None)
        s.value(f"{col}5", typed, path=path, label=head, expect=exp)
    kit.rows_down(s, 6, kit.field_rows(
        ("差异原因", "处理意见", "验收员", "供应商确认"),
        (kit.pick(s, "外箱潮湿变形 15 箱，瓶身有漏液，拒收；另短少 2 箱。", "6 件外包装破损，内包装受污染，拒收。"),
         ("拒收部分退回供应商，短少部分补送", ["return", "resupply"]), kit.pick(s, "刘洋", "马丽"), ""),
        ("description", "customer_request", "reporter", None),
    ), span="F")  # fmt: skip


# =============================================================================== 8D
def eightd_zh_kaqa(s: kit.Sheet) -> None:
    """An 8D a chain's QA asks after a consumer complaint: 消费者投诉编号, 商品条码, 批次/生产日期 (no field), 投诉数量 in 袋,
    D1..D8 in the chain's words."""
    s.text("A1", "8D 整改报告（消费者投诉）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "提交日期", "零售商", "消费者投诉编号", "商品条码", "投诉数量"),
        (kit.pick(s, "8D-XC-2611-004", "8D-XC-2611-009"), kit.pick(s, ("2026-11-10", "2026-11-10"), ("2026-11-24", "2026-11-24")),
         "永辉超市股份有限公司", kit.pick(s, "TS-YH-2611-0381", "TS-YH-2611-0412"), kit.pick(s, EAN_SNACK, EAN_JUICE),
         (kit.pick(s, "3 袋", "2 瓶"), kit.pick(s, 3, 2))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.lv(
        s, "A5", "批次/生产日期", "B5", kit.pick(s, "B260912A / 2026-09-12", "J261003C / 2026-10-03"), None
    )
    kit.team_cell(
        s, "C5", "D1 改善小组", "D5", kit.pick(s, ("孙浩", "林静", "何磊"), ("孙浩", "罗敏")), sep="、"
    )
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 围堵措施", "D4 原因分析（产生）", "D4 原因分析（流出）", "D5 永久对策", "D6 对策验证", "D7 标准化"),
        kit.pick(s, ("消费者开袋发现塑料片异物 1 片，同批次门店库存 3 袋。", "同批次 B260912A 在库 1,200 箱隔离，门店下架。",
                     "投料口包装膜未及时收集，碎片落入输送带。", "金属检测机不能检出塑料，出厂抽检未开袋检查。",
                     "投料口加装防护罩，拆包区与投料区隔离。", "连续 30 批开袋检查无异物，门店无再投诉。",
                     "拆包作业纳入 SOP，全线推广。"),
                 ("消费者反映橙汁有絮状沉淀 2 瓶。", "同批次 J261003C 门店库存 480 瓶下架。", "杀菌温度曲线偏低 2 ℃ 持续 6 分钟。",
                  "温度记录仪报警未设置，巡检未发现。", "杀菌温度报警上下限联锁停机。", "连续 20 批微生物检测合格。",
                  "其他饮料线同步加装联锁。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 结案日期", "品控经理"), (kit.pick(s, ("2026-12-08", "2026-12-08"), ("2026-12-22", "2026-12-22")), "周红梅"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_retail(s: kit.Sheet) -> None:
    """An English 8D a foreign retailer's sourcing office asks after a chargeback: Consumer complaint ref. (the chargeback
    number), UPC, Units affected, D4 Why not detected."""
    s.text("A1", "8D Corrective Action Report", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("CAR No.", "Date Opened", "Retailer", "Chargeback Ref.", "UPC", "Units Affected"),
        ("CAR-VN204417-07", ("11/09/2026", "2026-11-09"), "Greenfield Stores Inc.", "CB-ASO-26-1142", UPC_MUG,
         ("216 units", 216)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team Members", "B5", ("Huang Min", "Kelly Zhou", "Li Qiang"), span="D5")
    rows = kit.eightd_steps(
        ("D2 Problem Statement", "D3 Interim Containment", "D4 Root Cause (Occurred)", "D4 Root Cause (Not Detected)",
         "D5 Permanent Corrective Action", "D6 Validation", "D7 Systemic Prevention"),
        ("Glaze crazing on 216 mugs found by stores after customer returns.",
         "Hold 2,400 units in the DC; 100 % visual check before release.",
         "Kiln cooling too fast (ramp 180 °C/h); glaze expansion mismatch.",
         "Outgoing AQL check did not include a thermal shock test.",
         "Cooling ramp set to 90 °C/h; glaze recipe adjusted.",
         "Thermal shock test 20 °C to 100 °C passed on 5 lots; no store returns in 6 weeks.",
         "Thermal shock test added to the control plan of all stoneware."),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 Closure Date", "Approved by (Retailer QA)"), (("12/14/2026", "2026-12-14"), "Kelly Zhou"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_mendian(s: kit.Sheet) -> None:
    """A store's 门店退货单 to the supplier: 退货单号, 退货日期, 退货门店 (the customer), 门店编码 / 供应商编码 (no field), lines
    商品条码 / 商品名称 / 箱规 1×24 (no field) / 申请数量 / 实退数量 in 瓶 / 进价 / 金额, 退货类型 ☐临期 ☐破损 ☑质量 (no field),
    退货原因, 处理方式, 供应商签收 the receiver, 店长 the approver."""
    s.text("A1", "门店退货单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "退货门店", "门店编码", "供应商编码", "关联投诉单号"),
        (kit.pick(s, "MT-350102-261108-01", "MT-350206-261122-02"), kit.pick(s, ("2026-11-08", "2026-11-08"), ("2026-11-22", "2026-11-22")),
         kit.pick(s, "永辉超市福州五四路店", "永辉超市厦门湖里店"), kit.pick(s, "350102", "350206"), "V0038172",
         kit.pick(s, "TS-YH-2611-0381", "TS-YH-2611-0412")),
        ("number", "issue_date", "customer", None, None, "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("商品条码", "商品名称", "箱规", "申请数量", "实退数量", "进价", "金额")
    kit.head_row(s, 5, "ABCDEFG", heads)
    lines = kit.pick(s, ((EAN_SNACK, "香脆薯片 烧烤味 70g", "1×24", 48, 48, 4.2), (ean13("692345678902"), "香脆薯片 原味 70g", "1×24", 24, 22, 4.2)),
                     ((EAN_JUICE, "橙汁饮料 1L", "1×12", 36, 36, 6.8),))  # fmt: skip
    for i, (code, name, case, qa, q, p) in enumerate(lines):
        r, a = 6 + i, round(q * p, 2)
        cells = (("A", code, "part_no", None), ("B", name, "part_name", None), ("C", case, None, None),
                 ("D", f"{qa} 瓶" if "1L" in name else f"{qa} 袋", "qty_approved", qa),
                 ("E", f"{q} 瓶" if "1L" in name else f"{q} 袋", "qty_returned", q))  # fmt: skip
        for col, v, path, exp in cells:
            s.value(
                f"{col}{r}",
                v,
                path=path and f"items[{i}].{path}",
                label=heads["ABCDE".index(col)],
                expect=exp,
            )
        s.value(f"F{r}", p, path=f"items[{i}].unit_price", label="进价", expect=kit.money(p), fmt="0.00")
        s.value(f"G{r}", a, path=f"items[{i}].amount", label="金额", expect=kit.money(a), fmt="#,##0.00")
    r = 6 + len(lines)
    kit.lv(
        s,
        f"A{r}",
        "退货类型",
        f"B{r}",
        kit.marks(["临期", "破损", "质量"], {"质量"}, "☑", "☐"),
        None,
        span=f"G{r}",
    )
    foot = kit.field_rows(
        ("退货原因", "处理方式", "供应商签收", "店长"),
        (kit.pick(s, "质量问题：消费者投诉异物，同批次下架", "质量问题：絮状沉淀"), ("退回供应商", ["return"]),
         kit.pick(s, "陈志远", "陈志远"), kit.pick(s, "林晓燕", "蔡文杰")),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, r + 1, foot, "G")


def return_zht_fendian(s: kit.Sheet) -> None:
    """A Hong Kong chain's 退貨單 in zh-Hant: 退貨單編號, 日期 05/11/2026 (day first), 分店 (the customer), 供應商編號 (no
    field), lines 貨品編號 / 貨品名稱 / 批准數量 / 退貨數量 in 箱 / 單價 / 金額 in HK$, 退貨原因 臨近到期, 處理 銷毀."""
    s.text("A1", "退貨單 Return Note", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退貨單編號", "日期", "分店", "供應商編號"),
        ("RN-HK-26-11-0152", ("05/11/2026", "2026-11-05"), "惠康超級市場 觀塘分店", "SUP-77120"),
        ("number", "issue_date", "customer", None),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("貨品編號", "貨品名稱", "批准數量", "退貨數量", "單價", "金額")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, ((EAN_HK, "芒果味果汁 250ml×24", 6, 6, 96.0),), heads, count=lambda n: f"{n} 箱")
    foot = kit.field_rows(
        ("退貨原因", "處理", "收貨人", "批核"),
        ("品質問題：包裝脹罐，臨近到期", ("銷毀", ["scrap"]), "何家豪", "梁淑儀"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


def return_en_storertv(s: kit.Sheet) -> None:
    """A foreign retailer's Return to Vendor (RTV): RTV No., RTV Date, Store No. (no field), Vendor No. (no field),
    Chargeback Ref. (the complaint), lines UPC / Description / Qty Authorized / Qty Returned / Unit Cost / Ext. Cost,
    Disposition ``Destroy in field`` (scrap)."""
    s.text("A1", "Return to Vendor (RTV)", "F1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RTV No.", "RTV Date", "Retailer", "Store No.", "Vendor No.", "Chargeback Ref."),
        ("RTV-0418-261112", ("11/12/2026", "2026-11-12"), "Greenfield Stores Inc.", "#0418", "VN-204417", "CB-ASO-26-1142"),
        ("number", "issue_date", "customer", None, None, "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("UPC", "Description", "Qty Authorized", "Qty Returned", "Unit Cost", "Ext. Cost")
    kit.head_row(s, 5, "ABCDEF", heads)
    kit.return_lines(s, 6, ((UPC_MUG, "Stoneware mug 12 oz, speckled", 216, 204, 30.0),), heads,
                     count=lambda n: f"{n} ea")  # fmt: skip
    foot = kit.field_rows(
        ("Reason Code", "Disposition", "Received by", "Authorized by"),
        ("Q2 — Defective (glaze crazing)", ("Destroy in field; vendor credit", ["scrap", "credit"]), "Huang Min", "Kelly Zhou"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 7, foot, "F")


# =============================================================================== allowance
def allowance_zh_cuxiao(s: kit.Sheet) -> None:
    """A 销货折让 agreed for a 促销 price after a quality complaint: 折让单号, 开具日期, 购买方, 纳税人识别号, 原发票号码, 关联扣款单号,
    lines 商品名称 / 数量 / 原价 / 折让价 (no field) / 折让金额 / 税额 13 %, totals."""
    s.text("A1", "销货折让协议单（促销价差）", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "关联扣款单号"),
        (kit.pick(s, "ZR-YX-261112-003", "ZR-YX-261126-007"), kit.pick(s, ("2026-11-12", "2026-11-12"), ("2026-11-26", "2026-11-26")),
         "华润万家有限公司", "91440300618832961X", kit.pick(s, "44032600000091187304", "44032600000091190266"),
         kit.pick(s, "KK-HR-261105-017", "KK-HR-261119-022")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("商品名称", "数量", "原价", "折让价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDEF", heads)
    lines = kit.pick(
        s, (("优鲜纯牛奶 250ml×24", 400, 62.0, 55.8),), (("优鲜低脂牛奶 250ml×24", 200, 64.0, 57.6),)
    )
    net = tax = 0.0
    for i, (name, q, old, new) in enumerate(lines):
        a = round(q * (old - new), 2)
        t = round(a * 0.13, 2)
        net, tax = net + a, tax + t
        for col, v, path, exp, fmt in (("A", name, "name", None, None), ("B", q, "qty", q, "#,##0"),
                                       ("C", old, None, None, "0.00"), ("D", new, None, None, "0.00"),
                                       ("E", a, "allowance_amount", kit.money(a), "#,##0.00"),
                                       ("F", t, "tax", kit.money(t), "#,##0.00")):  # fmt: skip
            s.value(
                f"{col}{7 + i}",
                v,
                path=path and f"items[{i}].{path}",
                label=heads["ABCDEF".index(col)],
                expect=exp,
                fmt=fmt,
            )
    for r, lab, x, path in ((9, "折让金额合计", net, "total_excl_tax"), (10, "税额合计", tax, "total_tax"),
                            (11, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"E{r}", x, path, expect=kit.money(x), lspan=f"D{r}", fmt="#,##0.00")
    kit.lv(
        s,
        "A12",
        "折让说明",
        "B12",
        "因质量投诉，双方协商按促销价结算已售部分，差价开具折让。",
        None,
        span="F12",
    )
    kit.lv(s, "A13", "销售经理", "B13", "郭振华", "approved_by_manager", span="C13")


def allowance_en_vendormemo(s: kit.Sheet) -> None:
    """A vendor credit memo for a retailer's chargeback: Credit Memo No., Date, Customer, Chargeback Ref., lines Item /
    Units / Unit Credit / Credit Amount / VAT 13 %, totals Subtotal / VAT / Total Credit."""
    s.text("A1", "Vendor Credit Memo", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit Memo No.", "Date", "Customer", "Tax ID", "Invoice No.", "Chargeback Ref."),
        ("CM-HX-26-0219", ("Nov 16, 2026", "2026-11-16"), "Greenfield Stores Inc.", "91440300MA5G8K2Q7L", "HX-INV-2610-0877",
         "CB-ASO-26-1142"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Item", "Units", "Unit Credit", "Credit Amount", "VAT")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(
        s, 7, (("Stoneware mug 12 oz — chargeback CB-ASO-26-1142", 216, 26.55),), heads, 0.13
    )
    for r, lab, x, path in ((10, "Subtotal", net, "total_excl_tax"), (11, "VAT 13%", tax, "total_tax"),
                            (12, "Total Credit", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "Issued by", "B13", "Huang Min", "approved_by_manager", span="C13")


_COPY2 = {"complaint_zh_koukuan", "complaint_zh_xiaofei", "complaint_en_vendorcb", "complaint_zht_kesu",
          "complaint_zh_yanshou", "eightd_zh_kaqa", "return_zh_mendian", "allowance_zh_cuxiao", "complaint_zh_pingtai"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_koukuan, "扣款", dict(A=16, B=30, C=16, D=30), "a supermarket's 供应商扣款通知单: 供应商编码, 商品条码 EAN-13, 扣款金额 ¥3,280.00, a list of stores in 瓶 with its 合计, 扣款事由, 从当期货款中扣除"),
        (complaint_zh_xiaofei, "投诉", dict(A=16, B=32, C=16, D=30), "a supermarket's 消费者投诉转办单: masked phone 138****5627, 生产日期/批号 in one cell, 消费者诉求 退一赔十"),
        (complaint_en_vendorcb, "Chargeback", dict(A=20, B=32, C=20, D=32), "a foreign retailer's chargeback notice: Vendor No., Store No. #0418, UPC 036000291452, Units Shipped / Defective, Chargeback Amount RMB"),
        (complaint_zht_kesu, "客訴", dict(A=16, B=30, C=16, D=30), "a Taiwanese 量販店 廠商客訴通知單: 民國 115/11/06, 廠商編號, 商品條碼, 製造日期 beside 有效日期, 客訴數量 5 盒, ■異物"),
        (complaint_zh_yanshou, "验收差异", dict(A=14, B=18, C=24, D=12, E=12, F=12), "a DC's 验收差异单: a one-line table 商品编码 / 商品条码 / 订货数量 / 实收数量 / 拒收数量 in 箱"),
        (eightd_zh_kaqa, "8D", dict(A=22, B=34, C=18, D=30), "an 8D a chain's QA asks after a consumer complaint: 消费者投诉编号, 商品条码, 批次/生产日期, D7 标准化"),
        (eightd_en_retail, "8D", dict(A=28, B=34, C=20, D=30), "an English 8D for a retailer: CAR No., Chargeback Ref., UPC, Units Affected, dates MM/DD/YYYY"),
        (return_zh_mendian, "退货", dict(A=18, B=22, C=8, D=10, E=10, F=10, G=12), "a 门店退货单: 门店编码, 供应商编码, 箱规 1×24, 申请数量 / 实退数量 in 袋, 退货类型 ☐临期 ☐破损 ☑质量, 供应商签收"),
        (return_zht_fendian, "退貨", dict(A=18, B=24, C=12, D=12, E=12, F=14), "a Hong Kong chain's 退貨單: 分店, 05/11/2026 day first, 批准數量 / 退貨數量 in 箱, 處理 銷毀"),
        (return_en_storertv, "RTV", dict(A=18, B=30, C=16, D=16, E=14, F=14), "a retailer's Return to Vendor: RTV No., Store No., Qty Authorized / Returned in ea, Reason Code Q2, Destroy in field"),
        (allowance_zh_cuxiao, "折让", dict(A=24, B=12, C=12, D=12, E=16, F=14), "a 销货折让 for a 促销 price: 原价 / 折让价 columns, 折让金额 / 税额 13 %, 关联扣款单号"),
        (allowance_en_vendormemo, "Credit", dict(A=40, B=12, C=14, D=16, E=14), "a vendor credit memo for a chargeback: Credit Memo No., Chargeback Ref., Unit Credit, VAT 13%"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#fff3e6", ".tag{color:#c60;font-weight:bold}")


def complaint_zh_pingtai(f: kit.HtmlForm) -> str:
    """A platform's 商家质量问题处理单 printed from its back office (Chromium): 工单号, 创建时间 with seconds, 采购主体 (the
    platform's own retail arm, the customer), 订单编号 (a consumer's order: no field), 采购单号, SKU, 买家昵称 masked (no
    field), 问题类型, 涉及件数, 问题描述, 处理诉求 退货退款, 处理人."""
    f.raw("<h2>商家质量问题处理单</h2><p class='note'>商家后台导出 · 打印时间 2026-11-07 09:12</p><table>")
    kit.kv_rows(f, kit.field_rows(
        ("工单号", "创建时间", "采购主体", "订单编号", "采购单号", "SKU", "商品名称", "买家昵称", "问题类型", "涉及件数",
         "问题描述", "处理诉求", "处理人"),
        (kit.pick(f, "GD202611050031872", "GD202611190044105"), kit.pick(f, ("2026-11-05 10:25:31", "2026-11-05"), ("2026-11-19 16:02:08", "2026-11-19")),
         "北京京东世纪贸易有限公司", kit.pick(f, "298817736540", "299104415872"), kit.pick(f, "CG2610-558812", "CG2611-560193"),
         kit.pick(f, "100045872311", "100045872329"), kit.pick(f, "智能电热水壶 1.7L 白色", "智能电热水壶 1.5L 灰色"),
         kit.pick(f, "t**8", "j***a"), "质量问题-功能故障", (kit.pick(f, "7 件", "4 件"), kit.pick(f, 7, 4)),
         kit.pick(f, "多名买家反馈使用 1 周后不加热，指示灯不亮，近 30 天同类退货 7 件。", "买家反馈壶底漏水，4 件。"),
         ("退货退款，供应商承担运费", ["return"]), kit.pick(f, "品控-赵敏", "品控-赵敏")),
        ("number", "received_date", "customer", None, "order_no", "part_no", "part_name", None, None, "defect_qty",
         "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw("</table><p class='tag'>请于 48 小时内在商家后台回复处理方案</p>")
    return f.page("商家质量问题处理单", _CSS)


def eightd_zht_huikang(f: kit.PdfDraw) -> None:
    """A Hong Kong chain's 8D in zh-Hant (fpdf2): 報告編號, 發出日期 05/11/2026 day first, 顧客投訴編號, 貨品編號, 投訴數量 罐."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "8D 改善報告（顧客投訴）", size=14)
    kit.pdf_lv_lines(f, 15, 55, 30, kit.field_rows(
        ("報告編號", "發出日期", "零售商", "顧客投訴編號", "貨品編號", "投訴數量"),
        ("8D-HK-26-031", ("12/11/2026", "2026-11-12"), "惠康超級市場有限公司", "CC-HK-26-11-0088", EAN_HK, ("9 罐", 9)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 55, 80, "D1 小組成員", ("黃志偉", "陳美玲", "何家豪"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 臨時措施", "D4 根本原因", "D4 未能檢出原因", "D5 改善措施", "D6 成效確認", "D7 預防措施"),
        ("顧客投訴芒果汁罐身脹起 9 罐。", "同批次分店存貨 600 罐下架隔離。", "封罐機捲邊高度偏差，密封不良。", "出貨前未做真空度全檢。",
         "更換封罐滾輪並每班測量捲邊尺寸。", "連續 10 批真空度檢查合格。", "所有罐裝線加入捲邊檢查。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 55, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 55, y, kit.field_rows(
        ("結案日期", "品質經理"), (("20/12/2026", "2026-12-20"), "梁淑儀"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def allowance_zht_cuxiao(f: kit.PdfDraw) -> None:
    """A Taiwanese 促銷價差 折讓證明 (fpdf2): 折讓單號, 統一編號, 原發票號碼, 客訴編號, 數量 in 盒, 營業稅 5 %."""
    f = kit.CjkDraw.of(f)
    f.text(50, 16, "銷貨折讓證明單（促銷價差）", size=13)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "客訴編號"),
        ("ZR-TW-1151115-02", ("115/11/15", "2026-11-15"), "全聯實業股份有限公司", "23285582", "RK-38104522", "KS-1151106-08"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單位折讓", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(
        f, cols, (("綠茶餅乾 12入/盒 促銷價差", 600, 8.0),), qty=lambda q: f"{q} 盒"
    )
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("折讓金額合計", "營業稅額", "總計", "核准"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "陳怡君"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a platform's 商家质量问题处理单 printed from its back office: 工单号, 创建时间 with seconds, SKU, 买家昵称 t**8, 处理诉求 退货退款", complaint_zh_pingtai),
        ("a Hong Kong chain's 8D in zh-Hant: 發出日期 12/11/2026 day first, 顧客投訴編號, 9 罐", eightd_zht_huikang),
        ("a Taiwanese 促銷價差 折讓證明: 統一編號, 原發票號碼, 客訴編號, 600 盒, 營業稅額 0.00", allowance_zht_cuxiao),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _ean_lost_workbook() -> bytes:
    """A 门店退货单 whose 商品条码 came back from a CSV export as ``6.9012E+12``: the last digits are lost."""
    return kit.sheet_bytes("退货", (("门店退货单", None), ("退货单号", "MT-350102-261108-09"), ("退货日期", "2026-11-08"),
                                 ("退货门店", "永辉超市福州五四路店"), ("商品条码", "6.9012E+12"), ("商品名称", "香脆薯片 烧烤味 70g"),
                                 ("实退数量", "48 袋"), ("退货原因", "质量问题"), ("处理方式", "退回供应商")),
                           dt.datetime(2026, 11, 8, 9, 0))  # fmt: skip


def _stores_workbook() -> bytes:
    """A 扣款通知单 whose only counts are one a store (深圳南山店 12 瓶, 深圳福田店 8 瓶), no total."""
    return kit.sheet_bytes("扣款", (("供应商扣款通知单", None), ("通知日期", "2026-11-05"), ("采购方", "华润万家有限公司"),
                                 ("商品条码", EAN_MILK), ("商品名称", "优鲜纯牛奶 250ml×24"), ("深圳南山店", "12 瓶"),
                                 ("深圳福田店", "8 瓶"), ("扣款事由", "顾客投诉胀包。"), ("经办人", "李嘉欣")),
                           dt.datetime(2026, 11, 5, 9, 0))  # fmt: skip


ODD = {
    "return-ean-lost.xlsx": (
        "a 门店退货单 whose 商品条码 came back from a CSV as 6.9012E+12 (the last digits lost): an error or a warning on "
        "the part number; never 6901200000000 or 6.9012E+12 silently",
        _ean_lost_workbook,
    ),
    "complaint-stores.xlsx": (
        "a 扣款通知单 whose only counts are one a store (12 瓶, 8 瓶; no total): an error or a warning on the defective "
        "quantity; never 12 or 8 silently",
        _stores_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-sixth held-out layouts", ODD)
