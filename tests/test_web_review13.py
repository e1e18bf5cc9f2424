"""The web review's findings of the thirteenth round, mended: a batch that fails inside filing
keeps the documents it finished (its page, record and zip list them), and a batch cut by a stop
while it is checked again after a read-back never comes back as checked once its summary ages
out. A real register (SQLite file), real documents, a real (stand-in) LibreOffice executable."""

from __future__ import annotations

import datetime as dt
import json
import re
import stat
import threading
import zipfile
from pathlib import Path

import pytest
from test_web_cut_batches import CJK, _batch_of, _client, _until
from test_web_leftovers12 import _held
from web_helpers import serve_log

from kesu_docs.filing import STOP_PART
from kesu_docs.register import Register
from kesu_docs.render import PdfError, to_pdf
from kesu_docs.web.jobs import LISTING, SHELVED, SUMMARY, Batches, Cutoff, Progress, write_summary

pytestmark = pytest.mark.slow


def _office_that_goes_away(folder: Path) -> Path:
    """A LibreOffice that is uninstalled while it runs its first conversion (an update, an admin):
    it converts nothing, and is gone for the next part of the batch's PDFs."""
    script = folder / "soffice"
    script.write_text('#!/bin/sh\nrm -f "$0"\nexit 1\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_a_batch_failing_inside_filing_keeps_the_documents_it_numbered_and_logged(tmp_path, monkeypatch):
    """Every DOCX numbered, written and logged as printed, LibreOffice gone at the second part of
    the PDFs: the batch fails, and its page, its record on disk and its zip list every document
    (before: none — the clerk, left to submit the files again, got 补印 re-prints of documents
    never printed)."""
    monkeypatch.setenv("KESU_SOFFICE", str(_office_that_goes_away(tmp_path)))
    count = STOP_PART + 1  # two parts of the PDF conversion
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    batch = _batch_of(batches, count=count)
    assert batches.file(batch, pdf=True, user="wang")
    with pytest.raises(AssertionError):
        _until(batch, ("filed",))  # it fails
    assert batch.progress.stage == "failed" and "PdfError" in batch.progress.error, batch.progress
    made = sorted(p.name for p in batch.outbox.glob("*.docx"))
    assert len(made) == count
    listed = sorted(f.output.name for f in batch.filed if f.output is not None)
    assert listed == made and all(f.number for f in batch.filed)
    page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
    assert all(name in page for name in made)
    linked = re.findall(r'href="[^"]*/([^"/]+\.docx)" class="docx"', page)
    assert sorted(linked) == made  # those whose PDF failed too: numbered and logged, the clerk's
    got = client.get(f"/batch/{batch.id}/documents/{made[0]}")
    assert got.status_code == 200 and got.data[:2] == b"PK"
    facts = json.loads((batch.folder / SHELVED).read_text(encoding="utf-8"))
    assert facts["stage"] == "failed" and sorted(Path(f["output"]).name for f in facts["filed"]) == made
    with zipfile.ZipFile(batches.zip_of(batch)) as archive:
        zipped = {Path(name).name for name in archive.namelist()}
    assert set(made) <= zipped
    batches.stop(5)

    app2, again = _client(tmp_path, reg)  # the server started again: the record lists them
    page = again.get(f"/batch/{batch.id}").get_data(as_text=True)
    assert all(f">{f.number}<" in page for f in batch.filed)
    assert sorted(re.findall(r'href="[^"]*/([^"/]+\.docx)" class="docx"', page)) == made
    app2.extensions["kesu"]["batches"].stop(5)
    reg.close()


def _aged(summary: Path, days: int) -> None:
    """The cut batch's summary as a restart finds it ``days`` later."""
    data = json.loads(summary.read_text(encoding="utf-8"))
    data["created"] = (dt.datetime.fromisoformat(data["created"]) - dt.timedelta(days=days)).isoformat()
    summary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_batch_cut_while_checked_again_does_not_come_back_checked(tmp_path):
    """Read back from disk, queued to be checked again, cut by the server's stop: its summary says
    to submit it again, and its facts (checked) go; weeks later, the summary aged out, a restart
    lists nothing of it (before: listed and fileable as checked)."""
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg, keep=1)
    first = _batch_of(batches, count=2)
    second = _batch_of(batches, count=2)
    batches.get(second.id)
    batches.recent()  # the first is put on disk
    assert (first.folder / SHELVED).is_file() and (first.folder / LISTING).is_file()
    _held(batches)  # the worker is busy until the stop
    back = batches.get(first.id)  # read back: queued to be checked again
    assert back is not None and back.progress.stage == "queued"
    batches.stop(0)  # the queued check is dropped
    assert back.progress.cut is not None
    assert (first.folder / SUMMARY).is_file()
    assert not (first.folder / SHELVED).exists() and not (first.folder / LISTING).exists()

    restarted = Batches(tmp_path / "work", reg)
    shown = restarted.get(first.id)
    assert shown is not None and shown.progress.stage == "failed" and shown.progress.cut is not None
    restarted.stop(1)

    _aged(first.folder / SUMMARY, days=40)
    later = Batches(tmp_path / "work", reg)
    assert not (first.folder / SUMMARY).exists()
    assert first.id not in [b.id for b in later.recent()]
    assert later.get(first.id) is None
    later.stop(1)
    reg.close()


def test_an_aged_summary_takes_the_facts_of_its_batch_with_it(tmp_path):
    """A folder as an earlier version left it (a stop's cut summary beside facts that say
    checked): the summary aged out, a restart removes both, and lists nothing of the batch."""
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg)
    batch = _batch_of(batches, count=1)
    batches.stop(1)
    assert (batch.folder / SHELVED).is_file()
    batch.progress = Progress("failed", cut=Cutoff(rest=list(batch.names)))
    write_summary(batch)
    _aged(batch.folder / SUMMARY, days=40)
    later = Batches(tmp_path / "work", reg)
    assert not (batch.folder / SUMMARY).exists() and not (batch.folder / SHELVED).exists()
    assert batch.id not in [b.id for b in later.recent()]
    later.stop(1)
    reg.close()


def test_a_pdf_conversion_that_times_out_names_every_document_without_its_pdf(tmp_path, monkeypatch):
    """LibreOffice hung past the time-out: no PDF of the call is in place (its staging folder is
    gone), and the error says so document by document (``.missing``) — filing then keeps each
    DOCX and says its PDF failed, where the whole batch failed before."""
    hung = tmp_path / "soffice"
    hung.write_text("#!/bin/sh\nsleep 60\n", encoding="utf-8")
    hung.chmod(hung.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("KESU_SOFFICE", str(hung))
    docs = []
    for n in range(3):
        doc = tmp_path / f"complaint-20260900{n}.docx"
        doc.write_bytes(b"PK not converted")
        docs.append(doc)
    with pytest.raises(PdfError) as raised:
        to_pdf(docs, tmp_path / "out", timeout=1)
    assert raised.value.code == "pdf_failed" and "timed out" in raised.value.params["reason"].en
    assert sorted(raised.value.missing) == sorted(d.resolve() for d in docs)
    assert not list((tmp_path / "out").glob("*.pdf"))


class _Request:
    """A request as waitress's dispatcher runs it: says it was taken (``taken``), then held
    until ``release`` is set."""

    def __init__(self, release: threading.Event) -> None:
        self.release = release
        self.taken = threading.Event()

    def service(self) -> None:
        self.taken.set()
        self.release.wait(30)

    def cancel(self) -> None:
        pass


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_waitress_own_warnings_come_with_their_time_in_the_servers_language(lang):
    """A stop that finds a request still running, requests waiting for a thread: waitress's own
    lines went to stderr without a time and in English under --lang zh; now through the kesu
    serve handler, in kesu's words. waitress's real dispatcher says them."""
    from waitress.task import ThreadedTaskDispatcher

    release = threading.Event()
    with serve_log(lang) as stream:
        try:
            dispatcher = ThreadedTaskDispatcher()
            dispatcher.set_thread_count(1)
            first = _Request(release)
            dispatcher.add_task(first)
            # the one thread takes it (a thread not yet scheduled would leave both waiting: the
            # stop would then find no request running and cancel two)
            assert first.taken.wait(60)
            dispatcher.add_task(_Request(release))  # waits: every thread is busy
            dispatcher.shutdown(cancel_pending=True, timeout=0.5)
        finally:
            release.set()
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 3 and all(
        re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d kesu serve", line) for line in lines
    )
    said = "\n".join(lines)
    if lang == "zh":
        assert (
            "停止时仍有 1 个请求未处理完" in said
            and "取消 1 个等待中的请求" in said
            and "1 个请求在等待" in said
        )
    else:
        assert "1 request(s) still running at the stop" in said and not CJK.search(said)
        assert "1 waiting request(s) cancelled" in said and "1 request(s) waiting" in said
