"""Write the forty-second held-out set (run: ``python tests/holdout42/make_holdout42.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for AUTOMOTIVE AND BIG CUSTOMERS'
OWN PROBLEM-REPORT FORMATS that a supplier must answer in the customer's layout: a Ford-style Global 8D whose D0 is an
EMERGENCY RESPONSE ACTION and whose every step carries a ``Verified %`` or ``PVT`` cell beside its text, with a
``Concern number`` and an ``Escape point``; a GM-style PRR (``PRR number``, ``Supplier Code (DUNS)``, the
containment / root-cause / PCA DUE DATES beside the issue date); a VDA-style 8D with GERMAN–ENGLISH captions
(``Reklamationsnummer / Complaint no.``, ``Beanstandung``, ``Sofortmaßnahme``, ``Abstellmaßnahme``, ``Teilenummer``,
a VW-pattern part number with spaces ``5Q0 407 151 A`` and its drawing number); a Chinese OEM's 8D (索赔单号, 供应商代码,
零件号 ``3502110-K00``, 车型, VIN, 故障里程, 三包); a Japanese OEM's 品質不具合連絡書 in zh-Hant with its Japanese
captions (品番, 納入数, 回答期限); an 8D (zh-Hant) filled PROGRESSIVELY (3D / 5D / 8D stages, the 8D's steps still
empty) in the customer's format with ITS OWN EXTRA STEPS D0 and D9; a RETURN notice under ESCALATION (``CS1 / CS2``,
``Controlled Shipping``, exit criteria); a return note with the customer's SUPPLIER SCORECARD block on the same sheet
(PPM, 质量得分, 等级); a credit note for a PRICE CONCESSION on a deviation. Sent as PDF only: a customer's 8D as a
POWERPOINT-LIKE SLIDE (four boxes, a status light, ``Slide 3 / 12``; Chromium), a Korean OEM's KOREAN–ENGLISH 8D
(협력사 코드 Supplier Code, 차종, dotted dates; Chromium), a 不良品退回單 of a Taiwanese car assembler (件號 in the OEM's
pattern, 車型 column; Chromium), a PSA / Stellantis-style QRQC sheet of a joint-venture plant in Chinese (What / Where
/ When / Who / How many, Check 1 / Check 2; fpdf2), a 年降 price-difference 折让单 and a 特採 銷貨折讓單 (fpdf2).
``odd/`` holds an OEM's 8D whose only company is the SUPPLIER (供应商名称 / 供应商代码, no 客户) and a 3D response whose later steps hold the PLACEHOLDER ``待5D回复`` / ``8D阶段提交``.

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

HERE, SOURCE = kit.generator(__file__, "forty-second held-out imitation")
dt, D = kit.dt, kit.dt.date


def steps_with_check(s: kit.Sheet, first: int, steps, checks, span: str = "C") -> int:
    """An 8D's steps one a row from ``first`` (label in A, text merged B to ``span``) and, in the column after
    ``span``, the customer's CHECK CELL beside each (``Verified 100 %``, ``PVT 3 lots``: no field)."""
    after = chr(ord(span) + 1)
    for k, ((lab, raw, path), check) in enumerate(zip(steps, checks)):
        r = first + k
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"{span}{r}")
        s.text(f"{after}{r}", check)
    return first + len(steps)


# =============================================================================== 8D
def eightd_en_verified(s: kit.Sheet) -> None:
    """A Ford-style GLOBAL 8D a supplier answers in the customer's workbook: ``G8D No.`` and ``Concern number``, the
    supplier's GSDB code and the vehicle line beside them (no field), a ``D0 Emergency Response Action (ERA)`` row,
    every step with the customer's ``Verified %`` / ``PVT`` cell in column D (no field), an ``Escape point`` row."""
    s.text("A1", "GLOBAL 8D — CONCERN RESOLUTION REPORT", "D1", size=14)
    s.text("A2", "Supplier site code (GSDB): H7K2A     Vehicle line: P702 MY2026", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("G8D No.", "Concern number", "Date opened", "Customer plant", "Part number", "Qty suspect"),
        (kit.pick(s, "G8D-H7K2A-26-014", "G8D-H7K2A-26-027"), kit.pick(s, "CN-2603-55218", "CN-2605-60731"),
         kit.pick(s, D(2026, 3, 10), D(2026, 5, 13)), kit.pick(s, "Northfield Motor Co. — Dearborn Truck", "Northfield Motor Co. — Kansas City"),
         kit.pick(s, "ML3Z-7A194-B", "NL3Z-9C968-A"), kit.pick(s, 640, 210)),
        ("number", "complaint_number", "opened_date", "customer", "part_no", "problem.qty_complained"),
    ))  # fmt: skip
    kit.lv(s, "A6", "D0 Emergency Response Action (ERA)", "B6", kit.pick(s, "ERA: 100 % check of stock at the plant.", "ERA not required."), None, span="C6")  # fmt: skip
    s.text("D6", "Verified 100 %")
    kit.team_cell(s, "A7", "D1 Team (Champion / Leader / Members)", "B7",
                  kit.pick(s, ("Karen Walsh", "Tom Becker", "Li Na"), ("Karen Walsh", "Ravi Menon")), span="D7")  # fmt: skip
    steps = kit.eightd_steps(
        ("D2 Problem description", "D3 Interim Containment Action (ICA)", "D4 Root cause", "D4 Escape point",
         "D5 Chosen Permanent Corrective Action (PCA)", "D6 Implemented PCA — validation", "D7 Prevent recurrence"),
        (kit.pick(s, "Shift lever bracket weld missing on 3 of 640 parts.", "Harness clip not seated at the connector."),
         kit.pick(s, "Certified stock with a green dot; 100 % weld check.", "All harnesses in transit re-inspected."),
         kit.pick(s, "Weld robot skipped a seam after a program edit.", "Clip mould cavity 3 worn."),
         kit.pick(s, "Weld presence not checked at end of line.", "Pull test only once per shift."),
         kit.pick(s, "Program change lock and seam sensor on the robot.", "Cavity 3 refurbished; tool life counter."),
         kit.pick(s, "PVT run of 300 pcs, zero misses.", "PVT run of 500 pcs, all clips seated."),
         kit.pick(s, "Program lock on all weld cells; PFMEA updated.", "Tool life counters on all clip moulds.")),
    )  # fmt: skip
    steps_with_check(s, 8, steps, ("Verified —", "Verified 100 %", "Verified 95 %", "Verified 90 %", "Verified 100 %",
                                   "PVT 300 / 300", "Verified 100 %"))  # fmt: skip
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 Team recognised — concern closed", "Closed by (STA)"), (kit.pick(s, D(2026, 4, 21), D(2026, 6, 24)), "Gary Hollis"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_german(s: kit.Sheet) -> None:
    """A VDA-style 8D in GERMAN–ENGLISH (``8D-Bericht / 8D Report``): the captions German first (``Reklamationsnummer
    / Complaint no.``, ``Teilenummer / Part no.``, ``Beanstandung / Problem``, ``Sofortmaßnahme / Immediate action``,
    ``Abstellmaßnahme / Corrective action``), German dates (``12.03.2026``), a VW-pattern part number with spaces
    (``5Q0 407 151 A``) and its drawing number beside it (no field), ``1.250 Stk.``."""
    s.text("A1", "8D-Bericht / 8D Report", "D1", size=14)
    s.text("A2", "nach VDA Band 8D / according to VDA 8D", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("8D-Nr. / 8D No.", "Reklamationsnummer / Complaint no.", "Datum / Date", "Kunde / Customer",
         "Teilenummer / Part no.", "Menge / Quantity"),
        (kit.pick(s, "8D-26-0037", "8D-26-0058"), kit.pick(s, "Q-REK-2603-11842", "Q-REK-2605-12907"),
         kit.pick(s, D(2026, 3, 12), D(2026, 5, 18)), kit.pick(s, "Autowerk Wolfsfeld GmbH", "Kessler Fahrzeugtechnik AG"),
         kit.pick(s, "5Q0 407 151 A", "3G0 199 262 C"), kit.pick(s, ("1.250 Stk.", 1250), ("480 Stk.", 480))),
        kit.EIGHTD_HEAD_PATHS[:1] + ("complaint_number", "opened_date", "customer", "part_no", "problem.qty_complained"),
    ))  # fmt: skip
    s.ws["B4"].number_format = "dd.mm.yyyy"  # the date typed the German way
    s.text("A6", "Zeichnungsnr. / Drawing no.")
    s.text("B6", kit.pick(s, "5Q0.407.151 Stand 03", "3G0.199.262 Stand 07"))
    team = kit.pick(s, ("Jürgen Maier", "Wang Lei", "Anna Schulz"), ("Jürgen Maier", "Wang Lei"))
    typed = ", ".join([f"{team[0]} (TL)", *team[1:]])  # the team leader marked (TL): the name without it
    kit.lv(s, "A7", "D1 Team", "B7", typed, None, span="D7")
    kit.members(s, "D1 Team", "B7", typed, team)
    steps = kit.eightd_steps(
        ("D2 Beanstandung / Problem description", "D3 Sofortmaßnahme / Immediate action", "D4 Fehlerursache / Root cause",
         "D4 Nicht-Entdeckung / Escape cause", "D5 Abstellmaßnahme / Corrective action", "D6 Wirksamkeit / Effectiveness",
         "D7 Vorbeugung / Prevention"),
        (kit.pick(s, "Querlenker-Buchse lose / Control arm bush loose.", "Halter gerissen / Bracket cracked."),
         kit.pick(s, "Sortierung 100 % / 100 % sorting, 3.400 Stk. OK.", "Lager gesperrt / Stock blocked."),
         kit.pick(s, "Einpresskraft zu niedrig / Press-in force too low.", "Materialfehler / Material defect."),
         kit.pick(s, "Keine Kraftüberwachung / No force monitoring.", "Keine Rissprüfung / No crack test."),
         kit.pick(s, "Kraft-Weg-Überwachung / Force-path monitoring.", "Lieferantenwechsel / New material supplier."),
         kit.pick(s, "3 Lose i.O. / 3 lots OK.", "2 Lose i.O. / 2 lots OK."),
         kit.pick(s, "FMEA aktualisiert / FMEA updated.", "Wareneingangsprüfung / Incoming test added.")),
    )  # fmt: skip
    kit.lv_rows(s, 8, steps)
    kit.lv(s, "A15", "D8 Abschluss / Closed", "B15", kit.pick(s, D(2026, 4, 20), D(2026, 6, 22)), "closure.closed_date", fmt="dd.mm.yyyy")  # fmt: skip
    kit.lv(s, "C15", "Freigabe / Approved", "D15", "Klaus Berger", "closure.approved_by")


def eightd_zh_oem(s: kit.Sheet) -> None:
    """A Chinese OEM's 8D (整车厂格式) a supplier answers: 索赔单号 (the customer's claim, the 8D's complaint number),
    供应商代码 / 供应商名称 (the supplier: no field), 零件号 in the OEM's pattern (``3502110-K00``), 车型, VIN, 故障里程 and
    a 三包 line (no field)."""
    s.text("A1", "供应商质量问题 8D 报告（整车厂格式）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D编号", "索赔单号", "提出日期", "整车厂", "零件号", "索赔数量"),
        (kit.pick(s, "8D-S10238-2603-02", "8D-S10238-2605-05"), kit.pick(s, "SP-2603-004521", "SP-2605-006138"),
         kit.pick(s, D(2026, 3, 14), D(2026, 5, 16)), kit.pick(s, "比亚迪汽车工业有限公司", "浙江吉利汽车有限公司"),
         kit.pick(s, "3502110-K00", "5206100-BY01"), kit.pick(s, 36, 12)),
        ("number", "complaint_number", "opened_date", "customer", "part_no", "problem.qty_complained"),
    ))  # fmt: skip
    for r, pairs in ((5, (("供应商代码", "S10238"), ("供应商名称", "芜湖恒隆制动系统有限公司"))),
                     (6, (("车型", kit.pick(s, "秦PLUS DM-i", "星越L")), ("VIN", kit.pick(s, "LGXCE4CB8P0123456", "L6T79F4E2PN012345")))),
                     (7, (("故障里程", kit.pick(s, "12,860 km", "8,420 km")), ("三包", "■三包期内 □三包期外")))):  # fmt: skip
        for (lab, val), (lc, vc) in zip(pairs, ("AB", "CD")):
            s.text(f"{lc}{r}", lab, shade=True)
            s.text(f"{vc}{r}", val)
    kit.team_cell(
        s,
        "A8",
        "D1 小组成员",
        "B8",
        kit.pick(s, ("周海涛", "韩雪", "邱志明"), ("周海涛", "韩雪")),
        sep="、",
        span="D8",
    )
    steps = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 产生原因", "D4 流出原因", "D5 永久措施", "D6 措施验证", "D7 预防措施"),
        (kit.pick(s, "制动钳活塞密封圈漏油，用户报制动异响。", "摆臂球销防尘罩破损。"), kit.pick(s, "整车厂及在途库存全数更换。", "在库 800 件全检防尘罩。"),
         kit.pick(s, "密封圈供应商硫化温度偏低。", "装配工装刮伤防尘罩。"), kit.pick(s, "气密检测压力设定偏低。", "外观检验未翻转查看。"),
         kit.pick(s, "硫化温度在线监控并报警。", "工装加装尼龙护套。"), kit.pick(s, "连续 5 批气密合格，市场 0 索赔。", "连续 3 批外观合格。"),
         kit.pick(s, "同类密封件供应商横向排查。", "同类工装护套比照。")),
    )  # fmt: skip
    kit.lv_rows(s, 9, steps)
    kit.lv_pairs(s, 16, kit.field_rows(
        ("D8 关闭日期", "整车厂SQE确认"), (kit.pick(s, D(2026, 4, 25), D(2026, 6, 26)), "易国强"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_stages(s: kit.Sheet) -> None:
    """An 8D (zh-Hant) FILLED PROGRESSIVELY in the customer's 3D / 5D / 8D stages, in the customer's format with ITS
    OWN EXTRA STEPS: a stage column (3D / 5D / 8D) and its submitted date beside each step (no field), a ``D0 症狀確認
    / 緊急應變`` row before D1 and a ``D9 經驗教訓 / 標準化`` row after D8 (no field); the 3D and the 5D submitted, the
    8D's D6 … D8 and D9 still EMPTY."""
    s.text("A1", "8D 報告（3D / 5D / 8D 分階段回覆）", "E1", size=15)
    s.text("A2", "回覆階段：■3D（24小時） 2026/03/17　■5D（7天） 2026/03/23　□8D（30天）", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("報告編號", "開立日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-TY-2603-009", D(2026, 3, 16), "和泰汽車股份有限公司", "HT-QC-260315", "84652-0K010", 150),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.head_row(s, 6, "ABDE", ("步驟", "內容", "階段", "提交日期"))
    kit.lv(s, "A7", "D0 症狀確認/緊急應變", "B7", "客戶線邊 300 件已隔離，緊急換料完成。", None, span="C7")
    s.text("D7", "3D")
    s.text("E7", "2026/03/17")
    kit.team_cell(s, "A8", "D1 小組", "B8", ("嚴志斌", "呂佳穎", "陶志遠"), sep="、", span="C8")
    s.text("D8", "3D")
    s.text("E8", "2026/03/17")
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("方向盤開關回彈不良，手感發澀。", "在庫及在途 2,600 件全檢按鍵力。", "矽膠按鍵模具排氣不良。", "按鍵力為抽檢。",
         "模具增加排氣槽，按鍵力 100% 線上檢測。", "", ""),
    )  # fmt: skip
    stage = ("3D", "3D", "5D", "5D", "5D", "8D", "8D")
    when = ("2026/03/17", "2026/03/17", "2026/03/23", "2026/03/23", "2026/03/23", "", "")
    for k, (lab, raw, path) in enumerate(steps):
        r = 9 + k
        if raw:
            kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"C{r}")
        else:
            kit.label(s, f"A{r}", lab, None)
        s.text(f"D{r}", stage[k])
        if when[k]:
            s.text(f"E{r}", when[k])
    kit.label(s, "A16", "D8 結案日期", None)
    kit.label(s, "C16", "核准", None)
    kit.label(s, "A17", "D9 經驗教訓/標準化", None)
    s.text("D16", "8D")
    s.text("D17", "8D")


# =============================================================================== complaint
def complaint_en_prrdue(s: kit.Sheet) -> None:
    """A GM-style PRR (Problem Reporting & Resolution) the customer opens and the supplier answers: ``PRR number``,
    ``Supplier Code (DUNS)`` (nine digits, no field), an Issue type line, and the CONTAINMENT / ROOT CAUSE / PCA DUE
    DATES (24 h, 10 days, 30 days) beside the issue date (no field)."""
    s.text("A1", "PROBLEM REPORTING & RESOLUTION (PRR)", "D1", size=14)
    s.text("A2", "Issue type: ■ Quality  □ Delivery  □ Labelling  □ Packaging", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("PRR number", "Issue date", "Customer plant", "Supplier Code (DUNS)", "Part number", "Part name", "PO number",
         "Lot / date code", "Qty shipped", "Quantity Checked", "Quantity Nonconforming"),
        (kit.pick(s, "4417825", "4423109"), kit.pick(s, D(2026, 3, 11), D(2026, 5, 14)),
         kit.pick(s, "Lakeview Assembly (Plant 31)", "Riverton Propulsion (Plant 12)"), kit.pick(s, "081234567", "081234567"),
         kit.pick(s, "84512397", "85103366"), kit.pick(s, "Door check arm", "Coolant hose clamp"),
         kit.pick(s, "PO 450019283", "PO 450021877"), kit.pick(s, "DC 26-061", "DC 26-128"), kit.pick(s, 2400, 9000),
         kit.pick(s, 600, 1000), kit.pick(s, 58, 140)),
        ("number", "received_date", "customer", None, "part_no", "part_name", "order_no", "lot_no", "ship_qty", None,
         "defect_qty"),
    ))  # fmt: skip
    kit.lv_pairs(s, 9, [("Containment due", kit.pick(s, "2026-03-12 (24 hrs)", "2026-05-15 (24 hrs)"), None, None),
                        ("Root cause due", kit.pick(s, "2026-03-21", "2026-05-24"), None, None),
                        ("PCA due", kit.pick(s, "2026-04-10", "2026-06-13"), None, None)])  # fmt: skip
    rows = kit.field_rows(
        ("Problem description", "Customer request", "Containment action", "Supplier contact", "Sales manager"),
        (kit.pick(s, "Check arm detent noise; 58 pcs rejected at trim line.", "Clamp band cracked at the tab."),
         ("Replace rejected parts", ["replacement"]), kit.pick(s, "Clean-point stock 1,800 pcs sorted, green label.", "All clamps in stock on hold."),
         "Ethan Brooks", kit.pick(s, "Melissa Grant", "Melissa Grant")),
        kit.COMPLAINT_PATHS[9:],
    )  # fmt: skip
    kit.rows_down(s, 11, rows)


def complaint_zht_jpoem(s: kit.Sheet) -> None:
    """A Japanese OEM's Taiwan plant's 品質不具合連絡書 in zh-Hant, its captions JAPANESE BESIDE CHINESE (``品番 / 料號``,
    ``納入数 / 交貨數``, ``不具合内容 / 異常內容``), a 回答期限 and the customer's 承認 / 審查 / 擔當 boxes (no field)."""
    s.text("A1", "品質不具合連絡書", "D1", size=15)
    s.text("A2", "発行部署：品質保証課　回答期限：2026/03/20", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("連絡書No. / 聯絡書編號", "発行日 / 發行日", "客先 / 客戶", "注文番号 / 訂單號", "ロット / 批號", "品番 / 料號",
         "品名", "納入数 / 交貨數", "不具合数 / 不良數"),
        ("QN-TW-2603-027", D(2026, 3, 13), "國瑞汽車股份有限公司", "KR-PO-884102", "L260305", "52119-0K902", "前保桿支架",
         3000, 44),
        kit.COMPLAINT_PATHS[:9],
    ), cols=("AB", "CD"))  # fmt: skip
    rows = kit.field_rows(
        ("不具合内容 / 異常內容", "要求事項 / 客戶要求", "暫定処置 / 暫定處置", "担当 / 擔當", "営業 / 業務主管"),
        ("支架焊接位置偏移 2mm，組裝干涉。", ("選別後交換良品", ["replacement"]), "在庫 1,200 個全數選別。", "陳怡君", "謝明哲"),
        kit.COMPLAINT_PATHS[9:],
    )  # fmt: skip
    kit.rows_down(s, 8, rows)
    for col, who in zip("ABC", ("承認：佐藤", "審查：林", "擔當：王")):
        s.text(f"{col}14", who)


# =============================================================================== return
def return_en_escalation(s: kit.Sheet) -> None:
    """A customer plant's RETURN TO SUPPLIER notice while the supplier is in ESCALATION: ``Supplier status: ■ CS1
    Controlled Shipping Level 1 □ CS2``, the controlled shipping's period and its exit criteria (no field), OEM part
    numbers with spaces (``1KD 820 743 B``) in the lines."""
    s.text("A1", "RETURN TO SUPPLIER NOTICE", "F1", size=14)
    s.text("A2", kit.pick(s, "Supplier status: ■ CS1 Controlled Shipping Level 1   □ CS2 (third party)",
                          "Supplier status: □ CS1 Controlled Shipping Level 1   ■ CS2 (third party)"), "F2")  # fmt: skip
    s.text("A3", kit.pick(s, "Controlled shipping 2026-03-14 to 2026-04-13 · Exit: 30 days with zero defects",
                          "Controlled shipping 2026-05-19 to 2026-07-17 · Exit: 60 days with zero defects · 3rd party: SGS"), "F3")  # fmt: skip
    kit.lv_pairs(s, 4, kit.field_rows(
        ("Return No.", "Return date", "Customer", "Complaint ref."),
        (kit.pick(s, "RTS-26-0318", "RTS-26-0522"), kit.pick(s, D(2026, 3, 16), D(2026, 5, 20)),
         kit.pick(s, "Wolfsfeld Automotive (Anting plant)", "Great Plains Trucks — Baoding"), kit.pick(s, "ESC-2603-0006", "ESC-2605-0011")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Part number", "Description", "Qty authorised", "Qty returned", "Unit price", "Amount")
    kit.head_row(s, 6, "ABCDEF", heads)
    lines = kit.pick(s, [("1KD 820 743 B", "Heater hose", 240, 236, 8.6), ("1KD 820 744 A", "Hose clamp", 480, 480, 0.55)],
                     [("3103101XKZ16A", "Hub bearing unit", 36, 36, 64.0)])  # fmt: skip
    kit.return_lines(s, 7, lines, heads)
    foot = kit.field_rows(("Reason", "Disposition", "Received by", "Authorised by"),
                          (kit.pick(s, "Clamp position off; coolant leak at final line.", "Bearing noise; warranty returns."),
                           ("Replace", ["replace"]), "Kevin Zhou", "Sandra Milic"),
                          kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, 7 + len(lines), foot, "F")


def return_zh_scorecard(s: kit.Sheet) -> None:
    """A 退货单 with the customer's SUPPLIER SCORECARD block on the same sheet, at the right of the lines (本月 PPM,
    质量得分 32/40, 交付得分, 综合得分, 等级 B: numbers beside the quantities, no field)."""
    s.text("A1", "不合格品退货单", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉编号"),
        (kit.pick(s, "TH-2603-0035", "TH-2605-0019"), kit.pick(s, D(2026, 3, 19), D(2026, 5, 21)),
         kit.pick(s, "延锋汽车饰件系统有限公司", "华域视觉科技（上海）有限公司"), kit.pick(s, "YF-KS-260317", "HY-KS-260520")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    s.text("H2", "供应商绩效（本月）", "I2", bold=True)
    for k, (lab, val) in enumerate(kit.pick(s, (("来料 PPM", "1,250"), ("质量得分", "32/40"), ("交付得分", "28/30"),
                                                 ("服务得分", "22/30"), ("综合得分", "82"), ("等级", "B")),
                                             (("来料 PPM", "860"), ("质量得分", "35/40"), ("交付得分", "27/30"),
                                              ("服务得分", "25/30"), ("综合得分", "87"), ("等级", "B+")))):  # fmt: skip
        s.text(f"H{3 + k}", lab, shade=True)
        s.text(f"I{3 + k}", val)
    heads = ("零件号", "零件名称", "核准数量", "实退数量", "单价", "金额")
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, [("YF-IP-30418-01", "仪表板骨架", 120, 118, 46.5), ("YF-CLP-30419", "卡扣", 5000, 5000, 0.32)],
                     [("HY-LMP-5521-R", "尾灯灯罩", 300, 296, 21.8)])  # fmt: skip
    kit.return_lines(s, 5, lines, heads)
    foot = kit.field_rows(("退货原因", "处理方式", "仓库签收", "核准"),
                          (kit.pick(s, "骨架缩痕超标，卡扣断脚。", "灯罩熔接线明显。"), ("返工", ["rework"]), "毛晓燕", "祁建平"),
                          kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "F")


# =============================================================================== allowance
def allowance_en_concession(s: kit.Sheet) -> None:
    """An English CREDIT NOTE for a PRICE CONCESSION the OEM accepted on a deviation: ``Deviation No. DV-26-014``,
    ``Concession: 8 % on lot DC 26-061`` (no field), item names carrying the OEM's part number (``A 205 540 17 45
    Sensor bracket``)."""
    s.text("A1", "CREDIT NOTE — PRICE CONCESSION", "E1", size=14)
    s.text(
        "A2",
        "Deviation No. DV-26-014 approved 2026-03-16 · Concession: 8 % on the lot shipped under deviation",
        "E2",
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Credit note No.", "Date", "Customer", "VAT No.", "Invoice No.", "Concern ref."),
        ("CN-26-0071", D(2026, 3, 30), "Sternberg Automotive GmbH", "DE 812 345 678", "INV-26-2231", "CR-26-0317"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Part / description", "Qty", "Unit credit", "Credit amount", "VAT 19%")
    kit.head_row(s, 7, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 8, (("A 205 540 17 45 Sensor bracket", 4000, 0.18), ("A 205 540 18 45 Clip", 4000, 0.04)),
                                heads, 0.19)  # fmt: skip
    for r, lab, x, path in ((10, "Net credit (EUR)", net, "total_excl_tax"), (11, "VAT (EUR)", tax, "total_tax"),
                            (12, "Total credit (EUR)", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "Authorised by", "B13", "Monika Hartl", "approved_by_manager", span="C13")


_COPY2 = {"eightd_en_verified", "complaint_en_prrdue", "eightd_en_german", "eightd_zh_oem", "return_en_escalation",
          "return_zh_scorecard", "eightd_en_slide", "complaint_zh_qrqc"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (eightd_en_verified, "G8D", dict(A=30, B=30, C=22, D=30), "a Ford-style Global 8D: G8D No. and Concern number, GSDB code, D0 ERA, a Verified % / PVT cell beside each step, Escape point"),
        (eightd_en_german, "8D", dict(A=30, B=30, C=26, D=30), "a VDA-style 8D with German–English captions (Reklamationsnummer, Beanstandung, Sofortmaßnahme, Abstellmaßnahme), dd.mm.yyyy, 5Q0 407 151 A"),
        (eightd_zh_oem, "8D", dict(A=16, B=30, C=16, D=30), "a Chinese OEM's 8D: 索赔单号, 供应商代码, 零件号 3502110-K00, 车型, VIN, 故障里程, 三包"),
        (eightd_zht_stages, "8D", dict(A=20, B=30, C=20, D=8, E=14), "an 8D (zh-Hant) filled in 3D / 5D / 8D stages: a stage and date column beside each step, the customer's D0 and D9 rows, D6 … D9 still empty"),
        (complaint_en_prrdue, "PRR", dict(A=24, B=30, C=22, D=30), "a GM-style PRR: PRR number, Supplier Code (DUNS), containment / root cause / PCA due dates"),
        (complaint_zht_jpoem, "連絡書", dict(A=24, B=28, C=22, D=28), "a Japanese OEM's 品質不具合連絡書 in zh-Hant, Japanese captions beside the Chinese, 回答期限"),
        (return_en_escalation, "RTS", dict(A=18, B=22, C=16, D=16, E=16, F=16), "a customer plant's return to supplier notice under escalation: CS1 / CS2 controlled shipping, its period and exit criteria, OEM part numbers with spaces"),
        (return_zh_scorecard, "退货单", dict(A=16, B=18, C=12, D=16, E=14, F=14, G=3, H=14, I=10), "a 退货单 with the customer's supplier scorecard block beside the lines (PPM, 得分, 等级)"),
        (allowance_en_concession, "Credit", dict(A=30, B=16, C=16, D=18, E=16), "an English credit note for a price concession on a deviation, OEM part numbers in the item names"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e9edf2", "td span{white-space:pre-line}")


def eightd_en_slide(f: kit.HtmlForm) -> str:
    """A customer's 8D as a POWERPOINT-LIKE SLIDE printed to PDF (Chromium, landscape): a title bar with the concern
    and the part, four boxes (D1–D2, D3, D4, D5–D7) of ``label: value`` lines, a status light and ``Slide 3 / 12``."""

    def line(lab: str, raw, path, exp=None) -> str:
        return f"<p><b>{lab}:</b> {f.val(raw, path=path, label=lab, expect=exp)}</p>"

    f.raw('<div class="bar">8D Status Review — Supplier Quality</div>')
    f.raw('<div class="hd">' + line("8D No.", kit.pick(f, "8D-AX-26-044", "8D-AX-26-061"), "number")
          + line("Concern", kit.pick(f, "QN 2603-7714", "QN 2605-8120"), "complaint_number")
          + line("Opened", kit.pick(f, "03/18/2026", "05/20/2026"), "opened_date", kit.pick(f, "2026-03-18", "2026-05-20"))
          + line("Customer", kit.pick(f, "Harbor Point Vehicle Assembly", "Cedar Ridge Motors"), "customer")
          + line("Part", kit.pick(f, "23145589", "23301174"), "part_no")
          + line("Qty", kit.pick(f, "420 pcs", "96 pcs"), "problem.qty_complained", kit.pick(f, 420, 96)) + "</div>")  # fmt: skip
    team = kit.pick(f, ("Dana Cole", "Wu Jie", "Omar Haddad"), ("Dana Cole", "Wu Jie"))
    steps = kit.eightd_steps(
        ("D2 Problem", "D3 Containment", "D4 Root cause (occur)", "D4 Root cause (escape)", "D5 PCA", "D6 Validation", "D7 Prevent"),
        (kit.pick(f, "Seat track bolt torque low on 420 seats.", "Wiper arm nut cross-threaded."),
         kit.pick(f, "Re-torque at the plant; stock 100 % checked.", "Stock sorted; suspect lots re-tightened."),
         kit.pick(f, "Nutrunner calibration drifted.", "Nut feeder jammed and tilted nuts."),
         kit.pick(f, "No torque record check at release.", "No thread check station."),
         kit.pick(f, "Daily calibration; torque data interlock.", "Feeder redesigned; vision check."),
         kit.pick(f, "2 weeks zero low-torque events.", "1,000 arms without defect."),
         kit.pick(f, "Interlock on all nutrunners.", "Vision check on sister lines.")),
    )  # fmt: skip
    box = '<div class="box"><h3>{}</h3>{}</div>'
    d12 = f"<p><b>D1 Team:</b> {f.val(', '.join(team), path=None, label='D1 Team')}</p>"
    kit.members(f, "D1 Team", f"html!#v{f.n}", ", ".join(team), team)
    d12 += "".join(line(lab, raw, path) for lab, raw, path in steps[:1])
    f.raw('<div class="grid">' + box.format("D1–D2 Team &amp; Problem", d12)
          + box.format("D3 Containment", line(*steps[1]))
          + box.format("D4 Root cause", line(*steps[2]) + line(*steps[3]))
          + box.format("D5–D7 Actions", "".join(line(*st) for st in steps[4:])) + "</div>")  # fmt: skip
    f.raw('<div class="ft">' + line("D8 Closed", kit.pick(f, "04/24/2026", "06/25/2026"), "closure.closed_date",
                                    kit.pick(f, "2026-04-24", "2026-06-25"))
          + line("Approved", "Glenn Parker", "closure.approved_by")
          + '<p>Status: <span class="dot">●</span> Green</p><p class="pg">Slide 3 / 12</p></div>')  # fmt: skip
    css = ("@page{size:297mm 167mm;margin:6mm}.bar{background:#0b3d6b;color:#fff;font-size:16pt;padding:6px 12px}"
           ".hd{display:flex;flex-wrap:wrap;gap:0 18px;margin:6px 10px}.hd p{margin:2px 0}"
           ".grid{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:6px 10px}"
           ".box{border:2px solid #0b3d6b;border-radius:6px;padding:4px 8px;min-height:24mm}"
           ".box h3{margin:0 0 4px;font-size:11pt;color:#0b3d6b}.box p{margin:2px 0}"
           ".ft{display:flex;gap:24px;margin:4px 10px}.ft p{margin:2px 0}.dot{color:#2a2}.pg{margin-left:auto!important}")  # fmt: skip
    return f.page("8D slide", css)


def eightd_en_koreanoem(f: kit.HtmlForm) -> str:
    """A Korean OEM's 8D in KOREAN–ENGLISH (Chromium): ``협력사 코드 Supplier Code`` and ``차종 Vehicle`` (no field),
    ``품번 Part No.`` in the OEM's pattern (``86511-L1000``), dotted dates ``2026.03.16``, ``클레임 번호 Claim No.``."""
    f.raw("<h2>8D 보고서 / 8D Report</h2><table>")
    kit.kv_rows(f, kit.field_rows(
        ("보고서 번호 Report No.", "발행일 Issue Date", "고객사 Customer", "클레임 번호 Claim No.", "품번 Part No.",
         "불량 수량 Defect Qty"),
        ("8D-SH-26-0023", ("2026.03.16", "2026-03-16"), "현성자동차 Hyunsung Motor Co., Ltd.", "CLM-26-03-1187", "86511-L1000",
         ("64 EA", 64)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.raw(
        "<tr><th>협력사 코드 Supplier Code</th><td>SHR1</td></tr><tr><th>차종 Vehicle</th><td>NX4 (2026MY)</td></tr>"
    )
    kit.team_row(f, "팀 구성 Team", ("박준호", "김서연", "Liu Yang"))
    steps = kit.eightd_steps(
        ("문제 기술 Problem Description", "임시 조치 Containment", "발생 원인 Occurrence Cause", "유출 원인 Outflow Cause",
         "영구 대책 Permanent Action", "효과 검증 Verification", "재발 방지 Prevention"),
        ("Front bumper bracket hole position off by 1.5 mm.", "All 3,200 pcs in stock gauged; 12 rejected.",
         "Pierce die pilot pin worn.", "Hole gauge checked by sampling only.", "Pilot pin changed; life set to 50,000 hits.",
         "Three lots, zero position defects.", "Pilot pin life on all pierce dies."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    kit.kv_rows(f, kit.field_rows(
        ("완료일 Closing Date", "승인 Approved"), (("2026.04.28", "2026-04-28"), "최민수"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    f.raw(
        "</table><p class='note'>작성 기준: 고객사 협력사 품질 매뉴얼 / per the customer's supplier quality manual</p>"
    )
    return f.page(
        "8D 보고서", _CSS + "body{font-family:'Noto Sans CJK KR','Noto Sans CJK SC',Arial,sans-serif}"
    )


def return_zht_oem(f: kit.HtmlForm) -> str:
    """A Taiwanese car assembler's 不良品退回單 (Chromium, zh-Hant): 件號 in the OEM's pattern (``24010-4BA0A``), a 車型
    column beside the quantities (no field), 退回單號 / 客訴單號."""
    f.raw("<h2>不良品退回單</h2>")
    kit.kv(f, kit.field_rows(
        ("退回單號", "退回日期", "客戶", "客訴單號"),
        ("RT-YL-2603-0042", ("2026/03/25", "2026-03-25"), "裕豐汽車股份有限公司", "YF-QA-260321"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("件號", "品名", "車型", "核准數", "退回數", "單價", "金額")
    kit.th_row(f, heads)
    for i, (code, name, car, qa, q, p) in enumerate(
        (("24010-4BA0A", "線束固定座", "X-Trail T33", 600, 588, 12.5), ("24011-4BA0B", "線束護套", "X-Trail T33", 600, 600, 8.0))
    ):  # fmt: skip
        vals = (
            code,
            name,
            None,
            (f"{qa:,}", qa),
            (f"{q:,}", q),
            (f"{p:.2f}", kit.money(p)),
            (f"{q * p:,.2f}", kit.money(q * p)),
        )
        cells = kit.item_cells(i, tuple(v for v in vals if v is not None), kit.RETURN_ITEM_PATHS)
        cells.insert(2, (car, None, None))
        kit.td_row(f, cells, heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退回原因", "處理方式", "倉管簽收", "主管核准"),
        ("固定座卡榫斷裂，護套尺寸不符。", ("換新品", ["replace"]), "蘇美玲", "高志偉"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("不良品退回單", _CSS)


def allowance_lines_pdf(f: kit.CjkDraw, heads, lines, rate: float, digits: int, foot, signer: str) -> None:
    """An allowance's item table drawn from y 90: ``heads`` over name, quantity, unit price, amount and tax, one
    ``(name, qty, unit price)`` a line, the amount and the tax at ``rate`` rounded to ``digits`` decimals; under
    it the ``foot`` labels of the totals without tax, of the tax, of the total, and of ``signer``."""
    xs, paths = (15, 85, 110, 140, 170), ("name", "qty", "unit_price", "allowance_amount", "tax")
    for x, lab in zip(xs, heads):
        f.text(x, 90, lab, bold=True)
    f.pdf.line(15, 92, 195, 92)
    y, net, tax = 92.0, 0.0, 0.0
    for i, (name, q, p) in enumerate(lines):
        y += 8
        a, t = (
            (round(q * p, digits), round(q * p * rate, digits))
            if digits
            else (round(q * p), round(q * p * rate))
        )
        net, tax = net + a, tax + t
        typed = (name, f"{q:,}", f"{p:.2f}", f"{a:,.{digits}f}", f"{t:,.{digits}f}")
        for x, lab, path, raw, exp in zip(
            xs, heads, paths, typed, (None, q, kit.money(p), kit.money(a), kit.money(t))
        ):
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    totals = [(f"{v:,.{digits}f}", kit.money(v)) for v in (net, tax, net + tax)]
    paths = ("total_excl_tax", "total_tax", "total", "approved_by_manager")
    kit.pdf_lv_lines(f, 15, 50, y + 14, kit.field_rows(foot, (*totals, signer), paths), step=8)


def allowance_zht_tokusai(f: kit.PdfDraw) -> None:
    """A 銷貨折讓單 (zh-Hant) drawn by fpdf2 for a lot the car maker ACCEPTED UNDER 特採 (special acceptance) at a lower
    price: ``特採單號 TS-2603-009　特採允收 折讓 10%`` (no field), item names carrying the OEM's 件號."""
    f = kit.CjkDraw.of(f)
    f.text(75, 16, "銷貨折讓單（特採允收）", size=14)
    f.text(15, 24, "特採單號：TS-2603-009　特採允收 折讓 10%　核准：客戶品保部 2026/03/20", size=8)
    kit.pdf_lv_lines(f, 15, 50, 34, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-TY-2603-017", ("2026/03/28", "2026-03-28"), "中華汽車工業股份有限公司", "03244509", "TY-40218875", "CM-QA-260318"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    allowance_lines_pdf(f, ("品名", "數量", "折讓單價", "折讓金額", "營業稅額"),
                        (("MR-955612 門檻飾板", 1200, 6.5), ("MR-955613 飾板扣具", 4800, 0.3)), 0.05, 0,
                        ("折讓金額合計", "營業稅額合計", "總計", "主管"), "曾淑芬")  # fmt: skip


def complaint_zh_qrqc(f: kit.PdfDraw) -> None:
    """A PSA / Stellantis-style QRQC sheet of a joint-venture plant in China, drawn by fpdf2 (zh-Hans): ``QRQC编号``,
    the problem in What / Where / When / Who / How / How many lines (``QQOQCP``), ``24小时内围堵措施``, ``Check 1（D+1）``
    / ``Check 2（D+10）`` boxes (no field), a 10-digit part reference."""
    f = kit.CjkDraw.of(f)
    f.text(15, 14, "QRQC 快速反应质量控制单", size=14)
    f.text(150, 14, "客户格式 CQ-04", size=7)
    rows = kit.field_rows(
        ("QRQC编号", "日期", "客户工厂", "零件号", "零件名称", "What 问题", "How many 数量"),
        (kit.pick(f, "QRQC-26-0118", "QRQC-26-0163"), kit.pick(f, ("18/03/2026", "2026-03-18"), ("21/05/2026", "2026-05-21")),
         kit.pick(f, "神龙汽车有限公司（襄阳工厂）", "神龙汽车有限公司（武汉工厂）"), kit.pick(f, "9812345680", "9837716480"),
         kit.pick(f, "尾门铰链", "油箱盖壳体"), kit.pick(f, "铰链销未铆接，尾门晃动。", "壳体锁孔处飞边。"),
         kit.pick(f, ("36 件", 36), ("15 件", 15))),
        ("number", "received_date", "customer", "part_no", "part_name", "description", "defect_qty"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 55, 28, rows[:5], step=7)
    f.text(15, y, "问题描述（QQOQCP）", bold=True)
    y = kit.pdf_lv_lines(f, 15, 55, y + 7, rows[5:6], step=7)
    for lab, val in (("Where 地点", "总装二线 14 工位"), ("When 时间", kit.pick(f, "17/03/2026 夜班", "20/05/2026 白班")),
                     ("Who 发现人", "客户操作工"), ("How 如何发现", "工位间隙检查")):  # fmt: skip
        f.text(15, y, lab + "：")
        f.text(55, y, val)
        y += 7
    y = kit.pdf_lv_lines(f, 15, 55, y, rows[6:], step=7) + 3
    y = kit.pdf_lv_lines(f, 15, 55, y, kit.field_rows(
        ("24小时内围堵措施", "QRQC 负责人"),
        (kit.pick(f, "库存 1,200 件全检，0318 批起设清洁点。", "壳体全数去飞边并复检。"), "莫俊杰"),
        ("short_term_action", "reporter"),
    ), step=7)  # fmt: skip
    f.pdf.rect(15, y, 80, 16)
    f.pdf.rect(105, y, 80, 16)
    f.text(17, y + 6, "Check 1（D+1）：OK　19/03/2026")
    f.text(107, y + 6, "Check 2（D+10）：未关闭")


def allowance_zh_pricedown(f: kit.PdfDraw) -> None:
    """A 年降 PRICE-DIFFERENCE 折让单 drawn by fpdf2: the OEM's annual price reduction applied to parts already
    invoiced (``依据：2026年度降价协议 年降 3%``, no field), item names carrying the OEM's part number."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "销售折让单（年降价差）", size=14)
    f.text(15, 24, "依据：2026年度降价协议　年降 3%　适用期间 2026-01-01 ~ 2026-03-31", size=8)
    kit.pdf_lv_lines(f, 15, 50, 34, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "关联单号"),
        ("ZR-NJ-2603-008", ("2026-03-31", "2026-03-31"), "蔚来汽车科技（安徽）有限公司", "91340100MA2TYDKL7K", "34012600000001877421",
         "NIO-PD-2603-11"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", None),  # the price agreement's number: no complaint
    ), step=8)  # fmt: skip
    allowance_lines_pdf(f, ("货物名称", "数量", "单价差", "折让金额", "税额"),
                        (("P0012345-AB 电池包支架", 2000, 1.35), ("P0012346-AC 线束卡箍", 8000, 0.06)), 0.13, 2,
                        ("金额合计", "税额合计", "价税合计", "财务主管"), "鲍丽萍")  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a customer's 8D as a PowerPoint-like slide (four boxes, a status light, Slide 3 / 12) printed to PDF", eightd_en_slide),
        ("a Korean OEM's Korean–English 8D: 협력사 코드 Supplier Code, 차종, dotted dates, 품번 86511-L1000", eightd_en_koreanoem),
        ("a Taiwanese car assembler's 不良品退回單: 件號 24010-4BA0A, a 車型 column beside the quantities", return_zht_oem),
        ("a 銷貨折讓單 drawn by fpdf2 for a lot accepted under 特採 (special acceptance), the OEM's 件號 in the item names", allowance_zht_tokusai),
        ("a PSA / Stellantis-style QRQC sheet of a joint-venture plant drawn by fpdf2: QQOQCP lines, 24小时内围堵措施, Check 1 / Check 2", complaint_zh_qrqc),
        ("a 年降 price-difference 折让单 drawn by fpdf2, the OEM's part numbers in the item names", allowance_zh_pricedown),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _sheet_of(title: str, lines) -> bytes:
    """A one-sheet workbook of ``(label, value)`` rows (``None`` value: a title line)."""
    return kit.sheet_bytes(title, lines, dt.datetime(2026, 3, 12, 9, 0))


def _supplier_only_workbook() -> bytes:
    """An OEM's 8D form whose ONLY COMPANY IS THE SUPPLIER (供应商名称 / 供应商代码 filled, no 客户 row): the customer is the
    form's owner and never named on it."""
    return _sheet_of("8D", (("供应商 8D 报告", None), ("8D编号", "8D-S20517-2603-01"), ("供应商代码", "S20517"),
                            ("供应商名称", "常州腾龙汽车零部件股份有限公司"), ("零件号", "8105010-K80"), ("提出日期", "2026-03-12"),
                            ("D2 问题描述", "空调管路接头渗漏。"), ("D3 临时措施", "在库全数气密检测。")))  # fmt: skip


def _placeholder_workbook() -> bytes:
    """A 3D response sent as the 8D: D1 … D3 filled, the later steps holding the customer's PLACEHOLDERS (``待5D回复``,
    ``8D阶段提交``): never a placeholder held as a root cause or an action."""
    return _sheet_of("8D", (("8D 报告（3D 回复）", None), ("报告编号", "8D-KS-2603-015"), ("客户", "苏州绿控传动科技股份有限公司"),
                            ("开立日期", "2026-03-12"), ("D2 问题描述", "电机端盖螺纹滑牙。"), ("D3 临时措施", "在库 600 件螺纹全检。"),
                            ("D4 发生原因", "待5D回复"), ("D4 流出原因", "待5D回复"), ("D5 永久措施", "待5D回复"),
                            ("D6 效果验证", "8D阶段提交"), ("D7 预防再发", "8D阶段提交")))  # fmt: skip


ODD = {
    "8d-supplieronly.xlsx": (
        "an OEM's 8D whose only company is the supplier (供应商名称 / 供应商代码, no 客户): a word that the customer is "
        "missing, or a clear error; never the supplier's name held as the customer",
        _supplier_only_workbook,
    ),
    "8d-placeholder.xlsx": (
        "a 3D response whose D4 … D7 hold the placeholders 待5D回复 / 8D阶段提交: a word that the steps are not filled, "
        "or a clear error; never a placeholder held as a root cause or an action",
        _placeholder_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-second held-out layouts", ODD)
