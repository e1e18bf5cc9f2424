"""Write the eleventh held-out set (run: ``python tests/holdout11/make_holdout11.py``).

Written from public descriptions of real forms (客户投诉处理单 exported by an ERP, a customer's
Quality Notification, 客訴處理單, 8D reports written by a web tool, by a script and by a report
generator, an RMA, 退货单 and 退貨單, a Credit Memo, 销货折让证明单, 折讓證明單, an SAP return
delivery and credit memo) WITHOUT reading the reader's code, for habits and producers no earlier
set holds: workbooks written by other producers (NAMESPACE-PREFIXED SpreadsheetML ``<x:worksheet>``
as the .NET Open XML SDK writes, INLINE STRINGS instead of the shared-string table, NO STYLES
PART), formulas saved WITHOUT cached values (a script wrote them), a number too wide for its
column (the print shows ``####``), a long text CLIPPED on the print by the next cell, dates typed
as ISO 8601 date-time text (``2026-03-05T14:30:00``), ERP FIELD CODES beside the labels
(``CUST_NAME 客户名称``), ZERO-WIDTH and NO-BREAK spaces pasted from a web page inside codes,
titles and labels CENTRED ACROSS the selection (no merge), a cell NOTE holding the corrected
value, SAP's TRAILING MINUS (``300-``, ``1,250.00-``) on PDF-only prints. ``odd/`` holds files that
must give a clear error (a Word document renamed ``.xlsx``; a workbook cut short by a download).
Differs from ``tests/layouts``, ``tests/holdout`` … ``tests/holdout10`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Output in the format of ``tests/holdout10`` (see its README). Deterministic for the xlsx/json
files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips them; ``--out DIR``
writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "holdout8"))

from holdout_kit import (  # noqa: E402
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    field,
    label,
    lv,
    money,
    note,
    odd_expected,
    pdf_absent,
    pick,
    run,
    team_cell,
)
from make_holdout8 import CjkDraw  # noqa: E402

D = dt.date
SOURCE = dict(origin="eleventh held-out imitation", source="tests/holdout11/make_holdout11.py")
WHEN = (2026, 12, 1, 9, 0, 0)
MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# =============================================================================== how clerks type
def iso_time(d: dt.date, hh: int, mm: int) -> str:
    """A date as an ISO 8601 date-time text, as a web tool or a system export writes it."""
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:00"


def code(erp: str, human: str) -> str:
    """An ERP field code beside the human label (``CUST_NAME 客户名称``)."""
    return f"{erp} {human}"


ZW = "\u200b"  # a zero-width space pasted from a web page
NB = "\u00a0"  # a no-break space


def clipped(s: Sheet, ref: str) -> None:
    """A long text typed in one cell without wrapping: the next cell holds a value, so the
    print cuts the text at the cell's right edge."""
    if not s.blank:
        s.ws[ref].alignment = Alignment(vertical="center", wrap_text=False)


def across(s: Sheet, ref: str) -> None:
    """A title or label centred across the selection (no merged cells)."""
    s.ws[ref].alignment = Alignment(horizontal="centerContinuous", vertical="center")


def formula(s: Sheet, ref: str, text: str, value: float, path: str, lab: str, fmt: str = "#,##0.00") -> None:
    """A formula a script wrote: saved WITHOUT a cached value (openpyxl writes none); the clerk
    sees what Excel or LibreOffice computes."""
    s.box(ref)
    if s.blank:
        return
    s.ws[ref].value = text
    s.ws[ref].number_format = fmt
    field(
        s, lab, ref, f"{text} (no cached value)", path, money(value), note="a formula without a cached value"
    )


# ------------------------------------------------------------------ workbooks of other producers
def _rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Every part of the saved workbook through ``change`` (``None`` drops the part)."""
    with zipfile.ZipFile(path) as z:
        parts = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            new = change(name, data)
            if new is not None:
                z.writestr(zipfile.ZipInfo(name, date_time=WHEN), new, compress_type=zipfile.ZIP_DEFLATED)


def _drop_part(name: str, data: bytes, part: str) -> bytes | None:
    """``part`` removed with its relationship and its content-type override."""
    if name == f"xl/{part}":
        return None
    if name == "xl/_rels/workbook.xml.rels":
        return re.sub(rb'<Relationship [^>]*Target="[^"]*' + part.encode() + rb'"[^>]*/>', b"", data)
    if name == "[Content_Types].xml":
        return re.sub(rb'<Override [^>]*PartName="/xl/' + part.encode() + rb'"[^>]*/>', b"", data)
    return data


def inline_strings(path: Path) -> None:
    """Every text cell an inline string (``t="inlineStr"``), no shared-string table: as Google
    Sheets' and many ERPs' exports write text."""
    with zipfile.ZipFile(path) as z:
        sst = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in z.namelist() else b""
    items = re.findall(rb"<si>(.*?)</si>", sst, re.S)

    def change(name: str, data: bytes) -> bytes | None:
        if name.startswith("xl/worksheets/sheet"):
            return re.sub(
                rb'<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)</v></c>',
                lambda m: (
                    b'<c r="%s"%s t="inlineStr"%s><is>%s</is></c>' % (m[1], m[2], m[3], items[int(m[4])])
                ),
                data,
            )
        return _drop_part(name, data, "sharedStrings.xml")

    _rewrite(path, change)


def prefixed(path: Path) -> None:
    """The workbook and its sheets in namespace-prefixed SpreadsheetML (``<x:worksheet
    xmlns:x=…>``, ``<x:c>``), as the .NET Open XML SDK writes them."""

    def change(name: str, data: bytes) -> bytes | None:
        if name == "xl/workbook.xml" or name.startswith("xl/worksheets/sheet"):
            data = data.replace(b'xmlns="' + MAIN_NS + b'"', b'xmlns:x="' + MAIN_NS + b'"', 1)
            return re.sub(rb"<(/?)([A-Za-z]\w*)(?=[\s/>])", rb"<\1x:\2", data)
        return data

    _rewrite(path, change)


def no_styles(path: Path) -> None:
    """No styles part at all (a minimal writer's workbook): every cell in the default style."""

    def change(name: str, data: bytes) -> bytes | None:
        if name.startswith("xl/worksheets/sheet"):
            data = re.sub(rb'(<(?:x:)?c r="[A-Z]+\d+") s="\d+"', rb"\1", data)
            return re.sub(rb'(<(?:x:)?(?:row|col) [^>]*?) (?:s|style)="\d+"', rb"\1", data)
        return _drop_part(name, data, "styles.xml")

    _rewrite(path, change)


def producer(*steps: Callable[[Path], None]) -> Callable[[Path, Sheet], None]:
    def after_save(path: Path, sheet: Sheet) -> None:
        for step in steps:
            step(path)

    return after_save


# =============================================================================== Excel layouts
def complaint_zh_erpcodes(s: Sheet) -> None:
    """客户投诉处理单 exported by an ERP: every label with its FIELD CODE before it
    (``CUST_NAME 客户名称``), every text an inline string, 投诉日期 and 结案日期 as ISO date-time
    text (``2026-03-05T14:30:00``)."""
    s.text("A1", "客户投诉处理单 CUST_COMPLAINT", "D1", size=14)
    lv(s, "A2", code("CMP_NO", "投诉单号"), "B2", pick(s, "KT-ERP-260305-01", "KT-ERP-260416-07"), "number")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    lv(
        s,
        "C2",
        code("CMP_DATE", "投诉日期"),
        "D2",
        iso_time(rec, 14, 30),
        "received_date",
        expect=rec.isoformat(),
    )
    lv(
        s,
        "A3",
        code("CUST_NAME", "客户名称"),
        "B3",
        pick(s, "格力电器(合肥)有限公司", "海信家电集团"),
        "customer",
    )
    lv(s, "C3", code("ITEM_CODE", "物料编码"), "D3", pick(s, "MT-CAP-4712", "MT-CAP-5520"), "part_no")
    lv(
        s,
        "A4",
        code("ITEM_NAME", "物料名称"),
        "B4",
        pick(s, "薄膜电容 CBB61 4.7µF", "薄膜电容 CBB65 55µF"),
        "part_name",
    )
    lv(s, "C4", code("LOT_NO", "批号"), "D4", pick(s, "L260218", "L260322"), "lot_no")
    lv(s, "A5", code("SHIP_QTY", "出货数量"), "B5", pick(s, 10000, 6000), "ship_qty")
    lv(s, "C5", code("NG_QTY", "不良数量"), "D5", pick(s, 86, 23), "defect_qty")
    lv(
        s,
        "A6",
        code("NG_DESC", "不良描述"),
        "B6",
        pick(s, "电容容量衰减，客户整机老化 86 只失效。", "外壳开裂 23 只。"),
        "description",
        span="D6",
    )
    lv(
        s,
        "A7",
        code("ROOT_CAUSE", "原因分析"),
        "B7",
        pick(s, "喷金层附着力不足。", "灌封胶固化温度偏低。"),
        "root_cause",
        span="D7",
    )
    lv(
        s,
        "A8",
        code("CA_DESC", "纠正措施"),
        "B8",
        pick(s, "喷金工序增加拉力测试，每批 5 只。", "固化炉温度曲线每班点检。"),
        "long_term_action",
        span="D8",
    )
    lv(s, "A9", code("QA_USER", "品保担当"), "B9", pick(s, "郑丽", "郑丽"), "reporter")
    close = pick(s, D(2026, 3, 19), D(2026, 4, 30))
    lv(
        s,
        "C9",
        code("CLOSE_DATE", "结案日期"),
        "D9",
        iso_time(close, 9, 5),
        "closed_date",
        expect=close.isoformat(),
    )


def complaint_en_sdk(s: Sheet) -> None:
    """A customer's Quality Notification written by its portal's report generator with the .NET
    Open XML SDK (namespace-prefixed SpreadsheetML ``<x:worksheet>``): the delivered quantity too
    wide for its column (the print shows ``####``), the contact's e-mail beside it."""
    s.text("A1", "QUALITY NOTIFICATION", "F1", size=14)
    lv(s, "A2", "QN number", "B2", "QN-7734021", "number")
    lv(s, "C2", "Notified", "D2", D(2026, 3, 10), "received_date", fmt="dd mmm yyyy", span="E2")
    lv(s, "A3", "Customer", "B3", "Bosch Automotive Electronics", "customer", span="D3")
    lv(s, "E3", "Contact", "F3", "anna.weber@bosch-aut.example", None)
    lv(s, "A4", "Material", "B4", "7700-4412-01", "part_no")
    lv(s, "C4", "Description", "D4", "Connector housing 12-pin", "part_name", span="F4")
    lv(s, "A5", "Defective", "B5", 340, "defect_qty")
    lv(
        s,
        "C5",
        "Delivered",
        "D5",
        1250000,
        "ship_qty",
        fmt="#,##0",
        note="too wide for its column: prints ####",
    )
    lv(s, "E5", "Batch", "F5", "B-260227-3", "lot_no")
    lv(
        s,
        "A6",
        "Defect",
        "B6",
        "Latch broken on 340 housings at customer's incoming inspection.",
        "description",
        span="F6",
    )
    lv(
        s,
        "A7",
        "Immediate action",
        "B7",
        "Sort stock at warehouse, replace affected lots.",
        "short_term_action",
        span="F7",
    )
    lv(s, "A8", "Raised by", "B8", "Anna Weber", "reporter")
    lv(s, "C8", "Approved", "D8", "T. Braun", "approver", span="E8")
    lv(s, "A9", "Closed", "B9", D(2026, 3, 27), "closed_date", fmt="dd mmm yyyy")


def complaint_zht_clipped(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese cable maker: the long 不良描述 typed in one cell without wrapping,
    the next cell filled, so the print CLIPS it; 不良數 corrected in a cell NOTE (``更正：應為
    56``) while the cell still shows 52; the customer's own words kept."""
    s.text("A1", "客訴處理單", "F1", size=15)
    lv(s, "A2", "客訴編號", "B2", "CS-WR-2603-09", "number")
    lv(s, "C2", "受理日期", "D2", D(2026, 3, 9), "received_date", fmt="yyyy/mm/dd")
    lv(s, "E2", "客戶", "F2", "鴻海精密工業", "customer")
    lv(s, "A3", "料號", "B3", "WR-USB-C-1M", "part_no")
    lv(s, "C3", "品名", "D3", "USB-C 傳輸線 1M", "part_name")
    lv(s, "E3", "出貨數量", "F3", 8000, "ship_qty")
    label(s, "A4", "不良數")
    s.value(
        "B4",
        52,
        path="defect_qty",
        label="不良數",
        expect=56,
        note="the cell shows 52; its note says 應為 56",
    )
    note(s, "B4", "更正：應為 56（3/10 客戶追加 4 條）")
    lv(s, "C4", "批號", "D4", "C260301", "lot_no")
    lv(s, "E4", "業務", "F4", "許文彬", "sales_supervisor")
    label(s, "A5", "不良描述")
    s.value(
        "B5",
        "客戶端插拔 500 次後訊號中斷，拆解發現端子焊點冷焊，涉及批號 C260301 全批，要求 8D 回覆。",
        path="description",
        label="不良描述",
        note="clipped on the print by the next cell",
    )
    clipped(s, "B5")
    s.value("C5", "見附件照片", path=None, label="附件")
    lv(s, "A6", "原因分析", "B6", "焊接溫度設定偏低。", "root_cause", span="F6")
    lv(s, "A7", "對策", "B7", "焊接溫度上修並每 2 小時量測。", "long_term_action", span="F7")
    lv(s, "A8", "品保", "B8", "蘇怡君", "reporter")
    lv(s, "C8", "結案日期", "D8", D(2026, 3, 24), "closed_date", fmt="yyyy/mm/dd")


def eightd_en_nostyles(s: Sheet) -> None:
    """An 8D written by a web tool's minimal workbook writer: NO STYLES part (no borders, no
    date formats: the dates are ISO date-time text), every text an inline string."""
    s.text("A1", "8D Report", "D1", size=13)
    lv(s, "A2", "Report ID", "B2", "8D-WEB-000317", "number")
    lv(s, "C2", "Created", "D2", iso_time(D(2026, 3, 12), 8, 41), "opened_date", expect="2026-03-12")
    lv(s, "A3", "Customer", "B3", "Valeo Shenzhen", "customer")
    lv(s, "C3", "Part number", "D3", "VL-SW-2290", "part_no")
    lv(s, "A4", "Complaint qty", "B4", 75, "problem.qty_complained")
    lv(s, "C4", "Due", "D4", iso_time(D(2026, 4, 9), 23, 59), "target_close_date", expect="2026-04-09")
    team = ["Chen Hao", "Lucy Wang", "Peter Sun"]
    team_cell(s, "A5", "D1 Team", "B5", team, "; ", span="D5")
    lv(
        s,
        "A6",
        "D2 Problem description",
        "B6",
        "Switch actuation force below 2.5 N on 75 pcs.",
        "problem.statement",
        span="D6",
    )
    lv(
        s,
        "A7",
        "D3 Containment",
        "B7",
        "Force test 100 % on 4,000 pcs in stock.",
        "containment[0].action",
        span="D7",
    )
    lv(
        s,
        "A8",
        "D4 Root cause",
        "B8",
        "Spring wire diameter at lower tolerance.",
        "root_cause[type=occurrence].cause",
        span="D8",
    )
    lv(
        s,
        "A9",
        "D5 Corrective action",
        "B9",
        "Incoming wire gauge check each coil.",
        "corrective_actions[0].action",
        span="D9",
    )
    lv(
        s,
        "A10",
        "D8 Closed",
        "B10",
        iso_time(D(2026, 4, 2), 16, 20),
        "closure.closed_date",
        expect="2026-04-02",
    )
    lv(s, "C10", "Closed by", "D10", "Chen Hao", "closure.approved_by")


def eightd_zh_formulas(s: Sheet) -> None:
    """8D报告 generated by a script from the MES: 投诉数量 the SUM of three lines written as a
    FORMULA WITHOUT a cached value, labels with field codes (``D2_QTY 投诉数量``)."""
    s.text("A1", "8D 报告", "D1", size=14)
    lv(s, "A2", code("RPT_NO", "报告编号"), "B2", pick(s, "8D-MES-2603-05", "8D-MES-2604-12"), "number")
    lv(s, "C2", code("OPEN_DT", "立案日期"), "D2", pick(s, D(2026, 3, 6), D(2026, 4, 13)), "opened_date")
    lv(s, "A3", code("CUST", "客户"), "B3", pick(s, "比亚迪汽车工业有限公司", "宁德时代新能源"), "customer")
    lv(s, "C3", code("PN", "零件号"), "D3", pick(s, "BMS-HR-330", "BMS-HR-410"), "part_no")
    label(s, "A4", "各线不良")
    parts = pick(s, (12, 7, 5), (3, 9, 2))
    for c, q in zip("BCD", parts):
        s.value(f"{c}4", q, path=None, label="各线不良")
    label(s, "A5", code("D2_QTY", "投诉数量"))
    s.box("B5")
    if not s.blank:
        s.ws["B5"].value = "=SUM(B4:D4)"
        field(
            s,
            code("D2_QTY", "投诉数量"),
            "B5",
            "=SUM(B4:D4) (no cached value)",
            "problem.qty_complained",
            sum(parts),
            note="a formula without a cached value",
        )
    team = pick(s, ["马超", "林芳", "丁伟"], ["马超", "丁伟"])
    lv(s, "C5", code("D1_TEAM", "小组成员"), "D5", "、".join(team), None)
    for t in team:
        field(s, code("D1_TEAM", "小组成员"), "D5", "、".join(team), "team[*].name", t)
    lv(
        s,
        "A6",
        code("D2_DESC", "问题描述"),
        "B6",
        pick(s, "线束端子压接高度超差导致接触不良。", "采样线绝缘破损。"),
        "problem.statement",
        span="D6",
    )
    lv(
        s,
        "A7",
        code("D3_ACT", "临时措施"),
        "B7",
        pick(s, "在库品全检压接高度。", "在库品绝缘耐压全检。"),
        "containment[0].action",
        span="D7",
    )
    lv(
        s,
        "A8",
        code("D4_CAUSE", "根本原因"),
        "B8",
        pick(s, "压接模具磨损未及时更换。", "线束固定卡扣边缘锐利。"),
        "root_cause[type=occurrence].cause",
        span="D8",
    )
    lv(
        s,
        "A9",
        code("D5_ACT", "永久措施"),
        "B9",
        pick(s, "模具寿命计数并到期强制更换。", "卡扣倒角 R0.5。"),
        "corrective_actions[0].action",
        span="D9",
    )
    lv(s, "A10", code("D8_APPR", "批准"), "B10", "徐建国", "closure.approved_by")
    lv(
        s,
        "C10",
        code("D8_DATE", "结案日期"),
        "D10",
        pick(s, D(2026, 3, 31), D(2026, 5, 8)),
        "closure.closed_date",
    )


def eightd_zht_sdk(s: Sheet) -> None:
    """8D 報告 written by an in-house report generator with the Open XML SDK: namespace-prefixed
    SpreadsheetML and inline strings; the title centred across the selection, not merged; the
    team one member a row."""
    s.ws["A1"].value = "8D 問題解決報告"
    across(s, "A1")
    for c in "BCD":
        across(s, f"{c}1")
    lv(s, "A2", "報告編號", "B2", pick(s, "8D-TW-26-021", "8D-TW-26-034"), "number")
    lv(s, "C2", "開立日期", "D2", pick(s, D(2026, 3, 3), D(2026, 4, 7)), "opened_date", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶", "B3", pick(s, "廣達電腦", "英業達"), "customer")
    lv(s, "C3", "料號", "D3", pick(s, "TW-HG-0881", "TW-HG-0935"), "part_no")
    team = pick(s, ["陳怡安", "王志豪", "李佩珊"], ["陳怡安", "黃俊明", "張雅婷", "吳冠廷"])
    label(s, "A4", "D1 小組成員", f"A{3 + len(team)}")
    for i, t in enumerate(team):
        s.value(f"B{4 + i}", t, path="team[*].name", label="D1 小組成員")
    r = 4 + len(team)
    lv(
        s,
        f"A{r}",
        "D2 問題描述",
        f"B{r}",
        pick(s, "轉軸扭力不足，螢幕無法定位。", "轉軸異音。"),
        "problem.statement",
        span=f"D{r}",
    )
    lv(
        s,
        f"A{r + 1}",
        "D3 暫時對策",
        f"B{r + 1}",
        pick(s, "庫存品扭力全檢。", "庫存品全檢異音。"),
        "containment[0].action",
        span=f"D{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "D4 根本原因",
        f"B{r + 2}",
        pick(s, "墊片厚度公差過大。", "潤滑脂塗佈量不足。"),
        "root_cause[type=occurrence].cause",
        span=f"D{r + 2}",
    )
    lv(
        s,
        f"A{r + 3}",
        "D5 永久對策",
        f"B{r + 3}",
        pick(s, "墊片改精沖並全檢厚度。", "自動塗佈機定量。"),
        "corrective_actions[0].action",
        span=f"D{r + 3}",
    )
    lv(s, f"A{r + 4}", "D8 核准", f"B{r + 4}", "周文彬", "closure.approved_by")
    lv(
        s,
        f"C{r + 4}",
        "結案日期",
        f"D{r + 4}",
        pick(s, D(2026, 3, 30), D(2026, 5, 6)),
        "closure.closed_date",
        fmt="yyyy/mm/dd",
    )


def return_en_formulas(s: Sheet) -> None:
    """An RMA sheet filled by a script: each line's amount ``=C7*D7`` and the total are FORMULAS
    WITHOUT cached values; the total too wide for its column on the print (``####``)."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "E1", size=13)
    lv(s, "A2", "RMA #", "B2", pick(s, "RMA-260311-04", "RMA-260420-11"), "number")
    lv(s, "C2", "Issue date", "D2", pick(s, D(2026, 3, 11), D(2026, 4, 20)), "issue_date", fmt="mm/dd/yyyy")
    lv(s, "A3", "Customer", "B3", pick(s, "Jabil Circuit (Wuxi)", "Celestica Suzhou"), "customer", span="E3")
    lv(s, "A4", "Complaint ref", "B4", pick(s, "QN-55120", "QN-55309"), "complaint_number")
    for c, h in zip("ABCDE", ("Part number", "Description", "Qty", "Unit price", "Amount")):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("JB-FAN-4010", "Fan 40x10 12V", 1500, 3.8), ("JB-FAN-6015", "Fan 60x15 12V", 2200, 5.2)],
        [
            ("CL-HS-2020", "Heatsink 20x20", 9000, 0.75),
            ("CL-HS-3030", "Heatsink 30x30", 12000, 1.1),
            ("CL-PAD-10", "Thermal pad 1.0", 30000, 0.32),
        ],
    )
    total = 0.0
    for i, (pn, name, q, p) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="Part number")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="Qty")
        s.value(f"D{r}", p, path=f"items[{i}].unit_price", label="Unit price", expect=money(p))
        formula(s, f"E{r}", f"=C{r}*D{r}", q * p, f"items[{i}].amount", "Amount")
        total += q * p
    r = 7 + len(lines)
    s.text(f"D{r}", "Total")
    s.box(f"E{r}")
    if not s.blank:
        s.ws[f"E{r}"].value = f"=SUM(E7:E{r - 1})"
        s.ws[f"E{r}"].number_format = "#,##0.00"
    lv(
        s,
        f"A{r + 2}",
        "Reason",
        f"B{r + 2}",
        pick(s, "Bearing noise above 32 dB.", "Wrong thermal pad thickness."),
        "reason",
        span=f"E{r + 2}",
    )
    lv(
        s,
        f"A{r + 3}",
        "Disposition",
        f"B{r + 3}",
        pick(s, "Replace", "Credit"),
        "handling",
        expect=pick(s, ["replace"], ["credit"]),
    )
    lv(s, f"C{r + 3}", "Received by", f"D{r + 3}", "M. Lopez", "warehouse_receiver")


def return_zh_sdk(s: Sheet) -> None:
    """成品退货单 exported by a WMS with the Open XML SDK: namespace-prefixed SpreadsheetML, NO
    STYLES part (dates typed as ISO date-time text), a no-break space inside the customer name."""
    s.text("A1", "成品退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-WMS-2603-0091", "TH-WMS-2604-0133"), "number")
    d = pick(s, D(2026, 3, 13), D(2026, 4, 22))
    lv(s, "C2", "退货日期", "D2", iso_time(d, 10, 12), "issue_date", expect=d.isoformat())
    cust = pick(s, f"上汽大众{NB}安亭工厂", f"长城汽车{NB}保定基地")
    lv(s, "E2", "客户", "F2", cust, "customer", expect=cust.replace(NB, " "))
    for c, h in zip("ABCDEF", ("物料号", "品名", "数量", "单位", "单价", "金额")):
        s.text(f"{c}4", h, bold=True)
    lines = pick(
        s,
        [("SQ-BRK-11", "刹车片支架", 400, 6.5), ("SQ-BRK-12", "刹车片弹簧", 1200, 0.9)],
        [("CW-PIN-03", "导向销", 800, 2.25)],
    )
    for i, (pn, name, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="物料号")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="数量")
        s.value(f"D{r}", "件", path=None, label="单位")
        s.value(f"E{r}", money(p), path=f"items[{i}].unit_price", label="单价")
        s.value(f"F{r}", money(q * p), path=f"items[{i}].amount", label="金额")
    lv(
        s,
        "A8",
        "退货原因",
        "B8",
        pick(s, "支架孔位偏移，客户装配不上。", "导向销表面锈蚀。"),
        "reason",
        span="F8",
    )
    lv(s, "A9", "处理方式", "B9", pick(s, "返工", "报废"), "handling", expect=pick(s, ["rework"], ["scrap"]))
    lv(s, "C9", "仓库签收", "D9", pick(s, "何静", "何静"), "warehouse_receiver")
    r = pick(s, D(2026, 3, 14), D(2026, 4, 23))
    lv(s, "E9", "收货日期", "F9", iso_time(r, 15, 40), "received_date", expect=r.isoformat())


def return_zht_zwsp(s: Sheet) -> None:
    """退貨單 filled by pasting from a customer's web portal: ZERO-WIDTH spaces inside the part
    numbers (``DX-​LED-0330``), the labels of the header row centred across two cells instead of
    merged, 退貨日期 as ISO date-time text."""
    s.ws["A1"].value = "退　貨　單"
    for c in "ABCDEF":
        across(s, f"{c}1")
    lv(s, "A2", "退貨單號", "B2", "RT-DX-2603-15", "number")
    lv(s, "C2", "退貨日期", "D2", iso_time(D(2026, 3, 16), 11, 5), "issue_date", expect="2026-03-16")
    lv(s, "E2", "客戶", "F2", "友達光電", "customer")
    for c, h in zip("ABCDEF", ("料號", "品名", "數量", "單價", "金額", "備註")):
        s.text(f"{c}4", h, bold=True, shade=True, center=True)
    lines = (("DX-LED-0330", "LED 燈條 330mm", 600, 18.0), ("DX-LED-0450", "LED 燈條 450mm", 250, 24.5))
    for i, (pn, name, q, p) in enumerate(lines):
        r = 5 + i
        typed = pn.replace("-", f"-{ZW}", 1)
        s.value(
            f"A{r}",
            typed,
            path=f"items[{i}].part_no",
            label="料號",
            expect=pn,
            note="a zero-width space pasted inside",
        )
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="數量")
        s.value(f"D{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p), fmt="#,##0.00")
        s.value(f"E{r}", q * p, path=f"items[{i}].amount", label="金額", expect=money(q * p), fmt="#,##0.00")
        s.box(f"F{r}")
    lv(s, "A8", "退貨原因", "B8", "燈條亮度不均，客戶 IQC 判退。", "reason", span="F8")
    lv(s, "A9", "處理方式", "B9", "換貨", "handling", expect=["replace"])
    lv(s, "C9", "倉管", "D9", "葉淑惠", "warehouse_receiver")
    label(s, "E9", "核准")
    s.box("F9")
    absent(s, "核准", "F9", "", "approved_by")


def allowance_en_hashes(s: Sheet) -> None:
    """A Credit Memo whose net and total amounts are TOO WIDE for their narrow column (the print
    shows ``####``), a line's long description CLIPPED by the quantity cell on the print."""
    s.text("A1", "CREDIT MEMO", "E1", size=14)
    lv(s, "A2", "Memo No.", "B2", pick(s, "CM-26-00412", "CM-26-00587"), "number")
    lv(
        s,
        "C2",
        "Date",
        "D2",
        pick(s, D(2026, 3, 26), D(2026, 4, 29)),
        "issue_date",
        fmt="mmm d, yyyy",
        span="E2",
    )
    lv(s, "A3", "Bill to", "B3", pick(s, "Flex Ltd. (Zhuhai)", "Sanmina SCI Shenzhen"), "buyer", span="E3")
    lv(s, "A4", "Original invoice", "B4", pick(s, "INV-2602-3318", "INV-2603-4102"), "invoice_no")
    lv(s, "C4", "Claim", "D4", pick(s, "CLM-0931", "CLM-1044"), "complaint_number")
    for c, h in zip("ABCDE", ("Description", "Qty", "Unit price", "Credit", "Tax")):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [
            ("Power inductor 10 µH shielded, lot L2602 rejected for inductance drift", 1200000, 0.35),
            ("SMD ferrite bead 0603", 2500000, 0.04),
        ],
        [("Common-mode choke 2 mH, wrong marking on reels returned by customer", 600000, 0.92)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(
            f"A{r}",
            name,
            path=f"items[{i}].name",
            label="Description",
            note="clipped on the print by the next cell" if len(name) > 30 else None,
        )
        clipped(s, f"A{r}")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="Qty", fmt="#,##0")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="Unit price", expect=money(p))
        s.value(
            f"D{r}", a, path=f"items[{i}].allowance_amount", label="Credit", expect=money(a), fmt="#,##0.00"
        )
        s.value(f"E{r}", t, path=f"items[{i}].tax", label="Tax", expect=money(t), fmt="#,##0.00")
    r = 7 + len(lines) + 1
    lv(
        s,
        f"C{r}",
        "Net credit",
        f"D{r}",
        net,
        "total_excl_tax",
        expect=money(net),
        fmt="#,##0.00",
        note="prints ####",
    )
    lv(s, f"C{r + 1}", "VAT 13 %", f"D{r + 1}", tax, "total_tax", expect=money(tax), fmt="#,##0.00")
    lv(
        s,
        f"C{r + 2}",
        "Total credit",
        f"D{r + 2}",
        round(net + tax, 2),
        "total",
        expect=money(net + tax),
        fmt="#,##0.00",
        note="prints ####",
    )
    lv(s, f"A{r + 3}", "Authorised", f"B{r + 3}", "R. Tan", "approved_by_manager")


def allowance_zh_inline(s: Sheet) -> None:
    """销货折让证明单 exported from an online invoicing service: INLINE STRINGS, each line's 税额
    and the totals FORMULAS WITHOUT cached values, the tax id with a zero-width space pasted in."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    lv(s, "A2", "证明单号", "B2", pick(s, "ZR-YS-2603-021", "ZR-YS-2604-007"), "number")
    lv(s, "C2", "开具日期", "D2", pick(s, D(2026, 3, 27), D(2026, 4, 28)), "issue_date")
    lv(
        s,
        "A3",
        "购买方名称",
        "B3",
        pick(s, "广州视源电子科技股份有限公司", "深圳创维-RGB电子有限公司"),
        "buyer",
        span="C3",
    )
    tid = pick(s, "91440101MA59F2XK3N", "914403001922384561")
    lv(
        s,
        "D3",
        "税号",
        "E3",
        tid[:9] + ZW + tid[9:],
        "buyer_tax_id",
        expect=tid,
        note="a zero-width space pasted inside",
    )
    lv(s, "A4", "原发票号码", "B4", pick(s, "04412600 11230045", "04412600 11234471"), "invoice_no")
    lv(s, "C4", "原发票日期", "D4", pick(s, D(2026, 3, 3), D(2026, 4, 2)), "invoice_date")
    for c, h in zip("ABCDE", ("货物名称", "数量", "单价", "折让金额", "税额")):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("液晶驱动板 T-CON", 500, 12.0), ("背光驱动板", 800, 6.5)],
        [("电源板 PW-65", 300, 15.0), ("遥控器 RC-12", 1000, 2.2), ("按键板", 400, 1.75)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = q * p, round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(
            f"D{r}", a, path=f"items[{i}].allowance_amount", label="折让金额", expect=money(a), fmt="#,##0.00"
        )
        formula(s, f"E{r}", f"=ROUND(D{r}*0.13,2)", t, f"items[{i}].tax", "税额")
    r = 7 + len(lines)
    s.text(f"A{r}", "合计")
    formula(s, f"D{r}", f"=SUM(D7:D{r - 1})", net, "total_excl_tax", "合计 折让金额")
    formula(s, f"E{r}", f"=SUM(E7:E{r - 1})", tax, "total_tax", "合计 税额")
    lv(s, f"A{r + 1}", "经办人", f"B{r + 1}", "罗晓", None)
    lv(s, f"C{r + 1}", "财务主管", f"D{r + 1}", "梁嘉欣", "approved_by_manager")


def allowance_zht_erpcodes(s: Sheet) -> None:
    """營業人銷貨折讓證明單 from a Taiwanese ERP: labels with FIELD CODES (``INV_NO 發票號碼``), NO
    STYLES part (dates as ISO date-time text, amounts as typed text)."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "E1", size=13)
    lv(s, "A2", code("DOC_NO", "證明單號"), "B2", "AL-TW-2603-08", "number")
    lv(
        s,
        "C2",
        code("DOC_DATE", "開立日期"),
        "D2",
        iso_time(D(2026, 3, 30), 17, 2),
        "issue_date",
        expect="2026-03-30",
    )
    lv(s, "A3", code("BUYER_NAME", "買受人"), "B3", "仁寶電腦工業股份有限公司", "buyer")
    lv(s, "C3", code("BUYER_BAN", "統一編號"), "D3", "22099131", "buyer_tax_id")
    lv(s, "A4", code("INV_NO", "發票號碼"), "B4", "QX-20458812", "invoice_no")
    lv(
        s,
        "C4",
        code("INV_DATE", "發票日期"),
        "D4",
        iso_time(D(2026, 3, 4), 0, 0),
        "invoice_date",
        expect="2026-03-04",
    )
    for c, h in zip(
        "ABCDE",
        (
            code("ITEM_DESC", "品名"),
            code("QTY", "數量"),
            code("U_PRICE", "單價"),
            code("AMT", "金額"),
            code("TAX_AMT", "營業稅額"),
        ),
    ):
        s.text(f"{c}6", h, bold=True)
    lines = (("散熱模組 HM-22", 200, 150.0), ("導熱膏 TG-5", 1000, 8.0))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", str(q), path=f"items[{i}].qty", label="數量", expect=q)
        s.value(f"C{r}", money(p), path=f"items[{i}].unit_price", label="單價")
        s.value(f"D{r}", f"{a:,.0f}", path=f"items[{i}].allowance_amount", label="金額", expect=money(a))
        s.value(f"E{r}", f"{t:,.0f}", path=f"items[{i}].tax", label="營業稅額", expect=money(t))
    lv(s, "A9", code("TOT_AMT", "合計金額"), "B9", f"{net:,.0f}", "total_excl_tax", expect=money(net))
    lv(s, "C9", code("TOT_TAX", "合計稅額"), "D9", f"{tax:,.0f}", "total_tax", expect=money(tax))
    lv(s, "A10", code("MGR", "主管"), "B10", "林宏志", "approved_by_manager")
    lv(s, "C10", code("GM", "總經理"), "D10", "蔡明德", "approved_by_gm")


INLINE = dict(after_save=producer(inline_strings))
EXCEL = [
    dict(
        id="complaint-zh-erpcodes",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_erpcodes,
        sheet="CMP",
        widths=dict(A=22, B=26, C=22, D=26),
        copy2=True,
        **INLINE,
        imitates="客户投诉处理单 exported by an ERP: field codes beside the labels, inline strings, ISO date-time text",
        unmapped=[],
    ),
    dict(
        id="complaint-en-sdk",
        kind="complaint",
        language="en",
        draw=complaint_en_sdk,
        sheet="QN",
        widths=dict(A=16, B=16, C=14, D=7, E=12, F=28),
        after_save=producer(prefixed),
        imitates="a customer's Quality Notification written with the Open XML SDK (x:-prefixed), a quantity printed ####",
        unmapped=["Contact"],
    ),
    dict(
        id="complaint-zht-clipped",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_clipped,
        sheet="客訴單",
        widths=dict(A=12, B=22, C=12, D=16, E=12, F=18),
        imitates="客訴處理單 of a cable maker: a long text clipped on the print, a corrected quantity in a cell note",
        unmapped=["附件"],
    ),
    dict(
        id="8d-en-nostyles",
        kind="8d",
        language="en",
        draw=eightd_en_nostyles,
        sheet="8D",
        widths=dict(A=24, B=30, C=14, D=30),
        after_save=producer(inline_strings, no_styles),
        imitates="an 8D from a web tool's minimal writer: no styles part, inline strings, ISO date-time text",
        unmapped=[],
    ),
    dict(
        id="8d-zh-formulas",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_formulas,
        sheet="8D",
        widths=dict(A=20, B=18, C=20, D=22),
        imitates="8D报告 written by a MES script: a formula without a cached value, field codes beside the labels",
        unmapped=["各线不良"],
    ),
    dict(
        id="8d-zht-sdk",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_sdk,
        sheet="8D",
        widths=dict(A=16, B=20, C=14, D=20),
        copy2=True,
        after_save=producer(inline_strings, prefixed),
        imitates="8D 報告 from an Open XML SDK report generator: x:-prefixed, inline strings, title centred across",
        unmapped=[],
    ),
    dict(
        id="return-en-formulas",
        kind="return",
        language="en",
        draw=return_en_formulas,
        sheet="RMA",
        widths=dict(A=16, B=22, C=10, D=12, E=9),
        copy2=True,
        imitates="an RMA filled by a script: amounts as formulas without cached values, the total printed ####",
        unmapped=["Total"],
    ),
    dict(
        id="return-zh-sdk",
        kind="return",
        language="zh-Hans",
        draw=return_zh_sdk,
        sheet="退货单",
        widths=dict(A=14, B=20, C=12, D=22, E=10, F=24),
        copy2=True,
        after_save=producer(prefixed, no_styles),
        imitates="成品退货单 exported by a WMS: x:-prefixed, no styles part, ISO date-time text",
        unmapped=["单位"],
    ),
    dict(
        id="return-zht-zwsp",
        kind="return",
        language="zh-Hant",
        draw=return_zht_zwsp,
        sheet="退貨單",
        widths=dict(A=16, B=18, C=10, D=22, E=12, F=14),
        imitates="退貨單 pasted from a portal: zero-width spaces in part numbers, centred-across title",
        unmapped=["備註"],
    ),
    dict(
        id="allowance-en-hashes",
        kind="allowance",
        language="en",
        draw=allowance_en_hashes,
        sheet="Credit Memo",
        widths=dict(A=26, B=14, C=12, D=9, E=10),
        copy2=True,
        imitates="a Credit Memo whose totals print #### and a long line text clipped",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-inline",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_inline,
        sheet="折让证明单",
        widths=dict(A=20, B=12, C=14, D=14, E=24),
        copy2=True,
        **INLINE,
        imitates="销货折让证明单 from an online invoicing service: inline strings, tax formulas without cached values",
        unmapped=["经办人"],
    ),
    dict(
        id="allowance-zht-erpcodes",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_erpcodes,
        sheet="AL",
        widths=dict(A=22, B=28, C=20, D=24, E=20),
        after_save=producer(no_styles),
        imitates="營業人銷貨折讓證明單 from an ERP: field codes beside the labels, no styles part",
        unmapped=[],
    ),
]


# =============================================================================== sent as PDF only
def complaint_en_chromium_iso(f: HtmlForm) -> str:
    """A customer's supplier portal page printed by Chromium: every date an ISO date-time with
    its zone (``2026-03-05T14:30:00+08:00``), field codes in small grey type under each label,
    no-break spaces between the number and the unit."""
    rec = pick(f, D(2026, 3, 5), D(2026, 4, 14))
    rows = [
        ("Notification No.", "NOTIF_ID", "SQN-2026-004417", "number", None),
        ("Created", "CREATED_AT", f"{iso_time(rec, 14, 30)}+08:00", "received_date", rec.isoformat()),
        ("Customer", "CUSTOMER", "Lear Corporation (Wuhan)", "customer", None),
        ("Part No.", "PART_NO", "LR-HRN-5521", "part_no", None),
        ("Part name", "PART_DESC", "Seat harness 5-pin", "part_name", None),
        ("Rejected qty", "REJ_QTY", f"64{NB}pcs", "defect_qty", 64),
        ("Problem", "DEFECT_TEXT", "Terminal not locked in housing, 64 harnesses.", "description", None),
        ("Supplier contact", "SUP_CONTACT", "Zhou Lin", "reporter", None),
    ]
    f.raw('<h2>Supplier Quality Notification</h2><table class="form">')
    for lab, erp, raw, path, exp in rows:
        f.raw(
            f"<tr><th>{lab}<br><small>{erp}</small></th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td></tr>"
        )
    f.raw("<tr><th>Containment due<br><small>D3_DUE</small></th><td>")
    due = f"{iso_time(rec + dt.timedelta(days=1), 14, 30)}+08:00"
    f.raw(f.val(due, path=None, label="Containment due"))
    f.raw("</td></tr><tr><th>Lot<br><small>LOT</small></th><td></td></tr></table>")
    pdf_absent(f, "Lot", "html!lot", "", "lot_no")
    return f.page(
        "Supplier Quality Notification",
        "h2{margin:10px}table.form{border-collapse:collapse;margin:10px;width:90%}"
        "table.form th{background:#eef;width:30%;text-align:left}small{color:#888;font-weight:normal}"
        "table.form th,table.form td{border:1px solid #555;padding:4px}",
    )


def eightd_zh_fpdf_erpcodes(f: PdfDraw) -> None:
    """8D printed by a QMS in a monospaced layout: every line ``D2_PROBLEM 问题描述 : …`` with the
    field code first, the team members separated by ``|``."""
    f = CjkDraw.of(f)
    f.text(80, 16, "8D 报告（QMS 打印）", 14, bold=True)
    team = pick(f, ["贺军", "吴倩", "邵峰"], ["贺军", "吴倩"])
    rows = [
        ("RPT_NO 报告编号", pick(f, "QMS-8D-26-0118", "QMS-8D-26-0161"), "number", None),
        ("OPEN_DATE 立案日期", pick(f, "2026-03-09", "2026-04-15"), "opened_date", None),
        ("CUSTOMER 客户", pick(f, "潍柴动力股份有限公司", "玉柴机器股份有限公司"), "customer", None),
        ("PART_NO 零件号", pick(f, "WC-GSK-208", "YC-GSK-311"), "part_no", None),
        ("D1_TEAM 小组成员", " | ".join(team), None, None),
        (
            "D2_PROBLEM 问题描述",
            pick(f, "缸盖垫片漏油 18 台。", "垫片压痕不均 6 台。"),
            "problem.statement",
            None,
        ),
        ("D3_CONTAIN 临时措施", pick(f, "在库垫片全数复检。", "隔离在库品。"), "containment[0].action", None),
        (
            "D4_CAUSE 根本原因",
            pick(f, "冲压模具刃口磨损。", "涂胶厚度不均。"),
            "root_cause[type=occurrence].cause",
            None,
        ),
        (
            "D5_ACTION 永久措施",
            pick(f, "刃口每 5 万次修磨。", "涂胶机改闭环控制。"),
            "corrective_actions[0].action",
            None,
        ),
        ("D8_APPROVER 批准", pick(f, "孔德明", "孔德明"), "closure.approved_by", None),
        ("D8_DATE 结案日期", pick(f, "2026-04-03", "2026-05-12"), "closure.closed_date", None),
    ]
    y = 30
    for lab, raw, path, exp in rows:
        f.text(15, y, lab, 9)
        f.text(75, y, ":", 9)
        f.value(80, y, raw, path=path, label=lab, expect=exp)
        y += 8
    if not f.blank:
        for t in team:
            f.fields.append(
                {
                    "label": "D1_TEAM 小组成员",
                    "cell": "p1!80,62",
                    "value": " | ".join(team),
                    "path": "team[*].name",
                    "expect": t,
                }
            )


def return_zht_fpdf_minus(f: PdfDraw) -> None:
    """退貨單 printed from SAP as a return delivery: quantities and amounts with SAP's TRAILING
    MINUS (``300-``, ``12,600.00-``: a goods movement out of the customer's stock)."""
    f = CjkDraw.of(f)
    f.text(85, 16, "退貨單（退貨交貨）", 14, bold=True)
    f.text(15, 28, "退貨單號", 9)
    f.value(40, 28, "8400012931", path="number", label="退貨單號")
    f.text(110, 28, "過帳日期", 9)
    f.value(135, 28, "2026.03.18", path="issue_date", label="過帳日期", expect="2026-03-18")
    f.text(15, 36, "客戶", 9)
    f.value(40, 36, "和碩聯合科技股份有限公司", path="customer", label="客戶")
    heads = ((15, "料號"), (55, "品名"), (110, "數量"), (135, "單價"), (165, "金額"))
    for x, h in heads:
        f.text(x, 48, h, 9)
    f.pdf.line(15, 50, 195, 50)
    lines = (("PG-ADP-0650", "變壓器 65W", 300, 42.0), ("PG-CBL-0120", "電源線 1.2M", 500, 6.5))
    for i, (pn, name, q, p) in enumerate(lines):
        y = 57 + 7 * i
        f.value(15, y, pn, path=f"items[{i}].part_no", label="料號")
        f.value(55, y, name, path=f"items[{i}].part_name", label="品名")
        f.value(110, y, f"{q:,}-", path=f"items[{i}].qty_returned", label="數量", expect=q)
        f.value(135, y, f"{p:.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        f.value(165, y, f"{q * p:,.2f}-", path=f"items[{i}].amount", label="金額", expect=money(q * p))
    f.pdf.line(15, 74, 195, 74)
    f.text(15, 82, "退貨原因", 9)
    f.value(40, 82, "輸出電壓不穩，客戶燒機判退。", path="reason", label="退貨原因")
    f.text(15, 90, "倉庫簽收", 9)
    f.value(40, 90, "鄭雅雯", path="warehouse_receiver", label="倉庫簽收")
    f.text(110, 90, "核准", 9)
    f.value(135, 90, "邱振宇", path="approved_by", label="核准")


def allowance_en_fpdf_minus(f: PdfDraw) -> None:
    """A credit memo printed from SAP: every amount with a TRAILING MINUS (``1,250.00-``), dates
    ``DD.MM.YYYY``, the item lines ``10`` / ``20`` with their material numbers."""
    f.text(15, 18, "CREDIT MEMO", 15, bold=True)
    pairs = (
        ("Credit memo", "9100045521", "number", None),
        ("Billing date", "27.03.2026", "issue_date", "2026-03-27"),
        ("Sold-to party", "Continental Automotive (Tianjin)", "buyer", None),
        ("Reference invoice", "9000381177", "invoice_no", None),
    )
    y = 30
    for lab, raw, path, exp in pairs:
        f.text(15, y, lab, 9)
        f.value(60, y, raw, path=path, label=lab, expect=exp)
        y += 7
    for x, h in ((15, "Item"), (28, "Description"), (110, "Quantity"), (140, "Net value"), (170, "Tax")):
        f.text(x, 66, h, 9, bold=True)
    f.pdf.line(15, 68, 195, 68)
    lines = (("Sensor bracket SB-12", 2000, 0.85), ("Sensor cover SC-40", 1500, 1.2))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        yy = 75 + 7 * i
        a, t = q * p, round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        f.text(15, yy, f"{(i + 1) * 10}", 9)
        f.value(28, yy, name, path=f"items[{i}].name", label="Description")
        f.value(110, yy, f"{q:,} PC", path=f"items[{i}].qty", label="Quantity", expect=q)
        f.value(
            140, yy, f"{a:,.2f}-", path=f"items[{i}].allowance_amount", label="Net value", expect=money(a)
        )
        f.value(170, yy, f"{t:,.2f}-", path=f"items[{i}].tax", label="Tax", expect=money(t))
    f.pdf.line(15, 90, 195, 90)
    f.text(110, 97, "Total net", 9)
    f.value(140, 97, f"{net:,.2f}-", path="total_excl_tax", label="Total net", expect=money(net))
    f.text(110, 104, "Output tax 13 %", 9)
    f.value(140, 104, f"{tax:,.2f}-", path="total_tax", label="Output tax 13 %", expect=money(tax))
    f.text(110, 111, "Final amount", 9, bold=True)
    f.value(140, 111, f"{net + tax:,.2f}-", path="total", label="Final amount", expect=money(net + tax))


SENT_AS_PDF = [
    dict(
        id="complaint-en-chromium-iso",
        kind="complaint",
        language="en",
        medium="html",
        draw=complaint_en_chromium_iso,
        imitates="a supplier portal's notification printed by Chromium: ISO date-times with a zone, field codes under the labels",
        unmapped=["Containment due", "Lot"],
    ),
    dict(
        id="8d-zh-fpdf-erpcodes",
        kind="8d",
        language="zh-Hans",
        medium="fpdf",
        draw=eightd_zh_fpdf_erpcodes,
        copy2=True,
        imitates="an 8D printed by a QMS: field codes before the labels, team separated by |",
        unmapped=[],
    ),
    dict(
        id="return-zht-fpdf-minus",
        kind="return",
        language="zh-Hant",
        medium="fpdf",
        draw=return_zht_fpdf_minus,
        imitates="退貨單 printed from SAP with trailing-minus quantities and amounts",
        unmapped=[],
    ),
    dict(
        id="allowance-en-fpdf-minus",
        kind="allowance",
        language="en",
        medium="fpdf",
        draw=allowance_en_fpdf_minus,
        imitates="an SAP credit memo with trailing-minus amounts and DD.MM.YYYY dates",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "complaint-docx-renamed.xlsx": "a Word document (a complaint letter) renamed .xlsx: a zip, but no workbook in it; a clear error, never a record",
    "return-cut-short.xlsx": "a workbook cut short by a broken download (the first 60 % of its bytes, no zip directory): a clear error, never a record",
}


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd_expected(out, ODD)
    from docx import Document

    doc = Document()
    doc.add_heading("客户投诉函", 1)
    doc.add_paragraph("投诉编号：TS-LTR-2603-02　客户：美的集团　投诉日期：2026-03-05")
    doc.add_paragraph("贵司 3 月 2 日交付之直流无刷风机电机（MT-BL-5520）85 台异响，请于 7 日内回复 8D。")
    doc.core_properties.created = dt.datetime(2026, 3, 5)
    doc.core_properties.modified = dt.datetime(2026, 3, 5)
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out / "odd" / "complaint-docx-renamed.xlsx")
    from make_layouts import save

    s = Sheet("退货单", False, dict(A=14, B=20, C=12, D=14))
    return_zh_sdk(s)
    whole = out / "odd" / "return-whole.xlsx"
    save(s, whole)
    data = whole.read_bytes()
    whole.unlink()
    (out / "odd" / "return-cut-short.xlsx").write_bytes(data[: len(data) * 6 // 10])


def _fixed_zip(data: bytes, target: Path) -> None:
    """The zip's parts again with fixed dates (python-docx stamps the time of writing)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    parts = [
        (n, re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*<", rb"<dcterms:\1>2026-03-05T00:00:00Z<", d))
        for n, d in parts
    ]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, d in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=WHEN), d, compress_type=zipfile.ZIP_DEFLATED)


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "eleventh held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
