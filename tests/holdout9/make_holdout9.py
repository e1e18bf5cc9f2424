"""Write the ninth held-out set (run: ``python tests/holdout9/make_holdout9.py``).

Written from public descriptions of real forms (客户抱怨处理单, Customer Complaint Log,
客訴處理單, VDA-style 8D, 8D报告 with an attachments list, 8D 報告 with a 5-Why chain, RMA,
退货单, 退貨單, Credit Note, 销货折让证明单, 折讓單) WITHOUT reading the reader's code, for
clerks' habits no earlier set holds: dates shown in Chinese numerals by a ``[DBNum1]`` number
format (``二〇二六年三月五日``); date-time cells (``2026-03-05 14:32``); dates typed with the
weekday (``2026/03/05(四)``); ``dd.mm.yyyy`` date cells in a German customer's 8D; quantities in
thousands or ten-thousands by the column's unit (``Qty (KPCS)`` 2.4, ``数量(万pcs)`` 1.2) and
amounts in ``千元``; a quantity typed as cartons × count (``20箱×500=10,000``); negative amounts
in a credit note (``(1,250.00)``, ``-162.50``); an item table turned on its side (items as
columns); 8D disciplines as the COLUMNS of a landscape sheet; an attachments list whose 日期
column must not feed the form's dates; a 5-Why chain before the root cause; hidden rows and a
hidden column holding the template's example values. Sent as PDF only (fpdf2): values typed
over underscores with a red seal drawn in text, a numbered-section 8D, an RMA whose template
keeps an example row in WHITE text, a two-part certificate (the same values printed twice on
one page). ``odd/`` holds files that must give a clear error.
Differs from ``tests/layouts``, ``tests/holdout`` … ``tests/holdout8`` and ``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Output in the format of ``tests/holdout8`` (see its README). Deterministic for the xlsx/json
files; the PDFs need ``soffice`` and fpdf2 (``--no-pdf`` skips them; ``--out DIR`` writes
elsewhere).
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "holdout8"))

from holdout_kit import (  # noqa: E402
    PdfDraw,
    Sheet,
    absent,
    field,
    label,
    landscape,
    lv,
    money,
    odd_expected,
    pick,
    plain,
    run,
)
from make_holdout8 import CjkDraw  # noqa: E402

D = dt.date
T = dt.datetime
SOURCE = dict(origin="ninth held-out imitation", source="tests/holdout9/make_holdout9.py")
DBNUM_DATE = '[DBNum1][$-804]yyyy"年"m"月"d"日"'
WEEKDAYS = "一二三四五六日"


# =============================================================================== how clerks type
def weekday(d: dt.date) -> str:
    """A date typed with its weekday: ``2026/03/05(四)``."""
    return f"{d:%Y/%m/%d}({WEEKDAYS[d.weekday()]})"


def cartons(boxes: int, per: int) -> str:
    return f"{boxes}箱×{per}={boxes * per:,}"


def paren(x: float) -> str:
    """An accountant's negative: ``(1,250.00)``."""
    return f"({x:,.2f})"


def hide_rows(s: Sheet, *rows: int) -> None:
    for r in rows:
        s.ws.row_dimensions[r].hidden = True


# =============================================================================== Excel layouts
def complaint_zh_dbnum(s: Sheet) -> None:
    """客户抱怨处理单 of a motor maker: the dates are date cells whose number format
    ``[DBNum1][$-804]yyyy"年"m"月"d"日"`` shows them in Chinese numerals (``二〇二六年三月五日``),
    and an 附件清单 (序号 | 附件名称 | 提交日期) at the foot whose dates are the attachments', not
    the complaint's."""
    s.text("A1", "客户抱怨处理单", "F1", size=15)
    plain(s, "A2", "文件编号：QR-820-03　第 A/2 版", "F2")
    lv(s, "A3", "单号", "B3", pick(s, "KB-2603-011", "KB-2604-027"), "number")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 14))
    lv(s, "C3", "接单日期", "D3", rec, "received_date", fmt=DBNUM_DATE)
    lv(s, "E3", "订单号", "F3", pick(s, "PO26-3321", "PO26-4410"), "order_no")
    lv(
        s,
        "A4",
        "客户",
        "B4",
        pick(s, "美的集团武汉制冷设备有限公司", "格力电器(合肥)有限公司"),
        "customer",
        span="D4",
    )
    ship = pick(s, D(2026, 2, 26), D(2026, 4, 2))
    lv(s, "E4", "出货日期", "F4", ship, "ship_date", fmt=DBNUM_DATE)
    lv(s, "A5", "品号", "B5", pick(s, "MT-BL-5520", "MT-BL-6130"), "part_no")
    lv(s, "C5", "品名", "D5", pick(s, "直流无刷风机电机", "室外风机电机"), "part_name")
    lv(s, "E5", "批号", "F5", pick(s, "L2602-18", "L2603-30"), "lot_no")
    lv(s, "A6", "交货数", "B6", pick(s, 5000, 3200), "ship_qty")
    lv(s, "C6", "不良数", "D6", pick(s, 85, 40), "defect_qty")
    label(s, "E6", "责任单位")
    s.value("F6", pick(s, "制造二课", "采购部"), path="responsible_unit", label="责任单位")
    for row, lab, raw, path in (
        (
            7,
            "异常描述",
            pick(s, "风机异响，客户整机测试 85 台噪音超 45 dB。", "电机轴承卡滞 40 台。"),
            "description",
        ),
        (
            9,
            "原因分析",
            pick(s, "轴承预压弹片漏装，装配工位无防错。", "轴承供应商润滑脂批次异常。"),
            "root_cause",
        ),
        (11, "纠正措施", pick(s, "增加弹片有无光电检测。", "更换润滑脂并加严进料检验。"), "long_term_action"),
    ):
        label(s, f"A{row}", lab, f"A{row + 1}")
        s.value(f"B{row}", raw, path=path, label=lab, span=f"F{row + 1}")
    s.text("A13", "附件清单", "F13", bold=True, shade=True, center=True)
    for c, h in zip("ABE", ("序号", "附件名称", "提交日期"), strict=True):
        s.text(f"{c}14", h, "D14" if c == "B" else ("F14" if c == "E" else None), bold=True, center=True)
    for i, (name, d) in enumerate(
        pick(
            s,
            [("不良品照片", D(2026, 3, 6)), ("噪音测试报告", D(2026, 3, 9))],
            [("拆解照片", D(2026, 4, 15))],
        )
    ):
        r = 15 + i
        s.value(f"A{r}", i + 1, path=None, label="序号")
        s.value(f"B{r}", name, path=None, label="附件名称", span=f"D{r}")
        s.value(f"E{r}", d, path=None, label="提交日期", span=f"F{r}", fmt=DBNUM_DATE)
    lv(s, "A18", "填表", "B18", pick(s, "周婷", "周婷"), "reporter")
    lv(s, "C18", "审核", "D18", pick(s, "郭建平", "郭建平"), "sales_supervisor")
    close = pick(s, D(2026, 3, 20), D(2026, 4, 28))
    lv(s, "E18", "结案日期", "F18", close, "closed_date", fmt=DBNUM_DATE)


def complaint_en_datetime(s: Sheet) -> None:
    """Customer Complaint Log entry of a connector plant's call centre: the received and shipped
    moments are date-time cells (``2026-03-05 14:32``), the shipped quantity is in thousands by
    the label ``Shipped Qty (KPCS)`` (``2.4`` is 2,400 pieces), the severity a word."""
    s.text("A1", "CUSTOMER COMPLAINT LOG — ENTRY", "F1", size=14)
    lv(s, "A2", "Log No.", "B2", pick(s, "CCL-26-0187", "CCL-26-0240"), "number")
    rec = pick(s, T(2026, 3, 5, 14, 32), T(2026, 4, 9, 9, 5))
    lv(
        s,
        "C2",
        "Received",
        "D2",
        rec,
        "received_date",
        fmt="yyyy-mm-dd hh:mm",
        expect=rec.date().isoformat(),
        shown=f"{rec:%Y-%m-%d %H:%M} (Excel date-time cell)",
    )
    lv(s, "E2", "Severity", "F2", pick(s, "Major", "Minor"), "severity", expect=pick(s, "major", "minor"))
    lv(
        s,
        "A3",
        "Customer",
        "B3",
        pick(s, "TE Connectivity Suzhou", "Amphenol Changzhou"),
        "customer",
        span="D3",
    )
    lv(s, "E3", "PO No.", "F3", pick(s, "4500871123", "4500902211"), "order_no")
    lv(s, "A4", "Part No.", "B4", pick(s, "CN-2.54-40P", "CN-1.27-20P"), "part_no")
    lv(s, "C4", "Part Name", "D4", pick(s, "Pin header 2.54 mm 40P", "Box header 1.27 mm 20P"), "part_name")
    ship = pick(s, T(2026, 2, 27, 16, 0), T(2026, 4, 1, 11, 20))
    lv(
        s,
        "E4",
        "Shipped",
        "F4",
        ship,
        "ship_date",
        fmt="yyyy-mm-dd hh:mm",
        expect=ship.date().isoformat(),
        shown=f"{ship:%Y-%m-%d %H:%M} (Excel date-time cell)",
    )
    sq, dq = pick(s, (2.4, 120), (6.0, 36))
    lv(s, "A5", "Shipped Qty (KPCS)", "B5", sq, "ship_qty", expect=int(sq * 1000))
    lv(s, "C5", "Rejected (pcs)", "D5", dq, "defect_qty")
    lv(s, "E5", "Lot", "F5", pick(s, "2608A", "2613C"), "lot_no")
    lv(
        s,
        "A6",
        "Complaint",
        "B6",
        pick(
            s,
            "Pins bent after tape-and-reel; 120 pcs cannot be placed.",
            "Plating peeled on 36 pcs after reflow.",
        ),
        "description",
        span="F6",
    )
    lv(
        s,
        "A7",
        "Containment",
        "B7",
        pick(s, "Sorted 18 reels in FG store.", "Hold lot 2613C."),
        "short_term_action",
        span="F7",
    )
    lv(s, "A8", "Logged by", "B8", pick(s, "Amy Xu", "Amy Xu"), "reporter")
    label(s, "C8", "Approved")
    s.box("D8")
    absent(s, "Approved", "D8", "", "approver")
    lv(s, "E8", "Owner", "F8", pick(s, "Kevin Ma", "Kevin Ma"), "sales_supervisor")


def complaint_zht_weekday(s: Sheet) -> None:
    """客訴處理單 of a Taiwanese bicycle-parts maker: dates typed with the weekday
    (``2026/03/05(四)``), the shipped quantity typed as cartons × count (``20箱×500=10,000``), two
    hidden rows under the header holding the template's example (``範例``) values."""
    s.text("A1", "客訴處理單", "F1", size=15)
    lv(s, "A2", "客訴編號", "B2", pick(s, "CS-2603-08", "CS-2604-15"), "number")
    rec = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    lv(s, "C2", "受理日期", "D2", weekday(rec), "received_date", expect=rec.isoformat())
    lv(s, "E2", "客戶", "F2", pick(s, "巨大機械工業", "美利達工業"), "customer")
    for r, vals in (
        (3, ("範例：CS-2501-01", "2025/01/02(四)", "範例客戶")),
        (4, ("範例：零件 ABC", "100箱×10=1,000", "範例說明")),
    ):
        for c, v in zip("BDF", vals, strict=True):
            s.ws[f"{c}{r}"].value = v
    hide_rows(s, 3, 4)
    lv(s, "A5", "料號", "B5", pick(s, "HB-F32-QR", "HB-R36-TA"), "part_no")
    lv(s, "C5", "品名", "D5", pick(s, "前花鼓 32H", "後花鼓 36H"), "part_name")
    ship = pick(s, D(2026, 2, 24), D(2026, 4, 7))
    lv(s, "E5", "出貨日期", "F5", weekday(ship), "ship_date", expect=ship.isoformat())
    b, per = pick(s, (20, 500), (12, 250))
    lv(s, "A6", "出貨數量", "B6", cartons(b, per), "ship_qty", expect=b * per)
    lv(s, "C6", "不良數量", "D6", pick(s, "64", "18"), "defect_qty", expect=pick(s, 64, 18))
    lv(s, "E6", "批號", "F6", pick(s, "HB2602", "HB2603"), "lot_no")
    lv(
        s,
        "A7",
        "不良現象",
        "B7",
        pick(s, "花鼓軸承異音，客戶組車後 64 個轉動卡頓。", "快拆桿鎖不緊 18 個。"),
        "description",
        span="F7",
    )
    lv(
        s,
        "A8",
        "暫時對策",
        "B8",
        pick(s, "庫存全數重新打油並轉動測試。", "庫存全檢鎖緊力。"),
        "short_term_action",
        span="F8",
    )
    lv(s, "A9", "承辦人", "B9", pick(s, "林怡君", "林怡君"), "reporter")
    lv(s, "C9", "業務主管", "D9", pick(s, "張家豪", "張家豪"), "sales_supervisor")
    close = pick(s, D(2026, 3, 19), D(2026, 4, 30))
    lv(s, "E9", "結案日期", "F9", weekday(close), "closed_date", expect=close.isoformat())


def eightd_en_vda_columns(s: Sheet) -> None:
    """A German customer's 8D sheet in landscape whose disciplines are the COLUMNS (D1 … D8 side
    by side, the content under each heading, a name and a ``dd.mm.yyyy`` date cell at the foot
    of each column), the header above in label | value pairs."""
    landscape(s)
    s.text("A1", "8D-Report / 8D-Bericht", "H1", size=14)
    lv(s, "A2", "8D No.", "B2", pick(s, "8D-ZF-26-031", "8D-ZF-26-047"), "number")
    lv(s, "C2", "Customer", "D2", pick(s, "ZF Friedrichshafen AG", "Continental Automotive"), "customer")
    lv(s, "E2", "Part No.", "F2", pick(s, "ZF-4471-220", "CT-8812-041"), "part_no")
    opened = pick(s, D(2026, 3, 4), D(2026, 4, 8))
    lv(s, "G2", "Opened", "H2", opened, "opened_date", fmt="dd.mm.yyyy")
    lv(s, "A3", "Complaint No.", "B3", pick(s, "Q-4711-26", "Q-5120-26"), "complaint_number")
    heads = (
        "D1 Team",
        "D2 Problem",
        "D3 Containment",
        "D4 Root cause",
        "D5 Corrective action",
        "D6 Implementation",
        "D7 Prevention",
        "D8 Closure",
    )
    for c, h in zip("ABCDEFGH", heads, strict=True):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    team = pick(s, ["M. Weber (Lead)", "Li Hua", "Chen Bo"], ["Li Hua (Lead)", "Chen Bo"])
    s.value("A6", "\n".join(team), path=None, label="D1 Team")
    for n in team:
        name = n.replace(" (Lead)", "")
        field(s, "D1 Team", "A6", "\n".join(team), "team[*].name", name)
    lead = team[0].replace(" (Lead)", "")
    field(s, "D1 Team", "A6", "\n".join(team), f"team[name={lead}].role", "leader")
    cont = pick(s, "Sort 3,000 housings at ZF and in transit", "Block lot 2614 at Continental")
    cells = (
        (
            "B",
            pick(s, "Housing bore Ø22 H7 oversize on 42 of 1,200 parts", "Burr on seal groove, 15 leaks"),
            "problem.statement",
            "D2 Problem",
        ),
        ("C", cont, "containment[0].action", "D3 Containment"),
        (
            "D",
            pick(s, "Boring tool insert worn, no tool-life counter", "Deburring brush not replaced"),
            "root_cause[type=occurrence].cause",
            "D4 Root cause",
        ),
        (
            "E",
            pick(s, "Tool-life counter 800 parts, poka-yoke", "Brush change every shift"),
            "corrective_actions[0].action",
            "D5 Corrective action",
        ),
        (
            "F",
            pick(s, "Counter active since shift 2, Cpk 1.9", "Implemented, 0 leaks in 3 lots"),
            "implementation[0].result",
            "D6 Implementation",
        ),
        (
            "G",
            pick(s, "PFMEA and control plan of all boring ops updated", "Same brush rule on line 3"),
            "prevention.horizontal_deployment",
            "D7 Prevention",
        ),
    )
    for c, raw, path, lab in cells:
        s.value(f"{c}6", raw, path=path, label=lab)
    # eightd43: the documents a D7 text names are the documents updated too (read from the text, warned)
    if pick(s, True, False):  # the second copy's "Same brush rule on line 3" names none
        text = "PFMEA and control plan of all boring ops updated"
        field(s, "D7 Prevention", "G6", text, "prevention.documents_updated", ["fmea", "control_plan"])
    s.value("H6", pick(s, "Closed, customer accepted", "Closed"), path=None, label="D8 Closure")
    s.height(6, 90)
    for c in "ABCDEFGH":
        s.text(f"{c}7", "Name / Date", center=True)
    s.value("C8", pick(s, "Chen Bo", "Chen Bo"), path=f"containment[action={cont}].owner", label="D3 Name")
    done = pick(s, D(2026, 3, 6), D(2026, 4, 9))
    s.value("C9", done, path=f"containment[action={cont}].done_date", label="D3 Date", fmt="dd.mm.yyyy")
    impl = pick(s, D(2026, 3, 20), D(2026, 4, 24))
    s.value("F9", impl, path="implementation[0].implemented_date", label="D6 Date", fmt="dd.mm.yyyy")
    s.value("H8", pick(s, "M. Weber", "K. Braun"), path="closure.approved_by", label="D8 Name")
    closed = pick(s, D(2026, 4, 2), D(2026, 5, 6))
    s.value("H9", closed, path="closure.closed_date", label="D8 Date", fmt="dd.mm.yyyy")


def eightd_zh_attachments(s: Sheet) -> None:
    """8D报告 of a stamping plant: dates typed ``2026-3-5``, the D3 table's columns in an unusual
    order (完成日期 | 责任人 | 围堵措施), and an 附件清单 (附件 | 上传人 | 日期) at the foot whose
    dates belong to the attachments, not to any discipline."""
    s.text("A1", "8D报告", "F1", size=15)
    lv(s, "A2", "报告编号", "B2", "8D-CY-2603-09", "number")
    lv(s, "C2", "客户", "D2", "一汽-大众(成都)", "customer")
    lv(s, "E2", "立案日期", "F2", "2026-3-5", "opened_date", expect="2026-03-05")
    lv(s, "A3", "零件号", "B3", "5QD-821-105", "part_no")
    lv(s, "C3", "客诉单号", "D3", "FAW-QR-26-0133", "complaint_number")
    lv(s, "E3", "投诉数量", "F3", "26", "problem.qty_complained", expect=26)
    lv(s, "A4", "D1 小组成员", "B4", "刘洋(组长)、何静、马超", None, span="F4")
    for n in ("刘洋", "何静", "马超"):
        field(s, "D1 小组成员", "B4", "刘洋(组长)、何静、马超", "team[*].name", n)
    field(s, "D1 小组成员", "B4", "刘洋(组长)、何静、马超", "team[name=刘洋].role", "leader")
    lv(
        s,
        "A5",
        "D2 问题描述",
        "B5",
        "翼子板支架冲孔偏位 1.2 mm，客户焊装无法装配 26 件。",
        "problem.statement",
        span="F5",
    )
    label(s, "A6", "D3 围堵", "A8")
    for c, h in zip("BCD", ("完成日期", "责任人", "围堵措施"), strict=True):
        s.text(f"{c}6", h, "F6" if c == "D" else None, bold=True, center=True)
    for i, (d, who, act) in enumerate(
        (("2026-3-6", "何静", "成品库 1,800 件全检孔位"), ("2026-3-7", "马超", "在途 600 件到客户端挑选"))
    ):
        r = 7 + i
        s.value(
            f"B{r}",
            d,
            path=f"containment[action={act}].done_date",
            label="完成日期",
            expect=f"2026-03-0{6 + i}",
        )
        s.value(f"C{r}", who, path=f"containment[action={act}].owner", label="责任人")
        s.value(f"D{r}", act, path=f"containment[{i}].action", label="围堵措施", span=f"F{r}")
    lv(
        s,
        "A9",
        "D4 根本原因",
        "B9",
        "冲孔凸模定位销磨损，换模点检表无此项。",
        "root_cause[type=occurrence].cause",
        span="F9",
    )
    lv(
        s,
        "A10",
        "D5 纠正措施",
        "B10",
        "定位销改硬质合金并纳入换模点检。",
        "corrective_actions[0].action",
        span="F10",
    )
    lv(s, "A11", "D7 预防", "B11", "同类 6 套模具横向展开。", "prevention.horizontal_deployment", span="F11")
    lv(s, "A12", "D8 批准", "B12", "孙经理", "closure.approved_by")
    lv(s, "C12", "结案日期", "D12", "2026-4-3", "closure.closed_date", expect="2026-04-03")
    s.text("A14", "附件清单", "F14", bold=True, shade=True, center=True)
    for c, h in zip("ABE", ("序号", "附件", "日期"), strict=True):
        s.text(f"{c}15", h, "D15" if c == "B" else None, bold=True, center=True)
    s.text("F15", "上传人", bold=True, center=True)
    for i, (name, d, who) in enumerate(
        (("孔位测量报告", "2026-3-9", "何静"), ("模具维修记录", "2026-3-12", "马超"))
    ):
        r = 16 + i
        s.value(f"A{r}", i + 1, path=None, label="序号")
        s.value(f"B{r}", name, path=None, label="附件", span=f"D{r}")
        s.value(f"E{r}", d, path=None, label="日期")
        s.value(f"F{r}", who, path=None, label="上传人")


def eightd_zht_fivewhy(s: Sheet) -> None:
    """8D 報告 of a Taiwanese injection moulder whose D4 is a 5-Why chain (為何1 … 為何4 rows)
    ending in a 根本原因 row; the team a table 姓名 | 部門 | 角色 (角色 LAST); a hidden column H
    holds the template's example team."""
    s.text("A1", "8D 報告", "F1", size=15)
    lv(s, "A2", "編號", "B2", "8D-TY-2603-04", "number")
    lv(s, "C2", "客戶", "D2", "台達電子工業", "customer")
    lv(s, "E2", "開立日期", "F2", D(2026, 3, 9), "opened_date")
    lv(s, "A3", "料號", "B3", "PC-FAN-9225", "part_no")
    lv(s, "C3", "客訴數量", "D3", 48, "problem.qty_complained")
    s.text("A4", "D1 小組", "A6", bold=True, shade=True)
    for c, h in zip("BCD", ("姓名", "部門", "角色"), strict=True):
        s.text(f"{c}4", h, bold=True, center=True)
    for i, (n, dept, role, exp) in enumerate(
        (("黃志偉", "品保課", "組長", "leader"), ("蔡佩玲", "成型課", "組員", None))
    ):
        r = 5 + i
        s.value(f"B{r}", n, path="team[*].name", label="姓名")
        s.value(f"C{r}", dept, path=f"team[name={n}].dept", label="部門")
        s.value(f"D{r}", role, path=f"team[name={n}].role" if exp else None, label="角色", expect=exp)
    s.ws["H4"].value, s.ws["H5"].value = "範例", "王小明 / 品保 / 組長"
    s.ws.column_dimensions["H"].hidden = True
    lv(s, "A7", "D2 問題描述", "B7", "風扇框卡扣斷裂，客戶組裝 48 件。", "problem.statement", span="F7")
    lv(s, "A8", "D3 圍堵", "B8", "庫存 5,000 件全檢卡扣。", "containment[0].action", span="F8")
    whys = ("卡扣斷裂", "卡扣根部應力集中", "根部 R 角 0.1 mm 過小", "模具修模時 R 角被磨掉")
    for i, w in enumerate(whys):
        label(s, f"A{9 + i}", f"為何{i + 1}")
        s.value(f"B{9 + i}", w, path=None, label=f"為何{i + 1}", span=f"F{9 + i}")
    lv(
        s,
        "A13",
        "根本原因",
        "B13",
        "修模作業標準未規定 R 角量測，修模後 R 角未驗證。",
        "root_cause[type=occurrence].cause",
        span="F13",
    )
    lv(
        s,
        "A14",
        "D5 永久對策",
        "B14",
        "修模後 R 角 3D 量測列入放行條件。",
        "corrective_actions[0].action",
        span="F14",
    )
    lv(s, "A15", "D7 預防再發", "B15", "修模 SOP 改版 A2。", "prevention.lessons_learned", span="F15")
    # eightd43: the documents a D7 text names are the documents updated too (read from the text, warned)
    field(s, "D7 預防再發", "B15", "修模 SOP 改版 A2。", "prevention.documents_updated", ["work_instruction"])
    lv(s, "A16", "核准", "B16", "陳副理", "closure.approved_by")
    lv(s, "C16", "結案日", "D16", D(2026, 4, 10), "closure.closed_date")


def return_en_transposed(s: Sheet) -> None:
    """Return Material Authorization of a US OEM's Suzhou plant whose item table is turned on its
    side: the lines are COLUMNS (``Line 1``, ``Line 2`` …), the rows Part No. / Description /
    Qty / Unit Price / Amount."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "E1", size=14)
    lv(s, "A2", "RMA No.", "B2", pick(s, "RMA-SZ-26-0312", "RMA-SZ-26-0419"), "number")
    iss = pick(s, D(2026, 3, 12), D(2026, 4, 19))
    lv(s, "C2", "Issued", "D2", iss, "issue_date", fmt="mm/dd/yyyy")
    lv(s, "A3", "Customer", "B3", pick(s, "Jabil Circuit (Wuxi)", "Flex Zhuhai"), "customer", span="C3")
    lv(s, "D3", "Complaint Ref.", "E3", pick(s, "CC-26-112", "CC-26-140"), "complaint_number")
    lines = pick(
        s,
        [("HS-1020", "Heat sink 40x40", 300, 1.85), ("TP-0805", "Thermal pad 0.5 mm", 1200, 0.12)],
        [
            ("HS-1133", "Heat sink 60x60", 150, 2.6),
            ("FN-4010", "Fan 40x10", 80, 3.1),
            ("SC-M3", "Screw M3x8", 2000, 0.02),
        ],
    )
    label(s, "A5", "Line")
    for j, (pn, desc, q, p) in enumerate(lines):
        c = "BCD"[j]
        s.text(f"{c}5", f"Line {j + 1}", bold=True, center=True)
        s.value(f"{c}6", pn, path=f"items[{j}].part_no", label="Part No.")
        s.value(f"{c}7", desc, path=f"items[{j}].part_name", label="Description")
        s.value(f"{c}8", q, path=f"items[{j}].qty_returned", label="Qty")
        s.value(f"{c}9", p, path=f"items[{j}].unit_price", label="Unit Price", expect=money(p), fmt="0.00")
        s.value(
            f"{c}10",
            round(q * p, 2),
            path=f"items[{j}].amount",
            label="Amount",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    for r, h in zip(range(6, 11), ("Part No.", "Description", "Qty", "Unit Price", "Amount"), strict=True):
        label(s, f"A{r}", h)
    lv(
        s,
        "A11",
        "Reason",
        "B11",
        pick(s, "Fins bent in transit, customer rejects whole lots.", "Wrong revision shipped."),
        "reason",
        span="E11",
    )
    lv(
        s,
        "A12",
        "Disposition",
        "B12",
        pick(s, "Scrap", "Rework"),
        "handling",
        expect=pick(s, ["scrap"], ["rework"]),
    )
    lv(s, "A13", "Authorized by", "B13", pick(s, "Grace Lin", "Grace Lin"), "approved_by")
    lv(s, "C13", "Received by", "D13", pick(s, "Wu Gang", "Wu Gang"), "warehouse_receiver")


def return_zh_wanpcs(s: Sheet) -> None:
    """退货单 of a capacitor maker whose item columns carry their unit in the header: ``数量(万pcs)``
    (``1.2`` is 12,000 pieces), ``单价(元/千pcs)`` and ``金额(千元)`` (``3.6`` is 3,600 元)."""
    s.text("A1", "退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-2603-021", "TH-2604-033"), "number")
    iss = pick(s, D(2026, 3, 16), D(2026, 4, 21))
    lv(s, "C2", "日期", "D2", iss, "issue_date")
    lv(s, "E2", "客诉单号", "F2", pick(s, "KS-0311", "KS-0416"), "complaint_number")
    lv(s, "A3", "客户", "B3", pick(s, "惠州TCL移动通信", "东莞华贝电子"), "customer", span="F3")
    for c, h in zip(
        "ABCDE", ("料号", "品名规格", "数量(万pcs)", "单价(元/千pcs)", "金额(千元)"), strict=True
    ):
        s.text(f"{c}4", h, "F4" if c == "E" else None, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("MLCC-0402-104", "0402 100nF 16V", 1.2, 300.0), ("MLCC-0603-105", "0603 1uF 25V", 0.5, 800.0)],
        [("MLCC-0805-106", "0805 10uF 10V", 0.8, 1500.0)],
    )
    for i, (pn, name, wan, per_k) in enumerate(lines):
        r = 5 + i
        q = round(wan * 10000)
        amount = q / 1000 * per_k
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="料号")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名规格")
        s.value(f"C{r}", wan, path=f"items[{i}].qty_returned", label="数量(万pcs)", expect=q)
        s.value(f"D{r}", per_k, path=None, label="单价(元/千pcs)")
        s.value(
            f"E{r}",
            amount / 1000,
            path=f"items[{i}].amount",
            label="金额(千元)",
            expect=money(amount),
            span=f"F{r}",
        )
    r = 5 + len(lines)
    lv(
        s,
        f"A{r}",
        "退货原因",
        f"B{r}",
        pick(s, "容值偏低超出 ±10%，客户来料检验判退。", "端电极氧化，焊接不良。"),
        "reason",
        span=f"F{r}",
    )
    lv(
        s,
        f"A{r + 1}",
        "处理方式",
        f"B{r + 1}",
        pick(s, "报废", "换货"),
        "handling",
        expect=pick(s, ["scrap"], ["replace"]),
        span=f"F{r + 1}",
    )
    lv(s, f"A{r + 2}", "批准", f"B{r + 2}", pick(s, "钟伟", "钟伟"), "approved_by")
    lv(s, f"C{r + 2}", "仓库", f"D{r + 2}", pick(s, "罗丽", "罗丽"), "warehouse_receiver")
    label(s, f"E{r + 2}", "收货日期")
    s.box(f"F{r + 2}")
    absent(s, "收货日期", f"F{r + 2}", "", "received_date")


def return_zht_cartons(s: Sheet) -> None:
    """退貨單 of a Taiwanese packaging supplier: quantities typed as cartons × count
    (``12箱×250=3,000``), the date with its weekday, 處理方式 as a word after a full-width colon in
    the label's cell (``處理方式：重工``)."""
    s.text("A1", "退貨單", "E1", size=15)
    lv(s, "A2", "單號", "B2", "RT-2603-017", "number")
    lv(s, "C2", "開單日期", "D2", weekday(D(2026, 3, 17)), "issue_date", expect="2026-03-17", span="E2")
    lv(s, "A3", "客戶", "B3", "統一企業股份有限公司", "customer", span="E3")
    for c, h in zip("ABCDE", ("料號", "品名", "退貨數量", "單價", "金額"), strict=True):
        s.text(f"{c}4", h, bold=True, shade=True, center=True)
    for i, (pn, name, b, per, p) in enumerate(
        (("BX-A4-05", "A4 瓦楞紙箱 5 層", 12, 250, 6.5), ("BX-PAD-02", "隔板 2 格", 8, 500, 0.8))
    ):
        r = 5 + i
        q = b * per
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", cartons(b, per), path=f"items[{i}].qty_returned", label="退貨數量", expect=q)
        s.value(f"D{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p))
        s.value(f"E{r}", q * p, path=f"items[{i}].amount", label="金額", expect=money(q * p), fmt="#,##0")
    lv(s, "A7", "退貨原因", "B7", "紙箱抗壓不足，堆疊 5 層後塌陷。", "reason", span="E7")
    s.value(
        "A8",
        "重工",
        path="handling",
        label="處理方式",
        expect=["rework"],
        prefix="處理方式：",
        span="E8",
        shown="處理方式：重工",
        blank_text="處理方式：",
    )
    lv(s, "A9", "主管", "B9", "許淑芬", "approved_by")
    lv(s, "C9", "收貨", "D9", "楊文華", "warehouse_receiver")


def allowance_en_negative(s: Sheet) -> None:
    """Credit Note of a Hong Kong trading company: every amount negative as the accounting system
    prints a credit (``(1,250.00)`` in brackets for the lines, ``-162.50`` with a minus for the
    tax and the total), buyer's VAT number, the original invoice."""
    s.text("A1", "CREDIT NOTE", "F1", size=15)
    plain(s, "A2", "Pacific Rim Components Ltd. · Kowloon Bay, Hong Kong", "F2")
    lv(s, "A3", "Credit Note No.", "B3", pick(s, "CN-HK-26-0091", "CN-HK-26-0120"), "number")
    iss = pick(s, D(2026, 3, 18), D(2026, 4, 22))
    lv(s, "C3", "Date", "D3", iss, "issue_date", fmt="dd/mm/yyyy")
    lv(s, "E3", "Claim Ref.", "F3", pick(s, "CL-0305", "CL-0411"), "complaint_number")
    lv(
        s,
        "A4",
        "Bill To",
        "B4",
        pick(s, "Dongguan Sunrise Electronics Co., Ltd.", "Xiamen Hongfa Relay Co., Ltd."),
        "buyer",
        span="D4",
    )
    lv(s, "E4", "VAT No.", "F4", pick(s, "91441900MA4WLX3B2K", "91350200612013775D"), "buyer_tax_id")
    lv(s, "A5", "Orig. Invoice", "B5", pick(s, "INV-HK-26-1187", "INV-HK-26-1302"), "invoice_no")
    inv = pick(s, D(2026, 3, 2), D(2026, 4, 1))
    lv(s, "C5", "Invoice Date", "D5", inv, "invoice_date", fmt="dd/mm/yyyy")
    for c, h in zip(
        "ABCDEF", ("Description", "Qty", "Unit Price", "Amount", "VAT 13%", "Total"), strict=True
    ):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [("Relay coil rework cost", 500, 2.5), ("Freight back", 1, 0)],
        [("Price difference SW-12", 2000, 0.3), ("Sorting cost", 40, 15.0), ("Scrap compensation", 100, 1.2)],
    )
    lines = [ln for ln in lines if ln[2]]
    net = tax = 0.0
    for i, (desc, q, p) in enumerate(lines):
        r = 7 + i
        a = round(q * p, 2)
        t = round(a * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", desc, path=f"items[{i}].name", label="Description")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="Qty")
        s.value(f"C{r}", f"{p:.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        s.value(f"D{r}", paren(a), path=f"items[{i}].allowance_amount", label="Amount", expect=money(a))
        s.value(f"E{r}", paren(t), path=f"items[{i}].tax", label="VAT 13%", expect=money(t))
        s.value(f"F{r}", paren(a + t), path=None, label="Total")
    r = 7 + len(lines)
    s.text(f"A{r}", "TOTAL", f"C{r}", bold=True)
    s.value(f"D{r}", f"-{net:,.2f}", path="total_excl_tax", label="TOTAL Amount", expect=money(net))
    s.value(f"E{r}", f"-{tax:,.2f}", path="total_tax", label="TOTAL VAT 13%", expect=money(tax))
    s.value(f"F{r}", f"-{net + tax:,.2f}", path="total", label="TOTAL Total", expect=money(net + tax))
    field(s, "VAT 13%", "E6", "VAT 13%", "tax_rate", "0.13")
    lv(s, f"A{r + 1}", "Prepared by", f"B{r + 1}", pick(s, "Cindy Ho", "Cindy Ho"), None)
    lv(
        s,
        f"C{r + 1}",
        "Approved by",
        f"D{r + 1}",
        pick(s, "Raymond Chan", "Raymond Chan"),
        "approved_by_manager",
    )


def allowance_zh_hiddenrows(s: Sheet) -> None:
    """销货折让证明单 of a cable maker: the item table's first two rows are HIDDEN and hold the
    template's example lines (``示例``), the real lines start below them; 折让金额 shown by the
    format ``#,##0.00"元"``; dates as 中文 numerals by ``[DBNum1]`` (the issue date only)."""
    s.text("A1", "销货折让证明单", "F1", size=15)
    lv(s, "A2", "单号", "B2", "ZR-XL-2603-06", "number")
    lv(s, "C2", "开具日期", "D2", D(2026, 3, 24), "issue_date", fmt=DBNUM_DATE)
    lv(s, "E2", "客诉编号", "F2", "KS-XL-0312", "complaint_number")
    lv(s, "A3", "购货单位", "B3", "宁德时代新能源科技股份有限公司", "buyer", span="D3")
    lv(s, "E3", "税号", "F3", "91350900587527783P", "buyer_tax_id")
    lv(s, "A4", "原发票号", "B4", "35001726 00331287", "invoice_no", span="C4")
    lv(s, "D4", "开票日期", "E4", D(2026, 3, 3), "invoice_date", span="F4")
    for c, h in zip("ABCDE", ("品名", "数量", "单价", "折让金额", "税额"), strict=True):
        s.text(f"{c}5", h, "F5" if c == "E" else None, bold=True, shade=True, center=True)
    for r, vals in (
        (6, ("示例：电源线 1.5m", 100, 2.0, 200.0, 26.0)),
        (7, ("示例：信号线", 50, 1.0, 50.0, 6.5)),
    ):
        for c, v in zip("ABCDE", vals, strict=True):
            s.ws[f"{c}{r}"].value = v
    hide_rows(s, 6, 7)
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("高压线束 HV-35", 120, 45.0), ("采样线束 CS-12", 300, 6.0))):
        r = 8 + i
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(
            f"D{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="折让金额",
            expect=money(a),
            fmt='#,##0.00"元"',
        )
        s.value(
            f"E{r}",
            t,
            path=f"items[{i}].tax",
            label="税额",
            expect=money(t),
            fmt='#,##0.00"元"',
            span=f"F{r}",
        )
    s.text("A10", "合计", "C10", bold=True, center=True)
    s.value("D10", net, path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt='#,##0.00"元"')
    s.value(
        "E10", tax, path="total_tax", label="合计 税额", expect=money(tax), fmt='#,##0.00"元"', span="F10"
    )
    lv(s, "A11", "税率", "B11", 0.13, "tax_rate", expect="0.13", fmt="0%")
    lv(s, "C11", "经理", "D11", "邱海燕", "approved_by_manager")
    lv(s, "E11", "总经理", "F11", "曾志强", "approved_by_gm")


def allowance_zht_vertical(s: Sheet) -> None:
    """折讓單 of a Taiwanese LED trader as ONE vertical list (項目 | 內容 in two columns, every
    field a row), the amounts in 新臺幣千元 by the label (``折讓金額(千元)`` 12.5 is NT$12,500), a
    single item."""
    s.text("A1", "折讓單", "B1", size=15)
    s.text("A2", "項目", bold=True, shade=True, center=True)
    s.text("B2", "內容", bold=True, shade=True, center=True)
    rows = (
        ("折讓單號", "AL-2603-0045", "number", None, None),
        ("開立日期", D(2026, 3, 26), "issue_date", None, None),
        ("買受人", "億光電子工業股份有限公司", "buyer", None, None),
        ("統一編號", "22099548", "buyer_tax_id", None, None),
        ("原發票號碼", "AB-12345678", "invoice_no", None, None),
        ("客訴編號", "CS-EV-0311", "complaint_number", None, None),
        ("品名", "LED 燈條 24V 5m", "items[0].name", None, None),
        ("數量", 250, "items[0].qty", None, None),
        ("折讓金額(千元)", 12.5, "items[0].allowance_amount", "12500.00", None),
        ("營業稅額(千元)", 0.625, "items[0].tax", "625.00", None),
        ("合計(千元)", 13.125, "total", "13125.00", None),
        ("經理", "吳明哲", "approved_by_manager", None, None),
    )
    for i, (lab, raw, path, exp, _) in enumerate(rows):
        r = 3 + i
        lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp)
    absent(s, "總經理", "B15", "/", "approved_by_gm")
    lv(s, "A15", "總經理", "B15", "/", None)


EXCEL = [
    dict(
        id="complaint-zh-dbnum",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_dbnum,
        sheet="抱怨处理单",
        widths=dict(A=12, B=18, C=12, D=22, E=12, F=22),
        copy2=True,
        imitates="客户抱怨处理单 of a motor maker, dates in Chinese numerals by a [DBNum1] format, an attachments list",
        unmapped=["附件清单", "序号", "附件名称", "提交日期"],
    ),
    dict(
        id="complaint-en-datetime",
        kind="complaint",
        language="en",
        draw=complaint_en_datetime,
        sheet="Entry",
        widths=dict(A=18, B=20, C=14, D=22, E=10, F=18),
        imitates="a call centre's Customer Complaint Log entry, date-time cells, quantity in KPCS",
        unmapped=["Approved"],
    ),
    dict(
        id="complaint-zht-weekday",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_weekday,
        sheet="客訴單",
        widths=dict(A=12, B=20, C=12, D=20, E=12, F=20),
        copy2=True,
        imitates="客訴處理單 of a bicycle-parts maker, dates with weekdays, cartons × count, hidden example rows",
        unmapped=[],
    ),
    dict(
        id="8d-en-vda-columns",
        kind="8d",
        language="en",
        draw=eightd_en_vda_columns,
        sheet="8D",
        widths={c: 20 for c in "ABCDEFGH"},
        copy2=True,
        imitates="a German customer's 8D with the disciplines as columns, dd.mm.yyyy dates",
        unmapped=["D8 Closure"],
    ),
    dict(
        id="8d-zh-attachments",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_attachments,
        sheet="8D报告",
        widths=dict(A=14, B=14, C=12, D=20, E=12, F=16),
        imitates="8D报告 of a stamping plant, D3 columns reordered, an attachments list with dates",
        unmapped=["附件清单", "日期"],
    ),
    dict(
        id="8d-zht-fivewhy",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_fivewhy,
        sheet="8D",
        widths=dict(A=12, B=16, C=14, D=16, E=12, F=16),
        imitates="8D 報告 of an injection moulder, a 5-Why chain before the root cause, a hidden column of examples",
        unmapped=["為何1", "為何2", "為何3", "為何4"],
    ),
    dict(
        id="return-en-transposed",
        kind="return",
        language="en",
        draw=return_en_transposed,
        sheet="RMA",
        widths=dict(A=16, B=20, C=20, D=20, E=18),
        copy2=True,
        imitates="an RMA whose item table is turned on its side (lines as columns)",
        unmapped=["Line"],
    ),
    dict(
        id="return-zh-wanpcs",
        kind="return",
        language="zh-Hans",
        draw=return_zh_wanpcs,
        sheet="退货单",
        widths=dict(A=16, B=18, C=12, D=14, E=12, F=12),
        copy2=True,
        imitates="退货单 of a capacitor maker, 数量(万pcs) and 金额(千元) in the headers",
        unmapped=["单价(元/千pcs)", "收货日期"],
    ),
    dict(
        id="return-zht-cartons",
        kind="return",
        language="zh-Hant",
        draw=return_zht_cartons,
        sheet="退貨單",
        widths=dict(A=14, B=20, C=18, D=12, E=14),
        imitates="退貨單 of a packaging supplier, quantities as cartons × count, a label and its value in one cell",
        unmapped=[],
    ),
    dict(
        id="allowance-en-negative",
        kind="allowance",
        language="en",
        draw=allowance_en_negative,
        sheet="Credit Note",
        widths=dict(A=24, B=14, C=14, D=16, E=14, F=20),
        copy2=True,
        imitates="a Hong Kong trader's Credit Note with every amount negative ((1,250.00) and -162.50)",
        unmapped=["Prepared by", "Total"],
    ),
    dict(
        id="allowance-zh-hiddenrows",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_hiddenrows,
        sheet="折让单",
        widths=dict(A=18, B=12, C=12, D=16, E=12, F=12),
        imitates="销货折让证明单 of a cable maker, hidden example rows in the item table, 元 formats",
        unmapped=[],
    ),
    dict(
        id="allowance-zht-vertical",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_vertical,
        sheet="折讓單",
        widths=dict(A=20, B=36),
        imitates="折讓單 of an LED trader as one vertical 項目 | 內容 list, amounts in 千元",
        unmapped=["總經理"],
    ),
]


# =============================================================================== sent as PDF only
def underline_pair(
    f, x: float, y: float, lab: str, raw: str, path: str | None, expect=None, width: int = 26
) -> None:
    """``标签：＿＿value＿＿``: the value typed over a line of underscores, as a clerk fills a
    form printed by a word processor."""
    f.text(x, y, lab, 9)
    lx = x + f.pdf.get_string_width(lab) + 1
    pad = "_" * 3
    f.text(lx, y, pad + " " * (width // 2) + pad if f.blank else "", 9)
    f.value(
        lx, y, f"{pad}{raw}{pad}", path=path, label=lab.rstrip("："), expect=raw if expect is None else expect
    )


def seal(f, cx: float, cy: float, text: str) -> None:
    """A red round seal: its words drawn one by one around a circle (a stamp over the signature)."""
    pdf = f.pdf
    pdf.set_draw_color(200, 0, 0)
    pdf.set_text_color(200, 0, 0)
    pdf.ellipse(cx - 14, cy - 14, 28, 28)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(210 - i * 240 / max(n - 1, 1))
        x, y = cx + 10 * math.cos(a), cy - 10 * math.sin(a)
        with pdf.rotation(math.degrees(a) - 90, x, y):
            f.text(x - 1.5, y + 1.5, ch, 7)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)


def complaint_zh_fpdf_underline(f: PdfDraw) -> None:
    """客户投诉单 printed from a word processor and filled over underscores (``客户名称：___值___``);
    the quality department's red round seal (its words drawn around a circle) over the
    approver's name."""
    f = CjkDraw.of(f)
    f.text(80, 18, "客户投诉单", 15, bold=True)
    rows = (
        ("投诉编号：", pick(f, "TS-2603-041", "TS-2604-058"), "number", None),
        ("客户名称：", pick(f, "海尔智家股份有限公司", "海信家电集团"), "customer", None),
        (
            "投诉日期：",
            pick(f, "2026年3月6日", "2026年4月20日"),
            "received_date",
            pick(f, "2026-03-06", "2026-04-20"),
        ),
        ("产品型号：", pick(f, "CP-R410-22", "CP-R32-18"), "part_no", None),
        ("产品名称：", pick(f, "压缩机排气管组件", "吸气管组件"), "part_name", None),
        ("不良数量：", pick(f, "36台", "12台"), "defect_qty", pick(f, 36, 12)),
    )
    for i, (lab, raw, path, exp) in enumerate(rows):
        underline_pair(f, 20 + 95 * (i % 2), 34 + 9 * (i // 2), lab, raw, path, exp)
    f.text(20, 68, "问题描述：", 9)
    f.value(
        20,
        75,
        pick(f, "排气管焊缝泄漏，客户氦检 36 台不合格。", "吸气管弯管处开裂 12 台。"),
        path="description",
        label="问题描述",
    )
    f.text(20, 86, "原因分析：", 9)
    f.value(
        20,
        93,
        pick(f, "火焰钎焊温度不足，焊料未完全填充。", "弯管半径过小，壁厚减薄。"),
        path="root_cause",
        label="原因分析",
    )
    underline_pair(f, 20, 110, "填表人：", pick(f, "孟凡", "孟凡"), "reporter")
    f.text(115, 110, "批准：", 9)
    f.value(128, 110, pick(f, "韩立", "韩立"), path="approver", label="批准")
    if not f.blank:
        seal(f, 132, 106, "质量管理部专用章")


def eightd_en_fpdf_sections(f: PdfDraw) -> None:
    """An 8D answer printed by a supplier's quality system: numbered headings ``1. Team`` …
    ``8. Closure`` each followed by its text on the next lines, the header as ``Label: value``
    lines; D4 as a Why-Why list before ``Root cause:``."""
    y = 18
    f.text(15, y, "8D CORRECTIVE ACTION REPORT", 14, bold=True)
    head = (
        ("Report No.: ", "8D-VX-26-0077", "number", None),
        ("Customer: ", "Valeo Shenzhen", "customer", None),
        ("Part No.: ", "VX-CLP-330", "part_no", None),
        ("Opened: ", "2026-03-10", "opened_date", None),
    )
    for i, (lab, raw, path, exp) in enumerate(head):
        f.text(15 + 95 * (i % 2), 28 + 6 * (i // 2), lab, 9, bold=True)
        f.value(
            15 + 95 * (i % 2) + f.pdf.get_string_width(lab) + 2,
            28 + 6 * (i // 2),
            raw,
            path=path,
            label=lab.strip(": "),
            expect=exp,
        )
    y = 46.0
    blocks = (
        ("1. Team", [("Zhou Lin (leader), Tan Wei, Ruan Mei", None)]),
        (
            "2. Problem",
            [("Clip retention force below 40 N on 22 pcs at customer line.", "problem.statement")],
        ),
        (
            "3. Containment",
            [("Sort 4,000 clips in FG and at Valeo, push-out test 100 %.", "containment[0].action")],
        ),
        (
            "4. Root cause",
            [
                ("Why 1: clip deforms at low force", None),
                ("Why 2: material thinner than drawing", None),
                (
                    "Root cause: coil from new mill 0.02 mm under nominal, no thickness check at slitting.",
                    "root_cause[type=occurrence].cause",
                ),
            ],
        ),
        (
            "5. Corrective action",
            [("Thickness gauge added at slitting, reaction plan in CP.", "corrective_actions[0].action")],
        ),
        ("7. Prevention", [("Same gauge on slitting line 2.", "prevention.horizontal_deployment")]),
        ("8. Closure", [("Approved: Zhou Lin   Date: 2026-04-08", None)]),
    )
    for head_, lines in blocks:
        f.text(15, y, head_, 10, bold=True)
        y += 6
        for raw, path in lines:
            if path is None and not f.blank:
                f.text(20, y, raw, 9)
            elif path:
                f.value(20, y, raw, path=path, label=head_)
            y += 5.5
        y += 2
    if not f.blank:
        for n in ("Zhou Lin", "Tan Wei", "Ruan Mei"):
            f.fields.append(
                {
                    "label": "1. Team",
                    "cell": "p1!20,52",
                    "value": "Zhou Lin (leader), Tan Wei, Ruan Mei",
                    "path": "team[*].name",
                    "expect": n,
                }
            )
        f.fields.append(
            {
                "label": "1. Team",
                "cell": "p1!20,52",
                "value": "Zhou Lin (leader)",
                "path": "team[name=Zhou Lin].role",
                "expect": "leader",
            }
        )
        f.fields.append(
            {
                "label": "8. Closure",
                "cell": f"p1!20,{y - 7.5:g}",
                "value": "Approved: Zhou Lin",
                "path": "closure.approved_by",
                "expect": "Zhou Lin",
            }
        )
        f.fields.append(
            {
                "label": "8. Closure",
                "cell": f"p1!20,{y - 7.5:g}",
                "value": "Date: 2026-04-08",
                "path": "closure.closed_date",
                "expect": "2026-04-08",
            }
        )


def return_en_fpdf_white(f: PdfDraw) -> None:
    """RMA form of a distributor's web shop printed to PDF: the template keeps an EXAMPLE line
    in white text above the item rows (invisible on paper, present in the PDF's text)."""
    f.text(15, 18, "RMA REQUEST", 14, bold=True)
    head = (
        ("RMA #: ", pick(f, "RMA-77120", "RMA-77388"), "number", None),
        ("Date: ", pick(f, "2026-03-13", "2026-04-23"), "issue_date", None),
        ("Customer: ", pick(f, "Sanmina SCI Kunshan", "Celestica Dongguan"), "customer", None),
    )
    for i, (lab, raw, path, exp) in enumerate(head):
        f.text(15, 28 + 6 * i, lab, 9, bold=True)
        f.value(40, 28 + 6 * i, raw, path=path, label=lab.strip(": "), expect=exp)
    y = 52
    for x, h in ((15, "Part No."), (55, "Description"), (120, "Qty"), (140, "Unit Price"), (170, "Amount")):
        f.text(x, y, h, 9, bold=True)
    f.pdf.set_text_color(255, 255, 255)
    for x, t in (
        (15, "EX-0000"),
        (55, "Example: describe the part"),
        (120, "10"),
        (140, "1.00"),
        (170, "10.00"),
    ):
        f.text(x, y + 6, t, 9)
    f.pdf.set_text_color(0, 0, 0)
    lines = pick(
        f,
        [("OSC-25M", "Crystal oscillator 25 MHz", 500, 0.42), ("LDO-3V3", "LDO 3.3 V SOT-23", 1000, 0.18)],
        [("MCU-F103", "MCU STM32F103C8", 200, 2.35)],
    )
    for i, (pn, desc, q, p) in enumerate(lines):
        yy = y + 12 + 6 * i
        f.value(15, yy, pn, path=f"items[{i}].part_no", label="Part No.")
        f.value(55, yy, desc, path=f"items[{i}].part_name", label="Description")
        f.value(120, yy, str(q), path=f"items[{i}].qty_returned", label="Qty", expect=q)
        f.value(140, yy, f"{p:.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        f.value(170, yy, f"{q * p:,.2f}", path=f"items[{i}].amount", label="Amount", expect=money(q * p))
    y = 90
    f.text(15, y, "Reason: ", 9, bold=True)
    f.value(
        40,
        y,
        pick(f, "Frequency drift out of spec after reflow.", "Counterfeit marking suspected."),
        path="reason",
        label="Reason",
    )
    f.text(15, y + 6, "Action: ", 9, bold=True)
    f.value(
        40,
        y + 6,
        pick(f, "Replace", "Scrap"),
        path="handling",
        label="Action",
        expect=pick(f, ["replace"], ["scrap"]),
    )
    f.text(15, y + 12, "Approved by: ", 9, bold=True)
    f.value(40, y + 12, pick(f, "Derek Sun", "Derek Sun"), path="approved_by", label="Approved by")


def allowance_zht_fpdf_twopart(f: PdfDraw) -> None:
    """銷貨折讓證明單 printed as a TWO-PART form on one page (第一聯 存根聯 above, 第二聯 買受人收執聯
    below, the same values printed twice); the record is one certificate, its items once."""
    f = CjkDraw.of(f)
    vals = (
        ("折讓單號：", "AL-TW-115031", "number", None),
        ("開立日期：", "2026-03-27", "issue_date", None),
        ("買受人：", "研華股份有限公司", "buyer", None),
        ("統一編號：", "05155853", "buyer_tax_id", None),
        ("原發票號碼：", "QK-87654321", "invoice_no", None),
    )
    items = (("工業主機板 AIMB-505", 20, 1500.0), ("電源模組 120W", 40, 250.0))
    for part, top in (("第一聯　存根聯", 15), ("第二聯　買受人收執聯", 150)):
        first = top == 15
        f.text(70, top + 5, "銷貨折讓證明單", 14, bold=True)
        f.text(150, top + 5, part, 8)
        for i, (lab, raw, path, exp) in enumerate(vals):
            x, y = 15 + 95 * (i % 2), top + 16 + 7 * (i // 2)
            f.text(x, y, lab, 9)
            lx = x + f.pdf.get_string_width(lab) + 1
            if first:
                f.value(lx, y, raw, path=path, label=lab.rstrip("："), expect=exp)
            elif not f.blank:
                f.text(lx, y, raw, 9)
        y = top + 42
        for x, h in ((15, "品名"), (90, "數量"), (115, "單價"), (140, "折讓金額"), (170, "營業稅額")):
            f.text(x, y, h, 9)
        net = tax = 0.0
        for i, (name, q, p) in enumerate(items):
            yy = y + 7 + 6 * i
            a, t = q * p, round(q * p * 0.05)
            net, tax = net + a, tax + t
            row = (
                (15, name, "品名", f"items[{i}].name", None),
                (90, str(q), "數量", f"items[{i}].qty", q),
                (115, f"{p:,.0f}", "單價", f"items[{i}].unit_price", money(p)),
                (140, f"{a:,.0f}", "折讓金額", f"items[{i}].allowance_amount", money(a)),
                (170, f"{t:,.0f}", "營業稅額", f"items[{i}].tax", money(t)),
            )
            for x, raw, lab, path, exp in row:
                if first:
                    f.value(x, yy, raw, path=path, label=lab, expect=exp)
                elif not f.blank:
                    f.text(x, yy, raw, 9)
        yy = y + 7 + 6 * len(items) + 4
        f.text(115, yy, "合計：", 9)
        if first:
            f.value(140, yy, f"{net:,.0f}", path="total_excl_tax", label="合計", expect=money(net))
            f.value(170, yy, f"{tax:,.0f}", path="total_tax", label="合計 營業稅額", expect=money(tax))
        elif not f.blank:
            f.text(140, yy, f"{net:,.0f}", 9)
            f.text(170, yy, f"{tax:,.0f}", 9)
        if first:
            f.pdf.line(10, top + 128, 200, top + 128)


SENT_AS_PDF = [
    dict(
        id="complaint-zh-fpdf-underline",
        kind="complaint",
        language="zh-Hans",
        medium="fpdf",
        draw=complaint_zh_fpdf_underline,
        copy2=True,
        imitates="a word-processor 客户投诉单 filled over underscores, a red round seal drawn in text",
        unmapped=[],
    ),
    dict(
        id="8d-en-fpdf-sections",
        kind="8d",
        language="en",
        medium="fpdf",
        draw=eightd_en_fpdf_sections,
        imitates="a quality system's 8D print with numbered section headings and a Why-Why list",
        unmapped=["6. Implementation"],
    ),
    dict(
        id="return-en-fpdf-white",
        kind="return",
        language="en",
        medium="fpdf",
        draw=return_en_fpdf_white,
        imitates="a web shop's RMA request whose template keeps an example line in white text",
        unmapped=[],
    ),
    dict(
        id="allowance-zht-fpdf-twopart",
        kind="allowance",
        language="zh-Hant",
        medium="fpdf",
        draw=allowance_zht_fpdf_twopart,
        imitates="銷貨折讓證明單 as a two-part form, the same values printed twice on one page",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "empty-template-8d.xlsx": "the blank 8D template sent back with nothing filled in (only the printed labels): a clear error, never a record",
    "truncated-return.pdf": "a return-note PDF cut off in transfer (the first half of its bytes): a clear error, never a record",
}


def write_odd(out: Path, pdf: bool) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    import shutil

    odd_expected(out, ODD)
    shutil.copyfile(out / "templates" / "8d-zh-attachments.xlsx", out / "odd" / "empty-template-8d.xlsx")
    if pdf:
        data = (out / "filled" / "return-zht-cartons.pdf").read_bytes()
        (out / "odd" / "truncated-return.pdf").write_bytes(data[: len(data) // 2])


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "ninth held-out layouts"), "--no-pdf" not in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
