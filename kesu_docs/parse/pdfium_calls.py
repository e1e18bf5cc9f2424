"""PDFium's functions the PDF reader calls once a character or a page object, called plainly.

pypdfium2 declares the type of each argument of each function; ctypes then converts every
argument of every call through that type's ``from_param``, a Python call of its own: of the
≈ 2.3 µs a call to ``FPDFText_GetLooseCharBox`` takes, ≈ 1.4 µs are those conversions (issue 15:
≈ 59,000 calls in a warm parse of the 37 prints of issue 10, ≈ 6.5 % of its instructions in
ctypes). The functions here are the same C functions, with the same result type, declared
without argument types: ctypes passes each argument as it is.

So every argument given them must be one of three: a handle pypdfium2 gave (a text page, a
page, a page object, a clip path, a segment: passed as its address), a ``ctypes.byref`` or a
ctypes buffer (passed as its address), or a small Python int (an index, a length: passed as a
C ``int``). Never a Python int holding an address (it would be cut to 32 bits) and never a
float (passed as a C ``double``): no function here takes either.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c


def plain(declared: Any, restype: Any = None) -> Any:
    """``declared`` (a function of pypdfium2's) without its argument types: the same C function,
    answering ``restype`` (its own result type when None)."""
    address = ctypes.cast(declared, ctypes.c_void_p).value
    assert address, declared  # (a function PDFium's library exports: never NULL)
    call: Any = ctypes.CFUNCTYPE(declared.restype if restype is None else restype)(address)
    call.argtypes = None  # (no converter per argument: see the module's docstring)
    return call


# the text page's characters: (text page, index, …)
FPDFText_GetLooseCharBox = plain(pdfium_c.FPDFText_GetLooseCharBox)  # (…, byref(FS_RECTF))
FPDFText_GetCharAngle = plain(pdfium_c.FPDFText_GetCharAngle)
FPDFText_IsGenerated = plain(pdfium_c.FPDFText_IsGenerated)
FPDFText_GetUnicode = plain(pdfium_c.FPDFText_GetUnicode)
FPDFText_HasUnicodeMapError = plain(pdfium_c.FPDFText_HasUnicodeMapError)
FPDFText_GetFontWeight = plain(pdfium_c.FPDFText_GetFontWeight)
FPDFText_GetFontInfo = plain(pdfium_c.FPDFText_GetFontInfo)  # (…, buffer, its length, byref(int))
FPDFText_GetFillColor = plain(pdfium_c.FPDFText_GetFillColor)  # (…, byref(uint) × 4)
FPDFText_GetTextObject = plain(pdfium_c.FPDFText_GetTextObject)
FPDFPageObj_CountMarks = plain(pdfium_c.FPDFPageObj_CountMarks)
FPDFPageObj_GetMark = plain(pdfium_c.FPDFPageObj_GetMark)
FPDFPageObjMark_GetName = plain(
    pdfium_c.FPDFPageObjMark_GetName
)  # (mark, UTF-16 buffer, bytes, byref(ulong))
FPDFPageObjMark_GetParamStringValue = plain(pdfium_c.FPDFPageObjMark_GetParamStringValue)
# the address of the text object drawing a character, as an int: a key, never passed back here
text_object_address = plain(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)

# the page's objects and their paths: (page, index), (object, …), (clip path, …), (segment, …)
FPDFPage_GetObject = plain(pdfium_c.FPDFPage_GetObject)
object_address = plain(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)  # (its address, a plain int)
FPDFPageObj_GetType = plain(pdfium_c.FPDFPageObj_GetType)
FPDFPageObj_GetBounds = plain(pdfium_c.FPDFPageObj_GetBounds)  # (object, byref(float) × 4)
FPDFPageObj_GetMatrix = plain(pdfium_c.FPDFPageObj_GetMatrix)  # (object, byref(FS_MATRIX))
FPDFPageObj_GetFillColor = plain(pdfium_c.FPDFPageObj_GetFillColor)  # (object, byref(uint) × 4)
FPDFPath_GetDrawMode = plain(pdfium_c.FPDFPath_GetDrawMode)  # (path, byref(int) × 2)
FPDFPath_CountSegments = plain(pdfium_c.FPDFPath_CountSegments)
FPDFPageObj_GetClipPath = plain(pdfium_c.FPDFPageObj_GetClipPath)
FPDFClipPath_CountPaths = plain(pdfium_c.FPDFClipPath_CountPaths)
FPDFClipPath_CountPathSegments = plain(pdfium_c.FPDFClipPath_CountPathSegments)
FPDFClipPath_GetPathSegment = plain(pdfium_c.FPDFClipPath_GetPathSegment)
FPDFPath_GetPathSegment = plain(pdfium_c.FPDFPath_GetPathSegment)
FPDFPathSegment_GetPoint = plain(pdfium_c.FPDFPathSegment_GetPoint)  # (segment, byref(float) × 2)
FPDFPathSegment_GetType = plain(pdfium_c.FPDFPathSegment_GetType)
