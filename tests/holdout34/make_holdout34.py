"""Write the thirty-fourth held-out set (run: ``python tests/holdout34/make_holdout34.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: a SCOTS–ENGLISH complaint (``5 Mairch 2026``), a 客户投诉单 whose CUSTOMER'S PART
NUMBER (``客户料号``) stands beside the supplier's (``我司料号``), a 客訴單 whose defect description is CONTINUED ON
THE NEXT ROW with a leading ellipsis (``…未達規格下限``); a GREENLANDIC–ENGLISH 8D (``5. marsi 2026``), an 8D 报告
whose heading carries A DRAWING NUMBER AND ITS REVISION (``图号``, ``版本``) beside the part number; a
WALLOON–ENGLISH return (``5 di måss 2026``), a 退货单 whose lines carry A BOX COUNT AND A COUNT PER BOX (``箱数``,
``每箱数量``) before the counts; an INTERLINGUA–ENGLISH credit note (``5 de martio 2026``), a 销售折让单 whose
amount column is HEADED WITH THE CURRENCY SYMBOL ONLY (``¥``); sent as PDF only: a PIEDMONTESE–ENGLISH complaint
(``5 ëd mars 2026``, ``1.200 tòch``; Chromium), a VENETIAN–ENGLISH 8D (``24 de apriłe 2026``; Chromium), a
SICILIAN–ENGLISH return (``27 di frivaru 2026``; Chromium), a 銷貨退回折讓單 whose lines carry A 備註 COLUMN OF
NUMBERS (``原出貨 2,400 PCS``; Chromium), an 8D 報告 whose every step carries AN OWNER AND DUE-DATE LINE under its
text (``責任人：郭文彬　完成日：03/08``; fpdf2), a 退貨單 whose lines carry THE CUSTOMER'S PART NUMBER beside the
supplier's (``客戶料號`` / ``本廠料號``; fpdf2). ``odd/`` holds a complaint workbook whose looked-up values are
``#N/A`` ERROR CELLS (pasted as values from a lookup whose master list the sender has) and a complaint PDF
STAMPED ``作废 / VOID`` across its filled values.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Each run
writes the same xlsx and json bytes; printing the PDFs needs ``soffice``, Chromium and fpdf2 (``--no-pdf``
keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [] if str(HERE.parent) in sys.path else [str(HERE.parent)]  # the kit: tests/holdout_kit.py
import holdout_kit as kit  # noqa: E402

dt, D = kit.dt, kit.dt.date
SOURCE = {"source": "tests/holdout34/make_holdout34.py", "origin": "thirty-fourth held-out imitation"}

# each language's months (January first, "|" between) and how its clerks write a date with them
_CALENDAR = {
    "sco": ("Januar|Februar|Mairch|Aprile|Mey|Juin|Julie|August|September|October|November|December", "{d} {m} {y}"),
    "kl": ("januaari|februaari|marsi|apriili|maaji|juuni|juuli|aggusti|septembari|oktobari|novembari|decembari",
           "{d}. {m} {y}"),
    "wa": ("djanvî|fevrî|måss|avri|may|djun|djulete|awousse|setimbe|octôbe|nôvimbe|decimbe", "{d} di {m} {y}"),
    "ia": ("januario|februario|martio|april|maio|junio|julio|augusto|septembre|octobre|novembre|decembre",
           "{d} de {m} {y}"),
    "pms": ("gené|fërvé|mars|avril|magg|giugn|luj|aost|stèmber|otóber|novèmber|dzèmber", "{d} {pd}{m} {y}"),
    "vec": ("zenaro|febraro|marzo|apriłe|majo|zugno|lujo|agosto|setenbre|otobre|novenbre|dexenbre", "{d} de {m} {y}"),
    "scn": ("jinnaru|frivaru|marzu|aprili|maiu|giugnu|giugnettu|austu|sittèmmiru|uttùviru|nuvèmmiru|dicèmmiru",
            "{d} di {m} {y}"),
}  # fmt: skip


def when(lang: str, d: dt.date) -> str:
    """A date as ``lang`` writes it: ``5 Mairch 2026``, ``5. marsi 2026``, ``5 ëd mars 2026``, ``22 d'avril 2026``."""
    months, pattern = _CALENDAR[lang]
    m = months.split("|")[d.month - 1]
    return pattern.format(d=d.day, m=m, y=d.year, pd="d'" if m[0] in "aeiou" else "ëd ")


def _iso(lang: str, d: dt.date) -> tuple[str, str]:
    """A date typed in ``lang`` and what the record holds."""
    return when(lang, d), d.isoformat()


# =============================================================================== complaint
def complaint_en_scots(s: kit.Sheet) -> None:
    """A Scots-speaking customer's COMPLAINT FAE THE CUSTOMER / CUSTOMER COMPLAINT in SCOTS–ENGLISH labels,
    ``5 Mairch 2026``, two fields a row."""
    s.text("A1", "COMPLAINT FAE THE CUSTOMER / CUSTOMER COMPLAINT", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    q, dq = kit.pick(s, (1200, 45), (3600, 130))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Complaint nummer / Complaint No.", "Gotten / Received", "Client / Customer", "Order nummer / PO No.",
         "Batch / Lot", "Pairt nummer / Part No.", "Pairt name / Part name", "Quantity sent / Qty delivered",
         "Quantity fauty / Qty defective", "Whit's wrang / Defect description", "Speirin / Request",
         "Richt awa / Immediate action", "Wrate by / Prepared by", "Gaffer / Supervisor"),
        (kit.pick(s, "CC-DND-26-0023", "CC-DND-26-0061"), _iso("sco", d),
         kit.pick(s, "Tayside Pump Engineering Ltd", "Fife Kiln Works Ltd"), kit.pick(s, "TPE-PO-2602-0318", "FKW-PO-2604-0072"),
         kit.pick(s, "SC2602-07", "SC2604-02"), kit.pick(s, "SC-IMP-3302", "SC-SEL-0917"),
         kit.pick(s, "Pump impeller 90 mm", "Shaft seal 25 mm"), (kit.qty(q, ",", "pieces"), q), (kit.qty(dq, ",", "pieces"), dq),
         kit.pick(s, "Impeller vanes cracked at the hub.", "Seals leak at 3 bar."),
         (kit.pick(s, "Swap / Replacement", "Send back / Return"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "Stock of 2,000 pieces held.", "Lot held at the gate."), "Wu Ting",
         kit.pick(s, "Hamish Baird", "Morag Dunbar")), kit.COMPLAINT_PATHS,
    ), cols=("AB", "DE"), span="F")  # fmt: skip


_CUSTPN_PATHS = ("number", "received_date", "customer", "order_no", None, "part_no", "part_name", "lot_no", "ship_qty",
                 "defect_qty", "description", "customer_request", "short_term_action", "reporter", "sales_supervisor")  # fmt: skip


def complaint_zh_custpn(s: kit.Sheet) -> None:
    """客户投诉单 whose CUSTOMER'S PART NUMBER (``客户料号``, the code on the customer's drawing) stands beside the
    supplier's own (``我司料号``) on one row: the record's part number is the supplier's."""
    s.text("A1", "客户投诉单", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉单号", "接收日期", "客户名称", "订单号", "客户料号", "我司料号", "产品名称", "生产批号", "交货数量", "不良数量",
         "不良描述", "客户诉求", "临时处置", "填表人", "销售经理"),
        (kit.pick(s, "KT-HX-2603-011", "KT-HX-2604-047"), kit.pick(s, D(2026, 3, 5), D(2026, 4, 16)),
         kit.pick(s, "青岛海信空调有限公司", "珠海格力电器股份有限公司"), kit.pick(s, "HS-PO-2603-0519", "GL-PO-2604-2207"),
         kit.pick(s, "1701-8830-2216", "3300-0412-0068"), kit.pick(s, "HX-SWT-4402", "HX-REL-0931"),
         kit.pick(s, "温控开关", "继电器"), kit.pick(s, "HX260301-3", "HX260408-1"), kit.pick(s, 8000, 15000),
         kit.pick(s, 96, 210), kit.pick(s, "开关动作温度偏高。", "继电器触点粘连。"),
         (kit.pick(s, "换货", "退货"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "在库 1 万件全检。", "在途 2 批拦截。"), "韦春燕", kit.pick(s, "谭志强", "龙海波")),
        _CUSTPN_PATHS,
    ))  # fmt: skip


def complaint_zht_ellipsis(s: kit.Sheet) -> None:
    """客訴單 whose defect description did not fit its row and is CONTINUED ON THE NEXT ROW, the second part
    typed after an ellipsis (``…未達規格下限 30N``) under an empty label cell: one description."""
    s.text("A1", "客訴單", "D1", size=15)
    rows = kit.field_rows(
        ("客訴單號", "接獲日期", "客戶名稱", "訂單號碼", "批號", "料號", "品名", "出貨數量", "不良數量",
         "客戶要求", "緊急處置", "承辦人", "業務主管"),
        ("CS-TC-2603-027", ("2026/03/10", "2026-03-10"), "台達電子工業股份有限公司", "DT-PO-2603-3318", "TC2603-05",
         "TC-TRM-5520", "壓接端子", ("20,000", 20000), ("480", 480), ("換貨", ["replacement"]), "庫存 8,000 PCS 全檢。",
         "林冠宇", "黃秀琴"),
        tuple(p for p in kit.COMPLAINT_PATHS if p != "description"),
    )  # fmt: skip
    kit.lv_pairs(s, 2, rows)
    first, rest = "端子壓接高度偏低，拉力測試", "未達規格下限 30N，抽驗 500 PCS 中 12 PCS 不良。"
    kit.lv(s, "A9", "異常說明", "B9", first, "description", expect=first + rest, span="D9")
    s.box("A10")
    s.value("B10", "…" + rest, path=None, label="異常說明", span="D10")


# =============================================================================== 8D
def eightd_en_greenlandic(s: kit.Sheet) -> None:
    """A Greenlandic customer's NALUNAARUT 8D / 8D REPORT in GREENLANDIC–ENGLISH labels, ``5. marsi 2026`` (a day
    with its dot, then the month)."""
    s.text("A1", "NALUNAARUT 8D / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 21)), (D(2026, 4, 8), D(2026, 5, 27)))
    n = kit.pick(s, 1250, 480)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Nalunaarut nr. / Report No.", "Aallartinneqarpoq / Opened", "Pisiortoq / Customer",
         "Naammagittaalliuut nr. / Complaint No.", "Ilaa nr. / Part No.", "Amerlassusaa / Qty complained"),
        (kit.pick(s, "8D-NUK-26-006", "8D-NUK-26-019"), _iso("kl", d), kit.pick(s, "Nukissiorfiit A/S", "Royal Arctic Teknik"),
         kit.pick(s, "NK-RC-260302", "RA-RC-260406"), kit.pick(s, "KL-VLV-7701", "KL-HNG-0412"), (f"{n:,}", n)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    team = kit.pick(s, ("Aqqaluk Lynge", "Chen Bo", "Naja Kleist"), ("Aqqaluk Lynge", "Pipaluk Olsen"))
    kit.team_cell(s, "A5", "D1 Suleqatigiit / Team", "B5", team, span="D5")
    texts = kit.pick(s, ("Valves freeze shut at -30 °C.", "Stock of 2,400 valves tested.", "Seal hardens in frost.",
                         "Cold test not in the plan.", "Seal compound changed.", "4 lots pass at -40 °C.", "Same seal on pumps."),
                     ("Hinges crack in frost.", "Lot held in Nuuk.", "Steel grade too brittle.", "No impact test.",
                      "Steel grade changed.", "3 lots tested.", "Impact test each lot."))  # fmt: skip
    steps = kit.eightd_steps(("D2 Ajornartorsiut / Problem", "D3 Killilersuineq / Containment", "D4 Pissutaa / Root cause",
                              "D4 Sooq malugineqanngitsoq / Escape", "D5 Iluarsiineq / Corrective action",
                              "D6 Misiliineq / Verification", "D7 Pinaveersaartitsineq / Prevention"), texts)  # fmt: skip
    kit.lv_rows(s, 6, steps)
    kit.lv(
        s,
        "A13",
        "D8 Naammassivoq / Closed",
        "B13",
        when("kl", c),
        "closure.closed_date",
        expect=c.isoformat(),
    )
    kit.lv(
        s,
        "C13",
        "Akuerisaq / Approved",
        "D13",
        kit.pick(s, "Kuupik Kleist", "Sara Olsvig"),
        "closure.approved_by",
    )


def eightd_zh_drawing(s: kit.Sheet) -> None:
    """8D 报告 whose heading carries A DRAWING NUMBER AND ITS REVISION (``图号`` ``CZ-LEN-2281-T01``, ``版本`` ``C``)
    beside the part number, as an engineering-led plant fills it: neither is a field."""
    s.text("A1", "8D 纠正预防措施报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "立案日期", "客户", "客诉编号", "零件号", "图号", "版本", "投诉数量"),
        ("8D-NB-2603-014", D(2026, 3, 9), "宁波拓普集团股份有限公司", "TP-QA-260306", "NB-BSH-2281", "NB-BSH-2281-T01",
         "C", 360),
        ("number", "opened_date", "customer", "complaint_number", "part_no", None, None, "problem.qty_complained"),
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 小组成员", "B6", ("钱国栋", "施丽华", "严小军"), sep="、", span="D6")
    kit.lv_rows(s, 7, kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 永久措施", "D6 效果验证", "D7 预防再发"),
        ("衬套内径超差，360 件。", "库存 4,000 件全检。", "铰刀磨损未及时更换。", "首件检验未测内径。", "铰刀寿命管理 2,000 件更换。",
         "连续 5 批内径合格。", "同类 4 个衬套比照。"),
    ))  # fmt: skip
    kit.lv(s, "A14", "D8 结案日期", "B14", D(2026, 4, 14), "closure.closed_date", fmt="yyyy-mm-dd")
    kit.lv(s, "C14", "批准", "D14", "华振东", "closure.approved_by")


# =============================================================================== return
def return_en_walloon(s: kit.Sheet) -> None:
    """A Walloon customer's RINVOYE DI MÅRTCHANDIYE / RETURN NOTE in WALLOON–ENGLISH labels, ``5 di måss 2026``."""
    s.text("A1", "RINVOYE DI MÅRTCHANDIYE / RETURN NOTE", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 6, 11))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Nombe / Return No.", "Date / Date", "Cliyint / Customer", "Nombe del plinte / Complaint No."),
        (kit.pick(s, "RM-LGE-26-0015", "RM-LGE-26-0044"), _iso("wa", d),
         kit.pick(s, "Cockerill Maintnance SA", "Tchåfours di Lidje SPRL"), kit.pick(s, "CMS-PL-260302", "TDL-PL-260608")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    lines = kit.pick(s, [("WA-VLV-1101", "Ball valve DN25", 60, 58, 64.2), ("WA-GSK-1102", "Pump gasket", 1500, 1440, 0.85)],
                     [("WA-CBL-2201", "Hoist cable 12 m", 12, 12, 198.0)])  # fmt: skip
    foot = kit.field_rows(
        ("Råjhon / Reason", "Dispôzicion / Disposition", "Rçuvou pa / Received by", "Aprouvé pa / Approved by"),
        (kit.pick(s, "Valves stick, gaskets split.", "Cable frayed."),
         (kit.pick(s, "Rinvoyî / Return", "Distrure / Scrap"), [kit.pick(s, "return", "scrap")]),
         kit.pick(s, "Djôzef Lambot", "Marîye Dufrenne"), "Djan Hoûbert"), kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, ("Nombe del pîce / Part No.", "Discrijhaedje / Description", "Aprouvé / Approved",
                         "Rinvoyî / Returned", "Pris / Unit price", "Montant / Amount"), lines, {}, foot, "F")  # fmt: skip
    s.height(4, 44)


def return_zh_boxes(s: kit.Sheet) -> None:
    """退货单 whose lines carry A BOX COUNT AND A COUNT PER BOX (``箱数`` ``4``, ``每箱数量`` ``200``) between the name and
    the counts, as a warehouse counts cartons: neither is a field, the counts follow them."""
    s.text("A1", "退货单", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-SZ-2603-031", "TH-SZ-2604-066"), kit.pick(s, D(2026, 3, 24), D(2026, 4, 22)),
         kit.pick(s, "苏州汇川技术有限公司", "苏州科沃斯机器人股份有限公司"), kit.pick(s, "HC-QA-260320", "KW-QA-260419")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    lines = kit.pick(s, [("SZ-FAN-7101", "散热风扇", 800, 800, 12.6, 4, 200), ("SZ-PCB-7102", "控制板", 240, 236, 38.5, 2, 120)],
                     [("SZ-MTR-8101", "吸尘电机", 1200, 1150, 24.2, 10, 120)])  # fmt: skip
    foot = kit.field_rows(("退货原因", "处理方式", "仓管签收", "品保经理"),
                          (kit.pick(s, "风扇异响，控制板虚焊。", "电机噪音超标。"), (kit.pick(s, "返工", "报废"), [kit.pick(s, "rework", "scrap")]),
                           "沈丽萍", "蒋文斌"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_table(s, ("料号", "品名规格", "批准数量", "实退数量", "单价(元)", "金额(元)"), lines,
                     {"C": ("箱数", "0"), "D": ("每箱数量", "0")}, foot, "H")  # fmt: skip


# =============================================================================== allowance
def allowance_en_interlingua(s: kit.Sheet) -> None:
    """An Interlingua-writing customer's NOTA DE CREDITO / CREDIT NOTE in INTERLINGUA–ENGLISH labels, ``5 de martio
    2026``, ``19 de februario 2026``, amounts ``1.234,50``, VAT 21 % a column."""
    s.text("A1", "NOTA DE CREDITO / CREDIT NOTE", "E1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 5), D(2026, 2, 19)), (D(2026, 4, 23), D(2026, 4, 2)))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Numero del nota / Credit Note No.", "Data / Date", "Emptor / Buyer", "Numero de IVA / VAT No.",
         "Factura / Invoice No.", "Data del factura / Invoice date", "Numero del reclamation / Complaint No.",
         "Approbate per / Approved"),
        (kit.pick(s, "NC-IA-0027", "NC-IA-0052"), _iso("ia", d), kit.pick(s, "Machinas Mundial BV", "Lumine Electric NV"),
         kit.pick(s, "NL861245930B01", "BE0412378654"), kit.pick(s, "FA-26-00214", "FA-26-00377"), _iso("ia", inv),
         kit.pick(s, "MM-RC-260302", "LE-RC-260415"), kit.pick(s, "Petra Visser", "Jan de Smet")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number",
         "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("Articulo / Item", "Quantitate / Qty", "Precio / Unit price", "Amonta net / Net", "IVA / VAT")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Motor bracket IA-BRK-1101", 400, 12.35), ("Rotor pin IA-PIN-1102", 2500, 0.86)),
                     (("Lamp socket IA-SKT-2201", 600, 7.4),))  # fmt: skip
    kit.allowance_lines(s, 8, lines, heads, 0.21, lambda x: kit.eu(x, "."),
                        ("Total net / Net total", "IVA total / Total VAT", "Total / Total incl. VAT"))  # fmt: skip


def allowance_zh_yen(s: kit.Sheet) -> None:
    """销售折让单 whose amount column is HEADED WITH THE CURRENCY SYMBOL ONLY (``¥``), the tax column ``税额``: the
    ``¥`` column is the allowance amount."""
    s.text("A1", "销售折让单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉单号"),
        ("ZR-WX-2603-023", D(2026, 3, 26), "无锡小天鹅电器有限公司", "91320200607985921N", "24322000000045718806",
         "XTE-QA-260321"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("货物名称", "数量", "单价", "¥", "税额")
    kit.head_row(s, 5, "ABCDE", heads)
    lines = (("排水泵", 3000, 4.2), ("进水阀", 1800, 6.5), ("门锁开关", 5000, 0.38))
    net, tax = kit.credit_cells(s, 6, lines, heads, 0.13)
    kit.lv_pairs(s, 10, kit.field_rows(
        ("金额合计", "税额合计", "价税合计", "财务主管"),
        ((net, kit.money(net)), (tax, kit.money(tax)), (round(net + tax, 2), kit.money(net + tax)), "濮秀兰"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    for ref in ("B10", "D10", "B11"):
        s.ws[ref].number_format = "#,##0.00"


_COPY2 = {"complaint_en_scots", "complaint_zh_custpn", "eightd_en_greenlandic", "return_en_walloon", "return_zh_boxes",
          "allowance_en_interlingua", "complaint_en_piedmontese", "return_en_sicilian"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_scots, "Complaint", dict(A=30, B=26, C=4, D=30, E=26, F=10), "a Scots-speaking customer's complaint: Scots–English labels, 5 Mairch 2026"),
        (complaint_zh_custpn, "投诉单", dict(A=14, B=30, C=14, D=30), "客户投诉单 whose customer's part number (客户料号) stands beside the supplier's (我司料号)"),
        (complaint_zht_ellipsis, "客訴", dict(A=14, B=30, C=14, D=30), "a 客訴單 whose defect description is continued on the next row after an ellipsis"),
        (eightd_en_greenlandic, "8D", dict(A=36, B=34, C=26, D=30), "a Greenlandic customer's 8D: Greenlandic–English labels, 5. marsi 2026"),
        (eightd_zh_drawing, "8D", dict(A=18, B=36, C=14, D=26), "8D 报告 whose heading carries a drawing number and its revision (图号, 版本)"),
        (return_en_walloon, "Rinvoye", dict(A=24, B=24, C=14, D=16, E=16, F=16), "a Walloon customer's return note: Walloon–English labels, 5 di måss 2026"),
        (return_zh_boxes, "退货单", dict(A=14, B=30, C=8, D=10, E=12, F=14, G=12, H=14), "a 退货单 whose lines carry a box count and a count per box (箱数, 每箱数量)"),
        (allowance_en_interlingua, "Credito", dict(A=32, B=20, C=28, D=20, E=18), "an Interlingua-writing customer's credit note: Interlingua–English labels, 5 de martio 2026"),
        (allowance_zh_yen, "折让", dict(A=20, B=24, C=14, D=24, E=14), "销售折让单 whose amount column is headed with the currency symbol only (¥)"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e9efe4")


def complaint_en_piedmontese(f: kit.HtmlForm) -> str:
    """A Piedmontese customer's RECLAM DËL CLIENT / CUSTOMER COMPLAINT page in PIEDMONTESE–ENGLISH labels,
    ``5 ëd mars 2026`` (``22 d'avril 2026``), counts ``1.200 tòch``."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 22))
    q, dq = kit.pick(f, (1200, 48), (9600, 144))
    f.raw("<h2>RECLAM DËL CLIENT / CUSTOMER COMPLAINT</h2>")
    kit.kv(f, kit.field_rows(
        ("Nùmer / Complaint No.", "Arseivù / Received", "Client / Customer", "Órdin / PO No.", "Lòt / Lot",
         "Nùmer dël tòch / Part No.", "Nòm dël tòch / Part name", "Quantità consegnà / Qty delivered",
         "Quantità difetosa / Qty defective", "Difet / Defect", "Arcesta / Request", "Assion sùbita / Immediate action",
         "Compilà da / Prepared by", "Responsàbil / Supervisor"),
        (kit.pick(f, "RC-TO-26-0014", "RC-TO-26-0049"), _iso("pms", d),
         kit.pick(f, "Officine Canavesane Srl", "Biella Tessil Machine Spa"), kit.pick(f, "OC-PO-2602-0421", "BT-PO-2604-0083"),
         kit.pick(f, "PM2602-04", "PM2604-06"), kit.pick(f, "PM-GER-2203", "PM-BLT-0716"),
         kit.pick(f, "Spur gear 32T", "Drive belt 900 mm"), (kit.qty(q, ".", "tòch"), q),
         (kit.qty(dq, ".", "tòch"), dq), kit.pick(f, "Gear teeth chipped.", "Belts stretch within a week."),
         (kit.pick(f, "Rimpiass / Replacement", "Restitussion / Return"), [kit.pick(f, "replacement", "return")]),
         kit.pick(f, "Stock of 3.000 tòch held.", "Lot held in Biella."), "Fang Li",
         kit.pick(f, "Giors Ravera", "Margherita Bòsch")), kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    return f.page("Reclam dël client", _CSS)


def eightd_en_venetian(f: kit.HtmlForm) -> str:
    """A Venetian customer's RAPORTO 8D / 8D REPORT page in VENETIAN–ENGLISH labels, ``5 de marzo 2026``,
    ``24 de apriłe 2026`` (the Venetian ``ł``), ``1.250 tochi``."""
    f.raw("<h2>RAPORTO 8D / 8D REPORT</h2>")
    kit.kv(f, kit.field_rows(
        ("Nùmaro / Report No.", "Verto el / Opened", "Cliente / Customer", "Nùmaro reclamo / Complaint No.",
         "Nùmaro toco / Part No.", "Quantità / Qty complained"),
        ("8D-VE-26-005", _iso("vec", D(2026, 3, 5)), "Cantieri Lagunari Srl", "CL-RC-260302",
         "VE-PMP-5502", ("1.250 tochi", 1250)), kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.raw("<table>")
    kit.team_row(f, "D1 Grupo / Team", ("Marco Zanon", "Liu Yang", "Anna Bortoluzzi"))
    steps = kit.eightd_steps(
        ("D2 Problema / Problem", "D3 Contenimento / Containment", "D4 Càuxa / Root cause", "D4 Parché no visto / Why not detected",
         "D5 Corezion / Corrective action", "D6 Verìfega / Verification", "D7 Prevension / Prevention"),
        ("Bilge pumps corrode on 1,250 pcs.", "Stock of 800 pumps checked.", "Brass alloy wrong for salt water.",
         "Material certificate not checked.", "Alloy changed to bronze.", "4 lots pass salt spray.", "Same alloy check on valves."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("D8 Sarà / Closed", "Aprovà / Approved"),
                             (_iso("vec", D(2026, 4, 24)), "Toni Scarpa"),
                             ("closure.closed_date", "closure.approved_by")))  # fmt: skip
    return f.page("Raporto 8D", _CSS)


def return_en_sicilian(f: kit.HtmlForm) -> str:
    """A Sicilian customer's NOTA DI RITORNU / RETURN NOTE page in SICILIAN–ENGLISH labels, ``27 di frivaru 2026``
    (copy2 ``21 di aprili 2026``)."""
    d = kit.pick(f, D(2026, 2, 27), D(2026, 4, 21))
    f.raw("<h2>NOTA DI RITORNU / RETURN NOTE</h2>")
    kit.kv(f, kit.field_rows(
        ("Nùmmiru / Return No.", "Data / Date", "Clienti / Customer", "Nùmmiru di lamentu / Complaint No."),
        (kit.pick(f, "NR-PA-26-0016", "NR-PA-26-0035"), _iso("scn", d),
         kit.pick(f, "Cantieri Navali di Palermu", "Acqua Catanisi Spa"), kit.pick(f, "CNP-LM-260224", "ACS-LM-260415")),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    lines = kit.pick(f, (("SC-PMP-2101", "Bilge pump 24 V", 36, 35, 158.0), ("SC-HOS-2102", "Fuel hose 3 m", 300, 288, 13.6)),
                     (("SC-MTR-3101", "Water meter DN25", 24, 24, 61.5),))  # fmt: skip
    heads = ("Nùmmiru di pezzu / Part No.", "Discrizzioni / Description", "Appruvatu / Approved", "Turnatu / Returned",
             "Prezzu / Unit price", "Mpurtu / Amount")  # fmt: skip
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (code, name, (f"{qa:,}", qa), (f"{q:,}", q), (f"{p:,.2f}", kit.money(p)),
                 (f"{q * p:,.2f}", kit.money(q * p)))  # fmt: skip
        kit.td_row(f, kit.item_cells(i, cells, kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Raggiuni / Reason", "Dispusizzioni / Disposition", "Ricivutu di / Received by", "Appruvatu di / Approved by"),
        (kit.pick(f, "Pumps leak, hoses split.", "Meters read high."),
         (kit.pick(f, "Riparari / Rework", "Scartari / Scrap"), [kit.pick(f, "rework", "scrap")]),
         kit.pick(f, "Turiddu Lo Presti", "Rusulia Cangemi"), "Ninu Bonanno"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("Nota di ritornu", _CSS)


def allowance_zht_remark(f: kit.HtmlForm) -> str:
    """A 銷貨退回折讓單 whose lines carry A 備註 COLUMN OF NUMBERS (``原出貨 2,400 PCS``, ``單價調降 0.50``) after the
    tax: numbers that are no field."""
    f.raw("<h2>銷貨退回折讓單</h2>")
    kit.kv(f, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼"),
        ("ZR-TY-2603-051", ("2026/03/23", "2026-03-23"), "仁寶電腦工業股份有限公司", "22099184", "RK-60273418"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no"),
    ))  # fmt: skip
    heads = ("品名", "數量", "單價", "金額", "營業稅額", "備註")
    kit.th_row(f, heads)
    lines = (("鋁擠型散熱片", 2000, 6.5, "原出貨 2,400 PCS"), ("矽膠導熱墊", 4000, 1.2, "單價調降 0.50"),
             ("風扇支架", 1200, 3.8, "第 2 批 1,200 PCS"))  # fmt: skip
    for i, (name, q, p, remark) in enumerate(lines):
        cells = (name, (f"{q:,}", q), (f"{p:.2f}", kit.money(p)), (f"{q * p:,.0f}", kit.money(q * p)),
                 (f"{round(q * p * 0.05):,}", kit.money(round(q * p * 0.05))), remark)  # fmt: skip
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", "qty", "unit_price", "allowance_amount", "tax", None)), heads
        )
    f.raw("</table>")
    net = sum(q * p for _, q, p, _r in lines)
    tax = sum(round(q * p * 0.05) for _, q, p, _r in lines)
    kit.kv(f, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "總計", "核准主管"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "何志遠"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("銷貨退回折讓單", _CSS)


def eightd_zht_duelines(f: kit.PdfDraw) -> None:
    """An 8D 報告 whose every step carries AN OWNER AND DUE-DATE LINE under its text (``責任人：郭文彬　完成日：03/08``,
    smaller), as a tracker prints it: the line is no part of the step's text."""
    f = kit.CjkDraw.of(f)
    f.text(82, 14, "8D 改善報告", size=14)
    kit.pdf_lv_lines(f, 15, 40, 26, kit.field_rows(
        ("報告編號", "立案日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-HS-2603-012", ("2026/03/06", "2026-03-06"), "友達光電股份有限公司", "AUO-QA-260304", "HS-FPC-2209",
         ("180 PCS", 180)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.pdf_team_line(f, 15, 50, 70, "D1 小組成員", ("郭文彬", "賴美君", "溫志豪"))
    steps = kit.eightd_steps(
        ("D2 問題說明", "D3 緊急對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果驗證", "D7 標準化"),
        ("軟板金手指氧化，計 180 PCS。", "在庫 2,400 PCS 全數目檢。", "電鍍後水洗不足。", "出貨前未做鹽霧抽驗。",
         "水洗段增加一槽。", "連續 3 批無氧化。", "同類 2 款軟板比照。"),
    )  # fmt: skip
    owners = (("賴美君", "03/06"), ("溫志豪", "03/08"), ("郭文彬", "03/13"), ("賴美君", "03/13"), ("郭文彬", "03/20"),
              ("溫志豪", "04/10"), ("郭文彬", "04/14"))  # fmt: skip
    y = 80.0
    for (lab, raw, path), (who, due) in zip(steps, owners):
        kit.pdf_lv_lines(f, 15, 50, y, [(lab, raw, path, None)])
        f.text(50, y + 5, f"責任人：{who}　完成日：{due}", size=7)
        y += 13
    kit.pdf_lv_lines(f, 15, 50, y + 2, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/16", "2026-04-16"), "江明德"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def return_zht_custpn(f: kit.PdfDraw) -> None:
    """A 退貨單 whose lines carry THE CUSTOMER'S PART NUMBER (``客戶料號``) beside the supplier's (``本廠料號``), as an
    ERP prints both: the record's part number is the supplier's."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退貨單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, kit.field_rows(
        ("退回單號", "退回日期", "客戶", "客訴編號"),
        ("RT-HS-2603-058", ("2026/03/27", "2026-03-27"), "和碩聯合科技股份有限公司", "PEG-QA-260324"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "客戶料號", None), (42, "本廠料號", "part_no"), (68, "品名", "part_name"), (92, "核准數量", "qty_approved"),
            (115, "退回數量", "qty_returned"), (140, "單價", "unit_price"), (165, "金額", "amount"))  # fmt: skip
    for x, lab, _path in cols:
        f.text(x, 62, lab, bold=True)
    f.pdf.line(15, 64, 195, 64)
    lines = (("90.4A812.001", "HS-HNG-3101", "轉軸", 800, 792, 18.5), ("90.4B330.002", "HS-KBD-3102", "鍵盤模組", 300, 300, 96.0),
             ("90.4C117.011", "HS-SPK-3103", "喇叭", 1500, 1460, 7.25))  # fmt: skip
    y = 64.0
    for i, (cpn, code, name, qa, q, p) in enumerate(lines):
        y += 8
        for (x, lab, path), raw, exp in zip(cols, (cpn, code, name, f"{qa:,}", f"{q:,}", f"{p:,.2f}", f"{q * p:,.2f}"),
                                            (None, None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=path and f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 38, y + 14, kit.field_rows(
        ("退回原因", "處理方式", "倉管簽收", "主管核准"),
        ("轉軸鬆脫，喇叭破音。", ("退回供應商", ["return"]), "簡志偉", "游淑貞"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a Piedmontese customer's complaint: Piedmontese–English labels, 5 ëd mars 2026, 1.200 tòch", complaint_en_piedmontese),
        ("a Venetian customer's 8D: Venetian–English labels, 5 de marzo 2026, 24 de apriłe 2026", eightd_en_venetian),
        ("a Sicilian customer's return note: Sicilian–English labels, 27 di frivaru 2026", return_en_sicilian),
        ("a 銷貨退回折讓單 whose lines carry a 備註 column of numbers", allowance_zht_remark),
        ("an 8D 報告 whose every step carries an owner and due-date line under its text", eightd_zht_duelines),
        ("a 退貨單 whose lines carry the customer's part number beside the supplier's", return_zht_custpn),
    )
]  # fmt: skip


# =============================================================================== odd files
def _lookup_failed_workbook() -> bytes:
    """A complaint workbook whose looked-up values are ``#N/A`` ERROR CELLS: the clerk filled the number and the date
    and let VLOOKUPs on a master list fill the rest, then pasted the sheet as values for the customer, where the
    lookups had failed (Excel shows and prints ``#N/A``)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "客诉单"
    fields = (("投诉单号", "KS-NA-2603-018"), ("接收日期", "2026-03-19"), ("客户名称", "#N/A"), ("物料编码", "NA-CAP-2207"),
              ("物料名称", "#N/A"), ("交货数量", "#N/A"), ("不良数量", 40), ("填表人", "#N/A"))  # fmt: skip
    for row in fields:
        wb.active.append(row)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 19, 9, 0))


def _void_pdf() -> bytes | None:
    """A filled complaint drawn by fpdf2 and STAMPED ``作废 / VOID`` in large red letters across its values (a form
    cancelled after it was filled and sent by mistake): every value still readable under the stamp."""
    if kit.FPDF is None:
        return None
    f = kit.CjkDraw.of(kit.PdfDraw(False))
    f.text(80, 16, "客户投诉单", size=14)
    shown = (("投诉单号", "KS-ZF-2603-029"), ("接收日期", "2026-03-24"), ("客户名称", "厦门宏发电声股份有限公司"),
             ("物料编码", "ZF-RLY-0912"), ("不良数量", "88"), ("填表人", "邱敏"))  # fmt: skip
    for k, (lab, val) in enumerate(shown):
        y = 30 + k * 8
        f.text(20, y, lab + "：")
        f.text(55, y, val)
    f.pdf.set_text_color(220, 30, 30)
    with f.pdf.rotation(20, 105, 55):
        f.text(60, 60, "作废  VOID", size=44)
    f.pdf.set_text_color(0, 0, 0)
    return bytes(f.pdf.output())


ODD = {
    "complaint-na.xlsx": (
        "a complaint workbook whose looked-up values are #N/A error cells (the lookups failed on the sender's master "
        "list): never #N/A as a value; the values typed with a word that the others failed, or a clear error",
        _lookup_failed_workbook,
    ),
    "complaint-void.pdf": (
        "a filled complaint PDF stamped 作废 / VOID across its values (cancelled): a word that it is void, or a clear "
        "error; never a silent record of a cancelled form",
        _void_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-fourth held-out layouts", ODD)
