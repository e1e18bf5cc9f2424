"""Cell notes (comments) of a worksheet: a clerk's word about the value under it.

A clerk who finds a figure wrong after the form went round often leaves the cell as it was and
adds a note (``更正：應為 56``, ``should be 56``). The note does not print, and a reader that
looks at the cell only takes the old figure with no word said. So every value read from a
cell that carries a note is warned of, the note quoted; where the note is a correction naming
one figure for a figure field, that figure is read (and said so) — the clerk's last word.

A note that hedges (``应为 56？待确认``, ``若含返工品应为 56``, ``客户说应为 56 但我们数了 52``)
is no correction: the value stays as the cell shows, with the note quoted. A comments part is
parsed once per workbook (forty sheets may point at one part), and only up to the
``[limits]`` ``notes`` / ``note_chars``: the notes beyond them are left out with one warning.

Excel 365's threaded comments (a conversation: the comment and its replies) are read from their
own part; the note Excel keeps of each for older versions opens with its own words (``[Threaded
comment] Your version of Excel allows you to read…``), which are no part of the clerk's note.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import value_paths
from ..forms import FIGURE_KINDS, FormSpec
from ..lazy_re import lazy_re
from ..problems import Problem
from ..validation import Locations, labels_for
from ..values import visible
from .limits import limits
from .xlsx_parts import _relationships

_COMMENTS_TYPE = "/relationships/comments"
_THREADED_TYPE = "/relationships/threadedComment"  # Excel 365's conversations (2018 on)
# the note Excel keeps of a threaded comment for older versions: its own words, a link, then the
# conversation (``Comment:`` / ``Reply:``, or the words of the Excel's language)
_PLACEHOLDER = lazy_re(r"^\[[^\]\n]{1,40}\][\s\S]*?linkid=870924[^\n]*\n+(?:[^\n]*[:：]\s*\n)?")
NOTE_SHOWN = 80  # characters of a note quoted in a warning
# a correction: the cue, then the one value it names (``應為 56``, ``should be: 56``,
# ``更正为56``, ``should be 1,250``); a word ends at a space, a bracket or a punctuation mark
_CORRECTION = lazy_re(
    r"(?:应为|應為|应是|應是|改为|改為|更正为|更正為|订正为|訂正為|正确为|正確為|正确的是|正確的是"
    r"|should\s+(?:be|read)|correct(?:ed)?\s+(?:value\s+)?(?:is|to)|actual(?:ly)?\s+is)"
    r"\s*[:：]?\s*(?P<value>[+-]?\d[\d,]*(?:\.\d+)?|[^\s（()（）,，;；。、]+)",
    re.I,
)
_FIGURE = lazy_re(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|[+-]?\d+(?:\.\d+)?$")
_ANY_FIGURE = lazy_re(r"\d[\d,]*(?:\.\d+)?")
# an aside in brackets (``（3/10 客戶追加 4 條）``): when and why, its figures no rival value
_ASIDE = lazy_re(r"[（(][^（）()]*[）)]")
# ``1.250``: a point before exactly three digits may be a thousands separator (1250) or not (1.25)
_POINT_THOUSANDS = lazy_re(r"[+-]?\d{1,3}\.\d{3}$")
# a note that doubts, conditions or disputes what it names is no correction
_HEDGE = lazy_re(
    r"[?？]|若|如果|假如|待确认|待確認|待定|确认中|確認中|维持|維持|保持|但|可能|也许|也許|或|是否|不确定|不確定"
    r"|\b(?:if|maybe|perhaps|possibly|probably|unless|tbc|tbd|unsure|unconfirmed|pending|but|keep|kept|or)\b",
    re.I,
)


class Notes(dict[str, str]):
    """Cell reference → its note; ``cut`` names the comments part whose notes went past the
    limits (the rest of its notes were not read), "" when all were."""

    cut: str = ""


def cell_notes(archive: zipfile.ZipFile, sheet_part: str, parsed: dict[str, Notes] | None = None) -> Notes:
    """Cell reference (``B4``) → the text of its note, for the sheet at ``sheet_part``
    (empty when it has none). Excel's threaded comments keep a legacy note of the same text,
    read here as well. ``parsed`` keeps each comments part read for the workbook's other
    sheets: a part many sheets point at is parsed once, and shared."""
    folder, name = posixpath.split(sheet_part)
    rels = f"{folder}/_rels/{name}.rels"
    if rels not in archive.NameToInfo:
        return Notes()
    rel_xml = archive.read(rels)
    if b"omments" not in rel_xml:  # (comments, threadedComments)
        return Notes()
    parsed = {} if parsed is None else parsed
    linked = list(_relationships(rel_xml, folder).values())
    targets = [t for t, kind in linked if kind.endswith(_COMMENTS_TYPE)]
    # a threaded comment's own text over the note Excel keeps of it (its placeholder words)
    targets += [t for t, kind in linked if kind.endswith(_THREADED_TYPE)]
    found = [_part_notes(archive, t, parsed) for t in targets if t in archive.NameToInfo]
    if len(found) == 1:
        return found[0]
    out = Notes()
    for notes in found:
        out.update(notes)
        out.cut = out.cut or notes.cut
    return out


def _part_notes(archive: zipfile.ZipFile, part: str, parsed: dict[str, Notes]) -> Notes:
    if part not in parsed:
        with archive.open(part) as stream:
            parsed[part] = bounded(
                _threaded(stream) if "threaded" in part.lower() else _comments(stream), part
            )
    return parsed[part]


def _comments(stream: Any) -> Iterator[tuple[str, str]]:
    for _event, elem in ET.iterparse(stream, events=("end",)):
        if elem.tag.rsplit("}", 1)[-1] != "comment":
            continue
        ref = (elem.get("ref") or "").split(":", 1)[0].upper()
        text = "".join(t.text or "" for t in elem.iter() if t.tag.rsplit("}", 1)[-1] == "t").strip()
        elem.clear()
        yield ref, _PLACEHOLDER.sub("", text).strip()


def _threaded(stream: Any) -> Iterator[tuple[str, str]]:
    """(cell, conversation) of a threaded comments part: a cell's comment and its replies, one a
    line, in the order written (streamed as :func:`_comments`; each cell's lines kept until the
    part ends: a conversation's replies may come after other cells')."""
    cfg, chars = limits(), 0
    talks: dict[str, list[str]] = {}
    for _event, elem in ET.iterparse(stream, events=("end",)):
        if elem.tag.rsplit("}", 1)[-1] != "threadedComment":
            continue
        ref = (elem.get("ref") or "").split(":", 1)[0].upper()
        text = "".join(t.text or "" for t in elem.iter() if t.tag.rsplit("}", 1)[-1] == "text").strip()
        elem.clear()
        if ref and text:
            talks.setdefault(ref, []).append(text)
            chars += len(text)
            if len(talks) > cfg.notes or chars > cfg.note_chars:
                break  # past the limits: :func:`bounded` says so, the rest is not read
    for ref, lines in talks.items():
        yield ref, "\n".join(lines)


def bounded(notes: Iterable[tuple[str, str]], part: str) -> Notes:
    """(cell, note) pairs kept up to the ``[limits]`` ``notes`` and ``note_chars``; past them
    the rest is not read and ``cut`` names ``part`` (an .xlsx's comments part, an .xls's sheet)."""
    cfg = limits()
    out, chars = Notes(), 0
    for ref, text in notes:
        if not (ref and text):
            continue
        chars += len(text)
        if len(out) >= cfg.notes or chars > cfg.note_chars:
            out.cut = part
            break
        out[ref] = text
    return out


def shown_note(text: str) -> str:
    """The note as a warning quotes it: on one line, cut at ``NOTE_SHOWN`` characters."""
    one = " ".join(text.split())
    return one if len(one) <= NOTE_SHOWN else one[: NOTE_SHOWN - 1] + "…"


def corrected_figure(text: str) -> Decimal | None:
    """The one figure a note corrects its cell to (``更正：應為 56（3/10 追加）`` → 56); None
    when the note names no correction, more than one, a correction that is no figure, or is
    not plain: another figure in it (but in a bracketed aside), a question mark, a hedge (``若``, ``待确认``, ``维持``,
    ``but``, ``if``…), or a figure that may be read two ways (``1.250``)."""
    text = visible(text)
    found = _CORRECTION.findall(text)
    if len(found) != 1 or len(_ANY_FIGURE.findall(_ASIDE.sub(" ", text))) != 1 or _HEDGE.search(text):
        return None
    token = found[0].rstrip(".,")
    if not _FIGURE.match(token) or _POINT_THOUSANDS.match(token):
        return None
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:  # (the pattern lets no malformed figure through)
        return None


def noted(
    spec: FormSpec,
    notes: dict[str, str],
    sheet: str,
    values: dict[str, Any],
    where: Locations,
    labels: dict[str, str] | None = None,
) -> list[Problem]:
    """A warning on each value read from a cell of ``sheet`` that carries a note
    (``value_noted``); a figure field whose note corrects it to one figure is read from the
    note (``value_from_note``). A note on the label the value was anchored on (``labels``: path
    → the label's place) is the value's note too, when its own cell has none. Shared by the
    generic reader and the profiles' (a place is ``Sheet!B4`` or a bare ``B4``). Notes cut at
    the limits: one ``notes_over_limit`` warning."""
    out: list[Problem] = []
    cut = getattr(notes, "cut", "")
    if cut:
        cfg = limits()
        out.append(
            Problem(
                "notes_over_limit",
                location=sheet,
                severity="warning",
                params={"part": cut, "notes": f"{cfg.notes:,}", "chars": f"{cfg.note_chars:,}"},
            )
        )
    if not notes:
        return out
    for path, place in list(where.items()):
        found = _note_of(notes, sheet, place, (labels or {}).get(path, "")) if path else None
        if found is None:
            continue
        ref, note = found
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


def _note_of(notes: dict[str, str], sheet: str, place: str, label: str) -> tuple[str, str] | None:
    """(cell, note) of a value at ``place``: its own cell's note first, then its label's."""
    for at in (place, label):
        on, _, ref = at.rpartition("!")
        ref = ref.split(":", 1)[0]
        if ref and on in ("", sheet) and ref in notes:
            return ref, notes[ref]
    return None


def on_merged(notes: Notes, top_left: dict[str, str]) -> Notes:
    """``notes`` with each note on a merged range's other cell (``E4`` of ``D4:E4``) also
    under the range's top-left cell, where a value is read from (``top_left``: cell → its
    range's top-left cell), unless that cell has its own note. A new mapping: the parsed part
    may be shared by other sheets."""
    moved = {top_left[ref]: text for ref, text in notes.items() if top_left.get(ref, ref) != ref}
    if not moved:
        return notes
    out = Notes({**moved, **notes})
    out.cut = notes.cut
    return out


def _figure(value: Any) -> Decimal | None:
    """A cell's figure as a Decimal (a number, or a text of one); None for anything else."""
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).replace(",", "").strip()
    if not _FIGURE.match(text):
        return None
    return Decimal(text)
