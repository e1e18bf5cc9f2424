"""Write the sixty-eighth held-out set (run: ``python tests/holdout68/make_holdout68.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for EXCEL 方眼紙 — FORMS DRAWN
ON GRID PAPER: the sheet's columns are all two or three characters wide so that boxes can be drawn anywhere, as
Japanese-owned and Taiwanese plants (and Chinese factories copying their customers) lay out every form. Labels and
values spread over merged ranges of many narrow cells, of other widths on each row; values typed into the first cell
of a box and overflowing, unmerged, across its empty neighbours; a date's 年 / 月 / 日 each in a small cell of its own
with the figures between them; ids one character a box; options as □ / ■ / ☑ in cells of their own before their
words; a stamp row of square boxes (承認 / 確認 / 作成, 批准 / 审核 / 编制); section titles in shaded full-width
bars; a border round every box; a print area and a page setup fitted to one page (the 8Ds to two, a manual page
break); the PDFs LibreOffice prints of them. A complaint sheet, a 8D over two printed pages, a return note whose line
table is drawn on the grid (each column several grid cells merged), an allowance; zh-Hans, zh-Hant, English (an
English supplier form in the same style). Five layouts are sent as PDF only (the print of the filled sheet; the
template the print of the blank). ``odd/`` holds a grid complaint dated 2026 年 2 月 30 日 and a grid return note whose
实退数量 is larger than its 核准数量 and typed with a minus sign in front (``-35``).

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Each run the same
xlsx and json bytes; the PDFs printed with ``soffice`` (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes
elsewhere).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break

HERE, SOURCE = kit.generator(__file__, "sixty-eighth held-out imitation")
D = dt.date

_THIN = Side(style="thin")
_LABEL = PatternFill("solid", fgColor="EDEDED")
_BAR = PatternFill("solid", fgColor="BFBFBF")


def grid_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``grid-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"grid-{lid}", kind, lang


# =============================================================================== the grid
def grid(s: kit.Sheet, cols: int, rows: int, width: float = 2.6, height: float = 17.0, pages: int = 1,
         breaks=(), landscape: bool = False) -> None:  # fmt: skip
    """Square the sheet: ``cols`` columns ``width`` wide, ``rows`` rows ``height`` high, no grid lines, the print
    area round them and the page setup fitted to ``pages`` page(s) tall (0: by the manual ``breaks``)."""
    ws = s.ws
    for c in range(1, cols + 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    for r in range(1, rows + 1):
        ws.row_dimensions[r].height = height
    ws.sheet_view.showGridLines = False
    ws.print_area = f"A1:{get_column_letter(cols)}{rows}"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = pages
    if landscape:
        ws.page_setup.orientation = "landscape"
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5, header=0.2, footer=0.2)
    ws.print_options.horizontalCentered = True
    for b in breaks:
        ws.row_breaks.append(Break(id=b))
    s.cols = cols


def _frame(s, r1, c1, r2, c2, inner: bool) -> None:
    """A border round every cell of the range (``inner``) or round the range only (a box typed into unmerged)."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if inner:
                s.ws.cell(r, c).border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
            else:
                s.ws.cell(r, c).border = Border(
                    left=_THIN if c == c1 else None,
                    right=_THIN if c == c2 else None,
                    top=_THIN if r == r1 else None,
                    bottom=_THIN if r == r2 else None,
                )


def _ref(s, r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


def _note(s, label: str, ref: str, shown: str, path: str | None, expect, note: str = "") -> None:
    if path and not s.blank:
        entry = {
            "label": label,
            "cell": f"{s.ws.title}!{ref}",
            "value": shown,
            "path": path,
            "expect": expect,
        }
        if note:
            entry["note"] = note
        s.fields.append(entry)


def L(w: int, text: str, shade: bool = True, center: bool = False, bold: bool = False, size: int | None = None,
      border: bool = True) -> dict:  # fmt: skip
    """A printed label (or heading) merged over ``w`` grid cells."""
    return dict(k="L", w=w, text=text, shade=shade, center=center, bold=bold, size=size, border=border)


def P(w: int, text: str = "", size: int | None = None, center: bool = False) -> dict:
    """Printed text with no border (a unit after a box, a note), or nothing (a gap)."""
    return dict(k="L", w=w, text=text, shade=False, center=center, bold=False, size=size, border=False)


def V(w: int, raw, path, label: str, expect=None, fmt: str | None = None, over: bool = False,
      center: bool = False) -> dict:  # fmt: skip
    """A value box ``w`` cells wide: merged (the value wraps in it) or, ``over``, the value typed into its first cell
    and running on over the empty cells to its right (a border round the box only)."""
    return dict(k="V", w=w, raw=raw, path=path, label=label, expect=expect, fmt=fmt, over=over, center=center)


def Dt(d: dt.date, path, label: str, parts=(3, 1, 2, 1, 2, 1), marks=("年", "月", "日"), roc: bool = False,
       pad: bool = False) -> dict:  # fmt: skip
    """A date box: the year, 年, the month, 月, the day, 日 each in cells of its own (``parts`` their widths),
    the figures typed as numbers (``pad``: ``05`` typed as text); ``roc``: the year of the Republic (115)."""
    return dict(k="D", w=sum(parts), d=d, path=path, label=label, parts=parts, marks=marks, roc=roc, pad=pad)


def B(text: str, path, label: str, expect=None, width: int = 0) -> dict:
    """An id typed one character a box (``width`` boxes; the text's length when 0)."""
    return dict(k="B", w=width or len(text), text=text, path=path, label=label, expect=expect)


def T(options, chosen, path, label: str, expect=None, spans=None, marks=("□", "■")) -> dict:
    """Options as a mark in a cell of its own (``□`` / ``■``) before the option's word merged over ``spans``."""
    spans = spans or [max(2, (len(o) + 1) // 2 + 1) for o in options]
    return dict(k="T", w=sum(1 + sp for sp in spans), options=options, chosen=set(chosen), path=path, label=label,
                expect=expect, spans=spans, marks=marks)  # fmt: skip


def E(w: int) -> dict:
    """An empty box (nothing to type in this copy)."""
    return dict(k="E", w=w)


def row(s: kit.Sheet, r: int, *items, rows: int = 1, c: int = 1) -> int:
    """Draw ``items`` left to right from column ``c`` on row ``r`` (each ``rows`` high); returns the next row."""
    for it in items:
        _draw(s, r, c, it, rows)
        c += it["w"]
    assert c - 1 <= s.cols, (s.ws.title, r, c - 1)
    return r + rows


def _merge(s, r, c, w, rows) -> None:
    if w > 1 or rows > 1:
        s.ws.merge_cells(start_row=r, start_column=c, end_row=r + rows - 1, end_column=c + w - 1)


def _draw(s, r: int, c: int, it: dict, rows: int) -> None:
    k, w = it["k"], it["w"]
    ws = s.ws
    if k == "L":
        if not it["text"] and not it["border"]:
            return
        _merge(s, r, c, w, rows)
        if it["border"]:
            _frame(s, r, c, r + rows - 1, c + w - 1, True)
        cell = ws.cell(r, c)
        cell.value = it["text"] or None
        cell.font = Font(bold=it["bold"] or bool(it["size"] and it["size"] > 11), size=it["size"] or 10)
        if it["shade"]:
            cell.fill = _LABEL
        cell.alignment = Alignment(
            horizontal="center" if it["center"] else None, vertical="center", wrap_text=True
        )
    elif k == "E":
        _merge(s, r, c, w, rows)
        _frame(s, r, c, r + rows - 1, c + w - 1, True)
    elif k == "V":
        if not it["over"]:
            _merge(s, r, c, w, rows)
        _frame(s, r, c, r + rows - 1, c + w - 1, not it["over"])
        cell = ws.cell(r, c)
        cell.font = Font(size=10)
        cell.alignment = Alignment(horizontal="center" if it["center"] else None,
                                   vertical="top" if rows > 1 else "center", wrap_text=not it["over"])  # fmt: skip
        raw = it["raw"]
        if s.blank or raw in ("", None):
            return
        cell.value = raw
        if it["fmt"]:
            cell.number_format = it["fmt"]
        if isinstance(raw, (int, float)) and it["fmt"] and "," in it["fmt"]:
            shown = f"{raw} (number cell shown {raw:,})"
        else:
            shown = str(raw)
        exp = raw if it["expect"] is None else it["expect"]
        _note(
            s,
            it["label"],
            _ref(s, r, c),
            shown,
            it["path"],
            exp,
            "typed into the box's first cell, running on over the empty cells" if it["over"] else "",
        )
    elif k == "D":
        d, cc = it["d"], c
        year = d.year - 1911 if it["roc"] else d.year
        figures = (year, d.month, d.day)
        for n, (part, fig) in enumerate(zip(it["parts"][0::2], figures)):
            _merge(s, r, cc, part, rows)
            _frame(s, r, cc, r + rows - 1, cc + part - 1, True)
            cell = ws.cell(r, cc)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            if not s.blank:
                cell.value = f"{fig:02d}" if it["pad"] and n else fig
            cc += part
            mark_w = it["parts"][2 * n + 1] if 2 * n + 1 < len(it["parts"]) else 0
            if mark_w:
                _merge(s, r, cc, mark_w, rows)
                _frame(s, r, cc, r + rows - 1, cc + mark_w - 1, True)
                m = ws.cell(r, cc)
                m.value = it["marks"][n]
                m.alignment = Alignment(horizontal="center", vertical="center")
                cc += mark_w
        marks = list(it["marks"]) + [""] * 3
        typed = [f"{f:02d}" if it["pad"] and n else str(f) for n, f in enumerate(figures)]
        shown = f"{typed[0]} {marks[0]} {typed[1]} {marks[1]} {typed[2]} {marks[2]}".strip()
        _note(
            s,
            it["label"],
            _ref(s, r, c),
            shown,
            it["path"],
            d.isoformat(),
            "the year, the month and the day each in cells of their own, the marks between them",
        )
    elif k == "B":
        for n in range(w):
            cell = ws.cell(r, c + n)
            _merge(s, r, c + n, 1, rows)
            _frame(s, r, c + n, r + rows - 1, c + n, True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            if not s.blank and n < len(it["text"]):
                cell.value = it["text"][n]
        exp = it["text"] if it["expect"] is None else it["expect"]
        _note(s, it["label"], _ref(s, r, c), it["text"], it["path"], exp, "one character a box")
    elif k == "T":
        cc = c
        shown = []
        for opt, sp in zip(it["options"], it["spans"]):
            on = opt in it["chosen"] and not s.blank
            mark = ws.cell(r, cc)
            mark.value = it["marks"][1] if on else it["marks"][0]
            mark.alignment = Alignment(horizontal="center", vertical="center")
            _merge(s, r, cc + 1, sp, rows)
            word = ws.cell(r, cc + 1)
            word.value = opt
            word.alignment = Alignment(vertical="center")
            shown.append(f"{mark.value}{opt}")
            cc += 1 + sp
        if it["path"]:
            _note(
                s,
                it["label"],
                _ref(s, r, c),
                " ".join(shown),
                it["path"],
                it["expect"],
                "each mark in a cell of its own",
            )


def bar(s: kit.Sheet, r: int, text: str, c: int = 1, w: int | None = None) -> int:
    """A section title in a shaded bar the width of the form; returns the next row."""
    w = w or s.cols - c + 1
    _merge(s, r, c, w, 1)
    _frame(s, r, c, r, c + w - 1, True)
    cell = s.ws.cell(r, c)
    cell.value = text
    cell.font = Font(bold=True, size=10)
    cell.fill = _BAR
    cell.alignment = Alignment(vertical="center")
    return r + 1


def title(s: kit.Sheet, r: int, text: str, sub: str = "", size: int = 16) -> int:
    """The form's title centred over the grid (two rows), its form number small at the right of the row above."""
    if sub:
        cell = s.ws.cell(r, s.cols - 9)
        s.ws.merge_cells(start_row=r, start_column=s.cols - 9, end_row=r, end_column=s.cols)
        cell.value = sub
        cell.font = Font(size=8)
        cell.alignment = Alignment(horizontal="right")
        r += 1
    s.ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=s.cols)
    cell = s.ws.cell(r, 1)
    cell.value = text
    cell.font = Font(bold=True, size=size)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    return r + 2


def stamps(s: kit.Sheet, r: int, c: int, titles, names, paths=(), w: int = 4, h: int = 3) -> None:
    """A stamp row: a box per title (``承認 / 確認 / 作成``) ``w`` cells wide over a square box ``h`` rows high
    where the name is typed (a field where ``paths`` names one)."""
    paths = list(paths) + [None] * len(titles)
    for n, (t, name) in enumerate(zip(titles, names)):
        cc = c + n * w
        _merge(s, r, cc, w, 1)
        _frame(s, r, cc, r, cc + w - 1, True)
        head = s.ws.cell(r, cc)
        head.value = t
        head.fill = _LABEL
        head.alignment = Alignment(horizontal="center", vertical="center")
        _merge(s, r + 1, cc, w, h)
        _frame(s, r + 1, cc, r + h, cc + w - 1, True)
        box = s.ws.cell(r + 1, cc)
        box.alignment = Alignment(horizontal="center", vertical="center")
        if not s.blank and name:
            box.value = name
            _note(s, t, _ref(s, r + 1, cc), name, paths[n], name, "typed in the stamp box under its title")


def table(s: kit.Sheet, r: int, heads, spans, lines, paths, c: int = 1, expects=None, fmts=None) -> int:
    """A line table drawn on the grid: each column ``spans[i]`` grid cells merged, the heads shaded, one line a
    row (``paths[i]``: ``items[{n}].part_no`` or None); returns the row after the last line."""
    row(s, r, *(L(sp, h, center=True) for h, sp in zip(heads, spans)), c=c)
    for n, line in enumerate(lines):
        items = []
        for i, (val, sp) in enumerate(zip(line, spans)):
            path = paths[i] and paths[i].format(n=n)
            exp = expects[i](val) if expects and expects[i] else None
            fmt = fmts[i] if fmts else None
            items.append(
                V(sp, val, path, heads[i], expect=exp, fmt=fmt, center=isinstance(val, (int, float)))
            )
        row(s, r + 1 + n, *items, c=c)
    return r + 1 + len(lines)


def empty_lines(s: kit.Sheet, r: int, spans, n: int, c: int = 1) -> int:
    """``n`` empty ruled lines of a table (the rows the clerk did not need)."""
    for k in range(n):
        row(s, r + k, *(E(sp) for sp in spans), c=c)
    return r + n


def money(x: float) -> str:
    return kit.money(x)


def team_fields(s: kit.Sheet, label: str, ref: str, typed: str, team) -> None:
    """One expected ``team[*].name`` a member of ``team`` typed together in the box at ``ref``."""
    for name in team:
        _note(s, label, ref, typed, "team[*].name", name)


# =============================================================================== complaint
def complaint_zh_fangge(s: kit.Sheet) -> None:
    """A 客户投诉单 on grid paper (36 columns 2.6 wide) copied from a Japanese customer's: the stamp row 批准 / 审核 /
    编制 top right beside the header, the number and the customer typed into the first cell of their boxes and running
    on, 受理日期 as 年 / 月 / 日 cells, the quantities in small boxes with 套 printed after them, section bars 一 … 四,
    the request as □ / ■ in cells of their own, fitted to one page."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 36, 30)
    r = title(s, 1, "客 户 投 诉 单", "QR-8.2-03　A/0")
    stamps(s, r, 25, ("批准", "审核", "编制"), ("王建国", p("陈立新", "刘海燕"), p("周晓梅", "何建平")),
           ("approver", "sales_supervisor", "reporter"))  # fmt: skip
    row(s, r, L(5, "投诉编号"), V(17, p("KS-2611-019", "KS-2612-004"), "number", "投诉编号", over=True))
    row(s, r + 1, L(5, "受理日期"), Dt(p(D(2026, 11, 3), D(2026, 12, 2)), "received_date", "受理日期"), P(7))
    row(s, r + 2, L(5, "客户名称"),
        V(17, p("华东精密机械有限公司", "苏州恒锐自动化设备有限公司"), "customer", "客户名称", over=True))  # fmt: skip
    row(s, r + 3, L(5, "订 单 号"), V(17, p("PO2610-0385", "PO2611-0127"), "order_no", "订 单 号"))
    r = bar(s, r + 5, "一、产品信息")
    row(s, r, L(5, "产品型号"), V(9, p("HJ-6205-2RS", "HJ-6304-ZZ"), "part_no", "产品型号"), L(5, "产品名称"),
        V(17, p("深沟球轴承", "深沟球轴承（防尘盖）"), "part_name", "产品名称", over=True))  # fmt: skip
    row(s, r + 1, L(5, "生产批号"), V(9, p("B261008-2", "B261102-1"), "lot_no", "生产批号"), L(5, "交货数量"),
        V(5, p(5000, 3000), "ship_qty", "交货数量", fmt="#,##0", center=True), P(2, "套"), L(5, "不良数量"),
        V(3, p(126, 45), "defect_qty", "不良数量", center=True), P(2, "套"))  # fmt: skip
    r = bar(s, r + 3, "二、异常描述")
    row(s, r, V(36, p("客户装机试运行 2 小时后轴承异响、温升超过 40 ℃，拆检发现保持架铆钉松动，滚道有压痕；同批抽检 200 套，"
                      "异响 5 套。", "防尘盖脱落，内部润滑脂外溢，装机后 1 小时卡滞。"), "description", "异常描述"), rows=4)  # fmt: skip
    r = bar(s, r + 4, "三、客户要求")
    row(s, r, T(("退货", "换货", "返工", "折让", "赔款"), {p("换货", "退货")}, "customer_request", "客户要求",
                expect=[p("replacement", "return")]))  # fmt: skip
    r = bar(s, r + 2, "四、临时对策")
    row(s, r, V(36, p("库存 1,800 套全部隔离复检；客户处在线品由我司派员 100% 听音筛选。", "库存隔离，派员到客户处挑选。"),
                "short_term_action", "临时对策"), rows=3)  # fmt: skip
    row(s, r + 4, P(24, "注：本单一式三联，第一联品质部、第二联业务部、第三联客户。", size=8))


def complaint_zht_grid(s: kit.Sheet) -> None:
    """A Taiwanese 客訴處理單 on grid paper (40 columns 2.3 wide): 客訴編號 one character a box, 受理日期 in the
    Republic's years over 年 / 月 / 日 cells, the stamp row 核准 / 審核 / 經辦, 異常類別 and 客戶要求 as ■ / □ cells,
    異常說明 and 原因分析 in boxes several rows high, the print fitted to one page."""
    grid(s, 40, 34, width=2.3)
    r = title(s, 1, "客 訴 處 理 單", "表單編號 QP-09-01　版次 B")
    stamps(
        s,
        r,
        29,
        ("核准", "審核", "經辦"),
        ("鄭文雄", "林志豪", "陳怡君"),
        ("approver", "sales_supervisor", "reporter"),
    )
    row(s, r, L(6, "客訴編號"), B("CC11511003", "number", "客訴編號"), P(12))
    row(s, r + 1, L(6, "受理日期"), P(1), Dt(D(2026, 11, 5), "received_date", "受理日期", roc=True), P(11))
    row(s, r + 2, L(6, "客戶名稱"), V(22, "台灣精材科技股份有限公司", "customer", "客戶名稱", over=True))
    r = bar(s, r + 4, "■ 產品資料")
    row(s, r, L(6, "訂單號碼"), V(10, "PO-115-0872", "order_no", "訂單號碼"), L(6, "料　　號"),
        V(18, "TS-CN-2408-G", "part_no", "料號", over=True))  # fmt: skip
    row(s, r + 1, L(6, "品　　名"), V(16, "鍍金連接器 24 pin", "part_name", "品名"), L(6, "批　　號"),
        V(12, "L1151021-3", "lot_no", "批號"))  # fmt: skip
    row(s, r + 2, L(6, "出貨數量"), V(6, 12000, "ship_qty", "出貨數量", fmt="#,##0", center=True), P(4, "PCS"),
        L(6, "不良數量"), V(6, 340, "defect_qty", "不良數量", center=True), P(4, "PCS"), L(4, "不良率"), V(4, "2.8%", "defect_rate", "不良率", expect="0.028"))  # fmt: skip
    row(
        s,
        r + 3,
        L(6, "異常類別"),
        T(("品質異常", "交期異常", "其他"), {"品質異常"}, "complaint_type", "異常類別", expect="quality"),
    )
    r = bar(s, r + 5, "■ 異常說明")
    row(s, r, V(40, "客戶端插拔測試 50 次後接觸電阻上升至 45 mΩ（規格 ≤ 20 mΩ），鍍層磨耗露底；抽測 500 pcs 不良 14 pcs。",
                "description", "異常說明"), rows=3)  # fmt: skip
    row(s, r + 3, L(6, "客戶要求"), T(("退貨", "換貨", "重工", "折讓"), {"換貨"}, "customer_request", "客戶要求",
                                    expect=["replacement"]))  # fmt: skip
    r = bar(s, r + 5, "■ 原因分析（由品保課填寫）")
    row(s, r, V(40, "電鍍線金槽濃度偏低，鍍金厚度 0.18 μm（規格 ≥ 0.38 μm），出貨檢驗未量測膜厚。", "root_cause", "原因分析"),
        rows=3)  # fmt: skip
    row(s, r + 4, P(30, "※ 本表單經核准後影本送業務課回覆客戶。", size=8))


def complaint_en_grid(s: kit.Sheet) -> None:
    """An English supplier's CUSTOMER COMPLAINT FORM in the same grid style (36 columns 2.8 wide): Approved / Checked
    / Prepared stamp boxes top right, the date as Y / M / D cells, values overflowing their first cell, the quantities
    with ``pcs`` printed after the box, ☐ / ☑ in cells of their own, shaded section bars."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 36, 31, width=2.8)
    r = title(s, 1, "CUSTOMER COMPLAINT FORM", "F-QA-021 Rev.3", size=14)
    stamps(s, r, 25, ("Approved", "Checked", "Prepared"), ("K. Sato", p("M. Tanaka", "Y. Mori"), p("A. Ong", "R. Lim")),
           ("approver", "sales_supervisor", "reporter"))  # fmt: skip
    row(
        s,
        r,
        L(6, "Complaint No."),
        V(16, p("CC-26-1107", "CC-26-1214"), "number", "Complaint No.", over=True),
    )
    row(s, r + 1, L(6, "Date received"), Dt(p(D(2026, 11, 9), D(2026, 12, 14)), "received_date", "Date received",
                                           parts=(3, 1, 2, 1, 2, 1), marks=("Y", "M", "D")), P(6))  # fmt: skip
    row(s, r + 2, L(6, "Customer"), V(16, p("Penang Precision Motors Sdn Bhd", "Kulim Drive Systems Sdn Bhd"),
                                      "customer", "Customer", over=True))  # fmt: skip
    row(s, r + 3, L(6, "P/O No."), V(16, p("PO-88-40211", "PO-88-40377"), "order_no", "P/O No."))
    r = bar(s, r + 5, "1. PRODUCT")
    row(s, r, L(6, "Part No."), V(10, p("SH-0812-A", "SH-1016-C"), "part_no", "Part No."), L(6, "Part Name"),
        V(14, p("Motor shaft, hardened", "Motor shaft, ground"), "part_name", "Part Name", over=True))  # fmt: skip
    row(s, r + 1, L(6, "Lot No."), V(10, p("L26-1031-2", "L26-1128-1"), "lot_no", "Lot No."), L(6, "Qty delivered"),
        V(4, p(4000, 2500), "ship_qty", "Qty delivered", fmt="#,##0", center=True), P(2, "pcs"),
        L(4, "Qty NG"), V(2, p(96, 40), "defect_qty", "Qty NG", center=True), P(2, "pcs"))  # fmt: skip
    r = bar(s, r + 3, "2. DESCRIPTION OF NONCONFORMITY")
    row(s, r, V(36, p("Shaft diameter 7.985–7.990 mm at the bearing seat (spec. 8.000 −0.005/−0.013); bearings spin on "
                      "the shaft after 30 min run-in. 96 of 400 checked are out.",
                      "Burrs on the keyway; 40 motors jam at assembly."), "description", "Description"), rows=4)  # fmt: skip
    r = bar(s, r + 4, "3. CUSTOMER REQUEST")
    row(s, r, T(("Return", "Replace", "Rework", "Credit"), {p("Replace", "Rework")}, "customer_request", "Customer request",
                expect=[p("replacement", "rework")], marks=("☐", "☑")))  # fmt: skip
    r = bar(s, r + 2, "4. CONTAINMENT")
    row(s, r, V(36, p("All stock at our warehouse (2,600 pcs) on hold and 100% measured; sorting team at customer "
                      "from 10 Nov.", "Stock on hold; keyways deburred and re-inspected."),
                "short_term_action", "Containment"), rows=3)  # fmt: skip


def complaint_zh_stamp(s: kit.Sheet) -> None:
    """A 客诉联络单 on grid paper printed landscape (48 columns 2.2 wide), sent as PDF only: two fields a row, each
    label and value box its own width, the date as ``/`` cells, the phone one digit a box, the stamp row 批准 / 审核
    / 编制 at the bottom right, shaded bars."""
    grid(s, 48, 24, width=2.2, landscape=True)
    r = title(s, 1, "客 诉 联 络 单", "QR-QA-017 版本 C/1")
    row(s, r, L(5, "联络单号"), V(19, "LL-2611-0086", "number", "联络单号", over=True), L(5, "发出日期"),
        Dt(D(2026, 11, 16), "received_date", "发出日期", parts=(4, 1, 2, 1, 2), marks=("/", "/")), P(9))  # fmt: skip
    row(s, r + 1, L(5, "客户名称"), V(19, "重庆长鹏汽车零部件有限公司", "customer", "客户名称", over=True), L(5, "联系电话"),
        B("02367781234", None, "联系电话"), P(8))  # fmt: skip
    row(s, r + 2, L(5, "订单编号"), V(19, "CP-PO-26-3391", "order_no", "订单编号"), L(5, "零件号"),
        V(19, "CP-BRK-2214", "part_no", "零件号"))  # fmt: skip
    row(s, r + 3, L(5, "零件名称"), V(19, "制动钳支架", "part_name", "零件名称", over=True), L(5, "批　　次"),
        V(19, "26-10-24A", "lot_no", "批次"))  # fmt: skip
    row(s, r + 4, L(5, "交付数量"), V(6, 2400, "ship_qty", "交付数量", fmt="#,##0", center=True), P(2, "件"), E(11),
        L(5, "不良数量"), V(6, 72, "defect_qty", "不良数量", center=True), P(2, "件"), E(11))  # fmt: skip
    r = bar(s, r + 6, "问题描述")
    row(s, r, V(48, "支架安装孔 φ12.5 孔位偏移 0.4 mm，客户总装时螺栓无法装入；2400 件中挑出 72 件。", "description", "问题描述"),
        rows=3)  # fmt: skip
    r = bar(s, r + 4, "客户要求")
    row(
        s,
        r,
        T(("退货", "换货", "返工", "让步接收"), {"返工"}, "customer_request", "客户要求", expect=["rework"]),
        P(20),
    )
    stamps(
        s,
        r + 2,
        36,
        ("批准", "审核", "编制"),
        ("邓志强", "罗明", "杨晓燕"),
        ("approver", "sales_supervisor", "reporter"),
    )
    row(s, r + 2, L(8, "备注"), V(26, "请于 48 小时内回复临时措施。", None, "备注"), rows=4)


def complaint_en_scar(s: kit.Sheet) -> None:
    """A CUSTOMER COMPLAINT NOTICE on grid paper from a Japanese-owned plant in Thailand (40 columns 2.4 wide), sent as
    PDF only: the date as ``YYYY / MM / DD`` cells (the month and day typed ``05``), the issue number one character a
    box, Issued / Checked / Approved stamp boxes, ☑ options."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 40, 30, width=2.4)
    r = title(s, 1, "CUSTOMER COMPLAINT NOTICE", "TQ-F-008 (2)", size=14)
    stamps(s, r, 29, ("Approved", "Checked", "Issued"), ("H. Ito", p("S. Chaiyaporn", "P. Wongsa"), p("N. Suda", "K. Arun")),
           ("approver", "sales_supervisor", "reporter"))  # fmt: skip
    row(s, r, L(7, "Issue No."), B(p("TQ26110042", "TQ26120007"), "number", "Issue No."), P(11))
    row(s, r + 1, L(7, "Issue date"), Dt(p(D(2026, 11, 18), D(2026, 12, 7)), "received_date", "Issue date",
                                        parts=(4, 1, 2, 1, 2), marks=("/", "/"), pad=True), P(11))  # fmt: skip
    row(s, r + 2, L(7, "Customer"), V(21, p("Siam Compressor Industry Co., Ltd.", "Thai Auto Parts Manufacturing Co., Ltd."),
                                      "customer", "Customer", over=True))  # fmt: skip
    r = bar(s, r + 4, "PART INFORMATION")
    row(s, r, L(7, "Part No."), V(13, p("TQ-VLV-0331", "TQ-VLV-0415"), "part_no", "Part No."), L(7, "Part name"),
        V(13, p("Suction valve plate", "Discharge valve plate"), "part_name", "Part name", over=True))  # fmt: skip
    row(s, r + 1, L(7, "Lot No."), V(13, p("2610-17B", "2611-22A"), "lot_no", "Lot No."), L(7, "PO No."),
        V(13, p("SC-4410-2231", "TA-PO-77812"), "order_no", "PO No."))  # fmt: skip
    row(s, r + 2, L(7, "Delivered"), V(8, p(15000, 6000), "ship_qty", "Delivered", fmt="#,##0", center=True), P(5, "pcs"),
        L(7, "Defective"), V(8, p(210, 64), "defect_qty", "Defective", center=True), P(5, "pcs"))  # fmt: skip
    r = bar(s, r + 4, "PROBLEM DESCRIPTION")
    row(s, r, V(40, p("Flatness of the valve seat 0.035 mm (max 0.015); compressors leak at 2.4 MPa. 210 pcs rejected at "
                      "incoming sampling.", "Cracks at the reed slot after 2,000 h endurance test."),
                "description", "Problem description"), rows=3)  # fmt: skip
    r = bar(s, r + 4, "REQUEST")
    row(s, r, T(("Sorting", "Return", "Replacement", "Credit note"), {p("Replacement", "Return")}, "customer_request",
                "Request", expect=[p("replacement", "return")], marks=("☐", "☑"), spans=(4, 4, 6, 6)))  # fmt: skip
    row(s, r + 2, P(40, "Reply with containment within 24 h and 8D within 14 days.", size=8))


# =============================================================================== 8D
def _d_box(s, r: int, head: str, text: str, path, label: str, rows: int) -> int:
    """An 8D step: its shaded bar, the text in a box ``rows`` high under it; returns the next row."""
    r = bar(s, r, head)
    row(s, r, V(s.cols, text, path, label), rows=rows)
    return r + rows


def eightd_zh_grid(s: kit.Sheet) -> None:
    """An 8D 报告 on grid paper over two printed pages (36 columns 2.6 wide, a manual page break before D6): the header
    as boxes of other widths, 开立日期 over 年 / 月 / 日 cells, the D1 team as a small grid table (角色 / 姓名 / 部门),
    D4 split into 发生原因 / 流出原因 boxes, the stamp row 批准 / 审核 / 编制 under D8."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 36, 62, pages=0, breaks=(33,))
    r = title(s, 1, "8D 问题解决报告", "QR-8.5-02　B/0")
    row(s, r, L(5, "报告编号"), V(13, p("8D-2611-007", "8D-2612-002"), "number", "报告编号", over=True), L(5, "开立日期"),
        Dt(p(D(2026, 11, 6), D(2026, 12, 3)), "opened_date", "开立日期"), P(3))  # fmt: skip
    row(s, r + 1, L(5, "客户名称"), V(13, p("宁波拓普集团股份有限公司", "浙江万向精工有限公司"), "customer", "客户名称", over=True),
        L(5, "客诉单号"), V(13, p("TP-QC-2611-045", "WX-KS-2612-011"), "complaint_number", "客诉单号"))  # fmt: skip
    row(s, r + 2, L(5, "产品型号"), V(13, p("ZJ-BSH-3320", "ZJ-BSH-2810"), "part_no", "产品型号"), L(5, "不良数量"),
        V(6, p(380, 150), "problem.qty_complained", "不良数量", center=True), P(7, "件"))  # fmt: skip
    r = bar(s, r + 4, "D1 成立小组")
    row(
        s,
        r,
        L(6, "角色", center=True),
        L(8, "姓名", center=True),
        L(10, "部门", center=True),
        L(12, "职责", center=True),
    )
    team = p(("张伟", "李娜", "王强"), ("张伟", "赵磊", "孙丽"))
    for k, (role, name, dept, duty) in enumerate(zip(("组长", "组员", "组员"), team, ("品质部", "生产部", "技术部"),
                                                     ("统筹、对外回复", "现场围堵", "原因分析")), start=1):  # fmt: skip
        row(s, r + k, L(6, role, shade=False, center=True), V(8, name, "team[*].name", "姓名", center=True),
            V(10, dept, None, "部门"), V(12, duty, None, "职责"))  # fmt: skip
    r += 5
    r = _d_box(s, r, "D2 问题描述", p("客户装配线发现衬套压装后脱出，10 月 20 日—26 日生产批次不良 380 件。",
                                     "衬套外圈橡胶开裂 150 件。"), "problem.statement", "D2 问题描述", 2)  # fmt: skip
    r = _d_box(s, r, "D3 临时措施", p("在库 4,200 件、在途 1,500 件全部隔离，按压出力 100% 复检。", "在库品全数目视检查。"),
               "containment[0].action", "D3 临时措施", 2)  # fmt: skip
    r = bar(s, r, "D4 根本原因")
    row(s, r, L(6, "发生原因"), V(30, p("硫化温度设定 165 ℃ 低于工艺 175 ℃，橡胶与骨架粘合力不足。", "胶料批次硫化不足。"),
                                      "root_cause[type=occurrence].cause", "发生原因"), rows=2)  # fmt: skip
    row(s, r + 2, L(6, "流出原因"), V(30, p("出货检验无压出力试验，仅检外观。", "出货检验未做老化试验。"),
                                          "root_cause[type=escape].cause", "流出原因"), rows=2)  # fmt: skip
    r += 4
    r = _d_box(s, r, "D5 永久对策", p("硫化温度纳入设备联锁，偏差 ±3 ℃ 自动停机；出货检验增加压出力抽检。", "更换胶料供应商。"),
               "corrective_actions[0].action", "D5 永久对策", 2)  # fmt: skip
    r = 34  # the second printed page
    r = _d_box(s, r, "D6 实施及效果确认", p("11 月 12 日起连续 6 批压出力 ≥ 2.5 kN，客户端无再发。", "连续 3 批合格。"),
               "implementation[0].result", "D6 效果确认", 2)  # fmt: skip
    r = _d_box(s, r, "D7 预防再发", p("同类衬套 5 个型号横向展开联锁；更新 PFMEA 与控制计划。", "同类产品比照执行。"),
               "prevention.horizontal_deployment", "D7 预防再发", 2)  # fmt: skip
    r = bar(s, r, "D8 结案")
    row(
        s,
        r,
        L(5, "结案日期"),
        Dt(p(D(2026, 12, 18), D(2026, 12, 29)), "closure.closed_date", "结案日期"),
        P(9),
    )
    stamps(
        s,
        r + 2,
        25,
        ("批准", "审核", "编制"),
        (p("周国平", "吴海"), "陈静", "张伟"),
        ("closure.approved_by",),
    )


def eightd_zht_grid(s: kit.Sheet) -> None:
    """A Taiwanese 8D 報告 on grid paper over two pages (40 columns 2.3 wide), sent as PDF only: the header two fields
    a row, 開立日期 in the Republic's years over 年 / 月 / 日 cells, the D1 team typed in one box after 組長 and 組員
    boxes, D4 in two boxes side by side (發生 / 流出), 核准 / 審核 / 製表 stamp boxes after D8."""
    grid(s, 40, 60, width=2.3, pages=0, breaks=(31,))
    r = title(s, 1, "8D 矯正預防報告", "QF-8D-003　版次 A")
    row(s, r, L(6, "報告編號"), V(14, "8D-TW-115-052", "number", "報告編號", over=True), L(6, "開立日期"),
        Dt(D(2026, 11, 10), "opened_date", "開立日期", roc=True), P(4))  # fmt: skip
    row(s, r + 1, L(6, "客　　戶"), V(14, "日月光半導體製造股份有限公司", "customer", "客戶", over=True), L(6, "客訴單號"),
        V(14, "ASE-CQ-115-0917", "complaint_number", "客訴單號"))  # fmt: skip
    row(s, r + 2, L(6, "料　　號"), V(14, "LF-QFN-48-07", "part_no", "料號"), L(6, "不良數量"),
        V(8, 1600, "problem.qty_complained", "不良數量", fmt="#,##0", center=True), P(6, "EA"))  # fmt: skip
    r = bar(s, r + 4, "D1 成立小組")
    row(s, r, L(6, "組　　長"), V(8, "吳政達", "team[*].name", "組長"), L(6, "組　　員"),
        V(20, "許家豪、蔡佩珊、劉冠廷", None, "組員", over=True))  # fmt: skip
    team_fields(s, "組員", _ref(s, r, 21), "許家豪、蔡佩珊、劉冠廷", ("許家豪", "蔡佩珊", "劉冠廷"))
    r = _d_box(s, r + 1, "D2 問題描述", "客戶封裝後導線架引腳氧化變色，吃錫不良 1,600 EA（批號 L1151028）。", "problem.statement",
               "D2 問題描述", 2)  # fmt: skip
    r = _d_box(s, r, "D3 暫時對策", "在庫 28,000 EA 隔離，氮氣櫃保存；客戶端庫存派員全檢。", "containment[0].action",
               "D3 暫時對策", 2)  # fmt: skip
    r = bar(s, r, "D4 根本原因")
    row(s, r, L(20, "發生原因", center=True), L(20, "流出原因", center=True))
    row(s, r + 1, V(20, "包裝真空封口溫度不足，運輸中受潮氧化。", "root_cause[type=occurrence].cause", "發生原因"),
        V(20, "出貨前未做封口拉力測試。", "root_cause[type=escape].cause", "流出原因"), rows=3)  # fmt: skip
    r += 4
    r = _d_box(
        s,
        r,
        "D5 永久對策",
        "封口機溫度上下限警報，每班首件拉力測試並記錄。",
        "corrective_actions[0].action",
        "D5 永久對策",
        2,
    )
    r = 32  # the second printed page
    r = _d_box(
        s,
        r,
        "D6 對策驗證",
        "連續 10 批封口拉力 ≥ 15 N，客戶端吃錫測試合格。",
        "implementation[0].result",
        "D6 對策驗證",
        2,
    )
    r = _d_box(
        s,
        r,
        "D7 預防再發",
        "同製程 QFN-32 / QFN-64 導入相同管制。",
        "prevention.horizontal_deployment",
        "D7 預防再發",
        2,
    )
    r = bar(s, r, "D8 結案")
    row(s, r, L(6, "結案日期"), Dt(D(2026, 12, 22), "closure.closed_date", "結案日期", roc=True), P(24))
    stamps(s, r + 2, 29, ("核准", "審核", "製表"), ("楊世明", "王俊傑", "吳政達"), ("closure.approved_by",))


def eightd_en_grid(s: kit.Sheet) -> None:
    """An English 8D REPORT on grid paper over two pages (40 columns 2.5 wide): Date opened as Y / M / D cells, the
    D1 team a grid table (Role / Name / Department), D4 as Occurrence / Escape boxes with their labels in front, D8's
    Approved / Checked / Prepared stamp boxes on page two."""
    grid(s, 40, 62, width=2.5, pages=0, breaks=(32,))
    r = title(s, 1, "8D REPORT", "QF-8D-01 Rev.2", size=14)
    row(s, r, L(7, "8D No."), V(13, "8D-26-0311", "number", "8D No.", over=True), L(7, "Date opened"),
        Dt(D(2026, 11, 12), "opened_date", "Date opened", marks=("Y", "M", "D")), P(3))  # fmt: skip
    row(s, r + 1, L(7, "Customer"), V(13, "Hanwha Motion Korea Co., Ltd.", "customer", "Customer", over=True),
        L(7, "Complaint ref."), V(13, "HMK-QN-26-118", "complaint_number", "Complaint ref."))  # fmt: skip
    row(s, r + 2, L(7, "Part No."), V(13, "GB-PL60-10", "part_no", "Part No."), L(7, "Qty complained"),
        V(6, 45, "problem.qty_complained", "Qty complained", center=True), P(7, "units"))  # fmt: skip
    r = bar(s, r + 4, "D1  TEAM")
    row(s, r, L(8, "Role", center=True), L(12, "Name", center=True), L(20, "Department", center=True))
    for k, (role, name, dept) in enumerate((("Leader", "Daniel Kwon", "Quality Assurance"),
                                            ("Member", "Priya Nair", "Production"),
                                            ("Member", "Tomasz Wójcik", "Engineering")), start=1):  # fmt: skip
        row(
            s,
            r + k,
            L(8, role, shade=False, center=True),
            V(12, name, "team[*].name", "Name"),
            V(20, dept, None, "Department"),
        )
    r += 5
    r = _d_box(s, r, "D2  PROBLEM DESCRIPTION", "Planetary gearboxes noisy (> 68 dB) at 3,000 rpm; 45 units returned "
               "from line 2 in week 45.", "problem.statement", "D2", 2)  # fmt: skip
    r = _d_box(s, r, "D3  CONTAINMENT", "Finished stock of 620 units on hold and run-tested; customer stock sorted by our "
               "resident engineer.", "containment[0].action", "D3", 2)  # fmt: skip
    r = bar(s, r, "D4  ROOT CAUSE")
    row(s, r, L(8, "Occurrence"), V(32, "Sun gear hobbing cutter worn beyond 1,200 pieces; profile error 18 μm.",
                                    "root_cause[type=occurrence].cause", "Occurrence"), rows=2)  # fmt: skip
    row(s, r + 2, L(8, "Escape"), V(32, "End-of-line noise test limit set at 72 dB instead of 68 dB.",
                                   "root_cause[type=escape].cause", "Escape"), rows=2)  # fmt: skip
    r += 4
    r = _d_box(s, r, "D5  PERMANENT CORRECTIVE ACTION", "Cutter life limited to 800 pieces by counter; EOL limit corrected to "
               "68 dB.", "corrective_actions[0].action", "D5", 2)  # fmt: skip
    r = 33  # page two
    r = _d_box(s, r, "D6  VERIFICATION", "Six lots since 24 Nov below 64 dB; no returns.", "implementation[0].result",
               "D6", 2)  # fmt: skip
    r = _d_box(s, r, "D7  PREVENT RECURRENCE", "Tool-life counters rolled out to all hobbing machines.",
               "prevention.horizontal_deployment", "D7", 2)  # fmt: skip
    r = bar(s, r, "D8  CLOSURE")
    row(
        s,
        r,
        L(7, "Date closed"),
        Dt(D(2026, 12, 15), "closure.closed_date", "Date closed", marks=("Y", "M", "D")),
        P(23),
    )
    stamps(
        s,
        r + 2,
        29,
        ("Approved", "Checked", "Prepared"),
        ("J. Park", "S. Lee", "D. Kwon"),
        ("closure.approved_by",),
    )


# =============================================================================== return
_MONEY = lambda v: money(v)


def _return_lines(items):
    """``(part_no, part_name, unit, qty_approved, qty_returned, unit_price)`` → table lines with the amount."""
    return [
        (i + 1, code, name, unit, qa, q, p, round(q * p, 2))
        for i, (code, name, unit, qa, q, p) in enumerate(items)
    ]


_RETURN_PATHS = (None, "items[{n}].part_no", "items[{n}].part_name", "items[{n}].unit", "items[{n}].qty_approved",
                 "items[{n}].qty_returned", "items[{n}].unit_price", "items[{n}].amount")  # fmt: skip
_RETURN_EXPECT = (None, None, None, None, None, None, _MONEY, _MONEY)
_RETURN_FMTS = (None, None, None, None, "#,##0", "#,##0", "0.00", "#,##0.00")


def return_zh_grid(s: kit.Sheet) -> None:
    """A 退货单 on grid paper (36 columns 2.6 wide): the header boxes, 退货日期 over 年 / 月 / 日 cells, the line
    table drawn on the grid (序号 2 cells, 物料编码 7, 物料名称 9, …), empty ruled lines and a 合计 line under it,
    处理方式 as □ / ■ cells, the stamp row 批准 / 审核 / 仓库签收 at the bottom."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 36, 32)
    r = title(s, 1, "退 货 单", "QR-7.5-06　A/1")
    row(s, r, L(5, "退货单号"), V(13, p("TH-2611-0032", "TH-2612-0006"), "number", "退货单号", over=True), L(5, "退货日期"),
        Dt(p(D(2026, 11, 12), D(2026, 12, 8)), "issue_date", "退货日期"), P(3))  # fmt: skip
    row(s, r + 1, L(5, "客户名称"), V(13, p("常州博远电机有限公司", "无锡新能动力科技有限公司"), "customer", "客户名称", over=True),
        L(5, "客诉单号"), V(13, p("KS-2611-021", "KS-2612-002"), "complaint_number", "客诉单号"))  # fmt: skip
    r = bar(s, r + 3, "退货明细")
    spans = (2, 7, 9, 2, 4, 4, 3, 5)
    heads = ("序号", "物料编码", "物料名称", "单位", "核准数量", "实退数量", "单价", "金额（元）")
    lines = _return_lines(p((("HX-BRK-0412", "电机支架（冲压件）", "件", 2000, 1960, 3.85),
                             ("HX-SCR-M6-20", "M6×20 内六角螺钉", "件", 5000, 5000, 0.22)),
                            (("HX-BRK-0520", "电机支架（加强型）", "件", 800, 760, 4.6),
                             ("HX-PIN-0830", "定位销 φ8×30", "件", 1500, 1500, 0.35))))  # fmt: skip
    r = table(s, r, heads, spans, lines, _RETURN_PATHS, expects=_RETURN_EXPECT, fmts=_RETURN_FMTS)
    r = empty_lines(s, r, spans, 3)
    row(s, r, L(20, "合　　计", center=True), V(4, sum(x[4] for x in lines), None, "合计", fmt="#,##0", center=True),
        V(4, sum(x[5] for x in lines), None, "合计", fmt="#,##0", center=True), E(3),
        V(5, round(sum(x[7] for x in lines), 2), None, "合计", fmt="#,##0.00"))  # fmt: skip
    row(s, r + 2, L(5, "退货原因"), V(31, p("支架折弯处开裂，客户装配时断裂；螺钉随支架一并退回。", "支架孔位偏移 0.5 mm，定位销随货退回。"),
                                      "reason", "退货原因"), rows=2)  # fmt: skip
    row(s, r + 4, L(5, "处理方式"), T(("返工", "报废", "换货", "折让"), {p("返工", "报废")}, "handling", "处理方式",
                                    expect=[p("rework", "scrap")]), P(11))  # fmt: skip
    stamps(
        s,
        r + 6,
        25,
        ("批准", "审核", "仓库签收"),
        ("许国平", "高岚", p("刘丽", "吴斌")),
        ("approved_by", None, "warehouse_receiver"),
    )


def return_zht_grid(s: kit.Sheet) -> None:
    """A Taiwanese 退貨單 on grid paper (40 columns 2.3 wide): 退貨日期 in the Republic's years over 年 / 月 / 日 cells,
    the 客戶代號 one character a box, a line table 項次 / 料號 / 品名 / 單位 / 核准數量 / 實退數量 / 單價 / 金額 each
    several cells merged, 處理方式 □ / ■, 核准 / 審核 / 倉管 stamp boxes."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 40, 32, width=2.3)
    r = title(s, 1, "退　貨　單", "表單編號 QR-7.5-09　A 版")
    row(s, r, L(6, "退貨單號"), V(14, p("RT-1151117-02", "RT-1151209-01"), "number", "退貨單號", over=True), L(6, "退貨日期"),
        Dt(p(D(2026, 11, 17), D(2026, 12, 9)), "issue_date", "退貨日期", roc=True), P(4))  # fmt: skip
    row(s, r + 1, L(6, "客戶名稱"), V(14, p("東元電機股份有限公司", "大同股份有限公司"), "customer", "客戶名稱", over=True),
        L(6, "客戶代號"), B(p("C0417", "C0233"), None, "客戶代號"), P(9))  # fmt: skip
    row(
        s,
        r + 2,
        L(6, "客訴單號"),
        V(14, p("TC-CS-115-0418", "TT-QA-115-0562"), "complaint_number", "客訴單號"),
        P(20),
    )
    r = bar(s, r + 4, "■ 退貨明細")
    spans = (2, 8, 10, 2, 4, 4, 4, 6)
    heads = ("項次", "料號", "品名", "單位", "核准數量", "實退數量", "單價", "金額")
    lines = _return_lines(p((("YS-SH-2205", "馬達軸心 φ22", "PCS", 600, 580, 145.0),
                             ("YS-BR-6205", "軸承座", "PCS", 600, 600, 88.0)),
                            (("YS-SH-1804", "馬達軸心 φ18", "PCS", 300, 300, 128.0),)))  # fmt: skip
    r = table(s, r, heads, spans, lines, _RETURN_PATHS, expects=_RETURN_EXPECT,
              fmts=(None, None, None, None, "#,##0", "#,##0", "#,##0", "#,##0"))  # fmt: skip
    r = empty_lines(s, r, spans, 2)
    row(s, r, L(22, "合　　計", center=True), V(4, sum(x[4] for x in lines), None, "合計", fmt="#,##0", center=True),
        V(4, sum(x[5] for x in lines), None, "合計", fmt="#,##0", center=True), E(4),
        V(6, sum(x[7] for x in lines), None, "合計", fmt="#,##0"))  # fmt: skip
    row(s, r + 2, L(6, "退貨原因"), V(34, p("軸心外徑超差（+0.03 mm），客戶組裝時軸承壓入過緊；軸承座隨軸心一併退回。",
                                          "軸心表面生鏽。"), "reason", "退貨原因"), rows=2)  # fmt: skip
    row(s, r + 4, L(6, "處理方式"), T(("重工", "報廢", "換貨", "折讓"), {p("報廢", "重工")}, "handling", "處理方式",
                                    expect=[p("scrap", "rework")]), P(22))  # fmt: skip
    stamps(
        s,
        r + 6,
        29,
        ("核准", "審核", "倉管"),
        ("黃國強", "李宗翰", p("蘇美玲", "張雅雯")),
        ("approved_by", None, "warehouse_receiver"),
    )


def return_zht_print(s: kit.Sheet) -> None:
    """A Taiwanese 銷貨退回單 on grid paper printed landscape (50 columns 2.1 wide), sent as PDF only: the header four
    boxes a row, the date as ``/`` cells (the year of the Republic, ``115 / 11 / 24``), a wide line table on the grid,
    處理方式 ■ cells, the stamp row 核准 / 主管 / 倉庫 / 經辦 at the right."""
    grid(s, 50, 24, width=2.1, landscape=True)
    r = title(s, 1, "銷 貨 退 回 單", "QR-SL-05　版次 2")
    row(s, r, L(5, "單　　號"), V(12, "SR-115-1124-03", "number", "單號", over=True), L(5, "日　　期"),
        Dt(D(2026, 11, 24), "issue_date", "日期", parts=(3, 1, 2, 1, 2), marks=("/", "/"), roc=True, pad=True),
        L(5, "客訴單號"), V(14, "KY-QA-115-0733", "complaint_number", "客訴單號"))  # fmt: skip
    row(s, r + 1, L(5, "客　　戶"), V(45, "光寶科技股份有限公司", "customer", "客戶", over=True))
    spans = (2, 8, 14, 3, 5, 5, 5, 8)
    heads = ("項次", "料號", "品名規格", "單位", "核准數量", "實退數量", "單價", "金額")
    lines = _return_lines((("KY-PCB-0412", "電源板 PCBA 12V/2A", "PCS", 1200, 1180, 86.5),
                           ("KY-HS-0077", "散熱片 AL6063", "PCS", 1200, 1200, 7.2),
                           ("KY-CB-2210", "排線 22P 100mm", "條", 500, 480, 3.8)))  # fmt: skip
    r = table(s, r + 3, heads, spans, lines, _RETURN_PATHS, expects=_RETURN_EXPECT,
              fmts=(None, None, None, None, "#,##0", "#,##0", "0.0", "#,##0.00"))  # fmt: skip
    row(s, r, L(27, "合　　計", center=True), V(5, 2900, None, "合計", fmt="#,##0", center=True),
        V(5, 2860, None, "合計", fmt="#,##0", center=True), E(5),
        V(8, round(sum(x[7] for x in lines), 2), None, "合計", fmt="#,##0.00"))  # fmt: skip
    row(
        s,
        r + 2,
        L(5, "退回原因"),
        V(27, "電源板輸出電壓漂移，客戶燒機測試失效；散熱片與排線隨板退回。", "reason", "退回原因"),
        rows=2,
    )
    stamps(
        s,
        r + 2,
        35,
        ("核准", "主管", "倉庫"),
        ("林正雄", "周美華", "陳建宏"),
        ("approved_by", None, "warehouse_receiver"),
        w=5,
    )
    row(
        s,
        r + 4,
        L(5, "處理方式"),
        T(("重工", "報廢", "換貨"), {"換貨"}, "handling", "處理方式", expect=["replace"]),
    )


def return_en_grid(s: kit.Sheet) -> None:
    """An English RETURN MATERIAL NOTE on grid paper (40 columns 2.5 wide): Date as Y / M / D cells, the RMA number
    one character a box, a line table drawn on the grid (Item / Part No. / Description / Unit / Qty authorised / Qty
    received / Unit price / Amount), ☑ disposition cells, Approved / Checked / Received stamp boxes."""
    grid(s, 40, 30, width=2.5)
    r = title(s, 1, "RETURN MATERIAL NOTE", "WH-F-014 Rev.1", size=14)
    row(s, r, L(7, "RMA No."), B("RMA2611058", "number", "RMA No."), P(3), L(7, "Date"),
        Dt(D(2026, 11, 19), "issue_date", "Date", parts=(3, 1, 2, 1, 2, 1), marks=("Y", "M", "D")), P(3))  # fmt: skip
    row(s, r + 1, L(7, "Customer"), V(13, "Viet Hung Electronics JSC", "customer", "Customer", over=True), L(7, "Complaint ref."),
        V(13, "VHE-QC-2611-09", "complaint_number", "Complaint ref."))  # fmt: skip
    r = bar(s, r + 3, "RETURNED ITEMS")
    spans = (2, 7, 11, 2, 4, 4, 4, 6)
    heads = ("No.", "Part No.", "Description", "Unit", "Qty auth.", "Qty recd.", "Unit price", "Amount (USD)")
    lines = _return_lines((("TR-4410-12", "Toroid transformer 12 V", "pc", 300, 296, 6.4),
                           ("TR-4410-24", "Toroid transformer 24 V", "pc", 150, 150, 7.1)))  # fmt: skip
    r = table(s, r, heads, spans, lines, _RETURN_PATHS, expects=_RETURN_EXPECT, fmts=_RETURN_FMTS)
    r = empty_lines(s, r, spans, 2)
    row(s, r, L(22, "TOTAL", center=True), V(4, 450, None, "Total", center=True), V(4, 446, None, "Total", center=True),
        E(4), V(6, round(sum(x[7] for x in lines), 2), None, "Total", fmt="#,##0.00"))  # fmt: skip
    row(s, r + 2, L(7, "Reason"), V(33, "Primary winding shorted on 18 pcs; whole lot 2610-3 returned for re-test.", "reason",
                                    "Reason"), rows=2)  # fmt: skip
    row(s, r + 4, L(7, "Disposition"), T(("Rework", "Scrap", "Replace", "Credit"), {"Rework"}, "handling", "Disposition",
                                         expect=["rework"], marks=("☐", "☑")), P(5))  # fmt: skip
    stamps(s, r + 6, 29, ("Approved", "Checked", "Received"), ("T. Nguyen", "H. Pham", "L. Tran"),
           ("approved_by", None, "warehouse_receiver"))  # fmt: skip


# =============================================================================== allowance
def _allowance_lines(items, rate):
    """``(name, qty, unit_price)`` → lines with the amount and the tax at ``rate``."""
    return [(name, q, p, round(q * p, 2), round(q * p * rate, 2)) for name, q, p in items]


_ALLOWANCE_PATHS = ("items[{n}].name", "items[{n}].qty", "items[{n}].unit_price", "items[{n}].allowance_amount",
                    "items[{n}].tax")  # fmt: skip
_ALLOWANCE_EXPECT = (None, None, _MONEY, _MONEY, _MONEY)


def allowance_zh_grid(s: kit.Sheet) -> None:
    """A 销售折让单 on grid paper (36 columns 2.6 wide), sent as PDF only: 纳税人识别号 eighteen boxes, 开具日期 and the
    invoice's 开票日期 over 年 / 月 / 日 cells, the line table on the grid, 税率 a box of its own over the table,
    价税合计 with 大写 beside it, the stamp row 批准 / 审核 / 经办."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 36, 32)
    r = title(s, 1, "销 售 折 让 单", "ZC-XS-F-012　A/0")
    row(s, r, L(5, "折让单号"), V(13, p("ZR-2611-0143", "ZR-2612-0019"), "number", "折让单号", over=True), L(5, "开具日期"),
        Dt(p(D(2026, 11, 25), D(2026, 12, 14)), "issue_date", "开具日期"), P(3))  # fmt: skip
    row(
        s,
        r + 1,
        L(5, "购买方名称"),
        V(31, p("安徽江淮汽车配件有限公司", "芜湖奇瑞零部件有限公司"), "buyer", "购买方名称", over=True),
    )
    row(
        s,
        r + 2,
        L(5, "纳税人识别号"),
        B(p("91340100MA2N4X7Q5K", "91340200MA2T1B8R3H"), "buyer_tax_id", "纳税人识别号"),
        P(13),
    )
    row(s, r + 3, L(5, "原发票号码"), V(13, p("26332000000145880213", "26332000000151207736"), "invoice_no", "原发票号码"),
        L(5, "开票日期"), Dt(p(D(2026, 10, 30), D(2026, 11, 27)), "invoice_date", "开票日期"), P(3))  # fmt: skip
    row(s, r + 4, L(5, "客诉单号"), V(13, p("JH-KS-2611-031", "QR-KS-2612-007"), "complaint_number", "客诉单号"),
        L(5, "税　　率"), V(4, "13%", "tax_rate", "税率", expect="0.13", center=True), P(9))  # fmt: skip
    r = bar(s, r + 6, "折让明细")
    spans = (14, 4, 5, 7, 6)
    heads = ("项目名称", "数量", "单价（元）", "折让金额（元）", "税额（元）")
    lines = _allowance_lines(p((("减震胶垫 ZC-DP-45 硬度超差", 3000, 1.2), ("密封圈 ZC-OR-32 尺寸不良", 5000, 0.4)),
                               (("橡胶衬套 ZC-BS-18 开裂", 1200, 2.5),)), 0.13)  # fmt: skip
    r = table(s, r, heads, spans, lines, _ALLOWANCE_PATHS, expects=_ALLOWANCE_EXPECT,
              fmts=(None, "#,##0", "0.00", "#,##0.00", "#,##0.00"))  # fmt: skip
    r = empty_lines(s, r, spans, 2)
    net, tax = round(sum(x[3] for x in lines), 2), round(sum(x[4] for x in lines), 2)
    total = round(net + tax, 2)
    row(s, r, L(23, "合　　计", center=True), V(7, net, "total_excl_tax", "合计 折让金额", expect=money(net), fmt="#,##0.00"),
        V(6, tax, "total_tax", "合计 税额", expect=money(tax), fmt="#,##0.00"))  # fmt: skip
    row(s, r + 1, L(5, "价税合计"), V(8, f"¥{total:,.2f}", "total", "价税合计", expect=money(total)), L(4, "（大写）"),
        V(19, p("人民币陆仟叁佰贰拾捌元整", "人民币叁仟叁佰玖拾元整"), "total_in_words", "价税合计（大写）", over=True))  # fmt: skip
    stamps(
        s,
        r + 3,
        25,
        ("批准", "审核", "经办"),
        (p("郑国华", "郑国华"), "钱芳", p("孙丽", "赵敏")),
        ("approved_by_manager",),
    )


def allowance_zht_grid(s: kit.Sheet) -> None:
    """A Taiwanese 銷貨折讓單 on grid paper (40 columns 2.3 wide): the buyer's 統一編號 eight boxes, the invoice's
    字軌號碼 ten boxes, the invoice date in the Republic's years over 年 / 月 / 日 cells, the line table on the grid with
    營業稅額 at 5 %, 合計, 核准 / 審核 / 經辦 stamp boxes."""
    grid(s, 40, 30, width=2.3)
    r = title(s, 1, "銷 貨 折 讓 單", "QR-AC-11　版次 C")
    row(s, r, L(6, "折讓單號"), V(14, "ZR-115-0087", "number", "折讓單號", over=True), L(6, "開立日期"),
        Dt(D(2026, 11, 20), "issue_date", "開立日期", roc=True), P(4))  # fmt: skip
    row(s, r + 1, L(6, "買受人名稱"), V(34, "昇陽光電科技股份有限公司", "buyer", "買受人名稱", over=True))
    row(s, r + 2, L(6, "統一編號"), B("28470152", "buyer_tax_id", "統一編號"), P(6), L(6, "客訴單號"),
        V(14, "SY-QA-115-0311", "complaint_number", "客訴單號"))  # fmt: skip
    row(s, r + 3, L(6, "發票號碼"), B("QV20458731", "invoice_no", "發票號碼"), P(4), L(6, "發票日期"),
        Dt(D(2026, 10, 28), "invoice_date", "發票日期", roc=True), P(4))  # fmt: skip
    r = bar(s, r + 5, "■ 折讓明細（稅率 5%）")
    spans = (14, 5, 5, 9, 7)
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    lines = _allowance_lines(
        (("鋁擠型散熱座 HS-220", 400, 58.0), ("散熱座 HS-160 加工不良", 250, 24.0)), 0.05
    )
    r = table(s, r, heads, spans, lines, _ALLOWANCE_PATHS, expects=_ALLOWANCE_EXPECT,
              fmts=(None, "#,##0", "#,##0", "#,##0", "#,##0"))  # fmt: skip
    r = empty_lines(s, r, spans, 2)
    net, tax = round(sum(x[3] for x in lines), 2), round(sum(x[4] for x in lines), 2)
    row(s, r, L(24, "合　　計", center=True), V(9, net, "total_excl_tax", "合計 折讓金額", expect=money(net), fmt="#,##0"),
        V(7, tax, "total_tax", "合計 營業稅額", expect=money(tax), fmt="#,##0"))  # fmt: skip
    row(
        s,
        r + 1,
        L(24, "總　　計", center=True),
        V(16, net + tax, "total", "總計", expect=money(net + tax), fmt="#,##0"),
    )
    stamps(s, r + 3, 29, ("核准", "審核", "經辦"), ("張志明", "李淑芬", "王小玲"), ("approved_by_manager",))


def allowance_en_grid(s: kit.Sheet) -> None:
    """An English CREDIT NOTE on grid paper from a Japanese-owned supplier in Malaysia (36 columns 2.8 wide): the date
    as Y / M / D cells, the customer's SST No. one character a box, the line table on the grid, SST 10 % in a box of
    its own, Authorised / Checked / Prepared stamp boxes."""
    p = lambda a, b: kit.pick(s, a, b)
    grid(s, 36, 30, width=2.8)
    r = title(s, 1, "CREDIT NOTE", "AC-F-005 Rev.0", size=14)
    row(s, r, L(6, "Credit Note No."), V(12, p("CN-2611-0071", "CN-2612-0015"), "number", "Credit Note No.", over=True),
        L(5, "Date"), Dt(p(D(2026, 11, 27), D(2026, 12, 16)), "issue_date", "Date", marks=("Y", "M", "D")), P(3))  # fmt: skip
    row(s, r + 1, L(6, "Customer"), V(30, p("Sunrise Electrical Appliances Sdn Bhd", "Perak Home Products Sdn Bhd"),
                                      "buyer", "Customer", over=True))  # fmt: skip
    row(s, r + 2, L(6, "SST No."), B(p("W10180012345", "W10290067890"), "buyer_tax_id", "SST No."), P(18))
    row(s, r + 3, L(6, "Invoice No."), V(12, p("INV-26-10233", "INV-26-10587"), "invoice_no", "Invoice No."),
        L(5, "Complaint ref."), V(13, p("SEA-NCR-0931", "PHP-QN-2216"), "complaint_number", "Complaint ref."))  # fmt: skip
    row(s, r + 4, L(6, "SST rate"), V(3, "10%", "tax_rate", "SST rate", expect="0.10", center=True), P(27))
    r = bar(s, r + 6, "DETAILS OF CREDIT")
    spans = (14, 4, 5, 7, 6)
    heads = ("Description", "Qty", "Unit price", "Amount (RM)", "SST (RM)")
    lines = _allowance_lines(p((("Fan motor bracket FM-22 – burrs", 1500, 1.8), ("Sorting charge at customer", 1, 450.0)),
                               (("Heater clip HC-09 – plating", 4000, 0.25),)), 0.10)  # fmt: skip
    r = table(s, r, heads, spans, lines, _ALLOWANCE_PATHS, expects=_ALLOWANCE_EXPECT,
              fmts=(None, "#,##0", "#,##0.00", "#,##0.00", "#,##0.00"))  # fmt: skip
    r = empty_lines(s, r, spans, 2)
    net, tax = round(sum(x[3] for x in lines), 2), round(sum(x[4] for x in lines), 2)
    row(s, r, L(23, "TOTAL", center=True), V(7, net, "total_excl_tax", "Total amount", expect=money(net), fmt="#,##0.00"),
        V(6, tax, "total_tax", "Total SST", expect=money(tax), fmt="#,##0.00"))  # fmt: skip
    row(s, r + 1, L(23, "TOTAL INCLUDING SST", center=True),
        V(13, round(net + tax, 2), "total", "Total including SST", expect=money(net + tax), fmt="#,##0.00"))  # fmt: skip
    stamps(s, r + 3, 25, ("Authorised", "Checked", "Prepared"), ("Y. Nakamura", "Lee C. H.", p("Nurul A.", "Tan S. Y.")),
           ("approved_by_manager",))  # fmt: skip


# =============================================================================== the set
_COPY2 = {"complaint_zh_fangge", "complaint_en_grid", "eightd_zh_grid", "return_zh_grid", "return_zht_grid",
          "allowance_en_grid", "complaint_en_scar", "allowance_zh_grid"}  # fmt: skip

EXCEL = [
    kit.excel_layout(*grid_names(draw), draw, sheet, {}, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, imitates in (
        (complaint_zh_fangge, "投诉单", "a 客户投诉单 on grid paper copied from a Japanese customer: 批准 / 审核 / 编制 stamp boxes, values overflowing, 年 / 月 / 日 cells, □ / ■ cells"),
        (complaint_zht_grid, "客訴處理單", "a Taiwanese 客訴處理單 on grid paper: 客訴編號 one character a box, 115 年 11 月 5 日 over cells, 核准 / 審核 / 經辦"),
        (complaint_en_grid, "Complaint", "an English supplier's CUSTOMER COMPLAINT FORM on grid paper: Approved / Checked / Prepared boxes, Y / M / D cells, ☐ / ☑"),
        (eightd_zh_grid, "8D", "an 8D 报告 on grid paper over two printed pages: the D1 team as a grid table, 发生 / 流出原因 boxes, stamp row under D8"),
        (eightd_en_grid, "8D", "an English 8D REPORT on grid paper over two pages: Role / Name / Department grid, Occurrence / Escape boxes"),
        (return_zh_grid, "退货单", "a 退货单 on grid paper: the line table drawn on the grid (each column several cells merged), 合计, 批准 / 审核 / 仓库签收"),
        (return_zht_grid, "退貨單", "a Taiwanese 退貨單 on grid paper: 115 年 date cells, 客戶代號 one character a box, the table on the grid"),
        (return_en_grid, "RMN", "an English RETURN MATERIAL NOTE on grid paper: the RMA number one character a box, the table on the grid, ☑ disposition"),
        (allowance_zht_grid, "折讓單", "a Taiwanese 銷貨折讓單 on grid paper: 統一編號 and 發票號碼 one character a box, 115 年 date cells, 5 %"),
        (allowance_en_grid, "Credit Note", "an English CREDIT NOTE on grid paper: SST No. one character a box, Y / M / D cells, SST 10 % box"),
    )
]  # fmt: skip

SENT_AS_PDF = [
    kit.excel_layout(*grid_names(draw), draw, sheet, {}, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, imitates in (
        (complaint_zh_stamp, "联络单", "a 客诉联络单 on grid paper printed landscape, two fields a row, the phone one digit a box, / date cells; PDF only"),
        (complaint_en_scar, "Notice", "a Thai plant's CUSTOMER COMPLAINT NOTICE on grid paper: YYYY / MM / DD cells, the issue number a character a box; PDF only"),
        (eightd_zht_grid, "8D", "a Taiwanese 8D 報告 on grid paper over two pages: 115 年 date cells, 發生 / 流出 side by side; PDF only"),
        (return_zht_print, "銷貨退回單", "a Taiwanese 銷貨退回單 on grid paper printed landscape: 115 / 11 / 24 cells, a wide line table; PDF only"),
        (allowance_zh_grid, "折让单", "a 销售折让单 on grid paper: 纳税人识别号 eighteen boxes, 年 / 月 / 日 cells, 13 % in a box; PDF only"),
    )
]  # fmt: skip


def write_sent_as_pdf(layouts: list[dict], out: Path, pdf: bool, copy: int) -> None:
    """Grid forms sent as PDF only: the filled sheet printed by LibreOffice (the workbook kept back), the template the
    print of the blank sheet."""
    for sub in ("templates", "filled", "expected") if copy == 1 else ("filled", "expected"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        blanks, filled = [], []
        for layout in layouts:
            lid = layout["id"]
            if copy == 1:
                blank = kit.Sheet(layout["sheet"], True, {})
                layout["draw"](blank)
                (Path(tmp) / "blank").mkdir(exist_ok=True)
                kit.save(blank, Path(tmp) / "blank" / f"{lid}.xlsx")
                blanks.append(Path(tmp) / "blank" / f"{lid}.xlsx")
            sheet = kit.Sheet(layout["sheet"], False, {})
            sheet.copy = copy
            layout["draw"](sheet)
            kit.save(sheet, Path(tmp) / f"{lid}.xlsx")
            filled.append(Path(tmp) / f"{lid}.xlsx")
            exp = kit.expected(layout, sheet, **SOURCE)
            exp["template"] = f"templates/{lid}.pdf"
            exp["filled"] = [f"filled/{lid}.pdf"]
            if copy == 2:
                exp["second_copy_of"] = lid
            kit._write(out, "expected", f"{lid}.json", exp)
        if pdf and blanks:
            kit.to_pdf(blanks, out / "templates")
        if pdf:
            kit.to_pdf(filled, out / "filled")


# =============================================================================== odd files
def _odd_sheet(draw) -> bytes:
    sheet = kit.Sheet("Sheet1", False, {})
    draw(sheet)
    return kit.workbook_bytes(sheet.wb, dt.datetime(2026, 12, 1, 9, 0))


def _no_such_day(s: kit.Sheet) -> None:
    """A grid 客户投诉单 whose 受理日期 cells read 2026 年 2 月 30 日 (a day that does not exist)."""
    grid(s, 36, 12)
    r = title(s, 1, "客 户 投 诉 单")
    row(s, r, L(5, "投诉编号"), V(17, "KS-2602-030", None, "投诉编号", over=True))
    row(s, r + 1, L(5, "受理日期"), Dt(D(2026, 2, 28), None, "受理日期"), P(7))
    s.ws.cell(r + 1, 13).value = 30  # the day typed: 30
    row(s, r + 2, L(5, "客户名称"), V(17, "华东精密机械有限公司", None, "客户名称", over=True))
    row(
        s,
        r + 3,
        L(5, "产品型号"),
        V(9, "HJ-6205-2RS", None, "产品型号"),
        L(5, "不良数量"),
        V(5, 12, None, "不良数量"),
        P(2, "套"),
    )
    r = bar(s, r + 5, "二、异常描述")
    row(s, r, V(36, "轴承异响。", None, "异常描述"), rows=2)


def _negative_count(s: kit.Sheet) -> None:
    """A grid 退货单 whose 实退数量 cell holds -35 against a 核准数量 of 300."""
    grid(s, 36, 14)
    r = title(s, 1, "退 货 单")
    row(s, r, L(5, "退货单号"), V(13, "TH-2611-0047", None, "退货单号", over=True), L(5, "退货日期"),
        Dt(D(2026, 11, 26), None, "退货日期"), P(3))  # fmt: skip
    row(s, r + 1, L(5, "客户名称"), V(13, "常州博远电机有限公司", None, "客户名称", over=True), L(5, "客诉单号"),
        V(13, "KS-2611-029", None, "客诉单号"))  # fmt: skip
    r = bar(s, r + 3, "退货明细")
    spans = (2, 7, 9, 2, 4, 4, 3, 5)
    heads = ("序号", "物料编码", "物料名称", "单位", "核准数量", "实退数量", "单价", "金额（元）")
    r = table(s, r, heads, spans, [(1, "HX-BRK-0412", "电机支架", "件", 300, -35, 3.85, -134.75)], [None] * 8)
    row(s, r + 1, L(5, "退货原因"), V(31, "支架开裂。", None, "退货原因"))
    row(s, r + 2, L(5, "处理方式"), T(("返工", "报废"), {"返工"}, None, "处理方式"))


ODD = {
    "complaint-no-such-day.xlsx": (
        "a grid 客户投诉单 whose 受理日期 cells read 2026 年 2 月 30 日, a day that does not exist: an error on the "
        "date, never a date guessed silently",
        lambda: _odd_sheet(_no_such_day),
    ),
    "return-negative-count.xlsx": (
        "a grid 退货单 whose 实退数量 cell holds -35: an error or a warning on the count, never taken as it is silently",
        lambda: _odd_sheet(_negative_count),
    ),
}


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR]`` (default: this folder): every layout, the second copies, the odd files."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
    pdf = "--no-pdf" not in argv
    kit.write_excel(EXCEL, out, pdf, 1, SOURCE)
    write_sent_as_pdf(SENT_AS_PDF, out, pdf, 1)
    kit.write_excel([lay for lay in EXCEL if lay["copy2"]], out / "copy2", pdf, 2, SOURCE)
    write_sent_as_pdf([lay for lay in SENT_AS_PDF if lay["copy2"]], out / "copy2", pdf, 2)
    folder = kit.odd_expected(out, {name: why for name, (why, _write) in ODD.items()})
    for name, (_why, write) in ODD.items():
        (folder / name).write_bytes(write())
    print(
        f"{len(EXCEL) + len(SENT_AS_PDF)} sixty-eighth held-out layouts in {out} (second copies in {out / 'copy2'})"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
