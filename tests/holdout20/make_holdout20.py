"""Write the twentieth held-out set (run: ``python tests/holdout20/make_holdout20.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for habits and
producers no earlier set holds: a CZECH–ENGLISH complaint and credit note (``5. 3. 2026``,
``1 200 ks``, ``1 234,50 Kč``, DIČ), a 客户抱怨处理单 whose choices are printed and the chosen one
shown by a HIGHLIGHTED (filled) CELL, a 客訴處理單 whose part and order numbers Excel turned into
numbers kept by a LEADING-ZERO NUMBER FORMAT (``0045120``); a DUTCH–ENGLISH 8D (``5 maart 2026``),
an 8D 报告 saved by WPS OFFICE (its custom properties), an 8D 報告 whose labels stand in a MERGED
COLUMN on the left, one for several stacked rows; an ARABIC–ENGLISH return laid out RIGHT-TO-LEFT
(Arabic-Indic digits ``١٢٠٠`` in a quantity), a 成品退货单 with a BARCODE image of its number beside
it, a 成品退貨單 whose 處理方式 is a highlighted cell; a 销货折让证明单 with a company STAMP IMAGE over
the manager's cell and the name typed small beside it; sent as PDF only: a HUNGARIAN–ENGLISH
complaint page (``2026. március 5.``, ``1 200 db``; Chromium), an 8D drawn by fpdf2 with a Code 39
barcode beside its number and the approver's name in OUTLINED TEXT (paths, no characters), a
DUTCH–ENGLISH retourbon (``€ 1.234,50``; Chromium), a 銷貨折讓證明單 CONTINUED OVER TWO PAGES with the
table's header repeated and ``（續）`` (fpdf2). ``odd/`` holds a WPS ``.et`` workbook renamed ``.xlsx``
(an OLE2 file) and a PNG screenshot saved as ``.pdf``, neither of which gives a record.

Do not tune the reader on these files; imitate a pattern in ``tests/layouts`` and fix it there.
Deterministic for the xlsx/json files; the PDFs need ``soffice``, Chromium and fpdf2 (``--no-pdf`` skips
them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import re
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
    excel_layout,
    field,
    head_row,
    kv,
    label,
    lv,
    lv_rows,
    members,
    money,
    odd_expected,
    pdf_absent,
    pick,
    plain,
    portal_css,
    run,
    stamp_png,
    team_cell,
    th_row,
)
from openpyxl.drawing.image import Image as XlImage  # noqa: E402
from openpyxl.styles import PatternFill  # noqa: E402

D = dt.date
SOURCE = dict(origin="twentieth held-out imitation", source="tests/holdout20/make_holdout20.py")
_YELLOW = PatternFill("solid", fgColor="FFFF00")


def cz(x: float, unit: str = "Kč") -> str:
    """``1 234,50 Kč``: a space between the thousands, a decimal comma, the unit after."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{cents} {unit}"


def nl(x: float) -> str:
    """``€ 1.234,50``: the euro sign first, a dot between the thousands, a decimal comma."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"€ {whole.replace(',', '.')},{cents}"


def options(s: Sheet, row: int, cols: str, texts, chosen: str, lab: str, path: str, expect) -> None:
    """Printed choices one to a cell; the clerk shows the chosen one by FILLING ITS CELL yellow
    (no tick, no mark): the field is the highlighted cell."""
    for col, t in zip(cols, texts):
        s.text(f"{col}{row}", t, center=True)
        if t == chosen and not s.blank:
            s.ws[f"{col}{row}"].fill = _YELLOW
            field(s, lab, f"{col}{row}", t, path, expect, note="the chosen option: its cell filled yellow")


# =============================================================================== complaint
def complaint_en_czech(s: Sheet) -> None:
    """A Czech customer's REKLAMACE / CUSTOMER COMPLAINT in CZECH–ENGLISH labels, dates
    ``5. 3. 2026`` (day, month, year with spaces), quantities ``1 200 ks``."""
    s.text("A1", "REKLAMACE / CUSTOMER COMPLAINT", "D1", size=13)
    plain(s, "A2", "Formulář F-QM-8.2-05 / verze 3", "D2")
    d = pick(s, D(2026, 3, 5), D(2026, 4, 9))
    lv(s, "A3", "Číslo reklamace / Complaint No.", "B3", pick(s, "RK-26-0041", "RK-26-0077"), "number")
    lv(s, "C3", "Datum / Date", "D3", f"{d.day}. {d.month}. {d.year}", "received_date", expect=d.isoformat())
    lv(
        s,
        "A4",
        "Zákazník / Customer",
        "B4",
        pick(s, "Škoda Auto a.s.", "Hella Autotechnik Nova s.r.o."),
        "customer",
        span="D4",
    )
    lv(s, "A5", "Objednávka / PO No.", "B5", pick(s, "OBJ-4410283", "OBJ-4410519"), "order_no")
    lv(s, "C5", "Šarže / Lot", "D5", pick(s, "CZ2602-08", "CZ2603-19"), "lot_no")
    lv(s, "A6", "Číslo dílu / Part No.", "B6", pick(s, "SK-BRK-4471", "HL-LMP-0932"), "part_no")
    lv(s, "C6", "Název dílu / Part name", "D6", pick(s, "Držák nárazníku", "Objímka žárovky"), "part_name")
    q, dq = pick(s, (1200, 36), (24000, 480))
    lv(s, "A7", "Dodáno / Qty delivered", "B7", f"{q:,} ks".replace(",", " "), "ship_qty", expect=q)
    lv(s, "C7", "Vadné / Qty defective", "D7", f"{dq:,} ks".replace(",", " "), "defect_qty", expect=dq)
    lv(
        s,
        "A8",
        "Popis vady / Defect description",
        "B8",
        pick(s, "Otřepy na montážním otvoru, nelze namontovat.", "Prasklá objímka po zalisování."),
        "description",
        span="D8",
    )
    lv(
        s,
        "A9",
        "Požadavek / Request",
        "B9",
        pick(s, "Výměna / Replacement", "Dobropis / Credit note"),
        "customer_request",
        expect=pick(s, ["replacement"], ["allowance"]),
        span="D9",
    )
    lv(
        s,
        "A10",
        "Okamžité opatření / Immediate action",
        "B10",
        pick(s, "Třídění 100 % skladu.", "Blokace šarže ve skladu."),
        "short_term_action",
        span="D10",
    )
    lv(s, "A11", "Vyřizuje / Handled by", "B11", pick(s, "Liu Yang", "Liu Yang"), "reporter")
    lv(s, "C11", "Vedoucí / Supervisor", "D11", pick(s, "Jana Nováková", "Petr Dvořák"), "sales_supervisor")
    label(s, "A12", "Uzavřeno / Closed")
    if pick(s, True, False):
        s.box("B12", "D12")
        absent(s, "Uzavřeno / Closed", "B12", "", "closed_date")
    else:
        s.value(
            "B12",
            "30. 4. 2026",
            path="closed_date",
            label="Uzavřeno / Closed",
            expect="2026-04-30",
            span="D12",
        )


def complaint_zh_highlight(s: Sheet) -> None:
    """客户抱怨处理单 whose 客户要求 and 不良类别 print every choice in its own cell: the clerk
    FILLS THE CHOSEN CELL YELLOW (no ☑, no ✓)."""
    s.text("A1", "客户抱怨处理单", "F1", size=15)
    lv(s, "A2", "编号", "B2", pick(s, "KS-NB-2603-017", "KS-NB-2604-033"), "number", span="C2")
    lv(
        s,
        "D2",
        "受理日期",
        "E2",
        pick(s, D(2026, 3, 10), D(2026, 4, 16)),
        "received_date",
        span="F2",
        fmt="yyyy-mm-dd",
    )
    lv(
        s,
        "A3",
        "客户名称",
        "B3",
        pick(s, "宁波均胜电子股份有限公司", "浙江吉利汽车零部件采购有限公司"),
        "customer",
        span="F3",
    )
    lv(s, "A4", "订单号", "B4", pick(s, "JS-PO-26-1182", "JL-PO-26-2047"), "order_no", span="C4")
    lv(s, "D4", "批次", "E4", pick(s, "NB260301", "NB260407"), "lot_no", span="F4")
    lv(s, "A5", "产品编号", "B5", pick(s, "NB-SW-2210", "NB-CN-3318"), "part_no", span="C5")
    lv(s, "D5", "产品名称", "E5", pick(s, "方向盘开关", "线束连接器"), "part_name", span="F5")
    lv(s, "A6", "出货数量", "B6", pick(s, 5000, 12000), "ship_qty", span="C6", fmt="#,##0")
    lv(s, "D6", "不良数量", "E6", pick(s, 45, 130), "defect_qty", span="F6")
    label(s, "A7", "不良类别")
    for col, t in zip("BCDEF", ("外观", "尺寸", "功能", "包装", "其他")):
        s.text(f"{col}7", t, center=True)
        if t == pick(s, "功能", "尺寸") and not s.blank:
            s.ws[f"{col}7"].fill = _YELLOW
    lv(
        s,
        "A8",
        "不良描述",
        "B8",
        pick(s, "按键无回弹，手感发涩。", "端子孔位偏移 0.3mm，插拔困难。"),
        "description",
        span="F8",
    )
    label(s, "A9", "客户要求")
    chosen = pick(s, "换货", "折让")
    options(
        s,
        9,
        "BCDEF",
        ("退货", "换货", "重工", "折让", "仅改善"),
        chosen,
        "客户要求",
        "customer_request",
        [dict(退货="return", 换货="replacement", 重工="rework", 折让="allowance")[chosen]],
    )
    lv(
        s,
        "A10",
        "临时对策",
        "B10",
        pick(s, "库存及在途品全检。", "客户端驻厂挑选。"),
        "short_term_action",
        span="F10",
    )
    lv(s, "A11", "填表", "B11", pick(s, "孙丽华", "孙丽华"), "reporter", span="C11")
    lv(s, "D11", "业务主管", "E11", pick(s, "邵建明", "邱海峰"), "sales_supervisor", span="F11")
    lv(
        s,
        "A12",
        "结案日期",
        "B12",
        pick(s, D(2026, 3, 31), D(2026, 5, 8)),
        "closed_date",
        span="C12",
        fmt="yyyy-mm-dd",
    )


def complaint_zht_zeros(s: Sheet) -> None:
    """客訴處理單 whose 料號 and 訂單號碼 the clerk typed with leading zeros: Excel turned them into
    numbers and the sheet keeps the zeros by a LEADING-ZERO NUMBER FORMAT (``0000000``), so the
    cell holds 45120 and shows ``0045120``."""
    s.text("A1", "客訴處理單", "D1", size=15)
    lv(s, "A2", "客訴單號", "B2", "CC-KH-2603-044", "number")
    lv(s, "C2", "受理日期", "D2", D(2026, 3, 12), "received_date", fmt="yyyy/mm/dd")
    lv(s, "A3", "客戶名稱", "B3", "台達電子工業股份有限公司", "customer", span="D3")
    lv(
        s,
        "A4",
        "訂單號碼",
        "B4",
        781234,
        "order_no",
        fmt="000000000",
        expect="000781234",
        shown="781234 (number cell shown 000781234)",
    )
    lv(s, "C4", "批號", "D4", "KH260227", "lot_no")
    lv(
        s,
        "A5",
        "料號",
        "B5",
        45120,
        "part_no",
        fmt="0000000",
        expect="0045120",
        shown="45120 (number cell shown 0045120)",
    )
    lv(s, "C5", "品名", "D5", "散熱風扇框", "part_name")
    lv(s, "A6", "出貨數量", "B6", 6000, "ship_qty", fmt="#,##0")
    lv(s, "C6", "不良數量", "D6", 75, "defect_qty")
    lv(s, "A7", "異常描述", "B7", "框體卡扣斷裂，組裝時脫落。", "description", span="D7")
    lv(s, "A8", "客戶要求", "B8", "退貨", "customer_request", expect=["return"], span="D8")
    lv(s, "A9", "暫時對策", "B9", "庫存 1,800 件全檢卡扣。", "short_term_action", span="D9")
    lv(s, "A10", "承辦人", "B10", "黃雅婷", "reporter")
    lv(s, "C10", "業務主管", "D10", "蔡明宏", "sales_supervisor")


# =============================================================================== 8D
_MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def _nl_date(d: dt.date) -> str:
    return f"{d.day} {_MAANDEN[d.month - 1]} {d.year}"


def eightd_en_dutch(s: Sheet) -> None:
    """A Dutch customer's 8D-RAPPORT / 8D REPORT in DUTCH–ENGLISH labels, dates with a DUTCH MONTH
    (``5 maart 2026``), the quantity ``1.250 st.``"""
    s.text("A1", "8D-RAPPORT / 8D REPORT", "D1", size=13)
    lv(s, "A2", "Rapportnr. / Report No.", "B2", "8D-EHV-26-019", "number")
    lv(s, "C2", "Datum / Date", "D2", _nl_date(D(2026, 3, 5)), "opened_date", expect="2026-03-05")
    lv(s, "A3", "Klant / Customer", "B3", "DAF Trucks N.V.", "customer")
    lv(s, "C3", "Klachtnr. / Complaint No.", "D3", "DAF-KL-260302", "complaint_number")
    lv(s, "A4", "Artikelnr. / Part No.", "B4", "DF-HOS-8810", "part_no")
    lv(s, "C4", "Aantal / Qty", "D4", "1.250 st.", "problem.qty_complained", expect=1250)
    team = ("Jan de Vries", "Wu Tao", "Sanne Bakker")
    team_cell(s, "A5", "D1 Team / Team", "B5", team, span="D5")
    rows = (
        (
            "D2 Probleem / Problem",
            "Slangklem lekt bij 2,5 bar op 1.250 st. (eindcontrole klant).",
            "problem.statement",
        ),
        (
            "D3 Noodmaatregel / Containment",
            "Alle voorraad (6.400 st.) 100 % lektest.",
            "containment[0].action",
        ),
        (
            "D4 Oorzaak / Root cause",
            "Klemkracht te laag door versleten veer in de matrijs.",
            "root_cause[type=occurrence].cause",
        ),
        (
            "D4 Niet gedetecteerd / Escape",
            "Lektest alleen steekproefsgewijs.",
            "root_cause[type=escape].cause",
        ),
        (
            "D5 Correctieve actie / Corrective action",
            "Veer vervangen, standtijd vastgelegd op 50.000 slagen.",
            "corrective_actions[0].action",
        ),
        ("D6 Validatie / Validation", "3 partijen zonder lekkage (18.000 st.).", "implementation[0].result"),
        (
            "D7 Preventie / Prevention",
            "Onderhoudsplan voor alle 5 klemmatrijzen aangepast.",
            "prevention.horizontal_deployment",
        ),
    )
    lv_rows(s, 6, rows)
    lv(
        s,
        "A13",
        "D8 Afgesloten / Closed",
        "B13",
        _nl_date(D(2026, 4, 22)),
        "closure.closed_date",
        expect="2026-04-22",
    )
    lv(s, "C13", "Goedgekeurd / Approved", "D13", "Pieter Jansen", "closure.approved_by")


def _wps(path: Path, sheet: Sheet) -> None:
    """Make the saved workbook what WPS Office writes: ``docProps/app.xml`` naming ``WPS 表格`` and
    a ``docProps/custom.xml`` with WPS's ``KSOProductBuildVer`` and ``ICV`` properties."""
    custom = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ICV">'
        b"<vt:lpwstr>8E2C41A7D5B94F0B9C3A1E26D0F4B7C2_12</vt:lpwstr></property>"
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer">'
        b"<vt:lpwstr>2052-12.1.0.16388</vt:lpwstr></property></Properties>"
    )
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    when = parts[0][0].date_time
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "docProps/app.xml":
                data = re.sub(
                    rb"<Application>[^<]*</Application>", "<Application>WPS 表格</Application>".encode(), data
                )
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType='
                    b'"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif info.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(
            zipfile.ZipInfo("docProps/custom.xml", date_time=when), custom, compress_type=zipfile.ZIP_DEFLATED
        )


def eightd_zh_wps(s: Sheet) -> None:
    """8D 报告 made and saved in WPS OFFICE (WPS 表格): its app and custom properties; the D-steps
    as numbered rows ``D1`` … ``D8`` with the step name in the next column."""
    s.text("A1", "8D 问题解决报告", "D1", size=15)
    lv(s, "A2", "报告编号", "B2", pick(s, "8D-WH-2603-022", "8D-WH-2604-031"), "number")
    lv(s, "C2", "发起日期", "D2", pick(s, D(2026, 3, 16), D(2026, 4, 20)), "opened_date", fmt="yyyy/m/d")
    lv(
        s,
        "A3",
        "客户",
        "B3",
        pick(s, "东风汽车零部件（集团）有限公司", "武汉理工通宇新源动力有限公司"),
        "customer",
    )
    lv(s, "C3", "客诉编号", "D3", pick(s, "DF-CS-260314", "TY-CS-260418"), "complaint_number")
    lv(s, "A4", "零件号", "B4", pick(s, "WH-GSK-7102", "WH-CLP-7215"), "part_no")
    lv(s, "C4", "问题数量", "D4", pick(s, 320, 56), "problem.qty_complained")
    team = pick(s, ["熊志勇", "胡蓉", "程磊"], ["熊志勇", "余晓燕"])
    team_cell(s, "A5", "D1 小组", "B5", team, "、", span="D5")
    rows = (
        (
            "D2 问题描述",
            pick(s, "密封垫压缩永久变形超标，渗油 320 件。", "卡箍开口尺寸偏大 56 件。"),
            "problem.statement",
        ),
        ("D3 临时措施", pick(s, "库存 4,000 件隔离复检。", "在库品全检开口尺寸。"), "containment[0].action"),
        (
            "D4 发生原因",
            pick(s, "硫化时间被缩短 20 秒。", "成型模具磨损未及时修模。"),
            "root_cause[type=occurrence].cause",
        ),
        (
            "D4 流出原因",
            pick(s, "出货检验未做压缩永久变形试验。", "尺寸抽检频次不足。"),
            "root_cause[type=escape].cause",
        ),
        (
            "D5 永久对策",
            pick(s, "硫化时间参数锁定并加防错。", "模具寿命管理，5 万次强制修模。"),
            "corrective_actions[0].action",
        ),
        ("D6 效果验证", pick(s, "连续 4 批无渗油。", "连续 3 批尺寸合格。"), "implementation[0].result"),
        (
            "D7 预防再发",
            pick(s, "同类 6 个硫化产品点检表更新。", "全部卡箍模具纳入寿命管理。"),
            "prevention.horizontal_deployment",
        ),
    )
    lv_rows(s, 6, rows)
    lv(
        s,
        "A13",
        "D8 结案日期",
        "B13",
        pick(s, D(2026, 4, 24), D(2026, 5, 22)),
        "closure.closed_date",
        fmt="yyyy/m/d",
    )
    lv(s, "C13", "批准", "D13", pick(s, "万国庆", "万国庆"), "closure.approved_by")


def eightd_zht_stacklabel(s: Sheet) -> None:
    """8D 報告 whose labels stand in a MERGED COLUMN on the left, one label for several rows (``基本
    資料`` over 客戶 / 料號 / 數量 sub-labels, ``D4 原因`` over 發生 / 流出), the sub-labels in column
    B, the values in C:D."""
    s.text("A1", "8D 報告", "D1", size=15)
    lv(s, "A2", "報告編號", "B2", "8D-TC-2603-011", "number")
    lv(s, "C2", "開立日期", "D2", "2026/03/13", "opened_date", expect="2026-03-13")
    s.text("A3", "基本資料", "A6", bold=True, shade=True, center=True)
    for r, (lab, raw, path, exp) in enumerate(
        (
            ("客戶", "廣達電腦股份有限公司", "customer", None),
            ("客訴單號", "QC-QA-260311", "complaint_number", None),
            ("料號", "TC-BZL-3302", "part_no", None),
            ("不良數量", "150 PCS", "problem.qty_complained", 150),
        ),
        start=3,
    ):
        lv(s, f"B{r}", lab, f"C{r}", raw, path, expect=exp, span=f"D{r}")
    team = ("賴志豪", "周怡君", "鄭文彬")
    team_cell(s, "A7", "D1 小組成員", "B7", team, " / ", span="D7")
    lv(s, "A8", "D2 問題描述", "B8", "面板卡勾斷裂 150 PCS，客戶組裝線發現。", "problem.statement", span="D8")
    lv(s, "A9", "D3 暫時對策", "B9", "庫存 2,400 PCS 全檢卡勾。", "containment[0].action", span="D9")
    s.text("A10", "D4 原因分析", "A11", bold=True, shade=True, center=True)
    lv(
        s,
        "B10",
        "發生原因",
        "C10",
        "射出保壓時間不足，卡勾根部縮痕。",
        "root_cause[type=occurrence].cause",
        span="D10",
    )
    lv(s, "B11", "流出原因", "C11", "外觀檢驗未包含卡勾強度。", "root_cause[type=escape].cause", span="D11")
    lv(
        s,
        "A12",
        "D5 永久對策",
        "B12",
        "保壓時間 2.5 秒鎖定，首件拉力測試。",
        "corrective_actions[0].action",
        span="D12",
    )
    lv(s, "A13", "D6 效果確認", "B13", "連續 5 批拉力測試合格。", "implementation[0].result", span="D13")
    lv(
        s,
        "A14",
        "D7 預防再發",
        "B14",
        "同類 4 款面板模具參數標準化。",
        "prevention.horizontal_deployment",
        span="D14",
    )
    s.text("A15", "D8 結案", "A16", bold=True, shade=True, center=True)
    lv(s, "B15", "結案日期", "C15", "2026/04/21", "closure.closed_date", expect="2026-04-21", span="D15")
    lv(s, "B16", "核准", "C16", "邱國榮", "closure.approved_by", span="D16")


# =============================================================================== return
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def return_en_arabic(s: Sheet) -> None:
    """A Gulf customer's ARABIC–ENGLISH return note laid out RIGHT-TO-LEFT (the sheet's
    ``rightToLeft``: column A on the right, the labels right of their values); a returned
    quantity typed in ARABIC-INDIC DIGITS (``١٢٠٠``)."""
    s.ws.sheet_view.rightToLeft = True
    s.text("A1", "إشعار إرجاع بضاعة / GOODS RETURN NOTE", "F1", size=13)
    lv(s, "A2", "رقم الإرجاع / Return No.", "B2", "RTN-DXB-26-0117", "number")
    lv(s, "C2", "التاريخ / Date", "D2", "05/03/2026", "issue_date", expect="2026-03-05", span="F2")
    lv(s, "A3", "العميل / Customer", "B3", "Al Futtaim Auto Parts LLC", "customer")
    lv(s, "C3", "رقم الشكوى / Complaint No.", "D3", "AF-QC-26-0208", "complaint_number", span="F3")
    heads = (
        "رقم القطعة / Part No.",
        "الوصف / Description",
        "المعتمد / Approved",
        "المرتجع / Returned",
        "سعر الوحدة / Unit Price",
        "المبلغ / Amount",
    )
    head_row(s, 4, "ABCDEF", heads)
    lines = (
        ("AF-FLT-3301", "Oil filter", 1200, 1200, 8.5, True),
        ("AF-FLT-3302", "Air filter", 600, 588, 14.25, False),
    )
    for i, (code, name, qa, q, p, arabic) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label=heads[2], fmt="#,##0")
        if arabic:
            s.value(
                f"D{r}",
                str(q).translate(_AR_DIGITS),
                path=f"items[{i}].qty_returned",
                label=heads[3],
                expect=q,
                note="Arabic-Indic digits",
            )
        else:
            s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label=heads[3], fmt="#,##0")
        s.value(f"E{r}", f"AED {p:,.2f}", path=f"items[{i}].unit_price", label=heads[4], expect=money(p))
        s.value(f"F{r}", f"AED {q * p:,.2f}", path=f"items[{i}].amount", label=heads[5], expect=money(q * p))
    lv(s, "A8", "سبب الإرجاع / Reason", "B8", "Gasket not seated; oil leak at assembly.", "reason", span="F8")
    lv(s, "A9", "الإجراء / Disposition", "B9", "إتلاف / Scrap", "handling", expect=["scrap"], span="F9")
    lv(s, "A10", "استلمه / Received by", "B10", "Rashid Khan", "warehouse_receiver")
    lv(s, "C10", "اعتمده / Approved by", "D10", "Omar Haddad", "approved_by", span="F10")


def _code39_png(text: str) -> bytes:
    """A Code 39 barcode of ``text`` as a PNG (the same bytes each run), as a label printer makes."""
    from PIL import Image, ImageDraw

    pat = {
        "0": "nnnwwnwnn",
        "1": "wnnwnnnnw",
        "2": "nnwwnnnnw",
        "3": "wnwwnnnnn",
        "4": "nnnwwnnnw",
        "5": "wnnwwnnnn",
        "6": "nnwwwnnnn",
        "7": "nnnwnnwnw",
        "8": "wnnwnnwnn",
        "9": "nnwwnnwnn",
        "A": "wnnnnwnnw",
        "B": "nnwnnwnnw",
        "C": "wnwnnwnnn",
        "D": "nnnnwwnnw",
        "E": "wnnnwwnnn",
        "F": "nnwnwwnnn",
        "G": "nnnnnwwnw",
        "H": "wnnnnwwnn",
        "I": "nnwnnwwnn",
        "J": "nnnnwwwnn",
        "K": "wnnnnnnww",
        "L": "nnwnnnnww",
        "M": "wnwnnnnwn",
        "N": "nnnnwnnww",
        "O": "wnnnwnnwn",
        "P": "nnwnwnnwn",
        "Q": "nnnnnnwww",
        "R": "wnnnnnwwn",
        "S": "nnwnnnwwn",
        "T": "nnnnwnwwn",
        "U": "wwnnnnnnw",
        "V": "nwwnnnnnw",
        "W": "wwwnnnnnn",
        "X": "nwnnwnnnw",
        "Y": "wwnnwnnnn",
        "Z": "nwwnwnnnn",
        "-": "nwnnnnwnw",
        "*": "nwnnwnwnn",
    }
    bars: list[tuple[bool, int]] = []
    for ch in f"*{text}*":
        for k, w in enumerate(pat[ch]):
            bars.append((k % 2 == 0, 6 if w == "w" else 2))
        bars.append((False, 2))
    img = Image.new("RGB", (sum(w for _, w in bars) + 20, 60), "white")
    draw = ImageDraw.Draw(img)
    x = 10
    for black, w in bars:
        if black:
            draw.rectangle((x, 5, x + w - 1, 54), fill="black")
        x += w
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def return_zh_barcode(s: Sheet) -> None:
    """成品退货单 printed by the warehouse system with a CODE 39 BARCODE IMAGE of the return number
    beside the typed number (the picture carries the same number; no field of its own)."""
    s.text("A1", "成品退货单", "F1", size=15)
    num = pick(s, "TH-2603-0158", "TH-2604-0212")
    lv(s, "A2", "退货单号", "B2", num, "number")
    s.ws.row_dimensions[3].height = 36
    if not s.blank:
        img = XlImage(io.BytesIO(_code39_png(num)))
        img.width, img.height = 220, 40
        s.ws.add_image(img, "C2")
    lv(s, "A4", "开单日期", "B4", pick(s, D(2026, 3, 19), D(2026, 4, 24)), "issue_date", fmt="yyyy-mm-dd")
    lv(s, "C4", "客诉单号", "D4", pick(s, "HR-KS-260316", "HR-KS-260421"), "complaint_number", span="F4")
    lv(
        s,
        "A5",
        "客户",
        "B5",
        pick(s, "海尔智家股份有限公司", "海信家电集团股份有限公司"),
        "customer",
        span="F5",
    )
    head_row(s, 6, "ABCDEF", ("料号", "品名", "核准数量", "实退数量", "单价", "金额"))
    lines = pick(
        s,
        [("QD-HNG-1102", "冰箱门铰链", 3000, 2980, 1.85), ("QD-SCR-1103", "自攻螺钉", 20000, 20000, 0.04)],
        [("QD-BRK-2207", "压缩机支架", 800, 796, 6.3)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 7 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料号")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核准数量", fmt="#,##0")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="实退数量", fmt="#,##0")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(
            f"F{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label="金额",
            expect=money(q * p),
            fmt="#,##0.00",
        )
    lv(s, "A10", "退货原因", "B10", pick(s, "铰链电镀层起泡。", "支架焊点虚焊。"), "reason", span="F10")
    lv(
        s,
        "A11",
        "处理方式",
        "B11",
        pick(s, "报废", "返工"),
        "handling",
        expect=[pick(s, "scrap", "rework")],
        span="F11",
    )
    lv(s, "A12", "仓库签收", "B12", pick(s, "郭凯", "于洋"), "warehouse_receiver", span="C12")
    lv(s, "D12", "核准", "E12", pick(s, "孟庆华", "孟庆华"), "approved_by", span="F12")


def return_zht_highlight(s: Sheet) -> None:
    """成品退貨單 whose 處理方式 prints 報廢 / 重工 / 退回 / 特採 one to a cell and the clerk FILLS
    THE CHOSEN CELL YELLOW; the amounts in whole NT$."""
    s.text("A1", "成品退貨單", "F1", size=15)
    lv(s, "A2", "退貨單號", "B2", pick(s, "RT-TN-2603-009", "RT-TN-2604-015"), "number", span="C2")
    lv(
        s,
        "D2",
        "開單日期",
        "E2",
        pick(s, "2026/03/18", "2026/04/22"),
        "issue_date",
        expect=pick(s, "2026-03-18", "2026-04-22"),
        span="F2",
    )
    lv(s, "A3", "客戶", "B3", pick(s, "奇美實業股份有限公司", "群創光電股份有限公司"), "customer", span="C3")
    lv(s, "D3", "客訴單號", "E3", pick(s, "CM-QA-260315", "IN-QA-260419"), "complaint_number", span="F3")
    head_row(s, 4, "ABCDEF", ("料號", "品名", "核准數量", "實退數量", "單價", "金額"))
    lines = pick(
        s,
        [("TN-LGP-0810", "導光板", 500, 500, 42.0), ("TN-FRM-0811", "背光框", 500, 492, 18.0)],
        [("TN-DIF-0920", "擴散膜", 1500, 1480, 6.0)],
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", qa, path=f"items[{i}].qty_approved", label="核准數量", fmt="#,##0")
        s.value(f"D{r}", q, path=f"items[{i}].qty_returned", label="實退數量", fmt="#,##0")
        s.value(f"E{r}", p, path=f"items[{i}].unit_price", label="單價", expect=money(p), fmt="#,##0")
        s.value(f"F{r}", q * p, path=f"items[{i}].amount", label="金額", expect=money(q * p), fmt="#,##0")
    lv(s, "A8", "退貨原因", "B8", pick(s, "導光板刮傷。", "擴散膜異物。"), "reason", span="F8")
    label(s, "A9", "處理方式")
    chosen = pick(s, "報廢", "重工")
    options(
        s,
        9,
        "BCDE",
        ("報廢", "重工", "退回", "特採"),
        chosen,
        "處理方式",
        "handling",
        [dict(報廢="scrap", 重工="rework")[chosen]],
    )
    lv(s, "A10", "倉管簽收", "B10", pick(s, "陳冠宇", "劉家豪"), "warehouse_receiver", span="C10")
    lv(s, "D10", "核准", "E10", pick(s, "張志誠", "張志誠"), "approved_by", span="F10")


# =============================================================================== allowance
def allowance_en_czech(s: Sheet) -> None:
    """A Czech customer's DOBROPIS / CREDIT NOTE in CZECH–ENGLISH labels, ``31. 3. 2026``, amounts
    ``1 234,50 Kč`` (a space between the thousands), the buyer's DIČ ``CZ00177041``, DPH 21 %."""
    s.text("A1", "DOBROPIS / CREDIT NOTE", "E1", size=13)
    d, inv = pick(s, (D(2026, 3, 31), D(2026, 3, 6)), (D(2026, 4, 30), D(2026, 4, 8)))
    lv(s, "A2", "Číslo dobropisu / No.", "B2", pick(s, "DB-2026-0031", "DB-2026-0044"), "number")
    lv(
        s,
        "C2",
        "Datum vystavení / Date",
        "D2",
        f"{d.day}. {d.month}. {d.year}",
        "issue_date",
        expect=d.isoformat(),
        span="E2",
    )
    lv(s, "A3", "Odběratel / Buyer", "B3", pick(s, "Škoda Auto a.s.", "TRW-Carr s.r.o."), "buyer")
    lv(s, "C3", "DIČ / VAT ID", "D3", pick(s, "CZ00177041", "CZ25129511"), "buyer_tax_id", span="E3")
    lv(s, "A4", "K faktuře / Invoice No.", "B4", pick(s, "FV-26-01183", "FV-26-01402"), "invoice_no")
    lv(
        s,
        "C4",
        "Datum faktury / Invoice date",
        "D4",
        f"{inv.day}. {inv.month}. {inv.year}",
        "invoice_date",
        expect=inv.isoformat(),
        span="E4",
    )
    lv(
        s,
        "A5",
        "Reklamace / Complaint No.",
        "B5",
        pick(s, "RK-26-0041", "RK-26-0063"),
        "complaint_number",
        span="E5",
    )
    heads = ("Položka / Item", "Množství / Qty", "Cena / Unit price", "Základ / Net", "DPH 21 % / VAT")
    head_row(s, 6, "ABCDE", heads)
    lines = pick(
        s,
        [("Držák nárazníku SK-BRK-4471", 36, 48.5), ("Doprava / Freight", 1, 850.0)],
        [("Pouzdro HL-HSG-0210", 480, 12.2)],
    )
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = 7 + i
        a, t = round(q * p, 2), round(q * p * 0.21 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", f"{q} ks", path=f"items[{i}].qty", label=heads[1], expect=q)
        s.value(f"C{r}", cz(p), path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(f"D{r}", cz(a), path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a))
        s.value(f"E{r}", cz(t), path=f"items[{i}].tax", label=heads[4], expect=money(t))
    s.text("A9", "Celkem / Total", "C9", bold=True)
    s.value("D9", cz(net), path="total_excl_tax", label="Celkem / Total Základ", expect=money(net))
    s.value("E9", cz(tax), path="total_tax", label="Celkem / Total DPH", expect=money(tax))
    lv(s, "A10", "K úhradě / Total credit", "B10", cz(net + tax), "total", expect=money(net + tax))
    lv(
        s,
        "C10",
        "Schválil / Approved",
        "D10",
        pick(s, "Martin Svoboda", "Eva Černá"),
        "approved_by_manager",
        span="E10",
    )


def allowance_zh_stamp(s: Sheet) -> None:
    """销货折让证明单 with the company's red STAMP IMAGE over the 经理 cell and the manager's name
    typed small beside it (``经理（签章）`` … ``陆志刚``)."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    lv(s, "A2", "单号", "B2", "ZR-CZ-2603-014", "number")
    lv(s, "C2", "开具日期", "D2", D(2026, 3, 30), "issue_date", span="E2", fmt="yyyy年m月d日")
    lv(s, "A3", "购买方", "B3", "常州星宇车灯股份有限公司", "buyer")
    lv(s, "C3", "纳税人识别号", "D3", "91320400250940457X", "buyer_tax_id", span="E3")
    lv(s, "A4", "原发票号码", "B4", "32019871", "invoice_no")
    lv(s, "C4", "发票日期", "D4", D(2026, 3, 3), "invoice_date", span="E4", fmt="yyyy年m月d日")
    head_row(s, 5, "ABCDE", ("货物名称", "数量", "单价", "折让金额", "税额"))
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("车灯支架", 1200, 3.5), ("灯座卡扣", 1200, 0.8))):
        r = 6 + i
        a, t = round(q * p, 2), round(q * p * 0.13 + 1e-9, 2)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", q, path=f"items[{i}].qty", label="数量", fmt="#,##0")
        s.value(f"C{r}", p, path=f"items[{i}].unit_price", label="单价", expect=money(p), fmt="0.00")
        s.value(
            f"D{r}", a, path=f"items[{i}].allowance_amount", label="折让金额", expect=money(a), fmt="#,##0.00"
        )
        s.value(f"E{r}", t, path=f"items[{i}].tax", label="税额", expect=money(t), fmt="#,##0.00")
    s.text("A8", "合计", "C8", bold=True)
    s.value(
        "D8", round(net, 2), path="total_excl_tax", label="合计 折让金额", expect=money(net), fmt="#,##0.00"
    )
    s.value("E8", round(tax, 2), path="total_tax", label="合计 税额", expect=money(tax), fmt="#,##0.00")
    lv(s, "A9", "价税合计", "B9", round(net + tax, 2), "total", expect=money(net + tax), fmt="#,##0.00")
    label(s, "C9", "客诉单号")
    s.value("D9", "XY-KS-260312", path="complaint_number", label="客诉单号", span="E9")
    s.ws.row_dimensions[10].height = 60
    label(s, "A10", "经理（签章）")
    s.box("B10")
    if not s.blank:
        img = XlImage(io.BytesIO(stamp_png()))
        img.width = img.height = 72
        s.ws.add_image(img, "B10")
    s.value(
        "C10",
        "陆志刚",
        path="approved_by_manager",
        label="经理（签章）",
        note="typed small beside the stamp image",
    )
    if not s.blank:
        from openpyxl.styles import Font

        s.ws["C10"].font = Font(size=7)
    label(s, "D10", "总经理")
    s.box("E10")
    absent(s, "总经理", "E10", "", "approved_by_gm")


W4 = dict(A=30, B=30, C=28, D=30)
W6 = dict(A=16, B=22, C=12, D=12, E=12, F=14)
EXCEL = [
    excel_layout(
        "complaint-en-czech",
        "complaint",
        "en",
        complaint_en_czech,
        "Reklamace",
        W4,
        "a Czech customer's Reklamace: Czech–English labels, 5. 3. 2026, 1 200 ks",
        copy2=True,
    ),
    excel_layout(
        "complaint-zh-highlight",
        "complaint",
        "zh-Hans",
        complaint_zh_highlight,
        "客诉",
        dict(A=14, B=14, C=14, D=14, E=14, F=14),
        "客户抱怨处理单 whose chosen option is a cell filled yellow among printed options",
        ["不良类别"],
        copy2=True,
    ),
    excel_layout(
        "complaint-zht-zeros",
        "complaint",
        "zh-Hant",
        complaint_zht_zeros,
        "客訴",
        dict(A=16, B=30, C=16, D=28),
        "客訴處理單 whose part and order numbers are numbers kept by a leading-zero number format",
    ),
    excel_layout(
        "8d-en-dutch",
        "8d",
        "en",
        eightd_en_dutch,
        "8D",
        dict(A=34, B=30, C=26, D=30),
        "a Dutch customer's 8D-rapport: Dutch–English labels, 5 maart 2026, 1.250 st.",
    ),
    excel_layout(
        "8d-zh-wps",
        "8d",
        "zh-Hans",
        eightd_zh_wps,
        "8D",
        dict(A=16, B=30, C=16, D=30),
        "8D 报告 made and saved in WPS Office (WPS 表格, KSOProductBuildVer)",
        copy2=True,
        after_save=_wps,
    ),
    excel_layout(
        "8d-zht-stacklabel",
        "8d",
        "zh-Hant",
        eightd_zht_stacklabel,
        "8D",
        dict(A=14, B=14, C=30, D=30),
        "8D 報告 whose labels stand in a merged column on the left, one for several stacked rows",
        ["基本資料", "D4 原因分析", "D8 結案"],
    ),
    excel_layout(
        "return-en-arabic",
        "return",
        "en",
        return_en_arabic,
        "Return",
        dict(A=22, B=22, C=16, D=16, E=18, F=18),
        "a Gulf customer's Arabic–English return note laid out right-to-left, Arabic-Indic digits",
    ),
    excel_layout(
        "return-zh-barcode",
        "return",
        "zh-Hans",
        return_zh_barcode,
        "退货单",
        W6,
        "成品退货单 with a Code 39 barcode image of its number beside the typed number",
        copy2=True,
    ),
    excel_layout(
        "return-zht-highlight",
        "return",
        "zh-Hant",
        return_zht_highlight,
        "退貨單",
        W6,
        "成品退貨單 whose 處理方式 is a cell filled yellow among printed options",
        copy2=True,
    ),
    excel_layout(
        "allowance-en-czech",
        "allowance",
        "en",
        allowance_en_czech,
        "Dobropis",
        dict(A=30, B=16, C=20, D=22, E=20),
        "a Czech customer's Dobropis: Czech–English labels, 31. 3. 2026, 1 234,50 Kč, DIČ",
        copy2=True,
    ),
    excel_layout(
        "allowance-zh-stamp",
        "allowance",
        "zh-Hans",
        allowance_zh_stamp,
        "折让",
        dict(A=16, B=24, C=16, D=18, E=18),
        "销货折让证明单 with a stamp image over the manager's cell, the name typed small beside it",
    ),
]


# =============================================================================== sent as PDF only
_HONAP = (
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
)
_CSS = portal_css("#e8eef6")


def complaint_en_hungarian(f: HtmlForm) -> str:
    """A Hungarian customer's REKLAMÁCIÓ / CUSTOMER COMPLAINT page printed by Chromium:
    HUNGARIAN–ENGLISH labels, dates YEAR FIRST with a Hungarian month (``2026. március 5.``),
    quantities ``1 200 db`` (a space between the thousands)."""
    f.raw("<h2>REKLAMÁCIÓ / CUSTOMER COMPLAINT</h2>")
    d = pick(f, D(2026, 3, 5), D(2026, 4, 17))

    def hu(x: dt.date) -> str:
        return f"{x.year}. {_HONAP[x.month - 1]} {x.day}."

    q, dq = pick(f, (1200, 48), (8500, 210))
    kv(
        f,
        (
            ("Reklamáció száma / Complaint No.", pick(f, "RKL-2026-0052", "RKL-2026-0089"), "number", None),
            ("Dátum / Date", hu(d), "received_date", d.isoformat()),
            (
                "Vevő / Customer",
                pick(f, "Audi Hungaria Zrt.", "Knorr-Bremse Fékrendszerek Kft."),
                "customer",
                None,
            ),
            ("Rendelésszám / PO No.", pick(f, "AH-PO-5510283", "KB-PO-7713092"), "order_no", None),
            ("Gyártási tétel / Lot", pick(f, "HU2602-14", "HU2603-22"), "lot_no", None),
            ("Cikkszám / Part No.", pick(f, "AH-SNS-6610", "KB-VLV-2043"), "part_no", None),
            ("Megnevezés / Part name", pick(f, "Érzékelő tartó", "Szelepház"), "part_name", None),
            ("Szállított mennyiség / Qty delivered", f"{q:,} db".replace(",", " "), "ship_qty", q),
            ("Hibás mennyiség / Qty defective", f"{dq:,} db".replace(",", " "), "defect_qty", dq),
            (
                "Hiba leírása / Defect description",
                pick(f, "A rögzítőfül eltört beszereléskor.", "Tömítetlenség 6 bar nyomáson."),
                "description",
                None,
            ),
            (
                "Igény / Request",
                pick(f, "Csere / Replacement", "Visszaküldés / Return"),
                "customer_request",
                [pick(f, "replacement", "return")],
            ),
            (
                "Azonnali intézkedés / Immediate action",
                pick(f, "Készlet 100 %-os válogatása.", "Tétel zárolása."),
                "short_term_action",
                None,
            ),
            ("Ügyintéző / Handled by", pick(f, "Ma Lin", "Ma Lin"), "reporter", None),
            ("Felelős vezető / Supervisor", pick(f, "Nagy Péter", "Kovács Anna"), "sales_supervisor", None),
        ),
    )
    f.raw('<p class="note">Nyomtatva a beszállítói portálról / printed from the supplier portal.</p>')
    return f.page("Reklamacio", _CSS)


def return_en_dutch(f: HtmlForm) -> str:
    """A Dutch customer's RETOURBON / RETURN NOTE page printed by Chromium: DUTCH–ENGLISH labels,
    ``9 maart 2026``, quantities ``1.200 st.``, prices ``€ 1.234,50`` (the sign first)."""
    f.raw("<h2>RETOURBON / RETURN NOTE</h2>")
    kv(
        f,
        (
            ("Retournummer / Return No.", "RET-NL-26-0093", "number", None),
            ("Datum / Date", _nl_date(D(2026, 3, 9)), "issue_date", "2026-03-09"),
            ("Klant / Customer", "VDL Nedcar B.V.", "customer", None),
            ("Klachtnummer / Complaint No.", "VDL-KL-26-0117", "complaint_number", None),
        ),
    )
    heads = (
        "Artikelnr. / Part No.",
        "Omschrijving / Description",
        "Goedgekeurd / Approved",
        "Geretourneerd / Returned",
        "Prijs / Unit Price",
        "Bedrag / Amount",
    )
    th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(
        (
            ("VN-CLP-5501", "Kabelclip / Cable clip", 1200, 1200, 0.45),
            ("VN-GRM-5502", "Doorvoertule / Grommet", 2500, 2460, 0.82),
        )
    ):
        cells = (
            (code, f"items[{i}].part_no", None, heads[0]),
            (name, f"items[{i}].part_name", None, heads[1]),
            (f"{qa:,} st.".replace(",", "."), f"items[{i}].qty_approved", qa, heads[2]),
            (f"{q:,} st.".replace(",", "."), f"items[{i}].qty_returned", q, heads[3]),
            (nl(p), f"items[{i}].unit_price", money(p), heads[4]),
            (nl(q * p), f"items[{i}].amount", money(q * p), heads[5]),
        )
        f.raw(
            "<tr>"
            + "".join(f"<td>{f.val(r, path=pt, label=h, expect=e)}</td>" for r, pt, e, h in cells)
            + "</tr>"
        )
    f.raw("</table>")
    kv(
        f,
        (
            ("Reden / Reason", "Clip breekt bij montage (brittle material).", "reason", None),
            ("Afhandeling / Disposition", "Vernietigen / Scrap", "handling", ["scrap"]),
            ("Ontvangen door / Received by", "Kees Visser", "warehouse_receiver", None),
            ("Ontvangstdatum / Received", _nl_date(D(2026, 3, 12)), "received_date", "2026-03-12"),
            ("Goedgekeurd door / Approved by", "Ingrid Mulder", "approved_by", None),
        ),
    )
    return f.page("Retourbon", _CSS)


def _outlined(pdf, x: float, y: float, text: str, size: float) -> None:
    """Draw ``text`` as OUTLINES (filled vector paths, no font, no characters), as a PDF whose text
    was converted to curves before it was sent: a viewer shows the name, no text can be copied."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(_SANS)
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    scale = size / 72 * 25.4 / font["head"].unitsPerEm
    with pdf.new_path() as path:
        path.style.fill_color = "#000000"
        path.style.stroke_color = None

        class Pen(BasePen):
            def __init__(self, ox: float) -> None:
                super().__init__(glyphs)
                self.ox = ox

            def p(self, pt):
                return self.ox + pt[0] * scale, y - pt[1] * scale

            def _moveTo(self, pt):
                path.move_to(*self.p(pt))

            def _lineTo(self, pt):
                path.line_to(*self.p(pt))

            def _curveToOne(self, p1, p2, p3):
                path.curve_to(*self.p(p1), *self.p(p2), *self.p(p3))

            def _closePath(self):
                path.close()

        ox = x
        for ch in text:
            name = cmap[ord(ch)]
            glyphs[name].draw(Pen(ox))
            ox += glyphs[name].width * scale


_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def eightd_en_outlined(f: PdfDraw) -> None:
    """An 8D drawn by a quality system (fpdf2) with a CODE 39 BARCODE of its number beside the typed
    number, and the approver's name sent as OUTLINED TEXT (vector curves: nothing to extract, so
    ``closure.approved_by`` must stay empty, never guessed)."""
    f.text(70, 16, "8D CORRECTIVE ACTION REPORT", 14, bold=True)
    f.text(20, 28, "8D No.:")
    f.value(45, 28, "8D-SUZ-26-0142", path="number", label="8D No.")
    if not f.blank:
        f.pdf.code39("*8D-SUZ-26-0142*", x=110, y=21, w=0.5, h=9)
    rows = [
        (20, 40, "Customer:", "Continental Automotive Changchun", "customer", None),
        (20, 48, "Complaint Ref.:", "CAC-QN-26-0331", "complaint_number", None),
        (120, 48, "Opened:", "2026-03-18", "opened_date", "2026-03-18"),
        (20, 56, "Part No.:", "SZ-PCB-9021", "part_no", None),
        (120, 56, "Qty affected:", "88 pcs", "problem.qty_complained", 88),
    ]
    for x, y, lab, raw, path, exp in rows:
        f.text(x, y, lab)
        f.value(x + 28, y, raw, path=path, label=lab.rstrip(":"), expect=exp)
    steps = [
        ("D1 Team", "Xu Ming (Leader), Li Na, Tom Becker", None),
        ("D2 Problem", "Solder bridge on U7 found at customer ICT on 88 pcs.", "problem.statement"),
        ("D3 Containment", "AOI re-inspection of 6,000 pcs in stock.", "containment[0].action"),
        ("D4 Root cause", "Stencil aperture worn after 40,000 prints.", "root_cause[type=occurrence].cause"),
        ("D4 Escape", "AOI library tolerance too wide for U7.", "root_cause[type=escape].cause"),
        ("D5 Corrective action", "Stencil life limited to 30,000 prints.", "corrective_actions[0].action"),
        ("D6 Verification", "0 bridges in 4 lots (24,000 pcs).", "implementation[0].result"),
        ("D7 Prevention", "Stencil life rule on all 6 SMT lines.", "prevention.horizontal_deployment"),
        ("D8 Closed", "2026-04-27", "closure.closed_date"),
    ]
    y = 70
    for lab, raw, path in steps:
        f.text(20, y, lab + ":", bold=True)
        f.value(
            62, y, raw, path=path, label=lab, expect="2026-04-27" if path == "closure.closed_date" else None
        )
        f.pdf.line(18, y + 3, 192, y + 3)
        y += 10
    members(
        f, "D1 Team", "p1!62,70", "Xu Ming (Leader), Li Na, Tom Becker", ("Xu Ming", "Li Na", "Tom Becker")
    )
    f.text(20, y + 4, "D8 Approved by:", bold=True)
    if not f.blank:
        _outlined(f.pdf, 62, y + 4, "Wang Jianguo", 10)
    pdf_absent(
        f,
        "D8 Approved by",
        f"p1!62,{y + 4}",
        "Wang Jianguo (outlined text, no characters)",
        "closure.approved_by",
    )


def allowance_zht_twopage(f: PdfDraw) -> None:
    """營業人銷貨折讓證明單 of many lines CONTINUED OVER TWO PAGES: page 1 ends ``（接下頁）``, page 2
    repeats the title with ``（續）`` and the table's header, then the last lines and the totals."""
    f = CjkDraw.of(f)
    heads = ("品名", "數量", "單價", "金額", "營業稅額")
    xs = (20, 80, 110, 140, 170)

    def header(y: float) -> None:
        for x, h in zip(xs, heads):
            f.text(x, y, h, bold=True)
        f.pdf.line(18, y + 2, 195, y + 2)

    f.text(70, 18, "營業人銷貨折讓證明單", size=15)
    top = [
        (20, 30, "折讓單號", "ZR-HC-2603-07", "number", None),
        (110, 30, "開立日期", "115年3月27日", "issue_date", "2026-03-27"),
        (20, 38, "買受人", "緯創資通股份有限公司", "buyer", None),
        (110, 38, "統一編號", "70729591", "buyer_tax_id", None),
        (20, 46, "原發票號碼", "HC-51230987", "invoice_no", None),
        (110, 46, "發票日期", "115年3月2日", "invoice_date", "2026-03-02"),
    ]
    for x, y, lab, raw, path, exp in top:
        f.text(x, y, lab + "：")
        f.value(x + 22, y, raw, path=path, label=lab, expect=exp)
    header(58)
    names = [
        "機殼前蓋",
        "機殼後蓋",
        "側板左",
        "側板右",
        "底座",
        "按鍵帽",
        "導光柱",
        "螺絲 M2x4",
        "螺絲 M3x6",
        "絕緣片",
        "導電泡棉",
        "銘板",
    ]
    lines = [(n, 200 + 50 * k, float(2 + 3 * (k % 5))) for k, n in enumerate(names)]  # whole NT$
    net = tax = 0.0
    y = 66
    for i, (name, q, p) in enumerate(lines):
        if i == 9:  # the rest on page 2
            f.text(150, 280, "（接下頁）", size=8)
            f.pdf.add_page()
            f.text(60, 18, "營業人銷貨折讓證明單（續）", size=15)
            f.text(20, 28, "折讓單號：ZR-HC-2603-07　第 2 頁 / 共 2 頁", size=8)
            header(40)
            y = 48
        a, t = round(q * p, 2), float(int(q * p * 0.05 + 0.5))
        net, tax = net + a, tax + t
        for x, raw, path, exp, h in (
            (xs[0], name, f"items[{i}].name", None, heads[0]),
            (xs[1], f"{q:,}", f"items[{i}].qty", q, heads[1]),
            (xs[2], f"{p:,.2f}", f"items[{i}].unit_price", money(p), heads[2]),
            (xs[3], f"{a:,.0f}", f"items[{i}].allowance_amount", money(a), heads[3]),
            (xs[4], f"{t:,.0f}", f"items[{i}].tax", money(t), heads[4]),
        ):
            f.value(x, y, raw, path=path, label=h, expect=exp)
        y += 8
    y += 4
    f.pdf.line(18, y - 5, 195, y - 5)
    f.text(20, y, "合計：")
    f.value(xs[3], y, f"{net:,.0f}", path="total_excl_tax", label="合計 金額", expect=money(net))
    f.value(xs[4], y, f"{tax:,.0f}", path="total_tax", label="合計 營業稅額", expect=money(tax))
    f.text(20, y + 10, "總計：")
    f.value(42, y + 10, f"NT$ {net + tax:,.0f}", path="total", label="總計", expect=money(net + tax))
    f.text(20, y + 22, "經理：")
    f.value(42, y + 22, "翁世昌", path="approved_by_manager", label="經理")
    f.text(110, y + 22, "客訴單號：")
    f.value(132, y + 22, "WT-QA-260320", path="complaint_number", label="客訴單號")


SENT_AS_PDF = [
    dict(
        id="complaint-en-hungarian",
        kind="complaint",
        language="en",
        medium="html",
        draw=complaint_en_hungarian,
        copy2=True,
        imitates="a Hungarian customer's Reklamáció page: Hungarian–English labels, 2026. március 5., "
        "1 200 db",
        unmapped=[],
    ),
    dict(
        id="8d-en-outlined",
        kind="8d",
        language="en",
        medium="fpdf",
        draw=eightd_en_outlined,
        imitates="an 8D drawn by fpdf2 with a Code 39 barcode of its number, the approver's name in outlined text",
        unmapped=[],
    ),
    dict(
        id="return-en-dutch",
        kind="return",
        language="en",
        medium="html",
        draw=return_en_dutch,
        imitates="a Dutch customer's Retourbon page: Dutch–English labels, 9 maart 2026, € 1.234,50",
        unmapped=[],
    ),
    dict(
        id="allowance-zht-twopage",
        kind="allowance",
        language="zh-Hant",
        medium="fpdf",
        draw=allowance_zht_twopage,
        imitates="營業人銷貨折讓證明單 continued over two pages, the header repeated with （續）",
        unmapped=[],
    ),
]


# =============================================================================== odd files
ODD = {
    "8d-et.xlsx": "an 8D saved by WPS Office in its own .et format (an OLE2 compound file) and renamed .xlsx; "
    "a clear error, never a record",
    "complaint-screenshot.pdf": "a complaint sent as a PNG screenshot saved under a .pdf name (no %PDF header); "
    "a clear error, never a record",
}


def _ole2() -> bytes:
    """A small OLE2 compound file (the header WPS's .et and Excel's .xls share) holding one empty stream."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    header[0x18:0x1A] = (0x3E).to_bytes(2, "little")
    header[0x1A:0x1C] = (3).to_bytes(2, "little")
    header[0x1C:0x1E] = (0xFFFE).to_bytes(2, "little")
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    header[0x20:0x22] = (6).to_bytes(2, "little")
    header[0x2C:0x30] = (1).to_bytes(4, "little")  # one FAT sector
    header[0x30:0x34] = (1).to_bytes(4, "little")  # directory at sector 1
    header[0x38:0x3C] = (4096).to_bytes(4, "little")
    header[0x3C:0x40] = (0xFFFFFFFE).to_bytes(4, "little")
    header[0x44:0x48] = (0xFFFFFFFE).to_bytes(4, "little")
    header[0x4C:0x50] = (0).to_bytes(4, "little")
    for k in range(1, 109):
        header[0x4C + 4 * k : 0x50 + 4 * k] = (0xFFFFFFFF).to_bytes(4, "little")
    fat = bytearray(b"\xff" * sector)
    fat[0:4] = (0xFFFFFFFD).to_bytes(4, "little")
    fat[4:8] = (0xFFFFFFFE).to_bytes(4, "little")
    dirs = bytearray(sector)
    name = "Root Entry".encode("utf-16-le") + b"\0\0"
    dirs[0 : len(name)] = name
    dirs[0x40:0x42] = len(name).to_bytes(2, "little")
    dirs[0x42] = 5
    dirs[0x43] = 1
    for off in (0x44, 0x48, 0x4C):
        dirs[off : off + 4] = (0xFFFFFFFF).to_bytes(4, "little")
    dirs[0x74:0x78] = (0xFFFFFFFE).to_bytes(4, "little")
    for k in range(1, 4):
        for off in (0x44, 0x48, 0x4C):
            dirs[128 * k + off : 128 * k + off + 4] = (0xFFFFFFFF).to_bytes(4, "little")
    return bytes(header + fat + dirs)


def _screenshot() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 160), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((10, 10, 390, 150), outline="black")
    draw.text((20, 20), "CUSTOMER COMPLAINT  RKL-2026-0052", fill="black")
    draw.text((20, 50), "Customer: Audi Hungaria Zrt.", fill="black")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def write_odd(out: Path) -> None:
    """``odd/<id>.<ext>`` and ``odd/<id>.json`` (the expected outcome)."""
    odd = odd_expected(out, ODD)
    (odd / "8d-et.xlsx").write_bytes(_ole2())
    (odd / "complaint-screenshot.pdf").write_bytes(_screenshot())


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder)."""
    if FPDF is None:
        print("fpdf2 is not installed: the PDFs sent alone are kept as committed")
    write_odd(run(argv, HERE, EXCEL, SENT_AS_PDF, SOURCE, "twentieth held-out layouts"))


if __name__ == "__main__":
    main(sys.argv[1:])
