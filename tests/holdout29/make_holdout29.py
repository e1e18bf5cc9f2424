"""Write the twenty-ninth held-out set (run: ``python tests/holdout29/make_holdout29.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for languages and
habits no earlier set holds: a WOLOF–ENGLISH complaint whose counts have their UNIT IN THE NEXT CELL
(``1 200`` | ``pce``; ``5 Mars 2026``), a 客户投诉单 whose values stand in MERGED CELLS OVER TWO ROWS with
the LABEL IN THE LOWER ROW, a 客訴處理單 filled in ENGLISH (a Chinese form, English values); a
SHONA–ENGLISH 8D (``5 Kurume 2026``, ``1,250 zvidimbu``), an 8D 报告 whose signatures are a BLOCK OF
THREE COLUMNS, the names under ENGLISH titles (Prepared by / Checked by / Approved by); a
SESOTHO–ENGLISH return (``5 Hlakubele 2026``) whose CURRENCY ``M`` (maloti) HAS ITS OWN COLUMN, a 退货单
whose AMOUNT COLUMN COMES BEFORE THE QUANTITIES; a CHICHEWA–ENGLISH credit note (``24 Malichi 2026``,
``MK`` amounts) whose TOTALS ROW STANDS ABOVE THE LINES, a 销售折让证明单 with a SECOND TABLE BESIDE THE
FIRST on the same rows (the original invoice's details); sent as PDF only: a HAITIAN CREOLE–ENGLISH
complaint (``5 mas 2026``) whose reporter is written ``Name / Title / Tel`` in one cell (Chromium), a TOK
PISIN–ENGLISH 8D whose team is PASTED FROM A MAIL'S ``To:`` LINE with the e-mail addresses (Chromium), a
BRETON–ENGLISH return (``5 a viz Meurzh 2026``, ``1 234,50 €``) with a REMARK COLUMN holding a date-like
``gwelet 3/4`` (Chromium), a 銷貨折讓單 whose each line's TAX STANDS ON ITS OWN ROW under the line (Chromium), an
8D 報告 whose complained and delivered counts share ONE CAPTION, SLASH BETWEEN (``540／12,000``; fpdf2), a 退貨單 whose item table is drawn WITHOUT ANY
LINES (fpdf2). ``odd/`` holds a PDF whose page tree is empty (a print job that failed: no page) and a
complaint whose letters were converted to outlines (no text layer, and no image to OCR either).

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
SOURCE = {"origin": "twenty-ninth held-out imitation", "source": "tests/holdout29/make_holdout29.py"}

_MONTHS = {  # each language's months, January first, as its clerks write them in a date
    "wo": "Samwiyee Fewriyee Mars Awril Me Suwe Sullet Ut Sàttumbar Oktoobar Nowàmbar Desàmbar",
    "sn": "Ndira Kukadzi Kurume Kubvumbi Chivabvu Chikumi Chikunguru Nyamavhuvhu Gunyana Gumiguru Mbudzi Zvita",
    "st": "Phesekgong Hlakola Hlakubele Mmese Motsheanong Phupjane Phupu Phata Leotshe Mphalane Pundungwane Tshitwe",
    "ny": "Januwale Febuluwale Malichi Epulo Mei Juni Julai Ogasiti Seputemba Okutoba Novemba Disemba",
    "ht": "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm",
    "tpi": "Janueri Februeri Mas Epril Me Jun Julai Ogas Septemba Oktoba Novemba Disemba",
    "br": "Genver C'hwevrer Meurzh Ebrel Mae Mezheven Gouere Eost Gwengolo Here Du Kerzu",
}


def dmy(lang: str, d: dt.date, between: str = " ") -> str:
    """``5 Mars 2026`` (Wolof), ``5 Kurume 2026`` (Shona), ``5 mas 2026`` (Haitian Creole); ``between`` the
    day and the month: ``5 a viz Meurzh 2026`` (Breton, ``between=" a viz "``)."""
    return f"{d.day}{between}{_MONTHS[lang].split()[d.month - 1]} {d.year}"


# =============================================================================== complaint
def complaint_en_wolof(s: kit.Sheet) -> None:
    """A Senegalese customer's MBIND MU KILIYAAN / CUSTOMER COMPLAINT in WOLOF–ENGLISH labels, ``5 Mars 2026``,
    each count typed with a space between the thousands (``1 200``) and its UNIT IN THE NEXT CELL (``pce``)."""
    s.text("A1", "MBIND MU KILIYAAN / CUSTOMER COMPLAINT", "D1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 14))
    kit.lv(s, "A2", "Nimero / Complaint No.", "B2", kit.pick(s, "TK-DKR-26-0017", "TK-DKR-26-0046"), "number",
           span="D2")  # fmt: skip
    kit.lv(s, "A3", "Bés bi ñu ko jot / Received", "B3", dmy("wo", d), "received_date", expect=d.isoformat(),
           span="D3")  # fmt: skip
    kit.lv(s, "A4", "Kiliyaan / Customer", "B4", kit.pick(s, "Sonatel SA", "Les Ciments du Sahel"), "customer",
           span="D4")  # fmt: skip
    kit.lv(s, "A5", "Nimero komaand / PO No.", "B5", kit.pick(s, "SON-PO-2602-0188", "CDS-PO-2604-0431"),
           "order_no", span="D5")  # fmt: skip
    kit.lv(s, "A6", "Nimero pees / Part No.", "B6", kit.pick(s, "WO-ENC-2207", "WO-BAG-0912"), "part_no")
    kit.lv(s, "C6", "Lot", "D6", kit.pick(s, "SN2602-14", "SN2604-03"), "lot_no")
    kit.lv(s, "A7", "Turu pees / Part name", "B7", kit.pick(s, "Fibre splice enclosure", "Cement bag valve"),
           "part_name", span="D7")  # fmt: skip
    q, dq = kit.pick(s, (1200, 45), (36000, 610))
    for r, (lab, n, path) in enumerate((("Limu yònnee / Qty delivered", q, "ship_qty"),
                                        ("Limu yu yàqu / Qty defective", dq, "defect_qty")), start=8):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"B{r}", kit.qty(n, " ", "").strip(), path, expect=n)
        s.value(f"C{r}", "pce", path=None, label=f"{lab} (unit)")
    kit.lv(s, "A10", "Lu yàqu / Defect description", "B10",
           kit.pick(s, "Enclosure lids crack when closed.", "Valves tear at filling."), "description",
           span="D10")  # fmt: skip
    kit.lv(s, "A11", "Laaj / Request", "B11", kit.pick(s, "Soppi / Replacement", "Delloo / Return"),
           "customer_request", expect=[kit.pick(s, "replacement", "return")], span="D11")  # fmt: skip
    kit.lv(s, "A12", "Lu ñu def ci saa si / Immediate action", "B12",
           kit.pick(s, "Stock of 2 400 pce inspected.", "Lot blocked in Rufisque."), "short_term_action",
           span="D12")  # fmt: skip
    kit.lv(s, "A13", "Ki ko bind / Prepared by", "B13", "Gao Yan", "reporter")
    kit.lv(
        s, "C13", "Njiit / Supervisor", "D13", kit.pick(s, "Mamadou Diop", "Awa Ndiaye"), "sales_supervisor"
    )


def complaint_zh_lowerlabel(s: kit.Sheet) -> None:
    """客户投诉单 whose long values stand in MERGED CELLS OVER TWO ROWS, the LABEL IN THE LOWER ROW of the
    label column (the upper row's label cell left empty, as a form redrawn from a taller one)."""
    s.text("A1", "客户投诉单", "D1", size=15)
    kit.lv(s, "A2", "投诉单号", "B2", kit.pick(s, "KS-2603-071", "KS-2604-102"), "number")
    kit.lv(s, "C2", "接收日期", "D2", kit.pick(s, D(2026, 3, 12), D(2026, 4, 20)), "received_date",
           fmt="yyyy-mm-dd")  # fmt: skip

    def tall(top: int, lab: str, raw, path: str) -> None:
        s.box(f"A{top}")
        kit.label(s, f"A{top + 1}", lab)
        s.value(f"B{top}", raw, path=path, label=lab, span=f"D{top + 1}")

    tall(3, "客户名称", kit.pick(s, "宁德时代新能源科技股份有限公司", "比亚迪汽车工业有限公司"), "customer")
    kit.lv(s, "A5", "订单号", "B5", kit.pick(s, "CATL-PO-2603-5512", "BYD-PO-2604-0786"), "order_no")
    kit.lv(s, "C5", "批次号", "D5", kit.pick(s, "LL260305-2", "LL260409-1"), "lot_no")
    kit.lv(s, "A6", "物料编码", "B6", kit.pick(s, "LL-BUS-7710", "LL-FPC-2304"), "part_no")
    kit.lv(s, "C6", "物料名称", "D6", kit.pick(s, "铜排连接片", "柔性电路板"), "part_name")
    q, dq = kit.pick(s, (8000, 126), (12000, 340))
    kit.lv(s, "A7", "来料数量", "B7", q, "ship_qty", fmt="#,##0")
    kit.lv(s, "C7", "不良数量", "D7", dq, "defect_qty")
    tall(8, "异常描述", kit.pick(s, "连接片折弯处开裂，电阻超标。", "柔性板焊盘氧化，虚焊。"), "description")
    kit.lv(s, "A10", "客户诉求", "B10", kit.pick(s, "退货", "换货"), "customer_request",
           expect=[kit.pick(s, "return", "replacement")], span="D10")  # fmt: skip
    tall(11, "临时对策", kit.pick(s, "在库 5,000 片全检折弯。", "在途 2 批次拦截复检。"), "short_term_action")
    kit.lv(s, "A13", "填表人", "B13", "蔡丽娟", "reporter")
    kit.lv(s, "C13", "业务主管", "D13", kit.pick(s, "尹志刚", "覃海波"), "sales_supervisor")


def complaint_zht_english(s: kit.Sheet) -> None:
    """客訴處理單 (Chinese labels) FILLED IN ENGLISH by an overseas customer's buyer: the customer, the part
    name, the defect, the request (``Replacement``), the names, a date ``05-Mar-2026`` typed as text."""
    s.text("A1", "客訴處理單", "D1", size=15)
    kit.lv(s, "A2", "客訴單號", "B2", "CC-US-2603-019", "number")
    kit.lv(s, "C2", "收件日期", "D2", "05-Mar-2026", "received_date", expect="2026-03-05")
    kit.lv(s, "A3", "客戶名稱", "B3", "Molex LLC", "customer")
    kit.lv(s, "C3", "客戶訂單", "D3", "MLX-PO-4410287", "order_no")
    kit.lv(s, "A4", "料號", "B4", "TW-CON-5521", "part_no")
    kit.lv(s, "C4", "品名", "D4", "Board-to-board connector", "part_name")
    kit.lv(s, "A5", "出貨數量", "B5", "2,400 pcs", "ship_qty", expect=2400)
    kit.lv(s, "C5", "不良數量", "D5", "96 pcs", "defect_qty", expect=96)
    kit.lv(s, "A6", "批號", "B6", "TW2602-11", "lot_no")
    kit.lv(s, "A7", "異常描述", "B7", "Terminals bent; mating force out of spec.", "description", span="D7")
    kit.lv(s, "A8", "客戶要求", "B8", "Replacement", "customer_request", expect=["replacement"], span="D8")
    kit.lv(s, "A9", "暫時對策", "B9", "All 1,800 pcs in stock re-inspected.", "short_term_action", span="D9")
    kit.lv(s, "A10", "填單人", "B10", "Kevin Lin", "reporter")
    kit.lv(s, "C10", "業務主管", "D10", "Grace Chou", "sales_supervisor")


# =============================================================================== 8D
def eightd_en_shona(s: kit.Sheet) -> None:
    """A Zimbabwean customer's GWARO RE-8D / 8D REPORT in SHONA–ENGLISH labels, ``5 Kurume 2026`` (Kurume =
    March), counts ``1,250 zvidimbu`` (zvidimbu = pieces)."""
    s.text("A1", "GWARO RE-8D / 8D REPORT", "D1", size=13)
    d, c = kit.pick(s, (D(2026, 3, 5), D(2026, 4, 22)), (D(2026, 4, 8), D(2026, 5, 27)))
    kit.lv(
        s, "A2", "Nhamba yegwaro / Report No.", "B2", kit.pick(s, "8D-HRE-26-009", "8D-HRE-26-021"), "number"
    )
    kit.lv(s, "C2", "Rakavhurwa / Opened", "D2", dmy("sn", d), "opened_date", expect=d.isoformat())
    kit.lv(
        s, "A3", "Mutengi / Customer", "B3", kit.pick(s, "Zimplats Holdings", "Delta Beverages"), "customer"
    )
    kit.lv(s, "C3", "Nhamba yechichemo / Complaint No.", "D3", kit.pick(s, "ZP-CH-260302", "DB-CH-260405"),
           "complaint_number")  # fmt: skip
    kit.lv(s, "A4", "Nhamba yechikamu / Part No.", "B4", kit.pick(s, "SN-PMP-4408", "SN-CRT-1190"), "part_no")
    n = kit.pick(s, 1250, 480)
    kit.lv(s, "C4", "Huwandu / Qty complained", "D4", kit.qty(n, ",", "zvidimbu"), "problem.qty_complained",
           expect=n)  # fmt: skip
    team = kit.pick(s, ("Tendai Moyo", "Liu Fang", "Rudo Chikore"), ("Tendai Moyo", "Farai Mutasa"))
    kit.team_cell(s, "A5", "D1 Chikwata / Team", "B5", team, span="D5")
    rows = kit.eightd_steps(
        ("D2 Dambudziko / Problem", "D3 Kudzivirira / Containment", "D4 Chikonzero / Root cause",
         "D4 Nei zvisina kuonekwa / Why not detected", "D5 Mhinduro / Corrective action",
         "D6 Kusimbisa / Verification", "D7 Kudzivirira kudzokororwa / Prevention"),
        kit.pick(s, ("Pump seals leak on 1,250 zvidimbu.", "Stock of 3,000 zvidimbu re-tested.",
                     "Seal lip moulded undersize.", "Lip diameter sampled once a shift.",
                     "Mould cavity 4 re-cut.", "5 lots leak-free.", "Lip gauge on all 6 cavities."),
                 ("Crates split at the corner.", "Lot held at Msasa.", "Resin moisture too high.",
                  "Moisture not measured.", "Dryer set to 4 h.", "3 lots drop-tested.", "Moisture test each lot.")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv(
        s, "A13", "D8 Rakavharwa / Closed", "B13", dmy("sn", c), "closure.closed_date", expect=c.isoformat()
    )
    kit.lv(s, "C13", "Zvabvumidzwa / Approved", "D13", kit.pick(s, "Tatenda Gumbo", "Nyasha Sibanda"),
           "closure.approved_by")  # fmt: skip


def eightd_zh_signblock(s: kit.Sheet) -> None:
    """8D 报告 whose sign-off is a BLOCK OF THREE COLUMNS at the foot: ENGLISH titles (``Prepared by`` /
    ``Checked by`` / ``Approved by``, a foreign parent's template) in one row, the names under them."""
    s.text("A1", "8D 报告", "D1", size=15)
    kit.lv(s, "A2", "报告编号", "B2", "8D-NB-2603-015", "number")
    kit.lv(s, "C2", "开始日期", "D2", D(2026, 3, 9), "opened_date", fmt="yyyy/m/d")
    kit.lv(s, "A3", "客户", "B3", "宁波均胜电子股份有限公司", "customer")
    kit.lv(s, "C3", "客户投诉号", "D3", "JS-QA-260306", "complaint_number")
    kit.lv(s, "A4", "零件号", "B4", "NB-SW-6620", "part_no")
    kit.lv(s, "C4", "投诉数量", "D4", 320, "problem.qty_complained")
    kit.team_cell(s, "A5", "D1 团队成员", "B5", ("袁立军", "何佳", "姚晓东"), sep="、", span="D5")
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时围堵", "D4 发生根因", "D4 流出根因", "D5 永久纠正措施", "D6 效果验证", "D7 预防再发生"),
        ("方向盘开关按键卡滞，320 件。", "库存及在途 4,500 件全检手感。", "按键导柱拔模角不足。",
         "终检无按键力测试。", "模具导柱加拔模角 1°。", "连续 5 批按键力合格。", "同平台 3 款开关模具排查。"),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv(s, "A13", "D8 结案日期", "B13", D(2026, 4, 16), "closure.closed_date", fmt="yyyy/m/d", span="D13")
    kit.head_row(s, 14, "ABC", ("Prepared by", "Checked by", "Approved by"))
    s.ws.merge_cells("C14:D14")
    s.value("A15", "邵红梅", path=None, label="Prepared by")
    s.value("B15", "钱永康", path=None, label="Checked by")
    s.value("C15", "万国栋", path="closure.approved_by", label="Approved by", span="D15")
    s.height(15, 30)


# =============================================================================== return
def return_en_sesotho(s: kit.Sheet) -> None:
    """A Lesotho customer's FOROMO EA HO KHUTLISA / RETURN NOTE in SESOTHO–ENGLISH labels, ``5 Hlakubele 2026``
    (Hlakubele = March), the CURRENCY ``M`` (maloti) IN ITS OWN COLUMN before the unit price, the prices and
    amounts plain number cells."""
    s.text("A1", "FOROMO EA HO KHUTLISA / RETURN NOTE", "G1", size=13)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 15))
    kit.lv(s, "A2", "Nomoro / Return No.", "B2", kit.pick(s, "FK-MSU-26-0014", "FK-MSU-26-0039"), "number")
    kit.lv(s, "D2", "Letsatsi / Date", "E2", dmy("st", d), "issue_date", expect=d.isoformat(), span="G2")
    kit.lv(s, "A3", "Moreki / Customer", "B3", kit.pick(s, "Lesotho Electricity Co.", "Maluti Mountain Brewery"),
           "customer")  # fmt: skip
    kit.lv(s, "D3", "Nomoro ea tletlebo / Complaint No.", "E3", kit.pick(s, "LEC-TL-260303", "MMB-TL-260410"),
           "complaint_number", span="G3")  # fmt: skip
    heads = ("Nomoro ea karolo / Part No.", "Tlhaloso / Description", "E amohetsoe / Approved",
             "E khutlisitsoe / Returned", "Theko ea e le 'ngoe / Unit price", "Kakaretso / Amount")  # fmt: skip
    kit.head_row(s, 4, "ABCDEFG", (*heads[:4], "Chelete / Cur.", *heads[4:]))
    lines = kit.pick(s, [("ST-MTR-1101", "Prepaid meter relay", 600, 588, 74.5),
                         ("ST-FUS-1102", "Drop-out fuse link", 1500, 1500, 12.8)],
                     [("ST-CRN-2201", "Crown cork", 50000, 48000, 0.35)])  # fmt: skip
    kit.return_lines(s, 5, lines, heads, cols="ABCDFG")
    for i in range(len(lines)):
        s.value(f"E{5 + i}", "M", path=None, label="Chelete / Cur.")
    kit.lv(s, "A8", "Lebaka / Reason", "B8", kit.pick(s, "Relays chatter under load.", "Corks leak after capping."),
           "reason", span="G8")  # fmt: skip
    kit.lv(s, "A9", "Kalafo / Disposition", "B9", kit.pick(s, "Lokisa / Rework", "Lahla / Scrap"), "handling",
           expect=[kit.pick(s, "rework", "scrap")], span="G9")  # fmt: skip
    kit.lv(s, "A10", "E amohetsoe ke / Received by", "B10", kit.pick(s, "Lerato Mokoena", "Thabo Letsie"),
           "warehouse_receiver")  # fmt: skip
    kit.lv(s, "D10", "E lumelletsoe ke / Approved by", "E10", "Palesa Mohapi", "approved_by", span="G10")


def return_zh_amountfirst(s: kit.Sheet) -> None:
    """退货单 whose item table puts the AMOUNT BEFORE THE QUANTITIES: 物料编码 | 物料名称 | 金额 | 单价 | 核准数量 |
    退货数量 (a finance clerk's column order: the money first)."""
    s.text("A1", "退货单", "F1", size=15)
    kit.lv(s, "A2", "退货单号", "B2", kit.pick(s, "TH-JL-2603-066", "TH-JL-2604-091"), "number")
    kit.lv(s, "D2", "退货日期", "E2", kit.pick(s, D(2026, 3, 26), D(2026, 4, 24)), "issue_date", fmt="yyyy-mm-dd",
           span="F2")  # fmt: skip
    kit.lv(s, "A3", "客户", "B3", kit.pick(s, "吉利汽车集团有限公司", "长城汽车股份有限公司"), "customer")
    kit.lv(
        s, "D3", "客诉单号", "E3", kit.pick(s, "GL-QA-260322", "GW-QA-260419"), "complaint_number", span="F3"
    )
    kit.head_row(s, 4, "ABCDEF", ("物料编码", "物料名称", "金额", "单价", "核准数量", "退货数量"))
    heads = ("物料编码", "物料名称", "核准数量", "退货数量", "单价", "金额")
    lines = kit.pick(s, [("JL-BRK-5101", "制动卡钳支架", 300, 296, 46.8), ("JL-HOS-5102", "制动软管", 1200, 1150, 9.6),
                         ("JL-PAD-5103", "刹车片", 800, 800, 21.35)],
                     [("GW-SEN-6101", "轮速传感器", 400, 388, 38.2), ("GW-HUB-6102", "轮毂轴承", 90, 90, 265.0)])  # fmt: skip
    kit.return_lines(s, 5, lines, heads, cols="ABEFDC")
    last = 5 + len(lines)
    kit.lv(s, f"A{last}", "退货原因", f"B{last}", kit.pick(s, "支架铸造气孔，渗油。", "传感器信号间断。"), "reason",
           span=f"F{last}")  # fmt: skip
    kit.lv(s, f"A{last + 1}", "处理方式", f"B{last + 1}", kit.pick(s, "返工", "报废"), "handling",
           expect=[kit.pick(s, "rework", "scrap")], span=f"F{last + 1}")  # fmt: skip
    kit.lv(s, f"A{last + 2}", "仓库签收", f"B{last + 2}", "贺建新", "warehouse_receiver")
    kit.lv(s, f"D{last + 2}", "主管审批", f"E{last + 2}", "毛晓红", "approved_by", span=f"F{last + 2}")


# =============================================================================== allowance
def allowance_en_chichewa(s: kit.Sheet) -> None:
    """A Malawian customer's CHIKALATA CHOCHEPETSA MTENGO / CREDIT NOTE in CHICHEWA–ENGLISH labels, ``24 Malichi
    2026``, amounts number cells shown ``MK72,750.00`` (a number format), VAT 16.5 %, and the TOTALS ROW ABOVE
    THE LINES (right under the heading, as a summary first)."""
    s.text("A1", "CHIKALATA CHOCHEPETSA MTENGO / CREDIT NOTE", "E1", size=13)
    d, inv = kit.pick(s, (D(2026, 3, 24), D(2026, 3, 6)), (D(2026, 4, 27), D(2026, 4, 8)))
    kit.lv(s, "A2", "Nambala / Credit Note No.", "B2", kit.pick(s, "CN-BT-0211", "CN-BT-0236"), "number")
    kit.lv(s, "C2", "Tsiku / Date", "D2", dmy("ny", d), "issue_date", expect=d.isoformat(), span="E2")
    kit.lv(s, "A3", "Wogula / Buyer", "B3", kit.pick(s, "ESCOM Ltd", "Illovo Sugar (Malawi) plc"), "buyer")
    kit.lv(s, "C3", "TPIN / Tax No.", "D3", kit.pick(s, "20045871", "20011093"), "buyer_tax_id", span="E3")
    kit.lv(s, "A4", "Invoyisi / Invoice No.", "B4", kit.pick(s, "INV-26-03381", "INV-26-04417"), "invoice_no")
    kit.lv(s, "C4", "Tsiku la invoyisi / Invoice date", "D4", dmy("ny", inv), "invoice_date", expect=inv.isoformat(),
           span="E4")  # fmt: skip
    kit.lv(s, "A5", "Nambala ya dandaulo / Complaint No.", "B5", kit.pick(s, "ESC-DL-260311", "ILV-DL-260415"),
           "complaint_number")  # fmt: skip
    heads = ("Katundu / Item", "Kuchuluka / Qty", "Mtengo / Unit price", "Ndalama / Net", "VAT 16.5%")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Insulator pin NY-INS-1101", 150, 485.0), ("Stay wire clamp NY-CLP-1102", 400, 27.5)),
                     (("Conveyor idler NY-IDL-2201", 60, 1240.0),))  # fmt: skip
    net, tax = kit.credit_cells(s, 9, lines, heads, 0.165)
    mk = '"MK"#,##0.00'
    for r in range(9, 9 + len(lines)):
        for col in "CDE":
            s.ws[f"{col}{r}"].number_format = mk
    s.text("A8", "Zonse / Totals", "C8", bold=True)
    s.value("D8", net, path="total_excl_tax", label="Zonse / Totals (Net)", expect=kit.money(net), fmt=mk)
    s.value("E8", tax, path="total_tax", label="Zonse / Totals (VAT)", expect=kit.money(tax), fmt=mk)
    kit.lv(s, "A12", "Zonse pamodzi ndi VAT / Total incl. VAT", "B12", round(net + tax, 2), "total",
           expect=kit.money(net + tax), fmt=mk)  # fmt: skip
    kit.lv(s, "A13", "Wovomereza / Approved", "B13", kit.pick(s, "Chikondi Banda", "Thokozani Phiri"),
           "approved_by_manager")  # fmt: skip


def allowance_zh_sidebyside(s: kit.Sheet) -> None:
    """销售折让证明单 whose ITEM TABLE (A–E) has a SECOND TABLE BESIDE IT ON THE SAME ROWS (G–H: the original
    invoice's code, number, date and the buyer's tax number), as a form laid out landscape."""
    s.text("A1", "销售折让证明单", "H1", size=15)
    kit.lv(s, "A2", "证明单号", "B2", "ZR-WH-2603-027", "number")
    kit.lv(s, "C2", "开具日期", "D2", D(2026, 3, 31), "issue_date", fmt="yyyy-mm-dd", span="E2")
    kit.lv(s, "A3", "购买方", "B3", "武汉光迅科技股份有限公司", "buyer", span="E3")
    kit.lv(s, "A4", "客诉单号", "B4", "GX-QA-260327", "complaint_number", span="E4")
    s.text("A5", "折让明细", "E5", bold=True, center=True)
    s.text("G5", "原发票信息", "H5", bold=True, center=True)
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("光模块外壳", 6000, 0.35), ("光纤适配器", 15000, 0.12)), heads, 0.13)
    for r, (lab, raw, path, fmt) in enumerate((
        ("发票代码", "4200261130", None, None), ("发票号码", "08812345", "invoice_no", None),
        ("开票日期", D(2026, 3, 3), "invoice_date", "yyyy-mm-dd"), ("购方税号", "91420100711957485R", "buyer_tax_id", None),
    ), start=6):  # fmt: skip
        kit.lv(s, f"G{r}", lab, f"H{r}", raw, path, fmt=fmt)
    kit.lv(s, "A10", "折让金额合计", "B10", net, "total_excl_tax", expect=kit.money(net), fmt="#,##0.00")
    kit.lv(s, "C10", "税额合计", "D10", tax, "total_tax", expect=kit.money(tax), fmt="#,##0.00", span="E10")
    kit.lv(
        s, "A11", "价税合计", "B11", round(net + tax, 2), "total", expect=kit.money(net + tax), fmt="#,##0.00"
    )
    kit.lv(s, "A12", "财务负责人", "B12", "向东升", "approved_by_manager")


EXCEL = [
    kit.excel_layout("complaint-en-wolof", "complaint", "en", complaint_en_wolof, "Mbind", dict(A=38, B=30, C=18, D=26),
       "a Senegalese customer's complaint: Wolof–English labels, 5 Mars 2026, counts with the unit in the next cell",
       copy2=True),
    kit.excel_layout("complaint-zh-lowerlabel", "complaint", "zh-Hans", complaint_zh_lowerlabel, "投诉单",
       dict(A=14, B=30, C=14, D=28), "客户投诉单 whose values are merged over two rows, the label in the lower row",
       copy2=True),
    kit.excel_layout("complaint-zht-english", "complaint", "zh-Hant", complaint_zht_english, "客訴",
       dict(A=14, B=30, C=14, D=30), "a 客訴處理單 (Chinese labels) filled in English"),
    kit.excel_layout("8d-en-shona", "8d", "en", eightd_en_shona, "8D", dict(A=46, B=30, C=36, D=30),
       "a Zimbabwean customer's 8D: Shona–English labels, 5 Kurume 2026, 1,250 zvidimbu", copy2=True),
    kit.excel_layout("8d-zh-signblock", "8d", "zh-Hans", eightd_zh_signblock, "8D", dict(A=20, B=36, C=18, D=24),
       "8D 报告 whose sign-off is a three-column block, names under English titles"),
    kit.excel_layout("return-en-sesotho", "return", "en", return_en_sesotho, "Khutliso",
       dict(A=26, B=24, C=16, D=18, E=12, F=22, G=18),
       "a Lesotho customer's return note: Sesotho–English labels, 5 Hlakubele 2026, the currency in its own column",
       copy2=True),
    kit.excel_layout("return-zh-amountfirst", "return", "zh-Hans", return_zh_amountfirst, "退货单",
       dict(A=16, B=18, C=14, D=12, E=12, F=12), "a 退货单 whose amount column comes before the quantities",
       copy2=True),
    kit.excel_layout("allowance-en-chichewa", "allowance", "en", allowance_en_chichewa, "Chikalata",
       dict(A=38, B=24, C=30, D=24, E=20),
       "a Malawian customer's credit note: Chichewa–English labels, 24 Malichi 2026, MK, totals above the lines",
       copy2=True),
    kit.excel_layout("allowance-zh-sidebyside", "allowance", "zh-Hans", allowance_zh_sidebyside, "折让",
       dict(A=16, B=14, C=12, D=14, E=12, F=3, G=12, H=22),
       "销售折让证明单 with a second table (the original invoice's) beside the items on the same rows"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#efe9dc")


def complaint_en_haitian(f: kit.HtmlForm) -> str:
    """A Haitian customer's PLENT KLIYAN / CUSTOMER COMPLAINT page in HAITIAN CREOLE–ENGLISH labels, ``5 mas 2026``
    (lower case, as Creole writes months), counts ``1,200 moso``, the reporter written ``Name / Title / Tel``
    in one cell."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 14))
    q, dq = kit.pick(f, (1200, 38), (9600, 150))
    name = kit.pick(f, "Xu Ping", "Lin Tao")
    f.raw("<h2>PLENT KLIYAN / CUSTOMER COMPLAINT</h2>")
    kit.kv(f, (
        ("Nimewo / Complaint No.", kit.pick(f, "PK-PAP-26-0012", "PK-PAP-26-0040"), "number", None),
        ("Dat resepsyon / Received", dmy("ht", d), "received_date", d.isoformat()),
        ("Kliyan / Customer", kit.pick(f, "Digicel Haiti", "Électricité d'Haïti"), "customer", None),
        ("Nimewo kòmand / PO No.", kit.pick(f, "DGH-PO-2602-077", "EDH-PO-2604-012"), "order_no", None),
        ("Lo / Lot", kit.pick(f, "HT2602-09", "HT2604-05"), "lot_no", None),
        ("Nimewo pyès / Part No.", kit.pick(f, "HT-ANT-3301", "HT-BRK-0418"), "part_no", None),
        ("Non pyès / Part name", kit.pick(f, "Antenna mounting bracket", "Circuit breaker 32 A"), "part_name", None),
        ("Kantite livre / Qty delivered", f"{q:,} moso", "ship_qty", q),
        ("Kantite defektye / Qty defective", f"{dq:,} moso", "defect_qty", dq),
        ("Deskripsyon / Defect", kit.pick(f, "Brackets rust after 2 months.", "Breakers trip below 32 A."),
         "description", None),
        ("Demann / Request", kit.pick(f, "Ranplasman / Replacement", "Retounen / Return"), "customer_request",
         [kit.pick(f, "replacement", "return")]),
        ("Aksyon imedya / Immediate action", kit.pick(f, "Stock of 3,000 moso checked.", "Lot held in port."),
         "short_term_action", None),
        ("Prepare pa / Prepared by (Name / Title / Tel)", f"{name} / Sales Engineer / +509 3701 2288", "reporter", name),
        ("Sipèvizè / Supervisor", kit.pick(f, "Jean-Robert Pierre", "Marie-Claude Joseph"), "sales_supervisor", None),
    ))  # fmt: skip
    return f.page("Plent kliyan", _CSS)


def eightd_en_tokpisin(f: kit.HtmlForm) -> str:
    """A Papua New Guinean customer's RIPOT 8D / 8D REPORT page in TOK PISIN–ENGLISH labels, ``5 Mas 2026``, counts
    ``1,250 hap``, the D1 team PASTED FROM A MAIL'S ``To:`` LINE: each name with its e-mail address in angle
    brackets, ``;`` between them (``Kila Wari <kila.wari@pngpower.com.pg>; …``)."""
    f.raw("<h2>RIPOT 8D / 8D REPORT</h2>")
    kit.kv(f, (
        ("Namba bilong ripot / Report No.", "8D-POM-26-004", "number", None),
        ("De i stat / Opened", dmy("tpi", D(2026, 3, 5)), "opened_date", "2026-03-05"),
        ("Kastama / Customer", "PNG Power Ltd", "customer", None),
        ("Namba bilong komplen / Complaint No.", "PPL-KP-260302", "complaint_number", None),
        ("Namba bilong pat / Part No.", "PG-INS-2208", "part_no", None),
        ("Hamas / Qty complained", "1,250 hap", "problem.qty_complained", 1250),
    ))  # fmt: skip
    team = ("Kila Wari", "Zhou Bin", "Grace Kaupa")
    typed = "; ".join(f"{n} <{n.lower().replace(' ', '.')}@pngpower.com.pg>" for n in team)
    lab = "D1 Tim / Team"
    f.raw(f"<table><tr><th>{lab}</th><td>{f.val(typed, path=None, label=lab)}</td></tr>")
    kit.members(f, lab, f"html!#v{f.n}", typed, team)
    kit.kv_rows(f, (
        ("D2 Hevi / Problem", "Insulators crack on 1,250 hap.", "problem.statement", None),
        ("D3 Pasim hevi / Containment", "Stock of 6,000 insulators re-tested.", "containment[0].action", None),
        ("D4 As bilong hevi / Root cause", "Glaze fired below 1,180 °C.", "root_cause[type=occurrence].cause", None),
        ("D4 Watpo i no lukim / Why not detected", "Kiln log not checked.", "root_cause[type=escape].cause", None),
        ("D5 Stretim / Corrective action", "Kiln alarm at 1,200 °C.", "corrective_actions[0].action", None),
        ("D6 Sekim / Verification", "5 lots without cracks.", "implementation[0].result", None),
        ("D7 Banisim / Prevention", "Kiln alarms on 2 more kilns.", "prevention.horizontal_deployment", None),
        ("D8 Pinis / Closed", dmy("tpi", D(2026, 4, 21)), "closure.closed_date", "2026-04-21"),
        ("Orait long / Approved", "Peter Namaliu", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Ripot 8D", _CSS)


def return_en_breton(f: kit.HtmlForm) -> str:
    """A Breton customer's FOLLENN DISTRO / RETURN NOTE page in BRETON–ENGLISH labels, ``5 a viz Meurzh 2026``
    (``a viz``, "of the month of", between the day and the month), amounts ``1 234,50 €``, counts ``1 200
    pezh``, and a REMARK column holding a date-like text (``gwelet 3/4``: see 3/4)."""
    d = kit.pick(f, D(2026, 3, 5), D(2026, 4, 16))
    f.raw("<h2>FOLLENN DISTRO / RETURN NOTE</h2>")
    kit.kv(f, (
        ("Niverenn / Return No.", kit.pick(f, "FD-BRS-26-0009", "FD-BRS-26-0031"), "number", None),
        ("Deiziad / Date", dmy("br", d, " a viz "), "issue_date", d.isoformat()),
        ("Pratik / Customer", kit.pick(f, "Naval Group Brest", "Brittany Ferries"), "customer", None),
        ("Niverenn klemm / Complaint No.", kit.pick(f, "NG-KL-260303", "BF-KL-260412"), "complaint_number", None),
    ))  # fmt: skip
    heads = ("Niv. pezh / Part No.", "Deskrivadur / Description", "Aprouet / Approved", "Distroet / Returned",
             "Priz unanenn / Unit price", "Sammad / Amount", "Notenn / Remark")  # fmt: skip
    kit.th_row(f, heads)
    lines = kit.pick(f, (("BR-VLV-1101", "Ball valve DN25", 1200, 1200, 18.4, "gwelet 3/4"),
                         ("BR-GSK-1102", "Flange gasket", 500, 480, 2.65, "")),
                     (("BR-HNG-2201", "Door hinge", 240, 236, 31.9, "gwelet 9/4"),))  # fmt: skip
    for i, (code, name, qa, q, p, remark) in enumerate(lines):
        kit.td_row(f, (
            (code, f"items[{i}].part_no", None), (name, f"items[{i}].part_name", None),
            (kit.qty(qa, " ", "pezh"), f"items[{i}].qty_approved", qa),
            (kit.qty(q, " ", "pezh"), f"items[{i}].qty_returned", q),
            (kit.eu(p, " ", " €"), f"items[{i}].unit_price", kit.money(p)),
            (kit.eu(q * p, " ", " €"), f"items[{i}].amount", kit.money(q * p)),
            (remark, None, None),
        ), heads)  # fmt: skip
    f.raw("</table>")
    kit.kv(f, (
        ("Abeg / Reason", kit.pick(f, "Valves leak at the stem.", "Hinges bend when closed."), "reason", None),
        ("Diviz / Disposition", kit.pick(f, "Adober / Rework", "Distaoliñ / Scrap"), "handling",
         [kit.pick(f, "rework", "scrap")]),
        ("Resevet gant / Received by", kit.pick(f, "Yann Le Gall", "Soazig Kerjean"), "warehouse_receiver", None),
        ("Aprouet gant / Approved by", "Erwan Le Bihan", "approved_by", None),
    ))  # fmt: skip
    return f.page("Follenn distro", _CSS)


def allowance_zht_taxrow(f: kit.HtmlForm) -> str:
    """A 銷貨折讓單 whose EACH LINE'S TAX STANDS ON ITS OWN ROW UNDER THE LINE (``營業稅 5%`` in the name column, the
    tax under the amount), no tax column; amounts ``NT$``."""
    f.raw("<h2>銷貨折讓單</h2>")
    kit.kv(f, (
        ("折讓單號", "ZR-HC-2603-021", "number", None),
        ("開立日期", "2026/03/26", "issue_date", "2026-03-26"),
        ("買受人", "聯發科技股份有限公司", "buyer", None),
        ("統一編號", "24566673", "buyer_tax_id", None),
        ("原發票號碼", "QX-40918826", "invoice_no", None),
        ("客訴單號", "MTK-QA-260318", "complaint_number", None),
    ))  # fmt: skip
    heads = ("品名", "數量", "單價", "折讓金額")
    kit.th_row(f, heads)
    lines = (("散熱片", 5000, 1.8), ("導熱墊", 12000, 0.6))
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    for i, (name, q, p) in enumerate(lines):
        kit.td_row(f, ((name, f"items[{i}].name", None), (f"{q:,}", f"items[{i}].qty", q),
                   (f"{p:,.2f}", f"items[{i}].unit_price", kit.money(p)),
                   (f"NT${q * p:,.0f}", f"items[{i}].allowance_amount", kit.money(q * p))), heads)  # fmt: skip
        kit.td_row(f, (("　營業稅 5%", None, None), ("", None, None), ("", None, None),
                   (f"NT${round(q * p * 0.05):,}", f"items[{i}].tax", kit.money(round(q * p * 0.05)))),
                   ("", "", "", "營業稅額"))  # fmt: skip
    f.raw("</table>")
    kit.kv(f, (
        ("折讓金額合計", f"NT${net:,.0f}", "total_excl_tax", kit.money(net)),
        ("營業稅額合計", f"NT${tax:,}", "total_tax", kit.money(tax)),
        ("總計", f"NT${net + tax:,.0f}", "total", kit.money(net + tax)),
        ("核准", "許文彥", "approved_by_manager", None),
    ))  # fmt: skip
    return f.page("銷貨折讓單", _CSS)


def eightd_zht_ratio(f: kit.PdfDraw) -> None:
    """An 8D 報告 whose complained and delivered counts share ONE CAPTION AND ONE VALUE, SLASH BETWEEN THEM
    (``不良數／交貨數：540／12,000 台``), as a defect ratio is written; ``label：value`` lines, no boxes."""
    f = kit.CjkDraw.of(f)
    f.text(80, 14, "8D 矯正措施報告", size=14)
    y = 24
    for k, (lab, raw, path, exp) in enumerate((
        ("報告編號", "8D-TY-2603-008", "number", None), ("立案日期", "2026/03/11", "opened_date", "2026-03-11"),
        ("客戶名稱", "廣達電腦股份有限公司", "customer", None), ("客訴單號", "QCI-QA-260309", "complaint_number", None),
        ("料號", "TY-FAN-3306", "part_no", None),
    )):  # fmt: skip
        x = 15 + k % 2 * 95
        f.text(x, y + k // 2 * 7, lab + "：")
        f.value(x + 20, y + k // 2 * 7, raw, path=path, label=lab, expect=exp)
    lab = "不良數／交貨數"
    f.text(110, y + 14, lab + "：")
    f.value(136, y + 14, "540／12,000 台", path=None, label=lab)
    if not f.blank:
        for path, exp in (("problem.qty_complained", 540), ("problem.qty_delivered", 12000)):
            f.fields.append({"label": lab, "cell": f"p1!136,{y + 14}", "value": "540／12,000 台", "path": path,
                             "expect": exp})  # fmt: skip
    y = 52
    team = ("鄭凱文", "簡淑芬", "潘冠宇")
    f.text(15, y, "D1 小組成員：")
    f.value(40, y, "、".join(team), path=None, label="D1 小組成員")
    kit.members(f, "D1 小組成員", f"p1!40,{y}", "、".join(team), team)
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("風扇異音，計 540 台。", "在庫 9,000 台全數聽音檢查。", "軸承油封壓入不到位。", "出貨檢驗未做異音測試。",
         "壓入機加位移感測。", "連續 7 批異音為零。", "同類 2 款風扇比照。"),
    )  # fmt: skip
    for lab, raw, path in steps:
        y += 9
        f.text(15, y, lab + "：")
        f.value(40, y, raw, path=path, label=lab)
    y += 9
    f.text(15, y, "D8 結案日期：")
    f.value(40, y, "2026/04/18", path="closure.closed_date", label="D8 結案日期", expect="2026-04-18")
    f.text(110, y, "核准：")
    f.value(122, y, "賴俊男", path="closure.approved_by", label="核准")


def return_zht_nolines(f: kit.PdfDraw) -> None:
    """A 退貨單 from a small ERP whose ITEM TABLE IS DRAWN WITHOUT ANY LINES: the headings and the values placed in
    columns by position only, the text in reading order, numbers right-aligned to their column's edge."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退 貨 單", size=15)
    kit.pdf_lv_lines(f, 15, 38, 28, (
        ("退貨單號", "RT-TN-2603-037", "number", None),
        ("退貨日期", "2026/03/23", "issue_date", "2026-03-23"),
        ("客戶名稱", "友達光電股份有限公司", "customer", None),
        ("客訴單號", "AUO-QA-260317", "complaint_number", None),
    ))  # fmt: skip
    heads = ("料號", "品名", "核准數量", "退回數量", "單價", "金額")
    left = (15, 45)
    right = (112, 136, 160, 192)  # the numbers' right edges
    y = 62.0
    for x, h in zip(left, heads[:2]):
        f.text(x, y, h, bold=True)
    for x, h in zip(right, heads[2:]):
        f.text(x - f.pdf.get_string_width(h) - 1, y, h, bold=True)
    lines = (("TN-PNL-7101", "背光模組", 240, 236, 88.5), ("TN-FPC-7102", "軟板排線", 1500, 1480, 4.2),
             ("TN-BZL-7103", "前框", 600, 600, 12.75), ("TN-CVR-7104", "保護膜", 3000, 2950, 0.9))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        y += 8
        f.value(15, y, code, path=f"items[{i}].part_no", label=heads[0])
        f.value(45, y, name, path=f"items[{i}].part_name", label=heads[1])
        for x, h, (raw, path, exp) in zip(right, heads[2:], (
            (f"{qa:,}", "qty_approved", qa), (f"{q:,}", "qty_returned", q), (f"{p:,.2f}", "unit_price", kit.money(p)),
            (f"{q * p:,.2f}", "amount", kit.money(q * p)),
        )):  # fmt: skip
            f.pdf.set_font("wqy", "", 9)
            f.value(
                round(x - f.pdf.get_string_width(raw), 1),
                y,
                raw,
                path=f"items[{i}].{path}",
                label=h,
                expect=exp,
            )
    kit.pdf_lv_lines(f, 15, 38, y + 16, (
        ("退貨原因", "背光模組亮度不均，軟板折痕。", "reason", None),
        ("處理方式", "退回供應商", "handling", ["return"]),
        ("倉管簽收", "溫志偉", "warehouse_receiver", None),
        ("主管核准", "孔令儀", "approved_by", None),
    ))  # fmt: skip


SENT_AS_PDF = [
    kit.pdf_layout("complaint-en-haitian", "complaint", "en", "html", complaint_en_haitian,
                   "a Haitian customer's complaint: Haitian Creole–English labels, 5 mas 2026, Name / Title / Tel",
                   copy2=True),
    kit.pdf_layout("8d-en-tokpisin", "8d", "en", "html", eightd_en_tokpisin,
                   "a Papua New Guinean customer's 8D: Tok Pisin–English labels, 5 Mas 2026, the team with e-mail addresses"),
    kit.pdf_layout("return-en-breton", "return", "en", "html", return_en_breton,
                   "a Breton customer's return note: 5 a viz Meurzh 2026, 1 234,50 €, a remark column 'gwelet 3/4'",
                   copy2=True),
    kit.pdf_layout("allowance-zht-taxrow", "allowance", "zh-Hant", "html", allowance_zht_taxrow,
                   "a 銷貨折讓單 whose each line's tax stands on its own row under the line"),
    kit.pdf_layout("8d-zht-ratio", "8d", "zh-Hant", "fpdf", eightd_zht_ratio,
                   "an 8D 報告 whose complained and delivered counts share one caption (540／12,000)"),
    kit.pdf_layout("return-zht-nolines", "return", "zh-Hant", "fpdf", return_zht_nolines,
                   "a 退貨單 whose item table is drawn without any lines"),
]  # fmt: skip


# =============================================================================== odd files
def _no_pages() -> bytes:
    """A PDF with an empty page tree (``/Count 0``): what a failed print job leaves."""
    from pypdf import PdfWriter

    return kit.pdf_writer_bytes(PdfWriter())


_OUTLINE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _outlined_complaint() -> bytes | None:
    """A one-page complaint drawn by fpdf2 whose letters are the font's glyph outlines filled as paths
    (fontTools reads DejaVu Sans): what a PDF looks like after 'convert text to outlines'."""
    if kit.FPDF is None:
        return None
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(_OUTLINE_FONT)
    glyphs, cmap, em = font.getGlyphSet(), font.getBestCmap(), font["head"].unitsPerEm

    class Pen(BasePen):
        def __init__(self, path, x: float, y: float, scale: float) -> None:
            super().__init__(glyphs)
            self.path, self.x, self.y, self.s = path, x, y, scale

        def _p(self, pt):
            return self.x + pt[0] * self.s, self.y - pt[1] * self.s

        def _moveTo(self, pt):
            self.path.move_to(*self._p(pt))

        def _lineTo(self, pt):
            self.path.line_to(*self._p(pt))

        def _curveToOne(self, a, b, c):
            self.path.curve_to(*self._p(a), *self._p(b), *self._p(c))

        def _qCurveToOne(self, a, b):
            self.path.quadratic_curve_to(*self._p(a), *self._p(b))

        def _closePath(self):
            self.path.close()

    f = kit.PdfDraw(False)
    lines = ((14, "CUSTOMER COMPLAINT"), (9, "Complaint No.: CC-OL-2603-011"), (9, "Received: 2026-03-16"),
             (9, "Customer: Harbour Instruments Ltd"), (9, "Part No.: HI-GSK-0208   Lot: OL2603-02"),
             (9, "Qty delivered: 2,000   Qty defective: 64"), (9, "Defect: gaskets torn at assembly."),
             (9, "Request: Replacement"), (9, "Prepared by: Zhou Min"))  # fmt: skip
    for k, (size, text) in enumerate(lines):
        x, y, scale = 20.0, 20.0 + k * 8, size * 25.4 / 72 / em
        with f.pdf.new_path() as path:
            path.style.fill_color = "#000000"
            path.style.stroke_color = None
            for ch in text:
                name = cmap.get(ord(ch), ".notdef")
                glyphs[name].draw(Pen(path, x, y, scale))
                x += glyphs[name].width * scale
    return bytes(f.pdf.output())


ODD = {
    "return-nopages.pdf": (
        "a PDF whose page tree is empty (/Count 0: a print job that failed wrote the file but no page): "
        "nothing to read; a clear error, never a record",
        _no_pages,
    ),
    "complaint-outlined.pdf": (
        "a complaint whose every letter was converted to outlines (curves) when it was exported ('text as "
        "graphics', 'convert text to outlines' in a design or print tool): no text layer, no image either, so "
        "no scan to OCR; a clear error, never a record",
        _outlined_complaint,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    here = Path(__file__).resolve().parent
    kit.run_with_odd(sys.argv[1:], here, (EXCEL, SENT_AS_PDF), SOURCE, "twenty-ninth held-out layouts", ODD)
