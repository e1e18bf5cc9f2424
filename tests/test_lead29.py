"""The lead's mends of round 29: what the round's helpers noticed and left."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_cli

OUTLINED = Path(__file__).parent / "holdout29" / "odd" / "complaint-outlined.pdf"


def test_a_pdf_whose_letters_are_outlines_is_not_called_only_a_scan() -> None:
    """holdout29's odd complaint has its every letter drawn as curves: no text layer and no image.
    The error used to say "a scan" alone (misleading: there is no image to OCR); it names the
    outlines too, and the original file as the better way, in both languages."""
    code, [doc] = parse_cli(OUTLINED)
    assert code == 2 and doc["record"] is None
    [error] = doc["errors"]
    assert error["code"] == "no_text_layer" and "轮廓" in error["message"] and "原" in error["message"]
    _, [english] = parse_cli(OUTLINED, "--lang", "en")
    message = english["errors"][0]["message"]
    assert "no text layer" in message and "outlines" in message and "original" in message
