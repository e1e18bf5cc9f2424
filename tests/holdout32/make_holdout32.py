"""Write the thirty-second held-out set (run: ``python tests/holdout32/make_holdout32.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: an OCCITAN–ENGLISH complaint (``5 de març de 2026``) whose counts have A NARROW
NO-BREAK SPACE between the thousands (``1 200 pç.``), a 客户投诉单 whose delivered count is given IN THOUSANDS
(``6千件``), a 客訴處理單 whose sign-off names carry THEIR SIGNING DATE after them (``範書豪 3/11``); a
MANX–ENGLISH 8D (``5 Mayrnt 2026``) whose containment is TWO SUB-NUMBERED STEPS (``D3.1``, ``D3.2``), an 8D 报告
whose steps stand IN LENTICULAR BRACKETS (``【D3】临时措施``); a CHAMORRO–ENGLISH return (``5 Matso 2026``) whose
returned count is SPLIT INTO GOOD AND DAMAGED before the total, a 退货单 with A LOT COLUMN holding eight-digit
lots (``20260305``) between the name and the counts; a PAPIAMENTO–ENGLISH credit note (``5 di mart 2026``)
in CARIBBEAN GUILDERS (``XCG 1.234,50``), a 销售折让单 whose lines give THE ORIGINAL AMOUNT AND A RATE before the
credit; sent as PDF only: a CORNISH–ENGLISH complaint (``5 mis Meurth 2026``) whose counts carry DOZENS
after them (``1,200 pcs (100 doz)``; Chromium), a TETUM–ENGLISH 8D (``5 Marsu 2026``) whose step texts are
BULLETED (``• …``; Chromium), a BISLAMA–ENGLISH return (``5 Maj 2026``) whose RETURNED COLUMN STANDS BEFORE
THE APPROVED ONE (Chromium), a 銷貨折讓單 whose ERP prints counts with two decimals and prices with FOUR
(``3,000.00``, ``2.4000``; Chromium), an 8D 報告 whose every step is followed by AN OWNER AND DUE-DATE LINE
(``負責人：… 完成日：…``; fpdf2), a 退貨單 whose counts are printed with THREE DECIMALS (``492.000``; fpdf2).
``odd/`` holds a complaint workbook whose values are all HIDDEN BY THE NUMBER FORMAT ``;;;`` and a complaint
PDF whose earlier values sit in AN OPTIONAL CONTENT LAYER SWITCHED OFF.

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
SOURCE = {"source": "tests/holdout32/make_holdout32.py", "origin": "thirty-second held-out imitation"}

# each language's months (January first, "|" between) and how its clerks write a date with them
_CALENDAR = {
    "oc": ("genièr|febrièr|març|abril|mai|junh|julhet|agost|setembre|octòbre|novembre|decembre", "{d} {de}{m} de {y}"),
    "gv": ("Jerrey-geuree|Toshiaght-arree|Mayrnt|Averil|Boaldyn|Mean-souree|Jerrey-souree|Luanistyn|Mean-fouyir"
           "|Jerrey-fouyir|Mee Houney|Mee ny Nollick", "{d} {m} {y}"),
    "ch": ("Eneru|Febreru|Matso|Abrit|Måyu|Hunio|Hulio|Agosto|Septembre|Oktubre|Nobiembre|Disiembre", "{d} {m} {y}"),
    "pap": ("yanüari|febrüari|mart|aprel|mei|yüni|yüli|ougùstùs|sèptèmber|òktober|novèmber|desèmber",
            "{d} di {m} {y}"),
    "kw": ("Genver|Hwevrer|Meurth|Ebrel|Me|Metheven|Gortheren|Est|Gwynngala|Hedra|Du|Kevardhu", "{d} mis {m} {y}"),
    "tet": ("Janeiru|Fevereiru|Marsu|Abríl|Maiu|Juñu|Jullu|Agostu|Setembru|Outubru|Novembru|Dezembru", "{d} {m} {y}"),
    "bi": ("Januari|Februari|Maj|Epril|Mei|Jun|Julae|Ogis|Septemba|Oktoba|Novemba|Disemba", "{d} {m} {y}"),
}  # fmt: skip


def when(lang: str, d: dt.date) -> str:
    """A date as ``lang`` writes it: ``5 de març de 2026`` (``16 d'abril de 2026``), ``5 Mayrnt 2026``, ``5 di mart
    2026``, ``5 mis Meurth 2026``."""
    return kit.calendar_date(_CALENDAR, lang, d)


def _iso(lang: str, d: dt.date) -> tuple[str, str]:
    """A date typed in ``lang`` and what the record holds."""
    return when(lang, d), d.isoformat()


# =============================================================================== complaint
def complaint_en_occitan(s: kit.Sheet) -> None:
    """An Occitan customer's RECLAMACION CLIENT / CUSTOMER COMPLAINT in OCCITAN–ENGLISH labels, ``5 de març de
    2026``, counts typed with A NARROW NO-BREAK SPACE between the thousands (``1 200 pç.``, U+202F, as French
    typography sets them), two fields a row."""
    s.text("A1", "RECLAMACION CLIENT / CUSTOMER COMPLAINT", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    q, dq = kit.pick(s, (1200, 45), (3600, 130))

    def pieces(n: int) -> tuple[str, int]:
        return f"{n:,}".replace(",", "\u202f") + " pç.", n

    kit.lv_pairs(s, 2, kit.field_rows(
        ("Numèro / Complaint No.", "Recebuda / Received", "Client / Customer", "Comanda / PO No.", "Lòt / Lot",
         "Numèro de peça / Part No.", "Nom de la peça / Part name", "Quantitat liurada / Qty delivered",
         "Quantitat defectuosa / Qty defective", "Defècte / Defect description", "Demanda / Request",
         "Accion immediata / Immediate action", "Redigit per / Prepared by", "Responsable / Supervisor"),
        (kit.pick(s, "RC-TLS-26-0021", "RC-TLS-26-0058"), _iso("oc", d),
         kit.pick(s, "Aerolians de Tolosa SA", "Ferraments de Rodés SARL"), kit.pick(s, "ADT-PO-2602-0317", "FDR-PO-2604-0088"),
         kit.pick(s, "OC2602-04", "OC2604-12"), kit.pick(s, "OC-RIV-4410", "OC-HNG-0922"),
         kit.pick(s, "Blind rivet 4.8 mm", "Door hinge 80 mm"), pieces(q), pieces(dq),
         kit.pick(s, "Rivet heads crack when set.", "Hinge pins loose."),
         (kit.pick(s, "Remplaçament / Replacement", "Retorn / Return"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "Stock of 5\u202f000 pç. held.", "Lot held in Rodés."), "Han Lu",
         kit.pick(s, "Joan Bosc", "Maria Delpèch")), kit.COMPLAINT_PATHS,
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_zh_qianjian(s: kit.Sheet) -> None:
    """客户质量投诉单 whose delivered count is given IN THOUSANDS (``6千件``, copy2 ``2.4千件``) as a sales clerk types
    a shipment, the defect count exact (``84件``)."""
    s.text("A1", "客户质量投诉单", "D1", size=15)
    q, dq = kit.pick(s, (("6千件", 6000), ("84件", 84)), (("2.4千件", 2400), ("37件", 37)))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "收到日期", "客户", "采购单号", "生产批次", "产品编码", "产品名称", "发货数量", "不良数量", "问题描述",
         "客户要求", "临时处置", "登记人", "业务主管"),
        (kit.pick(s, "TS-QJ-2603-044", "TS-QJ-2604-071"), kit.pick(s, D(2026, 3, 13), D(2026, 4, 17)),
         kit.pick(s, "浙江吉利汽车有限公司", "长城汽车股份有限公司"), kit.pick(s, "GL-PO-2603-2218", "GW-PO-2604-0915"),
         kit.pick(s, "QJ260302-3", "QJ260409-1"), kit.pick(s, "QJ-CLP-2207", "QJ-GRM-0518"),
         kit.pick(s, "线束卡扣", "橡胶护套"), q, dq, kit.pick(s, "卡扣装配时断裂。", "护套开裂。"),
         (kit.pick(s, "换货", "退货"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "在库 1.2 万件隔离。", "在途 1 批拦截。"), "卢晓红", kit.pick(s, "甘志军", "彭立伟")),
        kit.COMPLAINT_PATHS,
    ))  # fmt: skip


def complaint_zht_signdate(s: kit.Sheet) -> None:
    """客戶抱怨單 whose sign-off names carry THEIR SIGNING DATE after them (``範書豪 3/11``, ``魏淑芬 3/12``), as a
    clerk initials and dates a paper form: the name is the field, the date no part of it."""
    s.text("A1", "客戶抱怨單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("抱怨單號", "接獲日期", "客戶", "訂單編號", "生產批號", "料號", "品名", "出貨數", "不良數", "異常內容", "客戶要求",
         "緊急處置", "填單人", "業務主管"),
        ("CP-TC-2603-027", ("2026/03/11", "2026-03-11"), "台達電子工業股份有限公司", "DLT-PO-2603-6640", "TC2603-05",
         "TC-SPR-3390", "壓縮彈簧", ("12,000", 12000), ("150", 150), "彈簧自由長偏短。", ("退貨", ["return"]),
         "庫存 8,000 pcs 全檢。", ("範書豪 3/11", "範書豪"), ("魏淑芬 3/12", "魏淑芬")),
        kit.COMPLAINT_PATHS,
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_manx(s: kit.Sheet) -> None:
    """A Manx customer's COONTEY 8D / 8D REPORT in MANX–ENGLISH labels, ``5 Mayrnt 2026``, ``1,250 pcs``, whose
    containment is TWO SUB-NUMBERED STEPS (``D3.1`` stock, ``D3.2`` transit) on two rows."""
    s.text("A1", "COONTEY 8D / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 22)), (D(2026, 4, 9), D(2026, 5, 28)))
    n = kit.pick(s, 1250, 480)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Earroo coontey / Report No.", "Fosley / Opened", "Cliant / Customer", "Earroo plaiynt / Complaint No.",
         "Earroo ayrn / Part No.", "Mooadys / Qty complained"),
        (kit.pick(s, "8D-DGL-26-006", "8D-DGL-26-019"), _iso("gv", d), kit.pick(s, "Manx Utilities", "Isle of Man Steam Packet"),
         kit.pick(s, "MU-PL-260303", "SP-PL-260407"), kit.pick(s, "GV-VLV-5501", "GV-GSK-0718"), (f"{n:,} pcs", n)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    team = kit.pick(s, ("Juan Kelly", "Wang Fang", "Breesha Quayle"), ("Juan Kelly", "Orry Kermode"))
    kit.team_cell(s, "A5", "D1 Sheshaght / Team", "B5", team, span="D5")
    texts = kit.pick(s, ("Valves weep at 1,250 pcs.", "Stock of 3,000 valves tested.", "Seat ground too coarse.",
                         "Leak test skipped on night shift.", "Finer grinding wheel.", "5 lots without leaks.",
                         "Same wheel on line 2."),
                     ("Gaskets split.", "Lot held in Douglas.", "Rubber too hard.", "Hardness not tested.",
                      "Compound changed.", "3 lots tested.", "Hardness check each lot."))  # fmt: skip
    steps = kit.eightd_steps(("D2 Doilleeid / Problem", "D3.1 Stock / Containment: stock", "D4 Bun-oyr / Root cause",
                              "D4 Scapail / Escape", "D5 Kiartaghey / Corrective action", "D6 Prowal / Verification",
                              "D7 Lhiettal / Prevention"), texts)  # fmt: skip
    second = (
        "D3.2 Er y raad / Containment: in transit",
        kit.pick(s, "2 containers stopped at Heysham.", "Truck recalled."),
        "containment[1].action",
    )
    kit.lv_rows(s, 6, [*steps[:2], second, *steps[2:]])
    kit.lv(s, "A14", "D8 Jeight / Closed", "B14", when("gv", c), "closure.closed_date", expect=c.isoformat())
    kit.lv(
        s,
        "C14",
        "Coardit / Approved",
        "D14",
        kit.pick(s, "Illiam Corkill", "Aalish Cregeen"),
        "closure.approved_by",
    )


def eightd_zh_bracket(s: kit.Sheet) -> None:
    """8D 报告 whose steps stand IN LENTICULAR BRACKETS (``【D1】小组成员`` … ``【D8】结案``), as a Word template's
    headings, each label a cell to the left of its text."""
    s.text("A1", "8D 纠正预防报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "立案日期", "客户", "客诉编号", "零件号", "投诉数量"),
        ("8D-SZ-2603-022", D(2026, 3, 12), "深圳市汇川技术股份有限公司", "HC-QA-260310", "SZ-PCB-7731", 540),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "【D1】小组成员", "B5", ("邵建平", "鲁晓雯", "解志刚"), sep="、", span="D5")
    kit.lv_rows(s, 6, kit.eightd_steps(
        ("【D2】问题描述", "【D3】临时措施", "【D4】发生原因", "【D4】流出原因", "【D5】永久措施", "【D6】效果验证", "【D7】预防再发"),
        ("PCB 板焊盘脱落，540 片。", "库存 6,000 片全检。", "回流焊峰值温度过高。", "出货未做推拉力测试。", "温度曲线重新设定。",
         "连续 6 批推拉力合格。", "同类 3 款板比照。"),
    ))  # fmt: skip
    kit.lv(s, "A13", "【D8】结案日期", "B13", D(2026, 4, 17), "closure.closed_date", fmt="yyyy-mm-dd")
    kit.lv(s, "C13", "批准", "D13", "冉志宏", "closure.approved_by")


# =============================================================================== return
def return_en_chamorro(s: kit.Sheet) -> None:
    """A Guam customer's RINETTON / RETURN NOTE in CHAMORRO–ENGLISH labels, ``5 Matso 2026``, whose returned count
    is SPLIT INTO GOOD AND DAMAGED (``Maolek / Good``, ``Dinañu / Damaged``) before the ``Todu / Total returned``
    column: the total is the returned count, its two parts no field."""
    s.text("A1", "RINETTON / RETURN NOTE", "H1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 14))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Numiru / Return No.", "Fecha / Date", "Kliente / Customer", "Numiru kehas / Complaint No."),
        (kit.pick(s, "RN-GUM-26-0011", "RN-GUM-26-0034"), _iso("ch", d),
         kit.pick(s, "Guam Power Authority", "Port Authority of Guam"), kit.pick(s, "GPA-QA-260302", "PAG-QA-260409")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    lines = kit.pick(s, [("CH-BRK-2201", "Breaker 63 A", 120, 118, 74.5, 110, 8), ("CH-LUG-2202", "Cable lug 95 mm²", 2000, 1960, 1.85, 1900, 60)],
                     [("CH-FND-3301", "Rubber fender", 40, 40, 412.0, 36, 4)])  # fmt: skip
    foot = kit.field_rows(
        ("Rason / Reason", "Disposision / Disposition", "Rinesibi as / Received by", "Inaprueba as / Approved by"),
        (kit.pick(s, "Breakers trip early, lugs cracked.", "Fender torn."),
         (kit.pick(s, "Na'lo / Return", "Yute' / Scrap"), [kit.pick(s, "return", "scrap")]),
         kit.pick(s, "Jesse Taitano", "Rita Cruz"), "Vicente Aguon"), kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, ("Numiru pieså / Part No.", "Deskripsion / Description", "Ma'aprueba / Approved",
                         "Todu / Total returned", "Presiu / Unit price", "Kantidå / Amount"), lines,
                     {"D": ("Maolek / Good", "#,##0"), "E": ("Dinañu / Damaged", "#,##0")}, foot, "H")  # fmt: skip
    s.height(4, 44)


def return_zh_lotcol(s: kit.Sheet) -> None:
    """退货单 with A LOT COLUMN (``批号``) between the name and the counts, each lot EIGHT DIGITS (``20260305``, a
    number cell): a number in every line that is neither a count nor a date the record holds."""
    s.text("A1", "退货单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-XM-2603-031", "TH-XM-2604-066"), kit.pick(s, D(2026, 3, 24), D(2026, 4, 23)),
         kit.pick(s, "厦门宏发电声股份有限公司", "厦门金龙汽车集团股份有限公司"), kit.pick(s, "HF-QA-260319", "JL-QA-260418")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    lines = kit.pick(s, [("XM-RLY-5101", "继电器", 600, 588, 8.6, 20260305), ("XM-CNT-5102", "接触器", 150, 150, 62.0, 20260227)],
                     [("XM-SEN-6101", "霍尔传感器", 900, 880, 14.3, 20260402)])  # fmt: skip
    foot = kit.field_rows(("退货原因", "处理方式", "仓库签收", "品质经理"),
                          (kit.pick(s, "继电器触点粘连。", "传感器无输出。"), (kit.pick(s, "返工", "报废"), [kit.pick(s, "rework", "scrap")]),
                           "涂海燕", "韦国梁"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_table(
        s,
        ("物料编码", "物料名称", "核准数量", "退货数量", "单价", "金额"),
        lines,
        {"C": ("批号", "0")},
        foot,
        "G",
    )


# =============================================================================== allowance
def allowance_en_papiamento(s: kit.Sheet) -> None:
    """A Curaçao customer's NOTA DI KRÉDITO / CREDIT NOTE in PAPIAMENTO–ENGLISH labels, ``5 di mart 2026``, amounts
    in CARIBBEAN GUILDERS typed ``XCG 1.234,50`` (the code before, a point between the thousands, a decimal comma),
    the 6 % turnover tax (OB) a column."""
    s.text("A1", "NOTA DI KRÉDITO / CREDIT NOTE", "E1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 5), D(2026, 2, 20)), (D(2026, 4, 24), D(2026, 4, 7)))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Number di nota / Credit Note No.", "Fecha / Date", "Kliente / Buyer", "CRIB / Tax No.", "Faktura / Invoice No.",
         "Fecha di faktura / Invoice date", "Number di keho / Complaint No.", "Aprobá pa / Approved"),
        (kit.pick(s, "NK-CUR-0042", "NK-CUR-0057"), _iso("pap", d), kit.pick(s, "Aqualectra NV", "Curoil NV"),
         kit.pick(s, "102.334.871", "101.447.902"), kit.pick(s, "FK-26-00214", "FK-26-00391"), _iso("pap", inv),
         kit.pick(s, "AQ-KH-260302", "CO-KH-260414"), kit.pick(s, "Shudeska Martina", "Giselle Pieters")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number",
         "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("Artíkulo / Item", "Kantidat / Qty", "Preis / Unit price", "Suma / Net", "OB / Tax")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("Water meter CU-WMT-1101", 120, 185.5), ("Valve box CU-VBX-1102", 60, 42.75)),
                     (("Fuel hose CU-HSE-2201", 80, 96.4),))  # fmt: skip
    kit.allowance_lines(s, 7, lines, heads, 0.06, lambda x: kit.eu(x, ".", sign="XCG "),
                        ("Total sin OB / Net total", "OB total / Total tax", "Total ku OB / Total incl. tax"))  # fmt: skip


def allowance_zh_origamount(s: kit.Sheet) -> None:
    """销售折让单 whose lines give THE ORIGINAL AMOUNT (``原金额``) AND A RATE (``折让率``) before the credit
    (``折让金额`` = 原金额 × 折让率): the record's line amount is the credit, never the original amount."""
    s.text("A1", "销售折让单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉单号"),
        ("ZR-WX-2603-024", D(2026, 3, 30), "无锡小天鹅电器有限公司", "91320200607904433W", "32006221 / 08811547",
         "XTE-QA-260325"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("货物名称", "数量", "单价", "原金额", "折让率", "折让金额", "税额")
    kit.head_row(s, 5, "ABCDEFG", heads)
    lines = (("电机端盖", 4000, 3.5, 0.1), ("排水泵", 1200, 18.0, 0.05), ("门封圈", 2500, 6.8, 0.08))
    net = tax = 0.0
    for i, (name, q, p, rate) in enumerate(lines):
        r, credit = 6 + i, round(q * p * rate, 2)
        t = round(credit * 0.13, 2)
        net, tax = net + credit, tax + t
        for col, val, path, exp, fmt in (
            ("A", name, "name", None, None), ("B", q, "qty", q, "#,##0"), ("C", p, "unit_price", kit.money(p), "0.00"),
            ("D", round(q * p, 2), None, None, "#,##0.00"), ("E", rate, None, None, "0%"),
            ("F", credit, "allowance_amount", kit.money(credit), "#,##0.00"), ("G", t, "tax", kit.money(t), "#,##0.00"),
        ):  # fmt: skip
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=heads["ABCDEFG".index(col)],
                    expect=exp, fmt=fmt)  # fmt: skip
    net, tax = round(net, 2), round(tax, 2)
    kit.lv_pairs(s, 10, kit.field_rows(
        ("折让金额合计", "税额合计", "价税合计", "财务主管"),
        ((net, kit.money(net)), (tax, kit.money(tax)), (round(net + tax, 2), kit.money(net + tax)), "葛丽君"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    for ref in ("B10", "E10", "B11"):
        s.ws[ref].number_format = "#,##0.00"


_COPY2 = {"complaint_en_occitan", "complaint_zh_qianjian", "eightd_en_manx", "return_en_chamorro", "return_zh_lotcol",
          "allowance_en_papiamento", "complaint_en_cornish", "return_en_bislama"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_occitan, "Reclamacion", dict(A=30, B=26, C=4, D=30, E=26, F=10), "an Occitan customer's complaint: Occitan–English labels, 5 de març de 2026, counts 1 200 pç. with a narrow no-break space"),
        (complaint_zh_qianjian, "投诉单", dict(A=14, B=30, C=14, D=30), "客户质量投诉单 whose delivered count is given in thousands (6千件)"),
        (complaint_zht_signdate, "客訴", dict(A=14, B=30, C=14, D=30), "a 客戶抱怨單 whose sign-off names carry their signing date (範書豪 3/11)"),
        (eightd_en_manx, "8D", dict(A=36, B=34, C=28, D=34), "a Manx customer's 8D: Manx–English labels, 5 Mayrnt 2026, containment as D3.1 and D3.2"),
        (eightd_zh_bracket, "8D", dict(A=18, B=36, C=14, D=26), "8D 报告 whose steps stand in lenticular brackets (【D3】临时措施)"),
        (return_en_chamorro, "Rinetton", dict(A=24, B=24, C=16, D=14, E=16, F=18, G=16, H=16), "a Guam customer's return note: Chamorro–English labels, 5 Matso 2026, the returned count split into good and damaged"),
        (return_zh_lotcol, "退货单", dict(A=16, B=14, C=12, D=12, E=12, F=12, G=14), "a 退货单 with an eight-digit lot column between the name and the counts"),
        (allowance_en_papiamento, "Kredito", dict(A=32, B=18, C=28, D=20, E=18), "a Curaçao customer's credit note: Papiamento–English labels, 5 di mart 2026, XCG 1.234,50"),
        (allowance_zh_origamount, "折让", dict(A=14, B=22, C=10, D=14, E=22, F=12, G=12), "销售折让单 whose lines give the original amount and a rate before the credit"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e6efe4")


def complaint_en_cornish(f: kit.HtmlForm) -> str:
    """A Cornish customer's KRODHVOL / CUSTOMER COMPLAINT page in CORNISH–ENGLISH labels, ``5 mis Meurth 2026``,
    counts written with DOZENS after them (``1,200 pcs (100 doz)``, as a fastener trade counts)."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 6, 18))
    q, dq = kit.pick(f, (1200, 48), (9600, 144))
    f.raw("<h2>KRODHVOL / CUSTOMER COMPLAINT</h2>")
    kit.kv(f, kit.field_rows(
        ("Niver / Complaint No.", "Degemmerys / Received", "Prenyer / Customer", "Arghadow / PO No.", "Lot / Lot",
         "Niver rann / Part No.", "Hanow rann / Part name", "Myns danvonys / Qty delivered",
         "Myns fowt / Qty defective", "Fowt / Defect", "Govyn / Request", "Gwrians desempis / Immediate action",
         "Gwrys gans / Prepared by", "Hembrenkyas / Supervisor"),
        (kit.pick(f, "KV-TRU-26-0013", "KV-TRU-26-0047"), _iso("kw", d),
         kit.pick(f, "Kernow Marine Ltd", "Camborne Pumps Ltd"), kit.pick(f, "KML-PO-2602-0204", "CPL-PO-2606-0071"),
         kit.pick(f, "KW2602-06", "KW2606-02"), kit.pick(f, "KW-BLT-6603", "KW-NUT-1207"),
         kit.pick(f, "Hex bolt M12 A4", "Lock nut M16"), (f"{q:,} pcs ({q // 12:,} doz)", q),
         (f"{dq:,} pcs ({dq // 12:,} doz)", dq), kit.pick(f, "Bolts rust after salt spray.", "Nuts strip at torque."),
         (kit.pick(f, "Daskorr / Return", "Eskemmyn / Replacement"), [kit.pick(f, "return", "replacement")]),
         kit.pick(f, "Stock of 6,000 pcs held.", "Lot held in Camborne."), "Tang Wei",
         kit.pick(f, "Jory Trelawny", "Tamsin Pascoe")), kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    return f.page("Krodhvol", _CSS)


def eightd_en_tetum(f: kit.HtmlForm) -> str:
    """A Timorese customer's RELATÓRIU 8D / 8D REPORT page in TETUM–ENGLISH labels, ``5 Marsu 2026``, ``1.250 pcs``,
    each step's text BULLETED (``• …``) as pasted from a slide; the bullet no part of the text."""
    f.raw("<h2>RELATÓRIU 8D / 8D REPORT</h2>")
    kit.kv(f, kit.field_rows(
        ("Númeru relatóriu / Report No.", "Loke / Opened", "Kliente / Customer", "Númeru keixa / Complaint No.",
         "Númeru parte / Part No.", "Kuantidade / Qty complained"),
        ("8D-DIL-26-005", _iso("tet", D(2026, 3, 5)), "Electricidade de Timor-Leste", "EDTL-KX-260303",
         "TL-MTR-4402", ("1.250 pcs", 1250)), kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.raw("<table>")
    kit.team_row(f, "D1 Ekipa / Team", ("Nelson Soares", "Zhao Min", "Lúcia Ximenes"))
    steps = kit.eightd_steps(
        ("D2 Problema / Problem", "D3 Asaun lalais / Containment", "D4 Kauza / Root cause",
         "D4 Tanba sa la deteta / Why not detected", "D5 Asaun korretiva / Corrective action",
         "D6 Verifikasaun / Verification", "D7 Prevensaun / Prevention"),
        ("Meter covers crack on 1.250 pcs.", "Stock of 2.000 meters checked.", "Cover moulded too cold.",
         "Impact test only weekly.", "Mould heater replaced.", "5 lots without cracks.", "Same heater on mould 4."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>• {f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("D8 Taka / Closed", "Aprova / Approved"),
                             (_iso("tet", D(2026, 4, 23)), "Rosa Guterres"),
                             ("closure.closed_date", "closure.approved_by")))  # fmt: skip
    return f.page("Relatóriu 8D", _CSS)


def return_en_bislama(f: kit.HtmlForm) -> str:
    """A Vanuatu customer's PEPA BLONG RITEN / RETURN NOTE page in BISLAMA–ENGLISH labels, ``5 Maj 2026``, whose
    RETURNED COLUMN STANDS BEFORE THE APPROVED ONE (``Oli sendem bak / Returned`` then ``Oli agri / Approved``)."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 21))
    f.raw("<h2>PEPA BLONG RITEN / RETURN NOTE</h2>")
    kit.kv(f, kit.field_rows(
        ("Namba / Return No.", "Dei / Date", "Kastoma / Customer", "Namba blong komplen / Complaint No."),
        (kit.pick(f, "RT-VLI-26-0016", "RT-VLI-26-0039"), _iso("bi", d),
         kit.pick(f, "Vanuatu Utilities Ltd", "Port Vila Shipyard"), kit.pick(f, "VUI-KP-260302", "PVS-KP-260415")),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    lines = kit.pick(f, (("BI-PMP-2101", "Water pump 1 kW", 36, 35, 312.0), ("BI-PIP-2102", "PVC pipe 50 mm", 400, 380, 9.6)),
                     (("BI-ANC-3101", "Boat anchor 8 kg", 24, 24, 58.5),))  # fmt: skip
    paths = ("part_no", "part_name", "qty_returned", "qty_approved", "unit_price", "amount")
    heads = ("Namba blong pis / Part No.", "Nem / Description", "Oli sendem bak / Returned", "Oli agri / Approved",
             "Praes / Unit price", "Totel / Amount")  # fmt: skip
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (
            code,
            name,
            (f"{q:,}", q),
            (f"{qa:,}", qa),
            (f"{p:,.2f}", kit.money(p)),
            (f"{q * p:,.2f}", kit.money(q * p)),
        )
        kit.td_row(f, kit.item_cells(i, cells, paths), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Risen / Reason", "Wanem blong mekem / Disposition", "Man we i risivim / Received by", "Man we i agri / Approved by"),
        (kit.pick(f, "Pumps leak, pipes split.", "Anchors rusty."),
         (kit.pick(f, "Stretem / Rework", "Sakem / Scrap"), [kit.pick(f, "rework", "scrap")]),
         kit.pick(f, "Kalo Tari", "Leimara Kalsakau"), "Joel Natapei"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("Pepa blong riten", _CSS)


def allowance_zht_fourdp(f: kit.HtmlForm) -> str:
    """A 銷貨折讓單 whose ERP prints counts with TWO DECIMALS (``3,000.00``) and unit prices with FOUR (``2.4000``),
    the amounts whole (``7,200``)."""
    f.raw("<h2>銷貨退回折讓單</h2>")
    kit.kv(f, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼"),
        ("ZR-TY-2603-061", ("2026/03/27", "2026-03-27"), "和碩聯合科技股份有限公司", "84149961", "PG-60318852"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no"),
    ))  # fmt: skip
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    kit.th_row(f, heads)
    lines = (("屏蔽罩", 3000, 2.4), ("導光柱", 8000, 0.35), ("按鍵帽", 1500, 4.6))
    for i, (name, q, p) in enumerate(lines):
        cells = (name, (f"{q:,.2f}", q), (f"{p:.4f}", kit.money(p)), (f"{q * p:,.0f}", kit.money(q * p)),
                 (f"{round(q * p * 0.05):,}", kit.money(round(q * p * 0.05))))  # fmt: skip
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", "qty", "unit_price", "allowance_amount", "tax")), heads
        )
    f.raw("</table>")
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    kit.kv(f, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "總計", "主管"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "簡文雄"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("銷貨退回折讓單", _CSS)


def eightd_zht_owner(f: kit.PdfDraw) -> None:
    """An 8D 報告 whose every step is followed by AN OWNER AND DUE-DATE LINE (``負責人：… 完成日：…``), as a
    tracker prints it: the owner and the date no part of the step's text."""
    f = kit.CjkDraw.of(f)
    f.text(82, 14, "8D 改善報告", size=14)
    kit.pdf_lv_lines(f, 15, 40, 26, kit.field_rows(
        ("報告編號", "立案日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-HC-2603-014", ("2026/03/09", "2026-03-09"), "群創光電股份有限公司", "INX-QA-260306", "HC-BKL-5512",
         ("260 PCS", 260)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.pdf_team_line(f, 15, 40, 70, "D1 小組成員", ("侯俊傑", "龔佩玲", "闕志明"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("背光模組暗點，計 260 PCS。", "在庫 3,600 PCS 全數點亮。", "LED 固晶銀膠不足。", "出貨未做暗點檢查。",
         "點膠量改為閉環控制。", "連續 4 批暗點為零。", "同類 3 款模組比照。"),
    )  # fmt: skip
    owners = ("侯俊傑", "龔佩玲", "闕志明", "闕志明", "侯俊傑", "龔佩玲", "侯俊傑")
    y = 80.0
    for k, ((lab, raw, path), who) in enumerate(zip(steps, owners)):
        kit.pdf_lv_lines(f, 15, 40, y, ((lab, raw, path, None),))
        f.text(40, y + 5.5, f"負責人：{who}　　完成日：2026/03/{12 + 3 * k:02d}", size=7)
        y += 14
    kit.pdf_lv_lines(f, 15, 40, y + 2, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/20", "2026-04-20"), "蔡明哲"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def return_zht_decimals(f: kit.PdfDraw) -> None:
    """A 退貨單 from an ERP whose counts are printed with THREE DECIMALS (``492.000``) and unit prices with four
    (``215.0000``), one line an item under a ruled heading."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退貨單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, kit.field_rows(
        ("退回單號", "退回日期", "客戶", "客訴編號"),
        ("RT-GS-2603-048", ("2026/03/25", "2026-03-25"), "仁寶電腦工業股份有限公司", "CPL-QA-260320"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "品號", "part_no"), (48, "品名", "part_name"), (80, "核准數量", "qty_approved"),
            (105, "退回數量", "qty_returned"), (132, "單價", "unit_price"), (160, "金額", "amount"))  # fmt: skip
    for x, lab, _path in cols:
        f.text(x, 62, lab, bold=True)
    f.pdf.line(15, 64, 195, 64)
    lines = (("GS-TPD-3101", "觸控板", 500, 492, 215.0), ("GS-FAN-3102", "散熱風扇", 1200, 1200, 46.8),
             ("GS-DCJ-3103", "電源插座", 3000, 2950, 3.15))  # fmt: skip
    y = 64.0
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 8
        for (x, lab, path), raw, exp in zip(cols, (code, name, f"{qa:,.3f}", f"{q:,.3f}", f"{p:,.4f}", f"{q * p:,.2f}"),
                                            (None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 38, y + 14, kit.field_rows(
        ("退回原因", "處理方式", "倉庫簽收", "課長核准"),
        ("觸控板失靈，插座鬆動。", ("退回供應商", ["return"]), "柯明達", "殷素珍"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a Cornish customer's complaint: Cornish–English labels, 5 mis Meurth 2026, counts 1,200 pcs (100 doz)", complaint_en_cornish),
        ("a Timorese customer's 8D: Tetum–English labels, 5 Marsu 2026, bulleted step texts", eightd_en_tetum),
        ("a Vanuatu customer's return note: Bislama–English labels, 5 Maj 2026, the returned column before the approved one", return_en_bislama),
        ("a 銷貨折讓單 with counts to two decimals and prices to four", allowance_zht_fourdp),
        ("an 8D 報告 whose every step is followed by an owner and due-date line", eightd_zht_owner),
        ("a 退貨單 whose counts are printed with three decimals", return_zht_decimals),
    )
]  # fmt: skip


# =============================================================================== odd files
def _hidden_values_workbook() -> bytes:
    """A complaint workbook whose every value cell is formatted ``;;;`` (Excel shows and prints nothing there, as a
    clerk hides the values before sending the form as a template): the labels show, the values are in the cells."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "客诉单"
    fields = {"投诉单号": "KS-HD-2603-015", "接收日期": "2026-03-19", "客户名称": "苏州汇川联合动力", "物料编码": "HD-MOT-2207",
              "不良数量": 72, "填表人": "葛晓东"}  # fmt: skip
    for row in fields.items():
        wb.active.append(row)
        wb.active.cell(wb.active.max_row, 2).number_format = ";;;"
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 19, 9, 0))


def _layered_pdf() -> bytes | None:
    """A complaint drawn by fpdf2 whose EARLIER VALUES sit in AN OPTIONAL CONTENT LAYER SWITCHED OFF (``/OCProperties``
    ``/D /OFF``; a viewer hides the layer, the text is still in the page): the visible values are the form's."""
    shown = ("Complaint No.: CC-LY-2603-019", "Received: 2026-03-23", "Customer: Northgate Pumps Ltd",
             "Part No.: NP-IMP-0815", "Qty defective: 64", "Prepared by: Shen Li")  # fmt: skip
    writer = kit.lines_pdf("CUSTOMER COMPLAINT", shown)
    if writer is None:
        return None
    kit.layered(writer, "Draft rev. A", "/OFF",
                "300 700 Td (Qty defective: 640) Tj 0 -24 Td (Customer: Eastgate Valves Ltd) Tj")  # fmt: skip
    return kit.pdf_writer_bytes(writer)


ODD = {
    "complaint-hidden.xlsx": (
        "a complaint workbook whose every value cell is formatted ';;;' (shown and printed as nothing): read the values "
        "the cells hold, or a clear error; never a silent blank",
        _hidden_values_workbook,
    ),
    "complaint-layers.pdf": (
        "a complaint PDF whose earlier values (Qty defective 640, another customer) sit in an optional content layer "
        "switched off: read as the viewer shows it, or a clear error; never the hidden layer's values",
        _layered_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-second held-out layouts", ODD)
