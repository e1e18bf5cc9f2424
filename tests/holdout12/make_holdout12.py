"""Write the twelfth held-out set (run: ``python tests/holdout12/make_holdout12.py``).

Written from public descriptions of real forms (客户投诉单, a customer's SCAR as a fillable PDF,
客訴單, 8D reports copied from an old report, written on a Mac, with links to the evidence,
退货单 behind a 填写说明 sheet, an RMA typed with ``1.2K`` quantities, 退貨單 drawn glyph by glyph,
销货折让证明单 with words in the number formats, a Credit Note from a Mac, 折讓證明單 with broken
labels) WITHOUT reading the reader's code, for habits and producers no earlier set holds: a
FILLABLE PDF (AcroForm: the values live in form-field widgets, not in the page text), the form
number and date in the PAGE HEADER / FOOTER (Excel's ``&R`` text, Word's section header), the
form on a SECOND SHEET behind an instructions sheet, the form on ``Sheet1 (2)`` with the HIDDEN
first copy holding an old form's values, the 1904 DATE SYSTEM of a Mac workbook, NUMBER FORMATS
CARRYING WORDS (``0" pcs"``, ``#,##0.00" 元"``, ``[$-804]yyyy"年"m"月"d"日"``, ``d-mmm-yy``), dates
typed as the Taiwanese Windows locale's date-time (``2026/3/9 下午 02:15:00``) or as ``Mar 5th, 2026``,
LABELS BROKEN BY A LINE BREAK (``客户\\n名称``) and shrunk to fit, HYPERLINKS as values (a mailto
address shown as a name, a link to an attachment), RICH TEXT with superscripts, quantities in
THOUSANDS ``1.2K``, a PDF whose text is drawn GLYPH BY GLYPH. ``odd/`` holds files that must give
a clear error (an OpenDocument spreadsheet renamed ``.xlsx``; an ERP's HTML export named ``.xlsx``).
Differs from ``tests/layouts``, ``tests/holdout`` … ``tests/holdout11`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Output in the format of ``tests/holdout11`` (see its README). Deterministic for the xlsx/json
files; the PDFs need ``soffice``, Chromium, fpdf2 and pypdf (``--no-pdf`` skips them; ``--out
DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zipfile
from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "holdout8"))

from holdout_kit import (  # noqa: E402
    DocForm,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    field,
    kv_rows,
    label,
    lv,
    members,
    money,
    odd_expected,
    on,
    pdf_absent,
    pick,
    plain,
    run,
)
from make_holdout8 import CjkDraw  # noqa: E402

D = dt.date
SOURCE = dict(origin="twelfth held-out imitation", source="tests/holdout12/make_holdout12.py")
WHEN = (2026, 12, 2, 9, 0, 0)
WEEK_ZH = "一二三四五六日"
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


# =============================================================================== how clerks type
def weekday_zh(d: dt.date, word: str = "星期") -> str:
    """``2026年3月5日(星期四)``: the date typed with its weekday, as many clerks do."""
    return f"{d.year}年{d.month}月{d.day}日({word}{WEEK_ZH[d.weekday()]})"


def ampm(d: dt.date, hh: int, mm: int) -> str:
    """``2026/3/9 下午 02:15:00``: a date-time as a Taiwanese Windows locale writes it (``yyyy/M/d
    tt hh:mm:ss``, 上午/下午 before a 12-hour time), pasted from the order system."""
    return f"{d.year}/{d.month}/{d.day} {'上午' if hh < 12 else '下午'} {(hh - 1) % 12 + 1:02d}:{mm:02d}:00"


def ordinal(d: dt.date) -> str:
    """``Mar 5th, 2026``."""
    n = d.day
    suffix = "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d:%b} {n}{suffix}, {d.year}"


def kilo(q: int) -> str:
    """``1.2K``: a quantity in thousands, as a buyer types it."""
    return f"{q / 1000:g}K"


def broken(s: Sheet, ref: str, text: str) -> None:
    """A label with a line break inside (``客户\\n名称``), shrunk to fit its cell."""
    label(s, ref, text)
    s.ws[ref].alignment = Alignment(vertical="center", wrap_text=True, shrink_to_fit=True)


def in_header(s: Sheet, where: str, side: str, text: str, lab: str, path: str, expect) -> None:
    """A value typed in the page header or footer (``&R`` text), not in any cell: prints on
    every page, invisible in the grid."""
    part = getattr(s.ws, "oddHeader" if where == "header" else "oddFooter")
    getattr(part, side).text = text if not s.blank else re.sub(r"[:：]\s*.*$", "：", text)
    if not s.blank:
        field(s, lab, where, text, path, expect, note=f"in the page {where}")


def link(s: Sheet, ref: str, target: str) -> None:
    """The value cell is a hyperlink (a mailto address, an attachment on the file server)."""
    if not s.blank:
        s.ws[ref].hyperlink = target
        s.ws[ref].style = "Hyperlink"


def superscript(s: Sheet, ref: str, parts: list[tuple[str, bool]], lab: str, path: str) -> None:
    """Rich text: some runs superscript (``mm²``, ``10³``); the record holds the plain text."""
    s.box(ref)
    if s.blank:
        return
    s.ws[ref].value = CellRichText(
        *[TextBlock(InlineFont(vertAlign="superscript"), t) if up else t for t, up in parts]
    )
    text = "".join(t for t, _ in parts)
    meant = "".join(t.translate(_SUP) if up else t for t, up in parts)  # 10⁹ is not 109
    field(s, lab, ref, text, path, meant, note="rich text with a superscript run: the plain text misreads it")


def mac(s: Sheet) -> None:
    """A workbook saved on a Mac in the 1904 date system: every date serial 1462 days less."""
    s.wb.epoch = CALENDAR_MAC_1904


def instructions(s: Sheet, lines: list[str], title: str = "填写说明") -> None:
    """An instructions sheet first, the form on the second sheet (its part is sheet2.xml)."""
    with on(s, title, index=0, widths=dict(A=90)):
        for i, t in enumerate(lines, start=1):
            plain(s, f"A{i}", t)
    s.wb.active = 1


def old_copy(s: Sheet, draw_old) -> None:
    """The form on ``Sheet1 (2)``: the clerk copied last month's sheet, hid the original
    (which still holds the old form's values) and filled the copy."""
    if s.blank:  # the blank template is the clean form; the old copy came with last month's file
        return
    with on(s, "Sheet1", index=0, hidden=True):
        fields = list(s.fields)
        draw_old(s)
        s.fields[:] = fields
    s.wb.active = 1


# =============================================================================== Excel layouts
def complaint_zh_header(s: Sheet) -> None:
    """客户投诉单 of a die-casting plant: the complaint number in the page HEADER (``&R``) and
    the date received in the page FOOTER, not in any cell; labels broken by a line break
    (``客户\\n名称``) and shrunk to fit."""
    num = pick(s, "KS-YZ-260305", "KS-YZ-260418")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 18))
    in_header(s, "header", "right", f"投诉单号：{num}", "投诉单号", "number", num)
    in_header(s, "footer", "left", f"受理日期：{rec:%Y-%m-%d}", "受理日期", "received_date", rec.isoformat())
    s.text("A1", "客户投诉单", "D1", size=15)
    broken(s, "A2", "客户\n名称")
    s.value("B2", pick(s, "广汽本田汽车有限公司", "东风日产乘用车公司"), path="customer", label="客户\n名称")
    broken(s, "C2", "零件\n编号")
    s.value("D2", pick(s, "YZ-HSG-7731", "YZ-BRK-2210"), path="part_no", label="零件\n编号")
    broken(s, "A3", "零件\n名称")
    s.value("B3", pick(s, "变速箱壳体", "制动钳支架"), path="part_name", label="零件\n名称")
    broken(s, "C3", "生产\n批号")
    s.value("D3", pick(s, "YZ260211", "YZ260320"), path="lot_no", label="生产\n批号")
    broken(s, "A4", "交货\n数量")
    s.value("B4", pick(s, 2400, 1800), path="ship_qty", label="交货\n数量")
    broken(s, "C4", "不良\n数量")
    s.value("D4", pick(s, 37, 12), path="defect_qty", label="不良\n数量")
    broken(s, "A5", "不良\n现象")
    s.value(
        "B5",
        pick(s, "壳体砂眼渗漏，气密测试 37 件不合格。", "支架冷隔裂纹 12 件。"),
        path="description",
        label="不良\n现象",
        span="D5",
    )
    broken(s, "A6", "原因\n分析")
    s.value(
        "B6", pick(s, "压铸模具排气槽堵塞。", "模温偏低。"), path="root_cause", label="原因\n分析", span="D6"
    )
    broken(s, "A7", "临时\n对策")
    s.value(
        "B7",
        pick(s, "在库品全数气密检测。", "在库品荧光探伤。"),
        path="short_term_action",
        label="临时\n对策",
        span="D7",
    )
    broken(s, "A8", "填表人")
    s.value("B8", pick(s, "钟晓燕", "钟晓燕"), path="reporter", label="填表人")
    broken(s, "C8", "部门\n主管")
    s.value("D8", pick(s, "黎国强", "黎国强"), path="sales_supervisor", label="部门\n主管")


def complaint_zht_ampm(s: Sheet) -> None:
    """客訴單 of a Taiwanese plastics moulder: dates pasted from the order system as the Windows
    locale's date-time text with 上午/下午 (``2026/3/9 下午 02:15:00``), the quality engineer's
    name a MAILTO HYPERLINK, 不良率 a percentage stored as 0.035."""
    s.text("A1", "客 訴 單", "F1", size=15)
    lv(s, "A2", "客訴單號", "B2", "CS-PL-26-0309", "number")
    lv(s, "C2", "收件日", "D2", ampm(D(2026, 3, 9), 14, 15), "received_date", expect="2026-03-09")
    lv(s, "E2", "客戶", "F2", "台達電子工業", "customer")
    lv(s, "A3", "品號", "B3", "PL-CVR-1180", "part_no")
    lv(s, "C3", "品名", "D3", "風扇外蓋 PC+ABS", "part_name")
    lv(s, "E3", "出貨日", "F3", ampm(D(2026, 3, 2), 9, 40), "ship_date", expect="2026-03-02")
    lv(s, "A4", "出貨數", "B4", 12000, "ship_qty", fmt="#,##0")
    lv(s, "C4", "不良數", "D4", 420, "defect_qty")
    lv(
        s,
        "E4",
        "不良率",
        "F4",
        0.035,
        "defect_rate",
        fmt="0.0%",
        shown="3.5% (0.035 shown as a percentage)",
        expect="0.035",
    )
    lv(s, "A5", "異常描述", "B5", "卡勾斷裂，客戶組裝時 420 件無法扣合。", "description", span="F5")
    lv(s, "A6", "原因分析", "B6", "模具頂針位置偏移，卡勾根部應力集中。", "root_cause", span="F6")
    lv(s, "A7", "長期對策", "B7", "卡勾根部加 R0.3 並修改頂針位置。", "long_term_action", span="F7")
    lv(s, "A8", "品保工程師", "B8", "劉家豪", "reporter")
    link(s, "B8", "mailto:jh.liu@pl-mould.example.tw")
    lv(s, "C8", "結案日", "D8", ampm(D(2026, 3, 23), 16, 5), "closed_date", expect="2026-03-23")
    label(s, "E8", "業務主管")
    s.box("F8")
    absent(s, "業務主管", "F8", "", "sales_supervisor")


def complaint_en_mac(s: Sheet) -> None:
    """A US customer's Complaint Form saved on a MAC (the 1904 date system), dates shown
    ``d-mmm-yy``, quantities with ``0" pcs"`` formats, the part name in rich text with a
    superscript (``Cable 2.5 mm²``)."""
    mac(s)
    s.text("A1", "CUSTOMER COMPLAINT FORM", "D1", size=14)
    lv(s, "A2", "Complaint #", "B2", "CC-2026-0311", "number")
    lv(s, "C2", "Date received", "D2", D(2026, 3, 11), "received_date", fmt="d-mmm-yy")
    lv(s, "A3", "Customer", "B3", "Whirlpool Corp. — Clyde, OH", "customer", span="D3")
    lv(s, "A4", "Part number", "B4", "WH-CBL-2525", "part_no")
    label(s, "C4", "Part name")
    superscript(
        s, "D4", [("Power cable 2.5 mm", False), ("2", True), (" 3-core", False)], "Part name", "part_name"
    )
    lv(s, "A5", "Shipped", "B5", 5000, "ship_qty", fmt='#,##0" pcs"', shown='5000 (shown "5,000 pcs")')
    lv(s, "C5", "Rejected", "D5", 64, "defect_qty", fmt='0" pcs"', shown='64 (shown "64 pcs")')
    lv(s, "A6", "Ship date", "B6", D(2026, 2, 24), "ship_date", fmt="d-mmm-yy")
    lv(s, "C6", "Lot", "D6", "2608-B", "lot_no")
    lv(
        s,
        "A7",
        "Complaint",
        "B7",
        "Insulation cracked at the strain relief after 200 flex cycles.",
        "description",
        span="D7",
    )
    lv(s, "A8", "Submitted by", "B8", "Karen Mitchell", "reporter")
    lv(s, "C8", "Closed", "D8", D(2026, 4, 2), "closed_date", fmt="d-mmm-yy")


def _eightd_zh_old(s: Sheet) -> None:
    """The hidden first copy: last month's 8D, its values still in the cells."""
    eightd_zh_copysheet_body(s, old=True)


def eightd_zh_copysheet_body(s: Sheet, old: bool = False) -> None:
    def v(new, second, previous):
        return previous if old else pick(s, new, second)

    path = (lambda p: None) if old else (lambda p: p)
    s.text("A1", "8D 纠正预防措施报告", "D1", size=14)
    lv(s, "A2", "报告编号", "B2", v("8D-BJ-2603-14", "8D-BJ-2604-22", "8D-BJ-2602-09"), path("number"))
    lv(
        s,
        "C2",
        "发起日期",
        "D2",
        v(D(2026, 3, 10), D(2026, 4, 14), D(2026, 2, 6)),
        path("opened_date"),
        fmt='[$-804]yyyy"年"m"月"d"日"',
    )
    lv(s, "A3", "客户", "B3", v("北汽福田汽车", "江铃汽车股份有限公司", "东风商用车"), path("customer"))
    lv(s, "C3", "零件号", "D3", v("FT-BRKT-620", "JL-BRKT-118", "DF-BRKT-550"), path("part_no"))
    lv(s, "A4", "投诉数量", "B4", v(150, 44, 980), path("problem.qty_complained"), fmt='0"件"')
    team = v(["袁志刚", "蒋丽", "曹文"], ["袁志刚", "曹文"], ["旧组员甲", "旧组员乙"])
    lv(s, "C4", "D1 小组", "D4", "，".join(team), None)
    if not old:
        members(s, "D1 小组", "D4", "，".join(team), team)
    lv(
        s,
        "A5",
        "D2 问题描述",
        "B5",
        v("支架焊缝开裂 150 件。", "支架孔径超差 44 件。", "旧问题：涂层脱落。"),
        path("problem.statement"),
        span="D5",
    )
    lv(
        s,
        "A6",
        "D3 围堵措施",
        "B6",
        v("在库及在途品全检焊缝。", "在库品孔径全检。", "旧围堵：返工。"),
        path("containment[0].action"),
        span="D6",
    )
    lv(
        s,
        "A7",
        "D4 根本原因",
        "B7",
        v("焊接电流设定偏低，熔深不足。", "钻头磨损未更换。", "旧原因：前处理不良。"),
        path("root_cause[type=occurrence].cause"),
        span="D7",
    )
    lv(
        s,
        "A8",
        "D5 永久措施",
        "B8",
        v("焊接参数锁定并每班首件破坏检验。", "钻头寿命管理。", "旧措施：增加水洗。"),
        path("corrective_actions[0].action"),
        span="D8",
    )
    lv(s, "A9", "D8 批准", "B9", v("邓伟", "邓伟", "旧批准人"), path("closure.approved_by"))
    lv(
        s,
        "C9",
        "结案日期",
        "D9",
        v(D(2026, 4, 7), D(2026, 5, 15), D(2026, 3, 1)),
        path("closure.closed_date"),
        fmt='[$-804]yyyy"年"m"月"d"日"',
    )


def eightd_zh_copysheet(s: Sheet) -> None:
    """8D报告 on ``Sheet1 (2)``: the engineer copied last month's sheet, HID THE ORIGINAL (which
    still holds the old report's values) and filled the copy; dates in ``[$-804]yyyy"年"m"月"d"日"``,
    the quantity ``0"件"``."""
    eightd_zh_copysheet_body(s)
    old_copy(s, _eightd_zh_old)


def eightd_en_links(s: Sheet) -> None:
    """A SCAR-style 8D written on a MAC (1904 dates), the evidence and the team as HYPERLINKS
    (a file-server link shown as ``Photo report``, team members as mailto links), the due date
    typed ``Apr 9th, 2026``."""
    mac(s)
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "D1", size=13)
    lv(s, "A2", "8D No.", "B2", "SCAR-26-0412", "number")
    lv(s, "C2", "Opened", "D2", D(2026, 3, 12), "opened_date", fmt="d-mmm-yy")
    lv(s, "A3", "Customer", "B3", "Emerson Climate Technologies", "customer")
    lv(s, "C3", "Part", "D3", "EM-VLV-3309", "part_no")
    lv(
        s,
        "A4",
        "Qty affected",
        "B4",
        230,
        "problem.qty_complained",
        fmt='0" pcs"',
        shown='230 (shown "230 pcs")',
    )
    lv(s, "C4", "Due", "D4", ordinal(D(2026, 4, 9)), "target_close_date", expect="2026-04-09")
    team = [("Mark Liu", "mark.liu"), ("Sara Qian", "sara.qian")]
    label(s, "A5", "D1 Team", "A6")
    for i, (name, mail) in enumerate(team):
        s.value(f"B{5 + i}", name, path="team[*].name", label="D1 Team")
        link(s, f"B{5 + i}", f"mailto:{mail}@valveco.example")
    lv(
        s,
        "A7",
        "D2 Problem",
        "B7",
        "Valve seat leakage above 5 cc/min on 230 units.",
        "problem.statement",
        span="D7",
    )
    lv(
        s,
        "A8",
        "D3 Containment",
        "B8",
        "Leak test 100 % of 3,100 pcs in stock.",
        "containment[0].action",
        span="D8",
    )
    lv(
        s,
        "A9",
        "D4 Root cause",
        "B9",
        "Seat lapping time shortened after a program change.",
        "root_cause[type=occurrence].cause",
        span="D9",
    )
    lv(
        s,
        "A10",
        "D5 Corrective action",
        "B10",
        "Lapping program locked; change needs QA sign-off.",
        "corrective_actions[0].action",
        span="D10",
    )
    lv(s, "A11", "Evidence", "B11", "Photo report", None)
    link(s, "B11", "file://///fs01/quality/SCAR-26-0412/photos.pdf")
    lv(s, "C11", "Closed", "D11", D(2026, 4, 6), "closure.closed_date", fmt="d-mmm-yy")
    lv(s, "A12", "Approved by", "B12", "Daniel Ortiz", "closure.approved_by")


def eightd_zht_header(s: Sheet) -> None:
    """8D 報告 of a Taiwanese PCB maker: the report number in the page HEADER and the
    approval date in the FOOTER (``&L`` / ``&R``), labels broken by a line break
    (``根本\\n原因``), rich text with a superscript in the statement (``10³``)."""
    in_header(s, "header", "right", "報告編號：8D-PCB-26-051", "報告編號", "number", "8D-PCB-26-051")
    in_header(s, "footer", "right", "結案日期：2026/04/10", "結案日期", "closure.closed_date", "2026-04-10")
    s.text("A1", "8D 問題分析改善報告", "D1", size=14)
    broken(s, "A2", "開立\n日期")
    s.value("B2", D(2026, 3, 16), path="opened_date", label="開立\n日期", fmt="yyyy/mm/dd")
    broken(s, "C2", "客戶\n名稱")
    s.value("D2", "緯創資通", path="customer", label="客戶\n名稱")
    broken(s, "A3", "料號")
    s.value("B3", "PCB-MB-6L-220", path="part_no", label="料號")
    broken(s, "C3", "客訴\n數量")
    s.value("D3", 96, path="problem.qty_complained", label="客訴\n數量")
    team = ["林柏翰", "陳思妤", "賴冠宇"]
    broken(s, "A4", "D1\n成員")
    s.value("B4", "、".join(team), path=None, label="D1\n成員", span="D4")
    members(s, "D1\n成員", "B4", "、".join(team), team)
    broken(s, "A5", "D2 問題\n描述")
    superscript(
        s,
        "B5",
        [("孔銅厚度不足，絕緣阻抗低於 10", False), ("9", True), (" Ω，共 96 片。", False)],
        "D2 問題\n描述",
        "problem.statement",
    )
    s.ws.merge_cells("B5:D5")
    broken(s, "A6", "D3 暫時\n對策")
    s.value("B6", "庫存 1,200 片全數電測。", path="containment[0].action", label="D3 暫時\n對策", span="D6")
    broken(s, "A7", "D4 根本\n原因")
    s.value(
        "B7",
        "電鍍線整流器輸出電流偏低。",
        path="root_cause[type=occurrence].cause",
        label="D4 根本\n原因",
        span="D7",
    )
    broken(s, "A8", "D5 永久\n對策")
    s.value(
        "B8",
        "整流器每日校正並加裝電流警報。",
        path="corrective_actions[0].action",
        label="D5 永久\n對策",
        span="D8",
    )
    broken(s, "A9", "核准")
    s.value("B9", "黃志明", path="closure.approved_by", label="核准")


def return_zh_instructions(s: Sheet) -> None:
    """成品退货单 of a WMS template: a 填写说明 SHEET FIRST, the form on the second sheet;
    quantities formatted ``0"件"``, prices and amounts ``#,##0.00" 元"``."""
    s.text("A1", "成品退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-2603-0217", "TH-2604-0388"), "number")
    lv(
        s,
        "C2",
        "退货日期",
        "D2",
        pick(s, D(2026, 3, 17), D(2026, 4, 21)),
        "issue_date",
        fmt='yyyy"年"m"月"d"日"',
    )
    lv(s, "E2", "客户", "F2", pick(s, "美的集团武汉制冷设备", "奥克斯空调股份有限公司"), "customer")
    lv(s, "A3", "客诉单号", "B3", pick(s, "KS-2603-041", "KS-2604-077"), "complaint_number")
    for c, h in zip("ABCDE", ("物料编码", "物料名称", "退货数量", "单价", "金额")):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("MD-CU-0635", "铜管组件 Φ6.35", 800, 4.6), ("MD-CU-0952", "铜管组件 Φ9.52", 350, 7.8)],
        [
            ("AX-VLV-02", "截止阀 2 分", 120, 18.5),
            ("AX-VLV-03", "截止阀 3 分", 90, 22.0),
            ("AX-NUT-02", "喇叭口螺母", 600, 0.85),
        ],
    )
    for i, (pn, name, q, p) in enumerate(lines):
        r = 6 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="物料编码")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="物料名称")
        s.value(
            f"C{r}",
            q,
            path=f"items[{i}].qty_returned",
            label="退货数量",
            fmt='0"件"',
            shown=f'{q} (shown "{q}件")',
        )
        s.value(
            f"D{r}",
            p,
            path=f"items[{i}].unit_price",
            label="单价",
            fmt='#,##0.00" 元"',
            expect=money(p),
            shown=f'{p} (shown "{p:,.2f} 元")',
        )
        s.value(
            f"E{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="金额",
            fmt='#,##0.00" 元"',
            expect=money(q * p),
            shown=f'{q * p:.2f} (shown "{q * p:,.2f} 元")',
        )
    r = 6 + len(lines) + 1
    lv(
        s,
        f"A{r}",
        "退货原因",
        f"B{r}",
        pick(s, "铜管扩口开裂，客户检漏不合格。", "阀芯内漏。"),
        "reason",
        span="E" + str(r),
    )
    lv(
        s,
        f"A{r + 1}",
        "处理方式",
        f"B{r + 1}",
        pick(s, "换货", "退款"),
        "handling",
        expect=pick(s, ["replace"], ["refund"]),
    )
    lv(s, f"C{r + 1}", "仓库收货", f"D{r + 1}", pick(s, "覃小兵", "覃小兵"), "warehouse_receiver")
    instructions(
        s,
        [
            "填写说明（请勿删除本页）",
            "1. 退货单号由仓库按月流水编号，格式 TH-年月-四位序号。",
            "2. 退货数量以“件”为单位，单价、金额以人民币元填写，保留两位小数。",
            "3. 处理方式填写：换货 / 退款 / 返工 / 报废 之一。",
            "4. 本表由仓库收货后 24 小时内录入 WMS。",
        ],
    )


def return_en_kilo(s: Sheet) -> None:
    """An RMA typed by a distributor's buyer: quantities in THOUSANDS as text (``1.2K``), the
    date ``Mar 5th, 2026`` text, the RMA portal link as a HYPERLINK beside the number."""
    s.text("A1", "RMA REQUEST", "E1", size=13)
    lv(s, "A2", "RMA No.", "B2", pick(s, "RMA-DX-4471", "RMA-DX-4519"), "number")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 22))
    lv(s, "C2", "Date", "D2", ordinal(d), "issue_date", expect=d.isoformat(), span="E2")
    lv(
        s,
        "A3",
        "Customer",
        "B3",
        pick(s, "Arrow Electronics Asia", "Avnet Technology HK"),
        "customer",
        span="C3",
    )
    lv(s, "D3", "Portal", "E3", "open case", None)
    link(s, "E3", pick(s, "https://portal.example.com/rma/4471", "https://portal.example.com/rma/4519"))
    for c, h in zip("ABCDE", ("MPN", "Description", "Qty", "Unit price", "Ext. price")):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [
            ("CAP-0402-104", "MLCC 0402 100nF 16V", 12000, 0.004),
            ("RES-0603-10K", "Resistor 0603 10k 1%", 25000, 0.002),
        ],
        [("IND-1210-4R7", "Inductor 1210 4.7uH", 1500, 0.12)],
    )
    for i, (pn, name, q, p) in enumerate(lines):
        r = 6 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="MPN")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Description")
        s.value(
            f"C{r}",
            kilo(q),
            path=f"items[{i}].qty_returned",
            label="Qty",
            expect=q,
            note="typed in thousands",
        )
        s.value(
            f"D{r}",
            f"${p:.3f}",
            path=f"items[{i}].unit_price",
            label="Unit price",
            expect=f"{p:g}" if round(p, 2) != p else money(p),
        )
        s.value(f"E{r}", f"${q * p:,.2f}", path=f"items[{i}].amount", label="Ext. price", expect=money(q * p))
    r = 6 + len(lines) + 1
    lv(
        s,
        f"A{r}",
        "Reason",
        f"B{r}",
        pick(s, "Reels received with wrong label (value mismatch).", "Tape pocket damaged, parts loose."),
        "reason",
        span=f"E{r}",
    )
    lv(
        s,
        f"A{r + 1}",
        "Action",
        f"B{r + 1}",
        pick(s, "Credit", "Replace"),
        "handling",
        expect=pick(s, ["credit"], ["replace"]),
    )


def _return_zht_old(s: Sheet) -> None:
    return_zht_copysheet_body(s, old=True)


def return_zht_copysheet_body(s: Sheet, old: bool = False) -> None:
    def v(new, previous):
        return previous if old else new

    def path(p):
        return None if old else p

    s.text("A1", "退貨單", "E1", size=15)
    lv(s, "A2", "退貨單號", "B2", v("RT-MC-2603-22", "RT-MC-2602-08"), path("number"))
    lv(s, "C2", "退貨日期", "D2", v(D(2026, 3, 19), D(2026, 2, 12)), path("issue_date"), fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶", "B3", v("研華股份有限公司", "舊客戶股份有限公司"), path("customer"))
    lv(s, "C3", "客訴單號", "D3", v("CS-MC-26-014", "CS-MC-26-003"), path("complaint_number"))
    for c, h in zip("ABCDE", ("料號", "品名", "數量", "單價", "金額")):
        s.text(f"{c}5", h, bold=True, shade=True)
    lines = v(
        [("MC-HDR-2X20", "排針 2x20P", 3000, 1.6), ("MC-HDR-1X08", "排針 1x8P", 5000, 0.45)],
        [("MC-OLD-0001", "舊品項", 10, 99.0)],
    )
    for i, (pn, name, q, p) in enumerate(lines):
        r = 6 + i
        s.value(f"A{r}", pn, path=path(f"items[{i}].part_no"), label="料號")
        s.value(f"B{r}", name, path=path(f"items[{i}].part_name"), label="品名")
        s.value(f"C{r}", q, path=path(f"items[{i}].qty_returned"), label="數量", fmt="#,##0")
        s.value(f"D{r}", p, path=path(f"items[{i}].unit_price"), label="單價", fmt="0.00", expect=money(p))
        s.value(
            f"E{r}", q * p, path=path(f"items[{i}].amount"), label="金額", fmt="#,##0.00", expect=money(q * p)
        )
    lv(
        s,
        "A9",
        "退貨原因",
        "B9",
        v("針腳鍍金層厚度不足，客戶鹽霧測試失敗。", "舊原因"),
        path("reason"),
        span="E9",
    )
    lv(s, "A10", "處理方式", "B10", v("重工", "報廢"), path("handling"), expect=None if old else ["rework"])
    lv(s, "C10", "倉管簽收", "D10", v("游淑芬", "舊倉管"), path("warehouse_receiver"))


def return_zht_copysheet(s: Sheet) -> None:
    """退貨單 on ``Sheet1 (2)`` with the HIDDEN FIRST COPY (last month's return note, its values
    still there), saved on a MAC in the 1904 date system."""
    mac(s)
    return_zht_copysheet_body(s)
    old_copy(s, _return_zht_old)


def allowance_zh_formats(s: Sheet) -> None:
    """销货折让证明单 of a distributor: amounts in cells formatted ``#,##0.00" 元"``, 开具日期
    ``[$-804]yyyy"年"m"月"d"日"``, the invoice date typed with its weekday, the tax rate a
    percentage cell holding 0.13, the certificate number in the page HEADER."""
    num = pick(s, "ZR-HX-2603-011", "ZR-HX-2604-026")
    in_header(s, "header", "right", f"证明单号：{num}", "证明单号", "number", num)
    s.text("A1", "销货折让证明单", "E1", size=15)
    lv(
        s,
        "A2",
        "开具日期",
        "B2",
        pick(s, D(2026, 3, 25), D(2026, 4, 27)),
        "issue_date",
        fmt='[$-804]yyyy"年"m"月"d"日"',
    )
    inv = pick(s, D(2026, 3, 4), D(2026, 4, 3))
    lv(s, "C2", "原发票日期", "D2", weekday_zh(inv), "invoice_date", expect=inv.isoformat(), span="E2")
    lv(
        s,
        "A3",
        "购买方",
        "B3",
        pick(s, "杭州海康威视数字技术股份有限公司", "浙江大华技术股份有限公司"),
        "buyer",
        span="C3",
    )
    lv(s, "D3", "纳税人识别号", "E3", pick(s, "91330000733796106P", "913300007324761365"), "buyer_tax_id")
    lv(
        s,
        "A4",
        "原发票号码",
        "B4",
        pick(s, "33012600 02218874", "33012600 02231109"),
        "invoice_no",
        span="C4",
    )
    lv(
        s,
        "D4",
        "税率",
        "E4",
        0.13,
        "tax_rate",
        fmt="0%",
        shown="13% (0.13 shown as a percentage)",
        expect="0.13",
    )
    for c, h in zip("ABCDE", ("货物名称", "数量", "单价", "折让金额", "税额")):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("图像传感器模组 IMX-335", 400, 9.5), ("镜头座 M12", 1500, 0.6), ("红外滤光片", 2000, 0.35)],
        [("补光灯板 IR-850", 600, 3.2)],
    )
    yuan = '#,##0.00" 元"'
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量")
        s.value(
            f"C{r}",
            p,
            path=f"items[{i}].unit_price",
            label="单价",
            fmt=yuan,
            expect=money(p),
            shown=f'{p} (shown "{p:,.2f} 元")',
        )
        s.value(
            f"D{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="折让金额",
            fmt=yuan,
            expect=money(a),
            shown=f'{a} (shown "{a:,.2f} 元")',
        )
        s.value(
            f"E{r}",
            t,
            path=f"items[{i}].tax",
            label="税额",
            fmt=yuan,
            expect=money(t),
            shown=f'{t} (shown "{t:,.2f} 元")',
        )
    r = 7 + len(lines)
    lv(
        s,
        f"A{r}",
        "合计",
        f"D{r}",
        round(net, 2),
        "total_excl_tax",
        fmt=yuan,
        expect=money(net),
        shown=f'{net:.2f} (shown "{net:,.2f} 元")',
        lspan=f"C{r}",
    )
    s.value(
        f"E{r}",
        round(tax, 2),
        path="total_tax",
        label="合计 税额",
        fmt=yuan,
        expect=money(tax),
        shown=f'{tax:.2f} (shown "{tax:,.2f} 元")',
    )
    lv(
        s,
        f"A{r + 1}",
        "价税合计",
        f"B{r + 1}",
        round(net + tax, 2),
        "total",
        fmt=yuan,
        expect=money(net + tax),
        shown=f'{net + tax:.2f} (shown "{net + tax:,.2f} 元")',
        span=f"C{r + 1}",
    )
    lv(s, f"D{r + 1}", "经理", f"E{r + 1}", "宋佳琪", "approved_by_manager")


def allowance_en_mac(s: Sheet) -> None:
    """A Credit Note from a customer's finance team on a MAC (1904 dates shown ``d-mmm-yy``),
    quantities ``#,##0" pcs"``, amounts ``#,##0.00" USD"``, the approver's name a mailto link."""
    mac(s)
    s.text("A1", "CREDIT NOTE", "E1", size=14)
    lv(s, "A2", "Credit note", "B2", "CN-MX-26-0093", "number")
    lv(s, "C2", "Issued", "D2", D(2026, 3, 31), "issue_date", fmt="d-mmm-yy", span="E2")
    lv(s, "A3", "Customer", "B3", "Plexus Corp. (Xiamen)", "buyer", span="C3")
    lv(s, "D3", "Complaint", "E3", "QC-8817", "complaint_number")
    lv(s, "A4", "Invoice", "B4", "INV-MX-260218", "invoice_no")
    lv(s, "C4", "Invoice date", "D4", D(2026, 2, 18), "invoice_date", fmt="d-mmm-yy", span="E4")
    for c, h in zip("ABCDE", ("Item", "Qty", "Price", "Credit", "VAT")):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = (("Keypad membrane KP-12", 3000, 0.42), ("Light guide LG-7", 1800, 0.15))
    usd = '#,##0.00" USD"'
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="Item")
        s.value(
            f"B{r}",
            q,
            path=f"items[{i}].qty",
            label="Qty",
            fmt='#,##0" pcs"',
            shown=f'{q} (shown "{q:,} pcs")',
        )
        s.value(
            f"C{r}",
            p,
            path=f"items[{i}].unit_price",
            label="Price",
            fmt=usd,
            expect=money(p),
            shown=f'{p} (shown "{p:.2f} USD")',
        )
        s.value(
            f"D{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="Credit",
            fmt=usd,
            expect=money(a),
            shown=f'{a} (shown "{a:,.2f} USD")',
        )
        s.value(
            f"E{r}",
            t,
            path=f"items[{i}].tax",
            label="VAT",
            fmt=usd,
            expect=money(t),
            shown=f'{t} (shown "{t:,.2f} USD")',
        )
    lv(
        s,
        "C10",
        "Net",
        "D10",
        round(net, 2),
        "total_excl_tax",
        fmt=usd,
        expect=money(net),
        shown=f'{net:.2f} (shown "{net:,.2f} USD")',
        span="E10",
    )
    lv(
        s,
        "C11",
        "VAT",
        "D11",
        round(tax, 2),
        "total_tax",
        fmt=usd,
        expect=money(tax),
        shown=f'{tax:.2f} (shown "{tax:,.2f} USD")',
        span="E11",
    )
    lv(
        s,
        "C12",
        "Total",
        "D12",
        round(net + tax, 2),
        "total",
        fmt=usd,
        expect=money(net + tax),
        shown=f'{net + tax:.2f} (shown "{net + tax:,.2f} USD")',
        span="E12",
    )
    lv(s, "A13", "Approved", "B13", "Laura Chen", "approved_by_manager")
    link(s, "B13", "mailto:laura.chen@plexus.example")


def allowance_zht_broken(s: Sheet) -> None:
    """營業人銷貨折讓證明單 of a Taiwanese trading company: every label BROKEN BY A LINE BREAK
    and shrunk to fit (``買受人\\n名稱``, ``統一\\n編號``), dates as 上午/下午 date-time text
    (``2026/3/30 下午 04:05:00``)."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "E1", size=13)
    broken(s, "A2", "證明\n單號")
    s.value("B2", "AL-KT-115-0330", path="number", label="證明\n單號")
    broken(s, "C2", "開立\n日期")
    s.value(
        "D2",
        ampm(D(2026, 3, 30), 10, 30),
        path="issue_date",
        label="開立\n日期",
        expect="2026-03-30",
        span="E2",
    )
    broken(s, "A3", "買受人\n名稱")
    s.value("B3", "光寶科技股份有限公司", path="buyer", label="買受人\n名稱")
    broken(s, "C3", "統一\n編號")
    s.value("D3", "97143619", path="buyer_tax_id", label="統一\n編號", span="E3")
    broken(s, "A4", "原發票\n號碼")
    s.value("B4", "RK-30415562", path="invoice_no", label="原發票\n號碼")
    broken(s, "C4", "發票\n日期")
    s.value(
        "D4",
        ampm(D(2026, 3, 6), 15, 50),
        path="invoice_date",
        label="發票\n日期",
        expect="2026-03-06",
        span="E4",
    )
    for c, h in zip("ABCDE", ("品名", "數量", "單價", "金額\n(不含稅)", "營業\n稅額")):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = (("電源供應器 PS-450", 40, 1250.0), ("風扇 FN-12", 200, 85.0))
    net = tax = 0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="數量")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="單價", fmt="#,##0", expect=money(p))
        s.value(
            f"D{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="金額\n(不含稅)",
            fmt="#,##0",
            expect=money(a),
        )
        s.value(f"E{r}", t, path=f"items[{i}].tax", label="營業\n稅額", fmt="#,##0", expect=money(t))
    broken(s, "A9", "合計\n金額")
    s.value("B9", net, path="total_excl_tax", label="合計\n金額", fmt="#,##0", expect=money(net))
    broken(s, "C9", "合計\n稅額")
    s.value("D9", tax, path="total_tax", label="合計\n稅額", fmt="#,##0", expect=money(tax), span="E9")
    broken(s, "A10", "經理")
    s.value("B10", "莊明哲", path="approved_by_manager", label="經理")
    broken(s, "C10", "總經理")
    s.box("D10", "E10")
    absent(s, "總經理", "D10", "", "approved_by_gm")


EXCEL = [
    dict(
        id="complaint-zh-header",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_header,
        sheet="投诉单",
        widths=dict(A=10, B=30, C=10, D=24),
        copy2=True,
        imitates="客户投诉单: the number in the page header, the date received in the footer, labels broken by a line break",
        unmapped=[],
    ),
    dict(
        id="complaint-zht-ampm",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_ampm,
        sheet="客訴單",
        widths=dict(A=12, B=20, C=10, D=20, E=10, F=20),
        imitates="客訴單: 上午/下午 date-time text, the engineer a mailto link, 不良率 stored 0.035",
        unmapped=[],
    ),
    dict(
        id="complaint-en-mac",
        kind="complaint",
        language="en",
        draw=complaint_en_mac,
        sheet="Complaint",
        widths=dict(A=16, B=26, C=16, D=26),
        imitates="a customer's complaint form from a Mac (1904 dates), d-mmm-yy, pcs formats, a superscript in the part name",
        unmapped=[],
    ),
    dict(
        id="8d-zh-copysheet",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_copysheet,
        sheet="Sheet1 (2)",
        widths=dict(A=16, B=26, C=14, D=26),
        copy2=True,
        imitates="8D报告 on Sheet1 (2), the hidden first copy holding last month's report, 年月日 and 件 formats",
        unmapped=[],
    ),
    dict(
        id="8d-en-links",
        kind="8d",
        language="en",
        draw=eightd_en_links,
        sheet="8D",
        widths=dict(A=20, B=28, C=12, D=28),
        imitates="an 8D from a Mac (1904 dates), team members and evidence as hyperlinks, 'Apr 9th, 2026'",
        unmapped=["Evidence"],
    ),
    dict(
        id="8d-zht-header",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_header,
        sheet="8D",
        widths=dict(A=12, B=26, C=10, D=26),
        imitates="8D 報告: the number in the page header, the closing date in the footer, broken labels, a superscript",
        unmapped=[],
    ),
    dict(
        id="return-zh-instructions",
        kind="return",
        language="zh-Hans",
        draw=return_zh_instructions,
        sheet="退货单",
        widths=dict(A=14, B=20, C=12, D=14, E=16, F=24),
        copy2=True,
        imitates="成品退货单 behind a 填写说明 sheet, 件 and 元 number formats",
        unmapped=[],
    ),
    dict(
        id="return-en-kilo",
        kind="return",
        language="en",
        draw=return_en_kilo,
        sheet="RMA",
        widths=dict(A=16, B=24, C=10, D=12, E=14),
        copy2=True,
        imitates="a distributor's RMA: quantities typed 1.2K, 'Mar 5th, 2026', a portal hyperlink",
        unmapped=["Portal"],
    ),
    dict(
        id="return-zht-copysheet",
        kind="return",
        language="zh-Hant",
        draw=return_zht_copysheet,
        sheet="Sheet1 (2)",
        widths=dict(A=16, B=18, C=12, D=12, E=14),
        imitates="退貨單 on Sheet1 (2) with the hidden old copy, from a Mac (1904 dates)",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-formats",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_formats,
        sheet="折让单",
        widths=dict(A=22, B=12, C=14, D=16, E=22),
        copy2=True,
        imitates="销货折让证明单: 元 formats, 年月日 format, weekday date, 13% stored 0.13, number in the header",
        unmapped=[],
    ),
    dict(
        id="allowance-en-mac",
        kind="allowance",
        language="en",
        draw=allowance_en_mac,
        sheet="Credit Note",
        widths=dict(A=24, B=14, C=14, D=16, E=14),
        imitates="a Credit Note from a Mac (1904 dates), pcs and USD formats, a mailto approver",
        unmapped=[],
    ),
    dict(
        id="allowance-zht-broken",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_broken,
        sheet="折讓單",
        widths=dict(A=14, B=22, C=10, D=14, E=14),
        imitates="折讓證明單 with every label broken by a line break and shrunk to fit, 上午/下午 date-times",
        unmapped=[],
    ),
]


# =============================================================================== sent as PDF only
def _widget(writer, page, name: str, rect: tuple[float, float, float, float], value: str):
    """A text form field (AcroForm widget) holding ``value`` with its appearance (Helvetica)."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    x0, y0, x1, y1 = rect
    esc = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ap = StreamObject()
    ap.set_data(
        f"/Tx BMC q BT /Helv 9 Tf 0 g 2 {(y1 - y0) / 2 - 3:.1f} Td ({esc}) Tj ET Q EMC".encode("latin-1")
    )
    ap.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(x1 - x0), FloatObject(y1 - y0)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): writer._helv})}
            ),
        }
    )
    widget = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject(name),
            NameObject("/V"): TextStringObject(value),
            NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 g"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/F"): NumberObject(4),
            NameObject("/P"): page.indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(ap)}),
        }
    )
    return writer._add_object(widget)


def fill_acroform(path: Path, widgets: list[tuple[str, tuple, str]]) -> None:
    """The printed page made a FILLABLE PDF: each value a form field's ``/V`` and its widget's
    appearance, none in the page's own text (a customer's PDF form filled in Acrobat)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(path))
    page = writer.pages[0]
    helv = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    writer._helv = writer._add_object(helv)
    refs = [_widget(writer, page, name, rect, value) for name, rect, value in widgets]
    page[NameObject("/Annots")] = ArrayObject(list(page.get("/Annots", [])) + refs)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(refs),
            NameObject("/NeedAppearances"): BooleanObject(False),
            NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 g"),
            NameObject("/DR"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): writer._helv})}
            ),
        }
    )
    with open(path, "wb") as fh:
        writer.write(fh)


def complaint_en_acroform(f: PdfDraw) -> None:
    """A customer's Supplier Corrective Action Request as a FILLABLE PDF filled in Acrobat:
    the labels and boxes are page text, every value lives in a form field's widget (``/V``
    and its appearance), none in the page's text layer."""
    f.text(15, 18, "SUPPLIER CORRECTIVE ACTION REQUEST", 14, bold=True)
    f.text(15, 24, "Fill in the fields electronically and return within 24 h.", 8)
    rows = [
        ("SCAR No.", "scar_no", pick(f, "SCAR-LX-260308", "SCAR-LX-260417"), "number", None),
        (
            "Date issued",
            "issued",
            pick(f, "03/08/2026", "04/17/2026"),
            "received_date",
            pick(f, "2026-03-08", "2026-04-17"),
        ),
        ("Customer", "customer", pick(f, "Lennox International", "Carrier Corporation"), "customer", None),
        ("Part number", "pn", pick(f, "LX-MTR-1/3HP", "CR-FAN-0722"), "part_no", None),
        (
            "Part description",
            "pdesc",
            pick(f, "Blower motor 1/3 HP", "Condenser fan blade 22 in"),
            "part_name",
            None,
        ),
        ("Quantity shipped", "shipped", pick(f, "6,000", "2,500"), "ship_qty", pick(f, 6000, 2500)),
        ("Quantity rejected", "rejected", pick(f, "118", "31"), "defect_qty", pick(f, 118, 31)),
        ("Lot / date code", "lot", pick(f, "DC 2607", "DC 2611"), "lot_no", None),
        (
            "Nonconformance",
            "nc",
            pick(f, "Bearing noise at start-up, 118 motors.", "Blade pitch out of tolerance."),
            "description",
            None,
        ),
        (
            "Containment",
            "containment",
            pick(f, "Sort all stock at 2 DCs.", "Hold and re-measure WIP."),
            "short_term_action",
            None,
        ),
        ("Requested by", "requester", pick(f, "Brian Kowalski", "Megan Price"), "reporter", None),
    ]
    f.__dict__.setdefault("widgets", [])
    y = 34
    for lab, name, raw, path, exp in rows:
        f.text(15, y, lab, 9)
        f.pdf.rect(60, y - 5, 130, 7)
        if not f.blank:
            top = 841.89 - (y - 5) * 72 / 25.4
            f.widgets.append((name, (60 * 72 / 25.4, top - 7 * 72 / 25.4, 190 * 72 / 25.4, top), raw))
            f.fields.append(
                {
                    "label": lab,
                    "cell": f"acroform!{name}",
                    "value": raw,
                    "path": path,
                    "expect": raw if exp is None else exp,
                    "note": "in a form field (AcroForm), not in the page text",
                }
            )
        y += 10
    f.text(15, y, "Root cause (supplier)", 9)
    f.pdf.rect(60, y - 5, 130, 7)
    pdf_absent(f, "Root cause (supplier)", "acroform!root", "", "root_cause")


def return_zht_glyphs(f: PdfDraw) -> None:
    """退貨單 printed by an old label-printer driver: the text DRAWN GLYPH BY GLYPH (each
    character its own positioned run, spaced a little wider than the font), no lines."""
    f = CjkDraw.of(f)

    def glyphs(x: float, y: float, text: str, size: float = 9) -> None:
        f.pdf.set_font("wqy", "", size)
        for ch in text:
            f.pdf.text(x, y, ch)
            x += f.pdf.get_string_width(ch) + 0.25

    def val(x, y, raw, path, lab, expect=None):
        if f.blank:
            return
        glyphs(x, y, raw)
        if path:
            f.fields.append(
                {
                    "label": lab,
                    "cell": f"p1!{x:g},{y:g}",
                    "value": raw,
                    "path": path,
                    "expect": raw if expect is None else expect,
                    "note": "drawn glyph by glyph",
                }
            )

    glyphs(85, 16, "退 貨 單", 14)
    glyphs(15, 28, "單號")
    val(35, 28, "RT-GL-2603-31", "number", "單號")
    glyphs(110, 28, "日期")
    val(130, 28, "2026/03/24", "issue_date", "日期", "2026-03-24")
    glyphs(15, 36, "客戶")
    val(35, 36, "群創光電股份有限公司", "customer", "客戶")
    glyphs(110, 36, "客訴單號")
    val(130, 36, "CS-GL-26-019", "complaint_number", "客訴單號")
    for x, h in ((15, "料號"), (60, "品名"), (110, "數量"), (135, "單價"), (165, "金額")):
        glyphs(x, 48, h)
    lines = (
        ("GL-BLU-0156", "背光模組 15.6 吋", 120, 310.0),
        ("GL-FPC-0156", "軟板 FPC-156", 400, 22.5),
        ("GL-SCR-M2", "螺絲 M2x4", 2000, 0.3),
    )
    for i, (pn, name, q, p) in enumerate(lines):
        y = 56 + 7 * i
        val(15, y, pn, f"items[{i}].part_no", "料號")
        val(60, y, name, f"items[{i}].part_name", "品名")
        val(110, y, f"{q:,}", f"items[{i}].qty_returned", "數量", q)
        val(135, y, f"{p:.2f}", f"items[{i}].unit_price", "單價", money(p))
        val(165, y, f"{q * p:,.2f}", f"items[{i}].amount", "金額", money(q * p))
    glyphs(15, 84, "退貨原因")
    val(40, 84, "背光亮度不均，客戶判退。", "reason", "退貨原因")
    glyphs(15, 92, "處理")
    val(40, 92, "換貨", "handling", "處理", ["replace"])
    glyphs(110, 92, "倉庫簽收")
    val(135, 92, "簡志偉", "warehouse_receiver", "倉庫簽收")


def eightd_en_docx_header(f: DocForm) -> None:
    """An 8D written in Word whose report number, revision and customer sit in the SECTION
    HEADER (repeated on every page) and whose approval line is in the FOOTER; the body is a
    two-column table of the disciplines."""
    sec = f.doc.sections[0]
    num = pick(f, "8D-WD-26-0077", "8D-WD-26-0102")
    head = sec.header.paragraphs[0]
    head.text = (
        f"8D Report No.: {num}    Customer: {pick(f, 'Schneider Electric (Wuxi)', 'ABB Xiamen Switchgear')}"
        if not f.blank
        else "8D Report No.:    Customer:"
    )
    foot = sec.footer.paragraphs[0]
    foot.text = (
        f"Approved by: {pick(f, 'Helen Zhao', 'Helen Zhao')}    Date closed: {pick(f, '2026-04-08', '2026-05-19')}"
        if not f.blank
        else "Approved by:    Date closed:"
    )
    if not f.blank:
        for lab, raw, path, exp in (
            ("8D Report No.", num, "number", None),
            ("Customer", pick(f, "Schneider Electric (Wuxi)", "ABB Xiamen Switchgear"), "customer", None),
            ("Approved by", pick(f, "Helen Zhao", "Helen Zhao"), "closure.approved_by", None),
            ("Date closed", pick(f, "2026-04-08", "2026-05-19"), "closure.closed_date", None),
        ):
            f.fields.append(
                {
                    "label": lab,
                    "cell": "header" if path in ("number", "customer") else "footer",
                    "value": raw,
                    "path": path,
                    "expect": raw if exp is None else exp,
                    "note": "in the page header" if path in ("number", "customer") else "in the page footer",
                }
            )
    f.heading("8D PROBLEM SOLVING REPORT")
    rows = [
        ("Opened", pick(f, "2026-03-13", "2026-04-20"), "opened_date", None),
        ("Part number", pick(f, "SE-CB-C16", "ABB-CT-400"), "part_no", None),
        ("D1 Team", pick(f, "Tom Wu, Iris He, Ken Lo", "Tom Wu, Ken Lo"), None, None),
        (
            "D2 Problem",
            pick(f, "Breaker trips below rated current, 27 pcs.", "CT ratio error out of class 0.5."),
            "problem.statement",
            None,
        ),
        (
            "D3 Containment",
            pick(f, "Recalibrate all 1,400 pcs in stock.", "Test all stock on the ratio bench."),
            "containment[0].action",
            None,
        ),
        (
            "D4 Root cause",
            pick(f, "Bimetal strip supplier changed alloy.", "Core annealing temperature drift."),
            "root_cause[type=occurrence].cause",
            None,
        ),
        (
            "D5 Corrective action",
            pick(f, "Alloy certificate checked each lot.", "Furnace profile logged and alarmed."),
            "corrective_actions[0].action",
            None,
        ),
    ]
    t = f.table(len(rows), 2, [45, 135])
    for i, (lab, raw, path, exp) in enumerate(rows):
        f.put(t, i, 0, lab, shade=True, bold=True)
        f.value(t, i, 1, raw, path=path, label=lab, expect=exp)
    if not f.blank:
        for name in pick(f, ["Tom Wu", "Iris He", "Ken Lo"], ["Tom Wu", "Ken Lo"]):
            f.fields.append(
                {
                    "label": "D1 Team",
                    "cell": "T1!R3C2",
                    "value": pick(f, "Tom Wu, Iris He, Ken Lo", "Tom Wu, Ken Lo"),
                    "path": "team[*].name",
                    "expect": name,
                }
            )


def allowance_zh_chromium_weekday(f: HtmlForm) -> str:
    """销货折让证明单 shown by a customer's finance portal and printed by Chromium: dates with the
    weekday (``2026年3月26日 星期四``), amounts ``1,250.00 元``, the buyer's e-mail a mailto link,
    ``件`` after each quantity, 经理 left empty."""
    d, inv = D(2026, 3, 26), D(2026, 3, 3)
    f.raw("<h2>销货折让证明单</h2><table class='kv'>")
    pairs = [
        ("证明单号", "ZR-PT-20260326-04", "number", None),
        ("开具日期", weekday_zh(d).replace("(", " ").replace(")", ""), "issue_date", d.isoformat()),
        ("购买方名称", "TCL华星光电技术有限公司", "buyer", None),
        ("纳税人识别号", "91440300595600541M", "buyer_tax_id", None),
        ("原发票号码", "44032600 07715320", "invoice_no", None),
        ("原发票日期", weekday_zh(inv).replace("(", " ").replace(")", ""), "invoice_date", inv.isoformat()),
    ]
    kv_rows(f, pairs)
    f.raw("<tr><th>联系人邮箱</th><td><a href='mailto:ap@csot.example'>ap@csot.example</a></td></tr></table>")
    f.raw(
        "<table class='items'><tr><th>货物名称</th><th>数量</th><th>单价</th><th>折让金额</th><th>税额</th></tr>"
    )
    lines = (("偏光片 POL-55", 1200, 3.5), ("驱动 IC DR-9", 800, 2.75))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        a, t = q * p, round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        f.raw(
            "<tr>"
            f"<td>{f.val(name, path=f'items[{i}].name', label='货物名称')}</td>"
            f"<td>{f.val(f'{q:,} 件', path=f'items[{i}].qty', label='数量', expect=q)}</td>"
            f"<td>{f.val(f'{p:.2f} 元', path=f'items[{i}].unit_price', label='单价', expect=money(p))}</td>"
            f"<td>{f.val(f'{a:,.2f} 元', path=f'items[{i}].allowance_amount', label='折让金额', expect=money(a))}</td>"
            f"<td>{f.val(f'{t:,.2f} 元', path=f'items[{i}].tax', label='税额', expect=money(t))}</td></tr>"
        )
    f.raw(
        f"<tr><th colspan='3'>合计</th><td>{f.val(f'{net:,.2f} 元', path='total_excl_tax', label='合计', expect=money(net))}</td>"
        f"<td>{f.val(f'{tax:,.2f} 元', path='total_tax', label='合计 税额', expect=money(tax))}</td></tr></table>"
    )
    f.raw(
        f"<p>价税合计：{f.val(f'{net + tax:,.2f} 元', path='total', label='价税合计', expect=money(net + tax))}　"
        f"经理：{f.val('', path='approved_by_manager', label='经理')}</p>"
    )
    pdf_absent(f, "经理", "html!manager", "", "approved_by_manager")
    return f.page(
        "销货折让证明单",
        "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:92%}"
        "th,td{border:1px solid #444;padding:4px}table.kv th{width:25%;background:#f2f2f2;text-align:left}"
        "table.items th{background:#e8eef8}p{margin:10px}",
    )


SENT_AS_PDF = [
    dict(
        id="complaint-en-acroform",
        kind="complaint",
        language="en",
        medium="fpdf",
        draw=complaint_en_acroform,
        copy2=True,
        after_print=lambda path, form: fill_acroform(path, form.widgets),
        imitates="a customer's SCAR as a fillable PDF (AcroForm) filled in Acrobat: the values only in form fields",
        unmapped=["Root cause (supplier)"],
    ),
    dict(
        id="return-zht-glyphs",
        kind="return",
        language="zh-Hant",
        medium="fpdf",
        draw=return_zht_glyphs,
        imitates="退貨單 printed by an old driver: every character its own positioned run",
        unmapped=[],
    ),
    dict(
        id="8d-en-docx-header",
        kind="8d",
        language="en",
        medium="docx",
        draw=eightd_en_docx_header,
        imitates="an 8D in Word: number and customer in the section header, approval in the footer",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-chromium-weekday",
        kind="allowance",
        language="zh-Hans",
        medium="html",
        draw=allowance_zh_chromium_weekday,
        imitates="销货折让证明单 on a finance portal printed by Chromium: weekday dates, 元 after every amount",
        unmapped=["联系人邮箱"],
    ),
]


# =============================================================================== odd files
ODD = {
    "return-ods-renamed.xlsx": "an OpenDocument spreadsheet (LibreOffice's .ods) a colleague renamed .xlsx: a zip, but no workbook part in it; a clear error, never a record",
    "complaint-html-export.xlsx": "an ERP's 'Export to Excel' that writes an HTML table under an Excel name: not a workbook; a clear error, never a record",
}

_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="退货单">{rows}</table:table></office:spreadsheet></office:body></office:document-content>
"""


def _ods_row(*cells: str) -> str:
    return (
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
            for c in cells
        )
        + "</table:table-row>"
    )


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd_expected(out, ODD)
    rows = "".join(
        _ods_row(*r)
        for r in (
            ("成品退货单",),
            ("退货单号", "TH-2603-0301", "退货日期", "2026-03-20"),
            ("客户", "海尔智家股份有限公司"),
            ("物料编码", "物料名称", "数量", "单价", "金额"),
            ("HR-DR-07", "门封条", "300", "5.20", "1560.00"),
            ("退货原因", "门封条变形"),
        )
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>\n'
    )
    with zipfile.ZipFile(out / "odd" / "return-ods-renamed.xlsx", "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype", date_time=WHEN), "application/vnd.oasis.opendocument.spreadsheet"
        )
        for name, data in (
            ("content.xml", _ODS_CONTENT.format(rows=rows)),
            ("META-INF/manifest.xml", manifest),
        ):
            z.writestr(zipfile.ZipInfo(name, date_time=WHEN), data, compress_type=zipfile.ZIP_DEFLATED)
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table border="1">'
        "<tr><td>投诉单号</td><td>KS-ERP-260306-02</td><td>投诉日期</td><td>2026-03-06</td></tr>"
        "<tr><td>客户名称</td><td>长虹美菱股份有限公司</td><td>物料编码</td><td>ML-CMP-118</td></tr>"
        "<tr><td>不良数量</td><td>42</td><td>不良描述</td><td>压缩机启动异响</td></tr>"
        "</table></body></html>\n"
    )
    (out / "odd" / "complaint-html-export.xlsx").write_text(html, encoding="utf-8")


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twelfth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
