"""The PDF path, the twenty-seventh round (issue 15's cost, issue 10's bad input): a script or a
launch action kept in a compressed object stream (PDF 1.5's ``/ObjStm``, as Word and Acrobat
write them) is said as one written in sight is (before: not seen by the search of the file's
bytes). Real files made here, read through ``parse_paths``."""

from __future__ import annotations

from pathlib import Path

from helpers import read_doc

from tests.test_hostile_inputs11 import _memo_ops
from tests.test_hostile_inputs12 import _FONT, _page, _stream, _with_object_stream

_PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def _memo_of_streams(tmp_path: Path, name: str, catalog_extra: bytes, more: dict[int, bytes]) -> Path:
    """The credit memo as a PDF 1.5 whose catalog (1), page (3) and ``more`` objects (6, 7 …)
    are kept in a compressed object stream: nothing of them in sight in the file's bytes."""
    catalog = b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>"
    # (the annotations in the page's own dictionary: fixa27, they were written in its /Font)
    page = _page(b"5 0 R")[: -len(b" >>")] + b" /Annots [7 0 R] >>" if 7 in more else _page(b"5 0 R")
    content = _stream(b"\n".join(_memo_ops()))
    objects = [None, _PAGES, None, _FONT, content, *([None] * len(more))]
    path = tmp_path / name
    path.write_bytes(_with_object_stream(objects, {1: catalog, 3: page, **more}))
    return path


def _carried(doc: dict) -> list[str]:
    return [w["message"] for w in doc["warnings"] if w["code"] == "pdf_actions_not_run"]


def test_a_script_and_a_launch_kept_in_a_compressed_object_stream_are_said_never_run(tmp_path):
    """The catalog's /OpenAction a script and a link's action a launch, both kept in an object
    stream: before, the search of the file's bytes saw neither and the memo was read unwarned."""
    path = _memo_of_streams(
        tmp_path,
        "memo.pdf",
        b"/OpenAction 6 0 R",
        {
            6: b"<< /S /JavaScript /JS (app.launchURL\\('http://127.0.0.1:9/'\\)) >>",
            7: b"<< /Type /Annot /Subtype /Link /Rect [50 50 200 80] /A << /S /Launch /F (cmd.exe) >> >>",
        },
    )
    data = path.read_bytes()
    assert b"JavaScript" not in data and b"Launch" not in data  # (out of sight of a search)
    doc = read_doc(path, "allowance")
    assert doc["record"]["invoice_no"] == "9000381177", doc["errors"]
    [said] = _carried(doc)
    assert "JavaScript, a launch action" in said, said
    [said_zh] = _carried(read_doc(path, "allowance", lang="zh"))
    assert "JavaScript 脚本" in said_zh and "Launch" in said_zh
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.pdf"]  # nothing run, nothing written


def test_acrobats_format_helper_or_a_plain_memo_in_object_streams_is_not_said_to_carry_scripts(tmp_path):
    helper = _memo_of_streams(
        tmp_path,
        "helper.pdf",
        b"",
        {
            6: b'<< /S /JavaScript /JS (AFNumber_Format\\(2, 0, 0, 0, "", true\\);) >>',
            7: b"<< /Type /Annot /Subtype /Widget /Rect [50 50 200 80] /AA << /F 6 0 R >> >>",
        },
    )
    plain = _memo_of_streams(tmp_path, "plain.pdf", b"/OpenAction [3 0 R /Fit]", {})
    for path in (helper, plain):
        doc = read_doc(path, "allowance")
        assert doc["record"] is not None and not _carried(doc), (path.name, doc["warnings"])


def test_the_look_for_object_streams_is_made_once_a_print(monkeypatch):
    """The limits (the pages' contents) and the actions' look both ask whether a print's objects
    may be out of sight (``limits.objects_may_hide``): the file's bytes are searched for escaped
    names once (without the answer kept, twice: ≈ 40 µs a print of 60 kB)."""
    from helpers import calls_of

    from kesu_docs.parse import limits, parse_paths

    searched = calls_of(monkeypatch, limits._ESCAPED_NAME, "finditer")
    root = Path(__file__).resolve().parents[1]
    for name in ("samples/complaint-broken.pdf", "tests/layouts/filled/8d-de-a3.pdf"):
        data_seen = len(searched)
        [result] = parse_paths([root / name])
        assert result.kind is not None, result.errors
        assert len(searched) - data_seen == 1, (name, len(searched) - data_seen)
