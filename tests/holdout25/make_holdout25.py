"""Write the twenty-fifth held-out set (run: ``python tests/holdout25/make_holdout25.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: a LUXEMBOURGISH–ENGLISH complaint (``5. Mäerz 2026``, ``1.200 Stéck``), a
客户投诉登记表 whose clerk kept LAST CASE'S VALUES in a memo BEYOND THE PRINT AREA, a 客訴單 whose
defective and delivered counts share ONE LABEL and ONE CELL (``不良數／出貨數`` ``36／1,200``); a
KYRGYZ–ENGLISH 8D (``2026-ж., 5-март``, ``1 250 даана``), an 8D 报告 whose steps are numbered with
ROMAN NUMERALS (``Ⅲ 临时围堵``, no ``D`` anywhere); an AFRIKAANS–ENGLISH return (``5 Maart 2026``,
``1 200 stuks``, ``R1 234,50``), a 退货单 exported from SAP whose first column is the ITEM NUMBER
(``000010``, ``000020``, ``000030``); an IRISH–ENGLISH credit note (``5 Márta 2026``, CBL 23 %) whose
``€`` stands in a COLUMN OF ITS OWN before each amount, a 销售折让证明单 whose amounts are written ONE
DIGIT PER BOX under 十万 万 千 百 十 元 角 分; sent as PDF only: a MALTESE–ENGLISH complaint (``5 ta'
Marzu 2026``, ``1,200 biċċa``; Chromium), a TURKMEN–ENGLISH 8D (``5-nji mart 2026 ý.``, ``1 250
sany``; Chromium), an 8D 報告 page printed WITH THE BROWSER'S HEADER AND FOOTER (date and time, page
title, address, ``1/1``; Chromium), a 銷貨折讓單 of a Taiwanese ERP with SEVEN-DIGIT ROC DATES
(``1150327``) and amounts in ``元`` (Chromium), a 退貨單 scanned UPSIDE DOWN and turned right by the
viewer (``/Rotate 180``, fpdf2), a BULGARIAN–ENGLISH credit note showing every amount in EURO AND
LEVA (``631,19 € (1 234,50 лв.)``, the 2026 dual display; fpdf2). ``odd/`` holds a PostScript print
file named ``.pdf`` and a workbook saved as STRICT OPEN XML (which must give its record).

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from holdout_kit import (  # noqa: E402
    CjkDraw,
    HtmlForm,
    PdfDraw,
    Sheet,
    eu,
    excel_layout,
    field,
    head_row,
    kv_rows,
    lv,
    lv_rows,
    money,
    odd_expected,
    pick,
    plain,
    portal_css,
    print_html,
    qty,
    run,
    td_row,
    team_cell,
    team_row,
    th_row,
    turn_pages,
)

D = dt.date
SOURCE = dict(origin="twenty-fifth held-out imitation", source="tests/holdout25/make_holdout25.py")

_LUXEMBOURGISH = ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September", "Oktober",
                  "November", "Dezember")  # fmt: skip
_KYRGYZ = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
           "декабрь")  # fmt: skip
_AFRIKAANS = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September",
              "Oktober", "November", "Desember")  # fmt: skip
_IRISH = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair",
          "Deireadh Fómhair", "Samhain", "Nollaig")  # fmt: skip
_MALTESE = ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
            "Novembru", "Diċembru")  # fmt: skip
_TURKMEN = ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr", "oktýabr", "noýabr",
            "dekabr")  # fmt: skip


def luxembourgish(d: dt.date) -> str:
    """``5. Mäerz 2026``: the day with a dot, the month capitalised."""
    return f"{d.day}. {_LUXEMBOURGISH[d.month - 1]} {d.year}"


def kyrgyz(d: dt.date) -> str:
    """``2026-ж., 5-март``: the year first with ``-ж.`` (жыл), then the day joined to the month."""
    return f"{d.year}-ж., {d.day}-{_KYRGYZ[d.month - 1]}"


def afrikaans(d: dt.date) -> str:
    """``5 Maart 2026``."""
    return f"{d.day} {_AFRIKAANS[d.month - 1]} {d.year}"


def irish(d: dt.date) -> str:
    """``5 Márta 2026``: the month in the genitive (mí na Márta)."""
    return f"{d.day} {_IRISH[d.month - 1]} {d.year}"


def maltese(d: dt.date) -> str:
    """``5 ta' Marzu 2026``: ``ta'`` (of) between the day and the month."""
    return f"{d.day} ta' {_MALTESE[d.month - 1]} {d.year}"


def turkmen(d: dt.date) -> str:
    """``5-nji mart 2026 ý.``: the day with its ordinal ending ``-nji``, ``ý.`` (ýyl, year) after the year."""
    return f"{d.day}-nji {_TURKMEN[d.month - 1]} {d.year} ý."


def roc7(d: dt.date) -> str:
    """``1150327``: a Taiwanese ERP's seven-digit date, the Republic-of-China year (2026 − 1911 = 115)
    then the month and day, no separators."""
    return f"{d.year - 1911:03d}{d.month:02d}{d.day:02d}"


def rand(x: float) -> str:
    """``R1 234,50``: the rand sign before, a space between the thousands, a decimal comma."""
    return "R" + eu(x, " ")


# =============================================================================== complaint
def complaint_en_luxembourgish(s: Sheet) -> None:
    """A Luxembourg customer's REKLAMATIOUN / CUSTOMER COMPLAINT in LUXEMBOURGISH–ENGLISH labels, dates
    ``5. Mäerz 2026``, quantities ``1.200 Stéck`` (Stéck = pieces)."""
    s.text("A1", "REKLAMATIOUN / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Formulaire QF-8.2-07, Versioun 3", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    lv(
        s,
        "A3",
        "Reklamatiounsnummer / Complaint No.",
        "B3",
        pick(s, "RK-LU-2026-031", "RK-LU-2026-064"),
        "number",
    )
    lv(s, "C3", "Kritt den / Received", "D3", luxembourgish(d), "received_date", expect=d.isoformat())
    lv(s, "A4", "Keefer / Customer", "B4", pick(s, "Ceratizit Luxembourg S.à r.l.", "Cebi Luxembourg S.A."),
       "customer", span="D4")  # fmt: skip
    lv(s, "A5", "Bestellnummer / PO No.", "B5", pick(s, "CL-PO-2602-4415", "CB-PO-2604-0588"), "order_no")
    lv(s, "C5", "Charge / Lot", "D5", pick(s, "LU2602-11", "LU2604-03"), "lot_no")
    lv(s, "A6", "Deelnummer / Part No.", "B6", pick(s, "LU-INS-2210", "LU-SNS-0412"), "part_no")
    lv(s, "C6", "Deelbezeechnung / Part name", "D6", pick(s, "Wendeplack", "Waassersensor"), "part_name")
    q, dq = pick(s, (1200, 45), (18000, 260))
    lv(s, "A7", "Geliwwert / Qty delivered", "B7", qty(q, ".", "Stéck"), "ship_qty", expect=q)
    lv(s, "C7", "Defekt / Qty defective", "D7", qty(dq, ".", "Stéck"), "defect_qty", expect=dq)
    lv(s, "A8", "Feelerbeschreiwung / Defect description", "B8",
       pick(s, "Beschichtung platzt un der Kant of, Standzäit ze kuerz.", "Sensor gëtt keen Signal no 200 Zyklen."),
       "description", span="D8")  # fmt: skip
    lv(s, "A9", "Fuerderung / Request", "B9", pick(s, "Ersatz / Replacement", "Retour / Return"),
       "customer_request", expect=pick(s, ["replacement"], ["return"]), span="D9")  # fmt: skip
    lv(s, "A10", "Direkt Moossnamen / Immediate action", "B10",
       pick(s, "Lager 6.000 Stéck kontrolléiert.", "Charge am Lager gespaart."), "short_term_action",
       span="D10")  # fmt: skip
    lv(s, "A11", "Ausgefëllt vun / Prepared by", "B11", "Zhou Min", "reporter")
    lv(s, "C11", "Chef / Supervisor", "D11", pick(s, "Marc Weber", "Sandra Schmit"), "sales_supervisor")


def complaint_zh_scratch(s: Sheet) -> None:
    """客户投诉登记表 whose print area is the form (A:D); BEYOND IT, in columns F:G, the clerk kept a
    memo of LAST CASE'S VALUES with their own labels (``上一单 客户名称`` …), which the print never shows."""
    s.text("A1", "客户投诉登记表", "D1", size=15)
    d = pick(s, D(2026, 3, 6), D(2026, 4, 21))
    lv(s, "A2", "投诉编号", "B2", pick(s, "KT-2603-018", "KT-2604-041"), "number")
    lv(s, "C2", "登记日期", "D2", d, "received_date", fmt="yyyy-mm-dd")
    lv(
        s,
        "A3",
        "客户名称",
        "B3",
        pick(s, "比亚迪汽车工业有限公司", "长城汽车股份有限公司"),
        "customer",
        span="D3",
    )
    lv(s, "A4", "订单号", "B4", pick(s, "BYD-PO-2602-5521", "GW-PO-2604-1180"), "order_no")
    lv(s, "C4", "批次号", "D4", pick(s, "KT260219-2", "KT260408-5"), "lot_no")
    lv(s, "A5", "零件号", "B5", pick(s, "KT-SEN-3301", "KT-MTR-4410"), "part_no")
    lv(s, "C5", "零件名称", "D5", pick(s, "温度传感器", "雨刮电机"), "part_name")
    lv(s, "A6", "交货数量", "B6", pick(s, 3000, 1500), "ship_qty", fmt="#,##0")
    lv(s, "C6", "不良数量", "D6", pick(s, 42, 18), "defect_qty", fmt="#,##0")
    lv(s, "A7", "问题描述", "B7", pick(s, "传感器阻值漂移，-20 ℃ 时超差 8%。", "电机异响，转速波动 ±6%。"),
       "description", span="D7")  # fmt: skip
    lv(s, "A8", "客户要求", "B8", pick(s, "换货", "退货"), "customer_request",
       expect=[pick(s, "replacement", "return")])  # fmt: skip
    lv(
        s,
        "C8",
        "临时措施",
        "D8",
        pick(s, "库存 6,000 件冷态复测。", "同批次 1,500 件隔离。"),
        "short_term_action",
    )
    lv(s, "A9", "登记人", "B9", "田静", "reporter")
    lv(s, "C9", "销售主管", "D9", pick(s, "罗文斌", "罗文斌"), "sales_supervisor")
    s.ws.print_area = "A1:D9"
    if not s.blank:  # the clerk's memo beside the form: the case before this one, never printed
        s.text("F1", "备忘（上一单，勿打印）", "G1", bold=True)
        memo = (("上一单 投诉编号", pick(s, "KT-2602-009", "KT-2603-018")),
                ("上一单 客户名称", pick(s, "东风汽车集团有限公司", "比亚迪汽车工业有限公司")),
                ("上一单 零件号", pick(s, "KT-SEN-3290", "KT-SEN-3301")),
                ("上一单 交货数量", pick(s, 2400, 3000)),
                ("上一单 不良数量", pick(s, 15, 42)))  # fmt: skip
        for k, (lab, val) in enumerate(memo):
            s.ws[f"F{2 + k}"].value = lab
            s.ws[f"G{2 + k}"].value = val


def complaint_zht_ratio(s: Sheet) -> None:
    """客訴單 whose defective and delivered counts share ONE LABEL and ONE CELL (``不良數／出貨數`` over
    ``36／1,200``), the rate beside them (``不良率 3.0%``)."""
    s.text("A1", "客 訴 單", "D1", size=15)
    lv(s, "A2", "客訴單號", "B2", "CS-HC-2603-007", "number")
    lv(s, "C2", "收件日期", "D2", D(2026, 3, 9), "received_date", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶名稱", "B3", "廣達電腦股份有限公司", "customer")
    lv(s, "C3", "訂單號碼", "D3", "QCI-PO-2602-3317", "order_no")
    lv(s, "A4", "料號", "B4", "HC-HNG-0715", "part_no")
    lv(s, "C4", "品名", "D4", "筆電轉軸", "part_name")
    lv(s, "A5", "批號", "B5", "HC260221A", "lot_no")
    lv(s, "C5", "不良數／出貨數", "D5", "36／1,200", None)
    field(s, "不良數／出貨數", "D5", "36／1,200", "defect_qty", 36)
    field(s, "不良數／出貨數", "D5", "36／1,200", "ship_qty", 1200)
    plain(s, "C6", "不良率")
    plain(s, "D6", "3.0%")
    lv(s, "A6", "客戶要求", "B6", "換貨", "customer_request", expect=["replacement"])
    lv(s, "A7", "不良內容", "B7", "轉軸扭力不足 0.8 kgf·cm，螢幕無法定位。", "description", span="D7")
    lv(s, "A8", "暫時對策", "B8", "在庫 4,800 pcs 全數扭力測試。", "short_term_action", span="D8")
    lv(s, "A9", "填表人", "B9", "彭怡君", "reporter")
    lv(s, "C9", "主管", "D9", "賴明輝", "sales_supervisor")


# =============================================================================== 8D
def eightd_en_kyrgyz(s: Sheet) -> None:
    """A Kyrgyz customer's 8D ОТЧЕТУ / 8D REPORT in KYRGYZ–ENGLISH labels, dates ``2026-ж., 5-март`` (the
    year first with ``-ж.``, the day joined to the month), ``1 250 даана`` (даана = piece)."""
    s.text("A1", "8D ОТЧЕТУ / 8D REPORT", "D1", size=13)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 4, 24)), (D(2026, 4, 8), D(2026, 5, 29)))
    lv(s, "A2", "Отчет № / Report No.", "B2", pick(s, "8D-FRU-26-007", "8D-FRU-26-019"), "number")
    lv(s, "C2", "Ачылган күнү / Opened", "D2", kyrgyz(d), "opened_date", expect=d.isoformat())
    lv(
        s,
        "A3",
        "Кардар / Customer",
        "B3",
        pick(s, "Кумтөр Голд Компани ЖАК", "Кыргызкемиктүшү ААК"),
        "customer",
    )
    lv(
        s,
        "C3",
        "Даттануу № / Complaint No.",
        "D3",
        pick(s, "KG-DT-260303", "KK-DT-260405"),
        "complaint_number",
    )
    lv(s, "A4", "Тетик № / Part No.", "B4", pick(s, "KG-PMP-3310", "KG-VLV-0726"), "part_no")
    n = pick(s, 1250, 96)
    lv(s, "C4", "Саны / Qty complained", "D4", qty(n, " ", "даана"), "problem.qty_complained", expect=n)
    team = pick(s, ("Азамат Токтогулов", "Wu Hao", "Айгүл Жумабаева"), ("Азамат Токтогулов", "Бакыт Осмонов"))
    team_cell(s, "A5", "D1 Команда / Team", "B5", team, span="D5")
    rows = (
        ("D2 Көйгөй / Problem", pick(s, "Pump seals leak on 1 250 даана.", "Valve seats scored."),
         "problem.statement"),
        ("D3 Чектөө чаралары / Containment", pick(s, "Stock of 3 600 даана pressure-tested.", "Lot held at site."),
         "containment[0].action"),
        ("D4 Негизги себеп / Root cause", pick(s, "Seal groove machined 0.1 mm deep.",
         "Lapping compound contaminated."), "root_cause[type=occurrence].cause"),
        ("D4 Эмне үчүн табылган жок / Why not detected", pick(s, "Leak test at 2 bar, not 6 bar.",
         "Seat finish checked by eye."), "root_cause[type=escape].cause"),
        ("D5 Оңдоочу чаралар / Corrective action", pick(s, "Groove depth in the CNC program corrected.",
         "Compound filtered, changed weekly."), "corrective_actions[0].action"),
        ("D6 Текшерүү / Verification", pick(s, "5 lots without leaks.", "2 000 seats within Ra 0.4."),
         "implementation[0].result"),
        ("D7 Алдын алуу / Prevention", pick(s, "Leak test at 6 bar on all pump lines.", "Finish gauge at lapping."),
         "prevention.horizontal_deployment"),
    )  # fmt: skip
    lv_rows(s, 6, rows)
    lv(s, "A13", "D8 Жабылган / Closed", "B13", kyrgyz(c), "closure.closed_date", expect=c.isoformat())
    lv(s, "C13", "Бекиткен / Approved", "D13", pick(s, "Нурлан Асанов", "Гүлнара Садыкова"),
       "closure.approved_by")  # fmt: skip


def eightd_zh_roman(s: Sheet) -> None:
    """8D 报告 whose eight steps are numbered with ROMAN NUMERALS (``Ⅰ 成立小组`` … ``Ⅷ 结案``) and no
    ``D`` anywhere: each step a shaded heading row over its text in the row below."""
    s.text("A1", "8D 报告", "D1", size=15)
    lv(s, "A2", "报告编号", "B2", "8D-CQ-2603-012", "number")
    lv(s, "C2", "立案日期", "D2", D(2026, 3, 10), "opened_date", fmt="yyyy年m月d日")
    lv(s, "A3", "客户", "B3", "重庆长安汽车股份有限公司", "customer")
    lv(s, "C3", "客诉单号", "D3", "CA-QR-260308", "complaint_number")
    lv(s, "A4", "零件号", "B4", "CQ-BRK-7730", "part_no")
    lv(s, "C4", "投诉数量", "D4", 240, "problem.qty_complained")
    team = ("邓超", "蒋丽", "谢军")
    steps = (
        ("Ⅰ 成立小组", "、".join(team), None),
        ("Ⅱ 问题描述", "制动钳支架螺纹孔偏位 0.4 mm，240 件无法装配。", "problem.statement"),
        ("Ⅲ 临时围堵", "在库 3,200 件及在途 800 件全检螺纹位置度。", "containment[0].action"),
        ("Ⅳ 根本原因（发生）", "钻孔夹具定位销磨损。", "root_cause[type=occurrence].cause"),
        ("Ⅳ 根本原因（流出）", "终检检具只检孔径不检位置。", "root_cause[type=escape].cause"),
        ("Ⅴ 永久对策", "定位销改为硬质合金，每班点检。", "corrective_actions[0].action"),
        ("Ⅵ 效果验证", "连续 4 批 2,400 件位置度合格。", "implementation[0].result"),
        ("Ⅶ 预防再发", "同类 5 套夹具纳入点检表。", "prevention.horizontal_deployment"),
    )
    r = 5
    for head, raw, path in steps:
        s.text(f"A{r}", head, f"D{r}", bold=True, shade=True)
        s.value(f"A{r + 1}", raw, path=path, label=head, span=f"D{r + 1}")
        if path is None:
            for t in team:
                field(s, head, f"A{r + 1}", raw, "team[*].name", t)
        r += 2
    s.text(f"A{r}", "Ⅷ 结案", f"D{r}", bold=True, shade=True)
    lv(s, f"A{r + 1}", "结案日期", f"B{r + 1}", D(2026, 4, 21), "closure.closed_date", fmt="yyyy年m月d日")
    lv(s, f"C{r + 1}", "批准", f"D{r + 1}", "孔德华", "closure.approved_by")


# =============================================================================== return
def return_en_afrikaans(s: Sheet) -> None:
    """A South African customer's TERUGSENDINGSNOTA / RETURN NOTE in AFRIKAANS–ENGLISH labels, ``5
    Maart 2026``, quantities ``1 200 stuks``, amounts in rand ``R1 234,50`` (a space between the
    thousands, a decimal comma)."""
    s.text("A1", "TERUGSENDINGSNOTA / RETURN NOTE", "F1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 15))
    lv(s, "A2", "Terugsending nr. / Return No.", "B2", pick(s, "TS-PE-26-0014", "TS-PE-26-0037"), "number")
    lv(s, "D2", "Datum / Date", "E2", afrikaans(d), "issue_date", expect=d.isoformat(), span="F2")
    lv(s, "A3", "Kliënt / Customer", "B3", pick(s, "Volkswagen Group Africa", "Mercedes-Benz SA"), "customer")
    lv(s, "D3", "Klagte nr. / Complaint No.", "E3", pick(s, "VWSA-KL-260302", "MBSA-KL-260409"),
       "complaint_number", span="F3")  # fmt: skip
    heads = ("Onderdeel nr. / Part No.", "Beskrywing / Description", "Goedgekeur / Approved",
             "Teruggestuur / Returned", "Eenheidsprys / Unit price", "Bedrag / Amount")  # fmt: skip
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [("ZA-WSH-1101", "Waster M10", 1200, 1200, 0.85), ("ZA-BRK-1102", "Hakie / Bracket", 400, 396, 12.4)],
        [("ZA-GRM-2201", "Rubberdop / Grommet", 2500, 2480, 1.15)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", qty(qa, " ", "stuks"), path=f"items[{i}].qty_approved", label=heads[2], expect=qa)
        s.value(f"D{r}", qty(q, " ", "stuks"), path=f"items[{i}].qty_returned", label=heads[3], expect=q)
        s.value(f"E{r}", rand(p), path=f"items[{i}].unit_price", label=heads[4], expect=money(p))
        s.value(f"F{r}", rand(q * p), path=f"items[{i}].amount", label=heads[5], expect=money(q * p))
    lv(s, "A8", "Rede / Reason", "B8", pick(s, "Wasters te dun, hakies gebuig. / Washers too thin.",
       "Grommets split at the lip."), "reason", span="F8")  # fmt: skip
    lv(s, "A9", "Hantering / Disposition", "B9", pick(s, "Herwerk / Rework", "Skroot / Scrap"), "handling",
       expect=[pick(s, "rework", "scrap")], span="F9")  # fmt: skip
    lv(s, "A10", "Ontvang deur / Received by", "B10", pick(s, "Pieter van Wyk", "Annelie Botha"),
       "warehouse_receiver")  # fmt: skip
    lv(s, "D10", "Goedgekeur deur / Approved by", "E10", "Johan du Plessis", "approved_by", span="F10")


def return_zh_posnr(s: Sheet) -> None:
    """退货单 exported from SAP whose first column is the document's ITEM NUMBER in SAP's style
    (``行项目`` ``000010``, ``000020``, ``000030``: steps of ten, six digits with leading zeros) before
    the material, its text and the figures."""
    s.text("A1", "退货单", "G1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "6000012874", "6000013305"), "number", span="C2")
    lv(s, "E2", "凭证日期", "F2", pick(s, D(2026, 3, 12), D(2026, 4, 23)), "issue_date", fmt="yyyy.mm.dd",
       span="G2")  # fmt: skip
    lv(s, "A3", "售达方", "B3", pick(s, "深圳市大疆创新科技有限公司", "杭州海康威视数字技术股份有限公司"), "customer",
       span="C3")  # fmt: skip
    lv(s, "E3", "客诉单号", "F3", pick(s, "DJI-QA-260309", "HK-QA-260418"), "complaint_number", span="G3")
    heads = ("行项目", "物料编码", "物料描述", "核准数量", "实退数量", "单价", "金额")
    head_row(s, 4, "ABCDEFG", heads)
    lines = pick(
        s,
        [("SZ-GIM-5501", "云台电机", 12, 12, 186.0), ("SZ-ESC-5502", "电调板", 30, 28, 64.5),
         ("SZ-PRP-5503", "桨叶组件", 200, 200, 9.8)],
        [("HK-LNS-6601", "镜头模组", 20, 20, 142.0), ("HK-IRC-6602", "红外滤光片切换器", 50, 48, 23.5)],
    )  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.text(f"A{r}", f"{(i + 1) * 10:06d}")
        s.value(f"B{r}", code, path=f"items[{i}].part_no", label=heads[1])
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label=heads[2])
        s.value(f"D{r}", qa, path=f"items[{i}].qty_approved", label=heads[3])
        s.value(f"E{r}", q, path=f"items[{i}].qty_returned", label=heads[4])
        s.value(f"F{r}", p, path=f"items[{i}].unit_price", label=heads[5], expect=money(p), fmt="#,##0.00")
        a = round(q * p, 2)
        s.value(f"G{r}", a, path=f"items[{i}].amount", label=heads[6], expect=money(a), fmt="#,##0.00")
    r = 9
    lv(s, f"A{r}", "退货原因", f"B{r}", pick(s, "云台电机抖动，电调板 MOS 管烧毁。", "镜头跑焦，滤光片切换卡滞。"),
       "reason", span=f"G{r}")  # fmt: skip
    lv(s, f"A{r + 1}", "处理方式", f"B{r + 1}", pick(s, "返工", "报废"), "handling",
       expect=[pick(s, "rework", "scrap")], span=f"G{r + 1}")  # fmt: skip
    lv(
        s,
        f"A{r + 2}",
        "仓库签收",
        f"B{r + 2}",
        pick(s, "苏建平", "苏建平"),
        "warehouse_receiver",
        span=f"C{r + 2}",
    )
    lv(s, f"E{r + 2}", "审批", f"F{r + 2}", pick(s, "胡晓梅", "何永强"), "approved_by", span=f"G{r + 2}")


# =============================================================================== allowance
def allowance_en_irish(s: Sheet) -> None:
    """An Irish customer's NÓTA CREIDMHEASA / CREDIT NOTE in IRISH–ENGLISH labels, dates ``5 Márta
    2026``, CBL (VAT) 23 %, and the ``€`` sign in a NARROW COLUMN OF ITS OWN before every amount
    column, as an accountant's sheet keeps it (the figures plain, right-aligned)."""
    s.text("A1", "NÓTA CREIDMHEASA / CREDIT NOTE", "H1", size=13)
    d, inv = pick(s, (D(2026, 3, 26), D(2026, 3, 4)), (D(2026, 4, 27), D(2026, 4, 8)))
    lv(s, "A2", "Uimhir / Credit Note No.", "B2", pick(s, "NC-GAL-26-0019", "NC-GAL-26-0046"), "number")
    lv(s, "C2", "Dáta / Date", "E2", irish(d), "issue_date", expect=d.isoformat(), lspan="D2", span="H2")
    lv(s, "A3", "Ceannaitheoir / Buyer", "B3", pick(s, "Boston Scientific Ireland Ltd", "Medtronic Galway Ltd"),
       "buyer")  # fmt: skip
    lv(s, "C3", "Uimhir CBL / VAT No.", "E3", pick(s, "IE6388047V", "IE8209574T"), "buyer_tax_id", lspan="D3",
       span="H3")  # fmt: skip
    lv(s, "A4", "Sonrasc Uimh. / Invoice No.", "B4", pick(s, "INV-26-03318", "INV-26-04407"), "invoice_no")
    lv(s, "C4", "Dáta an tsonraisc / Invoice date", "E4", irish(inv), "invoice_date", expect=inv.isoformat(),
       lspan="D4", span="H4")  # fmt: skip
    lv(s, "A5", "Gearán Uimh. / Complaint No.", "B5", pick(s, "BSI-GR-260311", "MDT-GR-260415"),
       "complaint_number")  # fmt: skip
    heads = ("Earra / Item", "Líon / Qty", "", "Praghas aonaid / Unit price", "", "Glan / Net", "",
             "CBL 23% / VAT")  # fmt: skip
    for col, h in zip("ABCDEFGH", heads):
        if h:
            s.text(f"{col}6", h, bold=True, shade=True)
    for col in "CEG":
        s.text(f"{col}6", "", shade=True)
    lines = pick(s, (("Catheter clip GA-CLP-1101", 1200, 2.35), ("Luer cap GA-LUR-1102", 5000, 0.42)),
                 (("Stent tray GA-TRY-2201", 300, 18.9),))  # fmt: skip
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.23 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1], fmt="#,##0")
        for col, val, path, lab in (("D", p, "unit_price", heads[3]), ("F", a, "allowance_amount", heads[5]),
                                    ("H", t, "tax", heads[7])):  # fmt: skip
            s.text(f"{chr(ord(col) - 1)}{r}", "€")
            s.value(f"{col}{r}", val, path=f"items[{i}].{path}", label=lab, expect=money(val), fmt="#,##0.00")
    s.text("A9", "Iomlán / Total", "D9", bold=True)
    s.text("E9", "€")
    s.value("F9", round(net, 2), path="total_excl_tax", label="Iomlán / Total Glan", expect=money(net),
            fmt="#,##0.00")  # fmt: skip
    s.text("G9", "€")
    s.value(
        "H9", round(tax, 2), path="total_tax", label="Iomlán / Total CBL", expect=money(tax), fmt="#,##0.00"
    )
    s.text("A10", "Iomlán le CBL / Total incl. VAT", "B10", shade=True)
    s.text("C10", "€")
    s.value("D10", round(net + tax, 2), path="total", label="Iomlán le CBL / Total incl. VAT",
            expect=money(net + tax), fmt="#,##0.00")  # fmt: skip
    lv(s, "E10", "Ceadaithe ag / Approved", "G10", pick(s, "Siobhán Ní Bhriain", "Ciarán Ó Súilleabháin"),
       "approved_by_manager", lspan="F10", span="H10")  # fmt: skip


_DIGITS = ("十万", "万", "千", "百", "十", "元", "角", "分")


def _digit_boxes(s: Sheet, row: int, first: int, amount: float, path: str, label: str) -> None:
    """``amount`` one digit per cell under 十万 … 分 (columns from ``first``), leading boxes empty and
    ``¥`` in the box before the first digit, as a hand-filled 凭证 keeps it."""
    from openpyxl.utils import get_column_letter

    cents = f"{round(amount * 100):d}"
    boxes = [""] * (len(_DIGITS) - len(cents)) + list(cents)
    lead = len(_DIGITS) - len(cents) - 1
    if lead >= 0:
        boxes[lead] = "¥"
    for k, ch in enumerate(boxes):
        ref = f"{get_column_letter(first + k)}{row}"
        if ch:
            s.value(ref, ch, path=None, label=label)
        else:
            s.box(ref)
    a, b = f"{get_column_letter(first)}{row}", f"{get_column_letter(first + len(_DIGITS) - 1)}{row}"
    field(s, label, f"{a}:{b}", " ".join(boxes).strip(), path, money(amount))


def allowance_zh_digits(s: Sheet) -> None:
    """销售折让证明单 filled as a hand form is: each AMOUNT written ONE DIGIT PER BOX under the column
    heads 十万 万 千 百 十 元 角 分 (the 折让金额 and 税额 of each line and of the 合计), ``¥`` in the box
    before the first digit; quantity and unit price typed plainly."""
    from openpyxl.utils import get_column_letter

    s.text("A1", "销售折让证明单", "T1", size=15)
    lv(s, "A2", "证明单号", "B2", "ZR-NJ-2603-008", "number", span="E2")
    lv(s, "F2", "开具日期", "I2", D(2026, 3, 27), "issue_date", fmt="yyyy年m月d日", lspan="H2", span="M2")
    lv(s, "N2", "原发票号码", "Q2", "32008417", "invoice_no", lspan="P2", span="T2")
    lv(s, "A3", "购买方", "B3", "南京依维柯汽车有限公司", "buyer", span="E3")
    lv(s, "F3", "纳税人识别号", "I3", "91320100608941723K", "buyer_tax_id", lspan="H3", span="M3")
    lv(s, "N3", "客诉单号", "Q3", "NAV-QA-260316", "complaint_number", lspan="P3", span="T3")
    s.text("A4", "货物名称", "A5", bold=True, shade=True)
    s.text("B4", "数量", "B5", bold=True, shade=True)
    s.text("C4", "单价", "C5", bold=True, shade=True)
    s.text("D4", "折让金额", "K4", bold=True, shade=True, center=True)
    s.text("L4", "税率", "L5", bold=True, shade=True)
    s.text("M4", "税额", "T4", bold=True, shade=True, center=True)
    for k, unit in enumerate(_DIGITS):
        s.text(f"{get_column_letter(4 + k)}5", unit, center=True)
        s.text(f"{get_column_letter(13 + k)}5", unit, center=True)
    lines = (("前桥减振器", 120, 268.0), ("转向拉杆球头", 300, 74.5))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        _digit_boxes(s, r, 4, a, f"items[{i}].allowance_amount", "折让金额")
        s.text(f"L{r}", "13%", center=True)
        _digit_boxes(s, r, 13, t, f"items[{i}].tax", "税额")
    s.text("A8", "合计", "C8", bold=True, center=True)
    _digit_boxes(s, 8, 4, round(net, 2), "total_excl_tax", "合计 折让金额")
    s.text("L8", "")
    _digit_boxes(s, 8, 13, round(tax, 2), "total_tax", "合计 税额")
    lv(s, "A9", "价税合计（小写）", "B9", f"¥{net + tax:,.2f}", "total", expect=money(net + tax), span="E9")
    lv(s, "F9", "财务主管", "I9", "钟丽华", "approved_by_manager", lspan="H9", span="M9")


W4 = dict(A=40, B=30, C=32, D=30)
_W20 = {"A": 16, "B": 8, "C": 9, **{chr(ord("D") + k): 4.2 for k in range(8)}, "L": 6,
        **{chr(ord("M") + k): 4.2 for k in range(8)}}  # fmt: skip
EXCEL = [
    excel_layout("complaint-en-luxembourgish", "complaint", "en", complaint_en_luxembourgish, "Reklamatioun", W4,
       "a Luxembourg customer's complaint: Luxembourgish–English labels, 5. Mäerz 2026, 1.200 Stéck", copy2=True),
    excel_layout("complaint-zh-scratch", "complaint", "zh-Hans", complaint_zh_scratch, "投诉登记",
       dict(A=14, B=32, C=14, D=30, E=4, F=18, G=26),
       "客户投诉登记表 with the clerk's memo of the last case's values beyond the print area", copy2=True),
    excel_layout("complaint-zht-ratio", "complaint", "zh-Hant", complaint_zht_ratio, "客訴單", dict(A=14, B=30, C=18, D=28),
       "a 客訴單 whose defective and delivered counts share one label and one cell (不良數／出貨數 36／1,200)"),
    excel_layout("8d-en-kyrgyz", "8d", "en", eightd_en_kyrgyz, "8D", dict(A=50, B=30, C=30, D=30),
       "a Kyrgyz customer's 8D: Kyrgyz–English labels, 2026-ж., 5-март, 1 250 даана", copy2=True),
    excel_layout("8d-zh-roman", "8d", "zh-Hans", eightd_zh_roman, "8D", dict(A=16, B=34, C=14, D=30),
       "8D 报告 whose steps are numbered with Roman numerals Ⅰ … Ⅷ, no D anywhere"),
    excel_layout("return-en-afrikaans", "return", "en", return_en_afrikaans, "Terugsending",
       dict(A=32, B=26, C=24, D=30, E=28, F=20),
       "a South African customer's return note: Afrikaans–English labels, 5 Maart 2026, 1 200 stuks, R1 234,50",
       copy2=True),
    excel_layout("return-zh-posnr", "return", "zh-Hans", return_zh_posnr, "退货单",
       dict(A=10, B=16, C=22, D=12, E=12, F=12, G=14),
       "a 退货单 exported from SAP, its first column the item number 000010, 000020, 000030", copy2=True),
    excel_layout("allowance-en-irish", "allowance", "en", allowance_en_irish, "Nota creidmheasa",
       dict(A=34, B=24, C=3, D=32, E=3, F=22, G=3, H=20),
       "an Irish customer's credit note: Irish–English labels, 5 Márta 2026, CBL 23 %, € in a column of its own",
       copy2=True),
    excel_layout("allowance-zh-digits", "allowance", "zh-Hans", allowance_zh_digits, "折让", _W20,
       "销售折让证明单 whose amounts are written one digit per box under 十万 … 分"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = portal_css("#e8eef4")


def complaint_en_maltese(f: HtmlForm) -> str:
    """A Maltese customer's ILMENT TAL-KLIJENT / CUSTOMER COMPLAINT page in MALTESE–ENGLISH labels,
    ``5 ta' Marzu 2026`` (``ta'`` between day and month), quantities ``1,200 biċċa`` (biċċa = piece)."""
    d = pick(f, D(2026, 3, 5), D(2026, 4, 22))
    q, dq = pick(f, (1200, 54), (7500, 120))
    f.raw("<h2>ILMENT TAL-KLIJENT / CUSTOMER COMPLAINT</h2><table>")
    kv_rows(f, (
        ("Numru tal-ilment / Complaint No.", pick(f, "IL-MLA-26-0023", "IL-MLA-26-0051"), "number", None),
        ("Data li waslet / Received", maltese(d), "received_date", d.isoformat()),
        ("Klijent / Customer", pick(f, "Methode Electronics Malta Ltd", "Trelleborg Sealing Solutions Malta"),
         "customer", None),
        ("Numru tal-ordni / PO No.", pick(f, "ME-PO-2602-771", "TS-PO-2604-318"), "order_no", None),
        ("Lott / Lot", pick(f, "MT2602-05", "MT2604-19"), "lot_no", None),
        ("Numru tal-parti / Part No.", pick(f, "MT-SWC-4402", "MT-ORG-1150"), "part_no", None),
        ("Isem il-parti / Part name", pick(f, "Swiċċ tal-bieb", "Ċirku O"), "part_name", None),
        ("Kwantità mwassla / Qty delivered", f"{q:,} biċċa", "ship_qty", q),
        ("Kwantità difettuża / Qty defective", f"{dq:,} biċċa", "defect_qty", dq),
        ("Deskrizzjoni tad-difett / Defect", pick(f, "Switch contacts stick after 2,000 cycles.",
         "O-rings undersize by 0.2 mm."), "description", None),
        ("Talba / Request", pick(f, "Sostituzzjoni / Replacement", "Ritorn / Return"), "customer_request",
         [pick(f, "replacement", "return")]),
        ("Azzjoni immedjata / Immediate action", pick(f, "Stock of 4,800 biċċa tested.", "Lot on hold."),
         "short_term_action", None),
        ("Ippreparat minn / Prepared by", "Huang Li", "reporter", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Ilment", _CSS)


def eightd_en_turkmen(f: HtmlForm) -> str:
    """A Turkmen customer's 8D HASABATY / 8D REPORT page in TURKMEN–ENGLISH labels, ``5-nji mart 2026 ý.``
    (the day's ordinal ending, ``ý.`` = ýyl after the year), ``1 250 sany`` (sany = count, pieces)."""
    f.raw("<h2>8D HASABATY / 8D REPORT</h2><table>")
    kv_rows(f, (
        ("Hasabat № / Report No.", "8D-ASB-26-004", "number", None),
        ("Açylan senesi / Opened", turkmen(D(2026, 3, 5)), "opened_date", "2026-03-05"),
        ("Müşderi / Customer", "Türkmenbaşy Dokma Toplumy", "customer", None),
        ("Şikaýat № / Complaint No.", "TDT-SK-260302", "complaint_number", None),
        ("Bölek № / Part No.", "TM-SPN-3308", "part_no", None),
        ("Mukdary / Qty complained", "1 250 sany", "problem.qty_complained", 1250),
    ))  # fmt: skip
    team = ("Merdan Annaýew", "Li Qiang", "Aýna Orazowa")
    team_row(f, "D1 Topar / Team", team)
    kv_rows(f, (
        ("D2 Mesele / Problem", "Spindle bearings run hot on 1 250 sany.", "problem.statement", None),
        ("D3 Çäklendiriş çäreleri / Containment", "Stock of 6 000 sany run-tested.", "containment[0].action", None),
        ("D4 Esasy sebäp / Root cause", "Grease filling 30 % short.", "root_cause[type=occurrence].cause", None),
        ("D4 Näme üçin tapylmady / Why not detected", "Run test sampled 1 spindle per shift.",
         "root_cause[type=escape].cause", None),
        ("D5 Düzediş çäreleri / Corrective action", "Grease dosing pump recalibrated, weighed per part.",
         "corrective_actions[0].action", None),
        ("D6 Barlag / Verification", "6 lots below 60 °C.", "implementation[0].result", None),
        ("D7 Öňüni alyş / Prevention", "Dosing check on all 4 bearing lines.",
         "prevention.horizontal_deployment", None),
        ("D8 Ýapylan senesi / Closed", turkmen(D(2026, 4, 20)), "closure.closed_date", "2026-04-20"),
        ("Tassyklady / Approved", "Serdar Berdiýew", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("8D hasabaty", _CSS)


def eightd_zht_browser(f: HtmlForm) -> str:
    """An 8D 報告 page of a customer's quality portal, printed from the browser WITH ITS HEADER AND
    FOOTER (the print's date and time and the page's title at the top, its address and ``1/1`` at the
    bottom, Chromium's default); steps as rows of a two-column table."""
    f.raw("<h2>8D 問題改善報告</h2><table>")
    kv_rows(f, (
        ("報告編號", "8D-HS-2603-015", "number", None),
        ("開立日期", "2026/03/12", "opened_date", "2026-03-12"),
        ("客戶", "仁寶電腦工業股份有限公司", "customer", None),
        ("客訴單號", "CPL-QA-260310", "complaint_number", None),
        ("料號", "HS-KBD-2207", "part_no", None),
        ("客訴數量", "150", "problem.qty_complained", 150),
    ))  # fmt: skip
    team = ("林志豪", "陳美玲", "吳承翰")
    team_row(f, "D1 團隊成員", team, "、")
    kv_rows(f, (
        ("D2 問題描述", "鍵盤背光不亮，計 150 件。", "problem.statement", None),
        ("D3 暫時對策", "在庫 2,000 件全數點亮測試。", "containment[0].action", None),
        ("D4 發生原因", "背光排線插入深度不足。", "root_cause[type=occurrence].cause", None),
        ("D4 流出原因", "功能測試未含背光項目。", "root_cause[type=escape].cause", None),
        ("D5 永久對策", "排線加裝定位治具。", "corrective_actions[0].action", None),
        ("D6 效果確認", "連續 3 批 1,800 件背光全數正常。", "implementation[0].result", None),
        ("D7 預防再發", "功能測試程式加入背光檢查。", "prevention.lessons_learned", None),
        ("D8 結案日期", "2026/04/16", "closure.closed_date", "2026-04-16"),
        ("核准", "黃建文", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("品質平台 - 8D 報告 HS-2603-015", _CSS)


def allowance_zht_roc7(f: HtmlForm) -> str:
    """A 銷貨折讓單 printed from a Taiwanese ERP's web page: dates as SEVEN-DIGIT ROC DATES
    (``1150327`` = 民國 115 年 3 月 27 日), amounts with ``元`` after them (``52,800元``)."""
    f.raw("<h2>銷貨折讓單</h2><table>")
    kv_rows(f, (
        ("折讓單號", "SD-HC-1150327-02", "number", None),
        ("折讓日期", roc7(D(2026, 3, 27)), "issue_date", "2026-03-27"),
        ("客戶名稱", "友達光電股份有限公司", "buyer", None),
        ("統一編號", "84149961", "buyer_tax_id", None),
        ("原發票號碼", "QT-48217735", "invoice_no", None),
        ("發票日期", roc7(D(2026, 3, 9)), "invoice_date", "2026-03-09"),
        ("客訴單號", "AUO-QA-260318", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅")
    th_row(f, heads)
    net = tax = 0
    for i, (name, q, p) in enumerate((("背光模組框架", 400, 132), ("導光板", 1200, 24))):
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        cells = (
            (name, f"items[{i}].name", None),
            (f"{q:,}", f"items[{i}].qty", q),
            (f"{p:,}元", f"items[{i}].unit_price", money(p)),
            (f"{a:,}元", f"items[{i}].allowance_amount", money(a)),
            (f"{t:,}元", f"items[{i}].tax", money(t)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("折讓金額合計", f"{net:,}元", "total_excl_tax", money(net)),
        ("營業稅額合計", f"{tax:,}元", "total_tax", money(tax)),
        ("總計", f"{net + tax:,}元", "total", money(net + tax)),
        ("核准", "許雅惠", "approved_by_gm", None),
    ))  # fmt: skip
    f.raw('</table><p class="note">列印日期：1150327 14:05　製表：ERP 系統</p>')
    return f.page("銷貨折讓單", _CSS)


def return_zht_upside(f: PdfDraw) -> None:
    """A 退貨單 drawn by a warehouse system, SCANNED UPSIDE DOWN and turned right in the viewer: the
    page's content stands on its head and the page carries ``/Rotate 180`` (a viewer shows it upright)."""
    f = CjkDraw.of(f)
    f.text(88, 18, "退 貨 單", size=16)
    for x, y, lab, raw, path, exp in (
        (18, 32, "退貨編號", "RT-KH-2603-019", "number", None),
        (110, 32, "退回日期", "2026/03/13", "issue_date", "2026-03-13"),
        (18, 40, "客戶", "瑞昱半導體股份有限公司", "customer", None),
        (110, 40, "客訴單號", "RTK-QA-260311", "complaint_number", None),
    ):
        f.text(x, y, lab + "：")
        f.value(x + 22, y, raw, path=path, label=lab, expect=exp)
    heads = ("料號", "品名", "核准數量", "退回數量", "單價", "金額")
    xs = (18, 52, 92, 116, 140, 164)
    f.pdf.line(16, 48, 194, 48)
    for x, h in zip(xs, heads):
        f.text(x, 53, h, bold=True)
    f.pdf.line(16, 56, 194, 56)
    for i, (code, name, qa, q, p) in enumerate(
        (("KH-SKT-0801", "測試座", 60, 60, 420.0), ("KH-PRB-0802", "探針組", 500, 480, 35.5))
    ):
        y = 62 + i * 7
        for x, (raw, path, exp) in zip(xs, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa), (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"{p:,.2f}", f"items[{i}].unit_price", money(p)), (f"{q * p:,.2f}", f"items[{i}].amount", money(q * p)),
        )):  # fmt: skip
            f.value(x, y, raw, path=path, label=heads[xs.index(x)], expect=exp)
    f.pdf.line(16, 78, 194, 78)
    for y, lab, raw, path, exp in (
        (88, "退貨原因", "測試座彈片斷裂，探針接觸不良。", "reason", None),
        (96, "處理方式", "報廢", "handling", ["scrap"]),
    ):
        f.text(18, y, lab + "：")
        f.value(40, y, raw, path=path, label=lab, expect=exp)
    f.text(18, 110, "驗收人：")
    f.value(40, 110, "鄭家豪", path="warehouse_receiver", label="驗收人")
    f.text(110, 110, "主管：")
    f.value(124, 110, "蔡佩珊", path="approved_by", label="主管")


def upside_down(path: Path, _form) -> None:
    """What a scanner that fed the sheet the wrong way round writes once the clerk turned the page in
    the viewer and saved: the content on its head, ``/Rotate 180``."""
    turn_pages(path, half=True)


def eur_bgn(x: float) -> str:
    """``631,19 € (1 234,50 лв.)``: the euro amount, then the same in leva at the fixed rate 1.95583,
    as Bulgarian documents show every price during the 2026 changeover."""
    return f"{eu(x, ' ')} € ({eu(round(x * 1.95583, 2), ' ')} лв.)"


def allowance_en_bulgarian(f: PdfDraw) -> None:
    """A Bulgarian customer's КРЕДИТНО ИЗВЕСТИЕ / CREDIT NOTE in BULGARIAN–ENGLISH labels, dates
    ``05.03.2026 г.``, quantities ``1 200 бр.``, and EVERY AMOUNT IN EURO WITH LEVA AFTER IT in brackets
    (``631,19 € (1 234,50 лв.)``, the dual display of Bulgaria's 2026 change to the euro), ДДС 20 %."""
    f = CjkDraw.of(f)
    f.text(52, 18, "КРЕДИТНО ИЗВЕСТИЕ / CREDIT NOTE", size=14)
    d, inv = (
        pick(f, ("05.03.2026 г.", "2026-03-05"), ("16.04.2026 г.", "2026-04-16")),
        ("18.02.2026 г.", "2026-02-18"),
    )
    left = (
        ("№ / No.", pick(f, "0000000412", "0000000437"), "number", None),
        ("Дата / Date", d[0], "issue_date", d[1]),
        (
            "Получател / Buyer",
            pick(f, "Сенсата Текнолоджис България ЕООД", "Мелексис България ЕАД"),
            "buyer",
            None,
        ),
        ("ИН по ЗДДС / VAT No.", pick(f, "BG131129282", "BG130433591"), "buyer_tax_id", None),
        ("Към фактура № / Invoice No.", pick(f, "0000004812", "0000004966"), "invoice_no", None),
        ("Дата на фактурата / Invoice date", inv[0], "invoice_date", inv[1]),
        ("Рекламация № / Complaint No.", pick(f, "SEN-RK-260302", "MLX-RK-260410"), "complaint_number", None),
    )
    for k, (lab, raw, path, exp) in enumerate(left):
        y = 30 + k * 7
        f.text(15, y, lab + ":")
        f.value(80, y, raw, path=path, label=lab, expect=exp)
    heads = ("Наименование / Item", "Количество / Qty", "Ед. цена / Unit price", "Стойност / Net",
             "ДДС 20% / VAT")  # fmt: skip
    xs = (15, 62, 90, 122, 160)
    y = 85
    f.pdf.line(14, y - 5, 200, y - 5)
    for x, h in zip(xs, heads):
        f.text(x, y, h, size=7, bold=True)
    f.pdf.line(14, y + 2, 200, y + 2)
    lines = pick(f, (("Сензор BG-SNS-1101", 1200, 2.45), ("Уплътнение BG-SEL-1102", 3000, 0.38)),
                 (("Модул BG-MOD-2201", 250, 11.6),))  # fmt: skip
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        y += 8
        a, t = round(q * p, 2), round(q * p * 0.2 + 1e-9, 2)
        net, tax = net + a, tax + t
        for x, (raw, path, exp) in zip(xs, (
            (name, f"items[{i}].name", None), (qty(q, " ", "бр."), f"items[{i}].qty", q),
            (eur_bgn(p), f"items[{i}].unit_price", money(p)), (eur_bgn(a), f"items[{i}].allowance_amount", money(a)),
            (eur_bgn(t), f"items[{i}].tax", money(t)),
        )):  # fmt: skip
            f.value(x, y, raw, path=path, label=heads[xs.index(x)], expect=exp, size=7)
    y += 12
    for lab, val, path in (("Данъчна основа / Tax base", net, "total_excl_tax"),
                           ("ДДС 20 % / VAT 20 %", tax, "total_tax"),
                           ("Сума за плащане / Total", net + tax, "total")):  # fmt: skip
        f.text(90, y, lab + ":")
        f.value(150, y, eur_bgn(round(val, 2)), path=path, label=lab, expect=money(val))
        y += 7
    f.text(15, y + 8, "Одобрил / Approved:")
    f.value(55, y + 8, pick(f, "Георги Иванов", "Мария Петрова"), path="approved_by_manager",
            label="Одобрил / Approved")  # fmt: skip


SENT_AS_PDF = [
    dict(id="complaint-en-maltese", kind="complaint", language="en", medium="html", draw=complaint_en_maltese,
         copy2=True, imitates="a Maltese customer's complaint: Maltese–English labels, 5 ta' Marzu 2026, 1,200 biċċa",
         unmapped=[]),
    dict(id="8d-en-turkmen", kind="8d", language="en", medium="html", draw=eightd_en_turkmen,
         imitates="a Turkmen customer's 8D: Turkmen–English labels, 5-nji mart 2026 ý., 1 250 sany",
         unmapped=[]),
    dict(id="8d-zht-browser", kind="8d", language="zh-Hant", medium="html", draw=eightd_zht_browser,
         imitates="an 8D 報告 page printed with the browser's header and footer (date, title, address, 1/1)",
         unmapped=[]),
    dict(id="allowance-zht-roc7", kind="allowance", language="zh-Hant", medium="html", draw=allowance_zht_roc7,
         imitates="a 銷貨折讓單 of a Taiwanese ERP: seven-digit ROC dates 1150327, amounts 52,800元", unmapped=[]),
    dict(id="return-zht-upside", kind="return", language="zh-Hant", medium="fpdf", draw=return_zht_upside,
         after_print=upside_down, imitates="a 退貨單 scanned upside down, turned right by /Rotate 180", unmapped=[]),
    dict(id="allowance-en-bulgarian", kind="allowance", language="en", medium="fpdf", draw=allowance_en_bulgarian,
         copy2=True, imitates="a Bulgarian customer's credit note: every amount in euro with leva after it "
         "(631,19 € (1 234,50 лв.)), 05.03.2026 г., 1 200 бр.", unmapped=[]),
]  # fmt: skip

WITH_BROWSER_HEADER = ("8d-zht-browser",)


def print_with_header(out: Path) -> None:
    """Print the pages of ``WITH_BROWSER_HEADER`` again as a clerk's browser does by default, with
    Chromium's own header and footer (date and title at the top, address and page number below)."""
    layouts = {lay["id"]: lay for lay in SENT_AS_PDF}
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for lid in WITH_BROWSER_HEADER:
            pages.append(Path(tmp) / f"{lid}.html")
            pages[-1].write_text(layouts[lid]["draw"](HtmlForm(False, 1)), encoding="utf-8")
        print_html(pages, out / "filled", header=True)


# =============================================================================== odd files
ODD = {
    "complaint-print-to-file.pdf": "a complaint 'printed to file' by a Windows PostScript printer driver and "
    "named .pdf: the file is PostScript (%!PS-Adobe-3.0), not PDF; a clear error, never a record",
    "return-strict.xlsx": "a short return note saved by Excel as 'Strict Open XML Spreadsheet': the same zip "
    "parts as an ordinary workbook but every namespace the ISO strict one (purl.oclc.org/ooxml/…); Excel opens it "
    "as any workbook, so the outcome wanted is the RECORD of what it holds (number, customer, part, 48 returned, "
    "the reason) with errors naming the required fields it lacks (no date, no complaint number, no handling) — "
    "never an empty record or a crash (listed in odd_with_a_record)",
}


def _postscript() -> bytes:
    """A one-page PostScript job as a Windows PS driver writes it (DSC comments, Helvetica text)."""
    lines = (
        (760, "CUSTOMER COMPLAINT"),
        (730, "Complaint No.: CC-PS-2603-004"),
        (712, "Customer: Harbour Instruments Ltd"),
        (694, "Part No.: HI-VLV-2201"),
        (676, "Qty defective: 24"),
    )
    body = "".join(f"72 {y} moveto ({t}) show\n" for y, t in lines)
    return (
        "%!PS-Adobe-3.0\n%%Creator: PScript5.dll Version 5.2.2\n%%Title: complaint.xlsx\n"
        "%%BoundingBox: 0 0 595 842\n%%Pages: 1\n%%EndComments\n%%Page: 1 1\n"
        "/Helvetica findfont 12 scalefont setfont\n" + body + "showpage\n%%Trailer\n%%EOF\n"
    ).encode("ascii")


_STRICT = {
    b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": b"http://purl.oclc.org/ooxml/spreadsheetml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
}  # fmt: skip


def _strict() -> bytes:
    """An ordinary openpyxl workbook turned Strict Open XML: the main and relationship namespaces
    (and relationship types) of ISO/IEC 29500 strict, ``conformance="strict"`` on the workbook."""
    from holdout_kit import workbook_bytes, zip_bytes
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    for row in (("RETURN NOTE",), ("Return No.", "RN-STR-2603-002"), ("Customer", "Northfield Pumps Ltd"),
                ("Part No.", "NP-IMP-0310"), ("Qty returned", 48), ("Reason", "Impeller cracked")):  # fmt: skip
        ws.append(row)
    data = workbook_bytes(wb, dt.datetime(2026, 3, 12, 8, 30))
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            part = z.read(name)
            for old, new in _STRICT.items():
                part = part.replace(old, new)
            if name == "xl/workbook.xml":
                part = re.sub(rb"<workbook ", b'<workbook conformance="strict" ', part, count=1)
            parts[name] = part
    return zip_bytes(parts)


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-print-to-file.pdf").write_bytes(_postscript())
    (odd / "return-strict.xlsx").write_bytes(_strict())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    out = run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-fifth held-out layouts")
    if "--no-pdf" not in argv:
        print_with_header(out)
    write_odd(out)


if __name__ == "__main__":
    main(sys.argv[1:])
