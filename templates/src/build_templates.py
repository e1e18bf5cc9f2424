"""Build the DOCX template of every form from its description (python-docx).

    python templates/src/build_templates.py              # every form kind
    python templates/src/build_templates.py 8d return    # only these

The committed ``templates/<kind>.docx`` is what a plant edits in Word (letterhead, fonts,
layout); this script only makes the first version of a form's template. Every field of the
form appears with its Chinese label, grouped by section, in the order of the model
(``describe(model)``); table fields (penalties, item lines) become Word tables with one row
per entry. Rebuilding overwrites local edits: keep edited templates under another name or
re-apply the edits.

Template variables: see ``templates/README.md``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kesu_docs import forms  # noqa: E402
from kesu_docs.forms import FieldMeta, FormSpec, describe  # noqa: E402

LATIN_FONT = "Times New Roman"
EAST_ASIAN_FONT = "宋体"          # SimSun; LibreOffice falls back to Noto CJK where it is missing
HEADING_FONT = "黑体"             # SimHei
BODY_SIZE = Pt(9)
RED = RGBColor(0xC0, 0x00, 0x00)
LABEL_FILL = "F2F2F2"
PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN_SIDE, MARGIN_TOP = Cm(1.8), Cm(1.4)
GRID = (Cm(2.9), Cm(5.8), Cm(2.9), Cm(5.8))   # label, value, label, value: 17.4 cm
NUMERALS = "一二三四五六七八九十"
FIXED_TIME = dt.datetime(2026, 1, 1)          # core properties: rebuilding gives the same metadata


# ------------------------------------------------------------------------------ fonts and runs
def _fonts(rpr, latin: str = LATIN_FONT, east_asian: str = EAST_ASIAN_FONT) -> None:
    """Set explicit fonts, East Asian included, on a w:rPr (theme fonts removed)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:hint"), "eastAsia")


def run(paragraph, text: str, *, bold: bool = False, size: Pt | None = None, color: RGBColor | None = None,
        east_asian: str = EAST_ASIAN_FONT):
    r = paragraph.add_run(text)
    r.bold = bold or None
    if size is not None:
        r.font.size = size
    if color is not None:
        r.font.color.rgb = color
    if east_asian != EAST_ASIAN_FONT:
        _fonts(r._r.get_or_add_rPr(), east_asian=east_asian)
    if text != text.strip() or "{{" in text:
        # values may start or end with spaces: keep them
        r._r.find(qn("w:t")).set(qn("xml:space"), "preserve")
    return r


def para(container, text: str = "", *, align=None, bold: bool = False, size: Pt | None = None,
         color: RGBColor | None = None, before: int = 0, after: int = 0, east_asian: str = EAST_ASIAN_FONT):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    if before:
        p.paragraph_format.space_before = Pt(before)
    if after:
        p.paragraph_format.space_after = Pt(after)
    if text:
        run(p, text, bold=bold, size=size, color=color, east_asian=east_asian)
    return p


def tag(container, text: str):
    """A paragraph holding only a structural tag ({%p ... %}): it disappears when rendered."""
    return para(container, text)


def first_para(cell, text: str = "", **kwargs):
    """Write into a table cell's existing first paragraph."""
    p = cell.paragraphs[0]
    if kwargs.get("align") is not None:
        p.alignment = kwargs["align"]
    if text:
        run(p, text, bold=kwargs.get("bold", False), size=kwargs.get("size"), color=kwargs.get("color"))
    return p


def field_code(paragraph, instruction: str, shown: str = "1") -> None:
    """A Word field (PAGE, SECTIONPAGES): begin, instruction, separator, cached result, end."""
    def piece(kind: str, text: str = ""):
        r = paragraph.add_run()
        r.font.size = Pt(8)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instruction} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
    for kind in ("begin", "instr", "separate"):
        piece(kind)
    piece("text", shown)
    piece("end")


# ------------------------------------------------------------------------------ tables
def shade(cell, fill: str = LABEL_FILL) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def table(container, rows: int, widths, *, grid: bool = True):
    if hasattr(container, "is_linked_to_previous"):  # a header or footer: tables need a width
        t = container.add_table(rows, len(widths), sum(widths, Cm(0)))
    else:
        t = container.add_table(rows=rows, cols=len(widths))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid_widths(t, widths)
    for row in t.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    return t


def grid_widths(t, widths) -> None:
    # fixed-layout tables are laid out by w:gridCol (LibreOffice ignores the cells' widths)
    for col, width in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(Length(width).twips))


def add_row(t, widths):
    row = t.add_row()
    for cell, width in zip(row.cells, widths):
        cell.width = width
    return row


def tag_row(t, widths, text: str) -> None:
    """A table row that only holds a {%tr ... %} tag: replaced by the tag when rendered."""
    row = add_row(t, widths)
    first_para(row.cells[0], text)


# ------------------------------------------------------------------------------ the parts
def header(section, spec: FormSpec) -> None:
    h = section.header
    h.is_linked_to_previous = False
    p = h.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "{{ company }}", bold=True, size=Pt(13), east_asian=HEADING_FONT)
    para(h, "{{ form.title_zh }}", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=Pt(16),
         east_asian=HEADING_FONT)
    para(h, "{{ form.title_en }}", align=WD_ALIGN_PARAGRAPH.CENTER, size=Pt(8), after=2)
    widths = (Cm(4.6), Cm(4.2), Cm(4.2), Cm(4.4))
    t = h.add_table(1, 4, sum(widths, Cm(0)))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(t, widths)
    cells = t.rows[0].cells
    for cell, width, (label, value) in zip(cells, widths, (
            ("表单编号 Form No.", "{{ form.form_code }}"),
            ("文件编号 Document No.", "{{ number }}"),
            ("生效日期 Effective date", "{{ effective_date }}"),
            ("发行单位 Issued by", "{{ issuing_unit }}"))):
        cell.width = width
        run(cell.paragraphs[0], label, size=Pt(7))
        para(cell, value, bold=True, size=Pt(9))
    # each copy has its own header (the renderer writes one per copy), so the stamp and the
    # control mark stand on every page of the copy
    control(h)


def footer(section) -> None:
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "{{ form.form_code }}　　第 ", size=Pt(8))
    field_code(p, "PAGE")
    run(p, " 页 共 ", size=Pt(8))
    field_code(p, "SECTIONPAGES")
    run(p, " 页 · Page ", size=Pt(8))
    field_code(p, "PAGE")
    run(p, " of ", size=Pt(8))
    field_code(p, "SECTIONPAGES")


def control(container) -> None:
    """Controlled-copy / void / re-print mark, the copy's routing stamp, the form's marks."""
    widths = (Cm(9.4), Cm(8.0))
    t = table(container, 1, widths, grid=False)
    left, right = t.rows[0].cells
    first_para(left, "{% if status == 'void' %}作废 VOID{% else %}受控 CONTROLLED COPY{% endif %}",
               bold=True, size=Pt(12), color=RED)
    tag(left, "{%p if status == 'void' %}")
    para(left, "作废原因 Reason：{{ void_reason }}", bold=True, size=Pt(9), color=RED)
    tag(left, "{%p endif %}")
    tag(left, "{%p if status == 'reprint' or reprint_no %}")
    para(left, "补印 REPRINT{% if reprint_no %}（第 {{ reprint_no }} 次 No. {{ reprint_no }}）{% endif %}"
               "　原发行日期 Original issue date：{{ issued_date }}", bold=True, size=Pt(9), color=RED)
    tag(left, "{%p endif %}")
    tag(left, "{%p if revision > 1 %}")
    para(left, "第 {{ revision }} 版 Revision {{ revision }}　取代第 {{ supersedes }} 版 "
               "Supersedes revision {{ supersedes }}", bold=True, size=Pt(9))
    tag(left, "{%p endif %}")
    first_para(right, "{{ copy.label }}{% if copy.colour %}（{{ copy.colour }}）{% endif %}", bold=True,
               size=Pt(12), align=WD_ALIGN_PARAGRAPH.RIGHT)
    tag(right, "{%p for mark in marks %}")
    para(right, "{{ mark }}", bold=True, size=Pt(9), color=RED, align=WD_ALIGN_PARAGRAPH.RIGHT)
    tag(right, "{%p endfor %}")


def value_tag(path: str) -> str:
    return "{{ rec.%s }}" % path


def label_cell(cell, meta: FieldMeta) -> None:
    first_para(cell, meta.label_zh, bold=True)
    shade(cell)


def section_fields(doc, number: int, zh: str, en: str, metas: list[FieldMeta]) -> None:
    """A section: its heading, then its fields two to a row; long text, tables and groups on their own."""
    para(doc, f"{NUMERALS[number]}、{zh} {en}", bold=True, size=Pt(10), before=4, after=1,
         east_asian=HEADING_FONT)
    grid = None
    pending: list[tuple[FieldMeta, str]] = []

    def row():
        nonlocal grid
        if grid is None:
            grid = table(doc, 0, GRID)
        return add_row(grid, GRID)

    def flush() -> None:
        while pending:
            pair, pending[:] = pending[:2], pending[2:]
            cells = row().cells
            for i, (meta, path) in enumerate(pair):
                label_cell(cells[2 * i], meta)
                first_para(cells[2 * i + 1], value_tag(path))
            if len(pair) == 1:
                cells[1].merge(cells[3])

    def place(meta: FieldMeta, path: str) -> None:
        if meta.long:
            flush()
            cells = row().cells
            label_cell(cells[0], meta)
            first_para(cells[1].merge(cells[3]), value_tag(path))
        else:
            pending.append((meta, path))

    for meta in metas:
        if meta.kind == "table":
            flush()
            item_table(doc, meta)
            grid = None
        elif meta.kind == "group":
            # a block of fields under its own caption: rec.problem.what
            flush()
            para(doc, meta.label_zh, bold=True, before=3, after=1)
            grid = None
            for sub in describe(meta.row_model).values():
                place(sub, f"{meta.key}.{sub.key}")
            flush()
            grid = None
        else:
            place(meta, meta.key)
    flush()


def item_table(doc, meta: FieldMeta) -> None:
    """A table field: a header row of its columns, one row per entry, blank rows up to ``rows``."""
    para(doc, meta.label_zh, bold=True, before=3, after=1)
    columns = list(describe(meta.row_model).values())
    width = sum(GRID, Cm(0)) // len(columns)
    widths = [width] * len(columns)
    t = table(doc, 1, widths)
    for cell, col in zip(t.rows[0].cells, columns):
        first_para(cell, col.label_zh, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(cell)
    tag_row(t, widths, "{%%tr for row in rec.%s %%}" % meta.key)
    row = add_row(t, widths)
    for cell, col in zip(row.cells, columns):
        first_para(cell, "{{ row.%s }}" % col.key)
    tag_row(t, widths, "{%tr endfor %}")
    if meta.rows:
        # printed forms keep room to write in: blank rows up to the printed number of rows
        tag_row(t, widths, "{%%tr for i in range(rec.%s|length, %d) %%}" % (meta.key, meta.rows))
        add_row(t, widths)
        tag_row(t, widths, "{%tr endfor %}")


def signatures(doc) -> None:
    widths = (Cm(5.8),) * 3
    para(doc, "", size=Pt(4))
    t = table(doc, 2, widths)
    for cell, text in zip(t.rows[0].cells, ("制作 Prepared By", "审核 Check By", "核准 Approved By")):
        first_para(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(cell)
    t.rows[1].height = Cm(1.1)


def slim(doc) -> None:
    """Keep only the styles the template uses (and what they build on), drop Word 2010's copy.

    python-docx's default template carries ~800 KB of unused table and list styles: every
    output would carry them, and Word-era tools that re-parse styles slow down on them.
    """
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rid)
    styles_el = doc.styles.element
    by_id = {st.get(qn("w:styleId")): st for st in styles_el.findall(qn("w:style"))}
    parts = [doc.element] + [p._element for s in doc.sections for p in (s.header, s.footer)]
    wanted = {st_id for st_id, st in by_id.items() if st.get(qn("w:default")) == "1"}
    for part in parts:
        for tag_name in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            wanted |= {el.get(qn("w:val")) for el in part.iter(qn(tag_name))}
    todo = list(wanted)
    while todo:
        style = by_id.get(todo.pop())
        if style is None:
            continue
        for link in ("w:basedOn", "w:next", "w:link"):
            el = style.find(qn(link))
            if el is not None and el.get(qn("w:val")) not in wanted:
                wanted.add(el.get(qn("w:val")))
                todo.append(el.get(qn("w:val")))
    for st_id, style in by_id.items():
        if st_id not in wanted:
            styles_el.remove(style)


def restart_numbering(sectpr) -> None:
    """Each copy numbers its pages from 1 (page X of Y is per copy)."""
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        anchor = sectpr.find(qn("w:cols"))
        if anchor is not None:
            anchor.addprevious(pg)
        else:
            sectpr.append(pg)
    pg.set(qn("w:start"), "1")


def styles(doc) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = doc.styles["Normal"]
    normal.font.size = BODY_SIZE
    _fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)


# ------------------------------------------------------------------------------ the document
def build(spec: FormSpec, out: Path) -> Path:
    """Write the template of one form to ``out``."""
    doc = Document()
    styles(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN_SIDE
    section.top_margin = section.bottom_margin = MARGIN_TOP
    section.header_distance = section.footer_distance = Cm(0.7)
    header(section, spec)
    footer(section)

    tag(doc, "{%p for copy in copies %}")
    fields = describe(spec.model)
    known = {key for key, _, _ in spec.sections}
    groups = [(zh, en, [m for m in fields.values() if m.section == key]) for key, zh, en in spec.sections]
    rest = [m for m in fields.values() if m.section not in known]
    if rest:
        groups.append(("其他", "Other", rest))
    for i, (zh, en, metas) in enumerate(g for g in groups if g[2]):
        section_fields(doc, i, zh, en, metas)
    signatures(doc)
    # the copy line at the foot of the copy, as carbonless forms print it; it also keeps the
    # stamp in the body text, which text exports (that drop headers) still show
    para(doc, "{{ copy.label }}{% if copy.colour %}（{{ copy.colour }}）{% endif %}　"
              "{% if status == 'void' %}作废 VOID{% else %}受控 CONTROLLED COPY{% endif %}",
         align=WD_ALIGN_PARAGRAPH.RIGHT, size=Pt(8), before=2)
    # each copy is a section of its own, so its pages number from 1; no break after the last
    tag(doc, "{%p if not loop.last %}")
    doc.add_section(WD_SECTION.NEW_PAGE)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    for s in doc.sections:
        restart_numbering(s._sectPr)
    slim(doc)

    core = doc.core_properties
    core.title = f"{spec.title_zh} {spec.form_code}"
    core.author = core.last_modified_by = "kesu-docs"
    core.created = core.modified = FIXED_TIME
    core.revision = 1
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", help="form kinds (default: all)")
    parser.add_argument("-o", "--outdir", type=Path, default=ROOT / "templates")
    args = parser.parse_args(argv)
    specs = [forms.get(k) for k in args.kinds] if args.kinds else forms.all_specs()
    for spec in specs:
        path = build(spec, args.outdir / (spec.template or f"{spec.kind}.docx"))
        print(f"{spec.kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
