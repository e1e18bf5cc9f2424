"""The register's reading queries (lists, counts, a monthly report's), written once as SQL text.

Two readers run them: :class:`~kesu_docs.register.register.Register` through SQLAlchemy
(SQLite and PostgreSQL; the text typed by the ``documents`` table's own columns), and
:class:`~kesu_docs.register.lite.LiteRegister` through the standard library's ``sqlite3``
(a command that only reads an SQLite file: SQLAlchemy's import alone was a quarter of a
second of ``kesu register list`` on 100,000 documents, issue 15). This module imports no
database library, so that the second reader needs none.

The columns' storage (:data:`DOCUMENT_COLUMNS`) is what :mod:`.schema` declares, read from its
committed index (``_columns.py``, which a test, tests/test_register_lite.py, holds equal to it).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Unpack

from ..register_columns import fold
from ._columns import COLUMNS, SOURCE, TABLES, UNIQUE_INDEXES

# the schema version this program writes (schema.LATEST, checked there): a register of
# another version is read through SQLAlchemy, which upgrades it or says why it cannot
SCHEMA_VERSION = 10


def schema_digest(data: bytes | None = None) -> str | None:
    """schema.py's size and CRC-32 (:func:`~kesu_docs.generated.source_digest`: its lines' ends
    read as ``\n``, a Windows checkout's ``\r\n`` the same schema), as the columns' index records
    it (``SOURCE``); None when it cannot be read (an installation without sources). ``data``: the
    text of another schema.py."""
    from ..generated import source_digest

    return source_digest("schema", os.path.join(os.path.dirname(__file__), "schema.py"), data)


def check_columns() -> None:
    """Refuse to run on a columns' index (``_columns.py``) written from another schema.py than
    this one (a table changed, the index not written again: SQL text of other columns than the
    tables'); an installation without sources is taken as shipped. Run by every opening of a
    register (:func:`.database.connect`, :meth:`.lite.LiteRegister.open`), once a process."""
    if _checked:
        return
    from ..generated import is_current

    digest = schema_digest()
    if digest is not None and not is_current(SOURCE, digest):
        from .errors import RegisterError

        raise RegisterError("register_columns_stale", command=WRITE_COLUMNS_INDEX)
    _checked.append(digest)


_checked: list[str | None] = []
WRITE_COLUMNS_INDEX = (
    'python -c "from kesu_docs.register.schema import write_columns_index; write_columns_index()"'
)
"""The command that writes the columns' index again (from the source folder's root)."""

# the tables a batch writes (register/issuing.py's inserts and updates), their columns' storage
# — "date" ISO text on SQLite, "moment" naive UTC, "json" a record — and defaults, as
# :mod:`.schema` declares them (its committed index, _columns.py: held equal by a test)
WRITTEN_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    table: tuple((name, storage) for name, storage, _ in columns) for table, columns in COLUMNS.items()
}
DEFAULTS: dict[str, dict[str, Any]] = {
    table: {name: default for name, _, default in columns if default is not None}
    for table, columns in COLUMNS.items()
}
"""What a row written without the column is given (a column's scalar default), by table."""
KESU_TABLES = frozenset(TABLES)
"""Every table of the register (a table beside them is another program's)."""
KESU_UNIQUE = frozenset(UNIQUE_INDEXES)
"""kesu's own unique indexes, as (table, columns): any other on its tables was planted."""
DOCUMENT_COLUMNS = WRITTEN_COLUMNS["documents"]
STORED_IN = {table: dict(columns) for table, columns in WRITTEN_COLUMNS.items()}
STORED_AS = dict(DOCUMENT_COLUMNS)
DOCUMENT_NAMES = tuple(name for name, _ in DOCUMENT_COLUMNS)
VOID = "void"  # DocumentStatus.VOID's key
CASE_STATUSES = ("open", "overdue", "closed", "closed_on_time", "closed_late")
ORDER = ("kind", "period", "length(number)", "number")  # the register's order of documents


@dataclass
class Query:
    """SQL text with ``:name`` parameters (both readers take them), and its result's columns:
    a documents' column is read back as the table stores it (a date, a moment, a record)."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    types: dict[str, str] = field(default_factory=dict)  # columns not of ``documents``: how stored

    def stored_as(self, name: str) -> str:
        """How the column ``name`` of the result is stored ("" where read as the driver gives it)."""
        return self.types.get(name) or STORED_AS.get(name, "")

    def bind(self, value: Any) -> str:
        """A parameter for ``value``: its ``:name`` in the text."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def among(self, values: Iterable[Any]) -> str:
        """The parameters of an ``IN (…)`` list of ``values`` (``NULL``, matching nothing, for none)."""
        return ", ".join(self.bind(v) for v in values) or "NULL"


class Row(dict):
    """A row as :meth:`.document.Document.from_row` reads one (its columns by name, or as
    attributes, as SQLAlchemy's rows give them)."""

    def _asdict(self) -> dict[str, Any]:
        return self

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def period_key(period: str) -> str:
    """``2026-09`` or ``202609`` → ``202609``."""
    return period.replace("-", "").replace("/", "").strip()


def like(text: str) -> str:
    """``text`` matched as it is in a LIKE pattern (escaped with a backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def record_field(field_name: str, dialect: str) -> str:
    """A record's field as text, as an index can hold it: on SQLite ``json_extract`` with the
    path written out (a bound path would not match the index's expression)."""
    if not field_name.isidentifier():
        raise ValueError(f"not a field name: {field_name!r}")
    if dialect == "sqlite":
        return f"json_extract(record, '$.\"{field_name}\"')"
    return f"(record ->> '{field_name}')"


class FilterOptions(TypedDict, total=False):
    """:class:`Filters` as keywords (``Register.documents(kind="complaint", period="202609")``):
    the keywords checked by mypy where they are passed on (``**filters: Unpack[FilterOptions]``);
    the same names as :class:`Filters`' fields (tests/test_register_filters_typed.py holds them
    equal)."""

    kind: str | None
    period: str | None
    status: str | None
    number: str | None
    case_status: str | None
    as_of: dt.date | None
    search: str | None
    closed_between: tuple[dt.date, dt.date] | None


class DocumentOptions(FilterOptions, total=False):
    """The keywords of :meth:`Register.documents`: its filters, and which of the documents it reads
    (:func:`documents`)."""

    limit: int | None
    offset: int
    newest_first: bool
    fields: Iterable[str] | None


@dataclass(frozen=True)
class Filters:
    """Which documents a list, a count or a report reads: the filters of
    :meth:`Register.documents` and :meth:`Register.count` (and of the lite reader's), named once.

    ``kind``, ``period`` (``202609`` or ``2026-09``), ``status`` (its key or its label),
    ``number``. ``case_status`` (complaints that are not void): ``open`` / ``overdue`` (not
    closed, due before or after ``as_of``, default today), ``closed``, ``closed_on_time``,
    ``closed_late``. ``search``: words that must all appear in the customer, part no., order
    no., lot no. or any text of the record (case and full/half width ignored).
    ``closed_between``: (first, last) day, the documents closed within them (a monthly report's).
    """

    kind: str | None = None
    period: str | None = None
    status: str | None = None
    number: str | None = None
    case_status: str | None = None
    as_of: dt.date | None = None
    search: str | None = None
    closed_between: tuple[dt.date, dt.date] | None = None

    def where(self, q: Query) -> str:
        """The conditions, `` WHERE …`` (their values bound in ``q``); "" for every document."""
        where: list[str] = []
        if self.number:
            where.append(f"number = {q.bind(self.number.strip())}")
        if self.kind:
            where.append(f"kind = {q.bind(self.kind)}")
        if self.period:
            where.append(f"period = {q.bind(period_key(self.period))}")
        if self.status:
            from .document import DocumentStatus

            chosen = DocumentStatus.lookup(self.status)
            where.append(f"status = {q.bind(chosen.value if chosen else self.status)}")
        if self.case_status:
            where.extend(_case_filter(q, self.case_status, self.as_of or dt.date.today()))
        for word in (self.search or "").split():
            where.append(f"search_text LIKE {q.bind(f'%{like(fold(word))}%')} ESCAPE '\\'")
        if self.closed_between is not None:
            first, last = self.closed_between
            where.append(f"closed_date BETWEEN {q.bind(first)} AND {q.bind(last)}")
        return f" WHERE {' AND '.join(where)}" if where else ""


def _case_filter(q: Query, case_status: str, as_of: dt.date) -> list[str]:
    """The complaints (not void) in one case status as of ``as_of``."""
    if case_status not in CASE_STATUSES:
        raise ValueError(f"unknown case status {case_status!r}: one of {', '.join(CASE_STATUSES)}")
    base = [f"kind = {q.bind('complaint')}", f"status != {q.bind(VOID)}", "due_date IS NOT NULL"]
    if case_status in ("open", "overdue"):
        # ..case.is_overdue's rule, said in SQL (tests/test_overdue_rule.py keeps the two one rule)
        sign = ">=" if case_status == "open" else "<"
        return [*base, "closed_date IS NULL", f"due_date {sign} {q.bind(as_of)}"]
    closed = [*base, "closed_date IS NOT NULL"]
    if case_status == "closed_on_time":
        closed.append("closed_date <= due_date")
    elif case_status == "closed_late":
        closed.append("closed_date > due_date")
    return closed


def documents(
    dialect: str,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
    fields: Iterable[str] | None = None,
    **filters: Unpack[FilterOptions],
) -> Query:
    """The documents of :meth:`Register.documents` (``filters``: those of :class:`Filters`),
    in its order. ``limit``: only the first so many, after
    skipping ``offset``; ``newest_first``: the order reversed (the latest month's last number
    first); ``fields``: only these columns read (``kind``, ``number`` and ``status`` always)."""
    chosen = Filters(**filters)
    names = DOCUMENT_NAMES
    if fields is not None:
        names = tuple(dict.fromkeys(("kind", "number", "status", *fields)))
        unknown = [n for n in names if n not in STORED_AS]
        if unknown:
            raise KeyError(unknown[0])
    q = Query("", columns=names)
    order = ORDER
    if newest_first:  # the latest first, whatever the kind: by month, from the newest index entry
        order_by = ", ".join(f"{c} DESC" for c in (order[1], order[0], *order[2:]))
    else:
        order_by = ", ".join(order)
    sql = f"SELECT {', '.join(names)} FROM documents{chosen.where(q)} ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {q.bind(max(0, limit))}"
    if offset:
        if limit is None and dialect == "sqlite":
            sql += " LIMIT -1"  # SQLite takes no OFFSET without a LIMIT
        sql += f" OFFSET {q.bind(max(0, offset))}"
    q.sql = sql
    return q


def count(**filters: Unpack[FilterOptions]) -> Query:
    """How many documents :func:`documents` lists with the same filters (:class:`Filters`)."""
    q = Query("", columns=("n",))
    q.sql = f"SELECT count(*) AS n FROM documents{Filters(**filters).where(q)}"
    return q


def linked_kinds(numbers: Iterable[str] | None = None) -> Query:
    """(complaint number, kind) of the documents (not void) filed for a complaint: of every
    complaint, or of ``numbers``."""
    q = Query("", columns=("case_number", "kind"))
    sql = f"SELECT DISTINCT case_number, kind FROM documents WHERE case_number IS NOT NULL AND status != {q.bind(VOID)}"
    if numbers is not None:
        wanted = sorted(set(numbers))
        sql += f" AND case_number IN ({q.among(wanted)})"
    q.sql = sql
    return q


def kinds_by_case(rows: Iterable[Any]) -> dict[str, set[str]]:
    """:func:`linked_kinds`' rows as {complaint number: its documents' kinds}."""
    found: dict[str, set[str]] = {}
    for number, kind in rows:
        found.setdefault(number, set()).add(kind)
    return found


def closed_counts(dialect: str, field_name: str, first: dt.date, last: dt.date, kind: str) -> Query:
    """(the record's ``field_name``, closed date, how many) of the documents of ``kind`` (void
    ones left out) closed from ``first`` to ``last``: counted by the database."""
    value = record_field(field_name, dialect)
    q = Query("", columns=("value", "closed_date", "n"))
    q.sql = (
        f"SELECT {value} AS value, closed_date, count(*) AS n FROM documents"
        f" WHERE kind = {q.bind(kind)} AND status != {q.bind(VOID)}"
        f" AND closed_date BETWEEN {q.bind(first)} AND {q.bind(last)}"
        f" GROUP BY {value}, closed_date"
    )
    return q


# ---------------------------------------------------------------------- the export's reads
# (register/sheet_read.py: the stored rows of ``kesu register export``, read by either reader)


def meta(key: str) -> Query:
    """A value the register keeps in ``register_meta``."""
    q = Query("", columns=("value",))
    q.sql = f"SELECT value FROM register_meta WHERE key = {q.bind(key)}"
    return q


def has_table(dialect: str, name: str) -> Query:
    """How many tables are named ``name`` (0 or 1) in the register's database."""
    q = Query("", columns=("n",))
    if dialect == "sqlite":
        q.sql = f"SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = {q.bind(name)}"
    else:
        q.sql = (
            "SELECT count(*) AS n FROM information_schema.tables"
            f" WHERE table_schema = current_schema() AND table_name = {q.bind(name)}"
        )
    return q


def schema_version() -> Query:
    """The register's schema version (NULL: none recorded), where ``schema_version`` exists."""
    return Query(
        "SELECT max(version) AS version FROM schema_version", columns=("version",), types={"version": "int"}
    )


def export_counts() -> Query:
    """How many documents, complaints and log lines the register holds, and how many stored rows
    of each sheet: one statement, each count from an index or a table's page count."""
    q = Query("", columns=("documents", "cases", "events", "sheet_rows", "tracking_rows", "log_rows"))
    complaint = q.bind("complaint")
    counts = [
        "(SELECT count(*) FROM documents)",
        f"(SELECT count(*) FROM documents WHERE kind = {complaint})",
        *(
            f"(SELECT count(*) FROM {table})"
            for table in ("events", "sheet_rows", "tracking_rows", "log_rows")
        ),
    ]
    q.sql = "SELECT " + ", ".join(f"{c} AS {n}" for c, n in zip(counts, q.columns))
    return q


# a sheet's stored rows: (table, key column, the keys in the sheet's order)
SHEET_ROWS = {
    "register": ("sheet_rows", "document_id", f"SELECT id FROM documents ORDER BY {', '.join(ORDER)}"),
    "log": ("log_rows", "event_id", "SELECT id FROM events ORDER BY at, id"),
    # the tracking register's: a complaint's (its stored row has more than its XML: tracking_rows)
    "tracking": (
        "tracking_rows",
        "document_id",
        f"SELECT id FROM documents WHERE kind = 'complaint' ORDER BY {', '.join(ORDER[1:])}",
    ),
}


def kept_as(sheet: str, lang: str) -> str:
    """The name ``sheet``'s deflated segments in ``lang`` are kept under (schema.sheet_chunks):
    the Chinese ones under the sheet's own name, another language's as ``register:en``."""
    return sheet if lang == "zh" else f"{sheet}:{lang}"


def sheet_of(kept: str) -> str:
    """The sheet (``register``, ``log``) whose rows the segments kept as ``kept`` are made of."""
    return kept.split(":", 1)[0]


def worded(sheet: str) -> Query:
    """What the cells of ``sheet``'s rows that change with the language are made of, by key
    (:data:`.export.WORDED`): a document's status, severity and whether it is closed; a log
    line's event, detail and its document's kind."""
    if sheet == "register":
        sql = "SELECT id, status, severity, closed_date IS NOT NULL AS closed FROM documents"
        return Query(sql, columns=("id", "status", "severity", "closed"), types={"closed": "bool"})
    return Query(
        "SELECT e.id, e.event, e.detail, d.kind FROM events e JOIN documents d ON d.id = e.document_id",
        columns=("id", "event", "detail", "kind"),
        types={"id": "int", "event": "text", "detail": "text", "kind": "text"},
    )


def kinds_before(kind: str) -> Query:
    """How many documents come before the first of ``kind`` in the register's order (kind
    first: a kind's documents are one run of the register sheet's rows, in the tracking
    register's order for the complaints)."""
    q = Query("", columns=("n",), types={"n": "int"})
    q.sql = f"SELECT count(*) AS n FROM documents WHERE kind < {q.bind(kind)}"
    return q


def sheet_keys(sheet: str, limit: int | None = None) -> Query:
    """The keys of ``sheet``'s rows (documents', log lines') in the export's order (the first ``limit``)."""
    sql = SHEET_ROWS[sheet][2] + ("" if limit is None else f" LIMIT {int(limit)}")
    return Query(sql, columns=("id",), types={"id": "int"})


def stored_rows(sheet: str, keys: Iterable[int]) -> Query:
    """(key, stored row) of ``sheet``'s rows of ``keys``."""
    table, key, _ = SHEET_ROWS[sheet]
    q = Query("", columns=("k", "row"), types={"k": "int", "row": "bytes"})
    wanted = ", ".join(q.bind(k) for k in keys) or "NULL"
    q.sql = f'SELECT {key} AS k, "row" FROM {table} WHERE {key} IN ({wanted})'
    return q


def tracking_rows(keys: Iterable[int]) -> Query:
    """(key, row, overdue row, due, key of the cells of the day) of the complaints ``keys``'
    stored tracking rows (what a kept segment of the tracking register is made of)."""
    q = Query("", columns=("k", "row", "overdue_row", "due", "day_key"))
    q.types = {"k": "int", "row": "bytes", "overdue_row": "bytes", "due": "date", "day_key": "text"}
    wanted = ", ".join(q.bind(k) for k in keys) or "NULL"
    q.sql = (
        'SELECT document_id AS k, "row", overdue_row, due, day_key FROM tracking_rows'
        f" WHERE document_id IN ({wanted})"
    )
    return q


def kept_chunks(sheet: str, version: str) -> Query:
    """The kept deflated segments of ``sheet`` of ``version``."""
    q = Query("", columns=("first_id", "members", "closed", "data", "crc", "size"))
    q.types = {
        "first_id": "int",
        "members": "bytes",
        "closed": "bool",
        "data": "bytes",
        "crc": "int",
        "size": "int",
    }
    q.sql = (
        f"SELECT {', '.join(q.columns)} FROM sheet_chunks"
        f" WHERE sheet = {q.bind(sheet)} AND version = {q.bind(version)}"
    )
    return q


def first_tracking(limit: int) -> Query:
    """The first ``limit`` complaints' stored tracking rows (as not overdue), the keys of their
    cells of the day and their ids, in the register's order (NULLs where none is stored)."""
    q = Query("", columns=("row", "day_key", "id"), types={"row": "bytes", "day_key": "text"})
    q.sql = (
        't."row", t.day_key, d.id FROM documents d LEFT OUTER JOIN tracking_rows t ON t.document_id = d.id'
        f" WHERE d.kind = {q.bind('complaint')} ORDER BY d.period, length(d.number), d.number"
        f" LIMIT {int(limit)}"
    )
    q.sql = "SELECT " + q.sql
    return q


def linked(numbers: Iterable[str]) -> Query:
    """The documents filed against the complaints ``numbers`` and not void, in the register's order."""
    q = Query("", columns=DOCUMENT_NAMES)
    q.sql = (
        f"SELECT {', '.join(DOCUMENT_NAMES)} FROM documents WHERE case_number IN ({q.among(numbers)})"
        f" AND status != {q.bind(VOID)} AND kind != {q.bind('complaint')} ORDER BY {', '.join(ORDER)}"
    )
    return q


def filed_for(case_number: str, kind: str | None = None) -> Query:
    """The documents filed for the case ``case_number`` (of ``kind`` when given), void ones
    too, in the order they were filed (:meth:`Register.linked`; a rule's ``followups``)."""
    q = Query("", columns=DOCUMENT_NAMES)
    sql = (
        f"SELECT {', '.join(DOCUMENT_NAMES)} FROM documents WHERE case_number = {q.bind(case_number.strip())}"
    )
    if kind:
        sql += f" AND kind = {q.bind(kind)}"
    q.sql = sql + " ORDER BY id"
    return q


def case_log(limit: int | None = None) -> Query:
    """Every line of every document's case log, oldest first (the first ``limit``)."""
    q = Query("", columns=("kind", "number", "at", "event", "detail"), types={"at": "moment"})
    q.sql = (
        "SELECT d.kind, d.number, e.at, e.event, e.detail FROM events e"
        " JOIN documents d ON d.id = e.document_id ORDER BY e.at, e.id"
    )
    if limit is not None:
        q.sql += f" LIMIT {q.bind(max(0, limit))}"
    return q


# ------------------------------------------------------------------ the numbering's look-ups
# (register/issuing.py, inside the write transaction: on SQLite run by the driver as they are)
NUMBERING_KEYS = ("number", "record_hash")  # the columns a batch looks its documents up by


def documents_by(column: str, kind: str | None, values: Iterable[str], limit: int | None = None) -> Query:
    """The documents (at most ``limit``) of ``kind`` (of any kind: None) whose ``column``
    (:data:`NUMBERING_KEYS`) is one of ``values``: a batch's look-ups, a number named by a clerk
    (a re-print, a void; kinds sharing a number told apart by kind)."""
    if column not in NUMBERING_KEYS:
        raise ValueError(f"documents are not looked up by {column!r}")
    q = Query("", columns=DOCUMENT_NAMES)
    sql = f"SELECT {', '.join(DOCUMENT_NAMES)} FROM documents WHERE {column} IN ({q.among(values)})"
    if kind is not None:
        sql += f" AND kind = {q.bind(kind)}"
    q.sql = sql if limit is None else f"{sql} LIMIT {int(limit)}"
    return q


def filed_from(kind: str, source_hashes: Iterable[str]) -> Query:
    """The documents of ``kind`` one of whose revisions came from one of ``source_hashes``: each
    with that revision's number (``rev_no``) and source hash, later revisions first."""
    q = Query(
        "",
        columns=(*DOCUMENT_NAMES, "rev_no", "rev_source_hash"),
        types={"rev_no": "int", "rev_source_hash": "text"},
    )
    q.sql = (
        f"SELECT {', '.join('d.' + name for name in DOCUMENT_NAMES)}, r.revision AS rev_no,"
        " r.source_hash AS rev_source_hash FROM documents d JOIN revisions r ON r.document_id = d.id"
        f" WHERE r.kind = {q.bind(kind)} AND r.source_hash IN ({q.among(source_hashes)})"
        " ORDER BY r.revision DESC"
    )
    return q


def revision_record(document_id: int, revision: int) -> Query:
    """The record of one revision of a document."""
    q = Query("", columns=("record",), types={"record": "json"})
    q.sql = (
        f"SELECT record FROM revisions WHERE document_id = {q.bind(document_id)}"
        f" AND revision = {q.bind(revision)}"
    )
    return q


def same_case_candidates(kind: str, customers: Iterable[str], dates: Iterable[dt.date]) -> Query:
    """The documents of ``kind``, not void, of one of ``customers`` dated one of ``dates`` (the
    natural key's index leads with them)."""
    q = Query("", columns=DOCUMENT_NAMES)
    q.sql = (
        f"SELECT {', '.join(DOCUMENT_NAMES)} FROM documents WHERE kind = {q.bind(kind)}"
        f" AND customer IN ({q.among(customers)}) AND document_date IN ({q.among(dates)})"
        f" AND status != {q.bind(VOID)}"
    )
    return q


def numbers_held(kind: str, numbers: Iterable[str]) -> Query:
    """Which of ``numbers`` a document of ``kind`` holds."""
    q = Query("", columns=("number",))
    q.sql = f"SELECT number FROM documents WHERE kind = {q.bind(kind)} AND number IN ({q.among(numbers)})"
    return q


def counters_of(kinds: Iterable[str], scopes: Iterable[str]) -> Query:
    """The counters of ``kinds`` and ``scopes`` (every pair of them) and their last serials."""
    q = Query("", columns=("kind", "scope", "last_serial"), types={"scope": "text", "last_serial": "int"})
    q.sql = (
        "SELECT kind, scope, last_serial FROM counters"
        f" WHERE kind IN ({q.among(kinds)}) AND scope IN ({q.among(scopes)})"
    )
    return q


def counter_locked(kind: str, scope: str) -> Query:
    """One counter's last serial, its row locked until the transaction ends (PostgreSQL)."""
    q = Query("", columns=("last_serial",), types={"last_serial": "int"})
    q.sql = (
        f"SELECT last_serial FROM counters WHERE kind = {q.bind(kind)} AND scope = {q.bind(scope)} FOR UPDATE"
    )
    return q


def latest_event() -> Query:
    """The case log's last line: its moment and document (by its key: one step, however long)."""
    return Query(
        "SELECT at, document_id FROM events ORDER BY id DESC LIMIT 1",
        columns=("at", "document_id"),
        types={"at": "moment", "document_id": "int"},
    )


def latest_of(document_id: int) -> Query:
    """The moment of a document's last case-log line (None: it has none)."""
    q = Query("", columns=("at",), types={"at": "moment"})
    q.sql = f"SELECT max(at) AS at FROM events WHERE document_id = {q.bind(document_id)}"
    return q


def number_of(document_id: int) -> Query:
    """A document's number, by its id."""
    q = Query("", columns=("number",))
    q.sql = f"SELECT number FROM documents WHERE id = {q.bind(document_id)}"
    return q


def last_id() -> Query:
    """The largest id of a document (None in an empty register)."""
    return Query("SELECT max(id) AS last_id FROM documents", columns=("last_id",), types={"last_id": "int"})


def numbered(numbers: Iterable[str]) -> Query:
    """The id, kind and number of the documents holding one of ``numbers`` (of any kind)."""
    q = Query("", columns=("id", "kind", "number"))
    q.sql = f"SELECT id, kind, number FROM documents WHERE number IN ({q.among(numbers)})"
    return q


def locked_documents(ids: Iterable[int]) -> Query:
    """The documents ``ids``, their rows locked until the transaction ends, in the order of their
    ids (PostgreSQL; SQLite's write lock holds every row)."""
    q = Query("", columns=("id",))
    q.sql = f"SELECT id FROM documents WHERE id IN ({q.among(ids)}) ORDER BY id FOR UPDATE"
    return q


_PRINTED = {"document_id": "int", "mark": "text", "at": "moment"}  # (revision: as documents')


def prints_marked(ids: Iterable[int], marks: Iterable[str]) -> Query:
    """(document id, revision, mark) of the prints of the documents ``ids`` made as one of ``marks``."""
    q = Query("", columns=("document_id", "revision", "mark"), types=_PRINTED)
    q.sql = (
        "SELECT document_id, revision, mark FROM prints"
        f" WHERE document_id IN ({q.among(ids)}) AND mark IN ({q.among(marks)})"
    )
    return q


def prints_of_numbers(numbers: Iterable[str]) -> Query:
    """(kind, number, revision, mark) of every print of the documents holding one of ``numbers``."""
    q = Query("", columns=("kind", "number", "revision", "mark"), types=_PRINTED)
    q.sql = (
        "SELECT d.kind, d.number, p.revision, p.mark FROM documents d JOIN prints p ON p.document_id = d.id"
        f" WHERE d.number IN ({q.among(numbers)})"
    )
    return q


def revision_moments(ids: Iterable[int]) -> Query:
    """(document id, revision, when it was filed) of every revision of the documents ``ids``."""
    q = Query("", columns=("document_id", "revision", "at"), types=_PRINTED)
    q.sql = f"SELECT document_id, revision, at FROM revisions WHERE document_id IN ({q.among(ids)})"
    return q


def record_of(kind: str, number: str) -> Query:
    """The stored record of the document of ``kind`` numbered ``number`` (a rule's look-up)."""
    q = Query("", columns=("record",))
    q.sql = f"SELECT record FROM documents WHERE kind = {q.bind(kind)} AND number = {q.bind(number)}"
    return q


def _mark(dialect: str) -> str:
    """What a row of ``documents d`` is stored as, as one text the database makes: no value of
    it read into Python (SQLite: every column quoted as a literal, joined; PostgreSQL: the
    row's text, digested)."""
    if dialect == "postgresql":
        return "md5(d::text)"
    return " || ',' || ".join(f"quote(d.{name})" for name in DOCUMENT_NAMES)


def marks(dialect: str, ids: Iterable[int]) -> Query:
    """The documents ``ids``: each one's id, number and :func:`_mark` — compared, under the
    write lock, with what they were when their export rows were made, nothing decoded
    (:func:`.sheet_store.keep`)."""
    q = Query("", columns=("id", "number", "mark"), types={"mark": "text"})
    q.sql = f"SELECT d.id, d.number, {_mark(dialect)} FROM documents d WHERE d.id IN ({q.among(ids)})"
    return q


def linked_marks(dialect: str, numbers: Iterable[str]) -> Query:
    """The :func:`_mark` of each document :func:`linked` lists (its complaint's number first),
    in the same order."""
    q = Query("", columns=("case_number", "mark"), types={"mark": "text"})
    q.sql = (
        f"SELECT d.case_number, {_mark(dialect)} FROM documents d WHERE d.case_number IN ({q.among(numbers)})"
        f" AND d.status != {q.bind(VOID)} AND d.kind != {q.bind('complaint')}"
        f" ORDER BY {', '.join(ORDER)}, d.id"
    )
    return q


def documents_with_ids(ids: Iterable[int]) -> Query:
    """The documents ``ids``."""
    q = Query("", columns=DOCUMENT_NAMES)
    q.sql = f"SELECT {', '.join(DOCUMENT_NAMES)} FROM documents WHERE id IN ({q.among(ids)})"
    return q


def earlier_records(revised: Iterable[tuple[int | None, int]]) -> Query:
    """The records of the revisions ``(document id, revision)``."""
    q = Query("", columns=("record",), types={"record": "json"})
    pairs = [f"(document_id = {q.bind(doc)} AND revision = {q.bind(rev)})" for doc, rev in revised]
    q.sql = f"SELECT record FROM revisions WHERE {' OR '.join(pairs) or 'NULL'}"
    return q


def rows_dropped(table: str, ids: Iterable[int]) -> Query:
    """The stored export rows (``sheet_rows``, ``tracking_rows``) of the documents ``ids`` deleted."""
    if table not in ("sheet_rows", "tracking_rows"):
        raise ValueError(f"not a table of stored rows: {table!r}")
    q = Query("")
    q.sql = f"DELETE FROM {table} WHERE document_id IN ({q.among(ids)})"
    return q


def tracking_dropped(complaints: Iterable[str]) -> Query:
    """The tracking rows of the complaints numbered ``complaints`` deleted."""
    q = Query("")
    q.sql = (
        "DELETE FROM tracking_rows WHERE document_id IN (SELECT id FROM documents"
        f" WHERE kind = 'complaint' AND number IN ({q.among(complaints)}))"
    )
    return q


def reprinted(document_id: int, status: str, at: dt.datetime) -> Query:
    """A document counted re-printed once more at ``at`` (its status ``status``)."""
    q = Query("")
    q.sql = (
        f"UPDATE documents SET status = {q.bind(status)}, reprints = reprints + 1,"
        f" reprinted_at = {q.bind(at)} WHERE id = {q.bind(document_id)}"
    )
    return q


# the numbering's writes, run once for each set of parameters
MAKE_COUNTER = (
    "INSERT INTO counters (kind, scope, last_serial) VALUES (:kind, :scope, 0) ON CONFLICT DO NOTHING"
)
MOVE_COUNTER = "UPDATE counters SET last_serial = :last WHERE kind = :kind AND scope = :scope"
