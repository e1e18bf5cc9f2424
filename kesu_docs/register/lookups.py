"""The rules' look-ups of a register, written once for :class:`~.register.Register` and
:class:`~.lite.LiteRegister` (a module of its own: :mod:`.queries` reads :mod:`.document`'s
terms, so the look-ups, which run the one on the other, sit beside both)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import queries
from .document import Document, records_not_void


class Lookups:
    """The rules' look-ups of a register (a referenced document, whether it is void, a case's
    other documents), one implementation for both registers: each runs :mod:`.queries`' text
    through its own :meth:`documents_of` (:class:`~.register.Register` on its engine,
    :class:`~.lite.LiteRegister` on ``sqlite3``)."""

    def rows(self, query: Any) -> Iterator[tuple[Any, ...]]:  # pragma: no cover - each register's
        """The rows ``query`` (a :class:`.queries.Query`) finds, each column read as the table stores it."""
        raise NotImplementedError

    def documents_of(self, query: Any) -> list[Document]:
        """The documents ``query`` (of every column of ``documents``) finds."""
        return [Document.from_row(queries.Row(zip(query.columns, row))) for row in self.rows(query)]

    def find(self, kind: str, number: str) -> dict[str, Any] | None:
        """The stored record of a document (whatever its status), or None: for rules across documents."""
        for (record,) in self.rows(queries.record_of(kind, number)):
            return record
        return None

    def entry(self, kind: str, number: str) -> Document | None:
        """The register entry of a document (whatever its status), or None."""
        found = self.documents_of(queries.documents_by("number", kind, [number]))
        return found[0] if found else None

    def linked(self, number: str, kind: str | None = None) -> list[Document]:
        """The documents filed for the case ``number`` (8D, return notes, allowance
        certificates), void ones too, in filing order."""
        return self.documents_of(queries.filed_for(number, kind))

    def linked_records(self, kind: str, complaint_number: str) -> list[tuple[str, dict[str, Any]]]:
        """(number, record) of the documents of ``kind`` filed for a complaint, void ones left
        out: for rules (``followups``)."""
        return records_not_void(self.linked(complaint_number, kind))
