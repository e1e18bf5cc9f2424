"""Cell notes (comments) of a worksheet: a clerk's word about the value under it.

A clerk who finds a figure wrong after the form went round often leaves the cell as it was and
adds a note (``更正：應為 56``, ``should be 56``). The note does not print, and a reader that
looks at the cell only takes the old figure with no word said. So every value read from a
cell that carries a note is warned of, the note quoted; where the note is a correction naming
one figure for a figure field, that figure is read (and said so) — the clerk's last word.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import value_paths
from ..forms import FIGURE_KINDS, FormSpec
from ..problems import Problem
from ..validation import Locations, labels_for
from .xlsx_parts import _relationships

_COMMENTS_TYPE = "/relationships/comments"
NOTE_SHOWN = 80  # characters of a note quoted in a warning
# a correction: the cue, then the one value it names (``應為 56``, ``should be: 56``,
# ``更正为56``, ``should be 1,250``); a word ends at a space, a bracket or a punctuation mark
_CORRECTION = re.compile(
    r"(?:应为|應為|应是|應是|改为|改為|更正为|更正為|订正为|訂正為|正确为|正確為|正确的是|正確的是"
    r"|should\s+(?:be|read)|correct(?:ed)?\s+(?:value\s+)?(?:is|to)|actual(?:ly)?\s+is)"
    r"\s*[:：]?\s*(?P<value>[+-]?\d[\d,]*(?:\.\d+)?|[^\s（()（）,，;；。、]+)",
    re.I,
)
_FIGURE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|[+-]?\d+(?:\.\d+)?$")


def cell_notes(archive: zipfile.ZipFile, sheet_part: str) -> dict[str, str]:
    """Cell reference (``B4``) → the text of its note, for the sheet at ``sheet_part``
    (empty when it has none). Excel's threaded comments keep a legacy note of the same text,
    read here as well."""
    folder, name = posixpath.split(sheet_part)
    rels = f"{folder}/_rels/{name}.rels"
    if rels not in archive.NameToInfo:
        return {}
    rel_xml = archive.read(rels)
    if b"comments" not in rel_xml:
        return {}
    out: dict[str, str] = {}
    for target, kind in _relationships(rel_xml, folder).values():
        if kind.endswith(_COMMENTS_TYPE) and target in archive.NameToInfo:
            out.update(_notes(archive.read(target)))
    return out


def _notes(xml: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for elem in ET.fromstring(xml).iter():
        if elem.tag.rsplit("}", 1)[-1] != "comment":
            continue
        ref = (elem.get("ref") or "").split(":", 1)[0].upper()
        text = "".join(t.text or "" for t in elem.iter() if t.tag.rsplit("}", 1)[-1] == "t").strip()
        if ref and text:
            out[ref] = text
    return out


def shown_note(text: str) -> str:
    """The note as a warning quotes it: on one line, cut at ``NOTE_SHOWN`` characters."""
    one = " ".join(text.split())
    return one if len(one) <= NOTE_SHOWN else one[: NOTE_SHOWN - 1] + "…"


def corrected_figure(text: str) -> Decimal | None:
    """The one figure a note corrects its cell to (``更正：應為 56（3/10 追加）`` → 56); None
    when the note names no correction, more than one, or a correction that is no figure."""
    found = _CORRECTION.findall(text)
    if len(found) != 1:
        return None
    token = found[0].rstrip(".,")
    if not _FIGURE.match(token):
        return None
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:  # (the pattern lets no malformed figure through)
        return None


def noted(
    spec: FormSpec, notes: dict[str, str], sheet: str, values: dict[str, Any], where: Locations
) -> list[Problem]:
    """A warning on each value read from a cell of ``sheet`` that carries a note
    (``value_noted``); a figure field whose note corrects it to one figure is read from the
    note (``value_from_note``). Shared by the generic reader and the profiles' (a place is
    ``Sheet!B4`` or a bare ``B4``)."""
    if not notes:
        return []
    out: list[Problem] = []
    for path, place in list(where.items()):
        on, _, ref = place.rpartition("!")
        note = notes.get(ref.split(":", 1)[0]) if path and on in ("", sheet) else None
        if note is None:
            continue
        meta = spec.leaf_fields.get(path)
        cell = value_paths.get(values, path)
        figure = corrected_figure(note) if meta is not None and meta.kind in FIGURE_KINDS else None
        params: dict[str, Any] = {"location": ref, "note": shown_note(note)}
        code = "value_noted"
        if figure is not None and _figure(cell) not in (None, figure):
            read = int(figure) if figure == figure.to_integral_value() else str(figure)
            value_paths.put(values, path, read)
            code, params = "value_from_note", {**params, "cell": cell, "value": read}
        zh, en = labels_for(spec, path)
        out.append(
            Problem(
                code, field=path, label=zh, label_en=en, location=place, severity="warning", params=params
            )
        )
    return out


def _figure(value: Any) -> Decimal | None:
    """A cell's figure as a Decimal (a number, or a text of one); None for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).replace(",", "").strip()
    if not _FIGURE.match(text):
        return None
    return Decimal(text)
