"""Shared test helpers, imported by the test modules (``from helpers import …``): values for every
field of a form, the CLI, LibreOffice conversions, sample complaints, processes filing at once.
Fixtures live in conftest.py."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import io
import json
import multiprocessing
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kesu_docs import forms
from kesu_docs.config import Settings
from kesu_docs.forms import FieldMeta, Form, FormSpec, RuleContext, describe
from kesu_docs.register import Register
from kesu_docs.validation import build, check, derive

ROOT = Path(__file__).resolve().parents[1]

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)


def zip_parts(file: bytes | Path) -> list[tuple[Any, ...]]:
    """A zip's members in order as an unzip sees them: name, attributes, date, method, CRC-32,
    size and content — the workbook itself, not the deflated bytes. ISA-L's deflate (python-isal,
    the writer of our zips) does not promise the same bytes for the same part in two processes:
    seen on CI, a kept frame's styles.xml deflated to 1,037 bytes in one process and 1,036 in the
    other, the same CRC-32. Two ways of making a workbook are compared so; the bytes of one way
    made twice are compared as bytes (tests/test_outputs_identical.py)."""
    data = file.read_bytes() if isinstance(file, Path) else file
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [
            (i.filename, i.external_attr, i.date_time, i.compress_type, i.CRC, i.file_size, z.read(i))
            for i in z.infolist()
        ]


def example_value(meta: FieldMeta, i: int = 0) -> Any:
    """A valid value for any field, derived from its kind (``i`` varies it between fields/rows)."""
    if meta.kind == "text":
        text = f"{meta.label_zh}内容{i}"
        return f"{text}\n第二行说明" if meta.long else text
    if meta.kind == "code":
        return f"K-{i:04d}"
    if meta.kind == "date":
        return dt.date(2026, 9, 1) + dt.timedelta(days=i % 20)
    if meta.kind == "money":
        return Decimal("1234.50") + i
    if meta.kind == "qty":
        return 10 + i
    if meta.kind == "ratio":
        return Decimal("0.05")
    if meta.kind == "number":
        return Decimal("3") + i
    if meta.kind == "bool":
        return i % 2 == 0
    if meta.kind == "term":
        members = list(meta.term)
        return members[i % len(members)]
    if meta.kind == "terms":
        return [list(meta.term)[0]]
    if meta.kind == "table":
        columns = describe(meta.row_model)
        return [
            {k: example_value(c, i + n + j) for j, (k, c) in enumerate(columns.items())} for n in range(2)
        ]
    if meta.kind == "group":
        return {k: example_value(c, i + j) for j, (k, c) in enumerate(describe(meta.row_model).items())}
    raise AssertionError(f"no example for kind {meta.kind}")


def example_values(spec: FormSpec) -> dict[str, Any]:
    """A value for every field of the form (not necessarily consistent with its rules)."""
    return {key: example_value(meta, i) for i, (key, meta) in enumerate(spec.fields.items())}


def as_json(spec: FormSpec, values: dict[str, Any]) -> dict[str, Any]:
    """What ``kesu parse`` prints as the record for these values."""
    return spec.model.model_validate(values).model_dump(mode="json", warnings=False)


def run_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(_cli(), [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.output


def _cli():
    from kesu_docs.cli import cli

    return cli


def parse_cli(*args: Any) -> tuple[int, list[dict[str, Any]]]:
    """``kesu parse ARGS``: (exit code, one dict per JSON line)."""
    code, out = run_cli("parse", *[str(a) for a in args])
    return code, [json.loads(line) for line in out.splitlines() if line.strip().startswith("{")]


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Re-save ``src`` through LibreOffice as ``fmt`` (xlsx, xls, pdf) into ``outdir``.

    Without LibreOffice the calling test is skipped, saying so (never an error).
    """
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / ".lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = outdir / f"{src.stem}.{fmt}"
    assert out.is_file(), f"LibreOffice did not write {out}"
    return out


def chromium_print(html: Path, pdf: Path) -> Path:
    """``html`` printed to ``pdf`` by headless Chromium, no header or footer: a portal's page or
    a letter as a customer's browser prints it (its own profile folder beside the page)."""
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={html.parent / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf


# the tables of the right-to-left pages printed by Chromium (:func:`rtl_page`)
RTL_CSS = "table{border-collapse:collapse;width:90%;margin:10px}th,td{border:1px solid #444;padding:4px}"


def chromium_page(
    folder: Path, name: str, body: str, lang: str = "ar", css: str = RTL_CSS, way: str = "rtl"
) -> Path:
    """A page of ``body`` (markup) written right to left (``way``: ``dir``), printed by Chromium
    to ``folder/name.pdf``."""
    page = folder / name / "page.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        f'<!doctype html><html dir="{way}" lang="{lang}"><head><meta charset="utf-8"><style>{css}</style>'
        f"</head><body>{body}</body></html>",
        encoding="utf-8",
    )
    return chromium_print(page, folder / f"{name}.pdf")


def rtl_table(title: str, rows: Sequence[tuple[str, str]]) -> str:
    """A title and a table whose labels stand right of their values on a right-to-left page. Each
    row ``(label, cell)``: ``cell`` is the value's cell after ``<td`` — its attributes, ``>``, its
    markup (already escaped)."""
    body = "".join(f"<tr><th>{html.escape(label)}</th><td{cell}</td></tr>" for label, cell in rows)
    return f"<h2>{html.escape(title)}</h2><table>{body}</table>"


def rtl_page(folder: Path, name: str, lang: str, title: str, rows: Sequence[tuple[str, str]]) -> Path:
    """:func:`rtl_table` on a page laid out right to left, printed by Chromium."""
    return chromium_page(folder, name, rtl_table(title, rows), lang)


def grid_rules(xs: Sequence[float], ys: Sequence[float], page: int = 1) -> list[Any]:
    """The full-length borders of a grid drawn on a PDF page (``pdf_text.Rule``): a line down at
    each of ``xs`` and one across at each of ``ys``; two of each, a box."""
    from kesu_docs.parse.pdf_text import Rule

    return [Rule(page, x, ys[0], x, ys[-1]) for x in xs] + [Rule(page, xs[0], y, xs[-1], y) for y in ys]


def child_processes(pid: int) -> list[int]:
    """The processes ``pid`` started (its ``--jobs`` workers), read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def ordinary_user() -> list[str]:
    """The words that run a command as an ordinary user (nobody), as on a clerk's PC, where this
    process is root (root writes into a read-only folder: CI runs as root); none otherwise. The
    files the command is to read must be where that user may read them (not under pytest's
    folders, which are private to their owner)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv (util-linux) to run as an ordinary user")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def process_gone(pid: int) -> bool:
    """Whether process ``pid`` has ended: no longer in /proc, or a zombie waiting only to be
    reaped by whoever adopted it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


def group_gone(group: int) -> bool:
    """Whether every process of process group ``group`` has ended (a zombie counts as ended:
    ``killpg(group, 0)`` still reaches one, and pytest's process adopts the orphans of what
    the suite starts, reaping them only at the test's end: tests/conftest.py)."""
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] not in ("Z", "X"):
            return False
    return True


def keep_profile(office: Path, profile: Any, name: str) -> str:
    """A learned profile written to the clerk's profiles/ as ``NAME.toml`` (what ``kesu learn``
    writes); its TOML."""
    text = profile.to_toml()
    (office / "profiles" / f"{name}.toml").write_text(text, encoding="utf-8")
    return text


def problem(result: dict[str, Any], code: str) -> dict[str, Any]:
    """The one error or warning with ``code`` in a parse result (fails listing what there is)."""
    found = [p for p in result["errors"] + result["warnings"] if p["code"] == code]
    assert found, (
        f"no {code} among {[(p['code'], p['field']) for p in result['errors'] + result['warnings']]}"
    )
    return found[0]


def named_cell(path: Path, name: str, row: int = 0) -> str:
    """Where the blank form put a field (row ``row`` of a table column), as ``'8D报告!G61'``."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)  # (the names alone: no cell, no merged range bound)
    try:
        [(sheet, ref)] = list(wb.defined_names[name].destinations)
    finally:
        wb.close()
    first = ref.replace("$", "").split(":")[0]
    column = first.rstrip("0123456789")
    return f"{sheet}!{column}{int(first[len(column) :]) + row}"


def sheet_from_rows(
    tmp_path: Path,
    rows: list[list[object]],
    name: str = "form.xlsx",
    *,
    width: float,
    notes: dict[str, str] | None = None,
    printed_one_page_wide: bool = False,
) -> Path:
    """A one-sheet workbook of ``rows`` (columns A–F ``width`` wide, cell notes by reference): the
    small forms of our own the reader's tests are read on. Each test module keeps its own width,
    as a wider column changes where a long value is cut on the form's print;
    ``printed_one_page_wide``: see :func:`one_page_wide`."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for col in "ABCDEF":
        ws.column_dimensions[col].width = width
    for ref, text in (notes or {}).items():
        ws[ref].comment = Comment(text, "clerk")
    if printed_one_page_wide:
        one_page_wide(ws)
    path = tmp_path / name
    wb.save(path)
    return path


def one_page_wide(ws: Any) -> None:
    """Set the openpyxl sheet ``ws`` to print on one page's width (landscape, as many pages tall
    as it runs), as a clerk prints a form: its columns not spread over several pages."""
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0


def landscape_book(
    path: Path, rows: list[list[Any]], widths: dict[str, float] | None = None, *, grid: bool = False
) -> Path:
    """One sheet of ``rows``, landscape, printed on one page's width; ``widths`` by column letter;
    ``grid``: every cell of the rows bordered (the boxes of a hand form). The held-out fixers'
    forms of our own (tests/test_reader_holdout25_fixes.py and on)."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    if grid:
        thin = Side(style="thin")
        for line in ws.iter_rows(min_row=1, max_row=len(rows), max_col=max(len(r) for r in rows)):
            for cell in line:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, width in (widths or {}).items():
        ws.column_dimensions[col].width = width
    one_page_wide(ws)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def ruled(path: Path, area: str, merged: Iterable[str] = ()) -> Path:
    """The workbook at ``path`` with the cells of ``area`` (``A4:G8``) ruled, as a form prints its
    table, and the ranges ``merged`` merged; saved in place."""
    import openpyxl
    from openpyxl.styles import Border, Side

    book = openpyxl.load_workbook(path)
    thin = Side(style="thin")
    for row in book.active[area]:
        for cell in row:
            cell.border = Border(thin, thin, thin, thin)
    for cells in merged:
        book.active.merge_cells(cells)
    book.save(path)
    return path


def book_as(path: Path, form: str) -> Path:
    """The workbook itself (``form`` "xlsx"), or its print through LibreOffice ("pdf")."""
    return path if form == "xlsx" else soffice_convert(path, "pdf", path.parent / "pdf")


def assert_counted_complaint(
    tmp_path: Path,
    form: str,
    typed: tuple[str, str, str],
    read: tuple[str, list[int]],
    about: tuple[str, ...],
) -> dict[str, Any]:
    """A complaint in English labels whose received date and two counts (delivered, defective) are
    ``typed`` in a customer's language, as ``form`` (xlsx, or its pdf print), reads as ``read``
    (the ISO date, the two counts): the held-out fixers' dates and counts of new languages
    (tests/test_reader_holdout26_fixes.py and on). ``about``: the complaint's number, customer,
    part number and problem. The form as read (:func:`read_doc`), for its warnings."""
    number, customer, part, problem = about
    rows: list[list[Any]] = [
        ["CUSTOMER COMPLAINT"],
        ["Complaint No.", number, "Received", typed[0]],
        ["Customer", customer, "Part No.", part],
        ["Qty delivered", typed[1], "Qty defective", typed[2]],
        ["Problem description", problem],
    ]
    path = landscape_book(tmp_path / "cc.xlsx", rows, {"A": 22, "B": 30, "C": 18, "D": 26})
    doc = read_doc(book_as(path, form), "complaint")
    record = doc["record"]
    assert (record["received_date"], [record["ship_qty"], record["defect_qty"]]) == read
    return doc


def return_note_prices(
    tmp_path: Path,
    form: str,
    lines: list[list[Any]],
    customer: str = "Gaborone Power Fittings (Pty) Ltd, Botswana",
) -> tuple[dict[str, Any], list[tuple[Any, Any]]]:
    """A return note of ``lines`` (part no., description, approved, returned, unit price, amount)
    for ``customer``, read as ``form`` (xlsx, or its pdf print), and each line's (unit price,
    amount): the held-out fixers' prices written in a currency (tests/test_reader_holdout30_formats.py
    and on)."""
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return note No.", "RN-26-0305", "Date", "2026-03-05"],
        ["Customer", customer, "Complaint No.", "GP-QA-2603"],
        ["Part No.", "Description", "Approved", "Returned", "Unit price", "Amount"],
        *lines,
    ]
    path = landscape_book(tmp_path / "rn.xlsx", rows, {"A": 16, "B": 24, "C": 12, "D": 12, "E": 14, "F": 18})
    doc = read_doc(book_as(path, form), "return")
    return doc, [(i["unit_price"], i["amount"]) for i in doc["record"]["items"]]


def paired_rows(title: str, pairs: Sequence[tuple[str, Any]], per_row: int = 2) -> list[list[Any]]:
    """A form's rows: its title alone, then its (label, value) ``pairs``, ``per_row`` a row."""
    flat = [cell for pair in pairs for cell in pair]
    return [[title], *(flat[i : i + 2 * per_row] for i in range(0, len(flat), 2 * per_row))]


def cramped_form(path: Path, title: str, pairs: Sequence[tuple[str, Any]], width: float = 17) -> Path:
    """A form whose columns are too narrow for its labels (``width``), its (label, value) pairs two
    a row, printed by LibreOffice: each label cut at its cell's border, glued to the next cell's
    value (``Novi Sad Elektro d.o.oReklamacija kupca / NSE-RK-26-0012``). The workbook is ``path``."""
    book = sheet_from_rows(path.parent, paired_rows(title, pairs), path.name, width=width)
    return soffice_convert(book, "pdf", path.parent / "pdf")


def kroner_credit_note(path: Path, evidence: list[str]) -> Path:
    """A Danish/Norwegian credit note whose figures are typed with ``kr`` (no krone named), one
    row of ``evidence`` (a CVR number, an address…; none when empty) telling which krone it is."""
    rows: list[list[object]] = [
        ["KREDITNOTA / CREDIT NOTE"],
        ["Nr. / No.", "KN-26-0911", "Dato / Date", "20.04.2026"],
        ["Kunde / Buyer", "Fjordlys"],
        *([evidence] if evidence else []),
        ["Faktura nr. / Invoice No.", "F-26-2202"],
        ["Vare / Item", "Antal / Qty", "Pris / Unit price", "Beløb / Amount"],
        ["Lampe FL-220", 10, "150,00 kr", "1.500,00 kr"],
        ["Total", None, None, "1.500,00 kr"],
    ]
    return sheet_from_rows(path.parent, rows, path.name, width=26)


CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def cjk_pdf(orientation: str = "P") -> Any:
    """An fpdf2 document (A4, ``orientation`` P or L) with Noto Sans CJK added as font ``cjk``: a
    print of our own drawn text by text; the test skipped where the font is not installed."""
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation)
    pdf.add_font("cjk", "", str(CJK))
    return pdf


def titled_lines_pdf(path: Path, title: str, lines: list[tuple[str, str]]) -> Path:
    """A one-page PDF drawn by fpdf2 (:func:`cjk_pdf`): ``title`` centred at the top, then one ``(caption,
    value)`` a line, the value 40 mm from the margin; written to ``path``, returned."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in lines:
        pdf.cell(40, 8, caption)
        pdf.cell(120, 8, value, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def read_doc(path: Path, kind: str | None = None, lang: str = "en") -> dict[str, Any]:
    """The one form of ``path`` read (``kind`` told, or found), as ``kesu parse`` prints it."""
    from kesu_docs.parse import parse_paths

    [result] = parse_paths([path], kind=kind)
    return result.to_dict(lang)


def field_codes(doc: dict[str, Any], field: str) -> set[str]:
    """The codes of a parse result's errors and warnings on ``field``."""
    return {p["code"] for p in doc["errors"] + doc["warnings"] if p.get("field") == field}


def warned_by(doc: dict[str, Any], code: str, field: str) -> list[dict[str, Any]]:
    """A parse result's warnings of one code on ``field`` (``label_by_head_word`` on ``customer``)."""
    return [w for w in doc["warnings"] if w["code"] == code and w.get("field") == field]


def unread_messages(doc: dict[str, Any]) -> list[str]:
    """The messages of a parse result's ``unread_label`` warnings (each names its label)."""
    return [w["message"] for w in doc["warnings"] if w["code"] == "unread_label"]


def find(problems, code):
    """The problems of one code; fails, listing what there is, when there is none."""
    hits = [p for p in problems if p.code == code]
    assert hits, f"no {code} among {[(p.code, p.field) for p in problems]}"
    return hits


def codes(problems) -> set[str]:
    return {p.code for p in problems}


# ---------------------------------------------------------------------------------- sample records
def complaint(
    customer: str = "华东精密机械有限公司", received: str = "2026-09-03", number: str | None = None, **extra
):
    """A valid complaint sheet as a clerk would file it."""
    values = dict(
        number=number,
        received_date=received,
        customer=customer,
        market="国内",
        order_no="PO-2609-17",
        part_no="PCB-4471-A",
        ship_date="2026-08-20",
        ship_qty=1000,
        defect_qty=46,
        complaint_type="质量异常",
        description="C12 电容虚焊，上电无输出",
        customer_request=["退货"],
        requested_qty=46,
    )
    values.update(extra)
    return forms.get("complaint").model.model_validate(values)


def filed_register(path: Path, rows: int, customer, source) -> Path:
    """A real SQLite register at ``path`` holding ``rows`` complaints filed at once (``issue_many``): complaint
    ``i`` from ``customer(i)`` (a sample record, :func:`complaint`), its source file ``source(i)``."""
    with Register.open(path) as reg:
        reg.issue_many([(customer(i), f"h{i}", source(i)) for i in range(rows)])
    return path


COMPLAINT = forms.get("complaint")
NUMBER = "202609001"
ISSUED = dt.date(2026, 9, 4)


def checked_complaint(**changes) -> Form:
    """A valid complaint sheet, as a clerk would fill it."""
    values = dict(
        received_date="2026-09-03",
        customer="华东精密机械有限公司",
        market="国内",
        order_no="PO-2026-0815",
        part_no="KS-100",
        part_name="电源模块",
        lot_no="L2608",
        ship_date="2026/8/20",
        ship_qty="1,200",
        defect_qty=30,
        complaint_type="质量异常",
        description="外观划伤\n包装破损",
        customer_request="退货、折让",
        requested_qty=30,
        sample_received="☑",
        cause_category="包装",
        root_cause="包装材料强度不足",
        responsible_unit="生产部",
        responsibility_code="I",
        loss_amount="¥6,234.5",
        disposition="退货、折让",
        approved_return_qty=30,
        allowance_amount="1000",
        approval_level="副总经理",
        approver="李四",
        penalties=[{"target": "包装组", "code": "I", "kind": "警告", "amount": 100}],
    )
    values.update(changes)
    record, problems = build(COMPLAINT, values)
    assert not problems, problems
    findings = check(record, RuleContext(Settings()))
    assert not [p for p in findings if p.severity == "error"], findings
    return derive(record, Settings())


# ---------------------------------------------------------------------------------- concurrent processes
def _worker(url: str, tag: int, count: int, batch: int, start, results) -> None:
    """One clerk's process: open the register, wait for the others, file ``count`` complaints."""
    try:
        register = Register.open(url)
        items = []
        for i in range(count):
            # batches mix September and October, in opposite orders in odd and even processes
            month = 9 if batch == 1 else 9 + (i + tag) % 2
            items.append(
                (
                    complaint(f"客户{tag}-{i}", received=f"2026-{month:02d}-{1 + i % 28:02d}"),
                    f"p{tag}-{i}",
                    f"p{tag}.json#{i}",
                )
            )
        start.wait(timeout=60)
        numbers: list[str] = []
        for first in range(0, count, batch):
            numbers += [doc.number for doc in register.issue_many(items[first : first + batch])]
        register.close()
        results.put((tag, numbers))
    except BaseException as exc:  # the parent reports it
        results.put((tag, repr(exc)))


def issue_from_processes(url: str, processes: int = 4, each: int = 50, batch: int = 1) -> list[list[str]]:
    """Fork ``processes`` real processes that file ``each`` complaints each, all at the same moment.

    ``batch=1``: one ``issue`` per complaint, all in September; more: ``issue_many`` batches
    mixing September and October. Forked, so that the children need not import everything again.
    """
    context = multiprocessing.get_context("fork")
    start = context.Barrier(processes)
    results = context.Queue()
    workers = [
        context.Process(target=_worker, args=(url, n, each, batch, start, results)) for n in range(processes)
    ]
    for worker in workers:
        worker.start()
    outcome = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    failed = {tag: out for tag, out in outcome.items() if isinstance(out, str)}
    assert not failed, failed
    return [outcome[n] for n in range(processes)]


def assert_gapless_series(results: list[list[str]], per_period: dict[str, int]) -> None:
    """No number twice; each period's series runs 001, 002, … without a gap."""
    numbers = [n for per_process in results for n in per_process]
    assert len(numbers) == len(set(numbers)) == sum(per_period.values()), "a number was issued twice"
    expected = [f"{period}{i:03d}" for period, count in per_period.items() for i in range(1, count + 1)]
    assert sorted(numbers) == sorted(expected), "a series has a gap"
    for per_process in results:  # each process saw its own numbers rise within a period
        for period in per_period:
            mine = [n for n in per_process if n.startswith(period)]
            assert mine == sorted(mine)


def free_port() -> int:
    """A TCP port nothing listens on now, for a throwaway server that binds it and retries with
    another when it was taken meanwhile (conftest's pg_server, web_helpers.running_server): free
    only when looked at. For a server that is not there, use :func:`dead_port`."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def sqlite_open(path: str | os.PathLike[str], **options: Any) -> Iterator[sqlite3.Connection]:
    """A connection to the SQLite file ``path`` for the block: its transaction committed at the
    end (rolled back on an exception), as ``with sqlite3.connect(…)`` does — and closed, which
    that does not (the file stayed open until the connection was collected: a test's
    leftover for the next). tests/test_flake31.py keeps ``with sqlite3.connect`` out."""
    connection = sqlite3.connect(path, **options)
    try:
        with connection:
            yield connection
    finally:
        connection.close()


@contextlib.contextmanager
def dead_port() -> Iterator[int]:
    """A TCP port on 127.0.0.1 where nothing listens for as long as the block lasts: held bound
    and never listening, so no other program can take it meanwhile (a port picked free and let
    go may be bound by another before the test connects) and a connection to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


def document_text(path: Path) -> str:
    """All the text of a DOCX (body, headers, footers), tags stripped."""
    with zipfile.ZipFile(path) as z:
        xml = "".join(
            z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")
        )
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def kesu(*args, cwd: Path | None = None):
    """``kesu ARGS`` through click's runner (in ``cwd`` when given), exceptions not caught. In
    ``cwd`` as a clerk working there: that folder's kesu.toml in force (the suite otherwise runs
    with no settings file, conftest), unless a test named one (``KESU_CONFIG``)."""
    from kesu_docs.cli import cli

    runner = CliRunner()
    if cwd is None:
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)
    old = os.getcwd()
    none = os.environ.get("KESU_CONFIG") == NO_SETTINGS  # (conftest's: no settings file)
    os.chdir(cwd)
    if none:
        del os.environ["KESU_CONFIG"]
    try:
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)
    finally:
        os.chdir(old)
        if none:
            os.environ["KESU_CONFIG"] = NO_SETTINGS


NO_SETTINGS = "none"
"""kesu's switch for "no settings file" (``KESU_CONFIG=none``, ``config.NO_SETTINGS``), the
suite's: set by conftest, kept by :func:`clean_environment` for a process started where the
suite runs (``in_folder=False``)."""

_TOOL_PLACES = ("KESU_SOFFICE", "KESU_BROWSER")

SUITE_COLUMNS = "1000"
"""The width kesu prints at in the suite (``COLUMNS``, set by conftest in pytest's process and in
each xdist worker): every kesu of a test — in process (:func:`kesu`, any ``CliRunner``) and in a
process of its own (:func:`clean_environment`, any environment built from ``os.environ``) — prints
its tables as wide as their rows. At a clerk's width a row is folded where it is long (the File
column at a third of the width, a finding's file at a fifth): a path under the run's temporary
folder wrapped a file name or a reason over two lines, and a test's ``in result.output`` missed
it — 19 tests in round 35, under ``/tmp/ktPID`` and under a four-letter folder too (the wrap is
no steady function of the path's length). A test of a width (a narrow terminal's blocks, a
clerk's 80 or 100 columns, output piped with no ``COLUMNS``) sets its own, which wins."""


def clean_environment(*, in_folder: bool = True, **extra: str) -> dict[str, str]:
    """The environment of a ``kesu`` process of a test: the caller's without any ``KESU_*``
    setting (the shell's kesu.toml, language, templates, start method…, which would change what
    the test sees), this tree first on the import path (whichever venv or worktree runs the
    tests), and ``extra`` (``KESU_LANG="en"``). Kept: where this machine's LibreOffice and
    browser are (``KESU_SOFFICE``, ``KESU_BROWSER``), which change no output. ``in_folder``: the
    process runs in a test's own folder, its kesu.toml in force as a clerk's; False (started
    where the suite runs, the checkout): no settings file (:data:`NO_SETTINGS`), a kesu.toml
    left there never read. Its ``COLUMNS`` is the suite's (:data:`SUITE_COLUMNS`, set by conftest) unless
    ``extra`` names one."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KESU_") or k in _TOOL_PLACES}
    env["PYTHONPATH"] = str(ROOT)
    if not in_folder:
        env["KESU_CONFIG"] = NO_SETTINGS
    return env | extra


def python_process(
    *argv: str, cwd: Path, text: bool = True, timeout: float = 600, **env: str
) -> subprocess.CompletedProcess:
    """``python ARGV`` (``-m kesu_docs …``, ``-c CODE …``) in a process of its own, in ``cwd`` (a
    test's temporary folder, never the repository), with :func:`clean_environment` (``env`` added);
    its output captured (as text unless ``text`` is False)."""
    return subprocess.run(
        [sys.executable, *argv],
        cwd=cwd,
        env=clean_environment(**env),
        capture_output=True,
        text=text,
        timeout=timeout,
    )


def kesu_process(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """``kesu ARGS`` in a process of its own in ``cwd`` (:func:`python_process`)."""
    return python_process("-m", "kesu_docs.cli", *args, cwd=cwd, **env)


def demo_office(folder: Path) -> Path:
    """The demo's register (seven documents filed from the samples) in ``folder``/demo, as an
    office's folder holds its register: for a test's ``report monthly`` or ``register export``."""
    done = kesu_process(folder, "demo", "-o", "demo", "--no-pdf")
    assert done.returncode == 0, done.stderr
    return folder / "demo"


def drawn_credit_note(path: Path, number: str, lines: list[list[tuple[str, float, float, str]]]) -> Path:
    """An English credit note drawn word by word with fpdf2, no ruled lines: its header fields
    (``number`` the note's), then each line of ``lines`` (the table's header first) as its
    words, each (text, x, width, align)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4", orientation="landscape")
    pdf.add_page()
    pdf.set_font("helvetica", "B", size=14)
    pdf.set_xy(40, 40)
    pdf.cell(300, 16, "CREDIT NOTE")
    pdf.set_font("helvetica", size=10)
    y = 70.0
    for label, value in [
        ("Credit note no.", number),
        ("Date", "2026-05-06"),
        ("Complaint no.", "QN-4479"),
        ("Buyer", "Fisher & Paykel Appliances Ltd"),
        ("Tax ID", "94-1234567"),
        ("Invoice No.", "INV-50319"),
        ("Invoice date", "2026-04-20"),
    ]:
        pdf.set_xy(40, y)
        pdf.cell(120, 14, label)
        pdf.set_xy(170, y)
        pdf.cell(200, 14, value)
        y += 16
    y += 14
    for line in lines:
        for text, x, width, align in line:
            pdf.set_xy(x, y)
            pdf.cell(width, 14, text, align=align)
        y += 16
    pdf.output(str(path))
    return path


def add_sheet_drawing(path: Path, tag: str, name: str, text: str, content_type: tuple[bytes, bytes]) -> None:
    """The workbook at ``path`` given a drawing part on its first sheet, as Excel writes one:
    ``xl/drawings/<name>`` holding ``text``, named by the sheet's ``<tag r:id>`` (``drawing``:
    shapes, text boxes; ``legacyDrawing``: VML form controls) through the sheet's relationships,
    and ``[Content_Types].xml`` told of it (``content_type``: the text replaced, and by what)."""
    rel_id, rel_type = ("rIdVml1", "vmlDrawing") if tag == "legacyDrawing" else ("rIdDr1", "drawing")
    with zipfile.ZipFile(path) as z:
        parts = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            if part == "[Content_Types].xml":
                data = data.replace(*content_type)
            elif part == "xl/worksheets/sheet1.xml":
                if b"xmlns:r=" not in data[:600]:
                    data = data.replace(
                        b"<worksheet ",
                        b'<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
                        1,
                    )
                data = data.replace(b"</worksheet>", f'<{tag} r:id="{rel_id}"/></worksheet>'.encode())
            z.writestr(part, data)
        z.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships"><Relationship Id="{rel_id}" Type="http://schemas.'
            f'openxmlformats.org/officeDocument/2006/relationships/{rel_type}" Target="../drawings/{name}"/>'
            "</Relationships>",
        )
        z.writestr(f"xl/drawings/{name}", text)


def insert_rows(path: Path, at: int, n: int, *, move_names: bool, note: str | None = None) -> None:
    """Insert ``n`` rows before row ``at`` as Excel does: cells, merged ranges and (when
    ``move_names``) defined names move down. ``move_names=False`` leaves the names stale,
    as a tool that does not know about them would. ``note``: written in the first new row's
    first cell (a clerk's note)."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    merged = [r.coord for r in ws.merged_cells.ranges]
    for coord in merged:
        ws.unmerge_cells(coord)
    ws.insert_rows(at, n)

    def shift(ref: str) -> str:
        return re.sub(
            r"\$?([A-Z]+)\$?(\d+)",
            lambda m: f"${m[1]}${int(m[2]) + n if int(m[2]) >= at else int(m[2])}",
            ref,
        )

    for coord in merged:
        ws.merge_cells(shift(coord).replace("$", ""))
    if move_names:
        for dn in wb.defined_names.values():
            dn.attr_text = shift(dn.attr_text)
    if note is not None:
        ws.cell(at, 1, note)
    wb.save(path)


def approval_flow_pdf(
    path: Path, font: Path, pairs: Sequence[tuple[str, str]], steps: Sequence[tuple[str, str]]
) -> Path:
    """An approval record (审批, a DingTalk or Feishu flow) printed to PDF with fpdf2 in the CJK
    ``font``: its label/value ``pairs`` one a line, then 审批流程 and its ``steps`` one a line,
    each (what the step says, its time or "": the time printed after the text)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", "", str(font))
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    y = 20.0
    for label, value in pairs:
        pdf.text(15, y, label)
        pdf.text(60, y, value)
        y += 8
    pdf.text(15, y + 4, "审批流程")
    for k, (text, time) in enumerate(steps):
        pdf.text(20, y + 13 + 8 * k, text)
        if time:
            pdf.text(20 + pdf.get_string_width(text) + 3, y + 13 + 8 * k, time)
    pdf.output(str(path))
    return path


def version_1_register(
    db: Path | str, documents: Sequence[tuple[dict[str, Any], str]], date: dt.date
) -> None:
    """A register as version 1 (the first release) left it at ``db``: its tables, its
    schema_version row, and ``documents`` filed as complaints on ``date``, each (record, status:
    ``issued`` or ``void``), numbered 202609001 … and filed from old1.xlsx …"""
    import sqlalchemy as sa

    from kesu_docs.register import schema
    from kesu_docs.register.database import to_url

    engine = sa.create_engine(to_url(db))
    with engine.begin() as conn:
        schema._v1_tables(conn)
        schema.schema_version.create(conn)
        conn.execute(schema.schema_version.insert().values(version=1, applied_at=dt.datetime(2026, 9, 1)))
        old = sa.Table("documents", sa.MetaData(), autoload_with=conn)
        for serial, (record, status) in enumerate(documents, start=1):
            number = f"20260900{serial}"
            conn.execute(
                old.insert().values(
                    kind="complaint",
                    number=number,
                    period="202609",
                    serial=serial,
                    status=status,
                    source=f"old{serial}.xlsx",
                    source_hash=f"h{serial}",
                    record_hash=f"r{serial}",
                    record={**record, "number": number},
                    document_date=date,
                    issued_at=dt.datetime.combine(date, dt.time(1, serial)),
                    reprints=0,
                    customer=record["customer"],
                    part_no=record.get("part_no"),
                    void_reason="客户撤回" if status == "void" else None,
                )
            )
        conn.execute(
            sa.text("INSERT INTO counters (kind, scope, last_serial) VALUES ('complaint', '202609', :n)"),
            {"n": len(documents)},
        )
    engine.dispose()


def calls_of(monkeypatch: Any, owner: Any, name: str, keep: Any = None) -> list[tuple[Any, ...]]:
    """The arguments of each call made to ``owner.name`` (a library's function: PDFium's page
    load, ``Path.is_dir``…) while the test runs, the call itself made as before; ``keep``: only
    the calls it says yes to (given the same arguments)."""
    seen: list[tuple[Any, ...]] = []
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        if keep is None or keep(*args, **kwargs):
            seen.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return seen


def behind_a_cover(tmp_path: Path, state: str, name: str = "return.xlsx") -> Path:
    """The sample return note's sheet in ``state`` (``hidden``, ``veryHidden``) behind a cover
    sheet asking to enable macros."""
    from openpyxl import load_workbook

    wb = load_workbook(ROOT / "samples" / "return-valid.xlsx")
    form = wb.worksheets[0]
    cover = wb.create_sheet("Cover", 0)
    cover["A1"] = "Please enable macros to see this document"
    cover["A3"] = "请启用宏以查看本文件"
    form.sheet_state = state
    wb.active = 0
    path = tmp_path / name
    wb.save(path)
    return path


def merged_description(
    path: Path, lines: list[str], rows: int = 5, between: Sequence[Sequence[Any]] = ()
) -> Path:
    """A complaint whose 问题描述 and its text (``lines``, in columns B:D) are merged over ``rows``
    rows (printed bottom-aligned, Excel's and LibreOffice's default), under its header fields and
    the rows ``between`` (from column A)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.column_dimensions["A"].width = 14
    for col in "BCD":
        ws.column_dimensions[col].width = 16
    pairs = [("客户投诉单", None), ("客户名称", "利兹精工部件有限公司"), ("投诉编号", "LZ-2611-14"),
             ("接收日期", "2026-11-06"), ("产品型号", "RT-208"), ("不良数量", 45)]  # fmt: skip
    for r, (label, value) in enumerate(pairs, start=1):
        ws.cell(r, 1, label)
        if value is not None:
            ws.cell(r, 2, value)
    for r, row in enumerate(between, start=len(pairs) + 1):
        for c, text in enumerate(row, start=1):
            if text != "":
                ws.cell(r, c, text)
    top = len(pairs) + len(between) + 1
    ws.cell(top, 1, "问题描述")
    ws.merge_cells(f"A{top}:A{top + rows - 1}")
    ws.cell(top, 2, "\n".join(lines)).alignment = Alignment(wrap_text=True)
    ws.merge_cells(f"B{top}:D{top + rows - 1}")
    ws.cell(top + rows, 1, "客户要求")
    ws.cell(top + rows, 2, "退货")
    wb.save(path)
    return path


def changed_template(
    tmp_path: Path,
    change: Any = None,
    add: dict[str, bytes] | None = None,
    kind: str = "complaint",
) -> Path:
    """The shipped templates copied into ``tmp_path / "templates"``, the ``kind``'s members passed
    through ``change(name, data)`` (None: left out) and ``add`` (name → bytes) written after them:
    the path of the changed template (its folder is what ``KESU_TEMPLATES`` names)."""
    from kesu_docs.render import default_template_dir

    folder = tmp_path / "templates"
    shutil.copytree(default_template_dir(), folder)
    path = folder / f"{kind}.docx"
    with zipfile.ZipFile(path) as archive:
        members = [(i.filename, archive.read(i)) for i in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            changed = data if change is None else change(name, data)
            if changed is not None:
                archive.writestr(name, changed)
        for name, data in (add or {}).items():
            archive.writestr(name, data)
    return path


def on_a_full_disk(tiny: Path, command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """``sh -c COMMAND`` with the folder ``tiny`` a 64 kB tmpfs filled to the brim, mounted in
    a mount namespace of its own (``unshare --user --map-root-user --mount``: no root needed);
    the test skipped where that is refused."""
    tiny.mkdir(exist_ok=True)
    script = (
        f"mount -t tmpfs -o size=64k tmpfs {tiny} && "
        f"(dd if=/dev/zero of={tiny}/fill bs=1k count=64 2>/dev/null; true) && {command}"
    )
    try:
        done = subprocess.run(
            ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
            env=clean_environment(**env),
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=600,
        )
    except FileNotFoundError:
        pytest.skip("no unshare")
    if "mount:" in done.stderr or "unshare:" in done.stderr:
        pytest.skip(f"no tmpfs in a namespace of our own: {done.stderr.strip()}")
    return done


_STOPPED_BUILDER = """
import os, signal, sys
from kesu_docs.register import Register, register, sheet_store
sheet_store.BUILD_STEP = int(sys.argv[2])
read, reads = register.reading, []
def stopping(*args, **kwargs):  # the build's Nth read (no write lock held): stopped there
    reads.append(1)
    if len(reads) == int(sys.argv[3]):
        print("stopped", flush=True)
        os.kill(os.getpid(), signal.SIGSTOP)
    return read(*args, **kwargs)
with Register.open(sys.argv[1], create=False) as reg:
    register.reading = stopping
    print(reg.build_sheet_rows(), flush=True)
"""


@contextlib.contextmanager
def ended_with_its_group(process: subprocess.Popen[Any]) -> Iterator[subprocess.Popen[Any]]:
    """``process`` (started with ``start_new_session=True``: its own process group) for the
    block; after it, if still running (an assertion failed mid-way), its whole group killed and
    the process waited for: a failed test leaves no command running into the next one."""
    import signal

    try:
        yield process
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        process.wait(60)


@contextlib.contextmanager
def stopped_build(db: Path, step: int, reads: int) -> Iterator[subprocess.Popen[str]]:
    """A ``build_sheet_rows`` of the register ``db`` in a process of its own, :data:`BUILD_STEP`
    ``step``, stopped (SIGSTOP) as its ``reads``-th read begins — 1: the missing rows looked
    up, 2: the first step's rows made, 3: the second's (or the log lines'), after the first
    step's write committed; killed (SIGKILL) after the block, as a crash or Ctrl-C there."""
    import signal

    builder = subprocess.Popen(
        [sys.executable, "-c", _STOPPED_BUILDER, str(db), str(step), str(reads)],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_environment(),
    )
    try:
        assert builder.stdout is not None
        assert builder.stdout.readline() == "stopped\n", "the build ended before that read"
        yield builder
    finally:
        builder.send_signal(signal.SIGKILL)
        builder.wait(60)


def pytest_on_suite(
    folder: Path, files: dict[str, str], *options: str, seed: int | None = None
) -> tuple[int, str]:
    """pytest run in a process of its own on a small suite written into ``folder``: ``files``
    (name → text) beside a copy of the suite's own conftest.py, in the files' order (or
    pytest-randomly's with ``seed``), nothing cached. Its exit code and what it said (stdout, then stderr): a
    test of the conftest's checks runs a bad test file and looks for the check's words."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "tests" / "conftest.py", folder / "conftest.py")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, str(folder)),
            *(["-p", "no:randomly"] if seed is None else [f"--randomly-seed={seed}"]),
        ],
        cwd=folder,
        env={  # (not an xdist worker of this run's, though started from one; its report at its own width)
            name: value
            for name, value in clean_environment(PYTHONPATH=f"{ROOT / 'tests'}:{ROOT}").items()
            if not name.startswith("PYTEST_XDIST_") and name != "COLUMNS"
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def revision_put_back(tmp_path: Path, shift_s: float) -> tuple[Path, Path, Path, bytes]:
    """A register put back from a backup taken before revision 2 was filed, its file left in the
    output folder (test_robust29's and test_robust32's setup): a complaint filed (``v1``), the
    register backed up as sqlite3's ``.backup`` takes one, the same complaint edited and filed as
    revision 2 (``v2``), that revision's file dated ``shift_s`` seconds from now (an older file, a
    PC's clock ahead), the backup put back (its -wal and -shm gone). ``v3`` is another edit to
    file. Returns the register, the output folder, revision 2's file and its bytes."""
    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    db, backup, out = tmp_path / "k.db", tmp_path / "backup.db", tmp_path / "out"
    for name, words in (("v1", "first words"), ("v2", "the revision filed"), ("v3", "another edit")):
        (tmp_path / name).mkdir()
        write_json(tmp_path / name / "c.json", sample_record(description=words))
    assert _kesu_render(tmp_path, tmp_path / "v1", out, db).returncode == 0
    with sqlite_open(db) as live, sqlite_open(backup) as copy:
        live.backup(copy)  # the backup, before revision 2
    done = _kesu_render(tmp_path, tmp_path / "v2", out, db)
    assert done.returncode == 0, done.stderr
    [revised] = out.glob("*-修订2.docx")
    when = revised.stat().st_mtime + shift_s
    os.utime(revised, (when, when))
    for leftover in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(backup, db)  # put back: revision 2 lost
    return db, out, revised, revised.read_bytes()
