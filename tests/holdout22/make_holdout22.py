"""Write the twenty-second held-out set (run: ``python tests/holdout22/make_holdout22.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: a UKRAINIAN–ENGLISH complaint (``5 березня 2026 р.``, ``1 200 шт.``),
a 客诉登记 EXPORT (the labels in a header row, the values in the one data row below), a 客訴單 whose
cells carry DATA-VALIDATION INPUT MESSAGES (prompts that do not print; one field left to its
prompt); a CROATIAN–ENGLISH 8D (``5. ožujka 2026.``, ``1.250 kom``), an 8D 报告 whose dates are ISO
WEEK DATES (``2026-W10-4``); a LATVIAN–ENGLISH return (``2026. gada 5. martā``, ``1 200 gab.``,
``1 234,50 EUR``), an export plant's 退货单 (``Mar 5th, 2026``, ``1,234.50 USD``); a SLOVAK–ENGLISH
credit note (``31. marca 2026``, ``1 234,50 €``, ``ks``, IČ DPH), a 折讓證明單 with ``TWD`` after the
amounts and ``115.03.26`` dates; sent as PDF only: a Chinese COMPLAINT LETTER in prose (投诉函,
Chromium), a PERSIAN–ENGLISH complaint laid out right to left with SOLAR HIJRI dates in Persian
digits beside the Gregorian ones (Chromium), an 8D 報告 of two pages PRINTED TWO PAGES PER SHEET
(fpdf2), a FILIPINO–ENGLISH return slip (``Marso 5, 2026``, ``₱1,234.50``; Chromium), a portal's
退貨單 EXPORT whose header is repeated on every item row (Chromium), a 销货折让证明单 with ``CNY``
after the amounts (fpdf2). ``odd/`` holds a workbook whose values are PICTURES OF TEXT (no text in
any cell) and a Windows shortcut (``.lnk``) renamed ``.pdf``, neither of which gives a record.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from holdout_kit import (  # noqa: E402
    FPDF,
    CjkDraw,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    eu,
    excel_layout,
    head_row,
    kv_rows,
    label,
    lv,
    lv_rows,
    members,
    money,
    odd_expected,
    pick,
    plain,
    portal_css,
    qty,
    run,
    td_row,
    team_cell,
    th_row,
    workbook_bytes,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.drawing.image import Image as XlImage  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

D = dt.date
SOURCE = dict(origin="twenty-second held-out imitation", source="tests/holdout22/make_holdout22.py")
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


_UKRAINIAN = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
              "жовтня", "листопада", "грудня")  # fmt: skip
_CROATIAN = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
             "listopada", "studenoga", "prosinca")  # fmt: skip
_LATVIAN = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
            "oktobrī", "novembrī", "decembrī")  # fmt: skip
_SLOVAK = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra",
           "októbra", "novembra", "decembra")  # fmt: skip
_FILIPINO = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
             "Oktubre", "Nobyembre", "Disyembre")  # fmt: skip
_ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PERSIAN_DIGITS = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")


def ordinal(d: dt.date) -> str:
    """``Mar 5th, 2026`` (an English month and the day's ordinal suffix)."""
    n = d.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{_ENGLISH[d.month - 1]} {n}{suffix}, {d.year}"


def isoweek(d: dt.date) -> str:
    """``2026-W10-4``: the ISO week date (year, week, weekday 1 = Monday)."""
    y, w, wd = d.isocalendar()
    return f"{y}-W{w:02d}-{wd}"


def persian(text: str) -> str:
    """Persian (Extended Arabic-Indic) digits, ``٬`` between the thousands."""
    return text.translate(_PERSIAN_DIGITS)


def prompt(s: Sheet, ref: str, title: str, text: str) -> None:
    """A data-validation INPUT MESSAGE on ``ref`` (shown while the cell is selected, never printed)."""
    dv = DataValidation(allow_blank=True, showInputMessage=True, promptTitle=title, prompt=text)
    s.ws.add_data_validation(dv)
    dv.add(ref)


# =============================================================================== complaint
def complaint_en_ukrainian(s: Sheet) -> None:
    """A Ukrainian customer's ПРЕТЕНЗІЯ / CUSTOMER COMPLAINT in UKRAINIAN–ENGLISH labels, dates with a
    Ukrainian month in the genitive and ``р.`` (року) after the year (``5 березня 2026 р.``),
    quantities ``1 200 шт.`` (a space between the thousands, штук = pieces)."""
    s.text("A1", "ПРЕТЕНЗІЯ / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Форма ВК-7.2-03 / ред. 4", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    lv(s, "A3", "Номер претензії / Complaint No.", "B3", pick(s, "ПР-2026-0047", "ПР-2026-0083"), "number")
    lv(s, "C3", "Дата / Date", "D3", f"{d.day} {_UKRAINIAN[d.month - 1]} {d.year} р.", "received_date",
       expect=d.isoformat())  # fmt: skip
    lv(s, "A4", "Замовник / Customer", "B4", pick(s, "ТОВ «Фрезеніус Медікал Кер Україна»", "ПрАТ «Оболонь»"),
       "customer", span="D4")  # fmt: skip
    lv(s, "A5", "Замовлення / PO No.", "B5", pick(s, "ЗМ-5580213", "ЗМ-5581047"), "order_no")
    lv(s, "C5", "Партія / Lot", "D5", pick(s, "UA2602-14", "UA2604-02"), "lot_no")
    lv(s, "A6", "Артикул / Part No.", "B6", pick(s, "FM-VLV-1104", "OB-CAP-3820"), "part_no")
    lv(s, "C6", "Найменування / Part name", "D6", pick(s, "Клапан зворотний", "Кришка пляшки"), "part_name")
    q, dq = pick(s, (1200, 48), (25000, 410))
    lv(s, "A7", "Поставлено / Qty delivered", "B7", qty(q, " ", "шт."), "ship_qty", expect=q)
    lv(s, "C7", "Браковано / Qty defective", "D7", qty(dq, " ", "шт."), "defect_qty", expect=dq)
    lv(s, "A8", "Опис дефекту / Defect description", "B8",
       pick(s, "Клапан не тримає тиск 0,5 бар.", "Задирки на різьбі кришки."), "description", span="D8")  # fmt: skip
    lv(s, "A9", "Вимога / Request", "B9", pick(s, "Заміна / Replacement", "Повернення / Return"),
       "customer_request", expect=pick(s, ["replacement"], ["return"]), span="D9")  # fmt: skip
    lv(s, "A10", "Термінові заходи / Immediate action", "B10",
       pick(s, "Сортування 100 % складу.", "Партію заблоковано."), "short_term_action", span="D10")  # fmt: skip
    lv(s, "A11", "Склав / Prepared by", "B11", "Liu Yang", "reporter")
    lv(s, "C11", "Керівник / Supervisor", "D11", pick(s, "Олена Коваленко", "Андрій Шевчук"),
       "sales_supervisor")  # fmt: skip


def complaint_zh_export(s: Sheet) -> None:
    """客诉登记 EXPORTED from the customer's quality system: the labels in ONE HEADER ROW, the values in
    the ONE DATA ROW below (as a list export: no title, no frame), dates written ``2026-03-05 09:12``."""
    heads = ("客诉单号", "登记时间", "客户", "订单号", "批次", "物料号", "物料名称", "交货数量", "不良数",
             "问题描述", "客户诉求", "临时措施", "登记人", "业务主管")  # fmt: skip
    for i, h in enumerate(heads):
        s.text(f"{chr(65 + i)}1", h, bold=True, shade=True)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 9))
    q, dq = pick(s, (6000, 75), (1500, 22))
    row = (
        (pick(s, "QC-260305-0012", "QC-260409-0031"), "number", None),
        (f"{d.isoformat()} {pick(s, '09:12', '14:47')}", "received_date", d.isoformat()),
        (pick(s, "浙江零跑科技股份有限公司", "合肥国轩高科动力能源有限公司"), "customer", None),
        (pick(s, "LP-PO-2602187", "GX-PO-2604055"), "order_no", None),
        (pick(s, "NB260226", "NB260402"), "lot_no", None),
        (pick(s, "NB-HRN-0712", "NB-BMS-0930"), "part_no", None),
        (pick(s, "高压线束", "采样线束"), "part_name", None),
        (q, "ship_qty", None),
        (dq, "defect_qty", None),
        (pick(s, "线束护套破损，绝缘耐压不合格。", "端子压接拉力不足。"), "description", None),
        (pick(s, "退货", "换货"), "customer_request", [pick(s, "return", "replacement")]),
        (pick(s, "在库品全检耐压。", "在途品拦截复检。"), "short_term_action", None),
        ("孙丽", "reporter", None),
        (pick(s, "赵建军", "赵建军"), "sales_supervisor", None),
    )
    for i, ((raw, path, exp), h) in enumerate(zip(row, heads)):
        s.value(f"{chr(65 + i)}2", raw, path=path, label=h, expect=exp)


def complaint_zht_prompt(s: Sheet) -> None:
    """客訴單 whose value cells carry DATA-VALIDATION INPUT MESSAGES (``請輸入客戶要求：退貨／換貨／折讓``,
    shown while a cell is selected, never printed): the prompts' words are no values, and 暫時對策,
    left empty, holds only its prompt (``例：庫存全檢``) — the record must hold no short-term action."""
    s.text("A1", "客訴單", "D1", size=15)
    lv(s, "A2", "客訴編號", "B2", "KS-HL-2603-015", "number")
    prompt(s, "B2", "編號規則", "KS-廠別-年月-流水號")
    lv(s, "C2", "接獲日期", "D2", D(2026, 3, 9), "received_date", fmt="yyyy/mm/dd")
    prompt(s, "D2", "日期", "請輸入日期，格式 yyyy/mm/dd，例：2026/01/01")
    lv(s, "A3", "客戶名稱", "B3", "台達電子工業股份有限公司", "customer", span="D3")
    lv(s, "A4", "訂單編號", "B4", "DE-PO-2602-118", "order_no")
    lv(s, "C4", "批號", "D4", "HL260221", "lot_no")
    lv(s, "A5", "料號", "B5", "HL-IND-3302", "part_no")
    lv(s, "C5", "品名", "D5", "功率電感", "part_name")
    lv(s, "A6", "出貨數量", "B6", 12000, "ship_qty", fmt="#,##0")
    prompt(s, "B6", "數量", "請輸入數字，單位 PCS，例：1000")
    lv(s, "C6", "不良數量", "D6", 160, "defect_qty")
    lv(s, "A7", "異常描述", "B7", "電感值偏低，超出規格下限 8%。", "description", span="D7")
    lv(s, "A8", "客戶要求", "B8", "折讓", "customer_request", expect=["allowance"], span="D8")
    prompt(s, "B8", "客戶要求", "請輸入客戶要求：退貨／換貨／折讓")
    label(s, "A9", "暫時對策")
    s.box("B9", "D9")
    prompt(s, "B9", "暫時對策", "例：庫存全檢，不良品隔離")
    absent(s, "暫時對策", "B9", "(empty; only the input message 例：庫存全檢…)", "short_term_action")
    lv(s, "A10", "承辦人", "B10", "鄭怡君", "reporter")
    lv(s, "C10", "業務主管", "D10", "劉宗翰", "sales_supervisor")


# =============================================================================== 8D
def eightd_en_croatian(s: Sheet) -> None:
    """A Croatian customer's 8D IZVJEŠĆE / 8D REPORT in CROATIAN–ENGLISH labels, dates with a month in
    the genitive and a dot after the day AND the year (``5. ožujka 2026.``), ``1.250 kom`` (komada)."""
    s.text("A1", "8D IZVJEŠĆE / 8D REPORT", "D1", size=13)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 4, 24)), (D(2026, 4, 8), D(2026, 5, 20)))
    lv(s, "A2", "Broj izvješća / Report No.", "B2", pick(s, "8D-ZG-26-011", "8D-ZG-26-024"), "number")
    lv(s, "C2", "Datum / Date", "D2", f"{d.day}. {_CROATIAN[d.month - 1]} {d.year}.", "opened_date",
       expect=d.isoformat())  # fmt: skip
    lv(s, "A3", "Kupac / Customer", "B3", pick(s, "Rimac Technology d.o.o.", "Končar – Elektroindustrija d.d."),
       "customer")  # fmt: skip
    lv(s, "C3", "Broj reklamacije / Complaint No.", "D3", pick(s, "RT-RK-260302", "KN-RK-260404"),
       "complaint_number")  # fmt: skip
    lv(s, "A4", "Šifra dijela / Part No.", "B4", pick(s, "RT-BUS-4410", "KN-TRM-1207"), "part_no")
    n = pick(s, 1250, 96)
    lv(s, "C4", "Količina / Qty", "D4", qty(n, ".", "kom"), "problem.qty_complained", expect=n)
    team = pick(s, ("Ivan Horvat", "Wang Tao", "Ana Kovačević"), ("Ivan Horvat", "Marko Babić"))
    team_cell(s, "A5", "D1 Tim / Team", "B5", team, span="D5")
    rows = (
        ("D2 Opis problema / Problem", pick(s, "Pukotina na sabirnici kod 1.250 kom.", "Korozija stezaljki, 96 kom."),
         "problem.statement"),
        ("D3 Privremene mjere / Containment", pick(s, "Zaliha 3.600 kom pregledana 100 %.", "Serija blokirana."),
         "containment[0].action"),
        ("D4 Uzrok nastanka / Root cause", pick(s, "Prenizak radijus savijanja na alatu 2.", "Tanak sloj cinka."),
         "root_cause[type=occurrence].cause"),
        ("D4 Uzrok propuštanja / Escape", pick(s, "Vizualna kontrola ne vidi mikropukotine.", "Nema mjerenja sloja."),
         "root_cause[type=escape].cause"),
        ("D5 Korektivne mjere / Corrective action", pick(s, "Alat 2 izmijenjen, radijus 3 mm.", "Novi dobavljač cinčanja."),
         "corrective_actions[0].action"),
        ("D6 Provjera / Verification", pick(s, "4 serije bez pukotina.", "Slani test 480 h prošao."),
         "implementation[0].result"),
        ("D7 Sprječavanje / Prevention", pick(s, "PFMEA ažurirana za sve alate.", "Ulazna kontrola mjeri sloj."),
         "prevention.horizontal_deployment"),
    )  # fmt: skip
    lv_rows(s, 6, rows)
    lv(s, "A13", "D8 Zatvoreno / Closed", "B13", f"{c.day}. {_CROATIAN[c.month - 1]} {c.year}.",
       "closure.closed_date", expect=c.isoformat())  # fmt: skip
    lv(s, "C13", "Odobrio / Approved", "D13", "Tomislav Jurić", "closure.approved_by")


def eightd_zh_isoweek(s: Sheet) -> None:
    """8D 报告 of a German-owned plant whose clerk writes every date as an ISO WEEK DATE (``2026-W10-4``:
    week 10, Thursday), as its ERP shows them."""
    s.text("A1", "8D 报告", "D1", size=15)
    plain(s, "A2", "日期格式：年-W周-星期（ISO 8601）", "D2")
    lv(s, "A3", "报告编号", "B3", "8D-TJ-2603-007", "number")
    lv(s, "C3", "发起日期", "D3", isoweek(D(2026, 3, 5)), "opened_date", expect="2026-03-05")
    lv(s, "A4", "客户", "B4", "博世汽车部件（苏州）有限公司", "customer")
    lv(s, "C4", "客诉编号", "D4", "BOSCH-SZ-2603-44", "complaint_number")
    lv(s, "A5", "零件号", "B5", "TJ-SEN-8812", "part_no")
    lv(s, "C5", "投诉数量", "D5", "320 PCS", "problem.qty_complained", expect=320)
    team = ("魏东", "Jonas Becker", "黄晓梅")
    team_cell(s, "A6", "D1 团队", "B6", team, "、", span="D6")
    rows = (
        ("D2 问题描述", "传感器信号漂移，320 PCS 终检失效。", "problem.statement"),
        ("D3 围堵措施", "在库及在途 4,800 PCS 全检。", "containment[0].action"),
        ("D4 产生原因", "灌封胶固化温度偏低。", "root_cause[type=occurrence].cause"),
        ("D4 流出原因", "终检未做高温漂移测试。", "root_cause[type=escape].cause"),
        ("D5 纠正措施", "固化炉增加温度报警，终检加高温测试。", "corrective_actions[0].action"),
        ("D6 验证", "W12-W15 共 4 批零失效。", "implementation[0].result"),
        ("D7 预防", "同类 6 个产品更新控制计划。", "prevention.horizontal_deployment"),
    )
    lv_rows(s, 7, rows)
    lv(s, "A14", "D8 结案日期", "B14", isoweek(D(2026, 4, 24)), "closure.closed_date", expect="2026-04-24")
    lv(s, "C14", "批准", "D14", "孟庆华", "closure.approved_by")


# =============================================================================== return
def return_en_latvian(s: Sheet) -> None:
    """A Latvian customer's ATGRIEŠANAS AKTS / RETURN NOTE in LATVIAN–ENGLISH labels, the Latvian
    date order (``2026. gada 5. martā``: year, ``gada``, the day, the month in the locative),
    quantities ``1 200 gab.``, amounts with the CURRENCY CODE AFTER (``1 234,50 EUR``)."""
    s.text("A1", "ATGRIEŠANAS AKTS / RETURN NOTE", "F1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 21))
    lv(s, "A2", "Akta Nr. / Return No.", "B2", pick(s, "AA-RIX-26-031", "AA-RIX-26-058"), "number")
    lv(s, "C2", "Datums / Date", "D2", f"{d.year}. gada {d.day}. {_LATVIAN[d.month - 1]}", "issue_date",
       expect=d.isoformat(), span="F2")  # fmt: skip
    lv(s, "A3", "Klients / Customer", "B3", pick(s, "SAF Tehnika AS", "Grindeks AS"), "customer")
    lv(s, "C3", "Reklamācijas Nr. / Complaint No.", "D3", pick(s, "SAF-RK-260303", "GR-RK-260415"),
       "complaint_number", span="F3")  # fmt: skip
    heads = ("Kods / Part No.", "Nosaukums / Description", "Apstiprināts / Approved", "Atgriezts / Returned",
             "Cena / Unit Price", "Summa / Amount")  # fmt: skip
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [("LV-ENC-2201", "Korpuss / Enclosure", 1200, 1200, 3.85), ("LV-GSK-2202", "Blīve / Gasket", 2400, 2380, 0.42)],
        [("LV-CAP-3105", "Vāciņš / Cap", 5000, 4990, 0.16)],
    )  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", qty(qa, " ", "gab."), path=f"items[{i}].qty_approved", label=heads[2], expect=qa)
        s.value(f"D{r}", qty(q, " ", "gab."), path=f"items[{i}].qty_returned", label=heads[3], expect=q)
        s.value(f"E{r}", eu(p, " ", " EUR"), path=f"items[{i}].unit_price", label=heads[4], expect=money(p))
        s.value(f"F{r}", eu(q * p, " ", " EUR"), path=f"items[{i}].amount", label=heads[5],
                expect=money(q * p))  # fmt: skip
    lv(s, "A8", "Iemesls / Reason", "B8", pick(s, "Korpusam plaisas pie stiprinājuma.", "Vāciņš neaizveras."),
       "reason", span="F8")  # fmt: skip
    lv(s, "A9", "Rīcība / Disposition", "B9", pick(s, "Pārstrādāt / Rework", "Utilizēt / Scrap"), "handling",
       expect=[pick(s, "rework", "scrap")], span="F9")  # fmt: skip
    lv(
        s,
        "A10",
        "Pieņēma / Received by",
        "B10",
        pick(s, "Jānis Bērziņš", "Ilze Kalniņa"),
        "warehouse_receiver",
    )
    lv(s, "C10", "Apstiprināja / Approved by", "D10", "Andris Ozols", "approved_by", span="F10")


def return_zh_usd(s: Sheet) -> None:
    """An export plant's 退货单 whose dates are typed the American way with an ORDINAL (``Mar 5th,
    2026``) and every amount with the CURRENCY CODE AFTER it (``1,234.50 USD``)."""
    s.text("A1", "退货单 RETURN NOTE", "F1", size=15)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 22))
    lv(s, "A2", "退货单号", "B2", pick(s, "RN-XM-2603-012", "RN-XM-2604-029"), "number", span="C2")
    lv(s, "D2", "退货日期", "E2", ordinal(d), "issue_date", expect=d.isoformat(), span="F2")
    lv(s, "A3", "客户", "B3", pick(s, "Whirlpool Corporation", "Electrolux AB"), "customer", span="C3")
    lv(s, "D3", "客诉单号", "E3", pick(s, "WP-SQ-260301", "EL-SQ-260412"), "complaint_number", span="F3")
    heads = ("料号", "品名", "核准数量", "实退数量", "单价", "金额")
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [("XM-MTR-5510", "排水泵电机", 600, 600, 7.35), ("XM-HSE-5511", "进水管", 3000, 2985, 0.92)],
        [("XM-VLV-6620", "进水阀", 1800, 1790, 2.15)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料号")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核准数量", fmt="#,##0")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="实退数量", fmt="#,##0")
        s.value(f"E{r}", f"{p:,.2f} USD", path=f"items[{i}].unit_price", label="单价", expect=money(p))
        s.value(f"F{r}", f"{q * p:,.2f} USD", path=f"items[{i}].amount", label="金额", expect=money(q * p))
    lv(s, "A8", "退货原因", "B8", pick(s, "电机异响，寿命测试失效。", "阀体漏水。"), "reason", span="F8")
    lv(s, "A9", "处理方式", "B9", pick(s, "报废", "返工"), "handling", expect=[pick(s, "scrap", "rework")],
       span="F9")  # fmt: skip
    lv(s, "A10", "仓库签收", "B10", pick(s, "蔡文斌", "蔡文斌"), "warehouse_receiver", span="C10")
    lv(s, "D10", "主管审批", "E10", pick(s, "林雪芬", "林雪芬"), "approved_by", span="F10")


# =============================================================================== allowance
def allowance_en_slovak(s: Sheet) -> None:
    """A Slovak customer's DOBROPIS / CREDIT NOTE in SLOVAK–ENGLISH labels, ``31. marca 2026`` (a dot
    after the day, the month in the genitive), amounts ``1 234,50 €`` (a space between the thousands,
    the euro sign after), quantities ``36 ks``, the buyer's ``IČ DPH`` (SK + 10 digits), ``DPH 23 %``."""
    s.text("A1", "DOBROPIS / CREDIT NOTE", "E1", size=13)
    d, inv = D(2026, 3, 31), D(2026, 3, 10)
    lv(s, "A2", "Dobropis č. / No.", "B2", "DB-2026-0093", "number")
    lv(s, "C2", "Dátum vystavenia / Date", "D2", f"{d.day}. {_SLOVAK[d.month - 1]} {d.year}", "issue_date",
       expect=d.isoformat(), span="E2")  # fmt: skip
    lv(s, "A3", "Odberateľ / Buyer", "B3", "Kia Slovakia s.r.o.", "buyer")
    lv(s, "C3", "IČ DPH / VAT No.", "D3", "SK2022081718", "buyer_tax_id", span="E3")
    lv(s, "A4", "Faktúra č. / Invoice No.", "B4", "FV-26-00712", "invoice_no")
    lv(s, "C4", "Dátum faktúry / Invoice date", "D4", f"{inv.day}. {_SLOVAK[inv.month - 1]} {inv.year}",
       "invoice_date", expect=inv.isoformat(), span="E4")  # fmt: skip
    lv(s, "A5", "Reklamácia č. / Complaint No.", "B5", "KIA-RK-26-0318", "complaint_number", span="E5")
    heads = ("Položka / Item", "Množstvo / Qty", "Cena / Unit price", "Základ / Net", "DPH 23 % / VAT")
    head_row(s, 6, "ABCDE", heads)
    net = tax = 0.0
    for i, (name, q, p) in enumerate(
        (("Držiak KS-BRK-4401", 36, 148.5), ("Skrutka KS-SCR-4402", 1440, 0.35))
    ):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.23 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", qty(q, " ", "ks"), path=f"items[{i}].qty", label=heads[1], expect=q)
        s.value(f"C{r}", eu(p, " ", " €"), path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(
            f"D{r}", eu(a, " ", " €"), path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a)
        )
        s.value(f"E{r}", eu(t, " ", " €"), path=f"items[{i}].tax", label=heads[4], expect=money(t))
    s.text("A9", "Spolu / Total", "C9", bold=True)
    s.value("D9", eu(net, " ", " €"), path="total_excl_tax", label="Spolu / Total Základ", expect=money(net))
    s.value("E9", eu(tax, " ", " €"), path="total_tax", label="Spolu / Total DPH", expect=money(tax))
    lv(
        s,
        "A10",
        "Na úhradu / Total credit",
        "B10",
        eu(net + tax, " ", " €"),
        "total",
        expect=money(net + tax),
    )
    lv(s, "C10", "Schválil / Approved", "D10", "Peter Novák", "approved_by_manager", span="E10")


def allowance_zht_twd(s: Sheet) -> None:
    """銷貨折讓證明單 of a trading company whose clerk types every amount with the CURRENCY CODE AFTER
    it (``12,345 TWD``) and the dates in 中華民國 years with DOTS (``115.03.26``)."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "E1", size=14)
    lv(s, "A2", "證明單號", "B2", "ZR-TD-2603-11", "number")
    lv(s, "C2", "開立日期", "D2", "115.03.26", "issue_date", expect="2026-03-26", span="E2")
    lv(s, "A3", "買受人", "B3", "廣達電腦股份有限公司", "buyer")
    lv(s, "C3", "統一編號", "D3", "22822281", "buyer_tax_id", span="E3")
    lv(s, "A4", "原發票號碼", "B4", "TD-51208830", "invoice_no")
    lv(s, "C4", "發票日期", "D4", "115.03.05", "invoice_date", expect="2026-03-05", span="E4")
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    head_row(s, 5, "ABCDE", heads)
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("散熱模組", 500, 86.0), ("導熱墊片", 4000, 2.5))):
        r = 6 + i
        a, t = q * p, float(int(q * p * 0.05 + 0.5))
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1], fmt="#,##0")
        s.value(f"C{r}", f"{p:,.2f} TWD", path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(
            f"D{r}", f"{a:,.0f} TWD", path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a)
        )
        s.value(f"E{r}", f"{t:,.0f} TWD", path=f"items[{i}].tax", label=heads[4], expect=money(t))
    s.text("A8", "合計", "C8", bold=True)
    s.value("D8", f"{net:,.0f} TWD", path="total_excl_tax", label="合計 折讓金額", expect=money(net))
    s.value("E8", f"{tax:,.0f} TWD", path="total_tax", label="合計 營業稅額", expect=money(tax))
    lv(s, "A9", "總計", "B9", f"{net + tax:,.0f} TWD", "total", expect=money(net + tax))
    lv(s, "C9", "客訴單號", "D9", "QT-QA-260320", "complaint_number", span="E9")
    lv(s, "A10", "經理", "B10", "葉建宏", "approved_by_manager")


W4 = dict(A=34, B=30, C=30, D=30)
W6 = dict(A=22, B=22, C=16, D=18, E=18, F=18)
EXCEL = [
    excel_layout("complaint-en-ukrainian", "complaint", "en", complaint_en_ukrainian, "Pretenziia", W4,
       "a Ukrainian customer's complaint: Ukrainian–English labels, 5 березня 2026 р., 1 200 шт.", copy2=True),
    excel_layout("complaint-zh-export", "complaint", "zh-Hans", complaint_zh_export, "导出",
       {chr(65 + i): 16 for i in range(14)},
       "客诉登记 exported from a quality system: labels in a header row, values in the one row below", copy2=True),
    excel_layout("complaint-zht-prompt", "complaint", "zh-Hant", complaint_zht_prompt, "客訴", dict(A=16, B=30, C=16, D=30),
       "客訴單 whose cells carry data-validation input messages; one field left to its prompt"),
    excel_layout("8d-en-croatian", "8d", "en", eightd_en_croatian, "8D", dict(A=38, B=30, C=30, D=30),
       "a Croatian customer's 8D izvješće: Croatian–English labels, 5. ožujka 2026., 1.250 kom", copy2=True),
    excel_layout("8d-zh-isoweek", "8d", "zh-Hans", eightd_zh_isoweek, "8D", dict(A=16, B=34, C=16, D=30),
       "8D 报告 whose dates are ISO week dates (2026-W10-4)"),
    excel_layout("return-en-latvian", "return", "en", return_en_latvian, "Atgriesana", W6,
       "a Latvian customer's return note: Latvian–English labels, 2026. gada 5. martā, 1 200 gab., 1 234,50 EUR",
       copy2=True),
    excel_layout("return-zh-usd", "return", "zh-Hans", return_zh_usd, "退货单", W6,
       "an export plant's 退货单: Mar 5th, 2026 and 1,234.50 USD (the code after)", copy2=True),
    excel_layout("allowance-en-slovak", "allowance", "en", allowance_en_slovak, "Dobropis", dict(A=30, B=16, C=22, D=22, E=22),
       "a Slovak customer's dobropis: Slovak–English labels, 31. marca 2026, 1 234,50 €, ks, IČ DPH"),
    excel_layout("allowance-zht-twd", "allowance", "zh-Hant", allowance_zht_twd, "折讓", dict(A=16, B=22, C=16, D=22, E=20),
       "銷貨折讓證明單 with 12,345 TWD amounts and 115.03.26 dates"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = portal_css("#eef2e8")


def complaint_zh_letter(f: HtmlForm) -> str:
    """A complaint sent as a CHINESE LETTER (投诉函, a Word letter printed to PDF): 致 the supplier, the
    facts in PROSE (批次、数量、不良), the request, 此致敬礼, the customer's name and the date at the
    foot (落款); no form, no labels."""
    v = f.val
    f.raw(
        "<div style=\"margin:50px 70px;font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;"
        'font-size:12pt;line-height:1.9">'
        f"<h2>关于{v('冷却水泵壳体', path='part_name', label='标题 产品')}批量渗漏的投诉函</h2>"
        f"<p>编号：{v('TS-2026-0219', path='number', label='编号')}</p>"
        "<p>浙江瑞丰精密铸造有限公司质量部：</p>"
        '<p style="text-indent:2em">贵司于2026年2月26日依我司采购订单 '
        f"{v('PO-YT-2602-0871', path='order_no', label='采购订单')} 交付的零件 "
        f"{v('RF-PMP-4416', path='part_no', label='零件')}（批次 {v('RF260224', path='lot_no', label='批次')}）"
        f"共 {v('2,400', path='ship_qty', label='交付数量', expect=2400)} 件，经我司来料检验，其中 "
        f"{v('132', path='defect_qty', label='不良数量', expect=132)} 件"
        f"{v('壳体砂眼，0.3 MPa 气密试验渗漏', path='description', label='不良')}，严重影响我司生产。</p>"
        '<p style="text-indent:2em">现正式向贵司提出投诉，要求贵司对不良品予以'
        f"{v('退货', path='customer_request', label='要求', expect=['return'])}"
        "处理，并于三个工作日内提交临时对策、十个工作日内提交 8D 报告。</p>"
        "<p>此致</p><p>敬礼！</p>"
        '<p style="text-align:right">'
        f"{v('宇通客车股份有限公司', path='customer', label='落款 公司')}　质量管理部<br>"
        f"联系人：{v('高志远', path='reporter', label='联系人')}<br>"
        f"{v('2026年3月5日', path='received_date', label='落款 日期', expect='2026-03-05')}</p>"
        "</div>"
    )
    return f.page("投诉函", "")


def complaint_en_persian(f: HtmlForm) -> str:
    """An Iranian customer's شکایت مشتری / CUSTOMER COMPLAINT page laid out RIGHT TO LEFT, Persian–English
    labels, each date written TWICE: the SOLAR HIJRI date in PERSIAN DIGITS (``۱۴۰۴/۱۲/۱۴``) and the
    Gregorian one beside it (``2026/03/05``); quantities in Persian digits (``۱٬۲۰۰ عدد``)."""
    d, solar = pick(f, (D(2026, 3, 5), "۱۴۰۴/۱۲/۱۴"), (D(2026, 4, 22), "۱۴۰۵/۰۲/۰۲"))
    q, dq = pick(f, (1200, 64), (8000, 150))
    f.raw('<div dir="rtl"><h2>شکایت مشتری / CUSTOMER COMPLAINT</h2><table>')
    rows = (
        ("شماره / Complaint No.", pick(f, "SH-1404-0093", "SH-1405-0011"), "number", None),
        ("مشتری / Customer", pick(f, "Iran Khodro Co.", "SAIPA Co."), "customer", None),
        ("شماره سفارش / PO No.", pick(f, "IKCO-PO-7712045", "SP-PO-3380126"), "order_no", None),
        ("بچ / Lot", pick(f, "IR2602-07", "IR2604-12"), "lot_no", None),
        ("کد قطعه / Part No.", pick(f, "IK-BRK-2280", "SP-FLT-0931"), "part_no", None),
        ("نام قطعه / Part name", pick(f, "Brake pad bracket", "Fuel filter housing"), "part_name", None),
        ("تعداد تحویلی / Qty delivered", persian(f"{q:,}") + " عدد", "ship_qty", q),
        ("تعداد معیوب / Qty defective", persian(f"{dq:,}") + " عدد", "defect_qty", dq),
        ("شرح عیب / Defect", pick(f, "Cracks at the mounting hole after torque test.", "Leak at the O-ring seat."),
         "description", None),
        ("درخواست / Request", pick(f, "تعویض / Replacement", "مرجوعی / Return"), "customer_request",
         [pick(f, "replacement", "return")]),
        ("تهیه کننده / Prepared by", "Chen Hao", "reporter", None),
    )  # fmt: skip
    f.raw('<tr><th>تاریخ / Date</th><td dir="ltr">'
          f'<span style="margin-right:14px">{solar}</span>'
          f"{f.val(f'{d.year}/{d.month:02d}/{d.day:02d}', path='received_date', label='تاریخ / Date', expect=d.isoformat())}"
          "</td></tr>")  # fmt: skip
    for lab, raw, path, exp in rows:
        f.raw(f'<tr><th>{lab}</th><td dir="ltr">{f.val(raw, path=path, label=lab, expect=exp)}</td></tr>')
    f.raw("</table></div>")
    return f.page("Complaint", _CSS)


def eightd_zht_twoup(f: PdfDraw) -> None:
    """8D 報告 of TWO PAGES printed ``2 pages per sheet`` (the print dialog's pages per sheet): both
    portrait pages shrunk side by side on one landscape sheet, D1–D4 on the left, D5–D8 on the right."""
    f = CjkDraw.of(f)
    f.text(80, 20, "8D 矯正預防報告", size=16)
    top = [
        ("報告編號", "8D-TC-2603-021", "number", None),
        ("提出日期", "2026/03/18", "opened_date", "2026-03-18"),
        ("客戶", "和碩聯合科技股份有限公司", "customer", None),
        ("客訴單號", "PG-QA-260317", "complaint_number", None),
        ("料號", "TC-FPC-2290", "part_no", None),
        ("不良數量", "415 PCS", "problem.qty_complained", 415),
    ]
    y = 36
    for lab, raw, path, exp in top:
        f.text(20, y, lab, size=11)
        f.value(60, y, raw, path=path, label=lab, expect=exp, size=11)
        y += 10
    team = ("陳冠宇", "周雅婷", "施俊男")
    f.text(20, y, "D1 小組成員", size=11)
    f.value(60, y, "、".join(team), path=None, label="D1 小組成員", size=11)
    members(f, "D1 小組成員", f"p1!60,{y}", "、".join(team), team)
    y += 16

    def step(lab: str, raw: str, path: str) -> None:
        nonlocal y
        f.text(20, y, lab, size=12, bold=True)
        f.value(26, y + 9, raw, path=path, label=lab, size=11)
        y += 26

    step("D2 問題描述", "軟板金手指氧化，415 PCS 接觸不良。", "problem.statement")
    step("D3 暫時對策", "庫存 9,600 PCS 全檢並真空包裝。", "containment[0].action")
    step("D4 發生原因", "包裝未抽真空，倉庫濕度過高。", "root_cause[type=occurrence].cause")
    step("D4 流出原因", "出貨檢驗未查金手指外觀。", "root_cause[type=escape].cause")
    f.pdf.add_page()
    y = 30
    step("D5 永久對策", "改真空包裝加乾燥劑，倉庫除濕。", "corrective_actions[0].action")
    step("D6 效果確認", "連續 5 批無氧化。", "implementation[0].result")
    step("D7 預防再發", "全廠 12 款軟板包裝規範更新。", "prevention.horizontal_deployment")
    f.text(20, y, "D8 結案日期", size=11)
    f.value(
        60, y, "2026/04/28", path="closure.closed_date", label="D8 結案日期", expect="2026-04-28", size=11
    )
    f.text(110, y, "核准", size=11)
    f.value(128, y, "江明哲", path="closure.approved_by", label="核准", size=11)


def return_en_filipino(f: HtmlForm) -> str:
    """A Filipino customer's PAGBABALIK NG PRODUKTO / RETURN SLIP page in FILIPINO–ENGLISH labels,
    dates month first with a Filipino month (``Marso 5, 2026``), amounts in pesos (``₱1,234.50``)."""
    f.raw("<h2>PAGBABALIK NG PRODUKTO / RETURN SLIP</h2><table>")
    head = (
        ("Blg. ng Pagbabalik / Return No.", "RS-CAL-26-0144", "number", None),
        ("Petsa / Date", "Marso 5, 2026", "issue_date", "2026-03-05"),
        ("Kustomer / Customer", "Integrated Micro-Electronics, Inc.", "customer", None),
        ("Blg. ng Reklamo / Complaint No.", "IMI-QA-260302", "complaint_number", None),
    )
    kv_rows(f, head)
    f.raw("</table>")
    heads = ("Code / Part No.", "Paglalarawan / Description", "Inaprubahan / Approved", "Ibinalik / Returned",
             "Presyo / Unit Price", "Halaga / Amount")  # fmt: skip
    th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("PH-SHD-7701", "Shield can", 3000, 3000, 4.75), ("PH-SPR-7702", "Contact spring", 8000, 7960, 0.85))
    ):
        cells = (
            (code, f"items[{i}].part_no", None),
            (name, f"items[{i}].part_name", None),
            (f"{qa:,} pcs", f"items[{i}].qty_approved", qa),
            (f"{q:,} pcs", f"items[{i}].qty_returned", q),
            (f"₱{p:,.2f}", f"items[{i}].unit_price", money(p)),
            (f"₱{q * p:,.2f}", f"items[{i}].amount", money(q * p)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    tail = (
        ("Dahilan / Reason", "Deformed shield cans, do not fit the PCB.", "reason", None),
        ("Aksyon / Disposition", "Ayusin / Rework", "handling", ["rework"]),
        ("Tumanggap / Received by", "Maria Santos", "warehouse_receiver", None),
        ("Inaprubahan ni / Approved by", "Jose Reyes", "approved_by", None),
    )
    kv_rows(f, tail)
    f.raw("</table>")
    return f.page("Return slip", _CSS)


def return_zht_rows(f: HtmlForm) -> str:
    """A portal's 退貨明細 EXPORT printed by Chromium: one wide table whose every item row REPEATS the
    header fields (退貨單號, 退貨日期, 客戶, 客訴單號) before the item's own columns — the return's
    header is on each row, not above the table."""
    f.raw("<h2>退貨明細查詢結果</h2>")
    heads = (
        "退貨單號",
        "退貨日期",
        "客戶",
        "客訴單號",
        "料號",
        "品名",
        "核准數量",
        "實退數量",
        "單價",
        "金額",
    )
    th_row(f, heads, '<table style="font-size:8.5pt">')
    for i, (code, name, qa, q, p) in enumerate(
        (("SY-KEY-3301", "鍵帽", 5000, 5000, 1.2), ("SY-LGT-3302", "導光片", 2000, 1960, 3.5))
    ):
        first = i == 0  # the header's values are expected once (the first row), printed on each
        head = (
            ("RT-SY-2603-027", "number" if first else None, None),
            ("2026/03/23", "issue_date" if first else None, "2026-03-23"),
            ("群光電子股份有限公司", "customer" if first else None, None),
            ("CY-QA-260319", "complaint_number" if first else None, None),
        )
        item = (
            (code, f"items[{i}].part_no", None),
            (name, f"items[{i}].part_name", None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa),
            (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"{p:,.2f}", f"items[{i}].unit_price", money(p)),
            (f"{q * p:,.0f}", f"items[{i}].amount", money(q * p)),
        )
        td_row(f, head + item, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("退貨原因", "鍵帽印字模糊。", "reason", None),
        ("處理方式", "報廢", "handling", ["scrap"]),
        ("收貨人", "廖俊傑", "warehouse_receiver", None),
    ))  # fmt: skip
    f.raw('</table><p class="note">匯出時間 2026/03/23 16:05 · 共 2 筆</p>')
    return f.page("退貨明細", _CSS)


def allowance_zh_cny(f: PdfDraw) -> None:
    """销货折让证明单 drawn by an accounting package whose amounts carry the CURRENCY CODE AFTER them
    (``4,320.00 CNY``) and whose dates are ``2026.3.30`` (dots, no zeros)."""
    f = CjkDraw.of(f)
    f.text(75, 18, "销货折让证明单", size=15)
    top = [
        ("单号", "ZR-SH-2603-19", "number", None),
        ("开具日期", "2026.3.30", "issue_date", "2026-03-30"),
        ("购买方", "上海汽车变速器有限公司", "buyer", None),
        ("纳税人识别号", "91310000132211577K", "buyer_tax_id", None),
        ("原发票号码", "31001928", "invoice_no", None),
        ("发票日期", "2026.3.6", "invoice_date", "2026-03-06"),
        ("客诉单号", "SAT-QA-260312", "complaint_number", None),
    ]
    y = 32
    for lab, raw, path, exp in top:
        f.text(20, y, lab)
        f.value(55, y, raw, path=path, label=lab, expect=exp)
        y += 8
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    xs = (20, 75, 100, 130, 165)
    y += 4
    for x, h in zip(xs, heads):
        f.text(x, y, h, bold=True)
    f.pdf.line(18, y + 2, 195, y + 2)
    y += 9
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("同步器齿环", 800, 5.4), ("拨叉", 400, 8.0))):
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        for x, raw, path, exp, h in (
            (xs[0], name, f"items[{i}].name", None, heads[0]),
            (xs[1], f"{q:,}", f"items[{i}].qty", q, heads[1]),
            (xs[2], f"{p:,.2f} CNY", f"items[{i}].unit_price", money(p), heads[2]),
            (xs[3], f"{a:,.2f} CNY", f"items[{i}].allowance_amount", money(a), heads[3]),
            (xs[4], f"{t:,.2f} CNY", f"items[{i}].tax", money(t), heads[4]),
        ):
            f.value(x, y, raw, path=path, label=h, expect=exp)
        y += 8
    f.pdf.line(18, y - 5, 195, y - 5)
    f.text(20, y, "合计")
    f.value(xs[3], y, f"{net:,.2f} CNY", path="total_excl_tax", label="合计 折让金额", expect=money(net))
    f.value(xs[4], y, f"{tax:,.2f} CNY", path="total_tax", label="合计 税额", expect=money(tax))
    y += 12
    f.text(20, y, "价税合计")
    f.value(55, y, f"{net + tax:,.2f} CNY", path="total", label="价税合计", expect=money(net + tax))
    y += 12
    f.text(20, y, "经理")
    f.value(55, y, "戴永刚", path="approved_by_manager", label="经理")


SENT_AS_PDF = [
    dict(id="complaint-zh-letter", kind="complaint", language="zh-Hans", medium="html", draw=complaint_zh_letter,
         imitates="a complaint sent as a Chinese letter (投诉函) in prose, 此致敬礼, the date at the foot", unmapped=[]),
    dict(id="complaint-en-persian", kind="complaint", language="en", medium="html", draw=complaint_en_persian,
         copy2=True, imitates="an Iranian customer's complaint right to left: Solar Hijri dates in Persian digits "
         "beside the Gregorian ones, ۱٬۲۰۰ عدد", unmapped=[]),
    dict(id="8d-zht-twoup", kind="8d", language="zh-Hant", medium="fpdf", draw=eightd_zht_twoup, two_up=True,
         imitates="8D 報告 of two pages printed two pages per sheet", unmapped=[]),
    dict(id="return-en-filipino", kind="return", language="en", medium="html", draw=return_en_filipino,
         imitates="a Filipino customer's return slip: Filipino–English labels, Marso 5, 2026, ₱1,234.50", unmapped=[]),
    dict(id="return-zht-rows", kind="return", language="zh-Hant", medium="html", draw=return_zht_rows,
         imitates="a portal's 退貨明細 export: the header's fields repeated on every item row", unmapped=[]),
    dict(id="allowance-zh-cny", kind="allowance", language="zh-Hans", medium="fpdf", draw=allowance_zh_cny,
         imitates="销货折让证明单 with 4,320.00 CNY amounts and 2026.3.30 dates", unmapped=[]),
]  # fmt: skip


# =============================================================================== odd files
ODD = {
    "complaint-pictures.xlsx": "a complaint whose clerk pasted every value as a PICTURE of text (a screenshot of "
    "the customer's system pasted over each cell): labels typed, no value in any cell; a clear error or no "
    "value read, never a record with values",
    "return-shortcut.pdf": "a return note sent as a Windows shortcut (.lnk) to the file on the clerk's shared "
    "drive, renamed .pdf: no PDF at all; a clear error, never a record",
}


def _text_png(text: str) -> bytes:
    """A picture of typed text (a screenshot pasted over a cell): the words are pixels."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (360, 28), "white")
    ImageDraw.Draw(img).text((4, 3), text, fill="black", font=ImageFont.truetype(CJK_FONT, 18))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _pictures() -> bytes:
    """客诉单 whose labels are typed and whose values are pictures of text pasted over the value cells."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉单"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 50
    ws["A1"] = "客户投诉单"
    pairs = (("客诉编号", "KS-2603-0077"), ("受理日期", "2026-03-05"), ("客户名称", "深圳市汇顶科技股份有限公司"),
             ("产品编号", "GD-SNS-1120"), ("不良数量", "86 PCS"), ("不良描述", "指纹模组点亮异常"),
             ("客户要求", "退货"))  # fmt: skip
    for r, (lab, val) in enumerate(pairs, start=2):
        ws[f"A{r}"] = lab
        ws.row_dimensions[r].height = 24
        img = XlImage(io.BytesIO(_text_png(val)))
        img.width, img.height = 360, 28
        ws.add_image(img, f"B{r}")
    return workbook_bytes(wb, dt.datetime(2026, 3, 5, 10, 20))


def _lnk() -> bytes:
    """A Windows shell link (MS-SHLLINK): the header, a LinkInfo with the target's UNC path, no data."""
    target = b"\\\\fileserver\\qa\\returns\\RT-2603-044.pdf\x00"
    header = struct.pack("<I16sII", 0x4C, bytes.fromhex("0114020000000000c000000000000046"), 0x02, 0x20)
    header += b"\x00" * (0x4C - len(header))
    info_header = 0x1C
    info = struct.pack("<IIIIIII", info_header + len(target), info_header, 0x02, 0, 0, info_header, 0)
    return header + info + target + b"\x00\x00\x00\x00"


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-pictures.xlsx").write_bytes(_pictures())
    (odd / "return-shortcut.pdf").write_bytes(_lnk())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    if FPDF is None:
        print("fpdf2 is not installed: the PDFs sent alone are kept as committed")
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-second held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
