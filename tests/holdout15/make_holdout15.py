"""Write the fifteenth held-out set (run: ``python tests/holdout15/make_holdout15.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: the form on the SECOND or THIRD SHEET after an instructions /
revision sheet, HIDDEN ROWS or COLUMNS holding the old values, a date typed as an EXCEL SERIAL
stored as text (``46086``), numbers and codes typed with a LEADING APOSTROPHE, FULL-WIDTH digits
and punctuation (``１２，０００``, ``：``), amounts in 万元 / 千元 named in the heading, a CHECK-BOX
ROW (☑/☐, ■/□) choosing the severity, the request, the handling or the tax rate, a SIGNATURE
BLOCK with a stamp image over it, a LANDSCAPE form printed on TWO PAGES (a page break mid-form), a
Japanese-owned plant's form (品番, 不具合, 対策 in kanji), Thai–English and Vietnamese–Chinese
bilingual forms, ERP printouts (金蝶 K/3, 用友 U8, SAP: header block, line table, footer with
制单 / 审核), a DingTalk approval export (one row per approval, 审批编号, 发起人) and a WeChat Work
approval record printed to PDF (审批流程), VERTICAL LABEL COLUMNS (a tall merged label, its values
stacked to its right). ``odd/`` holds an Excel binary workbook (``.xlsb``) renamed ``.xlsx`` and a
workbook whose only sheet is a chart sheet.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2
(``--no-pdf`` skips them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from openpyxl.drawing.image import Image
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "holdout8"))
sys.path.insert(0, str(HERE.parents[1]))

from holdout_kit import (  # noqa: E402
    FPDF,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    excel_layout,
    excel_serial,
    fw,
    head_row,
    kv,
    label,
    landscape,
    lv,
    marks,
    members,
    money,
    odd_expected,
    on,
    pick,
    plain,
    run,
    stamp_png,
    workbook_bytes,
    zip_bytes,
)
from make_holdout8 import CjkDraw  # noqa: E402

D = dt.date
SOURCE = dict(origin="fifteenth held-out imitation", source="tests/holdout15/make_holdout15.py")


def quoted(s: Sheet, ref: str) -> None:
    """Typed with a leading apostrophe: the number or code kept as text (Excel's quote prefix)."""
    if not s.blank:
        s.ws[ref].quotePrefix = True


def as_text_serial(s: Sheet, ref: str) -> None:
    """The cell formatted as Text before the date was pasted as its serial number."""
    s.ws[ref].number_format = "@"


def hide_row(s: Sheet, row: int) -> None:
    s.ws.row_dimensions[row].hidden = True


def hide_col(s: Sheet, col: str) -> None:
    s.ws.column_dimensions[col].hidden = True


def stamp(s: Sheet, ref: str) -> None:
    """A scanned company stamp (a red ring) pasted over the signature cell (filled copies)."""
    if not s.blank:
        img = Image(io.BytesIO(stamp_png()))
        img.width, img.height = 84, 84
        s.ws.add_image(img, ref)


# =============================================================================== complaint
def complaint_zh_cover(s: Sheet) -> None:
    """客户投诉处理单 on the SECOND sheet after a 填写说明 sheet (its own example values); a
    HIDDEN ROW keeps the first report's defect quantity above the corrected one; 严重度 chosen
    in a ☑/☐ check-box row; 损失金额 in 万元 named in the label."""
    with on(s, "填写说明", 0, widths=dict(A=60)):
        plain(s, "A1", "填写说明（请勿删除本页）")
        plain(s, "A2", "1. 客诉编号格式：KS-年月-流水号，例：KS-2501-001")
        plain(s, "A3", "2. 日期格式：2025/1/8；数量填整数，例：不良数量 20")
        plain(s, "A4", "3. 严重度在对应方框内打 ☑；损失金额以万元为单位")
        plain(s, "A5", "4. 填表人：例 张三；主管：例 李四")
    s.text("A1", "客户投诉处理单", "D1", size=14)
    lv(s, "A2", "客诉编号", "B2", pick(s, "KS-2603-017", "KS-2604-005"), "number")
    rec = pick(s, D(2026, 3, 6), D(2026, 4, 9))
    lv(s, "C2", "受理日期", "D2", rec, "received_date")
    lv(
        s,
        "A3",
        "客户名称",
        "B3",
        pick(s, "格力电器（合肥）有限公司", "美的集团武汉制冷设备有限公司"),
        "customer",
        span="D3",
    )
    lv(s, "A4", "料号", "B4", pick(s, "GL-CMP-3310", "MD-FAN-0715"), "part_no")
    lv(s, "C4", "品名", "D4", pick(s, "压缩机减震垫", "贯流风叶"), "part_name")
    lv(s, "A5", "出货数量", "B5", pick(s, 20000, 6000), "ship_qty", fmt="#,##0")
    # the first report's count, kept in a hidden row above the corrected one
    label(s, "A6", "不良数量")
    if not s.blank:
        s.ws["B6"].value = pick(s, 150, 40)
    hide_row(s, 6)
    lv(s, "C5", "批号", "D5", pick(s, "L260301", "L260322"), "lot_no")
    lv(s, "A7", "不良数量", "B7", pick(s, 186, 52), "defect_qty")
    lv(
        s,
        "A8",
        "异常描述",
        "B8",
        pick(s, "减震垫硬度偏高，压缩机运行振动超标。", "风叶动平衡超差，室内机异响。"),
        "description",
        span="D8",
    )
    sev = pick(s, "重要", "一般")
    lv(
        s,
        "A9",
        "严重度",
        "B9",
        marks(["重大", "重要", "一般"], {sev}, "☑", "☐"),
        "severity",
        expect=pick(s, "important", "general"),
        span="D9",
        blank_text=marks(["重大", "重要", "一般"], set(), "☑", "☐"),
    )
    loss = pick(s, 0.42, 0.18)
    lv(s, "A10", "损失金额（万元）", "B10", loss, "loss_amount", expect=money(loss * 10000))
    lv(s, "A11", "填表人", "B11", pick(s, "韩雪", "韩雪"), "reporter")
    lv(s, "C11", "主管", "D11", pick(s, "蒋海波", "戴振华"), "sales_supervisor")


_DING_HEADS = [
    ("审批编号", None),
    ("标题", None),
    ("审批状态", None),
    ("审批结果", None),
    ("发起时间", "received_date"),
    ("完成时间", None),
    ("发起人姓名", "reporter"),
    ("发起人部门", None),
    ("历史审批人姓名", None),
    ("客户名称", "customer"),
    ("产品料号", "part_no"),
    ("产品名称", "part_name"),
    ("发货数量", "ship_qty"),
    ("不良数量", "defect_qty"),
    ("问题描述", "description"),
    ("审批记录", None),
]


def complaint_zh_dingtalk(s: Sheet) -> None:
    """A DingTalk (钉钉) approval export: one header row, one row per approval (审批编号, 发起时间,
    发起人姓名, 审批记录 with its own names and times), the complaint's fields as columns."""
    start = pick(s, "2026-03-10 09:12:33", "2026-04-14 16:40:02")
    rows = {
        "审批编号": pick(s, "202603100912000318476", "202604141640000527713"),
        "标题": pick(s, "卢晓燕提交的客户投诉", "卢晓燕提交的客户投诉"),
        "审批状态": "已结束",
        "审批结果": "同意",
        "发起时间": start,
        "完成时间": pick(s, "2026-03-11 17:05:48", "2026-04-15 10:22:19"),
        "发起人姓名": "卢晓燕",
        "发起人部门": "销售二部",
        "历史审批人姓名": pick(s, "钱国强,孙立军", "钱国强,孙立军"),
        "客户名称": pick(s, "海信视像科技股份有限公司", "创维电器股份有限公司"),
        "产品料号": pick(s, "HX-BKT-2208", "CW-PNL-0931"),
        "产品名称": pick(s, "背板支架", "面框"),
        "发货数量": pick(s, "3000", "1800"),
        "不良数量": pick(s, "75", "24"),
        "问题描述": pick(s, "支架折弯角度偏差，装配孔位对不上 75 件。", "面框喷涂色差 24 件。"),
        "审批记录": pick(
            s,
            "卢晓燕 发起审批 2026-03-10 09:12；钱国强 同意 2026-03-10 15:30；孙立军 同意 2026-03-11 17:05",
            "卢晓燕 发起审批 2026-04-14 16:40；钱国强 同意 2026-04-15 08:51；孙立军 同意 2026-04-15 10:22",
        ),
    }
    for i, (head, path) in enumerate(_DING_HEADS):
        col = chr(ord("A") + i)
        s.ws.column_dimensions[col].width = 16
        s.text(f"{col}1", head, bold=True, shade=True)
        raw = rows[head]
        exp = None
        if head == "审批编号":
            path = "number"
        if head == "发起时间":
            exp = start[:10]
        if head in ("发货数量", "不良数量"):
            exp = int(raw)
        s.value(f"{col}2", raw, path=path, label=head, expect=exp)


def complaint_zht_fullwidth(s: Sheet) -> None:
    """客訴處理單 typed with a Chinese IME left in full-width mode: FULL-WIDTH digits and
    punctuation (``１２，０００``, ``：``); the received date pasted from the ERP as an EXCEL
    SERIAL stored as text; the lot number typed with a LEADING APOSTROPHE (leading zeros kept)."""
    s.text("A1", "客訴處理單", "D1", size=15)
    lv(
        s,
        "A2",
        "客訴單號：",
        "B2",
        pick(s, "ＣＳ－１１５－０３０８", "ＣＳ－１１５－０４１１"),
        "number",
        expect=pick(s, "CS-115-0308", "CS-115-0411"),
    )
    rec = pick(s, D(2026, 3, 8), D(2026, 4, 11))
    lv(s, "C2", "受理日期：", "D2", str(excel_serial(rec)), "received_date", expect=rec.isoformat())
    as_text_serial(s, "D2")
    lv(s, "A3", "客戶名稱：", "B3", "台達電子工業股份有限公司", "customer", span="D3")
    lv(s, "A4", "料號：", "B4", "00451207", "part_no")
    quoted(s, "B4")
    lv(s, "C4", "品名：", "D4", "散熱風扇框架", "part_name")
    lv(s, "A5", "批號：", "B5", "0260215", "lot_no")
    quoted(s, "B5")
    lv(s, "C5", "出貨日期：", "D5", fw("2026年2月26日"), "ship_date", expect="2026-02-26")
    lv(s, "A6", "出貨數量：", "B6", fw("12,000"), "ship_qty", expect=12000)
    lv(s, "C6", "不良數量：", "D6", fw("360"), "defect_qty", expect=360)
    lv(
        s,
        "A7",
        "異常描述：",
        "B7",
        "框架卡勾斷裂，不良率３％（３６０／１２，０００）。",
        "description",
        span="D7",
    )
    lv(s, "A8", "短期對策：", "B8", "庫存４，５００件全檢。", "short_term_action", span="D8")
    lv(s, "A9", "填表人：", "B9", "簡雅雯", "reporter")
    lv(s, "C9", "主管：", "D9", "賴俊宏", "sales_supervisor")


def complaint_en_third(s: Sheet) -> None:
    """A customer's Customer Complaint Report on the THIRD sheet, after ``Revision History`` and
    ``Instructions`` sheets (their own dates and names); the customer's request chosen in a ■/□
    row; Closed date left empty."""
    with on(s, "Revision History", 0, widths=dict(A=8, B=14, C=40, D=16)):
        for col, h in zip("ABCD", ("Rev.", "Date", "Change", "By")):
            s.text(f"{col}1", h, bold=True)
        for r, row in enumerate(
            (
                ("A", "2024-05-02", "First issue", "J. Walsh"),
                ("B", "2025-11-17", "Added 'Customer request' row", "M. Dunn"),
            ),
            2,
        ):
            for col, v in zip("ABCD", row):
                plain(s, f"{col}{r}", v)
    with on(s, "Instructions", 1, widths=dict(A=70)):
        plain(s, "A1", "Fill in every field. Dates as YYYY-MM-DD. Mark one or more requests with ■.")
        plain(s, "A2", "Example: CCR No. CCR-2501-001, Customer ACME Ltd, Qty rejected 25.")
    s.text("A1", "CUSTOMER COMPLAINT REPORT", "D1", size=14)
    lv(s, "A2", "CCR No.", "B2", "CCR-2603-044", "number")
    lv(s, "C2", "Date received", "D2", "2026-03-12", "received_date")
    lv(s, "A3", "Customer", "B3", "Whirlpool Corporation - Clyde Division", "customer", span="D3")
    lv(s, "A4", "P/N", "B4", "WP-BRK-5561", "part_no")
    lv(s, "C4", "Description of part", "D4", "Motor bracket, zinc plated", "part_name")
    lv(s, "A5", "PO No.", "B5", "4500918822", "order_no")
    lv(s, "C5", "Qty shipped", "D5", 9600, "ship_qty", fmt="#,##0")
    lv(s, "A6", "Qty rejected", "B6", 240, "defect_qty")
    lv(s, "C6", "Ship date", "D6", "2026-02-20", "ship_date")
    lv(
        s,
        "A7",
        "Complaint details",
        "B7",
        "White rust on 240 brackets after 48 h salt spray.",
        "description",
        span="D7",
    )
    opts = ["Return", "Replacement", "Credit", "Rework"]
    lv(
        s,
        "A8",
        "Customer request",
        "B8",
        marks(opts, {"Return", "Replacement"}, "■", "□"),
        "customer_request",
        expect=["return", "replacement"],
        span="D8",
        blank_text=marks(opts, set(), "■", "□"),
    )
    lv(s, "A9", "Reported by", "B9", "Heather Collins", "reporter")
    label(s, "C9", "Closed date")
    s.box("D9")
    absent(s, "Closed date", "D9", "", "closed_date")


# =============================================================================== 8D
def eightd_zh_japanese(s: Sheet) -> None:
    """不具合対策報告書 of a Japanese-owned plant in Suzhou: labels in Japanese kanji (品番,
    不具合内容, 発生原因, 流出原因, 恒久対策, 承認) with Chinese values; VERTICAL LABEL COLUMNS
    (``原因`` and ``対策`` tall merged cells, their rows stacked to the right)."""
    s.text("A1", "不具合対策報告書", "E1", size=14)
    lv(s, "A2", "管理番号", "B2", pick(s, "FT-SZ-2603-08", "FT-SZ-2604-15"), "number")
    o = pick(s, D(2026, 3, 16), D(2026, 4, 20))
    lv(s, "C2", "発行日", "D2", o, "opened_date", span="E2")
    lv(s, "A3", "客先", "B3", pick(s, "苏州松下电器有限公司", "无锡村田电子有限公司"), "customer")
    lv(s, "C3", "品番", "D3", pick(s, "SZ-TRM-1408", "SZ-CAP-0622"), "part_no", span="E3")
    lv(
        s,
        "A4",
        "不具合内容",
        "B4",
        pick(s, "端子镀锡层剥落，客户焊接不良 260 件。", "电容引脚弯曲 90 件。"),
        "problem.statement",
        span="E4",
    )
    lv(s, "A5", "不具合数", "B5", pick(s, 260, 90), "problem.qty_complained")
    team = pick(s, ["吉田健一", "周敏", "陆海峰"], ["吉田健一", "周敏"])
    lv(s, "C5", "担当", "D5", "・".join(team), None, span="E5")
    members(s, "担当", "D5", "・".join(team), team)
    # 原因: a tall merged label, 発生原因 / 流出原因 stacked right of it
    s.text("A6", "原\n因", "A7", bold=True, shade=True, center=True)
    label(s, "B6", "発生原因")
    s.value(
        "C6",
        pick(s, "电镀液锡浓度偏低，镀层附着力不足。", "成型治具磨损。"),
        path="root_cause[type=occurrence].cause",
        label="発生原因",
        span="E6",
    )
    label(s, "B7", "流出原因")
    s.value(
        "C7",
        pick(s, "出货检验未做胶带剥离试验。", "外观检验未看引脚。"),
        path="root_cause[type=escape].cause",
        label="流出原因",
        span="E7",
    )
    s.text("A8", "対\n策", "A9", bold=True, shade=True, center=True)
    label(s, "B8", "応急対策")
    s.value(
        "C8",
        pick(s, "在库 8,000 件全检剥离力。", "在库品全数目视。"),
        path="containment[0].action",
        label="応急対策",
        span="E8",
    )
    label(s, "B9", "恒久対策")
    s.value(
        "C9",
        pick(s, "每班分析镀液浓度，增加剥离试验。", "治具寿命管理。"),
        path="corrective_actions[0].action",
        label="恒久対策",
        span="E9",
    )
    c = pick(s, D(2026, 4, 24), D(2026, 5, 29))
    lv(s, "A10", "完了日", "B10", c, "closure.closed_date")
    lv(s, "C10", "承認", "D10", "中村浩二", "closure.approved_by", span="E10")


def eightd_zht_landscape(s: Sheet) -> None:
    """8D 報告 set out in LANDSCAPE, eight steps down the page, PRINTED ON TWO PAGES: a manual
    page break after D4 puts D5–D8 on page 2; 核准 left empty."""
    landscape(s)
    s.text("A1", "8D 問題解決報告", "F1", size=14)
    lv(s, "A2", "報告編號", "B2", "8D-TY-115-021", "number")
    lv(s, "C2", "客戶", "D2", "和碩聯合科技股份有限公司", "customer")
    lv(s, "E2", "料號", "F2", "TY-HNG-0880", "part_no")
    lv(s, "A3", "開立日期", "B3", "2026/03/18", "opened_date", expect="2026-03-18")
    lv(s, "C3", "客訴單號", "D3", "CS-115-0311", "complaint_number")
    lv(s, "E3", "不良數", "F3", 128, "problem.qty_complained")
    lv(s, "A4", "D1 小組", "B4", "杜志偉、許淑芬、馬國樑", None, span="F4")
    members(s, "D1 小組", "B4", "杜志偉、許淑芬、馬國樑", ("杜志偉", "許淑芬", "馬國樑"))
    lv(
        s,
        "A5",
        "D2 問題描述",
        "B5",
        "筆電轉軸扭力不足，開合 5,000 次後螢幕下垂 128 台。",
        "problem.statement",
        span="F5",
    )
    lv(
        s,
        "A6",
        "D3 暫時對策",
        "B6",
        "庫存及在途轉軸 12,000 件全數量測扭力。",
        "containment[0].action",
        span="F6",
    )
    lv(
        s,
        "A7",
        "D4 根本原因",
        "B7",
        "彈片熱處理爐溫偏低，硬度不足。",
        "root_cause[type=occurrence].cause",
        span="F7",
    )
    s.ws.row_breaks.append(Break(id=7))
    lv(
        s,
        "A8",
        "D5 永久對策",
        "B8",
        "爐溫管制 ±5℃，每批抽測硬度。",
        "corrective_actions[0].action",
        span="F8",
    )
    lv(s, "A9", "D6 效果確認", "B9", "連續 3 批扭力 Cpk ≥ 1.33。", "implementation[0].result", span="F9")
    lv(
        s,
        "A10",
        "D7 預防再發",
        "B10",
        "同類轉軸橫向展開至 3 個機種。",
        "prevention.horizontal_deployment",
        span="F10",
    )
    lv(s, "A11", "D8 結案日期", "B11", "2026/04/22", "closure.closed_date", expect="2026-04-22")
    label(s, "C11", "核准")
    s.box("D11")
    absent(s, "核准", "D11", "", "closure.approved_by")


def eightd_en_stamp(s: Sheet) -> None:
    """A supplier corrective action request (SCAR) answered in 8D form: quantities and the part
    number typed with a LEADING APOSTROPHE, the SIGNATURE BLOCK at the foot with the plant's
    stamp image pasted over the approver's name."""
    s.text("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (8D)", "D1", size=13)
    lv(s, "A2", "SCAR No.", "B2", "SCAR-EU-26-0117", "number")
    lv(s, "C2", "Issue date", "D2", "17-Mar-2026", "opened_date", expect="2026-03-17")
    lv(s, "A3", "Customer", "B3", "Bosch Siemens Hausgeräte (Nanjing)", "customer")
    lv(s, "C3", "Part number", "D3", "0072215", "part_no")
    quoted(s, "D3")
    lv(s, "A4", "Defective qty", "B4", "86", "problem.qty_complained", expect=86)
    quoted(s, "B4")
    lv(s, "C4", "Qty delivered", "D4", "4000", "problem.qty_delivered", expect=4000)
    quoted(s, "D4")
    lv(s, "A5", "D1 Team", "B5", "Zhou Bin; Anna Keller; Liu Fang", None, span="D5")
    members(s, "D1 Team", "B5", "Zhou Bin; Anna Keller; Liu Fang", ("Zhou Bin", "Anna Keller", "Liu Fang"))
    lv(
        s,
        "A6",
        "D2 Problem description",
        "B6",
        "Door hinge screw thread stripped; 86 pcs at line.",
        "problem.statement",
        span="D6",
    )
    lv(
        s,
        "A7",
        "D3 Interim containment",
        "B7",
        "Sorted 2,400 pcs in stock, 9 rejected.",
        "containment[0].action",
        span="D7",
    )
    lv(
        s,
        "A8",
        "D4 Root cause",
        "B8",
        "Thread rolling die past its service life.",
        "root_cause[type=occurrence].cause",
        span="D8",
    )
    lv(
        s,
        "A9",
        "D5 Permanent corrective action",
        "B9",
        "Die changed every 150k pcs; go/no-go gauge each hour.",
        "corrective_actions[0].action",
        span="D9",
    )
    s.text("A11", "Prepared by", bold=True)
    s.text("C11", "Approved by (QA Manager)", bold=True)
    s.value("A12", "Zhou Bin", path=None, label="Prepared by")
    s.value("C12", "Wang Lei", path="closure.approved_by", label="Approved by (QA Manager)")
    s.text("A13", "Date", bold=True)
    s.text("C13", "Date", bold=True)
    s.value("D13", "2026-04-20", path="closure.closed_date", label="Approved by … Date")
    s.height(12, 40)
    stamp(s, "C12")


# =============================================================================== return
def return_zh_kingdee(s: Sheet) -> None:
    """金蝶 K/3 销售退货单 printed to Excel: the header block (单据编号, 日期, 购货单位, 源单号),
    the line table (物料代码, 物料名称, 规格型号, 单位, 实退数量, 单价, 金额) with a 合计 line,
    the footer 制单 / 审核 / 业务员 / 保管 (保管 empty)."""
    s.text("A1", "销售退货单", "G1", size=15)
    plain(s, "A2", "金蝶K/3 WISE", "B2")
    label(s, "A3", "单据编号:")
    s.value("B3", pick(s, "XSTH000318", "XSTH000402"), path="number", label="单据编号:")
    label(s, "C3", "日期:")
    d = pick(s, D(2026, 3, 19), D(2026, 4, 24))
    s.value("D3", d, path="issue_date", label="日期:", fmt="yyyy-mm-dd")
    label(s, "E3", "源单号:")
    s.value("F3", pick(s, "KS-2603-017", "KS-2604-005"), path="complaint_number", label="源单号:", span="G3")
    label(s, "A4", "购货单位:")
    s.value(
        "B4",
        pick(s, "格力电器（合肥）有限公司", "美的集团武汉制冷设备有限公司"),
        path="customer",
        label="购货单位:",
        span="D4",
    )
    label(s, "E4", "退货原因:")
    s.value("F4", pick(s, "减震垫硬度超差", "风叶动平衡超差"), path="reason", label="退货原因:", span="G4")
    heads = ("物料代码", "物料名称", "规格型号", "单位", "实退数量", "单价", "金额")
    head_row(s, 5, "ABCDEFG", heads)
    lines = pick(
        s,
        [("3.01.0452", "压缩机减震垫", "Φ32×12 NBR", "PCS", 186, 2.35)],
        [
            ("3.02.1107", "贯流风叶", "Φ98×640", "PCS", 52, 18.6),
            ("3.02.1108", "风叶轴套", "Φ8", "PCS", 52, 0.9),
        ],
    )
    total = 0.0
    for i, (code, name, spec, unit, q, p) in enumerate(lines):
        r = 6 + i
        a = round(q * p, 2)
        total += a
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="物料代码")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="物料名称")
        s.value(f"C{r}", spec, path=None, label="规格型号")
        s.value(f"D{r}", unit, path=f"items[{i}].unit", label="单位")
        s.value(f"E{r}", q, path=f"items[{i}].qty_returned", label="实退数量", fmt="#,##0.00")
        s.value(f"F{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="#,##0.0000")
        s.value(f"G{r}", a, path=f"items[{i}].amount", label="金额", expect=money(a), fmt="#,##0.00")
    r = 6 + len(lines)
    s.text(f"A{r}", "合计", f"D{r}", bold=True)
    s.value(f"G{r}", round(total, 2), path=None, label="合计", fmt="#,##0.00")
    r += 1
    for col, (lab, name, path) in zip(
        "ACEG",
        (
            ("制单:", "韩雪", None),
            ("审核:", pick(s, "蒋海波", "戴振华"), "approved_by"),
            ("业务员:", "韩雪", None),
            ("保管:", "", "warehouse_receiver"),
        ),
    ):
        s.text(f"{col}{r}", lab, bold=True)
    s.value(f"B{r}", "韩雪", path=None, label="制单:")
    s.value(f"D{r}", pick(s, "蒋海波", "戴振华"), path="approved_by", label="审核:")
    s.value(f"F{r}", "韩雪", path=None, label="业务员:")
    s.box(f"H{r}")
    absent(s, "保管:", f"H{r}", "", "warehouse_receiver")


def return_zht_hidden(s: Sheet) -> None:
    """退貨單 whose HIDDEN COLUMNS keep the old quantity and price (the clerk hid them instead
    of deleting them), the date pasted as an EXCEL SERIAL stored as text."""
    s.text("A1", "退貨單", "G1", size=15)
    lv(s, "A2", "退貨單號", "B2", "RT-115-0325", "number", span="C2")
    d = D(2026, 3, 25)
    lv(s, "D2", "退貨日期", "E2", str(excel_serial(d)), "issue_date", expect=d.isoformat(), span="G2")
    as_text_serial(s, "E2")
    lv(s, "A3", "客戶", "B3", "仁寶電腦工業股份有限公司", "customer", span="C3")
    lv(s, "D3", "客訴單號", "E3", "CS-115-0308", "complaint_number", span="G3")
    heads = ("料號", "品名", "數量(舊)", "數量", "單價(舊)", "單價", "金額")
    head_row(s, 4, "ABCDEFG", heads)
    lines = [("00451207", "散熱風扇框架", 400, 360, 11.8, 12.5), ("00451299", "風扇葉輪", 400, 360, 6.0, 6.2)]
    for i, (code, name, q_old, q, p_old, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料號")
        quoted(s, f"A{r}")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", q_old, path=None, label="數量(舊)")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="數量")
        s.value(f"E{r}", p_old, path=None, label="單價(舊)", fmt="#,##0.00")
        s.value(f"F{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p), fmt="#,##0.00")
        s.value(
            f"G{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="金額",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    hide_col(s, "C")
    hide_col(s, "E")
    lv(s, "A7", "退貨原因", "B7", "框架卡勾斷裂，整批退回重工。", "reason", span="G7")
    lv(s, "A8", "倉管簽收", "B8", "鍾佩珊", "warehouse_receiver", span="C8")
    lv(s, "D8", "經理", "E8", "賴俊宏", "approved_by", span="G8")


def return_en_thai(s: Sheet) -> None:
    """A Thai plant's bilingual Return Material Authorization (Thai above English in each label),
    the handling chosen in a ■/□ row."""
    s.text("A1", "ใบคืนสินค้า / RETURN MATERIAL AUTHORIZATION", "E1", size=13)
    lv(s, "A2", "เลขที่ / RMA No.", "B2", "RMA-TH-2603-029", "number")
    lv(s, "C2", "วันที่ / Date", "D2", "2026-03-27", "issue_date", span="E2")
    lv(s, "A3", "ลูกค้า / Customer", "B3", "Hana Microelectronics PCL", "customer")
    lv(s, "C3", "อ้างอิง / Complaint Ref.", "D3", "CCR-2603-044", "complaint_number", span="E3")
    heads = ("รหัส / Part No.", "รายการ / Description", "จำนวน / Qty", "ราคา / Unit Price", "รวม / Amount")
    head_row(s, 4, "ABCDE", heads)
    lines = [("TH-SHD-3301", "Shield can, tin plated", 1500, 0.42), ("TH-SHD-3302", "Shield lid", 1500, 0.18)]
    for i, (code, name, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label=heads[2], fmt="#,##0")
        s.value(f"D{r}", p, path=f"items[{i}].unit_price", label=heads[3], expect=money(p), fmt="0.00")
        s.value(
            f"E{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label=heads[4],
            expect=money(q * p),
            fmt="#,##0.00",
        )
    lv(
        s,
        "A7",
        "สาเหตุ / Reason",
        "B7",
        "Solderability failure, dewetting on 1,500 sets.",
        "reason",
        span="E7",
    )
    opts = ["Rework", "Scrap", "Replace"]
    lv(
        s,
        "A8",
        "การดำเนินการ / Disposition",
        "B8",
        marks(opts, {"Replace"}, "■", "□"),
        "handling",
        expect=["replace"],
        span="E8",
        blank_text=marks(opts, set(), "■", "□"),
    )
    lv(s, "A9", "ผู้รับ / Received by", "B9", "Somchai Wongsakul", "warehouse_receiver")
    lv(s, "C9", "อนุมัติ / Approved", "D9", "Pranee Chaiyaporn", "approved_by", span="E9")


# =============================================================================== allowance
def allowance_zh_qianyuan(s: Sheet) -> None:
    """销售折让审批表 with every amount in 千元 (``金额单位：千元`` in the heading), the tax rate
    chosen in a ☑/☐ row."""
    s.text("A1", "销售折让审批表", "E1", size=15)
    plain(s, "D2", "金额单位：千元", "E2")
    lv(s, "A3", "编号", "B3", pick(s, "ZR-HF-2603-12", "ZR-HF-2604-07"), "number")
    d = pick(s, D(2026, 3, 30), D(2026, 4, 28))
    lv(s, "C3", "申请日期", "D3", d, "issue_date", span="E3")
    lv(s, "A4", "购买方", "B4", pick(s, "格力电器（合肥）有限公司", "美的集团武汉制冷设备有限公司"), "buyer")
    lv(s, "C4", "原发票号码", "D4", pick(s, "34002611", "42003518"), "invoice_no", span="E4")
    lv(s, "A5", "客诉编号", "B5", pick(s, "KS-2603-017", "KS-2604-005"), "complaint_number")
    rate = "13%"
    lv(
        s,
        "C5",
        "税率",
        "D5",
        marks(["13%", "9%", "6%"], {rate}, "☑", "☐"),
        "tax_rate",
        expect="0.13",
        span="E5",
        blank_text=marks(["13%", "9%", "6%"], set(), "☑", "☐"),
    )
    heads = ("货物名称", "数量", "折让金额", "税额")
    head_row(s, 6, "ABCD", heads)
    lines = pick(s, [("压缩机减震垫", 20000, 12.0), ("减震垫衬套", 20000, 3.5)], [("贯流风叶", 6000, 8.0)])
    net = tax = 0
    for i, (name, q, k) in enumerate(lines):  # k: the allowance in 千元
        r = 7 + i
        t = round(k * 0.13, 3)
        net, tax = net + k, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量", fmt="#,##0")
        s.value(
            f"C{r}",
            k,
            path=f"items[{i}].allowance_amount",
            label="折让金额",
            expect=money(k * 1000),
            fmt="0.000",
        )
        s.value(f"D{r}", t, path=f"items[{i}].tax", label="税额", expect=money(t * 1000), fmt="0.000")
    r = 7 + len(lines)
    lv(s, f"A{r}", "合计", f"C{r}", round(net, 3), "total_excl_tax", expect=money(net * 1000), fmt="0.000")
    s.value(
        f"D{r}", round(tax, 3), path="total_tax", label="合计 税额", expect=money(tax * 1000), fmt="0.000"
    )
    lv(
        s,
        f"A{r + 1}",
        "价税合计",
        f"C{r + 1}",
        round(net + tax, 3),
        "total",
        expect=money((net + tax) * 1000),
        fmt="0.000",
    )
    lv(s, f"A{r + 2}", "经理", f"B{r + 2}", "戴振华", "approved_by_manager")
    lv(s, f"C{r + 2}", "总经理", f"D{r + 2}", "邵光明", "approved_by_gm", span=f"E{r + 2}")


def allowance_en_sap(s: Sheet) -> None:
    """An SAP credit memo printout (billing type G2) saved to Excel: Billing Document, Payer,
    Reference, the item table (Item, Material, Description, Billed Qty, Net Value, Tax), the
    totals (Net value, Output tax 13%, Total value) and Created by / Released by."""
    s.text("A1", "CREDIT MEMO", "F1", size=14)
    lv(s, "A2", "Billing Document", "B2", "90012877", "number")
    quoted(s, "B2")
    lv(s, "C2", "Billing Date", "D2", "31.03.2026", "issue_date", expect="2026-03-31", span="F2")
    lv(s, "A3", "Payer", "B3", "Schaeffler (Taicang) Co., Ltd.", "buyer", span="F3")
    lv(s, "A4", "Tax Number", "B4", "91320585608290512K", "buyer_tax_id")
    lv(s, "C4", "Reference", "D4", "26322000000044318875", "invoice_no", span="F4")
    heads = ("Item", "Material", "Description", "Billed Qty", "Net Value", "Tax 13%")
    head_row(s, 5, "ABCDEF", heads)
    lines = [
        ("10", "TC-SLV-2041", "Bearing sleeve", 3000, 1.2),
        ("20", "TC-RNG-0988", "Retaining ring", 3000, 0.35),
    ]
    net = tax = 0.0
    for i, (item, mat, desc, q, p) in enumerate(lines):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", item, path=None, label="Item")
        s.value(f"B{r}", mat, path=None, label="Material")
        s.value(f"C{r}", desc, path=f"items[{i}].name", label="Description")
        s.value(f"D{r}", f"{q:,} PC", path=f"items[{i}].qty", label="Billed Qty", expect=q)
        s.value(
            f"E{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="Net Value",
            expect=money(a),
            fmt="#,##0.00",
        )
        s.value(f"F{r}", t, path=f"items[{i}].tax", label="Tax 13%", expect=money(t), fmt="#,##0.00")
    lv(
        s,
        "D9",
        "Net value",
        "E9",
        round(net, 2),
        "total_excl_tax",
        expect=money(net),
        fmt="#,##0.00",
        span="F9",
    )
    lv(
        s,
        "D10",
        "Output tax",
        "E10",
        round(tax, 2),
        "total_tax",
        expect=money(tax),
        fmt="#,##0.00",
        span="F10",
    )
    lv(
        s,
        "D11",
        "Total value CNY",
        "E11",
        round(net + tax, 2),
        "total",
        expect=money(net + tax),
        fmt="#,##0.00",
        span="F11",
    )
    lv(s, "A12", "Created by", "B12", "CHENXL", None)
    lv(s, "A13", "Released by", "B13", "Michael Braun", "approved_by_manager")


W4 = dict(A=14, B=26, C=14, D=26)
W5 = dict(A=16, B=22, C=12, D=14, E=14)
W7 = dict(A=12, B=16, C=14, D=12, E=12, F=12, G=12, H=10)
EXCEL = [
    excel_layout(
        "complaint-zh-cover",
        "complaint",
        "zh-Hans",
        complaint_zh_cover,
        "投诉单",
        W4,
        "客户投诉处理单 on the sheet after a 填写说明 sheet; a hidden row with the first count; ☑/☐ severity; 万元",
        copy2=True,
    ),
    excel_layout(
        "complaint-zh-dingtalk",
        "complaint",
        "zh-Hans",
        complaint_zh_dingtalk,
        "Sheet1",
        {},
        "a DingTalk approval export: one header row, one row per approval, the complaint's fields as columns",
        ["审批编号", "标题", "审批状态", "审批结果", "完成时间", "发起人部门", "历史审批人姓名", "审批记录"],
        copy2=True,
    ),
    excel_layout(
        "complaint-zht-fullwidth",
        "complaint",
        "zh-Hant",
        complaint_zht_fullwidth,
        "客訴",
        W4,
        "客訴處理單 typed in full-width mode; an Excel serial pasted as text; codes with a leading apostrophe",
    ),
    excel_layout(
        "complaint-en-third",
        "complaint",
        "en",
        complaint_en_third,
        "CCR",
        W4,
        "Customer Complaint Report on the third sheet after Revision History and Instructions; ■/□ requests",
    ),
    excel_layout(
        "8d-zh-nikkei",
        "8d",
        "zh-Hans",
        eightd_zh_japanese,
        "対策書",
        dict(A=8, B=14, C=20, D=14, E=14),
        "不具合対策報告書 of a Japanese-owned plant: kanji labels, vertical label columns",
        copy2=True,
    ),
    excel_layout(
        "8d-zht-landscape",
        "8d",
        "zh-Hant",
        eightd_zht_landscape,
        "8D",
        dict(A=14, B=20, C=12, D=24, E=10, F=20),
        "8D 問題解決報告 in landscape printed on two pages (a page break after D4)",
    ),
    excel_layout(
        "8d-en-stamp",
        "8d",
        "en",
        eightd_en_stamp,
        "SCAR",
        W4,
        "SCAR answered in 8D: apostrophe numbers, a signature block with a stamp image over the name",
    ),
    excel_layout(
        "return-zh-kingdee",
        "return",
        "zh-Hans",
        return_zh_kingdee,
        "销售退货单",
        W7,
        "金蝶 K/3 销售退货单 printout: header block, line table, 制单/审核/业务员/保管 footer",
        ["规格型号", "制单:", "业务员:"],
        copy2=True,
    ),
    excel_layout(
        "return-zht-hidden",
        "return",
        "zh-Hant",
        return_zht_hidden,
        "退貨",
        W7,
        "退貨單 with hidden columns holding the old quantity and price; a serial date as text",
        ["數量(舊)", "單價(舊)"],
    ),
    excel_layout(
        "return-en-thai",
        "return",
        "en",
        return_en_thai,
        "RMA",
        W5,
        "a Thai plant's bilingual (Thai / English) RMA, the disposition in a ■/□ row",
    ),
    excel_layout(
        "allowance-zh-qianyuan",
        "allowance",
        "zh-Hans",
        allowance_zh_qianyuan,
        "折让",
        W5,
        "销售折让审批表 with amounts in 千元, the tax rate in a ☑/☐ row",
        copy2=True,
    ),
    excel_layout(
        "allowance-en-sap",
        "allowance",
        "en",
        allowance_en_sap,
        "Credit Memo",
        dict(A=16, B=20, C=20, D=14, E=14, F=12),
        "SAP credit memo printout: Billing Document, Payer, Reference, Net value / Output tax",
        ["Item", "Material", "Created by"],
    ),
]


# =============================================================================== sent as PDF only
_CSS = (
    "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:92%}"
    "th,td{border:1px solid #444;padding:4px}th{background:#f0f0f0;text-align:left;width:30%}"
    "p{margin:6px 10px}.flow td{border:none;border-left:2px solid #3b7;padding-left:10px}"
    ".head{background:#f6f6f6;padding:8px 10px}.muted{color:#888}"
)


def complaint_zh_wechat(f: HtmlForm) -> str:
    """A WeChat Work (企业微信) approval printed to PDF: the complaint as an approval record —
    审批编号, 申请人, 提交时间, the form's fields, then 审批流程 with each approver's name,
    decision, time and comment."""
    n = pick(f, "202603171021000041", "202604200935000077")
    t = pick(f, "2026-03-17 10:21", "2026-04-20 09:35")
    f.raw(f'<div class="head"><b>客诉登记</b> <span class="muted">审批编号 {n}</span></div>')
    kv(
        f,
        [
            ("申请人", "邹凯", "reporter", None),
            ("所在部门", "销售一部", None, None),
            ("提交时间", t, "received_date", t[:10]),
            ("客户名称", pick(f, "比亚迪汽车工业有限公司", "长城汽车股份有限公司"), "customer", None),
            ("订单号", pick(f, "PO-BYD-260288", "PO-GW-260415"), "order_no", None),
            ("产品型号", pick(f, "ZK-CLP-0560", "ZK-BRK-1120"), "part_no", None),
            ("出货日期", pick(f, "2026-03-02", "2026-04-08"), "ship_date", None),
            ("出货数量", pick(f, "15000", "4000"), "ship_qty", pick(f, 15000, 4000)),
            ("不良数量", pick(f, "310", "55"), "defect_qty", pick(f, 310, 55)),
            (
                "问题描述",
                pick(f, "线束卡扣断裂，装车时脱落 310 件。", "支架焊缝虚焊 55 件。"),
                "description",
                None,
            ),
            ("客户诉求", "换货", "customer_request", ["replacement"]),
        ],
    )
    f.raw('<p><b>审批流程</b></p><table class="flow">')
    f.raw(f'<tr><td>邹凯 发起申请 <span class="muted">{t}</span></td></tr>')
    f.raw(
        "<tr><td>业务主管 "
        + f.val("任志刚", path="sales_supervisor", label="业务主管")
        + f' 已同意 <span class="muted">{pick(f, "2026-03-17 14:02", "2026-04-20 11:48")}</span>'
        "<br>审批意见：同意，请品保部 3 天内回复 8D。</td></tr>"
    )
    f.raw("<tr><td>品保经理 谭立新 审批中</td></tr></table>")
    return f.page("客诉登记 - 企业微信", _CSS)


def eightd_zh_vietnam(f: HtmlForm) -> str:
    """A Vietnamese plant's bilingual 8D (BÁO CÁO 8D / 8D报告): each label Vietnamese above
    Chinese, values in Chinese with Vietnamese names."""
    f.raw("<h2>BÁO CÁO 8D / 8D报告</h2>")
    kv(
        f,
        [
            ("Số báo cáo / 报告编号", "8D-BN-2603-06", "number", None),
            ("Ngày mở / 开立日期", "19/03/2026", "opened_date", "2026-03-19"),
            ("Khách hàng / 客户", "三星电子越南（北宁）", "customer", None),
            ("Mã hàng / 料号", "BN-FPC-2210", "part_no", None),
            ("Số lượng lỗi / 不良数量", "420", "problem.qty_complained", 420),
            (
                "D2 Mô tả vấn đề / 问题描述",
                "FPC 金手指氧化，三星贴合后接触不良 420 件。",
                "problem.statement",
                None,
            ),
            (
                "D3 Biện pháp tạm thời / 临时对策",
                "在库 9,000 件全检外观及阻抗。",
                "containment[0].action",
                None,
            ),
            (
                "D4 Nguyên nhân / 根本原因",
                "包装未放干燥剂，运输受潮。",
                "root_cause[type=occurrence].cause",
                None,
            ),
            (
                "D5 Biện pháp khắc phục / 永久对策",
                "真空包装加干燥剂及湿度卡。",
                "corrective_actions[0].action",
                None,
            ),
            ("D8 Ngày đóng / 结案日期", "23/04/2026", "closure.closed_date", "2026-04-23"),
            ("Phê duyệt / 核准", "Nguyễn Văn Hùng", "closure.approved_by", None),
        ],
    )
    f.raw("<table><tr><th>Thành viên nhóm / 小组成员</th></tr>")
    for n in ("Trần Thị Mai", "郑国安", "Lê Quang Minh"):
        f.raw(f"<tr><td>{f.val(n, path='team[*].name', label='Thành viên nhóm / 小组成员')}</td></tr>")
    f.raw("</table>")
    return f.page("BÁO CÁO 8D", _CSS)


def return_zh_yonyou(f: PdfDraw) -> None:
    """用友 U8 销售退货单 printed by the ERP: header block in three columns, a ruled line table,
    the footer 制单人 / 审核人 with the 财务专用章 stamp (red ring and text) over 审核人's name."""
    f = CjkDraw.of(f)
    pdf = f.pdf
    f.text(85, 16, "销售退货单", size=14)
    head = [
        (15, 28, "单据号", "TH-U8-0000461", "number", None),
        (80, 28, "单据日期", "2026-03-31", "issue_date", None),
        (145, 28, "部门", "销售一部", None, None),
        (15, 36, "客户", "比亚迪汽车工业有限公司", "customer", None),
        (80, 36, "", "", None, None),
        (145, 36, "业务员", "邹凯", None, None),
        (15, 44, "退货原因", "线束卡扣断裂", "reason", None),
        (145, 44, "来源单号", "202603171021000041", "complaint_number", None),
    ]
    for x, y, lab, raw, path, exp in head:
        if lab:
            f.text(x, y, lab + "：")
            f.value(x + 18, y, raw, path=path, label=lab, expect=exp)
    cols = (
        (15, "存货编码"),
        (50, "存货名称"),
        (90, "主计量"),
        (110, "数量"),
        (135, "无税单价"),
        (165, "无税金额"),
    )
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(13, 50, 184, 34)
    pdf.line(13, 58, 197, 58)
    for x, h in cols:
        f.text(x, 55.5, h)
    lines = [("ZK-CLP-0560", "线束卡扣", "个", 310, 0.86), ("ZK-CLP-0561", "卡扣底座", "个", 310, 0.54)]
    total = 0.0
    for i, (code, name, unit, q, p) in enumerate(lines):
        y = 64 + 7 * i
        a = round(q * p, 2)
        total += a
        f.value(15, y, code, path=f"items[{i}].part_no", label="存货编码")
        f.value(50, y, name, path=f"items[{i}].part_name", label="存货名称")
        f.value(90, y, unit, path=f"items[{i}].unit", label="主计量")
        f.value(110, y, f"{q:.2f}", path=f"items[{i}].qty_returned", label="数量", expect=q)
        f.value(135, y, f"{p:.4f}", path=f"items[{i}].unit_price", label="无税单价", expect=money(p))
        f.value(165, y, f"{a:.2f}", path=f"items[{i}].amount", label="无税金额", expect=money(a))
    f.text(15, 81, "合计")
    f.value(110, 81, "620.00", path=None, label="合计 数量")
    f.value(165, 81, f"{total:.2f}", path=None, label="合计 无税金额")
    f.text(15, 94, "制单人：")
    f.value(32, 94, "邹凯", path=None, label="制单人")
    f.text(80, 94, "审核人：")
    f.value(97, 94, "谭立新", path="approved_by", label="审核人")
    f.text(145, 94, "仓库签收：")
    f.value(165, 94, "罗永红", path="warehouse_receiver", label="仓库签收")
    if not f.blank:  # the red stamp over 审核人's name
        pdf.set_draw_color(210, 30, 30)
        pdf.set_line_width(0.8)
        pdf.ellipse(88, 82, 24, 24)
        pdf.set_text_color(210, 30, 30)
        f.text(91.5, 95.5, "财务专用章", size=6)
        pdf.set_text_color(0, 0, 0)
        pdf.set_line_width(0.2)


def allowance_zht_landscape(f: PdfDraw) -> None:
    """營業人銷貨退回進貨退出或折讓證明單 drawn in LANDSCAPE by an invoicing package, its item
    lines running onto PAGE 2 (the totals and 經理 there), 課稅別 chosen with ■/□."""
    if FPDF is not None:
        f.pdf = FPDF(orientation="L", format="A4")
        f.pdf.set_creation_date(dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
        f.pdf.set_auto_page_break(False)
        f.pdf.add_page()
    f = CjkDraw.of(f)
    pdf = f.pdf
    f.text(95, 16, "營業人銷貨退回進貨退出或折讓證明單", size=14)
    head = [
        (20, 28, "證明單號碼", "ZR-TY-115-0331", "number", None),
        (150, 28, "開立日期", "2026年3月31日", "issue_date", "2026-03-31"),
        (20, 36, "買受人", "和碩聯合科技股份有限公司", "buyer", None),
        (150, 36, "統一編號", "84149961", "buyer_tax_id", None),
    ]
    for x, y, lab, raw, path, exp in head:
        f.text(x, y, lab + "：")
        f.value(x + 24, y, raw, path=path, label=lab, expect=exp)
    f.text(20, 44, "課稅別：■應稅　□零稅率　□免稅")
    cols = (
        (20, "原發票號碼"),
        (60, "品名"),
        (120, "數量"),
        (145, "單價"),
        (175, "金額(不含稅)"),
        (215, "營業稅額"),
    )

    def header(y):
        for x, h in cols:
            f.text(x, y, h)
        pdf.line(18, y + 2, 280, y + 2)

    header(54)
    lines = [
        ("QX-30261188", "轉軸彈片", 2000, 1.6),
        ("QX-30261188", "轉軸墊圈", 2000, 0.45),
        ("QX-30261188", "轉軸蓋", 1000, 2.2),
        ("QX-30261188", "軸套", 1000, 0.8),
    ]
    net = tax = 0.0
    y = 62
    for i, (inv, name, q, p) in enumerate(lines):
        if i == 3:  # the rest on page 2, under the repeated heading
            pdf.add_page()
            f.text(95, 16, "營業人銷貨退回進貨退出或折讓證明單（續）", size=12)
            header(26)
            y = 34
        a, t = round(q * p, 2), round(q * p * 0.05, 2)
        net, tax = net + a, tax + t
        f.value(20, y, inv, path="invoice_no" if i == 0 else None, label="原發票號碼")
        f.value(60, y, name, path=f"items[{i}].name", label="品名")
        f.value(120, y, f"{q:,}", path=f"items[{i}].qty", label="數量", expect=q)
        f.value(145, y, f"{p:.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        f.value(
            175, y, f"{a:,.2f}", path=f"items[{i}].allowance_amount", label="金額(不含稅)", expect=money(a)
        )
        f.value(215, y, f"{t:,.2f}", path=f"items[{i}].tax", label="營業稅額", expect=money(t))
        y += 8
    f.text(120, y + 4, "合計")
    f.value(175, y + 4, f"{net:,.2f}", path="total_excl_tax", label="合計", expect=money(net))
    f.value(215, y + 4, f"{tax:,.2f}", path="total_tax", label="合計 營業稅額", expect=money(tax))
    f.text(20, y + 16, "經理：")
    f.value(34, y + 16, "杜志偉", path="approved_by_manager", label="經理")
    f.text(150, y + 16, "買受人蓋章：")


SENT_AS_PDF = [
    dict(
        id="complaint-zh-wechat",
        kind="complaint",
        language="zh-Hans",
        medium="html",
        draw=complaint_zh_wechat,
        copy2=True,
        imitates="a WeChat Work approval record printed to PDF: 审批编号, 申请人, 审批流程",
        unmapped=["所在部门"],
    ),
    dict(
        id="8d-zh-vietnam",
        kind="8d",
        language="zh-Hans",
        medium="html",
        draw=eightd_zh_vietnam,
        imitates="a Vietnamese plant's bilingual 8D (Vietnamese / Chinese labels)",
        unmapped=[],
    ),
    dict(
        id="return-zh-yonyou",
        kind="return",
        language="zh-Hans",
        medium="fpdf",
        draw=return_zh_yonyou,
        imitates="用友 U8 销售退货单 printout: three-column header, ruled lines, a stamp over 审核人",
        unmapped=["部门", "业务员", "制单人"],
    ),
    dict(
        id="allowance-zht-landscape",
        kind="allowance",
        language="zh-Hant",
        medium="fpdf",
        draw=allowance_zht_landscape,
        imitates="營業人銷貨退回…折讓證明單 in landscape, its lines continued on page 2, 課稅別 ■/□",
        unmapped=["課稅別"],
    ),
]


# =============================================================================== odd files
ODD = {
    "complaint-xlsb-renamed.xlsx": "an Excel binary workbook (.xlsb, xl/workbook.bin) a colleague renamed .xlsx; no XML sheets to read; a clear error that says to save it as .xlsx, never a record",
    "return-chartsheet.xlsx": "a workbook whose only sheet is a chart sheet (the clerk sent the chart of returns, not the form); no cells to read; a clear error, never a record",
}


_XLSB_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
    '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
    "</Types>"
)
_XLSB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>'
    "</Relationships>"
)


def _xlsb_renamed() -> bytes:
    """An Excel binary workbook (``.xlsb``: a zip of BIFF12 records, ``xl/workbook.bin``) renamed
    ``.xlsx``; the record bodies are opaque bytes, as no XML reader can use them anyway."""
    parts = {
        "[Content_Types].xml": _XLSB_TYPES.encode(),
        "_rels/.rels": _XLSB_RELS.encode(),
        "xl/workbook.bin": bytes((i * 29 + 3) % 256 for i in range(512)),
        "xl/worksheets/sheet1.bin": bytes((i * 53 + 7) % 256 for i in range(2048)),
    }
    return zip_bytes(parts)


def _chartsheet_only() -> bytes:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart

    wb = Workbook()
    data = wb.active
    data.title = "data"
    cs = wb.create_chartsheet("退货统计")
    chart = BarChart()
    chart.title = "2026年3月退货数量"
    cs.add_chart(chart)
    wb.remove(data)
    return workbook_bytes(wb, dt.datetime(2026, 3, 31, 18, 0))


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd_expected(out, ODD)
    (out / "odd" / "complaint-xlsb-renamed.xlsx").write_bytes(_xlsb_renamed())
    (out / "odd" / "return-chartsheet.xlsx").write_bytes(_chartsheet_only())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "fifteenth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
