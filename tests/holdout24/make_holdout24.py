"""Write the twenty-fourth held-out set (run: ``python tests/holdout24/make_holdout24.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: a SLOVENIAN–ENGLISH complaint (``5. marca 2026``, ``1.200 kos``), a
客户投诉单 whose delivered quantity carries a TOLERANCE (``12,000 ±0.5%``, counted by weight), a
客訴單 whose boxes carry only NUMBERS and whose labels stand in a LEGEND column far to the right; a
WELSH–ENGLISH 8D (``5 Mawrth 2026``, ``1,250 darn``), an 8D 报告 whose D5, D6 and D7 are ONE MERGED
BLOCK (each step after its own small heading); a CATALAN–ENGLISH return (``5 de març de 2026``,
``14 d'abril de 2026``, ``1.200 u.``, a LOT per line), a 退貨單 whose two item lines stand in ONE
ROW, each cell holding both lines after a line break; an UZBEK–ENGLISH credit note (``2026-yil
5-mart``, ``1 200 dona``, ``1 234 500,00 so'm``, QQS 12 %), a 销售折让证明单 with lines at 13 % and
9 % and a TAX LINE PER RATE under the table; sent as PDF only: a LAO–ENGLISH return (``5 ມີນາ 2026``, ``1.200 ອັນ``, ``1.234.500 ກີບ``;
Chromium), a BELARUSIAN–ENGLISH complaint
(``5 сакавіка 2026 г.``, ``1 200 адз.``; Chromium), a BASQUE–ENGLISH 8D (``2026ko martxoaren 5a``,
``1.250 pieza``; Chromium), a 退货单 page of a customer's SRM portal printed with its COOKIE BANNER
and times carrying a TIME ZONE (``2026-03-04 16:20 GMT+8``; Chromium), an 8D 報告 whose text is ALL
CURVES with an INVISIBLE OCR TEXT LAYER over them (fpdf2), a 銷貨折讓單 laid out in TWO HALVES SIDE BY
SIDE (fpdf2). ``odd/`` holds a PDF whose PAGE TREE LOOPS (a /Pages node its own kid) and an XFA form
that only shows "Please wait…" outside Adobe Reader; neither may give a record.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from contextlib import contextmanager
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
    team_row,
    th_row,
)

D = dt.date
SOURCE = dict(origin="twenty-fourth held-out imitation", source="tests/holdout24/make_holdout24.py")


_SLOVENIAN = ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
              "oktobra", "novembra", "decembra")  # fmt: skip
_WELSH = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
          "Tachwedd", "Rhagfyr")  # fmt: skip
_CATALAN = ("de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost",
            "de setembre", "d'octubre", "de novembre", "de desembre")  # fmt: skip
_UZBEK = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr",
          "dekabr")  # fmt: skip
_BELARUSIAN = ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня",
               "кастрычніка", "лістапада", "снежня")  # fmt: skip
_BASQUE = ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren", "uztailaren",
           "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren")  # fmt: skip


def slovenian(d: dt.date) -> str:
    """``5. marca 2026``: the day with a dot, the month in the genitive, the year."""
    return f"{d.day}. {_SLOVENIAN[d.month - 1]} {d.year}"


def welsh(d: dt.date) -> str:
    """``5 Mawrth 2026``."""
    return f"{d.day} {_WELSH[d.month - 1]} {d.year}"


def catalan(d: dt.date) -> str:
    """``5 de març de 2026``, ``14 d'abril de 2026`` (``de`` elided before a vowel)."""
    return f"{d.day} {_CATALAN[d.month - 1]} de {d.year}"


def uzbek(d: dt.date) -> str:
    """``2026-yil 5-mart``: the year with ``-yil`` first, then the day joined to the month."""
    return f"{d.year}-yil {d.day}-{_UZBEK[d.month - 1]}"


def belarusian(d: dt.date) -> str:
    """``5 сакавіка 2026 г.``: the month in the genitive, ``г.`` (года) after the year."""
    return f"{d.day} {_BELARUSIAN[d.month - 1]} {d.year} г."


def basque(d: dt.date) -> str:
    """``2026ko martxoaren 5a``: the year with ``-ko``, the month in the genitive, the day with ``-a``."""
    return f"{d.year}ko {_BASQUE[d.month - 1]} {d.day}a"


def som(x: float) -> str:
    """``1 234 500,00 so'm``: a space between the thousands, a decimal comma, so'm after."""
    return eu(x, " ", " so'm")


# =============================================================================== complaint
def complaint_en_slovenian(s: Sheet) -> None:
    """A Slovenian customer's REKLAMACIJA / CUSTOMER COMPLAINT in SLOVENIAN–ENGLISH labels, dates
    ``5. marca 2026`` (the month in the genitive), quantities ``1.200 kos`` (kos = piece)."""
    s.text("A1", "REKLAMACIJA KUPCA / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Obrazec OB-8.2-11, izdaja 4", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 17))
    lv(s, "A3", "Št. reklamacije / Complaint No.", "B3", pick(s, "RK-2026-0042", "RK-2026-0077"), "number")
    lv(s, "C3", "Datum prejema / Received", "D3", slovenian(d), "received_date", expect=d.isoformat())
    lv(s, "A4", "Kupec / Customer", "B4", pick(s, "Revoz d.d.", "Hidria d.o.o."), "customer", span="D4")
    lv(s, "A5", "Naročilnica / PO No.", "B5", pick(s, "NR-2026-1187", "NR-2026-1402"), "order_no")
    lv(s, "C5", "Serija / Lot", "D5", pick(s, "SI2602-07", "SI2604-12"), "lot_no")
    lv(s, "A6", "Šifra dela / Part No.", "B6", pick(s, "RV-CLP-1140", "HD-GLW-0815"), "part_no")
    lv(s, "C6", "Naziv dela / Part name", "D6", pick(s, "Sponka kabla", "Žarilna svečka"), "part_name")
    q, dq = pick(s, (1200, 36), (24000, 310))
    lv(s, "A7", "Dobavljeno / Qty delivered", "B7", qty(q, ".", "kos"), "ship_qty", expect=q)
    lv(s, "C7", "Neustrezno / Qty defective", "D7", qty(dq, ".", "kos"), "defect_qty", expect=dq)
    lv(s, "A8", "Opis napake / Defect description", "B8",
       pick(s, "Sponka se zlomi pri montaži, zatič prekratek.", "Grelni del pregori po 40 ciklih."),
       "description", span="D8")  # fmt: skip
    lv(s, "A9", "Zahteva / Request", "B9", pick(s, "Zamenjava / Replacement", "Vračilo / Return"),
       "customer_request", expect=pick(s, ["replacement"], ["return"]), span="D9")  # fmt: skip
    lv(s, "A10", "Takojšnji ukrepi / Immediate action", "B10",
       pick(s, "Zaloga 4.800 kos pregledana.", "Serija blokirana v skladišču."), "short_term_action",
       span="D10")  # fmt: skip
    lv(s, "A11", "Izpolnil / Prepared by", "B11", "Wang Lei", "reporter")
    lv(s, "C11", "Vodja / Supervisor", "D11", pick(s, "Maja Novak", "Luka Kranjc"), "sales_supervisor")


def complaint_zh_tolerance(s: Sheet) -> None:
    """客户投诉单 of a fastener plant that COUNTS BY WEIGHT: the delivered quantity carries the
    scale's tolerance (``12,000 ±0.5%``); the defective count is typed plainly."""
    s.text("A1", "客户投诉单", "D1", size=15)
    plain(s, "A2", "紧固件按重量计数，数量允差 ±0.5%", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 22))
    lv(s, "A3", "投诉编号", "B3", pick(s, "TS-JG-2603-015", "TS-JG-2604-033"), "number")
    lv(s, "C3", "接收日期", "D3", d, "received_date", fmt="yyyy-mm-dd")
    lv(
        s,
        "A4",
        "客户名称",
        "B4",
        pick(s, "宁波拓普集团股份有限公司", "浙江万丰奥威汽轮股份有限公司"),
        "customer",
    )
    lv(s, "C4", "订单号", "D4", pick(s, "TP-PO-2602-3318", "WF-PO-2604-0917"), "order_no")
    lv(s, "A5", "零件号", "B5", pick(s, "M8X25-10.9", "M10X1.25-8.8"), "part_no")
    lv(s, "C5", "零件名称", "D5", pick(s, "六角法兰螺栓", "轮毂螺母"), "part_name")
    lv(s, "A6", "批次号", "B6", pick(s, "JG260218-3", "JG260409-1"), "lot_no")
    q = pick(s, 12000, 8000)
    lv(s, "C6", "交货数量", "D6", f"{q:,} ±0.5%", "ship_qty", expect=q)
    lv(s, "A7", "不良数量", "B7", pick(s, 36, 120), "defect_qty")
    lv(s, "C7", "客户要求", "D7", pick(s, "换货", "退货"), "customer_request",
       expect=[pick(s, "replacement", "return")])  # fmt: skip
    lv(s, "A8", "问题描述", "B8", pick(s, "螺纹烂牙，拧紧扭矩达不到 45 N·m。", "螺母锌层起泡，盐雾 96 h 红锈。"),
       "description", span="D8")  # fmt: skip
    lv(s, "A9", "临时措施", "B9", pick(s, "在库 60,000 件全部通规止规检验。", "同批次在途品拦截。"),
       "short_term_action", span="D9")  # fmt: skip
    lv(s, "A10", "登记人", "B10", "邵丽", "reporter")
    lv(s, "C10", "业务主管", "D10", pick(s, "韩志刚", "韩志刚"), "sales_supervisor")


def complaint_zht_legend(s: Sheet) -> None:
    """客訴單 of a plant whose boxes carry only a NUMBER (①, ② …): the labels stand in a LEGEND
    column (欄位說明) far to the right of the values, each after the box's number."""
    s.text("A1", "客 訴 單", "F1", size=15)
    rows = (
        ("客戶名稱", "台達電子工業股份有限公司", "customer", None),
        ("收件日期", "2026/03/05", "received_date", "2026-03-05"),
        ("客訴編號", "DT-CS-2603-011", "number", None),
        ("訂單號碼", "DPO-2602-77810", "order_no", None),
        ("料號", "DT-FAN-1208", "part_no", None),
        ("品名", "散熱風扇", "part_name", None),
        ("出貨數量", 2400, "ship_qty", None),
        ("不良數量", 96, "defect_qty", None),
        ("不良內容", "風扇異音，轉速低於 3,000 rpm。", "description", None),
        ("客戶要求", "退貨", "customer_request", ["return"]),
        ("業務", "蕭雅婷", "reporter", None),
    )
    s.text("E2", "欄位說明", "F2", bold=True, shade=True)
    circled = "①②③④⑤⑥⑦⑧⑨⑩⑪"
    for i, (lab, raw, path, exp) in enumerate(rows):
        r = 3 + i
        s.text(f"A{r}", circled[i], center=True)
        s.value(f"B{r}", raw, path=path, label=lab, expect=exp, span=f"C{r}",
                fmt="#,##0" if isinstance(raw, int) else None)  # fmt: skip
        plain(s, f"E{r}", f"{circled[i]} {lab}", f"F{r}")


# =============================================================================== 8D
def eightd_en_welsh(s: Sheet) -> None:
    """A Welsh customer's ADRODDIAD 8D / 8D REPORT in WELSH–ENGLISH labels, dates ``5 Mawrth 2026``,
    quantities ``1,250 darn`` (darn = piece)."""
    s.text("A1", "ADRODDIAD 8D / 8D REPORT", "D1", size=13)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 4, 23)), (D(2026, 4, 9), D(2026, 5, 27)))
    lv(s, "A2", "Rhif adroddiad / Report No.", "B2", pick(s, "8D-CF-26-011", "8D-CF-26-024"), "number")
    lv(s, "C2", "Dyddiad agor / Opened", "D2", welsh(d), "opened_date", expect=d.isoformat())
    lv(s, "A3", "Cwsmer / Customer", "B3", pick(s, "Aston Martin Lagonda", "Airbus Broughton"), "customer")
    lv(
        s,
        "C3",
        "Rhif cwyn / Complaint No.",
        "D3",
        pick(s, "AML-CC-260302", "ABB-CC-260406"),
        "complaint_number",
    )
    lv(s, "A4", "Rhif rhan / Part No.", "B4", pick(s, "CY-BRK-4410", "CY-RIB-0917"), "part_no")
    n = pick(s, 1250, 84)
    lv(s, "C4", "Nifer / Qty complained", "D4", f"{n:,} darn", "problem.qty_complained", expect=n)
    team = pick(s, ("Rhys Evans", "Chen Jie", "Siân Jones"), ("Rhys Evans", "Owain Davies"))
    team_cell(s, "A5", "D1 Tîm / Team", "B5", team, span="D5")
    rows = (
        ("D2 Disgrifiad / Problem", pick(s, "Bracket weld cracked on 1,250 darn.", "Rib flange out of flat."),
         "problem.statement"),
        ("D3 Camau cyfyngu / Containment", pick(s, "Stock of 4,000 darn dye-penetrant tested.", "Lot quarantined."),
         "containment[0].action"),
        ("D4 Achos sylfaenol / Root cause", pick(s, "Wire feed unstable on cell 2.", "Clamp worn on jig 4."),
         "root_cause[type=occurrence].cause"),
        ("D4 Pam na chanfuwyd / Why not detected", pick(s, "No crack test at final inspection.",
         "Flatness checked on 1 part a shift."), "root_cause[type=escape].cause"),
        ("D5 Camau cywiro / Corrective action", pick(s, "Wire feeder replaced, parameters locked.",
         "Clamps replaced, wear limit set."), "corrective_actions[0].action"),
        ("D6 Gwirio / Verification", pick(s, "6 lots without cracks.", "300 ribs within 0.1 mm."),
         "implementation[0].result"),
        ("D7 Atal / Prevention", pick(s, "Feed check added to all weld cells.", "Jig wear limits in PM plan."),
         "prevention.horizontal_deployment"),
    )  # fmt: skip
    lv_rows(s, 6, rows)
    lv(s, "A13", "D8 Cau / Closed", "B13", welsh(c), "closure.closed_date", expect=c.isoformat())
    lv(s, "C13", "Cymeradwywyd / Approved", "D13", pick(s, "Gareth Williams", "Eleri Thomas"),
       "closure.approved_by")  # fmt: skip


def eightd_zh_d567(s: Sheet) -> None:
    """8D 报告 whose D5, D6 and D7 are ONE MERGED BLOCK: a label ``D5–D7 措施及验证`` merged down three
    rows beside one merged cell holding three paragraphs, each after its step's own small heading
    (``D5 永久措施：`` …); the other steps one row each."""
    s.text("A1", "8D 报告", "D1", size=15)
    top = (
        ("A2", "报告编号", "B2", "8D-TJ-2603-009", "number", None),
        ("C2", "立案日期", "D2", D(2026, 3, 9), "opened_date", None),
        ("A3", "客户", "B3", "天津一汽丰田汽车有限公司", "customer", None),
        ("C3", "客诉单号", "D3", "TFTM-QR-260306", "complaint_number", None),
        ("A4", "零件号", "B4", "TJ-HSE-5520", "part_no", None),
        ("C4", "投诉数量", "D4", 180, "problem.qty_complained", None),
    )
    for lref, lab, vref, raw, path, exp in top:
        lv(s, lref, lab, vref, raw, path, expect=exp, fmt="yyyy年m月d日" if isinstance(raw, D) else None)
    team = ("赵磊", "钱芳", "孙浩")
    team_cell(s, "A5", "D1 小组成员", "B5", team, "、", span="D5")
    for r, (lab, raw, path) in enumerate(
        (
            ("D2 问题描述", "暖风水管卡箍位置偏移，180 件漏液。", "problem.statement"),
            ("D3 围堵措施", "库存 2,600 件及在途 900 件全检。", "containment[0].action"),
            ("D4 发生原因", "卡箍定位工装磨损 1.5 mm。", "root_cause[type=occurrence].cause"),
            ("D4 流出原因", "终检气密测试未覆盖卡箍位置。", "root_cause[type=escape].cause"),
        ),
        start=6,
    ):
        lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"D{r}")
    s.text("A10", "D5–D7 措施及验证", "A12", shade=True)
    steps = (
        ("D5 永久措施：", "定位工装改为淬火钢并每月点检。", "corrective_actions[0].action"),
        ("D6 效果验证：", "连续 5 批 3,000 件气密全部合格。", "implementation[0].result"),
        ("D7 预防再发：", "同类 6 套工装纳入点检表。", "prevention.horizontal_deployment"),
    )
    block = "\n".join(h + t for h, t, _ in steps)
    s.value("B10", block, path=None, label="D5–D7 措施及验证", span="D12")
    for _, t, path in steps:
        field(s, "D5–D7 措施及验证", "B10", block, path, t)
    lv(s, "A13", "D8 结案日期", "B13", D(2026, 4, 20), "closure.closed_date", fmt="yyyy年m月d日")
    lv(s, "C13", "批准", "D13", "冯建国", "closure.approved_by")


# =============================================================================== return
def return_en_catalan(s: Sheet) -> None:
    """A Catalan customer's ALBARÀ DE DEVOLUCIÓ / RETURN NOTE in CATALAN–ENGLISH labels, ``5 de març de
    2026`` (copy2 ``14 d'abril de 2026``), quantities ``1.200 u.``, amounts ``1.234,50 €`` and a LOT
    column per item line."""
    s.text("A1", "ALBARÀ DE DEVOLUCIÓ / RETURN NOTE", "G1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "A2", "Núm. devolució / Return No.", "B2", pick(s, "DEV-BCN-26-021", "DEV-BCN-26-048"), "number")
    lv(s, "D2", "Data / Date", "E2", catalan(d), "issue_date", expect=d.isoformat(), span="G2")
    lv(s, "A3", "Client / Customer", "B3", pick(s, "SEAT, S.A.", "Roca Sanitario, S.A."), "customer")
    lv(s, "D3", "Núm. reclamació / Complaint No.", "E3", pick(s, "SE-RC-260302", "RO-RC-260409"),
       "complaint_number", span="G3")  # fmt: skip
    heads = ("Codi / Part No.", "Descripció / Description", "Lot / Batch", "Aprovat / Approved",
             "Retornat / Returned", "Preu / Unit price", "Import / Amount")  # fmt: skip
    head_row(s, 4, "ABCDEFG", heads)
    lines = pick(
        s,
        [("CT-HNG-2201", "Frontissa porta", "L260211", 1200, 1200, 3.85),
         ("CT-HNG-2201", "Frontissa porta", "L260218", 600, 588, 3.85),
         ("CT-SPR-2205", "Molla retorn", "L260220", 2500, 2500, 0.62)],
        [("RC-VLV-3301", "Vàlvula descàrrega", "V260402", 420, 415, 18.4)],
    )  # fmt: skip
    for i, (code, name, lot, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.text(f"C{r}", lot)
        s.value(f"D{r}", qty(qa, ".", "u."), path=f"items[{i}].qty_approved", label=heads[3], expect=qa)
        s.value(f"E{r}", qty(q, ".", "u."), path=f"items[{i}].qty_returned", label=heads[4], expect=q)
        s.value(f"F{r}", eu(p, ".", " €"), path=f"items[{i}].unit_price", label=heads[5], expect=money(p))
        s.value(f"G{r}", eu(q * p, ".", " €"), path=f"items[{i}].amount", label=heads[6], expect=money(q * p))
    lv(s, "A9", "Motiu / Reason", "B9", pick(s, "Frontisses amb rebava, la porta no tanca.",
       "Vàlvules amb fuita a 3 bar."), "reason", span="G9")  # fmt: skip
    lv(s, "A10", "Tractament / Disposition", "B10", pick(s, "Reprocés / Rework", "Rebuig / Scrap"), "handling",
       expect=[pick(s, "rework", "scrap")], span="G10")  # fmt: skip
    lv(
        s,
        "A11",
        "Rebut per / Received by",
        "B11",
        pick(s, "Jordi Puig", "Montse Vidal"),
        "warehouse_receiver",
    )
    lv(s, "D11", "Aprovat per / Approved by", "E11", "Núria Ferrer", "approved_by", span="G11")


def return_zht_lines(s: Sheet) -> None:
    """A 退貨單 whose two item lines were typed into ONE ROW: each cell of the row holds both lines,
    one under the other after a line break (Alt+Enter) — the part numbers, names, quantities,
    prices and amounts."""
    s.text("A1", "退 貨 單", "F1", size=15)
    lv(s, "A2", "退貨單號", "B2", "RT-TY-2603-014", "number")
    lv(s, "C2", "退貨日期", "D2", "2026.03.06", "issue_date", expect="2026-03-06")
    lv(s, "A3", "客戶", "B3", "光寶科技股份有限公司", "customer")
    lv(s, "C3", "客訴單號", "D3", "LO-QA-260303", "complaint_number")
    heads = ("料號", "品名", "核准數量", "退回數量", "單價", "金額")
    head_row(s, 4, "ABCDEF", heads)
    lines = (("TY-LED-0612", "LED 燈條", 500, 480, 85.0), ("TY-DRV-0613", "驅動板", 1200, 1200, 12.5))
    cols = (
        ("A", "part_no", lambda ln: ln[0], lambda ln: None),
        ("B", "part_name", lambda ln: ln[1], lambda ln: None),
        ("C", "qty_approved", lambda ln: f"{ln[2]:,}", lambda ln: ln[2]),
        ("D", "qty_returned", lambda ln: f"{ln[3]:,}", lambda ln: ln[3]),
        ("E", "unit_price", lambda ln: f"{ln[4]:,.2f}", lambda ln: money(ln[4])),
        ("F", "amount", lambda ln: f"{ln[3] * ln[4]:,.2f}", lambda ln: money(ln[3] * ln[4])),
    )
    for col, name, typed, exp in cols:
        text = "\n".join(typed(ln) for ln in lines)
        s.value(f"{col}5", text, path=None, label=heads["ABCDEF".index(col)])
        for i, ln in enumerate(lines):
            e = exp(ln)
            field(
                s,
                heads["ABCDEF".index(col)],
                f"{col}5",
                text,
                f"items[{i}].{name}",
                typed(ln) if e is None else e,
            )
    lv(s, "A6", "退貨原因", "B6", "LED 燈條色溫偏差，驅動板隨貨退回。", "reason", span="F6")
    lv(s, "A7", "處理方式", "B7", "重工", "handling", expect=["rework"], span="F7")
    lv(s, "A8", "倉管簽收", "B8", "簡志豪", "warehouse_receiver")
    lv(s, "C8", "核准", "D8", "游淑芬", "approved_by")


# =============================================================================== allowance
def allowance_en_uzbek(s: Sheet) -> None:
    """An Uzbek customer's KREDIT-NOTA / CREDIT NOTE in UZBEK–ENGLISH labels, dates ``2026-yil 5-mart``
    (the year first), quantities ``1 200 dona``, amounts ``1 234 500,00 so'm``, ``QQS 12 % / VAT`` and
    the buyer's ``STIR / TIN``."""
    s.text("A1", "KREDIT-NOTA / CREDIT NOTE", "E1", size=13)
    d, inv = pick(s, (D(2026, 3, 27), D(2026, 3, 5)), (D(2026, 4, 28), D(2026, 4, 9)))
    lv(s, "A2", "Kredit-nota № / No.", "B2", pick(s, "KN-TAS-26-0031", "KN-TAS-26-0058"), "number")
    lv(s, "C2", "Sana / Date", "D2", uzbek(d), "issue_date", expect=d.isoformat(), span="E2")
    lv(s, "A3", "Xaridor / Buyer", "B3", pick(s, '"UzAuto Motors" AJ', '"Artel Electronics" MChJ'), "buyer")
    lv(s, "C3", "STIR / TIN", "D3", pick(s, "200 949 269", "205 583 447"), "buyer_tax_id",
       expect=pick(s, "200949269", "205583447"), span="E3")  # fmt: skip
    lv(s, "A4", "Hisob-faktura № / Invoice No.", "B4", pick(s, "HF-26-000712", "HF-26-000988"), "invoice_no")
    lv(s, "C4", "Hisob-faktura sanasi / Invoice date", "D4", uzbek(inv), "invoice_date", expect=inv.isoformat(),
       span="E4")  # fmt: skip
    lv(s, "A5", "Da'vo № / Complaint No.", "B5", pick(s, "UZA-DV-260311", "ART-DV-260415"), "complaint_number",
       span="E5")  # fmt: skip
    heads = ("Tovar / Item", "Miqdori / Qty", "Narxi / Unit price", "Summa / Net", "QQS 12% / VAT")
    head_row(s, 6, "ABCDE", heads)
    lines = pick(s, (("Eshik tutqichi UZ-HDL-1101", 1200, 14500.0), ("Prokladka UZ-GSK-1102", 3000, 2300.0)),
                 (("Termostat AR-TMS-2201", 450, 38900.0),))  # fmt: skip
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.12 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", qty(q, " ", "dona"), path=f"items[{i}].qty", label=heads[1], expect=q)
        s.value(f"C{r}", som(p), path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(f"D{r}", som(a), path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a))
        s.value(f"E{r}", som(t), path=f"items[{i}].tax", label=heads[4], expect=money(t))
    s.text("A9", "Jami / Total", "C9", bold=True)
    s.value("D9", som(net), path="total_excl_tax", label="Jami / Total Summa", expect=money(net))
    s.value("E9", som(tax), path="total_tax", label="Jami / Total QQS", expect=money(tax))
    lv(s, "A10", "Jami QQS bilan / Total incl. VAT", "B10", som(net + tax), "total", expect=money(net + tax))
    lv(s, "C10", "Tasdiqladi / Approved", "D10", pick(s, "Dilshod Karimov", "Nodira Yusupova"),
       "approved_by_manager", span="E10")  # fmt: skip


def allowance_zh_taxrates(s: Sheet) -> None:
    """销售折让证明单 whose lines carry two tax rates (13 % goods, 9 % freight) and whose tax is summed
    PER RATE on lines under the table (``其中：13% 税额 …``, ``9% 税额 …``) before the total tax."""
    s.text("A1", "销售折让证明单", "F1", size=15)
    lv(s, "A2", "证明单号", "B2", "ZR-SH-2603-021", "number")
    lv(s, "D2", "开具日期", "E2", D(2026, 3, 30), "issue_date", fmt="yyyy-mm-dd", span="F2")
    lv(s, "A3", "购买方", "B3", "上海汇众汽车制造有限公司", "buyer")
    lv(s, "D3", "纳税人识别号", "E3", "913100006072334568", "buyer_tax_id", span="F3")
    lv(s, "A4", "原发票号码", "B4", "31008822", "invoice_no")
    lv(s, "D4", "客诉单号", "E4", "HZ-QA-260317", "complaint_number", span="F4")
    heads = ("货物或应税劳务名称", "数量", "单价", "折让金额", "税率", "税额")
    head_row(s, 5, "ABCDEF", heads)
    lines = (("副车架衬套", 2000, 16.8, 0.13), ("减振器支架", 1500, 9.4, 0.13), ("运输服务", 1, 1200.0, 0.09))
    net = 0.0
    by_rate: dict[float, float] = {}
    for i, (name, q, p, rate) in enumerate(lines):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * rate + 1e-9, 2)
        net += a
        by_rate[rate] = by_rate.get(rate, 0.0) + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1], fmt="#,##0")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label=heads[2], expect=money(p), fmt="#,##0.00")
        s.value(
            f"D{r}", a, path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a), fmt="#,##0.00"
        )
        s.text(f"E{r}", f"{round(rate * 100)}%")
        s.value(f"F{r}", t, path=f"items[{i}].tax", label=heads[5], expect=money(t), fmt="#,##0.00")
    tax = round(sum(by_rate.values()), 2)
    s.text("A9", "合计", "C9", bold=True)
    s.value(
        "D9", round(net, 2), path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt="#,##0.00"
    )
    s.value("F9", tax, path="total_tax", label="合计 税额", expect=money(tax), fmt="#,##0.00")
    for k, rate in enumerate(sorted(by_rate, reverse=True)):
        s.text(f"D{10 + k}", f"其中：税率 {round(rate * 100)}%", f"E{10 + k}")
        s.text(f"F{10 + k}", f"{by_rate[rate]:,.2f}")
    lv(s, "A12", "价税合计", "B12", round(net + tax, 2), "total", expect=money(net + tax), fmt="#,##0.00")
    lv(s, "D12", "财务负责人", "E12", "陆敏", "approved_by_manager", span="F12")


W4 = dict(A=36, B=30, C=32, D=30)
EXCEL = [
    excel_layout("complaint-en-slovenian", "complaint", "en", complaint_en_slovenian, "Reklamacija", W4,
       "a Slovenian customer's complaint: Slovenian–English labels, 5. marca 2026, 1.200 kos", copy2=True),
    excel_layout("complaint-zh-tolerance", "complaint", "zh-Hans", complaint_zh_tolerance, "投诉单",
       dict(A=14, B=32, C=14, D=30),
       "客户投诉单 of a fastener plant counting by weight: 12,000 ±0.5%", copy2=True),
    excel_layout("complaint-zht-legend", "complaint", "zh-Hant", complaint_zht_legend, "客訴單",
       dict(A=6, B=26, C=16, D=4, E=12, F=14),
       "a 客訴單 whose boxes carry only numbers, the labels in a legend column to the right"),
    excel_layout("8d-en-welsh", "8d", "en", eightd_en_welsh, "8D", dict(A=40, B=30, C=30, D=30),
       "a Welsh customer's 8D: Welsh–English labels, 5 Mawrth 2026, 1,250 darn", copy2=True),
    excel_layout("8d-zh-d567", "8d", "zh-Hans", eightd_zh_d567, "8D", dict(A=18, B=34, C=14, D=30),
       "8D 报告 whose D5, D6 and D7 are one merged block, each step after its own heading"),
    excel_layout("return-en-catalan", "return", "en", return_en_catalan, "Devolucio",
       dict(A=24, B=22, C=14, D=16, E=16, F=16, G=18),
       "a Catalan customer's return note: 5 de març de 2026, 1.200 u., 1.234,50 €, a lot per line", copy2=True),
    excel_layout("return-zht-lines", "return", "zh-Hant", return_zht_lines, "退貨單", dict(A=16, B=22, C=14, D=16, E=12, F=14),
       "a 退貨單 whose two item lines are typed into one row, each cell holding both after a line break"),
    excel_layout("allowance-en-uzbek", "allowance", "en", allowance_en_uzbek, "Kredit-nota",
       dict(A=32, B=16, C=22, D=24, E=24),
       "an Uzbek customer's credit note: 2026-yil 5-mart, 1 200 dona, 1 234 500,00 so'm, QQS 12 %", copy2=True),
    excel_layout("allowance-zh-taxrates", "allowance", "zh-Hans", allowance_zh_taxrates, "折让",
       dict(A=22, B=16, C=12, D=16, E=12, F=14),
       "销售折让证明单 with lines at 13 % and 9 % and a tax line per rate under the table"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = portal_css(
    "#e8eef4",
    ".cookie{background:#222;color:#fff;padding:10px 14px;font-size:9pt}"
    ".cookie b{background:#1a73e8;padding:3px 10px;margin-left:8px}",
)


def complaint_en_belarusian(f: HtmlForm) -> str:
    """A Belarusian customer's ПРЭТЭНЗІЯ / CUSTOMER COMPLAINT page in BELARUSIAN–ENGLISH labels,
    ``5 сакавіка 2026 г.`` (the month in the genitive, ``г.`` after the year), ``1 200 адз.``
    (адзінак = units)."""
    d = pick(f, D(2026, 3, 5), D(2026, 4, 23))
    q, dq = pick(f, (1200, 48), (9600, 140))
    f.raw("<h2>ПРЭТЭНЗІЯ / CUSTOMER COMPLAINT</h2><table>")
    kv_rows(f, (
        ("Нумар прэтэнзіі / Complaint No.", pick(f, "ПР-МН-26-0019", "ПР-МН-26-0044"), "number", None),
        ("Дата атрымання / Received", belarusian(d), "received_date", d.isoformat()),
        ("Заказчык / Customer", pick(f, "ААТ «БелАЗ»", "ААТ «МАЗ»"), "customer", None),
        ("Нумар заказу / PO No.", pick(f, "БЗ-2602-4471", "МЗ-2604-0935"), "order_no", None),
        ("Партыя / Lot", pick(f, "BY2602-14", "BY2604-02"), "lot_no", None),
        ("Код дэталі / Part No.", pick(f, "BZ-SEA-7710", "MZ-HOS-3321"), "part_no", None),
        ("Назва дэталі / Part name", pick(f, "Ушчыльняльнік", "Шланг тармазны"), "part_name", None),
        ("Пастаўлена / Qty delivered", qty(q, " ", "адз."), "ship_qty", q),
        ("Брак / Qty defective", qty(dq, " ", "адз."), "defect_qty", dq),
        ("Апісанне дэфекту / Defect", pick(f, "Seal lip torn, oil leaks at the hub.",
         "Hose bursts at 120 bar."), "description", None),
        ("Патрабаванне / Request", pick(f, "Замена / Replacement", "Вяртанне / Return"), "customer_request",
         [pick(f, "replacement", "return")]),
        ("Неадкладныя меры / Immediate action", pick(f, "Stock of 3 600 адз. sorted.", "Lot on hold."),
         "short_term_action", None),
        ("Склаў / Prepared by", "Liu Yang", "reporter", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Pretenziya", _CSS)


def eightd_en_basque(f: HtmlForm) -> str:
    """A Basque customer's 8D TXOSTENA / 8D REPORT page in BASQUE–ENGLISH labels, dates ``2026ko
    martxoaren 5a`` (the year first with -ko, the month in the genitive, the day with -a),
    ``1.250 pieza``."""
    f.raw("<h2>8D TXOSTENA / 8D REPORT</h2><table>")
    kv_rows(f, (
        ("Txosten zk. / Report No.", "8D-EUS-26-006", "number", None),
        ("Irekiera data / Opened", basque(D(2026, 3, 5)), "opened_date", "2026-03-05"),
        ("Bezeroa / Customer", "CAF S.A.", "customer", None),
        ("Erreklamazio zk. / Complaint No.", "CAF-ER-260303", "complaint_number", None),
        ("Pieza kodea / Part No.", "EU-AXL-2208", "part_no", None),
        ("Kopurua / Qty complained", "1.250 pieza", "problem.qty_complained", 1250),
    ))  # fmt: skip
    team = ("Iker Etxeberria", "Zhang Wei", "Ane Goikoetxea")
    team_row(f, "D1 Taldea / Team", team)
    kv_rows(f, (
        ("D2 Arazoa / Problem", "Axle bearing seats undersize on 1.250 pieza.", "problem.statement", None),
        ("D3 Euste neurriak / Containment", "Stock of 2.400 pieza measured 100 %.", "containment[0].action", None),
        ("D4 Erro-kausa / Root cause", "Grinding wheel dressing skipped.", "root_cause[type=occurrence].cause",
         None),
        ("D4 Ihes-kausa / Escape cause", "Gauge not calibrated for the new diameter.",
         "root_cause[type=escape].cause", None),
        ("D5 Ekintza zuzentzaileak / Corrective action", "Dressing interlocked with cycle count.",
         "corrective_actions[0].action", None),
        ("D6 Egiaztapena / Verification", "5 lots within tolerance.", "implementation[0].result", None),
        ("D7 Prebentzioa / Prevention", "Gauge master added to every grinder.", "prevention.horizontal_deployment",
         None),
        ("D8 Itxiera data / Closed", basque(D(2026, 4, 22)), "closure.closed_date", "2026-04-22"),
        ("Onartua / Approved", "Mikel Arrieta", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("8D txostena", _CSS)


def return_zh_srm(f: HtmlForm) -> str:
    """A 退货单 page of a customer's SRM portal, printed as the browser showed it: the COOKIE BANNER
    still on top (本网站使用 Cookie … 全部接受 / 拒绝), the times with their TIME ZONE (``2026-03-04
    16:20 GMT+8``), a 批次号 per item line, the page's last-updated line in UTC."""
    f.raw('<div class="cookie">本网站使用 Cookie 以改善您的浏览体验并进行访问统计。继续浏览即表示您同意我们的 Cookie 政策。'
          "<b>全部接受</b><b>拒绝</b><b>Cookie 设置</b></div>")  # fmt: skip
    f.raw('<p class="note">供应商协同平台 SRM › 质量管理 › 退货单详情</p><h2>退货单</h2><table>')
    kv_rows(f, (
        ("退货单号", "RMA-GZ-2603-0088", "number", None),
        ("退货时间", "2026-03-04 16:20 GMT+8", "issue_date", "2026-03-04"),
        ("客户", "广汽埃安新能源汽车股份有限公司", "customer", None),
        ("关联质量问题单", "AION-QP-260301", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table><p>退货明细</p>")
    heads = ("物料编码", "物料描述", "批次号", "确认数量", "退货数量", "单价", "金额")
    th_row(f, heads)
    for i, (code, name, lot, qa, q, p) in enumerate(
        (("GZ-BMS-4401", "电池管理板", "B2602271", 300, 300, 128.0),
         ("GZ-HRN-4402", "低压线束", "H2602283", 800, 792, 46.5))
    ):  # fmt: skip
        cells = (
            (code, f"items[{i}].part_no", None),
            (name, f"items[{i}].part_name", None),
            (lot, None, None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa),
            (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"{p:,.2f}", f"items[{i}].unit_price", money(p)),
            (f"{q * p:,.2f}", f"items[{i}].amount", money(q * p)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("退货原因", "电池管理板采样异常，线束端子压接不良。", "reason", None),
        ("处理方式", "返工", "handling", ["rework"]),
        ("收货人", "黎志强", "warehouse_receiver", None),
        ("审批人", "邓海燕", "approved_by", None),
    ))  # fmt: skip
    f.raw('</table><p class="note">最后更新：2026-03-05T02:15:00Z · 审批时间：2026-03-05 09:40 GMT+8</p>')
    return f.page("退货单详情", _CSS)


_LAO = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ",
        "ທັນວາ")  # fmt: skip


def kip(x: int) -> str:
    """``1.234.500 ກີບ``: whole kip, a dot between the thousands, ກີບ (kip) after."""
    return f"{x:,}".replace(",", ".") + " ກີບ"


def return_en_lao(f: HtmlForm) -> str:
    """A Lao customer's ໃບສົ່ງຄືນສິນຄ້າ / RETURN NOTE page in LAO–ENGLISH labels, ``5 ມີນາ 2026``,
    quantities ``1.200 ອັນ`` (ອັນ = piece), amounts in whole kip ``1.234.500 ກີບ``."""
    f.raw("<h2>ໃບສົ່ງຄືນສິນຄ້າ / RETURN NOTE</h2><table>")
    kv_rows(f, (
        ("ເລກທີ / Return No.", "RN-VTE-26-0012", "number", None),
        ("ວັນທີ / Date", f"5 {_LAO[2]} 2026", "issue_date", "2026-03-05"),
        ("ລູກຄ້າ / Customer", "Lao Brewery Co., Ltd.", "customer", None),
        ("ເລກທີຄຳຮ້ອງ / Complaint No.", "LBC-CR-260302", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("ລະຫັດ / Part No.", "ລາຍການ / Description", "ອະນຸມັດ / Approved", "ສົ່ງຄືນ / Returned",
             "ລາຄາ / Unit Price", "ມູນຄ່າ / Amount")  # fmt: skip
    th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("LA-CAP-1101", "Bottle cap 26 mm", 1200, 1200, 350), ("LA-LBL-1102", "Neck label", 5000, 4950, 120))
    ):
        cells = (
            (code, f"items[{i}].part_no", None),
            (name, f"items[{i}].part_name", None),
            (qty(qa, ".", "ອັນ"), f"items[{i}].qty_approved", qa),
            (qty(q, ".", "ອັນ"), f"items[{i}].qty_returned", q),
            (kip(p), f"items[{i}].unit_price", money(p)),
            (kip(q * p), f"items[{i}].amount", money(q * p)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("ເຫດຜົນ / Reason", "Caps crimp loose, bottles lose pressure.", "reason", None),
        ("ການຈັດການ / Disposition", "ທຳລາຍ / Scrap", "handling", ["scrap"]),
        ("ຜູ້ຮັບ / Received by", "Souksavanh Phommachanh", "warehouse_receiver", None),
        ("ຜູ້ອະນຸມັດ / Approved by", "Bounmy Vongsa", "approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Return note", _CSS)


class OutlineDraw(CjkDraw):
    """fpdf2 drawing every text as CURVES (the glyphs' outlines, no font on the page) with an
    INVISIBLE text layer over them, as an OCR pass (Acrobat's Recognize Text) leaves a page whose
    text had been turned to outlines: the page shows paths, the words are in render mode 3."""

    _font = None

    def _outline(self, x, y, text, size):
        from fontTools.pens.transformPen import TransformPen
        from fontTools.ttLib import TTFont
        from fpdf.drawing import GlyphPathPen, PaintedPath
        from make_holdout8 import CJK_FONT

        if OutlineDraw._font is None:
            OutlineDraw._font = TTFont(CJK_FONT, fontNumber=0)
        font = OutlineDraw._font
        glyphs, cmap, hmtx = font.getGlyphSet(), font.getBestCmap(), font["hmtx"]
        scale = size * 25.4 / 72 / font["head"].unitsPerEm
        path = PaintedPath()
        path.style.fill_color = "#000000"
        path.style.stroke_color = None
        for ch in text:
            name = cmap.get(ord(ch))
            if name is None:
                continue
            glyphs[name].draw(TransformPen(GlyphPathPen(path, glyphSet=glyphs), (scale, 0, 0, -scale, x, y)))
            x += hmtx[name][0] * scale
        self.pdf.draw_path(path)

    @contextmanager
    def _invisible(self):
        """What is written meanwhile is the OCR layer: text in render mode 3 (neither filled nor stroked)."""
        from fpdf.enums import TextMode

        self.pdf.text_mode = TextMode.INVISIBLE
        try:
            yield
        finally:
            self.pdf.text_mode = TextMode.FILL

    def text(self, x, y, text, size=9, bold=False):
        self._outline(x, y, text, size + (1 if bold else 0))
        with self._invisible():
            super().text(x, y, text, size, bold)

    def value(self, x, y, raw, *, path, label, expect=None, size=9):
        if not self.blank:
            self._outline(x, y, raw, size)
        with self._invisible():
            super().value(x, y, raw, path=path, label=label, expect=expect, size=size)

    @classmethod
    def of(cls, f: PdfDraw) -> OutlineDraw:  # type: ignore[override]
        CjkDraw.of(f)
        f.__class__ = cls
        return f  # type: ignore[return-value]


def eightd_zht_outlined(f: PdfDraw) -> None:
    """8D 問題解決報告 whose every letter is a CURVE (text turned to outlines by the sender's print
    driver) with an INVISIBLE OCR text layer laid over it; label and value pairs on lines, the
    steps each a heading with its text below, boxes around the step blocks."""
    f = OutlineDraw.of(f)
    f.text(70, 16, "8D 問題解決報告", size=16)
    top = (
        (20, 28, "案件編號", "8D-TC-2603-021", "number", None),
        (110, 28, "立案日期", "2026/03/11", "opened_date", "2026-03-11"),
        (20, 35, "客戶名稱", "和碩聯合科技股份有限公司", "customer", None),
        (110, 35, "客訴單號", "PG-CQ-260309", "complaint_number", None),
        (20, 42, "料號", "TC-BZL-5106", "part_no", None),
        (110, 42, "不良數", "320", "problem.qty_complained", 320),
    )
    for x, y, lab, raw, path, exp in top:
        f.text(x, y, lab)
        f.value(x + 20, y, raw, path=path, label=lab, expect=exp)
    team = ("許文傑", "高雅琪", "曾國華")
    steps = (
        ("D1 小組成員", "、".join(team), None),
        ("D2 問題說明", "外框卡勾斷裂，組裝後鬆脫，計 320 件。", "problem.statement"),
        ("D3 圍堵措施", "在庫 5,400 件及客戶端庫存全數目檢。", "containment[0].action"),
        ("D4 真因（發生）", "射出保壓時間不足，卡勾根部縮孔。", "root_cause[type=occurrence].cause"),
        ("D4 真因（流出）", "外觀檢驗未包含卡勾強度試驗。", "root_cause[type=escape].cause"),
        ("D5 永久對策", "保壓時間由 2.5 秒調為 4 秒並鎖定參數。", "corrective_actions[0].action"),
        ("D6 對策驗證", "連續 3 批卡勾拉力均大於 60 N。", "implementation[0].result"),
        ("D7 防止再發", "同類 7 套模具納入參數管制表。", "prevention.horizontal_deployment"),
        ("D8 結案日期", "2026/04/15", "closure.closed_date"),
    )
    y = 54
    for lab, raw, path in steps:
        f.pdf.rect(16, y - 5, 178, 15)
        f.text(19, y, lab, bold=True)
        f.value(
            19,
            y + 7,
            raw,
            path=path,
            label=lab,
            expect="2026-04-15" if path == "closure.closed_date" else None,
        )
        if path is None:
            members(f, lab, f"p1!19,{y + 7:g}", raw, team)
        y += 17
    f.text(120, y + 4, "核准")
    f.value(135, y + 4, "鄭志遠", path="closure.approved_by", label="核准")


def allowance_zht_halves(f: PdfDraw) -> None:
    """A 銷貨折讓單 laid out in TWO HALVES SIDE BY SIDE: the left half the document's and buyer's
    fields, the right half each item as a block of ``label：value`` lines and the totals — lines of
    the two halves stand at the same heights."""
    f = CjkDraw.of(f)
    f.text(75, 16, "銷貨折讓單", size=16)
    f.pdf.line(105, 24, 105, 150)
    left = (
        ("折讓單號", "SA-TN-2603-0017", "number", None),
        ("開立日期", "2026年3月27日", "issue_date", "2026-03-27"),
        ("買受人", "聯華電子股份有限公司", "buyer", None),
        ("統一編號", "70610053", "buyer_tax_id", None),
        ("原發票號碼", "AB-30817724", "invoice_no", None),
        ("原發票日期", "2026年3月10日", "invoice_date", "2026-03-10"),
        ("客訴單號", "UMC-QA-260319", "complaint_number", None),
        ("稅率", "5%", "tax_rate", "0.05"),
    )
    for k, (lab, raw, path, exp) in enumerate(left):
        y = 32 + k * 9
        f.text(15, y, lab + "：")
        f.value(40, y, raw, path=path, label=lab, expect=exp)
    net = tax = 0.0
    y = 32
    for i, (name, q, p) in enumerate((("晶圓載具", 40, 3200.0), ("防塵蓋", 600, 18.5))):
        a, t = round(q * p, 2), round(q * p * 0.05 + 1e-9, 2)
        net, tax = net + a, tax + t
        for lab, raw, path, exp in (
            ("品名", name, f"items[{i}].name", None),
            ("數量", f"{q:,}", f"items[{i}].qty", q),
            ("單價", f"{p:,.2f}", f"items[{i}].unit_price", money(p)),
            ("折讓金額", f"{a:,.2f}", f"items[{i}].allowance_amount", money(a)),
            ("營業稅額", f"{t:,.2f}", f"items[{i}].tax", money(t)),
        ):
            f.text(112, y, lab + "：")
            f.value(140, y, raw, path=path, label=lab, expect=exp)
            y += 6
        y += 3
    for lab, raw, path in (
        ("折讓金額合計", f"{net:,.2f}", "total_excl_tax"),
        ("營業稅額合計", f"{tax:,.2f}", "total_tax"),
        ("總計", f"{net + tax:,.2f}", "total"),
    ):
        f.text(112, y, lab + "：")
        f.value(140, y, raw, path=path, label=lab, expect=money(float(raw.replace(",", ""))))
        y += 8
    f.text(15, 120, "經辦：")
    f.value(40, 120, "洪嘉玲", path="approved_by_manager", label="經辦")


SENT_AS_PDF = [
    dict(id="complaint-en-belarusian", kind="complaint", language="en", medium="html", draw=complaint_en_belarusian,
         copy2=True, imitates="a Belarusian customer's complaint: Belarusian–English labels, 5 сакавіка 2026 г., "
         "1 200 адз.", unmapped=[]),
    dict(id="8d-en-basque", kind="8d", language="en", medium="html", draw=eightd_en_basque,
         imitates="a Basque customer's 8D: Basque–English labels, 2026ko martxoaren 5a, 1.250 pieza", unmapped=[]),
    dict(id="return-en-lao", kind="return", language="en", medium="html", draw=return_en_lao,
         imitates="a Lao customer's return note: Lao–English labels, 5 ມີນາ 2026, 1.200 ອັນ, 1.234.500 ກີບ",
         unmapped=[]),
    dict(id="return-zh-srm", kind="return", language="zh-Hans", medium="html", draw=return_zh_srm,
         imitates="a 退货单 of an SRM portal printed with its cookie banner, times with GMT+8, a lot per line",
         unmapped=[]),
    dict(id="8d-zht-outlined", kind="8d", language="zh-Hant", medium="fpdf", draw=eightd_zht_outlined,
         imitates="8D 報告 whose text is all curves under an invisible OCR text layer", unmapped=[]),
    dict(id="allowance-zht-halves", kind="allowance", language="zh-Hant", medium="fpdf", draw=allowance_zht_halves,
         imitates="a 銷貨折讓單 in two halves side by side: the fields left, the item blocks and totals right",
         unmapped=[]),
]  # fmt: skip


# =============================================================================== odd files
ODD = {
    "complaint-looped.pdf": "a complaint PDF whose PAGE TREE LOOPS (the /Pages node lists itself among its kids, "
    "as a broken PDF writer or a hostile sender leaves it): a clear error, never a hang and never a record",
    "allowance-xfa.pdf": "a credit note sent as a dynamic XFA form: outside Adobe Reader its one page only says "
    "'Please wait…' and the data lives in the form's XML; the page holds no form: a clear error, never a record",
}


def _looped() -> bytes:
    """A one-page PDF written by hand whose /Pages node is also its own kid (a loop in the page tree)."""
    content = (
        b"BT /F1 12 Tf 72 760 Td (CUSTOMER COMPLAINT) Tj 0 -20 Td (Complaint No.: CC-LOOP-0001) Tj "
        b"0 -20 Td (Customer: Loop Industries Ltd) Tj 0 -20 Td (Defect qty: 12) Tj ET"
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


_XFA = """<?xml version="1.0" encoding="UTF-8"?>
<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">
<subform name="CreditNote" layout="tb"><field name="CreditNoteNo"/><field name="Buyer"/><field name="Total"/>
</subform></template><xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><CreditNote>
<CreditNoteNo>CN-XFA-2603-004</CreditNoteNo><Buyer>Meridian Components Ltd</Buyer><Total>4,812.50</Total>
</CreditNote></xfa:data></xfa:datasets></xdp:xdp>"""


def _xfa() -> bytes:
    """The 'Please wait…' page Adobe's dynamic XFA forms show other viewers, with the form's XML
    (template and data) in the document's /AcroForm /XFA."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

    draw = PdfDraw(True)
    lines = (
        "Please wait...",
        "",
        "If this message is not eventually replaced by the proper contents of the document, your PDF",
        "viewer may not be able to display this type of document.",
        "",
        "You can upgrade to the latest version of Adobe Reader for Windows, Mac, or Linux by visiting",
        "http://www.adobe.com/go/reader_download.",
    )
    for k, line in enumerate(lines):
        draw.pdf.set_font("Helvetica", "B" if k == 0 else "", 14 if k == 0 else 10)
        draw.pdf.text(20, 30 + k * 7, line)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(draw.pdf.output()))))
    stream = DecodedStreamObject()
    stream.set_data(_XFA.encode())
    form = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(),
            NameObject("/XFA"): writer._add_object(stream),
            NameObject("/NeedsRendering"): TextStringObject("true"),
        }
    )
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(form)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-looped.pdf").write_bytes(_looped())
    (odd / "allowance-xfa.pdf").write_bytes(_xfa())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-fourth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
