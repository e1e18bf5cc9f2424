"""What reaches the paper: the one rule for letters drawn in white and the shades they show on.

A template's example line or a note hidden from the printout is drawn in white on no
shading: on paper nothing shows, so it is no value (the blank's ``EX-0000 Example`` row
would become item 1). White letters on a dark band (a table's header) are printed and read
as ever. Every reader feeds the same facts: the letters' fill colour (RGB, 0-255), their
opacity and whether a shade lies under them; so PDFium's words, pdfplumber's and a
workbook's cells (:mod:`.xlsx_parts`) decide alike. No heavy import here: the Excel path
asks it too.
"""

from __future__ import annotations

from collections.abc import Callable

# A colour channel this light (0-255) is the paper's white
PAPER = 245
OPAQUE = 255  # opacity of ink whose reader does not report it (pdfminer, a workbook's font)

Rgb = tuple[float, float, float]


def white(rgb: Rgb) -> bool:
    """A colour (channels 0-255) as light as the paper.

    >>> white((255, 255, 255)), white((248, 250, 252)), white((31, 56, 100))
    (True, True, False)
    """
    return min(rgb) >= PAPER


def shading(rgb: Rgb | None, alpha: float) -> bool:
    """Is a filled area (a rectangle or any path: a rounded box, a framed cell) a shade white
    letters show on? Painted at all (``alpha`` > 0) in a colour other than the paper's; a
    frame stroked round it changes nothing (a framed dark box is as dark as a bare one).

    >>> shading((31, 56, 100), OPAQUE), shading((255, 255, 255), OPAQUE), shading((0, 0, 0), 0)
    (True, False, False)
    """
    return rgb is not None and alpha > 0 and not white(rgb)


def unprinted(rgb: Rgb | None, alpha: float, shaded: bool | Callable[[], bool]) -> bool:
    """Letters that never reach the paper: drawn in white where no shade lies under them.

    ``shaded``: a shade lies under the letters (a workbook cell's fill), or how to tell, asked
    only of white letters (PDFium looks the letters' box up then: a page has hundreds of runs). Letters with no opacity at all (``alpha`` 0: a scan's text layer, kept
    out of sight on purpose) or whose colour is not known are no such letters: they are read.

    >>> unprinted((255, 255, 255), OPAQUE, lambda: False), unprinted((255, 255, 255), OPAQUE, lambda: True)
    (True, False)
    >>> unprinted((0, 0, 0), OPAQUE, lambda: False), unprinted((255, 255, 255), 0, lambda: False)
    (False, False)
    """
    return rgb is not None and alpha > 0 and white(rgb) and not (shaded() if callable(shaded) else shaded)


# A colour this light as seen on the paper (0-255, every channel) is faint ink: a watermark's
FAINT = 180


def faint(rgb: Rgb | None, alpha: float) -> bool:
    """Letters that show faintly on the paper: their colour laid over white at their opacity
    (``alpha``, 0-255) is light in every channel (a watermark's grey at a third of its ink).
    Unknown colours are no faint ink.

    >>> faint((120, 120, 120), 89), faint((120, 120, 120), OPAQUE), faint((200, 200, 200), OPAQUE)
    (True, False, True)
    """
    if rgb is None:
        return False
    shown = [255 - (255 - c) * alpha / OPAQUE for c in rgb[:3]]
    return min(shown) >= FAINT


def device_rgb(colour: object) -> Rgb | None:
    """A PDF fill colour as pdfminer gives it (grey, RGB or CMYK, channels 0-1) in RGB 0-255;
    None for a pattern or anything else it cannot tell.

    >>> device_rgb((1,)), device_rgb((0, 0, 0, 0)), device_rgb((0.5, 0.5, 0.5)), device_rgb("P1")
    ((255, 255, 255), (255, 255, 255), (127.5, 127.5, 127.5), None)
    """
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if (
        not isinstance(colour, (tuple, list))
        or not colour
        or not all(isinstance(v, (int, float)) for v in colour)
    ):
        return None
    if len(colour) == 4:  # CMYK: each channel's ink takes away from the paper's light
        c, m, y, k = colour
        return (255 * (1 - c) * (1 - k), 255 * (1 - m) * (1 - k), 255 * (1 - y) * (1 - k))
    if len(colour) == 1:
        return (colour[0] * 255,) * 3
    r, g, b = colour[:3]
    return (r * 255, g * 255, b * 255)


def hex_rgb(code: str | None) -> Rgb | None:
    """A workbook's colour (``FFFFFFFF`` ARGB or ``FFFFFF`` RGB) in RGB 0-255; the alpha byte
    Excel writes is not an opacity it draws with. None when not such a code.

    >>> hex_rgb("FFFFFFFF"), hex_rgb("00ffffff"), hex_rgb("1F3864"), hex_rgb(None), hex_rgb("theme")
    ((255, 255, 255), (255, 255, 255), (31, 56, 100), None, None)
    """
    if not code or len(code) not in (6, 8):
        return None
    try:
        value = int(code[-6:], 16)
    except ValueError:
        return None
    return (value >> 16, (value >> 8) & 0xFF, value & 0xFF)
