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
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

metadata = sa.MetaData()


class UTCDateTime(sa.types.TypeDecorator):
    """A moment stored as naive UTC on every database, read back as an aware UTC datetime."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.astimezone()  # naive means local time, as datetime.now() gives
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect):
        return value.replace(tzinfo=dt.timezone.utc) if value is not None else None


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
    sa.UniqueConstraint("kind", "number", name="uq_documents_kind_number"),
    sa.UniqueConstraint("kind", "source_hash", name="uq_documents_kind_source"),
    sa.Index("ix_documents_number", "number"),
    sa.Index("ix_documents_record_hash", "kind", "record_hash"),
    sa.Index("ix_documents_period", "kind", "period"),
)

# The case log: every issue, void and re-print, and whatever later steps note (reminders sent…).
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("event", sa.String(32), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, default=""),
)


def _v1_tables(conn: Connection) -> None:
    metadata.create_all(conn, tables=[counters, documents, events])


Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = [_v1_tables]
"""Step N brings the schema from version N-1 to N; never edit a released step."""

LATEST = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """The schema version of the database (0: empty)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.scalar(sa.select(sa.func.max(schema_version.c.version))) or 0


def upgrade(conn: Connection, found: int) -> int:
    """Apply the steps after ``found`` inside the caller's locked transaction; the new version."""
    schema_version.create(conn, checkfirst=True)
    for version in range(found + 1, LATEST + 1):
        MIGRATIONS[version - 1](conn)
        conn.execute(
            schema_version.insert().values(version=version, applied_at=dt.datetime.now(dt.timezone.utc))
        )
    return LATEST
