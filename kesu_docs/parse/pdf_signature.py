"""A signed PDF changed after its signature: a signature covers the file's bytes as they were
when it was made (its ``/ByteRange``: from the start to the end of the file then, less the
signature itself); an incremental update appended later — a value changed, a page added — is
read as the PDF now shows it, and no PDF reader's page shows what was signed. kesu reads the
file as it now is (the form's values as the last update left them) and says that the signed
version may read otherwise (``pdf_changed_after_signing``, in :mod:`.pdf`'s catalogue): the
clerk checks it in a PDF reader's signature panel or asks the sender for the signed file.

Found in the file's bytes, without checking any signature's cryptography (kesu vouches for none):
a signature's dictionary is written in sight (its ``/Contents`` is filled in place after the
file is written, so no signer keeps it in a compressed object stream).

An update that only keeps the signature checkable for years — Acrobat's and every PAdES
signer's long-term validation data (the catalog's ``/DSS``: certificates, OCSP answers, CRLs,
``/VRI``) and document timestamps (a ``/DocTimeStamp`` signature in a field of its own) — is no
change of what was signed (ISO 32000-2 §12.8.4.3): the objects it rewrites are compared with
the signed revision's (:func:`_only_validation_data`), and only another difference is said.
"""

from __future__ import annotations

from typing import Any

from ..lazy_re import lazy_re

_BYTE_RANGE = lazy_re(rb"/ByteRange\s*\[\s*(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s*\]")
_BLANKS = b"\x00\t\n\x0c\r "  # an end of line or padding a writer leaves after the signed ``%%EOF``


def changed_after_signing(data: bytes) -> int:
    """How many bytes of ``data`` follow the part of the file its last signature covers (0: no
    signature, or nothing but blanks after it): an update made after the file was signed."""
    if b"/ByteRange" not in data:
        return 0
    found = [(int(m[3]) + int(m[4]), _timestamp(data, m.start())) for m in _BYTE_RANGE.finditer(data)]
    if not found:
        return 0
    # what the signers signed ends with the last signature that is no document timestamp (a
    # timestamp only vouches for the moment), unless there are timestamps only
    signed = max((end for end, stamp in found if not stamp), default=max(end for end, _ in found))
    rest = data[signed:]
    if not rest.strip(_BLANKS) or _only_validation_data(data, signed):
        return 0
    return len(rest)


def _timestamp(data: bytes, at: int) -> bool:
    """Whether the signature dictionary holding the ``/ByteRange`` at ``at`` is a document
    timestamp (``/Type /DocTimeStamp``, ``/SubFilter /ETSI.RFC3161``)."""
    start = data.rfind(b" obj", 0, at)
    end = data.find(b"endobj", at)
    whole = data[max(start, 0) : end if end > 0 else len(data)]
    return b"/DocTimeStamp" in whole or b"/ETSI.RFC3161" in whole


_VALIDATION_KEYS = {"/DSS", "/Extensions"}  # the catalog's: LTV data, the extension level it needs
_SIGNATURE_FIELD_KEYS = {"/SigFlags"}  # the AcroForm's, once a timestamp's field is added


def _only_validation_data(data: bytes, signed: int) -> bool:
    """Whether the updates after byte ``signed`` rewrite no object of the signed revision but
    to add long-term validation data or a document timestamp: the catalog with ``/DSS`` and
    ``/Extensions`` added or changed; the form's field list and a page's annotations with
    signature fields added (a timestamp's), ``/SigFlags`` set. New objects are what those point
    at. Anything else rewritten — a value, a page's content, a field list gaining another
    field — or a file either revision of which pypdf cannot read: False (said as changed)."""
    import io
    import logging

    from pypdf import PdfReader

    logger = logging.getLogger("pypdf")  # (its warnings of a damaged revision: not the clerk's)
    level, logger.level = logger.level, logging.ERROR
    try:
        before = PdfReader(io.BytesIO(data[:signed]), strict=False)
        after = PdfReader(io.BytesIO(data), strict=False)
        rewritten = _rewritten(after, signed)
        was, now = _places(before), _places(after)
        if any(now.get(number) != place for number, place in was.items() if number not in rewritten):
            return False  # an object of the signed revision pointed elsewhere (an older one) or freed
        old_root, new_root = before.trailer.raw_get("/Root"), after.trailer.raw_get("/Root")
        if _canonical(old_root) != _canonical(new_root):
            return False  # another catalog: compare nothing, say it
        for number in rewritten:
            if not any(number in by for by in before.xref.values()) and number not in before.xref_objStm:
                continue  # a new object: it counts where a rewritten one points at it
            old: Any = before.get_object(number)
            new: Any = after.get_object(number)
            if number == old_root.idnum:
                allowed = _VALIDATION_KEYS
            elif old.get("/Type") == "/Page" or "/Fields" in old:
                allowed = _SIGNATURE_FIELD_KEYS
            else:
                return False
            if not _same_but(old, new, allowed):
                return False
        return True
    except Exception:  # a revision pypdf cannot read, a loop, a missing object: say it changed
        return False
    finally:
        logger.level = level


def _rewritten(reader: object, signed: int) -> set[int]:
    """The numbers of the objects the file's updates after byte ``signed`` define: written in
    sight after it, or inside an object stream written after it."""
    xref: dict[int, dict[int, int]] = reader.xref  # type: ignore[attr-defined]
    streams: dict[int, tuple[int, int]] = reader.xref_objStm  # type: ignore[attr-defined]
    at = {number: offset for by in xref.values() for number, offset in by.items()}
    found = {number for number, offset in at.items() if offset >= signed}
    found.update(number for number, (stream, _i) in streams.items() if at.get(stream, 0) >= signed)
    return found


def _places(reader: object) -> dict[int, tuple[int, int, int]]:
    """Where the file's cross-reference puts each object: (generation, offset, 0) written in
    sight, (-1, stream, index) inside an object stream — an update whose cross-reference points
    a signed object back at an older revision's copy, or frees it, writes no object of its own
    and is seen here (the review: 100 signed, 999 read, nothing said)."""
    xref: dict[int, dict[int, int]] = reader.xref  # type: ignore[attr-defined]
    streams: dict[int, tuple[int, int]] = reader.xref_objStm  # type: ignore[attr-defined]
    found = {
        number: (generation, offset, 0) for generation, by in xref.items() for number, offset in by.items()
    }
    found.update((number, (-1, stream, index)) for number, (stream, index) in streams.items())
    return found


def _same_but(old: object, new: object, allowed: set[str]) -> bool:
    """Whether the dictionaries ``old`` and ``new`` differ only in the keys ``allowed`` and in
    signature fields added to their ``/Annots`` or ``/Fields``."""
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return False
    for key in set(old) | set(new):
        if key in allowed or _canonical(dict.get(old, key)) == _canonical(dict.get(new, key)):
            continue
        if key == "/AcroForm" and isinstance(dict.get(old, key), dict):  # the form written in the catalog
            if _same_but(dict.get(old, key), dict.get(new, key), _SIGNATURE_FIELD_KEYS):
                continue
            return False
        if key not in ("/Annots", "/Fields"):
            return False
        was = [_canonical(v) for v in _items(dict.get(old, key))]
        now = [_canonical(v) for v in _items(dict.get(new, key))]
        added = [v for v, c in zip(_items(dict.get(new, key)), now, strict=True) if c not in was]
        if not all(c in now for c in was) or not all(_signature_field(v) for v in added):
            return False
    return True


def _items(value: object) -> list[object]:
    """An array's items (as they are written: references kept), however the array is given."""
    from pypdf.generic import ArrayObject, IndirectObject

    if isinstance(value, IndirectObject):
        value = value.get_object()
    return list(value) if isinstance(value, ArrayObject) else []


def _signature_field(value: object) -> bool:
    """Whether an added field or annotation is a signature's (``/FT /Sig``) that shows nothing
    on the page, as a document timestamp's: its widgets (the field itself, or its ``/Kids``) of
    no area or hidden. A visible signature box added after signing is a change of the page
    (attack30's review: an empty box, or one whose appearance says "approved", was let be)."""
    from pypdf.generic import IndirectObject

    field = value.get_object() if isinstance(value, IndirectObject) else value
    if not (isinstance(field, dict) and field.get("/FT") == "/Sig"):
        return False
    kids = _items(field.get("/Kids"))
    return all(
        _unseen(kid.get_object() if isinstance(kid, IndirectObject) else kid) for kid in kids or [field]
    )


_HIDDEN_FLAGS = 2 | 32  # an annotation's /F: Hidden, NoView (ISO 32000-1 §12.5.3)


def _unseen(widget: object) -> bool:
    """Whether a widget annotation shows nothing: hidden by its flags, or a ``/Rect`` of no area
    (none, or fewer than four numbers, as a timestamp's)."""
    if not isinstance(widget, dict):
        return False
    try:
        if int(widget.get("/F", 0)) & _HIDDEN_FLAGS:
            return True
        rect = [float(v) for v in _items(widget.get("/Rect"))]  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return len(rect) < 4 or abs(rect[2] - rect[0]) * abs(rect[3] - rect[1]) == 0


def _canonical(value: object, depth: int = 0) -> object:
    """A comparable form of a PDF value as written: references by number, not followed."""
    from pypdf.generic import IndirectObject, StreamObject

    if depth > 32:
        raise ValueError("nested too deep")
    if isinstance(value, IndirectObject):
        return ("ref", value.idnum, value.generation)
    if isinstance(value, StreamObject):
        return ("stream", _canonical(dict(value), depth + 1), value._data)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _canonical(v, depth + 1)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_canonical(v, depth + 1) for v in value)
    return repr(value)
