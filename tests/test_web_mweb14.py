"""The fourteenth round's review of the web page's new code, as the clerk's IT person and as an
attacker: the month fields and links answer any month cleanly, a download counts as under way
until it is sent, a work folder's hand-made facts (links, pipes, wrong types, markup) never make
the server read or write elsewhere, hang at start-up or show markup. A real register (SQLite
file), real batches and documents, the page through Flask's test client."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest
from test_web_cut_batches import _client, _records, _until
from test_web_leftovers12 import _held

from kesu_docs.register import Register
from kesu_docs.web.jobs import SHELVED, SUMMARY, UNDER_WAY, Batches

SCRIPT = "<script>alert('kesu')</script>"


def _head(batch_id: str, owner: str = "wang", **more) -> bytes:
    """A batch's head as :data:`UNDER_WAY` holds it (``more`` replaces its fields)."""
    head = {
        "id": batch_id,
        "owner": owner,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(),
        "names": ["c000.json"],
        "filing": False,
    }
    return json.dumps(head | more).encode()


# ------------------------------------------------------------- the month fields and links
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_any_month_asked_for_is_answered_cleanly_never_a_server_error(tmp_path, lang):
    """Year 1 (written "1-01" by the C library) and 9999-12 (whose next month is no date) made
    the manager's page and the monthly downloads fail (500); every month not one a form's date
    carries is the page's own month on the page, and not found (404) as a download."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg, lang)
    months = {dt.date.today().strftime("%Y-%m")}  # this month; the next too, should it turn meanwhile
    asked = [
        "month=0001-01",
        "year=0001&mon=01",
        "year=9999&mon=12",
        "year=99999&mon=01",
        "month=0",
        "month=2026-13",
        "month=2026-00",
        "month=abc",
    ]
    for query in asked:
        page = client.get(f"/manager?{query}")
        months.add(dt.date.today().strftime("%Y-%m"))
        assert page.status_code == 200, (query, page.status_code)
        assert any(f"/manager/monthly/{m}.xlsx" in page.get_data(as_text=True) for m in months), query
        assert client.get(f"/register?{query}").status_code == 200, query
    # Arabic-Indic digits: folded as every number the clerk types (attack28), the year 2026
    page = client.get("/manager?year=%D9%A2%D9%A0%D9%A2%D9%A6&mon=01")
    assert page.status_code == 200 and "/manager/monthly/2026-01.xlsx" in page.get_data(as_text=True)
    for month in ("0001-01", "9999-12", "1-1", "2026-13", "abcd-01"):
        for url in (f"/manager/monthly/{month}.xlsx", f"/manager/monthly/{month}.html"):
            answer = client.get(url)
            assert answer.status_code == 404, (url, answer.status_code)
    assert client.get("/manager/monthly/2026-1.xlsx").status_code == 200  # a link's one-digit month
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


# ------------------------------------------------------------- the requests under way
def test_a_download_is_under_way_until_it_is_sent_and_the_register_closes_after_it(tmp_path):
    """A file is sent after its view has returned (send_file): the request stays counted until
    the server closes its body (sent, or the browser gone), and a stop's register close waits
    for it — the count once dropped as the view returned."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    requests = app.extensions["kesu"]["requests"]
    closed = threading.Event()
    download = client.get("/static/kesu.css", buffered=False)
    assert download.status_code == 200
    assert requests.under_way() == 1  # being sent
    assert requests.after_last(closed.set) == 1 and not closed.is_set()
    download.close()  # sent (or the browser went away): the server closes the body
    assert requests.under_way() == 0 and closed.is_set() and requests.ended.is_set()
    download.close()  # closed twice: counted down once
    assert requests.under_way() == 0
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


# ------------------------------------------------------------- a work folder's hand-made facts
def test_a_batch_folder_that_is_a_link_to_elsewhere_is_neither_read_nor_written(tmp_path):
    """A batch folder linked to a folder outside the work folder, holding a head as a dead
    batch leaves it: the restart wrote its summary there and removed files there; now it is
    not listed, and nothing outside is touched."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / UNDER_WAY).write_bytes(_head("linked"))
    batches_folder = tmp_path / "work" / "batches"
    batches_folder.mkdir(parents=True)
    (batches_folder / "linked").symlink_to(outside, target_is_directory=True)
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    assert sorted(p.name for p in outside.iterdir()) == [UNDER_WAY]
    assert "linked" not in client.get("/check").get_data(as_text=True)
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX")
def test_a_pipe_in_place_of_a_batchs_facts_never_holds_the_start_up(tmp_path):
    """A named pipe where a head, a summary or a listing goes: its size is 0, and reading it
    waited for a writer forever (the server never started); now it is refused, said in the log."""
    batches_folder = tmp_path / "work" / "batches"
    pipes = []
    for n, name in enumerate((UNDER_WAY, SUMMARY, SHELVED)):
        folder = batches_folder / f"piped{n}"
        folder.mkdir(parents=True)
        os.mkfifo(folder / name)
        pipes.append(folder / name)
    (batches_folder / "piped2" / "listing.json").unlink(missing_ok=True)
    os.mkfifo(batches_folder / "piped2" / "listing.json")
    pipes.append(batches_folder / "piped2" / "listing.json")
    reg = Register.open(tmp_path / "k.db", create=True)
    started: list[Batches] = []
    start = threading.Thread(target=lambda: started.append(Batches(tmp_path / "work", reg)), daemon=True)
    start.start()
    start.join(60)
    alive = start.is_alive()
    if alive:  # the old reader waits on a pipe: a writer lets it go on (and the test fail)
        for pipe in pipes:
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        start.join(60)
    assert not alive and len(started) == 1
    started[0].stop(1)
    reg.close()


def test_heads_of_wrong_types_or_paths_outside_are_not_listed_and_the_server_starts(tmp_path, caplog):
    """Hand-made heads — names leaving the folder, fields of the wrong type, not JSON, too big —
    are said in the log and not listed; none is removed (they may be looked at), none crashes."""
    batches_folder = tmp_path / "work" / "batches"
    bad = {
        "up": _head("up", names=["../../../etc/passwd"]),
        "absolute": _head("absolute", names=["/etc/passwd"]),
        "typed": _head("typed", owner=5, names="c000.json"),
        "naive": _head("naive", created="2026-12-01T10:00:00"),
        "text": b"not json at all",
        "nested": b"[" * 100_000,
        "huge": b'{"id": "' + b"x" * (5 << 20) + b'"}',
    }
    for name, content in bad.items():
        (batches_folder / name).mkdir(parents=True)
        (batches_folder / name / UNDER_WAY).write_bytes(content)
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg, "en")
    listed = client.get("/check").get_data(as_text=True)
    for name in bad:
        assert (batches_folder / name / UNDER_WAY).is_file() and not (
            batches_folder / name / SUMMARY
        ).exists()
        assert f"/batch/{name}" not in listed
        assert f"batch not listed ({batches_folder / name / UNDER_WAY})" in caplog.text
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


def test_markup_in_a_kept_failure_reason_or_a_clerks_name_is_shown_as_text(tmp_path):
    """A batch's record edited to hold a script as a failure reason, and a dead batch's head a
    script as its clerk: each page shows the words, escaped, never the markup."""
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg)
    batch = batches.new("wang")
    (batch.inbox / "c000.json").write_text(json.dumps(_records(1)[0], ensure_ascii=False), encoding="utf-8")
    batch.names.append("c000.json")
    batches.check(batch)
    _until(batch, ("checked",))
    assert batches.file(batch, pdf=False, user="wang")
    _until(batch, ("filed",))
    batches.stop(5)
    facts = json.loads((batch.folder / SHELVED).read_text(encoding="utf-8"))
    [filed] = facts["filed"]
    filed["outcome"] = "failed"
    filed["problems"] = [{"code": "render_failed", "zh": SCRIPT, "en": SCRIPT}]
    (batch.folder / SHELVED).write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    dead = tmp_path / "work" / "batches" / "dead"
    dead.mkdir()
    (dead / UNDER_WAY).write_bytes(_head("dead", owner=SCRIPT))
    for lang in ("zh", "en"):
        app, client = _client(tmp_path, reg, lang)
        for url in (f"/batch/{batch.id}", "/batch/dead", "/check"):
            page = client.get(url).get_data(as_text=True)
            assert SCRIPT not in page, url
        assert "alert(&#39;kesu&#39;)" in client.get(f"/batch/{batch.id}").get_data(as_text=True)
        app.extensions["kesu"]["batches"].stop(1)
    reg.close()


# ------------------------------------------------------------- a kill as a filing is asked for
def test_a_filing_asked_for_has_its_head_on_disk_before_its_facts_as_checked_go(tmp_path):
    """Filing asked for: its head (filing) is written, then its facts as checked removed. A kill
    between the two, as the order was, lost the batch from the list (neither on disk); in this
    order the batch is on disk at every moment — shown here by the head written while the facts
    as checked were still there (an unwritable head keeps them: the batch stays listed)."""
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg)
    batch = batches.new("wang")
    (batch.inbox / "c000.json").write_text(json.dumps(_records(1)[0], ensure_ascii=False), encoding="utf-8")
    batch.names.append("c000.json")
    batches.check(batch)
    _until(batch, ("checked",))
    gate = _held(batches)
    seen: list[bool] = []
    written = batches._under_way

    def under_way(b, *, filing: bool) -> bool:  # the real write, and what was on disk as it came
        seen.append((b.folder / SHELVED).is_file())
        return written(b, filing=filing)

    batches._under_way = under_way  # type: ignore[method-assign]
    try:
        assert batches.file(batch, pdf=False, user="wang")
        assert seen == [True]
        assert json.loads((batch.folder / UNDER_WAY).read_text(encoding="utf-8"))["filing"] is True
        assert not (batch.folder / SHELVED).exists()
    finally:  # the held worker let go whatever failed: no thread left to hold the process's end
        gate.set()
    _until(batch, ("filed",))
    assert not (batch.folder / UNDER_WAY).exists() and (batch.folder / SHELVED).is_file()
    batches.stop(5)
    reg.close()


def test_a_filing_whose_head_cannot_be_written_keeps_its_facts_as_checked(tmp_path):
    """Filing asked for, the batch's head (under-way.json) cannot be written (here a folder stands
    where it goes; a full disk alike): its facts as checked stay on disk, so a crash during the
    filing lists it as checked after a restart instead of not at all."""
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg)
    batch = batches.new("wang")
    (batch.inbox / "c000.json").write_text(json.dumps(_records(1)[0], ensure_ascii=False), encoding="utf-8")
    batch.names.append("c000.json")
    batches.check(batch)
    _until(batch, ("checked",))
    (batch.folder / UNDER_WAY).mkdir()
    (batch.folder / UNDER_WAY / "in-the-way").write_text("")
    gate = _held(batches)
    try:
        assert batches.file(batch, pdf=False, user="wang")
        assert (batch.folder / SHELVED).is_file()  # the facts as checked kept: listed after a crash
        restarted = Batches(tmp_path / "work", reg)  # what a restart after a crash here finds
        shown = restarted.get(batch.id)
        # listed as checked (read back, it is checked again against the register)
        assert shown is not None and shown.progress.stage in ("queued", "reading", "checking", "checked")
        restarted.stop(5)
    finally:
        gate.set()
    _until(batch, ("filed", "failed"))
    batches.stop(5)
    reg.close()
