"""Write the eighth held-out set (run: ``python tests/holdout8/make_holdout8.py``).

Written from public descriptions of real forms (客户投诉处理表, 客訴處理單, Customer Complaint
Report, 8D报告, SCAR supplier corrective action request, 8D 矯正預防報告, 退货申请单 / RMA, 退貨單,
销货折让证明单, 銷貨退回折讓證明單, Credit Memo) WITHOUT reading the reader's code, for clerks'
habits no earlier set holds: check marks typed as Wingdings / Wingdings 2 characters (``þ`` / ``¨``,
``R`` / ``£``) in rich-text runs or their own cells; the checked state of a form-control check box
kept in its linked cell (``TRUE`` / ``FALSE``); rich text with part of a cell bold; a section label
rotated 90° (textRotation); shrink-to-fit on a long value; a label split over two rows; the
value in the cell BELOW its label in a "header band"; English dates ``Mar 5, 2026`` /
``05-Mar-26`` / ``5th March 2026``; two-digit years ``26/3/5``; numbers as text with thousands
separators and ``PCS`` / ``pcs`` / ``件`` / ``套`` suffixes; percentages for rates; a European
decimal comma (``1.250,00``); TWO filled forms on two sheets of one workbook (the active, first
sheet is the form to read); a logo image and a QR code; a sign-off table of names and dates; an
8D whose D-steps are the rows of one table (Step | Description | Owner | Date); amounts split
未税 / 税额 / 含税 with the rate in the label (``税额(税率13%)``, ``Sales Tax 5%``). Sent as PDF
only: a Word SCAR whose fields are content controls (one left on its placeholder text), a
portal 退货申请单 printed by Chromium, an fpdf2 complaint drawn one character at a time, an fpdf2
折让证明单 in two columns of labels. ``odd/`` holds files that must give a clear error.
Differs from ``tests/layouts``, ``tests/holdout`` … ``tests/holdout7`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Output in the format of ``tests/holdout7`` (see its README). Deterministic for the
xlsx/docx/html/json files; the PDFs need ``soffice`` and ``chromium`` (``--no-pdf`` skips them;
``--out DIR`` writes elsewhere); the fpdf2 PDFs need ``pip install fpdf2``.
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.drawing.image import Image as XlImage
from openpyxl.styles import Alignment, Font
from openpyxl.utils.cell import absolute_coordinate, coordinate_to_tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from holdout_kit import (  # noqa: E402
    DocForm,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    field,
    label,
    lv,
    odd_expected,
    on,
    pdf_absent,
    pick,
    plain,
    run,
)
from make_holdout3 import _table_no  # noqa: E402

D = dt.date
SOURCE = dict(origin="eighth held-out imitation", source="tests/holdout8/make_holdout8.py")
ASSETS = HERE / "assets"
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


# =============================================================================== how clerks type
def yy(d: dt.date) -> str:
    """A two-digit year, year first: ``26/3/5``."""
    return f"{d.year % 100}/{d.month}/{d.day}"


def mdy(d: dt.date) -> str:
    return f"{d:%b} {d.day}, {d.year}"  # Mar 5, 2026


def dmy(d: dt.date) -> str:
    return f"{d:%d-%b-%y}"  # 05-Mar-26


def ordinal(d: dt.date) -> str:
    suffix = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d:%B} {d.year}"  # 5th March 2026


def euro(x: float) -> str:
    """A European decimal comma and a dot for thousands: ``1.250,00``."""
    return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def pcs(n: int, unit: str = "PCS") -> str:
    return f"{n:,} {unit}" if unit.isascii() else f"{n:,}{unit}"


def money(x: float) -> str:
    return f"{x:.2f}"


# =============================================================================== drawing helpers
def wing_marks(s: Sheet, ref: str, options: list[str], chosen: set[str], span=None, font="Wingdings") -> str:
    """Options in ONE cell, each after a mark typed in a Wingdings run (``þ`` checked, ``¨``
    not), as Insert > Symbol leaves it; returns the text as typed."""
    cell = s._cell(ref, span)
    blocks: list = []
    typed = []
    for o in options:
        mark = "þ" if (o in chosen and not s.blank) else "¨"
        blocks += [TextBlock(InlineFont(rFont=font, sz=11), mark), TextBlock(InlineFont(sz=10), f"{o}  ")]
        typed.append(f"{mark}{o}")
    cell.value = CellRichText(blocks)
    cell.alignment = Alignment(vertical="center")
    return " ".join(typed)


def wing2_box(s: Sheet, ref: str, checked: bool) -> None:
    """A check box typed as a Wingdings 2 character in its own cell: ``R`` checked, ``£`` not."""
    c = s._cell(ref, None)
    c.value = "R" if (checked and not s.blank) else "£"
    c.font = Font(name="Wingdings 2", size=12)
    c.alignment = Alignment(horizontal="center", vertical="center")


def linked_box(s: Sheet, ref: str, checked: bool) -> None:
    """The cell a form-control check box is linked to: ``TRUE`` / ``FALSE``."""
    c = s._cell(ref, None)
    c.value = bool(checked) and not s.blank
    c.alignment = Alignment(horizontal="center", vertical="center")


def check_box(s: Sheet, ref: str, caption: str, link: str, checked: bool) -> None:
    """An Excel form-control check box over ``ref`` (its caption is the option's word, the cell
    under it stays empty) linked to the cell ``link``; openpyxl cannot write the control, so it
    is kept on the sheet and added by :func:`add_check_boxes` once the workbook is saved."""
    s.box(ref)
    linked_box(s, link, checked)
    col, row = coordinate_to_tuple(ref)[1] - 1, coordinate_to_tuple(ref)[0] - 1
    s.__dict__.setdefault("check_boxes", []).append(
        (caption, col, row, absolute_coordinate(link), bool(checked) and not s.blank)
    )


_VML_HEAD = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit"'
    ' data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201"'
    ' path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f"'
    ' o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit"'
    ' shapetype="t"/></v:shapetype>'
)


def _check_box_shape(i: int, caption: str, col: int, row: int, link: str, checked: bool) -> str:
    """One check box as Excel writes it in the sheet's VML drawing (``x:ClientData
    ObjectType="Checkbox"``: anchor, linked cell, checked state)."""
    return (
        f'<v:shape id="_x0000_s{1025 + i}" type="#_x0000_t201" style="position:absolute;z-index:{i + 1}"'
        ' filled="f" stroked="f" o:insetmode="auto"><v:textbox style="mso-direction-alt:auto"'
        f' o:singleclick="f"><div style="text-align:left"><font face="PMingLiU" size="200" color="auto">{caption}'
        '</font></div></v:textbox><x:ClientData ObjectType="Checkbox">'
        f"<x:Anchor>{col}, 2, {row}, 2, {col + 1}, 0, {row + 1}, 0</x:Anchor><x:AutoFill>False</x:AutoFill>"
        f"<x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign><x:FmlaLink>{link}</x:FmlaLink>"
        f"{'<x:Checked>1</x:Checked>' if checked else ''}<x:NoThreeD/></x:ClientData></v:shape>"
    )


def add_check_boxes(path: Path, sheet: Sheet) -> None:
    """Add the first sheet's form-control check boxes to the saved workbook: the VML drawing, the
    sheet's ``legacyDrawing`` and its relationship (zip dates kept fixed)."""
    boxes = getattr(sheet, "check_boxes", [])
    vml = _VML_HEAD + "".join(_check_box_shape(i, *b) for i, b in enumerate(boxes)) + "</xml>"
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdVml1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    when = parts[0][0].date_time
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b'<Default Extension="xml"',
                    b'<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.'
                    b'vmlDrawing"/><Default Extension="xml"',
                )
            elif info.filename == "xl/worksheets/sheet1.xml":
                if b"xmlns:r=" not in data[:600]:
                    data = data.replace(
                        b"<worksheet ",
                        b'<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
                        1,
                    )
                data = data.replace(b"</worksheet>", b'<legacyDrawing r:id="rIdVml1"/></worksheet>')
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        for name, text in (
            ("xl/worksheets/_rels/sheet1.xml.rels", rels),
            ("xl/drawings/vmlDrawing1.vml", vml),
        ):
            z.writestr(
                zipfile.ZipInfo(name, date_time=when), text.encode(), compress_type=zipfile.ZIP_DEFLATED
            )


def rich_label(s: Sheet, ref: str, bold: str, rest: str, span=None) -> None:
    """A label cell whose first words are bold and the rest in small plain type (rich text)."""
    s.text(ref, bold + rest, span, shade=True)
    s.ws[ref].value = CellRichText(
        [TextBlock(InlineFont(b=True, sz=10), bold), TextBlock(InlineFont(sz=8), rest)]
    )


def rotated(s: Sheet, ref: str, text: str, span: str) -> None:
    """A section label turned 90° (textRotation) down the side of its block."""
    s.text(ref, text, span, shade=True, bold=True)
    s.ws[ref].alignment = Alignment(textRotation=90, horizontal="center", vertical="center", wrap_text=True)


def shrink(s: Sheet, ref: str, row: int) -> None:
    """Shrink to fit: the long value stays on one line in small type; the row keeps its height."""
    s.ws[ref].alignment = Alignment(shrink_to_fit=True, vertical="center")
    s.height(row, 18)


def band(s: Sheet, row: int, cells: list[tuple], shade: bool = True) -> None:
    """A header band: every label in its own column on ``row``, the value in the cell BELOW it.
    ``cells``: (column, last column or None, label, typed, path, expect)."""
    for col, last, lab, raw, path, exp in cells:
        s.text(f"{col}{row}", lab, f"{last}{row}" if last else None, shade=shade, center=True)
        s.value(
            f"{col}{row + 1}",
            raw,
            path=path,
            label=lab,
            expect=exp,
            span=f"{last}{row + 1}" if last else None,
        )


def picture(s: Sheet, name: str, anchor: str, width: int, height: int) -> None:
    """An image placed over the cells (the company logo, the form's QR code)."""
    img = XlImage(str(ASSETS / name))
    img.width, img.height = width, height
    s.ws.add_image(img, anchor)


# =============================================================================== Excel layouts
def complaint_zh_wingdings(s: Sheet) -> None:
    """客户投诉处理表 of an SMT contract manufacturer: the company logo top left and the form's QR
    code top right (images), dates typed with two-digit years ``26/3/5``, quantities as text
    ``12,000 PCS``, the defect rate ``3.5%``, 客户要求 and 是否涉及安全 as check marks typed in
    Wingdings runs inside one cell (``þ退货  ¨换货  þ折让  ¨赔款``), 批准 left empty."""
    picture(s, "logo.png", "A1", 110, 40)
    picture(s, "qr.png", "F1", 52, 52)
    s.text("B1", "客户投诉处理表", "E1", size=15)
    s.height(1, 42)
    plain(s, "B2", "表单编号：HX-QR-8.2-07　版本：A1", "E2")
    lv(s, "A3", "投诉编号", "B3", pick(s, "HX-CC-260305", "HX-CC-260418"), "number")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 18))
    lv(s, "C3", "投诉日期", "D3", yy(rec), "received_date", expect=rec.isoformat())
    lv(s, "E3", "订单号", "F3", pick(s, "PO-XM-26-0088", "PO-SZ-26-0131"), "order_no")
    lv(
        s,
        "A4",
        "客户名称",
        "B4",
        pick(s, "厦门立达信照明有限公司", "深圳市汇川技术股份有限公司"),
        "customer",
        span="D4",
    )
    ship = pick(s, D(2026, 2, 27), D(2026, 4, 9))
    lv(s, "E4", "出货日期", "F4", yy(ship), "ship_date", expect=ship.isoformat())
    lv(s, "A5", "产品型号", "B5", pick(s, "PCBA-LD-2210", "PCBA-IV-0731"), "part_no")
    lv(s, "C5", "产品名称", "D5", pick(s, "LED 驱动板", "变频器控制板"), "part_name")
    lv(s, "E5", "生产批号", "F5", pick(s, "W2608-3", "W2613-1"), "lot_no")
    sq, dq = pick(s, (12000, 420), (3600, 54))
    lv(s, "A6", "出货数量", "B6", pcs(sq), "ship_qty", expect=sq)
    lv(s, "C6", "不良数量", "D6", pcs(dq), "defect_qty", expect=dq)
    rate = pick(s, "3.5%", "1.5%")
    lv(s, "E6", "不良率", "F6", rate, "defect_rate", expect=pick(s, "0.035", "0.015"))
    label(s, "A7", "客户要求")
    reqs = ["退货", "换货", "折让", "赔款"]
    chosen = pick(s, {"退货", "折让"}, {"换货"})
    typed = wing_marks(s, "B7", reqs, chosen, span="D7")
    codes = {"退货": "return", "换货": "replacement", "折让": "allowance", "赔款": "compensation"}
    field(s, "客户要求", "B7:D7", typed, "customer_request", [codes[o] for o in reqs if o in chosen])
    label(s, "E7", "涉及安全")
    safe = pick(s, set(), {"是"})
    typed = wing_marks(s, "F7", ["是", "否"], safe or {"否"})
    field(s, "涉及安全", "F7", typed, "safety_related", bool(safe))
    for row, lab, raw, path in (
        (
            8,
            "问题描述",
            pick(
                s,
                "驱动板 C12 电解电容鼓包，客户老化 48 h 后 420 片不亮。",
                "控制板 U5 虚焊，客户 ICT 报开路 54 片。",
            ),
            "description",
        ),
        (
            10,
            "原因分析",
            pick(s, "电容来料批次耐压不足，IQC 抽检未覆盖耐压项目。", "回流焊第 7 温区偏低 12 ℃。"),
            "root_cause",
        ),
        (
            12,
            "临时对策",
            pick(s, "库存 6,800 片全检更换电容。", "在制品 100% AOI 复判。"),
            "short_term_action",
        ),
    ):
        label(s, f"A{row}", lab, f"A{row + 1}")
        s.value(f"B{row}", raw, path=path, label=lab, span=f"F{row + 1}")
    lv(s, "A14", "填表人", "B14", pick(s, "林晓燕", "林晓燕"), "reporter")
    lv(s, "C14", "主管", "D14", pick(s, "陈国栋", "蔡志明"), "sales_supervisor")
    label(s, "E14", "批准")
    s.box("F14")
    absent(s, "批准", "F14", "", "approver")


def complaint_en_headerband(s: Sheet) -> None:
    """Customer Complaint Report of an automotive-electronics customer: a header band (every label
    in its own column, the value in the cell BELOW it), labels in rich text (the name bold, a
    hint in small type), dates ``Mar 5, 2026`` and ``05-Mar-26``, quantities ``2,400 pcs``, the
    reject rate ``1.75%``, and a sign-off table Role | Name | Date at the foot."""
    s.text("A1", "CUSTOMER COMPLAINT REPORT", "F1", size=14)
    plain(s, "A2", "Supplier Quality — form SQ-F-014 rev. 3", "F2")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 22))
    band(
        s,
        3,
        [
            ("A", None, "Complaint No.", pick(s, "CCR-2603-118", "CCR-2604-152"), "number", None),
            ("B", None, "Date Issued", mdy(rec), "received_date", rec.isoformat()),
            (
                "C",
                "D",
                "Customer",
                pick(s, "Aptiv Electrical Centers (Shanghai)", "Valeo Interior Controls (Shenzhen)"),
                "customer",
                None,
            ),
            ("E", None, "Customer P/N", pick(s, "AP-88231-02", "VL-44107-A"), "part_no", None),
            ("F", None, "Lot / Date Code", pick(s, "DC2607", "DC2612"), "lot_no", None),
        ],
    )
    ship = pick(s, D(2026, 2, 20), D(2026, 4, 10))
    sq, rq = pick(s, (2400, 42), (1800, 27))
    band(
        s,
        6,
        [
            ("A", None, "Qty Shipped", pcs(sq, "pcs"), "ship_qty", sq),
            ("B", None, "Qty Rejected", pcs(rq, "pcs"), "defect_qty", rq),
            ("C", None, "Reject Rate", pick(s, "1.75%", "1.5%"), "defect_rate", pick(s, "0.0175", "0.015")),
            ("D", None, "Date Shipped", dmy(ship), "ship_date", ship.isoformat()),
            (
                "E",
                "F",
                "Requested Action",
                pick(s, "Replacement", "Credit"),
                "customer_request",
                pick(s, ["replacement"], ["allowance"]),
            ),
        ],
    )
    for row, bold, hint, raw, path in (
        (
            9,
            "Description of Problem",
            " (what / where / how found)",
            pick(
                s,
                "Relay K3 contact welded on 42 fuse boxes at customer EOL test; found 3 Mar.",
                "LIN wake-up fails on 27 switch panels at vehicle audit.",
            ),
            "description",
        ),
        (
            12,
            "Root Cause",
            " (occurrence and escape)",
            pick(
                s,
                "Relay supplier changed contact alloy without PPAP.",
                "EEPROM default parameter wrong in SW 2.3.",
            ),
            "root_cause",
        ),
        (
            15,
            "Containment",
            " (stock, in transit, at customer)",
            pick(
                s, "Sorted 1,960 pcs at customer and in Suzhou warehouse.", "Reflash all 640 panels in stock."
            ),
            "short_term_action",
        ),
    ):
        rich_label(s, f"A{row}", bold, hint, span=f"F{row}")
        s.value(f"A{row + 1}", raw, path=path, label=bold, span=f"F{row + 1}")
    for c, h in zip("ABD", ("Role", "Name", "Date"), strict=True):
        s.text(f"{c}18", h, None if c != "B" else "C18", bold=True, shade=True)
    s.text("E18", "Remarks", "F18", bold=True, shade=True)
    people = (
        (
            "Prepared by",
            pick(s, "Wendy Zhou", "Wendy Zhou"),
            pick(s, D(2026, 3, 6), D(2026, 4, 23)),
            "reporter",
            None,
        ),
        (
            "Reviewed by",
            pick(s, "Kevin Lam", "Daniel Ho"),
            pick(s, D(2026, 3, 7), D(2026, 4, 24)),
            "sales_supervisor",
            None,
        ),
        (
            "Approved by",
            pick(s, "Martin Kraus", "Martin Kraus"),
            pick(s, D(2026, 3, 9), D(2026, 4, 27)),
            "approver",
            "approved_date",
        ),
    )
    for i, (role, name, when, npath, dpath) in enumerate(people):
        r = 19 + i
        s.text(f"A{r}", role)
        s.value(f"B{r}", name, path=npath, label=role, span=f"C{r}")
        s.value(f"D{r}", dmy(when), path=dpath, label="Date", expect=when.isoformat())
        s.box(f"E{r}", f"F{r}")


def complaint_zht_formcontrols(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese connector maker whose options are Excel FORM-CONTROL check boxes
    (VML ``x:ClientData ObjectType="Checkbox"``, the option's word is the control's caption, the
    cell under it empty; LibreOffice prints them as PDF check-box fields) linked to the cell right
    of each, which shows ``TRUE`` / ``FALSE``; the customer's long name shrunk to fit its cell; the label 不良說明 split over two
    rows (``不良`` / ``說明``); a sign-off table 簽核 | 姓名 | 日期 at the foot."""
    s.text("A1", "客 訴 處 理 單", "F1", size=15)
    plain(s, "A2", "文件編號：QF-QA-015　版次：B", "F2")
    lv(s, "A3", "客訴編號", "B3", pick(s, "CC-1150305-02", "CC-1150421-05"), "number")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 21))
    lv(s, "C3", "受理日期", "D3", rec, "received_date", fmt="yyyy/mm/dd")
    lv(s, "E3", "訂單號碼", "F3", pick(s, "PO115-0088", "PO115-0142"), "order_no")
    lv(
        s,
        "A4",
        "客戶名稱",
        "B4",
        pick(
            s,
            "鴻海精密工業股份有限公司 連接器事業群 第三事業處 昆山廠區",
            "和碩聯合科技股份有限公司 桃園蘆竹廠 系統組裝第二事業部",
        ),
        "customer",
    )
    shrink(s, "B4", 4)
    lv(s, "C4", "料號", "D4", pick(s, "CN-USB-C24P", "CN-FPC-0.5-40"), "part_no")
    lv(s, "E4", "品名", "F4", pick(s, "USB Type-C 母座", "FPC 連接器 40P"), "part_name")
    lv(s, "A5", "出貨數量", "B5", pick(s, 20000, 8000), "ship_qty", fmt="#,##0")
    lv(s, "C5", "不良數量", "D5", pick(s, 360, 96), "defect_qty")
    lv(
        s,
        "E5",
        "不良率",
        "F5",
        pick(s, 0.018, 0.012),
        "defect_rate",
        fmt="0.0%",
        expect=pick(s, "0.018", "0.012"),
        shown=pick(s, "0.018 (number cell shown 1.8%)", "0.012 (number cell shown 1.2%)"),
    )
    label(s, "A6", "客戶要求")
    reqs = (
        ("退貨", "return", "B6", "C6"),
        ("換貨", "replacement", "D6", "E6"),
        ("折讓", "allowance", "F6", "G6"),
    )
    chosen = pick(s, {"換貨"}, {"退貨", "折讓"})
    for o, _, oref, bref in reqs:
        check_box(s, oref, o, bref, o in chosen)
    field(
        s,
        "客戶要求",
        "B6:G6",
        " ".join(
            f"{'☑' if o in chosen else '☐'}{o} (check-box control, linked cell {'TRUE' if o in chosen else 'FALSE'})"
            for o, *_ in reqs
        ),
        "customer_request",
        [code for o, code, *_ in reqs if o in chosen],
    )
    label(s, "A7", "樣品寄回")
    check_box(s, "B7", "是", "C7", pick(s, True, False))
    field(
        s,
        "樣品寄回",
        "B7:C7",
        pick(s, "☑是 (check-box control, linked cell TRUE)", "☐是 (linked cell FALSE)"),
        "sample_received",
        pick(s, True, False),
    )
    s.text("A8", "不良", shade=True)
    s.text("A9", "說明", shade=True)
    s.value(
        "B8",
        pick(s, "Type-C 母座焊腳共面度超差，客戶 SMT 後 360 pcs 空焊。", "FPC 連接器鎖扣斷裂 96 pcs。"),
        path="description",
        label="不良 / 說明",
        span="F9",
    )
    lv(
        s,
        "A10",
        "原因分析",
        "B10",
        pick(s, "沖壓模具第 3 站磨耗，焊腳成形角度偏差。", "鎖扣射出保壓不足，縮水。"),
        "root_cause",
        span="F10",
    )
    lv(
        s,
        "A11",
        "改善對策",
        "B11",
        pick(s, "模具第 3 站換新並每 5 萬模量測共面度。", "保壓由 0.8 s 改 1.2 s。"),
        "long_term_action",
        span="F11",
    )
    for c, h in zip("ABD", ("簽核", "姓名", "日期"), strict=True):
        s.text(f"{c}13", h, None if c != "B" else "C13", bold=True, shade=True)
    for i, (role, name, when, npath) in enumerate(
        (
            ("填單", pick(s, "陳雅婷", "陳雅婷"), pick(s, D(2026, 3, 6), D(2026, 4, 22)), "reporter"),
            ("主管", pick(s, "王志明", "林冠宇"), pick(s, D(2026, 3, 6), D(2026, 4, 23)), "sales_supervisor"),
        )
    ):
        r = 14 + i
        s.text(f"A{r}", role)
        s.value(f"B{r}", name, path=npath, label=role, span=f"C{r}")
        s.value(f"D{r}", when, path=None, label="日期", fmt="yyyy/mm/dd")
    s.text("A16", "核准")
    s.box("B16", "C16")
    s.box("D16")
    absent(s, "核准", "B16", "", "approver")


def eightd_zh_steptable(s: Sheet) -> None:
    """8D报告 of a brake-parts supplier whose disciplines are the ROWS of ONE table with columns
    步骤 | 内容描述 | 责任人 | 完成日期 (D1 … D8), a section label ``8D 过程`` rotated 90° down its
    left side, dates with two-digit years ``26/3/6``; the team listed in the D1 row as
    ``张伟(组长)、李娜、王磊``."""
    s.text("A1", "8D 报告", "F1", size=15)
    lv(s, "B2", "8D编号", "C2", pick(s, "8D-BK-2603-05", "8D-BK-2604-11"), "number")
    lv(s, "D2", "客诉编号", "E2", pick(s, "KS-2603-019", "KS-2604-027"), "complaint_number", span="F2")
    lv(s, "B3", "客户", "C3", pick(s, "博世汽车部件(苏州)有限公司", "大陆汽车系统(常熟)有限公司"), "customer")
    lv(s, "D3", "零件号", "E3", pick(s, "BP-CAL-4410", "BP-PIS-2208"), "part_no", span="F3")
    opened = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "B4", "开始日期", "C4", yy(opened), "opened_date", expect=opened.isoformat())
    for c, h in zip("BCEF", ("步骤", "内容描述", "责任人", "完成日期"), strict=True):
        s.text(f"{c}5", h, "D5" if c == "C" else None, bold=True, shade=True, center=True)
    lead, members = pick(s, ("张伟", ["李娜", "王磊"]), ("周强", ["何静", "杨帆", "吴昊"]))
    d3 = pick(
        s,
        [("库存 2,400 件全检端面跳动", "李娜", D(2026, 3, 6))],
        [
            ("库存 1,100 件全检活塞外径", "何静", D(2026, 4, 15)),
            ("在途 600 件拦截返厂", "杨帆", D(2026, 4, 16)),
        ],
    )
    rows: list[tuple] = [("D1 成立小组", "、".join([f"{lead}(组长)", *members]), lead, opened, "team", None)]
    rows.append(
        (
            "D2 问题描述",
            pick(
                s,
                "制动盘端面跳动超差 0.08 mm，客户装车抖动 36 件。",
                "活塞外径偏小 0.02 mm，客户泄漏测试失败 18 件。",
            ),
            lead,
            None,
            "problem.statement",
            None,
        )
    )
    for i, (act, who, when) in enumerate(d3):
        rows.append(("D3 临时措施", act, who, when, f"containment[{i}]", None))
    rows += [
        (
            "D4 根本原因",
            pick(s, "精车夹具定位面磨损 0.05 mm，未纳入点检。", "磨床砂轮修整周期过长。"),
            lead,
            pick(s, D(2026, 3, 9), D(2026, 4, 18)),
            "root_cause[type=occurrence].cause",
            None,
        ),
        (
            "D5 永久对策",
            pick(s, "夹具定位面改为淬硬镶块，每周点检。", "砂轮修整改为每 200 件一次。"),
            pick(s, "王磊", "吴昊"),
            pick(s, D(2026, 3, 16), D(2026, 4, 25)),
            "corrective_actions[0]",
            None,
        ),
        (
            "D6 效果验证",
            pick(s, "连续 3 批 CPK 1.72，客户端零不良。", "连续 5 批泄漏测试全部合格。"),
            lead,
            pick(s, D(2026, 3, 27), D(2026, 5, 8)),
            "implementation[0]",
            None,
        ),
        (
            "D7 预防再发",
            pick(s, "同类 4 款制动盘夹具同步改造。", "其他 3 条磨床线同步修改修整周期。"),
            lead,
            None,
            "prevention.horizontal_deployment",
            None,
        ),
        (
            "D8 结案",
            pick(s, "客户确认关闭，小组表彰。", "客户确认关闭。"),
            pick(s, "赵总", "赵总"),
            pick(s, D(2026, 4, 2), D(2026, 5, 15)),
            "closure",
            None,
        ),
    ]
    top = 6
    for i, (step, text, who, when, path, _) in enumerate(rows):
        r = top + i
        s.text(f"B{r}", step, shade=True)
        if path == "team":
            s.value(f"C{r}", text, path=None, label="内容描述", span=f"D{r}")
            field(s, "D1 成立小组", f"C{r}", text, f"team[name={lead}].role", "leader")
            for n in [lead, *members]:
                field(s, "D1 成立小组", f"C{r}", text, "team[*].name", n)
            s.value(f"E{r}", who, path=None, label="责任人")
        elif path.startswith("containment"):
            s.value(f"C{r}", text, path=f"{path}.action", label="内容描述", span=f"D{r}")
            s.value(f"E{r}", who, path=f"containment[action={text}].owner", label="责任人")
            s.value(
                f"F{r}",
                yy(when),
                path=f"containment[action={text}].done_date",
                label="完成日期",
                expect=when.isoformat(),
            )
            continue
        elif path.startswith("corrective") or path.startswith("implementation"):
            # D6 效果验证's text is the implementation's result (DOMAIN §5.2), D5's the action
            column = "result" if path.startswith("implementation") else "action"
            s.value(f"C{r}", text, path=f"{path}.{column}", label="内容描述", span=f"D{r}")
            if path.startswith("corrective"):
                s.value(f"E{r}", who, path="corrective_actions[0].owner", label="责任人")
                s.value(
                    f"F{r}",
                    yy(when),
                    path="corrective_actions[0].due_date",
                    label="完成日期",
                    expect=when.isoformat(),
                )
            else:
                s.value(f"E{r}", who, path=None, label="责任人")
                s.value(
                    f"F{r}",
                    yy(when),
                    path="implementation[0].implemented_date",
                    label="完成日期",
                    expect=when.isoformat(),
                )
            continue
        elif path == "closure":
            s.value(f"C{r}", text, path=None, label="内容描述", span=f"D{r}")
            s.value(f"E{r}", who, path="closure.approved_by", label="责任人")
            s.value(f"F{r}", yy(when), path="closure.closed_date", label="完成日期", expect=when.isoformat())
            continue
        else:
            s.value(f"C{r}", text, path=path, label=step, span=f"D{r}")
            s.value(f"E{r}", who, path=None, label="责任人")
        if when:
            s.value(f"F{r}", yy(when), path=None, label="完成日期")
        else:
            s.box(f"F{r}")
    rotated(s, f"A{top}", "8D 过程", f"A{top + len(rows) - 1}")


def eightd_en_scar(s: Sheet) -> None:
    """Supplier Corrective Action Request (SCAR) an electronics OEM sends its supplier, answered
    in the customer's workbook: dates ``5th March 2026`` and ``12-Mar-26``, section headings in
    rich text (``D3 Containment`` bold, the instruction small), the documents updated ticked as
    Wingdings 2 characters in their own cells (``R`` checked, ``£`` not), a containment table,
    and a closure sign-off table Supplier / Customer SQE with names and dates."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (SCAR)", "F1", size=14)
    lv(s, "A2", "SCAR No.", "B2", pick(s, "SCAR-26-0311", "SCAR-26-0427"), "number")
    opened = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    lv(s, "C2", "Issue Date", "D2", ordinal(opened), "opened_date", expect=opened.isoformat(), span="E2")
    lv(
        s,
        "A3",
        "Issued by (Customer)",
        "B3",
        pick(s, "Schneider Electric (Wuhan)", "ABB Xiamen Switchgear"),
        "customer",
        span="C3",
    )
    lv(s, "D3", "Part Number", "E3", pick(s, "SE-TB-2231", "ABB-CT-0917"), "part_no", span="F3")
    lv(s, "A4", "NCR Ref.", "B4", pick(s, "NCR-WH-26-0412", "NCR-XM-26-0530"), "complaint_number", span="C4")
    due = pick(s, D(2026, 4, 5), D(2026, 5, 16))
    lv(s, "D4", "Response Due", "E4", ordinal(due), "target_close_date", expect=due.isoformat(), span="F4")
    rich_label(s, "A5", "D2 Problem Description", "  — what, where, how many", span="F5")
    s.value(
        "A6",
        pick(
            s,
            "Terminal block screws stripped at 1.2 N·m on 35 of 500 units, customer line.",
            "Current transformer ratio error above class 0.5 on 12 units.",
        ),
        path="problem.statement",
        label="D2 Problem Description",
        span="F6",
    )
    rich_label(s, "A7", "D3 Containment", "  — list every action with owner and dates", span="F7")
    for c, h in zip("ACDE", ("Action", "Responsible", "Due", "Completed"), strict=True):
        s.text(f"{c}8", h, "B8" if c == "A" else None, bold=True, shade=True)
    acts = pick(
        s,
        [
            ("Sort 2,000 units at customer and in our FG store", "Li Qiang", D(2026, 3, 6), D(2026, 3, 7)),
            ("Add torque check at final inspection", "Sun Yue", D(2026, 3, 7), D(2026, 3, 8)),
        ],
        [("Re-test 480 CTs in stock", "Hu Bo", D(2026, 4, 17), D(2026, 4, 18))],
    )
    for i, (a, who, d1, d2) in enumerate(acts):
        r = 9 + i
        s.value(f"A{r}", a, path=f"containment[{i}].action", label="Action", span=f"B{r}")
        s.value(f"C{r}", who, path=f"containment[action={a}].owner", label="Responsible")
        s.value(
            f"D{r}", dmy(d1), path=f"containment[action={a}].due_date", label="Due", expect=d1.isoformat()
        )
        s.value(
            f"E{r}",
            dmy(d2),
            path=f"containment[action={a}].done_date",
            label="Completed",
            expect=d2.isoformat(),
        )
    r = 9 + len(acts)
    rich_label(s, f"A{r}", "D4 Root Cause", "  — occurrence and escape", span=f"F{r}")
    lv(
        s,
        f"A{r + 1}",
        "Occurrence",
        f"B{r + 1}",
        pick(
            s,
            "Thread-forming screw from new sub-supplier, hardness 18 HRC below spec.",
            "Core annealing temperature 40 °C low.",
        ),
        "root_cause[type=occurrence].cause",
        span=f"F{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "Escape",
        f"B{r + 2}",
        pick(
            s, "Incoming inspection checks dimensions only, no hardness test.", "Final test samples 1 of 50."
        ),
        "root_cause[type=escape].cause",
        span=f"F{r + 2}",
    )
    rich_label(s, f"A{r + 3}", "D5 Permanent Corrective Action", "", span=f"F{r + 3}")
    lv(
        s,
        f"A{r + 4}",
        "Action",
        f"B{r + 4}",
        pick(s, "Hardness test added to incoming plan, AQL 0.65.", "Annealing furnace alarm at ±10 °C."),
        "corrective_actions[0].action",
        span=f"F{r + 4}",
    )
    rich_label(s, f"A{r + 5}", "D7 Documents Updated", "  — tick", span=f"F{r + 5}")
    docs = (
        ("PFMEA", "fmea"),
        ("Control Plan", "control_plan"),
        ("Work Instruction", "work_instruction"),
        ("Inspection Std.", "inspection_standard"),
    )
    ticked = pick(s, {"fmea", "inspection_standard"}, {"control_plan", "work_instruction"})
    for i, (name, code) in enumerate(docs):
        col_box, col_name = "ABCDEFGH"[(i % 2) * 3], "ABCDEFGH"[(i % 2) * 3 + 1]
        rr = r + 6 + i // 2
        wing2_box(s, f"{col_box}{rr}", code in ticked)
        s.text(f"{col_name}{rr}", name)
    field(
        s,
        "D7 Documents Updated",
        f"A{r + 6}:E{r + 7}",
        " ".join(f"{'R' if c in ticked else '£'} {n}" for n, c in docs),
        "prevention.documents_updated",
        [c for _, c in docs if c in ticked],
    )
    rr = r + 9
    s.text(f"A{rr}", "D8 Closure sign-off", f"F{rr}", bold=True, shade=True)
    for c, h in zip("ABCD", ("Supplier prepared by", "Date", "Customer SQE approved", "Date"), strict=True):
        s.text(f"{c}{rr + 1}", h, bold=True)
    closed = pick(s, D(2026, 3, 27), D(2026, 5, 8))
    s.value(f"A{rr + 2}", pick(s, "Li Qiang", "Hu Bo"), path=None, label="Supplier prepared by")
    s.value(f"B{rr + 2}", dmy(closed - dt.timedelta(days=2)), path=None, label="Date")
    s.value(
        f"C{rr + 2}",
        pick(s, "Pierre Martin", "Erik Lund"),
        path="closure.approved_by",
        label="Customer SQE approved",
    )
    s.value(f"D{rr + 2}", dmy(closed), path="closure.closed_date", label="Date", expect=closed.isoformat())


def eightd_zht_rotated(s: Sheet) -> None:
    """8D 矯正預防報告 of a Taiwanese PCB maker: every block's label rotated 90° down column A
    (``問題描述``, ``圍堵措施``, ``根本原因``, ``永久對策``), percentages ``100%`` for the
    containment's effectiveness and ``70%`` / ``30%`` for the causes' contributions, a
    sign-off row 製表 | 審核 | 核准 with a name and a date under each."""
    s.text("A1", "8D 矯正預防報告", "G1", size=15)
    lv(s, "B2", "報告編號", "C2", pick(s, "8D-PCB-115031", "8D-PCB-115044"), "number")
    opened = pick(s, D(2026, 3, 5), D(2026, 4, 17))
    lv(s, "D2", "開立日期", "E2", opened, "opened_date", fmt="yyyy/mm/dd")
    lv(s, "F2", "客訴單號", "G2", pick(s, "QC-115-0305", "QC-115-0417"), "complaint_number")
    lv(s, "B3", "客戶", "C3", pick(s, "廣達電腦股份有限公司", "緯創資通股份有限公司"), "customer", span="E3")
    lv(s, "F3", "料號", "G3", pick(s, "PCB-6L-8871", "PCB-8L-2290"), "part_no")
    rotated(s, "A4", "問題描述", "A5")
    s.value(
        "B4",
        pick(s, "六層板 BGA 區域微短路，客戶 ICT 不良 64 片。", "八層板層間分離 22 片。"),
        path="problem.statement",
        label="問題描述",
        span="G5",
    )
    rotated(s, "A6", "圍堵措施", "A8")
    for c, h in zip("BEFG", ("對策", "負責人", "完成日", "有效性"), strict=True):
        s.text(f"{c}6", h, "D6" if c == "B" else None, bold=True, shade=True)
    acts = pick(
        s,
        [
            ("庫存 3,000 片 100% 電測", "黃志偉", D(2026, 3, 6)),
            ("客戶端 800 片派員篩選", "林怡君", D(2026, 3, 7)),
        ],
        [("在庫 1,500 片切片抽驗", "許家豪", D(2026, 4, 18)), ("暫停出貨", "許家豪", D(2026, 4, 17))],
    )
    for i, (a, who, when) in enumerate(acts):
        r = 7 + i
        s.value(f"B{r}", a, path=f"containment[{i}].action", label="對策", span=f"D{r}")
        s.value(f"E{r}", who, path=f"containment[action={a}].owner", label="負責人")
        s.value(f"F{r}", when, path=f"containment[action={a}].done_date", label="完成日", fmt="yyyy/mm/dd")
        s.value(
            f"G{r}", "100%", path=f"containment[action={a}].effectiveness_pct", label="有效性", expect="1.00"
        )
    rotated(s, "A9", "根本原因", "A10")
    for i, (kind, cause, share) in enumerate(
        (
            (
                "occurrence",
                pick(s, "蝕刻線速過快，線距殘銅。", "壓合溫度曲線升溫過快。"),
                pick(s, "70%", "60%"),
            ),
            (
                "escape",
                pick(s, "AOI 程式未含 BGA 區域細線。", "出貨前未做熱應力測試。"),
                pick(s, "30%", "40%"),
            ),
        )
    ):
        r = 9 + i
        s.text(f"B{r}", "發生原因" if kind == "occurrence" else "流出原因", shade=True)
        s.value(
            f"C{r}",
            cause,
            path=f"root_cause[type={kind}].cause",
            label="發生原因" if kind == "occurrence" else "流出原因",
            span=f"F{r}",
        )
        s.value(
            f"G{r}",
            share,
            path=f"root_cause[type={kind}].contribution_pct",
            label="比例",
            expect=f"{int(share[:-1]) / 100:.2f}",
        )
    rotated(s, "A11", "永久對策", "A12")
    s.value(
        "B11",
        pick(s, "蝕刻線速由 3.2 改 2.8 m/min，每班首件切片。", "壓合升溫改為 2 ℃/min。"),
        path="corrective_actions[0].action",
        label="永久對策",
        span="G12",
    )
    for c, h in zip("BDF", ("製表", "審核", "核准"), strict=True):
        s.text(f"{c}14", h, f"{chr(ord(c) + 1)}14", bold=True, shade=True, center=True)
    closed = pick(s, D(2026, 3, 30), D(2026, 5, 11))
    for c, name, when, npath, dpath in (
        ("B", pick(s, "黃志偉", "許家豪"), closed - dt.timedelta(days=1), None, None),
        ("D", pick(s, "陳建宏", "陳建宏"), closed - dt.timedelta(days=1), None, None),
        ("F", pick(s, "李文雄", "李文雄"), closed, "closure.approved_by", "closure.closed_date"),
    ):
        nxt = chr(ord(c) + 1)
        s.value(f"{c}15", name, path=npath, label="核准", span=f"{nxt}15")
        s.value(f"{c}16", when, path=dpath, label="核准日期", span=f"{nxt}16", fmt="yyyy/mm/dd")


def return_form_zh(s: Sheet, values: dict) -> None:
    """One 退货申请单 (drawn twice in :func:`return_zh_twosheets`)."""
    s.text("A1", "退货申请单", "F1", size=15)
    plain(s, "A2", "宁波海天塑机配件有限公司　表单：HT-SD-021", "F2")
    lv(s, "A3", "退货单号", "B3", values["number"], "number")
    lv(s, "C3", "申请日期", "D3", yy(values["date"]), "issue_date", expect=values["date"].isoformat())
    lv(s, "E3", "客诉单号", "F3", values["complaint"], "complaint_number")
    lv(s, "A4", "客户名称", "B4", values["customer"], "customer", span="F4")
    for c, h in zip("ABCDEF", ("物料编码", "品名规格", "退货数量", "单价", "金额", "备注"), strict=True):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    for i, (pn, name, q, unit, p) in enumerate(values["lines"]):
        r = 6 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="物料编码")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名规格")
        s.value(f"C{r}", pcs(q, unit), path=f"items[{i}].qty_returned", label="退货数量", expect=q)
        s.value(f"D{r}", f"{p:.2f}", path=f"items[{i}].unit_price", label="单价", expect=money(p))
        s.value(f"E{r}", f"{q * p:,.2f}", path=f"items[{i}].amount", label="金额", expect=money(q * p))
        s.box(f"F{r}")
    r = 6 + len(values["lines"])
    lv(s, f"A{r}", "退货原因", f"B{r}", values["reason"], "reason", span=f"F{r}")
    lv(
        s,
        f"A{r + 1}",
        "处理方式",
        f"B{r + 1}",
        values["handling"][0],
        "handling",
        expect=values["handling"][1],
        span=f"F{r + 1}",
    )
    lv(s, f"A{r + 2}", "审批", f"B{r + 2}", values["approver"], "approved_by")
    lv(s, f"C{r + 2}", "仓库签收", f"D{r + 2}", values["receiver"], "warehouse_receiver")
    lv(
        s,
        f"E{r + 2}",
        "收货日期",
        f"F{r + 2}",
        yy(values["received"]),
        "received_date",
        expect=values["received"].isoformat(),
    )


def return_zh_twosheets(s: Sheet) -> None:
    """退货申请单 of an injection-moulding parts maker kept as ONE workbook per customer, a sheet
    per note: the newest note on the first, active sheet ``4月``, last month's (also filled)
    on the sheet ``3月`` behind it; dates ``26/4/8``, quantities ``120件`` / ``5套``. The form to
    read is the active sheet's (the PDF prints both sheets, the active one first)."""
    now = dict(
        number=pick(s, "TH-2604-008", "TH-2605-013"),
        date=pick(s, D(2026, 4, 8), D(2026, 5, 12)),
        complaint=pick(s, "KS-2603-044", "KS-2605-002"),
        customer=pick(s, "海天塑机集团有限公司", "伊之密股份有限公司"),
        lines=pick(
            s,
            [
                ("HT-SC-220", "料筒加热圈 220V", 120, "件", 18.5),
                ("HT-NZ-045", "射嘴组件 Φ45", 5, "套", 460.0),
            ],
            [
                ("YZ-TB-031", "拉杆螺母 M80", 40, "件", 35.0),
                ("YZ-HC-110", "液压缸密封组件", 6, "套", 280.0),
                ("YZ-SN-016", "传感器支架", 200, "件", 4.2),
            ],
        ),
        reason=pick(s, "加热圈绝缘电阻不足，客户上机 3 天烧毁。", "密封组件尺寸错误，无法装配。"),
        handling=pick(s, ("换货", ["replace"]), ("退货报废", ["scrap"])),
        approver=pick(s, "孙丽", "孙丽"),
        receiver=pick(s, "赵刚", "钱峰"),
        received=pick(s, D(2026, 4, 11), D(2026, 5, 15)),
    )
    before = dict(
        number="TH-2603-021",
        date=D(2026, 3, 17),
        complaint="KS-2603-009",
        customer=now["customer"],
        lines=[("HT-SC-180", "料筒加热圈 180V", 60, "件", 16.0)],
        reason="加热圈引线断裂。",
        handling=("维修", ["repair"]),
        approver="孙丽",
        receiver="赵刚",
        received=D(2026, 3, 19),
    )
    return_form_zh(s, now)
    with on(s, "3月", widths=dict(A=14, B=20, C=12, D=10, E=14, F=12)):
        kept, s.fields = s.fields, []
        return_form_zh(s, before)
        s.fields = kept
    s.wb.active = 0


def return_en_eurocomma(s: Sheet) -> None:
    """Return Material Authorization of a German-owned customer's plant in Taicang, written in
    its head office's number format: amounts with a decimal COMMA and dots for thousands
    (``1.250,00``, ``12,50``), dates ``05-Mar-26``, a header band (labels on one row, values in
    the row below), quantities ``100 PCS``, Disposition typed in words."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "F1", size=14)
    plain(s, "A2", "Prices in EUR. Decimal separator: comma.", "F2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 20))
    band(
        s,
        3,
        [
            ("A", None, "RMA No.", pick(s, "RMA-TC-26-0307", "RMA-TC-26-0421"), "number", None),
            ("B", None, "RMA Date", dmy(d), "issue_date", d.isoformat()),
            (
                "C",
                "D",
                "Customer",
                pick(s, "Schaeffler Trading (Taicang)", "Kostal Automobil Elektrik (Taicang)"),
                "customer",
                None,
            ),
            ("E", "F", "Complaint Ref.", pick(s, "8D-Q-55120", "8D-Q-55187"), "complaint_number", None),
        ],
    )
    for c, h in zip(
        "ABCDEF", ("Part No.", "Description", "Qty Returned", "Unit", "Unit Price", "Amount"), strict=True
    ):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("ST-4471", "Bearing sleeve 22 mm", 100, 12.5), ("ST-4475", "Bearing sleeve 28 mm", 60, 14.75)],
        [
            ("KT-0912", "Connector housing 12p", 250, 0.86),
            ("KT-0916", "Connector housing 16p", 400, 1.12),
            ("KT-0920", "Latch clip", 1000, 0.05),
        ],
    )
    for i, (pn, desc, q, p) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="Part No.")
        s.value(f"B{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", pcs(q), path=f"items[{i}].qty_returned", label="Qty Returned", expect=q)
        s.value(f"D{r}", "PCS", path=None, label="Unit")
        s.value(f"E{r}", euro(p), path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        s.value(f"F{r}", euro(q * p), path=f"items[{i}].amount", label="Amount", expect=money(q * p))
    r = 7 + len(lines)
    s.text(f"A{r}", "Total", f"E{r}", bold=True)
    s.value(f"F{r}", euro(sum(q * p for *_, q, p in lines)), path=None, label="Total")
    lv(
        s,
        f"A{r + 1}",
        "Reason for Return",
        f"B{r + 1}",
        pick(
            s,
            "Inner diameter 0.03 mm over tolerance, press-fit force too low.",
            "Latch broken at 2 of 5 mating cycles.",
        ),
        "reason",
        span=f"F{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "Disposition",
        f"B{r + 2}",
        pick(s, "Scrap at supplier", "Rework and return"),
        "handling",
        expect=pick(s, ["scrap"], ["rework"]),
        span=f"F{r + 2}",
    )
    lv(s, f"A{r + 3}", "Authorized by", f"B{r + 3}", pick(s, "Jürgen Weber", "Jürgen Weber"), "approved_by")
    recd = pick(s, D(2026, 3, 12), D(2026, 4, 28))
    lv(s, f"C{r + 3}", "Goods Received", f"D{r + 3}", dmy(recd), "received_date", expect=recd.isoformat())
    label(s, f"E{r + 3}", "Received by")
    s.box(f"F{r + 3}")
    absent(s, "Received by", f"F{r + 3}", "", "warehouse_receiver")


def return_zht_shrink(s: Sheet) -> None:
    """退貨單 of a Taiwanese fastener distributor: the item table's label ``退貨明細`` rotated 90°
    at its left, quantities ``1,200 PCS`` and amounts ``36,000元`` typed as text, a long reason
    shrunk to fit one line, the label 處理方式 split over two rows (``處理`` / ``方式``)."""
    s.text("A1", "退 貨 單", "G1", size=15)
    lv(s, "B2", "單號", "C2", pick(s, "RT-115-0312", "RT-115-0427"), "number")
    d = pick(s, D(2026, 3, 12), D(2026, 4, 27))
    lv(s, "D2", "開單日期", "E2", d, "issue_date", fmt="yyyy/mm/dd")
    lv(s, "F2", "客訴單號", "G2", pick(s, "CS-0305-07", "CS-0420-02"), "complaint_number")
    lv(s, "B3", "客戶", "C3", pick(s, "春雨工廠股份有限公司", "晉禾企業股份有限公司"), "customer", span="G3")
    for c, h in zip("BCDEFG", ("料號", "品名", "數量", "單位", "單價", "金額"), strict=True):
        s.text(f"{c}4", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [
            ("FS-M6-20", "六角螺栓 M6×20", 1200, 30.0),
            ("FS-M8-25", "六角螺栓 M8×25", 800, 45.0),
            ("NT-M6", "尼龍螺帽 M6", 2000, 8.0),
        ],
        [("WS-M10", "彈簧墊圈 M10", 5000, 3.0), ("FS-M10-40", "凸緣螺栓 M10×40", 600, 52.0)],
    )
    for i, (pn, name, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="料號")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"D{r}", pcs(q), path=f"items[{i}].qty_returned", label="數量", expect=q)
        s.value(f"E{r}", "PCS", path=f"items[{i}].unit", label="單位")
        s.value(f"F{r}", f"{p:g}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(f"G{r}", f"{q * p:,.0f}元", path=f"items[{i}].amount", label="金額", expect=money(q * p))
    rotated(s, "A4", "退貨明細", f"A{4 + len(lines)}")
    r = 5 + len(lines)
    lv(
        s,
        f"B{r}",
        "退貨原因",
        f"C{r}",
        pick(
            s,
            "鍍鋅層鹽霧測試 48 小時出現紅鏽，不符合客戶規格 96 小時要求，整批退回。",
            "墊圈硬度不足 HRC 38，彈性不良，客戶組裝後鬆脫。",
        ),
        "reason",
        span=f"G{r}",
    )
    shrink(s, f"C{r}", r)
    s.text(f"B{r + 1}", "處理", shade=True)
    s.text(f"B{r + 2}", "方式", shade=True)
    s.value(
        f"C{r + 1}",
        pick(s, "重工（重新電鍍）", "報廢"),
        path="handling",
        label="處理 / 方式",
        expect=pick(s, ["rework"], ["scrap"]),
        span=f"G{r + 2}",
    )
    lv(s, f"B{r + 3}", "主管核准", f"C{r + 3}", pick(s, "吳淑華", "吳淑華"), "approved_by")
    lv(s, f"D{r + 3}", "倉庫簽收", f"E{r + 3}", pick(s, "劉建國", "周文彬"), "warehouse_receiver")
    recd = pick(s, D(2026, 3, 16), D(2026, 4, 30))
    lv(s, f"F{r + 3}", "簽收日期", f"G{r + 3}", recd, "received_date", fmt="yyyy/mm/dd")


def allowance_zh_taxsplit(s: Sheet) -> None:
    """销货折让证明单 of a hardware maker with the amounts split 未税 / 税额 / 含税 per line and the
    rate written in the column label ``税额(税率13%)``, quantities ``1,000件`` as text, the
    invoice date ``26/3/2``, the totals in one row."""
    s.text("A1", "销货折让证明单", "F1", size=15)
    plain(s, "A2", "浙江永康五金制品有限公司　纳税人识别号：91330784MA2HX0T51K", "F2")
    lv(s, "A3", "证明单号", "B3", pick(s, "ZR-2603-015", "ZR-2604-022"), "number")
    iss = pick(s, D(2026, 3, 18), D(2026, 4, 25))
    lv(s, "C3", "开立日期", "D3", yy(iss), "issue_date", expect=iss.isoformat())
    lv(s, "E3", "客诉编号", "F3", pick(s, "KS-2603-031", "KS-2604-040"), "complaint_number")
    lv(
        s,
        "A4",
        "购买方名称",
        "B4",
        pick(s, "杭州巨星科技股份有限公司", "宁波长城精工实业有限公司"),
        "buyer",
        span="D4",
    )
    lv(s, "E4", "购买方税号", "F4", pick(s, "91330100143075125G", "91330205254081936L"), "buyer_tax_id")
    lv(
        s,
        "A5",
        "原发票号码",
        "B5",
        pick(s, "33001726 04418825", "33001726 05520917"),
        "invoice_no",
        span="C5",
    )
    inv = pick(s, D(2026, 3, 2), D(2026, 4, 10))
    lv(s, "D5", "开票日期", "E5", yy(inv), "invoice_date", expect=inv.isoformat(), span="F5")
    for c, h in zip(
        "ABCDEF", ("品名", "数量", "单价(未税)", "折让金额(未税)", "税额(税率13%)", "含税金额"), strict=True
    ):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("不锈钢合页 4寸", 1000, 0.8), ("门吸 锌合金", 500, 1.2)],
        [("抽屉滑轨 350mm", 2000, 0.6), ("柜门铰链", 1500, 0.4), ("拉手 128mm", 800, 0.5)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a = round(q * p, 2)
        t = round(a * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", pcs(q, "件"), path=f"items[{i}].qty", label="数量", expect=q)
        s.value(f"C{r}", f"{p:.2f}", path=f"items[{i}].unit_price", label="单价(未税)", expect=money(p))
        s.value(
            f"D{r}", f"{a:,.2f}", path=f"items[{i}].allowance_amount", label="折让金额(未税)", expect=money(a)
        )
        s.value(f"E{r}", f"{t:,.2f}", path=f"items[{i}].tax", label="税额(税率13%)", expect=money(t))
        s.value(f"F{r}", f"{a + t:,.2f}", path=None, label="含税金额")
    r = 7 + len(lines)
    s.text(f"A{r}", "合计", f"C{r}", bold=True, center=True)
    s.value(f"D{r}", f"{net:,.2f}", path="total_excl_tax", label="合计 折让金额(未税)", expect=money(net))
    s.value(f"E{r}", f"{tax:,.2f}", path="total_tax", label="合计 税额(税率13%)", expect=money(tax))
    s.value(f"F{r}", f"{net + tax:,.2f}", path="total", label="合计 含税金额", expect=money(net + tax))
    field(s, "税额(税率13%)", "E6", "税率13%", "tax_rate", "0.13")
    lv(s, f"A{r + 1}", "经办", f"B{r + 1}", pick(s, "方小红", "方小红"), None)
    lv(s, f"C{r + 1}", "部门经理", f"D{r + 1}", pick(s, "徐建华", "徐建华"), "approved_by_manager")
    lv(s, f"E{r + 1}", "总经理", f"F{r + 1}", pick(s, "应国强", "应国强"), "approved_by_gm")


def allowance_en_creditmemo(s: Sheet) -> None:
    """Credit Memo of a US distributor's Shenzhen office: a header band Credit Memo No. | Date |
    Invoice No. | Invoice Date (values in the row below), dates ``5th March 2026``, quantities
    ``1,000 pcs``, Subtotal / ``Sales Tax 5%`` / Total Credit under the lines, Bill To on the
    left."""
    s.text("A1", "CREDIT MEMO", "F1", size=16)
    plain(s, "A2", "Pacific Rim Components LLC — Shenzhen Office", "F2")
    iss = pick(s, D(2026, 3, 20), D(2026, 4, 29))
    inv = pick(s, D(2026, 3, 2), D(2026, 4, 3))
    band(
        s,
        3,
        [
            ("A", None, "Credit Memo No.", pick(s, "CM-26-0317", "CM-26-0429"), "number", None),
            ("B", None, "Date", ordinal(iss), "issue_date", iss.isoformat()),
            ("C", "D", "Invoice No.", pick(s, "INV-PR-260188", "INV-PR-260251"), "invoice_no", None),
            ("E", None, "Invoice Date", ordinal(inv), "invoice_date", inv.isoformat()),
            ("F", None, "RMA / Complaint", pick(s, "CC-0311", "CC-0420"), "complaint_number", None),
        ],
    )
    lv(
        s,
        "A6",
        "Bill To",
        "B6",
        pick(s, "Flextronics Technology (Zhuhai) Co., Ltd.", "Jabil Circuit (Wuxi) Co., Ltd."),
        "buyer",
        span="D6",
    )
    lv(s, "E6", "Tax ID", "F6", pick(s, "91440400617508841X", "91320214607981732P"), "buyer_tax_id")
    for c, h in zip("ABCEF", ("Item", "Description", "Qty", "Unit Price", "Amount"), strict=True):
        s.text(f"{c}7", h, "D7" if c == "C" else None, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [
            ("SW-2201", "Tact switch 6x6 mm — contact bounce", 1000, 0.12),
            ("LED-0603R", "Red LED 0603 — wrong bin", 5000, 0.02),
        ],
        [
            ("CN-USB3", "USB 3.0 receptacle — plating", 2000, 0.35),
            ("FU-1206-2A", "Fuse 1206 2 A — mislabelled reel", 3000, 0.08),
            ("SW-DIP4", "DIP switch 4p", 400, 0.45),
        ],
    )
    net = 0.0
    for i, (item, desc, q, p) in enumerate(lines):
        r = 8 + i
        a = round(q * p, 2)
        net += a
        s.value(f"A{r}", item, path=None, label="Item")
        s.value(f"B{r}", desc, path=f"items[{i}].name", label="Description")
        s.value(f"C{r}", pcs(q, "pcs"), path=f"items[{i}].qty", label="Qty", expect=q, span=f"D{r}")
        s.value(f"E{r}", f"{p:.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        s.value(f"F{r}", f"{a:,.2f}", path=f"items[{i}].allowance_amount", label="Amount", expect=money(a))
    r = 8 + len(lines)
    tax = round(net * 0.05, 2)
    for k, (lab, val, path) in enumerate(
        (
            ("Subtotal", net, "total_excl_tax"),
            ("Sales Tax 5%", tax, "total_tax"),
            ("Total Credit", net + tax, "total"),
        )
    ):
        s.text(f"E{r + k}", lab, bold=True)
        s.value(f"F{r + k}", f"{val:,.2f}", path=path, label=lab, expect=money(val))
    field(s, "Sales Tax 5%", f"E{r + 1}", "Sales Tax 5%", "tax_rate", "0.05")
    lv(
        s,
        f"A{r + 3}",
        "Approved by",
        f"B{r + 3}",
        pick(s, "Robert Chen", "Robert Chen"),
        "approved_by_manager",
    )


def allowance_zht_richtext(s: Sheet) -> None:
    """銷貨退回折讓證明單 of a Taiwanese electronics trader (its own form, not the statutory one):
    every label in rich text, the Chinese bold and an English gloss in small type
    (``買受人 Buyer``), the labels 買受人 / 統一編號 split over two rows, amounts with a ``元``
    suffix, 營業稅 with the rate in its label ``營業稅(5%)``, 含稅合計."""
    s.text("A1", "銷貨退回折讓證明單", "F1", size=15)
    rich_label(s, "A2", "單號", " No.")
    s.value("B2", pick(s, "AL-115-0318", "AL-115-0426"), path="number", label="單號")
    rich_label(s, "C2", "填單日期", " Date")
    iss = pick(s, D(2026, 3, 18), D(2026, 4, 26))
    s.value("D2", iss, path="issue_date", label="填單日期", fmt="yyyy/mm/dd")
    rich_label(s, "E2", "客訴單號", " Case")
    s.value("F2", pick(s, "CS-115-0311", "CS-115-0419"), path="complaint_number", label="客訴單號")
    rich_label(s, "A3", "買受人", " Buyer")
    rich_label(s, "A4", "統一編號", " Tax ID")
    s.value(
        "B3", pick(s, "群光電子股份有限公司", "致伸科技股份有限公司"), path="buyer", label="買受人", span="D3"
    )
    s.value("B4", pick(s, "23345578", "16446274"), path="buyer_tax_id", label="統一編號", span="D4")
    rich_label(s, "E3", "原發票號碼", " Invoice")
    s.value("F3", pick(s, "KX-48812256", "KX-48830917"), path="invoice_no", label="原發票號碼")
    rich_label(s, "E4", "發票日期", " Inv. date")
    inv = pick(s, D(2026, 3, 3), D(2026, 4, 7))
    s.value("F4", inv, path="invoice_date", label="發票日期", fmt="yyyy/mm/dd")
    for c, h in zip("ABCDEF", ("品名", "數量", "單價", "折讓金額", "營業稅(5%)", "含稅合計"), strict=True):
        rich_label(s, f"{c}5", h, "")
    lines = pick(
        s,
        [("電源適配器 65W", 200, 150), ("USB 充電線 1m", 500, 25)],
        [("無線滑鼠", 300, 120), ("鍵盤膜", 1000, 8), ("滑鼠墊", 400, 15)],
    )
    net = tax = 0
    for i, (name, q, p) in enumerate(lines):
        r = 6 + i
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="數量")
        s.value(f"C{r}", f"{p}元", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(f"D{r}", f"{a:,}元", path=f"items[{i}].allowance_amount", label="折讓金額", expect=money(a))
        s.value(f"E{r}", f"{t:,}元", path=f"items[{i}].tax", label="營業稅(5%)", expect=money(t))
        s.value(f"F{r}", f"{a + t:,}元", path=None, label="含稅合計")
    r = 6 + len(lines)
    rich_label(s, f"A{r}", "合計", " Total", span=f"C{r}")
    s.value(f"D{r}", f"{net:,}元", path="total_excl_tax", label="合計 折讓金額", expect=money(net))
    s.value(f"E{r}", f"{tax:,}元", path="total_tax", label="合計 營業稅(5%)", expect=money(tax))
    s.value(f"F{r}", f"{net + tax:,}元", path="total", label="合計 含稅合計", expect=money(net + tax))
    field(s, "營業稅(5%)", "E5", "營業稅(5%)", "tax_rate", "0.05")
    rich_label(s, f"A{r + 1}", "經理", " Manager")
    s.value(f"B{r + 1}", pick(s, "蔡明哲", "蔡明哲"), path="approved_by_manager", label="經理")
    rich_label(s, f"C{r + 1}", "買受人蓋章", " Buyer stamp")
    s.box(f"D{r + 1}", f"F{r + 1}")
    s.height(r + 1, 40)
    absent(s, "買受人蓋章", f"D{r + 1}", "", "buyer_stamped")


EXCEL = [
    dict(
        id="complaint-zh-wingdings",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_wingdings,
        sheet="投诉处理表",
        widths=dict(A=14, B=20, C=12, D=20, E=12, F=18),
        copy2=True,
        imitates="客户投诉处理表 of an SMT plant, Wingdings check marks, two-digit years, logo and QR code",
        unmapped=["批准"],
    ),
    dict(
        id="complaint-en-headerband",
        kind="complaint",
        language="en",
        draw=complaint_en_headerband,
        sheet="CCR",
        widths=dict(A=18, B=18, C=16, D=16, E=18, F=16),
        copy2=True,
        imitates="an automotive customer's Customer Complaint Report with a header band, rich-text labels and a sign-off table",
        unmapped=["Role", "Remarks"],
    ),
    dict(
        id="complaint-zht-formcontrols",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_formcontrols,
        sheet="客訴單",
        widths=dict(A=12, B=22, C=12, D=18, E=10, F=16, G=8),
        imitates="客訴處理單 with form-control check boxes and their linked cells, a shrunk long name, a label over two rows",
        after_save=add_check_boxes,
        unmapped=["簽核", "日期", "核准"],
    ),
    dict(
        id="8d-zh-steptable",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_steptable,
        sheet="8D",
        widths=dict(A=5, B=14, C=26, D=20, E=12, F=12),
        copy2=True,
        imitates="8D报告 whose D1…D8 are the rows of one Step | Description | Owner | Date table, a rotated section label",
        unmapped=["步骤", "8D 过程"],
    ),
    dict(
        id="8d-en-scar-ordinal",
        kind="8d",
        language="en",
        draw=eightd_en_scar,
        sheet="SCAR",
        widths=dict(A=20, B=20, C=20, D=20, E=14, F=14),
        imitates="a customer's SCAR with ordinal dates, rich-text section headings, Wingdings 2 boxes, a closure sign-off table",
        unmapped=["Supplier prepared by"],
    ),
    dict(
        id="8d-zht-rotated",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_rotated,
        sheet="8D",
        widths=dict(A=5, B=14, C=18, D=12, E=14, F=12, G=14),
        imitates="8D 矯正預防報告 with its block labels rotated 90°, percentages, a sign-off row with names and dates",
        unmapped=["製表", "審核"],
    ),
    dict(
        id="return-zh-twosheets",
        kind="return",
        language="zh-Hans",
        draw=return_zh_twosheets,
        sheet="4月",
        widths=dict(A=14, B=20, C=12, D=10, E=14, F=12),
        imitates="退货申请单 kept one sheet per note in one workbook, two filled forms, the active one first",
        unmapped=["备注"],
    ),
    dict(
        id="return-en-eurocomma",
        kind="return",
        language="en",
        draw=return_en_eurocomma,
        sheet="RMA",
        widths=dict(A=16, B=24, C=16, D=14, E=14, F=14),
        copy2=True,
        imitates="a German-owned customer's RMA with decimal commas, a header band and 05-Mar-26 dates",
        unmapped=["Unit", "Total", "Received by"],
    ),
    dict(
        id="return-zht-shrink",
        kind="return",
        language="zh-Hant",
        draw=return_zht_shrink,
        sheet="退貨單",
        widths=dict(A=5, B=14, C=20, D=12, E=12, F=12, G=14),
        imitates="退貨單 of a fastener distributor, rotated table label, shrink-to-fit reason, a label over two rows",
        unmapped=["退貨明細"],
    ),
    dict(
        id="allowance-zh-taxsplit",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_taxsplit,
        sheet="折让证明单",
        widths=dict(A=18, B=14, C=14, D=16, E=16, F=16),
        copy2=True,
        imitates="销货折让证明单 with 未税 / 税额 / 含税 columns and the rate in the label",
        unmapped=["含税金额", "经办"],
    ),
    dict(
        id="allowance-en-creditmemo",
        kind="allowance",
        language="en",
        draw=allowance_en_creditmemo,
        sheet="Credit Memo",
        widths=dict(A=16, B=30, C=10, D=6, E=14, F=16),
        copy2=True,
        imitates="a distributor's Credit Memo with a header band, ordinal dates and Sales Tax 5%",
        unmapped=["Item"],
    ),
    dict(
        id="allowance-zht-richtext",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_richtext,
        sheet="折讓單",
        widths=dict(A=16, B=12, C=12, D=16, E=16, F=18),
        imitates="銷貨退回折讓證明單 with bilingual rich-text labels, labels over two rows, 元 amounts",
        unmapped=["含稅合計", "買受人蓋章"],
    ),
]


# =============================================================================== sent as PDF only
def cc(
    f: DocForm,
    t,
    r: int,
    c: int,
    raw: str,
    *,
    path,
    label,
    expect=None,
    date: dt.date | None = None,
    span=None,
) -> None:
    """A Word content control (``w:sdt``): plain text, or a date picker with its ``fullDate``;
    the blank shows Word's placeholder ``Click or tap here to enter text.``, and so does a
    filled control the clerk skipped (``raw`` empty)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cell = t.cell(r, c).merge(t.cell(*span)) if span else t.cell(r, c)
    par = cell.paragraphs[0]
    sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), label)
    pr.append(alias)
    empty = f.blank or not raw
    if empty:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if date is not None:
        picker = OxmlElement("w:date")
        if not empty:
            picker.set(qn("w:fullDate"), f"{date.isoformat()}T00:00:00Z")
        fmt = OxmlElement("w:dateFormat")
        fmt.set(qn("w:val"), "d MMM yyyy")
        picker.append(fmt)
        pr.append(picker)
    else:
        pr.append(OxmlElement("w:text"))
    run_ = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "Click or tap here to enter text." if empty else raw
    run_.append(text)
    content.append(run_)
    sdt.append(pr)
    sdt.append(content)
    par._p.append(sdt)
    if path and not empty:
        f.fields.append(
            {
                "label": label,
                "cell": f"T{_table_no(f.doc, t)}!R{r + 1}C{c + 1}",
                "value": raw,
                "path": path,
                "expect": raw if expect is None else expect,
            }
        )


def eightd_en_docx_controls(f: DocForm) -> None:
    """A Tier-1 customer's 8D report template in Word whose every field is a CONTENT CONTROL
    (``w:sdt``; date pickers shown ``5 Mar 2026``); the blank shows Word's placeholder text, and
    the filled copy leaves one control (D8 Approved by) on its placeholder. D3 and D5 are small
    tables of controls; the team a table Name | Department | Role."""
    f.heading("8D Problem Solving Report", 15)
    f.note("Fill in the grey fields. Form CQ-8D-11 rev. 5")
    t = f.table(3, 4, [35, 55, 35, 55])
    for r, c, lab in (
        (0, 0, "8D No."),
        (0, 2, "Open Date"),
        (1, 0, "Customer"),
        (1, 2, "Part No."),
        (2, 0, "Complaint Ref."),
        (2, 2, "Target Date"),
    ):
        f.put(t, r, c, lab, shade=True)
    opened = pick(f, D(2026, 3, 5), D(2026, 4, 9))
    target = pick(f, D(2026, 4, 3), D(2026, 5, 8))
    cc(f, t, 0, 1, pick(f, "8D-ZF-26-031", "8D-ZF-26-045"), path="number", label="8D No.")
    cc(
        f,
        t,
        0,
        3,
        f"{opened.day} {opened:%b %Y}",
        path="opened_date",
        label="Open Date",
        expect=opened.isoformat(),
        date=opened,
    )
    cc(
        f,
        t,
        1,
        1,
        pick(f, "ZF Automotive Components (Shanghai)", "ZF Drivetech (Suzhou)"),
        path="customer",
        label="Customer",
    )
    cc(f, t, 1, 3, pick(f, "ZF-4471-220", "ZF-0983-115"), path="part_no", label="Part No.")
    cc(f, t, 2, 1, pick(f, "QN-2026-0412", "QN-2026-0518"), path="complaint_number", label="Complaint Ref.")
    cc(
        f,
        t,
        2,
        3,
        f"{target.day} {target:%b %Y}",
        path="target_close_date",
        label="Target Date",
        expect=target.isoformat(),
        date=target,
    )
    f.heading("D1 Team", 11)
    team = pick(
        f,
        [("Tang Hui", "Quality", "Team Leader"), ("Ye Fan", "Process", "Member")],
        [
            ("Guo Lin", "Quality", "Team Leader"),
            ("Ren Jie", "Production", "Member"),
            ("Shi Lei", "Logistics", "Member"),
        ],
    )
    tt = f.table(1 + len(team), 3, [60, 60, 60])
    for c, h in enumerate(("Name", "Department", "Role")):
        f.put(tt, 0, c, h, shade=True)
    for i, (n, dept, role) in enumerate(team):
        cc(f, tt, i + 1, 0, n, path="team[*].name", label="Name")
        cc(f, tt, i + 1, 1, dept, path=f"team[name={n}].dept", label="Department")
        cc(
            f,
            tt,
            i + 1,
            2,
            role,
            path=f"team[name={n}].role",
            label="Role",
            expect={"Team Leader": "leader", "Member": "member"}[role],
        )
    f.heading("D2 Problem Description", 11)
    tp = f.table(1, 1, [180])
    cc(
        f,
        tp,
        0,
        0,
        pick(
            f,
            "Shift fork bushing cracked on 8 gearboxes at customer end-of-line NVH test.",
            "Oil seal lip turned over on 15 axles.",
        ),
        path="problem.statement",
        label="D2 Problem Description",
    )
    f.heading("D3 Interim Containment Actions", 11)
    acts = pick(
        f,
        [("Quarantine and sort 1,400 bushings at customer", "Ye Fan", D(2026, 3, 6))],
        [
            ("Sort 900 axles in stock", "Ren Jie", D(2026, 4, 10)),
            ("Check seals in transit", "Shi Lei", D(2026, 4, 11)),
        ],
    )
    t3 = f.table(1 + len(acts), 3, [100, 40, 40])
    for c, h in enumerate(("Action", "Owner", "Done")):
        f.put(t3, 0, c, h, shade=True)
    for i, (a, who, d) in enumerate(acts):
        cc(f, t3, i + 1, 0, a, path=f"containment[{i}].action", label="Action")
        cc(f, t3, i + 1, 1, who, path=f"containment[action={a}].owner", label="Owner")
        cc(
            f,
            t3,
            i + 1,
            2,
            f"{d.day} {d:%b %Y}",
            path=f"containment[action={a}].done_date",
            label="Done",
            expect=d.isoformat(),
            date=d,
        )
    f.heading("D4 Root Cause", 11)
    t4 = f.table(2, 2, [40, 140])
    f.put(t4, 0, 0, "Occurrence", shade=True)
    f.put(t4, 1, 0, "Escape", shade=True)
    cc(
        f,
        t4,
        0,
        1,
        pick(
            f,
            "Sintered bushing density low after furnace belt speed change.",
            "Seal press-in tool misaligned 0.4 mm.",
        ),
        path="root_cause[type=occurrence].cause",
        label="Occurrence",
    )
    cc(
        f,
        t4,
        1,
        1,
        pick(f, "Crack test samples 1 per lot only.", "No vision check of seal lip."),
        path="root_cause[type=escape].cause",
        label="Escape",
    )
    f.heading("D5 Permanent Corrective Action", 11)
    t5 = f.table(2, 3, [100, 40, 40])
    for c, h in enumerate(("Action", "Owner", "Due")):
        f.put(t5, 0, c, h, shade=True)
    due = pick(f, D(2026, 3, 20), D(2026, 4, 24))
    act = pick(f, "Belt speed interlocked with furnace recipe.", "Press-in tool with guide pin.")
    cc(f, t5, 1, 0, act, path="corrective_actions[0].action", label="Action")
    cc(
        f,
        t5,
        1,
        1,
        pick(f, "Tang Hui", "Guo Lin"),
        path=f"corrective_actions[action={act}].owner",
        label="Owner",
    )
    cc(
        f,
        t5,
        1,
        2,
        f"{due.day} {due:%b %Y}",
        path=f"corrective_actions[action={act}].due_date",
        label="Due",
        expect=due.isoformat(),
        date=due,
    )
    f.heading("D8 Closure", 11)
    t8 = f.table(1, 4, [35, 55, 35, 55])
    f.put(t8, 0, 0, "Closed on", shade=True)
    f.put(t8, 0, 2, "Approved by", shade=True)
    closed = pick(f, D(2026, 4, 1), D(2026, 5, 6))
    cc(
        f,
        t8,
        0,
        1,
        f"{closed.day} {closed:%b %Y}",
        path="closure.closed_date",
        label="Closed on",
        expect=closed.isoformat(),
        date=closed,
    )
    cc(f, t8, 0, 3, "", path="closure.approved_by", label="Approved by")
    if not f.blank:
        f.__dict__.setdefault("absent", []).append(
            {
                "label": "Approved by",
                "cell": f"T{_table_no(f.doc, t8)}!R1C4",
                "value": "Click or tap here to enter text.",
                "path": "closure.approved_by",
            }
        )


def return_zh_html_portal(f: HtmlForm) -> str:
    """A customer's supplier portal page 退货申请单(RMA) printed by Chromium: the header as a band
    (labels on one row of the table, values on the row under them), dates ``26/3/10``,
    quantities ``120件``, amounts 含税 with the rate in the header ``金额(含税13%)``."""
    f.raw("<h1>退货申请单 (RMA)</h1><p class='sub'>供应商协同平台 · 打印视图</p><table class='band'><tr>")
    d = pick(f, D(2026, 3, 10), D(2026, 4, 16))
    recd = pick(f, D(2026, 3, 13), D(2026, 4, 20))
    heads = (
        ("RMA单号", pick(f, "RMA-GW-260310-02", "RMA-GW-260416-05"), "number", None),
        ("申请日期", yy(d), "issue_date", d.isoformat()),
        ("客户", pick(f, "长城汽车股份有限公司 徐水工厂", "长城汽车股份有限公司 重庆工厂"), "customer", None),
        ("质量问题单号", pick(f, "QP-26-03188", "QP-26-04271"), "complaint_number", None),
    )
    f.raw("".join(f"<th>{h}</th>" for h, *_ in heads) + "</tr><tr>")
    f.raw(
        "".join(f"<td>{f.val(raw, path=p, label=h, expect=e)}</td>" for h, raw, p, e in heads)
        + "</tr></table>"
    )
    f.raw(
        "<table><tr><th>零件号</th><th>零件名称</th><th>退货数量</th><th>单价(含税)</th><th>金额(含税13%)</th></tr>"
    )
    lines = pick(
        f,
        [("GW-3501-110", "制动软管总成", 120, 36.16), ("GW-3501-115", "制动硬管", 80, 12.43)],
        [
            ("GW-8101-220", "空调管路总成", 45, 88.14),
            ("GW-8101-225", "膨胀阀", 30, 54.24),
            ("GW-8101-230", "O 型圈组件", 500, 0.57),
        ],
    )
    for i, (pn, name, q, p) in enumerate(lines):
        a = round(q * p, 2)
        f.raw(
            f"<tr><td>{f.val(pn, path=f'items[{i}].part_no', label='零件号')}</td>"
            f"<td>{f.val(name, path=f'items[{i}].part_name', label='零件名称')}</td>"
            f"<td>{f.val(pcs(q, '件'), path=f'items[{i}].qty_returned', label='退货数量', expect=q)}</td>"
            f"<td>{f.val(f'{p:.2f}', path=f'items[{i}].unit_price', label='单价(含税)', expect=money(p))}</td>"
            f"<td>{f.val(f'{a:,.2f}', path=f'items[{i}].amount', label='金额(含税13%)', expect=money(a))}</td></tr>"
        )
    f.raw(
        "</table><table class='band'><tr><th>退货原因</th><th>处理方式</th><th>收货人</th><th>收货日期</th></tr><tr>"
    )
    f.raw(
        f"<td>{f.val(pick(f, '软管接头压接不良，气密测试泄漏。', '空调管路焊缝渗漏。'), path='reason', label='退货原因')}</td>"
    )
    f.raw(
        f"<td>{f.val(pick(f, '返工', '报废'), path='handling', label='处理方式', expect=pick(f, ['rework'], ['scrap']))}</td>"
    )
    f.raw(f"<td>{f.val(pick(f, '郝建军', '谭晓东'), path='warehouse_receiver', label='收货人')}</td>")
    f.raw(
        f"<td>{f.val(yy(recd), path='received_date', label='收货日期', expect=recd.isoformat())}</td></tr></table>"
    )
    return f.page(
        "退货申请单",
        "h1{font-size:15pt;margin:12px 16px 2px}.sub{margin:0 16px;color:#666;font-size:8pt}table{margin:8px 16px;border-collapse:collapse;width:92%}td,th{border:1px solid #999;padding:4px 6px;font-size:9pt}th{background:#e8eef7;font-weight:normal;text-align:left}",
    )


class CjkDraw(PdfDraw):
    """fpdf2 with a CJK TrueType font (a PDF drawn by an accounting package, no boxes)."""

    @classmethod
    def of(cls, f: PdfDraw) -> CjkDraw:
        """The same drawing (its page, its fields) with the CJK font added."""
        f.pdf.add_font("wqy", "", CJK_FONT)
        f.__class__ = cls
        return f  # type: ignore[return-value]

    def text(self, x, y, text, size=9, bold=False):
        self.pdf.set_font("wqy", "", size + (1 if bold else 0))
        self.pdf.text(x, y, text)

    def value(self, x, y, raw, *, path, label, expect=None, size=9):
        if self.blank:
            return
        self.pdf.set_font("wqy", "", size)
        self.pdf.text(x, y, raw)
        if path:
            self.fields.append(
                {
                    "label": label,
                    "cell": f"p{self.pdf.page_no()}!{x:g},{y:g}",
                    "value": raw,
                    "path": path,
                    "expect": raw if expect is None else expect,
                }
            )


def spaced(f: PdfDraw, x: float, y: float, text: str, size: float = 9, gap: float = 0.8) -> None:
    """Draw ``text`` one character at a time with extra tracking, as some report writers do:
    the page holds no words, only letters, which the reader must put together again."""
    f.pdf.set_font("Helvetica", "", size)
    for ch in text:
        if ch != " ":
            f.pdf.text(x, y, ch)
        x += f.pdf.get_string_width(ch) + gap


def spaced_value(f: PdfDraw, x: float, y: float, raw: str, *, path, label, expect=None) -> None:
    if f.blank:
        return
    spaced(f, x, y, raw)
    if path:
        f.fields.append(
            {
                "label": label,
                "cell": f"p1!{x:g},{y:g}",
                "value": raw,
                "path": path,
                "expect": raw if expect is None else expect,
            }
        )


def complaint_en_fpdf_chars(f: PdfDraw) -> None:
    """A customer-complaint notice printed by a quality system's report writer: every character
    drawn on its own with extra tracking (no words in the PDF, only letters), labels and values
    in two columns of ``Label: value`` lines, dates ``Mar 5, 2026``, quantities ``960 pcs``."""
    pdf = f.pdf
    pdf.set_font("Helvetica", "B", 14)
    spaced(f, 15, 20, "CUSTOMER COMPLAINT NOTICE", 14, 0.9)
    pdf.line(15, 24, 195, 24)
    rec = pick(f, D(2026, 3, 5), D(2026, 4, 23))
    ship = pick(f, D(2026, 2, 26), D(2026, 4, 14))
    left = (
        ("Complaint No.:", pick(f, "CN-26-00311", "CN-26-00423"), "number", None),
        ("Customer:", pick(f, "Whirlpool Foshan", "Midea Refrigeration"), "customer", None),
        ("Part Number:", pick(f, "WP-MTR-5521", "MD-FAN-2207"), "part_no", None),
        ("Part Name:", pick(f, "Drain pump motor", "Condenser fan"), "part_name", None),
        ("Lot No.:", pick(f, "L260219", "L260410"), "lot_no", None),
    )
    right = (
        ("Date Received:", mdy(rec), "received_date", rec.isoformat()),
        ("PO Number:", pick(f, "4500881277", "4500902214"), "order_no", None),
        ("Date Shipped:", mdy(ship), "ship_date", ship.isoformat()),
        ("Qty Shipped:", pick(f, "4,800 pcs", "2,000 pcs"), "ship_qty", pick(f, 4800, 2000)),
        ("Qty Defective:", pick(f, "96 pcs", "25 pcs"), "defect_qty", pick(f, 96, 25)),
    )
    for col, rows in ((15, left), (112, right)):
        for i, (lab, raw, path, exp) in enumerate(rows):
            y = 34 + 8 * i
            spaced(f, col, y, lab, 8.5)
            spaced_value(f, col + 38, y, raw, path=path, label=lab.rstrip(":"), expect=exp)
    y = 34 + 8 * 5 + 6
    spaced(f, 15, y, "Description of Defect:", 8.5)
    spaced_value(
        f,
        15,
        y + 7,
        pick(
            f,
            "Motor hums, does not start at 187 V; 96 pcs at line test.",
            "Fan blade rubs shroud, noise 8 dB over limit.",
        ),
        path="description",
        label="Description of Defect",
    )
    spaced(f, 15, y + 18, "Immediate Action:", 8.5)
    spaced_value(
        f,
        15,
        y + 25,
        pick(f, "All stock at Foshan hub put on hold and re-tested.", "Replace 25 fans from buffer stock."),
        path="short_term_action",
        label="Immediate Action",
    )
    spaced(f, 15, y + 38, "Reported by:", 8.5)
    spaced_value(f, 53, y + 38, pick(f, "Grace Liang", "Grace Liang"), path="reporter", label="Reported by")
    spaced(f, 112, y + 38, "Approved by:", 8.5)
    spaced_value(f, 148, y + 38, "/", path=None, label="Approved by")
    pdf_absent(f, "Approved by", f"p1!148,{y + 38:g}", "/", "approver")


def allowance_zh_fpdf_twocol(f: PdfDraw) -> None:
    """销货折让证明单 printed by an accounting package (fpdf2, a CJK font, no boxes): the header as
    TWO columns of ``标签：值`` lines (left the buyer, its tax id, the invoice; right the number,
    the date, the case), a rule-lined item table, 合计(未税) / 税额(税率13%) / 价税合计 lines
    right-aligned, 经理 / 总经理 at the foot."""
    f = CjkDraw.of(f)
    pdf = f.pdf
    f.text(78, 18, "销货折让证明单", 15, bold=True)
    pdf.line(15, 22, 195, 22)
    iss = pick(f, D(2026, 3, 23), D(2026, 4, 28))
    inv = pick(f, D(2026, 3, 4), D(2026, 4, 8))
    left = (
        ("购买方：", pick(f, "苏州汇川联合动力系统有限公司", "无锡先导智能装备股份有限公司"), "buyer", None),
        ("纳税人识别号：", pick(f, "91320594MA1MXLQ47D", "91320214583791234C"), "buyer_tax_id", None),
        ("原发票号码：", pick(f, "32001726 00981234", "32001726 01127745"), "invoice_no", None),
        ("开票日期：", yy(inv), "invoice_date", inv.isoformat()),
    )
    right = (
        ("折让单号：", pick(f, "ZR-SZ-260323", "ZR-SZ-260428"), "number", None),
        ("开具日期：", yy(iss), "issue_date", iss.isoformat()),
        ("客诉编号：", pick(f, "KS-SZ-0309", "KS-SZ-0415"), "complaint_number", None),
    )
    for col, rows in ((15, left), (120, right)):
        for i, (lab, raw, path, exp) in enumerate(rows):
            y = 32 + 7 * i
            f.text(col, y, lab, 9)
            f.value(
                col + pdf.get_string_width(lab) + 1, y, raw, path=path, label=lab.rstrip("："), expect=exp
            )
    y = 66
    pdf.line(15, y - 5, 195, y - 5)
    for x, h in ((15, "品名"), (85, "数量"), (110, "单价"), (135, "折让金额"), (165, "税额")):
        f.text(x, y, h, 9)
    pdf.line(15, y + 2, 195, y + 2)
    lines = pick(
        f,
        [("伺服电机编码器线 3m", 400, 12.5), ("电机动力线 5m", 200, 18.0)],
        [("驱动器散热风扇", 150, 22.0), ("端子排 12P", 600, 1.5), ("屏蔽线夹", 1000, 0.3)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        yy_ = y + 8 + 7 * i
        a = round(q * p, 2)
        t = round(a * 0.13, 2)
        net, tax = net + a, tax + t
        f.value(15, yy_, name, path=f"items[{i}].name", label="品名")
        f.value(85, yy_, pcs(q, "件"), path=f"items[{i}].qty", label="数量", expect=q)
        f.value(110, yy_, f"{p:.2f}", path=f"items[{i}].unit_price", label="单价", expect=money(p))
        f.value(135, yy_, f"{a:,.2f}", path=f"items[{i}].allowance_amount", label="折让金额", expect=money(a))
        f.value(165, yy_, f"{t:,.2f}", path=f"items[{i}].tax", label="税额", expect=money(t))
    yy_ = y + 8 + 7 * len(lines)
    pdf.line(15, yy_ - 4, 195, yy_ - 4)
    for k, (lab, val, path) in enumerate(
        (
            ("合计(未税)：", net, "total_excl_tax"),
            ("税额(税率13%)：", tax, "total_tax"),
            ("价税合计：", net + tax, "total"),
        )
    ):
        f.text(120, yy_ + 3 + 7 * k, lab, 9)
        f.value(160, yy_ + 3 + 7 * k, f"{val:,.2f}", path=path, label=lab.rstrip("："), expect=money(val))
    if not f.blank:
        f.fields.append(
            {
                "label": "税额(税率13%)",
                "cell": f"p1!120,{yy_ + 10:g}",
                "value": "税率13%",
                "path": "tax_rate",
                "expect": "0.13",
            }
        )
    yy_ += 30
    f.text(15, yy_, "经理：", 9)
    f.value(30, yy_, pick(f, "顾振华", "顾振华"), path="approved_by_manager", label="经理")
    f.text(120, yy_, "总经理：", 9)
    f.value(138, yy_, pick(f, "沈立新", "沈立新"), path="approved_by_gm", label="总经理")


SENT_AS_PDF = [
    dict(
        id="8d-en-docx-controls",
        kind="8d",
        language="en",
        medium="docx",
        draw=eightd_en_docx_controls,
        copy2=True,
        imitates="a Tier-1 customer's 8D Word template whose fields are content controls, one left on its placeholder",
        unmapped=["Approved by"],
    ),
    dict(
        id="return-zh-html-portal",
        kind="return",
        language="zh-Hans",
        medium="html",
        draw=return_zh_html_portal,
        imitates="a car maker's supplier-portal 退货申请单 (RMA) page printed by Chromium, header band, 件 quantities",
        unmapped=["单价(含税)"],
    ),
    dict(
        id="complaint-en-fpdf-chars",
        kind="complaint",
        language="en",
        medium="fpdf",
        draw=complaint_en_fpdf_chars,
        imitates="a quality system's complaint notice drawn one character at a time, two columns of labels",
        unmapped=["Approved by"],
    ),
    dict(
        id="allowance-zh-fpdf-twocol",
        kind="allowance",
        language="zh-Hans",
        medium="fpdf",
        draw=allowance_zh_fpdf_twocol,
        imitates="an accounting package's 销货折让证明单 drawn by fpdf2 in two columns of labels, 税率13% in a label",
        unmapped=["价税合计"],
    ),
]


# =============================================================================== odd files
ODD = {
    "encrypted-allowance.pdf": "an allowance certificate PDF protected by an open password (the customer's mail gateway encrypts attachments): a clear error, never a record",
    "complaint-screenshot-in-excel.xlsx": "a workbook whose only content is a screenshot of a filled complaint sheet pasted as a picture (no cell holds the values): a clear error, never a record",
}


def write_odd(out: Path, pdf: bool) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome); made from filled PDFs of
    this set, so only when the PDFs are printed."""
    odd_expected(out, ODD)
    if not pdf:
        return
    import io

    import pypdfium2 as pdfium
    from openpyxl import Workbook
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(out / "filled" / "allowance-zh-taxsplit.pdf"))
    writer.encrypt(user_password="kesu2026", owner_password="qa-owner", algorithm="AES-128")
    with open(out / "odd" / "encrypted-allowance.pdf", "wb") as fh:
        writer.write(fh)
    page = pdfium.PdfDocument(str(out / "filled" / "complaint-zh-wingdings.pdf"))[0]
    shot = io.BytesIO()
    page.render(scale=1.2).to_pil().convert("RGB").save(shot, "PNG")
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws["A1"] = "见附图"
    img = XlImage(shot)
    ws.add_image(img, "A2")
    wb.save(out / "odd" / "complaint-screenshot-in-excel.xlsx")


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "eighth held-out layouts"), "--no-pdf" not in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
