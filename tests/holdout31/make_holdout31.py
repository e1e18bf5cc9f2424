"""Write the thirty-first held-out set (run: ``python tests/holdout31/make_holdout31.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: a KIRUNDI–ENGLISH complaint (``5 Ntwarante 2026``) whose counts carry a
FOOTNOTE MARK (``1,200¹``, the note under the form), a 客户投诉单 whose defect count is APPROXIMATE
(``84 件左右``), a 客訴處理單 with A COLON IN ITS OWN CELL between every label and its value; a
ROMANSH–ENGLISH 8D (``5 da mars 2026``, ``22 d'avrigl 2026``) whose D4 is ONE MERGED LABEL OVER TWO
SUB-LABELS (occurrence / escape), an 8D 报告 whose steps are numbered with NEGATIVE CIRCLED DIGITS
(``❸ 临时措施``); a BASHKIR–ENGLISH return in Cyrillic (``5 март 2026 й.``) in ROUBLES (``1 234,50 ₽``), a
退货单 with a WEIGHT COLUMN (毛重 kg) between the counts and the price; a SANGO–ENGLISH credit note
(``24 Mbängü 2026``) with A VAT-RATE COLUMN (``19 %``) between the net and the tax and amounts shown
``727,500 XAF``, a 销售折让证明单 whose every line is followed by A REMARK ROW across the table; sent as
PDF only: an ASTURIAN–ENGLISH complaint (``5 de marzu de 2026``) whose counts are written ``1,200 nos.``
(Chromium), a SUNDANESE–ENGLISH 8D (``5 Pébruari 2026``) kept as A TIMELINE (date | step | action;
Chromium), a TSONGA–ENGLISH return (``5 Nyenyankulu 2026``) whose returned counts and amounts carry THE
STOCK MOVEMENT'S MINUS (``-236``, ``-R20 886,00``; Chromium), a 銷貨折讓單 with TWO UNIT PRICES, tax
excluded and tax included (Chromium), an 8D 報告 whose header fields stand SEVERAL TO A LINE between
full-width bars (``報告編號：… ｜ 立案日期：…``; fpdf2), a 退貨單 whose every item is PRINTED OVER TWO LINES
(code and name, then the counts and amounts; fpdf2). ``odd/`` holds a complaint workbook whose values are
all LINKS TO ANOTHER WORKBOOK never calculated, and a complaint PDF carrying a JAVASCRIPT OPEN ACTION.

A reader fix this set shows is imitated in ``tests/layouts`` and made there, never on these files. The xlsx
and json files come out byte for byte the same each run; the PDFs want ``soffice``, Chromium and fpdf2
(``--no-pdf`` leaves them; ``--out DIR`` writes to another folder).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # the kit (tests/holdout_kit.py) beside the sets
    sys.path.insert(0, str(HERE.parent))
import holdout_kit as kit  # noqa: E402

SOURCE = {"source": "tests/holdout31/make_holdout31.py", "origin": "thirty-first held-out imitation"}
dt = kit.dt
D = dt.date

# each language's months (January first, "|" between) and how its clerks write a date with them
_CALENDAR = {
    "rn": ("Nzero|Ruhuhuma|Ntwarante|Ndamukiza|Rusama|Ruheshi|Mukakaro|Nyandagaro|Nyakanga|Gitugutu|Munyonyo"
           "|Kigarama", "{d} {m} {y}"),
    "rm": ("schaner|favrer|mars|avrigl|matg|zercladur|fanadur|avust|settember|october|november|december",
           "{d} {da}{m} {y}"),
    "ba": ("ғинуар|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь", "{d} {m} {y} й."),
    "sg": ("Nyenye|Fulundïgi|Mbängü|Ngubùe|Bêläwü|Föndo|Lengua|Kükürü|Mvuka|Ngberere|Nabändüru|Kakauka",
           "{d} {m} {y}"),
    "ast": ("xineru|febreru|marzu|abril|mayu|xunu|xunetu|agostu|setiembre|ochobre|payares|avientu",
            "{d} {de}{m} de {y}"),
    "su": ("Januari|Pébruari|Maret|April|Méi|Juni|Juli|Agustus|Séptémber|Oktober|Nopémber|Désémber", "{d} {m} {y}"),
    "ts": ("Sunguti|Nyenyenyani|Nyenyankulu|Dzivamisoko|Mudyaxihi|Khotavuxika|Mawuwani|Mhawuri|Ndzhati"
           "|Nhlangula|Hukuri|N'wendzamhala", "{d} {m} {y}"),
}  # fmt: skip


def when(lang: str, d: dt.date) -> str:
    """A date as the language writes it: ``5 Ntwarante 2026``, ``5 da mars 2026`` / ``22 d'avrigl 2026`` (Romansh
    and Asturian elide before a vowel: ``5 de marzu de 2026``, ``14 d'agostu de 2026``), ``5 март 2026 й.``."""
    return kit.calendar_date(_CALENDAR, lang, d)


# =============================================================================== complaint
def complaint_en_kirundi(s: kit.Sheet) -> None:
    """A Burundian customer's IKIREGO C'UMUGURIYE / CUSTOMER COMPLAINT in KIRUNDI–ENGLISH labels, ``5 Ntwarante
    2026``, each count with a FOOTNOTE MARK after it (``1,200¹``, ``45²``) and the notes under the form."""
    s.text("A1", "IKIREGO C'UMUGURIYE / CUSTOMER COMPLAINT", "D1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    q, dq = kit.pick(s, (1200, 45), (3600, 130))
    rows = kit.field_rows(
        ("Inomero / Complaint No.", "Itariki yakiriweko / Received", "Umuguzi / Customer", "Inomero y'itegeko / PO No.",
         "Lot", "Inomero y'igice / Part No.", "Izina ry'igice / Part name", "Igitigiri carungitswe / Qty delivered",
         "Igitigiri canse / Qty defective", "Ikibazo / Defect description", "Icipfuzo / Request",
         "Ivyakozwe ubwo nyene / Immediate action", "Uwanditse / Prepared by", "Umukuru / Supervisor"),
        (kit.pick(s, "IK-BJM-26-0017", "IK-BJM-26-0046"), (when("rn", d), d.isoformat()),
         kit.pick(s, "Regideso Burundi", "Onatel Burundi"), kit.pick(s, "RGD-PO-2602-0144", "ONT-PO-2604-0391"),
         kit.pick(s, "BJ2602-03", "BJ2604-11"), kit.pick(s, "RN-WMT-2204", "RN-ODF-0913"),
         kit.pick(s, "Water meter DN20", "Fibre patch panel 24 ports"), (f"{q:,}¹", q), (f"{dq:,}²", dq),
         kit.pick(s, "Meters leak at the union nut.", "Ports loose after 2 insertions."),
         (kit.pick(s, "Gusubiza / Return", "Guhindura / Replacement"), [kit.pick(s, "return", "replacement")]),
         kit.pick(s, "Stock of 2,400 meters held.", "Panels in Gitega re-checked."), "Xu Min",
         kit.pick(s, "Évariste Ndayishimiye", "Clarisse Niyonzima")), kit.COMPLAINT_PATHS,
    )  # fmt: skip
    for r, (lab, raw, path, exp) in enumerate(rows[:12], start=2):
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp, span=f"D{r}")
    for (lref, vref), (lab, raw, path, _exp) in zip((("A14", "B14"), ("C14", "D14")), rows[12:]):
        kit.lv(s, lref, lab, vref, raw, path)
    kit.plain(s, "A16", kit.pick(s, "¹ harimwo 200 z'ikigega / incl. 200 spare pcs", "¹ mu makarito 30 / in 30 cartons"),
              "D16")  # fmt: skip
    kit.plain(s, "A17", "² vyabonywe ku murongo / found on the line", "D17")


def complaint_zh_zuoyou(s: kit.Sheet) -> None:
    """客户投诉单 whose defect count is APPROXIMATE, as a sales clerk types it before the count is confirmed
    (``84 件左右``), the delivered count exact (``6,000 件``)."""
    s.text("A1", "客户投诉单", "D1", size=15)
    kit.lv(s, "A2", "投诉单号", "B2", kit.pick(s, "KT-2603-071", "KT-2604-102"), "number")
    kit.lv(s, "C2", "接收日期", "D2", kit.pick(s, D(2026, 3, 16), D(2026, 4, 20)), "received_date", fmt="yyyy-mm-dd")  # fmt: skip
    kit.lv(s, "A3", "客户名称", "B3", kit.pick(s, "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司"), "customer",
           span="D3")  # fmt: skip
    kit.lv(s, "A4", "订单号", "B4", kit.pick(s, "CATL-PO-2603-5531", "BYD-PO-2604-2076"), "order_no")
    kit.lv(s, "C4", "批次", "D4", kit.pick(s, "ZY260305-2", "ZY260412-1"), "lot_no")
    kit.lv(s, "A5", "物料编码", "B5", kit.pick(s, "ZY-BUS-3307", "ZY-NTC-1185"), "part_no")
    kit.lv(s, "C5", "物料名称", "D5", kit.pick(s, "铜排连接片", "温度传感器"), "part_name")
    q, dq = kit.pick(s, (6000, 84), (20000, 260))
    kit.lv(s, "A6", "交货数量", "B6", f"{q:,} 件", "ship_qty", expect=q)
    kit.lv(s, "C6", "不良数量", "D6", f"{dq} 件左右", "defect_qty", expect=dq)
    kit.lv(s, "A7", "不良描述", "B7", kit.pick(s, "连接片折弯处开裂，约占 1.4%。", "传感器阻值漂移，约占 1.3%。"),
           "description", span="D7")  # fmt: skip
    kit.lv(s, "A8", "客户诉求", "B8", kit.pick(s, "退货", "换货"), "customer_request",
           expect=[kit.pick(s, "return", "replacement")], span="D8")  # fmt: skip
    kit.lv(s, "A9", "应急措施", "B9", kit.pick(s, "库存约 3,000 件隔离复检。", "在途 2 批拦截。"), "short_term_action",
           span="D9")  # fmt: skip
    kit.lv(s, "A10", "填表人", "B10", "左晓燕", "reporter")
    kit.lv(s, "C10", "销售经理", "D10", kit.pick(s, "包志强", "乔建军"), "sales_supervisor")


def complaint_zht_colon(s: kit.Sheet) -> None:
    """客訴處理單 with A COLON IN ITS OWN NARROW CELL between every label and its value (``客訴單號 | ： | CS-…``),
    two label / colon / value triples a row, as an office aligns a form's colons in a column of their own."""
    s.text("A1", "客訴處理單", "F1", size=15)
    rows = kit.field_rows(
        ("客訴單號", "受理日期", "客戶名稱", "訂單號碼", "料號", "品名", "出貨數量", "不良品數", "批號", "客戶要求", "異常描述",
         "暫時對策", "承辦人", "業務主管"),
        ("CS-HX-2603-033", ("2026/03/11", "2026-03-11"), "友達光電股份有限公司", "AUO-PO-2603-7718", "HX-FPC-4406",
         "軟性排線", ("8,000", 8000), ("96", 96), "HX2603-08", ("換貨", ["replacement"]), "排線金手指氧化。",
         "庫存 5,000 條全檢。", "范書豪", "魏淑芬"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty", "lot_no",
         "customer_request", "description", "short_term_action", "reporter", "sales_supervisor"),
    )  # fmt: skip
    for r, pair in enumerate(zip(rows[::2], rows[1::2]), start=2):
        for (lcol, ccol, vcol), (lab, raw, path, exp) in zip(("ABC", "DEF"), pair):
            kit.lv(s, f"{lcol}{r}", lab, f"{vcol}{r}", raw, path, expect=exp)
            s.text(f"{ccol}{r}", "：", center=True)


# =============================================================================== 8D
def eightd_en_romansh(s: kit.Sheet) -> None:
    """A Romansh customer's RAPPORT 8D / 8D REPORT in ROMANSH–ENGLISH labels, ``5 da mars 2026``, ``22 d'avrigl
    2026``, counts ``1’250 tocs``, and D4 ONE MERGED LABEL OVER TWO SUB-LABELS (occurrence, escape) in column B,
    each sub-label's text beside it."""
    s.text("A1", "RAPPORT 8D / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 22)), (D(2026, 4, 9), D(2026, 5, 27)))
    n = kit.pick(s, 1250, 480)
    for r, ((lab, raw, path, exp), (lab2, raw2, path2, exp2)) in enumerate((
        (("Numer dal rapport / Report No.", kit.pick(s, "8D-CHU-26-004", "8D-CHU-26-015"), "number", None),
         ("Avert / Opened", when("rm", d), "opened_date", d.isoformat())),
        (("Client / Customer", kit.pick(s, "Viafier Retica SA", "Pendicularas Mustér SA"), "customer", None),
         ("Numer da la reclamaziun / Complaint No.", kit.pick(s, "VR-RC-260302", "PM-RC-260407"),
          "complaint_number", None)),
        (("Numer da la part / Part No.", kit.pick(s, "RM-BRK-7701", "RM-CBL-0415"), "part_no", None),
         ("Dumber / Qty complained", kit.qty(n, "’", "tocs"), "problem.qty_complained", n)),
    ), start=2):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp)
        kit.lv(s, f"C{r}", lab2, f"D{r}", raw2, path2, expect=exp2)
    team = kit.pick(s, ("Gian Caduff", "Zhou Lei", "Ursina Casanova"), ("Gian Caduff", "Men Cadonau"))
    kit.team_cell(s, "A5", "D1 Squadra / Team", "C5", team, span="D5")
    s.ws.merge_cells("A5:B5")
    texts = kit.pick(s, ("Brake pads crack on 1’250 tocs.", "Stock of 3’000 pads checked.", "Resin cured 8 min short.",
                         "Hardness not tested at goods-out.", "Oven timer locked.", "5 lots without cracks.",
                         "Same lock on oven 2."),
                     ("Cable sheath splits.", "Lot held at Chur.", "Extruder too cold.", "Sheath not bent-tested.",
                      "Heater replaced.", "3 lots tested.", "Bend test each lot."))  # fmt: skip
    steps = kit.eightd_steps(("D2 Problem / Problem", "D3 Mesira immediata / Containment", "Occurrenza / Occurrence",
                              "Scuverta / Escape", "D5 Correctura / Corrective action", "D6 Verificaziun / Verification",
                              "D7 Prevenziun / Prevention"), texts)  # fmt: skip
    for r, (lab, raw, path) in enumerate(steps, start=6):
        if r in (8, 9):  # D4's two sub-labels under one merged label
            kit.label(s, f"B{r}", lab)
            s.value(f"C{r}", raw, path=path, label=f"D4 Chaschun / Root cause · {lab}", span=f"D{r}")
        else:
            kit.lv(s, f"A{r}", lab, f"C{r}", raw, path, lspan=f"B{r}", span=f"D{r}")
    s.text("A8", "D4 Chaschun / Root cause", "A9", shade=True)
    kit.lv(s, "A13", "D8 Serrà / Closed", "B13", when("rm", c), "closure.closed_date", expect=c.isoformat())
    kit.lv(s, "C13", "Approvà / Approved", "D13", kit.pick(s, "Claudia Cathomen", "Reto Derungs"),
           "closure.approved_by")  # fmt: skip


def eightd_zh_circled(s: kit.Sheet) -> None:
    """8D 报告 whose steps are numbered with NEGATIVE CIRCLED DIGITS (``❶ 小组成员`` … ``❽ 结案``) in place of D1–D8,
    as a template drawn in Word's symbol font."""
    s.text("A1", "8D 报告", "D1", size=15)
    head = kit.field_rows(("报告编号", "立案日期", "客户", "客诉编号", "零件号", "不良数"),
                          ("8D-HF-2603-017", D(2026, 3, 9), "合肥京东方光电科技有限公司", "BOE-QA-260306", "HF-BLU-2290", 315),
                          kit.EIGHTD_HEAD_PATHS)  # fmt: skip
    kit.lv_pairs(s, 2, head)
    kit.team_cell(s, "A5", "❶ 小组成员", "B5", ("严国庆", "柯雪梅", "童振宇"), sep="、", span="D5")
    kit.lv_rows(s, 6, kit.eightd_steps(
        ("❷ 问题描述", "❸ 临时措施", "❹ 发生原因", "❹ 流出原因", "❺ 永久措施", "❻ 效果验证", "❼ 预防再发"),
        ("背光模组亮度不均，315 片。", "库存 2,600 片全检亮度。", "导光板网点印刷偏移。", "出货检验未测九点亮度。",
         "网印定位治具更换。", "连续 5 批亮度合格。", "同类 4 款导光板比照。"),
    ))  # fmt: skip
    kit.lv(s, "A13", "❽ 结案日期", "B13", D(2026, 4, 14), "closure.closed_date", fmt="yyyy-mm-dd")
    kit.lv(s, "C13", "批准", "D13", "钱立新", "closure.approved_by")


# =============================================================================== return
def return_en_bashkir(s: kit.Sheet) -> None:
    """A Bashkortostan customer's ҠАЙТАРЫУ АКТЫ / RETURN NOTE in BASHKIR (Cyrillic)–ENGLISH labels, ``5 март
    2026 й.``, prices and amounts in ROUBLES typed ``1 234,50 ₽`` (a space between the thousands, a decimal comma)."""
    s.text("A1", "ҠАЙТАРЫУ АКТЫ / RETURN NOTE", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 14))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Номер / Return No.", "Көнө / Date", "Һатып алыусы / Customer", "Дәғүә номеры / Complaint No."),
        (kit.pick(s, "ҠА-УФА-26-0009", "ҠА-УФА-26-0031"), (when("ba", d), d.isoformat()),
         kit.pick(s, "Башкирэнерго АО", "Уфимский моторный завод"), kit.pick(s, "БЭ-ДӘ-260302", "УМЗ-ДӘ-260409")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Деталь номеры / Part No.", "Исеме / Description", "Раҫланған / Approved", "Ҡайтарылған / Returned",
             "Хаҡы / Unit price", "Суммаһы / Amount")  # fmt: skip
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, [("BA-INS-3301", "Post insulator 10 kV", 400, 396, 1234.5), ("BA-CLM-3302", "Tension clamp", 1500, 1500, 86.4)],
                     [("BA-SEA-4401", "Shaft seal 45 mm", 2000, 1960, 312.75)])  # fmt: skip
    kit.return_lines(s, 5, lines, heads, amount=lambda x: kit.eu(x, " ", " ₽"))
    last = 5 + len(lines)
    kit.return_foot(s, last, kit.field_rows(
        ("Сәбәбе / Reason", "Ҡарар / Disposition", "Ҡабул итте / Received by", "Раҫланы / Approved by"),
        (kit.pick(s, "Insulators chipped, clamps rusty.", "Seals harden."),
         (kit.pick(s, "Ҡайтарыу / Return", "Юҡ итеү / Scrap"), [kit.pick(s, "return", "scrap")]),
         kit.pick(s, "Айгөл Хәйруллина", "Азат Ғәлиев"), "Рөстәм Исмәғилев"), kit.RETURN_FOOT_PATHS,
    ), "F")  # fmt: skip


def return_zh_weight(s: kit.Sheet) -> None:
    """退货单 of a die-casting plant with a WEIGHT COLUMN (``毛重(kg)``, one decimal) between the counts and the
    unit price: a number in every line that is neither a count nor an amount."""
    s.text("A1", "退货单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-NB-2603-026", "TH-NB-2604-058"), kit.pick(s, D(2026, 3, 25), D(2026, 4, 22)),
         kit.pick(s, "宁波拓普集团股份有限公司", "均胜电子股份有限公司"), kit.pick(s, "TP-QA-260320", "JS-QA-260417")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    lines = kit.pick(s, [("NB-HSG-6101", "壳体", 300, 296, 45.8, 355.2), ("NB-BRK-6102", "支架", 1200, 1180, 6.35, 236.0)],
                     [("NB-CVR-7101", "端盖", 800, 800, 12.4, 168.0)])  # fmt: skip
    kit.return_table(s, ("物料编码", "物料名称", "核准数量", "退货数量", "单价", "金额"), lines, {"E": ("毛重(kg)", "0.0")},
                     kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "部门经理"),
        (kit.pick(s, "壳体气孔，支架孔位偏。", "端盖砂眼。"), (kit.pick(s, "返工", "报废"), [kit.pick(s, "rework", "scrap")]),
         "应海燕", "施国华"), kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


# =============================================================================== allowance
def allowance_en_sango(s: kit.Sheet) -> None:
    """A Central African customer's MBETI TI KIRINGO NGINZA / CREDIT NOTE in SANGO–ENGLISH labels, ``24 Mbängü 2026``,
    a VAT-RATE COLUMN (``19 %``) between each line's net and its tax, amounts shown ``727,500 XAF`` (number cells)."""
    s.text("A1", "MBETI TI KIRINGO NGINZA / CREDIT NOTE", "F1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 24), D(2026, 3, 6)), (D(2026, 4, 27), D(2026, 4, 8)))
    kit.lv(s, "A2", "Nömörö / Credit Note No.", "B2", kit.pick(s, "KN-BGF-0061", "KN-BGF-0079"), "number")
    kit.lv(s, "C2", "Lâ / Date", "D2", when("sg", d), "issue_date", expect=d.isoformat(), span="F2")
    kit.lv(s, "A3", "Zo ti vöngö / Buyer", "B3", kit.pick(s, "ENERCA", "Socatel"), "buyer")
    kit.lv(s, "C3", "NIF / Tax No.", "D3", kit.pick(s, "CF-0021457-B", "CF-0033910-K"), "buyer_tax_id", span="F3")  # fmt: skip
    kit.lv(s, "A4", "Fäktüre / Invoice No.", "B4", kit.pick(s, "FA-26-00318", "FA-26-00472"), "invoice_no")
    kit.lv(s, "C4", "Lâ ti fäktüre / Invoice date", "D4", when("sg", inv), "invoice_date", expect=inv.isoformat(),
           span="F4")  # fmt: skip
    kit.lv(s, "A5", "Nömörö ti plainte / Complaint No.", "B5", kit.pick(s, "EN-PL-260311", "SC-PL-260415"),
           "complaint_number", span="F5")  # fmt: skip
    heads = ("Ye / Item", "Wüngö / Qty", "Ngere / Unit price", "Nginza / Net", "TVA / VAT")
    kit.head_row(s, 6, "ABCDEF", (*heads[:4], "TVA %", heads[4]))
    lines = kit.pick(s, (("Meter cabinet CF-MCB-1101", 150, 4850.0), ("Pole clamp CF-CLP-1102", 400, 275.0)),
                     (("Antenna bracket CF-ANT-2201", 300, 12500.0),))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.19, cols="ABCDF")
    for r in range(7, 7 + len(lines)):
        s.value(f"E{r}", 0.19, path=None, label="TVA %", fmt="0 %")
        for col in "CDF":
            s.ws[f"{col}{r}"].number_format = '#,##0" XAF"'
    for r, lab, x, path in zip((10, 11, 12), ("Kûê ti nginza / Net total", "TVA kûê / Total VAT",
                                              "Kûê na TVA / Total incl. VAT"), (net, tax, net + tax),
                               ("total_excl_tax", "total_tax", "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), fmt='#,##0" XAF"', lspan=f"C{r}")
    kit.lv(s, "A13", "Zo ti yeda / Approved", "B13", kit.pick(s, "Thierry Yakité", "Odile Ngaïkoï"),
           "approved_by_manager")  # fmt: skip


def allowance_zh_remark(s: kit.Sheet) -> None:
    """销售折让证明单 whose every item line is followed by A REMARK ROW merged across the table (``备注：…``, a date and
    a rate in it), as a sales assistant notes why each line is credited."""
    s.text("A1", "销售折让证明单", "E1", size=15)
    kit.lv(s, "A2", "证明单号", "B2", "ZR-FS-2603-019", "number")
    kit.lv(s, "C2", "开具日期", "D2", D(2026, 3, 31), "issue_date", fmt="yyyy-mm-dd", span="E2")
    kit.lv(s, "A3", "购买方", "B3", "佛山市顺德区美的电热电器制造有限公司", "buyer", span="E3")
    kit.lv(s, "A4", "纳税人识别号", "B4", "91440606722473344C", "buyer_tax_id", span="E4")
    kit.lv(s, "A5", "原发票号码", "B5", "44006221 / 31550982", "invoice_no")
    kit.lv(s, "C5", "客诉单号", "D5", "MD-QA-260327", "complaint_number", span="E5")
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = (("发热盘", 1500, 3.2, "备注：外观划伤，按 3/4 会议折让 8%"), ("温控器", 2400, 1.15, "备注：延迟交货 5 天"),
             ("电源线", 6000, 0.42, "备注：线长不足，另见 3/18 邮件"))  # fmt: skip
    net = tax = 0.0
    for i, (name, q, p, remark) in enumerate(lines):
        n, t = kit.credit_cells(s, 7 + 2 * i, [(name, q, p)], heads, 0.13, start=i)
        net, tax = net + n, tax + t
        s.text(f"A{8 + 2 * i}", remark, f"E{8 + 2 * i}")
    net, tax = round(net, 2), round(tax, 2)
    kit.lv(s, "A13", "折让金额合计", "B13", net, "total_excl_tax", expect=kit.money(net), fmt="#,##0.00")
    kit.lv(s, "C13", "税额合计", "D13", tax, "total_tax", expect=kit.money(tax), fmt="#,##0.00", span="E13")
    kit.lv(s, "A14", "价税合计", "B14", round(net + tax, 2), "total", expect=kit.money(net + tax), fmt="#,##0.00")  # fmt: skip
    kit.lv(s, "C14", "财务经理", "D14", "邝丽萍", "approved_by_manager", span="E14")


_COPY2 = {"complaint-en-kirundi", "complaint-zh-zuoyou", "8d-en-romansh", "return-en-bashkir", "return-zh-weight",
          "allowance-en-sango", "complaint-en-asturian", "return-en-tsonga"}  # fmt: skip
"""The layouts with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # id, kind, language, drawing, sheet, column widths, what it imitates; second copies: _COPY2
    kit.excel_layout(lid, kind, lang, draw, sheet, widths, imitates, copy2=lid in _COPY2)
    for lid, kind, lang, draw, sheet, widths, imitates in (
        ("complaint-en-kirundi", "complaint", "en", complaint_en_kirundi, "Ikirego", dict(A=40, B=30, C=22, D=28), "a Burundian customer's complaint: Kirundi–English labels, 5 Ntwarante 2026, counts with a footnote mark"),
        ("complaint-zh-zuoyou", "complaint", "zh-Hans", complaint_zh_zuoyou, "投诉单", dict(A=14, B=32, C=14, D=28), "客户投诉单 whose defect count is approximate (84 件左右)"),
        ("complaint-zht-colon", "complaint", "zh-Hant", complaint_zht_colon, "客訴", dict(A=12, B=3, C=28, D=12, E=3, F=28), "a 客訴處理單 with a colon in its own cell between label and value"),
        ("8d-en-romansh", "8d", "en", eightd_en_romansh, "8D", dict(A=30, B=26, C=40, D=34), "a Romansh customer's 8D: Romansh–English labels, 5 da mars 2026, D4 one label over two sub-labels"),
        ("8d-zh-circled", "8d", "zh-Hans", eightd_zh_circled, "8D", dict(A=16, B=36, C=14, D=24), "8D 报告 whose steps are numbered with negative circled digits (❶ … ❽)"),
        ("return-en-bashkir", "return", "en", return_en_bashkir, "Ҡайтарыу", dict(A=26, B=26, C=18, D=20, E=20, F=20), "a Bashkortostan customer's return note: Bashkir–English labels, 5 март 2026 й., 1 234,50 ₽"),
        ("return-zh-weight", "return", "zh-Hans", return_zh_weight, "退货单", dict(A=16, B=14, C=12, D=12, E=12, F=12, G=14), "a 退货单 with a weight column between the counts and the price"),
        ("allowance-en-sango", "allowance", "en", allowance_en_sango, "Kredit", dict(A=30, B=14, C=20, D=20, E=10, F=18), "a Central African customer's credit note: Sango–English labels, 24 Mbängü 2026, a VAT-rate column, XAF"),
        ("allowance-zh-remark", "allowance", "zh-Hans", allowance_zh_remark, "折让", dict(A=18, B=14, C=12, D=14, E=12), "销售折让证明单 whose every line is followed by a remark row"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#ece4f2", ".tl td:first-child{white-space:nowrap}.neg{color:#b00}")


def complaint_en_asturian(f: kit.HtmlForm) -> str:
    """An Asturian customer's QUEXA DEL VECERU / CUSTOMER COMPLAINT page in ASTURIAN–ENGLISH labels, ``5 de marzu
    de 2026``, counts written ``1,200 nos.`` (numbers, as an Indian or Philippine supplier's staff write pieces)."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 8, 14))
    q, dq = kit.pick(f, (1200, 48), (9600, 150))
    f.raw("<h2>QUEXA DEL VECERU / CUSTOMER COMPLAINT</h2>")
    kit.kv(f, kit.field_rows(
        ("Númberu / Complaint No.", "Recibida / Received", "Veceru / Customer", "Pidíu / PO No.", "Llote / Lot",
         "Númberu de pieza / Part No.", "Nome de pieza / Part name", "Cantidá unviada / Qty delivered",
         "Cantidá defeutuosa / Qty defective", "Defeutu / Defect", "Solicitú / Request",
         "Aición inmediata / Immediate action", "Fecho por / Prepared by", "Supervisor / Supervisor"),
        (kit.pick(f, "QX-AVL-26-0012", "QX-AVL-26-0040"), (when("ast", d), d.isoformat()),
         kit.pick(f, "Siderúrxica d'Avilés SA", "Talleres del Nalón SL"), kit.pick(f, "SDA-PO-2602-0218", "TDN-PO-2604-0067"),
         kit.pick(f, "AV2602-05", "AV2604-10"), kit.pick(f, "AS-VLV-5503", "AS-BRG-1208"),
         kit.pick(f, "Gate valve DN50", "Pillow block bearing"), (f"{q:,} nos.", q), (f"{dq:,} nos.", dq),
         kit.pick(f, "Valves leak at the stem.", "Bearings run hot."),
         (kit.pick(f, "Reemplazu / Replacement", "Devolución / Return"), [kit.pick(f, "replacement", "return")]),
         kit.pick(f, "Stock of 3,000 nos. tested.", "Lot held in Gijón."), "Gao Yan",
         kit.pick(f, "Xuacu Fernández", "Nerea Suárez")), kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    return f.page("Quexa del veceru", _CSS)


def eightd_en_sundanese(f: kit.HtmlForm) -> str:
    """A West Javanese customer's LAPORAN 8D / 8D REPORT page in SUNDANESE–ENGLISH labels, ``5 Pébruari 2026``, kept
    as A TIMELINE: one row a step, its DATE FIRST, then the step's name, then what was done; D8's date is the
    closing date."""
    f.raw("<h2>LAPORAN 8D / 8D REPORT</h2>")
    kit.kv(f, kit.field_rows(
        ("Nomer laporan / Report No.", "Dibuka / Opened", "Konsumén / Customer", "Nomer keluhan / Complaint No.",
         "Nomer bagian / Part No.", "Jumlah / Qty complained"),
        ("8D-BDG-26-008", (when("su", D(2026, 2, 5)), "2026-02-05"), "PT Kereta Api Priangan", "KAP-KL-260203",
         "SU-DOR-3302", ("1.250 pcs", 1250)), kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    heads = ("Tanggal / Date", "Léngkah / Step", "Tindakan / Action")
    kit.th_row(f, heads, '<table class="tl">')
    team = ("Asep Sunarya", "Liu Yang", "Euis Rahmawati")
    f.raw(f"<tr><td>{when('su', D(2026, 2, 5))}</td><th>D1 Tim / Team</th>"
          f"<td>{f.val(', '.join(team), path=None, label='D1 Tim / Team')}</td></tr>")  # fmt: skip
    kit.members(f, "D1 Tim / Team", f"html!#v{f.n}", ", ".join(team), team)
    steps = kit.eightd_steps(
        ("D2 Masalah / Problem", "D3 Wadah saheulaanan / Containment", "D4 Sabab / Root cause",
         "D4 Naha teu kapendak / Why not detected", "D5 Lampah koréksi / Corrective action",
         "D6 Vérifikasi / Verification", "D7 Nyegah / Prevention"),
        ("Door seals tear on 1.250 pcs.", "Stock of 4.000 seals checked.", "Mould vent blocked.",
         "Tear test only at start-up.", "Vents cleaned every shift.", "6 lots without tears.", "Same check on mould 3."),
    )  # fmt: skip
    for k, (lab, raw, path) in enumerate(steps):
        f.raw(f"<tr><td>{when('su', D(2026, 2, 9 + 3 * k))}</td><th>{lab}</th>"
              f"<td>{f.val(raw, path=path, label=lab)}</td></tr>")  # fmt: skip
    close = when("su", D(2026, 5, 27))
    f.raw(f"<tr><td>{f.val(close, path='closure.closed_date', label='D8 Ditutup / Closed', expect='2026-05-27')}</td>"
          "<th>D8 Ditutup / Closed</th><td>Tim dibubarkeun, hatur nuhun. / Team thanked.</td></tr></table>")  # fmt: skip
    kit.kv(f, (("Disatujuan / Approved", "Dadang Hermawan", "closure.approved_by", None),))
    return f.page("Laporan 8D", _CSS)


def return_en_tsonga(f: kit.HtmlForm) -> str:
    """A South African customer's XIVIKO XA KU VUYISA / RETURN NOTE page in TSONGA–ENGLISH labels, ``5 Nyenyankulu
    2026``, the returned counts and amounts with THE STOCK MOVEMENT'S MINUS (``-236``, ``-R20 886,00``: goods going
    out of the customer's store), the approved counts and prices without."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 21))
    f.raw("<h2>XIVIKO XA KU VUYISA / RETURN NOTE</h2>")
    kit.kv(f, kit.field_rows(
        ("Nomboro / Return No.", "Siku / Date", "Muxavi / Customer", "Nomboro ya xivilelo / Complaint No."),
        (kit.pick(f, "XV-PLK-26-0014", "XV-PLK-26-0038"), (when("ts", d), d.isoformat()),
         kit.pick(f, "Lepelle Water Board", "Tzaneen Citrus Packers"), kit.pick(f, "LWB-XV-260302", "TCP-XV-260415")),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("Nomboro ya xiphemu / Part No.", "Nhlamuselo / Description", "Pfumeleriwile / Approved",
             "Vuyisiwile / Returned", "Nxavo / Unit price", "Ntsengo / Amount")  # fmt: skip
    kit.th_row(f, heads)
    lines = kit.pick(f, (("TS-VLV-2101", "Ball valve 50 mm", 240, 236, 88.5), ("TS-FLG-2102", "Flange gasket", 1500, 1480, 4.2)),
                     (("TS-CRT-3101", "Packing crate", 600, 600, 12.75),))  # fmt: skip

    def rand(x: float) -> str:
        return kit.eu(x, " ", sign="R")

    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (code, name, (f"{qa:,}".replace(",", " "), qa), (f"-{q:,}".replace(",", " "), q),
                 (rand(p), kit.money(p)), ("-" + rand(q * p), kit.money(q * p)))  # fmt: skip
        kit.td_row(f, kit.item_cells(i, cells, kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Xivangelo / Reason", "Endlelo / Disposition", "Amukeriwile hi / Received by", "Pfumeleriwile hi / Approved by"),
        (kit.pick(f, "Valves stiff, gaskets torn.", "Crates split at the corners."),
         (kit.pick(f, "Lunghisa / Rework", "Lahla / Scrap"), [kit.pick(f, "rework", "scrap")]),
         kit.pick(f, "Tsakani Baloyi", "Hlulani Maluleke"), "Nyiko Chauke"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("Xiviko xa ku vuyisa", _CSS)


def allowance_zht_twoprice(f: kit.HtmlForm) -> str:
    """A 銷貨折讓單 whose lines give TWO UNIT PRICES, tax excluded (``單價(未稅)``) and tax included (``單價(含稅)``), as a
    shop that quotes both; the credit and its tax are the tax-excluded figures'."""
    f.raw("<h2>銷貨折讓單</h2>")
    kit.kv(f, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼"),
        ("ZR-KS-2603-052", ("2026/03/26", "2026-03-26"), "廣達電腦股份有限公司", "22822281", "QT-60217745"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no"),
    ))  # fmt: skip
    heads = ("品名", "數量", "單價(未稅)", "單價(含稅)", "折讓金額", "營業稅額")
    kit.th_row(f, heads)
    lines = (("散熱片", 3000, 2.4), ("導熱墊", 5000, 0.8), ("風扇支架", 1200, 6.5))
    for i, (name, q, p) in enumerate(lines):
        cells = (
            name,
            (f"{q:,}", q),
            (f"{p:,.2f}", kit.money(p)),
            f"{p * 1.05:,.3f}",
            (f"{q * p:,.0f}", kit.money(q * p)),
            (f"{round(q * p * 0.05):,}", kit.money(round(q * p * 0.05))),
        )
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", "qty", "unit_price", None, "allowance_amount", "tax")), heads
        )
    f.raw("</table>")
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    kit.kv(f, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "總計", "經理"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "賴俊宏"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("銷貨折讓單", _CSS)


def _bar_line(f: kit.CjkDraw, y: float, items) -> None:
    """Several ``label：value`` fields on one drawn line, a full-width bar ``｜`` between them."""
    x = 15.0
    for k, (lab, raw, path, exp) in enumerate(items):
        head = ("｜ " if k else "") + lab + "："
        f.text(x, y, head)
        x += f.pdf.get_string_width(head) + 1
        f.value(round(x, 1), y, raw, path=path, label=lab, expect=exp)
        f.pdf.set_font("wqy", "", 9)
        x += f.pdf.get_string_width(raw) + 3


def eightd_zht_bars(f: kit.PdfDraw) -> None:
    """An 8D 報告 whose header fields stand SEVERAL TO A LINE between full-width bars (``報告編號：8D-… ｜ 立案日期：…
    ｜ 客戶：…``), as an ERP prints a report's head; the steps one ``label：text`` a line; the closing line barred too."""
    f = kit.CjkDraw.of(f)
    f.text(80, 14, "8D 改善報告", size=14)
    _bar_line(
        f,
        26,
        (
            ("報告編號", "8D-TN-2603-021", "number", None),
            ("立案日期", "2026/03/16", "opened_date", "2026-03-16"),
        ),
    )
    _bar_line(
        f,
        33,
        (
            ("客戶", "奇美電子股份有限公司", "customer", None),
            ("客訴單號", "CMI-QA-260313", "complaint_number", None),
        ),
    )
    _bar_line(f, 40, (("料號", "TN-LCM-8804", "part_no", None), ("不良數量", "380 PCS", "problem.qty_complained", 380),
                      ("交貨數量", "9,500 PCS", "problem.qty_delivered", 9500)))  # fmt: skip
    kit.pdf_team_line(f, 15, 40, 50, "D1 小組成員", ("駱志成", "溫雅婷", "馮家銘"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("面板閃爍，計 380 PCS。", "在庫 4,200 PCS 全數點亮測試。", "FPC 壓合溫度偏低。", "出貨僅抽測 10 PCS。",
         "壓合機溫度連鎖。", "連續 5 批閃爍為零。", "同類 2 款模組比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 40, 59, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    _bar_line(f, y + 2, (("D8 結案日期", "2026/04/24", "closure.closed_date", "2026-04-24"),
                         ("核准", "曾文彬", "closure.approved_by", None)))  # fmt: skip


def return_zht_twoline(f: kit.PdfDraw) -> None:
    """A 退貨單 whose every item is PRINTED OVER TWO LINES, as a dot-matrix ERP slip too narrow for one: the code and
    name on the first, the counts, price and amount indented on the second, under a two-line heading; no rules."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退貨單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, kit.field_rows(
        ("退回單號", "退回日期", "客戶", "客訴編號"),
        ("RT-ZL-2603-063", ("2026/03/23", "2026-03-23"), "緯創資通股份有限公司", "WIS-QA-260318"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "品號", "part_no"), (60, "品名規格", "part_name"))
    cols2 = (
        (25, "核准數", "qty_approved"),
        (55, "實退數", "qty_returned"),
        (85, "單價", "unit_price"),
        (115, "金額", "amount"),
    )
    for x, lab, _path in cols:
        f.text(x, 62, lab, bold=True)
    for x, lab, _path in cols2:
        f.text(x, 68, lab, bold=True)
    lines = (("ZL-KBD-3101", "鍵盤模組", 500, 492, 215.0), ("ZL-HNG-3102", "轉軸", 2400, 2400, 18.6),
             ("ZL-SPK-3103", "喇叭", 1000, 980, 32.4))  # fmt: skip
    y = 68.0
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 9
        for (x, lab, path), raw in zip(cols, (code, name)):
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab)
        y += 6
        for (x, lab, path), raw, exp in zip(cols2, (f"{qa:,}", f"{q:,}", f"{p:,.2f}", f"{q * p:,.2f}"),
                                            (qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    kit.pdf_lv_lines(f, 15, 38, y + 14, (
        ("退回原因", "鍵盤按鍵回彈不良，喇叭雜音。", "reason", None),
        ("處理方式", "退回供應商", "handling", ["return"]),
        ("倉庫簽收", "鄒明達", "warehouse_receiver", None),
        ("課長核准", "倪素珍", "approved_by", None),
    ))  # fmt: skip


SENT_AS_PDF = [  # id, kind, language, medium (Chromium html / fpdf2), drawing, what it imitates
    kit.pdf_layout(lid, kind, lang, medium, draw, imitates, copy2=lid in _COPY2)
    for lid, kind, lang, medium, draw, imitates in (
        ("complaint-en-asturian", "complaint", "en", "html", complaint_en_asturian, "an Asturian customer's complaint: Asturian–English labels, 5 de marzu de 2026, counts 1,200 nos."),
        ("8d-en-sundanese", "8d", "en", "html", eightd_en_sundanese, "a West Javanese customer's 8D: Sundanese–English labels, 5 Pébruari 2026, kept as a timeline"),
        ("return-en-tsonga", "return", "en", "html", return_en_tsonga, "a South African customer's return note: Tsonga–English labels, 5 Nyenyankulu 2026, -236, -R20 886,00"),
        ("allowance-zht-twoprice", "allowance", "zh-Hant", "html", allowance_zht_twoprice, "a 銷貨折讓單 with two unit prices, tax excluded and tax included"),
        ("8d-zht-bars", "8d", "zh-Hant", "fpdf", eightd_zht_bars, "an 8D 報告 whose header fields stand several to a line between full-width bars"),
        ("return-zht-twoline", "return", "zh-Hant", "fpdf", return_zht_twoline, "a 退貨單 whose every item is printed over two lines"),
    )
]  # fmt: skip


# =============================================================================== odd files
def _linked_workbook() -> bytes:
    """A complaint workbook whose every value is a formula LINKING TO ANOTHER WORKBOOK on the clerk's PC
    (``='[客诉台账.xlsx]3月'!C5``), never calculated here: the labels are there, no value is."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "客诉单"
    for r, lab in enumerate(("投诉单号", "接收日期", "客户名称", "物料编码", "不良数量", "填表人"), start=1):
        ws.cell(r, 1, lab)
        ws.cell(r, 2, f"='[客诉台账.xlsx]3月'!C{r + 4}")
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 20, 10, 0))


def _scripted_pdf() -> bytes | None:
    """A complaint drawn by fpdf2 and given a JAVASCRIPT OPEN ACTION (an alert and a launch of a web address, as a
    portal's "print to PDF" or a phishing mail adds): the form's text is there; nothing may be run."""
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = kit.lines_pdf("CUSTOMER COMPLAINT", ("Complaint No.: CC-JS-2603-011", "Received: 2026-03-21",
                                                  "Customer: Harbour Instruments Ltd", "Part No.: HI-SNS-0412",
                                                  "Qty defective: 64", "Prepared by: Lu Yang"))  # fmt: skip
    if writer is None:
        return None
    script = (
        "app.alert('Enable content to view this complaint'); app.launchURL('http://example.invalid/x', true);"
    )
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(script)}
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return kit.pdf_writer_bytes(writer)


ODD = {
    "complaint-linked.xlsx": (
        "a complaint workbook whose every value is a link to another workbook on the clerk's PC, never calculated "
        "(no cached value): a clear error, never a record of formulas",
        _linked_workbook,
    ),
    "complaint-script.pdf": (
        "a complaint PDF carrying a JavaScript open action (an alert, a web address launched): read as any PDF "
        "or a clear error; nothing run, never a misread",
        _scripted_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-first held-out layouts", ODD)
