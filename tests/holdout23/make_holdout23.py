"""Write the twenty-third held-out set (run: ``python tests/holdout23/make_holdout23.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: a KAZAKH–ENGLISH complaint (``5 наурыз 2026 ж.``, ``1 200 дана``),
a 客户投诉单 of a plant serving a British customer whose date is typed ``05/03/26`` (day first: the
customer's country decides) and whose description fills ONE MERGED CELL SPANNING FIVE ROWS, a Hong
Kong 客戶投訴表 (``5/3/2026`` day first, 公司蓋印); a GEORGIAN–ENGLISH 8D (``5 მარტი 2026 წ.``,
``1 250 ც.``), an 8D 报告 PRINTED WITH GRIDLINES AND ROW AND COLUMN HEADINGS; an ARMENIAN–ENGLISH
return (``5 մարտի 2026 թ.``, ``1 200 հատ``, ``1 234,50 ֏``), a Macau 退貨單 (``MOP$1,234.50``,
``05/03/2026``); a NORWEGIAN–ENGLISH credit note (``5. mars 2026``, ``1 200 stk``, ``kr 1 234,50``,
MVA 25 %), a 折让证明单 whose item table is WIDER THAN THE PAGE (its amount columns printed on a
second page); sent as PDF only: a SWAHILI–ENGLISH complaint (``5 Machi 2026``, ``vipande 1,200``,
Chromium), a DINGTALK APPROVAL (钉钉审批单) of a return with its approval flow and times (Chromium),
a MONGOLIAN–ENGLISH 8D (``2026 оны 3 сарын 5``, ``1 250 ширхэг``; Chromium), an 8D 報告 drawn as
EIGHT CARDS two to a row (fpdf2), an ALBANIAN–ENGLISH return (``5 mars 2026``, ``1.200 copë``,
``1.234,50 lekë``; Chromium), a Hong Kong 貸項通知單 with ``HK$`` amounts and the COMPANY CHOP
stamped over the signature (fpdf2). ``odd/`` holds a PDF whose one page only points to its
ATTACHED workbook (a PDF portfolio) and a workbook whose sheet's XML holds an ENTITY BOMB
("billion laughs"); neither may give a record.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
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
    eu,
    excel_layout,
    head_row,
    kv_rows,
    label,
    lv,
    lv_rows,
    members,
    money,
    odd_expected,
    pick,
    plain,
    portal_css,
    qty,
    run,
    stamp_png,
    td_row,
    team_cell,
    team_row,
    th_row,
    workbook_bytes,
    zip_bytes,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Border  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402

D = dt.date
SOURCE = dict(origin="twenty-third held-out imitation", source="tests/holdout23/make_holdout23.py")


_KAZAKH = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан")  # fmt: skip
_GEORGIAN = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
             "ოქტომბერი", "ნოემბერი", "დეკემბერი")  # fmt: skip
_ARMENIAN = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
             "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի")  # fmt: skip
_NORWEGIAN = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
              "november", "desember")  # fmt: skip
_SWAHILI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
            "Novemba", "Desemba")  # fmt: skip
_ALBANIAN = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
             "dhjetor")  # fmt: skip


def kazakh(d: dt.date) -> str:
    """``5 наурыз 2026 ж.``: the day, the Kazakh month, the year and ``ж.`` (жыл = year)."""
    return f"{d.day} {_KAZAKH[d.month - 1]} {d.year} ж."


def georgian(d: dt.date) -> str:
    """``5 მარტი 2026 წ.``: the day, the Georgian month, the year and ``წ.`` (წელი = year)."""
    return f"{d.day} {_GEORGIAN[d.month - 1]} {d.year} წ."


def armenian(d: dt.date) -> str:
    """``5 մարտի 2026 թ.``: the day, the Armenian month in the genitive, the year and ``թ.`` (թվական)."""
    return f"{d.day} {_ARMENIAN[d.month - 1]} {d.year} թ."


def nor(d: dt.date) -> str:
    """``5. mars 2026``: the day with a dot, the Norwegian month, the year."""
    return f"{d.day}. {_NORWEGIAN[d.month - 1]} {d.year}"


def kr(x: float) -> str:
    """``kr 1 234,50``: kroner before the amount, a space between the thousands, a decimal comma."""
    return "kr " + eu(x, " ")


def mongolian(d: dt.date) -> str:
    """``2026 оны 3 сарын 5``: the year (оны), the month by its number (сарын), the day."""
    return f"{d.year} оны {d.month} сарын {d.day}"


# =============================================================================== complaint
def complaint_en_kazakh(s: Sheet) -> None:
    """A Kazakh customer's ШАҒЫМ / CUSTOMER COMPLAINT in KAZAKH–ENGLISH labels, dates ``5 наурыз 2026 ж.``
    (the month in the nominative, ``ж.`` after the year), quantities ``1 200 дана`` (дана = pieces)."""
    s.text("A1", "ШАҒЫМ / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Нысан СМЖ-8.2-05 / 3-басылым", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 17))
    lv(s, "A3", "Шағым нөмірі / Complaint No.", "B3", pick(s, "ШҒ-2026-0031", "ШҒ-2026-0064"), "number")
    lv(s, "C3", "Күні / Date", "D3", kazakh(d), "received_date", expect=d.isoformat())
    lv(s, "A4", "Тапсырыс беруші / Customer", "B4", pick(s, "«ҚазАвтоЖол» ЖШС", "«Сарыарқа АвтоПром» ЖШС"),
       "customer", span="D4")  # fmt: skip
    lv(s, "A5", "Тапсырыс / PO No.", "B5", pick(s, "ТП-770215", "ТП-771342"), "order_no")
    lv(s, "C5", "Партия / Lot", "D5", pick(s, "KZ2602-11", "KZ2604-03"), "lot_no")
    lv(s, "A6", "Бөлшек коды / Part No.", "B6", pick(s, "SA-HNG-2210", "SA-BRK-3307"), "part_no")
    lv(s, "C6", "Атауы / Part name", "D6", pick(s, "Есік ілгегі", "Тежегіш қалыбы"), "part_name")
    q, dq = pick(s, (1200, 36), (18000, 240))
    lv(s, "A7", "Жеткізілді / Qty delivered", "B7", qty(q, " ", "дана"), "ship_qty", expect=q)
    lv(s, "C7", "Ақаулы / Qty defective", "D7", qty(dq, " ", "дана"), "defect_qty", expect=dq)
    lv(s, "A8", "Ақау сипаттамасы / Defect description", "B8",
       pick(s, "Ілгек осі 2 мм қысқа, есік шықырлайды.", "Қалып бетінде жарықтар."), "description",
       span="D8")  # fmt: skip
    lv(s, "A9", "Талап / Request", "B9", pick(s, "Ауыстыру / Replacement", "Қайтару / Return"),
       "customer_request", expect=pick(s, ["replacement"], ["return"]), span="D9")  # fmt: skip
    lv(s, "A10", "Шұғыл шаралар / Immediate action", "B10",
       pick(s, "Қоймадағы 4 800 дана тексерілді.", "Партия оқшауланды."), "short_term_action", span="D10")  # fmt: skip
    lv(s, "A11", "Толтырған / Prepared by", "B11", pick(s, "Zhou Min", "Zhou Min"), "reporter")
    lv(s, "C11", "Жетекші / Supervisor", "D11", pick(s, "Айгүл Сейітова", "Ерлан Жақсыбеков"),
       "sales_supervisor")  # fmt: skip


def complaint_zh_ddmmyy(s: Sheet) -> None:
    """客户投诉单 of a plant serving a BRITISH customer: the date typed as text ``05/03/26`` (day,
    month, two-digit year: the customer's country decides the order), and the description typed
    into ONE MERGED CELL SPANNING FIVE ROWS beside a label merged over the same rows."""
    s.text("A1", "客户投诉单", "D1", size=15)
    plain(s, "A2", "本表用于英国客户，日期按客户习惯填写（日/月/年）", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 21))
    lv(s, "A3", "投诉编号", "B3", pick(s, "CC-UK-2603-008", "CC-UK-2604-019"), "number")
    lv(s, "C3", "接收日期", "D3", d.strftime("%d/%m/%y"), "received_date", expect=d.isoformat())
    lv(s, "A4", "客户", "B4", pick(s, "Jaguar Land Rover Limited", "JCB Service"), "customer")
    lv(s, "C4", "订单号", "D4", pick(s, "JLR-PO-4471208", "JCB-PO-0982214"), "order_no")
    lv(s, "A5", "零件号", "B5", pick(s, "NB-SEAL-6604", "NB-PIN-7719"), "part_no")
    lv(s, "C5", "零件名称", "D5", pick(s, "车门密封条", "铰链销"), "part_name")
    lv(s, "A6", "批次号", "B6", pick(s, "NB260219", "NB260408"), "lot_no")
    q, dq = pick(s, (3000, 45), (12000, 300))
    lv(s, "C6", "交货数量", "D6", q, "ship_qty", fmt="#,##0")
    s.text("A7", "问题描述", "A11", shade=True)
    s.value("B7", pick(s, "密封条接角处开裂，淋雨试验漏水。\n客户产线发现 45 件，已隔离。\n照片见附件。",
                       "销轴硬度不足，装配后弯曲。\n客户来料抽检 300 件不合格。"),
            path="description", label="问题描述", span="D11")  # fmt: skip
    lv(s, "A12", "不良数量", "B12", dq, "defect_qty")
    lv(s, "C12", "客户要求", "D12", pick(s, "换货", "退货"), "customer_request",
       expect=[pick(s, "replacement", "return")])  # fmt: skip
    lv(s, "A13", "临时措施", "B13", pick(s, "库存及在途品全检。", "在途品拦截复检硬度。"), "short_term_action",
       span="D13")  # fmt: skip
    lv(s, "A14", "填表人", "B14", pick(s, "吴敏", "吴敏"), "reporter")
    lv(s, "C14", "业务主管", "D14", pick(s, "钱立军", "钱立军"), "sales_supervisor")


def complaint_zht_hkchop(s: Sheet) -> None:
    """A Hong Kong customer's 客戶投訴表: the date typed day first (``5/3/2026``), a telephone cell
    with ``+852``, quantities ``1,200 件`` and a 公司蓋印 (company chop) box left for the stamp."""
    s.text("A1", "客戶投訴表 CUSTOMER COMPLAINT FORM", "D1", size=14)
    lv(s, "A2", "投訴編號", "B2", "HK-CC-2603-027", "number")
    lv(s, "C2", "收到日期", "D2", "5/3/2026", "received_date", expect="2026-03-05")
    lv(s, "A3", "客戶名稱", "B3", "港燈電力投資有限公司", "customer", span="D3")
    label(s, "A4", "聯絡電話")
    s.text("B4", "+852 2843 3111")
    lv(s, "C4", "訂單號碼", "D4", "HKE-PO-260211", "order_no")
    lv(s, "A5", "產品編號", "B5", "TW-MTR-5520", "part_no")
    lv(s, "C5", "產品名稱", "D5", "智能電錶外殼", "part_name")
    lv(s, "A6", "批號", "B6", "TW260215", "lot_no")
    lv(s, "C6", "送貨數量", "D6", "1,200 件", "ship_qty", expect=1200)
    lv(s, "A7", "不良數量", "B7", "58 件", "defect_qty", expect=58)
    lv(s, "A8", "投訴內容", "B8", "外殼卡扣斷裂，無法鎖緊。", "description", span="D8")
    lv(s, "A9", "客戶要求", "B9", "更換", "customer_request", expect=["replacement"], span="D9")
    lv(s, "A10", "即時處理", "B10", "倉存 2,400 件全數檢查。", "short_term_action", span="D10")
    lv(s, "A11", "填表人", "B11", "陳嘉欣", "reporter")
    lv(s, "C11", "營業主管", "D11", "梁志偉", "sales_supervisor")
    label(s, "A12", "公司蓋印")
    s.box("B12", "D12")
    s.ws.row_dimensions[12].height = 48


# =============================================================================== 8D
def eightd_en_georgian(s: Sheet) -> None:
    """A Georgian customer's 8D ანგარიში / 8D REPORT in GEORGIAN–ENGLISH labels, dates ``5 მარტი
    2026 წ.`` (the day, the month, the year and წ.), ``1 250 ც.`` (ცალი = pieces)."""
    s.text("A1", "8D ანგარიში / 8D REPORT", "D1", size=13)
    d, c = pick(s, (D(2026, 3, 5), D(2026, 4, 23)), (D(2026, 4, 9), D(2026, 5, 27)))
    lv(s, "A2", "ანგარიშის № / Report No.", "B2", pick(s, "8D-TB-26-014", "8D-TB-26-029"), "number")
    lv(s, "C2", "თარიღი / Date", "D2", georgian(d), "opened_date", expect=d.isoformat())
    lv(s, "A3", "კლიენტი / Customer", "B3", pick(s, "Georgian Railway JSC", "Rustavi Azot LLC"), "customer")
    lv(s, "C3", "პრეტენზიის № / Complaint No.", "D3", pick(s, "GR-CL-260301", "RA-CL-260405"),
       "complaint_number")  # fmt: skip
    lv(s, "A4", "ნაწილის კოდი / Part No.", "B4", pick(s, "GR-BRK-5501", "RA-VLV-0712"), "part_no")
    n = pick(s, 1250, 84)
    lv(s, "C4", "რაოდენობა / Qty", "D4", qty(n, " ", "ც."), "problem.qty_complained", expect=n)
    team = pick(s, ("Giorgi Beridze", "Li Na", "Nino Kapanadze"), ("Giorgi Beridze", "Levan Gelashvili"))
    team_cell(s, "A5", "D1 გუნდი / Team", "B5", team, span="D5")
    rows = (
        ("D2 პრობლემა / Problem", pick(s, "Brake shoe lining cracked on 1 250 ც.", "Valve seat leaks at 6 bar."),
         "problem.statement"),
        ("D3 დროებითი ზომები / Containment", pick(s, "Stock of 5 000 ც. inspected 100 %.", "Lot quarantined."),
         "containment[0].action"),
        ("D4 წარმოშობის მიზეზი / Root cause", pick(s, "Curing time too short on press 3.", "Seat not lapped."),
         "root_cause[type=occurrence].cause"),
        ("D4 გაპარვის მიზეზი / Escape", pick(s, "No bond strength test at final check.", "No leak test."),
         "root_cause[type=escape].cause"),
        ("D5 მაკორექტირებელი ქმედება / Corrective action", pick(s, "Press 3 timer locked at 420 s.",
         "Lapping added before assembly."), "corrective_actions[0].action"),
        ("D6 შემოწმება / Verification", pick(s, "5 lots without cracks.", "200 valves passed 8 bar."),
         "implementation[0].result"),
        ("D7 პრევენცია / Prevention", pick(s, "Timers locked on all presses.", "Leak test in control plan."),
         "prevention.horizontal_deployment"),
    )  # fmt: skip
    lv_rows(s, 6, rows)
    lv(s, "A13", "D8 დახურულია / Closed", "B13", georgian(c), "closure.closed_date", expect=c.isoformat())
    lv(s, "C13", "დაამტკიცა / Approved", "D13", pick(s, "Davit Lomidze", "Tamar Abashidze"),
       "closure.approved_by")  # fmt: skip


def eightd_zh_gridprint(s: Sheet) -> None:
    """8D 报告 printed with the sheet's GRIDLINES and its ROW AND COLUMN HEADINGS (Page Setup → Sheet
    → Gridlines, Row and column headings): the printout carries ``A B C D`` above the form and the
    row numbers ``1 2 3 …`` beside it; the form itself has no borders."""
    s.ws.print_options.gridLines = True
    s.ws.print_options.headings = True
    s.ws["A1"] = "8D 报告"
    rows = (
        ("报告编号", "8D-WX-2603-012", "number", None),
        ("开始日期", "2026-3-6", "opened_date", "2026-03-06"),
        ("客户", "无锡威孚高科技集团股份有限公司", "customer", None),
        ("客诉编号", "WF-QA-260304", "complaint_number", None),
        ("零件号", "WX-NZL-3318", "part_no", None),
        ("投诉数量", 640, "problem.qty_complained", None),
    )
    for i, (lab, raw, path, exp) in enumerate(rows):
        r = 2 + i
        s.ws[f"A{r}"] = lab
        s.value(f"B{r}", raw, path=path, label=lab, expect=exp)
    team = ("蒋涛", "许晴", "马骏")
    s.ws["A8"] = "D1 小组"
    s.value("B8", "，".join(team), path=None, label="D1 小组")
    members(s, "D1 小组", "B8", "，".join(team), team)
    steps = (
        ("D2 问题描述", "喷嘴孔径超差，640 件流量偏大。", "problem.statement"),
        ("D3 临时措施", "库存 8,000 件全检流量。", "containment[0].action"),
        ("D4 产生原因", "电火花电极损耗未补偿。", "root_cause[type=occurrence].cause"),
        ("D4 流出原因", "流量测试抽检比例过低。", "root_cause[type=escape].cause"),
        ("D5 纠正措施", "电极每 500 件自动补偿。", "corrective_actions[0].action"),
        ("D6 效果验证", "连续 6 批流量合格。", "implementation[0].result"),
        ("D7 预防措施", "同类 4 台机床加装补偿程序。", "prevention.horizontal_deployment"),
    )
    for i, (lab, raw, path) in enumerate(steps):
        s.ws[f"A{9 + i}"] = lab
        s.value(f"B{9 + i}", raw, path=path, label=lab)
    s.ws["A16"] = "D8 结案日期"
    s.value("B16", "2026-4-24", path="closure.closed_date", label="D8 结案日期", expect="2026-04-24")
    s.ws["A17"] = "批准"
    s.value("B17", "沈国平", path="closure.approved_by", label="批准")
    for row in s.ws.iter_rows():
        for c in row:
            c.border = Border()


# =============================================================================== return
def return_en_armenian(s: Sheet) -> None:
    """An Armenian customer's ՎԵՐԱԴԱՐՁԻ ԱԿՏ / RETURN NOTE in ARMENIAN–ENGLISH labels, ``5 մարտի 2026 թ.``,
    quantities ``1 200 հատ``, amounts ``1 234,50 ֏`` (the dram sign after)."""
    s.text("A1", "ՎԵՐԱԴԱՐՁԻ ԱԿՏ / RETURN NOTE", "F1", size=13)
    d = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "A2", "Ակտ № / Return No.", "B2", pick(s, "VA-EVN-26-017", "VA-EVN-26-042"), "number")
    lv(s, "C2", "Ամսաթիվ / Date", "D2", armenian(d), "issue_date", expect=d.isoformat(), span="F2")
    lv(s, "A3", "Պատվիրատու / Customer", "B3", pick(s, "Armenian Copper Programme CJSC", "Grand Candy LLC"),
       "customer")  # fmt: skip
    lv(s, "C3", "Բողոքի № / Complaint No.", "D3", pick(s, "ACP-CL-260302", "GC-CL-260409"), "complaint_number",
       span="F3")  # fmt: skip
    heads = ("Կոդ / Part No.", "Անվանում / Description", "Հաստատված / Approved", "Վերադարձված / Returned",
             "Գին / Unit Price", "Գումար / Amount")  # fmt: skip
    head_row(s, 4, "ABCDEF", heads)
    lines = pick(
        s,
        [("AM-PMP-1101", "Pump impeller", 1200, 1200, 1850.0), ("AM-SHF-1102", "Shaft sleeve", 400, 396, 920.5)],
        [("AM-LID-2204", "Tin lid", 20000, 19950, 12.4)],
    )  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", qty(qa, " ", "հատ"), path=f"items[{i}].qty_approved", label=heads[2], expect=qa)
        s.value(f"D{r}", qty(q, " ", "հատ"), path=f"items[{i}].qty_returned", label=heads[3], expect=q)
        s.value(f"E{r}", eu(p, " ", " ֏"), path=f"items[{i}].unit_price", label=heads[4], expect=money(p))
        s.value(f"F{r}", eu(q * p, " ", " ֏"), path=f"items[{i}].amount", label=heads[5], expect=money(q * p))
    lv(s, "A8", "Պատճառ / Reason", "B8", pick(s, "Impeller blades chipped at the hub.", "Lids do not seal."),
       "reason", span="F8")  # fmt: skip
    lv(s, "A9", "Որոշում / Disposition", "B9", pick(s, "Վերամշակում / Rework", "Ոչնչացում / Scrap"), "handling",
       expect=[pick(s, "rework", "scrap")], span="F9")  # fmt: skip
    lv(s, "A10", "Ընդունեց / Received by", "B10", pick(s, "Armen Petrosyan", "Anahit Grigoryan"),
       "warehouse_receiver")  # fmt: skip
    lv(s, "C10", "Հաստատեց / Approved by", "D10", "Karen Hakobyan", "approved_by", span="F10")


def return_zht_macau(s: Sheet) -> None:
    """A Macau customer's 退貨單: amounts in patacas ``MOP$1,234.50`` and the date typed day first
    (``05/03/2026``), as Macau writes it."""
    s.text("A1", "退貨單", "F1", size=15)
    lv(s, "A2", "退貨單號", "B2", "MO-RT-2603-006", "number", span="C2")
    lv(s, "D2", "退貨日期", "E2", "05/03/2026", "issue_date", expect="2026-03-05", span="F2")
    lv(s, "A3", "客戶", "B3", "澳門電力股份有限公司", "customer", span="C3")
    lv(s, "D3", "投訴編號", "E3", "CEM-QA-260227", "complaint_number", span="F3")
    heads = ("貨品編號", "貨品名稱", "批准數量", "退回數量", "單價", "金額")
    head_row(s, 4, "ABCDEF", heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("MO-BRK-0410", "斷路器", 240, 240, 86.5), ("MO-TRM-0411", "接線端子", 3000, 2960, 1.35))
    ):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label=heads[2], fmt="#,##0")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label=heads[3], fmt="#,##0")
        s.value(f"E{r}", f"MOP${p:,.2f}", path=f"items[{i}].unit_price", label=heads[4], expect=money(p))
        s.value(f"F{r}", f"MOP${q * p:,.2f}", path=f"items[{i}].amount", label=heads[5], expect=money(q * p))
    lv(s, "A8", "退貨原因", "B8", "斷路器跳閘電流偏低。", "reason", span="F8")
    lv(s, "A9", "處理方式", "B9", "退回供應商", "handling", expect=["return"], span="F9")
    lv(s, "A10", "倉務收貨", "B10", "何家俊", "warehouse_receiver", span="C10")
    lv(s, "D10", "主管批核", "E10", "區美玲", "approved_by", span="F10")


# =============================================================================== allowance
def allowance_en_norwegian(s: Sheet) -> None:
    """A Norwegian customer's KREDITNOTA / CREDIT NOTE in NORWEGIAN–ENGLISH labels, ``5. mars 2026``,
    quantities ``1 200 stk``, amounts ``kr 1 234,50`` (kroner BEFORE the amount), ``MVA 25 %`` and the
    buyer's organisation number ``NO 923 609 016 MVA``."""
    s.text("A1", "KREDITNOTA / CREDIT NOTE", "E1", size=13)
    d, inv = pick(s, (D(2026, 3, 27), D(2026, 3, 9)), (D(2026, 4, 29), D(2026, 4, 8)))
    lv(s, "A2", "Kreditnota nr. / No.", "B2", pick(s, "KN-2026-0118", "KN-2026-0164"), "number")
    lv(s, "C2", "Dato / Date", "D2", nor(d), "issue_date", expect=d.isoformat(), span="E2")
    lv(s, "A3", "Kunde / Buyer", "B3", pick(s, "Kongsberg Automotive ASA", "Tomra Systems ASA"), "buyer")
    lv(s, "C3", "Org.nr. / Org. No.", "D3", pick(s, "NO 923 609 016 MVA", "NO 927 124 238 MVA"), "buyer_tax_id",
       span="E3")  # fmt: skip
    lv(s, "A4", "Faktura nr. / Invoice No.", "B4", pick(s, "F-26-004417", "F-26-005102"), "invoice_no")
    lv(
        s,
        "C4",
        "Fakturadato / Invoice date",
        "D4",
        nor(inv),
        "invoice_date",
        expect=inv.isoformat(),
        span="E4",
    )
    lv(s, "A5", "Reklamasjon nr. / Complaint No.", "B5", pick(s, "KA-RK-26-0311", "TO-RK-26-0417"),
       "complaint_number", span="E5")  # fmt: skip
    heads = ("Vare / Item", "Antall / Qty", "Pris / Unit price", "Netto / Net", "MVA 25 % / VAT")
    head_row(s, 6, "ABCDE", heads)
    lines = pick(s, (("Brakett NB-BRK-2201", 1200, 14.5), ("Skrue NB-SCR-2202", 4800, 0.65)),
                 (("Sensorhus NB-SEN-3301", 260, 88.0),))  # fmt: skip
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.25 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", qty(q, " ", "stk"), path=f"items[{i}].qty", label=heads[1], expect=q)
        s.value(f"C{r}", kr(p), path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(f"D{r}", kr(a), path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a))
        s.value(f"E{r}", kr(t), path=f"items[{i}].tax", label=heads[4], expect=money(t))
    s.text("A9", "Sum / Total", "C9", bold=True)
    s.value("D9", kr(net), path="total_excl_tax", label="Sum / Total Netto", expect=money(net))
    s.value("E9", kr(tax), path="total_tax", label="Sum / Total MVA", expect=money(tax))
    lv(s, "A10", "Å kreditere / Total credit", "B10", kr(net + tax), "total", expect=money(net + tax))
    lv(s, "C10", "Godkjent / Approved", "D10", pick(s, "Ingrid Solberg", "Lars Haugen"), "approved_by_manager",
       span="E10")  # fmt: skip


def allowance_zh_widesplit(s: Sheet) -> None:
    """销货折让证明单 whose item table is WIDER THAN THE PAGE and printed at 100 % (no fit to page, a
    column break after column D): the names and quantities on page 1, the prices, amounts and tax
    on the next page — the rows of one item are split over two pages."""
    s.ws.sheet_properties.pageSetUpPr.fitToPage = False
    s.ws.page_setup.scale = 100
    s.ws.col_breaks.append(Break(id=4))
    s.text("A1", "销货折让证明单", "D1", size=15)
    lv(s, "A2", "证明单编号", "B2", "ZR-NJ-2603-08", "number")
    lv(s, "C2", "填开日期", "D2", D(2026, 3, 28), "issue_date", fmt="yyyy年m月d日")
    lv(s, "A3", "购买方", "B3", "南京依维柯汽车有限公司", "buyer")
    lv(s, "C3", "纳税人识别号", "D3", "91320100608950513T", "buyer_tax_id")
    lv(s, "A4", "原发票号码", "B4", "32019044", "invoice_no")
    lv(s, "C4", "发票日期", "D4", D(2026, 3, 6), "invoice_date", fmt="yyyy年m月d日")
    lv(s, "A5", "客诉单号", "B5", "NAV-QA-260318", "complaint_number")
    heads = ("序号", "货物或应税劳务名称", "规格型号", "数量", "单价", "折让金额", "税率", "税额")
    head_row(s, 6, "ABCDEFGH", heads)
    net = tax = 0.0
    for i, (name, spec, q, p) in enumerate(
        (("转向拉杆", "NJ-TR-220", 600, 18.6), ("球头销", "NJ-BP-221", 1500, 4.2))
    ):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.text(f"A{r}", str(i + 1))
        s.value(f"B{r}", name, path=f"items[{i}].name", label=heads[1])
        s.text(f"C{r}", spec)
        s.value(f"D{r}", q, path=f"items[{i}].qty", label=heads[3], fmt="#,##0")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label=heads[4], expect=money(p), fmt="#,##0.00")
        s.value(
            f"F{r}", a, path=f"items[{i}].allowance_amount", label=heads[5], expect=money(a), fmt="#,##0.00"
        )
        s.text(f"G{r}", "13%")
        s.value(f"H{r}", t, path=f"items[{i}].tax", label=heads[7], expect=money(t), fmt="#,##0.00")
    s.text("A9", "合计", "D9", bold=True)
    s.value(
        "F9", round(net, 2), path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt="#,##0.00"
    )
    s.value("H9", round(tax, 2), path="total_tax", label="合计 税额", expect=money(tax), fmt="#,##0.00")
    lv(s, "A10", "价税合计", "B10", round(net + tax, 2), "total", expect=money(net + tax), fmt="#,##0.00")
    lv(s, "C10", "财务经理", "D10", "顾振华", "approved_by_manager")


W4 = dict(A=36, B=30, C=30, D=30)
W6 = dict(A=22, B=24, C=18, D=18, E=18, F=20)
EXCEL = [
    excel_layout("complaint-en-kazakh", "complaint", "en", complaint_en_kazakh, "Shagym", W4,
       "a Kazakh customer's complaint: Kazakh–English labels, 5 наурыз 2026 ж., 1 200 дана", copy2=True),
    excel_layout("complaint-zh-ddmmyy", "complaint", "zh-Hans", complaint_zh_ddmmyy, "投诉单", dict(A=16, B=30, C=16, D=30),
       "客户投诉单 for a British customer: 05/03/26 day first, the description in one cell over five rows",
       copy2=True),
    excel_layout("complaint-zht-hkchop", "complaint", "zh-Hant", complaint_zht_hkchop, "投訴表", dict(A=16, B=30, C=16, D=30),
       "a Hong Kong 客戶投訴表: 5/3/2026 day first, +852 telephone, 1,200 件, 公司蓋印"),
    excel_layout("8d-en-georgian", "8d", "en", eightd_en_georgian, "8D", dict(A=40, B=30, C=30, D=30),
       "a Georgian customer's 8D: Georgian–English labels, 5 მარტი 2026 წ., 1 250 ც.", copy2=True),
    excel_layout("8d-zh-gridprint", "8d", "zh-Hans", eightd_zh_gridprint, "8D", dict(A=16, B=60),
       "8D 报告 printed with gridlines and row and column headings, no borders"),
    excel_layout("return-en-armenian", "return", "en", return_en_armenian, "Veradardz", W6,
       "an Armenian customer's return note: Armenian–English labels, 5 մարտի 2026 թ., 1 200 հատ, 1 234,50 ֏",
       copy2=True),
    excel_layout("return-zht-macau", "return", "zh-Hant", return_zht_macau, "退貨單", W6,
       "a Macau 退貨單: MOP$1,234.50 and 05/03/2026 day first"),
    excel_layout("allowance-en-norwegian", "allowance", "en", allowance_en_norwegian, "Kreditnota",
       dict(A=30, B=16, C=22, D=22, E=22),
       "a Norwegian customer's kreditnota: Norwegian–English labels, 5. mars 2026, 1 200 stk, kr 1 234,50, MVA",
       copy2=True),
    excel_layout("allowance-zh-widesplit", "allowance", "zh-Hans", allowance_zh_widesplit, "折让",
       dict(A=8, B=20, C=14, D=20, E=16, F=16, G=10, H=16),
       "销货折让证明单 whose item table is wider than the page: its amount columns printed on page 2"),
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = portal_css("#eef2e8")


def complaint_en_swahili(f: HtmlForm) -> str:
    """A Tanzanian customer's MALALAMIKO YA MTEJA / CUSTOMER COMPLAINT page in SWAHILI–ENGLISH labels,
    ``5 Machi 2026`` (a Swahili month), counts with the word BEFORE the number (``vipande 1,200``)."""
    d = pick(f, D(2026, 3, 5), D(2026, 4, 23))
    q, dq = pick(f, (1200, 72), (6400, 130))
    f.raw("<h2>MALALAMIKO YA MTEJA / CUSTOMER COMPLAINT</h2><table>")
    kv_rows(f, (
        ("Namba ya Lalamiko / Complaint No.", pick(f, "ML-DSM-26-0021", "ML-DSM-26-0047"), "number", None),
        ("Tarehe / Date", f"{d.day} {_SWAHILI[d.month - 1]} {d.year}", "received_date", d.isoformat()),
        ("Mteja / Customer", pick(f, "Tanzania Breweries Limited", "Azam Bakhresa Group"), "customer", None),
        ("Namba ya Oda / PO No.", pick(f, "TBL-PO-5520871", "AZ-PO-0917734"), "order_no", None),
        ("Kundi / Lot", pick(f, "TZ2602-09", "TZ2604-15"), "lot_no", None),
        ("Namba ya Kipuri / Part No.", pick(f, "TB-CRN-0426", "AZ-LBL-1180"), "part_no", None),
        ("Jina la Kipuri / Part name", pick(f, "Crown cork 26 mm", "Carton label"), "part_name", None),
        ("Idadi Iliyopokelewa / Qty delivered", f"vipande {q:,}", "ship_qty", q),
        ("Idadi Yenye Kasoro / Qty defective", f"vipande {dq:,}", "defect_qty", dq),
        ("Maelezo ya Kasoro / Defect", pick(f, "Liner missing, bottles leak after capping.",
         "Labels peel off in the chiller."), "description", None),
        ("Ombi / Request", pick(f, "Kubadilishiwa / Replacement", "Kurejesha / Return"), "customer_request",
         [pick(f, "replacement", "return")]),
        ("Hatua za Haraka / Immediate action", pick(f, "Stock of vipande 24,000 sorted.", "Lot on hold."),
         "short_term_action", None),
        ("Imeandaliwa na / Prepared by", "Huang Lei", "reporter", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Malalamiko", _CSS)


def return_zh_dingtalk(f: HtmlForm) -> str:
    """A 退货申请 approved in DINGTALK and exported as its approval page (钉钉审批单 → 打印): the
    审批编号 and 创建时间, the form's own fields, the item table, then the APPROVAL FLOW with each
    approver's name, 已同意 and a time — the approver of the flow is the return's approver; the
    export's times are no return date."""
    f.raw('<h2>退货申请</h2><p class="note">审批编号：202603051012000318 · 创建时间：2026-03-05 10:12 · '
          "状态：审批通过 · 发起人：罗晓燕 · 所在部门：品质部</p><table>")  # fmt: skip
    kv_rows(f, (
        ("退货单号", "TH-CZ-2603-014", "number", None),
        ("退货日期", "2026-03-04", "issue_date", "2026-03-04"),
        ("客户名称", "常州星宇车灯股份有限公司", "customer", None),
        ("关联客诉单号", "XY-QA-260302", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table><p>退货明细</p>")
    heads = ("物料编码", "物料名称", "核准数量", "退货数量", "单价（元）", "金额（元）")
    th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("CZ-LNS-2201", "透镜", 800, 800, 6.4), ("CZ-RFL-2202", "反射镜", 1200, 1188, 3.15))
    ):
        cells = (
            (code, f"items[{i}].part_no", None),
            (name, f"items[{i}].part_name", None),
            (f"{qa:,}", f"items[{i}].qty_approved", qa),
            (f"{q:,}", f"items[{i}].qty_returned", q),
            (f"{p:,.2f}", f"items[{i}].unit_price", money(p)),
            (f"{q * p:,.2f}", f"items[{i}].amount", money(q * p)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("退货原因", "透镜表面划伤，配光不合格。", "reason", None),
        ("处理方式", "返工", "handling", ["rework"]),
        ("仓库签收", "潘建国", "warehouse_receiver", None),
    ))  # fmt: skip
    f.raw("</table><p>审批流程</p><table>")
    f.raw("<tr><td>发起申请</td><td>罗晓燕</td><td>2026-03-05 10:12</td></tr>")
    f.raw(f"<tr><td>审批人</td><td>{f.val('丁卫东', path='approved_by', label='审批流程 审批人')}</td>"
          "<td>已同意 2026-03-05 14:37</td></tr>")  # fmt: skip
    f.raw("<tr><td>抄送人</td><td>潘建国</td><td>2026-03-05 14:37</td></tr></table>")
    f.raw('<p class="note">钉钉 · 打印时间 2026-03-06 08:55</p>')
    return f.page("退货申请", _CSS)


def eightd_en_mongolian(f: HtmlForm) -> str:
    """A Mongolian customer's 8D ТАЙЛАН / 8D REPORT page in MONGOLIAN–ENGLISH labels, dates
    ``2026 оны 3 сарын 5`` (the month by its number), ``1 250 ширхэг`` (pieces)."""
    f.raw("<h2>8D ТАЙЛАН / 8D REPORT</h2><table>")
    kv_rows(f, (
        ("Тайлангийн дугаар / Report No.", "8D-UB-26-008", "number", None),
        ("Огноо / Date", mongolian(D(2026, 3, 5)), "opened_date", "2026-03-05"),
        ("Захиалагч / Customer", "Oyu Tolgoi LLC", "customer", None),
        ("Гомдлын дугаар / Complaint No.", "OT-QN-260303", "complaint_number", None),
        ("Эд ангийн код / Part No.", "OT-RLR-4410", "part_no", None),
        ("Тоо ширхэг / Qty", "1 250 ширхэг", "problem.qty_complained", 1250),
    ))  # fmt: skip
    team = ("Bat-Erdene Dorj", "Sun Qiang", "Oyunchimeg Tsend")
    team_row(f, "D1 Баг / Team", team)
    kv_rows(f, (
        ("D2 Асуудал / Problem", "Conveyor rollers seize after 300 h, 1 250 ширхэг.", "problem.statement", None),
        ("D3 Түр арга хэмжээ / Containment", "Stock of 3 600 ширхэг regreased.", "containment[0].action", None),
        ("D4 Үүсэх шалтгаан / Root cause", "Seal lip too soft for −35 °C.", "root_cause[type=occurrence].cause",
         None),
        ("D4 Алдагдсан шалтгаан / Escape", "No cold test at final inspection.", "root_cause[type=escape].cause",
         None),
        ("D5 Засах арга хэмжээ / Corrective action", "Low-temperature seal compound.",
         "corrective_actions[0].action", None),
        ("D6 Баталгаажуулалт / Verification", "4 lots passed −40 °C test.", "implementation[0].result", None),
        ("D7 Урьдчилан сэргийлэх / Prevention", "Cold test added for all winter parts.",
         "prevention.horizontal_deployment", None),
        ("D8 Хаасан огноо / Closed", mongolian(D(2026, 4, 22)), "closure.closed_date", "2026-04-22"),
        ("Баталсан / Approved", "Ganbold Batsaikhan", "closure.approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("8D", _CSS)


def eightd_zht_cards(f: PdfDraw) -> None:
    """8D 報告 drawn as EIGHT CARDS, two to a row (D1 D2 / D3 D4 / D5 D6 / D7 D8): each card a
    framed box with its step as a heading and its text below — the text of a left card and a
    right card stand on the same lines."""
    f = CjkDraw.of(f)
    f.text(82, 16, "8D 改善報告", size=16)
    top = (
        (20, 28, "報告編號", "8D-HC-2603-017", "number", None),
        (110, 28, "開立日期", "2026/03/16", "opened_date", "2026-03-16"),
        (20, 36, "客戶", "英業達股份有限公司", "customer", None),
        (110, 36, "客訴單號", "IEC-QA-260313", "complaint_number", None),
        (20, 44, "料號", "HC-CON-7730", "part_no", None),
        (110, 44, "不良數量", "275 PCS", "problem.qty_complained", 275),
    )
    for x, y, lab, raw, path, exp in top:
        f.text(x, y, lab, size=10)
        f.value(x + 24, y, raw, path=path, label=lab, expect=exp, size=10)
    team = ("黃志明", "林佳蓉", "吳俊賢")
    cards = (
        ("D1 團隊成員", "、".join(team), None),
        ("D2 問題描述", "連接器端子退針，275 PCS。", "problem.statement"),
        ("D3 暫時對策", "庫存 6,000 PCS 全數拉力測試。", "containment[0].action"),
        ("D4 根本原因", "發生：端子倒刺高度不足。", "root_cause[type=occurrence].cause"),
        ("D5 永久對策", "沖壓模倒刺段重新研磨。", "corrective_actions[0].action"),
        ("D6 效果確認", "連續 4 批拉力合格。", "implementation[0].result"),
        ("D7 預防再發", "同系列 9 款模具點檢。", "prevention.horizontal_deployment"),
        ("D8 結案", "2026/04/20", "closure.closed_date"),
    )
    for k, (lab, raw, path) in enumerate(cards):
        x, y = 15 + (k % 2) * 92, 54 + (k // 2) * 34
        f.pdf.rect(x, y, 88, 30)
        f.text(x + 3, y + 7, lab, size=11, bold=True)
        exp = {"closure.closed_date": "2026-04-20", "root_cause[type=occurrence].cause": raw[3:]}.get(
            path or ""
        )
        f.value(x + 3, y + 17, raw, path=path, label=lab, expect=exp, size=10)
        if k == 0:
            members(f, lab, f"p1!{x + 3:g},{y + 17:g}", raw, team)
        if k == 3:
            escape = "流出：出貨未做拉力抽測。"  # 發生 / 流出: the two causes' own small labels in the card
            f.value(x + 3, y + 25, escape, path="root_cause[type=escape].cause", label=lab, expect=escape[3:],
                    size=10)  # fmt: skip
    f.text(107, 196, "核准", size=10)
    f.value(122, 196, "蔡宗憲", path="closure.approved_by", label="核准", size=10)


def return_en_albanian(f: HtmlForm) -> str:
    """An Albanian customer's FLETËKTHIM / RETURN NOTE page in ALBANIAN–ENGLISH labels, ``5 mars 2026``,
    quantities ``1.200 copë`` (a dot between the thousands), amounts ``1.234,50 lekë``."""
    f.raw("<h2>FLETËKTHIM / RETURN NOTE</h2><table>")
    kv_rows(f, (
        ("Nr. i kthimit / Return No.", "FK-TIA-26-0033", "number", None),
        ("Data / Date", f"5 {_ALBANIAN[2]} 2026", "issue_date", "2026-03-05"),
        ("Klienti / Customer", "Kurum International sh.a.", "customer", None),
        ("Nr. i ankesës / Complaint No.", "KI-AN-260303", "complaint_number", None),
    ))  # fmt: skip
    f.raw("</table>")
    heads = ("Kodi / Part No.", "Përshkrimi / Description", "Miratuar / Approved", "Kthyer / Returned",
             "Çmimi / Unit Price", "Vlera / Amount")  # fmt: skip
    th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("AL-RLL-3301", "Roller guide", 1200, 1200, 145.0), ("AL-BSH-3302", "Bushing", 3000, 2970, 38.5))
    ):
        cells = (
            (code, f"items[{i}].part_no", None),
            (name, f"items[{i}].part_name", None),
            (qty(qa, ".", "copë"), f"items[{i}].qty_approved", qa),
            (qty(q, ".", "copë"), f"items[{i}].qty_returned", q),
            (eu(p, ".", " lekë"), f"items[{i}].unit_price", money(p)),
            (eu(q * p, ".", " lekë"), f"items[{i}].amount", money(q * p)),
        )
        td_row(f, cells, heads)
    f.raw("</table><table>")
    kv_rows(f, (
        ("Arsyeja / Reason", "Roller guides out of round, conveyor jams.", "reason", None),
        ("Vendimi / Disposition", "Skrap / Scrap", "handling", ["scrap"]),
        ("Pranoi / Received by", "Arben Hoxha", "warehouse_receiver", None),
        ("Miratoi / Approved by", "Elira Shehu", "approved_by", None),
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("Fletëkthim", _CSS)


def allowance_zht_hk(f: PdfDraw) -> None:
    """A Hong Kong trading company's 貸項通知單 / CREDIT NOTE drawn by its accounting package:
    amounts ``HK$12,345.00``, dates day first ``26/03/2026``, the buyer's 商業登記號碼 and the
    COMPANY CHOP (公司蓋印, a red stamp image) printed over the signature line; no tax in Hong Kong."""
    f = CjkDraw.of(f)
    f.text(62, 18, "貸項通知單 CREDIT NOTE", size=15)
    top = (
        ("單號 No.", "CN-HK-2603-0042", "number", None),
        ("日期 Date", "26/03/2026", "issue_date", "2026-03-26"),
        ("客戶 Customer", "偉易達電子產品有限公司", "buyer", None),
        ("商業登記號碼 BR No.", "10357528", "buyer_tax_id", None),
        ("原發票號碼 Invoice No.", "INV-HK-26-0388", "invoice_no", None),
        ("發票日期 Invoice Date", "09/03/2026", "invoice_date", "2026-03-09"),
        ("投訴編號 Complaint No.", "VT-QA-260318", "complaint_number", None),
    )
    y = 32
    for lab, raw, path, exp in top:
        f.text(20, y, lab)
        f.value(72, y, raw, path=path, label=lab, expect=exp)
        y += 8
    heads = ("貨品 Item", "數量 Qty", "單價 Unit Price", "折讓 Amount")
    xs = (20, 85, 115, 155)
    y += 4
    for x, h in zip(xs, heads):
        f.text(x, y, h, bold=True)
    f.pdf.line(18, y + 2, 195, y + 2)
    y += 9
    total = 0.0
    for i, (name, q, p) in enumerate((("電池蓋", 2000, 1.85), ("按鍵膠墊", 1500, 3.2))):
        a = round(q * p, 2)
        total += a
        for x, raw, path, exp, h in (
            (xs[0], name, f"items[{i}].name", None, heads[0]),
            (xs[1], f"{q:,}", f"items[{i}].qty", q, heads[1]),
            (xs[2], f"HK${p:,.2f}", f"items[{i}].unit_price", money(p), heads[2]),
            (xs[3], f"HK${a:,.2f}", f"items[{i}].allowance_amount", money(a), heads[3]),
        ):
            f.value(x, y, raw, path=path, label=h, expect=exp)
        y += 8
    f.pdf.line(18, y - 5, 195, y - 5)
    f.text(115, y, "總額 Total")
    f.value(xs[3], y, f"HK${total:,.2f}", path="total", label="總額 Total", expect=money(total))
    y += 16
    f.text(20, y, "經理 Manager")
    f.value(50, y, "李國雄", path="approved_by_manager", label="經理 Manager")
    f.pdf.line(48, y + 2, 100, y + 2)
    f.text(120, y, "公司蓋印 Company Chop")
    if not f.blank:
        f.pdf.image(io.BytesIO(stamp_png()), x=45, y=y - 16, w=24, h=24)


SENT_AS_PDF = [
    dict(id="complaint-en-swahili", kind="complaint", language="en", medium="html", draw=complaint_en_swahili,
         copy2=True, imitates="a Tanzanian customer's complaint: Swahili–English labels, 5 Machi 2026, vipande 1,200",
         unmapped=[]),
    dict(id="return-zh-dingtalk", kind="return", language="zh-Hans", medium="html", draw=return_zh_dingtalk,
         imitates="a 退货申请 exported from a DingTalk approval: 审批编号, the form, the approval flow with times",
         unmapped=[]),
    dict(id="8d-en-mongolian", kind="8d", language="en", medium="html", draw=eightd_en_mongolian,
         imitates="a Mongolian customer's 8D: Mongolian–English labels, 2026 оны 3 сарын 5, 1 250 ширхэг", unmapped=[]),
    dict(id="8d-zht-cards", kind="8d", language="zh-Hant", medium="fpdf", draw=eightd_zht_cards,
         imitates="8D 報告 drawn as eight cards two to a row", unmapped=[]),
    dict(id="return-en-albanian", kind="return", language="en", medium="html", draw=return_en_albanian,
         imitates="an Albanian customer's return note: 5 mars 2026, 1.200 copë, 1.234,50 lekë", unmapped=[]),
    dict(id="allowance-zht-hk", kind="allowance", language="zh-Hant", medium="fpdf", draw=allowance_zht_hk,
         imitates="a Hong Kong 貸項通知單: HK$ amounts, 26/03/2026, the company chop over the signature", unmapped=[]),
]  # fmt: skip


# =============================================================================== odd files
ODD = {
    "8d-attachment.pdf": "an 8D sent as a PDF PORTFOLIO: its one page only says the report is attached (请打开附件), "
    "the 8D itself an embedded workbook; the page holds no form: a clear error, never a record",
    "complaint-laughs.xlsx": "a complaint workbook whose sheet's XML declares an XML ENTITY BOMB (billion laughs: "
    "nested entities that expand to gigabytes); a clear error, never a hang and never a record",
}


def _portfolio() -> bytes:
    """A one-page PDF (fpdf2) that says the 8D is attached, with a workbook embedded as a file."""
    f = CjkDraw.of(PdfDraw(True))
    f.text(20, 30, "8D 报告（附件）", size=16)
    f.text(
        20,
        45,
        "本文件为 PDF 文件包，8D 报告见附件 8D-SZ-2603-005.xlsx，请用 Adobe Reader 打开附件。",
        size=10,
    )
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["A2"], ws["B2"] = "8D 报告", "报告编号", "8D-SZ-2603-005"
    data = workbook_bytes(wb, dt.datetime(2026, 3, 12, 8, 30))
    f.pdf.embed_file(basename="8D-SZ-2603-005.xlsx", bytes=data, desc="8D 报告",
                     creation_date=dt.datetime(2026, 3, 12, 8, 30, tzinfo=dt.timezone.utc),
                     modification_date=dt.datetime(2026, 3, 12, 8, 30, tzinfo=dt.timezone.utc),
                     compress=False)  # fmt: skip
    return bytes(f.pdf.output())


def _laughs() -> bytes:
    """A complaint workbook whose sheet's XML declares nested entities (billion laughs)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉单"
    for r, (lab, val) in enumerate(
        (("客诉编号", "KS-2603-0091"), ("客户名称", "LOL"), ("不良数量", "12")), 1
    ):
        ws[f"A{r}"], ws[f"B{r}"] = lab, val
    book = workbook_bytes(wb, dt.datetime(2026, 3, 5, 10, 20))
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">' for k in range(1, 10)
    )
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    assert "<t>LOL</t>" in xml
    xml = xml.split("?>", 1)[-1].replace("<t>LOL</t>", "<t>&lol9;</t>")
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE worksheet [{ents}]>' + xml
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    return zip_bytes(parts)


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    if FPDF is not None:
        (odd / "8d-attachment.pdf").write_bytes(_portfolio())
    (odd / "complaint-laughs.xlsx").write_bytes(_laughs())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    if FPDF is None:
        print("fpdf2 is not installed: the PDFs sent alone are kept as committed")
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twenty-third held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
