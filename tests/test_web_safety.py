"""The page for clerks on the office LAN: accounts with roles, CSRF, upload limits, uploads
kept inside the work folder, PDF findings pictured, progress of a long batch — against a real
``kesu serve`` (and a real Chromium where a page is looked at)."""

from __future__ import annotations

import http.cookiejar
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from helpers import SOFFICE, soffice_convert
from web_helpers import (
    SAMPLES,
    browser,
    filing_held_until_the_stop,
    kesu,
    needs_browser,
    reading_held_until_the_stop,
    running_server,
    screenshot,
    until_held,
    wait_for,
)

from kesu_docs.filing import render_paths
from kesu_docs.register import Register

pytestmark = pytest.mark.slow


class Client:
    """A plain HTTP client with cookies (what a script on the LAN could send)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(
        self, method: str, path: str, data: bytes | None = None, headers=None
    ) -> tuple[int, str, dict]:
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=30) as reply:
                return reply.status, reply.read().decode("utf-8", "replace"), dict(reply.headers)
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace"), dict(exc.headers)

    def token(self, path: str = "/check") -> str:
        status, body, _ = self.request("GET", path)
        assert status == 200, (status, body[:300])
        return re.search(r'name="csrf-token" content="([^"]+)"', body).group(1)

    def form(self, path: str, fields: dict[str, str]) -> tuple[int, str, dict]:
        data = urllib.parse.urlencode(fields).encode()
        return self.request("POST", path, data, {"Content-Type": "application/x-www-form-urlencoded"})

    def upload(self, files: list[tuple[str, bytes]], token: str) -> tuple[int, str, dict]:
        boundary = uuid.uuid4().hex
        body = b""
        for name, content in files:
            body += (
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                    "Content-Type: application/octet-stream\r\n\r\n"
                ).encode()
                + content
                + b"\r\n"
            )
        body += f"--{boundary}--\r\n".encode()
        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "X-CSRFToken": token,
            "X-Requested-With": "XMLHttpRequest",
        }
        return self.request("POST", "/check", body, headers)


def _filed_register(db: Path, out: Path) -> list:
    with Register.open(db) as reg:
        filed = render_paths(
            [SAMPLES / "complaint-valid.xlsx", SAMPLES / "complaint-from-system.json"], out, register=reg
        )
    return [f for f in filed if f.ok]


def test_a_lan_server_without_accounts_does_not_start(tmp_path):
    done = kesu(
        "serve",
        "--host",
        "0.0.0.0",
        "--port",
        "1",
        "--work",
        str(tmp_path / "work"),
        "--db",
        str(tmp_path / "k.db"),
    )
    assert done.returncode == 2
    assert "kesu user add" in done.stderr and "登录" in done.stderr


def test_an_account_needs_a_real_password_and_a_known_role(tmp_path):
    work = tmp_path / "work"
    short = kesu("user", "add", "wang", "--work", str(work), input="1234\n1234\n")
    assert short.returncode == 2 and "至少 8 个字符" in short.stderr
    assert not (work / "users.json").exists()
    role = kesu(
        "user", "add", "wang", "--role", "boss", "--work", str(work), input="secret-pass\nsecret-pass\n"
    )
    assert role.returncode == 2
    ok = kesu("user", "add", "wang", "--work", str(work), input="secret-pass\nsecret-pass\n")
    assert ok.returncode == 0 and "wang" in kesu("user", "list", "--work", str(work)).stdout


def test_a_port_already_taken_is_said_plainly(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = kesu(
            "serve", "--port", str(port), "--work", str(tmp_path / "w"), "--db", str(tmp_path / "k.db")
        )
    assert done.returncode == 2
    assert f"无法在 127.0.0.1:{port} 上启动" in done.stderr


@pytest.fixture(scope="module")
def lan(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lan")
    work = tmp / "work"
    for name, role in (("wang", "clerk"), ("li", "qa"), ("zhao", "clerk")):
        done = kesu(
            "user", "add", name, "--role", role, "--work", str(work), input="secret-pass\nsecret-pass\n"
        )
        assert done.returncode == 0, done.stderr
    stored = json.loads((work / "users.json").read_text())["users"]
    assert stored["wang"]["role"] == "clerk" and stored["wang"]["hash"].startswith("$argon2")
    assert "secret-pass" not in (work / "users.json").read_text()
    filed = _filed_register(tmp / "kesu.db", tmp / "docs")
    with running_server(tmp, "--max-files", "3", "--max-upload-mb", "5", host="0.0.0.0") as server:
        server.filed = filed
        yield server
        assert server.alive(), server.log.read_text()


def test_lan_server_refuses_an_unauthenticated_request(lan):
    anonymous = Client(lan.url)
    status, _, headers = anonymous.request("GET", "/register")
    assert status == 302 and "/login" in headers["Location"]
    number = lan.filed[-1].number  # (not the one QA voids in another test: the tests run in any order)
    status, body, _ = anonymous.form(f"/case/complaint/{number}/void", {"reason": "试试"})
    assert status == 401
    status, _, _ = anonymous.request("GET", "/manager/tracking.xlsx")
    assert status == 302
    with Register.open(lan.db, create=False) as reg:
        assert reg.get(number, kind="complaint").status != "void"


def test_wrong_password_is_refused_and_a_form_without_its_csrf_token_too(lan):
    client = Client(lan.url)
    status, body, _ = client.request("GET", "/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', body).group(1)
    status, body, _ = client.form("/login", {"name": "wang", "password": "wrong", "csrf_token": token})
    assert status == 401 and "用户名或密码不对" in body
    status, body, _ = client.form("/login", {"name": "wang", "password": "secret-pass"})  # no token
    assert status == 400 and "CSRF" in body
    status, _, headers = client.form(
        "/login", {"name": "wang", "password": "secret-pass", "csrf_token": token}
    )
    assert status == 302
    number = lan.filed[0].number
    status, body, _ = client.form(f"/case/complaint/{number}/reprint", {})  # signed in, but no token
    assert status == 400


@pytest.mark.parametrize(
    "target",
    [
        "/\t/evil.example/login",  # the browser drops the tab: //evil.example, another site
        "/\n/evil.example",
        " //evil.example",
        "/\\evil.example",  # a browser reads the backslash as a slash
        "https://evil.example/",
    ],
)
def test_signing_in_never_sends_the_clerk_to_another_site(lan, target):
    client = Client(lan.url)
    _, body, _ = client.request("GET", "/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', body).group(1)
    query = urllib.parse.urlencode({"next": target})
    status, _, headers = client.form(
        f"/login?{query}", {"name": "zhao", "password": "secret-pass", "csrf_token": token}
    )
    assert status == 302
    location = headers["Location"]
    assert urllib.parse.urlsplit(location.replace("\\", "/")).netloc in (
        "",
        urllib.parse.urlsplit(lan.url).netloc,
    )
    assert not re.sub(r"[\t\n\r]", "", location).replace("\\", "/").startswith("//")
    assert location.endswith("/check")


def test_signing_in_still_returns_to_the_page_asked_for(lan):
    client = Client(lan.url)
    _, body, _ = client.request("GET", "/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', body).group(1)
    status, _, headers = client.form(
        "/login?next=%2Fregister%3Fq%3D%E5%AE%A2",
        {"name": "zhao", "password": "secret-pass", "csrf_token": token},
    )
    assert status == 302 and headers["Location"].endswith("/register?q=%E5%AE%A2")


@needs_browser
def test_a_clerk_cannot_void_but_qa_can(lan, tmp_path):
    number = lan.filed[0].number
    page = browser(tmp_path)
    try:
        from selenium.webdriver.common.by import By

        page.get(f"{lan.url}/case/complaint/{number}")
        wait_for(lambda: page.find_elements(By.ID, "login"))
        screenshot(page, "20-login")
        page.find_element(By.ID, "name").send_keys("wang")
        page.find_element(By.ID, "password").send_keys("secret-pass")
        page.find_element(By.ID, "login").click()
        wait_for(lambda: page.find_elements(By.ID, "case-number"))
        screenshot(page, "21-case-as-clerk")
        assert page.find_element(By.ID, "who").text.startswith("wang")
        assert not page.find_elements(By.ID, "void-button")  # no void for a clerk
        assert page.find_elements(By.ID, "reprint-button")  # but printing, yes
        # the clerk's browser posts the void anyway, with a valid CSRF token: refused
        status = page.execute_async_script(
            """const done = arguments[arguments.length - 1];
               const token = document.querySelector('meta[name="csrf-token"]').content;
               fetch(arguments[0], {method: 'POST', headers: {'X-CSRFToken': token,
                     'Content-Type': 'application/x-www-form-urlencoded'}, body: 'reason=clerk'})
                 .then(r => done(r.status));""",
            f"/case/complaint/{number}/void",
        )
        assert status == 403
        with Register.open(lan.db, create=False) as reg:
            assert reg.get(number, kind="complaint").status != "void"
        assert not page.find_elements(By.ID, "nav-manager")
        page.get(f"{lan.url}/manager")
        assert "403" in page.find_element(By.TAG_NAME, "h1").text

        # QA signs in and voids it
        page.delete_all_cookies()
        page.get(f"{lan.url}/case/complaint/{number}")
        wait_for(lambda: page.find_elements(By.ID, "login"))
        page.find_element(By.ID, "name").send_keys("li")
        page.find_element(By.ID, "password").send_keys("secret-pass")
        page.find_element(By.ID, "login").click()
        wait_for(lambda: page.find_elements(By.ID, "void-button"))
        page.find_element(By.ID, "void-reason-input").send_keys("重复登记")
        page.find_element(By.ID, "void-button").click()
        page.switch_to.alert.accept()  # "void 2026…?": asked first (fifteenth round)
        wait_for(lambda: page.find_elements(By.ID, "void-reason"))
        screenshot(page, "22-case-voided-by-qa")
    finally:
        page.quit()
    with Register.open(lan.db, create=False) as reg:
        assert reg.get(number, kind="complaint").void_reason == "重复登记"
    log = [json.loads(line) for line in (lan.work / "actions.log").read_text().splitlines()]
    assert any(e["action"] == "refused" and e["user"] == "wang" and e["permission"] == "void" for e in log)
    assert any(e["action"] == "void" and e["user"] == "li" and e["number"] == number for e in log)


def _signed_in(lan, name: str = "wang") -> tuple[Client, str]:
    client = Client(lan.url)
    _, body, _ = client.request("GET", "/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', body).group(1)
    status, _, _ = client.form("/login", {"name": name, "password": "secret-pass", "csrf_token": token})
    assert status == 302
    return client, client.token()


def test_uploads_never_land_outside_the_work_folder(lan):
    client, token = _signed_in(lan)
    valid = (SAMPLES / "return-valid.json").read_bytes()
    status, body, _ = client.upload([("../../../escaped.json", valid), ("..\\..\\win.json", valid)], token)
    assert status == 200, body
    batch = json.loads(body)["batch"]
    inbox = lan.work / "batches" / batch / "in"
    assert sorted(p.name for p in inbox.iterdir()) == ["escaped.json", "win.json"]
    assert [p.parent for p in lan.work.parent.rglob("escaped.json")] == [inbox]


def test_a_clerk_sees_only_their_own_batches_qa_sees_all(lan):
    wang, token = _signed_in(lan, "wang")
    status, body, _ = wang.upload([("退货.json", (SAMPLES / "return-valid.json").read_bytes())], token)
    page = json.loads(body)["url"]
    assert wang.request("GET", page)[0] == 200
    zhao, _ = _signed_in(lan, "zhao")
    assert zhao.request("GET", page)[0] == 404
    li, _ = _signed_in(lan, "li")
    assert li.request("GET", page)[0] == 200


def test_upload_count_and_size_limits(lan):
    client, token = _signed_in(lan)
    small = (SAMPLES / "return-valid.json").read_bytes()
    status, body, _ = client.upload([(f"{i}.json", small) for i in range(4)], token)
    assert status == 413 and "3" in json.loads(body)["error"]
    status, body, _ = client.upload([("big.json", b" " * (6 * 1024 * 1024))], token)
    assert status == 413 and "5 MB" in body
    assert lan.alive()


@needs_browser
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: no PDF form to print")
def test_a_printed_pdf_form_shows_its_findings_on_the_page_with_the_box_marked(tmp_path):
    from io import BytesIO

    from PIL import Image
    from selenium.webdriver.common.by import By

    pdf = soffice_convert(SAMPLES / "complaint-broken.xlsx", "pdf", tmp_path / "pdf")
    with running_server(tmp_path) as server:
        page = browser(tmp_path)
        try:
            page.get(server.url + "/check")
            page.find_element(By.ID, "files").send_keys(str(pdf))
            page.find_element(By.ID, "check-button").click()
            wait_for(lambda: page.find_elements(By.ID, "summary"))
            locations = [e.text for e in page.find_elements(By.CSS_SELECTOR, "tr.finding .location")]
            assert any(loc.startswith("p1 · 责任代码") for loc in locations), locations
            image = page.find_element(By.CSS_SELECTOR, "figure.pdf-page img")
            wait_for(lambda: page.execute_script("return arguments[0].naturalWidth", image) > 0)
            screenshot(page, "23-pdf-findings")
            png = urllib.request.urlopen(image.get_attribute("src")).read()
        finally:
            page.quit()
    picture = Image.open(BytesIO(png)).convert("RGB")
    red = dict((color, count) for count, color in picture.getcolors(1 << 24)).get((220, 0, 0), 0)
    assert red > 200  # the boxes around the findings' labels


@needs_browser
def test_a_long_batch_shows_its_progress_and_every_document(tmp_path):
    from selenium.webdriver.common.by import By

    record = json.loads((SAMPLES / "return-valid.json").read_text())
    folder = tmp_path / "many"
    folder.mkdir()
    files = []
    for i in range(120):
        path = folder / f"退货-{i:03d}.json"
        path.write_text(json.dumps(record, ensure_ascii=False))
        files.append(path)
    (folder / "坏的.json").write_text("{ not json")
    files.append(folder / "坏的.json")
    with running_server(tmp_path) as server:
        page = browser(tmp_path)
        try:
            page.get(server.url + "/check")
            page.find_element(By.ID, "files").send_keys("\n".join(map(str, files)))
            page.find_element(By.ID, "check-button").click()
            wait_for(lambda: page.find_elements(By.ID, "progress"))
            wait_for(lambda: page.find_elements(By.ID, "summary"), timeout=180)
            screenshot(page, "24-long-batch")
            bar = page.find_element(By.ID, "progress")
            assert bar.get_attribute("max") == bar.get_attribute("value") == str(len(files))
            assert len(page.find_elements(By.CSS_SELECTOR, "section.doc")) == len(files)
            broken = [
                s
                for s in page.find_elements(By.CSS_SELECTOR, "section.doc")
                if s.get_attribute("data-source") == "坏的.json"
            ]
            assert "verdict-unreadable" in broken[0].get_attribute("class")
        finally:
            page.quit()


def test_a_batch_page_and_its_progress_are_never_answered_from_a_cache(lan):
    # the page polls its progress and reloads itself when done: a cached answer would keep a
    # clerk looking at a bar that no longer moves
    wang, token = _signed_in(lan, "wang")
    status, body, _ = wang.upload([("退货.json", (SAMPLES / "return-valid.json").read_bytes())], token)
    page = json.loads(body)["url"]
    status, _, headers = wang.request("GET", page)
    assert status == 200 and headers["Cache-Control"] == "no-store"
    status, body, headers = wang.request("GET", page + "/status.json")
    assert status == 200 and headers["Cache-Control"] == "no-store"
    assert json.loads(body)["stage"] in ("queued", "reading", "checking", "checked")


def test_a_batch_is_never_seen_checked_without_its_results():
    # the page once drew the results list, then the stage: a check ending in between gave a
    # "checked" page with no document on it, which never polled again
    import threading

    from kesu_docs.parse import ParseResult
    from kesu_docs.web.jobs import Batch, Progress

    batch = Batch("b", "wang", Path("."), ["a.json"])
    one = [ParseResult("a.json", "return", None)]
    stop, started = threading.Event(), threading.Event()

    def worker():
        while not stop.is_set():
            with batch.lock:
                batch.results, batch.progress = [], Progress("checking", 0, 1)
            started.set()
            with batch.lock:
                batch.results, batch.progress = list(one), Progress("checked", 1, 1)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert started.wait(60)
        seen: set[str] = set()
        looked, give_up = 0, time.monotonic() + 60  # on a loaded machine the thread may lag
        while looked < 20000 or (len(seen) < 2 and time.monotonic() < give_up):
            progress, results, _filed = batch.snapshot()
            seen.add(progress.stage)
            assert progress.stage != "checked" or len(results) == progress.done == 1
            looked += 1
    finally:
        stop.set()
        thread.join()
    assert seen == {"checking", "checked"}


def _begun_filing(client: Client, batch: str) -> bool:
    """The batch's filing taken up by the worker: a step under way (parse, number, render) or done."""
    status = json.loads(client.request("GET", f"/batch/{batch}/status.json")[1])
    return status["stage"] == "filed" or (status["stage"] == "filing" and status["step"] != "")


def test_a_server_stopped_by_its_service_manager_says_it_stopped_and_claims_nothing_of_the_register(tmp_path):
    """systemd or a Windows service stops ``kesu serve`` with SIGTERM, a clerk with Ctrl+C: the
    page stops (exit 0) once the batch being filed is done, saying so — not the batch
    command's "interrupted: no number was issued, the register is unchanged" over a register
    the page has just numbered."""
    import signal

    with running_server(tmp_path) as server:
        client = Client(server.url)
        token = client.token()
        status, body, _ = client.upload(
            [("c.json", (SAMPLES / "complaint-from-system.json").read_bytes())], token
        )
        assert status == 200, body
        batch = json.loads(body)["batch"]
        deadline = time.monotonic() + 60
        while json.loads(client.request("GET", f"/batch/{batch}/status.json")[1])["stage"] != "checked":
            assert time.monotonic() < deadline
            time.sleep(0.2)
        status, _, _ = client.request("POST", f"/batch/{batch}/file", b"", {"X-CSRFToken": token})
        assert status == 302
        # the worker has begun it (a stop drops a batch still queued, by design: the page says to
        # submit it again — a worker thread not yet scheduled would leave nothing numbered)
        while not _begun_filing(client, batch):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        browser_like = _kept_alive(server.url)  # a browser's open connection holds nothing up
        server.proc.send_signal(signal.SIGTERM)  # at once: the batch may still be filing
        assert server.proc.wait(timeout=60) == 0
        assert browser_like.recv(1) == b""  # closed by the server, not left hanging
        said = server.log.read_text(encoding="utf-8")
        with Register.open(server.db, create=False) as reg:
            assert [d.number for d in reg.documents()] == ["202609001"]
    assert "kesu 网页已停止" in said
    assert "登记簿未改动" not in said and "Traceback" not in said
    outbox = next((server.work / "batches").iterdir()) / "out"
    assert sorted(p.name for p in outbox.iterdir()) == ["complaint-202609001.docx"]


def _kept_alive(url: str):
    """A connection that asked for a page and stays open (HTTP/1.1 keep-alive), as a browser's."""
    import socket

    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=60)
    sock.sendall(f"GET /check HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    reply = b""
    while b"</html>" not in reply:
        reply += sock.recv(65536)
    assert b"200 OK" in reply.split(b"\r\n", 1)[0] and b"Connection: close" not in reply
    return sock


def _many_complaints(count: int) -> bytes:
    """One JSON file of ``count`` distinct complaints with no number yet (a system's export)."""
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    record.pop("number")
    return json.dumps(
        [record | {"order_no": f"SO-2026-{n:05d}"} for n in range(count)], ensure_ascii=False
    ).encode()


def test_a_stop_cuts_a_long_batch_at_a_whole_file_and_leaves_nothing_half_written(tmp_path):
    """A batch of hundreds of forms would hold a stop for minutes; the service manager kills
    after 90 s (mid-file). With ``--stop-wait 0`` the batch stops at its next whole file at
    once: the server ends, every document in the batch's folder is whole and numbered in the
    register, no temporary file is left, and the log says how to finish the batch."""
    import signal
    import zipfile

    count = 600
    with running_server(tmp_path, "--stop-wait", "0") as server:
        client = Client(server.url)
        token = client.token()
        status, body, _ = client.upload([("many.json", _many_complaints(count))], token)
        assert status == 200, body
        batch = json.loads(body)["batch"]
        deadline = time.monotonic() + 120
        while json.loads(client.request("GET", f"/batch/{batch}/status.json")[1])["stage"] != "checked":
            assert time.monotonic() < deadline
            time.sleep(0.2)
        status, _, _ = client.request("POST", f"/batch/{batch}/file", b"", {"X-CSRFToken": token})
        assert status == 302
        server.proc.send_signal(signal.SIGTERM)
        assert server.proc.wait(timeout=60) == 0
        with Register.open(server.db, create=False) as reg:
            numbers = {d.number for d in reg.documents()}
    said = server.log.read_text(encoding="utf-8")
    assert "kesu 网页已停止" in said and "Traceback" not in said
    outbox = server.work / "batches" / batch / "out"
    made = sorted(outbox.iterdir())
    assert all(p.suffix == ".docx" for p in made), made  # no .part, no staging folder
    for docx in made:
        assert docx.stem.removeprefix("complaint-") in numbers
        with zipfile.ZipFile(docx) as whole:
            assert whole.testzip() is None
    if len(made) < count:  # cut short (not on a machine fast enough to file 600 at once)
        assert "有一批未做完" in said and "重新提交未做完的文件" in said


def test_a_stopped_batch_queue_takes_no_new_batch_and_cuts_the_one_under_way(tmp_path):
    """Batches.stop: the batch under way stops before its next file and says why; a batch
    handed in after the stop is refused, not run by a worker that no longer exists."""
    from kesu_docs.web.jobs import STOPPED, Batches

    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg)
        first = batches.new("wang")
        (first.inbox / "many.json").write_bytes(_many_complaints(300))
        first.names.append("many.json")
        with reading_held_until_the_stop(batches, first):
            batches.check(first)
            # taken up by the worker, waiting for PDFium: cut, not dropped from the queue
            wait_for(lambda: first.progress.stage == "reading", 120, "the batch under way")
            assert batches.stop(0) is False  # cut while it reads
        assert first.progress.stage == "failed" and first.progress.said("zh") == STOPPED[0]
        assert first.progress.said("en") == STOPPED[1]
        late = batches.new("wang")
        batches.check(late)
        assert late.progress.stage == "failed" and late.progress.said("zh") == STOPPED[0]
        assert list(reg.documents()) == []


def _one_form_each(batches, count: int, names: list[str] | None = None):
    """A batch of ``count`` JSON files (one complaint each), checked: ``names`` of them only, if given."""
    records = json.loads(_many_complaints(count))
    batch = batches.new("wang")
    for n, record in enumerate(records):
        name = f"c{n:03d}.json"
        if names is None or name in names:
            (batch.inbox / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            batch.names.append(name)
    batches.check(batch)
    deadline = time.monotonic() + 300
    while batch.progress.stage != "checked":
        assert batch.progress.stage != "failed" and time.monotonic() < deadline, batch.progress
        time.sleep(0.05)
    return batch


def _handed_out(batch) -> set[str]:
    import zipfile

    from kesu_docs.web.jobs import Batches

    with zipfile.ZipFile(Batches.zip_of(batch)) as archive:
        return set(archive.namelist())


def test_a_stop_while_rendering_hands_out_every_document_it_logged_and_the_rest_come_as_originals(tmp_path):
    """Cut mid-render, the batch used to end with its written documents stranded: 250 logged as
    printed with an empty zip, more on disk unlogged, and the resubmitted batch gave 补印 No. 1
    of documents never handed out. Now every document written is logged and offered, the page
    says where they are and which files to submit again, and those come as originals."""
    from kesu_docs.web.jobs import Batches

    count = 120
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg)
        batch = _one_form_each(batches, count)

        # held once 10 are rendered, until the stop (a poll for 10 then a stop of 0 s found all
        # 120 filed when the test's thread ran half a second late)
        def rendered() -> bool:
            return batch.progress.step == "render" and batch.progress.done >= 10

        with filing_held_until_the_stop(batches, rendered) as held:
            batches.file(batch, pdf=False, user="wang")
            until_held(held, batch)
            assert batches.stop(0) is False  # cut, not finished
        assert batch.progress.stage == "failed", batch.progress
        written = {p.name for p in batch.outbox.glob("*.docx")}
        assert len(written) == 10  # cut where it was held: the next document is not begun
        assert _handed_out(batch) == written  # the zip offers every document written
        logged = {d.number for d in reg.documents() if reg.printed(d.number)}
        assert {name.removeprefix("complaint-").removesuffix(".docx") for name in written} == logged
        said = batch.progress.said("zh")
        assert str(batch.outbox) in said and "未做完的来源文件" in said
        finished = {Path(item.source).name for item in batch.filed}
        rest = [name for name in batch.names if name not in finished]
        assert len(rest) == count - len(written)

        again = Batches(tmp_path / "work2", reg)  # the server started again; the rest handed in
        second = _one_form_each(again, count, rest)
        again.file(second, pdf=False, user="wang")
        deadline = time.monotonic() + 300
        while second.progress.stage not in ("filed", "failed"):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert second.progress.stage == "filed", second.progress
        assert {(f.printed, f.reprint_no) for f in second.filed} == {("original", 0)}
        again.stop(5)
        marks = [[p.mark for p in reg.printed(d.number)] for d in reg.documents()]
    assert len(marks) == count and all(m == ["original"] for m in marks)  # one original each, no 补印


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_stop_while_converting_to_pdf_ends_between_parts_and_hands_out_every_document(tmp_path):
    """The PDFs of a batch were made in one LibreOffice run with no point to stop at (60
    documents: 131 s, past systemd's 90 s), and the batch was then shown cut with an empty
    zip. Now the conversion stops between parts of STOP_PART documents: every document is
    offered with the PDFs made, and the page says how many have no PDF."""
    from kesu_docs.filing import STOP_PART
    from kesu_docs.web.jobs import Batches

    count = 3 * STOP_PART
    with Register.open(tmp_path / "k.db", create=True) as reg:
        batches = Batches(tmp_path / "work", reg)
        batch = _one_form_each(batches, count)

        # held before its second part, until the stop (a poll for the first part then a stop of
        # 0 s could miss the parts that followed and find the batch filed whole)
        def one_part() -> bool:
            return batch.progress.step == "pdf" and batch.progress.done >= STOP_PART

        with filing_held_until_the_stop(batches, one_part) as held:
            batches.file(batch, pdf=True, user="wang")
            until_held(held, batch)
            assert batches.stop(0) is False  # cut, not finished
        docx = {p.name for p in batch.outbox.glob("*.docx")}
        pdfs = {p.name for p in batch.outbox.glob("*.pdf")}
        assert len(docx) == count and len(pdfs) == STOP_PART  # the first part's PDFs, no more
        assert _handed_out(batch) == docx | pdfs
        assert all(reg.printed(d.number) for d in reg.documents())
        assert f"{count - len(pdfs)} 份未转 PDF" in batch.progress.said("zh")
        assert f"{count - len(pdfs)} of them without their PDF" in batch.progress.said("en")
