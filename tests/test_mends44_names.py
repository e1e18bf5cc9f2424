"""(mends44, attack43's note) A file's name holding a line break, a terminal escape (ESC) or a
right-to-left override is quoted in messages: the terminal escaped it, but a message's parameter
went into a check report's HTML and workbook, ``kesu parse``'s JSON and the web page with its line
break raw (a second line passing for another finding). A message's quoted values are one line,
escaped as the terminal escapes them; JSON escapes the rest as JSON; the page's template escapes
HTML (its autoescape on) and its uploads' names are made safe."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from helpers import kesu_process
from openpyxl import load_workbook
from web_helpers import SAMPLES

from kesu_docs.problems import Problem

pytestmark = pytest.mark.slow

RAW = ("\n", "\x1b", "\u202e")
NAME = "坏\n错误：伪造\x1b[2J\u202egpj.xlsx"


def test_a_message_quoting_a_name_is_one_line_escaped() -> None:
    message = Problem("file_not_found", params={"path": f"收件箱/{NAME}"}).message("en")
    assert message == "File not found: 收件箱/坏\\n错误：伪造\\u001b[2J\\u202egpj.xlsx"


def test_a_name_quoted_in_the_check_report_and_the_json_is_never_raw(tmp_path: Path) -> None:
    missing = str(tmp_path / NAME)
    for report in ("r.html", "r.xlsx"):
        done = kesu_process(tmp_path, "validate", missing, "--report", report)
        assert done.returncode == 2, done.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "找不到文件：" in page and "坏\\n错误：伪造\\u001b[2J\\u202egpj.xlsx" in page, page[-800:]
    assert not [c for c in RAW if c in page.split("<tbody", 1)[1].replace("\n<", "<")], page[-800:]
    cells = [
        str(c.value) for row in load_workbook(tmp_path / "r.xlsx").active.iter_rows() for c in row if c.value
    ]
    quoted = [c for c in cells if c.startswith("找不到文件")]
    assert quoted and not [c for c in quoted for r in RAW if r in c], quoted
    parsed = kesu_process(tmp_path, "parse", missing)
    line = json.loads(parsed.stdout.splitlines()[0])
    said = [e["message"] for e in line["errors"]]
    assert said and not [m for m in said for r in RAW if r in m], said


def test_the_web_page_shows_an_uploaded_name_without_its_controls(tmp_path: Path) -> None:
    from test_web_cut_batches import _client, _until

    from kesu_docs.register import Register
    from kesu_docs.web.accounts import Accounts

    reg = Register.open(tmp_path / "k.db", create=True)
    Accounts(tmp_path / "work" / "users.json").set("wang", "a-long-password", "clerk")
    app, client = _client(tmp_path, reg, "zh")
    try:
        login = client.get("/login").get_data(as_text=True)
        token = login.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        client.post("/login", data={"csrf_token": token, "name": "wang", "password": "a-long-password"})
        check = client.get("/check").get_data(as_text=True)
        token = check.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        # (a browser sends a line break in a file's name as %0A: the two other controls as they are)
        bad = "坏\x1b[2J\u202egpj.xlsx"
        good = (SAMPLES / "complaint-valid.xlsx").read_bytes()
        files = [(BytesIO(b"not a workbook"), bad), (BytesIO(good), "好\x1b[31m\u202eX.xlsx")]
        sent = client.post(
            "/check",
            data={"files": files},
            headers={"X-CSRFToken": token, "X-Requested-With": "XMLHttpRequest"},
        )
        assert sent.status_code == 200, sent.get_data(as_text=True)[:500]
        batch = app.extensions["kesu"]["batches"].get(sent.get_json()["batch"])
        _until(batch, ("checked", "failed"))
        page = client.get(sent.get_json()["url"]).get_data(as_text=True)
        assert "gpj.xlsx" in page, page[-2000:]
        assert "\x1b" not in page and "\u202e" not in page
        assert batch.names and not [n for n in batch.names for c in RAW if c in n], batch.names
        log = (tmp_path / "work" / "actions.log").read_text(encoding="utf-8")
        assert not [c for c in RAW[1:] if c in log] and len(log.splitlines()) == log.count("\n")
    finally:
        app.extensions["kesu"]["batches"].stop(1)
        reg.close()
