"""The register (登记簿): numbers, every issued document, and the case log (DOMAIN §2, §7).

An SQLite file by default (``kesu.db``), a PostgreSQL server for several clerks or plants —
the same code through SQLAlchemy Core. The schema creates and upgrades itself on open.

    from kesu_docs.register import Register, RegisterError, NumberTaken

    with Register.open("kesu.db") as reg:          # or "postgresql://user@host/kesu"
        doc = reg.issue(record, source_hash=digest, source="客诉.xlsx")
        doc.number, doc.created                    # '202609001', True (False on a rerun)
        reg.find("complaint", "202609001")         # the stored record (rules use this)
        reg.get("202609001")                       # the Document: status, issued_at, reprints…
        reg.amend(closed_record, source_hash=d2)   # the same case filled further (closed date…)
        reg.void("202609001", "重复登记")           # void, with reason; never reused
        reg.reprint("202609001")                   # counted; the original issue date is kept
        reg.documents(kind="complaint", period="202609")
        reg.log("202609001", "reminder", "催办单已发") ; reg.events("202609001")
        reg.export_xlsx("登记簿.xlsx")
        reg.transfer_to("postgresql://clerk@server/kesu")   # the move to a server: an empty target only

Numbers: ``{date:%Y%m}{serial:0{width}d}`` per kind by default (``kesu.toml [numbering]``
overrides per kind; ``serial_width``), the period from the document's own date; a record
that carries a number keeps it. Unique and gapless under concurrent processes.
"""

from typing import TYPE_CHECKING

from .. import lazy_attributes
from .document import COLUMNS, Document, DocumentStatus, Event, Print, Revision
from .errors import NumberTaken, RegisterError, UnknownNumber

if TYPE_CHECKING:
    from .numbering import Numbering
    from .register import Register, transfer_register
    from .transfer import Tally, TransferSummary

# imported when first named: a command that only reads an SQLite register (lite.py) never
# imports SQLAlchemy, which these modules do (issue 15)
_LAZY = {
    "Numbering": "numbering",
    "Register": "register",
    "transfer_register": "register",
    "Tally": "transfer",
    "TransferSummary": "transfer",
}


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY)


__all__ = [
    "COLUMNS",
    "Document",
    "DocumentStatus",
    "Event",
    "NumberTaken",
    "Numbering",
    "Print",
    "Register",
    "RegisterError",
    "Revision",
    "Tally",
    "TransferSummary",
    "UnknownNumber",
    "transfer_register",
]
