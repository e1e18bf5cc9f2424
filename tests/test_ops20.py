"""The register, the page and the reader's upkeep, the twentieth round: the batch check as one
function, the schema's redundant index dropped, the workbook beside a printed form read for its
noted cells only."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import sqlite_open

from kesu_docs.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


# ---------------------------------------------------------------------------------- one batch check
def test_the_batch_is_checked_and_its_same_numbers_warned_by_one_function(tmp_path):
    """``check_results`` then ``warn_same_numbers`` was written out at three call sites (the
    library's ``parse_paths``, ``kesu parse``/``validate``, the page): one ``check_batch`` now,
    the only caller of ``warn_same_numbers``; two files typed with one number are warned
    through each door."""
    from kesu_docs.parse import check_batch, parse_paths, read_paths

    package = ROOT / "kesu_docs"
    calling = {
        p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if re.search(r"\bwarn_same_numbers\(", p.read_text(encoding="utf-8"))
    }
    assert calling == {"same_numbers.py", "parse/reading.py"}, calling
    first = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    other = dict(first, customer="另一家客户")
    for name, record in (("a.json", first), ("b.json", other)):
        (tmp_path / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    files = [tmp_path / "a.json", tmp_path / "b.json"]
    for results in (
        parse_paths(files),
        check_batch(read_paths(files), shown=lambda s: "《" + Path(s).name + "》"),
    ):
        warned = [[w.code for w in r.warnings] for r in results]
        assert all("batch_same_number" in codes for codes in warned), warned
    assert "《a.json》" in next(w for w in results[0].warnings if w.code == "batch_same_number").message("zh")
    done = CliRunner().invoke(cli, ["parse", *map(str, files)], env={"KESU_LANG": "en"})
    assert done.output.count("batch_same_number") == 2, done.output


# ---------------------------------------------------------------------------------- schema 8
def _as_version_7(url: str) -> None:
    """The register at ``url`` (filed, printed) put back as version 7 left it: the print log's
    index of ``document_id`` alone (step 2 made it with the table), no schema_version 8 row."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE INDEX ix_prints_document_id ON prints (document_id)"))
        conn.execute(sa.text("DELETE FROM schema_version WHERE version >= 8"))
    engine.dispose()


def _print_indexes(url: str) -> tuple[int, set[str]]:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.connect() as conn:
        version = conn.scalar(sa.text("SELECT max(version) FROM schema_version"))
        names = {i["name"] for i in sa.inspect(conn).get_indexes("prints")}
    engine.dispose()
    return version, names


def _filed_and_upgraded(db: str, url: str, tmp_path: Path) -> None:
    from kesu_docs.register import Register, schema

    for run in ("first", "second"):
        done = CliRunner().invoke(
            cli, ["render", str(SAMPLES / "complaint-valid.xlsx"), "-o", str(tmp_path / run), "--db", db]
        )
        assert done.exit_code == 0, done.output
        if run == "first":
            _as_version_7(url)
            assert _print_indexes(url) == (7, {"ix_prints_document_id", "ix_prints_revision"})
    assert _print_indexes(url) == (schema.LATEST, {"ix_prints_revision"})  # upgraded by the second run
    with Register.open(db) as register:
        [document] = register.documents()
        assert document.number == "202609001" and document.revision == 1  # the same form: one document
        assert register.unprinted() == []


def test_a_version_7_sqlite_register_drops_the_print_logs_redundant_index(tmp_path):
    """Version 7's ``ix_prints_revision (document_id, revision)`` begins with the document: the
    index of the document alone was a second one to write with every print. Version 8 drops it
    from a real version-7 file (filed, printed), keeps what it holds, and reads its prints by
    the remaining index; a new register never makes it."""
    import sqlite3

    from kesu_docs.register import schema

    db = tmp_path / "kesu.db"
    _filed_and_upgraded(str(db), f"sqlite:///{db}", tmp_path)
    plan = " ".join(
        str(row)
        for row in sqlite3.connect(db).execute(
            "EXPLAIN QUERY PLAN SELECT revision FROM prints WHERE document_id = 1"
        )
    )
    assert "ix_prints_revision" in plan, plan
    new = tmp_path / "new.db"
    done = CliRunner().invoke(
        cli, ["render", str(SAMPLES / "complaint-valid.xlsx"), "-o", str(tmp_path / "n"), "--db", str(new)]
    )
    assert done.exit_code == 0, done.output
    assert _print_indexes(f"sqlite:///{new}") == (schema.LATEST, {"ix_prints_revision"})


def test_a_version_7_postgres_register_drops_the_print_logs_redundant_index(pg_url, tmp_path):
    """The same on PostgreSQL (a real server, the version-7 register made there)."""
    url = pg_url.replace("postgresql://", "postgresql+psycopg://", 1)
    _filed_and_upgraded(pg_url, url, tmp_path)


# ---------------------------------------------------------------------------------- print notes
def test_the_workbook_beside_a_print_is_read_whole_only_when_a_noted_cell_holds_a_printed_value(tmp_path):
    """print_notes read the whole workbook beside a PDF whenever it had a note (a template's
    hint notes on its headings: 28 sheets read for nothing). Its noted cells are looked at
    first (their stored values, shared strings and merged ranges followed): a note on the
    title or on a value the print does not show costs no read of the workbook; a note on a
    value it shows still is warned."""
    import datetime as dt

    from helpers import sheet_from_rows, soffice_convert

    from kesu_docs.parse.print_notes import with_workbook_notes
    from kesu_docs.parse.reading import extract_file

    rows = [
        ["客户抱怨处理单"],
        ["客诉编号", "CS-2611-0042", "受理日期", dt.datetime(2026, 11, 3)],
        ["客户名称", "华东精密", "料号", "DX-LED-0330"],
        ["品名", "LED 灯板", "不良数量", 36],
        ["异常描述", "灯板色温偏差，客户来料检验发现 36 片。"],
        ["客户要求", "换货"],
    ]
    book = sheet_from_rows(tmp_path, rows, name="客诉单.xlsx", width=24, notes={"A1": "模板 v3，勿改标题"})
    pdf = soffice_convert(book, "pdf", tmp_path / "print")
    beside = tmp_path / pdf.name
    shutil.move(pdf, beside)
    asked: list[Path] = []

    def read_file(path, kind):
        asked.append(path)
        return extract_file(path, kind)

    printed, _ = extract_file(beside, None)
    assert with_workbook_notes(beside, printed, None, read_file) == printed
    assert asked == [] and not [p for p in printed[0].problems if "workbook" in p.code]
    # a figure, a text, a choice (换货 on the sheet, the code replacement in the record)
    for noted in ({"D4": "更正：應為 56"}, {"B3": "待确认"}, {"B6": "客户改为退货"}):
        sheet_from_rows(tmp_path, rows, name="客诉单.xlsx", width=24, notes=noted)
        printed, _ = extract_file(beside, None)
        asked.clear()
        with_workbook_notes(beside, printed, None, read_file)
        assert asked == [book], noted
        assert [p for p in printed[0].problems if "workbook" in p.code], (noted, printed[0].problems)


# ---------------------------------------------------------------------------------- the page's filing
def _inbox(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    first = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    first.pop("number", None)
    out = []
    for i in range(count):
        path = folder / f"{i:02d}.json"
        path.write_text(json.dumps(dict(first, customer=f"客户{i}"), ensure_ascii=False), encoding="utf-8")
        out.append(path)
    return out


def test_the_pages_filing_logs_each_forms_prints_with_the_next_forms_numbering(tmp_path):
    """The page files form by form, asking its stop button between forms: each form was two
    write transactions (its numbering, then its print log). Form k's prints are logged in the
    transaction numbering form k+1 (the last form's, and a stop's, on their own): one write a
    form; every document written has its original logged, no number is issued twice, and a stop
    between forms leaves whole forms — numbered, written, logged — and the rest not numbered."""
    import sqlalchemy as sa

    from kesu_docs.filing import Cut, render_paths
    from kesu_docs.register import Register

    files = _inbox(tmp_path / "in", 6)
    with Register.open(tmp_path / "k.db", create=True) as register:
        writes = [0]  # SQLite's write transactions: BEGIN IMMEDIATE

        def count(_conn, _cursor, statement, *_args):
            writes[0] += statement.lstrip().upper().startswith("BEGIN IMMEDIATE")

        sa.event.listen(register._engine, "before_cursor_execute", count)
        filed = render_paths(files, tmp_path / "out", register=register, stop=lambda: False)
        assert writes[0] == 6 + 1, writes  # a form each, the last form's prints on their own (was 12)
        numbers = [d.number for d in register.documents()]
        assert sorted(numbers) == sorted(f.number for f in filed) and len(set(numbers)) == 6
        assert register.unprinted() == []  # every original logged, the last form's too
        assert all(f.printed == "original" for f in filed), [f.printed for f in filed]
    asked = [0]

    def stop_at_the_third_question() -> bool:
        asked[0] += 1
        return asked[0] >= 3

    files = _inbox(tmp_path / "in2", 5)
    with Register.open(tmp_path / "k2.db", create=True) as register:
        with pytest.raises(Cut) as cut:  # (a stop ends the batch as the page's worker sees it)
            render_paths(files, tmp_path / "out2", register=register, stop=stop_at_the_third_question)
        assert [f.printed for f in cut.value.filed] == ["original", "original"], cut.value.filed
        documents = register.documents()
        assert len(documents) == 2, [d.number for d in documents]  # two forms filed, whole
        assert register.unprinted() == []  # their prints logged when the stop came
    written = sorted(p.name for p in (tmp_path / "out2").glob("*.docx"))
    assert len(written) == 2, written


def test_a_noted_sheet_of_cells_never_closed_is_looked_at_in_a_moment():
    """The noted cells' look (print_notes) finds a cell's end within a cell's most: 200,000
    openings of the noted cell, never closed, were each scanned to the part's end (30 s); each
    reference is looked at once, its end sought in 256 kB. A namespaced part reads as Excel's."""
    import io
    import time
    import zipfile

    from kesu_docs.parse.print_notes import _cell_texts

    def part(xml: bytes) -> zipfile.ZipFile:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("s.xml", xml)
        return zipfile.ZipFile(buf)

    hostile = part(b"<worksheet><sheetData>" + b'<c r="A1" t="s">' * 200_000 + b"</sheetData></worksheet>")
    started = time.process_time()
    assert _cell_texts(hostile, "s.xml", {"A1"}, {}) == []
    assert time.process_time() - started < 5
    wanted: dict[int, None] = {}
    prefixed = part(
        b'<x:sheetData><x:c r="A1" t="s"><x:v>3</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>Hi &amp; c&gt;'
        b'</x:t></x:is></x:c><x:c r="C3"><x:v>46329</x:v></x:c></x:sheetData>'
    )
    assert _cell_texts(prefixed, "s.xml", {"A1", "B2", "C3"}, wanted) == [
        "\x003",
        "Hi & c>",
        "46329",
        "\x012026 11 3",
    ]
    assert wanted == {3: None}


def test_a_numbering_that_fails_leaves_the_form_before_it_logged_all_the_same(tmp_path):
    """The page logs form k's prints in the transaction numbering form k+1. When that numbering
    fails (here the register's counters are gone when form 2 is numbered: another program's
    doing, a real failure of the real file), form 1 — numbered, written and handed over as
    filed — still has its original logged by the batch's end, not dropped with the failure."""

    from kesu_docs.filing import render_paths
    from kesu_docs.register import Register, RegisterError

    files = _inbox(tmp_path / "in", 3)
    db = tmp_path / "k.db"
    asked = [0]

    def counters_gone_before_the_second_form() -> bool:
        asked[0] += 1
        if asked[0] == 2:
            with sqlite_open(db) as other:
                other.execute("ALTER TABLE counters RENAME TO counters_gone")
        return False

    with Register.open(db, create=True) as register:
        with pytest.raises(RegisterError):  # (the numbering of form 2 fails: said, the batch ends)
            render_paths(
                files, tmp_path / "out", register=register, stop=counters_gone_before_the_second_form
            )
    with sqlite_open(db) as other:
        other.execute("ALTER TABLE counters_gone RENAME TO counters")
    with Register.open(db) as register:
        documents = register.documents()
        assert len(documents) == 1, [d.number for d in documents]
        assert register.unprinted() == []  # form 1's original logged (it was lost)
