"""Write the fourth held-out set (run: ``python tests/holdout4/make_holdout4.py``).

``tests/holdout3`` has been looked at while the reader was improved. This set is written from
public descriptions of real forms (客户抱怨处理单 with numbered labels, an English complaint
form with Chinese values and drop-down cells, a Taiwanese 客戶抱怨處理單 kept as an old .xls
with each label to the RIGHT of its value, an 8D with vertical block labels on a protected
sheet, an 8D whose title is only in the page header, 退货申请单 with items merged over two
rows, 退貨單 as .xls with ROC dates, a 銷貨折讓證明單 with the tax id one digit per box, a
销货折让证明单 whose total does not match its lines, an English RGA with a TBD date; and sent
as PDF only: a customer portal's case page and a 退货申请 page printed by Chromium, a Word 8D
with tab-separated label/value paragraphs, a Taiwanese 客訴單 in Word with nested tables, a
credit note drawn by fpdf2 in two label: value columns, an RMA packing list of two pages
with its table header repeated) without reading the reader's code, and differs from
``tests/layouts``, ``tests/holdout``, ``tests/holdout2``, ``tests/holdout3`` and
``../shared/corpus``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it
there. Output, in the format of ``../shared/corpus``::

    templates/<id>.xlsx | .docx | .html | .pdf   the blank layout
    filled/<id>.xlsx (or .xls), .pdf             Excel layouts: filled, printed by LibreOffice
    filled/<id>.pdf                              Word / HTML / fpdf2 layouts: the PDF only
    expected/<id>.json                           what was typed where, what kesu should read
    copy2/filled, copy2/expected                 a second filled copy (other values, a few
                                                 lines more or fewer) of some layouts, for
                                                 profiles (bench/reader_bench.py reads copy2/)

Deterministic for the xlsx/docx/html/json files; the PDFs and the .xls need ``soffice`` and
``chromium`` (``--no-pdf`` skips them; ``--out DIR`` writes elsewhere). The fpdf2 PDFs need
``pip install fpdf2`` (not a kesu dependency; the committed files stay when it is missing).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl.styles import Alignment, Protection
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))
sys.path.insert(0, str(HERE.parent / "holdout3"))
sys.path.insert(0, str(HERE.parent / "layouts"))

from make_holdout import expected, field, label, plain  # noqa: E402
from make_holdout3 import FPDF, DocForm, save_docx  # noqa: E402
from make_layouts import Sheet, save, to_pdf  # noqa: E402

D = dt.date
SOURCE = dict(origin="fourth held-out imitation", source="tests/holdout4/make_holdout4.py")


def pick(form, first, second):
    """The first copy's value or the second copy's (``form.copy`` is 1 or 2)."""
    return first if getattr(form, "copy", 1) == 1 else second


def lv(s: Sheet, lref: str, text: str, vref: str, raw, path: str | None, lspan=None, **kw) -> None:
    label(s, lref, text, lspan)
    s.value(vref, raw, path=path, label=text, **kw)


def absent(s, text: str, ref: str, typed: str, path: str) -> None:
    """A field the clerk left empty or filled with no value (``同上``, ``见附件``, ``TBD``): the
    record must hold nothing there (listed in the expected file's ``absent``)."""
    if not s.blank:
        s.__dict__.setdefault("absent", []).append(
            {"label": text, "cell": f"{s.ws.title}!{ref}", "value": typed, "path": path}
        )


def marks(options: list[str], chosen: set[str], on: str, off: str, sep: str = "  ") -> str:
    return sep.join(f"{on if o in chosen else off}{o}" for o in options)


# =============================================================================== Excel layouts
def complaint_zh_numbered(s: Sheet) -> None:
    """客户抱怨处理单 of an auto-parts supplier: every label numbered (``1. 客户名称`` …
    ``16. 批准``) in column A with its value in the merged B:D, a second numbered column F/G,
    dates typed as Excel serials shown ``2026年9月3日`` (custom format), quantities with words
    and units (``约500 pcs``, ``12 pcs（抽检）``), ☑/☐ for the complaint type and ●/○ for the
    severity inside the cell, ``见附件`` typed in the 8D-report line (nothing to read),
    the long texts in merged blocks under numbered headings."""
    s.text("A1", "客户抱怨处理单", "G1", size=15)
    s.height(1, 28)
    plain(s, "A2", "表单编号：QR-7.2-05   版次：A/2", "G2")
    ymd = 'yyyy"年"m"月"d"日"'
    lv(s, "A3", "1. 抱怨单号", "B3", pick(s, "KB-2609-014", "KB-2610-022"), "number", span="D3")
    lv(
        s,
        "E3",
        "2. 抱怨日期",
        "F3",
        pick(s, D(2026, 9, 3), D(2026, 10, 12)),
        "received_date",
        span="G3",
        fmt=ymd,
    )
    lv(
        s,
        "A4",
        "3. 客户名称",
        "B4",
        pick(s, "重庆长鹏汽车零部件有限公司", "柳州新宇机电有限公司"),
        "customer",
        span="D4",
    )
    lv(s, "E4", "4. 订单号", "F4", pick(s, "PO-CQ-88120", "LZ260933"), "order_no", span="G4")
    lv(s, "A5", "5. 零件号", "B5", pick(s, "CP-33018-A", "XY-5521"), "part_no", span="D5")
    lv(s, "E5", "6. 零件名称", "F5", pick(s, "制动钳支架", "水泵皮带轮"), "part_name", span="G5")
    lv(s, "A6", "7. 批次号", "B6", pick(s, "B260811-2", "B260917-1"), "lot_no", span="D6")
    lv(s, "E6", "8. 出货日期", "F6", pick(s, D(2026, 8, 14), D(2026, 9, 21)), "ship_date", span="G6", fmt=ymd)
    lv(
        s,
        "A7",
        "9. 交货数量",
        "B7",
        pick(s, "约500 pcs", "约1200 pcs"),
        "ship_qty",
        span="D7",
        expect=pick(s, 500, 1200),
    )
    lv(
        s,
        "E7",
        "10. 不良数量",
        "F7",
        pick(s, "12 pcs（抽检）", "30 pcs（全检）"),
        "defect_qty",
        span="G7",
        expect=pick(s, 12, 30),
    )
    types = ["质量抱怨", "交付抱怨", "服务抱怨"]
    lv(
        s,
        "A8",
        "11. 抱怨类别",
        "B8",
        marks(types, {"质量抱怨"}, "☑", "☐"),
        "complaint_type",
        span="D8",
        expect="quality",
        blank_text=marks(types, set(), "☑", "☐"),
    )
    sev = ["重大", "重要", "一般"]
    chosen = pick(s, "一般", "重大")
    lv(
        s,
        "E8",
        "12. 严重度",
        "F8",
        marks(sev, {chosen}, "●", "○", " "),
        "severity",
        span="G8",
        expect=pick(s, "general", "major"),
        blank_text=marks(sev, set(), "●", "○", " "),
    )
    s.text("A9", "13. 不良现象描述", "G9", bold=True)
    desc = pick(
        s,
        "客户来料检验发现支架安装孔位置度超差 0.15，12 件无法装配，均为 8 月 11 日夜班生产。",
        "皮带轮槽面有明显毛刺，客户装配线划伤皮带 3 条，30 件退回待处理。",
    )
    s.value("A10", desc, path="description", label="13. 不良现象描述", span="G11")
    s.text("A12", "14. 原因分析", "G12", bold=True)
    cause = pick(s, "钻孔夹具定位销磨损 0.1 mm，未纳入点检表。", "去毛刺工序漏做，作业员顶岗未培训。")
    s.value("A13", cause, path="root_cause", label="14. 原因分析", span="G14")
    s.text("A15", "15. 纠正措施", "G15", bold=True)
    act = pick(
        s, "更换定位销，夹具纳入每日点检；库存 488 件全检。", "增加去毛刺检查工位，顶岗人员上岗前考核。"
    )
    s.value("A16", act, path="long_term_action", label="15. 纠正措施", span="G17")
    lv(s, "A18", "16. 临时措施", "B18", "见附件", None, span="D18")
    absent(s, "16. 临时措施", "B18", "见附件", "short_term_action")
    lv(s, "E18", "17. 责任部门", "F18", pick(s, "机加工二车间", "冲压车间"), "responsible_unit", span="G18")
    lv(s, "A19", "18. 填表人", "B19", pick(s, "刘晓燕", "何文静"), "reporter", span="D19")
    lv(s, "E19", "19. 批准", "F19", pick(s, "蒋国平", "蒋国平"), "approver", span="G19")
    lv(
        s,
        "A20",
        "20. 结案日期",
        "B20",
        pick(s, D(2026, 9, 25), D(2026, 10, 30)),
        "closed_date",
        span="D20",
        fmt=ymd,
    )


def complaint_en_zhvalues(s: Sheet) -> None:
    """An English Customer Complaint Form (a joint venture's template) filled by a Chinese
    clerk: English labels, Chinese values; Complaint Type / Severity / Sample Returned are
    data-validation drop-down cells; the received date ``3-Sep-2026`` (an Excel serial) has a
    second date beside it (Date Entered, the day it was keyed in); a contact with a phone
    number; Containment typed ``TBD`` (nothing to read); Approved By left blank."""
    s.text("A1", "CUSTOMER COMPLAINT FORM", "F1", size=14)
    plain(s, "A2", "Form QF-802 Rev.C — fields marked * are mandatory", "F2")
    dmy = "d-mmm-yyyy"
    lv(s, "A3", "Complaint No.*", "B3", "CCF-26-0381", "number")
    lv(s, "C3", "Date Received*", "D3", D(2026, 9, 3), "received_date", fmt=dmy)
    lv(s, "E3", "Date Entered", "F3", D(2026, 9, 5), None, fmt=dmy)
    lv(s, "A4", "Customer*", "B4", "东莞立信电子科技有限公司", "customer", span="D4")
    lv(s, "E4", "Contact", "F4", "黄工 138-2266-0915", None)
    lv(s, "A5", "Customer PO", "B5", "LX-PO-60712", "order_no")
    lv(s, "C5", "Part No.*", "D5", "TS-0420-BK", "part_no")
    lv(s, "E5", "Part Description", "F5", "触摸开关面板", "part_name")
    lv(s, "A6", "Lot / Date Code", "B6", "2634", "lot_no")
    lv(s, "C6", "Qty Shipped", "D6", 3000, "ship_qty", fmt="#,##0")
    lv(s, "E6", "Qty Rejected", "F6", 45, "defect_qty")
    lv(s, "A7", "Complaint Type", "B7", "Quality", "complaint_type", expect="quality")
    lv(s, "C7", "Severity", "D7", "Major", "severity", expect="major")
    lv(s, "E7", "Sample Returned", "F7", "Yes", "sample_received", expect=True)
    for ref, options in (
        ("B7", "Quality,Delivery,Service,Other"),
        ("D7", "Critical,Major,Minor"),
        ("F7", "Yes,No"),
    ):
        dv = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True)
        s.ws.add_data_validation(dv)
        dv.add(ref)
    label(s, "A8", "Problem Description*", "F8")
    s.value(
        "A9",
        "面板印字偏移，按键字符与灯孔错位约 0.8 mm，客户产线挑出 45 片。",
        path="description",
        label="Problem Description*",
        span="F10",
    )
    label(s, "A11", "Containment", "F11")
    s.value("A12", "TBD", path=None, label="Containment", span="F12")
    absent(s, "Containment", "A12", "TBD", "short_term_action")
    label(s, "A13", "Root Cause", "F13")
    s.value(
        "A14", "丝印网版张力下降，换版后首件未核对位置。", path="root_cause", label="Root Cause", span="F15"
    )
    lv(s, "A16", "Responsible Dept.", "B16", "丝印车间", "responsible_unit")
    lv(s, "C16", "Prepared By", "D16", "林美华", "reporter")
    lv(s, "E16", "Approved By", "F16", "", "approver")
    absent(s, "Approved By", "F16", "", "approver")


def complaint_zht_rightlabel(s: Sheet) -> None:
    """客戶抱怨處理單 of a Taiwanese fastener maker kept as an old Excel 97 .xls: the value
    cells are on the LEFT and each label in the column to their RIGHT (the form was laid out
    for a window envelope), ``同上`` typed in the 交貨客戶 line (same as the customer above:
    nothing to read), 品質異常 ■/□, 客戶要求 ■ 退貨 ■ 補貨, dates ``115/09/04`` (ROC),
    處理人 left empty."""
    s.text("A1", "客戶抱怨處理單", "D1", size=15)
    rows = [
        ("CC-115-0904", "抱怨編號", "number", None),
        ("115/09/04", "受理日期", "received_date", "2026-09-04"),
        ("國聯機械股份有限公司", "客戶名稱", "customer", None),
        ("同上", "交貨客戶", None, None),
        ("M8-HB-1225", "品號", "part_no", None),
        ("六角螺栓 M8×25", "品名", "part_name", None),
        ("H250817", "製造批號", "lot_no", None),
        ("20,000", "交貨數量", "ship_qty", 20000),
        ("640", "不良數量", "defect_qty", 640),
        (marks(["品質異常", "非品質"], {"品質異常"}, "■", "□"), "抱怨類別", "complaint_type", "quality"),
        (
            marks(["退貨", "補貨", "折讓"], {"退貨", "補貨"}, "■", "□"),
            "客戶要求",
            "customer_request",
            ["return", "resupply"],
        ),
    ]
    for i, (raw, text, path, exp) in enumerate(rows, start=3):
        blank = None
        if raw[0] in "■□":
            opts = [part[1:] for part in raw.split("  ")]
            blank = marks(opts, set(), "■", "□")
        s.value(f"A{i}", raw, path=path, label=text, span=f"C{i}", expect=exp, blank_text=blank)
        label(s, f"D{i}", text)
    s.value(
        "A14",
        "螺紋牙型不完整，通規無法通過，客戶組裝時滑牙。",
        path="description",
        label="異常說明",
        span="C16",
    )
    label(s, "D14", "異常說明", "D16")
    s.value("A17", "搓牙模具崩角未及時更換。", path="root_cause", label="原因分析", span="C18")
    label(s, "D17", "原因分析", "D18")
    s.value("A19", "", path="reporter", label="處理人", span="C19")
    absent(s, "處理人", "A19", "", "reporter")
    label(s, "D19", "處理人")
    s.value("A20", "品保課", path="responsible_unit", label="責任單位", span="C20")
    label(s, "D20", "責任單位")


def eightd_zh_vertical(s: Sheet) -> None:
    """8D报告 of a die-casting plant on a PROTECTED sheet (values in unlocked cells): each
    discipline a block with its name in a merged cell spanning the block's rows on the left,
    set in Excel's stacked VERTICAL TEXT orientation (``D1小组成员`` in one line of the cell,
    text rotation 255, not line breaks), the team table 姓名/部门/职务
    inside D1, D3 临时措施 with 责任人/完成日期, D4 with 发生原因 and 流出原因 rows, D5 纠正措施,
    D7 预防 with 文件更新, D8 with 结案日期 ``2026-10-08`` and 批准; header 8D编号 / 客户 /
    零件号 / 发起日期 on one row."""
    s.text("A1", "8D 报 告", "F1", size=15)
    lv(s, "A2", "8D编号", "B2", pick(s, "8D-DC-26117", "8D-DC-26131"), "number")
    lv(s, "C2", "客户", "D2", pick(s, "宁波拓普底盘系统有限公司", "安徽江淮汽车集团股份有限公司"), "customer")
    lv(s, "E2", "零件号", "F2", pick(s, "TP-BRK-772", "JH-4410-C"), "part_no")
    lv(s, "A3", "发起日期", "B3", pick(s, D(2026, 9, 4), D(2026, 10, 9)), "opened_date", fmt="yyyy-mm-dd")
    lv(s, "C3", "客户投诉号", "D3", pick(s, "TP-QN-5531", "JAC-2610-07"), "complaint_number")

    def block(top: int, bottom: int, name: str) -> None:
        s.text(f"A{top}", name, f"A{bottom}", bold=True, shade=True, center=True)
        s.ws[f"A{top}"].alignment = Alignment(text_rotation=255, horizontal="center", vertical="center")

    team = pick(
        s,
        [("王建军", "质量部", "组长"), ("陈丽", "压铸车间", "组员"), ("赵鹏", "模具部", "组员")],
        [("王建军", "质量部", "组长"), ("孙凯", "工艺部", "组员")],
    )
    block(4, 8, "D1小组成员")
    for ref, t in (("B4", "姓名"), ("C4", "部门"), ("D4", "职务")):
        s.text(ref, t, bold=True, center=True)
    for i in range(4):
        r = 5 + i
        if i < len(team):
            n, d, role = team[i]
            s.value(f"B{r}", n, path="team[*].name", label="姓名")
            s.value(f"C{r}", d, path=f"team[name={n}].dept", label="部门")
            s.value(
                f"D{r}",
                role,
                path=f"team[name={n}].role",
                label="职务",
                expect="leader" if role == "组长" else "member",
            )
        else:
            for c in "BCD":
                s.box(f"{c}{r}")
    block(9, 11, "D2问题描述")
    stmt = pick(
        s,
        "支架 M10 螺纹孔内有气孔，客户攻丝后漏气测试失败 26 件。",
        "壳体结合面平面度超差 0.12，客户密封测试渗漏 9 件。",
    )
    s.value("B9", stmt, path="problem.statement", label="D2问题描述", span="F10")
    lv(s, "B11", "投诉数量", "C11", pick(s, 26, 9), "problem.qty_complained")
    lv(s, "D11", "交付数量", "E11", pick(s, 4000, 1500), "problem.qty_delivered")
    block(12, 13, "D3临时措施")
    s.value(
        "B12",
        pick(s, "在库及在途 3,200 件 100% 气密检测", "库存 600 件三坐标抽测，客户处全部换货"),
        path="containment[*].action",
        label="D3临时措施",
        span="D13",
    )
    s.text("E12", "完成日期", bold=True)
    s.value(
        "F12",
        pick(s, D(2026, 9, 6), D(2026, 10, 11)),
        path="containment[*].done_date",
        label="完成日期",
        fmt="yyyy-mm-dd",
    )
    block(14, 15, "D4根本原因")
    label(s, "B14", "发生原因")
    s.value(
        "C14",
        pick(s, "模温偏低，局部卷气", "去应力退火炉温度记录缺失"),
        path="root_cause[type=occurrence].cause",
        label="发生原因",
        span="F14",
    )
    label(s, "B15", "流出原因")
    s.value(
        "C15",
        pick(s, "气密抽检频次 1/班，不足以检出", "终检只测外形，未测平面度"),
        path="root_cause[type=escape].cause",
        label="流出原因",
        span="F15",
    )
    block(16, 17, "D5纠正措施")
    s.value(
        "B16",
        pick(s, "模温机设定 220℃ 并加装报警；气密检测改为全检", "退火炉加装温度记录仪，终检增加平面度"),
        path="corrective_actions[*].action",
        label="D5纠正措施",
        span="F17",
    )
    block(18, 19, "D7预防")
    s.value(
        "B18",
        pick(s, "PFMEA、控制计划更新", "作业指导书更新"),
        path="prevention.documents_updated",
        label="D7预防",
        span="F19",
        expect=pick(s, ["fmea", "control_plan"], ["work_instruction"]),
    )
    block(20, 21, "D8结案")
    lv(
        s,
        "B20",
        "结案日期",
        "C20",
        pick(s, D(2026, 10, 8), D(2026, 11, 12)),
        "closure.closed_date",
        fmt="yyyy-mm-dd",
    )
    lv(s, "D20", "批准", "E20", pick(s, "许志强", "许志强"), "closure.approved_by")
    s.box("B21", "F21")
    for row in s.ws.iter_rows():
        for c in row:
            c.protection = Protection(locked=c.fill is None or c.fill.fgColor.rgb in (None, "00000000"))
    for f in s.fields:
        ref = f["cell"].split("!")[1]
        s.ws[ref].protection = Protection(locked=False)
    s.ws.protection.sheet = True
    s.ws.protection.password = "qa"


def eightd_en_headertitle(s: Sheet) -> None:
    """An English 8D whose title ``8D Corrective Action Report`` is only in the printed page
    header (the sheet starts with the supplier block); checkboxes ✔/blank for the disciplines
    done; dates as serials shown ``04.09.2026`` (dd.mm.yyyy); the team one row per member with
    Function and e-mail; D4 Why-Made / Why-Shipped; the customer's closure by name."""
    s.ws.oddHeader.center.text = "8D Corrective Action Report"
    s.ws.oddHeader.center.size = 16
    s.ws.oddFooter.left.text = "QF-1020 rev 4"
    dmy = "dd.mm.yyyy"
    lv(s, "A1", "Supplier", "B1", "Kunshan Hexin Precision Co., Ltd.", None, span="C1")
    lv(s, "D1", "Report #", "E1", pick(s, "HX-8D-0917", "HX-8D-1002"), "number")
    lv(
        s,
        "A2",
        "Customer",
        "B2",
        pick(s, "Dana Thermal Products", "Modine Manufacturing"),
        "customer",
        span="C2",
    )
    lv(s, "D2", "Customer Ref", "E2", pick(s, "DTP-SCAR-2214", "MOD-QN-7781"), "complaint_number")
    lv(s, "A3", "Part #", "B3", pick(s, "HX-7731-02", "HX-9020-11"), "part_no", span="C3")
    lv(s, "D3", "Date Opened", "E3", pick(s, D(2026, 9, 4), D(2026, 10, 2)), "opened_date", fmt=dmy)
    s.text("A5", "✔", center=True)
    s.text("B5", "D1 Team", "E5", bold=True, shade=True)
    for ref, t in (("B6", "Name"), ("C6", "Function"), ("D6", "E-mail"), ("E6", "Role")):
        s.text(ref, t, bold=True)
    team = pick(
        s,
        [
            ("Wei Zhang", "Quality", "Champion"),
            ("Li Na", "Process", "Member"),
            ("Tom Becker", "Customer SQE", "Member"),
        ],
        [("Wei Zhang", "Quality", "Champion"), ("Zhou Min", "Production", "Member")],
    )
    for i, (n, fn, role) in enumerate(team):
        r = 7 + i
        s.value(f"B{r}", n, path="team[*].name", label="Name")
        s.value(f"C{r}", fn, path=f"team[name={n}].dept", label="Function")
        s.value(f"D{r}", n.lower().replace(" ", ".") + "@example.com", path=None, label="E-mail")
        s.value(
            f"E{r}",
            role,
            path=f"team[name={n}].role",
            label="Role",
            expect="champion" if role == "Champion" else "member",
        )
    r = 7 + len(team) + 1
    s.text(f"A{r}", "✔", center=True)
    s.text(f"B{r}", "D2 Problem Description", f"E{r}", bold=True, shade=True)
    s.value(
        f"B{r + 1}",
        pick(
            s,
            "Brazed joints leak at 1.5 bar helium test; 18 of 2,400 cores.",
            "Fin collapse on 7 cores after wash line.",
        ),
        path="problem.statement",
        label="D2 Problem Description",
        span=f"E{r + 2}",
    )
    r += 3
    s.text(f"A{r}", "✔", center=True)
    s.text(f"B{r}", "D3 Interim Containment", f"E{r}", bold=True, shade=True)
    s.value(
        f"B{r + 1}",
        pick(s, "Sort all stock with helium leak test.", "Hold wash line, hand inspection."),
        path="containment[*].action",
        label="D3 Interim Containment",
        span=f"E{r + 1}",
    )
    r += 2
    s.text(f"A{r}", "✔", center=True)
    s.text(f"B{r}", "D4 Root Cause", f"E{r}", bold=True, shade=True)
    lv(
        s,
        f"B{r + 1}",
        "Why Made",
        f"C{r + 1}",
        pick(s, "Braze furnace belt speed too high.", "Wash pressure set at 8 bar, spec 4 bar."),
        "root_cause[type=occurrence].cause",
        span=f"E{r + 1}",
    )
    lv(
        s,
        f"B{r + 2}",
        "Why Shipped",
        f"C{r + 2}",
        pick(s, "Leak test sampling 1 per 50.", "No visual check after wash."),
        "root_cause[type=escape].cause",
        span=f"E{r + 2}",
    )
    r += 3
    s.text(f"A{r}", "✔", center=True)
    s.text(f"B{r}", "D5/D6 Permanent Corrective Action", f"E{r}", bold=True, shade=True)
    s.value(
        f"B{r + 1}",
        pick(s, "Belt speed interlock; 100% leak test.", "Pressure regulator with lock; visual check added."),
        path="corrective_actions[*].action",
        label="D5/D6 Permanent Corrective Action",
        span=f"E{r + 1}",
    )
    r += 2
    s.text(f"A{r}", "", center=True)
    s.text(f"B{r}", "D8 Closure", f"E{r}", bold=True, shade=True)
    lv(
        s,
        f"B{r + 1}",
        "Closed on",
        f"C{r + 1}",
        pick(s, D(2026, 10, 15), D(2026, 11, 6)),
        "closure.closed_date",
        fmt=dmy,
    )
    lv(
        s,
        f"D{r + 1}",
        "Customer sign-off",
        f"E{r + 1}",
        pick(s, "R. Alvarez", "K. Novak"),
        "closure.approved_by",
    )


def eightd_zht_steptable(s: Sheet) -> None:
    """8D改善報告 of a Taiwanese electronics maker kept as ONE step table: a row per discipline
    (步驟 / 內容 / 負責人 / 預計完成日 / 實際完成日), the header 報告編號 / 客戶 / 料號 / 開立日期
    written ``2026年09月05日`` above it, the team in one cell ``組長：李國華（品保）、組員：…``,
    the D4 row split into 發生原因 / 流出原因 lines, the planned date beside the actual one
    (the actual date is the one done), 結案 with 核准 and the customer's ``同意結案`` ■."""
    s.text("A1", "8D 改 善 報 告", "F1", size=15)
    lv(s, "A2", "報告編號", "B2", "8D-TW-115-027", "number")
    lv(s, "C2", "客戶", "D2", "鴻準精密工業股份有限公司", "customer", span="F2")
    lv(s, "A3", "料號", "B3", "FX-HS-3309", "part_no")
    lv(s, "C3", "開立日期", "D3", "2026年09月05日", "opened_date", expect="2026-09-05")
    lv(s, "E3", "客訴單號", "F3", "FX-CC-0905", "complaint_number")
    for c, h in zip("ABCDEF", ["步驟", "內容", "", "負責人", "預計完成日", "實際完成日"], strict=True):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    s.ws.merge_cells("B5:C5")
    rows = [
        ("D1 成立小組", "組長：李國華（品保）、組員：張雅雯（製造）、陳冠宇（工程）", None, None, None, None),
        (
            "D2 問題描述",
            "散熱片鰭片倒伏，客戶組裝時 37 pcs 無法卡入。",
            "problem.statement",
            "李國華",
            "9/5",
            "9/5",
        ),
        (
            "D3 暫時對策",
            "成品倉 2,400 pcs 全數目檢，不良品隔離。",
            "containment[*].action",
            "張雅雯",
            "9/7",
            "9/6",
        ),
        (
            "D5 永久對策",
            "沖壓模具增加導正銷，包裝改為隔板。",
            "corrective_actions[*].action",
            "陳冠宇",
            "9/30",
            "9/28",
        ),
        ("D6 效果確認", "連續三批出貨無不良。", "implementation[*].result", "李國華", "10/20", "10/18"),
        (
            "D7 預防再發",
            "同類模具水平展開 5 套。",
            "prevention.horizontal_deployment",
            "陳冠宇",
            "10/31",
            "10/25",
        ),
    ]
    r = 6
    for step, body, path, owner, plan, done in rows:
        s.text(f"A{r}", step, bold=True)
        s.value(f"B{r}", body, path=path, label=step, span=f"C{r}")
        s.value(f"D{r}", owner or "", path=None, label="負責人")
        s.value(f"E{r}", plan or "", path=None, label="預計完成日")
        s.value(f"F{r}", done or "", path=None, label="實際完成日")
        if step.startswith("D3"):
            field(s, "實際完成日", f"F{r}", done, "containment[*].done_date", "2026-09-06")
        if step.startswith("D1"):
            for name, role, dept in (
                ("李國華", "leader", "品保"),
                ("張雅雯", "member", "製造"),
                ("陳冠宇", "member", "工程"),
            ):
                field(s, "D1 成立小組", f"B{r}", name, "team[*].name", name)
                field(s, "D1 成立小組", f"B{r}", name, f"team[name={name}].role", role)
                field(s, "D1 成立小組", f"B{r}", name, f"team[name={name}].dept", dept)
        r += 1
        if step.startswith("D3"):
            s.text(f"A{r}", "D4 原因分析", f"A{r + 1}", bold=True)
            lv(
                s,
                f"B{r}",
                "發生原因",
                f"C{r}",
                "沖壓後鰭片無支撐，堆疊壓傷。",
                "root_cause[type=occurrence].cause",
            )
            lv(
                s,
                f"B{r + 1}",
                "流出原因",
                f"C{r + 1}",
                "出貨檢驗未含鰭片平整度。",
                "root_cause[type=escape].cause",
            )
            for rr in (r, r + 1):
                for c in "DEF":
                    s.box(f"{c}{rr}")
            r += 2
    lv(s, f"A{r}", "D8 結案日期", f"B{r}", "2026/10/31", "closure.closed_date", expect="2026-10-31")
    lv(s, f"C{r}", "核准", f"D{r}", "黃志明", "closure.approved_by")
    lv(
        s,
        f"E{r}",
        "客戶確認",
        f"F{r}",
        "■同意結案",
        "closure.customer_accepted",
        expect=True,
        blank_text="□同意結案",
    )


def return_zh_mergeditems(s: Sheet) -> None:
    """退货申请单 of an electronics distributor: each item takes TWO rows, the item cells (序号,
    物料编码, 物料名称, 单位, 退货数量, 单价, 金额) merged over both, and the 不良描述 column one
    line per row; 申请日期 ``2026-09-07`` as text, 客户 beside 联系人 and a phone, 退货原因
    as ☑ boxes, 处理方式 ☑ 换货 ☐ 退款, 仓库签收 and 签收日期 at the foot."""
    s.text("A1", "退货申请单", "H1", size=15)
    lv(s, "A2", "申请单号", "B2", pick(s, "TH-20260907-03", "TH-20261015-11"), "number", span="C2")
    lv(s, "D2", "申请日期", "E2", pick(s, "2026-09-07", "2026-10-15"), "issue_date", span="F2")
    lv(s, "G2", "原投诉号", "H2", pick(s, "KS-2609-118", "KS-2610-040"), "complaint_number")
    lv(
        s,
        "A3",
        "客户",
        "B3",
        pick(s, "杭州海康微影传感科技有限公司", "深圳市汇顶电子有限公司"),
        "customer",
        span="C3",
    )
    lv(s, "D3", "联系人", "E3", pick(s, "周工 0571-8800-1234", "钱经理 0755-2633-9981"), None, span="F3")
    heads = ["序号", "物料编码", "物料名称", "单位", "退货数量", "单价", "金额", "不良描述"]
    for c, h in zip("ABCDEFGH", heads, strict=True):
        s.text(f"{c}5", h, bold=True, shade=True, center=True)
    items = pick(
        s,
        [
            ("C0805-104K", "贴片电容 0805 100nF", "PCS", 4000, "0.02", "80.00", ("容值偏低", "批次 2331")),
            ("R0603-10K", "贴片电阻 0603 10K", "PCS", 5000, "0.01", "50.00", ("焊端氧化", "可焊性不良")),
        ],
        [
            ("LED-3528-W", "贴片灯珠 3528 白光", "PCS", 2000, "0.15", "300.00", ("色温偏差", "")),
            ("IC-LM358", "运放 LM358", "PCS", 300, "0.80", "240.00", ("功能不良", "来料批 B21")),
            ("D-SS34", "肖特基二极管 SS34", "PCS", 1000, "0.12", "120.00", ("反向漏电大", "")),
        ],
    )
    r = 6
    for i, (code, name, unit, qty, price, amount, defects) in enumerate(items):
        s.text(f"A{r}", str(i + 1), f"A{r + 1}", center=True)
        s.value(f"B{r}", code, path=f"items[{i}].part_no", label="物料编码", span=f"B{r + 1}")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="物料名称", span=f"C{r + 1}")
        s.value(f"D{r}", unit, path=f"items[{i}].unit", label="单位", span=f"D{r + 1}")
        s.value(f"E{r}", qty, path=f"items[{i}].qty_returned", label="退货数量", span=f"E{r + 1}")
        s.value(f"F{r}", price, path=f"items[{i}].unit_price", label="单价", span=f"F{r + 1}")
        s.value(f"G{r}", amount, path=f"items[{i}].amount", label="金额", span=f"G{r + 1}")
        s.value(f"H{r}", defects[0], path=None, label="不良描述")
        s.value(f"H{r + 1}", defects[1], path=None, label="不良描述")
        r += 2
    label(s, f"A{r}", "退货原因")
    reasons = ["品质不良", "错发", "多发", "其他"]
    s.value(
        f"B{r}",
        marks(reasons, {"品质不良"}, "☑", "☐"),
        path=None,
        label="退货原因",
        span=f"H{r}",
        blank_text=marks(reasons, set(), "☑", "☐"),
    )
    s.value(
        f"B{r + 1}",
        pick(s, "来料检验电性能不良，详见 IQC 报告。", "客户产线贴装后功能测试不良。"),
        path="reason",
        label="退货原因",
        span=f"H{r + 1}",
    )
    label(s, f"A{r + 2}", "处理方式")
    ways = ["换货", "退款"]
    s.value(
        f"B{r + 2}",
        marks(ways, {"换货"}, "☑", "☐"),
        path="handling",
        label="处理方式",
        span=f"D{r + 2}",
        expect=["replace"],
        blank_text=marks(ways, set(), "☑", "☐"),
    )
    lv(
        s,
        f"A{r + 3}",
        "仓库签收",
        f"B{r + 3}",
        pick(s, "马丽", "陆云"),
        "warehouse_receiver",
        span=f"C{r + 3}",
    )
    lv(
        s,
        f"D{r + 3}",
        "签收日期",
        f"E{r + 3}",
        pick(s, "2026-09-10", "2026-10-19"),
        "received_date",
        span=f"F{r + 3}",
    )
    lv(s, f"G{r + 3}", "核准", f"H{r + 3}", pick(s, "杜明", "杜明"), "approved_by")


def return_zht_xls(s: Sheet) -> None:
    """退貨單 of a Taiwanese bicycle-parts trader kept as an Excel 97 .xls: letterhead with
    統一編號, 退貨日期 ``民國115年9月8日``, 客戶 / 客戶代號 / 原出貨單號 in a box, items
    品號 / 品名規格 / 數量 / 單位 / 單價 / 金額 / 備註 with a 小計 line, 退回原因 text,
    處理 ■重工 □報廢 □換貨, 主管 / 倉管 / 經手 at the foot."""
    s.text("A1", "佳騰車業股份有限公司", "G1", size=12)
    plain(s, "A2", "統一編號：24561078　　電話：(04)2359-1010", "G2")
    s.text("A3", "退　貨　單", "G3", size=15)
    lv(s, "A4", "退貨單號", "B4", "RT1150908-02", "number", span="C4")
    lv(s, "D4", "退貨日期", "E4", "民國115年9月8日", "issue_date", span="G4", expect="2026-09-08")
    lv(s, "A5", "客戶", "B5", "捷安特材料股份有限公司", "customer", span="C5")
    lv(s, "D5", "客戶代號", "E5", "C-0072", None, span="G5")
    heads = ["品號", "品名規格", "數量", "單位", "單價", "金額", "備註"]
    for c, h in zip("ABCDEFG", heads, strict=True):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    items = [
        ("BK-CP-105", "煞車夾器 105", 120, "組", "350", "42000"),
        ("BK-PD-22", "來令片 22mm", 600, "片", "18", "10800"),
    ]
    for i, (pn, name, qty, unit, price, amount) in enumerate(items):
        r = 7 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="品號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名規格")
        s.value(f"C{r}", qty, path=f"items[{i}].qty_returned", label="數量")
        s.value(f"D{r}", unit, path=f"items[{i}].unit", label="單位")
        s.value(f"E{r}", price, path=f"items[{i}].unit_price", label="單價", expect=f"{price}.00")
        s.value(f"F{r}", amount, path=f"items[{i}].amount", label="金額", expect=f"{amount}.00")
        s.box(f"G{r}")
    s.text("A9", "小計", "E9", center=True)
    s.value("F9", "52800", path=None, label="小計")
    lv(s, "A10", "退回原因", "B10", "夾器回位彈簧斷裂，來令片厚度不足。", "reason", span="G10")
    opts = ["重工", "報廢", "換貨"]
    lv(
        s,
        "A11",
        "處理",
        "B11",
        marks(opts, {"換貨"}, "■", "□"),
        "handling",
        span="G11",
        expect=["replace"],
        blank_text=marks(opts, set(), "■", "□"),
    )
    lv(s, "A12", "主管", "B12", "林志明", "approved_by")
    lv(s, "C12", "倉管", "D12", "陳怡君", "warehouse_receiver")
    lv(s, "E12", "經手", "F12", "黃雅婷", None, span="G12")


def allowance_zht_digitboxes(s: Sheet) -> None:
    """銷貨折讓證明單 of a Taiwanese plastics supplier: the buyer's and the seller's 統一編號
    each written one digit per box (eight narrow cells), 折讓日期 ``115年9月10日`` (ROC),
    原發票 字軌號碼 / 日期 / 品名 / 數量 / 單價 / 金額 / 營業稅額 lines, 合計, 核准 / 經辦."""
    s.text("A1", "銷貨折讓證明單", "N1", size=15)
    lv(s, "A2", "折讓單號", "B2", "ZR-115-0910", "number", span="F2")
    lv(s, "G2", "折讓日期", "H2", "115年9月10日", "issue_date", span="N2", expect="2026-09-10")
    label(s, "A3", "買受人")
    s.value("B3", "台達電子工業股份有限公司", path="buyer", label="買受人", span="F3")
    label(s, "G3", "統一編號")
    buyer_id = "33002251"
    for i, d in enumerate(buyer_id):
        s.value(f"{'HIJKLMNO'[i]}3", d, path=None, label="統一編號")
    field(s, "統一編號", "H3:O3", buyer_id, "buyer_tax_id", buyer_id, note="one digit per box")
    label(s, "A4", "營業人")
    s.value("B4", "宏揚塑膠股份有限公司", path="seller.name", label="營業人", span="F4")
    label(s, "G4", "統一編號")
    seller_id = "12849603"
    for i, d in enumerate(seller_id):
        s.value(f"{'HIJKLMNO'[i]}4", d, path=None, label="統一編號")
    field(s, "統一編號", "H4:O4", seller_id, "seller.tax_id", seller_id, note="one digit per box")
    heads = [
        ("A", "B", "發票字軌號碼"),
        ("C", "D", "發票日期"),
        ("E", "F", "品名"),
        ("G", "H", "數量"),
        ("I", "J", "單價"),
        ("K", "L", "折讓金額"),
        ("M", "O", "營業稅額"),
    ]
    for a, b, h in heads:
        s.text(f"{a}6", h, f"{b}6", bold=True, shade=True, center=True)
    lines = [
        ("QX 51220931", "115/08/20", "PC 外殼 A3", "1000", "4", "4000", "200"),
        ("QX 51220931", "115/08/20", "PC 外殼 B1", "500", "6", "3000", "150"),
    ]
    for i, (inv, day, name, qty, price, amt, tax) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", inv, path="invoice_no" if i == 0 else None, label="發票字軌號碼", span=f"B{r}")
        s.value(
            f"C{r}",
            day,
            path="invoice_date" if i == 0 else None,
            label="發票日期",
            span=f"D{r}",
            expect="2026-08-20",
        )
        s.value(f"E{r}", name, path=f"items[{i}].name", label="品名", span=f"F{r}")
        s.value(f"G{r}", qty, path=f"items[{i}].qty", label="數量", span=f"H{r}", expect=int(qty))
        s.value(
            f"I{r}", price, path=f"items[{i}].unit_price", label="單價", span=f"J{r}", expect=f"{price}.00"
        )
        s.value(
            f"K{r}",
            amt,
            path=f"items[{i}].allowance_amount",
            label="折讓金額",
            span=f"L{r}",
            expect=f"{amt}.00",
        )
        s.value(f"M{r}", tax, path=f"items[{i}].tax", label="營業稅額", span=f"O{r}", expect=f"{tax}.00")
    s.text("A9", "合　計", "J9", center=True)
    s.value("K9", "7000", path="total_excl_tax", label="合　計", span="L9", expect="7000.00")
    s.value("M9", "350", path="total_tax", label="合　計", span="O9", expect="350.00")
    lv(s, "A10", "核准", "B10", "郭文雄", "approved_by_gm", span="F10")
    lv(s, "G10", "經辦", "H10", "蔡佩珊", None, span="O10")


def allowance_zh_mismatch(s: Sheet) -> None:
    """销货折让证明单 of a Jiangsu steel-tube maker: 开具日期 an Excel serial shown
    ``2026年9月12日``, 购货单位 / 税号 then 地址电话 ``同上``; the items' 折让金额 with ``元``
    typed after the figure; the 合计 typed by hand does NOT match the lines (a clerk's error:
    the form's total is read as written); 税率 ``13%``, 价税合计 and 大写; 财务审核 / 经办."""
    s.text("A1", "销货折让证明单", "G1", size=15)
    lv(s, "A2", "证明单号", "B2", pick(s, "ZR-SG-2609-05", "ZR-SG-2610-12"), "number", span="C2")
    lv(
        s,
        "E2",
        "开具日期",
        "F2",
        pick(s, D(2026, 9, 12), D(2026, 10, 20)),
        "issue_date",
        span="G2",
        fmt='yyyy"年"m"月"d"日"',
    )
    lv(
        s,
        "A3",
        "购货单位",
        "B3",
        pick(s, "常州天合光能支架有限公司", "无锡双良节能系统股份有限公司"),
        "buyer",
        span="D3",
    )
    lv(s, "E3", "税号", "F3", pick(s, "91320400MA1N2Q7X3K", "91320200250411988P"), "buyer_tax_id", span="G3")
    lv(s, "A4", "地址电话", "B4", "同上", None, span="D4")
    lv(
        s,
        "E4",
        "原发票号",
        "F4",
        pick(s, "32001745 / 04418823", "32001745 / 05520198"),
        "invoice_no",
        span="G4",
    )
    heads = ["序号", "货物名称", "规格", "数量(吨)", "单价", "折让金额", "税额"]
    for c, h in zip("ABCDEFG", heads, strict=True):
        s.text(f"{c}6", h, bold=True, shade=True, center=True)
    lines = pick(
        s,
        [
            ("焊管", "Φ48×3.0", "20", "100", "2000.00", "260.00"),
            ("方管", "50×50×2.5", "12", "150", "1800.00", "234.00"),
        ],
        [
            ("镀锌管", "Φ60×3.5", "8", "200", "1600.00", "208.00"),
            ("矩形管", "80×40×3", "5", "120", "600.00", "78.00"),
            ("焊管", "Φ33.5×2.5", "10", "90", "900.00", "117.00"),
        ],
    )
    for i, (name, spec, qty, price, amt, tax) in enumerate(lines):
        r = 7 + i
        s.text(f"A{r}", str(i + 1), center=True)
        s.value(f"B{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"C{r}", spec, path=None, label="规格")
        s.value(f"D{r}", qty, path=f"items[{i}].qty", label="数量(吨)", expect=int(qty))
        s.value(f"E{r}", price, path=f"items[{i}].unit_price", label="单价", expect=f"{price}.00")
        s.value(f"F{r}", f"{amt}元", path=f"items[{i}].allowance_amount", label="折让金额", expect=amt)
        s.value(f"G{r}", tax, path=f"items[{i}].tax", label="税额")
    r = 7 + len(lines)
    wrong_total = pick(s, "3600.00", "3000.00")  # the lines make 3800.00 / 3100.00
    wrong_tax = pick(s, "468.00", "390.00")
    s.text(f"A{r}", "合计", f"E{r}", center=True)
    s.value(f"F{r}", f"{wrong_total}元", path="total_excl_tax", label="合计", expect=wrong_total)
    s.value(f"G{r}", wrong_tax, path="total_tax", label="合计")
    lv(s, f"A{r + 1}", "税率", f"B{r + 1}", "13%", "tax_rate", expect="0.13")
    total = pick(s, "4068.00", "3390.00")
    lv(s, f"C{r + 1}", "价税合计", f"D{r + 1}", total, "total", span=f"E{r + 1}")
    lv(s, f"F{r + 1}", "大写", f"G{r + 1}", pick(s, "肆仟零陆拾捌元整", "叁仟叁佰玖拾元整"), "total_in_words")
    lv(
        s,
        f"A{r + 2}",
        "财务审核",
        f"B{r + 2}",
        pick(s, "顾晓东", "顾晓东"),
        "approved_by_manager",
        span=f"C{r + 2}",
    )
    lv(s, f"D{r + 2}", "经办", f"E{r + 2}", pick(s, "沈佳", "唐婷"), None, span=f"G{r + 2}")


def return_en_rga_tbd(s: Sheet) -> None:
    """An English Returned Goods Authorization (RGA) of a US motion-control distributor kept in
    Excel: the RGA box top right, Bill To and Ship To side by side (only Bill To is the
    customer), a Disposition drop-down cell (data validation) per line, ``TBD`` typed in Date
    Received (nothing to read), quantities ``10 ea``, Restocking fee line, Issued By / Approved
    By / Received By."""
    s.text("A1", "RETURNED GOODS AUTHORIZATION", "D1", size=14)
    lv(s, "E1", "RGA #", "F1", pick(s, "RGA-77120", "RGA-77348"), "number")
    lv(
        s,
        "E2",
        "Issue Date",
        "F2",
        pick(s, "09/09/2026", "10/14/2026"),
        "issue_date",
        expect=pick(s, "2026-09-09", "2026-10-14"),
    )
    lv(s, "E3", "Date Received", "F3", "TBD", None)
    absent(s, "Date Received", "F3", "TBD", "received_date")
    label(s, "A3", "Bill To", "B3")
    s.value(
        "A4",
        pick(s, "Precision Conveyor Systems Inc.", "Atlas Packaging Machinery LLC"),
        path="customer",
        label="Bill To",
        span="B4",
    )
    label(s, "C3", "Ship To", "D3")
    s.value("C4", "Same warehouse, Dock 2", path=None, label="Ship To", span="D4")
    lv(s, "A5", "Complaint Ref", "B5", pick(s, "CAR-2291", "CAR-2318"), "complaint_number")
    heads = ["Item #", "Description", "Qty Returned", "Unit", "Unit Price", "Disposition"]
    for c, h in zip("ABCDEF", heads, strict=True):
        s.text(f"{c}7", h, bold=True, shade=True, center=True)
    dv = DataValidation(type="list", formula1='"Restock,Repair,Replace,Scrap"', allow_blank=True)
    s.ws.add_data_validation(dv)
    lines = pick(
        s,
        [
            ("SM-2304-A", "Stepper motor NEMA 23", "10 ea", 10, "42.50", "Replace"),
            ("DRV-860", "Micro-step driver", "4 ea", 4, "88.00", "Repair"),
        ],
        [("SM-1702", "Stepper motor NEMA 17", "25 ea", 25, "18.90", "Replace")],
    )
    for i, (pn, desc, qtxt, q, price, disp) in enumerate(lines):
        r = 8 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="Item #")
        s.value(f"B{r}", desc, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", qtxt, path=f"items[{i}].qty_returned", label="Qty Returned", expect=q)
        s.value(f"D{r}", "EA", path=None, label="Unit")
        s.value(f"E{r}", price, path=f"items[{i}].unit_price", label="Unit Price")
        s.value(f"F{r}", disp, path=None, label="Disposition")
        dv.add(f"F{r}")
    for r in range(8 + len(lines), 11):
        for c in "ABCDEF":
            s.box(f"{c}{r}")
    lv(
        s,
        "A11",
        "Reason",
        "B11",
        pick(s, "Motors stall under load; drivers overheat.", "Shaft runout above spec."),
        "reason",
        span="F11",
    )
    plain(s, "A12", "Restocking fee 15% applies to non-defective returns.", "F12")
    lv(s, "A13", "Issued By", "B13", pick(s, "K. Morales", "K. Morales"), None)
    lv(s, "C13", "Approved By", "D13", pick(s, "D. Fischer", "D. Fischer"), "approved_by")
    lv(s, "E13", "Received By", "F13", "", "warehouse_receiver")
    absent(s, "Received By", "F13", "", "warehouse_receiver")


EXCEL = [
    dict(
        id="complaint-zh-numbered",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_numbered,
        sheet="抱怨单",
        widths=dict(A=14, B=14, C=14, D=14, E=14, F=14, G=14),
        copy2=True,
        imitates="客户抱怨处理单 of an auto-parts supplier with numbered labels (1. 抱怨单号 …)",
        unmapped=[],
    ),
    dict(
        id="complaint-en-zhvalues",
        kind="complaint",
        language="en",
        draw=complaint_en_zhvalues,
        sheet="Complaint",
        widths=dict(A=18, B=22, C=16, D=18, E=16, F=22),
        imitates="an English Customer Complaint Form of a joint venture, filled in Chinese, drop-down cells",
        unmapped=["Date Entered", "Contact", "Containment"],
    ),
    dict(
        id="complaint-zht-rightlabel",
        kind="complaint",
        language="zh-Hant",
        draw=complaint_zht_rightlabel,
        sheet="客訴",
        widths=dict(A=16, B=16, C=16, D=14),
        xls=True,
        imitates="客戶抱怨處理單 of a Taiwanese fastener maker, .xls, each label RIGHT of its value",
        unmapped=["交貨客戶"],
    ),
    dict(
        id="8d-zh-protected",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_vertical,
        sheet="8D",
        widths=dict(A=7, B=14, C=22, D=14, E=14, F=22),
        copy2=True,
        imitates="8D报告 of a die-casting plant on a protected sheet, block labels in stacked vertical text",
        unmapped=["完成日期"],
    ),
    dict(
        id="8d-en-headertitle",
        kind="8d",
        language="en",
        draw=eightd_en_headertitle,
        sheet="Sheet1",
        widths=dict(A=5, B=20, C=26, D=22, E=26),
        copy2=True,
        imitates="an English 8D whose title is only in the page header, ✔ boxes, dd.mm.yyyy",
        unmapped=["Supplier", "E-mail"],
    ),
    dict(
        id="8d-zht-steptable",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_steptable,
        sheet="8D",
        widths=dict(A=14, B=22, C=30, D=10, E=12, F=12),
        imitates="8D改善報告 of a Taiwanese electronics maker kept as one step table, planned and actual dates",
        unmapped=["負責人", "預計完成日"],
    ),
    dict(
        id="return-zh-mergeditems",
        kind="return",
        language="zh-Hans",
        draw=return_zh_mergeditems,
        sheet="退货申请",
        widths=dict(A=10, B=16, C=22, D=7, E=10, F=9, G=10, H=16),
        copy2=True,
        imitates="退货申请单 of an electronics distributor, every item merged over two rows",
        unmapped=["联系人", "序号", "不良描述"],
    ),
    dict(
        id="return-zht-xls",
        kind="return",
        language="zh-Hant",
        draw=return_zht_xls,
        sheet="退貨單",
        widths=dict(A=13, B=20, C=9, D=7, E=9, F=11, G=12),
        xls=True,
        imitates="退貨單 of a Taiwanese bicycle-parts trader, Excel 97 .xls, 民國 dates",
        unmapped=["客戶代號", "小計", "經手", "備註"],
    ),
    dict(
        id="allowance-zht-digitboxes",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_digitboxes,
        sheet="折讓單",
        widths={**{c: 9 for c in "ABCDEFG"}, **{c: 4 for c in "HIJKLMNO"}},
        imitates="銷貨折讓證明單 of a Taiwanese plastics supplier, tax ids one digit per box",
        unmapped=["經辦"],
    ),
    dict(
        id="allowance-zh-mismatch",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh_mismatch,
        sheet="折让证明单",
        widths=dict(A=12, B=16, C=14, D=12, E=12, F=16, G=18),
        copy2=True,
        imitates="销货折让证明单 of a steel-tube maker whose 合计 does not match its lines",
        unmapped=["地址电话", "规格", "经办"],
    ),
    dict(
        id="return-en-rga-tbd",
        kind="return",
        language="en",
        draw=return_en_rga_tbd,
        sheet="RGA",
        widths=dict(A=16, B=28, C=16, D=16, E=14, F=16),
        imitates="an English RGA of a motion-control distributor with drop-down dispositions and a TBD date",
        unmapped=["Ship To", "Disposition", "Issued By", "Date Received"],
    ),
]


# =============================================================================== sent as PDF only
class HtmlForm:
    """A page of a customer's web portal, printed to PDF by Chromium (only the PDF is sent).
    Fields name their place ``html!#<element id>``."""

    def __init__(self, blank: bool, copy: int = 1) -> None:
        self.blank, self.copy = blank, copy
        self.fields: list[dict] = []
        self.parts: list[str] = []
        self.n = 0

    def raw(self, markup: str) -> None:
        self.parts.append(markup)

    def val(self, raw, *, path: str | None, label: str, expect=None, blank_text: str = "") -> str:
        """The markup of a typed value (an element with an id) and its expectation."""
        self.n += 1
        ident = f"v{self.n}"
        text = blank_text if self.blank else str(raw)
        if path and not self.blank and raw not in ("", None):
            self.fields.append(
                {
                    "label": label,
                    "cell": f"html!#{ident}",
                    "value": str(raw),
                    "path": path,
                    "expect": raw if expect is None else expect,
                }
            )
        return f'<span id="{ident}">{html.escape(text)}</span>'

    def page(self, title: str, css: str) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title><style>"
            "body{font-family:'Noto Sans CJK SC','Noto Sans',Arial,sans-serif;font-size:10pt;margin:0}"
            f"{css}</style></head><body>" + "".join(self.parts) + "</body></html>\n"
        )


def complaint_en_portal(f: HtmlForm) -> str:
    """A customer's supplier portal (a web page) showing a complaint case, printed by Chromium:
    a navigation bar and breadcrumbs, the case header as a <dl> of <dt>/<dd> pairs in two
    columns, status badges, the description in a panel, an activity log table whose Date
    column holds other dates, ``Sep 04, 2026 10:12 AM`` date-times, the site's footer."""
    f.raw(
        '<div class="nav">SupplierLink &nbsp;|&nbsp; Quality &nbsp;›&nbsp; Complaints &nbsp;›&nbsp; Case detail'
        '<span style="float:right">Logged in: supplier 40117</span></div>'
    )
    f.raw(
        f"<h1>Supplier Complaint {f.val(pick(f, 'SC-0091244', 'SC-0091517'), path='number', label='Supplier Complaint')}</h1>"
    )
    f.raw('<div class="badge">Open — awaiting supplier response</div>')
    pairs = [
        ("Customer", pick(f, "Whirlpool Europe S.r.l.", "Electrolux Italia S.p.A."), "customer", None),
        (
            "Created",
            pick(f, "Sep 04, 2026 10:12 AM", "Oct 07, 2026 3:40 PM"),
            "received_date",
            pick(f, "2026-09-04", "2026-10-07"),
        ),
        ("Purchase Order", pick(f, "4500981122", "4500990347"), "order_no", None),
        ("Material", pick(f, "481010-PUMP-22", "481244-VALVE-08"), "part_no", None),
        ("Material Description", pick(f, "Drain pump assy", "Inlet valve 2-way"), "part_name", None),
        ("Supplier Batch", pick(f, "DP2608-17", "IV2609-03"), "lot_no", None),
        ("Delivered Quantity", pick(f, "6,000 PC", "2,500 PC"), "ship_qty", pick(f, 6000, 2500)),
        ("Defective Quantity", pick(f, "84 PC", "19 PC"), "defect_qty", pick(f, 84, 19)),
        ("Defect Category", "Quality", "complaint_type", "quality"),
        ("Response Due", pick(f, "Sep 11, 2026", "Oct 14, 2026"), None, None),
    ]
    f.raw('<dl class="grid">')
    for lab, raw, path, exp in pairs:
        f.raw(f"<div><dt>{lab}</dt><dd>{f.val(raw, path=path, label=lab, expect=exp)}</dd></div>")
    f.raw("</dl>")
    f.raw(
        '<div class="panel"><h2>Problem Description</h2><p>'
        + f.val(
            pick(
                f,
                "Pump impeller rubs the housing; noise above 55 dB at end-of-line test, 84 units rejected.",
                "Valve coil open circuit at incoming inspection, 19 units.",
            ),
            path="description",
            label="Problem Description",
        )
        + "</p></div>"
    )
    f.raw("<h2>Activity</h2><table><tr><th>Date</th><th>User</th><th>Action</th></tr>")
    for day, user, act in (
        ("Sep 04, 2026", "m.rossi", "Case created"),
        ("Sep 05, 2026", "system", "Notification e-mailed to supplier"),
    ):
        f.raw(f"<tr><td>{day}</td><td>{user}</td><td>{act}</td></tr>")
    f.raw("</table>")
    f.raw(
        f"<p>Buyer contact: {f.val(pick(f, 'Marco Rossi', 'Giulia Bianchi'), path='reporter', label='Buyer contact')}</p>"
    )
    f.raw('<div class="foot">© SupplierLink portal · Printed from the web page</div>')
    return f.page(
        "Supplier Complaint",
        ".nav{background:#23395d;color:#fff;padding:6px 10px;font-size:9pt}h1{font-size:15pt;margin:10px}"
        ".badge{display:inline-block;margin:0 10px;padding:2px 8px;background:#fde68a;border-radius:8px;font-size:8pt}"
        "dl.grid{display:grid;grid-template-columns:1fr 1fr;gap:4px 24px;margin:10px}"
        "dl.grid div{display:flex;border-bottom:1px solid #ddd}dt{width:42%;color:#666}dd{margin:0;font-weight:bold}"
        ".panel{border:1px solid #ccc;margin:10px;padding:4px 10px}h2{font-size:11pt}"
        "table{margin:10px;border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 8px;font-size:9pt}"
        "p{margin:10px}.foot{margin:10px;font-size:7pt;color:#888}",
    )


def return_zh_portal(f: HtmlForm) -> str:
    """A 退货申请 page of a buyer's SRM portal (网页), printed by Chromium: label/value pairs in a
    grid of <div>s (label above value), a 退货明细 table with 行号 / 物料编码 / 物料描述 /
    退货数量 / 单位 / 单价(含税) / 金额, 退货原因 in a text panel, status and 审批流 with names and
    date-times, the address bar text and page number in the print margins."""
    f.raw('<div class="top">XX电器 供应商协同平台 SRM &gt; 质量管理 &gt; 退货申请</div>')
    f.raw("<h1>退货申请单详情</h1>")
    pairs = [
        ("退货申请号", pick(f, "RT2026090011", "RT2026100042"), "number", None),
        (
            "申请时间",
            pick(f, "2026-09-09 14:22:05", "2026-10-16 09:05:41"),
            "issue_date",
            pick(f, "2026-09-09", "2026-10-16"),
        ),
        ("供应商", "苏州恒润电机有限公司", None, None),
        ("采购组织", pick(f, "佛山顺德家电制造有限公司", "合肥美菱家电有限公司"), "customer", None),
        ("关联质量问题单", pick(f, "QI-2609-0338", "QI-2610-0102"), "complaint_number", None),
        ("处理方式", "换货", "handling", ["replace"]),
    ]
    f.raw('<div class="grid">')
    for lab, raw, path, exp in pairs:
        f.raw(
            f'<div class="cell"><div class="lab">{lab}</div><div class="v">{f.val(raw, path=path, label=lab, expect=exp)}</div></div>'
        )
    f.raw("</div><h2>退货明细</h2><table><tr>")
    for h in ("行号", "物料编码", "物料描述", "退货数量", "单位", "单价(含税)", "金额"):
        f.raw(f"<th>{h}</th>")
    f.raw("</tr>")
    lines = pick(
        f,
        [
            ("10", "M-YJ-5512", "洗碗机循环泵电机", "120", "台", "86.50", "10380.00"),
            ("20", "M-YJ-5520", "排水泵电机", "60", "台", "42.00", "2520.00"),
        ],
        [
            ("10", "M-FS-2201", "风扇电机 22W", "300", "台", "31.20", "9360.00"),
            ("20", "M-FS-2203", "风扇电机 28W", "150", "台", "35.80", "5370.00"),
            ("30", "M-TB-0901", "同步电机 TYJ50", "80", "台", "12.60", "1008.00"),
        ],
    )
    for i, (no, code, desc, qty, unit, price, amt) in enumerate(lines):
        f.raw(
            f"<tr><td>{no}</td><td>{f.val(code, path=f'items[{i}].part_no', label='物料编码')}</td>"
            f"<td>{f.val(desc, path=f'items[{i}].part_name', label='物料描述')}</td>"
            f"<td>{f.val(qty, path=f'items[{i}].qty_returned', label='退货数量', expect=int(qty))}</td>"
            f"<td>{f.val(unit, path=f'items[{i}].unit', label='单位')}</td>"
            f"<td>{f.val(price, path=f'items[{i}].unit_price', label='单价(含税)')}</td>"
            f"<td>{f.val(amt, path=f'items[{i}].amount', label='金额')}</td></tr>"
        )
    f.raw("</table>")
    f.raw(
        '<div class="panel"><div class="lab">退货原因</div>'
        + f.val(
            pick(f, "整机测试电机异响，拆检轴承缺油。", "电机启动电流偏大，批量不良。"),
            path="reason",
            label="退货原因",
        )
        + "</div>"
    )
    f.raw("<h2>审批流</h2><table><tr><th>节点</th><th>处理人</th><th>时间</th></tr>")
    f.raw(
        f"<tr><td>质量审批</td><td>{f.val(pick(f, '李海燕', '孔德明'), path='approved_by', label='质量审批')}</td><td>2026-09-09 16:40</td></tr>"
    )
    f.raw("<tr><td>仓库出库</td><td>待处理</td><td></td></tr></table>")
    return f.page(
        "退货申请单详情",
        ".top{font-size:8pt;color:#666;padding:4px 10px;border-bottom:2px solid #c00}h1{font-size:15pt;margin:10px}"
        ".grid{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:10px}.cell{border:1px solid #ddd;padding:4px}"
        ".lab{color:#888;font-size:8pt}.v{font-size:10pt}h2{font-size:11pt;margin:10px}"
        "table{margin:10px;border-collapse:collapse;width:95%}td,th{border:1px solid #bbb;padding:3px 6px;font-size:9pt}"
        "th{background:#f3f3f3}.panel{margin:10px;border:1px solid #ddd;padding:6px}",
    )


def eightd_en_word_tabs(f: DocForm) -> None:
    """An English 8D made in Word WITHOUT tables: the header as paragraphs ``Label:<tab>value``
    (tab stops line the values up), each discipline a bold heading paragraph ``D2 – Describe
    the Problem`` with its text in the next paragraph, the team as ``Name<tab>Role<tab>Dept``
    lines, D8 ``Closed:<tab>…`` and ``Approved:<tab>…``. Fields name their place ``P<n>``."""
    f.heading("8D REPORT", 15)

    def pair(lab: str, raw: str, path: str | None, expect=None) -> None:
        par = f.doc.add_paragraph()
        par.add_run(f"{lab}:\t")
        par.add_run("" if f.blank else raw)
        if path and not f.blank:
            f.fields.append(
                {
                    "label": lab,
                    "cell": f"P{len(f.doc.paragraphs)}",
                    "value": raw,
                    "path": path,
                    "expect": raw if expect is None else expect,
                }
            )

    def head(text: str) -> None:
        f.doc.add_paragraph().add_run(text).bold = True

    pair("8D Number", "8D-26-0419", "number")
    pair("Customer", "Schaeffler Technologies AG & Co. KG", "customer")
    pair("Customer Complaint No.", "QN 200771653", "complaint_number")
    pair("Part Number", "F-6201-KX", "part_no")
    pair("Date Opened", "2026-09-07", "opened_date")
    head("D1 – Establish the Team")
    for name, role, dept in (
        ("Hannah Wu", "Team Leader", "Quality"),
        ("Peter Lin", "Member", "Heat Treatment"),
    ):
        par = f.doc.add_paragraph()
        par.add_run("" if f.blank else f"{name}\t{role}\t{dept}")
        if not f.blank:
            n = f"P{len(f.doc.paragraphs)}"
            f.fields += [
                {"label": "D1", "cell": n, "value": name, "path": "team[*].name", "expect": name},
                {
                    "label": "D1",
                    "cell": n,
                    "value": role,
                    "path": f"team[name={name}].role",
                    "expect": "leader" if role == "Team Leader" else "member",
                },
                {"label": "D1", "cell": n, "value": dept, "path": f"team[name={name}].dept", "expect": dept},
            ]
    texts = [
        (
            "D2 – Describe the Problem",
            "Cage rivets loose on 6201 bearings; 31 pcs found at customer assembly.",
            "problem.statement",
        ),
        (
            "D3 – Interim Containment Action",
            "All 12,000 pcs in stock sorted by rivet pull test.",
            "containment[*].action",
        ),
        (
            "D4 – Root Cause (Occurrence)",
            "Riveting press stroke drifted after die change.",
            "root_cause[type=occurrence].cause",
        ),
        ("D4 – Root Cause (Escape)", "Pull test once per shift only.", "root_cause[type=escape].cause"),
        (
            "D5 – Permanent Corrective Action",
            "Stroke monitoring with automatic stop; pull test every 2 hours.",
            "corrective_actions[*].action",
        ),
        (
            "D7 – Prevent Recurrence",
            "Same monitoring on presses 2 and 3 (horizontal deployment).",
            "prevention.horizontal_deployment",
        ),
    ]
    for h, body, path in texts:
        head(h)
        par = f.doc.add_paragraph()
        par.add_run("" if f.blank else body)
        if not f.blank:
            f.fields.append(
                {"label": h, "cell": f"P{len(f.doc.paragraphs)}", "value": body, "path": path, "expect": body}
            )
    head("D8 – Closure")
    pair("Closed", "2026-10-20", "closure.closed_date")
    pair("Approved", "Hannah Wu", "closure.approved_by")


def complaint_zht_word_nested(f: DocForm) -> None:
    """客訴單 of a Taiwanese PCB maker made in Word with NESTED tables: an outer two-column
    table (基本資料 | 處理) holding inner label/value tables; 客訴日期 ``2026年9月6日``, 數量
    ``1,500 PNL``, 客訴類別 ■品質, the cause and the actions in the right column's inner table,
    簽核 row 填表 / 主管 at the bottom. Places are ``T<outer>.<inner>!R<row>C<column>``."""
    f.heading("客 訴 單", 15)
    outer = f.table(2, 2, [90, 90])
    f.put(outer, 0, 0, "基本資料", shade=True, bold=True)
    f.put(outer, 0, 1, "處理", shade=True, bold=True)

    def inner(cell, rows, tag):
        t = cell.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (lab, raw, path, exp) in enumerate(rows):
            t.cell(r, 0).paragraphs[0].add_run(lab)
            t.cell(r, 1).paragraphs[0].add_run("" if f.blank else raw)
            if path and not f.blank:
                f.fields.append(
                    {
                        "label": lab,
                        "cell": f"{tag}!R{r + 1}C2",
                        "value": raw,
                        "path": path,
                        "expect": raw if exp is None else exp,
                    }
                )

    inner(
        outer.cell(1, 0),
        [
            ("客訴編號", "CMP-26-0906", "number", None),
            ("客訴日期", "2026年9月6日", "received_date", "2026-09-06"),
            ("客戶", "和碩聯合科技股份有限公司", "customer", None),
            ("料號", "PCB-6L-88120", "part_no", None),
            ("批號", "D2634-07", "lot_no", None),
            ("出貨數量", "1,500 PNL", "ship_qty", 1500),
            ("不良數量", "45 PNL", "defect_qty", 45),
            ("客訴類別", "■品質 □交期 □服務", "complaint_type", "quality"),
            ("異常描述", "BGA 區綠漆起泡，回焊後 45 片分層。", "description", None),
        ],
        "T1.1",
    )
    inner(
        outer.cell(1, 1),
        [
            ("責任單位", "防焊課", "responsible_unit", None),
            ("原因分析", "綠漆預烤溫度不足，溶劑殘留。", "root_cause", None),
            ("暫時對策", "在庫 620 片重烤後抽驗。", "short_term_action", None),
            ("永久對策", "預烤爐加裝溫度記錄，每班點檢。", "long_term_action", None),
            ("結案日期", "2026/10/02", "closed_date", "2026-10-02"),
        ],
        "T1.2",
    )
    sign = f.table(1, 4, [25, 65, 25, 65])
    f.put(sign, 0, 0, "填表")
    f.value(sign, 0, 1, "吳佳蓉", path="reporter", label="填表")
    f.put(sign, 0, 2, "主管")
    f.value(sign, 0, 3, "張志豪", path="sales_supervisor", label="主管")


class PdfDraw:
    """A form drawn by fpdf2 (no spreadsheet or Word behind it). Places are ``p<page>!x,y``."""

    def __init__(self, blank: bool, copy: int = 1) -> None:
        self.blank, self.copy = blank, copy
        self.fields: list[dict] = []
        self.pdf = FPDF(format="A4")
        self.pdf.set_creation_date(dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
        self.pdf.set_auto_page_break(False)
        self.pdf.add_page()

    def text(self, x, y, text, size=9, bold=False):
        self.pdf.set_font("Helvetica", "B" if bold else "", size)
        self.pdf.text(x, y, text)

    def value(self, x, y, raw, *, path, label, expect=None, size=9):
        if self.blank:
            return
        self.pdf.set_font("Helvetica", "", size)
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


def allowance_en_fpdf_columns(f: PdfDraw) -> None:
    """An English CREDIT NOTE drawn by fpdf2 from an accounting package: no boxes at all, two
    columns of ``Label: value`` lines (left: the customer, its VAT number, the original invoice
    and its date; right: Credit Note No., Date, Our Ref.), a line-ruled item table Description /
    Qty / Unit Price / Credit, Net / VAT 13% / Total Credit right-aligned, an ``Amount in
    words`` line, Authorised signatory."""
    f.text(15, 18, "Zhejiang Lianfa Hardware Co., Ltd.", 12, bold=True)
    f.text(15, 23, "No. 88 Industrial Rd, Yongkang, Zhejiang  -  VAT Reg: 91330784MA29K6D21B", 8)
    f.text(15, 36, "CREDIT NOTE", 16, bold=True)
    left = [
        (
            "Customer",
            pick(f, "Bosch Power Tools (China) Co., Ltd.", "Makita (China) Co., Ltd."),
            "buyer",
            None,
        ),
        ("Customer VAT No", pick(f, "91330100X04917755A", "91320500608282633R"), "buyer_tax_id", None),
        ("Original Invoice", pick(f, "INV-26-08841", "INV-26-09317"), "invoice_no", None),
        (
            "Invoice Date",
            pick(f, "14 Aug 2026", "22 Sep 2026"),
            "invoice_date",
            pick(f, "2026-08-14", "2026-09-22"),
        ),
    ]
    right = [
        ("Credit Note No", pick(f, "CN-26-0212", "CN-26-0247"), "number", None),
        ("Date", pick(f, "11 Sep 2026", "15 Oct 2026"), "issue_date", pick(f, "2026-09-11", "2026-10-15")),
        ("Our Ref", pick(f, "QC-26-0733", "QC-26-0790"), "complaint_number", None),
    ]
    for i, (lab, raw, path, exp) in enumerate(left):
        f.text(15, 48 + i * 6, f"{lab}:", 9, bold=True)
        f.value(48, 48 + i * 6, raw, path=path, label=lab, expect=exp)
    for i, (lab, raw, path, exp) in enumerate(right):
        f.text(120, 48 + i * 6, f"{lab}:", 9, bold=True)
        f.value(152, 48 + i * 6, raw, path=path, label=lab, expect=exp)
    y = 80
    f.pdf.line(15, y - 5, 195, y - 5)
    for h, x in (("Description", 15), ("Qty", 110), ("Unit Price", 130), ("Credit", 170)):
        f.text(x, y, h, 9, bold=True)
    f.pdf.line(15, y + 2, 195, y + 2)
    lines = pick(
        f,
        [
            ("Hinge HG-40 price adjustment", "5000", "0.30", "1500.00"),
            ("Latch LT-12 price adjustment", "2000", "0.45", "900.00"),
        ],
        [
            ("Bracket BR-7 quality allowance", "3000", "0.20", "600.00"),
            ("Hinge HG-40 quality allowance", "1000", "0.30", "300.00"),
            ("Handle HD-3 short shipment", "400", "1.50", "600.00"),
        ],
    )
    for i, (desc, qty, price, amt) in enumerate(lines):
        yy = y + 8 + i * 6
        f.value(15, yy, desc, path=f"items[{i}].name", label="Description")
        f.value(110, yy, qty, path=f"items[{i}].qty", label="Qty", expect=int(qty))
        f.value(130, yy, price, path=f"items[{i}].unit_price", label="Unit Price")
        f.value(170, yy, amt, path=f"items[{i}].allowance_amount", label="Credit")
    yy = y + 8 + len(lines) * 6 + 4
    f.pdf.line(15, yy - 4, 195, yy - 4)
    net, vat, tot = pick(f, ("2400.00", "312.00", "2712.00"), ("1500.00", "195.00", "1695.00"))
    for i, (lab, raw, path) in enumerate(
        (("Net", net, "total_excl_tax"), ("VAT 13%", vat, "total_tax"), ("Total Credit", tot, "total"))
    ):
        f.text(130, yy + i * 6, lab, 9, bold=True)
        f.value(170, yy + i * 6, raw, path=path, label=lab)
    yy += 24
    f.text(15, yy, "Amount in words:", 9, bold=True)
    f.value(
        48,
        yy,
        pick(
            f, "Two thousand seven hundred twelve yuan only", "One thousand six hundred ninety-five yuan only"
        ),
        path=None,
        label="Amount in words",
    )
    f.text(15, yy + 20, "Authorised signatory:", 9, bold=True)
    f.value(
        55,
        yy + 20,
        pick(f, "Chen Yuhua", "Chen Yuhua"),
        path="approved_by_manager",
        label="Authorised signatory",
    )


def return_en_fpdf_twopage(f: PdfDraw) -> None:
    """An English RMA receiving list of an EMS plant drawn by fpdf2 over TWO pages: the header
    (RMA Number, RMA Date, Customer, Customer Complaint) on page 1, a 24-line item table
    Line / Part No. / Description / Qty Returned / Qty Accepted / UOM that continues on page 2
    with its column header repeated and ``continued`` notes, then Reason, Received by and Date
    Received at the end of page 2."""
    f.text(15, 16, "RMA RECEIVING LIST", 15, bold=True)
    f.text(150, 16, "Page 1 of 2", 8)
    hdr = [
        ("RMA Number", "RMA-EMS-26-3391", "number", None),
        ("RMA Date", "2026/09/09", "issue_date", "2026-09-09"),
        ("Customer", "Flextronics Manufacturing (Zhuhai) Co., Ltd.", "customer", None),
        ("Customer Complaint", "FLX-CAR-88012", "complaint_number", None),
    ]
    for i, (lab, raw, path, exp) in enumerate(hdr):
        f.text(15, 28 + i * 6, lab, 9, bold=True)
        f.value(60, 28 + i * 6, raw, path=path, label=lab, expect=exp)
    cols = (
        ("Line", 15),
        ("Part No.", 28),
        ("Description", 65),
        ("Qty Returned", 125),
        ("Qty Accepted", 150),
        ("UOM", 178),
    )

    def header(y):
        f.pdf.set_fill_color(225, 225, 225)
        f.pdf.rect(15, y - 5, 180, 7, style="DF")
        for h, x in cols:
            f.text(x + 1, y, h, 8, bold=True)

    lines = [
        (f"PN-{4100 + 7 * i}", f"Connector assy {chr(65 + i % 26)}{i + 1}", 10 + 5 * i, 10 + 5 * i - (i % 3))
        for i in range(24)
    ]
    y = 62
    header(y)
    for i, (pn, desc, qr, qa) in enumerate(lines):
        if i == 16:
            f.text(15, y + 8, "continued on next page", 7)
            f.pdf.add_page()
            f.text(150, 16, "Page 2 of 2", 8)
            f.text(15, 16, "RMA RECEIVING LIST (continued)  RMA-EMS-26-3391", 10, bold=True)
            y = 30
            header(y)
        y += 7
        f.pdf.line(15, y + 2, 195, y + 2)
        f.text(16, y, str(i + 1), 8)
        scored = i in (0, 1, 15, 16, 23)
        f.value(29, y, pn, path=f"items[{i}].part_no" if scored else None, label="Part No.", size=8)
        f.value(66, y, desc, path=f"items[{i}].part_name" if scored else None, label="Description", size=8)
        f.value(
            126,
            y,
            str(qr),
            path=f"items[{i}].qty_returned" if scored else None,
            label="Qty Returned",
            expect=qr,
            size=8,
        )
        f.value(
            151,
            y,
            str(qa),
            path=f"items[{i}].qty_approved" if scored else None,
            label="Qty Accepted",
            expect=qa,
            size=8,
        )
        f.value(179, y, "PCS", path=None, label="UOM", size=8)
    y += 14
    f.text(15, y, "Reason:", 9, bold=True)
    f.value(40, y, "Pin retention below 8 N after reflow; customer lot 2634.", path="reason", label="Reason")
    f.text(15, y + 10, "Received by:", 9, bold=True)
    f.value(40, y + 10, "Liang Qiu", path="warehouse_receiver", label="Received by")
    f.text(110, y + 10, "Date Received:", 9, bold=True)
    f.value(140, y + 10, "2026/09/12", path="received_date", label="Date Received", expect="2026-09-12")


SENT_AS_PDF = [
    dict(
        id="complaint-en-portal",
        kind="complaint",
        language="en",
        medium="html",
        draw=complaint_en_portal,
        copy2=True,
        imitates="a customer's supplier-portal complaint case page printed by Chromium (dt/dd grid)",
        unmapped=["Response Due", "Date", "User"],
    ),
    dict(
        id="return-zh-portal",
        kind="return",
        language="zh-Hans",
        medium="html",
        draw=return_zh_portal,
        copy2=True,
        imitates="a 退货申请 page of a buyer's SRM portal printed by Chromium (div grid, table)",
        unmapped=["供应商", "行号", "审批流"],
    ),
    dict(
        id="8d-en-word-tabs",
        kind="8d",
        language="en",
        medium="docx",
        draw=eightd_en_word_tabs,
        imitates="an English 8D made in Word with tab-separated Label:<tab>value paragraphs, no tables",
        unmapped=[],
    ),
    dict(
        id="complaint-zht-word-nested",
        kind="complaint",
        language="zh-Hant",
        medium="docx",
        draw=complaint_zht_word_nested,
        imitates="客訴單 of a Taiwanese PCB maker made in Word with nested tables",
        unmapped=["基本資料", "處理"],
    ),
    dict(
        id="allowance-en-fpdf-columns",
        kind="allowance",
        language="en",
        medium="fpdf",
        draw=allowance_en_fpdf_columns,
        copy2=True,
        imitates="an English credit note drawn by fpdf2 with two columns of Label: value lines",
        unmapped=["Amount in words"],
    ),
    dict(
        id="return-en-fpdf-twopage",
        kind="return",
        language="en",
        medium="fpdf",
        draw=return_en_fpdf_twopage,
        imitates="an RMA receiving list drawn by fpdf2, its table continued on page 2 with the header repeated",
        unmapped=["Line", "UOM"],
    ),
]


# =============================================================================== writing
def _chromium(html_files: list[Path], outdir: Path, header: bool = False) -> None:
    """Print each page to ``outdir/<stem>.pdf``; ``header`` keeps the browser's own header and footer
    (date, title, address, page number), as a clerk's Ctrl+P does by default."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        raise SystemExit("chromium not found: install it or pass --no-pdf")
    with tempfile.TemporaryDirectory() as prof:
        for src in html_files:
            subprocess.run(
                [
                    exe,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    f"--user-data-dir={prof}",
                    *(() if header else ("--no-pdf-header-footer",)),
                    f"--print-to-pdf={outdir / (src.stem + '.pdf')}",
                    src.as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )


def _to_xls(xlsx: list[Path], outdir: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: install LibreOffice or pass --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "xls",
                "--outdir",
                str(outdir),
                *map(str, xlsx),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )


def _write(out: Path, sub: str, name: str, data: dict) -> None:
    (out / sub).mkdir(parents=True, exist_ok=True)
    (out / sub / name).write_text(
        json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
    )


def write_excel(layouts: list[dict], out: Path, pdf: bool, copy: int) -> None:
    """Templates (first copy only), filled workbooks, expected JSON; .xls through LibreOffice."""
    written, xls = [], []
    for layout in layouts:
        lid = layout["id"]
        if copy == 1:
            blank = Sheet(layout["sheet"], True, layout["widths"])
            layout["draw"](blank)
            save(blank, out / "templates" / f"{lid}.xlsx")
        sheet = Sheet(layout["sheet"], False, layout["widths"])
        sheet.copy = copy
        layout["draw"](sheet)
        if layout.get("xls"):
            work = Path(tempfile.mkdtemp()) / f"{lid}.xlsx"
            save(sheet, work)
            xls.append(work)
            written.append(work)
        else:
            target = out / "filled" / f"{lid}.xlsx"
            save(sheet, target)
            written.append(target)
        exp = expected(layout, sheet, **SOURCE)
        exp["filled"] = [f"filled/{lid}.{'xls' if layout.get('xls') else 'xlsx'}", f"filled/{lid}.pdf"]
        if getattr(sheet, "absent", None):
            exp["absent"] = sheet.absent
        if copy == 2:
            exp["second_copy_of"] = lid
        _write(out, "expected", f"{lid}.json", exp)
    if pdf:
        (out / "filled").mkdir(parents=True, exist_ok=True)
        to_pdf(written, out / "filled")
        if xls:
            _to_xls(xls, out / "filled")
    for w in xls:
        shutil.rmtree(w.parent, ignore_errors=True)


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
                template = f"templates/{lid}.docx"
            elif medium == "html":
                if copy == 1:
                    (out / "templates" / f"{lid}.html").write_text(
                        layout["draw"](HtmlForm(True)), encoding="utf-8"
                    )
                form = HtmlForm(False, copy)
                page = Path(tmp) / f"{lid}.html"
                page.write_text(layout["draw"](form), encoding="utf-8")
                pages.append(page)
                template = f"templates/{lid}.html"
            else:
                template = f"templates/{lid}.pdf"
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
            exp["template"] = template
            exp["filled"] = [f"filled/{lid}.pdf"]
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
        f"{len(EXCEL) + len(SENT_AS_PDF)} fourth held-out layouts in {out} (second copies in {out / 'copy2'})"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
