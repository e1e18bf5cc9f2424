"""``kesu register export`` read through sqlite3 (register/sheet_read.py, issue 15), and after an upgrade.

Real SQLite registers (and a real PostgreSQL server): every kind of document at every stage of
a case, the export's rows stored; the export read through the lite reader is the export read
through SQLAlchemy, byte for byte, and imports no SQLAlchemy; the same SQL text exports a
PostgreSQL register to the same bytes. After an upgrade (the rows' layout changed) the export
of a writable register stores the rows once, and says so; a read-only one is exported from
the records in memory, and says why.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import complaint, python_process, sqlite_open

from kesu_docs import forms
from kesu_docs.cli import cli
from kesu_docs.register import Register
from kesu_docs.register.lite import LiteRegister
from kesu_docs.reports import tracking

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DAYS = [dt.date(2026, 9, 10), dt.date(2026, 11, 30)]


def _followup(kind: str, case: str, **changes):
    values = json.loads((SAMPLES / f"{kind}-valid.json").read_text(encoding="utf-8"))
    values.pop("kind")
    values.update(complaint_number=case, **changes)
    return forms.get(kind).model.model_validate(values)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """90 complaints over three months (open, overdue, closed on time and late, void, a formula
    in a customer's name), 8D reports, return notes and allowance certificates filed against
    some (one of each kind void), a revision, a re-print, a note; every export row stored."""
    path = tmp_path_factory.mktemp("lite-export") / "kesu.db"
    batch = []
    for i in range(90):
        month, day = 7 + i % 3, 1 + i % 28
        extra: dict = {}
        if i % 3 == 0:
            late = 30 if i % 2 else 4
            extra = dict(disposition="退货", cause_category="包装", loss_amount=f"{i}.50")
            extra["closed_date"] = (dt.date(2026, month, day) + dt.timedelta(days=late)).isoformat()
        customer = '=HYPERLINK("x")' if i % 11 == 0 else f"客户{i:02d}"
        batch.append(
            (complaint(customer, received=f"2026-{month:02d}-{day:02d}", **extra), f"h{i}", f"{i}.xlsx")
        )
    with Register.open(path) as reg:
        cases = [d.number for d in reg.issue_many(batch)]
        for n, kind in enumerate(("8d", "return", "allowance") * 4):
            filed = reg.issue(
                _followup(kind, cases[n * 5]), source_hash=f"{kind}{n}", source=f"{kind}-{n}.json"
            )
            if n in (3, 7, 11):  # one of each kind void
                reg.void(filed.number, "填错案件", kind=kind)
        reg.void(cases[4], "重复登记")
        reg.amend(
            complaint(
                "客户01", received="2026-08-02", number=cases[1], closed_date="2026-08-20", disposition="换货"
            ),
            source_hash="rev",
            source="修订.xlsx",
        )
        reg.reprint(cases[2])
        reg.log(cases[6], "reminder", "催办 <第一次>")
        reg.build_sheet_rows()
        assert reg.sheet_rows_missing() == 0
    return path


def _lite_export(path: Path, out: Path, as_of: dt.date, lang: str = "zh") -> bytes:
    with LiteRegister.open(path) as lite:
        tracking.export(lite, out, as_of=as_of, lang=lang)
        assert lite._full is None  # read through sqlite3 only: no SQLAlchemy register opened
    return out.read_bytes()


def _register_export(target, out: Path, as_of: dt.date, lang: str = "zh") -> bytes:
    with Register.open(target, read_only=True) as reg:
        tracking.export(reg, out, as_of=as_of, lang=lang)
    return out.read_bytes()


@pytest.mark.parametrize("as_of", DAYS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_lite_export_is_the_sqlalchemy_export_byte_for_byte(db, tmp_path, as_of, lang):
    lite = _lite_export(db, tmp_path / "lite.xlsx", as_of, lang)
    assert lite == _register_export(db, tmp_path / "register.xlsx", as_of, lang)
    assert len(lite) > 10_000


@pytest.mark.parametrize("as_of", DAYS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_kept_rows_export_is_the_export_from_the_records_in_either_language(db, tmp_path, as_of, lang):
    """The rows are kept as the Chinese export writes them; an English export puts its words in
    (status, severity, case, event) and is the English export made cell by cell from the records."""
    with LiteRegister.open(db) as lite:
        tracking.export(lite, tmp_path / "kept.xlsx", as_of=as_of, lang=lang)
        assert lite._full is None and not lite.exported_from_records  # the kept rows, through sqlite3
    copy = tmp_path / "records.db"  # no tables of kept rows: exported from the records, cell by cell
    shutil.copy(db, copy)
    with sqlite_open(copy) as conn:
        conn.executescript("DROP TABLE log_rows; DROP TABLE tracking_rows; DROP TABLE sheet_rows;")
    conn.close()
    with Register.open(copy, read_only=True) as reg:
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=as_of, lang=lang)
        assert reg.exported_from_records
    assert (tmp_path / "kept.xlsx").read_bytes() == made.read_bytes()


def test_an_english_export_of_the_kept_rows_has_english_words(db, tmp_path):
    from openpyxl import load_workbook

    _lite_export(db, tmp_path / "r.xlsx", DAYS[1], "en")
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert book.sheetnames[1:] == ["Register", "Case log"]
    register = [row for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert {row[3] for row in register} >= {"issued", "void", "re-printed"}
    assert {row[11] for row in register} == {"open", "closed"}
    log = [row[3] for row in book.worksheets[2].iter_rows(min_row=2, values_only=True)]
    assert {"issued", "void", "reminder"} <= set(log)


def test_every_kind_and_stage_is_in_the_export(db, tmp_path):
    from openpyxl import load_workbook

    _lite_export(db, tmp_path / "r.xlsx", DAYS[1])
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    register = [row for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert {row[1] for row in register} == {"complaint", "8d", "return", "allowance"}
    assert len(register) == 102
    cases = [row for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert len(cases) == 90 and len({row[13] for row in cases}) >= 2  # several stages
    assert all(any(row[column] for row in cases) for column in (18, 19, 20))  # 8D, return, allowance


def test_the_cli_export_imports_no_sqlalchemy_nor_form_models_and_writes_the_same_file(db, tmp_path):
    """The columns' widths are kept with the rows (made at build_sheet_rows): the export of
    another day puts in its cells of the day, and needs neither SQLAlchemy nor the form models."""
    out = tmp_path / "cli.xlsx"
    args = ["register", "export", "-o", str(out), "--as-of", "2026-11-30", "--db", str(db)]
    script = (
        "import sys\n"
        "from kesu_docs.cli import cli\n"
        "try:\n"
        f"    cli.main({args!r}, standalone_mode=False)\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.startswith('kesu_docs.forms')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout[-500:]
    assert out.read_bytes() == _register_export(db, tmp_path / "e.xlsx", DAYS[1])


def _records_export(path: Path, out: Path, as_of: dt.date, lang: str = "zh") -> bytes:
    """The export made cell by cell from the records (a copy without the kept rows' tables)."""
    copy = out.with_suffix(".db")
    shutil.copy(path, copy)
    with sqlite_open(copy) as conn:
        conn.executescript("DROP TABLE log_rows; DROP TABLE tracking_rows; DROP TABLE sheet_rows;")
    conn.close()
    with Register.open(copy, read_only=True) as reg:
        tracking.export(reg, out, as_of=as_of, lang=lang)
        assert reg.exported_from_records
    return out.read_bytes()


def test_the_kept_widths_follow_the_first_rows(db, tmp_path):
    """A first case's responsible unit made wide: the export that makes its row keeps the widths of the
    new first rows; the next (through sqlite3 only) reads them; both are the records' export."""
    path = tmp_path / "kesu.db"
    shutil.copy(db, path)
    with Register.open(path) as reg:
        first = reg.documents(kind="complaint", limit=1)[0]
        wide = complaint(
            first.customer, received="2026-07-01", number=first.number, responsible_unit="宽" * 30
        )
        reg.amend(wide, source_hash="wide", source="宽.xlsx")
    with Register.open(path) as reg:
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=DAYS[1]).read_bytes()
        assert not reg.exported_from_records
    records = _records_export(path, tmp_path / "records.xlsx", DAYS[1])
    assert made == records
    with sqlite_open(path) as conn:  # kept with the digest of the new first rows
        kept = json.loads(
            conn.execute("SELECT value FROM register_meta WHERE key = 'export_widths:zh'").fetchone()[0]
        )
    assert kept["widths"][0][11] == 60  # the responsible unit's widest: thirty wide characters
    for as_of in DAYS:
        assert _lite_export(path, tmp_path / "lite.xlsx", as_of) == _records_export(
            path, tmp_path / f"records-{as_of}.xlsx", as_of
        )


def test_a_write_after_the_rows_were_stored_is_exported_through_the_register(db, tmp_path):
    path = tmp_path / "kesu.db"
    shutil.copy(db, path)
    with Register.open(path) as reg:
        reg.issue(complaint("新客户", received="2026-09-09"), source_hash="new", source="new.xlsx")
    with LiteRegister.open(path) as lite:
        made = tracking.export(lite, tmp_path / "lite.xlsx", as_of=DAYS[1]).read_bytes()
        assert lite._full is not None  # a row to make from its record: the register made it
        lite.keep_sheet_rows()
    assert made == _register_export(path, tmp_path / "register.xlsx", DAYS[1])
    assert _lite_export(path, tmp_path / "again.xlsx", DAYS[1]) == made  # and stored it


def test_the_same_sql_text_exports_a_postgres_register_to_the_same_bytes(db, tmp_path, pg_url):
    from kesu_docs.register import transfer_register

    transfer_register(db, pg_url)  # the export's rows are a cache: not copied
    with Register.open(pg_url) as server:
        assert server.build_sheet_rows() > 0
    for as_of in DAYS:
        for lang in ("zh", "en"):
            lite = _lite_export(db, tmp_path / "lite.xlsx", as_of, lang)
            assert _register_export(pg_url, tmp_path / "pg.xlsx", as_of, lang) == lite


# ---------------------------------------------------------------------- the English segments kept
def _from_records(path: Path, tmp_path: Path, as_of: dt.date, lang: str) -> bytes:
    """The export of ``path`` made cell by cell from the records (a copy without kept rows)."""
    copy = tmp_path / "records.db"
    shutil.copy(path, copy)
    with sqlite_open(copy) as conn:
        conn.executescript("DROP TABLE log_rows; DROP TABLE tracking_rows; DROP TABLE sheet_rows;")
    conn.close()
    with Register.open(copy, read_only=True) as reg:
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=as_of, lang=lang).read_bytes()
        assert reg.exported_from_records
    return made


def _kept_export(path: Path, out: Path, lang: str) -> tuple[bytes, bool]:
    """The CLI's export of ``path`` (what it made kept after it); whether the segments kept in
    ``lang`` changed."""
    before = _kept(path, lang)
    with LiteRegister.open(path) as lite:
        data = tracking.export(lite, out, as_of=DAYS[1], lang=lang).read_bytes()
        lite.keep_sheet_rows()
    return data, _kept(path, lang) != before


def _kept(path: Path, lang: str) -> set[tuple]:
    """The segments kept in ``lang`` (sheet, first key, CRC-32)."""
    with sqlite_open(path) as conn:
        names = ("register:en", "log:en") if lang == "en" else ("register", "log")
        query = "SELECT sheet, first_id, crc FROM sheet_chunks WHERE sheet IN (?, ?)"
        found = set(conn.execute(query, names).fetchall())
    conn.close()
    return found


def _kept_sheets(path: Path) -> set[str]:
    with sqlite_open(path) as conn:
        found = {row[0] for row in conn.execute("SELECT DISTINCT sheet FROM sheet_chunks")}
    conn.close()
    return found


def test_an_english_export_keeps_its_segments_and_they_follow_every_write(db, tmp_path):
    """The first English export stores its segments beside the Chinese ones; the next one
    joins them (makes none); after a write, whichever export comes first, the English export
    is still the one made from the records, byte for byte."""
    path = tmp_path / "kesu.db"
    shutil.copy(db, path)
    with sqlite_open(path) as conn:  # (the module's register may hold English ones already)
        conn.execute("DELETE FROM sheet_chunks WHERE sheet LIKE '%:en'")
    conn.close()
    first, made = _kept_export(path, tmp_path / "1.xlsx", "en")
    assert made and {"register:en", "log:en"} <= _kept_sheets(path)
    again, made = _kept_export(path, tmp_path / "2.xlsx", "en")
    assert not made and again == first == _from_records(path, tmp_path, DAYS[1], "en")
    with Register.open(path) as reg:  # a complaint void: its status, the case and the log change
        complaints = reg.documents(kind="complaint")
        reg.void(complaints[10].number, "重复登记")
        reg.issue(complaint("新客户", received="2026-09-09"), source_hash="new", source="new.xlsx")
    zh, _ = _kept_export(path, tmp_path / "zh.xlsx", "zh")  # stores the rows made again
    assert zh == _from_records(path, tmp_path, DAYS[1], "zh")
    after, made = _kept_export(path, tmp_path / "3.xlsx", "en")
    assert made and after != first and after == _from_records(path, tmp_path, DAYS[1], "en")
    with Register.open(path) as reg:  # a write, then the English export first
        reg.void(complaints[20].number, "重复登记")
    after, made = _kept_export(path, tmp_path / "4.xlsx", "en")
    assert made and after == _from_records(path, tmp_path, DAYS[1], "en")
    assert _kept_export(path, tmp_path / "5.xlsx", "en") == (after, False)


def test_a_postgres_register_keeps_english_segments_by_the_same_sql_text(db, tmp_path, pg_url):
    from kesu_docs.register import transfer_register

    transfer_register(db, pg_url)
    with Register.open(pg_url) as server:
        server.build_sheet_rows()
    lite = _lite_export(db, tmp_path / "lite.xlsx", DAYS[1], "en")
    for n in range(2):
        with Register.open(pg_url) as server:
            out = tmp_path / f"pg{n}.xlsx"
            assert tracking.export(server, out, as_of=DAYS[1], lang="en").read_bytes() == lite
            server.keep_sheet_rows()
            with server._engine.connect() as conn:
                kept = {row[0] for row in conn.exec_driver_sql("SELECT DISTINCT sheet FROM sheet_chunks")}
            assert {"register:en", "log:en"} <= kept


# ---------------------------------------------------------------------- after an upgrade
def _upgraded(db: Path, tmp_path: Path) -> Path:
    """A copy whose stored rows follow another layout, as after a new program or other deadlines."""
    copy = tmp_path / "upgraded.db"
    shutil.copy(db, copy)
    with sqlite_open(copy) as conn:
        conn.execute("UPDATE register_meta SET value = 'an earlier program' WHERE key = 'sheet_rows'")
    conn.close()
    return copy


def kesu(*args: str):
    return CliRunner(env={"KESU_DB": ""}).invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def few_made_at_export(monkeypatch):
    """An export makes at most 20 documents' rows itself (the fixture holds 102): the rule of
    100,000 documents, which an export cannot make in under a second, on a small register."""
    from kesu_docs.register import sheet_store

    monkeypatch.setattr(sheet_store, "MADE_AT_EXPORT", 20)


def test_after_an_upgrade_the_export_stores_the_rows_once_and_says_so(db, tmp_path, few_made_at_export):
    path = _upgraded(db, tmp_path)
    with Register.open(path, read_only=True) as reg:
        assert reg.sheet_rows_missing() != 0
    args = ["register", "export", "--as-of", "2026-11-30", "--db", str(path)]
    first = kesu(*args, "-o", str(tmp_path / "1.xlsx"))
    assert first.exit_code == 0, first.output
    assert "导出行已随程序或期限设置更新：已为 102 份文件重新生成并写入登记簿（仅此一次）" in first.output
    with Register.open(path, read_only=True) as reg:
        assert reg.sheet_rows_missing() == 0
    second = kesu(*args, "-o", str(tmp_path / "2.xlsx"), "--lang", "en")
    assert second.exit_code == 0 and "made again" not in second.output and "导出行" not in second.output
    expected = _register_export(db, tmp_path / "e.xlsx", DAYS[1])
    assert (tmp_path / "1.xlsx").read_bytes() == expected
    assert _lite_export(path, tmp_path / "3.xlsx", DAYS[1]) == expected  # read as stored


def test_after_an_upgrade_the_export_says_so_in_english(db, tmp_path, few_made_at_export):
    path = _upgraded(db, tmp_path)
    told = kesu("register", "export", "-o", str(tmp_path / "r.xlsx"), "--db", str(path), "--lang", "en")
    assert told.exit_code == 0, told.output
    assert "The export's rows changed with the program or the deadlines: made again and stored for 102" in (
        told.output
    )


def test_after_an_upgrade_a_read_only_register_is_exported_from_its_records_and_says_why(
    db, tmp_path, few_made_at_export
):
    path = _upgraded(db, tmp_path)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    told = kesu(
        "register", "export", "-o", str(tmp_path / "r.xlsx"), "--as-of", "2026-11-30", "--db", read_only
    )
    assert told.exit_code == 0, told.output
    assert "102 份文件的导出行已过期或尚未生成，而登记簿只读（或正被占用），无法写入" in told.output
    with sqlite_open(path) as conn:  # nothing written
        found = conn.execute("SELECT value FROM register_meta WHERE key = 'sheet_rows'").fetchone()
    conn.close()
    assert found == ("an earlier program",)
    assert (tmp_path / "r.xlsx").read_bytes() == _register_export(db, tmp_path / "e.xlsx", DAYS[1])


def test_an_install_of_bytecode_only_exports_the_same_file(db, tmp_path, monkeypatch):
    """An install that ships only ``.pyc`` (compiled with ``compileall -b``, every ``.py`` of
    the package removed): the export does not fail for the modules it digests, imports no form
    model and writes the same file as this tree's ``kesu register export``. Its digest is of the
    bytecode, not the text, so its rows are another layout: the first export makes them again
    (and keeps them), the next reads them as kept.

    Both exports are processes of their own, in the test's folder, with the same clean
    environment: the caller's ``KESU_LANG`` or ``KESU_CONFIG``, or a ``kesu.toml`` where pytest
    runs (a worktree's), once made the compiled install's export differ from an export made in
    pytest's process (another language, other deadlines) — set here to show they no longer do."""
    import kesu_docs

    monkeypatch.setenv("KESU_LANG", "en")  # (the caller's: never the exports')
    clerk = tmp_path / "clerk"
    clerk.mkdir()
    (clerk / "kesu.toml").write_text("[deadlines]\ndomestic_days = 3\n", encoding="utf-8")
    monkeypatch.chdir(clerk)  # (where pytest runs: a kesu.toml of its own)
    installed = tmp_path / "install"
    shutil.copytree(
        Path(kesu_docs.__file__).parent, installed / "kesu_docs", ignore=shutil.ignore_patterns("__pycache__")
    )
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-b", str(installed)], check=True, timeout=300)
    for source in (installed / "kesu_docs").rglob("*.py"):
        source.unlink()
    path = tmp_path / "kesu.db"
    shutil.copy(db, path)
    export = ["register", "export", "--as-of", "2026-11-30"]
    shutil.copy(db, tmp_path / "source.db")
    made = python_process(
        "-m",
        "kesu_docs",
        *export,
        "-o",
        str(tmp_path / "source.xlsx"),
        "--db",
        str(tmp_path / "source.db"),
        cwd=tmp_path,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr[-2000:]
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(installed)!r})\n"
        "from kesu_docs.cli import cli\n"
        "assert cli.__module__ and __import__('kesu_docs').__file__.endswith('.pyc')\n"
        "cli.main(sys.argv[1:], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith('kesu_docs.forms')))\n"
    )
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"{n}.xlsx"
        done = python_process(
            "-c", script, *export, "-o", str(out), "--db", str(path), cwd=tmp_path, timeout=300
        )
        assert done.returncode == 0, done.stderr[-2000:]
        outputs.append(done.stdout)
        assert out.read_bytes() == (tmp_path / "source.xlsx").read_bytes()
    # made again once (through the form models), then read as kept (no form model imported)
    assert outputs[0].strip().splitlines()[-1] != "[]", outputs[0][-500:]
    assert outputs[1].strip().splitlines()[-1] == "[]", outputs[1][-500:]
