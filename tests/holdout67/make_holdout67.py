"""Write the sixty-seventh held-out set (run: ``python tests/holdout67/make_holdout67.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for FORMS LAID OUT IN A WORD
PROCESSOR AND RECEIVED AS PDF (some also pasted into Excel): the blank written in Word or WPS, not on a grid. A
customer's complaint letter on letterhead with a small table inside the text, a form of ``label：______`` lines with the
value typed over the underscores (``客户名称：__华东精密__``), tab-aligned label / value lines (``Complaint No.\\t:\\tCC-…``),
a two-column Word table form with merged cells and a photo box (zh-Hant), a memo (To / From / Date / Subject / Ref)
asking for an 8D, an 8D written as numbered headings with paragraphs (English, zh-Hans), a return note as a Word
table with a total row whose second page repeats the header, a Taiwanese 退貨單 table, the statutory 營業人銷貨退回進貨
退出或折讓證明單 re-typed in Word, a 销售折让单 with dot leaders; the same letters and forms pasted into one Excel column
(one line per cell: an English complaint letter, a 投诉登记表 of underscore lines, a 退货单, an 8D 報告 of headings, a
credit note with dot leaders). Habits: full-width colons and spaces, ``□ / ■ / ☐ / ☒`` glyphs and ``(√)``, dot leaders
(typed and drawn by a tab), values in another font and underlined, headers and footers with the form number and the
page, footnotes, long lines wrapped mid-value. ``odd/`` holds a pasted letter dated on a day that does not exist
(``31 September 2026``) and a return note whose 实退数量 is ``-12 件``.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx, docx and json bytes; the PDFs printed with ``soffice``
(``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl.styles import Alignment, Font

HERE, SOURCE = kit.generator(__file__, "sixty-seventh held-out imitation")
dt = kit.dt


def doc_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``doc-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"doc-{lid}", kind, lang


# =============================================================================== pieces of a line
def val(raw, path, label, expect=None, blank="", font=None, ul=False) -> dict:
    """A value typed into a line of text: ``raw`` (what the clerk typed), its record ``path`` (None: no field), the
    ``label`` it stands after, ``expect`` where the record holds other than what was typed, ``blank`` what the blank
    form shows in its place (underscores), ``font`` / ``ul`` the typed value's other font and underline."""
    return dict(raw=raw, path=path, label=label, expect=expect, blank=blank, font=font, ul=ul)


def _expect(form, part: dict, place: str) -> None:
    if part["path"] and not form.blank:
        exp = part["raw"] if part["expect"] is None else part["expect"]
        form.fields.append(
            {
                "label": part["label"],
                "cell": place,
                "value": str(part["raw"]),
                "path": part["path"],
                "expect": exp,
            }
        )


def _shown(form, part) -> str:
    if isinstance(part, str):
        return part
    return part["blank"] if form.blank else str(part["raw"])


def _run(par, text: str, *, bold=False, size=None, font=None, ul=False):
    run = par.add_run(text)
    if bold:
        run.bold = True
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if ul:
        run.underline = True
    return run


def _parts(form, par, parts, place: str, size=None, bold_labels=False) -> None:
    for p in parts:
        if isinstance(p, str):
            if p:
                _run(par, p, bold=bold_labels, size=size)
            continue
        text = _shown(form, p)
        if text:
            _run(par, text, size=size, font=p["font"] if not form.blank else None, ul=p["ul"])
        _expect(form, p, place)


def para(
    f, *parts, size=None, bold=False, align=None, tabs=(), before=None, after=None, indent=None, page=False
):
    """A paragraph of a Word form: printed text (``str``) and typed values (:func:`val`) in turn; ``tabs``:
    ``(mm, leader)`` tab stops (leader ``"dots"`` draws a dot leader); a field names its place ``P<paragraph>``."""
    par = f.doc.add_paragraph()
    place = f"P{len(f.doc.paragraphs)}"
    fmt = par.paragraph_format
    for mm, leader in tabs:
        fmt.tab_stops.add_tab_stop(
            Mm(mm), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS if leader == "dots" else WD_TAB_LEADER.SPACES
        )
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if indent:
        fmt.left_indent = Mm(indent)
    if page:
        fmt.page_break_before = True
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _parts(f, par, parts, place, size=size, bold_labels=bold)
    return par


def table(f, rows: int, cols: int, widths, header_rows: int = 0):
    """A Word table (``Table Grid``) and its number among the document's tables; ``header_rows`` repeated on every
    page the table runs onto."""
    t = f.table(rows, cols, widths)
    t.autofit = False
    for col, w in zip(
        t.columns, widths, strict=True
    ):  # the grid's widths, which LibreOffice lays the table out by
        col.width = Mm(w)
    for row in t.rows[:header_rows]:
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(mark)
    return t, len(f.doc.tables)


def cell(f, t, tno: int, r: int, c: int, *parts, to=None, bold=False, shade=False, size=None) -> None:
    """A table cell's text: printed text and typed values (:func:`val`) in turn (its place ``T<n>!R<r>C<c>``)."""
    target = t.cell(r, c)
    if to:
        target = target.merge(t.cell(*to))
    par = target.paragraphs[0]
    par.text = ""
    _parts(f, par, parts, f"T{tno}!R{r + 1}C{c + 1}", size=size, bold_labels=bold)
    if shade:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "E7E6E6")
        target._tc.get_or_add_tcPr().append(shd)


def _field(par, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    par._p.append(fld)


def header_footer(f, head: str, foot: str, page=("Page ", " of ", "")) -> None:
    """A page header and footer on every page: ``head`` (a letterhead, the form's number) over the text, ``foot``
    and the page number (``Page 1 of 2``, ``第 1 页 共 2 页``) under it."""
    sec = f.doc.sections[0]
    hp = sec.header.paragraphs[0]
    for k, line in enumerate(head.split("\n")):
        if k:
            hp = sec.header.add_paragraph()
        _run(hp, line, size=8 if k else 9, bold=not k)
    fp = sec.footer.paragraphs[0]
    _run(fp, foot + "　　" + page[0], size=8)
    _field(fp, "PAGE")
    _run(fp, page[1], size=8)
    _field(fp, "NUMPAGES")
    if page[2]:
        _run(fp, page[2], size=8)


def value_font(f, lang: str) -> str:
    """The other font a clerk's typed values come in (a Word form's fields)."""
    return "Courier New" if lang == "en" else "AR PL UKai CN"


# =============================================================================== pasted into Excel
def pasted(s: kit.Sheet, row: int, *parts, bold=False, size=None) -> None:
    """One line of a Word document pasted into column A (one line a cell, no borders): printed text and typed values
    (:func:`val`) in turn; each value a field of cell ``A<row>``."""
    c = s.ws[f"A{row}"]
    text = "".join(_shown(s, p) for p in parts)
    c.value = text or None
    c.font = Font(bold=bold or bool(size), size=size or 10)
    wide = (
        s.ws.column_dimensions["A"].width or 8.43
    ) >= 60  # a narrow column: the line runs on over the empty cells
    c.alignment = Alignment(vertical="top", wrap_text=wide)
    if wide and len(text) > 95:
        s.ws.row_dimensions[row].height = 14 * (1 + len(text) // 95)
    for p in parts:
        if not isinstance(p, str):
            _expect(s, p, f"{s.ws.title}!A{row}")


def lines(s: kit.Sheet, first: int, rows) -> int:
    """:func:`pasted` lines from ``first`` down (``None``: an empty line; a tuple: its parts); returns the next row."""
    r = first
    for parts in rows:
        if parts is not None:
            pasted(s, r, *(parts if isinstance(parts, tuple) else (parts,)))
        r += 1
    return r


# =============================================================================== complaint (Excel, pasted)
def complaint_en_pasted(s: kit.Sheet) -> None:
    """A customer's complaint letter on letterhead copied from Word and pasted into column A, one line a cell: the
    letterhead, Date, To / Attn, Subject, the small table of the letter typed as tab-aligned lines (``Complaint
    No.\\t:\\tCC-…``), the defect in a paragraph, the request, Yours faithfully and the signature."""
    cust = "Nordvik Marine Systems AS"
    lines(s, 1, (
        (cust.upper(),), ("Strandveien 41, 5003 Bergen, Norway  ·  Tel +47 55 30 12 00  ·  quality@nordvik-marine.no",), None,
        ("Date:\t", val(kit.pick(s, "3 November 2026", "24 November 2026"), "received_date", "Date",
                        expect=kit.pick(s, "2026-11-03", "2026-11-24"))),
        ("To:\tNingbo Huaxin Precision Castings Co., Ltd. – Quality Department",),
        ("Attn:\tMr. Chen Wei, Sales Manager",), None,
        ("Subject:\tFormal complaint – porosity in impeller housings",), None,
        ("Dear Mr. Chen,",), None,
        ("We regret to inform you that parts from your recent delivery have been rejected at our incoming inspection. "
         "The details are as follows:",),
        ("Complaint No.\t:\t", val(kit.pick(s, "CC-NMS-2611-07", "CC-NMS-2611-19"), "number", "Complaint No.")),
        ("Purchase Order\t:\t", val(kit.pick(s, "4500-88213", "4500-88342"), "order_no", "Purchase Order")),
        ("Part Number\t:\t", val(kit.pick(s, "HX-IMP-220-B", "HX-IMP-180-A"), "part_no", "Part Number")),
        ("Description\t:\t", val(kit.pick(s, "Impeller housing, bronze C95800", "Impeller housing, bronze C95500"),
                                 "part_name", "Description")),
        ("Heat / Lot No.\t:\t", val(kit.pick(s, "H26-0917-3", "H26-1002-1"), "lot_no", "Heat / Lot No.")),
        ("Qty Delivered\t:\t", val(kit.pick(s, "1,200 pcs", "800 pcs"), "ship_qty", "Qty Delivered",
                                   expect=kit.pick(s, 1200, 800))),
        ("Qty Rejected\t:\t", val(kit.pick(s, "86 pcs", "31 pcs"), "defect_qty", "Qty Rejected",
                                  expect=kit.pick(s, 86, 31))), None,
        ("Nature of defect: ", val(kit.pick(
            s, "After machining, 86 housings show gas porosity on the sealing face (Ø 180 mm); all of them leak at the "
               "6 bar air test. Sections of two parts show shrinkage cavities 2–3 mm below the surface.",
            "31 housings show cold shuts on the flange; two cracked at the 10 bar hydro test."),
            "description", "Nature of defect")), None,
        ("Our request: ", val(kit.pick(s, "replacement of the rejected parts free of charge by 20 November 2026",
                                       "replacement of the rejected parts free of charge by 11 December 2026"),
                              "customer_request", "Our request", expect=["replacement"])),
        ("Please send us your containment actions within 48 hours and a full 8D report within 10 working days.",),
        None, ("Yours faithfully,",), None,
        (val(kit.pick(s, "Ingrid Solberg", "Magnus Dahl"), "reporter", "Yours faithfully"),),
        ("Supplier Quality Engineer, Nordvik Marine Systems AS",),
    ))  # fmt: skip


def complaint_zh_xiahua(s: kit.Sheet) -> None:
    """A 客户投诉登记表 written in Word as ``label：________`` lines and pasted into Excel one line a cell: the values
    typed over the underscores (``客户名称：__华东精密机械有限公司__``), two fields on one line apart by full-width spaces,
    the request ticked ``■换货 □退货``, the header's form number and page line."""
    u = "＿＿＿＿＿＿＿＿"
    lines(s, 1, (
        ("表单编号：QR-8.2-05　　版本：A/1　　第 1 页 共 1 页",),
        ("客户投诉登记表",), None,
        ("投诉编号：", val(kit.pick(s, "__KS-2611-019__", "__KS-2612-004__"), "number", "投诉编号",
                         expect=kit.pick(s, "KS-2611-019", "KS-2612-004"), blank=u),
         "　　　投诉日期：", val(kit.pick(s, "__2026-11-03__", "__2026-12-02__"), "received_date", "投诉日期",
                             expect=kit.pick(s, "2026-11-03", "2026-12-02"), blank=u)),
        ("客户名称：", val(kit.pick(s, "__华东精密机械有限公司__", "__苏州恒锐自动化设备有限公司__"), "customer", "客户名称",
                         expect=kit.pick(s, "华东精密机械有限公司", "苏州恒锐自动化设备有限公司"), blank=u * 2)),
        ("订 单 号：", val(kit.pick(s, "__PO2610-0385__", "__PO2611-0127__"), "order_no", "订 单 号",
                         expect=kit.pick(s, "PO2610-0385", "PO2611-0127"), blank=u),
         "　　　产品型号：", val(kit.pick(s, "__HJ-6205-2RS__", "__HJ-6304-ZZ__"), "part_no", "产品型号",
                             expect=kit.pick(s, "HJ-6205-2RS", "HJ-6304-ZZ"), blank=u)),
        ("产品名称：", val(kit.pick(s, "__深沟球轴承__", "__深沟球轴承（防尘盖）__"), "part_name", "产品名称",
                         expect=kit.pick(s, "深沟球轴承", "深沟球轴承（防尘盖）"), blank=u),
         "　　　生产批号：", val(kit.pick(s, "__B261008-2__", "__B261102-1__"), "lot_no", "生产批号",
                             expect=kit.pick(s, "B261008-2", "B261102-1"), blank=u)),
        ("交货数量：", val(kit.pick(s, "__5000 套__", "__3000 套__"), "ship_qty", "交货数量", expect=kit.pick(s, 5000, 3000),
                         blank=u),
         "　　　不良数量：", val(kit.pick(s, "__126 套__", "__45 套__"), "defect_qty", "不良数量",
                             expect=kit.pick(s, 126, 45), blank=u)),
        ("问题描述：", val(kit.pick(s, "客户装机试运行 2 小时后轴承异响、温升超过 40 ℃，拆检发现保持架铆钉松动，"
                                     "滚道有压痕；同批抽检 200 套，异响 5 套。",
                                  "防尘盖脱落，内部润滑脂外溢。"), "description", "问题描述", blank=u * 4)),
        ("客户要求：", val(kit.pick(s, "□退货　■换货　□返工　□折让", "□退货　■换货　□返工　□折让"), "customer_request", "客户要求",
                         expect=["replacement"], blank="□退货　□换货　□返工　□折让")),
        ("临时措施：", val(kit.pick(s, "库存 1,800 套全部隔离复检；客户处在线品由我司派员 100% 听音筛选。", "库存隔离，派员挑选。"),
                         "short_term_action", "临时措施", blank=u * 4)),
        None,
        ("填 表 人：", val(kit.pick(s, "__周晓梅__", "__何建平__"), "reporter", "填 表 人", expect=kit.pick(s, "周晓梅", "何建平"),
                         blank=u),
         "　　　部门主管：", val("__孙国栋__", "sales_supervisor", "部门主管", expect="孙国栋", blank=u)),
    ))  # fmt: skip


# =============================================================================== 8D (Excel, pasted)
def eightd_zht_paste(s: kit.Sheet) -> None:
    """A Taiwanese 8D 報告 written in Word as numbered headings (一、D1 成立小組 … 八、D8 結案) with a paragraph under each,
    pasted into Excel one paragraph a cell; the header's two fields a line apart by full-width spaces."""
    team = kit.pick(s, ("王志明", "林美惠", "陳俊宏", "黃雅婷"), ("王志明", "蔡宗翰", "劉怡君"))
    r = lines(s, 1, (
        ("8D 問題改善報告",), ("文件編號：QF-8D-002　版次：C　　　　　第 1 頁／共 1 頁",), None,
        ("報告編號：", val(kit.pick(s, "8D-TW-26-031", "8D-TW-26-037"), "number", "報告編號"),
         "　　　開立日期：", val(kit.pick(s, "2026/11/05", "2026/12/01"), "opened_date", "開立日期",
                             expect=kit.pick(s, "2026-11-05", "2026-12-01"))),
        ("客戶：", val(kit.pick(s, "友達光電股份有限公司", "群創光電股份有限公司"), "customer", "客戶"),
         "　　　客訴單號：", val(kit.pick(s, "CQ-26-1103", "CQ-26-1129"), "complaint_number", "客訴單號")),
        ("料號：", val(kit.pick(s, "BL-156-FHD-07", "BL-133-HD-02"), "part_no", "料號"),
         "　　　不良數量：", val(kit.pick(s, "240 pcs", "96 pcs"), "problem.qty_complained", "不良數量",
                             expect=kit.pick(s, 240, 96))), None,
        ("一、D1 成立小組",),
    ))  # fmt: skip
    typed = "組長：" + team[0] + "（品保課）；組員：" + "、".join(team[1:])
    pasted(s, r, typed)
    kit.members(s, "一、D1 成立小組", f"A{r}", typed, team)
    steps = kit.eightd_steps(
        ("二、D2 問題描述", "三、D3 暫時對策", "四、D4 根本原因（發生）", "四之二、流出原因", "五、D5 永久對策",
         "六、D6 對策執行與效果確認", "七、D7 預防再發"),
        (kit.pick(s, "客戶產線點亮測試發現背光模組亮度不均（左側暗帶），不良 240 pcs，集中於 10 月第 3 週生產批。",
                  "背光模組漏光，96 pcs。"),
         kit.pick(s, "在庫品 3,600 pcs 及客戶端在線品全數以亮度計複檢，不良品隔離退回。", "在庫品全檢。"),
         kit.pick(s, "導光板射出保壓時間被調短 0.8 秒，網點轉寫不足，左側亮度下降 18 %。", "膠框尺寸偏小。"),
         kit.pick(s, "出貨檢驗僅目視點亮，未以亮度計量測均勻度。", "進料未量測膠框尺寸。"),
         kit.pick(s, "保壓時間鎖定於 MES 參數，變更須經工程主管簽核；出貨檢驗增加 9 點亮度量測。", "膠框模具修正。"),
         kit.pick(s, "11/12 起連續 5 批 9 點均勻度 ≥ 82 %，客戶端無再發。", "連續 3 批合格。"),
         kit.pick(s, "同類導光板機種（14 吋、17 吋）一併導入參數鎖定。", "同類機種比照辦理。")),
    )  # fmt: skip
    r += 1
    for lab, text, path in steps:
        pasted(s, r, lab)
        pasted(s, r + 1, val(text, path, lab))
        r += 2
    lines(s, r, (
        ("八、D8 結案",),
        ("結案日期：", val(kit.pick(s, "2026/12/18", "2026/12/30"), "closure.closed_date", "結案日期",
                         expect=kit.pick(s, "2026-12-18", "2026-12-30")),
         "　　　核准：", val("鄭文雄", "closure.approved_by", "核准")),
    ))  # fmt: skip


# =============================================================================== return (Excel, pasted)
def return_zh_word(s: kit.Sheet) -> None:
    """A 退货单 made in Word (the header as ``label：value`` lines, a table with a 合计 row, the fields under it) and
    pasted into Excel: the header lines in column A, the table in A–H, the disposition ticked ``■返工``."""
    lines(s, 1, (
        ("宁波华鑫五金制品有限公司",), ("退　货　单",),
        ("退货单号：", val(kit.pick(s, "TH-2611-0032", "TH-2612-0006"), "number", "退货单号"),
         "　　　　退货日期：", val(kit.pick(s, "2026年11月12日", "2026年12月8日"), "issue_date", "退货日期",
                               expect=kit.pick(s, "2026-11-12", "2026-12-08"))),
        ("客户名称：", val(kit.pick(s, "常州博远电机有限公司", "无锡新能动力科技有限公司"), "customer", "客户名称"),
         "　　　　关联客诉单号：", val(kit.pick(s, "KS-2611-021", "KS-2612-002"), "complaint_number", "关联客诉单号")),
    ))  # fmt: skip
    heads = ("序号", "物料编码", "物料名称", "单位", "核准数量", "实退数量", "单价（元）", "金额（元）")
    kit.head_row(s, 6, "ABCDEFGH", heads)
    items = kit.pick(s, (("HX-BRK-0412", "电机支架（冲压件）", 2000, 1960, 3.85), ("HX-SCR-M6-20", "M6×20 内六角螺钉", 5000, 5000, 0.22),
                         ("HX-WSH-06", "弹簧垫圈 φ6", 5000, 4850, 0.05)),
                     (("HX-BRK-0520", "电机支架（加强型）", 800, 800, 4.6),))  # fmt: skip
    tq = ta = 0.0
    for i, (code, name, qa, q, p) in enumerate(items):
        r = 7 + i
        a = round(q * p, 2)
        tq, ta = tq + q, ta + a
        s.value(f"A{r}", i + 1, path=None, label="序号")
        s.value(f"B{r}", code, path=f"items[{i}].part_no", label="物料编码")
        s.value(f"C{r}", name, path=f"items[{i}].part_name", label="物料名称")
        s.value(f"D{r}", "件", path=f"items[{i}].unit", label="单位")
        s.value(f"E{r}", qa, path=f"items[{i}].qty_approved", label="核准数量", fmt="#,##0")
        s.value(f"F{r}", q, path=f"items[{i}].qty_returned", label="实退数量", fmt="#,##0")
        s.value(
            f"G{r}", p, path=f"items[{i}].unit_price", label="单价（元）", expect=kit.money(p), fmt="0.00"
        )
        s.value(
            f"H{r}", a, path=f"items[{i}].amount", label="金额（元）", expect=kit.money(a), fmt="#,##0.00"
        )
    r = 7 + len(items)
    s.text(f"A{r}", "合　计", f"E{r}", bold=True)
    s.value(f"F{r}", tq, path=None, label="合计", fmt="#,##0")
    s.value(f"H{r}", round(ta, 2), path=None, label="合计", fmt="#,##0.00")
    lines(s, r + 2, (
        ("退货原因：", val(kit.pick(s, "支架折弯处开裂，客户装配时断裂 40 件；螺钉、垫圈随支架一并退回。", "支架孔位偏移 0.5 mm。"),
                         "reason", "退货原因")),
        ("处理方式：", val("■返工　□报废　□换货　□折让", "handling", "处理方式", expect=["rework"],
                         blank="□返工　□报废　□换货　□折让")),
        ("仓库签收：", val(kit.pick(s, "刘丽", "吴斌"), "warehouse_receiver", "仓库签收", blank="＿＿＿＿"),
         "　　　　批准：", val("许国平", "approved_by", "批准", blank="＿＿＿＿")),
    ))  # fmt: skip


# =============================================================================== allowance (Excel, pasted)
def allowance_en_tabs(s: kit.Sheet) -> None:
    """A UK supplier's credit note typed in Word with dot leaders (``Credit Note No. ........ CN-…``) and pasted into
    Excel: the leader lines in column A, the lines table in A–E, the totals again as leader lines."""
    lines(s, 1, (
        ("CREDIT NOTE",), ("Harcourt Fasteners Ltd  ·  Unit 7, Dudley Road, Wolverhampton WV2 3AB  ·  VAT Reg. GB 287 4410 62",),
        None,
        ("Credit Note No. .................... ", val(kit.pick(s, "CN-26-0418", "CN-26-0455"), "number", "Credit Note No.")),
        ("Date .................................. ", val(kit.pick(s, "12 Nov 2026", "9 Dec 2026"), "issue_date", "Date",
                                                       expect=kit.pick(s, "2026-11-12", "2026-12-09"))),
        ("Customer ............................ ", val(kit.pick(s, "Bramley Agricultural Machinery Ltd", "Pennine Pumps plc"),
                                                      "buyer", "Customer")),
        ("Customer VAT No. ................. ", val(kit.pick(s, "GB 612 9034 17", "GB 455 2871 03"), "buyer_tax_id", "Customer VAT No.")),
        ("Original Invoice ................... ", val(kit.pick(s, "INV-26-10233", "INV-26-10587"), "invoice_no", "Original Invoice")),
        ("Your Complaint Ref. .............. ", val(kit.pick(s, "BAM-NCR-0931", "PP-QN-2216"), "complaint_number",
                                                    "Your Complaint Ref.")),
        None,
    ))  # fmt: skip
    heads = ("Description", "Qty", "Unit Price £", "Net £", "VAT 20 % £")
    kit.head_row(s, 12, "ABCDE", heads)
    items = kit.pick(s, (("M12 flange bolts 10.9, zinc flake – coating failure", 2400, 0.42), ("Sorting charge at your site", 1, 180.0)),
                     (("M8 hex nuts 8, plated – thread damage", 5000, 0.06),))  # fmt: skip
    net, tax = kit.credit_cells(s, 13, items, heads, 0.20)
    r = 13 + len(items) + 1
    lines(s, r, (
        ("Net total ............................ £ ", val(f"{net:,.2f}", "total_excl_tax", "Net total", expect=kit.money(net))),
        ("VAT @ ", val("20 %", "tax_rate", "VAT @", expect="0.2", blank="20 %"), " ......................... £ ",
         val(f"{tax:,.2f}", "total_tax", "VAT @ 20 %", expect=kit.money(tax))),
        ("Total credit ........................ £ ", val(f"{net + tax:,.2f}", "total", "Total credit",
                                                         expect=kit.money(round(net + tax, 2)))),
        None,
        ("Authorised by ..................... ", val(kit.pick(s, "Gareth Price", "Gareth Price"), "approved_by_manager",
                                                     "Authorised by"), " (Sales Manager)"),
    ))  # fmt: skip


_EXCEL_COPY2 = {
    "complaint_en_pasted",
    "complaint_zh_xiahua",
    "eightd_zht_paste",
    "return_zh_word",
    "allowance_en_tabs",
}

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*doc_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _EXCEL_COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_pasted, "Sheet1", dict(A=110), "a customer's complaint letter copied from Word into one Excel column, one line a cell: letterhead, Date, To / Attn, Subject, tab-aligned Complaint No. / Part Number / Qty lines, Nature of defect, Yours faithfully"),
        (complaint_zh_xiahua, "Sheet1", dict(A=100), "a 客户投诉登记表 of label：＿＿＿ lines pasted into Excel: values typed over the underscores (__华东精密__), two fields a line, □退货 ■换货"),
        (eightd_zht_paste, "8D", dict(A=100), "a Taiwanese 8D 報告 written as numbered headings (一、D1 成立小組 …) with paragraphs, pasted one paragraph a cell"),
        (return_zh_word, "退货单", dict(A=8, B=16, C=24, D=6, E=10, F=10, G=11, H=12), "a 退货单 made in Word and pasted into Excel: label：value lines, a table with a 合计 row, ■返工"),
        (allowance_en_tabs, "Credit Note", dict(A=62, B=10, C=14, D=14, E=14), "a UK credit note typed with dot leaders (Credit Note No. ........ CN-…) pasted into Excel, VAT 20 %"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only (Word, LibreOffice)
def complaint_en_letter(f: kit.DocForm) -> None:
    """A German customer's complaint letter on letterhead (the letterhead and the footer's form number on every page),
    the details in a small table inside the text (Part No. | Description | Batch | Delivered | Rejected), the defect
    and the request in paragraphs, ``☒ Replacement ☐ Credit note ☐ Rework``, signed by the buyer's quality lead."""
    font = value_font(f, "en")
    header_footer(f, "KELLERMANN ANTRIEBSTECHNIK GMBH\nIndustriestraße 12 · 73230 Kirchheim unter Teck · Germany · "
                     "www.kellermann-antriebe.de", "Kellermann QM-F-8.7-02 Rev. 4 · Supplier complaint letter")  # fmt: skip
    para(f, "Ningbo Dongfang Bearing Co., Ltd.", after=0)
    para(f, "Attn. Ms. Zhang Li, Key Account Manager", after=0)
    para(f, "No. 88 Binhai 2nd Road, Ningbo, P.R. China")
    para(
        f,
        "Kirchheim, ",
        val(
            kit.pick(f, "5 November 2026", "27 November 2026"),
            "received_date",
            "Kirchheim",
            expect=kit.pick(f, "2026-11-05", "2026-11-27"),
            font=font,
        ),
        align="right",
    )
    para(f, "Our reference: ", val(kit.pick(f, "KA-REK-26-0173", "KA-REK-26-0188"), "number", "Our reference", font=font),
         "        Your order confirmation: ", val(kit.pick(f, "OC-2609-4471", "OC-2610-5102"), None, "Your order confirmation",
                                                   font=font))  # fmt: skip
    para(f, "Purchase order: ", val(kit.pick(f, "PO 4711-2026-0832", "PO 4711-2026-0907"), "order_no", "Purchase order",
                                    expect=kit.pick(f, "4711-2026-0832", "4711-2026-0907"), font=font))  # fmt: skip
    para(f, "Complaint – noisy deep-groove ball bearings in gear motor series KA-40", bold=True, before=8)
    para(f, "Dear Ms. Zhang,")
    para(f, "With this letter we formally notify you of a quality complaint regarding the delivery below. At our incoming "
            "inspection and on the assembly line the bearings were found defective:")  # fmt: skip
    t, n = table(f, 2, 5, [34, 56, 30, 30, 30])
    for c, h in enumerate(("Part No.", "Description", "Batch", "Delivered", "Rejected")):
        cell(f, t, n, 0, c, h, bold=True, shade=True)
    for c, part in enumerate((
        val(kit.pick(f, "6204-2RS-C3", "6205-2Z-C3"), "part_no", "Part No.", font=font),
        val(kit.pick(f, "Deep-groove ball bearing 20×47×14", "Deep-groove ball bearing 25×52×15"), "part_name", "Description",
            font=font),
        val(kit.pick(f, "DF2609-114", "DF2610-032"), "lot_no", "Batch", font=font),
        val(kit.pick(f, "10,000 pcs", "6,000 pcs"), "ship_qty", "Delivered", expect=kit.pick(f, 10000, 6000), font=font),
        val(kit.pick(f, "312 pcs", "140 pcs"), "defect_qty", "Rejected", expect=kit.pick(f, 312, 140), font=font),
    )):  # fmt: skip
        cell(f, t, n, 1, c, part)
    para(f, "Description of the defect: ", val(kit.pick(
        f, "312 bearings run noisy (waviness, Anderon > 8 in the high band) when the gear motors are tested at 1,500 rpm; "
           "raceway marks visible under the microscope on all 12 opened parts.",
        "140 bearings have shields pressed in askew; grease leaks at 80 °C."), "description", "Description of the defect",
        font=font), before=8)  # fmt: skip
    para(f, "We request (please tick):   ", val("☒ Replacement   ☐ Credit note   ☐ Rework at our site", "customer_request",
                                               "We request", expect=["replacement"],
                                               blank="☐ Replacement   ☐ Credit note   ☐ Rework at our site"))  # fmt: skip
    para(f, "Please confirm receipt within 24 hours, contain all stock in transit and send your 8D report (D1–D4 within "
            "5 working days). Costs of sorting at our plant will be charged separately¹.")  # fmt: skip
    para(f, "Yours sincerely,", before=10)
    para(
        f,
        val(kit.pick(f, "Thomas Reiner", "Julia Berger"), "reporter", "Yours sincerely", font=font),
        after=0,
    )
    para(f, "Supplier Quality Engineer, Kellermann Antriebstechnik GmbH")
    para(f, "¹ according to our quality assurance agreement QSV-2019, § 7.3", size=7, before=14)


def complaint_zh_underline(f: kit.DocForm) -> None:
    """A 客户投诉单 written in WPS as ``label：＿＿＿＿`` lines, the clerk typing over the line in another font with the
    underline kept, two fields a line apart by full-width spaces, ``□ / ■`` boxes for the type and the request, a
    footnote, the form number and the page in the footer."""
    font = value_font(f, "zh")
    header_footer(
        f,
        "江苏恒通精密注塑有限公司　质量管理体系文件",
        "表单编号：QR-7.2-01　版本：B/0",
        page=("第 ", " 页　共 ", " 页"),
    )
    para(f, "客　户　投　诉　单", size=16, bold=True, align="center", after=10)
    u = "＿＿＿＿＿＿＿＿＿＿"

    def uv(raw, path, lab, expect=None):
        return val(raw, path, lab, expect=expect, blank=u, font=font, ul=True)

    para(f, "投诉编号：", uv(kit.pick(f, "TS-2611-0058", "TS-2612-0011"), "number", "投诉编号"),
         "　　　　受理日期：", uv(kit.pick(f, "2026年11月6日", "2026年12月3日"), "received_date", "受理日期",
                               kit.pick(f, "2026-11-06", "2026-12-03")))  # fmt: skip
    para(f, "客户名称：", uv(kit.pick(f, "上海博锐汽车电子有限公司", "宁波拓安智能科技有限公司"), "customer", "客户名称"),
         "　　　　订单号：", uv(kit.pick(f, "BR-PO-26-1187", "TA-PO-26-0642"), "order_no", "订单号"))  # fmt: skip
    para(f, "产品名称：", uv(kit.pick(f, "连接器外壳（PA66+GF30）", "传感器支架（PBT）"), "part_name", "产品名称"),
         "　　　　产品料号：", uv(kit.pick(f, "HT-CN-3308-B", "HT-SB-1120-A"), "part_no", "产品料号"))  # fmt: skip
    para(f, "生产批号：", uv(kit.pick(f, "20261015-A2", "20261109-B1"), "lot_no", "生产批号"),
         "　　　　交货数量：", uv(kit.pick(f, "20,000 pcs", "8,000 pcs"), "ship_qty", "交货数量", kit.pick(f, 20000, 8000)),
         "　　　　不良数量：", uv(kit.pick(f, "650 pcs", "210 pcs"), "defect_qty", "不良数量", kit.pick(f, 650, 210)))  # fmt: skip
    para(
        f,
        "投诉类型：",
        val(
            "■质量异常　□交期异常　□包装标识　□其他",
            "complaint_type",
            "投诉类型",
            expect="quality",
            blank="□质量异常　□交期异常　□包装标识　□其他",
        ),
    )
    para(f, "问题描述：", val(kit.pick(
        f, "客户 SMT 回流焊后外壳卡扣处发白开裂，比例约 3.2 %；抽检同批来料 500 pcs，卡扣根部有熔接线，"
           "冲击试验 5 pcs 断裂。客户已停线 4 小时。",
        "支架安装孔偏小，螺丝无法打入。"), "description", "问题描述", blank=u * 4, font=font, ul=True))  # fmt: skip
    para(f, "客户要求：", val("□退货　■换货　□返工　□折让　□索赔", "customer_request", "客户要求", expect=["replacement"],
                         blank="□退货　□换货　□返工　□折让　□索赔"))  # fmt: skip
    para(f, "临时对策：", val(kit.pick(f, "在库 12,000 pcs 及在途 6,000 pcs 全部冻结，派 3 人赴客户处挑选，良品加贴绿色标签。",
                                  "在库品全检。"), "short_term_action", "临时对策", blank=u * 4, font=font, ul=True))  # fmt: skip
    para(f, "填表人：", uv(kit.pick(f, "陈思雨", "赵海峰"), "reporter", "填表人"),
         "　　　　主管审核：", uv("王建国", "sales_supervisor", "主管审核"), before=10)  # fmt: skip
    para(f, "注：本单一式三联，①质量部 ②业务部 ③客户；投诉须于 24 小时内回复初步对策。", size=7, before=16)


def complaint_zht_table(f: kit.DocForm) -> None:
    """A Taiwanese 客訴處理單 made as a two-column Word table: label cells shaded, values in the other font, merged
    rows for the description and the photo box (照片黏貼處), the request ``☐退貨 ☒換貨 ☐折讓`` and the type ``(√)``."""
    font = value_font(f, "zht")
    header_footer(
        f, "台灣精密電子股份有限公司　品質保證處", "QP-0802-03　第 A 版", page=("第 ", " 頁／共 ", " 頁")
    )
    para(f, "客訴處理單", size=16, bold=True, align="center", after=6)
    t, n = table(f, 12, 4, [28, 62, 28, 62])
    rows = (
        (("客訴單號", kit.pick(f, "CS-115-1108", "CS-115-1203"), "number", None),
         ("反映日期", kit.pick(f, "115年11月8日", "115年12月3日"), "received_date", kit.pick(f, "2026-11-08", "2026-12-03"))),
        (("客戶名稱", kit.pick(f, "鴻準精密工業股份有限公司", "廣達電腦股份有限公司"), "customer", None),
         ("訂單號碼", kit.pick(f, "HZ-26-88412", "QT-26-30155"), "order_no", None)),
        (("品　　名", kit.pick(f, "鋁合金散熱片", "筆電轉軸組"), "part_name", None),
         ("料　　號", kit.pick(f, "TP-HS-4420", "TP-HG-1306"), "part_no", None)),
        (("批　　號", kit.pick(f, "L1151020", "L1151115"), "lot_no", None),
         ("交貨數量", kit.pick(f, "3,000 PCS", "1,500 PCS"), "ship_qty", kit.pick(f, 3000, 1500))),
        (("不良數量", kit.pick(f, "185 PCS", "60 PCS"), "defect_qty", kit.pick(f, 185, 60)),
         ("客訴類別", "品質(√)　交期(　)　服務(　)", "complaint_type", "quality")),
    )  # fmt: skip
    for r, pair in enumerate(rows):
        for k, (lab, raw, path, exp) in enumerate(pair):
            cell(f, t, n, r, 2 * k, lab, shade=True)
            cell(f, t, n, r, 2 * k + 1, val(raw, path, lab, expect=exp, font=font))
    cell(f, t, n, 5, 0, "異常說明", shade=True)
    cell(f, t, n, 5, 1, val(kit.pick(
        f, "散熱片鰭片彎曲變形，部分表面陽極氧化色差，客戶組裝時鰭片間距不足無法卡入風扇座；抽檢 500 PCS 不良 31 PCS。",
        "轉軸扭力不足，開合 2,000 次後鬆脫。"), "description", "異常說明", font=font), to=(5, 3))  # fmt: skip
    cell(f, t, n, 6, 0, "照片", shade=True)
    cell(f, t, n, 6, 1, "（照片黏貼處）", to=(6, 3))
    t.rows[6].height = Mm(35)
    cell(f, t, n, 7, 0, "客戶要求", shade=True)
    cell(f, t, n, 7, 1, val("☐退貨　☒換貨　☐折讓　☐重工", "customer_request", "客戶要求", expect=["replacement"],
                             blank="☐退貨　☐換貨　☐折讓　☐重工"), to=(7, 3))  # fmt: skip
    cell(f, t, n, 8, 0, "暫時對策", shade=True)
    cell(f, t, n, 8, 1, val(kit.pick(f, "庫存 1,200 PCS 全檢，客戶端不良品換貨 185 PCS 於 11/10 補出。", "庫存全檢。"),
                             "short_term_action", "暫時對策", font=font), to=(8, 3))  # fmt: skip
    cell(f, t, n, 9, 0, "原因分析", shade=True)
    cell(f, t, n, 9, 1, "（由製造單位填寫）", to=(9, 3))
    cell(f, t, n, 10, 0, "填表人", shade=True)
    cell(f, t, n, 10, 1, val(kit.pick(f, "李佩珊", "張育誠"), "reporter", "填表人", font=font))
    cell(f, t, n, 10, 2, "業務主管", shade=True)
    cell(f, t, n, 10, 3, val("林志豪", "sales_supervisor", "業務主管", font=font))
    cell(f, t, n, 11, 0, "備註", shade=True)
    cell(f, t, n, 11, 1, "本單正本存品保處，影本送業務及製造單位。", to=(11, 3))


def complaint_en_memo(f: kit.DocForm) -> None:
    """An interoffice MEMO from a customer's supplier quality team asking for an 8D: To / From / Date / Subject / Ref
    tab-aligned, cc, a rule, the request in paragraphs with the part's data as tab-aligned lines."""
    font = value_font(f, "en")
    header_footer(f, "Halden Automotive GmbH – Supplier Quality", "Internal memo template SQ-M-01 (Word)")
    para(f, "MEMORANDUM", size=18, bold=True, after=8)
    tabs = ((25, None),)
    para(f, "To:\t", val("Mr. Li Qiang, Quality Manager, Suzhou Jinhe Metal Products Co., Ltd.", None, "To", font=font), tabs=tabs,
         after=0)  # fmt: skip
    para(f, "From:\t", val(kit.pick(f, "Halden Automotive GmbH – Supplier Quality (S. Whitfield)",
                                    "Halden Automotive GmbH – Supplier Quality (M. Krüger)"),
                           "customer", "From", expect="Halden Automotive GmbH", font=font), tabs=tabs, after=0)  # fmt: skip
    para(f, "Date:\t", val(kit.pick(f, "10/11/2026", "02/12/2026"), "received_date", "Date",
                           expect=kit.pick(f, "2026-11-10", "2026-12-02"), font=font), tabs=tabs, after=0)  # fmt: skip
    para(f, "Subject:\tRequest for 8D – cracked mounting brackets", tabs=tabs, after=0)
    para(
        f,
        "Ref:\t",
        val(kit.pick(f, "SCAR-2026-0457", "SCAR-2026-0491"), "number", "Ref", font=font),
        tabs=tabs,
        after=0,
    )
    para(f, "cc:\tPurchasing (R. Hoffmann); Plant Zwickau incoming inspection", tabs=tabs)
    para(f, "_" * 86, after=6)
    para(f, "Please be advised that the parts listed below have failed at our plant and are rejected. We request a formal "
            "8D report from your organisation.")  # fmt: skip
    tabs2 = ((45, None),)
    for lab, raw, path, exp in (
        ("Part number:", kit.pick(f, "7731-220-B", "7731-221-A"), "part_no", None),
        ("Part name:", kit.pick(f, "Mounting bracket, left, DC04 galvanised", "Mounting bracket, right, DC04 galvanised"),
         "part_name", None),
        ("Delivery note / lot:", kit.pick(f, "LS 26-11873 / lot 2610-07", "LS 26-12204 / lot 2611-02"), "lot_no",
         kit.pick(f, "2610-07", "2611-02")),
        ("Quantity delivered:", kit.pick(f, "4,800 pcs", "2,400 pcs"), "ship_qty", kit.pick(f, 4800, 2400)),
        ("Quantity affected:", kit.pick(f, "220 pcs", "75 pcs"), "defect_qty", kit.pick(f, 220, 75)),
    ):  # fmt: skip
        para(
            f,
            lab + "\t",
            val(raw, path, lab.rstrip(":"), expect=exp, font=font),
            tabs=tabs2,
            after=0,
            indent=8,
        )
    para(f, "Failure description: ", val(kit.pick(
        f, "Cracks at the bend radius (R 1.5) found on 220 brackets during the torque test of the seat frame "
           "assembly; the crack runs along the rolling direction.",
        "Bracket holes out of position by 0.8 mm; screws cannot be started."), "description", "Failure description", font=font),
        before=8)  # fmt: skip
    para(f, "Actions requested: D3 containment of all stock and parts in transit within 24 hours; D4 root cause with "
            "evidence within 5 working days; the complete 8D within 30 days.")  # fmt: skip
    para(f, "Regards,", before=8, after=0)
    para(f, val(kit.pick(f, "Sarah Whitfield", "Markus Krüger"), "reporter", "Regards", font=font), after=0)
    para(f, "Supplier Quality Engineer")


def eightd_en_headings(f: kit.DocForm) -> None:
    """An 8D report written in Word as numbered headings with paragraphs, no table (1. Team (D1) … 8. Closure (D8)):
    the header's fields as tab-aligned lines, running on to a second page under the header and the page footer."""
    font = value_font(f, "en")
    header_footer(
        f,
        "Shenzhen Kaida Electronics Co., Ltd. · 8D Report",
        "Form KD-QP-10-03 Rev. B",
        page=("Page ", " of ", ""),
    )
    para(f, "8D PROBLEM SOLVING REPORT", size=15, bold=True, align="center", after=8)
    tabs = ((50, None),)
    for lab, raw, path, exp in (
        ("Report No.", kit.pick(f, "8D-KD-26-0193", "8D-KD-26-0207"), "number", None),
        ("Date opened", kit.pick(f, "Nov 9, 2026", "Dec 1, 2026"), "opened_date", kit.pick(f, "2026-11-09", "2026-12-01")),
        ("Customer", kit.pick(f, "Volterra Home Appliances S.p.A.", "Brandt Kitchen Systems SAS"), "customer", None),
        ("Customer complaint ref.", kit.pick(f, "VHA-CR-26-0615", "BKS-NC-1182"), "complaint_number", None),
        ("Part number", kit.pick(f, "KD-PCB-5521-R2", "KD-PCB-4410-R1"), "part_no", None),
        ("Quantity affected", kit.pick(f, "412 pcs", "96 pcs"), "problem.qty_complained", kit.pick(f, 412, 96)),
    ):  # fmt: skip
        para(f, lab + "\t: ", val(raw, path, lab, expect=exp, font=font), tabs=tabs, after=0)
    team = kit.pick(
        f, ("Liu Yang", "Chen Hao", "Wu Min", "Paolo Ferri"), ("Liu Yang", "Zhao Lei", "Claire Martin")
    )
    para(f, "1.  Team (D1)", bold=True, size=11, before=10)
    typed = f"Champion: {team[0]} (Quality Director); members: {', '.join(team[1:])}."
    para(f, typed)
    kit.members(f, "1.  Team (D1)", f"P{len(f.doc.paragraphs)}", typed, team)
    heads = ("2.  Problem Description (D2)", "3.  Interim Containment Actions (D3)", "4.1  Root Cause – Occurrence (D4)",
             "4.2  Root Cause – Escape (why it was not detected)", "5.  Permanent Corrective Actions (D5)",
             "6.  Implementation and Validation (D6)", "7.  Prevent Recurrence (D7)")  # fmt: skip
    texts = (
        kit.pick(f, "412 control boards of the oven model VH-60 fail the customer's end-of-line test: the relay K3 does not "
                    "close, the heating stays off. All from date codes 2638–2640. The customer's line stopped twice.",
                 "96 boards show no display after power-up; all date code 2644."),
        kit.pick(f, "Stock at our warehouse (2,150 pcs) and in transit (1,800 pcs) held and retested with a relay pull-in "
                    "test; the customer's stock sorted by our resident engineer; good parts marked with a blue dot.",
                 "Stock held and retested."),
        kit.pick(f, "The relay supplier changed the coil winding machine; coil resistance rose from 400 Ω to 470 Ω, so the "
                    "pull-in voltage at 85 °C exceeded our 12 V drive.", "Display connector crimp height out of tolerance."),
        kit.pick(f, "The in-circuit test measures the coil at 25 °C only; no test at the hot corner. The supplier's change "
                    "was not notified.", "No pull test at incoming inspection."),
        kit.pick(f, "Relay drive raised to 13.5 V with a new transistor stage; the supplier restored the old winding "
                    "machine; hot pull-in test (85 °C) added at incoming inspection.", "Crimp height measured at every reel."),
        kit.pick(f, "From Nov 23, 2026, 6 lots (18,400 pcs) passed the hot test; no failures at the customer in 4 weeks.",
                 "3 lots passed; no field returns."),
        kit.pick(f, "Hot-corner test added to the design guideline DG-07 for all relay boards; PCN clause added to all "
                    "supplier quality agreements.", "Crimp checks added to all harness suppliers."),
    )  # fmt: skip
    for k, (lab, text, path) in enumerate(kit.eightd_steps(heads, texts)):
        para(f, lab, bold=True, size=11, before=10, page=k == 4)
        para(f, val(text, path, lab, font=font))
    para(f, "8.  Closure and Congratulations (D8)", bold=True, size=11, before=10)
    para(f, "Closure date:\t", val(kit.pick(f, "Dec 18, 2026", "Dec 30, 2026"), "closure.closed_date", "Closure date",
                                   expect=kit.pick(f, "2026-12-18", "2026-12-30"), font=font), tabs=((40, None),), after=0)  # fmt: skip
    para(
        f,
        "Approved by:\t",
        val("Huang Wei", "closure.approved_by", "Approved by", font=font),
        tabs=((40, None),),
    )
    para(f, "The team was thanked at the monthly quality meeting.*")
    para(f, "* Minutes QM-2026-12, item 4.", size=7, before=14)


def eightd_zh_headings(f: kit.DocForm) -> None:
    """An 8D 报告 written in Word as numbered headings (一、…八、) with paragraphs and full-width colons, the header's
    two fields a line apart by full-width spaces, the team on one line (组长：…　组员：…), a footnote ①, the form number
    and the page in the header and footer."""
    font = value_font(f, "zh")
    header_footer(f, "东莞市宏达塑胶五金有限公司\n文件编号：HD-QR-8D-01　版本：A/2", "受控文件　未经批准不得复印",
                  page=("第 ", " 页　共 ", " 页"))  # fmt: skip
    para(f, "8D 纠正预防措施报告", size=16, bold=True, align="center", after=8)
    para(f, "报告编号：", val("8D-HD-2611-027", "number", "报告编号", font=font),
         "　　　　　发起日期：", val("2026年11月11日", "opened_date", "发起日期", expect="2026-11-11", font=font), after=0)  # fmt: skip
    para(f, "客　　户：", val("深圳市科沃电器有限公司", "customer", "客　　户", font=font),
         "　　　　　客诉单号：", val("KW-CQ-261105", "complaint_number", "客诉单号", font=font), after=0)  # fmt: skip
    para(f, "产品料号：", val("HD-FAN-0930", "part_no", "产品料号", font=font),
         "　　　　　　不良数量：", val("1,350 pcs", "problem.qty_complained", "不良数量", expect=1350, font=font))  # fmt: skip
    team = ("张伟", "李娜", "王强", "赵磊")
    para(f, "一、成立小组（D1）", bold=True, size=11, before=8)
    typed = f"组长：{team[0]}（品质部经理）　组员：{'、'.join(team[1:])}"
    para(f, typed)
    kit.members(f, "一、成立小组（D1）", f"P{len(f.doc.paragraphs)}", typed, team)
    heads = ("二、问题描述（D2）", "三、临时围堵措施（D3）", "四、根本原因分析（D4）——产生原因", "　　　　——流出原因",
             "五、永久纠正措施（D5）", "六、措施实施与效果验证（D6）", "七、预防再发生（D7）")  # fmt: skip
    texts = ("客户组装风扇时发现扇叶轮毂开裂①，不良 1,350 pcs，集中在 10 月 20 日至 25 日生产的 3 个批次。",
             "在库 8,600 pcs、在途 4,000 pcs 全部隔离，每批抽 200 pcs 做压入试验；客户处派 2 人全检。",
             "轮毂注塑时模温由 80 ℃ 降至 55 ℃（模温机故障未报警），内应力增大，压入轴芯时开裂。",
             "出货检验只做外观和尺寸，未做压入试验；模温机无报警联锁。",
             "模温机加装温度报警并与注塑机联锁；出货检验每批增加 50 pcs 压入试验。",
             "11 月 18 日起连续 8 批压入试验零开裂，客户端无再发。",
             "同类模温机 12 台全部加装报警；压入试验写入控制计划 CP-HD-0930。")  # fmt: skip
    for lab, text, path in kit.eightd_steps(heads, texts):
        para(f, lab, bold=True, size=11, before=6)
        para(f, val(text, path, lab.strip("　"), font=font), indent=6)
    para(f, "八、结案（D8）", bold=True, size=11, before=6)
    para(f, "结案日期：", val("2026年12月16日", "closure.closed_date", "结案日期", expect="2026-12-16", font=font),
         "　　　　批准：", val("陈志远", "closure.approved_by", "批准", font=font), indent=6)  # fmt: skip
    para(f, "注①：开裂位置见附件照片 1～4。", size=7, before=14)


def return_en_continued(f: kit.DocForm) -> None:
    """A return note of a distributor made in Word: tab-aligned header lines (``Return Note No.\\t:\\tRN-…``), packing
    instructions, a line table that runs onto a second page with its header row repeated and a Total row, then Reason
    / Disposition ``☒ Credit`` / Received by / Approved by."""
    font = value_font(f, "en")
    header_footer(f, "Pacific Rim Components Pte Ltd · Returns Department", "Form PRC-RT-04 issue 2",
                  page=("Page ", " of ", ""))  # fmt: skip
    para(f, "RETURN NOTE", size=16, bold=True, align="center", after=8)
    tabs = ((42, None), (46, None))
    for lab, raw, path, exp in (
        ("Return Note No.", "RN-26-3307", "number", None),
        ("Date", "18-Nov-2026", "issue_date", "2026-11-18"),
        ("Customer", "Meridian Instruments Sdn Bhd", "customer", None),
        ("Complaint Ref.", "MI-QC-26-0774", "complaint_number", None),
    ):
        para(f, f"{lab}\t:\t", val(raw, path, lab, expect=exp, font=font), tabs=tabs, after=0)
    para(f, "Return instructions", bold=True, before=10)
    for k, text in enumerate((
        "Goods are accepted only with this return note attached to the outside of each carton.",
        "Pack each part number separately in its original anti-static packaging; label cartons with the RN number.",
        "Do not return parts that have been soldered, reworked or removed from tape unless listed below.",
        "Ship prepaid to: Pacific Rim Components, 21 Tuas South Ave 3, Singapore 637558, Returns bay 4.",
        "Credit is issued within 14 days after the goods are received and inspected; quantities found short are not "
        "credited.",
        "Goods returned without authorisation will be sent back at the customer's expense.",
        "Please keep a copy of this note and of the carrier's consignment note for your records.",
    ), start=1):  # fmt: skip
        para(f, f"{k}.  {text}", after=2, indent=4)
    para(f, "Shipping details", bold=True, before=6)
    for text in (
        "Carrier:\tto be booked by the customer (DHL Freight or Kerry Logistics)",
        "Ship from:\tMeridian Instruments Sdn Bhd, Lot 8, Jalan Hi-Tech 3, Kulim Hi-Tech Park, Kedah",
        "Cartons:\tone carton per item code, each labelled with this RN number and the item code",
        "Documents:\tthis note, the packing list, the customer's 8D (D1–D4), photos of the cartons",
    ):
        para(f, text, tabs=((30, None),), after=0, indent=4)
    para(f, "Remarks: the lines below were approved by our quality engineer after the customer's 8D D3 report; quantities "
            "received are filled in by our warehouse.", before=6)  # fmt: skip
    items = (
        ("MC-0603-104K", "Capacitor 0603 100 nF X7R", 20000, 20000, 0.05),
        ("MC-0805-475K", "Capacitor 0805 4.7 µF X5R", 12000, 11500, 0.12),
        ("RS-0402-10K", "Resistor 0402 10 kΩ 1 %", 30000, 30000, 0.01),
        ("IC-LDO-3V3", "LDO regulator 3.3 V SOT-23", 2500, 2480, 0.85),
        ("CN-USB-C16", "USB-C receptacle 16 pin", 1800, 1800, 0.21),
        ("XT-16M-3225", "Crystal 16 MHz 3225", 3000, 2950, 0.95),
        ("DI-TVS-5V0", "TVS diode 5 V SOD-323", 6000, 6000, 0.18),
        ("IN-1UH-2016", "Inductor 1 µH 2016", 4000, 3900, 0.30),
    )
    heads = ("Item Code", "Description", "Qty Authorised", "Qty Received", "Unit Price (USD)", "Amount (USD)")
    t, n = table(f, 2 + len(items), 6, [30, 52, 24, 24, 24, 26], header_rows=1)
    for c, h in enumerate(heads):
        cell(f, t, n, 0, c, h, bold=True, shade=True)
    tq = ta = 0.0
    for i, (code, name, qa, q, p) in enumerate(items):
        a = round(q * p, 2)
        tq, ta = tq + q, ta + a
        for c, (raw, path, exp) in enumerate(((code, "part_no", None), (name, "part_name", None),
                                              (f"{qa:,}", "qty_approved", qa), (f"{q:,}", "qty_returned", q),
                                              (f"{p:.2f}", "unit_price", kit.money(p)), (f"{a:,.2f}", "amount", kit.money(a)))):  # fmt: skip
            cell(f, t, n, 1 + i, c, val(raw, f"items[{i}].{path}", heads[c], expect=exp, font=font))
        t.rows[1 + i].height = Mm(16)
    last = 1 + len(items)
    cell(f, t, n, last, 0, "Total", bold=True, to=(last, 2))
    cell(f, t, n, last, 3, f"{tq:,.0f}", bold=True)
    cell(f, t, n, last, 5, f"{ta:,.2f}", bold=True)
    tabs = ((42, None),)
    para(f, "Reason for return:\t", val("Customer 8D MI-QC-26-0774: mixed reels (wrong value on 2 reels), moisture "
                                        "damage on cartons; whole lots returned for credit.", "reason", "Reason for return",
                                        font=font), tabs=tabs, before=10)  # fmt: skip
    para(f, "Disposition:\t", val("☒ Credit   ☐ Replace   ☐ Return to vendor   ☐ Scrap", "handling", "Disposition",
                                  expect=["credit"], blank="☐ Credit   ☐ Replace   ☐ Return to vendor   ☐ Scrap"), tabs=tabs)  # fmt: skip
    para(f, "Received by:\t", val("Tan Wei Ling (Returns bay 4)", "warehouse_receiver", "Received by",
                                  expect="Tan Wei Ling", font=font), tabs=tabs, after=0)  # fmt: skip
    para(f, "Approved by:\t", val("Rajesh Kumar", "approved_by", "Approved by", font=font), tabs=tabs)


def return_zht_word(f: kit.DocForm) -> None:
    """A Taiwanese 退貨單 made in Word: tab-aligned header lines with full-width colons, a table 項次 / 料號 / 品名 / 核准數量 /
    實退數量 / 單位 / 單價 / 金額 with a 合計 row, 處理方式 ``☐重工 ☒報廢 ☐換貨``, 倉管簽收 / 主管核准 under it."""
    font = value_font(f, "zht")
    header_footer(f, "永昇機電股份有限公司", "表單編號 QR-7.5-09　A 版", page=("第 ", " 頁／共 ", " 頁"))
    para(f, "退　貨　單", size=16, bold=True, align="center", after=8)
    tabs = ((30, None),)
    for lab, raw, path, exp in (
        ("退貨單號", "RT-1151117-02", "number", None),
        ("退貨日期", "115/11/17", "issue_date", "2026-11-17"),
        ("客戶名稱", "東元電機股份有限公司", "customer", None),
        ("客訴單號", "TC-CS-115-0418", "complaint_number", None),
    ):
        para(f, f"{lab}\t：", val(raw, path, lab, expect=exp, font=font), tabs=tabs, after=0)
    heads = ("項次", "料號", "品名", "核准數量", "實退數量", "單位", "單價", "金額")
    items = (("YS-SH-2205", "馬達軸心 φ22", 600, 580, 145.0), ("YS-BR-6205", "軸承座", 600, 600, 88.0))
    t, n = table(f, 2 + len(items), 8, [12, 28, 34, 20, 20, 12, 22, 26])
    for c, h in enumerate(heads):
        cell(f, t, n, 0, c, h, bold=True, shade=True)
    tq = ta = 0
    for i, (code, name, qa, q, p) in enumerate(items):
        a = q * p
        tq, ta = tq + q, ta + a
        for c, (raw, path, exp) in enumerate(((str(i + 1), None, None), (code, "part_no", None), (name, "part_name", None),
                                              (f"{qa:,}", "qty_approved", qa), (f"{q:,}", "qty_returned", q), ("PCS", "unit", None),
                                              (f"{p:,.0f}", "unit_price", kit.money(p)), (f"{a:,.0f}", "amount", kit.money(a)))):  # fmt: skip
            cell(f, t, n, 1 + i, c, val(raw, path and f"items[{i}].{path}", heads[c], expect=exp, font=font))
    last = 1 + len(items)
    cell(f, t, n, last, 0, "合　　計", bold=True, to=(last, 3))
    cell(f, t, n, last, 4, f"{tq:,}", bold=True)
    cell(f, t, n, last, 7, f"{ta:,.0f}", bold=True)
    para(f, "退貨原因\t：", val("軸心外徑超差（+0.03 mm），客戶組裝時軸承壓入過緊；軸承座隨軸心一併退回。", "reason", "退貨原因",
                              font=font), tabs=tabs, before=10, after=0)  # fmt: skip
    para(f, "處理方式\t：", val("☐重工　☒報廢　☐換貨　☐折讓", "handling", "處理方式", expect=["scrap"],
                              blank="☐重工　☐報廢　☐換貨　☐折讓"), tabs=tabs)  # fmt: skip
    para(f, "倉管簽收：", val("蘇美玲", "warehouse_receiver", "倉管簽收", font=font),
         "　　　　　　主管核准：", val("黃國強", "approved_by", "主管核准", font=font), before=12)  # fmt: skip


def allowance_zht_cert(f: kit.DocForm) -> None:
    """The statutory 營業人銷貨退回進貨退出或折讓證明單 re-typed in Word (traditional script): the seller and the buyer as
    ``名稱：… 統一編號：…`` lines, the table 開立發票 (聯式 / 年 / 月 / 日 / 字軌號碼) | 品名 | 數量 | 單價 | 金額 | 營業稅額 |
    課稅別 ✓ and its 合計 row, the declaration, ``中華民國 115 年 11 月 20 日``, the stamp line."""
    font = value_font(f, "zht")
    para(f, "營業人銷貨退回、進貨退出或折讓證明單", size=15, bold=True, align="center", after=2)
    para(f, "No. ", val("ZR-115-0087", "number", "No.", font=font), align="right", size=9)
    para(f, "原銷貨營業人名稱：", val("志聯精密工業股份有限公司", "seller.name", "原銷貨營業人名稱", font=font),
         "　　統一編號：", val("53218806", "seller.tax_id", "統一編號", font=font), after=0)  # fmt: skip
    para(f, "進貨營業人名稱：", val("昇陽光電科技股份有限公司", "buyer", "進貨營業人名稱", font=font),
         "　　統一編號：", val("28470152", "buyer_tax_id", "統一編號", font=font), after=6)  # fmt: skip
    heads = (
        "聯式",
        "年",
        "月",
        "日",
        "字軌號碼",
        "品　名",
        "數量",
        "單價",
        "金額(不含稅)",
        "營業稅額",
        "應稅",
        "零稅率",
        "免稅",
    )
    items = (("鋁擠型散熱座 HS-220", 400, 58.0), ("散熱座 HS-160（加工不良折讓）", 250, 24.0))
    t, n = table(f, 3 + len(items), 13, [10, 11, 8, 8, 24, 34, 12, 12, 20, 16, 9, 10, 9])
    cell(f, t, n, 0, 0, "開立發票", bold=True, shade=True, to=(0, 4))
    cell(f, t, n, 0, 5, "退貨或折讓內容", bold=True, shade=True, to=(0, 9))
    cell(f, t, n, 0, 10, "課稅別（✓）", bold=True, shade=True, to=(0, 12))
    for c, h in enumerate(heads):
        cell(f, t, n, 1, c, h, bold=True, shade=True, size=8)
    net = tax = 0
    for i, (name, q, p) in enumerate(items):
        a = q * p
        x = round(a * 0.05)
        net, tax = net + a, tax + x
        r = 2 + i
        row = (("三聯", None, None), ("115", "invoice_date" if i == 0 else None, "2026-10-28"), ("10", None, None), ("28", None, None),
               ("QV-20458731", "invoice_no" if i == 0 else None, None), (name, f"items[{i}].name", None),
               (f"{q:,}", f"items[{i}].qty", q), (f"{p:,.0f}", f"items[{i}].unit_price", kit.money(p)),
               (f"{a:,.0f}", f"items[{i}].allowance_amount", kit.money(a)), (f"{x:,}", f"items[{i}].tax", kit.money(x)),
               ("✓", None, None), ("", None, None), ("", None, None))  # fmt: skip
        for c, (raw, path, exp) in enumerate(row):
            if raw:
                cell(f, t, n, r, c, val(raw, path, heads[c], expect=exp, font=font), size=8)
    last = 2 + len(items)
    cell(f, t, n, last, 0, "合　　　計", bold=True, to=(last, 7))
    cell(
        f,
        t,
        n,
        last,
        8,
        val(f"{net:,.0f}", "total_excl_tax", "合計 金額", expect=kit.money(net), font=font),
        size=8,
    )
    cell(
        f,
        t,
        n,
        last,
        9,
        val(f"{tax:,}", "total_tax", "合計 營業稅額", expect=kit.money(tax), font=font),
        size=8,
    )
    para(f, "本證明單所列進貨退出或取得折讓，確屬實情。", before=8)
    para(f, "進貨營業人（或原買受人）蓋用統一發票專用章：　　　　　　　　（印）", before=6)
    para(
        f,
        "客訴單號：",
        val("SY-QA-115-0311", "complaint_number", "客訴單號", font=font),
        "　　（本公司填寫）",
        before=6,
    )
    para(f, "中　華　民　國　", val("115　年　11　月　20", "issue_date", "中華民國", expect="2026-11-20", font=font),
         "　日", align="center", before=12)  # fmt: skip
    para(f, "註：本證明單一式四聯，第一、二聯由原銷貨營業人作為銷項稅額之扣減證明，第三、四聯由進貨營業人留存。", size=7,
         before=12)  # fmt: skip


def allowance_zh_leaders(f: kit.DocForm) -> None:
    """A 销售折让单 written in Word with dot leaders drawn by tab stops (``折让单号……………ZR-…``), full-width colons and
    spaces, a Word table of the lines, the totals as leader lines, 价税合计（大写）, 销售经理 / 财务 at the foot."""
    font = value_font(f, "zh")
    header_footer(
        f, "杭州中策橡胶制品有限公司　销售部", "ZC-XS-F-012　版本 A/0", page=("第 ", " 页　共 ", " 页")
    )
    para(f, "销 售 折 让 单", size=16, bold=True, align="center", after=8)
    dots = ((45, "dots"),)
    for lab, raw, path, exp in (
        (kit.pick(f, "折让单号", "折让单号"), kit.pick(f, "ZR-2611-0143", "ZR-2612-0019"), "number", None),
        ("开具日期", kit.pick(f, "2026年11月25日", "2026年12月14日"), "issue_date", kit.pick(f, "2026-11-25", "2026-12-14")),
        ("购买方名称", kit.pick(f, "安徽江淮汽车配件有限公司", "芜湖奇瑞零部件有限公司"), "buyer", None),
        ("纳税人识别号", kit.pick(f, "91340100MA2N4X7Q5K", "91340200MA2T1B8R3H"), "buyer_tax_id", None),
        ("原发票号码", kit.pick(f, "26332000000145880213", "26332000000151207736"), "invoice_no", None),
        ("关联客诉单号", kit.pick(f, "JH-KS-2611-031", "QR-KS-2612-007"), "complaint_number", None),
    ):  # fmt: skip
        para(f, lab + "\t", val(raw, path, lab, expect=exp, font=font), tabs=dots, after=0)
    heads = ("项目名称", "数量", "单价（元）", "折让金额（元）", "税率", "税额（元）")
    items = kit.pick(f, (("减震胶垫 ZC-DP-45 硬度超差折让", 3000, 1.2), ("密封圈 ZC-OR-32 尺寸不良折让", 5000, 0.4)),
                     (("橡胶衬套 ZC-BS-18 开裂折让", 1200, 2.5),))  # fmt: skip
    t, n = table(f, 1 + len(items), 6, [62, 20, 22, 28, 14, 24])
    for c, h in enumerate(heads):
        cell(f, t, n, 0, c, h, bold=True, shade=True)
    net = tax = 0.0
    for i, (name, q, p) in enumerate(items):
        a, x = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + x
        for c, (raw, path, exp) in enumerate(((name, "name", None), (f"{q:,}", "qty", q), (f"{p:.2f}", "unit_price", kit.money(p)),
                                              (f"{a:,.2f}", "allowance_amount", kit.money(a)), ("13%", "tax_rate" if i == 0 else None, "0.13"),
                                              (f"{x:,.2f}", "tax", kit.money(x)))):  # fmt: skip
            whole = path == "tax_rate"  # the rate is the note's, not the line's
            cell(
                f,
                t,
                n,
                1 + i,
                c,
                val(raw, path if whole else path and f"items[{i}].{path}", heads[c], expect=exp, font=font),
            )
    total = round(net + tax, 2)
    para(f, "", after=0)
    for lab, raw, path, exp in (
        ("合计金额（不含税）", f"¥{net:,.2f}", "total_excl_tax", kit.money(net)),
        ("合计税额", f"¥{tax:,.2f}", "total_tax", kit.money(tax)),
        ("价税合计", f"¥{total:,.2f}", "total", kit.money(total)),
    ):
        para(f, lab + "\t", val(raw, path, lab, expect=exp, font=font), tabs=dots, after=0)
    para(f, "价税合计（大写）：", val(kit.pick(f, "人民币陆仟叁佰贰拾捌元整", "人民币叁仟叁佰玖拾元整"), "total_in_words",
                                  "价税合计（大写）", font=font), before=4)  # fmt: skip
    para(f, "经办：", val("孙丽", None, "经办", font=font), "　　　　财务：", val("钱芳", None, "财务", font=font),
         "　　　　销售经理：", val(kit.pick(f, "郑国华", "郑国华"), "approved_by_manager", "销售经理", font=font), before=14)  # fmt: skip


_DOC_COPY2 = {"complaint_en_letter", "complaint_zh_underline", "eightd_en_headings"}

SENT_AS_PDF = [
    kit.pdf_layout(*doc_names(draw), "docx", draw, imitates, copy2=draw.__name__ in _DOC_COPY2)
    for imitates, draw in (
        ("a German customer's complaint letter on letterhead, a small table inside the text, ☒ Replacement, a footnote ¹", complaint_en_letter),
        ("a 客户投诉单 written in WPS as label：＿＿＿ lines, values typed over the line in another font, □ / ■ boxes", complaint_zh_underline),
        ("a Taiwanese 客訴處理單 as a two-column Word table: merged rows, a photo box, ☐退貨 ☒換貨, 品質(√)", complaint_zht_table),
        ("an interoffice MEMO (To / From / Date / Subject / Ref, tab-aligned) asking for an 8D", complaint_en_memo),
        ("an 8D written as numbered headings with paragraphs, no table, running onto page 2 under header and footer", eightd_en_headings),
        ("an 8D 报告 as numbered headings 一、…八、 with paragraphs, full-width colons and spaces, a footnote ①", eightd_zh_headings),
        ("a distributor's Return Note: tab-aligned header lines, a table continued on page 2 with its header repeated, a Total row, ☒ Credit", return_en_continued),
        ("a Taiwanese 退貨單 made in Word: tab-aligned 退貨單號\t：, a table with a 合計 row, ☒報廢", return_zht_word),
        ("the statutory 營業人銷貨退回進貨退出或折讓證明單 re-typed in Word: 聯式 / 年 / 月 / 日 / 字軌號碼 columns, 中華民國 115 年", allowance_zht_cert),
        ("a 销售折让单 with dot leaders drawn by tab stops (折让单号……ZR-…), 13 %, 价税合计（大写）", allowance_zh_leaders),
    )
]  # fmt: skip


# =============================================================================== odd files
def _no_such_day_workbook() -> bytes:
    """A complaint letter pasted into one column, dated 31 September 2026 (a day that does not exist)."""
    return kit.sheet_bytes("Sheet1", (("NORDVIK MARINE SYSTEMS AS", None), ("Date:\t31 September 2026", None),
                                      ("Complaint No.\t:\tCC-NMS-2609-31", None), ("Part Number\t:\tHX-IMP-220-B", None),
                                      ("Qty Rejected\t:\t12 pcs", None), ("Nature of defect: porosity on the sealing face.", None)),
                           dt.datetime(2026, 10, 1, 9, 0))  # fmt: skip


def _negative_count_workbook() -> bytes:
    """A 退货单 pasted from Word whose 实退数量 is negative (``-12 件``)."""
    return kit.sheet_bytes("退货单", (("退　货　单", None), ("退货单号：TH-2611-0040", None), ("退货日期：2026年11月20日", None),
                                    ("客户名称：常州博远电机有限公司", None), ("物料编码：HX-BRK-0412", None),
                                    ("实退数量：__-12 件__", None), ("退货原因：折弯开裂", None), ("处理方式：■返工", None)),
                           dt.datetime(2026, 11, 20, 9, 0))  # fmt: skip


ODD = {
    "complaint-no-such-day.xlsx": (
        "a complaint letter pasted into one column dated 31 September 2026, a day that does not exist: an error on "
        "the date, never a date guessed silently",
        _no_such_day_workbook,
    ),
    "return-negative-count.xlsx": (
        "a 退货单 pasted from Word whose 实退数量 is -12 件: an error or a warning on the count, never taken as it is "
        "silently",
        _negative_count_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-seventh held-out layouts", ODD)
