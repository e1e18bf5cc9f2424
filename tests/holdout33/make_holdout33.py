"""Write the thirty-third held-out set (run: ``python tests/holdout33/make_holdout33.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: an ESPERANTO–ENGLISH complaint whose dates carry AN ORDINAL DAY (``la 5-a de marto
2026``), a 客户投诉单 whose date is typed WITH A TRAILING DOT (``2026.03.05.``), a 客訴單 whose defect count
is typed OVER THE SAMPLE INSPECTED (``62/500``); a NORTHERN SAMI–ENGLISH 8D (``5. njukčamánnu 2026``, ``1 250
bihtá``), an 8D 报告 whose steps are named BY CHINESE ORDINALS
without a D (``第三步 临时围堵``); a SARDINIAN–ENGLISH return (``5 de martzu 2026``) whose lines carry A REASON
CODE column (``R02``), a 退货单 whose dates have a trailing dot; a FRIULIAN–ENGLISH credit note (``5 di Març dal
2026``) with the euro AFTER the amount (``1.234,50 €``) and A VAT-INCLUDED FLAG (``No``), a 销售折让单 whose lines
carry A NINETEEN-DIGIT TAX CLASSIFICATION CODE (税收分类编码); sent as PDF only: an UPPER SORBIAN–ENGLISH complaint
(``5. měrca 2026``, ``1.200 kruchow``; Chromium), a TAHITIAN–ENGLISH 8D (``5 no Māti 2026``; Chromium), a
CORSICAN–ENGLISH return (``5 di marzu 2026``, ``36 pezzi``; Chromium), a 銷貨折讓單 with A TAX-INCLUDED FLAG and a
課稅別 column (Chromium), an 8D 報告 whose every step label stands ABOVE its text (fpdf2), a 退貨單 whose lines
carry A STORAGE-BIN column (``儲位`` ``A-03-12``; fpdf2). ``odd/`` holds a complaint workbook whose values are
typed IN WHITE ON WHITE and a complaint PDF whose values are COVERED BY WHITE BOXES (the text still under them).

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
SOURCE = {"source": "tests/holdout33/make_holdout33.py", "origin": "thirty-third held-out imitation"}

# each language's months (January first, "|" between) and how its clerks write a date with them
_CALENDAR = {
    "eo": ("januaro|februaro|marto|aprilo|majo|junio|julio|aŭgusto|septembro|oktobro|novembro|decembro",
           "la {d}-a de {m} {y}"),
    "se": ("ođđajagemánnu|guovvamánnu|njukčamánnu|cuoŋománnu|miessemánnu|geassemánnu|suoidnemánnu|borgemánnu"
           "|čakčamánnu|golggotmánnu|skábmamánnu|juovlamánnu", "{d}. {m} {y}"),
    "sc": ("ghennàrgiu|freàrgiu|martzu|abrile|maju|làmpadas|trìulas|austu|cabudanni|santugaine|santandria|nadale",
           "{d} de {m} {y}"),
    "fur": ("Zenâr|Fevrâr|Març|Avrîl|Mai|Jugn|Lui|Avost|Setembar|Otubar|Novembar|Dicembar", "{d} di {m} dal {y}"),
    "hsb": ("januara|februara|měrca|apryla|meje|junija|julija|awgusta|septembra|oktobra|nowembra|decembra",
            "{d}. {m} {y}"),
    "ty": ("Tenuare|Fepuare|Māti|Eperera|Mē|Tiunu|Tiurai|Atete|Tetepa|Atopa|Novema|Tītema", "{d} no {m} {y}"),
    "co": ("ghjennaghju|ferraghju|marzu|aprile|maghju|ghjugnu|lugliu|aostu|settembre|ottobre|nuvembre|dicembre",
           "{d} di {m} {y}"),
}  # fmt: skip


def when(lang: str, d: dt.date) -> str:
    """A date as ``lang`` writes it: ``la 5-a de marto 2026``, ``5. njukčamánnu 2026``, ``5 di Març dal 2026``."""
    return kit.calendar_date(_CALENDAR, lang, d)


def _iso(lang: str, d: dt.date) -> tuple[str, str]:
    """A date typed in ``lang`` and what the record holds."""
    return when(lang, d), d.isoformat()


def _dotted(d: dt.date) -> tuple[str, str]:
    """A date typed ``2026.03.05.`` (a dot after the day too, as a clerk ends a Hungarian-style date) and what the
    record holds."""
    return f"{d:%Y.%m.%d}.", d.isoformat()


# =============================================================================== complaint
def complaint_en_esperanto(s: kit.Sheet) -> None:
    """An Esperanto-speaking customer's PLENDO DE KLIENTO / CUSTOMER COMPLAINT in ESPERANTO–ENGLISH labels, its date
    with AN ORDINAL DAY (``la 5-a de marto 2026``), counts ``1 200 pecoj``, two fields a row."""
    s.text("A1", "PLENDO DE KLIENTO / CUSTOMER COMPLAINT", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    q, dq = kit.pick(s, (1200, 45), (3600, 130))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Numero / Complaint No.", "Ricevita / Received", "Kliento / Customer", "Mendo / PO No.", "Loto / Lot",
         "Numero de parto / Part No.", "Nomo de parto / Part name", "Liverita kvanto / Qty delivered",
         "Difekta kvanto / Qty defective", "Difekto / Defect description", "Peto / Request",
         "Tuja ago / Immediate action", "Preparis / Prepared by", "Estro / Supervisor"),
        (kit.pick(s, "PK-ZAM-26-0017", "PK-ZAM-26-0052"), _iso("eo", d),
         kit.pick(s, "Verda Stelo Maŝinoj", "Espero Pumpiloj"), kit.pick(s, "VSM-PO-2602-0411", "EPU-PO-2604-0093"),
         kit.pick(s, "EO2602-03", "EO2604-11"), kit.pick(s, "EO-SCR-3301", "EO-WSH-0815"),
         kit.pick(s, "Set screw M6", "Spring washer 10 mm"), (kit.qty(q, " ", "pecoj"), q), (kit.qty(dq, " ", "pecoj"), dq),
         kit.pick(s, "Screw threads torn.", "Washers flat after assembly."),
         (kit.pick(s, "Anstataŭigo / Replacement", "Resendo / Return"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "Stock of 4 000 pecoj held.", "Lot held at the dock."), "Lin Hao",
         kit.pick(s, "Petro Zamenhof", "Klara Ŝmit")), kit.COMPLAINT_PATHS,
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_zh_dotdate(s: kit.Sheet) -> None:
    """客户投诉单 whose 收到日期 is typed WITH A TRAILING DOT (``2026.03.05.``, copy2 ``2026.04.16.``), a text cell."""
    s.text("A1", "客户投诉单", "D1", size=15)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉单号", "接收日期", "客户名称", "订货单号", "生产批号", "产品编码", "产品名称", "交货数量", "不良数量", "不良描述",
         "客户诉求", "临时处置", "填表人", "销售经理"),
        (kit.pick(s, "TS-DD-2603-015", "TS-DD-2604-062"), _dotted(d),
         kit.pick(s, "宁波均胜电子股份有限公司", "合肥美的洗衣机有限公司"), kit.pick(s, "JS-PO-2603-0772", "MD-PO-2604-1150"),
         kit.pick(s, "DD260301-2", "DD260410-4"), kit.pick(s, "DD-SWT-4402", "DD-CAP-0931"),
         kit.pick(s, "微动开关", "电解电容"), kit.pick(s, 8000, 15000), kit.pick(s, 96, 210),
         kit.pick(s, "开关触点接触不良。", "电容鼓包。"),
         (kit.pick(s, "换货", "退货"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "在库 2 万件全检。", "在途 2 批拦截。"), "邹丽娟", kit.pick(s, "顾建国", "潘晓明")),
        kit.COMPLAINT_PATHS,
    ))  # fmt: skip


def complaint_zht_sampled(s: kit.Sheet) -> None:
    """客訴單 whose defect count is typed OVER THE SAMPLE INSPECTED (``不良數/抽驗數`` ``62/500``, as incoming
    inspection reports it): the defect count is the number before the slash, the sample no field."""
    s.text("A1", "客訴單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "接獲日期", "客戶名稱", "訂單號碼", "批號", "料號", "品名", "出貨數量", "不良數/抽驗數", "異常說明",
         "客戶要求", "緊急處置", "承辦人", "業務主管"),
        ("CS-NH-2603-033", ("2026/03/10", "2026-03-10"), "研華股份有限公司", "ADV-PO-2603-4471", "NH2603-02",
         "NH-FAN-6610", "散熱風扇", ("5,000", 5000), ("62/500", 62), "風扇異音，抽驗 500 pcs 中 62 pcs 不良。",
         ("換貨", ["replacement"]), "庫存 3,000 pcs 全檢。", "蕭家豪", "廖淑惠"),
        kit.COMPLAINT_PATHS,
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_sami(s: kit.Sheet) -> None:
    """A Northern Sami customer's 8D-RAPORTA / 8D REPORT in SAMI–ENGLISH labels, ``5. njukčamánnu 2026`` (a day with
    its dot, then the month's long name), counts ``1 250 bihtá``."""
    s.text("A1", "8D-RAPORTA / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 21)), (D(2026, 4, 8), D(2026, 5, 27)))
    n = kit.pick(s, 1250, 480)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Raporta nr. / Report No.", "Álggahuvvon / Opened", "Klienta / Customer", "Váidda nr. / Complaint No.",
         "Oasi nr. / Part No.", "Mearri / Qty complained"),
        (kit.pick(s, "8D-KRJ-26-004", "8D-KRJ-26-017"), _iso("se", d), kit.pick(s, "Sámi Energiija AS", "Guovdageaidnu Mekaniikka"),
         kit.pick(s, "SE-VD-260302", "GM-VD-260406"), kit.pick(s, "SE-HTR-7701", "SE-BRG-0412"), (kit.qty(n, " ", "bihtá"), n)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    team = kit.pick(s, ("Ánde Somby", "Xu Lei", "Inga Utsi"), ("Ánde Somby", "Máret Gaup"))
    kit.team_cell(s, "A5", "D1 Joavku / Team", "B5", team, span="D5")
    texts = kit.pick(s, ("Heaters fail at 1,250 pcs.", "Stock of 2,400 heaters tested.", "Coil wire too thin.",
                         "Burn-in test skipped.", "Wire gauge raised.", "4 lots without failure.", "Same wire on line 3."),
                     ("Bearings seize.", "Lot held in Kárášjohka.", "Grease too thin.", "Grease not checked.",
                      "Grease changed.", "3 lots tested.", "Grease check each lot."))  # fmt: skip
    steps = kit.eightd_steps(("D2 Váttisvuohta / Problem", "D3 Gaskaboddosaš / Containment", "D4 Sivva / Root cause",
                              "D4 Manne ii fuomášuvvon / Escape", "D5 Divvun / Corrective action",
                              "D6 Duođaštus / Verification", "D7 Eastadeapmi / Prevention"), texts)  # fmt: skip
    kit.lv_rows(s, 6, steps)
    kit.lv(
        s,
        "A13",
        "D8 Loahpahuvvon / Closed",
        "B13",
        when("se", c),
        "closure.closed_date",
        expect=c.isoformat(),
    )
    kit.lv(
        s, "C13", "Dohkkehan / Approved", "D13", kit.pick(s, "Nils Gaino", "Sara Eira"), "closure.approved_by"
    )


def eightd_zh_ordinal(s: kit.Sheet) -> None:
    """8D 报告 whose steps are named BY CHINESE ORDINALS without a D (``第一步 成立小组`` … ``第八步 结案``), as a
    plant that learned the method from a training handout."""
    s.text("A1", "8D 问题解决报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "立案日期", "客户", "客诉编号", "零件号", "投诉数量"),
        ("8D-CZ-2603-009", D(2026, 3, 9), "常州星宇车灯股份有限公司", "XY-QA-260306", "CZ-LEN-2281", 360),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "第一步 成立小组", "B5", ("钱国栋", "施丽华", "严小军"), sep="、", span="D5")
    kit.lv_rows(s, 6, kit.eightd_steps(
        ("第二步 问题描述", "第三步 临时围堵", "第四步 原因分析（发生）", "第四步 原因分析（流出）", "第五步 永久对策",
         "第六步 效果验证", "第七步 预防再发"),
        ("灯罩表面划伤，360 件。", "库存 4,000 件全检。", "模具顶针毛刺。", "外观检验光源不足。", "顶针抛光并加保养点检。",
         "连续 5 批无划伤。", "同类 4 副模具比照。"),
    ))  # fmt: skip
    kit.lv(s, "A13", "第八步 结案日期", "B13", D(2026, 4, 14), "closure.closed_date", fmt="yyyy-mm-dd")
    kit.lv(s, "C13", "批准", "D13", "华振东", "closure.approved_by")


# =============================================================================== return
def return_en_sardinian(s: kit.Sheet) -> None:
    """A Sardinian customer's TORRADA DE MERCADERIA / RETURN NOTE in SARDINIAN–ENGLISH labels, ``5 de martzu 2026``,
    whose lines carry A REASON CODE column (``Còdighe / Reason code``: ``R02``) between the name and the counts,
    the codes explained in a legend line under the table."""
    s.text("A1", "TORRADA DE MERCADERIA / RETURN NOTE", "G1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 6, 11))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Nùmeru / Return No.", "Data / Date", "Cliente / Customer", "Nùmeru de reclamu / Complaint No."),
        (kit.pick(s, "TM-CAG-26-0014", "TM-CAG-26-0041"), _iso("sc", d),
         kit.pick(s, "Abbanoa SpA", "Portu de Casteddu Srl"), kit.pick(s, "ABB-RC-260302", "PDC-RC-260608")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    lines = kit.pick(s, [("SC-VLV-1101", "Gate valve DN50", 60, 58, 88.4, "R02"), ("SC-GSK-1102", "Flange gasket", 1500, 1440, 0.95, "R05")],
                     [("SC-CBL-2201", "Mooring cable 20 m", 12, 12, 245.0, "R01")])  # fmt: skip
    foot = kit.field_rows(
        ("Resone / Reason", "Disponimentu / Disposition", "Retzidu dae / Received by", "Aprovadu dae / Approved by"),
        (kit.pick(s, "Valves leak, gaskets too thin.", "Cable frayed."),
         (kit.pick(s, "Torrare / Return", "Iscartare / Scrap"), [kit.pick(s, "return", "scrap")]),
         kit.pick(s, "Efisio Porcu", "Bachisio Mura"), "Gavina Pinna"), kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, ("Nùmeru de sa parte / Part No.", "Descritzione / Description", "Aprovadu / Approved",
                         "Torradu / Returned", "Prètziu / Unit price", "Importu / Amount"), lines,
                     {"C": ("Còdighe / Reason code", "@")}, foot, "G")  # fmt: skip
    s.text(f"A{9 + len(lines)}", "R01 Dannu / Damage · R02 Pèrdida / Leak · R05 Mèdida / Out of size", "G" + str(9 + len(lines)), size=8)  # fmt: skip
    s.height(4, 44)


def return_zh_dotdate(s: kit.Sheet) -> None:
    """退货单 whose 退货日期 is typed WITH A TRAILING DOT (``2026.03.24.``), the lines plain number cells."""
    s.text("A1", "退货单", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-DL-2603-027", "TH-DL-2604-058"), _dotted(kit.pick(s, D(2026, 3, 24), D(2026, 4, 22))),
         kit.pick(s, "大连华锐重工集团股份有限公司", "大连冰山集团有限公司"), kit.pick(s, "HR-QA-260320", "BS-QA-260419")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    lines = kit.pick(s, [("DL-GER-7101", "齿轮轴", 80, 78, 126.0), ("DL-BRG-7102", "轴承座", 240, 236, 38.5)],
                     [("DL-CMP-8101", "压缩机阀片", 1200, 1150, 4.2)])  # fmt: skip
    foot = kit.field_rows(("退货原因", "处置方式", "仓管签收", "品保经理"),
                          (kit.pick(s, "齿面硬度不足。", "阀片断裂。"), (kit.pick(s, "返工", "报废"), [kit.pick(s, "rework", "scrap")]),
                           "隋玉梅", "宫志刚"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_table(
        s, ("料号", "品名规格", "批准数量", "实退数量", "单价(元)", "金额(元)"), lines, {}, foot, "F"
    )


# =============================================================================== allowance
def allowance_en_friulian(s: kit.Sheet) -> None:
    """A Friulian customer's NOTE DI CREDIT / CREDIT NOTE in FRIULIAN–ENGLISH labels, ``5 di Març dal 2026``, amounts
    with the euro AFTER them (``1.234,50 €``), A VAT-INCLUDED FLAG (``IVA includude / VAT included: No / No``) above
    the lines, VAT 22 % a column."""
    s.text("A1", "NOTE DI CREDIT / CREDIT NOTE", "E1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 5), D(2026, 2, 19)), (D(2026, 4, 23), D(2026, 4, 2)))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Numar de note / Credit Note No.", "Date / Date", "Client / Buyer", "Partide IVA / VAT No.", "Fature / Invoice No.",
         "Date de fature / Invoice date", "Numar dal reclam / Complaint No.", "Aprovât di / Approved"),
        (kit.pick(s, "NC-UD-0031", "NC-UD-0048"), _iso("fur", d), kit.pick(s, "Danieli Furlan Srl", "Cjase dal Mobil SpA"),
         kit.pick(s, "IT02417930308", "IT01873640301"), kit.pick(s, "FT-26-00188", "FT-26-00344"), _iso("fur", inv),
         kit.pick(s, "DF-RC-260302", "CM-RC-260415"), kit.pick(s, "Checo Zanin", "Mariute Candot")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number",
         "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    kit.lv(s, "A6", "IVA includude / VAT included", "B6", "No / No", None)
    heads = ("Articul / Item", "Cuantitât / Qty", "Presit / Unit price", "Imponibil / Net", "IVA / VAT")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Steel bracket UD-BRK-1101", 400, 12.35), ("Hinge pin UD-PIN-1102", 2500, 0.86)),
                     (("Drawer runner UD-RUN-2201", 600, 7.4),))  # fmt: skip
    kit.allowance_lines(s, 8, lines, heads, 0.22, lambda x: kit.eu(x, ".", unit=" €"),
                        ("Imponibil totâl / Net total", "IVA totâl / Total VAT", "Totâl / Total incl. VAT"))  # fmt: skip


def allowance_zh_taxcode(s: kit.Sheet) -> None:
    """销售折让单 whose lines carry A NINETEEN-DIGIT TAX CLASSIFICATION CODE (``税收分类编码`` ``1090416010000000000``,
    a text cell) between the name and the count, as an e-invoice system prints it: a long number that is no field."""
    s.text("A1", "销售折让单", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉单号"),
        ("ZR-FS-2603-019", D(2026, 3, 26), "佛山市顺德区美的电热电器制造有限公司", "91440606722473344C",
         "24442000000031852277", "MD-QA-260321"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("货物或应税劳务名称", "数量", "单价", "金额", "税额")
    kit.head_row(s, 5, "ABCDEF", (heads[0], "税收分类编码", *heads[1:]))
    lines = (("*金属制品*发热管", 3000, 4.2), ("*电子元件*温控器", 1800, 6.5), ("*塑料制品*旋钮", 5000, 0.38))
    net, tax = kit.credit_cells(s, 6, lines, heads, 0.13, cols="ACDEF")
    for r, code in zip((6, 7, 8), ("1090416010000000000", "1090511990000000000", "1070216020000000000")):
        s.value(f"B{r}", code, path=None, label="税收分类编码")
    kit.lv_pairs(s, 10, kit.field_rows(
        ("金额合计", "税额合计", "价税合计", "财务主管"),
        ((net, kit.money(net)), (tax, kit.money(tax)), (round(net + tax, 2), kit.money(net + tax)), "岑雪梅"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    for ref in ("B10", "E10", "B11"):
        s.ws[ref].number_format = "#,##0.00"


_COPY2 = {"complaint_en_esperanto", "complaint_zh_dotdate", "eightd_en_sami", "return_en_sardinian", "return_zh_dotdate",
          "allowance_en_friulian", "complaint_en_sorbian", "return_en_corsican"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_esperanto, "Plendo", dict(A=30, B=26, C=4, D=30, E=26, F=10), "an Esperanto-speaking customer's complaint: Esperanto–English labels, la 5-a de marto 2026, 1 200 pecoj"),
        (complaint_zh_dotdate, "投诉单", dict(A=14, B=30, C=14, D=30), "客户投诉单 whose date is typed with a trailing dot (2026.03.05.)"),
        (complaint_zht_sampled, "客訴", dict(A=14, B=30, C=14, D=30), "a 客訴單 whose defect count is typed over the sample inspected (62/500)"),
        (eightd_en_sami, "8D", dict(A=36, B=34, C=26, D=30), "a Northern Sami customer's 8D: Sami–English labels, 5. njukčamánnu 2026, 1 250 bihtá"),
        (eightd_zh_ordinal, "8D", dict(A=24, B=36, C=14, D=26), "8D 报告 whose steps are named by Chinese ordinals without a D (第三步 临时围堵)"),
        (return_en_sardinian, "Torrada", dict(A=24, B=24, C=16, D=14, E=16, F=16, G=16), "a Sardinian customer's return note: Sardinian–English labels, 5 de martzu 2026, a reason-code column"),
        (return_zh_dotdate, "退货单", dict(A=16, B=16, C=12, D=12, E=12, F=14), "a 退货单 whose date is typed with a trailing dot (2026.03.24.)"),
        (allowance_en_friulian, "Credit", dict(A=32, B=20, C=28, D=20, E=18), "a Friulian customer's credit note: Friulian–English labels, 5 di Març dal 2026, 1.234,50 €, a VAT-included flag"),
        (allowance_zh_taxcode, "折让", dict(A=22, B=22, C=10, D=10, E=14, F=12), "销售折让单 whose lines carry a nineteen-digit tax classification code"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e4e9f2")


def complaint_en_sorbian(f: kit.HtmlForm) -> str:
    """An Upper Sorbian customer's REKLAMACIJA / CUSTOMER COMPLAINT page in SORBIAN–ENGLISH labels, ``5. měrca 2026``,
    counts ``1.200 kruchow``."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 22))
    q, dq = kit.pick(f, (1200, 48), (9600, 144))
    f.raw("<h2>REKLAMACIJA / CUSTOMER COMPLAINT</h2>")
    kit.kv(f, kit.field_rows(
        ("Čisło / Complaint No.", "Dóstate / Received", "Kupc / Customer", "Skazanka / PO No.", "Serija / Lot",
         "Čisło dźěla / Part No.", "Mjeno dźěla / Part name", "Dodata mnóstwo / Qty delivered",
         "Wadne mnóstwo / Qty defective", "Wada / Defect", "Požadanje / Request", "Hnydomna naprawa / Immediate action",
         "Wupjelnił / Prepared by", "Nawoda / Supervisor"),
        (kit.pick(f, "RK-BZ-26-0012", "RK-BZ-26-0046"), _iso("hsb", d),
         kit.pick(f, "Budyšin Strojernja GmbH", "Kamjenc Elektro GmbH"), kit.pick(f, "BS-PO-2602-0317", "KE-PO-2604-0068"),
         kit.pick(f, "HS2602-05", "HS2604-03"), kit.pick(f, "HS-BLT-2203", "HS-CLP-0716"),
         kit.pick(f, "Flange bolt M10", "Hose clamp 40 mm"), (kit.qty(q, ".", "kruchow"), q),
         (kit.qty(dq, ".", "kruchow"), dq), kit.pick(f, "Bolt heads off-centre.", "Clamps slip at torque."),
         (kit.pick(f, "Wróćenje / Return", "Narunanje / Replacement"), [kit.pick(f, "return", "replacement")]),
         kit.pick(f, "Stock of 5.000 kruchow held.", "Lot held in Kamjenc."), "Zhou Yan",
         kit.pick(f, "Jurij Krawc", "Hańža Nukowa")), kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    return f.page("Reklamacija", _CSS)


def eightd_en_tahitian(f: kit.HtmlForm) -> str:
    """A Tahitian customer's TĀPURA 8D / 8D REPORT page in TAHITIAN–ENGLISH labels, ``5 no Māti 2026``, ``1,250 pcs``."""
    f.raw("<h2>TĀPURA 8D / 8D REPORT</h2>")
    kit.kv(f, kit.field_rows(
        ("Nūmera / Report No.", "Haamata / Opened", "Rave hoo / Customer", "Nūmera pāruru / Complaint No.",
         "Nūmera tuhaa / Part No.", "Numera / Qty complained"),
        ("8D-PPT-26-003", _iso("ty", D(2026, 3, 5)), "Electricité de Tahiti", "EDT-PR-260302",
         "TY-SWB-5502", ("1,250 pcs", 1250)), kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.raw("<table>")
    kit.team_row(f, "D1 Pupu / Team", ("Teva Tetuanui", "Sun Jie", "Hinano Tehei"))
    steps = kit.eightd_steps(
        ("D2 Fifi / Problem", "D3 Ōpaniraa / Containment", "D4 Tumu / Root cause", "D4 Hape / Why not detected",
         "D5 Faaauraa / Corrective action", "D6 Hiʻopoaraa / Verification", "D7 Pāruru / Prevention"),
        ("Switchboards corrode on 1,250 pcs.", "Stock of 800 boards checked.", "Coating too thin for salt air.",
         "Salt-spray test only yearly.", "Coating doubled.", "4 lots pass salt spray.", "Same coating on outdoor boxes."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("D8 Opaniraa / Closed", "Fāriihia / Approved"),
                             (_iso("ty", D(2026, 4, 24)), "Moana Teriierooiterai"),
                             ("closure.closed_date", "closure.approved_by")))  # fmt: skip
    return f.page("Tāpura 8D", _CSS)


def return_en_corsican(f: kit.HtmlForm) -> str:
    """A Corsican customer's BULLETTINU DI RITORNU / RETURN NOTE page in CORSICAN–ENGLISH labels, ``5 di marzu
    2026``, counts ``36 pezzi``."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 21))
    f.raw("<h2>BULLETTINU DI RITORNU / RETURN NOTE</h2>")
    kit.kv(f, kit.field_rows(
        ("Numeru / Return No.", "Data / Date", "Cliente / Customer", "Numeru di lagnanza / Complaint No."),
        (kit.pick(f, "BR-AJA-26-0018", "BR-AJA-26-0037"), _iso("co", d),
         kit.pick(f, "Corsica Ferries Tecnica", "Acqua Publica Aiaccina"), kit.pick(f, "CFT-LG-260302", "APA-LG-260415")),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    lines = kit.pick(f, (("CO-PMP-2101", "Bilge pump 12 V", 36, 35, 146.0), ("CO-HOS-2102", "Fuel hose 2 m", 300, 288, 11.4)),
                     (("CO-MTR-3101", "Water meter DN20", 24, 24, 52.5),))  # fmt: skip
    heads = ("Numeru di pezza / Part No.", "Discrizzione / Description", "Appruvatu / Approved", "Vultatu / Returned",
             "Prezzu / Unit price", "Muntante / Amount")  # fmt: skip
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (code, name, (f"{qa:,} pezzi", qa), (f"{q:,} pezzi", q), (f"{p:,.2f}", kit.money(p)),
                 (f"{q * p:,.2f}", kit.money(q * p)))  # fmt: skip
        kit.td_row(f, kit.item_cells(i, cells, kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Ragione / Reason", "Dispusizione / Disposition", "Ricevutu da / Received by", "Appruvatu da / Approved by"),
        (kit.pick(f, "Pumps leak, hoses split.", "Meters read high."),
         (kit.pick(f, "Riparà / Rework", "Scartà / Scrap"), [kit.pick(f, "rework", "scrap")]),
         kit.pick(f, "Ghjuvan Santu Leca", "Maria Ghjuvanna Ceccaldi"), "Petru Santucci"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("Bullettinu di ritornu", _CSS)


def allowance_zht_taxflag(f: kit.HtmlForm) -> str:
    """A 銷貨退回折讓單 with A TAX-INCLUDED FLAG (``單價含稅：否``) above the lines and a 課稅別 column (``應稅``) between the
    name and the count."""
    f.raw("<h2>銷貨退回折讓單</h2>")
    kit.kv(f, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼"),
        ("ZR-HC-2603-044", ("2026/03/23", "2026-03-23"), "緯創資通股份有限公司", "70795711", "QK-60273315"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no"),
    ))  # fmt: skip
    f.raw(f"<p>單價含稅：{f.val('否', path=None, label='單價含稅')}</p>")
    heads = ("品名", "課稅別", "數量", "單價（未稅）", "折讓金額（未稅）", "營業稅額")
    kit.th_row(f, heads)
    lines = (("鋁擠型散熱片", 2000, 6.5), ("矽膠導熱墊", 4000, 1.2), ("風扇支架", 1200, 3.8))
    for i, (name, q, p) in enumerate(lines):
        cells = (name, "應稅", (f"{q:,}", q), (f"{p:.2f}", kit.money(p)), (f"{q * p:,.0f}", kit.money(q * p)),
                 (f"{round(q * p * 0.05):,}", kit.money(round(q * p * 0.05))))  # fmt: skip
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", None, "qty", "unit_price", "allowance_amount", "tax")), heads
        )
    f.raw("</table>")
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    kit.kv(f, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "含稅總計", "核准主管"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "鄭志遠"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("銷貨退回折讓單", _CSS)


def eightd_zht_labeldate(f: kit.PdfDraw) -> None:
    """An 8D 報告 whose every step label carries THE DATE THE STEP WAS DONE in brackets (``D3 暫時對策（03/08）``), as a
    tracker prints it: the date no part of the label's step nor of its text."""
    f = kit.CjkDraw.of(f)
    f.text(82, 14, "8D 改善報告", size=14)
    kit.pdf_lv_lines(f, 15, 40, 26, kit.field_rows(
        ("報告編號", "立案日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-TN-2603-011", ("2026/03/06", "2026-03-06"), "奇美電子股份有限公司", "CMI-QA-260304", "TN-FPC-2209",
         ("180 PCS", 180)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.pdf_team_line(f, 15, 50, 70, "D1 小組成員（03/06）", ("郭文彬", "賴美君", "溫志豪"))
    steps = kit.eightd_steps(
        ("D2 問題描述（03/06）", "D3 暫時對策（03/08）", "D4 發生原因（03/13）", "D4 流出原因（03/13）",
         "D5 永久對策（03/20）", "D6 效果確認（04/10）", "D7 預防再發（04/14）"),
        ("軟板金手指氧化，計 180 PCS。", "在庫 2,400 PCS 全數目檢。", "電鍍後水洗不足。", "出貨前未做鹽霧抽驗。",
         "水洗段增加一槽。", "連續 3 批無氧化。", "同類 2 款軟板比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 50, 80, [(lab, raw, path, None) for lab, raw, path in steps], step=8)
    kit.pdf_lv_lines(f, 15, 50, y + 2, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/16", "2026-04-16"), "江明德"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def return_zht_bin(f: kit.PdfDraw) -> None:
    """A 退貨單 whose lines carry A STORAGE-BIN column (``儲位`` ``A-03-12``: a letter and two numbers) between the name
    and the counts, as a warehouse system prints it."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退貨單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, kit.field_rows(
        ("退回單號", "退回日期", "客戶", "客訴編號"),
        ("RT-TY-2603-052", ("2026/03/27", "2026-03-27"), "廣達電腦股份有限公司", "QCI-QA-260324"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "料號", "part_no"), (45, "品名", "part_name"), (72, "儲位", None), (95, "核退數量", "qty_approved"),
            (118, "退回數量", "qty_returned"), (142, "單價", "unit_price"), (168, "金額", "amount"))  # fmt: skip
    for x, lab, _path in cols:
        f.text(x, 62, lab, bold=True)
    f.pdf.line(15, 64, 195, 64)
    lines = (("TY-HNG-3101", "轉軸", "A-03-12", 800, 792, 18.5), ("TY-KBD-3102", "鍵盤模組", "B-11-04", 300, 300, 96.0),
             ("TY-SPK-3103", "喇叭", "C-07-21", 1500, 1460, 7.25))  # fmt: skip
    y = 64.0
    for i, (code, name, bin_, qa, q, p) in enumerate(lines):
        y += 8
        for (x, lab, path), raw, exp in zip(cols, (code, name, bin_, f"{qa:,}", f"{q:,}", f"{p:,.2f}", f"{q * p:,.2f}"),
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
        ("an Upper Sorbian customer's complaint: Sorbian–English labels, 5. měrca 2026, 1.200 kruchow", complaint_en_sorbian),
        ("a Tahitian customer's 8D: Tahitian–English labels, 5 no Māti 2026", eightd_en_tahitian),
        ("a Corsican customer's return note: Corsican–English labels, 5 di marzu 2026, counts in pezzi", return_en_corsican),
        ("a 銷貨退回折讓單 with a tax-included flag and a 課稅別 column", allowance_zht_taxflag),
        ("an 8D 報告 whose every step label carries the date the step was done (D3 暫時對策（03/08）)", eightd_zht_labeldate),
        ("a 退貨單 whose lines carry a storage-bin column", return_zht_bin),
    )
]  # fmt: skip


# =============================================================================== odd files
def _white_values_workbook() -> bytes:
    """A complaint workbook whose every value is typed IN WHITE ON WHITE (font and fill white: Excel shows and prints
    a blank form, as a clerk blanks a filled form to reuse it): the labels show, the values are in the cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    wb.active.title = "客诉单"
    fields = {"投诉单号": "KS-WT-2603-021", "接收日期": "2026-03-18", "客户名称": "重庆长安汽车股份有限公司",
              "物料编码": "WT-HSG-3306", "不良数量": 55, "填表人": "车晓燕"}  # fmt: skip
    for row in fields.items():
        wb.active.append(row)
        cell = wb.active.cell(wb.active.max_row, 2)
        cell.font = Font(color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="FFFFFF")
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 18, 9, 0))


def _covered_pdf() -> bytes | None:
    """A complaint drawn by fpdf2 whose values are COVERED BY WHITE BOXES drawn over them (a clerk's blanking before
    sending it as a template, the text still under the boxes): a viewer shows the labels only."""
    if kit.FPDF is None:
        return None
    f = kit.PdfDraw(False)
    f.text(70, 16, "CUSTOMER COMPLAINT", size=14)
    shown = (("Complaint No.:", "CC-WB-2603-027"), ("Received:", "2026-03-24"), ("Customer:", "Southgate Fans Ltd"),
             ("Part No.:", "SF-BLD-0912"), ("Qty defective:", "88"), ("Prepared by:", "Qiu Min"))  # fmt: skip
    f.pdf.set_fill_color(255, 255, 255)
    for k, (lab, val) in enumerate(shown):
        y = 30 + k * 8
        f.text(20, y, lab)
        f.text(60, y, val)
        f.pdf.rect(58, y - 4.5, 80, 6.5, style="F")
    return bytes(f.pdf.output())


ODD = {
    "complaint-white.xlsx": (
        "a complaint workbook whose every value is typed in white on white (shown and printed as a blank form): read "
        "the values the cells hold with a word that they are not shown, or a clear error; never a silent record",
        _white_values_workbook,
    ),
    "complaint-covered.pdf": (
        "a complaint PDF whose values are covered by white boxes drawn over them (a viewer shows the labels only): "
        "read as the viewer shows it, or a clear error; never the covered values silently",
        _covered_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-third held-out layouts", ODD)
