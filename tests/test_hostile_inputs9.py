"""Hostile inputs, the twentieth round: what the last round left open (a JSON file's byte
after a BOM, a one-line PDF that is no scan, the register's lock said in Chinese) and ten more
things a clerk's mailbox brings. Real files, through the commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_hostile_inputs6 import parsed
from tests.test_hostile_inputs8 import kesu

ROOT = Path(__file__).resolve().parents[1]
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


# ---------------------------------------------------------------------------------- left open
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_the_byte_that_is_no_utf8_is_counted_from_the_files_start_bom_and_all(bom, tmp_path):
    """Notepad saves UTF-8 with a BOM; a GBK word pasted in is no UTF-8: the byte said is the
    file's own (a hex editor's count), the BOM counted — it was three early."""
    text = bom + b'{"kind": "complaint", "customer": "' + "宏达".encode("gbk") + b'"}'
    (tmp_path / "c.json").write_bytes(text)
    byte = text.index("宏达".encode("gbk")) + 1
    for lang, said in (("zh", f"第 {byte} 个字节无法解码"), ("en", f"byte {byte} cannot be decoded")):
        status, out = kesu(lang, "parse", tmp_path / "c.json")
        [doc] = parsed(out)
        assert status == 2 and [e["code"] for e in doc["errors"]] == ["invalid_json"], doc
        assert said in doc["errors"][0]["message"], doc


def _one_line_pdf(path: Path, line: str, scan: bool = False) -> Path:
    """A PDF of one page holding one line of text (fpdf2, its font embedded): a letter's
    first line — or, ``scan``, the line a scanner app prints over the page image it made."""
    from fpdf import FPDF
    from PIL import Image

    doc = FPDF(unit="pt", format="A4")
    doc.add_page()
    if scan:
        page = Image.new("L", (1240, 1754), 235)  # A4 at 150 dpi, a grey sheet of paper
        page.paste(40, (100, 100, 1140, 400))  # (the form's printing, as pixels)
        doc.image(page, x=0, y=0, w=595, h=842)
    doc.add_font("cjk", "", str(CJK))
    doc.set_font("cjk", size=12)
    doc.text(40, 60, line)
    doc.output(str(path))
    return path


def test_a_one_line_pdf_is_not_a_recognised_form_with_its_words_not_a_scan(tmp_path):
    """A PDF holding one line of text and no page image is no scan: it was said to need OCR.
    It is not a recognised form, the words found quoted; a scan with its app's line over the
    page image still needs OCR."""
    letter = _one_line_pdf(tmp_path / "通知.pdf", "明天下午三点开会 Meeting at 3 pm")
    for lang, word in (("zh", "不是可识别的表单"), ("en", "not a recognised form")):
        status, out = kesu(lang, "parse", letter)
        [doc] = parsed(out)
        assert status == 2 and [e["code"] for e in doc["errors"]] in (["not_a_form"], ["unknown_kind"]), doc
        message = doc["errors"][0]["message"]
        assert word in message and "明天下午三点开会" in message and "OCR" not in message, message
    scan = _one_line_pdf(tmp_path / "扫描.pdf", "扫描全能王 创建", scan=True)
    status, out = kesu("zh", "parse", scan)
    [doc] = parsed(out)
    assert [e["code"] for e in doc["errors"]] == ["no_text_layer"], doc
