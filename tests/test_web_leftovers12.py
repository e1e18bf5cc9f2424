"""The page's leftovers of the eleventh round: the claims on a cut batch's finished files kept in
its summary (a restart neither loses nor hands out twice), finished batches put on disk (memory
bounded while the server runs; pages and downloads stay), and ``kesu serve`` refusing an invalid
SOURCE_DATE_EPOCH as it starts. A real register (SQLite file), real documents rendered, the page
through Flask's test client, ``kesu serve`` as a real process."""

from __future__ import annotations

import gc
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import weakref
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pytest
from test_web_cut_batches import CJK, _batch_of, _client, _cut_batch, _token, _until
from web_helpers import SAMPLES, browser, downloaded, needs_browser, running_server, screenshot, wait_for

from kesu_docs.register import Register
from kesu_docs.web import WebConfig, create_app
from kesu_docs.web.jobs import SHELVED, SUMMARY, Batch, Batches


def _held(batches: Batches) -> threading.Event:
    """The one worker held busy until the returned gate is opened or the server stops: a batch
    filed or checked now waits in the queue behind it, however fast this machine checks
    (a real check of 300 forms as the blocker may end before the next line of a test runs,
    and the batch behind it start — a race the thirteenth round's CI lost once)."""
    gate = threading.Event()
    stopped = batches._cut  # set by Batches.stop when the work under way is to end

    def hold(_batch: Batch) -> None:
        while not (gate.is_set() or stopped.is_set()):
            time.sleep(0.01)

    batches._submit(batches.new("wang"), hold)
    return gate


def _claims_on_disk(folder: Path) -> dict[str, str]:
    return json.loads((folder / SUMMARY).read_text(encoding="utf-8"))["cut"]["claims"]


class Claiming(NamedTuple):
    root: Path
    reg: Register
    cut: Batch
    batches: Batches
    again: Batch
    gate: threading.Event
    claimed: bytes


@contextmanager
def _claiming(tmp_path: Path) -> Iterator[Claiming]:
    """A cut batch, a batch of as many files filed behind a blocker (the one worker busy, so the
    claims on the cut batch's finished files are made and not yet spent), and the cut batch's
    summary as the claims left it (what a crash before its next write leaves on disk)."""
    with _cut_batch(tmp_path) as (root, reg, cut):
        batches = Batches(root / "work", reg)
        again = _batch_of(batches, count=len(cut.names))
        gate = _held(batches)
        assert batches.file(again, pdf=False, user="wang")
        yield Claiming(root, reg, cut, batches, again, gate, (cut.folder / SUMMARY).read_bytes())


# ---------------------------------------------------------------------- 1. claims kept on disk
def test_a_claim_is_kept_in_the_summary_and_a_restart_frees_it_when_its_batch_took_nothing(tmp_path):
    with _cut_batch(tmp_path) as (root, reg, cut):
        count, finished = len(cut.names), dict(cut.progress.cut.finished)
        done = sorted(name for name in cut.names if name not in cut.progress.cut.rest)
        batches = Batches(root / "work", reg)  # the server started again
        again = _batch_of(batches, count=count)
        _held(batches)
        assert batches.file(again, pdf=False, user="wang", promised=set(done))
        # claimed on disk before the worker reaches it
        assert _claims_on_disk(cut.folder) == dict.fromkeys(finished, again.id)

        assert batches.stop(0) is False  # `again` dropped from the queue: it took nothing
        assert again.progress.cut is not None and again.progress.cut.rest == again.names
        assert _claims_on_disk(cut.folder)  # no batch let the claims go: the restart settles them

        restarted = Batches(root / "work", reg)
        kept = restarted.get(cut.id).progress.cut
        assert kept.claims == {} and kept.finished == finished  # not lost
        assert _claims_on_disk(cut.folder) == {}
        last = _batch_of(restarted, count=count)
        assert sorted(restarted.earlier(last)) == done
        assert restarted.file(last, pdf=False, user="wang", promised=set(done))
        _until(last, ("filed", "failed"))
        prints = {f.source.rsplit("/", 1)[1]: f.printed for f in last.filed}
        assert all(prints[name] == "unchanged" for name in done)
        restarted.stop(5)


def test_a_restart_spends_what_the_claiming_batch_took_before_the_server_died(tmp_path):
    with _claiming(tmp_path) as (root, reg, cut, batches, again, gate, claimed):
        count = len(cut.names)
        assert set(_claims_on_disk(cut.folder).values()) == {again.id}
        gate.set()
        _until(again, ("filed",))
        # shown as filed only once the cut batch's summary says what it took
        assert _claims_on_disk(cut.folder) == {} and batches.get(cut.id).progress.cut.finished == {}
        took = {f.output.name for f in again.filed if f.printed == "unchanged"}
        assert took == {name for names in json.loads(claimed)["cut"]["finished"].values() for name in names}
        batches.stop(5)
        assert (again.folder / SHELVED).is_file()  # its page kept for a restart

        # the server died before the cut batch's summary was written again (a full disk, a
        # power cut): its claims are on disk still, and the batch that took the files says so
        (cut.folder / SUMMARY).write_bytes(claimed)
        restarted = Batches(root / "work", reg)
        kept = restarted.get(cut.id).progress.cut
        assert kept.claims == {} and kept.finished == {}
        last = _batch_of(restarted, count=count)
        assert restarted.earlier(last) == {}  # nothing handed out a second time
        shown = restarted.get(again.id)
        assert shown is not None and shown.progress.stage == "filed"
        assert {f.output.name for f in shown.filed if f.printed == "unchanged"} == took
        restarted.stop(5)


def test_a_claimer_whose_facts_cannot_be_read_leaves_nothing_to_hand_out_twice(tmp_path, caplog):
    with _cut_batch(tmp_path) as (root, reg, cut):
        batches = Batches(root / "work", reg)
        again = _batch_of(batches, count=len(cut.names))
        _held(batches)
        batches.file(again, pdf=False, user="wang")
        batches.stop(0)
        (again.folder / SUMMARY).write_text("{", encoding="utf-8")  # damaged: what it took is unknown
        restarted = Batches(root / "work", reg, lang="en")  # kesu serve --lang en
        kept = restarted.get(cut.id).progress.cut
        assert kept.claims == {} and kept.finished == {}
        assert any("claims stand as spent" in r.getMessage() for r in caplog.records)
        restarted.stop(1)


# ---------------------------------------------------------------------- 2. memory bounded
KEEP = 3


def test_finished_batches_leave_memory_and_their_pages_and_downloads_stay(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        config = WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", keep_batches=KEEP)
        app = create_app(config, register=reg)
        client = app.test_client()
        batches = app.extensions["kesu"]["batches"]
        made: list[tuple[str, weakref.ref]] = []
        for n in range(4 * KEEP):
            batch = _batch_of(batches, [f"c{n:03d}.json"], count=4 * KEEP)
            batches.file(batch, pdf=False, user="wang")
            _until(batch, ("filed",))
            made.append((batch.id, weakref.ref(batch)))
            del batch
            assert batches.live() <= KEEP + 1  # the newest may still be under way
        listing = client.get("/check").get_data(as_text=True)
        assert all(f"/batch/{batch_id}" in listing for batch_id, _ in made)  # each still listed
        gc.collect()
        assert batches.live() == KEEP and sum(ref() is not None for _, ref in made) == KEEP  # freed

        first, _ = made[0]
        folder = tmp_path / "work" / "batches" / first
        assert (folder / SHELVED).is_file()
        document = next((folder / "out").glob("*.docx"))
        page = client.get(f"/batch/{first}").get_data(as_text=True)
        # its findings as last checked, kept beside its facts (dev18-web: they were not kept)
        assert document.name in page and 'id="findings-kept"' in page and 'id="findings-gone"' not in page
        assert re.search(r'id="n-valid">1<', page)
        assert client.get(f"/batch/{first}/status.json").get_json()["stage"] == "filed"
        one = client.get(f"/batch/{first}/documents/{document.name}")
        assert one.status_code == 200 and one.data == document.read_bytes()
        zipped = client.get(f"/batch/{first}/documents.zip")
        archive = tmp_path / "first.zip"
        archive.write_bytes(zipped.data)
        with zipfile.ZipFile(archive) as whole:
            assert whole.namelist() == [document.name]
        english = client.get(f"/batch/{first}?lang=en").get_data(as_text=True)
        kept = re.search(r'id="findings-kept">(.*?)</p>', english, re.S)
        assert kept and "as last checked" in kept.group(1) and not CJK.search(kept.group(1))
        # a batch whose findings were not kept (an earlier version's): its documents, and said so
        second, _ = made[1]
        (tmp_path / "work" / "batches" / second / "findings.json").unlink()
        english = client.get(f"/batch/{second}?lang=en").get_data(as_text=True)
        gone = re.search(r'id="findings-gone">(.*?)</p>', english, re.S)
        assert gone and "no longer kept" in gone.group(1) and not CJK.search(gone.group(1))
        assert 'id="summary"' not in english  # no "0 documents" for a batch whose findings went
        assert client.get("/batch/0123456789abcdef").status_code == 404
        assert client.get("/batch/..%2F..%2Fwork").status_code == 404
        batches.stop(5)

        # after a restart too: the batches in memory at the stop were put on disk by it
        _, again = _client(tmp_path, reg)
        last = next((tmp_path / "work" / "batches" / made[-1][0] / "out").glob("*.docx"))
        assert last.name in again.get(f"/batch/{made[-1][0]}").get_data(as_text=True)
        assert again.get(f"/batch/{first}/documents/{document.name}").data == document.read_bytes()
        listing = again.get("/check").get_data(as_text=True)
        assert all(f"/batch/{batch_id}" in listing for batch_id, _ in made)  # listed from disk


def test_a_checked_batch_put_on_disk_is_checked_again_when_asked_for_and_filed(tmp_path):
    with Register.open(tmp_path / "k.db", create=True) as reg:
        config = WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", keep_batches=1, idle_minutes=0)
        app = create_app(config, register=reg)
        client = app.test_client()
        batches = app.extensions["kesu"]["batches"]
        batch_id = _batch_of(batches, count=3).id
        client.get("/check")  # idle, but checked: it waits for its clerk however long
        assert batches.live() == 1
        _batch_of(batches, ["c000.json"], count=3)  # another used since: the first put on disk
        client.get("/check")
        assert batches.live() == 1
        assert (
            json.loads((tmp_path / "work" / "batches" / batch_id / SHELVED).read_text())["stage"] == "checked"
        )

        assert client.get(f"/batch/{batch_id}").status_code == 200  # read back, checked again
        back = batches.get(batch_id)
        _until(back, ("checked",))
        assert len(back.valid) == 3
        reply = client.post(f"/batch/{batch_id}/file", data={"csrf_token": _token(client, back)})
        assert reply.status_code == 302
        _until(back, ("filed",))
        assert len({f.number for f in back.filed}) == 3 and len(reg.documents()) == 3
        client.get("/check")  # filed, and idle (0 minutes): put on disk
        assert batches.get(batch_id) is not back and batches.get(batch_id).progress.stage == "filed"
        batches.stop(5)


@needs_browser
@pytest.mark.slow
def test_a_filed_batchs_page_and_download_outlive_a_restart_of_the_real_server(tmp_path):
    """In Chromium, on a real ``kesu serve``: a batch filed, the server stopped (SIGTERM) and
    started again; the batch's page lists its documents and the download is the same file."""
    from selenium.webdriver.common.by import By

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    page = browser(downloads)
    try:
        with running_server(tmp_path) as server:
            page.get(server.url + "/check")
            page.find_element(By.CSS_SELECTOR, "#files").send_keys(
                str(SAMPLES / "complaint-from-system.json")
            )
            page.find_element(By.CSS_SELECTOR, "#check-button").click()
            wait_for(lambda: page.find_elements(By.CSS_SELECTOR, "#file-button"), message="the checked batch")
            page.find_element(By.CSS_SELECTOR, "#file-button").click()
            wait_for(
                lambda: page.find_elements(By.CSS_SELECTOR, "table#filed a.docx"), message="the filed batch"
            )
            url = page.current_url
        batch_id = url.rsplit("/", 1)[1]
        assert (server.work / "batches" / batch_id / SHELVED).is_file()  # written by the stop
        with running_server(tmp_path) as again:
            page.get(again.url + "/check")  # listed still, read from disk
            page.find_element(By.CSS_SELECTOR, f'a[href="/batch/{batch_id}"]').click()
            wait_for(lambda: page.current_url.endswith(batch_id), message="the batch's page")
            assert page.find_elements(By.CSS_SELECTOR, "#findings-kept")  # its findings as checked
            link = page.find_element(By.CSS_SELECTOR, "table#filed a.docx")
            screenshot(page, "batch-after-restart")
            link.click()
            got = downloaded(downloads, ".docx")
            assert got.read_bytes() == (again.work / "batches" / batch_id / "out" / got.name).read_bytes()
    finally:
        page.quit()


# ---------------------------------------------------------------------- 3. SOURCE_DATE_EPOCH
def _serve(tmp_path: Path, port: int, epoch: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kesu_docs.cli",
            "serve",
            "--port",
            str(port),
            "--work",
            str(tmp_path / "w"),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "KESU_LANG": "zh", "SOURCE_DATE_EPOCH": epoch},
    )


def test_serve_refuses_an_invalid_source_date_epoch_as_it_starts_in_either_language(tmp_path):
    """Said before the server listens (the port, taken here, would fail later with another
    message), not by the first batch filed; exit 2, DESIGN.md's code for what cannot go on."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        _refused_at_start(tmp_path, taken.getsockname()[1])


def _refused_at_start(tmp_path: Path, port: int) -> None:
    zh = _serve(tmp_path, port, "1790812800000x")
    assert zh.returncode == 2, zh.stderr
    assert "SOURCE_DATE_EPOCH 无效" in zh.stderr and "1790812800000x" in zh.stderr
    en = _serve(tmp_path, port, "²", "--lang", "en")
    assert en.returncode == 2 and "SOURCE_DATE_EPOCH is not valid" in en.stderr
    assert not CJK.search(en.stderr)
    assert not (tmp_path / "w").exists() and not (tmp_path / "kesu.db").exists()  # nothing made
    valid = _serve(tmp_path, port, "1790812800")  # a valid one goes on: the port is then refused
    assert valid.returncode == 2 and "SOURCE_DATE_EPOCH" not in valid.stderr
    assert re.search(rf"无法在 .*:{port} 上启动", valid.stderr), valid.stderr
