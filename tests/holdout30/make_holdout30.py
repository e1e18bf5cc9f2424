"""Write the thirtieth held-out set (run: ``python tests/holdout30/make_holdout30.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: a LINGALA–ENGLISH complaint (``5 sánzá ya mísáto 2026``) whose counts have
their UNIT BEFORE THE NUMBER (``pcs 1,200``), a 客户投诉单 whose names carry their PINYIN IN BRACKETS
(``蔡丽娟（Cai Lijuan）``), a 客訴處理單 with a BLANK ROW BETWEEN EVERY FIELD ROW (spaced for a pen); a
SCOTTISH GAELIC–ENGLISH 8D (``5mh dhen Mhàrt 2026``: an ordinal day, the month in the genitive), an 8D
报告 whose steps have a STATUS AND A DATE COLUMN beside each text; a SETSWANA–ENGLISH return (``5 Mopitlwe
2026``) whose unit prices have THREE DECIMALS (``P 0.350``), a 退货单 whose lines are split by
SUBTOTAL ROWS (小计 per warehouse); a LUGANDA–ENGLISH credit note (``24 Marisi 2026``) whose amounts are
written the Ugandan way ``72,750/=``, a 销售折让证明单 whose lines are GROUPED UNDER A ROW PER ORIGINAL
INVOICE; sent as PDF only: an EWE–ENGLISH complaint (``5 tedoxe 2026``) whose counts are followed by
THEIR WORDS IN BRACKETS (Chromium), a WEST FRISIAN–ENGLISH 8D (``5 maaie 2026``, ``1.250 stiks``) whose
every step is a HEADING ROW ABOVE ITS TEXT ROW (Chromium), a BAMBARA–ENGLISH return (``5 marisi 2026``)
in CFA francs ``22 080 FCFA`` (Chromium), a 銷貨折讓單 over TWO PAGES with a CARRIED-FORWARD row
(過次頁 / 承上頁) (Chromium), an 8D 報告 whose counts carry a DEFECT RATE IN BRACKETS (``540 台（4.5%）``;
fpdf2), a 退貨單 whose items are a NUMBERED TEXT LIST, one sentence-like line per item (fpdf2).
``odd/`` holds a commercial invoice sent instead of a form and a workbook saved as Strict Open XML.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where the kit is
import holdout_kit as kit

dt, D = kit.dt, kit.dt.date
SOURCE = {"origin": "thirtieth held-out imitation", "source": "tests/holdout30/make_holdout30.py"}

_MONTHS = {  # each language's months, January first, as its clerks write them in a date ("|" between)
    "ln": "sánzá ya yambo|sánzá ya míbalé|sánzá ya mísáto|sánzá ya mínei|sánzá ya mítáno|sánzá ya motóbá"
    "|sánzá ya nsambo|sánzá ya mwambe|sánzá ya libwa|sánzá ya zómi|sánzá ya zómi na mɔ̌kɔ́|sánzá ya zómi na míbalé",
    "gd": "dhen Fhaoilleach|dhen Ghearran|dhen Mhàrt|dhen Ghiblean|dhen Chèitean|dhen Ògmhios|dhen Iuchar"
    "|dhen Lùnastal|dhen t-Sultain|dhen Dàmhair|dhen t-Samhain|dhen Dùbhlachd",
    "tn": "Ferikgong|Tlhakole|Mopitlwe|Moranang|Motsheganong|Seetebosigo|Phukwi|Phatwe|Lwetse|Diphalane"
    "|Ngwanatsele|Sedimonthole",
    "lg": "Janwaliyo|Febwaliyo|Marisi|Apuli|Maayi|Juuni|Julaayi|Agusito|Sebuttemba|Okitobba|Novemba|Desemba",
    "ee": "dzove|dzodze|tedoxe|afɔfĩe|dama|masa|siamlɔm|deasiamime|anyɔnyɔ|kele|adeɛmekpɔxe|dzome",
    "fy": "jannewaris|febrewaris|maart|april|maaie|juny|july|augustus|septimber|oktober|novimber|desimber",
    "bm": "zanwuye|feburuye|marisi|awirili|mɛ|zuwɛn|zuluye|uti|sɛtanburu|ɔkutɔburu|nowanburu|desanburu",
}


def dmy(lang: str, d: dt.date, day: str = "{}") -> str:
    """``5 sánzá ya mísáto 2026`` (Lingala), ``24 Marisi 2026`` (Luganda); ``day``: how the day is written
    (Gaelic ``{}mh``: ``5mh dhen Mhàrt 2026``)."""
    return f"{day.format(d.day)} {_MONTHS[lang].split('|')[d.month - 1]} {d.year}"


# =============================================================================== complaint
def complaint_en_lingala(s: kit.Sheet) -> None:
    """A Congolese customer's MOKANDA YA BOMILELA / CUSTOMER COMPLAINT in LINGALA–ENGLISH labels, ``5 sánzá ya
    mísáto 2026`` (the third month), each count typed with its UNIT BEFORE THE NUMBER (``pcs 1,200``)."""
    s.text("A1", "MOKANDA YA BOMILELA / CUSTOMER COMPLAINT", "D1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 14))
    kit.lv(s, "A2", "Nimero / Complaint No.", "B2", kit.pick(s, "MB-FIH-26-0021", "MB-FIH-26-0053"), "number",
           span="D2")  # fmt: skip
    kit.lv(s, "A3", "Mokɔlɔ ya kozwa / Received", "B3", dmy("ln", d), "received_date", expect=d.isoformat(),
           span="D3")  # fmt: skip
    kit.lv(s, "A4", "Mosombi / Customer", "B4", kit.pick(s, "Vodacom Congo SA", "Kamoto Copper Company"),
           "customer", span="D4")  # fmt: skip
    kit.lv(s, "A5", "Nimero ya komandi / PO No.", "B5", kit.pick(s, "VDC-PO-2602-0311", "KCC-PO-2604-0178"),
           "order_no", span="D5")  # fmt: skip
    kit.lv(s, "A6", "Nimero ya eloko / Part No.", "B6", kit.pick(s, "LN-RCT-3310", "LN-CBL-0724"), "part_no")
    kit.lv(s, "C6", "Lot", "D6", kit.pick(s, "KN2602-07", "KN2604-12"), "lot_no")
    kit.lv(s, "A7", "Nkombo ya eloko / Part name", "B7", kit.pick(s, "Rectifier module 48 V", "Cable gland M25"),
           "part_name", span="D7")  # fmt: skip
    q, dq = kit.pick(s, (1200, 45), (24000, 380))
    kit.lv(s, "A8", "Motángo etindami / Qty delivered", "B8", f"pcs {q:,}", "ship_qty", expect=q, span="D8")
    kit.lv(s, "A9", "Motángo ebebi / Qty defective", "B9", f"pcs {dq:,}", "defect_qty", expect=dq, span="D9")
    kit.lv(s, "A10", "Likambo / Defect description", "B10",
           kit.pick(s, "Modules stop at 55 °C.", "Gland seals split when tightened."), "description",
           span="D10")  # fmt: skip
    kit.lv(s, "A11", "Bosɛngi / Request", "B11", kit.pick(s, "Kobongola / Replacement", "Kozongisa / Return"),
           "customer_request", expect=[kit.pick(s, "replacement", "return")], span="D11")  # fmt: skip
    kit.lv(s, "A12", "Likambo esalemi noki / Immediate action", "B12",
           kit.pick(s, "Stock of pcs 3,600 tested.", "Lot held in Kolwezi."), "short_term_action",
           span="D12")  # fmt: skip
    kit.lv(s, "A13", "Akomi / Prepared by", "B13", "Tang Wei", "reporter")
    kit.lv(s, "C13", "Mokambi / Supervisor", "D13", kit.pick(s, "Patrice Mbuyi", "Aimée Kalala"),
           "sales_supervisor")  # fmt: skip


def complaint_zh_pinyin(s: kit.Sheet) -> None:
    """客户投诉单 of a factory with foreign managers: every NAME CARRIES ITS PINYIN IN BRACKETS
    (``蔡丽娟（Cai Lijuan）``), as a bilingual office writes them so the expatriates can read them."""
    s.text("A1", "客户投诉单", "D1", size=15)
    kit.lv(s, "A2", "投诉编号", "B2", kit.pick(s, "TS-2603-118", "TS-2604-143"), "number")
    kit.lv(s, "C2", "受理日期", "D2", kit.pick(s, D(2026, 3, 13), D(2026, 4, 21)), "received_date",
           fmt="yyyy-mm-dd")  # fmt: skip
    kit.lv(
        s,
        "A3",
        "客户",
        "B3",
        kit.pick(s, "美的集团股份有限公司", "格力电器股份有限公司"),
        "customer",
        span="D3",
    )
    kit.lv(s, "A4", "订单编号", "B4", kit.pick(s, "MD-PO-2603-2210", "GR-PO-2604-0937"), "order_no")
    kit.lv(s, "C4", "批号", "D4", kit.pick(s, "PY260302-1", "PY260411-3"), "lot_no")
    kit.lv(s, "A5", "产品编码", "B5", kit.pick(s, "PY-CMP-4410", "PY-VLV-2208"), "part_no")
    kit.lv(s, "C5", "产品名称", "D5", kit.pick(s, "压缩机接线盒", "四通阀线圈"), "part_name")
    q, dq = kit.pick(s, (6000, 84), (15000, 260))
    kit.lv(s, "A6", "交货数量", "B6", q, "ship_qty", fmt="#,##0")
    kit.lv(s, "C6", "不良数量", "D6", dq, "defect_qty")
    kit.lv(
        s,
        "A7",
        "不良现象",
        "B7",
        kit.pick(s, "接线盒卡扣断裂。", "线圈引线绝缘破损。"),
        "description",
        span="D7",
    )
    kit.lv(s, "A8", "客户要求", "B8", kit.pick(s, "换货", "退货"), "customer_request",
           expect=[kit.pick(s, "replacement", "return")], span="D8")  # fmt: skip
    kit.lv(s, "A9", "临时措施", "B9", kit.pick(s, "库存 2,000 件全检卡扣。", "在途 3 批隔离。"), "short_term_action",
           span="D9")  # fmt: skip
    who = kit.pick(
        s,
        (("蔡丽娟", "Cai Lijuan"), ("尹志刚", "Yin Zhigang")),
        (("蔡丽娟", "Cai Lijuan"), ("覃海波", "Qin Haibo")),
    )
    for (lref, lab, vref, path), (name, pinyin) in zip((("A10", "填单人", "B10", "reporter"),
                                                       ("C10", "业务主管", "D10", "sales_supervisor")), who):  # fmt: skip
        kit.lv(s, lref, lab, vref, f"{name}（{pinyin}）", path, expect=name)


def complaint_zht_blankrows(s: kit.Sheet) -> None:
    """客訴處理單 with A BLANK ROW BETWEEN EVERY FIELD ROW (a form laid out for a pen: each row of fields
    followed by an empty, shorter row), the values one column right of their labels."""
    s.text("A1", "客訴處理單", "D1", size=15)
    rows = (
        (("客訴編號", "CS-TY-2603-027", "number", None), ("收件日期", "2026/03/10", "received_date", "2026-03-10")),
        (("客戶名稱", "台達電子工業股份有限公司", "customer", None), ("客戶訂單", "DLT-PO-2603-4471", "order_no", None)),
        (("料號", "TY-IND-7702", "part_no", None), ("品名", "功率電感", "part_name", None)),
        (("出貨數量", "10,000", "ship_qty", 10000), ("不良數量", "150", "defect_qty", 150)),
        (("批號", "TY2602-19", "lot_no", None), ("客戶要求", "退貨", "customer_request", ["return"])),
        (("異常描述", "電感值偏低，磁芯破裂。", "description", None), ("暫時對策", "庫存 4,000 顆全數篩選。", "short_term_action", None)),
        (("填單人", "周雅琪", "reporter", None), ("業務主管", "林冠廷", "sales_supervisor", None)),
    )  # fmt: skip
    for k, pair in enumerate(rows):
        r = 2 + 2 * k
        for (lcol, vcol), (lab, raw, path, exp) in zip((("A", "B"), ("C", "D")), pair):
            kit.lv(s, f"{lcol}{r}", lab, f"{vcol}{r}", raw, path, expect=exp)
        s.height(r + 1, 8)


# =============================================================================== 8D
def eightd_en_gaelic(s: kit.Sheet) -> None:
    """A Scottish customer's AITHISG 8D / 8D REPORT in SCOTTISH GAELIC–ENGLISH labels, dates ``5mh dhen Mhàrt
    2026`` (an ordinal day, ``dhen`` and the month lenited in the genitive), counts ``1,250 pìos``."""
    s.text("A1", "AITHISG 8D / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 22)), (D(2026, 4, 9), D(2026, 5, 28)))
    kit.lv(s, "A2", "Àireamh na h-aithisg / Report No.", "B2", kit.pick(s, "8D-INV-26-007", "8D-INV-26-019"),
           "number")  # fmt: skip
    kit.lv(s, "C2", "Fosgailte / Opened", "D2", dmy("gd", d, "{}mh"), "opened_date", expect=d.isoformat())
    kit.lv(s, "A3", "Neach-ceannach / Customer", "B3", kit.pick(s, "Highland Marine Ltd", "Orkney Wind Services"),
           "customer")  # fmt: skip
    kit.lv(s, "C3", "Àireamh a' ghearain / Complaint No.", "D3", kit.pick(s, "HM-GR-260302", "OW-GR-260406"),
           "complaint_number")  # fmt: skip
    kit.lv(
        s, "A4", "Àireamh a' phàirt / Part No.", "B4", kit.pick(s, "GD-SHK-5501", "GD-BLT-0830"), "part_no"
    )
    n = kit.pick(s, 1250, 640)
    kit.lv(
        s, "C4", "Meud / Qty complained", "D4", kit.qty(n, ",", "pìos"), "problem.qty_complained", expect=n
    )
    team = kit.pick(
        s, ("Iain MacLeòid", "Wang Jing", "Mòrag Dhòmhnallach"), ("Iain MacLeòid", "Seumas Caimbeul")
    )
    kit.team_cell(s, "A5", "D1 Sgioba / Team", "B5", team, span="D5")
    rows = kit.eightd_steps(
        ("D2 An duilgheadas / Problem", "D3 Casg sa bhad / Containment", "D4 Bun-adhbhar / Root cause",
         "D4 Carson nach deach a lorg / Why not detected", "D5 Ceartachadh / Corrective action",
         "D6 Dearbhadh / Verification", "D7 Casg o seo a-mach / Prevention"),
        kit.pick(s, ("Shackle pins corrode on 1,250 pìos.", "Stock of 4,000 pìos re-coated.",
                     "Zinc layer 40 % under spec.", "Coating thickness not sampled.",
                     "Bath time raised to 12 min.", "6 lots pass salt spray.", "Thickness gauge on line 2 too."),
                 ("Bolts snap at torque.", "Lot held at Kirkwall.", "Quench oil too hot.",
                  "Hardness tested once a week.", "Oil cooler added.", "4 lots tested.", "Hardness each lot.")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv(
        s,
        "A13",
        "D8 Dùinte / Closed",
        "B13",
        dmy("gd", c, "{}mh"),
        "closure.closed_date",
        expect=c.isoformat(),
    )
    kit.lv(s, "C13", "Aontaichte / Approved", "D13", kit.pick(s, "Catrìona NicAoidh", "Ailean Moireach"),
           "closure.approved_by")  # fmt: skip


def eightd_zh_status(s: kit.Sheet) -> None:
    """8D 报告 kept as a tracker: each step's text with a STATUS COLUMN (``已完成``) and a COMPLETION-DATE
    COLUMN beside it; only D8's date is the closing date."""
    s.text("A1", "8D 报告", "D1", size=15)
    kit.lv(s, "A2", "报告编号", "B2", "8D-SZ-2603-022", "number")
    kit.lv(s, "C2", "立案日期", "D2", D(2026, 3, 6), "opened_date", fmt="yyyy-mm-dd")
    kit.lv(s, "A3", "客户", "B3", "深圳迈瑞生物医疗电子股份有限公司", "customer")
    kit.lv(s, "C3", "客诉编号", "D3", "MR-QA-260304", "complaint_number")
    kit.lv(s, "A4", "零件编号", "B4", "SZ-PCB-3318", "part_no")
    kit.lv(s, "C4", "不良数", "D4", 210, "problem.qty_complained")
    kit.head_row(s, 5, "ABCD", ("步骤", "内容", "状态", "完成日期"))
    team = ("郑晓光", "龚丽", "魏少华")
    kit.team_cell(s, "A6", "D1 小组", "B6", team, sep="、")
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 围堵措施", "D4 产生原因", "D4 流出原因", "D5 纠正措施", "D6 实施验证", "D7 预防措施"),
        ("监护仪主板上电无显示，210 片。", "库存及在途 1,800 片全检。", "BGA 焊点空洞超标。", "AOI 未覆盖 BGA 底部。",
         "回流曲线调整，增加 X-Ray 抽检。", "连续 6 批 X-Ray 合格。", "同类 BGA 产品导入 X-Ray。"),
    )  # fmt: skip
    for k, (lab, raw, path) in enumerate(rows):
        r = 7 + k
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path)
    for r in range(6, 14):
        s.value(f"C{r}", "已完成", path=None, label="状态")
        s.value(f"D{r}", D(2026, 3, 6 + 3 * (r - 6)), path=None, label="完成日期", fmt="yyyy-mm-dd")
    kit.label(s, "A14", "D8 结案")
    s.value("B14", "小组总结，关闭。", path=None, label="D8 结案")
    s.value("C14", "已关闭", path=None, label="状态")
    s.value("D14", D(2026, 4, 17), path="closure.closed_date", label="完成日期", fmt="yyyy-mm-dd")
    kit.lv(s, "A15", "批准", "B15", "冯建国", "closure.approved_by")


# =============================================================================== return
def return_en_setswana(s: kit.Sheet) -> None:
    """A Botswana customer's FOROMO YA GO BUSETSA / RETURN NOTE in SETSWANA–ENGLISH labels, ``5 Mopitlwe 2026``,
    unit prices with THREE DECIMALS shown ``P 0.350`` (pula) by a number format, amounts ``P 16,800.00``."""
    s.text("A1", "FOROMO YA GO BUSETSA / RETURN NOTE", "F1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    kit.lv(s, "A2", "Nomore / Return No.", "B2", kit.pick(s, "FB-GAB-26-0012", "FB-GAB-26-0037"), "number")
    kit.lv(s, "D2", "Letlha / Date", "E2", dmy("tn", d), "issue_date", expect=d.isoformat(), span="F2")
    kit.lv(s, "A3", "Moreki / Customer", "B3", kit.pick(s, "Botswana Power Corporation", "Debswana Diamond Co."),
           "customer")  # fmt: skip
    kit.lv(s, "D3", "Nomore ya ngongorego / Complaint No.", "E3", kit.pick(s, "BPC-NG-260302", "DBW-NG-260409"),
           "complaint_number", span="F3")  # fmt: skip
    heads = ("Nomore ya karolo / Part No.", "Tlhaloso / Description", "E amogetswe / Approved",
             "E busitswe / Returned", "Tlhwatlhwa / Unit price", "Palogotlhe / Amount")  # fmt: skip
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, [("TN-TRM-1101", "Cable lug 16 mm²", 48000, 48000, 0.35),
                         ("TN-SPL-1102", "Splice sleeve", 6000, 5940, 4.25)],
                     [("TN-WSH-2201", "Spring washer M12", 90000, 88000, 0.09)])  # fmt: skip
    kit.return_lines(s, 5, lines, heads)
    for r in range(5, 5 + len(lines)):
        s.ws[f"E{r}"].number_format = '"P "0.000'
        s.ws[f"F{r}"].number_format = '"P "#,##0.00'
    last = 5 + len(lines)
    kit.lv(s, f"A{last}", "Lebaka / Reason", f"B{last}", kit.pick(s, "Lugs crack when crimped.", "Washers flat."),
           "reason", span=f"F{last}")  # fmt: skip
    kit.lv(s, f"A{last + 1}", "Tsamaiso / Disposition", f"B{last + 1}", kit.pick(s, "Busetsa / Return", "Senya / Scrap"),
           "handling", expect=[kit.pick(s, "return", "scrap")], span=f"F{last + 1}")  # fmt: skip
    kit.lv(s, f"A{last + 2}", "E amogetswe ke / Received by", f"B{last + 2}", kit.pick(s, "Kagiso Molefe", "Onalenna Sebego"),
           "warehouse_receiver")  # fmt: skip
    kit.lv(s, f"D{last + 2}", "E dumeletswe ke / Approved by", f"E{last + 2}", "Boitumelo Kgosi", "approved_by",
           span=f"F{last + 2}")  # fmt: skip


def return_zh_subtotals(s: kit.Sheet) -> None:
    """退货单 whose lines are SPLIT BY SUBTOTAL ROWS: the lines of each warehouse, then a ``小计`` row with the
    warehouse's counts and amount, and a ``合计`` row under all of them (none of these rows is a line)."""
    s.text("A1", "退货单", "F1", size=15)
    kit.lv(s, "A2", "退货单号", "B2", kit.pick(s, "TH-XM-2603-044", "TH-XM-2604-072"), "number")
    kit.lv(s, "D2", "退货日期", "E2", kit.pick(s, D(2026, 3, 27), D(2026, 4, 23)), "issue_date", fmt="yyyy-mm-dd",
           span="F2")  # fmt: skip
    kit.lv(
        s, "A3", "客户", "B3", kit.pick(s, "厦门金龙汽车集团股份有限公司", "宇通客车股份有限公司"), "customer"
    )
    kit.lv(
        s, "D3", "客诉单号", "E3", kit.pick(s, "JL-QA-260321", "YT-QA-260418"), "complaint_number", span="F3"
    )
    heads = ("物料编码", "物料名称", "核准数量", "退货数量", "单价", "金额")
    kit.head_row(s, 4, "ABCDEF", heads)
    groups = kit.pick(s, ((("XM-LMP-8101", "尾灯总成", 120, 118, 86.5), ("XM-SWT-8102", "门控开关", 600, 600, 7.2)),
                          (("XM-HRN-8103", "线束护套", 2000, 1960, 1.35),)),
                      ((("XM-MIR-9101", "后视镜", 60, 60, 142.0),),
                       (("XM-WPR-9102", "雨刮片", 400, 392, 18.6), ("XM-CLP-9103", "卡扣", 5000, 5000, 0.28))))  # fmt: skip
    r, i = 5, 0
    for lines in groups:
        for code, name, qa, q, p in lines:
            kit.return_lines(s, r, [(code, name, qa, q, p)], heads)
            for cell in s.fields[-6:]:  # each line its own index
                cell["path"] = cell["path"].replace("items[0]", f"items[{i}]")
            r, i = r + 1, i + 1
        s.text(f"A{r}", "小计", f"B{r}", bold=True)
        s.value(f"D{r}", sum(q for _c, _n, _qa, q, _p in lines), path=None, label="小计")
        s.value(
            f"F{r}",
            round(sum(q * p for _c, _n, _qa, q, p in lines), 2),
            path=None,
            label="小计",
            fmt="#,##0.00",
        )
        r += 1
    every = [line for lines in groups for line in lines]
    s.text(f"A{r}", "合计", f"B{r}", bold=True)
    s.value(f"D{r}", sum(q for _c, _n, _qa, q, _p in every), path=None, label="合计")
    s.value(
        f"F{r}", round(sum(q * p for _c, _n, _qa, q, p in every), 2), path=None, label="合计", fmt="#,##0.00"
    )
    r += 1
    kit.lv(s, f"A{r}", "退货原因", f"B{r}", kit.pick(s, "尾灯进水，开关接触不良。", "镜片脱胶，雨刮异响。"), "reason",
           span=f"F{r}")  # fmt: skip
    kit.lv(s, f"A{r + 1}", "处理方式", f"B{r + 1}", kit.pick(s, "退回供应商", "报废"), "handling",
           expect=[kit.pick(s, "return", "scrap")], span=f"F{r + 1}")  # fmt: skip
    kit.lv(s, f"A{r + 2}", "仓库签收", f"B{r + 2}", "戴文斌", "warehouse_receiver")
    kit.lv(s, f"D{r + 2}", "部门经理", f"E{r + 2}", "鲁春燕", "approved_by", span=f"F{r + 2}")


# =============================================================================== allowance
def allowance_en_luganda(s: kit.Sheet) -> None:
    """A Ugandan customer's EBBALUWA EKENDEEZA EBBEEYI / CREDIT NOTE in LUGANDA–ENGLISH labels, ``24 Marisi 2026``,
    every amount written the Ugandan way with ``/=`` after it (``72,750/=``: shillings, no cents), VAT 18 %."""
    s.text("A1", "EBBALUWA EKENDEEZA EBBEEYI / CREDIT NOTE", "E1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 24), D(2026, 3, 9)), (D(2026, 4, 28), D(2026, 4, 10)))
    kit.lv(s, "A2", "Namba / Credit Note No.", "B2", kit.pick(s, "CN-KLA-0118", "CN-KLA-0142"), "number")
    kit.lv(s, "C2", "Olunaku / Date", "D2", dmy("lg", d), "issue_date", expect=d.isoformat(), span="E2")
    kit.lv(s, "A3", "Omuguzi / Buyer", "B3", kit.pick(s, "Umeme Limited", "Roofings Group"), "buyer")
    kit.lv(s, "C3", "TIN / Tax No.", "D3", kit.pick(s, "1000024517", "1000036681"), "buyer_tax_id", span="E3")
    kit.lv(s, "A4", "Invoyisi / Invoice No.", "B4", kit.pick(s, "INV-26-02214", "INV-26-03096"), "invoice_no")
    kit.lv(s, "C4", "Olunaku lwa invoyisi / Invoice date", "D4", dmy("lg", inv), "invoice_date",
           expect=inv.isoformat(), span="E4")  # fmt: skip
    kit.lv(s, "A5", "Namba y'okwemulugunya / Complaint No.", "B5", kit.pick(s, "UM-EM-260312", "RG-EM-260414"),
           "complaint_number")  # fmt: skip
    heads = (
        "Ekintu / Item",
        "Omuwendo / Qty",
        "Ebbeeyi / Unit price",
        "Omuwendo gwa ssente / Net",
        "VAT 18%",
    )
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("Meter box UG-MBX-1101", 150, 485.0), ("Service cable clamp UG-CLP-1102", 400, 27.5)),
                     (("Ridge cap UG-RDG-2201", 300, 1250.0),))  # fmt: skip
    kit.allowance_lines(s, 7, lines, heads, 0.18, lambda x: f"{x:,.0f}/=",
                        ("Omugatte / Net total", "VAT yonna / Total VAT", "Omugatte ne VAT / Total incl. VAT"))  # fmt: skip
    kit.lv(s, "A13", "Akkirizza / Approved", "B13", kit.pick(s, "Sarah Nakato", "Joseph Ssemwogerere"),
           "approved_by_manager")  # fmt: skip


def allowance_zh_groups(s: kit.Sheet) -> None:
    """销售折让证明单 covering two original invoices: its lines GROUPED UNDER A ROW PER INVOICE (``原发票：…``
    merged across the table), no invoice field of its own."""
    s.text("A1", "销售折让证明单", "E1", size=15)
    kit.lv(s, "A2", "证明单号", "B2", "ZR-CQ-2603-031", "number")
    kit.lv(s, "C2", "开具日期", "D2", D(2026, 3, 30), "issue_date", fmt="yyyy-mm-dd", span="E2")
    kit.lv(s, "A3", "购买方", "B3", "重庆长安汽车股份有限公司", "buyer", span="E3")
    kit.lv(s, "A4", "纳税人识别号", "B4", "91500000202866108X", "buyer_tax_id", span="E4")
    kit.lv(s, "A5", "客诉单号", "B5", "CA-QA-260325", "complaint_number", span="E5")
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    s.text("A7", "原发票：50026113 / 08823301（2026-03-02）", "E7", bold=True)
    n1, t1 = kit.credit_cells(s, 8, (("座椅滑轨", 800, 2.4), ("安全带卡扣", 3000, 0.55)), heads, 0.13)
    s.text("A10", "原发票：50026113 / 08823417（2026-03-09）", "E10", bold=True)
    n2, t2 = kit.credit_cells(s, 11, (("门锁拉线", 1200, 0.9),), heads, 0.13, start=2)
    net, tax = round(n1 + n2, 2), round(t1 + t2, 2)
    kit.lv(s, "A12", "折让金额合计", "B12", net, "total_excl_tax", expect=kit.money(net), fmt="#,##0.00")
    kit.lv(s, "C12", "税额合计", "D12", tax, "total_tax", expect=kit.money(tax), fmt="#,##0.00", span="E12")
    kit.lv(
        s, "A13", "价税合计", "B13", round(net + tax, 2), "total", expect=kit.money(net + tax), fmt="#,##0.00"
    )
    kit.lv(s, "A14", "财务经理", "B14", "程晓梅", "approved_by_manager")


EXCEL = [
    kit.excel_layout("complaint-en-lingala", "complaint", "en", complaint_en_lingala, "Mokanda",
       dict(A=40, B=30, C=18, D=26),
       "a Congolese customer's complaint: Lingala–English labels, 5 sánzá ya mísáto 2026, the unit before the count",
       copy2=True),
    kit.excel_layout("complaint-zh-pinyin", "complaint", "zh-Hans", complaint_zh_pinyin, "投诉单",
       dict(A=14, B=30, C=14, D=28), "客户投诉单 whose names carry their pinyin in brackets", copy2=True),
    kit.excel_layout("complaint-zht-blankrows", "complaint", "zh-Hant", complaint_zht_blankrows, "客訴",
       dict(A=14, B=30, C=14, D=30), "a 客訴處理單 with a blank row between every field row"),
    kit.excel_layout("8d-en-gaelic", "8d", "en", eightd_en_gaelic, "8D", dict(A=48, B=30, C=36, D=30),
       "a Scottish customer's 8D: Gaelic–English labels, 5mh dhen Mhàrt 2026, 1,250 pìos", copy2=True),
    kit.excel_layout("8d-zh-status", "8d", "zh-Hans", eightd_zh_status, "8D", dict(A=16, B=40, C=10, D=14),
       "8D 报告 kept as a tracker: a status and a completion-date column beside each step"),
    kit.excel_layout("return-en-setswana", "return", "en", return_en_setswana, "Busetso",
       dict(A=26, B=24, C=18, D=18, E=20, F=20),
       "a Botswana customer's return note: Setswana–English labels, 5 Mopitlwe 2026, prices P 0.350",
       copy2=True),
    kit.excel_layout("return-zh-subtotals", "return", "zh-Hans", return_zh_subtotals, "退货单",
       dict(A=16, B=18, C=12, D=12, E=12, F=14), "a 退货单 whose lines are split by subtotal rows (小计)",
       copy2=True),
    kit.excel_layout("allowance-en-luganda", "allowance", "en", allowance_en_luganda, "Ebbaluwa",
       dict(A=40, B=24, C=30, D=28, E=20),
       "a Ugandan customer's credit note: Luganda–English labels, 24 Marisi 2026, amounts 72,750/=",
       copy2=True),
    kit.excel_layout("allowance-zh-groups", "allowance", "zh-Hans", allowance_zh_groups, "折让",
       dict(A=18, B=14, C=12, D=14, E=12), "销售折让证明单 whose lines are grouped under a row per original invoice"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e4ecdf", ".step th{background:#d9e2ec}.brk{page-break-before:always}")


def complaint_en_ewe(f: kit.HtmlForm) -> str:
    """A Togolese customer's NYATSƆTSƆ / CUSTOMER COMPLAINT page in EWE–ENGLISH labels, ``5 tedoxe 2026``, each
    count FOLLOWED BY ITS WORDS IN BRACKETS (``1,200 (one thousand two hundred) pcs``), as a cheque is written."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 15))
    q, dq, qw, dqw = kit.pick(f, (1200, 48, "one thousand two hundred", "forty-eight"),
                              (8400, 130, "eight thousand four hundred", "one hundred and thirty"))  # fmt: skip
    f.raw("<h2>NYATSƆTSƆ / CUSTOMER COMPLAINT</h2>")
    kit.kv(f, (
        ("Xexlẽdzesi / Complaint No.", kit.pick(f, "NT-LFW-26-0015", "NT-LFW-26-0044"), "number", None),
        ("Gbe si wòxɔe / Received", dmy("ee", d), "received_date", d.isoformat()),
        ("Asitsala / Customer", kit.pick(f, "Togocom SA", "CEET Lomé"), "customer", None),
        ("Dɔdɔ xexlẽdzesi / PO No.", kit.pick(f, "TGC-PO-2602-0093", "CET-PO-2604-0215"), "order_no", None),
        ("Lot", kit.pick(f, "LM2602-04", "LM2604-09"), "lot_no", None),
        ("Nu ƒe xexlẽdzesi / Part No.", kit.pick(f, "EE-BAT-4402", "EE-MTR-1207"), "part_no", None),
        ("Nu ƒe ŋkɔ / Part name", kit.pick(f, "Backup battery 12 V", "Prepaid meter 1-phase"), "part_name", None),
        ("Xexlẽme wodɔ / Qty delivered", f"{q:,} ({qw}) pcs", "ship_qty", q),
        ("Xexlẽme gbegblẽ / Qty defective", f"{dq:,} ({dqw}) pcs", "defect_qty", dq),
        ("Nya la / Defect", kit.pick(f, "Batteries swell after 3 weeks.", "Meters reset at night."), "description", None),
        ("Biabia / Request", kit.pick(f, "Ɖɔli / Replacement", "Gbugbɔe ɖo / Return"), "customer_request",
         [kit.pick(f, "replacement", "return")]),
        ("Dɔ si wowɔ enumake / Immediate action", kit.pick(f, "Stock of 2,400 pcs checked.", "Lot held in Lomé port."),
         "short_term_action", None),
        ("Ame si ŋlɔe / Prepared by", "Chen Hao", "reporter", None),
        ("Dzikpɔla / Supervisor", kit.pick(f, "Kossi Agbeko", "Afi Mensah"), "sales_supervisor", None),
    ))  # fmt: skip
    return f.page("Nyatsɔtsɔ", _CSS)


def eightd_en_frisian(f: kit.HtmlForm) -> str:
    """A Frisian customer's 8D-RAPPORT / 8D REPORT page in WEST FRISIAN–ENGLISH labels, ``5 maaie 2026``, counts
    ``1.250 stiks``, EVERY STEP A HEADING ROW ABOVE ITS TEXT ROW (the step's name spanning the table, its text
    in the row under it)."""
    f.raw("<h2>8D-RAPPORT / 8D REPORT</h2>")
    kit.kv(f, (
        ("Rapportnûmer / Report No.", "8D-LWD-26-006", "number", None),
        ("Iepene / Opened", dmy("fy", D(2026, 5, 5)), "opened_date", "2026-05-05"),
        ("Klant / Customer", "Friesland Dairy Systems BV", "customer", None),
        ("Klachtnûmer / Complaint No.", "FDS-KL-260504", "complaint_number", None),
        ("Ûnderdielnûmer / Part No.", "FY-PMP-6601", "part_no", None),
        ("Oantal / Qty complained", "1.250 stiks", "problem.qty_complained", 1250),
    ))  # fmt: skip
    f.raw("<table>")
    team = ("Sjoerd de Vries", "Li Na", "Tsjitske Hoekstra")
    lab = "D1 Team / Team"
    f.raw(f'<tr class="step"><th>{lab}</th></tr>')
    f.raw(f"<tr><td>{f.val(', '.join(team), path=None, label=lab)}</td></tr>")
    kit.members(f, lab, f"html!#v{f.n}", ", ".join(team), team)
    for lab, raw, path in kit.eightd_steps(
        ("D2 Probleem / Problem", "D3 Direkte maatregel / Containment", "D4 Oarsaak / Root cause",
         "D4 Wêrom net fûn / Why not detected", "D5 Korrektive maatregel / Corrective action",
         "D6 Ferifikaasje / Verification", "D7 Foarkommen / Prevention"),
        ("Milk pumps leak at the shaft on 1.250 stiks.", "Stock of 3.000 pumps re-tested.",
         "Shaft seal pressed 0,4 mm short.", "Press depth not logged.", "Press stop fixed by a gauge block.",
         "5 lots without leaks.", "Gauge blocks on both presses."),
    ):  # fmt: skip
        f.raw(f'<tr class="step"><th>{lab}</th></tr><tr><td>{f.val(raw, path=path, label=lab)}</td></tr>')
    f.raw("</table>")
    kit.kv(f, (
        ("D8 Sluten / Closed", dmy("fy", D(2026, 6, 19)), "closure.closed_date", "2026-06-19"),
        ("Goedkard troch / Approved", "Hylke Bosma", "closure.approved_by", None),
    ))  # fmt: skip
    return f.page("8D-rapport", _CSS)


def return_en_bambara(f: kit.HtmlForm) -> str:
    """A Malian customer's SEGINNI SƐBƐN / RETURN NOTE page in BAMBARA–ENGLISH labels, ``5 marisi 2026``, amounts
    in CFA francs with no decimals and a space between the thousands (``22 080 FCFA``)."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 17))
    f.raw("<h2>SEGINNI SƐBƐN / RETURN NOTE</h2>")
    kit.kv(f, (
        ("Nimɔrɔ / Return No.", kit.pick(f, "SS-BKO-26-0008", "SS-BKO-26-0029"), "number", None),
        ("Don / Date", dmy("bm", d), "issue_date", d.isoformat()),
        ("Sannikɛla / Customer", kit.pick(f, "Énergie du Mali SA", "Orange Mali"), "customer", None),
        ("Ɲangilinan nimɔrɔ / Complaint No.", kit.pick(f, "EDM-NG-260302", "ORM-NG-260411"), "complaint_number", None),
    ))  # fmt: skip
    heads = ("Fɛn nimɔrɔ / Part No.", "Ɲɛfɔli / Description", "Sɔnna / Approved", "Seginna / Returned",
             "Sɔngɔ / Unit price", "Hakɛ / Amount")  # fmt: skip
    kit.th_row(f, heads)
    lines = kit.pick(f, (("BM-MCB-1101", "Miniature breaker 16 A", 1200, 1200, 1840), ("BM-SKT-1102", "Wall socket", 500, 480, 265)),
                     (("BM-ANT-2201", "Outdoor antenna", 240, 236, 3190),))  # fmt: skip

    def cfa(x: float) -> str:
        return f"{x:,.0f} FCFA".replace(",", " ")

    for i, (code, name, qa, q, p) in enumerate(lines):
        kit.td_row(f, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (f"{qa:,}".replace(",", " "), f"items[{i}].qty_approved", qa),
            (f"{q:,}".replace(",", " "), f"items[{i}].qty_returned", q),
            (cfa(p), f"items[{i}].unit_price", kit.money(p)), (cfa(q * p), f"items[{i}].amount", kit.money(q * p)),
        ), heads)  # fmt: skip
    f.raw("</table>")
    kit.kv(f, (
        ("Kun / Reason", kit.pick(f, "Breakers trip below 16 A.", "Antennas crack in the sun."), "reason", None),
        ("Kɛcogo / Disposition", kit.pick(f, "Labɛn kokura / Rework", "Ka tiɲɛ / Scrap"), "handling",
         [kit.pick(f, "rework", "scrap")]),
        ("Minɛna / Received by", kit.pick(f, "Moussa Traoré", "Fatoumata Coulibaly"), "warehouse_receiver", None),
        ("Sɔnna / Approved by", "Boubacar Keïta", "approved_by", None),
    ))  # fmt: skip
    return f.page("Seginni sɛbɛn", _CSS)


def allowance_zht_carried(f: kit.HtmlForm) -> str:
    """A 銷貨折讓單 OVER TWO PAGES: page 1's lines end with a ``過次頁`` row carrying their sum forward, page 2 opens
    with the same sum on a ``承上頁`` row, then the last lines and the totals (neither row is a line)."""
    f.raw("<h2>銷貨折讓單</h2>")
    kit.kv(f, (
        ("折讓單號", "ZR-TC-2603-044", "number", None),
        ("開立日期", "2026/03/27", "issue_date", "2026-03-27"),
        ("買受人", "南亞科技股份有限公司", "buyer", None),
        ("統一編號", "22099548", "buyer_tax_id", None),
        ("原發票號碼", "RK-51208833", "invoice_no", None),
    ))  # fmt: skip
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    lines = (("承載盤", 2000, 3.5), ("導電泡棉", 8000, 0.45), ("防靜電袋", 20000, 0.12), ("托盤隔板", 1500, 1.8),
             ("標籤紙", 30000, 0.05))  # fmt: skip

    def rows(part, start: int) -> float:
        s = 0.0
        for i, (name, q, p) in enumerate(part, start=start):
            s += q * p
            kit.td_row(f, ((name, f"items[{i}].name", None), (f"{q:,}", f"items[{i}].qty", q),
                       (f"{p:,.2f}", f"items[{i}].unit_price", kit.money(p)),
                       (f"{q * p:,.0f}", f"items[{i}].allowance_amount", kit.money(q * p)),
                       (f"{round(q * p * 0.05):,}", f"items[{i}].tax", kit.money(round(q * p * 0.05)))), heads)  # fmt: skip
        return s

    kit.th_row(f, heads)
    carried = rows(lines[:3], 0)
    f.raw(f"<tr><td>過次頁</td><td></td><td></td><td>{carried:,.0f}</td><td></td></tr></table>")
    kit.th_row(f, heads, '<table class="brk">')
    f.raw(f"<tr><td>承上頁</td><td></td><td></td><td>{carried:,.0f}</td><td></td></tr>")
    rows(lines[3:], 3)
    f.raw("</table>")
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    kit.kv(f, (
        ("折讓金額合計", f"{net:,.0f}", "total_excl_tax", kit.money(net)),
        ("營業稅額合計", f"{tax:,}", "total_tax", kit.money(tax)),
        ("總計", f"{net + tax:,.0f}", "total", kit.money(net + tax)),
        ("經理", "江志豪", "approved_by_manager", None),
    ))  # fmt: skip
    return f.page("銷貨折讓單", _CSS)


def eightd_zht_rate(f: kit.PdfDraw) -> None:
    """An 8D 報告 whose complained count carries its DEFECT RATE IN BRACKETS (``540 台（4.5%）``), as the customer's
    quality report writes it; ``label：value`` lines, no boxes."""
    f = kit.CjkDraw.of(f)
    f.text(80, 14, "8D 改善報告", size=14)
    y = kit.pdf_lv_lines(f, 15, 40, 24, (
        ("報告編號", "8D-HS-2603-012", "number", None), ("立案日期", "2026/03/12", "opened_date", "2026-03-12"),
        ("客戶名稱", "和碩聯合科技股份有限公司", "customer", None), ("客訴單號", "PGT-QA-260310", "complaint_number", None),
        ("料號", "HS-SPK-2205", "part_no", None), ("不良數量", "540 台（4.5%）", "problem.qty_complained", 540),
        ("交貨數量", "12,000 台", "problem.qty_delivered", 12000),
    ))  # fmt: skip
    team = ("侯建宏", "蕭美玲", "石家豪")
    f.text(15, y, "D1 小組成員：")
    f.value(40, y, "、".join(team), path=None, label="D1 小組成員")
    kit.members(f, "D1 小組成員", f"p1!40,{y}", "、".join(team), team)
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("喇叭破音，計 540 台（4.5%）。", "在庫 6,000 台全數聽測。", "音圈膠量不足。", "出貨僅抽測 5 台。",
         "點膠機加膠量監控。", "連續 6 批破音為零。", "同類 3 款喇叭比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 40, y + 9, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 40, y, (("D8 結案日期", "2026/04/20", "closure.closed_date", "2026-04-20"),
                                    ("核准", "卓明輝", "closure.approved_by", None)))  # fmt: skip


def return_zht_textlist(f: kit.PdfDraw) -> None:
    """A 退貨單 whose ITEMS ARE A NUMBERED TEXT LIST, one sentence-like line per item (``1. 料號 … 品名 … 核准 240 /
    退回 236 … 單價 88.50 … 金額 20,886.00``), as a small ERP prints a return slip: no columns, no headings."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退貨單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, (
        ("退貨單號", "RT-HL-2603-051", "number", None),
        ("退貨日期", "2026/03/24", "issue_date", "2026-03-24"),
        ("客戶名稱", "群創光電股份有限公司", "customer", None),
        ("客訴單號", "INX-QA-260319", "complaint_number", None),
    ))  # fmt: skip
    f.text(15, 62, "退貨明細：", bold=True)
    lines = (("HL-LED-5101", "燈條", 240, 236, 88.5), ("HL-DIF-5102", "擴散板", 1500, 1480, 4.2),
             ("HL-FRM-5103", "膠框", 600, 600, 12.75))  # fmt: skip
    y = 62.0
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 8
        x = 15.0
        for lab, raw, path, exp in ((f"{i + 1}. 料號", code, "part_no", None), ("品名", name, "part_name", None),
                                    ("核准", f"{qa:,}", "qty_approved", qa), ("退回", f"{q:,}", "qty_returned", q),
                                    ("單價", f"{p:,.2f}", "unit_price", kit.money(p)),
                                    ("金額", f"{q * p:,.2f}", "amount", kit.money(q * p))):  # fmt: skip
            f.text(x, y, lab)
            x += f.pdf.get_string_width(lab) + 1.5
            f.pdf.set_font("wqy", "", 9)
            f.value(round(x, 1), y, raw, path=f"items[{i}].{path}", label=lab.split(" ")[-1], expect=exp)
            x += f.pdf.get_string_width(raw) + 4
    kit.pdf_lv_lines(f, 15, 38, y + 16, (
        ("退貨原因", "燈條色偏，擴散板刮傷。", "reason", None),
        ("處理方式", "重工", "handling", ["rework"]),
        ("倉管簽收", "簡志明", "warehouse_receiver", None),
        ("主管核准", "游淑華", "approved_by", None),
    ))  # fmt: skip


SENT_AS_PDF = [
    kit.pdf_layout("complaint-en-ewe", "complaint", "en", "html", complaint_en_ewe,
                   "a Togolese customer's complaint: Ewe–English labels, 5 tedoxe 2026, counts with their words",
                   copy2=True),
    kit.pdf_layout("8d-en-frisian", "8d", "en", "html", eightd_en_frisian,
                   "a Frisian customer's 8D: West Frisian–English labels, 5 maaie 2026, each step a heading row"),
    kit.pdf_layout("return-en-bambara", "return", "en", "html", return_en_bambara,
                   "a Malian customer's return note: Bambara–English labels, 5 marisi 2026, 22 080 FCFA",
                   copy2=True),
    kit.pdf_layout("allowance-zht-carried", "allowance", "zh-Hant", "html", allowance_zht_carried,
                   "a 銷貨折讓單 over two pages with carried-forward rows (過次頁 / 承上頁)"),
    kit.pdf_layout("8d-zht-rate", "8d", "zh-Hant", "fpdf", eightd_zht_rate,
                   "an 8D 報告 whose complained count carries its defect rate in brackets (540 台（4.5%）)"),
    kit.pdf_layout("return-zht-textlist", "return", "zh-Hant", "fpdf", return_zht_textlist,
                   "a 退貨單 whose items are a numbered text list"),
]  # fmt: skip


# =============================================================================== odd files
def _an_invoice() -> bytes | None:
    """A commercial invoice (no complaint, 8D, return or credit note) sent by mistake, drawn by fpdf2."""
    if kit.FPDF is None:
        return None
    f = kit.PdfDraw(False)
    f.text(80, 16, "COMMERCIAL INVOICE", size=14)
    for k, line in enumerate(("Invoice No.: CI-2603-0912", "Date: 2026-03-18", "Sold to: Harbour Instruments Ltd",
                              "Terms: FOB Ningbo, T/T 30 days", "1  HI-GSK-0208 Gasket  2,000 pcs  USD 0.42  USD 840.00",
                              "2  HI-ORG-0311 O-ring  5,000 pcs  USD 0.08  USD 400.00", "Total: USD 1,240.00")):  # fmt: skip
        f.text(20, 30 + k * 8, line)
    return bytes(f.pdf.output())


def _strict_workbook() -> bytes:
    """A complaint workbook saved as "Strict Open XML Spreadsheet": the ISO/IEC 29500 strict namespaces
    (``http://purl.oclc.org/ooxml/…``) in place of the transitional ones every ordinary reader expects."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Complaint"
    for r, (lab, val) in enumerate((("Complaint No.", "CC-ST-2603-004"), ("Received", "2026-03-19"),
                                    ("Customer", "Northwind Controls"), ("Part No.", "NW-SNS-0410"),
                                    ("Qty defective", 36), ("Prepared by", "Lu Yang")), start=1):  # fmt: skip
        ws.cell(r, 1, lab)
        ws.cell(r, 2, val)
    book = kit.workbook_bytes(wb, dt.datetime(2026, 3, 19, 9, 0))
    import io
    import zipfile

    parts = {}
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                data = (
                    data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                 b"http://purl.oclc.org/ooxml/spreadsheetml/main")
                    .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                             b"http://purl.oclc.org/ooxml/officeDocument/relationships")
                )  # fmt: skip
            parts[name] = data
    return kit.zip_bytes(parts)


ODD = {
    "complaint-invoice.pdf": (
        "a commercial invoice sent instead of a form (no complaint, 8D, return note or credit note: a clerk "
        "attached the wrong PDF): a clear error, never a record",
        _an_invoice,
    ),
    "complaint-strict.xlsx": (
        "a complaint workbook saved as 'Strict Open XML Spreadsheet' (the ISO strict namespaces in place of the "
        "transitional ones): read as any workbook, or a clear error; never a misread",
        _strict_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    here = Path(__file__).resolve().parent
    kit.run_with_odd(sys.argv[1:], here, (EXCEL, SENT_AS_PDF), SOURCE, "thirtieth held-out layouts", ODD)
