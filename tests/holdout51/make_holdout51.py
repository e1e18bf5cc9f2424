"""Write the fifty-first held-out set (run: ``python tests/holdout51/make_holdout51.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN TEXTILES,
GARMENTS, FOOTWEAR, TOYS AND HOME GOODS MADE FOR EXPORT, where the complaint comes from a buyer's QA or a trading
company (外贸公司) and arrives as the buyer's own paper. A third-party FINAL RANDOM INSPECTION report (``AQL Major 2.5 /
Minor 4.0``, ``Sample size 200``, a ``Critical / Major / Minor`` table with ``Max. allowed``, ``Result FAIL``, a style
number that looks like a date ``2026-11A``, ``1,200 pcs (100 ctns)``); a trading company's 客户投诉单 (``款号``, ``色号``,
``疵点件数``, a size table ``S M L XL`` with counts, ``☑折让``); a Taiwanese shoe maker's 客訴處理單 (``鞋型``, ``楦頭``, ``雙``,
``開膠``, 民國 date); a toy buyer's complaint with ``Safety issue ☐ No ☑ Yes`` and a date code; a toy buyer's CAPA / 8D
(``Safety issue ☑ Yes`` in an 8D, ASTM F963 line); a garment 8D on shrinkage (``1,200 件``, AATCC 135 line); an e-commerce
RETURN AUTHORIZATION (``RA#``, ``SKU``, ``Qty returned``, ``Reason code``); a 退货单 for garments in 件 and 打 (a ``单位``
column); a buyer's VENDOR CHARGEBACK / DEBIT NOTE (``Debit Note No.``, ``PO#``, ``Style No.``, ``Colorway``, ``Charge
reason``, ``US$1,234.50`` typed as text, a date ``Nov. 18th, 2026``); a 折让 for a shrinkage claim. Sent as PDF only: an
inspection report printed from an inspection company's system (fpdf2, ``Nov. 3rd, 2026``, ``2,400 prs (200 ctns)``), a
debit memo printed from the buyer's portal (Chromium), a zh-Hant 8D for 開膠 in 雙 (fpdf2), a zh-Hant e-commerce 退貨單
(Chromium), a zh-Hant 折讓 for a colour-fastness claim in 打 (fpdf2). ``odd/`` holds a complaint whose defective count is
written in cartons (``3 ctns``) and an inspection report dated ``Nov. 31st, 2026`` (no such day).

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

HERE, SOURCE = kit.generator(__file__, "fifty-first held-out imitation")
dt, D = kit.dt, kit.dt.date


# =============================================================================== complaint
def complaint_en_fri(s: kit.Sheet) -> None:
    """A third-party FINAL RANDOM INSPECTION report the buyer forwards as its complaint: ``Style No. 2026-11A`` (looks like
    a date), ``Shipment quantity 1,200 pcs (100 ctns)``, ``AQL`` / ``Sample size 200`` (no field), a Critical / Major /
    Minor table with ``Total found`` and ``Max. allowed`` rows (no field), ``Result FAIL`` (no field)."""
    s.text("A1", "FINAL RANDOM INSPECTION REPORT (FRI)", "D1", size=13)
    kit.plain(
        s,
        "A2",
        "Third-party inspection on behalf of the client · ISO 2859-1 single sampling, general level II",
        "D2",
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Report No.", "Inspection date", "Client", "PO No.", "Style No.", "Product", "Colorway", "Shipment quantity",
         "Factory", "Inspector"),
        (kit.pick(s, "QIR-26-118734", "QIR-26-121906"), kit.pick(s, D(2026, 11, 3), D(2026, 11, 24)),
         kit.pick(s, "Harbor & Pine Home Goods Inc.", "Maple Row Apparel LLC"), kit.pick(s, "4500871123", "4500874410"),
         kit.pick(s, "2026-11A", "2026-12B"), kit.pick(s, "Women's knit cardigan", "Men's fleece half-zip"),
         kit.pick(s, "Navy / Heather grey", "Charcoal"),
         (kit.pick(s, "1,200 pcs (100 ctns)", "2,880 pcs (240 ctns)"), kit.pick(s, 1200, 2880)),
         "Ningbo Yongxin Knitting Co., Ltd.", kit.pick(s, "Chen Wei", "Liu Fang")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, "ship_qty", None, "reporter"),
    ))  # fmt: skip
    kit.lv_pairs(s, 8, kit.field_rows(
        ("AQL", "Sample size"), ("Critical 0 / Major 2.5 / Minor 4.0", kit.pick(s, 200, 315)), (None, None),
    ))  # fmt: skip
    kit.head_row(s, 9, "ABCD", ("Defect", "Critical", "Major", "Minor"))
    table = kit.pick(s, (("Open seam at side seam", 0, 8, 0), ("Shade variation between panels", 0, 4, 3),
                         ("Loose threads", 0, 0, 6), ("Total found", 0, 12, 9), ("Max. allowed", 0, 10, 14)),
                     (("Broken zipper pull", 0, 11, 0), ("Pilling on sleeve", 0, 5, 8),
                      ("Total found", 0, 16, 8), ("Max. allowed", 0, 14, 21)))  # fmt: skip
    for r, line in enumerate(table, start=10):
        for col, v in zip("ABCD", line):
            s.value(f"{col}{r}", v, path=None, label="Defect")
    r = 10 + len(table)
    kit.lv(s, f"A{r}", "Result", f"B{r}", "FAIL", None, span=f"D{r}")
    kit.rows_down(s, r + 1, kit.field_rows(
        ("Remarks",),
        (kit.pick(s, "Major defects over the AQL: open seams at the left side seam (8 pcs) and shade variation front "
                     "vs back panel (4 pcs). Lot rejected; 100 % sorting and re-inspection required.",
                  "Zipper pulls break at 40 N; pilling grade 2 on sleeves. Lot rejected."),),
        ("description",),
    ))  # fmt: skip


def complaint_zh_trading(s: kit.Sheet) -> None:
    """A trading company's (外贸公司) 客户投诉单 to its garment maker: 款号, 色号 (no field), ``3,600 件（300 箱）``, 疵点件数,
    a size table ``S M L XL 合计`` of the defective pieces (no field), 疵点描述, 客户要求 as ticked boxes (☑折让)."""
    s.text("A1", "客户投诉单", "F1", size=15)
    kit.plain(s, "A2", "浙江华纺进出口有限公司　质量部　　表号：QP-09-03", "F2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("投诉单号", "投诉日期", "客户", "订单号", "款号", "品名", "色号", "出货数量", "疵点件数", "跟单员"),
        (kit.pick(s, "TS-2611-027", "TS-2611-041"), kit.pick(s, D(2026, 11, 6), D(2026, 11, 19)),
         "浙江华纺进出口有限公司", kit.pick(s, "HF26-US-0412", "HF26-EU-0107"), kit.pick(s, "HF-7731", "HF-7740"),
         kit.pick(s, "男式全棉T恤", "女式针织背心"), kit.pick(s, "C03 藏青", "C11 米白"),
         (kit.pick(s, "3,600 件（300 箱）", "2,400 件（200 箱）"), kit.pick(s, 3600, 2400)),
         (kit.pick(s, "186 件", "95 件"), kit.pick(s, 186, 95)), kit.pick(s, "周晓敏", "何丽娟")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", None, "ship_qty", "defect_qty",
         "reporter"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    kit.head_row(s, 8, "ABCDEF", ("尺码", "S", "M", "L", "XL", "合计"))
    sizes = kit.pick(s, (32, 61, 58, 35), (18, 30, 29, 18))
    s.text("A9", "疵点件数", bold=True)
    for col, v in zip("BCDEF", (*sizes, sum(sizes))):
        s.value(f"{col}9", v, path=None, label="尺码")
    kit.rows_down(s, 10, kit.field_rows(
        ("疵点描述", "客户要求"),
        (kit.pick(s, "领口罗纹与衣身色差，部分衣身有污渍、断纱；客户验货抽检 200 件发现 19 件，全检后共 186 件。",
                  "肩缝开线、印花脱落；全检后共 95 件。"),
         (kit.marks(["退货", "换货", "折让", "返工"], {"折让"}, "☑", "☐"), ["allowance"])),
        ("description", "customer_request"),
    ), span="F")  # fmt: skip
    kit.lv_pairs(s, 12, kit.field_rows(("业务员", "质量部审核"), ("方俊", "沈佳"), (None, None)),
                 cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_zht_shoe(s: kit.Sheet) -> None:
    """A Taiwanese shoe maker's 客訴處理單: 鞋型 the part, 楦頭 (the last, no field), counts in 雙 (``2,400 雙`` / ``84 雙``),
    a 民國 date typed as text (``115/11/09``), 不良現象 ``開膠``, 客戶要求 ☑換貨, 責任單位."""
    s.text("A1", "客訴處理單", "D1", size=15)
    kit.plain(s, "A2", "○○鞋業股份有限公司　品保課　　表單編號：QA-F-021", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客訴單號", "客訴日期", "客戶名稱", "訂單號碼", "鞋型", "楦頭", "品名", "出貨數量", "不良數量", "填單人"),
        ("KS-1151109-02", ("115/11/09", "2026-11-09"), "Stride Outdoor GmbH", "SO-115-0318", "TP-6820M", "L-2207",
         "男款登山鞋", ("2,400 雙", 2400), ("84 雙", 84), "林雅婷"),
        ("number", "received_date", "customer", "order_no", "part_no", None, "part_name", "ship_qty", "defect_qty",
         "reporter"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("不良現象", "客戶要求"),
        ("大底與鞋面開膠，前掌處脫膠長度 15～30 mm；客戶退回樣品 6 雙。",
         (kit.marks(["退貨", "換貨", "折讓"], {"換貨"}, "☑", "☐"), ["replacement"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, 10, kit.field_rows(
        ("責任單位", "業務主管"), ("成型課", "張志宏"), ("responsible_unit", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_toy(s: kit.Sheet) -> None:
    """A toy buyer's QUALITY COMPLAINT: ``Item No.``, a ``Date code`` the lot (``DC 2611``), ``Qty shipped 12,000 pcs (500
    ctns)``, ``Inner pack 1 dz`` (no field), ``Safety issue ☐ No ☑ Yes``, ``Requested action ☑ Return ☐ Replacement ☐
    Credit note``."""
    s.text("A1", "SUPPLIER QUALITY COMPLAINT — TOYS & JUVENILE", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Complaint No.", "Date", "Customer", "PO#", "Item No.", "Item description", "Date code", "Qty shipped",
         "Inner pack", "Qty defective"),
        ("QC-CMP-88213", D(2026, 11, 4), "BrightBlocks Toys LLC", "PO-BB-77120", "BB-40217", "Plush bear 30 cm",
         "DC 2611", ("12,000 pcs (500 ctns)", 12000), "1 dz", ("36 pcs", 36)),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", None,
         "defect_qty"),
    ))  # fmt: skip
    kit.lv(s, "A7", "Safety issue", "B7", kit.marks(["No", "Yes"], {"Yes"}, "☑ ", "☐ "), "safety_related",
           expect=True, span="D7")  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("Description of defect", "Requested action", "Reported by"),
        ("Eyes detach under the 90 N torque / tension test (ASTM F963-23 §8.8 / 8.9): small-parts hazard for children "
         "under 3; 36 of 80 tested.", (kit.marks(["Return", "Replacement", "Credit note"], {"Return"}, "☑ ", "☐ "),
                                      ["return"]), "D. Whitman (Product Safety)"),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_toycapa(s: kit.Sheet) -> None:
    """A toy buyer's CAPA / 8D REPORT: ``CAPA No.``, ``Complaint ref.``, ``Item No.``, ``Qty affected 480 pcs``, a
    ``Safety issue ☐ No ☑ Yes`` line and an ``ASTM F963 / EN 71-1`` line (no field: an 8D holds no safety field)."""
    s.text("A1", "CAPA / 8D REPORT — SUPPLIER CORRECTIVE ACTION", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("CAPA No.", "Date opened", "Customer", "Complaint ref.", "Item No.", "Qty affected"),
        ("CAPA-TY-26-0144", D(2026, 11, 10), "BrightBlocks Toys LLC", "QC-CMP-88213", "BB-40217", ("480 pcs", 480)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.lv(s, "A5", "Safety issue", "B5", "☐ No ☑ Yes", None, span="D5")
    kit.plain(
        s, "A6", "Standards: ASTM F963-23 §4.6 small parts · EN 71-1:2014+A1:2018 §8.4 torque / tension", "D6"
    )
    kit.team_cell(s, "A7", "D1 Team", "B7", ("Huang Lei", "Sara Kim", "Ou Yang"), span="D7")
    rows = kit.eightd_steps(
        ("D2 Problem description", "D3 Containment", "D4 Root cause (occurrence)", "D4 Root cause (escape)",
         "D5 Corrective action", "D6 Verification", "D7 Preventive action"),
        ("Safety eyes pull out below 90 N on 480 pcs of DC 2611.", "Stock at DC and in transit on hold; 100 % pull "
         "test of 2,400 pcs at factory.", "Washer of the safety eye not fully pressed: press pressure set too low.",
         "Pull test 5 pcs per shift only; not on each press.", "Press pressure interlock; pull test 2 pcs per press "
         "per hour.", "3 lots, 0 failures at 110 N.", "Same interlock on all eye-fixing presses; PFMEA updated."),
    )  # fmt: skip
    kit.lv_rows(s, 8, rows)
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 Closed on", "Approved by"), (D(2026, 12, 1), "Sara Kim"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_garment(s: kit.Sheet) -> None:
    """An 8D 报告 on a garment's SHRINKAGE: 款号 the part, 投诉数量 ``1,200 件``, the customer a trading company, a
    test-standard line (``AATCC 135 / GB/T 8630``, no field)."""
    s.text("A1", "8D 报告（水洗缩水超标）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "开立日期", "客户", "投诉单号", "款号", "投诉数量"),
        (kit.pick(s, "8D-FZ-2611-03", "8D-FZ-2612-01"), kit.pick(s, D(2026, 11, 12), D(2026, 12, 2)),
         kit.pick(s, "上海锦程国际贸易有限公司", "江苏苏美达轻纺国际贸易有限公司"), kit.pick(s, "TS-2611-031", "TS-2611-052"),
         kit.pick(s, "JC-5208", "SM-3316"), (kit.pick(s, "1,200 件", "860 件"), kit.pick(s, 1200, 860))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.plain(s, "A5", "测试标准：AATCC 135 / GB/T 8630，3 次水洗，要求 ±3%，实测经向 -5.8%", "D5")
    kit.team_cell(s, "A6", "D1 小组成员", "B6", kit.pick(s, ("许文", "蒋丽", "邓超"), ("许文", "邓超")), sep="、",
                  span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 产生原因", "D4 流出原因", "D5 永久措施", "D6 效果验证", "D7 预防措施"),
        kit.pick(s, ("成衣水洗后经向缩水 -5.8%，超出 ±3%。", "在库 2,400 件隔离，重新预缩后复测。", "面料未经预缩，定型温度偏低。",
                     "来料检验未做缩水测试。", "面料增加预缩工序，定型温度 170 ℃。", "连续 3 批缩水率 -1.8% 以内。",
                     "所有针织面料来料做缩水测试。"),
                 ("成衣水洗后纬向缩水 -4.6%。", "在库 1,500 件隔离。", "面料克重偏轻，组织疏松。", "来料未测缩水。",
                  "更换面料供应商并预缩。", "连续 3 批合格。", "面料规格书增加缩水率要求。")),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 结案日期", "批准"), (kit.pick(s, D(2026, 12, 10), D(2026, 12, 28)), "邓超"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_en_ra(s: kit.Sheet) -> None:
    """An e-commerce RETURN AUTHORIZATION of a home-goods seller: ``RA#``, ``RA date``, ``Claim No.`` the complaint, lines
    by ``SKU`` with a ``Size`` column (no field) and counts ``60 pcs``, ``Reason code DEF-03``, ``Disposition Return to
    vendor``, ``Received at DC`` (the customer's, no field)."""
    s.text("A1", "RETURN AUTHORIZATION (RA) — MARKETPLACE RETURNS", "G1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RA#", "RA date", "Customer", "Claim No."),
        (kit.pick(s, "RA-2611-00392", "RA-2612-00048"), kit.pick(s, D(2026, 11, 16), D(2026, 12, 4)),
         "Northbay Living Online Ltd.", kit.pick(s, "CLM-2611-0093", "CLM-2611-0117")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    heads = (
        "SKU",
        "Description",
        "Size",
        "Qty authorized",
        "Qty returned",
        "Unit cost (USD)",
        "Amount (USD)",
    )
    kit.head_row(s, 4, "ABCDEFG", heads)
    lines = kit.pick(s, (("HP-TWL-0412-GRY", "Bath towel, grey", "70x140", 60, 58, 6.85),
                         ("HP-TWL-0413-WHT", "Hand towel, white", "40x70", 40, 40, 3.10)),
                     (("HP-BSH-2207-BLU", "Duvet cover, blue", "Queen", 24, 24, 18.40),))  # fmt: skip
    for i, (code, name, size, qa, q, p) in enumerate(lines):
        r, a = 5 + i, round(q * p, 2)
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", size, path=None, label=heads[2])
        s.value(f"D{r}", f"{qa} pcs", path=f"items[{i}].qty_approved", label=heads[3], expect=qa)
        s.value(f"E{r}", f"{q} pcs", path=f"items[{i}].qty_returned", label=heads[4], expect=q)
        s.value(
            f"F{r}", p, path=f"items[{i}].unit_price", label=heads[5], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(f"G{r}", a, path=f"items[{i}].amount", label=heads[6], expect=kit.money(a), fmt="#,##0.00")
    foot = kit.field_rows(
        ("Reason code", "Disposition", "Received at DC", "Authorized by"),
        (kit.pick(s, "DEF-03 Defective — colour bleeds in the first wash", "DEF-07 Defective — seam open"),
         ("Return to vendor", ["return"]), "Reno DC / dock 4", "K. Alvarez"),
        ("reason", "handling", None, "approved_by"),  # the customer's DC receives the goods: not our receiver
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "G")


def return_zh_garment(s: kit.Sheet) -> None:
    """A 退货单 for garments with a 单位 column (``件`` / ``打``: a dozen), 投诉单号 the complaint, 处理方式 ``返工后重新出货``
    (rework)."""
    s.text("A1", "退货单（服装）", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "投诉单号"),
        ("TH-FZ-2611-015", D(2026, 11, 20), "浙江华纺进出口有限公司", "TS-2611-027"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    heads = ("款号", "品名/色号", "单位", "核准退货数量", "实退数量", "单价(元)", "金额(元)")
    kit.head_row(s, 4, "ABCDEFG", heads)
    for i, (code, name, unit, qa, q, p) in enumerate((("HF-7731", "男式全棉T恤 C03藏青", "件", 186, 186, 28.5),
                                                       ("HF-7735", "男式棉袜 黑色", "打", 20, 15, 36.0))):  # fmt: skip
        r, a = 5 + i, round(q * p, 2)
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", unit, path=f"items[{i}].unit", label=heads[2])
        s.value(f"D{r}", qa, path=f"items[{i}].qty_approved", label=heads[3])
        s.value(f"E{r}", q, path=f"items[{i}].qty_returned", label=heads[4])
        s.value(
            f"F{r}", p, path=f"items[{i}].unit_price", label=heads[5], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(f"G{r}", a, path=f"items[{i}].amount", label=heads[6], expect=kit.money(a), fmt="#,##0.00")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        ("领口色差、污渍，客户验货不合格；袜子尺码标错。", ("返工后重新出货", ["rework"]), "王海燕", "陈立群"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 7, foot, "G")


# =============================================================================== allowance
def allowance_en_vendordebit(s: kit.Sheet) -> None:
    """A buyer's VENDOR CHARGEBACK / DEBIT NOTE: ``Debit Note No.``, a date typed ``Nov. 18th, 2026``, ``PO#`` (no field),
    ``Charge reason: defective allowance`` (no field), lines by ``Style No.`` with a ``Colorway`` column (no field),
    amounts typed as text ``US$1,234.50``, no sales tax (``US$0.00``)."""
    s.text("A1", "VENDOR CHARGEBACK — DEBIT NOTE", "F1", size=13)
    kit.plain(s, "A2", "Harbor & Pine Home Goods Inc. · Accounts Payable · Vendor Compliance · deducted from the next "
                       "payment", "F2")  # fmt: skip
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Debit Note No.", "Date", "Issued by", "Federal Tax ID", "Against invoice", "Claim ref.", "PO#",
         "Charge reason"),
        ("DN-HP-26-0571", ("Nov. 18th, 2026", "2026-11-18"), "Harbor & Pine Home Goods Inc.", "84-3310927",
         "INV-YX-26-0871", "QIR-26-118734", "4500871123", "Defective allowance (FRI failed)"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number", None, None),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Style No.", "Description", "Colorway", "Qty (pcs)", "Unit charge (US$)", "Amount (US$)")
    kit.head_row(s, 8, "ABCDEF", heads)
    net = 0.0
    for i, (style, name, colour, q, p) in enumerate((("2026-11A", "Defective allowance, open seams", "Navy", 150, 8.23),
                                                     ("2026-11A", "Re-inspection fee (FRI #2)", "—", 1, 285.0))):  # fmt: skip
        r, a = 9 + i, round(q * p, 2)
        net += a
        s.value(f"A{r}", style, path=None, label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].name", label=heads[1])
        s.value(f"C{r}", colour, path=None, label=heads[2])
        s.value(f"D{r}", q, path=f"items[{i}].qty", label=heads[3])
        s.value(f"E{r}", f"US${p:,.2f}", path=f"items[{i}].unit_price", label=heads[4], expect=kit.money(p))
        s.value(
            f"F{r}", f"US${a:,.2f}", path=f"items[{i}].allowance_amount", label=heads[5], expect=kit.money(a)
        )
    for r, lab, x, path in ((12, "Subtotal", net, "total_excl_tax"), (13, "Sales tax", 0.0, "total_tax"),
                            (14, "Total debit", net, "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"F{r}", f"US${x:,.2f}", path, expect=kit.money(x), lspan=f"E{r}")


def allowance_zh_shrink(s: kit.Sheet) -> None:
    """A 折让证明单 for a SHRINKAGE claim: 投诉单号 the complaint, a 依据 line under the head (``缩水率超标 … 按货值 15%
    折让``), 数量(件), 13 % tax."""
    s.text("A1", "销售折让证明单（缩水客诉）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "投诉单号"),
        (kit.pick(s, "ZR-FZ-2611-009", "ZR-FZ-2612-002"), kit.pick(s, D(2026, 11, 25), D(2026, 12, 15)),
         kit.pick(s, "上海锦程国际贸易有限公司", "江苏苏美达轻纺国际贸易有限公司"),
         kit.pick(s, "91310115MA1K3Q8X2D", "91320000134759216R"), kit.pick(s, "31022600000045127703", "32022600000019448801"),
         kit.pick(s, "TS-2611-031", "TS-2611-052")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    kit.plain(s, "A5", kit.pick(s, "依据：客诉 TS-2611-031 缩水率超标（经向 -5.8%，要求 ±3%），协商按货值 15% 折让",
                                 "依据：客诉 TS-2611-052 纬向缩水 -4.6%，按货值 12% 折让"), "E5")  # fmt: skip
    heads = ("货物名称", "数量(件)", "单价(元/件)", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(
        s, (("针织开衫 JC-5208 缩水折让", 1200, 6.3),), (("针织背心 SM-3316 缩水折让", 860, 4.2),)
    )
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((9, "金额合计", net, "total_excl_tax"), (10, "税额合计", tax, "total_tax"),
                            (11, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A12", "财务经理", "B12", "唐敏", "approved_by_manager", span="C12")


_COPY2 = {"complaint_en_fri", "complaint_zh_trading", "eightd_zh_garment", "return_en_ra", "allowance_zh_shrink",
          "allowance_en_portaldebit"}  # fmt: skip
"""The drawings with a second copy in copy2/ (five workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_fri, "FRI", dict(A=24, B=30, C=20, D=30), "a third-party final random inspection report: Style No. 2026-11A, 1,200 pcs (100 ctns), AQL 2.5 / 4.0, Sample size 200, Critical / Major / Minor table, Result FAIL"),
        (complaint_zh_trading, "投诉单", dict(A=14, B=22, C=10, D=14, E=22, F=12), "a trading company's 客户投诉单: 款号, 色号, 3,600 件（300 箱）, 疵点件数, S M L XL size table, ☑折让"),
        (complaint_zht_shoe, "客訴單", dict(A=16, B=28, C=16, D=28), "a Taiwanese shoe maker's 客訴處理單: 鞋型, 楦頭, 2,400 雙 / 84 雙, 民國 date 115/11/09, 開膠, ☑換貨, 責任單位"),
        (complaint_en_toy, "Complaint", dict(A=24, B=30, C=20, D=30), "a toy buyer's quality complaint: Item No., Date code DC 2611, 12,000 pcs (500 ctns), Inner pack 1 dz, Safety issue ☑ Yes, ☑ Return"),
        (eightd_en_toycapa, "CAPA", dict(A=30, B=32, C=18, D=30), "a toy buyer's CAPA / 8D: CAPA No., Complaint ref., Item No., 480 pcs, Safety issue ☑ Yes line, ASTM F963 line"),
        (eightd_zh_garment, "8D", dict(A=20, B=32, C=18, D=30), "an 8D on a garment's shrinkage: 款号, 投诉数量 1,200 件, AATCC 135 line"),
        (return_en_ra, "RA", dict(A=18, B=22, C=9, D=14, E=13, F=15, G=15), "an e-commerce return authorization: RA#, SKU lines, Size column, 60 pcs, Reason code DEF-03, Return to vendor"),
        (return_zh_garment, "退货单", dict(A=12, B=22, C=7, D=14, E=11, F=11, G=12), "a 退货单 for garments: 单位 column 件 / 打, 投诉单号, 返工后重新出货"),
        (allowance_en_vendordebit, "Debit Note", dict(A=16, B=34, C=12, D=12, E=18, F=18), "a buyer's vendor chargeback / debit note: Debit Note No., Nov. 18th, 2026, PO#, Charge reason, Style No. / Colorway columns, US$1,234.50"),
        (allowance_zh_shrink, "折让单", dict(A=34, B=14, C=14, D=16, E=16), "a 折让证明单 for a shrinkage claim: 投诉单号, 依据 line 按货值 15% 折让, 数量(件), 13 % tax"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#eef0e8", ".sig{margin-top:10px;font-size:9pt}")


def complaint_en_inspsys(f: kit.PdfDraw) -> None:
    """An INSPECTION REPORT PRINTED FROM AN INSPECTION COMPANY'S SYSTEM (fpdf2): ``Label: value`` lines, the date typed
    ``Nov. 3rd, 2026``, ``Style number 2026-07B`` (looks like a date), ``2,400 prs (200 ctns)``, the AQL, sample size and
    defect counts as lines (no field), ``Overall result: FAIL`` (no field)."""
    f.text(62, 16, "INSPECTION REPORT - FINAL RANDOM INSPECTION", size=12)
    f.text(15, 23, "Printed from the inspection booking system - Report page 1 of 1", size=8)
    kit.pdf_lv_lines(f, 15, 62, 32, kit.field_rows(
        ("Report number", "Inspection date", "Client", "PO number", "Style number", "Product", "Order quantity",
         "AQL", "Sample size", "Defects found", "Overall result", "Defect summary", "Inspector"),
        ("FRI-2611-04477", ("Nov. 3rd, 2026", "2026-11-03"), "Puddle Jump Kids Footwear Ltd.", "PJ-PO-30918",
         "2026-07B", "Children's rain boots, PVC", ("2,400 prs (200 ctns)", 2400), "Major 2.5 / Minor 4.0", "200 prs",
         "Critical 0 / Major 14 / Minor 6", "FAIL", "Sole-to-upper gap at toe cap (9 prs), PVC flash at heel (5 prs).",
         "Nguyen Thi Lan"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", None, None, None, None,
         "description", "reporter"),
    ), step=8, colon=":")  # fmt: skip
    f.text(
        15,
        140,
        "Result legend: PASS / FAIL / PENDING (client decision). Photos in the online report.",
        size=8,
    )


def allowance_en_portaldebit(f: kit.HtmlForm) -> str:
    """A DEBIT MEMO PRINTED FROM THE BUYER'S VENDOR PORTAL (Chromium): a US date ``11/20/2026``, ``Vendor invoice #``,
    ``Claim #``, lines by style with ``Charge description`` and amounts ``US$1,234.50``, no tax."""
    f.raw(
        "<h2>Vendor Portal — Debit Memo</h2><p class='note'>Generated by the buyer's vendor portal · do not reply</p>"
    )
    kit.kv(f, kit.field_rows(
        ("Debit memo #", "Memo date", "Buyer", "Buyer tax ID", "Vendor invoice #", "Claim #"),
        (kit.pick(f, "DM-0026-33871", "DM-0026-34102"), kit.pick(f, ("11/20/2026", "2026-11-20"), ("12/07/2026", "2026-12-07")),
         "Maple Row Apparel LLC", "47-2258816", kit.pick(f, "INV-YX-26-0902", "INV-YX-26-0966"),
         kit.pick(f, "QIR-26-121906", "QIR-26-123377")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ))  # fmt: skip
    heads = ("Style", "Charge description", "Qty", "Unit (US$)", "Amount (US$)")
    kit.th_row(f, heads)
    lines = kit.pick(f, (("2026-12B", "Defective allowance, broken zipper pulls", 150, 8.23),
                         ("2026-12B", "Chargeback: late re-inspection", 1, 150.0)),
                     (("2027-01C", "Defective allowance, pilling", 300, 2.75),))  # fmt: skip
    net = 0.0
    for i, (style, name, q, p) in enumerate(lines):
        a = round(q * p, 2)
        net += a
        cells = [(style, None, None), (name, f"items[{i}].name", None), (f"{q:,}", f"items[{i}].qty", q),
                 (f"US${p:,.2f}", f"items[{i}].unit_price", kit.money(p)),
                 (f"US${a:,.2f}", f"items[{i}].allowance_amount", kit.money(a))]  # fmt: skip
        kit.td_row(f, cells, heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Subtotal", "Tax", "Total debit"),
        ((f"US${net:,.2f}", kit.money(net)), ("US$0.00", "0.00"), (f"US${net:,.2f}", kit.money(net))),
        ("total_excl_tax", "total_tax", "total"),
    ))  # fmt: skip
    f.raw("<p class='sig'>Charge reason: defective allowance · deducted from the next payment run</p>")
    return f.page("Debit Memo", _CSS)


def eightd_zht_shoe(f: kit.PdfDraw) -> None:
    """A zh-Hant 8D 報告 of a shoe maker for 開膠 (fpdf2): 客訴數量 in 雙 (``84 雙``), 鞋型 the part, a 楦頭 / 膠水 line (no
    field), D1 … D8 as label lines."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "8D 報告（鞋底開膠）", size=14)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("報告編號", "開立日期", "客戶名稱", "客訴單號", "鞋型", "客訴數量"),
        ("8D-XY-1151112", ("2026/11/12", "2026-11-12"), "Stride Outdoor GmbH", "KS-1151109-02", "TP-6820M", ("84 雙", 84)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    f.text(15, 80, "楦頭：L-2207　　膠水：PU 膠 6520　　剝離強度要求 ≥ 3.0 kgf/cm", size=8)
    kit.pdf_team_line(f, 15, 48, 88, "D1 小組成員", ("林雅婷", "陳冠宇", "張志宏"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("大底與鞋面前掌開膠 84 雙。", "庫存 560 雙全數做剝離測試。", "刷膠後烘箱溫度不足，膠水未活化。", "剝離測試每日僅抽 2 雙。",
         "烘箱加裝溫度記錄器並設下限警報。", "連續 4 批剝離強度 ≥ 3.5 kgf/cm。", "所有成型線比照設定。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 48, 98.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/12/03", "2026-12-03"), "張志宏"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_zht_ecom(f: kit.HtmlForm) -> str:
    """A zh-Hant E-COMMERCE 退貨單 of a home-goods seller (Chromium): ``RMA 單號``, a 客訴單號, lines by ``SKU``, counts
    ``12 件``, 退貨原因代碼 ``Q02 品質不良（脫線）``, 處理方式 ``報廢`` (scrap)."""
    f.raw("<h2>退貨單（網購退貨 RMA）</h2><p class='note'>電商平台退貨彙整　本單由系統列印</p>")
    kit.kv(f, kit.field_rows(
        ("RMA 單號", "退貨日期", "客戶", "客訴單號"),
        ("RMA-115-11-0231", ("2026/11/21", "2026-11-21"), "家居生活網股份有限公司", "CS-115-1104"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("SKU", "商品名稱", "核准數量", "退回數量", "單價", "金額")
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate((("HG-CUS-4545-BG", "抱枕套 45x45 米色", 24, 24, 120.0),
                                                 ("HG-THR-1318-GY", "沙發毯 130x180 灰", 12, 11, 690.0))):  # fmt: skip
        a = round(q * p, 2)
        typed = ((f"{qa} 件", qa), (f"{q} 件", q), (f"{p:,.0f}", kit.money(p)), (f"{a:,.0f}", kit.money(a)))
        kit.td_row(f, kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因代碼", "處理方式", "倉管簽收", "核准"),
        ("Q02 品質不良（脫線、起毛球）", ("報廢", ["scrap"]), "蔡宗翰", "吳美玲"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退貨單", _CSS)


def allowance_zht_colorfast(f: kit.PdfDraw) -> None:
    """A zh-Hant 銷貨折讓證明單 for a COLOUR-FASTNESS claim (fpdf2): 數量 in 打 (``60 打``), a price per 打, 外銷零稅率 (tax 0),
    the 客訴單號 as the complaint number, a 民國 date."""
    f = kit.CjkDraw.of(f)
    f.text(50, 16, "銷貨退回或折讓證明單（色牢度客訴）", size=13)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("證明單號", "日期", "買受人名稱", "買受人統一編號", "發票號碼", "客訴單號"),
        ("ZR-115-1127", ("115/11/27", "2026-11-27"), "遠揚貿易股份有限公司", "53118207", "YT-82214406", "CS-115-1109"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    f.text(15, 78, "依據：耐水洗色牢度 3 級（要求 ≥ 4 級），協議折讓　　外銷零稅率", size=8)
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "單價", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("純棉毛巾 34x76 紅 色牢度折讓", 60, 96.0), ("純棉方巾 30x30 紅 色牢度折讓", 25, 48.0)),
                                  qty=lambda q: f"{q} 打")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("銷售額合計", "營業稅額", "總計金額", "經理"),
        ((f"{net:,.0f}", kit.money(net)), ("0", "0.00"), (f"{net:,.0f}", kit.money(net)), "李國華"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("an inspection report printed from an inspection company's system: Nov. 3rd, 2026, Style number 2026-07B, 2,400 prs (200 ctns), Overall result FAIL", complaint_en_inspsys),
        ("a debit memo printed from the buyer's vendor portal: 11/20/2026, Claim #, Style / Charge description lines, US$1,234.50", allowance_en_portaldebit),
        ("a zh-Hant 8D of a shoe maker for 開膠: 鞋型, 客訴數量 84 雙, a 楦頭 / 膠水 line", eightd_zht_shoe),
        ("a zh-Hant e-commerce 退貨單: RMA 單號, SKU lines, 12 件, 退貨原因代碼 Q02, 報廢", return_zht_ecom),
        ("a zh-Hant 銷貨折讓證明單 for a colour-fastness claim: 60 打, 外銷零稅率, 民國 date 115/11/27", allowance_zht_colorfast),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _cartons_workbook() -> bytes:
    """A trading company's complaint whose defective count is written in CARTONS (``3 ctns``) beside ``1,200 pcs (100
    ctns)``: no count of the defective pieces."""
    return kit.sheet_bytes("投诉单", (("客户投诉单", None), ("投诉单号", "TS-2611-060"), ("投诉日期", "2026-11-23"),
                                   ("客户", "浙江华纺进出口有限公司"), ("订单号", "HF26-US-0433"), ("款号", "HF-7752"),
                                   ("出货数量", "1,200 pcs (100 ctns)"), ("疵点件数", "3 ctns"),
                                   ("疵点描述", "三箱整箱霉斑，客户拒收。"), ("跟单员", "周晓敏")),
                           dt.datetime(2026, 11, 23, 9, 0))  # fmt: skip


def _no_such_day_workbook() -> bytes:
    """An inspection report dated ``Nov. 31st, 2026`` (November has 30 days): the date is no date."""
    return kit.sheet_bytes("FRI", (("FINAL RANDOM INSPECTION REPORT", None), ("Report No.", "QIR-26-119020"),
                                   ("Inspection date", "Nov. 31st, 2026"), ("Client", "Harbor & Pine Home Goods Inc."),
                                   ("PO No.", "4500871190"), ("Style No.", "2026-11C"),
                                   ("Shipment quantity", "600 pcs (50 ctns)"), ("Qty defective", "14 pcs"),
                                   ("Remarks", "Open seams at the shoulder."), ("Inspector", "Chen Wei")),
                           dt.datetime(2026, 12, 1, 9, 0))  # fmt: skip


ODD = {
    "complaint-cartons.xlsx": (
        "a complaint whose defective count is written in cartons (3 ctns) beside 1,200 pcs (100 ctns): an error or a "
        "warning on the defective quantity; never a record holding 3 as the defective count silently",
        _cartons_workbook,
    ),
    "complaint-nosuchday.xlsx": (
        "an inspection report dated Nov. 31st, 2026 (November has 30 days): an error or a warning on the date; never "
        "a record holding another day silently",
        _no_such_day_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-first held-out layouts", ODD)
