"""Write the sixty-ninth held-out set (run: ``python tests/holdout69/make_holdout69.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN EXPORT TRADE —
TRADING COMPANIES AND OVERSEAS BUYERS: a German buyer's CLAIM NOTE (Contract No., PI No., PO No., B/L No., Container No.
``MSKU7784512``, Vessel / Voy., ETA, Incoterms ``FOB Ningbo``, ``Claim amount USD 12,480.00``); a 外贸公司's 客诉处理单
(合同号 / PI号 / 柜号 / 提单号 / 船期 / 工厂 beside 客户: the buyer is the customer, the factory is none); a Taiwanese 貿易公司's
客訴處理單 (供應廠商, 貨櫃號碼, ``115/11/06``, ``6,000 SET``); a Russian buyer's bilingual Рекламация / 索赔书 (``05.11.2026 г.``,
``1 200 шт.`` with a space between the thousands, ``ИНН``, ``103 200,00 руб.``); an end customer's 8D forwarded by the
trading company (two parties named: End customer / Forwarded by), an 8D 报告 for a buyer through a 贸易商; a 退运 note of
goods returned by sea (原出口报关单号 / 退运进口报关单号, 提单号, 柜号, prices in USD), an English note of goods returned
by sea (Re-export Decl. No.), a Taiwanese trading company's 退貨單 (出口報單號碼); a buyer's DEBIT NOTE deducting the claim
from the next payment (To (Seller) / From (Buyer), Our VAT Reg. No.), a 索赔折让确认书 to the Russian buyer (买方税号（ИНН）,
USD, 出口免税). Sent as PDF only (fpdf2): a Middle-East distributor's claim with day-first dates (``05/11/2026`` beside an
invoice date ``28/10/2026``), a marine cargo survey report (Survey No., Place of survey, cartons inspected / damaged,
``480 ctns / 2,400 pcs``), a Taiwanese factory's 8D to a trading company (``115.11.09``, 終端客戶 / 貿易商), a Taiwanese
trading company's 銷貨折讓單 (統一編號, 5 %, a USD price at an exchange rate). ``odd/`` holds a Рекламация dated
``31.11.2026 г.`` (November has 30 days) and a claim note whose defective quantity exceeds the quantity shipped.

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

HERE, SOURCE = kit.generator(__file__, "sixty-ninth held-out imitation")
dt = kit.dt

BUYER_DE = "Nordlicht Haushaltwaren GmbH"
TRADER_NB = "Ningbo Haitong Import & Export Co., Ltd."
BUYER_RU = "ООО «СибТехСнаб»"
BUYER_US = "Brightline Home Products Inc."
DISTRIBUTOR = "Al Noor Trading LLC"


def trade_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``trade-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"trade-{lid}", kind, lang


def block(
    s: kit.Sheet, row: int, heading: str, text: str, path: str | None, right: str = "D", expect=None
) -> int:
    """A label over a paragraph (merged to ``right``); returns the row after."""
    s.text(f"A{row}", heading, f"{right}{row}", bold=True, shade=True)
    s.value(f"A{row + 1}", text, path=path, label=heading, span=f"{right}{row + 1}", expect=expect)
    s.height(row + 1, 42)
    return row + 2


def table(s: kit.Sheet, row: int, heads, lines, cols: str) -> int:
    """A line table: ``heads`` over ``lines`` of ``(typed, path, expect)`` cells from ``row``; returns the row after."""
    kit.head_row(s, row, cols, heads)
    for i, line in enumerate(lines, start=1):
        for col, head, (typed, path, exp) in zip(cols, heads, line, strict=True):
            fmt = "#,##0.00" if isinstance(typed, float) else ("#,##0" if isinstance(typed, int) else None)
            s.value(f"{col}{row + i}", typed, path=path, label=head, expect=exp, fmt=fmt)
    return row + len(lines) + 1


# =============================================================================== complaint
def complaint_en_claimnote(s: kit.Sheet) -> None:
    """A German buyer's CLAIM NOTE to the Chinese trading company: the buyer's letterhead, Claim No. / Date, Buyer and
    Seller (the trading company: no field), Contract No. / PI No. (no fields) beside PO No., Incoterms FOB Ningbo, B/L
    No., Container No. MSKU…, Vessel / Voy., ETA Hamburg (no fields), the article, lot, quantities, Claim amount USD
    12,480.00, Nature of claim, Settlement requested ☒ / ☐, Claimed by."""
    kit.plain(
        s, "A1", f"{BUYER_DE.upper()} · Am Sandtorkai 41 · 20457 Hamburg · Germany · VAT DE 287 456 913", "D1"
    )
    s.text("A2", "CLAIM NOTE", "D2", size=15)
    kit.lv_pairs(s, 4, kit.field_rows(
        ("Claim No.", "Date", "Buyer", "Seller", "Contract No.", "PI No.", "PO No.", "Incoterms", "B/L No.",
         "Container No.", "Vessel / Voy.", "ETA Hamburg", "Article No.", "Description of goods", "Lot No.",
         "Qty shipped", "Qty defective", "Claim amount"),
        (kit.pick(s, "NHW-CL-26/117", "NHW-CL-26/131"), kit.pick(s, ("05 Nov 2026", "2026-11-05"), ("19 Nov 2026", "2026-11-19")),
         BUYER_DE, TRADER_NB, kit.pick(s, "HT-NHW-2026-031", "HT-NHW-2026-038"), kit.pick(s, "PI-HT260712", "PI-HT260804"),
         kit.pick(s, "4500318827", "4500320411"), kit.pick(s, "FOB Ningbo", "CIF Hamburg"),
         kit.pick(s, "MAEU261034587", "MAEU261109932"), kit.pick(s, "MSKU7784512", "MRKU2290561"),
         kit.pick(s, "MAERSK EINDHOVEN / 642W", "MAERSK ESSEN / 645W"), kit.pick(s, "28 Oct 2026", "12 Nov 2026"),
         kit.pick(s, "NH-KT-1750", "NH-TS-0920"),
         kit.pick(s, "Electric kettle 1.7 L, stainless steel", "Toaster 2-slice, 920 W"), kit.pick(s, "2609-B", "2610-A"),
         kit.pick(s, ("2,400 pcs", 2400), ("1,800 pcs", 1800)), kit.pick(s, ("312 pcs", 312), ("95 pcs", 95)),
         kit.pick(s, ("USD 12,480.00", "12480.00"), ("USD 3,325.00", "3325.00"))),
        ("number", "received_date", "customer", None, None, None, "order_no", None, None, None, None, None, "part_no",
         "part_name", "lot_no", "ship_qty", "defect_qty", "loss_amount"),
    ))  # fmt: skip
    r = block(s, 14, "Nature of claim", kit.pick(
        s, "312 kettles leak at the spout seam after the first boil; found by our goods-in AQL check (Level II) and "
           "confirmed by the surveyor's report HCS-26-4471. The goods cannot be sold.",
        "95 toasters: the crumb tray does not lock; the tray falls out when the toaster is lifted."), "description")  # fmt: skip
    kit.lv(s, f"A{r}", "Settlement requested", f"B{r}",
           kit.pick(s, "☒ Compensation   ☐ Replacement   ☐ Return of goods", "☐ Compensation   ☒ Replacement   ☐ Return of goods"),
           "customer_request", span=f"D{r}", expect=kit.pick(s, ["compensation"], ["replacement"]),
           blank_text="☐ Compensation   ☐ Replacement   ☐ Return of goods")  # fmt: skip
    kit.lv(
        s, f"A{r + 1}", "Claimed by", f"B{r + 1}", kit.pick(s, "Jens Albrecht", "Maren Lüders"), "reporter"
    )
    kit.plain(s, f"A{r + 3}", "Please confirm within 14 days. Enclosed: survey report, photos (12), copy of B/L and "
                              "commercial invoice. The claim amount will be debited to your account.", f"D{r + 3}")  # fmt: skip


def complaint_zh_waimao(s: kit.Sheet) -> None:
    """A 外贸公司's 客诉处理单 between the overseas buyer and the factory: 客户 (the buyer, in English) and 工厂 (the
    factory: no field), 合同号 / PI号 (no fields) beside 客户订单号, 柜号 / 提单号 / 船期 / 目的港 / 贸易条款 (no fields),
    数量 in 只, 索赔金额 USD, the buyer's complaint, 客户要求 ☑索赔, the factory's reply, 跟单员 / 业务经理."""
    s.text("A1", "宁波海通进出口有限公司　客诉处理单", "D1", size=14)
    kit.plain(s, "A2", "表单编号：HT-QR-09　　（业务部填写上半部，工厂填写回复栏）", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客诉编号", "接收日期", "客户", "工厂", "合同号", "PI号", "客户订单号", "贸易条款", "柜号", "提单号", "船期",
         "目的港", "产品货号", "品名", "生产批号", "出货数量", "不良数量", "索赔金额"),
        (kit.pick(s, "HT-KS-2611-009", "HT-KS-2611-014"), kit.pick(s, ("2026/11/06", "2026-11-06"), ("2026/11/20", "2026-11-20")),
         BUYER_DE, kit.pick(s, "慈溪市天成电器有限公司", "余姚市佳美电器厂"), kit.pick(s, "HT-NHW-2026-031", "HT-NHW-2026-038"),
         kit.pick(s, "PI-HT260712", "PI-HT260804"), kit.pick(s, "4500318827", "4500320411"),
         kit.pick(s, "FOB 宁波", "CIF 汉堡"), kit.pick(s, "MSKU7784512", "MRKU2290561"),
         kit.pick(s, "MAEU261034587", "MAEU261109932"), kit.pick(s, "2026-09-28 开船", "2026-10-14 开船"),
         "Hamburg", kit.pick(s, "NH-KT-1750", "NH-TS-0920"), kit.pick(s, "1.7L 不锈钢电热水壶", "双片多士炉 920W"),
         kit.pick(s, "2609-B", "2610-A"), kit.pick(s, ("2400 只", 2400), ("1800 台", 1800)),
         kit.pick(s, ("312 只", 312), ("95 台", 95)), kit.pick(s, ("USD 12,480.00", "12480.00"), ("USD 3,325.00", "3325.00"))),
        ("number", "received_date", "customer", None, None, None, "order_no", None, None, None, None, None,
         "part_no", "part_name", "lot_no", "ship_qty", "defect_qty", "loss_amount"),
    ))  # fmt: skip
    r = block(s, 12, "客户投诉内容（译）", kit.pick(
        s, "客户到货抽检（AQL II）发现 312 只水壶壶嘴焊缝漏水，第三方公估报告 HCS-26-4471 确认，货物无法销售。",
        "95 台多士炉面包屑托盘锁不住，提起时托盘脱落。"), "description")  # fmt: skip
    kit.lv(s, f"A{r}", "客户要求", f"B{r}", kit.pick(s, "☑索赔　☐换货　☐退货　☐折让", "☐索赔　☑换货　☐退货　☐折让"),
           "customer_request", span=f"D{r}", expect=kit.pick(s, ["compensation"], ["replacement"]),
           blank_text="☐索赔　☐换货　☐退货　☐折让")  # fmt: skip
    r = block(s, r + 1, "工厂回复（原因分析）", kit.pick(
        s, "壶嘴激光焊功率偏低，焊缝熔深不足；出厂气密抽检比例 2 %，未检出。", "托盘卡扣模具磨损，卡扣高度不足 0.3 mm。"),
        "root_cause")  # fmt: skip
    r = block(s, r, "临时措施", kit.pick(s, "工厂库存 1,600 只全检气密；在途货柜通知客户到港后全检。", "库存全检卡扣。"),
              "short_term_action")  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(("跟单员", "业务经理"), (kit.pick(s, "陈晓燕", "周倩"), "王海峰"),
                                      ("reporter", "sales_supervisor")))  # fmt: skip


def complaint_zht_maoyi(s: kit.Sheet) -> None:
    """A Taiwanese 貿易公司's 客訴處理單 for a US buyer: 客戶名稱 (the buyer) beside 客戶國別 and 供應廠商 (the factory in
    China: no field), 訂單號碼 P/O, 出貨日期 and 收件日期 in 民國 (115/11/06), 貨櫃號碼 (no field), quantities in SET, 客戶
    要求 ☑換貨, 承辦人 / 主管."""
    s.text("A1", "聯宏國際貿易股份有限公司　客訴處理單", "D1", size=14)
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客訴單號", "收件日期", "客戶名稱", "客戶國別", "供應廠商", "訂單號碼 P/O", "出貨日期", "貨櫃號碼", "料號", "品名",
         "出貨數量", "不良數量"),
        (kit.pick(s, "LH-CS-115-027", "LH-CS-115-033"), kit.pick(s, ("115/11/06", "2026-11-06"), ("115/11/24", "2026-11-24")),
         BUYER_US, "U.S.A.", kit.pick(s, "東莞市祥和五金製品有限公司", "中山市宏業金屬製品廠"),
         kit.pick(s, "BHP-PO-88120", "BHP-PO-88347"), kit.pick(s, ("115/09/30", "2026-09-30"), ("115/10/21", "2026-10-21")),
         kit.pick(s, "TGHU8812345", "TCLU4470912"), kit.pick(s, "LH-HK-0350", "LH-RK-1120"),
         kit.pick(s, "不鏽鋼掛勾（3入）", "毛巾架 60 cm"), kit.pick(s, ("6,000 SET", 6000), ("2,400 SET", 2400)),
         kit.pick(s, ("480 SET", 480), ("150 SET", 150))),
        ("number", "received_date", "customer", None, None, "order_no", "ship_date", None, "part_no", "part_name",
         "ship_qty", "defect_qty"),
    ))  # fmt: skip
    r = block(s, 10, "異常描述", kit.pick(
        s, "客戶倉庫開箱發現掛勾背膠脫落、表面生鏽，不良 480 SET，客戶拍照 16 張。", "毛巾架固定座螺孔未攻牙，無法安裝。"),
        "description")  # fmt: skip
    kit.lv(s, f"A{r}", "客戶要求", f"B{r}", kit.pick(s, "☐退貨　☑換貨　☐折讓　☐賠償", "☐退貨　☐換貨　☑折讓　☐賠償"),
           "customer_request", span=f"D{r}", expect=kit.pick(s, ["replacement"], ["allowance"]),
           blank_text="☐退貨　☐換貨　☐折讓　☐賠償")  # fmt: skip
    kit.lv_pairs(s, r + 1, kit.field_rows(("承辦人", "主管"), (kit.pick(s, "吳佩珊", "林家豪"), "張志成"),
                                          ("reporter", "sales_supervisor")))  # fmt: skip


def complaint_zh_russian(s: kit.Sheet) -> None:
    """A Russian buyer's bilingual Рекламация / 索赔书 (Russian over Chinese in every label): ``05.11.2026 г.``, the
    buyer's ООО «…» and its ИНН (no field), the Chinese seller (no field), Контракт № / 合同号 (no field),
    Спецификация № / 订单号, ``1 200 шт.`` with a space between the thousands, the defect in Russian, Требование /
    要求 Возмещение стоимости, Сумма претензии ``103 200,00 руб.``, Представитель покупателя / 买方代表."""
    s.text("A1", "РЕКЛАМАЦИЯ / 索赔书", "D1", size=15)
    kit.plain(s, "A2", "г. Новосибирск, ул. Станционная, 60/1 · тел. +7 383 211-45-80", "D2")
    kit.rows_down(s, 3, kit.field_rows(
        ("Рекламация № / 索赔书编号", "Дата / 日期", "Покупатель / 买方", "ИНН / 税号", "Поставщик / 卖方",
         "Контракт № / 合同号", "Спецификация № / 订单号", "Наименование товара / 品名", "Артикул / 货号", "Партия / 批号",
         "Поставлено / 交货数量", "Брак / 不良数量", "Описание дефекта / 缺陷描述", "Требование / 要求",
         "Сумма претензии / 索赔金额", "Представитель покупателя / 买方代表"),
        (kit.pick(s, "RK-2611/018", "RK-2611/024"), kit.pick(s, ("05.11.2026 г.", "2026-11-05"), ("23.11.2026 г.", "2026-11-23")),
         BUYER_RU, "5406781234", "义乌市恒达进出口有限公司", kit.pick(s, "HD-STS-2026/07", "HD-STS-2026/09"),
         kit.pick(s, "SP-07/3", "SP-09/1"), kit.pick(s, "Смеситель для кухни", "Душевой гарнитур"),
         kit.pick(s, "HD-F2031", "HD-S1150"), kit.pick(s, "2608-11", "2609-04"),
         kit.pick(s, ("1 200 шт.", 1200), ("3 000 шт.", 3000)), kit.pick(s, ("86 шт.", 86), ("240 шт.", 240)),
         kit.pick(s, "Течь из-под картриджа после 2–3 недель эксплуатации; 86 шт. возвращены покупателями.",
                  "Трещины на лейке душа после первого монтажа."),
         kit.pick(s, ("Возмещение стоимости / 赔偿货款", ["compensation"]), ("Замена товара / 换货", ["replacement"])),
         kit.pick(s, ("103 200,00 руб.", "103200.00"), ("USD 2,160.00", "2160.00")),
         kit.pick(s, "Иванов С. П.", "Петрова А. В.")),
        ("number", "received_date", "customer", None, None, None, "order_no", "part_name", "part_no", "lot_no",
         "ship_qty", "defect_qty", "description", "customer_request", "loss_amount", "reporter"),
    ))  # fmt: skip
    kit.plain(
        s,
        "A20",
        "М.П. / 盖章　　　　Приложение: акт о браке № 112, фото 8 шт. / 附件：不良品记录、照片 8 张",
        "D20",
    )


# =============================================================================== 8D
def eightd_en_forwarded(s: kit.Sheet) -> None:
    """An end customer's 8D answered by the factory and forwarded by the trading company: two parties named (End
    customer, Forwarded by (trading company)), the buyer's claim number, the supplier (no field), D1 … D8 as rows."""
    s.text("A1", "8D REPORT (forwarded by trading company)", "D1", size=14)
    kit.lv_pairs(s, 3, kit.field_rows(
        ("8D Report No.", "Date opened", "End customer", "Forwarded by (trading company)", "Customer claim No.", "Supplier",
         "Part No.", "Qty complained"),
        (kit.pick(s, "8D-TC-2611-05", "8D-TC-2611-09"), kit.pick(s, ("07-Nov-2026", "2026-11-07"), ("21-Nov-2026", "2026-11-21")),
         BUYER_DE, TRADER_NB, kit.pick(s, "NHW-CL-26/117", "NHW-CL-26/131"), "Cixi Tiancheng Electric Appliance Co., Ltd.",
         kit.pick(s, "NH-KT-1750", "NH-TS-0920"), kit.pick(s, ("312 pcs", 312), ("95 pcs", 95))),
        ("number", "opened_date", "customer", None, "complaint_number", None, "part_no", "problem.qty_complained"),
    ))  # fmt: skip
    team = kit.pick(s, ("Zhou Min", "Lin Tao", "Xu Jing", "Chen Hao"), ("Zhou Min", "Ye Qing", "Sun Li"))
    kit.team_cell(s, "A8", "D1 Team", "B8", team, span="D8")
    steps = kit.eightd_steps(
        ("D2 Problem description", "D3 Containment", "D4 Root cause (occurrence)", "D4 Root cause (escape)",
         "D5 Corrective action", "D6 Verification of effectiveness", "D7 Prevent recurrence"),
        (kit.pick(s, "312 of 2,400 kettles (lot 2609-B) leak at the spout seam; found at the buyer's goods-in in Hamburg.",
                  "95 of 1,800 toasters: crumb tray does not lock."),
         kit.pick(s, "1,600 pcs at the factory 100 % leak tested; the buyer sorts the container MSKU7784512 on arrival.",
                  "Stock sorted; tray latch checked 100 %."),
         kit.pick(s, "Laser welding power drifted to 82 % of setting after a lens change; weld depth 0.4 mm instead of 0.7 mm.",
                  "Latch mould worn; latch 0.3 mm low."),
         kit.pick(s, "Leak test sampled at 2 % only; no test after lens changes.", "Latch height not in the final check."),
         kit.pick(s, "Power monitor with alarm on the laser; 100 % air leak test at 0.3 bar before packing.",
                  "Mould insert replaced; latch gauge at final inspection."),
         kit.pick(s, "Lots 2610-A to 2610-F (9,600 pcs) 100 % tested, 0 leaks; no new claims from the buyer.",
                  "4 lots checked, 0 rejects."),
         kit.pick(s, "Leak test added to the control plan of all welded kettle models (NH-KT-1500 / 1750 / 2000).",
                  "Latch gauge added for all toaster models.")),
    )  # fmt: skip
    kit.lv_rows(s, 9, steps)
    kit.lv_pairs(s, 16, kit.field_rows(("D8 Closure date", "Approved by"),
                                       (kit.pick(s, ("15-Dec-2026", "2026-12-15"), ("22-Dec-2026", "2026-12-22")), "Wang Haifeng"),
                                       ("closure.closed_date", "closure.approved_by")))  # fmt: skip


def eightd_zh_waimao(s: kit.Sheet) -> None:
    """A factory's 8D 报告 for an overseas end customer through a 贸易商: 终端客户 (the customer) and 贸易商 (no field),
    开始日期 2026年11月8日, 投诉数量 in 套, 组长 / 组员 in one cell, D2 … D7 rows, 结案日期 / 批准."""
    s.text("A1", "8D 报告（经贸易商转客户）", "D1", size=14)
    kit.lv_pairs(s, 3, kit.field_rows(
        ("报告编号", "开始日期", "终端客户", "贸易商", "客诉单号", "产品料号", "投诉数量", "工厂"),
        ("8D-XH-2611-03", ("2026年11月8日", "2026-11-08"), BUYER_US, "聯宏國際貿易股份有限公司", "LH-CS-115-027",
         "LH-HK-0350", ("480 套", 480), "东莞市祥和五金制品有限公司"),
        ("number", "opened_date", "customer", None, "complaint_number", "part_no", "problem.qty_complained", None),
    ))  # fmt: skip
    team = ("刘建国", "黄丽", "邓志强", "梁敏")
    kit.team_cell(s, "A8", "D1 小组成员", "B8", team, sep="、", span="D8")
    steps = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 根本原因（产生）", "D4 根本原因（流出）", "D5 永久措施", "D6 效果验证", "D7 预防再发"),
        ("美国客户仓库开箱发现不锈钢挂勾背胶脱落、表面锈点，不良 480 套。",
         "工厂库存 2,000 套全检；在途货柜由贸易商安排到港后抽检。",
         "背胶供应商更换胶水配方，耐温降至 45 ℃；海运途中柜内温度超过 55 ℃。",
         "出货检验未做高温保持力试验；盐雾试验只按 24 h 做。",
         "背胶恢复原配方并加做 60 ℃ 保持力试验；钝化工序延长至 30 min。",
         "11 月 20 日起 5 批试验全部合格，客户复检无不良。",
         "同类背胶产品 12 个料号全部导入高温试验。"),
    )  # fmt: skip
    kit.lv_rows(s, 9, steps)
    kit.lv_pairs(s, 16, kit.field_rows(("结案日期", "批准"), (("2026年12月18日", "2026-12-18"), "何志明"),
                                       ("closure.closed_date", "closure.approved_by")))  # fmt: skip


# =============================================================================== return
def return_zh_tuiyun(s: kit.Sheet) -> None:
    """A 退运 note of goods returned by sea to the factory: 退运单号, 日期, 客户, 原客诉编号, 原出口报关单号 and 退运进口
    报关单号 (18 digits, no fields), 提单号 / 柜号 (no fields), a line table priced in USD (核准退运数量 / 实收数量), 退运原因,
    处理方式 ☑返工, 仓库签收 / 批准."""
    s.text("A1", "退运货物接收单（海运退回）", "G1", size=14)
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退运单号", "日期", "客户", "原客诉编号", "原出口报关单号", "退运进口报关单号", "提单号", "柜号"),
        (kit.pick(s, "TY-2611-004", "TY-2612-001"), kit.pick(s, ("2026-11-20", "2026-11-20"), ("2026-12-03", "2026-12-03")),
         BUYER_DE, kit.pick(s, "HT-KS-2611-009", "HT-KS-2611-014"), "310420260001234567", "310420260009876543",
         kit.pick(s, "HLCUHAM2611023", "HLCUHAM2611187"), kit.pick(s, "TCNU5521876", "HLXU6630154")),
        ("number", "issue_date", "customer", "complaint_number", None, None, None, None),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("货号", "品名", "单位", "核准退运数量", "实收数量", "单价(USD)", "金额(USD)")
    lines = kit.pick(s, (("NH-KT-1750", "1.7L 不锈钢电热水壶", "只", 312, 310, 36.0), ("NH-KT-1750-P", "水壶彩盒", "个", 312, 312, 0.45)),
                     (("NH-TS-0920", "双片多士炉 920W", "台", 95, 95, 35.0),))  # fmt: skip
    cells = []
    for i, (code, name, unit, qa, q, p) in enumerate(lines):
        cells.append(((code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
                      (unit, f"items[{i}].unit", None), (qa, f"items[{i}].qty_approved", qa),
                      (q, f"items[{i}].qty_returned", q), (p, f"items[{i}].unit_price", kit.money(p)),
                      (round(q * p, 2), f"items[{i}].amount", kit.money(round(q * p, 2)))))  # fmt: skip
    r = table(s, 8, heads, cells, "ABCDEFG")
    kit.return_foot(s, r + 1, kit.field_rows(
        ("退运原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "壶嘴焊缝漏水，客户拒收整柜中的不良品，经协商退运返工。", "托盘锁不住，整批退运返工。"),
         ("☑返工　☐报废　☐换货", ["rework"]), kit.pick(s, "马丽", "马丽"), "王海峰"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


def return_en_seareturn(s: kit.Sheet) -> None:
    """A factory's note of goods returned by sea from a Dubai distributor: Return Ref., Date 20 Nov 2026, Customer,
    Claim Ref., B/L No., Re-export Decl. No. (Dubai customs: no field), Vessel (no field), a line table in USD, Reason,
    Disposition, Received by / Approved by."""
    s.text("A1", "GOODS RETURNED BY SEA — RECEIVING NOTE", "F1", size=14)
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Return Ref.", "Date", "Customer", "Claim Ref.", "B/L No.", "Re-export Decl. No.", "Vessel", "Port of loading"),
        ("RS-26-0417", ("20 Nov 2026", "2026-11-20"), DISTRIBUTOR, "ANT/QC/2611/042", "COSU6281930410",
         "DXB-RX-2026-118842", "CSCL NEPTUNE / 071E", "Jebel Ali"),
        ("number", "issue_date", "customer", "complaint_number", None, None, None, None),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Item Code", "Description", "Qty Authorised", "Qty Received", "Unit Price USD", "Amount USD")
    lines = (
        ("NH-BL-600", "Blender 600 W, 1.5 L jar", 126, 124, 18.5),
        ("NH-BL-JAR", "Spare jar 1.5 L", 40, 40, 3.2),
    )
    kit.head_row(s, 8, "ABCDEF", heads)
    kit.return_lines(s, 9, lines, heads)
    kit.return_foot(s, 12, kit.field_rows(
        ("Reason", "Disposition", "Received by", "Approved by"),
        ("Jar base cracked in transit (weak rib); returned under claim ANT/QC/2611/042.", ("Rework", ["rework"]),
         "Xu Lei", "Wang Haifeng"),
        kit.RETURN_FOOT_PATHS,
    ), "F")  # fmt: skip


def return_zht_tuihuo(s: kit.Sheet) -> None:
    """A Taiwanese trading company's 退貨單 for goods shipped back from the US: 退貨單號, 退貨日期 2026/11/19, 客戶, 客訴單號,
    出口報單號碼 / 復運進口報單號碼 (no fields), a line table in USD, 退貨原因, 處理方式 ☑報廢, 倉管簽收 / 主管核准."""
    s.text("A1", "聯宏國際貿易股份有限公司　退貨單", "F1", size=14)
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號", "出口報單號碼", "復運進口報單號碼"),
        ("LH-RT-115-011", ("2026/11/19", "2026-11-19"), BUYER_US, "LH-CS-115-027", "AA/15/3271/0458", "AB/15/0920/1136"),
        ("number", "issue_date", "customer", "complaint_number", None, None),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名", "核准數量", "實退數量", "單價(USD)", "金額(USD)")
    kit.head_row(s, 7, "ABCDEF", heads)
    kit.return_lines(s, 8, (("LH-HK-0350", "不鏽鋼掛勾（3入）", 480, 476, 1.85),), heads)
    kit.return_foot(s, 10, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        ("背膠脫落、表面生鏽，客戶拒收。", ("☐重工　☑報廢　☐換貨", ["scrap"]), "蔡淑芬", "張志成"),
        kit.RETURN_FOOT_PATHS,
    ), "F")  # fmt: skip


# =============================================================================== allowance
def allowance_en_debit(s: kit.Sheet) -> None:
    """A buyer's DEBIT NOTE to the trading company deducting the claim from the next payment: No. / Date, To (Seller)
    and From (Buyer), Our VAT Reg. No., Your Invoice No. / Invoice date, Our Claim No., lines in USD without tax, Total
    amount debited, the deduction sentence (no field), Authorised by."""
    kit.plain(s, "A1", f"{BUYER_DE} · Am Sandtorkai 41 · 20457 Hamburg", "D1")
    s.text("A2", "DEBIT NOTE", "D2", size=15)
    kit.lv_pairs(s, 4, kit.field_rows(
        ("No.", "Date", "To (Seller)", "From (Buyer)", "Our VAT Reg. No.", "Our Claim No.", "Your Invoice No.", "Invoice date"),
        (kit.pick(s, "DN-NHW-26-0093", "DN-NHW-26-0101"), kit.pick(s, ("12 Nov 2026", "2026-11-12"), ("26 Nov 2026", "2026-11-26")),
         TRADER_NB, BUYER_DE, "DE 287 456 913", kit.pick(s, "NHW-CL-26/117", "NHW-CL-26/131"),
         kit.pick(s, "HT26-EX-0712", "HT26-EX-0804"), kit.pick(s, ("20 Sep 2026", "2026-09-20"), ("08 Oct 2026", "2026-10-08"))),
        ("number", "issue_date", "seller.name", "buyer", "buyer_tax_id", "complaint_number", "invoice_no", "invoice_date"),
    ))  # fmt: skip
    heads = ("Description", "Qty", "Unit price USD", "Amount USD")
    lines = kit.pick(s, (("Defective kettles NH-KT-1750, lot 2609-B", 312, 36.0), ("Sorting and handling, Hamburg warehouse", 1, 1248.0)),
                     (("Toasters NH-TS-0920, crumb tray defect", 95, 35.0),))  # fmt: skip
    cells, total = [], 0.0
    for i, (name, q, p) in enumerate(lines):
        a = round(q * p, 2)
        total += a
        cells.append(((name, f"items[{i}].name", None), (q, f"items[{i}].qty", q), (p, f"items[{i}].unit_price", kit.money(p)),
                      (a, f"items[{i}].allowance_amount", kit.money(a))))  # fmt: skip
    r = table(s, 9, heads, cells, "ABCD")
    kit.lv(
        s,
        f"A{r}",
        "Total amount debited (USD)",
        f"D{r}",
        round(total, 2),
        "total",
        expect=kit.money(total),
        lspan=f"C{r}",
        fmt="#,##0.00",
    )
    kit.plain(s, f"A{r + 1}", f"This amount will be deducted from our next payment (your invoice "
                              f"{kit.pick(s, 'HT26-EX-0836', 'HT26-EX-0912')}). No VAT: export delivery.", f"D{r + 1}")  # fmt: skip
    kit.lv(
        s, f"A{r + 3}", "Authorised by", f"B{r + 3}", "Katrin Vogel", "approved_by_manager", span=f"D{r + 3}"
    )


def allowance_zh_suopei(s: kit.Sheet) -> None:
    """A 外贸公司's 索赔折让确认书 to the Russian buyer: 确认书编号, 日期, 买方 (ООО «…»), 买方税号（ИНН）, 原发票号
    (Commercial Invoice) and 发票日期, 对应索赔书编号, lines in USD without tax (出口免税), 合计（USD）, 业务经理."""
    s.text("A1", "索赔折让确认书（CLAIM SETTLEMENT）", "D1", size=14)
    kit.plain(s, "A2", "义乌市恒达进出口有限公司　出口货物，免征增值税，不另计税", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("确认书编号", "日期", "买方", "买方税号（ИНН）", "原发票号", "发票日期", "对应索赔书编号", "合同号"),
        ("HD-ZR-2611-006", ("2026年11月16日", "2026-11-16"), BUYER_RU, "5406781234", "HD-CI-260815",
         ("2026年8月15日", "2026-08-15"), "RK-2611/018", "HD-STS-2026/07"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number", None),
    ))  # fmt: skip
    heads = ("品名", "数量", "单价（USD）", "折让金额（USD）")
    lines = (("厨房龙头 HD-F2031 渗漏赔偿", 86, 14.5), ("返还运费及检验费", 1, 128.0))
    cells, total = [], 0.0
    for i, (name, q, p) in enumerate(lines):
        a = round(q * p, 2)
        total += a
        cells.append(((name, f"items[{i}].name", None), (q, f"items[{i}].qty", q), (p, f"items[{i}].unit_price", kit.money(p)),
                      (a, f"items[{i}].allowance_amount", kit.money(a))))  # fmt: skip
    r = table(s, 8, heads, cells, "ABCD")
    kit.lv(
        s,
        f"A{r}",
        "合计（USD）",
        f"D{r}",
        round(total, 2),
        "total",
        expect=kit.money(total),
        lspan=f"C{r}",
        fmt="#,##0.00",
    )
    kit.plain(s, f"A{r + 1}", "上述金额在下一批货款（PI HD-PI-261102）中扣除。", f"D{r + 1}")
    kit.lv_pairs(s, r + 3, kit.field_rows(("业务经理", "总经理"), ("楼建华", "金永康"),
                                          ("approved_by_manager", "approved_by_gm")))  # fmt: skip


_COPY2 = {"complaint_en_claimnote", "complaint_zh_waimao", "complaint_zht_maoyi", "complaint_zh_russian",
          "eightd_en_forwarded", "return_zh_tuiyun", "allowance_en_debit", "complaint_en_mideast"}  # fmt: skip

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*trade_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_claimnote, "Claim Note", dict(A=20, B=34, C=18, D=34), "a German buyer's CLAIM NOTE to a trading company: Contract No., PI No., PO No., Incoterms FOB Ningbo, B/L No., Container No. MSKU…, Vessel / Voy., ETA, Claim amount USD 12,480.00"),
        (complaint_zh_waimao, "客诉处理单", dict(A=14, B=30, C=14, D=30), "a 外贸公司's 客诉处理单: 客户 (the buyer) beside 工厂, 合同号 / PI号 / 柜号 / 提单号 / 船期 / 贸易条款, 索赔金额 USD, ☑索赔, the factory's reply"),
        (complaint_zht_maoyi, "客訴處理單", dict(A=14, B=30, C=14, D=30), "a Taiwanese 貿易公司's 客訴處理單 for a US buyer: 客戶國別, 供應廠商, 訂單號碼 P/O, 115/11/06, 貨櫃號碼, SET"),
        (complaint_zh_russian, "Рекламация", dict(A=34, B=30, C=14, D=24), "a Russian buyer's bilingual Рекламация / 索赔书: 05.11.2026 г., ООО «…», ИНН, Контракт №, 1 200 шт., 103 200,00 руб."),
        (eightd_en_forwarded, "8D", dict(A=30, B=40, C=26, D=34), "an end customer's 8D forwarded by the trading company: End customer / Forwarded by (trading company), Customer claim No., Supplier"),
        (eightd_zh_waimao, "8D报告", dict(A=18, B=34, C=14, D=30), "a factory's 8D 报告 for an overseas end customer through a 贸易商: 终端客户 / 贸易商, 2026年11月8日, 480 套"),
        (return_zh_tuiyun, "退运单", dict(A=14, B=22, C=8, D=16, E=20, F=12, G=14), "a 退运 note of goods returned by sea: 原出口报关单号 / 退运进口报关单号, 提单号, 柜号, USD prices, ☑返工"),
        (return_en_seareturn, "Return", dict(A=16, B=28, C=16, D=20, E=16, F=16), "a note of goods returned by sea from a Dubai distributor: Re-export Decl. No., B/L No., Vessel, USD, Disposition Rework"),
        (return_zht_tuihuo, "退貨單", dict(A=14, B=28, C=12, D=18, E=14, F=14), "a Taiwanese trading company's 退貨單: 出口報單號碼 / 復運進口報單號碼, USD, ☑報廢"),
        (allowance_en_debit, "Debit Note", dict(A=30, B=30, C=18, D=30), "a buyer's DEBIT NOTE deducting the claim from the next payment: To (Seller) / From (Buyer), Our VAT Reg. No., no VAT (export)"),
        (allowance_zh_suopei, "索赔确认", dict(A=24, B=30, C=16, D=26), "a 外贸公司's 索赔折让确认书 to a Russian buyer: 买方税号（ИНН）, USD, 出口免税, 业务经理 / 总经理"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_en_mideast(f: kit.PdfDraw) -> None:
    """A Dubai distributor's claim form (fpdf2): Claim Ref., Date written day first (05/11/2026) beside a Supplier
    Invoice Date (28/10/2026, which shows the order), Distributor, LPO No., Item Code, Batch No., Qty Received / Qty
    Damaged, Complaint Details, Action Required, Prepared by."""
    f.text(
        15, 14, "AL NOOR TRADING LLC  -  P.O. Box 41822, Deira, Dubai, U.A.E.  -  TRN 100234567800003", size=8
    )
    f.text(55, 24, "CUSTOMER CLAIM FORM", size=14, bold=True)
    kit.pdf_lv_lines(f, 15, 70, 36, kit.field_rows(
        ("Claim Ref.", "Date", "Distributor", "LPO No.", "Supplier Invoice No.", "Supplier Invoice Date", "Item Code",
         "Description", "Batch No.", "Qty Received", "Qty Damaged", "Complaint Details", "Action Required", "Prepared by"),
        (kit.pick(f, "ANT/QC/2611/042", "ANT/QC/2612/007"), kit.pick(f, ("05/11/2026", "2026-11-05"), ("11/12/2026", "2026-12-11")),
         DISTRIBUTOR, kit.pick(f, "LPO-26-7731", "LPO-26-8015"), kit.pick(f, "HT26-EX-0755", "HT26-EX-0861"),
         kit.pick(f, "28/10/2026", "30/11/2026"), kit.pick(f, "NH-BL-600", "NH-MX-350"),
         kit.pick(f, "Blender 600 W, 1.5 L jar", "Hand mixer 350 W"), kit.pick(f, "B2608-14", "B2610-02"),
         kit.pick(f, ("1,800 pcs", 1800), ("1,200 pcs", 1200)), kit.pick(f, ("126 pcs", 126), ("64 pcs", 64)),
         kit.pick(f, "Jar base cracked on 126 units at unpacking; cartons intact.", "Beater does not lock on 64 units."),
         kit.pick(f, ("Replacement", ["replacement"]), ("Credit note", ["allowance"])), "Mohammed Saleh"),
        ("number", "received_date", "customer", "order_no", None, None, "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", "description", "customer_request", "reporter"),
    ), step=7, colon=":")  # fmt: skip
    f.text(15, 142, "Stamp & signature: ____________________      Page 1 of 1", size=8)


def complaint_en_survey(f: kit.PdfDraw) -> None:
    """A marine cargo survey report on arrival (fpdf2), received with the buyer's claim: Survey No. and Place of survey
    (the surveyor's, no fields), Consignee's claim ref., Applicant / Consignee, Vessel, B/L No., Container No. and seal
    (no fields), Goods, Article No., Quantity per B/L ``480 ctns / 2,400 pcs``, Cartons inspected / damaged (no fields),
    Units found defective, Findings, Photos (no field), Surveyor (no field)."""
    f.text(
        15, 14, "HANSEATIC CARGO SURVEYORS GmbH  -  Independent marine & cargo surveyors  -  Hamburg", size=8
    )
    f.text(50, 24, "CARGO SURVEY REPORT", size=14, bold=True)
    kit.pdf_lv_lines(f, 15, 75, 36, kit.field_rows(
        ("Survey No.", "Consignee's claim ref.", "Applicant / Consignee", "Place of survey", "Date of survey", "Vessel",
         "B/L No.", "Container No. / Seal", "Goods", "Article No.", "Quantity per B/L", "Cartons inspected",
         "Cartons damaged", "Units found defective", "Findings", "Photos", "Surveyor"),
        ("HCS-26-4471", "NHW-CL-26/117", BUYER_DE, "Consignee's warehouse, Hamburg-Billbrook", "30 Oct 2026",
         "MAERSK EINDHOVEN / 642W", "MAEU261034587", "MSKU7784512 / seal ML-4471290 intact",
         "Electric kettle 1.7 L, stainless steel", "NH-KT-1750", ("480 ctns / 2,400 pcs", 2400), "480", "0",
         ("312 pcs", 312), "Spout seam leaks on 312 units; cartons dry and sound: a manufacturing defect, not transit.",
         "24 photographs attached", "Capt. H. Petersen"),
        (None, "number", "customer", None, None, None, None, None, "part_name", "part_no", "ship_qty", None, None,
         "defect_qty", "description", None, None),
    ), step=7, colon=":")  # fmt: skip
    f.text(15, 168, "This report is issued without prejudice to the rights of whom it may concern.", size=8)


def eightd_zht_maoyi(f: kit.PdfDraw) -> None:
    """A Taiwanese-owned factory's 8D 矯正預防報告 to the trading company (fpdf2, CJK font): 報告編號, 開立日期 115.11.09,
    終端客戶 (the customer) and 貿易商 (no field), 客訴單號, 料號, 不良數量 480 SET, D1 組員 on one line, D2 … D7, 結案日期
    115.12.15, 核准."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "8D 矯正預防報告", size=15)
    y = kit.pdf_lv_lines(f, 15, 45, 30, kit.field_rows(
        ("報告編號", "開立日期", "終端客戶", "貿易商", "客訴單號", "料號", "不良數量"),
        ("8D-XH-115-014", ("115.11.09", "2026-11-09"), BUYER_US, "聯宏國際貿易股份有限公司", "LH-CS-115-027", "LH-HK-0350",
         ("480 SET", 480)),
        ("number", "opened_date", "customer", None, "complaint_number", "part_no", "problem.qty_complained"),
    ), step=7)  # fmt: skip
    kit.pdf_team_line(f, 15, 45, y, "D1 小組成員", ("鄭文傑", "李雅雯", "許家銘"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("美國客戶開箱發現掛勾背膠脫落、生鏽 480 SET。", "庫存 2,000 SET 全檢，在途貨櫃到港抽檢。",
         "背膠配方變更，耐溫不足；海運櫃內高溫。", "出貨未做高溫保持力試驗。", "恢復原配方，增加 60 ℃ 保持力試驗。",
         "連續 5 批合格，客戶無再發。", "同類產品 12 料號導入高溫試驗。"),
    )  # fmt: skip
    kit.pdf_lv_lines(f, 15, 45, y + 9, [(lab, text, path, None) for lab, text, path in steps], step=8)
    kit.pdf_lv_lines(f, 15, 45, y + 9 + 8 * 7 + 4, kit.field_rows(
        ("結案日期", "核准"), (("115.12.15", "2026-12-15"), "陳國華"), ("closure.closed_date", "closure.approved_by")),
        step=7)  # fmt: skip


def allowance_zht_zherang(f: kit.PdfDraw) -> None:
    """A Taiwanese trading company's 銷貨折讓單 to a Taiwanese importer (fpdf2, CJK font): 折讓單號, 日期 115/11/26, 買受人
    and 統一編號, 原發票號碼 / 發票日期, 客訴單號, a line priced in USD at an exchange rate (no field), 折讓金額 / 稅額 5 %, 合計 /
    營業稅 / 總計, 經理."""
    f = kit.CjkDraw.of(f)
    f.text(65, 16, "銷貨折讓單", size=15)
    f.text(15, 23, "聯宏國際貿易股份有限公司　統一編號 24681357　第 1 頁 共 1 頁", size=8)
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("折讓單號", "日　　期", "買 受 人", "統一編號", "原發票號碼", "發票日期", "客訴單號"),
        ("LH-ZR-115-019", ("115/11/26", "2026-11-26"), "宏碩家居用品股份有限公司", "53114872", "ZX-20458812",
         ("115/10/30", "2026-10-30"), "LH-CS-115-033"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "品名", "name"), (85, "數量", "qty"), (105, "單價", "unit_price"), (130, "折讓金額", "allowance_amount"),
            (165, "稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 86, lab, bold=True)
    f.pdf.line(15, 88, 195, 88)
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("毛巾架 60 cm 折讓", 150, 96.0), ("複檢工資", 1, 2400.0))):
        a, t = round(q * p, 2), round(q * p * 0.05, 2)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q}", f"{p:,.0f}", f"{a:,.0f}", f"{t:,.0f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, 96 + 8 * i, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.text(15, 114, "（單價依 USD 3.00 × 匯率 32.00 換算）", size=8)
    f.pdf.line(15, 118, 195, 118)
    kit.pdf_lv_lines(f, 15, 45, 126, kit.field_rows(
        ("合　　計", "營 業 稅", "總　　計", "經　　理"),
        ((f"NT${net:,.0f}", kit.money(net)), (f"NT${tax:,.0f}", kit.money(tax)), (f"NT${net + tax:,.0f}", kit.money(net + tax)),
         "張志成"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=7)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a Dubai distributor's claim form: dates day first (05/11/2026) beside an invoice date 28/10/2026, LPO No., Batch No., Qty Received / Qty Damaged", complaint_en_mideast),
        ("a marine cargo survey report on arrival: Survey No., Place of survey, Container No. / Seal, Quantity per B/L 480 ctns / 2,400 pcs, cartons inspected / damaged", complaint_en_survey),
        ("a Taiwanese-owned factory's 8D to a trading company: 115.11.09, 終端客戶 / 貿易商, 480 SET", eightd_zht_maoyi),
        ("a Taiwanese trading company's 銷貨折讓單: 統一編號, 115/11/26, USD at an exchange rate, 5 %, NT$", allowance_zht_zherang),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"trade-{_lay['id']}"


# =============================================================================== odd files
def _no_such_day_workbook() -> bytes:
    """A Рекламация dated 31.11.2026 г. (November has 30 days)."""
    return kit.sheet_bytes("Рекламация", (("РЕКЛАМАЦИЯ / 索赔书", None), ("Рекламация № / 索赔书编号", "RK-2611/031"),
                                          ("Дата / 日期", "31.11.2026 г."), ("Покупатель / 买方", BUYER_RU),
                                          ("Артикул / 货号", "HD-F2031"), ("Поставлено / 交货数量", "1 200 шт."),
                                          ("Брак / 不良数量", "40 шт."), ("Описание дефекта / 缺陷描述", "Течь картриджа.")),
                           dt.datetime(2026, 12, 1, 9, 0))  # fmt: skip


def _more_defective_than_shipped_workbook() -> bytes:
    """A claim note whose defective quantity (2,600 pcs) exceeds the quantity shipped (2,400 pcs)."""
    return kit.sheet_bytes("Claim Note", (("CLAIM NOTE", None), ("Claim No.", "NHW-CL-26/140"), ("Date", "27 Nov 2026"),
                                          ("Buyer", BUYER_DE), ("PO No.", "4500321150"), ("Article No.", "NH-KT-1750"),
                                          ("Qty shipped", "2,400 pcs"), ("Qty defective", "2,600 pcs"),
                                          ("Nature of claim", "Spout seam leaks."), ("Claimed by", "Jens Albrecht")),
                           dt.datetime(2026, 11, 27, 9, 0))  # fmt: skip


ODD = {
    "complaint-no-such-day.xlsx": (
        "a Рекламация dated 31.11.2026 г., a day that does not exist (November has 30): an error on the date, never a "
        "date guessed silently",
        _no_such_day_workbook,
    ),
    "complaint-more-defective.xlsx": (
        "a claim note whose Qty defective 2,600 pcs exceeds its Qty shipped 2,400 pcs: an error on the quantities, "
        "never taken silently",
        _more_defective_than_shipped_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-ninth held-out layouts", ODD)
