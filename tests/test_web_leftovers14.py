"""The page's leftovers of the thirteenth round: a batch under way when the server dies is listed
after a restart as cut short (its uploads kept), a failed document keeps its reason in its
batch's record, the register outlives the last request at a stop, waitress's log lines are
kesu's, and the month fields speak the page's language. A real register (SQLite file), real
documents rendered, the page through Flask's test client or a real waitress server."""

from __future__ import annotations

import json
import re
import socket
import threading
import time

import pytest
from test_web_cut_batches import CJK, _client, _records, _until
from test_web_leftovers12 import _held
from test_web_safety import Client
from web_helpers import SAMPLES, browser, needs_browser, running_server, screenshot, serve_log, wait_for

from kesu_docs.register import Register
from kesu_docs.web import close_server
from kesu_docs.web.jobs import SHELVED, STOPPED, SUMMARY, UNDER_WAY, Batches

COMPLAINT = (SAMPLES / "complaint-from-system.json").read_bytes()  # carries its number: 202609001


def _dropped(batches: Batches, count: int) -> list[str]:
    """A batch of ``count`` complaints dropped on the page (its check asked for): its id and files."""
    batch = batches.new("wang")
    for n, record in enumerate(_records(count)):
        (batch.inbox / f"c{n:03d}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        batch.names.append(f"c{n:03d}.json")
    batches.check(batch)
    return [batch.id, *batch.names]


# ------------------------------------------------------------- 1. under way when the server died
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_batch_under_way_when_the_server_died_is_listed_as_cut_short_after_a_restart(tmp_path, lang):
    """The worker busy, a batch waits to be read; the server dies (no stop): started again, it
    lists the batch as cut short, says to submit it again in the page's language, and keeps
    its uploads."""
    reg = Register.open(tmp_path / "k.db", create=True)
    dead = Batches(tmp_path / "work", reg)
    gate = _held(dead)
    batch_id, *names = _dropped(dead, 3)
    folder = tmp_path / "work" / "batches" / batch_id
    assert (folder / UNDER_WAY).is_file() and not (folder / SHELVED).exists()
    # the server dies here: nothing more of it runs (its thread is held until the end of the test)

    app, client = _client(tmp_path, reg, lang)
    assert not (folder / UNDER_WAY).exists()  # its summary says it now
    assert json.loads((folder / SUMMARY).read_text(encoding="utf-8"))["cut"]["rest"] == names
    assert batch_id in client.get("/check").get_data(as_text=True)
    page = client.get(f"/batch/{batch_id}").get_data(as_text=True)
    assert STOPPED[0 if lang == "zh" else 1] in page
    assert all(f"<li>{name}</li>" in page for name in names)  # the files to submit again
    status = client.get(f"/batch/{batch_id}/status.json").get_json()
    assert status["stage"] == "failed" and status["error"] == STOPPED[0 if lang == "zh" else 1]
    assert sorted(p.name for p in (folder / "in").iterdir()) == names  # the uploads stay

    app.extensions["kesu"]["batches"].stop(5)
    app2, again = _client(tmp_path, reg, lang)  # and the restart after that: the same page
    assert STOPPED[0 if lang == "zh" else 1] in again.get(f"/batch/{batch_id}").get_data(as_text=True)
    app2.extensions["kesu"]["batches"].stop(5)
    gate.set()
    dead.stop(0)
    reg.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_batch_being_filed_when_the_server_died_is_listed_as_cut_with_what_is_not_known(tmp_path, lang):
    """Its filing asked for (its facts as checked removed: no longer true), the server dies: a
    restart lists it cut short while filing, and says what may have been numbered and where."""
    reg = Register.open(tmp_path / "k.db", create=True)
    dead = Batches(tmp_path / "work", reg)
    batch_id, *names = _dropped(dead, 2)
    batch = dead.get(batch_id)
    _until(batch, ("checked",))
    gate = _held(dead)
    assert dead.file(batch, pdf=False, user="wang")  # waits behind the held worker
    folder = batch.folder
    assert not (folder / SHELVED).exists()
    assert json.loads((folder / UNDER_WAY).read_text(encoding="utf-8"))["filing"] is True

    app, client = _client(tmp_path, reg, lang)
    cut = json.loads((folder / SUMMARY).read_text(encoding="utf-8"))["cut"]
    assert cut["filing"] and cut["died"] and cut["rest"] == names and not cut["finished"]
    page = client.get(f"/batch/{batch_id}").get_data(as_text=True)
    said = "意外停止" if lang == "zh" else "ended without a stop while this batch was being numbered"
    # (fifteenth round: the register is asked what was filed — here nothing, said so — rather
    # than "what it finished, if any, is in <its folder>")
    nothing = "本批没有文件已生成" if lang == "zh" else "no document of this batch was written"
    assert said in page and nothing in page and cut["known"] and not cut["numbered"]
    if lang == "en":
        assert not CJK.search(client.get(f"/batch/{batch_id}/status.json").get_json()["error"])
    app.extensions["kesu"]["batches"].stop(5)
    gate.set()
    dead.stop(0)
    reg.close()


def test_what_a_batch_dying_while_filed_had_numbered_keeps_its_numbers_when_submitted_again(tmp_path):
    """What its page promises: the whole batch submitted again numbers nothing twice, and what
    was numbered comes as a re-print. The death as it leaves the disk at its latest: every
    document filed, the batch's facts not yet written."""
    reg = Register.open(tmp_path / "k.db", create=True)
    dead = Batches(tmp_path / "work", reg)
    batch_id, *names = _dropped(dead, 2)
    batch = dead.get(batch_id)
    _until(batch, ("checked",))
    assert dead.file(batch, pdf=False, user="wang")
    _until(batch, ("filed",))
    numbers = sorted(f.number for f in batch.filed if f.ok)
    dead.stop(5)
    (batch.folder / SHELVED).unlink()  # the filing's facts not written: it died just before
    (batch.folder / UNDER_WAY).write_text(
        json.dumps(
            {
                "id": batch.id,
                "owner": "wang",
                "created": batch.created.isoformat(),
                "names": names,
                "filing": True,
            }
        ),
        encoding="utf-8",
    )
    again = Batches(tmp_path / "work", reg)
    assert again.get(batch_id).progress.cut.died
    second = again.new("wang")
    for name in names:
        (second.inbox / name).write_bytes((batch.inbox / name).read_bytes())
        second.names.append(name)
    again.check(second)
    _until(second, ("checked",))
    assert again.file(second, pdf=False, user="wang")
    _until(second, ("filed",))
    assert sorted(f.number for f in second.filed if f.ok) == numbers and reg.count() == 2
    assert all(f.printed == "reprint" and not f.created for f in second.filed)
    again.stop(5)
    reg.close()


def test_a_batch_checked_again_when_the_server_died_is_listed_as_it_was_checked(tmp_path):
    """A batch read back from disk and checked again keeps its facts meanwhile: they say more
    than its head does, and a restart lists it checked (checked again as it is asked for)."""
    reg = Register.open(tmp_path / "k.db", create=True)
    dead = Batches(tmp_path / "work", reg)
    batch_id, *_ = _dropped(dead, 2)
    folder = tmp_path / "work" / "batches" / batch_id
    _until(dead.get(batch_id), ("checked",))
    assert not (folder / UNDER_WAY).exists()
    gate = _held(dead)
    (folder / UNDER_WAY).write_bytes(b"{}")  # as a check asked for again leaves it (here unread)
    app, client = _client(tmp_path, reg)
    assert not (folder / UNDER_WAY).exists() and not (folder / SUMMARY).exists()
    assert json.loads((folder / SHELVED).read_text(encoding="utf-8"))["stage"] == "checked"
    restarted = app.extensions["kesu"]["batches"]
    _until(restarted.get(batch_id), ("checked",))
    restarted.stop(5)
    gate.set()
    dead.stop(0)
    reg.close()


@pytest.mark.slow
def test_a_batch_dropped_just_before_a_kill_is_never_lost_from_the_list(tmp_path):
    """The real server killed (``kill -9``) as the upload's answer comes: whatever it had done
    of the batch (read part of it, or all), the server started again lists it — checked, or
    cut short with every upload kept."""
    content = (SAMPLES / "complaint-from-system.json").read_bytes()
    files = [(f"c{n:02d}.json", content) for n in range(40)]
    with running_server(tmp_path) as server:
        client = Client(server.url)
        status, body, _ = client.upload(files, client.token())
        server.proc.kill()
        server.proc.wait(timeout=10)
    assert status == 200, body[:300]
    batch_id = json.loads(body)["batch"]
    folder = tmp_path / "work" / "batches" / batch_id
    checked = (folder / SHELVED).is_file()
    with running_server(tmp_path) as again:
        client = Client(again.url)
        assert batch_id in client.request("GET", "/check")[1]
        _, page, _ = client.request("GET", f"/batch/{batch_id}")
        if not checked:  # killed while it was read: cut short, to submit again
            assert STOPPED[0] in page and (folder / SUMMARY).is_file()
        deadline = time.monotonic() + 120
        while (
            checked
            and json.loads(client.request("GET", f"/batch/{batch_id}/status.json")[1])["stage"] != "checked"
        ):
            assert time.monotonic() < deadline
            time.sleep(0.1)
    assert sorted(p.name for p in (folder / "in").iterdir()) == sorted(name for name, _ in files)


# ------------------------------------------------------------- 2. a failed document's reason kept
def test_a_documents_failure_is_kept_in_its_batchs_record_and_said_after_a_restart(tmp_path):
    """One of two documents cannot be written (a folder stands where it goes): it fails with
    its reason, the other is filed; a server started again says the reason on the batch's page,
    in the page's language."""
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg)
    batch = batches.new("wang")
    (batch.inbox / "given.json").write_bytes(COMPLAINT)
    (batch.inbox / "plain.json").write_text(json.dumps(_records(1)[0], ensure_ascii=False), encoding="utf-8")
    batch.names += ["given.json", "plain.json"]
    batches.check(batch)
    _until(batch, ("checked",))
    (batch.outbox / "complaint-202609001.docx").mkdir()  # where the numbered form's document goes
    assert batches.file(batch, pdf=False, user="wang")
    _until(batch, ("filed",))
    [failed] = [f for f in batch.filed if not f.ok]
    assert failed.outcome == "failed" and "IsADirectoryError" in failed.problems[0].message("en")
    kept = json.loads((batch.folder / SHELVED).read_text(encoding="utf-8"))["filed"]
    [facts] = [f for f in kept if f["outcome"] == "failed"]
    assert [p["code"] for p in facts["problems"]] == ["render_failed"]
    assert "IsADirectoryError" in facts["problems"][0]["zh"] and CJK.search(facts["problems"][0]["zh"])
    assert facts["problems"][0]["en"].startswith("Rendering failed: IsADirectoryError")
    # the server dies: no stop (the record was written as the filing ended)

    for lang in ("zh", "en"):
        app, client = _client(tmp_path, reg, lang)
        page = client.get(f"/batch/{batch.id}").get_data(as_text=True)
        row = re.search(r'<tr class="outcome-failed">.*?</tr>', page, re.S)
        assert row is not None and "IsADirectoryError" in row.group(0), page
        assert ("生成文件失败：" if lang == "zh" else "Rendering failed: ") in row.group(0)
        app.extensions["kesu"]["batches"].stop(5)
    batches.stop(5)
    reg.close()


# ------------------------------------------------------------- 5. the month field in the page's language
def _month_field(page: str) -> str:
    found = re.search(r'<span class="month-field" id="month">(.*?)</span>', page, re.S)
    assert found is not None, page[:3000]
    return found.group(1)


def test_the_managers_month_field_speaks_the_pages_language_and_asks_for_the_month_chosen(tmp_path):
    reg = Register.open(tmp_path / "k.db", create=True)
    for lang, words in (("zh", ("3 月", "12 月")), ("en", ("March", "December"))):
        app, client = _client(tmp_path, reg, lang)
        page = client.get("/manager?year=2025&mon=03").get_data(as_text=True)
        field = _month_field(page)
        assert 'type="month"' not in page  # drawn by the browser in the browser's language
        assert re.search(rf'<option value="03" selected>{words[0]}</option>', field), field
        assert f'<option value="12">{words[1]}</option>' in field
        assert 'name="year" value="2025"' in field
        assert bool(CJK.search(re.sub(r"<[^>]+>", "", field))) == (lang == "zh")
        assert "/manager/monthly/2025-03.xlsx" in page  # the month asked for is the one shown
        linked = client.get("/manager?month=2026-12").get_data(as_text=True)  # a link's month still
        assert (
            'name="year" value="2026"' in _month_field(linked) and "/manager/monthly/2026-12.xlsx" in linked
        )
        before = time.strftime("%Y-%m")  # (the month may turn while the page is asked for)
        wrong = client.get("/manager?year=20x5&mon=13").get_data(as_text=True)  # no month: this one
        shown = re.search(r"/manager/monthly/(\d{4}-\d{2})\.xlsx", wrong)
        assert shown is not None and shown.group(1) in (before, time.strftime("%Y-%m")), wrong[:3000]
        assert f'name="year" value="{shown.group(1)[:4]}"' in _month_field(wrong)
        app.extensions["kesu"]["batches"].stop(1)
    reg.close()


def test_the_registers_month_filter_speaks_the_pages_language_and_filters_by_the_month_chosen(tmp_path):
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg, "en")
    batches = app.extensions["kesu"]["batches"]
    batch_id, *_ = _dropped(batches, 1)
    batch = batches.get(batch_id)
    _until(batch, ("checked",))
    assert batches.file(batch, pdf=False, user="wang")
    _until(batch, ("filed",))
    [doc] = reg.documents()
    year, mon = f"{doc.document_date:%Y}", f"{doc.document_date:%m}"
    other = "01" if mon != "01" else "02"
    every = client.get("/register").get_data(as_text=True)
    assert doc.number in every and '<option value="">any month</option>' in _month_field(every)
    assert doc.number in client.get(f"/register?year={year}&mon={mon}").get_data(as_text=True)
    page = client.get(f"/register?year={year}&mon={other}").get_data(as_text=True)
    assert doc.number not in page and f'<option value="{other}" selected>' in _month_field(page)
    batches.stop(5)
    reg.close()


@needs_browser
@pytest.mark.slow
def test_in_a_chinese_browser_the_english_managers_page_asks_for_a_month_in_english(tmp_path):
    """Chromium in Chinese (zh-CN), the page in English: the month field reads "March 2025", and
    choosing a month and pressing Show brings that month's statistics."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = browser(tmp_path / "downloads")
    try:
        with running_server(tmp_path, "--lang", "en") as server:
            page.get(server.url + "/manager")
            field = page.find_element(By.CSS_SELECTOR, "#month")
            Select(field.find_element(By.NAME, "mon")).select_by_visible_text("March")
            year = field.find_element(By.NAME, "year")
            year.clear()
            year.send_keys("2025")
            page.find_element(By.CSS_SELECTOR, "#month-button").click()
            wait_for(lambda: "year=2025" in page.current_url, message="the month asked for")
            assert "mon=03" in page.current_url
            field = page.find_element(By.CSS_SELECTOR, "#month")
            shown = Select(field.find_element(By.NAME, "mon")).first_selected_option.text
            assert shown == "March" and field.find_element(By.NAME, "year").get_attribute("value") == "2025"
            assert not CJK.search(field.text), field.text
            xlsx = page.find_element(By.CSS_SELECTOR, "#monthly-xlsx").get_attribute("href")
            assert xlsx.endswith("/manager/monthly/2025-03.xlsx")
            screenshot(page, "manager-month-en")
    finally:
        page.quit()


# ------------------------------------------------------------- 4. waitress's lines in kesu's words
def _waitress_lines(lang: str, app) -> str:
    """What a real waitress server logs through the kesu serve handler as it answers one request
    with ``app`` (its loop in a thread: web_helpers.ServerLoop)."""
    from waitress import create_server
    from web_helpers import ServerLoop, idle

    with serve_log(lang) as stream:
        channels: dict = {}
        server = create_server(app, map=channels, host="127.0.0.1", port=0, threads=1)
        loop = ServerLoop(channels)
        idle(server)  # else waitress may say its queue is waiting, a line of its own
        with socket.create_connection(("127.0.0.1", server.effective_port), timeout=30) as client:
            client.sendall(b"GET /batch/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            while client.recv(65536):  # the whole answer: the request is done
                pass
        loop.stop()
        close_server(server, channels)
    return stream.getvalue()


def _short(environ, start_response):
    start_response("200 OK", [("Content-Length", "10")])
    return [b"ab"]


def _broken(environ, start_response):
    raise RuntimeError("broken")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_waitress_lines_come_in_kesus_words_or_marked_as_the_servers(lang):
    """A request that fails in the application (waitress's "Exception while serving") is said in
    kesu's words; a line kesu has no words for (an answer shorter than it said) is marked as the
    server's, in the server's language; neither comes as waitress's bare English."""
    failed = _waitress_lines(lang, _broken)
    first = failed.splitlines()[0]
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d kesu serve", first), failed
    if lang == "zh":
        assert "处理请求 /batch/x 时出错" in first
    else:
        assert "request /batch/x failed" in first and not CJK.search(first)
    assert "Exception while serving" not in failed and "RuntimeError: broken" in failed  # its traceback

    short = _waitress_lines(lang, _short).strip()
    assert short.count("\n") == 0, short
    marked = "kesu serve（网页服务器 waitress）：" if lang == "zh" else "kesu serve (web server, waitress): "
    assert marked in short and "application returned too few bytes (2)" in short


# ------------------------------------------------------------- 3. the register outlives the last request
def test_a_stop_closes_the_register_only_after_the_last_request_and_answers_new_ones_stopping(tmp_path):
    """A request still running past waitress's 5 s wait at a stop (a big export): the register
    is not closed under it (it would open it again, unasked); the stop returns, the request ends
    on the open register, and the register is closed as it ends. A request that comes meanwhile
    is told the server is stopping."""
    from waitress import create_server
    from web_helpers import ServerLoop

    from kesu_docs.web import WebConfig, create_app, stop

    app = create_app(WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work"))
    register = app.extensions["kesu"]["register"]
    entered, release, seen = threading.Event(), threading.Event(), []

    def slow() -> str:
        entered.set()
        release.wait(60)
        seen.append(register._closed)  # as it uses the register
        return str(register.count())

    app.add_url_rule("/slow", view_func=slow)
    channels: dict = {}
    server = create_server(app, map=channels, host="127.0.0.1", port=0, threads=2)
    loop = ServerLoop(channels)
    client = socket.create_connection(("127.0.0.1", server.effective_port), timeout=30)
    client.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
    try:
        assert entered.wait(30)
        loop.stop()
        assert stop(app, server, channels, 0.5)  # returns past the 5 s, the request still running
        assert app.extensions["kesu"]["requests"].under_way() == 1
        assert not register._closed
        late = app.test_client().get("/check")
        assert late.status_code == 503 and "网页服务器正在停止" in late.get_data(as_text=True)
        late.close()  # as a server closes an answer's body once sent: the request ends then
    finally:
        release.set()
        client.close()
    assert app.extensions["kesu"]["requests"].ended.wait(30)
    assert seen == [False] and register._closed
