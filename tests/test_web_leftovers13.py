"""The page's leftovers of the twelfth round: a batch's record on disk from the moment it is
checked (a server that dies loses nothing a clerk saw), a failed batch's record kept whole (what
failed, why, the documents it finished), the server's log in the language of ``--lang``, and
``kesu serve --keep-batches / --idle-minutes``. A real ``kesu serve`` where the server's own
start, stop or log is the point; a real register (SQLite file) and real documents throughout."""

from __future__ import annotations

import json
import logging
import re
import shutil
import time
from pathlib import Path

import pytest
from test_web_cut_batches import CJK, _batch_of, _client, _until
from test_web_leftovers12 import _held
from test_web_safety import Client
from web_helpers import SAMPLES, kesu, running_server

from kesu_docs.cli.serve_cmds import serve_command
from kesu_docs.register import Register
from kesu_docs.web import WebConfig
from kesu_docs.web.jobs import SHELVED, Batches

pytestmark = pytest.mark.slow

COMPLAINT = (SAMPLES / "complaint-from-system.json").read_bytes()


def _uploaded(client: Client, name: str = "complaint.json", content: bytes = COMPLAINT) -> str:
    status, body, _ = client.upload([(name, content)], client.token())
    assert status == 200, body[:500]
    return json.loads(body)["batch"]


def _stage(client: Client, batch_id: str, stages: tuple[str, ...], timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        status, body, _ = client.request("GET", f"/batch/{batch_id}/status.json")
        stage = json.loads(body)["stage"] if status == 200 else f"HTTP {status}"
        if stage in stages:
            return stage
        assert time.monotonic() < deadline, (stage, body[:300])
        time.sleep(0.1)


def _filed(client: Client, batch_id: str) -> str:
    """File the batch from its page's form (as the clerk's button does); its page once filed."""
    _, page, _ = client.request("GET", f"/batch/{batch_id}")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    status, _, _ = client.form(f"/batch/{batch_id}/file", {"csrf_token": token})
    assert status in (302, 303), status
    assert _stage(client, batch_id, ("filed", "failed")) == "filed"
    return client.request("GET", f"/batch/{batch_id}")[1]


def _facts(folder: Path) -> dict:
    return json.loads((folder / SHELVED).read_text(encoding="utf-8"))


# ------------------------------------------------------------- 1. on disk from the moment checked
def test_a_batch_checked_is_listed_again_after_the_server_died(tmp_path):
    """Checked, the clerk saw its findings; the server dies (no stop, no batch put on disk): the
    server started again lists it, checks it again and files it."""
    with running_server(tmp_path) as server:
        client = Client(server.url)
        batch_id = _uploaded(client)
        _stage(client, batch_id, ("checked",))
        server.proc.kill()  # a power cut: nothing runs at the end
        server.proc.wait(timeout=10)
    folder = tmp_path / "work" / "batches" / batch_id
    assert _facts(folder)["stage"] == "checked"

    with running_server(tmp_path) as again:
        client = Client(again.url)
        assert batch_id in client.request("GET", "/check")[1]  # listed on the check page
        _stage(client, batch_id, ("checked",))
        page = _filed(client, batch_id)
        assert "complaint-" in page and ".docx" in page
        facts = _facts(folder)
        assert facts["stage"] == "filed" and len(facts["filed"]) == 1 and facts["filed"][0]["number"]


def test_a_checked_batch_read_back_from_disk_keeps_its_record_while_it_is_checked_again(tmp_path):
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg, keep=1)
    first = _batch_of(batches, count=3)
    assert _facts(first.folder)["stage"] == "checked"  # from the moment it is checked
    second = _batch_of(batches, count=3)
    batches.get(second.id)  # the one used last: the first is put out of memory
    batches.recent()
    assert batches.live() == 1

    back = batches.get(first.id)  # read back: checked again
    assert back is not None and back is not first
    assert _facts(first.folder)["stage"] == "checked"  # kept meanwhile: a restart still lists it
    restarted = Batches(tmp_path / "work", reg)
    assert first.id in [b.id for b in restarted.recent()]
    restarted.stop(5)

    _until(back, ("checked",))
    assert _facts(first.folder)["stage"] == "checked"
    assert batches.file(back, pdf=False, user="wang")
    _until(back, ("filed",))
    assert _facts(first.folder)["stage"] == "filed" and len(_facts(first.folder)["filed"]) == 3
    batches.stop(5)
    reg.close()


# ------------------------------------------------------------- 2. a failed batch's record whole
def test_a_batch_failed_after_its_documents_were_made_keeps_them_on_its_page_and_record(tmp_path, caplog):
    """Its documents numbered and written, the batch's own facts could not be written (here: a
    folder stands where they go): the batch fails, its page and its record say why and list the
    documents it made — they are numbered and logged as printed, the clerk's to print."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    batch = _batch_of(batches, count=3)
    gate = _held(batches)  # the worker is busy: the batch waits in the queue
    assert batches.file(batch, pdf=False, user="wang")
    (batch.folder / SHELVED).mkdir()  # its facts cannot be written where they go
    (batch.folder / SHELVED / "in-the-way").write_text("")
    gate.set()
    with caplog.at_level(logging.ERROR, logger="kesu_docs.web"):
        deadline = time.monotonic() + 300
        while batch.progress.stage != "failed":
            assert batch.progress.stage != "filed" and time.monotonic() < deadline
            time.sleep(0.05)
    made = sorted(f.output.name for f in batch.filed if f.ok and f.output is not None)
    assert len(made) == 3 and all((batch.outbox / name).is_file() for name in made)
    assert "IsADirectoryError" in batch.progress.error
    page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
    assert "IsADirectoryError" in page and all(name in page for name in made)
    said = [r.getMessage() for r in caplog.records if batch.id in r.getMessage()]
    assert any("失败" in line and "IsADirectoryError" in line for line in said), said  # zh by default

    (batch.folder / SHELVED / "in-the-way").unlink()
    (batch.folder / SHELVED).rmdir()
    batches.stop(5)  # put on disk as it stops: whole, never overwritten empty
    facts = _facts(batch.folder)
    assert facts["stage"] == "failed" and "IsADirectoryError" in facts["error"]
    assert sorted(f["output"] for f in facts["filed"]) == made

    app2, again = _client(tmp_path, reg)  # the server started again
    page = again.get(f"/batch/{batch.id}").get_data(as_text=True)
    assert "IsADirectoryError" in page and all(name in page for name in made)
    app2.extensions["kesu"]["batches"].stop(5)
    reg.close()


# ------------------------------------------------------------- 3. the log in the server's language
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_servers_log_speaks_the_language_it_was_started_in(tmp_path, lang):
    with running_server(tmp_path, "--lang", lang) as server:
        client = Client(server.url)
        batch_id = _uploaded(client)
        _stage(client, batch_id, ("checked",))
        _filed(client, batch_id)
        server.proc.terminate()
        server.proc.wait(timeout=30)
    log = server.log.read_text(encoding="utf-8")
    line = next(line for line in log.splitlines() if batch_id in line)
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", line)  # each with its time
    if lang == "en":
        assert "filed: 1 document(s)" in line and not CJK.search(log), log
    else:
        assert "已编号并生成：1 份" in line and "kesu 网页已停止" in log, log
        assert "filed:" not in log and "page stopped" not in log


# ------------------------------------------------------------- 4. --keep-batches, --idle-minutes
@pytest.mark.parametrize(
    "given",
    [
        ("--keep-batches", "0"),
        ("--keep-batches", "many"),
        ("--idle-minutes", "0"),
        ("--idle-minutes", "-5"),
        ("--idle-minutes", "nan"),  # a limit never reached: x > nan is always False
        ("--idle-minutes", "inf"),
        ("--stop-wait", "nan"),
    ],
)
def test_a_bad_memory_limit_is_a_usage_error(tmp_path, given):
    done = kesu("serve", "--work", str(tmp_path / "work"), "--db", str(tmp_path / "k.db"), *given)
    assert done.returncode == 2 and given[0] in done.stderr and given[1] in done.stderr, done.stderr
    assert CJK.search(done.stderr)  # said in Chinese by default
    assert not (tmp_path / "work").exists()  # refused before anything is made


def test_a_limit_that_is_no_number_is_said_in_english_with_lang_en(tmp_path):
    done = kesu("serve", "--work", str(tmp_path / "work"), "--idle-minutes", "nan", "--lang", "en")
    assert done.returncode == 2 and "must be a finite number: nan" in done.stderr, done.stderr
    assert not CJK.search(done.stderr) and not (tmp_path / "work").exists()


def test_the_memory_limits_have_help_in_both_languages_and_webconfigs_defaults():
    zh = re.sub(r"\s+", "", kesu("serve", "--help").stdout)  # as click wraps it
    en = " ".join(kesu("serve", "--help", "--lang", "en").stdout.split())
    assert "内存中保留的已完成批次数" in zh and "无人查看多少分钟后移到磁盘上" in zh
    assert "finished batches kept in memory" in en and "minutes a filed (or failed) batch" in en
    defaults = {p.name: p.default for p in serve_command.params}
    config = WebConfig()
    assert (defaults["keep_batches"], defaults["idle_minutes"]) == (config.keep_batches, config.idle_minutes)


def test_keep_batches_puts_a_filed_batch_on_disk_when_another_is_used(tmp_path):
    """--keep-batches 1: a filed batch is put on disk once another was used since; its page,
    read back, keeps its documents and its findings as last checked (dev18-web: they were
    no longer shown)."""
    with running_server(tmp_path, "--keep-batches", "1") as server:
        client = Client(server.url)
        first = _uploaded(client)
        _stage(client, first, ("checked",))
        page = _filed(client, first)
        assert 'id="findings-gone"' not in page
        second = _uploaded(client, "return.json", (SAMPLES / "return-valid.json").read_bytes())
        _stage(client, second, ("checked",))
        client.request("GET", "/check")  # the bound is looked at as batches are listed
        page = client.request("GET", f"/batch/{first}")[1]
        assert 'id="findings-kept"' in page and 'id="findings-gone"' not in page and ".docx" in page


def test_idle_minutes_puts_a_filed_batch_no_one_asks_for_on_disk(tmp_path):
    with running_server(tmp_path, "--idle-minutes", "0.02") as server:  # 1.2 s
        client = Client(server.url)
        batch_id = _uploaded(client)
        _stage(client, batch_id, ("checked",))
        assert 'id="findings-gone"' not in _filed(client, batch_id)
        time.sleep(2)
        client.request("GET", "/check")
        page = client.request("GET", f"/batch/{batch_id}")[1]  # read back: its findings kept
        assert 'id="findings-kept"' in page and 'id="findings-gone"' not in page


# ------------------------------------------------------------- 5. the page read as a clerk reads it
def test_a_working_copys_note_names_the_file_not_the_servers_folder(tmp_path):
    """The note beside a numbered working copy named the server's folder (/srv/…/out/x.xlsx):
    meaningless on the clerk's PC. It names the file; the link beside it downloads it."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    batch = batches.new("wang")
    shutil.copy(SAMPLES / "complaint-valid.xlsx", batch.inbox / "complaint-valid.xlsx")
    batch.names.append("complaint-valid.xlsx")
    batches.check(batch)
    _until(batch, ("checked",))
    assert batches.file(batch, pdf=False, user="wang")
    _until(batch, ("filed",))
    copy = next(f.working_copy for f in batch.filed if f.working_copy is not None)
    page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
    assert f"已写出带编号的工作副本 {copy.name}：" in page and str(batch.outbox) not in page
    english = client.get(f"/batch/{batch.id}?lang=en").get_data(as_text=True)
    assert f"Numbered working copy written: {copy.name} —" in english
    assert client.get(f"/batch/{batch.id}/documents/{copy.name}").data == copy.read_bytes()
    batches.stop(5)
    reg.close()


def test_a_month_with_nothing_to_draw_says_so_in_chinese_on_the_managers_page(tmp_path):
    """The manager's page of a month without a closed case drew pygal's "No data" in 64 px
    letters in each chart of a Chinese report."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    page = client.get("/manager?month=2026-12").get_data(as_text=True)
    charts = re.findall(r'<img src="(/manager/chart/[^"]+\.svg)"', page)
    assert charts, page[:2000]
    drawn = [client.get(url).get_data(as_text=True) for url in charts]
    assert all("No data" not in svg for svg in drawn)
    assert any("无数据" in svg for svg in drawn)
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


def test_a_file_filed_again_says_on_its_page_that_it_came_as_a_re_print(tmp_path):
    """The same form filed again comes as a re-print (补印, counted, marked on the paper): the
    batch page said only "existing number", while the register said 补印."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg)
    batches = app.extensions["kesu"]["batches"]
    pages = []
    for _ in range(2):
        batch = _batch_of(batches, ["c000.json"], count=1)
        assert batches.file(batch, pdf=False, user="wang")
        _until(batch, ("filed",))
        pages.append(client.get(f"/batch/{batch.id}").get_data(as_text=True))
    assert "补印" not in pages[0]
    assert batch.filed[0].printed == "reprint" and "（补印第 1 次）" in pages[1]
    english = client.get(f"/batch/{batch.id}?lang=en").get_data(as_text=True)
    assert "(re-print No. 1)" in english
    batches.stop(5)
    reg.close()
