"""The forty-second round's attack (issue 10's "never silent", the clerks' page): what a clerk's
files and a clerk's hands do to kesu, against real files, real ``kesu`` processes and a real
``kesu serve``. Each test failed before its mend."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from helpers import demo_office, kesu_process
from web_helpers import SAMPLES, running_server

pytestmark = pytest.mark.slow


_kesu = kesu_process


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    """The demo's register (seven documents filed from the samples) in a folder of its own."""
    return demo_office(tmp_path_factory.mktemp("office"))


def _inbox_with_kesu_outputs(office: Path, inbox: Path) -> list[str]:
    """``inbox`` holding a real form and what kesu wrote there: the register's export and the
    monthly reports (one with closed cases, one empty), as a clerk saves them beside the forms."""
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "客诉单.xlsx")
    written = ["登记追踪表.xlsx", "月报-2026-09.xlsx", "月报-2026-12.xlsx"]
    for args in (
        ("register", "export", "-o", str(inbox / written[0])),
        ("report", "monthly", "2026-09", "-o", str(inbox / written[1])),
        ("report", "monthly", "2026-12", "-o", str(inbox / written[2])),
    ):
        done = _kesu(office, *args)
        assert done.returncode == 0, done.stderr
    return written


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_kesus_own_export_and_monthly_reports_in_an_inbox_are_passed_over_and_said(office, tmp_path, lang):
    """attack41 left: a register export or a monthly report kesu wrote, left in the inbox, was
    read as a form (the export as an 8D, the monthly as complaint 202609001) with a dozen
    ``required`` errors, exit 2. Now passed over and said, as a check report is."""
    inbox = tmp_path / "收件箱"
    written = _inbox_with_kesu_outputs(office, inbox)
    done = _kesu(office, "parse", str(inbox), "--lang", lang)
    sources = [json.loads(line)["source"] for line in done.stdout.splitlines()]
    assert sources == [str(inbox / "客诉单.xlsx")], done.stdout[:2000]
    assert done.returncode == 0, done.stderr
    said = {"zh": ("已跳过", "登记簿导出", "月报"), "en": ("skipped", "register export", "monthly report")}[
        lang
    ]
    for name in written:
        line = next((line for line in done.stderr.splitlines() if name in line), "")
        assert said[0] in line, done.stderr
    assert said[1] in done.stderr and said[2] in done.stderr, done.stderr
    checked = _kesu(office, "validate", str(inbox), "--lang", lang)
    assert checked.returncode == 0 and "客诉单.xlsx" in checked.stdout, checked.stdout + checked.stderr
    assert all(name not in checked.stdout for name in written), checked.stdout


def test_a_file_named_on_the_command_line_is_said_what_it_is(office, tmp_path):
    """Named on the command line, a monthly report is not passed over (the clerk asked for it)
    but said as what it is, not read as a complaint with a dozen required fields missing."""
    inbox = tmp_path / "in"
    written = _inbox_with_kesu_outputs(office, inbox)
    done = _kesu(office, "parse", str(inbox / written[1]))
    assert done.returncode == 2
    result = json.loads(done.stdout)
    assert result["kind"] is None and result["record"] is None, done.stdout[:500]
    assert "kesu 写的月报" in result["errors"][0]["message"], result["errors"]


def test_the_page_says_an_uploaded_export_or_monthly_report_is_kesus_own(office, tmp_path):
    """A clerk dropping the inbox folder on the page: the export and the monthly report were
    each a bad form with a dozen errors; now each is said to be kesu's own file, not read."""
    from test_web_safety import Client

    inbox = tmp_path / "in"
    written = _inbox_with_kesu_outputs(office, inbox)
    with running_server(tmp_path) as server:
        client = Client(server.url)
        token = client.token()
        files = [(name, (inbox / name).read_bytes()) for name in ["客诉单.xlsx", *written]]
        status, body, _ = client.upload(files, token)
        assert status == 200, body
        page = json.loads(body)["url"]
        deadline = time.monotonic() + 120
        while json.loads(client.request("GET", page + "/status.json")[1])["stage"] != "checked":
            assert time.monotonic() < deadline and server.alive()
            time.sleep(0.3)
        status, html, _ = client.request("GET", page)
        assert status == 200
        assert html.count("kesu 写的月报") == 2 and html.count("kesu 写的登记簿导出") == 1, html
        assert "受理日期为必填栏位" not in html and "客户名称为必填栏位" not in html, html


@pytest.mark.parametrize("args", [("parse", "--lang", "fr", "x.xlsx"), ("register", "--lang=de", "list")])
def test_a_language_kesu_does_not_know_on_the_command_line_is_refused_in_both_languages(tmp_path, args):
    """attack41 left: an unknown language. ``KESU_LANG=fr`` is said once in both languages and
    Chinese used (round 32); ``--lang fr`` is a usage error, exit 2 (DESIGN's CLI contract), but
    click refused it in Chinese alone — to a clerk who asked for another language."""
    done = _kesu(tmp_path, *args)
    assert done.returncode == 2, done.stderr
    assert "不是 kesu 认识的语言" in done.stderr and "is no language kesu knows" in done.stderr, done.stderr
    assert "zh" in done.stderr and "en" in done.stderr
    said = _kesu(tmp_path, "register", "list", KESU_LANG="fr")
    assert said.stderr.count("is no language kesu knows") == 1 and "KESU_LANG=fr" in said.stderr, said.stderr


def test_the_demo_does_not_write_its_report_over_a_clerks_file(tmp_path):
    """attack41 left: ``kesu demo -o .`` wrote 检查报告.html over whatever stood there (a clerk's
    page of that name), without the check every other output got in round 41. Now refused, exit
    2, nothing written; its own earlier report is replaced, and ``--force`` replaces any."""
    folder = tmp_path / "office"
    folder.mkdir()
    mine = folder / "检查报告.html"
    mine.write_text("<html><body>我的检查记录</body></html>", encoding="utf-8")
    done = _kesu(tmp_path, "demo", "-o", str(folder), "--no-pdf")
    assert done.returncode == 2 and "不是 kesu 写出的检查报告" in done.stderr, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["检查报告.html"]
    assert mine.read_text(encoding="utf-8") == "<html><body>我的检查记录</body></html>"
    en = _kesu(tmp_path, "demo", "-o", str(folder), "--no-pdf", "--lang", "en")
    assert en.returncode == 2 and "is no check report kesu wrote" in en.stderr, en.stderr
    forced = _kesu(tmp_path, "demo", "-o", str(folder), "--no-pdf", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "我的检查记录" not in mine.read_text(encoding="utf-8")
    again = _kesu(tmp_path, "demo", "-o", str(folder), "--no-pdf")  # its own report: replaced
    assert again.returncode == 0, again.stderr
