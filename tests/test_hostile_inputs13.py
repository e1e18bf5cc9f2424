"""Hostile inputs, the twenty-fourth round (dev25-ops): formula starters typed full-width with a
Chinese IME (``＝ ＋ － ＠``) in every spreadsheet and CSV kesu writes; a workbook linking outside
itself (external links, data connections) read and warned, its links never followed. Real files,
through the commands."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

from helpers import kesu
from hostile import complaint, write_json

from kesu_docs.parse import parse_paths

# typed with a Chinese IME: full-width, yet a formula's start in some locales
FULL_WIDTH = [
    "＝1+1",
    "＋cmd|' /C calc'!A0",
    "－2+3",
    "＠SUM(1,1)",
    '＝HYPERLINK("http://evil.example","点我")',
]
STARTERS = ("=", "+", "-", "@", "＝", "＋", "－", "＠")


def _registered(tmp_path: Path, customers: list[str], **changes: object) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, customer in enumerate(customers):
        values = complaint(customer=customer, order_no=f"SO-{i}", part_no=f"P-{i}") | changes
        write_json(inbox / f"c{i}.json", values)
    db = tmp_path / "kesu.db"
    done = kesu("render", inbox, "-o", tmp_path / "out", "--db", db)
    assert done.exit_code == 0, done.output
    return db


def _quoted_cells(path: Path) -> dict[str, bool]:
    """Every string cell of the workbook that starts like a formula → has it Excel's quote prefix
    (and is it stored as text)?"""
    from openpyxl import load_workbook

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name
    out: dict[str, bool] = {}
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(STARTERS):
                    out[cell.value] = (
                        out.get(cell.value, True) and bool(cell.quotePrefix) and cell.data_type == "s"
                    )
    return out


def test_full_width_formula_starters_are_quoted_in_every_export(tmp_path):
    db = _registered(tmp_path, [*FULL_WIDTH, "华东精密"])
    export = tmp_path / "登记追踪表.xlsx"
    assert kesu("register", "export", "-o", export, "--db", db).exit_code == 0
    monthly = tmp_path / "月报.xlsx"
    done = kesu("report", "monthly", "2026-09", "--db", db, "-o", monthly)
    assert done.exit_code == 0, done.output
    for path in (export, monthly):
        quoted = _quoted_cells(path)
        assert set(FULL_WIDTH) <= set(quoted), (path.name, quoted)  # kept as typed, full-width
        assert all(quoted.values()), (path.name, quoted)
    for form in ("csv", "tsv"):
        listed = kesu("register", "list", "--all", "--format", form, "--db", db, "--lang", "en")
        assert listed.exit_code == 0, listed.output
        rows = list(csv.reader(io.StringIO(listed.output), delimiter="," if form == "csv" else "\t"))
        column = rows[0].index("Customer")
        customers = sorted(row[column] for row in rows[1:])
        assert customers == sorted(["'" + c for c in FULL_WIDTH] + ["华东精密"]), customers


def test_a_full_width_signed_figure_is_quoted_but_a_plain_one_stays_a_number():
    from kesu_docs.xlsxtext import plain_text

    assert plain_text("－12.50") == "'－12.50"  # (no figure a spreadsheet reads: shown as typed)
    assert plain_text("-12.50") == "-12.50" and plain_text("＝1") == "'＝1"


# ---------------------------------------------------------------------------------- links outside
def test_a_workbook_linking_outside_itself_is_read_warned_and_no_link_followed(tmp_path):
    """External links to a share, to ``file://`` a named pipe (anyone opening it would wait for
    ever) and to a SharePoint working copy: the form read from the values the file saved, the
    links named in a warning on the document, the pipe never opened, the link's cached value
    (``ACME Leaked``) nowhere."""
    from tests.test_hostile_inputs6 import kesu_process, parsed
    from tests.test_hostile_inputs12 import _linked

    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    targets = {
        "share.xlsx": "\\\\server\\share\\价格.xlsx",
        "local.xlsx": pipe.as_uri(),
        "working-copy.xlsx": "https://contoso.sharepoint.com/sites/QA/Shared%20Documents/价格.xlsx",
    }
    files = [_linked(tmp_path / name, target) for name, target in targets.items()]
    status, out, err, _peak = kesu_process("parse", *files, cwd=tmp_path, lang="en", timeout=120)
    assert status == 0 and "Traceback" not in err, (out, err)
    assert "ACME Leaked" not in out
    for read, target in zip(parsed(out), targets.values(), strict=True):
        assert read["valid"] and read["record"]["customer"] == "深圳市华星光电技术有限公司", read
        [said] = [w for w in read["warnings"] if w["code"] == "workbook_links_outside"]
        assert target in said["message"] and "neither opened" in said["message"], said
    plain = tmp_path / "plain.xlsx"
    plain.write_bytes((Path(__file__).resolve().parents[1] / "samples" / "complaint-valid.xlsx").read_bytes())
    [read] = parse_paths([plain])
    assert not any(w.code == "workbook_links_outside" for w in read.warnings)  # (only a linked one)


def test_a_data_connection_is_named_and_a_long_hostile_target_cut(tmp_path):
    from tests.test_hostile_inputs12 import _linked, _sample_parts, _workbook

    long_target = "file:///" + "a/" * 400 + "x.xlsx"
    linked = _linked(tmp_path / "long.xlsx", long_target)
    with zipfile.ZipFile(linked) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist()}
    [read] = parse_paths([linked])
    [said] = [w for w in read.warnings if w.code == "workbook_links_outside"]
    assert long_target[:60] in said.message("en") and long_target not in said.message("en")
    assert len(said.message("zh")) < 400
    connection = (
        b'<?xml version="1.0" encoding="UTF-8"?><connections xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><connection id="1" name="ERP" type="1" refreshedVersion="6">'
        b'<dbPr connection="DSN=erp;UID=sa;PWD=secret" command="SELECT 1"/></connection></connections>'
    )
    assert "xl/connections.xml" not in _sample_parts() and parts
    queried = _workbook(tmp_path / "query.xlsx", {"xl/connections.xml": connection})
    [read] = parse_paths([queried])
    [said] = [w for w in read.warnings if w.code == "workbook_links_outside"]
    assert "xl/connections.xml" in said.message("en") and "secret" not in said.message("en")
    assert read.valid


def test_a_damaged_or_hostile_link_part_costs_the_link_never_the_form(tmp_path):
    """A link's part that is not XML: the form read, the part named as the link. One declaring
    entities (a billion laughs) or inflating to 60 MB: refused as every such part is."""
    from hostile import MB, _zip_with

    from tests.test_hostile_inputs12 import _workbook

    member = "xl/externalLinks/_rels/externalLink1.xml.rels"
    broken = _workbook(tmp_path / "broken.xlsx", {member: b"<Relationships><oops"})
    [read] = parse_paths([broken])
    assert read.valid and read.record.customer == "深圳市华星光电技术有限公司", [e.code for e in read.errors]
    assert member in next(w for w in read.warnings if w.code == "workbook_links_outside").message("en")

    def bomb(m):
        m.write(b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/')
        m.write(b'2006/relationships">' + b" " * (60 * MB) + b"</Relationships>")

    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
        b"]><Relationships><Relationship Id='r' Target='&b;' TargetMode='External'/></Relationships>"
    )
    for name, write, code in (
        ("bomb", bomb, "limit_exceeded"),
        ("laughs", lambda m: m.write(laughs), "corrupt_file"),
    ):
        [read] = parse_paths([_zip_with(tmp_path / f"{name}.xlsx", {member: write})])
        assert read.fatal and [e.code for e in read.errors] == [code], name


# ---------------------------------------------------------------------------------- the page's sheets
def test_the_pages_own_sheets_keep_a_formula_like_customer_text(tmp_path, monkeypatch):
    """The page's monthly sheet and overdue list written without the reports package (an install
    whose package failed to import): a customer's ``=…`` / ``＝…`` was written bare by openpyxl, a
    live formula; now text with the quote prefix, as every other export."""
    import datetime as dt
    import sys

    from kesu_docs.register import Register
    from kesu_docs.web import managers

    db = _registered(tmp_path, ["=1+1", '＝HYPERLINK("http://evil.example")', "华东精密"], closed_date=None)
    import kesu_docs.reports

    monkeypatch.setitem(sys.modules, "kesu_docs.reports.monthly_html", None)  # (an import that fails)
    # (the package keeps a module imported by an earlier test as its attribute: gone too)
    monkeypatch.delattr(kesu_docs.reports, "monthly_html", raising=False)
    assert managers._reports() is None
    with Register.open(db) as register:
        month = managers.monthly_file(register, dt.date(2026, 9, 1), "xlsx", tmp_path / "m", "zh")
        late = managers.reminders(register, dt.date(2027, 6, 1), tmp_path / "r", "zh")
    assert month is not None and late.suffix == ".xlsx"
    assert _quoted_cells(late) and all(_quoted_cells(late).values()), _quoted_cells(late)
    assert {"=1+1"} <= set(_quoted_cells(late))
    assert all(_quoted_cells(month).values()), _quoted_cells(month)
