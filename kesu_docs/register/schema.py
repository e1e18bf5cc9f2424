"""The register's tables and their versioned migrations.

Why not alembic: the register is embedded — it must create and upgrade itself when a clerk's
command opens it, with no ``alembic.ini`` or script directory to ship — and it has three
tables. An ordered list of steps and a ``schema_version`` table do the same job here.

Adding a migration: append a step to ``MIGRATIONS`` (explicit ``ALTER``/``CREATE``), then
change the tables below to match. Step 1 creates the tables as declared here, so before a
later step changes a table, freeze step 1 with a copy of the version-1 definition.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateIndex

from ..generated import module_text, write_module
from . import queries
from .queries import SCHEMA_VERSION
from .runner import current_version as current_version
from .sa_types import _TYPES, UTCDateTime
from .sa_types import typed as typed
from .search import search_columns  # the same derivation as new documents get

metadata = sa.MetaData()


schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("applied_at", UTCDateTime, nullable=False),
)

# One row per kind and numbering scope ("202609{serial}"): the last serial issued there.
counters = sa.Table(
    "counters",
    metadata,
    sa.Column("kind", sa.String(32), primary_key=True),
    sa.Column("scope", sa.String(64), primary_key=True),
    sa.Column("last_serial", sa.Integer, nullable=False, default=0),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("number", sa.String(64), nullable=False),
    sa.Column("period", sa.String(6), nullable=False),  # YYYYMM of the document's own date
    sa.Column("serial", sa.Integer),  # NULL: arrived already numbered
    sa.Column("status", sa.String(16), nullable=False),  # issued | void | re-printed
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("source_hash", sa.String(200), nullable=False),
    sa.Column("record_hash", sa.String(64), nullable=False),  # the record's content, number left out
    sa.Column("record", sa.JSON, nullable=False),  # JSON, not JSONB: keeps the form's field order
    sa.Column("document_date", sa.Date, nullable=False),
    sa.Column("issued_at", UTCDateTime, nullable=False),
    sa.Column("void_reason", sa.Text),
    sa.Column("voided_at", UTCDateTime),
    sa.Column("reprints", sa.Integer, nullable=False, default=0),
    sa.Column("reprinted_at", UTCDateTime),
    # the tracking register's columns (DOMAIN §7), copied from the record for queries
    sa.Column("customer", sa.Text),
    sa.Column("part_no", sa.Text),
    sa.Column("severity", sa.String(32)),
    sa.Column("responsible_unit", sa.Text),
    sa.Column("due_date", sa.Date),
    sa.Column("closed_date", sa.Date),
    # version 2: the current revision, the case a follow-up belongs to, the search columns
    sa.Column("revision", sa.Integer, nullable=False, default=1, server_default="1"),
    sa.Column("order_no", sa.Text),
    sa.Column("lot_no", sa.Text),
    sa.Column("case_number", sa.String(64)),  # the complaint an 8D / return note / allowance is for
    sa.Column("search_text", sa.Text),  # customer, part, order, lot and the texts, folded for search
    sa.UniqueConstraint("kind", "number", name="uq_documents_kind_number"),
    sa.UniqueConstraint("kind", "source_hash", name="uq_documents_kind_source"),
    sa.Index("ix_documents_number", "number"),
    sa.Index("ix_documents_record_hash", "kind", "record_hash"),
)

# indexes of version 2, created by its migration: the case a follow-up is for, the natural
# key (DOMAIN §2), due dates for overdue lists, the search columns' exact look-ups
V2_INDEXES = (
    sa.Index("ix_documents_case", documents.c.case_number),
    sa.Index("ix_documents_natural", documents.c.kind, documents.c.customer, documents.c.document_date),
    sa.Index("ix_documents_due", documents.c.kind, documents.c.due_date),
    sa.Index("ix_documents_customer", documents.c.customer),
    sa.Index("ix_documents_order", documents.c.order_no),
    sa.Index("ix_documents_lot", documents.c.lot_no),
)

# indexes of version 3 (issue 15, a register of 100,000 documents): a list of one status (the
# void ones) or of one month of every kind finds its rows without reading the whole table
V3_INDEXES = (
    sa.Index("ix_documents_status", documents.c.status),
    sa.Index("ix_documents_month", documents.c.period),
)

# indexes of version 4 (issue 15): the complaints closed in a month (a monthly report, and its
# cause × month matrix over the trailing year) found by a range of this index, not a scan. On
# SQLite it also holds each record's cause category and the status: the matrix is counted from
# the index alone (3 ms rather than 0.17 s of reading 40,000 records on 100,000 documents).
V4_INDEXES = (sa.Index("ix_documents_closed", documents.c.kind, documents.c.closed_date),)
CLOSED_INDEX_FIELD = "cause_category"  # the record's field the SQLite index holds


# The case log: every issue, void and re-print, and whatever later steps note (reminders sent…).
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("event", sa.String(32), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, default=""),
    sa.Column("actor", sa.String(128)),  # version 2: who (the OS user, or --user)
)

# Version 2: every revision of a document, the first one included (DOMAIN §2).
revisions = sa.Table(
    "revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("record_hash", sa.String(64), nullable=False),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("source_hash", sa.String(200), nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("actor", sa.String(128)),
    sa.Column("changes", sa.JSON),  # [[field, before, after], …] against the previous revision
    sa.UniqueConstraint("document_id", "revision", name="uq_revisions_document_revision"),
    sa.Index("ix_revisions_source", "kind", "source_hash"),
)

# Version 2: the print log — every original, re-print and void copy written (DOMAIN §6).
prints = sa.Table(
    "prints",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # (no index of its own: ix_prints_revision (document_id, revision) of version 7 serves it;
    # version 8 drops the one step 2 made)
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("actor", sa.String(128)),
    sa.Column("mark", sa.String(16), nullable=False),  # original | reprint | void | void-reprint
    sa.Column("reprint_no", sa.Integer),  # 补印 N
    sa.Column("copies", sa.Text, nullable=False, default=""),  # "1-5": the copies (联) in the file
    sa.Column("output", sa.Text, nullable=False, default=""),
    sa.Column("file_hash", sa.String(64), nullable=False, default=""),
)

# Version 5 (issue 15): each document's rows of the register export and each case-log line's,
# written ahead as the sheets' XML (kesu_docs/reports/sheet_rows.py); tables of their own, so
# a register of an earlier version is read as it is, and exported as before.
sheet_rows = sa.Table(
    "sheet_rows",
    metadata,
    sa.Column(
        "document_id", sa.Integer, sa.ForeignKey("documents.id"), primary_key=True, autoincrement=False
    ),
    sa.Column("row", sa.LargeBinary, nullable=False),  # its row of the register sheet
)
# a complaint's row of the tracking register (a table of its own: each sheet reads only its rows)
tracking_rows = sa.Table(
    "tracking_rows",
    metadata,
    sa.Column(
        "document_id", sa.Integer, sa.ForeignKey("documents.id"), primary_key=True, autoincrement=False
    ),
    sa.Column("row", sa.LargeBinary, nullable=False),
    # an open case's: its row overdue (filled), the day after which it is, and its dates (the
    # key of its two cells of the day, written at export)
    sa.Column("overdue_row", sa.LargeBinary),
    sa.Column("due", sa.Date),
    sa.Column("day_key", sa.String(32)),
)
log_rows = sa.Table(
    "log_rows",
    metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), primary_key=True, autoincrement=False),
    sa.Column("row", sa.LargeBinary, nullable=False),
)

# Version 6 (issue 15, export speed): the register sheet's and the case log's rows, kept as
# deflated segments (kesu_docs/reports/sheetxml.py: ``segments``) that an export joins as they
# are; each with its rows' keys (document or event ids, in order), checked against the export's
# order and the stored rows before it is used.
sheet_chunks = sa.Table(
    "sheet_chunks",
    metadata,
    sa.Column("sheet", sa.String(16), primary_key=True),  # register | log
    sa.Column("first_id", sa.Integer, primary_key=True, autoincrement=False),  # its first row's key
    sa.Column("version", sa.String(80), nullable=False),  # the layout and the deflater it follows
    sa.Column("members", sa.LargeBinary, nullable=False),  # its rows' keys, 8 bytes each, little-endian
    sa.Column("closed", sa.Boolean, nullable=False),  # it ends where a segment ends (else: the sheet's end)
    sa.Column("size", sa.BigInteger, nullable=False),  # the length of its XML
    sa.Column("crc", sa.BigInteger, nullable=False),  # the CRC-32 of its XML
    sa.Column("data", sa.LargeBinary, nullable=False),  # deflated, ended by a full flush
)

# indexes of version 6: the stored rows counted along a small index of their keys (a count of
# the table itself reads each of its pages: 230 MB on 100,000 documents, an export reads none
# of them but the tracking register's)
V6_INDEXES = (
    sa.Index("ix_sheet_rows_count", sheet_rows.c.document_id),
    sa.Index("ix_tracking_rows_count", tracking_rows.c.document_id),
    sa.Index("ix_log_rows_count", log_rows.c.event_id),
)

# indexes of version 7: the documents without a print logged (the page's list, on every visit of
# the register page) found from two small indexes — each document's kind, status, revision and issue
# moment, each print's document and revision — not by reading the 100,000 rows of the table
V7_INDEXES = (
    sa.Index(
        "ix_documents_unprinted",
        documents.c.kind,
        documents.c.status,
        documents.c.revision,
        documents.c.issued_at,
    ),
    sa.Index("ix_prints_revision", prints.c.document_id, prints.c.revision),
)

# indexes of version 5 (issue 15): the documents in the export's (and a list's) order, the case
# log in time order, each row then looked up by its key: no sort of the stored rows
V5_INDEXES = (
    sa.Index(
        "ix_documents_export",
        documents.c.kind,
        documents.c.period,
        sa.func.length(documents.c.number),
        documents.c.number,
    ),
    sa.Index("ix_events_at", events.c.at, events.c.id),
)

# Version 2: facts about the register itself (numbering_scheme: legacy for a register that
# numbered follow-up documents without a prefix before version 2).
register_meta = sa.Table(
    "register_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)


def _v1_tables(conn: Connection) -> None:
    """Version 1 as released (frozen: the tables of that version, not today's)."""
    v1 = sa.MetaData()
    sa.Table(
        "counters",
        v1,
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("scope", sa.String(64), primary_key=True),
        sa.Column("last_serial", sa.Integer, nullable=False, default=0),
    )
    sa.Table(
        "documents",
        v1,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("period", sa.String(6), nullable=False),
        sa.Column("serial", sa.Integer),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source", sa.Text, nullable=False, default=""),
        sa.Column("source_hash", sa.String(200), nullable=False),
        sa.Column("record_hash", sa.String(64), nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("document_date", sa.Date, nullable=False),
        sa.Column("issued_at", UTCDateTime, nullable=False),
        sa.Column("void_reason", sa.Text),
        sa.Column("voided_at", UTCDateTime),
        sa.Column("reprints", sa.Integer, nullable=False, default=0),
        sa.Column("reprinted_at", UTCDateTime),
        sa.Column("customer", sa.Text),
        sa.Column("part_no", sa.Text),
        sa.Column("severity", sa.String(32)),
        sa.Column("responsible_unit", sa.Text),
        sa.Column("due_date", sa.Date),
        sa.Column("closed_date", sa.Date),
        sa.UniqueConstraint("kind", "number", name="uq_documents_kind_number"),
        sa.UniqueConstraint("kind", "source_hash", name="uq_documents_kind_source"),
        sa.Index("ix_documents_number", "number"),
        sa.Index("ix_documents_record_hash", "kind", "record_hash"),
        sa.Index("ix_documents_period", "kind", "period"),
    )
    sa.Table(
        "events",
        v1,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, default=""),
    )
    v1.create_all(conn)


_V2_DOCUMENT_COLUMNS = (
    "revision INTEGER NOT NULL DEFAULT 1",
    "order_no TEXT",
    "lot_no TEXT",
    "case_number VARCHAR(64)",
    "search_text TEXT",
)
_BACKFILL_CHUNK = 1000


def _v2_case_life(conn: Connection) -> None:
    """Revisions, the print log, the case and search columns; every document gets its revision 1.

    A register that already holds documents keeps numbering follow-up documents without a
    prefix (``register_meta.numbering_scheme = legacy``): existing registers keep their numbers.
    """
    for column in _V2_DOCUMENT_COLUMNS:
        conn.execute(sa.text(f"ALTER TABLE documents ADD COLUMN {column}"))
    conn.execute(sa.text("ALTER TABLE events ADD COLUMN actor VARCHAR(128)"))
    metadata.create_all(conn, tables=[revisions, prints, register_meta])
    for index in V2_INDEXES:
        index.create(conn)

    last_id = 0
    filed = False
    while True:
        rows = conn.execute(
            sa.select(documents.c.id, documents.c.kind, documents.c.record, documents.c.record_hash)
            .add_columns(documents.c.source, documents.c.source_hash, documents.c.issued_at)
            .where(documents.c.id > last_id)
            .order_by(documents.c.id)
            .limit(_BACKFILL_CHUNK)
        ).all()
        if not rows:
            break
        filed = True
        last_id = rows[-1].id
        conn.execute(
            revisions.insert(),
            [
                dict(
                    document_id=r.id,
                    kind=r.kind,
                    revision=1,
                    record=r.record,
                    record_hash=r.record_hash,
                    source=r.source,
                    source_hash=r.source_hash,
                    at=r.issued_at,
                    actor=None,
                    changes=None,
                )
                for r in rows
            ],
        )
        update = (
            documents.update()
            .where(documents.c.id == sa.bindparam("doc_id"))
            .values(
                {name: sa.bindparam(name) for name in ("order_no", "lot_no", "case_number", "search_text")}
            )
        )
        conn.execute(update, [{"doc_id": r.id, **search_columns(r.kind, r.record)} for r in rows])
    if filed:
        conn.execute(register_meta.insert().values(key="numbering_scheme", value="legacy"))


def _v3_list_indexes(conn: Connection) -> None:
    """Indexes for listing a large register by status or by month."""
    for index in V3_INDEXES:
        index.create(conn)


def _v4_closed_index(conn: Connection) -> None:
    """An index for the complaints closed within some days (the monthly report)."""
    if conn.dialect.name == "sqlite":  # written out: an sa.Index made here would join the table's own
        conn.execute(
            sa.text(
                "CREATE INDEX ix_documents_closed ON documents (kind, closed_date, "
                f"json_extract(record, '$.\"{CLOSED_INDEX_FIELD}\"'), status)"
            )
        )
        return
    for index in V4_INDEXES:
        index.create(conn)


def _v5_sheet_rows(conn: Connection) -> None:
    """The tables of the export's rows written ahead, and the indexes an export reads them by;
    empty: the documents already filed are exported as before until ``kesu register check``
    writes their rows."""
    metadata.create_all(conn, tables=[sheet_rows, tracking_rows, log_rows])
    for index in V5_INDEXES:
        index.create(conn)


def _v6_sheet_chunks(conn: Connection) -> None:
    """The table of the export's deflated segments (empty: the next export makes them), and
    the indexes the export counts the stored rows by."""
    metadata.create_all(conn, tables=[sheet_chunks])
    for index in V6_INDEXES:  # (step 5 makes them with its tables on a new register)
        index.create(conn, checkfirst=True)


def _v7_unprinted_indexes(conn: Connection) -> None:
    """Indexes for the documents without a print logged (``kesu register unprinted``, the page's list)."""
    # (an index made by hand, or by step 2 on a new register, is kept: IF NOT EXISTS, no look-up
    # of the table's indexes)
    for index in V7_INDEXES:
        conn.execute(CreateIndex(index, if_not_exists=True))


def _v8_one_print_index(conn: Connection) -> None:
    """The print log's index of ``document_id`` alone, made with its table (step 2), dropped:
    version 7's ``ix_prints_revision (document_id, revision)`` begins with it and serves every
    look-up by a print's document — one index less written with every print logged. (A register
    that never had it, or lost it by hand: IF EXISTS.)"""
    conn.execute(sa.text("DROP INDEX IF EXISTS ix_prints_document_id"))


UNUSED_INDEXES = ("ix_documents_period", "ix_documents_customer", "ix_documents_order", "ix_documents_lot")
"""Indexes of ``documents`` that no query reads, dropped by step 9: ``(kind, period)`` is where
version 5's export index ``(kind, period, length(number), number)`` begins; a customer, an
order or a lot is searched for in ``search_text`` (``LIKE``), never looked up as it is
(tests/test_register_indexes.py runs every statement the register makes through SQLite's
plan)."""


def _v9_unused_indexes(conn: Connection) -> None:
    """The indexes no query reads (:data:`UNUSED_INDEXES`), dropped: each was written with every
    document filed — 4 of the 16 b-trees a new row of ``documents`` goes into (issue 15: the
    numbering of ``kesu render``). (A register that never had one, or lost it by hand: IF EXISTS.)"""
    for name in UNUSED_INDEXES:
        conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))


SEARCH_INDEX = "ix_documents_search"
"""The index of ``search_text`` alone (SQLite), made by step 10: ``--search``'s count reads it."""


def _v10_search_index(conn: Connection) -> None:
    """On SQLite, an index of ``search_text`` alone (issue 15): a search's count (``kesu register
    list --search``, ``LIKE '%word%'``: no index finds a word inside a text) scans this index, the
    search texts alone, rather than the whole table with every record (0.16 → 0.08 s CPU on
    100,000 documents); one b-tree more written with each document filed (≈ 0.1 ms in a batch).
    A trigram full-text table (FTS5) answers in a millisecond but cost ≈ 2 ms more per filing in
    a transaction of its own and cannot find a word of one or two characters. PostgreSQL: none (a
    b-tree never serves ``LIKE '%…'`` there, and refuses a key of more than about 2,700 bytes)."""
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON documents (search_text)"))


Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = [
    _v1_tables,
    _v2_case_life,
    _v3_list_indexes,
    _v4_closed_index,
    _v5_sheet_rows,
    _v6_sheet_chunks,
    _v7_unprinted_indexes,
    _v8_one_print_index,
    _v9_unused_indexes,
    _v10_search_index,
]
"""Step N brings the schema from version N-1 to N; never edit a released step."""

LATEST = len(MIGRATIONS)
assert LATEST == SCHEMA_VERSION, "queries.SCHEMA_VERSION names the version this program writes"

READABLE_FROM = 2
"""The oldest version this program reads as it is: the steps after it only add indexes (3, 4, 7,
10) or drop some (8, 9),
which make queries faster and change no table, and 5 and 6 add tables of their own. A register of such a version that cannot be
written (archive media, a read-only share, a read-only server account) is read without them;
one that can be written is upgraded first. Raise this when a step changes a table."""


def upgrade(conn: Connection, found: int, clock: Callable[[Connection], dt.datetime]) -> int:
    """Apply the steps after ``found`` inside the caller's locked transaction; the new version.
    Each step's ``applied_at`` is ``clock``'s (the register's: :func:`.issuing.not_before_latest`,
    given by the caller — issuing reads these tables, this module does not import it)."""
    schema_version.create(conn, checkfirst=True)
    for version in range(found + 1, LATEST + 1):
        MIGRATIONS[version - 1](conn)
        # the register's clock, as its issues and case log follow it (step 1 makes the case log)
        at = clock(conn)
        conn.execute(schema_version.insert().values(version=version, applied_at=at))
    return LATEST


# ---------------------------------------------------------------------------------- the columns' index
WRITTEN_TABLES = ("documents", "revisions", "events", "prints")
"""The tables a batch writes (:func:`.issuing.insert_many` / ``update_many``)."""
STORAGE = {kind.__name__: storage for storage, kind in _TYPES.items()} | {"String": "text"}  # (Text's base)
"""How a column of each type is stored (:data:`_TYPES` read the other way), by the type's name."""


def columns_index_text(tables: Sequence[sa.Table] | None = None) -> str:
    """The text of ``_columns.py``: each written table's columns as declared above — its name,
    how it is stored (``driver_values``: ``int``, ``text``, ``json``, ``date``, ``moment``) and
    the value a row without it is given (its scalar default; None: none, SQLite's NULL or its
    next id) — so that :mod:`.queries` and a writer on ``sqlite3`` know them without importing
    SQLAlchemy, never typed twice (tests/test_register_lite.py holds the file equal to this);
    with this module's digest (``SOURCE``: an index older than the tables is not used). A
    column whose value SQLAlchemy would make (a default not a scalar, one on update) cannot
    be written down: ValueError."""
    doc = [
        '"""The columns of the tables a batch writes, as :mod:`.schema` declares them: (name, storage,',
        "default). Written by ``kesu_docs.register.schema.write_columns_index()``: do not edit; run it",
        "after changing a table (tests/test_register_lite.py says when). Read by :mod:`.queries` without",
        'SQLAlchemy (issue 15), only while SOURCE is schema.py\'s digest."""',
    ]
    lines = ["COLUMNS: dict[str, tuple[tuple[str, str, object], ...]] = {"]
    for table in tables if tables is not None else [metadata.tables[name] for name in WRITTEN_TABLES]:
        lines.append(f'    "{table.name}": (')
        for name, storage, value in written_columns(table):
            said = json.dumps(value) if isinstance(value, str) else repr(value)  # (as ruff writes it)
            lines.append(f'        ("{name}", "{storage}", {said}),')
        lines.append("    ),")
    lines += ["}", "", *_tables_lines()]
    return module_text(doc, "SOURCE", queries.schema_digest(), lines)


def _tables_lines() -> list[str]:
    """The index's lines naming every table of the register and kesu's own unique indexes (by
    table and columns): what a writer on ``sqlite3`` checks a register it opens against
    (another program's tables, a planted trigger or unique index) without SQLAlchemy."""
    unique = sorted(
        (t.name, tuple(c.name for c in i.columns))
        for t in metadata.tables.values()
        for i in t.indexes
        if i.unique
    )
    said = json.dumps  # (strings as ruff writes them)
    lines = ["TABLES: tuple[str, ...] = (", *(f"    {said(name)}," for name in sorted(metadata.tables)), ")"]
    head = "UNIQUE_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = ("
    if not unique:  # (kesu makes none: its unique constraints have indexes of their own)
        return [*lines, head + ")"]
    lines.append(head)
    lines += [
        f"    ({said(table)}, ({''.join(f'{said(c)}, ' for c in columns).rstrip()})),"
        for table, columns in unique
    ]
    return [*lines, ")"]


def written_columns(table: sa.Table) -> tuple[tuple[str, str, Any], ...]:
    """``table``'s columns as a batch writes them: (name, storage, scalar default or None)."""
    found = []
    for column in table.c:
        default = column.default
        if default is not None and not default.is_scalar:
            raise ValueError(f"{table.name}.{column.name}: only a scalar default can be written down")
        if column.onupdate is not None or column.server_onupdate is not None:
            raise ValueError(f"{table.name}.{column.name}: a value set on update cannot be written down")
        found.append((column.name, STORAGE[type(column.type).__name__], getattr(default, "arg", None)))
    return tuple(found)


def write_columns_index() -> str:
    """Write ``_columns.py`` (:func:`columns_index_text`); → the file's path:
    ``python -c "from kesu_docs.register.schema import write_columns_index; write_columns_index()"``."""
    return write_module(Path(__file__).with_name("_columns.py"), columns_index_text())
