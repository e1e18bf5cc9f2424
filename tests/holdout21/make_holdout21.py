"""Write the twenty-first held-out set (run: ``python tests/holdout21/make_holdout21.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: a GREEK–ENGLISH complaint (``5 Μαρτίου 2026``, ``1.200 τεμ.``), a
客户抱怨处理单 whose dates are typed with ``号`` (``2026年3月5号``), a 客訴處理單 whose 客戶要求 says only
``見註解`` (the request is in a CELL NOTE); a FINNISH–ENGLISH 8D (``5.3.2026``, ``1 250 kpl``), an 8D
報告 laid out LANDSCAPE and printed at a 40 % SCALE (tiny print); a SWEDISH–ENGLISH return
(``5 mars 2026``, ``1 234,50 kr``, ``st``), a 成品退货单 whose TITLE AND LETTERHEAD ARE A PICTURE; a
DANISH–ENGLISH credit note (``5. marts 2026``, ``1.234,50 kr.``, ``stk.``, CVR-nr.), a 销货折让证明单
with ``号`` dates; sent as PDF only: a ROMANIAN–ENGLISH complaint page (``5 martie 2026``,
``1.200 buc.``; Chromium), a MAIL-MERGED complaint LETTER in prose (Chromium), an 8D 报告 printed
like a Word form with DOT LEADERS between label and value (fpdf2), a customer portal's 成品退貨單
in TWO COLUMNS beside a SIDEBAR (Chromium), a 營業人銷貨折讓證明單 with dot leaders (fpdf2), a
HEBREW–ENGLISH credit note laid out RIGHT TO LEFT (``₪ 1,234.50``; Chromium). ``odd/`` holds a
Google Drive shortcut renamed ``.xlsx`` and a portal's HTML log-in page saved as ``.pdf``, neither of
which gives a record.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from holdout_kit import (  # noqa: E402
    FPDF,
    CjkDraw,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    eu,
    excel_layout,
    head_row,
    kv,
    label,
    lv,
    lv_rows,
    members,
    money,
    note,
    odd_expected,
    pick,
    plain,
    portal_css,
    qty,
    run,
    td_row,
    team_cell,
    th_row,
)
from openpyxl.drawing.image import Image as XlImage  # noqa: E402

D = dt.date
SOURCE = dict(origin="twenty-first held-out imitation", source="tests/holdout21/make_holdout21.py")
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


_GREEK = (
    "Ιανουαρίου",
    "Φεβρουαρίου",
    "Μαρτίου",
    "Απριλίου",
    "Μαΐου",
    "Ιουνίου",
    "Ιουλίου",
    "Αυγούστου",
    "Σεπτεμβρίου",
    "Οκτωβρίου",
    "Νοεμβρίου",
    "Δεκεμβρίου",
)
_SWEDISH = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december")  # fmt: skip
_DANISH = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december")  # fmt: skip
_ROMANIAN = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
             "octombrie", "noiembrie", "decembrie")  # fmt: skip


def month_date(d: dt.date, months, dot: bool = False) -> str:
    """``5 Μαρτίου 2026``, ``5 mars 2026``, ``5. marts 2026`` (``dot``: the Danish dot after the day)."""
    return f"{d.day}{'.' if dot else ''} {months[d.month - 1]} {d.year}"


def hao(d: dt.date) -> str:
    """``2026年3月5号``: a date typed as text with 号 (the spoken word) for 日."""
    return f"{d.year}年{d.month}月{d.day}号"


# =============================================================================== complaint
def complaint_en_greek(s: Sheet) -> None:
    """A Greek customer's ΠΑΡΑΠΟΝΟ ΠΕΛΑΤΗ / CUSTOMER COMPLAINT in GREEK–ENGLISH labels, dates with a
    Greek month in the genitive (``5 Μαρτίου 2026``), quantities ``1.200 τεμ.`` (a dot between the
    thousands, τεμάχια = pieces)."""
    s.text("A1", "ΠΑΡΑΠΟΝΟ ΠΕΛΑΤΗ / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Έντυπο ΔΠ-8.2-04 / έκδοση 2", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "A3", "Αρ. παραπόνου / Complaint No.", "B3", pick(s, "ΠΡ-26-0058", "ΠΡ-26-0091"), "number")
    lv(s, "C3", "Ημερομηνία / Date", "D3", month_date(d, _GREEK), "received_date", expect=d.isoformat())
    lv(
        s,
        "A4",
        "Πελάτης / Customer",
        "B4",
        pick(s, "Theon Sensors S.A.", "ELVAL Colour S.A."),
        "customer",
        span="D4",
    )
    lv(s, "A5", "Αρ. παραγγελίας / PO No.", "B5", pick(s, "ΠΑΡ-4471028", "ΠΑΡ-4471390"), "order_no")
    lv(s, "C5", "Παρτίδα / Lot", "D5", pick(s, "GR2602-11", "GR2604-03"), "lot_no")
    lv(s, "A6", "Κωδικός / Part No.", "B6", pick(s, "TS-HSG-2210", "EV-PNL-0415"), "part_no")
    lv(s, "C6", "Περιγραφή είδους / Part name", "D6", pick(s, "Περίβλημα αισθητήρα", "Πάνελ πρόσοψης"),
       "part_name")  # fmt: skip
    q, dq = pick(s, (1200, 64), (15000, 320))
    lv(s, "A7", "Παραδοθείσα ποσότητα / Qty delivered", "B7", qty(q, ".", "τεμ."), "ship_qty", expect=q)
    lv(s, "C7", "Ελαττωματικά / Qty defective", "D7", qty(dq, ".", "τεμ."), "defect_qty", expect=dq)
    lv(
        s,
        "A8",
        "Περιγραφή ελαττώματος / Defect description",
        "B8",
        pick(s, "Ρωγμή στο κλιπ στερέωσης μετά τη συναρμολόγηση.", "Γρατζουνιές στην επιφάνεια βαφής."),
        "description",
        span="D8",
    )
    lv(
        s,
        "A9",
        "Αίτημα / Request",
        "B9",
        pick(s, "Αντικατάσταση / Replacement", "Επιστροφή / Return"),
        "customer_request",
        expect=pick(s, ["replacement"], ["return"]),
        span="D9",
    )
    lv(s, "A10", "Άμεση ενέργεια / Immediate action", "B10",
       pick(s, "Διαλογή 100 % του αποθέματος.", "Δέσμευση της παρτίδας."), "short_term_action",
       span="D10")  # fmt: skip
    lv(s, "A11", "Χειριστής / Handled by", "B11", "Zhou Min", "reporter")
    lv(s, "C11", "Υπεύθυνος / Supervisor", "D11", pick(s, "Νίκος Παπαδόπουλος", "Μαρία Γεωργίου"),
       "sales_supervisor")  # fmt: skip


def complaint_zh_hao(s: Sheet) -> None:
    """客户抱怨处理单 whose dates the clerk TYPED AS TEXT WITH 号 (``2026年3月5号``, as she says it),
    the quantities with ``个`` after them."""
    s.text("A1", "客户抱怨处理单", "D1", size=15)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 3, 27)), (D(2026, 4, 8), D(2026, 4, 30)))
    lv(s, "A2", "编号", "B2", pick(s, "KB-2603-021", "KB-2604-036"), "number")
    lv(s, "C2", "受理日期", "D2", hao(d), "received_date", expect=d.isoformat())
    lv(s, "A3", "客户名称", "B3", pick(s, "苏州汇川技术有限公司", "无锡威孚高科技集团股份有限公司"), "customer",
       span="D3")  # fmt: skip
    lv(s, "A4", "订单号", "B4", pick(s, "HC-PO-260288", "WF-PO-260417"), "order_no")
    lv(s, "C4", "批号", "D4", pick(s, "SZ260228", "SZ260402"), "lot_no")
    lv(s, "A5", "产品编号", "B5", pick(s, "SZ-FAN-6020", "SZ-PMP-3108"), "part_no")
    lv(s, "C5", "产品名称", "D5", pick(s, "散热风扇", "油泵壳体"), "part_name")
    q, dq = pick(s, (3000, 42), (800, 19))
    lv(s, "A6", "出货数量", "B6", f"{q}个", "ship_qty", expect=q)
    lv(s, "C6", "不良数量", "D6", f"{dq}个", "defect_qty", expect=dq)
    lv(
        s,
        "A7",
        "不良描述",
        "B7",
        pick(s, "风扇异响，转速低于规格。", "壳体砂眼渗油。"),
        "description",
        span="D7",
    )
    lv(s, "A8", "客户要求", "B8", pick(s, "换货", "退货"), "customer_request",
       expect=[pick(s, "replacement", "return")], span="D8")  # fmt: skip
    lv(s, "A9", "临时对策", "B9", pick(s, "库存品全数复测转速。", "在制品100%气密检测。"), "short_term_action",
       span="D9")  # fmt: skip
    lv(s, "A10", "填表人", "B10", "钱晓燕", "reporter")
    lv(s, "C10", "业务主管", "D10", pick(s, "周国平", "周国平"), "sales_supervisor")
    lv(s, "A11", "结案日期", "B11", hao(c), "closed_date", expect=c.isoformat())


def complaint_zht_comment(s: Sheet) -> None:
    """客訴處理單 whose 客戶要求 cell says only ``見註解`` (see the note): the request itself is in a
    CELL NOTE (a comment that does not print); the record must not take the note's words as typed."""
    s.text("A1", "客訴處理單", "D1", size=15)
    lv(s, "A2", "客訴編號", "B2", "CS-TY-2603-027", "number")
    lv(s, "C2", "受理日期", "D2", D(2026, 3, 11), "received_date", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶名稱", "B3", "致茂電子股份有限公司", "customer", span="D3")
    lv(s, "A4", "訂單號碼", "B4", "CH-PO-2602-331", "order_no")
    lv(s, "C4", "批號", "D4", "TY260224", "lot_no")
    lv(s, "A5", "料號", "B5", "TY-CON-4410", "part_no")
    lv(s, "C5", "品名", "D5", "電源連接器", "part_name")
    lv(s, "A6", "出貨數量", "B6", 4800, "ship_qty", fmt="#,##0")
    lv(s, "C6", "不良數量", "D6", 36, "defect_qty")
    lv(s, "A7", "異常描述", "B7", "端子退針，插拔後接觸不良。", "description", span="D7")
    label(s, "A8", "客戶要求")
    s.value("B8", "見註解", path=None, label="客戶要求", span="D8")
    note(s, "B8", "客戶來信：要求換貨，並於兩週內回覆 8D。")
    absent(s, "客戶要求", "B8", "見註解 (the request only in the cell's note)", "customer_request")
    lv(s, "A9", "暫時對策", "B9", "在庫 1,200 件全檢端子保持力。", "short_term_action", span="D9")
    lv(s, "A10", "承辦人", "B10", "許雅雯", "reporter")
    lv(s, "C10", "業務主管", "D10", "洪志明", "sales_supervisor")


# =============================================================================== 8D
def eightd_en_finnish(s: Sheet) -> None:
    """A Finnish customer's 8D-RAPORTTI / 8D REPORT in FINNISH–ENGLISH labels, dates ``5.3.2026``
    (day.month.year, no spaces, no zeros), the quantity ``1 250 kpl`` (kappaletta = pieces)."""
    s.text("A1", "8D-RAPORTTI / 8D REPORT", "D1", size=13)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 4, 23)), (D(2026, 4, 7), D(2026, 5, 19)))
    lv(s, "A2", "Raportti nro / Report No.", "B2", pick(s, "8D-TRE-26-014", "8D-TRE-26-029"), "number")
    lv(s, "C2", "Päivämäärä / Date", "D2", f"{d.day}.{d.month}.{d.year}", "opened_date", expect=d.isoformat())
    lv(s, "A3", "Asiakas / Customer", "B3", pick(s, "Valmet Automotive Oy", "Ponsse Oyj"), "customer")
    lv(s, "C3", "Reklamaatio nro / Complaint No.", "D3", pick(s, "VA-RK-260301", "PO-RK-260402"),
       "complaint_number")  # fmt: skip
    lv(s, "A4", "Nimike / Part No.", "B4", pick(s, "TR-BRK-5520", "TR-HYD-7731"), "part_no")
    n = pick(s, 1250, 86)
    lv(s, "C4", "Määrä / Qty", "D4", qty(n, " ", "kpl"), "problem.qty_complained", expect=n)
    team = pick(s, ("Mikko Virtanen", "Zhang Lei", "Anna Korhonen"), ("Mikko Virtanen", "Liisa Mäkinen"))
    team_cell(s, "A5", "D1 Tiimi / Team", "B5", team, span="D5")
    rows = (
        ("D2 Ongelma / Problem", pick(s, "Kiinnikkeen hitsi haljennut 1 250 kpl:ssa.", "Hydrauliliitin vuotaa 86 kpl."),
         "problem.statement"),
        ("D3 Välitön toimenpide / Containment", pick(s, "Varasto 4 800 kpl tarkastettu 100 %.", "Erä eristetty."),
         "containment[0].action"),
        ("D4 Juurisyy / Root cause", pick(s, "Hitsausvirta liian pieni robotilla 3.", "Tiivisteen väärä kovuus."),
         "root_cause[type=occurrence].cause"),
        ("D4 Vuotokohta / Escape", pick(s, "Silmämääräinen tarkastus ei havaitse halkeamaa.", "Painekoe vain otoksella."),
         "root_cause[type=escape].cause"),
        ("D5 Korjaava toimenpide / Corrective action", pick(s, "Hitsausparametrit lukittu.", "Tiivistetoimittaja vaihdettu."),
         "corrective_actions[0].action"),
        ("D6 Todentaminen / Verification", pick(s, "3 erää ilman halkeamia.", "0 vuotoa 2 erässä."),
         "implementation[0].result"),
        ("D7 Ennaltaehkäisy / Prevention", pick(s, "FMEA päivitetty kaikille 4 robotille.", "Tulotarkastusohje päivitetty."),
         "prevention.horizontal_deployment"),
    )  # fmt: skip
    lv_rows(s, 6, rows)
    lv(s, "A13", "D8 Suljettu / Closed", "B13", f"{c.day}.{c.month}.{c.year}", "closure.closed_date",
       expect=c.isoformat())  # fmt: skip
    lv(
        s,
        "C13",
        "Hyväksyjä / Approved",
        "D13",
        pick(s, "Juha Nieminen", "Juha Nieminen"),
        "closure.approved_by",
    )


def eightd_zht_scale40(s: Sheet) -> None:
    """8D 報告 laid out LANDSCAPE and wide (the steps side by side in pairs) and PRINTED AT A 40 %
    SCALE (no fit to page): every word on the PDF is about 4 pt high."""
    s.ws.page_setup.orientation = "landscape"
    s.ws.sheet_properties.pageSetUpPr.fitToPage = False
    s.ws.page_setup.scale = 40
    s.text("A1", "8D 問題分析及改善報告", "H1", size=16)
    lv(s, "A2", "報告編號", "B2", "8D-HS-2603-018", "number")
    lv(s, "C2", "開立日期", "D2", D(2026, 3, 17), "opened_date", fmt="yyyy/mm/dd")
    lv(s, "E2", "客戶", "F2", "仁寶電腦工業股份有限公司", "customer")
    lv(s, "G2", "客訴單號", "H2", "CP-QA-260316", "complaint_number")
    lv(s, "A3", "料號", "B3", "HS-HNG-2207", "part_no")
    lv(s, "C3", "不良數量", "D3", "260 PCS", "problem.qty_complained", expect=260)
    team = ("林俊傑", "吳佩珊", "蕭志偉")
    team_cell(s, "E3", "D1 小組", "F3", team, "、", span="H3")
    pairs = (
        (("D2 問題描述", "轉軸扭力不足，螢幕無法定位 260 PCS。", "problem.statement"),
         ("D3 暫時對策", "庫存 5,000 PCS 全檢扭力。", "containment[0].action")),
        (("D4 發生原因", "彈片熱處理硬度偏低。", "root_cause[type=occurrence].cause"),
         ("D4 流出原因", "出貨檢驗未量測扭力。", "root_cause[type=escape].cause")),
        (("D5 永久對策", "熱處理爐溫曲線重新設定並監控。", "corrective_actions[0].action"),
         ("D6 效果確認", "連續 3 批扭力 CPK 1.67。", "implementation[0].result")),
        (("D7 預防再發", "同類 4 款轉軸納入扭力全檢。", "prevention.horizontal_deployment"),
         ("D8 結案日期", "2026/04/21", "closure.closed_date")),
    )  # fmt: skip
    for k, (left, right) in enumerate(pairs):
        r = 4 + k
        s.height(r, 36)
        for (lab, raw, path), (lc, vc, vs) in zip((left, right), (("A", "B", "D"), ("E", "F", "H"))):
            exp = "2026-04-21" if path == "closure.closed_date" else None
            lv(s, f"{lc}{r}", lab, f"{vc}{r}", raw, path, expect=exp, span=f"{vs}{r}")
    lv(s, "A8", "核准", "B8", "賴正雄", "closure.approved_by")
    lv(s, "C8", "審查", "D8", "吳佩珊", None)
    lv(s, "E8", "製表", "F8", "蕭志偉", None)


# =============================================================================== return
def return_en_swedish(s: Sheet) -> None:
    """A Swedish customer's RETURSEDEL / RETURN NOTE in SWEDISH–ENGLISH labels, ``5 mars 2026``,
    quantities ``1 200 st`` (a space between the thousands), amounts ``1 234,50 kr``."""
    s.text("A1", "RETURSEDEL / RETURN NOTE", "F1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    lv(s, "A2", "Returnr / Return No.", "B2", pick(s, "RET-GBG-26-0042", "RET-GBG-26-0077"), "number")
    lv(s, "C2", "Datum / Date", "D2", month_date(d, _SWEDISH), "issue_date", expect=d.isoformat(), span="F2")
    lv(s, "A3", "Kund / Customer", "B3", pick(s, "Volvo Car Corporation", "Scania CV AB"), "customer")
    lv(s, "C3", "Reklamationsnr / Complaint No.", "D3", pick(s, "VCC-RK-260302", "SC-RK-260411"),
       "complaint_number", span="F3")  # fmt: skip
    heads = ("Artikelnr / Part No.", "Benämning / Description", "Godkänt / Approved", "Returnerat / Returned",
             "Pris / Unit Price", "Belopp / Amount")  # fmt: skip
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [
            ("SE-BRK-1102", "Fäste / Bracket", 1200, 1200, 4.35),
            ("SE-SCR-1103", "Skruv / Screw", 5000, 4960, 0.28),
        ],
        [("SE-CLP-2207", "Klämma / Clamp", 2400, 2380, 1.15)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", qty(qa, " ", "st"), path=f"items[{i}].qty_approved", label=heads[2], expect=qa)
        s.value(f"D{r}", qty(q, " ", "st"), path=f"items[{i}].qty_returned", label=heads[3], expect=q)
        s.value(f"E{r}", eu(p, " ", " kr"), path=f"items[{i}].unit_price", label=heads[4], expect=money(p))
        s.value(
            f"F{r}", eu(q * p, " ", " kr"), path=f"items[{i}].amount", label=heads[5], expect=money(q * p)
        )
    lv(s, "A8", "Orsak / Reason", "B8", pick(s, "Fästet spricker vid montering.", "Klämman för lös."), "reason",
       span="F8")  # fmt: skip
    lv(s, "A9", "Åtgärd / Disposition", "B9", pick(s, "Skrotas / Scrap", "Omarbetas / Rework"), "handling",
       expect=[pick(s, "scrap", "rework")], span="F9")  # fmt: skip
    lv(
        s,
        "A10",
        "Mottaget av / Received by",
        "B10",
        pick(s, "Erik Lindqvist", "Karin Berg"),
        "warehouse_receiver",
    )
    lv(s, "C10", "Godkänt av / Approved by", "D10", "Lars Johansson", "approved_by", span="F10")


def _title_png() -> bytes:
    """The title and letterhead of a 成品退货单 as a scanned picture (PIL, the CJK font): the words are
    pixels, nothing a reader can take as text."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (900, 110), "white")
    draw = ImageDraw.Draw(img)
    draw.text((20, 8), "常州金源精密五金有限公司", fill=(40, 40, 40), font=ImageFont.truetype(CJK_FONT, 22))
    draw.text((330, 48), "成 品 退 货 单", fill="black", font=ImageFont.truetype(CJK_FONT, 40))
    draw.line((20, 102, 880, 102), fill=(90, 90, 90), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def return_zh_imagetitle(s: Sheet) -> None:
    """成品退货单 whose TITLE AND COMPANY LETTERHEAD ARE A PICTURE pasted over the top rows (a scan
    of the old paper form's header): the sheet's text holds no title, the labels are typed."""
    s.height(1, 84)
    img = XlImage(io.BytesIO(_title_png()))
    img.width, img.height = 600, 73
    s.ws.add_image(img, "A1")
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-JY-2603-031", "TH-JY-2604-047"), "number", span="C2")
    lv(
        s,
        "D2",
        "退货日期",
        "E2",
        pick(s, D(2026, 3, 18), D(2026, 4, 21)),
        "issue_date",
        span="F2",
        fmt="yyyy-mm-dd",
    )
    lv(
        s,
        "A3",
        "客户",
        "B3",
        pick(s, "宁德时代新能源科技股份有限公司", "比亚迪汽车工业有限公司"),
        "customer",
        span="C3",
    )
    lv(s, "D3", "客诉单号", "E3", pick(s, "CATL-QA-260315", "BYD-QA-260419"), "complaint_number", span="F3")
    head_row(s, 4, "ABCDEF", ("物料编码", "品名", "核准数量", "实退数量", "单价", "金额"))
    lines = pick(
        s,
        [("JY-BUS-0310", "铜排", 2000, 2000, 5.6), ("JY-NUT-0311", "压铆螺母", 10000, 9950, 0.12)],
        [("JY-TRM-0420", "接线端子", 6000, 5980, 0.85)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="物料编码")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核准数量", fmt="#,##0")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="实退数量", fmt="#,##0")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(f"F{r}", round(q * p, 2), path=f"items[{i}].amount", label="金额", expect=money(q * p),
                fmt="#,##0.00")  # fmt: skip
    lv(s, "A8", "退货原因", "B8", pick(s, "铜排镀锡层发黑。", "端子压接高度超差。"), "reason", span="F8")
    lv(
        s,
        "A9",
        "处理方式",
        "B9",
        pick(s, "返工", "报废"),
        "handling",
        expect=[pick(s, "rework", "scrap")],
        span="F9",
    )
    lv(s, "A10", "仓管收货", "B10", pick(s, "沈涛", "沈涛"), "warehouse_receiver", span="C10")
    lv(s, "D10", "审核", "E10", pick(s, "顾建华", "顾建华"), "approved_by", span="F10")


# =============================================================================== allowance
def allowance_en_danish(s: Sheet) -> None:
    """A Danish customer's KREDITNOTA / CREDIT NOTE in DANISH–ENGLISH labels, ``31. marts 2026`` (a
    dot after the day, a Danish month), amounts ``1.234,50 kr.``, quantities ``36 stk.``, the buyer's
    ``CVR-nr.``, ``Moms 25 %``."""
    s.text("A1", "KREDITNOTA / CREDIT NOTE", "E1", size=13)
    d, inv = D(2026, 3, 31), D(2026, 3, 9)
    lv(s, "A2", "Kreditnota nr. / No.", "B2", "KN-2026-0118", "number")
    lv(
        s,
        "C2",
        "Dato / Date",
        "D2",
        month_date(d, _DANISH, dot=True),
        "issue_date",
        expect=d.isoformat(),
        span="E2",
    )
    lv(s, "A3", "Kunde / Buyer", "B3", "Grundfos Holding A/S", "buyer")
    lv(s, "C3", "CVR-nr. / VAT No.", "D3", "DK31859914", "buyer_tax_id", span="E3")
    lv(s, "A4", "Faktura nr. / Invoice No.", "B4", "FA-26-04471", "invoice_no")
    lv(s, "C4", "Fakturadato / Invoice date", "D4", month_date(inv, _DANISH, dot=True), "invoice_date",
       expect=inv.isoformat(), span="E4")  # fmt: skip
    lv(s, "A5", "Reklamation nr. / Complaint No.", "B5", "GF-RK-26-0212", "complaint_number", span="E5")
    heads = ("Vare / Item", "Antal / Qty", "Pris / Unit price", "Beløb / Net", "Moms 25 % / VAT")
    head_row(s, 6, "ABCDE", heads)
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("Pumpehus GF-PH-2210", 36, 385.0), ("Pakning GF-GS-2211", 36, 12.5))):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.25 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", f"{q} stk.", path=f"items[{i}].qty", label=heads[1], expect=q)
        s.value(f"C{r}", eu(p, ".", " kr."), path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(
            f"D{r}", eu(a, ".", " kr."), path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a)
        )
        s.value(f"E{r}", eu(t, ".", " kr."), path=f"items[{i}].tax", label=heads[4], expect=money(t))
    s.text("A9", "I alt / Total", "C9", bold=True)
    s.value("D9", eu(net, ".", " kr."), path="total_excl_tax", label="I alt / Total Beløb", expect=money(net))
    s.value("E9", eu(tax, ".", " kr."), path="total_tax", label="I alt / Total Moms", expect=money(tax))
    lv(
        s,
        "A10",
        "Til gode / Total credit",
        "B10",
        eu(net + tax, ".", " kr."),
        "total",
        expect=money(net + tax),
    )
    lv(s, "C10", "Godkendt / Approved", "D10", "Mette Rasmussen", "approved_by_manager", span="E10")


def allowance_zh_hao(s: Sheet) -> None:
    """销货折让证明单 whose 开具日期 and 发票日期 are TYPED AS TEXT WITH 号 (``2026年3月30号``), the
    amounts with ``元`` typed after them."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    lv(s, "A2", "单号", "B2", "ZR-KS-2603-022", "number")
    lv(s, "C2", "开具日期", "D2", hao(D(2026, 3, 30)), "issue_date", expect="2026-03-30", span="E2")
    lv(s, "A3", "购买方", "B3", "昆山龙腾光电股份有限公司", "buyer")
    lv(s, "C3", "纳税人识别号", "D3", "91320583746823149B", "buyer_tax_id", span="E3")
    lv(s, "A4", "原发票号码", "B4", "32057714", "invoice_no")
    lv(s, "C4", "发票日期", "D4", hao(D(2026, 3, 4)), "invoice_date", expect="2026-03-04", span="E4")
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    head_row(s, 5, "ABCDE", heads)
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("背光灯条", 2400, 1.8), ("导光板", 600, 6.5))):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1], fmt="#,##0")
        s.value(f"C{r}", f"{p:.2f}元", path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(f"D{r}", f"{a:,.2f}元", path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a))
        s.value(f"E{r}", f"{t:,.2f}元", path=f"items[{i}].tax", label=heads[4], expect=money(t))
    s.text("A8", "合计", "C8", bold=True)
    s.value("D8", f"{net:,.2f}元", path="total_excl_tax", label="合计 折让金额", expect=money(net))
    s.value("E8", f"{tax:,.2f}元", path="total_tax", label="合计 税额", expect=money(tax))
    lv(s, "A9", "价税合计", "B9", f"{net + tax:,.2f}元", "total", expect=money(net + tax))
    lv(s, "C9", "客诉单号", "D9", "LT-KS-260318", "complaint_number", span="E9")
    lv(s, "A10", "经理", "B10", "严志强", "approved_by_manager")
    lv(s, "C10", "总经理", "D10", "范立新", "approved_by_gm", span="E10")


W6 = dict(A=22, B=22, C=16, D=18, E=18, F=18)
EXCEL = [
    excel_layout("complaint-en-greek", "complaint", "en", complaint_en_greek, "Parapono", dict(A=34, B=30, C=30, D=30),
       "a Greek customer's complaint: Greek–English labels, 5 Μαρτίου 2026, 1.200 τεμ.", copy2=True),
    excel_layout("complaint-zh-hao", "complaint", "zh-Hans", complaint_zh_hao, "客诉", dict(A=16, B=30, C=16, D=30),
       "客户抱怨处理单 whose dates are typed as text with 号 (2026年3月5号)", copy2=True),
    excel_layout("complaint-zht-comment", "complaint", "zh-Hant", complaint_zht_comment, "客訴", dict(A=16, B=30, C=16, D=30),
       "客訴處理單 whose 客戶要求 says 見註解 and the request is only in the cell's note"),
    excel_layout("8d-en-finnish", "8d", "en", eightd_en_finnish, "8D", dict(A=38, B=30, C=30, D=30),
       "a Finnish customer's 8D-raportti: Finnish–English labels, 5.3.2026, 1 250 kpl", copy2=True),
    excel_layout("8d-zht-scale40", "8d", "zh-Hant", eightd_zht_scale40, "8D",
       dict(A=14, B=30, C=12, D=30, E=14, F=30, G=12, H=30),
       "8D 報告 laid out landscape, the steps in pairs side by side, printed at a 40 % scale",
       ["審查", "製表"]),
    excel_layout("return-en-swedish", "return", "en", return_en_swedish, "Retur", W6,
       "a Swedish customer's Retursedel: Swedish–English labels, 5 mars 2026, 1 234,50 kr, st", copy2=True),
    excel_layout("return-zh-imagetitle", "return", "zh-Hans", return_zh_imagetitle, "退货单", W6,
       "成品退货单 whose title and letterhead are a pasted picture (no title text)", copy2=True),
    excel_layout("allowance-en-danish", "allowance", "en", allowance_en_danish, "Kreditnota", dict(A=30, B=16, C=22, D=22, E=22),
       "a Danish customer's Kreditnota: Danish–English labels, 31. marts 2026, 1.234,50 kr., stk., CVR-nr."),
    excel_layout("allowance-zh-hao", "allowance", "zh-Hans", allowance_zh_hao, "折让", dict(A=16, B=22, C=16, D=22, E=20),
       "销货折让证明单 whose dates are typed with 号 and the amounts with 元 after them"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = portal_css("#eef2e8")


def complaint_en_romanian(f: HtmlForm) -> str:
    """A Romanian customer's RECLAMAȚIE / CUSTOMER COMPLAINT page printed by Chromium:
    ROMANIAN–ENGLISH labels, ``5 martie 2026`` (a Romanian month), quantities ``1.200 buc.``
    (bucăți = pieces, a dot between the thousands)."""
    f.raw("<h2>RECLAMAȚIE CLIENT / CUSTOMER COMPLAINT</h2>")
    d = pick(f, D(2026, 3, 5), D(2026, 4, 22))
    q, dq = pick(f, (1200, 54), (9600, 230))
    kv(
        f,
        (
            ("Nr. reclamație / Complaint No.", pick(f, "RCL-2026-0063", "RCL-2026-0104"), "number", None),
            ("Data / Date", month_date(d, _ROMANIAN), "received_date", d.isoformat()),
            ("Client / Customer", pick(f, "Dacia Automobile S.A.", "Continental Automotive Sibiu S.R.L."),
             "customer", None),
            ("Comandă / PO No.", pick(f, "DA-CMD-5530127", "CT-CMD-8811045"), "order_no", None),
            ("Lot / Lot", pick(f, "RO2602-09", "RO2604-15"), "lot_no", None),
            ("Cod piesă / Part No.", pick(f, "DA-BRK-3310", "CT-PCB-7702"), "part_no", None),
            ("Denumire / Part name", pick(f, "Suport far", "Placă electronică"), "part_name", None),
            ("Cantitate livrată / Qty delivered", qty(q, ".", "buc."), "ship_qty", q),
            ("Cantitate neconformă / Qty defective", qty(dq, ".", "buc."), "defect_qty", dq),
            ("Descriere defect / Defect description",
             pick(f, "Fisură la clema de prindere după montaj.", "Lipituri reci pe conectorul J3."), "description", None),
            ("Cerință / Request", pick(f, "Înlocuire / Replacement", "Returnare / Return"), "customer_request",
             [pick(f, "replacement", "return")]),
            ("Acțiune imediată / Immediate action", pick(f, "Sortare 100 % a stocului.", "Blocarea lotului."),
             "short_term_action", None),
            ("Întocmit de / Prepared by", "Gao Jing", "reporter", None),
            ("Responsabil / Supervisor", pick(f, "Andrei Popescu", "Ioana Dumitrescu"), "sales_supervisor", None),
        ),
    )  # fmt: skip
    f.raw('<p class="note">Tipărit din portalul furnizorilor / printed from the supplier portal.</p>')
    return f.page("Reclamatie", _CSS)


def complaint_en_mailmerge(f: HtmlForm) -> str:
    """A complaint sent as a MAIL-MERGED LETTER (a Word letter template whose merge fields were
    filled from the customer's quality system, printed to PDF): no form, no labels, the values in
    the prose (``Dear Sir or Madam, … lot 2503-17 … 1,200 pcs``)."""
    v = f.val
    f.raw(
        "<div style=\"margin:40px 60px;font-family:'DejaVu Serif',serif;font-size:11pt;line-height:1.5\">"
        "<p><b>Hexagon Fluid Systems Ltd.</b><br>Unit 4, Riverside Park, Leeds LS10 1AB, United Kingdom</p>"
        "<p>Ningbo Jintai Precision Casting Co., Ltd.<br>Quality Department</p>"
        f"<p>Leeds, {v('5 March 2026', path='received_date', label='letter date', expect='2026-03-05')}</p>"
        f"<p><b>Our reference: {v('SQ-2026-0187', path='number', label='Our reference')}</b></p>"
        "<p>Dear Sir or Madam,</p>"
        "<p><b>Re: Formal complaint – part no. "
        f"{v('HX-VLV-2210', path='part_no', label='part no.')} "
        f"({v('Valve body', path='part_name', label='part name')})</b></p>"
        "<p>We hereby notify you that our incoming inspection has rejected lot "
        f"{v('2503-17', path='lot_no', label='lot')}, delivered against our purchase order "
        f"{v('4500871234', path='order_no', label='purchase order')}. Of the "
        f"{v('1,200 pcs', path='ship_qty', label='delivered', expect=1200)} delivered, "
        f"{v('86 pcs', path='defect_qty', label='rejected', expect=86)} show "
        f"{v('porosity on the sealing face, leaking at 6 bar', path='description', label='defect')}.</p>"
        "<p>We request the "
        f"{v('replacement', path='customer_request', label='we request', expect=['replacement'])} "
        "of the rejected parts within two weeks and your 8D report by 31 March 2026. "
        "Please quote our reference in all correspondence.</p>"
        f"<p>Yours faithfully,</p><p>Karen Miller<br>Supplier Quality Engineer<br>"
        f"{v('Hexagon Fluid Systems Ltd.', path='customer', label='signature company')}</p>"
        "</div>"
    )
    return f.page("Complaint letter", "")


def return_zht_sidebar(f: HtmlForm) -> str:
    """A customer portal's 成品退貨單 page printed by Chromium: a SIDEBAR of menu links on the left and
    the header IN TWO COLUMNS of label / value pairs, the items below, NT$ amounts."""
    f.raw(
        '<div style="display:flex"><div style="width:150px;background:#f0f0f0;padding:10px;font-size:9pt">'
        "<p><b>供應商入口網</b></p><p>首頁</p><p>訂單查詢</p><p>退貨單（3）</p><p>對帳單</p><p>客訴案件</p>"
        "<p>帳號設定</p><p>登出</p></div>"
        '<div style="flex:1"><h2>成品退貨單</h2>'
        '<table style="width:96%">'
    )
    pairs = (
        (("退貨單號", "RT-UM-2603-044", "number", None), ("退貨日期", "2026/03/20", "issue_date", "2026-03-20")),
        (("客戶", "友達光電股份有限公司", "customer", None), ("客訴單號", "AUO-QA-260318", "complaint_number", None)),
    )  # fmt: skip
    for pair in pairs:
        f.raw("<tr>")
        for lab, raw, path, exp in pair:
            f.raw(f"<th>{lab}</th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td>")
        f.raw("</tr>")
    f.raw("</table>")
    heads = ("料號", "品名", "核准數量", "實退數量", "單價", "金額")
    th_row(f, heads, '<table style="width:96%">')
    for i, (code, name, qa, q, p) in enumerate(
        (("UM-PLT-1120", "背板", 800, 800, 35.0), ("UM-SCR-1121", "螺絲", 20000, 19800, 0.6))
    ):
        cells = (
            (code, f"items[{i}].part_no", None),
            (name, f"items[{i}].part_name", None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa),
            (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"NT${p:,.2f}", f"items[{i}].unit_price", money(p)),
            (f"NT${q * p:,.0f}", f"items[{i}].amount", money(q * p)),
        )
        td_row(f, cells, heads)
    f.raw("</table>")
    f.raw('<table style="width:96%">')
    pairs2 = (
        (("退貨原因", "背板烤漆色差。", "reason", None), ("處理方式", "重工", "handling", ["rework"])),
        (("收貨人", "簡志豪", "warehouse_receiver", None), ("主管核准", "林美惠", "approved_by", None)),
    )
    for pair in pairs2:
        f.raw("<tr>")
        for lab, raw, path, exp in pair:
            f.raw(f"<th>{lab}</th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td>")
        f.raw("</tr>")
    f.raw('</table><p class="note">本頁由供應商入口網列印 · 第 1 頁</p></div></div>')
    return f.page("退貨單", _CSS)


def _rtl_rows(f: HtmlForm, rows) -> None:
    """Label / value rows of a right-to-left page; each value cell ``dir="ltr"`` (Latin names, numbers)."""
    f.raw("<table>")
    for lab, raw, path, exp in rows:
        f.raw(f'<tr><th>{lab}</th><td dir="ltr">{f.val(raw, path=path, label=lab, expect=exp)}</td></tr>')
    f.raw("</table>")


def allowance_en_hebrew(f: HtmlForm) -> str:
    """An Israeli customer's HEBREW–ENGLISH credit note (חשבונית זיכוי / CREDIT NOTE) laid out RIGHT TO
    LEFT (``dir="rtl"``: the labels on the right, the values left of them), dates ``31/03/2026`` (day
    first), amounts ``₪ 1,234.50``, VAT 18 % (מע״מ)."""
    f.raw('<div dir="rtl"><h2>חשבונית זיכוי / CREDIT NOTE</h2>')
    _rtl_rows(
        f,
        (
            ("מספר / No.", "CN-IL-26-0037", "number", None),
            ("תאריך / Date", "31/03/2026", "issue_date", "2026-03-31"),
            ("לקוח / Buyer", "Elbit Systems Ltd.", "buyer", None),
            ("ע.מ. / VAT No.", "520043027", "buyer_tax_id", None),
            ("חשבונית מס׳ / Invoice No.", "INV-26-10233", "invoice_no", None),
            ("תאריך חשבונית / Invoice date", "10/03/2026", "invoice_date", "2026-03-10"),
            ("תלונה / Complaint No.", "ES-QA-26-0311", "complaint_number", None),
        ),
    )
    heads = ("פריט / Item", "כמות / Qty", "מחיר / Unit price", "סכום / Net", "מע״מ 18% / VAT")
    th_row(f, heads)
    net = tax = 0.0
    for i, (name, q, p) in enumerate(
        (("Cable harness EL-HRN-3301", 120, 42.5), ("Connector EL-CON-3302", 120, 6.8))
    ):
        a, t = round(q * p, 2), round(q * p * 0.18 + 1e-9, 2)
        net, tax = net + a, tax + t
        cells = (
            (name, f"items[{i}].name", None),
            (f"{q}", f"items[{i}].qty", q),
            (f"₪ {p:,.2f}", f"items[{i}].unit_price", money(p)),
            (f"₪ {a:,.2f}", f"items[{i}].allowance_amount", money(a)),
            (f"₪ {t:,.2f}", f"items[{i}].tax", money(t)),
        )
        td_row(f, cells, heads, '<td dir="ltr">')
    f.raw("</table>")
    _rtl_rows(
        f,
        (
            ("סה״כ לפני מע״מ / Total excl. VAT", f"₪ {net:,.2f}", "total_excl_tax", money(net)),
            ("מע״מ / VAT", f"₪ {tax:,.2f}", "total_tax", money(tax)),
            ("סה״כ לזיכוי / Total credit", f"₪ {net + tax:,.2f}", "total", money(net + tax)),
            ("אושר ע״י / Approved by", "Yael Cohen", "approved_by_manager", None),
        ),
    )
    f.raw("</div>")
    return f.page("Credit note", _CSS)


def _leader(f, x: float, y: float, lab: str, end: float = 62) -> None:
    """A label followed by DOT LEADERS up to ``end`` (as a Word form's tab with a dotted leader prints)."""
    f.text(x, y, lab)
    width = f.pdf.get_string_width(lab)
    dot = f.pdf.get_string_width("…")
    f.text(x + width, y, "…" * max(int((end - x - width) / dot), 2))


def eightd_zh_leaders(f: PdfDraw) -> None:
    """8D 报告 printed from a Word form whose labels end in DOT LEADERS up to the value (a tab with a
    dotted leader: ``客户名称……………东风``), the D-steps as headings with the text on the next line."""
    f = CjkDraw.of(f)
    f.text(80, 18, "8D 纠正预防措施报告", size=15)
    top = [
        ("报告编号", "8D-YZ-2603-009", "number", None),
        ("发起日期", "2026-03-19", "opened_date", "2026-03-19"),
        ("客户名称", "上汽通用五菱汽车股份有限公司", "customer", None),
        ("客诉编号", "SGMW-CS-260317", "complaint_number", None),
        ("零件号", "YZ-BLT-5108", "part_no", None),
        ("不良数量", "180 件", "problem.qty_complained", 180),
    ]
    y = 32
    for lab, raw, path, exp in top:
        _leader(f, 20, y, lab)
        f.value(64, y, raw, path=path, label=lab, expect=exp)
        y += 8
    team = ("覃海军", "蒙丽", "韦志强")
    _leader(f, 20, y, "D1 小组成员")
    f.value(64, y, "、".join(team), path=None, label="D1 小组成员")
    members(f, "D1 小组成员", f"p1!64,{y}", "、".join(team), team)
    y += 12
    steps = (
        ("D2 问题描述", "螺栓扭矩衰减，180 件装配后松动。", "problem.statement"),
        ("D3 临时措施", "库存 6,000 件复检扭矩并隔离。", "containment[0].action"),
        ("D4 发生原因", "螺纹涂胶量不足，涂胶机喷嘴堵塞。", "root_cause[type=occurrence].cause"),
        ("D4 流出原因", "涂胶后无视觉检测。", "root_cause[type=escape].cause"),
        ("D5 永久措施", "更换喷嘴并每班点检，增加视觉检测。", "corrective_actions[0].action"),
        ("D6 效果验证", "连续 4 批 24,000 件无松动。", "implementation[0].result"),
        ("D7 预防措施", "涂胶工序 PFMEA 及控制计划更新，推广至 3 条线。", "prevention.horizontal_deployment"),
    )
    for lab, raw, path in steps:
        f.text(20, y, lab, bold=True)
        f.value(28, y + 7, raw, path=path, label=lab)
        y += 17
    _leader(f, 20, y, "D8 结案日期")
    f.value(64, y, "2026-04-24", path="closure.closed_date", label="D8 结案日期", expect="2026-04-24")
    _leader(f, 110, y, "批准", end=130)
    f.value(132, y, "黄永明", path="closure.approved_by", label="批准")


def allowance_zht_leaders(f: PdfDraw) -> None:
    """營業人銷貨折讓證明單 printed from a Word form: the header's labels end in DOT LEADERS up to the
    value, the items a ruled table, whole-NT$ amounts, 中華民國 dates ``115年3月26日``."""
    f = CjkDraw.of(f)
    f.text(65, 18, "營業人銷貨折讓證明單", size=15)
    top = [
        ("折讓單號", "ZR-ZH-2603-05", "number", None),
        ("開立日期", "115年3月26日", "issue_date", "2026-03-26"),
        ("買受人", "鴻海精密工業股份有限公司", "buyer", None),
        ("統一編號", "04541302", "buyer_tax_id", None),
        ("原發票號碼", "ZH-40128833", "invoice_no", None),
        ("發票日期", "115年3月3日", "invoice_date", "2026-03-03"),
        ("客訴單號", "FX-QA-260319", "complaint_number", None),
    ]
    y = 32
    for lab, raw, path, exp in top:
        _leader(f, 20, y, lab)
        f.value(64, y, raw, path=path, label=lab, expect=exp)
        y += 8
    heads = ("品名", "數量", "單價", "金額", "營業稅額")
    xs = (20, 80, 110, 140, 170)
    y += 4
    for x, h in zip(xs, heads):
        f.text(x, y, h, bold=True)
    f.pdf.line(18, y + 2, 195, y + 2)
    y += 9
    net = tax = 0.0
    for i, (name, q, p) in enumerate(
        (("連接器外殼", 3000, 4.0), ("端子", 12000, 0.5), ("防塵蓋", 3000, 1.2))
    ):
        a, t = q * p, float(int(q * p * 0.05 + 0.5))
        net, tax = net + a, tax + t
        for x, raw, path, exp, h in (
            (xs[0], name, f"items[{i}].name", None, heads[0]),
            (xs[1], f"{q:,}", f"items[{i}].qty", q, heads[1]),
            (xs[2], f"{p:,.2f}", f"items[{i}].unit_price", money(p), heads[2]),
            (xs[3], f"{a:,.0f}", f"items[{i}].allowance_amount", money(a), heads[3]),
            (xs[4], f"{t:,.0f}", f"items[{i}].tax", money(t), heads[4]),
        ):
            f.value(x, y, raw, path=path, label=h, expect=exp)
        y += 8
    f.pdf.line(18, y - 5, 195, y - 5)
    f.text(20, y, "合計")
    f.value(xs[3], y, f"{net:,.0f}", path="total_excl_tax", label="合計 金額", expect=money(net))
    f.value(xs[4], y, f"{tax:,.0f}", path="total_tax", label="合計 營業稅額", expect=money(tax))
    y += 12
    _leader(f, 20, y, "總計")
    f.value(64, y, f"NT$ {net + tax:,.0f}", path="total", label="總計", expect=money(net + tax))
    y += 12
    _leader(f, 20, y, "經理")
    f.value(64, y, "邱文華", path="approved_by_manager", label="經理")


SENT_AS_PDF = [
    dict(id="complaint-en-romanian", kind="complaint", language="en", medium="html", draw=complaint_en_romanian,
         copy2=True, imitates="a Romanian customer's Reclamație page: Romanian–English labels, 5 martie 2026, "
         "1.200 buc.", unmapped=[]),
    dict(id="complaint-en-mailmerge", kind="complaint", language="en", medium="html", draw=complaint_en_mailmerge,
         imitates="a complaint sent as a mail-merged letter in prose (Dear Sir or Madam, … lot … pcs)", unmapped=[]),
    dict(id="8d-zh-leaders", kind="8d", language="zh-Hans", medium="fpdf", draw=eightd_zh_leaders,
         imitates="8D 报告 printed from a Word form whose labels end in dot leaders", unmapped=[]),
    dict(id="return-zht-sidebar", kind="return", language="zh-Hant", medium="html", draw=return_zht_sidebar,
         imitates="a customer portal's 成品退貨單 in two columns beside a menu sidebar", unmapped=[]),
    dict(id="allowance-en-hebrew", kind="allowance", language="en", medium="html", draw=allowance_en_hebrew,
         imitates="an Israeli customer's Hebrew–English credit note laid out right to left, ₪ 1,234.50",
         unmapped=[]),
    dict(id="allowance-zht-leaders", kind="allowance", language="zh-Hant", medium="fpdf", draw=allowance_zht_leaders,
         imitates="營業人銷貨折讓證明單 printed from a Word form whose labels end in dot leaders", unmapped=[]),
]  # fmt: skip


# =============================================================================== odd files
ODD = {
    "complaint-gsheet.xlsx": "a complaint kept in Google Sheets whose Google Drive shortcut (the small JSON "
    "file the Drive app syncs: url, doc_id, no cells) was copied and renamed .xlsx; a clear error, never a record",
    "return-login-page.pdf": "a return note downloaded from the customer's portal after the session expired: "
    "the portal's HTML log-in page saved under a .pdf name; a clear error, never a record",
}


def _gsheet() -> bytes:
    """The shortcut Google Drive for desktop writes for a Google Sheets file (JSON, no data)."""
    return (
        b'{"":"WARNING! DO NOT EDIT THIS FILE! ANY CHANGES MADE WILL BE LOST!",'
        b'"doc_id":"1Qk7rT0bS2vXyZ3aBcD4eF5gH6iJ7kL8mN9oP0qR1sT2","resource_key":"",'
        b'"email":"qa.clerk@example.com"}'
    )


def _login_page() -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>供應商入口網 - 登入</title></head><body>'
        '<h1>供應商入口網</h1><p>您的連線已逾時，請重新登入。</p><form method="post" action="/login">'
        '<label>帳號 <input name="user"></label><label>密碼 <input type="password" name="pw"></label>'
        "<button>登入</button></form></body></html>\n"
    ).encode()


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-gsheet.xlsx").write_bytes(_gsheet())
    (odd / "return-login-page.pdf").write_bytes(_login_page())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    if FPDF is None:
        print("fpdf2 is not installed: the PDFs sent alone are kept as committed")
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-first held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
