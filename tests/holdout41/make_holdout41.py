"""Write the forty-first held-out set (run: ``python tests/holdout41/make_holdout41.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for THE FURNITURE OF CONTROLLED
DOCUMENTS AROUND THE FIELDS: what a factory's and a customer's document control puts on every form, which looks like
fields and is not. A DOCUMENT-CONTROL BLOCK in the header (``文件编号 QR-QA-012``, ``版本 A/0``, ``生效日期 2025-01-01``,
``页次 1/1``, ``保存期限 3年``: a number and a date that are not the complaint's), a 记录编号 beside the complaint number,
a REVISION HISTORY table (修訂記錄: 版次 / 修訂內容 / 修訂日期 / 修訂人) under the form, a DISTRIBUTION line
(分发部门 □品保 ■制造 …, ``Distribution: QA / MFG / Sales``), a COPY LEGEND (``第一联 品保联（白）``, ``COPY 2 OF 4 —
WAREHOUSE``), the form number in the PRINTED PAGE FOOTER (``Form No. F-QA-7.2-03 Rev.C``, ``Page 1 of 1``), PRINT
TITLES (the control block) repeated on page 2, ``Printed 2026-03-09 14:22 by …``, an APPROVAL BLOCK of the form itself
(制定 / 审核 / 核准 with dates), an ISO / IATF clause reference (``依据 ISO 9001:2015 8.2.1``, ``IATF 16949 10.2.3``),
a signature line with a date beside it; sent as PDF only: a page with a tiled ``仅供内部使用`` watermark and a red
``受控`` stamp (Chromium), an English 8D with a ``CONFIDENTIAL`` band, a control header and a revision table (Chromium),
a 退貨單 with its copy legend and distribution boxes (Chromium), an English credit note with ``Form No.`` and
``Printed … by`` lines (fpdf2), a 銷貨折讓單 drawn with its control block and 修訂記錄 (fpdf2), a two-page 8D whose control
block is drawn again on page 2 (fpdf2). ``odd/`` holds a complaint whose control block names another form (``表单名称
退货单``) while its title says 客户投诉, and a complaint whose 投诉编号 is left empty beside a 文件编号 and a 记录编号.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Each run
writes the same xlsx and json bytes; printing the PDFs needs ``soffice``, Chromium and fpdf2 (``--no-pdf``
keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [] if str(HERE.parent) in sys.path else [str(HERE.parent)]  # the kit: tests/holdout_kit.py
import holdout_kit as kit  # noqa: E402

dt, D = kit.dt, kit.dt.date
SOURCE = {"source": "tests/holdout41/make_holdout41.py", "origin": "forty-first held-out imitation"}


def rows_down(s: kit.Sheet, first: int, rows, span: str = "D") -> int:
    """``(label, typed, path, expect)`` rows one a sheet row from ``first``, the value merged from B to ``span``; a
    date shown ``yyyy-mm-dd``. Returns the row after the last."""
    for k, (lab, raw, path, exp) in enumerate(rows):
        r = first + k
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp, span=f"{span}{r}",
               fmt="yyyy-mm-dd" if isinstance(raw, dt.date) else None)  # fmt: skip
    return first + len(rows)


def control_cells(s: kit.Sheet, row: int, cols: str, pairs) -> None:
    """A document-control block pre-printed on ``row``: ``label value`` pairs, one to each column of ``cols``
    (``文件编号 QR-QA-012``): the form's own number, version and dates, no field."""
    for col, (lab, val) in zip(cols, pairs):
        s.text(f"{col}{row}", f"{lab} {val}")


def control_grid(s: kit.Sheet, top: int, lcol: str, vcol: str, pairs) -> None:
    """A document-control block as a small label / value grid at the top right (``文件编号 | QR-QA-012`` a row each)."""
    for k, (lab, val) in enumerate(pairs):
        s.text(f"{lcol}{top + k}", lab, shade=True)
        s.text(f"{vcol}{top + k}", val)


def revisions(s: kit.Sheet, row: int, cols: str, heads, lines) -> None:
    """A revision history table pre-printed under the form: its title, ``heads`` and one row per revision."""
    s.text(f"{cols[0]}{row}", heads[0][0], bold=True)
    for col, h in zip(cols, heads[1]):
        s.text(f"{col}{row + 1}", h, bold=True, shade=True)
    for k, line in enumerate(lines, start=row + 2):
        for col, v in zip(cols, line):
            s.text(f"{col}{k}", v)


# =============================================================================== complaint
def complaint_zh_qrheader(s: kit.Sheet) -> None:
    """A 客户投诉处理单 under the factory's document control: a CONTROL GRID at the top right (文件编号 QR-QA-012,
    版本/版次 A/0, 生效日期 2025-01-01, 页次 1/1, 保存期限 3年), a 记录编号 BESIDE THE 投诉编号 (no field), the form's own
    制定 / 审核 / 核准 WITH DATES at the foot (pre-printed: no field)."""
    s.text("A1", "客户投诉处理单", "C4", size=16)
    control_grid(s, 1, "D", "E", (("文件编号", "QR-QA-012"), ("版本/版次", "A/0"), ("生效日期", "2025-01-01"),
                                  ("页次", "1/1")))  # fmt: skip
    s.text("A5", "保存期限：3年", "B5")
    s.text("D5", "依据 ISO 9001:2015 8.2.1", "E5")
    kit.lv_pairs(s, 6, kit.field_rows(
        ("投诉编号", "记录编号", "接收日期", "客户名称", "订单号", "生产批号", "产品料号", "产品名称", "交货数量", "不良数量"),
        (kit.pick(s, "KS-2603-0041", "KS-2605-0017"), kit.pick(s, "QR-QA-012-2603-07", "QR-QA-012-2605-02"),
         kit.pick(s, D(2026, 3, 9), D(2026, 5, 14)), kit.pick(s, "杭州海康威视数字技术股份有限公司", "浙江大华技术股份有限公司"),
         kit.pick(s, "PO-HK-77120", "PO-DH-30418"), kit.pick(s, "HZ260302", "HZ260505"), kit.pick(s, "HZ-BRK-5501", "HZ-HSG-2207"),
         kit.pick(s, "摄像机支架", "铝压铸外壳"), kit.pick(s, 6000, 2400), kit.pick(s, 85, 32)),
        ("number", None, "received_date", "customer", "order_no", "lot_no", "part_no", "part_name", "ship_qty",
         "defect_qty"),
    ), cols=("AB", "DE"))  # fmt: skip
    rows = kit.field_rows(
        ("问题描述", "客户要求", "临时措施", "填表人", "业务主管"),
        (kit.pick(s, "支架焊点虚焊，客户装配时脱落。", "外壳压铸气孔，喷涂后起泡。"), ("退货并补货", ["return", "resupply"]),
         kit.pick(s, "在库 2,300 件全检焊点。", "在库及在途品全数隔离。"), "钱晓东", kit.pick(s, "沈建国", "沈建国")),
        kit.COMPLAINT_PATHS[9:],
    )  # fmt: skip
    rows_down(s, 11, rows, "E")
    for col, (who, name, day) in zip("ACE", (("制定", "周敏", "2024-12-20"), ("审核", "陈立", "2024-12-24"),
                                             ("核准", "吴海", "2024-12-28"))):  # fmt: skip
        s.text(f"{col}17", f"{who}：{name}  {day}")


def complaint_zht_revhist(s: kit.Sheet) -> None:
    """A 客訴處理單 (zh-Hant) with the document control's DISTRIBUTION line (分發單位 □品保 □製造 ■業務 □財務 □總經理室)
    under the title and a 修訂記錄 table (版次 / 修訂內容 / 修訂日期 / 修訂人, dates in 2023–2024) under the form."""
    s.text("A1", "客訴處理單", "D1", size=15)
    s.text("A2", "文件編號：QP-07-03-F01　版次：C　生效日期：2024/08/01", "D2")
    s.text("A3", "分發單位：■品保 ■製造 ■業務 □財務 □總經理室", "D3")
    rows = kit.field_rows(
        ("客訴單號", "受理日期", "客戶名稱", "訂單號碼", "批號", "料號", "品名", "出貨數量", "不良數量", "異常說明", "客戶要求",
         "緊急處置", "承辦人", "業務主管"),
        (kit.pick(s, "CS-TY-2603-012", "CS-TY-2605-004"), kit.pick(s, D(2026, 3, 11), D(2026, 5, 19)),
         kit.pick(s, "廣達電腦股份有限公司", "和碩聯合科技股份有限公司"), kit.pick(s, "PO-QT-66021", "PO-PG-10238"),
         kit.pick(s, "TY2602-18", "TY2605-03"), kit.pick(s, "TY-HNG-4410", "TY-CLP-0712"), kit.pick(s, "轉軸", "彈片"),
         kit.pick(s, 12000, 30000), kit.pick(s, 260, 410), kit.pick(s, "轉軸扭力偏低，螢幕無法定位。", "彈片彈力不足，接觸不良。"),
         ("重工", ["rework"]), kit.pick(s, "在庫 5,000 PCS 全數扭力測試。", "庫存全數隔離待判。"), "賴佩如", "許志誠"),
        kit.COMPLAINT_PATHS,
    )  # fmt: skip
    rows_down(s, 4, rows)
    revisions(s, 19, "ABCD", (("修訂記錄",), ("版次", "修訂內容", "修訂日期", "修訂人")),
              (("A", "新制定", "2023/02/15", "蔡明宏"), ("B", "增加緊急處置欄", "2023/11/06", "蔡明宏"),
               ("C", "增加分發單位", "2024/07/22", "游雅婷")))  # fmt: skip


def complaint_en_formno(s: kit.Sheet) -> None:
    """An English complaint whose FORM NUMBER IS IN THE PRINTED PAGE HEADER AND FOOTER (``Form No. F-QA-7.2-03 Rev.C``,
    ``Effective 2024-07-01``, ``Page 1 of 1``: Excel's header / footer, printed on the PDF), a ``Distribution: QA / MFG
    / Sales`` line and a ``Retention: 3 years`` note."""
    s.ws.oddHeader.left.text = "Form No. F-QA-7.2-03 Rev.C"
    s.ws.oddHeader.right.text = "Effective 2024-07-01"
    s.ws.oddFooter.left.text = "Ref. ISO 9001:2015 cl. 8.2.1 / Retention: 3 years"
    s.ws.oddFooter.right.text = "Page &P of &N"
    s.text("A1", "CUSTOMER COMPLAINT REPORT", "D1", size=14)
    s.text("A2", "Distribution: QA / MFG / Sales", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Complaint No.", "Date received", "Customer", "Customer PO", "Lot No.", "Part No.", "Part description",
         "Qty delivered", "Qty rejected"),
        (kit.pick(s, "CCR-26-0133", "CCR-26-0209"), kit.pick(s, D(2026, 3, 13), D(2026, 5, 21)),
         kit.pick(s, "Redwood Controls Corp.", "Alder Marine Systems Ltd."), kit.pick(s, "RC-PO-55810", "AM-PO-20931"),
         kit.pick(s, "L2603-22", "L2605-08"), kit.pick(s, "RW-SW-3302", "AM-PMP-1180"),
         kit.pick(s, "Rocker switch", "Bilge pump housing"), kit.pick(s, 4000, 1500), kit.pick(s, 66, 21)),
        kit.COMPLAINT_PATHS[:9],
    ))  # fmt: skip
    rows = kit.field_rows(
        ("Nonconformity", "Customer request", "Immediate containment", "Prepared by", "Sales manager"),
        (kit.pick(s, "Switch actuator sticks in the ON position after 200 cycles.", "Housing cracked at the outlet boss."),
         ("Credit for rejected qty", ["allowance"]), kit.pick(s, "Finished goods 2,100 pcs on hold.", "All housings in stock on hold."),
         "Grace Turner", kit.pick(s, "Daniel Reyes", "Daniel Reyes")),
        kit.COMPLAINT_PATHS[9:],
    )  # fmt: skip
    rows_down(s, 8, rows)


# =============================================================================== 8D
def eightd_zh_approval(s: kit.Sheet) -> None:
    """An 8D 报告 with the form's own APPROVAL BLOCK (编制 / 审核 / 批准, a name and a date each: the form's, not the
    8D's approval), the CONTROL LINE ``文件编号 QR-QA-015 版本 B/2 生效日期 2025-03-01`` and ``依据 IATF 16949 10.2.3``
    under the title; the 8D's own 批准 and 结案日期 in D8."""
    s.text("A1", "8D 纠正措施报告", "D1", size=15)
    control_cells(s, 2, "ABCD", (("文件编号", "QR-QA-015"), ("版本", "B/2"), ("生效日期", "2025-03-01"),
                                 ("依据", "IATF 16949 10.2.3")))  # fmt: skip
    kit.lv_pairs(s, 3, kit.field_rows(
        ("8D编号", "发起日期", "客户", "客诉单号", "零件号", "不良数量"),
        (kit.pick(s, "8D-WX-2603-011", "8D-WX-2605-006"), kit.pick(s, D(2026, 3, 12), D(2026, 5, 15)),
         kit.pick(s, "无锡威孚高科技集团股份有限公司", "博世汽车部件（苏州）有限公司"), kit.pick(s, "WF-CQ-260310", "BS-CQ-260513"),
         kit.pick(s, "WX-VLV-2210", "WX-NZL-0533"), kit.pick(s, 420, 180)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 小组成员", "B6", kit.pick(s, ("蒋文斌", "丁雪", "范志强"), ("蒋文斌", "丁雪")), sep="、",
                  span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时遏制措施", "D4 发生原因", "D4 流出原因", "D5 永久纠正措施", "D6 实施验证", "D7 预防再发"),
        (kit.pick(s, "阀芯外径超差，装配卡滞。", "喷嘴孔径偏大，流量超上限。"), kit.pick(s, "在库 1,800 件全检外径。", "在库全数流量测试。"),
         kit.pick(s, "磨床砂轮修整周期过长。", "钻头磨损未及时更换。"), kit.pick(s, "外径为抽检。", "流量测试为抽检。"),
         kit.pick(s, "砂轮每 500 件修整一次。", "钻头寿命管理按孔数更换。"), kit.pick(s, "连续 4 批外径合格。", "连续 3 批流量合格。"),
         kit.pick(s, "同类磨床比照。", "其他钻孔工位比照。")),
    )  # fmt: skip
    kit.lv_rows(s, 7, [(lab, raw, path) for lab, raw, path in rows])
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 结案日期", "批准"), (kit.pick(s, D(2026, 4, 17), D(2026, 6, 19)), "范志强"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    for col, (who, name, day) in zip("ABCD", (("编制", "丁雪", "2025-02-20"), ("审核", "蒋文斌", "2025-02-24"),
                                              ("批准", "方建华", "2025-02-27"), ("保存期限", "5年", ""))):  # fmt: skip
        s.text(f"{col}16", f"{who}：{name} {day}".strip())


def eightd_en_printtitles(s: kit.Sheet) -> None:
    """A long English 8D whose CONTROL HEADER (Doc. No. QF-8D-01, Rev. D, Issue date, Page) is the sheet's PRINT
    TITLES, so that page 2 repeats it above D5 … D8 (a manual page break before D5)."""
    from openpyxl.worksheet.pagebreak import Break

    s.text("A1", "8D REPORT", "B1", size=14)
    s.text("C1", "Doc. No. QF-8D-01  Rev. D")
    s.text("D1", "Issue date 2024-11-15")
    s.ws.print_title_rows = "1:1"
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Report No.", "Opened", "Customer", "Customer ref.", "Part No.", "Qty complained"),
        (kit.pick(s, "8D-PX-26-031", "8D-PX-26-052"), kit.pick(s, D(2026, 3, 16), D(2026, 5, 20)),
         kit.pick(s, "Summit Agricultural Equipment LLC", "Lakeshore Medical Devices Inc."), kit.pick(s, "SAE-QN-2603-7", "LMD-QN-2605-2"),
         kit.pick(s, "PX-HUB-7721", "PX-TUB-0318"), kit.pick(s, 96, 240)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", kit.pick(s, ("Mark Ellis", "Chen Yu", "Sara Lind"), ("Mark Ellis", "Ivan Petrov")),
                  span="D5")  # fmt: skip
    long = " ".join(["Observed at the customer's incoming inspection and confirmed on retained samples."] * 3)
    rows = kit.eightd_steps(
        ("D2 Problem description", "D3 Interim containment", "D4 Root cause", "D4 Escape cause", "D5 Permanent corrective action",
         "D6 Validation", "D7 Prevent recurrence"),
        (kit.pick(s, "Hub bearing seat oversize by 0.02 mm. " + long, "Tube ends not deburred. " + long),
         kit.pick(s, "Sorted 1,400 pcs at our plant and 600 at the customer.", "All tubes in stock reworked."),
         kit.pick(s, "Boring bar insert worn beyond its life.", "Deburring brush worn out."),
         kit.pick(s, "Bore gauge check once per shift only.", "Visual check missed small burrs."),
         kit.pick(s, "Insert life set to 300 pcs with a counter.", "Brush replaced weekly; camera check added."),
         kit.pick(s, "Three lots Cpk 1.67 on the seat diameter.", "Two lots with zero burrs at the customer."),
         kit.pick(s, "Counters on all boring machines.", "Camera check on the second deburr line.")),
    )  # fmt: skip
    for k, (lab, raw, path) in enumerate(rows):
        r = 6 + k
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"D{r}")
        s.ws.row_dimensions[r].height = 120 if k < 4 else 60
    s.ws.row_breaks.append(Break(id=9))
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 Closed on", "Approved by"), (kit.pick(s, D(2026, 4, 24), D(2026, 6, 26)), "Robert Hale"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_signdate(s: kit.Sheet) -> None:
    """A 矯正預防措施報告 (zh-Hant) with a 記錄編號 beside the 報告編號 (no field), 保存期限 and 文件編號 in a control row,
    and SIGNATURE LINES WITH A DATE BESIDE EACH (``品保主管：林志明　日期：2026/04/22``: the date no field, the 結案日期
    its own row)."""
    s.text("A1", "矯正預防措施報告（8D）", "D1", size=15)
    control_cells(
        s, 2, "ABCD", (("文件編號", "QR-QA-022"), ("版次", "1.2"), ("保存期限", "3年"), ("頁次", "1/1"))
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("報告編號", "記錄編號", "開立日期", "客戶", "客訴單號", "料號", "不良數"),
        ("CAR-TN-2603-008", "R-022-0315", D(2026, 3, 15), "台達電子工業股份有限公司", "DT-QA-260311", "TN-FAN-3305", 540),
        ("number", None, "opened_date", "customer", "complaint_number", "part_no", "problem.qty_complained"),
    ))  # fmt: skip
    kit.team_cell(s, "A7", "小組成員", "B7", ("郭俊宏", "簡淑芬", "林志明"), sep="、", span="D7")
    rows = kit.eightd_steps(
        ("問題描述", "暫時對策", "發生原因", "流出原因", "永久對策", "效果確認", "預防再發"),
        ("風扇軸心偏擺，運轉噪音超標。", "在庫 3,000 PCS 全數噪音檢測。", "軸心壓入治具磨耗。", "噪音檢測為抽檢。",
         "治具每月校正並更換定位件。", "連續 3 批噪音合格。", "同類機種治具比照校正。"),
    )  # fmt: skip
    kit.lv_rows(s, 8, [(lab, raw, path) for lab, raw, path in rows])
    kit.lv(s, "A15", "結案日期", "B15", D(2026, 4, 22), "closure.closed_date", span="D15", fmt="yyyy/mm/dd")
    kit.lv(s, "A16", "品保主管", "B16", "林志明", "closure.approved_by")
    kit.lv(s, "C16", "日期", "D16", "2026/04/23", None)
    kit.lv(s, "A17", "製造主管", "B17", "郭俊宏", None)
    kit.lv(s, "C17", "日期", "D17", "2026/04/23", None)


# =============================================================================== return
def return_zh_copylegend(s: kit.Sheet) -> None:
    """A 退货单 printed on multi-part paper: the COPY LEGEND down the right margin (第一联 品保联（白） / 第二联 仓库联（红）
    / 第三联 财务联（黄）), the control line (文件编号 QR-WH-005 版次 B/1) and a 分发 line."""
    s.text("A1", "退货单", "F1", size=15)
    s.text("A2", "文件编号：QR-WH-005　版次：B/1　生效日期：2024-06-01", "F2")
    s.text("G1", "第一联\n品保联（白）", "G4")
    s.text("G5", "第二联\n仓库联（红）", "G8")
    s.text("G9", "第三联\n财务联（黄）", "G12")
    d = kit.pick(s, D(2026, 3, 18), D(2026, 5, 22))
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉编号"),
        (kit.pick(s, "TH-2603-0028", "TH-2605-0011"), d, kit.pick(s, "格力电器（合肥）有限公司", "美的集团武汉制冷设备有限公司"),
         kit.pick(s, "GL-KS-260315", "MD-KS-260519")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("物料编码", "物料名称", "核准数量", "实退数量", "单价", "金额")
    kit.head_row(s, 5, "ABCDEF", heads)
    lines = kit.pick(s, [("HF-CPR-1120", "铜管组件", 400, 395, 18.5), ("HF-VLV-1121", "截止阀", 600, 600, 9.8)],
                     [("HF-FAN-2210", "风叶", 900, 870, 6.4)])  # fmt: skip
    kit.return_lines(s, 6, lines, heads)
    foot = kit.field_rows(("退货原因", "处理方式", "仓库签收", "核准"),
                          (kit.pick(s, "铜管焊缝渗漏，截止阀卡死。", "风叶动平衡超差。"), ("报废", ["scrap"]), "卢红梅", "孔德明"),
                          kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, 6 + len(lines), foot, "F")
    s.text(f"A{10 + len(lines)}", "分发：□品保 □仓库 □财务 □业务", f"F{10 + len(lines)}")


def return_en_copyof(s: kit.Sheet) -> None:
    """An English RETURN MATERIAL form with a COPY BANNER (``COPY 2 OF 4 — WAREHOUSE``) over the title, the control
    line ``Doc. No. WH-F-019 Rev.2 Date 2023-05-15`` and a ``Printed 2026-03-09 14:22 by j.liu`` line at the foot."""
    s.text("A1", "COPY 2 OF 4 — WAREHOUSE", "F1", bold=True, center=True)
    s.text("A2", "RETURN MATERIAL NOTE", "F2", size=14)
    s.text("A3", "Doc. No. WH-F-019   Rev.2   Date 2023-05-15", "F3")
    kit.lv_pairs(s, 4, kit.field_rows(
        ("Return No.", "Return date", "Customer", "Complaint ref."),
        (kit.pick(s, "RMN-26-0412", "RMN-26-0577"), kit.pick(s, D(2026, 3, 9), D(2026, 5, 12)),
         kit.pick(s, "Copperfield Appliances Ltd.", "Norrland Tools AB"), kit.pick(s, "CA-CMP-0309", "NT-CMP-0511")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("Item code", "Description", "Qty authorised", "Qty received", "Unit price", "Amount")
    kit.head_row(s, 6, "ABCDEF", heads)
    lines = kit.pick(s, [("CF-KNB-301", "Control knob", 1000, 980, 0.62), ("CF-GSK-302", "Door gasket", 250, 250, 3.4)],
                     [("NT-CHK-110", "Drill chuck", 120, 118, 7.25)])  # fmt: skip
    kit.return_lines(s, 7, lines, heads)
    foot = kit.field_rows(("Reason", "Disposition", "Received by", "Authorised by"),
                          (kit.pick(s, "Knobs cracked; gaskets deformed.", "Chuck jaws misaligned."), ("Replace", ["replace"]),
                           "Jason Liu", "Megan Ward"),
                          kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, 7 + len(lines), foot, "F")
    s.text(f"A{11 + len(lines)}", kit.pick(s, "Printed 2026-03-09 14:22 by j.liu", "Printed 2026-05-12 09:05 by j.liu"),
           f"F{11 + len(lines)}")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_iso(s: kit.Sheet) -> None:
    """A 销售折让单 under document control: a control grid at the top right (文件编号 QR-FI-008, 版本 A/1, 生效日期
    2024-10-01, 保存期限 10年), ``依据 ISO 9001:2015 8.2.1 / 8.7`` and the form's 制定 / 审核 / 核准 with dates."""
    s.text("A1", "销售折让单", "C3", size=15)
    control_grid(s, 1, "D", "E", (("文件编号", "QR-FI-008"), ("版本", "A/1"), ("生效日期", "2024-10-01")))
    s.text("A4", "依据 ISO 9001:2015 8.2.1 / 8.7　保存期限：10年", "E4")
    kit.lv_pairs(s, 5, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "客诉编号"),
        ("ZR-2603-0019", D(2026, 3, 27), "青岛海尔空调器有限总公司", "91370200264574251E", "37022000000062118824",
         "HR-KS-260320"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 8, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 9, (("压缩机支架", 500, 12.6), ("减震垫", 3000, 0.45)), heads, 0.13)
    for r, lab, x, path in ((11, "金额合计", net, "total_excl_tax"), (12, "税额合计", tax, "total_tax"),
                            (13, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A14", "财务主管", "B14", "孟凡宇", "approved_by_manager", span="C14")
    for col, (who, name, day) in zip("ACE", (("制定", "何静", "2024-09-10"), ("审核", "孟凡宇", "2024-09-18"),
                                             ("核准", "刘卫东", "2024-09-25"))):  # fmt: skip
        s.text(f"{col}15", f"{who}：{name} {day}")


_COPY2 = {"complaint_zh_qrheader", "complaint_zht_revhist", "complaint_en_formno", "eightd_zh_approval",
          "eightd_en_printtitles", "return_zh_copylegend", "complaint_zh_watermark", "allowance_en_printedby"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_qrheader, "投诉单", dict(A=14, B=30, C=6, D=14, E=30), "a 客户投诉处理单 with a control grid (文件编号 / 版本 / 生效日期 / 页次), 保存期限, a 记录编号 beside the 投诉编号, the form's 制定 / 审核 / 核准 with dates"),
        (complaint_zht_revhist, "客訴單", dict(A=14, B=30, C=14, D=30), "a 客訴處理單 with a 分發單位 line and a 修訂記錄 table under the form"),
        (complaint_en_formno, "CCR", dict(A=24, B=30, C=18, D=30), "an English complaint with the form number in the printed page header and footer, a Distribution line"),
        (eightd_zh_approval, "8D", dict(A=20, B=30, C=16, D=30), "8D 报告 with a control line (文件编号 / 版本 / 生效日期, IATF 16949 10.2.3) and the form's 编制 / 审核 / 批准 with dates"),
        (eightd_en_printtitles, "8D", dict(A=24, B=30, C=26, D=30), "an English 8D whose control header is the print titles, repeated on page 2"),
        (eightd_zht_signdate, "8D", dict(A=14, B=30, C=14, D=30), "a 矯正預防措施報告 with a 記錄編號 beside the 報告編號 and signature lines with a date beside each"),
        (return_zh_copylegend, "退货单", dict(A=16, B=22, C=12, D=16, E=18, F=16, G=14), "a 退货单 on multi-part paper: the copy legend (第一联 品保联（白） …) in the margin, 文件编号, 分发"),
        (return_en_copyof, "RMN", dict(A=18, B=22, C=16, D=16, E=16, F=16), "an English return note: COPY 2 OF 4 — WAREHOUSE, Doc. No. / Rev., a Printed … by line"),
        (allowance_zh_iso, "折让单", dict(A=20, B=24, C=14, D=16, E=16), "a 销售折让单 with a control grid, an ISO clause, 保存期限 and the form's 制定 / 审核 / 核准 with dates"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#eceff3", "td span{white-space:pre-line}.ctl td,.ctl th{font-size:8pt;padding:2px}")


def control_table(f: kit.HtmlForm, pairs) -> None:
    """A page's document-control block: a small table of ``label | value`` pairs (no field)."""
    f.raw(
        '<table class="ctl"><tr>' + "".join(f"<th>{a}</th><td>{b}</td>" for a, b in pairs) + "</tr></table>"
    )


def complaint_zh_watermark(f: kit.HtmlForm) -> str:
    """A 客户投诉单 page released by document control (Chromium): a TILED ``仅供内部使用`` WATERMARK (grey text repeated
    down the page's two sides, over the labels and the values' empty ends, turned 30°) and a RED ``受控`` STAMP in a box over the customer's row; a control block."""
    marks = "".join(f'<div class="wm" style="top:{40 + 70 * (k // 2)}mm;left:{10 + 130 * (k % 2)}mm">仅供内部使用</div>'
                    for k in range(6))  # fmt: skip
    f.raw(marks + '<div class="stamp">受控</div><h2>客户投诉单</h2>')
    control_table(
        f, (("文件编号", "QR-QA-031"), ("版本", "A/2"), ("生效日期", "2025-01-01"), ("页次", "1/1"))
    )
    f.raw("<table>")
    kit.kv_rows(f, kit.field_rows(
        ("投诉单号", "投诉日期", "客户名称", "订单编号", "批次号", "物料编码", "物料名称", "发货数量", "不良数量", "不良描述",
         "客户要求", "应急措施", "登记人", "销售经理"),
        (kit.pick(f, "TS-2603-0077", "TS-2605-0031"), kit.pick(f, ("2026-03-19", "2026-03-19"), ("2026-05-26", "2026-05-26")),
         kit.pick(f, "宁德时代新能源科技股份有限公司", "欣旺达电子股份有限公司"), kit.pick(f, "CATL-PO-80211", "SW-PO-33190"),
         kit.pick(f, "ND260311", "ND260518"), kit.pick(f, "ND-BUS-4402", "ND-INS-0816"), kit.pick(f, "铜排", "绝缘片"),
         (kit.pick(f, "10,000", "25,000"), kit.pick(f, 10000, 25000)), (kit.pick(f, "120", "300"), kit.pick(f, 120, 300)),
         kit.pick(f, "铜排镀镍层起皮，焊接不良。", "绝缘片冲切毛边，刺破膜层。"), ("换货", ["replacement"]),
         kit.pick(f, "在库 4,000 件全检镀层附着力。", "在库全数隔离。"), "邵雨婷", kit.pick(f, "梁志伟", "梁志伟")),
        kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    f.raw("</table><p class='note'>依据 ISO 9001:2015 8.2.1　保存期限：3年</p>")
    css = (".wm{position:absolute;transform:rotate(-30deg);color:rgba(120,120,120,.35);font-size:20pt;z-index:5}"
           ".stamp{position:absolute;top:52mm;left:120mm;border:3px solid #d22;color:#d22;font-size:26pt;"
           "padding:2px 10px;transform:rotate(-12deg);z-index:6}")  # fmt: skip
    return f.page("客户投诉单", _CSS + css)


def eightd_en_confidential(f: kit.HtmlForm) -> str:
    """An English 8D page (Chromium) with a ``CONFIDENTIAL`` band across the top, a control header (Doc. No.
    QP-10.2-01 Rev. D | Effective 2025-01-01 | Page 1 of 1), an ``IATF 16949:2016 §10.2.3`` note and a REVISION
    TABLE (Rev / Description / Date / By) at the end."""
    f.raw('<div class="band">CONFIDENTIAL — INTERNAL USE ONLY</div><h2>8D Corrective Action Report</h2>')
    control_table(
        f, (("Doc. No.", "QP-10.2-01"), ("Rev.", "D"), ("Effective", "2025-01-01"), ("Page", "1 of 1"))
    )
    f.raw("<p class='note'>Per IATF 16949:2016 §10.2.3 and customer-specific requirements</p><table>")
    kit.kv_rows(f, kit.field_rows(
        ("8D No.", "Date opened", "Customer", "Customer complaint No.", "Part No.", "Qty affected"),
        ("8D-KL-26-0019", ("2026-03-20", "2026-03-20"), "Granite Peak Automotive Inc.", "GPA-PR-26-0311", "KL-SNS-5520",
         ("75", 75)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_row(f, "D1 Team", ("Laura Kim", "Peter Novak", "Zhang Wei"))
    steps = kit.eightd_steps(
        ("D2 Problem", "D3 Containment", "D4 Root cause", "D4 Escape", "D5 Corrective action", "D6 Verification",
         "D7 Prevention"),
        ("Speed sensor signal drops out at -30 °C.", "Stock of 2,400 pcs cold-tested.", "Potting compound cracks at low temperature.",
         "Cold test not in the end-of-line test.", "Potting compound changed to a flexible grade.",
         "Three lots pass -40 °C cycling.", "Cold test added to all sensor lines."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    kit.kv_rows(f, kit.field_rows(
        ("D8 Closure date", "Approved by"), (("2026-04-27", "2026-04-27"), "Howard Price"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    f.raw("</table><p><b>Revision history</b></p>")
    kit.th_row(f, ("Rev", "Description of change", "Date", "By"))
    for line in (("A", "Initial release", "2019-06-03", "P. Novak"), ("B", "D0 added", "2021-02-11", "P. Novak"),
                 ("C", "Escape point row added", "2023-08-29", "L. Kim"), ("D", "IATF reference", "2024-12-10", "L. Kim")):  # fmt: skip
        f.raw("<tr>" + "".join(f"<td>{v}</td>" for v in line) + "</tr>")
    f.raw("</table>")
    css = (
        ".band{background:#222;color:#fff;text-align:center;font-weight:bold;letter-spacing:4px;padding:3px}"
    )
    return f.page("8D report", _CSS + css)


def return_zht_copies(f: kit.HtmlForm) -> str:
    """A 退貨單 page (Chromium) with its COPY LEGEND under the title (``第二聯 倉庫聯（紅）``), a control line and
    DISTRIBUTION BOXES (分發：□品保 ■倉庫 □會計 □業務)."""
    f.raw("<h2>退貨單</h2><p style='text-align:center'>第二聯　倉庫聯（紅）</p>")
    control_table(f, (("文件編號", "QR-WH-011"), ("版次", "2.0"), ("生效日期", "2024/03/01")))
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        ("RT-HC-2603-015", ("2026/03/24", "2026-03-24"), "群創光電股份有限公司", "IN-QA-260320"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("料號", "品名", "核准數", "退貨數", "單價", "金額")
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(
        (("HC-FRM-2201", "鐵框", 1500, 1460, 7.2), ("HC-SCW-2202", "螺絲", 8000, 8000, 0.15))
    ):
        cells = (
            code,
            name,
            (f"{qa:,}", qa),
            (f"{q:,}", q),
            (f"{p:.2f}", kit.money(p)),
            (f"{q * p:,.2f}", kit.money(q * p)),
        )
        kit.td_row(f, kit.item_cells(i, cells, kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        ("鐵框變形，螺絲牙損。", ("退回", ["return"]), "彭淑華", "楊國棟"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    f.raw(
        "<p>分發：□品保 ■倉庫 □會計 □業務</p><p class='note'>第一聯 品保聯（白）／第二聯 倉庫聯（紅）／第三聯 會計聯（黃）</p>"
    )
    return f.page("退貨單", _CSS)


def allowance_en_printedby(f: kit.PdfDraw) -> None:
    """An English CREDIT MEMO drawn by a supplier's system (fpdf2): ``Form No. F-FIN-012 Rev.C`` at the top right, a
    ``Printed 2026-03-30 16:41 by acc.wong`` line and ``Page 1 of 1`` at the foot."""
    f.text(150, 10, "Form No. F-FIN-012 Rev.C", size=7)
    f.text(150, 14, "Effective 2024-01-02", size=7)
    f.text(80, 20, "CREDIT MEMO", size=14)
    y = 32.0
    for lab, raw, path, exp in kit.field_rows(
        ("Credit memo No.", "Date", "Customer", "Customer VAT No.", "Invoice No.", "Complaint ref."),
        (kit.pick(f, "CM-26-0088", "CM-26-0131"), kit.pick(f, ("30 Mar 2026", "2026-03-30"), ("28 May 2026", "2026-05-28")),
         kit.pick(f, "Hollins Garden Products Ltd.", "Brookvale Kitchens Ltd."), kit.pick(f, "GB 284 5521 17", "GB 391 0274 55"),
         kit.pick(f, "INV-26-1187", "INV-26-1642"), kit.pick(f, "HGP-CMP-0322", "BK-CMP-0519")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ):  # fmt: skip
        f.text(15, y, lab + ":")
        f.value(60, y, raw, path=path, label=lab, expect=exp)
        y += 7
    cols = ((15, "Description", "name"), (80, "Qty", "qty"), (105, "Unit price", "unit_price"), (135, "Net", "allowance_amount"),
            (165, "VAT 20%", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 80, lab, bold=True)
    f.pdf.line(15, 82, 195, 82)
    y, net, tax = 82.0, 0.0, 0.0
    for i, (name, q, p) in enumerate(kit.pick(f, (("Hose reel bracket", 300, 4.2), ("Spray nozzle", 1200, 0.85)),
                                               (("Cabinet hinge", 2000, 1.1),))):  # fmt: skip
        y += 8
        a, t = round(q * p, 2), round(q * p * 0.2, 2)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:.2f}", f"{a:,.2f}", f"{t:,.2f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    y += 12
    for lab, raw, path, exp in kit.field_rows(
        ("Net total (GBP)", "VAT (GBP)", "Total credit (GBP)", "Authorised by"),
        ((f"{net:,.2f}", kit.money(net)), (f"{tax:,.2f}", kit.money(tax)), (f"{net + tax:,.2f}", kit.money(net + tax)),
         "Helen Wong"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ):  # fmt: skip
        f.text(15, y, lab + ":")
        f.value(60, y, raw, path=path, label=lab, expect=exp)
        y += 7
    f.text(
        15,
        280,
        kit.pick(f, "Printed 2026-03-30 16:41 by acc.wong", "Printed 2026-05-28 10:12 by acc.wong"),
        size=7,
    )
    f.text(175, 280, "Page 1 of 1", size=7)


def allowance_zht_ctlblock(f: kit.PdfDraw) -> None:
    """A 銷貨折讓單 drawn by fpdf2 (zh-Hant): a CONTROL BLOCK boxed at the top right (文件編號 / 版次 / 生效日期 / 頁次),
    a 修訂記錄 table at the foot (版次 / 修訂內容 / 修訂日期 / 修訂人) and 制定 / 審核 / 核准 with dates."""
    f = kit.CjkDraw.of(f)
    f.text(20, 18, "銷貨折讓單", size=15)
    for k, line in enumerate(("文件編號：QR-AC-7201", "版次：D", "生效日期：2025/02/01", "頁次：1/1")):
        f.text(148, 12 + k * 5, line, size=8)
    f.pdf.rect(145, 8, 52, 21)
    kit.pdf_lv_lines(f, 15, 45, 38, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-HB-2603-052", ("2026/03/26", "2026-03-26"), "宏碁股份有限公司", "84150520", "HB-38217746", "AC-QA-260319"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (70, "數量", "qty"), (95, "單價", "unit_price"), (125, "折讓金額", "allowance_amount"),
            (160, "營業稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 90, lab, bold=True)
    f.pdf.line(15, 92, 195, 92)
    y, net, tax = 92.0, 0.0, 0.0
    for i, (name, q, p) in enumerate((("鍵帽", 5000, 0.8), ("鍵盤支架", 400, 12.5))):
        y += 8
        a, t = round(q * p), round(q * p * 0.05)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:.2f}", f"{a:,}", f"{t:,}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 45, y + 14, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "總計", "主管"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,.0f}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "杜文昌"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip
    f.text(15, 182, "修訂記錄", bold=True)
    for x, h in zip((15, 35, 110, 150), ("版次", "修訂內容", "修訂日期", "修訂人")):
        f.text(x, 190, h)
    for k, line in enumerate((("A", "新制定", "2021/05/10", "鄭國良"), ("B", "增加客訴單號欄", "2022/09/01", "鄭國良"),
                              ("C", "增加營業稅額欄", "2023/12/15", "馮淑貞"), ("D", "格式更新", "2025/01/20", "馮淑貞"))):  # fmt: skip
        for x, v in zip((15, 35, 110, 150), line):
            f.text(x, 197 + k * 6, v)
    for x, v in zip(
        (15, 80, 145), ("制定：馮淑貞 2025/01/20", "審核：鄭國良 2025/01/24", "核准：黃俊雄 2025/01/27")
    ):
        f.text(x, 230, v)


def eightd_zh_twopage(f: kit.PdfDraw) -> None:
    """A two-page 8D 报告 drawn by fpdf2 whose CONTROL BLOCK (文件编号 QR-QA-018 / 版本 C/0 / 页次 1/2, 2/2) and title
    are DRAWN AGAIN ON PAGE 2, with ``受控文件`` in a red box at each page's top left."""
    f = kit.CjkDraw.of(f)

    def head(page: int) -> None:
        f.pdf.set_text_color(200, 30, 30)
        f.text(15, 12, "受控文件", size=10)
        f.pdf.set_draw_color(200, 30, 30)
        f.pdf.rect(13, 7, 22, 7)
        f.pdf.set_text_color(0, 0, 0)
        f.pdf.set_draw_color(0, 0, 0)
        f.text(80, 16, "8D 问题解决报告", size=14)
        f.text(150, 10, "文件编号：QR-QA-018", size=8)
        f.text(150, 14, "版本：C/0", size=8)
        f.text(150, 18, f"页次：{page}/2", size=8)

    head(1)
    kit.pdf_lv_lines(f, 15, 48, 32, kit.field_rows(
        ("报告编号", "开立日期", "客户", "投诉编号", "零件号", "投诉数量"),
        ("8D-CZ-2603-014", ("2026-03-23", "2026-03-23"), "常州星宇车灯股份有限公司", "XY-QC-260319", "CZ-RFL-6620", ("210", 210)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 48, 82, "D1 小组", ("贺明", "马晓燕", "黎俊"))
    first = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 永久措施", "D6 效果验证", "D7 预防再发"),
        ("反射镜镀铝层发黑，亮度不足。", "在库 1,600 件全检外观。", "镀膜前清洗水质超标。", "外观检验光源不足。",
         "清洗水电导率在线监控。", "连续 5 批外观合格。", "其他镀膜线比照。"),
    )  # fmt: skip
    y = 92.0
    for lab, raw, path in first[:4]:
        f.text(15, y, lab + "：")
        f.value(48, y, raw, path=path, label=lab)
        y += 10
    f.text(15, 285, "保存期限：5年　依据 IATF 16949 10.2.3", size=7)
    f.pdf.add_page()
    head(2)
    y = 32.0
    for lab, raw, path in first[4:]:
        f.text(15, y, lab + "：")
        f.value(48, y, raw, path=path, label=lab)
        y += 10
    kit.pdf_lv_lines(f, 15, 48, y, kit.field_rows(
        ("D8 结案日期", "批准"), (("2026-04-29", "2026-04-29"), "黎俊"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip
    f.text(15, 285, "保存期限：5年　依据 IATF 16949 10.2.3", size=7)


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a 客户投诉单 page with a tiled 仅供内部使用 watermark, a red 受控 stamp and a control block", complaint_zh_watermark),
        ("an English 8D page: a CONFIDENTIAL band, a Doc. No. / Rev. / Effective header, an IATF note, a revision table", eightd_en_confidential),
        ("a 退貨單 page with its copy legend (第二聯 倉庫聯（紅）), a control line and distribution boxes", return_zht_copies),
        ("an English credit memo drawn by fpdf2: Form No. / Rev. at the top, Printed … by and Page 1 of 1 at the foot", allowance_en_printedby),
        ("a 銷貨折讓單 drawn by fpdf2 with a boxed control block, a 修訂記錄 table and 制定 / 審核 / 核准 with dates", allowance_zht_ctlblock),
        ("a two-page 8D 报告 drawn by fpdf2 whose control block is drawn again on page 2, 受控文件 in a red box", eightd_zh_twopage),
    )
]  # fmt: skip


# =============================================================================== odd files
def _sheet_of(title: str, lines) -> bytes:
    """A one-sheet workbook of ``(label, value)`` rows (``None`` label: a title line)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r, (lab, val) in enumerate(lines, start=1):
        ws.cell(r, 1, lab)
        ws.cell(r, 2, val)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 10, 9, 0))


def _other_form_workbook() -> bytes:
    """A workbook whose title says 客户投诉处理单 while ITS CONTROL BLOCK NAMES ANOTHER FORM (``表单名称 退货单``,
    ``文件编号 QR-WH-005``): a form copied from the return note's file and half re-titled."""
    return _sheet_of("投诉单", (("客户投诉处理单", None), ("表单名称", "退货单"), ("文件编号", "QR-WH-005"),
                               ("投诉编号", "KS-2603-0093"), ("接收日期", "2026-03-10"), ("客户名称", "厦门宏发电声股份有限公司"),
                               ("产品料号", "XM-RLY-3301"), ("不良数量", 48), ("问题描述", "继电器触点粘连。"),
                               ("填表人", "黄丽娟")))  # fmt: skip


def _no_number_workbook() -> bytes:
    """A complaint workbook whose 投诉编号 IS LEFT EMPTY while a 文件编号 and a 记录编号 stand beside it: never a record
    holding the form's number or the record number as the complaint's."""
    return _sheet_of("投诉单", (("客户投诉处理单", None), ("文件编号", "QR-QA-012"), ("版本", "A/0"),
                               ("记录编号", "QR-QA-012-2603-11"), ("投诉编号", None), ("接收日期", "2026-03-11"),
                               ("客户名称", "苏州汇川技术有限公司"), ("产品料号", "SZ-CAP-2208"), ("不良数量", 15),
                               ("问题描述", "电容鼓包。"), ("填表人", "姚静")))  # fmt: skip


ODD = {
    "complaint-otherform.xlsx": (
        "a workbook titled 客户投诉处理单 whose control block names another form (表单名称 退货单, 文件编号 QR-WH-005): a "
        "word that the form names two kinds, or a clear error; never a record of one kind held silently",
        _other_form_workbook,
    ),
    "complaint-nonumber.xlsx": (
        "a complaint whose 投诉编号 is empty beside a 文件编号 and a 记录编号: a word that the complaint number is "
        "missing, or a clear error; never the form's number or the record number held as the complaint's",
        _no_number_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-first held-out layouts", ODD)
