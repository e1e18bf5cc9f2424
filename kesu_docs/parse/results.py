"""What reading a source gives: an :class:`Extraction` per document found in a file (raw
values and where each stood) and a :class:`ParseResult` per document once validated."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..forms import Form
from ..problems import Lang, Problem
from ..validation import Locations

if TYPE_CHECKING:
    from .currency import CurrencyEvidence

# the workbooks read (a macro-enabled one and a template are read as a workbook: their
# macros never run, said by ``workbook_macros_not_run``)
WORKBOOKS = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls")
SUFFIXES = (*WORKBOOKS, ".pdf", ".json")


@dataclass
class Extraction:
    """What an extractor found in one source document."""

    kind: str | None
    values: dict[str, Any]
    locations: Locations = field(default_factory=Locations)
    source: str = ""  # "file.json#2" for the 3rd record of a JSON list
    problems: list[Problem] = field(default_factory=list)  # found while extracting (e.g. partial rows)
    # field path → where its value came from and how sure the reader is (anchor.Provenance)
    provenance: dict[str, Any] = field(default_factory=dict)
    # what the form shows of its currency: the number formats of the cells read (``"NT$"#,##0``:
    # TWD), its currency rows, its texts (currency.CurrencyEvidence); None for a source with none
    currencies: CurrencyEvidence | None = None
    # the form shows nothing a clerk filled in (a blank copy beside the filled one: .blank_copies)
    blank: bool = False
    # the workbook's sheet it was read from (its title; "" for other files)
    sheet: str = ""
    # a print with a value that may be cut at its cell's border: its cells' texts it shows whole
    # (spaces closed up), by count — the workbook beside it is read only for a text it cuts
    # (:mod:`.print_notes`); empty otherwise
    printed_whole: dict[str, int] = field(default_factory=dict)
    # the texts the document prints (its cells, its words), asked only where the form read as the
    # kind told holds next to nothing (does it print that form's title?); none for other sources
    printed: Callable[[], Iterable[Any]] = field(default=tuple, repr=False, compare=False)


@dataclass
class ParseResult:
    """One source document: its record (possibly partial), errors and warnings."""

    source: str
    kind: str | None
    record: Form | None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    fatal: bool = False  # the file could not be read at all (exit code 2)
    source_hash: str = ""  # sha256 of the file's bytes (and the record's index in a JSON list)
    # where each field stood, so the rules can be run (again) without reading the file again
    locations: Locations = field(default_factory=Locations, repr=False, compare=False)
    # field path → anchor.Provenance: the cell or page and label each value was read from
    provenance: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # register_columns.Prepared of the record once derived, when a worker computed it for filing
    prepared: Any = field(default=None, repr=False, compare=False)
    # (worker's pid, key) when the worker that read the record for filing keeps it to render it
    held: Any = field(default=None, repr=False, compare=False)

    @property
    def valid(self) -> bool:
        return self.record is not None and not self.errors and not self.fatal

    def to_dict(self, lang: Lang = "zh", *, provenance: bool = True) -> dict[str, Any]:
        """What ``kesu parse`` prints of the result (``provenance`` False: all but that, the
        last key, which ``kesu parse --jobs`` encodes as each part comes back)."""
        record = None
        if self.record is not None:
            record = self.record.model_dump(mode="json", warnings=False) | self.record.derived_facts()
        out = {
            "source": self.source,
            "kind": self.kind,
            "valid": self.valid,
            "record": record,
            "errors": [p.to_dict(lang) for p in self.errors],
            "warnings": [p.to_dict(lang) for p in self.warnings],
        }
        if provenance:
            out["provenance"] = {path: p.to_dict() for path, p in sorted(self.provenance.items())}
        return out


Extractor = Callable[[Path, bytes, "str | None"], list[Extraction]]


def may_be_in_doubt(provenance: dict[str, Any], problems: Sequence[Problem]) -> bool:
    """Whether :func:`.guards.derived_in_doubt` can find anything: values placed by the reader's guess
    (not our own templates' defined names) and a field read with an error or warning."""
    if not provenance or all(getattr(p, "how", "") == "name" for p in provenance.values()):
        return False  # our own templates (read by their defined names): nothing guessed
    return any(p.fields and p.code != "required" for p in problems)  # (missing is no doubt)
