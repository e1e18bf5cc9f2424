"""The diagonal 作废 VOID watermark a void document carries across every page of every copy.

A header is on every page of its section, and each copy is a section with its own header
part: a shape anchored in each header, behind the text, centred on the page and turned 315°,
is on every page of every copy — whatever the plant's template prints. The shape is Word's
own watermark (Design → Watermark: a VML text path), which Word, WPS and LibreOffice all draw
diagonally; in a PDF it is drawn as outlines, so the words 作废 VOID that a text search finds
on each page are the header's void mark beside it.
"""

from __future__ import annotations

import re
import zlib

from ..lazy_re import lazy_re

HEADER_PART = lazy_re(r"^word/header\d*(_copy\d+)?\.xml$")
TEXT = "作废 VOID"
COLOUR = "#F2A5A5"  # a light red: the page stays readable through it
_FIRST_PARAGRAPH = lazy_re(r"<w:p(?:\s[^>]*)?>(\s*<w:pPr>.*?</w:pPr>)?", re.S)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_V = "urn:schemas-microsoft-com:vml"
_O = "urn:schemas-microsoft-com:office:office"


def watermark_run(shape_id: int, text: str = TEXT) -> str:
    """A run holding the watermark: Word's WordArt watermark shape, behind the text, rotated 315°."""
    return (
        f'<w:r xmlns:w="{_W}"><w:pict xmlns:v="{_V}" xmlns:o="{_O}">'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
        '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
        '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
        '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
        '<v:f eqn="sum @6 0 @5"/></v:formulas>'
        '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
        'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
        '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        f'<v:shape id="KesuVoidWatermark{shape_id}" o:spid="_x0000_s{shape_id}" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:118pt;rotation:315;'
        "z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical:center;mso-position-vertical-relative:margin" '
        f'o:allowincell="f" fillcolor="{COLOUR}" stroked="f">'
        f'<v:textpath style="font-family:&quot;SimHei&quot;;font-size:1pt" string="{text}"/>'
        "</v:shape></w:pict></w:r>"
    )


def add_watermark(xml: str, part: str) -> str:
    """The header part ``xml`` with the watermark anchored in its first paragraph."""
    found = _FIRST_PARAGRAPH.search(xml)
    if found is None:  # a header without a paragraph: give it one
        at = xml.rfind("</w:hdr>")
        if at < 0:
            return xml
        return xml[:at] + f"<w:p>{watermark_run(_shape_id(part))}</w:p>" + xml[at:]
    return xml[: found.end()] + watermark_run(_shape_id(part)) + xml[found.end() :]


def _shape_id(part: str) -> int:
    """A shape id of its own per header part (Word wants them unique in a document), stable across runs."""
    return 2049 + zlib.crc32(part.encode()) % 30_000
