"""The review's findings on round 28's template checks, filing and workers, mended (fixa28)."""

from __future__ import annotations

import os
import shutil
import signal
from dataclasses import replace

from helpers import sqlite_open
from test_attack28 import _render_one
from test_template_cache26 import checks  # noqa: F401 (a fixture)

from kesu_docs.render import default_template_dir
from kesu_docs.render.package import read_members, write_zip


def _templates_with_member(tmp_path, name, change):
    """The shipped templates copied, the complaint template's member ``name`` as stored given
    ``change(member)`` (its zip entry written as the changed member says)."""
    folder = tmp_path / "templates"
    shutil.copytree(default_template_dir(), folder)
    path = folder / "complaint.docx"
    members = [change(m) if m.name == name else m for m in read_members(path)]
    path.write_bytes(write_zip(members))
    return folder


# ------------------------------------------------------------------ 1. a damaged template's member
def test_a_template_whose_part_is_cut_short_or_garbled_is_refused_before_any_number(tmp_path):
    """Before: a deflate stream cut short inflated to fewer bytes, unchecked: the template passed
    ``check()``, its form was numbered, then failed (UnicodeDecodeError). Now a member not
    whole (fewer bytes than its entry says, no end of stream, another CRC) refuses the template
    before any number, saying which part (zh / en)."""
    for name in ("cut", "crc"):
        (tmp_path / name).mkdir()
    cut = _templates_with_member(
        tmp_path / "cut", "word/document.xml", lambda m: replace(m, data=m.data[: len(m.data) // 2])
    )
    done, said, documents = _render_one(tmp_path / "cut", cut)
    assert done.returncode == 1 and "word/document.xml: is cut short" in said, said
    assert documents == [] and "Traceback" not in said
    flipped = _templates_with_member(tmp_path / "crc", "word/styles.xml", lambda m: replace(m, crc=m.crc ^ 1))
    done, said, documents = _render_one(tmp_path / "crc", flipped, "zh")
    assert done.returncode == 1 and "word/styles.xml：校验和（CRC）不符" in said, said
    assert documents == []


# ------------------------------------------------------------------ 4. a missing template, no DOCX: zh / en
def test_a_missing_template_and_one_that_is_no_docx_are_refused_in_the_clerks_language(tmp_path):
    """Before: the refusal before numbering of a missing template and of one that is no DOCX was
    English whatever ``--lang`` said. Now Chinese by default, English with ``--lang en``."""
    missing = tmp_path / "none"
    missing.mkdir()
    text = tmp_path / "text"
    shutil.copytree(default_template_dir(), text)
    (text / "complaint.docx").write_text("not a zip", encoding="utf-8")
    cases = (
        (missing, "zh", "表单 complaint 没有模板"),
        (missing, "en", "no template for complaint"),
        (text, "zh", "不是 DOCX 文件"),
        (text, "en", "is not a DOCX file"),
    )
    for i, (templates, lang, words) in enumerate(cases):
        (tmp_path / str(i)).mkdir()
        done, said, documents = _render_one(tmp_path / str(i), templates, lang)
        assert done.returncode == 1 and words in said, said
        assert documents == []


# ------------------------------------------------------------------ 6. a same-size template, its mtime kept
def _stored_versions(path):
    """Two versions of the complaint template of the same size: its document.xml stored (not
    deflated), in the second ``rec.customer`` spelt ``rec.custoner``."""
    import zlib

    from kesu_docs.render.package import Member

    def stored(text: bytes):
        return [
            Member(m.name, 0, zlib.crc32(c), len(c), c) if m.name == "word/document.xml" else m
            for m in read_members(path)
            for c in [text if m.name == "word/document.xml" else b""]
        ]

    xml = next(m for m in read_members(path) if m.name == "word/document.xml").content()
    assert b"rec.customer" in xml
    return write_zip(stored(xml)), write_zip(stored(xml.replace(b"rec.customer", b"rec.custoner")))


def test_a_same_size_template_copied_in_with_its_mtime_kept_is_not_served_from_memory(tmp_path):
    """Before: the compiled and checked templates were kept by the file's mtime and size: a
    template of the same size copied over with its mtime kept (``cp -p``, a backup put back)
    kept serving the old one in a long-running ``kesu serve``. Now its inode and ctime count."""
    from kesu_docs.render import template, template_file

    path = tmp_path / "complaint.docx"
    first, second = _stored_versions(default_template_dir() / "complaint.docx")
    assert len(first) == len(second) and first != second
    path.write_bytes(first)
    assert "rec.customer" in template.load(path).sources["word/document.xml"]
    template_file.check(path)
    kept = path.stat()
    with open(path, "r+b") as fh:  # written in place (the same inode), its mtime put back
        fh.write(second)
    os.utime(path, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    assert "rec.custoner" in template.load(path).sources["word/document.xml"]
    replaced = tmp_path / "new.docx"  # put in its place (another inode), the same mtime
    replaced.write_bytes(first)
    os.utime(replaced, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    os.replace(replaced, path)
    assert "rec.customer" in template.load(path).sources["word/document.xml"]


# ------------------------------------------------------------------ 5. the attached-template note kept
def test_the_dropped_attached_template_is_said_on_a_document_even_when_the_first_chunk_numbers_none(
    tmp_path, monkeypatch
):
    """Before: the note that the copies are made without the template's local attached template
    was marked said as the template was checked; the first chunk's one complaint refused by the
    register (a number another document holds), the note went with no document and was never
    said in the batch. Now it is marked said once a document carries it."""
    import json

    from test_filing_chunks import COMPLAINT
    from test_template_refusal27 import locally_attached

    from kesu_docs import filing
    from kesu_docs.filing import render_paths
    from kesu_docs.register import Register

    folder = locally_attached(tmp_path).parent
    first, batch = tmp_path / "first", tmp_path / "batch"
    first.mkdir()
    batch.mkdir()
    (first / "c.json").write_text(
        json.dumps(COMPLAINT | {"number": None}, ensure_ascii=False), encoding="utf-8"
    )
    with Register.open(tmp_path / "k.db") as register:
        [one] = render_paths([first], tmp_path / "out", register=register)
        taken = {"number": one.number, "customer": "Other Co"}  # refused: the number is another's
        (batch / "1.json").write_text(json.dumps(COMPLAINT | taken, ensure_ascii=False), encoding="utf-8")
        plain = {"number": None, "order_no": "SO-9"}
        (batch / "2.json").write_text(json.dumps(COMPLAINT | plain, ensure_ascii=False), encoding="utf-8")
        monkeypatch.setattr(filing, "CHUNK", 1)
        refused, numbered = render_paths(
            [batch], tmp_path / "out", register=register, template_dir=str(folder)
        )
    assert refused.outcome == "refused" and numbered.outcome == "rendered"
    assert [p.code for p in numbered.notes] == ["template_attached_dropped"], numbered.notes


# ------------------------------------------------------------------ 3. a part whose records kill as read
_COMMAND = int(os.environ["PYTEST_COMMAND_PID"])  # (conftest.COMMAND_PID: pytest's process)


def _read_back(name: str) -> str:
    """Unpickling in a worker: the record named ``poison`` kills it (SIGKILL) as it is read."""
    if name == "poison" and os.getpid() != _COMMAND:
        os.kill(os.getpid(), signal.SIGKILL)
    return name


class _Record(str):
    """A record that kills the worker reading it, whatever it is read for."""

    def __reduce__(self):
        return _read_back, (str(self),)


def _each(items: list[str]) -> list[str]:
    return [str(i) for i in items]


def test_a_part_whose_record_kills_its_worker_as_it_is_read_is_given_up_after_the_retries():
    """Before: a worker that died reading its call (before it said its first item) was no retry
    of the part: the part was handed out again until ``DEATHS`` workers had died, and every
    other part ended ``worker_none_left``. Now such a death counts against ``RETRIES``: the
    part is given up (its items said lost with how the worker ended), every other part done."""
    from kesu_docs.workers import DEATHS, RETRIES, Workers

    items = [f"a{i}" for i in range(6)] + [_Record("poison")] + [f"b{i}" for i in range(6)]
    with Workers(2, layouts=False, rendering=False) as workers:
        done = workers.parts(_each, items, lost=_lost).result()
        deaths = workers.deaths
    assert deaths <= 1 + RETRIES + 1 < DEATHS, deaths
    lost = [d for d in done if isinstance(d, tuple)]
    assert lost and all(tried and "SIGKILL" in how for _, tried, how in lost), lost
    assert "poison" in {str(item) for item, _, _ in lost}
    assert [d for d in done if isinstance(d, str)] == [i for i in items if i not in {x for x, _, _ in lost}]
    assert {i for i in items if str(i).startswith("b")} <= set(done)  # the other part done


def _lost(item, how, tried=True):
    return [(str(item), tried, how[1])]


# ------------------------------------------------------------------ 2. a document's own file, written before
def _recompressed_styles(tmp_path):
    """The shipped templates copied, the complaint's styles.xml deflated again at another level:
    the same template, its documents other bytes."""
    from kesu_docs.render.package import Member

    def again(member):
        return Member.deflated(member.name, member.content(), level=3)

    return _templates_with_member(tmp_path, "word/styles.xml", again)


def test_a_rerun_writes_the_documents_own_file_that_an_earlier_run_could_not_log(tmp_path):
    """A run wrote a document's file but could not log its print (the register stopped, the
    power went), and its file is not the one a run now makes (the template saved again).
    Before: every rerun refused it (``number_in_folder``: the register has no print of it).
    Now a number issued before is this document's own, its file written again and its print
    logged; only a number issued by this very transaction is refused beside a file."""

    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    from kesu_docs.register import Register

    inbox, out, db = tmp_path / "inbox", tmp_path / "out", tmp_path / "k.db"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record())
    templates = _recompressed_styles(tmp_path)
    assert _kesu_render(tmp_path, inbox, out, db, KESU_TEMPLATES=str(templates)).returncode == 0
    with sqlite_open(db) as conn:  # its print never logged
        conn.execute("DELETE FROM prints")
    [docx] = out.glob("*.docx")
    before = docx.read_bytes()
    done = _kesu_render(tmp_path, inbox, out, db, "--lang", "en")
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0 and "lost its latest records" not in said, said
    assert docx.read_bytes() != before
    with Register.open(db) as reg:
        [document] = reg.documents()
        assert [p.mark for p in reg.printed(document.number, kind="complaint")] == ["original"]


def test_a_reissued_number_is_not_written_beside_the_pdf_of_the_document_the_register_lost(tmp_path):
    """The register lost its latest records and issued a number again; the folder holds that
    number's PDF (its DOCX moved away). Before: the new document's DOCX was written beside it,
    and ``--pdf`` replaced the controlled PDF. Now refused as for the DOCX, the PDF kept."""
    from test_attack27 import _kesu_render
    from test_attack28 import lost_beta

    out, beta = lost_beta(tmp_path)
    pdf = beta.with_suffix(".pdf")
    pdf.write_bytes(b"%PDF-1.4 the controlled copy")
    beta.unlink()
    written = pdf.stat().st_mtime - 60  # (its records lost later: the file older than any rerun)
    os.utime(pdf, (written, written))
    for _ in range(2):  # (the rerun: Gamma's number issued before, Beta's PDF older than it)
        done = _kesu_render(tmp_path, tmp_path / "beta", out, tmp_path / "copied.db", "--lang", "en")
        said = " ".join((done.stdout + done.stderr).split())
        # (robust31: refused before the number is issued again, the file found in the folder)
        assert done.returncode == 2 and "lost its latest records" in said and pdf.name in said, said
        assert pdf.read_bytes() == b"%PDF-1.4 the controlled copy" and not beta.exists()


# ------------------------------------------------------------------ 7. one memo; check() from the cache
def test_the_check_before_numbering_takes_its_verdict_from_the_cache_and_shares_loads_memo(
    tmp_path, monkeypatch, checks
):
    """Before: ``check()`` kept a memo of its own beside ``load()``'s, with the same key, and never
    used what the cache kept of the template's checks: each run's command parsed its parts'
    XML again. Now one memo, and a template whose checks the cache kept (by any process: a run
    before, a --jobs worker) is not read through again, by the check nor by the load."""
    from kesu_docs.render import template, template_file

    folder = tmp_path / "templates"
    shutil.copytree(default_template_dir(), folder)
    monkeypatch.setenv("KESU_CACHE", str(tmp_path / "cache"))
    path = folder / "complaint.docx"
    template_file.check(path)
    assert "fetched" in checks and list((tmp_path / "cache" / "templates").glob("kesu-checked-*.json"))
    checks.clear()
    template_file._MEMO.clear()  # (another run)
    assert template_file.check(path) == ([], []) and not checks
    loaded = template.load(path)
    assert not checks and template._CACHE is template_file._MEMO
    assert template_file._MEMO[str(path)][2] is loaded and template.load(path) is loaded
