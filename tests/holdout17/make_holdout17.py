"""Write the seventeenth held-out set (run: ``python tests/holdout17/make_holdout17.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: labels numbered with CIRCLED DIGITS and REQUIRED MARKS
(``③*客户名称``, ``注：带*为必填项``), a number SHOWN THROUGH A CUSTOM NUMBER FORMAT (the cell holds
``260352``, the format ``"KS-"000000`` prints ``KS-260352``), a date-time pasted from a Chinese
system with ``上午 / 下午`` (``2026/3/5 下午 2:30:00``), a choice ticked INSIDE PARENTHESES
(``退货（ ）换货（√）``), FROZEN PANES, a date typed in CHINESE NUMERALS (``二〇二六年三月九日``),
QUANTITIES IN CHINESE CAPITAL NUMERALS (``壹佰貳拾``, ``叁佰壹拾贰``), a HYPERLINK on the complaint
number, text in a merged cell with WRAP AND INDENT, a RUSSIAN–ENGLISH claim (``Рекламация /
Claim``, ``05.03.2026 г.``, ``12 000 шт.`` with a no-break space between the thousands), an 8D
WHOSE D-STEPS ARE SEPARATE SHEETS (``D1`` … ``D8``), an 8D as a QMS LIST EXPORT (one heading row,
one value row, an autofilter), labels carrying an INSTRUCTION HINT on a second line, quantities in
THOUSANDS WITH K (``1.2K pcs``), a date with a TWO-DIGIT YEAR IN CHINESE (``26年3月18日``), GROUPED
OUTLINE ROWS (expanded) for the item lines, a WORKBOOK OF TWO SHEETS (the form and its 附件清單),
units shown BY THE NUMBER FORMAT (``#,##0" pcs"``, ``#,##0.00" USD"``), the invoice number and the
tax ID typed ONE CHARACTER PER BOX; sent as PDF only: a customer's PDF form FILLED WITH TEXT
ANNOTATIONS (Foxit's typewriter: the values only in ``/FreeText`` annotations, not in the page),
a 退貨單 whose LINES ARE ON PAGE 2 (``明細見第 2 頁``), a DEBIT NOTE with DOT LEADERS between label
and value (fpdf2), an Indian OEM's portal complaint with quantities grouped in LAKHS (``1,20,000
Nos``, Chromium). ``odd/`` holds a workbook zipped again and renamed ``.xlsx`` and a phone photo (JPEG)
renamed ``.pdf``.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from contextlib import contextmanager
from pathlib import Path

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
    excel_layout,
    field,
    head_row,
    kv,
    label,
    lv,
    members,
    money,
    odd_expected,
    on,
    pdf_absent,
    pick,
    plain,
    run,
    workbook_bytes,
    zip_bytes,
)

D = dt.date
SOURCE = dict(origin="seventeenth held-out imitation", source="tests/holdout17/make_holdout17.py")


@contextmanager
def page(s: Sheet, title: str, widths: dict[str, float]):
    """Another sheet of the workbook (``on``), set up as the form's first sheet: A4, one page wide."""
    with on(s, title, widths=widths) as ws:
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        yield ws


def indent(s: Sheet, ref: str, level: int = 2) -> None:
    """Wrap and indent the typed text (Format Cells → Alignment → Indent)."""
    s.ws[ref].alignment = Alignment(vertical="top", wrap_text=True, indent=level)


# =============================================================================== complaint
def complaint_zh_circled(s: Sheet) -> None:
    """客户抱怨处理单 whose labels are numbered with CIRCLED DIGITS and carry a REQUIRED MARK
    (``③*客户名称``); the complaint number SHOWN THROUGH A CUSTOM FORMAT (the cell holds 260352, the
    format ``"KS-"000000``), the received time PASTED FROM THE OA with 下午, the request ticked
    INSIDE PARENTHESES (``退货（ ）换货（√）``), FROZEN PANES under the title; 结案日期 empty."""
    s.text("A1", "客户抱怨处理单", "F1", size=15)
    plain(s, "A2", "表单编号：QR-8.2-03    版本：B/1", "F2")
    s.ws.freeze_panes = "A3"
    lv(s, "A3", "①*抱怨单号", "B3", pick(s, 260352, 260417), None, fmt='"KS-"000000')
    if not s.blank:
        field(
            s, "①*抱怨单号", "B3", str(pick(s, 260352, 260417)), "number", pick(s, "KS-260352", "KS-260417")
        )
        s.fields[-1]["note"] = 'the cell holds the figure, the format "KS-"000000 prints KS-…'
    lv(
        s,
        "C3",
        "②*受理时间",
        "D3",
        pick(s, "2026/3/5 下午 2:30:00", "2026/4/17 上午 9:05:00"),
        "received_date",
        expect=pick(s, "2026-03-05", "2026-04-17"),
        span="F3",
    )
    lv(
        s,
        "A4",
        "③*客户名称",
        "B4",
        pick(s, "舜宇光学科技（集团）有限公司", "欧菲光集团股份有限公司"),
        "customer",
        span="F4",
    )
    lv(s, "A5", "④ 订单号", "B5", pick(s, "PO26030198", "PO26040455"), "order_no")
    lv(s, "C5", "⑤*料号", "D5", pick(s, "YJ-LNS-0871", "YJ-HLD-2210"), "part_no")
    lv(s, "E5", "⑥ 品名", "F5", pick(s, "镜座压圈", "镜头支架"), "part_name")
    lv(s, "A6", "⑦ 批号", "B6", pick(s, "L260221", "L260318"), "lot_no")
    lv(s, "C6", "⑧*交货数量", "D6", pick(s, 30000, 12000), "ship_qty", fmt="#,##0")
    lv(s, "E6", "⑨*不良数量", "F6", pick(s, 420, 96), "defect_qty")
    lv(
        s,
        "A7",
        "⑩*不良描述",
        "B7",
        pick(
            s,
            "压圈内径偏小 0.02mm，镜头压入后偏心，客户 AA 段检出 420 件。",
            "支架卡扣断裂 96 件，注塑熔接线位置。",
        ),
        "description",
        span="F7",
    )
    options = ("退货", "换货", "返工", "折让")
    chosen = pick(s, {"换货"}, {"退货", "折让"})
    ticked = "  ".join(f"{o}（{'√' if o in chosen else ' '}）" for o in options)
    lv(
        s,
        "A8",
        "⑪*客户要求",
        "B8",
        ticked,
        "customer_request",
        expect=pick(s, ["replacement"], ["return", "allowance"]),
        span="F8",
        blank_text="  ".join(f"{o}（ ）" for o in options),
    )
    lv(
        s,
        "A9",
        "⑫ 临时对策",
        "B9",
        pick(s, "在库 8,600 件全检内径，不良品隔离。", "库存品全数退回重检。"),
        "short_term_action",
        span="F9",
    )
    lv(s, "A10", "⑬*经办人", "B10", pick(s, "邵丽娜", "邵丽娜"), "reporter")
    lv(s, "C10", "⑭ 业务主管", "D10", pick(s, "卢建国", "程晓峰"), "sales_supervisor")
    label(s, "E10", "⑮ 结案日期")
    s.box("F10")
    absent(s, "⑮ 结案日期", "F10", "", "closed_date")
    plain(s, "A11", "注：带 * 为必填项；①–⑮ 依次填写。", "F11")


_CAPS = "零壹貳參肆伍陸柒捌玖"
_CAPS_HANS = "零壹贰叁肆伍陆柒捌玖"


def capitals(n: int, digits: str = _CAPS) -> str:
    """A quantity in Chinese capital numerals as a clerk writes it (``壹佰貳拾``, ``參仟陸佰``)."""
    units = ("", "拾", "佰", "仟")
    out, zero = "", False
    text = str(n)
    for i, ch in enumerate(text):
        d, u = int(ch), units[len(text) - 1 - i]
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += digits[0]
        out += digits[d] + u
        zero = False
    return out


_HAN_NUM = "〇一二三四五六七八九"


def han_date(d: dt.date) -> str:
    """``二〇二六年三月九日``: the year digit by digit, month and day as numbers in words."""

    def words(n: int) -> str:
        if n < 10:
            return _HAN_NUM[n]
        return ("" if n // 10 == 1 else _HAN_NUM[n // 10]) + "十" + (_HAN_NUM[n % 10] if n % 10 else "")

    return "".join(_HAN_NUM[int(c)] for c in str(d.year)) + f"年{words(d.month)}月{words(d.day)}日"


def complaint_zht_numerals(s: Sheet) -> None:
    """客戶抱怨處理單 whose received date is typed IN CHINESE NUMERALS (``二〇二六年三月九日``) and
    whose quantities are written IN CAPITAL NUMERALS (``參仟陸佰``, ``壹佰貳拾``); the complaint
    number carries a HYPERLINK to the OA record; the description in a merged cell with WRAP AND
    INDENT."""
    s.text("A1", "客戶抱怨處理單", "D1", size=15)
    lv(s, "A2", "客訴編號", "B2", "QC-2603-0091", "number")
    if not s.blank:
        s.ws["B2"].hyperlink = "http://oa.intra/qms/complaint?id=QC-2603-0091"
        s.ws["B2"].style = "Hyperlink"
    lv(s, "C2", "受理日期", "D2", han_date(D(2026, 3, 9)), "received_date", expect="2026-03-09")
    lv(s, "A3", "客戶名稱", "B3", "群創光電股份有限公司", "customer", span="D3")
    lv(s, "A4", "料號", "B4", "IX-BZL-5530", "part_no")
    lv(s, "C4", "品名", "D4", "面板前框", "part_name")
    lv(s, "A5", "出貨數量", "B5", capitals(3600), "ship_qty", expect=3600)
    lv(s, "C5", "不良數量", "D5", capitals(120), "defect_qty", expect=120)
    lv(
        s,
        "A6",
        "異常描述",
        "B6",
        "前框卡勾斷裂，客戶組裝段檢出。\n斷口位於澆口對側，疑似保壓不足。",
        "description",
        span="D7",
    )
    if not s.blank:
        indent(s, "B6")
    lv(s, "A8", "客戶要求", "B8", "換貨", "customer_request", expect=["replacement"])
    lv(s, "C8", "暫時對策", "D8", "庫存 1,500 件全檢卡勾。", "short_term_action")
    lv(s, "A9", "處理人", "B9", "許雅雯", "reporter")
    lv(s, "C9", "業務主管", "D9", "蔡宗翰", "sales_supervisor")


def complaint_en_russian(s: Sheet) -> None:
    """A Russian customer's claim form ``РЕКЛАМАЦИЯ / CLAIM`` answered in its own Russian–English
    labels (``№ рекламации / Claim No.``, ``Покупатель / Buyer``), the date typed ``05.03.2026 г.``,
    quantities ``12 000 шт.`` with a no-break space between the thousands."""
    s.text("A1", "РЕКЛАМАЦИЯ / CLAIM", "D1", size=14)
    lv(s, "A2", "№ рекламации / Claim No.", "B2", "RK-2026/0311", "number")
    lv(s, "C2", "Дата / Date", "D2", "11.03.2026 г.", "received_date", expect="2026-03-11")
    lv(s, "A3", "Покупатель / Buyer", "B3", "OOO Elektroprivod-Ural", "customer", span="D3")
    lv(s, "A4", "Заказ / Order No.", "B4", "ZK-7712", "order_no")
    lv(s, "C4", "Партия / Batch", "D4", "B2602-44", "lot_no")
    lv(s, "A5", "Артикул / Part No.", "B5", "EU-BRG-6204", "part_no")
    lv(s, "C5", "Наименование / Description", "D5", "Bearing housing", "part_name")
    lv(s, "A6", "Поставлено / Qty delivered", "B6", "12\u00a0000 шт.", "ship_qty", expect=12000)
    lv(s, "C6", "Брак / Qty defective", "D6", "340 шт.", "defect_qty", expect=340)
    lv(
        s,
        "A7",
        "Описание дефекта / Defect description",
        "B7",
        "Bore diameter oversize (+0.04 mm); bearing loose in housing.",
        "description",
        span="D7",
    )
    lv(
        s,
        "A8",
        "Требование / Claim",
        "B8",
        "Замена / Replacement",
        "customer_request",
        expect=["replacement"],
        span="D8",
    )
    lv(s, "A9", "Составил / Prepared by", "B9", "Ivanov S. A.", None)
    lv(s, "C9", "Supplier contact", "D9", "Gao Lei", "reporter")


# =============================================================================== 8D
def eightd_zh_sheets(s: Sheet) -> None:
    """8D 报告 whose EIGHT STEPS ARE SEPARATE SHEETS: ``封面`` holds the header, the sheets ``D1`` …
    ``D8`` one step each (the team a table on D1, the two causes two blocks on D4, the closing
    date and the approver on D8)."""
    s.text("A1", "8D 报告", "D1", size=15)
    lv(s, "A2", "报告编号", "B2", pick(s, "8D-YJ-2603-007", "8D-YJ-2604-019"), "number")
    lv(s, "C2", "客户", "D2", pick(s, "舜宇光学科技（集团）有限公司", "欧菲光集团股份有限公司"), "customer")
    lv(s, "A3", "客诉编号", "B3", pick(s, "KS-260352", "KS-260417"), "complaint_number")
    lv(s, "C3", "料号", "D3", pick(s, "YJ-LNS-0871", "YJ-HLD-2210"), "part_no")
    lv(s, "A4", "开立日期", "B4", pick(s, D(2026, 3, 6), D(2026, 4, 18)), "opened_date")
    lv(s, "C4", "不良数量", "D4", pick(s, 420, 96), "problem.qty_complained")
    plain(s, "A6", "各步骤见工作表 D1 至 D8。", "D6")
    widths = dict(A=16, B=18, C=18, D=30)
    with page(s, "D1", widths=widths):
        s.text("A1", "D1 成立小组", "D1", size=13)
        head_row(s, 2, "ABC", ("姓名", "部门", "职责"))
        team = pick(
            s,
            [("邵丽娜", "品保部", "组长"), ("韦志强", "冲压车间", "组员"), ("郝敏", "工程部", "组员")],
            [("邵丽娜", "品保部", "组长"), ("唐凯", "注塑车间", "组员")],
        )
        for i, (name, dept, role) in enumerate(team):
            s.value(f"A{3 + i}", name, path="team[*].name", label="姓名")
            s.value(f"B{3 + i}", dept, path=None, label="部门")
            s.value(f"C{3 + i}", role, path=None, label="职责")
    steps = (
        (
            "D2",
            "D2 问题描述",
            pick(s, "压圈内径偏小 0.02mm，镜头偏心 420 件。", "支架卡扣断裂 96 件。"),
            "problem.statement",
        ),
        (
            "D3",
            "D3 临时措施",
            pick(s, "在库及在途 8,600 件全检内径。", "库存品全数退回重检。"),
            "containment[0].action",
        ),
        (
            "D5",
            "D5 永久措施",
            pick(s, "精车刀具寿命由 3,000 件改为 2,000 件。", "浇口位置移至卡扣背面。"),
            "corrective_actions[0].action",
        ),
        (
            "D6",
            "D6 效果验证",
            pick(s, "连续 5 批内径 CPK≥1.67。", "试模 3 批无断裂。"),
            "implementation[0].result",
        ),
        (
            "D7",
            "D7 预防再发",
            pick(s, "同类压圈 4 个料号横向展开。", "横向展开至同类支架 3 个料号。"),
            "prevention.horizontal_deployment",
        ),
    )
    for title, heading, raw, path in steps[:2]:
        with page(s, title, widths=widths):
            s.text("A1", heading, "D1", size=13)
            s.value("A3", raw, path=path, label=heading, span="D8")
    with page(s, "D4", widths=widths):
        s.text("A1", "D4 根本原因", "D1", size=13)
        lv(
            s,
            "A3",
            "发生原因",
            "B3",
            pick(s, "精车刀具磨损后未按寿命更换。", "熔接线位于卡扣根部。"),
            "root_cause[type=occurrence].cause",
            span="D4",
        )
        lv(
            s,
            "A5",
            "流出原因",
            "B5",
            pick(s, "内径只做首件检验。", "卡扣强度未做抽检。"),
            "root_cause[type=escape].cause",
            span="D6",
        )
    for title, heading, raw, path in steps[2:]:
        with page(s, title, widths=widths):
            s.text("A1", heading, "D1", size=13)
            s.value("A3", raw, path=path, label=heading, span="D8")
    with page(s, "D8", widths=widths):
        s.text("A1", "D8 结案", "D1", size=13)
        lv(s, "A3", "结案日期", "B3", pick(s, D(2026, 4, 22), D(2026, 5, 27)), "closure.closed_date")
        lv(s, "C3", "批准", "D3", pick(s, "卢建国", "程晓峰"), "closure.approved_by")


_FLAT_HEADS = (
    "報告編號",
    "客戶",
    "客訴單號",
    "料號",
    "開立日期",
    "不良數",
    "問題描述",
    "小組成員",
    "暫時對策",
    "發生原因",
    "流出原因",
    "永久對策",
    "效果確認",
    "結案日期",
    "核准人",
)


def eightd_zht_flatrow(s: Sheet) -> None:
    """8D exported from a QMS LIST as one record: ONE HEADING ROW and ONE VALUE ROW across fifteen
    columns, an autofilter on the headings, the panes frozen under them, dates as date-time cells
    (``2026/03/12 09:30``), the team comma-separated in one cell."""
    for col, h in zip("ABCDEFGHIJKLMNO", _FLAT_HEADS):
        s.text(f"{col}1", h, bold=True, shade=True)
    s.ws.auto_filter.ref = "A1:O2"
    s.ws.freeze_panes = "A2"
    team = pick(s, ["陳建志", "林佳慧", "王俊傑"], ["陳建志", "黃思穎"])
    row = (
        (pick(s, "8D-TN-115-021", "8D-TN-115-036"), "number", None, None),
        (pick(s, "友達光電股份有限公司", "群創光電股份有限公司"), "customer", None, None),
        (pick(s, "QC-2603-0091", "QC-2604-0133"), "complaint_number", None, None),
        (pick(s, "IX-BZL-5530", "IX-FRM-6612"), "part_no", None, None),
        (
            pick(s, dt.datetime(2026, 3, 12, 9, 30), dt.datetime(2026, 4, 20, 14, 5)),
            "opened_date",
            pick(s, "2026-03-12", "2026-04-20"),
            "yyyy/mm/dd hh:mm",
        ),
        (pick(s, 120, 64), "problem.qty_complained", None, None),
        (pick(s, "前框卡勾斷裂 120 件。", "鐵框變形 64 件，背光漏光。"), "problem.statement", None, None),
        (",".join(team), None, None, None),
        (pick(s, "庫存 1,500 件全檢卡勾。", "在途品攔截全檢。"), "containment[0].action", None, None),
        (
            pick(s, "保壓時間不足 0.5 秒。", "沖壓模具導柱磨損。"),
            "root_cause[type=occurrence].cause",
            None,
            None,
        ),
        (
            pick(s, "卡勾強度未列入出貨檢驗。", "平面度抽樣數不足。"),
            "root_cause[type=escape].cause",
            None,
            None,
        ),
        (
            pick(s, "保壓時間改 2.0 秒並鎖定參數。", "導柱每月更換。"),
            "corrective_actions[0].action",
            None,
            None,
        ),
        (pick(s, "連續 3 批拉力測試合格。", "連續 5 批平面度合格。"), "implementation[0].result", None, None),
        (
            pick(s, dt.datetime(2026, 4, 15, 17, 0), dt.datetime(2026, 5, 29, 16, 40)),
            "closure.closed_date",
            pick(s, "2026-04-15", "2026-05-29"),
            "yyyy/mm/dd hh:mm",
        ),
        (pick(s, "蔡宗翰", "蔡宗翰"), "closure.approved_by", None, None),
    )
    for col, head, (raw, path, exp, fmt) in zip("ABCDEFGHIJKLMNO", _FLAT_HEADS, row):
        s.value(f"{col}2", raw, path=path, label=head, expect=exp, fmt=fmt)
    members(s, "小組成員", "H2", ",".join(team), team)


def eightd_en_hints(s: Sheet) -> None:
    """An English 8D whose every label carries an INSTRUCTION HINT on a second line of its cell
    (``D3 Containment Actions⏎(What did you do within 24 h?)``); quantities in THOUSANDS WITH K
    (``1.2K pcs``, ``24K``), the team separated by semicolons; Approved by ``—``."""
    s.text("A1", "8D PROBLEM SOLVING REPORT", "D1", size=14)
    lv(s, "A2", "8D No.\n(assigned by SQE)", "B2", "8D-MX-26-0412", "number")
    lv(s, "C2", "Date Opened\n(YYYY-MM-DD)", "D2", "2026-03-12", "opened_date")
    lv(s, "A3", "Customer\n(legal entity name)", "B3", "Magna Closures (Shanghai) Co., Ltd.", "customer")
    lv(s, "C3", "Part Number\n(customer P/N)", "D3", "MG-LTC-3307", "part_no")
    lv(
        s,
        "A4",
        "Qty Affected\n(incl. suspect stock)",
        "B4",
        "1.2K pcs",
        "problem.qty_complained",
        expect=1200,
    )
    lv(s, "C4", "Qty Delivered\n(last 3 months)", "D4", "24K", "problem.qty_delivered", expect=24000)
    lv(s, "A5", "D1 Team\n(names; leader first)", "B5", "Alan Wong; Chen Hui; Priya Nair", None, span="D5")
    members(
        s,
        "D1 Team\n(names; leader first)",
        "B5",
        "Alan Wong; Chen Hui; Priya Nair",
        ("Alan Wong", "Chen Hui", "Priya Nair"),
    )
    rows = (
        (
            "D2 Problem Description\n(What, where, when, how many?)",
            "Latch pawl spring missing on 1.2K pcs found at door line.",
            "problem.statement",
        ),
        (
            "D3 Containment Actions\n(What did you do within 24 h?)",
            "Sorted 6,400 pcs at customer and in transit; 38 rejects.",
            "containment[0].action",
        ),
        (
            "D4 Root Cause - Occurrence\n(Use 5-Why)",
            "Spring feeder jammed; the press kept cycling.",
            "root_cause[type=occurrence].cause",
        ),
        (
            "D4 Root Cause - Escape\n(Why was it not detected?)",
            "Vision camera checked pawl position only.",
            "root_cause[type=escape].cause",
        ),
        (
            "D5 Permanent Corrective Action\n(Chosen and verified)",
            "Feeder jam sensor interlocked with the press.",
            "corrective_actions[0].action",
        ),
        (
            "D6 Implementation & Validation\n(Evidence of effectiveness)",
            "Zero missing springs in 30 days (52K pcs).",
            "implementation[0].result",
        ),
    )
    for r, (lab, raw, path) in enumerate(rows, 6):
        lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"D{r}")
        s.height(r, 32)
    lv(s, "A12", "D8 Closure Date\n(YYYY-MM-DD)", "B12", "2026-04-24", "closure.closed_date")
    lv(s, "C12", "Approved by\n(Customer SQE)", "D12", "—", None)
    absent(s, "Approved by\n(Customer SQE)", "D12", "—", "closure.approved_by")
    for r in (2, 3, 4, 5, 12):
        s.height(r, 30)


# =============================================================================== return
def return_zh_numerals(s: Sheet) -> None:
    """成品退货单 whose dates are typed with a TWO-DIGIT YEAR IN CHINESE (``26年3月18日``) and whose
    returned quantities are written IN CAPITAL NUMERALS (``叁佰壹拾贰``) beside a unit column; the
    item rows GROUPED (outline level 1, expanded) and the panes FROZEN under the header block."""
    s.text("A1", "成品退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-SZ-2603-018", "TH-SZ-2604-031"), "number")
    d = pick(s, D(2026, 3, 18), D(2026, 4, 24))
    lv(
        s,
        "C2",
        "开单日期",
        "D2",
        f"{d.year % 100}年{d.month}月{d.day}日",
        "issue_date",
        expect=d.isoformat(),
        span="F2",
    )
    lv(s, "A3", "客户", "B3", pick(s, "舜宇光学科技（集团）有限公司", "欧菲光集团股份有限公司"), "customer")
    lv(s, "C3", "客诉单号", "D3", pick(s, "KS-260352", "KS-260417"), "complaint_number", span="F3")
    head_row(s, 4, "ABCDEF", ("料号", "品名", "退货数量", "单位", "单价", "金额"))
    s.ws.freeze_panes = "A5"
    lines = pick(
        s,
        [("YJ-LNS-0871", "镜座压圈", 312, 0.85), ("YJ-LNS-0872", "镜座垫圈", 108, 0.3)],
        [("YJ-HLD-2210", "镜头支架", 96, 2.4), ("YJ-HLD-2211", "支架盖板", 40, 1.1)],
    )
    for i, (code, name, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料号")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", capitals(q, _CAPS_HANS), path=f"items[{i}].qty_returned", label="退货数量", expect=q)
        s.value(f"D{r}", "PCS", path=f"items[{i}].unit", label="单位")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(
            f"F{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="金额",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    s.ws.row_dimensions.group(5, 6, outline_level=1, hidden=False)
    lv(s, "A7", "退货原因", "B7", pick(s, "内径偏小，镜头压入偏心。", "卡扣断裂。"), "reason", span="F7")
    lv(
        s,
        "A8",
        "处理方式",
        "B8",
        pick(s, "返工", "报废"),
        "handling",
        expect=[pick(s, "rework", "scrap")],
        span="F8",
    )
    lv(s, "A9", "仓库签收", "B9", pick(s, "沈国梁", "马骁"), "warehouse_receiver")
    lv(s, "C9", "审核", "D9", pick(s, "卢建国", "程晓峰"), "approved_by", span="F9")


def return_zht_attach(s: Sheet) -> None:
    """成品退貨單 in a WORKBOOK OF TWO SHEETS: the form, then ``附件清單`` listing the attachments
    (序號 / 附件名稱 / 日期 / 說明, its own dates and a 客戶 in the remarks), the form pointing to it."""
    s.text("A1", "成品退貨單", "F1", size=15)
    lv(s, "A2", "單號", "B2", "RT-TN-2603-027", "number")
    lv(s, "C2", "日期", "D2", D(2026, 3, 20), "issue_date", span="F2", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶", "B3", "友達光電股份有限公司", "customer")
    lv(s, "C3", "客訴單號", "D3", "QC-2603-0091", "complaint_number", span="F3")
    head_row(s, 4, "ABCDEF", ("料號", "品名", "核准數量", "實退數量", "單價", "金額"))
    lines = [("IX-BZL-5530", "面板前框", 120, 118, 6.5)]
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核准數量")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="實退數量")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p), fmt="#,##0.00")
        s.value(
            f"F{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="金額",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    lv(s, "A6", "退貨原因", "B6", "卡勾斷裂，客戶組裝段檢出。", "reason", span="F6")
    lv(s, "A7", "處理方式", "B7", "報廢", "handling", expect=["scrap"], span="F7")
    lv(s, "A8", "附件", "B8", "見「附件清單」工作表（3 件）", None, span="F8")
    lv(s, "A9", "倉管簽收", "B9", "黃淑芬", "warehouse_receiver")
    lv(s, "C9", "主管核准", "D9", "蔡宗翰", "approved_by", span="F9")
    with page(s, "附件清單", widths=dict(A=6, B=28, C=12, D=34)):
        s.text("A1", "附件清單", "D1", size=13)
        head_row(s, 2, "ABCD", ("序號", "附件名稱", "日期", "說明"))
        rows = (
            (1, "不良品照片.zip", "2026/03/10", "客戶 IQC 拍攝，12 張"),
            (2, "客戶檢驗報告 QC-2603-0091.pdf", "2026/03/11", "客戶品保 張先生 提供"),
            (3, "退貨簽收單掃描.pdf", "2026/03/21", "倉庫簽收後補"),
        )
        for r, vals in enumerate(rows, 3):
            for col, v in zip("ABCD", vals):
                if not s.blank:
                    s.ws[f"{col}{r}"].value = v
                s.box(f"{col}{r}")


def return_en_unitfmt(s: Sheet) -> None:
    """A Return Material Authorization whose quantities and amounts carry their UNIT IN THE
    NUMBER FORMAT (the cells hold 420 and 1323, formats ``#,##0" pcs"`` and ``#,##0.00" USD"``), dates
    typed ``Apr 12 2026``."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION", "F1", size=14)
    lv(s, "A2", "RMA No.", "B2", "RMA 26-0412", "number")
    lv(s, "C2", "Issue Date", "D2", "Apr 12 2026", "issue_date", expect="2026-04-12", span="F2")
    lv(s, "A3", "Customer", "B3", "Whirlpool Corporation - Clyde", "customer")
    lv(s, "C3", "Complaint Ref.", "D3", "SCAR-26-0388", "complaint_number", span="F3")
    head_row(
        s, 4, "ABCDEF", ("Part No.", "Description", "Qty Authorized", "Qty Received", "Unit Price", "Amount")
    )
    pcs, usd = '#,##0" pcs"', '#,##0.00" USD"'
    lines = [("WP-HNG-1180", "Lid hinge, zinc", 420, 420, 3.15), ("WP-HNG-1181", "Hinge pin", 840, 836, 0.22)]
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="Part No.")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Description")
        s.value(
            f"C{r}",
            qa,
            path=f"items[{i}].qty_approved",
            label="Qty Authorized",
            fmt=pcs,
            shown=f"{qa} (number cell shown {qa:,} pcs)",
        )
        s.value(
            f"D{r}",
            q,
            path=f"items[{i}].qty_returned",
            label="Qty Received",
            fmt=pcs,
            shown=f"{q} (number cell shown {q:,} pcs)",
        )
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="Unit Price", expect=money(p), fmt=usd)
        s.value(
            f"F{r}", round(q * p, 2), path=f"items[{i}].amount", label="Amount", expect=money(q * p), fmt=usd
        )
    lv(s, "A7", "Reason", "B7", "Hinge torque below 0.8 N·m after 5,000 cycles.", "reason", span="F7")
    lv(s, "A8", "Disposition", "B8", "Rework at supplier", "handling", expect=["rework"], span="F8")
    lv(s, "A9", "Received by", "B9", "Dwayne Carter", "warehouse_receiver")
    lv(s, "C9", "Received on", "D9", "Apr 20 2026", "received_date", expect="2026-04-20", span="F9")
    lv(s, "A10", "Authorized by", "B10", "Karen Liu", "approved_by")


# =============================================================================== allowance
def boxes(s: Sheet, row: int, first: int, text: str, lab: str, path: str, width: int | None = None) -> None:
    """A number typed ONE CHARACTER PER BOX (the pre-printed boxes of a 发票号码 or a 纳税人识别号)."""
    from openpyxl.utils import get_column_letter

    n = width or len(text)
    for k in range(n):
        ref = f"{get_column_letter(first + k)}{row}"
        s.box(ref)
        s.ws[ref].alignment = Alignment(horizontal="center")
        if not s.blank and k < len(text):
            s.ws[ref].value = text[k]
    end = get_column_letter(first + n - 1)
    field(
        s, lab, f"{get_column_letter(first)}{row}:{end}{row}", text, path, text, note="one character per box"
    )


def allowance_zh_boxes(s: Sheet) -> None:
    """销售折让证明单 whose 纳税人识别号 (18 boxes) and 原发票号码 (8 boxes) are typed ONE CHARACTER
    PER BOX; the other fields span the boxes' columns; the date in a ``yyyy"年"m"月"d"日"`` cell."""
    s.text("A1", "销售折让证明单", "S1", size=15)
    lv(s, "A2", "证明单号", "B2", pick(s, "ZR-SZ-2603-11", "ZR-SZ-2604-23"), "number", span="I2")
    d = pick(s, D(2026, 3, 30), D(2026, 4, 28))
    label(s, "J2", "开具日期", "M2")
    s.value("N2", d, path="issue_date", label="开具日期", span="S2", fmt='yyyy"年"m"月"d"日"')
    lv(
        s,
        "A3",
        "购买方名称",
        "B3",
        pick(s, "舜宇光学科技（集团）有限公司", "欧菲光集团股份有限公司"),
        "buyer",
        span="S3",
    )
    label(s, "A4", "纳税人识别号")
    boxes(s, 4, 2, pick(s, "913302007342817725", "914403007261824992"), "纳税人识别号", "buyer_tax_id")
    label(s, "A5", "原发票号码")
    boxes(s, 5, 2, pick(s, "04418835", "04420917"), "原发票号码", "invoice_no")
    label(s, "J5", "开票日期", "M5")
    s.value(
        "N5",
        pick(s, D(2026, 2, 26), D(2026, 3, 27)),
        path="invoice_date",
        label="开票日期",
        span="S5",
        fmt='yyyy"年"m"月"d"日"',
    )
    lv(s, "A6", "客诉编号", "B6", pick(s, "KS-260352", "KS-260417"), "complaint_number", span="S6")
    s.text("A7", "货物名称", bold=True, shade=True)
    for start, end, h in (("B", "G", "数量"), ("H", "J", "单价"), ("K", "O", "折让金额"), ("P", "S", "税额")):
        s.text(f"{start}7", h, f"{end}7", bold=True, shade=True)
    lines = pick(s, [("镜座压圈", 312, 0.85), ("镜座垫圈", 108, 0.3)], [("镜头支架", 96, 2.4)])
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 8 + i
        a = round(q * p, 2)
        t = round(a * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量", span=f"G{r}")
        s.value(
            f"H{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00", span=f"J{r}"
        )
        s.value(
            f"K{r}",
            a,
            path=f"items[{i}].allowance_amount",
            label="折让金额",
            expect=money(a),
            fmt="#,##0.00",
            span=f"O{r}",
        )
        s.value(
            f"P{r}", t, path=f"items[{i}].tax", label="税额", expect=money(t), fmt="#,##0.00", span=f"S{r}"
        )
    s.text("A10", "合计", "J10", bold=True)
    s.value(
        "K10",
        round(net, 2),
        path="total_excl_tax",
        label="合计 折让金额",
        expect=money(net),
        fmt="#,##0.00",
        span="O10",
    )
    s.value(
        "P10",
        round(tax, 2),
        path="total_tax",
        label="合计 税额",
        expect=money(tax),
        fmt="#,##0.00",
        span="S10",
    )
    lv(
        s,
        "A11",
        "价税合计",
        "B11",
        round(net + tax, 2),
        "total",
        expect=money(net + tax),
        fmt="#,##0.00",
        span="I11",
    )
    label(s, "J11", "经理", "M11")
    s.value("N11", pick(s, "卢建国", "程晓峰"), path="approved_by_manager", label="经理", span="S11")


def allowance_zht_outline(s: Sheet) -> None:
    """銷貨折讓單 whose lines are GROUPED UNDER THEIR INVOICE: a heading row ``發票 KH-26031155
    （2026/03/05）`` and the item rows under it at OUTLINE LEVEL 1 (expanded), the item names
    INDENTED (alignment indent); 總經理 left empty."""
    s.text("A1", "銷貨折讓單", "E1", size=15)
    lv(s, "A2", "折讓單號", "B2", "ZR-TN-2603-08", "number")
    lv(s, "C2", "開立日期", "D2", "2026/03/31", "issue_date", expect="2026-03-31", span="E2")
    lv(s, "A3", "買受人", "B3", "群創光電股份有限公司", "buyer")
    lv(s, "C3", "統一編號", "D3", "16130009", "buyer_tax_id", span="E3")
    lv(s, "A4", "客訴單號", "B4", "QC-2603-0091", "complaint_number")
    lv(s, "C4", "稅率", "D4", "5%", "tax_rate", expect="0.05", span="E4")
    head_row(s, 5, "ABCDE", ("品名", "數量", "單價", "折讓金額", "營業稅額"))
    s.text("A6", "發票 KH-26031155（2026/03/05）", "E6", bold=True)
    field(
        s,
        "發票",
        "A6",
        "發票 KH-26031155（2026/03/05）",
        "invoice_no",
        "KH-26031155",
        note="in the group's heading row",
    )
    field(
        s,
        "發票",
        "A6",
        "發票 KH-26031155（2026/03/05）",
        "invoice_date",
        "2026-03-05",
        note="in the group's heading row",
    )
    lines = [("面板前框", 118, 6.5), ("前框卡勾蓋", 118, 0.8)]
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.05 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="品名")
        if not s.blank:
            indent(s, f"A{r}")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="數量")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p), fmt="#,##0.00")
        s.value(
            f"D{r}", a, path=f"items[{i}].allowance_amount", label="折讓金額", expect=money(a), fmt="#,##0.00"
        )
        s.value(f"E{r}", t, path=f"items[{i}].tax", label="營業稅額", expect=money(t), fmt="#,##0.00")
    s.ws.row_dimensions.group(7, 8, outline_level=1, hidden=False)
    s.text("A9", "合計", "C9", bold=True)
    s.value("D9", round(net, 2), path="total_excl_tax", label="合計", expect=money(net), fmt="#,##0.00")
    s.value("E9", round(tax, 2), path="total_tax", label="合計 營業稅額", expect=money(tax), fmt="#,##0.00")
    lv(s, "A10", "經理", "B10", "蔡宗翰", "approved_by_manager")
    label(s, "C10", "總經理")
    s.box("D10", "E10")
    absent(s, "總經理", "D10", "", "approved_by_gm")


W4 = dict(A=24, B=28, C=24, D=28)
W6 = dict(A=14, B=22, C=12, D=12, E=12, F=14)
BOXES = dict(A=14, **{chr(c): 3.2 for c in range(ord("B"), ord("T"))})
EXCEL = [
    excel_layout(
        "complaint-zh-circled",
        "complaint",
        "zh-Hans",
        complaint_zh_circled,
        "客诉单",
        dict(A=13, B=16, C=13, D=16, E=13, F=16),
        "客户抱怨处理单 with circled-digit labels and required marks, a number shown by a custom format, a date-time with 下午, ticks in parentheses",
        copy2=True,
    ),
    excel_layout(
        "complaint-zht-numerals",
        "complaint",
        "zh-Hant",
        complaint_zht_numerals,
        "客訴",
        W4,
        "客戶抱怨處理單 with a date in Chinese numerals, quantities in capital numerals, a hyperlinked number, an indented description",
    ),
    excel_layout(
        "complaint-en-russian",
        "complaint",
        "en",
        complaint_en_russian,
        "Claim",
        dict(A=30, B=26, C=28, D=24),
        "a Russian customer's Рекламация / Claim form, Russian–English labels, 11.03.2026 г., 12 000 шт.",
        ["Составил / Prepared by"],
    ),
    excel_layout(
        "8d-zh-sheets",
        "8d",
        "zh-Hans",
        eightd_zh_sheets,
        "封面",
        dict(A=14, B=22, C=14, D=30),
        "8D 报告 with each D-step on its own sheet (封面, D1 … D8)",
        ["部门", "职责"],
        copy2=True,
    ),
    excel_layout(
        "8d-zht-flatrow",
        "8d",
        "zh-Hant",
        eightd_zht_flatrow,
        "匯出資料",
        {c: 16 for c in "ABCDEFGHIJKLMNO"},
        "an 8D exported from a QMS list: one heading row, one value row, autofilter, frozen panes",
        copy2=True,
    ),
    excel_layout(
        "8d-en-hints",
        "8d",
        "en",
        eightd_en_hints,
        "8D",
        dict(A=30, B=30, C=24, D=30),
        "an English 8D whose labels carry instruction hints on a second line; 1.2K pcs quantities",
    ),
    excel_layout(
        "return-zh-numerals",
        "return",
        "zh-Hans",
        return_zh_numerals,
        "退货单",
        W6,
        "成品退货单 with 26年3月18日 dates, quantities in capital numerals, grouped item rows, frozen panes",
        copy2=True,
    ),
    excel_layout(
        "return-zht-attach",
        "return",
        "zh-Hant",
        return_zht_attach,
        "退貨單",
        W6,
        "成品退貨單 in a workbook of two sheets: the form and its 附件清單",
        ["附件"],
    ),
    excel_layout(
        "return-en-unitfmt",
        "return",
        "en",
        return_en_unitfmt,
        "RMA",
        dict(A=14, B=22, C=14, D=14, E=14, F=16),
        "a Return Material Authorization with the units in the number formats (pcs, USD), Apr 12 2026 dates",
    ),
    excel_layout(
        "allowance-zh-boxes",
        "allowance",
        "zh-Hans",
        allowance_zh_boxes,
        "折让",
        BOXES,
        "销售折让证明单 with the 纳税人识别号 and 原发票号码 typed one character per box",
        copy2=True,
    ),
    excel_layout(
        "allowance-zht-outline",
        "allowance",
        "zh-Hant",
        allowance_zht_outline,
        "折讓",
        dict(A=30, B=12, C=12, D=14, E=14),
        "銷貨折讓單 with the lines grouped (outline) under their invoice's heading row, item names indented",
    ),
]


# =============================================================================== sent as PDF only
def _annotations(path: Path, form) -> None:
    """Foxit's typewriter / Acrobat's "Add text": each typed value a ``/FreeText`` annotation over
    the printed form, nothing in the page's own text."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText

    writer = PdfWriter(clone_from=PdfReader(path))
    h = float(writer.pages[0].mediabox.height)
    for x, y, text in getattr(form, "typed", []):
        mm = 72 / 25.4
        rect = (x * mm, h - (y + 1.5) * mm, (x + 4 + 3.2 * len(text)) * mm, h - (y - 4.5) * mm)
        writer.add_annotation(
            page_number=0,
            annotation=FreeText(
                text=text,
                rect=rect,
                font="Helvetica",
                font_size="10pt",
                border_color=None,
                background_color=None,
            ),
        )
    with open(path, "wb") as fh:
        writer.write(fh)


def complaint_zh_annot(f: PdfDraw) -> None:
    """A customer's blank 客户投诉单 PDF FILLED IN A PDF READER with its typewriter tool: the labels
    and boxes are the page's, every typed value a ``/FreeText`` annotation placed in its box."""
    f = CjkDraw.of(f)
    f.text(78, 18, "客户投诉单（供应商填写）", size=14)
    f.typed = []  # type: ignore[attr-defined]
    rows = [
        (20, 34, "投诉编号", pick(f, "HX-CQ-260309-04", "HX-CQ-260415-11"), "number", None),
        (110, 34, "受理日期", pick(f, "2026-03-09", "2026-04-15"), "received_date", None),
        (20, 46, "客户名称", pick(f, "华勤技术股份有限公司", "闻泰科技股份有限公司"), "customer", None),
        (20, 58, "料号", pick(f, "HQ-SHD-3390", "WT-SPK-0517"), "part_no", None),
        (110, 58, "品名", pick(f, "屏蔽罩", "喇叭网"), "part_name", None),
        (20, 70, "交货数量", pick(f, "50000", "20000"), "ship_qty", pick(f, 50000, 20000)),
        (110, 70, "不良数量", pick(f, "640", "210"), "defect_qty", pick(f, 640, 210)),
        (20, 82, "不良描述", pick(f, "屏蔽罩变形，贴片后高度超差", "喇叭网网孔堵塞"), "description", None),
        (20, 94, "客户要求", pick(f, "退货", "返工"), "customer_request", [pick(f, "return", "rework")]),
        (20, 106, "临时对策", pick(f, "在库品全检平面度", "在库品超声清洗"), "short_term_action", None),
        (20, 118, "经办人", pick(f, "任晓彤", "任晓彤"), "reporter", None),
        (110, 118, "主管", pick(f, "邓志明", "侯建军"), "sales_supervisor", None),
    ]
    for x, y, lab, raw, path, exp in rows:
        f.text(x, y, lab + "：")
        f.pdf.rect(
            x + 22,
            y - 5,
            62 if x == 110 or lab not in ("客户名称", "不良描述", "客户要求", "临时对策") else 152,
            7,
        )
        if not f.blank:
            f.typed.append((x + 23, y, raw))  # type: ignore[attr-defined]
            f.fields.append(
                {
                    "label": lab,
                    "cell": f"p1!{x + 23:g},{y:g}",
                    "value": raw,
                    "path": path,
                    "expect": raw if exp is None else exp,
                    "note": "in an annotation (/FreeText, a PDF reader's typewriter tool)",
                }
            )
    f.text(20, 132, "结案日期：")
    f.pdf.rect(42, 127, 62, 7)
    pdf_absent(f, "结案日期", "p1!43,132", "", "closed_date")
    f.text(20, 280, "表单编号 HX-QR-016  本表由供应商填写后回传。", size=8)


def return_zht_page2(f: PdfDraw) -> None:
    """成品退貨單 printed by an ERP on two pages: page 1 the header, the reason and the sign-off with
    ``退貨明細見第 2 頁``; page 2 under a repeated header ``（續）`` THE ITEM LINES alone."""
    f = CjkDraw.of(f)
    f.text(85, 18, "成品退貨單", size=15)
    head = [
        (20, 32, "退貨單號", "RT-KS-2603-044", "number", None),
        (115, 32, "開單日期", "2026/03/26", "issue_date", "2026-03-26"),
        (20, 42, "客戶", "仁寶電腦工業股份有限公司", "customer", None),
        (115, 42, "客訴單號", "CS-2603-0187", "complaint_number", None),
        (20, 56, "退貨原因", "散熱片鰭片倒伏，客戶組裝干涉。", "reason", None),
        (20, 66, "處理方式", "重工", "handling", ["rework"]),
        (20, 80, "倉管簽收", "呂佩珊", "warehouse_receiver", None),
        (115, 80, "主管核准", "鄭文彬", "approved_by", None),
    ]
    for x, y, lab, raw, path, exp in head:
        f.text(x, y, lab + "：")
        f.value(x + 20, y, raw, path=path, label=lab, expect=exp)
    f.text(20, 96, "退貨明細見第 2 頁。")
    f.text(95, 285, "第 1 頁 / 共 2 頁", size=8)
    f.pdf.add_page()
    f.text(20, 18, "成品退貨單（續）  退貨單號：RT-KS-2603-044", size=11)
    for x, h in ((20, "料號"), (55, "品名"), (95, "實退數量"), (125, "單價"), (155, "金額")):
        f.text(x, 32, h)
    f.pdf.line(18, 34, 190, 34)
    lines = [
        ("CP-HSK-2201", "散熱片", 480, 12.5),
        ("CP-HSK-2202", "散熱片扣具", 480, 1.8),
        ("CP-PAD-0310", "導熱墊", 200, 0.9),
    ]
    for i, (code, name, q, p) in enumerate(lines):
        y = 42 + 9 * i
        a = round(q * p, 2)
        f.value(20, y, code, path=f"items[{i}].part_no", label="料號")
        f.value(55, y, name, path=f"items[{i}].part_name", label="品名")
        f.value(95, y, f"{q:,}", path=f"items[{i}].qty_returned", label="實退數量", expect=q)
        f.value(125, y, f"{p:,.2f}", path=f"items[{i}].unit_price", label="單價", expect=money(p))
        f.value(155, y, f"{a:,.2f}", path=f"items[{i}].amount", label="金額", expect=money(a))
    f.text(95, 285, "第 2 頁 / 共 2 頁", size=8)


def _leader(f: PdfDraw, x: float, y: float, lab: str, stop: float) -> None:
    """``Label ........`` up to ``stop`` (dot leaders, as a typewritten form has them)."""
    f.text(x, y, lab)
    f.pdf.set_font("Helvetica", "", 9)
    dots = int((stop - x - f.pdf.get_string_width(lab) - 2) / f.pdf.get_string_width("."))
    f.pdf.text(x + f.pdf.get_string_width(lab) + 1, y, "." * max(dots, 3))


def allowance_en_debitnote(f: PdfDraw) -> None:
    """A customer's DEBIT NOTE for a quality claim (a chargeback the supplier books as an allowance),
    every header line ``Label ........ value`` with DOT LEADERS; the lines in a ruled table."""
    f.text(80, 18, "DEBIT NOTE", size=16, bold=True)
    f.text(62, 25, "Quality claim chargeback - please issue a credit", size=9)
    head = [
        (34, "Debit Note No.", "DN-26-0331-07", "number", None),
        (41, "Date", "31 March 2026", "issue_date", "2026-03-31"),
        (48, "Issued by (Buyer)", "Electrolux Home Products Pty Ltd", "buyer", None),
        (55, "Buyer ABN / Tax No.", "51 004 762 341", "buyer_tax_id", None),
        (62, "Against Invoice", "INV-2602-0917", "invoice_no", None),
        (69, "Invoice Date", "24 February 2026", "invoice_date", "2026-02-24"),
        (76, "Claim Reference", "QN-EHP-26-118", "complaint_number", None),
    ]
    for y, lab, raw, path, exp in head:
        _leader(f, 15, y, lab, 88)
        f.value(90, y, raw, path=path, label=lab, expect=exp)
    for x, h in ((15, "Description"), (95, "Qty"), (120, "Unit Price"), (150, "Amount"), (178, "GST")):
        f.text(x, 90, h, bold=True)
    f.pdf.line(13, 92, 197, 92)
    lines = [("Door hinge bracket - rejected", 640, 2.35), ("Sorting labour (hours)", 12, 45.0)]
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        y = 99 + 8 * i
        a = round(q * p, 2)
        t = round(a * 0.10 + 1e-9, 2)
        net, tax = net + a, tax + t
        f.value(15, y, name, path=f"items[{i}].name", label="Description")
        f.value(95, y, f"{q:,}", path=f"items[{i}].qty", label="Qty", expect=q)
        f.value(120, y, f"{p:,.2f}", path=f"items[{i}].unit_price", label="Unit Price", expect=money(p))
        f.value(150, y, f"{a:,.2f}", path=f"items[{i}].allowance_amount", label="Amount", expect=money(a))
        f.value(178, y, f"{t:,.2f}", path=f"items[{i}].tax", label="GST", expect=money(t))
    f.pdf.line(13, 117, 197, 117)
    for y, lab, raw, path in (
        (125, "Net amount", f"{net:,.2f}", "total_excl_tax"),
        (132, "GST 10%", f"{tax:,.2f}", "total_tax"),
        (139, "Total debit (AUD)", f"{net + tax:,.2f}", "total"),
    ):
        _leader(f, 110, y, lab, 148)
        f.value(150, y, raw, path=path, label=lab, expect=money(float(raw.replace(",", ""))))
    _leader(f, 15, 156, "Authorised (Supplier Quality Manager)", 88)
    f.value(90, 156, "Megan O'Brien", path=None, label="Authorised (Supplier Quality Manager)")


_CSS = (
    "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:92%}"
    "th,td{border:1px solid #444;padding:4px}th{background:#f3efe6;text-align:left;width:38%}"
    "p{margin:6px 10px}.note{font-size:8pt;color:#555}"
)


def complaint_en_india(f: HtmlForm) -> str:
    """An Indian OEM's supplier-portal complaint (Supplier Quality Complaint) printed by Chromium:
    quantities grouped in LAKHS (``1,20,000 Nos``), the date day-first with its format in the
    label (``Complaint Date (DD-MM-YYYY)`` ``05-03-2026``), a debit value in ``₹``."""
    f.raw("<h2>SUPPLIER QUALITY COMPLAINT (SQC)</h2>")
    kv(
        f,
        [
            ("SQC No.", "SQC/PUN/25-26/0417", "number", None),
            ("Complaint Date (DD-MM-YYYY)", "05-03-2026", "received_date", "2026-03-05"),
            ("Customer / Plant", "Tata Motors Ltd. - Pimpri Plant", "customer", None),
            ("Purchase Order", "5500183327", "order_no", None),
            ("Part No.", "TM-BRK-26519", "part_no", None),
            ("Part Description", "Brake pipe clip", "part_name", None),
            ("Supplied Qty", "1,20,000 Nos", "ship_qty", 120000),
            ("Rejected Qty", "1,850 Nos", "defect_qty", 1850),
            (
                "Problem Description",
                "Clip fails to hold pipe; spring leg cracked after assembly.",
                "description",
                None,
            ),
            ("Supplier Action Required", "Replacement", "customer_request", ["replacement"]),
            ("Debit Value", "₹ 1,25,400.00", None, None),
            ("Raised by", "Amit Kulkarni (SQA)", None, None),
        ],
    )
    f.raw('<p class="note">System generated document. Quantities in Nos (numbers); amounts in INR.</p>')
    return f.page("Supplier Quality Complaint", _CSS)


SENT_AS_PDF = [
    dict(
        id="complaint-en-india",
        kind="complaint",
        language="en",
        medium="html",
        draw=complaint_en_india,
        imitates="an Indian OEM's supplier-portal complaint: lakh-grouped quantities (1,20,000 Nos), a DD-MM-YYYY date named in its label",
        unmapped=["Debit Value", "Raised by"],
    ),
    dict(
        id="complaint-zh-annot",
        kind="complaint",
        language="zh-Hans",
        medium="fpdf",
        draw=complaint_zh_annot,
        copy2=True,
        after_print=_annotations,
        imitates="a customer's blank 客户投诉单 PDF filled with a PDF reader's typewriter: the values only in /FreeText annotations",
        unmapped=[],
    ),
    dict(
        id="return-zht-page2",
        kind="return",
        language="zh-Hant",
        medium="fpdf",
        draw=return_zht_page2,
        imitates="an ERP's 成品退貨單 on two pages: the header on page 1 (明細見第 2 頁), the item lines alone on page 2",
        unmapped=[],
    ),
    dict(
        id="allowance-en-debitnote",
        kind="allowance",
        language="en",
        medium="fpdf",
        draw=allowance_en_debitnote,
        imitates="a customer's DEBIT NOTE for a quality chargeback, header lines with dot leaders, GST 10%",
        unmapped=["Authorised (Supplier Quality Manager)"],
    ),
]


# =============================================================================== odd files
ODD = {
    "complaint-zipped-again.xlsx": "a workbook zipped again (complaint.zip holding complaint.xlsx) and renamed .xlsx by a mail gateway; no sheets at its top; a clear error, never a record",
    "return-photo-renamed.pdf": "a phone photo of the printed form (JPEG) renamed .pdf; no PDF at all; a clear error, never a record",
}


def _zipped_again() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "客诉单"
    wb.active["A1"] = "客户抱怨处理单"
    wb.active["A2"], wb.active["B2"] = "抱怨单号", "KS-260399"
    wb.active["A3"], wb.active["B3"] = "客户名称", "舜宇光学科技（集团）有限公司"
    inner = workbook_bytes(wb, dt.datetime(2026, 3, 20, 9, 0))
    return zip_bytes({"客诉单KS-260399.xlsx": inner})


def _photo() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 240), (236, 232, 220))
    draw = ImageDraw.Draw(img)
    draw.rectangle((30, 20, 290, 220), outline=(40, 40, 40), width=2)
    for y in range(50, 220, 24):
        draw.line((30, y, 290, y), fill=(60, 60, 60), width=1)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "complaint-zipped-again.xlsx").write_bytes(_zipped_again())
    (odd / "return-photo-renamed.pdf").write_bytes(_photo())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    if FPDF is None:
        print("fpdf2 is not installed: the PDFs sent alone are kept as committed")
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "seventeenth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
