"""Write the twenty-eighth held-out set (run: ``python tests/holdout28/make_holdout28.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: an IGBO–ENGLISH complaint (``5 Maachị 2026``, ``1,200 mpempe``), a
客户投诉单 whose request is given as a CODE LETTER explained by a LEGEND (``B`` with ``A=退货 B=换货 …``),
a 客訴處理單 whose cells each hold SEVERAL LABELLED VALUES on their own lines (``料號：…`` / ``品名：…``);
a XHOSA–ENGLISH 8D whose dates carry the WEEKDAY (``Lwesine, 5 Matshi 2026``), an 8D 报告 whose team is
written with its ROLES (``组长：蒋涛`` / ``组员：…``); an OROMO–ENGLISH return (``5 Bitootessa 2026``,
``1,200 meeshaa``, ``1,234.50 Birr`` the currency after the figure), a 退货单 whose item table's COLUMN HEADER IS
SPLIT OVER THREE ROWS (group / name / unit); a TAJIK–ENGLISH credit note in Cyrillic (``24 марти 2026``,
``48 500,00 сомонӣ``), a 销售折让证明单 with TWO ITEM TABLES (the original invoice's lines, then the
allowance's: only the second are items); sent as PDF only: a FIJIAN–ENGLISH complaint (``5 Maji
2026``, ☑ / ☐; Chromium), a HAWAIIAN–ENGLISH 8D (``Pōʻahā, 5 Malaki 2026``: weekday and ʻokina;
Chromium), a CEBUANO–ENGLISH return (``ika-5 sa Marso 2026``, pesos ``P1,234.50`` with a plain P, ``1,200 ka buok``;
Chromium), a 銷貨折讓單 whose signatures stand ABOVE A LINE with the caption UNDER it (Chromium), an 8D
報告 drawn as BOXES WITH SMALL CAPTIONS in their top-left corner (fpdf2), a 退貨單 from an ERP over TWO
PAGES with 本頁小計 / 承上頁 rows (page subtotals, brought forward; fpdf2). ``odd/`` holds Excel's
owner file (``~$…``, the lock file left while a workbook is open) named ``.xlsx`` and a PDF whose only
content is the return note attached to it as a file (a blank page).

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]
import holdout_kit as kit  # noqa: E402

D = dt.date
SOURCE = dict(origin="twenty-eighth held-out imitation", source="tests/holdout28/make_holdout28.py")

_MONTHS = {  # each language's months, January first, as its clerks write them in a date
    "ig": "Jenụwarị Febrụwarị Maachị Eprel Mee Juun Julaị Ọgọọst Septemba Ọktoba Novemba Disemba",
    "xh": "Janyuwari Februwari Matshi Epreli Meyi Juni Julayi Agasti Septemba Okthoba Novemba Disemba",
    "om": "Amajjii Guraandhala Bitootessa Elba Caamsa Waxabajjii Adooleessa Hagayya Fuulbana Onkololeessa Sadaasa Muddee",
    "tg": "январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри",
    "fj": "Janueri Veverueri Maji Epereli Me June Julai Okosita Seviteba Okotova Noveba Tiseba",
    "haw": "Ianuali Pepeluali Malaki ʻApelila Mei Iune Iulai ʻAukake Kepakemapa ʻOkakopa Nowemapa Kekemapa",
    "ceb": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Septiyembre Oktubre Nobyembre Disyembre",
}
_DAYS = {  # Monday first
    "xh": "Mvulo Lwesibini Lwesithathu Lwesine Lwesihlanu Mgqibelo Cawe",
    "haw": "Pōʻakahi Pōʻalua Pōʻakolu Pōʻahā Pōʻalima Pōʻaono Lāpule",
}


def dmy(lang: str, d: dt.date, weekday: bool = False) -> str:
    """``5 Maachị 2026`` (Igbo), ``5 Bitootessa 2026`` (Oromo), ``24 марти 2026`` (Tajik);
    with ``weekday`` the weekday before it: ``Lwesine, 5 Matshi 2026``, ``Pōʻahā, 5 Malaki 2026``."""
    text = f"{d.day} {_MONTHS[lang].split()[d.month - 1]} {d.year}"
    return f"{_DAYS[lang].split()[d.weekday()]}, {text}" if weekday else text


def stacked(s: kit.Sheet, ref: str, label_text: str, parts, span=None) -> None:
    """Several labelled values typed on their own lines in one cell (``料號：HC-0312`` ⏎ ``品名：螺絲``):
    ``(caption, typed, path, expect)`` per line; one expected field a line, the cell's text its value."""
    text = "\n".join(f"{cap}：{typed}" for cap, typed, _p, _e in parts)
    s.value(ref, text, path=None, label=label_text, span=span)
    if not s.blank:
        for cap, typed, path, exp in parts:
            s.fields.append({"label": cap, "cell": f"{s.ws.title}!{ref}", "value": str(typed), "path": path,
                             "expect": typed if exp is None else exp})  # fmt: skip


# =============================================================================== complaint
def complaint_en_igbo(s: kit.Sheet) -> None:
    """A Nigerian customer's MKPESA ONYE AHỊA / CUSTOMER COMPLAINT in IGBO–ENGLISH labels, dates ``5 Maachị
    2026`` (the dotted ị, ọ, ụ precomposed), counts ``1,200 mpempe`` (mpempe = pieces)."""
    s.text("A1", "MKPESA ONYE AHỊA / CUSTOMER COMPLAINT", "D1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 14))
    kit.lv(s, "A2", "Nọmba mkpesa / Complaint No.", "B2", kit.pick(s, "MK-ENU-26-0031", "MK-ENU-26-0058"),
           "number")  # fmt: skip
    kit.lv(s, "C2", "Ụbọchị anatara / Received", "D2", dmy("ig", d), "received_date", expect=d.isoformat())
    kit.lv(s, "A3", "Onye ahịa / Customer", "B3", kit.pick(s, "Innoson Vehicle Mfg Co.", "Nigerian Bottling Co."),
       "customer", span="D3")  # fmt: skip
    kit.lv(
        s, "A4", "Nọmba ịtụ / PO No.", "B4", kit.pick(s, "IVM-PO-2602-0411", "NBC-PO-2604-0093"), "order_no"
    )
    kit.lv(s, "C4", "Ogbe / Lot", "D4", kit.pick(s, "IG2602-08", "IG2604-02"), "lot_no")
    kit.lv(s, "A5", "Nọmba akụrụngwa / Part No.", "B5", kit.pick(s, "IG-WHL-3310", "IG-CAP-0217"), "part_no")
    kit.lv(s, "C5", "Aha akụrụngwa / Part name", "D5", kit.pick(s, "Wheel hub bolt", "Bottle closure"),
           "part_name")  # fmt: skip
    q, dq = kit.pick(s, (1200, 36), (48000, 520))
    kit.lv(s, "A6", "Ọnụọgụ ezitere / Qty delivered", "B6", kit.qty(q, ",", "mpempe"), "ship_qty", expect=q)
    kit.lv(s, "C6", "Ọnụọgụ mebiri emebi / Qty defective", "D6", kit.qty(dq, ",", "mpempe"), "defect_qty",
           expect=dq)  # fmt: skip
    kit.lv(s, "A7", "Nkọwa nsogbu / Defect description", "B7",
       kit.pick(s, "Bolt threads strip at 120 N·m.", "Closures leak after capping."), "description",
       span="D7")  # fmt: skip
    kit.lv(s, "A8", "Arịrịọ / Request", "B8", kit.pick(s, "Dochie / Replacement", "Weghachi / Return"), "customer_request",
       expect=[kit.pick(s, "replacement", "return")], span="D8")  # fmt: skip
    kit.lv(s, "A9", "Ihe emere ozugbo / Immediate action", "B9",
       kit.pick(s, "Stock of 4,800 mpempe torque-tested.", "Lot held at the plant."), "short_term_action",
       span="D9")  # fmt: skip
    kit.lv(s, "A10", "Onye dere / Prepared by", "B10", "Wu Jing", "reporter")
    kit.lv(s, "C10", "Onye nlekọta / Supervisor", "D10", kit.pick(s, "Chukwuemeka Okafor", "Ngozi Eze"),
       "sales_supervisor")  # fmt: skip


_LEGEND_REQUEST = ("A=退货", "B=换货", "C=特采", "D=返工", "E=索赔")
_LEGEND_DEFECT = ("A=外观", "B=尺寸", "C=功能", "D=包装")


def complaint_zh_legend(s: kit.Sheet) -> None:
    """客户投诉单 whose request and defect type are given as CODE LETTERS, a LEGEND at the foot of the form
    explaining them (``客户要求代码：A=退货  B=换货 …``): ``B`` is 换货 (replacement)."""
    s.text("A1", "客户投诉单", "D1", size=15)
    kit.lv(s, "A2", "投诉编号", "B2", kit.pick(s, "TS-2603-052", "TS-2604-089"), "number")
    kit.lv(s, "C2", "收到日期", "D2", kit.pick(s, D(2026, 3, 16), D(2026, 4, 22)), "received_date",
           fmt="yyyy-mm-dd")  # fmt: skip
    kit.lv(
        s,
        "A3",
        "客户",
        "B3",
        kit.pick(s, "上汽大众汽车有限公司", "东风日产乘用车公司"),
        "customer",
        span="D3",
    )
    kit.lv(s, "A4", "采购单号", "B4", kit.pick(s, "SVW-PO-2603-2217", "DFN-PO-2604-0815"), "order_no")
    kit.lv(s, "C4", "生产批号", "D4", kit.pick(s, "LG260308-1", "LG260411-3"), "lot_no")
    kit.lv(s, "A5", "产品编号", "B5", kit.pick(s, "LG-GSK-1108", "LG-CLP-2203"), "part_no")
    kit.lv(s, "C5", "产品名称", "D5", kit.pick(s, "缸盖密封垫", "线束卡扣"), "part_name")
    q, dq = kit.pick(s, (6000, 84), (15000, 230))
    kit.lv(s, "A6", "交付数量", "B6", q, "ship_qty", fmt="#,##0")
    kit.lv(s, "C6", "不合格数", "D6", dq, "defect_qty")
    kit.lv(s, "A7", "不良类别（代码）", "B7", kit.pick(s, "B", "A"), None)
    kit.lv(s, "C7", "客户要求（代码）", "D7", kit.pick(s, "B", "A"), "customer_request",
       expect=[kit.pick(s, "replacement", "return")])  # fmt: skip
    kit.lv(s, "A8", "不良描述", "B8", kit.pick(s, "密封垫厚度超差 0.15 mm，漏油。", "卡扣表面毛刺划伤线束。"), "description",
       span="D8")  # fmt: skip
    kit.lv(s, "A9", "应急措施", "B9", kit.pick(s, "库存 3,200 件全数测厚。", "在途批次拦截。"), "short_term_action",
       span="D9")  # fmt: skip
    kit.lv(s, "A10", "登记人", "B10", "马晓燕", "reporter")
    kit.lv(s, "C10", "销售经理", "D10", kit.pick(s, "雷振华", "宋立新"), "sales_supervisor")
    s.text("A11", "代码说明　不良类别：" + "  ".join(_LEGEND_DEFECT) + "\n客户要求：" + "  ".join(_LEGEND_REQUEST),
           "D11")  # fmt: skip
    s.height(11, 34)


def complaint_zht_stacked(s: kit.Sheet) -> None:
    """客訴處理單 whose cells each hold SEVERAL LABELLED VALUES on their own lines (Alt+Enter): the product
    block ``料號：…`` ⏎ ``品名：…`` ⏎ ``批號：…``, the counts ``出貨數：…`` ⏎ ``不良數：…``, the signatures
    ``承辦：…`` ⏎ ``主管：…``."""
    s.text("A1", "客訴處理單", "D1", size=15)
    kit.lv(s, "A2", "客訴編號", "B2", "CS-TN-2603-044", "number")
    kit.lv(s, "C2", "受理日期", "D2", D(2026, 3, 18), "received_date", fmt="yyyy/mm/dd")
    kit.lv(s, "A3", "客戶名稱", "B3", "台達電子工業股份有限公司", "customer")
    kit.lv(s, "C3", "客戶訂單", "D3", "DEL-PO-2603-0772", "order_no")
    s.text("A4", "產品資訊", bold=True)
    stacked(s, "B4", "產品資訊", (("料號", "TN-CAP-0815", "part_no", None), ("品名", "電解電容", "part_name", None),
                               ("批號", "TN260302B", "lot_no", None)))  # fmt: skip
    s.text("C4", "數量", bold=True)
    stacked(s, "D4", "數量", (("出貨數", "20,000", "ship_qty", 20000), ("不良數", "150", "defect_qty", 150)))
    s.height(4, 48)
    kit.lv(s, "A5", "異常說明", "B5", "電容鼓包，高溫老化後容量衰減。", "description", span="D5")
    kit.lv(s, "A6", "客戶要求", "B6", "退貨", "customer_request", expect=["return"], span="D6")
    kit.lv(s, "A7", "緊急處置", "B7", "庫存 8,000 顆隔離重測。", "short_term_action", span="D7")
    s.text("A8", "簽核", bold=True)
    stacked(s, "B8", "簽核", (("承辦", "黃怡婷", "reporter", None), ("業務主管", "張書豪", "sales_supervisor", None)),
            span="D8")  # fmt: skip
    s.height(8, 34)


# =============================================================================== 8D
def eightd_en_xhosa(s: kit.Sheet) -> None:
    """A South African customer's INGXELO YE-8D / 8D REPORT in XHOSA–ENGLISH labels, dates written WITH THE
    WEEKDAY (``Lwesine, 5 Matshi 2026``: Lwesine = Thursday, Matshi = March), counts ``1 250 iziqwenga``."""
    s.text("A1", "INGXELO YE-8D / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 23)), (D(2026, 4, 9), D(2026, 5, 28)))
    kit.lv(s, "A2", "Inombolo yengxelo / Report No.", "B2", kit.pick(s, "8D-PLZ-26-011", "8D-PLZ-26-024"),
           "number")  # fmt: skip
    kit.lv(s, "C2", "Ivuliwe / Opened", "D2", dmy("xh", d, weekday=True), "opened_date", expect=d.isoformat())
    kit.lv(s, "A3", "Umthengi / Customer", "B3", kit.pick(s, "Volkswagen SA", "Isuzu Motors SA"), "customer")
    kit.lv(s, "C3", "Inombolo yesikhalazo / Complaint No.", "D3", kit.pick(s, "VWSA-IS-260303", "ISZ-IS-260407"),
       "complaint_number")  # fmt: skip
    kit.lv(
        s, "A4", "Inombolo yecandelo / Part No.", "B4", kit.pick(s, "XH-CLM-6610", "XH-FLT-0842"), "part_no"
    )
    n = kit.pick(s, 1250, 640)
    kit.lv(s, "C4", "Isixa / Qty complained", "D4", kit.qty(n, " ", "iziqwenga"), "problem.qty_complained",
           expect=n)  # fmt: skip
    team = kit.pick(s, ("Lwazi Mbeki", "Chen Lei", "Ayanda Nqoko"), ("Lwazi Mbeki", "Siyabonga Tshabalala"))
    kit.team_cell(s, "A5", "D1 Iqela / Team", "B5", team, span="D5")
    rows = (
        ("D2 Ingxaki / Problem", kit.pick(s, "Hose clamps crack at 1 250 iziqwenga.", "Fuel filters leak at seam."),
         "problem.statement"),
        ("D3 Ukuthintela / Containment", kit.pick(s, "Stock of 4 000 iziqwenga sorted.", "Lot blocked at dock."),
         "containment[0].action"),
        ("D4 Unobangela / Root cause", kit.pick(s, "Spring steel hardened above 52 HRC.", "Seam weld current low."),
         "root_cause[type=occurrence].cause"),
        ("D4 Kutheni kungabonwanga / Why not detected", kit.pick(s, "Hardness checked once a week.",
         "Leak test sampled 1 in 50."), "root_cause[type=escape].cause"),
        ("D5 Isisombululo / Corrective action", kit.pick(s, "Furnace profile locked, 48 HRC max.",
         "Weld current monitored."), "corrective_actions[0].action"),
        ("D6 Ukuqinisekisa / Verification", kit.pick(s, "6 lots without cracks.", "3 000 filters leak-free."),
         "implementation[0].result"),
        ("D7 Ukuthintela ukuphinda / Prevention", kit.pick(s, "Hardness every batch on 3 lines.",
         "Leak test every part."), "prevention.horizontal_deployment"),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv(s, "A13", "D8 Ivaliwe / Closed", "B13", dmy("xh", c, weekday=True), "closure.closed_date",
       expect=c.isoformat())  # fmt: skip
    kit.lv(s, "C13", "Kuvunyiwe / Approved", "D13", kit.pick(s, "Zola Mahlangu", "Thabo Ndlovu"),
           "closure.approved_by")  # fmt: skip


def eightd_zh_roles(s: kit.Sheet) -> None:
    """8D 报告 whose D1 team is written WITH ITS ROLES on two lines of one cell (``组长：蒋涛`` ⏎ ``组员：陈晓红、
    韩磊、吕志强``): four names, none of them ``组长`` or ``组员``."""
    s.text("A1", "8D 报告", "D1", size=15)
    kit.lv(s, "A2", "报告编号", "B2", "8D-WX-2603-021", "number")
    kit.lv(s, "C2", "发起日期", "D2", D(2026, 3, 10), "opened_date", fmt='yyyy"年"m"月"d"日"')
    kit.lv(s, "A3", "客户", "B3", "无锡威孚高科技集团股份有限公司", "customer")
    kit.lv(s, "C3", "客户投诉编号", "D3", "WF-QA-260307", "complaint_number")
    kit.lv(s, "A4", "零件号", "B4", "WX-NZL-3306", "part_no")
    kit.lv(s, "C4", "不良数量", "D4", "180 件", "problem.qty_complained", expect=180)
    leader, others = "蒋涛", ("陈晓红", "韩磊", "吕志强")
    typed = f"组长：{leader}\n组员：{'、'.join(others)}"
    kit.lv(s, "A5", "D1 成立小组", "B5", typed, None, span="D5")
    kit.members(s, "D1 成立小组", "B5", typed, (leader, *others))
    s.height(5, 34)
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 围堵措施", "D4 根本原因（发生）", "D4 根本原因（流出）", "D5 纠正措施", "D6 措施验证", "D7 预防再发"),
        ("喷油嘴针阀卡滞，180 件流量超差。", "在库及在途 2,600 件全数流量复测。", "研磨液过滤器堵塞，颗粒残留。",
         "清洁度检测频次每周一次。", "过滤器压差报警，每班点检。", "连续 8 批清洁度合格。", "同类 4 台研磨机加装压差表。"),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv(s, "A13", "D8 结案日期", "B13", D(2026, 4, 20), "closure.closed_date", fmt='yyyy"年"m"月"d"日"')
    kit.lv(s, "C13", "批准人", "D13", "邹建平", "closure.approved_by")


# =============================================================================== return
def return_en_oromo(s: kit.Sheet) -> None:
    """An Ethiopian customer's WARAQAA DEEBII / RETURN NOTE in OROMO–ENGLISH labels (Latin script, the
    apostrophe a letter: ``Deebi'e``), ``5 Bitootessa 2026`` (Bitootessa = March), counts ``1,200 meeshaa``,
    amounts with the birr AFTER the figure (``1,234.50 Birr``)."""
    s.text("A1", "WARAQAA DEEBII / RETURN NOTE", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 14))
    kit.lv(s, "A2", "Lakkoofsa / Return No.", "B2", kit.pick(s, "WD-ADA-26-0012", "WD-ADA-26-0037"), "number")
    kit.lv(s, "D2", "Guyyaa / Date", "E2", dmy("om", d), "issue_date", expect=d.isoformat(), span="F2")
    kit.lv(
           s, "A3", "Maamila / Customer", "B3", kit.pick(s, "Ethio Telecom", "Moha Soft Drinks S.C."), "customer")  # fmt: skip
    kit.lv(s, "D3", "Lakk. komii / Complaint No.", "E3", kit.pick(s, "ET-KM-260302", "MSD-KM-260409"), "complaint_number",
       span="F3")  # fmt: skip
    heads = ("Lakk. meeshaa / Part No.", "Ibsa / Description", "Hayyamame / Approved", "Deebi'e / Returned",
             "Gatii tokkoo / Unit price", "Waliigala / Amount")  # fmt: skip
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(
        s,
        [
            ("OR-ANT-1101", "Antenna bracket", 1200, 1200, 86.5),
            ("OR-PSU-1102", "Rectifier module", 300, 288, 1420.0),
        ],
        [("OR-CAP-2201", "Crown cap liner", 800, 780, 42.75)],
    )
    kit.return_lines(
        s, 5, lines, heads, count=lambda n: kit.qty(n, ",", "meeshaa"), amount=lambda x: f"{x:,.2f} Birr"
    )
    kit.lv(s, "A8", "Sababa / Reason", "B8", kit.pick(s, "Brackets rust within 3 months.", "Liners crack at capping."),
       "reason", span="F8")  # fmt: skip
    kit.lv(s, "A9", "Tarkaanfii / Disposition", "B9", kit.pick(s, "Irra deebiin hojjechuu / Rework", "Gatachuu / Scrap"),
       "handling", expect=[kit.pick(s, "rework", "scrap")], span="F9")  # fmt: skip
    kit.lv(s, "A10", "Kan fudhate / Received by", "B10", kit.pick(s, "Caaltuu Tolasaa", "Gammachuu Dhaabaa"),
       "warehouse_receiver")  # fmt: skip
    kit.lv(s, "D10", "Kan raggaase / Approved by", "E10", "Obsaa Guddataa", "approved_by", span="F10")


def return_zh_threerow(s: kit.Sheet) -> None:
    """退货单 whose item table's COLUMN HEADER IS SPLIT OVER THREE ROWS: a group row (``物料`` over two columns,
    ``数量`` over two, ``金额`` over two), a name row (编码 | 名称 | 核准 | 退回 | 单价 | 金额), a unit row
    (``PCS`` under the counts, ``元/PCS`` and ``元`` under the amounts)."""
    s.text("A1", "退货单", "F1", size=15)
    kit.lv(s, "A2", "退货单号", "B2", kit.pick(s, "RT-CS-2603-118", "RT-CS-2604-140"), "number")
    kit.lv(s, "D2", "退货日期", "E2", kit.pick(s, D(2026, 3, 24), D(2026, 4, 23)), "issue_date", fmt="yyyy/m/d",
       span="F2")  # fmt: skip
    kit.lv(s, "A3", "客户", "B3", kit.pick(s, "三一重工股份有限公司", "中联重科股份有限公司"), "customer")
    kit.lv(
        s,
        "D3",
        "客诉单号",
        "E3",
        kit.pick(s, "SANY-QA-260320", "ZL-QA-260418"),
        "complaint_number",
        span="F3",
    )
    s.text("A4", "物料", "B4", bold=True, shade=True, center=True)
    s.text("C4", "数量", "D4", bold=True, shade=True, center=True)
    s.text("E4", "金额（人民币）", "F4", bold=True, shade=True, center=True)
    kit.head_row(s, 5, "ABCDEF", ("编码", "名称", "核准", "退回", "单价", "金额"))
    kit.head_row(s, 6, "ABCDEF", ("", "", "PCS", "PCS", "元/PCS", "元"))
    heads = ("物料编码", "物料名称", "核准数量", "退回数量", "单价", "金额")
    lines = kit.pick(
        s,
        [("CS-HYD-3101", "液压油管接头", 500, 480, 28.6), ("CS-SEL-3102", "油缸密封圈", 2000, 1960, 3.85),
         ("CS-PIN-3103", "销轴", 120, 120, 156.0)],
        [("CS-BRG-4101", "回转支承螺栓", 800, 792, 12.4), ("CS-FLT-4102", "液压滤芯", 60, 58, 318.0)],
    )  # fmt: skip
    kit.return_lines(s, 7, lines, heads)
    last = 7 + len(lines)
    kit.lv(s, f"A{last}", "退货原因", f"B{last}", kit.pick(s, "接头螺纹渗油。", "螺栓强度不足。"), "reason",
           span=f"F{last}")  # fmt: skip
    kit.lv(s, f"A{last + 1}", "处理方式", f"B{last + 1}", kit.pick(s, "退回供应商", "报废"), "handling",
       expect=[kit.pick(s, "return", "scrap")], span=f"F{last + 1}")  # fmt: skip
    kit.lv(s, f"A{last + 2}", "仓库收货", f"B{last + 2}", "钟立明", "warehouse_receiver")
    kit.lv(s, f"D{last + 2}", "部门审批", f"E{last + 2}", "龙海燕", "approved_by", span=f"F{last + 2}")


# =============================================================================== allowance
def allowance_en_tajik(s: kit.Sheet) -> None:
    """A Tajik customer's ТАСДИҚНОМАИ ТАХФИФ / CREDIT NOTE in TAJIK (Cyrillic)–ENGLISH labels, ``24 марти 2026``
    (the month with the izafe ``-и``), amounts ``48 500,00 сомонӣ`` (a space between the thousands, a decimal
    comma, the somoni after), ААИ (VAT) 14 %."""
    s.text("A1", "ТАСДИҚНОМАИ ТАХФИФ / CREDIT NOTE", "E1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 24), D(2026, 3, 5)), (D(2026, 4, 28), D(2026, 4, 9)))
    kit.lv(s, "A2", "Рақам / Credit Note No.", "B2", kit.pick(s, "ТТ-0117", "ТТ-0142"), "number")
    kit.lv(s, "C2", "Сана / Date", "D2", dmy("tg", d), "issue_date", expect=d.isoformat(), span="E2")
    kit.lv(s, "A3", "Харидор / Buyer", "B3", kit.pick(s, "ҶСК Талко", "ҶСШК Барқи Тоҷик"), "buyer")
    kit.lv(s, "C3", "РМА / Tax No.", "D3", kit.pick(s, "020012345", "020067890"), "buyer_tax_id", span="E3")
    kit.lv(
           s, "A4", "Суратҳисоб / Invoice No.", "B4", kit.pick(s, "СҲ-2026-03107", "СҲ-2026-04720"), "invoice_no")  # fmt: skip
    kit.lv(s, "C4", "Санаи суратҳисоб / Invoice date", "D4", dmy("tg", inv), "invoice_date", expect=inv.isoformat(),
       span="E4")  # fmt: skip
    kit.lv(s, "A5", "Рақами шикоят / Complaint No.", "B5", kit.pick(s, "TAL-SH-260310", "BT-SH-260414"),
           "complaint_number")  # fmt: skip
    heads = ("Мол / Item", "Миқдор / Qty", "Нарх / Unit price", "Маблағ / Net", "ААИ 14% / VAT")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Anode clamp TJ-ANC-1101", 150, 485.0), ("Busbar bolt TJ-BBL-1102", 400, 27.5)),
                 (("Insulator TJ-INS-2201", 300, 96.4),))  # fmt: skip
    totals = ("Ҳамагӣ / Total net", "ААИ / Total VAT", "Ҳамагӣ бо ААИ / Total incl. VAT")
    kit.allowance_lines(s, 8, lines, heads, 0.14, lambda x: kit.eu(x, " ", " сомонӣ"), totals)
    kit.lv(s, "A13", "Тасдиқ кард / Approved", "B13", kit.pick(s, "Фирдавс Раҳимов", "Мадина Каримова"),
       "approved_by_manager")  # fmt: skip


def allowance_zh_twotables(s: kit.Sheet) -> None:
    """销售折让证明单 with TWO ITEM TABLES under the same headings: ``一、原发票明细`` (what was sold) and
    ``二、折让明细`` (what is credited); only the second table's lines are the allowance's items, its sums
    the totals."""
    s.text("A1", "销售折让证明单", "E1", size=15)
    kit.lv(s, "A2", "证明单号", "B2", "ZR-CZ-2603-033", "number")
    kit.lv(s, "C2", "开具日期", "D2", D(2026, 3, 30), "issue_date", fmt="yyyy-mm-dd", span="E2")
    kit.lv(s, "A3", "购买方", "B3", "常州星宇车灯股份有限公司", "buyer")
    kit.lv(s, "C3", "纳税人识别号", "D3", "91320400250932176K", "buyer_tax_id", span="E3")
    kit.lv(s, "A4", "原发票号码", "B4", "32047719", "invoice_no")
    kit.lv(s, "C4", "客诉单号", "D4", "XY-QA-260325", "complaint_number", span="E4")
    heads = ("货物名称", "数量", "单价", "金额", "税额")
    s.text("A5", "一、原发票明细", "E5", bold=True)
    kit.head_row(s, 6, "ABCDE", heads)
    sold = (("LED 灯珠", 20000, 1.6), ("透镜", 8000, 2.25))
    for i, (name, q, p) in enumerate(sold):
        r = 7 + i
        for col, (val, fmt) in zip("ABCDE", ((name, None), (q, "#,##0"), (p, "0.00"), (q * p, "#,##0.00"),
                                             (round(q * p * 0.13, 2), "#,##0.00"))):  # fmt: skip
            s.value(f"{col}{r}", val, path=None, label=f"原发票 {heads['ABCDE'.index(col)]}", fmt=fmt)
    s.text("A9", "二、折让明细", "E9", bold=True)
    kit.head_row(s, 10, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 11, (("LED 灯珠", 20000, 0.08), ("透镜", 8000, 0.25)), heads, 0.13)
    s.text("A13", "折让合计", "C13", bold=True, center=True)
    s.value("D13", net, path="total_excl_tax", label="折让合计 金额", expect=kit.money(net), fmt="#,##0.00")
    s.value("E13", tax, path="total_tax", label="折让合计 税额", expect=kit.money(tax), fmt="#,##0.00")
    kit.lv(s, "A14", "价税合计", "B14", round(net + tax, 2), "total", expect=kit.money(net + tax), fmt="#,##0.00",
           span="E14")  # fmt: skip
    kit.lv(s, "A15", "销售方负责人", "B15", "诸葛文华", "approved_by_manager")


EXCEL = [
    kit.excel_layout("complaint-en-igbo", "complaint", "en", complaint_en_igbo, "Mkpesa", dict(A=36, B=30, C=36, D=30),
       "a Nigerian customer's complaint: Igbo–English labels, 5 Maachị 2026, 1,200 mpempe", copy2=True),
    kit.excel_layout("complaint-zh-legend", "complaint", "zh-Hans", complaint_zh_legend, "投诉单",
       dict(A=18, B=30, C=18, D=28), "客户投诉单 whose request is a code letter explained by a legend (B = 换货)",
       copy2=True),
    kit.excel_layout("complaint-zht-stacked", "complaint", "zh-Hant", complaint_zht_stacked, "客訴",
       dict(A=14, B=32, C=14, D=28), "a 客訴處理單 whose cells each hold several labelled values on their own lines"),
    kit.excel_layout("8d-en-xhosa", "8d", "en", eightd_en_xhosa, "8D", dict(A=50, B=30, C=36, D=32),
       "a South African customer's 8D: Xhosa–English labels, Lwesine, 5 Matshi 2026 (the weekday), 1 250 iziqwenga",
       copy2=True),
    kit.excel_layout("8d-zh-roles", "8d", "zh-Hans", eightd_zh_roles, "8D", dict(A=20, B=40, C=16, D=24),
       "8D 报告 whose team is written with its roles (组长：… / 组员：…)"),
    kit.excel_layout("return-en-oromo", "return", "en", return_en_oromo, "Deebii",
       dict(A=26, B=22, C=18, D=24, E=26, F=22),
       "an Ethiopian customer's return note: Oromo–English labels, 5 Bitootessa 2026, 1,234.50 Birr",
       copy2=True),
    kit.excel_layout("return-zh-threerow", "return", "zh-Hans", return_zh_threerow, "退货单",
       dict(A=16, B=18, C=12, D=12, E=14, F=14), "a 退货单 whose item table's column header is split over three rows",
       copy2=True),
    kit.excel_layout("allowance-en-tajik", "allowance", "en", allowance_en_tajik, "Тахфиф",
       dict(A=34, B=26, C=30, D=26, E=24),
       "a Tajik customer's credit note: Tajik (Cyrillic)–English labels, 24 марти 2026, 48 500,00 сомонӣ",
       copy2=True),
    kit.excel_layout("allowance-zh-twotables", "allowance", "zh-Hans", allowance_zh_twotables, "折让",
       dict(A=16, B=14, C=14, D=16, E=14),
       "销售折让证明单 with two item tables: the original invoice's lines, then the allowance's"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e4efe6")
_FJ_REQUEST = ("Veisau / Replacement", "Vakasuka / Return", "Vakalailaitaki / Credit")


def complaint_en_fijian(f: kit.HtmlForm) -> str:
    """A Fijian customer's VAKASAQARA NI VOLIVOLI / CUSTOMER COMPLAINT page in FIJIAN–ENGLISH labels, ``5 Maji
    2026`` (Maji = March), counts ``1,200 tiki``, the request ticked ☑ among ☐."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 14))
    q, dq = kit.pick(f, (1200, 42), (7200, 96))
    chosen = kit.pick(f, _FJ_REQUEST[1], _FJ_REQUEST[0])
    boxes = "   ".join(f"{'☑' if o == chosen else '☐'} {o}" for o in _FJ_REQUEST)
    f.raw("<h2>VAKASAQARA NI VOLIVOLI / CUSTOMER COMPLAINT</h2><table>")
    kit.kv_rows(f, (
        ("Naba / Complaint No.", kit.pick(f, "VV-SUV-26-0019", "VV-SUV-26-0044"), "number", None),
        ("Siga e ciqomi / Received", dmy("fj", d), "received_date", d.isoformat()),
        ("Dauvolivoli / Customer", kit.pick(f, "Fiji Water Ltd", "Energy Fiji Ltd"), "customer", None),
        ("Naba ni ota / PO No.", kit.pick(f, "FW-PO-2602-318", "EFL-PO-2604-057"), "order_no", None),
        ("iWasewase / Lot", kit.pick(f, "FJ2602-05", "FJ2604-11"), "lot_no", None),
        ("Naba ni iyaya / Part No.", kit.pick(f, "FJ-CAP-2204", "FJ-FUS-0631"), "part_no", None),
        ("Yaca ni iyaya / Part name", kit.pick(f, "Bottle cap liner", "Cut-out fuse"), "part_name", None),
        ("Iwiliwili e vakau / Qty delivered", f"{q:,} tiki", "ship_qty", q),
        ("Iwiliwili e ca / Qty defective", f"{dq:,} tiki", "defect_qty", dq),
        ("Vakamacala / Defect", kit.pick(f, "Liners detach after capping.", "Fuses blow below rated current."),
         "description", None),
        ("Kerekere / Request", boxes, "customer_request", [kit.pick(f, "return", "replacement")]),
        ("Cakacaka totolo / Immediate action", kit.pick(f, "Stock of 3,600 tiki checked.", "Lot held."),
         "short_term_action", None),
        ("Vakarautaka / Prepared by", "Xu Ping", "reporter", None),
        ("Vakadonuya / Supervisor", kit.pick(f, "Ratu Josefa Vosanibola", "Litia Naivalu"), "sales_supervisor", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Vakasaqara", _CSS)


def eightd_en_hawaiian(f: kit.HtmlForm) -> str:
    """A Hawaiian customer's HŌʻIKE 8D / 8D REPORT page in HAWAIIAN–ENGLISH labels, dates WITH THE WEEKDAY
    and the ʻokina (``Pōʻahā, 5 Malaki 2026``: Thursday 5 March; ``Pōʻahā, 23 ʻApelila 2026``)."""
    f.raw("<h2>HŌʻIKE 8D / 8D REPORT</h2><table>")
    kit.kv_rows(f, (
        ("Helu hōʻike / Report No.", "8D-HNL-26-006", "number", None),
        ("Lā i wehe ʻia / Opened", dmy("haw", D(2026, 3, 5), weekday=True), "opened_date", "2026-03-05"),
        ("Mea kūʻai / Customer", "Hawaiian Electric Co.", "customer", None),
        ("Helu hoʻopiʻi / Complaint No.", "HECO-HP-260302", "complaint_number", None),
        ("Helu ʻāpana / Part No.", "HI-RLY-4407", "part_no", None),
        ("Nui / Qty complained", "1,250 ʻāpana", "problem.qty_complained", 1250),
    ))  # fmt: skip
    kit.team_row(f, "D1 Hui / Team", ("Keoni Kahananui", "Zhang Wei", "Leilani Akana"))
    kit.kv_rows(f, (
        ("D2 Pilikia / Problem", "Relays chatter on 1,250 units.", "problem.statement", None),
        ("D3 Kāohi / Containment", "Stock of 5,000 relays re-tested.", "containment[0].action", None),
        ("D4 Kumu / Root cause", "Coil wire enamel thin at one supplier.", "root_cause[type=occurrence].cause", None),
        ("D4 No ke aha i ʻike ʻole ʻia / Why not detected", "Pull-in voltage sampled 1 in 200.",
         "root_cause[type=escape].cause", None),
        ("D5 Hoʻoponopono / Corrective action", "Enamel thickness checked on receipt.",
         "corrective_actions[0].action", None),
        ("D6 Hōʻoia / Verification", "4 lots within pull-in limits.", "implementation[0].result", None),
        ("D7 Pale / Prevention", "Pull-in test on every relay.", "prevention.horizontal_deployment", None),
        ("D8 Lā i pani ʻia / Closed", dmy("haw", D(2026, 4, 23), weekday=True), "closure.closed_date",
         "2026-04-23"),
        ("ʻAe ʻia e / Approved", "Kalani Kamakau", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Hōʻike 8D", _CSS)


def return_en_cebuano(f: kit.HtmlForm) -> str:
    """A Philippine customer's PORMA SA PAGBALIK / RETURN NOTE page in CEBUANO–ENGLISH labels, the date
    ``ika-5 sa Marso 2026`` (the fifth of March: the ordinal ``ika-``, ``sa`` before the month), counts ``1,200 ka
    buok``, pesos written with a plain ``P`` (``P1,234.50``: ₱ is not on the keyboard)."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 16))
    f.raw("<h2>PORMA SA PAGBALIK / RETURN NOTE</h2><table>")
    kit.kv_rows(f, (
        ("Numero / Return No.", kit.pick(f, "PB-CEB-26-0008", "PB-CEB-26-0029"), "number", None),
        ("Petsa / Date", f"ika-{d.day} sa {_MONTHS['ceb'].split()[d.month - 1]} {d.year}", "issue_date", d.isoformat()),
        ("Kustomer / Customer", kit.pick(f, "Visayan Electric Co.", "Metro Cebu Water District"), "customer", None),
        ("Numero sa reklamo / Complaint No.", kit.pick(f, "VECO-RK-260303", "MCWD-RK-260411"), "complaint_number",
         None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("Numero sa piyesa / Part No.", "Deskripsyon / Description", "Giaprobahan / Approved",
             "Gibalik / Returned", "Presyo matag usa / Unit price", "Kantidad / Amount")  # fmt: skip
    kit.th_row(f, heads)
    lines = kit.pick(f, (("CE-MTR-1101", "kWh meter seal", 1200, 1200, 3.85), ("CE-CBL-1102", "Service drop clamp", 300,
                 296, 142.5)), (("CE-VLV-2201", "Water meter valve", 80, 78, 96.4),))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        kit.td_row(f, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (f"{qa:,} ka buok", f"items[{i}].qty_approved", qa), (f"{q:,} ka buok", f"items[{i}].qty_returned", q),
            (f"P{p:,.2f}", f"items[{i}].unit_price", kit.money(p)), (f"P{q * p:,.2f}", f"items[{i}].amount",
             kit.money(q * p)),
        ), heads)  # fmt: skip
    f.raw("</table><table>")
    kit.kv_rows(f, (
        ("Hinungdan / Reason", kit.pick(f, "Seals crack when crimped.", "Valves stick half open."), "reason", None),
        ("Aksyon / Disposition", kit.pick(f, "Ayohon / Rework", "Ilabay / Scrap"), "handling",
         [kit.pick(f, "rework", "scrap")]),
        ("Nadawat ni / Received by", kit.pick(f, "Jun Villaflor", "Marites Cabahug"), "warehouse_receiver", None),
        ("Giaprobahan ni / Approved by", "Rodrigo Abellana", "approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Porma sa pagbalik", _CSS)


def allowance_zht_sigline(f: kit.HtmlForm) -> str:
    """A 銷貨折讓單 whose SIGNATURES STAND ABOVE A LINE with the CAPTION UNDER IT (a row of three blocks:
    the name on the line, ``經辦`` / ``會計`` / ``核准`` in small type below), the manager's the third."""
    f.raw("<h2>銷貨折讓單</h2><table>")
    kit.kv_rows(f, (
        ("折讓單號", "SD-TC-2603-016", "number", None),
        ("折讓日期", "2026/03/27", "issue_date", "2026-03-27"),
        ("買受人", "大立光電股份有限公司", "buyer", None),
        ("統一編號", "24942925", "buyer_tax_id", None),
        ("原發票號碼", "WK-51837204", "invoice_no", None),
        ("客訴單號", "LGN-QA-260319", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    kit.th_row(f, heads)
    lines = (("鏡筒", 5000, 3.2), ("遮光片", 20000, 0.45))
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    for i, (name, q, p) in enumerate(lines):
        kit.td_row(f, ((name, f"items[{i}].name", None), (f"{q:,}", f"items[{i}].qty", q),
                   (f"{p:,.2f}", f"items[{i}].unit_price", kit.money(p)),
                   (f"NT${q * p:,.0f}", f"items[{i}].allowance_amount", kit.money(q * p)),
                   (f"NT${round(q * p * 0.05):,}", f"items[{i}].tax", kit.money(round(q * p * 0.05)))), heads)  # fmt: skip
    f.raw("</table><table>")
    kit.kv_rows(f, (
        ("折讓金額合計", f"NT${net:,.0f}", "total_excl_tax", kit.money(net)),
        ("營業稅額合計", f"NT${tax:,}", "total_tax", kit.money(tax)),
        ("總計", f"NT${net + tax:,.0f}", "total", kit.money(net + tax)),
    ))  # fmt: skip
    f.raw("</table><div class='sig'>")
    for cap, name, path in (
        ("經辦", "陳品妤", None),
        ("會計", "林志豪", None),
        ("核准", "吳宗憲", "approved_by_manager"),
    ):
        f.raw(f"<div><p class='on'>{f.val(name, path=path, label=cap)}</p><p class='cap'>{cap}</p></div>")
    f.raw("</div>")
    sig = (".sig{display:flex;justify-content:space-around;margin-top:40px}.sig div{width:28%}"
           ".on{border-bottom:1px solid #000;text-align:center;margin:0;padding:2px}"
           ".cap{text-align:center;font-size:8pt;margin:2px;color:#333}")  # fmt: skip
    return f.page("銷貨折讓單", _CSS + sig)


def eightd_zht_boxcaps(f: kit.PdfDraw) -> None:
    """An 8D 報告 drawn as BOXES WITH SMALL CAPTIONS in their top-left corner (as a pre-printed form with a
    grid of boxes): each caption in 6-point type, the value written larger inside the box below it."""
    f = kit.CjkDraw.of(f)
    f.text(78, 14, "8D 矯正預防報告", size=14)

    def box(x, y, w, h, cap, raw, path, exp=None):
        f.pdf.rect(x, y, w, h)
        f.text(x + 1, y + 3, cap, size=6)
        f.value(x + 3, y + 9, raw, path=path, label=cap, expect=exp, size=10)

    header = (
        ("報告編號", "8D-HS-2603-012", "number", None), ("開立日期", "2026/03/13", "opened_date", "2026-03-13"),
        ("客戶名稱", "和碩聯合科技股份有限公司", "customer", None), ("客訴單號", "PEG-QA-260311", "complaint_number", None),
        ("料號", "HS-KEY-2290", "part_no", None), ("客訴數量", "860", "problem.qty_complained", 860),
    )  # fmt: skip
    for k, (cap, raw, path, exp) in enumerate(header):
        box(12 + k % 2 * 93, 20 + k // 2 * 12, 93, 12, cap, raw, path, exp)
    team = ("蔡明哲", "許雅婷", "謝文凱")
    box(12, 56, 186, 12, "D1 團隊成員", "、".join(team), None)
    kit.members(f, "D1 團隊成員", "p1!15,65", "、".join(team), team)
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 再發防止"),
        ("按鍵回彈不良，計 860 個。", "在庫 12,000 個全檢手感。", "矽膠硬度批次偏高 5 度。", "進料未測硬度。",
         "矽膠每批硬度量測。", "連續 6 批回彈力合格。", "同類 3 款按鍵比照。"),
    )  # fmt: skip
    for k, (cap, raw, path) in enumerate(steps):
        box(12, 68 + k * 14, 186, 14, cap, raw, path)
    box(12, 166, 93, 12, "D8 結案日期", "2026/04/21", "closure.closed_date", "2026-04-21")
    box(105, 166, 93, 12, "核准", "羅志遠", "closure.approved_by")


def return_zht_pagesub(f: kit.PdfDraw) -> None:
    """A 退貨單 printed by an ERP OVER TWO PAGES: the heading repeated on page 2, a ``本頁小計`` (page
    subtotal) row at the foot of page 1, a ``承上頁`` (brought forward) row at the top of page 2, then the
    ``合計`` — none of them an item line."""
    f = kit.CjkDraw.of(f)
    heads = ("料號", "品名", "核准數量", "退回數量", "單價", "金額")
    xs = (15, 48, 92, 118, 144, 172)
    lines = [(f"GT-LED-{2301 + i}", n, qa, qa - 4 * (i % 3), p) for i, (n, qa, p) in enumerate((
        ("背光燈條", 400, 18.5), ("驅動板", 120, 96.0), ("導光板", 300, 22.4), ("擴散膜", 1000, 3.1),
        ("邊框", 250, 14.8), ("排線", 800, 5.6), ("反射片", 1000, 2.7), ("遮光膠", 2000, 0.85),
        ("螺絲組", 500, 1.9)))]  # fmt: skip

    def page_head(page: int) -> float:
        f.text(85, 16, "退 貨 單", size=15)
        f.text(170, 16, f"第 {page} 頁 / 共 2 頁", size=8)
        y = 60.0
        f.pdf.line(14, y - 5, 200, y - 5)
        for x, h in zip(xs, heads):
            f.text(x, y, h, size=9, bold=True)
        f.pdf.line(14, y + 2, 200, y + 2)
        return y

    for k, (lab, raw, path, exp) in enumerate((
        ("退貨單號", "RT-GT-2603-058", "number", None),
        ("退貨日期", "2026/03/25", "issue_date", "2026-03-25"),
        ("客戶名稱", "群創光電股份有限公司", "customer", None),
        ("客訴單號", "INX-QA-260320", "complaint_number", None),
    )):  # fmt: skip
        y = 28 + k * 7
        f.text(15, y, lab + "：")
        f.value(40, y, raw, path=path, label=lab, expect=exp)
    y = page_head(1)
    carried = 0.0
    for i, (code, name, qa, q, p) in enumerate(lines):
        if i == 6:
            f.text(92, y + 8, "本頁小計", size=9, bold=True)
            f.text(172, y + 8, f"{carried:,.2f}", size=9)
            f.pdf.add_page()
            y = page_head(2) + 8
            f.text(92, y, "承上頁", size=9, bold=True)
            f.text(172, y, f"{carried:,.2f}", size=9)
            page2 = 0.0
        y += 8
        for x, h, (raw, path, exp) in zip(xs, heads, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa), (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"{p:,.2f}", f"items[{i}].unit_price", kit.money(p)), (f"{q * p:,.2f}", f"items[{i}].amount", kit.money(q * p)),
        )):  # fmt: skip
            f.value(x, y, raw, path=path, label=h, expect=exp)
        carried += q * p
        if i >= 6:
            page2 += q * p
    f.text(92, y + 8, "本頁小計", size=9, bold=True)
    f.text(172, y + 8, f"{page2:,.2f}", size=9)
    f.text(92, y + 16, "合計", size=9, bold=True)
    f.text(172, y + 16, f"{carried:,.2f}", size=9)
    y += 32
    for lab, raw, path, exp in (
        ("退貨原因", "燈條亮度不均，部分 LED 不亮。", "reason", None),
        ("處理方式", "退回供應商", "handling", ["return"]),
        ("倉管簽收", "邱建銘", "warehouse_receiver", None),
        ("核准", "傅美華", "approved_by", None),
    ):
        f.text(15, y, lab + "：")
        f.value(40, y, raw, path=path, label=lab, expect=exp)
        y += 7


SENT_AS_PDF = [
    kit.pdf_layout("complaint-en-fijian", "complaint", "en", "html", complaint_en_fijian,
                   "a Fijian customer's complaint: Fijian–English labels, 5 Maji 2026, 1,200 tiki, ☑ / ☐", copy2=True),
    kit.pdf_layout("8d-en-hawaiian", "8d", "en", "html", eightd_en_hawaiian,
                   "a Hawaiian customer's 8D: Hawaiian–English labels, Pōʻahā, 5 Malaki 2026 (weekday, ʻokina)"),
    kit.pdf_layout("return-en-cebuano", "return", "en", "html", return_en_cebuano,
                   "a Philippine customer's return note: Cebuano–English labels, ika-5 sa Marso 2026, P1,234.50",
                   copy2=True),
    kit.pdf_layout("allowance-zht-sigline", "allowance", "zh-Hant", "html", allowance_zht_sigline,
                   "a 銷貨折讓單 whose signatures stand above a line with the caption under it"),
    kit.pdf_layout("8d-zht-boxcaps", "8d", "zh-Hant", "fpdf", eightd_zht_boxcaps,
                   "an 8D 報告 drawn as boxes with small captions in their top-left corner"),
    kit.pdf_layout("return-zht-pagesub", "return", "zh-Hant", "fpdf", return_zht_pagesub,
                   "a 退貨單 over two pages with 本頁小計 / 承上頁 rows"),
]  # fmt: skip


# =============================================================================== odd files
ODD = {
    "complaint-ownerfile.xlsx": "Excel's owner file (the '~$' lock file Excel writes beside a workbook while it "
    "is open: 165 bytes, the user's name, no workbook) copied with the folder and named .xlsx; not a workbook: "
    "a clear error, never a record",
    "return-attached.pdf": "a PDF whose one page is blank and whose only content is the return note attached to "
    "it as a file (an embedded .txt): nothing printed to read; a clear error, never a record",
}


def _owner_file() -> bytes:
    """Excel's owner file as Excel writes it: the user's name (a length byte, then padded with spaces to
    54 bytes), then the name again in UTF-16 — 165 bytes."""
    user = "Zhou Min"
    head = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
    tail = len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    return (head + tail).ljust(165, b" ")


def _attached() -> bytes:
    """A blank A4 page with the return note attached (``/EmbeddedFiles``), fixed ids and dates."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595.28, 841.89)
    note = ("Return No.: RN-AT-2603-007\nDate: 2026-03-19\nCustomer: Harbour Instruments Ltd\n"
            "Part No.: HI-GSK-0208\nQty returned: 120\n")  # fmt: skip
    writer.add_attachment("return-note.txt", note.encode())
    writer._ID = None  # no random file id: the same bytes each run
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = kit.odd_expected(out, ODD)
    (odd / "complaint-ownerfile.xlsx").write_bytes(_owner_file())
    (odd / "return-attached.pdf").write_bytes(_attached())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    out = kit.run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-eighth held-out layouts")
    write_odd(out)


if __name__ == "__main__":
    main(sys.argv[1:])
