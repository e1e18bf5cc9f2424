"""The read-only SQLite reader (register/lite.py, issue 15) answers as the SQLAlchemy register does.

Real SQLite registers: the same documents, counts, linked kinds and closed counts for every
filter of ``kesu register list`` and of a monthly report; the same export and monthly files,
byte for byte; a register written by an older version still read (upgraded first); and the
reading commands import no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import complaint, version_1_register

from kesu_docs import forms
from kesu_docs.register import Register, queries, schema
from kesu_docs.register.lite import LiteRegister, open_reading

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CAUSES = ["物料", "作业方法", "包装"]


def _complaint(i: int):
    month, day = 8 + i % 3, 1 + i % 27
    extra: dict = dict(market="国内" if i % 4 else "国外", order_no=f"PO-{i:03d}")
    if i % 2 == 0:
        extra.update(cause_category=CAUSES[i % 3], root_cause="炉温漂移", responsible_unit="生产部")
    if i % 3 == 0:
        closed = dt.date(2026, month, day) + dt.timedelta(days=5 if i % 9 else 30)
        extra.update(disposition="退货", loss_amount=f"{100 + i}.50", closed_date=closed.isoformat())
    return complaint(f"客户{i % 7}_{i}", received=f"2026-{month:02d}-{day:02d}", **extra)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """60 complaints over three months (closed on time and late, investigated or not), two
    void, one re-printed; an 8D and a return note filed for 202609001."""
    path = tmp_path_factory.mktemp("lite") / "kesu.db"
    with Register.open(path) as reg:
        reg.issue_many([(_complaint(i), f"h{i}", f"收件箱/客诉-{i}.xlsx") for i in range(60)])
        for name in ("8d-valid.json", "return-valid.json"):
            values = json.loads((SAMPLES / name).read_text(encoding="utf-8"))
            kind = values.pop("kind")
            reg.issue(forms.get(kind).model.model_validate(values), source_hash=name, source=name)
        reg.void("202608002", "重复登记")
        reg.void("202610003", "录入错误")
        reg.reprint("202609004")
    return path


FILTERS = [
    {},
    {"kind": "complaint"},
    {"kind": "complaint", "period": "2026-09"},
    {"period": "202610"},
    {"status": "void"},
    {"status": "re-printed"},
    {"number": "202609001"},
    {"search": "客户3"},
    {"search": "客户3 po-0"},
    {"search": "100%_\\"},
    *({"case_status": s, "as_of": dt.date(2026, 10, 15)} for s in queries.CASE_STATUSES),
    {"closed_between": (dt.date(2026, 9, 1), dt.date(2026, 9, 30))},
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "all")
def test_the_lists_are_the_same_documents(db, filters):
    with Register.open(db, read_only=True) as full, LiteRegister.open(db) as lite:
        for order in ({}, {"newest_first": True}, {"limit": 7, "offset": 3}, {"offset": 5}):
            expected = full.documents(**filters, **order)
            assert lite.documents(**filters, **order) == expected
        assert lite.documents(**filters, fields=("record", "closed_date")) == full.documents(
            **filters, fields=("record", "closed_date")
        )
        if "closed_between" not in filters:
            assert lite.count(**filters) == full.count(**filters) == len(full.documents(**filters))


def test_a_list_has_something_to_compare(db):
    """The comparisons above are not of empty lists."""
    with LiteRegister.open(db) as lite:
        assert lite.count() == 62
        assert lite.count(status="void") == 2
        assert lite.count(case_status="closed_late", as_of=dt.date(2026, 10, 15)) > 0
        assert lite.count(search="客户3") > 0
        [doc] = lite.documents(number="202609004")
        assert doc.reprints == 1 and doc.reprinted_at.tzinfo is not None and isinstance(doc.record, dict)


def test_linked_kinds_and_closed_counts_are_the_same(db):
    with Register.open(db, read_only=True) as full, LiteRegister.open(db) as lite:
        assert lite.linked_kinds() == full.linked_kinds() == {"202609001": {"8d", "return"}}
        assert lite.linked_kinds(["202609001", "202609002"]) == full.linked_kinds(["202609001", "202609002"])
        assert lite.linked_kinds([]) == full.linked_kinds([]) == {}
        span = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        counted = full.closed_counts("cause_category", *span)
        assert sorted(lite.closed_counts("cause_category", *span), key=repr) == sorted(counted, key=repr)
        assert counted and all(isinstance(day, dt.date) for _, day, _ in counted)


def test_what_it_does_not_do_itself_the_register_does(db):
    with LiteRegister.open(db) as lite:
        assert [e.event for e in lite.events("202609004")] == ["issued", "re-printed"]
        assert lite.get("202608002").void_reason == "重复登记"


def test_the_export_and_the_monthly_report_are_the_same_files(db, tmp_path):
    from kesu_docs.reports import monthly, monthly_html
    from kesu_docs.reports.tracking import export

    made: dict[str, list[bytes]] = {"xlsx": [], "html": [], "export": []}
    for opened in (lambda: Register.open(db, read_only=True), lambda: LiteRegister.open(db)):
        with opened() as reg:
            report = monthly.monthly_report(reg, "2026-09")
            out = tmp_path / f"{type(reg).__name__}"
            out.mkdir()
            monthly.write_xlsx(report, out / "m.xlsx")
            monthly_html.write_html(report, out / "m.html")
            export(reg, out / "r.xlsx", as_of=dt.date(2026, 10, 15))
        made["xlsx"].append((out / "m.xlsx").read_bytes())
        made["html"].append((out / "m.html").read_bytes())
        made["export"].append((out / "r.xlsx").read_bytes())
        assert len(report.cases) > 3  # a month with closed cases to compare
    for name, (first, second) in made.items():
        assert first == second, name


def test_a_current_sqlite_file_is_read_by_the_lite_reader_others_by_the_register(db, tmp_path):
    with open_reading(db) as reg:
        assert isinstance(reg, LiteRegister)
    with open_reading(f"sqlite:///{db}") as reg:
        assert isinstance(reg, LiteRegister)
    with pytest.raises(Exception) as refused:
        open_reading(tmp_path / "none.db")
    assert getattr(refused.value, "code", None) == "register_missing"


def test_the_columns_as_stored_are_the_schemas():
    """queries' columns (their storage, the batch's defaults) are read from register/_columns.py,
    the index written from schema's tables (render32): the file as committed is the one they
    make — else ``python -c "from kesu_docs.register.schema import write_columns_index;
    write_columns_index()"``."""
    from kesu_docs.register import _columns

    assert Path(_columns.__file__).read_text(encoding="utf-8") == schema.columns_index_text()
    kinds = schema.STORAGE  # (schema's types read the other way)
    declared = tuple((c.name, kinds[type(c.type).__name__]) for c in schema.documents.c)
    assert declared == queries.DOCUMENT_COLUMNS
    for table, columns in queries.WRITTEN_COLUMNS.items():  # (the batch's inserts, jobs31)
        written = schema.metadata.tables[table].c
        assert tuple((c.name, kinds[type(c.type).__name__]) for c in written) == columns
        assert queries.DEFAULTS[table] == {c.name: c.default.arg for c in written if c.default is not None}
    assert queries.DEFAULTS["events"] == {"detail": ""} and queries.DEFAULTS["documents"]["revision"] == 1
    assert queries.SCHEMA_VERSION == schema.LATEST


def test_a_register_written_by_an_older_version_is_upgraded_then_read(tmp_path):
    """A version-1 register (as the first release wrote it): listed through the register
    (which upgrades it), then by the lite reader, the same documents."""
    path = tmp_path / "old.db"
    version_1_register(path, [(complaint("老客户").model_dump(mode="json"), "issued")], dt.date(2026, 9, 3))
    assert LiteRegister.open(path) is None  # not current: the register opens it
    with open_reading(path) as reg:
        assert not isinstance(reg, LiteRegister)
        before = reg.documents()
    with open_reading(path) as lite:  # upgraded where it could be written
        assert isinstance(lite, LiteRegister)
        assert lite.documents() == before and [d.number for d in before] == ["202609001"]
        assert lite.documents(search="老客户") == before


@pytest.mark.parametrize(
    "args",
    [
        ["register", "list", "--period", "202609"],
        ["register", "list", "--search", "客户3", "--format", "tsv"],
        ["report", "monthly", "2026-09", "-o", "{out}/m.html"],
    ],
)
def test_reading_commands_import_no_sqlalchemy(db, tmp_path, args):
    script = (
        "import sys\n"
        "from kesu_docs.cli import cli\n"
        "try:\n"
        f"    cli.main({[a.format(out=tmp_path) for a in args] + ['--db', str(db)]!r}, standalone_mode=False)\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout[-500:]


def test_the_same_sql_text_lists_a_postgres_register_as_the_sqlite_one(db, pg_url):
    """The shared queries on PostgreSQL (through SQLAlchemy): the register copied to the server
    (ids, times and records kept) lists, counts and links the same documents."""
    from kesu_docs.register import transfer_register

    transfer_register(db, pg_url)
    with Register.open(pg_url, read_only=True) as server, LiteRegister.open(db) as lite:
        for filters in FILTERS:
            for order in ({}, {"newest_first": True}, {"limit": 7, "offset": 3}, {"offset": 5}):
                assert server.documents(**filters, **order) == lite.documents(**filters, **order), filters
            if "closed_between" not in filters:
                assert server.count(**filters) == lite.count(**filters), filters
        assert server.linked_kinds() == lite.linked_kinds()
        assert server.linked_kinds(["202609001"]) == lite.linked_kinds(["202609001"])
        span = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        assert sorted(server.closed_counts("cause_category", *span), key=repr) == sorted(
            lite.closed_counts("cause_category", *span), key=repr
        )
