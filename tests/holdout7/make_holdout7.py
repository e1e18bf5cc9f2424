"""Write the seventh held-out set (run: ``python tests/holdout7/make_holdout7.py``).

Written from public descriptions of real forms without reading the reader's code, for clerks'
habits no earlier set holds: label and value in ONE cell split by a full-width colon, an option
per cell (``☑退货 | ☐换货 | … | 其他：____``), labels written vertically one character per line,
label / spacer column / value, a print area that leaves out a helper column, a hidden sheet of
stale values, 8D disciplines D1…D8 laid ACROSS the columns, the details on a second sheet, an item
table running onto a second printed page with its header repeated, formulas with their cached
values, dates as bare serials in General format, ``中華民國115年3月5日``, ``2026.3.5``, the ROC
date split over 年 / 月 / 日 columns, full-width digits (``１２００``), ``RMB`` / ``NT$`` / ``US$``
prefixes, credits in parentheses, a 大写 amount; and sent as PDF only: a landscape Word 客户投诉单,
a Taiwanese 8D page printed by Chromium whose containment table runs onto page two, an English
return note drawn by fpdf2 landscape and stored as a portrait page with ``/Rotate 90``, the statutory 營業人銷貨退回進貨退出或折讓證明單 as a portal
page. ``odd/`` holds files a clerk really sends that must give a clear error, never a record.
Differs from ``tests/layouts``, ``tests/holdout`` … ``tests/holdout6`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Output in the format of ``tests/holdout6`` (see its README). Deterministic for the
xlsx/docx/html/json files; the PDFs need ``soffice`` and ``chromium`` (``--no-pdf`` skips them;
``--out DIR`` writes elsewhere); the fpdf2 PDF needs ``pip install fpdf2``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from holdout_kit import (  # noqa: E402
    DocForm,
    HtmlForm,
    PdfDraw,
    Sheet,
    absent,
    cache,
    field,
    fw,
    kv_rows,
    label,
    landscape,
    lv,
    on,
    pdf_absent,
    pick,
    plain,
    run,
)

D = dt.date
SOURCE = dict(origin="seventh held-out imitation", source="tests/holdout7/make_holdout7.py")


def serial(d: dt.date) -> int:
    """The day number Excel stores for a date (what a General-format cell shows)."""
    return (d - D(1899, 12, 30)).days


def roc(d: dt.date) -> str:
    return f"中華民國{d.year - 1911}年{d.month}月{d.day}日"


def dotted(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def one_cell(s: Sheet, ref: str, lab: str, raw, path: str | None, span=None, **kw) -> None:
    """Label and value typed in one cell, split by a full-width colon."""
    s.value(ref, raw, prefix=f"{lab}：", path=path, label=f"{lab}：", span=span, **kw)


def option_cells(s: Sheet, row: int, cols: str, options: list[str], chosen: set[str]) -> None:
    """One option per cell, ☑ before a chosen one and ☐ before the others."""
    for c, o in zip(cols, options, strict=True):
        mark = "☑" if (o in chosen and not s.blank) else "☐"
        s.text(f"{c}{row}", f"{mark}{o}")


# =============================================================================== Excel layouts
def complaint_zh_onecell_colon(s: Sheet) -> None:
    """客诉处理单 of a die-casting plant: every label and its value typed in ONE cell after a
    full-width colon (``客户名称：…``), 投诉日期 as a bare serial in a General cell (``46086``),
    quantities in full-width digits (``１２００``), 客户要求 as one option per cell
    ``☑退货 | ☐换货 | ☑折让 | ☐赔款 | 其他：____``, a document-control block at the top right,
    编制 / 审核 / 核准 at the foot with 核准 left empty."""
    s.text("A1", "客诉处理单", "D1", size=15)
    plain(s, "E1", "文件编号：QR-QA-031\n版本：C　页次：1/1", "F1")
    s.height(1, 32)
    one_cell(s, "A2", "客诉编号", pick(s, "KS-DC-26031", "KS-DC-26047"), "number", span="C2")
    label(s, "D2", "投诉日期")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    s.value(
        "E2",
        serial(rec),
        path="received_date",
        label="投诉日期",
        expect=rec.isoformat(),
        span="F2",
        shown=str(serial(rec)),
        note="a date serial in a General cell",
    )
    one_cell(
        s,
        "A3",
        "客户名称",
        pick(s, "宁波拓普集团股份有限公司", "广东鸿图科技股份有限公司"),
        "customer",
        span="F3",
    )
    one_cell(s, "A4", "产品料号", pick(s, "TP-HSG-2207", "HT-BRK-0915"), "part_no", span="C4")
    one_cell(s, "D4", "产品名称", pick(s, "铝压铸电机壳体", "刹车卡钳支架"), "part_name", span="F4")
    one_cell(s, "A5", "生产批号", pick(s, "DC260218-2", "DC260401-1"), "lot_no", span="B5")
    ship = pick(s, 1200, 3600)
    bad = pick(s, 86, 240)
    one_cell(s, "C5", "交货数量", fw(str(ship)), "ship_qty", expect=ship, span="D5")
    one_cell(s, "E5", "不良数量", fw(str(bad)), "defect_qty", expect=bad, span="F5")
    label(s, "A6", "客户要求")
    reqs = ["退货", "换货", "折让", "赔款"]
    chosen = pick(s, {"退货", "折让"}, {"换货"})
    option_cells(s, 6, "BCDE", reqs, chosen)
    s.text("F6", "其他：____")
    codes = {"退货": "return", "换货": "replacement", "折让": "allowance", "赔款": "compensation"}
    field(
        s,
        "客户要求",
        "B6:E6",
        "  ".join(f"{'☑' if o in chosen else '☐'}{o}" for o in reqs),
        "customer_request",
        [codes[o] for o in reqs if o in chosen],
    )
    one_cell(
        s,
        "A7",
        "不良描述",
        pick(
            s,
            "壳体安装面气孔，客户加工后气密测试泄漏，86 件判不良。",
            "支架螺纹孔位置度超差 0.15 mm，客户装配困难。",
        ),
        "description",
        span="F8",
    )
    one_cell(
        s,
        "A9",
        "原因分析",
        pick(s, "模温偏低，排气槽堵塞。", "加工夹具定位面磨损。"),
        "root_cause",
        span="F9",
    )
    one_cell(
        s,
        "A10",
        "临时对策",
        pick(s, "在库品 100% 气密检测。", "在库品全检螺纹孔位置度。"),
        "short_term_action",
        span="F10",
    )
    one_cell(
        s,
        "A11",
        "永久对策",
        pick(s, "排气槽每班清理，模温纳入点检。", "夹具定位面改为可换镶块。"),
        "long_term_action",
        span="F11",
    )
    one_cell(s, "A12", "编制", pick(s, "王海燕", "王海燕"), "reporter", span="B12")
    one_cell(s, "C12", "审核", pick(s, "吴志强", "吴志强"), "sales_supervisor", span="D12")
    s.text("E12", "核准：", "F12")
    absent(s, "核准：", "E12", "", "approver")


def complaint_zht_vertical_labels(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese plastics moulder: the section labels of the tall blocks are
    written vertically, one character per line (``異\\n常\\n描\\n述``), a narrow spacer column
    between each label and its value, dates typed ``中華民國115年3月5日``, the loss ``NT$18,600``,
    經辦 / 課長 / 經理 stamps, 經理 empty."""
    s.text("A1", "客 訴 處 理 單", "F1", size=15)
    plain(s, "A2", "表單編號：QP-09-03　版次：2.1", "F2")
    lv(s, "A3", "客訴單號", "C3", pick(s, "CS115-0305-01", "CS115-0420-07"), "number")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 20))
    lv(s, "D3", "受理日期", "F3", roc(rec), "received_date", expect=rec.isoformat())
    lv(
        s,
        "A4",
        "客戶名稱",
        "C4",
        pick(s, "台達電子工業股份有限公司", "光寶科技股份有限公司"),
        "customer",
        span="F4",
    )
    lv(s, "A5", "料號", "C5", pick(s, "PM-ABS-2231", "PM-PC-0877"), "part_no")
    lv(s, "D5", "品名", "F5", pick(s, "電源外殼 上蓋", "風扇框"), "part_name")
    lv(s, "A6", "出貨數量", "C6", pick(s, "5,000", "2,400"), "ship_qty", expect=pick(s, 5000, 2400))
    lv(s, "D6", "不良數量", "F6", pick(s, "310", "96"), "defect_qty", expect=pick(s, 310, 96))
    lv(
        s,
        "A7",
        "損失金額",
        "C7",
        pick(s, "NT$18,600", "NT$5,760"),
        "loss_amount",
        expect=pick(s, "18600.00", "5760.00"),
    )
    ship = pick(s, D(2026, 2, 24), D(2026, 4, 8))
    lv(s, "D7", "出貨日期", "F7", roc(ship), "ship_date", expect=ship.isoformat())
    for row, text, raw, path in (
        (
            8,
            "異常描述",
            pick(s, "上蓋卡扣斷裂，客戶組裝時 310 個卡扣脫落。", "風扇框毛邊刮傷線材。"),
            "description",
        ),
        (
            11,
            "原因分析",
            pick(s, "材料烘乾時間不足，含水率偏高導致脆裂。", "模具分模面磨損產生毛邊。"),
            "root_cause",
        ),
        (
            14,
            "改善對策",
            pick(s, "烘料時間由 2 h 改 4 h，每批量測含水率。", "模具送修，毛邊全檢。"),
            "long_term_action",
        ),
    ):
        s.text(f"A{row}", "\n".join(text), f"A{row + 2}", shade=True, center=True)
        s.box(f"B{row}", f"B{row + 2}")
        s.value(f"C{row}", raw, path=path, label="\n".join(text), span=f"F{row + 2}")
        for r in range(row, row + 3):
            s.height(r, 22)
    for lref, vref, lab, name, path in (
        ("A17", "C17", "經辦", "黃淑芬", "reporter"),
        ("D17", "F17", "課長", "李國華", "sales_supervisor"),
    ):
        label(s, lref, lab)
        s.value(vref, name, path=path, label=lab)
    label(s, "A18", "經理")
    s.box("C18")
    absent(s, "經理", "C18", "", "approver")
    s.height(18, 34)
    s.height(17, 34)


def complaint_en_spacer_printarea(s: Sheet) -> None:
    """An English Customer Complaint Form of a US-owned plant in Suzhou: label | empty spacer
    column | value, dates typed ``2026.3.5``, quantities typed as text ``1,200``, the loss
    ``US$2,450.00``; a helper column H (lookup codes) outside the print area, a hidden sheet
    ``Old`` still holding the previous complaint's values; Approved by left empty."""
    s.text("A1", "CUSTOMER COMPLAINT FORM", "G1", size=14)
    plain(s, "A2", "Form QF-8.2.2-01  Rev. D  Page 1 of 1", "G2")
    rows = (
        ("Complaint No.", "CCF-SZ-26-0088", "number", None),
        ("Date Received", dotted(D(2026, 3, 5)), "received_date", "2026-03-05"),
        ("Customer Name", "Honeywell Aerospace Technologies", "customer", None),
        ("Customer P/O", "HW-4471-2603", "order_no", None),
        ("Part No. / Rev.", "SZ-7734-B", "part_no", None),
        ("Part Name", "Sensor bracket, stainless", "part_name", None),
        ("Qty Delivered", "1,200", "ship_qty", 1200),
        ("Qty Nonconforming", "48", "defect_qty", 48),
        ("Cost of Nonconformance", "US$2,450.00", "loss_amount", "2450.00"),
        (
            "Description of Nonconformance",
            "Burr on mounting hole edge, 48 pcs found at customer receiving inspection; sample photos attached.",
            "description",
            None,
        ),
        ("Containment", "Sort all stock at Suzhou warehouse and in transit.", "short_term_action", None),
        ("Prepared by", "Amy Xu", "reporter", None),
    )
    for i, (lab, raw, path, exp) in enumerate(rows):
        r = 3 + i
        label(s, f"A{r}", lab)
        s.value(f"C{r}", raw, path=path, label=lab, expect=exp, span=f"G{r}")
        s.text(f"H{r}", f"F{i + 1:02d}")
    label(s, "A15", "Approved by")
    s.box("C15", "G15")
    absent(s, "Approved by", "C15", "", "approver")
    s.ws.column_dimensions["B"].width = 2
    s.ws.column_dimensions["H"].width = 6
    s.ws.print_area = "A1:G15"
    with on(s, "Old", hidden=True, widths=dict(A=24, B=30)):
        for i, (lab, raw) in enumerate(
            (
                ("Complaint No.", "CCF-SZ-25-0412"),
                ("Date Received", "2025.11.18"),
                ("Customer Name", "Emerson Process Management"),
                ("Qty Delivered", "600"),
                ("Qty Nonconforming", "12"),
            ),
            1,
        ):
            s.text(f"A{i}", lab)
            s.text(f"B{i}", raw)
    s.wb.active = 0


def eightd_zh_horizontal(s: Sheet) -> None:
    """8D 报告 of an auto-lamp supplier laid ACROSS the page: one row of headers D1 小组成员 …
    D8 结案, the content of each discipline in the tall cell under its header, the header data
    above (8D 编号, 客户, 零件号, 开始日期 ``2026.3.5``), landscape; D1 lists the team as
    ``组长：… / 组员：…`` lines in one cell."""
    landscape(s)
    s.text("A1", "8D 纠正预防措施报告", "H1", size=15)
    lv(s, "A2", "8D编号", "B2", pick(s, "8D-LMP-2603-02", "8D-LMP-2604-09"), "number")
    lv(
        s,
        "C2",
        "客户",
        "D2",
        pick(s, "华域视觉科技(上海)有限公司", "马瑞利汽车零部件(芜湖)有限公司"),
        "customer",
        span="E2",
    )
    lv(s, "F2", "零件号", "G2", pick(s, "HL-LED-5521", "TL-PCB-3380"), "part_no", span="H2")
    opened = pick(s, D(2026, 3, 5), D(2026, 4, 13))
    lv(s, "A3", "开始日期", "B3", dotted(opened), "opened_date", expect=opened.isoformat())
    lv(s, "C3", "客诉单号", "D3", pick(s, "CQ-HY-0305", "CQ-MR-0413"), "complaint_number", span="E3")
    heads = (
        "D1 小组成员",
        "D2 问题描述",
        "D3 临时措施",
        "D4 根本原因",
        "D5 永久措施",
        "D6 实施验证",
        "D7 预防再发",
        "D8 结案",
    )
    for c, h in zip("ABCDEFGH", heads, strict=True):
        s.text(f"{c}4", h, bold=True, shade=True, center=True)
    leader, member = pick(s, ("赵磊", "孙丽"), ("钱进", "周敏"))
    s.value("A5", f"组长：{leader}\n组员：{member}", path=None, label="D1 小组成员")
    field(s, "D1 小组成员", "A5", f"组长：{leader}", "team[*].name", leader)
    field(s, "D1 小组成员", "A5", f"组长：{leader}", f"team[name={leader}].role", "leader")
    field(s, "D1 小组成员", "A5", f"组员：{member}", "team[*].name", member)
    for c, raw, path in (
        (
            "B",
            pick(s, "LED 灯板虚焊，客户下线检测 17 只不亮。", "尾灯 PCB 连接器插针歪斜 5 只。"),
            "problem.statement",
        ),
        ("C", pick(s, "在库 2,300 只全检点亮。", "在库品全检插针。"), "containment[*].action"),
        ("D", pick(s, "回流焊第 6 温区温度偏低 12 ℃。", "插针治具定位销松动。"), "root_cause[*].cause"),
        (
            "E",
            pick(s, "温区热电偶更换，炉温每班测试。", "定位销改为压入式并每日点检。"),
            "corrective_actions[*].action",
        ),
        ("F", pick(s, "连续 3 批 0 不良。", "连续 5 批 0 不良。"), "implementation[*].result"),
        ("G", pick(s, "更新 PFMEA 与控制计划。", "横向展开至同类连接器。"), "prevention.lessons_learned"),
    ):
        s.value(f"{c}5", raw, path=path, label=dict(zip("ABCDEFGH", heads))[c])
    # eightd43: the documents a D7 text names are the documents updated too (read from the text, warned)
    if pick(s, True, False):  # 更新 PFMEA 与控制计划。 (the second copy's 横向展开至同类连接器。 names none)
        docs = ["fmea", "control_plan"]
        field(s, heads[6], "G5", "更新 PFMEA 与控制计划。", "prevention.documents_updated", docs)
    closed = pick(s, D(2026, 3, 28), D(2026, 5, 8))
    s.value("H5", f"结案日期：{dotted(closed)}", path=None, label="D8 结案")
    field(s, "D8 结案", "H5", dotted(closed), "closure.closed_date", closed.isoformat())
    s.height(5, 110)


def eightd_en_detail_sheet(s: Sheet) -> None:
    """An English Corrective Action Report (8D) whose first sheet holds the header and D2, and
    whose second sheet ``Details`` holds the D3 containment table (Action / Owner / Due / Done),
    the D4 root causes and the D5 actions; dates as serials in General format on the second
    sheet; the team table with Role in its own column."""
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "F1", size=14)
    plain(s, "A2", "See sheet 'Details' for D3-D7.", "F2")
    lv(s, "A3", "CAR No.", "B3", "CAR-26-1147", "number")
    lv(s, "C3", "Opened", "D3", D(2026, 3, 5), "opened_date", fmt="d-mmm-yy")
    lv(s, "E3", "Customer Ref.", "F3", "QN-880214", "complaint_number")
    lv(s, "A4", "Customer", "B4", "Continental Automotive Changchun", "customer", span="D4")
    lv(s, "E4", "Part No.", "F4", "A2C-5531-08", "part_no")
    s.text("A5", "D1 - Team", "F5", bold=True, shade=True)
    for c, h in zip("ABC", ("Name", "Role", "Function"), strict=True):
        s.text(f"{c}6", h, bold=True)
    for r, (name, role, dept) in enumerate(
        (
            ("Liu Yang", "Champion", "Plant Manager"),
            ("Gao Min", "Team Leader", "SQE"),
            ("Ma Kai", "Member", "Process"),
        ),
        7,
    ):
        s.value(f"A{r}", name, path="team[*].name", label="Name")
        s.value(
            f"B{r}",
            role,
            path=f"team[name={name}].role",
            label="Role",
            expect={"Team Leader": "leader"}.get(role, role.lower()),
        )
        s.value(f"C{r}", dept, path=f"team[name={name}].dept", label="Function")
    s.text("A10", "D2 - Problem Description", "F10", bold=True, shade=True)
    s.value(
        "A11",
        "Connector pin 4 pushed back on 14 ECUs at customer EOL; terminal retention force below 40 N.",
        path="problem.statement",
        label="D2 - Problem Description",
        span="F12",
    )
    lv(s, "A13", "Qty affected", "B13", 14, "problem.qty_complained")
    with on(s, "Details", widths=dict(A=40, B=14, C=12, D=12)):
        s.text("A1", "D3 - Containment Actions", "D1", bold=True, shade=True)
        for c, h in zip("ABCD", ("Action", "Owner", "Due", "Done"), strict=True):
            s.text(f"{c}2", h, bold=True)
        for r, (act, owner, due, done) in enumerate(
            (
                ("Sort 3,200 ECUs in Changchun warehouse", "Gao Min", D(2026, 3, 6), D(2026, 3, 7)),
                ("Add pull test of pin 4 at EOL", "Ma Kai", D(2026, 3, 8), D(2026, 3, 8)),
            ),
            3,
        ):
            s.value(f"A{r}", act, path="containment[*].action", label="Action")
            s.value(f"B{r}", owner, path=f"containment[action={act}].owner", label="Owner")
            s.value(
                f"C{r}",
                serial(due),
                path=f"containment[action={act}].due_date",
                label="Due",
                expect=due.isoformat(),
                shown=str(serial(due)),
            )
            s.value(
                f"D{r}",
                serial(done),
                path=f"containment[action={act}].done_date",
                label="Done",
                expect=done.isoformat(),
                shown=str(serial(done)),
            )
        s.text("A6", "D4 - Root Cause", "D6", bold=True, shade=True)
        lv(
            s,
            "A7",
            "Occurrence",
            "B7",
            "Crimp height drifted after applicator change; no first-piece check.",
            "root_cause[type=occurrence].cause",
            span="D7",
        )
        lv(
            s,
            "A8",
            "Escape",
            "B8",
            "EOL test does not check terminal retention.",
            "root_cause[type=escape].cause",
            span="D8",
        )
        s.text("A10", "D5 - Permanent Corrective Actions", "D10", bold=True, shade=True)
        s.value(
            "A11",
            "First-piece crimp height check after every applicator change.",
            path="corrective_actions[*].action",
            label="D5 - Permanent Corrective Actions",
            span="D11",
        )
    s.wb.active = 0


def eightd_zht_roc_fullwidth(s: Sheet) -> None:
    """8D 改善報告書 of a Taiwanese cable-assembly maker: the header with 日期 typed
    ``中華民國115年3月9日``, quantities in full-width digits (``４８０``), a D3 table
    (對策 / 負責人 / 完成日) whose dates are ROC ``115.03.10``, D4 as 發生原因 / 流出原因 rows,
    the sign-off 核准 / 審核 / 製表 in one row, 核准 empty."""
    s.text("A1", "8D 改善報告書", "F1", size=15)
    lv(s, "A2", "報告編號", "B2", "8D-CA-115031", "number")
    lv(s, "C2", "開立日期", "D2", roc(D(2026, 3, 9)), "opened_date", expect="2026-03-09")
    lv(s, "E2", "客戶", "F2", "和碩聯合科技股份有限公司", "customer")
    lv(s, "A3", "料號", "B3", "CA-HDMI-2M-BK", "part_no")
    lv(s, "C3", "客訴數量", "D3", fw("480"), "problem.qty_complained", expect=480)
    lv(s, "E3", "交貨數量", "F3", fw("12000"), "problem.qty_delivered", expect=12000)
    s.text("A4", "D2 問題描述", "F4", bold=True, shade=True)
    s.value(
        "A5",
        "HDMI 線材高溫高濕 500 h 後訊號衰減超規，480 條判退。",
        path="problem.statement",
        label="D2 問題描述",
        span="F5",
    )
    s.text("A6", "D3 暫時對策", "F6", bold=True, shade=True)
    for c, h in zip("ADF", ("對策內容", "負責人", "完成日"), strict=True):
        s.text(f"{c}7", h, bold=True)
    s.ws.merge_cells("A7:C7")
    s.ws.merge_cells("D7:E7")
    for r, (act, who, done) in enumerate(
        (("庫存 3,600 條全數重測", "陳志明", D(2026, 3, 10)), ("出貨前加測眼圖", "蔡佩珊", D(2026, 3, 12))), 8
    ):
        s.value(f"A{r}", act, path="containment[*].action", label="對策內容", span=f"C{r}")
        s.value(f"D{r}", who, path=f"containment[action={act}].owner", label="負責人", span=f"E{r}")
        s.value(
            f"F{r}",
            f"{done.year - 1911}.{done.month:02d}.{done.day:02d}",
            path=f"containment[action={act}].done_date",
            label="完成日",
            expect=done.isoformat(),
        )
    s.text("A10", "D4 根本原因", "F10", bold=True, shade=True)
    lv(
        s,
        "A11",
        "發生原因",
        "B11",
        "發泡 PE 絕緣押出偏心，阻抗不穩。",
        "root_cause[type=occurrence].cause",
        span="F11",
    )
    lv(
        s,
        "A12",
        "流出原因",
        "B12",
        "出貨檢驗僅抽測導通，未測阻抗。",
        "root_cause[type=escape].cause",
        span="F12",
    )
    lv(s, "A13", "D5 永久對策", "B13", "押出機加裝偏心在線監測。", "corrective_actions[*].action", span="F13")
    lv(s, "A14", "D7 預防再發", "B14", "阻抗測試納入出貨檢驗標準。", "prevention.lessons_learned", span="F14")
    # eightd43: the documents a D7 text names are the documents updated too (read from the text, warned)
    docs = ["inspection_standard"]
    field(s, "D7 預防再發", "B14", "阻抗測試納入出貨檢驗標準。", "prevention.documents_updated", docs)
    label(s, "A15", "核准")
    s.box("B15")
    absent(s, "核准", "B15", "", "closure.approved_by")
    label(s, "C15", "審核")
    s.value("D15", "林建宏", path=None, label="審核")
    label(s, "E15", "製表")
    s.value("F15", "蔡佩珊", path=None, label="製表")


def return_zh_pagebreak_repeat(s: Sheet) -> None:
    """退货单 of a motor maker whose item table runs onto a second printed page: a manual page
    break after the sixth line and the column header repeated at the top of page two (print
    titles), amounts ``RMB 1,234.00`` typed as text, the total a formula ``=SUM`` with its cached
    value, 退货原因 / 处理方式 after the table, 仓库签收 / 业务审核 at the foot."""
    s.text("A1", "成品退货单", "F1", size=15)
    plain(s, "A2", "编号：WI-SL-012-F3　版本：A/0", "F2")
    lv(s, "A3", "退货单号", "B3", pick(s, "TH-2603-0117", "TH-2604-0203"), "number")
    d = pick(s, D(2026, 3, 18), D(2026, 4, 24))
    lv(s, "C3", "开单日期", "D3", d, "issue_date", fmt="yyyy-mm-dd")
    lv(s, "E3", "客户", "F3", pick(s, "卧龙电气驱动集团股份有限公司", "江苏雷利电机股份有限公司"), "customer")
    for c, h in zip("ABCDEF", ("序号", "物料编码", "物料名称", "退货数量", "单位", "金额"), strict=True):
        s.text(f"{c}4", h, bold=True, shade=True)
    lines = pick(
        s,
        [
            (f"MT-{100 + i:03d}", f"微型直流电机 {n}", q, p)
            for i, (n, q, p) in enumerate(
                [
                    ("RS-385", 200, 6.5),
                    ("RS-390", 150, 7.2),
                    ("RS-540", 80, 11.0),
                    ("RS-545", 60, 11.8),
                    ("RS-550", 120, 12.4),
                    ("RS-555", 40, 13.0),
                    ("RS-775", 30, 28.5),
                    ("RS-795", 20, 31.0),
                    ("FK-130", 500, 2.1),
                ]
            )
        ],
        [
            (f"MT-{200 + i:03d}", f"微型直流电机 {n}", q, p)
            for i, (n, q, p) in enumerate(
                [
                    ("RF-300", 300, 4.2),
                    ("RF-370", 250, 5.0),
                    ("RF-500", 90, 8.8),
                    ("RS-360", 100, 6.0),
                    ("RS-380", 110, 6.4),
                    ("RS-395", 70, 7.5),
                    ("RS-750", 25, 26.0),
                    ("RS-895", 15, 35.0),
                    ("FK-180", 400, 2.6),
                    ("FK-280", 350, 3.1),
                ]
            )
        ],
    )
    total = 0.0
    for i, (pn, name, q, p) in enumerate(lines):
        r = 5 + i
        amt = round(q * p, 2)
        total += amt
        s.text(f"A{r}", str(i + 1))
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="物料编码")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="物料名称")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="退货数量")
        s.value(f"E{r}", "PCS", path=None, label="单位")
        s.value(f"F{r}", f"RMB {amt:,.2f}", path=f"items[{i}].amount", label="金额", expect=f"{amt:.2f}")
        s.height(r, 40)
    r = 5 + len(lines)
    s.text(f"A{r}", "合计", f"C{r}", bold=True)
    cache(s, f"D{r}", f"=SUM(D5:D{r - 1})", 0 if s.blank else sum(q for *_, q, _ in lines), "#,##0")
    s.ws.row_breaks.append(Break(id=10))
    s.ws.print_title_rows = "4:4"
    lv(
        s,
        f"A{r + 1}",
        "退货原因",
        f"B{r + 1}",
        pick(s, "碳刷磨损异常，客户寿命测试 300 h 失效。", "换向器打火，噪音超标。"),
        "reason",
        span=f"F{r + 1}",
    )
    lv(
        s,
        f"A{r + 2}",
        "处理方式",
        f"B{r + 2}",
        pick(s, "返工", "报废"),
        "handling",
        expect=pick(s, ["rework"], ["scrap"]),
        span=f"F{r + 2}",
    )
    lv(s, f"A{r + 3}", "仓库签收", f"B{r + 3}", pick(s, "何军", "何军"), "warehouse_receiver")
    lv(s, f"C{r + 3}", "业务审核", f"D{r + 3}", pick(s, "邓婷", "邓婷"), "approved_by")
    label(s, f"E{r + 3}", "备注")
    s.value(f"F{r + 3}", "/", path=None, label="备注")


def return_zht_serial_general(s: Sheet) -> None:
    """退貨通知單 of a Taiwanese bearing distributor: 退貨日期 a bare serial in a General cell,
    unit prices and amounts ``NT$ 1,280`` typed as text, 處理方式 as one option per cell
    ``☐重工 | ☑報廢 | ☐換貨 | 其他：____``, 客訴單號 written with a full-width colon in the same
    cell, 倉管 / 主管 sign-off, 主管 ``/``."""
    s.text("A1", "退 貨 通 知 單", "F1", size=15)
    lv(s, "A2", "單號", "B2", "RN-1150312-04", "number")
    label(s, "C2", "退貨日期")
    s.value(
        "D2",
        serial(D(2026, 3, 12)),
        path="issue_date",
        label="退貨日期",
        expect="2026-03-12",
        shown=str(serial(D(2026, 3, 12))),
        note="a date serial in a General cell",
    )
    one_cell(s, "E2", "客訴單號", "QC-1150305-2", "complaint_number", span="F2")
    lv(s, "A3", "客戶", "B3", "上銀科技股份有限公司", "customer", span="F3")
    for c, h in zip("ABCDEF", ("料號", "品名", "數量", "單位", "單價", "金額"), strict=True):
        s.text(f"{c}4", h, bold=True, shade=True)
    for i, (pn, name, q, p) in enumerate(
        (("BR-6204ZZ", "深溝滾珠軸承 6204ZZ", 400, 32), ("BR-6301-2RS", "深溝滾珠軸承 6301-2RS", 250, 40))
    ):
        r = 5 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="數量")
        s.value(f"D{r}", "PCS", path=f"items[{i}].unit", label="單位")
        s.value(f"E{r}", f"NT$ {p:,}", path=f"items[{i}].unit_price", label="單價", expect=f"{p:.2f}")
        s.value(f"F{r}", f"NT$ {q * p:,}", path=f"items[{i}].amount", label="金額", expect=f"{q * p:.2f}")
    lv(s, "A7", "退貨原因", "B7", "軸承異音，客戶組裝後噪音測試不合格。", "reason", span="F7")
    label(s, "A8", "處理方式")
    option_cells(s, 8, "BCD", ["重工", "報廢", "換貨"], {"報廢"})
    s.text("E8", "其他：____", "F8")
    field(s, "處理方式", "B8:D8", "☐重工 ☑報廢 ☐換貨", "handling", ["scrap"])
    lv(s, "A9", "倉管", "B9", "楊明哲", "warehouse_receiver")
    label(s, "C9", "主管")
    s.value("D9", "/", path=None, label="主管")
    absent(s, "主管", "D9", "/", "approved_by")


def return_en_rma_landscape(s: Sheet) -> None:
    """An English RMA Form printed landscape: RMA #, Date Issued ``2026.3.11``, the lines with
    Item # / Description / Qty Returned / Unit Price ``US$ 4.80`` / Extended, a ``Disposition``
    row with ``X`` marks in their own cells under Rework / Scrap / Replace, Received by."""
    landscape(s)
    s.text("A1", "RETURN MATERIAL AUTHORIZATION (RMA) FORM", "H1", size=14)
    lv(s, "A2", "RMA #", "B2", "RMA-US-26-0311", "number")
    lv(s, "C2", "Date Issued", "D2", dotted(D(2026, 3, 11)), "issue_date", expect="2026-03-11")
    lv(s, "E2", "Customer Complaint #", "F2", "CC-77821", "complaint_number")
    lv(s, "G2", "Customer", "H2", "Whirlpool Corporation", "customer")
    for c, h in zip(
        "ABCDEF", ("Line", "Item #", "Description", "Qty Returned", "Unit Price", "Extended"), strict=True
    ):
        s.text(f"{c}3", h, bold=True, shade=True)
    for i, (pn, desc, q, p) in enumerate(
        (
            ("WP-TH-220", "Thermostat, dryer", 300, 4.8),
            ("WP-SW-118", "Door switch", 150, 2.35),
            ("WP-HT-900", "Heater element", 40, 18.5),
        )
    ):
        r = 4 + i
        s.text(f"A{r}", str(i + 1))
        s.value(f"B{r}", pn, path=f"items[{i}].part_no", label="Item #")
        s.value(f"C{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="Qty Returned")
        s.value(
            f"E{r}", f"US$ {p:,.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=f"{p:.2f}"
        )
        s.value(
            f"F{r}", f"US$ {q * p:,.2f}", path=f"items[{i}].amount", label="Extended", expect=f"{q * p:.2f}"
        )
    lv(
        s,
        "A8",
        "Reason for Return",
        "B8",
        "Thermostat opens 6 °C early; customer line test rejects.",
        "reason",
        span="H8",
    )
    label(s, "A9", "Disposition")
    for c, opt in zip("BCD", ("Rework", "Scrap", "Replace"), strict=True):
        s.text(f"{c}9", opt, bold=True)
    for c, mark in zip("BCD", ("", "X", "X"), strict=True):
        s.text(f"{c}10", mark if not s.blank else "")
    field(s, "Disposition", "B10:D10", "_ Rework, X Scrap, X Replace", "handling", ["scrap", "replace"])
    lv(s, "E10", "Received by", "F10", "Jim Porter", "warehouse_receiver")
    lv(s, "G10", "Approved by", "H10", "Dana Wu", "approved_by")


def allowance_zh_daxie_formula(s: Sheet) -> None:
    """销货折让证明单 of a copper-foil maker: the lines' 折让金额 and 税额 are formulas with their
    cached values, 合计 ``=SUM``, 价税合计 a formula too, the 大写 typed by the clerk, a helper
    column H (含税单价) outside the print area, 税率 typed ``13%`` as text, the seller's block
    with 统一社会信用代码, 经办 / 财务 / 总经理 at the foot."""
    s.text("A1", "销货折让证明单", "F1", size=15)
    plain(s, "A2", "表单编号：FI-AR-07　版本：1.3", "F2")
    lv(s, "A3", "折让单号", "B3", pick(s, "ZR-CU-2603-05", "ZR-CU-2604-11"), "number")
    lv(s, "C3", "开具日期", "D3", pick(s, D(2026, 3, 25), D(2026, 4, 28)), "issue_date", fmt="yyyy年m月d日")
    lv(s, "E3", "税率", "F3", "13%", "tax_rate", expect="0.13")
    lv(
        s,
        "A4",
        "购买方",
        "B4",
        pick(s, "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司"),
        "buyer",
        span="D4",
    )
    lv(s, "E4", "购买方税号", "F4", pick(s, "91350900587527783P", "91440300192317458F"), "buyer_tax_id")
    lv(s, "A5", "销售方", "B5", "江西铜博科技有限公司", "seller.name", span="D5")
    lv(s, "E5", "统一社会信用代码", "F5", "91360700MA35G2XX6Q", "seller.tax_id")
    lv(
        s,
        "A6",
        "原发票号码",
        "B6",
        pick(s, "36002114 / 01127788", "36002117 / 00335190"),
        "invoice_no",
        span="D6",
    )
    lv(s, "E6", "开票日期", "F6", pick(s, D(2026, 3, 2), D(2026, 4, 3)), "invoice_date", fmt="yyyy/m/d")
    for c, h in zip(
        "ABCDEFH", ("货物名称", "数量(kg)", "单价", "折让金额", "税额", "备注", "含税单价"), strict=True
    ):
        s.text(f"{c}7", h, bold=True, shade=True)
    lines = pick(
        s,
        [("锂电铜箔 6μm", 1500, 2.4), ("锂电铜箔 8μm", 800, 2.0)],
        [("锂电铜箔 4.5μm", 600, 3.5), ("锂电铜箔 6μm", 1000, 2.2), ("标准铜箔 12μm", 400, 1.5)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 8 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量(kg)", fmt="#,##0")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="单价", expect=f"{p:.2f}", fmt="0.00")
        if not s.blank:
            cache(s, f"D{r}", f"=ROUND(B{r}*C{r},2)", a, "#,##0.00")
            cache(s, f"E{r}", f"=ROUND(D{r}*0.13,2)", t, "#,##0.00")
            cache(s, f"H{r}", f"=C{r}*1.13", round(p * 1.13, 4), "0.0000")
            field(
                s,
                "折让金额",
                f"D{r}",
                f"{a} (number cell shown {a:,.2f})",
                f"items[{i}].allowance_amount",
                f"{a:.2f}",
            )
            field(s, "税额", f"E{r}", f"{t} (number cell shown {t:,.2f})", f"items[{i}].tax", f"{t:.2f}")
        s.box(f"D{r}")
        s.box(f"E{r}")
        s.box(f"F{r}")
    r = 8 + len(lines)
    s.text(f"A{r}", "合计", f"C{r}", bold=True)
    cache(s, f"D{r}", f"=SUM(D8:D{r - 1})", round(net, 2) if not s.blank else 0, "#,##0.00")
    cache(s, f"E{r}", f"=SUM(E8:E{r - 1})", round(tax, 2) if not s.blank else 0, "#,##0.00")
    field(
        s, "合计", f"D{r}", f"{round(net, 2)} (number cell shown {net:,.2f})", "total_excl_tax", f"{net:.2f}"
    )
    field(s, "合计", f"E{r}", f"{round(tax, 2)} (number cell shown {tax:,.2f})", "total_tax", f"{tax:.2f}")
    label(s, f"A{r + 1}", "价税合计")
    cache(s, f"B{r + 1}", f"=D{r}+E{r}", round(net + tax, 2) if not s.blank else 0, "#,##0.00")
    field(
        s,
        "价税合计",
        f"B{r + 1}",
        f"{round(net + tax, 2)} (number cell shown {net + tax:,.2f})",
        "total",
        f"{net + tax:.2f}",
    )
    words = pick(s, "人民币伍仟捌佰柒拾陆元整", "人民币伍仟伍佰叁拾柒元整")
    lv(s, f"C{r + 1}", "大写", f"D{r + 1}", words, "total_in_words", span=f"F{r + 1}")
    lv(s, f"A{r + 2}", "经办", f"B{r + 2}", pick(s, "邹红", "邹红"), None)
    lv(s, f"C{r + 2}", "财务经理", f"D{r + 2}", pick(s, "梁晓春", "梁晓春"), "approved_by_manager")
    lv(s, f"E{r + 2}", "总经理", f"F{r + 2}", pick(s, "欧阳华", "欧阳华"), "approved_by_gm")
    s.ws.column_dimensions["H"].width = 10
    s.ws.print_area = f"A1:F{r + 2}"


def allowance_en_credit_parens(s: Sheet) -> None:
    """An English CREDIT MEMO of a US distributor: the credit lines shown negative in
    parentheses ``(1,250.00)`` with a ``US$`` prefix typed as text, Memo Date ``2026.3.20``,
    Original Invoice # / Invoice Date as serial with ``mm/dd/yyyy``, Sales Tax 0 %, the total in
    parentheses, Authorized Signature."""
    s.text("A1", "CREDIT MEMO", "E1", size=15)
    plain(s, "A2", "Pacific Rim Industrial Supply, Inc. · 1200 Harbor Blvd, Long Beach CA", "E2")
    lv(s, "A3", "Credit Memo #", "B3", "CM-260320-07", "number")
    lv(s, "C3", "Memo Date", "D3", dotted(D(2026, 3, 20)), "issue_date", expect="2026-03-20", span="E3")
    lv(s, "A4", "Bill To", "B4", "Foxlink Interconnect Technology", "buyer", span="E4")
    lv(s, "A5", "Original Invoice #", "B5", "INV-88120", "invoice_no")
    lv(s, "C5", "Invoice Date", "D5", D(2026, 2, 26), "invoice_date", fmt="mm/dd/yyyy", span="E5")
    lv(s, "A6", "RA / Complaint Ref.", "B6", "RA-3312", "complaint_number")
    for c, h in zip("ABCDE", ("Description", "Qty", "Unit Price", "Credit Amount", "Reason"), strict=True):
        s.text(f"{c}7", h, bold=True, shade=True)
    net = 0.0
    for i, (desc, q, p, why) in enumerate(
        (
            ("Hex standoff M3x10 brass", 5000, 0.25, "Plating defect"),
            ("Cable tie 200 mm UV", 20000, 0.03, "Price adjustment"),
        )
    ):
        r = 8 + i
        a = round(q * p, 2)
        net += a
        s.value(f"A{r}", desc, path=f"items[{i}].name", label="Description")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="Qty", fmt="#,##0")
        s.value(f"C{r}", f"US$ {p:.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=f"{p:.2f}")
        s.value(
            f"D{r}",
            f"US$ ({a:,.2f})",
            path=f"items[{i}].allowance_amount",
            label="Credit Amount",
            expect=f"{a:.2f}",
            note="a credit shown in parentheses: the allowance is its amount",
        )
        s.value(f"E{r}", why, path=None, label="Reason")
    lv(s, "C10", "Subtotal", "D10", f"US$ ({net:,.2f})", "total_excl_tax", expect=f"{net:.2f}")
    lv(s, "C11", "Sales Tax 0%", "D11", "US$ 0.00", "total_tax", expect="0.00")
    lv(s, "C12", "Total Credit", "D12", f"US$ ({net:,.2f})", "total", expect=f"{net:.2f}")
    lv(s, "A13", "Authorized Signature", "B13", "Robert Kim", "approved_by_manager")


def allowance_zht_roc_split(s: Sheet) -> None:
    """銷貨折讓單 of a Taiwanese LED-driver maker: the original invoice's date split over 年 / 月 /
    日 columns holding ROC numbers (115 | 2 | 27), 統一編號 of both parties, amounts with
    ``NT$``, 營業稅 5 %, 總計, the buyer's stamp box empty."""
    s.text("A1", "銷 貨 折 讓 單", "G1", size=15)
    lv(s, "A2", "折讓單號", "B2", "AL-1150323-02", "number", span="C2")
    lv(s, "D2", "開立日期", "E2", roc(D(2026, 3, 23)), "issue_date", expect="2026-03-23", span="G2")
    lv(s, "A3", "買受人", "B3", "億光電子工業股份有限公司", "buyer", span="C3")
    lv(s, "D3", "統一編號", "E3", "22099548", "buyer_tax_id", span="G3")
    lv(s, "A4", "發票號碼", "B4", "AB-38821546", "invoice_no", span="C4")
    label(s, "D4", "發票日期")
    for c, h in zip("EFG", ("年", "月", "日"), strict=True):
        s.text(f"{c}4", h, bold=True, center=True)
    for c, v in zip("EFG", (115, 2, 27), strict=True):
        s.value(f"{c}5", v, path=None, label=f"發票日期 {c}")
    field(s, "發票日期", "E5:G5", "115 2 27", "invoice_date", "2026-02-27")
    s.text("A5", "(原發票)", "D5")
    for c, h in zip("ABCDE", ("品名", "數量", "單價", "折讓金額", "營業稅額"), strict=True):
        s.text(f"{c}6", h, bold=True, shade=True)
    net = tax = 0
    for i, (name, q, p) in enumerate((("LED 驅動電源 60W", 200, 25), ("LED 驅動電源 100W", 120, 40))):
        r = 7 + i
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="數量")
        s.value(f"C{r}", f"NT${p}", path=f"items[{i}].unit_price", label="單價", expect=f"{p:.2f}")
        s.value(
            f"D{r}", f"NT${a:,}", path=f"items[{i}].allowance_amount", label="折讓金額", expect=f"{a:.2f}"
        )
        s.value(f"E{r}", f"NT${t:,}", path=f"items[{i}].tax", label="營業稅額", expect=f"{t:.2f}")
    s.text("A9", "合計", "C9", bold=True)
    s.value("D9", f"NT${net:,}", path="total_excl_tax", label="合計", expect=f"{net:.2f}")
    s.value("E9", f"NT${tax:,}", path="total_tax", label="合計", expect=f"{tax:.2f}")
    lv(s, "A10", "總計", "B10", f"NT${net + tax:,}", "total", expect=f"{net + tax:.2f}", span="C10")
    lv(s, "D10", "稅率", "E10", "5%", "tax_rate", expect="0.05")
    lv(s, "A11", "會計", "B11", "鄭雅文", "approved_by_manager")
    label(s, "D11", "買受人蓋章")
    s.box("E11", "G11")
    s.height(11, 40)


EXCEL = [
    dict(
        id="complaint-zh-onecell-colon",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_onecell_colon,
        sheet="客诉单",
        widths=dict(A=22, B=12, C=16, D=14, E=16, F=16),
        copy2=True,
        imitates="客诉处理单 of a die-casting plant, label and value in one cell after a full-width colon, one option per cell",
        unmapped=["其他：____", "核准："],
    ),
    dict(
        id="complaint-zht-vertical-labels",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_vertical_labels,
        sheet="客訴單",
        widths=dict(A=12, B=2, C=28, D=12, E=2, F=28),
        copy2=True,
        imitates="客訴處理單 of a Taiwanese moulder, vertical block labels, spacer columns, 中華民國 dates",
        unmapped=["經理"],
    ),
    dict(
        id="complaint-en-spacer-printarea",
        kind="complaint",
        language="en",
        draw=complaint_en_spacer_printarea,
        sheet="Complaint",
        widths=dict(A=28, C=14, D=14, E=14, F=14, G=14),
        imitates="an English Customer Complaint Form with a spacer column, a helper column outside the print area and a hidden sheet of stale values",
        unmapped=["Approved by"],
    ),
    dict(
        id="8d-zh-horizontal",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_horizontal,
        sheet="8D",
        widths=dict(A=16, B=18, C=18, D=18, E=18, F=16, G=16, H=16),
        copy2=True,
        imitates="8D 纠正预防措施报告 with D1…D8 laid across the columns, landscape",
        unmapped=["D6 实施验证"],
    ),
    dict(
        id="8d-en-detail-sheet",
        kind="8d",
        language="en",
        draw=eightd_en_detail_sheet,
        sheet="8D",
        widths=dict(A=18, B=18, C=16, D=16, E=16, F=18),
        imitates="an English Corrective Action Report with D3-D5 on a second sheet, General-format date serials",
        unmapped=[],
    ),
    dict(
        id="8d-zht-roc-fullwidth",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_roc_fullwidth,
        sheet="8D報告",
        widths=dict(A=14, B=16, C=12, D=16, E=12, F=20),
        imitates="8D 改善報告書 of a Taiwanese cable maker, 中華民國 dates, full-width digits, 115.03.10 in a table",
        unmapped=["審核", "製表", "核准"],
    ),
    dict(
        id="return-zh-pagebreak-repeat",
        kind="return",
        language="zh-Hans",
        draw=return_zh_pagebreak_repeat,
        sheet="退货单",
        widths=dict(A=8, B=14, C=24, D=12, E=8, F=18),
        copy2=True,
        imitates="成品退货单 whose item table runs onto a second printed page with its header repeated",
        unmapped=["序号", "单位", "合计", "备注"],
    ),
    dict(
        id="return-zht-serial-general",
        kind="return",
        language="zh-Hant",
        draw=return_zht_serial_general,
        sheet="退貨通知",
        widths=dict(A=14, B=24, C=12, D=10, E=14, F=16),
        imitates="退貨通知單 of a Taiwanese bearing distributor, a date serial in General format, NT$ text, options in cells",
        unmapped=["主管", "其他：____"],
    ),
    dict(
        id="return-en-rma-landscape",
        kind="return",
        language="en",
        draw=return_en_rma_landscape,
        sheet="RMA Form",
        widths=dict(A=16, B=14, C=22, D=14, E=14, F=14, G=14, H=22),
        imitates="an English RMA form printed landscape, X marks under option headers",
        unmapped=["Line"],
    ),
    dict(
        id="allowance-zh-daxie-formula",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_daxie_formula,
        sheet="折让证明单",
        widths=dict(A=16, B=22, C=12, D=16, E=14, F=22),
        copy2=True,
        imitates="销货折让证明单 with formulas and cached values, 大写, a helper column outside the print area",
        unmapped=["经办", "备注", "含税单价"],
    ),
    dict(
        id="allowance-en-credit-parens",
        kind="allowance",
        language="en",
        draw=allowance_en_credit_parens,
        sheet="Credit Memo",
        widths=dict(A=26, B=16, C=16, D=18, E=18),
        imitates="an English Credit Memo with credits in parentheses and US$ typed as text",
        unmapped=["Reason"],
    ),
    dict(
        id="allowance-zht-roc-split",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_roc_split,
        sheet="折讓單",
        widths=dict(A=18, B=12, C=12, D=14, E=12, F=8, G=8),
        imitates="銷貨折讓單 with the invoice date split over 年 / 月 / 日 columns in ROC years",
        unmapped=["買受人蓋章", "(原發票)"],
    ),
]


# =============================================================================== sent as PDF only
def complaint_zh_docx_landscape(f: DocForm) -> None:
    """客户投诉处理单 of a lighting maker made in Word on a LANDSCAPE page: a six-column table
    (label | value × 3), 投诉日期 ``2026.3.9``, the loss ``RMB 6,800.00``, 客户要求 ``■换货□退货□折让``,
    the description, cause and actions in full-width rows, 填表 / 审核 / 批准 in the last row,
    批准 ``/``."""
    f.heading("客户投诉处理单", 15)
    f.note("文件编号：ZM-QP-8.2-02　　版本：B　　保存期限：3年")
    t = f.table(8, 6, [30, 60, 30, 60, 30, 57])
    for r, c, lab in (
        (0, 0, "投诉编号"),
        (0, 2, "投诉日期"),
        (0, 4, "严重程度"),
        (1, 0, "客户名称"),
        (1, 4, "订单号"),
        (2, 0, "产品型号"),
        (2, 2, "产品名称"),
        (2, 4, "不良数量"),
        (3, 0, "客户要求"),
        (3, 4, "损失金额"),
        (4, 0, "问题描述"),
        (5, 0, "原因分析"),
        (6, 0, "纠正措施"),
        (7, 0, "填表"),
        (7, 2, "审核"),
        (7, 4, "批准"),
    ):
        f.put(t, r, c, lab, shade=True)
    f.value(t, 0, 1, pick(f, "ZM-TS-260309", "ZM-TS-260421"), path="number", label="投诉编号")
    f.value(
        t,
        0,
        3,
        pick(f, "2026.3.9", "2026.4.21"),
        path="received_date",
        label="投诉日期",
        expect=pick(f, "2026-03-09", "2026-04-21"),
    )
    f.value(
        t,
        0,
        5,
        pick(f, "一般", "严重"),
        path="severity",
        label="严重程度",
        expect=pick(f, "general", "major"),
    )
    f.value(
        t,
        1,
        1,
        pick(f, "欧普照明股份有限公司", "雷士照明控股有限公司"),
        path="customer",
        label="客户名称",
        to=(1, 3),
    )
    f.value(t, 1, 5, pick(f, "OP-PO-260211", "NV-PO-260330"), path="order_no", label="订单号")
    f.value(t, 2, 1, pick(f, "DL-12W-4000K", "PL-36W-6500K"), path="part_no", label="产品型号")
    f.value(t, 2, 3, pick(f, "LED 筒灯 12W", "LED 面板灯 36W"), path="part_name", label="产品名称")
    f.value(
        t, 2, 5, pick(f, "260 PCS", "75 PCS"), path="defect_qty", label="不良数量", expect=pick(f, 260, 75)
    )
    req = pick(f, ("■换货□退货□折让", ["replacement"]), ("□换货■退货□折让", ["return"]))
    f.value(
        t,
        3,
        1,
        req[0],
        path="customer_request",
        label="客户要求",
        expect=req[1],
        to=(3, 3),
        blank_text="□换货□退货□折让",
    )
    f.value(
        t,
        3,
        5,
        pick(f, "RMB 6,800.00", "RMB 2,250.00"),
        path="loss_amount",
        label="损失金额",
        expect=pick(f, "6800.00", "2250.00"),
    )
    f.value(
        t,
        4,
        1,
        pick(f, "筒灯点亮 2 h 后频闪，客户老化测试 260 只不良。", "面板灯导光板发黄，75 只。"),
        path="description",
        label="问题描述",
        to=(4, 5),
    )
    f.value(
        t,
        5,
        1,
        pick(f, "驱动电源电解电容耐温等级用错（85 ℃ 代替 105 ℃）。", "导光板供应商换料未通知。"),
        path="root_cause",
        label="原因分析",
        to=(5, 5),
    )
    f.value(
        t,
        6,
        1,
        pick(f, "电容改为 105 ℃ 并加入来料核对清单。", "导光板纳入变更通知管理。"),
        path="long_term_action",
        label="纠正措施",
        to=(6, 5),
    )
    f.value(t, 7, 1, pick(f, "钟晓玲", "钟晓玲"), path="reporter", label="填表")
    f.value(t, 7, 3, pick(f, "韦强", "韦强"), path="sales_supervisor", label="审核")
    f.value(t, 7, 5, "/", path=None, label="批准")
    if not f.blank:
        f.__dict__.setdefault("absent", []).append(
            {"label": "批准", "cell": "T1!R8C6", "value": "/", "path": "approver"}
        )


def eightd_zht_html_twopage(f: HtmlForm) -> str:
    """A Taiwanese customer's 8D 矯正預防報告 page printed by Chromium: a header grid, D1 team
    table, a D3 containment table long enough to run onto page two with its <thead> repeated
    there, D4 發生 / 流出 paragraphs, D5 and D8 結案日 ``115/04/02``."""
    f.raw("<h1>8D 矯正預防報告</h1><table class='hd'>")
    kv_rows(f, (
        ("報告編號", pick(f, "8D-TW-115-031", "8D-TW-115-047"), "number", None),
        ("開立日期", pick(f, "115/03/06", "115/04/15"), "opened_date", pick(f, "2026-03-06", "2026-04-15")),
        ("客戶", pick(f, "英業達股份有限公司", "仁寶電腦工業股份有限公司"), "customer", None),
        ("料號", pick(f, "KB-TW-8820", "TP-TW-1130"), "part_no", None),
    ))  # fmt: skip
    f.raw("</table><h3>D1 團隊成員</h3><table><tr><th>姓名</th><th>職責</th><th>部門</th></tr>")
    for n, role, dept in pick(
        f,
        [("張志豪", "組長", "品保"), ("吳美玲", "組員", "製造")],
        [("劉俊傑", "組長", "品保"), ("許家豪", "組員", "工程"), ("鄭宇軒", "組員", "製造")],
    ):
        f.raw(
            f"<tr><td>{f.val(n, path='team[*].name', label='姓名')}</td>"
            f"<td>{f.val(role, path=f'team[name={n}].role', label='職責', expect={'組長': 'leader', '組員': 'member'}[role])}</td>"
            f"<td>{f.val(dept, path=f'team[name={n}].dept', label='部門')}</td></tr>"
        )
    f.raw("</table><h3>D2 問題描述</h3><p>")
    f.raw(
        f.val(
            pick(f, "鍵盤按鍵回彈不良，客戶 OQC 抽檢 35 台。", "觸控板點擊無反應 12 台。"),
            path="problem.statement",
            label="D2 問題描述",
        )
    )
    f.raw(
        "</p><h3>D3 暫時對策</h3><table class='long'><thead><tr><th>項次</th><th>對策</th><th>負責人</th><th>完成日</th></tr></thead><tbody>"
    )
    acts = pick(
        f,
        [
            (f"{loc}庫存全數篩選", who, f"115/03/{7 + i:02d}")
            for i, (loc, who) in enumerate(
                (
                    ("廠內成品倉", "吳美玲"),
                    ("廠內半成品", "吳美玲"),
                    ("昆山 Hub 倉", "張志豪"),
                    ("重慶 Hub 倉", "張志豪"),
                    ("在途海運", "張志豪"),
                    ("客戶產線", "張志豪"),
                    ("客戶 OQC 倉", "吳美玲"),
                    ("維修站", "吳美玲"),
                    ("退貨倉", "吳美玲"),
                    ("外包廠", "張志豪"),
                    ("樣品室", "吳美玲"),
                    ("展示機", "張志豪"),
                )
            )
        ],
        [
            (f"{loc}庫存全數篩選", who, f"115/04/{16 + i:02d}")
            for i, (loc, who) in enumerate(
                (
                    ("廠內成品倉", "許家豪"),
                    ("廠內半成品", "許家豪"),
                    ("昆山 Hub 倉", "劉俊傑"),
                    ("重慶 Hub 倉", "劉俊傑"),
                    ("在途空運", "劉俊傑"),
                    ("客戶產線", "鄭宇軒"),
                    ("客戶 OQC 倉", "鄭宇軒"),
                    ("維修站", "鄭宇軒"),
                    ("退貨倉", "許家豪"),
                    ("外包廠", "劉俊傑"),
                    ("樣品室", "許家豪"),
                )
            )
        ],
    )
    for i, (act, who, done) in enumerate(acts):
        y, m, d = (int(x) for x in done.split("/"))
        f.raw(
            f"<tr><td>{i + 1}</td><td>{f.val(act, path='containment[*].action', label='對策')}</td>"
            f"<td>{f.val(who, path=f'containment[action={act}].owner', label='負責人')}</td>"
            f"<td>{f.val(done, path=f'containment[action={act}].done_date', label='完成日', expect=D(y + 1911, m, d).isoformat())}</td></tr>"
        )
    f.raw("</tbody></table><h3>D4 根本原因</h3><p>發生原因：")
    f.raw(
        f.val(
            pick(f, "按鍵剪刀腳卡榫尺寸偏小 0.05 mm。", "觸控板 FPC 彎折半徑過小。"),
            path="root_cause[type=occurrence].cause",
            label="發生原因",
        )
    )
    f.raw("</p><p>流出原因：")
    f.raw(
        f.val(
            pick(f, "出貨檢驗未含按鍵手感測試。", "功能測試未含點擊力量。"),
            path="root_cause[type=escape].cause",
            label="流出原因",
        )
    )
    f.raw("</p><h3>D5 永久對策</h3><p>")
    f.raw(
        f.val(
            pick(f, "模具修正卡榫尺寸並首件量測。", "FPC 彎折治具改善。"),
            path="corrective_actions[*].action",
            label="D5 永久對策",
        )
    )
    f.raw("</p><h3>D8 結案</h3><p>結案日：")
    f.raw(
        f.val(
            pick(f, "115/04/02", "115/05/12"),
            path="closure.closed_date",
            label="結案日",
            expect=pick(f, "2026-04-02", "2026-05-12"),
        )
    )
    f.raw("</p>")
    return f.page(
        "8D 矯正預防報告",
        "body{font-family:'Noto Sans CJK TC','Noto Sans',sans-serif}h1{font-size:15pt;margin:10px 14px}h3{margin:8px 14px 2px}p{margin:2px 14px}table{margin:4px 14px;border-collapse:collapse;width:92%}td,th{border:1px solid #999;padding:3px 6px}th{background:#eee}table.long td{height:44px}thead{display:table-header-group}tr{break-inside:avoid}",
    )


def return_en_fpdf_landscape(f: PdfDraw) -> None:
    """An English Goods Return Note drawn by fpdf2 on a LANDSCAPE A4 page and delivered, as a
    printer driver writes it, as a portrait page with its content turned and ``/Rotate 90``: a header band with
    Return Note No. / Date ``11-03-2026`` / Customer, ruled item table (Part No. / Description /
    Qty / UoM / Amount ``US$1,240.00``), Reason and Disposition boxes, Received by ``/``."""
    f.pdf = pdf = type(f.pdf)(orientation="L", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    f.text(15, 15, "Nordic Fluid Controls (Tianjin) Co., Ltd.", 11, bold=True)
    f.text(200, 15, "GOODS RETURN NOTE", 14, bold=True)
    for x, cap, raw, path, exp in (
        (15, "Return Note No.", pick(f, "GRN-TJ-26-031", "GRN-TJ-26-058"), "number", None),
        (95, "Date", pick(f, "11-03-2026", "22-04-2026"), "issue_date", pick(f, "2026-03-11", "2026-04-22")),
        (175, "Customer", pick(f, "Danfoss (Tianjin) Ltd.", "Grundfos Pumps (Suzhou)"), "customer", None),
    ):
        pdf.rect(x, 22, 80 if x < 175 else 105, 12)
        f.text(x + 1.5, 25.5, cap, 6)
        f.value(x + 2, 31, raw, path=path, label=cap, expect=exp)
    cols = (
        (15, 40, "Part No."),
        (55, 110, "Description"),
        (165, 25, "Qty"),
        (190, 20, "UoM"),
        (210, 50, "Amount"),
    )
    y = 40
    for x, w, h in cols:
        pdf.rect(x, y, w, 7)
        f.text(x + 1.5, y + 5, h, 8, bold=True)
    lines = pick(
        f,
        [
            ("NV-1020", "Solenoid valve 1/2in 24VDC", 120, 10.34),
            ("NV-2210", "Pressure switch 0-10 bar", 60, 21.5),
        ],
        [
            ("NV-1030", "Solenoid valve 3/4in 24VDC", 80, 12.1),
            ("NV-4400", "Check valve DN15", 200, 3.2),
            ("NV-2210", "Pressure switch 0-10 bar", 20, 21.5),
        ],
    )
    for i, (pn, desc, q, p) in enumerate(lines):
        yy = y + 7 + 7 * i
        for x, w, _ in cols:
            pdf.rect(x, yy, w, 7)
        a = round(q * p, 2)
        f.value(17, yy + 5, pn, path=f"items[{i}].part_no", label="Part No.", size=8)
        f.value(57, yy + 5, desc, path=f"items[{i}].part_name", label="Description", size=8)
        f.value(167, yy + 5, str(q), path=f"items[{i}].qty_returned", label="Qty", expect=q, size=8)
        f.value(192, yy + 5, "EA", path=None, label="UoM", size=8)
        f.value(
            212, yy + 5, f"US${a:,.2f}", path=f"items[{i}].amount", label="Amount", expect=f"{a:.2f}", size=8
        )
    yy = y + 7 + 7 * len(lines) + 5
    pdf.rect(15, yy, 150, 18)
    f.text(16.5, yy + 3.5, "Reason for Return", 6)
    f.value(
        17,
        yy + 10,
        pick(f, "Coil burnt after 2 h at 24 VDC; customer incoming test.", "Leakage at seat, 80 pcs."),
        path="reason",
        label="Reason for Return",
    )
    pdf.rect(165, yy, 95, 18)
    f.text(166.5, yy + 3.5, "Disposition", 6)
    f.value(
        167,
        yy + 10,
        pick(f, "Repair", "Replace"),
        path="handling",
        label="Disposition",
        expect=pick(f, ["repair"], ["replace"]),
    )
    pdf.rect(165, yy + 20, 95, 14)
    f.text(166.5, yy + 23.5, "Received by (Warehouse)", 6)
    f.value(167, yy + 30, "/", path=None, label="Received by (Warehouse)")
    pdf_absent(f, "Received by (Warehouse)", f"p1!167,{yy + 30:g}", "/", "warehouse_receiver")


def allowance_zht_html_statutory(f: HtmlForm) -> str:
    """The statutory 營業人銷貨退回進貨退出或折讓證明單 (Taiwan) as a supplier portal page printed by
    Chromium: the 原進貨發票 columns 聯式 / 年 / 月 / 日 / 字軌 / 號碼 / 品名 / 數量 / 單價 / 金額 /
    營業稅額, 課稅別 ✓ under 應稅, the buyer (進貨營業人) and the seller (原銷貨營業人) with their
    統一編號, 填報日期 ``115年3月30日``, 合計."""
    f.raw("<h1>營業人銷貨退回進貨退出或折讓證明單</h1><table class='hd'>")
    kv_rows(f, (
        ("原銷貨營業人 名稱", "台灣精密電機股份有限公司", "seller.name", None),
        ("原銷貨營業人 統一編號", "84149786", "seller.tax_id", None),
        ("進貨營業人 名稱", "東元電機股份有限公司", "buyer", None),
        ("進貨營業人 統一編號", "11374000", "buyer_tax_id", None),
        ("填報日期", "115年3月30日", "issue_date", "2026-03-30"),
    ))  # fmt: skip
    f.raw(
        "</table><table><tr><th rowspan=2>聯式</th><th colspan=3>發票日期</th><th rowspan=2>字軌號碼</th><th rowspan=2>品名</th><th rowspan=2>數量</th><th rowspan=2>單價</th><th colspan=2>退出或折讓內容</th><th rowspan=2>課稅別</th></tr>"
    )
    f.raw("<tr><th>年</th><th>月</th><th>日</th><th>金額(不含稅)</th><th>營業稅額</th></tr>")
    net = tax = 0
    for i, (name, q, p) in enumerate((("馬達軸 Φ12", 300, 45), ("馬達端蓋", 300, 20))):
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        year_id = f.n + 2
        inv = f.val("EK-20117765", path="invoice_no" if i == 0 else None, label="字軌號碼")
        dates = "".join(
            f"<td>{f.val(v, path=None, label=h)}</td>" for v, h in (("115", "年"), ("2", "月"), ("26", "日"))
        )
        f.raw(
            f"<tr><td>三聯式</td>{dates}<td>{inv}</td>"
            f"<td>{f.val(name, path=f'items[{i}].name', label='品名')}</td>"
            f"<td>{f.val(q, path=f'items[{i}].qty', label='數量')}</td>"
            f"<td>{f.val(p, path=f'items[{i}].unit_price', label='單價', expect=f'{p:.2f}')}</td>"
            f"<td>{f.val(f'{a:,}', path=f'items[{i}].allowance_amount', label='金額(不含稅)', expect=f'{a:.2f}')}</td>"
            f"<td>{f.val(f'{t:,}', path=f'items[{i}].tax', label='營業稅額', expect=f'{t:.2f}')}</td><td>✓應稅</td></tr>"
        )
        if i == 0 and not f.blank:
            first_year = year_id
    if not f.blank:
        f.fields.append(
            {
                "label": "發票日期",
                "cell": f"html!#v{first_year}",
                "value": "115 2 26",
                "path": "invoice_date",
                "expect": "2026-02-26",
            }
        )
    f.raw(
        f"<tr><th colspan=8>合計</th><td>{f.val(f'{net:,}', path='total_excl_tax', label='合計', expect=f'{net:.2f}')}</td>"
        f"<td>{f.val(f'{tax:,}', path='total_tax', label='合計', expect=f'{tax:.2f}')}</td><td></td></tr></table>"
    )
    f.raw(
        "<p class='note'>本證明單所列進貨退出或折讓，確屬事實，特此證明。</p><table class='hd'><tr><th>進貨營業人蓋章</th><td class='stamp'>"
    )
    f.raw(f.val("", path=None, label="進貨營業人蓋章") + "</td></tr></table>")
    pdf_absent(f, "進貨營業人蓋章", f"html!#v{f.n}", "", "buyer_stamped")
    return f.page(
        "折讓證明單",
        "body{font-family:'Noto Sans CJK TC','Noto Sans',sans-serif}h1{font-size:14pt;margin:10px 14px;text-align:center}table{margin:6px 14px;border-collapse:collapse;width:94%}td,th{border:1px solid #555;padding:3px 5px;font-size:9pt}th{background:#f2f2f2;font-weight:normal}table.hd th{width:30%;text-align:left}.stamp{height:50px}.note{margin:6px 14px;font-size:9pt}",
    )


SENT_AS_PDF = [
    dict(
        id="complaint-zh-docx-landscape",
        kind="complaint",
        language="zh-Hans",
        medium="docx",
        landscape=True,
        draw=complaint_zh_docx_landscape,
        imitates="客户投诉处理单 made in Word on a landscape page, three label/value pairs a row",
        unmapped=["文件编号", "批准"],
    ),
    dict(
        id="8d-zht-html-twopage",
        kind="8d",
        language="zh-Hant",
        medium="html",
        draw=eightd_zht_html_twopage,
        copy2=True,
        imitates="a Taiwanese customer's 8D page whose containment table runs onto page two with its header repeated",
        unmapped=["項次"],
    ),
    dict(
        id="return-en-fpdf-rotate90",
        kind="return",
        language="en",
        medium="fpdf",
        draw=return_en_fpdf_landscape,
        rotate=True,
        imitates="an English Goods Return Note drawn by fpdf2 landscape, delivered as a portrait page with /Rotate 90",
        unmapped=["UoM", "Received by (Warehouse)"],
    ),
    dict(
        id="allowance-zht-html-statutory",
        kind="allowance",
        language="zh-Hant",
        medium="html",
        draw=allowance_zht_html_statutory,
        imitates="the statutory 營業人銷貨退回進貨退出或折讓證明單 as a portal page, invoice date over 年/月/日 columns",
        unmapped=["聯式", "課稅別", "進貨營業人蓋章"],
    ),
]


# =============================================================================== odd files
ODD = {
    "scanned-complaint-image-only": "a complaint sheet scanned to an image-only PDF (no text layer): a clear error, never a record",
    "truncated-return-pdf": "a return note PDF cut off in the download (the first 40 % of the bytes): a clear error, never a record",
}


def write_odd(out: Path, pdf: bool) -> None:
    """``odd/<id>.pdf`` and ``odd/<id>.json`` (the expected outcome); made from filled PDFs of
    this set, so only when the PDFs are printed."""
    (out / "odd").mkdir(parents=True, exist_ok=True)
    for oid, why in ODD.items():
        (out / "odd" / f"{oid}.json").write_text(
            json.dumps({"id": oid, "outcome": "error", "why": why}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
    if not pdf:
        return
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(out / "filled" / "complaint-zh-onecell-colon.pdf"))[0]
    image = page.render(scale=1.5).to_pil().convert("L")
    buf = io.BytesIO()
    image.save(buf, "PDF", resolution=108.0)
    (out / "odd" / "scanned-complaint-image-only.pdf").write_bytes(buf.getvalue())
    whole = (out / "filled" / "return-zh-pagebreak-repeat.pdf").read_bytes()
    (out / "odd" / "truncated-return-pdf.pdf").write_bytes(whole[: len(whole) * 2 // 5])


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "seventh held-out layouts")
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
    write_odd(out, "--no-pdf" not in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
