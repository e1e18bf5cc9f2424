"""Write the thirty-fifth held-out set (run: ``python tests/holdout35/make_holdout35.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: a LIMBURGISH–ENGLISH complaint (``5 miert 2026``, ``1.200 stuk``), a 客户投诉单 whose
defect count carries A FOOTNOTE MARK (``96※``) explained under the form, a 客訴單 whose lot carries A WORK ORDER
NUMBER beside it (``工單號碼``); a PULAAR–ENGLISH 8D (``5 mbooy 2026``), an 8D 报告 whose heading carries A DPPM
FIGURE (``不良率(DPPM)`` ``9000``) beside the complained count; a KIKUYU–ENGLISH return (``5 Mwere wa gatatũ
2026``), a 退货单 whose lines carry A PRODUCTION DATE COLUMN (``生产日期``) before the counts; a NORTHERN NDEBELE–ENGLISH
credit note (``5 Mbimbitho 2026``, ``4 940,00``), a 销售折让单 whose heading carries THE BUYER'S BANK ACCOUNT AND
ADDRESS-AND-PHONE (``开户行及账号``, ``地址、电话``); sent as PDF only: a SWATI–ENGLISH complaint (``5
iNdlovu-lenkhulu 2026``; Chromium), a DHOLUO–ENGLISH 8D (``5 Dwe mar Adek 2026``; Chromium), a KALENJIN–ENGLISH
return (``27 Ng'atyaato 2026``; Chromium), a 銷貨退回折讓單 whose lines carry A 規格 COLUMN OF DIMENSIONS (``M4×12
SUS304``; Chromium), an 8D 報告 whose every step carries A PROGRESS AND STATUS at the right of its line (``進度
100%　狀態 已完成``; fpdf2), a 退貨單 whose lines carry A CARTON-NUMBER RANGE (``箱號`` ``C01~C04``; fpdf2).
``odd/`` holds a complaint workbook whose received date is A DAY THAT DOES NOT EXIST (``2026-02-30``, typed as
text) and a complaint PDF whose defect count is GIVEN TWICE WITH TWO VALUES (the customer's ``96`` and a re-check's
``120`` under the same label).

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
SOURCE = {"source": "tests/holdout35/make_holdout35.py", "origin": "thirty-fifth held-out imitation"}

# each language's months (January first, "|" between) and how its clerks write a date with them
_CALENDAR = {
    "li": ("jannewarie|fibberwarie|miert|april|mei|juni|juli|augustus|september|oktober|november|december",
           "{d} {m} {y}"),
    "ff": ("siilo|colte|mbooy|seeɗto|duujal|korse|morso|juko|siilto|yarkomaa|jolal|bowte", "{d} {m} {y}"),
    "ki": ("Njenuarĩ|Mwere wa kerĩ|Mwere wa gatatũ|Mwere wa kana|Mwere wa gatano|Mwere wa gatandatũ|"
           "Mwere wa mũgwanja|Mwere wa kanana|Mwere wa kenda|Mwere wa ikũmi|Mwere wa ikũmi na ũmwe|Ndithemba",
           "{d} {m} {y}"),
    "nd": ("Zibandlela|Nhlolanja|Mbimbitho|Mabasa|Nkwenkwezi|Nhlangula|Ntulikazi|Ncwabakazi|Mpandula|Mfumfu|Lwezi|"
           "Mpalakazi", "{d} {m} {y}"),
    "ss": ("Bhimbidvwane|iNdlovana|iNdlovu-lenkhulu|Mabasa|iNkhwekhweti|iNhlaba|Kholwane|iNgci|iNyoni|iMphala|Lweti|"
           "iNgongoni", "{d} {m} {y}"),
    "luo": ("Dwe mar Achiel|Dwe mar Ariyo|Dwe mar Adek|Dwe mar Ang'wen|Dwe mar Abich|Dwe mar Auchiel|"
            "Dwe mar Abiriyo|Dwe mar Aboro|Dwe mar Ochiko|Dwe mar Apar|Dwe mar gi achiel|Dwe mar Apar gi ariyo",
            "{d} {m} {y}"),
    "kln": ("Mulgul|Ng'atyaato|Kiptaamo|Iwootkuut|Mamuut|Paagi|Ng'eiyeet|Rooptui|Bureet|Epeeso|Kipsuunde ne taai|"
            "Kipsuunde nebo aeng'", "{d} {m} {y}"),
}  # fmt: skip


def when(lang: str, d: dt.date) -> str:
    """A date as ``lang`` writes it: ``5 miert 2026``, ``5 mbooy 2026``, ``5 Mwere wa gatatũ 2026``."""
    months, pattern = _CALENDAR[lang]
    return pattern.format(d=d.day, m=months.split("|")[d.month - 1], y=d.year)


def _iso(lang: str, d: dt.date) -> tuple[str, str]:
    """A date typed in ``lang`` and what the record holds."""
    return when(lang, d), d.isoformat()


# =============================================================================== complaint
def complaint_en_limburgish(s: kit.Sheet) -> None:
    """A Limburgish-speaking customer's KLACHTEFORMULIER / CUSTOMER COMPLAINT in LIMBURGISH–ENGLISH labels,
    ``5 miert 2026``, counts ``1.200 stuk``, two fields a row."""
    s.text("A1", "KLACHTEFORMULIER / CUSTOMER COMPLAINT", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 5, 16))
    q, dq = kit.pick(s, (1200, 45), (3600, 130))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Klach nómmer / Complaint No.", "Óntvange / Received", "Klant / Customer", "Bestèlling / PO No.",
         "Partij / Lot", "Deil nómmer / Part No.", "Deil naom / Part name", "Gelieverd / Qty delivered",
         "Kepot / Qty defective", "Wat is kepot / Defect description", "Vraog / Request",
         "Drèk gedaon / Immediate action", "Opgesjreve door / Prepared by", "Baas / Supervisor"),
        (kit.pick(s, "KL-MT-26-0021", "KL-MT-26-0058"), _iso("li", d),
         kit.pick(s, "Maaswerke Vaals BV", "Roerdal Pompen BV"), kit.pick(s, "MV-PO-2602-0311", "RP-PO-2605-0094"),
         kit.pick(s, "LI2602-03", "LI2605-01"), kit.pick(s, "LI-FLG-4410", "LI-CPL-0823"),
         kit.pick(s, "Pipe flange DN50", "Shaft coupling 30 mm"), (kit.qty(q, ".", "stuk"), q), (kit.qty(dq, ".", "stuk"), dq),
         kit.pick(s, "Flange faces warped.", "Coupling bores oversize."),
         (kit.pick(s, "Nui sjikke / Replacement", "Trökstuure / Return"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "Stock of 2.000 stuk held.", "Lot held at the gate."), "Xu Min",
         kit.pick(s, "Sjeng Lemmens", "Mieke Peters")), kit.COMPLAINT_PATHS,
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_zh_footnote(s: kit.Sheet) -> None:
    """客户投诉单 whose defect count carries A FOOTNOTE MARK (``96※``) and the footnote under the form (``※ 含客户产线
    拆下 20 件``): the count is the number, the footnote no field."""
    s.text("A1", "客户投诉单", "D1", size=15)
    dq = kit.pick(s, 96, 210)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉单号", "接收日期", "客户名称", "订单号", "生产批号", "产品料号", "产品名称", "交货数量", "不良数量",
         "不良描述", "客户诉求", "临时处置", "填表人", "销售经理"),
        (kit.pick(s, "KT-MD-2603-014", "KT-MD-2604-052"), kit.pick(s, D(2026, 3, 5), D(2026, 4, 16)),
         kit.pick(s, "广东美的制冷设备有限公司", "宁波奥克斯电气股份有限公司"), kit.pick(s, "MD-PO-2603-0712", "AUX-PO-2604-1180"),
         kit.pick(s, "FS260301-2", "FS260409-4"), kit.pick(s, "FS-CAP-3301", "FS-THM-0752"),
         kit.pick(s, "启动电容", "温度传感器"), kit.pick(s, 8000, 15000), (f"{dq}※", dq),
         kit.pick(s, "电容容量偏低。", "传感器阻值漂移。"),
         (kit.pick(s, "换货", "退货"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "在库 6,000 件全检。", "在途 2 批拦截。"), "蒙丽娟", kit.pick(s, "覃建华", "陆海涛")),
        kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    s.value("A10", kit.pick(s, "※ 含客户产线拆下 20 件，待复检。", "※ 含客户仓库退回 35 件，待复检。"), path=None, label="※",
            span="D10")  # fmt: skip


_WO_PATHS = ("number", "received_date", "customer", "order_no", "lot_no", None, "part_no", "part_name", "ship_qty",
             "defect_qty", "description", "customer_request", "short_term_action", "reporter", "sales_supervisor")  # fmt: skip


def complaint_zht_workorder(s: kit.Sheet) -> None:
    """客訴單 whose lot carries A WORK ORDER NUMBER beside it (``工單號碼`` ``WO-260218-07``), as an MES prints both:
    the work order is no field (never the lot, the order or the part number)."""
    s.text("A1", "客訴單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "客訴日期", "客戶名稱", "訂單號碼", "批號", "工單號碼", "料號", "品名", "出貨數量", "不良數量",
         "異常說明", "客戶要求", "緊急處置", "承辦人", "業務經理"),
        ("CS-LK-2603-033", ("2026/03/11", "2026-03-11"), "光寶科技股份有限公司", "LO-PO-2603-2207", "LK2602-11",
         "WO-260218-07", "LK-LED-6620", "LED 燈條", ("12,000", 12000), ("360", 360), "燈條色溫偏移，超出 ±150K。",
         ("退貨", ["return"]), "庫存 4,000 PCS 全檢。", "蔡佩珊", "鄭文雄"),
        _WO_PATHS,
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_pulaar(s: kit.Sheet) -> None:
    """A Pulaar-speaking customer's JAŊTOL 8D / 8D REPORT in PULAAR–ENGLISH labels, ``5 mbooy 2026`` (``ɗ``, ``ɓ``,
    ``ƴ`` in the labels)."""
    s.text("A1", "JAŊTOL 8D / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 21)), (D(2026, 4, 8), D(2026, 5, 27)))
    n = kit.pick(s, 1250, 480)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Limoore jaŋtol / Report No.", "Udditaa / Opened", "Coodiiɗo / Customer",
         "Limoore ñiiƴre / Complaint No.", "Limoore pees / Part No.", "Keewal / Qty complained"),
        (kit.pick(s, "8D-DKR-26-004", "8D-DKR-26-017"), _iso("ff", d), kit.pick(s, "Senelec Maintenance SA", "Sotrac Kaolack SARL"),
         kit.pick(s, "SN-RC-260302", "SK-RC-260405"), kit.pick(s, "FF-BRK-3301", "FF-PMP-0417"), (f"{n:,}", n)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    team = kit.pick(s, ("Mamadou Sow", "Zhou Lei", "Aïssata Ba"), ("Mamadou Sow", "Kadiatou Diallo"))
    kit.team_cell(s, "A5", "D1 Fedde / Team", "B5", team, span="D5")
    texts = kit.pick(s, ("Brackets crack after 1,250 cycles.", "Stock of 3,000 brackets held.", "Weld too short.",
                         "Weld length not checked.", "Weld jig changed.", "4 lots pass 5,000 cycles.", "Same jig check on hinges."),
                     ("Pumps lose pressure.", "Lot held in Dakar.", "Seal seat rough.", "No leak test.",
                      "Seat honed.", "3 lots tested.", "Leak test each lot."))  # fmt: skip
    steps = kit.eightd_steps(("D2 Caɗeele / Problem", "D3 Haɗde / Containment", "D4 Ɗaɗol / Root cause",
                              "D4 Ko waɗi yi'aaka / Escape", "D5 Feewnude / Corrective action",
                              "D6 Ƴeewtude / Verification", "D7 Haɗde ruttagol / Prevention"), texts)  # fmt: skip
    kit.lv_rows(s, 6, steps)
    kit.lv(s, "A13", "D8 Uddaa / Closed", "B13", when("ff", c), "closure.closed_date", expect=c.isoformat())
    kit.lv(
        s, "C13", "Jaɓɓaa / Approved", "D13", kit.pick(s, "Ousmane Kane", "Fatou Sall"), "closure.approved_by"
    )


def eightd_zh_dppm(s: kit.Sheet) -> None:
    """8D 报告 whose heading carries A DPPM FIGURE (``不良率(DPPM)`` ``9000``) beside the complained count, as a
    customer's quality portal reports it: no field (never the count)."""
    s.text("A1", "8D 问题解决报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "立案日期", "客户", "客诉编号", "零件号", "投诉数量", "不良率(DPPM)", "发生工序"),
        ("8D-CQ-2603-019", D(2026, 3, 10), "重庆长安汽车股份有限公司", "CA-SQE-260307", "CQ-GSK-4412", 360, 9000, "冲压"),
        ("number", "opened_date", "customer", "complaint_number", "part_no", "problem.qty_complained", None, None),
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 小组成员", "B6", ("冉光明", "向丽萍", "谭勇"), sep="、", span="D6")
    kit.lv_rows(s, 7, kit.eightd_steps(
        ("D2 问题描述", "D3 围堵措施", "D4 根本原因", "D4 流出原因", "D5 纠正措施", "D6 效果确认", "D7 预防措施"),
        ("垫片毛刺超标，360 件。", "在库 5,000 件全检。", "冲模刃口磨损。", "毛刺未列入终检项目。", "刃口每 20,000 冲次修磨。",
         "连续 4 批毛刺合格。", "同类 3 副冲模比照。"),
    ))  # fmt: skip
    kit.lv(s, "A14", "D8 结案日期", "B14", D(2026, 4, 15), "closure.closed_date", fmt="yyyy-mm-dd")
    kit.lv(s, "C14", "批准", "D14", "黎国强", "closure.approved_by")


# =============================================================================== return
def return_en_kikuyu(s: kit.Sheet) -> None:
    """A Kikuyu-speaking customer's MARŨA MA GŨCOKIA INDO / RETURN NOTE in KIKUYU–ENGLISH labels, ``5 Mwere wa
    gatatũ 2026`` (a month named by its count: the third month)."""
    s.text("A1", "MARŨA MA GŨCOKIA INDO / RETURN NOTE", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 6, 11))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Namba / Return No.", "Mũthenya / Date", "Mũgũri / Customer", "Namba ya mateta / Complaint No."),
        (kit.pick(s, "RN-NYR-26-0012", "RN-NYR-26-0041"), _iso("ki", d),
         kit.pick(s, "Nyeri Water Works Ltd", "Thika Agro Machinery Ltd"), kit.pick(s, "NWW-CP-260302", "TAM-CP-260607")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    lines = kit.pick(s, [("KI-VLV-1201", "Gate valve DN40", 40, 38, 72.5), ("KI-GSK-1202", "Flange gasket", 1200, 1150, 0.9)],
                     [("KI-PLG-2201", "Spark plug", 300, 300, 4.6)])  # fmt: skip
    foot = kit.field_rows(
        ("Gĩtũmi / Reason", "Ũrĩa gũgwĩkwo / Disposition", "Yamũkĩrwo nĩ / Received by", "Yetĩkĩrio nĩ / Approved by"),
        (kit.pick(s, "Valves leak, gaskets torn.", "Plugs misfire."),
         (kit.pick(s, "Gũcokia / Return", "Kũniina / Scrap"), [kit.pick(s, "return", "scrap")]),
         kit.pick(s, "Wanjiru Kamau", "Njeri Mwangi"), "Kamau Githinji"), kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, ("Namba ya kĩndũ / Part No.", "Ũtaarĩria / Description", "Gwĩtĩkĩrio / Approved",
                         "Gũcokio / Returned", "Thogora / Unit price", "Mbeca / Amount"), lines, {}, foot, "F")  # fmt: skip
    s.height(4, 44)


def return_zh_proddate(s: kit.Sheet) -> None:
    """退货单 whose lines carry A PRODUCTION DATE COLUMN (``生产日期`` ``2026-01-18``, text) between the name and the
    counts, as a plant traces a return to its batch: a date in each line that is no field (never the issue date)."""
    s.text("A1", "退货单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-FS-2603-027", "TH-FS-2604-063"), kit.pick(s, D(2026, 3, 25), D(2026, 4, 23)),
         kit.pick(s, "佛山市顺德区美的洗涤电器制造有限公司", "广东万和新电气股份有限公司"), kit.pick(s, "MD-QA-260321", "WH-QA-260420")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    lines = kit.pick(s, [("FS-PMP-7201", "排水泵", 600, 600, 14.8, "2026-01-18"), ("FS-VLV-7202", "进水阀", 900, 880, 6.2, "2026-02-03")],
                     [("FS-IGN-8101", "点火器", 1500, 1460, 9.5, "2026-03-11")])  # fmt: skip
    foot = kit.field_rows(("退货原因", "处理方式", "仓库签收", "品质主管"),
                          (kit.pick(s, "水泵异响，进水阀漏水。", "点火器打火不良。"), (kit.pick(s, "返工", "报废"), [kit.pick(s, "rework", "scrap")]),
                           "黄晓敏", "梁志坚"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_table(s, ("料号", "品名", "批准数量", "实退数量", "单价(元)", "金额(元)"), lines,
                     {"C": ("生产日期", "@")}, foot, "G")  # fmt: skip


# =============================================================================== allowance
def allowance_en_ndebele(s: kit.Sheet) -> None:
    """A Northern Ndebele-writing customer's INOTHI YEKHREDITHI / CREDIT NOTE in NDEBELE–ENGLISH labels, ``5 Mbimbitho
    2026``, ``19 Nhlolanja 2026``, amounts ``4 940,00``, VAT 15 % a column."""
    s.text("A1", "INOTHI YEKHREDITHI / CREDIT NOTE", "E1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 5), D(2026, 2, 19)), (D(2026, 4, 23), D(2026, 4, 2)))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Inombolo / Credit Note No.", "Usuku / Date", "Umthengi / Buyer", "Inombolo ye-VAT / VAT No.",
         "Invoyisi / Invoice No.", "Usuku lwe-invoyisi / Invoice date", "Inombolo yesikhalazo / Complaint No.",
         "Kuvunywe ngu / Approved"),
        (kit.pick(s, "CN-BYO-0031", "CN-BYO-0066"), _iso("nd", d), kit.pick(s, "Matabeleland Engineering (Pvt) Ltd", "Gwanda Mining Supplies (Pvt) Ltd"),
         kit.pick(s, "10045821", "10078314"), kit.pick(s, "INV-26-00318", "INV-26-00452"), _iso("nd", inv),
         kit.pick(s, "ME-CP-260302", "GM-CP-260415"), kit.pick(s, "Sipho Ncube", "Thandiwe Moyo")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number",
         "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("Into / Item", "Inani / Qty", "Intengo / Unit price", "Imali / Net", "VAT / VAT")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Conveyor roller ND-RLR-1101", 400, 12.35), ("Idler bolt ND-BLT-1102", 2500, 0.86)),
                     (("Pump impeller ND-IMP-2201", 600, 7.4),))  # fmt: skip
    kit.allowance_lines(s, 8, lines, heads, 0.15, lambda x: kit.eu(x, " "),
                        ("Isamba / Net total", "VAT yonke / Total VAT", "Isamba sonke / Total incl. VAT"))  # fmt: skip


def allowance_zh_bank(s: kit.Sheet) -> None:
    """销售折让单 whose heading carries THE BUYER'S BANK ACCOUNT (``开户行及账号``) and ADDRESS-AND-PHONE (``地址、电话``)
    beside the taxpayer number, as the VAT invoice's buyer block prints them: long digits that are no field."""
    s.text("A1", "销售折让单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方名称", "纳税人识别号", "地址、电话", "开户行及账号", "原发票号码", "客诉单号"),
        ("ZR-HZ-2603-017", D(2026, 3, 27), "杭州老板电器股份有限公司", "91330100143580622R",
         "杭州市临平区临平大道 592 号 0571-86280000", "中国工商银行杭州临平支行 1202 0261 0900 0123 456",
         "24332000000038812071", "LB-QA-260323"),
        ("number", "issue_date", "buyer", "buyer_tax_id", None, None, "invoice_no", "complaint_number"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("货物或应税劳务名称", "数量", "单价", "金额", "税额")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = (("风机电容", 2000, 3.6), ("油网卡扣", 6000, 0.42), ("点火针", 3000, 1.85))
    net, tax = kit.credit_cells(s, 8, lines, heads, 0.13)
    kit.lv_pairs(s, 12, kit.field_rows(
        ("金额合计", "税额合计", "价税合计", "财务主管"),
        ((net, kit.money(net)), (tax, kit.money(tax)), (round(net + tax, 2), kit.money(net + tax)), "俞建芳"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    for ref in ("B12", "D12", "B13"):
        s.ws[ref].number_format = "#,##0.00"


_COPY2 = {"complaint_en_limburgish", "complaint_zh_footnote", "eightd_en_pulaar", "return_en_kikuyu", "return_zh_proddate",
          "allowance_en_ndebele", "complaint_en_swati", "return_en_kalenjin"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_limburgish, "Klach", dict(A=30, B=26, C=4, D=30, E=26, F=10), "a Limburgish-speaking customer's complaint: Limburgish–English labels, 5 miert 2026, 1.200 stuk"),
        (complaint_zh_footnote, "投诉单", dict(A=14, B=30, C=14, D=30), "客户投诉单 whose defect count carries a footnote mark (96※) explained under the form"),
        (complaint_zht_workorder, "客訴", dict(A=14, B=30, C=14, D=30), "a 客訴單 whose lot carries a work order number beside it (工單號碼)"),
        (eightd_en_pulaar, "8D", dict(A=36, B=34, C=26, D=30), "a Pulaar-speaking customer's 8D: Pulaar–English labels, 5 mbooy 2026"),
        (eightd_zh_dppm, "8D", dict(A=18, B=36, C=16, D=26), "8D 报告 whose heading carries a DPPM figure (不良率(DPPM)) beside the complained count"),
        (return_en_kikuyu, "Return", dict(A=24, B=24, C=14, D=16, E=16, F=16), "a Kikuyu-speaking customer's return note: Kikuyu–English labels, 5 Mwere wa gatatũ 2026"),
        (return_zh_proddate, "退货单", dict(A=14, B=24, C=12, D=12, E=12, F=12, G=14), "a 退货单 whose lines carry a production date column (生产日期) before the counts"),
        (allowance_en_ndebele, "Credit", dict(A=32, B=20, C=28, D=20, E=18), "a Northern Ndebele-writing customer's credit note: Ndebele–English labels, 5 Mbimbitho 2026"),
        (allowance_zh_bank, "折让", dict(A=22, B=30, C=16, D=34, E=14), "销售折让单 whose heading carries the buyer's bank account and address-and-phone (开户行及账号, 地址、电话)"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#efe8de")


def complaint_en_swati(f: kit.HtmlForm) -> str:
    """A Swati-speaking customer's SIKHALO SEMTSENGI / CUSTOMER COMPLAINT page in SWATI–ENGLISH labels,
    ``5 iNdlovu-lenkhulu 2026`` (copy2 ``22 Mabasa 2026``), counts ``1 200 pcs``."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 22))
    q, dq = kit.pick(f, (1200, 48), (9600, 144))
    f.raw("<h2>SIKHALO SEMTSENGI / CUSTOMER COMPLAINT</h2>")
    kit.kv(f, kit.field_rows(
        ("Inombolo / Complaint No.", "Kwemukelwe / Received", "Umtsengi / Customer", "I-oda / PO No.", "Lothi / Lot",
         "Inombolo yencenye / Part No.", "Libito lencenye / Part name", "Lokutfunyelwe / Qty delivered",
         "Lokonakele / Qty defective", "Inkinga / Defect", "Sicelo / Request", "Lokwentiwe masinyane / Immediate action",
         "Kubhalwe ngu / Prepared by", "Umphatsi / Supervisor"),
        (kit.pick(f, "SC-MBB-26-0013", "SC-MBB-26-0047"), _iso("ss", d),
         kit.pick(f, "Matsapha Sugar Engineering (Pty) Ltd", "Manzini Bottling Works (Pty) Ltd"),
         kit.pick(f, "MSE-PO-2602-0217", "MBW-PO-2604-0091"), kit.pick(f, "SZ2602-05", "SZ2604-03"),
         kit.pick(f, "SS-SPK-2204", "SS-CAP-0718"), kit.pick(f, "Chain sprocket 24T", "Bottle cap liner"),
         (kit.qty(q, " ", "pcs"), q), (kit.qty(dq, " ", "pcs"), dq), kit.pick(f, "Sprocket teeth worn early.", "Liners leak under pressure."),
         (kit.pick(f, "Kushintjwa / Replacement", "Kubuyiselwa / Return"), [kit.pick(f, "replacement", "return")]),
         kit.pick(f, "Stock of 3 000 pcs held.", "Lot held in Manzini."), "Yang Fan",
         kit.pick(f, "Sibusiso Dlamini", "Nomsa Simelane")), kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    return f.page("Sikhalo semtsengi", _CSS)


def eightd_en_dholuo(f: kit.HtmlForm) -> str:
    """A Dholuo-speaking customer's RIPOT 8D / 8D REPORT page in DHOLUO–ENGLISH labels, ``5 Dwe mar Adek 2026``,
    ``24 Dwe mar Ang'wen 2026`` (months named "the third month", "the fourth month")."""
    f.raw("<h2>RIPOT 8D / 8D REPORT</h2>")
    kit.kv(f, kit.field_rows(
        ("Namba / Report No.", "Ochak / Opened", "Jawuoth / Customer", "Namba mar ywak / Complaint No.",
         "Namba mar gir / Part No.", "Kwan / Qty complained"),
        ("8D-KSM-26-006", _iso("luo", D(2026, 3, 5)), "Lake Basin Fisheries Ltd", "LBF-CP-260302",
         "LU-MTR-5501", ("1,250 pcs", 1250)), kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.raw("<table>")
    kit.team_row(f, "D1 Grup / Team", ("Otieno Odhiambo", "Wang Jie", "Akinyi Achieng"))
    steps = kit.eightd_steps(
        ("D2 Chandruok / Problem", "D3 Geng'o / Containment", "D4 Gima omiyo / Root cause",
         "D4 Gima omiyo ne ok onene / Why not detected", "D5 Loko / Corrective action", "D6 Nono / Verification",
         "D7 Geng'o mar bang'e / Prevention"),
        ("Outboard motor mounts crack on 1,250 pcs.", "Stock of 900 mounts checked.", "Casting porosity at the boss.",
         "X-ray not in the plan.", "Pouring temperature raised.", "4 lots pass X-ray.", "Same X-ray on brackets."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("D8 Orum / Closed", "Oyie / Approved"),
                             (_iso("luo", D(2026, 4, 24)), "Ochieng Owino"),
                             ("closure.closed_date", "closure.approved_by")))  # fmt: skip
    return f.page("Ripot 8D", _CSS)


def return_en_kalenjin(f: kit.HtmlForm) -> str:
    """A Kalenjin-speaking customer's RETURN NOTE page in KALENJIN–ENGLISH labels, ``27 Ng'atyaato 2026`` (copy2
    ``21 Iwootkuut 2026``): month names with an apostrophe."""
    d = kit.pick(f, D(2026, 2, 27), D(2026, 4, 21))
    f.raw("<h2>BARUA NEBO WEKSET / RETURN NOTE</h2>")
    kit.kv(f, kit.field_rows(
        ("Namba / Return No.", "Betut / Date", "Chi ne olel / Customer", "Namba ab ng'alek / Complaint No."),
        (kit.pick(f, "RN-KER-26-0018", "RN-KER-26-0037"), _iso("kln", d),
         kit.pick(f, "Kericho Tea Machinery Ltd", "Eldoret Grain Mills Ltd"), kit.pick(f, "KTM-CP-260224", "EGM-CP-260415")),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    lines = kit.pick(f, (("KL-BRG-2101", "Roller bearing 6205", 80, 78, 21.5), ("KL-BLT-2102", "V-belt B42", 300, 292, 6.8)),
                     (("KL-SCR-3101", "Sieve screen 2 mm", 24, 24, 58.0),))  # fmt: skip
    heads = ("Namba ab kiy / Part No.", "Kiy / Description", "Kiyai / Approved", "Kiwekse / Returned",
             "Beit / Unit price", "Rabisiek / Amount")  # fmt: skip
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(lines):
        cells = (code, name, (f"{qa:,}", qa), (f"{q:,}", q), (f"{p:,.2f}", kit.money(p)),
                 (f"{q * p:,.2f}", kit.money(q * p)))  # fmt: skip
        kit.td_row(f, kit.item_cells(i, cells, kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("Agobo / Reason", "Ne kiyai / Disposition", "Kiinam / Received by", "Kiyai / Approved by"),
        (kit.pick(f, "Bearings noisy, belts frayed.", "Screens torn."),
         (kit.pick(f, "Rework", "Scrap"), [kit.pick(f, "rework", "scrap")]),
         kit.pick(f, "Kiprotich Langat", "Chebet Koech"), "Kipchumba Rotich"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("Return note", _CSS)


def allowance_zht_spec(f: kit.HtmlForm) -> str:
    """A 銷貨退回折讓單 whose lines carry A 規格 COLUMN OF DIMENSIONS (``M4×12 SUS304``, ``120×80×2.0t``) between the
    name and the count: numbers that are no field."""
    f.raw("<h2>銷貨退回折讓單</h2>")
    kit.kv(f, kit.field_rows(
        ("折讓單號", "折讓日期", "買受人", "統一編號", "原發票號碼"),
        ("ZR-TN-2603-044", ("2026/03/24", "2026-03-24"), "研華股份有限公司", "23461541", "SK-70184426"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no"),
    ))  # fmt: skip
    heads = ("品名", "規格", "數量", "單價", "金額", "營業稅額")
    kit.th_row(f, heads)
    lines = (("不鏽鋼螺絲", "M4×12 SUS304", 20000, 0.35), ("鋁散熱片", "120×80×2.0t", 1500, 8.6),
             ("矽膠墊圈", "Φ6×1.5", 8000, 0.22))  # fmt: skip
    for i, (name, spec, q, p) in enumerate(lines):
        cells = (name, spec, (f"{q:,}", q), (f"{p:.2f}", kit.money(p)), (f"{q * p:,.0f}", kit.money(q * p)),
                 (f"{round(q * p * 0.05):,}", kit.money(round(q * p * 0.05))))  # fmt: skip
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", None, "qty", "unit_price", "allowance_amount", "tax")), heads
        )
    f.raw("</table>")
    net = sum(q * p for _, _s, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, _s, q, p in lines)
    kit.kv(f, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "總計", "主管核章"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "蘇建銘"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("銷貨退回折讓單", _CSS)


def eightd_zht_progress(f: kit.PdfDraw) -> None:
    """An 8D 報告 whose every step carries A PROGRESS AND STATUS at the right of its line (``進度 100%``, ``狀態
    已完成``), as a tracker prints it: no part of the step's text and no field."""
    f = kit.CjkDraw.of(f)
    f.text(82, 14, "8D 改善報告", size=14)
    kit.pdf_lv_lines(f, 15, 40, 26, kit.field_rows(
        ("報告編號", "立案日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-JT-2603-015", ("2026/03/09", "2026-03-09"), "群創光電股份有限公司", "INX-QA-260305", "JT-CON-3307",
         ("240 PCS", 240)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.pdf_team_line(f, 15, 50, 70, "D1 小組成員", ("葉俊傑", "謝佳蓉", "曾國華"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 真因分析", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("連接器端子變形，計 240 PCS。", "在庫 3,000 PCS 全數目檢。", "端子載帶張力過大。", "外觀檢查未含端子共面度。",
         "載帶張力調降並加裝張力計。", "連續 3 批共面度合格。", "同類 4 款連接器比照。"),
    )  # fmt: skip
    states = (("100%", "已完成"), ("100%", "已完成"), ("100%", "已完成"), ("100%", "已完成"), ("80%", "進行中"),
              ("50%", "進行中"), ("30%", "進行中"))  # fmt: skip
    y = 80.0
    for (lab, raw, path), (pct, state) in zip(steps, states):
        kit.pdf_lv_lines(f, 15, 50, y, [(lab, raw, path, None)])
        f.text(150, y, f"進度 {pct}　狀態 {state}", size=8)
        y += 10
    kit.pdf_lv_lines(f, 15, 50, y + 2, kit.field_rows(
        ("D8 結案日期", "核准"), (("2026/04/17", "2026-04-17"), "林志明"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def return_zht_boxrange(f: kit.PdfDraw) -> None:
    """A 退貨單 whose lines carry A CARTON-NUMBER RANGE (``箱號`` ``C01~C04``) before the counts, as a warehouse marks
    the cartons: no field (never a count)."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退貨單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, kit.field_rows(
        ("退回單號", "退回日期", "客戶", "客訴編號"),
        ("RT-KY-2603-061", ("2026/03/28", "2026-03-28"), "緯創資通股份有限公司", "WIS-QA-260325"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "料號", "part_no"), (45, "品名", "part_name"), (72, "箱號", None), (95, "核准數量", "qty_approved"),
            (118, "退回數量", "qty_returned"), (142, "單價", "unit_price"), (166, "金額", "amount"))  # fmt: skip
    for x, lab, _path in cols:
        f.text(x, 62, lab, bold=True)
    f.pdf.line(15, 64, 195, 64)
    lines = (("KY-FAN-3201", "系統風扇", "C01~C04", 800, 792, 18.5), ("KY-PSU-3202", "電源模組", "C05~C06", 120, 120, 96.0),
             ("KY-CBL-3203", "排線", "C07~C12", 3000, 2950, 1.25))  # fmt: skip
    y = 64.0
    for i, (code, name, cartons, qa, q, p) in enumerate(lines):
        y += 8
        for (x, lab, path), raw, exp in zip(cols, (code, name, cartons, f"{qa:,}", f"{q:,}", f"{p:,.2f}", f"{q * p:,.2f}"),
                                            (None, None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=path and f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 38, y + 14, kit.field_rows(
        ("退回原因", "處理方式", "倉管簽收", "主管核准"),
        ("風扇異音，排線斷裂。", ("退回供應商", ["return"]), "羅世昌", "彭雅婷"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a Swati-speaking customer's complaint: Swati–English labels, 5 iNdlovu-lenkhulu 2026, 1 200 pcs", complaint_en_swati),
        ("a Dholuo-speaking customer's 8D: Dholuo–English labels, 5 Dwe mar Adek 2026, 24 Dwe mar Ang'wen 2026", eightd_en_dholuo),
        ("a Kalenjin-speaking customer's return note: Kalenjin–English labels, 27 Ng'atyaato 2026", return_en_kalenjin),
        ("a 銷貨退回折讓單 whose lines carry a 規格 column of dimensions (M4×12 SUS304)", allowance_zht_spec),
        ("an 8D 報告 whose every step carries a progress and a status at the right of its line", eightd_zht_progress),
        ("a 退貨單 whose lines carry a carton-number range (箱號 C01~C04)", return_zht_boxrange),
    )
]  # fmt: skip


# =============================================================================== odd files
def _no_such_day_workbook() -> bytes:
    """A complaint workbook whose received date is A DAY THAT DOES NOT EXIST, typed as text (``2026-02-30``: the
    clerk meant the last day of February or 2 March): never a date moved silently to another day."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "客诉单"
    fields = (("投诉单号", "KS-BD-2603-006"), ("接收日期", "2026-02-30"), ("客户名称", "东莞市立讯精密工业有限公司"),
              ("物料编码", "BD-USB-2206"), ("物料名称", "USB 连接器"), ("交货数量", 5000), ("不良数量", 75),
              ("不良描述", "插拔力偏大。"), ("填表人", "庞玉婷"))  # fmt: skip
    for row in fields:
        wb.active.append(row)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 2, 9, 0))


def _two_counts_pdf() -> bytes | None:
    """A filled complaint drawn by fpdf2 whose DEFECT COUNT IS GIVEN TWICE WITH TWO VALUES under the same label: the
    customer's ``96`` in the form and a re-check's ``120`` in a block the quality engineer added under it."""
    if kit.FPDF is None:
        return None
    f = kit.CjkDraw.of(kit.PdfDraw(False))
    f.text(80, 16, "客户投诉单", size=14)
    shown = (("投诉单号", "KS-TC-2603-031"), ("接收日期", "2026-03-26"), ("客户名称", "深圳市汇川技术股份有限公司"),
             ("物料编码", "TC-FAN-0815"), ("交货数量", "6000"), ("不良数量", "96"), ("填表人", "温晓丽"))  # fmt: skip
    y = 30
    for lab, val in shown:
        f.text(20, y, lab + "：")
        f.text(55, y, val)
        y += 8
    f.text(20, y + 6, "复检结果", size=11)
    for lab, val in (("不良数量", "120"), ("复检人", "钟伟")):
        y += 8
        f.text(20, y + 6, lab + "：")
        f.text(55, y + 6, val)
    return bytes(f.pdf.output())


ODD = {
    "complaint-noday.xlsx": (
        "a complaint workbook whose received date is a day that does not exist (2026-02-30, typed as text): never a "
        "date moved to another day; the other values with a word that the date is impossible, or a clear error",
        _no_such_day_workbook,
    ),
    "complaint-twocounts.pdf": (
        "a filled complaint PDF whose defect count is given twice with two values (96 in the form, 120 in a re-check "
        "block under it): a word that the count is ambiguous, or a clear error; never one of them silently",
        _two_counts_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-fifth held-out layouts", ODD)
