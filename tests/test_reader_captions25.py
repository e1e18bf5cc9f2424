"""D4 escape causes under captions the print wraps or cuts (issue 10), read on forms of our own,
built by openpyxl and printed by LibreOffice:

- **A long bilingual caption wrapped in its cell** (``D4 流出原因 / Why it was not`` ⏎
  ``detected``, wrap text on, the cause beside its last line): read as the escape cause, the other
  D4 caption (``D4 Grondoorzaak / Root cause``, naming the table alone) the occurrence cause,
  assumed and said so; on the workbook and its print (before: the workbook read one D4 text and
  dropped the other with no warning). On the print the wrapped line ``detected`` is still read
  with the cause, said on the field.
- Any table heading whose text beside it is left unread is said (``label_lost``, with its cell).
- **A caption cut at its cell's border on the print** (``D4 Waarom niet ontdekt / Why not d``):
  the same; before, the print's read lost the escape cause with no warning.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows, soffice_convert
from openpyxl import load_workbook
from openpyxl.styles import Alignment

_OCCURRENCE = "Press die worn at the bend radius."
_ESCAPE = "No bend angle check at final inspection."


def _eightd(first: str, second: str) -> list[list[Any]]:
    return [
        ["8D-RAPPORT / 8D REPORT"],
        ["Rapportnr. / Report No.", "8D-NL-2604-031", "Klant / Customer", "Van Dijk Techniek B.V."],
        ["D1 Team / Team", "Sanne de Vries, Li Na"],
        ["D2 Probleem / Problem", "Bracket bent on 60 parts."],
        ["D3 Inperking / Containment", "All 1,500 brackets sorted."],
        [first, _OCCURRENCE],
        [second, _ESCAPE],
        ["D5 Corrigerende actie / Corrective action", "Die reground, life set to 50,000 strokes."],
    ]


def _escape_kept(doc: dict[str, Any]) -> bool:
    """The escape cause read as such, or its caption said unread on the root causes."""
    causes = {r["type"]: r["cause"] for r in (doc["record"] or {}).get("root_cause") or []}
    if causes.get("escape") == _ESCAPE:
        return True
    lost = [p for p in doc["warnings"] if p["code"] == "label_lost" and p.get("field") == "root_cause"]
    return any("No bend angle" in p["message"] for p in lost) and _ESCAPE not in causes.values()


def _wrapped(tmp_path: Path) -> Path:
    book = sheet_from_rows(
        tmp_path,
        _eightd("D4 Grondoorzaak / Root cause", "D4 流出原因 / Why it was not detected"),
        "wrapped.xlsx",
        width=26,
    )
    wb = load_workbook(book)
    ws = wb.active
    ws["A7"].alignment = Alignment(wrap_text=True, vertical="top")  # as a clerk sets a long caption
    ws.row_dimensions[7].height = 30
    wb.save(book)
    return book


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_wrapped_d4_caption_never_loses_its_escape_cause_unsaid(tmp_path: Path, form: str):
    book = _wrapped(tmp_path)
    path = book if form == "xlsx" else soffice_convert(book, "pdf", tmp_path / "pdf")
    doc = read_doc(path, "8d")
    causes = {r["type"]: r["cause"] for r in (doc["record"] or {}).get("root_cause") or []}
    # the caption naming the escape cause, the other D4 caption naming the table alone: that one
    # is the occurrence cause, assumed and said so
    assert set(causes) == {"occurrence", "escape"}, causes
    assert causes["occurrence"] == _OCCURRENCE, causes
    assert "low_confidence" in field_codes(doc, "root_cause[0].type"), doc["warnings"]
    escape = next(k for k, r in enumerate(doc["record"]["root_cause"]) if r["type"] == "escape")
    # on the print the caption's wrapped line ("detected") sits under it, beside the cause: read
    # with the cause it is said (never a silent misread)
    assert causes["escape"] == _ESCAPE or field_codes(doc, f"root_cause[{escape}].cause"), causes
    assert causes["escape"].startswith(_ESCAPE), causes


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_d4_caption_cut_at_its_border_never_loses_its_escape_cause_unsaid(tmp_path: Path, form: str):
    rows = _eightd("D4 Grondoorzaak van de fout / Root cause", "D4 Waarom niet ontdekt / Why not detected")
    book = sheet_from_rows(tmp_path, rows, "cut.xlsx", width=29)  # the print cuts "… / Why not d"
    path = book if form == "xlsx" else soffice_convert(book, "pdf", tmp_path / "pdf")
    doc = read_doc(path, "8d")
    causes = {r["type"]: r["cause"] for r in (doc["record"] or {}).get("root_cause") or []}
    assert causes.get("occurrence") == _OCCURRENCE, causes
    assert _escape_kept(doc), (causes, doc["warnings"])


def test_two_d4_captions_each_read_say_nothing_lost(tmp_path: Path):
    # both captions name their cause: both read, no label said lost
    book = sheet_from_rows(
        tmp_path, _eightd("D4 发生原因 / Root cause", "D4 流出原因 / Escape"), "two.xlsx", width=30
    )
    doc = read_doc(book, "8d")
    causes = {r["type"]: r["cause"] for r in (doc["record"] or {}).get("root_cause") or []}
    assert causes == {"occurrence": _OCCURRENCE, "escape": _ESCAPE}, causes
    assert not [p for p in doc["warnings"] if p["code"] == "label_lost"], doc["warnings"]
