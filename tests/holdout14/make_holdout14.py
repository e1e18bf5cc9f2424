"""Write the fourteenth held-out set (run: ``python tests/holdout14/make_holdout14.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: TWO FORMS ON ONE SHEET (the old, closed complaint the clerk copied
down to save time, above the new one), Hong Kong / Macau forms (客戶投訴報告, 貨品退回單, ``HK$``,
dates DAY FIRST ``05/03/2026``), Singapore / Malaysia English forms with the Chinese name in
parentheses (``Tan Wei Ming (陈伟明)``) and ``S$`` / ``RM`` amounts, dates typed with DOTS
(``2026.3.5``) or with the WEEKDAY (``2026年3月5日 星期四``, ``Thu, 5 Mar 2026``), values pasted
with a TRAILING TAB or ideographic spaces, a SHEET PROTECTED with a password (still readable),
long text OVERFLOWING into the empty cells to its right in print (no wrap) and SHRINK-TO-FIT
tiny text, amounts also in Chinese capitals; sent as PDF only: an OCR'd scan (the page a grey
raster stand-in, the text an INVISIBLE layer, render mode 3, with OCR slips in the prose), a
mail printed from Outlook (From/Sent/To/Subject lines and a quoted reply above the form), a HK
return note on page 2 after a cover letter. ``odd/`` holds an XML Spreadsheet 2003 file renamed
``.xlsx`` and a workbook re-zipped with Deflate64 (Windows' compressed folder on a big file).

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2
(``--no-pdf`` skips them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import json
import struct
import sys
from decimal import Decimal
from pathlib import Path

from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "holdout8"))
sys.path.insert(0, str(HERE.parents[1]))

from holdout_kit import (  # noqa: E402
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    excel_layout,
    field,
    kv,
    label,
    lv,
    members,
    money,
    pdf_absent,
    pick,
    plain,
    run,
)
from make_holdout8 import CjkDraw  # noqa: E402

from kesu_docs.amount_words import to_words  # noqa: E402

D = dt.date
SOURCE = dict(origin="fourteenth held-out imitation", source="tests/holdout14/make_holdout14.py")
WEEK_ZH = "一二三四五六日"


def dotted(d: dt.date) -> str:
    """``2026.3.5``: the date typed with dots, no leading zeros."""
    return f"{d.year}.{d.month}.{d.day}"


def weekday_zh(d: dt.date) -> str:
    """``2026年3月5日 星期四``: the weekday an IME's date completion adds."""
    return f"{d.year}年{d.month}月{d.day}日 星期{WEEK_ZH[d.weekday()]}"


def weekday_en(d: dt.date) -> str:
    """``Thu, 5 Mar 2026``: the date as Outlook and many portals write it."""
    return f"{d:%a}, {d.day} {d:%b %Y}"


def day_first(d: dt.date) -> str:
    """``05/03/2026``: Hong Kong, Singapore and Malaysia write the day first."""
    return f"{d:%d/%m/%Y}"


def words(x: float) -> str:
    return to_words(Decimal(money(x)))


def protect(s: Sheet) -> None:
    """The sheet protected with a password (cells locked, still readable)."""
    s.ws.protection.sheet = True
    s.ws.protection.password = "qc2026"


def overflow(s: Sheet, ref: str) -> None:
    """No wrap: the long text runs over the empty cells to its right in print."""
    s.ws[ref].alignment = Alignment(vertical="top", wrap_text=False)


def shrink(s: Sheet, ref: str) -> None:
    """Shrink to fit: the whole text printed tiny inside the cell."""
    s.ws[ref].alignment = Alignment(vertical="top", wrap_text=False, shrink_to_fit=True)


# =============================================================================== complaint
def complaint_zh_twoforms(s: Sheet) -> None:
    """客户抱怨处理单 copied down on the SAME SHEET: last month's closed complaint (已结案) stays
    above, the new one below it; dates typed with dots (``2026.3.5``), a value pasted with a
    trailing tab. The record is the new (lower) form."""
    for top, old in ((1, True), (13, False)):
        s.text(f"A{top}", "客户抱怨处理单" + ("（已结案）" if old else ""), f"D{top}", size=14)
        rows = [
            (
                "抱怨单号",
                "KS-HD-2601-004" if old else pick(s, "KS-HD-2603-011", "KS-HD-2604-002"),
                "number",
                None,
            ),
            (
                "接收日期",
                "2026.1.8" if old else dotted(pick(s, D(2026, 3, 5), D(2026, 4, 2))),
                "received_date",
                None if old else pick(s, "2026-03-05", "2026-04-02"),
            ),
            (
                "客户名称",
                "宁德时代新能源科技股份有限公司"
                if old
                else pick(s, "宁德时代新能源科技股份有限公司", "亿纬锂能股份有限公司"),
                "customer",
                None,
            ),
            ("料号", "HD-BUS-1102" if old else pick(s, "HD-BUS-1188", "HD-CVR-0207"), "part_no", None),
            ("品名", "铜排" if old else pick(s, "汇流排 镀镍", "电池盖板"), "part_name", None),
            ("出货数量", 5000 if old else pick(s, 8000, 12000), "ship_qty", None),
            ("不良数量", 12 if old else pick(s, 64, 150), "defect_qty", None),
            (
                "不良描述",
                "铜排折弯处毛刺。"
                if old
                else pick(s, "镀镍层起泡，客户焊接后 64 件脱层。\t", "盖板平面度超差 150 件。\t"),
                "description",
                None if old else pick(s, "镀镍层起泡，客户焊接后 64 件脱层。", "盖板平面度超差 150 件。"),
            ),
            ("填写人", "方晓静" if old else pick(s, "方晓静", "余婷"), "reporter", None),
            ("结案日期", "2026.1.20" if old else "", "closed_date", None),
        ]
        for i, (lab, raw, path, exp) in enumerate(rows):
            r = top + 1 + i
            if old:
                label(s, f"A{r}", lab)
                if not s.blank:
                    plain(s, f"B{r}", str(raw), f"D{r}")
                else:
                    s.box(f"B{r}", f"D{r}")
            elif path == "closed_date":
                label(s, f"A{r}", lab)
                s.box(f"B{r}", f"D{r}")
                absent(s, lab, f"B{r}", "", path)
            else:
                lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp, span=f"D{r}")


def complaint_zht_hk(s: Sheet) -> None:
    """客戶投訴報告 of a Hong Kong trading house: dates DAY FIRST (``05/03/2026``), the claim in
    ``HK$``, the customer's English name with the Chinese after it."""
    s.text("A1", "客戶投訴報告", "D1", size=15)
    rec = pick(s, D(2026, 3, 9), D(2026, 4, 11))
    shp = pick(s, D(2026, 2, 24), D(2026, 3, 30))
    lv(s, "A2", "投訴編號", "B2", pick(s, "CC-HK-26031", "CC-HK-26047"), "number")
    lv(s, "C2", "收到日期", "D2", day_first(rec), "received_date", expect=rec.isoformat())
    lv(s, "A3", "客戶名稱", "B3", pick(s, "德昌電機控股有限公司", "偉易達集團"), "customer", span="D3")
    lv(s, "A4", "產品編號", "B4", pick(s, "HK-MTR-520", "HK-KEY-081"), "part_no")
    lv(s, "C4", "產品名稱", "D4", pick(s, "微型馬達端蓋", "按鍵膠墊"), "part_name")
    lv(s, "A5", "送貨日期", "B5", day_first(shp), "ship_date", expect=shp.isoformat())
    lv(s, "C5", "送貨數量", "D5", pick(s, 30000, 15000), "ship_qty", fmt="#,##0")
    lv(s, "A6", "不良數量", "B6", pick(s, 420, 96), "defect_qty")
    lv(s, "C6", "索償金額", "D6", pick(s, "HK$ 3,780.00", "HK$ 1,152.00"), None)
    lv(
        s,
        "A7",
        "投訴內容",
        "B7",
        pick(s, "端蓋軸孔偏大，馬達異響 420 件。", "膠墊導電點脫落 96 件。"),
        "description",
        span="D7",
    )
    lv(
        s,
        "A8",
        "即時處理",
        "B8",
        pick(s, "倉存 6,000 件全數檢查。", "倉存全數測試。"),
        "short_term_action",
        span="D8",
    )
    lv(s, "A9", "跟進人", "B9", pick(s, "梁嘉欣", "何俊傑"), "reporter")
    lv(s, "C9", "營業主管", "D9", "陳志強", "sales_supervisor")


def complaint_en_sg(s: Sheet) -> None:
    """A Singapore contract manufacturer's Customer Complaint Form: names with the Chinese in
    parentheses (``Tan Wei Ming (陈伟明)``, the whole is the name), dates with the weekday
    (``Thu, 5 Mar 2026``), the sheet PROTECTED with a password."""
    s.text("A1", "CUSTOMER COMPLAINT FORM", "D1", size=14)
    lv(s, "A2", "CCF No.", "B2", "CCF/SG/26/0307", "number")
    lv(s, "C2", "Date Received", "D2", weekday_en(D(2026, 3, 5)), "received_date", expect="2026-03-05")
    lv(s, "A3", "Customer", "B3", "Venture Corporation Ltd", "customer", span="D3")
    lv(s, "A4", "Part No.", "B4", "SG-HSG-7410", "part_no")
    lv(s, "C4", "Part Name", "D4", "Scanner housing, rear", "part_name")
    lv(s, "A5", "Delivered Qty", "B5", 4800, "ship_qty")
    lv(s, "C5", "NG Qty", "D5", 132, "defect_qty")
    lv(s, "A6", "Date Delivered", "B6", weekday_en(D(2026, 2, 26)), "ship_date", expect="2026-02-26")
    lv(s, "C6", "Lot No.", "D6", "L2608-3", "lot_no")
    lv(
        s,
        "A7",
        "Nature of Complaint",
        "B7",
        "Sink marks on the boss; 132 pcs rejected at IQC.",
        "description",
        span="D7",
    )
    lv(
        s,
        "A8",
        "Immediate Action",
        "B8",
        "100% sort of 2,600 pcs in the Jurong hub.",
        "short_term_action",
        span="D8",
    )
    lv(s, "A9", "Raised by", "B9", "Tan Wei Ming (陈伟明)", "reporter")
    lv(s, "C9", "Sales Manager", "D9", "Nur Aisyah binte Rahman", "sales_supervisor")
    protect(s)


# =============================================================================== 8D
def eightd_zh_overflow(s: Sheet) -> None:
    """8D 报告 whose long texts are typed in narrow cells WITHOUT WRAP: the print shows them
    running over the empty cells to the right; dates with the weekday (``星期四``)."""
    s.text("A1", "8D 报告", "F1", size=14)
    opened = pick(s, D(2026, 3, 12), D(2026, 4, 23))
    lv(s, "A2", "编号", "B2", pick(s, "8D-RS-2603-05", "8D-RS-2604-12"), "number")
    lv(s, "C2", "开立日期", "D2", weekday_zh(opened), "opened_date", expect=opened.isoformat())
    lv(s, "A3", "客户", "B3", pick(s, "蔚来汽车", "理想汽车"), "customer")
    lv(s, "C3", "零件号", "D3", pick(s, "RS-SEL-440", "RS-GRM-116"), "part_no")
    team = pick(s, ["廖文斌", "韦佳", "石磊"], ["廖文斌", "韦佳"])
    lv(s, "A4", "D1 团队", "B4", "、".join(team), None)
    members(s, "D1 团队", "B4", "、".join(team), team)
    texts = [
        (
            "D2 问题描述",
            pick(s, "座椅滑轨锁止销断裂，客户总装线发现 7 台，售后 2 台。", "格栅卡扣断裂 31 件。"),
            "problem.statement",
        ),
        (
            "D3 临时措施",
            pick(s, "在库及在途滑轨 4,200 套全检锁止力。", "库存格栅全检。"),
            "containment[0].action",
        ),
        (
            "D4 根本原因",
            pick(s, "锁止销热处理硬度偏高，脆断。", "卡扣根部 R 角过小，应力集中。"),
            "root_cause[type=occurrence].cause",
        ),
        (
            "D5 永久措施",
            pick(s, "回火温度由 180℃ 调整为 220℃，每炉抽检硬度。", "模具 R 角由 0.2 改为 0.5。"),
            "corrective_actions[0].action",
        ),
    ]
    for i, (lab, raw, path) in enumerate(texts):
        r = 5 + i
        lv(s, f"A{r}", lab, f"B{r}", raw, path)
        if not s.blank:
            overflow(s, f"B{r}")
    closed = pick(s, D(2026, 4, 16), D(2026, 5, 28))
    lv(s, "A9", "结案日期", "B9", weekday_zh(closed), "closure.closed_date", expect=closed.isoformat())
    lv(s, "C9", "批准", "D9", "龙建军", "closure.approved_by")


def eightd_zht_hk(s: Sheet) -> None:
    """8D 報告 of a Hong Kong-owned Dongguan plant: dates DAY FIRST (``17/03/2026``), values
    pasted from a chat with IDEOGRAPHIC SPACES and a trailing tab, 不良數 in a shrink-to-fit cell."""
    s.text("A1", "8D 改善報告", "D1", size=14)
    o = pick(s, D(2026, 3, 17), D(2026, 4, 8))
    lv(s, "A2", "報告編號", "B2", pick(s, "8D-DG-2603-09", "8D-DG-2604-03"), "number")
    lv(s, "C2", "開立日期", "D2", day_first(o), "opened_date", expect=o.isoformat())
    lv(
        s,
        "A3",
        "客戶",
        "B3",
        pick(s, "\u3000萬寶至馬達有限公司\t", "\u3000創科實業有限公司\t"),
        "customer",
        expect=pick(s, "萬寶至馬達有限公司", "創科實業有限公司"),
    )
    lv(s, "C3", "料號", "D3", pick(s, "DG-GR-3312", "DG-SW-0710"), "part_no")
    lv(s, "A4", "小組成員", "B4", pick(s, "鄧永康／周詠詩", "鄧永康／馮家豪"), None, span="D4")
    if not s.blank:
        for t in pick(s, ["鄧永康", "周詠詩"], ["鄧永康", "馮家豪"]):
            field(s, "小組成員", "B4", pick(s, "鄧永康／周詠詩", "鄧永康／馮家豪"), "team[*].name", t)
    lv(s, "A5", "不良數", "B5", pick(s, 540, 75), "problem.qty_complained")
    if not s.blank:
        shrink(s, "B5")
    lv(
        s,
        "A6",
        "問題描述",
        "B6",
        pick(s, "齒輪齒面崩缺，客戶組裝後噪音超標 540 件。", "開關彈片斷裂 75 件。"),
        "problem.statement",
        span="D6",
    )
    lv(
        s,
        "A7",
        "圍堵措施",
        "B7",
        pick(s, "香港倉及在途品全數檢查。", "在庫品全數更換彈片。"),
        "containment[0].action",
        span="D7",
    )
    lv(
        s,
        "A8",
        "根本原因",
        "B8",
        pick(s, "注塑機頂出速度過快。", "彈片材料厚度偏薄。"),
        "root_cause[type=occurrence].cause",
        span="D8",
    )
    lv(
        s,
        "A9",
        "永久對策",
        "B9",
        pick(s, "頂出速度降至 30%，加裝緩衝。", "材料改 0.15t 並加嚴來料檢驗。"),
        "corrective_actions[0].action",
        span="D9",
    )
    c = pick(s, D(2026, 4, 21), D(2026, 5, 12))
    lv(s, "A10", "結案日期", "B10", day_first(c), "closure.closed_date", expect=c.isoformat())
    lv(s, "C10", "核准", "D10", "黎國輝", "closure.approved_by")


def eightd_en_sg(s: Sheet) -> None:
    """A Malaysian EMS 8D report: team names with the Chinese in parentheses, dates with the
    weekday, the sheet PROTECTED, the problem statement in a SHRINK-TO-FIT cell."""
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "D1", size=14)
    lv(s, "A2", "Report No.", "B2", "8D/PG/26/019", "number")
    lv(s, "C2", "Opened", "D2", weekday_en(D(2026, 3, 11)), "opened_date", expect="2026-03-11")
    lv(s, "A3", "Customer", "B3", "Keysight Technologies (Penang)", "customer")
    lv(s, "C3", "Part No.", "D3", "PG-CBL-2290", "part_no")
    team = ["Lim Hui Min (林慧敏)", "Rajesh Kumar", "Ong Chee Keong (王志强)"]
    lv(s, "A4", "D1 Team", "B4", "\n".join(team), None, span="D4")
    members(s, "D1 Team", "B4", "\n".join(team), team)
    s.height(4, 45)
    lv(
        s,
        "A5",
        "D2 Problem",
        "B5",
        "Cable assembly continuity open at J3 pin 7; 18 units failed final test.",
        "problem.statement",
        span="D5",
    )
    if not s.blank:
        shrink(s, "B5")
    lv(s, "A6", "Qty affected", "B6", 18, "problem.qty_complained")
    lv(
        s,
        "A7",
        "D3 Containment",
        "B7",
        "Purge WIP and FG; 100% continuity retest.",
        "containment[0].action",
        span="D7",
    )
    lv(
        s,
        "A8",
        "D4 Root cause",
        "B8",
        "Crimp die worn beyond 250k cycles.",
        "root_cause[type=occurrence].cause",
        span="D8",
    )
    lv(
        s,
        "A9",
        "D5/D6 Action",
        "B9",
        "Die life set to 200k cycles with counter interlock.",
        "corrective_actions[0].action",
        span="D9",
    )
    lv(s, "A10", "Closed", "B10", weekday_en(D(2026, 4, 14)), "closure.closed_date", expect="2026-04-14")
    lv(s, "C10", "Approved", "D10", "Ong Chee Keong (王志强)", "closure.approved_by")
    protect(s)


# =============================================================================== return
def _items(s: Sheet, top: int, heads: tuple[str, ...], lines, cur: str = "", labels=None) -> float:
    """Item rows: part no, name, qty, unit price, amount (the amount as typed)."""
    for col, h in zip("ABCDE", heads):
        s.text(f"{col}{top}", h, bold=True, shade=True)
    total = 0.0
    for i, (code, name, q, p) in enumerate(lines):
        r = top + 1 + i
        a = round(q * p, 2)
        total += a
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label=heads[2], fmt="#,##0")
        s.value(
            f"D{r}",
            f"{cur}{p:,.2f}" if cur else p,
            path=f"items[{i}].unit_price",
            label=heads[3],
            expect=money(p),
            fmt=None if cur else "0.00",
        )
        s.value(
            f"E{r}",
            f"{cur}{a:,.2f}" if cur else a,
            path=f"items[{i}].amount",
            label=heads[4],
            expect=money(a),
            fmt=None if cur else "#,##0.00",
        )
    return total


def return_zh_capitals(s: Sheet) -> None:
    """成品退货单 with the total also in CHINESE CAPITALS (合计金额（大写）), dates with dots,
    the reason pasted with a trailing tab."""
    s.text("A1", "成品退货单", "E1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-QL-2603-14", "TH-QL-2604-21"), "number")
    d = pick(s, D(2026, 3, 14), D(2026, 4, 21))
    lv(s, "C2", "退货日期", "D2", dotted(d), "issue_date", expect=d.isoformat())
    lv(s, "A3", "客户", "B3", pick(s, "九阳股份有限公司", "苏泊尔股份有限公司"), "customer")
    lv(s, "C3", "客诉单号", "D3", pick(s, "KS-QL-2603-02", "KS-QL-2604-07"), "complaint_number")
    lines = pick(
        s,
        [("QL-LID-22", "豆浆机上盖", 300, 12.6), ("QL-SEA-05", "密封圈", 1200, 0.85)],
        [
            ("QL-KNB-01", "旋钮", 800, 1.9),
            ("QL-BSE-30", "底座", 120, 26.0),
            ("QL-SPR-02", "弹簧", 2000, 0.12),
        ],
    )
    total = _items(s, 4, ("物料编码", "物料名称", "退货数量", "单价", "金额"), lines)
    r = 5 + len(lines)
    label(s, f"A{r}", "合计金额（大写）")
    s.value(f"B{r}", words(total), path=None, label="合计金额（大写）", span=f"C{r}")
    label(s, f"D{r}", "（小写）")
    s.value(f"E{r}", round(total, 2), path=None, label="（小写）", fmt="#,##0.00")
    lv(
        s,
        f"A{r + 1}",
        "退货原因",
        f"B{r + 1}",
        pick(s, "上盖卡扣断裂，整批退回。\t", "旋钮松动。\t"),
        "reason",
        expect=pick(s, "上盖卡扣断裂，整批退回。", "旋钮松动。"),
        span=f"E{r + 1}",
    )
    lv(s, f"A{r + 2}", "仓库签收", f"B{r + 2}", "尹国栋", "warehouse_receiver")
    lv(s, f"C{r + 2}", "核准", f"D{r + 2}", "阎丽", "approved_by")


def return_zht_hk(s: Sheet) -> None:
    """貨品退回單 of a Hong Kong distributor: ``HK$`` prices, the date DAY FIRST, the reason
    overflowing (no wrap) past its cell."""
    s.text("A1", "貨品退回單", "E1", size=15)
    lv(s, "A2", "退貨單號", "B2", "GR-HK-260318", "number")
    lv(s, "C2", "日期", "D2", day_first(D(2026, 3, 18)), "issue_date", expect="2026-03-18")
    lv(s, "A3", "客戶", "B3", "信和集團採購部", "customer")
    lv(s, "C3", "投訴編號", "D3", "CC-HK-26031", "complaint_number")
    lines = [("HK-MTR-520", "微型馬達端蓋", 2000, 1.35), ("HK-MTR-521", "端蓋墊圈", 2000, 0.28)]
    _items(s, 4, ("貨品編號", "貨品名稱", "數量", "單價", "金額"), lines, cur="HK$")
    lv(s, "A7", "退貨原因", "B7", "軸孔尺寸超差，整批退回更換。", "reason")
    if not s.blank:
        overflow(s, "B7")
    lv(s, "A8", "倉務簽收", "B8", "李志明", "warehouse_receiver")
    lv(s, "C8", "經理批核", "D8", "黃家偉", "approved_by")


def return_en_my(s: Sheet) -> None:
    """A Malaysian customer's Goods Return Note: ``RM`` prices, dates with the weekday, the
    sheet PROTECTED, names with the Chinese in parentheses."""
    s.text("A1", "GOODS RETURN NOTE", "E1", size=14)
    lv(s, "A2", "GRN No.", "B2", "GRN-JB-26-0042", "number")
    lv(s, "C2", "Date", "D2", weekday_en(D(2026, 3, 20)), "issue_date", expect="2026-03-20")
    lv(s, "A3", "Customer", "B3", "ViTrox Corporation Berhad", "customer")
    lv(s, "C3", "Complaint Ref.", "D3", "CCF/SG/26/0307", "complaint_number")
    _items(
        s,
        4,
        ("Part No.", "Description", "Qty", "Unit Price", "Amount"),
        [("SG-HSG-7410", "Scanner housing, rear", 132, 4.8)],
        cur="RM ",
    )
    lv(s, "A6", "Reason", "B6", "Sink marks on the boss, rejected at IQC.", "reason", span="E6")
    lv(s, "A7", "Received by (Store)", "B7", "Chong Mei Ling (张美玲)", "warehouse_receiver")
    lv(s, "C7", "Approved by", "D7", "Azman bin Ismail", "approved_by")
    protect(s)


# =============================================================================== allowance
def _credit_lines(s: Sheet, top: int, heads, lines, rate: float, cur: str = ""):
    for col, h in zip("ABCDE", heads):
        s.text(f"{col}{top}", h, bold=True, shade=True)
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = top + 1 + i
        a, t = round(q * p, 2), round(q * p * rate, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1])
        s.value(
            f"C{r}",
            f"{cur}{p:,.2f}" if cur else p,
            path=f"items[{i}].unit_price",
            label=heads[2],
            expect=money(p),
        )
        s.value(
            f"D{r}",
            f"{cur}{a:,.2f}" if cur else a,
            path=f"items[{i}].allowance_amount",
            label=heads[3],
            expect=money(a),
        )
        s.value(
            f"E{r}", f"{cur}{t:,.2f}" if cur else t, path=f"items[{i}].tax", label=heads[4], expect=money(t)
        )
    return round(net, 2), round(tax, 2)


def allowance_zh_capitals(s: Sheet) -> None:
    """销货折让证明单 with 价税合计 in CHINESE CAPITALS and figures on one row (``（大写）… （小写）
    ¥…``), dates with dots."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    lv(s, "A2", "编号", "B2", "ZR-XM-2603-08", "number")
    lv(s, "C2", "日期", "D2", "2026.3.26", "issue_date", expect="2026-03-26")
    lv(s, "A3", "购买方", "B3", "厦门金龙联合汽车工业有限公司", "buyer", span="E3")
    lv(s, "A4", "纳税人识别号", "B4", "91350200612003164X", "buyer_tax_id")
    lv(s, "C4", "原发票号码", "D4", "25352000000012345678", "invoice_no")
    net, tax = _credit_lines(
        s,
        5,
        ("货物名称", "数量", "单价", "折让金额", "税额"),
        [("座椅调角器", 200, 8.5), ("头枕导套", 1500, 0.64)],
        0.13,
    )
    lv(s, "A8", "合计", "D8", net, "total_excl_tax", expect=money(net))
    s.value("E8", tax, path="total_tax", label="合计 税额", expect=money(tax))
    label(s, "A9", "价税合计（大写）")
    s.value("B9", words(net + tax), path="total_in_words", label="价税合计（大写）", span="C9")
    label(s, "D9", "（小写）")
    s.value("E9", f"¥{net + tax:,.2f}", path="total", label="（小写）", expect=money(net + tax))
    lv(s, "A10", "经理", "B10", "许志宏", "approved_by_manager")


def allowance_zht_overflow(s: Sheet) -> None:
    """營業人銷貨退回進貨退出或折讓證明單 typed in narrow cells WITHOUT WRAP (the buyer's name
    runs over the next cells in print), dates with the weekday (``星期五``), the total in
    capitals (新臺幣…元整)."""
    s.text("A1", "銷貨折讓證明單", "E1", size=15)
    d = pick(s, D(2026, 3, 27), D(2026, 4, 24))
    lv(s, "A2", "證明單號", "B2", pick(s, "ZR-TC-115-0327", "ZR-TC-115-0424"), "number")
    lv(s, "C2", "開立日期", "D2", weekday_zh(d), "issue_date", expect=d.isoformat())
    lv(s, "A3", "買受人", "B3", pick(s, "鴻海精密工業股份有限公司", "廣達電腦股份有限公司"), "buyer")
    if not s.blank:
        overflow(s, "B3")
    lv(s, "A4", "統一編號", "B4", pick(s, "04541302", "22822281"), "buyer_tax_id")
    lv(s, "C4", "原發票號碼", "D4", pick(s, "QX-30257788", "RM-41120935"), "invoice_no")
    lines = pick(s, [("鋁擠散熱片", 1000, 6.0), ("導熱矽膠片", 2400, 1.5)], [("機殼螺絲", 50000, 0.08)])
    net, tax = _credit_lines(s, 5, ("品名", "數量", "單價", "金額", "營業稅額"), lines, 0.05)
    r = 6 + len(lines)
    lv(s, f"A{r}", "合計", f"D{r}", net, "total_excl_tax", expect=money(net))
    s.value(f"E{r}", tax, path="total_tax", label="合計 營業稅額", expect=money(tax))
    lv(s, f"A{r + 1}", "總計", f"D{r + 1}", net + tax, "total", expect=money(net + tax))
    lv(s, f"A{r + 2}", "經理", f"B{r + 2}", "溫俊宏", "approved_by_manager")


def allowance_en_sg(s: Sheet) -> None:
    """A Singapore CREDIT NOTE with GST 9 %: ``S$`` amounts as text, dates DAY FIRST, the
    approver's name with the Chinese in parentheses."""
    s.text("A1", "TAX CREDIT NOTE", "E1", size=14)
    lv(s, "A2", "Credit Note No.", "B2", pick(s, "CN-SG-26-0311", "CN-SG-26-0415"), "number")
    d = pick(s, D(2026, 3, 11), D(2026, 4, 15))
    lv(s, "C2", "Date", "D2", day_first(d), "issue_date", expect=d.isoformat())
    lv(
        s,
        "A3",
        "Bill To",
        "B3",
        pick(s, "Creative Technology Ltd", "Razer (Asia-Pacific) Pte Ltd"),
        "buyer",
        span="E3",
    )
    lv(s, "A4", "GST Reg. No.", "B4", pick(s, "M2-0035960-7", "201211931R"), "buyer_tax_id")
    lv(s, "C4", "Against Invoice", "D4", pick(s, "INV-SG-26-0177", "INV-SG-26-0290"), "invoice_no")
    lines = pick(
        s,
        [("Speaker grille SG-2", 600, 0.95)],
        [("Mouse shell MS-7", 300, 2.1), ("Scroll wheel SW-1", 300, 0.45)],
    )
    net, tax = _credit_lines(
        s, 5, ("Description", "Qty", "Unit Price", "Amount", "GST 9%"), lines, 0.09, cur="S$"
    )
    r = 6 + len(lines)
    lv(s, f"A{r}", "Total before GST", f"D{r}", f"S${net:,.2f}", "total_excl_tax", expect=money(net))
    lv(s, f"A{r + 1}", "GST", f"D{r + 1}", f"S${tax:,.2f}", "total_tax", expect=money(tax))
    lv(s, f"A{r + 2}", "Total Credit", f"D{r + 2}", f"S${net + tax:,.2f}", "total", expect=money(net + tax))
    lv(s, f"A{r + 3}", "Approved by", f"B{r + 3}", "Goh Siew Ling (吴秀玲)", "approved_by_manager")


W4 = dict(A=12, B=26, C=12, D=24)
W5 = dict(A=14, B=18, C=10, D=12, E=14)
EXCEL = [
    excel_layout(
        "complaint-zh-twoforms",
        "complaint",
        "zh-Hans",
        complaint_zh_twoforms,
        "抱怨单",
        W4,
        "客户抱怨处理单 copied down: last month's closed complaint above the new one; dotted dates; a trailing tab",
        copy2=True,
    ),
    excel_layout(
        "complaint-zht-hk",
        "complaint",
        "zh-Hant",
        complaint_zht_hk,
        "投訴",
        W4,
        "客戶投訴報告 of a Hong Kong trading house: day-first dates, HK$ claim",
        ["索償金額"],
        copy2=True,
    ),
    excel_layout(
        "complaint-en-sg",
        "complaint",
        "en",
        complaint_en_sg,
        "CCF",
        W4,
        "Singapore Customer Complaint Form: names with the Chinese in parentheses, weekday dates, a protected sheet",
    ),
    excel_layout(
        "8d-zh-overflow",
        "8d",
        "zh-Hans",
        eightd_zh_overflow,
        "8D",
        dict(A=12, B=14, C=10, D=16, E=12, F=12),
        "8D 报告 typed in narrow cells without wrap (text over the next cells), dates with 星期",
    ),
    excel_layout(
        "8d-zht-hk",
        "8d",
        "zh-Hant",
        eightd_zht_hk,
        "8D",
        W4,
        "8D 改善報告 of a HK-owned plant: day-first dates, ideographic spaces and a trailing tab, shrink to fit",
        copy2=True,
    ),
    excel_layout(
        "8d-en-my",
        "8d",
        "en",
        eightd_en_sg,
        "8D",
        W4,
        "Malaysian EMS 8D: team with Chinese names in parentheses, weekday dates, protected, shrink to fit",
    ),
    excel_layout(
        "return-zh-capitals",
        "return",
        "zh-Hans",
        return_zh_capitals,
        "退货单",
        W5,
        "成品退货单 with the total in Chinese capitals beside the figure, dotted dates, a trailing tab",
        ["合计金额（大写）", "（小写）"],
        copy2=True,
    ),
    excel_layout(
        "return-zht-hk",
        "return",
        "zh-Hant",
        return_zht_hk,
        "退貨",
        W5,
        "貨品退回單 of a HK distributor: HK$ prices, day-first date, the reason running over the next cells",
    ),
    excel_layout(
        "return-en-my",
        "return",
        "en",
        return_en_my,
        "GRN",
        W5,
        "Malaysian Goods Return Note: RM prices, weekday dates, protected sheet, Chinese names in parentheses",
    ),
    excel_layout(
        "allowance-zh-capitals",
        "allowance",
        "zh-Hans",
        allowance_zh_capitals,
        "折让",
        W5,
        "销货折让证明单: 价税合计 in capitals and ¥ figures on one row, dotted dates",
    ),
    excel_layout(
        "allowance-zht-overflow",
        "allowance",
        "zh-Hant",
        allowance_zht_overflow,
        "折讓",
        W5,
        "折讓證明單 in narrow cells without wrap, dates with 星期",
    ),
    excel_layout(
        "allowance-en-sg",
        "allowance",
        "en",
        allowance_en_sg,
        "Credit Note",
        W5,
        "Singapore tax credit note: S$ text amounts, GST 9 %, day-first dates",
        copy2=True,
    ),
]


# =============================================================================== sent as PDF only
_CSS = (
    "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:92%}"
    "th,td{border:1px solid #444;padding:4px}th{background:#f0f0f0;text-align:left}p{margin:10px}"
    ".mail p{margin:2px 10px;font-family:Calibri,Arial}.quote{border-left:3px solid #99c;margin:8px 10px;"
    "padding-left:8px;color:#555}.cover{page-break-after:always}"
)


def eightd_en_outlook(f: HtmlForm) -> str:
    """An 8D pasted into a mail and printed from Outlook: the From/Sent/To/Subject lines, the
    reply and the QUOTED earlier mail (its own dates and part numbers) above the report."""
    f.raw(
        '<div class="mail"><p><b>From:</b> Kevin Yeo &lt;kevin.yeo@flexitronics.com.sg&gt;</p>'
        "<p><b>Sent:</b> Monday, 13 April 2026 9:42 AM</p><p><b>To:</b> SQE Team &lt;sqe@jabil.com&gt;</p>"
        "<p><b>Subject:</b> RE: 8D request - PN FX-CON-330 - lot 2611</p>"
        "<p>Hi all, please find our 8D below. Regards, Kevin</p>"
        '<div class="quote"><p><b>From:</b> Priya Nair</p><p><b>Sent:</b> Thursday, 2 April 2026 4:10 PM</p>'
        "<p>Please submit 8D for PN FX-CON-331 and FX-CON-330 by 10 April. 45 pcs found at ICT.</p></div></div>"
    )
    f.raw("<h2>8D Report</h2>")
    kv(
        f,
        [
            ("8D No.", "8D-FX-26-0413", "number", None),
            ("Date opened", "02-Apr-2026", "opened_date", "2026-04-02"),
            ("Customer", "Jabil Circuit Singapore", "customer", None),
            ("Part No.", "FX-CON-330", "part_no", None),
            ("Qty complained", "45", "problem.qty_complained", 45),
            (
                "D2 Problem description",
                "Connector FX-CON-330 pin 4 recessed; 45 pcs open at ICT.",
                "problem.statement",
                None,
            ),
            (
                "D3 Containment",
                "Sorted 3,200 pcs at the hub; 11 more rejected.",
                "containment[0].action",
                None,
            ),
            (
                "D4 Root cause",
                "Pin insertion depth not monitored after tool change.",
                "root_cause[type=occurrence].cause",
                None,
            ),
            (
                "D5 Corrective action",
                "Insertion force and depth monitored in-line.",
                "corrective_actions[0].action",
                None,
            ),
        ],
    )
    f.raw("<table><tr><th>Team member</th></tr>")
    for n in ("Kevin Yeo", "Siti Hajar"):
        f.raw(f"<tr><td>{f.val(n, path='team[*].name', label='Team member')}</td></tr>")
    f.raw("</table><table><tr><th>Approved by</th><td>")
    f.raw(f.val("", path=None, label="Approved by"))
    f.raw("</td></tr></table>")
    pdf_absent(f, "Approved by", "html!approved", "", "closure.approved_by")
    return f.page("RE: 8D request", _CSS)


def return_zht_cover(f: HtmlForm) -> str:
    """A Macau customer's 貨品退回單 sent as one PDF: a COVER LETTER on page 1 (its own dates,
    amounts and the old invoice) and the form on page 2."""
    n = pick(f, "RT-MO-2603-02", "RT-MO-2604-06")
    f.raw(
        '<div class="cover"><p>致：東莞恒達精密有限公司 品質部</p>'
        f"<p>日期：{pick(f, '2026年3月23日', '2026年4月20日')}</p>"
        "<p>事由：退回不良品事宜（參考發票 INV-MO-2602-118，金額 MOP 8,600.00）</p>"
        "<p>敬啟者：本公司於二月收貨之產品經檢驗不合格，現附上退貨單，請安排收貨及更換。此致</p>"
        "<p>澳門華豐電器有限公司 採購部 謹啟</p></div>"
    )
    f.raw("<h2>貨品退回單</h2>")
    d = pick(f, D(2026, 3, 23), D(2026, 4, 20))
    kv(
        f,
        [
            ("退貨單號", n, "number", None),
            ("日期", day_first(d), "issue_date", d.isoformat()),
            ("客戶", "澳門華豐電器有限公司", "customer", None),
            ("投訴編號", pick(f, "CC-HK-26033", "CC-HK-26049"), "complaint_number", None),
        ],
    )
    lines = pick(
        f,
        [("HD-FAN-12", "風扇葉", 400, 3.2), ("HD-GRL-12", "防護網", 400, 1.1)],
        [("HD-MOT-08", "馬達座", 150, 7.5)],
    )
    f.raw(
        "<table><tr><th>貨品編號</th><th>貨品名稱</th><th>數量</th><th>單價 (HK$)</th><th>金額 (HK$)</th></tr>"
    )
    for i, (code, name, q, p) in enumerate(lines):
        a = q * p
        f.raw(
            "<tr>"
            + "".join(
                f"<td>{f.val(raw, path=path, label=lab, expect=exp)}</td>"
                for raw, path, lab, exp in (
                    (code, f"items[{i}].part_no", "貨品編號", None),
                    (name, f"items[{i}].part_name", "貨品名稱", None),
                    (f"{q:,}", f"items[{i}].qty_returned", "數量", q),
                    (f"{p:.2f}", f"items[{i}].unit_price", "單價", money(p)),
                    (f"{a:,.2f}", f"items[{i}].amount", "金額", money(a)),
                )
            )
            + "</tr>"
        )
    f.raw("</table>")
    kv(
        f,
        [
            ("退貨原因", pick(f, "風扇葉動平衡不良，運轉異響。", "馬達座螺孔滑牙。"), "reason", None),
            ("倉務簽收", "馮嘉怡", "warehouse_receiver", None),
        ],
    )
    return f.page("貨品退回單", _CSS)


def complaint_zh_ocr(f: PdfDraw) -> None:
    """客户抱怨处理单 received as an OCR'd scan: the page a grey raster stand-in, the text an
    INVISIBLE layer (render mode 3) as the scanner's OCR wrote it, OCR slips in the prose
    (``0``/``O``) which the record keeps as read."""
    f = CjkDraw.of(f)
    f.pdf.set_fill_color(236, 236, 230)
    f.pdf.rect(8, 8, 194, 140, style="F")
    f.pdf.text_mode = 3
    f.text(80, 20, "客户抱怨处理单", size=14)
    rows = [
        ("抱怨单号", "KS-WX-2603-019", "number", None),
        ("接收日期", "2026/03/19", "received_date", "2026-03-19"),
        ("客户名称", "无锡小天鹅电器有限公司", "customer", None),
        ("料号", "WX-DRM-5520", "part_no", None),
        ("品名", "滚筒支架", "part_name", None),
        ("出货数量", "6000", "ship_qty", 6000),
        ("不良数量", "48", "defect_qty", 48),
        ("不良描述", "支架焊点开裂，客户装配 48 件不良，批号 26O3 。", "description", None),
        ("填写人", "钟丽萍", "reporter", None),
    ]
    y = 32
    for lab, raw, path, exp in rows:
        f.text(20, y, lab)
        f.value(55, y, raw, path=path, label=lab, expect=exp)
        y += 10
    f.text(20, y, "业务主管")
    pdf_absent(f, "业务主管", f"p1!55,{y}", "", "sales_supervisor")
    f.pdf.text_mode = 0


def allowance_zh_pdf(f: PdfDraw) -> None:
    """销货折让证明单 drawn by an invoicing package: dates with dots, 价税合计 in capitals with
    the figure after ``（小写）``, the tax rate in the heading."""
    f = CjkDraw.of(f)
    f.text(75, 18, "销货折让证明单", size=14)
    rows = [
        ("编号", "ZR-NB-2603-31", "number", None),
        ("开具日期", "2026.3.31", "issue_date", "2026-03-31"),
        ("购买方", "宁波方太厨具有限公司", "buyer", None),
        ("纳税人识别号", "91330282144578992A", "buyer_tax_id", None),
        ("原发票号码", "26332000000087650012", "invoice_no", None),
    ]
    y = 30
    for lab, raw, path, exp in rows:
        f.text(20, y, lab)
        f.value(60, y, raw, path=path, label=lab, expect=exp)
        y += 8
    for x, h in ((20, "货物名称"), (75, "数量"), (100, "单价"), (130, "金额"), (160, "税额(13%)")):
        f.text(x, y + 4, h)
    y += 12
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("烟机面板", 150, 22.0), ("旋钮组件", 900, 1.8))):
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        f.value(20, y, name, path=f"items[{i}].name", label="货物名称")
        f.value(75, y, f"{q}", path=f"items[{i}].qty", label="数量", expect=q)
        f.value(100, y, f"{p:.2f}", path=f"items[{i}].unit_price", label="单价", expect=money(p))
        f.value(130, y, f"{a:,.2f}", path=f"items[{i}].allowance_amount", label="金额", expect=money(a))
        f.value(160, y, f"{t:,.2f}", path=f"items[{i}].tax", label="税额(13%)", expect=money(t))
        y += 8
    f.text(100, y + 2, "合计")
    f.value(130, y + 2, f"{net:,.2f}", path="total_excl_tax", label="合计", expect=money(net))
    f.value(160, y + 2, f"{tax:,.2f}", path="total_tax", label="合计 税额", expect=money(tax))
    f.text(20, y + 12, "价税合计（大写）")
    f.value(55, y + 12, words(net + tax), path="total_in_words", label="价税合计（大写）")
    f.text(130, y + 12, "（小写）")
    f.value(150, y + 12, f"¥{net + tax:,.2f}", path="total", label="（小写）", expect=money(net + tax))
    f.text(20, y + 24, "经理")
    f.value(40, y + 24, "邵建平", path="approved_by_manager", label="经理")


SENT_AS_PDF = [
    dict(
        id="complaint-zh-ocr",
        kind="complaint",
        language="zh-Hans",
        medium="fpdf",
        draw=complaint_zh_ocr,
        imitates="an OCR'd scan: a raster stand-in with the text as an invisible layer, OCR slips in the prose",
        unmapped=[],
    ),
    dict(
        id="return-zht-cover",
        kind="return",
        language="zh-Hant",
        medium="html",
        draw=return_zht_cover,
        copy2=True,
        imitates="a Macau 貨品退回單 on page 2 after a cover letter with its own dates and amounts",
        unmapped=[],
    ),
    dict(
        id="8d-en-outlook",
        kind="8d",
        language="en",
        medium="html",
        draw=eightd_en_outlook,
        imitates="an 8D pasted into a mail printed from Outlook: header lines and a quoted mail above it",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-pdf",
        kind="allowance",
        language="zh-Hans",
        medium="fpdf",
        draw=allowance_zh_pdf,
        imitates="销货折让证明单 from an invoicing package: dotted date, 价税合计 in capitals and figures",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "complaint-xml2003-renamed.xlsx": "an 'XML Spreadsheet 2003' file (SpreadsheetML, <Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">) a colleague saved from an old macro and renamed .xlsx; not an OOXML package; a clear error, never a record",
    "return-deflate64.xlsx": "a workbook re-zipped by Windows' compressed folder with Deflate64 (method 9), which most zip libraries cannot inflate; a clear error, never a record",
}

_XML2003 = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="客诉">
  <Table>
   <Row><Cell><Data ss:Type="String">客户抱怨处理单</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">抱怨单号</Data></Cell><Cell><Data ss:Type="String">KS-2603-099</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">客户名称</Data></Cell><Cell><Data ss:Type="String">海尔智家股份有限公司</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">不良数量</Data></Cell><Cell><Data ss:Type="Number">36</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>
"""


def _deflate64_zip(names: list[str]) -> bytes:
    """A zip whose entries claim compression method 9 (Deflate64); the bodies are opaque."""
    out, central = b"", b""
    for name in names:
        body = bytes((i * 37 + len(name)) % 256 for i in range(64))
        raw = name.encode()
        head = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 21, 0, 9, 0, 0x5C21, 0x1234ABCD, len(body), 4096, len(raw), 0
        )
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                21,
                21,
                0,
                9,
                0,
                0x5C21,
                0x1234ABCD,
                len(body),
                4096,
                len(raw),
                0,
                0,
                0,
                0,
                0,
                len(out),
            )
            + raw
        )
        out += head + raw + body
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(central), len(out), 0)
    return out + central + end


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    (out / "odd").mkdir(parents=True, exist_ok=True)
    for name, why in ODD.items():
        oid = Path(name).stem
        (out / "odd" / f"{oid}.json").write_text(
            json.dumps(
                {"id": oid, "file": name, "outcome": "error", "why": why}, ensure_ascii=False, indent=1
            )
            + "\n",
            encoding="utf-8",
        )
    (out / "odd" / "complaint-xml2003-renamed.xlsx").write_text(_XML2003, encoding="utf-8")
    (out / "odd" / "return-deflate64.xlsx").write_bytes(
        _deflate64_zip(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"])
    )


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "fourteenth held-out layouts")
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
    write_odd(out)


if __name__ == "__main__":
    main(sys.argv[1:])
