"""Write the fifth held-out set (run: ``python tests/holdout5/make_holdout5.py``).

``tests/holdout4`` has been looked at while the reader was improved. This set is written from
public descriptions of real forms (客户抱怨处理单 with every value typed in its label's cell after
a colon, a Taiwanese 客戶抱怨處理單 with a cover sheet, 民國 date serials and a continuation
sheet, an English complaint in landscape as Part A / Part B side by side, a Ford-style Global 8D
workbook that opens on its instructions sheet, an 8D whose stock-sorting table continues on a
second sheet and with hidden rows of a former report, a Japanese-style 不具合報告書 adapted in
Taiwan, 成品退货单 with ¥ amounts and a hidden cost column, a return order exported from an ERP
as ``Label . . . : value`` lines, the Taiwanese 折讓證明單 as two copies (聯) side by side, a
销货折让证明单 with cell comments and ¥ number formats; and sent as PDF only: a Word 客户投诉处理单
whose cells hold ``标签：值``, a Word 退货单 whose item table runs over two pages with its header
repeated, a supplier-portal 8D page with a fieldset per discipline and a landscape 客訴通知 page
printed by Chromium, an ERP credit memo drawn by fpdf2 with German number formats) without
reading the reader's code, and differs from ``tests/layouts``, ``tests/holdout`` …
``tests/holdout4`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it
there. Output, in the format of ``tests/holdout4``::

    templates/<id>.xlsx | .docx | .html | .pdf   the blank layout
    filled/<id>.xlsx, .pdf                       Excel layouts: filled, printed by LibreOffice
    filled/<id>.pdf                              Word / HTML / fpdf2 layouts: the PDF only
    expected/<id>.json                           what was typed where, what kesu should read
    copy2/filled, copy2/expected                 a second filled copy of some layouts

Deterministic for the xlsx/docx/html/json files; the PDFs need ``soffice`` and ``chromium``
(``--no-pdf`` skips them; ``--out DIR`` writes elsewhere). The fpdf2 PDF needs
``pip install fpdf2`` (not a kesu dependency; the committed files stay when it is missing).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
for sub in ("holdout", "holdout3", "holdout4", "layouts"):
    sys.path.insert(0, str(HERE.parent / sub))

from make_holdout import expected, field, label, plain  # noqa: E402
from make_holdout3 import FPDF, DocForm, save_docx  # noqa: E402
from make_holdout4 import HtmlForm, PdfDraw, _chromium, absent, lv, marks, pick  # noqa: E402
from make_layouts import Sheet, save, to_pdf  # noqa: E402

D = dt.date
SOURCE = dict(origin="fifth held-out imitation", source="tests/holdout5/make_holdout5.py")
ROC = '[$-404]"民國"e"年"m"月"d"日"'  # Excel/LibreOffice print the serial as 民國115年9月4日
ROC_SLASH = "[$-404]e/mm/dd"  # 115/09/04

_FULL = str.maketrans("0123456789,.-%", "０１２３４５６７８９，．－％")


def fw(text: str) -> str:
    """Full-width digits (and , . - %), as a Chinese input method types them."""
    return text.translate(_FULL)


@contextmanager
def on(s: Sheet, title: str, index: int | None = None, hidden: bool = False, widths=None):
    """Draw on another sheet of the same workbook (fields name it ``<title>!<ref>``)."""
    ws = s.wb[title] if title in s.wb.sheetnames else s.wb.create_sheet(title, index)
    if hidden:
        ws.sheet_state = "hidden"
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    main, s.ws = s.ws, ws
    try:
        yield ws
    finally:
        s.ws = main


def note(s: Sheet, ref: str, text: str) -> None:
    """A cell comment the clerk added (filled copies only; comments do not print)."""
    if not s.blank:
        s.ws[ref].comment = Comment(text, "clerk", width=180, height=60)


def choices(s: Sheet, ref: str, source: str) -> None:
    dv = DataValidation(type="list", formula1=source, allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add(ref)


def landscape(s: Sheet) -> None:
    s.ws.page_setup.orientation = "landscape"


# =============================================================================== Excel layouts
def complaint_zh_colonlabels(s: Sheet) -> None:
    """客户抱怨处理单 of a precision-machining plant where EVERY value is typed in its label's
    cell after the colon (``客户名称：无锡…``, one merged cell for label and value), quantities
    with full-width digits and a full-width space (``１，２００　pcs``), ■/□ type and request
    lines, the severity a drop-down fed by a hidden 选项 sheet, a 填写说明 sheet after the
    form, a HIDDEN column G still holding the previous complaint's values, a comment on the
    defect quantity, 审核 left empty."""
    s.text("A1", "客户抱怨处理单", "F1", size=15)
    plain(s, "A2", "QR-8.2-03  第2版", "F2")

    def cl(ref, lab, raw, path, span, **kw):
        s.value(ref, raw, path=path, label=lab, span=span, prefix=f"{lab}：", **kw)

    cl("A3", "投诉编号", pick(s, "KS-2609-031", "KS-2610-047"), "number", "C3")
    cl(
        "D3",
        "接收日期",
        pick(s, "2026.09.03", "2026.10.14"),
        "received_date",
        "F3",
        expect=pick(s, "2026-09-03", "2026-10-14"),
    )
    cl(
        "A4",
        "客户名称",
        pick(s, "无锡威孚精密机械制造有限责任公司", "常州恒立液压股份有限公司"),
        "customer",
        "F4",
    )
    cl("A5", "订单号", pick(s, "WF-PO-6610", "HL260988"), "order_no", "C5")
    cl("D5", "品名", pick(s, "喷油器衬套", "柱塞套筒"), "part_name", "F5")
    cl("A6", "品号", pick(s, "WF-2231-B", "HL-7702"), "part_no", "C6")
    cl("D6", "生产批号", pick(s, "260815-A", "260921-C"), "lot_no", "F6")
    cl(
        "A7",
        "出货数量",
        pick(s, fw("1,200") + "　pcs", fw("3,000") + "　pcs"),
        "ship_qty",
        "C7",
        expect=pick(s, 1200, 3000),
    )
    cl(
        "D7",
        "不良数量",
        pick(s, fw("36") + "　pcs", fw("15") + "　pcs"),
        "defect_qty",
        "F7",
        expect=pick(s, 36, 15),
    )
    note(s, "D7", "抽检 200 件中发现，客户要求全检")
    types = ["质量", "交期", "服务"]
    s.value(
        "A8",
        marks(types, {"质量"}, "■", "□", "　"),
        path="complaint_type",
        label="投诉类别",
        span="F8",
        prefix="投诉类别：",
        expect="quality",
        blank_text="投诉类别：" + marks(types, set(), "■", "□", "　"),
    )
    reqs = ["退货", "换货", "折让"]
    chosen = pick(s, {"换货"}, {"退货", "折让"})
    s.value(
        "A9",
        marks(reqs, chosen, "■", "□", "　"),
        path="customer_request",
        label="客户要求",
        span="F9",
        prefix="客户要求：",
        expect=pick(s, ["replacement"], ["return", "allowance"]),
        blank_text="客户要求：" + marks(reqs, set(), "■", "□", "　"),
    )
    cl("A10", "严重度", pick(s, "一般", "重要"), "severity", "C10", expect=pick(s, "general", "important"))
    cl("D10", "责任部门", pick(s, "精磨车间", "热处理车间"), "responsible_unit", "F10")
    cl(
        "A11",
        "不良描述",
        pick(
            s,
            "衬套内孔圆度超差（0.004 mm，要求 ≤0.002），客户装配后喷油器卡滞。",
            "套筒硬度偏低 HRC52（要求 58–62），客户台架试验磨损。",
        ),
        "description",
        "F12",
    )
    cl(
        "A13",
        "原因分析",
        pick(s, "珩磨头磨损后未及时补偿。", "淬火炉温度传感器漂移 25℃。"),
        "root_cause",
        "F13",
    )
    cl(
        "A14",
        "临时对策",
        pick(s, "库存 2,400 件全检内孔圆度。", "在库品全部复测硬度，不合格品隔离。"),
        "short_term_action",
        "F14",
    )
    cl(
        "A15",
        "永久对策",
        pick(s, "珩磨头寿命纳入 MES 计数，到期强制更换。", "传感器每月校准，增加炉温双路记录。"),
        "long_term_action",
        "F15",
    )
    cl("A16", "填表人", pick(s, "郑海波", "许丹"), "reporter", "C16")
    s.value("D16", "", path=None, label="审核", span="F16", prefix="审核：")
    absent(s, "审核", "D16", "", "approver")
    cl(
        "A17",
        "结案日期",
        pick(s, "2026年10月8日", "2026年11月20日"),
        "closed_date",
        "C17",
        expect=pick(s, "2026-10-08", "2026-11-20"),
    )
    s.ws.column_dimensions["G"].width = 16
    s.ws.column_dimensions["G"].hidden = True
    if not s.blank:  # the previous complaint's values, copied with the file and hidden
        for r, old in enumerate(
            ["KS-2608-019", "2026.08.11", "上海汽车变速器有限公司", "SG-5510", "2,000 pcs"], 3
        ):
            s.ws[f"G{r}"] = old
    with on(s, "选项", hidden=True) as ws:
        for i, v in enumerate(["重大", "重要", "一般"], 1):
            ws[f"A{i}"] = v
    choices(s, "A10", "选项!$A$1:$A$3")
    with on(s, "填写说明", widths={"A": 80}) as ws:
        for i, line in enumerate(
            [
                "填写说明",
                "1. 各栏在冒号后直接填写，不要另起一格。",
                "2. 日期格式：YYYY.MM.DD，例如 2026.01.15。",
                "3. 严重度从下拉列表选择：重大 / 重要 / 一般。",
                "4. 本表由品保部保存三年。",
            ],
            1,
        ):
            ws[f"A{i}"] = line
    s.wb.active = 0


def complaint_zht_cover(s: Sheet) -> None:
    """客戶抱怨處理單 of a Taiwanese bicycle-hub maker in a workbook that opens on a COVER
    sheet (文件編號, 版次, 制定日期 and the form's own 核准 — not the complaint's approver),
    dates as Excel serials shown ``民國115年9月4日`` and ``115/08/20``, ■/□ lines, 損失金額
    ``NT$18,600``, and a 續頁 sheet that carries 原因分析 / 對策 / 結案."""
    with on(s, "封面", index=0, widths={"A": 18, "B": 40}):
        s.text("A2", "品質紀錄", "B2", size=16)
        s.text("A3", "客戶抱怨處理單", "B3", size=14)
        for r, (lab, v) in enumerate(
            [
                ("文件編號", "QR-QA-015"),
                ("版次", "B"),
                ("制定單位", "品保課"),
                ("核准", "林俊傑"),
                ("保存期限", "三年"),
            ],
            5,
        ):
            s.text(f"A{r}", lab, shade=True)
            s.text(f"B{r}", v)
        s.text("A10", "制定日期", shade=True)
        s.ws["B10"] = D(2024, 3, 1)
        s.ws["B10"].number_format = ROC
    s.text("A1", "客戶抱怨處理單", "D1", size=15)
    lv(s, "A2", "客訴單號", "B2", "CS-115-0412", "number")
    lv(s, "C2", "客訴日期", "D2", D(2026, 9, 4), "received_date", fmt=ROC)
    lv(s, "A3", "客戶名稱", "B3", "巨大機械工業股份有限公司", "customer", span="D3")
    lv(s, "A4", "產品料號", "B4", "GT-HB-2208", "part_no")
    lv(s, "C4", "產品名稱", "D4", "花鼓軸心", "part_name")
    lv(s, "A5", "生產批號", "B5", "L1150818", "lot_no")
    lv(s, "C5", "出貨日期", "D5", D(2026, 8, 20), "ship_date", fmt=ROC_SLASH)
    lv(s, "A6", "出貨數量", "B6", 5000, "ship_qty", fmt="#,##0")
    lv(s, "C6", "不良數量", "D6", 75, "defect_qty")
    t = ["品質異常", "非品質異常"]
    lv(
        s,
        "A7",
        "客訴類別",
        "B7",
        marks(t, {"品質異常"}, "■", "□", "　"),
        "complaint_type",
        expect="quality",
        blank_text=marks(t, set(), "■", "□", "　"),
    )
    sev = ["重大", "重要", "一般"]
    lv(
        s,
        "C7",
        "嚴重度",
        "D7",
        marks(sev, {"重要"}, "■", "□", " "),
        "severity",
        expect="important",
        blank_text=marks(sev, set(), "■", "□", " "),
    )
    req = ["退貨", "換貨", "折讓"]
    lv(
        s,
        "A8",
        "客戶要求",
        "B8",
        marks(req, {"退貨", "折讓"}, "■", "□", "　"),
        "customer_request",
        span="D8",
        expect=["return", "allowance"],
        blank_text=marks(req, set(), "■", "□", "　"),
    )
    lv(s, "A9", "損失金額", "B9", "NT$18,600", "loss_amount", expect="18600.00")
    label(s, "A10", "異常描述", "D10")
    s.value(
        "A11",
        "軸心軸承位外徑偏大 0.015 mm，客戶壓入軸承困難，75 支退回。",
        path="description",
        label="異常描述",
        span="D12",
    )
    lv(s, "A13", "責任單位", "B13", "車削課", "responsible_unit")
    lv(s, "C13", "填表人", "D13", "王志強", "reporter")
    lv(s, "A14", "主管", "B14", "陳美玲", "sales_supervisor")
    plain(s, "A15", "（原因分析及對策見續頁）", "D15")
    with on(s, "續頁", widths={"A": 14, "B": 22, "C": 14, "D": 22}):
        s.text("A1", "客戶抱怨處理單（續）", "D1", size=13)
        label(s, "A2", "原因分析", "D2")
        s.value(
            "A3",
            "CNC 刀具補正值被誤改，首件檢驗未量測軸承位。",
            path="root_cause",
            label="原因分析",
            span="D4",
        )
        label(s, "A5", "暫時對策", "D5")
        s.value("A6", "庫存 3,200 支全數量測外徑。", path="short_term_action", label="暫時對策", span="D6")
        label(s, "A7", "永久對策", "D7")
        s.value(
            "A8",
            "補正值修改需主管密碼；首件增加軸承位量測。",
            path="long_term_action",
            label="永久對策",
            span="D9",
        )
        lv(s, "A10", "結案日期", "B10", D(2026, 10, 2), "closed_date", fmt=ROC)
    s.wb.active = 0


def complaint_en_twoup(s: Sheet) -> None:
    """An English complaint sheet printed LANDSCAPE as two forms side by side: Part A (filled
    by the customer: ids, quantities, ``[X]`` boxes, the cost claimed ``US$ 1,250.00`` with a
    comment) on the left, Part B (the supplier's response: cause, actions, closure) on the
    right; dates as serials shown ``September 3, 2026``."""
    landscape(s)
    long = "[$-409]mmmm d, yyyy"
    s.text("A1", "CUSTOMER COMPLAINT — PART A (customer)", "C1", size=12)
    s.text("E1", "PART B — SUPPLIER RESPONSE", "G1", size=12)
    lv(s, "A2", "Complaint No.", "B2", pick(s, "CC-7781-26", "CC-7940-26"), "number", span="C2")
    lv(
        s,
        "A3",
        "Date Raised",
        "B3",
        pick(s, D(2026, 9, 3), D(2026, 10, 19)),
        "received_date",
        span="C3",
        fmt=long,
    )
    lv(
        s,
        "A4",
        "Customer",
        "B4",
        pick(s, "Hella Shanghai Electronics Co., Ltd.", "Valeo Lighting Hubei Co., Ltd."),
        "customer",
        span="C4",
    )
    lv(s, "A5", "Customer PO", "B5", pick(s, "4700231187", "4700240552"), "order_no", span="C5")
    lv(s, "A6", "Part Number", "B6", pick(s, "PCB-HL-0934", "LED-DRV-220"), "part_no", span="C6")
    lv(s, "A7", "Part Name", "B7", pick(s, "Lamp control board", "LED driver module"), "part_name", span="C7")
    lv(s, "A8", "Batch / Lot", "B8", pick(s, "W2634-02", "W2639-11"), "lot_no", span="C8")
    lv(s, "A9", "Qty Delivered", "B9", pick(s, 12000, 4800), "ship_qty", span="C9", fmt="#,##0")
    lv(s, "A10", "Qty Defective", "B10", pick(s, 96, 31), "defect_qty", span="C10")
    t = ["Quality", "Delivery", "Service"]
    lv(
        s,
        "A11",
        "Defect Type",
        "B11",
        marks(t, {"Quality"}, "[X] ", "[ ] "),
        "complaint_type",
        span="C11",
        expect="quality",
        blank_text=marks(t, set(), "[X] ", "[ ] "),
    )
    r = ["Replacement", "Credit", "Rework"]
    lv(
        s,
        "A12",
        "Customer Request",
        "B12",
        marks(r, pick(s, {"Replacement"}, {"Credit"}), "[X] ", "[ ] "),
        "customer_request",
        span="C12",
        expect=pick(s, ["replacement"], ["allowance"]),
        blank_text=marks(r, set(), "[X] ", "[ ] "),
    )
    lv(
        s,
        "A13",
        "Cost Claimed",
        "B13",
        pick(s, "US$ 1,250.00", "US$ 480.00"),
        "loss_amount",
        span="C13",
        expect=pick(s, "1250.00", "480.00"),
    )
    note(s, "B13", "incl. sorting at our plant and freight")
    label(s, "A14", "Problem Description", "C14")
    s.value(
        "A15",
        pick(
            s,
            "Solder bridges on U7 (QFP-64) pins 12–14; boards fail end-of-line test.",
            "Driver output ripple above 8 %; lamps flicker at low beam.",
        ),
        path="description",
        label="Problem Description",
        span="C17",
    )
    lv(s, "A18", "Raised by", "B18", pick(s, "Anna Schulz", "Marc Dupont"), "reporter", span="C18")
    # -- Part B on the right, same rows
    lv(s, "E2", "Supplier Ref.", "F2", pick(s, "SR-26-3310", "SR-26-3472"), None, span="G2")
    lv(s, "E3", "Responsible Dept.", "F3", pick(s, "SMT Line 3", "Final Test"), "responsible_unit", span="G3")
    label(s, "E4", "Root Cause", "G4")
    s.value(
        "E5",
        pick(
            s, "Stencil aperture worn; paste volume +30 %.", "Output capacitor from a new lot, ESR too high."
        ),
        path="root_cause",
        label="Root Cause",
        span="G7",
    )
    label(s, "E8", "Containment", "G8")
    s.value(
        "E9",
        pick(s, "All WIP and stock AOI re-inspected.", "Stock of 1,900 modules ripple-tested."),
        path="short_term_action",
        label="Containment",
        span="G10",
    )
    label(s, "E11", "Corrective Action", "G11")
    s.value(
        "E12",
        pick(
            s,
            "Stencil life limited to 40,000 prints; SPI limits tightened.",
            "Capacitor lot approval with ESR check.",
        ),
        path="long_term_action",
        label="Corrective Action",
        span="G14",
    )
    lv(
        s,
        "E15",
        "Closed Date",
        "F15",
        pick(s, D(2026, 10, 1), D(2026, 11, 16)),
        "closed_date",
        span="G15",
        fmt=long,
    )
    lv(s, "E16", "Approved by", "F16", pick(s, "Liu Yang", "Liu Yang"), "approver", span="G16")


def eightd_en_g8d_workbook(s: Sheet) -> None:
    """A Ford-style Global 8D workbook that OPENS on its Instructions sheet (with example
    values: ``e.g. G8D-2026-001``), the report on the G8D sheet, a hidden Lists sheet feeding
    the Status and Role drop-downs; D0 Emergency Response Action, D3 ICA with owner and date,
    D4 root cause and Escape Point, D5 chosen PCA, D6 implemented PCA with validation, D7
    ``[X] FMEA [X] Control Plan [ ] Work Instruction``; dates as serials shown ``9/8/26``."""
    us = "m/d/yy"
    with on(s, "Instructions", index=0, widths={"A": 26, "B": 60}) as ws:
        ws["A1"] = "How to fill in the Global 8D"
        for r, (a, b) in enumerate(
            [
                ("Report No.", "e.g. G8D-2026-001 (from the supplier's register)"),
                ("Customer", "e.g. Ford Otosan Kocaeli"),
                ("Open Date", "mm/dd/yy, e.g. 01/15/26"),
                ("D0", "Emergency Response Action: protect the customer within 24 h"),
                ("D4", "Root cause AND escape point must both be verified"),
                ("Status", "choose Open or Closed from the list"),
            ],
            3,
        ):
            ws[f"A{r}"], ws[f"B{r}"] = a, b
    s.text("A1", "GLOBAL 8D REPORT", "F1", size=14)
    lv(s, "A2", "Report No.", "B2", pick(s, "FG8D-26-0311", "FG8D-26-0342"), "number")
    lv(s, "C2", "Open Date", "D2", pick(s, D(2026, 9, 8), D(2026, 10, 13)), "opened_date", fmt=us)
    lv(s, "E2", "Status", "F2", pick(s, "Closed", "Open"), "status", expect=pick(s, "closed", "open"))
    lv(
        s,
        "A3",
        "Customer",
        "B3",
        pick(s, "Ford Motor Company – Chicago Assembly", "Ford Otosan Gölcük"),
        "customer",
        span="D3",
    )
    lv(s, "E3", "Concern No.", "F3", pick(s, "GQRS-88120473", "GQRS-88131190"), "complaint_number")
    lv(s, "A4", "Part No.", "B4", pick(s, "JL3Z-9A825-B", "KB3Z-14A411-C"), "part_no", span="D4")

    def band(r, text):
        s.text(f"A{r}", text, f"F{r}", bold=True, shade=True)

    band(5, "D0  Emergency Response Action (ERA)")
    s.value(
        "A6",
        pick(
            s,
            "Shipments on hold; certified parts marked with a blue dot.",
            "Customer line stock replaced within 12 h.",
        ),
        path="emergency_actions",
        label="D0  Emergency Response Action (ERA)",
        span="F6",
    )
    band(7, "D1  Team")
    for c, h in zip("ABD", ["Name", "Department", "Role"], strict=True):
        s.text(f"{c}8", h, bold=True)
    team = pick(
        s,
        [
            ("Robert King", "Quality", "Champion"),
            ("Mei Chen", "Quality", "Team Leader"),
            ("Omar Haddad", "Process", "Team Member"),
        ],
        [("Robert King", "Quality", "Champion"), ("Jin Park", "Manufacturing", "Team Leader")],
    )
    roles = {"Champion": "champion", "Team Leader": "leader", "Team Member": "member"}
    for i in range(3):
        r = 9 + i
        if i < len(team):
            n, d, role = team[i]
            s.value(f"A{r}", n, path="team[*].name", label="Name")
            s.value(f"B{r}", d, path=f"team[name={n}].dept", label="Department", span=f"C{r}")
            s.value(f"D{r}", role, path=f"team[name={n}].role", label="Role", expect=roles[role])
        else:
            s.box(f"A{r}")
            s.box(f"B{r}", f"C{r}")
            s.box(f"D{r}")
        choices(s, f"D{r}", "Lists!$B$1:$B$3")
    band(12, "D2  Problem Description")
    s.value(
        "A13",
        pick(
            s,
            "Harness connector C214 not fully seated; 22 vehicles with ABS warning.",
            "Grommet missing on 6 harnesses.",
        ),
        path="problem.statement",
        label="D2  Problem Description",
        span="F14",
    )
    lv(s, "A15", "Qty Delivered", "B15", pick(s, 8640, 2400), "problem.qty_delivered", fmt="#,##0")
    lv(s, "C15", "Qty Rejected", "D15", pick(s, 22, 6), "problem.qty_complained")
    band(16, "D3  Interim Containment Action (ICA)")
    ica = pick(s, "100 % push-pull test of C214 at end of line", "Visual check of grommets on all stock")
    s.value(
        "A17", ica, path="containment[*].action", label="D3  Interim Containment Action (ICA)", span="F17"
    )
    lv(s, "A18", "Owner", "B18", pick(s, "Omar Haddad", "Jin Park"), f"containment[action={ica}].owner")
    lv(
        s,
        "C18",
        "Date",
        "D18",
        pick(s, D(2026, 9, 9), D(2026, 10, 14)),
        f"containment[action={ica}].done_date",
        fmt=us,
    )
    band(19, "D4  Root Cause and Escape Point")
    lv(
        s,
        "A20",
        "Root Cause",
        "B20",
        pick(
            s, "Latch of C214 housing deformed by worn crimp tool.", "Grommet feeder jams, operator skips it."
        ),
        "root_cause[type=occurrence].cause",
        span="F20",
    )
    lv(
        s,
        "A21",
        "Escape Point",
        "B21",
        pick(s, "Electrical test does not check latch engagement.", "No presence check for the grommet."),
        "root_cause[type=escape].cause",
        span="F21",
    )
    band(22, "D5  Chosen Permanent Corrective Action (PCA)")
    s.value(
        "A23",
        pick(
            s,
            "Crimp tool life counter; connector position assurance check.",
            "Feeder redesign; camera check.",
        ),
        path="corrective_actions[*].action",
        label="D5  Chosen Permanent Corrective Action (PCA)",
        span="F23",
    )
    band(24, "D6  Implemented PCA / Validation")
    lv(
        s,
        "A25",
        "Validation",
        "B25",
        pick(s, "0 defects in 3 lots (25,000 pcs).", "0 defects in 2 weeks."),
        "implementation[*].result",
        span="D25",
    )
    lv(
        s,
        "E25",
        "Date",
        "F25",
        pick(s, D(2026, 9, 30), D(2026, 11, 2)),
        "implementation[*].implemented_date",
        fmt=us,
    )
    band(26, "D7  Prevent Recurrence")
    docs = ["FMEA", "Control Plan", "Work Instruction"]
    chosen = pick(s, {"FMEA", "Control Plan"}, {"Work Instruction"})
    s.value(
        "A27",
        marks(docs, chosen, "[X] ", "[ ] ", "    "),
        path="prevention.documents_updated",
        label="D7  Prevent Recurrence",
        span="F27",
        expect=pick(s, ["fmea", "control_plan"], ["work_instruction"]),
        blank_text=marks(docs, set(), "[X] ", "[ ] ", "    "),
    )
    band(28, "D8  Team and Individual Recognition")
    lv(s, "A29", "Closed", "B29", pick(s, D(2026, 10, 6), D(2026, 11, 9)), "closure.closed_date", fmt=us)
    lv(
        s,
        "C29",
        "Champion sign-off",
        "D29",
        pick(s, "Robert King", "Robert King"),
        "closure.approved_by",
        span="F29",
    )
    choices(s, "F2", "Lists!$A$1:$A$2")
    with on(s, "Lists", hidden=True) as ws:
        for i, v in enumerate(["Open", "Closed"], 1):
            ws[f"A{i}"] = v
        for i, v in enumerate(["Champion", "Team Leader", "Team Member"], 1):
            ws[f"B{i}"] = v
    s.wb.active = 0


def eightd_zh_continuation(s: Sheet) -> None:
    """8D报告 of a wire-harness plant: the D3 库存排查 table (库位 / 检查数量 / 不良数量) runs off
    the first sheet and CONTINUES on a 续页 sheet under ``接上页`` with its header repeated;
    two HIDDEN rows under D2 still hold the text of an earlier report; full-width digits
    (``４８ 件``); D7 ``√FMEA　√控制计划　□作业指导书``; D8 on the 续页."""
    s.text("A1", "8D 报告", "E1", size=15)
    lv(s, "A2", "报告编号", "B2", "8D-WH-2609-12", "number")
    lv(s, "C2", "开始日期", "D2", "2026-09-06", "opened_date", span="E2")
    lv(s, "A3", "客户", "B3", "比亚迪汽车工业有限公司", "customer")
    lv(s, "C3", "客户投诉单号", "D3", "BYD-SQ-260906-3", "complaint_number", span="E3")
    lv(s, "A4", "产品型号", "B4", "WH-BD-4471", "part_no")
    s.text("A5", "D1 小组成员", "E5", bold=True, shade=True)
    for c, h in zip("ABC", ["姓名", "部门", "职责"], strict=True):
        s.text(f"{c}6", h, bold=True, center=True)
    for i, (n, d, role) in enumerate(
        [("吴俊", "品质部", "组长"), ("蔡红", "工程部", "组员"), ("邓磊", "生产部", "组员")]
    ):
        r = 7 + i
        s.value(f"A{r}", n, path="team[*].name", label="姓名")
        s.value(f"B{r}", d, path=f"team[name={n}].dept", label="部门")
        s.value(
            f"C{r}",
            role,
            path=f"team[name={n}].role",
            label="职责",
            expect="leader" if role == "组长" else "member",
        )
    s.text("A10", "D2 问题描述", "E10", bold=True, shade=True)
    s.value(
        "A11",
        "线束端子压接高度偏低，客户 EOL 导通测试间歇失效。",
        path="problem.statement",
        label="D2 问题描述",
        span="E11",
    )
    if not s.blank:  # an earlier report's text, left in rows the clerk hid
        s.ws["A12"] = "（旧）端子护套漏装，客户投诉 12 件。"
        s.ws["A13"] = "（旧）投诉数量：12 件"
    for r in (12, 13):
        s.ws.row_dimensions[r].hidden = True
    lv(s, "A14", "投诉数量", "B14", fw("48") + " 件", "problem.qty_complained", expect=48)
    lv(s, "C14", "交付数量", "D14", fw("6,000") + " 件", "problem.qty_delivered", span="E14", expect=6000)
    s.text("A15", "D3 临时措施", "E15", bold=True, shade=True)
    s.value(
        "A16",
        "成品及在途全部导通复测并做拉拔力抽检。",
        path="containment[*].action",
        label="D3 临时措施",
        span="E16",
    )
    s.text("A17", "库存排查", "E17", bold=True)
    heads = ["库位", "检查数量", "不良数量"]
    for c, h in zip("ABC", heads, strict=True):
        s.text(f"{c}18", h, bold=True, center=True)
    stock = [
        ("成品仓A区", fw("2,400"), 2400, "3", 3, "in_house"),
        ("成品仓B区", "1,800", 1800, fw("1"), 1, "in_house"),
        ("在途", "1,200", 1200, "0", 0, "in_transit"),
        ("客户处", "600", 600, "44", 44, "at_customer"),
    ]

    def stock_row(ref_row: int, i: int) -> None:
        loc, q, qn_, d, dn, code = stock[i]
        s.value(f"A{ref_row}", loc, path=f"stock_sorting[{i}].location", label="库位", expect=code)
        s.value(f"B{ref_row}", q, path=f"stock_sorting[{i}].qty_checked", label="检查数量", expect=qn_)
        s.value(f"C{ref_row}", d, path=f"stock_sorting[{i}].qty_defective", label="不良数量", expect=dn)

    stock_row(19, 0)
    stock_row(20, 1)
    plain(s, "A21", "（接下页）", "C21")
    with on(s, "续页", widths={"A": 16, "B": 16, "C": 16, "D": 16, "E": 22}):
        s.text("A1", "库存排查（接上页）", "C1", bold=True)
        for c, h in zip("ABC", heads, strict=True):
            s.text(f"{c}2", h, bold=True, center=True)
        stock_row(3, 2)
        stock_row(4, 3)
        s.text("A6", "D4 根本原因", "E6", bold=True, shade=True)
        lv(
            s,
            "A7",
            "发生原因",
            "B7",
            "压接模具磨损，压接高度下限漂移。",
            "root_cause[type=occurrence].cause",
            span="E7",
        )
        lv(s, "A8", "流出原因", "B8", "CCH 监控只报警不停机。", "root_cause[type=escape].cause", span="E8")
        s.text("A9", "D5 纠正措施", "E9", bold=True, shade=True)
        s.value(
            "A10",
            "模具寿命 5 万次强制更换；CCH 超差自动停机。",
            path="corrective_actions[*].action",
            label="D5 纠正措施",
            span="E10",
        )
        s.text("A11", "D6 效果验证", "E11", bold=True, shade=True)
        s.value(
            "A12", "连续 4 周客户端零不良。", path="implementation[*].result", label="D6 效果验证", span="E12"
        )
        s.text("A13", "D7 预防再发", "E13", bold=True, shade=True)
        docs = ["FMEA", "控制计划", "作业指导书"]
        s.value(
            "A14",
            marks(docs, {"FMEA", "控制计划"}, "√", "□", "　"),
            path="prevention.documents_updated",
            label="D7 预防再发",
            span="E14",
            expect=["fmea", "control_plan"],
            blank_text=marks(docs, set(), "√", "□", "　"),
        )
        s.text("A15", "D8 结案", "E15", bold=True, shade=True)
        lv(s, "A16", "结案日期", "B16", "2026-10-16", "closure.closed_date")
        lv(s, "C16", "批准", "D16", "温志刚", "closure.approved_by", span="E16")


def eightd_zht_fuguai(s: Sheet) -> None:
    """不具合報告書（對策書） of a Taiwanese subsidiary of a Japanese maker: the approval stamp
    boxes 承認 / 審查 / 作成 top right with the names typed in them, numbered sections ①不具合
    內容 … ⑧橫向展開, 發生原因 / 流出原因 and 發生對策 / 流出對策 side by side, dates typed
    ``2026.09.05``, 完結日 at the foot."""
    s.text("A1", "不具合報告書（對策書）", "D3", size=15)
    for c, h in zip("EFG", ["承認", "審查", "作成"], strict=True):
        s.text(f"{c}1", h, center=True, shade=True)
    s.value("E2", "松本 健", path="closure.approved_by", label="承認", span="E3")
    s.value("F2", "林 宏明", path=None, label="審查", span="F3")
    s.value("G2", "張 雅婷", path=None, label="作成", span="G3")
    lv(s, "A4", "報告書編號", "B4", "NC-TW-26-0905", "number")
    lv(s, "C4", "發行日", "D4", "2026.09.05", "opened_date", expect="2026-09-05")
    lv(s, "E4", "客戶", "F4", "台灣山葉機車工業股份有限公司", "customer", span="G4")
    lv(s, "A5", "品番", "B5", "5TY-F5381-00", "part_no")
    lv(s, "C5", "客訴編號", "D5", "YMT-QC-26-118", "complaint_number")
    lv(s, "E5", "不具合數", "F5", "17 個", "problem.qty_complained", span="G5", expect=17)

    def section(r, head, text, path, rows=2):
        s.text(f"A{r}", head, "G" + str(r), bold=True, shade=True)
        s.value(f"A{r + 1}", text, path=path, label=head, span=f"G{r + rows}")

    section(6, "①不具合內容", "剎車卡鉗活塞表面有壓痕，客戶組立後漏油 17 個。", "problem.statement")
    section(9, "②暫定處置", "在庫品 1,500 個全數外觀檢查，壓痕品隔離。", "containment[*].action", 1)
    s.text("A11", "③發生原因", "C11", bold=True, shade=True)
    s.text("D11", "④流出原因", "G11", bold=True, shade=True)
    s.value(
        "A12",
        "研磨後搬運箱無隔板，活塞互相碰撞。",
        path="root_cause[type=occurrence].cause",
        label="③發生原因",
        span="C13",
    )
    s.value(
        "D12",
        "外觀檢查照度不足，壓痕不易看出。",
        path="root_cause[type=escape].cause",
        label="④流出原因",
        span="G13",
    )
    s.text("A14", "⑤發生對策", "C14", bold=True, shade=True)
    s.text("D14", "⑥流出對策", "G14", bold=True, shade=True)
    s.value(
        "A15",
        "搬運箱改為格盤，每格一個。",
        path="corrective_actions[*].action",
        label="⑤發生對策",
        span="C16",
    )
    s.value(
        "D15",
        "檢查台照度提高至 1500 lx，加設限度樣本。",
        path="corrective_actions[*].action",
        label="⑥流出對策",
        span="G16",
    )
    section(17, "⑦效果確認", "對策後出貨 3 批 4,500 個無不良。", "implementation[*].result", 1)
    section(19, "⑧橫向展開", "同類活塞產品 3 品番搬運箱同步更換。", "prevention.horizontal_deployment", 1)
    lv(s, "A21", "完結日", "B21", "2026.10.16", "closure.closed_date", expect="2026-10-16")


def return_zh_chengpin_sheets(s: Sheet) -> None:
    """成品退货单 of a small-appliance maker: 日期 an Excel serial shown ``2026/09/10``, the item
    amounts typed ``¥1,250.00``, one quantity in full-width digits, a HIDDEN 成本价 column with
    last year's figures, 合计, 处理方式 a drop-down fed by a hidden 下拉选项 sheet, 品管确认 ☑."""
    s.text("A1", "成 品 退 货 单", "H1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "CPTH-260910-02", "CPTH-261021-05"), "number", span="C2")
    lv(s, "D2", "日期", "E2", pick(s, D(2026, 9, 10), D(2026, 10, 21)), "issue_date", fmt="yyyy/mm/dd")
    lv(s, "F2", "客诉单号", "G2", pick(s, "KS-260902-07", "KS-261015-03"), "complaint_number", span="H2")
    lv(
        s,
        "A3",
        "客户",
        "B3",
        pick(s, "苏宁易购集团股份有限公司", "京东五星电器集团有限公司"),
        "customer",
        span="E3",
    )
    heads = ["序号", "产品编码", "产品名称", "单位", "退货数量", "单价", "金额", "成本价"]
    for c, h in zip("ABCDEFGH", heads, strict=True):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    s.ws.column_dimensions["H"].hidden = True
    items = pick(
        s,
        [
            ("KF-1708", "电热水壶 1.7L", "台", fw("120"), 120, "¥68.00", "¥8,160.00"),
            ("DF-3010", "电饭煲 3L", "台", "25", 25, "¥159.00", "¥3,975.00"),
        ],
        [
            ("JB-0610", "料理机 600W", "台", "40", 40, "¥210.00", "¥8,400.00"),
            ("KF-1708", "电热水壶 1.7L", "台", fw("36"), 36, "¥68.00", "¥2,448.00"),
            ("DC-0220", "电火锅 2.2L", "台", "12", 12, "¥95.50", "¥1,146.00"),
        ],
    )
    for i, (code, name, unit, qraw, q, price, amt) in enumerate(items):
        r = 6 + i
        s.text(f"A{r}", str(i + 1), center=True)
        s.value(f"B{r}", code, path=f"items[{i}].part_no", label="产品编码")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="产品名称")
        s.value(f"D{r}", unit, path=f"items[{i}].unit", label="单位")
        s.value(f"E{r}", qraw, path=f"items[{i}].qty_returned", label="退货数量", expect=q)
        s.value(f"F{r}", price, path=f"items[{i}].unit_price", label="单价", expect=price[1:])
        s.value(f"G{r}", amt, path=f"items[{i}].amount", label="金额", expect=amt[1:].replace(",", ""))
        if not s.blank:
            s.ws[f"H{r}"] = "¥41.20"  # last year's cost, in the hidden column
    r = 6 + len(items)
    s.text(f"A{r}", "合计", f"F{r}", center=True)
    s.value(f"G{r}", pick(s, "¥12,135.00", "¥11,994.00"), path=None, label="合计")
    lv(
        s,
        f"A{r + 1}",
        "退货原因",
        f"B{r + 1}",
        pick(s, "壶底温控器失灵，卖场退回。", "电机异响、外壳裂纹，门店退回。"),
        "reason",
        span=f"G{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "处理方式",
        f"B{r + 2}",
        pick(s, "换货", "维修"),
        "handling",
        span=f"C{r + 2}",
        expect=pick(s, ["replace"], ["repair"]),
    )
    choices(s, f"B{r + 2}", "下拉选项!$A$1:$A$4")
    lv(s, f"D{r + 2}", "品管确认", f"E{r + 2}", "☑ 属实", None, span=f"G{r + 2}", blank_text="☐ 属实")
    lv(
        s,
        f"A{r + 3}",
        "仓库收货",
        f"B{r + 3}",
        pick(s, "冯敏", "冯敏"),
        "warehouse_receiver",
        span=f"C{r + 3}",
    )
    lv(
        s,
        f"D{r + 3}",
        "收货日期",
        f"E{r + 3}",
        pick(s, D(2026, 9, 12), D(2026, 10, 23)),
        "received_date",
        fmt="yyyy/mm/dd",
    )
    lv(s, f"F{r + 3}", "核准", f"G{r + 3}", pick(s, "秦国栋", "秦国栋"), "approved_by")
    with on(s, "下拉选项", hidden=True) as ws:
        for i, v in enumerate(["换货", "维修", "报废", "重工"], 1):
            ws[f"A{i}"] = v


def return_en_erp_list(s: Sheet) -> None:
    """A customer return order exported from an ERP as a LIST: every header line one text cell
    ``Return order . . . . . : 60004417`` (label, dot leaders, colon, value), German-style
    ``09.09.2026`` dates, ``Order reason . . : Z01 Quality defect``, an item table with 6-digit
    item numbers and Net value ``1,234.50``, ``Received by . . :`` left empty."""

    def line(ref: str, lab: str, raw, path, **kw) -> None:
        dots = " ." * max(2, (22 - len(lab)) // 2)
        s.value(ref, raw, path=path, label=lab, span=ref.replace("A", "G"), prefix=f"{lab}{dots} : ", **kw)

    plain(s, "A1", "Customer Return                                   Page 1", "G1")
    line("A2", "Return order", pick(s, "60004417", "60004598"), "number")
    line(
        "A3",
        "Document date",
        pick(s, "09.09.2026", "14.10.2026"),
        "issue_date",
        expect=pick(s, "2026-09-09", "2026-10-14"),
    )
    line("A4", "Sold-to party", "100234", None)
    line(
        "A5",
        "Sold-to name",
        pick(s, "Continental Automotive Changchun Co., Ltd.", "Aptiv Automotive Suzhou Co., Ltd."),
        "customer",
    )
    line("A6", "Reference QN", pick(s, "QN 300118842", "QN 300120017"), "complaint_number")
    line("A7", "Order reason", pick(s, "Z01 Quality defect", "Z04 Wrong part delivered"), "reason")
    heads = ["Item", "Material", "Description", "Return qty", "SU", "Net price", "Net value"]
    for c, h in zip("ABCDEFG", heads, strict=True):
        s.text(f"{c}9", h, bold=True)
    items = pick(
        s,
        [
            ("000010", "SNS-4410-02", "Wheel speed sensor", "40", "PC", "30.86", "1,234.40"),
            ("000020", "CBL-0077", "Sensor cable 0.6 m", "120", "PC", "2.15", "258.00"),
        ],
        [("000010", "ECU-2210-A", "Body control unit", "8", "PC", "96.00", "768.00")],
    )
    for i, (pos, mat, desc, q, su, price, val) in enumerate(items):
        r = 10 + i
        s.text(f"A{r}", pos)
        s.value(f"B{r}", mat, path=f"items[{i}].part_no", label="Material")
        s.value(f"C{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="Return qty", expect=int(q))
        s.value(f"E{r}", su, path=f"items[{i}].unit", label="SU")
        s.value(f"F{r}", price, path=f"items[{i}].unit_price", label="Net price")
        s.value(f"G{r}", val, path=f"items[{i}].amount", label="Net value", expect=val.replace(",", ""))
    r = 13
    line(f"A{r}", "Handling", pick(s, "Repair", "Scrap"), "handling", expect=pick(s, ["repair"], ["scrap"]))
    line(f"A{r + 1}", "Approved by", pick(s, "M. Weber", "M. Weber"), "approved_by")
    s.value(
        f"A{r + 2}", "", path=None, label="Received by", span=f"G{r + 2}", prefix="Received by . . . . . : "
    )
    absent(s, "Received by", f"A{r + 2}", "", "warehouse_receiver")


def return_zht_detail_sheet(s: Sheet) -> None:
    """銷貨退回單 of a Taiwanese tool trader kept as an ERP export of TWO sheets: 單頭 (the
    header: 退回單號, 退回日期 an Excel serial shown ``115.09.11``, 客戶, 原銷貨單號) and 明細
    (the lines: 品號 / 品名規格 / 退回數量 ``1,200`` as text / 單位 / 單價 / 金額 ``$12,000``),
    a HIDDEN line in the 明細 table (a line the clerk voided and hid), 處理方式 ``√重工``,
    倉管 with a comment."""
    s.text("A1", "銷 貨 退 回 單", "D1", size=15)
    lv(s, "A2", "退回單號", "B2", "SR-1150911-003", "number")
    lv(s, "C2", "退回日期", "D2", D(2026, 9, 11), "issue_date", fmt="[$-404]e.mm.dd")
    lv(s, "A3", "客戶", "B3", "台灣引興股份有限公司", "customer", span="D3")
    lv(s, "A4", "原銷貨單號", "B4", "SO-1150825-117", None)
    lv(s, "C4", "客訴單號", "D4", "CC-115-0907", "complaint_number")
    lv(s, "A5", "退回原因", "B5", "套筒扳手電鍍層剝落，客戶進料檢驗判退。", "reason", span="D5")
    opts = ["重工", "報廢", "換貨"]
    lv(
        s,
        "A6",
        "處理方式",
        "B6",
        marks(opts, {"重工"}, "√", "□", "　"),
        "handling",
        span="D6",
        expect=["rework"],
        blank_text=marks(opts, set(), "√", "□", "　"),
    )
    lv(s, "A7", "倉管", "B7", "簡秀玲", "warehouse_receiver")
    note(s, "B7", "9/12 已點收入庫，暫存 B3 架")
    lv(s, "C7", "主管", "D7", "鄭文雄", "approved_by")
    plain(s, "A8", "（明細見「明細」工作表）", "D8")
    with on(s, "明細", widths={"A": 6, "B": 14, "C": 22, "D": 10, "E": 6, "F": 9, "G": 12}):
        for c, h in zip(
            "ABCDEFG", ["項次", "品號", "品名規格", "退回數量", "單位", "單價", "金額"], strict=True
        ):
            s.text(f"{c}1", h, bold=True, shade=True, center=True)
        lines = [
            ("ST-12-19", '套筒 1/2" 19mm', "1,200", 1200, "支", "$10", "$12,000"),
            ("XX-VOID", "（作廢）扳手 10mm", "50", 50, "支", "$35", "$1,750"),
            ("ST-12-22", '套筒 1/2" 22mm', "800", 800, "支", "$12", "$9,600"),
        ]
        k = 0
        for i, (pn, name, qraw, q, unit, price, amt) in enumerate(lines):
            r = 2 + i
            if pn == "XX-VOID":  # voided and hidden: not an item
                s.text(f"A{r}", str(i + 1))
                for c, v in zip("BCDEFG", (pn, name, qraw, unit, price, amt), strict=True):
                    s.value(f"{c}{r}", v, path=None, label="作廢")
                s.ws.row_dimensions[r].hidden = True
                continue
            s.text(f"A{r}", str(i + 1), center=True)
            s.value(f"B{r}", pn, path=f"items[{k}].part_no", label="品號")
            s.value(f"C{r}", name, path=f"items[{k}].part_name", label="品名規格")
            s.value(f"D{r}", qraw, path=f"items[{k}].qty_returned", label="退回數量", expect=q)
            s.value(f"E{r}", unit, path=f"items[{k}].unit", label="單位")
            s.value(f"F{r}", price, path=f"items[{k}].unit_price", label="單價", expect=price[1:] + ".00")
            s.value(
                f"G{r}", amt, path=f"items[{k}].amount", label="金額", expect=amt[1:].replace(",", "") + ".00"
            )
            k += 1
        s.text("A5", "合計", "F5", center=True)
        s.value("G5", "$21,600", path=None, label="合計")
    s.wb.active = 0


def allowance_zht_twoup(s: Sheet) -> None:
    """營業人銷貨退回、進貨退出或折讓證明單 in LANDSCAPE with its two copies (聯) side by side,
    the same values typed twice: 第一聯 on the left, 第二聯 on the right; the invoice date
    split over three cells 年 / 月 / 日 (``115`` ``08`` ``20``), the date of the allowance an
    Excel serial shown ``中華民國115年9月15日``, amounts as numbers shown ``NT$7,000``."""
    landscape(s)
    nt = '"NT$"#,##0'
    for left, first in ((True, 0), (False, 10)):
        cols = [chr(ord("A") + first + k) for k in range(9)]
        a, z = cols[0], cols[-1]
        path = (lambda p: p) if left else (lambda p: None)
        which = (
            "第一聯：交付原銷貨人作為銷項稅額之扣減憑證"
            if left
            else "第二聯：交付原買受人作為進項稅額之扣減憑證"
        )
        s.text(f"{a}1", "營業人銷貨退回、進貨退出或折讓證明單", f"{z}1", size=12)
        plain(s, f"{a}2", which, f"{z}2")
        label(s, f"{cols[0]}3", "編號", f"{cols[1]}3")
        s.value(f"{cols[2]}3", "ZR-115-0915", path=path("number"), label="編號", span=f"{cols[4]}3")
        label(s, f"{cols[5]}3", "日期")
        s.value(
            f"{cols[6]}3",
            D(2026, 9, 15),
            path=path("issue_date"),
            label="日期",
            span=f"{cols[8]}3",
            fmt='[$-404]"中華民國"e"年"m"月"d"日"',
        )
        for r, who, name, tax_id, p_name, p_id in (
            (4, "原銷貨營業人", "昇陽塑膠股份有限公司", "27915603", "seller.name", "seller.tax_id"),
            (5, "原買受人", "光寶科技股份有限公司", "22099548", "buyer", "buyer_tax_id"),
        ):
            label(s, f"{cols[0]}{r}", who, f"{cols[1]}{r}")
            s.value(f"{cols[2]}{r}", name, path=path(p_name), label=who, span=f"{cols[5]}{r}")
            label(s, f"{cols[6]}{r}", "統一編號")
            s.value(f"{cols[7]}{r}", tax_id, path=path(p_id), label="統一編號", span=f"{cols[8]}{r}")
        heads = ["年", "月", "日", "字軌號碼", "品名", "數量", "單價", "折讓金額", "營業稅額"]
        for c, h in zip(cols, heads, strict=True):
            s.text(f"{c}6", h, bold=True, shade=True, center=True)
        lines = [
            ("115", "08", "20", "KT 30871145", "PP 外殼 L2", 2000, 2, 4000, 200),
            ("115", "08", "20", "KT 30871145", "PP 底座 B7", 1000, 3, 3000, 150),
        ]
        for i, (y, m, d, inv, name, qty, price, amt, tax) in enumerate(lines):
            r = 7 + i
            for c, v in zip(cols[:3], (y, m, d), strict=True):
                s.value(f"{c}{r}", v, path=None, label="年月日")
            if left and i == 0:
                field(
                    s,
                    "年月日",
                    f"A{r}:C{r}",
                    "115 08 20",
                    "invoice_date",
                    "2026-08-20",
                    note="split over three cells",
                )
            s.value(f"{cols[3]}{r}", inv, path=path("invoice_no") if i == 0 else None, label="字軌號碼")
            s.value(f"{cols[4]}{r}", name, path=path(f"items[{i}].name"), label="品名")
            s.value(f"{cols[5]}{r}", qty, path=path(f"items[{i}].qty"), label="數量", fmt="#,##0")
            s.value(
                f"{cols[6]}{r}",
                price,
                path=path(f"items[{i}].unit_price"),
                label="單價",
                expect=f"{price}.00",
            )
            s.value(
                f"{cols[7]}{r}",
                amt,
                path=path(f"items[{i}].allowance_amount"),
                label="折讓金額",
                fmt=nt,
                expect=f"{amt}.00",
            )
            s.value(
                f"{cols[8]}{r}",
                tax,
                path=path(f"items[{i}].tax"),
                label="營業稅額",
                fmt=nt,
                expect=f"{tax}.00",
            )
        s.text(f"{cols[0]}9", "合　計", f"{cols[6]}9", center=True)
        s.value(f"{cols[7]}9", 7000, path=path("total_excl_tax"), label="合　計", fmt=nt, expect="7000.00")
        s.value(f"{cols[8]}9", 350, path=path("total_tax"), label="合　計", fmt=nt, expect="350.00")
        plain(s, f"{a}10", "本證明單所列進貨退出或折讓，確屬事實，特此證明。", f"{z}10")
        label(s, f"{cols[0]}11", "原買受人蓋章", f"{cols[1]}11")
        s.box(f"{cols[2]}11", f"{cols[8]}12")


def allowance_zh_comments(s: Sheet) -> None:
    """销货折让证明单 of a copper-foil maker: cell COMMENTS on the allowance amounts (``客户要求按
    3% 折让``), amounts as numbers in a ¥ number format (``¥4,000.00``), 税率 typed ``１３％``
    in full-width, buyer and seller each in ``名称：…`` cells, 价税合计 ``￥7,910.00`` as text,
    大写, a 填写说明 sheet after the form."""
    yen = "[$¥-804]#,##0.00"
    s.text("A1", "销货折让证明单", "F1", size=15)
    lv(s, "A2", "单号", "B2", "ZR-TB-260918", "number")
    lv(s, "C2", "开具日期", "D2", D(2026, 9, 18), "issue_date", fmt="yyyy-mm-dd")
    lv(s, "E2", "原发票号码", "F2", "44001920 / 00731156", "invoice_no")
    s.text("A3", "购货方", "A4", shade=True, center=True)
    s.value("B3", "广东生益科技股份有限公司", path="buyer", label="名称", span="D3", prefix="名称：")
    s.value(
        "B4",
        "91441900618033542R",
        path="buyer_tax_id",
        label="纳税人识别号",
        span="D4",
        prefix="纳税人识别号：",
    )
    s.text("E3", "销货方", "E4", shade=True, center=True)
    s.value("F3", "江西铜博科技有限公司", path="seller.name", label="名称", prefix="名称：")
    s.value("F4", "91360700MA35H2K61W", path="seller.tax_id", label="纳税人识别号", prefix="纳税人识别号：")
    for c, h in zip("ABCDEF", ["货物名称", "规格型号", "数量(kg)", "单价", "折让金额", "税额"], strict=True):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = [("电解铜箔", "18μm", 500, "8.00", 4000, 520), ("电解铜箔", "35μm", 300, "10.00", 3000, 390)]
    for i, (name, spec, q, price, amt, tax) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", spec, path=None, label="规格型号")
        s.value(f"C{r}", q, path=f"items[{i}].qty", label="数量(kg)")
        s.value(f"D{r}", price, path=f"items[{i}].unit_price", label="单价")
        s.value(
            f"E{r}", amt, path=f"items[{i}].allowance_amount", label="折让金额", fmt=yen, expect=f"{amt}.00"
        )
        s.value(f"F{r}", tax, path=f"items[{i}].tax", label="税额", fmt=yen, expect=f"{tax}.00")
        note(s, f"E{r}", "客户要求按 3% 折让（针孔超标）")
    s.text("A9", "合计", "D9", center=True)
    s.value("E9", 7000, path="total_excl_tax", label="合计", fmt=yen, expect="7000.00")
    s.value("F9", 910, path="total_tax", label="合计", fmt=yen, expect="910.00")
    lv(s, "A10", "税率", "B10", fw("13%"), "tax_rate", expect="0.13")
    lv(s, "C10", "价税合计", "D10", "￥7,910.00", "total", expect="7910.00")
    lv(s, "E10", "大写", "F10", "人民币柒仟玖佰壹拾元整", "total_in_words")
    lv(s, "A11", "客诉单号", "B11", "KS-TB-2609-04", "complaint_number")
    lv(s, "C11", "财务经理", "D11", "易晓峰", "approved_by_manager")
    lv(s, "E11", "总经理", "F11", "罗建国", "approved_by_gm")
    with on(s, "填写说明", widths={"A": 70}) as ws:
        for i, t in enumerate(
            ["1. 折让金额填不含税金额。", "2. 税率按原发票，如 13%。", "3. 本单一式三联。"], 1
        ):
            ws[f"A{i}"] = t
    s.wb.active = 0


EXCEL = [
    dict(
        id="complaint-zh-colonlabels",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_colonlabels,
        sheet="抱怨单",
        widths=dict(A=14, B=14, C=14, D=14, E=14, F=14),
        copy2=True,
        imitates="客户抱怨处理单 with every value typed after the colon in its label's cell",
        unmapped=[],
    ),
    dict(
        id="complaint-zht-minguo-continued",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_cover,
        sheet="客訴單",
        widths=dict(A=14, B=24, C=14, D=24),
        imitates="客戶抱怨處理單 of a bicycle-hub maker: cover sheet, 民國 serial dates, a 續頁 sheet",
        unmapped=["文件編號", "版次", "核准", "制定日期"],
    ),
    dict(
        id="complaint-en-twoup",
        kind="complaint",
        language="en",
        draw=complaint_en_twoup,
        sheet="Complaint",
        widths=dict(A=18, B=16, C=16, D=3, E=18, F=16, G=16),
        copy2=True,
        imitates="an English complaint sheet in landscape, Part A (customer) and Part B (supplier) side by side",
        unmapped=["Supplier Ref."],
    ),
    dict(
        id="8d-en-g8d-workbook",
        kind="8d",
        language="en",
        draw=eightd_en_g8d_workbook,
        sheet="G8D",
        widths=dict(A=16, B=18, C=16, D=16, E=14, F=20),
        copy2=True,
        imitates="a Ford-style Global 8D workbook opening on its instructions sheet (D0 ERA, escape point)",
        unmapped=[],
    ),
    dict(
        id="8d-zh-continuation",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_continuation,
        sheet="8D报告",
        widths=dict(A=16, B=16, C=16, D=16, E=22),
        imitates="8D报告 of a wire-harness plant, the stock-sorting table continued on a 续页 sheet, hidden rows",
        unmapped=[],
    ),
    dict(
        id="8d-zht-fuguai",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_fuguai,
        sheet="對策書",
        widths=dict(A=12, B=16, C=12, D=16, E=12, F=12, G=12),
        imitates="a Japanese-style 不具合報告書（對策書） of a Taiwanese subsidiary, stamp boxes, 發生/流出",
        unmapped=["審查", "作成"],
    ),
    dict(
        id="return-zh-chengpin-sheets",
        kind="return",
        language="zh-Hans",
        draw=return_zh_chengpin_sheets,
        sheet="退货单",
        widths=dict(A=6, B=12, C=18, D=6, E=10, F=10, G=14, H=10),
        copy2=True,
        imitates="成品退货单 of a small-appliance maker, ¥ amounts, hidden cost column, drop-down from a hidden sheet",
        unmapped=["序号", "合计", "品管确认", "成本价"],
    ),
    dict(
        id="return-en-erp-list",
        kind="return",
        language="en",
        draw=return_en_erp_list,
        sheet="Sheet1",
        widths=dict(A=9, B=15, C=24, D=11, E=6, F=11, G=13),
        imitates="a customer return order exported from an ERP as Label . . . : value lines",
        unmapped=["Sold-to party", "Item"],
    ),
    dict(
        id="return-zht-detail-sheet",
        kind="return",
        language="zh-Hant",
        draw=return_zht_detail_sheet,
        sheet="單頭",
        widths=dict(A=14, B=26, C=14, D=26),
        imitates="銷貨退回單 of a Taiwanese tool trader exported as two sheets (單頭 / 明細), a hidden voided line",
        unmapped=["原銷貨單號", "項次", "合計"],
    ),
    dict(
        id="allowance-zht-twoup",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_twoup,
        sheet="折讓證明單",
        widths={**{c: 9 for c in "ABCDEFGHI"}, "J": 3, **{c: 9 for c in "KLMNOPQRS"}},
        imitates="營業人銷貨退回、進貨退出或折讓證明單, two copies (聯) side by side in landscape",
        unmapped=["原買受人蓋章"],
    ),
    dict(
        id="allowance-zh-comments",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_comments,
        sheet="折让证明单",
        widths=dict(A=12, B=24, C=12, D=16, E=14, F=26),
        imitates="销货折让证明单 of a copper-foil maker with cell comments and ¥ number formats",
        unmapped=["规格型号"],
    ),
]


# =============================================================================== sent as PDF only
def _absent(f, label: str, cell: str, typed: str, path: str) -> None:
    if not f.blank:
        f.__dict__.setdefault("absent", []).append(
            {"label": label, "cell": cell, "value": typed, "path": path}
        )


def complaint_zh_word_colon(f: DocForm) -> None:
    """客户投诉处理单 of a food-packaging maker made in Word: a table whose every cell holds
    ``标签：值`` (the label and the typed value in one cell, full-width colon and spaces),
    ☑/☐ lines for type and request, long texts as ``标签：`` followed by the text in the same
    cell, 批准 typed ``/`` (nothing)."""
    f.heading("客户投诉处理单", 15)
    f.note("文件编号：BZ-QR-021　　版本：C/0")
    t = f.table(11, 2, [90, 90])

    def cv(r, c, lab, raw, path, expect=None, to=None, blank_text=None):
        f.value(
            t, r, c, raw, path=path, label=lab, prefix=f"{lab}：", expect=expect, to=to, blank_text=blank_text
        )

    cv(0, 0, "投诉编号", "TS-BZ-2609-08", "number")
    cv(0, 1, "受理日期", "2026年9月9日", "received_date", "2026-09-09")
    cv(1, 0, "客户名称", "杭州娃哈哈食品有限公司", "customer", to=(1, 1))
    cv(2, 0, "产品名称", "PET 瓶坯 28 g", "part_name")
    cv(2, 1, "产品编号", "PF-28-3025", "part_no")
    cv(3, 0, "生产批号", "PF260822-N", "lot_no")
    cv(3, 1, "订单号", "WHH-PO-260811", "order_no")
    cv(4, 0, "交货数量", "２０００００　只", "ship_qty", 200000)
    cv(4, 1, "不良数量", "１８６０　只", "defect_qty", 1860)
    types = ["质量", "交付", "服务"]
    cv(
        5,
        0,
        "投诉类型",
        marks(types, {"质量"}, "☑", "☐", "　"),
        "complaint_type",
        "quality",
        blank_text="投诉类型：" + marks(types, set(), "☑", "☐", "　"),
    )
    req = ["退货", "换货", "折让", "赔款"]
    cv(
        5,
        1,
        "客户要求",
        marks(req, {"换货", "赔款"}, "☑", "☐", "　"),
        "customer_request",
        ["replacement", "compensation"],
        blank_text="客户要求：" + marks(req, set(), "☑", "☐", "　"),
    )
    cv(6, 0, "问题描述", "瓶坯口部有黑点，客户吹瓶后灯检剔除 1,860 只。", "description", to=(6, 1))
    cv(7, 0, "原因分析", "干燥机滤网破损，粉尘混入料斗。", "root_cause", to=(7, 1))
    cv(8, 0, "临时措施", "同批次库存全部灯检；干燥机停机清理。", "short_term_action", to=(8, 1))
    cv(9, 0, "长期措施", "滤网每周点检并纳入 TPM；料斗加装磁力架。", "long_term_action", to=(9, 1))
    cv(10, 0, "经办人", "邵婷", "reporter")
    f.value(t, 10, 1, "/", path=None, label="批准", prefix="批准：")
    _absent(f, "批准", "T1!R11C2", "/", "approver")


def return_zh_word_twopage(f: DocForm) -> None:
    """退货单 of an electronics assembler made in Word: the header as a small table, a 46-line
    item table that runs over TWO pages with its header row repeated (Word's 标题行重复), 合计
    at the end, 退货原因 / 处理方式 / 仓库 / 审核 after it on page 2."""
    f.heading("退　货　单", 15)
    h = f.table(2, 4, [25, 65, 25, 65])
    for r, c, lab in ((0, 0, "退货单号"), (0, 2, "退货日期"), (1, 0, "客户"), (1, 2, "关联投诉")):
        f.put(h, r, c, lab, shade=True)
    f.value(h, 0, 1, "TH-EA-260915", path="number", label="退货单号")
    f.value(h, 0, 3, "2026/09/15", path="issue_date", label="退货日期", expect="2026-09-15")
    f.value(h, 1, 1, "深圳市大疆创新科技有限公司", path="customer", label="客户")
    f.value(h, 1, 3, "DJI-SQE-260902", path="complaint_number", label="关联投诉")
    f.note("")
    n = 46
    t = f.table(n + 2, 6, [12, 34, 52, 18, 14, 50])
    for c, head in enumerate(["序号", "物料编码", "物料名称", "数量", "单位", "备注"]):
        f.put(t, 0, c, head, shade=True, bold=True)
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    rep = OxmlElement("w:tblHeader")
    rep.set(qn("w:val"), "true")
    tr_pr.append(rep)
    total = 0
    for i in range(n):
        code, name, q = f"EA-{3100 + 11 * i}", f"连接器组件 {chr(65 + i % 26)}{i + 1}", 20 + 10 * (i % 7)
        total += q
        scored = i in (0, 1, 22, 44, 45)
        f.put(t, i + 1, 0, str(i + 1))
        f.value(t, i + 1, 1, code, path=f"items[{i}].part_no" if scored else None, label="物料编码")
        f.value(t, i + 1, 2, name, path=f"items[{i}].part_name" if scored else None, label="物料名称")
        f.value(
            t, i + 1, 3, str(q), path=f"items[{i}].qty_returned" if scored else None, label="数量", expect=q
        )
        f.value(t, i + 1, 4, "PCS", path=f"items[{i}].unit" if scored else None, label="单位")
        f.value(t, i + 1, 5, "插拔力不足" if i % 5 == 0 else "", path=None, label="备注")
    f.put(t, n + 1, 0, "合计", to=(n + 1, 2))
    f.value(t, n + 1, 3, str(total), path=None, label="合计")
    f.note("")
    foot = f.table(3, 4, [25, 65, 25, 65])
    f.put(foot, 0, 0, "退货原因", shade=True)
    f.value(
        foot, 0, 1, "端子插拔力低于 8 N，客户来料抽检不合格。", path="reason", label="退货原因", to=(0, 3)
    )
    f.put(foot, 1, 0, "处理方式", shade=True)
    f.value(
        foot,
        1,
        1,
        "☑返工　☐报废　☐换货",
        path="handling",
        label="处理方式",
        expect=["rework"],
        blank_text="☐返工　☐报废　☐换货",
        to=(1, 3),
    )
    f.put(foot, 2, 0, "仓库签收", shade=True)
    f.value(foot, 2, 1, "甘露", path="warehouse_receiver", label="仓库签收")
    f.put(foot, 2, 2, "审核", shade=True)
    f.value(foot, 2, 3, "孟凡", path="approved_by", label="审核")


def eightd_en_portal_fieldsets(f: HtmlForm) -> str:
    """A supplier portal's 8D response page printed by Chromium: one <fieldset> per discipline
    with its <legend> (``D3 — Containment``), inside each a two-column table of label cells
    (<th>) and values; the team as a list ``Name (Role, Dept)``; a progress bar with the
    disciplines done; dates ``2026-09-11``; a ``Submitted`` time stamp in the page footer."""
    f.raw(
        '<div class="bar">Supplier Quality Portal › 8D › '
        + f.val(pick(f, "8D-0047718", "8D-0047950"), path="number", label="8D")
        + "</div>"
    )
    f.raw('<div class="prog">D0 ✓ D1 ✓ D2 ✓ D3 ✓ D4 ✓ D5 ✓ D6 ✓ D7 ✓ D8 ' + pick(f, "✓", "…") + "</div>")

    def rows(pairs):
        out = "<table>"
        for lab, raw, path, exp in pairs:
            out += f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td></tr>"
        return out + "</table>"

    def fs(legend, inner):
        f.raw(f"<fieldset><legend>{legend}</legend>{inner}</fieldset>")

    fs(
        "Header",
        rows(
            [
                ("Customer", pick(f, "Magna Seating Shanghai", "Lear Automotive Wuhan"), "customer", None),
                ("Customer complaint", pick(f, "QN-MSS-26-1180", "QN-LAW-26-0412"), "complaint_number", None),
                ("Part number", pick(f, "SR-7702-L", "SR-8810-R"), "part_no", None),
                ("Opened", pick(f, "2026-09-11", "2026-10-20"), "opened_date", None),
            ]
        ),
    )
    team = pick(
        f,
        [("Liang Hui", "Leader", "Quality"), ("Zhao Ming", "Member", "Welding")],
        [
            ("Liang Hui", "Leader", "Quality"),
            ("Qian Li", "Member", "Assembly"),
            ("Sun Bo", "Member", "Logistics"),
        ],
    )
    items = ""
    for n, role, dept in team:
        f.fields += (
            []
            if f.blank
            else [
                {"label": "D1", "cell": f"html!#v{f.n + 1}", "value": n, "path": "team[*].name", "expect": n},
                {
                    "label": "D1",
                    "cell": f"html!#v{f.n + 1}",
                    "value": role,
                    "path": f"team[name={n}].role",
                    "expect": role.lower(),
                },
                {
                    "label": "D1",
                    "cell": f"html!#v{f.n + 1}",
                    "value": dept,
                    "path": f"team[name={n}].dept",
                    "expect": dept,
                },
            ]
        )
        items += f"<li>{f.val(f'{n} ({role}, {dept})', path=None, label='D1')}</li>"
    fs("D1 — Team", f"<ul>{items}</ul>")
    fs(
        "D2 — Problem",
        rows(
            [
                (
                    "Description",
                    pick(
                        f,
                        "Recliner bracket weld seam cracked; 14 seats rejected.",
                        "Track rail burr; 5 seats stuck.",
                    ),
                    "problem.statement",
                    None,
                ),
                ("Quantity complained", pick(f, "14", "5"), "problem.qty_complained", pick(f, 14, 5)),
            ]
        ),
    )
    fs(
        "D3 — Containment",
        rows(
            [
                (
                    "Action",
                    pick(f, "Dye-penetrant check of all brackets in stock", "Deburr and gauge all rails"),
                    "containment[*].action",
                    None,
                ),
            ]
        ),
    )
    fs(
        "D4 — Root cause",
        rows(
            [
                (
                    "Occurrence",
                    pick(f, "Welding current dropped after tip change.", "Punch worn beyond limit."),
                    "root_cause[type=occurrence].cause",
                    None,
                ),
                (
                    "Non-detection",
                    pick(f, "Visual check cannot see the crack.", "No burr gauge at end of line."),
                    "root_cause[type=escape].cause",
                    None,
                ),
            ]
        ),
    )
    fs(
        "D5/D6 — Corrective action",
        rows(
            [
                (
                    "Action",
                    pick(f, "Weld current monitoring with lock-out.", "Punch life counter."),
                    "corrective_actions[*].action",
                    None,
                ),
                (
                    "Implemented",
                    pick(f, "2026-09-29", "2026-11-05"),
                    "implementation[*].implemented_date",
                    None,
                ),
            ]
        ),
    )
    fs(
        "D7 — Prevention",
        rows(
            [
                (
                    "Lessons learned",
                    pick(
                        f,
                        "Tip change added to set-up checklist of all weld cells.",
                        "Punch life added to all press lines.",
                    ),
                    "prevention.lessons_learned",
                    None,
                ),
            ]
        ),
    )
    if f.copy == 1:
        fs(
            "D8 — Closure",
            rows(
                [
                    ("Closed", "2026-10-12", "closure.closed_date", None),
                    ("Approved by customer", "Peter Brandt", "closure.approved_by", None),
                ]
            ),
        )
    else:
        fs("D8 — Closure", "<p>Pending customer approval.</p>")
    f.raw(
        '<div class="foot">Submitted '
        + pick(f, "2026-10-12 16:02", "2026-11-06 09:41")
        + " · page printed from the portal</div>"
    )
    return f.page(
        "8D response",
        ".bar{background:#0b4f6c;color:#fff;padding:6px 10px;font-size:10pt}.prog{margin:6px 10px;font-size:8pt;color:#0b4f6c}"
        "fieldset{margin:6px 10px;border:1px solid #9bb}legend{font-weight:bold;font-size:10pt}"
        "table{border-collapse:collapse;width:100%}th{width:28%;text-align:left;color:#555;font-weight:normal;padding:2px 4px;vertical-align:top}"
        "td{padding:2px 4px}ul{margin:2px 0}.foot{margin:10px;font-size:7pt;color:#888}",
    )


def complaint_zht_portal_landscape(f: HtmlForm) -> str:
    """A Taiwanese customer's 供應商平台 客訴通知 page printed by Chromium in LANDSCAPE: two
    columns of ``標籤：值`` lines (each a <p>, full-width colon), the values in bold, a 附件
    list, the 回覆期限 (not a field), 品質工程師 at the foot."""
    f.raw("<h1>客訴通知單</h1><div class='cols'><div>")
    pairs_l = [
        ("客訴單號", "QCN-1150910-06", "number", None),
        ("發出日期", "2026/09/10", "received_date", "2026-09-10"),
        ("供應商", "永豐精密工業股份有限公司", None, None),
        ("客戶", "台達電子工業股份有限公司", "customer", None),
        ("料號", "DE-FAN-1208", "part_no", None),
        ("品名", "散熱風扇 120 mm", "part_name", None),
    ]
    pairs_r = [
        ("批號", "Y2608-15", "lot_no", None),
        ("進料數量", "3,600 pcs", "ship_qty", 3600),
        ("不良數量", "42 pcs", "defect_qty", 42),
        ("不良類別", "品質異常", "complaint_type", "quality"),
        ("回覆期限", "2026/09/17", None, None),
    ]
    for lab, raw, path, exp in pairs_l:
        f.raw(f"<p>{lab}：<b>{f.val(raw, path=path, label=lab, expect=exp)}</b></p>")
    f.raw("</div><div>")
    for lab, raw, path, exp in pairs_r:
        f.raw(f"<p>{lab}：<b>{f.val(raw, path=path, label=lab, expect=exp)}</b></p>")
    f.raw("</div></div>")
    f.raw(
        "<p>異常說明：<b>"
        + f.val("風扇啟動時異音，IQC 抽檢 315 pcs 中 42 pcs 不良。", path="description", label="異常說明")
        + "</b></p>"
    )
    f.raw("<p>附件：IQC 報告 1 份、照片 3 張</p>")
    f.raw(
        "<p>品質工程師：<b>"
        + f.val("謝佩君", path="reporter", label="品質工程師")
        + "</b>　　主管：<b>"
        + f.val("", path=None, label="主管")
        + "</b></p>"
    )
    _absent(f, "主管", "html!#v" + str(f.n), "", "approver")
    return f.page(
        "客訴通知單",
        "@page{size:A4 landscape;margin:12mm}body{font-family:'Noto Sans CJK TC','Noto Sans',sans-serif}h1{font-size:16pt;text-align:center}"
        ".cols{display:flex;gap:40px}.cols>div{flex:1}p{margin:5px 0;font-size:11pt}",
    )


def allowance_en_fpdf_erp_memo(f: PdfDraw) -> None:
    """A CREDIT MEMO printed by an ERP of a German-owned plant, drawn by fpdf2: the header as
    right-aligned ``Label   value`` pairs at the top right, amounts in German format
    (``1.250,00``), positions 10 / 20 with Material / Description / Quantity / Price / Amount,
    Net value / VAT 13 % / Total amount, the billing document referenced, no signature."""
    f.text(15, 18, "Schaeffler Trading (Shanghai) Co., Ltd.", 11, bold=True)
    f.text(15, 23, "Anting, Jiading District, Shanghai - Tax No. 91310114MA1GT1X88Q", 7)
    f.text(15, 40, "CREDIT MEMO", 16, bold=True)
    hdr = [
        ("Credit memo", pick(f, "91004473", "91004610"), "number", None),
        ("Date", pick(f, "16.09.2026", "27.10.2026"), "issue_date", pick(f, "2026-09-16", "2026-10-27")),
        ("Billing doc.", pick(f, "90871125", "90880231"), "invoice_no", None),
        (
            "Billing date",
            pick(f, "28.08.2026", "30.09.2026"),
            "invoice_date",
            pick(f, "2026-08-28", "2026-09-30"),
        ),
        ("Complaint", pick(f, "QN 400218877", "QN 400219301"), "complaint_number", None),
    ]
    for i, (lab, raw, path, exp) in enumerate(hdr):
        f.text(125, 30 + i * 5, lab, 8)
        f.value(160, 30 + i * 5, raw, path=path, label=lab, expect=exp)
    f.text(15, 55, "Payer", 8, bold=True)
    f.value(
        15,
        60,
        pick(f, "SAIC Volkswagen Automotive Co., Ltd.", "FAW-Volkswagen Automotive Co., Ltd."),
        path="buyer",
        label="Payer",
    )
    f.value(15, 65, pick(f, "913100006072000539", "912201016051316087"), path="buyer_tax_id", label="Payer")
    y = 80
    for h, x in (
        ("Pos", 15),
        ("Material", 25),
        ("Description", 55),
        ("Quantity", 120),
        ("Price", 145),
        ("Amount", 175),
    ):
        f.text(x, y, h, 8, bold=True)
    f.pdf.line(15, y + 2, 195, y + 2)
    lines = pick(
        f,
        [
            (
                "10",
                "F-562104",
                "Ball bearing 6204 price difference",
                "2.500",
                "0,50",
                "1.250,00",
                2500,
                "0.50",
                "1250.00",
            ),
            (
                "20",
                "F-566310",
                "Needle bearing HK2016 price difference",
                "4.000",
                "0,25",
                "1.000,00",
                4000,
                "0.25",
                "1000.00",
            ),
        ],
        [
            (
                "10",
                "F-570022",
                "Tapered bearing 30205 quality claim",
                "1.200",
                "1,10",
                "1.320,00",
                1200,
                "1.10",
                "1320.00",
            ),
            (
                "20",
                "F-562104",
                "Ball bearing 6204 quality claim",
                "800",
                "0,50",
                "400,00",
                800,
                "0.50",
                "400.00",
            ),
            (
                "30",
                "F-581117",
                "Seal ring 35x47 short delivery",
                "3.000",
                "0,06",
                "180,00",
                3000,
                "0.06",
                "180.00",
            ),
        ],
    )
    for i, (pos, mat, desc, q, price, amt, qn_, pn, an) in enumerate(lines):
        yy = y + 8 + i * 6
        f.text(15, yy, pos, 8)
        f.value(25, yy, mat, path=None, label="Material", size=8)
        f.value(55, yy, desc, path=f"items[{i}].name", label="Description", size=8)
        f.value(120, yy, q, path=f"items[{i}].qty", label="Quantity", expect=qn_, size=8)
        f.value(145, yy, price, path=f"items[{i}].unit_price", label="Price", expect=pn, size=8)
        f.value(175, yy, amt, path=f"items[{i}].allowance_amount", label="Amount", expect=an, size=8)
    yy = y + 8 + len(lines) * 6 + 4
    f.pdf.line(120, yy - 4, 195, yy - 4)
    net, vat, tot = pick(f, ("2.250,00", "292,50", "2.542,50"), ("1.900,00", "247,00", "2.147,00"))
    for i, (lab, raw, path) in enumerate(
        (
            ("Net value", net, "total_excl_tax"),
            ("VAT 13 %", vat, "total_tax"),
            ("Total amount CNY", tot, "total"),
        )
    ):
        f.text(120, yy + i * 6, lab, 8, bold=True)
        f.value(175, yy + i * 6, raw, path=path, label=lab, expect=raw.replace(".", "").replace(",", "."))
    f.text(15, yy + 30, "This document was created electronically and is valid without signature.", 7)


SENT_AS_PDF = [
    dict(
        id="complaint-zh-word-colon",
        kind="complaint",
        language="zh-Hans",
        medium="docx",
        draw=complaint_zh_word_colon,
        imitates="客户投诉处理单 of a food-packaging maker made in Word, 标签：值 in every cell",
        unmapped=["文件编号", "批准"],
    ),
    dict(
        id="return-zh-word-twopage",
        kind="return",
        language="zh-Hans",
        medium="docx",
        draw=return_zh_word_twopage,
        imitates="退货单 made in Word, a 46-line item table over two pages with its header row repeated",
        unmapped=["序号", "备注", "合计"],
    ),
    dict(
        id="8d-en-portal-fieldsets",
        kind="8d",
        language="en",
        medium="html",
        draw=eightd_en_portal_fieldsets,
        copy2=True,
        imitates="a supplier portal's 8D response page printed by Chromium, a fieldset per discipline",
        unmapped=["Submitted"],
    ),
    dict(
        id="complaint-zht-portal-landscape",
        kind="complaint",
        language="zh-Hant",
        medium="html",
        draw=complaint_zht_portal_landscape,
        imitates="a Taiwanese customer's 客訴通知單 page printed by Chromium in landscape, 標籤：值 lines",
        unmapped=["供應商", "回覆期限", "附件", "主管"],
    ),
    dict(
        id="allowance-en-fpdf-erp-memo",
        kind="allowance",
        language="en",
        medium="fpdf",
        draw=allowance_en_fpdf_erp_memo,
        copy2=True,
        imitates="an ERP credit memo of a German-owned plant drawn by fpdf2, amounts as 1.250,00",
        unmapped=["Material", "Pos"],
    ),
]


# =============================================================================== writing
def _write(out: Path, sub: str, name: str, data: dict) -> None:
    (out / sub).mkdir(parents=True, exist_ok=True)
    (out / sub / name).write_text(
        json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
    )


def write_excel(layouts: list[dict], out: Path, pdf: bool, copy: int) -> None:
    """Templates (first copy only), filled workbooks, expected JSON, PDFs through LibreOffice."""
    written = []
    for layout in layouts:
        lid = layout["id"]
        if copy == 1:
            blank = Sheet(layout["sheet"], True, layout["widths"])
            layout["draw"](blank)
            save(blank, out / "templates" / f"{lid}.xlsx")
        sheet = Sheet(layout["sheet"], False, layout["widths"])
        sheet.copy = copy
        layout["draw"](sheet)
        target = out / "filled" / f"{lid}.xlsx"
        save(sheet, target)
        written.append(target)
        exp = expected(layout, sheet, **SOURCE)
        if getattr(sheet, "absent", None):
            exp["absent"] = sheet.absent
        if copy == 2:
            exp["second_copy_of"] = lid
        _write(out, "expected", f"{lid}.json", exp)
    if pdf:
        to_pdf(written, out / "filled")


def write_sent_as_pdf(layouts: list[dict], out: Path, pdf: bool, copy: int) -> None:
    """Word forms (docx printed by LibreOffice), portal pages (HTML printed by Chromium) and
    PDFs drawn by fpdf2; only the PDF is sent."""
    for sub in ("templates", "filled", "expected") if copy == 1 else ("filled", "expected"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        docs, pages = [], []
        for layout in layouts:
            lid, medium = layout["id"], layout["medium"]
            if medium == "docx":
                if copy == 1:
                    blank = DocForm(True)
                    layout["draw"](blank)
                    save_docx(blank, out / "templates" / f"{lid}.docx")
                form = DocForm(False)
                form.copy = copy
                layout["draw"](form)
                save_docx(form, Path(tmp) / f"{lid}.docx")
                docs.append(Path(tmp) / f"{lid}.docx")
            elif medium == "html":
                if copy == 1:
                    (out / "templates" / f"{lid}.html").write_text(
                        layout["draw"](HtmlForm(True)), encoding="utf-8"
                    )
                form = HtmlForm(False, copy)
                page = Path(tmp) / f"{lid}.html"
                page.write_text(layout["draw"](form), encoding="utf-8")
                pages.append(page)
            else:
                if FPDF is None:
                    print(f"{lid}: fpdf2 is not installed, kept as committed")
                    continue
                if copy == 1:
                    blank = PdfDraw(True)
                    layout["draw"](blank)
                    blank.pdf.output(str(out / "templates" / f"{lid}.pdf"))
                form = PdfDraw(False, copy)
                layout["draw"](form)
                form.pdf.output(str(out / "filled" / f"{lid}.pdf"))
            exp = expected(layout, form, **SOURCE)
            exp["template"] = f"templates/{lid}.{dict(docx='docx', html='html').get(medium, 'pdf')}"
            exp["filled"] = [f"filled/{lid}.pdf"]
            if getattr(form, "absent", None):
                exp["absent"] = form.absent
            if copy == 2:
                exp["second_copy_of"] = lid
            _write(out, "expected", f"{lid}.json", exp)
        if pdf and docs:
            to_pdf(docs, out / "filled")
        if pdf and pages:
            _chromium(pages, out / "filled")


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
    pdf = "--no-pdf" not in argv
    write_excel(EXCEL, out, pdf, 1)
    write_sent_as_pdf(SENT_AS_PDF, out, pdf, 1)
    write_excel([lay for lay in EXCEL if lay.get("copy2")], out / "copy2", pdf, 2)
    write_sent_as_pdf([lay for lay in SENT_AS_PDF if lay.get("copy2")], out / "copy2", pdf, 2)
    print(
        f"{len(EXCEL) + len(SENT_AS_PDF)} fifth held-out layouts in {out} (second copies in {out / 'copy2'})"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
