"""Write the sixteenth held-out set (run: ``python tests/holdout16/make_holdout16.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: a KOREAN-OWNED plant's forms (Korean–Chinese and Korean–English
labels: 고객사, 불량, 대책), label / value pairs in FOUR COLUMNS with a label on the right half that
is a SYNONYM of one on the left (顧客代碼 beside 客戶), the SAME LABELS IN TWO SECTIONS (客户信息 /
供应商信息, 買受人 / 銷售人: 名称, 联系人, 电话 each twice — the section decides), a DATE SPLIT OVER
CELLS (``2026`` 年 ``3`` 月 ``5`` 日), a label and its value on TWO LINES OF ONE CELL (Alt+Enter),
VERTICAL LABEL TEXT (one character per line, text rotated to stacked), 8D steps laid out as
COLUMNS (D1 … D8 across the sheet), NEGATIVE AMOUNTS IN PARENTHESES with CURRENCY SYMBOLS (¥,
NT$, US$, RMB), a PERCENTAGE stored as 0.13 formatted ``0%``, US DATES (``03/05/2026``) on an
English form whose footer names the date format, an E-MAIL BODY pasted into one column
(``Customer: …`` lines), a GOOGLE SHEETS export (no styles, gridlines only), a DATA-VALIDATION
DROP-DOWN cell holding one of its list, RICH TEXT cells (label bold, value plain in one cell);
sent as PDF only: a page stored ROTATED 90° (``/Rotate``) and a 2-UP print (two pages on one
sheet). ``odd/`` holds an Apple Numbers file renamed ``.xlsx`` and a workbook whose only sheet is
a macro sheet template emptied by the clerk (no cells at all).

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2
(``--no-pdf`` skips them; ``--out DIR`` writes elsewhere).
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
    choices,
    excel_layout,
    field,
    head_row,
    kv,
    label,
    lv,
    members,
    money,
    odd_expected,
    pick,
    plain,
    run,
    workbook_bytes,
    zip_bytes,
)

D = dt.date
SOURCE = dict(origin="sixteenth held-out imitation", source="tests/holdout16/make_holdout16.py")


def two_lines(s: Sheet, ref: str, lab: str, raw, path: str | None, expect=None, span=None) -> None:
    """Label and value typed in ONE cell on two lines (Alt+Enter): ``客戶名稱\\n友達光電``."""
    s.value(ref, raw, path=path, label=lab, expect=expect, prefix=f"{lab}\n", span=span, blank_text=lab)
    if not s.blank and path and s.fields and s.fields[-1]["path"] == path:
        s.fields[-1]["note"] = "label and value in one cell, on two lines (Alt+Enter)"


def rich(s: Sheet, ref: str, lab: str, raw: str, path: str | None, expect=None, span=None) -> None:
    """A rich-text cell: the label's run bold, the typed value's run plain (one cell)."""
    s.value(ref, raw, path=path, label=lab, expect=expect, span=span)
    if s.blank:
        s.ws[ref].value = CellRichText([TextBlock(InlineFont(b=True), lab)])
        return
    s.ws[ref].value = CellRichText([TextBlock(InlineFont(b=True), lab), TextBlock(InlineFont(b=False), raw)])
    if path and s.fields and s.fields[-1]["path"] == path:
        s.fields[-1]["value"] = f"{lab}{raw}"
        s.fields[-1]["note"] = "rich text: label bold, value plain in the same cell"


def vertical(s: Sheet, ref: str, text: str, span: str, stacked: bool = False) -> None:
    """A section label written vertically: one character per line, or rotated to stacked text."""
    s.text(ref, text if stacked else "\n".join(text), span, bold=True, shade=True, center=True)
    if stacked:
        s.ws[ref].alignment = Alignment(textRotation=255, horizontal="center", vertical="center")


def split_date(s: Sheet, row: int, cols: str, d: dt.date, lab: str, path: str, era: int = 0) -> None:
    """A date typed into three cells between pre-printed 年 / 月 / 日 (``2026`` 年 ``3`` 月 ``5`` 日)."""
    y, ycol, mcol, dcol = d.year - era, cols[0], cols[2], cols[4]
    for col, part in ((ycol, y), (mcol, d.month), (dcol, d.day)):
        s.box(f"{col}{row}")
        if not s.blank:
            s.ws[f"{col}{row}"].value = part
    for col, word in zip(cols[1::2], "年月日"):
        s.ws[f"{col}{row}"].value = word
    field(s, lab, f"{ycol}{row}:{cols[5]}{row}", f"{y}年{d.month}月{d.day}日", path, d.isoformat())


# =============================================================================== complaint
def complaint_zh_sections(s: Sheet) -> None:
    """客户投诉处理单 with the SAME LABELS IN TWO SECTIONS: 一、客户信息 and 二、供应商信息 each hold
    名称 / 联系人 / 电话 (the section decides: the customer is the first 名称); the received date
    SPLIT OVER CELLS (``2026`` 年 ``3`` 月 ``5`` 日)."""
    s.text("A1", "客户投诉处理单", "H1", size=15)
    lv(s, "A2", "投诉编号", "B2", pick(s, "TS-2603-0052", "TS-2604-0117"), "number", span="D2")
    label(s, "E2", "受理日期")
    split_date(s, 2, "FGHIJK", pick(s, D(2026, 3, 5), D(2026, 4, 16)), "受理日期", "received_date")
    s.text("A3", "一、客户信息", "K3", bold=True, shade=True)
    lv(
        s,
        "A4",
        "名称",
        "B4",
        pick(s, "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司"),
        "customer",
        span="D4",
    )
    lv(s, "E4", "联系人", "F4", pick(s, "蔡文静", "彭立伟"), None, span="H4")
    lv(s, "I4", "电话", "J4", pick(s, "0593-8901234", "0755-89888888"), None, span="K4")
    s.text("A5", "二、供应商信息", "K5", bold=True, shade=True)
    lv(s, "A6", "名称", "B6", "常州恒昌精密五金有限公司", None, span="D6")
    lv(s, "E6", "联系人", "F6", pick(s, "周建平", "周建平"), None, span="H6")
    lv(s, "I6", "电话", "J6", "0519-86112233", None, span="K6")
    s.text("A7", "三、产品及异常", "K7", bold=True, shade=True)
    lv(s, "A8", "料号", "B8", pick(s, "HC-BUS-3302", "HC-TAB-0718"), "part_no", span="D8")
    lv(s, "E8", "品名", "F8", pick(s, "铜排连接片", "极耳转接片"), "part_name", span="H8")
    lv(s, "I8", "批号", "J8", pick(s, "B2602-11", "B2603-27"), "lot_no", span="K8")
    lv(s, "A9", "交货数量", "B9", pick(s, 24000, 8000), "ship_qty", span="D9", fmt="#,##0")
    lv(s, "E9", "不良数量", "F9", pick(s, 312, 45), "defect_qty", span="H9")
    lv(
        s,
        "A10",
        "异常描述",
        "B10",
        pick(s, "连接片冲孔毛刺超 0.05mm，模组装配划伤绝缘膜。", "转接片折弯处开裂 45 件。"),
        "description",
        span="K10",
    )
    lv(
        s,
        "A11",
        "客户要求",
        "B11",
        pick(s, "退货", "换货"),
        "customer_request",
        span="K11",
        expect=[pick(s, "return", "replacement")],
    )
    lv(s, "A12", "填表人", "B12", pick(s, "施晓东", "施晓东"), "reporter", span="D12")
    lv(s, "E12", "业务主管", "F12", pick(s, "钟海燕", "葛振宇"), "sales_supervisor", span="H12")


def complaint_zh_korean(s: Sheet) -> None:
    """A Korean-owned plant's 客户投诉 sheet in Tianjin: every label Korean above Chinese
    (``고객사 / 客户``, ``불량내용 / 不良内容``, ``임시대책 / 临时对策``); the customer's request picked
    from a DATA-VALIDATION DROP-DOWN (退货, 换货, 返工, 折让)."""
    s.text("A1", "고객 불만 접수서 / 客户投诉受理单", "D1", size=14)
    lv(s, "A2", "접수번호 / 受理编号", "B2", "KC-TJ-2603-021", "number")
    lv(s, "C2", "접수일 / 受理日期", "D2", D(2026, 3, 11), "received_date", fmt="yyyy-mm-dd")
    lv(s, "A3", "고객사 / 客户", "B3", "乐金显示（广州）有限公司", "customer", span="D3")
    lv(s, "A4", "품번 / 料号", "B4", "TJ-FRM-5521", "part_no")
    lv(s, "C4", "품명 / 品名", "D4", "背光铁框", "part_name")
    lv(s, "A5", "납품수량 / 交货数量", "B5", 18000, "ship_qty", fmt="#,##0")
    lv(s, "C5", "불량수량 / 不良数量", "D5", 540, "defect_qty")
    lv(
        s,
        "A6",
        "불량내용 / 不良内容",
        "B6",
        "铁框平面度超差 0.3mm，背光组装漏光 540 件。",
        "description",
        span="D6",
    )
    lv(s, "A7", "고객요구 / 客户要求", "B7", "换货", "customer_request", expect=["replacement"])
    choices(s, "B7", '"退货,换货,返工,折让"')
    lv(
        s,
        "A8",
        "임시대책 / 临时对策",
        "B8",
        "在库 6,000 件全检平面度，不良隔离。",
        "short_term_action",
        span="D8",
    )
    lv(s, "A9", "항구대책 / 永久对策", "B9", "冲压模具增加整平工序。", "long_term_action", span="D9")
    lv(s, "A10", "작성자 / 担当", "B10", "金敏秀", "reporter")
    lv(s, "C10", "승인 / 批准", "D10", "朴成浩", "approver")


_EMAIL = [
    ("Hi Sales team,", None, None, None),
    ("", None, None, None),
    ("Please find below a new quality complaint from our incoming inspection.", None, None, None),
    ("", None, None, None),
    ("Complaint No: {n}", "number", "Complaint No:", None),
    ("Date: {d}", "received_date", "Date:", "date"),
    ("Customer: {c}", "customer", "Customer:", None),
    ("PO: {po}", "order_no", "PO:", None),
    ("Part Number: {pn}", "part_no", "Part Number:", None),
    ("Part Description: {name}", "part_name", "Part Description:", None),
    ("Lot: {lot}", "lot_no", "Lot:", None),
    ("Qty Shipped: {ship} pcs", "ship_qty", "Qty Shipped:", "ship"),
    ("Qty Rejected: {rej} pcs", "defect_qty", "Qty Rejected:", "rej"),
    ("Issue: {issue}", "description", "Issue:", None),
    ("Request: {req}", "customer_request", "Request:", "req"),
    ("", None, None, None),
    ("Please reply with containment within 24 hours.", None, None, None),
    ("", None, None, None),
    ("Best regards,", None, None, None),
    ("{who}", None, None, None),
    ("Supplier Quality Engineer", None, None, None),
]


def complaint_en_email(s: Sheet) -> None:
    """A customer's complaint e-mail whose body the clerk PASTED INTO COLUMN A: one line per
    row (``Customer: …``, ``Part Number: …``, ``Qty Rejected: 96 pcs``), the greeting and the
    signature around them, nothing else on the sheet."""
    v = dict(
        n=pick(s, "FX-QN-260305-02", "FX-QN-260409-07"),
        d=pick(s, "2026-03-05", "2026-04-09"),
        c=pick(s, "Flex Ltd. (Zhuhai)", "Jabil Circuit (Guangzhou) Ltd."),
        po=pick(s, "4500771209", "4500783355"),
        pn=pick(s, "EN-SPR-0415", "EN-CLP-2290"),
        name=pick(s, "Battery contact spring", "Shield clip"),
        lot=pick(s, "2602A17", "2603C04"),
        ship=pick(s, "12,000", "5,000"),
        rej=pick(s, "96", "38"),
        issue=pick(
            s,
            "Spring free length out of tolerance (9.2 mm vs 10.0 +/-0.3 mm), poor battery contact.",
            "Clip plating peeling after reflow.",
        ),
        req=pick(s, "Replacement", "Credit"),
        who=pick(s, "Emily Tan", "Raj Kumar"),
    )
    expects = dict(
        ship=int(v["ship"].replace(",", "")),
        rej=int(v["rej"]),
        req=[pick(s, "replacement", "allowance")],  # a credit is an allowance (折让)
        date=v["d"],
    )
    for r, (line, path, lab, key) in enumerate(_EMAIL, 1):
        text = line.format(**v)
        if not text:
            continue
        if path is None:
            if not s.blank:
                s.ws[f"A{r}"].value = text
            continue
        s.ws[f"A{r}"].value = lab if s.blank else text
        field(
            s,
            lab,
            f"A{r}",
            text,
            path,
            expects.get(key, text.split(": ", 1)[1]) if key else text.split(": ", 1)[1],
        )


def complaint_zht_twolines(s: Sheet) -> None:
    """客訴處理單 whose cells hold the LABEL AND ITS VALUE ON TWO LINES of one cell (Alt+Enter:
    ``客戶名稱\\n友達光電股份有限公司``), other cells RICH TEXT (``料號：`` bold, the value plain), the
    sections' labels written VERTICALLY one character per line; 結案日期 left empty."""
    s.text("A1", "客訴處理單", "E1", size=15)
    vertical(s, "A2", "基本資料", "A5")
    rich(s, "B2", "客訴單號：", pick(s, "QC-115-0309", "QC-115-0412"), "number", span="C2")
    two_lines(
        s,
        "D2",
        "受理日期",
        pick(s, "2026/03/09", "2026/04/12"),
        "received_date",
        expect=pick(s, "2026-03-09", "2026-04-12"),
        span="E2",
    )
    two_lines(s, "B3", "客戶名稱", "友達光電股份有限公司", "customer", span="E3")
    rich(s, "B4", "料號：", "AU-BL-7720", "part_no", span="C4")
    rich(s, "D4", "品名：", "背光模組鐵框", "part_name", span="E4")
    two_lines(s, "B5", "出貨數量", "6,000", "ship_qty", expect=6000, span="C5")
    two_lines(s, "D5", "不良數量", "85", "defect_qty", expect=85, span="E5")
    vertical(s, "A6", "異常內容", "A8")
    two_lines(s, "B6", "異常描述", "鐵框卡勾變形，組裝後背光偏移 85 台。", "description", span="E6")
    two_lines(s, "B7", "短期對策", "在途 2,000 件退回全檢。", "short_term_action", span="E7")
    rich(s, "B8", "填表人：", "蘇怡君", "reporter", span="C8")
    rich(s, "D8", "主管：", "江明哲", "sales_supervisor", span="E8")
    s.value("B9", "", path=None, label="結案日期", prefix="結案日期：", span="E9")
    absent(s, "結案日期", "B9", "", "closed_date")


# =============================================================================== 8D
_STEPS = (
    "D1 小组成员",
    "D2 问题描述",
    "D3 临时措施",
    "D4 根本原因",
    "D5 永久措施",
    "D6 效果验证",
    "D7 预防再发",
    "D8 结案",
)


def eightd_zh_columns(s: Sheet) -> None:
    """8D 报告 whose EIGHT STEPS RUN ACROSS THE SHEET AS COLUMNS (D1 … D8 in one header row,
    each step's content in the tall cell under it), the header block above in four columns."""
    s.text("A1", "8D 报告", "H1", size=15)
    lv(s, "A2", "报告编号", "B2", pick(s, "8D-CZ-2603-014", "8D-CZ-2604-022"), "number")
    lv(
        s,
        "C2",
        "客户",
        "D2",
        pick(s, "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司"),
        "customer",
        span="E2",
    )
    lv(s, "F2", "客诉编号", "G2", pick(s, "TS-2603-0052", "TS-2604-0117"), "complaint_number", span="H2")
    lv(s, "A3", "料号", "B3", pick(s, "HC-BUS-3302", "HC-TAB-0718"), "part_no")
    lv(s, "C3", "开立日期", "D3", pick(s, D(2026, 3, 6), D(2026, 4, 17)), "opened_date", span="E3")
    lv(s, "F3", "不良数", "G3", pick(s, 312, 45), "problem.qty_complained", span="H3")
    for col, step in zip("ABCDEFGH", _STEPS):
        s.text(f"{col}5", step, bold=True, shade=True, center=True)
    team = pick(s, ["施晓东", "冯蕾", "袁志刚"], ["施晓东", "冯蕾"])
    s.value("A6", "\n".join(team), path=None, label="D1 小组成员")
    members(s, "D1 小组成员", "A6", "\n".join(team), team)
    cols = (  # D2 … D7: (typed, path) in the tall cell under each step
        (pick(s, "冲孔毛刺超差，划伤模组绝缘膜 312 件。", "折弯处开裂 45 件。"), "problem.statement"),
        (pick(s, "在库 9,600 件全检毛刺。", "在库品全数目检。"), "containment[0].action"),
        (pick(s, "冲头刃口磨损未及时修磨。", "材料延伸率偏低。"), "root_cause[type=occurrence].cause"),
        (
            pick(s, "冲头每 5 万冲次修磨，增加去毛刺工序。", "来料增加延伸率检验。"),
            "corrective_actions[0].action",
        ),
        (pick(s, "连续 5 批毛刺 ≤0.02mm。", "3 批无开裂。"), "implementation[0].result"),
        (pick(s, "更新 PFMEA 与作业指导书。", "横向展开至 4 个料号。"), None),
    )
    for col, step, (raw, path) in zip("BCDEFG", _STEPS[1:], cols):
        s.value(f"{col}6", raw, path=path, label=step)
    c = pick(s, D(2026, 4, 20), D(2026, 5, 22))
    s.value("H6", c, path="closure.closed_date", label="D8 结案")
    s.height(6, 110)
    lv(s, "F8", "批准", "G8", pick(s, "钟海燕", "葛振宇"), "closure.approved_by", span="H8")


def eightd_en_korean(s: Sheet) -> None:
    """A Korean customer's 8D answered in its own Korean–English form (``고객사 Customer``,
    ``불량 현상 Defect``, ``영구 대책 Permanent Countermeasure``), dates typed US style
    ``03/10/2026`` with the footer ``Date format: MM/DD/YYYY``; 승인 Approved left empty."""
    s.text("A1", "8D 보고서 / 8D REPORT", "D1", size=14)
    lv(s, "A2", "보고서 번호 Report No.", "B2", "8D-HK-2603-009", "number")
    lv(s, "C2", "발행일 Issue Date", "D2", "03/10/2026", "opened_date", expect="2026-03-10")
    lv(s, "A3", "고객사 Customer", "B3", "Hyundai Mobis Co., Ltd.", "customer")
    lv(s, "C3", "품번 Part No.", "D3", "MB-HNG-4410", "part_no")
    lv(s, "A4", "불량 수량 Defect Qty", "B4", 64, "problem.qty_complained")
    lv(s, "C4", "납품 수량 Delivered Qty", "D4", 3200, "problem.qty_delivered", fmt="#,##0")
    lv(s, "A5", "팀 구성 Team", "B5", "Kim Ji-hoon / Zhang Wei / Park Min-ji", None, span="D5")
    members(
        s,
        "팀 구성 Team",
        "B5",
        "Kim Ji-hoon / Zhang Wei / Park Min-ji",
        ("Kim Ji-hoon", "Zhang Wei", "Park Min-ji"),
    )
    lv(
        s,
        "A6",
        "불량 현상 Defect Description",
        "B6",
        "Hinge pin pull-out force below 800 N on 64 pcs.",
        "problem.statement",
        span="D6",
    )
    lv(
        s,
        "A7",
        "임시 대책 Containment",
        "B7",
        "All stock (1,900 pcs) pull-tested; 12 rejected.",
        "containment[0].action",
        span="D7",
    )
    lv(
        s,
        "A8",
        "발생 원인 Root Cause",
        "B8",
        "Riveting pressure drifted after a valve change.",
        "root_cause[type=occurrence].cause",
        span="D8",
    )
    lv(
        s,
        "A9",
        "유출 원인 Escape Cause",
        "B9",
        "Pull test sampled once per shift only.",
        "root_cause[type=escape].cause",
        span="D9",
    )
    lv(
        s,
        "A10",
        "영구 대책 Permanent Countermeasure",
        "B10",
        "Pressure monitor with auto stop; pull test every 2 h.",
        "corrective_actions[0].action",
        span="D10",
    )
    lv(s, "A11", "완료일 Close Date", "B11", "04/08/2026", "closure.closed_date", expect="2026-04-08")
    label(s, "C11", "승인 Approved")
    s.box("D11")
    absent(s, "승인 Approved", "D11", "", "closure.approved_by")
    plain(s, "A13", "※ 날짜 형식 Date format: MM/DD/YYYY", "D13")


def eightd_zht_fourcols(s: Sheet) -> None:
    """8D 報告 whose header runs in FOUR COLUMNS (two label / value pairs a row) with the right
    half's ``顧客代碼`` a SYNONYM of the left half's ``客戶`` (a code, not the customer); the
    sections' labels ROTATED to stacked vertical text (原因分析, 對策)."""
    s.text("A1", "8D 報告", "E1", size=15)
    lv(s, "A2", "報告編號", "B2", "8D-KH-115-017", "number")
    lv(s, "C2", "客訴單號", "D2", "CS-115-0322", "complaint_number", span="E2")
    lv(s, "A3", "客戶", "B3", "華碩電腦股份有限公司", "customer")
    lv(s, "C3", "顧客代碼", "D3", "C-0412", None, span="E3")
    lv(s, "A4", "品名", "B4", "鍵盤支撐板", None)
    lv(s, "C4", "品號", "D4", "KH-KBP-2318", "part_no", span="E4")
    lv(s, "A5", "開立日期", "B5", "2026-03-22", "opened_date")
    lv(s, "C5", "目標完成日", "D5", "2026-04-30", "target_close_date", span="E5")
    lv(s, "A6", "問題描述", "B6", "支撐板平面度超差，鍵盤按鍵卡鍵 150 台。", "problem.statement", span="E6")
    lv(s, "A7", "不良數", "B7", 150, "problem.qty_complained")
    vertical(s, "A8", "原因分析", "A9", stacked=True)
    lv(s, "B8", "發生原因", "C8", "整平機滾輪間隙偏大。", "root_cause[type=occurrence].cause", span="E8")
    lv(s, "B9", "流出原因", "C9", "平面度只抽檢 5 件。", "root_cause[type=escape].cause", span="E9")
    vertical(s, "A10", "對策", "A11", stacked=True)
    lv(s, "B10", "暫定對策", "C10", "庫存 3,000 件全檢平面度。", "containment[0].action", span="E10")
    lv(
        s,
        "B11",
        "永久對策",
        "C11",
        "滾輪間隙每班點檢，平面度全檢。",
        "corrective_actions[0].action",
        span="E11",
    )
    s.height(8, 40)
    s.height(9, 40)
    s.height(10, 30)
    s.height(11, 30)
    lv(s, "A12", "結案日期", "B12", "2026-04-27", "closure.closed_date")
    lv(s, "C12", "核准", "D12", "林志豪", "closure.approved_by", span="E12")


# =============================================================================== return
def return_zh_gsheets(s: Sheet) -> None:
    """A 退货单 kept in GOOGLE SHEETS and downloaded as .xlsx: no borders, no fills, default
    font, gridlines only (sheet ``工作表1``); 处理方式 picked from a DATA-VALIDATION drop-down."""

    def put(ref, text):
        s.ws[ref].value = text

    def typed(ref, raw, path, lab, expect=None):
        if s.blank:
            return
        s.ws[ref].value = raw
        if path:
            field(s, lab, ref, str(raw), path, raw if expect is None else expect)

    put("A1", "成品退货单")
    put("A2", "退货单号")
    typed("B2", pick(s, "TH-CZ-260318", "TH-CZ-260421"), "number", "退货单号")
    put("C2", "日期")
    typed("D2", pick(s, "2026-03-18", "2026-04-21"), "issue_date", "日期")
    put("A3", "客户")
    typed("B3", pick(s, "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司"), "customer", "客户")
    put("C3", "客诉单号")
    typed("D3", pick(s, "TS-2603-0052", "TS-2604-0117"), "complaint_number", "客诉单号")
    heads = ("料号", "品名", "单位", "退货数量", "单价", "金额")
    for col, h in zip("ABCDEF", heads):
        put(f"{col}5", h)
    lines = pick(
        s,
        [("HC-BUS-3302", "铜排连接片", "PCS", 312, 1.85), ("HC-BUS-3303", "铜排垫片", "PCS", 312, 0.4)],
        [("HC-TAB-0718", "极耳转接片", "PCS", 45, 3.2)],
    )
    for i, (code, name, unit, q, p) in enumerate(lines):
        r = 6 + i
        typed(f"A{r}", code, f"items[{i}].part_no", "料号")
        typed(f"B{r}", name, f"items[{i}].part_name", "品名")
        typed(f"C{r}", unit, f"items[{i}].unit", "单位")
        typed(f"D{r}", q, f"items[{i}].qty_returned", "退货数量")
        typed(f"E{r}", p, f"items[{i}].unit_price", "单价", money(p))
        typed(f"F{r}", round(q * p, 2), f"items[{i}].amount", "金额", money(q * p))
    put("A9", "退货原因")
    typed("B9", pick(s, "冲孔毛刺超差", "折弯开裂"), "reason", "退货原因")
    put("A10", "处理方式")
    typed("B10", pick(s, "返工", "报废"), "handling", "处理方式", [pick(s, "rework", "scrap")])
    choices(s, "B10", '"返工,报废,降级,换货"')
    put("A11", "仓库签收")
    typed("B11", pick(s, "沈国梁", "沈国梁"), "warehouse_receiver", "仓库签收")
    put("C11", "审核")
    typed("D11", pick(s, "钟海燕", "葛振宇"), "approved_by", "审核")


def _gsheets_export(path: Path, sheet: Sheet) -> None:
    """What Google Sheets writes: no page setup and the app named in docProps/app.xml."""
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "docProps/app.xml":
                data = re.sub(
                    rb"<Application>[^<]*</Application>", b"<Application>Google Sheets</Application>", data
                )
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def return_zht_ntd(s: Sheet) -> None:
    """成品退貨單 of a Taiwanese plant: amounts typed with ``NT$`` (``NT$1,250.00``), the
    over-acceptance ratio stored as 0.03 and formatted ``0%``."""
    s.text("A1", "成品退貨單", "F1", size=15)
    lv(s, "A2", "單號", "B2", "FR-115-0326", "number")
    lv(s, "C2", "開單日期", "D2", "115/03/26", "issue_date", expect="2026-03-26", span="F2")
    lv(s, "A3", "客戶", "B3", "華碩電腦股份有限公司", "customer")
    lv(s, "C3", "退回依據", "D3", "CS-115-0322", "complaint_number", span="F3")
    heads = ("料號", "品名", "核定數量", "實退數量", "單價", "金額")
    head_row(s, 4, "ABCDEF", heads)
    lines = [("KH-KBP-2318", "鍵盤支撐板", 150, 150, 25.0), ("KH-KBP-2319", "支撐板螺絲", 600, 580, 0.6)]
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核定數量")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="實退數量")
        s.value(f"E{r}", f"NT${p:,.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(f"F{r}", f"NT${q * p:,.2f}", path=f"items[{i}].amount", label="金額", expect=money(q * p))
    lv(s, "A7", "超量允收比率", "B7", 0.03, "over_acceptance_ratio", expect="0.03", fmt="0%")
    lv(s, "A8", "退貨原因", "B8", "支撐板平面度超差。", "reason", span="F8")
    lv(s, "A9", "處理方式", "B9", "重工", "handling", expect=["rework"], span="F9")
    lv(s, "A10", "成品倉簽收", "B10", "謝雅婷", "warehouse_receiver")
    lv(s, "C10", "經(副)理", "D10", "林志豪", "approved_by", span="F10")


def return_en_usdate(s: Sheet) -> None:
    """A US customer's Return Goods Authorization: dates typed ``03/18/2026`` with the footer
    ``All dates MM/DD/YYYY``, prices in a ``US$`` number format."""
    s.text("A1", "RETURN GOODS AUTHORIZATION", "F1", size=14)
    lv(s, "A2", "RGA #", "B2", "RGA-26-0318-4", "number")
    lv(s, "C2", "Issued", "D2", "03/18/2026", "issue_date", expect="2026-03-18", span="F2")
    lv(s, "A3", "Customer", "B3", "Emerson Electric Co. - St. Louis", "customer")
    lv(s, "C3", "Complaint ref.", "D3", "CCR-2603-118", "complaint_number", span="F3")
    heads = ("Part No.", "Description", "UOM", "Qty Returned", "Unit Price", "Extended")
    head_row(s, 4, "ABCDEF", heads)
    usd = '"US$"#,##0.00'
    lines = [
        ("EM-VLV-2207", "Valve seat, brass", "EA", 420, 3.15),
        ("EM-VLV-2208", "O-ring kit", "EA", 420, 0.55),
    ]
    for i, (code, name, unit, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="Part No.")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", unit, path=f"items[{i}].unit", label="UOM")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="Qty Returned")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="Unit Price", expect=money(p), fmt=usd)
        s.value(
            f"F{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="Extended",
            expect=money(q * p),
            fmt=usd,
        )
    lv(s, "A7", "Reason for return", "B7", "Seat leak at 150 psi test.", "reason", span="F7")
    lv(s, "A8", "Disposition", "B8", "Scrap", "handling", expect=["scrap"], span="F8")
    lv(s, "A9", "Received by", "B9", "Carlos Mendez", "warehouse_receiver")
    lv(s, "C9", "Date received", "D9", "03/24/2026", "received_date", expect="2026-03-24", span="F9")
    lv(s, "A10", "Approved by", "B10", "Linda Hoffman", "approved_by")
    plain(s, "A12", "All dates MM/DD/YYYY. Amounts in US dollars.", "F12")


# =============================================================================== allowance
def allowance_zh_paren(s: Sheet) -> None:
    """销售折让单 printed like a red-letter invoice: every amount NEGATIVE IN PARENTHESES with
    ``¥`` (``(¥1,200.00)``, a number format), the totals typed ``RMB (1,356.00)``; the tax rate
    stored as 0.13 formatted ``0%``."""
    s.text("A1", "销售折让单（红字）", "E1", size=15)
    lv(s, "A2", "折让单号", "B2", pick(s, "ZR-CZ-2603-09", "ZR-CZ-2604-15"), "number")
    d = pick(s, D(2026, 3, 28), D(2026, 4, 29))
    lv(s, "C2", "开具日期", "D2", d, "issue_date", span="E2")
    lv(s, "A3", "购买方", "B3", pick(s, "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司"), "buyer")
    lv(
        s,
        "C3",
        "纳税人识别号",
        "D3",
        pick(s, "91350900587527783P", "91440300192317458F"),
        "buyer_tax_id",
        span="E3",
    )
    lv(s, "A4", "原发票号码", "B4", pick(s, "26352000000012877", "26442000000031145"), "invoice_no")
    lv(s, "C4", "原开票日期", "D4", pick(s, D(2026, 2, 27), D(2026, 3, 30)), "invoice_date", span="E4")
    lv(s, "A5", "客诉编号", "B5", pick(s, "TS-2603-0052", "TS-2604-0117"), "complaint_number")
    lv(s, "C5", "税率", "D5", 0.13, "tax_rate", expect="0.13", fmt="0%", span="E5")
    heads = ("货物名称", "数量", "单价", "金额", "税额")
    head_row(s, 6, "ABCDE", heads)
    neg = "¥#,##0.00;(¥#,##0.00)"
    lines = pick(s, [("铜排连接片", 312, 1.85), ("铜排垫片", 312, 0.4)], [("极耳转接片", 45, 3.2)])
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a = round(q * p, 2)
        t = round(a * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", -q, path=f"items[{i}].qty", label="数量", expect=q)
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(f"D{r}", -a, path=f"items[{i}].allowance_amount", label="金额", expect=money(a), fmt=neg)
        s.value(f"E{r}", -t, path=f"items[{i}].tax", label="税额", expect=money(t), fmt=neg)
    lv(s, "A10", "合计金额", "B10", f"RMB ({net:,.2f})", "total_excl_tax", expect=money(net))
    lv(s, "C10", "合计税额", "D10", f"RMB ({tax:,.2f})", "total_tax", expect=money(tax), span="E10")
    lv(s, "A11", "价税合计", "B11", f"RMB ({net + tax:,.2f})", "total", expect=money(net + tax))
    lv(s, "A12", "经理", "B12", pick(s, "钟海燕", "葛振宇"), "approved_by_manager")


def allowance_zht_sections(s: Sheet) -> None:
    """銷貨折讓證明單 whose 買受人 and 銷售人 sections each hold 名稱 / 統一編號 / 地址 (the SAME
    LABELS TWICE, the section decides), the issue date SPLIT OVER CELLS in ROC years
    (``115`` 年 ``3`` 月 ``31`` 日); 總經理 left empty."""
    s.text("A1", "銷貨退回及折讓證明單", "G1", size=15)
    lv(s, "A2", "證明單號", "B2", "ZR-KH-115-0331", "number")
    label(s, "A3", "開立日期 中華民國")
    split_date(s, 3, "BCDEFG", D(2026, 3, 31), "開立日期", "issue_date", era=1911)
    vertical(s, "A4", "買受人", "A6")
    lv(s, "B4", "名稱", "C4", "華碩電腦股份有限公司", "buyer", span="G4")
    lv(s, "B5", "統一編號", "C5", "23638777", "buyer_tax_id", span="G5")
    lv(s, "B6", "地址", "C6", "台北市北投區立德路15號", None, span="G6")
    vertical(s, "A7", "銷售人", "A9")
    lv(s, "B7", "名稱", "C7", "凱鴻精密工業股份有限公司", "seller.name", span="G7")
    lv(s, "B8", "統一編號", "C8", "53218806", "seller.tax_id", span="G8")
    lv(s, "B9", "地址", "C9", "桃園市龜山區興邦路31號", None, span="G9")
    heads = ("原發票號碼", "原發票日期", "品名", "數量", "單價", "金額", "營業稅額")
    head_row(s, 10, "ABCDEFG", heads)
    lines = [
        ("KH-26018877", "115/02/26", "鍵盤支撐板", 150, 25.0),
        ("KH-26018877", "115/02/26", "支撐板螺絲", 580, 0.6),
    ]
    net = tax = 0.0
    for i, (inv, idate, name, q, p) in enumerate(lines):
        r = 11 + i
        a, t = round(q * p, 2), round(q * p * 0.05, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", inv, path="invoice_no" if i == 0 else None, label="原發票號碼")
        s.value(
            f"B{r}", idate, path="invoice_date" if i == 0 else None, label="原發票日期", expect="2026-02-26"
        )
        s.value(f"C{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"D{r}", q, path=f"items[{i}].qty", label="數量")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p), fmt="#,##0.00")
        s.value(
            f"F{r}", a, path=f"items[{i}].allowance_amount", label="金額", expect=money(a), fmt="#,##0.00"
        )
        s.value(f"G{r}", t, path=f"items[{i}].tax", label="營業稅額", expect=money(t), fmt="#,##0.00")
    s.text("A13", "合計", "E13", bold=True)
    s.value("F13", round(net, 2), path="total_excl_tax", label="合計", expect=money(net), fmt="#,##0.00")
    s.value("G13", round(tax, 2), path="total_tax", label="合計 營業稅額", expect=money(tax), fmt="#,##0.00")
    lv(s, "A14", "經理", "B14", "林志豪", "approved_by_manager", span="C14")
    label(s, "D14", "總經理")
    s.box("E14", "G14")
    absent(s, "總經理", "E14", "", "approved_by_gm")


W4 = dict(A=22, B=26, C=22, D=26)
W6 = dict(A=14, B=24, C=10, D=12, E=12, F=14)
EXCEL = [
    excel_layout(
        "complaint-zh-sections",
        "complaint",
        "zh-Hans",
        complaint_zh_sections,
        "投诉单",
        dict(A=10, B=12, C=10, D=10, E=9, F=7, G=4, H=5, I=5, J=5, K=9),
        "客户投诉处理单 with 客户信息 / 供应商信息 sections holding the same labels; a date split over cells",
        ["联系人", "电话", "名称 (供应商信息)"],
        copy2=True,
    ),
    excel_layout(
        "complaint-zh-korean",
        "complaint",
        "zh-Hans",
        complaint_zh_korean,
        "접수서",
        W4,
        "a Korean-owned plant's 고객 불만 접수서 / 客户投诉受理单: Korean above Chinese labels; a drop-down request",
    ),
    excel_layout(
        "complaint-en-email",
        "complaint",
        "en",
        complaint_en_email,
        "Sheet1",
        dict(A=90),
        "a customer's complaint e-mail body pasted into column A, one 'Label: value' line per row",
        ["Hi Sales team,", "Best regards,"],
        copy2=True,
    ),
    excel_layout(
        "complaint-zht-twolines",
        "complaint",
        "zh-Hant",
        complaint_zht_twolines,
        "客訴",
        dict(A=6, B=22, C=18, D=22, E=18),
        "客訴處理單 with label and value on two lines of one cell, rich-text label runs, vertical section labels",
    ),
    excel_layout(
        "8d-zh-columns",
        "8d",
        "zh-Hans",
        eightd_zh_columns,
        "8D",
        dict(A=14, B=16, C=14, D=16, E=14, F=14, G=14, H=12),
        "8D 报告 with the eight steps as columns across the sheet (D1 … D8 in one row)",
        ["D7 预防再发"],
        copy2=True,
    ),
    excel_layout(
        "8d-en-korean",
        "8d",
        "en",
        eightd_en_korean,
        "8D",
        W4,
        "a Korean customer's Korean–English 8D form, US dates with a date-format footer",
    ),
    excel_layout(
        "8d-zht-fourcols",
        "8d",
        "zh-Hant",
        eightd_zht_fourcols,
        "8D報告",
        dict(A=12, B=16, C=14, D=16, E=16),
        "8D 報告 in four columns with 顧客代碼 on the right beside 客戶; stacked vertical section labels",
        ["顧客代碼", "品名"],
    ),
    excel_layout(
        "return-zh-gsheets",
        "return",
        "zh-Hans",
        return_zh_gsheets,
        "工作表1",
        dict(A=13.57, B=30, C=13.57, D=13.57, E=13.57, F=13.57),  # Google's default 100 px, B widened
        "a 成品退货单 kept in Google Sheets and downloaded as .xlsx: no styles, a drop-down 处理方式",
        copy2=True,
        after_save=_gsheets_export,
    ),
    excel_layout(
        "return-zht-ntd",
        "return",
        "zh-Hant",
        return_zht_ntd,
        "退貨",
        W6,
        "成品退貨單 with NT$ amounts typed as text and the over-acceptance ratio formatted 0%",
    ),
    excel_layout(
        "return-en-usdate",
        "return",
        "en",
        return_en_usdate,
        "RGA",
        dict(A=14, B=24, C=10, D=14, E=12, F=14),
        "a US Return Goods Authorization: MM/DD/YYYY dates named in the footer, US$ number formats",
    ),
    excel_layout(
        "allowance-zh-paren",
        "allowance",
        "zh-Hans",
        allowance_zh_paren,
        "折让单",
        dict(A=14, B=24, C=14, D=16, E=14),
        "销售折让单（红字）: amounts negative in parentheses with ¥ and RMB, the tax rate 0.13 formatted 0%",
        copy2=True,
    ),
    excel_layout(
        "allowance-zht-sections",
        "allowance",
        "zh-Hant",
        allowance_zht_sections,
        "折讓",
        dict(A=14, B=12, C=12, D=8, E=10, F=12, G=12),
        "銷貨退回及折讓證明單 with 買受人 / 銷售人 sections (名稱 / 統一編號 / 地址 twice), an ROC date split over cells",
        ["地址"],
    ),
]


# =============================================================================== sent as PDF only
_CSS = (
    "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:92%}"
    "th,td{border:1px solid #444;padding:4px}th{background:#eef;text-align:left}"
    "p{margin:6px 10px}.note{font-size:8pt;color:#555}"
)


def complaint_en_korean_notice(f: HtmlForm) -> str:
    """A Korean customer's supplier-portal complaint notice (고객 불만 통보서 / Customer Complaint
    Notice) printed by Chromium: Korean / English labels, the request ``교환 Replacement``."""
    f.raw("<h2>고객 불만 통보서 / CUSTOMER COMPLAINT NOTICE</h2>")
    kv(
        f,
        [
            ("통보번호 / Notice No.", "SDI-QN-260312-05", "number", None),
            ("통보일 / Date", "2026-03-12", "received_date", None),
            ("고객사 / Customer", "Samsung SDI Tianjin Battery Co., Ltd.", "customer", None),
            ("발주번호 / PO No.", "PO-SDI-7781204", "order_no", None),
            ("품번 / Part No.", "SD-CAP-0933", "part_no", None),
            ("품명 / Part Name", "Cell top cap", "part_name", None),
            ("납품수량 / Delivered Qty", "20,000", "ship_qty", 20000),
            ("불량수량 / Defect Qty", "260", "defect_qty", 260),
            (
                "불량 내용 / Defect Description",
                "Vent burr on cap; leak test failed on 260 pcs.",
                "description",
                None,
            ),
            ("요구 사항 / Request", "교환 Replacement", "customer_request", ["replacement"]),
            ("담당자 / Issued by", "Lee Soo-jin", None, None),
        ],
    )
    f.raw('<p class="note">본 통보서는 시스템에서 출력되었습니다. / Printed from the supplier portal.</p>')
    return f.page("고객 불만 통보서", _CSS)


def return_zht_portal(f: HtmlForm) -> str:
    """A customer's web ERP page of a 成品退貨單 (zh-Hant) printed by Chromium: a header table in
    FOUR COLUMNS (two pairs a row), the lines with ``NT$`` amounts, the total in parentheses."""
    f.raw("<h2>成品退貨單</h2><table>")
    rows = [
        (
            ("退貨單號", pick(f, "RT-QT-115-0402", "RT-QT-115-0508"), "number", None),
            (
                "開單日期",
                pick(f, "2026/04/02", "2026/05/08"),
                "issue_date",
                pick(f, "2026-04-02", "2026-05-08"),
            ),
        ),
        (
            ("客戶", pick(f, "廣達電腦股份有限公司", "緯創資通股份有限公司"), "customer", None),
            ("客訴單號", pick(f, "CS-115-0330", "CS-115-0427"), "complaint_number", None),
        ),
    ]
    for pair in rows:
        f.raw("<tr>")
        for lab, raw, path, exp in pair:
            f.raw(f"<th>{lab}</th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td>")
        f.raw("</tr>")
    f.raw("</table><table><tr><th>料號</th><th>品名</th><th>實退數量</th><th>單價</th><th>金額</th></tr>")
    lines = pick(
        f,
        [("QT-HSK-1102", "散熱片", 240, 18.5), ("QT-HSK-1103", "導熱墊", 240, 4.0)],
        [("WT-BZL-3308", "前框", 60, 42.0)],
    )
    total = 0.0
    for i, (code, name, q, p) in enumerate(lines):
        a = round(q * p, 2)
        total += a
        f.raw(
            "<tr>"
            f"<td>{f.val(code, path=f'items[{i}].part_no', label='料號')}</td>"
            f"<td>{f.val(name, path=f'items[{i}].part_name', label='品名')}</td>"
            f"<td>{f.val(str(q), path=f'items[{i}].qty_returned', label='實退數量', expect=q)}</td>"
            f"<td>{f.val(f'NT${p:,.2f}', path=f'items[{i}].unit_price', label='單價', expect=money(p))}</td>"
            f"<td>{f.val(f'NT${a:,.2f}', path=f'items[{i}].amount', label='金額', expect=money(a))}</td>"
            "</tr>"
        )
    f.raw(f"<tr><td colspan='4'>合計（沖銷）</td><td>(NT${total:,.2f})</td></tr></table><table>")
    f.raw(
        f"<tr><th>退貨原因</th><td colspan='3'>{f.val(pick(f, '散熱片鰭片倒伏', '前框刮傷'), path='reason', label='退貨原因')}</td></tr>"
        f"<tr><th>處理方式</th><td colspan='3'>{f.val('報廢', path='handling', label='處理方式', expect=['scrap'])}</td></tr>"
        f"<tr><th>倉管簽收</th><td>{f.val(pick(f, '黃淑芬', '陳冠宇'), path='warehouse_receiver', label='倉管簽收')}</td>"
        f"<th>主管核准</th><td>{f.val(pick(f, '吳建宏', '吳建宏'), path='approved_by', label='主管核准')}</td></tr></table>"
    )
    return f.page("成品退貨單", _CSS)


def eightd_zh_rotated(f: PdfDraw) -> None:
    """8D 报告 drawn in LANDSCAPE by a quality system and stored as a portrait page with
    ``/Rotate 90`` (a viewer shows it upright; the page's own coordinates run sideways)."""
    if FPDF is not None:
        f.pdf = FPDF(orientation="L", format="A4")
        f.pdf.set_creation_date(dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
        f.pdf.set_auto_page_break(False)
        f.pdf.add_page()
    f = CjkDraw.of(f)
    f.text(125, 16, "8D 纠正措施报告", size=14)
    rows = [
        (20, 30, "报告编号", "8D-SY-2603-031", "number", None),
        (150, 30, "开立日期", "2026-03-24", "opened_date", None),
        (20, 40, "客户", "上汽通用五菱汽车股份有限公司", "customer", None),
        (150, 40, "零件号", "SY-BRK-6610", "part_no", None),
        (20, 50, "客诉编号", "KS-2603-088", "complaint_number", None),
        (150, 50, "不良数量", "72", "problem.qty_complained", 72),
        (20, 64, "D2 问题描述", "制动支架焊缝气孔，客户总装检出 72 件。", "problem.statement", None),
        (20, 76, "D3 临时措施", "在库及在途 3,600 件 X 光复检。", "containment[0].action", None),
        (
            20,
            88,
            "D4 根本原因",
            "保护气流量计失效，气体覆盖不足。",
            "root_cause[type=occurrence].cause",
            None,
        ),
        (20, 100, "D5 永久措施", "流量计加装报警，每班点检。", "corrective_actions[0].action", None),
        (20, 112, "D6 效果验证", "连续 10 批 X 光无气孔。", "implementation[0].result", None),
        (20, 124, "D7 横向展开", "同类焊接工位 6 台全部加装。", "prevention.horizontal_deployment", None),
        (20, 138, "D8 结案日期", "2026-04-28", "closure.closed_date", None),
        (150, 138, "批准", "邱振华", "closure.approved_by", None),
    ]
    for x, y, lab, raw, path, exp in rows:
        f.text(x, y, lab + "：")
        f.value(x + 26, y, raw, path=path, label=lab, expect=exp)
    f.text(20, 150, "D1 小组：")
    team = ["邱振华", "何丽萍", "唐志勇"]
    f.value(46, 150, "、".join(team), path=None, label="D1 小组")
    if not f.blank:
        for t in team:
            f.fields.append(
                {
                    "label": "D1 小组",
                    "cell": "p1!46,150",
                    "value": "、".join(team),
                    "path": "team[*].name",
                    "expect": t,
                }
            )
    f.pdf.set_draw_color(0, 0, 0)
    f.pdf.rect(15, 22, 267, 134)


def allowance_en_twoup(f: PdfDraw) -> None:
    """A credit memo of two pages PRINTED 2-UP (two pages side by side on one landscape sheet):
    page 1 the header and lines, page 2 the totals and the approval; amounts in ``US$`` with the
    credit in parentheses."""
    f.text(80, 18, "CREDIT MEMO", size=16, bold=True)
    head = [
        (15, 32, "Credit Memo No.", "CM-260330-117", "number", None),
        (110, 32, "Date", "2026-03-30", "issue_date", None),
        (15, 40, "Bill To", "Lennox International Inc.", "buyer", None),
        (110, 40, "Tax ID", "75-2991097", "buyer_tax_id", None),
        (15, 48, "Original Invoice", "INV-2602-8831", "invoice_no", None),
        (110, 48, "Invoice Date", "2026-02-24", "invoice_date", None),
        (15, 56, "Complaint Ref.", "CCR-2603-131", "complaint_number", None),
    ]
    for x, y, lab, raw, path, exp in head:
        f.text(x, y, lab + ":", bold=True)
        f.value(x + 32, y, raw, path=path, label=lab, expect=exp)
    for x, h in (
        (15, "Description"),
        (90, "Qty"),
        (115, "Unit Price"),
        (145, "Credit Amount"),
        (178, "VAT 13%"),
    ):
        f.text(x, 70, h, bold=True)
    f.pdf.line(13, 72, 197, 72)
    lines = [("Coil bracket, galvanized", 800, 1.5), ("Bracket screw kit", 800, 0.25)]
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        y = 79 + 8 * i
        a = round(q * p, 2)
        t = round(a * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        f.value(15, y, name, path=f"items[{i}].name", label="Description")
        f.value(90, y, f"{q:,}", path=f"items[{i}].qty", label="Qty", expect=q)
        f.value(115, y, f"US$ {p:.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        f.value(
            145,
            y,
            f"(US$ {a:,.2f})",
            path=f"items[{i}].allowance_amount",
            label="Credit Amount",
            expect=money(a),
        )
        f.value(178, y, f"({t:,.2f})", path=f"items[{i}].tax", label="VAT 13%", expect=money(t))
    f.text(15, 280, "Page 1 of 2")
    f.pdf.add_page()
    f.text(15, 18, "CREDIT MEMO (continued)", size=12, bold=True)
    totals = [
        (30, "Subtotal", f"(US$ {net:,.2f})", "total_excl_tax", money(net)),
        (38, "VAT 13%", f"(US$ {tax:,.2f})", "total_tax", money(tax)),
        (46, "Total Credit", f"(US$ {net + tax:,.2f})", "total", money(net + tax)),
    ]
    for y, lab, raw, path, exp in totals:
        f.text(110, y, lab + ":", bold=True)
        f.value(145, y, raw, path=path, label=lab, expect=exp)
    f.text(15, 64, "Approved by (Finance Manager):", bold=True)
    f.value(75, 64, "Gregory Walsh", path="approved_by_manager", label="Approved by (Finance Manager)")
    f.text(15, 280, "Page 2 of 2")


SENT_AS_PDF = [
    dict(
        id="complaint-en-koreannotice",
        kind="complaint",
        language="en",
        medium="html",
        draw=complaint_en_korean_notice,
        imitates="a Korean customer's portal complaint notice, Korean / English labels (Chromium)",
        unmapped=["담당자 / Issued by"],
    ),
    dict(
        id="return-zht-portal",
        kind="return",
        language="zh-Hant",
        medium="html",
        draw=return_zht_portal,
        copy2=True,
        imitates="a customer's web ERP 成品退貨單: four-column header, NT$ amounts, the total in parentheses",
        unmapped=[],
    ),
    dict(
        id="8d-zh-rotated",
        kind="8d",
        language="zh-Hans",
        medium="fpdf",
        draw=eightd_zh_rotated,
        rotate=True,
        imitates="8D 纠正措施报告 drawn in landscape, stored as a portrait page with /Rotate 90",
        unmapped=[],
    ),
    dict(
        id="allowance-en-twoup",
        kind="allowance",
        language="en",
        medium="fpdf",
        draw=allowance_en_twoup,
        two_up=True,
        imitates="a two-page credit memo printed 2-up on one landscape sheet; US$ amounts in parentheses",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "complaint-numbers-renamed.xlsx": "an Apple Numbers document (a zip holding Index/Document.iwa) a colleague renamed .xlsx; no sheets to read; a clear error, never a record",
    "return-empty-sheets.xlsx": "a workbook whose three sheets hold no cell at all (the clerk cleared the form before sending); a clear error, never a record",
}


def _numbers_renamed() -> bytes:
    """An Apple Numbers document (a zip of IWA archives, ``Index/Document.iwa``) renamed
    ``.xlsx``; the archive bodies are opaque bytes, as no XML reader can use them anyway."""
    parts = {
        "Index/Document.iwa": bytes((i * 31 + 5) % 256 for i in range(1024)),
        "Index/Metadata.iwa": bytes((i * 17 + 11) % 256 for i in range(256)),
        "Metadata/Properties.plist": b'<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict/></plist>',
        "preview.jpg": bytes((i * 7) % 256 for i in range(512)),
    }
    return zip_bytes(parts)


def _empty_sheets() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "退货单"
    wb.create_sheet("明细")
    wb.create_sheet("Sheet3")
    return workbook_bytes(wb, dt.datetime(2026, 3, 31, 18, 0))


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-numbers-renamed.xlsx").write_bytes(_numbers_renamed())
    (odd / "return-empty-sheets.xlsx").write_bytes(_empty_sheets())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "sixteenth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
