"""The page's leftovers of the fourteenth round: the manager's statistics in the page's language,
user text escaped in the server's log (one event, one line), a batch killed during its upload or
its filing said as it is after a restart. A real register (SQLite file), the page through Flask's
test client or a real ``kesu serve``."""

from __future__ import annotations

import html
import json
import logging
import re

import pytest
from test_web_cut_batches import CJK, _client, _records, _token, _until
from test_web_leftovers12 import _held
from web_helpers import SAMPLES, browser, needs_browser, running_server, screenshot, serve_log, wait_for

from kesu_docs import forms
from kesu_docs.register import Register
from kesu_docs.web.accounts import Accounts
from kesu_docs.web.jobs import SHELVED, SUMMARY, UNDER_WAY, UPLOAD_CUT, Batches

COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text("utf-8"))


def _closed_in_september(reg: Register) -> dict:
    """The sample complaint (closed 2026-09-18, unit 制造二课, customer 华东精密机械有限公司) filed."""
    record = {k: v for k, v in COMPLAINT.items() if k != "kind"}
    reg.issue(forms.get("complaint").model.model_validate(record), source_hash="sample")
    return record


# ------------------------------------------------------------- 1. the manager's statistics in English
def test_the_managers_statistics_and_charts_speak_english_under_lang_en(tmp_path):
    """``kesu serve --lang en``: the statistics' title, summary, tables and the charts drawn were
    the Chinese report's (客诉案件统计表 2026-09, 结案件数, 件数 on the charts' axis); only the
    clerks' own words (a unit, a customer) stay as typed. The Chinese page is unchanged."""
    reg = Register.open(tmp_path / "k.db", create=True)
    record = _closed_in_september(reg)
    own = {record["responsible_unit"], record["customer"]}
    app, client = _client(tmp_path, reg, "en")
    page = client.get("/manager?month=2026-09").get_data(as_text=True)
    main = re.sub(r"<[^>]+>", " ", page[page.index("<main") :])
    assert "Complaint statistics 2026-09" in main and "Cases closed" in main and "By cause category" in main
    assert "process" in main  # the cause, a term, in English words
    left = set(CJK.findall(main.replace(record["responsible_unit"], "").replace(record["customer"], "")))
    assert not left, left
    charts = re.findall(r'<img src="(/manager/chart/[^"]+\.svg)"', page)
    assert len(charts) == 3
    for url in charts:
        svg = client.get(url).get_data(as_text=True)
        texts = " ".join(re.findall(r">([^<>]+)<", svg))
        for word in own:
            texts = texts.replace(word, "")
        assert not CJK.search(texts), (url, CJK.findall(texts))
    assert "Count" in client.get(charts[0]).get_data(as_text=True)
    chinese = client.get("/manager?month=2026-09&lang=zh").get_data(as_text=True)
    assert "客诉案件统计表 2026-09" in chinese and "结案件数" in chinese and "Cases closed" not in chinese
    assert "件数" in client.get(charts[0].replace("?", "") + "?lang=zh").get_data(as_text=True)
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


# ------------------------------------------------------------- 2. user text in the logs: one event, one line
FORGED = "2026-12-02 09:00:00 kesu serve: batch 0123456789abcdef (boss) filed: 1 document(s)"


def test_a_clerks_name_with_line_breaks_is_one_escaped_line_of_the_servers_log(tmp_path):
    """A real ``kesu serve``: a batch's head names its clerk with a line break and a terminal
    escape (a hand-edited ``under-way.json``; a users file or a URL carries such text as well).
    The start-up's line about it wrote them as they are: a second line passing for an event of
    its own. Now the line is one, the text escaped; and the sign-in page's log is one entry a
    line as well (below)."""
    batch_id = "00000000000000aa"
    folder = tmp_path / "work" / "batches" / batch_id
    (folder / "in").mkdir(parents=True)
    (folder / "out").mkdir()
    (folder / "in" / "c.json").write_text("{}", encoding="utf-8")
    owner = f"wang\n{FORGED}\r\x1b[2K\u2028"
    head = {"id": batch_id, "owner": owner, "created": "2026-12-01T09:00:00+08:00", "names": ["c.json"]}
    (folder / UNDER_WAY).write_text(json.dumps(head), encoding="utf-8")
    with running_server(tmp_path, "--lang", "en") as server:
        said = server.log.read_text(encoding="utf-8")
    lines = said.split("\n")
    about = [line for line in lines if batch_id in line]
    assert len(about) == 1, said
    assert "wang\\n2026-12-02 09:00:00 kesu serve: batch 0123456789abcdef" in about[0], about
    assert "\\r\\u001b[2K\\u2028" in about[0]
    assert not any(line.startswith(FORGED[:19]) for line in lines)
    assert "\x1b" not in said and "\r" not in said and "\u2028" not in said


def test_a_traceback_in_the_servers_log_is_indented_under_its_event(tmp_path):
    """A failure's traceback keeps its lines (the IT person needs them), each indented: its last
    line (the exception's words, where a file's or a clerk's name goes) cannot pass for an event."""
    with serve_log("en") as stream:
        try:
            raise ValueError(f"bad name\n{FORGED}")
        except ValueError:
            logging.getLogger("kesu_docs.web").exception("kesu serve: batch x (wang\nboss) failed")
    lines = stream.getvalue().rstrip("\n").split("\n")
    assert lines[0].endswith("kesu serve: batch x (wang\\nboss) failed"), lines
    assert all(line.startswith("    ") for line in lines[1:]) and len(lines) > 2, lines
    assert "    ValueError: bad name" in lines and f"    {FORGED}" in lines  # indented: no event's line


def test_a_name_typed_on_the_sign_in_page_is_one_entry_of_the_action_log(tmp_path):
    """Anyone can type a name on the sign-in page: one holding U+2028 or U+0085 was written as
    is (JSON leaves them), and the action log's page, reading lines as Python splits them, cut the
    entry in two and dropped both halves: a failed sign-in the manager never saw."""
    reg = Register.open(tmp_path / "k.db", create=True)
    Accounts(tmp_path / "work" / "users.json").set("boss", "a-long-password", "manager")
    app, client = _client(tmp_path, reg, "en")
    typed = "mallory\u2028\x85\u202e"
    for name, password in ((typed, "wrong"), ("boss", "a-long-password")):
        page = client.get("/login").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        client.post("/login", data={"csrf_token": token, "name": name, "password": password})
    written = (tmp_path / "work" / "actions.log").read_text(encoding="utf-8")
    assert len(written.split("\n")) == len(written.splitlines()) + 1 == 3, (
        written
    )  # two lines, each one entry
    assert json.loads(written.splitlines()[0])["name"] == typed
    page = client.get("/actions").get_data(as_text=True)
    assert "sign-in failed" in page and "mallory" in page
    chinese = client.get("/actions?lang=zh").get_data(as_text=True)  # what happened, in words
    assert ">登录失败<" in chinese and ">登录<" in chinese and ">login-failed<" not in chinese
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


# ------------------------------------------------------------- 3. killed during the upload, or the filing
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_batch_whose_upload_the_server_died_in_is_listed_after_a_restart(tmp_path, lang):
    """The server dies as an upload's files are written into the batch's folder, before its check
    is asked for: a restart listed nothing (no head on disk), the clerk saw the batch vanish.
    Now it is listed, cut short in its upload: upload all its files again, the files received
    named (the last one perhaps in part); nothing numbered, the files kept."""
    reg = Register.open(tmp_path / "k.db", create=True)
    dead = Batches(tmp_path / "work", reg)
    batch = dead.new("wang")
    assert json.loads((batch.folder / UNDER_WAY).read_text(encoding="utf-8"))["uploading"] is True
    whole = (SAMPLES / "complaint-valid.xlsx").read_bytes()
    (batch.inbox / "a.json").write_text(json.dumps(_records(1)[0], ensure_ascii=False), encoding="utf-8")
    (batch.inbox / "b.xlsx").write_bytes(whole[: len(whole) // 2])  # cut as it was written
    # the server dies here: the upload's files half written, its check never asked for

    app, client = _client(tmp_path, reg, lang)
    said = UPLOAD_CUT[0 if lang == "zh" else 1]
    assert batch.id in client.get("/check").get_data(as_text=True)
    page = html.unescape(client.get(f"/batch/{batch.id}").get_data(as_text=True))
    assert said in page and "<li>a.json</li>" in page and "<li>b.xlsx</li>" in page
    status = client.get(f"/batch/{batch.id}/status.json").get_json()
    assert status["stage"] == "failed" and status["error"] == said
    assert json.loads((batch.folder / SUMMARY).read_text(encoding="utf-8"))["cut"]["uploading"] is True
    assert not (batch.folder / UNDER_WAY).exists() and reg.count() == 0
    assert sorted(p.name for p in batch.inbox.iterdir()) == ["a.json", "b.xlsx"]
    app.extensions["kesu"]["batches"].stop(5)
    app2, again = _client(tmp_path, reg, lang)  # the restart after that: the same page
    assert said in html.unescape(again.get(f"/batch/{batch.id}").get_data(as_text=True))
    app2.extensions["kesu"]["batches"].stop(5)
    dead.stop(0)
    reg.close()


def test_an_upload_that_ends_leaves_no_head_saying_it_was_uploading(tmp_path):
    """The upload's head becomes the check's head as the check is asked for, and goes as its
    facts are written: a restart after a batch checked lists it checked, not cut in its upload."""
    reg = Register.open(tmp_path / "k.db", create=True)
    batches = Batches(tmp_path / "work", reg)
    gate = _held(batches)
    batch = batches.new("wang")
    (batch.inbox / "a.json").write_text(json.dumps(_records(1)[0], ensure_ascii=False), encoding="utf-8")
    batch.names.append("a.json")
    batches.check(batch)
    head = json.loads((batch.folder / UNDER_WAY).read_text(encoding="utf-8"))
    assert head["names"] == ["a.json"] and not head.get("uploading") and head["filing"] is False
    gate.set()
    _until(batch, ("checked",))
    assert (batch.folder / SHELVED).is_file() and not (batch.folder / UNDER_WAY).exists()
    batches.stop(5)
    reg.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_batch_that_died_while_filed_says_which_files_the_register_has_filed(tmp_path, lang):
    """The server dies while a batch of three is filed, after two: a restart said "the documents
    it finished (if any)", and the clerk, submitting it all again, got re-prints without knowing
    of which. Now its page says what the register knows: the two filed with their numbers (their
    documents to download), the third without documents, to submit again."""
    reg = Register.open(tmp_path / "k.db", create=True)
    dead = Batches(tmp_path / "work", reg)
    batch = dead.new("wang")
    for n, record in enumerate(_records(3)):
        (batch.inbox / f"c{n:03d}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    batch.names += ["c000.json", "c001.json"]
    dead.check(batch)
    _until(batch, ("checked",))
    assert dead.file(batch, pdf=False, user="wang")
    _until(batch, ("filed",))
    numbers = {f.source.rsplit("/", 1)[-1]: f.number for f in batch.filed if f.ok}
    assert len(numbers) == 2
    dead.stop(5)
    # the death as the third file's turn came: the two filed, their batch's facts not written
    (batch.folder / SHELVED).unlink()
    head = {
        "id": batch.id,
        "owner": "wang",
        "created": batch.created.isoformat(),
        "names": ["c000.json", "c001.json", "c002.json"],
        "filing": True,
    }
    (batch.folder / UNDER_WAY).write_text(json.dumps(head), encoding="utf-8")

    app, client = _client(tmp_path, reg, lang)
    cut = json.loads((batch.folder / SUMMARY).read_text(encoding="utf-8"))["cut"]
    assert cut["known"] and cut["died"] and cut["rest"] == ["c002.json"] and cut["done"] == 2
    assert cut["numbered"] == {name: [number] for name, number in numbers.items()}
    page = html.unescape(client.get(f"/batch/{batch.id}").get_data(as_text=True))
    said = re.search(r'id="batch-error">([^<]*)<', page).group(1)
    for name, number in numbers.items():
        assert f"{name}（{number}）" in said if lang == "zh" else f"{name} ({number})" in said
    assert "c002.json" in said and "<li>c002.json</li>" in page  # to submit again
    assert ("2 个来源文件已编号并生成" if lang == "zh" else "2 source file(s) filed") in said
    assert ("补印" if lang == "zh" else "re-print") in said
    if lang == "en":
        assert not CJK.search(said)
    links = re.findall(r'href="(/batch/[0-9a-f]+/documents/[^"]+)"', page)
    assert len(links) == 2 and all(client.get(url).status_code == 200 for url in links)
    app.extensions["kesu"]["batches"].stop(5)
    reg.close()


# ------------------------------------------------------------- 4. the clerk's review
@needs_browser
@pytest.mark.slow
def test_a_void_asks_first_and_an_upload_to_a_stopped_server_says_why_it_failed(tmp_path):
    """Chromium on a real ``kesu serve``: Void voided at once, one click from a typed reason
    (nothing asked); an upload to a server that has stopped said "network error", in English on
    a Chinese page, and left its bar half drawn. Now a void asks first (cancelled: nothing
    voided), and the upload's failure says what happened and what to do, in the page's words."""
    from selenium.webdriver.common.by import By

    reg = Register.open(tmp_path / "kesu.db", create=True)
    number = _closed_in_september_number(reg)
    reg.close()
    page = browser(tmp_path / "downloads")
    try:
        with running_server(tmp_path) as server:
            page.get(f"{server.url}/case/complaint/{number}")
            page.find_element(By.CSS_SELECTOR, "#void-reason-input").send_keys("客户撤回投诉")
            page.find_element(By.CSS_SELECTOR, "#void-button").click()
            alert = page.switch_to.alert
            assert number in alert.text and "作废" in alert.text
            alert.dismiss()
            with Register.open(server.db, create=False) as seen:
                assert seen.get(number, kind="complaint").status != "void"  # cancelled: nothing sent
            page.find_element(By.CSS_SELECTOR, "#void-button").click()
            page.switch_to.alert.accept()
            wait_for(lambda: page.find_elements(By.CSS_SELECTOR, "#void-reason"), message="voided")
            with Register.open(server.db, create=False) as seen:
                assert seen.get(number, kind="complaint").status == "void"

            page.get(f"{server.url}/check")
            page.find_element(By.CSS_SELECTOR, "#files").send_keys(str(SAMPLES / "complaint-valid.xlsx"))
            server.proc.terminate()  # the server stops before the clerk presses Check
            server.proc.wait(timeout=60)
            page.find_element(By.CSS_SELECTOR, "#check-button").click()
            error = wait_for(
                lambda: (e := page.find_element(By.CSS_SELECTOR, "#upload-error")).is_displayed() and e.text,
                message="the upload's failure said",
            )
            assert "上传失败" in error and "重新上传" in error and "network error" not in error, error
            assert not page.find_element(By.CSS_SELECTOR, "#upload-progress").is_displayed()
            screenshot(page, "upload-to-a-stopped-server")
    finally:
        page.quit()


def _closed_in_september_number(reg: Register) -> str:
    record = {k: v for k, v in COMPLAINT.items() if k != "kind"}
    return reg.issue(forms.get("complaint").model.model_validate(record), source_hash="sample").number


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_filing_pressed_again_while_under_way_says_it_is_under_way(tmp_path, lang):
    """The file button pressed a second time (or from a second tab) while the batch is being
    numbered said "this batch is still being checked": wrong, and it sent the clerk back to wait
    for a check. Now it says the numbering is under way, and a failed batch says why it cannot
    be numbered."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg, lang)
    batches = app.extensions["kesu"]["batches"]
    batch = batches.new("wang")
    (batch.inbox / "c.json").write_text(json.dumps(_records(1)[0], ensure_ascii=False), encoding="utf-8")
    batch.names.append("c.json")
    batches.check(batch)
    _until(batch, ("checked",))
    token = _token(client, batch)  # the page's filing form
    gate = _held(batches)
    assert batches.file(batch, pdf=False, user="wang")  # waits behind the held worker: filing
    again = client.post(f"/batch/{batch.id}/file", data={"csrf_token": token})
    text = html.unescape(again.get_data(as_text=True))
    assert again.status_code == 409
    assert ("正在编号与生成" if lang == "zh" else "being numbered and rendered") in text
    assert ("还没检查完" if lang == "zh" else "still being checked") not in text
    gate.set()
    _until(batch, ("filed",))
    cut = batches.new("wang")  # its upload cut by the server's death (below: the restart)
    app2, restarted = _client(tmp_path, reg, lang)
    page = restarted.get(f"/batch/{cut.id}").get_data(as_text=True)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    refused = restarted.post(f"/batch/{cut.id}/file", data={"csrf_token": token})
    assert refused.status_code == 409
    assert ("没有做完" if lang == "zh" else "did not finish") in html.unescape(refused.get_data(as_text=True))
    app2.extensions["kesu"]["batches"].stop(1)
    batches.stop(5)
    reg.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_address_opened_the_wrong_way_is_said_in_the_pages_language(tmp_path, lang):
    """A POST-only address opened by a link (a bookmark of the sign-out, a reload after a
    redirect) showed werkzeug's English "The method is not allowed for the requested URL." on
    a Chinese page."""
    reg = Register.open(tmp_path / "k.db", create=True)
    app, client = _client(tmp_path, reg, lang)
    reply = client.get("/logout")
    text = html.unescape(reply.get_data(as_text=True))
    assert reply.status_code == 405 and "The method is not allowed" not in text
    assert ("不能这样打开" if lang == "zh" else "cannot be opened this way") in text
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_register_says_what_came_from_a_batchs_folder_and_what_was_printed_there(
    tmp_path, request, backend
):
    """``Register.filed_from``: the documents a revision of which came from a file in the folder
    (not from a folder whose name only begins the same, nor one whose ``%`` or ``_`` a LIKE would
    read as a wildcard), with the prints written into the other folder; SQLite and PostgreSQL."""
    address = str(tmp_path / "k.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    reg = Register.open(address, create=True)
    model = forms.get("complaint").model
    base = {k: v for k, v in COMPLAINT.items() if k not in ("kind", "number")}
    root = "/srv/kesu-web/batches"
    sources = {
        "mine": f"{root}/a_1%/in/c000.json",
        "mine, unprinted": f"{root}/a_1%/in/c001.json",
        "a longer name": f"{root}/a_1%x/in/c002.json",
        "a wildcard's": f"{root}/ab1%/in/c003.json",
    }
    numbers = {}
    for n, (what, source) in enumerate(sources.items()):
        record = model.model_validate(base | {"order_no": f"SO-{n}"})
        numbers[what] = reg.issue(record, source_hash=f"h{n}", source=source).number
    for what, folder in (("mine", "a_1%"), ("a longer name", "a_1%x"), ("a wildcard's", "ab1%")):
        reg.log_print(
            numbers[what],
            "complaint",
            revision=1,
            mark="original",
            copies="1-5",
            output=f"{root}/{folder}/out/complaint-{numbers[what]}.docx",
            file_hash="0" * 64,
        )
    found = reg.filed_from(f"{root}/a_1%/in", f"{root}/a_1%/out")
    assert sorted(found) == sorted(
        [
            (
                sources["mine"],
                "complaint",
                numbers["mine"],
                [f"{root}/a_1%/out/complaint-{numbers['mine']}.docx"],
            ),
            (sources["mine, unprinted"], "complaint", numbers["mine, unprinted"], []),
        ]
    )
    reg.close()
