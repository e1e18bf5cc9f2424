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
"""

from __future__ import annotations

from ..lazy_re import lazy_re

_BYTE_RANGE = lazy_re(rb"/ByteRange\s*\[\s*(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s*\]")
_BLANKS = b"\x00\t\n\x0c\r "  # an end of line or padding a writer leaves after the signed ``%%EOF``


def changed_after_signing(data: bytes) -> int:
    """How many bytes of ``data`` follow the part of the file its last signature covers (0: no
    signature, or nothing but blanks after it): an update made after the file was signed."""
    if b"/ByteRange" not in data:
        return 0
    ends = [int(c) + int(d) for _a, _b, c, d in _BYTE_RANGE.findall(data)]
    if not ends:
        return 0
    rest = data[max(ends) :]
    return len(rest) if rest.strip(_BLANKS) else 0
