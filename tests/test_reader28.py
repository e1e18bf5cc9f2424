"""The reader's gaps and contradictions left by round 27 (issue 10), each rule read on files of
our own (workbooks built with openpyxl, LibreOffice's print of them where the print matters).

- **A link file sent for a form** (an Internet shortcut ``[InternetShortcut] URL=…``, a Linux
  desktop link, a macOS ``.webloc``) named ``.pdf`` or ``.xlsx`` is said to be a link, with the
  address it points to and what to do — before, "not a PDF (no %PDF header)" or a text file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import read_doc

_URL = "https://portal.example.com/quality/returns/RN-26-0412.pdf"
_LINKS = {
    "windows": (
        "[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\n"
        f"URL={_URL}\r\n"
    ).encode(),
    "desktop": f"[Desktop Entry]\nName=RN-26-0412\nType=Link\nURL={_URL}\n".encode(),
    "webloc": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
        f"\t<key>URL</key>\n\t<string>{_URL}</string>\n</dict>\n</plist>\n"
    ).encode(),
}


@pytest.mark.parametrize("suffix", ["pdf", "xlsx", "xls"])
@pytest.mark.parametrize("link", sorted(_LINKS))
def test_a_link_file_sent_for_a_form_is_said_to_be_a_link_with_its_address(
    tmp_path: Path, link: str, suffix: str
) -> None:
    """Before: a .pdf said "not a PDF (no %PDF header)"; a .xlsx "a text file"."""
    path = tmp_path / f"RN-26-0412.{suffix}"
    path.write_bytes(_LINKS[link])
    for lang, words in (("en", "link file"), ("zh", "链接文件")):
        doc = read_doc(path, lang=lang)
        assert doc["record"] is None and len(doc["errors"]) == 1
        message = doc["errors"][0]["message"]
        assert words in message and _URL in message, message


def test_a_text_file_naming_a_url_is_no_link_file(tmp_path: Path) -> None:
    """Only a link file's own shape counts: a text mentioning ``URL=`` stays a text file."""
    path = tmp_path / "notes.pdf"
    path.write_bytes(f"Return note RN-26-0412\nURL={_URL}\n".encode())
    [error] = read_doc(path)["errors"]
    assert "link file" not in error["message"]
