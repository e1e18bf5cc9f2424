"""Write the thirteenth held-out set (run: ``python tests/holdout13/make_holdout13.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: STRIKETHROUGH CORRECTIONS (the old value struck through and the
new one beside it, in the same cell as rich text or in the next cell), a MULTI-PAGE print whose
table header repeats (print titles; ``续表`` on page 2 of a WMS page), FORMULAS WITH NO CACHED
VALUE (a workbook written by a script) and formulas whose CACHED VALUE IS STALE, a MACRO-ENABLED
workbook (``vbaProject.bin``) renamed ``.xlsx``, COLLAPSED OUTLINE ROWS holding the old revision's
values, DATES WITHOUT A YEAR (``4月12日``, ``3/24``: the year only in the form number), a
DATE RANGE in one cell and the TIME in a separate cell, amounts with the CURRENCY in the value
(``RMB 1,234.50元``, ``NT$``), EUROPEAN separators (``1.234,50``), QUANTITIES WITH THEIR UNIT
(``2,400 PCS``, ``3箱(每箱100pcs)``) or a unit column, JAPANESE labels beside Chinese,
PLACEHOLDERS left in the template (``请输入``, ``<Customer name>``, ``XXXX``, ``____``, ``N/A``),
CHECK MARKS as ``■``/``□``/``✓`` characters, LIGATURES (``ﬁ``, ``ﬂ``) in English text, a PDF
page CROPPED (CropBox smaller than MediaBox: a draft's values outside the visible box).
``odd/`` holds files that must give a clear error (Excel's ``~$`` owner lock file; a OneDrive
placeholder never downloaded: 0 bytes).

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Output in the format of ``tests/holdout12`` (see its README). Deterministic for the xlsx/json
files; the PDFs need ``soffice``, Chromium, fpdf2 and pypdf (``--no-pdf`` skips them; ``--out
DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "holdout8"))

from holdout_kit import (  # noqa: E402
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    cache,
    field,
    kv,
    label,
    lv,
    members,
    money,
    odd_expected,
    pdf_absent,
    pick,
    plain,
    run,
)
from make_holdout8 import CjkDraw  # noqa: E402

D = dt.date
SOURCE = dict(origin="thirteenth held-out imitation", source="tests/holdout13/make_holdout13.py")
WHEN = (2026, 12, 2, 9, 0, 0)


# =============================================================================== how clerks type
def struck(s: Sheet, ref: str, old: str, new: str, lab: str, path: str, expect=None, sep: str = " ") -> None:
    """A correction in one cell: the old value in a STRIKETHROUGH run, the new one after it.
    The plain text holds both; the record must hold the new one only."""
    s.box(ref)
    if s.blank:
        return
    s.ws[ref].value = CellRichText(TextBlock(InlineFont(strike=True), old), f"{sep}{new}")
    field(
        s,
        lab,
        ref,
        f"{old}{sep}{new} ({old} struck through)",
        path,
        new if expect is None else expect,
        note="strikethrough correction: the struck run is the old value",
    )


def struck_cell(s: Sheet, ref: str, old: str) -> None:
    """The old value left in its cell with the whole cell struck through; the new one is in the
    next cell (the clerk's correction, kept for the audit)."""
    s.box(ref)
    if not s.blank:
        s.ws[ref].value = old
        s.ws[ref].font = Font(strike=True, size=10)


def placeholder(s: Sheet, lref: str, text: str, ref: str, hint: str, path: str) -> None:
    """A template's placeholder (``请输入``, ``<Customer name>``, ``XXXX``) left where the clerk
    wrote nothing: in the blank AND the filled copy; never a value."""
    label(s, lref, text)
    s.box(ref)
    s.ws[ref].value = hint
    absent(s, text, ref, hint, path)


def collapsed(s: Sheet, first: int, last: int) -> None:
    """Rows grouped and collapsed (outline level 1, hidden): the old revision kept under the new."""
    for r in range(first, last + 1):
        s.ws.row_dimensions[r].outlineLevel = 1
        s.ws.row_dimensions[r].hidden = True
    s.ws.sheet_properties.outlinePr.summaryBelow = False


def macro_enabled(path: Path, sheet: Sheet) -> None:
    """A macro-enabled workbook (.xlsm: ``vbaProject.bin``, the macroEnabled content type) a
    colleague renamed ``.xlsx`` so the mail server would let it through."""
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504  # an OLE header; the macros are not run
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
                )
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("xl/vbaProject.bin", date_time=WHEN), vba)


# =============================================================================== Excel layouts
def complaint_zh_strike(s: Sheet) -> None:
    """客户抱怨处理单 of a stamping plant, corrected by hand before sending: the defect quantity
    and the lot STRUCK THROUGH and retyped in the same cell (rich text), quantities typed with
    their unit (``2,400 PCS``), the template's ``请输入`` left in the supervisor's box."""
    s.text("A1", "客户抱怨处理单", "D1", size=15)
    lv(s, "A2", "抱怨单号", "B2", pick(s, "KB-CY-2603-017", "KB-CY-2604-009"), "number")
    lv(s, "C2", "接收日期", "D2", pick(s, D(2026, 3, 17), D(2026, 4, 8)), "received_date")
    lv(
        s,
        "A3",
        "客户名称",
        "B3",
        pick(s, "美的集团武汉制冷设备有限公司", "格力电器(合肥)有限公司"),
        "customer",
        span="D3",
    )
    lv(s, "A4", "料号", "B4", pick(s, "CY-BKT-3307", "CY-CLP-1120"), "part_no")
    lv(s, "C4", "品名", "D4", pick(s, "压缩机安装支架", "管路固定夹"), "part_name")
    label(s, "A5", "批号")
    struck(s, "B5", pick(s, "CY260301", "CY260322"), pick(s, "CY260302", "CY260323"), "批号", "lot_no")
    lv(s, "C5", "交货数量", "D5", pick(s, "2,400 PCS", "6,000 PCS"), "ship_qty", expect=pick(s, 2400, 6000))
    label(s, "A6", "不良数量")
    struck(
        s,
        "B6",
        pick(s, "40", "15"),
        pick(s, "37 PCS", "18 PCS"),
        "不良数量",
        "defect_qty",
        expect=pick(s, 37, 18),
    )
    lv(s, "C6", "出货日期", "D6", pick(s, D(2026, 3, 9), D(2026, 3, 30)), "ship_date")
    lv(
        s,
        "A7",
        "不良描述",
        "B7",
        pick(s, "支架折弯处开裂，客户装配时发现 37 件。", "固定夹毛刺超标 18 件。"),
        "description",
        span="D7",
    )
    lv(
        s,
        "A8",
        "临时对策",
        "B8",
        pick(s, "库存 1,200 件全检，不良品隔离。", "在库品全数去毛刺。"),
        "short_term_action",
        span="D8",
    )
    lv(s, "A9", "填写人", "B9", "邹海燕", "reporter")
    placeholder(s, "C9", "业务主管", "D9", "请输入", "sales_supervisor")


def complaint_zht_noyear(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese connector maker: dates typed WITHOUT A YEAR (``4月12日``, ``4/2``;
    the year only in the number ``CS-2026-…``), the time received in its own cell beside the
    date, the disposition ticked with ``■``/``□`` characters."""
    s.text("A1", "客訴處理單", "F1", size=15)
    num = pick(s, "CS-2026-0412-03", "CS-2026-0506-01")
    rec = pick(s, D(2026, 4, 12), D(2026, 5, 6))
    lv(s, "A2", "客訴編號", "B2", num, "number")
    lv(s, "C2", "收件日期", "D2", f"{rec.month}月{rec.day}日", "received_date", expect=rec.isoformat())
    lv(s, "E2", "時間", "F2", pick(s, "14:20", "09:05"), None)
    lv(
        s,
        "A3",
        "客戶",
        "B3",
        pick(s, "和碩聯合科技股份有限公司", "仁寶電腦工業股份有限公司"),
        "customer",
        span="D3",
    )
    shp = pick(s, D(2026, 4, 2), D(2026, 4, 28))
    lv(s, "E3", "出貨日", "F3", f"{shp.month}/{shp.day}", "ship_date", expect=shp.isoformat())
    lv(s, "A4", "料號", "B4", pick(s, "CN-USB-C24", "CN-HDM-19"), "part_no")
    lv(s, "C4", "品名", "D4", pick(s, "USB-C 母座 24P", "HDMI 連接器 19P"), "part_name")
    lv(s, "E4", "不良數", "F4", pick(s, 86, 240), "defect_qty")
    lv(s, "A5", "出貨數", "B5", pick(s, 20000, 48000), "ship_qty", fmt="#,##0")
    lv(s, "C5", "批號", "D5", pick(s, "2614A", "2617C"), "lot_no")
    lv(
        s,
        "A6",
        "異常描述",
        "B6",
        pick(s, "端子共面度不良，SMT 空焊 86 件。", "外殼變形，插拔力不足 240 件。"),
        "description",
        span="F6",
    )
    lv(s, "A7", "處置", "B7", pick(s, "■退貨　□重工　□特採", "□退貨　■重工　□特採"), None, span="F7")
    lv(
        s,
        "A8",
        "真因分析",
        "B8",
        pick(s, "端子整形治具磨耗。", "外殼沖壓模具間隙過大。"),
        "root_cause",
        span="F8",
    )
    lv(s, "A9", "承辦人", "B9", "黃怡君", "reporter")
    cls = pick(s, D(2026, 4, 24), D(2026, 5, 20))
    lv(s, "C9", "結案日", "D9", f"{cls.month}月{cls.day}日", "closed_date", expect=cls.isoformat())


def complaint_en_xlsm(s: Sheet) -> None:
    """A US customer's Quality Complaint workbook with a macro (an .xlsm renamed ``.xlsx``): the
    defect rate a FORMULA with no cached value (the macro fills it on open), ``<Customer name>``
    and ``N/A`` placeholders left in the template."""
    s.text("A1", "QUALITY COMPLAINT", "D1", size=14)
    lv(s, "A2", "Complaint No.", "B2", "QC-26-0219", "number")
    lv(s, "C2", "Received", "D2", D(2026, 2, 19), "received_date", fmt="mm/dd/yyyy")
    lv(s, "A3", "Customer", "B3", "Emerson Climate Technologies", "customer", span="D3")
    lv(s, "A4", "Part No.", "B4", "EM-VLV-0410", "part_no")
    lv(s, "C4", "Description", "D4", "Expansion valve body", "part_name")
    lv(s, "A5", "Qty shipped", "B5", 3200, "ship_qty")
    lv(s, "C5", "Qty rejected", "D5", 48, "defect_qty")
    label(s, "A6", "Reject rate")
    s.box("B6")
    s.ws["B6"].value = "=D5/B5"
    s.ws["B6"].number_format = "0.00%"
    lv(s, "C6", "Lot / Date code", "D6", "DC2605", "lot_no")
    lv(
        s,
        "A7",
        "Problem",
        "B7",
        "Brazing joint leaks at 2.8 MPa; 48 pcs failed the helium test.",
        "description",
        span="D7",
    )
    lv(
        s,
        "A8",
        "Containment",
        "B8",
        "Sort all stock at the hub; ship from lot DC2609 only.",
        "short_term_action",
        span="D8",
    )
    lv(s, "A9", "Reported by", "B9", "Jason Whitaker", "reporter")
    placeholder(s, "C9", "Closed on", "D9", "N/A", "closed_date")
    placeholder(s, "A10", "Account manager", "B10", "<Customer name>", "sales_supervisor")


def eightd_zh_outline(s: Sheet) -> None:
    """8D 报告 revised in place: the first revision's D4/D5 rows GROUPED AND COLLAPSED (hidden
    outline rows still holding the old root cause and action) above the current ones."""
    s.text("A1", "8D 问题解决报告", "D1", size=14)
    lv(s, "A2", "报告编号", "B2", pick(s, "8D-HX-2603-08", "8D-HX-2604-15"), "number")
    lv(s, "C2", "开启日期", "D2", pick(s, D(2026, 3, 12), D(2026, 4, 20)), "opened_date")
    lv(s, "A3", "客户", "B3", pick(s, "比亚迪汽车工业有限公司", "吉利汽车研究院"), "customer")
    lv(s, "C3", "零件号", "D3", pick(s, "HX-HRN-220", "HX-SNS-031"), "part_no")
    team = pick(s, ["何志远", "孙倩", "戴军"], ["何志远", "孙倩"])
    lv(s, "A4", "D1 小组成员", "B4", "、".join(team), None, span="D4")
    members(s, "D1 小组成员", "B4", "、".join(team), team)
    lv(
        s,
        "A5",
        "D2 问题描述",
        "B5",
        pick(s, "线束端子压接不良，整车电检 22 台报故障。", "传感器插头松脱 9 件。"),
        "problem.statement",
        span="D5",
    )
    lv(
        s,
        "A6",
        "D3 围堵措施",
        "B6",
        pick(s, "在库线束 3,000 根拉拔力全检。", "在库传感器插拔力全检。"),
        "containment[0].action",
        span="D6",
    )
    plain(s, "A7", "（第一版，已作废）", "D7")
    lv(
        s,
        "A8",
        "D4 根本原因",
        "B8",
        "" if s.blank else pick(s, "初判：端子来料尺寸超差。", "初判：插头卡扣来料不良。"),
        None,
        span="D8",
    )
    lv(s, "A9", "D5 纠正措施", "B9", "" if s.blank else "加严来料检验。", None, span="D9")
    collapsed(s, 7, 9)
    lv(
        s,
        "A10",
        "D4 根本原因",
        "B10",
        pick(s, "压接机压高设定漂移，首件未复测。", "卡扣注塑保压不足。"),
        "root_cause[type=occurrence].cause",
        span="D10",
    )
    lv(
        s,
        "A11",
        "D5 纠正措施",
        "B11",
        pick(s, "压接高度纳入 SPC，每 2 小时抽测。", "保压时间由 3s 改为 5s。"),
        "corrective_actions[0].action",
        span="D11",
    )
    lv(s, "A12", "结案日期", "B12", pick(s, D(2026, 4, 10), D(2026, 5, 22)), "closure.closed_date")
    lv(s, "C12", "批准", "D12", "彭建华", "closure.approved_by")


def eightd_zht_japanese(s: Sheet) -> None:
    """不具合對策報告書 for a Japanese customer: every label JAPANESE above its Chinese (``品番 /
    料號``, ``発生日 / 發生日``), dates ``2026年3月18日``, a time range of the containment in one
    cell (``3/18~3/20``)."""
    s.text("A1", "不具合対策報告書 / 8D 報告", "D1", size=14)
    lv(s, "A2", "報告書番号 / 報告編號", "B2", "8D-TY-26-031", "number")
    lv(s, "C2", "発行日 / 開立日", "D2", "2026年3月18日", "opened_date", expect="2026-03-18")
    lv(s, "A3", "顧客名 / 客戶", "B3", "デンソー台湾 (台灣電綜)", "customer")
    lv(s, "C3", "品番 / 料號", "D3", "TY-SEN-4410", "part_no")
    lv(s, "A4", "不具合数 / 不良數", "B4", 64, "problem.qty_complained")
    lv(s, "C4", "対策チーム / 小組", "D4", "林俊傑、陳美玲", None)
    for t in ("林俊傑", "陳美玲"):
        if not s.blank:
            field(s, "対策チーム / 小組", "D4", "林俊傑、陳美玲", "team[*].name", t)
    lv(
        s,
        "A5",
        "不具合内容 / 問題描述",
        "B5",
        "溫度感測器輸出漂移 ±2℃，客戶進料檢驗 64 件不合格。",
        "problem.statement",
        span="D5",
    )
    lv(
        s,
        "A6",
        "暫定対策 / 圍堵 (3/18~3/20)",
        "B6",
        "3/18~3/20 庫存品全數重測，不良品隔離。",
        "containment[0].action",
        span="D6",
    )
    lv(
        s,
        "A7",
        "真因 / 根本原因",
        "B7",
        "熱敏電阻焊點虛焊，回焊爐溫曲線偏低。",
        "root_cause[type=occurrence].cause",
        span="D7",
    )
    lv(
        s,
        "A8",
        "恒久対策 / 永久對策",
        "B8",
        "回焊爐溫每班量測並記錄，增加 X-ray 抽檢。",
        "corrective_actions[0].action",
        span="D8",
    )
    lv(s, "A9", "承認 / 核准", "B9", "吳建宏", "closure.approved_by")
    lv(s, "C9", "完了日 / 結案日", "D9", "2026年4月15日", "closure.closed_date", expect="2026-04-15")


def eightd_en_strike(s: Sheet) -> None:
    """An 8D from an EMS supplier, corrected for the customer's audit: the old target date and
    root cause left in their cells STRUCK THROUGH, the new ones in the next column; ``____``
    left on the approval line."""
    s.text("A1", "8D PROBLEM SOLVING REPORT", "E1", size=14)
    lv(s, "A2", "8D No.", "B2", pick(s, "8D-EMS-0321", "8D-EMS-0417"), "number")
    lv(s, "C2", "Opened", "D2", pick(s, D(2026, 3, 21), D(2026, 4, 17)), "opened_date", fmt="dd-mmm-yyyy")
    lv(s, "A3", "Customer", "B3", pick(s, "Schneider Electric", "ABB Drives"), "customer")
    lv(s, "C3", "P/N", "D3", pick(s, "PCBA-7731-R3", "PCBA-2208-R1"), "part_no")
    lv(
        s,
        "A4",
        "Team",
        "B4",
        pick(s, "Alan Cheng; Mei Lin; Raj Patel", "Alan Cheng; Raj Patel"),
        None,
        span="E4",
    )
    if not s.blank:
        for t in pick(s, ["Alan Cheng", "Mei Lin", "Raj Patel"], ["Alan Cheng", "Raj Patel"]):
            field(
                s,
                "Team",
                "B4",
                pick(s, "Alan Cheng; Mei Lin; Raj Patel", "Alan Cheng; Raj Patel"),
                "team[*].name",
                t,
            )
    lv(
        s,
        "A5",
        "D2 Problem",
        "B5",
        pick(s, "Intermittent reset at power-up, 31 boards.", "Relay chatter on 12 boards."),
        "problem.statement",
        span="E5",
    )
    lv(
        s,
        "A6",
        "D3 Containment",
        "B6",
        pick(s, "100% burn-in of WIP and finished goods.", "Relay lot quarantined."),
        "containment[0].action",
        span="E6",
    )
    label(s, "A7", "D4 Root cause")
    struck_cell(s, "B7", pick(s, "Firmware timing", "Relay supplier"))
    s.value(
        "C7",
        pick(s, "Cracked MLCC C14 from depaneling stress.", "Coil driver diode reversed at placement."),
        path="root_cause[type=occurrence].cause",
        label="D4 Root cause",
        span="E7",
    )
    label(s, "A8", "Target close")
    struck_cell(s, "B8", pick(s, "04-Apr-2026", "01-May-2026"))
    s.value(
        "C8",
        pick(s, D(2026, 4, 18), D(2026, 5, 15)),
        path="target_close_date",
        label="Target close",
        fmt="dd-mmm-yyyy",
        span="E8",
    )
    lv(
        s,
        "A9",
        "D5 Actions",
        "B9",
        pick(s, "Router depaneling replaces V-cut; strain gauge check.", "Polarity AOI check added."),
        "corrective_actions[0].action",
        span="E9",
    )
    placeholder(s, "A10", "Approved by", "B10", "____________", "closure.approved_by")


def return_zh_pages(s: Sheet) -> None:
    """成品退货单 of a furniture-hardware plant printed on TWO PAGES: the item table's header rows
    repeat as PRINT TITLES on page 2, the lines continue there, the sign-off on the last page;
    quantities typed as cartons (``3箱(每箱100pcs)`` = 300)."""
    s.text("A1", "成品退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-JJ-2603-22", "TH-JJ-2604-05"), "number")
    lv(s, "C2", "退货日期", "D2", pick(s, D(2026, 3, 22), D(2026, 4, 5)), "issue_date")
    lv(s, "E2", "客户", "F2", pick(s, "顾家家居股份有限公司", "欧派家居集团"), "customer")
    for col, h in zip("ABCDEF", ("序号", "物料编码", "物料名称", "退货数量", "单价", "金额")):
        s.text(f"{col}3", h, bold=True, shade=True)
    s.ws.print_title_rows = "3:3"
    lines = pick(
        s,
        [
            ("JJ-HNG-35", "阻尼铰链 35 杯", (3, 100), 4.2),
            ("JJ-SLD-45", "三节滑轨 450", (2, 50), 18.5),
            ("JJ-HDL-128", "拉手 128 孔距", (5, 200), 2.35),
            ("JJ-LEG-10", "沙发脚 10cm", (4, 40), 6.8),
        ],
        [
            ("JJ-HNG-26", "铰链 26 杯", (6, 100), 3.9),
            ("JJ-SLD-35", "滑轨 350", (1, 60), 16.0),
            ("JJ-LCK-01", "抽屉锁", (2, 100), 5.5),
        ],
    )
    r = 4
    for i, (code, name, (boxes, per), price) in enumerate(lines):
        q = boxes * per
        s.text(f"A{r}", str(i + 1))
        s.value(f"B{r}", code, path=f"items[{i}].part_no", label="物料编码")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="物料名称")
        s.value(
            f"D{r}", f"{boxes}箱(每箱{per}pcs)", path=f"items[{i}].qty_returned", label="退货数量", expect=q
        )
        s.value(f"E{r}", price, path=f"items[{i}].unit_price", label="单价", expect=money(price), fmt="0.00")
        s.value(
            f"F{r}",
            round(q * price, 2),
            path=f"items[{i}].amount",
            label="金额",
            expect=money(q * price),
            fmt="#,##0.00",
        )
        s.height(r, 240)
        r += 1
    lv(
        s,
        f"A{r}",
        "退货原因",
        f"B{r}",
        pick(s, "铰链阻尼失效、滑轨异响，客户整批退回。", "铰链开合异响。"),
        "reason",
        span=f"F{r}",
    )
    s.height(r, 120)
    lv(s, f"A{r + 1}", "仓库签收", f"B{r + 1}", "钱小军", "warehouse_receiver")
    lv(s, f"C{r + 1}", "核准", f"D{r + 1}", "朱慧", "approved_by")


def return_zht_units(s: Sheet) -> None:
    """退貨單 of a Taiwanese fastener distributor: a UNIT column beside the quantity (``盒``,
    ``PCS``), amounts as ``NT$`` text, dates ``3/24`` with the year only in the number, the
    approval box left with the template's ``XXXX``."""
    s.text("A1", "退 貨 單", "F1", size=15)
    lv(s, "A2", "單號", "B2", "RT-2026-0324-07", "number")
    lv(s, "C2", "日期", "D2", "3/24", "issue_date", expect="2026-03-24")
    lv(s, "E2", "客訴單號", "F2", "CS-2026-0311-02", "complaint_number")
    lv(s, "A3", "客戶", "B3", "上銀科技股份有限公司", "customer", span="F3")
    for col, h in zip("ABCDEF", ("料號", "品名", "數量", "單位", "單價", "金額")):
        s.text(f"{col}4", h, bold=True, shade=True)
    lines = (("FS-M6-20", "六角螺栓 M6×20", 40, "盒", 85.0), ("FS-NUT-M8", "防鬆螺帽 M8", 1500, "PCS", 1.6))
    for i, (code, name, q, unit, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="數量")
        s.value(f"D{r}", unit, path=None, label="單位")
        s.value(f"E{r}", f"NT${p:,.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(f"F{r}", f"NT${q * p:,.0f}", path=f"items[{i}].amount", label="金額", expect=money(q * p))
    lv(s, "A7", "退貨原因", "B7", "螺紋通止規不通過，客戶進料判退。", "reason", span="F7")
    lv(s, "A8", "處理方式", "B8", "■換貨　□扣款　□報廢", None, span="F8")
    lv(s, "A9", "倉管簽收", "B9", "蔡明哲", "warehouse_receiver")
    placeholder(s, "C9", "核准", "D9", "XXXX", "approved_by")


def return_en_euro(s: Sheet) -> None:
    """An RMA from a German customer's purchasing office: amounts with European separators
    (``1.234,50 €``), dates ``24.03.2026``, the item qty with its unit (``250 Stk``), the time
    received in its own cell, the customer's 'Reference' ``N/A``."""
    s.text("A1", "RETURN MATERIAL AUTHORISATION", "E1", size=14)
    lv(s, "A2", "RMA No.", "B2", pick(s, "RMA-DE-26-0412", "RMA-DE-26-0519"), "number")
    lv(
        s,
        "C2",
        "Date",
        "D2",
        pick(s, "24.03.2026", "19.05.2026"),
        "issue_date",
        expect=pick(s, "2026-03-24", "2026-05-19"),
    )
    plain(s, "E2", pick(s, "10:45 Uhr", "15:10 Uhr"))
    lv(s, "A3", "Customer", "B3", pick(s, "Festo SE & Co. KG", "Bosch Rexroth AG"), "customer", span="E3")
    for col, h in zip("ABCDE", ("Part no.", "Description", "Qty", "Unit price", "Amount")):
        s.text(f"{col}4", h, bold=True, shade=True)
    lines = pick(
        s,
        [("VT-CYL-32", "Cylinder tube Ø32", 250, 4.94), ("VT-END-32", "End cap Ø32", 600, 1.275)],
        [("VT-PST-20", "Piston rod Ø20", 1200, 2.05)],
    )
    total = 0.0
    for i, (code, name, q, p) in enumerate(lines):
        r = 5 + i
        a = round(q * p, 2)
        total += a
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="Part no.")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", f"{q} Stk", path=f"items[{i}].qty_returned", label="Qty", expect=q)
        s.value(
            f"D{r}",
            _euro(p, 3 if p * 1000 % 10 else 2),
            path=f"items[{i}].unit_price",
            label="Unit price",
            expect=f"{p:.3f}".rstrip("0") if p * 1000 % 10 else money(p),
        )
        s.value(f"E{r}", _euro(a), path=f"items[{i}].amount", label="Amount", expect=money(a))
    r = 5 + len(lines)
    lv(
        s,
        f"A{r}",
        "Reason",
        f"B{r}",
        pick(s, "Bore out of tolerance (H9), 100% rejected at incoming.", "Chrome plating peeling."),
        "reason",
        span=f"E{r}",
    )
    placeholder(s, f"A{r + 1}", "Your complaint ref.", f"B{r + 1}", "N/A", "complaint_number")
    lv(s, f"C{r + 1}", "Authorised", f"D{r + 1}", "Stefan Krüger", "approved_by")


def _euro(x: float, places: int = 2) -> str:
    """``1.234,50 €``: German separators."""
    text = f"{x:,.{places}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} €"


def allowance_zh_script(s: Sheet) -> None:
    """销货折让证明单 written by the ERP's export script: every amount, tax and total a FORMULA
    WITH NO CACHED VALUE (never opened in Excel before it was mailed), unit prices typed as
    ``RMB 3.50元``, the GM's box left with ``请输入``."""
    s.text("A1", "销货折让证明单", "F1", size=15)
    lv(s, "A2", "证明单号", "B2", pick(s, "ZR-JB-2603-011", "ZR-JB-2604-020"), "number")
    lv(s, "C2", "开具日期", "D2", pick(s, D(2026, 3, 28), D(2026, 4, 26)), "issue_date")
    lv(
        s,
        "A3",
        "购买方",
        "B3",
        pick(s, "海信视像科技股份有限公司", "创维电器股份有限公司"),
        "buyer",
        span="D3",
    )
    lv(s, "A4", "原发票号码", "B4", pick(s, "37022600 01883410", "44032600 05520917"), "invoice_no")
    lv(s, "C4", "税率", "D4", 0.13, None, fmt="0%")
    for col, h in zip("ABCDEF", ("货物名称", "数量", "单价", "折让金额", "税额", "备注")):
        s.text(f"{col}5", h, bold=True, shade=True)
    lines = pick(
        s,
        [("遥控器外壳", 2000, 1.25), ("背板支架", 500, 3.5)],
        [("电源板支架", 800, 2.2), ("按键帽", 5000, 0.12), ("屏蔽罩", 300, 4.0)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量")
        s.value(f"C{r}", f"RMB {p:,.2f}元", path=f"items[{i}].unit_price", label="单价", expect=money(p))
        s.box(f"D{r}")
        s.box(f"E{r}")
        if not s.blank:
            s.ws[f"D{r}"].value = f"=B{r}*{p}"
            s.ws[f"E{r}"].value = f"=ROUND(D{r}*$D$4,2)"
            s.ws[f"D{r}"].number_format = s.ws[f"E{r}"].number_format = "0.00"
            field(
                s,
                "折让金额",
                f"D{r}",
                f"=B{r}*{p} (no cached value)",
                f"items[{i}].allowance_amount",
                money(a),
                note="formula with no cached value",
            )
            field(
                s,
                "税额",
                f"E{r}",
                f"=ROUND(D{r}*$D$4,2) (no cached value)",
                f"items[{i}].tax",
                money(t),
                note="formula with no cached value",
            )
    r = 6 + len(lines)
    label(s, f"A{r}", "合计")
    s.box(f"D{r}")
    s.box(f"E{r}")
    if not s.blank:
        s.ws[f"D{r}"].value = f"=SUM(D6:D{r - 1})"
        s.ws[f"E{r}"].value = f"=SUM(E6:E{r - 1})"
        s.ws[f"D{r}"].number_format = s.ws[f"E{r}"].number_format = "0.00"
        field(
            s,
            "合计",
            f"D{r}",
            "=SUM(…) (no cached value)",
            "total_excl_tax",
            money(net),
            note="formula with no cached value",
        )
        field(
            s,
            "合计 税额",
            f"E{r}",
            "=SUM(…) (no cached value)",
            "total_tax",
            money(tax),
            note="formula with no cached value",
        )
    lv(s, f"A{r + 1}", "经办人", f"B{r + 1}", "于晓东", None)
    placeholder(s, f"C{r + 1}", "总经理", f"D{r + 1}", "请输入", "approved_by_gm")


def allowance_zht_strike(s: Sheet) -> None:
    """營業人銷貨退回進貨退出或折讓證明單 of a Taiwanese PCB shop: the original invoice number
    corrected with a STRIKETHROUGH run in the same cell, amounts ``NT$``, the date typed
    ``115/03/30`` is avoided — the ROC year is written out ``2026年3月30日``."""
    s.text("A1", "銷貨折讓證明單", "F1", size=15)
    lv(s, "A2", "證明單號", "B2", pick(s, "ZR-PB-115-0330", "ZR-PB-115-0428"), "number")
    lv(
        s,
        "C2",
        "開立日期",
        "D2",
        pick(s, "2026年3月30日", "2026年4月28日"),
        "issue_date",
        expect=pick(s, "2026-03-30", "2026-04-28"),
    )
    lv(
        s,
        "A3",
        "買受人",
        "B3",
        pick(s, "台達電子工業股份有限公司", "光寶科技股份有限公司"),
        "buyer",
        span="D3",
    )
    lv(s, "E3", "統一編號", "F3", pick(s, "30886069", "11171002"), "buyer_tax_id")
    label(s, "A4", "原發票號碼")
    struck(
        s,
        "B4",
        pick(s, "AB-12345678", "CD-20418855"),
        pick(s, "AB-12345687", "CD-20418858"),
        "原發票號碼",
        "invoice_no",
        sep="\n",
    )
    for col, h in zip("ABCDEF", ("品名", "數量", "單價", "折讓金額", "營業稅額", "備註")):
        s.text(f"{col}5", h, bold=True, shade=True)
    lines = pick(
        s, [("四層板 FR4 1.6t", 1200, 12.5), ("六層板 FR4 1.2t", 300, 48.0)], [("雙面板 1.0t", 4000, 3.2)]
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 6 + i
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="數量", fmt="#,##0")
        s.value(f"C{r}", f"NT${p:,.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(
            f"D{r}", f"NT${a:,.0f}", path=f"items[{i}].allowance_amount", label="折讓金額", expect=money(a)
        )
        s.value(f"E{r}", f"NT${t:,.0f}", path=f"items[{i}].tax", label="營業稅額", expect=money(t))
    r = 6 + len(lines)
    lv(s, f"A{r}", "合計", f"D{r}", f"NT${net:,.0f}", "total_excl_tax", expect=money(net))
    s.value(f"E{r}", f"NT${tax:,.0f}", path="total_tax", label="合計 營業稅額", expect=money(tax))
    lv(s, f"A{r + 1}", "經理", f"B{r + 1}", "蘇志豪", "approved_by_manager")


def allowance_en_stale(s: Sheet) -> None:
    """A CREDIT NOTE workbook edited after Excel last calculated it: the quantity of line 1 was
    changed in another tool and the amount and totals carry STALE CACHED VALUES (the old
    quantity's); the credits shown negative in parentheses ``(1,234.50)``."""
    s.text("A1", "CREDIT NOTE", "E1", size=14)
    lv(s, "A2", "Credit note no.", "B2", pick(s, "CN-26-0331", "CN-26-0430"), "number")
    lv(s, "C2", "Date", "D2", pick(s, D(2026, 3, 31), D(2026, 4, 30)), "issue_date", fmt="d mmm yyyy")
    lv(
        s,
        "A3",
        "Customer",
        "B3",
        pick(s, "Flex Ltd. (Zhuhai)", "Jabil Circuit (Guangzhou)"),
        "buyer",
        span="E3",
    )
    lv(s, "A4", "Original invoice", "B4", pick(s, "INV-2026-02177", "INV-2026-03390"), "invoice_no")
    for col, h in zip("ABCDE", ("Item", "Qty", "Unit price", "Credit", "VAT 13%")):
        s.text(f"{col}5", h, bold=True, shade=True)
    fmt = "#,##0.00;(#,##0.00)"
    lines = pick(
        s,
        [("Heat sink HS-40", 400, 2.75, 500), ("Thermal pad TP-2", 1000, 0.85, 1000)],
        [("Shield can SC-8", 2500, 0.42, 2000)],
    )
    net = tax = 0.0
    for i, (name, q, p, old_q) in enumerate(lines):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="Item")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="Qty")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="Unit price", expect=money(p), fmt="0.00")
        s.box(f"D{r}")
        s.box(f"E{r}")
        if not s.blank:
            stale = old_q != q
            cache(s, f"D{r}", f"=-B{r}*C{r}", -round(old_q * p, 2), fmt)
            cache(s, f"E{r}", f"=ROUND(D{r}*0.13,2)", -round(old_q * p * 0.13, 2), fmt)
            why = f" (cached {-round(old_q * p, 2)}: stale)" if stale else ""
            field(
                s,
                "Credit",
                f"D{r}",
                f"=-B{r}*C{r}{why}",
                f"items[{i}].allowance_amount",
                money(a),
                note="formula; a credit shown in parentheses",
            )
            field(
                s,
                "VAT 13%",
                f"E{r}",
                f"=ROUND(D{r}*0.13,2)",
                f"items[{i}].tax",
                money(t),
                note="formula; a credit shown in parentheses",
            )
    old_net = sum(round(o * p, 2) for _, _, p, o in lines)
    old_tax = sum(round(o * p * 0.13, 2) for _, _, p, o in lines)
    r = 6 + len(lines)
    label(s, f"A{r}", "Total")
    s.box(f"D{r}")
    s.box(f"E{r}")
    if not s.blank:
        cache(s, f"D{r}", f"=SUM(D6:D{r - 1})", -round(old_net, 2), fmt)
        cache(s, f"E{r}", f"=SUM(E6:E{r - 1})", -round(old_tax, 2), fmt)
        field(
            s,
            "Total",
            f"D{r}",
            "=SUM(…)",
            "total_excl_tax",
            money(net),
            note="formula; the cached value may be stale",
        )
        field(
            s,
            "Total VAT",
            f"E{r}",
            "=SUM(…)",
            "total_tax",
            money(tax),
            note="formula; the cached value may be stale",
        )
    lv(s, f"A{r + 1}", "Approved (Finance Manager)", f"B{r + 1}", "Grace Ho", "approved_by_manager")


EXCEL = [
    dict(
        id="complaint-zh-recount",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_strike,
        sheet="抱怨单",
        widths=dict(A=11, B=28, C=11, D=24),
        copy2=True,
        imitates="客户抱怨处理单 corrected by hand: struck-through old values in the same cell, quantities with PCS, 请输入 left",
        unmapped=[],
    ),
    dict(
        id="complaint-zht-noyear",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_noyear,
        sheet="客訴",
        widths=dict(A=10, B=22, C=10, D=22, E=8, F=14),
        copy2=True,
        imitates="客訴處理單: dates without a year, the time in its own cell, ■/□ ticks",
        unmapped=["時間", "處置"],
    ),
    dict(
        id="complaint-en-xlsm",
        kind="complaint",
        language="en",
        draw=complaint_en_xlsm,
        sheet="Complaint",
        widths=dict(A=16, B=26, C=16, D=24),
        after_save=macro_enabled,
        imitates="a US customer's macro workbook (.xlsm renamed .xlsx): a formula with no cached value, <Customer name> / N/A placeholders",
        unmapped=["Reject rate"],
    ),
    dict(
        id="8d-zh-outline",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_outline,
        sheet="8D",
        widths=dict(A=13, B=30, C=10, D=22),
        copy2=True,
        imitates="8D revised in place: the first revision's D4/D5 in collapsed outline rows",
        unmapped=[],
    ),
    dict(
        id="8d-zht-japanese",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_japanese,
        sheet="報告書",
        widths=dict(A=20, B=30, C=18, D=22),
        imitates="不具合対策報告書 for a Japanese customer: Japanese labels above Chinese ones",
        unmapped=[],
    ),
    dict(
        id="8d-en-strike",
        kind="8d",
        language="en",
        draw=eightd_en_strike,
        sheet="8D",
        widths=dict(A=14, B=20, C=12, D=18, E=20),
        copy2=True,
        imitates="an EMS supplier's 8D corrected for audit: old values struck through, new ones in the next cell",
        unmapped=[],
    ),
    dict(
        id="return-zh-pages",
        kind="return",
        language="zh-Hans",
        draw=return_zh_pages,
        sheet="退货单",
        widths=dict(A=8, B=14, C=18, D=18, E=8, F=12),
        copy2=True,
        imitates="成品退货单 on two pages with print titles repeating the item header; quantities in cartons",
        unmapped=["序号"],
    ),
    dict(
        id="return-zht-units",
        kind="return",
        language="zh-Hant",
        draw=return_zht_units,
        sheet="退貨單",
        widths=dict(A=12, B=18, C=10, D=10, E=12, F=16),
        imitates="退貨單 of a fastener distributor: a unit column, NT$ amounts, a year-less date, XXXX placeholder",
        unmapped=["單位", "處理方式"],
    ),
    dict(
        id="return-en-euro",
        kind="return",
        language="en",
        draw=return_en_euro,
        sheet="RMA",
        widths=dict(A=14, B=22, C=10, D=14, E=14),
        imitates="a German customer's RMA: 1.234,50 € amounts, dd.mm.yyyy dates, Stk quantities, N/A",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-script",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_script,
        sheet="折让证明单",
        widths=dict(A=14, B=10, C=14, D=14, E=12, F=10),
        copy2=True,
        imitates="销货折让证明单 from an ERP script: formulas with no cached value, RMB …元 prices, 请输入 left",
        unmapped=["税率", "经办人", "备注"],
    ),
    dict(
        id="allowance-zht-twoline",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_strike,
        sheet="折讓單",
        widths=dict(A=16, B=12, C=12, D=14, E=12, F=8),
        imitates="銷貨折讓證明單 of a PCB shop: the invoice number corrected with a strike run, NT$ amounts",
        unmapped=["備註"],
    ),
    dict(
        id="allowance-en-stale",
        kind="allowance",
        language="en",
        draw=allowance_en_stale,
        sheet="Credit Note",
        widths=dict(A=24, B=10, C=12, D=14, E=12),
        imitates="a credit note edited after its last calculation: stale cached formula values, credits in parentheses",
        unmapped=[],
    ),
]


# =============================================================================== sent as PDF only
_CSS = (
    "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:92%}"
    "th,td{border:1px solid #444;padding:4px}th{background:#f0f0f0;text-align:left}p{margin:10px}"
)


def complaint_en_ligature(f: HtmlForm) -> str:
    """A customer's complaint portal page printed by Chromium, its text pasted from a PDF spec:
    LIGATURE characters (``ﬁ``, ``ﬂ``) inside the words (``Conﬁrmed``, ``ﬂange``), the
    complaint period a DATE RANGE in one cell."""
    f.raw("<h2>Supplier Complaint Notiﬁcation</h2>")
    kv(
        f,
        [
            ("Notiﬁcation no.", "SCN-2026-00418", "number", None),
            ("Date received", "2026-04-18", "received_date", None),
            ("Customer", "Whirlpool EMEA — Naples plant", "customer", None),
            ("Part number", "WP-FLG-0831", "part_no", None),
            ("Part name", "Pump ﬂange gasket", "part_name", "Pump flange gasket"),
            ("Defect period", "2026/4/14~4/17", None, None),
            ("Quantity delivered", "12,000", "ship_qty", 12000),
            ("Quantity rejected", "312", "defect_qty", 312),
            (
                "Defect description",
                "Conﬁrmed leakage at the ﬂange seal after 48 h; 312 pcs ﬁltered at line.",
                "description",
                "Confirmed leakage at the flange seal after 48 h; 312 pcs filtered at line.",
            ),
            ("Reported by", "Giulia Ferraro", "reporter", None),
        ],
    )
    f.raw("<table><tr><th>Supplier root cause</th><td>")
    f.raw(f.val("", path="root_cause", label="Supplier root cause", blank_text=""))
    f.raw("</td></tr></table>")
    pdf_absent(f, "Supplier root cause", "html!root", "", "root_cause")
    return f.page("Supplier Complaint Notification", _CSS)


def return_zh_continued(f: HtmlForm) -> str:
    """A WMS's 退货入库单 page printed by Chromium over two pages: the item table's header
    repeats on page 2 (``<thead>``), a ``续表`` caption there, the sign-off after the last line."""
    f.raw("<h2>退货入库单</h2>")
    kv(
        f,
        [
            ("退货单号", pick(f, "RK-WMS-26040112", "RK-WMS-26050307"), "number", None),
            ("入库日期", pick(f, "2026-04-01", "2026-05-03"), "received_date", None),
            ("客户", pick(f, "小米通讯技术有限公司", "OPPO广东移动通信有限公司"), "customer", None),
        ],
    )
    n = pick(f, 22, 26)
    f.raw(
        "<table><thead><tr><th>行</th><th>物料编码</th><th>物料名称</th><th>数量</th><th>单价</th><th>金额</th></tr></thead><tbody>"
    )
    for i in range(n):
        if i == 14:
            f.raw("<tr><td colspan='6' style='text-align:center;page-break-before:always'>（续表）</td></tr>")
        code, q, p = f"XM-{pick(f, 'BAT', 'CAM')}-{101 + i}", 20 + 5 * i, round(1.5 + 0.25 * i, 2)
        f.raw(
            f"<tr style='height:32px'><td>{i + 1}</td><td>{f.val(code, path=f'items[{i}].part_no', label='物料编码')}</td>"
            f"<td>{f.val(pick(f, '电池保护板', '摄像头支架') + f' {chr(65 + i % 26)}型', path=f'items[{i}].part_name', label='物料名称')}</td>"
            f"<td>{f.val(q, path=f'items[{i}].qty_returned', label='数量')}</td>"
            f"<td>{f.val(f'{p:.2f}', path=f'items[{i}].unit_price', label='单价')}</td>"
            f"<td>{f.val(f'{q * p:,.2f}', path=f'items[{i}].amount', label='金额', expect=money(q * p))}</td></tr>"
        )
    f.raw("</tbody></table>")
    f.raw(
        f"<p>退货原因：{f.val(pick(f, '来料检验批退：外观划伤。', '尺寸超差。'), path='reason', label='退货原因')}</p>"
    )
    f.raw(f"<p>仓库收货：{f.val('周建', path='warehouse_receiver', label='仓库收货')}</p>")
    return f.page("退货入库单", _CSS)


def eightd_zh_japanese(f: HtmlForm) -> str:
    """品質異常連絡書 / 8D of a Japanese-owned plant in China, its portal printed by Chromium:
    Japanese labels (``品番``, ``発生日``, ``流出原因``) with Chinese beside, ✓ in the team roles,
    the approval box left ``—``."""
    f.raw("<h2>品質異常連絡書（8D 报告）</h2>")
    kv(
        f,
        [
            ("管理番号 / 编号", "8D-JP-2604-07", "number", None),
            ("発行日 / 开立日期", "2026年4月7日", "opened_date", "2026-04-07"),
            ("客先 / 客户", "广汽丰田发动机有限公司", "customer", None),
            ("品番 / 零件号", "JP-GSK-7702", "part_no", None),
            ("不具合数 / 不良数", "28", "problem.qty_complained", 28),
            ("現象 / 问题描述", "缸盖垫片密封面压痕，总装线漏油 28 台。", "problem.statement", None),
            ("暫定処置 / 围堵措施", "在库与在途垫片 5,000 片全检。", "containment[0].action", None),
            (
                "発生原因 / 发生原因",
                "冲压模具导柱磨损，压痕深度超差。",
                "root_cause[type=occurrence].cause",
                None,
            ),
            (
                "恒久対策 / 永久对策",
                "更换导柱，模具保养周期由 5 万冲次改为 3 万冲次。",
                "corrective_actions[0].action",
                None,
            ),
        ],
    )
    f.raw("<table><tr><th>氏名 / 姓名</th><th>役割 / 角色</th></tr>")
    for name, role in (("小林健一", "✓ リーダー / 组长"), ("刘洋", "✓ 品质")):
        f.raw(f"<tr><td>{f.val(name, path='team[*].name', label='氏名 / 姓名')}</td><td>{role}</td></tr>")
    f.raw(f"</table><p>承認 / 批准：{f.val('—', path=None, label='承認 / 批准')}</p>")
    pdf_absent(f, "承認 / 批准", "html!approve", "—", "closure.approved_by")
    return f.page("品質異常連絡書", _CSS)


def allowance_zht_crop(f: PdfDraw) -> None:
    """折讓證明單 drawn by an accounting package and CROPPED by the sender's PDF tool: the
    CropBox smaller than the MediaBox, the draft's old amounts printed outside the visible box
    (still in the page's text), the real ones inside."""
    f = CjkDraw.of(f)
    f.text(70, 30, "銷貨折讓證明單", 14)
    rows = [
        ("證明單號", pick(f, "ZR-AC-2604-13", "ZR-AC-2605-02"), "number", None),
        ("開立日期", pick(f, "2026/04/13", "2026/05/02"), "issue_date", pick(f, "2026-04-13", "2026-05-02")),
        ("買受人", pick(f, "華碩電腦股份有限公司", "宏碁股份有限公司"), "buyer", None),
        ("統一編號", pick(f, "23638777", "84149961"), "buyer_tax_id", None),
        ("原發票號碼", pick(f, "RX-30551872", "RX-30602245"), "invoice_no", None),
    ]
    y = 42
    for lab, raw, path, exp in rows:
        f.text(25, y, lab)
        f.value(60, y, raw, path=path, label=lab, expect=exp)
        y += 8
    f.text(25, y + 4, "品名")
    f.text(85, y + 4, "數量")
    f.text(110, y + 4, "單價")
    f.text(140, y + 4, "折讓金額")
    lines = pick(f, [("散熱模組 TM-15", 300, 42.0), ("風扇 FN-60", 500, 18.0)], [("鍵盤 KB-14", 120, 150.0)])
    y += 12
    net = 0.0
    for i, (name, q, p) in enumerate(lines):
        a = q * p
        net += a
        f.value(25, y, name, path=f"items[{i}].name", label="品名")
        f.value(85, y, f"{q}", path=f"items[{i}].qty", label="數量", expect=q)
        f.value(110, y, f"{p:.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        f.value(140, y, f"{a:,.0f}", path=f"items[{i}].allowance_amount", label="折讓金額", expect=money(a))
        y += 8
    tax = round(net * 0.05)
    f.text(110, y + 2, "合計")
    f.value(140, y + 2, f"{net:,.0f}", path="total_excl_tax", label="合計", expect=money(net))
    f.text(110, y + 10, "營業稅")
    f.value(140, y + 10, f"{tax:,.0f}", path="total_tax", label="營業稅", expect=money(tax))
    f.text(110, y + 18, "總計")
    f.value(140, y + 18, f"{net + tax:,.0f}", path="total", label="總計", expect=money(net + tax))
    if not f.blank:  # the draft's figures, outside the CropBox (right margin past x=185 mm)
        f.text(190, y + 2, f"草稿 {net * 1.1:,.0f}")
        f.text(190, y + 18, f"草稿 {(net + tax) * 1.1:,.0f}")


def crop(path: Path, form) -> None:
    """Crop the page to the form (CropBox 15–185 mm wide), as the sender's PDF tool did."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=PdfReader(path))
    mm = 72 / 25.4
    for page in writer.pages:
        h = float(page.mediabox.height)
        page.cropbox = RectangleObject([15 * mm, h - 150 * mm, 185 * mm, h - 15 * mm])
    with open(path, "wb") as fh:
        writer.write(fh)


SENT_AS_PDF = [
    dict(
        id="complaint-en-ligature",
        kind="complaint",
        language="en",
        medium="html",
        draw=complaint_en_ligature,
        imitates="a complaint portal page whose text was pasted from a PDF: ﬁ/ﬂ ligatures, a date range",
        unmapped=["Defect period"],
    ),
    dict(
        id="return-zh-continued",
        kind="return",
        language="zh-Hans",
        medium="html",
        draw=return_zh_continued,
        copy2=True,
        imitates="a WMS 退货入库单 over two pages: the header repeated, 续表 on page 2",
        unmapped=["行"],
    ),
    dict(
        id="8d-zh-japanese",
        kind="8d",
        language="zh-Hans",
        medium="html",
        draw=eightd_zh_japanese,
        imitates="品質異常連絡書 of a Japanese-owned plant: Japanese labels beside Chinese, ✓ roles, — left",
        unmapped=[],
    ),
    dict(
        id="allowance-zht-crop",
        kind="allowance",
        language="zh-Hant",
        medium="fpdf",
        draw=allowance_zht_crop,
        after_print=crop,
        imitates="折讓證明單 cropped by the sender's tool: the draft's figures outside the CropBox",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "~$complaint-weekly.xlsx": "Excel's owner lock file (``~$`` + the workbook's name, 165 bytes: the user's name padded) picked up with the folder; not a workbook; a clear error, never a record",
    "return-onedrive-placeholder.xlsx": "a OneDrive 'files on demand' placeholder copied while offline: 0 bytes; a clear error, never a record",
}


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd_expected(out, ODD)
    user = "王丽娟".encode("utf-16-le")
    lock = bytes([len("王丽娟")]) + b"\x00" + user.ljust(108, b"\x20\x00"[:1]) + b"\x00" * 2
    lock = lock.ljust(165, b"\x00")
    (out / "odd" / "~$complaint-weekly.xlsx").write_bytes(lock)
    (out / "odd" / "return-onedrive-placeholder.xlsx").write_bytes(b"")


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "thirteenth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
