"""Transferring a register to another database: SQLite on one clerk's PC → PostgreSQL for many.

Every table of the register (counters, documents, case log — whatever :mod:`.schema`
declares, so a table added by a later migration moves too) is copied row for row, ids
included, into an empty register, in ONE transaction on the target: a transfer that fails
leaves the target as empty as it found it. The counters travel with the documents, so the
target continues each series with no gap and no reuse; on PostgreSQL the id sequences are
moved past the copied ids. The source is only read, from one consistent snapshot.

This module works on the two databases' engines and knows nothing of :class:`.Register`;
``Register.transfer_to(target)`` and :func:`kesu_docs.register.transfer_register` call it::

    summary = transfer_register("kesu.db", "postgresql://clerk@server/kesu")   # or Register.transfer_to(target)
    summary.documents   # {'8d': 1, 'complaint': 5}; summary.rows['events'] …

("Copy" in kesu means a 联, one printed copy of a document; moving a register is a transfer.)
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from . import schema
from .database import blockers_watched, note_pg_wait, reading, writing
from .document import DocumentStatus
from .errors import RegisterError

_CHUNK = 1000  # rows read and inserted at a time: a register of 100,000 documents never sits in memory


# the export's rows are a cache (sheet_store): not copied — the target's export or `kesu register
# check` makes them — so a register of an earlier version, read-only, without them copies too
_NOT_COPIED = (
    schema.schema_version,
    schema.sheet_rows,
    schema.tracking_rows,
    schema.log_rows,
    schema.sheet_chunks,
)


def tables() -> list[sa.Table]:
    """The register's own tables in an order that respects foreign keys (schema_version is the
    target's own; the export's cached rows are made again by the target)."""
    return [table for table in schema.metadata.sorted_tables if table not in _NOT_COPIED]


@dataclass(frozen=True)
class Tally:
    """What a register holds: rows per table, documents (and void ones) per kind."""

    rows: dict[str, int]
    documents: dict[str, int] = field(default_factory=dict)
    void: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, conn: Connection) -> Tally:
        """Count the register on ``conn`` (inside the caller's transaction)."""
        rows = {
            table.name: conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0 for table in tables()
        }
        docs = schema.documents
        per_kind = conn.execute(
            sa.select(docs.c.kind, docs.c.status, sa.func.count()).group_by(docs.c.kind, docs.c.status)
        ).all()
        documents: dict[str, int] = {}
        void: dict[str, int] = {}
        for kind, status, count in per_kind:
            documents[kind] = documents.get(kind, 0) + count
            if status == DocumentStatus.VOID.value:
                void[kind] = void.get(kind, 0) + count
        return cls(rows, dict(sorted(documents.items())), dict(sorted(void.items())))

    @property
    def empty(self) -> bool:
        return not any(self.rows.values())


@dataclass(frozen=True)
class TransferSummary:
    """A finished transfer: where from, where to, and what was copied (checked equal on both sides)."""

    source: str  # addresses as a clerk may see them (no password)
    target: str
    tally: Tally

    @property
    def documents(self) -> dict[str, int]:
        """Documents per kind: ``{'complaint': 5, '8d': 1}``."""
        return self.tally.documents

    @property
    def rows(self) -> dict[str, int]:
        """Rows per table: ``{'counters': 3, 'documents': 6, 'events': 9}``."""
        return self.tally.rows


def transfer_rows(
    source: Engine, target: Engine, *, source_address: str, target_address: str
) -> TransferSummary:
    """Copy every row of the register on ``source`` into the empty, migrated register on ``target``.

    Raises :class:`RegisterError` ``register_not_empty`` when the target holds anything, and
    ``copy_mismatch`` (nothing committed) if the target's counts differ from the source's.
    """
    blockers: list[Any] = []  # (the sessions blocking it, asked as it waits)
    started = time.monotonic()
    try:
        return _transfer(source, target, source_address, target_address, blockers)
    except DBAPIError as exc:
        note_pg_wait(exc, started, blockers)
        raise


def _transfer(
    source: Engine, target: Engine, source_address: str, target_address: str, blockers: list[Any]
) -> TransferSummary:
    """:func:`transfer_rows`, its target's locks waited for :data:`.database.BUSY_TIMEOUT_MS`
    (the minute a clerk's write waits in all), the sessions blocking it asked meanwhile."""
    from .database import BUSY_TIMEOUT_MS  # (as set now)

    with (
        _snapshot(source) as src,
        writing(target, BUSY_TIMEOUT_MS) as dst,
        blockers_watched(target, dst, BUSY_TIMEOUT_MS, blockers),
    ):
        _lock_tables(dst)
        found = Tally.of(dst)
        if not found.empty:
            raise RegisterError(
                "register_not_empty",
                url=target_address,
                documents=found.rows.get("documents", 0),
                events=found.rows.get("events", 0),
                counters=found.rows.get("counters", 0),
            )
        expected = Tally.of(src)
        for table in tables():
            _copy_rows(src, dst, table)
        _advance_sequences(dst)
        copied = Tally.of(dst)
        if copied != expected:  # the transaction is rolled back: the target stays empty
            raise RegisterError("copy_mismatch", expected=_counts(expected), found=_counts(copied))
    return TransferSummary(source_address, target_address, expected)


def _counts(tally: Tally) -> str:
    return ", ".join(f"{name} {count}" for name, count in {**tally.rows, **tally.documents}.items())


@contextlib.contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees the source as it was when the transfer began, across every table.

    SQLite (WAL) gives that to any read transaction; PostgreSQL's default READ COMMITTED
    would let a clerk's new document and its log line fall between two SELECTs.
    """
    if engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    with reading(engine) as conn:
        yield conn


def _lock_tables(conn: Connection) -> None:
    """Keep clerks from issuing into the target while it is filled (SQLite: BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        names = ", ".join(conn.dialect.identifier_preparer.format_table(table) for table in tables())
        conn.execute(sa.text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))


def _batches(conn: Connection, table: sa.Table) -> Iterator[list[dict]]:
    query = sa.select(table).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=_CHUNK).execute(query)
    for part in result.partitions():
        yield [dict(row._mapping) for row in part]


def _copy_rows(src: Connection, dst: Connection, table: sa.Table) -> None:
    """Every row of ``table``, ids and all, through the column types (times, dates and JSON round-trip)."""
    for batch in _batches(src, table):
        dst.execute(table.insert(), batch)


def _advance_sequences(conn: Connection) -> None:
    """Move PostgreSQL's id sequences past the copied ids, so the next document does not collide.

    SQLite needs nothing: an INTEGER PRIMARY KEY takes the largest id plus one.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        column = table.autoincrement_column
        if column is None:
            continue
        top = conn.scalar(sa.select(sa.func.max(column)))
        conn.execute(
            sa.text("SELECT setval(pg_get_serial_sequence(:table, :column), :next, false)"),
            {"table": table.name, "column": column.name, "next": (top or 0) + 1},
        )
