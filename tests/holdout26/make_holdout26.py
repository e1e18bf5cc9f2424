"""Write the twenty-sixth held-out set (run: ``python tests/holdout26/make_holdout26.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: a GALICIAN–ENGLISH complaint (``12 de xuño de 2026``, ``1.200 pezas``), a
客户投诉单 whose defective count carries its RATE IN PER MILLE in the same cell (``42 件（3.5‰）``), a
客訴單 whose defective count carries the SAMPLE it was found in (``36 PCS（抽驗 200 PCS）``); a
TATAR–ENGLISH 8D (``2026 елның 5 марты``, ``1 250 данә``), an 8D 报告 whose steps run ACROSS one row
(the D1 … D8 headings as columns, their texts in the row below); a HAUSA–ENGLISH return (``5 ga Maris,
2026``, ``1,200 guda``, ``₦1,234.50``), a 退货单 of TEN PRINTED ITEM ROWS, two filled and the others
struck with ``——`` (空行请划线), a ``小计`` row under them; a MALAGASY–ENGLISH credit note (``5 Martsa 2026``,
amounts in ariary ``1 234 500 Ar``), a 销售折让证明单 whose grand total is written IN WORDS ONLY
(价税合计 大写, no figure); sent as PDF only: a SOMALI–ENGLISH complaint (``5 Maarso 2026``, ``1,200
xabbo``; Chromium), a KINYARWANDA–ENGLISH 8D (``5 Werurwe 2026``, ``1.250 ibice``; Chromium), a 退貨單
whose repeated names and prices are DITTO MARKS ``〃`` (Chromium), a 銷貨折讓單 whose amounts are shown
as credits IN PARENTHESES (``(52,800)``; Chromium), an 8D 報告 printed FIT TO PAGE so every text is
tiny (fpdf2), a MĀORI–ENGLISH return in New Zealand dollars (``5 Poutū-te-rangi 2026``,
``NZ$1,234.50``; fpdf2). ``odd/`` holds a PDF compressed by a mail gateway (gzip) still named ``.pdf``
and a workbook whose form is in a VERY HIDDEN sheet behind a cover sheet.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import gzip
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
    field,
    head_row,
    kv_rows,
    landscape,
    lv,
    lv_rows,
    money,
    odd_expected,
    pick,
    plain,
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
SOURCE = dict(origin="twenty-sixth held-out imitation", source="tests/holdout26/make_holdout26.py")

_GALICIAN = ("xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro",
             "novembro", "decembro")  # fmt: skip
_TATAR = ("гыйнвары", "феврале", "марты", "апреле", "мае", "июне", "июле", "августы", "сентябре", "октябре",
          "ноябре", "декабре")  # fmt: skip
_HAUSA = ("Janairu", "Faburairu", "Maris", "Afirilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba",
          "Nuwamba", "Disamba")  # fmt: skip
_MALAGASY = ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra", "Septambra",
             "Oktobra", "Novambra", "Desambra")  # fmt: skip
_SOMALI = ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Ogost", "Sebtembar",
           "Oktoobar", "Nofembar", "Desembar")  # fmt: skip
_KINYARWANDA = ("Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeri",
                "Ukwakira", "Ugushyingo", "Ukuboza")  # fmt: skip
_MAORI = ("Kohitātea", "Hui-tanguru", "Poutū-te-rangi", "Paenga-whāwhā", "Haratua", "Pipiri", "Hōngongoi",
          "Here-turi-kōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi", "Hakihea")  # fmt: skip


def galician(d: dt.date) -> str:
    """``12 de xuño de 2026``."""
    return f"{d.day} de {_GALICIAN[d.month - 1]} de {d.year}"


def tatar(d: dt.date) -> str:
    """``2026 елның 5 марты``: the year first in the genitive (елның, of the year), then the day and the
    month with its possessive ending (март → марты, апрель → апреле)."""
    return f"{d.year} елның {d.day} {_TATAR[d.month - 1]}"


def hausa(d: dt.date) -> str:
    """``5 ga Maris, 2026``: ``ga`` (of) between the day and the month, a comma before the year."""
    return f"{d.day} ga {_HAUSA[d.month - 1]}, {d.year}"


def day_month_year(months: tuple[str, ...], d: dt.date) -> str:
    """``5 Martsa 2026`` (Malagasy), ``5 Maarso 2026`` (Somali), ``5 Werurwe 2026`` (Kinyarwanda) …"""
    return f"{d.day} {months[d.month - 1]} {d.year}"


def naira(x: float) -> str:
    """``₦1,234.50``: the naira sign before the figure."""
    return f"₦{x:,.2f}"


def ariary(x: float) -> str:
    """``1 234 500 Ar``: whole ariary (no minor unit in use), a space between the thousands, ``Ar`` after."""
    return f"{round(x):,}".replace(",", " ") + " Ar"


# =============================================================================== complaint
def complaint_en_galician(s: Sheet) -> None:
    """A Galician customer's RECLAMACIÓN DE CLIENTE / CUSTOMER COMPLAINT in GALICIAN–ENGLISH labels,
    dates ``12 de xuño de 2026`` (xuño = June), quantities ``1.200 pezas`` (pezas = pieces)."""
    s.text("A1", "RECLAMACIÓN DE CLIENTE / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Formulario CAL-07-02, revisión 4", "D2")
    d = pick(s, D(2026, 6, 12), D(2026, 7, 3))
    lv(
        s,
        "A3",
        "Nº de reclamación / Complaint No.",
        "B3",
        pick(s, "RC-VGO-26-0142", "RC-VGO-26-0177"),
        "number",
    )
    lv(s, "C3", "Data de recepción / Received", "D3", galician(d), "received_date", expect=d.isoformat())
    lv(s, "A4", "Cliente / Customer", "B4", pick(s, "Stellantis Vigo S.A.", "GKN Driveline Vigo S.A."), "customer",
       span="D4")  # fmt: skip
    lv(s, "A5", "Pedido / PO No.", "B5", pick(s, "STV-PO-2605-2281", "GKN-PO-2606-0419"), "order_no")
    lv(s, "C5", "Lote / Lot", "D5", pick(s, "GZ2605-08", "GZ2606-21"), "lot_no")
    lv(s, "A6", "Referencia / Part No.", "B6", pick(s, "GZ-BRK-3310", "GZ-CVJ-0815"), "part_no")
    lv(s, "C6", "Denominación / Part name", "D6", pick(s, "Soporte do motor", "Fol da xunta"), "part_name")
    q, dq = pick(s, (1200, 45), (16000, 210))
    lv(s, "A7", "Cantidade entregada / Qty delivered", "B7", qty(q, ".", "pezas"), "ship_qty", expect=q)
    lv(s, "C7", "Cantidade defectuosa / Qty defective", "D7", qty(dq, ".", "pezas"), "defect_qty", expect=dq)
    lv(s, "A8", "Descrición do defecto / Defect description", "B8",
       pick(s, "Furados desprazados 0,6 mm; non montan.", "Fol rachado na dobra."), "description",
       span="D8")  # fmt: skip
    lv(s, "A9", "Solicitude / Request", "B9", pick(s, "Substitución / Replacement", "Devolución / Return"),
       "customer_request", expect=pick(s, ["replacement"], ["return"]), span="D9")  # fmt: skip
    lv(s, "A10", "Acción inmediata / Immediate action", "B10",
       pick(s, "Stock de 4.800 pezas revisado.", "Lote bloqueado no almacén."), "short_term_action",
       span="D10")  # fmt: skip
    lv(s, "A11", "Elaborado por / Prepared by", "B11", "Xu Lan", "reporter")
    lv(s, "C11", "Responsable / Supervisor", "D11", pick(s, "Uxía Castro", "Brais Otero"), "sales_supervisor")


def complaint_zh_permille(s: Sheet) -> None:
    """客户投诉单 whose defective count carries ITS RATE IN PER MILLE in the same cell (``42 件（3.5‰）``),
    as a customer's PPM-minded quality engineer types it."""
    s.text("A1", "客户投诉单", "D1", size=15)
    d = pick(s, D(2026, 3, 11), D(2026, 4, 27))
    lv(s, "A2", "投诉单号", "B2", pick(s, "TS-2603-027", "TS-2604-063"), "number")
    lv(s, "C2", "接收日期", "D2", d, "received_date", fmt="yyyy/m/d")
    lv(s, "A3", "客户名称", "B3", pick(s, "宁德时代新能源科技股份有限公司", "蔚来汽车科技（安徽）有限公司"), "customer",
       span="D3")  # fmt: skip
    lv(s, "A4", "订单号", "B4", pick(s, "CATL-PO-2602-7710", "NIO-PO-2604-0935"), "order_no")
    lv(s, "C4", "批次号", "D4", pick(s, "PM260226-1", "PM260415-3"), "lot_no")
    lv(s, "A5", "零件号", "B5", pick(s, "PM-BUS-1102", "PM-CLP-2208"), "part_no")
    lv(s, "C5", "零件名称", "D5", pick(s, "铜排", "线束卡扣"), "part_name")
    q, dq, rate = pick(s, (12000, 42, "3.5‰"), (6000, 9, "1.5‰"))
    lv(s, "A6", "交货数量", "B6", f"{q:,} 件", "ship_qty", expect=q)
    lv(s, "C6", "不良数量", "D6", f"{dq} 件（{rate}）", "defect_qty", expect=dq)
    lv(s, "A7", "问题描述", "B7", pick(s, "铜排镀锡层起泡，折弯处露铜。", "卡扣断裂，装配时脱落。"), "description",
       span="D7")  # fmt: skip
    lv(s, "A8", "客户要求", "B8", pick(s, "换货", "退货"), "customer_request",
       expect=[pick(s, "replacement", "return")])  # fmt: skip
    lv(
        s,
        "C8",
        "临时措施",
        "D8",
        pick(s, "在库 8,000 件全检镀层。", "同批次 6,000 件隔离。"),
        "short_term_action",
    )
    lv(s, "A9", "填写人", "B9", "孙丽", "reporter")
    lv(s, "C9", "销售主管", "D9", pick(s, "邵建军", "邵建军"), "sales_supervisor")


def complaint_zht_sample(s: Sheet) -> None:
    """客訴單 whose defective count carries THE SAMPLE IT WAS FOUND IN (``36 PCS（抽驗 200 PCS）``), the
    delivered count ``1,200 PCS``: only the first figure of the cell is the count."""
    s.text("A1", "客 訴 單", "D1", size=15)
    lv(s, "A2", "客訴編號", "B2", "CC-TY-2603-014", "number")
    lv(s, "C2", "收件日期", "D2", D(2026, 3, 16), "received_date", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶名稱", "B3", "台達電子工業股份有限公司", "customer")
    lv(s, "C3", "訂單號碼", "D3", "DELTA-PO-2603-0512", "order_no")
    lv(s, "A4", "料號", "B4", "TY-FAN-0920", "part_no")
    lv(s, "C4", "品名", "D4", "散熱風扇", "part_name")
    lv(s, "A5", "批號", "B5", "TY260302B", "lot_no")
    lv(s, "C5", "出貨數量", "D5", "1,200 PCS", "ship_qty", expect=1200)
    lv(s, "A6", "不良數量", "B6", "36 PCS（抽驗 200 PCS）", "defect_qty", expect=36)
    lv(s, "C6", "客戶要求", "D6", "退貨", "customer_request", expect=["return"])
    lv(s, "A7", "不良內容", "B7", "風扇異音，轉速低於規格 15%。", "description", span="D7")
    lv(s, "A8", "暫時對策", "B8", "庫存 3,600 PCS 全數轉速測試。", "short_term_action", span="D8")
    lv(s, "A9", "填表人", "B9", "簡雅婷", "reporter")
    lv(s, "C9", "主管", "D9", "游志成", "sales_supervisor")


# =============================================================================== 8D
def eightd_en_tatar(s: Sheet) -> None:
    """A Tatar customer's 8D ХИСАБЫ / 8D REPORT in TATAR–ENGLISH labels, dates ``2026 елның 5 марты``
    (the year first, the month with its possessive ending), quantities ``1 250 данә`` (данә = piece)."""
    s.text("A1", "8D ХИСАБЫ / 8D REPORT", "D1", size=13)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 4, 23)), (D(2026, 4, 9), D(2026, 5, 28)))
    lv(s, "A2", "Хисап № / Report No.", "B2", pick(s, "8D-KZN-26-011", "8D-KZN-26-024"), "number")
    lv(s, "C2", "Ачылды / Opened", "D2", tatar(d), "opened_date", expect=d.isoformat())
    lv(s, "A3", "Заказчы / Customer", "B3", pick(s, "КАМАЗ ҖАҮ", "Татнефть ҖАҮ"), "customer")
    lv(
        s,
        "C3",
        "Шикаять № / Complaint No.",
        "D3",
        pick(s, "KMZ-SH-260302", "TN-SH-260406"),
        "complaint_number",
    )
    lv(s, "A4", "Деталь № / Part No.", "B4", pick(s, "TT-HUB-4410", "TT-FLG-0233"), "part_no")
    n = pick(s, 1250, 84)
    lv(s, "C4", "Саны / Qty complained", "D4", qty(n, " ", "данә"), "problem.qty_complained", expect=n)
    team = pick(s, ("Рөстәм Гарипов", "Zhang Wei", "Гөлнара Хәйруллина"), ("Рөстәм Гарипов", "Айдар Сафин"))
    team_cell(s, "A5", "D1 Команда / Team", "B5", team, span="D5")
    rows = (
        ("D2 Проблема / Problem", pick(s, "Wheel hub bores oversize on 1 250 данә.", "Flange faces warped."),
         "problem.statement"),
        ("D3 Чикләү / Containment", pick(s, "Stock of 4 000 данә gauged.", "Lot quarantined at the customer."),
         "containment[0].action"),
        ("D4 Төп сәбәп / Root cause", pick(s, "Boring bar insert worn past its life.",
         "Quench fixture clamps uneven."), "root_cause[type=occurrence].cause"),
        ("D4 Ни өчен табылмаган / Why not detected", pick(s, "Bore checked once per 200 parts.",
         "Flatness not in the final check."), "root_cause[type=escape].cause"),
        ("D5 Төзәтү чаралары / Corrective action", pick(s, "Insert changed by tool-life counter.",
         "Clamps reworked, torque set."), "corrective_actions[0].action"),
        ("D6 Тикшерү / Verification", pick(s, "6 lots within H7.", "3 000 flanges within 0.05 mm."),
         "implementation[0].result"),
        ("D7 Кисәтү / Prevention", pick(s, "Tool-life counters on all 6 boring mills.", "Flatness gauge at packing."),
         "prevention.horizontal_deployment"),
    )  # fmt: skip
    lv_rows(s, 6, rows)
    lv(s, "A13", "D8 Ябылды / Closed", "B13", tatar(c), "closure.closed_date", expect=c.isoformat())
    lv(
        s,
        "C13",
        "Раслады / Approved",
        "D13",
        pick(s, "Илдар Закиров", "Ләйсән Миннуллина"),
        "closure.approved_by",
    )


_ACROSS = "ABCDEFGHI"


def eightd_zh_across(s: Sheet) -> None:
    """8D 报告 whose steps RUN ACROSS ONE ROW: the headings ``D1 小组成员`` … ``D8 结案日期`` are the
    columns of row 6, each step's text in the cell below (a landscape sheet fitted to one page wide)."""
    s.text("A1", "8D 报告", "I1", size=15)
    lv(s, "A2", "报告编号", "B2", "8D-WX-2603-021", "number", span="C2")
    lv(s, "D2", "立案日期", "E2", D(2026, 3, 13), "opened_date", fmt="yyyy-mm-dd")
    lv(s, "F2", "客户", "G2", "无锡威孚高科技集团股份有限公司", "customer", span="I2")
    lv(s, "A3", "客诉单号", "B3", "WF-QR-260311", "complaint_number", span="C3")
    lv(s, "D3", "零件号", "E3", "WX-NZL-5520", "part_no")
    lv(s, "F3", "投诉数量", "G3", 360, "problem.qty_complained", span="I3")
    team = ("钱峰", "许静", "陆志刚")
    heads = ("D1 小组成员", "D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 永久对策",
             "D6 效果验证", "D7 预防措施", "D8 结案日期")  # fmt: skip
    head_row(s, 5, _ACROSS, heads)
    texts = (
        ("\n".join(team), None, None),
        ("喷嘴座孔径超差 +0.02 mm，360 件泄漏。", "problem.statement", None),
        ("在库 2,400 件全检孔径。", "containment[0].action", None),
        ("铰刀磨损未按时更换。", "root_cause[type=occurrence].cause", None),
        ("终检气密试验压力偏低。", "root_cause[type=escape].cause", None),
        ("铰刀寿命计数，满 3,000 件强制换刀。", "corrective_actions[0].action", None),
        ("连续 5 批 3,000 件孔径合格。", "implementation[0].result", None),
        ("同类 4 台加工中心加装计数器。", "prevention.horizontal_deployment", None),
    )
    for col, (raw, path, exp) in zip(_ACROSS, texts):
        s.value(f"{col}6", raw, path=path, label=heads[_ACROSS.index(col)], expect=exp)
    field(s, heads[0], "A6", "\n".join(team), "team[*].name", team[0])
    field(s, heads[0], "A6", "\n".join(team), "team[*].name", team[1])
    field(s, heads[0], "A6", "\n".join(team), "team[*].name", team[2])
    s.value("I6", D(2026, 4, 24), path="closure.closed_date", label=heads[8], fmt="yyyy-mm-dd")
    lv(s, "G7", "批准", "H7", "顾伟民", "closure.approved_by", span="I7")
    s.ws.row_dimensions[6].height = 90
    landscape(s)
    s.ws.sheet_properties.pageSetUpPr.fitToPage = True
    s.ws.page_setup.fitToWidth = 1
    s.ws.page_setup.fitToHeight = 0


# =============================================================================== return
def return_en_hausa(s: Sheet) -> None:
    """A Nigerian customer's TAKARDAR MAYARWA / RETURN NOTE in HAUSA–ENGLISH labels, ``5 ga Maris, 2026``,
    quantities ``1,200 guda`` (guda = piece), amounts in naira ``₦1,234.50``."""
    s.text("A1", "TAKARDAR MAYARWA / RETURN NOTE", "F1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "A2", "Lamba / Return No.", "B2", pick(s, "TM-KN-26-0031", "TM-KN-26-0058"), "number")
    lv(s, "D2", "Kwanan wata / Date", "E2", hausa(d), "issue_date", expect=d.isoformat(), span="F2")
    lv(s, "A3", "Abokin ciniki / Customer", "B3", pick(s, "Innoson Vehicle Manufacturing", "Dangote Sinotruk"),
       "customer")  # fmt: skip
    lv(s, "D3", "Lambar ƙorafi / Complaint No.", "E3", pick(s, "IVM-KR-260303", "DST-KR-260409"),
       "complaint_number", span="F3")  # fmt: skip
    heads = ("Lambar kaya / Part No.", "Bayani / Description", "An amince / Approved", "An mayar / Returned",
             "Farashi / Unit price", "Jimla / Amount")  # fmt: skip
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [("NG-FLT-1101", "Oil filter", 1200, 1200, 1850.0), ("NG-BLT-1102", "Fan belt", 300, 296, 4200.5)],
        [("NG-HSE-2201", "Radiator hose", 800, 790, 3125.0)],
    )
    return_lines(s, 5, lines, heads, count=lambda n: qty(n, ",", "guda"), amount=naira)
    lv(s, "A8", "Dalili / Reason", "B8", pick(s, "Filter gaskets leak at 3 bar.", "Hoses crack at the clamp."),
       "reason", span="F8")  # fmt: skip
    lv(s, "A9", "Mataki / Disposition", "B9", pick(s, "Gyara / Rework", "Jefar / Scrap"), "handling",
       expect=[pick(s, "rework", "scrap")], span="F9")  # fmt: skip
    lv(s, "A10", "An karɓa daga / Received by", "B10", pick(s, "Musa Abdullahi", "Aisha Bello"),
       "warehouse_receiver")  # fmt: skip
    lv(s, "D10", "Amincewa / Approved by", "E10", "Ibrahim Sani", "approved_by", span="F10")


def return_zh_blankrows(s: Sheet) -> None:
    """退货单 printed with TEN ITEM ROWS of which the clerk filled two, the others left with a ``——``
    dash in 物料编码 (as the printed form asks: 空行请划线), and a ``小计`` row under the table."""
    s.text("A1", "退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-2603-0088", "TH-2604-0131"), "number")
    lv(s, "D2", "退货日期", "E2", pick(s, D(2026, 3, 18), D(2026, 4, 22)), "issue_date", fmt="yyyy年m月d日",
       span="F2")  # fmt: skip
    lv(s, "A3", "客户", "B3", pick(s, "美的集团股份有限公司", "格力电器股份有限公司"), "customer")
    lv(s, "D3", "客诉单号", "E3", pick(s, "MD-QA-260315", "GL-QA-260419"), "complaint_number", span="F3")
    heads = ("物料编码", "物料名称", "核准数量", "退回数量", "单价", "金额")
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [("FS-MTR-7701", "压缩机电机", 40, 40, 312.0), ("FS-CAP-7702", "启动电容", 600, 585, 6.8)],
        [("FS-VLV-8801", "四通阀", 150, 148, 58.5)],
    )
    return_lines(s, 5, lines, heads)
    for r in range(5 + len(lines), 15):
        s.text(f"A{r}", "" if s.blank else "——", center=True)
        for col in "BCDEF":
            s.box(f"{col}{r}")
    total_q = sum(line[3] for line in lines)
    s.text("A15", "小计", "C15", bold=True, center=True)
    plain(s, "D15", "" if s.blank else f"{total_q:,}")
    plain(s, "F15", "" if s.blank else f"{sum(round(q * p, 2) for _, _, _, q, p in lines):,.2f}")
    plain(s, "A16", "注：空行请划线（——），不得涂改。", "F16")
    lv(s, "A17", "退货原因", "B17", pick(s, "电机绕组匝间短路，电容容量偏低。", "四通阀换向卡滞。"), "reason",
       span="F17")  # fmt: skip
    lv(s, "A18", "处理方式", "B18", pick(s, "退回供应商", "报废"), "handling",
       expect=[pick(s, "return", "scrap")], span="F18")  # fmt: skip
    lv(s, "A19", "仓库签收", "B19", pick(s, "严海燕", "严海燕"), "warehouse_receiver")
    lv(s, "D19", "审批", "E19", pick(s, "冯国强", "冯国强"), "approved_by", span="F19")


# =============================================================================== allowance
def allowance_en_malagasy(s: Sheet) -> None:
    """A Malagasy customer's FANAMARINANA FAMERENANA VOLA / CREDIT NOTE in MALAGASY–ENGLISH labels, dates
    ``5 Martsa 2026``, amounts in whole ariary ``1 234 500 Ar``, TVA 20 %."""
    s.text("A1", "FANAMARINANA FAMERENANA VOLA / CREDIT NOTE", "E1", size=13)
    d, inv = pick(s, (D(2026, 3, 24), D(2026, 3, 5)), (D(2026, 4, 28), D(2026, 4, 9)))
    lv(s, "A2", "Laharana / Credit Note No.", "B2", pick(s, "FFV-26-0017", "FFV-26-0042"), "number")
    lv(
        s,
        "C2",
        "Daty / Date",
        "D2",
        day_month_year(_MALAGASY, d),
        "issue_date",
        expect=d.isoformat(),
        span="E2",
    )
    lv(
        s,
        "A3",
        "Mpividy / Buyer",
        "B3",
        pick(s, "Jirama Antananarivo", "Star Brasseries de Madagascar"),
        "buyer",
    )
    lv(s, "C3", "NIF / Tax No.", "D3", pick(s, "2000012345", "3000067890"), "buyer_tax_id", span="E3")
    lv(s, "A4", "Faktiora laharana / Invoice No.", "B4", pick(s, "FAC-26-0311", "FAC-26-0472"), "invoice_no")
    lv(s, "C4", "Daty faktiora / Invoice date", "D4", day_month_year(_MALAGASY, inv), "invoice_date",
       expect=inv.isoformat(), span="E4")  # fmt: skip
    lv(
        s,
        "A5",
        "Fitarainana / Complaint No.",
        "B5",
        pick(s, "JRM-FT-260310", "SBM-FT-260414"),
        "complaint_number",
    )
    heads = ("Entana / Item", "Isa / Qty", "Vidiny isan'iray / Unit price", "Sandany / Net", "TVA 20% / VAT")
    head_row(s, 6, "ABCDE", heads)
    lines = pick(s, (("Compteur MG-CPT-1101", 120, 48500.0), ("Disjoncteur MG-DJT-1102", 400, 12750.0)),
                 (("Bouchon MG-BCH-2201", 25000, 35.0),))  # fmt: skip
    totals = ("Fitambarany / Total net", "TVA / Total VAT", "Totaly / Total incl. VAT")
    allowance_lines(s, 7, lines, heads, 0.2, ariary, totals)
    lv(s, "A13", "Nankatoavin'i / Approved", "B13", pick(s, "Hery Rakotomalala", "Voahangy Randria"),
       "approved_by_manager")  # fmt: skip


_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def rmb_words(x: float) -> str:
    """``陆万壹仟伍佰玖拾陆元叁角整``: an amount in Chinese capital figures (大写), as a 发票 prints it."""
    yuan, cents = divmod(round(x * 100), 100)
    out, zero = "", False
    for unit, value in (("万", 10000), ("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        digit = yuan // value % 10 if value < 10000 else yuan // 10000
        if digit:
            out += ("零" if zero and out else "") + _CN_DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    out += "元"
    jiao, fen = divmod(cents, 10)
    if not cents:
        return out + "整"
    out += (_CN_DIGITS[jiao] + "角") if jiao else "零"
    return out + (_CN_DIGITS[fen] + "分" if fen else "整")


def allowance_zh_words(s: Sheet) -> None:
    """销售折让证明单 whose GRAND TOTAL IS WRITTEN IN WORDS ONLY: the 价税合计 row holds ``（大写）陆万…元整``
    and no figure (the form has no 小写 box); the lines and the 合计 of 折让金额 / 税额 are figures."""
    s.text("A1", "销售折让证明单", "F1", size=15)
    lv(s, "A2", "证明单号", "B2", "ZR-HF-2603-015", "number")
    lv(s, "C2", "开具日期", "D2", D(2026, 3, 26), "issue_date", fmt="yyyy年m月d日")
    lv(s, "E2", "原发票号码", "F2", "34107725", "invoice_no")
    lv(s, "A3", "购买方", "B3", "合肥京东方光电科技有限公司", "buyer")
    lv(s, "C3", "纳税人识别号", "D3", "913401005830427610", "buyer_tax_id")
    lv(s, "E3", "客诉单号", "F3", "BOE-QA-260319", "complaint_number")
    heads = ("货物名称", "数量", "单价", "折让金额", "税率", "税额")
    head_row(s, 4, "ABCDEF", heads)
    lines = (("背光灯条", 800, 42.5), ("偏光片", 1500, 18.6))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 5 + i
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1])
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label=heads[2], expect=money(p), fmt="0.00")
        s.value(
            f"D{r}", a, path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a), fmt="#,##0.00"
        )
        s.text(f"E{r}", "13%", center=True)
        s.value(f"F{r}", t, path=f"items[{i}].tax", label=heads[5], expect=money(t), fmt="#,##0.00")
    s.text("A7", "合计", "C7", bold=True, center=True)
    s.value(
        "D7", round(net, 2), path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt="#,##0.00"
    )
    s.text("E7", "")
    s.value("F7", round(tax, 2), path="total_tax", label="合计 税额", expect=money(tax), fmt="#,##0.00")
    lv(s, "A8", "价税合计（大写）", "B8", rmb_words(net + tax), "total", expect=money(net + tax), span="F8")
    lv(s, "A9", "财务主管", "B9", "汪晓燕", "approved_by_manager")
    lv(s, "C9", "经办人", "D9", "梁宇", None)


W4 = dict(A=40, B=30, C=32, D=30)
EXCEL = [
    excel_layout("complaint-en-galician", "complaint", "en", complaint_en_galician, "Reclamacion", W4,
       "a Galician customer's complaint: Galician–English labels, 12 de xuño de 2026, 1.200 pezas", copy2=True),
    excel_layout("complaint-zh-permille", "complaint", "zh-Hans", complaint_zh_permille, "投诉单",
       dict(A=14, B=32, C=14, D=30), "客户投诉单 whose defective count carries its rate in per mille (42 件（3.5‰）)",
       copy2=True),
    excel_layout("complaint-zht-sample", "complaint", "zh-Hant", complaint_zht_sample, "客訴單",
       dict(A=14, B=30, C=14, D=28), "a 客訴單 whose defective count carries its sample (36 PCS（抽驗 200 PCS）)"),
    excel_layout("8d-en-tatar", "8d", "en", eightd_en_tatar, "8D", dict(A=50, B=30, C=30, D=30),
       "a Tatar customer's 8D: Tatar–English labels, 2026 елның 5 марты, 1 250 данә", copy2=True),
    excel_layout("8d-zh-across", "8d", "zh-Hans", eightd_zh_across, "8D",
       dict(A=14, B=20, C=16, D=16, E=16, F=18, G=18, H=18, I=14),
       "8D 报告 whose steps run across one row: D1 … D8 headings as columns, their texts below"),
    excel_layout("return-en-hausa", "return", "en", return_en_hausa, "Mayarwa",
       dict(A=30, B=26, C=22, D=22, E=24, F=22),
       "a Nigerian customer's return note: Hausa–English labels, 5 ga Maris, 2026, 1,200 guda, ₦1,234.50", copy2=True),
    excel_layout("return-zh-blankrows", "return", "zh-Hans", return_zh_blankrows, "退货单",
       dict(A=16, B=18, C=12, D=12, E=12, F=14),
       "a 退货单 of ten printed item rows, two filled, the rest struck with ——, a 小计 row under them", copy2=True),
    excel_layout("allowance-en-malagasy", "allowance", "en", allowance_en_malagasy, "Famerenana",
       dict(A=34, B=26, C=28, D=24, E=22),
       "a Malagasy customer's credit note: Malagasy–English labels, 5 Martsa 2026, amounts 1 234 500 Ar",
       copy2=True),
    excel_layout("allowance-zh-words", "allowance", "zh-Hans", allowance_zh_words, "折让",
       dict(A=16, B=24, C=14, D=22, E=12, F=20), "销售折让证明单 whose grand total is written in words only (大写)"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = portal_css("#eef2e6")


def complaint_en_somali(f: HtmlForm) -> str:
    """A Somali customer's CABASHO MACMIIL / CUSTOMER COMPLAINT page in SOMALI–ENGLISH labels,
    ``5 Maarso 2026``, quantities ``1,200 xabbo`` (xabbo = piece)."""
    d = pick(f, D(2026, 3, 5), D(2026, 4, 20))
    q, dq = pick(f, (1200, 48), (9000, 150))
    f.raw("<h2>CABASHO MACMIIL / CUSTOMER COMPLAINT</h2><table>")
    kv_rows(f, (
        ("Lambarka cabashada / Complaint No.", pick(f, "CB-HGS-26-0012", "CB-HGS-26-0039"), "number", None),
        ("Taariikhda la helay / Received", day_month_year(_SOMALI, d), "received_date", d.isoformat()),
        ("Macmiil / Customer", pick(f, "Hormuud Telecom Somalia", "Somali Energy Company"), "customer", None),
        ("Lambarka dalabka / PO No.", pick(f, "HT-PO-2602-418", "SE-PO-2604-077"), "order_no", None),
        ("Dufcad / Lot", pick(f, "SO2602-04", "SO2604-11"), "lot_no", None),
        ("Lambarka qaybta / Part No.", pick(f, "SO-ANT-3301", "SO-MTR-0520"), "part_no", None),
        ("Magaca qaybta / Part name", pick(f, "Anteeno", "Mitir koronto"), "part_name", None),
        ("Tirada la keenay / Qty delivered", f"{q:,} xabbo", "ship_qty", q),
        ("Tirada cilladaysan / Qty defective", f"{dq:,} xabbo", "defect_qty", dq),
        ("Sharaxaadda cilladda / Defect", pick(f, "Antenna connectors corroded on arrival.",
         "Meters drift 3 % after a week."), "description", None),
        ("Codsi / Request", pick(f, "Beddel / Replacement", "Celin / Return"), "customer_request",
         [pick(f, "replacement", "return")]),
        ("Tallaabo degdeg ah / Immediate action", pick(f, "Stock of 3,600 xabbo inspected.", "Lot held."),
         "short_term_action", None),
        ("Diyaariyey / Prepared by", "Ma Jun", "reporter", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Cabasho", _CSS)


def eightd_en_kinyarwanda(f: HtmlForm) -> str:
    """A Rwandan customer's RAPORO YA 8D / 8D REPORT page in KINYARWANDA–ENGLISH labels, ``5 Werurwe 2026``
    (Werurwe = March), quantities ``1.250 ibice`` (ibice = pieces)."""
    f.raw("<h2>RAPORO YA 8D / 8D REPORT</h2><table>")
    kv_rows(f, (
        ("Nimero ya raporo / Report No.", "8D-KGL-26-006", "number", None),
        ("Itariki yafunguweho / Opened", day_month_year(_KINYARWANDA, D(2026, 3, 5)), "opened_date", "2026-03-05"),
        ("Umukiriya / Customer", "Inyange Industries Ltd", "customer", None),
        ("Nimero y'ikirego / Complaint No.", "INY-IK-260302", "complaint_number", None),
        ("Nimero y'igice / Part No.", "RW-CAP-2208", "part_no", None),
        ("Umubare / Qty complained", "1.250 ibice", "problem.qty_complained", 1250),
    ))  # fmt: skip
    team = ("Jean Mugabo", "Chen Jie", "Aline Uwase")
    team_row(f, "D1 Itsinda / Team", team)
    kv_rows(f, (
        ("D2 Ikibazo / Problem", "Bottle caps leak on 1.250 ibice.", "problem.statement", None),
        ("D3 Ingamba z'ako kanya / Containment", "Stock of 20.000 ibice torque-tested.", "containment[0].action",
         None),
        ("D4 Impamvu nyamukuru / Root cause", "Liner punch misaligned.", "root_cause[type=occurrence].cause", None),
        ("D4 Impamvu bitagaragaye / Why not detected", "Leak test sampled 5 caps per hour.",
         "root_cause[type=escape].cause", None),
        ("D5 Ingamba zikosora / Corrective action", "Punch aligned, guide pins added.",
         "corrective_actions[0].action", None),
        ("D6 Igenzura / Verification", "8 lots without leaks.", "implementation[0].result", None),
        ("D7 Gukumira / Prevention", "Guide pins on all 3 lining machines.", "prevention.horizontal_deployment",
         None),
        ("D8 Itariki yafungiweho / Closed", day_month_year(_KINYARWANDA, D(2026, 4, 17)), "closure.closed_date",
         "2026-04-17"),
        ("Byemejwe na / Approved", "Eric Niyonzima", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Raporo ya 8D", _CSS)


def return_zht_ditto(f: HtmlForm) -> str:
    """A 退貨單 page whose repeated item names and unit prices are typed as DITTO MARKS ``〃`` (同上):
    the second and third lines' 品名 and 單價 are those of the line above."""
    f.raw("<h2>退 貨 單</h2><table>")
    kv_rows(f, (
        ("退貨單號", "RT-ZH-2603-022", "number", None),
        ("退貨日期", "2026/03/19", "issue_date", "2026-03-19"),
        ("客戶名稱", "和碩聯合科技股份有限公司", "customer", None),
        ("客訴單號", "PEG-QA-260317", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("料號", "品名", "核准數量", "退回數量", "單價", "金額")
    th_row(f, heads)
    lines = (("ZH-CON-0101", "板對板連接器", 2000, 1980, 3.6), ("ZH-CON-0102", "板對板連接器", 1500, 1500, 3.6),
             ("ZH-CON-0103", "板對板連接器", 800, 760, 3.6))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (
            (code, f"items[{i}].part_no", None),
            (name if i == 0 else "〃", f"items[{i}].part_name", name),
            (f"{qa:,}", f"items[{i}].qty_approved", qa),
            (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"{p:.2f}" if i == 0 else "〃", f"items[{i}].unit_price", money(p)),
            (f"{q * p:,.2f}", f"items[{i}].amount", money(q * p)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("退貨原因", "端子氧化，插拔力不足。", "reason", None),
        ("處理方式", "報廢", "handling", ["scrap"]),
        ("倉庫簽收", "溫志明", "warehouse_receiver", None),
        ("主管", "邱淑芬", "approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("退貨單", _CSS)


def paren(x: float) -> str:
    """``(52,800)``: a credit shown as accountants show a negative amount, in parentheses."""
    return f"({x:,.0f})"


def allowance_zht_paren(f: HtmlForm) -> str:
    """A 銷貨折讓單 page whose amounts are shown AS CREDITS IN PARENTHESES (``(52,800)``), as an
    accounting system prints the lines it takes off the invoice."""
    f.raw("<h2>銷貨折讓單</h2><table>")
    kv_rows(f, (
        ("折讓單號", "SA-TN-2603-009", "number", None),
        ("開立日期", "2026/03/30", "issue_date", "2026-03-30"),
        ("客戶名稱", "群創光電股份有限公司", "buyer", None),
        ("統一編號", "12867530", "buyer_tax_id", None),
        ("原發票號碼", "RX-51730284", "invoice_no", None),
        ("發票日期", "2026/03/10", "invoice_date", "2026-03-10"),
        ("客訴單號", "INX-QA-260320", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("品名", "數量", "單價", "折讓金額（未稅）", "稅額")
    th_row(f, heads)
    net = tax = 0
    for i, (name, q, p) in enumerate((("擴散膜", 2000, 18), ("驅動IC托盤", 600, 26))):
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        cells = (
            (name, f"items[{i}].name", None),
            (f"{q:,}", f"items[{i}].qty", q),
            (f"{p:,}", f"items[{i}].unit_price", money(p)),
            (paren(a), f"items[{i}].allowance_amount", money(a)),
            (paren(t), f"items[{i}].tax", money(t)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("折讓金額合計", paren(net), "total_excl_tax", money(net)),
        ("營業稅額合計", paren(tax), "total_tax", money(tax)),
        ("折讓總額", paren(net + tax), "total", money(net + tax)),
        ("會計主管", "廖淑貞", "approved_by_manager", None),
    ))  # fmt: skip
    f.raw('</table><p class="note">括號內金額為折讓（負數）。</p>')
    return f.page("銷貨折讓單", _CSS)


def eightd_zht_tiny(f: PdfDraw) -> None:
    """An 8D 報告 printed FIT TO PAGE from a wide sheet: the whole form shrunk into the top of an A4
    page, every text 4.5 pt high, label and value pairs close together."""
    f = CjkDraw.of(f)
    small = 4.5
    f.text(70, 12, "8D 問題改善報告", size=7)
    rows = (
        ("報告號碼", "8D-TN-2603-017", "number", None),
        ("發行日期", "2026/03/17", "opened_date", "2026-03-17"),
        ("客戶名稱", "奇美實業股份有限公司", "customer", None),
        ("客訴單號", "CM-QA-260314", "complaint_number", None),
        ("料號", "TN-GRD-3305", "part_no", None),
        ("客訴數量", "480", "problem.qty_complained", 480),
        ("D1 團隊成員", "黃俊傑、張惠雯、李國豪", None, None),
        ("D2 問題描述", "導光板刮傷，計 480 片。", "problem.statement", None),
        ("D3 臨時對策", "在庫 5,000 片全數目檢。", "containment[0].action", None),
        ("D4 發生原因", "輸送滾輪表面附著異物。", "root_cause[type=occurrence].cause", None),
        ("D4 流出原因", "目檢燈照度不足。", "root_cause[type=escape].cause", None),
        ("D5 永久對策", "滾輪每班清潔並記錄。", "corrective_actions[0].action", None),
        ("D6 效果驗證", "連續 4 批 8,000 片無刮傷。", "implementation[0].result", None),
        ("D7 預防措施", "同類 3 條輸送線比照辦理。", "prevention.horizontal_deployment", None),
        ("D8 結案日期", "2026/04/21", "closure.closed_date", "2026-04-21"),
        ("核准人", "周文彬", "closure.approved_by", None),
    )
    for k, (lab, raw, path, exp) in enumerate(rows):
        y = 18 + k * 2.6
        f.text(10, y, lab, size=small)
        f.value(26, y, raw, path=path, label=lab, expect=exp, size=small)
        if path is None and not f.blank:
            for name in raw.split("、"):
                f.fields.append({"label": lab, "cell": f"p1!26,{y:g}", "value": raw, "path": "team[*].name",
                                 "expect": name})  # fmt: skip


def return_en_maori(f: PdfDraw) -> None:
    """A New Zealand customer's PUKA WHAKAHOKI / RETURN NOTE in MĀORI–ENGLISH labels, ``5 Poutū-te-rangi
    2026`` (Poutū-te-rangi = March), amounts in New Zealand dollars ``NZ$1,234.50``."""
    f = CjkDraw.of(f)
    f.text(50, 18, "PUKA WHAKAHOKI / RETURN NOTE", size=14)
    d = pick(f, D(2026, 3, 5), D(2026, 4, 16))
    for k, (lab, raw, path, exp) in enumerate((
        ("Tau / Return No.", pick(f, "WH-AKL-26-0021", "WH-AKL-26-0049"), "number", None),
        ("Rā / Date", day_month_year(_MAORI, d), "issue_date", d.isoformat()),
        ("Kiritaki / Customer", pick(f, "Fisher & Paykel Appliances", "Gallagher Group Ltd"), "customer", None),
        ("Tau amuamu / Complaint No.", pick(f, "FP-AM-260303", "GG-AM-260412"), "complaint_number", None),
    )):  # fmt: skip
        y = 30 + k * 7
        f.text(15, y, lab + ":")
        f.value(70, y, raw, path=path, label=lab, expect=exp)
    heads = ("Tau wāhanga / Part No.", "Whakaahua / Description", "Whakaaetia / Approved", "Whakahokia / Returned",
             "Utu / Unit price", "Tapeke / Amount")  # fmt: skip
    xs = (15, 48, 88, 116, 146, 172)
    y = 66
    f.pdf.line(14, y - 5, 200, y - 5)
    for x, h in zip(xs, heads):
        f.text(x, y, h, size=6, bold=True)
    f.pdf.line(14, y + 2, 200, y + 2)
    lines = pick(f, (("NZ-ELM-1101", "Heating element", 300, 300, 38.4), ("NZ-THS-1102", "Thermostat", 500, 488, 12.75)),
                 (("NZ-INS-2201", "Insulator", 1200, 1180, 2.15),))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 8
        for x, (raw, path, exp) in zip(xs, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa), (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"NZ${p:,.2f}", f"items[{i}].unit_price", money(p)),
            (f"NZ${q * p:,.2f}", f"items[{i}].amount", money(q * p)),
        )):  # fmt: skip
            f.value(x, y, raw, path=path, label=heads[xs.index(x)], expect=exp, size=8)
    y += 14
    for lab, raw, path, exp in (
        ("Take / Reason", pick(f, "Elements fail the insulation test.", "Insulators chipped in transit."),
         "reason", None),
        ("Tukanga / Disposition", pick(f, "Whakahoki / Return to supplier", "Whakakore / Scrap"), "handling",
         [pick(f, "return", "scrap")]),
        ("I whiwhi / Received by", pick(f, "Aroha Ngata", "Tama Whaanga"), "warehouse_receiver", None),
        ("I whakaae / Approved by", "Rewi Parata", "approved_by", None),
    ):  # fmt: skip
        f.text(15, y, lab + ":")
        f.value(70, y, raw, path=path, label=lab, expect=exp)
        y += 7


SENT_AS_PDF = [
    dict(id="complaint-en-somali", kind="complaint", language="en", medium="html", draw=complaint_en_somali,
         copy2=True, imitates="a Somali customer's complaint: Somali–English labels, 5 Maarso 2026, 1,200 xabbo",
         unmapped=[]),
    dict(id="8d-en-kinyarwanda", kind="8d", language="en", medium="html", draw=eightd_en_kinyarwanda,
         imitates="a Rwandan customer's 8D: Kinyarwanda–English labels, 5 Werurwe 2026, 1.250 ibice", unmapped=[]),
    dict(id="return-zht-ditto", kind="return", language="zh-Hant", medium="html", draw=return_zht_ditto,
         imitates="a 退貨單 whose repeated names and prices are ditto marks 〃", unmapped=[]),
    dict(id="allowance-zht-paren", kind="allowance", language="zh-Hant", medium="html", draw=allowance_zht_paren,
         imitates="a 銷貨折讓單 whose amounts are shown as credits in parentheses (52,800)", unmapped=[]),
    dict(id="8d-zht-tiny", kind="8d", language="zh-Hant", medium="fpdf", draw=eightd_zht_tiny,
         imitates="an 8D 報告 printed fit to page: every text 4.5 pt", unmapped=[]),
    dict(id="return-en-maori", kind="return", language="en", medium="fpdf", draw=return_en_maori, copy2=True,
         imitates="a New Zealand customer's return note: Māori–English labels, 5 Poutū-te-rangi 2026, NZ$1,234.50",
         unmapped=[]),
]  # fmt: skip


# =============================================================================== odd files
ODD = {
    "complaint-gzip.pdf": "a complaint PDF compressed by a mail gateway (gzip, 1f 8b) and still named .pdf: "
    "the file is a gzip archive, not a PDF; a clear error, never a record",
    "return-veryhidden.xlsx": "a return note whose form sheet is VERY HIDDEN (set by a macro, not listed by "
    "Unhide) behind a visible cover sheet saying to enable macros; the cover holds no form: a clear error, "
    "never a record read from the hidden sheet nor an empty one",
}


def _gzip_pdf() -> bytes:
    """A one-page complaint PDF (fpdf2, fixed date) gzipped with a fixed time, as a mail gateway does."""
    pdf = PdfDraw(False)
    pdf.pdf.set_creation_date(dt.datetime(2026, 3, 12, 8, 30, tzinfo=dt.timezone.utc))
    for y, text in ((20, "CUSTOMER COMPLAINT"), (32, "Complaint No.: CC-GZ-2603-006"),
                    (40, "Customer: Harbour Instruments Ltd"), (48, "Qty defective: 24")):  # fmt: skip
        pdf.text(15, y, text)
    return gzip.compress(bytes(pdf.pdf.output()), mtime=0)


def _very_hidden() -> bytes:
    """A cover sheet ("enable macros") and the return form in a sheet whose state is ``veryHidden``."""
    from holdout_kit import workbook_bytes
    from openpyxl import Workbook

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Please enable macros to see the return note. / 请启用宏以显示退货单。"
    form = wb.create_sheet("Return")
    for row in (("RETURN NOTE",), ("Return No.", "RN-VH-2603-003"), ("Customer", "Northfield Pumps Ltd"),
                ("Part No.", "NP-SHF-0412"), ("Qty returned", 36), ("Reason", "Shaft bent")):  # fmt: skip
        form.append(row)
    form.sheet_state = "veryHidden"
    return workbook_bytes(wb, dt.datetime(2026, 3, 12, 8, 30))


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-gzip.pdf").write_bytes(_gzip_pdf())
    (odd / "return-veryhidden.xlsx").write_bytes(_very_hidden())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    out = run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-sixth held-out layouts")
    write_odd(out)


if __name__ == "__main__":
    main(sys.argv[1:])
