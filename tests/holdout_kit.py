"""Shared helpers of the held-out set generators (``tests/holdout6/make_holdout6.py`` onwards).

The drawing classes live where they were first written (``tests/layouts/make_layouts.py``:
``Sheet``, ``save``, ``to_pdf``; ``tests/holdout/make_holdout.py``: ``expected``, ``field``,
``label``, ``plain``; ``tests/holdout3/make_holdout3.py``: ``DocForm``, ``save_docx``, ``FPDF``;
``tests/holdout4/make_holdout4.py``: ``HtmlForm``, ``PdfDraw``, ``pick``, ``lv``, ``absent``,
``marks``, the Chromium print); this module gathers them with the helpers
``make_holdout5.py`` added (another sheet of the workbook, comments, drop-downs, landscape,
full-width digits) and the writing of a set (templates, filled copies, expected JSON, the PDFs
printed by LibreOffice / Chromium or drawn by fpdf2), so that a new set imports one module.
The pieces later generators each typed again live here too: a layout's entry (``excel_layout``),
numbers as clerks type them (``eu``, ``qty``, ``money``), label / value rows on a sheet
(``lv_rows``) and on a portal page (``kv``, ``kv_rows``, ``th_row``, ``td_row``, ``portal_css``),
an 8D's D1 team (``team_cell``, ``team_row``, ``members``). Generators 6 to 25 import them; a move
onto the kit must regenerate nothing (tests/holdout_checks.py compares the committed files).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation

TESTS = Path(__file__).resolve().parent
for _sub in ("holdout", "holdout3", "holdout4", "holdout8", "layouts"):
    if str(TESTS / _sub) not in sys.path:
        sys.path.insert(0, str(TESTS / _sub))

from make_holdout import expected, field, label, plain  # noqa: E402
from make_holdout3 import FPDF, DocForm, save_docx  # noqa: E402
from make_holdout4 import HtmlForm, PdfDraw, _chromium, absent, lv, marks, pick  # noqa: E402
from make_layouts import Sheet, freeze, save, to_pdf  # noqa: E402

__all__ = [
    "COMPLAINT_PATHS",
    "EIGHTD_HEAD_PATHS",
    "FPDF",
    "RETURN_FOOT_PATHS",
    "RETURN_ITEM_PATHS",
    "CjkDraw",
    "DocForm",
    "HtmlForm",
    "PdfDraw",
    "Sheet",
    "absent",
    "allowance_lines",
    "cache",
    "calendar_date",
    "choices",
    "credit_cells",
    "eightd_steps",
    "eu",
    "excel_layout",
    "excel_serial",
    "expected",
    "field",
    "field_rows",
    "fw",
    "head_row",
    "item_cells",
    "kv",
    "kv_rows",
    "label",
    "landscape",
    "layout_names",
    "lines_pdf",
    "lv",
    "lv_pairs",
    "lv_rows",
    "marks",
    "members",
    "money",
    "note",
    "odd_expected",
    "on",
    "pdf_absent",
    "pdf_credit_lines",
    "pdf_layout",
    "pdf_lv_lines",
    "pdf_team_line",
    "pdf_writer_bytes",
    "pick",
    "plain",
    "portal_css",
    "print_html",
    "qty",
    "return_foot",
    "return_lines",
    "return_table",
    "run",
    "run_with_odd",
    "save",
    "save_docx",
    "stamp_png",
    "td_row",
    "team_cell",
    "team_row",
    "th_row",
    "to_pdf",
    "turn_pages",
    "two_up",
    "workbook_bytes",
    "write_excel",
    "write_sent_as_pdf",
    "zip_bytes",
]

print_html = _chromium  # HTML pages printed by ``chromium --headless --print-to-pdf``

_FULL = str.maketrans("0123456789,.-%", "０１２３４５６７８９，．－％")


def fw(text: str) -> str:
    """Full-width digits (and , . - %), as a Chinese input method types them."""
    return text.translate(_FULL)


@contextmanager
def on(s: Sheet, title: str, index: int | None = None, hidden: bool = False, widths=None):
    """Draw on another sheet of the same workbook (fields name it ``<title>!<ref>``)."""
    ws = s.wb[title] if title in s.wb.sheetnames else s.wb.create_sheet(title, index)
    if hidden:
        ws.sheet_state = "hidden"
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    main, s.ws = s.ws, ws
    try:
        yield ws
    finally:
        s.ws = main


def money(x: float) -> str:
    """An amount as the expected files hold it: a decimal string with 2 places."""
    return f"{x:.2f}"


def eu(x: float, thousands: str = ".", unit: str = "", sign: str = "") -> str:
    """``1.234,50`` (or ``1 234,50``): a decimal comma, ``thousands`` between the thousands,
    ``sign`` before and ``unit`` after (``€ 1.234,50``, ``1 234,50 EUR``)."""
    whole, cents = f"{x:,.2f}".split(".")
    return f"{sign}{whole.replace(',', thousands)},{cents}{unit}"


def qty(n: int, thousands: str, unit: str) -> str:
    """A count with ``thousands`` between the thousands and ``unit`` after a space (``1.200 Stéck``)."""
    return f"{n:,}".replace(",", thousands) + f" {unit}"


def excel_layout(
    lid, kind, lang, draw, sheet, widths, imitates, unmapped=(), copy2=False, after_save=None
) -> dict:
    """A workbook layout's entry in a set's ``EXCEL`` list (for :func:`run`); ``after_save(path,
    sheet)``: what openpyxl cannot write, added to the saved workbook."""
    lay = dict(id=lid, kind=kind, language=lang, draw=draw, sheet=sheet, widths=widths, copy2=copy2,
               imitates=imitates, unmapped=list(unmapped))  # fmt: skip
    if after_save:
        lay["after_save"] = after_save
    return lay


_LANGS = {"en": "en", "zh": "zh-Hans", "zht": "zh-Hant"}


def layout_names(draw) -> tuple[str, str, str]:
    """A layout's id, kind and language from its drawing's name: ``eightd_zh_bracket`` is ``8d-zh-bracket``, an 8D in
    zh-Hans (``en``, ``zh``, ``zht`` after the kind: English, simplified, traditional Chinese)."""
    lid = draw.__name__.replace("eightd", "8d").replace("_", "-")
    kind, lang = lid.split("-")[:2]
    return lid, kind, _LANGS[lang]


def pdf_layout(lid, kind, lang, medium, draw, imitates, copy2=False, **extra) -> dict:
    """A form sent as PDF only: its entry in a set's ``SENT_AS_PDF`` list (for :func:`run`); ``medium``
    ``html`` (printed by Chromium), ``fpdf`` (drawn by fpdf2) or ``docx`` (printed by LibreOffice);
    ``extra``: ``rotate``, ``two_up``, ``after_print``, ``landscape`` as :func:`write_sent_as_pdf` reads them."""
    return dict(id=lid, kind=kind, language=lang, medium=medium, draw=draw, copy2=copy2, imitates=imitates,
                unmapped=[], **extra)  # fmt: skip


def portal_css(shade: str, extra: str = "") -> str:
    """The style of a portal page printed by Chromium: a centred heading, a ruled label / value
    table whose label cells are shaded ``shade`` (``#e8eef4``), small grey notes; ``extra`` after."""
    return (
        "h2{margin:10px;text-align:center}table{border-collapse:collapse;margin:10px;width:94%}"
        f"th,td{{border:1px solid #555;padding:4px}}th{{background:{shade};text-align:left}}"
        "p{margin:6px 10px}.note{font-size:8pt;color:#555}" + extra
    )


def kv_rows(f: HtmlForm, rows) -> None:
    """Rows of a portal page's label / value table: ``(label, typed, path, expect)`` per row."""
    for lab, raw, path, exp in rows:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab, expect=exp)}</td></tr>")


def kv(f: HtmlForm, pairs) -> None:
    """A portal page's label / value table: ``(label, typed, path, expect)`` per row."""
    f.raw("<table>")
    kv_rows(f, pairs)
    f.raw("</table>")


def th_row(f: HtmlForm, heads, table: str = "<table>") -> None:
    """A portal page's item table opened (``table``, its opening tag) with a row of column headings."""
    f.raw(f"{table}<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>")


def td_row(f: HtmlForm, cells, heads, td: str = "<td>") -> None:
    """An item table's row: ``(typed, path, expect)`` a cell under its heading of ``heads``
    (``td``: the cell's opening tag, ``<td dir="ltr">`` on a right-to-left page)."""
    f.raw("<tr>" + "".join(f"{td}{f.val(r, path=pt, label=h, expect=e)}</td>" for (r, pt, e), h in zip(cells, heads))
          + "</tr>")  # fmt: skip


COMPLAINT_PATHS = ("number", "received_date", "customer", "order_no", "lot_no", "part_no", "part_name", "ship_qty",
                   "defect_qty", "description", "customer_request", "short_term_action", "reporter",
                   "sales_supervisor")  # fmt: skip
"""A complaint's fourteen fields in the order a form lists them (for :func:`field_rows`)."""
EIGHTD_HEAD_PATHS = (
    "number",
    "opened_date",
    "customer",
    "complaint_number",
    "part_no",
    "problem.qty_complained",
)
"""An 8D's six header fields in the order a form lists them (for :func:`field_rows`)."""
RETURN_FOOT_PATHS = ("reason", "handling", "warehouse_receiver", "approved_by")
"""A return note's fields under its lines: reason, disposition, received by, approved by (:func:`field_rows`)."""
RETURN_ITEM_PATHS = ("part_no", "part_name", "qty_approved", "qty_returned", "unit_price", "amount")
"""A return note's line, column by column (for :func:`item_cells`)."""


def field_rows(labels, values, paths) -> list[tuple]:
    """Fields as ``(label, typed, path, expect)`` rows (for :func:`kv`, :func:`kv_rows`): one label, one value and
    one record path each (``COMPLAINT_PATHS``, ``EIGHTD_HEAD_PATHS``); a value ``(typed, expect)`` where the
    record holds other than what was typed."""
    rows = []
    for lab, v, path in zip(labels, values, paths, strict=True):
        typed, exp = v if isinstance(v, tuple) else (v, None)
        rows.append((lab, typed, path, exp))
    return rows


def item_cells(i: int, values, paths) -> list[tuple]:
    """Line ``i``'s cells as ``(typed, path, expect)`` (for :func:`td_row`): a value each of ``paths``
    (``RETURN_ITEM_PATHS``; None: a column that is no field), ``(typed, expect)`` where the record holds other
    than what was typed."""
    return [
        (typed, path and f"items[{i}].{path}", exp)
        for _path, typed, path, exp in field_rows(paths, values, paths)
    ]


def members(form, label_text: str, cell: str, value: str, team) -> None:
    """One expected ``team[*].name`` a member of ``team``, all typed together as ``value`` at
    ``cell`` (a page's or drawn PDF's place name; on a sheet its cell, ``B5``); filled copies only."""
    if isinstance(form, Sheet):
        cell = f"{form.ws.title}!{cell}"
    if not form.blank:
        for t in team:
            form.fields.append(
                {"label": label_text, "cell": cell, "value": value, "path": "team[*].name", "expect": t}
            )


def lv_pairs(s: Sheet, first: int, rows, cols=("AB", "CD"), span: str | None = None) -> None:
    """``(label, typed, path, expect)`` rows (:func:`field_rows`) two to a sheet row from row ``first``: the
    label / value columns of ``cols`` in turn, the right-hand value merged to column ``span``; a date cell shown
    ``yyyy-mm-dd``."""
    for k, (lab, raw, path, exp) in enumerate(rows):
        r, (lcol, vcol) = first + k // 2, cols[k % 2]
        lv(s, f"{lcol}{r}", lab, f"{vcol}{r}", raw, path, expect=exp, span=f"{span}{r}" if span and k % 2 else None,
           fmt="yyyy-mm-dd" if isinstance(raw, dt.date) else None)  # fmt: skip


def return_foot(s: Sheet, row: int, rows, right: str) -> None:
    """A return note's fields under its lines from ``row`` (``field_rows`` on ``RETURN_FOOT_PATHS``): the reason and
    the disposition each a row, merged from B to column ``right``; then received by (A/B) and approved by (D/E,
    merged to ``right``) side by side."""
    for k, (lab, raw, path, exp) in enumerate(rows[:2]):
        lv(s, f"A{row + k}", lab, f"B{row + k}", raw, path, expect=exp, span=f"{right}{row + k}")
    lv_pairs(s, row + 2, rows[2:], cols=("AB", "DE"), span=right)


def lv_rows(s: Sheet, first: int, rows, span: str = "D") -> None:
    """Label / value rows from row ``first`` down: the label in column A, the value in B merged to
    column ``span`` (an 8D's D2 … D7); ``(label, typed, path)`` per row."""
    for i, (lab, raw, path) in enumerate(rows):
        lv(s, f"A{first + i}", lab, f"B{first + i}", raw, path, span=f"{span}{first + i}")


_EIGHTD_PATHS = ("problem.statement", "containment[0].action", "root_cause[type=occurrence].cause",
                 "root_cause[type=escape].cause", "corrective_actions[0].action", "implementation[0].result",
                 "prevention.horizontal_deployment")  # fmt: skip


def eightd_steps(labels, texts) -> list[tuple[str, str, str]]:
    """An 8D's D2 … D7 as ``(label, text, path)`` rows: the seven ``labels`` (D2, D3, D4 occurrence, D4
    escape, D5, D6, D7) and their ``texts`` in that order, each with its record path."""
    return list(zip(labels, texts, _EIGHTD_PATHS, strict=True))


def team_cell(s: Sheet, lref: str, label_text: str, vref: str, team, sep: str = ", ", span=None) -> None:
    """An 8D's D1 team typed in one cell (``A, B, C``): the label, the cell, a field a member."""
    lv(s, lref, label_text, vref, sep.join(team), None, span=span)
    members(s, label_text, vref, sep.join(team), team)


def team_row(f: HtmlForm, label_text: str, team, sep: str = ", ") -> None:
    """A portal page's D1 team row, the members typed in one value (``A, B, C``)."""
    f.raw(f"<tr><th>{label_text}</th><td>{f.val(sep.join(team), path=None, label=label_text)}</td></tr>")
    members(f, label_text, f"html!#v{f.n}", sep.join(team), team)


def calendar_date(calendars: dict[str, tuple[str, str]], lang: str, d: dt.date) -> str:
    """A date written with a language's month names: ``calendars`` maps each language to its months (January first,
    ``|`` between) and how its clerks write a date (``{d} {m} {y}``; ``{da}`` / ``{de}``: ``da `` / ``de `` elided
    to ``d'`` before a vowel, as Romansh, Asturian and Occitan write ``22 d'avrigl 2026``)."""
    months, pattern = calendars[lang]
    m = months.split("|")[d.month - 1]
    vowel = m[0] in "aeiou"
    return pattern.format(d=d.day, m=m, y=d.year, da="d'" if vowel else "da ", de="d'" if vowel else "de ")


def excel_serial(d) -> int:
    """The number Excel stores for a date (days since 1899-12-30): what a date pasted into a
    cell formatted as Text shows (``46086``)."""
    import datetime as dt

    return (d - dt.date(1899, 12, 30)).days


def stamp_png() -> bytes:
    """A company stamp as a scanned image: a red ring with a star (PNG, the same bytes each run)."""
    import io
    import math

    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (120, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((6, 6, 114, 114), outline=(210, 30, 30, 230), width=7)
    star = [
        (
            60 + (24 if i % 2 == 0 else 10) * math.sin(i * math.pi / 5),
            60 - (24 if i % 2 == 0 else 10) * math.cos(i * math.pi / 5),
        )
        for i in range(10)
    ]
    draw.polygon(star, fill=(210, 30, 30, 230))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def note(s: Sheet, ref: str, text: str) -> None:
    """A cell comment the clerk added (filled copies only; comments do not print)."""
    if not s.blank:
        s.ws[ref].comment = Comment(text, "clerk", width=180, height=60)


def choices(s: Sheet, ref: str, source: str) -> None:
    dv = DataValidation(type="list", formula1=source, allow_blank=True)
    s.ws.add_data_validation(dv)
    dv.add(ref)


def landscape(s: Sheet) -> None:
    s.ws.page_setup.orientation = "landscape"


def pdf_absent(f, label_text: str, cell: str, typed: str, path: str) -> None:
    """A field of a PDF-only form left empty or filled with ``/`` (the record must hold nothing)."""
    if not f.blank:
        f.__dict__.setdefault("absent", []).append(
            {"label": label_text, "cell": cell, "value": typed, "path": path}
        )


def cache(s: Sheet, ref: str, formula: str, value: float, fmt: str | None = None) -> None:
    """A formula cell with the value Excel cached on the clerk's PC (openpyxl writes none;
    :func:`write_excel` adds it to the saved file, as Excel would)."""
    s.ws[ref].value = formula
    if fmt:
        s.ws[ref].number_format = fmt
    s.__dict__.setdefault("cached", {})[(s.ws.title, ref)] = value


def _fill_cached(path: Path, sheet: Sheet) -> None:
    """Write each formula's cached ``<v>`` into the saved workbook (fixed zip dates kept)."""
    cached = getattr(sheet, "cached", None)
    if not cached:
        return
    titles = sheet.wb.sheetnames
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            for (title, ref), value in cached.items():
                if info.filename == f"xl/worksheets/sheet{titles.index(title) + 1}.xml":
                    data = re.sub(
                        rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?'.encode(),
                        rb"\g<1>\g<2><v>" + repr(value).encode() + b"</v>",
                        data,
                    )
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def turn_pages(path: Path, half: bool = False) -> None:
    """Store each landscape page as a portrait page whose content is turned a quarter and
    ``/Rotate 90`` set, as many printer drivers and scanners write a landscape form: a viewer
    shows it upright, the page's own coordinates run sideways. ``half``: the content turned on its
    head and ``/Rotate 180`` set instead (a sheet scanned upside down, turned in the viewer)."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if half:
            page.add_transformation(Transformation().rotate(180).translate(tx=w, ty=h))
            page.rotate(180)
            continue
        page.add_transformation(Transformation().rotate(90).translate(tx=h, ty=0))
        page.mediabox = RectangleObject([0, 0, h, w])
        page.cropbox = RectangleObject([0, 0, h, w])
        page.rotate(90)
    with open(path, "wb") as fh:
        writer.write(fh)


def two_up(path: Path) -> None:
    """Print two pages on one sheet ("2 pages per sheet" in the print dialog): each pair of
    portrait A4 pages shrunk side by side on one landscape A4 page."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation

    reader = PdfReader(path)
    writer = PdfWriter()
    w, h = 841.89, 595.28
    scale = 0.70
    for first in range(0, len(reader.pages), 2):
        sheet = PageObject.create_blank_page(width=w, height=h)
        for k, page in enumerate(reader.pages[first : first + 2]):
            pw = float(page.mediabox.width) * scale
            ph = float(page.mediabox.height) * scale
            tx = (w / 2 - pw) / 2 + k * w / 2
            sheet.merge_transformed_page(page, Transformation().scale(scale).translate(tx, (h - ph) / 2))
        writer.add_page(sheet)
    with open(path, "wb") as fh:
        writer.write(fh)


def _write(out: Path, sub: str, name: str, data: dict) -> None:
    (out / sub).mkdir(parents=True, exist_ok=True)
    (out / sub / name).write_text(
        json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
    )


def write_excel(layouts: list[dict], out: Path, pdf: bool, copy: int, source: dict) -> None:
    """Templates (first copy only), filled workbooks, expected JSON, PDFs through LibreOffice.
    A layout's ``after_save(path, sheet)`` changes the saved workbook before it is printed."""
    written = []
    for layout in layouts:
        lid = layout["id"]
        if copy == 1:
            blank = Sheet(layout["sheet"], True, layout["widths"])
            layout["draw"](blank)
            save(blank, out / "templates" / f"{lid}.xlsx")
            _fill_cached(out / "templates" / f"{lid}.xlsx", blank)
            if layout.get("after_save"):
                layout["after_save"](out / "templates" / f"{lid}.xlsx", blank)
        sheet = Sheet(layout["sheet"], False, layout["widths"])
        sheet.copy = copy
        layout["draw"](sheet)
        target = out / "filled" / f"{lid}.xlsx"
        save(sheet, target)
        _fill_cached(target, sheet)
        if layout.get("after_save"):  # what openpyxl cannot write (form controls), added to the saved file
            layout["after_save"](target, sheet)
        written.append(target)
        exp = expected(layout, sheet, **source)
        if getattr(sheet, "absent", None):
            exp["absent"] = sheet.absent
        if copy == 2:
            exp["second_copy_of"] = lid
        _write(out, "expected", f"{lid}.json", exp)
    if pdf:
        to_pdf(written, out / "filled")


def write_sent_as_pdf(layouts: list[dict], out: Path, pdf: bool, copy: int, source: dict) -> None:
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
                    blank = DocForm(True, layout.get("landscape", False))
                    layout["draw"](blank)
                    save_docx(blank, out / "templates" / f"{lid}.docx")
                form = DocForm(False, layout.get("landscape", False))
                form.copy = copy
                layout["draw"](form)
                save_docx(form, Path(tmp) / f"{lid}.docx")
                docs.append(Path(tmp) / f"{lid}.docx")
            elif medium == "html":
                if copy == 1:
                    (out / "templates" / f"{lid}.html").write_text(
                        layout["draw"](HtmlForm(True)), encoding="utf-8"
                    )
                form = HtmlForm(False, copy)
                page = Path(tmp) / f"{lid}.html"
                page.write_text(layout["draw"](form), encoding="utf-8")
                pages.append(page)
            else:
                if FPDF is None:
                    print(f"{lid}: fpdf2 is not installed, kept as committed")
                    continue
                if copy == 1:
                    blank = PdfDraw(True)
                    layout["draw"](blank)
                    blank.pdf.output(str(out / "templates" / f"{lid}.pdf"))
                form = PdfDraw(False, copy)
                layout["draw"](form)
                if pdf:
                    form.pdf.output(str(out / "filled" / f"{lid}.pdf"))
                    if layout.get("rotate"):
                        turn_pages(out / "filled" / f"{lid}.pdf")
                    if layout.get("two_up"):
                        two_up(out / "filled" / f"{lid}.pdf")
                    if layout.get("after_print"):  # what fpdf2 cannot draw (form fields), added to the PDF
                        layout["after_print"](out / "filled" / f"{lid}.pdf", form)
            exp = expected(layout, form, **source)
            exp["template"] = f"templates/{lid}.{dict(docx='docx', html='html').get(medium, 'pdf')}"
            exp["filled"] = [f"filled/{lid}.pdf"]
            if getattr(form, "absent", None):
                exp["absent"] = form.absent
            if copy == 2:
                exp["second_copy_of"] = lid
            _write(out, "expected", f"{lid}.json", exp)
        if pdf and docs:
            to_pdf(docs, out / "filled")
        if pdf and pages:
            _chromium(pages, out / "filled")


def run(
    argv: list[str], home: Path, excel: list[dict], sent_as_pdf: list[dict], source: dict, what: str
) -> Path:
    """``[--no-pdf] [--out DIR]`` (default: ``home``): every layout, then the second copies;
    returns the folder written to (for the set's odd files)."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else home
    pdf = "--no-pdf" not in argv
    write_excel(excel, out, pdf, 1, source)
    write_sent_as_pdf(sent_as_pdf, out, pdf, 1, source)
    write_excel([lay for lay in excel if lay.get("copy2")], out / "copy2", pdf, 2, source)
    write_sent_as_pdf([lay for lay in sent_as_pdf if lay.get("copy2")], out / "copy2", pdf, 2, source)
    print(f"{len(excel) + len(sent_as_pdf)} {what} in {out} (second copies in {out / 'copy2'})")
    return out


def run_with_odd(
    argv: list[str], home: Path, layouts: tuple[list[dict], list[dict]], source: dict, what: str,
    odd: dict[str, tuple[str, Callable[[], bytes | None]]],
) -> Path:  # fmt: skip
    """:func:`run` (``layouts``: the Excel and the sent-as-PDF lists), then the set's odd files: ``odd`` maps
    each file name to why it is odd and what writes its bytes (None: a tool is missing, kept as committed)."""
    out = run(argv, home, *layouts, source, what)
    folder = odd_expected(out, {name: why for name, (why, _write) in odd.items()})
    for name, (_why, write) in odd.items():
        data = write()
        if data is not None:
            (folder / name).write_bytes(data)
    return out


def pdf_lv_lines(f, x: float, vx: float, y: float, rows, step: float = 7.0, colon: str = "：") -> float:
    """``label：`` (or ``colon``) at ``x`` and the value at ``vx`` on a drawn PDF (``PdfDraw`` / ``CjkDraw``), one
    ``(label, typed, path, expect)`` a line from ``y`` down by ``step``; returns the ``y`` after the last."""
    for lab, raw, path, exp in rows:
        f.text(x, y, lab + colon)
        f.value(vx, y, raw, path=path, label=lab, expect=exp)
        y += step
    return y


def pdf_team_line(f, x: float, vx: float, y: float, label_text: str, team, sep: str = "、") -> None:
    """An 8D's D1 team on a drawn PDF: ``label：`` at ``x``, the members typed together at ``vx`` (``A、B、C``),
    a field a member (filled copies only)."""
    f.text(x, y, label_text + "：")
    f.value(vx, y, sep.join(team), path=None, label=label_text)
    members(f, label_text, f"p{f.pdf.page_no()}!{vx:g},{y:g}", sep.join(team), team)


def pdf_credit_lines(
    f, cols, lines, qty: Callable[[int], str] = str, head_y: float = 84.0
) -> tuple[float, float]:
    """A credit note's line table drawn by fpdf2 (no tax): the headings of ``cols`` (``(x, heading, path)`` for the
    name, qty, unit price, amount and tax) at ``head_y`` over a rule, then one ``(name, qty, unit_price)`` a line 8 mm
    apart (the qty typed by ``qty``, the tax ``0.00``), a rule under the last; returns the last line's ``y`` and the
    lines' net sum (for the totals under them)."""
    for x, lab, _p in cols:
        f.text(x, head_y, lab, bold=True)
    f.pdf.line(15, head_y + 2, 195, head_y + 2)
    y, net = head_y + 2, 0.0
    for i, (name, q, p) in enumerate(lines):
        y += 8
        a = round(q * p, 2)
        net += a
        for (x, lab, path), raw, exp in zip(cols, (name, qty(q), f"{p:,.2f}", f"{a:,.2f}", "0.00"),
                                            (None, q, money(p), money(a), "0.00")):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    return y, net


def lines_pdf(title: str, lines):
    """A one-page form drawn by fpdf2, ``title`` over ``lines`` (``Label: value`` each), opened for what fpdf2 cannot
    add (a pypdf ``PdfWriter``: a script, a layer); None where fpdf2 is not installed."""
    if FPDF is None:
        return None
    from pypdf import PdfReader, PdfWriter

    f = PdfDraw(False)
    f.text(70, 16, title, size=14)
    for k, line in enumerate(lines):
        f.text(20, 30 + k * 8, line)
    return PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(f.pdf.output()))))


def layered(writer, name: str, state: str, drawn: str, base: str = "", twin: str = "") -> None:
    """The first page of ``writer`` (:func:`lines_pdf`) with an optional content layer ``name``,
    ``state`` in the file's default view ("/OFF": a viewer and a printer leave it out; "/ON"; ""
    listed in neither, the view's ``/BaseState`` ``base`` deciding), drawing ``drawn`` (text
    operators after ``Tf``: ``300 700 Td (…) Tj``) in the page's font; ``twin``: another layer of
    the same name, drawing nothing, in that state."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

    def group():
        return writer._add_object(DictionaryObject({NameObject("/Type"): NameObject("/OCG"),
                                                    NameObject("/Name"): TextStringObject(name)}))  # fmt: skip

    layer, other = group(), (group() if twin else None)
    view = DictionaryObject({NameObject(state): ArrayObject([layer])} if state else {})
    if other is not None:
        view.setdefault(NameObject(twin), ArrayObject()).append(other)
    if base:
        view[NameObject("/BaseState")] = NameObject(base)
    writer._root_object[NameObject("/OCProperties")] = DictionaryObject({
        NameObject("/OCGs"): ArrayObject([layer] + ([other] if other is not None else [])),
        NameObject("/D"): view,
    })  # fmt: skip
    page = writer.pages[0]
    resources = page["/Resources"]
    resources[NameObject("/Properties")] = DictionaryObject({NameObject("/Draft"): layer})
    font = next(iter(resources["/Font"]))
    hidden = DecodedStreamObject()
    hidden.set_data(f"/OC /Draft BDC BT {font} 10 Tf {drawn} ET EMC".encode())
    contents = page["/Contents"]
    parts = list(contents) if isinstance(contents, ArrayObject) else [page.raw_get("/Contents")]
    page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(hidden)])


def pdf_writer_bytes(writer) -> bytes:
    """A pypdf ``PdfWriter`` written out without its random file id: the same bytes each run."""
    writer._ID = None
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def return_lines(s: Sheet, first: int, lines, heads, count=None, amount=None, cols: str = "ABCDEF") -> None:
    """A return note's item lines from row ``first``, one ``(part_no, part_name, qty_approved,
    qty_returned, unit_price)`` a row under ``heads`` in ``cols`` (the amount is computed);
    ``count`` / ``amount`` write a count / an amount as the clerk types it (``qty(n, ",", "guda")``,
    ``₦1,234.50``), or, None, a number cell (amounts shown ``#,##0.00``)."""
    for i, (code, name, qa, q, p) in enumerate(lines):
        a = round(q * p, 2)
        cells = ((code, "part_no", None), (name, "part_name", None), (qa, "qty_approved", qa),
                 (q, "qty_returned", q), (p, "unit_price", money(p)), (a, "amount", money(a)))  # fmt: skip
        for k, (col, (val, path, exp)) in enumerate(zip(cols, cells)):
            fmt = None
            if k in (2, 3) and count:
                val = count(val)
            elif k in (4, 5):
                val, fmt = (amount(val), None) if amount else (val, "#,##0.00")
            s.value(f"{col}{first + i}", val, path=f"items[{i}].{path}", label=heads[k], expect=exp, fmt=fmt)


def return_table(s: Sheet, heads, lines, extras: dict[str, tuple[str, str]], foot, right: str) -> None:
    """A return note's line table from row 4 and its fields under it: the six ``heads`` of :func:`return_lines` with
    columns that are no field among them, ``extras`` ``{column: (heading, number format)}`` (a weight, a lot, a
    count split in two); each line ``(part_no, part_name, qty_approved, qty_returned, unit_price, *extra values)``,
    one extra value a column of ``extras`` in its order; then ``foot`` (:func:`return_foot`) merged to ``right``."""
    cols = "ABCDEFGHIJ"[: 6 + len(extras)]
    others = iter(heads)
    head_row(s, 4, cols, [extras[c][0] if c in extras else next(others) for c in cols])
    return_lines(s, 5, [line[:5] for line in lines], heads, cols="".join(c for c in cols if c not in extras))
    for r, line in enumerate(lines, start=5):
        for (col, (head, fmt)), val in zip(extras.items(), line[5:]):
            s.value(f"{col}{r}", val, path=None, label=head, fmt=fmt)
    return_foot(s, 5 + len(lines), foot, right)


def allowance_lines(s: Sheet, first: int, lines, heads, rate: float, amount, totals) -> None:
    """A credit note's item lines from row ``first``, one ``(name, qty, unit_price)`` a row under ``heads``
    in columns A–E (name, qty, unit price, net, tax at ``rate`` rounded to a whole unit), every amount
    written by ``amount`` (``1 234 500 Ar``, ``₲ 1.234.500``); then, from row 10, the three ``totals``
    labels (net, tax, total incl. tax) in A:C and their amounts in D."""
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r = first + i
        a, t = q * p, round(q * p * rate)
        net, tax = net + a, tax + t
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", q, path=f"items[{i}].qty", label=heads[1], fmt="#,##0")
        s.value(f"C{r}", amount(p), path=f"items[{i}].unit_price", label=heads[2], expect=money(p))
        s.value(f"D{r}", amount(a), path=f"items[{i}].allowance_amount", label=heads[3], expect=money(a))
        s.value(f"E{r}", amount(t), path=f"items[{i}].tax", label=heads[4], expect=money(t))
    for r, lab, x, path in zip(
        (10, 11, 12), totals, (net, tax, net + tax), ("total_excl_tax", "total_tax", "total")
    ):
        lv(s, f"A{r}", lab, f"D{r}", amount(x), path, expect=money(x), lspan=f"C{r}")


def credit_cells(
    s: Sheet, first: int, lines, heads, rate: float, cols: str = "ABCDE", start: int = 0
) -> tuple[float, float]:
    """A credit note's item lines as number cells from row ``first``, one ``(name, qty, unit_price)`` a row
    under ``heads`` in ``cols`` (name, qty, unit price, amount, tax at ``rate`` to the cent; amounts shown
    ``#,##0.00``), the first of them ``items[start]``; returns the sums of the amounts and of the taxes
    (for the totals row)."""
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines, start=start):
        a, t = round(q * p, 2), round(q * p * rate, 2)
        net, tax = net + a, tax + t
        for k, (val, path, exp, fmt) in enumerate((
            (name, "name", None, None), (q, "qty", q, "#,##0"), (p, "unit_price", money(p), "0.00"),
            (a, "allowance_amount", money(a), "#,##0.00"), (t, "tax", money(t), "#,##0.00"),
        )):  # fmt: skip
            s.value(
                f"{cols[k]}{first + i - start}",
                val,
                path=f"items[{i}].{path}",
                label=heads[k],
                expect=exp,
                fmt=fmt,
            )
    return round(net, 2), round(tax, 2)


def head_row(s: Sheet, row: int, cols: str, texts) -> None:
    """A table's column headings on ``row``, one to each column of ``cols``: bold, shaded."""
    for col, h in zip(cols, texts):
        s.text(f"{col}{row}", h, bold=True, shade=True)


def odd_expected(out: Path, odd: dict[str, str]) -> Path:
    """``odd/<id>.json`` for each odd file of ``odd`` (file name: why), the expected outcome a
    clear error, never a record; returns the folder ``out / "odd"`` for the files themselves."""
    folder = out / "odd"
    folder.mkdir(parents=True, exist_ok=True)
    for name, why in odd.items():
        oid = Path(name).stem
        (folder / f"{oid}.json").write_text(
            json.dumps(
                {"id": oid, "file": name, "outcome": "error", "why": why}, ensure_ascii=False, indent=1
            )
            + "\n",
            encoding="utf-8",
        )
    return folder


def zip_bytes(parts: dict[str, bytes], when: tuple = (2026, 3, 12, 8, 30, 0)) -> bytes:
    """A zip of ``parts`` (name: bytes), every part deflated and dated ``when``: the same bytes each run."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=when), data, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def workbook_bytes(wb, when: dt.datetime) -> bytes:
    """An openpyxl workbook saved with ``when`` as its created / modified time and fixed zip
    dates and times (``freeze``): the same bytes each run."""
    wb.properties.created = wb.properties.modified = when
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "book.xlsx"
        wb.save(path)
        freeze(path)
        return path.read_bytes()


def generator(script: str, origin: str) -> tuple[Path, dict[str, str]]:
    """A set's generator's folder and the ``SOURCE`` its expected files name (``tests/<set>/<script>``)."""
    here = Path(script).resolve().parent
    return here, {"source": f"tests/{here.name}/{Path(script).name}", "origin": origin}


def rows_down(s: Sheet, first: int, rows, span: str = "D", fmt: str = "yyyy-mm-dd") -> int:
    """``(label, typed, path, expect)`` rows one a sheet row from ``first``, the value merged from B to ``span``; a
    date shown ``fmt``. Returns the row after the last."""
    for r, (lab, raw, path, exp) in enumerate(rows, start=first):
        date_fmt = fmt if isinstance(raw, dt.date) else None
        lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp, span=f"{span}{r}", fmt=date_fmt)
    return first + len(rows)


def sent_as_pdf(drawings, copy2: set[str]) -> list[dict]:
    """A set's ``SENT_AS_PDF`` list from ``(imitates, draw)`` pairs: a draw returning ``str`` is a page's markup
    printed by Chromium, another a PDF drawn by fpdf2; the draws named in ``copy2`` have a second copy."""
    layouts = []
    for imitates, draw in drawings:
        medium = "html" if draw.__annotations__["return"] == "str" else "fpdf"
        layouts.append(pdf_layout(*layout_names(draw), medium, draw, imitates, copy2=draw.__name__ in copy2))
    return layouts


def sheet_bytes(title: str, lines, when: dt.datetime) -> bytes:
    """An odd file's one-sheet workbook of ``(label, value)`` rows in columns A and B (``None`` value: a title
    line), saved as :func:`workbook_bytes` with ``when``."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r, pair in enumerate(lines, start=1):
        for c, v in enumerate(pair, start=1):
            ws.cell(r, c, v)
    return workbook_bytes(wb, when)


def return_rows_html(f: HtmlForm, heads, lines) -> None:
    """A return note's item table on a page: ``heads``, then one ``(part_no, part_name, qty_approved, qty_returned,
    unit_price)`` a row, the counts typed ``1,200``, the price and the computed amount with two decimals."""
    th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(lines):
        typed = (f"{qa:,}", qa), (f"{q:,}", q), (f"{p:.2f}", money(p)), (f"{q * p:,.2f}", money(q * p))
        td_row(f, item_cells(i, (code, name, *typed), RETURN_ITEM_PATHS), heads)


Draw = Callable[[Sheet], None]


# fpdf2 with a CJK font (first written for holdout8): imported last, as make_holdout8 imports this module
from make_holdout8 import CjkDraw  # noqa: E402
