"""Write the twenty-seventh held-out set (run: ``python tests/holdout27/make_holdout27.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: a YORUBA–ENGLISH complaint (``5 Ẹrẹ̀nà 2026``, ``1,200 ẹyọ``, the request
ticked ``(X)`` / ``( )``), a 客户投诉单 whose SIGNATURES CARRY THEIR DATE in the same cell (``孙丽
2026.3.12``), a 客訴單 whose delivered count is written in 萬 (``1.2萬 PCS``); a ZULU–ENGLISH 8D (``5 Mashi
2026``, ``1 250 izingcezu``), an 8D 报告 whose every step has its OWN 负责人 AND 完成日期 columns (the
closing date is D8's); a QUECHUA–ENGLISH return (``5 Pauqar waray 2026``, ``1,200 und.``, soles ``S/
1,234.50``), a 退货单 whose item table CONTINUES ON A SECOND PAGE under its repeated header; a
GUARANI–ENGLISH credit note (``5 jasyapy 2026``, guaraníes ``₲ 1.234.500``), a 销售折让证明单 whose lines
give the ORIGINAL PRICE, a DISCOUNT RATE and the REDUCED PRICE before the amount; sent as PDF only: a
KURMANJI KURDISH–ENGLISH complaint (``5ê adarê 2026``, ``1.200 heb``; Chromium), a TONGAN–ENGLISH 8D
(``5 Maʻasi 2026`` with the ʻokina; Chromium), a SAMOAN–ENGLISH return (``5 Mati 2026``, ``WS$1,234.50``;
Chromium), a 銷貨折讓證明單 printed TWICE ON ONE PAGE (存根聯 above, 收執聯 below; Chromium), an 8D 報告
laid out IN TWO COLUMNS (D1–D4 left, D5–D8 right; fpdf2), a 退貨單 from an ERP whose UNIT and CURRENCY
stand in COLUMNS OF THEIR OWN (fpdf2). ``odd/`` holds a web archive (MHTML) saved by a portal as
``.xls`` and an Internet shortcut (``[InternetShortcut]``) dragged from a portal and named ``.pdf``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from holdout_kit import (  # noqa: E402
    CjkDraw,
    HtmlForm,
    PdfDraw,
    Sheet,
    allowance_lines,
    excel_layout,
    head_row,
    kv_rows,
    lv,
    lv_rows,
    members,
    money,
    odd_expected,
    pick,
    portal_css,
    qty,
    return_lines,
    run,
    td_row,
    team_cell,
    team_row,
    th_row,
)

D = dt.date
SOURCE = dict(origin="twenty-seventh held-out imitation", source="tests/holdout27/make_holdout27.py")

_YORUBA = ("Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Owewe", "Ọ̀wàrà", "Bélú",
           "Ọ̀pẹ̀")  # fmt: skip
_ZULU = ("Januwari", "Februwari", "Mashi", "Ephreli", "Meyi", "Juni", "Julayi", "Agasti", "Septhemba", "Okthoba",
         "Novemba", "Disemba")  # fmt: skip
_QUECHUA = ("Qulla puquy", "Hatun puquy", "Pauqar waray", "Ayriwa", "Aymuray", "Inti raymi", "Anta Sitwa",
            "Qhapaq Sitwa", "Uma raymi", "Kantaray", "Ayamarqʼa", "Kapaq Raymi")  # fmt: skip
_GUARANI = ("jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ", "jasypokõi", "jasypoapy",
            "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi")  # fmt: skip
_KURMANJI = ("rêbendanê", "reşemiyê", "adarê", "avrêlê", "gulanê", "pûşperê", "tîrmehê", "gelawêjê", "rezberê",
             "kewçêrê", "sermawezê", "berfanbarê")  # fmt: skip
_TONGAN = ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi", "Sepitema", "ʻOkatopa",
           "Nōvema", "Tīsema")  # fmt: skip
_SAMOAN = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema", "Oketopa", "Novema",
           "Tesema")  # fmt: skip


def day_month_year(months: tuple[str, ...], d: dt.date) -> str:
    """``5 Ẹrẹ̀nà 2026`` (Yoruba), ``5 Mashi 2026`` (Zulu), ``5 jasyapy 2026`` (Guarani), ``5 Maʻasi 2026``
    (Tongan), ``5 Mati 2026`` (Samoan) …"""
    return f"{d.day} {months[d.month - 1]} {d.year}"


def kurmanji(d: dt.date) -> str:
    """``5ê adarê 2026``: the day and the month each with the izafe ending ``-ê`` (of), the year after."""
    return f"{d.day}ê {_KURMANJI[d.month - 1]} {d.year}"


def soles(x: float) -> str:
    """``S/ 1,234.50``: the Peruvian sol's sign, a space, the figure with a thousands comma."""
    return f"S/ {x:,.2f}"


def guaranies(x: float) -> str:
    """``₲ 1.234.500``: whole guaraníes (no minor unit), a dot between the thousands, ``₲`` before."""
    return "₲ " + f"{round(x):,}".replace(",", ".")


def ticks(options: tuple[str, ...], chosen: str) -> str:
    """``(X) Rọ́pò / Replacement   ( ) Dá padà / Return``: the option chosen marked ``(X)``, the others ``( )``."""
    return "   ".join(f"{'(X)' if o == chosen else '( )'} {o}" for o in options)


# =============================================================================== complaint
_YO_REQUEST = ("Rọ́pò / Replacement", "Dá padà / Return", "Owó padà / Credit")


def complaint_en_yoruba(s: Sheet) -> None:
    """A Nigerian customer's Ẹ̀SÙN ONÍBÀÁRÀ / CUSTOMER COMPLAINT in YORUBA–ENGLISH labels, dates ``5 Ẹrẹ̀nà
    2026`` (tone marks over dotted vowels: combining characters), counts ``1,200 ẹyọ`` (ẹyọ = unit), the
    request TICKED ``(X)`` among ``( )`` options typed in one cell."""
    s.text("A1", "Ẹ̀SÙN ONÍBÀÁRÀ / CUSTOMER COMPLAINT", "D1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "A2", "Nọ́mbà ẹ̀sùn / Complaint No.", "B2", pick(s, "ES-LOS-26-0023", "ES-LOS-26-0051"), "number")
    lv(s, "C2", "Ọjọ́ tí a gbà á / Received", "D2", day_month_year(_YORUBA, d), "received_date",
       expect=d.isoformat())  # fmt: skip
    lv(s, "A3", "Oníbàárà / Customer", "B3", pick(s, "Dangote Cement Plc", "Nigerian Breweries Plc"), "customer",
       span="D3")  # fmt: skip
    lv(s, "A4", "Nọ́mbà ìbéèrè / PO No.", "B4", pick(s, "DCP-PO-2602-0314", "NBP-PO-2604-0072"), "order_no")
    lv(s, "C4", "Ìpele / Lot", "D4", pick(s, "YO2602-11", "YO2604-03"), "lot_no")
    lv(s, "A5", "Nọ́mbà ẹ̀yà / Part No.", "B5", pick(s, "YO-BRG-2210", "YO-SEL-0415"), "part_no")
    lv(s, "C5", "Orúkọ ẹ̀yà / Part name", "D5", pick(s, "Conveyor bearing", "Crown cork seal"), "part_name")
    q, dq = pick(s, (1200, 45), (24000, 380))
    lv(s, "A6", "Iye tí a fi ránṣẹ́ / Qty delivered", "B6", qty(q, ",", "ẹyọ"), "ship_qty", expect=q)
    lv(s, "C6", "Iye tó ní àbùkù / Qty defective", "D6", qty(dq, ",", "ẹyọ"), "defect_qty", expect=dq)
    lv(s, "A7", "Àpèjúwe àbùkù / Defect description", "B7",
       pick(s, "Bearings seize after 40 hours at 80 °C.", "Seals leak under 4 bar."), "description",
       span="D7")  # fmt: skip
    chosen = pick(s, _YO_REQUEST[0], _YO_REQUEST[1])
    lv(s, "A8", "Ìbéèrè / Request", "B8", ticks(_YO_REQUEST, chosen), "customer_request",
       expect=[pick(s, "replacement", "return")], span="D8")  # fmt: skip
    lv(s, "A9", "Ìgbésẹ̀ lójúkan / Immediate action", "B9",
       pick(s, "Stock of 3,600 ẹyọ checked.", "Lot held at the brewery."), "short_term_action",
       span="D9")  # fmt: skip
    lv(s, "A10", "Ẹni tó kọ ọ́ / Prepared by", "B10", "Zhou Min", "reporter")
    lv(s, "C10", "Alábòójútó / Supervisor", "D10", pick(s, "Adébáyọ̀ Ògúnlẹ́yè", "Fúnmiláyọ̀ Àjàyí"),
       "sales_supervisor")  # fmt: skip


def complaint_zh_sigdate(s: Sheet) -> None:
    """客户投诉单 whose SIGNATURE CELLS CARRY THE DATE SIGNED beside the name (``孙丽  2026.3.12``,
    ``邵建军 3/13``), as clerks sign and date a printed form in one box."""
    s.text("A1", "客户投诉单", "D1", size=15)
    d = pick(s, D(2026, 3, 11), D(2026, 4, 27))
    lv(s, "A2", "投诉单号", "B2", pick(s, "KS-2603-041", "KS-2604-077"), "number")
    lv(s, "C2", "接收日期", "D2", d, "received_date", fmt="yyyy-mm-dd")
    lv(
        s,
        "A3",
        "客户名称",
        "B3",
        pick(s, "比亚迪汽车工业有限公司", "长城汽车股份有限公司"),
        "customer",
        span="D3",
    )
    lv(s, "A4", "订单号", "B4", pick(s, "BYD-PO-2603-1182", "GWM-PO-2604-0366"), "order_no")
    lv(s, "C4", "批次号", "D4", pick(s, "SG260301-2", "SG260409-1"), "lot_no")
    lv(s, "A5", "零件号", "B5", pick(s, "SG-HNG-3301", "SG-LTC-4402"), "part_no")
    lv(s, "C5", "零件名称", "D5", pick(s, "车门铰链", "尾门锁扣"), "part_name")
    q, dq = pick(s, (4800, 64), (2400, 18))
    lv(s, "A6", "交货数量", "B6", q, "ship_qty", fmt="#,##0")
    lv(s, "C6", "不良数量", "D6", dq, "defect_qty")
    lv(s, "A7", "问题描述", "B7", pick(s, "铰链销孔偏位 0.8 mm，装配干涉。", "锁扣电镀层剥落。"), "description",
       span="D7")  # fmt: skip
    lv(s, "A8", "客户要求", "B8", pick(s, "换货", "退货"), "customer_request",
       expect=[pick(s, "replacement", "return")])  # fmt: skip
    lv(s, "C8", "临时措施", "D8", pick(s, "在库 2,000 件全检。", "同批次隔离。"), "short_term_action")
    signed = f"{d.year}.{d.month}.{d.day + 1}"
    lv(s, "A9", "填写人/日期", "B9", f"孙丽  {signed}", "reporter", expect="孙丽")
    lv(s, "C9", "销售主管/日期", "D9", f"邵建军 {d.month}/{d.day + 2}", "sales_supervisor", expect="邵建军")


def complaint_zht_wan(s: Sheet) -> None:
    """客訴單 whose delivered count is written IN 萬 (ten thousands: ``1.2萬 PCS`` = 12,000), the defective
    count in plain figures, as a sales clerk writes large lots."""
    s.text("A1", "客訴單", "D1", size=15)
    lv(s, "A2", "客訴單號", "B2", "CC-HC-2603-029", "number")
    lv(s, "C2", "接收日期", "D2", D(2026, 3, 20), "received_date", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶", "B3", "廣達電腦股份有限公司", "customer")
    lv(s, "C3", "訂單編號", "D3", "QCI-PO-2603-1180", "order_no")
    lv(s, "A4", "產品料號", "B4", "HC-SCR-0312", "part_no")
    lv(s, "C4", "產品名稱", "D4", "機殼螺絲", "part_name")
    lv(s, "A5", "生產批號", "B5", "HC260311A", "lot_no")
    lv(s, "C5", "出貨量", "D5", "1.2萬 PCS", "ship_qty", expect=12000)
    lv(s, "A6", "不良數", "B6", "360 PCS", "defect_qty", expect=360)
    lv(s, "C6", "客戶需求", "D6", "換貨", "customer_request", expect=["replacement"])
    lv(s, "A7", "異常描述", "B7", "螺牙滑牙，鎖附扭力不足。", "description", span="D7")
    lv(s, "A8", "臨時處置", "B8", "庫存 3.6萬 PCS 全數抽驗扭力。", "short_term_action", span="D8")
    lv(s, "A9", "填單人", "B9", "林佳蓉", "reporter")
    lv(s, "C9", "核准主管", "D9", "彭俊宏", "sales_supervisor")


# =============================================================================== 8D
def eightd_en_zulu(s: Sheet) -> None:
    """A South African customer's UMBIKO WE-8D / 8D REPORT in ZULU–ENGLISH labels, dates ``5 Mashi 2026``
    (Mashi = March), counts ``1 250 izingcezu`` (a space between the thousands; izingcezu = pieces)."""
    s.text("A1", "UMBIKO WE-8D / 8D REPORT", "D1", size=13)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 4, 23)), (D(2026, 4, 9), D(2026, 5, 28)))
    lv(s, "A2", "Inombolo yombiko / Report No.", "B2", pick(s, "8D-DBN-26-008", "8D-DBN-26-019"), "number")
    lv(s, "C2", "Kuvulwe / Opened", "D2", day_month_year(_ZULU, d), "opened_date", expect=d.isoformat())
    lv(s, "A3", "Ikhasimende / Customer", "B3", pick(s, "Toyota SA Motors", "Mercedes-Benz SA"), "customer")
    lv(s, "C3", "Inombolo yesikhalazo / Complaint No.", "D3", pick(s, "TSAM-SK-260302", "MBSA-SK-260406"),
       "complaint_number")  # fmt: skip
    lv(s, "A4", "Inombolo yengxenye / Part No.", "B4", pick(s, "ZA-BRK-5510", "ZA-HOS-0733"), "part_no")
    n = pick(s, 1250, 96)
    lv(s, "C4", "Inani / Qty complained", "D4", qty(n, " ", "izingcezu"), "problem.qty_complained", expect=n)
    team = pick(s, ("Sipho Dlamini", "Li Na", "Thandeka Zulu"), ("Sipho Dlamini", "Bongani Mthembu"))
    team_cell(s, "A5", "D1 Ithimba / Team", "B5", team, span="D5")
    rows = (
        ("D2 Inkinga / Problem", pick(s, "Brake brackets cracked on 1 250 izingcezu.", "Hoses burst at 6 bar."),
         "problem.statement"),
        ("D3 Ukuvimbela / Containment", pick(s, "Stock of 5 000 izingcezu crack-tested.", "Lot quarantined."),
         "containment[0].action"),
        ("D4 Imbangela / Root cause", pick(s, "Forging die worn past 20 000 strokes.", "Crimp ferrule undersize."),
         "root_cause[type=occurrence].cause"),
        ("D4 Kungani kungatholakalanga / Why not detected", pick(s, "Dye-penetrant test once per shift.",
         "Burst test sampled weekly."), "root_cause[type=escape].cause"),
        ("D5 Isixazululo / Corrective action", pick(s, "Die changed by stroke counter.", "Ferrule gauge at crimp."),
         "corrective_actions[0].action"),
        ("D6 Ukuqinisekisa / Verification", pick(s, "7 lots without cracks.", "2 000 hoses passed 12 bar."),
         "implementation[0].result"),
        ("D7 Ukuvimbela ukuphinda / Prevention", pick(s, "Stroke counters on all 4 presses.",
         "Burst test every lot."), "prevention.horizontal_deployment"),
    )  # fmt: skip
    lv_rows(s, 6, rows)
    lv(s, "A13", "D8 Kuvaliwe / Closed", "B13", day_month_year(_ZULU, c), "closure.closed_date",
       expect=c.isoformat())  # fmt: skip
    lv(
        s,
        "C13",
        "Kugunyazwe / Approved",
        "D13",
        pick(s, "Nomvula Khumalo", "Themba Ngcobo"),
        "closure.approved_by",
    )


def eightd_zh_stepdates(s: Sheet) -> None:
    """8D 报告 whose EVERY STEP HAS ITS OWN 负责人 AND 完成日期 columns (步骤 | 内容 | 负责人 | 完成日期): eight
    dates in one column, the closing date the D8 row's, the opening date the header's 立案日期."""
    s.text("A1", "8D 报告", "D1", size=15)
    lv(s, "A2", "报告编号", "B2", "8D-NB-2603-015", "number")
    lv(s, "C2", "立案日期", "D2", D(2026, 3, 9), "opened_date", fmt="yyyy-mm-dd")
    lv(s, "A3", "客户", "B3", "宁波均胜电子股份有限公司", "customer")
    lv(s, "C3", "客诉单号", "D3", "JS-QC-260306", "complaint_number")
    lv(s, "A4", "零件号", "B4", "NB-SNS-2207", "part_no")
    lv(s, "C4", "投诉数量", "D4", 240, "problem.qty_complained")
    head_row(s, 5, "ABCD", ("步骤", "内容", "负责人", "完成日期"))
    team = ("蒋涛", "陈晓红", "韩磊")
    steps = (
        ("D1 小组成员", "、".join(team), None, "蒋涛", D(2026, 3, 9)),
        ("D2 问题描述", "压力传感器输出漂移，240 件超差。", "problem.statement", "陈晓红", D(2026, 3, 10)),
        ("D3 临时措施", "在库 1,800 件全数复测。", "containment[0].action", "韩磊", D(2026, 3, 11)),
        ("D4 发生原因", "灌胶固化温度偏低。", "root_cause[type=occurrence].cause", "蒋涛", D(2026, 3, 16)),
        ("D4 流出原因", "终测只测常温点。", "root_cause[type=escape].cause", "陈晓红", D(2026, 3, 16)),
        ("D5 永久对策", "固化炉加装温度记录仪。", "corrective_actions[0].action", "韩磊", D(2026, 3, 25)),
        ("D6 效果验证", "连续 6 批高低温测试合格。", "implementation[0].result", "陈晓红", D(2026, 4, 8)),
        ("D7 预防措施", "同类 3 条灌胶线比照。", "prevention.horizontal_deployment", "蒋涛", D(2026, 4, 15)),
        ("D8 结案", "效果确认，同意结案。", None, "蒋涛", D(2026, 4, 22)),
    )
    for i, (step, text, path, who, when) in enumerate(steps):
        r = 6 + i
        s.text(f"A{r}", step, bold=True)
        s.value(f"B{r}", text, path=path, label=step)
        s.value(f"C{r}", who, path=None, label="负责人")
        s.value(f"D{r}", when, path="closure.closed_date" if step.startswith("D8") else None, label=f"{step} 完成日期",
                fmt="yyyy-mm-dd")  # fmt: skip
    members(s, "D1 小组成员", "B6", "、".join(team), team)
    lv(s, "A15", "批准", "B15", "丁国平", "closure.approved_by")


# =============================================================================== return
def return_en_quechua(s: Sheet) -> None:
    """A Peruvian customer's KUTICHIY QILLQA / RETURN NOTE in QUECHUA–ENGLISH labels, ``5 Pauqar waray
    2026`` (Pauqar waray = March), counts ``1,200 und.`` (und. = unidades), soles ``S/ 1,234.50``."""
    s.text("A1", "KUTICHIY QILLQA / RETURN NOTE", "F1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "A2", "Yupay / Return No.", "B2", pick(s, "KQ-CUS-26-0017", "KQ-CUS-26-0042"), "number")
    lv(s, "D2", "Punchaw / Date", "E2", day_month_year(_QUECHUA, d), "issue_date", expect=d.isoformat(),
       span="F2")  # fmt: skip
    lv(s, "A3", "Rantiq / Customer", "B3", pick(s, "Minera Antamina S.A.", "Cementos Yura S.A."), "customer")
    lv(s, "D3", "Willakuy yupay / Complaint No.", "E3", pick(s, "ANT-WY-260302", "YUR-WY-260408"),
       "complaint_number", span="F3")  # fmt: skip
    heads = ("Yupaynin / Part No.", "Sutin / Description", "Chaskisqa / Approved", "Kutichisqa / Returned",
             "Chanin / Unit price", "Llapan / Amount")  # fmt: skip
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [
            ("PE-IDL-1101", "Conveyor idler", 1200, 1200, 86.5),
            ("PE-BLT-1102", "Belt fastener", 300, 288, 1420.0),
        ],
        [("PE-LNR-2201", "Mill liner bolt", 800, 780, 42.75)],
    )
    return_lines(s, 5, lines, heads, count=lambda n: qty(n, ",", "und."), amount=soles)
    lv(s, "A8", "Imarayku / Reason", "B8", pick(s, "Idler bearings seized in 2 weeks.", "Bolt threads galled."),
       "reason", span="F8")  # fmt: skip
    lv(s, "A9", "Ruwana / Disposition", "B9", pick(s, "Allichay / Rework", "Chinkachiy / Scrap"), "handling",
       expect=[pick(s, "rework", "scrap")], span="F9")  # fmt: skip
    lv(s, "A10", "Chaskiq / Received by", "B10", pick(s, "Rosa Mamani", "Juan Quispe"), "warehouse_receiver")
    lv(s, "D10", "Aprobaq / Approved by", "E10", "Luis Huamán", "approved_by", span="F10")


def return_zh_pagebreak(s: Sheet) -> None:
    """退货单 whose item table CONTINUES ON A SECOND PAGE: a page break after the fifth line, the header row
    repeated on page 2 as a print title (顶端标题行), the signatures at the foot of page 2."""
    from openpyxl.worksheet.pagebreak import Break

    s.text("A1", "退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-2603-0215", "TH-2604-0307"), "number")
    lv(s, "D2", "退货日期", "E2", pick(s, D(2026, 3, 23), D(2026, 4, 21)), "issue_date", fmt="yyyy年m月d日",
       span="F2")  # fmt: skip
    lv(s, "A3", "客户", "B3", pick(s, "海尔智家股份有限公司", "海信家电集团股份有限公司"), "customer")
    lv(s, "D3", "客诉单号", "E3", pick(s, "HE-QA-260318", "HX-QA-260415"), "complaint_number", span="F3")
    heads = ("物料编码", "物料名称", "核准数量", "退回数量", "单价", "金额")
    head_row(s, 4, "ABCDEF", heads)
    names, first, step = pick(
        s,
        (("门封条", "温控器", "蒸发器", "风扇电机", "抽屉导轨", "照明灯板", "排水管", "门铰链"), 7701, 100),
        (("压缩机支架", "冷凝器", "显示板", "门把手", "搁物架", "过滤网", "电源板"), 8801, 60),
    )
    lines = [(f"QD-{first + i}", n, step * (i + 1), step * (i + 1) - 2 * i, round(3.5 + 4.25 * i + step / 40, 2))
             for i, n in enumerate(names)]  # fmt: skip
    return_lines(s, 5, lines, heads)
    for r in range(5, 5 + len(lines)):
        s.height(r, 60)
    s.ws.row_breaks.append(Break(id=9))
    s.ws.print_title_rows = "4:4"
    last = 5 + len(lines)
    lv(s, f"A{last}", "退货原因", f"B{last}", pick(s, "整机返修拆出，来料不良。", "运输挤压变形。"), "reason",
       span=f"F{last}")  # fmt: skip
    lv(s, f"A{last + 1}", "处理方式", f"B{last + 1}", pick(s, "返工", "报废"), "handling",
       expect=[pick(s, "rework", "scrap")], span=f"F{last + 1}")  # fmt: skip
    lv(s, f"A{last + 2}", "仓库签收", f"B{last + 2}", "于海涛", "warehouse_receiver")
    lv(s, f"D{last + 2}", "审批", f"E{last + 2}", "谭秀英", "approved_by", span=f"F{last + 2}")


# =============================================================================== allowance
def allowance_en_guarani(s: Sheet) -> None:
    """A Paraguayan customer's KUATIA JEHEPYME'Ẽ / CREDIT NOTE in GUARANI–ENGLISH labels, dates ``5 jasyapy
    2026`` (jasyapy = March, lower case), amounts in whole guaraníes ``₲ 1.234.500``, IVA 10 %, RUC."""
    s.text("A1", "KUATIA JEHEPYME'Ẽ / CREDIT NOTE", "E1", size=13)
    d, inv = pick(s, (D(2026, 3, 24), D(2026, 3, 5)), (D(2026, 4, 28), D(2026, 4, 9)))
    lv(s, "A2", "Papapy / Credit Note No.", "B2", pick(s, "KJ-001-0000117", "KJ-001-0000142"), "number")
    lv(
        s,
        "C2",
        "Ára / Date",
        "D2",
        day_month_year(_GUARANI, d),
        "issue_date",
        expect=d.isoformat(),
        span="E2",
    )
    lv(s, "A3", "Jogua / Buyer", "B3", pick(s, "Itaipu Binacional", "Cervepar S.A."), "buyer")
    lv(s, "C3", "RUC / Tax No.", "D3", pick(s, "80012345-6", "80067890-1"), "buyer_tax_id", span="E3")
    lv(
        s,
        "A4",
        "Factura papapy / Invoice No.",
        "B4",
        pick(s, "001-002-0031107", "001-002-0034720"),
        "invoice_no",
    )
    lv(s, "C4", "Factura ára / Invoice date", "D4", day_month_year(_GUARANI, inv), "invoice_date",
       expect=inv.isoformat(), span="E4")  # fmt: skip
    lv(s, "A5", "Ñembyasy papapy / Complaint No.", "B5", pick(s, "ITP-NB-260310", "CVP-NB-260414"),
       "complaint_number")  # fmt: skip
    heads = ("Mba'e / Item", "Mboy / Qty", "Repy peteĩteĩ / Unit price", "Repy / Net", "IVA 10% / VAT")
    head_row(s, 6, "ABCDE", heads)
    lines = pick(s, (("Aislador PY-AIS-1101", 150, 48500.0), ("Fusible PY-FUS-1102", 400, 12750.0)),
                 (("Tapa corona PY-TAP-2201", 30000, 35.0),))  # fmt: skip
    totals = ("Oĩmbáva / Total net", "IVA / Total VAT", "Opaite / Total incl. VAT")
    allowance_lines(s, 7, lines, heads, 0.1, guaranies, totals)
    lv(s, "A13", "Omoneĩva / Approved", "B13", pick(s, "Ramón Benítez", "Liz Giménez"), "approved_by_manager")


def allowance_zh_percent(s: Sheet) -> None:
    """销售折让证明单 whose lines give the ORIGINAL PRICE, a DISCOUNT RATE and the REDUCED PRICE before the
    amount (货物名称 | 数量 | 原单价 | 折让比例 | 折让单价 | 折让金额 | 税额): the unit price of the allowance
    is the 折让单价, never the 原单价."""
    s.text("A1", "销售折让证明单", "G1", size=15)
    lv(s, "A2", "证明单号", "B2", "ZR-SZ-2603-027", "number")
    lv(s, "C2", "开具日期", "D2", D(2026, 3, 27), "issue_date", fmt="yyyy年m月d日")
    lv(s, "E2", "原发票号码", "F2", "44031768", "invoice_no", span="G2")
    lv(s, "A3", "购买方", "B3", "深圳市汇川技术股份有限公司", "buyer")
    lv(s, "C3", "纳税人识别号", "D3", "91440300741218693X", "buyer_tax_id")
    lv(s, "E3", "客诉单号", "F3", "INV-QA-260321", "complaint_number", span="G3")
    heads = ("货物名称", "数量", "原单价", "折让比例", "折让单价", "折让金额", "税额")
    head_row(s, 4, "ABCDEFG", heads)
    lines = (("IGBT 模块", 500, 320.0, 0.05), ("散热器", 1200, 45.0, 0.08))
    net = tax = 0.0
    for i, (name, q, orig, rate) in enumerate(lines):
        r = 5 + i
        p = round(orig * rate, 2)
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1])
        s.value(f"C{r}", orig, path=None, label=heads[2], fmt="0.00")
        s.value(f"D{r}", rate, path=None, label=heads[3], fmt="0%")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label=heads[4], expect=money(p), fmt="0.00")
        s.value(
            f"F{r}", a, path=f"items[{i}].allowance_amount", label=heads[5], expect=money(a), fmt="#,##0.00"
        )
        s.value(f"G{r}", t, path=f"items[{i}].tax", label=heads[6], expect=money(t), fmt="#,##0.00")
    s.text("A7", "合计", "E7", bold=True, center=True)
    s.value(
        "F7", round(net, 2), path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt="#,##0.00"
    )
    s.value("G7", round(tax, 2), path="total_tax", label="合计 税额", expect=money(tax), fmt="#,##0.00")
    lv(
        s,
        "A8",
        "价税合计",
        "B8",
        round(net + tax, 2),
        "total",
        expect=money(net + tax),
        fmt="#,##0.00",
        span="G8",
    )
    lv(s, "A9", "财务主管", "B9", "许文静", "approved_by_manager")


W4 = dict(A=40, B=30, C=36, D=30)
EXCEL = [
    excel_layout("complaint-en-yoruba", "complaint", "en", complaint_en_yoruba, "Esun", W4,
       "a Nigerian customer's complaint: Yoruba–English labels, 5 Ẹrẹ̀nà 2026, 1,200 ẹyọ, the request ticked (X)",
       copy2=True),
    excel_layout("complaint-zh-sigdate", "complaint", "zh-Hans", complaint_zh_sigdate, "投诉单",
       dict(A=16, B=30, C=16, D=28), "客户投诉单 whose signatures carry their date (孙丽  2026.3.12)", copy2=True),
    excel_layout("complaint-zht-wan", "complaint", "zh-Hant", complaint_zht_wan, "客訴單",
       dict(A=14, B=30, C=14, D=28), "a 客訴單 whose delivered count is written in 萬 (1.2萬 PCS)"),
    excel_layout("8d-en-zulu", "8d", "en", eightd_en_zulu, "8D", dict(A=50, B=30, C=36, D=30),
       "a South African customer's 8D: Zulu–English labels, 5 Mashi 2026, 1 250 izingcezu", copy2=True),
    excel_layout("8d-zh-stepdates", "8d", "zh-Hans", eightd_zh_stepdates, "8D", dict(A=14, B=44, C=12, D=14),
       "8D 报告 whose every step has its own 负责人 and 完成日期 columns (the closing date D8's)"),
    excel_layout("return-en-quechua", "return", "en", return_en_quechua, "Kutichiy",
       dict(A=30, B=26, C=22, D=30, E=24, F=22),
       "a Peruvian customer's return note: Quechua–English labels, 5 Pauqar waray 2026, 1,200 und., S/ 1,234.50",
       copy2=True),
    excel_layout("return-zh-pagebreak", "return", "zh-Hans", return_zh_pagebreak, "退货单",
       dict(A=16, B=18, C=12, D=12, E=12, F=14),
       "a 退货单 whose item table continues on a second page under its repeated header", copy2=True),
    excel_layout("allowance-en-guarani", "allowance", "en", allowance_en_guarani, "Jehepyme'e",
       dict(A=34, B=26, C=28, D=24, E=22),
       "a Paraguayan customer's credit note: Guarani–English labels, 5 jasyapy 2026, ₲ 1.234.500", copy2=True),
    excel_layout("allowance-zh-percent", "allowance", "zh-Hans", allowance_zh_percent, "折让",
       dict(A=14, B=26, C=14, D=22, E=12, F=16, G=14),
       "销售折让证明单 whose lines give the original price, a discount rate and the reduced price"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = portal_css("#f3e9dc")


def complaint_en_kurmanji(f: HtmlForm) -> str:
    """A Kurdish customer's GILIYA MIŞTERÎ / CUSTOMER COMPLAINT page in KURMANJI–ENGLISH labels, ``5ê adarê
    2026`` (the day and the month each with the izafe ``-ê``), counts ``1.200 heb`` (heb = piece)."""
    d = pick(f, D(2026, 3, 5), D(2026, 4, 20))
    q, dq = pick(f, (1200, 48), (9000, 150))
    f.raw("<h2>GILIYA MIŞTERÎ / CUSTOMER COMPLAINT</h2><table>")
    kv_rows(f, (
        ("Hejmara giliyê / Complaint No.", pick(f, "GM-HLR-26-0014", "GM-HLR-26-0037"), "number", None),
        ("Dîroka wergirtinê / Received", kurmanji(d), "received_date", d.isoformat()),
        ("Mişterî / Customer", pick(f, "Korek Telecom", "Lanaz Refinery"), "customer", None),
        ("Hejmara fermanê / PO No.", pick(f, "KT-PO-2602-511", "LR-PO-2604-093"), "order_no", None),
        ("Kom / Lot", pick(f, "KU2602-07", "KU2604-15"), "lot_no", None),
        ("Hejmara parçeyê / Part No.", pick(f, "KU-PSU-3301", "KU-VLV-0520"), "part_no", None),
        ("Navê parçeyê / Part name", pick(f, "Power supply", "Gate valve"), "part_name", None),
        ("Hejmara şandî / Qty delivered", f"{q:,} heb".replace(",", "."), "ship_qty", q),
        ("Hejmara xerab / Qty defective", f"{dq:,} heb".replace(",", "."), "defect_qty", dq),
        ("Danasîna kêmasiyê / Defect", pick(f, "Power supplies fail the hi-pot test.", "Valves leak at the stem."),
         "description", None),
        ("Daxwaz / Request", pick(f, "Guhertin / Replacement", "Vegerandin / Return"), "customer_request",
         [pick(f, "replacement", "return")]),
        ("Çalakiya lezgîn / Immediate action", pick(f, "Stock of 3.600 heb tested.", "Lot held."),
         "short_term_action", None),
        ("Amadekar / Prepared by", "Guo Hui", "reporter", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Giliya mişterî", _CSS)


def eightd_en_tongan(f: HtmlForm) -> str:
    """A Tongan customer's LIPOOTI 8D / 8D REPORT page in TONGAN–ENGLISH labels, ``5 Maʻasi 2026``,
    ``23 ʻEpeleli 2026`` (the ʻokina, U+02BB, inside and before the month's name)."""
    f.raw("<h2>LIPOOTI 8D / 8D REPORT</h2><table>")
    kv_rows(f, (
        ("Fika lipooti / Report No.", "8D-NKU-26-004", "number", None),
        ("ʻAho kamata / Opened", day_month_year(_TONGAN, D(2026, 3, 5)), "opened_date", "2026-03-05"),
        ("Kasitomā / Customer", "Tonga Power Ltd", "customer", None),
        ("Fika launga / Complaint No.", "TPL-LA-260302", "complaint_number", None),
        ("Fika konga / Part No.", "TO-MTR-2208", "part_no", None),
        ("Lahi / Qty complained", "1,250", "problem.qty_complained", 1250),
    ))  # fmt: skip
    team_row(f, "D1 Timi / Team", ("Sione Taufa", "Wang Fang", "Mele Fifita"))
    kv_rows(f, (
        ("D2 Palopalema / Problem", "Smart meters lose time on 1,250 units.", "problem.statement", None),
        ("D3 Taʻofi / Containment", "Stock of 6,000 meters re-tested.", "containment[0].action", None),
        ("D4 Tupuʻanga / Root cause", "Crystal load capacitor out of tolerance.", "root_cause[type=occurrence].cause",
         None),
        ("D4 Naʻe ʻikai ʻiloa / Why not detected", "Clock test run for 10 minutes only.",
         "root_cause[type=escape].cause", None),
        ("D5 Fakatonutonu / Corrective action", "Capacitor supplier changed, 1 % parts.",
         "corrective_actions[0].action", None),
        ("D6 Fakapapauʻi / Verification", "5 lots within 0.5 s per day.", "implementation[0].result", None),
        ("D7 Taʻofi ke ʻoua toe hoko / Prevention", "24-hour clock test on every lot.",
         "prevention.horizontal_deployment", None),
        ("D8 ʻAho tāpuni / Closed", day_month_year(_TONGAN, D(2026, 4, 23)), "closure.closed_date", "2026-04-23"),
        ("Fakamoʻoni / Approved", "Viliami Tuʻipulotu", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Lipooti 8D", _CSS)


def return_en_samoan(f: HtmlForm) -> str:
    """A Samoan customer's PEPA FAʻAFOʻI / RETURN NOTE page in SAMOAN–ENGLISH labels, ``5 Mati 2026`` (Mati =
    March), counts ``1,200 fasi`` (fasi = piece), amounts in tālā ``WS$1,234.50``."""
    d = pick(f, D(2026, 3, 5), D(2026, 4, 16))
    f.raw("<h2>PEPA FAʻAFOʻI / RETURN NOTE</h2><table>")
    kv_rows(f, (
        ("Numera / Return No.", pick(f, "PF-APW-26-0009", "PF-APW-26-0026"), "number", None),
        ("Aso / Date", day_month_year(_SAMOAN, d), "issue_date", d.isoformat()),
        ("Tagata faʻatau / Customer", pick(f, "Electric Power Corporation", "Samoa Water Authority"), "customer",
         None),
        ("Numera o le faitioga / Complaint No.", pick(f, "EPC-FT-260303", "SWA-FT-260412"), "complaint_number",
         None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("Numera / Part No.", "Igoa / Description", "Faʻatagaina / Approved", "Toe faʻafoʻi / Returned",
             "Tau / Unit price", "Aofaʻi / Amount")  # fmt: skip
    th_row(f, heads)
    lines = pick(f, (("WS-CBL-1101", "Service cable", 1200, 1200, 3.85), ("WS-MTR-1102", "Prepaid meter", 300, 296,
                 142.5)), (("WS-VLV-2201", "Gate valve", 80, 78, 96.4),))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        td_row(f, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (f"{qa:,} fasi", f"items[{i}].qty_approved", qa), (f"{q:,} fasi", f"items[{i}].qty_returned", q),
            (f"WS${p:,.2f}", f"items[{i}].unit_price", money(p)), (f"WS${q * p:,.2f}", f"items[{i}].amount",
             money(q * p)),
        ), heads)  # fmt: skip
    f.raw("</table><table>")
    kv_rows(f, (
        ("Māfuaʻaga / Reason", pick(f, "Cable insulation cracks when bent.", "Valves do not close fully."), "reason",
         None),
        ("Faʻatinoga / Disposition", pick(f, "Toe faʻafoʻi / Return to supplier", "Lafoaʻi / Scrap"), "handling",
         [pick(f, "return", "scrap")]),
        ("Na mauaina e / Received by", pick(f, "Tavita Leota", "Sina Faleolo"), "warehouse_receiver", None),
        ("Faʻamaonia e / Approved by", "Fiame Tuilagi", "approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Pepa faʻafoʻi", _CSS)


def allowance_zht_stub(f: HtmlForm) -> str:
    """A 營業人銷貨退回、進貨退出或折讓證明單 printed TWICE ON ONE PAGE, as the paper form's two parts: 第一聯
    存根聯 above, 第二聯 收執聯 below a cut line, the same values in both (one record, never two lines of each
    item, never the totals doubled). The fields stand in the first part."""

    def part(title: str, first: bool) -> None:
        def v(raw, path, label, expect=None):
            if first:
                return f.val(raw, path=path, label=label, expect=expect)
            return "" if f.blank else str(raw)

        f.raw(f"<h2>營業人銷貨退回、進貨退出或折讓證明單</h2><p class='note'>{title}</p><table>")
        for lab, raw, path, exp in (
            ("折讓單號", "SA-KH-2603-012", "number", None),
            ("開立日期", "2026/03/31", "issue_date", "2026-03-31"),
            ("買受人", "日月光半導體製造股份有限公司", "buyer", None),
            ("統一編號", "70797365", "buyer_tax_id", None),
            ("原發票號碼", "QK-40218853", "invoice_no", None),
            ("客訴單號", "ASE-QA-260324", "complaint_number", None),
        ):
            f.raw(f"<tr><th>{lab}</th><td>{v(raw, path, lab, exp)}</td></tr>")
        f.raw("</table><table><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>")
        for i, (name, q, p) in enumerate(lines):
            a, t = q * p, round(q * p * 0.05)
            cells = ((name, f"items[{i}].name", None), (f"{q:,}", f"items[{i}].qty", q),
                     (f"{p:,.2f}", f"items[{i}].unit_price", money(p)),
                     (f"{a:,.0f}", f"items[{i}].allowance_amount", money(a)), (f"{t:,}", f"items[{i}].tax", money(t)))  # fmt: skip
            f.raw(
                "<tr>"
                + "".join(f"<td>{v(r, pt, h, e)}</td>" for (r, pt, e), h in zip(cells, heads))
                + "</tr>"
            )
        f.raw("</table><table>")
        for lab, raw, path, exp in (
            ("折讓金額合計", f"{net:,.0f}", "total_excl_tax", money(net)),
            ("營業稅額合計", f"{tax:,}", "total_tax", money(tax)),
            ("總計", f"{net + tax:,.0f}", "total", money(net + tax)),
            ("經手人", "蕭美玲", "approved_by_manager", None),
        ):
            f.raw(f"<tr><th>{lab}</th><td>{v(raw, path, lab, exp)}</td></tr>")
        f.raw("</table>")

    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    lines = (("封裝載板", 4000, 6.5), ("導線架", 12000, 1.2))
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    part("第一聯：存根聯（開立人存查）", True)
    f.raw("<p style='text-align:center;color:#777'>- - - - - - - - - - 沿 線 撕 開 - - - - - - - - - -</p>")
    part("第二聯：收執聯（交付原銷貨人）", False)
    return f.page("折讓證明單", _CSS + "body{font-size:8.5pt}h2{font-size:12pt;margin:4px}td,th{padding:2px}")


def eightd_zht_twocol(f: PdfDraw) -> None:
    """An 8D 報告 LAID OUT IN TWO COLUMNS (as an A3 problem-solving sheet): the header across the top, D1–D4
    down the left half and D5–D8 down the right, each step's heading above its text."""
    f = CjkDraw.of(f)
    f.text(80, 14, "8D 問題分析報告", size=14)
    for k, (lab, raw, path, exp) in enumerate((
        ("報告編號", "8D-TC-2603-009", "number", None),
        ("開立日期", "2026/03/12", "opened_date", "2026-03-12"),
        ("客戶名稱", "友達光電股份有限公司", "customer", None),
        ("客訴單號", "AUO-QA-260310", "complaint_number", None),
        ("料號", "TC-FPC-4471", "part_no", None),
        ("客訴數量", "520", "problem.qty_complained", 520),
    )):  # fmt: skip
        x, y = (15, 60, 110, 155)[k % 2 * 2], 26 + k // 2 * 7
        f.text(x, y, lab + "：")
        f.value(x + 22, y, raw, path=path, label=lab, expect=exp)
    f.pdf.line(105, 48, 105, 200)
    team = ("吳俊毅", "鄭雅文", "高志明")
    left = (
        ("D1 團隊成員", "、".join(team), None, None),
        ("D2 問題描述", "軟板金手指氧化，計 520 片。", "problem.statement", None),
        ("D3 暫時對策", "在庫 6,000 片全數檢驗。", "containment[0].action", None),
        ("D4 發生原因", "化金槽液老化未更換。", "root_cause[type=occurrence].cause", None),
        ("D4 流出原因", "出貨檢驗未含外觀放大鏡檢。", "root_cause[type=escape].cause", None),
    )
    right = (
        ("D5 永久對策", "槽液壽命管制，每 2 週更換。", "corrective_actions[0].action", None),
        ("D6 效果驗證", "連續 5 批 10,000 片無氧化。", "implementation[0].result", None),
        ("D7 預防措施", "同類 2 條化金線比照辦理。", "prevention.horizontal_deployment", None),
        ("D8 結案日期", "2026/04/17", "closure.closed_date", "2026-04-17"),
        ("核准", "許志偉", "closure.approved_by", None),
    )
    for x, column in ((15, left), (110, right)):
        for k, (lab, raw, path, exp) in enumerate(column):
            y = 56 + k * 24
            f.text(x, y, lab, size=10, bold=True)
            f.value(x + 2, y + 8, raw, path=path, label=lab, expect=exp)
    members(f, "D1 團隊成員", "p1!17,64", "、".join(team), team)


def return_zht_unitcols(f: PdfDraw) -> None:
    """A 退貨單 printed by an ERP whose UNIT and CURRENCY STAND IN COLUMNS OF THEIR OWN (料號 | 品名 | 核准數量
    | 退回數量 | 單位 | 幣別 | 單價 | 金額): ``PCS`` and ``NTD`` between the counts and the prices."""
    f = CjkDraw.of(f)
    f.text(85, 16, "退 貨 單", size=15)
    for k, (lab, raw, path, exp) in enumerate((
        ("退貨單號", "RT-TY-2603-031", "number", None),
        ("退貨日期", "2026/03/26", "issue_date", "2026-03-26"),
        ("客戶名稱", "緯創資通股份有限公司", "customer", None),
        ("客訴單號", "WIS-QA-260323", "complaint_number", None),
    )):  # fmt: skip
        y = 28 + k * 7
        f.text(15, y, lab + "：")
        f.value(40, y, raw, path=path, label=lab, expect=exp)
    heads = ("料號", "品名", "核准數量", "退回數量", "單位", "幣別", "單價", "金額")
    xs = (15, 42, 75, 97, 119, 133, 148, 170)
    y = 64
    f.pdf.line(14, y - 5, 200, y - 5)
    for x, h in zip(xs, heads):
        f.text(x, y, h, size=9, bold=True)
    f.pdf.line(14, y + 2, 200, y + 2)
    lines = (("TY-USB-0201", "USB 連接器", 3000, 2960, 4.2), ("TY-HDM-0202", "HDMI 連接器", 1500, 1500, 7.85))
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 8
        for x, (raw, path, exp) in zip(xs, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa), (f"{q:,}", f"items[{i}].qty_returned", q),
            ("PCS", None, None), ("NTD", None, None),
            (f"{p:,.2f}", f"items[{i}].unit_price", money(p)), (f"{q * p:,.2f}", f"items[{i}].amount", money(q * p)),
        )):  # fmt: skip
            f.value(x, y, raw, path=path, label=heads[xs.index(x)], expect=exp)
    y += 16
    for lab, raw, path, exp in (
        ("退貨原因", "端子鍍層不良，插拔後接觸電阻偏高。", "reason", None),
        ("處理方式", "重工", "handling", ["rework"]),
        ("倉管簽收", "賴宗翰", "warehouse_receiver", None),
        ("核准", "潘怡君", "approved_by", None),
    ):
        f.text(15, y, lab + "：")
        f.value(40, y, raw, path=path, label=lab, expect=exp)
        y += 7


SENT_AS_PDF = [
    dict(id="complaint-en-kurmanji", kind="complaint", language="en", medium="html", draw=complaint_en_kurmanji,
         copy2=True, imitates="a Kurdish customer's complaint: Kurmanji–English labels, 5ê adarê 2026, 1.200 heb",
         unmapped=[]),
    dict(id="8d-en-tongan", kind="8d", language="en", medium="html", draw=eightd_en_tongan,
         imitates="a Tongan customer's 8D: Tongan–English labels, 5 Maʻasi 2026, 23 ʻEpeleli 2026", unmapped=[]),
    dict(id="return-en-samoan", kind="return", language="en", medium="html", draw=return_en_samoan, copy2=True,
         imitates="a Samoan customer's return note: Samoan–English labels, 5 Mati 2026, 1,200 fasi, WS$1,234.50",
         unmapped=[]),
    dict(id="allowance-zht-stub", kind="allowance", language="zh-Hant", medium="html", draw=allowance_zht_stub,
         imitates="a 銷貨折讓證明單 printed twice on one page (存根聯 above, 收執聯 below)", unmapped=[]),
    dict(id="8d-zht-twocol", kind="8d", language="zh-Hant", medium="fpdf", draw=eightd_zht_twocol,
         imitates="an 8D 報告 laid out in two columns (D1–D4 left, D5–D8 right)", unmapped=[]),
    dict(id="return-zht-unitcols", kind="return", language="zh-Hant", medium="fpdf", draw=return_zht_unitcols,
         imitates="a 退貨單 from an ERP whose unit and currency stand in columns of their own", unmapped=[]),
]  # fmt: skip


# =============================================================================== odd files
ODD = {
    "complaint-webarchive.xls": "a complaint a customer's portal exported as a web archive (MHTML, "
    "'MIME-Version: 1.0' and an HTML table in quoted-printable) and named .xls, which Excel opens with a "
    "warning; not a workbook: a clear error, never a record",
    "return-shortcut.pdf": "an Internet shortcut ([InternetShortcut] URL=…) a clerk dragged from the portal "
    "into the folder and renamed .pdf: a few lines of text, no PDF; a clear error, never a record",
}


def _web_archive() -> bytes:
    """A portal's 'Export to Excel' as a single-file web page (MHTML): MIME headers, one HTML part
    (quoted-printable) holding the complaint as a table, Excel's XML namespaces on the <html> tag."""
    import quopri

    rows = (("Complaint No.", "CC-WA-2603-011"), ("Customer", "Harbour Instruments Ltd"),
            ("Part No.", "HI-GSK-0208"), ("Qty defective", "24"), ("Defect", "Gaskets torn at the corner"))  # fmt: skip
    table = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    page = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
            f'<head><meta charset="utf-8"></head><body><table border="1">{table}</table></body></html>')  # fmt: skip
    body = quopri.encodestring(page.encode()).decode()
    return (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_01DC0A1B.2C3D4E50"\r\n\r\n'
        "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
        "------=_NextPart_01DC0A1B.2C3D4E50\r\n"
        "Content-Location: file:///C:/export/complaint.htm\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n\r\n'
        f"{body}\r\n"
        "------=_NextPart_01DC0A1B.2C3D4E50--\r\n"
    ).encode()


def _shortcut() -> bytes:
    """A Windows Internet shortcut (.url) as Windows writes it, named .pdf."""
    return (
        b"[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n"
        b"[InternetShortcut]\r\nIDList=\r\nURL=https://portal.example.com/quality/returns/RN-SC-2603-004.pdf\r\n"
    )


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-webarchive.xls").write_bytes(_web_archive())
    (odd / "return-shortcut.pdf").write_bytes(_shortcut())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    out = run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-seventh held-out layouts")
    write_odd(out)


if __name__ == "__main__":
    main(sys.argv[1:])
