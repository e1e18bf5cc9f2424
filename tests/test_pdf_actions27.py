"""fixa27: what the review of pdf27's object-stream check found. The answer whether a PDF's
objects may be out of sight is asked once by its reader and given on (no module global keeping
the last PDF's bytes alive for the whole process)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from kesu_docs.parse import limits, parse_paths

ROOT = Path(__file__).resolve().parents[1]


def test_no_pdfs_bytes_are_kept_once_it_is_read():
    data = (ROOT / "tests/layouts/filled/8d-de-a3.pdf").read_bytes()
    data = bytes(bytearray(data))  # (a bytes object of this test's own)
    before = sys.getrefcount(data)
    limits.check_pdf(data)
    limits.content_refs(data)
    assert limits.objects_may_hide(data) is False
    gc.collect()
    assert sys.getrefcount(data) == before  # (attack27's _LAST_SEEN held it: one more)
    [result] = parse_paths([ROOT / "samples/complaint-broken.pdf"])
    assert result.kind is not None
    assert not [v for v in vars(limits).values() if isinstance(v, tuple) and any(type(x) is bytes for x in v)]


# ------------------------------------------------ the actions the catalog reaches, all of them
from helpers import read_doc  # noqa: E402

from tests.test_pdf27 import _carried, _memo_of_streams  # noqa: E402


def _unchecked(doc: dict) -> list[str]:
    return [w["message"] for w in doc["warnings"] if w["code"] == "pdf_actions_unchecked"]


@pytest.fixture
def few_annots(tmp_path, monkeypatch):
    """``pdf_annots`` at its least (100): pdf27 looked at that many of the streams' objects."""
    config = tmp_path / "kesu.toml"
    config.write_text("[limits]\npdf_annots = 100\n", encoding="utf-8")
    monkeypatch.setenv("KESU_CONFIG", str(config))


def test_an_action_past_the_first_pdf_annots_objects_of_the_streams_is_found(tmp_path, few_annots):
    """The opening script is object 150 of the object stream: pdf27 read only the first 100."""
    filler = {n: b"null" for n in range(6, 150)}
    path = _memo_of_streams(
        tmp_path,
        "memo.pdf",
        b"/OpenAction 150 0 R",
        {**filler, 150: b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"},
    )
    doc = read_doc(path, "allowance")
    assert doc["record"]["invoice_no"] == "9000381177", doc["errors"]
    [said] = _carried(doc)
    assert "JavaScript" in said and not _unchecked(doc)


def test_more_objects_than_are_looked_at_are_said_unchecked_in_both_languages(tmp_path, few_annots):
    """A name tree of 450 scripts' actions past the walk's bound (four times ``pdf_annots``):
    pdf27 said nothing of what it did not look at; now the clerk is told, zh and en."""
    names = b" ".join(b"(s%d) << /S /GoTo /D [3 0 R /Fit] >>" % i for i in range(450))
    path = _memo_of_streams(
        tmp_path, "many.pdf", b"/Names << /JavaScript 6 0 R >>", {6: b"<< /Names [" + names + b"] >>"}
    )
    doc = read_doc(path, "allowance")
    assert doc["record"]["invoice_no"] == "9000381177", doc["errors"]
    [said] = _unchecked(doc)
    assert "could not check them all" in said
    [said_zh] = _unchecked(read_doc(path, "allowance", lang="zh"))
    assert "没能全部检查" in said_zh
    plain = read_doc(_memo_of_streams(tmp_path, "plain.pdf", b"", {}), "allowance")
    assert not _unchecked(plain) and not _carried(plain)


def test_a_file_pypdf_cannot_follow_is_said_unchecked_not_free_of_actions(tmp_path):
    """The cross-reference stream's widths made wrong: PDFium rebuilds it and reads the memo,
    pypdf cannot follow the file; pdf27 said nothing (no actions), the opening script unseen."""
    path = _memo_of_streams(tmp_path, "memo.pdf", b"/OpenAction 6 0 R", {6: b"<< /S /JavaScript /JS (x) >>"})
    path.write_bytes(path.read_bytes().replace(b"/W [1 4 1]", b"/W [1 9 1]"))
    doc = read_doc(path, "allowance")
    assert doc["record"]["invoice_no"] == "9000381177", doc["errors"]
    assert _unchecked(doc), doc["warnings"]
