"""Write the tenth held-out set (run: ``python tests/holdout10/make_holdout10.py``).

Written from public descriptions of real forms (客户投诉处理表, a customer's Supplier Complaint,
客訴處理單, a customer's SCAR / 8D, 8D报告, 8D 報告, an RMA with an Excel table, 退货单, 退貨單,
a Swiss customer's Credit Note, 销货折让证明单, 折讓證明單, an exporter's Credit Note) WITHOUT
reading the reader's code, for clerks' habits no earlier set holds: a corrected value kept
STRUCK THROUGH in the same cell before the new one (rich text); numbers and codes stored as text
with a leading apostrophe (``'000451``, ``'200``); dates typed as eight-digit numbers
(``20260305``, a General number cell); the form placed far from A1 (its top-left at F12) beside
the company logo; a value typed in a TEXT BOX (a drawing shape) over the grid instead of its
cell; an item list made an Excel TABLE (ListObject with filter buttons and a styled header);
names with the department or role after them (``王强/品保部``, ``Li Ming (QA)``); an e-mail
address and a phone number in the cells next to the dates and quantities; Swiss thousands
apostrophes (``1'250.50``); ``N/A`` in fields that do not apply; numbered points ``1、…`` on
separate lines of one merged cell. Sent as PDF only: a complaint received as an E-MAIL (a
forwarded mail printed by Chromium, two mail headers whose dates are not the complaint's), an
8D whose D5–D8 continue on page 2 under a running page header, a 退貨單 printed on continuous
stationery by a dot-matrix printer OUT OF REGISTER (every value shifted down and right across
the box lines), a credit note with ``SAY US DOLLARS … ONLY``. ``odd/`` holds files that must
give a clear error (a CSV export renamed ``.xlsx``; a workbook whose whole form is one text box).
Differs from ``tests/layouts``, ``tests/holdout`` … ``tests/holdout9`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Output in the format of ``tests/holdout9`` (see its README). Deterministic for the xlsx/json
files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips them; ``--out DIR``
writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zipfile
from html import escape
from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.drawing.image import Image as XlImage
from openpyxl.worksheet.table import Table, TableStyleInfo

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
    kv_rows,
    label,
    lv,
    money,
    odd_expected,
    pick,
    plain,
    run,
)
from make_holdout8 import CjkDraw  # noqa: E402

D = dt.date
SOURCE = dict(origin="tenth held-out imitation", source="tests/holdout10/make_holdout10.py")
LOGO = HERE.parent / "holdout8" / "assets" / "logo.png"


# =============================================================================== how clerks type
def ymd(d: dt.date) -> int:
    """A date typed as an eight-digit number ``20260305`` (a General number cell)."""
    return int(f"{d:%Y%m%d}")


def date_number(s: Sheet, ref: str, d: dt.date, path: str | None, lab: str, span=None) -> None:
    s.value(
        ref,
        ymd(d),
        path=path,
        label=lab,
        expect=d.isoformat(),
        shown=str(ymd(d)),
        note="a General number cell",
        span=span,
    )


def swiss(x: float) -> str:
    """Swiss thousands apostrophes: ``1'250.50``."""
    return f"{x:,.2f}".replace(",", "'")


def struck(s: Sheet, ref: str, old: str, new: str, path: str | None, lab: str, expect, span=None) -> None:
    """A corrected value: the old one kept STRUCK THROUGH in the cell, the new one after it."""
    s.value(ref, f"{old} {new}", path=path, label=lab, expect=expect, span=span)
    if not s.blank:
        s.ws[ref].value = CellRichText(
            [
                TextBlock(InlineFont(strike=True, sz=10, color="FF0000"), old),
                TextBlock(InlineFont(sz=10), f" {new}"),
            ]
        )


def quoted(s: Sheet, ref: str, typed: str, path: str | None, lab: str, expect=None, span=None) -> None:
    """A number or code typed with a leading apostrophe: stored as text (``quotePrefix``)."""
    s.value(
        ref, typed, path=path, label=lab, expect=expect, note="typed with a leading apostrophe", span=span
    )
    if not s.blank:
        s.ws[ref].quotePrefix = True


def logo(s: Sheet, anchor: str) -> None:
    img = XlImage(str(LOGO))
    img.width, img.height = 120, 44
    s.ws.add_image(img, anchor)


class Offset:
    """A form whose top-left corner is not A1: ``at("A1")`` is the form's own A1 moved."""

    def __init__(self, cols: int, rows: int) -> None:
        self.cols, self.rows = cols, rows

    def __call__(self, ref: str) -> str:
        from openpyxl.utils import column_index_from_string, get_column_letter

        col, row = re.fullmatch(r"([A-Z]+)(\d+)", ref).groups()  # type: ignore[union-attr]
        return f"{get_column_letter(column_index_from_string(col) + self.cols)}{int(row) + self.rows}"


# ------------------------------------------------------------------------ text boxes over the grid
def text_box(s: Sheet, ref: str, span: str, text: str, path: str | None, lab: str, expect=None) -> None:
    """A value typed in a text box (a drawing shape) laid over ``ref:span``; the cells stay
    empty. openpyxl cannot write shapes: :func:`add_text_boxes` adds them to the saved file."""
    s.box(ref, span)
    if s.blank:
        return
    s.__dict__.setdefault("text_boxes", []).append((ref, span, text))
    if path:
        field(s, lab, f"{ref}:{span}", text, path, text if expect is None else expect, note=TEXT_BOX)


TEXT_BOX = "typed in a text box over the cells"
_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _anchor(i: int, ref: str, span: str, text: str) -> str:
    from openpyxl.utils.cell import coordinate_to_tuple

    r1, c1 = coordinate_to_tuple(ref)
    r2, c2 = coordinate_to_tuple(span)
    paras = "".join(
        f'<a:p><a:r><a:rPr lang="zh-CN" sz="1000"/><a:t>{escape(line)}</a:t></a:r></a:p>'
        for line in text.split("\n")
    )
    return (
        f"<xdr:twoCellAnchor><xdr:from><xdr:col>{c1 - 1}</xdr:col><xdr:colOff>38100</xdr:colOff>"
        f"<xdr:row>{r1 - 1}</xdr:row><xdr:rowOff>19050</xdr:rowOff></xdr:from>"
        f"<xdr:to><xdr:col>{c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r2}</xdr:row>"
        f"<xdr:rowOff>0</xdr:rowOff></xdr:to>"
        f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{i + 2}" name="TextBox {i + 1}"/>'
        '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/>'
        '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr>'
        '<xdr:txBody><a:bodyPr wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>'
        f"{paras}</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
    )


def add_text_boxes(path: Path, sheet: Sheet) -> None:
    """Write the sheet's text boxes as Excel does: a drawing part with one ``xdr:sp`` (txBox)
    per box, related from the first worksheet (which has no other drawing)."""
    boxes = getattr(sheet, "text_boxes", None)
    if not boxes:
        return
    drawing = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}">'
        + "".join(_anchor(i, *b) for i, b in enumerate(boxes))
        + "</xdr:wsDr>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdTb1" Type="{_R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path) as z:
        parts = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    when = (2026, 9, 8, 9, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/drawings/drawing1.xml" '
                    b'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
                )
            if name == "xl/worksheets/sheet1.xml":
                if b"xmlns:r=" not in data[:600]:
                    data = data.replace(b"<worksheet ", f'<worksheet xmlns:r="{_R}" '.encode(), 1)
                data = re.sub(rb"(<tableParts|</worksheet>)", b'<drawing r:id="rIdTb1"/>\\1', data, count=1)
            z.writestr(zipfile.ZipInfo(name, date_time=when), data, compress_type=zipfile.ZIP_DEFLATED)
        for name, text in (
            ("xl/worksheets/_rels/sheet1.xml.rels", rels),
            ("xl/drawings/drawing1.xml", drawing),
        ):
            z.writestr(
                zipfile.ZipInfo(name, date_time=when), text.encode(), compress_type=zipfile.ZIP_DEFLATED
            )


def excel_table(s: Sheet, name: str, ref: str) -> None:
    """The item list made an Excel table (Insert ▸ Table): filter buttons, a banded style."""
    t = Table(displayName=name, ref=ref)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    s.ws.add_table(t)


# =============================================================================== Excel layouts
def complaint_zh_strike(s: Sheet) -> None:
    """客户投诉处理表 of a compressor plant: two values corrected by the clerk with the old value
    kept STRUCK THROUGH in red before the new one (不良数 ``~~48~~ 52``, 出货日期
    ``~~2026/2/26~~ 2026/2/27``), 改善对策 as numbered points ``1、… 2、… 3、…`` on separate lines of
    one merged cell, the reporter written ``王强/品保部``."""
    s.text("A1", "客户投诉处理表", "F1", size=15)
    plain(s, "A2", "表单编号：QP-8.2-11　版次：B", "F2")
    lv(s, "A3", "投诉单号", "B3", pick(s, "TS-YS-2603-017", "TS-YS-2604-031"), "number")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 13))
    lv(s, "C3", "投诉日期", "D3", rec, "received_date")
    lv(s, "E3", "客户", "F3", pick(s, "奥克斯空调股份有限公司", "志高空调(九江)有限公司"), "customer")
    lv(s, "A4", "产品型号", "B4", pick(s, "YS-QXR-25", "YS-QXR-33"), "part_no")
    lv(s, "C4", "产品名称", "D4", pick(s, "旋转式压缩机", "变频压缩机"), "part_name")
    lv(s, "E4", "生产批号", "F4", pick(s, "B2602-07", "B2603-19"), "lot_no")
    label(s, "A5", "出货日期")
    old, new = pick(s, (D(2026, 2, 26), D(2026, 2, 27)), (D(2026, 4, 1), D(2026, 4, 2)))
    struck(s, "B5", f"{old:%Y/%-m/%-d}", f"{new:%Y/%-m/%-d}", "ship_date", "出货日期", new.isoformat())
    lv(s, "C5", "出货数量", "D5", pick(s, 2400, 1800), "ship_qty")
    label(s, "E5", "不良数")
    o, n = pick(s, (48, 52), (20, 17))
    struck(s, "F5", str(o), str(n), "defect_qty", "不良数", n)
    lv(
        s,
        "A6",
        "不良描述",
        "B6",
        pick(s, "压缩机启动异响，客户整机线 52 台噪音超标。", "压缩机卡缸 17 台，客户返修。"),
        "description",
        span="F6",
    )
    lv(
        s,
        "A7",
        "原因分析",
        "B7",
        pick(s, "曲轴与上轴承配合间隙超差。", "来料滚子硬度不足。"),
        "root_cause",
        span="F7",
    )
    steps = pick(
        s,
        "1、曲轴加工增加在线测量；\n2、装配后增加异音全检；\n3、库存 600 台返工确认。",
        "1、滚子供应商加严硬度抽检；\n2、库存全数更换滚子。",
    )
    label(s, "A8", "改善对策", "A9")
    s.value("B8", steps, path="long_term_action", label="改善对策", span="F9")
    lv(s, "A10", "填写人", "B10", "王强/品保部", "reporter", expect="王强")
    lv(s, "C10", "审核", "D10", pick(s, "刘建军", "刘建军"), "sales_supervisor")
    close = pick(s, D(2026, 3, 18), D(2026, 4, 27))
    lv(s, "E10", "结案日期", "F10", close, "closed_date")


def complaint_en_offset(s: Sheet) -> None:
    """A customer's Supplier Complaint form whose form starts at F12, the customer's logo in the
    empty corner at A1; the customer's contact e-mail and phone in the cells right after the
    date and the quantity; the SQE written ``Li Ming (QA)``; ``N/A`` as the lot number."""
    at = Offset(5, 11)
    logo(s, "A1")
    s.text(at("A1"), "SUPPLIER COMPLAINT", at("F1"), size=14)
    lv(s, at("A2"), "Complaint #", at("B2"), pick(s, "SC-HW-260311", "SC-HW-260420"), "number")
    rec = pick(s, D(2026, 3, 11), D(2026, 4, 20))
    lv(s, at("C2"), "Issued on", at("D2"), rec, "received_date", fmt="yyyy-mm-dd")
    lv(s, at("E2"), "E-mail", at("F2"), pick(s, "li.ming@hw-sourcing.com", "zhao.yu@hw-sourcing.com"), None)
    lv(
        s,
        at("A3"),
        "Customer",
        at("B3"),
        pick(s, "Hanwei Sourcing Ltd.", "Hanwei Sourcing Ltd. (HK)"),
        "customer",
        span=at("D3"),
    )
    lv(s, at("E3"), "Tel.", at("F3"), pick(s, "+86 512 6688 1234", "+852 2345 6789"), None)
    lv(s, at("A4"), "Item No.", at("B4"), pick(s, "HW-PSU-65W", "HW-PSU-90W"), "part_no")
    lv(
        s,
        at("C4"),
        "Item",
        at("D4"),
        pick(s, "65 W USB-C adapter", "90 W laptop adapter"),
        "part_name",
        span=at("F4"),
    )
    lv(s, at("A5"), "Qty received", at("B5"), pick(s, 3000, 1200), "ship_qty", fmt="#,##0")
    lv(s, at("C5"), "Qty rejected", at("D5"), pick(s, 45, 12), "defect_qty")
    label(s, at("E5"), "Lot No.")
    s.value(at("F5"), "N/A", path=None, label="Lot No.")
    absent(s, "Lot No.", at("F5"), "N/A", "lot_no")
    lv(
        s,
        at("A6"),
        "Nonconformity",
        at("B6"),
        pick(
            s,
            "Output voltage drops to 4.2 V under 3 A load on 45 units.",
            "Case seam opens after drop test, 12 units.",
        ),
        "description",
        span=at("F6"),
    )
    lv(
        s,
        at("A7"),
        "Containment",
        at("B7"),
        pick(s, "Sort all stock in Hong Kong hub, 100 % load test.", "Hold shipments until seam check."),
        "short_term_action",
        span=at("F7"),
    )
    lv(s, at("A8"), "Customer SQE", at("B8"), "Li Ming (QA)", "reporter", expect="Li Ming")
    lv(s, at("C8"), "Reply due", at("D8"), pick(s, D(2026, 3, 18), D(2026, 4, 27)), None, fmt="yyyy-mm-dd")
    lv(s, at("E8"), "Approved", at("F8"), pick(s, "Grace Ho", "Grace Ho"), "approver")


def complaint_zht_textbox(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese PCB maker: dates typed as eight-digit numbers (``20260305``), the
    不良描述 typed in a TEXT BOX laid over the empty merged cells (the clerk's text did not fit),
    業務 left empty."""
    s.text("A1", "客訴處理單", "F1", size=15)
    lv(s, "A2", "客訴單號", "B2", pick(s, "CC-PCB-2603-12", "CC-PCB-2604-05"), "number")
    label(s, "C2", "受理日期")
    date_number(s, "D2", pick(s, D(2026, 3, 5), D(2026, 4, 9)), "received_date", "受理日期")
    lv(s, "E2", "客戶名稱", "F2", pick(s, "台達電子工業", "光寶科技"), "customer")
    lv(s, "A3", "料號", "B3", pick(s, "PCB-6L-0771", "PCB-4L-0512"), "part_no")
    lv(s, "C3", "品名", "D3", pick(s, "六層電源板", "四層控制板"), "part_name")
    label(s, "E3", "出貨日期")
    date_number(s, "F3", pick(s, D(2026, 2, 25), D(2026, 3, 30)), "ship_date", "出貨日期")
    lv(s, "A4", "出貨數量", "B4", pick(s, 5000, 2600), "ship_qty")
    lv(s, "C4", "不良數量", "D4", pick(s, 130, 44), "defect_qty")
    lv(s, "E4", "週期", "F4", pick(s, "2608", "2612"), "lot_no")
    label(s, "A5", "不良描述", "A7")
    text_box(
        s,
        "B5",
        "F7",
        pick(
            s, "孔銅厚度不足，客戶迴焊後 130 片開路。\n切片孔銅 12 µm（規格 ≥ 20 µm）。", "防焊剝落 44 片。"
        ),
        "description",
        "不良描述",
    )
    lv(
        s,
        "A8",
        "原因分析",
        "B8",
        pick(s, "電鍍線整流器輸出不穩。", "前處理微蝕不足。"),
        "root_cause",
        span="F8",
    )
    lv(
        s,
        "A9",
        "矯正措施",
        "B9",
        pick(s, "更換整流器並每班量測電流。", "微蝕速率每日量測。"),
        "long_term_action",
        span="F9",
    )
    lv(s, "A10", "品保", "B10", pick(s, "黃淑芬", "黃淑芬"), "reporter")
    label(s, "C10", "業務")
    s.box("D10")
    absent(s, "業務", "D10", "", "sales_supervisor")
    label(s, "E10", "結案日期")
    date_number(s, "F10", pick(s, D(2026, 3, 20), D(2026, 4, 24)), "closed_date", "結案日期")


def eightd_en_apostrophe(s: Sheet) -> None:
    """A customer's SCAR / 8D sheet: the part number and the quantities typed with a leading
    apostrophe (stored as text: ``'004512-01``, ``'120``), team members ``Li Ming (QA)`` with the
    function in brackets, ``N/A`` as D7's documents and as the target date."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (SCAR) — 8D", "F1", size=13)
    lv(s, "A2", "SCAR No.", "B2", "SCAR-26-0142", "number")
    lv(s, "C2", "Customer", "D2", "Flextronics Zhuhai", "customer", span="F2")
    label(s, "A3", "Part No.")
    quoted(s, "B3", "004512-01", "part_no", "Part No.")
    lv(s, "C3", "Opened", "D3", D(2026, 3, 9), "opened_date", fmt="d-mmm-yyyy")
    label(s, "E3", "Target close")
    s.value("F3", "N/A", path=None, label="Target close")
    absent(s, "Target close", "F3", "N/A", "target_close_date")
    label(s, "A4", "Qty affected")
    quoted(s, "B4", "120", "problem.qty_complained", "Qty affected", expect=120)
    label(s, "C4", "Qty delivered")
    quoted(s, "D4", "6000", "problem.qty_delivered", "Qty delivered", expect=6000)
    team = ["Li Ming (QA)", "Zhang Tao (ME)", "Olivia Chen (Production)"]
    lv(s, "A5", "D1 Team", "B5", ", ".join(team), None, span="F5")
    for t in team:
        name = t.split(" (")[0]
        field(s, "D1 Team", "B5", ", ".join(team), "team[*].name", name)
    lv(
        s,
        "A6",
        "D2 Problem",
        "B6",
        "Solder bridge between pin 3 and 4 of U7 on 120 boards.",
        "problem.statement",
        span="F6",
    )
    lv(
        s,
        "A7",
        "D3 Containment",
        "B7",
        "100 % AOI re-check of 6,000 boards in stock.",
        "containment[0].action",
        span="F7",
    )
    lv(
        s,
        "A8",
        "D4 Root cause",
        "B8",
        "Stencil aperture 0.3 mm too wide after rework.",
        "root_cause[type=occurrence].cause",
        span="F8",
    )
    lv(
        s,
        "A9",
        "D5 Corrective action",
        "B9",
        "New stencil with 0.25 mm aperture, SPI limit tightened.",
        "corrective_actions[0].action",
        span="F9",
    )
    lv(
        s,
        "A10",
        "D6 Verification",
        "B10",
        "0 bridges on 3 lots (9,000 boards).",
        "implementation[0].result",
        span="F10",
    )
    label(s, "A11", "D7 Documents updated")
    s.value("B11", "N/A", path=None, label="D7 Documents updated", span="F11")
    absent(s, "D7 Documents updated", "B11", "N/A", "prevention.documents_updated")
    lv(s, "A12", "D8 Closed by", "B12", "Grace Ho", "closure.approved_by")
    lv(s, "C12", "Date", "D12", D(2026, 4, 7), "closure.closed_date", fmt="d-mmm-yyyy")


def eightd_zh_datenum(s: Sheet) -> None:
    """8D报告 of a die-casting plant: every date typed as an eight-digit number (``20260305``), the
    team ``王强/品保部(组长)、李娜/制造部、陈刚/工程部`` (name / department), 永久对策 as numbered
    points on separate lines of one merged cell."""
    s.text("A1", "8D报告", "F1", size=15)
    lv(s, "A2", "8D编号", "B2", pick(s, "8D-YZ-2603-04", "8D-YZ-2604-09"), "number")
    lv(s, "C2", "客户", "D2", pick(s, "比亚迪汽车工业", "长城汽车股份"), "customer")
    label(s, "E2", "开单日期")
    date_number(s, "F2", pick(s, D(2026, 3, 5), D(2026, 4, 10)), "opened_date", "开单日期")
    lv(s, "A3", "零件号", "B3", pick(s, "YZ-HSG-3301", "YZ-BRK-1207"), "part_no")
    lv(s, "C3", "客诉编号", "D3", pick(s, "BYD-QC-26-0456", "GW-QC-26-0178"), "complaint_number")
    lv(s, "E3", "不良数", "F3", pick(s, 34, 9), "problem.qty_complained")
    team = pick(
        s,
        [("王强", "品保部", True), ("李娜", "制造部", False), ("陈刚", "工程部", False)],
        [("赵敏", "品保部", True), ("孙亮", "模具部", False)],
    )
    written = "、".join(f"{n}/{d}{'(组长)' if lead else ''}" for n, d, lead in team)
    lv(s, "A4", "D1 小组", "B4", written, None, span="F4")
    for n, d, lead in team:
        field(s, "D1 小组", "B4", written, "team[*].name", n)
        field(s, "D1 小组", "B4", written, f"team[name={n}].dept", d)
        if lead:
            field(s, "D1 小组", "B4", written, f"team[name={n}].role", "leader")
    lv(
        s,
        "A5",
        "D2 问题描述",
        "B5",
        pick(s, "壳体气孔泄漏，客户气密测试 34 件不合格。", "支架断裂 9 件。"),
        "problem.statement",
        span="F5",
    )
    act = pick(s, "库存 1,200 件全数气密复测", "库存 800 件全数探伤")
    lv(s, "A6", "D3 临时措施", "B6", act, "containment[0].action", span="D6")
    label(s, "E6", "完成日期")
    date_number(
        s, "F6", pick(s, D(2026, 3, 7), D(2026, 4, 12)), f"containment[action={act}].done_date", "完成日期"
    )
    lv(
        s,
        "A7",
        "D4 根本原因",
        "B7",
        pick(s, "模温偏低，排气槽堵塞。", "材料含铁量超标。"),
        "root_cause[type=occurrence].cause",
        span="F7",
    )
    steps = pick(
        s,
        "1、排气槽每班清理；\n2、模温机加装报警；\n3、首件增加气密测试。",
        "1、来料光谱分析每批执行；\n2、供应商 8D 跟踪。",
    )
    label(s, "A8", "D5 永久对策", "A9")
    s.value("B8", steps, path=None, label="D5 永久对策", span="F9")
    for point in steps.split("\n"):  # each numbered point is one action of the list
        field(s, "D5 永久对策", "B8", steps, "corrective_actions[*].action", point.split("、", 1)[1])
    label(s, "A10", "D6 实施日期")
    date_number(
        s, "B10", pick(s, D(2026, 3, 20), D(2026, 4, 25)), "implementation[0].implemented_date", "D6 实施日期"
    )
    lv(
        s,
        "C10",
        "D7 横向展开",
        "D10",
        pick(s, "同类模具 4 套同步改善", "其他车型支架同步确认"),
        "prevention.horizontal_deployment",
        span="F10",
    )
    lv(
        s,
        "A11",
        "D8 批准",
        "B11",
        pick(s, "周立新/质量总监", "周立新/质量总监"),
        "closure.approved_by",
        expect="周立新",
    )
    label(s, "C11", "结案日期")
    date_number(s, "D11", pick(s, D(2026, 4, 2), D(2026, 5, 8)), "closure.closed_date", "结案日期")


def eightd_zht_strike(s: Sheet) -> None:
    """8D 報告 of a Taiwanese connector maker: the D5 due date and the D4 cause corrected with the
    old text STRUCK THROUGH before the new one, the D2 statement typed in a TEXT BOX over its
    cells, 主管 names ``陳志明/品保課``."""
    s.text("A1", "8D 報告", "F1", size=15)
    lv(s, "A2", "報告編號", "B2", "8D-LX-2603-21", "number")
    lv(s, "C2", "客戶", "D2", "鴻海精密工業", "customer")
    lv(s, "E2", "發起日期", "F2", D(2026, 3, 6), "opened_date")
    lv(s, "A3", "料號", "B3", "LX-USB-C24", "part_no")
    lv(s, "C3", "客訴單號", "D3", "FX-SQE-26-311", "complaint_number")
    lv(s, "E3", "不良數", "F3", 75, "problem.qty_complained")
    lv(s, "A4", "D1 小組成員", "B4", "陳志明/品保課(組長)、林雅婷/製造課", None, span="F4")
    for n, d in (("陳志明", "品保課"), ("林雅婷", "製造課")):
        field(s, "D1 小組成員", "B4", "陳志明/品保課(組長)、林雅婷/製造課", "team[*].name", n)
        field(s, "D1 小組成員", "B4", "陳志明/品保課(組長)、林雅婷/製造課", f"team[name={n}].dept", d)
    field(s, "D1 小組成員", "B4", "陳志明/品保課(組長)、林雅婷/製造課", "team[name=陳志明].role", "leader")
    label(s, "A5", "D2 問題描述", "A6")
    text_box(
        s,
        "B5",
        "F6",
        "Type-C 母座端子退pin，客戶插拔測試 75 個接觸不良。",
        "problem.statement",
        "D2 問題描述",
    )
    lv(s, "A7", "D3 圍堵措施", "B7", "庫存 5,000 個全數插拔力檢驗", "containment[0].action", span="F7")
    label(s, "A8", "D4 根本原因")
    struck(
        s,
        "B8",
        "作業員組裝不當。",
        "端子卡勾模具磨損，卡持力不足。",
        "root_cause[type=occurrence].cause",
        "D4 根本原因",
        "端子卡勾模具磨損，卡持力不足。",
        span="F8",
    )
    lv(
        s,
        "A9",
        "D5 永久對策",
        "B9",
        "更換模具入子並增加卡持力全檢。",
        "corrective_actions[0].action",
        span="D9",
    )
    label(s, "E9", "預定完成")
    struck(s, "F9", "2026/3/20", "2026/3/27", "corrective_actions[0].due_date", "預定完成", "2026-03-27")
    lv(s, "A10", "D6 驗證結果", "B10", "連續 3 批 0 不良。", "implementation[0].result", span="F10")
    lv(
        s,
        "A11",
        "D7 預防再發",
        "B11",
        "同類端子模具納入保養計畫。",
        "prevention.horizontal_deployment",
        span="F11",
    )
    lv(s, "A12", "D8 核准", "B12", "吳國華/品保經理", "closure.approved_by", expect="吳國華")
    lv(s, "C12", "結案日期", "D12", D(2026, 4, 10), "closure.closed_date")


def return_en_listobject(s: Sheet) -> None:
    """An RMA whose item list is an Excel TABLE (Insert ▸ Table: filter buttons in the header,
    banded rows), the Total under it a SUBTOTAL formula; the buyer's e-mail and phone next to
    the dates; ``N/A`` as the complaint reference."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "F1", size=14)
    lv(s, "A2", "RMA No.", "B2", pick(s, "RMA-26-03-118", "RMA-26-04-207"), "number")
    lv(s, "C2", "Issue Date", "D2", pick(s, D(2026, 3, 12), D(2026, 4, 21)), "issue_date", fmt="mm/dd/yyyy")
    lv(s, "E2", "Buyer e-mail", "F2", pick(s, "p.wong@jabil-gz.com", "k.lee@jabil-gz.com"), None)
    lv(
        s,
        "A3",
        "Customer",
        "B3",
        pick(s, "Jabil Circuit Guangzhou", "Jabil Circuit Wuxi"),
        "customer",
        span="D3",
    )
    lv(s, "E3", "Phone", "F3", pick(s, "020-8222 6600 ext. 318", "0510-8528 1100"), None)
    label(s, "A4", "Complaint Ref.")
    s.value("B4", "N/A", path=None, label="Complaint Ref.")
    absent(s, "Complaint Ref.", "B4", "N/A", "complaint_number")
    lv(s, "C4", "Received", "D4", pick(s, D(2026, 3, 16), D(2026, 4, 24)), "received_date", fmt="mm/dd/yyyy")
    heads = ("Part Number", "Description", "Qty", "Unit Price", "Ext. Price")
    for c, h in zip("ABCDE", heads, strict=True):
        s.ws[f"{c}6"].value = h  # the table style draws the header (white on blue in Excel)
    lines = pick(
        s,
        [
            ("IND-4R7-1210", "Power inductor 4.7 uH", 2000, 0.08),
            ("CAP-EL-470", "E-cap 470 uF 25 V", 1500, 0.12),
        ],
        [
            ("FUSE-2A-0603", "Fuse 2 A 0603", 5000, 0.03),
            ("TVS-SMBJ15", "TVS diode SMBJ15A", 1000, 0.21),
            ("FB-600-0805", "Ferrite bead 600R 0805", 4000, 0.02),
        ],
    )
    for i, (pn, desc, q, p) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="Part Number")
        s.value(f"B{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="Qty")
        s.value(f"D{r}", p, path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        amt = round(q * p, 2)
        s.value(
            f"E{r}", amt, path=f"items[{i}].amount", label="Ext. Price", expect=money(amt), fmt="#,##0.00"
        )
    last = 6 + len(lines)
    excel_table(s, "RmaLines", f"A6:E{last}")
    s.text(f"D{last + 1}", "Total", bold=True)
    total = round(sum(round(q * p, 2) for _, _, q, p in lines), 2)
    if not s.blank:
        cache(s, f"E{last + 1}", f"=SUBTOTAL(109,E7:E{last})", total, "#,##0.00")
    r = last + 3
    lv(
        s,
        f"A{r}",
        "Reason for Return",
        f"B{r}",
        pick(s, "Wrong part marking, customer line stopped.", "Parts oxidised on leads."),
        "reason",
        span=f"F{r}",
    )
    lv(
        s,
        f"A{r + 1}",
        "Disposition",
        f"B{r + 1}",
        pick(s, "Replace", "Scrap"),
        "handling",
        expect=pick(s, ["replace"], ["scrap"]),
    )
    lv(s, f"C{r + 1}", "Authorized by", f"D{r + 1}", pick(s, "Daniel Ng", "Daniel Ng"), "approved_by")
    lv(s, f"E{r + 1}", "Received by", f"F{r + 1}", pick(s, "Cathy Luo", "Cathy Luo"), "warehouse_receiver")


def return_zh_apostrophe(s: Sheet) -> None:
    """成品退货单 of a fastener plant laid out far from A1 (the form starts at E8, the logo at A1):
    料号 with leading zeros and the quantities typed with a leading apostrophe (``'000451``,
    ``'2000``), the approver ``张伟/品管部``."""
    at = Offset(4, 7)
    logo(s, "A1")
    s.text(at("A1"), "成品退货单", at("F1"), size=15)
    lv(s, at("A2"), "退货单号", at("B2"), pick(s, "TH-LS-2603-08", "TH-LS-2604-14"), "number")
    lv(s, at("C2"), "开单日期", at("D2"), pick(s, D(2026, 3, 16), D(2026, 4, 22)), "issue_date")
    lv(s, at("E2"), "客户", at("F2"), pick(s, "三一重工股份有限公司", "徐工集团工程机械"), "customer")
    for c, h in zip("ABCDEF", ("料号", "品名规格", "退货数量", "单位", "单价", "金额")):
        s.text(at(f"{c}4"), h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("000451", "六角螺栓 M12×40", 2000, 0.55), ("000873", "法兰螺母 M12", 3000, 0.18)],
        [("001207", "内六角螺钉 M8×25", 5000, 0.12)],
    )
    for i, (pn, name, q, p) in enumerate(lines):
        r = f"{5 + i}"
        quoted(s, at("A" + r), pn, f"items[{i}].part_no", "料号")
        s.value(at("B" + r), name, path=f"items[{i}].part_name", label="品名规格")
        quoted(s, at("C" + r), str(q), f"items[{i}].qty_returned", "退货数量", expect=q)
        s.value(at("D" + r), "PCS", path=None, label="单位")
        s.value(at("E" + r), p, path=f"items[{i}].unit_price", label="单价", expect=money(p))
        s.value(at("F" + r), round(q * p, 2), path=f"items[{i}].amount", label="金额", expect=money(q * p))
    for r in range(5 + len(lines), 8):
        for c in "ABCDEF":
            s.box(at(f"{c}{r}"))
    lv(
        s,
        at("A8"),
        "退货原因",
        at("B8"),
        pick(s, "螺纹通规不通，客户装配滑牙。", "表面镀锌发白。"),
        "reason",
        span=at("F8"),
    )
    lv(
        s,
        at("A9"),
        "处理方式",
        at("B9"),
        pick(s, "返工", "报废"),
        "handling",
        expect=pick(s, ["rework"], ["scrap"]),
    )
    lv(s, at("C9"), "仓库签收", at("D9"), pick(s, "何丽", "何丽"), "warehouse_receiver")
    lv(s, at("E9"), "核准", at("F9"), "张伟/品管部", "approved_by", expect="张伟")


def return_zht_datenum(s: Sheet) -> None:
    """退貨單 of a Taiwanese plastics moulder: dates typed as eight-digit numbers (``20260317``),
    退貨原因 typed in a TEXT BOX over its merged cells, the phone of the buyer beside 退貨日期."""
    s.text("A1", "退貨單", "F1", size=15)
    lv(s, "A2", "退貨單號", "B2", "RT-SJ-2603-06", "number")
    label(s, "C2", "退貨日期")
    date_number(s, "D2", D(2026, 3, 17), "issue_date", "退貨日期")
    lv(s, "E2", "聯絡電話", "F2", "(03) 356-2288 #215", None)
    lv(s, "A3", "客戶", "B3", "仁寶電腦工業", "customer", span="D3")
    lv(s, "E3", "客訴單號", "F3", "KC-0309", "complaint_number")
    for c, h in zip("ABCDEF", ("料號", "品名", "數量", "單位", "單價", "金額")):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    for i, (pn, name, q, p) in enumerate(
        (("SJ-CV-1402", "上蓋 ABS 黑", 1200, 3.2), ("SJ-BS-1403", "底座 PC", 800, 4.5))
    ):
        r = 6 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="數量")
        s.value(f"D{r}", "PCS", path=None, label="單位")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(f"F{r}", round(q * p, 2), path=f"items[{i}].amount", label="金額", expect=money(q * p))
    label(s, "A8", "退貨原因", "A9")
    text_box(s, "B8", "F9", "外觀縮水、段差超出限度樣品，\n客戶進料檢驗判退 2 批。", "reason", "退貨原因")
    lv(s, "A10", "處理方式", "B10", "重工", "handling", expect=["rework"])
    lv(s, "C10", "倉管", "D10", "簡美華", "warehouse_receiver")
    label(s, "E10", "收貨日期")
    date_number(s, "F10", D(2026, 3, 19), "received_date", "收貨日期")


def allowance_en_swiss(s: Sheet) -> None:
    """A Swiss customer's Credit Note typed with Swiss thousands apostrophes (``1'250.50`` as
    text), the lines an Excel TABLE with filter buttons, the accountant ``M. Keller (Finance)``."""
    s.text("A1", "CREDIT NOTE", "E1", size=14)
    plain(s, "A2", "Gutschrift · Note de crédit", "E2")
    lv(s, "A3", "Credit Note No.", "B3", pick(s, "CN-CH-26-0031", "CN-CH-26-0048"), "number")
    lv(s, "C3", "Date", "D3", pick(s, D(2026, 3, 24), D(2026, 4, 28)), "issue_date", fmt="dd.mm.yyyy")
    lv(s, "A4", "Customer", "B4", pick(s, "Huber+Suhner AG", "Bossard AG"), "buyer", span="E4")
    lv(s, "A5", "Your invoice", "B5", pick(s, "INV-260233", "INV-260318"), "invoice_no")
    lv(s, "C5", "Complaint", "D5", pick(s, "HS-CLM-0412", "BO-CLM-0087"), "complaint_number")
    for c, h in zip("ABCDE", ("Item", "Qty", "Unit price CHF", "Credit CHF", "VAT CHF")):
        s.ws[f"{c}7"].value = h  # the table style draws the header (white on blue in Excel)
    lines = pick(
        s,
        [("RF cable assembly SMA-N 1 m", 310, 4.05), ("Coaxial adapter N-f/SMA-m", 400, 1.15)],
        [("Shielded gland M20", 1200, 1.5)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 8 + i
        a = round(q * p, 2)
        t = round(a * 0.081, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="Item")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="Qty")
        s.value(f"C{r}", swiss(p), path=f"items[{i}].unit_price", label="Unit price CHF", expect=money(p))
        s.value(f"D{r}", swiss(a), path=f"items[{i}].allowance_amount", label="Credit CHF", expect=money(a))
        s.value(f"E{r}", swiss(t), path=f"items[{i}].tax", label="VAT CHF", expect=money(t))
    last = 7 + len(lines)
    excel_table(s, "CreditLines", f"A7:E{last}")
    r = last + 2
    lv(s, f"A{r}", "Net credit CHF", f"B{r}", swiss(net), "total_excl_tax", expect=money(net))
    lv(s, f"C{r}", "VAT 8.1 %", f"D{r}", swiss(tax), "total_tax", expect=money(tax))
    lv(s, f"A{r + 1}", "Total credit CHF", f"B{r + 1}", swiss(net + tax), "total", expect=money(net + tax))
    lv(
        s,
        f"A{r + 2}",
        "Approved",
        f"B{r + 2}",
        pick(s, "M. Keller (Finance)", "M. Keller (Finance)"),
        "approved_by_manager",
        expect="M. Keller",
    )


def allowance_zh_offset(s: Sheet) -> None:
    """销货折让证明单 of a coil maker laid out from F12 (the logo and the company's address block
    at the top left, outside the form), 开具日期 and 原发票日期 typed as eight-digit numbers,
    the tax id typed with a leading apostrophe."""
    at = Offset(5, 11)
    logo(s, "A1")
    plain(s, "A4", "江苏恒磁电子有限公司\n苏州市吴中区木渎镇金枫路 88 号\n电话 0512-6621 8800", "D7")
    s.text(at("A1"), "销货折让证明单", at("F1"), size=15)
    lv(s, at("A2"), "证明单号", at("B2"), "ZR-HC-2603-15", "number")
    label(s, at("C2"), "开具日期")
    date_number(s, at("D2"), D(2026, 3, 25), "issue_date", "开具日期")
    lv(s, at("E2"), "客诉单号", at("F2"), "KS-HC-0318", "complaint_number")
    lv(s, at("A3"), "购买方", at("B3"), "深圳市汇川技术股份有限公司", "buyer", span=at("D3"))
    label(s, at("E3"), "纳税人识别号")
    quoted(s, at("F3"), "914403007785587036", "buyer_tax_id", "纳税人识别号")
    lv(s, at("A4"), "原发票号码", at("B4"), "44031726 08812345", "invoice_no", span=at("C4"))
    label(s, at("D4"), "原发票日期")
    date_number(s, at("E4"), D(2026, 3, 2), "invoice_date", "原发票日期", span=at("F4"))
    for c, h in zip("ABCDEF", ("货物名称", "数量", "单价", "折让金额", "税率", "税额")):
        s.text(at(f"{c}6"), h, bold=True, shade=True, center=True)
    items = (("共模电感 CMC-2012", 3000, 0.8), ("功率电感 PI-1040", 1500, 1.2))
    net = tax = 0.0
    for i, (name, q, p) in enumerate(items):
        r = f"{7 + i}"
        a, t = q * p, round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(at("A" + r), name, path=f"items[{i}].name", label="货物名称")
        s.value(at("B" + r), q, path=f"items[{i}].qty", label="数量")
        s.value(at("C" + r), p, path=f"items[{i}].unit_price", label="单价", expect=money(p))
        s.value(
            at("D" + r),
            a,
            path=f"items[{i}].allowance_amount",
            label="折让金额",
            expect=money(a),
            fmt="#,##0.00",
        )
        s.value(at("E" + r), "13%", path=None, label="税率")
        s.value(at("F" + r), t, path=f"items[{i}].tax", label="税额", expect=money(t), fmt="#,##0.00")
    lv(s, at("A10"), "合计", at("D10"), net, "total_excl_tax", expect=money(net), fmt="#,##0.00")
    s.value(at("F10"), tax, path="total_tax", label="合计 税额", expect=money(tax), fmt="#,##0.00")
    lv(s, at("A11"), "经办人", at("B11"), "顾晓燕", None)
    lv(s, at("C11"), "部门经理", at("D11"), "钱立峰", "approved_by_manager")
    lv(s, at("E11"), "总经理", at("F11"), "沈国平", "approved_by_gm")


def allowance_zht_strike(s: Sheet) -> None:
    """營業人銷貨折讓證明單 of a Taiwanese passive-parts trader: an item's quantity corrected with
    the old figure STRUCK THROUGH before the new one (``~~20,000~~ 20,800``), 經手人
    ``陳美玲/財務部``."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "F1", size=13)
    lv(s, "A2", "折讓單號", "B2", pick(s, "ZR-TW-26031", "ZR-TW-26047"), "number")
    lv(s, "C2", "開立日期", "D2", pick(s, D(2026, 3, 26), D(2026, 4, 29)), "issue_date")
    lv(s, "E2", "原發票號碼", "F2", pick(s, "RK-55667788", "RK-55669012"), "invoice_no")
    lv(s, "A3", "買受人", "B3", pick(s, "廣達電腦股份有限公司", "英業達股份有限公司"), "buyer", span="D3")
    lv(s, "E3", "統一編號", "F3", pick(s, "22822281", "22099548"), "buyer_tax_id")
    for c, h in zip("ABCDE", ("品名", "數量", "單價", "金額(不含稅)", "營業稅額")):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    items = pick(
        s,
        [("積層電容 0402", 20000, 20800, 0.6), ("晶片電阻 0603", None, 50000, 0.1)],
        [("鋁質電容 10V", 4200, 4000, 2.0)],
    )
    net = tax = 0.0
    for i, (name, old_q, q, p) in enumerate(items):
        r = 6 + i
        a = round(q * p, 2)
        t = round(a * 0.05)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        if old_q:  # the quantity corrected, the old one struck through
            struck(s, f"B{r}", f"{old_q:,}", f"{q:,}", f"items[{i}].qty", "數量", q)
        else:
            s.value(f"B{r}", q, path=f"items[{i}].qty", label="數量", fmt="#,##0")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(
            f"D{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="金額(不含稅)",
            expect=money(a),
            fmt="#,##0",
        )
        s.value(f"E{r}", t, path=f"items[{i}].tax", label="營業稅額", expect=money(t), fmt="#,##0")
    label(s, "C9", "合計")
    s.value("D9", net, path="total_excl_tax", label="合計", expect=money(net), fmt="#,##0")
    s.value("E9", tax, path="total_tax", label="合計 營業稅額", expect=money(tax), fmt="#,##0")
    lv(s, "A10", "經手人", "B10", "陳美玲/財務部", None)
    lv(s, "C10", "主管", "D10", pick(s, "郭志遠", "郭志遠"), "approved_by_manager")
    lv(s, "E10", "總經理", "F10", pick(s, "賴俊傑", "賴俊傑"), "approved_by_gm")


TB = dict(after_save=add_text_boxes)
EXCEL = [
    dict(
        id="complaint-zh-strike",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_strike,
        sheet="投诉处理表",
        widths=dict(A=12, B=20, C=12, D=18, E=12, F=24),
        copy2=True,
        imitates="客户投诉处理表 of a compressor plant with corrections kept struck through",
        unmapped=[],
    ),
    dict(
        id="complaint-en-offset",
        kind="complaint",
        language="en",
        draw=complaint_en_offset,
        sheet="Complaint",
        widths=dict(A=9, B=9, C=9, D=9, E=9, F=16, G=22, H=14, I=16, J=12, K=26),
        imitates="a customer's Supplier Complaint form placed from F12 beside its logo, e-mail and phone cells",
        unmapped=["E-mail", "Tel.", "Reply due"],
    ),
    dict(
        id="complaint-zht-textbox",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_textbox,
        sheet="客訴單",
        widths=dict(A=12, B=18, C=12, D=16, E=12, F=18),
        **TB,
        imitates="客訴處理單 of a PCB maker, eight-digit dates, the description in a text box",
        unmapped=["業務"],
    ),
    dict(
        id="8d-en-apostrophe",
        kind="8d",
        language="en",
        draw=eightd_en_apostrophe,
        sheet="SCAR",
        widths=dict(A=22, B=16, C=14, D=16, E=14, F=16),
        imitates="a customer's SCAR / 8D sheet with apostrophe-typed part number and quantities, N/A fields",
        unmapped=["Target close", "D7 Documents updated"],
    ),
    dict(
        id="8d-zh-datenum",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_datenum,
        sheet="8D",
        copy2=True,
        widths=dict(A=14, B=16, C=14, D=18, E=12, F=14),
        imitates="8D报告 of a die-casting plant, eight-digit dates, team as name/department",
        unmapped=[],
    ),
    dict(
        id="8d-zht-strike",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_strike,
        sheet="8D報告",
        widths=dict(A=14, B=18, C=12, D=18, E=12, F=16),
        **TB,
        imitates="8D 報告 of a connector maker, struck-through corrections, D2 in a text box",
        unmapped=[],
    ),
    dict(
        id="return-en-listobject",
        kind="return",
        language="en",
        draw=return_en_listobject,
        sheet="RMA",
        copy2=True,
        widths=dict(A=18, B=26, C=10, D=12, E=14, F=24),
        imitates="an RMA whose item list is an Excel table with a SUBTOTAL total",
        unmapped=["Buyer e-mail", "Phone", "Total"],
    ),
    dict(
        id="return-zh-apostrophe",
        kind="return",
        language="zh-Hans",
        draw=return_zh_apostrophe,
        sheet="退货单",
        copy2=True,
        widths=dict(A=8, B=8, C=8, D=8, E=12, F=20, G=12, H=12, I=10, J=12),
        imitates="成品退货单 of a fastener plant placed from E8, codes and quantities typed with an apostrophe",
        unmapped=["单位"],
    ),
    dict(
        id="return-zht-datenum",
        kind="return",
        language="zh-Hant",
        draw=return_zht_datenum,
        sheet="退貨單",
        widths=dict(A=14, B=18, C=10, D=14, E=12, F=22),
        **TB,
        imitates="退貨單 of a plastics moulder, eight-digit dates, the reason in a text box",
        unmapped=["聯絡電話", "單位"],
    ),
    dict(
        id="allowance-en-swiss",
        kind="allowance",
        language="en",
        draw=allowance_en_swiss,
        sheet="Credit Note",
        copy2=True,
        widths=dict(A=30, B=16, C=16, D=16, E=14),
        imitates="a Swiss customer's Credit Note with 1'250.50 amounts in an Excel table",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-offset",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_offset,
        sheet="折让证明单",
        widths=dict(A=10, B=10, C=10, D=10, E=10, F=20, G=14, H=12, I=14, J=14, K=16),
        imitates="销货折让证明单 of a coil maker placed from F12 beside the logo and address block",
        unmapped=["经办人", "税率"],
    ),
    dict(
        id="allowance-zht-strike",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_strike,
        sheet="折讓證明單",
        copy2=True,
        widths=dict(A=18, B=16, C=12, D=18, E=14, F=16),
        imitates="營業人銷貨折讓證明單 of a passive-parts trader with struck-through corrections",
        unmapped=["經手人"],
    ),
]


# =============================================================================== sent as PDF only
def complaint_zh_chromium_email(f: HtmlForm) -> str:
    """A customer's complaint received as an E-MAIL and forwarded inside the factory, printed by
    Chromium: the forward's mail header (发件人 / 发送时间 / 收件人 / 主题), the quoted original
    mail's header with its own 发送时间, then the customer's complaint table in the body; the
    mails' dates are not the complaint's (投诉日期 in the table is)."""
    f.raw(
        '<div class="hdr"><b>发件人:</b> 周敏 &lt;zhou.min@hengda-motor.cn&gt;<br>'
        f"<b>发送时间:</b> {pick(f, '2026年3月7日 星期六 9:12', '2026年4月18日 星期六 16:40')}<br>"
        "<b>收件人:</b> 品保部 &lt;qa@hengda-motor.cn&gt;<br>"
        "<b>主题:</b> 转发: 客户投诉通知 — 请于 3 个工作日内回复</div>"
    )
    f.raw("<p>各位好，客户投诉如下，请品保部跟进。</p>")
    f.raw(
        '<div class="hdr quoted">-----原始邮件-----<br><b>发件人:</b> 采购部 吴丽 &lt;wu.li@chery-sqe.com&gt;<br>'
        f"<b>发送时间:</b> {pick(f, '2026年3月6日 17:55', '2026年4月17日 11:02')}<br>"
        "<b>主题:</b> 客户投诉通知</div>"
    )
    rows = [
        ("投诉编号", pick(f, "CQ-SQE-26-0311", "CQ-SQE-26-0472"), "number", None),
        ("客户", pick(f, "奇瑞汽车股份有限公司", "奇瑞商用车(安徽)有限公司"), "customer", None),
        ("投诉日期", pick(f, "2026-03-06", "2026-04-17"), "received_date", None),
        ("零件号", pick(f, "HD-WM-2205", "HD-WM-2310"), "part_no", None),
        ("零件名称", pick(f, "雨刮电机", "车窗升降电机"), "part_name", None),
        ("批次", pick(f, "W2602-11", "W2603-27"), "lot_no", None),
        ("不良数量", pick(f, "28", "11"), "defect_qty", pick(f, 28, 11)),
        ("联系电话", "0553-5961234", None, None),
        (
            "问题描述",
            pick(f, "雨刮电机低速档无法复位，整车下线检测 28 台不合格。", "升降电机异响 11 台。"),
            "description",
            None,
        ),
        ("客户要求", pick(f, "3 日内提交临时措施，7 日内提交 8D。", "退货并提交 8D。"), None, None),
    ]
    f.raw('<table class="form">')
    kv_rows(f, rows)
    f.raw("</table>")
    f.raw("<p>吴丽<br>采购部 SQE<br>电话 0553-5961234　手机 139 5530 7712</p>")
    return f.page(
        "转发: 客户投诉通知",
        ".hdr{background:#f3f3f3;padding:6px;margin:8px;font-size:9pt}.quoted{border-left:3px solid #999}"
        "p{margin:8px}table.form{border-collapse:collapse;margin:8px;width:90%}"
        "table.form th{background:#e6e6e6;width:25%;text-align:left}"
        "table.form th,table.form td{border:1px solid #333;padding:4px}",
    )


def eightd_en_fpdf_twopage(f: PdfDraw) -> None:
    """An 8D printed by a quality system over TWO pages: a running page header (report no. and
    customer) repeated at the top of page 2, ``Page 1 of 2`` footers, D0–D4 on page 1 and D5–D8
    continued on page 2."""
    pdf = f.pdf
    num, cust = pick(
        f, ("8D-MG-26-0093", "Magna Seating Shanghai"), ("8D-MG-26-0121", "Magna Mirrors Tianjin")
    )

    def running_header(page: int) -> None:
        f.text(15, 12, "8D REPORT" if f.blank else f"8D REPORT  {num}  ·  {cust}", 8)
        f.text(170, 287, f"Page {page} of 2", 8)
        pdf.line(15, 14, 195, 14)

    running_header(1)
    f.text(15, 24, "8D PROBLEM SOLVING REPORT", 14, bold=True)
    head = (
        ("Report No.:", num, "number"),
        ("Customer:", cust, "customer"),
        ("Part No.:", pick(f, "MG-RCL-4410", "MG-MIR-2207"), "part_no"),
        ("Date opened:", pick(f, "2026-03-09", "2026-04-14"), "opened_date"),
    )
    for i, (lab, raw, path) in enumerate(head):
        x, y = 15 + 95 * (i % 2), 34 + 6 * (i // 2)
        f.text(x, y, lab, 9, bold=True)
        f.value(x + 26, y, raw, path=path, label=lab.rstrip(":"))

    def block(y: float, head_: str, raw: str, path: str | None) -> float:
        f.text(15, y, head_, 10, bold=True)
        if path:
            f.value(20, y + 6, raw, path=path, label=head_)
        elif not f.blank:
            f.text(20, y + 6, raw, 9)
        return y + 16

    team = pick(f, "Ruth Wang (Champion), Kai Zhou, Mei Lin", "Kai Zhou (Champion), Mei Lin")
    y = block(50, "D1 Team", team, None)
    if not f.blank:
        for part in team.split(", "):
            n = part.split(" (")[0]
            f.fields.append(
                {"label": "D1 Team", "cell": "p1!20,56", "value": team, "path": "team[*].name", "expect": n}
            )
    y = block(
        y,
        "D2 Problem description",
        pick(
            f, "Recliner lever spring missing on 16 seats at customer line.", "Mirror glass loose on 7 units."
        ),
        "problem.statement",
    )
    y = block(
        y,
        "D3 Containment",
        pick(
            f, "Sort 2,400 recliners in FG and at customer, 100 % visual.", "Hold lot 2614 and re-glue check."
        ),
        "containment[0].action",
    )
    y = block(
        y,
        "D4 Root cause",
        pick(f, "Spring feeder jams, no presence sensor at station 30.", "Adhesive cure time shortened."),
        "root_cause[type=occurrence].cause",
    )
    f.text(15, y + 4, "continued on page 2", 8)
    pdf.add_page()
    running_header(2)
    y = 24.0
    y = block(
        y,
        "D5 Permanent corrective action",
        pick(f, "Presence sensor added at station 30 with interlock.", "Cure time locked in recipe."),
        "corrective_actions[0].action",
    )
    y = block(
        y,
        "D6 Implementation / validation",
        pick(f, "Installed 2026-03-20, 0 defects in 6,000 seats.", "0 loose glass in 3 lots."),
        "implementation[0].result",
    )
    y = block(
        y,
        "D7 Prevent recurrence",
        pick(f, "Same sensor on lines 2 and 3; PFMEA updated.", "Recipe lock on all glue stations."),
        "prevention.horizontal_deployment",
    )
    f.text(15, y, "D8 Closure", 10, bold=True)
    f.text(20, y + 6, "Approved by:", 9)
    f.value(45, y + 6, pick(f, "Ruth Wang", "Kai Zhou"), path="closure.approved_by", label="Approved by")
    f.text(100, y + 6, "Closed on:", 9)
    f.value(120, y + 6, pick(f, "2026-04-10", "2026-05-12"), path="closure.closed_date", label="Closed on")


def return_zht_fpdf_misregistered(f: PdfDraw) -> None:
    """退貨單 on pre-printed continuous stationery filled by a dot-matrix printer OUT OF
    REGISTER: every value printed 3 mm lower and 4 mm further right than its box, so it sits on
    the box's bottom line and starts under the next label's edge."""
    f = CjkDraw.of(f)
    pdf = f.pdf
    dx, dy = 4, 3
    f.text(85, 18, "退　貨　單", 15, bold=True)

    def box(x, y, w, lab, raw, path, exp=None):
        pdf.rect(x, y, w, 8)
        f.text(x + 1, y + 5.5, lab, 9)
        lx = x + pdf.get_string_width(lab) + 3
        if raw is not None:
            f.value(lx + dx, y + 5.5 + dy, raw, path=path, label=lab, expect=exp)

    box(15, 26, 60, "單號", pick(f, "RT-DM-2603-11", "RT-DM-2604-02"), "number")
    box(
        75,
        26,
        60,
        "日期",
        pick(f, "2026/03/18", "2026/04/23"),
        "issue_date",
        pick(f, "2026-03-18", "2026-04-23"),
    )
    box(135, 26, 60, "客戶", pick(f, "緯創資通", "和碩聯合"), "customer")
    heads = ((15, 40, "料號"), (55, 60, "品名"), (115, 25, "數量"), (140, 25, "單價"), (165, 30, "金額"))
    for x, w, h in heads:
        pdf.rect(x, 40, w, 8)
        f.text(x + 2, 45.5, h, 9)
    lines = pick(
        f,
        [("DM-FAN-0712", "散熱風扇 70mm", 300, 42.0), ("DM-HS-0333", "散熱片 鋁擠", 500, 12.5)],
        [
            ("DM-FAN-0920", "散熱風扇 92mm", 120, 55.0),
            ("DM-HS-0410", "散熱片 銅管", 80, 96.0),
            ("DM-PAD-015", "導熱墊 1.5mm", 1000, 1.8),
        ],
    )
    for i in range(4):
        y = 48 + 8 * i
        for x, w, _ in heads:
            pdf.rect(x, y, w, 8)
        if i < len(lines):
            pn, name, q, p = lines[i]
            yy = y + 5.5 + dy
            f.value(17 + dx, yy, pn, path=f"items[{i}].part_no", label="料號")
            f.value(57 + dx, yy, name, path=f"items[{i}].part_name", label="品名")
            f.value(117 + dx, yy, f"{q:,}", path=f"items[{i}].qty_returned", label="數量", expect=q)
            f.value(142 + dx, yy, f"{p:.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
            f.value(
                167 + dx, yy, f"{q * p:,.2f}", path=f"items[{i}].amount", label="金額", expect=money(q * p)
            )
    box(
        15, 84, 180, "退貨原因", pick(f, "風扇轉速不足，客戶老化測試判退。", "尺寸不符，無法組裝。"), "reason"
    )
    box(15, 92, 90, "處理方式", pick(f, "換貨", "重工"), "handling", pick(f, ["replace"], ["rework"]))
    box(105, 92, 90, "倉庫簽收", pick(f, "蔡宜庭", "蔡宜庭"), "warehouse_receiver")


def allowance_en_fpdf_sayonly(f: PdfDraw) -> None:
    """An exporter's Credit Note drawn by its ERP: amounts ``USD 1,250.00`` and the total written
    out as ``SAY US DOLLARS ONE THOUSAND … ONLY`` on its own line under the table (the words are
    not another amount), Bank details block at the foot."""
    f.text(15, 18, "CREDIT NOTE", 15, bold=True)
    f.text(15, 24, "Ningbo Everbright Electric Co., Ltd.  ·  No. 66 Jinhai Road, Ningbo", 8)
    head = (
        ("Credit Note No.:", "CN-EB-26-0058", "number", None),
        ("Date:", "2026-03-30", "issue_date", None),
        ("To:", "Legrand France SA", "buyer", None),
        ("Invoice No.:", "EB-INV-260211", "invoice_no", None),
        ("Your claim:", "LG-QN-26-114", "complaint_number", None),
    )
    for i, (lab, raw, path, exp) in enumerate(head):
        f.text(15, 34 + 6 * i, lab, 9, bold=True)
        f.value(48, 34 + 6 * i, raw, path=path, label=lab.rstrip(":"), expect=exp)
    y = 70
    for x, h in ((15, "Description"), (95, "Qty"), (120, "Unit Price"), (160, "Amount")):
        f.text(x, y, h, 9, bold=True)
    f.pdf.line(15, y + 2, 195, y + 2)
    items = (("Wall socket 16 A, white", 2500, 0.38), ("USB charger insert 2.4 A", 400, 1.55))
    net = 0.0
    for i, (name, q, p) in enumerate(items):
        yy = y + 8 + 6 * i
        a = q * p
        net += a
        f.value(15, yy, name, path=f"items[{i}].name", label="Description")
        f.value(95, yy, f"{q:,}", path=f"items[{i}].qty", label="Qty", expect=q)
        f.value(120, yy, f"USD {p:,.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        f.value(
            160, yy, f"USD {a:,.2f}", path=f"items[{i}].allowance_amount", label="Amount", expect=money(a)
        )
    yy = y + 8 + 6 * len(items) + 4
    f.pdf.line(15, yy - 4, 195, yy - 4)
    f.text(120, yy, "TOTAL:", 9, bold=True)
    f.value(160, yy, f"USD {net:,.2f}", path="total", label="TOTAL", expect=money(net))
    if not f.blank:
        f.text(15, yy + 8, "SAY US DOLLARS ONE THOUSAND FIVE HUNDRED AND SEVENTY ONLY", 9)
    f.text(15, yy + 22, "Bank: Bank of China Ningbo Branch   SWIFT: BKCHCNBJ92A   A/C: 3581 2001 8866", 8)
    f.text(15, yy + 34, "Authorised signature:", 9)
    f.value(55, yy + 34, "Chen Jie", path="approved_by_manager", label="Authorised signature")
    f.text(110, yy + 34, "VAT:", 9)
    f.value(122, yy + 34, "0 (export)", path=None, label="VAT")


SENT_AS_PDF = [
    dict(
        id="complaint-zh-chromium-email",
        kind="complaint",
        language="zh-Hans",
        medium="html",
        draw=complaint_zh_chromium_email,
        imitates="a customer's complaint received as an e-mail and forwarded, printed by Chromium",
        unmapped=["发件人", "发送时间", "收件人", "主题", "联系电话", "客户要求"],
    ),
    dict(
        id="8d-en-fpdf-twopage",
        kind="8d",
        language="en",
        medium="fpdf",
        draw=eightd_en_fpdf_twopage,
        copy2=True,
        imitates="a quality system's 8D over two pages, D5–D8 continued under a running header",
        unmapped=[],
    ),
    dict(
        id="return-zht-fpdf-misregistered",
        kind="return",
        language="zh-Hant",
        medium="fpdf",
        draw=return_zht_fpdf_misregistered,
        imitates="退貨單 on continuous stationery printed out of register by a dot-matrix printer",
        unmapped=[],
    ),
    dict(
        id="allowance-en-fpdf-sayonly",
        kind="allowance",
        language="en",
        medium="fpdf",
        draw=allowance_en_fpdf_sayonly,
        imitates="an exporter's Credit Note with USD amounts and SAY … ONLY words",
        unmapped=["VAT"],
    ),
]


# =============================================================================== odd files
ODD = {
    "complaint-csv-renamed.xlsx": "an ERP's CSV export renamed .xlsx (plain text, not a workbook): a clear error, never a record",
    "return-form-in-textbox.xlsx": "a workbook whose whole return note is typed in one text box over an empty sheet: a clear error, never a record",
}


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd_expected(out, ODD)
    csv = (
        "投诉编号,客户,投诉日期,料号,品名,不良数量,问题描述\r\n"
        "TS-2603-099,美的集团,2026-03-05,MT-BL-5520,直流无刷风机电机,85,风机异响\r\n"
    )
    (out / "odd" / "complaint-csv-renamed.xlsx").write_bytes(csv.encode("gbk"))
    from make_layouts import save

    s = Sheet("Sheet1", False, {})
    s.text_boxes = [
        (
            "B2",
            "H24",
            "退貨單\n退貨單號：RT-TB-2603-01　日期：2026/03/18\n客戶：緯創資通\n"
            "料號 DM-FAN-0712　散熱風扇 70mm　數量 300　單價 42.00　金額 12,600.00\n退貨原因：風扇轉速不足",
        )
    ]
    path = out / "odd" / "return-form-in-textbox.xlsx"
    save(s, path)
    add_text_boxes(path, s)


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "tenth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
