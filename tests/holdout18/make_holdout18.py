"""Write the eighteenth held-out set (run: ``python tests/holdout18/make_holdout18.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: dates in the JAPANESE ERA (``令和8年3月5日``, ``R8.3.19``) on a
Japanese customer's 不具合連絡書, choices ticked with EMOJI (``✅ 換貨  ⬜ 退貨``) and a description pasted
with WINDOWS LINE ENDINGS (``_x000D_`` in the workbook), a SPANISH–ENGLISH claim of a Mexican plant
(``05-mar-2026``, ``2,400 pzas``), an 8D whose steps are rows of a STEP | CONTENT table numbered
with FULL-WIDTH ``Ｄ４``, an 8D whose steps are numbered ``8D-4``, a return note dated in the
BUDDHIST ERA (``15/03/2569``), a return note whose prices and amounts are LOOKUP FORMULAS on a
part-master sheet (cached values), dates and quantities SHOWN IN CHINESE NUMERALS BY A ``[DBNum]``
NUMBER FORMAT (the cells hold a date and numbers), a French–English AVOIR with amounts
``1 234,50 EUR``, an allowance filled on a COPY OF THE TEMPLATE SHEET (the blank template kept as
the first tab), an allowance whose item heading is TWO ROWS (``折讓`` over ``金額 | 稅額``); sent as
PDF only: an Indonesian–English complaint (``05 Maret 2026``, ``3.000 pcs``, Chromium), an 8D whose
page content is ONE FORM XOBJECT (as PDF tools that flatten or stamp pages write it), a 退貨單 whose
values are an OVERLAY merged onto the blank template (pypdf), an allowance printed as TWO COPIES
on one page (第一联 / 第二联, a cut line between). ``odd/`` holds a PDF locked with an open password
and a Chinese e-invoice in OFD (the national fixed-layout format), neither of which gives a record.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import secrets
import sys
import zipfile
from pathlib import Path

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
    cache,
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
    zip_bytes,
)

D = dt.date
SOURCE = dict(origin="eighteenth held-out imitation", source="tests/holdout18/make_holdout18.py")


def _rewrite(path: Path, change) -> None:
    """Rewrite each part of a saved workbook through ``change(name, bytes)`` (zip dates kept)."""
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            z.writestr(info, change(info.filename, data), compress_type=zipfile.ZIP_DEFLATED)


# =============================================================================== complaint
def reiwa(d: dt.date) -> str:
    """``令和8年3月5日``: the Japanese era year (令和 1 = 2019)."""
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def reiwa_short(d: dt.date) -> str:
    """``R8.3.19``: the era's letter and year, as Japanese forms abbreviate it."""
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def complaint_zh_reiwa(s: Sheet) -> None:
    """A Japanese customer's 不具合連絡書 answered as a 客户抱怨处理单: Japanese labels with the
    Chinese in parentheses (``発行日（受理日期）``), dates in the JAPANESE ERA (``令和8年3月5日``,
    the closing date ``R8.3.19``), 納入数 / 不良数 as numbers."""
    s.text("A1", "不具合連絡書（客户抱怨处理单）", "D1", size=14)
    plain(s, "A2", "様式 QF-701　日付は和暦で記入すること", "D2")
    lv(s, "A3", "管理番号（编号）", "B3", pick(s, "FC-DN-2603-015", "FC-DN-2604-022"), "number")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 16))
    lv(s, "C3", "発行日（受理日期）", "D3", reiwa(d), "received_date", expect=d.isoformat())
    lv(
        s,
        "A4",
        "客先（客户）",
        "B4",
        pick(s, "电装（天津）汽车部件有限公司", "爱信（南通）汽车零部件有限公司"),
        "customer",
        span="D4",
    )
    lv(s, "A5", "注文番号（订单号）", "B5", pick(s, "DT-PO-77120", "AS-PO-30981"), "order_no")
    lv(s, "C5", "品番（料号）", "D5", pick(s, "TJ-SNS-2207", "NT-VLV-0813"), "part_no")
    lv(s, "A6", "品名", "B6", pick(s, "传感器支架", "阀体垫片"), "part_name")
    lv(s, "C6", "ロット（批号）", "D6", pick(s, "LT260214", "LT260327"), "lot_no")
    lv(s, "A7", "納入数（交货数量）", "B7", pick(s, 5000, 8000), "ship_qty", fmt="#,##0")
    lv(s, "C7", "不良数（不良数量）", "D7", pick(s, 36, 120), "defect_qty")
    lv(
        s,
        "A8",
        "不具合内容（不良描述）",
        "B8",
        pick(s, "支架折弯角度超差 1.5°，装配时传感器无法到位。", "垫片冲切毛刺超 0.1mm，漏气检测 NG。"),
        "description",
        span="D8",
    )
    lv(
        s,
        "A9",
        "要求事項（客户要求）",
        "B9",
        pick(s, "交换（换货）", "選別（返工）"),
        "customer_request",
        expect=pick(s, ["replacement"], ["rework"]),
        span="D9",
    )
    lv(
        s,
        "A10",
        "暫定対策（临时对策）",
        "B10",
        pick(s, "在库 2,200 件全数检验折弯角度。", "在库品全数去毛刺后重检。"),
        "short_term_action",
        span="D10",
    )
    lv(s, "A11", "担当（经办人）", "B11", pick(s, "孙晓燕", "孙晓燕"), "reporter")
    lv(s, "C11", "上長（业务主管）", "D11", pick(s, "冯志刚", "邱建平"), "sales_supervisor")
    c = pick(s, D(2026, 3, 19), D(2026, 4, 30))
    lv(s, "A12", "完了日（结案日期）", "B12", reiwa_short(c), "closed_date", expect=c.isoformat())


def _crlf(path: Path, sheet: Sheet) -> None:
    """Text pasted from a Windows program keeps its CR LF: Excel stores the CR as ``_x000D_``."""
    if sheet.blank:
        return

    def change(name: str, data: bytes) -> bytes:
        if name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/sheet"):
            return data.replace(b"&#13;\n", b"_x000D_\n").replace(b"\r\n", b"_x000D_\n")
        return data

    _rewrite(path, change)


def complaint_zht_emoji(s: Sheet) -> None:
    """客訴處理單 filled by a sales engineer from a chat: the request ticked with EMOJI
    (``✅ 換貨　⬜ 退貨``), the description PASTED FROM A WINDOWS MAIL with its CR LF line ending
    (``_x000D_`` in the workbook), the received date ``2026/03/09``."""
    s.text("A1", "客訴處理單", "D1", size=15)
    lv(s, "A2", "客訴單號", "B2", pick(s, "CS-HC-26031", "CS-HC-26047"), "number")
    lv(
        s,
        "C2",
        "接單日期",
        "D2",
        pick(s, "2026/03/09", "2026/04/21"),
        "received_date",
        expect=pick(s, "2026-03-09", "2026-04-21"),
    )
    lv(s, "A3", "客戶", "B3", pick(s, "緯創資通股份有限公司", "廣達電腦股份有限公司"), "customer", span="D3")
    lv(s, "A4", "訂單號碼", "B4", pick(s, "WS-PO-880213", "QT-PO-551902"), "order_no")
    lv(s, "C4", "批號", "D4", pick(s, "HC2602-07", "HC2603-19"), "lot_no")
    lv(s, "A5", "料號", "B5", pick(s, "HC-CON-4P21", "HC-CON-6P08"), "part_no")
    lv(s, "C5", "品名", "D5", pick(s, "板端連接器 4P", "線端連接器 6P"), "part_name")
    lv(s, "A6", "出貨數量", "B6", pick(s, 24000, 16000), "ship_qty", fmt="#,##0")
    lv(s, "C6", "不良數量", "D6", pick(s, 180, 64), "defect_qty")
    text = pick(
        s,
        ("端子歪斜，客戶 SMT 後檢出。", "不良集中於 2/14 生產批。"),
        ("塑膠本體裂紋。", "客戶插拔 3 次後斷裂。"),
    )
    lv(s, "A7", "異常描述", "B7", "\r\n".join(text), "description", expect="\n".join(text), span="D7")
    if not s.blank:
        s.fields[-1]["value"] = "\n".join(text)
        s.fields[-1]["note"] = "pasted with CR LF (_x000D_ in the workbook)"
    options = ("換貨", "退貨", "重工", "折讓")
    chosen = pick(s, {"換貨"}, {"退貨", "折讓"})
    ticks = "　".join(f"{'✅' if o in chosen else '⬜'} {o}" for o in options)
    lv(
        s,
        "A8",
        "客戶要求",
        "B8",
        ticks,
        "customer_request",
        expect=pick(s, ["replacement"], ["return", "allowance"]),
        span="D8",
        blank_text="　".join(f"⬜ {o}" for o in options),
    )
    lv(
        s,
        "A9",
        "暫時對策",
        "B9",
        pick(s, "庫存 3,000 件全檢端子。", "在途品攔截並全檢。"),
        "short_term_action",
        span="D9",
    )
    lv(s, "A10", "業務承辦", "B10", pick(s, "洪千惠", "洪千惠"), "reporter")
    lv(s, "C10", "業務主管", "D10", pick(s, "賴志明", "江冠宇"), "sales_supervisor")


_MES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


def complaint_en_spanish(s: Sheet) -> None:
    """A Mexican plant's REPORTE DE QUEJA / COMPLAINT REPORT in SPANISH–ENGLISH labels (``No. de
    queja / Complaint No.``, ``Cliente / Customer``), the date with a SPANISH MONTH (``05-mar-2026``),
    quantities in ``pzas``; the closing date ``Pendiente / Pending``."""
    s.text("A1", "REPORTE DE QUEJA DE CLIENTE / CUSTOMER COMPLAINT REPORT", "D1", size=13)
    lv(s, "A2", "No. de queja / Complaint No.", "B2", "QJ-MTY-26-0142", "number")
    lv(s, "C2", "Fecha / Date", "D2", f"05-{_MES[2]}-2026", "received_date", expect="2026-03-05")
    lv(s, "A3", "Cliente / Customer", "B3", "Nemak Monterrey S.A. de C.V.", "customer", span="D3")
    lv(s, "A4", "Orden de compra / PO", "B4", "4500981276", "order_no")
    lv(s, "C4", "Lote / Lot", "D4", "L0226-17", "lot_no")
    lv(s, "A5", "No. de parte / Part No.", "B5", "NM-GSK-4410", "part_no")
    lv(s, "C5", "Nombre de la parte / Part name", "D5", "Junta de culata (head gasket)", "part_name")
    lv(s, "A6", "Cantidad enviada / Qty shipped", "B6", "2,400 pzas", "ship_qty", expect=2400)
    lv(s, "C6", "Cantidad rechazada / Qty rejected", "D6", "75 pzas", "defect_qty", expect=75)
    lv(
        s,
        "A7",
        "Descripción del defecto / Defect description",
        "B7",
        "Fuga en prueba de presión; rebaba en el borde del orificio 3.",
        "description",
        span="D7",
    )
    lv(
        s,
        "A8",
        "Acción requerida / Action required",
        "B8",
        "Reemplazo / Replacement",
        "customer_request",
        expect=["replacement"],
        span="D8",
    )
    lv(
        s,
        "A9",
        "Contención / Containment",
        "B9",
        "Inspección 100 % del inventario en planta (1,150 pzas).",
        "short_term_action",
        span="D9",
    )
    lv(s, "A10", "Responsable proveedor / Supplier contact", "B10", "Jiang Wei", "reporter")
    lv(s, "C10", "Fecha de cierre / Closing date", "D10", "Pendiente / Pending", None)
    absent(s, "Fecha de cierre / Closing date", "D10", "Pendiente / Pending", "closed_date")


# =============================================================================== 8D
def eightd_zh_fwsteps(s: Sheet) -> None:
    """8D 报告 whose steps are the ROWS OF A TWO-COLUMN TABLE ``步骤 | 内容``, the D-numbers typed
    FULL-WIDTH (``Ｄ１　小组成员``, ``Ｄ４－１　发生原因``) by a Chinese input method; the closing date
    and the approver in the Ｄ８ rows."""
    s.text("A1", "8D 改善报告", "D1", size=15)
    lv(s, "A2", "报告编号", "B2", pick(s, "8D-HZ-2603-011", "8D-HZ-2604-027"), "number")
    lv(s, "C2", "客户", "D2", pick(s, "宁德时代新能源科技股份有限公司", "比亚迪汽车工业有限公司"), "customer")
    lv(s, "A3", "客诉单号", "B3", pick(s, "KS-HZ-260311", "KS-HZ-260420"), "complaint_number")
    lv(s, "C3", "料号", "D3", pick(s, "HZ-BUS-1120", "HZ-BUS-1345"), "part_no")
    lv(s, "A4", "开立日期", "B4", pick(s, D(2026, 3, 11), D(2026, 4, 20)), "opened_date")
    lv(s, "C4", "不良数量", "D4", pick(s, 260, 75), "problem.qty_complained")
    head_row(s, 6, "AB", ("步骤", "内容"))
    s.ws.merge_cells("B6:D6")
    team = pick(s, ["魏红梅", "焦立新", "石磊"], ["魏红梅", "曹阳"])
    rows = (
        ("Ｄ０　紧急反应", pick(s, "接到客诉 2 小时内通知生产停线。", "当日冻结库存。"), None),
        ("Ｄ１　小组成员", "、".join(team), None),
        (
            "Ｄ２　问题描述",
            pick(s, "铜排折弯处开裂 260 件，客户模组装配时发现。", "铜排镀镍层起泡 75 件。"),
            "problem.statement",
        ),
        (
            "Ｄ３　临时措施",
            pick(s, "在库 4,100 件全检折弯 R 角。", "库存品 100% 目检镀层。"),
            "containment[0].action",
        ),
        (
            "Ｄ４－１　发生原因",
            pick(s, "折弯模 R 角磨损至 0.3mm。", "镀前除油槽浓度不足。"),
            "root_cause[type=occurrence].cause",
        ),
        (
            "Ｄ４－２　流出原因",
            pick(s, "出货检验未含折弯开裂项目。", "镀层附着力只做首件。"),
            "root_cause[type=escape].cause",
        ),
        (
            "Ｄ５　永久措施",
            pick(s, "折弯模每 2 万次修磨并点检 R 角。", "除油槽每班滴定。"),
            "corrective_actions[0].action",
        ),
        ("Ｄ６　效果验证", pick(s, "连续 4 批零开裂。", "连续 6 批附着力合格。"), "implementation[0].result"),
        (
            "Ｄ７　预防再发",
            pick(s, "同类铜排 5 个料号横向展开。", "展开至全部镀镍件。"),
            "prevention.horizontal_deployment",
        ),
    )
    r = 7
    for step, raw, path in rows:
        s.text(f"A{r}", step, shade=True)
        s.value(f"B{r}", raw, path=path, label=step, span=f"D{r}")
        r += 1
    members(s, "Ｄ１　小组成员", "B8", "、".join(team), team)
    lv(
        s,
        f"A{r}",
        "Ｄ８　结案日期",
        f"B{r}",
        pick(s, D(2026, 4, 24), D(2026, 5, 29)),
        "closure.closed_date",
        span=f"D{r}",
    )
    lv(
        s,
        f"A{r + 1}",
        "Ｄ８　批准",
        f"B{r + 1}",
        pick(s, "章国庆", "章国庆"),
        "closure.approved_by",
        span=f"D{r + 1}",
    )


def eightd_en_dashnum(s: Sheet) -> None:
    """An English 8D whose steps are numbered ``8D-1`` … ``8D-8`` (not D1 … D8), each step's label
    in a shaded row ABOVE its text; dates ``2026.03.12``; the approval ``TBD``."""
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "D1", size=14)
    lv(s, "A2", "Report #", "B2", "CAR-8D-26-0117", "number")
    lv(s, "C2", "Opened", "D2", "2026.03.12", "opened_date", expect="2026-03-12")
    lv(s, "A3", "Customer", "B3", "Continental Automotive Changchun", "customer")
    lv(s, "C3", "Customer Complaint #", "D3", "CC-QN-2026-0451", "complaint_number")
    lv(s, "A4", "P/N", "B4", "CA-HSG-7731", "part_no")
    lv(s, "C4", "Qty Suspect", "D4", "3,600", "problem.qty_complained", expect=3600)
    blocks = (
        ("8D-1 Team", "Liu Yang (leader), Grace Chen, Tom Becker", None),
        (
            "8D-2 Problem",
            "Housing latch short shot on 3,600 pcs, found at customer EOL test.",
            "problem.statement",
        ),
        (
            "8D-3 Containment",
            "Sorted 9,800 pcs in stock and in transit; 212 rejects.",
            "containment[0].action",
        ),
        (
            "8D-4 Root Cause (Occurrence)",
            "Hot-runner tip 4 blocked; the cavity filled short.",
            "root_cause[type=occurrence].cause",
        ),
        (
            "8D-4 Root Cause (Escape)",
            "Camera inspected the latch only on cavity 1.",
            "root_cause[type=escape].cause",
        ),
        (
            "8D-5 Corrective Action",
            "Tip temperature alarm per cavity; camera on all 8 cavities.",
            "corrective_actions[0].action",
        ),
        ("8D-6 Validation", "Zero short shots in 21 days (44,000 pcs).", "implementation[0].result"),
        (
            "8D-7 Prevention",
            "Alarm rolled out to the 6 other hot-runner moulds.",
            "prevention.horizontal_deployment",
        ),
    )
    r = 6
    for lab, raw, path in blocks:
        s.text(f"A{r}", lab, f"D{r}", bold=True, shade=True)
        s.value(f"A{r + 1}", raw, path=path, label=lab, span=f"D{r + 1}")
        r += 2
    members(
        s,
        "8D-1 Team",
        "A7",
        "Liu Yang (leader), Grace Chen, Tom Becker",
        ("Liu Yang", "Grace Chen", "Tom Becker"),
    )
    s.text(f"A{r}", "8D-8 Closure", f"D{r}", bold=True, shade=True)
    lv(s, f"A{r + 1}", "Closed", f"B{r + 1}", "2026.04.27", "closure.closed_date", expect="2026-04-27")
    lv(s, f"C{r + 1}", "Approved by", f"D{r + 1}", "TBD", None)
    absent(s, "Approved by", f"D{r + 1}", "TBD", "closure.approved_by")


# =============================================================================== return
def buddhist(d: dt.date) -> str:
    """``15/03/2569``: day first, the year of the Buddhist era (B.E. = A.D. + 543)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def return_en_buddhist(s: Sheet) -> None:
    """A Thai customer's GOODS RETURN NOTE whose dates are in the BUDDHIST ERA (``15/03/2569`` under
    ``Date (B.E.)``), the received date too; amounts in THB."""
    s.text("A1", "GOODS RETURN NOTE", "F1", size=14)
    plain(s, "A2", "All dates in Buddhist Era (B.E.)", "F2")
    lv(s, "A3", "GRN No.", "B3", pick(s, "GRN-BKK-69-0315", "GRN-BKK-69-0422"), "number")
    d = pick(s, D(2026, 3, 15), D(2026, 4, 22))
    lv(s, "C3", "Date (B.E.)", "D3", buddhist(d), "issue_date", expect=d.isoformat(), span="F3")
    lv(
        s,
        "A4",
        "Customer",
        "B4",
        pick(s, "Siam Denso Manufacturing Co., Ltd.", "Thai Summit Autoparts Co., Ltd."),
        "customer",
    )
    lv(
        s,
        "C4",
        "Complaint Ref.",
        "D4",
        pick(s, "SDM-QC-69-044", "TSA-QC-69-071"),
        "complaint_number",
        span="F4",
    )
    head_row(
        s, 5, "ABCDEF", ("Part No.", "Description", "Qty Approved", "Qty Returned", "Unit Price", "Amount")
    )
    lines = pick(
        s,
        [
            ("SD-CLP-3301", "Hose clip 32 mm", 1200, 1200, 1.85),
            ("SD-CLP-3302", "Hose clip 40 mm", 600, 588, 2.1),
        ],
        [("TS-NUT-0808", "Flange nut M8", 5000, 4950, 0.42)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 6 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="Part No.")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="Qty Approved", fmt="#,##0")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="Qty Returned", fmt="#,##0")
        s.value(
            f"E{r}", p, path=f"items[{i}].unit_price", label="Unit Price", expect=money(p), fmt="#,##0.00"
        )
        s.value(
            f"F{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="Amount",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    lv(
        s,
        "A8",
        "Reason",
        "B8",
        pick(s, "Clip spring force below 45 N.", "Thread galling on assembly."),
        "reason",
        span="F8",
    )
    lv(
        s,
        "A9",
        "Disposition",
        "B9",
        pick(s, "Scrap", "Rework"),
        "handling",
        expect=[pick(s, "scrap", "rework")],
        span="F9",
    )
    lv(s, "A10", "Received by", "B10", pick(s, "Somchai K.", "Anan P."), "warehouse_receiver")
    r = pick(s, D(2026, 3, 18), D(2026, 4, 25))
    lv(
        s,
        "C10",
        "Received Date (B.E.)",
        "D10",
        buddhist(r),
        "received_date",
        expect=r.isoformat(),
        span="F10",
    )
    lv(s, "A11", "Approved by", "B11", pick(s, "Wanida S.", "Wanida S."), "approved_by")


_MASTER = (
    ("IX-BZL-5530", "面板前框", 6.5),
    ("IX-BZL-5531", "面板後框", 7.2),
    ("IX-FRM-6612", "鐵框", 3.85),
    ("IX-CLP-0207", "卡勾蓋", 0.8),
)


def return_zht_lookup(s: Sheet) -> None:
    """成品退貨單 whose 單價 are LOOKUP FORMULAS (``=VLOOKUP(A6,'料號主檔'!A:C,3,0)``) on a
    PART-MASTER SHEET and whose 金額 multiply them, each with the value Excel cached; the master
    sheet lists parts not returned too."""
    s.text("A1", "成品退貨單", "F1", size=15)
    lv(s, "A2", "退貨單號", "B2", "RT-HC-2603-052", "number")
    lv(s, "C2", "開單日期", "D2", D(2026, 3, 24), "issue_date", span="F2", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶", "B3", "群創光電股份有限公司", "customer")
    lv(s, "C3", "客訴單號", "D3", "QC-2603-0107", "complaint_number", span="F3")
    head_row(s, 5, "ABCDEF", ("料號", "品名", "核准數量", "實退數量", "單價", "金額"))
    lines = (("IX-BZL-5530", 200, 196), ("IX-CLP-0207", 200, 200))
    prices = {code: p for code, _, p in _MASTER}
    names = {code: n for code, n, _ in _MASTER}
    for i, (code, qa, q) in enumerate(lines):
        r = 6 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", names[code], path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核准數量")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="實退數量")
        s.box(f"E{r}")
        s.box(f"F{r}")
        if not s.blank:
            p = prices[code]
            cache(s, f"E{r}", f"=VLOOKUP(A{r},'料號主檔'!$A$3:$C$6,3,0)", p, "#,##0.00")
            cache(s, f"F{r}", f"=D{r}*E{r}", round(q * p, 2), "#,##0.00")
            field(
                s,
                "單價",
                f"E{r}",
                f"=VLOOKUP(…) cached {p}",
                f"items[{i}].unit_price",
                money(p),
                note="a lookup formula on the part-master sheet, its cached value",
            )
            field(
                s,
                "金額",
                f"F{r}",
                f"=D{r}*E{r} cached {round(q * p, 2)}",
                f"items[{i}].amount",
                money(q * p),
                note="a formula, its cached value",
            )
    lv(s, "A8", "退貨原因", "B8", "前框卡勾斷裂，客戶組裝段檢出。", "reason", span="F8")
    lv(s, "A9", "處理方式", "B9", "報廢", "handling", expect=["scrap"], span="F9")
    lv(s, "A10", "倉管簽收", "B10", "林怡君", "warehouse_receiver")
    lv(s, "C10", "主管核准", "D10", "蔡宗翰", "approved_by", span="F10")
    with on(s, "料號主檔", widths=dict(A=16, B=16, C=10)):
        s.text("A1", "料號主檔（單價 NT$）", "C1", bold=True)
        head_row(s, 2, "ABC", ("料號", "品名", "單價"))
        for r, (code, name, p) in enumerate(_MASTER, 3):
            s.text(f"A{r}", code)
            s.text(f"B{r}", name)
            s.ws[f"C{r}"].value = p
            s.ws[f"C{r}"].number_format = "0.00"


_DBNUM_DATE = '[DBNum1][$-804]yyyy"年"m"月"d"日"'
_DBNUM_CAPS = "[DBNum2][$-804]General"


def return_zh_dbnum(s: Sheet) -> None:
    """成品退货单 whose cells hold a date and numbers SHOWN IN CHINESE NUMERALS BY THEIR NUMBER
    FORMAT: 制单日期 ``[DBNum1]yyyy"年"m"月"d"日"`` (the print shows 二〇二六年三月二十日), 退回数量
    ``[DBNum2]`` (the print shows 叁佰壹拾贰; Format Cells → Special → Chinese capital numbers)."""
    s.text("A1", "成品退货单", "F1", size=15)
    lv(s, "A2", "退货单号", "B2", pick(s, "TH-NB-2603-029", "TH-NB-2604-044"), "number")
    lv(
        s,
        "C2",
        "制单日期",
        "D2",
        pick(s, D(2026, 3, 20), D(2026, 4, 27)),
        "issue_date",
        span="F2",
        fmt=_DBNUM_DATE,
    )
    lv(s, "A3", "客户", "B3", pick(s, "宁波均胜电子股份有限公司", "华域汽车系统股份有限公司"), "customer")
    lv(s, "C3", "客诉单号", "D3", pick(s, "KS-NB-260318", "KS-NB-260425"), "complaint_number", span="F3")
    head_row(s, 4, "ABCDEF", ("料号", "品名", "退回数量", "单位", "单价", "金额"))
    lines = pick(
        s,
        [("NB-SPR-0330", "压簧", 312, 0.45), ("NB-SPR-0331", "拉簧", 150, 0.62)],
        [("NB-TRM-1108", "端子", 2400, 0.08), ("NB-HSG-1109", "护套", 600, 0.35)],
    )
    for i, (code, name, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料号")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label="退回数量", fmt=_DBNUM_CAPS)
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
    lv(s, "A7", "退货原因", "B7", pick(s, "弹簧自由长度超差。", "端子压接高度不良。"), "reason", span="F7")
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
    lv(s, "A9", "仓库签收", "B9", pick(s, "毛建军", "俞佳"), "warehouse_receiver")
    lv(s, "C9", "审批", "D9", pick(s, "应海波", "应海波"), "approved_by", span="F9")


# =============================================================================== allowance
def eur(x: float) -> str:
    """``1 234,50 EUR``: a space between the thousands, a decimal comma, the currency code after."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{cents} EUR"


def allowance_en_french(s: Sheet) -> None:
    """A French customer's AVOIR / CREDIT NOTE in FRENCH–ENGLISH labels, amounts typed
    ``1 234,50 EUR`` (a space between the thousands, a decimal comma, the currency code after),
    dates ``31/03/2026``, TVA 20 %."""
    s.text("A1", "AVOIR / CREDIT NOTE", "E1", size=14)
    lv(s, "A2", "N° d'avoir / Credit note No.", "B2", pick(s, "AV-2026-0318", "AV-2026-0427"), "number")
    d = pick(s, D(2026, 3, 31), D(2026, 4, 29))
    lv(s, "C2", "Date", "D2", d.strftime("%d/%m/%Y"), "issue_date", expect=d.isoformat(), span="E2")
    lv(
        s,
        "A3",
        "Client / Customer",
        "B3",
        pick(s, "Valeo Systèmes Thermiques SAS", "Forvia Interior SAS"),
        "buyer",
        span="E3",
    )
    lv(
        s,
        "A4",
        "N° TVA / VAT No.",
        "B4",
        pick(s, "FR 40 955 812 457", "FR 72 542 097 902"),
        "buyer_tax_id",
        span="E4",
    )
    lv(
        s,
        "A5",
        "Facture d'origine / Original invoice",
        "B5",
        pick(s, "FA-26-00912", "FA-26-01188"),
        "invoice_no",
    )
    i = pick(s, D(2026, 2, 24), D(2026, 3, 30))
    lv(
        s,
        "C5",
        "Date facture / Invoice date",
        "D5",
        i.strftime("%d/%m/%Y"),
        "invoice_date",
        expect=i.isoformat(),
        span="E5",
    )
    lv(
        s,
        "A6",
        "Réf. réclamation / Claim ref.",
        "B6",
        pick(s, "REC-VST-26-031", "REC-FIS-26-058"),
        "complaint_number",
        span="E6",
    )
    head_row(
        s, 8, "ABCD", ("Désignation / Description", "Qté / Qty", "P.U. / Unit price", "Montant HT / Amount")
    )
    lines = pick(
        s,
        [("Support radiateur - refusé", 96, 12.5), ("Tri sur site (heures)", 18, 45.0)],
        [("Clip de garniture - refusé", 1500, 0.84)],
    )
    net = 0.0
    for k, (name, q, p) in enumerate(lines):
        r = 9 + k
        a = round(q * p, 2)
        net += a
        s.value(f"A{r}", name, path=f"items[{k}].name", label="Désignation / Description")
        s.value(f"B{r}", q, path=f"items[{k}].qty", label="Qté / Qty")
        s.value(f"C{r}", eur(p), path=f"items[{k}].unit_price", label="P.U. / Unit price", expect=money(p))
        s.value(
            f"D{r}", eur(a), path=f"items[{k}].allowance_amount", label="Montant HT / Amount", expect=money(a)
        )
    tax = round(net * 0.20 + 1e-9, 2)
    for r, lab, x, path in (
        (12, "Total HT / Net", net, "total_excl_tax"),
        (13, "TVA 20 % / VAT 20 %", tax, "total_tax"),
        (14, "Total TTC / Total", net + tax, "total"),
    ):
        label(s, f"A{r}", lab, f"C{r}")
        s.value(f"D{r}", eur(x), path=path, label=lab, expect=money(x))
    lv(
        s,
        "A15",
        "Visa responsable / Manager",
        "B15",
        pick(s, "Claire Dubois", "Julien Moreau"),
        "approved_by_manager",
        span="D15",
    )


def _tab_form(s: Sheet) -> None:
    """The 销货折让证明单 drawn on ``s.ws`` (the blank template tab or the clerk's copy of it)."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    lv(s, "A2", "证明单编号", "B2", "ZR-WX-2603-06", "number")
    lv(s, "C2", "开具日期", "D2", D(2026, 3, 27), "issue_date", span="E2", fmt="yyyy-mm-dd")
    lv(s, "A3", "购买方", "B3", "无锡村田电子有限公司", "buyer", span="E3")
    lv(s, "A4", "购买方税号", "B4", "91320214607988215C", "buyer_tax_id", span="E4")
    lv(s, "A5", "原发票号码", "B5", "26322000000041187730", "invoice_no")
    lv(s, "C5", "原开票日期", "D5", D(2026, 3, 2), "invoice_date", span="E5", fmt="yyyy-mm-dd")
    lv(s, "A6", "客诉单号", "B6", "KS-WX-260309", "complaint_number", span="E6")
    head_row(s, 7, "ABCDE", ("货物名称", "数量", "单价", "折让金额", "税额"))
    lines = (("电感线圈骨架", 2000, 0.36), ("屏蔽盖", 2000, 0.12))
    net = tax = 0.0
    for k, (name, q, p) in enumerate(lines):
        r = 8 + k
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{k}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{k}].qty", label="数量")
        s.value(f"C{r}", p, path=f"items[{k}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(
            f"D{r}", a, path=f"items[{k}].allowance_amount", label="折让金额", expect=money(a), fmt="#,##0.00"
        )
        s.value(f"E{r}", t, path=f"items[{k}].tax", label="税额", expect=money(t), fmt="#,##0.00")
    s.text("A10", "合计", "C10", bold=True)
    s.value(
        "D10", round(net, 2), path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt="#,##0.00"
    )
    s.value("E10", round(tax, 2), path="total_tax", label="合计 税额", expect=money(tax), fmt="#,##0.00")
    lv(s, "A11", "价税合计", "B11", round(net + tax, 2), "total", expect=money(net + tax), fmt="#,##0.00")
    lv(s, "C11", "经理", "D11", "吴志鹏", "approved_by_manager", span="E11")


def allowance_zh_tabcopy(s: Sheet) -> None:
    """销货折让证明单 filled on a COPY OF THE TEMPLATE SHEET (right click → Move or Copy, renamed
    ``3月-村田``): the blank template ``模板`` stays the first tab, the filled copy is the second and
    the active one; LibreOffice prints both (the blank page first)."""
    blank, fields = s.blank, list(s.fields)
    s.blank = True
    _tab_form(s)
    s.blank = blank
    s.fields[:] = fields
    with on(s, "3月-村田", widths=dict(A=16, B=14, C=14, D=16, E=16)) as ws:
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        _tab_form(s)
    if not s.blank:
        s.wb.active = 1
        s.wb.worksheets[0].sheet_view.tabSelected = False
        s.wb.worksheets[1].sheet_view.tabSelected = True


def allowance_zht_twohead(s: Sheet) -> None:
    """銷貨折讓證明單 whose item heading is TWO ROWS: ``品名`` / ``數量`` / ``單價`` merged down over
    both, ``折讓`` merged across ``金額 | 營業稅額`` under it; 統一編號 as text; 總經理 left empty."""
    s.text("A1", "營業人銷貨折讓證明單", "E1", size=15)
    lv(s, "A2", "折讓單號", "B2", "ZR-TY-2603-14", "number")
    lv(s, "C2", "開立日期", "D2", "2026/03/30", "issue_date", expect="2026-03-30", span="E2")
    lv(s, "A3", "買受人", "B3", "和碩聯合科技股份有限公司", "buyer")
    lv(s, "C3", "統一編號", "D3", "84149738", "buyer_tax_id", span="E3")
    lv(s, "A4", "原發票號碼", "B4", "TY-41228730", "invoice_no")
    lv(s, "C4", "發票日期", "D4", "2026/03/06", "invoice_date", expect="2026-03-06", span="E4")
    lv(s, "A5", "客訴單號", "B5", "QC-PG-26-0319", "complaint_number", span="E5")
    for ref, span, h in (
        ("A6", "A7", "品名"),
        ("B6", "B7", "數量"),
        ("C6", "C7", "單價"),
        ("D6", "E6", "折讓"),
    ):
        s.text(ref, h, span, bold=True, shade=True, center=True)
    s.text("D7", "金額", bold=True, shade=True, center=True)
    s.text("E7", "營業稅額", bold=True, shade=True, center=True)
    lines = (("散熱風扇 40mm", 300, 28.0), ("風扇線材組", 300, 3.5))
    net = tax = 0.0
    for k, (name, q, p) in enumerate(lines):
        r = 8 + k
        a, t = round(q * p, 2), float(int(q * p * 0.05 + 0.5))  # 營業稅額 in whole NT$ (half up)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{k}].name", label="品名")
        s.value(f"B{r}", q, path=f"items[{k}].qty", label="數量")
        s.value(f"C{r}", p, path=f"items[{k}].unit_price", label="單價", expect=money(p), fmt="#,##0.00")
        s.value(
            f"D{r}", a, path=f"items[{k}].allowance_amount", label="折讓 金額", expect=money(a), fmt="#,##0"
        )
        s.value(f"E{r}", t, path=f"items[{k}].tax", label="折讓 營業稅額", expect=money(t), fmt="#,##0")
    s.text("A10", "合計", "C10", bold=True)
    s.value("D10", round(net, 2), path="total_excl_tax", label="合計 金額", expect=money(net), fmt="#,##0")
    s.value("E10", round(tax, 2), path="total_tax", label="合計 營業稅額", expect=money(tax), fmt="#,##0")
    lv(s, "A11", "經理", "B11", "簡文雄", "approved_by_manager")
    label(s, "C11", "總經理")
    s.box("D11", "E11")
    absent(s, "總經理", "D11", "", "approved_by_gm")


W4 = dict(A=24, B=28, C=24, D=28)
W6 = dict(A=14, B=22, C=12, D=12, E=12, F=14)
EXCEL = [
    excel_layout(
        "complaint-zh-reiwa",
        "complaint",
        "zh-Hans",
        complaint_zh_reiwa,
        "不具合連絡書",
        W4,
        "a Japanese customer's 不具合連絡書 with Japanese–Chinese labels and dates in the Japanese era (令和8年3月5日, R8.3.19)",
        copy2=True,
    ),
    excel_layout(
        "complaint-zht-emoji",
        "complaint",
        "zh-Hant",
        complaint_zht_emoji,
        "客訴",
        W4,
        "客訴處理單 with the request ticked by emoji (✅ / ⬜) and a description pasted with CR LF (_x000D_)",
        copy2=True,
        after_save=_crlf,
    ),
    excel_layout(
        "complaint-en-spanish",
        "complaint",
        "en",
        complaint_en_spanish,
        "Queja",
        dict(A=30, B=30, C=30, D=28),
        "a Mexican plant's Spanish–English complaint report: 05-mar-2026, 2,400 pzas, Pendiente / Pending",
    ),
    excel_layout(
        "8d-zh-fwsteps",
        "8d",
        "zh-Hans",
        eightd_zh_fwsteps,
        "8D",
        dict(A=18, B=24, C=16, D=30),
        "8D 报告 whose steps are rows of a 步骤 | 内容 table with full-width D-numbers (Ｄ４－１)",
        copy2=True,
    ),
    excel_layout(
        "8d-en-dashnum",
        "8d",
        "en",
        eightd_en_dashnum,
        "8D",
        dict(A=22, B=30, C=22, D=30),
        "an English 8D whose steps are numbered 8D-1 … 8D-8, each label in a shaded row above its text",
    ),
    excel_layout(
        "return-en-buddhist",
        "return",
        "en",
        return_en_buddhist,
        "GRN",
        W6,
        "a Thai customer's goods return note dated in the Buddhist era (15/03/2569)",
        copy2=True,
    ),
    excel_layout(
        "return-zht-lookup",
        "return",
        "zh-Hant",
        return_zht_lookup,
        "退貨單",
        W6,
        "成品退貨單 whose prices are VLOOKUP formulas on a part-master sheet (cached values)",
        ["料號主檔"],
    ),
    excel_layout(
        "return-zh-dbnum",
        "return",
        "zh-Hans",
        return_zh_dbnum,
        "退货单",
        W6,
        "成品退货单 whose date and quantities are shown in Chinese numerals by [DBNum1] / [DBNum2] formats",
        copy2=True,
    ),
    excel_layout(
        "allowance-en-french",
        "allowance",
        "en",
        allowance_en_french,
        "Avoir",
        dict(A=34, B=22, C=22, D=24, E=16),
        "a French customer's Avoir / Credit Note, French–English labels, 1 234,50 EUR amounts",
        copy2=True,
    ),
    excel_layout(
        "allowance-zh-tabcopy",
        "allowance",
        "zh-Hans",
        allowance_zh_tabcopy,
        "模板",
        dict(A=16, B=14, C=14, D=16, E=16),
        "销货折让证明单 filled on a copy of the template sheet, the blank template kept as the first tab",
    ),
    excel_layout(
        "allowance-zht-twohead",
        "allowance",
        "zh-Hant",
        allowance_zht_twohead,
        "折讓",
        dict(A=22, B=12, C=12, D=14, E=14),
        "營業人銷貨折讓證明單 whose item heading is two rows (折讓 over 金額 | 營業稅額)",
    ),
]


# =============================================================================== sent as PDF only
_CSS = (
    "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:92%}"
    "th,td{border:1px solid #555;padding:4px}th{background:#e8f0f8;text-align:left;width:40%}"
    "p{margin:6px 10px}.note{font-size:8pt;color:#555}"
)
_BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def complaint_en_indonesian(f: HtmlForm) -> str:
    """An Indonesian customer's portal KELUHAN PELANGGAN / CUSTOMER COMPLAINT printed by Chromium:
    INDONESIAN–ENGLISH labels, the date with an INDONESIAN MONTH (``05 Maret 2026``), quantities with
    a dot between the thousands (``3.000 pcs``)."""
    f.raw("<h2>KELUHAN PELANGGAN / CUSTOMER COMPLAINT</h2>")
    d = pick(f, D(2026, 3, 5), D(2026, 5, 18))
    kv(
        f,
        [
            (
                "No. Keluhan / Complaint No.",
                pick(f, "KP/AHM/2026/03/0087", "KP/AHM/2026/05/0142"),
                "number",
                None,
            ),
            ("Tanggal / Date", f"{d.day:02d} {_BULAN[d.month - 1]} {d.year}", "received_date", d.isoformat()),
            (
                "Pelanggan / Customer",
                pick(f, "PT Astra Honda Motor", "PT Yamaha Indonesia Motor Mfg."),
                "customer",
                None,
            ),
            ("No. PO / PO No.", pick(f, "AHM-PO-2602-5531", "YIMM-PO-2604-0917"), "order_no", None),
            ("No. Part / Part No.", pick(f, "50715-K0J-N000", "2PH-F7413-00"), "part_no", None),
            ("Nama Part / Part Name", pick(f, "Bracket footstep", "Stay, muffler"), "part_name", None),
            (
                "Jumlah Kirim / Qty Delivered",
                pick(f, "3.000 pcs", "12.500 pcs"),
                "ship_qty",
                pick(f, 3000, 12500),
            ),
            ("Jumlah NG / Qty NG", pick(f, "48 pcs", "1.250 pcs"), "defect_qty", pick(f, 48, 1250)),
            (
                "Uraian Masalah / Problem Description",
                pick(
                    f,
                    "Lubang baut tidak tembus (hole not pierced) on 48 pcs.",
                    "Las retak (weld crack) at the stay.",
                ),
                "description",
                None,
            ),
            (
                "Permintaan / Request",
                pick(f, "Penggantian / Replacement", "Pengembalian / Return"),
                "customer_request",
                [pick(f, "replacement", "return")],
            ),
            (
                "Tindakan Sementara / Temporary Action",
                pick(f, "Sortir 100% stok di gudang.", "Karantina stok."),
                "short_term_action",
                None,
            ),
            ("PIC Pemasok / Supplier PIC", pick(f, "Budi Santoso", "Budi Santoso"), "reporter", None),
        ],
    )
    f.raw('<p class="note">Dokumen ini dicetak dari sistem / printed from the supplier portal.</p>')
    return f.page("Keluhan Pelanggan", _CSS)


def _xobject(path: Path, form) -> None:
    """Wrap each page's content in ONE FORM XOBJECT drawn by a one-line content stream, as PDF
    tools that flatten, stamp or impose pages write them."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        xo = DecodedStreamObject()
        xo.set_data(page.get_contents().get_data())
        xo.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject([FloatObject(float(v)) for v in page.mediabox]),
                NameObject("/Resources"): page["/Resources"],
            }
        )
        ref = writer._add_object(xo)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): ref})}
        )
        body = DecodedStreamObject()
        body.set_data(b"q 1 0 0 1 0 0 cm /Fm0 Do Q")
        page.replace_contents(body)
    with open(path, "wb") as fh:
        writer.write(fh)


def eightd_zht_xobject(f: PdfDraw) -> None:
    """8D 報告 drawn by a report writer and passed through a PDF tool that puts the WHOLE PAGE IN
    ONE FORM XOBJECT (``/Fm0 Do``): labels left, values right, the steps one under another."""
    f = CjkDraw.of(f)
    f.text(88, 18, "8D 問題解決報告", size=15)
    rows = [
        (30, "報告編號", "8D-TY-26-0048", "number", None),
        (38, "客戶", "和碩聯合科技股份有限公司", "customer", None),
        (46, "客訴單號", "QC-PG-26-0319", "complaint_number", None),
        (54, "料號", "TY-FAN-4010", "part_no", None),
        (62, "開立日期", "2026/03/19", "opened_date", "2026-03-19"),
        (70, "不良數", "300", "problem.qty_complained", 300),
        (82, "D2 問題描述", "風扇轉速不足 300 件，客戶老化測試檢出。", "problem.statement", None),
        (94, "D3 圍堵措施", "庫存 2,400 件全數測轉速。", "containment[0].action", None),
        (106, "D4 發生原因", "軸承含油量不足。", "root_cause[type=occurrence].cause", None),
        (114, "D4 流出原因", "出貨測試只抽測 5 件。", "root_cause[type=escape].cause", None),
        (126, "D5 永久對策", "軸承供應商加測含油率。", "corrective_actions[0].action", None),
        (138, "D6 效果確認", "連續 3 批轉速合格。", "implementation[0].result", None),
        (150, "D7 預防再發", "同系列 4 款風扇比照辦理。", "prevention.horizontal_deployment", None),
        (162, "D8 結案日期", "2026/04/23", "closure.closed_date", "2026-04-23"),
        (170, "D8 核准", "簡文雄", "closure.approved_by", None),
    ]
    for y, lab, raw, path, exp in rows:
        f.text(20, y, lab)
        f.value(55, y, raw, path=path, label=lab, expect=exp)
    team = ["黃志豪", "劉美玲", "張俊宏"]
    f.text(120, 62, "D1 小組")
    f.value(120, 70, "、".join(team), path=None, label="D1 小組")
    members(f, "D1 小組", "p1!120,70", "、".join(team), team)
    f.pdf.line(18, 76, 192, 76)


def _overlay(path: Path, form) -> None:
    """Merge the typed values, drawn on a page of their own (bottom line first), onto the blank
    template: the page keeps the template's content and gets the overlay's after it."""
    from make_holdout8 import CJK_FONT
    from pypdf import PdfReader, PdfWriter

    over = FPDF(format="A4")
    over.set_creation_date(dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
    over.set_auto_page_break(False)
    over.add_page()
    over.add_font("wqy", "", CJK_FONT)
    over.set_font("wqy", "", 9)
    over.set_text_color(20, 40, 140)
    for x, y, text in reversed(getattr(form, "typed", [])):
        over.text(x, y, text)
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(bytes(over.output()))).pages[0])
    with open(path, "wb") as fh:
        writer.write(fh)


def return_zh_overlay(f: PdfDraw) -> None:
    """成品退货单: the customer's BLANK TEMPLATE PDF with the typed values MERGED ON AS AN OVERLAY
    (a second page's content laid over the first by pypdf, blue, drawn bottom line first)."""
    f = CjkDraw.of(f)
    f.typed = []  # type: ignore[attr-defined]
    f.text(85, 18, "成品退货单", size=15)

    def typed(x, y, raw, path, lab, exp=None):
        if f.blank:
            return
        f.typed.append((x, y, raw))  # type: ignore[attr-defined]
        f.fields.append(
            {
                "label": lab,
                "cell": f"p1!{x:g},{y:g}",
                "value": raw,
                "path": path,
                "expect": raw if exp is None else exp,
                "note": "merged onto the template as an overlay",
            }
        )

    head = [
        (20, 32, "退货单号", "TH-CZ-2603-036", "number", None),
        (115, 32, "开单日期", "2026-03-23", "issue_date", None),
        (20, 42, "客户", "常州星宇车灯股份有限公司", "customer", None),
        (115, 42, "客诉单号", "XY-QC-2603-061", "complaint_number", None),
    ]
    for x, y, lab, raw, path, exp in head:
        f.text(x, y, lab + "：")
        typed(x + 20, y, raw, path, lab, exp)
    cols = ((20, "料号"), (52, "品名"), (92, "核准数量"), (115, "实退数量"), (140, "单价"), (165, "金额"))
    for x, h in cols:
        f.text(x, 56, h)
    f.pdf.line(18, 58, 192, 58)
    lines = [("XY-LEN-2201", "灯罩", 150, 148, 18.6), ("XY-SEA-2202", "密封圈", 150, 150, 0.95)]
    for i, (code, name, qa, q, p) in enumerate(lines):
        y = 66 + 9 * i
        f.pdf.line(18, y + 3, 192, y + 3)
        typed(20, y, code, f"items[{i}].part_no", "料号")
        typed(52, y, name, f"items[{i}].part_name", "品名")
        typed(92, y, str(qa), f"items[{i}].qty_approved", "核准数量", qa)
        typed(115, y, str(q), f"items[{i}].qty_returned", "实退数量", q)
        typed(140, y, f"{p:.2f}", f"items[{i}].unit_price", "单价", money(p))
        typed(165, y, f"{q * p:,.2f}", f"items[{i}].amount", "金额", money(q * p))
    tail = [
        (20, 96, "退货原因", "灯罩表面划伤，客户来料检验判退。", "reason", None),
        (20, 106, "处理方式", "返工", "handling", ["rework"]),
        (20, 120, "仓库签收", "钱晓东", "warehouse_receiver", None),
        (115, 120, "审核", "丁海燕", "approved_by", None),
    ]
    for x, y, lab, raw, path, exp in tail:
        f.text(x, y, lab + "：")
        typed(x + 20, y, raw, path, lab, exp)
    f.text(20, 280, "表单编号 XY-QR-8.3-05  请用电脑填写后打印", size=8)


def allowance_zh_twocopies(f: PdfDraw) -> None:
    """销货折让证明单 printed as TWO COPIES ON ONE PAGE, one above the other with a cut line between
    (``第一联 购买方留存`` and ``第二联 销售方记账``): the same values twice, the first copy to read."""
    f = CjkDraw.of(f)
    lines = (("电源适配器外壳", 800, 2.6), ("按键帽", 800, 0.15))
    net = round(sum(q * p for _, q, p in lines), 2)
    tax = round(sum(round(q * p * 0.13 + 1e-9, 2) for _, q, p in lines), 2)
    for copy, (y0, which) in enumerate(((0, "第一联 购买方留存"), (148, "第二联 销售方记账"))):
        keep = copy == 0

        def put(x, y, raw, path, lab, exp=None, keep=keep, y0=y0):
            if keep:
                f.value(x, y0 + y, raw, path=path, label=lab, expect=exp)
            elif not f.blank:
                f.text(x, y0 + y, raw)

        f.text(78, y0 + 16, "销货折让证明单", size=14)
        f.text(150, y0 + 16, which, size=8)
        for x, y, lab, raw, path, exp in (
            (15, 28, "证明单号", "ZR-DG-2603-19", "number", None),
            (110, 28, "开具日期", "2026年3月31日", "issue_date", "2026-03-31"),
            (15, 36, "购买方", "东莞新能德科技有限公司", "buyer", None),
            (110, 36, "纳税人识别号", "91441900MA4UH7T26K", "buyer_tax_id", None),
            (15, 44, "原发票号码", "26442000000018876503", "invoice_no", None),
            (110, 44, "开票日期", "2026年3月10日", "invoice_date", "2026-03-10"),
            (15, 52, "客诉编号", "XND-CS-260312", "complaint_number", None),
        ):
            f.text(x, y0 + y, lab + "：")
            put(x + 24, y, raw, path, lab, exp)
        for x, h in ((15, "货物名称"), (70, "数量"), (95, "单价"), (120, "折让金额"), (155, "税额")):
            f.text(x, y0 + 62, h)
        f.pdf.line(13, y0 + 64, 195, y0 + 64)
        for i, (name, q, p) in enumerate(lines):
            y = 71 + 8 * i
            a = round(q * p, 2)
            t = round(a * 0.13 + 1e-9, 2)
            put(15, y, name, f"items[{i}].name", "货物名称")
            put(70, y, str(q), f"items[{i}].qty", "数量", q)
            put(95, y, f"{p:.2f}", f"items[{i}].unit_price", "单价", money(p))
            put(120, y, f"{a:,.2f}", f"items[{i}].allowance_amount", "折让金额", money(a))
            put(155, y, f"{t:,.2f}", f"items[{i}].tax", "税额", money(t))
        f.pdf.line(13, y0 + 88, 195, y0 + 88)
        f.text(15, y0 + 95, "合计")
        put(120, 95, f"{net:,.2f}", "total_excl_tax", "合计 折让金额", money(net))
        put(155, 95, f"{tax:,.2f}", "total_tax", "合计 税额", money(tax))
        f.text(15, y0 + 104, "价税合计：")
        put(39, 104, f"{net + tax:,.2f}", "total", "价税合计", money(net + tax))
        f.text(110, y0 + 104, "经理：")
        put(134, 104, "何俊杰", "approved_by_manager", "经理")
        f.text(110, y0 + 112, "总经理：")
        if keep:
            pdf_absent(f, "总经理", "p1!134,112", "", "approved_by_gm")
    f.text(80, 147, "- - - - - - - - - - 沿此线裁开 - - - - - - - - - -", size=8)


SENT_AS_PDF = [
    dict(
        id="complaint-en-indonesian",
        kind="complaint",
        language="en",
        medium="html",
        draw=complaint_en_indonesian,
        copy2=True,
        imitates="an Indonesian customer's portal complaint: Indonesian–English labels, 05 Maret 2026, 3.000 pcs",
        unmapped=[],
    ),
    dict(
        id="8d-zht-xobject",
        kind="8d",
        language="zh-Hant",
        medium="fpdf",
        draw=eightd_zht_xobject,
        after_print=_xobject,
        imitates="an 8D 報告 whose whole page is one Form XObject (a PDF tool flattened or stamped it)",
        unmapped=[],
    ),
    dict(
        id="return-zh-overlay",
        kind="return",
        language="zh-Hans",
        medium="fpdf",
        draw=return_zh_overlay,
        after_print=_overlay,
        imitates="a customer's blank 成品退货单 PDF with the typed values merged on as an overlay (pypdf)",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-twocopies",
        kind="allowance",
        language="zh-Hans",
        medium="fpdf",
        draw=allowance_zh_twocopies,
        imitates="销货折让证明单 printed as two copies on one page (第一联 / 第二联, a cut line between)",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "8d-locked.pdf": "an 8D PDF locked with an open password (the customer's portal encrypts its downloads); no text without the password; a clear error, never a record",
    "allowance-einvoice.ofd": "a Chinese e-invoice (红字发票) in OFD, the national fixed-layout format (a zip of OFD.xml and page XML), sent instead of the certificate; a clear error, never a record",
}


def _locked() -> bytes:
    """The encryption's identifiers and keys drawn from a fixed sequence (the same bytes each run)."""
    from pypdf import PdfWriter

    real, count = secrets.token_bytes, iter(range(100))
    secrets.token_bytes = lambda n=16: hashlib.sha256(b"holdout18-%d" % next(count)).digest()[:n]
    try:
        return _locked_pdf(PdfWriter())
    finally:
        secrets.token_bytes = real


def _locked_pdf(writer) -> bytes:
    writer.add_blank_page(595.28, 841.89)
    writer.add_metadata({"/Title": "8D-TY-26-0051", "/Producer": "SupplierPortal PDF"})
    writer.encrypt(user_password="TY0051", owner_password="portal-owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _ofd() -> bytes:
    ofd = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>ZR2603311900</ofd:DocID>"
        "<ofd:Title>电子发票（增值税专用发票）红字</ofd:Title></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>9</ofd:MaxUnitID>'
        "<ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>"
        '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'
    )
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">'
        '<ofd:TextObject ID="3" Boundary="80 8 60 8" Font="4" Size="5"><ofd:TextCode X="0" Y="5">'
        "电子发票（增值税专用发票）</ofd:TextCode></ofd:TextObject>"
        '<ofd:TextObject ID="5" Boundary="10 30 120 6" Font="4" Size="3.5"><ofd:TextCode X="0" Y="4">'
        "购买方名称：东莞新能德科技有限公司</ofd:TextCode></ofd:TextObject>"
        '<ofd:TextObject ID="6" Boundary="10 40 120 6" Font="4" Size="3.5"><ofd:TextCode X="0" Y="4">'
        "价税合计：-2,637.64</ofd:TextCode></ofd:TextObject>"
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    return zip_bytes(
        {
            "OFD.xml": ofd.encode(),
            "Doc_0/Document.xml": doc.encode(),
            "Doc_0/Pages/Page_0/Content.xml": page.encode(),
        }
    )


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "8d-locked.pdf").write_bytes(_locked())
    (odd / "allowance-einvoice.ofd").write_bytes(_ofd())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    if FPDF is None:
        print("fpdf2 is not installed: the PDFs sent alone are kept as committed")
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "eighteenth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
