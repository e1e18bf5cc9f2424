"""The thirtieth round's attacks on ``kesu serve``, against a real server in a real Chromium
(round 29 attacked the page through Flask's test client only): round 29's odd addresses again,
a page of another site posting to kesu, an upload over the limit, a body declared of 2 TB,
two tabs filing the same batch. Each mend's test fails without it."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
from web_helpers import SAMPLES, browser, declared_post, needs_browser, running_server, wait_for

pytestmark = [needs_browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    driver = browser(tmp_path_factory.mktemp("downloads"))
    yield driver
    driver.quit()


def by(page, css):
    from selenium.webdriver.common.by import By

    return page.find_elements(By.CSS_SELECTOR, css)


def _batches(server) -> list[Path]:
    folder = server.work / "batches"
    return sorted(folder.iterdir()) if folder.is_dir() else []


# ------------------------------------------------------------------ round 29's addresses, in Chromium
ODD = [
    ("/manager/chart/2026-13/x.svg", 404),
    ("/prints/..%2f..%2fkesu.db", 404),
    ("/case/complaint/..%2f..%2fkesu.db", 404),
    ("/batch/..%2f..%2fwork/status.json", 404),
    ("/register?page=100000000000000000000", 200),
    ("/register?q=%25%25%25", 200),
    ("/register?kind=%00", 200),
    ("/register?q=%3Cscript%3Ealert(1)%3C/script%3E", 200),
    ("/manager/monthly/0000-01.html", 404),
]


def test_round_29s_odd_addresses_in_a_real_browser_get_a_page_never_a_crash(page, tmp_path):
    with running_server(tmp_path) as server:
        for path, status in ODD:
            page.get(server.url + path)
            source = page.page_source
            assert "Traceback" not in source and "Internal Server Error" not in source, path
            assert server.status(path) == status, path
            assert "<script>alert(1)</script>" not in source  # the query shown escaped
        assert server.alive(), server.log.read_text()


# ------------------------------------------------------------------ another site posting to kesu
_ATTACKER = """<!doctype html><html><body>
<form id="f" method="post" action="{url}/register/unprinted"><input name="kind" value="complaint"></form>
<script>
var data = new FormData();
data.append("files", new File([{json}], "forged.json", {{type: "application/json"}}));
fetch("{url}/check", {{method: "POST", body: data, mode: "no-cors", credentials: "include"}})
  .then(function () {{ document.title = "sent"; document.getElementById("f").submit(); }})
  .catch(function (e) {{ document.title = "refused " + e; document.getElementById("f").submit(); }});
</script></body></html>"""


def test_a_page_of_another_site_posting_to_kesu_in_the_clerks_browser_files_nothing(page, tmp_path):
    """The clerk has kesu open (its session cookie in the browser), then opens another site's
    page, which posts a form file to kesu's check and asks it to print the unprinted ones:
    the browser sends the cookie (another port of the same host is the same site); kesu's CSRF
    token is not on the other page, and nothing is taken."""
    import json

    with running_server(tmp_path) as server:
        page.get(server.url + "/check")  # the clerk's session
        wait_for(lambda: by(page, "#upload-form"))
        forged = json.dumps((SAMPLES / "return-valid.json").read_text(encoding="utf-8"))
        html = _ATTACKER.format(url=server.url, json=forged).encode()

        class Attacker(http.server.BaseHTTPRequestHandler):
            timeout = 2  # (a connection Chromium opened ahead and never used: its thread ends)

            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(html)

            def log_message(self, *args):
                pass

        other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Attacker)
        threading.Thread(target=other.serve_forever, daemon=True).start()
        try:
            page.get(f"http://localhost:{other.server_address[1]}/")
            wait_for(lambda: page.current_url.startswith(server.url), 30, "the forged form posted")
            assert "CSRF" in page.page_source or "来源不明" in page.page_source
        finally:
            other.shutdown()
            other.server_close()
        time.sleep(1)
        assert _batches(server) == []
        assert server.alive()


# ------------------------------------------------------------------ an upload over the limit
def test_an_upload_over_the_limit_is_said_in_the_clerks_words_before_a_byte_is_sent(page, tmp_path):
    """Before: the browser sent it whole (waitress keeps a body whole before the page sees
    it), then the server refused it."""
    big = tmp_path / "扫描件.pdf"
    big.write_bytes(b"%PDF-1.4\n" + bytes(3 * 1024 * 1024))
    with running_server(tmp_path, "--max-upload-mb", "2") as server:
        page.get(server.url + "/check")
        by(page, "#files")[0].send_keys(str(big))
        by(page, "#check-button")[0].click()
        wait_for(lambda: by(page, "#upload-error") and by(page, "#upload-error")[0].is_displayed())
        assert "上传太大" in by(page, "#upload-error")[0].text and "2 MB" in by(page, "#upload-error")[0].text
        posted = page.execute_script(
            "return performance.getEntriesByType('resource')"
            ".filter(function (e) { return e.initiatorType === 'xmlhttprequest'; }).length"
        )
        assert posted == 0 and _batches(server) == []


def test_a_body_declared_larger_than_the_limit_is_refused_as_its_head_is_read(tmp_path):
    """Before: a body declared of up to 1 GB (waitress's default) was taken whole into a
    temporary file — from anyone, before a sign-in was asked — and then refused; 300 MB took
    300 MB of the server's disk. Now refused at once, nothing of it kept."""
    with running_server(tmp_path, "--max-upload-mb", "5") as server:
        answer = declared_post(server, 300_000_000)
        assert answer.startswith(b"HTTP/1.1 413"), answer
        assert server.alive()


# ------------------------------------------------------------------ two tabs filing the same batch
def test_the_same_files_checked_and_filed_in_two_tabs_take_one_number(page, tmp_path):
    from kesu_docs.register import Register

    with running_server(tmp_path) as server:
        tabs = []
        for _ in range(2):
            page.switch_to.new_window("tab")
            page.get(server.url + "/check")
            by(page, "#files")[0].send_keys(str(SAMPLES / "complaint-valid.xlsx"))
            tabs.append(page.current_window_handle)
        for tab in tabs:  # both checked, then both filed, as fast as the clerk clicks
            page.switch_to.window(tab)
            by(page, "#check-button")[0].click()
        for tab in tabs:
            page.switch_to.window(tab)
            wait_for(lambda: by(page, "#file-button"), 120, "the checked batch")
        for tab in tabs:
            page.switch_to.window(tab)
            by(page, "#file-button")[0].click()
        numbers = []
        for tab in tabs:
            page.switch_to.window(tab)
            wait_for(lambda: by(page, "table#filed"), 120, "the filed batch")
            numbers.append([a.text for a in by(page, "table#filed a.number")])
            page.close()
        page.switch_to.window(page.window_handles[0])
        assert numbers == [["202609001"], ["202609001"]]
        with Register.open(server.db, read_only=True) as reg:
            assert reg.count() == 1
        assert server.alive()
