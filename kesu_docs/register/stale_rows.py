"""What a write drops of the export's stored rows: the rows of the documents it changes, and
the tracking rows of their complaints (made again by the next export, :mod:`.sheet_store`).

Run in a writer's transaction through the query runner alone (:mod:`.runner`, the text of
:mod:`.queries`): a render numbering into a current SQLite register imports no SQLAlchemy for
it (issue 15).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from . import queries
from .document import Document
from .issuing import chunks
from .runner import execute, rows_of, run

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def forget(
    conn: Connection,
    changed: Iterable[Document | int | None] = (),
    *,
    cases: Iterable[str | None] = (),
) -> None:
    """Drop the stored rows of the ``changed`` documents (filed before this transaction) and
    the tracking rows of the complaints they are filed against, and of the complaints numbered
    ``cases`` (a follow-up filed against them), in the caller's transaction. A document given
    as its id is looked up (its kind and case); a new complaint costs nothing."""
    docs = [d for d in changed if isinstance(d, Document)]
    ids = sorted({d for d in changed if isinstance(d, int)})
    numbers = {c for c in cases if c}
    # (each statement per chunk of ids: one parameter an id, a term a revision, within every
    # database's limits however large the batch)
    for part in chunks(ids):
        docs += [Document.from_row(r) for r in rows_of(conn, queries.documents_with_ids(part))]
    if docs:
        for part in chunks(d.id for d in docs if d.id is not None):
            execute(conn, queries.rows_dropped("sheet_rows", part))
            execute(conn, queries.rows_dropped("tracking_rows", part))
        numbers |= {d.case_number for d in docs if d.kind != "complaint" and d.case_number}
        numbers |= _earlier_cases(conn, [d for d in docs if d.kind != "complaint" and d.revision > 1])
    for part in chunks(numbers):
        execute(conn, queries.tracking_dropped(part))


def _earlier_cases(conn: Connection, revised: Sequence[Document]) -> set[str]:
    """The complaints the revised follow-ups were filed against before (a revision may move an
    8D to another case: the case it left lists it no more)."""
    if not revised:
        return set()
    found = set()
    for part in chunks((d.id, d.revision - 1) for d in revised):
        for (record,) in run(conn, queries.earlier_records(part)):
            number = record.get("complaint_number") if isinstance(record, dict) else None
            if number:
                found.add(str(number))
    return found
